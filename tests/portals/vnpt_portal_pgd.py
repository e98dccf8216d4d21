"""Blind fixture portal: a district Phòng GD&ĐT on a provincial telecom's hosted portal product.

Platform
--------
"Cổng thông tin điện tử" for schools and offices, the ASP.NET MVC 5 product a provincial VNPT
branch hosts for the whole education sector of Phú Thọ: one code base, one host, hundreds of
sub-sites under ``/<unit-code>/``. Each sub-site has a numeric site id (``21384`` for this one)
under which its uploads live (``/Upload/21384/20261204/…``, *outside* the unit prefix). IIS
routes case-insensitively; the MVC routes read only the numeric ids, never the slugs. Every page
of every sub-site prints the province portal's shared header, switched off by the sub-site theme
with ``style="display:none"`` but still in the markup.

The institution is Phòng Giáo dục và Đào tạo huyện Tam Nông (unit code ``pgdtamnong``). Two
sibling sub-sites on the same host are served as well (``/sogddt/``, ``/thcshuonghon/``) and the
host root ``/`` is the province's list of units.

URL scheme (all paths case-insensitive, the slug never checked)
---------------------------------------------------------------
- ``/pgdtamnong/`` home (START_PATH); ``/pgdtamnong`` 301s there.
- ``/pgdtamnong/tin-tuc/<cat-id>/<cat-slug>.html`` category list, 3 items a page; page n at
  ``/pgdtamnong/tin-tuc/<cat-id>/<cat-slug>/trang-<n>.html``, printed as *relative* hrefs.
- ``/pgdtamnong/tin-tuc/<cat-id>/<item-id>/<slug>.html`` news item; cat-id 0 and any category
  the item is filed under serve it too.
- ``/pgdtamnong/gioi-thieu/<cat-id>/<item-id>/<slug>.html`` intro pages (news template).
- ``/pgdtamnong/van-ban.html`` and ``/pgdtamnong/van-ban/<id>/<slug>.html`` document module.
- ``/pgdtamnong/lich-cong-tac.html?tuan=<w>&nam=2026`` weekly work calendar (weeks 48–50).
- ``/pgdtamnong/thu-vien-anh[.html|/<id>/<slug>.html]``, ``/pgdtamnong/video[…]`` media.
- ``/pgdtamnong/lien-he.html`` contact (form POSTs to itself); ``/pgdtamnong/tim-kiem.html?tukhoa=``
  search; ``/pgdtamnong/binh-chon.html`` poll (POST only).
- ``/Upload/<site-id>/…`` images (thumbnails are the same files with ``?width=…&mode=crop``) and
  PDFs; ``/Content/…``, ``/Scripts/…`` theme files.

Page templates
--------------
Every page: hidden province header (``div#hdrCongTinh``, its own ``<h1>``, menu and marquee of the
province's news), the unit's banner with today's date "Thứ Bảy, 05/12/2026" and a search form,
the ``mnu_ngang`` menu with drop-downs, breadcrumbs in ``div.dgd_link``, a right column
(Thông báo marquee, Tin đọc nhiều, Văn bản mới, Liên kết website ``<select>``, poll, visitor
counter) and a footer. A news item prints ``h2.tde_ct``, a date bar (Cập nhật before Ngày đăng,
12-hour vi-VN clock), "Người đăng: <account>", a tool bar, ``div.tt_tomtat`` (the sapo, often
empty) and ``div.nd_ct`` holding the editor's HTML *and* the template's attachment line, tag
line and "Các tin khác" list.

How each gold article is reached
--------------------------------
- Tin hoạt động (cat 12, lists A1 B1 A2 | A3 A4 A5): A1, A2 from home and page 1; A3, A4, A5
  only from ``tin-hoat-dong/trang-2.html``.
- Hoạt động chuyên môn (cat 13, B1 B2 B3 | B4): B1–B3 from home/page 1 (B1 also in cat 12 and
  the slider), B4 only from ``hoat-dong-chuyen-mon/trang-2.html``.
- Thông báo (cat 14, C1 C2 C3): the menu's list, and the sidebar marquee (mixed-case links).
- Gương người tốt việc tốt (cat 15, D1): its list and the home slider.

Traps
-----
1. Sibling sub-sites on one host: the hidden province header, the "Liên kết website" select,
   the intro page listing schools and the host root link to ``/sogddt/…`` and
   ``/thcshuonghon/…``, whose news items print the very same article template. Gold: only
   ``/pgdtamnong/`` items are this portal's articles; the siblings' items are not gold.
2. One item, many URLs: slider links use cat-id 0, B1 is linked under cat 12 as well as its own
   cat 13, the Thông báo marquee prints the unit code as ``/PGDTamNong/`` (IIS answers any case).
   Every variant serves the full page and prints ``<link rel="canonical">``. Gold: one record
   at the canonical path, variants in ``alt_paths``; the category is the breadcrumb's (the item's
   own), whichever listing linked it.
3. Dates: the .NET vi-VN clock prints 12-hour times with SA/CH ("3:45:00 CH" = 15:45,
   "12:15:00 CH" = 12:15, "12:00:00 SA" = midnight -> the day alone); "Cập nhật: …" is printed
   *before* "Ngày đăng: …"; ``article:published_time`` carries the local clock stamped "Z".
   Gold: the Ngày đăng value read as local time, +07:00.
4. Sapo: printed in ``div.tt_tomtat`` and, in A1, typed again by the editor as the bold first
   paragraph of the text (gold: once); pages without one print an empty ``div.tt_tomtat`` while
   the meta description is the first paragraph cut at 200 characters (gold summary null); B3
   has no sapo element but opens with a bold lead paragraph (gold: that paragraph).
5. Bylines: every item prints "Người đăng: <CMS account>" (nobody); the real byline is the
   right-aligned line at the end of the text, in every form: "Tin, ảnh: X", "Tin: X - Ảnh: Y",
   "ThS. X - Phó Trưởng phòng GD&ĐT", "X (Trường THCS …)", a unit alone ("Tổ Tiểu học"),
   "BBT" (nobody), "Bài, ảnh: X" followed by "Theo Báo Phú Thọ" (source).
6. Text boundary: ``div.nd_ct`` also holds the template's "Tệp đính kèm", "Từ khóa" and
   "Các tin khác" blocks, and the editor's "Xem thêm: <link>" line and an embedded PDF viewer.
   None of it is body.
7. Look-alikes: the intro pages ("Chức năng, nhiệm vụ", "Lãnh đạo phòng", "Các trường trực
   thuộc") are printed by the news template with title, Ngày đăng, Lượt xem and share bar, under
   ``/gioi-thieu/``; document entries print a title, a date and a "Trích yếu". Gold: not
   articles.
8. Official notice (C1): letterhead table, "Số: 412/TB-PGDĐT", "Tam Nông, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and "TRƯỞNG PHÒNG / (Đã ký) / Nguyễn Văn
   Thắng". The page's Ngày đăng is a day later. Gold: date "2026-11-30", author the signer, none
   of the letterhead, kind/subject or closing in the body; its two numbered items typed in one
   ``<p>`` split at the ``<br />``.
9. Encodings: B2 was pasted from a converter in decomposed Unicode (NFD, "Unicode tổ hợp") in
   title and text; B1 carries Word's list bullets (``mso-list:Ignore``) next to "- " lines the
   editor typed. Gold: NFC text, no bullets, the typed "- " kept.
10. Images: captions come as a centred italic paragraph after the photo, as the second row of
    CKEditor's image table, in parentheses (taken off), or as a credit only ("Ảnh: X" -> None);
    some photos have no line and an ``alt`` that is their file name (None); B3's editor wrote
    ``../../../../Upload/…``. Thumbnails in lists and "Các tin khác" are the same files with an
    ImageResizer query and are never the article's photos.
11. Pagination: pager links are relative (``tin-hoat-dong/trang-2.html`` from the list,
    ``trang-1.html`` from page 2), and "Các tin khác" shows only the category's three newest, so
    A3, A4, A5 and B4 are reachable only through page 2.

Gold decisions on ambiguous points
----------------------------------
- Category: the last breadcrumb step, i.e. the item's own category (B1 -> "Hoạt động chuyên
  môn" even when reached from the Tin hoạt động list).
- A byline's unit in parentheses or after a dash is dropped ("Nguyễn Thị Bích Ngọc (Trường THCS
  Văn Lương)" -> "Nguyễn Thị Bích Ngọc"); a unit signing alone is kept ("Tổ Tiểu học").
- A5's closing lines "Thanh Hà" then "Nguồn: Cổng TTĐT huyện Tam Nông": author "Thanh Hà",
  source "Cổng TTĐT huyện Tam Nông".
- D1's photo credit "Ảnh: Vũ Thị Mai Anh" is no caption; she is the photographer anyway
  ("Bài, ảnh: Vũ Thị Mai Anh").
- A3's results table: each row a paragraph, cells joined by " | ", the header row included.
- C2's attachment and PDF viewer are not text; its body is its two sentences.
- C3's section headings ("I. MỤC ĐÍCH, YÊU CẦU") and list items are paragraphs.
- The siblings' items and the province's hidden marquee are not gold even though they share
  the host and the template.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "vnpt_portal_pgd"
PLATFORM = "vnpt_portal_aspnet_mvc"
START_PATH = "/pgdtamnong/"

TODAY_PRINTED = "Thứ Bảy, 05/12/2026"
UNIT = "pgdtamnong"
PAGE_SIZE = 3


# --- the unit's content -------------------------------------------------------------------------


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


_SPACER = Raw("<p>&nbsp;</p>")

A1 = Story(
    id=4127,
    slug="phong-gd-dt-tam-nong-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
    title="Phòng GD&ĐT Tam Nông triển khai nhiệm vụ chuyển đổi số năm học 2026-2027",
    cat="12",
    published_at="2026-12-04T15:45:00+07:00",
    summary=(
        "Chiều ngày 04/12, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức Hội nghị triển khai "
        "nhiệm vụ chuyển đổi số và ứng dụng công nghệ thông tin năm học 2026-2027 cho cán bộ "
        "quản lý, nhân viên phụ trách CNTT của 38 trường học trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự hội nghị có đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT; đại diện Trung tâm "
            "Kinh doanh VNPT Tam Nông cùng hơn 80 đại biểu là hiệu trưởng, phó hiệu trưởng và "
            "giáo viên cốt cán về công nghệ thông tin."
        ),
        Img(
            "/Upload/21384/20261204/hoi-nghi-cds-1.jpg",
            "Đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            "Đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            style="em",
        ),
        P(
            "Năm học 2025-2026, 100% trường học trên địa bàn huyện đã sử dụng sổ điểm điện tử, "
            "học bạ số đối với cấp Tiểu học; 92% khoản thu được thực hiện không dùng tiền mặt. "
            "Tuy vậy, việc khai thác dữ liệu phục vụ công tác quản lý, chỉ đạo vẫn còn hạn chế, "
            "một số đơn vị cập nhật dữ liệu ngành chưa kịp thời.",
            "mso",
        ),
        P(
            "Tại hội nghị, các đại biểu đã được nghe hướng dẫn triển khai học bạ số cấp THCS, "
            "quy trình ký số hồ sơ chuyên môn và cách kết nối dữ liệu từ phần mềm quản lý trường "
            "học lên cơ sở dữ liệu ngành.",
            "mso",
        ),
        Img(
            "/Upload/21384/20261204/hoi-nghi-cds-2.jpg",
            "Cán bộ VNPT Tam Nông hướng dẫn các đơn vị sử dụng chữ ký số",
            "Cán bộ VNPT Tam Nông hướng dẫn các đơn vị sử dụng chữ ký số",
            style="em",
        ),
        P(
            "Phát biểu kết luận, đồng chí Trưởng phòng GD&ĐT yêu cầu các nhà trường xây dựng kế "
            "hoạch chuyển đổi số cụ thể, phân công rõ người, rõ việc; hoàn thành việc số hóa hồ sơ "
            "học sinh trước ngày 31/12/2026.",
            "mso",
        ),
        _byline("Tin, ảnh: Hoàng Minh Tuấn"),
    ],
    authors=["Hoàng Minh Tuấn"],
    photographers=["Hoàng Minh Tuấn"],
    opts={
        "printed": "04/12/2026 3:45:00 CH",
        "updated": "05/12/2026 8:12:09 SA",
        "meta": "2026-12-04T15:45:00Z",
        "account": "tamnong_pgd",
        "sapo_repeat": True,
        "tags": ["chuyển đổi số", "học bạ số"],
        "also": ["0"],
    },
)

A2 = Story(
    id=4119,
    slug="lien-doi-thcs-dau-duong-ra-quan-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
    title="Liên đội THCS Dậu Dương ra quân hưởng ứng Tháng hành động vì bình đẳng giới",
    cat="12",
    published_at="2026-12-02T09:05:00+07:00",
    summary=(
        "Sáng 02/12, Liên đội Trường THCS Dậu Dương tổ chức lễ ra quân hưởng ứng Tháng hành động "
        "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia buổi lễ có toàn thể cán bộ, giáo viên và hơn 420 học sinh của nhà trường. "
            "Với chủ đề “Chung tay thúc đẩy bình đẳng giới, xóa bỏ bạo lực học đường”, lễ ra quân "
            "nhằm nâng cao nhận thức của học sinh về quyền được tôn trọng, được bảo vệ và được "
            "phát triển bình đẳng."
        ),
        Img(
            "/Upload/21384/20261202/thcs-dau-duong-1.jpg",
            "Các em học sinh diễu hành cổ động hưởng ứng Tháng hành động",
            "Các em học sinh diễu hành cổ động hưởng ứng Tháng hành động",
            style="tbl",
        ),
        P(
            "Ngay sau lễ ra quân, các chi đội đã tổ chức diễu hành cổ động quanh khu dân cư, phát "
            "tờ rơi tuyên truyền và ký cam kết “Nói không với bạo lực học đường”. Buổi chiều cùng "
            "ngày, nhà trường tổ chức diễn đàn “Tiếng nói của chúng em” để học sinh chia sẻ, đề "
            "xuất các giải pháp giữ gìn môi trường học tập an toàn, thân thiện."
        ),
        Img(
            "/Upload/21384/20261202/thcs-dau-duong-2.jpg",
            "Diễn đàn “Tiếng nói của chúng em”",
            "Diễn đàn “Tiếng nói của chúng em”",
            style="tbl",
        ),
        P(
            "Theo kế hoạch, trong tháng 12 Liên đội sẽ tiếp tục tổ chức cuộc thi vẽ tranh và sân "
            "khấu hóa với chủ đề bình đẳng giới ở tất cả các khối lớp."
        ),
        _byline("Tin: Đỗ Thu Hằng - Ảnh: Nguyễn Văn Khải"),
    ],
    authors=["Đỗ Thu Hằng"],
    photographers=["Nguyễn Văn Khải"],
    opts={
        "printed": "02/12/2026 9:05:00 SA",
        "updated": "02/12/2026 9:05:00 SA",
        "meta": "2026-12-02T09:05:00Z",
        "account": "tamnong_pgd",
    },
)

A3 = Story(
    id=4102,
    slug="chuc-mung-hoc-sinh-tam-nong-dat-7-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title="🎉 Chúc mừng học sinh Tam Nông đạt 7 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="12",
    published_at="2026-11-28",
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học "
            "2026-2027 vừa được Sở GD&ĐT tổ chức, đoàn học sinh huyện Tam Nông có 9 dự án dự thi "
            "và đạt 7 giải, trong đó có 1 giải Nhất, 2 giải Nhì, 2 giải Ba và 2 giải Khuyến khích 👏"
        ),
        Img("/Upload/21384/20261128/khkt-2026.jpg", None, None, style="bare"),
        P("Một số dự án đạt giải cao:"),
        P("TT | Tên dự án | Học sinh thực hiện | Trường | Giải", "th"),
        P(
            "1 | Hệ thống tưới tiết kiệm nước cho vườn bưởi đồi | Nguyễn Minh Khang, Hà Thu Trang "
            "| THCS Hưng Hóa | Nhất",
            "tr",
        ),
        P(
            "2 | Chế phẩm sinh học xử lý rơm rạ sau thu hoạch | Đinh Gia Bảo | THCS Văn Lương | Nhì",
            "tr",
        ),
        P(
            "3 | Thiết bị cảnh báo đuối nước cho trẻ em | Lê Hoàng Nam, Phùng Ngọc Ánh | THCS Dậu "
            "Dương | Nhì",
            "tr",
        ),
        P("4 | Gạch không nung từ tro trấu | Trần Quang Huy | THCS Thọ Văn | Ba", "tr"),
        P(
            "Thành tích trên là kết quả của quá trình bồi dưỡng công phu của các thầy cô giáo "
            "hướng dẫn và sự nỗ lực, sáng tạo của các em học sinh. Phòng GD&ĐT huyện Tam Nông "
            "trân trọng chúc mừng các thầy cô và các em!"
        ),
        _byline("Tổ Trung học cơ sở"),
    ],
    authors=["Tổ Trung học cơ sở"],
    opts={
        "printed": "28/11/2026 12:00:00 SA",
        "updated": "30/11/2026 2:41:17 CH",
        "meta": "2026-11-28T00:00:00Z",
        "account": "quantri",
    },
)

A4 = Story(
    id=4088,
    slug="tam-nong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Tam Nông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="12",
    published_at="2026-11-19T16:10:00+07:00",
    summary=(
        "Chiều 19/11, Phòng GD&ĐT huyện Tam Nông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tới dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện; lãnh đạo các phòng, ban, ngành, "
            "đoàn thể của huyện cùng đông đảo các thế hệ nhà giáo, cán bộ quản lý giáo dục trên địa "
            "bàn."
        ),
        P(
            "Trong năm học vừa qua, ngành Giáo dục huyện Tam Nông tiếp tục duy trì và nâng cao chất "
            "lượng giáo dục toàn diện. Toàn huyện có 31/38 trường đạt chuẩn quốc gia, đạt tỷ lệ "
            "81,6%; 214 lượt giáo viên đạt giáo viên dạy giỏi các cấp; 126 lượt học sinh đạt giải "
            "trong các kỳ thi cấp tỉnh."
        ),
        Img(
            "/Upload/21384/20261119/le-20-11-1.jpg",
            "(Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu)",
            "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
            style="em",
        ),
        P(
            "Dịp này, 25 tập thể và 48 cá nhân có thành tích xuất sắc được Chủ tịch UBND huyện "
            "tặng Giấy khen; 12 nhà giáo được tôn vinh “Nhà giáo tâm huyết, sáng tạo” năm 2026."
        ),
        _byline("ThS. Lê Thị Thanh Huyền - Phó Trưởng phòng GD&ĐT"),
    ],
    authors=["Lê Thị Thanh Huyền"],
    opts={
        "printed": "19/11/2026 4:10:00 CH",
        "updated": "20/11/2026 7:02:51 SA",
        "meta": "2026-11-19T16:10:00Z",
        "account": "tamnong_pgd",
    },
)

A5 = Story(
    id=4061,
    slug="hoi-nghi-so-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Hội nghị sơ kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="12",
    published_at="2026-10-30T12:15:00+07:00",
    blocks=[
        P(
            "Ngày 30/10, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Tam Nông tổ chức hội nghị "
            "sơ kết công tác phổ cập giáo dục, xóa mù chữ năm 2026 và triển khai nhiệm vụ năm 2027.",
            "mso",
        ),
        P(
            "Theo báo cáo, đến hết tháng 10/2026, huyện Tam Nông tiếp tục duy trì đạt chuẩn phổ "
            "cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập "
            "giáo dục THCS mức độ 3 và xóa mù chữ mức độ 2. Tỷ lệ thanh niên, thiếu niên trong độ "
            "tuổi 15 đến 18 có bằng tốt nghiệp THCS đạt 97,3%.",
            "mso",
        ),
        P(
            "Hội nghị cũng chỉ ra một số khó khăn như: việc cập nhật dữ liệu phổ cập trên hệ thống "
            "phần mềm ở một số xã còn chậm; tỷ lệ huy động người mù chữ tham gia các lớp xóa mù chữ "
            "chưa cao.",
            "mso",
        ),
        P(
            "Kết luận hội nghị, đồng chí Trưởng Ban Chỉ đạo yêu cầu các xã, thị trấn rà soát, điều "
            "tra số liệu chính xác, hoàn thiện hồ sơ đề nghị kiểm tra công nhận trước ngày "
            "15/12/2026.",
            "mso",
        ),
        _byline("Thanh Hà"),
        Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT huyện Tam Nông</em></p>'),
    ],
    authors=["Thanh Hà"],
    source="Cổng TTĐT huyện Tam Nông",
    opts={
        "printed": "30/10/2026 12:15:00 CH",
        "updated": "30/10/2026 12:15:00 CH",
        "meta": "2026-10-30T12:15:00Z",
        "account": "tamnong_pgd",
    },
)

_WORD_BULLET = (
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
    "<!--[endif]-->"
)

B1 = Story(
    id=4123,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    cat="13",
    published_at="2026-12-03T08:00:00+07:00",
    summary=(
        "Sáng 03/12, tại Trường Tiểu học Hưng Hóa, Phòng GD&ĐT Tam Nông khai mạc Hội thi giáo "
        "viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 64 giáo viên "
        "đến từ 17 trường tiểu học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên; phát "
            "hiện, tôn vinh những giáo viên có năng lực sư phạm tốt, đồng thời tạo cơ hội để giáo "
            "viên giao lưu, học hỏi kinh nghiệm trong việc thực hiện Chương trình giáo dục phổ "
            "thông 2018.",
            "mso",
        ),
        P("Hội thi gồm hai phần:", "mso"),
        P(
            "Phần thi trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh;",
            "wordli",
        ),
        P(
            "Phần thi thực hành dạy 02 tiết tại lớp, trong đó có 01 tiết môn Tiếng Việt hoặc Toán "
            "và 01 tiết do giáo viên tự chọn.",
            "wordli",
        ),
        P("- Thời gian tổ chức: từ ngày 03/12 đến ngày 12/12/2026.", "mso"),
        P("- Địa điểm: Trường Tiểu học Hưng Hóa và Trường Tiểu học Thượng Nông.", "mso"),
        Img(
            "/Upload/21384/20261203/gvdg-th-1.jpg",
            "Quang cảnh lễ khai mạc Hội thi",
            "Quang cảnh lễ khai mạc Hội thi",
            style="em",
        ),
        P(
            "Ban Tổ chức đề nghị các giáo viên dự thi thực hiện nghiêm túc quy chế, phát huy tinh "
            "thần đổi mới sáng tạo để Hội thi thực sự là đợt sinh hoạt chuyên môn bổ ích.",
            "mso",
        ),
        _byline("Tổ Tiểu học"),
    ],
    authors=["Tổ Tiểu học"],
    opts={
        "printed": "03/12/2026 8:00:00 SA",
        "updated": "03/12/2026 10:26:44 SA",
        "meta": "2026-12-03T08:00:00Z",
        "account": "tamnong_pgd",
        "also": ["12", "0"],
    },
)

B2 = Story(
    id=4110,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-mon-ngu-van",
    title=(
        "Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm” môn Ngữ văn cấp THCS"
    ),
    cat="13",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 25/11, Phòng GD&ĐT Tam Nông tổ chức chuyên đề cấp huyện “Dạy học phát triển năng "
            "lực qua hoạt động trải nghiệm” môn Ngữ văn tại Trường THCS Văn Lương. Tham dự chuyên "
            "đề có 45 giáo viên dạy Ngữ văn của các trường THCS trong huyện."
        ),
        P(
            "Tại chuyên đề, cô giáo Nguyễn Thị Bích Ngọc đã thực hiện tiết dạy minh họa bài “Những "
            "ngôi sao xa xôi” theo hình thức dự án: học sinh được chia nhóm, đóng vai phóng viên "
            "chiến trường, dựng lại một bản tin về cuộc sống của những nữ thanh niên xung phong trên "
            "tuyến đường Trường Sơn."
        ),
        Img("/Upload/21384/20261125/chuyen-de-ngu-van.jpg", None, None, style="bare"),
        P(
            "Trong phần thảo luận, các giáo viên đã trao đổi về cách thiết kế nhiệm vụ trải nghiệm "
            "phù hợp với từng đối tượng học sinh, cách xây dựng bảng kiểm và phiếu đánh giá đồng "
            "đẳng."
        ),
        P(
            "Chuyên đề đã góp phần giúp giáo viên có thêm những kinh nghiệm quý trong việc đổi mới "
            "phương pháp dạy học, đánh giá học sinh theo hướng phát triển phẩm chất, năng lực."
        ),
        _byline("Nguyễn Thị Bích Ngọc (Trường THCS Văn Lương)"),
    ],
    authors=["Nguyễn Thị Bích Ngọc"],
    opts={
        "printed": "25/11/2026 2:00:00 CH",
        "updated": "25/11/2026 4:37:02 CH",
        "meta": "2026-11-25T14:00:00Z",
        "account": "tamnong_pgd",
        "nfd": True,
    },
)

B3 = Story(
    id=4094,
    slug="tap-huan-khai-thac-phan-mem-vnedu-va-ho-so-dien-tu-cho-can-bo-quan-ly",
    title="Tập huấn khai thác phần mềm vnEdu và hồ sơ điện tử cho cán bộ quản lý",
    cat="13",
    published_at="2026-11-21T10:30:00+07:00",
    summary=(
        "Trong hai ngày 20 và 21/11, Phòng GD&ĐT Tam Nông phối hợp với VNPT Phú Thọ tổ chức tập "
        "huấn khai thác phần mềm quản lý trường học vnEdu và hồ sơ điện tử cho gần 120 cán bộ quản "
        "lý, giáo viên các trường mầm non, tiểu học và THCS."
    ),
    blocks=[
        P(
            "Trong hai ngày 20 và 21/11, Phòng GD&ĐT Tam Nông phối hợp với VNPT Phú Thọ tổ chức tập "
            "huấn khai thác phần mềm quản lý trường học vnEdu và hồ sơ điện tử cho gần 120 cán bộ "
            "quản lý, giáo viên các trường mầm non, tiểu học và THCS.",
            "bold",
        ),
        P(
            "Các học viên được hướng dẫn chi tiết các nội dung: quản lý hồ sơ học sinh, cập nhật "
            "điểm và nhận xét, lập kế hoạch dạy học, ký số học bạ và sổ điểm, kết xuất báo cáo thống "
            "kê định kỳ theo yêu cầu của ngành."
        ),
        Img(
            "../../../../Upload/21384/20261121/taphuan-vnedu.jpg",
            "Học viên thực hành trên phần mềm tại lớp tập huấn",
            "Học viên thực hành trên phần mềm tại lớp tập huấn",
            style="tbl",
        ),
        P(
            "Kết thúc khóa tập huấn, 100% học viên hoàn thành bài thực hành; các đơn vị cam kết "
            "hoàn thiện việc chuyển đổi hồ sơ giấy sang hồ sơ điện tử trong học kỳ I năm học "
            "2026-2027."
        ),
        _byline("Tin, ảnh: Phạm Quốc Hưng"),
    ],
    authors=["Phạm Quốc Hưng"],
    photographers=["Phạm Quốc Hưng"],
    opts={
        "printed": "21/11/2026 10:30:00 SA",
        "updated": "21/11/2026 10:30:00 SA",
        "meta": "2026-11-21T10:30:00Z",
        "account": "quantri",
    },
)

B4 = Story(
    id=4057,
    slug="kiem-tra-cong-tac-thu-vien-thiet-bi-day-hoc-tai-cac-truong-tieu-hoc",
    title="Kiểm tra công tác thư viện, thiết bị dạy học tại các trường Tiểu học",
    cat="13",
    published_at="2026-10-27T09:20:00+07:00",
    summary=(
        "Từ ngày 20 đến 26/10/2026, đoàn kiểm tra của Phòng GD&ĐT Tam Nông đã tiến hành kiểm tra "
        "chuyên đề công tác thư viện, thiết bị dạy học tại 9 trường Tiểu học trên địa bàn huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Qua kiểm tra cho thấy, các nhà trường đã quan tâm đầu tư, bổ sung sách, tài liệu tham "
            "khảo và thiết bị dạy học tối thiểu theo Chương trình giáo dục phổ thông 2018. Nhiều "
            "đơn vị có cách làm hay như Trường Tiểu học Thọ Văn xây dựng “Thư viện xanh” ngoài "
            "trời, Trường Tiểu học Tứ Mỹ tổ chức “Ngày hội đọc sách” hằng tháng."
        ),
        P(
            "Bên cạnh đó, một số trường còn thiếu phòng thiết bị riêng, việc mượn, trả thiết bị "
            "chưa được ghi chép đầy đủ vào sổ theo dõi."
        ),
        P(
            "Đoàn kiểm tra đề nghị các trường khắc phục tồn tại trước ngày 30/11/2026 và báo cáo "
            "kết quả về Phòng GD&ĐT."
        ),
        _byline("Trần Văn Dũng"),
        Raw(
            '<p><em>Xem thêm: <a href="/pgdtamnong/van-ban/2291/ke-hoach-kiem-tra-chuyen-de-nam-'
            'hoc-2026-2027.html">Kế hoạch kiểm tra chuyên đề năm học 2026-2027</a></em></p>'
        ),
    ],
    authors=["Trần Văn Dũng"],
    opts={
        "printed": "27/10/2026 9:20:00 SA",
        "updated": "28/10/2026 3:03:12 CH",
        "meta": "2026-10-27T09:20:00Z",
        "account": "tamnong_pgd",
        "attach": [
            (
                "Bien-ban-kiem-tra-TV-TB-2026.pdf",
                "/Upload/21384/File/2026/10/Bien-ban-kiem-tra-TV-TB-2026.pdf",
            )
        ],
    },
)

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="width:42%;text-align:center;vertical-align:top;"><p style="text-align:center;">'
    "UBND HUYỆN TAM NÔNG<br />\n<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>\n"
    '<p style="text-align:center;">Số: 412/TB-PGDĐT</p></td>\n'
    '<td style="text-align:center;vertical-align:top;"><p style="text-align:center;"><strong>'
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\nĐộc lập - Tự do - Hạnh phúc</strong></p>\n"
    '<p style="text-align:center;"><em>Tam Nông, ngày 30 tháng 11 năm 2026</em></p></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align:center;"><strong><span style="font-size:16px;">THÔNG BÁO</span>'
    "</strong></p>\n"
    '<p style="text-align:center;"><strong>Về việc tổ chức Hội khỏe Phù Đổng cấp huyện năm học '
    "2026-2027</strong></p>"
)
_CLOSING = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="width:50%;vertical-align:top;"><p><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các trường MN, TH, THCS;<br />\n- Lãnh đạo Phòng;<br />\n- Website Phòng;<br />\n"
    "- Lưu: VT.</p></td>\n"
    '<td style="text-align:center;vertical-align:top;"><p><strong>TRƯỞNG PHÒNG</strong></p>\n'
    "<p><em>(Đã ký)</em></p>\n<p>&nbsp;</p>\n<p><strong>Nguyễn Văn Thắng</strong></p></td>\n"
    "</tr>\n</tbody>\n</table>"
)

C1 = Story(
    id=4125,
    slug="thong-bao-ve-viec-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
    cat="14",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Thực hiện Kế hoạch số 286/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về thực hiện nhiệm "
            "vụ giáo dục thể chất, hoạt động thể thao trường học năm học 2026-2027, Phòng GD&ĐT "
            "thông báo tổ chức Hội khỏe Phù Đổng cấp huyện như sau:"
        ),
        P("1. Thời gian: từ ngày 14/12 đến ngày 18/12/2026.", "br"),
        P(
            "2. Địa điểm: Sân vận động huyện và Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện "
            "Tam Nông.",
            "br",
        ),
        P("3. Môn thi đấu: Điền kinh, Bóng đá nam, Cầu lông, Bóng bàn, Cờ vua và Đá cầu."),
        P(
            "4. Đối tượng: học sinh tiểu học và trung học cơ sở đang học tại các trường trên địa "
            "bàn huyện."
        ),
        P(
            "Các đơn vị gửi danh sách vận động viên về Phòng GD&ĐT (qua bộ phận Chuyên môn) trước "
            "ngày 10/12/2026 qua hệ thống quản lý văn bản điều hành."
        ),
        _CLOSING,
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={
        "printed": "01/12/2026 7:45:00 SA",
        "updated": "01/12/2026 7:45:00 SA",
        "meta": "2026-12-01T07:45:00Z",
        "account": "Admin",
    },
)

C2 = Story(
    id=4116,
    slug="thong-bao-dang-ky-du-thi-chon-hoc-sinh-gioi-lop-9-cap-tinh-nam-hoc-2026-2027",
    title="Thông báo đăng ký dự thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026-2027",
    cat="14",
    published_at="2026-11-24T16:30:00+07:00",
    blocks=[
        P(
            "Căn cứ Công văn số 1875/SGDĐT-QLCL ngày 18/11/2026 của Sở GD&ĐT Phú Thọ về việc tổ "
            "chức kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026-2027, Phòng GD&ĐT đề nghị "
            "các trường THCS lập danh sách học sinh đăng ký dự thi theo mẫu gửi kèm."
        ),
        P("Hạn nộp danh sách: trước 16 giờ 00 ngày 04/12/2026. Chi tiết xem tệp đính kèm."),
        Raw(
            '<p><iframe frameborder="0" height="780" scrolling="no" src="https://docs.google.com/'
            "viewer?url=http%3A%2F%2Fphutho.edu.vn%2FUpload%2F21384%2FFile%2F2026%2F11%2FTB-dang-"
            'ky-HSG9-2026.pdf&amp;embedded=true" width="100%"></iframe></p>'
        ),
    ],
    opts={
        "printed": "24/11/2026 4:30:00 CH",
        "updated": "24/11/2026 4:30:00 CH",
        "meta": "2026-11-24T16:30:00Z",
        "account": "Admin",
        "attach": [
            ("TB-dang-ky-HSG9-2026.pdf", "/Upload/21384/File/2026/11/TB-dang-ky-HSG9-2026.pdf"),
            ("Mau-danh-sach-HSG9.xlsx", "/Upload/21384/File/2026/11/Mau-danh-sach-HSG9.xlsx"),
        ],
    },
)

C3 = Story(
    id=4079,
    slug="ke-hoach-to-chuc-ngay-hoi-doc-sach-cap-huyen-nam-2026",
    title="Kế hoạch tổ chức Ngày hội đọc sách cấp huyện năm 2026",
    cat="14",
    published_at="2026-11-12T11:20:00+07:00",
    blocks=[
        P("I. MỤC ĐÍCH, YÊU CẦU", "h4"),
        P(
            "Khơi dậy niềm đam mê đọc sách, hình thành thói quen đọc sách cho học sinh;",
            "li",
        ),
        P(
            "Phát huy hiệu quả hoạt động của thư viện trường học, góp phần xây dựng văn hóa đọc "
            "trong nhà trường.",
            "li",
        ),
        P("II. NỘI DUNG, HÌNH THỨC", "h4"),
        P("1. Trưng bày, giới thiệu sách theo chủ đề “Quê hương Đất Tổ”."),
        P(
            "2. Thi kể chuyện theo sách dành cho học sinh tiểu học; thi giới thiệu sách dành cho "
            "học sinh THCS."
        ),
        P("III. THỜI GIAN, ĐỊA ĐIỂM", "h4"),
        P("Ngày hội được tổ chức vào ngày 12/12/2026 tại Trường THCS Hưng Hóa."),
        _byline("BBT"),
    ],
    opts={
        "printed": "12/11/2026 11:20:00 SA",
        "updated": "13/11/2026 8:05:31 SA",
        "meta": "2026-11-12T11:20:00Z",
        "account": "quantri",
    },
)

D1 = Story(
    id=4071,
    slug="nam-sinh-lop-8-nhat-duoc-gan-30-trieu-dong-tra-lai-nguoi-danh-roi",
    title="Nam sinh lớp 8 nhặt được gần 30 triệu đồng trả lại người đánh rơi",
    cat="15",
    published_at="2026-11-06T15:15:00+07:00",
    summary=(
        "Trên đường đi học về, em Hà Văn Phúc, học sinh lớp 8A Trường THCS Tứ Mỹ đã nhặt được "
        "chiếc ví có gần 30 triệu đồng cùng nhiều giấy tờ tùy thân và chủ động tìm cách trả lại "
        "người đánh rơi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chiều 03/11, khi đạp xe qua khu vực cầu Tứ Mỹ, Phúc phát hiện một chiếc ví da rơi bên "
            "lề đường. Mở ra kiểm tra, em thấy bên trong có 29,5 triệu đồng, căn cước công dân và "
            "giấy đăng ký xe máy mang tên ông Nguyễn Văn Lợi, trú tại xã Tam Cường."
        ),
        P(
            "Ngay lập tức, Phúc mang chiếc ví đến nộp cho cô giáo chủ nhiệm. Nhà trường đã phối hợp "
            "với Công an xã liên hệ và trao trả lại toàn bộ tài sản cho ông Lợi."
        ),
        Img("/Upload/21384/20261106/ha-van-phuc.jpg", "Ảnh: Vũ Thị Mai Anh", None, style="em"),
        P(
            "Thầy Đỗ Trọng Nghĩa, Hiệu trưởng nhà trường cho biết: “Phúc là học sinh ngoan, học "
            "tốt, gia đình còn nhiều khó khăn. Việc làm của em là tấm gương sáng để các bạn học sinh "
            "noi theo”. Nhà trường đã tuyên dương, khen thưởng em trước toàn trường."
        ),
        _byline("Bài, ảnh: Vũ Thị Mai Anh"),
        Raw('<p style="text-align: right;"><em>Theo Báo Phú Thọ</em></p>'),
    ],
    authors=["Vũ Thị Mai Anh"],
    photographers=["Vũ Thị Mai Anh"],
    source="Báo Phú Thọ",
    opts={
        "printed": "06/11/2026 3:15:00 CH",
        "updated": "06/11/2026 3:15:00 CH",
        "meta": "2026-11-06T15:15:00Z",
        "account": "tamnong_pgd",
        "also": ["0"],
    },
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, B3, B4, C1, C2, C3, D1]

# --- the siblings' content (same host, same code base; not gold) ------------------------------

S1 = Story(
    id=8801,
    slug="so-gd-dt-to-chuc-hoi-nghi-giao-ban-cong-tac-thang-11-nam-2026",
    title="Sở GD&ĐT tổ chức hội nghị giao ban công tác tháng 11 năm 2026",
    cat="3",
    published_at="2026-12-01T14:00:00+07:00",
    blocks=[
        P(
            "Chiều 01/12, Sở GD&ĐT Phú Thọ tổ chức hội nghị giao ban công tác tháng 11 và triển "
            "khai nhiệm vụ trọng tâm tháng 12 năm 2026 với lãnh đạo các phòng GD&ĐT trong tỉnh."
        ),
        P(
            "Hội nghị đánh giá các đơn vị đã hoàn thành tốt công tác tổ chức các hoạt động kỷ "
            "niệm Ngày Nhà giáo Việt Nam, đồng thời đề nghị tăng cường kiểm tra, giám sát việc thực "
            "hiện quy định về dạy thêm, học thêm."
        ),
        _byline("Phòng Văn phòng Sở"),
    ],
    opts={
        "printed": "01/12/2026 2:00:00 CH",
        "updated": "01/12/2026 2:00:00 CH",
        "meta": "2026-12-01T14:00:00Z",
        "account": "sogd_admin",
    },
)
S2 = Story(
    id=8796,
    slug="phu-tho-co-12-hoc-sinh-duoc-chon-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia",
    title="Phú Thọ có 12 học sinh được chọn vào đội tuyển dự thi học sinh giỏi quốc gia",
    cat="3",
    published_at="2026-11-27T09:00:00+07:00",
    blocks=[
        P(
            "Sau kỳ thi chọn đội tuyển, 12 học sinh Trường THPT Chuyên Hùng Vương đã được chọn vào "
            "đội tuyển của tỉnh dự thi chọn học sinh giỏi quốc gia năm 2027."
        ),
        _byline("Minh Phương"),
    ],
    opts={
        "printed": "27/11/2026 9:00:00 SA",
        "updated": "27/11/2026 9:00:00 SA",
        "meta": "2026-11-27T09:00:00Z",
        "account": "sogd_admin",
    },
)
S3 = Story(
    id=9012,
    slug="truong-thcs-huong-non-to-chuc-hoi-giang-chao-mung-ngay-20-11",
    title="Trường THCS Hương Nộn tổ chức hội giảng chào mừng ngày 20/11",
    cat="21",
    published_at="2026-11-16T15:30:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua chào mừng kỷ niệm Ngày Nhà giáo Việt Nam, Trường THCS "
            "Hương Nộn đã tổ chức đợt hội giảng với 18 tiết dạy của các thầy cô giáo."
        ),
        _byline("Tổ Khoa học xã hội"),
    ],
    opts={
        "printed": "16/11/2026 3:30:00 CH",
        "updated": "16/11/2026 3:30:00 CH",
        "meta": "2026-11-16T15:30:00Z",
        "account": "thcshuongnon",
    },
)

# --- intro pages, documents, media, calendar ----------------------------------------------------

INTRO = [
    Story(
        id=101,
        slug="chuc-nang-nhiem-vu",
        title="Chức năng, nhiệm vụ",
        cat="2",
        published_at=None,
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Tam "
                "Nông, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản "
                "lý nhà nước về giáo dục và đào tạo trên địa bàn huyện."
            ),
            P(
                "Phòng Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; "
                "chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân "
                "huyện, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của "
                "Sở Giáo dục và Đào tạo."
            ),
            P(
                "Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị; quy hoạch, kế hoạch dài "
                "hạn, 05 năm và hằng năm; chương trình, đề án, biện pháp nhằm thực hiện các nhiệm "
                "vụ cải cách hành chính nhà nước thuộc lĩnh vực giáo dục và đào tạo."
            ),
        ],
        opts={
            "printed": "15/08/2023 9:12:00 SA",
            "updated": "02/10/2025 3:20:11 CH",
            "account": "Admin",
        },
    ),
    Story(
        id=102,
        slug="lanh-dao-phong",
        title="Lãnh đạo phòng",
        cat="3",
        published_at=None,
        blocks=[
            P("Họ và tên | Chức vụ | Điện thoại | Email", "th"),
            P(
                "Nguyễn Văn Thắng | Trưởng phòng | 0912.456.218 | thangnv.tamnong@phutho.edu.vn",
                "tr",
            ),
            P(
                "Lê Thị Thanh Huyền | Phó Trưởng phòng | 0986.331.507 | huyenltt.tamnong@phutho.edu.vn",
                "tr",
            ),
            P(
                "Đinh Công Tuấn | Phó Trưởng phòng | 0915.208.664 | tuandc.tamnong@phutho.edu.vn",
                "tr",
            ),
        ],
        opts={
            "printed": "15/08/2023 9:30:00 SA",
            "updated": "10/09/2026 8:40:25 SA",
            "account": "Admin",
        },
    ),
    Story(
        id=103,
        slug="cac-truong-truc-thuoc",
        title="Các trường trực thuộc",
        cat="4",
        published_at=None,
        blocks=[
            P(
                "Toàn huyện có 38 trường học trực thuộc Phòng GD&ĐT gồm 14 trường mầm non, 13 "
                "trường tiểu học, 2 trường tiểu học và THCS và 9 trường THCS. Một số đơn vị đã có "
                "Cổng thông tin điện tử riêng trên hệ thống của ngành:"
            ),
            Raw(
                '<ul><li><a href="/thcshuonghon/">Trường THCS Hương Nộn</a></li>'
                '<li><a href="http://thcshungthoa.phutho.edu.vn/" target="_blank">Trường THCS '
                "Hưng Hóa</a></li></ul>"
            ),
        ],
        opts={
            "printed": "15/08/2023 9:41:00 SA",
            "updated": "15/08/2023 9:41:00 SA",
            "account": "Admin",
        },
    ),
]
INTRO_CATS = {"2": "Chức năng, nhiệm vụ", "3": "Lãnh đạo phòng", "4": "Các trường trực thuộc"}


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    kind: str
    issued: str
    effective: str
    signer: str
    excerpt: str
    file: str


DOCS = [
    Doc(
        2291,
        "ke-hoach-kiem-tra-chuyen-de-nam-hoc-2026-2027",
        "298/KH-PGDĐT",
        "Kế hoạch",
        "05/10/2026",
        "05/10/2026",
        "Nguyễn Văn Thắng",
        "Kế hoạch kiểm tra chuyên đề năm học 2026-2027",
        "/Upload/21384/VanBan/2026/KH-298-PGDDT.pdf",
    ),
    Doc(
        2288,
        "cong-van-huong-dan-thuc-hien-nhiem-vu-nam-hoc-2026-2027-cap-thcs",
        "254/PGDĐT-THCS",
        "Công văn",
        "18/09/2026",
        "18/09/2026",
        "Lê Thị Thanh Huyền",
        "Hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 cấp THCS",
        "/Upload/21384/VanBan/2026/CV-254-PGDDT-THCS.pdf",
    ),
    Doc(
        2279,
        "quyet-dinh-thanh-lap-ban-chi-dao-chuyen-doi-so-nganh-giao-duc-huyen",
        "117/QĐ-PGDĐT",
        "Quyết định",
        "28/08/2026",
        "28/08/2026",
        "Nguyễn Văn Thắng",
        "Quyết định thành lập Ban Chỉ đạo chuyển đổi số ngành Giáo dục huyện Tam Nông",
        "/Upload/21384/VanBan/2026/QD-117-PGDDT.pdf",
    ),
]

ALBUM = (
    37,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    [
        ("/Upload/21384/Album/37/anh-01.jpg", "Các đại biểu dự Lễ kỷ niệm"),
        ("/Upload/21384/Album/37/anh-02.jpg", "Tiết mục văn nghệ chào mừng của giáo viên Mầm non"),
        ("/Upload/21384/Album/37/anh-03.jpg", "Tuyên dương các nhà giáo tiêu biểu năm 2026"),
        ("/Upload/21384/Album/37/anh-04.jpg", "Chụp ảnh lưu niệm"),
    ],
)
VIDEO = (
    12,
    "phong-su-hoi-khoe-phu-dong-huyen-tam-nong-nam-2025",
    "Phóng sự: Hội khỏe Phù Đổng huyện Tam Nông năm 2025",
    "Hơn 600 vận động viên là học sinh của 38 trường học tranh tài ở 6 môn thi đấu trong "
    "Hội khỏe Phù Đổng huyện Tam Nông năm 2025.",
)
WEEKS = {
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
    50: ("07/12/2026", "13/12/2026"),
}
SCHEDULE_49 = [
    (
        "Thứ Hai 30/11",
        "Sáng: Trưởng phòng dự họp giao ban UBND huyện.",
        "Chiều: Làm việc tại cơ quan.",
    ),
    (
        "Thứ Ba 01/12",
        "Sáng: Phó TP Lê Thị Thanh Huyền kiểm tra Trường MN Hương Nộn.",
        "Chiều: Họp tổ chuyên môn.",
    ),
    (
        "Thứ Tư 02/12",
        "Sáng: Dự lễ ra quân Tháng hành động vì bình đẳng giới tại THCS Dậu Dương.",
        "Chiều: Làm việc tại cơ quan.",
    ),
    (
        "Thứ Năm 03/12",
        "Sáng: Khai mạc Hội thi GVDG bậc Tiểu học tại TH Hưng Hóa.",
        "Chiều: Dự giờ thi GVDG.",
    ),
    (
        "Thứ Sáu 04/12",
        "Sáng: Dự giờ thi GVDG.",
        "Chiều: Hội nghị triển khai nhiệm vụ chuyển đổi số.",
    ),
    ("Thứ Bảy 05/12", "Trực cơ quan: Đ/c Đinh Công Tuấn.", ""),
]


# --- the unit (a sub-site) ----------------------------------------------------------------------


@dataclass
class Unit:
    code: str
    display: str  # how some portlets print the code (IIS does not care)
    site_id: int
    name: str  # full name
    short: str  # "Phòng GD&ĐT Tam Nông"
    address: str
    phone: str
    email: str
    cats: dict[str, tuple[str, str, str | None]]  # id -> (name, slug, parent menu)
    stories: list[Story]
    full: bool = True
    #: which stories each category lists, besides its own
    extra_members: dict[str, list[int]] = field(default_factory=dict)

    # ---- URLs
    def home(self) -> str:
        return f"/{self.code}/"

    def cat_url(self, cat: str, page: int = 1) -> str:
        slug = self.cats[cat][1]
        if page == 1:
            return f"/{self.code}/tin-tuc/{cat}/{slug}.html"
        return f"/{self.code}/tin-tuc/{cat}/{slug}/trang-{page}.html"

    def story_url(self, s: Story, cat: str | None = None, display: bool = False) -> str:
        code = self.display if display else self.code
        return f"/{code}/tin-tuc/{cat or s.cat}/{s.id}/{s.slug}.html"

    def by_id(self, item: int) -> Story | None:
        return next((s for s in self.stories if s.id == item), None)

    def members(self, cat: str) -> list[Story]:
        own = [s for s in self.stories if s.cat == cat]
        extra = [s for s in self.stories if s.id in self.extra_members.get(cat, [])]
        return sorted(own + extra, key=_sort_key, reverse=True)

    def pages(self, cat: str) -> int:
        return max(1, -(-len(self.members(cat)) // PAGE_SIZE))


def _sort_key(s: Story) -> tuple[int, ...]:
    day, clock, half = s.opts["printed"].split()
    d, m, y = (int(x) for x in day.split("/"))
    h, mi, sec = (int(x) for x in clock.split(":"))
    h = h % 12 + (12 if half == "CH" else 0)
    return (y, m, d, h, mi, sec)


def _stored(s: Story, value: str) -> str:
    """A field as the database holds it: B2 was pasted in decomposed Unicode, everywhere."""
    return unicodedata.normalize("NFD", value) if s.opts.get("nfd") else value


def _day(s: Story) -> str:
    return s.opts["printed"].split()[0]


PGD = Unit(
    code="pgdtamnong",
    display="PGDTamNong",
    site_id=21384,
    name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG",
    short="Phòng GD&ĐT Tam Nông",
    address="Khu 7, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ",
    phone="0210.3879.126",
    email="pgdtamnong@phutho.edu.vn",
    cats={
        "12": ("Tin hoạt động", "tin-hoat-dong", "Tin tức - Sự kiện"),
        "13": ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon", "Tin tức - Sự kiện"),
        "15": ("Gương người tốt việc tốt", "guong-nguoi-tot-viec-tot", "Tin tức - Sự kiện"),
        "14": ("Thông báo", "thong-bao", None),
    },
    stories=STORIES,
    extra_members={"12": [B1.id]},
)
SOGD = Unit(
    code="sogddt",
    display="SoGDDT",
    site_id=20001,
    name="SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ",
    short="Sở GD&ĐT Phú Thọ",
    address="Số 1595, đại lộ Hùng Vương, phường Gia Cẩm, thành phố Việt Trì, tỉnh Phú Thọ",
    phone="0210.3846.227",
    email="sogddt@phutho.edu.vn",
    cats={"3": ("Tin toàn ngành", "tin-toan-nganh", None)},
    stories=[S1, S2],
    full=False,
)
THCS = Unit(
    code="thcshuonghon",
    display="THCSHuongNon",
    site_id=21397,
    name="TRƯỜNG THCS HƯƠNG NỘN",
    short="Trường THCS Hương Nộn",
    address="Xã Hương Nộn, huyện Tam Nông, tỉnh Phú Thọ",
    phone="0210.3878.402",
    email="c2huongnon.tamnong@phutho.edu.vn",
    cats={"21": ("Tin tức nhà trường", "tin-tuc-nha-truong", None)},
    stories=[S3],
    full=False,
)
UNITS = {u.code: u for u in (PGD, SOGD, THCS)}


# --- chrome -------------------------------------------------------------------------------------

#: what IIS and the MVC stack add to every page
_IIS = {
    "Server": "Microsoft-IIS/8.5",
    "X-AspNetMvc-Version": "5.2",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Cache-Control": "private",
    "Set-Cookie": "ASP.NET_SessionId=m1x4qzb2vdk0ahr3yq5wfn2t; path=/; HttpOnly; SameSite=Lax",
}


def _province_header() -> str:
    """The province portal's shared header: in every sub-site's markup, hidden by its theme."""
    marquee = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        f'<a href="{SOGD.story_url(s)}">{esc(_stored(s, s.title))}</a>' for s in SOGD.stories
    )
    return f"""<div id="hdrCongTinh" class="hdr-ct" style="display:none">
  <div class="hdr-ct-top"><span class="hdr-ct-ngay">{TODAY_PRINTED}</span>
    <a href="javascript:void(0)" onclick="Portal.login()" class="hdr-ct-dn">Đăng nhập</a></div>
  <h1 class="hdr-ct-ten"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ NGÀNH GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ</a></h1>
  <ul class="hdr-ct-mnu">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/sogddt/">Sở GD&amp;ĐT</a></li>
    <li><a href="{SOGD.cat_url("3")}">Tin toàn ngành</a></li>
    <li><a href="https://phutho.gov.vn" target="_blank">Cổng TTĐT tỉnh</a></li>
  </ul>
  <div class="hdr-ct-chay"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
