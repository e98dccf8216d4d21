"""Fixture portal: Sở GD&ĐT tỉnh Lai Châu on ASP.NET MVC 5 with Telerik Kendo UI (a vendor's 2017 build).

Imitates the kind of site a provincial software vendor delivered to education departments around
2017: ASP.NET MVC 5 controllers (``/TinTuc/ChiTiet/{id}/{slug}``, ``/VanBan``, ``/Album/{id}``,
``/Account/DangNhap``), a Bootstrap 3 layout, Telerik Kendo UI 2017.1.223 widgets (ListView,
Pager, Grid, PanelBar, Window, DropDownList) and CKEditor 4 for the article text. What it serves:

- Category pages ``/TinTuc/DanhMuc/{5,6,7}``: the server renders only the category's first
  ``PAGE_SIZE`` (4) entries inside ``<div id="lvTinTuc" data-role="listview">`` plus a pre-rendered
  Kendo Pager ``<div id="pgTinTuc" data-role="pager" class="k-pager-wrap k-widget">`` whose page
  links are ``<a href="#" data-page="2" class="k-link">2</a>``, arrows ``k-i-arrow-e`` titled
  "Đi tới trang sau" and the info "Trang 1 / 3". An inline script at the end of the page wires
  ``$("#lvTinTuc").kendoListView({ dataSource: { transport: { read: { url: "/TinTuc/DocDanhSach",
  type: "GET", dataType: "json", data: { danhMucId: 5 } } }, pageSize: 4, serverPaging: true,
  schema: { data: "Data", total: "Total" } }, template: kendo.template($("#tplTin").html()) })``; the
  ``<script type="text/x-kendo-template" id="tplTin">`` shows how an entry is drawn. Page N is thus
  ``GET /TinTuc/DocDanhSach?danhMucId=5&take=4&skip=4&page=2&pageSize=4``, answering the vendor's
  JavaScriptSerializer JSON ``{"Data":[{"Id":2336,"TieuDe":"…","TomTat":"…","AnhDaiDien":"…",
  "NgayDang":"\\/Date(1794272400000)\\/","LuotXem":…,"Url":"/TinTuc/ChiTiet/2336/slug"}],
  "Total":9}`` (the .NET date form with escaped slashes, ``& < > '`` as ``\\u0026`` …). The brief
  named page size 10 and 27 entries; the fixture scales that to 4 a page so that category 5 ("Tin
  hoạt động ngành", 9 articles) has three pages within the 10-14 gold articles. ``skip`` past the
  total answers ``{"Data":[],"Total":9}``; ``page``/``pageSize`` alone work too.
- RSS ``/rss/{cat}`` (announced in the category page's ``<head>``; an RSS icon links it) with the
  ``RSS_SIZE`` (5) newest of the category. No sitemap, no robots.txt (IIS 404).
- Articles ``/TinTuc/ChiTiet/{id}/{slug}`` (the slug is decoration: MVC routes on the id): breadcrumb,
  ``h2.news-title``, an info line "Ngày đăng: 23/11/2026 16:40" (``span.news-date``), sometimes
  "Cập nhật: …" (``span.news-update``), "Lượt xem", sometimes "Người đăng: quantri"; tools (A+/A-,
  "In bài" → ``/TinTuc/InBai/{id}``, "Gửi ý kiến" opening a hidden Kendo Window with a form);
  ``div.news-summary`` (the bold lead, printed empty when there is none); ``div.news-content``
  (CKEditor 4 output: justified paragraphs, a centred image paragraph followed by a centred italic
  caption paragraph, the ``image2`` plugin's ``figure.image``/``figcaption``, tables with a ``th``
  header row, lists, an inline PDF link; CKEditor's default ``entities`` option writes Latin-1
  letters as named entities ``&agrave;`` … while ạ, ơ, đ … stay raw UTF-8); ``div.news-author``
  ("Người viết: …" or "Tác giả: …"), ``div.news-source`` ("Nguồn: …"), tags (plain labels), share
  buttons, then "Các tin khác": a Kendo MVC Grid rendered server-side with five rows (title and
  date columns) of the category's newest other articles. Sidebar: a Kendo PanelBar menu, "Tin
  mới" (five newest, dated), "Văn bản mới", banners, a link select and the visitor counter.
- ``/VanBan``: a Kendo MVC Grid (Ajax binding) of documents, its first 5 rows rendered, the rest
  only through ``/VanBan/DocDanhSach?sort=&page=2&pageSize=5&group=&filter=`` (GET or POST);
  ``/VanBan/ChiTiet/{id}``: the document's register fields and its PDF. ``/Album``, ``/Album/{2,3}``
  photo albums; ``/GioiThieu/ChucNang``, ``/GioiThieu/CoCau``, ``/LienHe``; ``/TimKiem?tuKhoa=``
  (form only, never linked).

Traps and hard cases:
- The older entries of category 5 (ids 2327, 2322, 2318) are reachable only through the JSON
  behind the pager: the pre-rendered list, the feed (five newest), "Các tin khác" (five newest
  others), the home page and the sidebar all stop before them.
- Kendo's sort state in the URL: the home page's "Xem thêm" links ``/TinTuc/DanhMuc/5?sort=
  NgayDang-desc`` (the same listing again); the sort DropDownList builds ``?sort=NgayDang-asc`` /
  ``TieuDe-asc`` / ``LuotXem-desc`` in script only (the server honours them for the first page).
- "Các tin khác" is a server-bound Kendo MVC Grid with sortable headers: its header links are the
  article's own URL plus ``?grdTinKhac-sort=TieuDe-asc`` … (Kendo's unsort cycle adds
  ``?grdTinKhac-sort=``), so every article is served under five more URLs (its ``alt_paths``). No
  ``rel=canonical``; ``og:url`` names the clean address.
- Article 2351's text links article 2348 under an old slug (``khai-mac-hoi-thi-gvdg-cap-tinh-thcs``):
  the same article again (alt_paths, with that page's own grid-sort variants).
- Print view ``/TinTuc/InBai/{id}`` (the whole article with ``window.print()``): not an article.
- ``/Account/DangNhap?ReturnUrl=<this page>`` from every page's header; the login page links itself
  with its own URL as ReturnUrl, so the query nests until IIS refuses it (404.15, query over 2048).
- Article 2318 links a deleted article ``/TinTuc/ChiTiet/2290/…``: a soft 404 (200, "Bài viết
  không tồn tại hoặc đã bị gỡ bỏ"). Unknown ids answer the same.
- The album page looks like an article (title, date, captioned photos) but is not one; document
  pages carry register fields only.
- Encodings: UTF-8 declared everywhere; article text carries CKEditor's named entities; article
  2322's text was pasted in decomposed Unicode (NFD) and is served so.

Gold (by hand). Articles are the news items of the three categories; listings, documents, albums,
static pages, print views, login pages and the soft 404 are not. Judgement calls:
- published_at: "Ngày đăng" with its time; "02/11/2026 00:00" (2327) is a day. "Cập nhật" stamps
  and the JSON ``/Date()/`` are ignored when the page prints its date.
- summary: ``div.news-summary`` when it holds text (then also the body's first paragraph); an empty
  one gives None. 2336 has none, but its first text paragraph is wholly bold: summary and first
  body paragraph.
- authors: "Người viết: ThS. Nguyễn Thị Hồng Nhung" → the name without "ThS."; "TS." and "GV." are
  stripped alike; "Lò Văn Pánh - Trường PTDTBT THCS Pa Vệ Sủ" and "Hoàng Văn Thắng - Văn phòng
  Sở" lose the unit after the dash; "Tác giả: Phòng GDTrH" and "Tác giả: Văn phòng Sở" are offices
  that are the author (nothing signs those texts). Bylines in the text: "Tin, ảnh: X" and "Tin và
  ảnh: X, Y" put the names in both lists; "Bài: X - Ảnh: Y" splits them; a lone "Ảnh: Y" line adds
  a photographer to the author box's author. "Người đăng: quantri/admin/bientap" credits nobody.
  "Nguồn: Báo Lai Châu" / "Cổng TTĐT tỉnh Lai Châu" is the source and leaves the author in place.
- captions: the italic centred line under a photo or the figcaption; "(Toàn cảnh buổi làm việc)"
  loses its parentheses, "Ảnh: Học viên …" its label. Photos without a line have caption None. One
  photo (2340) is printed with the production host's absolute address: its gold is that URL.
- body: the text's paragraphs, list items and table rows (cells joined by " | ", the header row
  included) in order; captions, byline lines, tags, the attachment box (2350), "Các tin khác" and
  the Kendo window's form are not body. The inline PDF link's sentence is a body paragraph.
- category: the breadcrumb's category (the listing it belongs to).
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "kendo_mvc_sgddt"
PLATFORM = "aspnet-mvc-kendo"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lai Châu"
PROD_HOST = "http://sgddt.laichau.gov.vn"
KENDO = "2017.1.223"
PAGE_SIZE = 4
RSS_SIZE = 5
OTHERS = 5
DOC_PAGE_SIZE = 5
QUERY_LIMIT = 2048
LOCAL = timezone(timedelta(hours=7))
TOKEN = opaque("kendo-mvc-antiforgery", 69)

#: category id -> printed name
CATS: dict[int, str] = {5: "Tin hoạt động ngành", 6: "Tin từ cơ sở", 7: "Thông báo"}
SORTS = ("NgayDang-desc", "NgayDang-asc", "TieuDe-asc", "LuotXem-desc")
GRID_SORTS = ("TieuDe-asc", "TieuDe-desc", "NgayDang-asc", "NgayDang-desc", "")
IMG = "/Uploads/images/2026"
ALT = ' class="k-alt"'

# Story.opts: when (datetime printed after "Ngày đăng"), cat (category id), author_box (text after
# the label), author_label ("Người viết" | "Tác giả"), source_line, poster ("Người đăng"), updated
# (datetime of "Cập nhật"), tags, nfd, attachments [(href, name, size)], old_slug.
# Img styles: em (centred image paragraph + centred italic line), figure (image2 figcaption),
# bare (centred image, no line). P styles: "", bold (wholly bold paragraph), li, th/tr (table rows,
# cells " | "), "a|href|phrase" (a link on a phrase).
STORIES: list[Story] = [
    Story(
        id=2351,
        slug="so-gd-dt-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Sở GD&ĐT gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="5",
        published_at="2026-11-23T16:40:00+07:00",
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức buổi gặp mặt các thế hệ nhà giáo nhân kỷ"
            " niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi gặp mặt có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Công"
                " đoàn Giáo dục tỉnh cùng hơn 120 nhà giáo đã nghỉ hưu, cán bộ quản lý và giáo viên"
                " tiêu biểu của các trường học trên địa bàn tỉnh."
            ),
            Img(
                f"{IMG}/11/gap-mat-20-11-giam-doc-phat-bieu.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu tại buổi gặp mặt",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu tại buổi gặp mặt",
                "em",
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 41 tập thể và 356 cá nhân được các cấp khen"
                " thưởng; tỷ lệ học sinh tốt nghiệp THPT đạt 98,7%; 12 học sinh đạt giải trong Kỳ"
                " thi chọn học sinh giỏi quốc gia. Nhiều thầy cô giáo vùng cao đã bám bản, vận động"
                " học sinh ra lớp, duy trì sĩ số ở các điểm trường lẻ."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Giám đốc Sở bày tỏ lòng biết ơn đối với các"
                " thế hệ nhà giáo đã đóng góp cho sự nghiệp giáo dục của tỉnh; đồng thời đề nghị đội"
                " ngũ nhà giáo tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục"
                " toàn diện."
            ),
            Img(
                f"{IMG}/11/gap-mat-20-11-tang-hoa.jpg",
                "Lãnh đạo Sở tặng hoa chúc mừng các thế hệ nhà giáo",
                "Lãnh đạo Sở tặng hoa chúc mừng các thế hệ nhà giáo",
                "em",
            ),
            P(
                "Dịp này, Sở GD&ĐT trao Bằng khen của Chủ tịch UBND tỉnh cho 15 nhà giáo có thành"
                " tích xuất sắc trong công tác giảng dạy và giáo dục học sinh dân tộc thiểu số."
            ),
            P(
                "Cũng trong tuần này, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS đã khai mạc tại"
                " Trường THCS Đoàn Kết với 126 giáo viên tham dự.",
                "a|/TinTuc/ChiTiet/2348/khai-mac-hoi-thi-gvdg-cap-tinh-thcs"
                "|Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS",
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 23, 16, 40),
            "updated": datetime(2026, 11, 24, 8, 12),
            "author_label": "Người viết",
            "author_box": "ThS. Nguyễn Thị Hồng Nhung",
            "tags": ["Nhà giáo Việt Nam", "20/11", "Khen thưởng"],
        },
    ),
    Story(
        id=2350,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="7",
        published_at="2026-11-22T08:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo tuyển dụng 146 chỉ tiêu viên chức giáo viên mầm non,"
            " tiểu học, THCS và THPT năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Căn cứ Kế hoạch số 2104/KH-UBND của UBND tỉnh về tuyển dụng viên chức năm 2026, Sở"
                " GD&ĐT thông báo tuyển dụng viên chức làm việc tại các cơ sở giáo dục công lập trực"
                " thuộc như sau:"
            ),
            P("Giáo viên THPT: 38 chỉ tiêu.", "li"),
            P("Giáo viên THCS: 41 chỉ tiêu.", "li"),
            P("Giáo viên tiểu học: 35 chỉ tiêu.", "li"),
            P("Giáo viên mầm non: 32 chỉ tiêu.", "li"),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 23/11/2026 đến hết ngày 22/12/2026"
                " (trong giờ hành chính) tại Văn phòng Sở GD&ĐT, địa chỉ: tầng 4, Khu hợp khối các"
                " sở, phường Tân Phong, tỉnh Lai Châu."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 22, 8, 0),
            "author_label": "Tác giả",
            "author_box": "Văn phòng Sở",
            "tags": ["Tuyển dụng", "Viên chức"],
            "attachments": [
                ("/Uploads/files/2026/11/TB-tuyen-dung-vien-chuc-2026.pdf",
                 "TB-tuyen-dung-vien-chuc-2026.pdf", "412 KB"),
                ("/Uploads/files/2026/11/Mau-phieu-dang-ky-du-tuyen.pdf",
                 "Mau-phieu-dang-ky-du-tuyen.pdf", "96 KB"),
            ],
        },
    ),
    Story(
        id=2349,
        slug="truong-ptdtbt-thcs-pa-ve-su-ra-mat-mo-hinh-bep-an-ban-tru-an-toan",
        title="Trường PTDTBT THCS Pa Vệ Sủ ra mắt mô hình “Bếp ăn bán trú an toàn”",
        cat="6",
        published_at="2026-11-21T10:30:00+07:00",
        summary=(
            "Ngày 20/11, Trường PTDTBT THCS Pa Vệ Sủ (huyện Sìn Hồ) ra mắt mô hình “Bếp ăn bán trú"
            " an toàn” phục vụ 365 học sinh ở bán trú tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mô hình được xây dựng với sự hỗ trợ của Hội Chữ thập đỏ tỉnh và các nhà hảo tâm,"
                " gồm khu sơ chế, khu nấu và khu chia thức ăn riêng biệt theo nguyên tắc một chiều;"
                " hệ thống lọc nước sạch và tủ lưu mẫu thức ăn."
            ),
            Img(
                f"{IMG}/11/pa-ve-su-bep-an-ban-tru.jpg",
                "Học sinh nhà trường trong bữa ăn bán trú",
                "Học sinh nhà trường trong bữa ăn bán trú",
                "em",
            ),
            P(
                "Nhà trường phân công giáo viên trực bếp hằng ngày, công khai thực đơn và giá tiền"
                " ăn để phụ huynh cùng giám sát. Học sinh được hướng dẫn rửa tay, xếp hàng lấy cơm"
                " và giữ vệ sinh nhà ăn."
            ),
        ],
        authors=["Lò Văn Pánh"],
        opts={
            "when": datetime(2026, 11, 21, 10, 30),
            "author_label": "Người viết",
            "author_box": "Lò Văn Pánh - Trường PTDTBT THCS Pa Vệ Sủ",
            "tags": ["Bán trú", "Sìn Hồ"],
        },
    ),
    Story(
        id=2348,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng 19/11, tại Trường THCS Đoàn Kết (phường Đoàn Kết), Sở GD&ĐT khai mạc Hội thi giáo"
            " viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027 với 126 giáo viên tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng,"
                " tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018;"
                " đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi kinh nghiệm."
            ),
            P("Số giáo viên dự thi theo từng môn như sau:"),
            P("Môn thi | Số giáo viên | Địa điểm", "th"),
            P("Ngữ văn | 28 | Trường THCS Đoàn Kết", "tr"),
            P("Toán | 31 | Trường THCS Đoàn Kết", "tr"),
            P("Tiếng Anh | 22 | Trường THCS Quyết Thắng", "tr"),
            P("Khoa học tự nhiên | 45 | Trường THCS Quyết Thắng", "tr"),
            Img(
                f"{IMG}/11/gvdg-thcs-tiet-day-ngu-van.jpg",
                "Giáo viên dự thi tiết dạy môn Ngữ văn tại Trường THCS Đoàn Kết",
                "Giáo viên dự thi tiết dạy môn Ngữ văn tại Trường THCS Đoàn Kết",
                "figure",
            ),
            P(
                "Mỗi giáo viên thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao chất"
                " lượng giảng dạy bộ môn. Hội thi diễn ra đến hết ngày 26/11/2026."
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "author_label": "Tác giả",
            "author_box": "Phòng GDTrH",
            "tags": ["Giáo viên dạy giỏi", "THCS"],
            "old_slug": "khai-mac-hoi-thi-gvdg-cap-tinh-thcs",
        },
    ),
    Story(
        id=2344,
        slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly-cap-thpt",
        title="Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý cấp THPT",
        cat="5",
        published_at="2026-11-17T14:20:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 16 và 17/11, Sở GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý"
                " trường học cho hơn 80 cán bộ quản lý, nhân viên văn thư và giáo viên phụ trách dữ"
                " liệu của 28 trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
            ),
            Img(
                f"{IMG}/11/tap-huan-phan-mem-qlth-thpt.jpg",
                "Ảnh: Học viên thực hành nhập dữ liệu trên phần mềm",
                "Học viên thực hành nhập dữ liệu trên phần mềm",
                "em",
            ),
            P(
                "Học viên được hướng dẫn cập nhật hồ sơ học sinh, sổ điểm điện tử, học bạ số và kết"
                " nối dữ liệu với cơ sở dữ liệu ngành; thực hành xử lý các lỗi thường gặp khi đồng"
                " bộ dữ liệu cuối học kỳ."
            ),
            P(
                "Sở GD&ĐT yêu cầu các đơn vị hoàn thành triển khai học bạ số đối với học sinh lớp 10,"
                " lớp 11 trước ngày 31/12/2026."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Lò Thị Sen</strong></p>'),
        ],
        authors=["Lò Thị Sen"],
        photographers=["Lò Thị Sen"],
        opts={
            "when": datetime(2026, 11, 17, 14, 20),
            "poster": "quantri",
            "tags": ["Chuyển đổi số", "Học bạ số"],
        },
    ),
    Story(
        id=2341,
        slug="truong-thpt-than-uyen-to-chuc-ngay-hoi-stem-lan-thu-nhat",
        title="Trường THPT Than Uyên tổ chức Ngày hội STEM lần thứ nhất",
        cat="6",
        published_at="2026-11-14T16:10:00+07:00",
        blocks=[
            P(
                "Ngày 13/11, Trường THPT Than Uyên tổ chức Ngày hội STEM lần thứ nhất với chủ đề"
                " “Sáng tạo từ những điều gần gũi”, thu hút hơn 900 học sinh tham gia."
            ),
            Img(
                f"{IMG}/11/than-uyen-stem-tuoi-cay.jpg",
                "Học sinh lớp 11A2 giới thiệu mô hình tưới cây tự động",
                "Học sinh lớp 11A2 giới thiệu mô hình tưới cây tự động",
                "em",
            ),
            P(
                "32 gian trưng bày giới thiệu các sản phẩm do học sinh tự thiết kế như máy lọc nước"
                " mini, đèn học năng lượng mặt trời, mô hình nhà thông minh, cánh tay robot thủy"
                " lực… Nhiều sản phẩm tận dụng vật liệu tái chế, phù hợp với điều kiện của học sinh"
                " vùng cao."
            ),
            Img(
                f"{IMG}/11/than-uyen-stem-robot.jpg",
                "Các em học sinh trải nghiệm tại gian trưng bày robot",
                "Các em học sinh trải nghiệm tại gian trưng bày robot",
                "em",
            ),
            P(
                "Ngày hội là dịp để học sinh vận dụng kiến thức liên môn vào thực tiễn, đồng thời"
                " giúp giáo viên đổi mới hình thức tổ chức dạy học theo định hướng giáo dục STEM."
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin và ảnh: Nguyễn Thu Trang, Vũ Đức Anh'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thu Trang", "Vũ Đức Anh"],
        photographers=["Nguyễn Thu Trang", "Vũ Đức Anh"],
        opts={"when": datetime(2026, 11, 14, 16, 10), "tags": ["STEM", "Than Uyên"]},
    ),
    Story(
        id=2340,
        slug="kiem-tra-cong-tac-chuan-bi-mua-dong-cho-hoc-sinh-ban-tru-tai-muong-te",
        title="Kiểm tra công tác chuẩn bị mùa đông cho học sinh bán trú tại Mường Tè",
        cat="5",
        published_at="2026-11-13T10:05:00+07:00",
        summary=(
            "Từ ngày 10 đến 12/11, đoàn công tác của Sở GD&ĐT kiểm tra công tác chuẩn bị phòng,"
            " chống rét cho học sinh bán trú tại 9 trường học trên địa bàn huyện Mường Tè."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại các trường, đoàn kiểm tra khu nhà ở, bếp ăn, nguồn nước, chăn màn và áo ấm của"
                " học sinh; kiểm tra việc bảo quản lương thực, thực phẩm và hồ sơ theo dõi sức khỏe"
                " học sinh."
            ),
            Img(
                f"{IMG}/11/muong-te-kiem-tra-bep-an.jpg",
                "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH Mù Cả",
                "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH Mù Cả",
                "em",
            ),
            P(
                "Qua kiểm tra, các trường đã chủ động sửa chữa nhà ở bán trú, lắp đặt bình nóng lạnh"
                " năng lượng mặt trời và huy động các tổ chức, cá nhân ủng hộ chăn ấm. Tuy nhiên,"
                " một số điểm trường lẻ vẫn thiếu phòng ở, học sinh phải ở ghép."
            ),
            Img(f"{PROD_HOST}{IMG}/11/muong-te-nha-o-ban-tru.jpg", None, None, "bare"),
            P(
                "Đoàn đề nghị các trường rà soát, bổ sung chăn, đệm, áo ấm cho học sinh trước ngày"
                " 30/11; thực hiện nghiêm việc cho học sinh nghỉ học khi nhiệt độ xuống dưới 7 độ C"
                " theo hướng dẫn của Sở."
            ),
            Raw('<p style="text-align:right"><em>Ảnh: Đào Quang Huy</em></p>'),
        ],
        authors=["Hoàng Văn Thắng"],
        photographers=["Đào Quang Huy"],
        opts={
            "when": datetime(2026, 11, 13, 10, 5),
            "updated": datetime(2026, 11, 15, 9, 47),
            "author_label": "Người viết",
            "author_box": "Hoàng Văn Thắng - Văn phòng Sở",
            "tags": ["Bán trú", "Mường Tè", "Phòng chống rét"],
        },
    ),
    Story(
        id=2336,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-dan-toc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-10T08:00:00+07:00",
        summary=(
            "Ngày 09/11, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học"
            " 2026 - 2027 với sự tham gia của lãnh đạo 8 phòng GD&ĐT và 32 trường phổ thông dân"
            " tộc nội trú, bán trú."
        ),
        blocks=[
            P(
                "Ngày 09/11, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học"
                " 2026 - 2027 với sự tham gia của lãnh đạo 8 phòng GD&ĐT và 32 trường phổ thông dân"
                " tộc nội trú, bán trú.",
                "bold",
            ),
            P(
                "Năm học 2025 - 2026, tỷ lệ huy động trẻ 5 tuổi người dân tộc thiểu số ra lớp đạt"
                " 99,8%; 100% trẻ mầm non được tăng cường tiếng Việt trước khi vào lớp 1. Các trường"
                " phổ thông dân tộc nội trú duy trì tỷ lệ tốt nghiệp THPT 100%."
            ),
            Img(f"{IMG}/11/hoi-nghi-giao-duc-dan-toc.jpg", None, None, "bare"),
            P(
                "Năm học 2026 - 2027, ngành tiếp tục thực hiện Đề án tăng cường tiếng Việt cho trẻ"
                " mầm non, học sinh tiểu học vùng dân tộc thiểu số; nâng cao chất lượng dạy học"
                " tiếng Mông, tiếng Thái tại các trường có đủ điều kiện. Chi tiết xem Kế hoạch số"
                " 1735/KH-SGDĐT.",
                "a|/Uploads/files/2026/11/KH-1735-SGDDT-giao-duc-dan-toc.pdf"
                "|Kế hoạch số 1735/KH-SGDĐT",
            ),
        ],
        authors=["Trần Minh Khoa"],
        source="Báo Lai Châu",
        opts={
            "when": datetime(2026, 11, 10, 8, 0),
            "author_label": "Người viết",
            "author_box": "Trần Minh Khoa",
            "source_line": "Nguồn: Báo Lai Châu",
            "tags": ["Giáo dục dân tộc"],
        },
    ),
    Story(
        id=2335,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="7",
        published_at="2026-11-09T14:45:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo lịch thi Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học"
            " 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức tại Hội đồng thi Trường THPT Chuyên Lê Quý Đôn, cụ thể như"
                " sau:"
            ),
            P("Ngày | Buổi | Nội dung", "th"),
            P("08/12/2026 | Chiều | Khai mạc, phổ biến quy chế thi", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Vật lí, Lịch sử, Tiếng Anh", "tr"),
            P("10/12/2026 | Sáng | Thi các môn Ngữ văn, Hóa học, Sinh học, Địa lí, Tin học", "tr"),
            P(
                "Thí sinh có mặt tại địa điểm thi trước giờ thi 30 phút, mang theo căn cước hoặc thẻ"
                " học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 9, 14, 45),
            "poster": "bientap",
            "tags": ["Học sinh giỏi", "Lịch thi"],
        },
    ),
    Story(
        id=2331,
        slug="so-gd-dt-lam-viec-voi-truong-dai-hoc-su-pham-ha-noi-ve-boi-duong-giao-vien",
        title="Sở GD&ĐT làm việc với Trường Đại học Sư phạm Hà Nội về bồi dưỡng giáo viên",
        cat="5",
        published_at="2026-11-06T15:30:00+07:00",
        summary=(
            "Ngày 05/11, lãnh đạo Sở GD&ĐT làm việc với Trường Đại học Sư phạm Hà Nội về kế hoạch"
            " phối hợp bồi dưỡng giáo viên giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, hai bên thống nhất phối hợp bồi dưỡng giáo viên dạy môn Khoa học"
                " tự nhiên, Lịch sử và Địa lí, Nghệ thuật theo hướng tích hợp; đào tạo nâng chuẩn"
                " trình độ cho giáo viên tiểu học, THCS chưa đạt chuẩn."
            ),
            Img(
                f"{IMG}/11/lam-viec-dhsp-ha-noi.jpg",
                "(Toàn cảnh buổi làm việc)",
                "Toàn cảnh buổi làm việc",
                "em",
            ),
            P(
                "Trường Đại học Sư phạm Hà Nội sẽ cử giảng viên trực tiếp hỗ trợ sinh hoạt chuyên"
                " môn tại một số trường vùng khó khăn của các huyện Sìn Hồ, Phong Thổ và Nậm Nhùn."
            ),
        ],
        source="Cổng TTĐT tỉnh Lai Châu",
        opts={
            "when": datetime(2026, 11, 6, 15, 30),
            "poster": "admin",
            "source_line": "Nguồn: Cổng TTĐT tỉnh Lai Châu",
            "tags": ["Bồi dưỡng giáo viên"],
        },
    ),
    Story(
        id=2329,
        slug="truong-mam-non-binh-lu-to-chuc-hoi-thi-be-voi-an-toan-giao-thong",
        title="Trường Mầm non Bình Lư tổ chức hội thi “Bé với an toàn giao thông”",
        cat="6",
        published_at="2026-11-04T07:50:00+07:00",
        summary=(
            "Nhằm trang bị cho trẻ những hiểu biết ban đầu về luật giao thông, Trường Mầm non Bình"
            " Lư (huyện Tam Đường) tổ chức hội thi “Bé với an toàn giao thông” cho 210 trẻ mẫu"
            " giáo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm ba phần: chào hỏi, bé thông minh và bé khéo tay. Trẻ được nhận biết các"
                " biển báo giao thông quen thuộc, thực hành đi bộ qua đường đúng cách, đội mũ bảo"
                " hiểm đúng quy cách khi ngồi trên xe máy."
            ),
            Img(
                f"{IMG}/11/binh-lu-be-voi-atgt.jpg",
                "Trẻ lớp mẫu giáo lớn thực hành đi bộ qua đường",
                "Trẻ lớp mẫu giáo lớn thực hành đi bộ qua đường",
                "em",
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho lớp mẫu giáo lớn A1, giải Nhì cho"
                " lớp A2 và hai giải Ba cho lớp B1, B3."
            ),
        ],
        authors=["Phạm Thị Hạnh"],
        opts={
            "when": datetime(2026, 11, 4, 7, 50),
            "author_label": "Người viết",
            "author_box": "GV. Phạm Thị Hạnh",
            "tags": ["An toàn giao thông", "Mầm non"],
        },
    ),
    Story(
        id=2327,
        slug="huong-dan-to-chuc-cac-hoat-dong-huong-ung-ngay-phap-luat-viet-nam-nam-2026",
        title="Hướng dẫn tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
        cat="5",
        published_at="2026-11-02",
        summary=(
            "Sở GD&ĐT hướng dẫn các đơn vị tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng"
            " hòa xã hội chủ nghĩa Việt Nam (09/11) năm 2026 trong các cơ sở giáo dục."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các đơn vị tổ chức tuyên truyền, phổ biến các văn bản pháp luật mới liên quan đến"
                " giáo dục, trẻ em, an toàn giao thông, phòng chống ma túy và bạo lực học đường bằng"
                " nhiều hình thức phù hợp với lứa tuổi học sinh, cụ thể:"
            ),
            P("Lồng ghép nội dung pháp luật vào các giờ chào cờ, sinh hoạt lớp và hoạt động trải nghiệm.", "li"),
            P("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến cho học sinh THCS, THPT.", "li"),
            P("Cập nhật tủ sách pháp luật tại thư viện nhà trường.", "li"),
            P("Báo cáo kết quả gửi về Sở (qua Văn phòng) trước ngày 20/11/2026."),
        ],
        authors=["Đỗ Thị Thanh Hà"],
        opts={
            "when": datetime(2026, 11, 2, 0, 0),
            "author_label": "Người viết",
            "author_box": "TS. Đỗ Thị Thanh Hà",
            "tags": ["Pháp luật", "Ngày Pháp luật"],
        },
    ),
    Story(
        id=2322,
        slug="lai-chau-day-manh-chuyen-doi-so-trong-day-va-hoc",
        title="Lai Châu đẩy mạnh chuyển đổi số trong dạy và học",
        cat="5",
        published_at="2026-10-28T09:45:00+07:00",
        summary=(
            "Năm học 2026 - 2027, ngành Giáo dục Lai Châu đặt mục tiêu 100% trường học sử dụng học"
            " bạ số và 80% giáo viên khai thác hiệu quả học liệu số trong giờ dạy."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hiện toàn tỉnh có 312/318 trường học kết nối Internet cáp quang; 96% phòng học ở cấp"
                " THCS, THPT được trang bị ti vi hoặc máy chiếu. Kho học liệu số của ngành đã có hơn"
                " 4.500 bài giảng điện tử, đề kiểm tra và video thí nghiệm do giáo viên trong tỉnh"
                " biên soạn."
            ),
            Img(
                f"{IMG}/10/nam-tam-hoc-lieu-so.jpg",
                "Giáo viên Trường THCS Nậm Tăm hướng dẫn học sinh học tập trên nền tảng số",
                "Giáo viên Trường THCS Nậm Tăm hướng dẫn học sinh học tập trên nền tảng số",
                "figure",
            ),
            P(
                "Bên cạnh đó, việc chuyển đổi số ở vùng cao còn gặp khó khăn do thiếu thiết bị,"
                " đường truyền không ổn định. Sở GD&ĐT đề nghị các địa phương ưu tiên nguồn lực đầu"
                " tư hạ tầng số cho các trường vùng đặc biệt khó khăn."
            ),
            Raw('<p style="text-align:right"><strong>Bài: Nguyễn Văn Long - Ảnh: Phạm Tuấn</strong></p>'),
        ],
        authors=["Nguyễn Văn Long"],
        photographers=["Phạm Tuấn"],
        opts={
            "when": datetime(2026, 10, 28, 9, 45),
            "nfd": True,
            "poster": "quantri",
            "tags": ["Chuyển đổi số"],
        },
    ),
    Story(
        id=2318,
        slug="be-mac-hoi-khoe-phu-dong-tinh-lai-chau-lan-thu-xi-nam-2026",
        title="Bế mạc Hội khỏe Phù Đổng tỉnh Lai Châu lần thứ XI năm 2026",
        cat="5",
        published_at="2026-10-23T14:00:00+07:00",
        blocks=[
            P(
                "Sau 6 ngày thi đấu sôi nổi, tối 22/10, Hội khỏe Phù Đổng tỉnh Lai Châu lần thứ XI năm"
                " 2026 đã bế mạc, khép lại hành trình tranh tài của hơn 1.200 vận động viên là học"
                " sinh đến từ 8 đơn vị."
            ),
            Img(
                f"{IMG}/10/hkpd-trao-co-nhat-toan-doan.jpg",
                "Ban tổ chức trao cờ giải Nhất toàn đoàn cho đoàn thành phố Lai Châu",
                "Ban tổ chức trao cờ giải Nhất toàn đoàn cho đoàn thành phố Lai Châu",
                "em",
            ),
            P(
                "Tiếp nối không khí sôi nổi từ lễ khai mạc, các vận động viên tranh tài ở 9 môn: điền"
                " kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, đá cầu, cờ vua và kéo co."
                " Nhiều kỷ lục của Hội khỏe Phù Đổng tỉnh được phá ở nội dung điền kinh và bơi.",
                "a|/TinTuc/ChiTiet/2290/khai-mac-hoi-khoe-phu-dong-tinh-lai-chau-lan-thu-xi|lễ khai mạc",
            ),
            Img(
                f"{IMG}/10/hkpd-keo-co.jpg",
                "Các vận động viên tranh tài ở môn kéo co",
                "Các vận động viên tranh tài ở môn kéo co",
                "em",
            ),
            P(
                "Kết quả, đoàn thành phố Lai Châu giành giải Nhất toàn đoàn; giải Nhì thuộc về đoàn"
                " huyện Tam Đường; đoàn huyện Than Uyên và đoàn huyện Tân Uyên đồng giải Ba."
            ),
            Img(f"{IMG}/10/hkpd-be-mac-3.jpg", None, None, "bare"),
            P(
                "Ban tổ chức sẽ lựa chọn các vận động viên xuất sắc thành lập đội tuyển của tỉnh"
                " tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI."
            ),
        ],
        authors=["Lý Thị Mai"],
        opts={
            "when": datetime(2026, 10, 23, 14, 0),
            "author_label": "Người viết",
            "author_box": "Lý Thị Mai",
            "tags": ["Hội khỏe Phù Đổng", "Thể thao"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
SOFT_404 = "/TinTuc/ChiTiet/2290/khai-mac-hoi-khoe-phu-dong-tinh-lai-chau-lan-thu-xi"


def cat_id(s: Story) -> int:
    return int(s.cat)


def in_cat(cid: int) -> list[Story]:
    return [s for s in LATEST if cat_id(s) == cid]


def article_path(s: Story, slug: str | None = None) -> str:
    return f"/TinTuc/ChiTiet/{s.id}/{slug or s.slug}"


def grid_variants(path: str) -> list[str]:
    return [f"{path}?grdTinKhac-sort={v}" for v in GRID_SORTS]


def _alts(s: Story) -> list[str]:
    out = grid_variants(article_path(s))
    if s.opts.get("old_slug"):
        old = article_path(s, s.opts["old_slug"])
        out += [old, *grid_variants(old)]
    return out


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str
    file: str

    @property
    def path(self) -> str:
        return f"/VanBan/ChiTiet/{self.id}"


DOCS: list[Doc] = [
    Doc(88, "2917/SGDĐT-GDTrH", "Công văn", date(2026, 11, 24), "Nguyễn Văn Thành",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027", "2917-SGDDT-GDTrH.pdf"),
    Doc(87, "1802/KH-SGDĐT", "Kế hoạch", date(2026, 11, 19), "Tòng Thị Hương",
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026", "1802-KH-SGDDT.pdf"),
    Doc(86, "1214/QĐ-SGDĐT", "Quyết định", date(2026, 11, 12), "Nguyễn Văn Thành",
        "Quyết định thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS", "1214-QD-SGDDT.pdf"),
    Doc(85, "1735/KH-SGDĐT", "Kế hoạch", date(2026, 11, 3), "Tòng Thị Hương",
        "Kế hoạch thực hiện nhiệm vụ giáo dục dân tộc năm học 2026 - 2027", "1735-KH-SGDDT.pdf"),
    Doc(84, "2760/SGDĐT-VP", "Công văn", date(2026, 10, 27), "Nguyễn Văn Thành",
        "V/v hưởng ứng Ngày Pháp luật Việt Nam năm 2026", "2760-SGDDT-VP.pdf"),
    Doc(83, "2688/SGDĐT-TCCB", "Công văn", date(2026, 10, 20), "Tòng Thị Hương",
        "V/v đánh giá, xếp loại viên chức năm 2026", "2688-SGDDT-TCCB.pdf"),
    Doc(82, "1102/QĐ-SGDĐT", "Quyết định", date(2026, 10, 9), "Nguyễn Văn Thành",
        "Quyết định ban hành Điều lệ Hội khỏe Phù Đổng tỉnh Lai Châu lần thứ XI", "1102-QD-SGDDT.pdf"),
    Doc(81, "2514/SGDĐT-CTTT", "Công văn", date(2026, 9, 30), "Tòng Thị Hương",
        "V/v tăng cường công tác phòng, chống đuối nước cho học sinh", "2514-SGDDT-CTTT.pdf"),
]  # fmt: skip
DOC_BY_ID = {d.id: d for d in DOCS}


def doc_file(d: Doc) -> str:
    return f"/Uploads/VanBan/2026/{d.file}"


#: albums: id -> (title, created, [(photo, caption)])
ALBUMS: dict[int, tuple[str, date, list[tuple[str, str]]]] = {
    3: ("Hội khỏe Phù Đổng tỉnh Lai Châu lần thứ XI năm 2026", date(2026, 10, 23), [
        ("hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng tại Sân vận động tỉnh"),
        ("hkpd-02.jpg", "Nội dung chạy 100 m nữ lứa tuổi THCS"),
        ("hkpd-03.jpg", "Trận chung kết bóng đá nam THPT"),
        ("hkpd-04.jpg", "Vận động viên môn cờ vua"),
    ]),
    2: ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", date(2026, 11, 20), [
        ("20-11-01.jpg", "Các thế hệ nhà giáo chụp ảnh lưu niệm"),
        ("20-11-02.jpg", "Văn nghệ chào mừng của học sinh Trường THPT Chuyên Lê Quý Đôn"),
        ("20-11-03.jpg", "Trao Bằng khen cho các nhà giáo tiêu biểu"),
    ]),
}  # fmt: skip

#: static pages: path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/GioiThieu/ChucNang": ("Chức năng, nhiệm vụ", [
        "Sở Giáo dục và Đào tạo tỉnh Lai Châu là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh; đồng thời"
        " chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo"
        " dục và Đào tạo.",
    ]),
    "/GioiThieu/CoCau": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục"
        " thường xuyên (GDTrH); Phòng Quản lý chất lượng.",
        "Đơn vị sự nghiệp trực thuộc: 24 trường THPT, 7 trường PTDTNT, Trung tâm Giáo dục thường"
        " xuyên tỉnh.",
    ]),
}  # fmt: skip


# --- gold ------------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[cat_id(s)], alt_paths=_alts(s)) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    *(f"/TinTuc/DanhMuc/{c}" for c in CATS),
    *(f"/TinTuc/DanhMuc/{c}?sort=NgayDang-desc" for c in CATS),
    *PAGES,
    "/LienHe",
    "/VanBan",
    *(d.path for d in DOCS),
    "/Album",
    *(f"/Album/{a}" for a in ALBUMS),
    *(f"/TinTuc/InBai/{s.id}" for s in LATEST),
    SOFT_404,
    "/Account/DangNhap?ReturnUrl=%2F",
]


# --- text as CKEditor 4 and the vendor write it -----------------------------------------------

_CK_EXTRA = {"–": "ndash", "—": "mdash", "“": "ldquo", "”": "rdquo", "‘": "lsquo", "’": "rsquo", "…": "hellip"}


def ck(value: str, s: Story | None = None) -> str:
    """Article text as CKEditor 4 saves it (``config.entities`` on): Latin-1 letters and a few
    punctuation marks as named entities, other Vietnamese letters raw; NFD when pasted so."""
    t = unicodedata.normalize("NFD", value) if s is not None and s.opts.get("nfd") else value
    out = []
    for ch in _html.escape(t, quote=False):
        code = ord(ch)
        if 160 <= code <= 255:
            out.append(f"&{codepoint2name[code]};")
        elif ch in _CK_EXTRA:
            out.append(f"&{_CK_EXTRA[ch]};")
        else:
            out.append(ch)
    return "".join(out)


def t(value: str) -> str:
    """Text the vendor's Razor views print (HTML-encoded, raw UTF-8)."""
    return esc(value)


def dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def dmy_hm(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def net_date(d: date | datetime) -> str:
    """``/Date(ms)/`` of a local date/time, as JavaScriptSerializer writes DateTime."""
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day)
    return f"/Date({int(d.replace(tzinfo=LOCAL).timestamp() * 1000)})/"


def mvc_json(obj: object) -> str:
    """JavaScriptSerializer's output: raw UTF-8, ``<>&'`` as ``\\u00XX``, dates ``\\/Date(…)\\/``."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    raw = re.sub(r'"/Date\((\d+)\)/"', r'"\\/Date(\1)\\/"', raw)
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        raw = raw.replace(ch, rep)
    return raw


def teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:180].rsplit(" ", 1)[0] + "..." if len(first) > 180 else first


def thumb(s: Story) -> str:
    return f"/Uploads/thumbs/tin-{s.id}.jpg"


# --- article body ----------------------------------------------------------------------------


def _img(src: str) -> str:
    return f'<img alt="" src="{esc(src)}" style="height:400px; width:600px" />'


def body_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            head = [r for r in rows if r.style == "th"]
            body = [r for r in rows if r.style == "tr"]
            thead = "".join(
                "<thead><tr>" + "".join(f'<th scope="col">{ck(c, s)}</th>' for c in r.text.split(" | ")) + "</tr></thead>"
                for r in head
            )
            tbody = "".join(
                "<tr>" + "".join(f"<td>{ck(c, s)}</td>" for c in r.text.split(" | ")) + "</tr>\n"
                for r in body
            )
            out.append(
                '<table align="center" border="1" cellpadding="1" cellspacing="1" style="width:100%">'
                f"{thead}<tbody>\n{tbody}</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>\n" + "".join(f"\t<li>{ck(i.text, s)}</li>\n" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align:justify">{ck(before, s)}<a href="{href}">{ck(phrase, s)}</a>'
                    f"{ck(after, s)}</p>"
                )
            elif b.style == "bold":
                out.append(f'<p style="text-align:justify"><strong>{ck(b.text, s)}</strong></p>')
            else:
                out.append(f'<p style="text-align:justify">{ck(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "figure":
                out.append(
                    '<figure class="image" style="display:inline-block">'
                    f'<img alt="" height="400" src="{esc(b.src)}" width="600" />'
                    f"<figcaption>{ck(b.printed or '', s)}</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align:center">{_img(b.src)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{ck(b.printed, s)}</em></p>')
    flush()
    return "\n\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


def _login_href(request: Request) -> str:
    return "/Account/DangNhap?ReturnUrl=" + quote(request.target, safe="")


def _header(request: Request) -> str:
    cats = "".join(f'<li><a href="/TinTuc/DanhMuc/{c}">{n}</a></li>' for c, n in CATS.items())
    return f"""<div class="top-bar">
  <div class="container">
    <span class="ngay-hom-nay"><span class="glyphicon glyphicon-calendar"></span> {TODAY}</span>
    <ul class="list-inline pull-right top-links">
      <li><a href="{esc(_login_href(request))}" id="loginLink"><span class="glyphicon glyphicon-user"></span> Đăng nhập</a></li>
      <li><a href="/LienHe">Liên hệ</a></li>
      <li><a href="http://mail.laichau.edu.vn" target="_blank">Thư điện tử</a></li>
    </ul>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo pull-left"><img src="/Content/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT Lai Châu" /></a>
    <div class="site-name pull-left">
      <span class="co-quan-chu-quan">UBND TỈNH LAI CHÂU</span>
      <span class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span>
    </div>
    <form action="/TimKiem" method="get" class="search-box pull-right" role="search">
      <input type="text" name="tuKhoa" class="k-textbox" placeholder="Nhập từ khóa tìm kiếm..." />
      <button type="submit" class="k-button k-primary"><span class="k-icon k-i-search"></span></button>
    </form>
  </div>
