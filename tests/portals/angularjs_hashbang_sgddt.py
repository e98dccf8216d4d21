"""Sở GD&ĐT Hà Tĩnh: an AngularJS 1.x hashbang single-page site (2015, local contractor).

Platform
--------
A 2015 AngularJS 1.4 single-page application over an ASP.NET Web API back end, written by a local
contractor ("Thiết kế bởi Công ty TNHH Giải pháp phần mềm Hồng Lĩnh"). ``$locationProvider
.hashPrefix('!')``: every route lives after ``#!`` and the server only ever sees ``/``. For search
engines the contractor followed Google's (2009) AJAX crawling scheme: the shell carries
``<meta name="fragment" content="!">`` and the server answers ``/?_escaped_fragment_=<route>`` with
an HTML snapshot taken by PhantomJS (the DOM as rendered: ``ng-scope``/``ng-binding`` classes,
``<!-- ngRepeat: … -->`` comments, ``ng-hide`` elements still in the markup). A few older
ASP.NET WebForms pages survive as plain server pages (document library, work calendar, the print
view), plus ``robots.txt`` and a ``sitemap.xml`` written by a nightly job that stopped running.

URL scheme
----------
- ``/``                                        the Angular shell: chrome without content
- ``/?_escaped_fragment_=`` (and ``=/``)       snapshot of the home route ``#!/``
- ``/?_escaped_fragment_=/tin-tuc/<id>/<alias>``   article snapshot (route ``#!/tin-tuc/:id/:alias?``)
- ``/?_escaped_fragment_=/tin-tuc/<id>``       the same article (id-only route of the home slider
  and of the "Đọc nhiều" box)
- ``/?_escaped_fragment_=/danh-muc/<alias>[?trang=N]``   category listing, 4 a page
- ``/?_escaped_fragment_=/gioi-thieu/co-cau-to-chuc``, ``/lien-he``, ``/thu-vien-anh[/<id>/<alias>]``,
  ``/video[/<id>]``                            static page, contact, albums, clips
- ``/InTin.aspx?id=<id>``                      print view (opened by ``ng-click``, never an href)
- ``/VanBan/Default.aspx``, ``/VanBan/ChiTiet.aspx?id=<n>``, ``/LichCongTac.aspx?tuan=49``   WebForms
- ``/api/TinTuc/ChiTiet?id=<id>``, ``/api/TinTuc/DanhSach?...``   the JSON the app reads (not linked)
- ``/robots.txt`` -> ``/sitemap.xml`` (hashbang ``<loc>``\\ s, stale since 10/11/2026)

Page templates (snapshots)
--------------------------
Every snapshot: top bar with today's date, banner, Bootstrap navbar rendered from the menu API
(drop-downs "Giới thiệu", "Tin tức", "Chuyên môn", "Thư viện"; parents are ``javascript:void(0)``),
``<div ng-view>`` with the route's template, right column (Tin đọc nhiều with id-only links, Văn
bản mới, Liên kết website select, poll, visitor counter, notice portlet), footer; inline
``<script type="text/ng-template">`` templates at the end of ``<body>``.
Article template: breadcrumb ``div.dd-link``, ``h1.ct-td``, info row ``div.ct-tt`` ("15:20 |
04/12/2026", Lượt xem, Người đăng: <CMS account>), sapo ``div.ct-mt`` (bold, from the MoTa field;
present but ``ng-hide`` and empty when MoTa is empty), body ``div.ct-nd[ng-bind-html]`` (CKEditor
HTML), TacGia ``div.ct-tg`` (right-aligned), NguonTin ``div.ct-ng``, attachments, the "Cập nhật"
line, tool bar (In bài by ng-click, Facebook/Zalo share), "Các tin khác" ng-repeat.

How each gold article is reached
--------------------------------
Shell ``/`` -> (meta fragment) home snapshot ``/?_escaped_fragment_=``: slider (id-only links) of
4 featured, "Tin mới" (5 newest), one box per category (3 newest) -> category listings (menu) ->
listing pages; "Tin hoạt động" has 6 articles: 2451, 2447, 2440, 2433 on page 1, **2420 and 2412
only on page 2** (``#!/danh-muc/tin-hoat-dong?trang=2``; also in the stale sitemap).
Thi - Tuyển sinh: 2449, 2438, 2418; Thông báo: 2450, 2429; Giáo dục Trung học: 2444, 2426.

Traps
-----
1. Empty shell. ``/`` prints chrome and raw ``{{…}}`` menu templates but no content; the content
   is behind ``<meta name="fragment" content="!">`` and ``#!`` links. Gold: every article's path
   is its ``/?_escaped_fragment_=/tin-tuc/<id>/<alias>`` snapshot.
2. Hashbang links and a fragment canonical. All in-site links are ``href="#!/…"`` (resolved
   against ``<base href="/">``); ``<link rel="canonical">`` and ``og:url`` are
   ``http://host/#!/tin-tuc/<id>/<alias>``: dropping the fragment makes every article ``/``.
   Resolving ``#!…`` against the snapshot's own query gives a second ``_escaped_fragment_``
   parameter, which the server (ASP.NET comma-joining the values) answers 404. Gold:
   canonical_path = the escaped-fragment form of the canonical route.
3. One article, several URLs: id+alias route (listings, "Tin mới", canonical), id-only route
   (slider, "Tin đọc nhiều"), the percent-encoded ``%2F`` spelling and the print view
   ``/InTin.aspx?id=`` (CKEditor entities, no chrome). Gold: all in alt_paths, one record each.
4. Angular left-overs that look like content: inline ``text/ng-template`` scripts with
   ``href="#!/tin-tuc/{{t.Id}}/{{t.Alias}}"`` and ``{{t.TieuDe}}`` (those URLs 404), ``ng-hide``
   alerts "Bài viết không tồn tại hoặc đã bị xóa." right before the body, a "Các tin khác" box
   snapshotted mid-load ("Đang tải dữ liệu..."). None of it is body.
5. Teasers lie: listing titles are cut by ``limitTo:70`` + "..." and teaser dates are day-only.
   Gold: title from the article's ``h1.ct-td``; date from its info row.
6. Dates: the info row prints time first ("15:20 | 04/12/2026"); a "Cập nhật: …" line follows
   the body; ``meta[itemprop=datePublished]`` holds the API value in UTC ("…T08:20:00.000Z").
   Gold: "2026-12-04T15:20:00+07:00". Two articles print "00:00" -> the day alone. The official
   notice (2450) is posted 03/12 but its letterhead says 30/11 -> "2026-11-30".
7. Bylines: TacGia is free text: "Tin, ảnh: Hoàng Anh" (author and photographer), "Tin: Lê Minh -
   Ảnh: Quang Đức", "ThS. Trần Thị Minh Nguyệt", "Nguyễn Thị Thu Hà (Trường THPT chuyên Hà
   Tĩnh)", a unit ("Phòng GDTrH", "Văn phòng Sở"), "BBT" (nobody); one byline typed by the editor
   inside the body (name + post on a ``<br>``); "Người đăng: admin_sgd" is a CMS account.
8. Captions in three CKEditor shapes (centred ``<em>`` paragraph, ``figure/figcaption``, a
   two-row table); "(…)" parentheses taken off; "Ảnh: Quang Đức" is a credit -> caption None;
   thumbnails/og:image of the article are not its photos.
9. Sapo outside the body: ``div.ct-mt`` (bold) is the summary and the body's first paragraph; an
   empty ``ng-hide`` ``div.ct-mt`` means no summary.
10. Encoded route: 2449's alias keeps an en dash (``…2026–2027…``); its escaped fragment is
    ``…2026%E2%80%932027…``. Gold path is that percent-encoded form.
11. Pager in the fragment: ``#!/danh-muc/tin-hoat-dong?trang=2`` -> ``?_escaped_fragment_=
    /danh-muc/tin-hoat-dong?trang=2`` (a second ``?`` inside the value); first/last arrows are
    ``href=""`` with ``ng-click``. Two gold articles live only on page 2 (and in the sitemap).
12. Stale sitemap with hashbang ``<loc>``\\ s: lists only articles up to 10/11/2026 and one
    deleted article (2401, 404).
13. An official notice (2450): letterhead table, "Số: 2718/TB-SGDĐT", "THÔNG BÁO", subject line,
    "Nơi nhận", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Hòa". Gold: body without them,
    author "Nguyễn Văn Hòa", date "2026-11-30".
14. Body boundaries: a "Xem thêm:" line, a "Tệp đính kèm" line, Word list markers
    (``mso-list:Ignore``), a bare superscript footnote call (no text) versus a bracketed "[1]"
    (text), the "Tài liệu tham khảo" notes (text), a table (cells joined by " | ").

Gold decisions on ambiguous points
----------------------------------
- path/canonical_path: ``/?_escaped_fragment_=`` + the route of the canonical link, escaped as
  Google's scheme says (``/`` and ``?`` kept, non-ASCII as UTF-8 ``%XX``).
- category: the last breadcrumb item (the sub-section: "Giáo dục Trung học", not "Chuyên môn").
- 2450: summary None (the notice prints no sapo); the info row's 03/12 posting is not its date.
- "Theo Bộ GD&ĐT" as the closing line of 2438 -> source "Bộ GD&ĐT".
- The editor-typed byline of 2444 ("ThS. Phan Thị Lan Hương" / her post) -> authors
  ["Phan Thị Lan Hương"], not body.
- Emoji in 2440's title and text kept as printed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import parse_qsl, quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "angularjs_hashbang_sgddt"
PLATFORM = "AngularJS 1.x hashbang SPA (ASP.NET Web API, _escaped_fragment_ snapshots)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo Hà Tĩnh"
UP = "/Uploads/TinTuc/2026"

CATS = {
    # alias: (name, parent)
    "tin-hoat-dong": ("Tin hoạt động", "Tin tức"),
    "thi-tuyen-sinh": ("Thi - Tuyển sinh", "Tin tức"),
    "thong-bao": ("Thông báo", "Tin tức"),
    "gd-trung-hoc": ("Giáo dục Trung học", "Chuyên môn"),
    "gd-thuong-xuyen": ("Giáo dục thường xuyên", "Chuyên môn"),
}
PAGE_SIZE = 4


def _tbl(*rows: str) -> list[P]:
    """Table rows as gold paragraphs (cells joined by " | "); the renderer rebuilds the cells."""
    return [P(r, "row") for r in rows]


# --- the articles --------------------------------------------------------------------------

S2451 = Story(
    id=2451,
    slug="hoi-nghi-tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027",
    title="Hội nghị tập huấn chuyển đổi số trong quản lý trường học năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Ngày 04/12, Sở GD&ĐT Hà Tĩnh tổ chức hội nghị tập huấn chuyển đổi số trong quản lý "
        "trường học cho hơn 300 cán bộ quản lý các trường mầm non, phổ thông trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Hoàng Anh"],
    photographers=["Hoàng Anh"],
    blocks=[
        P(
            "Dự hội nghị có đồng chí Nguyễn Văn Hòa, Phó Giám đốc Sở GD&ĐT; đại diện lãnh đạo các "
            "phòng chuyên môn thuộc Sở; hiệu trưởng, phó hiệu trưởng phụ trách công tác chuyển đổi "
            "số của các cơ sở giáo dục. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực "
            "tuyến tới 28 điểm cầu."
        ),
        Img(
            f"{UP}/12/2451-hoi-nghi-cds-01.jpg",
            "Đồng chí Nguyễn Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc hội nghị",
            "Đồng chí Nguyễn Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc hội nghị",
            "pem",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở nhấn mạnh: chuyển đổi số không chỉ là "
            "việc trang bị máy móc, phần mềm mà trước hết là thay đổi nhận thức và cách làm của "
            "người đứng đầu. Mỗi nhà trường cần coi dữ liệu là tài sản, cập nhật đầy đủ, chính xác "
            "và kịp thời trên cơ sở dữ liệu ngành."
        ),
        P(
            "Tại hội nghị, các báo cáo viên đã hướng dẫn triển khai học bạ số, hồ sơ số của giáo "
            "viên, thanh toán không dùng tiền mặt và kết nối dữ liệu với Cơ sở dữ liệu quốc gia về "
            "dân cư. Nhiều đơn vị đã chia sẻ kinh nghiệm, trong đó Trường THPT Nguyễn Du và Trường "
            "THCS Lê Văn Thiêm là hai đơn vị hoàn thành 100% học bạ số từ học kỳ I."
        ),
        Img(
            f"{UP}/12/2451-hoi-nghi-cds-02.jpg",
            "(Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT)",
            "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            "pem",
        ),
        P(
            "Kết thúc hội nghị, Sở GD&ĐT yêu cầu các đơn vị hoàn thành việc rà soát, chuẩn hóa dữ "
            "liệu trước ngày 20/12/2026 và báo cáo kết quả về Sở qua Văn phòng Sở."
        ),
    ],
    opts={
        "ngay": "2026-12-04 15:20",
        "capnhat": "05/12/2026 08:02",
        "tacgia": "Tin, ảnh: Hoàng Anh",
        "nguoidang": "admin_sgd",
    },
)

S2447 = Story(
    id=2447,
    slug="trao-bang-khen-cho-27-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trao Bằng khen cho 27 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="tin-hoat-dong",
    published_at="2026-11-19T16:45:00+07:00",
    summary=(
        "Chiều 19/11, UBND tỉnh tổ chức gặp mặt, tuyên dương nhà giáo tiêu biểu nhân kỷ niệm 44 "
        "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
    ),
    sapo_outside=True,
    authors=["Trần Thị Minh Nguyệt"],
    blocks=[
        P(
            "Năm học 2025-2026, toàn ngành có hơn 1.200 giáo viên đạt danh hiệu giáo viên dạy giỏi "
            "các cấp; nhiều thầy cô có học sinh đạt giải cao trong các kỳ thi học sinh giỏi quốc "
            "gia, khu vực và quốc tế."
        ),
        Img(
            f"{UP}/11/2447-tuyen-duong-nha-giao.jpg",
            "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            "fig",
        ),
        P(
            "Thay mặt các nhà giáo được tuyên dương, cô giáo Đặng Thị Hồng Vân, Trường Mầm non Hoa "
            "Sen bày tỏ niềm xúc động và hứa sẽ tiếp tục đổi mới phương pháp, yêu nghề, thương trẻ, "
            "xứng đáng với sự tin yêu của phụ huynh và xã hội."
        ),
        P(
            "Dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 27 nhà giáo có thành tích xuất sắc "
            "trong sự nghiệp giáo dục và đào tạo của tỉnh."
        ),
    ],
    opts={
        "ngay": "2026-11-19 16:45",
        "tacgia": "ThS. Trần Thị Minh Nguyệt",
        "nguoidang": "bientap02",
    },
)

S2440 = Story(
    id=2440,
    slug="ngay-hoi-stem-cap-tinh-lan-thu-iii-san-choi-sang-tao-cua-hoc-sinh-pho-thong",
    title="Ngày hội STEM cấp tỉnh lần thứ III: sân chơi sáng tạo của học sinh phổ thông 🔬",
    cat="tin-hoat-dong",
    published_at="2026-11-08T09:00:00+07:00",
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        P(
            "Sáng 08/11, tại Trường THPT chuyên Hà Tĩnh, Sở GD&ĐT khai mạc Ngày hội STEM cấp tỉnh "
            "lần thứ III với sự tham gia của 64 gian trưng bày đến từ các trường THCS, THPT trong "
            "toàn tỉnh."
        ),
        P(
            "Các sản phẩm năm nay tập trung vào những vấn đề gần gũi với đời sống: hệ thống tưới "
            "nhỏ giọt tự động cho vườn rau, thiết bị cảnh báo lũ cho vùng trũng, robot phân loại rác "
            "thải nhựa 🤖, ứng dụng hỗ trợ học sinh khiếm thị đọc sách giáo khoa."
        ),
        Img(f"{UP}/11/2440-stem-01.jpg", "Học sinh giới thiệu mô hình robot phân loại rác",
            "Học sinh giới thiệu mô hình robot phân loại rác", "tbl"),
        P(
            "Ban tổ chức đã trao 6 giải Nhất, 10 giải Nhì, 15 giải Ba và 20 giải Khuyến khích; "
            "các sản phẩm xuất sắc sẽ được lựa chọn tham dự cuộc thi Khoa học kỹ thuật cấp quốc gia "
            "dành cho học sinh trung học."
        ),
    ],
    opts={
        "ngay": "2026-11-08 09:00",
        "capnhat": "09/11/2026 10:12",
        "tacgia": "Nguyễn Thị Thu Hà (Trường THPT chuyên Hà Tĩnh)",
        "nguoidang": "bientap02",
        "tinkhac_dang_tai": True,
    },
)

S2433 = Story(
    id=2433,
    slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026-tai-cac-xa-mien-nui",
    title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các xã miền núi",
    cat="tin-hoat-dong",
    published_at="2026-10-29",
    source="Báo Hà Tĩnh",
    blocks=[
        P(
            "Từ ngày 26 đến 29/10, đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh "
            "đã làm việc tại các xã Hương Sơn, Sơn Kim 1, Vũ Quang và Hương Khê."
        ),
        P(
            "Theo kế hoạch, đoàn kiểm tra hồ sơ phổ cập, đối chiếu số liệu điều tra với thực tế tại "
            "các thôn, bản; đồng thời khảo sát điều kiện cơ sở vật chất, đội ngũ giáo viên tại các "
            "điểm trường lẻ."
        ),
        P(
            "Qua kiểm tra, các xã đều duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, "
            "phổ cập giáo dục tiểu học mức độ 3 và xóa mù chữ mức độ 2. Đoàn đề nghị các địa phương "
            "quan tâm hơn tới việc vận động học sinh bỏ học trở lại trường."
        ),
    ],
    opts={
        "ngay": "2026-10-29 00:00",
        "tacgia": "BBT",
        "nguon": "Báo Hà Tĩnh",
        "nguoidang": "admin_sgd",
    },
)

S2420 = Story(
    id=2420,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-chu-ky-2026-2028",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS chu kỳ 2026-2028",
    cat="tin-hoat-dong",
    published_at="2026-10-20T08:10:00+07:00",
    summary=(
        "Sáng 20/10, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS chu kỳ "
        "2026-2028 với 186 giáo viên đến từ các trường THCS trong tỉnh."
    ),
    sapo_outside=True,
    authors=["Lê Minh"],
    photographers=["Quang Đức"],
    blocks=[
        P(
            "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
            "tích cực đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực "
            "học sinh."
        ),
        Img(f"{UP}/10/2420-gvdg-thcs.jpg", "Ảnh: Quang Đức", None, "pem"),
        P(
            "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
            "hiện hai tiết dạy tại các trường THCS Lê Văn Thiêm, THCS Nguyễn Tuấn Thiện. Hội thi "
            "kéo dài đến hết ngày 25/10/2026."
        ),
    ],
    opts={
        "ngay": "2026-10-20 08:10",
        "tacgia": "Tin: Lê Minh - Ảnh: Quang Đức",
        "nguoidang": "bientap01",
    },
)

S2412 = Story(
    id=2412,
    slug="ra-mat-mo-hinh-truong-hoc-hanh-phuc-tai-truong-th-thcs-son-kim-1",
    title="Ra mắt mô hình “Trường học hạnh phúc” tại Trường TH&THCS Sơn Kim 1",
    cat="tin-hoat-dong",
    published_at="2026-10-12T14:00:00+07:00",
    authors=["Phòng GDMN-TH"],
    blocks=[
        P(
            "Chiều 12/10, Trường TH&THCS Sơn Kim 1 tổ chức lễ ra mắt mô hình “Trường học hạnh "
            "phúc” với chủ đề “Mỗi ngày đến trường là một ngày vui”."
        ),
        P(
            "Mô hình gồm ba nội dung chính:",
        ),
        P("Xây dựng môi trường học tập an toàn, thân thiện, không bạo lực học đường;", "li"),
        P("Giáo viên lắng nghe, tôn trọng và đồng hành cùng học sinh;", "li"),
        P("Phụ huynh tham gia tích cực vào các hoạt động trải nghiệm của nhà trường.", "li"),
        Img(f"{UP}/10/2412-truong-hoc-hanh-phuc.jpg", "Các em học sinh trong giờ sinh hoạt tập thể",
            "Các em học sinh trong giờ sinh hoạt tập thể", "pem"),
        P(
            "Đây là một trong 12 trường được Sở GD&ĐT chọn làm điểm triển khai mô hình trong năm "
            "học 2026-2027, trước khi nhân rộng ra toàn tỉnh."
        ),
    ],
    opts={
        "ngay": "2026-10-12 14:00",
        "tacgia": "Phòng GDMN-TH",
        "nguoidang": "bientap01",
    },
)

S2449 = Story(
    id=2449,
    slug="ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026–2027-dien-ra-an-toan-nghiem-tuc",
    title="Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026–2027 diễn ra an toàn, nghiêm túc",
    cat="thi-tuyen-sinh",
    published_at="2026-12-02T17:05:00+07:00",
    summary=(
        "Trong hai ngày 01 và 02/12, 1.536 thí sinh đã tham dự kỳ thi chọn học sinh giỏi tỉnh lớp "
        "12 năm học 2026–2027 tại 3 điểm thi."
    ),
    sapo_outside=True,
    authors=["Phòng KT-QLCLGD"],
    blocks=[
        P(
            "Kỳ thi được tổ chức cho 12 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, "
            "Lịch sử, Địa lí, Tin học, Giáo dục kinh tế và pháp luật, Công nghệ và Tiếng Pháp. Số "
            "lượng thí sinh tại các điểm thi như sau:"
        ),
        *_tbl(
            "Điểm thi | Số thí sinh | Số phòng thi",
            "Trường THPT chuyên Hà Tĩnh | 612 | 26",
            "Trường THPT Phan Đình Phùng | 498 | 21",
            "Trường THPT Thành Sen | 426 | 18",
        ),
        P(
            "Công tác coi thi được thực hiện nghiêm túc, đúng quy chế; không có cán bộ, thí sinh "
            "vi phạm. Kết quả thi dự kiến được công bố trước ngày 20/12/2026."
        ),
    ],
    opts={
        "ngay": "2026-12-02 17:05",
        "tacgia": "Phòng KT-QLCLGD",
        "nguoidang": "admin_sgd",
    },
)

S2438 = Story(
    id=2438,
    slug="cong-bo-lich-thi-tot-nghiep-thpt-nam-2027-nhung-diem-moi-thi-sinh-can-luu-y",
    title="Công bố lịch thi tốt nghiệp THPT năm 2027: những điểm mới thí sinh cần lưu ý",
    cat="thi-tuyen-sinh",
    published_at="2026-11-05T10:30:00+07:00",
    source="Bộ GD&ĐT",
    blocks=[
        P(
            "Bộ GD&ĐT vừa ban hành văn bản hướng dẫn tổ chức Kỳ thi tốt nghiệp THPT năm 2027. Kỳ "
            "thi dự kiến diễn ra trong các ngày 10 và 11/6/2027."
        ),
        P("Một số điểm mới thí sinh cần lưu ý:"),
        P("Thí sinh đăng ký dự thi hoàn toàn trực tuyến trên Hệ thống quản lý thi;", "li"),
        P("Môn Ngoại ngữ được bổ sung hình thức thi trên máy tính tại một số điểm thi;", "li"),
        P("Kết quả thi được công bố sớm hơn năm trước khoảng 5 ngày.", "li"),
        P(
            "Sở GD&ĐT Hà Tĩnh đề nghị các trường THPT, trung tâm GDNN-GDTX phổ biến kịp thời tới "
            "học sinh lớp 12 và phụ huynh."
        ),
        Raw('<p style="text-align: right;"><em>Theo Bộ GD&amp;ĐT</em></p>'),
    ],
    opts={
        "ngay": "2026-11-05 10:30",
        "nguoidang": "admin_sgd",
    },
)

S2418 = Story(
    id=2418,
    slug="ha-tinh-to-chuc-thi-thu-tot-nghiep-thpt-dot-1-cho-hoc-sinh-lop-12",
    title="Hà Tĩnh tổ chức thi thử tốt nghiệp THPT đợt 1 cho học sinh lớp 12",
    cat="thi-tuyen-sinh",
    published_at="2026-10-18T07:45:00+07:00",
    authors=["Đức Thắng"],
    blocks=[
        P(
            "Ngày 17 và 18/10, hơn 14.000 học sinh lớp 12 trên địa bàn tỉnh tham gia kỳ thi thử tốt "
            "nghiệp THPT đợt 1, theo định dạng đề minh họa của Bộ GD&ĐT.[1]"
        ),
        P(
            "Kỳ thi giúp học sinh làm quen với cấu trúc đề mới, đồng thời là căn cứ để nhà trường "
            "điều chỉnh kế hoạch ôn tập phù hợp với từng đối tượng."
        ),
        P(
            "Sau kỳ thi, các trường sẽ phân tích phổ điểm theo từng môn và gửi báo cáo về Phòng "
            "Khảo thí và Quản lý chất lượng giáo dục trước ngày 30/10/2026."
        ),
        P("Chú thích:", "<p><strong>Chú thích:</strong></p>"),
        P(
            "[1] Đề minh họa Kỳ thi tốt nghiệp THPT năm 2027 được Bộ GD&ĐT công bố ngày "
            "30/9/2026.",
            "<p><em>[1] Đề minh họa Kỳ thi tốt nghiệp THPT năm 2027 được Bộ GD&amp;ĐT công bố "
            "ngày 30/9/2026.</em></p>",
        ),
    ],
    opts={
        "ngay": "2026-10-18 07:45",
        "tacgia": "Đức Thắng",
        "nguoidang": "bientap01",
    },
)

S2450 = Story(
    id=2450,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026-dot-2",
    title="Thông báo tuyển dụng viên chức giáo viên năm 2026 (đợt 2)",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Văn Hòa"],
    blocks=[
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
            '<tbody><tr><td style="text-align:center; width:40%">UBND TỈNH HÀ TĨNH<br>'
            "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
            '<tr><td style="text-align:center">Số: 2718/TB-SGDĐT</td>'
            '<td style="text-align:center"><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td></tr>'
            "</tbody></table>"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
            "<strong>Tuyển dụng viên chức giáo viên năm 2026 (đợt 2)</strong></p>"
        ),
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
            "dụng, sử dụng và quản lý viên chức và các văn bản sửa đổi, bổ sung;"
        ),
        P(
            "Căn cứ Quyết định số 3021/QĐ-UBND ngày 18/11/2026 của UBND tỉnh về việc phê duyệt chỉ "
            "tiêu tuyển dụng viên chức giáo viên năm 2026 (đợt 2);"
        ),
        P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức giáo viên như sau:"),
        P("1. Chỉ tiêu: 96 giáo viên, trong đó THPT 58 chỉ tiêu, GDTX 38 chỉ tiêu.", "h"),
        P(
            "2. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 "
            "(trong giờ hành chính).",
            "h",
        ),
        P(
            "3. Địa điểm nhận phiếu: Văn phòng Sở Giáo dục và Đào tạo, số 41 đường Phan Đình Phùng, "
            "phường Thành Sen, tỉnh Hà Tĩnh.",
            "h",
        ),
        P(
            "Chi tiết chỉ tiêu theo từng vị trí việc làm được niêm yết tại trụ sở Sở và đăng tải "
            "trên Cổng thông tin điện tử của Sở."
        ),
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
            '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br>'
            "- UBND tỉnh (để b/c);<br>- Sở Nội vụ;<br>- Các đơn vị trực thuộc;<br>"
            "- Lưu: VT, TCCB.</td>"
            '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br>'
            "PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br>"
            "<strong>Nguyễn Văn Hòa</strong></td></tr></tbody></table>"
        ),
    ],
    opts={
        "ngay": "2026-12-03 08:30",
        "nguoidang": "vanphong",
        "dinhkem": ("/Uploads/Files/2026/TB-2718-tuyen-dung-dot2.pdf", "TB-2718-tuyen-dung-dot2.pdf"),
    },
)

S2429 = Story(
    id=2429,
    slug="moi-gop-y-du-thao-ke-hoach-to-chuc-cac-ky-thi-nam-hoc-2026-2027",
    title="Mời góp ý dự thảo Kế hoạch tổ chức các kỳ thi năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-10-26T16:10:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Thực hiện chương trình công tác năm học 2026-2027, Sở GD&ĐT đã xây dựng dự thảo Kế "
            "hoạch tổ chức các kỳ thi năm học 2026-2027."
        ),
        P(
            "Để kế hoạch bảo đảm tính khả thi, Sở GD&ĐT kính mời các cơ sở giáo dục, cán bộ, giáo "
            "viên, phụ huynh học sinh và nhân dân tham gia góp ý vào dự thảo."
        ),
        P(
            "Ý kiến góp ý gửi về Phòng Khảo thí và Quản lý chất lượng giáo dục qua địa chỉ thư "
            "điện tử khaothi@hatinh.edu.vn trước ngày 10/11/2026."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="#!/tin-tuc/2418/'
            'ha-tinh-to-chuc-thi-thu-tot-nghiep-thpt-dot-1-cho-hoc-sinh-lop-12">Hà Tĩnh tổ chức thi '
            "thử tốt nghiệp THPT đợt 1 cho học sinh lớp 12</a></p>"
        ),
    ],
    opts={
        "ngay": "2026-10-26 16:10",
        "tacgia": "Văn phòng Sở",
        "nguoidang": "vanphong",
        "dinhkem": ("/Uploads/Files/2026/DuThao_KH_Thi_2026-2027.pdf", "DuThao_KH_Thi_2026-2027.pdf"),
    },
)

_FTN = '<sup><a href="#_ftn1" name="_ftnref1" title="">1</a></sup>'
S2444 = Story(
    id=2444,
    slug="nang-cao-chat-luong-day-hoc-mon-lich-su-theo-chuong-trinh-gdpt-2018",
    title=(
        "Nâng cao chất lượng dạy học môn Lịch sử theo Chương trình GDPT 2018: kinh nghiệm từ "
        "Trường THPT Phan Đình Phùng"
    ),
    cat="gd-trung-hoc",
    published_at="2026-11-14T10:05:00+07:00",
    summary=(
        "Từ khi Lịch sử trở thành môn học bắt buộc ở cấp THPT, tổ Sử - Địa - GDCD Trường THPT Phan "
        "Đình Phùng đã có nhiều đổi mới để giờ học lịch sử trở nên sinh động, hấp dẫn."
    ),
    sapo_outside=True,
    authors=["Phan Thị Lan Hương"],
    blocks=[
        P("1. Đổi mới hình thức tổ chức dạy học", "h3"),
        P(
            "Thay vì chỉ giảng dạy trên lớp, tổ chuyên môn tăng cường các tiết học tại thực địa: "
            "Khu lưu niệm Tổng Bí thư Trần Phú, Ngã ba Đồng Lộc, Đền thờ Lê Hữu Trác.",
            "<p style=\"text-align:justify\">Thay vì chỉ giảng dạy trên lớp, tổ chuyên môn tăng "
            "cường các tiết học tại thực địa: Khu lưu niệm Tổng Bí thư Trần Phú, Ngã ba Đồng Lộc, "
            "Đền thờ Lê Hữu Trác" + _FTN + ".</p>",
        ),
        P("Mỗi chuyến đi đều gắn với một nhiệm vụ học tập cụ thể:"),
        P("Thu thập tư liệu, phỏng vấn nhân chứng lịch sử;", "mso"),
        P("Thiết kế sản phẩm: báo tường, video ngắn, bản đồ tư duy;", "mso"),
        P("Trình bày, phản biện trước lớp.", "mso"),
        P("2. Ứng dụng công nghệ thông tin", "h3"),
        P(
            "Giáo viên sử dụng bản đồ số, phim tư liệu và các ứng dụng trắc nghiệm trực tuyến để "
            "kiểm tra nhanh mức độ hiểu bài của học sinh."
        ),
        P(
            "“Lịch sử không phải là những con số khô khan, mà là câu chuyện của chính quê hương "
            "mình” - em Trần Bảo Ngọc, lớp 11A2 chia sẻ.",
            "quote",
        ),
        Img(f"{UP}/11/2444-tiet-hoc-lich-su.jpg",
            "Một tiết học lịch sử tại thực địa của học sinh lớp 11",
            "Một tiết học lịch sử tại thực địa của học sinh lớp 11", "fig"),
        P(
            "Nhờ những đổi mới trên, tỉ lệ học sinh đạt điểm khá, giỏi môn Lịch sử của nhà trường "
            "tăng từ 68% lên 81% sau một năm học."
        ),
        Raw(
            '<p style="text-align:right"><strong>ThS. Phan Thị Lan Hương</strong><br>'
            "<em>Tổ trưởng tổ Sử - Địa - GDCD, Trường THPT Phan Đình Phùng</em></p>"
        ),
        P("Tài liệu tham khảo", "<p><strong>Tài liệu tham khảo</strong></p>"),
        P(
            "[1] Di tích quốc gia đặc biệt, xếp hạng năm 2015.",
            '<p><a href="#_ftnref1" name="_ftn1" title="">[1]</a> Di tích quốc gia đặc biệt, xếp '
            "hạng năm 2015.</p>",
        ),
    ],
    opts={
        "ngay": "2026-11-14 10:05",
        "nguoidang": "chuyenmon",
    },
)

S2426 = Story(
    id=2426,
    slug="huong-dan-thuc-hien-nhiem-vu-giao-duc-stem-cap-trung-hoc-nam-hoc-2026-2027",
    title="Hướng dẫn thực hiện nhiệm vụ giáo dục STEM cấp trung học năm học 2026-2027",
    cat="gd-trung-hoc",
    published_at="2026-10-23",
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Ngày 22/10, Sở GD&ĐT ban hành văn bản hướng dẫn các trường trung học thực hiện nhiệm "
            "vụ giáo dục STEM năm học 2026-2027."
        ),
        P("Theo đó, mỗi trường cần:", "br"),
        P("- Xây dựng kế hoạch giáo dục STEM trong kế hoạch giáo dục của nhà trường;", "br"),
        P("- Tổ chức ít nhất 4 bài học STEM mỗi khối lớp trong một năm học;", "br"),
        P("- Tham gia Ngày hội STEM cấp tỉnh.", "br"),
        P(
            "Các đơn vị báo cáo kết quả thực hiện học kỳ I về Sở (qua Phòng Giáo dục Trung học) "
            "trước ngày 15/01/2027."
        ),
    ],
    opts={
        "ngay": "2026-10-23 00:00",
        "tacgia": "Phòng GDTrH",
        "nguoidang": "chuyenmon",
        "tinkhac_dang_tai": True,
    },
)

STORIES = [S2451, S2449, S2450, S2447, S2444, S2440, S2438, S2433, S2429, S2426, S2420, S2418,
           S2412]
STORIES.sort(key=lambda s: s.opts["ngay"], reverse=True)
BY_ID = {s.id: s for s in STORIES}
FEATURED = [2451, 2449, 2450, 2447]
MOST_READ = [2447, 2438, 2444, 2449, 2433]
SITEMAP_CUTOFF = "2026-11-10"


# --- URLs ----------------------------------------------------------------------------------

#: what Google's scheme leaves unescaped in the value (it escapes 00-20, #, %, &, +, 7F-FF)
_FRAG_SAFE = "!\"$'()*,/:;<=>?@[\\]^`{|}"


def escape_fragment(route: str) -> str:
    return quote(route, safe=_FRAG_SAFE)


def ugly(route: str) -> str:
    """The snapshot URL a crawler asks for the hashbang route ``#!<route>``."""
    return "/?_escaped_fragment_=" + escape_fragment(route)