</div>"""


def _menu(u: Unit) -> str:
    if not u.full:
        items = "".join(
            f'<li class="mnli1"><a href="{u.cat_url(c)}">{esc(n)}</a></li>'
            for c, (n, _, _) in u.cats.items()
        )
        return (
            f'<div id="mnu_ngang"><ul class="mnul1"><li class="mnli1 act">'
            f'<a href="{u.home()}">Trang chủ</a></li>{items}</ul></div>'
        )
    h = u.home()
    intro = "".join(
        f'<li><a href="{h}gioi-thieu/{s.cat}/{s.id}/{s.slug}.html">{esc(INTRO_CATS[s.cat])}</a></li>'
        for s in INTRO
    )
    news = "".join(
        f'<li><a href="{u.cat_url(c)}">{esc(n)}</a></li>'
        for c, (n, _, parent) in u.cats.items()
        if parent
    )
    return f"""<div id="mnu_ngang">
<ul class="mnul1">
  <li class="mnli1"><a href="{h}"><i class="fa fa-home"></i> Trang chủ</a></li>
  <li class="mnli1 cdrop"><a href="javascript:;">Giới thiệu</a><ul class="mnul2">{intro}</ul></li>
  <li class="mnli1 cdrop"><a href="javascript:;">Tin tức - Sự kiện</a><ul class="mnul2">{news}</ul></li>
  <li class="mnli1"><a href="{u.cat_url("14")}">Thông báo</a></li>
  <li class="mnli1"><a href="{h}van-ban.html">Văn bản</a></li>
  <li class="mnli1"><a href="{h}lich-cong-tac.html">Lịch công tác</a></li>
  <li class="mnli1 cdrop"><a href="javascript:;">Thư viện</a><ul class="mnul2">
    <li><a href="{h}thu-vien-anh.html">Thư viện ảnh</a></li>
    <li><a href="{h}video.html">Video</a></li></ul></li>
  <li class="mnli1"><a href="{h}lien-he.html">Liên hệ</a></li>
