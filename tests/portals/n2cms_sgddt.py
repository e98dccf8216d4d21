"""N2CMS 2.x (ASP.NET MVC, content items as a tree) with a vendor template: Sở GD&ĐT Quảng Nam.

Platform
--------
N2CMS 2.8 on ASP.NET MVC; the theme "HanSoft" of a Đà Nẵng software company (Công ty CP Phần
mềm Sông Hàn). Every page is an N2 content item; the item tree gives the URLs, and N2 also
answers any item at ``/Default.aspx?item=<id>``. Pages print ``<meta name="generator"
content="N2 CMS 2.8.2">`` and the vendor's ``hs-*`` / Vietnamese-abbreviation class names.

URL scheme
----------
- ``/``                                   home (start page)
- ``/tin-tuc``                            news container (latest of each section)
- ``/tin-tuc/<section>``                  section list, page 1; ``?p=<N>`` pages 2+ (3 per page)
- ``/tin-tuc/<section>/<item-name>``      article (extensionless; the trailing-slash form
                                          ``…/<item-name>/`` serves it too)
- ``/tin-tuc/<section>/<item-name>.aspx`` two legacy items imported from the N2 1.x WebForms
                                          site; their extensionless form 301s to the ``.aspx``
- ``/Default.aspx?item=<id>``             any item by its id (same page as the tree URL)
- ``/van-ban`` and ``/van-ban/<id>``      document register and its entries
- ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh``   intro, contact, photo album
- ``/tim-kiem?q=…``                       search (GET form in the header; always "no result")
- images under ``/Upload/…``, theme files under ``/Themes/…``, ``/N2/Resources/…``

Page templates
--------------
Home: banner, drop-down menu, "Tin nổi bật" (featured, an ``?item=`` link), "Tin mới" (five
latest, tree URLs with a trailing slash), one box per section (its three newest, tree URLs),
sidebar (most read, links, counter, poll results). Section list: ``<div class="ds-tin">`` rows
with thumbnail, title, date "(dd/MM/yyyy)" and intro, pager ``<div class="phantrang">`` with
query-only hrefs (``href="?p=2"``). Article: ``<h1 class="hs-pagehead">`` carries the SECTION
name, the headline is ``<h2 class="tieude-tin">``; meta row with "Ngày đăng" in the server's
en-US culture; optional ``<div class="tomtat"><strong>`` sapo; ``<div class="text noidung">``
holds the text; N2 content-zone parts follow inside the item container; "Tệp đính kèm";
share bar; "Các tin khác" (the section's first-page items other than the one shown, as
``/Default.aspx?item=`` links).

How each gold article is reached
--------------------------------
- Tin hoạt động (6): page 1 = the three newest (also on home, "Các tin khác", "Tin mới");
  page 2 (``?p=2``) = the other three, reachable only from there (the oldest also from the
  in-text "Tin liên quan" list of the 20/11 item).
- Giáo dục Trung học (4): page 1 = three newest, the oldest (a legacy ``.aspx``) only on ``?p=2``;
  the other legacy item is also linked extensionless from a "Xem thêm" line (301 to ``.aspx``).
- Thông báo (3): one page, also in its home box.

Traps
-----
1. Section name in the ``<h1>``: the article's ``<h1 class="hs-pagehead">`` prints the section
   ("Tin hoạt động"); the headline is the ``<h2 class="tieude-tin">`` -> title = the h2 text.
2. en-US culture dates: "Ngày đăng: 12/4/2026 3:20:00 PM" is M/d/yyyy with a 12-hour clock (the
   lists print "(04/12/2026)" d/M) -> published_at 2026-12-04T15:20:00+07:00, never 12 April.
   One item prints "11/20/2026 12:00:00 AM" (N2's midnight for a day-only date) -> "2026-11-20".
3. UTC meta across the day line: ``article:published_time`` is N2's UTC value; for the 06:15
   item it reads "2026-12-01T23:15:00Z" while the page prints 12/2/2026 6:15 AM -> gold
   2026-12-02T06:15:00+07:00 (the day of the UTC string alone is wrong).
4. Text in ``<div>`` blocks: one vendor editor config uses TinyMCE's forced_root_block "div",
   so paragraphs are ``<div>``s separated by ``<div>&nbsp;</div>`` spacers, no ``<p>`` at all
   -> each non-empty div is a paragraph; the spacers are nothing.
5. N2 content-zone parts inside the article container: after the text, ``<div class="zone"
   id="zone-Content">`` renders parts dropped on the page by the editor (a "Lịch tiếp công dân"
   box, a "Đường dây nóng" box) -> not body.
6. Captions in a two-row layout table (``<table class="tbl-anh">``: image row, caption row):
   the row is the photo's caption, not a table paragraph of the body.
7. Alt-only descriptions: an image with a long ``alt``/``title`` but no printed line ->
   caption None (the alt is not printed).
8. One article, four URLs: the tree URL, its trailing-slash form (home "Tin mới"), and
   ``/Default.aspx?item=<id>`` ("Tin nổi bật", "Các tin khác") all answer 200 with the same page
   -> one record, the others in alt_paths; legacy items live at ``….aspx`` and their
   extensionless form (linked from a "Xem thêm" line) 301-redirects there.
9. "Tin liên quan:" typed inside the text div (a bold line then a ``<ul>`` of links) at the end
   of one article -> not body although it sits in the text container.
10. Bylines: "Bài và ảnh: Phạm Ngọc Sơn" -> author and photographer; "Nhóm tin: Trần Hưng -
    Võ Thị Lan" -> two authors; "ThS. Nguyễn Thị Thu Hà - Phòng GDTrH" -> "Nguyễn Thị Thu Hà";
    a unit alone ("Phòng GDTrH") right-aligned -> that unit; "Người đăng: admin_hs" in the meta
    row is a CMS account -> nobody.
11. The sapo as its own bold box ``<div class="tomtat"><strong>`` before the text (summary and
    first body paragraph) on some items; others have none (summary null) although the list
    prints an intro (the list intro is the meta description, not a sapo).
12. Query-only pager hrefs (``href="?p=2"``) relative to an extensionless path; page 1 is the bare
    section path; the last page's "Sau ›" is a dead ``<span>``.
13. An official notice (letterhead table, "Số:", place-and-date line, "THÔNG BÁO / Về việc",
    "Nơi nhận", signer) posted a day later than signed -> date = letterhead day 2026-11-30,
    author = signer, body = the notice's text only.

Gold decisions on ambiguous points
----------------------------------
- The trailing-slash and ``?item=`` forms serve the full page (no redirect): they are alt_paths;
  the record's path is the tree URL printed as ``<link rel="canonical">``.
- Legacy items: path = the ``.aspx`` URL (their canonical); the extensionless redirect is not an
  alt path (it serves nothing).
- A results table inside the text: each row a paragraph, cells joined by " | " (header row too).
- Caption "(Thầy Lê Văn Tú hướng dẫn học viên)" -> parentheses taken off.
- The notice's "Ngày đăng" (12/1/2026) is the posting day; the letterhead day wins per house rule.
- The list's intro line is the meta description: not a sapo when the article prints none.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "n2cms_sgddt"
PLATFORM = "N2CMS 2.x (ASP.NET MVC) + HanSoft vendor theme"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Nam"
PAGE_SIZE = 3


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    item_id: int


SECTIONS = [
    Section("tin-hoat-dong", "Tin hoạt động", 1110),
    Section("gd-trung-hoc", "Giáo dục Trung học", 1120),
    Section("thong-bao", "Thông báo", 1130),
]
SECTION_BY_SLUG = {s.slug: s for s in SECTIONS}

# ---------------------------------------------------------------------------------------------
# the stories (newest first within each section)
# ---------------------------------------------------------------------------------------------

_ZONE_PARTS = (
    '<div class="zone" id="zone-Content">'
    '<div class="uc part-box" data-part="BoxPart" id="part1342">'
    '<div class="box-hd">Lịch tiếp công dân</div>'
    '<div class="box-bd"><p>Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần tại Phòng tiếp '
    "công dân, số 10 Trần Phú, TP Tam Kỳ.</p></div></div>"
    '<div class="uc part-box" data-part="BoxPart" id="part1347">'
    '<div class="box-hd">Đường dây nóng</div>'
    '<div class="box-bd"><p>Phản ánh về dạy thêm, học thêm: 0235.3812.xxx (giờ hành chính).</p>'
    "</div></div></div>"
)

STORIES: list[Story] = [
    # ---------------- Tin hoạt động ----------------
    Story(
        id=1213,
        slug="tong-ket-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi",
        title="Quảng Nam tổng kết Hội khỏe Phù Đổng cấp tỉnh lần thứ XI",
        cat="tin-hoat-dong",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Sau 10 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng tỉnh Quảng Nam lần thứ XI năm 2026 "
            "đã bế mạc chiều 4/12 tại Nhà thi đấu đa năng tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe thu hút hơn 2.800 vận động viên là học sinh đến từ 18 huyện, thị xã, "
                "thành phố tham gia tranh tài ở 14 môn thi đấu."
            ),
            Img(
                "/Upload/Images/2026/12/hkpd-be-mac-01.jpg",
                "Lãnh đạo UBND tỉnh trao cờ thi đua cho các đơn vị dẫn đầu",
                "Lãnh đạo UBND tỉnh trao cờ thi đua cho các đơn vị dẫn đầu",
                style="tbl",
            ),
            P(
                "Kết quả, đoàn TP Tam Kỳ xếp thứ nhất toàn đoàn với 86 huy chương vàng; đoàn thị xã "
                "Điện Bàn xếp thứ nhì, đoàn huyện Duy Xuyên xếp thứ ba."
            ),
            P(
                "Phát biểu bế mạc, Phó Giám đốc Sở GD&ĐT đề nghị các địa phương tiếp tục duy trì "
                "phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại trong trường học."
            ),
            Img(
                "/Upload/Images/2026/12/hkpd-be-mac-02.jpg",
                "Phần thi kéo co của khối THCS",
                "Phần thi kéo co của khối THCS",
                style="tbl",
            ),
            P(
                "Ban tổ chức cũng trao giải Phong cách cho 12 vận động viên và giải Tinh thần thể "
                "thao cho đoàn huyện Nam Trà My."
            ),
            Raw('<div style="text-align: right;"><strong>Bài và ảnh: Phạm Ngọc Sơn</strong></div>'),
        ],
        authors=["Phạm Ngọc Sơn"],
        photographers=["Phạm Ngọc Sơn"],
        opts={
            "form": "div",
            "printed": "12/4/2026 3:20:00 PM",
            "utc": "2026-12-04T08:20:00Z",
            "list": "04/12/2026",
            "intro": "Hội khỏe Phù Đổng tỉnh Quảng Nam lần thứ XI bế mạc chiều 4/12.",
        },
    ),
    Story(
        id=1211,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-lich-su-thpt",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Lịch sử THPT",
        cat="tin-hoat-dong",
        published_at="2026-12-02T06:15:00+07:00",
        blocks=[
            P(
                "Ngày 1/12, tại Trường THPT Trần Cao Vân (TP Tam Kỳ), Sở GD&ĐT tổ chức hội thảo "
                "chuyên đề đổi mới phương pháp dạy học môn Lịch sử cấp THPT."
            ),
            P(
                "Tham dự hội thảo có hơn 120 giáo viên cốt cán môn Lịch sử của các trường THPT "
                "trên địa bàn tỉnh."
            ),
            Img("/Upload/Images/2026/12/ht-lich-su.jpg", "Ảnh: Hồ Quang Minh", None, style="p-after"),
            P(
                "Các tham luận tập trung vào việc khai thác di sản địa phương như Phố cổ Hội An, "
                "Khu đền tháp Mỹ Sơn vào bài giảng, tổ chức dạy học theo dự án và trải nghiệm."
            ),
            P(
                "Thông qua hội thảo, giáo viên được chia sẻ kinh nghiệm xây dựng kế hoạch bài dạy "
                "phát triển năng lực tư duy lịch sử cho học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thu Hà - Phòng GDTrH'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Hồ Quang Minh"],
        opts={
            "printed": "12/2/2026 6:15:00 AM",
            "utc": "2026-12-01T23:15:00Z",
            "list": "02/12/2026",
            "intro": "Hơn 120 giáo viên cốt cán môn Lịch sử tham dự hội thảo tại Tam Kỳ.",
            "zone": True,
        },
    ),
    Story(
        id=1209,
        slug="trao-150-suat-hoc-bong-cho-hoc-sinh-vung-cao-nam-tra-my",
        title="Trao 150 suất học bổng cho học sinh vùng cao Nam Trà My",
        cat="tin-hoat-dong",
        published_at="2026-11-28T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 27/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao 150 suất học bổng cho "
                "học sinh có hoàn cảnh khó khăn tại huyện Nam Trà My."
            ),
            Img(
                "/Upload/Images/2026/11/hoc-bong-ntm-01.jpg",
                None,
                None,
                style="alt",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng kèm theo áo ấm, cặp sách và dụng cụ học "
                "tập, tổng trị giá hơn 400 triệu đồng."
            ),
            P(
                "Các em nhận học bổng đều là học sinh người Ca Dong, Xê Đăng đạt thành tích tốt "
                "trong học tập năm học 2025-2026."
            ),
            Img(
                "/Upload/Images/2026/11/hoc-bong-ntm-02.jpg",
                "Các em học sinh nhận quà tại buổi lễ",
                "Các em học sinh nhận quà tại buổi lễ",
                style="p-after",
            ),
            Raw('<p style="text-align: right;"><em>Minh Quân</em></p>'),
            Raw('<p style="text-align: right;">Nguồn: Báo Quảng Nam</p>'),
        ],
        authors=["Minh Quân"],
        source="Báo Quảng Nam",
        opts={
            "printed": "11/28/2026 9:00:00 AM",
            "utc": "2026-11-28T02:00:00Z",
            "list": "28/11/2026",
            "intro": "150 suất học bổng trao cho học sinh vùng cao Nam Trà My.",
            "alt": "Phó Giám đốc Sở GD&ĐT trao học bổng cho học sinh Trường PTDTBT THCS Trà Cang",
        },
    ),
    Story(
        id=1206,
        slug="khai-mac-ngay-hoi-van-hoa-doc-trong-truong-hoc-nam-2026",
        title="Khai mạc Ngày hội Văn hóa đọc trong trường học năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-20",
        blocks=[
            P(
                "Ngày hội Văn hóa đọc trong trường học năm 2026 do Sở GD&ĐT tổ chức tại Thư viện "
                "tỉnh với chủ đề “Sách – Nhịp cầu tri thức”."
            ),
            P("Ngày hội gồm các hoạt động chính:", "h"),
            P("Trưng bày hơn 5.000 đầu sách của các trường học;", "li"),
            P("Cuộc thi Đại sứ văn hóa đọc dành cho học sinh;", "li"),
            P("Tọa đàm xây dựng thư viện thân thiện.", "li"),
            P(
                "Ngày hội diễn ra đến hết ngày 22/11, mở cửa miễn phí cho học sinh, phụ huynh và "
                "nhân dân trên địa bàn."
            ),
            Raw(
                "<p><strong>Tin liên quan:</strong></p><ul>"
                '<li><a href="/tin-tuc/tin-hoat-dong/trao-150-suat-hoc-bong-cho-hoc-sinh-vung-cao'
                '-nam-tra-my">Trao 150 suất học bổng cho học sinh vùng cao Nam Trà My</a></li>'
                '<li><a href="/tin-tuc/tin-hoat-dong/hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-'
                'nam-hoc-2026-2027">Hội nghị triển khai nhiệm vụ chuyển đổi số năm học '
                "2026-2027</a></li></ul>"
            ),
        ],
        opts={
            "printed": "11/20/2026 12:00:00 AM",
            "utc": "2026-11-19T17:00:00Z",
            "list": "20/11/2026",
            "intro": "Ngày hội Văn hóa đọc trong trường học năm 2026 diễn ra tại Thư viện tỉnh.",
        },
    ),
    Story(
        id=1204,
        slug="doan-cong-tac-bo-gddt-kiem-tra-chuan-bi-ky-thi-tot-nghiep-thpt-2027",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp THPT năm 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-13T14:45:00+07:00",
        summary=(
            "Chiều 13/11, đoàn công tác của Bộ GD&ĐT đã làm việc với Sở GD&ĐT Quảng Nam về công "
            "tác chuẩn bị cho kỳ thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo, năm 2027 toàn tỉnh dự kiến có khoảng 19.500 thí sinh đăng ký dự thi "
                "tại 42 điểm thi."
            ),
            P(
                "Đoàn đánh giá cao sự chủ động của ngành giáo dục Quảng Nam trong việc ôn tập cho "
                "học sinh lớp 12, nhất là ở các huyện miền núi."
            ),
            Img(
                "/Upload/Images/2026/11/doan-bo-kiem-tra.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                style="tbl",
            ),
            P(
                "Đoàn đề nghị Sở tiếp tục rà soát cơ sở vật chất, bảo đảm an ninh, an toàn tuyệt "
                "đối cho công tác in sao đề thi."
            ),
            Raw('<p style="text-align: right;"><strong>Nhóm tin: Trần Hưng - Võ Thị Lan</strong></p>'),
        ],
        authors=["Trần Hưng", "Võ Thị Lan"],
        opts={
            "printed": "11/13/2026 2:45:00 PM",
            "utc": "2026-11-13T07:45:00Z",
            "list": "13/11/2026",
            "intro": "Bộ GD&ĐT kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp THPT năm 2027.",
        },
    ),
    Story(
        id=1202,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số năm học 2026-2027",
        cat="tin-hoat-dong",
        published_at="2026-10-22T10:30:00+07:00",
        blocks=[
            P(
                "Sáng 22/10, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi "
                "số năm học 2026-2027 đến 260 điểm cầu."
            ),
            P(
                "Năm học này, ngành tập trung hoàn thiện cơ sở dữ liệu ngành, triển khai học bạ "
                "số cho 100% trường tiểu học và THCS."
            ),
            P(
                "Sở cũng yêu cầu các đơn vị thanh toán không dùng tiền mặt đối với các khoản thu "
                "dịch vụ giáo dục."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "form": "div",
            "printed": "10/22/2026 10:30:00 AM",
            "utc": "2026-10-22T03:30:00Z",
            "list": "22/10/2026",
            "intro": "Triển khai nhiệm vụ chuyển đổi số năm học 2026-2027 đến 260 điểm cầu.",
            "zone": True,
        },
    ),
    # ---------------- Giáo dục Trung học ----------------
    Story(
        id=1212,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
        cat="gd-trung-hoc",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT công bố kết quả kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học "
                "2026-2027, tổ chức ngày 24 và 25/11."
            ),
            P(
                "Toàn tỉnh có 1.946 thí sinh dự thi 11 môn, trong đó 1.012 thí sinh đạt giải "
                "(chiếm 52%)."
            ),
            P("Đơn vị | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("THPT chuyên Nguyễn Bỉnh Khiêm | 28 | 41 | 36", "tr"),
            P("THPT chuyên Lê Thánh Tông | 25 | 38 | 40", "tr"),
            P("THPT Trần Cao Vân | 6 | 14 | 22", "tr"),
            P(
                "Thí sinh có thể tra cứu điểm chi tiết trên hệ thống quản lý thi của Sở từ ngày "
                "4/12."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/gd-trung-hoc/truong-thpt-chuyen-'
                'le-thanh-tong-dat-giai-nhat-khkt">Trường THPT chuyên Lê Thánh Tông đạt giải Nhất '
                "cuộc thi Khoa học kỹ thuật</a></p>"
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "printed": "12/3/2026 2:30:00 PM",
            "utc": "2026-12-03T07:30:00Z",
            "list": "03/12/2026",
            "intro": "1.012 thí sinh đạt giải kỳ thi học sinh giỏi lớp 12 cấp tỉnh.",
            "attach": ("KQ-HSG12-2026.pdf", "Danh sách thí sinh đạt giải (PDF)"),
        },
    ),
    Story(
        id=1208,
        slug="tap-huan-xay-dung-ma-tran-de-kiem-tra-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn xây dựng ma trận đề kiểm tra theo Chương trình GDPT 2018",
        cat="gd-trung-hoc",
        published_at="2026-11-25T08:00:00+07:00",
        summary=(
            "Từ ngày 23 đến 25/11, Sở GD&ĐT tổ chức tập huấn xây dựng ma trận, bản đặc tả đề "
            "kiểm tra định kỳ cho giáo viên THCS và THPT."
        ),
        sapo_outside=True,
        blocks=[
            P("Lớp tập huấn được chia thành hai đợt:"),
            P("Đợt 1 dành cho giáo viên các môn Ngữ văn, Toán, Ngoại ngữ;", "br"),
            P("Đợt 2 dành cho giáo viên các môn còn lại.", "br"),
            Img(
                "/Upload/Images/2026/11/tap-huan-ma-tran.jpg",
                "(Thầy Lê Văn Tú hướng dẫn học viên)",
                "Thầy Lê Văn Tú hướng dẫn học viên",
                style="p-after",
            ),
            P(
                "Báo cáo viên là các chuyên viên Phòng GDTrH và giáo viên cốt cán đã được Bộ "
                "GD&ĐT tập huấn."
            ),
            P(
                "Kết thúc lớp học, mỗi nhóm môn nộp một bộ đề minh họa kèm ma trận để Sở tổng hợp, "
                "chia sẻ trên kho học liệu số của ngành."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Văn Tú</strong></p>'),
        ],
        authors=["Lê Văn Tú"],
        opts={
            "printed": "11/25/2026 8:00:00 AM",
            "utc": "2026-11-25T01:00:00Z",
            "list": "25/11/2026",
            "intro": "Tập huấn xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ.",
        },
    ),
    Story(
        id=1203,
        slug="truong-thpt-chuyen-le-thanh-tong-dat-giai-nhat-khkt",
        title="Trường THPT chuyên Lê Thánh Tông đạt giải Nhất cuộc thi Khoa học kỹ thuật",
        cat="gd-trung-hoc",
        published_at="2026-10-30T16:10:00+07:00",
        blocks=[
            P(
                "Dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm” của hai học sinh "
                "Trường THPT chuyên Lê Thánh Tông đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp "
                "tỉnh.",
                "mso",
            ),
            P(
                "Cuộc thi năm nay có 64 dự án thuộc 12 lĩnh vực của học sinh 35 trường THPT tham "
                "gia.",
                "mso",
            ),
            Img("/Upload/Images/2026/10/khkt-lts.jpg", None, None, style="plain"),
            P(
                "Ban giám khảo đánh giá cao tính ứng dụng của dự án đối với các huyện miền núi "
                "thường xuyên xảy ra sạt lở vào mùa mưa bão.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                'style="font-size:13pt">Tổ Tin học</span></b></p>'
            ),
        ],
        authors=["Tổ Tin học"],
        opts={
            "legacy": True,
            "printed": "10/30/2026 4:10:00 PM",
            "utc": "2026-10-30T09:10:00Z",
            "list": "30/10/2026",
            "intro": "Dự án cảnh báo sạt lở đất đạt giải Nhất cuộc thi KHKT cấp tỉnh.",
        },
    ),
    Story(
        id=1201,
        slug="huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        cat="gd-trung-hoc",
        published_at="2026-10-15T07:45:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT ban hành hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
                "2026-2027 với 6 nhóm nhiệm vụ trọng tâm.",
                "mso",
            ),
            P("1. Thực hiện chương trình, kế hoạch giáo dục", "mso-h"),
            P(
                "Các trường xây dựng kế hoạch giáo dục nhà trường bảo đảm tối thiểu 35 tuần thực "
                "học, chủ động bố trí thời lượng các môn học.",
                "mso",
            ),
            P("2. Đổi mới kiểm tra, đánh giá", "mso-h"),
            P(
                "Tăng cường đánh giá thường xuyên bằng nhiều hình thức; đề kiểm tra định kỳ phải có "
                "ma trận và bản đặc tả.",
                "mso",
            ),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b>Phòng GDTrH</b></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "legacy": True,
            "printed": "10/15/2026 7:45:00 AM",
            "utc": "2026-10-15T00:45:00Z",
            "list": "15/10/2026",
            "intro": "Sáu nhóm nhiệm vụ trọng tâm của giáo dục trung học năm học 2026-2027.",
            "attach": ("HD-GDTrH-2026-2027.pdf", "Hướng dẫn số 2150/SGDĐT-GDTrH (PDF)"),
        },
    ),
    # ---------------- Thông báo ----------------
    Story(
        id=1210,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table class="MsoTableGrid" width="100%" border="0"><tbody><tr>'
                '<td width="45%" style="text-align:center">UBND TỈNH QUẢNG NAM<br>'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 2480/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
                "<em>Quảng Nam, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019, Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm "
                "2027 đối với cán bộ, công chức, viên chức và người lao động như sau:"
            ),
            P(
                "1. Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
            ),
            P(
                "2. Các đơn vị trực thuộc bố trí lịch trực, bảo đảm an toàn cơ quan, trường học "
                "trong thời gian nghỉ."
            ),
            Raw(
                '<table width="100%" border="0"><tbody><tr><td width="50%"><em><strong>Nơi nhận:'
                "</strong></em><br>- Các đơn vị trực thuộc;<br>- Lưu: VT, VP.</td>"
                '<td style="text-align:center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong>'
                "<br><br><br><strong>Nguyễn Văn Dũng</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Dũng"],
        opts={
            "printed": "12/1/2026 8:05:00 AM",
            "utc": "2026-12-01T01:05:00Z",
            "list": "01/12/2026",
            "intro": "Lịch nghỉ Tết Dương lịch năm 2027 của cơ quan Sở và các đơn vị trực thuộc.",
        },
    ),
    Story(
        id=1207,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-24T17:05:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT Quảng Nam thông báo tuyển dụng 186 chỉ tiêu viên chức giảng dạy cho các "
                "trường THPT trực thuộc năm 2026."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 25/11 đến hết ngày 24/12/2026 (trong "
                "giờ hành chính)."
            ),
            P(
                "Địa điểm nhận phiếu: Văn phòng Sở GD&ĐT, số 10 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam."
            ),
        ],
        opts={
            "form": "div",
            "printed": "11/24/2026 5:05:00 PM",
            "utc": "2026-11-24T10:05:00Z",
            "list": "24/11/2026",
            "intro": "Tuyển dụng 186 chỉ tiêu viên chức giảng dạy cho các trường THPT.",
            "attach": ("TB-tuyen-dung-2026.pdf", "Thông báo và phiếu đăng ký dự tuyển (PDF)"),
            "zone": True,
        },
    ),
    Story(
        id=1205,
        slug="to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt",
        title="Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT chu kỳ 2026-2029",
        cat="thong-bao",
        published_at="2026-11-18T11:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT chu kỳ 2026-2029 "
                "từ ngày 5 đến 16/1/2027."
            ),
            P(
                "Mỗi trường THPT đăng ký tối đa 3 giáo viên đã đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường."
            ),
            P(
                "Hồ sơ đăng ký gửi về Phòng GDTrH trước ngày 20/12/2026 qua hệ thống quản lý văn "
                "bản điều hành."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "printed": "11/18/2026 11:00:00 AM",
            "utc": "2026-11-18T04:00:00Z",
            "list": "18/11/2026",
            "intro": "Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT diễn ra tháng 1/2027.",
        },
    ),
]

STORY_BY_ID = {s.id: s for s in STORIES}


def story_path(story: Story) -> str:
    ext = ".aspx" if story.opts.get("legacy") else ""
    return f"/tin-tuc/{story.cat}/{story.slug}{ext}"


def item_path(story: Story) -> str:
    return f"/Default.aspx?item={story.id}"


def section_stories(slug: str) -> list[Story]:
    return [s for s in STORIES if s.cat == slug]


def ddmm(story: Story) -> str:
    return story.opts["list"]


# ---------------------------------------------------------------------------------------------
# non-articles
# ---------------------------------------------------------------------------------------------

DOCUMENTS = {
    1024: (
        "2150/SGDĐT-GDTrH",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "14/10/2026",
        "HD-GDTrH-2026-2027.pdf",
    ),
    1031: (
        "2480/TB-SGDĐT",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "30/11/2026",
        "TB-nghi-tet-2027.pdf",
    ),
}

# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------

_MENU = (
    '<ul id="hs-mnu" class="mnu-ngang">'
    '<li><a href="/">Trang chủ</a></li>'
    '<li class="co-con"><a href="/gioi-thieu">Giới thiệu</a><ul class="mnu-con">'
    '<li><a href="/gioi-thieu">Chức năng, nhiệm vụ</a></li>'
    '<li><a href="/lien-he">Liên hệ</a></li></ul></li>'
    '<li class="co-con"><a href="/tin-tuc">Tin tức</a><ul class="mnu-con">'
    + "".join(f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></li>' for s in SECTIONS)
    + "</ul></li>"
    '<li><a href="/van-ban">Văn bản</a></li>'
    '<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
    '<li><a href="/lien-he">Liên hệ</a></li>'
    "</ul>"
)


def _most_read() -> str:
    picks = [STORY_BY_ID[i] for i in (1212, 1207, 1213, 1210, 1209)]
    rows = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="lx">({s.views()})</span></li>'
        for s in picks
    )
    return f'<div class="sb-box"><div class="sb-hd">Đọc nhiều nhất</div><ul class="sb-ds">{rows}</ul></div>'


def _sidebar() -> str:
    return (
        '<div class="hs-col3" id="zone-Right">'
        + _most_read()
        + '<div class="sb-box"><div class="sb-hd">Liên kết</div><ul class="sb-lk">'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://quangnam.gov.vn" target="_blank">Cổng TTĐT tỉnh Quảng Nam</a></li>'
        '<li><a href="https://baoquangnam.vn" target="_blank">Báo Quảng Nam</a></li></ul></div>'
        '<div class="sb-box"><div class="sb-hd">Thăm dò ý kiến</div>'
        "<p>Bạn đánh giá thế nào về cổng thông tin mới?</p>"
        '<ul class="bc-kq"><li>Rất tốt: 62%</li><li>Tốt: 27%</li><li>Cần cải thiện: 11%</li>'
        "</ul></div>"
        '<div class="sb-box"><div class="sb-hd">Thống kê truy cập</div>'
        '<ul class="tk"><li>Đang online: 37</li><li>Hôm nay: 1.284</li>'
        "<li>Tổng truy cập: 4.518.903</li></ul></div>"
        '<div class="sb-box"><a href="https://zalo.me/sgddtquangnam"><img '
        'src="/Themes/HanSoft/img/banner-zalo.png" alt="Zalo Sở GD&amp;ĐT"></a></div>'
        "</div>"
    )


def _page(request: Request, title: str, crumbs: list[tuple[str, str]], main: str, *, canon: str,
          extra_head: str = "", body_class: str = "") -> Response:
    base = base_url(request)
    crumb_html = '<a href="/">Trang chủ</a>' + "".join(
        f' <span class="sep">›</span> <a href="{href}">{esc(label)}</a>' if href else
        f' <span class="sep">›</span> <span>{esc(label)}</span>'
        for label, href in crumbs
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Sở GD&amp;ĐT Quảng Nam</title>
<meta name="generator" content="N2 CMS 2.8.2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{base}{canon}">
{extra_head}
<link href="/Themes/HanSoft/css/site.css" rel="stylesheet">
<link rel="shortcut icon" href="/Themes/HanSoft/img/favicon.ico">
<script src="/N2/Resources/Js/jquery-1.11.3.min.js"></script>
</head>
<body class="n2-page {body_class}">
<div id="hs-top"><span class="hs-ngay">{TODAY_LINE}</span>
<form action="/tim-kiem" method="get" class="hs-tk"><input type="text" name="q" placeholder="Tìm kiếm...">
<button type="submit">Tìm</button></form></div>
<div id="hs-banner"><a href="/"><img src="/Themes/HanSoft/img/banner-sgd-qnam.png"
 alt="{SITE_NAME}"></a></div>
{_MENU}
<div id="hs-bc" class="duongdan">{crumb_html}</div>
<div class="hs-wrap">
<div class="hs-col9" id="zone-Main">
{main}
</div>
{_sidebar()}
</div>
<div id="hs-ft">
<p><strong>{SITE_NAME.upper()}</strong></p>
<p>Địa chỉ: Số 10 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam - ĐT: 0235.3812.xxx - Email: sgddt@quangnam.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Quảng Nam</p>
<p>© 2026 Sở GD&amp;ĐT Quảng Nam. Thiết kế: <a href="https://hansoft.example.vn">HanSoft Đà Nẵng</a></p>
</div>
</body>
</html>"""
    return html(page)


