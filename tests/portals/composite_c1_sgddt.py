"""Composite C1 (C1 CMS, ASP.NET) portal of a provincial education department: Sở GD&ĐT Hà Tĩnh.

Platform
--------
C1 CMS Foundation (Composite C1 4.x on IIS/ASP.NET WebForms renderer). Pages are XHTML
templates whose ``<f:function …/>`` calls are replaced by the functions' output when a page is
rendered: the News package (Composite.News: ``NewsList``/``NewsLatest``/``NewsDetails`` XSLT),
the navigation XSLTs (menu, breadcrumb), a handful of the vendor's own functions (most-read box,
"Văn bản liên quan", poll, visitor counter). Rendered XSLT output keeps its
``xmlns="http://www.w3.org/1999/xhtml"`` on the function's root element, and the page is
XHTML 1.0 Strict with ``&#160;`` for non-breaking spaces, as C1 prints them.

URL scheme
----------
- ``/``                                    home (Trang chủ)
- ``/Tin-tuc``, ``/Tin-tuc?page=N``        the News page: all items, 5 a page
- ``/Tin-tuc/<Chuyen-muc>[?page=N]``       child pages with a NewsList filtered by category, 4 a page
- ``/Tin-tuc/<yyyy>/<mm>/<dd>/<Title-Slug>`` one news item: the News page itself with a path info
  (C1 also answers ``/Tin-tuc/2026/12/1/<slug>`` and the renderer address below)
- ``/Renderers/Page.aspx?pageId=<guid>``   C1's renderer address of any page;
  ``/Renderers/Page.aspx/<yyyy>/<mm>/<dd>/<slug>?pageId=<news page guid>`` of a news item
- ``/media(<guid>)/<file>[?mw=700|?w=..&h=..&mode=crop]``  media library files (images, PDFs)
- ``/Gioi-thieu``, ``/Gioi-thieu/Lanh-dao-So``, ``/Lien-he``, ``/Lich-cong-tac``,
  ``/Van-ban`` + ``/Van-ban/<so-ky-hieu>``, ``/Thu-vien-anh`` + ``/Thu-vien-anh/<album>``,
  ``/Tim-kiem?q=`` (GET form), ``/NewsRssFeed.ashx/vi-VN`` (the News package's RSS)

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, a superfish menu
(``ul.sf-menu`` with drop-downs), a page-based breadcrumb (``div.duongdan``), the page's
``<h1 class="tdtrang">`` (the C1 page title), a right column (Thông báo marquee, Tin đọc nhiều,
Văn bản mới, Thư viện ảnh, Liên kết website select, poll, "Thống kê truy cập") and a footer with
address/phone/email/licence and a "Liên kết nhanh" row of renderer addresses.

A news item: ``div.News > div.Item`` with ``div.Title`` (the headline), ``div.Date`` (the
.NET vi-VN long date "Thứ Sáu, 04 Tháng Mười Hai 2026 15:40"), ``div.cmuc`` ("Chuyên mục: … |
Lượt xem: …"), ``div.Teaser`` (sapo, when the item has one) and ``div.Description`` (the
editor's XHTML); then a tool row, "Các tin khác" (the 3 newest items of the same category) and
the template's "Cập nhật lần cuối" line.

How the gold articles are reached
---------------------------------
Home: slider (renderer addresses of a1, a4, a6), "Tin tức - Sự kiện" (a1-a5), "Chỉ đạo - Điều
hành" (a5, a8, a12), "Chuyển đổi số" (a3, a7), marquee (a2, a10); sidebar "Tin đọc nhiều" on
every page (a3, a10, a9, a2, a8 with un-padded dates). ``/Tin-tuc`` pages 1-3 hold all 13
(5 a page); "Hoạt động ngành" has 6 items, 4 a page: **a11 and a13 are linked only from
page 2 of that category and page 3 of /Tin-tuc** (the RSS feed carries the newest 10, the
"Các tin khác" box the newest 3 of a category).

Traps
-----
1. **The h1 is the page, not the article.** Every news item is rendered inside the News page, so
   ``<h1 class="tdtrang">`` says "Tin tức"; the headline is ``div.Title`` (and ``<title>`` with
   " - Sở GD&ĐT Hà Tĩnh" after it). Gold title = the ``div.Title`` text.
2. **The breadcrumb does not know the category.** C1's breadcrumb is page-based: "Trang chủ ›
   Tin tức" on all 13 items. The category is the item's "Chuyên mục: …" link (and the menu's
   Tin tức drop-down). Gold category = that Chuyên mục ("Hoạt động ngành", "Chỉ đạo - Điều
   hành", "Thông báo", "Chuyển đổi số"), never "Tin tức".
3. **Three addresses for one item, no canonical link.** Lists print ``/Tin-tuc/2026/12/01/Slug``;
   the vendor's most-read box prints the date as ``yyyy/M/d`` (``/Tin-tuc/2026/12/1/Slug``); the
   home slider's XSLT prints the unresolved renderer address
   ``/Renderers/Page.aspx/2026/12/04/Slug?pageId=<guid>``. All answer 200 with the same item and
   C1 prints no ``rel=canonical``. Gold path = the padded friendly one, the others in alt_paths.
   The footer's "Liên kết nhanh" does the same for pages (``/Renderers/Page.aspx?pageId=``).
4. **Dates in words.** ``div.Date`` is ``df:Format(@Date, 'dddd, dd MMMM yyyy HH:mm')`` in the
   vi-VN culture: "Thứ Ba, 03 Tháng Mười Một 2026 14:30" ("Tháng Mười Một" is November, not
   "Tháng Mười" = October followed by "Một"). Listings print "03/11/2026". An item imported from
   the old site has "00:00" (day only in gold); every item is followed by "Cập nhật lần cuối:
   05/12/2026 …" (the page's change date) and the header prints today: neither is a date of
   the article.
5. **Official notice posted later.** a2 is a THÔNG BÁO with the letterhead table, "Số: …",
   "Hà Tĩnh, ngày 30 tháng 11 năm 2026", "Nơi nhận" and the signer; the News item is dated
   02/12/2026 08:00. Gold: published_at "2026-11-30", author "Lê Văn Khánh", body = the
   paragraphs between the subject line and the closing table; no sapo.
6. **A function's output inside the text.** a5's Description embeds the vendor's
   ``SGD.VanBan.LienQuan`` function (rendered as "Văn bản liên quan" + a table of document
   numbers with "Tải về" links to PDFs) after the byline; it is a file-attachment list, not
   body. The timetable table above it *is* text (rows as "cell | cell").
7. **Bylines in every form**, right-aligned at the end of the Description: "Tin, ảnh: X" (author
   and photographer), "Tin: X - Ảnh: Y", two names "A - B" (two authors), a unit alone ("Phòng
   Giáo dục Trung học", "Văn phòng Sở", "Phòng Khảo thí - Quản lý chất lượng"), a degree and
   unit ("ThS. Hoàng Văn Đạt (Phòng …)" -> "Hoàng Văn Đạt"), "BBT" (nobody), a name followed by
   "Theo Báo Hà Tĩnh" (author + source "Báo Hà Tĩnh"); a body sentence "Theo kế hoạch, …" is text.
8. **Captions two ways.** A centred ``<p><em>…</em></p>`` after the picture's paragraph, or a
   two-row ``table.tbl-anh``; "(…)" loses its parentheses; a line "Ảnh: Đức Thành" is a credit
   (caption None). Listing thumbnails are the same media guid with ``?w=180&h=120&mode=crop``;
   the article's photo is ``?mw=700`` (gold keeps the printed query).
9. **Unicode tổ hợp.** a7 was typed with Unikey's decomposed Unicode (NFD) in title, teaser and
   text; gold is NFC.
10. **Word paste.** a3's list paragraphs carry ``<span style="mso-list:Ignore">-&#160;…</span>``
    markers (no text in gold); a8's ``<br />``-split paragraph keeps the "- " the editor typed.
11. **Lead without Teaser.** a11 has no Teaser; its Description opens with a bold paragraph:
    that is the summary (and the body's first paragraph). a2 and a10 have neither: summary null.
12. **Chrome that reads like news.** The "Thông báo" marquee carries a plain-text notice (holiday
    dates), the poll and "Lịch công tác tuần" have dates; the Văn bản entries have a date,
    signer and subject: none of them is an article.

Gold decisions on ambiguous points
----------------------------------
- Footnotes (a9): the call "[1]" stays in its sentence; the "Tài liệu tham khảo" heading and its
  entries are body paragraphs; the "Xem thêm: <link>" line is not.
- The Teaser is printed in its own element: it is the summary and the body's first paragraph.
- The letterhead notice (a2): subject lines ("THÔNG BÁO", "Kết quả …"), the "Nơi nhận" cell, the
  signer block and the "Danh sách kèm theo" attachment line are not body.
- Category = the Chuyên mục printed on the item, as the menu spells it.
- Images: ``path`` is the ``src`` as printed (with its ``?mw=700``).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "composite_c1_sgddt"
PLATFORM = "Composite C1 (C1 CMS Foundation, ASP.NET) with the Composite.News package"
START_PATH = "/"

SITE = "Sở GD&ĐT Hà Tĩnh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
UPDATED_LINE = "05/12/2026 07:42"

_NS = uuid.UUID("6f1f2a54-93c1-4c1e-9a52-2b7c0f3d9e11")


def guid(key: str) -> str:
    return str(uuid.uuid5(_NS, key))


def media(name: str, key: str | None = None) -> str:
    """A media library address: ``/media(<guid>)/<file>``."""
    return f"/media({guid('media:' + (key or name))})/{name}"


# --- pages of the C1 tree --------------------------------------------------------------------

PAGE_IDS = {
    "/": guid("page:home"),
    "/Gioi-thieu": guid("page:gioithieu"),
    "/Gioi-thieu/Lanh-dao-So": guid("page:lanhdao"),
    "/Lien-he": guid("page:lienhe"),
    "/Tin-tuc": guid("page:tintuc"),
    "/Van-ban": guid("page:vanban"),
    "/Lich-cong-tac": guid("page:lichct"),
    "/Thu-vien-anh": guid("page:thuvienanh"),
}
NEWS_PAGE_ID = PAGE_IDS["/Tin-tuc"]


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str


CATS = {
    "hdn": Cat("Hoat-dong-nganh", "Hoạt động ngành"),
    "cddh": Cat("Chi-dao-dieu-hanh", "Chỉ đạo - Điều hành"),
    "cds": Cat("Chuyen-doi-so", "Chuyển đổi số"),
    "tb": Cat("Thong-bao", "Thông báo"),
}
for _c in CATS.values():
    PAGE_IDS["/Tin-tuc/" + _c.slug] = guid("page:cat:" + _c.slug)

# --- the articles ----------------------------------------------------------------------------


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


_A2_LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;">'
    "<p>UBND TỈNH HÀ TĨNH<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
    "<p>Số: 3312/TB-SGDĐT</p></td>"
    '<td style="text-align: center; vertical-align: top;">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</strong></p>"
    "<p><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Kết quả kiểm tra, sát hạch vòng 2 xét tuyển viên chức'
    " sự nghiệp giáo dục năm 2026</strong></p>"
)
_A2_CLOSING = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- Giám đốc, các PGĐ Sở;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</p></td>"
    '<td style="text-align: center; vertical-align: top;"><p><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p><p>&#160;</p>"
    "<p><strong>Lê Văn Khánh</strong></p></td></tr></tbody></table>"
    f'<p>Danh sách kèm theo: <a href="{media("DS-trung-tuyen-VC-2026.pdf")}">'
    "DS-trung-tuyen-VC-2026.pdf</a></p>"
)

_A5_FUNCTION = Raw(
    "<!-- f:function name=\"SGD.VanBan.LienQuan\" -->"
    '<div xmlns="http://www.w3.org/1999/xhtml" class="vblq_0">'
    '<h4 class="vblq_tit">Văn bản liên quan</h4>'
    '<table class="vblq_tbl" cellspacing="0" rules="all" border="1"><tbody>'
    "<tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Tải về</th></tr>"
    "<tr><td>2817/SGDĐT-GDTrH</td><td>V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học"
    f' 2026-2027</td><td><a href="{media("2817-SGDDT-GDTrH.pdf")}">Tải về</a></td></tr>'
    "<tr><td>1985/KH-SGDĐT</td><td>Kế hoạch thời gian năm học 2026-2027</td>"
    f'<td><a href="{media("1985-KH-SGDDT.pdf")}">Tải về</a></td></tr>'
    "</tbody></table></div>"
)

A1 = Story(
    id=1,
    slug="So-GDDT-to-chuc-Hoi-thi-giao-vien-day-gioi-cap-tinh-bac-THPT-nam-hoc-2026-2027",
    title="Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    cat="hdn",
    published_at="2026-12-04T15:40:00+07:00",
    summary=(
        "Từ ngày 01/12 đến ngày 04/12/2026, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy"
        " giỏi cấp tỉnh bậc THPT năm học 2026-2027 với sự tham gia của 186 giáo viên đến từ 52"
        " trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên;"
            " phát hiện, tôn vinh những nhà giáo có phương pháp dạy học tích cực, hiệu quả, góp phần"
            " nâng cao chất lượng thực hiện Chương trình giáo dục phổ thông 2018."
        ),
        Img(
            media("DSC_4127.jpg") + "?mw=700",
            "Đồng chí Nguyễn Thị Hạnh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
            "Đồng chí Nguyễn Thị Hạnh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
            "em",
        ),
        P(
            "Các giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
            " giảng dạy và thực hành giảng dạy hai tiết trên lớp, trong đó có một tiết bốc thăm"
            " trước 3 ngày. Năm nay, Ban Tổ chức đưa thêm yêu cầu ứng dụng công nghệ số và học liệu"
            " điện tử vào bài dạy."
        ),
        P(
            "Kết quả, Ban Tổ chức đã công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
            " tỉnh, trong đó có 37 giáo viên được đề nghị khen thưởng vì có thành tích xuất sắc."
        ),
        Img(
            media("DSC_4198.jpg") + "?mw=700",
            "Tiết dạy môn Vật lí của cô giáo Trần Thị Thu Hiền, Trường THPT Hồng Lĩnh",
            "Tiết dạy môn Vật lí của cô giáo Trần Thị Thu Hiền, Trường THPT Hồng Lĩnh",
            "em",
        ),
        P(
            "Phát biểu bế mạc, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tiếp tục nhân rộng những"
            " tiết dạy hay, tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học để lan tỏa kinh"
            " nghiệm từ Hội thi đến mọi giáo viên."
        ),
        _right("Tin, ảnh: Nguyễn Thị Minh Tâm"),
    ],
    authors=["Nguyễn Thị Minh Tâm"],
    photographers=["Nguyễn Thị Minh Tâm"],
    opts={"when": datetime(2026, 12, 4, 15, 40)},
)

A2 = Story(
    id=2,
    slug="Thong-bao-ket-qua-kiem-tra-sat-hach-xet-tuyen-vien-chuc-su-nghiep-giao-duc-nam-2026",
    title="Thông báo kết quả kiểm tra, sát hạch xét tuyển viên chức sự nghiệp giáo dục năm 2026",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        _A2_LETTERHEAD,
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng,"
            " sử dụng và quản lý viên chức (được sửa đổi, bổ sung tại Nghị định số 85/2023/NĐ-CP);"
        ),
        P(
            "Căn cứ Kế hoạch số 1985/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về tuyển"
            " dụng viên chức sự nghiệp giáo dục năm 2026;"
        ),
        P(
            "Sở Giáo dục và Đào tạo thông báo kết quả kiểm tra, sát hạch vòng 2 xét tuyển viên chức"
            " sự nghiệp giáo dục năm 2026 như sau:"
        ),
        P(
            "1. Tổng số thí sinh tham dự vòng 2: 214 thí sinh; số thí sinh đủ điều kiện trúng tuyển:"
            " 168 thí sinh (có danh sách kèm theo)."
        ),
        P(
            "2. Thí sinh có nhu cầu phúc khảo nộp đơn trực tiếp tại Văn phòng Sở (bộ phận Tổ chức cán"
            " bộ) trong thời hạn 05 ngày làm việc kể từ ngày thông báo kết quả trên Cổng thông tin"
            " điện tử của Sở."
        ),
        P(
            "3. Thí sinh trúng tuyển hoàn thiện hồ sơ theo quy định và nộp về Sở trước ngày"
            " 20/12/2026."
        ),
        P("Sở Giáo dục và Đào tạo thông báo để các thí sinh biết, thực hiện./."),
        _A2_CLOSING,
    ],
    authors=["Lê Văn Khánh"],
    opts={"when": datetime(2026, 12, 2, 8, 0)},
)

A3 = Story(
    id=3,
    slug="Trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc-va-THCS-tu-hoc-ky-I",
    title="Triển khai học bạ số đối với học sinh tiểu học và THCS từ học kỳ I năm học 2026-2027",
    cat="cds",
    published_at="2026-12-01T09:15:00+07:00",
    summary=(
        "Sở GD&ĐT vừa ban hành văn bản hướng dẫn các cơ sở giáo dục phổ thông triển khai học bạ"
        " số, thay thế học bạ giấy đối với học sinh tiểu học và trung học cơ sở ngay từ học kỳ I"
        " năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo hướng dẫn, học bạ số được lập, cập nhật và lưu trữ trên hệ thống cơ sở dữ liệu"
            " ngành; hiệu trưởng và giáo viên chủ nhiệm ký số bằng chứng thư số do cơ quan có thẩm"
            " quyền cấp. Học bạ số có giá trị pháp lý như học bạ giấy."
        ),
        P("Các đơn vị cần thực hiện một số nội dung sau:", "b"),
        P("Rà soát, chuẩn hóa dữ liệu học sinh trên hệ thống trước ngày 15/12/2026;", "mso"),
        P("Cấp chứng thư số cho hiệu trưởng và giáo viên chủ nhiệm các lớp;", "mso"),
        P(
            "Tổ chức ký số học bạ học kỳ I chậm nhất sau 10 ngày kể từ ngày kết thúc học kỳ;",
            "mso",
        ),
        P("Hướng dẫn cha mẹ học sinh tra cứu học bạ số qua ứng dụng trên điện thoại.", "mso"),
        P(
            "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị liên hệ Phòng Khảo thí - Quản"
            " lý chất lượng (điện thoại 0239.3855.219) để được hướng dẫn."
        ),
        _right("Phòng Khảo thí - Quản lý chất lượng", "em"),
    ],
    authors=["Phòng Khảo thí - Quản lý chất lượng"],
    opts={"when": datetime(2026, 12, 1, 9, 15)},
)

A4 = Story(
    id=4,
    slug="Khai-mac-Hoi-khoe-Phu-Dong-tinh-Ha-Tinh-lan-thu-XVI-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XVI năm 2026",
    cat="hdn",
    published_at="2026-11-28T10:05:00+07:00",
    summary=(
        "Sáng 28/11, tại Trung tâm Thể dục thể thao tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể"
        " thao và Du lịch long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ"
        " XVI năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia Hội khỏe có hơn 2.300 vận động viên là học sinh các cấp học đến từ 69 đơn vị,"
            " tranh tài ở 12 môn thi đấu gồm: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng"
            " bàn, cờ vua, võ cổ truyền, vovinam, karate, đá cầu và kéo co."
        ),
        Img(
            media("khai-mac-HKPD-2026.jpg") + "?mw=700",
            "(Các khối diễu hành tại Lễ khai mạc)",
            "Các khối diễu hành tại Lễ khai mạc",
            "em",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Giám đốc Sở GD&ĐT nhấn mạnh: “Hội khỏe Phù Đổng là ngày"
            " hội thể thao lớn nhất của học sinh toàn tỉnh, là dịp để đánh giá kết quả công tác giáo"
            " dục thể chất và hoạt động thể thao trường học, đồng thời tuyển chọn những vận động"
            " viên xuất sắc tham dự Hội khỏe Phù Đổng toàn quốc năm 2027”."
        ),
        P(
            "Hội khỏe diễn ra từ ngày 28/11 đến ngày 06/12/2026; lễ bế mạc và trao giải toàn đoàn"
            " dự kiến tổ chức vào chiều 06/12."
        ),
        _right("Thanh Hương - Phùng Anh"),
    ],
    authors=["Thanh Hương", "Phùng Anh"],
    opts={"when": datetime(2026, 11, 28, 10, 5)},
)

A5 = Story(
    id=5,
    slug="Huong-dan-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-I-nam-hoc-2026-2027",
    title="Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    cat="cddh",
    published_at="2026-11-25T14:00:00+07:00",
    summary=(
        "Sở GD&ĐT hướng dẫn các trường THPT, trung tâm GDNN-GDTX tổ chức kiểm tra, đánh giá cuối"
        " học kỳ I năm học 2026-2027 bảo đảm nghiêm túc, khách quan, đúng quy định."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, các đơn vị tự ra đề kiểm tra cuối học kỳ I đối với tất cả các môn học;"
            " riêng các môn Ngữ văn, Toán, Tiếng Anh khối 12 sử dụng đề chung do Sở GD&ĐT ra, tổ"
            " chức kiểm tra tập trung theo lịch sau:"
        ),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P(
            "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả bảo đảm tỉ lệ các mức độ nhận biết,"
            " thông hiểu, vận dụng; đề chung được gửi cho các đơn vị qua hệ thống thư điện tử công"
            " vụ trước giờ kiểm tra 60 phút."
        ),
        P(
            "Các đơn vị hoàn thành việc chấm, nhập điểm vào hệ thống cơ sở dữ liệu ngành trước ngày"
            " 05/01/2027 và báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày"
            " 10/01/2027."
        ),
        _right("Phòng Giáo dục Trung học"),
        _A5_FUNCTION,
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={"when": datetime(2026, 11, 25, 14, 0)},
)

A6 = Story(
    id=6,
    slug="Nganh-Giao-duc-Ha-Tinh-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam-20-11",
    title="Ngành Giáo dục Hà Tĩnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hdn",
    published_at="2026-11-20",
    summary=(
        "Ngày 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 -"
        " 20/11/2026) và tôn vinh các nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh; lãnh đạo các sở, ban, ngành;"
            " các thế hệ nhà giáo đã nghỉ hưu và đông đảo cán bộ, giáo viên, học sinh trên địa bàn"
            " tỉnh."
        ),
        Img(media("le-ky-niem-20-11-01.jpg") + "?mw=700", "Ảnh: Đức Thành", None, "em"),
        P(
            "Năm học 2025-2026, ngành Giáo dục Hà Tĩnh tiếp tục giữ vững vị trí trong tốp đầu cả"
            " nước về chất lượng giáo dục mũi nhọn với 64 giải học sinh giỏi quốc gia, 02 huy"
            " chương Olympic quốc tế và khu vực; tỉ lệ tốt nghiệp THPT đạt 99,6%."
        ),
        Img(
            media("le-ky-niem-20-11-02.jpg") + "?mw=700",
            "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo tiêu biểu",
            "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo tiêu biểu",
            "em",
        ),
        P(
            "Nhân dịp này, 44 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen vì có nhiều"
            " đóng góp trong sự nghiệp trồng người."
        ),
        _right("Tin: Phan Anh - Ảnh: Đức Thành"),
    ],
    authors=["Phan Anh"],
    photographers=["Đức Thành"],
    opts={"when": datetime(2026, 11, 20, 0, 0)},
)

A7 = Story(
    id=7,
    slug="Tap-huan-su-dung-nen-tang-hoc-tap-truc-tuyen-cho-giao-vien-cot-can",
    title="Tập huấn sử dụng nền tảng học tập trực tuyến cho giáo viên cốt cán",
    cat="cds",
    published_at="2026-11-17T08:30:00+07:00",
    summary=(
        "Trong 2 ngày 15 và 16/11, Sở GD&ĐT tổ chức tập huấn khai thác, sử dụng nền tảng học tập"
        " trực tuyến cho hơn 400 giáo viên cốt cán các cấp học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại lớp tập huấn, học viên được hướng dẫn tạo lớp học ảo, giao và chấm bài tập trực"
            " tuyến, xây dựng ngân hàng câu hỏi và theo dõi tiến độ học tập của học sinh trên nền"
            " tảng."
        ),
        Img(
            media("tap-huan-LMS-2026.jpg") + "?mw=700",
            "Giáo viên cốt cán thực hành trên nền tảng học tập trực tuyến",
            "Giáo viên cốt cán thực hành trên nền tảng học tập trực tuyến",
            "tbl",
        ),
        P(
            "Sau tập huấn, đội ngũ giáo viên cốt cán có trách nhiệm hướng dẫn lại cho giáo viên tại"
            " đơn vị, bảo đảm đến hết tháng 12/2026 có ít nhất 80% giáo viên sử dụng thành thạo nền"
            " tảng trong dạy học."
        ),
        _right("ThS. Hoàng Văn Đạt (Phòng Khảo thí - Quản lý chất lượng)"),
    ],
    authors=["Hoàng Văn Đạt"],
    opts={"when": datetime(2026, 11, 17, 8, 30), "nfd": True},
)

A8 = Story(
    id=8,
    slug="Tang-cuong-phong-chong-duoi-nuoc-va-bao-dam-an-toan-cho-hoc-sinh-trong-mua-mua-lu",
    title="Tăng cường phòng, chống đuối nước và bảo đảm an toàn cho học sinh trong mùa mưa lũ",
    cat="cddh",
    published_at="2026-11-12T10:00:00+07:00",
    summary=(
        "Trước diễn biến phức tạp của mưa lũ, Giám đốc Sở GD&ĐT đã ban hành công văn chỉ đạo các"
        " cơ sở giáo dục chủ động các biện pháp bảo đảm an toàn cho học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo dự báo, từ nay đến cuối tháng 11, khu vực Bắc Trung Bộ tiếp tục chịu ảnh hưởng"
            " của các đợt mưa lớn, nguy cơ xảy ra lũ quét, sạt lở đất ở vùng núi và ngập lụt ở vùng"
            " trũng thấp."
        ),
        Img(media("mua-lu-truong-hoc.jpg") + "?mw=700", None, None, "none"),
        P("Giám đốc Sở yêu cầu thủ trưởng các đơn vị:"),
        P(
            "- Rà soát, di dời tài sản, thiết bị dạy học đến nơi an toàn; không để học sinh đến"
            " trường khi có mưa lớn, nước lên nhanh;",
            "brcont",
        ),
        P(
            "- Tăng cường tuyên truyền kỹ năng phòng, chống đuối nước; phối hợp với gia đình quản"
            " lý học sinh trong thời gian nghỉ học.",
            "brcont",
        ),
        P(
            "Sau mưa lũ, các đơn vị khẩn trương vệ sinh trường lớp, khắc phục thiệt hại để sớm ổn"
            " định hoạt động dạy học; báo cáo tình hình thiệt hại về Sở qua Văn phòng."
        ),
        _right("Thu Phương"),
        Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
    ],
    authors=["Thu Phương"],
    source="Báo Hà Tĩnh",
    opts={"when": datetime(2026, 11, 12, 10, 0)},
)

A9 = Story(
    id=9,
    slug="Hoi-thao-doi-moi-phuong-phap-day-hoc-mon-Ngu-van-theo-Chuong-trinh-GDPT-2018",
    title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
    cat="hdn",
    published_at="2026-11-06T15:10:00+07:00",
    summary=(
        "Ngày 06/11, tại Trường THPT Phan Đình Phùng, Sở GD&ĐT tổ chức Hội thảo chuyên đề đổi mới"
        " phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thảo tập trung vào dạy học đọc hiểu theo đặc trưng thể loại và đánh giá năng lực"
            " viết của học sinh bằng các đề mở, ngữ liệu ngoài sách giáo khoa.[1]"
        ),
        Img(
            media("hoi-thao-ngu-van.jpg") + "?mw=700",
            "Các đại biểu trao đổi tại Hội thảo",
            "Các đại biểu trao đổi tại Hội thảo",
            "tbl",
        ),
        P(
            "Nhiều ý kiến cho rằng giáo viên cần chuyển mạnh từ giảng giải sang tổ chức hoạt động,"
            " để học sinh tự đọc, tự khám phá văn bản và trình bày cách hiểu của mình.[2]"
        ),
        P("Tài liệu tham khảo", "b"),
        P("[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông môn Ngữ văn, Hà Nội."),
        P(
            "[2] Đỗ Ngọc Thống (chủ biên, 2022), Dạy học phát triển năng lực môn Ngữ văn trung học"
            " phổ thông, NXB Đại học Sư phạm."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/Tin-tuc/2026/12/04/'
            'So-GDDT-to-chuc-Hoi-thi-giao-vien-day-gioi-cap-tinh-bac-THPT-nam-hoc-2026-2027">'
            "Sở GD&amp;ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT</a></em></p>"
        ),
        _right("TS. Đặng Thị Lan Hương - Trường THPT Phan Đình Phùng"),
    ],
    authors=["Đặng Thị Lan Hương"],
    opts={"when": datetime(2026, 11, 6, 15, 10)},
)

A10 = Story(
    id=10,
    slug="Thong-bao-lich-tiep-cong-dan-dinh-ky-thang-11-2026-cua-Giam-doc-So",
    title="Thông báo lịch tiếp công dân định kỳ tháng 11/2026 của Giám đốc Sở",
    cat="tb",
    published_at="2026-11-03T14:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Giám đốc Sở Giáo"
            " dục và Đào tạo tiếp công dân định kỳ vào ngày 16/11/2026 (thứ Hai) tại Phòng tiếp"
            " công dân của Sở."
        ),
        P(
            "Buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút; buổi chiều từ 13 giờ 30 phút đến 17"
            " giờ. Trường hợp Giám đốc bận công tác đột xuất, Phó Giám đốc được ủy quyền sẽ tiếp"
            " công dân."
        ),
        P(
            "Công dân đến tiếp mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung"
            " khiếu nại, tố cáo, kiến nghị, phản ánh."
        ),
        Raw(
            f'<p>File đính kèm: <a href="{media("lich-tiep-cong-dan-T11-2026.pdf")}">'
            "lich-tiep-cong-dan-T11-2026.pdf</a></p>"
        ),
        _right("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
    opts={"when": datetime(2026, 11, 3, 14, 30)},
)

A11 = Story(
    id=11,
    slug="Trao-150-suat-hoc-bong-Tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="hdn",
    published_at="2026-10-28T09:00:00+07:00",
    summary=(
        "Sáng 27/10, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức"
        " đến trường” cho học sinh có hoàn cảnh đặc biệt khó khăn, vươn lên trong học tập."
    ),
    blocks=[
        P(
            "Sáng 27/10, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức"
            " đến trường” cho học sinh có hoàn cảnh đặc biệt khó khăn, vươn lên trong học tập.",
            "b",
        ),
        P(
            "Mỗi suất học bổng trị giá 3 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cựu học"
            " sinh xa quê đóng góp. Tổng giá trị học bổng năm nay là 450 triệu đồng."
        ),
        Img(
            media("hoc-bong-tiep-suc-2026.jpg") + "?mw=700",
            "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
            "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
            "em",
        ),
        P(
            "Các em nhận học bổng năm nay chủ yếu là học sinh mồ côi, học sinh thuộc hộ nghèo ở các"
            " xã miền núi Hương Khê, Hương Sơn, Vũ Quang và vùng bãi ngang ven biển."
        ),
        _right("Mai Hoa"),
    ],
    authors=["Mai Hoa"],
    opts={"when": datetime(2026, 10, 28, 9, 0)},
)

A12 = Story(
    id=12,
    slug="Ke-hoach-to-chuc-Cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
    title="Kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học"
    " năm học 2026-2027",
    cat="cddh",
    published_at="2026-10-20T16:45:00+07:00",
    summary=(
        "Sở GD&ĐT ban hành kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh"
        " trung học năm học 2026-2027, dự kiến diễn ra vào tháng 01/2027."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Đối tượng dự thi", "b"),
        P(
            "Học sinh đang học lớp 8, lớp 9 tại các trường THCS và học sinh lớp 10, 11, 12 tại các"
            " trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
        ),
        P("2. Lĩnh vực dự thi", "b"),
        P(
            "Dự án dự thi thuộc 22 lĩnh vực theo quy định của Bộ GD&ĐT; mỗi đơn vị đăng ký tối đa 03"
            " dự án, mỗi dự án không quá 02 học sinh."
        ),
        P("3. Thời gian", "b"),
        P(
            "Các đơn vị gửi hồ sơ đăng ký về Sở trước ngày 15/12/2026; vòng chung kết dự kiến tổ"
            " chức từ ngày 12 đến ngày 14/01/2027."
        ),
        _right("BBT"),
    ],
    opts={"when": datetime(2026, 10, 20, 16, 45)},
)

A13 = Story(
    id=13,
    slug="Doan-cong-tac-So-GDDT-kiem-tra-cong-tac-ban-tru-tai-cac-truong-vung-dac-biet-kho-khan",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác bán trú tại các trường vùng đặc biệt khó khăn",
    cat="hdn",
    published_at="2026-10-09T11:20:00+07:00",
    summary=(
        "Từ ngày 06 đến 08/10, đoàn công tác của Sở GD&ĐT do đồng chí Phó Giám đốc Sở làm trưởng"
        " đoàn đã kiểm tra công tác tổ chức bán trú tại 9 trường phổ thông ở các xã miền núi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Qua kiểm tra, các trường đã bố trí phòng ở, nhà ăn, công trình vệ sinh cơ bản đáp ứng"
            " yêu cầu; bữa ăn của học sinh bảo đảm định lượng và vệ sinh an toàn thực phẩm."
        ),
        Img(
            media("ban-tru-Huong-Khe.jpg") + "?mw=700",
            "Đoàn kiểm tra bếp ăn bán trú tại Trường PTDTBT TH&THCS Hương Liên",
            "Đoàn kiểm tra bếp ăn bán trú tại Trường PTDTBT TH&THCS Hương Liên",
            "tbl",
        ),
        P(
            "Tuy nhiên, một số trường còn thiếu giường tầng, chăn ấm cho mùa đông; nhân viên nấu ăn"
            " chủ yếu là lao động hợp đồng ngắn hạn."
        ),
        P(
            "Đoàn đề nghị các trường tiếp tục huy động nguồn xã hội hóa, chuẩn bị chu đáo điều kiện"
            " cho học sinh ở bán trú trong mùa rét sắp tới."
        ),
        _right("Hồng Nhung"),
    ],
    authors=["Hồng Nhung"],
    opts={"when": datetime(2026, 10, 9, 11, 20)},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]  # newest first
BY_ID = {s.id: s for s in STORIES}


def when(story: Story) -> datetime:
    return story.opts["when"]


def item_path(story: Story) -> str:
    w = when(story)
    return f"/Tin-tuc/{w.year}/{w.month:02d}/{w.day:02d}/{story.slug}"


def item_path_short(story: Story) -> str:
    """The most-read box's ``yyyy/M/d`` form."""
    w = when(story)
    return f"/Tin-tuc/{w.year}/{w.month}/{w.day}/{story.slug}"