</ul>
</div>"""


def _thumb(s: Story) -> str:
    img = next((i for i in s.images), None)
    if img is None:
        return "/Content/portal/images/no-image.png"
    src = "/" + img.src.lstrip("./")
    return f"{src}?width=220&amp;height=150&amp;mode=crop"


def _sidebar(u: Unit) -> str:
    counter = """<div class="pl_box" id="pl_thongke">
  <div class="pl_tde"><span>Thống kê truy cập</span></div>
  <div class="pl_nd"><ul class="tk_ul">
    <li><i class="fa fa-user"></i> Đang online: <b>27</b></li>
    <li><i class="fa fa-calendar"></i> Hôm nay: <b>463</b></li>
    <li><i class="fa fa-calendar-o"></i> Tháng này: <b>2.918</b></li>
    <li><i class="fa fa-bar-chart"></i> Tổng truy cập: <b>1.286.415</b></li></ul></div>
</div>"""
    if not u.full:
        return f'<div class="col_phai">{counter}</div>'
    notice = "".join(
        f'<p class="tb_i"><img src="/Content/portal/images/new.gif" alt="" /> '
        f'<a href="{u.story_url(s, display=True)}">{esc(_stored(s, s.title))}</a></p>'
        for s in u.members("14")
    )
    most = "".join(
        f'<li><a href="{u.story_url(s)}">{esc(_stored(s, s.title))}</a></li>'
        for s in (A1, B1, C1, B2)
    )
    docs = "".join(
        f'<li><a href="/{u.code}/van-ban/{d.id}/{d.slug}.html">{esc(d.kind)} số {esc(d.number)}'
        f"</a><span>{esc(d.excerpt)}</span></li>"
        for d in DOCS[:2]
    )
    return f"""<div class="col_phai">