def art_route(s: Story) -> str:
    return f"/tin-tuc/{s.id}/{s.slug}"


def art_href(s: Story, full: bool = True) -> str:
    return "#!" + (art_route(s) if full else f"/tin-tuc/{s.id}")


def cat_stories(alias: str) -> list[Story]:
    return [s for s in STORIES if s.cat == alias]


def cat_pages(alias: str) -> int:
    return max(1, -(-len(cat_stories(alias)) // PAGE_SIZE))


def _dt(s: Story) -> datetime:
    return datetime.strptime(s.opts["ngay"], "%Y-%m-%d %H:%M")


def day(s: Story) -> str:
    return _dt(s).strftime("%d/%m/%Y")


def teaser_title(title: str) -> str:
    """Angular's ``limitTo:70`` plus the contractor's "..." (cuts mid-word)."""
    return title if len(title) <= 70 else title[:70] + "..."


def teaser_text(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:160] + "..."


def thumb(s: Story) -> str:
    month = s.opts["ngay"][5:7]
    return f"{UP}/{month}/thumb_{s.id}.jpg"


# --- chrome --------------------------------------------------------------------------------

_HEAD_STYLE = (
    '<style type="text/css">@charset "UTF-8";[ng\\:cloak],[ng-cloak],[data-ng-cloak],[x-ng-cloak],'
    ".ng-cloak,.x-ng-cloak,.ng-hide:not(.ng-hide-animate){display:none !important;}ng\\:form"
    "{display:block;}.ng-animate-shim{visibility:hidden;}.ng-anchor{position:absolute;}</style>"
)

_SCRIPTS = """<script src="/Scripts/jquery-1.11.3.min.js"></script>
<script src="/Scripts/angular.min.js"></script>
<script src="/Scripts/angular-route.min.js"></script>
<script src="/Scripts/angular-sanitize.min.js"></script>
<script src="/Scripts/ui-bootstrap-tpls-0.14.3.min.js"></script>
<script src="/app/app.js?v=1.0.7"></script>
<script src="/app/controllers.js?v=1.0.7"></script>
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-61234567-1', 'auto');
</script>"""

_TEMPLATES = """<script type="text/ng-template" id="/app/views/tin-item.html">
<div class="tin-item row">
  <div class="col-xs-4"><a href="#!/tin-tuc/{{t.Id}}/{{t.Alias}}"><img ng-src="{{t.AnhDaiDien}}" class="img-responsive" alt="{{t.TieuDe}}"></a></div>
  <div class="col-xs-8"><h4><a href="#!/tin-tuc/{{t.Id}}/{{t.Alias}}">{{t.TieuDe | limitTo:70}}{{t.TieuDe.length > 70 ? '...' : ''}}</a></h4>
  <span class="ngay"><i class="fa fa-calendar"></i> {{t.NgayDang | date:'dd/MM/yyyy'}}</span>
  <p>{{t.MoTa | limitTo:160}}</p></div>
</div>
</script>
<script type="text/ng-template" id="/app/views/tin-khac.html">
<ul class="ds-tinkhac"><li ng-repeat="t in dsTinKhac"><a href="#!/tin-tuc/{{t.Id}}/{{t.Alias}}">{{t.TieuDe}}</a> <span class="ngay">({{t.NgayDang | date:'dd/MM/yyyy'}})</span></li></ul>
<p ng-if="!dsTinKhac.length">Không có bài viết nào.</p>
</script>"""


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        lis = "".join(
            f'<!-- ngRepeat: c in m.Con --><li ng-repeat="c in m.Con" class="ng-scope">'
            f'<a ng-href="{h}" class="ng-binding" href="{h}">{esc(t)}</a></li><!-- end ngRepeat: c in m.Con -->'
            for h, t in items
        )
        return f'<ul class="dropdown-menu">{lis}</ul>'

    def top(label: str, href: str | None, children: list[tuple[str, str]] | None = None) -> str:
        if children:
            return (
                '<!-- ngRepeat: m in dsMenu --><li ng-repeat="m in dsMenu" class="dropdown ng-scope" '
                "ng-class=\"{'dropdown': m.Con.length}\">"
                '<a href="javascript:void(0)" class="dropdown-toggle ng-binding" data-toggle="dropdown">'
                f'{esc(label)} <b class="caret"></b></a>{sub(children)}</li><!-- end ngRepeat: m in dsMenu -->'
            )
        return (
            '<!-- ngRepeat: m in dsMenu --><li ng-repeat="m in dsMenu" class="ng-scope" '
            "ng-class=\"{'dropdown': m.Con.length}\">"
            f'<a ng-href="{href}" class="ng-binding" href="{href}">{esc(label)}</a></li>'
            "<!-- end ngRepeat: m in dsMenu -->"
        )

    def cat(alias: str) -> tuple[str, str]:
        return f"#!/danh-muc/{alias}", CATS[alias][0]

    return (
        '<nav class="navbar navbar-default menu-chinh" role="navigation"><div class="container">'
        '<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" '
        'data-target="#mnChinh"><span class="icon-bar"></span><span class="icon-bar"></span>'
        '<span class="icon-bar"></span></button></div>'
        '<div class="collapse navbar-collapse" id="mnChinh"><ul class="nav navbar-nav">'
        + '<li><a href="#!/" title="Trang chủ"><i class="fa fa-home"></i></a></li>'
        + top("Giới thiệu", None, [("#!/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")])
        + top("Tin tức", None, [cat("tin-hoat-dong"), cat("thi-tuyen-sinh"), cat("thong-bao")])
        + top("Chuyên môn", None, [cat("gd-trung-hoc"), cat("gd-thuong-xuyen")])
        + top("Văn bản", "/VanBan/Default.aspx")
        + top("Lịch công tác", "/LichCongTac.aspx?tuan=49")
        + top("Thư viện", None, [("#!/thu-vien-anh", "Thư viện ảnh"), ("#!/video", "Video")])
        + top("Liên hệ", "#!/lien-he")
        + "</ul>"
        '<form class="navbar-form navbar-right ng-pristine ng-valid" ng-submit="timKiem()">'
        '<input type="text" class="form-control input-sm ng-pristine ng-untouched ng-valid" '
        'ng-model="tuKhoa" placeholder="Tìm kiếm..."> <button type="submit" class="btn btn-sm">'
        '<i class="fa fa-search"></i></button></form></div></div></nav>'
    )


def _header() -> str:
    return (
        '<div id="top-bar"><div class="container"><span class="pull-left ng-binding" id="ngayhientai">'
        f'<i class="fa fa-calendar-o"></i> {TODAY_LINE}</span>'
        '<span class="pull-right"><a href="https://mail.hatinh.edu.vn" target="_blank">Thư điện tử</a> | '
        '<a href="https://qlvb.hatinh.edu.vn" target="_blank">Điều hành tác nghiệp</a> | '
        '<a href="https://www.facebook.com/sogddthatinh" target="_blank"><i class="fa fa-facebook-square">'
        "</i></a></span></div></div>"
        '<div id="banner"><div class="container"><a href="#!/"><img src="/Images/banner-sgd-2019.jpg" '
        'alt="SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH" class="img-responsive"></a></div></div>'
        + _menu()
        + '<div class="container"><div class="chay-chu"><marquee scrollamount="3" onmouseover="this.stop()" '
        'onmouseout="this.start()">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo '
        "Hà Tĩnh - Thi đua dạy tốt, học tốt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</marquee>"
        "</div></div>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<!-- ngRepeat: t in dsDocNhieu --><li ng-repeat="t in dsDocNhieu" class="ng-scope">'
        f'<a ng-href="{art_href(BY_ID[i], False)}" class="ng-binding" href="{art_href(BY_ID[i], False)}">'
        f"{esc(BY_ID[i].title)}</a></li><!-- end ngRepeat: t in dsDocNhieu -->"
        for i in MOST_READ
    )
    return (
        '<div class="col-md-3 cot-phai">'
        '<div class="khoi-p"><div class="khoi-p-td"><i class="fa fa-fire"></i> TIN ĐỌC NHIỀU</div>'
        f'<ul class="ds-p">{most}</ul></div>'
        '<div class="khoi-p"><div class="khoi-p-td">VĂN BẢN MỚI</div><ul class="ds-p">'
        '<li><a href="/VanBan/ChiTiet.aspx?id=1452">2718/TB-SGDĐT - Thông báo tuyển dụng viên chức '
        "giáo viên năm 2026 (đợt 2)</a></li>"
        '<li><a href="/VanBan/ChiTiet.aspx?id=1449">2650/SGDĐT-GDTrH - V/v hướng dẫn thực hiện '
        "nhiệm vụ giáo dục STEM</a></li></ul>"
        '<a class="xemtatca" href="/VanBan/Default.aspx">Xem tất cả »</a></div>'
        '<div class="khoi-p"><div class="khoi-p-td">LỊCH CÔNG TÁC</div>'
        '<a href="/LichCongTac.aspx?tuan=49"><img src="/Images/lich-cong-tac.png" alt="Lịch công tác tuần" '
        'class="img-responsive"></a></div>'
        '<div class="khoi-p"><div class="khoi-p-td">LIÊN KẾT WEBSITE</div>'
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://csdl.moet.gov.vn">CSDL ngành giáo dục</option></select>'
        '<a href="https://hatinh.edu.vn/hsgd" target="_blank"><img src="/Images/banner-hscv.jpg" '
        'alt="Hệ thống hồ sơ công việc" class="img-responsive"></a></div>'
        '<div class="khoi-p" ng-controller="BinhChonCtrl"><div class="khoi-p-td">THĂM DÒ Ý KIẾN</div>'
        '<p class="ng-binding">Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>'
        '<div class="radio"><label><input type="radio" name="bc" value="1" ng-model="chon"> Rất hữu ích</label></div>'
        '<div class="radio"><label><input type="radio" name="bc" value="2" ng-model="chon"> Hữu ích</label></div>'
        '<div class="radio"><label><input type="radio" name="bc" value="3" ng-model="chon"> Bình thường</label></div>'
        '<button class="btn btn-primary btn-xs" ng-click="bieuQuyet()">Biểu quyết</button> '
        '<button class="btn btn-default btn-xs" ng-click="xemKQ()">Xem kết quả</button></div>'
        '<div class="khoi-p"><div class="khoi-p-td">THÔNG BÁO</div><div class="tb-p">'
        "<p>Từ ngày 01/12/2026, các đơn vị gửi văn bản qua hệ thống quản lý văn bản và điều hành; "
        "không gửi bản giấy về Văn phòng Sở.</p></div></div>"
        '<div class="khoi-p"><div class="khoi-p-td">THỐNG KÊ TRUY CẬP</div><table class="tk">'
        '<tr><td>Đang online:</td><td class="ng-binding">37</td></tr>'
        '<tr><td>Hôm nay:</td><td class="ng-binding">1.204</td></tr>'
        '<tr><td>Tháng này:</td><td class="ng-binding">6.880</td></tr>'
        '<tr><td>Tổng truy cập:</td><td class="ng-binding">8.412.337</td></tr></table></div>'
        "</div>"
    )


def _footer() -> str:
    return (
        '<div id="chan-trang"><div class="container"><div class="row"><div class="col-md-8">'
        "<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>"
        "<p>Địa chỉ: Số 41, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.226 - Fax: 0239.3856.134 - Email: sogddt@hatinh.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hòa - Phó Giám đốc Sở</p>"
        "<p>Giấy phép số 09/GP-TTĐT do Sở Thông tin và Truyền thông Hà Tĩnh cấp ngày 12/5/2015.</p>"
        '</div><div class="col-md-4 text-right"><p>© 2015 Bản quyền thuộc Sở GD&amp;ĐT Hà Tĩnh</p>'
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        '<p class="tk">Thiết kế bởi <a href="http://honglinhsoft.vn" target="_blank">HongLinhSoft</a></p>'
        '<p><a href="#!/">Trang chủ</a> | <a href="#!/lien-he">Liên hệ</a> | '
        '<a href="#" onclick="window.scrollTo(0,0);return false;">Lên đầu trang</a></p>'
        "</div></div></div></div>"
    )


def _page(req: Request, route: str | None, title: str, view: str, head: str = "",
          description: str | None = None) -> Response:
    """A PhantomJS snapshot: the whole DOM as rendered. ``route`` None is the raw shell."""
    host = base_url(req)
    snapshot = route is not None
    canon = (
        f'<link rel="canonical" href="{host}/#!{esc(route)}">'
        f'<meta property="og:url" content="{host}/#!{esc(route)}">'
        if snapshot and route not in ("", "/")
        else ""
    )
    desc = description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh"
    body = (
        '<!DOCTYPE html>\n<html lang="vi" ng-app="sgdhtApp" class="ng-scope"><head>'
        + (_HEAD_STYLE if snapshot else "")
        + '<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="fragment" content="!"><base href="/">'
        f'<title ng-bind="$root.tieuDe" class="ng-binding">{esc(title)}</title>'
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:title" content="{esc(title)}">'
        f"{canon}{head}"
        '<link rel="shortcut icon" href="/favicon.ico">'
        '<link href="/Content/bootstrap.min.css" rel="stylesheet">'
        '<link href="/Content/font-awesome.min.css" rel="stylesheet">'
        '<link href="/Content/site.css?v=20190312" rel="stylesheet">'
        '</head><body ng-controller="MainCtrl" class="ng-scope">'
        + _header()
        + '<div class="container" id="noi-dung"><div class="row"><div class="col-md-9 cot-trai">'
        + f'<!-- ngView:  --><div ng-view="" class="ng-scope">{view}</div>'
        + "</div>"
        + _sidebar()
        + "</div></div>"
        + _footer()
        + "\n"
        + _SCRIPTS
        + "\n"
        + _TEMPLATES
        + "\n</body></html>"
    )
    return html(body, headers={"X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/8.5"})


def _shell(req: Request) -> Response:
    """``/`` as the server sends it: Angular has not run, every binding is raw."""
    body = (
        '<!DOCTYPE html>\n<html lang="vi" ng-app="sgdhtApp"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="fragment" content="!"><base href="/">'
        f'<title ng-bind="$root.tieuDe">{SITE}</title>'
        '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh">'
        '<link rel="shortcut icon" href="/favicon.ico">'
        '<link href="/Content/bootstrap.min.css" rel="stylesheet">'
        '<link href="/Content/font-awesome.min.css" rel="stylesheet">'
        '<link href="/Content/site.css?v=20190312" rel="stylesheet"></head>'
        '<body ng-controller="MainCtrl" ng-cloak>'
        '<div id="top-bar"><div class="container"><span class="pull-left" id="ngayhientai">'
        '<i class="fa fa-calendar-o"></i> {{ngayHienTai}}</span></div></div>'
        '<div id="banner"><div class="container"><a href="#!/"><img src="/Images/banner-sgd-2019.jpg" '
        'alt="SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH" class="img-responsive"></a></div></div>'
        '<nav class="navbar navbar-default menu-chinh"><div class="container"><ul class="nav navbar-nav">'
        '<li><a href="#!/" title="Trang chủ"><i class="fa fa-home"></i></a></li>'
        "<li ng-repeat=\"m in dsMenu\" ng-class=\"{'dropdown': m.Con.length}\">"
        '<a ng-href="{{m.Url}}">{{m.Ten}}</a>'
        '<ul class="dropdown-menu" ng-if="m.Con.length"><li ng-repeat="c in m.Con">'
        '<a ng-href="{{c.Url}}">{{c.Ten}}</a></li></ul></li></ul></div></nav>'
        '<div class="container" id="noi-dung"><div class="row"><div class="col-md-9 cot-trai">'
        '<div ng-view></div>'
        '<noscript><div class="alert alert-warning">Trình duyệt của bạn đã tắt JavaScript. Vui lòng '
        "bật JavaScript để xem nội dung Cổng thông tin.</div></noscript></div>"
        '<div class="col-md-3 cot-phai" ng-include="\'/app/views/cot-phai.html\'"></div></div></div>'
        + _footer()
        + "\n"
        + _SCRIPTS
        + "\n"
        + _TEMPLATES
        + "\n</body></html>"
    )
    return html(body, headers={"X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/8.5"})


# --- article body --------------------------------------------------------------------------


def _t(value: str) -> str:
    return esc(value).replace("&#x27;", "'").replace("&quot;", '"')


def _img_tag(src: str) -> str:
    return f'<img alt="" src="{src}" style="width: 600px; height: 400px;">'


def render_blocks(blocks: list, *, entities: bool = False) -> str:
    """CKEditor HTML of the NoiDung field; consecutive list items/table rows/br-lines grouped."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            line = _t(b.printed) if b.printed else ""
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block">{_img_tag(b.src)}'
                    f"<figcaption>{line}</figcaption></figure>"
                )
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px">'
                    f"<tbody><tr><td>{_img_tag(b.src)}</td></tr>"
                    f'<tr><td style="text-align:center"><span style="font-size:12px"><i>{line}</i></span>'
                    "</td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                if line:
                    out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
        elif b.style in ("li", "row", "br", "mso"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br>\n".join(_t(p.text) for p in group) + "</p>")
            elif b.style == "mso":
                rows = []
                for n, p in enumerate(group):
                    cls = "MsoListParagraphCxSpFirst" if n == 0 else (
                        "MsoListParagraphCxSpLast" if n == len(group) - 1 else "MsoListParagraphCxSpMiddle")
                    rows.append(
                        f'<p class="{cls}" style="margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1">'
                        '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:'
                        'Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span '
                        'style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                        '</span></span></span><!--[endif]--><span style="font-size:14.0pt;line-height:115%;'
                        f'font-family:&quot;Times New Roman&quot;,serif">{_t(p.text)}</span></p>'
                    )
                out.append("".join(rows))
            else:
                trs = []
                for n, p in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{_t(c)}</{tag}>" for c in p.text.split(" | "))
                    trs.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" '
                    'style="width:100%; border-collapse:collapse"><tbody>' + "".join(trs) + "</tbody></table>"
                )
        elif b.style.startswith("<"):
            out.append(b.style)
        elif b.style == "h3":
            out.append(f"<h3><strong>{_t(b.text)}</strong></h3>")
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{_t(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    return ckeditor_entities(markup) if entities else markup


def ckeditor_entities(markup: str) -> str:
    """CKEditor 4's default ``entities`` config: Latin-1 letters as named references."""
    return "".join(
        f"&{codepoint2name[ord(ch)]};" if 160 <= ord(ch) < 256 and ord(ch) in codepoint2name else ch
        for ch in markup
    )


# --- views ---------------------------------------------------------------------------------


def _crumb(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="#!/"><i class="fa fa-home"></i> Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}" class="ng-binding">{esc(label)}</a>' if href else
                     f'<span class="ng-binding">{esc(label)}</span>')
    return '<div class="dd-link">' + ' <i class="fa fa-angle-right"></i> '.join(parts) + "</div>"


def _tin_khac(s: Story) -> str:
    head = '<div class="tinkhac"><div class="tinkhac-td"><i class="fa fa-list"></i> CÁC TIN KHÁC</div>'
    if s.opts.get("tinkhac_dang_tai"):
        return (
            head + '<div class="loading" ng-show="dangTaiTinKhac"><img src="/Images/loading.gif" alt=""> '
            'Đang tải dữ liệu...</div><ul class="ds-tinkhac"><!-- ngRepeat: t in dsTinKhac --></ul></div>'
        )
    others = [o for o in cat_stories(s.cat) if o.id != s.id][:4]
    lis = "".join(
        f'<!-- ngRepeat: t in dsTinKhac --><li ng-repeat="t in dsTinKhac" class="ng-scope">'
        f'<a href="{art_href(o)}" class="ng-binding">{esc(o.title)}</a> '
        f'<span class="ngay ng-binding">({day(o)})</span></li><!-- end ngRepeat: t in dsTinKhac -->'
        for o in others
    )
    return head + f'<ul class="ds-tinkhac">{lis}</ul></div>'


def article_view(req: Request, s: Story) -> Response:
    host = base_url(req)
    name, parent = CATS[s.cat]
    dt = _dt(s)
    sapo = s.summary if s.sapo_outside else None
    sapo_div = (
        f'<div class="ct-mt ng-binding" ng-show="tin.MoTa"><b class="ng-binding">{_t(sapo)}</b></div>'
        if sapo
        else '<div class="ct-mt ng-binding ng-hide" ng-show="tin.MoTa"><b class="ng-binding"></b></div>'
    )
    tg = s.opts.get("tacgia")
    tg_div = (
        f'<div class="ct-tg ng-binding" ng-show="tin.TacGia" style="text-align:right"><b>{_t(tg)}</b></div>'
        if tg
        else '<div class="ct-tg ng-binding ng-hide" ng-show="tin.TacGia" style="text-align:right"><b></b></div>'
    )
    ng = s.opts.get("nguon")
    ng_div = (
        f'<div class="ct-ng ng-binding" ng-show="tin.NguonTin" style="text-align:right"><i>Nguồn: {_t(ng)}</i></div>'
        if ng
        else '<div class="ct-ng ng-binding ng-hide" ng-show="tin.NguonTin"></div>'
    )
    dk = s.opts.get("dinhkem")
    dk_div = (
        '<div class="ct-dk" ng-show="tin.DinhKem.length"><b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b> '
        f'<!-- ngRepeat: f in tin.DinhKem --><a href="{dk[0]}" target="_blank" class="ng-binding ng-scope">'
        f"{esc(dk[1])}</a><!-- end ngRepeat: f in tin.DinhKem --></div>"
        if dk
        else ""
    )
    cn = s.opts.get("capnhat")
    cn_div = f'<div class="ct-cn ng-binding"><i>Cập nhật: {cn}</i></div>' if cn else ""
    share = quote(f"{host}/#!{art_route(s)}", safe="")
    view = (
        '<div class="ct-tin ng-scope" ng-controller="ChiTietTinCtrl">'
        + _crumb((None, parent), (f"#!/danh-muc/{s.cat}", name))
        + '<div class="alert alert-warning ng-hide" ng-show="loi">Bài viết không tồn tại hoặc đã bị xóa.</div>'
        '<div class="loading ng-hide" ng-show="dangTai"><img src="/Images/loading.gif" alt=""> Đang tải dữ liệu...</div>'
        f'<h1 class="ct-td ng-binding">{_t(s.title)}</h1>'
        '<div class="ct-tt">'
        f'<span class="ng-binding"><i class="fa fa-clock-o"></i> {dt:%H:%M} | {dt:%d/%m/%Y}</span> '
        f'<span class="ng-binding"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span> '
        f'<span class="ng-binding"><i class="fa fa-user"></i> Người đăng: {esc(s.opts["nguoidang"])}</span>'
        "</div>"
        + sapo_div
        + f'<div class="ct-nd ng-binding" ng-bind-html="tin.NoiDung | trustHtml">{render_blocks(s.blocks)}</div>'
        + tg_div
        + ng_div
        + dk_div
        + cn_div
        + '<div class="ct-cc"><a href="javascript:void(0)" ng-click="inBai(tin.Id)"><i class="fa fa-print"></i> In bài</a> '
        '<a href="javascript:void(0)" ng-click="guiEmail(tin.Id)"><i class="fa fa-envelope"></i> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a> '
        f'<a href="https://sp.zalo.me/share_inline?d={share}" target="_blank">Zalo</a> '
        '<a href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a></div>'
        + _tin_khac(s)
        + "</div>"
    )
    utc = dt - timedelta(hours=7)
    head = (
        '<meta property="og:type" content="article">'
        f'<meta property="og:image" content="{host}{thumb(s)}">'
        f'<meta itemprop="datePublished" content="{utc:%Y-%m-%dT%H:%M:%S}.000Z">'
    )
    return _page(req, art_route(s), f"{s.title} - {SITE}", view, head, teaser_text(s))


def _teaser(s: Story) -> str:
    return (
        '<!-- ngRepeat: t in dsTin --><div class="tin-item row ng-scope" ng-repeat="t in dsTin">'
        f'<div class="col-xs-4"><a ng-href="{art_href(s)}" href="{art_href(s)}"><img ng-src="{thumb(s)}" '
        f'src="{thumb(s)}" class="img-responsive" alt="{esc(s.title)}"></a></div>'
        f'<div class="col-xs-8"><h4><a ng-href="{art_href(s)}" class="ng-binding" href="{art_href(s)}">'
        f"{_t(teaser_title(s.title))}</a></h4>"
        f'<span class="ngay ng-binding"><i class="fa fa-calendar"></i> {day(s)}</span>'
        f'<p class="ng-binding">{_t(teaser_text(s))}</p></div></div><!-- end ngRepeat: t in dsTin -->'
    )


def _pager(alias: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    lis = [
        '<li ng-if="::boundaryLinks" ng-class="{disabled: noPrevious()||ngDisabled}" '
        f'class="pagination-first ng-scope{" disabled" if page == 1 else ""}">'
        '<a href="" ng-click="selectPage(1, $event)" class="ng-binding">«</a></li>'
    ]
    for n in range(1, pages + 1):
        lis.append(
            '<!-- ngRepeat: page in pages track by $index --><li ng-repeat="page in pages track by $index" '
            f'class="pagination-page ng-scope{" active" if n == page else ""}">'
            f'<a href="#!/danh-muc/{alias}?trang={n}" ng-click="selectPage(page.number, $event)" '
            f'class="ng-binding">{n}</a></li><!-- end ngRepeat: page in pages track by $index -->'
        )
    lis.append(
        '<li ng-if="::boundaryLinks" ng-class="{disabled: noNext()||ngDisabled}" '
        f'class="pagination-last ng-scope{" disabled" if page == pages else ""}">'
        '<a href="" ng-click="selectPage(totalPages, $event)" class="ng-binding">»</a></li>'
    )
    return (
        f'<ul uib-pagination="" total-items="tongSo" ng-model="trang" items-per-page="{PAGE_SIZE}" '
        'max-size="5" boundary-links="true" first-text="«" last-text="»" '
        'class="pagination-sm pagination ng-pristine ng-untouched ng-valid ng-isolate-scope">'
        + "".join(lis)
        + "</ul>"
    )


def listing_view(req: Request, alias: str, page: int) -> Response | None:
    stories = cat_stories(alias)
    pages = cat_pages(alias)
    if not 1 <= page <= pages:
        return None
    name, parent = CATS[alias]
    chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    items = "".join(_teaser(s) for s in chunk) or (
        '<p class="khong-co ng-scope">Chưa có bài viết trong chuyên mục này.</p>'
    )
    view = (
        '<div class="ds-tin ng-scope" ng-controller="DanhMucCtrl">'
        + _crumb((None, parent), (None, name))
        + f'<h2 class="dm-td ng-binding">{esc(name)}</h2>'
        '<div class="loading ng-hide" ng-show="dangTai"><img src="/Images/loading.gif" alt=""> Đang tải dữ liệu...</div>'
        + items
        + '<div class="text-center">'
        + _pager(alias, page, pages)
        + "</div></div>"
    )
    route = f"/danh-muc/{alias}" + (f"?trang={page}" if page > 1 else "")
    return _page(req, route, f"{name} - {SITE}", view)


def home_view(req: Request) -> Response:
    slides = "".join(
        f'<div uib-slide="" ng-repeat="t in dsNoiBat" class="item text-center ng-isolate-scope{" active" if n == 0 else ""}">'
        f'<a href="{art_href(BY_ID[i], False)}"><img src="{thumb(BY_ID[i])}" alt="" class="img-responsive"></a>'
        f'<div class="carousel-caption"><a href="{art_href(BY_ID[i], False)}" class="ng-binding">{_t(BY_ID[i].title)}</a>'
        "</div></div>"
        for n, i in enumerate(FEATURED)
    )
    newest = "".join(
        f'<li class="ng-scope"><a href="{art_href(s)}" class="ng-binding">{_t(teaser_title(s.title))}</a> '
        f'<span class="ngay ng-binding">({day(s)[:5]})</span></li>'
        for s in STORIES[:5]
    )
    boxes = []
    for alias in ("tin-hoat-dong", "thi-tuyen-sinh", "thong-bao", "gd-trung-hoc"):
        top = cat_stories(alias)[:3]
        first, rest = top[0], top[1:]
        boxes.append(
            f'<div class="khoi-dm"><div class="khoi-dm-td"><a href="#!/danh-muc/{alias}">{esc(CATS[alias][0]).upper()}</a></div>'
            f'<div class="row"><div class="col-sm-5"><a href="{art_href(first)}"><img src="{thumb(first)}" '
            'class="img-responsive" alt=""></a></div>'
            f'<div class="col-sm-7"><h4><a href="{art_href(first)}" class="ng-binding">{_t(teaser_title(first.title))}</a></h4>'
            f'<p class="ng-binding">{_t(teaser_text(first))}</p></div></div><ul class="ds-dm">'
            + "".join(f'<li><a href="{art_href(o)}" class="ng-binding">{_t(teaser_title(o.title))}</a></li>' for o in rest)
            + f'</ul><a class="xemthem" href="#!/danh-muc/{alias}">Xem thêm »</a></div>'
        )
    view = (
        '<div class="trang-chu ng-scope" ng-controller="TrangChuCtrl"><div class="row">'
        '<div class="col-md-7"><div uib-carousel="" interval="5000" class="carousel slide ng-isolate-scope">'
        f'<div class="carousel-inner" ng-transclude="">{slides}</div></div></div>'
        '<div class="col-md-5"><div class="khoi-dm-td">TIN MỚI</div>'
        f'<ul class="ds-moi">{newest}</ul></div></div>'
        + "".join(boxes)
        + '<div class="row"><div class="col-sm-6"><div class="khoi-dm-td"><a href="#!/video">VIDEO</a></div>'
        '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
        'src="https://www.youtube.com/embed/q1Xn0KTr9c4" allowfullscreen></iframe></div>'
        '<a href="#!/video/15">Phóng sự: Hà Tĩnh - hành trình chuyển đổi số trong giáo dục</a></div>'
        '<div class="col-sm-6"><div class="khoi-dm-td"><a href="#!/thu-vien-anh">THƯ VIỆN ẢNH</a></div>'
        f'<a href="#!{ALBUM_ROUTE}"><img src="/Uploads/Album/2026/7/bia.jpg" class="img-responsive" alt=""></a>'
        f'<a href="#!{ALBUM_ROUTE}">Tuyên dương nhà giáo tiêu biểu năm 2026</a></div></div>'
        "</div>"
    )
    return _page(req, "/", f"Trang chủ - {SITE}", view)


ALBUM_ROUTE = "/thu-vien-anh/7/tuyen-duong-nha-giao-tieu-bieu-nam-2026"


def intro_view(req: Request) -> Response:
    rows = [
        ("Nguyễn Văn Hòa", "Phó Giám đốc phụ trách", "0239.3855.226"),
        ("Lê Thị Thanh Bình", "Phó Giám đốc", "0239.3855.368"),
        ("Trần Quốc Việt", "Phó Giám đốc", "0239.3856.117"),
    ]
    trs = "".join(
        f'<tr ng-repeat="ld in dsLanhDao" class="ng-scope"><td class="ng-binding">{a}</td>'
        f'<td class="ng-binding">{b}</td><td class="ng-binding">{c}</td></tr>'
        for a, b, c in rows
    )
    view = (
        '<div class="trang-tinh ng-scope" ng-controller="TrangTinhCtrl">'
        + _crumb((None, "Giới thiệu"), (None, "Cơ cấu tổ chức"))
        + '<h1 class="ct-td ng-binding">Cơ cấu tổ chức</h1><div class="ct-nd ng-binding">'
        "<p><strong>I. Lãnh đạo Sở</strong></p>"
        '<table class="table table-bordered"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        f"{trs}</table>"
        "<p><strong>II. Các phòng chuyên môn, nghiệp vụ</strong></p>"
        "<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li>"
        "<li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non - Tiểu học (GDMN-TH)</li>"
        "<li>Phòng Giáo dục Trung học (GDTrH)</li><li>Phòng Giáo dục chuyên nghiệp và Giáo dục thường xuyên</li>"
        "<li>Phòng Khảo thí và Quản lý chất lượng giáo dục (KT-QLCLGD)</li></ul>"
        "<p><strong>III. Các đơn vị trực thuộc</strong></p>"
        "<p>38 trường THPT, 2 trường phổ thông dân tộc nội trú, Trung tâm Giáo dục thường xuyên tỉnh và "
        "các trung tâm GDNN-GDTX.</p></div></div>"
    )
    return _page(req, "/gioi-thieu/co-cau-to-chuc", f"Cơ cấu tổ chức - {SITE}", view)


def contact_view(req: Request) -> Response:
    view = (
        '<div class="lien-he ng-scope" ng-controller="LienHeCtrl">'
        + _crumb((None, "Liên hệ"))
        + '<h1 class="ct-td">Liên hệ</h1>'
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>"
        "<p>Địa chỉ: Số 41, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.226 - Email: sogddt@hatinh.edu.vn</p>"
        '<form name="frmLienHe" ng-submit="guiLienHe(frmLienHe.$valid)" novalidate class="ng-pristine ng-invalid">'
        '<div class="form-group"><label>Họ và tên (*)</label><input type="text" class="form-control" ng-model="lh.HoTen" required></div>'
        '<div class="form-group"><label>Email (*)</label><input type="email" class="form-control" ng-model="lh.Email" required></div>'
        '<div class="form-group"><label>Tiêu đề</label><input type="text" class="form-control" ng-model="lh.TieuDe"></div>'
        '<div class="form-group"><label>Nội dung (*)</label><textarea rows="6" class="form-control" ng-model="lh.NoiDung" required></textarea></div>'
        '<button type="submit" class="btn btn-primary">Gửi liên hệ</button> '
        '<span class="text-success ng-hide" ng-show="daGui">Cảm ơn bạn đã gửi liên hệ!</span></form>'
        '<div class="ban-do"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3789.1" '
        'width="100%" height="300" frameborder="0"></iframe></div></div>'
    )
    return _page(req, "/lien-he", f"Liên hệ - {SITE}", view)


ALBUM_PHOTOS = [
    "Lãnh đạo tỉnh chụp ảnh lưu niệm cùng các nhà giáo tiêu biểu",
    "Tiết mục văn nghệ chào mừng",
    "Trao Bằng khen cho các nhà giáo",
    "Các đại biểu dự lễ tuyên dương",
]


def albums_view(req: Request) -> Response:
    view = (
        '<div class="thu-vien ng-scope">' + _crumb((None, "Thư viện"), (None, "Thư viện ảnh"))
        + '<h2 class="dm-td">Thư viện ảnh</h2><div class="row">'
        f'<div class="col-sm-4 ng-scope" ng-repeat="a in dsAlbum"><a href="#!{ALBUM_ROUTE}">'
        '<img src="/Uploads/Album/2026/7/bia.jpg" class="img-responsive" alt=""></a>'
        f'<p><a href="#!{ALBUM_ROUTE}" class="ng-binding">Tuyên dương nhà giáo tiêu biểu năm 2026</a></p>'
        '<span class="ngay ng-binding">19/11/2026 - 4 ảnh</span></div></div></div>'
    )
    return _page(req, "/thu-vien-anh", f"Thư viện ảnh - {SITE}", view)


def album_view(req: Request) -> Response:
    items = "".join(
        f'<div class="col-sm-6 ng-scope" ng-repeat="a in album.Anh"><a href="/Uploads/Album/2026/7/{n + 1:02d}.jpg" '
        f'data-lightbox="album7" title="{esc(c)}"><img src="/Uploads/Album/2026/7/thumb_{n + 1:02d}.jpg" '
        f'class="img-thumbnail" alt="{esc(c)}"></a><p class="ng-binding">{esc(c)}</p></div>'
        for n, c in enumerate(ALBUM_PHOTOS)
    )
    view = (
        '<div class="album ng-scope" ng-controller="AlbumCtrl">' + _crumb(("#!/thu-vien-anh", "Thư viện ảnh"))
        + '<h1 class="ct-td ng-binding">Tuyên dương nhà giáo tiêu biểu năm 2026</h1>'
        '<div class="ct-tt"><span class="ng-binding"><i class="fa fa-clock-o"></i> 19/11/2026</span></div>'
        f'<div class="row">{items}</div></div>'
    )
    return _page(req, ALBUM_ROUTE, f"Tuyên dương nhà giáo tiêu biểu năm 2026 - {SITE}", view)


def videos_view(req: Request) -> Response:
    view = (
        '<div class="thu-vien ng-scope">' + _crumb((None, "Thư viện"), (None, "Video"))
        + '<h2 class="dm-td">Video</h2><div class="row"><div class="col-sm-6 ng-scope" ng-repeat="v in dsVideo">'
        '<a href="#!/video/15"><img src="https://img.youtube.com/vi/q1Xn0KTr9c4/hqdefault.jpg" class="img-responsive" alt=""></a>'
        '<p><a href="#!/video/15" class="ng-binding">Phóng sự: Hà Tĩnh - hành trình chuyển đổi số trong giáo dục</a></p>'
        "</div></div></div>"
    )
    return _page(req, "/video", f"Video - {SITE}", view)


def video_view(req: Request) -> Response:
    view = (
        '<div class="video ng-scope" ng-controller="VideoCtrl">' + _crumb(("#!/video", "Video"))
        + '<h1 class="ct-td ng-binding">Phóng sự: Hà Tĩnh - hành trình chuyển đổi số trong giáo dục</h1>'
        '<div class="ct-tt"><span class="ng-binding"><i class="fa fa-clock-o"></i> 10:00 | 27/11/2026</span></div>'
        '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
        'src="https://www.youtube.com/embed/q1Xn0KTr9c4" allowfullscreen></iframe></div>'
        '<p class="ng-binding">Phóng sự do Đài Phát thanh - Truyền hình Hà Tĩnh thực hiện về những kết quả '
        "bước đầu của ngành giáo dục tỉnh trong chuyển đổi số.</p></div>"
    )
    return _page(req, "/video/15", f"Video - {SITE}", view)


# --- plain server pages (ASP.NET WebForms left from the 2010 site) ------------------------

DOCS = {
    1452: ("2718/TB-SGDĐT", "30/11/2026", "Thông báo", "Thông báo tuyển dụng viên chức giáo viên năm 2026 (đợt 2)",
           "Nguyễn Văn Hòa", "/Uploads/Files/2026/TB-2718-tuyen-dung-dot2.pdf"),
    1449: ("2650/SGDĐT-GDTrH", "22/10/2026", "Công văn", "V/v hướng dẫn thực hiện nhiệm vụ giáo dục STEM cấp trung học "
           "năm học 2026-2027", "Lê Thị Thanh Bình", "/Uploads/Files/2026/CV-2650-STEM.pdf"),
}


def _webforms(title: str, inner: str) -> Response:
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(title)}</title>'
        '<link href="/Styles/vanban.css" rel="stylesheet" type="text/css" /></head><body>'
        '<form name="form1" method="post" id="form1"><div><input type="hidden" name="__VIEWSTATE" '
        'id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>'
        '<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td><a href="/#!/"><img src="/Images/banner-sgd-2019.jpg" width="1000" border="0" alt="" /></a></td></tr>'
        f'<tr><td class="menu-cu"><span style="float:right">{TODAY_LINE}</span>'
        '<a href="/#!/">Trang chủ</a> | <a href="/VanBan/Default.aspx">Văn bản</a> | '
        '<a href="/LichCongTac.aspx?tuan=49">Lịch công tác</a> | <a href="/#!/lien-he">Liên hệ</a></td></tr>'
        f'<tr><td style="padding:10px">{inner}</td></tr>'
        '<tr><td class="chantrang" align="center">Sở Giáo dục và Đào tạo Hà Tĩnh - Số 41, đường Phan Đình Phùng, '
        "phường Thành Sen, tỉnh Hà Tĩnh<br />ĐT: 0239.3855.226 - Email: sogddt@hatinh.edu.vn</td></tr>"
        "</table></form></body></html>"
    )
    return html(body, headers={"X-Powered-By": "ASP.NET", "X-AspNet-Version": "4.0.30319"})