</header>
<nav class="navbar navbar-default main-nav">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
    </div>
    <div class="navbar-collapse collapse">
      <ul class="nav navbar-nav">
        <li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
          <ul class="dropdown-menu"><li><a href="/GioiThieu/ChucNang">Chức năng, nhiệm vụ</a></li><li><a href="/GioiThieu/CoCau">Cơ cấu tổ chức</a></li></ul></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
          <ul class="dropdown-menu">{cats}</ul></li>
        <li><a href="/VanBan">Văn bản</a></li>
        <li><a href="/Album">Thư viện ảnh</a></li>
        <li><a href="https://dichvucong.laichau.gov.vn" target="_blank">Thủ tục hành chính</a></li>
        <li><a href="/LienHe">Liên hệ</a></li>
      </ul>
    </div>
  </div>
</nav>"""


def _panelbar() -> str:
    cats = "".join(
        f'<li class="k-item k-state-default" role="treeitem"><a class="k-link" href="/TinTuc/DanhMuc/{c}">{n}</a></li>'
        for c, n in CATS.items()
    )
    return f"""<ul id="pnbMenu" class="k-widget k-reset k-header k-panelbar" data-role="panelbar" role="tree">
  <li class="k-item k-state-default k-first k-state-active" role="treeitem" aria-expanded="true">
    <span class="k-link k-header k-state-selected">Tin tức<span class="k-icon k-i-arrow-n k-panelbar-collapse"></span></span>
    <ul class="k-group k-panel" role="group" style="display:block">{cats}</ul>
  </li>
  <li class="k-item k-state-default" role="treeitem" aria-expanded="false">
    <span class="k-link k-header">Giới thiệu<span class="k-icon k-i-arrow-s k-panelbar-expand"></span></span>
    <ul class="k-group k-panel" role="group" style="display:none">
      <li class="k-item k-state-default" role="treeitem"><a class="k-link" href="/GioiThieu/ChucNang">Chức năng, nhiệm vụ</a></li>
      <li class="k-item k-state-default" role="treeitem"><a class="k-link" href="/GioiThieu/CoCau">Cơ cấu tổ chức</a></li>
    </ul>
  </li>
  <li class="k-item k-state-default" role="treeitem"><a class="k-link k-header" href="/VanBan">Văn bản chỉ đạo điều hành</a></li>
  <li class="k-item k-state-default" role="treeitem"><a class="k-link k-header" href="/Album">Thư viện ảnh</a></li>
  <li class="k-item k-state-default k-last" role="treeitem"><a class="k-link k-header" href="/LienHe">Liên hệ - Góp ý</a></li>