<div class="pl_box" id="pl_thongbao">
  <div class="pl_tde"><span>Thông báo</span></div>
  <div class="pl_nd"><marquee direction="up" height="180" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{notice}</marquee></div>
</div>
<div class="pl_box" id="pl_docnhieu">
  <div class="pl_tde"><span>Tin đọc nhiều</span></div>
  <div class="pl_nd"><ul class="ul_docnhieu">{most}</ul></div>
</div>
<div class="pl_box" id="pl_vanban">
  <div class="pl_tde"><span>Văn bản mới</span></div>
  <div class="pl_nd"><ul class="ul_vb">{docs}</ul><a class="xemtiep" href="/{u.code}/van-ban.html">Xem tất cả »</a></div>
</div>
<div class="pl_box" id="pl_lienket">
  <div class="pl_tde"><span>Liên kết website</span></div>
  <div class="pl_nd"><select class="sl_lk" onchange="if(this.value!='')window.open(this.value,'_blank')">
    <option value="">-- Chọn liên kết --</option>
    <option value="/sogddt/">Sở GD&amp;ĐT Phú Thọ</option>
    <option value="/thcshuonghon/">Trường THCS Hương Nộn</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://tamnong.phutho.gov.vn">Cổng TTĐT huyện Tam Nông</option>
  </select>
  <a href="https://vnedu.vn" target="_blank"><img src="/Content/portal/images/banner-vnedu.png" alt="vnEdu" /></a></div>
