"""Sở Giáo dục và Đào tạo tỉnh Cà Mau on a vendor e-government portal in ASP.NET MVC 5.

Platform
--------
A vendor's "Cổng thông tin điện tử" product in ASP.NET MVC 5 (Razor views, Bootstrap 3 grid and
navbar, jQuery + jquery.unobtrusive-ajax, PagedList.Mvc pagers, MVC bundles ``/bundles/...?v=``),
on IIS 8.5 (``X-AspNetMvc-Version: 5.2``). Razor prints every model string through
``HttpUtility.HtmlEncode``, which in .NET 4.x writes the characters U+00A0..U+00FF (à, á, â,
ã, è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý) as decimal references (``&#225;``) and leaves the other
Vietnamese letters (ạ, ộ, ư, đ …) raw; article bodies come through ``Html.Raw`` untouched.

URL scheme
----------
- ``/`` home: "Tin nổi bật" Bootstrap carousel, a "Tin mới" box filled only by AJAX, one box per
  category (newest three), sidebar with "Văn bản chỉ đạo" (table), "Hỏi đáp", "Tin xem nhiều",
  poll, links, visitor counter; footer with the department's address.
- ``/tin-tuc/<category-slug>`` and ``?page=<n>``: a listing, 4 items a page, PagedList pager whose
  links carry ``href="/tin-tuc/<slug>?page=<n>"`` and ``data-ajax="true" data-ajax-url=
  "/tin-tuc/DanhSach?catId=<n>&page=<n>" data-ajax-update="#dsTinTuc"``.
- ``/tin-tuc/DanhSach?catId=<n>&page=<n>``: the list partial. With ``X-Requested-With:
  XMLHttpRequest`` a bare fragment (its pager's hrefs are DanhSach URLs); without it the action
  answers ``302`` to the full listing (``catId=0``, the home box, to ``/``).
- ``/tin-tuc/<category-slug>/<slug>-<id>``: an article (attribute routing; the controller loads by
  id only, any known category slug and any slug are accepted, the page prints a canonical link).
- ``/tin-tuc/in/<id>``: print view (``noindex``, no canonical, no chrome).
- ``/van-ban`` list and ``/van-ban/<id>/<slug>`` document entries; ``/hoi-dap`` list and
  ``/hoi-dap/<id>`` Q&A entries; ``/gioi-thieu/<slug>``; ``/lien-he``; ``/tim-kiem?tukhoa=``.
- POST ``/tin-tuc/GuiYKien`` (reader comment) and ``/hoi-dap/GuiCauHoi`` need the anti-forgery
  field ``__RequestVerificationToken``; without it the answer is ASP.NET's 500.

Page templates
--------------
Article: ``div#divChiTiet.ct-baiviet`` > ``h2.tde-bv`` (the site banner's ``h1`` holds the
department's name), ``div.tt-dang`` (date "Thứ năm, 19/11/2026 | 15:45", views, "Người đăng:"
CMS account), ``div.cong-cu-bv`` (A- A A+, print, email), ``div.nghe-doc-bai`` (text-to-speech
player), ``div.tomtat-ct`` (sapo, when printed apart), ``div#noidung.nd-bv`` (the text,
CKEditor HTML, bylines at its end), ``div.capnhat`` ("Cập nhật lần cuối"), ``div.tu-khoa``,
share bar, ``div#ykien`` ("Ý kiến bạn đọc": comments, their pager, form), then "Tin liên quan"
and "Tin khác" lists.

How each gold article is reached
--------------------------------
Categories (menu "Tin tức" drop-down): "Tin tức - Sự kiện" (catId 12, tin-tuc-su-kien),
"Hoạt động chuyên môn" (catId 13, hoat-dong-chuyen-mon), "Thông báo" (catId 14, thong-bao).
- Tin tức - Sự kiện, page 1: A1 10452, A2 10447, A8 10424 (cross-listed), A3 10431;
  page 2 only: A4 10418, A5 10405.
- Hoạt động chuyên môn, page 1: A6 10460, A7 10439, A8 10424, A9 10412; page 2 only: A10 10399.
- Thông báo, page 1: A13 10475, A11 10471, A12 10466.
The home page, "Tin khác", "Tin liên quan", "Tin xem nhiều" and the carousel never link A4, A5,
A10: those three are reachable only from page 2 of their listing.

Traps
-----
1. Razor's HtmlEncode (not in the README's list): titles, breadcrumbs, list entries, the sapo
   printed apart, meta tags all carry ``&#224;``/``&#225;``/``&#244;`` decimal references for the
   Latin-1 letters next to raw "ạ, ộ, ư…"; the body is raw UTF-8. Gold: decoded, NFC text.
2. Microdata date in the server's invariant/en-US culture (not listed): every article has
   ``<meta itemprop="datePublished" content="11/3/2026 2:15:00 PM">`` (M/d/yyyy, 12-hour).
   A3 was published 03/11/2026 14:15, which a day-first reader of the meta takes for 11 March.
   Gold: the printed line "Thứ ba, 03/11/2026 | 14:15" -> ``2026-11-03T14:15:00+07:00``.
3. One article in two category listings (not listed): A8 (primary "Hoạt động chuyên môn") is also
   listed under "Tin tức - Sự kiện" and linked there as
   ``/tin-tuc/tin-tuc-su-kien/<slug>-10424``; that URL answers 200 with the primary breadcrumb and
   canonical. Gold: one record, category "Hoạt động chuyên môn", the secondary URL in alt_paths.
4. Slug drift (not listed): A1 and A6 were retitled after publication; the "Tin nổi bật"
   carousel still links their old slugs, which answer 200 (routing reads the id only) with a
   canonical to the current slug. Gold: canonical = current slug; old-slug URLs in alt_paths.
5. ``?page=`` on an article page (not listed): the same query name as the listings pages the
   "Ý kiến bạn đọc" comments. A6 has 7 comments, 5 a page: ``<canonical>?page=2#ykien`` and
   (from there) ``?page=1`` serve the same article. Gold: both in A6's alt_paths. Comments (names,
   times, text) sit inside ``#divChiTiet`` right after the text: not body, not authors.
6. AJAX list partials (not listed): the home page's "Tin mới" box is empty HTML filled from
   ``data-url="/tin-tuc/DanhSach?catId=0&page=1"``; pagers carry ``data-ajax-url`` to DanhSach.
   Without ``X-Requested-With`` DanhSach answers 302 to the listing; with it, a chrome-less
   fragment whose pager hrefs are DanhSach URLs. Gold: none of these is an article; discovery
   must go through the ``?page=<n>`` hrefs.
7. Site banner ``<h1>`` (not listed): the ``h1`` of every page is "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ
   MAU"; the headline is ``h2.tde-bv``; ``<title>`` has the suffix " - Sở GD&ĐT Cà Mau". Gold:
   the ``h2`` text.
8. Lazy-loaded photo (not listed): A3's photo is ``<img class="lazy" src="/Content/images/
   grey.gif" data-original="/Uploads/images/2026/11/03/khai-mac-hkpd-x.jpg">`` (jquery.lazyload
   1.x). Gold: the ``data-original`` path, not the grey placeholder.
9. Caption in a CKEditor image table (not listed): A6's photo sits in ``table.tbl-hinh`` with the
   caption in the second row. Gold: that row is the caption, not a body paragraph (A6's data
   table, in contrast, is body, rows joined " | ").
10. Between headline and text: "Người đăng: bbt_sgd" (CMS account -> no author), A- A A+ tools,
    print/email links, the text-to-speech player "Nghe đọc bài viết" with a voice drop-down.
    Gold: none of it is body, summary or author.
11. A "Tin liên quan" box pasted inside the text (A2, CKEditor's related-news plugin, a ``<p>``
    title and a ``<ul>`` of links between two paragraphs). Gold: not body.
12. Dates: a Sunday prints "Chủ nhật, 15/11/2026 | 20:05" (no "Thứ"); A5 prints "| 00:00" ->
    the day alone; A5 also prints "Cập nhật lần cuối: 09/10/2026 10:12" (not the date); the
    header's "Thứ Bảy, 05/12/2026" is today. A11 is an official notice posted "Thứ ba,
    01/12/2026 | 07:50" whose letterhead says "Cà Mau, ngày 30 tháng 11 năm 2026": gold
    ``2026-11-30``, signer the author, letterhead/kind/subject/"Nơi nhận"/signature not body.
13. Bylines as printed: "Tin, ảnh: Quốc Việt" (both lists), "Bài, ảnh: Trọng Nghĩa" (both),
    "Tin: Diệu Linh - Ảnh: Văn Đức" ([Diệu Linh], [Văn Đức]), "Hoàng Yến - Phòng GDTrH" ->
    "Hoàng Yến", "ThS. Lê Hoàng Phúc" -> "Lê Hoàng Phúc", a unit alone ("Phòng QLCL - Khảo thí",
    "Văn phòng Sở") is the author; a photo line "Ảnh: Minh Khoa" is a photographer, caption None.
    Sources: "Nguồn: Báo Cà Mau", "Theo Đài PT-TH Cà Mau"; A4's body sentence "Theo đại diện Sở
    GD&ĐT, …" and A10's "Theo kế hoạch của Sở GD&ĐT, …" are text. The footer's "Ghi rõ nguồn …"
    is chrome.
14. A5's text was pasted in decomposed Unicode (NFD, combining tone marks). Gold: NFC.
15. Markup varieties of the text: A7 uses CKEditor's DIV enter mode (``<div>`` paragraphs) and a
    ``<ul>``; A8 a bold lead paragraph inside the text (the sapo) and a ``<br />``-split steps
    paragraph; A12 and A6 data tables; A11/A12 an attachment line ("File đính kèm:", "Tải về:"):
    not body. A13 keeps its typed "👉 ".

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the breadcrumb's last item (the primary category), also for a cross-listed URL.
- ``summary``: the ``div.tomtat-ct`` text (A1, A3, A6; first body paragraph in the gold) or the
  bold first paragraph (A8); otherwise null (the meta description is a cut of the text).
- The print view is an alt path of its article (it repeats title, date and text).
- Document entries (``/van-ban/…``), Q&A entries (``/hoi-dap/…``), intro pages and the contact
  page are NON_ARTICLES, even though Q&A pages print a date, a question and an answer.
- A12's table header row "Ngày | Buổi | Môn thi | Thời gian làm bài" is a body paragraph like the
  other rows; A6's lead-in line "Cơ cấu giáo viên dự thi theo môn học:" is text.
- A13's signature "Văn phòng Sở" is a unit signing alone: it is the author.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF as _PDF
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_mvc5_vendor_egov_sgddt"
PLATFORM = "ASP.NET MVC 5 vendor e-government portal (Razor, Bootstrap 3, jQuery unobtrusive AJAX)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4
SITE_NAME = "Sở GD&ĐT Cà Mau"

#: slug -> (catId, name as the menu and breadcrumb print it)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (12, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (13, "Hoạt động chuyên môn"),
    "thong-bao": (14, "Thông báo"),
}
CAT_BY_ID = {cid: slug for slug, (cid, _name) in CATS.items()}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def R(value: str) -> str:
    """What Razor's ``@value`` prints in .NET 4.x: HtmlEncode, Latin-1 letters as ``&#NNN;``."""
    s = _html.escape(value, quote=True).replace("&#x27;", "&#39;")
    return "".join(f"&#{ord(c)};" if 0xA0 <= ord(c) <= 0xFF else c for c in s)


