"""Phòng Giáo dục và Đào tạo huyện Thanh Sơn (Phú Thọ): a vendor portal, Lumen API + Nuxt 2 SSR.

Platform
--------
A vendor ("LumenSoft eSchool") sells district offices a Laravel Lumen back end (``/api/v1/…``
JSON) and a Vue 2 front end pre-rendered on the server the Nuxt 2 way: the page is one
``<div id="__nuxt" data-server-rendered="true">`` holding ``<div id="__layout">``; every element a
component template renders carries its scoped-style attribute (``data-v-3b8e2f14`` …, one hash per
component), while the post's HTML, put in with ``v-html``, carries none; a ``window.__NUXT__``
script repeats the page's state (the whole post, its neighbours) as a JavaScript literal with
``<`` written ``\\u003C``. Posts are written in Quill 2 (``ql-align-*`` classes, bullets in
``<ol><li data-list="bullet">`` with an empty ``<span class="ql-ui">``, ``<p><br></p>`` spacers).

URL scheme
----------
- ``/`` home: hot slider (3 newest, links with ``?ref=slider``), "Tin mới" (6 newest), photo
  library box, sidebar.
- ``/tin-tuc/<slug>.html`` a post (article, or a photo album: the same route serves both types).
- ``/danh-muc/<slug>`` and ``/danh-muc/<slug>?page=<N>`` category listings, 3 posts a page; the
  pager prints query-only links (``href="?page=2"``) and a "Xem thêm" ``<button>`` with no link.
- ``/van-ban`` documents list; ``/van-ban/<id>-<slug>`` a document entry; PDFs under ``/storage``.
- ``/api/v1/posts?page=<N>`` the Lumen API (Laravel paginator JSON; slugs, no page URLs), linked
  from the head as ``<link rel="preload" as="fetch">``.
- ``/trang/gioi-thieu``, ``/lien-he``, ``/video/<slug>``, ``/tim-kiem?q=``.

Templates
---------
Post page: breadcrumb ``Trang chủ › Tin tức › <category>``; ``<h1 class="bv-tde">`` (with a
"Mới" badge inside for posts of the last three days); a meta row printing the age relative to
today ("2 ngày trước") and the view count; an optional sapo ``<h2 class="bv-mt">``; the Quill
body in ``<div class="ql-editor noi-dung">``; inside the same ``<article>`` the tags and a
"Bài viết cùng chuyên mục" list; then the post's info row ``<ul class="tt-bv">``: "Tác giả",
"Nguồn", "Ngày đăng" ("Thứ Năm, 03/12/2026 - 02:30 CH", a 12-hour clock with SA/CH), "Người
đăng" (the CMS account).

How each gold article is reached
--------------------------------
Home "Tin mới": 231, 229, 226, 224, 221, 218 (slider links 231, 229, 226 again with
``?ref=slider``); most-read sidebar: 218 under its old slug, 203, 224, 229; category pages 1:
215, 209, 200 (and the above); only via a category's ``?page=2``: 212, 206 (Tin tức - Sự kiện)
and 197 (Hoạt động chuyên môn).

Traps
-----
1. Query-only pager links: ``<a href="?page=2">`` (resolve against the listing's path), beside a
   "Xem thêm" ``<button>`` that loads more by XHR and has no link. 212, 206 and 197 are listed only
   on page 2. Gold: reached through ``/danh-muc/<slug>?page=2``.
2. The post date in ``<meta property="article:published_time">`` and in ``__NUXT__`` is the
   database's UTC value without an offset ("2026-11-30 23:30:00" for a post the page dates
   "01/12/2026 - 06:30 SA"): read as local time it is 7 hours early and, for 229, the day
   before. Gold: the printed local time, ``2026-12-01T06:30:00+07:00``.
3. The only date near the headline is relative ("2 ngày trước", "3 tuần trước", computed against
   today 05/12/2026); the absolute date is printed at the foot of the post in the info row, on a
   12-hour clock ("02:30 CH" = 14:30, "06:30 SA" = 06:30, "12:00 SA" = midnight -> day alone for
   221). Gold: the foot's date, converted.
4. ``window.__NUXT__`` carries every post's full HTML again (escaped ``\\u003Cp\\u003E``) plus the
   neighbours' excerpts: text that is no part of the rendered page. Gold: body from the DOM only.
5. A "Mới" badge is a ``<span>`` inside the ``<h1>`` for recent posts (231). Gold title without
   "Mới"; ``<title>`` carries " | Phòng GD&ĐT Thanh Sơn".
6. Sapo printed twice (226): the editor pasted the sapo of the ``<h2 class="bv-mt">`` again as the
   body's bold first paragraph. Gold: summary = that text, once at the head of the body.
7. Quill 2 lists: bullets come as ``<ol><li data-list="bullet">`` with an empty
   ``<span class="ql-ui" contenteditable="false">`` first (226, 209); ``<p><br></p>`` spacers;
   ``ql-indent-1`` sub-items. Gold: each item one paragraph, no numbering, no empty paragraphs.
8. Lazy images (vue-lazyload): the body's ``<img>`` has ``src`` the spinner
   ``/_nuxt/img/loading.1c2d3e4.gif`` and the photo in ``data-src`` (``lazy="loading"``). Gold
   image path: the ``data-src``; the spinner is no image of the article.
9. Bylines in the info row as label/value pairs in separate elements ("Tác giả:" ``<b>ThS.
   Nguyễn Văn Khánh</b> (Phó Trưởng phòng)``; "Nguồn:" ``<b>Báo Phú Thọ</b>``); "Người đăng:
   pgd.thanhson" is the CMS account. Gold: authors from "Tác giả" without degree/post, source from
   "Nguồn", nobody from "Người đăng". In-body "Tin, ảnh: X" (229), "Tin: X - Ảnh: Y" (200).
10. Renamed slug (218): the post's old slug still answers 200 (canonical to the new one) and the
   cached most-read widget links the old one. Gold: canonical = new slug; old slug and the
   slider's ``?ref=slider`` variants are alt_paths.
11. A photo album is served under the article route (``/tin-tuc/anh-hoi-khoe-phu-dong-….html``)
   with the post template (h1, date, breadcrumb) but only photos and captions: not an article.
12. Inside the ``<article>``, after the body: tags and "Bài viết cùng chuyên mục" (links with
   dates in parentheses) — no body. One body ends with a "Xem thêm:" link line (221).
13. An official plan printed in the body (203): letterhead table, "Số: …", "Thanh Sơn, ngày 15
   tháng 10 năm 2026", "KẾ HOẠCH" and its subject, closing "Nơi nhận" / "TRƯỞNG PHÒNG" / name.
   Gold: letterhead day 2026-10-15 (the post is dated 20/10), signer is the author.
14. Caption lines: the italic centred line under a photo is its caption (parentheses taken off);
   "(Ảnh: Hà Văn Dũng)" only credits -> caption None; a photo whose only text is its ``alt``
   file name ("IMG_20261107_093012.jpg", 215) has no caption.
15. A Quill table (224): rows of ``<td data-row="row-N">``; gold rows are cells joined " | ".

Gold decisions on ambiguous points
----------------------------------
- published_at is the foot's "Ngày đăng", not the relative age, the UTC meta or "Cập nhật".
- A ``<br>`` inside a paragraph splits it (206's address lines).
- The album under ``/tin-tuc/`` is a NON_ARTICLE; the API JSON is not a page at all.
- category: the breadcrumb's last item ("Tin tức - Sự kiện" …).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "lumen_vue_ssr_pgd"
PLATFORM = "Laravel Lumen API + Vue 2 / Nuxt 2 SSR (vendor district portal)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Thanh Sơn"
TODAY = datetime(2026, 12, 5, 10, 0)
TODAY_LINE = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PER_PAGE = 3
LOADING = "/_nuxt/img/loading.1c2d3e4.gif"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
    "cong-doan-doan-doi": "Công đoàn - Đoàn Đội",
}

# component hashes (scoped styles): one per component, printed on every element it renders
H_LAYOUT = "data-v-6f0a9c2e"
H_HEADER = "data-v-3b8e2f14"
H_SIDE = "data-v-0e6c4f21"
H_POST = "data-v-5b1d9e07"
H_LIST = "data-v-7a41c3d8"
H_FOOT = "data-v-2c93e5b0"

_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?=[\s>/])")


def scoped(markup: str, hash_attr: str) -> str:
    """Add the component's scoped attribute to every opening tag (as vue-loader does)."""
    return _TAG.sub(lambda m: f"<{m.group(1)} {hash_attr}", markup)