</div>
<div class="pl_box" id="pl_binhchon">
  <div class="pl_tde"><span>Thăm dò ý kiến</span></div>
  <div class="pl_nd"><form method="post" action="/{u.code}/binh-chon.html">
    <p class="bc_cauhoi">Bạn quan tâm nội dung nào trên Cổng thông tin điện tử?</p>
    <label><input type="radio" name="luachon" value="1" /> Tin tức - Sự kiện</label><br />
    <label><input type="radio" name="luachon" value="2" /> Văn bản chỉ đạo điều hành</label><br />
    <label><input type="radio" name="luachon" value="3" /> Lịch công tác</label><br />
    <label><input type="radio" name="luachon" value="4" /> Thư viện ảnh, video</label><br />
    <input type="hidden" name="idbc" value="9" />
    <input type="submit" class="btn_bc" value="Bình chọn" /> <a href="javascript:void(0)" onclick="XemKetQua(9)">Xem kết quả</a>
  </form></div>
</div>
{counter}
</div>"""


def _footer(u: Unit) -> str:
    return f"""<div id="footer">
  <div class="ft_l">
    <p class="ft_ten">{esc(u.name)}</p>
    <p>Địa chỉ: {esc(u.address)}</p>
    <p>Điện thoại: {esc(u.phone)} &nbsp;-&nbsp; Email: <a href="mailto:{esc(u.email)}">{esc(u.email)}</a></p>
    <p>Chịu trách nhiệm nội dung: Trưởng phòng (Thủ trưởng đơn vị)</p>
  </div>
  <div class="ft_r">
    <p>Bản quyền thuộc {esc(u.short)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
    <p>Thiết kế và phát triển bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Phú Thọ</a> - Phiên bản 3.2.1</p>
  </div>
</div>"""


def _page(
    u: Unit,
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None = None,
    head: str = "",
    description: str | None = None,
) -> Response:
    trail = ""
    if crumbs is not None:
        steps = [f'<a href="{u.home()}">Trang chủ</a>']
        for name, href in crumbs:
            steps.append(
                f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            )
        trail = '<div class="dgd_link">' + ' <span class="sep">»</span> '.join(steps) + "</div>"
    desc = esc(description or u.short)
    h = u.home()
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{desc}" />
<meta name="generator" content="VNPT Portal 3.2" />
{head}
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/portal/css/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/portal/css/style.css?v=3.2.1" rel="stylesheet" />
<link href="/Content/themes/{u.site_id}/theme.css" rel="stylesheet" />
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/Scripts/portal.common.js?v=3.2.1"></script>
</head>
<body class="vnptportal site-{u.site_id}">
{_province_header()}
<div id="wrapper">
<div class="bn_top">
  <div class="ngayhientai"><i class="fa fa-clock-o"></i> {TODAY_PRINTED}</div>
  <div class="bn_img"><a href="{h}"><img src="/Upload/{u.site_id}/banner/banner.png" alt="{esc(u.name)}" /></a></div>
  <div class="bn_tk"><form method="get" action="{h}tim-kiem.html"><input type="text" name="tukhoa" placeholder="Nhập từ khóa..." /><button type="submit"><i class="fa fa-search"></i></button></form></div>
</div>
{_menu(u)}
<div class="ct_main row">
<div class="col_trai">
{trail}
{main}
</div>
{_sidebar(u)}
</div>
{_footer(u)}
</div>
<script>$(function(){{ Portal.init({u.site_id}); }});</script>
</body>
</html>
"""
    return html(body, headers=_IIS)


# --- article markup -----------------------------------------------------------------------------


def _para(p: P, nfd: bool) -> str:
    t = text(p.text, nfd=nfd)
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:&quot;'
            f'Times New Roman&quot;,serif">{t}</span><o:p></o:p></p>'
        )
    if p.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "wordli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-indent:-.25in;'
            f'mso-list:l0 level1 lfo1">{_WORD_BULLET}<span style="font-size:14.0pt">{t}</span></p>'
        )
    if p.style == "h4":
        return f'<h4 style="text-align: justify;"><span style="color:#0000cd;">{t}</span></h4>'
    return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {t}</p>'