def up(day: str) -> str:
    """An upload path under /Uploads/images/<yyyy>/<mm>/<dd>/."""
    return f"/Uploads/images/{day}/"


# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=10452,
    slug="so-gddt-ca-mau-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Sở GD&ĐT Cà Mau họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T15:45:00+07:00",
    summary=(
        "Sáng 19/11, Sở Giáo dục và Đào tạo tỉnh Cà Mau tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026), tôn vinh những thầy cô giáo tận tụy với sự "
        "nghiệp trồng người trên vùng đất cuối trời Tổ quốc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi họp mặt có lãnh đạo UBND tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy, Công đoàn "
            "ngành Giáo dục cùng đông đảo cán bộ, nhà giáo đã nghỉ hưu và đang công tác trong ngành."
        ),
        Img(
            up("2026/11/19") + "hop-mat-20-11-01.jpg",
            "Lãnh đạo UBND tỉnh tặng hoa chúc mừng đội ngũ nhà giáo ngành Giáo dục Cà Mau",
            "Lãnh đạo UBND tỉnh tặng hoa chúc mừng đội ngũ nhà giáo ngành Giáo dục Cà Mau",
            style="figure",
        ),
        P(
            "Phát biểu tại buổi họp mặt, ông Nguyễn Thanh Bình, Giám đốc Sở GD&ĐT, cho biết năm học "
            "2025 - 2026 toàn ngành có hơn 18.600 cán bộ, giáo viên, nhân viên; tỷ lệ giáo viên đạt "
            "chuẩn trình độ đào tạo theo Luật Giáo dục 2019 đạt 91,4%. Chất lượng giáo dục mũi nhọn "
            "có bước tiến rõ nét với 62 giải học sinh giỏi quốc gia, cao nhất từ trước đến nay."
        ),
        P(
            "Theo ông Bình, bên cạnh những kết quả đạt được, ngành vẫn còn thiếu gần 900 giáo viên, "
            "nhất là ở bậc mầm non, tiểu học và các môn học mới như Tin học, Nghệ thuật; nhiều điểm "
            "trường lẻ ở vùng sâu, vùng xa của huyện Ngọc Hiển, U Minh cơ sở vật chất còn khó khăn."
        ),
        P(
            "Dịp này, 35 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh, 120 tập thể và cá nhân "
            "được Giám đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong phong trào thi đua "
            "“Đổi mới, sáng tạo trong dạy và học”."
        ),
        Img(
            up("2026/11/19") + "hop-mat-20-11-02.jpg",
            "Các nhà giáo được khen thưởng chụp ảnh lưu niệm",
            "Các nhà giáo được khen thưởng chụp ảnh lưu niệm",
            style="figure",
        ),
        P(
            "Thay mặt đội ngũ nhà giáo, cô Lâm Thị Mỹ Xuyên, giáo viên Trường THPT Chuyên Phan Ngọc "
            "Hiển, bày tỏ niềm xúc động và hứa tiếp tục giữ gìn phẩm chất, đạo đức nhà giáo, không "
            "ngừng học tập để đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Quốc Việt</strong></p>'),
    ],
    authors=["Quốc Việt"],
    photographers=["Quốc Việt"],
    opts={
        "posted": "2026-11-19 15:45",
        "old_slug": "hop-mat-ky-niem-ngay-nha-giao-viet-nam",
        "tags": ["Ngày Nhà giáo Việt Nam", "khen thưởng"],
        "comments": [
            ("Nguyễn Hoàng Em", "19/11/2026 19:40", "Chúc mừng thầy cô ngành giáo dục Cà Mau!"),
            (
                "Phụ huynh Trần Văn Thời",
                "20/11/2026 06:12",
                "Cảm ơn các thầy cô ở điểm trường Khánh Bình Tây đã không quản nắng mưa dạy dỗ các em.",
            ),
        ],
    },
)

A2 = Story(
    id=10447,
    slug="tuyen-duong-120-nha-giao-tieu-bieu-trong-phong-trao-thi-dua-day-tot-hoc-tot",
    title="Tuyên dương 120 nhà giáo tiêu biểu trong phong trào “Thi đua dạy tốt, học tốt”",
    cat="tin-tuc-su-kien",
    published_at="2026-11-15T20:05:00+07:00",
    blocks=[
        P(
            "Sáng 15/11, tại Hội trường Trung tâm Hội nghị tỉnh, Sở GD&ĐT phối hợp với Công đoàn "
            "ngành Giáo dục tổ chức lễ tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        P(
            "120 nhà giáo được tuyên dương lần này là những thầy cô có nhiều năm gắn bó với trường "
            "lớp vùng khó, có sáng kiến kinh nghiệm được áp dụng rộng rãi hoặc có học sinh đạt giải "
            "cao trong các kỳ thi cấp tỉnh, cấp quốc gia."
        ),
        Raw("@@RELATED_INLINE@@"),
        Img(up("2026/11/15") + "tuyen-duong-nha-giao-tieu-bieu.jpg", "Ảnh: Minh Khoa", None, style="pem"),
        P(
            "Trong số đó có thầy Trương Văn Tâm, Hiệu trưởng Trường Tiểu học Đất Mũi 2, huyện Ngọc "
            "Hiển, người đã hơn 25 năm chèo xuồng vận động học sinh ra lớp. Nhờ sự kiên trì của thầy "
            "và đồng nghiệp, tỷ lệ huy động trẻ 6 tuổi vào lớp 1 của xã Đất Mũi nhiều năm liền đạt 100%."
        ),
        P(
            "Cô Phạm Thị Kiều Oanh, giáo viên Trường THCS Khánh Hải, huyện Trần Văn Thời, chia sẻ: "
            "“Phần thưởng này là động lực để tôi tiếp tục tìm tòi những cách dạy mới, giúp các em học "
            "sinh vùng biển yêu thích môn Toán hơn”."
        ),
        P(
            "Phát biểu tại buổi lễ, bà Tô Ngọc Diễm, Phó Giám đốc Sở GD&ĐT, đề nghị các nhà giáo được "
            "tuyên dương tiếp tục phát huy vai trò nòng cốt, lan tỏa tinh thần tự học, tự bồi dưỡng "
            "đến đồng nghiệp trong toàn ngành."
        ),
        Raw('<p style="text-align: right;"><b>Thanh Tuyền</b></p>'),
    ],
    authors=["Thanh Tuyền"],
    photographers=["Minh Khoa"],
    opts={"posted": "2026-11-15 20:05", "related_inline": [10452, 10439]},
)

A3 = Story(
    id=10431,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-ca-mau-lan-thu-x-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Cà Mau lần thứ X năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-03T14:15:00+07:00",
    summary=(
        "Sáng 03/11, tại Sân vận động tỉnh, Sở GD&ĐT tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Cà Mau "
        "lần thứ X năm 2026 với sự tham gia của hơn 1.500 vận động viên là học sinh đến từ 9 huyện, "
        "thành phố."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            up("2026/11/03") + "khai-mac-hkpd-x.jpg",
            "(Màn đồng diễn thể dục của học sinh thành phố Cà Mau tại lễ khai mạc)",
            "Màn đồng diễn thể dục của học sinh thành phố Cà Mau tại lễ khai mạc",
            style="lazy",
        ),
        P(
            "Hội khỏe Phù Đổng năm nay diễn ra từ ngày 03/11 đến 10/11/2026 với 11 môn thi đấu gồm: "
            "điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, đá cầu, "
            "kéo co và bóng chuyền."
        ),
        P(
            "Các nội dung được tổ chức theo hai khối: khối tiểu học và khối trung học (THCS, THPT). "
            "Đây là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong "
            "trường học, đồng thời phát hiện, tuyển chọn vận động viên năng khiếu tham gia Hội khỏe "
            "Phù Đổng toàn quốc."
        ),
        P(
            "Phát biểu khai mạc, ông Nguyễn Thanh Bình, Giám đốc Sở GD&ĐT, đề nghị các đoàn thực hiện "
            "nghiêm điều lệ, thi đấu trung thực, cao thượng; ban tổ chức bảo đảm an toàn tuyệt đối "
            "cho vận động viên, nhất là ở môn bơi lội và các môn võ thuật."
        ),
        P(
            "Ngay sau lễ khai mạc, các trận đấu đầu tiên của môn bóng đá nam THCS và kéo co đã diễn "
            "ra sôi nổi, thu hút đông đảo học sinh, phụ huynh đến cổ vũ."
        ),
        Raw('<p style="text-align: right;"><em><strong>Bài, ảnh: Trọng Nghĩa</strong></em></p>'),
    ],
    authors=["Trọng Nghĩa"],
    photographers=["Trọng Nghĩa"],
    opts={"posted": "2026-11-03 14:15", "tags": ["Hội khỏe Phù Đổng"]},
)