def _render_img(img: Img, story: Story) -> str:
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3"><tbody>'
            f'<tr><td><img src="{img.src}" width="600" alt=""></td></tr>'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "alt":
        alt = esc(story.opts.get("alt", ""))
        return (
            f'<div style="text-align: center;"><img src="{img.src}" alt="{alt}" title="{alt}" '
            'width="620"></div>'
        )
    if img.style == "p-after":
        return (
            f'<p style="text-align: center;"><img src="{img.src}" width="600" alt=""></p>'
            f'<p class="chuthich" style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<p align="center"><img src="{img.src}" border="0"></p>'


def _render_blocks(story: Story) -> str:
    form = story.opts.get("form", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, story))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="width:100%">'
                       "<tbody>" + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(esc(blocks[i].text))
                i += 1
            out.append("<p>" + "<br>\n".join(parts) + "</p>")
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>" if form == "p"
                       else f"<div><strong>{esc(b.text)}</strong></div>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36pt"><span '
                f"style=\"font-size:13pt;font-family:'Times New Roman'\">{esc(b.text)}</span></p>"
            )
        elif b.style == "mso-h":
            out.append(f'<p class="MsoNormal"><b><span style="font-size:13pt">{esc(b.text)}'
                       "</span></b></p>")
        elif form == "div":
            out.append(f'<div style="text-align: justify;">{esc(b.text)}</div>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    if form == "div":
        return "\n<div>&nbsp;</div>\n".join(out)
    return "\n".join(out)


def _article(request: Request, story: Story) -> Response:
    section = SECTION_BY_SLUG[story.cat]
    canon = story_path(story)
    sapo = (
        f'<div class="tomtat"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside else ""
    )
    attach = ""
    if "attach" in story.opts:
        fname, label = story.opts["attach"]
        attach = (
            '<div class="tin-dinhkem"><span class="dk-hd">Tệp đính kèm:</span> '
            f'<a href="/Upload/Files/{fname}">{esc(label)}</a></div>'
        )
    # the vendor's "Các tin khác": the section's first-page items other than this one
    others = [s for s in section_stories(story.cat)[:PAGE_SIZE] if s.id != story.id]
    others_html = "".join(
        f'<li><a href="{item_path(s)}">{esc(s.title)}</a> <span class="ngay">({ddmm(s)})</span></li>'
        for s in others
    )
    main = f"""<h1 class="hs-pagehead">{esc(section.title)}</h1>
<div class="n2-item tin-chitiet" data-itemid="{story.id}">
<h2 class="tieude-tin">{esc(story.title)}</h2>
<div class="ttin-meta"><span class="ngaydang">Ngày đăng: {story.opts["printed"]}</span>
 | <span class="nguoidang">Người đăng: admin_hs</span>
 | <span class="luotxem">Lượt xem: {story.views()}</span>
 | <a href="javascript:window.print()" class="inbai">In bài</a></div>
{sapo}
<div class="text noidung">
{_render_blocks(story)}
</div>
{_ZONE_PARTS if story.opts.get("zone") else ""}
{attach}
<div class="hs-share"><a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{canon}"
 target="_blank"><img src="/Themes/HanSoft/img/fb-share.png" alt="Chia sẻ Facebook"></a>
 <a href="https://zalo.me/share?u={base_url(request)}{canon}"><img src="/Themes/HanSoft/img/zalo.png"
 alt="Zalo"></a></div>
</div>
<div class="cac-tin-khac"><h3>Các tin khác</h3><ul>{others_html}</ul></div>"""
    head = (
        f'<meta name="description" content="{esc(story.opts["intro"])}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{story.opts["utc"]}">'
    )
    crumbs = [("Tin tức", "/tin-tuc"), (section.title, f"/tin-tuc/{section.slug}")]
    return _page(request, story.title, crumbs, main, canon=canon, extra_head=head,
                 body_class="NewsItem")


def _list_row(story: Story, thumb: bool = True) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb_html = (
        f'<a href="{story_path(story)}" class="ds-anh"><img src="{img.src}?w=160" alt=""></a>'
        if img and thumb else ""
    )
    return (
        f'<div class="ds-dong">{thumb_html}<a class="ds-td" href="{story_path(story)}">'
        f'{esc(story.title)}</a> <span class="ngay">({ddmm(story)})</span>'
        f'<div class="ds-mota">{esc(story.opts["intro"])}</div></div>'
    )


def _section_list(request: Request, section: Section, page: int) -> Response | None:
    items = section_stories(section.slug)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    rows = "".join(_list_row(s) for s in chunk)
    pager = ""
    if pages > 1:
        links = []
        if page > 1:
            prev = f"/tin-tuc/{section.slug}" if page == 2 else f"?p={page - 1}"
            links.append(f'<a href="{prev}">‹ Trước</a>')
        for n in range(1, pages + 1):
            if n == page:
                links.append(f'<span class="dang-xem">{n}</span>')
            elif n == 1:
                links.append(f'<a href="/tin-tuc/{section.slug}">1</a>')
            else:
                links.append(f'<a href="?p={n}">{n}</a>')
        if page < pages:
            links.append(f'<a href="?p={page + 1}" title="Trang sau">Sau ›</a>')
        else:
            links.append('<span class="tat">Sau ›</span>')
        pager = '<div class="phantrang">' + " ".join(links) + "</div>"
    main = (
        f'<h1 class="hs-pagehead">{esc(section.title)}</h1>'
        f'<div class="ds-tin" data-itemid="{section.item_id}">{rows}</div>{pager}'
    )
    canon = f"/tin-tuc/{section.slug}" + (f"?p={page}" if page > 1 else "")
    crumbs = [("Tin tức", "/tin-tuc"), (section.title, None)]
    return _page(request, section.title, crumbs, main, canon=canon, body_class="NewsContainer")


def _news_root(request: Request) -> Response:
    boxes = "".join(
        f'<div class="hs-box"><h2 class="hs-box-hd"><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a>'
        f"</h2>{_list_row(section_stories(s.slug)[0], thumb=False)}</div>"
        for s in SECTIONS
    )
    main = f'<h1 class="hs-pagehead">Tin tức</h1>{boxes}'
    return _page(request, "Tin tức", [("Tin tức", None)], main, canon="/tin-tuc")


def _home(request: Request) -> Response:
    feat = STORY_BY_ID[1213]
    latest = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)[:5]
    latest_html = "".join(
        f'<li><a href="{story_path(s)}/">{esc(s.title)}</a> <span class="ngay">({ddmm(s)})</span></li>'
        for s in latest
        if not s.opts.get("legacy")
    )
    boxes = "".join(
        f'<div class="hs-box"><h2 class="hs-box-hd"><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a>'
        '</h2>'
        + "".join(_list_row(x, thumb=False) for x in section_stories(s.slug)[:PAGE_SIZE])
        + f'<a class="xemtiep" href="/tin-tuc/{s.slug}">Xem tiếp »</a></div>'
        for s in SECTIONS
    )
    main = f"""<div class="tin-noibat"><a href="{item_path(feat)}"><img
 src="/Upload/Images/2026/12/hkpd-be-mac-01.jpg?w=480" alt=""></a>
<h2><a href="{item_path(feat)}">{esc(feat.title)}</a></h2>
<p>{esc(feat.opts["intro"])}</p></div>
<div class="tin-moi"><h3>Tin mới</h3><ul>{latest_html}</ul></div>
{boxes}"""
    return _page(request, "Trang chủ", [], main, canon="/", body_class="StartPage")


