"""Sở GD&ĐT tỉnh Khánh Hòa on a Vietnamese vendor's own e-government portal product (2021 build).

The platform
------------
A local software vendor's "Cổng thông tin điện tử" product: Java Spring Boot 2.7 behind Tomcat,
Thymeleaf templates, jQuery and Bootstrap 3 from webjars, CKEditor 4 in the back office. Not
Liferay and not any known CMS: the vendor's own controllers and templates, deployed for the
provincial Department of Education and Training (Sở GD&ĐT) of Khánh Hòa in 2021. Everything on
this portal is a "tin" (news item) of one database table; a category's type decides whether
its items are news or documents (văn bản), and both kinds live under the same detail URL.

What the portal serves
----------------------
- ``/`` the home page: a Bootstrap carousel of 5 featured news ("Tin nổi bật"; three of its
  links still carry the slug the item had before its title was edited), a "Thông báo" marquee,
  one block per news category (the newest item large with its thumbnail, title and summary,
  the next four as plain links, "Xem tất cả"), a "Văn bản mới" table of the newest documents,
  and the side column: "Tin mới", the "Liên kết website" select box (options are other hosts'
  URLs), banners, visitor statistics ("Đang online: 12 | Hôm nay: 845 | Tổng: 1.204.557").
- Every page: the top bar with *today's* date (TODAY) and a "Đăng nhập" link to ``/dang-nhap``;
  the banner image in the site's only ``<h1>`` (an ``<h1 class="logo">`` around an ``<img>``
  with no alt); the menu (Trang chủ, Giới thiệu, Tin tức ▸ 3 categories, Chỉ đạo điều hành,
  Tuyển dụng, Liên hệ; "Tuyển dụng" is a link straight to a notice under its old slug); a
  search form (GET ``/tim-kiem?tuKhoa=…``); the footer with address, phone and "Bản quyền
  thuộc về Sở Giáo dục và Đào tạo tỉnh Khánh Hòa".
- ``/tin-tuc/chi-tiet/<id>/<slug>.html`` a news item (or a document entry, see below). The
  slug is cosmetic: the controller looks the item up by id only, so any slug serves the same
  page (a wrong id is a 404). The page prints ``rel=canonical`` (and og:url) with the current
  slug, absolute on the host that was asked.
- ``/tin-tuc/danh-muc/<catId>/<slug>.html`` a category listing (slug cosmetic as well):
  "Tin hoạt động" (3), "Thông báo" (7), "Chỉ đạo điều hành" (12, a table of documents),
  "Gương người tốt việc tốt" (15). ``/tin-tuc`` lists all news of the three news categories.
  Paging is Spring Data's: ``?page=N&size=5``, N ZERO-based; the menu and "Xem tất cả" links
  carry no query (the controller's default is page 0, size 5). The pager is a Bootstrap
  ``ul.pagination`` built by Thymeleaf: "Đầu", "«", the numbers 1..n (page=0 prints "1"),
  "»", "Cuối", every link with ``&sort=ngayDang,desc`` (the listing is always sorted so; the
  parameter changes nothing). Disabled items ("Đầu"/"«" on the first page, "»"/"Cuối" on the
  last) link to ``javascript:void(0)``. ``?page=-1`` or ``?page=999`` answer 200 with an empty
  list "Không có dữ liệu" (the pager is still printed when the category has several pages).
  Listings: /tin-tuc 13 items → 3 pages; Tin hoạt động 6 → 2 pages; Thông báo 4 and Gương
  người tốt việc tốt 3 → 1 page (no pager); Chỉ đạo điều hành 3 documents → 1 page.
- ``/tin-tuc/in/<id>`` the print view ("In bài"): the same article without any chrome (title,
  date, summary, content, the article's address in the footer), no canonical, no breadcrumb,
  ``onload="window.print()"``. A duplicate of the article, not an article of its own.
- ``/file/download?id=N`` an attachment: PDF (or docx/xlsx) bytes sent as
  ``application/octet-stream`` with ``Content-Disposition: attachment``.
- ``/tim-kiem?tuKhoa=…`` search results (title, summary or keyword match) in the listing's
  markup; the articles' "Từ khóa" tags link there too.
- ``/dang-nhap`` the back office login form (200; a POST answers the form again with an
  error). ``/gioi-thieu`` (the "Giới thiệu chung" static page) and ``/lien-he`` (address and a
  contact form) are static pages. ``/robots.txt`` disallows only ``/quan-tri/``.
- Session ids: a page request that carries no ``JSESSIONID`` cookie opens a session (the
  visitor counter needs one). Tomcat then cannot know whether the client keeps cookies, so
  every link Thymeleaf builds with ``@{…}`` on that response (menus, listings, pagers, "In
  bài", thumbnails, styles, form actions) is rewritten with the path parameter
  ``;jsessionid=<32 hex>`` before the query, and ``Set-Cookie: JSESSIONID=…`` is sent. A client
  that returns the cookie gets clean links from then on, so a crawler with cookies sees them on
  its first response only. A path with ``;jsessionid=…`` serves the same page as without it
  (the container strips path parameters before routing). Links that are not built by ``@{…}``
  are never rewritten: the canonical/og:url (string concatenation) and everything inside the
  CKEditor content (printed with ``th:utext``), so article images never carry a session id.

Article pages
-------------
``ol.breadcrumb`` (Trang chủ › Tin tức › <category>, the last an ``li.active`` without link);
the title in ``<div class="news-title"><h3>``; the date line ``<div class="news-date"><i
class="fa fa-clock-o"></i> Thứ sáu, 20/11/2026 | 08:30</div>`` with "Lượt xem: 1.245" beside
it; the sapo as ``<div class="news-summary"><strong>…</strong></div>`` outside the content
(Thymeleaf's ``th:if`` is true for an empty string, so a notice saved with an empty summary
prints an empty ``news-summary`` block; an item whose summary is null prints none); then
``<div class="news-content">`` with the CKEditor 4 body. CKEditor's default entity
serialisation writes the Latin-1 letters and some punctuation as named entities (``Kh&aacute;nh
H&ograve;a``, ``&ldquo;``, ``&nbsp;``) and leaves the other Vietnamese letters raw, so every body
mixes both. One item's text was pasted in decomposed Unicode (title excepted), one pasted from
Word (``MsoNormal`` paragraphs and spans). Paragraphs are ``<p style="text-align:justify">``,
headings bold paragraphs, lists ``<ul><li>``, data tables bordered tables. Photos: a one-column
``table.image-table`` (image row, caption row ``<td><em>…</em></td>``) on most items; a centred
``<p>`` with the image then a centred italic caption paragraph on others; one item with two
photos side by side in one row and one caption cell spanning both (``colspan="2"``). The byline
is the last paragraph, right-aligned and bold; a "(Nguồn: Báo …)" line right-aligned and italic
may stand before it. After the content: "Tệp đính kèm" (a table: file name, size, a download
icon linking ``/file/download?id=…``) when there are files, "Từ khóa" tags on some, the tools
("In bài", "Gửi email" (a modal), "Quay lại" (history.back), "Chia sẻ" Facebook/Zalo) and "Các
tin khác": the ten newest other news items, each with its date in parentheses.

Document entries (category 12) use the same detail URL and page frame (breadcrumb, ``news-title``
h3, date line, views) but print the document's record instead of a body: a table "Số ký hiệu /
Ngày ban hành / Cơ quan ban hành / Người ký / Trích yếu", the "Tệp đính kèm" table with the PDF,
and "Các văn bản khác". They are entries of a document register, not articles.

How each gold article is reached
--------------------------------
Home: carousel (10262, 10258 and 10256 under their old slug; 10247 and 10251 under the current
one), the "Thông báo" marquee (10260, 10254, 10247, 10239), the three category blocks (Tin hoạt
động: 10262 large, 10258, 10251, 10243, 10236; Thông báo: 10260 large, 10254, 10247, 10239;
Gương người tốt việc tốt: 10256 large, 10241, 10232), "Tin mới" (the five newest). 10229 (the
oldest Tin hoạt động item) is on none of the home page's lists: it is reached only on page 2 of
Tin hoạt động (``?page=1&size=5&sort=ngayDang,desc``) and page 3 of /tin-tuc. "Các tin khác"
under each article lists the ten newest news items other than itself (so 10232 and 10229, the
two oldest, are never in it). The menu's "Tuyển dụng" links to 10254 under its old
slug; the home page shows no document entry beyond the three of "Văn bản mới".

Gold decisions
--------------
- Title: the ``news-title`` h3 as printed (never the ``<title>``, which appends the site).
- Date: the date line's day and time, local (+07:00). Listing dates agree with it. Event dates
  in the text ("Sáng 19/11") are content.
- Summary: the ``news-summary`` text; it is also the body's first paragraph. An empty block (the
  tiếp công dân notice) or no block (the STEM day) gives None.
- Body: the sapo, then the content's paragraphs, headings, list items and table rows (cells
  joined by " | "); without the caption lines, the byline, the "(Nguồn: …)" line, the
  attachments table, tags, tools and "Các tin khác".
- Authors, per house convention, from the last line: "Nguyễn Thị Hoa - Phòng GDTrH" → the
  person only; "Tin, ảnh: Trần Minh" → author and photographer; "Bài: Lê Thu Hà - Ảnh: Phạm
  Quốc Bảo" → author Lê Thu Hà, photographer Phạm Quốc Bảo; "Văn phòng Sở", "Phòng GDTrH",
  "Phòng Tổ chức cán bộ" alone sign → that unit is the author, as printed; "ThS. Võ Minh Trí -
  Phòng Quản lý chất lượng" → "Võ Minh Trí"; "Hồ Thị Mỹ Linh, Đặng Văn Tùng - Trường THPT Lý Tự
  Trọng" → both persons; "BBT" → nobody; no byline → nobody. A republished story: "(Nguồn: Báo
  Khánh Hòa)" then "Thu Hiền" → source "Báo Khánh Hòa", author "Thu Hiền".
- Images: the content's photos in order, as printed (relative paths; one pasted with an
  absolute URL of the production host stays that URL). Listing thumbnails, the carousel, the
  banner, icons and share buttons are not article images. Captions: the caption row or the
  centred italic line under the photo. An image-table whose caption row is only ``&nbsp;``, and
  a centred photo followed directly by body text, have no caption (None). The two photos side by
  side share one caption cell spanning both columns: the line describes the pair, and the
  ``colspan`` attaches it to each column equally, so both photos get that caption (neither is
  captionless, and the reader reads the same line under either).
- Category: the breadcrumb's last item.
- Not articles: the document entries of "Chỉ đạo điều hành", the Giới thiệu and Liên hệ pages,
  listings, print views, search results, the login page, attachments.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import threading
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
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

NAME = "springboot_vendor_sgddt"
PLATFORM = "Vendor portal product (Spring Boot 2.7 + Thymeleaf + Bootstrap 3)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"
SHORT_NAME = "Sở GD&ĐT Khánh Hòa"
PAGE_SIZE = 5

#: catId -> (name, slug, kind)
CATEGORIES = {
    3: ("Tin hoạt động", "tin-hoat-dong", "news"),
    7: ("Thông báo", "thong-bao", "news"),
    12: ("Chỉ đạo điều hành", "chi-dao-dieu-hanh", "docs"),
    15: ("Gương người tốt việc tốt", "guong-nguoi-tot-viec-tot", "news"),
}
NEWS_CATS = (3, 7, 15)


def H(value: str) -> P:
    """A heading of the body: a bold paragraph in CKEditor."""
    return P(value, "h")


def LI(value: str) -> P:
    return P(value, "li")


def TR(value: str) -> P:
    """A table row, cells joined by " | " (the gold form of a row)."""
    return P(value, "tr")


def byline(value: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(value)}</strong></p>')


def source_line(value: str) -> Raw:
    return Raw(f'<p style="text-align:right"><em>{esc(value)}</em></p>')


UP = "/uploads/ckeditor/images/2026"

# --- the news items (gold fields written by hand) -----------------------------------------------

A1 = Story(
    id=10262,
    slug="so-gd-dt-to-chuc-hoi-nghi-so-ket-5-nam-thuc-hien-chuyen-doi-so-trong-nganh-giao-duc",
    title="Sở GD&ĐT tổ chức Hội nghị sơ kết 5 năm thực hiện chuyển đổi số trong ngành Giáo dục",
    cat="Tin hoạt động",
    published_at="2026-11-24T15:20:00+07:00",
    summary=(
        "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức Hội nghị sơ kết 5 năm thực hiện Đề án "
        "chuyển đổi số trong ngành Giáo dục tỉnh Khánh Hòa giai đoạn 2021-2025, định hướng đến "
        "năm 2030. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 186 "
        "điểm cầu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự hội nghị có ông Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Khoa "
            "học và Công nghệ, Sở Tài chính; đại diện Viettel Khánh Hòa, VNPT Khánh Hòa cùng cán "
            "bộ quản lý các trường THPT, trung tâm GDNN-GDTX và các trường THCS trên địa bàn tỉnh."
        ),
        Img(
            f"{UP}/11/24/hoi-nghi-chuyen-doi-so-1.jpg",
            printed="Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành phát biểu chỉ đạo tại hội nghị",
            caption="Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành phát biểu chỉ đạo tại hội nghị",
            style="table",
        ),
        H("1. Kết quả nổi bật sau 5 năm triển khai"),
        P(
            "Theo báo cáo của Sở GD&ĐT, đến nay 100% cơ sở giáo dục phổ thông trên địa bàn tỉnh đã "
            "triển khai phần mềm quản lý trường học, sổ điểm điện tử và học bạ số; 98,6% học sinh "
            "được cấp mã định danh và đồng bộ dữ liệu lên Cơ sở dữ liệu ngành. Việc thanh toán học "
            "phí không dùng tiền mặt đạt tỉ lệ 94,2%, tăng gần gấp ba lần so với năm 2021."
        ),
        P("Một số chỉ tiêu chính theo từng cấp học như sau:"),
        TR("Cấp học | Số trường | Dùng học bạ số | Thu học phí không dùng tiền mặt"),
        TR("Tiểu học | 214 | 214 | 96,5%"),
        TR("Trung học cơ sở | 132 | 132 | 95,1%"),
        TR("Trung học phổ thông | 41 | 41 | 91,8%"),
        TR("Trung tâm GDNN-GDTX | 8 | 6 | 82,0%"),
        H("2. Những khó khăn, hạn chế"),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: hạ tầng mạng ở các xã "
            "miền núi Khánh Sơn, Khánh Vĩnh còn chập chờn; một bộ phận giáo viên lớn tuổi còn lúng "
            "túng khi sử dụng các nền tảng dạy học trực tuyến; kinh phí đầu tư thiết bị còn hạn hẹp "
            "so với nhu cầu."
        ),
        Img(
            f"{UP}/11/24/hoi-nghi-chuyen-doi-so-2.jpg",
            printed="Đại biểu tham quan gian trưng bày sản phẩm chuyển đổi số của các đơn vị",
            caption="Đại biểu tham quan gian trưng bày sản phẩm chuyển đổi số của các đơn vị",
            style="table",
        ),
        H("3. Nhiệm vụ trọng tâm giai đoạn tới"),
        LI(
            "Hoàn thiện kho học liệu số dùng chung toàn tỉnh, ưu tiên các môn học mới của Chương "
            "trình GDPT 2018;"
        ),
        LI("Triển khai học bạ số đối với 100% trung tâm GDNN-GDTX trong năm 2027;"),
        LI(
            "Bồi dưỡng kỹ năng số cho đội ngũ giáo viên, nhân viên theo khung năng lực số của Bộ "
            "GD&ĐT;"
        ),
        LI("Tăng cường bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh."),
        P(
            "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành ghi nhận những nỗ lực của "
            "ngành Giáo dục, đề nghị Sở GD&ĐT tiếp tục phối hợp với các sở, ngành tham mưu UBND "
            "tỉnh bố trí nguồn lực, coi chuyển đổi số là nhiệm vụ xuyên suốt, gắn với đổi mới "
            "phương pháp dạy học và quản trị nhà trường."
        ),
        P(
            "Dịp này, Giám đốc Sở GD&ĐT đã tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành "
            "tích xuất sắc trong thực hiện chuyển đổi số giai đoạn 2021-2025."
        ),
        byline("Nguyễn Thị Hoa - Phòng GDTrH"),
    ],
    authors=["Nguyễn Thị Hoa"],
    opts={
        "cat": 3,
        "old_slug": "hoi-nghi-so-ket-chuyen-doi-so-nganh-giao-duc",
        "files": [(5530, "Bao-cao-so-ket-5-nam-CDS-nganh-GD.pdf", "2,4 MB")],
        "tags": ["chuyển đổi số", "học bạ số"],
    },
)

A2 = Story(
    id=10258,
    slug="nganh-giao-duc-khanh-hoa-long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Ngành Giáo dục Khánh Hòa long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-20T08:30:00+07:00",
    summary=(
        "Sáng 19/11, tại Trung tâm Hội nghị tỉnh, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh, Ủy ban MTTQ Việt Nam "
            "tỉnh, lãnh đạo các sở, ngành cùng hơn 400 nhà giáo, cán bộ quản lý giáo dục đại diện "
            "cho gần 28.000 cán bộ, giáo viên, nhân viên toàn ngành."
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, Giám đốc Sở GD&ĐT Phan Thị Mai Anh "
            "khẳng định: năm học 2025-2026, ngành Giáo dục tỉnh đã hoàn thành toàn diện các nhiệm "
            "vụ; tỉ lệ tốt nghiệp THPT đạt 99,12%, cao hơn bình quân cả nước; tỉnh có 9 học sinh "
            "đạt giải kỳ thi chọn học sinh giỏi quốc gia."
        ),
        Img(
            f"{UP}/11/20/le-ky-niem-20-11-a.jpg",
            printed="Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026",
            caption="Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026",
            style="pair-left",
        ),
        Img(
            f"{UP}/11/20/le-ky-niem-20-11-b.jpg",
            printed=None,
            caption="Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026",
            style="pair-right",
        ),
        P(
            "Tại buổi lễ, 44 nhà giáo tiêu biểu được UBND tỉnh tặng Bằng khen; 3 nhà giáo được Bộ "
            "trưởng Bộ GD&ĐT tặng Kỷ niệm chương Vì sự nghiệp giáo dục. Đây là những thầy cô có "
            "nhiều sáng kiến trong giảng dạy, tận tụy với học sinh vùng khó khăn."
        ),
        P(
            "Thay mặt các nhà giáo được tuyên dương, cô Lê Thị Kim Chi, giáo viên Trường PTDTNT "
            "THCS Khánh Sơn, bày tỏ xúc động và hứa sẽ tiếp tục nỗ lực, giữ vững tâm huyết với "
            "nghề, vì học trò thân yêu."
        ),
        Img(
            f"{UP}/11/20/le-ky-niem-20-11-c.jpg",
            printed="Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
            caption="Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
            style="table",
        ),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh Trường THPT chuyên Lê "
            "Quý Đôn biểu diễn, tri ân thầy cô."
        ),
        byline("Tin, ảnh: Trần Minh"),
    ],
    authors=["Trần Minh"],
    photographers=["Trần Minh"],
    opts={
        "cat": 3,
        "old_slug": "ky-niem-ngay-nha-giao-viet-nam-20-11",
        "tags": ["nhà giáo tiêu biểu"],
    },
)

A3 = Story(
    id=10251,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027",
    cat="Tin hoạt động",
    published_at="2026-11-17T10:05:00+07:00",
    summary=(
        "Sáng 16/11, tại Trường THCS Thái Nguyên (phường Nha Trang), Sở GD&ĐT khai mạc Hội thi "
        "giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027 với sự tham gia của 168 giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi diễn ra từ ngày 16/11 đến 22/11/2026, gồm hai phần: trình bày biện pháp nâng "
            "cao chất lượng giảng dạy và thực hành dạy học hai tiết trên lớp. Các môn thi gồm Ngữ "
            "văn, Toán, Khoa học tự nhiên, Lịch sử và Địa lý, Tiếng Anh và Tin học."
        ),
        Img(
            f"{UP}/11/17/khai-mac-hoi-thi-gvdg.jpg",
            printed="Quang cảnh lễ khai mạc Hội thi",
            caption="Quang cảnh lễ khai mạc Hội thi",
            style="center",
        ),
        P(
            "Phát biểu khai mạc, Phó Giám đốc Sở GD&ĐT Trương Quang Vinh nhấn mạnh hội thi là dịp "
            "để giáo viên giao lưu, chia sẻ kinh nghiệm, lan tỏa các phương pháp dạy học tích "
            "cực, đáp ứng yêu cầu của Chương trình GDPT 2018. Ban Tổ chức yêu cầu các giám khảo "
            "đánh giá khách quan, công bằng, đúng quy chế."
        ),
        Img(
            f"{UP}/11/17/tiet-day-thi-khtn.jpg",
            printed="Một tiết dạy thi môn Khoa học tự nhiên của giáo viên dự thi",
            caption="Một tiết dạy thi môn Khoa học tự nhiên của giáo viên dự thi",
            style="center",
        ),
        P(
            "Kết quả hội thi là căn cứ để công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh, đồng "
            "thời là cơ sở lựa chọn giáo viên cốt cán bồi dưỡng cho đồng nghiệp trong thời gian tới."
        ),
        byline("Bài: Lê Thu Hà - Ảnh: Phạm Quốc Bảo"),
    ],
    authors=["Lê Thu Hà"],
    photographers=["Phạm Quốc Bảo"],
    opts={"cat": 3},
)

A4 = Story(
    id=10243,
    slug="tap-huan-giao-vien-cot-can-mon-tin-hoc-theo-chuong-trinh-gdpt-2018",
    title="Tập huấn giáo viên cốt cán môn Tin học theo Chương trình GDPT 2018",
    cat="Tin hoạt động",
    published_at="2026-11-12T14:45:00+07:00",
    summary=(
        "Từ ngày 10 đến 12/11, Sở GD&ĐT tổ chức lớp tập huấn cho 85 giáo viên cốt cán môn Tin học "
        "cấp THCS và THPT."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại lớp tập huấn, các báo cáo viên là giảng viên Trường Đại học Nha Trang đã hướng dẫn "
            "học viên về dạy học lập trình theo định hướng phát triển năng lực, sử dụng các công "
            "cụ trí tuệ nhân tạo hỗ trợ soạn bài và kiểm tra, đánh giá, cùng các yêu cầu bảo đảm "
            "an toàn thông tin trong nhà trường."
        ),
        Img(f"{UP}/11/12/tap-huan-tin-hoc.jpg", printed=None, caption=None, style="table"),
        P(
            "Sau tập huấn, giáo viên cốt cán có trách nhiệm tổ chức bồi dưỡng lại cho giáo viên "
            "tại đơn vị và cụm chuyên môn trước ngày 15/12/2026."
        ),
        byline("Phòng GDTrH"),
    ],
    authors=["Phòng GDTrH"],
    opts={"cat": 3, "tags": ["chuyển đổi số"]},
)

A5 = Story(
    id=10236,
    slug="kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-vung-cao-khanh-vinh",
    title="Kiểm tra công tác tổ chức bán trú tại các trường vùng cao Khánh Vĩnh",
    cat="Tin hoạt động",
    published_at="2026-11-06T16:10:00+07:00",
    summary=(
        "Từ ngày 04 đến 05/11, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở Trương Quang Vinh "
        "làm trưởng đoàn đã kiểm tra công tác tổ chức bán trú tại 6 trường học trên địa bàn các "
        "xã Khánh Vĩnh, Nam Khánh Vĩnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đoàn đã kiểm tra cơ sở vật chất khu nội trú, bếp ăn, hồ sơ quản lý học sinh bán trú, "
            "việc thực hiện chế độ hỗ trợ tiền ăn, gạo cho học sinh và công tác bảo đảm an toàn "
            "thực phẩm."
        ),
        Img(
            "https://sgddt.khanhhoa.gov.vn/uploads/ckeditor/images/2026/11/06/kiem-tra-ban-tru.jpg",
            printed=(
                "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH-THCS Khánh Thượng"
            ),
            caption="Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH-THCS Khánh Thượng",
            style="center",
        ),
        P(
            "Qua kiểm tra, đoàn đánh giá các trường đã quan tâm chăm lo bữa ăn, chỗ ở cho học "
            "sinh; nhiều trường tận dụng đất trống để tăng gia, cải thiện bữa ăn. Tuy nhiên, một "
            "số phòng ở còn chật, thiếu nước sinh hoạt vào mùa khô."
        ),
        P(
            "Trưởng đoàn đề nghị các trường rà soát, đề xuất nhu cầu sửa chữa để Sở tổng hợp, tham "
            "mưu UBND tỉnh bố trí kinh phí trong năm 2027."
        ),
        byline("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
    # the editor pasted body and summary as decomposed Unicode ("Unicode tổ hợp")
    opts={"cat": 3, "nfd": True},
)

A6 = Story(
    id=10229,
    slug="truong-thpt-ly-tu-trong-to-chuc-ngay-hoi-stem-nam-2026",
    title="Trường THPT Lý Tự Trọng tổ chức Ngày hội STEM năm 2026",
    cat="Tin hoạt động",
    published_at="2026-10-30T09:00:00+07:00",
    summary=None,
    sapo_outside=True,
    blocks=[
        P(
            "Ngày 28/10, Trường THPT Lý Tự Trọng tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng "
            "tạo vì cộng đồng xanh”, thu hút hơn 1.200 học sinh tham gia."
        ),
        P("Ngày hội gồm các hoạt động:"),
        LI("Trưng bày 36 sản phẩm STEM do học sinh tự thiết kế, chế tạo;"),
        LI("Thi phóng tên lửa nước và lắp ráp robot;"),
        LI(
            "Tọa đàm “Học sinh với nghiên cứu khoa học kỹ thuật” với khách mời là các giảng viên "
            "Trường Đại học Nha Trang."
        ),
        Img(
            f"{UP}/10/30/ngay-hoi-stem-1.jpg",
            printed="Học sinh giới thiệu mô hình hệ thống tưới cây tự động dùng năng lượng mặt trời",
            caption="Học sinh giới thiệu mô hình hệ thống tưới cây tự động dùng năng lượng mặt trời",
            style="table",
        ),
        P(
            "Nhiều sản phẩm có tính ứng dụng cao như máy lọc nước mini, thùng rác phân loại thông "
            "minh, hệ thống cảnh báo ngập lụt… Các sản phẩm xuất sắc sẽ được nhà trường chọn "
            "lựa, hoàn thiện để tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh."
        ),
        byline("Hồ Thị Mỹ Linh, Đặng Văn Tùng - Trường THPT Lý Tự Trọng"),
    ],
    authors=["Hồ Thị Mỹ Linh", "Đặng Văn Tùng"],
    opts={"cat": 3},
)

B1 = Story(
    id=10260,
    slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so",
    title="Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở",
    cat="Thông báo",
    published_at="2026-11-23T07:45:00+07:00",
    summary=None,
    sapo_outside=True,
    blocks=[
        P(
            "Giám đốc Sở GD&ĐT tiếp công dân định kỳ vào ngày 15/12/2026 (thứ Ba), từ 7 giờ 30 "
            "đến 11 giờ 00, tại Phòng tiếp công dân, số 04 Phan Chu Trinh, phường Nha Trang."
        ),
        P("Công dân có nhu cầu đăng ký trước qua Văn phòng Sở, điện thoại 0258.3822.946."),
    ],
    # saved with an empty summary: th:if prints an empty news-summary block
    opts={"cat": 7, "empty_summary": True},
)

B2 = Story(
    id=10254,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026-dot-2",
    title="Thông báo tuyển dụng viên chức giáo viên năm 2026 (đợt 2)",
    cat="Thông báo",
    published_at="2026-11-18T16:30:00+07:00",
    summary=(
        "Sở GD&ĐT thông báo tuyển dụng 126 chỉ tiêu viên chức giáo viên làm việc tại các trường "
        "THPT, trường PTDTNT và trung tâm GDNN-GDTX trực thuộc Sở năm 2026 (đợt 2)."
    ),
    sapo_outside=True,
    blocks=[
        H("1. Chỉ tiêu tuyển dụng"),
        P(
            "Tổng chỉ tiêu: 126 người, trong đó giáo viên THPT 98 chỉ tiêu, giáo viên trường PTDTNT "
            "17 chỉ tiêu, giáo viên trung tâm GDNN-GDTX 11 chỉ tiêu (chi tiết tại phụ lục kèm theo)."
        ),
        H("2. Điều kiện đăng ký dự tuyển"),
        LI("Có quốc tịch Việt Nam, cư trú tại Việt Nam, đủ 18 tuổi trở lên;"),
        LI(
            "Có bằng tốt nghiệp đại học sư phạm trở lên phù hợp với vị trí việc làm đăng ký dự "
            "tuyển;"
        ),
        LI("Có đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ."),
        H("3. Thời gian và địa điểm nhận Phiếu đăng ký"),
        P(
            "Từ ngày 20/11/2026 đến hết ngày 19/12/2026 (trong giờ hành chính), tại Phòng Tổ chức "
            "cán bộ - Sở GD&ĐT, số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa."
        ),
        byline("Phòng Tổ chức cán bộ"),
    ],
    authors=["Phòng Tổ chức cán bộ"],
    opts={
        "cat": 7,
        "old_slug": "thong-bao-tuyen-dung-vien-chuc-nam-2026",
        "files": [
            (5502, "TB-tuyen-dung-vien-chuc-2026-dot2.pdf", "412 KB"),
            (5503, "Phu-luc-chi-tieu-tuyen-dung.xlsx", "38 KB"),
            (5504, "Mau-phieu-dang-ky-du-tuyen.docx", "25 KB"),
        ],
    },
)

B3 = Story(
    id=10247,
    slug="thong-bao-ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Thông báo kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-11-14T11:00:00+07:00",
    summary=(
        "Sở GD&ĐT thông báo kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
        "2026-2027, tổ chức ngày 05 và 06/11/2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi có 1.046 thí sinh dự thi ở 11 môn. Kết quả có 512 thí sinh đạt giải (chiếm "
            "48,95%), gồm 38 giải Nhất, 121 giải Nhì, 168 giải Ba và 185 giải Khuyến khích."
        ),
        P("Số lượng giải theo một số môn:"),
        TR("Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích"),
        TR("Toán | 112 | 4 | 13 | 18 | 20"),
        TR("Ngữ văn | 125 | 3 | 14 | 20 | 22"),
        TR("Tiếng Anh | 130 | 5 | 15 | 21 | 23"),
        TR("Tin học | 76 | 4 | 9 | 11 | 13"),
        P(
            "Thí sinh có nhu cầu phúc khảo nộp đơn tại đơn vị dự thi trước 17 giờ 00 ngày "
            "21/11/2026. Danh sách chi tiết thí sinh đạt giải xem tại tệp đính kèm."
        ),
        byline("ThS. Võ Minh Trí - Phòng Quản lý chất lượng"),
    ],
    authors=["Võ Minh Trí"],
    opts={
        "cat": 7,
        "files": [(5495, "KQ-thi-HSG-lop12-nam-hoc-2026-2027.pdf", "1,2 MB")],
        "tags": ["học sinh giỏi"],
    },
)

B4 = Story(
    id=10239,
    slug="thong-bao-cho-hoc-sinh-toan-tinh-nghi-hoc-ngay-10-11-2026-de-phong-tranh-bao-so-13",
    title="Thông báo cho học sinh toàn tỉnh nghỉ học ngày 10/11/2026 để phòng, tránh bão số 13",
    cat="Thông báo",
    published_at="2026-11-09T08:00:00+07:00",
    summary=(
        "Trước diễn biến phức tạp của bão số 13, Sở GD&ĐT thông báo cho học sinh các cấp học trên "
        "địa bàn tỉnh nghỉ học ngày 10/11/2026 (thứ Ba)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Thủ trưởng các cơ sở giáo dục thông báo kịp thời đến cha mẹ học sinh; chủ động chằng "
            "chống, gia cố phòng học, di dời tài liệu, thiết bị đến nơi an toàn; phân công trực "
            "24/24 giờ trong thời gian bão đổ bộ."
        ),
        P(
            "Sau bão, các đơn vị khẩn trương khắc phục hậu quả, báo cáo thiệt hại về Sở GD&ĐT (qua "
            "Văn phòng Sở) trước 16 giờ 00 ngày 12/11/2026 để tổng hợp."
        ),
        byline("BBT"),
    ],
    opts={"cat": 7},
)

C1 = Story(
    id=10256,
    slug="nam-sinh-lop-8-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi",
    title="Nam sinh lớp 8 nhặt được ví tiền, trả lại người đánh rơi",
    cat="Gương người tốt việc tốt",
    published_at="2026-11-19T09:15:00+07:00",
    summary=(
        "Trên đường đi học về, em Nguyễn Hoàng Phúc, học sinh lớp 8A3 Trường THCS Thái Nguyên, "
        "nhặt được chiếc ví bên trong có hơn 8 triệu đồng cùng nhiều giấy tờ tùy thân và đã tìm "
        "cách trả lại người đánh rơi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chiều 15/11, khi đi ngang qua đường Lê Thánh Tôn, Phúc phát hiện chiếc ví màu đen rơi "
            "trên vỉa hè. Em đã cùng mẹ mang chiếc ví đến Công an phường Nha Trang nhờ tìm người "
            "đánh rơi."
        ),
        Img(
            f"{UP}/11/19/hs-tra-lai-vi.jpg",
            printed="Em Nguyễn Hoàng Phúc (bên trái) trao lại chiếc ví cho chị Trần Thị Thu",
            caption="Em Nguyễn Hoàng Phúc (bên trái) trao lại chiếc ví cho chị Trần Thị Thu",
            style="table",
        ),
        P(
            "Người đánh rơi là chị Trần Thị Thu (ngụ phường Bắc Nha Trang). Nhận lại tài sản, chị "
            "Thu xúc động gửi lời cảm ơn em Phúc và gia đình."
        ),
        P("Nhà trường đã tuyên dương em Phúc trước toàn trường trong buổi chào cờ đầu tuần."),
        byline("Lê Văn Hưng - Trường THCS Thái Nguyên"),
    ],
    authors=["Lê Văn Hưng"],
    opts={"cat": 15, "old_slug": "hoc-sinh-nhat-duoc-vi-tra-lai-nguoi-danh-roi"},
)

C2 = Story(
    id=10241,
    slug="co-giao-15-nam-gieo-chu-o-diem-truong-vung-cao",
    title="Cô giáo 15 năm gieo chữ ở điểm trường vùng cao",
    cat="Gương người tốt việc tốt",
    published_at="2026-11-10T20:05:00+07:00",
    summary=(
        "Gần 15 năm qua, cô Mấu Thị Hồng, giáo viên Trường TH Sơn Lâm, vẫn ngày ngày vượt hơn 10 "
        "km đường đồi dốc để đến điểm trường Tà Gộc dạy chữ cho học trò người Raglai."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sinh ra và lớn lên ở xã Khánh Sơn, sau khi tốt nghiệp Trường Cao đẳng Sư phạm Nha "
            "Trang năm 2011, cô Hồng tình nguyện về dạy học ở quê nhà. Những năm đầu, điểm trường "
            "chỉ có hai phòng học tạm, mùa mưa dột nát, học sinh nghỉ học thường xuyên."
        ),
        P(
            "Để vận động học trò ra lớp, cô cùng đồng nghiệp đến từng nhà, nói chuyện với phụ "
            "huynh bằng tiếng Raglai. Có những hôm cô phải lên rẫy, nơi học sinh theo cha mẹ đi "
            "làm, để đưa các em về lớp."
        ),
        Img(
            f"{UP}/11/10/co-giao-mau-thi-hong.jpg",
            printed="Cô Mấu Thị Hồng trong giờ dạy tại điểm trường Tà Gộc",
            caption="Cô Mấu Thị Hồng trong giờ dạy tại điểm trường Tà Gộc",
            style="center",
        ),
        P(
            "Nhờ sự kiên trì đó, tỉ lệ học sinh chuyên cần ở điểm trường nay đạt trên 98%. Nhiều "
            "lứa học trò của cô đã học lên THPT, đại học rồi trở về phục vụ quê hương."
        ),
        P(
            "“Mỗi lần thấy học trò cũ trở về làm cô giáo, làm y sĩ ở xã, tôi thấy mọi vất vả đều "
            "xứng đáng”, cô Hồng chia sẻ."
        ),
        P(
            "Năm 2026, cô Mấu Thị Hồng vinh dự có tên trong danh sách nhà giáo tiêu biểu được đề "
            "nghị UBND tỉnh tặng Bằng khen nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11."
        ),
        source_line("(Nguồn: Báo Khánh Hòa)"),
        byline("Thu Hiền"),
    ],
    authors=["Thu Hiền"],
    source="Báo Khánh Hòa",
    # pasted from Word: MsoNormal paragraphs wrapped in font spans
    opts={"cat": 15, "word": True, "tags": ["nhà giáo tiêu biểu"]},
)

C3 = Story(
    id=10232,
    slug="hoc-sinh-lop-11-dung-cam-cuu-hai-em-nho-duoi-nuoc",
    title="Học sinh lớp 11 dũng cảm cứu hai em nhỏ đuối nước",
    cat="Gương người tốt việc tốt",
    published_at="2026-11-03T17:40:00+07:00",
    summary=(
        "Thấy hai em nhỏ bị nước cuốn khi tắm ở sông Cái, em Cao Minh Đạt, học sinh lớp 11B2 "
        "Trường THPT Nguyễn Trãi, đã lao xuống dòng nước xiết, kịp thời đưa cả hai em vào bờ an "
        "toàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sự việc xảy ra vào khoảng 16 giờ ngày 01/11. Khi đang cùng bạn đạp xe về nhà, Đạt nghe "
            "tiếng kêu cứu từ phía bờ sông. Không chần chừ, em cởi áo, nhảy xuống sông bơi ra "
            "giữa dòng đưa từng em nhỏ vào bờ."
        ),
        P(
            "Hai em được cứu là Nguyễn Văn Bảo (9 tuổi) và Nguyễn Thị Na (7 tuổi), cùng ngụ tại "
            "thôn Phú Bình. Sau khi được sơ cứu, sức khỏe của hai em đã ổn định."
        ),
        Img(f"{UP}/11/03/cao-minh-dat.jpg", printed=None, caption=None, style="center"),
        P(
            "Ngày 03/11, Đoàn Thanh niên và Ban Giám hiệu Trường THPT Nguyễn Trãi đã trao Giấy "
            "khen cho em Cao Minh Đạt vì hành động dũng cảm cứu người. Sở GD&ĐT cũng đề nghị UBND "
            "tỉnh xem xét tặng Bằng khen cho em."
        ),
        source_line("(Nguồn: Báo Tuổi Trẻ)"),
        byline("Minh Khang"),
    ],
    authors=["Minh Khang"],
    source="Báo Tuổi Trẻ",
    opts={"cat": 15},
)

STORIES: list[Story] = sorted(
    [A1, A2, A3, A4, A5, A6, B1, B2, B3, B4, C1, C2, C3],
    key=lambda s: s.published_at or "",
    reverse=True,
)
BY_ID = {s.id: s for s in STORIES}


# --- the document register of "Chỉ đạo điều hành" (not articles) -------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    title: str
    number: str
    issued: str  # dd/mm/yyyy as printed
    signer: str
    excerpt: str
    posted: str  # ISO, the date line of the entry
    file: tuple[int, str, str]


DOCS = [
    Doc(
        10261,
        "cong-van-so-2145-sgddt-gdtrh-ve-viec-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i",
        "Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học "
        "2026-2027",
        "2145/SGDĐT-GDTrH",
        "21/11/2026",
        "Trương Quang Vinh",
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 đối với cấp THCS, THPT",
        "2026-11-23T10:00:00+07:00",
        (5528, "2145-SGDDT-GDTrH-huong-dan-KTDG-HKI.pdf", "356 KB"),
    ),
    Doc(
        10249,
        "ke-hoach-so-318-kh-sgddt-to-chuc-hoi-khoe-phu-dong-tinh-khanh-hoa-lan-thu-xi",
        "Kế hoạch số 318/KH-SGDĐT tổ chức Hội khỏe Phù Đổng tỉnh Khánh Hòa lần thứ XI năm 2027",
        "318/KH-SGDĐT",
        "12/11/2026",
        "Phan Thị Mai Anh",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Khánh Hòa lần thứ XI năm 2027",
        "2026-11-13T09:20:00+07:00",
        (5492, "318-KH-SGDDT-HKPD-lan-XI.pdf", "604 KB"),
    ),
    Doc(
        10233,
        "quyet-dinh-so-1120-qd-sgddt-ban-hanh-quy-che-thi-dua-khen-thuong-nganh-giao-duc",
        "Quyết định số 1120/QĐ-SGDĐT ban hành Quy chế thi đua, khen thưởng ngành Giáo dục",
        "1120/QĐ-SGDĐT",
        "30/10/2026",
        "Phan Thị Mai Anh",
        "Ban hành Quy chế thi đua, khen thưởng ngành Giáo dục tỉnh Khánh Hòa",
        "2026-11-04T14:00:00+07:00",
        (5463, "1120-QD-SGDDT-quy-che-thi-dua.pdf", "1,1 MB"),
    ),
]
DOC_BY_ID = {d.id: d for d in DOCS}

#: attachment id -> (file name, size)
FILES: dict[int, tuple[str, str]] = {}
for _s in STORIES:
    for _fid, _fname, _size in _s.opts.get("files", []):
        FILES[_fid] = (_fname, _size)
for _d in DOCS:
    FILES[_d.file[0]] = (_d.file[1], _d.file[2])


def article_path(item: Story | Doc, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/{item.id}/{slug or item.slug}.html"


def cat_path(cat_id: int) -> str:
    return f"/tin-tuc/danh-muc/{cat_id}/{CATEGORIES[cat_id][1]}.html"


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    old = story.opts.get("old_slug")
    return gold_record(
        story,
        article_path(story),
        story.cat,
        canonical_path=article_path(story),
        alt_paths=[article_path(story, old)] if old else (),
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [article_path(d) for d in DOCS] + ["/gioi-thieu", "/lien-he"]


# --- markup helpers ---------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
# CKEditor 4's default "entities" output: the Latin-1 letters plus some typographic marks
_CK_PUNCT = {0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026}


def ck_entities(markup: str) -> str:
    """Serialise as CKEditor 4 does with ``config.entities`` on (its default)."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF or code in _CK_PUNCT:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _when(iso: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(iso)