def vanban_list() -> Response:
    rows = "".join(
        f'<tr><td>{d[0]}</td><td>{d[1]}</td><td>{d[2]}</td>'
        f'<td><a href="/VanBan/ChiTiet.aspx?id={i}">{esc(d[3])}</a></td></tr>'
        for i, d in DOCS.items()
    )
    return _webforms(
        "Văn bản - Sở GD&ĐT Hà Tĩnh",
        '<div class="tieude-vb">VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</div>'
        '<table id="ctl00_gvVanBan" class="gv" cellspacing="0" rules="all" border="1" style="width:100%">'
        '<tr class="gv-head"><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại</th><th>Trích yếu</th></tr>'
        f"{rows}</table>",
    )


def vanban_detail(i: int) -> Response | None:
    d = DOCS.get(i)
    if d is None:
        return None
    return _webforms(
        f"{d[3]} - Sở GD&ĐT Hà Tĩnh",
        '<div class="tieude-vb">CHI TIẾT VĂN BẢN</div><table class="ctvb" border="1" cellpadding="5" '
        'style="width:100%;border-collapse:collapse">'
        f"<tr><td width=\"25%\">Số/Ký hiệu</td><td>{d[0]}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{d[1]}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{d[2]}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td>Người ký</td><td>{d[4]}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(d[3])}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{d[5]}"><img src="/Images/pdf.gif" alt="" /> Tải về</a></td></tr>'
        '</table><p><a href="/VanBan/Default.aspx">« Quay lại danh sách</a></p>',
    )