</ul>"""


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="{article_path(s)}">{t(s.title)}</a> <span class="text-muted">({dmy(s.opts["when"])})</span></li>'
        for s in LATEST[:5]
    )
    docs = "".join(
        f'<li><a href="{d.path}">{t(d.number)}</a><br /><small>{t(d.abstract)}</small></li>' for d in DOCS[:5]
    )
    return f"""<div class="sidebar">
  <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Danh mục</h3></div>
    <div class="panel-body no-padding">{_panelbar()}</div></div>
  <div class="panel panel-default box-tin-moi"><div class="panel-heading"><h3 class="panel-title">Tin mới</h3></div>
    <div class="panel-body"><ul class="list-unstyled list-tin-moi">{newest}</ul></div></div>
  <div class="panel panel-default box-van-ban"><div class="panel-heading"><h3 class="panel-title">Văn bản mới</h3></div>
    <div class="panel-body"><ul class="list-unstyled list-van-ban">{docs}</ul>
    <a href="/VanBan" class="xem-tat-ca">Xem tất cả »</a></div></div>
  <div class="banner-phai">
    <a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/banner/cong-dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" class="img-responsive" /></a>
    <a href="https://moet.gov.vn" target="_blank"><img src="/Uploads/banner/bo-gd-dt.png" alt="Bộ Giáo dục và Đào tạo" class="img-responsive" /></a>
    <a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Uploads/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" class="img-responsive" /></a>
  </div>
  <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
    <div class="panel-body"><select id="ddlLienKet" data-role="dropdownlist" style="width:100%">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://laichau.gov.vn">Cổng TTĐT tỉnh Lai Châu</option>
      <option value="https://baolaichau.vn">Báo Lai Châu</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option></select></div></div>
  <div class="panel panel-default thong-ke"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
    <div class="panel-body"><table class="table table-condensed bang-thong-ke">
      <tr><td>Đang trực tuyến:</td><td class="text-right">27</td></tr>
      <tr><td>Hôm nay:</td><td class="text-right">1.024</td></tr>
      <tr><td>Hôm qua:</td><td class="text-right">1.311</td></tr>
      <tr><td>Tổng số lượt truy cập:</td><td class="text-right">2.416.085</td></tr></table></div></div>