def date_line(iso: str) -> str:
    """ "Thứ sáu, 20/11/2026 | 08:30" as the detail template formats it."""
    d = _when(iso)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} | {d:%H:%M}"


def short_date(iso: str) -> str:
    return f"{_when(iso):%d/%m/%Y}"


def views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def thumb(story: Story) -> str:
    if story.images:
        return f"/uploads/tin-tuc/anh-dai-dien/{story.id}.jpg"
    return "/images/no-image.jpg"


class Ctx:
    """One response's rendering context: the host asked and the session id to rewrite with."""

    def __init__(self, request: Request, sid: str | None):
        self.request = request
        self.base = base_url(request)
        self.sid = sid

    def u(self, target: str) -> str:
        """A link built by Thymeleaf's ``@{…}``: HttpServletResponse.encodeURL, then escaped."""
        if self.sid and target.startswith("/"):
            path, sep, query = target.partition("?")
            target = f"{path};jsessionid={self.sid}{sep}{query}"
        return esc(target)


def paged(base: str, page: int, size: int, prefix: str = "") -> str:
    return f"{base}?{prefix}page={page}&size={size}&sort=ngayDang,desc"


def pager(ctx: Ctx, base: str, page: int, size: int, total: int, prefix: str = "") -> str:
    """Bootstrap 3 ``ul.pagination`` as the vendor's Thymeleaf fragment prints it."""
    pages = (total + size - 1) // size
    if pages <= 1:
        return ""

    def item(label: str, target: int | None, cls: str = "") -> str:
        href = "javascript:void(0)" if target is None else ctx.u(paged(base, target, size, prefix))
        attr = f' class="{cls}"' if cls else ""
        return f'<li{attr}><a href="{href}">{label}</a></li>'

    first = page <= 0
    last = page >= pages - 1
    out = ['<nav class="text-center"><ul class="pagination pagination-sm">']
    out.append(item("Đầu", None if first else 0, "disabled" if first else ""))
    out.append(item("&laquo;", None if first else page - 1, "disabled" if first else ""))
    for i in range(pages):
        out.append(item(str(i + 1), i, "active" if i == page else ""))
    out.append(item("&raquo;", None if last else page + 1, "disabled" if last else ""))
    out.append(item("Cuối", None if last else pages - 1, "disabled" if last else ""))
    out.append("</ul></nav>")
    return "\n".join(out)