def item_path_renderer(story: Story) -> str:
    w = when(story)
    return f"/Renderers/Page.aspx/{w.year}/{w.month:02d}/{w.day:02d}/{story.slug}?pageId={NEWS_PAGE_ID}"


def cat_of(story: Story) -> Cat:
    return CATS[story.cat]


# --- dates as .NET vi-VN prints them ---------------------------------------------------------

_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = [
    "Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def vi_long(w: datetime) -> str:
    """``dddd, dd MMMM yyyy HH:mm`` in vi-VN."""
    return f"{_DAYS[w.weekday()]}, {w.day:02d} {_MONTHS[w.month - 1]} {w.year} {w:%H:%M}"


def short_date(w: datetime) -> str:
    return f"{w:%d/%m/%Y}"


# --- rendering the editor's XHTML ------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _tt(story: Story) -> str:
    """The headline as stored (escaped; decomposed for the item typed in NFD)."""
    return _t(story, story.title)


def _img_html(story: Story, img: Img) -> str:
    alt = esc(img.caption or story.title)
    tag = f'<img src="{esc(img.src)}" alt="{alt}" width="700" style="border: 0px;" />'
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0"'
            ' style="width: 700px;"><tbody><tr><td>' + tag + "</td></tr>"
            '<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size:'
            f' 11px;"><em>{_t(story, img.printed or "")}</em></span></td></tr></tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
    return out


def _mso_item(story: Story, value: str) -> str:
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36pt; text-align: justify;'
        ' text-indent: -18pt; mso-list: l0 level1 lfo1;"><span style="font-size: 14pt;">'
        '<span style="mso-list: Ignore;">-<span style="font: 7pt &quot;Times New Roman&quot;;">'
        "&#160;&#160;&#160;&#160;&#160;&#160;&#160; </span></span></span>"
        f'<span style="font-size: 14pt;">{_t(story, value)}</span></p>'
    )