A4 = Story(
    id=10418,
    slug="trao-500-suat-hoc-bong-cho-hoc-sinh-ngheo-vung-ven-bien",
    title="Trao 500 suất học bổng cho học sinh nghèo vùng ven biển",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20T10:30:00+07:00",
    blocks=[
        P(
            "Ngày 19/10, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh và một số doanh nghiệp trao "
            "500 suất học bổng cho học sinh có hoàn cảnh khó khăn tại các huyện Năm Căn, Ngọc Hiển "
            "và Phú Tân."
        ),
        P(
            "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt kèm theo bộ sách giáo khoa, cặp và đồ "
            "dùng học tập. Tổng giá trị chương trình hơn 900 triệu đồng."
        ),
        Img(
            up("2026/10/19") + "trao-hoc-bong-ven-bien.jpg",
            "(Đại diện nhà tài trợ trao học bổng cho học sinh huyện Năm Căn)",
            "Đại diện nhà tài trợ trao học bổng cho học sinh huyện Năm Căn",
            style="pem",
        ),
        P(
            "Nhiều em nhận học bổng lần này có cha mẹ làm nghề đi biển, nuôi tôm hoặc làm thuê xa "
            "nhà, phải ở với ông bà. Em Lý Ngọc Hân, học sinh lớp 8 Trường THCS Tam Giang Đông, cho "
            "biết số tiền học bổng sẽ giúp em mua xe đạp để đi học thay cho việc đi đò mỗi ngày."
        ),
        P(
            "Theo đại diện Sở GD&ĐT, từ đầu năm học đến nay, toàn ngành đã vận động hơn 3.200 suất "
            "học bổng, hơn 40.000 quyển tập và 1.100 xe đạp hỗ trợ học sinh khó khăn, góp phần hạn "
            "chế tình trạng học sinh bỏ học giữa chừng."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Hữu Thọ</strong></p>\r\n'
            '<p style="text-align: right;"><em>Nguồn: Báo Cà Mau</em></p>'
        ),
    ],
    authors=["Hữu Thọ"],
    source="Báo Cà Mau",
    opts={"posted": "2026-10-20 10:30"},
)

A5 = Story(
    id=10405,
    slug="ca-mau-co-them-15-truong-hoc-dat-chuan-quoc-gia",
    title="Cà Mau có thêm 15 trường học đạt chuẩn quốc gia",
    cat="tin-tuc-su-kien",
    published_at="2026-10-08",
    blocks=[
        P(
            "Ngày 07/10, UBND tỉnh Cà Mau ban hành quyết định công nhận 15 trường mầm non, tiểu học "
            "và trung học cơ sở đạt chuẩn quốc gia mức độ 1 và mức độ 2."
        ),
        P(
            "Trong đó, có 4 trường mầm non, 7 trường tiểu học và 4 trường trung học cơ sở; huyện "
            "Thới Bình và huyện Cái Nước có số trường được công nhận nhiều nhất với 3 trường mỗi huyện."
        ),
        P(
            "Như vậy, đến nay toàn tỉnh có 318/497 trường đạt chuẩn quốc gia, chiếm tỷ lệ 64%, tăng "
            "3,2% so với cùng kỳ năm học trước."
        ),
        P(
            "Để đạt được kết quả trên, các địa phương đã ưu tiên nguồn vốn đầu tư công xây dựng phòng "
            "học, phòng bộ môn, nhà vệ sinh; đồng thời tập trung bồi dưỡng đội ngũ, nâng cao chất "
            "lượng dạy học và công tác kiểm định chất lượng giáo dục."
        ),
        P(
            "Sở GD&ĐT phấn đấu đến cuối năm 2027, tỷ lệ trường đạt chuẩn quốc gia toàn tỉnh đạt trên "
            "70%, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030."
        ),
    ],
    opts={"posted": "2026-10-08 00:00", "updated": "09/10/2026 10:12", "nfd": True},
)

A6 = Story(
    id=10460,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T08:30:00+07:00",
    summary=(
        "Hội thi diễn ra từ ngày 23/11 đến 28/11/2026 với 186 giáo viên của 9 huyện, thành phố tham "
        "gia ở 12 môn học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sáng 23/11, tại Trường THCS Nguyễn Du, thành phố Cà Mau, Sở GD&ĐT tổ chức khai mạc Hội "
            "thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027."
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
            "giảng dạy và thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và "
            "một tiết do ban tổ chức bốc thăm trước 3 ngày."
        ),
        Img(
            up("2026/11/23") + "khai-mac-hoi-thi-gvdg-thcs.jpg",
            "Giáo viên dự thi bốc thăm bài dạy",
            "Giáo viên dự thi bốc thăm bài dạy",
            style="tbl",
        ),
        P(
            "Điểm mới của hội thi năm nay là tiết dạy phải thể hiện rõ việc tổ chức hoạt động học tập "
            "theo hướng phát triển phẩm chất, năng lực học sinh; khuyến khích ứng dụng công nghệ "
            "thông tin nhưng không lạm dụng trình chiếu."
        ),
        P("Cơ cấu giáo viên dự thi theo môn học:"),
        P("Môn học | Số giáo viên", "row"),
        P("Ngữ văn | 24", "row"),
        P("Toán | 26", "row"),
        P("Khoa học tự nhiên | 22", "row"),
        P("Tiếng Anh | 20", "row"),
        P("Các môn còn lại | 94", "row"),
        P(
            "Ban tổ chức sẽ xét công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh cho những giáo viên "
            "đạt từ 17 điểm trở lên ở cả hai phần thi; kết quả được công bố trước ngày 10/12/2026."
        ),
        Raw('<p style="text-align: right;"><strong>Hoàng Yến - Phòng GDTrH</strong></p>'),
    ],
    authors=["Hoàng Yến"],
    opts={
        "posted": "2026-11-24 08:30",
        "old_slug": "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
        "tags": ["giáo viên dạy giỏi", "THCS"],
        "comments": [
            ("Lê Thị Thu Trang", "24/11/2026 09:15", "Chúc các thầy cô dự thi đạt kết quả cao!"),
            ("Thầy Khánh - THCS Lý Văn Lâm", "24/11/2026 10:02", "Mong ban tổ chức sớm công bố đáp án phần thi lý thuyết."),
            ("Nguyễn Văn Út", "24/11/2026 12:47", "Trường THCS Tân Lộc có 3 thầy cô dự thi, chúc mừng các thầy cô."),
            ("Hồng Nhung", "24/11/2026 20:31", "Năm nay có quay video tiết dạy để giáo viên tham khảo không ạ?"),
            ("Phạm Minh", "25/11/2026 07:05", "Hội thi rất bổ ích cho giáo viên trẻ."),
            ("Trần Bảo Ngọc", "25/11/2026 13:40", "Đề nghị tổ chức thêm hội thi cho giáo viên tiểu học vùng sâu."),
            ("Võ Thanh Hải", "26/11/2026 08:22", "Cảm ơn Sở đã đưa tin kịp thời."),
        ],
    },
)

A7 = Story(
    id=10439,
    slug="chuyen-de-day-hoc-stem-trong-mon-khoa-hoc-tu-nhien-cap-tinh",
    title="Chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” cấp tỉnh",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-17T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 16 và 17/11, Sở GD&ĐT tổ chức chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” "
            "cho gần 200 giáo viên, tổ trưởng chuyên môn các trường THCS trên địa bàn tỉnh.",
            "div",
        ),
        P(
            "Tại chuyên đề, các giáo viên đã dự hai tiết dạy minh họa của Trường THCS Phan Ngọc Hiển "
            "và Trường THCS Tân Thành với chủ đề “Chế tạo bình lọc nước đơn giản” và “Thiết kế mô "
            "hình hệ Mặt Trời”.",
            "div",
        ),
        Img(
            up("2026/11/17") + "chuyen-de-stem-khtn.jpg",
            "Học sinh Trường THCS Phan Ngọc Hiển trình bày sản phẩm bình lọc nước",
            "Học sinh Trường THCS Phan Ngọc Hiển trình bày sản phẩm bình lọc nước",
            style="figure",
        ),
        P("Sau các tiết dạy, giáo viên thảo luận, góp ý theo ba nội dung chính:", "div"),
        P(
            "Cách xây dựng chủ đề STEM gắn với nội dung chương trình và điều kiện thực tế của nhà trường;",
            "li",
        ),
        P("Tổ chức cho học sinh làm việc nhóm, thiết kế, chế tạo và thử nghiệm sản phẩm;", "li"),
        P("Đánh giá học sinh qua sản phẩm và quá trình học tập, không chỉ qua bài kiểm tra.", "li"),
        P(
            "Theo Phòng Giáo dục Trung học, từ học kỳ II năm học 2026 - 2027, mỗi trường THCS phải "
            "thực hiện tối thiểu 4 chủ đề STEM ở mỗi khối lớp, đồng thời đưa kết quả thực hiện vào "
            "tiêu chí thi đua cuối năm.",
            "div",
        ),
        Raw('<div style="text-align: right;"><strong>ThS. Lê Hoàng Phúc</strong></div>'),
    ],
    authors=["Lê Hoàng Phúc"],
    opts={"posted": "2026-11-17 14:00", "tags": ["STEM", "Khoa học tự nhiên"]},
)

A8 = Story(
    id=10424,
    slug="tap-huan-chuyen-doi-so-trong-quan-ly-dieu-hanh-cho-can-bo-quan-ly-truong-hoc",
    title="Tập huấn chuyển đổi số trong quản lý, điều hành cho cán bộ quản lý trường học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-10T13:30:00+07:00",
    summary=(
        "Từ ngày 09 đến 11/11, Sở GD&ĐT tổ chức 3 lớp tập huấn chuyển đổi số trong quản lý, điều "
        "hành cho hơn 450 hiệu trưởng, phó hiệu trưởng các trường mầm non, phổ thông."
    ),
    blocks=[
        P(
            "Từ ngày 09 đến 11/11, Sở GD&ĐT tổ chức 3 lớp tập huấn chuyển đổi số trong quản lý, điều "
            "hành cho hơn 450 hiệu trưởng, phó hiệu trưởng các trường mầm non, phổ thông.",
            "bold",
        ),
        P(
            "Nội dung tập huấn tập trung vào việc khai thác cơ sở dữ liệu ngành, sử dụng hồ sơ điện "
            "tử, học bạ số, chữ ký số và phần mềm quản lý văn bản điều hành liên thông từ Sở đến các "
            "trường."
        ),
        P("Học viên được hướng dẫn thực hành trực tiếp trên máy tính theo các bước:", "br"),
        P("Bước 1: Đăng nhập hệ thống bằng tài khoản định danh của đơn vị;", "br"),
        P("Bước 2: Cập nhật hồ sơ học sinh, giáo viên và ký số học bạ;", "br"),
        P("Bước 3: Lập báo cáo thống kê định kỳ gửi lên Sở.", "br"),
        P(
            "Ông Trần Quốc Toản, Trưởng phòng Kế hoạch - Tài chính Sở GD&ĐT, cho biết đến hết năm "
            "2026, 100% trường phổ thông trên địa bàn tỉnh sẽ triển khai học bạ số đối với lớp 1, "
            "lớp 6 và lớp 10."
        ),
        Img(
            up("2026/11/10") + "tap-huan-chuyen-doi-so.jpg",
            "Cán bộ quản lý thực hành ký số học bạ điện tử",
            "Cán bộ quản lý thực hành ký số học bạ điện tử",
            style="pem",
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi học viên thực hiện một bài thu hoạch và được cấp giấy chứng "
            "nhận hoàn thành bồi dưỡng."
        ),
        Raw('<p style="text-align: right;"><strong>Minh Thư</strong></p>'),
    ],
    authors=["Minh Thư"],
    opts={"posted": "2026-11-10 13:30", "also": "tin-tuc-su-kien", "tags": ["chuyển đổi số", "học bạ số"]},
)