# --- the article body as CKEditor 4 saved it ----------------------------------------------------


def _para_text(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _p(story: Story, inner: str, n: int) -> str:
    if story.opts.get("word"):
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
            'line-height:normal"><span style="font-size:14.0pt;font-family:&quot;Times New '
            f'Roman&quot;,serif">{inner}</span></p>'
        )
    if n % 3 == 2 and ". " in inner:
        # CKEditor keeps a typed double space as "&nbsp; "
        inner = inner.replace(". ", ".\xa0 ", 1)
    if story.id % 2 == 0:
        inner = f'<span style="font-size:16px">{inner}</span>'
    return f'<p style="text-align:justify">{inner}</p>'


def _img_tag(src: str, width: int, height: int) -> str:
    return f'<img alt="" src="{esc(src)}" style="width:{width}px; height:{height}px" />'


def _image_table(story: Story, img: Img) -> str:
    if img.printed:
        caption = f'<td style="text-align:center"><em>{_para_text(story, img.printed)}</em></td>'
    else:
        caption = "<td>\xa0</td>"
    return (
        '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-table" '
        'style="width:600px">\n<tbody>\n'
        f"<tr>\n<td>{_img_tag(img.src, 600, 400)}</td>\n</tr>\n"
        f"<tr>\n{caption}\n</tr>\n</tbody>\n</table>"
    )