def description_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(story, b))
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                rows.append(
                    "<tr>"
                    + "".join(
                        f'<{tag} style="border: 1px solid #999; padding: 3px;">'
                        f"{'<strong>' if not rows else ''}{_t(story, c)}{'</strong>' if not rows else ''}"
                        f"</{tag}>"
                        for c in cells
                    )
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width: 100%;'
                ' border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "mso":
            out.append(_mso_item(story, b.text))
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        else:
            parts = [_t(story, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "brcont":
                i += 1
                parts.append(_t(story, blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />".join(parts) + "&#160;</p>")
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------

_MOST_READ = [3, 10, 9, 2, 8]
_SLIDER = [1, 4, 6]


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/Tin-tuc/{c.slug}">{esc(c.name)}</a></li>'
        for c in (CATS["hdn"], CATS["cddh"], CATS["cds"], CATS["tb"])
    )
    return (
        '<div id="mnngang" xmlns="http://www.w3.org/1999/xhtml"><ul class="sf-menu" id="m_0">'
        '<li class="m_1"><a href="/">Trang chủ</a></li>'
        '<li class="m_2"><a href="/Gioi-thieu">Giới thiệu</a><ul>'
        '<li><a href="/Gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/Gioi-thieu/Lanh-dao-So">Lãnh đạo Sở</a></li>'
        '<li><a href="/Lien-he">Liên hệ</a></li></ul></li>'
        f'<li class="m_3"><a href="/Tin-tuc">Tin tức</a><ul>{cats}</ul></li>'
        '<li class="m_4"><a href="/Van-ban">Văn bản</a></li>'
        '<li class="m_5"><a href="/Lich-cong-tac">Lịch công tác</a></li>'
        '<li class="m_6"><a href="/Thu-vien-anh">Thư viện</a><ul>'
        '<li><a href="/Thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="https://www.youtube.com/@sogddthatinh" target="_blank">Video</a></li>'
        "</ul></li>"
        '<li class="m_7"><a href="/Lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{item_path_short(BY_ID[i])}">{_tt(BY_ID[i])}</a></li>' for i in _MOST_READ
    )
    marquee = "".join(
        f'<p>&#187; <a href="{item_path(s)}">{_tt(s)}</a></p>' for s in STORIES if s.cat == "tb"
    )
    return f"""
<div id="cotphai">
 <div class="khoi_p" id="kp_tb">
  <div class="khoi_tit">THÔNG BÁO</div>
  <div class="khoi_nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160">
   {marquee}
   <p>&#187; Lịch nghỉ Tết Dương lịch 2027: cán bộ, giáo viên, học sinh nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027 (thứ Năm đến Chủ nhật).</p>
  </marquee></div>
 </div>
 <div class="khoi_p" id="kp_docnhieu">
  <div class="khoi_tit">TIN ĐỌC NHIỀU</div>
  <ul class="ds_docnhieu" xmlns="http://www.w3.org/1999/xhtml">{most}</ul>
 </div>
 <div class="khoi_p" id="kp_vb">
  <div class="khoi_tit">VĂN BẢN MỚI</div>
  <ul>
   <li><a href="/Van-ban/2817-SGDDT-GDTrH">2817/SGDĐT-GDTrH - V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I</a></li>
   <li><a href="/Van-ban/1985-KH-SGDDT">1985/KH-SGDĐT - Kế hoạch thời gian năm học 2026-2027</a></li>
  </ul>
  <div class="xemtiep"><a href="/Van-ban">Xem tất cả &#187;</a></div>
 </div>
 <div class="khoi_p" id="kp_lct"><a href="/Lich-cong-tac"><img src="{media("banner-lich-cong-tac.png")}" alt="Lịch công tác" /></a></div>
 <div class="khoi_p" id="kp_anh">
  <div class="khoi_tit">THƯ VIỆN ẢNH</div>
  <a href="/Thu-vien-anh/Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam"><img src="{media("le-ky-niem-20-11-02.jpg")}?w=260&amp;h=170&amp;mode=crop" alt="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" /></a>
 </div>
 <div class="khoi_p" id="kp_lk">
  <div class="khoi_tit">LIÊN KẾT WEBSITE</div>
  <select onchange="if(this.value!='')window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
   <option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
  </select>
 </div>
 <div class="khoi_p" id="kp_bc">
  <div class="khoi_tit">THĂM DÒ Ý KIẾN</div>
  <p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>
  <p><input type="radio" name="bc_17" value="1" id="bc1" /> <label for="bc1">Rất hữu ích</label><br />
  <input type="radio" name="bc_17" value="2" id="bc2" /> <label for="bc2">Hữu ích</label><br />
  <input type="radio" name="bc_17" value="3" id="bc3" /> <label for="bc3">Cần cải tiến thêm</label></p>
  <p><input type="button" value="Biểu quyết" onclick="bcGui(17)" /> <input type="button" value="Xem kết quả" onclick="bcKq(17)" /></p>
 </div>
 <div class="khoi_p" id="kp_tk">
  <div class="khoi_tit">THỐNG KÊ TRUY CẬP</div>
  <table class="tk_tbl"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.254</td></tr>
  <tr><td>Tháng này:</td><td>9.870</td></tr><tr><td>Tổng truy cập:</td><td>4.872.315</td></tr></table>
 </div>
</div>"""


def _footer() -> str:
    quick = " | ".join(
        f'<a href="/Renderers/Page.aspx?pageId={PAGE_IDS[p]}">{n}</a>'
        for p, n in (("/Gioi-thieu", "Giới thiệu"), ("/Van-ban", "Văn bản"), ("/Lien-he", "Liên hệ"))
    )
    return f"""
<div id="chan">
 <div class="lkn">Liên kết nhanh: {quick}</div>
 <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
 <p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh - Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT</p>
 <p>Địa chỉ: Số 46 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh - Điện thoại: 0239.3855.219 - Fax: 0239.3856.073</p>
 <p>Email: <a href="mailto:vanphong@hatinh.edu.vn">vanphong@hatinh.edu.vn</a> - Giấy phép số 17/GP-TTĐT ngày 12/3/2021 của Sở Thông tin và Truyền thông</p>
 <p>&#169; 2014 - 2026 Sở GD&amp;ĐT Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>"""


def page(title: str, h1: str, crumbs: list[tuple[str, str]], main: str, page_key: str, desc: str = "") -> str:
    crumb_html = ' <span class="dd_sep">&#8250;</span> '.join(
        f'<a href="{href}">{esc(name)}</a>' for href, name in [("/", "Trang chủ"), *crumbs]
    )
    head = (
        f'<div class="duongdan">{crumb_html}</div>\n   <h1 class="tdtrang">{esc(h1)}</h1>'
        if crumbs
        else ""
    )
    pid = PAGE_IDS.get(page_key, guid("page:" + page_key))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="C1 CMS Foundation - Free Open Source from Orckestra and https://github.com/Orckestra/C1-CMS-Foundation" />
<meta name="description" content="{esc(desc or 'Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh')}" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/Frontend/Styles/sgd_ht/Screen.css" />
<link rel="stylesheet" type="text/css" href="/Frontend/Composite/News/Styles.css" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/NewsRssFeed.ashx/vi-VN" />
<script type="text/javascript" src="/Frontend/Scripts/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/Frontend/Scripts/superfish.js"></script>
</head>
<body class="pg_{pid[:8]}">
<div id="khung">
 <div id="dau">
  <div class="dongtren"><span id="ngayht">{TODAY_LINE}</span>
   <span class="dt_lk"><a href="/">Trang chủ</a> | <a href="/Lien-he">Liên hệ</a> | <a href="/NewsRssFeed.ashx/vi-VN">RSS</a></span>
   <form action="/Tim-kiem" method="get" class="tk_form"><input type="text" name="q" value="" /><input type="submit" value="Tìm kiếm" /></form>
  </div>
  <div class="bnr"><a href="/"><img src="{media("banner-sgddt-2026.jpg")}" alt="Sở Giáo dục và Đào tạo Hà Tĩnh" /></a></div>
  {_menu()}
 </div>
 <div id="giua">
  <div id="cottrai">
   {head}
   {main}
  </div>
  {_sidebar()}
 </div>
 {_footer()}
</div>
<script type="text/javascript">jQuery(function(){{jQuery('ul.sf-menu').superfish();}});</script>
</body>
</html>"""


# --- news pages ------------------------------------------------------------------------------


def _others(story: Story) -> str:
    others = [s for s in STORIES if s.cat == story.cat and s is not story][:3]
    items = "".join(
        f'<li><a href="{item_path(s)}">{_tt(s)}</a> <span class="Date">({short_date(when(s))})</span></li>'
        for s in others
    )
    return f'<div class="News tinkhac" xmlns="http://www.w3.org/1999/xhtml"><h3>Các tin khác</h3><ul>{items}</ul></div>'


def news_item_page(story: Story) -> str:
    cat = cat_of(story)
    teaser = f'<div class="Teaser">{_t(story, story.summary)}</div>' if story.sapo_outside else ""
    main = f"""
<div xmlns="http://www.w3.org/1999/xhtml" class="News">
 <div class="Item">
  <div class="Title">{_t(story, story.title)}</div>
  <div class="Date">{vi_long(when(story))}</div>
  <div class="cmuc">Chuyên mục: <a href="/Tin-tuc/{cat.slug}">{esc(cat.name)}</a> | Lượt xem: {story.views()}</div>
  {teaser}
  <div class="Description">
{description_html(story)}
  </div>
 </div>
</div>
<div class="ccu">
 <a href="javascript:window.print();"><img src="/Frontend/Images/print.gif" alt="" /> In bài</a>
 <a href="mailto:?subject={esc(story.slug)}"><img src="/Frontend/Images/email.gif" alt="" /> Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhatinh.edu.vn{esc(item_path(story))}" target="_blank"><img src="/Frontend/Images/fb.png" alt="Facebook" /></a>
 <a href="javascript:history.back();">Quay lại</a>
</div>
{_others(story)}
<div class="capnhat">Cập nhật lần cuối: {UPDATED_LINE}</div>"""
    shown = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return page(
        f"{shown} - {SITE}", "Tin tức", [("/Tin-tuc", "Tin tức")], main, "/Tin-tuc",
        desc=story.summary or story.title,
    )


def _list_item(story: Story, first: bool, last: bool) -> str:
    cls = ' class="First"' if first else (' class="Last"' if last else "")
    img = next(iter(story.images), None)
    thumb = (
        f'<a href="{item_path(story)}" class="anh"><img src="{esc(img.src.split("?")[0])}?w=180&amp;h=120&amp;mode=crop"'
        ' alt="" /></a>'
        if img
        else ""
    )
    teaser = f'<div class="Teaser">{_t(story, story.summary)}</div>' if story.sapo_outside else ""
    return (
        f"<li{cls}>{thumb}<span class=\"Title\"><a href=\"{item_path(story)}\">{_t(story, story.title)}</a></span>"
        f' <span class="Date">{short_date(when(story))}</span>{teaser}<div class="separator"></div></li>'
    )


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""
    parts = []
    if current > 1:
        parts.append(f'<a href="{base}?page=1">&#171; Đầu</a>')
        parts.append(f'<a href="{base}?page={current - 1}">&#8249; Trước</a>')
    for n in range(1, total + 1):
        parts.append(f"<span>{n}</span>" if n == current else f'<a href="{base}?page={n}">{n}</a>')
    if current < total:
        parts.append(f'<a href="{base}?page={current + 1}">Sau &#8250;</a>')
        parts.append(f'<a href="{base}?page={total}">Cuối &#187;</a>')
    return '<div class="Paging">' + " ".join(parts) + "</div>"


def news_list_page(stories: list[Story], per_page: int, pageno: int, base: str, h1: str,
                   crumbs: list[tuple[str, str]]) -> str:
    total = max(1, -(-len(stories) // per_page))
    chunk = stories[(pageno - 1) * per_page : pageno * per_page]
    if chunk:
        items = "".join(_list_item(s, i == 0, i == len(chunk) - 1) for i, s in enumerate(chunk))
        body = f"<ul>{items}</ul>"
    else:
        body = '<p class="khongco">Không có tin nào trong mục này.</p>'
    main = f'<div xmlns="http://www.w3.org/1999/xhtml" class="News">{body}{_pager(base, pageno, total)}</div>'
    title = h1 + (f" - Trang {pageno}" if pageno > 1 else "") + f" - {SITE}"
    return page(title, h1, crumbs, main, base)


# --- home ------------------------------------------------------------------------------------


def home_page() -> str:
    slides = "".join(
        f'<a href="{esc(item_path_renderer(BY_ID[i]))}"><img src="{esc(BY_ID[i].images[0].src.split("?")[0])}?w=640&amp;h=360&amp;mode=crop"'
        f' alt="" title="{_tt(BY_ID[i])}" /></a>'
        for i in _SLIDER
    )
    latest = STORIES[:5]
    first = latest[0]
    rest = "".join(
        f'<li><a href="{item_path(s)}">{_tt(s)}</a> <span class="Date">({short_date(when(s))})</span></li>'
        for s in latest[1:]
    )

    def block(cat_key: str, n: int) -> str:
        cat = CATS[cat_key]
        items = [s for s in STORIES if s.cat == cat_key][:n]
        lis = "".join(
            f'<li><a href="{item_path(s)}">{_tt(s)}</a> <span class="Date">({short_date(when(s))})</span></li>'
            for s in items
        )
        return (
            f'<div class="khoi_c"><div class="khoi_tit"><a href="/Tin-tuc/{cat.slug}">{esc(cat.name.upper())}</a></div>'
            f'<ul class="News" xmlns="http://www.w3.org/1999/xhtml">{lis}</ul></div>'
        )

    main = f"""
<div id="slider-tnb" class="nivoSlider" xmlns="http://www.w3.org/1999/xhtml">{slides}</div>
<div class="khoi_c" id="kc_tinmoi">
 <div class="khoi_tit"><a href="/Tin-tuc">TIN TỨC - SỰ KIỆN</a></div>
 <div class="News tm_dau">
  <a href="{item_path(first)}"><img src="{esc(first.images[0].src.split("?")[0])}?w=260&amp;h=170&amp;mode=crop" alt="" /></a>
  <span class="Title"><a href="{item_path(first)}">{_tt(first)}</a></span>
  <span class="Date">{short_date(when(first))}</span>
  <div class="Teaser">{esc(first.summary or "")}</div>
 </div>
 <ul class="News tm_ds">{rest}</ul>
 <div class="xemtiep"><a href="/Tin-tuc">Xem tiếp &#187;</a></div>
</div>
{block("cddh", 3)}
{block("cds", 3)}
"""
    return page(f"Trang chủ - {SITE}", "Trang chủ", [], main, "/")


# --- non-article pages -----------------------------------------------------------------------

VAN_BAN = [
    {
        "slug": "2817-SGDDT-GDTrH",
        "so": "2817/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "24/11/2026",
        "hieuluc": "24/11/2026",
        "ky": "Nguyễn Thị Hạnh",
        "trichyeu": "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "file": "2817-SGDDT-GDTrH.pdf",
    },
    {
        "slug": "1985-KH-SGDDT",
        "so": "1985/KH-SGDĐT",
        "loai": "Kế hoạch",
        "ngay": "15/08/2026",
        "hieuluc": "15/08/2026",
        "ky": "Trần Văn Sơn",
        "trichyeu": "Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, giáo dục phổ"
        " thông và giáo dục thường xuyên",
        "file": "1985-KH-SGDDT.pdf",
    },
    {
        "slug": "1456-QD-SGDDT",
        "so": "1456/QĐ-SGDĐT",
        "loai": "Quyết định",
        "ngay": "02/10/2026",
        "hieuluc": "02/10/2026",
        "ky": "Trần Văn Sơn",
        "trichyeu": "Quyết định ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
        "file": "1456-QD-SGDDT.pdf",
    },
]
VB_BY_SLUG = {v["slug"].lower(): v for v in VAN_BAN}


def van_ban_list_page() -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/Van-ban/{v["slug"]}">{esc(v["so"])}</a></td><td>{v["ngay"]}</td>'
        f'<td>{esc(v["trichyeu"])}</td><td><a href="{media(v["file"])}"><img src="/Frontend/Images/pdf.gif" alt="PDF" /></a></td></tr>'
        for i, v in enumerate(VAN_BAN, 1)
    )
    main = (
        '<div class="vb_loc">Loại văn bản: <select name="loai"><option>-- Tất cả --</option><option>Công văn</option>'
        "<option>Kế hoạch</option><option>Quyết định</option></select></div>"
        '<table class="vb_ds" cellspacing="0" rules="all" border="1"><tbody>'
        "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>"
        f"{rows}</tbody></table>"
    )
    return page(f"Văn bản - {SITE}", "Văn bản", [("/Van-ban", "Văn bản")], main, "/Van-ban")


def van_ban_page(v: dict) -> str:
    main = f"""
<table class="vb_ct" cellspacing="0" border="1" rules="all" style="width:100%"><tbody>
<tr><td style="width:30%">Số/Ký hiệu</td><td><strong>{esc(v["so"])}</strong></td></tr>
<tr><td>Loại văn bản</td><td>{v["loai"]}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Ngày ban hành</td><td>{v["ngay"]}</td></tr>
<tr><td>Ngày hiệu lực</td><td>{v["hieuluc"]}</td></tr>
<tr><td>Người ký</td><td>{esc(v["ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(v["trichyeu"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="{media(v["file"])}">{v["file"]}</a></td></tr>
</tbody></table>
<p><a href="/Van-ban">&#171; Quay lại danh sách văn bản</a></p>"""
    return page(f"{v['so']} - {SITE}", "Văn bản", [("/Van-ban", "Văn bản")], main, "/Van-ban")


def gioi_thieu_page() -> str:
    main = """
<div class="nd_trang">
<p><strong>Sở Giáo dục và Đào tạo Hà Tĩnh</strong> là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p><strong>Nhiệm vụ và quyền hạn chủ yếu:</strong></p>
<p>- Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo dài hạn, 05 năm và hằng năm;</p>
<p>- Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; tổ chức các kỳ thi theo quy định;</p>
<p>- Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục; thực hiện công tác thanh tra, kiểm tra chuyên ngành.</p>
<p>Cơ cấu tổ chức của Sở gồm Ban Giám đốc, Văn phòng, Thanh tra và các phòng chuyên môn: Tổ chức cán bộ; Kế hoạch - Tài chính; Giáo dục Mầm non - Tiểu học; Giáo dục Trung học; Giáo dục nghề nghiệp - Giáo dục thường xuyên; Khảo thí - Quản lý chất lượng.</p>
</div>
<div class="capnhat">Cập nhật lần cuối: 14/03/2026 09:20</div>"""
    return page(f"Giới thiệu - {SITE}", "Giới thiệu chung", [("/Gioi-thieu", "Giới thiệu")], main, "/Gioi-thieu")


def lanh_dao_page() -> str:
    people = [
        ("Trần Văn Sơn", "Giám đốc Sở", "Phụ trách chung; công tác tổ chức cán bộ, kế hoạch - tài chính, thanh tra."),
        ("Nguyễn Thị Hạnh", "Phó Giám đốc Sở", "Phụ trách giáo dục trung học, khảo thí - quản lý chất lượng."),
        ("Lê Văn Khánh", "Phó Giám đốc Sở", "Phụ trách giáo dục mầm non, tiểu học, GDNN-GDTX, chuyển đổi số."),
    ]
    rows = "".join(
        f'<tr><td><img src="{media("ld-" + str(i) + ".jpg")}?w=120&amp;h=150" alt="{esc(n)}" /></td>'
        f"<td><p><strong>{esc(n)}</strong></p><p>{esc(c)}</p><p>Lĩnh vực phụ trách: {esc(lv)}</p></td></tr>"
        for i, (n, c, lv) in enumerate(people, 1)
    )
    main = f'<table class="ld_tbl" cellpadding="5"><tbody>{rows}</tbody></table>'
    return page(f"Lãnh đạo Sở - {SITE}", "Lãnh đạo Sở", [("/Gioi-thieu", "Giới thiệu"), ("/Gioi-thieu/Lanh-dao-So", "Lãnh đạo Sở")], main, "/Gioi-thieu/Lanh-dao-So")


def lien_he_page() -> str:
    main = """
<div class="nd_trang">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 46 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.219 - Fax: 0239.3856.073</p>
<p>Email: vanphong@hatinh.edu.vn</p>
</div>
<form method="post" action="/Lien-he" class="c1form" id="frmLienHe">
<input type="hidden" name="__c1form" value="LienHe" />
<p><label>Họ và tên (*)</label><br /><input type="text" name="HoTen" /></p>
<p><label>Email (*)</label><br /><input type="text" name="Email" /></p>
<p><label>Nội dung (*)</label><br /><textarea name="NoiDung" rows="6" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p>
</form>"""
    return page(f"Liên hệ - {SITE}", "Liên hệ", [("/Lien-he", "Liên hệ")], main, "/Lien-he")


def lich_cong_tac_page() -> str:
    rows = [
        ("Thứ Hai 30/11", "Sáng: Giám đốc Sở họp giao ban Ban Giám đốc.", "Chiều: PGĐ Nguyễn Thị Hạnh dự Hội thi GVDG THPT."),
        ("Thứ Ba 01/12", "Sáng: Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT.", "Chiều: Làm việc tại cơ quan."),
        ("Thứ Tư 02/12", "Sáng: Giám đốc Sở dự họp UBND tỉnh.", "Chiều: PGĐ Lê Văn Khánh kiểm tra chuyển đổi số tại các trường."),
        ("Thứ Năm 03/12", "Sáng: Làm việc tại cơ quan.", "Chiều: Họp Hội đồng xét tuyển viên chức."),
        ("Thứ Sáu 04/12", "Sáng: Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT.", "Chiều: Giao ban các phòng chuyên môn."),
        ("Thứ Bảy 05/12", "Sáng: Trực cơ quan.", ""),
    ]
    trs = "".join(f"<tr><td>{d}</td><td>{esc(s)}</td><td>{esc(c)}</td></tr>" for d, s, c in rows)
    main = (
        '<div class="lct_chon">Chọn tuần: <select onchange="lctTuan(this.value)"><option value="48">Tuần 48</option>'
        '<option value="49" selected="selected">Tuần 49 (30/11/2026 - 06/12/2026)</option></select></div>'
        '<table class="lct_tbl" border="1" cellspacing="0" rules="all"><tbody>'
        f"<tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>{trs}</tbody></table>"
    )
    return page(f"Lịch công tác - {SITE}", "Lịch công tác tuần 49", [("/Lich-cong-tac", "Lịch công tác")], main, "/Lich-cong-tac")


ALBUM_SLUG = "Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam"


def thu_vien_page() -> str:
    main = (
        '<div class="album_ds"><div class="album"><a href="/Thu-vien-anh/' + ALBUM_SLUG + '">'
        f'<img src="{media("le-ky-niem-20-11-02.jpg")}?w=260&amp;h=170&amp;mode=crop" alt="" /></a>'
        f'<p><a href="/Thu-vien-anh/{ALBUM_SLUG}">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></p>'
        "<p>(8 ảnh)</p></div></div>"
    )
    return page(f"Thư viện ảnh - {SITE}", "Thư viện ảnh", [("/Thu-vien-anh", "Thư viện ảnh")], main, "/Thu-vien-anh")


def album_page() -> str:
    caps = [
        "Quang cảnh Lễ kỷ niệm", "Văn nghệ chào mừng", "Trao Bằng khen cho các nhà giáo tiêu biểu",
        "Các thế hệ nhà giáo", "Học sinh tặng hoa thầy cô", "Đại biểu chụp ảnh lưu niệm",
        "Tiết mục múa của học sinh Trường THPT Chuyên Hà Tĩnh", "Lãnh đạo Sở chúc mừng các nhà giáo",
    ]
    items = "".join(
        f'<li><a href="{media(f"album-20-11-{i:02d}.jpg")}" rel="lightbox[album]" title="{esc(c)}">'
        f'<img src="{media(f"album-20-11-{i:02d}.jpg")}?w=200&amp;h=140&amp;mode=crop" alt="{esc(c)}" /></a></li>'
        for i, c in enumerate(caps, 1)
    )
    main = (
        "<!-- f:function name=\"Composite.Media.ImageGallery.Slimbox2\" -->"
        '<div class="c1_gallery" xmlns="http://www.w3.org/1999/xhtml"><h2>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h2>'
        f'<ul class="gallery">{items}</ul></div>'
    )
    return page(
        f"Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam - {SITE}", "Thư viện ảnh",
        [("/Thu-vien-anh", "Thư viện ảnh")], main, "/Thu-vien-anh",
    )


def search_page(q: str) -> str:
    if q.strip():
        words = q.strip().lower()
        hits = [s for s in STORIES if words in s.title.lower()]
        lis = "".join(f'<li><a href="{item_path(s)}">{_tt(s)}</a></li>' for s in hits)
        res = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”.</p><ul>{lis}</ul>"
    else:
        res = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    return page(f"Tìm kiếm - {SITE}", "Tìm kiếm", [("/Tim-kiem", "Tìm kiếm")], res, "/Tim-kiem")


def rss() -> str:
    items = "".join(
        f"<item><title>{_tt(s)}</title><link>http://hatinh.edu.vn{item_path(s)}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{when(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in STORIES[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức - Sở GD&amp;ĐT Hà Tĩnh'
        f"</title><link>http://hatinh.edu.vn/Tin-tuc</link><description>Tin tức</description>{items}</channel></rss>"
    )


# --- the site --------------------------------------------------------------------------------

_ITEM_RE = re.compile(r"^/tin-tuc/(\d{4})/(\d{1,2})/(\d{1,2})/([^/]+)$")
_PAGE_RE = re.compile(r"^/renderers/page\.aspx(/.*)?$")


def _pageno(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        low = path.lower().rstrip("/") or "/"
        if low.startswith("/media(") or low.startswith("/frontend/") or low == "/favicon.ico":
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(low)
        m = _PAGE_RE.match(low)
        if m:
            pid = request.params.get("pageId", "").lower()
            target = next((p for p, g in PAGE_IDS.items() if g == pid), None)
            if target is None:
                return None
            low = (target.lower().rstrip("/") or "/") + (m.group(1) or "")
            low = low.rstrip("/") or "/"
        return self._route(low, request)

    def _route(self, low: str, request: Request) -> Response | None:
        if low == "/":
            return html(home_page())
        m = _ITEM_RE.match(low)
        if m:
            y, mo, d, slug = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
            for s in STORIES:
                w = when(s)
                if (w.year, w.month, w.day) == (y, mo, d) and s.slug.lower() == slug:
                    return html(news_item_page(s))
            return None
        if low == "/tin-tuc":
            n = _pageno(request)
            if n is None:
                return None
            return html(news_list_page(STORIES, 5, n, "/Tin-tuc", "Tin tức", [("/Tin-tuc", "Tin tức")]))
        for key, cat in CATS.items():
            if low == "/tin-tuc/" + cat.slug.lower():
                n = _pageno(request)
                if n is None:
                    return None
                stories = [s for s in STORIES if s.cat == key]
                return html(
                    news_list_page(
                        stories, 4, n, f"/Tin-tuc/{cat.slug}", cat.name,
                        [("/Tin-tuc", "Tin tức"), (f"/Tin-tuc/{cat.slug}", cat.name)],
                    )
                )
        if low == "/gioi-thieu":
            return html(gioi_thieu_page())
        if low == "/gioi-thieu/lanh-dao-so":
            return html(lanh_dao_page())
        if low == "/lien-he":
            return html(lien_he_page())
        if low == "/lich-cong-tac":
            return html(lich_cong_tac_page())
        if low == "/van-ban":
            return html(van_ban_list_page())
        if low.startswith("/van-ban/") and low[len("/van-ban/"):] in VB_BY_SLUG:
            return html(van_ban_page(VB_BY_SLUG[low[len("/van-ban/"):]]))
        if low == "/thu-vien-anh":
            return html(thu_vien_page())
        if low == "/thu-vien-anh/" + ALBUM_SLUG.lower():
            return html(album_page())
        if low == "/tim-kiem":
            return html(search_page(request.params.get("q", "")))
        if low == "/newsrssfeed.ashx/vi-vn":
            return Response(200, rss(), {"Content-Type": "application/rss+xml; charset=utf-8"})
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if item_path_short(story) != item_path(story):
        alts.append(item_path_short(story))
    alts.append(item_path_renderer(story))
    return alts


GOLD = [
    gold_record(s, item_path(s), cat_of(s).name, canonical_path=item_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/Gioi-thieu",
    "/Gioi-thieu/Lanh-dao-So",
    "/Lien-he",
    "/Lich-cong-tac",
    "/Van-ban/2817-SGDDT-GDTrH",
    "/Van-ban/1985-KH-SGDDT",
    "/Van-ban/1456-QD-SGDDT",
    "/Thu-vien-anh/" + ALBUM_SLUG,
]