def lich_cong_tac() -> Response:
    entries = [
        ("Thứ Hai 30/11", "Sáng: Giao ban Lãnh đạo Sở", "Chiều: Làm việc tại Văn phòng"),
        ("Thứ Ba 01/12", "Sáng: Đồng chí Hòa dự họp UBND tỉnh", "Chiều: Coi thi HSG lớp 12"),
        ("Thứ Tư 02/12", "Sáng: Kiểm tra coi thi HSG lớp 12", "Chiều: Làm việc tại Văn phòng"),
        ("Thứ Năm 03/12", "Sáng: Họp Hội đồng tuyển dụng", "Chiều: Làm việc tại Văn phòng"),
        ("Thứ Sáu 04/12", "Sáng: Hội nghị tập huấn chuyển đổi số", "Chiều: Làm việc tại Văn phòng"),
    ]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in entries)
    return _webforms(
        "Lịch công tác tuần 49 - Sở GD&ĐT Hà Tĩnh",
        '<div class="tieude-vb">LỊCH CÔNG TÁC TUẦN 49 (TỪ 30/11/2026 ĐẾN 06/12/2026)</div>'
        '<table border="1" cellpadding="5" style="width:100%;border-collapse:collapse">'
        f"<tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>{rows}</table>",
    )


def print_view(s: Story) -> Response:
    dt = _dt(s)
    sapo = f"<p><b>{_t(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    tg = f'<p align="right"><b>{_t(s.opts["tacgia"])}</b></p>' if s.opts.get("tacgia") else ""
    ng = f'<p align="right"><i>Nguồn: {_t(s.opts["nguon"])}</i></p>' if s.opts.get("nguon") else ""
    body = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>In bài viết</title>'
        '<link href="/Styles/print.css" rel="stylesheet" /></head><body onload="window.print()">'
        f'<div class="in-tieude"><img src="/Images/logo-sgd.png" alt="" height="50" /> {SITE.upper()}</div><hr />'
        f"<h2>{_t(s.title)}</h2><p><i>Ngày đăng: {dt:%d/%m/%Y %H:%M}</i></p>{sapo}"
        f"{render_blocks(s.blocks, entities=True)}{tg}{ng}"
        '<hr /><p style="font-size:11px">Địa chỉ bài viết: ' + f"http://www.hatinh.edu.vn/#!{esc(art_route(s))}</p>"
        "</body></html>"
    )
    return html(body, headers={"X-Powered-By": "ASP.NET"})