def _simple(request: Request, title: str, inner: str, canon: str, crumbs=None) -> Response:
    main = f'<h1 class="hs-pagehead">{esc(title)}</h1><div class="text">{inner}</div>'
    return _page(request, title, crumbs or [(title, None)], main, canon=canon)


def _intro(request: Request) -> Response:
    inner = (
        "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Nam là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu "
        "giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Ban Giám đốc gồm Giám đốc và 03 Phó Giám đốc; các phòng chuyên môn: Văn phòng, Phòng "
        "GDTrH, Phòng GDMN-TH, Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p>"
    )
    return _simple(request, "Giới thiệu", inner, "/gioi-thieu")


def _contact(request: Request) -> Response:
    inner = (
        "<p>Địa chỉ: Số 10 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235.3812.xxx - Fax: 0235.3810.xxx</p>"
        "<p>Email: sgddt@quangnam.gov.vn</p>"
    )
    return _simple(request, "Liên hệ", inner, "/lien-he")


def _album(request: Request) -> Response:
    imgs = "".join(
        f'<li><img src="/Upload/Album/hkpd-{n}.jpg" alt=""><span>Hội khỏe Phù Đổng - ảnh {n}</span></li>'
        for n in range(1, 5)
    )
    return _simple(request, "Thư viện ảnh", f'<ul class="album">{imgs}</ul>', "/thu-vien-anh")


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(num)}</td><td>{day}</td><td><a href="/van-ban/{doc_id}">{esc(subj)}</a></td></tr>'
        for doc_id, (num, subj, day, _f) in DOCUMENTS.items()
    )
    inner = (
        '<table class="vb-ds" border="1"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{rows}</table>"
    )
    return _simple(request, "Văn bản", inner, "/van-ban")