def _image_pair(story: Story, left: Img, right: Img) -> str:
    return (
        '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-table" '
        'style="width:100%">\n<tbody>\n<tr>\n'
        f"<td>{_img_tag(left.src, 330, 220)}</td>\n"
        f"<td>{_img_tag(right.src, 330, 220)}</td>\n</tr>\n<tr>\n"
        f'<td colspan="2" style="text-align:center"><em>{_para_text(story, left.printed or "")}'
        "</em></td>\n</tr>\n</tbody>\n</table>"
    )


def _image_center(story: Story, img: Img) -> str:
    out = f'<p style="text-align:center">{_img_tag(img.src, 640, 427)}</p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em>{_para_text(story, img.printed)}</em></p>'
    return out


def _data_table(story: Story, rows: list[str]) -> str:
    out = [
        '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">',
        "<tbody>",
    ]
    for i, row in enumerate(rows):
        cells = row.split(" | ")
        if i == 0:
            tds = "".join(
                f'<td style="text-align:center"><strong>{_para_text(story, c)}</strong></td>'
                for c in cells
            )
        else:
            tds = f"<td>{_para_text(story, cells[0])}</td>" + "".join(
                f'<td style="text-align:center">{_para_text(story, c)}</td>' for c in cells[1:]
            )
        out.append(f"<tr>{tds}</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def content_html(story: Story) -> str:
    """The ``noiDung`` column: what CKEditor saved for the item (printed with th:utext)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                run.append(blocks[i].text)
                i += 1
            if block.style == "li":
                items = "".join(f"\n\t<li>{_para_text(story, t)}</li>" for t in run)
                out.append(f"<ul>{items}\n</ul>")
            else:
                out.append(_data_table(story, run))
            continue
        if isinstance(block, P):
            inner = _para_text(story, block.text)
            if block.style == "h":
                out.append(f'<p style="text-align:justify"><strong>{inner}</strong></p>')
            else:
                out.append(_p(story, inner, n))
                n += 1
        elif isinstance(block, Img):
            if block.style == "pair-left":
                out.append(_image_pair(story, block, blocks[i + 1]))  # type: ignore[arg-type]
                i += 1
            elif block.style == "table":
                out.append(_image_table(story, block))
            else:
                out.append(_image_center(story, block))
        elif isinstance(block, Raw):
            out.append(block.html)
        i += 1
    return ck_entities("\n\n".join(out))


def summary_html(story: Story) -> str:
    if story.summary:
        sapo = text(story.summary, nfd=bool(story.opts.get("nfd")))
        return f'<div class="news-summary"><strong>{sapo}</strong></div>'
    if story.opts.get("empty_summary"):
        return '<div class="news-summary"><strong></strong></div>'
    return ""


# --- the layout (layout.html with its fragments) -----------------------------------------------

LINKED_SITES = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://khanhhoa.gov.vn", "Cổng TTĐT tỉnh Khánh Hòa"),
    ("https://dichvucong.khanhhoa.gov.vn", "Cổng Dịch vụ công tỉnh Khánh Hòa"),
    ("https://csdl.moet.gov.vn", "Cơ sở dữ liệu ngành Giáo dục"),
    ("https://thisinh.thitotnghiepthpt.edu.vn", "Hệ thống thi tốt nghiệp THPT"),
]


def news_items() -> list[Story]:
    return list(STORIES)


def in_cat(cat_id: int) -> list[Story]:
    return [s for s in STORIES if s.opts["cat"] == cat_id]


def head(ctx: Ctx, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="_csrf_header" content="X-XSRF-TOKEN">
{extra}
<link rel="shortcut icon" href="{ctx.u("/images/favicon.ico")}">
<link rel="stylesheet" href="{ctx.u("/webjars/bootstrap/3.4.1/css/bootstrap.min.css")}">
<link rel="stylesheet" href="{ctx.u("/webjars/font-awesome/4.7.0/css/font-awesome.min.css")}">
<link rel="stylesheet" href="{ctx.u("/css/portal.css?v=2.3.1")}">
</head>"""


def top(ctx: Ctx) -> str:
    menu_news = "".join(
        f'<li><a href="{ctx.u(cat_path(c))}">{esc(CATEGORIES[c][0])}</a></li>' for c in NEWS_CATS
    )
    return f"""<body>
<div class="top-bar">
 <div class="container">
  <span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
  <span class="pull-right"><a href="{ctx.u("/dang-nhap")}"><i class="fa fa-user"></i> Đăng nhập</a></span>
 </div>
</div>
<header class="header">
 <div class="container">
  <h1 class="logo"><a href="{ctx.u("/")}"><img src="{ctx.u("/images/banner.png")}" class="img-responsive"></a></h1>
 </div>
</header>
<nav class="navbar navbar-default main-menu">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-chinh">
    <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
  </div>
  <div class="collapse navbar-collapse" id="menu-chinh">
   <ul class="nav navbar-nav">
    <li><a href="{ctx.u("/")}"><i class="fa fa-home"></i> Trang chủ</a></li>
    <li><a href="{ctx.u("/gioi-thieu")}">Giới thiệu</a></li>
    <li class="dropdown"><a href="{ctx.u("/tin-tuc")}" class="dropdown-toggle" data-hover="dropdown">Tin tức <span class="caret"></span></a>
     <ul class="dropdown-menu">{menu_news}</ul></li>
    <li><a href="{ctx.u(cat_path(12))}">Chỉ đạo điều hành</a></li>
    <li><a href="{ctx.u(article_path(B2, B2.opts["old_slug"]))}">Tuyển dụng</a></li>
    <li><a href="{ctx.u("/lien-he")}">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right" action="{ctx.u("/tim-kiem")}" method="get">
    <div class="input-group input-group-sm">
     <input type="text" class="form-control" name="tuKhoa" placeholder="Nhập từ khóa...">
     <span class="input-group-btn"><button class="btn btn-primary" type="submit"><i class="fa fa-search"></i></button></span>
    </div>
   </form>
  </div>
 </div>
</nav>
<div class="container main-content">
<div class="row">"""


def sidebar(ctx: Ctx) -> str:
    newest = "".join(
        f'<li><a href="{ctx.u(article_path(s))}">{esc(s.title)}</a></li>' for s in STORIES[:5]
    )
    options = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for u, n in LINKED_SITES)
    return f"""<div class="col-md-3 sidebar">
 <div class="box-side">
  <div class="box-side-title"><h3>Tin mới</h3></div>
  <ul class="list-side">{newest}</ul>
 </div>
 <div class="box-side banner-side">
  <a href="https://dichvucong.khanhhoa.gov.vn" target="_blank"><img src="{ctx.u("/images/banner-dich-vu-cong.png")}" alt="Dịch vụ công trực tuyến" class="img-responsive"></a>
  <a href="https://csdl.moet.gov.vn" target="_blank"><img src="{ctx.u("/images/banner-csdl-nganh.png")}" alt="CSDL ngành" class="img-responsive"></a>
 </div>
 <div class="box-side">
  <div class="box-side-title"><h3>Liên kết website</h3></div>
  <select class="form-control" onchange="if(this.value) window.open(this.value, '_blank');">
   <option value="">-- Chọn liên kết --</option>{options}
  </select>
 </div>
 <div class="box-side thong-ke">
  <div class="box-side-title"><h3>Thống kê truy cập</h3></div>
  <p><i class="fa fa-users"></i> Đang online: 12 | Hôm nay: 845 | Tổng: 1.204.557</p>
 </div>
</div>"""