def U(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute)


# --- the stories ------------------------------------------------------------------------------

LETTERHEAD = (
    '<table><tbody><tr><td data-row="row-1" class="ql-align-center">UBND HUYỆN THANH SƠN<br>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td data-row="row-1" class="ql-align-center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
    '<tr><td data-row="row-2" class="ql-align-center">Số: 312/KH-PGDĐT</td>'
    '<td data-row="row-2" class="ql-align-right"><em>Thanh Sơn, ngày 15 tháng 10 năm 2026</em></td>'
    "</tr></tbody></table>"
    '<p class="ql-align-center"><strong>KẾ HOẠCH</strong></p>'
    '<p class="ql-align-center"><strong>Phát động phong trào thi đua chào mừng 44 năm Ngày Nhà giáo '
    "Việt Nam (20/11/1982 - 20/11/2026)</strong></p>"
)
CLOSING = (
    '<table><tbody><tr><td data-row="row-9"><strong><em>Nơi nhận:</em></strong><br>- Các trường MN, '
    "TH, THCS trong huyện;<br>- Công đoàn ngành;<br>- Lưu: VT.</td>"
    '<td data-row="row-9" class="ql-align-center"><strong>TRƯỞNG PHÒNG</strong><br><br><br>'
    "<strong>Nguyễn Đức Thắng</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        231,
        "thanh-son-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        "Thanh Sơn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-12-03T14:30:00+07:00",
        [
            P("Hội thi diễn ra từ ngày 01 đến 03/12/2026 tại Trường THCS Thị trấn Thanh Sơn với 86 giáo "
              "viên đến từ 23 trường trung học cơ sở trong huyện tham gia.", "j"),
            Img("/storage/uploads/2026/12/hoi-thi-gvdg-thcs-1.jpg",
                "(Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi)",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi", "lazy"),
            P("Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành hai "
              "tiết dạy trên lớp theo hướng phát triển phẩm chất, năng lực học sinh.", "j"),
            P("Ban Giám khảo gồm các chuyên viên Phòng GD&ĐT và cốt cán các bộ môn đánh giá cao sự chuẩn bị "
              "công phu, việc ứng dụng công nghệ thông tin hợp lý của nhiều giáo viên trẻ.", "j"),
            Img("/storage/uploads/2026/12/hoi-thi-gvdg-thcs-2.jpg",
                "Một tiết dạy môn Khoa học tự nhiên tại Hội thi",
                "Một tiết dạy môn Khoa học tự nhiên tại Hội thi", "lazy"),
            P("Kết quả, 61 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 12 giáo viên "
              "được chọn tham dự Hội thi cấp tỉnh vào tháng 3/2027.", "j"),
        ],
        authors=["Đinh Thị Hằng"],
        summary="Nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, Phòng GD&ĐT "
                "huyện Thanh Sơn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027.",
        sapo_outside=True,
        opts={"dt": U(2026, 12, 3, 14, 30), "author_line": "Đinh Thị Hằng", "new": True,
              "tags": ["giáo viên dạy giỏi", "THCS"]},
    ),
    Story(
        229,
        "khai-mac-hoi-khoe-phu-dong-huyen-thanh-son-lan-thu-xii",
        "Khai mạc Hội khỏe Phù Đổng huyện Thanh Sơn lần thứ XII",
        "tin-tuc-su-kien",
        "2026-12-01T06:30:00+07:00",
        [
            P("Sáng 30/11, tại Sân vận động trung tâm huyện, UBND huyện Thanh Sơn long trọng khai mạc Hội "
              "khỏe Phù Đổng lần thứ XII năm 2026.", "j"),
            P("Tham gia Hội khỏe có gần 1.200 vận động viên là học sinh các trường tiểu học và trung học "
              "cơ sở, tranh tài ở 9 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co, "
              "bóng đá và võ cổ truyền.", "j"),
            Img("/storage/uploads/2026/11/hkpd-xii-khai-mac.jpg", "(Ảnh: Hà Văn Dũng)", None, "lazy"),
            P("Phát biểu khai mạc, đồng chí Phó Chủ tịch UBND huyện mong muốn các vận động viên thi đấu "
              "trung thực, đoàn kết, cao thượng, thể hiện tinh thần thể thao học đường.", "j"),
            P("Hội khỏe diễn ra đến hết ngày 06/12/2026.", "j"),
            Raw('<p class="ql-align-right"><strong>Tin, ảnh: Hà Văn Dũng</strong></p>'),
        ],
        authors=["Hà Văn Dũng"],
        photographers=["Hà Văn Dũng"],
        opts={"dt": U(2026, 12, 1, 6, 30), "tags": ["Hội khỏe Phù Đổng"]},
    ),
    Story(
        226,
        "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-theo-chuong-trinh-gdpt-2018",
        "Chuyên đề đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018",
        "hoat-dong-chuyen-mon",
        "2026-11-28T09:15:00+07:00",
        [
            P("Ngày 27/11, Phòng GD&ĐT Thanh Sơn tổ chức chuyên đề đổi mới phương pháp dạy học môn Toán "
              "cấp THCS tại Trường THCS Văn Miếu.", "b"),
            P("Chuyên đề tập trung vào các nội dung:", "j"),
            P("Dạy học theo nhóm nhỏ kết hợp phiếu học tập có phân hóa;", "li"),
            P("Sử dụng phần mềm GeoGebra trong dạy học hình học;", "li"),
            P("Vẽ hình động cho các bài toán quỹ tích;", "li1"),
            P("Đánh giá thường xuyên bằng nhận xét theo Thông tư 22/2021/TT-BGDĐT.", "li"),
            P("Sau tiết dạy minh họa, các đại biểu thảo luận, thống nhất cách tổ chức hoạt động khởi động "
              "và vận dụng, phù hợp với đối tượng học sinh vùng khó khăn.", "j"),
            P("Phòng GD&ĐT yêu cầu các trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, nhân "
              "rộng cách làm hiệu quả từ chuyên đề.", "j"),
        ],
        authors=["Nguyễn Văn Khánh"],
        summary="Ngày 27/11, Phòng GD&ĐT Thanh Sơn tổ chức chuyên đề đổi mới phương pháp dạy học môn Toán "
                "cấp THCS tại Trường THCS Văn Miếu.",
        opts={"dt": U(2026, 11, 28, 9, 15), "author_line": "ThS. Nguyễn Văn Khánh",
              "author_post": "(Phó Trưởng phòng)", "sapo_h2": True, "tags": ["Toán", "GDPT 2018"]},
    ),
    Story(
        224,
        "tuyen-duong-42-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Tuyên dương 42 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "thi-dua-khen-thuong",
        "2026-11-20T08:00:00+07:00",
        [
            P("Chiều 19/11, Phòng GD&ĐT huyện Thanh Sơn tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
              "và tuyên dương 42 nhà giáo tiêu biểu năm học 2025-2026.", "j"),
            P("Kết quả khen thưởng theo cấp học như sau:", "j"),
            P("Cấp học | Số nhà giáo | Hình thức", "tr"),
            P("Mầm non | 14 | Giấy khen Chủ tịch UBND huyện", "tr"),
            P("Tiểu học | 16 | Giấy khen Chủ tịch UBND huyện", "tr"),
            P("THCS | 12 | Giấy khen Chủ tịch UBND huyện", "tr"),
            Img("/storage/uploads/2026/11/tuyen-duong-nha-giao.jpg",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu", "lazy"),
            P("Dịp này, Công đoàn ngành cũng trao 15 suất quà cho nhà giáo đã nghỉ hưu có hoàn cảnh khó "
              "khăn.", "j"),
        ],
        opts={"dt": U(2026, 11, 20, 8, 0), "tags": ["20/11"]},
    ),
    Story(
        221,
        "truong-th-thuc-luyen-don-bang-cong-nhan-truong-chuan-quoc-gia-muc-do-2",
        "Trường TH Thục Luyện đón Bằng công nhận trường chuẩn quốc gia mức độ 2",
        "tin-tuc-su-kien",
        "2026-11-16",
        [
            P("Sau 5 năm nỗ lực xây dựng cơ sở vật chất và nâng cao chất lượng dạy học, Trường Tiểu học "
              "Thục Luyện vinh dự đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2.", "j"),
            Img("/storage/uploads/2026/11/th-thuc-luyen-chuan-qg.jpg",
                "(Lãnh đạo huyện trao Bằng công nhận cho nhà trường)",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường", "lazy"),
            P("Hiện nhà trường có 18 lớp với 512 học sinh, 100% giáo viên đạt chuẩn trình độ đào tạo; "
              "khuôn viên xanh, sạch, đẹp với đầy đủ phòng học bộ môn.", "j"),
            P("Phát biểu tại buổi lễ, đại diện lãnh đạo UBND huyện đề nghị nhà trường tiếp tục giữ vững "
              "các tiêu chuẩn, hướng tới kiểm định chất lượng giáo dục mức độ 3.", "j"),
            Raw('<p><em>Xem thêm: <a href="/tin-tuc/tuyen-duong-42-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-'
                'ngay-nha-giao-viet-nam.html">Tuyên dương 42 nhà giáo tiêu biểu</a></em></p>'),
        ],
        authors=["Phạm Quang Huy"],
        source="Báo Phú Thọ",
        summary="Ngày 15/11, Trường Tiểu học Thục Luyện tổ chức lễ đón Bằng công nhận trường đạt chuẩn "
                "quốc gia mức độ 2 và kỷ niệm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"dt": U(2026, 11, 16, 0, 0), "author_line": "Phạm Quang Huy", "source_line": "Báo Phú Thọ",
              "tags": ["trường chuẩn quốc gia"]},
    ),
    Story(
        218,
        "cong-doan-nganh-giao-duc-thanh-son-trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan",
        "Công đoàn ngành Giáo dục Thanh Sơn trao 120 suất quà cho học sinh có hoàn cảnh khó khăn",
        "cong-doan-doan-doi",
        "2026-11-12T15:45:00+07:00",
        [
            P("Hưởng ứng Tháng cao điểm \u201cVì người nghèo\u201d, Công đoàn ngành Giáo dục huyện Thanh "
              "Sơn đã trao 120 suất quà cho học sinh có hoàn cảnh đặc biệt khó khăn.", "j"),
            P("Mỗi suất quà gồm 500.000 đồng tiền mặt, áo ấm và đồ dùng học tập, tổng trị giá hơn 90 "
              "triệu đồng do đoàn viên công đoàn toàn ngành quyên góp.", "j"),
            Img("/storage/uploads/2026/11/trao-qua-hoc-sinh.jpg",
                "Đại diện Công đoàn ngành trao quà cho học sinh Trường PTDTBT THCS Tân Sơn",
                "Đại diện Công đoàn ngành trao quà cho học sinh Trường PTDTBT THCS Tân Sơn", "lazy"),
            P("Những món quà tuy nhỏ nhưng là nguồn động viên để các em vượt khó, vươn lên trong học tập.",
              "j"),
        ],
        authors=["Lê Thị Mai"],
        opts={"dt": U(2026, 11, 12, 15, 45), "author_line": "Lê Thị Mai",
              "old_slug": "cong-doan-trao-qua-hoc-sinh-kho-khan", "tags": ["Công đoàn"]},
    ),
    Story(
        215,
        "tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-can-bo-quan-ly-giao-vien",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên",
        "hoat-dong-chuyen-mon",
        "2026-11-07T10:20:00+07:00",
        [
            P("Trong hai ngày 06 và 07/11, hơn 300 cán bộ quản lý, giáo viên các trường trên địa bàn "
              "huyện đã tham gia lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng.", "j"),
            Img("/storage/uploads/2026/11/IMG_20261107_093012.jpg", None, None, "alt"),
            P("Học viên được hướng dẫn sử dụng các công cụ AI để xây dựng kế hoạch bài dạy, tạo câu hỏi "
              "trắc nghiệm và thiết kế hoạt động học tập, đồng thời lưu ý các nguyên tắc bảo mật dữ liệu "
              "học sinh.", "j"),
            P("Kết thúc tập huấn, mỗi trường xây dựng ít nhất hai kế hoạch bài dạy mẫu có ứng dụng AI để "
              "chia sẻ trên kho học liệu dùng chung của ngành.", "j"),
        ],
        authors=["Trần Minh Tuấn"],
        summary="Phòng GD&ĐT Thanh Sơn phối hợp với Trường Đại học Hùng Vương tổ chức tập huấn ứng dụng "
                "trí tuệ nhân tạo trong soạn giảng.",
        sapo_outside=True,
        opts={"dt": U(2026, 11, 7, 10, 20), "author_line": "Trần Minh Tuấn", "tags": ["chuyển đổi số"]},
    ),
    Story(
        212,
        "kiem-tra-cong-tac-phong-chong-dich-benh-mua-dong-tai-cac-truong-mam-non",
        "Kiểm tra công tác phòng, chống dịch bệnh mùa đông tại các trường mầm non",
        "tin-tuc-su-kien",
        "2026-11-02T07:05:00+07:00",
        [
            P("Từ ngày 28/10 đến 01/11, đoàn kiểm tra liên ngành Phòng GD&ĐT và Trung tâm Y tế huyện đã "
              "kiểm tra công tác phòng, chống dịch bệnh mùa đông tại 12 trường mầm non.", "j"),
            P("Theo kế hoạch, đoàn tập trung kiểm tra vệ sinh lớp học, bếp ăn bán trú, việc theo dõi sức "
              "khỏe trẻ và công tác tuyên truyền tới cha mẹ học sinh.", "j"),
            P("Qua kiểm tra, các trường đều thực hiện nghiêm túc; đoàn đề nghị một số điểm trường lẻ bổ "
              "sung thiết bị rửa tay và nước sát khuẩn.", "j"),
        ],
        source="Trung tâm Y tế huyện Thanh Sơn",
        opts={"dt": U(2026, 11, 2, 7, 5), "source_line": "Trung tâm Y tế huyện Thanh Sơn",
              "tags": ["mầm non", "y tế trường học"]},
    ),
    Story(
        209,
        "hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc",
        "Hội thảo nâng cao chất lượng dạy học Tiếng Anh cấp Tiểu học",
        "hoat-dong-chuyen-mon",
        "2026-10-29T14:00:00+07:00",
        [
            P("Hội thảo thu hút 45 giáo viên Tiếng Anh cấp Tiểu học tham dự tại Trường TH Thị trấn.", "j"),
            P("Những giải pháp được chia sẻ", "h"),
            P("Tổ chức câu lạc bộ Tiếng Anh theo cụm trường;", "li"),
            P("Khai thác học liệu số của Bộ GD&ĐT;", "li"),
            P("Tăng thời lượng hoạt động nghe - nói trong mỗi tiết học.", "li"),
            P("Phòng GD&ĐT sẽ tổng hợp các giải pháp hiệu quả để ban hành hướng dẫn chung cho toàn huyện.",
              "j"),
        ],
        authors=["Vũ Thị Thanh Hương"],
        opts={"dt": U(2026, 10, 29, 14, 0), "author_line": "Vũ Thị Thanh Hương", "tags": ["Tiếng Anh"]},
    ),
    Story(
        206,
        "huyen-thanh-son-tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        "Huyện Thanh Sơn tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "tin-tuc-su-kien",
        "2026-10-24T16:10:00+07:00",
        [
            P("Năm 2026, huyện Thanh Sơn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ "
              "cập giáo dục tiểu học mức độ 3 và xóa mù chữ mức độ 2.", "j"),
            P("Hội nghị đã biểu dương các xã làm tốt công tác điều tra, cập nhật số liệu trên hệ thống "
              "thông tin điện tử quản lý phổ cập giáo dục.", "j"),
            P("Mọi ý kiến góp ý xin gửi về Phòng GD&ĐT huyện Thanh Sơn.", "j"),
            P("Địa chỉ: Khu 5, thị trấn Thanh Sơn, huyện Thanh Sơn, tỉnh Phú Thọ.", "br2"),
        ],
        authors=["Bùi Văn Toàn"],
        opts={"dt": U(2026, 10, 24, 16, 10), "author_line": "Bùi Văn Toàn", "tags": ["phổ cập giáo dục"]},
    ),
    Story(
        203,
        "phat-dong-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11-2026",
        "Phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "thi-dua-khen-thuong",
        "2026-10-15",
        [
            Raw(LETTERHEAD),
            P("Thực hiện Kế hoạch năm học 2026-2027, Phòng GD&ĐT huyện Thanh Sơn phát động phong trào thi "
              "đua chào mừng 44 năm Ngày Nhà giáo Việt Nam với các nội dung sau:", "j"),
            P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
            P("Tạo khí thế thi đua sôi nổi trong đội ngũ nhà giáo, cán bộ quản lý và học sinh toàn huyện.",
              "j"),
            P("II. NỘI DUNG THI ĐUA", "b"),
            P("1. Thi đua dạy tốt, học tốt; tổ chức các tiết dạy tốt, giờ học tốt.", "j"),
            P("2. Thi đua xây dựng trường học xanh - sạch - đẹp - an toàn.", "j"),
            P("Các trường báo cáo kết quả về Phòng GD&ĐT trước ngày 25/11/2026.", "j"),
            Raw(CLOSING),
        ],
        authors=["Nguyễn Đức Thắng"],
        opts={"dt": U(2026, 10, 20, 9, 0), "tags": ["thi đua"]},
    ),
    Story(
        200,
        "lien-doi-thcs-van-mieu-to-chuc-dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Liên đội THCS Văn Miếu tổ chức Đại hội Liên đội nhiệm kỳ 2026-2027",
        "cong-doan-doan-doi",
        "2026-10-15T19:30:00+07:00",
        [
            P("Đại hội Liên đội Trường THCS Văn Miếu nhiệm kỳ 2026-2027 có sự tham dự của 135 đại biểu là "
              "chỉ huy các chi đội.", "j"),
            Img("/storage/uploads/2026/10/dai-hoi-lien-doi-van-mieu.jpg",
                "Ban Chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "Ban Chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội", "lazy"),
            P("Đại hội đã bầu Ban Chỉ huy Liên đội gồm 9 em, đề ra chỉ tiêu 100% đội viên tham gia phong "
              "trào \u201cKế hoạch nhỏ\u201d và \u201cNuôi heo đất giúp bạn\u201d.", "j"),
            Raw('<p class="ql-align-right"><em>Tin: Hoàng Thị Ngọc - Ảnh: Đỗ Văn Phúc</em></p>'),
        ],
        authors=["Hoàng Thị Ngọc"],
        photographers=["Đỗ Văn Phúc"],
        opts={"dt": U(2026, 10, 15, 19, 30), "tags": ["Đội TNTP Hồ Chí Minh"]},
    ),
    Story(
        197,
        "boi-duong-chuyen-mon-cho-giao-vien-day-lop-1-nam-hoc-2026-2027",
        "Bồi dưỡng chuyên môn cho giáo viên dạy lớp 1 năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-10-09T08:45:00+07:00",
        [
            P("Ngày 08/10, Phòng GD&ĐT tổ chức bồi dưỡng chuyên môn cho 98 giáo viên dạy lớp 1 về dạy "
              "đọc, viết cho học sinh dân tộc thiểu số.", "j"),
            P("Các giáo viên được thực hành thiết kế trò chơi học tập, rèn kĩ năng đánh vần và sử dụng đồ "
              "dùng trực quan tự làm.", "j"),
            P("\u201cGiúp trẻ tự tin nói Tiếng Việt là bước đầu tiên để học tốt lớp 1\u201d, chuyên viên "
              "phụ trách cấp Tiểu học nhấn mạnh.", "j"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"dt": U(2026, 10, 9, 8, 45), "author_line": "CN. Nguyễn Thị Lan", "tags": ["lớp 1"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if "old_slug" in s.opts}
ORDER = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)
SLIDER = ORDER[:3]
MOST_READ = [BY_ID[218], BY_ID[203], BY_ID[224], BY_ID[229]]

ALBUM_SLUG = "anh-hoi-khoe-phu-dong-huyen-thanh-son-2026"
ALBUM_TITLE = "Ảnh: Hội khỏe Phù Đổng huyện Thanh Sơn năm 2026"
ALBUM_PHOTOS = [
    ("/storage/albums/hkpd-2026/01.jpg", "Lễ diễu hành của các đoàn vận động viên"),
    ("/storage/albums/hkpd-2026/02.jpg", "Nội dung kéo co khối THCS"),
    ("/storage/albums/hkpd-2026/03.jpg", "Trao huy chương môn cờ vua"),
]
DOCS = [
    (91, "ke-hoach-phat-dong-thi-dua-chao-mung-20-11-2026", "312/KH-PGDĐT", "15/10/2026",
     "Kế hoạch phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11/2026"),
    (87, "huong-dan-nhiem-vu-nam-hoc-2026-2027-cap-thcs", "245/HD-PGDĐT", "05/09/2026",
     "Hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 cấp THCS"),
]
VIDEO_SLUG = "le-khai-giang-nam-hoc-2026-2027"
PAGES = {
    "/trang/gioi-thieu": ("Giới thiệu chung", [
        "Phòng Giáo dục và Đào tạo huyện Thanh Sơn là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.",
        "Toàn huyện có 24 trường mầm non, 22 trường tiểu học, 23 trường THCS và 3 trường TH&THCS.",
    ]),
    "/lien-he": ("Liên hệ", [
        "Địa chỉ: Khu 5, thị trấn Thanh Sơn, huyện Thanh Sơn, tỉnh Phú Thọ.",
        "Điện thoại: 0210 3873 245 - Email: pgdthanhson@phutho.edu.vn",
    ]),
}

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/lien-he",
    f"/van-ban/{DOCS[0][0]}-{DOCS[0][1]}",
    f"/van-ban/{DOCS[1][0]}-{DOCS[1][1]}",
    f"/tin-tuc/{ALBUM_SLUG}.html",
    f"/video/{VIDEO_SLUG}",
]


# --- dates ------------------------------------------------------------------------------------


def clock12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h:02d}:{dt.minute:02d} {'SA' if dt.hour < 12 else 'CH'}"


def foot_date(dt: datetime) -> str:
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y} - {clock12(dt)}"


def utc_naive(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def relative(dt: datetime) -> str:
    days = (TODAY.date() - dt.date()).days
    if days < 1:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


# --- rendering --------------------------------------------------------------------------------


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            name = b.src.rsplit("/", 1)[-1]
            alt = name if b.style == "alt" else esc(story.title)
            out.append(f'<p class="ql-align-center"><img src="{LOADING}" data-src="{b.src}" '
                       f'lazy="loading" alt="{alt}"></p>')
            if b.printed:
                out.append(f'<p class="ql-align-center"><em>{esc(b.printed)}</em></p>')
            out.append("<p><br></p>")
        elif b.style in ("li", "li1"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("li", "li1"):
                cls = ' class="ql-indent-1"' if blocks[i].style == "li1" else ""
                items.append(f'<li data-list="bullet"{cls}><span class="ql-ui" contenteditable="false">'
                             f"</span>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif b.style == "tr":
            rows = []
            n = 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f'<td data-row="row-{n}">{esc(c)}</td>' for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                n += 1
                i += 1
            out.append('<table class="ql-table"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "b":
            out.append(f'<p class="ql-align-justify"><strong>{esc(b.text)}</strong></p>')
        else:
            text = esc(b.text)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br2":
                i += 1
                text += "<br>" + esc(blocks[i].text)
            out.append(f'<p class="ql-align-justify">{text}</p>')
            if i % 3 == 2:
                out.append("<p><br></p>")
        i += 1
    return "".join(out)


def js_literal(value: object) -> str:
    """Nuxt's serialised state: JSON with '<' and '>' escaped, no raw '</script>'."""
    return (json.dumps(value, ensure_ascii=False)
            .replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F"))


def nuxt_script(data: dict) -> str:
    state = {"layout": "default", "data": [data], "fetch": {}, "error": None,
             "state": {"menu": list(CATS.values()), "today": "2026-12-05"},
             "serverRendered": True, "routePath": data.get("routePath", "/"), "config": {
                 "apiBase": "/api/v1", "_app": {"basePath": "/", "assetsPath": "/_nuxt/"}}}
    return f"<script>window.__NUXT__=(function(a){{return {js_literal(state)}}}(null));</script>"


def header_html() -> str:
    cat_links = "".join(f'<li class="mn-sub-i"><a href="/danh-muc/{slug}" class="nuxt-link-exact">{esc(n)}</a></li>'
                        for slug, n in CATS.items())
    ticker = "".join(f'<a href="/tin-tuc/{s.slug}.html">{esc(s.title)}</a>' for s in ORDER[:4])
    markup = (
        '<header class="hdr"><div class="hdr-tb"><span class="ngay-ht">' + TODAY_LINE + "</span>"
        '<span class="hotline">Đường dây nóng: 0210 3873 245</span></div>'
        '<div class="hdr-bn"><a href="/"><img src="/_nuxt/img/logo.8f3a2c1.png" alt="Logo"></a>'
        '<div class="hdr-ten"><p class="t1">UBND HUYỆN THANH SƠN</p>'
        '<p class="t2">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p></div></div>'
        '<nav class="mn"><ul class="mn-l">'
        '<li class="mn-i"><a href="/">Trang chủ</a></li>'
        '<li class="mn-i has-sub"><a href="javascript:void(0)">Giới thiệu</a><ul class="mn-sub">'
        '<li class="mn-sub-i"><a href="/trang/gioi-thieu">Giới thiệu chung</a></li></ul></li>'
        f'<li class="mn-i has-sub"><a href="javascript:void(0)">Tin tức</a><ul class="mn-sub">{cat_links}</ul></li>'
        '<li class="mn-i"><a href="/van-ban">Văn bản</a></li>'
        '<li class="mn-i has-sub"><a href="javascript:void(0)">Thư viện</a><ul class="mn-sub">'
        f'<li class="mn-sub-i"><a href="/tin-tuc/{ALBUM_SLUG}.html">Thư viện ảnh</a></li>'
        f'<li class="mn-sub-i"><a href="/video/{VIDEO_SLUG}">Video</a></li></ul></li>'
        '<li class="mn-i"><a href="/lien-he">Liên hệ</a></li></ul></nav>'
        f'<div class="tin-chay"><b>Tin mới:</b><div class="marq">{ticker}</div></div></header>'
    )
    return scoped(markup, H_HEADER)


def sidebar_html() -> str:
    def mr_href(s: Story) -> str:
        return f"/tin-tuc/{s.opts.get('old_slug', s.slug)}.html"

    most = "".join(
        f'<li class="xn-i"><span class="so">{n}</span><a href="{mr_href(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(MOST_READ, 1))
    docs = "".join(f'<li><a href="/van-ban/{i}-{slug}">{esc(so)}</a><p>{esc(ty)}</p></li>'
                   for i, slug, so, _d, ty in DOCS)
    markup = (
        '<aside class="cot-phai">'
        '<form class="tk" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm...">'
        '<button type="submit">Tìm</button></form>'
        f'<div class="blk"><div class="blk-t">Đọc nhiều nhất</div><ul class="xn">{most}</ul></div>'
        f'<div class="blk"><div class="blk-t">Văn bản mới</div><ul class="vb-moi">{docs}</ul></div>'
        '<div class="blk"><div class="blk-t">Liên kết website</div><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://phutho.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Phú Thọ</a></li>'
        '<li><a href="https://thanhson.phutho.gov.vn" target="_blank" rel="noopener">UBND huyện Thanh Sơn</a></li>'
        "</ul></div>"
        '<div class="blk"><div class="blk-t">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về website?</p>'
        '<label><input type="radio" name="bc"> Rất hữu ích</label><label><input type="radio" name="bc"> '
        'Hữu ích</label><button type="button" class="btn-bc">Bình chọn</button></div>'
        '<div class="blk"><div class="blk-t">Thống kê truy cập</div><ul class="tk-tc">'
        "<li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li><li>Tổng truy cập: <b>2.418.733</b></li>"
        "</ul></div></aside>"
    )
    return scoped(markup, H_SIDE)


def footer_html() -> str:
    markup = (
        '<footer class="ftr"><div class="ftr-c"><p class="ftr-t">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH SƠN</p>'
        "<p>Địa chỉ: Khu 5, thị trấn Thanh Sơn, huyện Thanh Sơn, tỉnh Phú Thọ</p>"
        "<p>Điện thoại: 0210 3873 245 - Email: pgdthanhson@phutho.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng Nguyễn Đức Thắng</p>"
        '<p class="cp">© 2026 Phòng GD&amp;ĐT Thanh Sơn. Thiết kế bởi <a href="https://lumensoft.vn" '
        'target="_blank">LumenSoft eSchool</a></p></div>'
        '<a href="javascript:void(0)" class="len-dau" title="Lên đầu trang">↑</a></footer>'
    )
    return scoped(markup, H_FOOT)


def page(request: Request, title: str, main: str, state: dict, *, head_extra: str = "",
         description: str = "") -> Response:
    base = base_url(request)
    body = (
        '<div id="__nuxt" data-server-rendered="true"><!---->'
        f'<div id="__layout"><div {H_LAYOUT} class="wrap">'
        + header_html()
        + f'<div {H_LAYOUT} class="ct-w"><main {H_LAYOUT} class="cot-trai">{main}</main>'
        + sidebar_html()
        + "</div>"
        + footer_html()
        + "</div></div></div>"
    )
    doc = (
        '<!doctype html>\n<html lang="vi" data-n-head-ssr><head>'
        f'<title>{esc(title)} | {esc(SITE_NAME)}</title>'
        '<meta data-n-head="ssr" charset="utf-8">'
        '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
        + (f'<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(description)}">'
           if description else "")
        + head_extra
        + '<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">'
        f'<link rel="preload" href="{base}/api/v1/posts?page=1" as="fetch" crossorigin>'
        '<link rel="preload" href="/_nuxt/runtime.4f1c2a9.js" as="script">'
        '<link rel="stylesheet" href="/_nuxt/css/app.9d2e71b.css">'
        "</head><body>"
        + body
        + nuxt_script(state)
        + '<script src="/_nuxt/runtime.4f1c2a9.js" defer></script>'
        '<script src="/_nuxt/vendors/app.e83b1f0.js" defer></script>'
        '<script src="/_nuxt/app.5c07d4a.js" defer></script>'
        "</body></html>"
    )
    return html(doc)


def crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<li class="bc-i"><a href="/">Trang chủ</a></li>']
    for label, href in items:
        inner = f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        parts.append(f'<li class="bc-i">{inner}</li>')
    return scoped('<ol class="bc">' + '<li class="bc-s">›</li>'.join(parts) + "</ol>", H_LIST)


def post_state(s: Story) -> dict:
    return {
        "id": s.id, "title": s.title, "slug": s.slug, "category": {"slug": s.cat, "name": CATS[s.cat]},
        "excerpt": s.summary or "", "content": render_body(s), "published_at": utc_naive(s.opts["dt"]),
        "created_at": utc_naive(s.opts["dt"] - timedelta(days=1)), "author": "pgd.thanhson",
        "type": "post", "views": s.views(),
    }


def article_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    dt = s.opts["dt"]
    cat = CATS[s.cat]
    badge = '<span class="bdg-moi">Mới</span>' if s.opts.get("new") else ""
    sapo = ""
    if s.summary and (s.sapo_outside or s.opts.get("sapo_h2")):
        sapo = f'<h2 {H_POST} class="bv-mt">{esc(s.summary)}</h2>'
    tags = "".join(f'<span class="tg-i" data-q="{esc(t)}">#{esc(t)}</span>' for t in s.opts.get("tags", []))
    related = [o for o in ORDER if o.cat == s.cat and o.id != s.id][:3]
    rel = "".join(f'<li><a href="/tin-tuc/{o.slug}.html">{esc(o.title)}</a> <i>({o.opts["dt"]:%d/%m/%Y})</i></li>'
                  for o in related)
    info = []
    if s.opts.get("author_line"):
        post = f' {esc(s.opts["author_post"])}' if s.opts.get("author_post") else ""
        info.append(f'<li><i class="ic ic-user"></i><span class="lb">Tác giả:</span> '
                    f'<b>{esc(s.opts["author_line"])}</b>{post}</li>')
    if s.opts.get("source_line"):
        info.append(f'<li><i class="ic ic-src"></i><span class="lb">Nguồn:</span> <b>{esc(s.opts["source_line"])}</b></li>')
    info.append(f'<li><i class="ic ic-cal"></i><span class="lb">Ngày đăng:</span> <time>{foot_date(dt)}</time></li>')
    info.append('<li><i class="ic ic-acc"></i><span class="lb">Người đăng:</span> pgd.thanhson</li>')
    share_u = f"{base}/tin-tuc/{s.slug}.html%3Futm_source%3Dfacebook"
    head = (
        f'<link data-n-head="ssr" rel="canonical" href="{base}/tin-tuc/{s.slug}.html">'
        f'<meta data-n-head="ssr" property="og:title" content="{esc(s.title)}">'
        f'<meta data-n-head="ssr" property="og:type" content="article">'
        f'<meta data-n-head="ssr" property="article:published_time" content="{utc_naive(dt)}">'
        f'<meta data-n-head="ssr" property="article:section" content="{esc(cat)}">'
    )
    if s.images:
        head += f'<meta data-n-head="ssr" property="og:image" content="{base}{s.images[0].src}">'
    main = (
        crumbs(("Tin tức", None), (cat, f"/danh-muc/{s.cat}"))
        + f'<article {H_POST} class="bv">'
        f'<h1 {H_POST} class="bv-tde">{esc(s.title)} {scoped(badge, H_POST)}</h1>'
        f'<div {H_POST} class="bv-meta"><span {H_POST} class="tgian">{relative(dt)}</span>'
        f'<span {H_POST} class="lx">Lượt xem: {s.views()}</span>'
        f'<a {H_POST} href="javascript:window.print()" class="in">In bài</a></div>'
        + sapo
        + f'<div {H_POST} class="ql-editor noi-dung">{render_body(s)}</div>'
        + scoped(f'<div class="the"><span>Từ khóa:</span>{tags}</div>'
                 f'<div class="bv-cl"><h3 class="bv-cl-t">Bài viết cùng chuyên mục</h3><ul>{rel}</ul></div>'
                 f'<ul class="tt-bv">{"".join(info)}</ul>'
                 f'<div class="chia-se"><a href="https://www.facebook.com/sharer/sharer.php?u={share_u}" '
                 'target="_blank">Chia sẻ Facebook</a><a href="https://zalo.me/share" target="_blank">Zalo</a></div>',
                 H_POST)
        + "</article>"
        + scoped('<div id="binh-luan" class="bl"><h3>Bình luận</h3><p>Chưa có bình luận nào.</p>'
                 '<textarea placeholder="Nhập bình luận..."></textarea><button type="button">Gửi</button></div>',
                 H_POST)
    )
    state = {"post": post_state(s), "related": [post_state(o) | {"content": None} for o in related],
             "routePath": f"/tin-tuc/{s.slug}.html"}
    desc = re.sub(r"\s+", " ", (s.paragraphs[0] if s.paragraphs else s.title))[:158]
    return page(request, s.title, main, state, head_extra=head, description=desc)


def album_page(request: Request) -> Response:
    dt = U(2026, 12, 2, 16, 0)
    photos = "".join(
        f'<figure class="anh-i"><a href="{src}" class="glightbox"><img src="{LOADING}" data-src="{src}" '
        f'lazy="loading" alt=""></a><figcaption>{esc(cap)}</figcaption></figure>'
        for src, cap in ALBUM_PHOTOS)
    main = (
        crumbs(("Thư viện ảnh", None))
        + scoped(f'<article class="bv bv-album"><h1 class="bv-tde">{esc(ALBUM_TITLE)}</h1>'
                 f'<div class="bv-meta"><span class="tgian">{relative(dt)}</span></div>'
                 f'<div class="album-l">{photos}</div>'
                 f'<ul class="tt-bv"><li><span class="lb">Ngày đăng:</span> <time>{foot_date(dt)}</time></li></ul>'
                 "</article>", H_POST)
    )
    state = {"post": {"id": 230, "type": "album", "title": ALBUM_TITLE, "published_at": utc_naive(dt)},
             "routePath": f"/tin-tuc/{ALBUM_SLUG}.html"}
    return page(request, ALBUM_TITLE, main, state)


def card(s: Story) -> str:
    thumb = s.images[0].src.replace("/uploads/", "/uploads/thumbs/") if s.images else "/_nuxt/img/no-image.7b2e.png"
    return (
        f'<div class="tin-i"><a href="/tin-tuc/{s.slug}.html" class="tin-a"><img src="{thumb}" alt=""></a>'
        f'<div class="tin-nd"><h3 class="tin-t"><a href="/tin-tuc/{s.slug}.html">{esc(s.title)}</a></h3>'
        f'<span class="tin-ng">{s.opts["dt"]:%d} Th{s.opts["dt"].month}</span>'
        f'<p class="tin-tt">{esc(s.summary or "")}</p></div></div>'
    )


def listing(request: Request, slug: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    n = int(raw)
    posts = [s for s in ORDER if s.cat == slug]
    pages = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE: n * PER_PAGE]
    pager = []
    if n > 1:
        pager.append(f'<li><a href="?page={n - 1}" aria-label="Trước">‹</a></li>')
    for k in range(1, pages + 1):
        cls = ' class="active"' if k == n else ""
        pager.append(f'<li{cls}><a href="?page={k}">{k}</a></li>')
    if n < pages:
        pager.append(f'<li><a href="?page={n + 1}" aria-label="Sau">›</a></li>')
    more = '<button type="button" class="xem-them">Xem thêm</button>' if n < pages else ""
    name = CATS[slug]
    main = crumbs(("Tin tức", None), (name, None)) + scoped(
        f'<section class="dm"><h1 class="dm-t">{esc(name)}</h1>'
        f'<div class="dm-l">{"".join(card(s) for s in chunk)}</div>{more}'
        f'<ul class="pgn">{"".join(pager)}</ul></section>', H_LIST)
    state = {"posts": {"current_page": n, "last_page": pages, "data": [s.id for s in chunk]},
             "routePath": f"/danh-muc/{slug}"}
    return page(request, name, main, state)


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="sl-i"><a href="/tin-tuc/{s.slug}.html?ref=slider"><img src="{s.images[0].src if s.images else ""}" '
        f'alt=""><span class="sl-t">{esc(s.title)}</span></a></div>' for s in SLIDER)
    newest = "".join(card(s) for s in ORDER[:6])
    album = (f'<div class="blk-tv"><div class="blk-t">Thư viện ảnh</div><a href="/tin-tuc/{ALBUM_SLUG}.html">'
             f'<img src="{ALBUM_PHOTOS[0][0]}" alt=""><span>{esc(ALBUM_TITLE)}</span></a></div>')
    main = scoped(f'<div class="sl">{slides}</div><section class="tm"><h2 class="tm-t">Tin mới</h2>'
                  f'<div class="dm-l">{newest}</div></section>{album}', H_LIST)
    return page(request, "Trang chủ", main, {"routePath": "/"},
                description="Cổng thông tin điện tử Phòng GD&ĐT huyện Thanh Sơn, tỉnh Phú Thọ")


def static_page(request: Request, path: str) -> Response:
    title, paras = PAGES[path]
    main = crumbs((title, None)) + scoped(
        f'<div class="tr-n"><h1 class="bv-tde">{esc(title)}</h1>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>", H_POST)
    return page(request, title, main, {"routePath": path})


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{d}</td><td><a href="/van-ban/{i}-{slug}">{esc(ty)}</a></td>'
        f'<td><a href="/storage/van-ban/{i}.pdf">Tải về</a></td></tr>' for i, slug, so, d, ty in DOCS)
    main = crumbs(("Văn bản", None)) + scoped(
        '<section class="vb"><h1 class="dm-t">Văn bản chỉ đạo điều hành</h1><table class="vb-tb">'
        "<thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>", H_LIST)
    return page(request, "Văn bản", main, {"routePath": "/van-ban"})


def van_ban_entry(request: Request, doc: tuple) -> Response:
    i, slug, so, d, ty = doc
    main = crumbs(("Văn bản", "/van-ban"), (so, None)) + scoped(
        f'<article class="vb-ct"><h1 class="bv-tde">{esc(ty)}</h1><table class="vb-tt">'
        f"<tr><th>Số ký hiệu</th><td>{esc(so)}</td></tr><tr><th>Ngày ban hành</th><td>{d}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Thanh Sơn</td></tr>"
        "<tr><th>Người ký</th><td>Nguyễn Đức Thắng</td></tr>"
        f'<tr><th>Trích yếu</th><td>{esc(ty)}</td></tr></table>'
        f'<p><a href="/storage/van-ban/{i}.pdf" class="tai">Tải văn bản (PDF)</a></p></article>', H_POST)
    return page(request, ty, main, {"routePath": f"/van-ban/{i}-{slug}"})


def video_page(request: Request) -> Response:
    title = "Video: Lễ khai giảng năm học 2026-2027 tại Trường THCS Thị trấn Thanh Sơn"
    main = crumbs(("Video", None)) + scoped(
        f'<article class="bv bv-video"><h1 class="bv-tde">{esc(title)}</h1>'
        '<div class="vd"><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F" width="640" height="360" '
        'allowfullscreen></iframe></div><p class="vd-mt">Thời lượng: 04:52</p></article>', H_POST)
    return page(request, title, main, {"routePath": f"/video/{VIDEO_SLUG}"})


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = crumbs(("Tìm kiếm", None)) + scoped(
        f'<section class="tk-kq"><h1 class="dm-t">Kết quả tìm kiếm: {esc(q)}</h1>'
        "<p>Không tìm thấy kết quả phù hợp.</p></section>", H_LIST)
    return page(request, "Tìm kiếm", main, {"routePath": "/tim-kiem"})


def api_posts(request: Request) -> Response:
    base = base_url(request)
    raw = request.params.get("page", "1")
    per = 10
    total = len(ORDER)
    last = -(-total // per)
    n = int(raw) if raw.isdigit() else 0
    if n < 1 or n > last:
        body = {"current_page": n, "data": [], "last_page": last, "total": total}
    else:
        chunk = ORDER[(n - 1) * per: n * per]
        body = {
            "current_page": n,
            "data": [post_state(s) for s in chunk],
            "first_page_url": f"{base}/api/v1/posts?page=1",
            "from": (n - 1) * per + 1,
            "last_page": last,
            "last_page_url": f"{base}/api/v1/posts?page={last}",
            "next_page_url": f"{base}/api/v1/posts?page={n + 1}" if n < last else None,
            "path": f"{base}/api/v1/posts",
            "per_page": per,
            "prev_page_url": f"{base}/api/v1/posts?page={n - 1}" if n > 1 else None,
            "to": (n - 1) * per + len(chunk),
            "total": total,
        }
    return Response(200, json.dumps(body, ensure_ascii=False).encode("utf-8"),
                    {"Content-Type": "application/json", "X-Powered-By": "Lumen (10.0.2) (Laravel Components ^10.0)"})


_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_LIST = re.compile(r"^/danh-muc/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)$")
_PDF = re.compile(r"^/storage/van-ban/(\d+)\.pdf$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return home(request)
        if path == "/index.html":
            return redirect("/", 301)
        if m := _ARTICLE.match(path):
            slug = m.group(1)
            if slug == ALBUM_SLUG:
                return album_page(request)
            s = BY_SLUG.get(slug) or OLD_SLUGS.get(slug)
            return article_page(request, s) if s else None
        if m := _LIST.match(path):
            return listing(request, m.group(1)) if m.group(1) in CATS else None
        if path == "/van-ban":
            return van_ban_list(request)
        if m := _DOC.match(path):
            for doc in DOCS:
                if doc[0] == int(m.group(1)) and doc[1] == m.group(2):
                    return van_ban_entry(request, doc)
            return None
        if m := _PDF.match(path):
            if any(doc[0] == int(m.group(1)) for doc in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path in PAGES:
            return static_page(request, path)
        if path == f"/video/{VIDEO_SLUG}":
            return video_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/api/v1/posts":
            return api_posts(request)
        if path.startswith(("/_nuxt/", "/storage/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    path = f"/tin-tuc/{s.slug}.html"
    alts = []
    if "old_slug" in s.opts:
        alts.append(f"/tin-tuc/{s.opts['old_slug']}.html")
    if s in SLIDER:
        alts.append(path + "?ref=slider")
    return gold_record(s, path, CATS[s.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