def _image(img: Img) -> str:
    src = esc(img.src)
    name = img.src.rsplit("/", 1)[-1]
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            'style="width:600px;"><tbody><tr><td><img alt="" src="'
            f'{src}" style="width:600px;height:400px;" /></td></tr><tr><td style="text-align:center;'
            f'"><span style="font-size:12px;"><em>{esc(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    tag = f'<p style="text-align: center;"><img alt="{esc(name)}" src="{src}" style="width:600px;height:400px;" /></p>'
    if img.printed is None:
        return tag
    return f'{tag}\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'


def _blocks(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                rows.append(
                    "<tr>"
                    + "".join(f"<{cell}>{text(c, nfd=nfd)}</{cell}>" for c in row.text.split(" | "))
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="Table" '
                'style="width:100%;border-collapse:collapse;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style in ("li", "br"):
            group = []
            style = b.style
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(text(blocks[i].text, nfd=nfd))
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{g}</li>" for g in group) + "</ul>")
            else:
                out.append('<p style="text-align: justify;">' + "<br />\n".join(group) + "</p>")
            continue
        if isinstance(b, P):
            out.append(_para(b, nfd))
        elif isinstance(b, Img):
            out.append(_image(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _description(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "..."


def _article(u: Unit, s: Story, request: Request, *, intro: bool = False) -> Response:
    nfd = bool(s.opts.get("nfd"))
    base = base_url(request)
    h = u.home()
    if intro:
        canonical = f"{h}gioi-thieu/{s.cat}/{s.id}/{s.slug}.html"
        crumbs: list[tuple[str, str | None]] = [
            ("Giới thiệu", None),
            (INTRO_CATS[s.cat], canonical),
        ]
        others = [x for x in INTRO if x is not s]
        other_links = [(f"{h}gioi-thieu/{x.cat}/{x.id}/{x.slug}.html", x) for x in others]
        other_title = "Các bài khác"
    else:
        canonical = u.story_url(s)
        name, _, parent = u.cats[s.cat]
        crumbs = ([(parent, None)] if parent else []) + [(name, u.cat_url(s.cat))]
        top = u.members(s.cat)[:PAGE_SIZE]
        other_links = [(u.story_url(x, s.cat), x) for x in top if x is not s]
        other_title = "Các tin khác"
    tools = f"""<div class="cc_tools">
  <a href="javascript:void(0)" onclick="ChangeFont(1)" title="Tăng cỡ chữ">A+</a>
  <a href="javascript:void(0)" onclick="ChangeFont(-1)" title="Giảm cỡ chữ">A-</a>
  <a href="javascript:window.print();" title="In bài viết"><i class="fa fa-print"></i> In bài</a>
  <a href="mailto:?subject={esc(s.slug)}&amp;body={esc(base + canonical)}" title="Gửi email"><i class="fa fa-envelope"></i> Gửi email</a>
  <a class="fb_share" href="https://www.facebook.com/sharer/sharer.php?u={esc(base + canonical)}" target="_blank"><img src="/Content/portal/images/icon-fb.png" alt="Chia sẻ Facebook" /></a>
  <a class="zalo_share" href="https://sp.zalo.me/share_inline?url={esc(base + canonical)}" target="_blank"><img src="/Content/portal/images/icon-zalo.png" alt="Zalo" /></a>
</div>"""
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f"<strong>{text(s.summary, nfd=nfd)}</strong>"
    content = _blocks(s)
    if s.opts.get("sapo_repeat") and s.summary:
        content = (
            f'<p style="text-align: justify;"><strong>{text(s.summary, nfd=nfd)}</strong></p>\n'
            + content
        )
    attach = ""
    if s.opts.get("attach"):
        files = "".join(
            f'<li><img src="/Content/portal/images/icon-file.png" alt="" /> <a href="{href}" target="_blank">{esc(n)}</a></li>'
            for n, href in s.opts["attach"]
        )
        attach = f'<div class="tt_dinhkem"><b>Tệp đính kèm:</b><ul>{files}</ul></div>'
    tags = ""
    if s.opts.get("tags"):
        tags = (
            '<div class="tt_tukhoa"><b>Từ khóa:</b> '
            + ", ".join(
                f'<a href="{h}tim-kiem.html?tukhoa={quote_plus(t)}">{esc(t)}</a>'
                for t in s.opts["tags"]
            )
            + "</div>"
        )
    items = "".join(
        f'<li><a href="{href}"><img src="{_thumb(x)}" alt="" /></a><a href="{href}">{esc(_stored(x, x.title))}</a> '
        f'<span class="ngay">({_day(x)})</span></li>'
        for href, x in other_links
    )
    main = f"""<div class="ctn_tin" id="dvChiTiet_{s.id}">
<h2 class="tde_ct">{text(s.title, nfd=nfd)}</h2>
<div class="tt_ngaydang">
  <span class="ngcapnhat"><i class="fa fa-refresh"></i> Cập nhật: {s.opts["updated"]}</span>
  <span class="ngdang"> | Ngày đăng: {s.opts["printed"]}</span>
  <span class="luotxem"> | Lượt xem: {s.views()}</span>
</div>
<div class="tt_ngdang">Người đăng: {esc(s.opts["account"])}</div>
{tools}
<div class="tt_tomtat">{sapo}</div>
<div class="nd_ct" id="noidung_{s.id}">
{content}
{attach}
{tags}
<div class="tt_tinkhac"><div class="tinkhac_tde">{other_title}</div><ul>{items}</ul></div>
</div>
</div>"""
    og_image = ""
    if s.images:
        og_image = f'<meta property="og:image" content="{base}/{s.images[0].src.lstrip("./")}" />'
    head = f"""<link rel="canonical" href="{base}{canonical}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(_stored(s, s.title))}" />
<meta property="og:url" content="{base}{canonical}" />
{og_image}"""
    if "meta" in s.opts:
        head += f'\n<meta property="article:published_time" content="{s.opts["meta"]}" />'
    return _page(
        u,
        request,
        title=f"{_stored(s, s.title)} - {u.short}",
        main=main,
        crumbs=crumbs,
        head=head,
        description=_stored(s, _description(s)),
    )


# --- other pages --------------------------------------------------------------------------------


def _item(u: Unit, s: Story, cat: str) -> str:
    href = u.story_url(s, cat)
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    lead = lead if len(lead) <= 180 else lead[:180].rsplit(" ", 1)[0] + "..."
    return f"""<div class="item_tin clearfix" id="tin_{s.id}">
  <a class="anh_tin" href="{href}"><img src="{_thumb(s)}" alt="{esc(_stored(s, s.title))}" /></a>
  <h3 class="tt_tin"><a href="{href}">{esc(_stored(s, s.title))}</a></h3>
  <span class="ngay_tin">({_day(s)})</span>
  <p class="mota_tin">{esc(_stored(s, lead))}</p>
</div>"""


def _listing(
    u: Unit, cat: str, page: int, request: Request, nested: bool = False
) -> Response | None:
    pages = u.pages(cat)
    if not 1 <= page <= pages:
        return None
    name, slug, parent = u.cats[cat]
    chunk = u.members(cat)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = "\n".join(_item(u, s, cat) for s in chunk)
    pager = ""
    if pages > 1:
        # the vendor prints page links relative to the page's own URL
        def rel(n: int) -> str:
            return f"trang-{n}.html" if nested else f"{slug}/trang-{n}.html"

        links = [f'<a href="{rel(1)}">« Trang đầu</a>'] if page > 1 else []
        for n in range(1, pages + 1):
            links.append(
                f'<span class="pcur">{n}</span>' if n == page else f'<a href="{rel(n)}">{n}</a>'
            )
        if page < pages:
            links.append(f'<a href="{rel(page + 1)}">Trang sau ›</a>')
            links.append(f'<a href="{rel(pages)}">Trang cuối »</a>')
        pager = '<div class="phantrang">Trang: ' + " ".join(links) + "</div>"
    main = f"""<div class="dstin_cm">
<div class="tde_cm"><h2 class="cm_ten">{esc(name)}</h2></div>
{items}
{pager}
</div>"""
    crumbs = ([(parent, None)] if parent else []) + [(name, u.cat_url(cat))]
    title = f"{name} - {u.short}" + (f" - Trang {page}" if page > 1 else "")
    return _page(u, request, title=title, main=main, crumbs=crumbs)


def _home(u: Unit, request: Request) -> Response:
    if not u.full:
        blocks = "".join(
            f'<div class="kh_box"><div class="kh_tde"><a href="{u.cat_url(c)}">{esc(n)}</a></div>'
            + "".join(_item(u, s, c) for s in u.members(c)[:PAGE_SIZE])
            + "</div>"
            for c, (n, _, _) in u.cats.items()
        )
        return _page(u, request, title=u.short, main=blocks)
    slider = "".join(
        f'<div class="sl_item"><a href="{u.story_url(s, "0")}"><img src="{_thumb(s).replace("width=220&amp;height=150", "width=640&amp;height=400")}" alt="" />'
        f'<span class="sl_tde">{esc(_stored(s, s.title))}</span></a></div>'
        for s in (A1, B1, D1)
    )
    blocks = []
    for cat in ("12", "13", "15"):
        name = u.cats[cat][0]
        top = u.members(cat)[:PAGE_SIZE]
        first, rest = top[0], top[1:]
        rest_html = "".join(
            f'<li><a href="{u.story_url(s, cat)}">{esc(_stored(s, s.title))}</a> <span class="ngay">({_day(s)})</span></li>'
            for s in rest
        )
        blocks.append(
            f'<div class="kh_box" id="kh_{cat}"><div class="kh_tde"><a href="{u.cat_url(cat)}">{esc(name)}</a>'
            f'<a class="xemtiep" href="{u.cat_url(cat)}">Xem tiếp »</a></div>'
            f'{_item(u, first, cat)}<ul class="kh_ul">{rest_html}</ul></div>'
        )
    video = (
        f'<div class="kh_box" id="kh_video"><div class="kh_tde"><a href="{u.home()}video.html">Video</a></div>'
        f'<a href="{u.home()}video/{VIDEO[0]}/{VIDEO[1]}.html"><img src="/Upload/21384/Video/thumb-hkpd-2025.jpg" alt="" />'
        f"{esc(VIDEO[2])}</a></div>"
    )
    main = f"""<div id="slide_tnb" class="owl-carousel">{slider}</div>
{"".join(blocks)}
{video}"""
    return _page(u, request, title=f"{u.short} - Trang chủ", main=main)


def _doc_list(u: Unit, request: Request) -> Response:
    q = request.params.get("tukhoa", "").strip().lower()
    docs = [d for d in DOCS if not q or q in d.excerpt.lower() or q in d.number.lower()]
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{u.home()}van-ban/{d.id}/{d.slug}.html">{esc(d.number)}</a></td>'
        f"<td>{d.issued}</td><td>{esc(d.excerpt)}</td>"
        f'<td><a href="{d.file}"><img src="/Content/portal/images/icon-pdf.png" alt="Tải về" /></a></td></tr>'
        for i, d in enumerate(docs, 1)
    )
    main = f"""<div class="vb_ds">
<h2 class="cm_ten">Văn bản</h2>
<form method="get" action="{u.home()}van-ban.html" class="vb_loc">
  <select name="loai"><option value="">-- Loại văn bản --</option><option value="1">Công văn</option><option value="2">Kế hoạch</option><option value="3">Quyết định</option></select>
  <select name="coquan"><option value="">-- Cơ quan ban hành --</option><option value="1">Phòng GD&amp;ĐT</option><option value="2">Sở GD&amp;ĐT</option></select>
  <input type="text" name="tukhoa" value="" placeholder="Số ký hiệu, trích yếu" />
  <input type="submit" value="Tìm kiếm" />
</form>
<table class="tbl_vb" border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table>
</div>"""
    return _page(
        u,
        request,
        title=f"Văn bản - {u.short}",
        main=main,
        crumbs=[("Văn bản", f"{u.home()}van-ban.html")],
    )


def _doc(u: Unit, d: Doc, request: Request) -> Response:
    main = f"""<div class="vb_ct">
<h2 class="tde_ct">{esc(d.kind)} số {esc(d.number)}</h2>
<table class="tbl_vbct" border="1" cellspacing="0" cellpadding="5">
<tr><td class="lb">Số ký hiệu</td><td>{esc(d.number)}</td></tr>
<tr><td class="lb">Ngày ban hành</td><td>{d.issued}</td></tr>
<tr><td class="lb">Ngày hiệu lực</td><td>{d.effective}</td></tr>
<tr><td class="lb">Loại văn bản</td><td>{esc(d.kind)}</td></tr>
<tr><td class="lb">Cơ quan ban hành</td><td>Phòng Giáo dục và Đào tạo</td></tr>
<tr><td class="lb">Người ký</td><td>{esc(d.signer)}</td></tr>
<tr><td class="lb">Trích yếu</td><td>{esc(d.excerpt)}</td></tr>
<tr><td class="lb">File đính kèm</td><td><a href="{d.file}">{esc(d.file.rsplit("/", 1)[-1])}</a></td></tr>
</table>
<div class="vb_xem"><iframe src="https://docs.google.com/viewer?url={quote_plus("http://phutho.edu.vn" + d.file)}&amp;embedded=true" width="100%" height="700" frameborder="0"></iframe></div>
</div>"""
    return _page(
        u,
        request,
        title=f"{d.kind} số {d.number} - {u.short}",
        main=main,
        crumbs=[("Văn bản", f"{u.home()}van-ban.html"), (d.number, None)],
        description=d.excerpt,
    )


def _calendar(u: Unit, request: Request) -> Response | None:
    raw = request.params.get("tuan", "49")
    if not raw.isdigit() or int(raw) not in WEEKS:
        return None
    week = int(raw)
    start, end = WEEKS[week]

    def week_url(n: int) -> str:
        base = f"{u.home()}lich-cong-tac.html"
        return base if n == 49 else f"{base}?tuan={n}&amp;nam=2026"

    nav = []
    if week - 1 in WEEKS:
        nav.append(f'<a href="{week_url(week - 1)}">« Tuần trước</a>')
    if week + 1 in WEEKS:
        nav.append(f'<a href="{week_url(week + 1)}">Tuần sau »</a>')
    if week == 49:
        rows = "".join(
            f"<tr><td>{esc(d)}</td><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
            for d, a, b in SCHEDULE_49
        )
    else:
        rows = '<tr><td colspan="3">Chưa có lịch công tác trong tuần.</td></tr>'
    main = f"""<div class="lct">
<h2 class="cm_ten">Lịch công tác tuần {week} (từ ngày {start} đến ngày {end})</h2>
<div class="lct_nav">{" | ".join(nav)}</div>
<table class="tbl_lct" border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead>
<tbody>{rows}</tbody></table>
</div>"""
    return _page(
        u, request, title=f"Lịch công tác - {u.short}", main=main, crumbs=[("Lịch công tác", None)]
    )


def _album_list(u: Unit, request: Request) -> Response:
    aid, slug, title, photos = ALBUM
    main = f"""<div class="tva_ds"><h2 class="cm_ten">Thư viện ảnh</h2>
<div class="tva_i"><a href="{u.home()}thu-vien-anh/{aid}/{slug}.html"><img src="{photos[0][0]}?width=220&amp;height=150&amp;mode=crop" alt="" /></a>
<h3><a href="{u.home()}thu-vien-anh/{aid}/{slug}.html">{esc(title)}</a></h3><span>({len(photos)} ảnh)</span></div></div>"""
    return _page(
        u, request, title=f"Thư viện ảnh - {u.short}", main=main, crumbs=[("Thư viện ảnh", None)]
    )


def _album(u: Unit, request: Request) -> Response:
    aid, _, title, photos = ALBUM
    grid = "".join(
        f'<div class="tva_anh"><a href="{src}" class="fancybox" rel="album{aid}"><img src="{src}?width=300&amp;height=200&amp;mode=crop" alt="{esc(cap)}" /></a><p>{esc(cap)}</p></div>'
        for src, cap in photos
    )
    main = f"""<div class="tva_ct"><h2 class="tde_ct">{esc(title)}</h2>
<div class="tt_ngaydang"><span class="ngdang">Ngày đăng: 20/11/2026 9:30:00 SA</span></div>
<div class="tva_grid">{grid}</div></div>"""
    return _page(
        u,
        request,
        title=f"{title} - {u.short}",
        main=main,
        crumbs=[("Thư viện ảnh", f"{u.home()}thu-vien-anh.html"), (title, None)],
    )


def _video_list(u: Unit, request: Request) -> Response:
    vid, slug, title, _ = VIDEO
    main = f"""<div class="vd_ds"><h2 class="cm_ten">Video</h2>
<div class="vd_i"><a href="{u.home()}video/{vid}/{slug}.html"><img src="/Upload/21384/Video/thumb-hkpd-2025.jpg" alt="" /></a>
<h3><a href="{u.home()}video/{vid}/{slug}.html">{esc(title)}</a></h3></div></div>"""
    return _page(u, request, title=f"Video - {u.short}", main=main, crumbs=[("Video", None)])


def _video(u: Unit, request: Request) -> Response:
    _, _, title, desc = VIDEO
    main = f"""<div class="vd_ct"><h2 class="tde_ct">{esc(title)}</h2>
<div class="tt_ngaydang"><span class="ngdang">Ngày đăng: 18/12/2025 10:00:00 SA</span> <span class="luotxem">| Lượt xem: 1.204</span></div>
<div class="vd_player"><iframe width="640" height="360" src="https://www.youtube.com/embed/kHx2pQ7fT0s" frameborder="0" allowfullscreen></iframe></div>
<p class="vd_mota">{esc(desc)}</p></div>"""
    return _page(
        u,
        request,
        title=f"{title} - {u.short}",
        main=main,
        crumbs=[("Video", f"{u.home()}video.html"), (title, None)],
    )


def _contact(u: Unit, request: Request) -> Response:
    sent = ""
    if request.method == "POST":
        sent = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
    main = f"""<div class="lh">
<h2 class="cm_ten">Liên hệ</h2>
{sent}
<div class="lh_tt"><p><b>{esc(u.name)}</b></p>
<p>Địa chỉ: {esc(u.address)}</p><p>Điện thoại: {esc(u.phone)}</p><p>Email: {esc(u.email)}</p></div>
<form method="post" action="{u.home()}lien-he.html" class="lh_form">
  <p><label>Họ và tên (*)</label><input type="text" name="HoTen" /></p>
  <p><label>Email (*)</label><input type="text" name="Email" /></p>
  <p><label>Tiêu đề</label><input type="text" name="TieuDe" /></p>
  <p><label>Nội dung (*)</label><textarea name="NoiDung" rows="6"></textarea></p>
  <input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq2tLw0vKqRrPpa1y7VtUhXb0Ff3sZq" />
  <p><input type="submit" value="Gửi liên hệ" /></p>
</form>
<div class="lh_map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3717" width="100%" height="300" frameborder="0"></iframe></div>
</div>"""
    return _page(u, request, title=f"Liên hệ - {u.short}", main=main, crumbs=[("Liên hệ", None)])


def _search(u: Unit, request: Request) -> Response:
    q = unicodedata.normalize("NFC", request.params.get("tukhoa", "")).strip().lower()
    hits = []
    if q:
        for s in u.stories:
            blob = " ".join([s.title, s.summary or "", *(p for p in s.paragraphs)]).lower()
            if q in blob or q in " ".join(s.opts.get("tags", [])).lower():
                hits.append(s)
    items = "\n".join(_item(u, s, s.cat) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f"""<div class="dstin_cm"><h2 class="cm_ten">Kết quả tìm kiếm: {esc(q)}</h2>
<p class="tk_sl">Tìm thấy {len(hits)} kết quả</p>
{items}</div>"""
    return _page(u, request, title=f"Tìm kiếm - {u.short}", main=main, crumbs=[("Tìm kiếm", None)])


def _hub(request: Request) -> Response:
    units = "".join(f'<li><a href="{u.home()}">{esc(u.short)}</a></li>' for u in (SOGD, PGD, THCS))
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Cổng thông tin điện tử ngành Giáo dục và Đào tạo Phú Thọ</title>
<link href="/Content/portal/css/style.css?v=3.2.1" rel="stylesheet" /></head>
<body class="vnptportal hub">
<div class="hdr-ct"><span class="hdr-ct-ngay">{TODAY_PRINTED}</span>
<h1 class="hdr-ct-ten">CỔNG THÔNG TIN ĐIỆN TỬ NGÀNH GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ</h1></div>
<div class="hub_ds"><h2>Danh sách đơn vị</h2><ul>{units}</ul></div>
<div id="footer"><p>Bản quyền thuộc Sở Giáo dục và Đào tạo Phú Thọ</p><p>Thiết kế và phát triển bởi VNPT Phú Thọ</p></div>
</body></html>"""
    return html(body)


# --- routing ------------------------------------------------------------------------------------

_NEWS = re.compile(r"^/tin-tuc/(\d+)/(\d+)/[^/]+\.html$")
_LIST = re.compile(r"^/tin-tuc/(\d+)/[^/]+\.html$")
_LIST_N = re.compile(r"^/tin-tuc/(\d+)/[^/]+/trang-(\d+)\.html$")
_INTRO = re.compile(r"^/gioi-thieu/(\d+)/(\d+)/[^/]+\.html$")
_DOC = re.compile(r"^/van-ban/(\d+)/[^/]+\.html$")
_ALBUM = re.compile(rf"^/thu-vien-anh/{ALBUM[0]}/[^/]+\.html$")
_VIDEO = re.compile(rf"^/video/{VIDEO[0]}/[^/]+\.html$")
_ATTACHMENTS = {href.lower() for s in STORIES for _, href in s.opts.get("attach", [])} | {
    d.file.lower() for d in DOCS
}


def _unit_respond(u: Unit, rest: str, request: Request) -> Response | None:
    if rest in ("/", "/trang-chu.html"):
        return _home(u, request)
    if m := _NEWS.match(rest):
        cat, item = m.group(1), int(m.group(2))
        s = u.by_id(item)
        if s is None or (cat != "0" and cat not in u.cats):
            return None
        return _article(u, s, request)
    if m := _LIST.match(rest):
        return _listing(u, m.group(1), 1, request) if m.group(1) in u.cats else None
    if m := _LIST_N.match(rest):
        if m.group(1) not in u.cats:
            return None
        return _listing(u, m.group(1), int(m.group(2)), request, nested=True)
    if not u.full:
        return None
    if m := _INTRO.match(rest):
        s = next((x for x in INTRO if x.id == int(m.group(2))), None)
        return _article(u, s, request, intro=True) if s else None
    if rest == "/van-ban.html":
        return _doc_list(u, request)
    if m := _DOC.match(rest):
        d = next((x for x in DOCS if x.id == int(m.group(1))), None)
        return _doc(u, d, request) if d else None
    if rest == "/lich-cong-tac.html":
        return _calendar(u, request)
    if rest == "/thu-vien-anh.html":
        return _album_list(u, request)
    if _ALBUM.match(rest):
        return _album(u, request)
    if rest == "/video.html":
        return _video_list(u, request)
    if _VIDEO.match(rest):
        return _video(u, request)
    if rest == "/lien-he.html":
        return _contact(u, request)
    if rest == "/tim-kiem.html":
        return _search(u, request)
    if rest == "/binh-chon.html":
        if request.method != "POST":
            return redirect(u.home())
        return html(
            '<html><body><p>Cảm ơn bạn đã tham gia bình chọn!</p><a href="javascript:history.back()">Quay lại</a></body></html>'
        )
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low == "/":
            return _hub(request)
        if low in _ATTACHMENTS:
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return Response(
                200,
                b"PK\x03\x04",
                {
                    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                },
            )
        if low.startswith(("/upload/", "/content/", "/scripts/")) or low == "/favicon.ico":
            return static_file(path)
        code, sep, rest = low.lstrip("/").partition("/")
        unit = UNITS.get(code)
        if unit is None:
            return None
        if not sep:
            # "/pgdtamnong" -> "/pgdtamnong/"
            return redirect(unit.home(), 301)
        return _unit_respond(unit, "/" + rest, request)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = PGD.story_url(s)
    alts = [PGD.story_url(s, c) for c in s.opts.get("also", [])]
    if s.cat == "14":
        alts.append(PGD.story_url(s, display=True))
    return gold_record(s, path, PGD.cats[s.cat][0], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/pgdtamnong/gioi-thieu/2/101/chuc-nang-nhiem-vu.html",
    "/pgdtamnong/gioi-thieu/3/102/lanh-dao-phong.html",
    "/pgdtamnong/van-ban/2291/ke-hoach-kiem-tra-chuyen-de-nam-hoc-2026-2027.html",
    "/pgdtamnong/van-ban/2288/cong-van-huong-dan-thuc-hien-nhiem-vu-nam-hoc-2026-2027-cap-thcs.html",
    "/pgdtamnong/thu-vien-anh/37/le-ky-niem-44-nam-ngay-nha-giao-viet-nam.html",
    "/pgdtamnong/video/12/phong-su-hoi-khoe-phu-dong-huyen-tam-nong-nam-2025.html",
    "/pgdtamnong/lich-cong-tac.html",
    "/pgdtamnong/lien-he.html",
]