def bottom(ctx: Ctx) -> str:
    return f"""</div>
</div>
<footer class="footer">
 <div class="container">
  <p class="footer-title"><strong>{SITE_NAME.upper()}</strong></p>
  <p>Địa chỉ: Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa</p>
  <p>Điện thoại: 0258.3822.946 - Fax: 0258.3823.542 - Email: sgddt@khanhhoa.gov.vn</p>
  <p>Chịu trách nhiệm chính: Bà Phan Thị Mai Anh - Giám đốc Sở</p>
  <p>Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Khánh Hòa. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 </div>
</footer>
<a href="#" id="back-to-top" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="{ctx.u("/webjars/jquery/1.12.4/jquery.min.js")}"></script>
<script src="{ctx.u("/webjars/bootstrap/3.4.1/js/bootstrap.min.js")}"></script>
<script src="{ctx.u("/js/portal.js?v=2.3.1")}"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>"""


def layout(ctx: Ctx, title: str, main: str, extra_head: str = "") -> str:
    return "\n".join(
        [
            head(ctx, title, extra_head),
            top(ctx),
            f'<div class="col-md-9 main-col">\n{main}\n</div>',
            sidebar(ctx),
            bottom(ctx),
        ]
    )


def breadcrumb(ctx: Ctx, *trail: tuple[str, str | None]) -> str:
    items = [f'<li><a href="{ctx.u("/")}"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for label, href in trail:
        if href is None:
            items.append(f'<li class="active">{esc(label)}</li>')
        else:
            items.append(f'<li><a href="{ctx.u(href)}">{esc(label)}</a></li>')
    return '<ol class="breadcrumb">' + "".join(items) + "</ol>"


# --- pages ------------------------------------------------------------------------------------


def home(ctx: Ctx) -> str:
    featured = [
        (A1, A1.opts["old_slug"]),
        (A2, A2.opts["old_slug"]),
        (B3, None),
        (C1, C1.opts["old_slug"]),
        (A3, None),
    ]
    slides = []
    indicators = []
    for i, (s, slug) in enumerate(featured):
        href = ctx.u(article_path(s, slug))
        active = " active" if i == 0 else ""
        indicators.append(
            f'<li data-target="#slider-tin-noi-bat" data-slide-to="{i}" class="{active.strip()}"></li>'
        )
        slides.append(
            f'<div class="item{active}"><a href="{href}"><img src="{ctx.u(thumb(s))}" '
            f'alt="{esc(s.title)}" class="img-responsive"></a>'
            f'<div class="carousel-caption"><h4><a href="{href}">{esc(s.title)}</a></h4></div></div>'
        )
    notices = "".join(
        f'<li><a href="{ctx.u(article_path(s))}">{esc(s.title)}</a> '
        f'<img src="{ctx.u("/images/icon-new.gif")}"></li>'
        for s in in_cat(7)
    )
    blocks = []
    for cat_id in NEWS_CATS:
        items = in_cat(cat_id)
        first, rest = items[0], items[1:5]
        small = "".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="{ctx.u(article_path(s))}">'
            f'{esc(s.title)}</a> <span class="date">({short_date(s.published_at or "")})</span></li>'
            for s in rest
        )
        blocks.append(f"""<div class="box-category">
 <div class="box-heading clearfix"><h3><a href="{ctx.u(cat_path(cat_id))}">{esc(CATEGORIES[cat_id][0])}</a></h3>
  <a class="view-all pull-right" href="{ctx.u(cat_path(cat_id))}">Xem tất cả <i class="fa fa-angle-double-right"></i></a></div>
 <div class="row">
  <div class="col-md-6 news-first">
   <a href="{ctx.u(article_path(first))}"><img src="{ctx.u(thumb(first))}" alt="{esc(first.title)}" class="img-responsive"></a>
   <h4><a href="{ctx.u(article_path(first))}">{esc(first.title)}</a></h4>
   <p class="summary">{esc(first.summary or "")}</p>
  </div>
  <div class="col-md-6"><ul class="news-list">{small}</ul></div>
 </div>
</div>""")
    docs = "".join(
        f'<tr><td>{esc(d.number)}</td><td class="text-center">{d.issued}</td>'
        f'<td><a href="{ctx.u(article_path(d))}">{esc(d.excerpt)}</a></td></tr>'
        for d in DOCS
    )
    main = f"""<div id="slider-tin-noi-bat" class="carousel slide" data-ride="carousel">
 <ol class="carousel-indicators">{"".join(indicators)}</ol>
 <div class="carousel-inner" role="listbox">{"".join(slides)}</div>
 <a class="left carousel-control" href="#slider-tin-noi-bat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#slider-tin-noi-bat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="box-thong-bao">
 <div class="box-heading"><h3><i class="fa fa-bullhorn"></i> Thông báo</h3></div>
 <marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notices}</ul></marquee>
</div>
{"".join(blocks)}
<div class="box-category box-van-ban">
 <div class="box-heading clearfix"><h3>Văn bản mới</h3>
  <a class="view-all pull-right" href="{ctx.u(cat_path(12))}">Xem tất cả <i class="fa fa-angle-double-right"></i></a></div>
 <table class="table table-striped table-bordered">
  <thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
  <tbody>{docs}</tbody>
 </table>
</div>"""
    return layout(ctx, SITE_NAME, main)