A9 = Story(
    id=10412,
    slug="sinh-hoat-chuyen-mon-theo-cum-truong-cach-lam-hieu-qua-o-huyen-dam-doi",
    title="Sinh hoạt chuyên môn theo cụm trường: cách làm hiệu quả ở huyện Đầm Dơi",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-29T07:45:00+07:00",
    blocks=[
        P(
            "Từ đầu năm học 2026 - 2027, Phòng GD&ĐT huyện Đầm Dơi chia 52 trường tiểu học và THCS "
            "thành 8 cụm chuyên môn, mỗi tháng sinh hoạt một lần luân phiên tại các trường trong cụm."
        ),
        P(
            "Ở mỗi buổi sinh hoạt, giáo viên cùng nghiên cứu bài học, dự giờ, phân tích hoạt động học "
            "của học sinh thay vì chỉ nhận xét tiết dạy của giáo viên như trước đây."
        ),
        Img(
            up("2026/10/28") + "sinh-hoat-cum-dam-doi.jpg",
            "Giáo viên cụm trường Tân Duyệt - Tân Dân dự giờ, rút kinh nghiệm",
            "Giáo viên cụm trường Tân Duyệt - Tân Dân dự giờ, rút kinh nghiệm",
            style="pem",
        ),
        P(
            "Cô Nguyễn Thị Bé Tư, Hiệu trưởng Trường Tiểu học Tân Duyệt 1, cho biết nhờ sinh hoạt "
            "cụm, giáo viên ở những điểm trường xa có cơ hội học hỏi đồng nghiệp, nhất là trong dạy "
            "học môn Tiếng Anh và Tin học lớp 3."
        ),
        P(
            "Phòng GD&ĐT huyện Đầm Dơi đề xuất Sở nhân rộng mô hình này ra các huyện có nhiều điểm "
            "trường lẻ như Ngọc Hiển, Phú Tân, U Minh trong học kỳ II."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Diệu Linh - Ảnh: Văn Đức</strong></p>'),
    ],
    authors=["Diệu Linh"],
    photographers=["Văn Đức"],
    opts={"posted": "2026-10-29 07:45"},
)

A10 = Story(
    id=10399,
    slug="boi-duong-nang-luc-cho-120-giao-vien-tieng-anh-cap-tieu-hoc",
    title="Bồi dưỡng năng lực cho 120 giáo viên tiếng Anh cấp tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14T08:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch của Sở GD&ĐT, từ ngày 12 đến 16/10, 120 giáo viên tiếng Anh cấp tiểu học "
            "trong tỉnh tham gia lớp bồi dưỡng phương pháp dạy học do giảng viên Trường Đại học Cần "
            "Thơ trực tiếp hướng dẫn."
        ),
        P(
            "Lớp học tập trung vào kỹ năng tổ chức trò chơi ngôn ngữ, dạy phát âm, sử dụng bài hát "
            "và truyện tranh để phát triển kỹ năng nghe, nói cho học sinh lớp 3 đến lớp 5."
        ),
        P(
            "Đây là hoạt động nằm trong Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân "
            "giai đoạn 2025 - 2030 của tỉnh. Kết thúc khóa học, giáo viên sẽ dự kiểm tra đánh giá "
            "năng lực theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam."
        ),
        Raw('<p style="text-align: right;"><em>Theo Đài PT-TH Cà Mau</em></p>'),
    ],
    source="Đài PT-TH Cà Mau",
    opts={"posted": "2026-10-14 08:00"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>\r\n'
    '<tr><td style="text-align: center; width: 40%;"><strong>UBND TỈNH CÀ MAU<br />\r\n'
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\r\n--------</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\r\n'
    "<u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>\r\n"
    '<tr><td style="text-align: center;">Số: 2187/TB-SGDĐT</td>'
    '<td style="text-align: center;"><em>Cà Mau, ngày 30 tháng 11 năm 2026</em></td></tr>\r\n'
    "</tbody></table>\r\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\r\n'
    "<strong>Về việc tiếp nhận hồ sơ cấp bản sao văn bằng, chứng chỉ qua dịch vụ công trực "
    "tuyến</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>\r\n'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\r\n'
    "- Các phòng GD&amp;ĐT huyện, thành phố;<br />\r\n- Các trường THPT, TTGDNN-GDTX;<br />\r\n"
    "- Website Sở;<br />\r\n- Lưu: VT, QLCL.</td>\r\n"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />\r\n'
    "PHÓ GIÁM ĐỐC</strong><br />\r\n<br />\r\n<em>(Đã ký)</em><br />\r\n<br />\r\n"
    "<strong>Trần Văn Hiếu</strong></td>\r\n</tr></tbody></table>\r\n"
    '<div class="file-dk"><i class="fa fa-paperclip"></i> File đính kèm: '
    '<a href="/Uploads/files/2026/12/2187-TB-SGDDT.pdf">2187-TB-SGDDT.pdf</a></div>'
)

A11 = Story(
    id=10471,
    slug="thong-bao-ve-viec-tiep-nhan-ho-so-cap-ban-sao-van-bang-chung-chi-qua-dich-vu-cong-truc-tuyen",
    title="Thông báo về việc tiếp nhận hồ sơ cấp bản sao văn bằng, chứng chỉ qua dịch vụ công trực tuyến",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Thực hiện Kế hoạch số 156/KH-UBND ngày 15/9/2026 của UBND tỉnh về đẩy mạnh cung cấp dịch "
            "vụ công trực tuyến toàn trình, Sở Giáo dục và Đào tạo thông báo như sau:"
        ),
        P(
            "1. Kể từ ngày 01/12/2026, Sở GD&ĐT tiếp nhận hồ sơ đề nghị cấp bản sao văn bằng, chứng "
            "chỉ từ sổ gốc qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục "
            "hành chính tỉnh Cà Mau."
        ),
        P(
            "2. Tổ chức, cá nhân có nhu cầu đăng nhập bằng tài khoản định danh điện tử VNeID mức độ 2, "
            "kê khai thông tin theo mẫu và nộp lệ phí trực tuyến; kết quả được trả qua dịch vụ bưu "
            "chính công ích hoặc nhận trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh."
        ),
        P("3. Thời gian giải quyết không quá 02 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ."),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc, tổ chức, cá nhân liên hệ Phòng Quản lý chất "
            "lượng - Khảo thí, số điện thoại (0290) 3 831 245 để được hướng dẫn./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Hiếu"],
    opts={"posted": "2026-12-01 07:50"},
)

A12 = Story(
    id=10466,
    slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9-va-lop-12-nam-hoc-2026-2027",
    title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-26T16:00:00+07:00",
    blocks=[
        P(
            "Sở GD&ĐT thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 năm học "
            "2026 - 2027 như sau:"
        ),
        P("Ngày | Buổi | Môn thi | Thời gian làm bài", "row"),
        P("16/12/2026 | Sáng | Ngữ văn, Lịch sử, Địa lí | 150 phút", "row"),
        P("16/12/2026 | Chiều | Toán, Tin học | 150 phút", "row"),
        P("17/12/2026 | Sáng | Vật lí, Hóa học, Sinh học | 150 phút", "row"),
        P("17/12/2026 | Chiều | Tiếng Anh | 120 phút", "row"),
        P(
            "Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút (buổi sáng) và 13 giờ 15 phút (buổi "
            "chiều) để làm thủ tục dự thi; mang theo thẻ học sinh hoặc thẻ căn cước."
        ),
        P(
            "Điểm thi đặt tại Trường THPT Chuyên Phan Ngọc Hiển (lớp 12) và Trường THCS Nguyễn Du "
            "(lớp 9), thành phố Cà Mau."
        ),
        Raw(
            '<p><img alt="" src="/Content/images/icon-pdf.gif" /> Tải về: '
            '<a href="/Uploads/files/2026/11/Lich-thi-HSG-cap-tinh-2026-2027.pdf">'
            "Lich-thi-HSG-cap-tinh-2026-2027.pdf</a></p>\r\n"
            '<p style="text-align: right;"><strong>Phòng QLCL - Khảo thí</strong></p>'
        ),
    ],
    authors=["Phòng QLCL - Khảo thí"],
    opts={"posted": "2026-11-26 16:00", "tags": ["học sinh giỏi"]},
)