</div>"""


def _footer() -> str:
    return f"""<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8">
        <p class="ten-co-quan"><strong>{SITE.upper()}</strong></p>
        <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu</p>
        <p>Địa chỉ: Tầng 4, Khu hợp khối các sở, phường Tân Phong, tỉnh Lai Châu</p>
        <p>Điện thoại: 0213.3876.112 - Fax: 0213.3876.113 - Đường dây nóng: 0912.486.220</p>
        <p>Email: sgddt@laichau.edu.vn</p>
        <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
      </div>
      <div class="col-md-4 text-right">
        <p>Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p>
        <p class="thiet-ke">Thiết kế và phát triển bởi Công ty CP Công nghệ Tây Bắc Soft © 2017</p>
      </div>
    </div>
  </div>
</footer>"""


def _layout(request: Request, title: str, main: str, head: str = "", scripts: str = "", sidebar: bool = True) -> str:
    cols = (
        f'<div class="col-md-9 col-sm-8 main-col">\n{main}\n</div>\n<div class="col-md-3 col-sm-4">{_sidebar()}</div>'
        if sidebar
        else f'<div class="col-md-12">\n{main}\n</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{t(title)} - {SITE}</title>
    <link href="/Content/bootstrap.min.css" rel="stylesheet" />
    <link href="/Content/kendo/{KENDO}/kendo.common-bootstrap.min.css" rel="stylesheet" />
    <link href="/Content/kendo/{KENDO}/kendo.bootstrap.min.css" rel="stylesheet" />
    <link href="/Content/Site.css" rel="stylesheet" />
    <script src="/Scripts/jquery-1.12.4.min.js"></script>
    <script src="/Scripts/bootstrap.min.js"></script>
    <script src="/Scripts/kendo/{KENDO}/kendo.all.min.js"></script>
    <script src="/Scripts/kendo/{KENDO}/kendo.aspnetmvc.min.js"></script>
    <script src="/Scripts/kendo/{KENDO}/cultures/kendo.culture.vi-VN.min.js"></script>
    <script>kendo.culture("vi-VN");</script>
{head}</head>
<body>
{_header(request)}
<div class="container body-content">
<div class="row">
{cols}
</div>
</div>
{_footer()}
{scripts}
</body>
</html>"""


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in trail:
        items.append(f'<li><a href="{href}">{label}</a></li>' if href else f'<li class="active">{label}</li>')
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


# --- listings --------------------------------------------------------------------------------


def _sorted(stories: list[Story], sort: str) -> list[Story]:
    if sort == "NgayDang-asc":
        return sorted(stories, key=lambda s: s.opts["when"])
    if sort == "TieuDe-asc":
        return sorted(stories, key=lambda s: s.title)
    if sort == "LuotXem-desc":
        return sorted(stories, key=lambda s: -s.views())
    return list(stories)


def _entry(s: Story) -> str:
    return f"""<div class="tin-item row">
  <div class="col-sm-4"><a href="{article_path(s)}"><img class="img-responsive img-thumbnail" src="{thumb(s)}" alt="{t(s.title)}" /></a></div>
  <div class="col-sm-8"><h4 class="tin-tieu-de"><a href="{article_path(s)}">{t(s.title)}</a></h4>
  <p class="tin-ngay"><span class="glyphicon glyphicon-calendar"></span> {dmy(s.opts["when"])}</p>
  <p class="tin-tom-tat">{t(teaser(s))}</p></div>
</div>"""