def _page_params(request: Request) -> tuple[int, int]:
    params = request.params
    try:
        page = int(params.get("page", "0"))
    except ValueError:
        page = 0
    try:
        size = int(params.get("size", str(PAGE_SIZE)))
    except ValueError:
        size = PAGE_SIZE
    if size < 1:
        size = PAGE_SIZE
    return page, min(size, 2000)


def _slice(items: list, page: int, size: int) -> list:
    if page < 0:
        return []
    return items[page * size : (page + 1) * size]


def news_list(ctx: Ctx, items: list[Story]) -> str:
    if not items:
        return '<div class="alert alert-info">Không có dữ liệu</div>'
    out = ['<div class="list-news">']
    for s in items:
        href = ctx.u(article_path(s))
        out.append(f"""<div class="media news-item">
 <div class="media-left"><a href="{href}"><img class="media-object" src="{ctx.u(thumb(s))}" alt="{esc(s.title)}" width="160"></a></div>
 <div class="media-body">
  <h4 class="media-heading"><a href="{href}">{esc(s.title)}</a></h4>
  <p class="date"><i class="fa fa-clock-o"></i> {_when(s.published_at or "").strftime("%d/%m/%Y %H:%M")}</p>
  <p class="summary">{esc(s.summary or "")}</p>
 </div>
</div>""")
    out.append("</div>")
    return "\n".join(out)