A13 = Story(
    id=10475,
    slug="nghi-tet-duong-lich-nam-2027-doi-voi-can-bo-giao-vien-va-hoc-sinh",
    title="Nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên và học sinh",
    cat="thong-bao",
    published_at="2026-12-02T10:00:00+07:00",
    blocks=[
        P(
            "Căn cứ Bộ luật Lao động năm 2019 và hướng dẫn của UBND tỉnh, Sở GD&ĐT thông báo lịch "
            "nghỉ Tết Dương lịch năm 2027 như sau:"
        ),
        P(
            "Cán bộ, công chức, viên chức, người lao động và học sinh toàn ngành được nghỉ 01 ngày vào "
            "thứ Sáu, ngày 01/01/2027. Do liền kề ngày nghỉ cuối tuần, thời gian nghỉ liên tục từ ngày "
            "01/01 đến hết ngày 03/01/2027."
        ),
        P(
            "Các đơn vị bố trí lịch trực bảo đảm an ninh, an toàn trường học, phòng chống cháy nổ "
            "trong những ngày nghỉ; tuyệt đối không để học sinh tổ chức liên hoan, đốt pháo, tham gia "
            "các trò chơi nguy hiểm."
        ),
        P(
            "👉 Lịch học bù (nếu có) do thủ trưởng đơn vị chủ động sắp xếp, bảo đảm kế hoạch thời "
            "gian năm học."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
    ],
    authors=["Văn phòng Sở"],
    opts={"posted": "2026-12-02 10:00"},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}
#: reachable only from page 2 of their listing
PAGE2_ONLY = {A4.id, A5.id, A10.id}

CAROUSEL = [A13.id, A6.id, A1.id, A3.id]  # A1 and A6 linked with their old slugs
MOST_READ = [A2.id, A6.id, A3.id, A7.id, A12.id]
RELATED = {
    A1.id: [A2.id, A6.id],
    A2.id: [A1.id, A7.id],
    A3.id: [A1.id],
    A4.id: [A2.id],
    A5.id: [A3.id],
    A6.id: [A7.id, A8.id],
    A7.id: [A6.id, A9.id],
    A8.id: [A12.id],
    A9.id: [A7.id, A6.id],
    A10.id: [A9.id],
    A11.id: [A13.id],
    A12.id: [A6.id, A11.id],
    A13.id: [A11.id],
}


def posted_dt(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def article_path(story: Story, cat: str | None = None, slug: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{slug or story.slug}-{story.id}"


def listing(cat: str) -> list[Story]:
    """The category's list, newest first, cross-listed articles included."""
    items = [s for s in STORIES if s.cat == cat or s.opts.get("also") == cat]
    return sorted(items, key=posted_dt, reverse=True)


def list_link(story: Story, cat: str) -> str:
    """The link a listing of ``cat`` prints (the listing's own slug, as the vendor's helper does)."""
    return article_path(story, cat=cat)


def ddmmyyyy(d: _dt.datetime) -> str:
    return d.strftime("%d/%m/%Y")


def date_line(story: Story) -> str:
    d = posted_dt(story)
    return f"{WEEKDAYS[d.weekday()]}, {ddmmyyyy(d)} | {d.strftime('%H:%M')}"


def us_culture(d: _dt.datetime) -> str:
    """DateTime.ToString() under en-US: 11/3/2026 2:15:00 PM."""
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d.minute:02d}:00 {'AM' if d.hour < 12 else 'PM'}"


def description(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    return f"/Uploads/thumbs/{story.id}_270x180.jpg"


# --- chrome ------------------------------------------------------------------------------------

def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{title}</title>
    <link rel="shortcut icon" href="/favicon.ico" />
    <link href="/Content/css?v=h3xM8Kq1vY0dPq2C7yFf1Ck5o9oR8Jt6wqZb2N4eLrU1" rel="stylesheet"/>
    <link href="/Content/themes/sgd/style.css" rel="stylesheet" />
    <script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
{extra}
</head>"""


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-tuc/{slug}">{R(name)}</a></li>' for slug, (_cid, name) in CATS.items()
    )
    return f"""
<nav class="navbar navbar-default mnu-chinh" role="navigation">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnuTop">
        <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
    </div>
    <div class="collapse navbar-collapse" id="mnuTop">
      <ul class="nav navbar-nav">
        <li><a href="/"><i class="glyphicon glyphicon-home"></i></a></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">{R("Giới thiệu")} <span class="caret"></span></a>
          <ul class="dropdown-menu">
            <li><a href="/gioi-thieu/chuc-nang-nhiem-vu">{R("Chức năng, nhiệm vụ")}</a></li>
            <li><a href="/gioi-thieu/lanh-dao-so">{R("Lãnh đạo Sở")}</a></li>
          </ul></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">{R("Tin tức")} <span class="caret"></span></a>
          <ul class="dropdown-menu">{cats}</ul></li>
        <li><a href="/van-ban">{R("Văn bản")}</a></li>
        <li><a href="/hoi-dap">{R("Hỏi đáp")}</a></li>
        <li><a href="https://dichvucong.camau.gov.vn" target="_blank">{R("Dịch vụ công")}</a></li>
        <li><a href="/lien-he">{R("Liên hệ")}</a></li>
      </ul>
      <form class="navbar-form navbar-right frm-tk" action="/tim-kiem" method="get">
        <input type="text" name="tukhoa" class="form-control input-sm" placeholder="{R("Tìm kiếm...")}" />
        <button type="submit" class="btn btn-sm btn-primary"><i class="glyphicon glyphicon-search"></i></button>
      </form>
    </div>
  </div>
</nav>"""


def _header() -> str:
    return f"""
<div class="top-bar"><div class="container">
  <span class="top-ngay" id="lblNgayHienTai">{HEADER_TODAY}</span>
  <span class="top-lk pull-right"><a href="https://www.facebook.com/sgddtcamau" target="_blank">Facebook</a> |
  <a href="https://mail.camau.gov.vn" target="_blank">{R("Thư điện tử công vụ")}</a></span>
</div></div>
<div class="hd-banner"><div class="container">
  <a href="/" class="logo-sgd"><img src="/Content/themes/sgd/images/logo-sgd.png" alt="Logo" /></a>
  <div class="ten-dv">
    <h1 class="ten-don-vi">{R("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU")}</h1>
    <p class="slogan">{R("Cổng thông tin điện tử")}</p>
  </div>
</div></div>"""


DOCS = [
    (
        1532,
        "cong-van-2145-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia-hoc-ky-i",
        "2145/SGDĐT-GDTrH",
        "25/11/2026",
        "Hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I năm học 2026 - 2027 cấp THCS, THPT",
        "Tô Ngọc Diễm",
        "Công văn",
    ),
    (
        1529,
        "ke-hoach-312-kh-sgddt-to-chuc-hoi-thi-giao-vien-day-gioi-thcs",
        "312/KH-SGDĐT",
        "06/11/2026",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        "Tô Ngọc Diễm",
        "Kế hoạch",
    ),
    (
        1517,
        "quyet-dinh-1488-qd-sgddt-cong-nhan-ket-qua-hoi-khoe-phu-dong",
        "1488/QĐ-SGDĐT",
        "12/11/2026",
        "Quyết định công nhận kết quả Hội khỏe Phù Đổng tỉnh Cà Mau lần thứ X năm 2026",
        "Nguyễn Thanh Bình",
        "Quyết định",
    ),
]
DOC_BY_ID = {d[0]: d for d in DOCS}

QNA = [
    (
        87,
        "Nguyễn Thị Lan (huyện Cái Nước)",
        "16/11/2026",
        "Con tôi đang học lớp 9, xin hỏi năm học 2026 - 2027 tuyển sinh vào lớp 10 Trường THPT "
        "Chuyên Phan Ngọc Hiển thi những môn nào và có cộng điểm ưu tiên không?",
        "Phòng QLCL - Khảo thí",
        "18/11/2026",
        "Thí sinh dự tuyển vào lớp 10 chuyên thi 3 môn chung là Ngữ văn, Toán, Tiếng Anh và một môn "
        "chuyên. Điểm ưu tiên chỉ áp dụng khi xét tuyển vào lớp không chuyên theo quy định tại "
        "Thông tư của Bộ GD&ĐT. Kế hoạch chi tiết sẽ được Sở ban hành trước ngày 31/3/2027.",
    ),
    (
        85,
        "Trần Minh Khôi (TP. Cà Mau)",
        "09/11/2026",
        "Giáo viên ký hợp đồng lao động tại trường công lập có được tham gia Hội thi giáo viên dạy "
        "giỏi cấp tỉnh không?",
        "Phòng Tổ chức cán bộ",
        "12/11/2026",
        "Điều lệ hội thi quy định giáo viên dự thi phải có thời gian trực tiếp giảng dạy từ 03 năm "
        "trở lên và được xếp loại đánh giá từ mức Khá trở lên; không phân biệt hình thức tuyển dụng.",
    ),
]
QNA_BY_ID = {q[0]: q for q in QNA}


def _sidebar() -> str:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d[0]}/{d[1]}">{R(d[2])}</a></td><td>{d[3]}</td>'
        f'<td class="tyeu">{R(d[4])}</td></tr>'
        for d in DOCS
    )
    qna = "".join(
        f'<li><a href="/hoi-dap/{q[0]}">{R(q[3][:70].rsplit(" ", 1)[0])}...</a></li>' for q in QNA
    )
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{R(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""
<div class="col-md-3 khung-phai">
  <div class="portlet pl-vanban">
    <div class="pl-tieude"><span>{R("Văn bản chỉ đạo")}</span></div>
    <table class="table table-condensed table-striped tbl-vb">
      <thead><tr><th>{R("Số hiệu")}</th><th>{R("Ngày BH")}</th><th>{R("Trích yếu")}</th></tr></thead>
      <tbody>{rows}</tbody>
    </table>
    <a class="xem-tat-ca" href="/van-ban">{R("Xem tất cả")} &raquo;</a>
  </div>
  <div class="portlet pl-hoidap">
    <div class="pl-tieude"><span>{R("Hỏi đáp")}</span></div>
    <ul class="ds-hd">{qna}</ul>
    <a class="btn btn-xs btn-info" href="/hoi-dap">{R("Gửi câu hỏi")}</a>
  </div>
  <div class="portlet pl-xemnhieu">
    <div class="pl-tieude"><span>{R("Tin xem nhiều")}</span></div>
    <ul class="ds-xn">{most}</ul>
  </div>
  <div class="portlet pl-binhchon">
    <div class="pl-tieude"><span>{R("Thăm dò ý kiến")}</span></div>
    <form action="/BinhChon/BieuQuyet" method="post" data-ajax="true" data-ajax-method="POST" data-ajax-update="#kqBinhChon">
      <p>{R("Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?")}</p>
      <div class="radio"><label><input type="radio" name="PhuongAnId" value="1" /> {R("Đẹp, dễ sử dụng")}</label></div>
      <div class="radio"><label><input type="radio" name="PhuongAnId" value="2" /> {R("Bình thường")}</label></div>
      <div class="radio"><label><input type="radio" name="PhuongAnId" value="3" /> {R("Khó tìm thông tin")}</label></div>
      <input type="hidden" name="BinhChonId" value="3" />
      <button type="submit" class="btn btn-xs btn-primary">{R("Biểu quyết")}</button>
    </form>
    <div id="kqBinhChon"></div>
  </div>
  <div class="portlet pl-lienket">
    <div class="pl-tieude"><span>{R("Liên kết website")}</span></div>
    <select class="form-control input-sm" onchange="if(this.value) window.open(this.value)">
      <option value="">-- {R("Chọn liên kết")} --</option>
      <option value="https://moet.gov.vn">{R("Bộ Giáo dục và Đào tạo")}</option>
      <option value="https://camau.gov.vn">{R("Cổng TTĐT tỉnh Cà Mau")}</option>
      <option value="https://baocamau.vn">{R("Báo Cà Mau")}</option>
    </select>
    <a href="https://dichvucong.gov.vn" target="_blank"><img class="img-responsive bn-lk" src="/Uploads/banner/dichvucong.png" alt="{R("Dịch vụ công quốc gia")}" /></a>
  </div>
  <div class="portlet pl-thongke">
    <div class="pl-tieude"><span>{R("Thống kê truy cập")}</span></div>
    <ul class="tk-truycap">
      <li>{R("Đang online")}: <b>52</b></li>
      <li>{R("Hôm nay")}: <b>1.873</b></li>
      <li>{R("Tổng truy cập")}: <b>4.215.906</b></li>
    </ul>
  </div>
</div>"""


def _footer() -> str:
    return f"""
<footer class="ft-sgd"><div class="container">
  <div class="row">
    <div class="col-md-8">
      <p><b>{R("CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU")}</b></p>
      <p>{R("Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Cà Mau")}</p>
      <p>{R("Địa chỉ: Số 10, đường Phan Ngọc Hiển, Phường 5, thành phố Cà Mau, tỉnh Cà Mau")}</p>
      <p>{R("Điện thoại: (0290) 3 831 245 - Fax: (0290) 3 831 378 - Email: sgddt@camau.gov.vn")}</p>
      <p>{R("Chịu trách nhiệm chính: ông Nguyễn Thanh Bình - Giám đốc Sở")}</p>
      <p><i>{R("Ghi rõ nguồn “Cổng thông tin điện tử Sở GD&ĐT Cà Mau” khi phát hành lại thông tin từ website này.")}</i></p>
    </div>
    <div class="col-md-4 text-right ft-tk">
      <p>{R("Lượt truy cập")}: <span class="so-tk">4.215.906</span></p>
      <p class="ban-quyen">&copy; 2016 - 2026 {R("Bản quyền thuộc Sở GD&ĐT Cà Mau")}</p>
      <p class="pt-boi">{R("Phát triển bởi Trung tâm Công nghệ thông tin - Truyền thông tỉnh")}</p>
    </div>
  </div>
</div></footer>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/bundles/jqueryval?v=bD4fmwU9K1VZmU2BR8WeYj3rY1UtP1p8DrUkC7nM5mA1"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>
  $(function () {{
    $("img.lazy").lazyload({{ effect: "fadeIn" }});
    $("[data-url]").each(function () {{ var $b = $(this); $.get($b.data("url"), function (h) {{ $b.html(h); }}); }});
  }});
</script>
</body>
</html>"""


def page(request: Request, title: str, main: str, extra_head: str = "", crumbs: str = "") -> str:
    return (
        _head(request, title, extra_head)
        + '\n<body>\n<div class="wrapper-sgd">'
        + _header()
        + _menu()
        + '\n<div class="container nd-chinh">'
        + (f'\n<ol class="breadcrumb dd-link">{crumbs}</ol>' if crumbs else "")
        + f'\n<div class="row">\n<div class="col-md-9 khung-trai">{main}\n</div>'
        + _sidebar()
        + "\n</div>\n</div>\n</div>"
        + _footer()
    )


def crumbs(*items: tuple[str, str | None]) -> str:
    out = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            out.append(f'<li><a href="{href}">{R(label)}</a></li>')
        else:
            out.append(f'<li class="active">{R(label)}</li>')
    return "".join(out)


# --- listings ----------------------------------------------------------------------------------

def _items(stories: list[Story], cat: str | None) -> str:
    out = []
    for s in stories:
        link = list_link(s, cat) if cat else article_path(s)
        out.append(
            f"""
  <div class="media tin-item">
    <a class="pull-left" href="{link}"><img class="media-object" src="{thumb(s)}" alt="{R(s.title)}" /></a>
    <div class="media-body">
      <h4 class="media-heading"><a href="{link}">{R(s.title)}</a></h4>
      <span class="ngay-tin"><i class="glyphicon glyphicon-time"></i> {ddmmyyyy(posted_dt(s))}</span>
      <p class="mota-ngan">{R(description(s))}</p>
    </div>
  </div>"""
        )
    return "".join(out)


def _pager(cat: str, cur: int, last: int, ajax_fragment: bool) -> str:
    if last <= 1:
        return ""
    cid = CATS[cat][0]

    def link(n: int, label: str, cls: str = "", rel: str = "") -> str:
        ajax = f"/tin-tuc/DanhSach?catId={cid}&amp;page={n}"
        href = ajax if ajax_fragment else f"/tin-tuc/{cat}?page={n}"
        rel_attr = f' rel="{rel}"' if rel else ""
        li = f' class="{cls}"' if cls else ""
        return (
            f'<li{li}><a data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" '
            f'data-ajax-update="#dsTinTuc" data-ajax-url="{ajax}" href="{href}"{rel_attr}>{label}</a></li>'
        )

    parts = []
    if cur > 1:
        parts.append(link(1, "««", "PagedList-skipToFirst"))
        parts.append(link(cur - 1, "«", "PagedList-skipToPrevious", "prev"))
    for n in range(1, last + 1):
        parts.append(f'<li class="active"><a>{n}</a></li>' if n == cur else link(n, str(n)))
    if cur < last:
        parts.append(link(cur + 1, "»", "PagedList-skipToNext", "next"))
        parts.append(link(last, "»»", "PagedList-skipToLast"))
    return f'<div class="pagination-container"><ul class="pagination">{"".join(parts)}</ul></div>'


def _list_fragment(cat: str, cur: int, ajax_fragment: bool) -> str:
    items = listing(cat)
    last = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(cur - 1) * PAGE_SIZE : cur * PAGE_SIZE]
    body = _items(chunk, cat) if chunk else '<p class="khong-co">Không có tin nào.</p>'
    return f'<div id="dsTinTuc">{body}\n{_pager(cat, cur, last, ajax_fragment)}\n</div>'


def _page_param(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def category_page(request: Request, cat: str) -> Response:
    cur = _page_param(request)
    name = CATS[cat][1]
    main = f"""
<div class="box-ds-tin">
  <div class="ds-tieude"><h3>{R(name)}</h3></div>
  {_list_fragment(cat, cur, ajax_fragment=False)}
</div>"""
    title = R(name) + (f" - Trang {cur}" if cur > 1 else "") + " - " + R(SITE_NAME)
    return html(page(request, title, main, crumbs=crumbs(("Tin tức", None), (name, f"/tin-tuc/{cat}"))))


def _is_ajax(request: Request) -> bool:
    return any(k.lower() == "x-requested-with" and v == "XMLHttpRequest" for k, v in request.headers.items())


def danh_sach(request: Request) -> Response | None:
    try:
        cid = int(request.params.get("catId", ""))
    except ValueError:
        return None
    cur = _page_param(request)
    if cid == 0:
        if not _is_ajax(request):
            return redirect("/")
        newest = sorted(STORIES, key=posted_dt, reverse=True)[:4]
        return html(f'<ul class="ds-tinmoi">{_items(newest, None)}</ul>')
    cat = CAT_BY_ID.get(cid)
    if cat is None:
        return None
    if not _is_ajax(request):
        return redirect(f"/tin-tuc/{cat}?page={cur}")
    return html(_list_fragment(cat, cur, ajax_fragment=True))


# --- home --------------------------------------------------------------------------------------

def home(request: Request) -> Response:
    slides = []
    for n, sid in enumerate(CAROUSEL):
        s = BY_ID[sid]
        link = article_path(s, slug=s.opts.get("old_slug"))
        img = next((i.src for i in s.images), "/Content/themes/sgd/images/no-image.jpg")
        slides.append(
            f"""
      <div class="item{' active' if n == 0 else ''}">
        <a href="{link}"><img src="{img}" alt="{R(s.title)}" /></a>
        <div class="carousel-caption cap-nb"><h3><a href="{link}">{R(s.title)}</a></h3>
        <span>{ddmmyyyy(posted_dt(s))}</span></div>
      </div>"""
        )
    indicators = "".join(
        f'<li data-target="#carTinNoiBat" data-slide-to="{n}"' + (' class="active"' if n == 0 else "") + "></li>"
        for n in range(len(CAROUSEL))
    )
    boxes = []
    for cat, (_cid, name) in CATS.items():
        top = listing(cat)[:3]
        lead, rest = top[0], top[1:]
        lis = "".join(
            f'<li><a href="{list_link(s, cat)}">{R(s.title)}</a> <span class="ngay">({ddmmyyyy(posted_dt(s))})</span></li>'
            for s in rest
        )
        boxes.append(
            f"""
  <div class="box-cm">
    <div class="box-cm-td"><a href="/tin-tuc/{cat}">{R(name)}</a></div>
    <div class="row">
      <div class="col-sm-6 tin-dau">
        <a href="{list_link(lead, cat)}"><img class="img-responsive" src="{thumb(lead)}" alt="" /></a>
        <h4><a href="{list_link(lead, cat)}">{R(lead.title)}</a></h4>
        <p>{R(description(lead))}</p>
      </div>
      <div class="col-sm-6"><ul class="ds-tin-cm">{lis}</ul></div>
    </div>
  </div>"""
        )
    main = f"""
<div class="box-noibat">
  <div class="nb-tieude">{R("Tin nổi bật")}</div>
  <div id="carTinNoiBat" class="carousel slide" data-ride="carousel" data-interval="5000">
    <ol class="carousel-indicators">{indicators}</ol>
    <div class="carousel-inner" role="listbox">{"".join(slides)}
    </div>
    <a class="left carousel-control" href="#carTinNoiBat" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
    <a class="right carousel-control" href="#carTinNoiBat" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
  </div>
</div>
<div class="box-tinmoi">
  <div class="box-cm-td">{R("Tin mới")}</div>
  <div id="divTinMoi" data-url="/tin-tuc/DanhSach?catId=0&amp;page=1"><img src="/Content/images/loading.gif" alt="" /></div>
</div>
{"".join(boxes)}"""
    extra = (
        f'    <meta name="description" content="{R("Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cà Mau")}" />'
    )
    return html(page(request, R("Trang chủ") + " - " + R(SITE_NAME), main, extra), headers=_asp_headers())


# --- article -----------------------------------------------------------------------------------

def _img_html(img: Img) -> str:
    printed = text(img.printed) if img.printed else ""
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="400" src="{img.src}" width="600" />'
            f"<figcaption>{printed}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-hinh" '
            'style="width:600px;"><tbody>\r\n'
            f'<tr><td><img alt="" src="{img.src}" style="width: 600px; height: 400px;" /></td></tr>\r\n'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{printed}</em>'
            "</span></td></tr>\r\n</tbody></table>"
        )
    if img.style == "lazy":
        tag = (
            '<img class="lazy" src="/Content/images/grey.gif" '
            f'data-original="{img.src}" alt="" width="600" height="400" />'
        )
    else:
        tag = f'<img alt="" src="{img.src}" style="width: 600px; height: 400px;" />'
    out = f'<p style="text-align: center;">{tag}</p>'
    if printed:
        out += f'\r\n<p style="text-align: center;"><em>{printed}</em></p>'
    return out


def render_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@@RELATED_INLINE@@":
                lis = "".join(
                    f'<li><a href="{article_path(BY_ID[r])}">{text(BY_ID[r].title)}</a></li>'
                    for r in story.opts["related_inline"]
                )
                out.append(
                    '<div class="box-tlq-chen" style="border:1px solid #ddd;padding:5px;">'
                    f'<p class="tlq-td"><strong>Tin liên quan:</strong></p><ul>{lis}</ul></div>'
                )
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
            i += 1
            continue
        style = b.style
        group = []
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style and style in {
            "li",
            "row",
            "br",
        }:
            group.append(blocks[i])
            i += 1
        if group:
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text, nfd=nfd)}</li>" for p in group) + "</ul>")
            elif style == "row":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{text(c, nfd=nfd)}</td>" for c in p.text.split(" | ")) + "</tr>\r\n"
                    for p in group
                )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;">'
                    f"<tbody>\r\n{rows}</tbody></table>"
                )
            else:
                out.append(
                    '<p style="text-align: justify;">'
                    + "<br />\r\n".join(text(p.text, nfd=nfd) for p in group)
                    + "</p>"
                )
            continue
        t = text(b.text, nfd=nfd)
        if style == "div":
            out.append(f'<div style="text-align: justify;">{t}</div>')
        elif style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    return "\r\n".join(out)