def _doc(request: Request, doc_id: int) -> Response:
    num, subj, day, fname = DOCUMENTS[doc_id]
    inner = (
        '<table class="vb-ct" border="1">'
        f"<tr><td>Số ký hiệu</td><td>{esc(num)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(subj)}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở GD&amp;ĐT Quảng Nam</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="/Upload/Files/{fname}">{fname}</a></td></tr>'
        "</table>"
    )
    return _simple(request, subj, inner, f"/van-ban/{doc_id}",
                   crumbs=[("Văn bản", "/van-ban"), (num, None)])


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = f"<p>Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”.</p>"
    return _simple(request, "Tìm kiếm", inner, "/tim-kiem")


# ---------------------------------------------------------------------------------------------
# routing
# ---------------------------------------------------------------------------------------------

NON_ARTICLES = ["/gioi-thieu", "/lien-he", "/van-ban/1024", "/van-ban/1031", "/thu-vien-anh"]


class N2Site:
    def __init__(self) -> None:
        self.by_path: dict[str, Story] = {}
        self.redirects: dict[str, str] = {}
        for s in STORIES:
            path = story_path(s)
            self.by_path[path] = s
            if s.opts.get("legacy"):
                self.redirects[path[: -len(".aspx")]] = path
            else:
                self.by_path[path + "/"] = s
        self.static_prefixes = ("/Upload/", "/Themes/", "/N2/Resources/")

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(self.static_prefixes):
            if path.startswith("/Upload/Files/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/" and not request.query:
            return _home(request)
        if path.lower() == "/default.aspx":
            item = params.get("item", "")
            if item.isdigit() and int(item) in STORY_BY_ID and set(params) == {"item"}:
                return _article(request, STORY_BY_ID[int(item)])
            return None
        if path in self.redirects and not request.query:
            return redirect(self.redirects[path], 301)
        if path in self.by_path and not request.query:
            return _article(request, self.by_path[path])
        if path.startswith("/tin-tuc/"):
            slug = path[len("/tin-tuc/"):]
            if slug in SECTION_BY_SLUG:
                if not request.query:
                    return _section_list(request, SECTION_BY_SLUG[slug], 1)
                p = params.get("p", "")
                if set(params) == {"p"} and p.isdigit() and p == str(int(p)) and int(p) >= 2:
                    return _section_list(request, SECTION_BY_SLUG[slug], int(p))
            return None
        if request.query and path != "/tim-kiem":
            return None
        if path == "/tin-tuc":
            return _news_root(request)
        if path == "/gioi-thieu":
            return _intro(request)
        if path == "/lien-he":
            return _contact(request)
        if path == "/thu-vien-anh":
            return _album(request)
        if path == "/van-ban":
            return _doc_list(request)
        if path.startswith("/van-ban/"):
            rest = path[len("/van-ban/"):]
            if rest.isdigit() and int(rest) in DOCUMENTS:
                return _doc(request, int(rest))
            return None
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> N2Site:
    return N2Site()


def _gold(story: Story) -> dict:
    path = story_path(story)
    alts = [item_path(story)]
    if not story.opts.get("legacy"):
        alts.append(path + "/")
    return gold_record(story, path, SECTION_BY_SLUG[story.cat].title, canonical_path=path,
                       alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