def doc_table(ctx: Ctx, docs: list[Doc], start: int) -> str:
    if not docs:
        return '<div class="alert alert-info">Không có dữ liệu</div>'
    rows = "".join(
        f'<tr><td class="text-center">{start + i + 1}</td><td>{esc(d.number)}</td>'
        f'<td class="text-center">{d.issued}</td>'
        f'<td><a href="{ctx.u(article_path(d))}">{esc(d.excerpt)}</a></td>'
        f'<td class="text-center"><a href="{ctx.u(f"/file/download?id={d.file[0]}")}" '
        f'title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(docs)
    )
    return f"""<table class="table table-bordered table-hover table-van-ban">
 <thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
 <tbody>{rows}</tbody>
</table>"""


def category_page(ctx: Ctx, cat_id: int | None) -> str:
    page, size = _page_params(ctx.request)
    if cat_id is None:
        name, base, items = "Tin tức", "/tin-tuc", news_items()
        crumbs = [("Tin tức", None)]
    else:
        name, _slug, kind = CATEGORIES[cat_id]
        base = cat_path(cat_id)
        items = list(DOCS) if kind == "docs" else in_cat(cat_id)
        crumbs = [("Tin tức", "/tin-tuc"), (name, None)]
    shown = _slice(items, page, size)
    if cat_id is not None and CATEGORIES[cat_id][2] == "docs":
        listing = doc_table(ctx, shown, max(page, 0) * size)
    else:
        listing = news_list(ctx, shown)
    main = f"""{breadcrumb(ctx, *crumbs)}
<div class="category-title"><h3>{esc(name)}</h3></div>
{listing}
{pager(ctx, base, page, size, len(items))}"""
    return layout(ctx, f"{name} - {SHORT_NAME}", main)


def attachments(ctx: Ctx, files: list[tuple[int, str, str]]) -> str:
    if not files:
        return ""
    rows = "".join(
        f'<tr><td class="text-center">{i + 1}</td><td>{esc(name)}</td><td>{size}</td>'
        f'<td class="text-center"><a href="{ctx.u(f"/file/download?id={fid}")}" title="Tải về">'
        '<i class="fa fa-download"></i></a></td></tr>'
        for i, (fid, name, size) in enumerate(files)
    )
    return f"""<div class="news-attach">
 <h4 class="title-attach"><i class="fa fa-paperclip"></i> Tệp đính kèm</h4>
 <table class="table table-bordered table-condensed">
  <thead><tr><th>STT</th><th>Tên tệp</th><th>Dung lượng</th><th>Tải về</th></tr></thead>
  <tbody>{rows}</tbody>
 </table>
</div>"""


def tools(ctx: Ctx, item: Story | Doc) -> str:
    url = ctx.base + article_path(item)
    return f"""<div class="news-tools clearfix">
 <a class="btn btn-default btn-sm" href="{ctx.u(f"/tin-tuc/in/{item.id}")}" target="_blank"><i class="fa fa-print"></i> In bài</a>
 <a class="btn btn-default btn-sm" href="javascript:void(0)" data-toggle="modal" data-target="#modalGuiEmail"><i class="fa fa-envelope"></i> Gửi email</a>
 <a class="btn btn-default btn-sm" href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a>
 <span class="share pull-right">Chia sẻ:
  <a href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(url)}" target="_blank" title="Facebook"><i class="fa fa-facebook-square fa-lg"></i></a>
  <span class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="false"></span>
 </span>
</div>
<div class="modal fade" id="modalGuiEmail" tabindex="-1" role="dialog">
 <div class="modal-dialog"><div class="modal-content">
  <form action="{ctx.u("/tin-tuc/gui-email")}" method="post">
   <div class="modal-header"><button type="button" class="close" data-dismiss="modal">&times;</button><h4 class="modal-title">Gửi bài viết qua email</h4></div>
   <div class="modal-body">
    <input type="hidden" name="tinId" value="{item.id}">
    <div class="form-group"><label>Họ tên người gửi</label><input class="form-control" name="hoTen"></div>
    <div class="form-group"><label>Email người nhận</label><input class="form-control" name="emailNhan" type="email"></div>
    <div class="form-group"><label>Lời nhắn</label><textarea class="form-control" name="loiNhan"></textarea></div>
   </div>
   <div class="modal-footer"><button type="submit" class="btn btn-primary">Gửi</button></div>
  </form>
 </div></div>
</div>"""


def others(ctx: Ctx, story: Story) -> str:
    rest = [s for s in STORIES if s.id != story.id][:10]
    items = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{ctx.u(article_path(s))}">{esc(s.title)}</a> '
        f'<span class="date">({short_date(s.published_at or "")})</span></li>'
        for s in rest
    )
    return f"""<div class="news-other">
 <h4 class="title-other">Các tin khác</h4>
 <ul class="list-other">{items}</ul>
</div>"""


def article_page(ctx: Ctx, story: Story) -> str:
    cat_id = story.opts["cat"]
    canonical = ctx.base + article_path(story)
    image = ctx.base + thumb(story)
    extra = (
        f'<meta name="description" content="{esc(story.summary or story.title)}">\n'
        f'<link rel="canonical" href="{esc(canonical)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:description" content="{esc(story.summary or "")}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta property="og:image" content="{esc(image)}">'
    )
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        links = ", ".join(
            f'<a href="{ctx.u("/tim-kiem?tuKhoa=" + _q(t))}">{esc(t)}</a>' for t in tags
        )
        tag_html = f'<div class="news-tags"><i class="fa fa-tags"></i> Từ khóa: {links}</div>'
    main = f"""{breadcrumb(ctx, ("Tin tức", "/tin-tuc"), (CATEGORIES[cat_id][0], None))}
<div class="news-detail">
 <div class="news-title"><h3>{esc(story.title)}</h3></div>
 <div class="news-meta clearfix">
  <div class="news-date pull-left"><i class="fa fa-clock-o"></i> {date_line(story.published_at or "")}</div>
  <div class="news-view pull-right"><i class="fa fa-eye"></i> Lượt xem: {views(story.views() + 700)}</div>
 </div>
 {summary_html(story)}
 <div class="news-content">
{content_html(story)}
 </div>
 {attachments(ctx, story.opts.get("files", []))}
 {tag_html}
 {tools(ctx, story)}
 {others(ctx, story)}
</div>"""
    return layout(ctx, f"{story.title} - {SHORT_NAME}", main, extra)


def doc_page(ctx: Ctx, doc: Doc) -> str:
    canonical = ctx.base + article_path(doc)
    extra = f'<link rel="canonical" href="{esc(canonical)}">'
    other = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{ctx.u(article_path(d))}">{esc(d.title)}</a> '
        f'<span class="date">({d.issued})</span></li>'
        for d in DOCS
        if d.id != doc.id
    )
    main = f"""{breadcrumb(ctx, ("Tin tức", "/tin-tuc"), (CATEGORIES[12][0], None))}
<div class="news-detail van-ban-detail">
 <div class="news-title"><h3>{esc(doc.title)}</h3></div>
 <div class="news-meta clearfix">
  <div class="news-date pull-left"><i class="fa fa-clock-o"></i> {date_line(doc.posted)}</div>
  <div class="news-view pull-right"><i class="fa fa-eye"></i> Lượt xem: {views(200 + doc.id % 300)}</div>
 </div>
 <table class="table table-bordered van-ban-info">
  <tr><th width="25%">Số ký hiệu</th><td>{esc(doc.number)}</td></tr>
  <tr><th>Ngày ban hành</th><td>{doc.issued}</td></tr>
  <tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
  <tr><th>Người ký</th><td>{esc(doc.signer)}</td></tr>
  <tr><th>Trích yếu</th><td>{esc(doc.excerpt)}</td></tr>
 </table>
 {attachments(ctx, [doc.file])}
 {tools(ctx, doc)}
 <div class="news-other">
  <h4 class="title-other">Các văn bản khác</h4>
  <ul class="list-other">{other}</ul>
 </div>
</div>"""
    return layout(ctx, f"{doc.title} - {SHORT_NAME}", main, extra)


def print_page(ctx: Ctx, item: Story | Doc) -> str:
    """print.html: no layout, no canonical, the browser's print dialog on load."""
    if isinstance(item, Doc):
        inner = (
            f'<div class="news-date">{date_line(item.posted)}</div>\n'
            f"<p>Số ký hiệu: {esc(item.number)} - Ngày ban hành: {item.issued}</p>\n"
            f"<p>Trích yếu: {esc(item.excerpt)}</p>"
        )
    else:
        inner = (
            f'<div class="news-date">{date_line(item.published_at or "")}</div>\n'
            f"{summary_html(item)}\n"
            f'<div class="news-content">\n{content_html(item)}\n</div>'
        )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(item.title)}</title>
<link rel="stylesheet" href="{ctx.u("/css/print.css")}">
</head>
<body onload="window.print()">
<div class="print-header">
 <p><strong>{SITE_NAME.upper()}</strong></p>
 <p>Cổng thông tin điện tử</p>
</div>
<div class="print-body">
<h3>{esc(item.title)}</h3>
{inner}
</div>
<div class="print-footer">
 <p>Địa chỉ bài viết: {esc(ctx.base + article_path(item))}</p>
 <p>Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Khánh Hòa.</p>