def kendo_pager(widget_id: str, page: int, pages: int) -> str:
    def nav(cls: str, title: str, icon: str, target: int, disabled: bool) -> str:
        dis = " k-state-disabled" if disabled else ""
        return (
            f'<a href="#" title="{title}" class="k-link k-pager-nav{cls}{dis}" data-page="{target}" tabindex="-1">'
            f'<span class="k-icon {icon}"></span></a>'
        )

    nums = "".join(
        f'<li><span class="k-state-selected">{n}</span></li>' if n == page
        else f'<li><a tabindex="-1" href="#" class="k-link" data-page="{n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )  # fmt: skip
    return (
        f'<div id="{widget_id}" data-role="pager" class="k-pager-wrap k-widget k-floatwrap">'
        + nav(" k-pager-first", "Đi tới trang đầu", "k-i-seek-w", 1, page == 1)
        + nav("", "Đi tới trang trước", "k-i-arrow-w", max(1, page - 1), page == 1)
        + f'<ul class="k-pager-numbers k-reset">{nums}</ul>'
        + nav("", "Đi tới trang sau", "k-i-arrow-e", min(pages, page + 1), page == pages)
        + nav(" k-pager-last", "Đi tới trang cuối", "k-i-seek-e", pages, page == pages)
        + f'<span class="k-pager-info k-label">Trang {page} / {pages}</span></div>'
    )


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


_TEMPLATE = """<script type="text/x-kendo-template" id="tplTin">
<div class="tin-item row">
  <div class="col-sm-4"><a href="#= Url #"><img class="img-responsive img-thumbnail" src="#= AnhDaiDien #" alt="#: TieuDe #" /></a></div>
  <div class="col-sm-8"><h4 class="tin-tieu-de"><a href="#= Url #">#= TieuDe #</a></h4>
  <p class="tin-ngay"><span class="glyphicon glyphicon-calendar"></span> #= kendo.toString(kendo.parseDate(NgayDang), "dd/MM/yyyy") #</p>
  <p class="tin-tom-tat">#= TomTat #</p></div>
</div>
</script>"""


def category_page(request: Request, cid: int) -> str:
    sort = request.params.get("sort", "")
    if sort not in SORTS:
        sort = ""
    stories = _sorted(in_cat(cid), sort)
    pages = _pages(len(stories), PAGE_SIZE)
    entries = "\n".join(_entry(s) for s in stories[:PAGE_SIZE])
    options = "".join(
        f'<option value="{v}"{" selected" if v == (sort or "NgayDang-desc") else ""}>{label}</option>'
        for v, label in zip(SORTS, ("Mới nhất", "Cũ nhất", "Tiêu đề (A-Z)", "Xem nhiều nhất"), strict=True)
    )
    data = f"danhMucId: {cid}" + (f', sort: "{sort}"' if sort else "")
    main = f"""{_crumbs([("Tin tức", None), (CATS[cid], None)])}
<div class="danh-muc-tin">
  <div class="danh-muc-header clearfix">
    <h2 class="danh-muc-title pull-left">{CATS[cid]}</h2>
    <div class="pull-right">
      <label for="ddlSapXep">Sắp xếp:</label> <select id="ddlSapXep" style="width:160px">{options}</select>
      <a href="/rss/{cid}" class="rss-link" title="RSS {CATS[cid]}"><img src="/Content/images/rss.png" alt="RSS" /></a>
    </div>
  </div>
  <div id="lvTinTuc" data-role="listview" class="k-widget k-listview" role="listbox">
{entries}
  </div>
  {kendo_pager("pgTinTuc", 1, pages)}
</div>
{_TEMPLATE}"""
    scripts = f"""<script>
    $(function () {{
        $("#ddlSapXep").kendoDropDownList({{
            change: function () {{ window.location.href = "/TinTuc/DanhMuc/{cid}?sort=" + this.value(); }}
        }});
        $("#lvTinTuc").kendoListView({{
            dataSource: {{
                transport: {{ read: {{ url: "/TinTuc/DocDanhSach", type: "GET", dataType: "json", data: {{ {data} }} }} }},
                pageSize: {PAGE_SIZE},
                serverPaging: true,
                schema: {{ data: "Data", total: "Total" }}
            }},
            autoBind: false,
            template: kendo.template($("#tplTin").html())
        }});
        $("#pgTinTuc").kendoPager({{
            dataSource: $("#lvTinTuc").data("kendoListView").dataSource,
            buttonCount: 5,
            messages: {{ display: "Trang {{0}} / {{1}}", empty: "Không có tin bài", first: "Đi tới trang đầu",
                previous: "Đi tới trang trước", next: "Đi tới trang sau", last: "Đi tới trang cuối" }}
        }});
    }});
</script>"""
    head = f'    <link rel="alternate" type="application/rss+xml" title="{CATS[cid]}" href="/rss/{cid}" />\n'
    return _layout(request, CATS[cid], main, head, scripts)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def news_json(request: Request) -> Response:
    params = request.params
    cid = _int(params.get("danhMucId"), 0)
    stories = _sorted(in_cat(cid), params.get("sort", "")) if cid in CATS else []
    size = min(max(_int(params.get("pageSize") or params.get("take"), 10), 1), 50)
    take = min(max(_int(params.get("take"), size), 1), 50)
    if "skip" in params:
        skip = max(_int(params.get("skip"), 0), 0)
    else:
        skip = (max(_int(params.get("page"), 1), 1) - 1) * size
    rows = [
        {
            "Id": s.id,
            "TieuDe": s.title,
            "TomTat": teaser(s),
            "AnhDaiDien": thumb(s),
            "NgayDang": net_date(s.opts["when"]),
            "LuotXem": s.views(),
            "Url": article_path(s),
        }
        for s in stories[skip : skip + take]
    ]
    body = mvc_json({"Data": rows, "Total": len(stories)})
    return Response(200, body, {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "private"})


def rss(request: Request, cid: int) -> Response:
    base = base_url(request)
    items = "".join(
        f'<item><guid isPermaLink="false">{s.id}</guid><link>{base}{article_path(s)}</link>'
        f"<title>{esc(s.title)}</title><description>{esc(teaser(s))}</description>"
        f"<pubDate>{format_datetime(s.opts['when'].replace(tzinfo=LOCAL))}</pubDate></item>"
        for s in in_cat(cid)[:RSS_SIZE]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SITE)} - {esc(CATS[cid])}</title><link>{base}/TinTuc/DanhMuc/{cid}</link>"
        f"<description>Tin {esc(CATS[cid])}</description><language>vi-VN</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- article ---------------------------------------------------------------------------------