COMMENTS_PER_PAGE = 5


def _comments(story: Story, cur: int) -> str:
    items = story.opts.get("comments", [])
    canon = article_path(story)
    token = opaque(f"csrf-{story.id}", 72)
    if items:
        last = -(-len(items) // COMMENTS_PER_PAGE)
        cur = min(cur, last)
        shown = items[(cur - 1) * COMMENTS_PER_PAGE : cur * COMMENTS_PER_PAGE]
        lst = "".join(
            f'<div class="yk-item"><p class="yk-nguoi"><b>{R(name)}</b> <span class="yk-tg">({when})</span></p>'
            f'<p class="yk-nd">{R(body)}</p></div>'
            for name, when, body in shown
        )
        pager = ""
        if last > 1:
            lis = "".join(
                f'<li class="active"><a>{n}</a></li>' if n == cur else f'<li><a href="{canon}?page={n}#ykien">{n}</a></li>'
                for n in range(1, last + 1)
            )
            pager = f'<ul class="pagination pagination-sm">{lis}</ul>'
        lst += pager
    else:
        lst = f'<p class="yk-chua">{R("Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến!")}</p>'
    return f"""
<div id="ykien" class="y-kien-bd">
  <div class="yk-tieude">{R("Ý kiến bạn đọc")} ({len(items)})</div>
  {lst}
  <form action="/tin-tuc/GuiYKien" data-ajax="true" data-ajax-method="POST" data-ajax-success="ykThanhCong" id="frmYKien" method="post">
    <input name="__RequestVerificationToken" type="hidden" value="{token}" />
    <input id="TinTucId" name="TinTucId" type="hidden" value="{story.id}" />
    <div class="form-group"><input class="form-control" data-val="true" data-val-required="{R("Vui lòng nhập họ tên")}" name="HoTen" placeholder="{R("Họ và tên")} (*)" /></div>
    <div class="form-group"><input class="form-control" name="Email" placeholder="Email" /></div>
    <div class="form-group"><textarea class="form-control" data-val="true" data-val-required="{R("Vui lòng nhập nội dung")}" name="NoiDung" rows="4" placeholder="{R("Nội dung ý kiến")} (*)"></textarea></div>
    <button type="submit" class="btn btn-primary btn-sm">{R("Gửi ý kiến")}</button>
  </form>
</div>"""


def _story_list(ids: list[int], label: str, cls: str) -> str:
    if not ids:
        return ""
    lis = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{R(BY_ID[i].title)}</a> '
        f'<span class="ngay">({ddmmyyyy(posted_dt(BY_ID[i]))})</span></li>'
        for i in ids
    )
    return f'<div class="{cls}"><div class="ds-tieude-nho">{R(label)}</div><ul>{lis}</ul></div>'