</div>
</body>
</html>"""


def _q(value: str) -> str:
    return quote(value, safe="")


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search_page(ctx: Ctx) -> str:
    keyword = ctx.request.params.get("tuKhoa", "").strip()
    page, size = _page_params(ctx.request)
    if not keyword:
        found: list[Story] = []
        body = '<div class="alert alert-warning">Vui lòng nhập từ khóa tìm kiếm</div>'
    else:
        key = _fold(keyword)
        found = [
            s
            for s in STORIES
            if key in _fold(s.title)
            or key in _fold(s.summary or "")
            or any(key in _fold(t) for t in s.opts.get("tags", []))
        ]
        body = (
            f'<p class="search-info">Tìm thấy <strong>{len(found)}</strong> kết quả với từ khóa '
            f"<strong>&quot;{esc(keyword)}&quot;</strong></p>\n"
            + news_list(ctx, _slice(found, page, size))
        )
    main = f"""{breadcrumb(ctx, ("Tìm kiếm", None))}
<div class="category-title"><h3>Kết quả tìm kiếm</h3></div>
<form class="form-inline search-form" action="{ctx.u("/tim-kiem")}" method="get">
 <input class="form-control" name="tuKhoa" value="{esc(keyword)}"> <button class="btn btn-primary" type="submit">Tìm kiếm</button>
</form>
{body}
{pager(ctx, "/tim-kiem", page, size, len(found), f"tuKhoa={_q(keyword)}&") if keyword else ""}"""
    return layout(ctx, f"Tìm kiếm - {SHORT_NAME}", main)


def login_page(ctx: Ctx, error: bool = False) -> str:
    """login.html: the back office's sign-in form, outside the portal layout."""
    alert = (
        '<div class="alert alert-danger">Tên đăng nhập hoặc mật khẩu không đúng!</div>'
        if error
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Đăng nhập hệ thống - {SHORT_NAME}</title>
<link rel="stylesheet" href="{ctx.u("/webjars/bootstrap/3.4.1/css/bootstrap.min.css")}">
<link rel="stylesheet" href="{ctx.u("/css/login.css")}">
</head>
<body class="login-page">
<div class="login-box">
 <div class="login-logo"><img src="{ctx.u("/images/logo.png")}" alt="Logo"><p>HỆ THỐNG QUẢN TRỊ CỔNG THÔNG TIN ĐIỆN TỬ</p></div>
 {alert}
 <form action="{ctx.u("/dang-nhap")}" method="post">
  <div class="form-group"><input type="text" class="form-control" name="username" placeholder="Tên đăng nhập"></div>
  <div class="form-group"><input type="password" class="form-control" name="password" placeholder="Mật khẩu"></div>
  <div class="checkbox"><label><input type="checkbox" name="remember-me"> Ghi nhớ đăng nhập</label></div>
  <button type="submit" class="btn btn-primary btn-block">Đăng nhập</button>
 </form>
 <p class="text-center"><a href="{ctx.u("/")}">« Về trang chủ</a></p>
</div>
</body>
</html>"""


ABOUT = [
    "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Khánh Hòa, có "
    "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, "
    "bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và "
    "cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ "
    "em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.",
    "Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ "
    "đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự "
    "chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
]
LEADERS = [
    ("Bà Phan Thị Mai Anh", "Giám đốc Sở"),
    ("Ông Trương Quang Vinh", "Phó Giám đốc Sở"),
    ("Ông Nguyễn Đức Lâm", "Phó Giám đốc Sở"),
]
UNITS = [
    "Văn phòng Sở",
    "Phòng Tổ chức cán bộ",
    "Phòng Kế hoạch - Tài chính",
    "Phòng Giáo dục Mầm non - Giáo dục Tiểu học",
    "Phòng Giáo dục Trung học",
    "Phòng Quản lý chất lượng",
    "Thanh tra Sở",
]


def about_page(ctx: Ctx) -> str:
    paras = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in ABOUT)
    leaders = "".join(f"<tr><td>{esc(n)}</td><td>{esc(r)}</td></tr>" for n, r in LEADERS)
    units = "".join(f"<li>{esc(u)}</li>" for u in UNITS)
    main = f"""{breadcrumb(ctx, ("Giới thiệu", None))}
<div class="page-detail">
 <div class="news-title"><h3>Giới thiệu chung</h3></div>
 <div class="news-content">
  <p><strong>1. Vị trí và chức năng</strong></p>
  {paras}
  <p><strong>2. Lãnh đạo Sở</strong></p>
  <table class="table table-bordered"><tbody>{leaders}</tbody></table>
  <p><strong>3. Các phòng chuyên môn, nghiệp vụ</strong></p>
  <ul>{units}</ul>
 </div>
</div>"""
    return layout(ctx, f"Giới thiệu - {SHORT_NAME}", main)


def contact_page(ctx: Ctx, sent: bool = False) -> str:
    notice = (
        '<div class="alert alert-success">Gửi liên hệ thành công. Xin cảm ơn!</div>' if sent else ""
    )
    main = f"""{breadcrumb(ctx, ("Liên hệ", None))}
<div class="page-detail">
 <div class="news-title"><h3>Liên hệ</h3></div>
 <div class="row">
  <div class="col-md-6 contact-info">
   <p><strong>{SITE_NAME.upper()}</strong></p>
   <p><i class="fa fa-map-marker"></i> Địa chỉ: Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa</p>
   <p><i class="fa fa-phone"></i> Điện thoại: 0258.3822.946</p>
   <p><i class="fa fa-envelope"></i> Email: sgddt@khanhhoa.gov.vn</p>
   <iframe src="https://maps.google.com/maps?q=04%20Phan%20Chu%20Trinh%20Nha%20Trang&amp;output=embed" width="100%" height="240" frameborder="0"></iframe>
  </div>
  <div class="col-md-6">
   {notice}
   <form action="{ctx.u("/lien-he")}" method="post">
    <div class="form-group"><label>Họ và tên (*)</label><input class="form-control" name="hoTen" required></div>
    <div class="form-group"><label>Email (*)</label><input class="form-control" name="email" type="email" required></div>
    <div class="form-group"><label>Tiêu đề</label><input class="form-control" name="tieuDe"></div>
    <div class="form-group"><label>Nội dung (*)</label><textarea class="form-control" name="noiDung" rows="5" required></textarea></div>
    <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
   </form>
  </div>
 </div>
</div>"""
    return layout(ctx, f"Liên hệ - {SHORT_NAME}", main)


def not_found(ctx: Ctx) -> Response:
    main = """<div class="error-page text-center">
 <h3>404</h3>
 <p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>
</div>"""
    return html(layout(ctx, f"Không tìm thấy trang - {SHORT_NAME}", main), status=404)


def download(request: Request) -> Response | None:
    try:
        fid = int(request.params.get("id", ""))
    except ValueError:
        return None
    if fid not in FILES:
        return None
    name = FILES[fid][0]
    return Response(
        200,
        PDF,
        {
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )


# --- the site ---------------------------------------------------------------------------------

_DETAIL = re.compile(r"^/tin-tuc/chi-tiet/(\d+)/[^/]+\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/danh-muc/(\d+)/[^/]+\.html$")
_PRINT = re.compile(r"^/tin-tuc/in/(\d+)$")
_SESSION_PARAM = re.compile(r";jsessionid=([0-9A-Za-z]+)", re.IGNORECASE)
_PATH_PARAMS = re.compile(r";[^/]*")

ROBOTS = "User-agent: *\nDisallow: /quan-tri/\n"


def _cookie(request: Request) -> str:
    for name, value in request.headers.items():
        if name.lower() == "cookie":
            return value
    return ""


class SpringBootPortal:
    """The deployed application: Tomcat's session handling in front of the controllers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._sessions: set[str] = set()

    def _new_session(self) -> str:
        with self._lock:
            self._count += 1
            sid = hashlib.sha256(f"sgddt-kh-{self._count}".encode()).hexdigest()[:32].upper()
            self._sessions.add(sid)
        return sid

    def respond(self, request: Request) -> Response | None:
        path = _PATH_PARAMS.sub("", request.path) or "/"
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        static = static_file(path)
        if static is not None:
            return static
        if path == "/file/download":
            return download(request)
        set_cookie = False
        if "JSESSIONID=" in _cookie(request):
            sid = None
        else:
            m = _SESSION_PARAM.search(request.path)
            if m and m.group(1).upper() in self._sessions:
                sid = m.group(1).upper()
            else:
                sid = self._new_session()
                set_cookie = True
        ctx = Ctx(request, sid)
        response = self._route(ctx, request, path)
        if response is None:
            response = not_found(ctx)
        if set_cookie:
            response.headers["Set-Cookie"] = f"JSESSIONID={sid}; Path=/; HttpOnly"
        return response

    def _route(self, ctx: Ctx, request: Request, path: str) -> Response | None:
        post = request.method == "POST"
        if path == "/":
            return html(home(ctx))
        if path == "/tin-tuc":
            return html(category_page(ctx, None))
        if m := _CATEGORY.match(path):
            cat_id = int(m.group(1))
            return html(category_page(ctx, cat_id)) if cat_id in CATEGORIES else None
        if m := _DETAIL.match(path):
            item_id = int(m.group(1))
            if item_id in BY_ID:
                return html(article_page(ctx, BY_ID[item_id]))
            if item_id in DOC_BY_ID:
                return html(doc_page(ctx, DOC_BY_ID[item_id]))
            return None
        if m := _PRINT.match(path):
            item = BY_ID.get(int(m.group(1))) or DOC_BY_ID.get(int(m.group(1)))
            return html(print_page(ctx, item)) if item else None
        if path == "/tim-kiem":
            return html(search_page(ctx))
        if path == "/dang-nhap":
            return html(login_page(ctx, error=post))
        if path == "/gioi-thieu":
            return html(about_page(ctx))
        if path == "/lien-he":
            return html(contact_page(ctx, sent=post))
        if path == "/tin-tuc/gui-email" and post:
            return Response(302, b"", {"Location": "/"})
        return None


def build_site() -> SpringBootPortal:
    return SpringBootPortal()