def _others_grid(s: Story, path: str, sort: str | None) -> str:
    others = [o for o in in_cat(cat_id(s)) if o.id != s.id][:OTHERS]
    field, _, direction = (sort or "").partition("-")
    if field == "TieuDe":
        others.sort(key=lambda o: o.title, reverse=direction == "desc")
    elif field == "NgayDang":
        others.sort(key=lambda o: o.opts["when"], reverse=direction == "desc")

    def th(col: str, label: str, width: str) -> str:
        if field == col and direction == "asc":
            nxt, cls, icon = f"{col}-desc", " k-sorted", '<span class="k-icon k-i-sort-asc-sm"></span>'
        elif field == col and direction == "desc":
            nxt, cls, icon = "", " k-sorted", '<span class="k-icon k-i-sort-desc-sm"></span>'
        else:
            nxt, cls, icon = f"{col}-asc", "", ""
        return (
            f'<th class="k-header{cls}" data-field="{col}" data-title="{label}" scope="col"{width}>'
            f'<a class="k-link" href="{path}?grdTinKhac-sort={nxt}">{label}{icon}</a></th>'
        )

    rows = "".join(
        f'<tr{ALT if i % 2 else ""}><td><a href="{article_path(o)}">{t(o.title)}</a></td>'
        f'<td class="text-center">{dmy(o.opts["when"])}</td></tr>'
        for i, o in enumerate(others)
    )
    return (
        '<div class="k-widget k-grid" id="grdTinKhac"><table><colgroup><col /><col style="width:110px" /></colgroup>'
        '<thead class="k-grid-header"><tr>'
        + th("TieuDe", "Tiêu đề", "")
        + th("NgayDang", "Ngày đăng", ' style="width:110px"')
        + f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _gop_y_window(s: Story) -> str:
    return f"""<div id="wndGopY" style="display:none">
  <form action="/TinTuc/GuiYKien" method="post" id="frmGopY" class="form-horizontal">
    <input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />
    <input type="hidden" name="TinTucId" value="{s.id}" />
    <div class="form-group"><label class="col-sm-3 control-label" for="HoTen">Họ và tên</label>
      <div class="col-sm-9"><input class="k-textbox" id="HoTen" name="HoTen" type="text" required validationMessage="Vui lòng nhập họ tên" /></div></div>
    <div class="form-group"><label class="col-sm-3 control-label" for="Email">Email</label>
      <div class="col-sm-9"><input class="k-textbox" id="Email" name="Email" type="email" /></div></div>
    <div class="form-group"><label class="col-sm-3 control-label" for="NoiDung">Nội dung ý kiến</label>
      <div class="col-sm-9"><textarea class="k-textbox" id="NoiDung" name="NoiDung" rows="5" required validationMessage="Vui lòng nhập nội dung"></textarea></div></div>
    <div class="text-right"><button type="submit" class="k-button k-primary">Gửi ý kiến</button> <button type="button" class="k-button" id="btnDongGopY">Đóng</button></div>
  </form>
</div>"""


def _article_block(s: Story) -> str:
    w: datetime = s.opts["when"]
    info = [f'<span class="news-date"><span class="glyphicon glyphicon-time"></span> Ngày đăng: {dmy_hm(w)}</span>']
    if s.opts.get("updated"):
        info.append(f'<span class="news-update">Cập nhật: {dmy_hm(s.opts["updated"])}</span>')
    info.append(f'<span class="news-view"><span class="glyphicon glyphicon-eye-open"></span> Lượt xem: {s.views()}</span>')
    if s.opts.get("poster"):
        info.append(f'<span class="news-poster">Người đăng: {s.opts["poster"]}</span>')
    summary = f"<b>{t(s.summary)}</b>" if s.summary and s.sapo_outside else ""
    after = []
    if s.opts.get("author_box"):
        after.append(
            f'<div class="news-author text-right"><b>{s.opts["author_label"]}:</b> {t(s.opts["author_box"])}</div>'
        )
    if s.opts.get("source_line"):
        after.append(f'<div class="news-source text-right"><i>{t(s.opts["source_line"])}</i></div>')
    if s.opts.get("attachments"):
        files = "".join(
            f'<li><span class="k-icon k-i-file-pdf"></span> <a href="{href}" target="_blank">{name}</a> ({size})</li>'
            for href, name, size in s.opts["attachments"]
        )
        after.append(f'<div class="news-attach"><p><b>Tệp đính kèm:</b></p><ul class="list-unstyled">{files}</ul></div>')
    return f"""<div class="news-detail">
  <h2 class="news-title">{t(s.title)}</h2>
  <div class="news-info clearfix">
    {" | ".join(info)}
  </div>
  <div class="news-summary">{summary}</div>
  <div class="news-content">
{body_html(s)}
  </div>
  {"".join(after)}
</div>"""


def article_page(request: Request, s: Story, slug: str) -> str:
    path = article_path(s, slug)
    sort = request.params.get("grdTinKhac-sort")
    base = base_url(request)
    clean = base + article_path(s)
    share = quote(clean, safe="")
    tags = "".join(f'<span class="label label-default">{t(x)}</span> ' for x in s.opts.get("tags", []))
    main = f"""{_crumbs([("Tin tức", None), (CATS[cat_id(s)], f"/TinTuc/DanhMuc/{cat_id(s)}")])}
<div class="news-tools clearfix">
  <div class="pull-right">
    <a href="javascript:void(0)" onclick="zoomText(1)" title="Tăng cỡ chữ">A+</a>
    <a href="javascript:void(0)" onclick="zoomText(-1)" title="Giảm cỡ chữ">A-</a>
    <a href="/TinTuc/InBai/{s.id}" target="_blank" title="In bài viết"><span class="k-icon k-i-print"></span> In bài</a>
    <a href="javascript:void(0)" id="btnGuiYKien"><span class="k-icon k-i-email"></span> Gửi ý kiến</a>
  </div>
</div>
{_article_block(s)}
<div class="news-tags"><span class="glyphicon glyphicon-tags"></span> Từ khóa: {tags}</div>
<div class="news-share">
  <div class="fb-like" data-href="{clean}" data-layout="button_count" data-action="like" data-share="true"></div>
  <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="btn btn-xs btn-primary">Chia sẻ Facebook</a>
  <div class="zalo-share-button" data-href="{clean}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
</div>
<div class="panel panel-default tin-khac">
  <div class="panel-heading"><h3 class="panel-title">Các tin khác</h3></div>
  <div class="panel-body">{_others_grid(s, path, sort)}</div>
</div>
{_gop_y_window(s)}"""
    scripts = """<script>
    function zoomText(d) { var el = $(".news-content"); el.css("font-size", (parseInt(el.css("font-size"), 10) + d) + "px"); }
    $(function () {
        var wnd = $("#wndGopY").kendoWindow({ title: "Gửi ý kiến", visible: false, modal: true, width: 560, actions: ["Close"] }).data("kendoWindow");
        $("#btnGuiYKien").click(function () { wnd.center().open(); });
        $("#btnDongGopY").click(function () { wnd.close(); });
        $("#frmGopY").kendoValidator();
    });
</script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v2.10"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>"""
    head = (
        f'    <meta property="og:type" content="article" />\n'
        f'    <meta property="og:title" content="{t(s.title)}" />\n'
        f'    <meta property="og:url" content="{clean}" />\n'
        f'    <meta property="og:image" content="{base}{thumb(s)}" />\n'
        f'    <meta name="description" content="{t(teaser(s))}" />\n'
    )
    return _layout(request, s.title, main, head, scripts)


def print_page(s: Story) -> str:
    w: datetime = s.opts["when"]
    summary = f'<div class="news-summary"><b>{t(s.summary)}</b></div>' if s.summary and s.sapo_outside else ""
    author = (
        f'<p class="text-right"><b>{s.opts["author_label"]}:</b> {t(s.opts["author_box"])}</p>'
        if s.opts.get("author_box")
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <title>In bài viết - {SITE}</title>
    <link href="/Content/print.css" rel="stylesheet" media="all" />
</head>
<body onload="window.print();">
<div class="print-header"><img src="/Content/images/logo-sgddt.png" alt="" /> <b>{SITE.upper()}</b></div>
<h2>{t(s.title)}</h2>
<p><i>Ngày đăng: {dmy_hm(w)}</i></p>
{summary}
<div class="news-content">
{body_html(s)}
</div>
{author}
<p class="print-footer">Địa chỉ bài viết: {article_path(s)}</p>
<p><a href="{article_path(s)}">« Quay lại</a> | <a href="javascript:window.print()">In trang</a></p>
</body>
</html>"""


def soft_404(request: Request) -> str:
    main = f"""{_crumbs([("Tin tức", None)])}
<div class="alert alert-warning thong-bao-loi">
  <h4>Thông báo</h4>
  <p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>
  <p><a href="/">Quay về trang chủ</a></p>
</div>"""
    return _layout(request, "Thông báo", main)


# --- other pages -----------------------------------------------------------------------------


def home_page(request: Request) -> str:
    hot = LATEST[:5]
    lead = hot[0]
    carousel = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{article_path(s)}"><img src="/Uploads/slide/slide-{s.id}.jpg" alt="{t(s.title)}" /></a>'
        f'<div class="carousel-caption"><a href="{article_path(s)}">{t(s.title)}</a></div></div>'
        for i, s in enumerate(hot[:3])
    )
    hot_list = "".join(
        f'<li><a href="{article_path(s)}">{t(s.title)}</a> <span class="text-muted">({dmy(s.opts["when"])})</span></li>'
        for s in hot[1:]
    )
    boxes = []
    for cid, name in CATS.items():
        items = "".join(
            f'<li class="media"><a class="media-left" href="{article_path(s)}"><img src="{thumb(s)}" alt="" width="90" /></a>'
            f'<div class="media-body"><a href="{article_path(s)}">{t(s.title)}</a><br /><small>{dmy(s.opts["when"])}</small></div></li>'
            for s in in_cat(cid)[:PAGE_SIZE]
        )
        boxes.append(
            f'<div class="panel panel-default box-danh-muc"><div class="panel-heading"><h3 class="panel-title">{name}</h3>'
            f'<a href="/TinTuc/DanhMuc/{cid}?sort=NgayDang-desc" class="pull-right xem-them">Xem thêm »</a></div>'
            f'<div class="panel-body"><ul class="media-list">{items}</ul></div></div>'
        )
    albums = "".join(
        f'<div class="col-xs-6"><a href="/Album/{a}" class="thumbnail"><img src="/Uploads/album/{a}/{photos[0][0]}" alt="" />'
        f'<div class="caption">{t(title)}</div></a></div>'
        for a, (title, _, photos) in ALBUMS.items()
    )
    main = f"""<div class="row tin-noi-bat">
  <div class="col-md-7"><div id="carTinNoiBat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{carousel}</div></div></div>
  <div class="col-md-5"><h3 class="tieu-de-khoi"><a href="{article_path(lead)}">{t(lead.title)}</a></h3>
    <p>{t(teaser(lead))}</p><ul class="list-unstyled">{hot_list}</ul></div>
</div>
{"".join(boxes)}
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thư viện ảnh</h3></div>
  <div class="panel-body"><div class="row">{albums}</div></div></div>"""
    return _layout(request, "Trang chủ", main)


def static_page(request: Request, path: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{t(p)}</p>" for p in paras)
    main = f"""{_crumbs([("Giới thiệu", None), (title, None)])}
<div class="trang-tinh"><h2 class="page-title">{title}</h2>{body}</div>"""
    return _layout(request, title, main)


def contact_page(request: Request) -> str:
    main = f"""{_crumbs([("Liên hệ", None)])}
<div class="lien-he">
  <h2 class="page-title">Liên hệ</h2>
  <p><b>{SITE}</b></p>
  <p>Địa chỉ: Tầng 4, Khu hợp khối các sở, phường Tân Phong, tỉnh Lai Châu</p>
  <p>Điện thoại: 0213.3876.112 - Email: sgddt@laichau.edu.vn</p>
  <form action="/LienHe" method="post" id="frmLienHe" class="form-horizontal">
    <input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />
    <div class="form-group"><label class="col-sm-2 control-label" for="HoTen">Họ và tên</label><div class="col-sm-10"><input class="k-textbox" id="HoTen" name="HoTen" type="text" /></div></div>
    <div class="form-group"><label class="col-sm-2 control-label" for="DienThoai">Điện thoại</label><div class="col-sm-10"><input class="k-textbox" id="DienThoai" name="DienThoai" type="text" /></div></div>
    <div class="form-group"><label class="col-sm-2 control-label" for="TieuDe">Tiêu đề</label><div class="col-sm-10"><input class="k-textbox" id="TieuDe" name="TieuDe" type="text" /></div></div>
    <div class="form-group"><label class="col-sm-2 control-label" for="NoiDung">Nội dung</label><div class="col-sm-10"><textarea class="k-textbox" id="NoiDung" name="NoiDung" rows="6"></textarea></div></div>
    <div class="col-sm-offset-2"><button type="submit" class="k-button k-primary">Gửi liên hệ</button></div>
  </form>
  <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3691.2!2d103.45!3d22.39" width="100%" height="300" frameborder="0"></iframe>
</div>"""
    return _layout(request, "Liên hệ", main, scripts='<script>$(function () { $("#frmLienHe").kendoValidator(); });</script>')


def _doc_row(d: Doc) -> dict:
    return {
        "Id": d.id,
        "SoKyHieu": d.number,
        "NgayBanHanh": net_date(d.issued),
        "TrichYeu": d.abstract,
        "LoaiVanBan": d.kind,
        "TepDinhKem": doc_file(d),
        "Url": d.path,
    }


def van_ban_page(request: Request) -> str:
    pages = _pages(len(DOCS), DOC_PAGE_SIZE)
    rows = "".join(
        f'<tr{ALT if i % 2 else ""} role="row"><td role="gridcell"><a href="{d.path}">{t(d.number)}</a></td>'
        f'<td role="gridcell">{dmy(d.issued)}</td><td role="gridcell">{t(d.abstract)}</td>'
        f'<td role="gridcell" class="text-center"><a href="{doc_file(d)}" target="_blank" title="Tải về"><span class="k-icon k-i-download"></span></a></td></tr>'
        for i, d in enumerate(DOCS[:DOC_PAGE_SIZE])
    )
    grid = (
        '<div class="k-widget k-grid" id="grdVanBan" data-role="grid"><div class="k-grid-header"><div class="k-grid-header-wrap">'
        '<table role="grid"><colgroup><col style="width:150px" /><col style="width:110px" /><col /><col style="width:70px" /></colgroup>'
        '<thead role="rowgroup"><tr role="row">'
        '<th class="k-header" data-field="SoKyHieu" data-title="Số ký hiệu" scope="col"><span class="k-link">Số ký hiệu</span></th>'
        '<th class="k-header" data-field="NgayBanHanh" data-title="Ngày ban hành" scope="col"><span class="k-link">Ngày ban hành</span></th>'
        '<th class="k-header" data-field="TrichYeu" data-title="Trích yếu" scope="col"><span class="k-link">Trích yếu</span></th>'
        '<th class="k-header" data-title="Tải về" scope="col">Tải về</th></tr></thead></table></div></div>'
        '<div class="k-grid-content"><table role="grid"><colgroup><col style="width:150px" /><col style="width:110px" /><col /><col style="width:70px" /></colgroup>'
        f'<tbody role="rowgroup">{rows}</tbody></table></div>'
        + kendo_pager("grdVanBan_pager", 1, pages).replace('data-role="pager" ', "").replace(
            'class="k-pager-wrap k-widget k-floatwrap"', 'class="k-pager-wrap k-grid-pager k-widget k-floatwrap"'
        )
        + "</div>"
    )
    init = {
        "columns": [
            {"title": "Số ký hiệu", "width": "150px", "template": '<a href="#= Url #">#= SoKyHieu #</a>', "field": "SoKyHieu"},
            {"title": "Ngày ban hành", "width": "110px", "field": "NgayBanHanh", "format": "{0:dd/MM/yyyy}"},
            {"title": "Trích yếu", "field": "TrichYeu"},
            {"title": "Tải về", "width": "70px", "template": '<a href="#= TepDinhKem #" target="_blank"><span class="k-icon k-i-download"></span></a>'},
        ],
        "pageable": {"buttonCount": 5, "messages": {"display": "Trang {0} / {1}", "next": "Đi tới trang sau", "previous": "Đi tới trang trước"}},
        "dataSource": {
            "type": "__TYPE__",
            "transport": {"read": {"url": "/VanBan/DocDanhSach", "type": "GET"}, "prefix": ""},
            "pageSize": DOC_PAGE_SIZE, "page": 1, "total": len(DOCS),
            "serverPaging": True, "serverSorting": True, "serverFiltering": True, "serverGrouping": True, "serverAggregates": True,
            "filter": [],
            "schema": {"data": "Data", "total": "Total", "errors": "Errors", "model": {"id": "Id", "fields": {
                "Id": {"type": "number"}, "SoKyHieu": {"type": "string"}, "NgayBanHanh": {"type": "date"},
                "TrichYeu": {"type": "string"}, "TepDinhKem": {"type": "string"}, "Url": {"type": "string"}}}},
        },
        "autoBind": False,
    }  # fmt: skip
    cfg = mvc_json(init).replace(
        '"__TYPE__"',
        "(function(){if(kendo.data.transports['aspnetmvc-ajax']){return 'aspnetmvc-ajax';} else{throw new Error"
        "('The kendo.aspnetmvc.min.js script is not included.');}})()",
    )
    scripts = f'<script>\n\tkendo.syncReady(function(){{jQuery("#grdVanBan").kendoGrid({cfg});}});\n</script>'
    main = f"""{_crumbs([("Văn bản", None)])}
<div class="van-ban">
  <h2 class="page-title">Văn bản chỉ đạo điều hành</h2>
  {grid}
</div>"""
    return _layout(request, "Văn bản", main, scripts=scripts)


def docs_json(request: Request) -> Response:
    params = {**request.params, **(request.form if request.method == "POST" else {})}
    size = min(max(_int(params.get("pageSize"), DOC_PAGE_SIZE), 1), 50)
    page = max(_int(params.get("page"), 1), 1)
    rows = [_doc_row(d) for d in DOCS[(page - 1) * size : page * size]]
    body = mvc_json({"Data": rows, "Total": len(DOCS), "AggregateResults": None, "Errors": None})
    return Response(200, body, {"Content-Type": "application/json; charset=utf-8"})


def doc_page(request: Request, d: Doc) -> str:
    fields = [
        ("Số ký hiệu", t(d.number)),
        ("Loại văn bản", d.kind),
        ("Ngày ban hành", dmy(d.issued)),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", t(d.signer)),
        ("Trích yếu", t(d.abstract)),
        ("Tệp đính kèm", f'<a href="{doc_file(d)}" target="_blank"><span class="k-icon k-i-file-pdf"></span> {d.file}</a>'),
    ]
    rows = "".join(f'<tr><th style="width:180px">{k}</th><td>{v}</td></tr>' for k, v in fields)
    main = f"""{_crumbs([("Văn bản", "/VanBan"), (t(d.number), None)])}
<div class="van-ban-chi-tiet">
  <h2 class="page-title">Chi tiết văn bản</h2>
  <table class="table table-bordered table-striped">{rows}</table>
  <a href="/VanBan" class="k-button">« Quay lại danh sách</a>
</div>"""
    return _layout(request, d.number, main)


def album_index(request: Request) -> str:
    cards = "".join(
        f'<div class="col-sm-6 col-md-4"><div class="thumbnail"><a href="/Album/{a}"><img src="/Uploads/album/{a}/{photos[0][0]}" alt="{t(title)}" /></a>'
        f'<div class="caption"><h4><a href="/Album/{a}">{t(title)}</a></h4><p>{len(photos)} ảnh - {dmy(created)}</p></div></div></div>'
        for a, (title, created, photos) in ALBUMS.items()
    )
    main = f"""{_crumbs([("Thư viện ảnh", None)])}
<h2 class="page-title">Thư viện ảnh</h2>
<div class="row">{cards}</div>"""
    return _layout(request, "Thư viện ảnh", main)


def album_page(request: Request, a: int) -> str:
    title, created, photos = ALBUMS[a]
    items = "".join(
        f'<div class="col-sm-6 col-md-4 album-item"><a href="/Uploads/album/{a}/{f}" data-lightbox="album-{a}" data-title="{t(c)}">'
        f'<img src="/Uploads/album/{a}/thumb_{f}" class="img-responsive" alt="{t(c)}" /></a><p class="album-caption">{t(c)}</p></div>'
        for f, c in photos
    )
    main = f"""{_crumbs([("Thư viện ảnh", "/Album"), (t(title), None)])}
<div class="album-chi-tiet">
  <h2 class="album-title">{t(title)}</h2>
  <p class="text-muted">Ngày tạo: {dmy(created)} | {len(photos)} ảnh</p>
  <div class="row">{items}</div>
</div>"""
    return _layout(request, title, main)


def search_page(request: Request) -> str:
    kw = request.params.get("tuKhoa", "").strip()
    if kw:
        found = [s for s in LATEST if kw.lower() in s.title.lower()][:10]
        rows = "".join(f'<li><a href="{article_path(s)}">{t(s.title)}</a> ({dmy(s.opts["when"])})</li>' for s in found)
        result = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <b>{t(kw)}</b>.</p><ul>{rows}</ul>"
    else:
        result = "<p>Vui lòng nhập từ khóa để tìm kiếm.</p>"
    main = f"""{_crumbs([("Tìm kiếm", None)])}
<h2 class="page-title">Kết quả tìm kiếm</h2>
{result}"""
    return _layout(request, "Tìm kiếm", main)


def login_page(request: Request) -> str:
    ret = request.params.get("ReturnUrl", "")
    main = f"""<div class="row"><div class="col-md-4 col-md-offset-4">
<div class="panel panel-default dang-nhap"><div class="panel-heading"><h3 class="panel-title">Đăng nhập hệ thống</h3></div>
<div class="panel-body">
  <form action="/Account/DangNhap?ReturnUrl={quote(ret, safe="")}" method="post" class="form-horizontal" role="form">
    <input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />
    <div class="form-group"><label for="TenDangNhap" class="col-md-4 control-label">Tên đăng nhập</label><div class="col-md-8"><input class="k-textbox" id="TenDangNhap" name="TenDangNhap" type="text" /></div></div>
    <div class="form-group"><label for="MatKhau" class="col-md-4 control-label">Mật khẩu</label><div class="col-md-8"><input class="k-textbox" id="MatKhau" name="MatKhau" type="password" /></div></div>
    <div class="form-group"><div class="col-md-offset-4 col-md-8"><label><input type="checkbox" name="GhiNho" value="true" /> Ghi nhớ đăng nhập</label></div></div>
    <div class="form-group"><div class="col-md-offset-4 col-md-8"><button type="submit" class="k-button k-primary">Đăng nhập</button></div></div>
  </form>
</div></div></div></div>"""
    return _layout(request, "Đăng nhập", main, sidebar=False)


_IIS_QUERY_TOO_LONG = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>IIS 8.5 Detailed Error - 404.15 - Not Found</title></head>
<body><div id="content"><div class="content-container"><h3>HTTP Error 404.15 - Not Found</h3>
<h4>The request filtering module is configured to deny a request where the query string is too long.</h4></div></div></body></html>"""


# --- the site --------------------------------------------------------------------------------

_FILES = {f"/Uploads/VanBan/2026/{d.file}" for d in DOCS} | {
    href for s in STORIES for href, _, _ in s.opts.get("attachments", [])
} | {"/Uploads/files/2026/11/KH-1735-SGDDT-giao-duc-dan-toc.pdf"}


class KendoMvcSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if len(request.query) > QUERY_LIMIT:
            return html(_IIS_QUERY_TOO_LONG, status=404)
        lower = path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
        if lower.startswith(("/content/", "/scripts/", "/uploads/")) or lower == "/favicon.ico":
            return static_file(path)
        if path == "/" or lower.strip("/").split("/") == ["home", "index"]:  # (ASP.NET MVC's default route)
            return html(home_page(request))
        if m := re.fullmatch(r"/TinTuc/DanhMuc/(\d+)", path, re.I):
            cid = int(m.group(1))
            return html(category_page(request, cid)) if cid in CATS else html(soft_404(request))
        if lower == "/tintuc/docdanhsach":
            return news_json(request)
        if m := re.fullmatch(r"/rss/(\d+)", path, re.I):
            return rss(request, int(m.group(1))) if int(m.group(1)) in CATS else None
        if m := re.fullmatch(r"/TinTuc/ChiTiet/(\d+)(?:/([^/]*))?", path, re.I):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return html(soft_404(request))
            return html(article_page(request, s, m.group(2) or s.slug))
        if m := re.fullmatch(r"/TinTuc/InBai/(\d+)", path, re.I):
            s = BY_ID.get(int(m.group(1)))
            return html(print_page(s)) if s else None
        if path in PAGES:
            return html(static_page(request, path))
        if lower == "/lienhe":
            return html(contact_page(request))
        if lower == "/vanban":
            return html(van_ban_page(request))
        if lower == "/vanban/docdanhsach":
            return docs_json(request)
        if m := re.fullmatch(r"/VanBan/ChiTiet/(\d+)", path, re.I):
            d = DOC_BY_ID.get(int(m.group(1)))
            return html(doc_page(request, d)) if d else None
        if lower == "/album":
            return html(album_index(request))
        if m := re.fullmatch(r"/Album/(\d+)", path, re.I):
            a = int(m.group(1))
            return html(album_page(request, a)) if a in ALBUMS else None
        if lower == "/timkiem":
            return html(search_page(request))
        if lower == "/account/dangnhap":
            return html(login_page(request))
        return None


def build_site() -> KendoMvcSite:
    return KendoMvcSite()