def article_page(request: Request, story: Story) -> Response:
    d = posted_dt(story)
    canon = base_url(request) + article_path(story)
    cat_name = CATS[story.cat][1]
    first_img = next((i.src for i in story.images), "/Content/themes/sgd/images/logo-sgd.png")
    extra = f"""    <meta name="description" content="{R(description(story))}" />
    <link rel="canonical" href="{canon}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{R(story.title)}" />
    <meta property="og:description" content="{R(description(story))}" />
    <meta property="og:url" content="{canon}" />
    <meta property="og:image" content="{base_url(request)}{first_img}" />"""
    sapo = f'\n  <div class="tomtat-ct"><strong>{R(story.summary)}</strong></div>' if story.sapo_outside else ""
    updated = story.opts.get("updated")
    upd = f'\n  <div class="capnhat"><i>{R("Cập nhật lần cuối")}: {updated}</i></div>' if updated else ""
    tags = story.opts.get("tags", [])
    tag_html = (
        f'\n  <div class="tu-khoa"><b>{R("Từ khóa")}:</b> '
        + " ".join(f'<span class="label label-default">{R(t)}</span>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    others = [s.id for s in listing(story.cat) if s.id != story.id][:3]
    views = f"{story.views():,}".replace(",", ".")
    main = f"""
<div class="ct-baiviet" id="divChiTiet" itemscope itemtype="http://schema.org/NewsArticle">
  <meta itemprop="datePublished" content="{us_culture(d)}" />
  <meta itemprop="dateModified" content="{us_culture(d + _dt.timedelta(minutes=17))}" />
  <h2 class="tde-bv" itemprop="headline">{R(story.title)}</h2>
  <div class="tt-dang">
    <span class="ngay-dang"><i class="glyphicon glyphicon-calendar"></i> {date_line(story)}</span>
    <span class="luot-xem"><i class="glyphicon glyphicon-eye-open"></i> {R("Lượt xem")}: {views}</span>
    <span class="nguoi-dang">{R("Người đăng")}: bbt_sgd</span>
  </div>
  <div class="cong-cu-bv">
    <a href="javascript:void(0)" onclick="coChu(-1)">A-</a>
    <a href="javascript:void(0)" onclick="coChu(0)">A</a>
    <a href="javascript:void(0)" onclick="coChu(1)">A+</a> |
    <a href="/tin-tuc/in/{story.id}" target="_blank" rel="nofollow"><i class="glyphicon glyphicon-print"></i> {R("In bài")}</a> |
    <a href="mailto:?subject={R(story.title)}&amp;body={canon}"><i class="glyphicon glyphicon-envelope"></i> {R("Gửi email")}</a>
  </div>
  <div class="nghe-doc-bai">
    <span class="lbl">{R("Nghe đọc bài viết")}:</span>
    <select id="ddlGiongDoc"><option value="nu-nam">{R("Giọng nữ miền Nam")}</option><option value="nam-bac">{R("Giọng nam miền Bắc")}</option></select>
    <audio id="audTTS" controls preload="none" data-src="/TextToSpeech/Doc?id={story.id}"></audio>
  </div>{sapo}
  <div class="nd-bv" id="noidung" itemprop="articleBody">
{render_body(story)}
  </div>{upd}{tag_html}
  <div class="chia-se">
    <a href="https://www.facebook.com/sharer/sharer.php?u={canon}" target="_blank"><img src="/Content/images/share-fb.png" alt="Facebook" /></a>
    <a href="https://zalo.me/share?url={canon}" target="_blank"><img src="/Content/images/share-zalo.png" alt="Zalo" /></a>
  </div>
  {_comments(story, _page_param(request))}
  {_story_list(RELATED.get(story.id, []), "Tin liên quan", "tin-lien-quan")}
  {_story_list(others, "Tin khác", "tin-khac")}
</div>"""
    title = R(story.title) + " - " + R(SITE_NAME)
    cr = crumbs(("Tin tức", None), (cat_name, f"/tin-tuc/{story.cat}"))
    headers = _asp_headers()
    headers["Set-Cookie"] = f"__RequestVerificationToken={opaque('cookie', 48)}; path=/; HttpOnly"
    return html(page(request, title, main, extra, cr), headers=headers)


def print_page(request: Request, story: Story) -> Response:
    sapo = f"<p><b>{R(story.summary)}</b></p>" if story.sapo_outside else ""
    return html(
        f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{R(story.title)}</title>
<link href="/Content/print.css" rel="stylesheet" /></head>
<body onload="window.print()">
<div class="in-bv">
  <div class="in-dv">{R("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU")}</div>
  <h2>{R(story.title)}</h2>
  <div class="in-ngay">{date_line(story)}</div>
  {sapo}
  <div class="in-nd">
{render_body(story)}
  </div>
  <p class="in-url">{R("Địa chỉ bài viết")}: {base_url(request)}{article_path(story)}</p>
</div>
</body></html>""",
        headers=_asp_headers(),
    )


# --- other pages -------------------------------------------------------------------------------

INTRO = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Cà Mau, tham mưu, "
            "giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, "
            "kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc: ông Nguyễn Thanh Bình - Điện thoại: (0290) 3 831 245.",
            "Phó Giám đốc: bà Tô Ngọc Diễm - phụ trách giáo dục trung học, giáo dục thường xuyên.",
            "Phó Giám đốc: ông Trần Văn Hiếu - phụ trách tổ chức cán bộ, quản lý chất lượng.",
        ],
    ),
}


def intro_page(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f"<p>{R(p)}</p>" for p in paras)
    main = f'<div class="gioi-thieu"><h2 class="tde-trang">{R(title)}</h2>{body}</div>'
    return html(page(request, R(title) + " - " + R(SITE_NAME), main, crumbs=crumbs(("Giới thiệu", None), (title, None))))


def contact_page(request: Request) -> Response:
    token = opaque("csrf-lienhe", 72)
    main = f"""
<div class="lien-he"><h2 class="tde-trang">{R("Liên hệ")}</h2>
  <p><b>{R("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU")}</b></p>
  <p>{R("Địa chỉ: Số 10, đường Phan Ngọc Hiển, Phường 5, thành phố Cà Mau, tỉnh Cà Mau")}</p>
  <p>{R("Điện thoại: (0290) 3 831 245 - Email: sgddt@camau.gov.vn")}</p>
  <form action="/lien-he/Gui" method="post">
    <input name="__RequestVerificationToken" type="hidden" value="{token}" />
    <input class="form-control" name="HoTen" placeholder="{R("Họ và tên")}" />
    <input class="form-control" name="Email" placeholder="Email" />
    <textarea class="form-control" name="NoiDung" rows="5"></textarea>
    <button type="submit" class="btn btn-primary">{R("Gửi liên hệ")}</button>
  </form>
</div>"""
    return html(page(request, R("Liên hệ") + " - " + R(SITE_NAME), main, crumbs=crumbs(("Liên hệ", None))))


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/{d[0]}/{d[1]}">{R(d[2])}</a></td><td>{d[3]}</td>'
        f"<td>{R(d[6])}</td><td>{R(d[4])}</td></tr>"
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""
<div class="ds-vanban"><h3>{R("Văn bản chỉ đạo, điều hành")}</h3>
<table class="table table-bordered table-hover"><thead><tr><th>STT</th><th>{R("Số ký hiệu")}</th>
<th>{R("Ngày ban hành")}</th><th>{R("Loại văn bản")}</th><th>{R("Trích yếu")}</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return html(page(request, R("Văn bản") + " - " + R(SITE_NAME), main, crumbs=crumbs(("Văn bản", None))))


def doc_page(request: Request, doc: tuple) -> Response:
    _did, _slug, so, ngay, tyeu, ky, loai = doc
    pdf = f"/Uploads/vanban/2026/{so.replace('/', '-')}.pdf"
    main = f"""
<div class="ct-vanban"><h3 class="tde-vb">{R(loai)} {R(so)}</h3>
<table class="table table-bordered tbl-ttvb"><tbody>
<tr><th style="width:25%">{R("Số ký hiệu")}</th><td>{R(so)}</td></tr>
<tr><th>{R("Ngày ban hành")}</th><td>{ngay}</td></tr>
<tr><th>{R("Loại văn bản")}</th><td>{R(loai)}</td></tr>
<tr><th>{R("Cơ quan ban hành")}</th><td>{R("Sở Giáo dục và Đào tạo")}</td></tr>
<tr><th>{R("Người ký")}</th><td>{R(ky)}</td></tr>
<tr><th>{R("Trích yếu")}</th><td>{R(tyeu)}</td></tr>
<tr><th>{R("Tệp đính kèm")}</th><td><a href="{pdf}"><i class="glyphicon glyphicon-download-alt"></i> {R("Tải về")}</a></td></tr>
</tbody></table></div>"""
    title = R(loai) + " " + R(so) + " - " + R(SITE_NAME)
    return html(page(request, title, main, crumbs=crumbs(("Văn bản", "/van-ban"), (so, None))))


def qna_list(request: Request) -> Response:
    token = opaque("csrf-hoidap", 72)
    items = "".join(
        f'<div class="hd-item"><a href="/hoi-dap/{q[0]}">{R(q[3])}</a>'
        f'<p class="hd-nguoi">{R(q[1])} - {q[2]}</p></div>'
        for q in QNA
    )
    main = f"""
<div class="ds-hoidap"><h3>{R("Hỏi đáp")}</h3>{items}
<form action="/hoi-dap/GuiCauHoi" method="post" class="frm-cauhoi">
  <input name="__RequestVerificationToken" type="hidden" value="{token}" />
  <input class="form-control" name="HoTen" placeholder="{R("Họ và tên")}" />
  <input class="form-control" name="DiaChi" placeholder="{R("Địa chỉ")}" />
  <textarea class="form-control" name="CauHoi" rows="4" placeholder="{R("Nội dung câu hỏi")}"></textarea>
  <button type="submit" class="btn btn-primary btn-sm">{R("Gửi câu hỏi")}</button>
</form></div>"""
    return html(page(request, R("Hỏi đáp") + " - " + R(SITE_NAME), main, crumbs=crumbs(("Hỏi đáp", None))))


def qna_page(request: Request, q: tuple) -> Response:
    qid, nguoi, ngay_hoi, hoi, don_vi, ngay_tl, tl = q
    main = f"""
<div class="ct-hoidap">
  <h3 class="tde-hd">{R("Câu hỏi")} #{qid}</h3>
  <div class="hd-hoi"><p class="hd-nguoi"><b>{R("Người hỏi")}:</b> {R(nguoi)} - <b>{R("Ngày hỏi")}:</b> {ngay_hoi}</p>
  <p>{R(hoi)}</p></div>
  <div class="hd-traloi"><p><b>{R("Trả lời")}:</b></p><p>{R(tl)}</p>
  <p class="hd-dv"><i>{R(don_vi)} - {ngay_tl}</i></p></div>
  <a href="/hoi-dap">&laquo; {R("Quay lại danh sách")}</a>
</div>"""
    return html(
        page(request, R("Hỏi đáp") + " #" + str(qid) + " - " + R(SITE_NAME), main, crumbs=crumbs(("Hỏi đáp", "/hoi-dap"), (f"Câu hỏi #{qid}", None)))
    )


def search_page(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        res = f'<p>{R("Vui lòng nhập từ khóa cần tìm.")}</p>'
    else:
        found = [s for s in STORIES if kw.lower() in s.title.lower()]
        res = _items(found, None) if found else f'<p>{R("Không tìm thấy kết quả phù hợp.")}</p>'
    main = f'<div class="kq-timkiem"><h3>{R("Kết quả tìm kiếm")}: {R(kw)}</h3>{res}</div>'
    return html(page(request, R("Tìm kiếm") + " - " + R(SITE_NAME), main, crumbs=crumbs(("Tìm kiếm", None))))


_YSOD = (
    "<html><head><title>The required anti-forgery form field &quot;__RequestVerificationToken&quot; "
    "is not present.</title></head><body><h1>Server Error in '/' Application.</h1>"
    "<h2><i>The required anti-forgery form field &quot;__RequestVerificationToken&quot; is not "
    "present.</i></h2><b>Exception Details:</b> System.Web.Mvc.HttpAntiForgeryException<br/>"
    "<b>Version Information:</b> Microsoft .NET Framework Version:4.0.30319; ASP.NET "
    "Version:4.7.3930.0</body></html>"
)


def post_form(request: Request, kind: str) -> Response:
    if "__RequestVerificationToken" not in request.form:
        return html(_YSOD, status=500, headers=_asp_headers())
    if kind == "yk":
        msg = "Cảm ơn bạn đã gửi ý kiến. Ý kiến sẽ được hiển thị sau khi Ban biên tập kiểm duyệt."
    elif kind == "bc":
        msg = "Cảm ơn bạn đã tham gia biểu quyết."
    else:
        msg = "Câu hỏi của bạn đã được gửi tới Ban biên tập."
    body = '{"ThanhCong":true,"ThongBao":"' + msg + '"}'
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/json; charset=utf-8"})


def _asp_headers() -> dict[str, str]:
    return {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNetMvc-Version": "5.2",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Cache-Control": "private",
    }


# --- routing -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$", re.IGNORECASE)
_PRINT = re.compile(r"^/tin-tuc/in/(\d+)$", re.IGNORECASE)
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)$", re.IGNORECASE)
_DOC = re.compile(r"^/van-ban/(\d+)/([a-z0-9-]+)$")
_QNA = re.compile(r"^/hoi-dap/(\d+)$")
_INTRO = re.compile(r"^/gioi-thieu/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if request.method == "POST":
            if low == "/tin-tuc/guiykien":
                return post_form(request, "yk")
            if low == "/hoi-dap/guicauhoi":
                return post_form(request, "hd")
            if low == "/binhchon/bieuquyet":
                return post_form(request, "bc")
            if low == "/lien-he/gui":
                return post_form(request, "lh")
            return None
        if low.startswith(("/uploads/", "/content/", "/scripts/")) or low == "/favicon.ico":
            if low.endswith(".pdf"):
                return Response(200, _PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if low.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
        if path == "/":
            return home(request)
        if low == "/tin-tuc/danhsach":
            return danh_sach(request)
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else None
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story is None or m.group(1).lower() not in CATS:
                return None
            return article_page(request, story)
        if m := _CATEGORY.match(path):
            cat = m.group(1).lower()
            return category_page(request, cat) if cat in CATS else None
        if m := _DOC.match(path):
            doc = DOC_BY_ID.get(int(m.group(1)))
            return doc_page(request, doc) if doc and doc[1] == m.group(2) else None
        if m := _QNA.match(path):
            q = QNA_BY_ID.get(int(m.group(1)))
            return qna_page(request, q) if q else None
        if m := _INTRO.match(path):
            return intro_page(request, m.group(1)) if m.group(1) in INTRO else None
        if path == "/van-ban":
            return doc_list(request)
        if path == "/hoi-dap":
            return qna_list(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()



# --- gold --------------------------------------------------------------------------------------

def _alt_paths(story: Story) -> list[str]:
    alts = [f"/tin-tuc/in/{story.id}"]
    if old := story.opts.get("old_slug"):
        alts.append(article_path(story, slug=old))
    if also := story.opts.get("also"):
        alts.append(article_path(story, cat=also))
    comments = story.opts.get("comments", [])
    if len(comments) > COMMENTS_PER_PAGE:
        alts += [article_path(story) + "?page=2", article_path(story) + "?page=1"]
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat][1], canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/lanh-dao-so",
    "/lien-he",
    *(f"/van-ban/{d[0]}/{d[1]}" for d in DOCS),
    *(f"/hoi-dap/{q[0]}" for q in QNA),
]