# --- JSON API, robots, sitemap ------------------------------------------------------------


def _api_item(s: Story, full: bool) -> dict:
    item = {
        "Id": s.id, "Alias": s.slug, "TieuDe": s.title, "MoTa": s.summary if s.sapo_outside else "",
        "AnhDaiDien": thumb(s), "NgayDang": _dt(s).strftime("%Y-%m-%dT%H:%M:%S"), "DanhMuc": CATS[s.cat][0],
    }
    if full:
        item.update({"NoiDung": render_blocks(s.blocks), "TacGia": s.opts.get("tacgia", ""),
                     "NguonTin": s.opts.get("nguon", ""), "LuotXem": s.views()})
    return item


def api(req: Request) -> Response | None:
    p = req.params
    if req.path == "/api/TinTuc/ChiTiet":
        s = BY_ID.get(int(p["id"])) if p.get("id", "").isdigit() else None
        data = _api_item(s, True) if s else None
    elif req.path == "/api/TinTuc/DanhSach":
        alias = p.get("danhMuc", "")
        if alias not in CATS:
            return None
        page = int(p["trang"]) if p.get("trang", "").isdigit() else 1
        chunk = cat_stories(alias)[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        data = {"TongSo": len(cat_stories(alias)), "DanhSach": [_api_item(s, False) for s in chunk]}
    else:
        return None
    if data is None:
        return Response(404, b'{"Message":"No HTTP resource was found."}', {"Content-Type": "application/json"})
    return Response(200, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                    {"Content-Type": "application/json; charset=utf-8"})


def robots(req: Request) -> Response:
    txt = (
        "User-agent: *\nDisallow: /api/\nDisallow: /Admin/\nDisallow: /InTin.aspx\n\n"
        f"Sitemap: {base_url(req)}/sitemap.xml\n"
    )
    return Response(200, txt.encode(), {"Content-Type": "text/plain"})


def sitemap(req: Request) -> Response:
    host = base_url(req)
    urls = [("/", "2026-11-10", "daily")]
    urls += [(f"/danh-muc/{a}", "2026-11-10", "daily") for a in CATS if cat_stories(a)]
    old = [s for s in STORIES if s.opts["ngay"][:10] <= SITEMAP_CUTOFF]
    urls += [(art_route(s), s.opts["ngay"][:10], "monthly") for s in old]
    urls.append(("/tin-tuc/2401/hoi-nghi-tong-ket-nam-hoc-2025-2026", "2026-08-14", "monthly"))
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(
        f"  <url><loc>{host}/#!{esc(r)}</loc><lastmod>{m}</lastmod><changefreq>{f}</changefreq></url>\n"
        for r, m, f in urls
    )
    body += "</urlset>\n"
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/xml; charset=utf-8"})


APP_JS = b"""'use strict';
var app = angular.module('sgdhtApp', ['ngRoute', 'ngSanitize', 'ui.bootstrap']);
app.config(['$routeProvider', '$locationProvider', function ($routeProvider, $locationProvider) {
    $locationProvider.hashPrefix('!');
    $routeProvider
        .when('/', { templateUrl: '/app/views/trang-chu.html', controller: 'TrangChuCtrl' })
        .when('/tin-tuc/:id/:alias?', { templateUrl: '/app/views/chi-tiet.html', controller: 'ChiTietTinCtrl' })
        .when('/danh-muc/:alias', { templateUrl: '/app/views/danh-muc.html', controller: 'DanhMucCtrl', reloadOnSearch: true })
        .when('/gioi-thieu/:alias', { templateUrl: '/app/views/trang-tinh.html', controller: 'TrangTinhCtrl' })
        .when('/thu-vien-anh/:id?/:alias?', { templateUrl: '/app/views/album.html', controller: 'AlbumCtrl' })
        .when('/video/:id?', { templateUrl: '/app/views/video.html', controller: 'VideoCtrl' })
        .when('/lien-he', { templateUrl: '/app/views/lien-he.html', controller: 'LienHeCtrl' })
        .otherwise({ redirectTo: '/' });
}]);
app.constant('API', '/api/');
app.filter('trustHtml', ['$sce', function ($sce) { return function (t) { return $sce.trustAsHtml(t); }; }]);
app.run(['$rootScope', function ($rootScope) {
    $rootScope.inBai = function (id) { window.open('/InTin.aspx?id=' + id, '_blank', 'width=800,height=600'); };
}]);
"""


# --- routing -------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/(\d+)(?:/([^/]+))?$")
_CAT = re.compile(r"^/danh-muc/([a-z-]+)$")
_STATIC_DIRS = ("/uploads/", "/images/", "/content/", "/scripts/", "/app/", "/styles/")


class AngularHashbangSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        low = path.lower()  # IIS: paths are case-insensitive
        if path == "/":
            if req.method == "POST":
                return None
            pairs = parse_qsl(req.query, keep_blank_values=True)
            frags = [v for k, v in pairs if k == "_escaped_fragment_"]
            if not frags:
                return _shell(req)
            if len(frags) > 1:
                # Request.QueryString["_escaped_fragment_"] joins repeated values with ",": no snapshot
                return None
            extra = {k: v for k, v in pairs if k != "_escaped_fragment_"}
            return self.snapshot(req, frags[0], extra)
        if low == "/intin.aspx":
            i = req.params.get("id", "")
            return print_view(BY_ID[int(i)]) if i.isdigit() and int(i) in BY_ID else None
        if low == "/vanban/default.aspx":
            return vanban_list()
        if low == "/vanban/chitiet.aspx":
            i = req.params.get("id", "")
            return vanban_detail(int(i)) if i.isdigit() else None
        if low == "/lichcongtac.aspx":
            return lich_cong_tac() if req.params.get("tuan", "49") == "49" else None
        if low == "/robots.txt":
            return robots(req)
        if low == "/sitemap.xml":
            return sitemap(req)
        if low.startswith("/api/"):
            return api(req)
        if low == "/app/app.js":
            return Response(200, APP_JS, {"Content-Type": "application/javascript"})
        if low.startswith("/uploads/files/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low == "/favicon.ico" or low.startswith(_STATIC_DIRS):
            return static_file(path)
        return None

    def snapshot(self, req: Request, frag: str, extra: dict[str, str]) -> Response | None:
        route, _, inner = frag.partition("?")
        params = {**extra, **dict(parse_qsl(inner, keep_blank_values=True))}
        route = unicodedata.normalize("NFC", unquote(route))
        if route in ("", "/"):
            return home_view(req)
        if len(route) > 1 and route.endswith("/"):
            route = route[:-1]
        if m := _ART.match(route):
            s = BY_ID.get(int(m.group(1)))
            if s is None or (m.group(2) is not None and m.group(2) != unicodedata.normalize("NFC", s.slug)):
                return None
            return article_view(req, s)
        if m := _CAT.match(route):
            alias = m.group(1)
            if alias not in CATS:
                return None
            trang = params.get("trang", "1")
            return listing_view(req, alias, int(trang)) if trang.isdigit() else None
        pages = {
            "/gioi-thieu/co-cau-to-chuc": intro_view,
            "/lien-he": contact_view,
            "/thu-vien-anh": albums_view,
            ALBUM_ROUTE: album_view,
            "/video": videos_view,
            "/video/15": video_view,
        }
        view = pages.get(route)
        return view(req) if view else None


def build_site() -> AngularHashbangSite:
    return AngularHashbangSite()


# --- gold ----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    return gold_record(
        s,
        ugly(art_route(s)),
        CATS[s.cat][0],
        canonical_path=ugly(art_route(s)),
        alt_paths=[
            ugly(f"/tin-tuc/{s.id}"),
            "/?_escaped_fragment_=" + quote(art_route(s), safe=""),
            f"/InTin.aspx?id={s.id}",
        ],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    ugly("/gioi-thieu/co-cau-to-chuc"),
    ugly("/lien-he"),
    ugly(ALBUM_ROUTE),
    ugly("/video/15"),
    "/VanBan/ChiTiet.aspx?id=1452",
    "/LichCongTac.aspx?tuan=49",
]
