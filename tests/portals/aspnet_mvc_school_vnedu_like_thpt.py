"""Trường THPT Trần Phú (Đức Thọ, Hà Tĩnh) on a multi-school ASP.NET MVC 5 website product.

Platform
--------
An ASP.NET MVC 5.2 school-website product sold together with a school-management platform (the
"Sổ liên lạc điện tử" / grade book). Every school of the province lives on ONE host under its own
code: ``/thpt-tranphu-ht/``, ``/thpt-nguyendu-ht/``, ``/thpt-ductho-ht/`` … and the host's root
``/`` is the platform's directory of schools. One shared Razor layout (``_LayoutTruong.cshtml``):
top bar with today's date ("Thứ Bảy, 05/12/2026"), a "Đăng nhập" link to the platform's single
sign-on (``/Account/Login?ReturnUrl=…``), a "Website các trường" drop-down, the header with the
logo and the school's name in the page's only ``<h1>``, a Bootstrap 3 navbar, breadcrumbs
(``ol.breadcrumb.duongdan``), a right column of portlets (Thông báo, Tin đọc nhiều, Tin từ các
trường, Liên kết website, Bình chọn, Thống kê truy cập) and a footer. Bundles are served from
``/bundles/…?v=…`` and ``/Content/…``; uploads from ``/Upload/<school-code>/…``. The server runs
with ``AntiXssEncoder``, so everything Razor prints (titles, sapo, menus, dates) comes out as
numeric references (``Tr&#7847;n Ph&#250;``); the stored CKEditor HTML of a text is printed raw
(``@Html.Raw``), with CKEditor 4's Latin-1 named entities (``&agrave;``, ``&ocirc;``) in most texts.

URL scheme (routes are case-insensitive, as ASP.NET routing is)
---------------------------------------------------------------
- ``/thpt-tranphu-ht/`` home (``START_PATH``); ``/thpt-tranphu-ht`` 301 -> ``/thpt-tranphu-ht/``
- ``/thpt-tranphu-ht/tin-tuc`` "Tin tức" landing: the newest 3 of each category
- ``/thpt-tranphu-ht/tin-tuc/danh-muc/<catid>?page=<n>`` category lists, 3 rows a page
  (thumbnail, title, date, summary), pager "« ‹ 1 2 3 › »" (PagedList.Mvc markup with
  unobtrusive-ajax attributes; an ``X-Requested-With: XMLHttpRequest`` request gets the partial)
- ``/thpt-tranphu-ht/tin-tuc/chi-tiet/<id>/<slug>`` article (canonical); the slug is ignored by
  the controller: ``/tin-tuc/chi-tiet/<id>`` and any old slug serve the same page; the
  conventional MVC route ``/thpt-tranphu-ht/TinTuc/ChiTiet/<id>`` (and ``?id=<id>``) too
- ``/thpt-tranphu-ht/thong-bao`` notices list; ``/thpt-tranphu-ht/thong-bao/chi-tiet/<id>``
  notice; conventional ``/thpt-tranphu-ht/ThongBao/ChiTiet/<id>`` too
- ``/thpt-tranphu-ht/thoi-khoa-bieu?tuan=<13..15>`` timetable, ``/thpt-tranphu-ht/lich-thi``
  exam calendar, ``/thpt-tranphu-ht/gioi-thieu``, ``/thpt-tranphu-ht/lien-he``,
  ``/thpt-tranphu-ht/van-ban`` + ``/van-ban/chi-tiet/<id>``, ``/thpt-tranphu-ht/thu-vien-anh`` +
  ``/thu-vien-anh/album/<id>``, ``/thpt-tranphu-ht/tim-kiem?tukhoa=…``
- other schools of the province: ``/thpt-nguyendu-ht/…``, ``/thpt-ductho-ht/…`` (same host, same
  templates, their own articles); ``/Account/Login?ReturnUrl=…`` the platform's login.

Page templates
--------------
- Article (``div.tt-chitiet``): ``h2.tt-tieude`` headline; ``div.tt-thongtin`` with "Cập nhật:
  dd/MM/yyyy HH:mm" (and, on an edited article, "Ngày đăng: …" before it) and "Lượt xem"; the
  sapo ``div.tt-mota > strong`` (printed by Razor; the div is printed EMPTY when the field is
  empty, or left out by older posts); the text ``div.tt-noidung`` (stored CKEditor HTML, ending
  with the writer's signature line); ``div.tt-nguoidang`` "Người đăng: <account>"; tool bar
  (Facebook, Zalo, In bài, Gửi email); reader comments ``div.binhluan`` with the comment form;
  "Tin mới hơn" (the three next newer articles of the category).
- Notice (``div.tb-chitiet``): ``h2.tb-ten``, "Ngày đăng: <en-US date>", "Người đăng", the text.

How each gold article is reached
--------------------------------
Category 14 "Tin tức - Sự kiện" (8 rows, 3 a page: page 1 = 1291, 1288, 1280; page 2 = 1266,
1259 and a row that links out to a newspaper; page 3 = 1241, 1230). 1266, 1259, 1241 and 1230 are
reachable ONLY from pages 2 and 3 of that list (and from each other's "Tin mới hơn" box).
Category 15 "Hoạt động chuyên môn" (1285, 1262) and 16 "Đoàn thanh niên" (1283, 1248): one
page each, also on the home page's category boxes and the "Tin tức" landing. Notices 89 and 87:
the notices list, the "Thông báo" portlet on every page, the home page's marquee.

Traps
-----
1. (new kind) The page's only ``<h1>`` is the school's name in the shared layout's header
   ("TRƯỜNG THPT TRẦN PHÚ"); the headline is an ``<h2 class="tt-tieude">``; list titles and
   portlet titles are ``<h3>``/``<h4>``. Gold ``title`` = the ``h2`` text.
2. (new kind) Double-encoded Open Graph tags: the view HTML-encodes ``ViewBag.OgTitle`` and the
   layout encodes it again, so ``og:title``/``og:description`` decode to literal references
   ("H&#7897;i ngh&#7883; …"). The ``<title>`` carries " - Trường THPT Trần Phú". Gold ``title`` =
   the headline as printed in the ``h2``; og tags are never a source of text.
3. (new kind) The layout prints ``<meta property="article:published_time">`` from
   ``DateTime.Now`` (the render time, "2026-12-05T09:41:27.5530000+07:00") on every article and
   notice. Gold ``published_at`` = the date printed in the article's info line, never that meta.
4. (listed kind: update dates) The info line prints "Cập nhật: dd/MM/yyyy HH:mm". On this product
   that is the posting time and is the only date of a never-edited article (gold = it, with its
   time). An edited article (1280) prints "Ngày đăng: 20/11/2026 11:30 | Cập nhật: 24/11/2026
   19:45": gold = the "Ngày đăng" time, 2026-11-20T11:30:00+07:00.
5. (new kind) The "Thông báo" module prints its dates unformatted under the server's en-US
   culture, M/d/yyyy h:mm:ss tt: "12/3/2026 4:05:00 PM" is 3 December (gold
   2026-12-03T16:05:00+07:00 for notice 89), not 12 March. Notice 87 is an official document whose
   letterhead says "Đức Thọ, ngày 30 tháng 11 năm 2026" while the module prints "12/1/2026 7:52:00
   AM": gold = the letterhead day "2026-11-30" (house convention), signer "Lê Văn Hòa" its author.
6. (new kind) Lazy-loaded photos: since the template upgrade of 01/11/2026 the content filter
   rewrites every ``<img>`` of a text to ``src="/Content/images/grey.gif"
   data-original="<photo>" class="lazy"`` (jquery.lazyload). Gold image ``path`` = the
   ``data-original`` photo; the grey placeholder is no image.
7. (new kind) One article, several URLs from MVC routing: the home slider links the conventional
   route ``/thpt-tranphu-ht/TinTuc/ChiTiet/<id>`` (1291, 1288, 1285), the "Tin đọc nhiều" portlet
   links ``/tin-tuc/chi-tiet/<id>`` without slug (1291, 1280, 1285, 1283), the home page's cached
   "Tin mới" box still links 1280 under its OLD title and OLD slug (the title was edited), the
   marquee links ``/ThongBao/ChiTiet/<id>``. All serve the same article (200, no redirect, no
   canonical on notices): they are in ``alt_paths``; gold ``title`` is the current headline.
8. (new kind) Reader comments ("Ý kiến bạn đọc") printed as ``<p>`` paragraphs with names and
   dates inside the article's panel, right after the text (1291, 1283). Not body; their dates are
   not the article's.
9. (new kind) Other schools on the same host: the "Website các trường" drop-down and the "Tin từ
   các trường" portlet link to ``/thpt-nguyendu-ht/…`` and ``/thpt-ductho-ht/…`` articles, real
   articles with the same template. They are not this portal's articles (not gold); the crawl
   starts at ``/thpt-tranphu-ht/`` and should keep to it.
10. (listed kind: widgets in the text) Inside ``div.tt-noidung``: a "Tin liên quan" box between
    two paragraphs (1288), a "Tệp đính kèm" line with a PDF icon (1288, 89), a "Xem thêm:" line
    (1285), a Facebook like box (1288). None of it is body.
11. (listed kind: bylines) Signature lines in the text: right-aligned name (1291, 1241), name with
    post after a ``<br>`` (1230 "Chủ tịch Công đoàn"), a unit alone (1288 "Tổ Tư vấn tâm lý học
    đường"), "Tin: X - Ảnh: Y" (1280), "Bài và ảnh: X (GV Tổ …)" (1259: X in both lists),
    "Tin, ảnh: X" (1283), "Nhóm PV: X, Y (12A2)" (1248: both authors), "ThS. X - Tổ trưởng Tổ
    Ngữ văn" (1262: "Nguyễn Thị Thu Hà"), "Nguồn: X" (1266: source). "Người đăng: tranphu.ht" is a
    CMS account: nobody.
12. (listed kind: captions) Captions as an ``<em>`` line under the photo, in parentheses (taken
    off), as CKEditor 4 ``figure/figcaption``, as a two-row table ``table.tbl-anh``; a line "Ảnh:
    Trần Quốc Bảo" that only credits (caption None, a photographer); a photo with no line.
13. (new kind) Relative image paths written by the editor: 1241's photos are
    ``../../../../Upload/…jpg``; gold paths are resolved against the article's canonical URL
    (``/Upload/thpt-tranphu-ht/TinTuc/2026/10/…``). 1280's photos carry an ImageResizer query
    (``?w=750``) that is part of the gold path.
14. (listed kind: Word paste) 1262 was pasted from Word: ``MsoNormal`` paragraphs, ``<o:p>``
    spacers, list items whose "-" marker sits in ``mso-list:Ignore`` (no text).
15. (new kind) Pages that look like articles and are not: "Lịch thi" has a headline, a
    "Cập nhật" line, a lead paragraph and a table; "Giới thiệu" has a long text; a photo album
    has captions. They are NON_ARTICLES. A list row of category 14 links straight to a newspaper
    on another host (never followed); a notices row links straight to a PDF.

Gold decisions on ambiguous points
----------------------------------
- "Cập nhật" is the only date most articles print and is their posting time: gold uses it.
- The sapo printed in ``div.tt-mota`` is the summary and the body's first paragraph; where that
  div is empty (1230) or absent (1283) a bold first paragraph of the text is the sapo; 1262 has
  neither: summary null.
- A table inside the text (1285's list of winners) gives one paragraph per row, cells " | ".
- Lines joined with ``<br>`` inside one paragraph (1283) are separate paragraphs.
- Category = the breadcrumb's last item ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Đoàn thanh
  niên", "Thông báo").
- Comment authors, "Người đăng" accounts and the signer's post are nobody's bylines.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, gold_record, opaque, static_file

NAME = "aspnet_mvc_school_vnedu_like_thpt"
PLATFORM = "ASP.NET MVC 5 multi-school website product (school-management platform bundle)"
START_PATH = "/thpt-tranphu-ht/"

SCHOOL = "thpt-tranphu-ht"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
#: what the layout prints as article:published_time: DateTime.Now at render time
RENDER_NOW = "2026-12-05T09:41:27.5530000+07:00"
PAGE_SIZE = 3


# --- encoders ---------------------------------------------------------------------------------


def rz(value: str) -> str:
    """What Razor's ``@value`` prints under ``AntiXssEncoder``: every non-ASCII as &#N;."""
    out = []
    for ch in _html.escape(value, quote=True).replace("&#x27;", "&#39;"):
        out.append(ch if ord(ch) < 128 else f"&#{ord(ch)};")
    return "".join(out)


def ck(value: str, latin: bool = True) -> str:
    """Text as CKEditor 4 stores it: escaped, Latin-1 letters as named entities (entities_latin)."""
    s = _html.escape(value, quote=False)
    if not latin:
        return s
    out = []
    for ch in s:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --- the school's data ---------------------------------------------------------------------------

CATS = {14: "Tin tức - Sự kiện", 15: "Hoạt động chuyên môn", 16: "Đoàn thanh niên"}
UP = "/Upload/thpt-tranphu-ht/TinTuc"


def _sig_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


COMMENTS_1291 = [
    (
        "Phụ huynh em Nguyễn Gia Bảo - 12A4",
        "04/12/2026 21:07",
        "Cảm ơn nhà trường đã tổ chức hội nghị rất chu đáo. Gia đình em sẽ phối hợp chặt chẽ với "
        "cô chủ nhiệm trong đợt ôn thi này.",
    ),
    (
        "Trần Thị Huyền",
        "05/12/2026 06:42",
        "Đề nghị nhà trường sớm công bố lịch ôn tập chi tiết của từng nhóm môn để phụ huynh "
        "sắp xếp đưa đón các cháu.",
    ),
]
COMMENTS_1283 = [
    (
        "Cựu học sinh khóa 2015 - 2018",
        "27/11/2026 09:15",
        "Chương trình rất ý nghĩa! Khóa chúng tôi xin đăng ký ủng hộ 50 chiếc áo ấm, sẽ gửi về "
        "văn phòng Đoàn trường trong tuần này.",
    ),
]

A1 = Story(
    id=1291,
    slug="",
    title="Hội nghị cha mẹ học sinh khối 12 bàn giải pháp nâng cao chất lượng ôn thi tốt nghiệp "
    "THPT năm 2027",
    cat="14",
    published_at="2026-12-04T16:20:00+07:00",
    summary="Chiều 04/12, Trường THPT Trần Phú tổ chức hội nghị cha mẹ học sinh khối 12 nhằm thông "
    "tin kết quả học tập giữa học kỳ I và thống nhất kế hoạch ôn thi tốt nghiệp THPT năm 2027.",
    sapo_outside=True,
    authors=["Phan Thị Thanh Hương"],
    blocks=[
        P(
            "Tham dự hội nghị có thầy Lê Văn Hòa, Hiệu trưởng nhà trường; các thầy cô trong Ban Giám "
            "hiệu, giáo viên chủ nhiệm 11 lớp khối 12 cùng gần 450 phụ huynh học sinh."
        ),
        P(
            "Báo cáo tại hội nghị, thầy Nguyễn Đình Phúc, Phó Hiệu trưởng phụ trách chuyên môn cho "
            "biết: qua kiểm tra giữa học kỳ I, tỷ lệ học sinh khối 12 đạt điểm trung bình từ 6,5 trở "
            "lên ở các môn thi tốt nghiệp là 71,4%, tăng 3,2% so với cùng kỳ năm học trước. Tuy vậy, "
            "kết quả môn Toán và Tiếng Anh ở một số lớp vẫn còn chênh lệch lớn."
        ),
        Img(
            f"{UP}/2026/12/04/hoi-nghi-cmhs-k12-1.jpg",
            "Thầy Lê Văn Hòa, Hiệu trưởng nhà trường phát biểu tại hội nghị.",
            "Thầy Lê Văn Hòa, Hiệu trưởng nhà trường phát biểu tại hội nghị.",
            style="em",
        ),
        P(
            "Theo kế hoạch, từ ngày 07/12/2026 nhà trường tổ chức ôn tập buổi chiều cho học sinh khối "
            "12 theo nhóm môn tự chọn; mỗi tuần 3 buổi, học sinh được chia lớp theo năng lực để giáo "
            "viên có phương pháp phù hợp."
        ),
        P(
            "Nhà trường đề nghị phụ huynh phối hợp theo dõi việc tự học ở nhà, hạn chế cho con sử "
            "dụng điện thoại vào buổi tối và thường xuyên liên lạc với giáo viên chủ nhiệm qua Sổ "
            "liên lạc điện tử."
        ),
        Img(
            f"{UP}/2026/12/04/hoi-nghi-cmhs-k12-2.jpg",
            "Phụ huynh học sinh khối 12 trao đổi ý kiến tại hội nghị.",
            "Phụ huynh học sinh khối 12 trao đổi ý kiến tại hội nghị.",
            style="em",
        ),
        P(
            "Tại hội nghị, nhiều phụ huynh bày tỏ sự đồng tình với kế hoạch ôn tập, đồng thời đề "
            "xuất nhà trường tăng cường các buổi tư vấn hướng nghiệp, chọn ngành, chọn trường cho "
            "học sinh."
        ),
        P(
            "Kết thúc hội nghị, 100% phụ huynh thống nhất ký cam kết phối hợp cùng nhà trường trong "
            "giai đoạn nước rút của năm học cuối cấp."
        ),
        _sig_right("<strong>Phan Thị Thanh Hương</strong>"),
    ],
    opts={"capnhat": "04/12/2026 16:20", "lazy": True, "account": "tranphu.ht",
          "comments": COMMENTS_1291},
)

A2 = Story(
    id=1288,
    slug="",
    title="Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ "
    "sở giới năm 2026",
    cat="14",
    published_at="2026-12-01T10:05:00+07:00",
    summary="Sáng 01/12, trong giờ chào cờ đầu tuần, Trường THPT Trần Phú tổ chức lễ hưởng ứng Tháng "
    "hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 với "
    "chủ đề “Chung tay thúc đẩy bình đẳng giới, chấm dứt bạo lực trên cơ sở giới”.",
    sapo_outside=True,
    authors=["Tổ Tư vấn tâm lý học đường"],
    blocks=[
        P(
            "Tháng hành động năm nay được triển khai từ ngày 15/11 đến 15/12/2026. Phát biểu tại buổi "
            "lễ, cô Trần Thị Kim Oanh, Phó Hiệu trưởng nhà trường nhấn mạnh: bình đẳng giới không chỉ "
            "là câu chuyện của người lớn mà bắt đầu từ chính những ứng xử hằng ngày trong lớp học, "
            "trong gia đình."
        ),
        Raw("@RELATED@"),
        P(
            "Hưởng ứng tháng hành động, Đoàn trường phát động cuộc thi vẽ tranh cổ động và sáng tác "
            "video ngắn về chủ đề bình đẳng giới; mỗi chi đoàn tham gia ít nhất một sản phẩm."
        ),
        Img(
            f"{UP}/2026/12/01/binh-dang-gioi-tieu-pham.jpg",
            "(Học sinh lớp 10A3 trình diễn tiểu phẩm “Lời nói không làm đau”)",
            "Học sinh lớp 10A3 trình diễn tiểu phẩm “Lời nói không làm đau”",
            style="em",
        ),
        P(
            "Bên cạnh đó, Tổ Tư vấn tâm lý học đường duy trì hộp thư “Điều em muốn nói” và số điện "
            "thoại tư vấn trực tiếp để học sinh chia sẻ những khó khăn, vướng mắc."
        ),
        P("Các hoạt động cụ thể gồm:"),
        P("Tuyên truyền dưới cờ về Luật Bình đẳng giới và Luật Phòng, chống bạo lực gia đình;", "li"),
        P(
            "Tổ chức chuyên đề “Kỹ năng nhận diện và ứng phó với quấy rối” cho học sinh khối 10;",
            "li",
        ),
        P("Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường và các dãy phòng học.", "li"),
        Raw(
            '<p><img alt="" src="/Content/images/icon-pdf.png" style="width:16px;height:16px" />'
            "&nbsp;T&#7879;p &#273;&iacute;nh k&egrave;m: "
            '<a href="/Upload/thpt-tranphu-ht/files/KH-thang-hanh-dong-BDG-2026.pdf">'
            "KH-thang-hanh-dong-BDG-2026.pdf</a></p>"
        ),
        _sig_right("<em>Tổ Tư vấn tâm lý học đường</em>"),
        Raw(
            '<div class="fb-like" data-href="https://www.facebook.com/thpttranphuductho" '
            'data-layout="button_count" data-action="like" data-share="true"></div>'
        ),
    ],
    opts={"capnhat": "01/12/2026 10:05", "lazy": True, "account": "tranphu.ht"},
)

A3_OLD_TITLE = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"
A3 = Story(
    id=1280,
    slug="",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương học sinh đạt giải các kỳ thi",
    cat="14",
    published_at="2026-11-20T11:30:00+07:00",
    summary="Sáng 20/11, Trường THPT Trần Phú long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
    "Nam (20/11/1982 - 20/11/2026), đồng thời tuyên dương, khen thưởng các em học sinh đạt thành "
    "tích cao trong năm học 2025 - 2026.",
    sapo_outside=True,
    authors=["Lê Anh Tuấn"],
    photographers=["Hoàng Minh Đức"],
    blocks=[
        P(
            "Về dự buổi lễ có đại diện chính quyền địa phương, Hội Cha mẹ học sinh, các thế hệ thầy "
            "cô giáo đã nghỉ hưu, các cựu học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
            "1.300 học sinh của nhà trường."
        ),
        Img(
            f"{UP}/2026/11/20/le-20-11-dang-hoa.jpg?w=750",
            "Các em học sinh dâng hoa chúc mừng thầy cô giáo.",
            "Các em học sinh dâng hoa chúc mừng thầy cô giáo.",
            style="figure",
        ),
        P(
            "Diễn văn kỷ niệm do thầy Hiệu trưởng Lê Văn Hòa trình bày đã ôn lại truyền thống hơn nửa "
            "thế kỷ xây dựng và trưởng thành của nhà trường, ghi nhận những đóng góp thầm lặng của các "
            "thế hệ thầy cô giáo."
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 27 học sinh đạt giải trong kỳ thi chọn học sinh giỏi "
            "cấp tỉnh, trong đó có 2 giải Nhất, 6 giải Nhì; 1 đề tài đạt giải Ba cuộc thi Khoa học kỹ "
            "thuật cấp tỉnh; tỷ lệ tốt nghiệp THPT đạt 100%."
        ),
        P(
            "Dịp này, nhà trường đã trao thưởng cho 27 em học sinh đạt giải học sinh giỏi cấp tỉnh và "
            "12 thầy cô có học sinh đạt giải cao; Hội Cha mẹ học sinh trao 20 suất học bổng, mỗi suất "
            "trị giá 1.000.000 đồng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        Img(
            f"{UP}/2026/11/20/le-20-11-trao-thuong.jpg?w=750",
            "Ban Giám hiệu trao thưởng cho học sinh đạt giải học sinh giỏi cấp tỉnh.",
            "Ban Giám hiệu trao thưởng cho học sinh đạt giải học sinh giỏi cấp tỉnh.",
            style="figure",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng, để lại "
            "nhiều cảm xúc cho thầy cô giáo và học sinh."
        ),
        _sig_right("<strong>Tin: Lê Anh Tuấn - Ảnh: Hoàng Minh Đức</strong>"),
    ],
    opts={"ngaydang": "20/11/2026 11:30", "capnhat": "24/11/2026 19:45", "lazy": True,
          "account": "tranphu.ht"},
)

A4 = Story(
    id=1266,
    slug="",
    title="Đoàn công tác Sở GD&ĐT Hà Tĩnh kiểm tra công tác chuyển đổi số tại Trường THPT Trần Phú",
    cat="14",
    published_at="2026-11-14T08:10:00+07:00",
    summary="Ngày 13/11, đoàn công tác của Sở Giáo dục và Đào tạo Hà Tĩnh do Trưởng phòng Giáo dục "
    "trung học làm trưởng đoàn đã đến kiểm tra việc triển khai chuyển đổi số và ứng dụng công nghệ "
    "thông tin tại Trường THPT Trần Phú.",
    sapo_outside=True,
    source="Website Sở GD&ĐT Hà Tĩnh",
    blocks=[
        P(
            "Đoàn đã kiểm tra hồ sơ, dữ liệu trên hệ thống quản lý nhà trường, sổ điểm điện tử, học "
            "bạ số và việc sử dụng kho học liệu số của giáo viên; đồng thời dự giờ một số tiết học có "
            "ứng dụng công nghệ thông tin."
        ),
        Img(
            f"{UP}/2026/11/14/kiem-tra-cds-hoc-ba-so.jpg",
            "(Đoàn công tác kiểm tra hồ sơ học bạ số tại phòng Giáo vụ)",
            "Đoàn công tác kiểm tra hồ sơ học bạ số tại phòng Giáo vụ",
            style="em",
        ),
        P(
            "Theo báo cáo của nhà trường, 100% giáo viên đã sử dụng sổ điểm điện tử; 100% học sinh có "
            "tài khoản học tập trực tuyến; nhà trường đã hoàn thành cấp học bạ số cho học sinh lớp 10 "
            "và lớp 11."
        ),
        P(
            "Ghi nhận kết quả đạt được, đoàn kiểm tra đánh giá cao sự chủ động của nhà trường trong "
            "việc xây dựng hạ tầng, bồi dưỡng kỹ năng số cho đội ngũ. Đoàn cũng đề nghị nhà trường đẩy "
            "mạnh khai thác dữ liệu để quản trị, nâng cao chất lượng dạy học."
        ),
        P(
            "Thay mặt nhà trường, thầy Lê Văn Hòa tiếp thu ý kiến chỉ đạo của đoàn và cam kết tiếp tục "
            "thực hiện hiệu quả kế hoạch chuyển đổi số trong năm học 2026 - 2027."
        ),
        _sig_right("<em>Nguồn: Website Sở GD&amp;ĐT Hà Tĩnh</em>"),
    ],
    opts={"capnhat": "14/11/2026 08:10", "lazy": True, "account": "vanthu.tranphu"},
)

A5 = Story(
    id=1259,
    slug="",
    title="Học sinh Trường THPT Trần Phú giành giải Nhất Ngày hội STEM cụm trường khu vực Đức Thọ",
    cat="14",
    published_at="2026-11-06T15:00:00+07:00",
    summary="Với sản phẩm “Hệ thống tưới tiêu tự động dùng năng lượng mặt trời”, nhóm học sinh lớp "
    "11A2 của Trường THPT Trần Phú đã xuất sắc giành giải Nhất tại Ngày hội STEM cụm các trường THPT "
    "khu vực Đức Thọ năm 2026.",
    sapo_outside=True,
    authors=["Trần Quốc Bảo"],
    photographers=["Trần Quốc Bảo"],
    blocks=[
        P(
            "Ngày hội STEM năm nay thu hút 46 sản phẩm của học sinh đến từ 5 trường THPT trong khu "
            "vực. Các sản phẩm tập trung vào những vấn đề thiết thực của địa phương như nông nghiệp "
            "thông minh, xử lý rác thải, cảnh báo thiên tai."
        ),
        Img(
            f"{UP}/2026/11/06/stem-11a2-gioi-thieu.jpg",
            "Nhóm học sinh lớp 11A2 giới thiệu sản phẩm với ban giám khảo.",
            "Nhóm học sinh lớp 11A2 giới thiệu sản phẩm với ban giám khảo.",
            style="em",
        ),
        P(
            "Sản phẩm của nhóm gồm các em Trần Bảo Ngọc, Nguyễn Hữu Thắng và Phan Đức Anh, sử dụng cảm "
            "biến độ ẩm đất kết hợp vi điều khiển để tự động bật, tắt máy bơm. Toàn bộ hệ thống được "
            "cấp điện từ tấm pin năng lượng mặt trời nên có thể lắp đặt ở những cánh đồng xa khu dân cư."
        ),
        P(
            "“Chúng em mất gần hai tháng để hoàn thiện sản phẩm, có lúc tưởng phải bỏ cuộc vì mạch "
            "điều khiển liên tục bị lỗi. Giải Nhất là phần thưởng rất lớn cho cả nhóm”, em Trần Bảo "
            "Ngọc chia sẻ.",
            "q",
        ),
        P("Ngoài giải Nhất, đoàn học sinh nhà trường còn đạt 1 giải Ba và 1 giải Khuyến khích."),
        Img(f"{UP}/2026/11/06/stem-trao-giai.jpg", "Ảnh: Trần Quốc Bảo", None, style="em"),
        _sig_right("<strong>Bài và ảnh: Trần Quốc Bảo</strong> <em>(GV Tổ Vật lý - Công nghệ)</em>"),
    ],
    opts={"capnhat": "06/11/2026 15:00", "lazy": True, "account": "tranphu.ht"},
)

A6_REL = "../../../../Upload/thpt-tranphu-ht/TinTuc/2026/10"
A6 = Story(
    id=1241,
    slug="",
    title="Diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    cat="14",
    published_at="2026-10-27T09:30:00+07:00",
    summary="Sáng 26/10, Trường THPT Trần Phú phối hợp với Đội Cảnh sát PCCC và CNCH khu vực tổ chức "
    "diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chỗ năm 2026.",
    sapo_outside=True,
    authors=["Nguyễn Đình Phúc"],
    blocks=[
        P(
            "Tình huống giả định đặt ra: vào giờ ra chơi, do chập điện, đám cháy phát sinh tại phòng "
            "thực hành Tin học ở tầng 2 dãy nhà B, khói lan nhanh sang các phòng học bên cạnh."
        ),
        P(
            "Ngay khi phát hiện, lực lượng PCCC cơ sở của nhà trường đã phát lệnh báo cháy, ngắt điện "
            "toàn khu vực, dùng bình chữa cháy xách tay để khống chế đám cháy ban đầu, đồng thời tổ "
            "chức hướng dẫn gần 600 học sinh thoát nạn theo lối thoát hiểm."
        ),
        Img(
            f"{A6_REL}/dien-tap-pccc-1.jpg",
            "Lực lượng PCCC cơ sở dùng bình chữa cháy khống chế đám cháy ban đầu.",
            "Lực lượng PCCC cơ sở dùng bình chữa cháy khống chế đám cháy ban đầu.",
            style="table",
        ),
        P(
            "Nhận tin báo, Đội Cảnh sát PCCC và CNCH điều động 2 xe chữa cháy cùng 15 cán bộ, chiến sĩ "
            "đến hiện trường, triển khai lăng vòi dập lửa và cứu 3 “học sinh” bị mắc kẹt trên tầng 3."
        ),
        Img(
            f"{A6_REL}/dien-tap-pccc-2.jpg",
            "Cán bộ, chiến sĩ cứu người bị nạn mắc kẹt trên tầng cao.",
            "Cán bộ, chiến sĩ cứu người bị nạn mắc kẹt trên tầng cao.",
            style="table",
        ),
        P(
            "Sau buổi diễn tập, các cán bộ Cảnh sát PCCC đã hướng dẫn học sinh cách sử dụng bình chữa "
            "cháy, kỹ năng thoát nạn khi có khói và cách sơ cứu người bị bỏng."
        ),
        P(
            "Buổi diễn tập giúp nâng cao ý thức, kỹ năng phòng cháy, chữa cháy cho cán bộ, giáo viên "
            "và học sinh; đồng thời kiểm tra khả năng phối hợp giữa lực lượng tại chỗ với lực lượng "
            "chuyên nghiệp."
        ),
        _sig_right("<em>Nguyễn Đình Phúc</em>"),
    ],
    opts={"capnhat": "27/10/2026 09:30", "account": "tranphu.ht"},
)

A7 = Story(
    id=1230,
    slug="",
    title="Trao quà hỗ trợ học sinh có hoàn cảnh khó khăn bị thiệt hại do mưa lũ",
    cat="14",
    published_at="2026-10-15T14:15:00+07:00",
    summary="Chiều 14/10, Công đoàn và Đoàn Thanh niên Trường THPT Trần Phú đã đến thăm hỏi, trao quà "
    "hỗ trợ 35 học sinh có gia đình bị thiệt hại nặng do đợt mưa lũ vừa qua.",
    authors=["Thái Thị Hồng Nhung"],
    blocks=[
        P(
            "Chiều 14/10, Công đoàn và Đoàn Thanh niên Trường THPT Trần Phú đã đến thăm hỏi, trao quà "
            "hỗ trợ 35 học sinh có gia đình bị thiệt hại nặng do đợt mưa lũ vừa qua.",
            "b",
        ),
        P(
            "Đợt mưa lớn kéo dài từ ngày 08 đến 11/10 đã khiến nhiều địa phương ven sông La bị ngập "
            "sâu; nhà cửa, tài sản và sách vở của nhiều học sinh bị hư hỏng."
        ),
        P(
            "Ngay sau khi nước rút, nhà trường phát động phong trào quyên góp trong cán bộ, giáo viên, "
            "nhân viên và học sinh. Sau 3 ngày, nhà trường đã nhận được hơn 68 triệu đồng cùng nhiều "
            "sách vở, quần áo."
        ),
        Img(f"{UP}/2026/10/trao-qua-hoc-sinh-vung-lu.jpg", None, None, style="none"),
        P(
            "Mỗi học sinh được nhận 1.500.000 đồng tiền mặt, bộ sách giáo khoa và dụng cụ học tập. Đối "
            "với 5 em có nhà bị sập, tốc mái, nhà trường miễn toàn bộ các khoản đóng góp trong năm học."
        ),
        P(
            "Những món quà tuy nhỏ nhưng là sự động viên kịp thời, giúp các em sớm ổn định cuộc sống "
            "và yên tâm đến trường."
        ),
        _sig_right("<strong>Thái Thị Hồng Nhung</strong><br />\n<em>Chủ tịch Công đoàn</em>"),
    ],
    opts={"capnhat": "15/10/2026 14:15", "account": "congdoan.tranphu", "mota": "empty"},
)

B1 = Story(
    id=1285,
    slug="",
    title="Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 11 năm học 2026 - 2027",
    cat="15",
    published_at="2026-11-28T10:40:00+07:00",
    summary="Kỳ thi chọn học sinh giỏi cấp trường lớp 11 năm học 2026 - 2027 đã diễn ra nghiêm túc, "
    "đúng quy chế với 186 học sinh dự thi ở 9 môn.",
    sapo_outside=True,
    blocks=[
        P(
            "Đề thi do các tổ chuyên môn xây dựng theo định hướng đánh giá năng lực, bám sát cấu trúc "
            "đề thi học sinh giỏi cấp tỉnh. Kết quả có 58 học sinh đạt giải, trong đó 7 giải Nhất, 13 "
            "giải Nhì, 18 giải Ba và 20 giải Khuyến khích."
        ),
        P("Danh sách học sinh đạt giải Nhất:", "b"),
        P("TT | Họ và tên | Lớp | Môn thi | Điểm", "th"),
        P("1 | Nguyễn Minh Khôi | 11A1 | Toán | 17,5", "tr"),
        P("2 | Lê Thị Phương Thảo | 11A1 | Vật lí | 18,25", "tr"),
        P("3 | Đậu Quang Huy | 11A2 | Hóa học | 17,0", "tr"),
        P("4 | Trần Thị Mai Anh | 11A5 | Ngữ văn | 16,5", "tr"),
        P("5 | Hoàng Gia Linh | 11A6 | Lịch sử | 17,75", "tr"),
        P("6 | Phạm Khánh Vy | 11A4 | Tiếng Anh | 18,0", "tr"),
        P("7 | Võ Đình Nam | 11A2 | Tin học | 16,75", "tr"),
        P(
            "Căn cứ kết quả kỳ thi, nhà trường sẽ tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp "
            "11 để bồi dưỡng, chuẩn bị cho kỳ thi cấp tỉnh năm học 2027 - 2028."
        ),
        P(
            "Danh sách đầy đủ được niêm yết tại bảng tin nhà trường và gửi qua Sổ liên lạc điện tử "
            "đến phụ huynh học sinh."
        ),
        Raw(
            "<p><em>Xem th&ecirc;m: </em>"
            '<a href="/thpt-tranphu-ht/van-ban/chi-tiet/36">K&#7871; ho&#7841;ch b&#7891;i '
            "d&#432;&#7905;ng h&#7885;c sinh gi&#7887;i n&#259;m h&#7885;c 2026 - 2027</a></p>"
        ),
    ],
    opts={"capnhat": "28/11/2026 10:40", "lazy": True, "account": "giaovu.tranphu"},
)

B2 = Story(
    id=1262,
    slug="",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học: dạy đọc hiểu văn bản nghị luận cho học sinh "
    "lớp 10",
    cat="15",
    published_at="2026-11-10T16:00:00+07:00",
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, chiều ngày 07/11/2026, Tổ "
            "Ngữ văn đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với chủ đề dạy đọc "
            "hiểu văn bản nghị luận cho học sinh lớp 10.",
            "mso",
        ),
        P(
            "Tiết dạy minh họa bài “Hiền tài là nguyên khí của quốc gia” do cô Đặng Thị Lài thực hiện "
            "tại lớp 10A4. Cô giáo đã tổ chức cho học sinh làm việc theo nhóm, sử dụng phiếu học tập "
            "để xác định luận đề, luận điểm, lí lẽ và bằng chứng của văn bản.",
            "mso",
        ),
        P(
            "Trong phần thảo luận, các thầy cô tập trung phân tích những khó khăn của học sinh khi "
            "đọc văn bản nghị luận trung đại: vốn từ Hán Việt hạn chế, chưa quen với cách lập luận "
            "chặt chẽ và lối diễn đạt trang trọng của văn bản.",
            "mso",
        ),
        P("Một số nội dung được thống nhất sau buổi sinh hoạt:", "mso-b"),
        P(
            "Chú trọng hình thành cho học sinh cách đọc theo đặc trưng thể loại, tránh giảng giải áp "
            "đặt;",
            "mso-li",
        ),
        P("Tăng cường câu hỏi mở, khuyến khích học sinh liên hệ với thực tiễn đời sống;", "mso-li"),
        P("Thiết kế nhiệm vụ đọc mở rộng với các văn bản nghị luận ngoài sách giáo khoa.", "mso-li"),
        P(
            "Qua buổi sinh hoạt, các thầy cô trong tổ đã có thêm nhiều kinh nghiệm trong việc đổi mới "
            "phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực người học.",
            "mso",
        ),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i>'
            '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            "ThS. Nguyễn Thị Thu Hà - Tổ trưởng Tổ Ngữ văn</span></i></b><o:p></o:p></p>"
        ),
    ],
    opts={"capnhat": "10/11/2026 16:00", "lazy": True, "account": "tranphu.ht", "mota": "none",
          "ck": False},
)

C1 = Story(
    id=1283,
    slug="",
    title="Đoàn trường phát động chương trình “Áo ấm cho em” mùa đông năm 2026",
    cat="16",
    published_at="2026-11-26T20:05:00+07:00",
    summary="Nhằm chia sẻ khó khăn với học sinh vùng cao trong mùa đông giá rét, Đoàn Thanh niên "
    "Trường THPT Trần Phú phát động chương trình “Áo ấm cho em” năm 2026 đến toàn thể đoàn viên, "
    "học sinh.",
    authors=["Võ Thị Ngọc Ánh"],
    photographers=["Võ Thị Ngọc Ánh"],
    blocks=[
        P(
            "Nhằm chia sẻ khó khăn với học sinh vùng cao trong mùa đông giá rét, Đoàn Thanh niên "
            "Trường THPT Trần Phú phát động chương trình “Áo ấm cho em” năm 2026 đến toàn thể đoàn "
            "viên, học sinh.",
            "b",
        ),
        P(
            "Chương trình nhận quần áo ấm còn sử dụng tốt, chăn màn, sách vở và tiền mặt. Toàn bộ số "
            "quà sẽ được trao cho học sinh Trường PTDTBT THCS Hương Liên và một số điểm trường vùng "
            "biên giới phía tây của tỉnh."
        ),
        Img(
            f"{UP}/2026/11/26/ao-am-cho-em-tap-ket.jpg",
            "Đoàn viên các chi đoàn tập kết quần áo ấm tại văn phòng Đoàn trường.",
            "Đoàn viên các chi đoàn tập kết quần áo ấm tại văn phòng Đoàn trường.",
            style="em",
        ),
        P("Thời gian tiếp nhận: từ ngày 26/11 đến hết ngày 15/12/2026."),
        P("Địa điểm: Văn phòng Đoàn trường, tầng 1 nhà hiệu bộ.", "br"),
        P(
            "Người phụ trách: đồng chí Đặng Quang Vinh, Bí thư Đoàn trường, điện thoại 0912 345 678.",
            "br",
        ),
        P(
            "Đoàn trường mong nhận được sự hưởng ứng nhiệt tình của các thầy cô giáo, các bậc phụ "
            "huynh và các em học sinh để mùa đông năm nay các em nhỏ vùng cao bớt lạnh hơn."
        ),
        _sig_right("<b>Tin, ảnh: Võ Thị Ngọc Ánh</b>"),
    ],
    opts={"capnhat": "26/11/2026 20:05", "lazy": True, "account": "doantruong.tranphu",
          "mota": "none", "comments": COMMENTS_1283},
)

C2 = Story(
    id=1248,
    slug="",
    title="Chung kết Hội thi “Rung chuông vàng” chủ đề “Tuổi trẻ Trần Phú với văn hóa giao thông”",
    cat="16",
    published_at="2026-10-30T17:30:00+07:00",
    summary="Chiều 30/10, Đoàn Thanh niên Trường THPT Trần Phú tổ chức vòng chung kết Hội thi “Rung "
    "chuông vàng” với sự tham gia của 100 thí sinh đến từ 33 chi đoàn.",
    sapo_outside=True,
    authors=["Đặng Quang Vinh", "Bùi Thị Quỳnh Như"],
    blocks=[
        P(
            "Thí sinh lần lượt vượt qua 25 câu hỏi thuộc nhiều lĩnh vực như Luật Trật tự, an toàn giao "
            "thông đường bộ, kỹ năng xử lý tình huống khi tham gia giao thông, văn hóa ứng xử nơi công "
            "cộng."
        ),
        Img(
            f"{UP}/2026/10/rung-chuong-vang-chung-ket.jpg",
            "Không khí sôi nổi tại vòng chung kết.",
            "Không khí sôi nổi tại vòng chung kết.",
            style="figure",
        ),
        P(
            "Sau gần 2 giờ tranh tài hấp dẫn, em Nguyễn Thị Khánh Linh, lớp 11A3 là thí sinh duy nhất "
            "vượt qua câu hỏi cuối cùng và rung được tiếng chuông vàng."
        ),
        P(
            "Ban tổ chức đã trao 1 giải Đặc biệt, 3 giải Nhất, 5 giải Nhì và 10 giải Ba cho các thí "
            "sinh xuất sắc; trao giải cổ động viên nhiệt tình nhất cho Chi đoàn 10A6."
        ),
        P(
            "Hội thi là sân chơi bổ ích giúp đoàn viên, thanh niên nâng cao hiểu biết và ý thức chấp "
            "hành pháp luật về giao thông, góp phần xây dựng văn hóa giao thông an toàn trong trường "
            "học."
        ),
        _sig_right("<strong>Nhóm PV: Đặng Quang Vinh, Bùi Thị Quỳnh Như (12A2)</strong>"),
    ],
    opts={"capnhat": "30/10/2026 17:30", "account": "doantruong.tranphu"},
)

T1 = Story(
    id=87,
    slug="",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Lê Văn Hòa"],
    blocks=[
        Raw("@LETTERHEAD@"),
        P(
            "Căn cứ Kế hoạch số 142/KH-THPTTP ngày 05/9/2026 của Trường THPT Trần Phú về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        P(
            "1. Thời gian: từ ngày 14/12/2026 đến ngày 19/12/2026 (theo lịch chi tiết đăng tại mục "
            "Lịch thi trên website)."
        ),
        P(
            "2. Hình thức: các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo khối; các môn còn "
            "lại kiểm tra tại lớp theo thời khóa biểu."
        ),
        P(
            "3. Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ "
            "học sinh; không mang điện thoại và tài liệu vào phòng kiểm tra."
        ),
        P(
            "Giáo viên chủ nhiệm có trách nhiệm thông báo đến học sinh và phụ huynh học sinh; các tổ "
            "chuyên môn hoàn thành ra đề, nộp đề về phòng Giáo vụ trước ngày 10/12/2026."
        ),
        Raw("@CLOSING@"),
    ],
    opts={"ngaydang_us": "12/1/2026 7:52:00 AM", "account": "vanthu.tranphu", "ck": False},
)

T2 = Story(
    id=89,
    slug="",
    title="Thông báo tuyển chọn học sinh tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học "
    "2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-03T16:05:00+07:00",
    authors=["Trần Thị Kim Oanh"],
    blocks=[
        P(
            "Nhằm chuẩn bị cho Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm "
            "học 2026 - 2027, nhà trường thông báo tuyển chọn các dự án nghiên cứu của học sinh như "
            "sau:"
        ),
        P(
            "Đối tượng: học sinh khối 10, 11 có ý tưởng nghiên cứu thuộc các lĩnh vực khoa học tự "
            "nhiên, kỹ thuật, khoa học xã hội và hành vi.",
            "li",
        ),
        P("Mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn.", "li"),
        P(
            "Hồ sơ đăng ký gồm phiếu đăng ký và bản mô tả ý tưởng nghiên cứu (không quá 3 trang), nộp "
            "cho thầy Võ Đình Lực, Tổ Vật lý - Công nghệ trước ngày 20/12/2026.",
            "li",
        ),
        P(
            "Các dự án được chọn sẽ được nhà trường hỗ trợ kinh phí và bố trí giáo viên hướng dẫn "
            "trong suốt quá trình nghiên cứu."
        ),
        Raw(
            '<p><img alt="" src="/Content/images/icon-doc.png" style="width:16px;height:16px" />'
            "&nbsp;T&#7879;p &#273;&iacute;nh k&egrave;m: "
            '<a href="/Upload/thpt-tranphu-ht/files/Phieu-dang-ky-KHKT-2027.docx">'
            "Phieu-dang-ky-KHKT-2027.docx</a></p>"
        ),
        _sig_right("<strong>PHÓ HIỆU TRƯỞNG</strong><br />\n<strong>Trần Thị Kim Oanh</strong>"),
    ],
    opts={"ngaydang_us": "12/3/2026 4:05:00 PM", "account": "giaovu.tranphu"},
)

NEWS = [A1, A2, A3, A4, A5, A6, A7, B1, B2, C1, C2]
NOTICES = [T2, T1]
for _s in NEWS:
    _s.slug = slugify(_s.title)
A3_OLD_SLUG = slugify(A3_OLD_TITLE)

#: the row of category 14 that links straight to a newspaper (the product's "Link ngoài" field)
EXTERNAL_ROW = {
    "id": 1255,
    "title": "Đức Thọ: Hơn 1.200 học sinh tham gia Ngày hội đọc sách năm 2026",
    "date": "03/11/2026",
    "when": "2026-11-03T09:00:00+07:00",
    "url": "https://baohatinh.vn/duc-tho-hon-1200-hoc-sinh-tham-gia-ngay-hoi-doc-sach.html",
    "summary": "Ngày hội đọc sách do Thư viện huyện phối hợp tổ chức thu hút đông đảo học sinh.",
}


# --- the other schools of the host (same product, same templates) -------------------------------

OTHER_NEWS = {
    "thpt-nguyendu-ht": [
        Story(
            id=512,
            slug="",
            title="Trường THPT Nguyễn Du tổ chức Ngày hội văn hóa đọc năm 2026",
            cat="21",
            published_at="2026-12-02T09:15:00+07:00",
            summary="Sáng 01/12, Trường THPT Nguyễn Du tổ chức Ngày hội văn hóa đọc với chủ đề "
            "“Sách - người bạn đồng hành”.",
            sapo_outside=True,
            blocks=[
                P(
                    "Ngày hội gồm các hoạt động trưng bày sách, giới thiệu sách, thi kể chuyện theo "
                    "sách và đổi sách cũ lấy sách mới giữa các lớp."
                ),
                P(
                    "Dịp này, thư viện nhà trường tiếp nhận hơn 600 cuốn sách do phụ huynh và cựu học "
                    "sinh trao tặng."
                ),
                _sig_right("<strong>Hồ Thị Thanh Tâm</strong>"),
            ],
            opts={"capnhat": "02/12/2026 09:15", "account": "nguyendu.ht"},
        ),
        Story(
            id=507,
            slug="",
            title="Hội thảo nâng cao chất lượng dạy học môn Lịch sử theo chương trình mới",
            cat="21",
            published_at="2026-11-25T14:00:00+07:00",
            summary="Tổ Sử - Địa - GDKT&PL tổ chức hội thảo chia sẻ kinh nghiệm dạy học môn Lịch sử.",
            sapo_outside=True,
            blocks=[
                P(
                    "Các thầy cô đã trao đổi về việc khai thác di sản văn hóa địa phương trong dạy học "
                    "môn Lịch sử, đặc biệt là Khu lưu niệm Đại thi hào Nguyễn Du."
                ),
                P("Hội thảo thống nhất xây dựng kho tư liệu dạy học dùng chung của tổ."),
            ],
            opts={"capnhat": "25/11/2026 14:00", "account": "nguyendu.ht"},
        ),
    ],
    "thpt-ductho-ht": [
        Story(
            id=733,
            slug="",
            title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
            cat="31",
            published_at="2026-11-29T16:30:00+07:00",
            summary="Hơn 400 vận động viên tranh tài ở 6 môn thi đấu.",
            sapo_outside=True,
            blocks=[
                P(
                    "Hội khỏe Phù Đổng là dịp để nhà trường tuyển chọn vận động viên tham gia Hội khỏe "
                    "Phù Đổng cấp tỉnh."
                ),
                P("Kết quả chung cuộc, Chi đoàn 11A1 giành giải Nhất toàn đoàn."),
            ],
            opts={"capnhat": "29/11/2026 16:30", "account": "ductho.ht"},
        ),
    ],
}
for _stories in OTHER_NEWS.values():
    for _s in _stories:
        _s.slug = slugify(_s.title)


@dataclass
class School:
    code: str
    name: str
    place: str
    cats: dict[int, str]
    news: list[Story]
    notices: list[Story] = field(default_factory=list)
    full: bool = False
    address: str = ""
    phone: str = ""
    email: str = ""


SCHOOLS = {
    SCHOOL: School(
        SCHOOL,
        "Trường THPT Trần Phú",
        "Huyện Đức Thọ - Tỉnh Hà Tĩnh",
        CATS,
        NEWS,
        NOTICES,
        full=True,
        address="Khối 5, thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà Tĩnh",
        phone="0239.3831.245",
        email="c3tranphu.ductho@hatinh.edu.vn",
    ),
    "thpt-nguyendu-ht": School(
        "thpt-nguyendu-ht",
        "Trường THPT Nguyễn Du",
        "Huyện Nghi Xuân - Tỉnh Hà Tĩnh",
        {21: "Tin tức - Sự kiện"},
        OTHER_NEWS["thpt-nguyendu-ht"],
        address="Thị trấn Nghi Xuân, huyện Nghi Xuân, tỉnh Hà Tĩnh",
        phone="0239.3820.216",
        email="c3nguyendu@hatinh.edu.vn",
    ),
    "thpt-ductho-ht": School(
        "thpt-ductho-ht",
        "Trường THPT Đức Thọ",
        "Huyện Đức Thọ - Tỉnh Hà Tĩnh",
        {31: "Tin tức"},
        OTHER_NEWS["thpt-ductho-ht"],
        address="Xã Tùng Ảnh, huyện Đức Thọ, tỉnh Hà Tĩnh",
        phone="0239.3831.118",
        email="c3ductho@hatinh.edu.vn",
    ),
}


# --- URLs -----------------------------------------------------------------------------------------


def news_url(code: str, s: Story) -> str:
    return f"/{code}/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def notice_url(code: str, t: Story) -> str:
    return f"/{code}/thong-bao/chi-tiet/{t.id}"


def cat_url(code: str, catid: int, page: int | None = None) -> str:
    return f"/{code}/tin-tuc/danh-muc/{catid}" + (f"?page={page}" if page else "")


def thumb(code: str, s: Story) -> str:
    return f"/Upload/{code}/TinTuc/Thumbs/{s.id}_thumb.jpg"


def list_day(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def cat_rows(school: School, catid: int) -> list[Story | dict]:
    rows: list[Story | dict] = [s for s in school.news if int(s.cat) == catid]
    if school.full and catid == 14:
        rows.append(EXTERNAL_ROW)
    return sorted(rows, key=lambda r: r["when"] if isinstance(r, dict) else r.published_at,
                  reverse=True)


# --- article text ------------------------------------------------------------------------------


def _img_tag(src: str, lazy: bool) -> str:
    if lazy:
        return (
            f'<img alt="" class="lazy" data-original="{_html.escape(src)}" '
            'src="/Content/images/grey.gif" style="width: 700px; height: 466px;" />'
        )
    return f'<img alt="" src="{_html.escape(src)}" style="width: 700px; height: 466px;" />'


def _render_img(img: Img, lazy: bool, latin: bool) -> str:
    tag = _img_tag(img.src, lazy)
    line = ck(img.printed, latin) if img.printed else ""
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}\n'
            f"<figcaption>{line}</figcaption>\n</figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:100%"><tbody>\n'
            f'<tr><td style="text-align:center">{tag}</td></tr>\n'
            '<tr><td style="text-align:center"><span style="font-size:12px">'
            f"<em>{line}</em></span></td></tr>\n</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


_MSO_SPAN = '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:normal">'
)


def _mso_li(text_html: str, pos: str) -> str:
    return (
        f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;text-align:justify;'
        'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]>'
        '<span lang="VI" style="font-size:14.0pt"><span style="mso-list:Ignore">-'
        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
        f"</span></span></span><![endif]>{_MSO_SPAN}{text_html}</span><o:p></o:p></p>"
    )


def _related_box(code: str) -> str:
    items = "".join(
        f'<li><a href="{news_url(code, s)}">{rz(s.title)}</a></li>' for s in (C1, A3)
    )
    return (
        '<div class="box-tinlienquan" style="float:right;width:260px;margin:0 0 10px 15px;'
        'border:1px solid #ddd;padding:8px"><p class="tlq-td"><strong>TIN LI&Ecirc;N QUAN</strong>'
        f"</p><ul>{items}</ul></div>"
    )


LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>
<td style="width:42%;text-align:center;vertical-align:top"><p>SỞ GD&amp;ĐT HÀ TĨNH</p>
<p><strong>TRƯỜNG THPT TRẦN PHÚ</strong></p><p>Số: 215/TB-THPTTP</p></td>
<td style="text-align:center;vertical-align:top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>
<p><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>
<p><em>Đức Thọ, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"""

CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>
<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />
- Như trên;<br />
- Website nhà trường;<br />
- Lưu: VT.</p></td>
<td style="text-align:center;vertical-align:top"><p><strong>HIỆU TRƯỞNG</strong></p>
<p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>Lê Văn Hòa</strong></p></td></tr></tbody></table>"""


def render_text(code: str, s: Story) -> str:
    latin = s.opts.get("ck", True)
    lazy = bool(s.opts.get("lazy"))
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if isinstance(b, Raw):
            out.append(
                {"@RELATED@": _related_box(code), "@LETTERHEAD@": LETTERHEAD,
                 "@CLOSING@": CLOSING}.get(b.html, b.html)
            )
            continue
        if isinstance(b, Img):
            out.append(_render_img(b, lazy, latin))
            continue
        assert isinstance(b, P)
        if b.style in ("li", "th", "tr", "mso-li"):
            group = [b]
            kinds = ("th", "tr") if b.style in ("th", "tr") else (b.style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{ck(p.text, latin)}</li>" for p in group)
                           + "\n</ul>")
            elif b.style == "mso-li":
                n = len(group)
                out.extend(
                    _mso_li(ck(p.text, latin), "First" if k == 0 else "Last" if k == n - 1
                            else "Middle")
                    for k, p in enumerate(group)
                )
            else:
                rows = []
                for p in group:
                    cells = p.text.split(" | ")
                    if p.style == "th":
                        tds = "".join(
                            f'<td style="text-align:center"><strong>{ck(c, latin)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{ck(c, latin)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                    'border-collapse:collapse"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
            continue
        inner = ck(b.text, latin)
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            inner += "<br />\n" + ck(blocks[i].text, latin)
            i += 1
        if b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif b.style == "q":
            out.append(f"<blockquote>\n<p><em>{inner}</em></p>\n</blockquote>")
        elif b.style == "mso":
            out.append(f"{_MSO_P}{_MSO_SPAN}{inner}</span><o:p></o:p></p>")
        elif b.style == "mso-b":
            out.append(f"{_MSO_P}<b>{_MSO_SPAN}{inner}</span></b><o:p></o:p></p>")
        else:
            out.append(f'<p style="text-align: justify;">{inner}&nbsp;</p>')
    return "\n".join(out)


# --- the shared layout (_LayoutTruong.cshtml) ------------------------------------------------------

HEADERS = {
    "Server": "Microsoft-IIS/8.5",
    "X-AspNetMvc-Version": "5.2",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Cache-Control": "private",
    "Set-Cookie": "ASP.NET_SessionId=q3w0kzt1yv2hnx45cfr1lb0e; path=/; HttpOnly",
}


def page(body: str, status: int = 200) -> Response:
    return html(body, status=status, headers=dict(HEADERS))


def _token(seed: str) -> str:
    return opaque("rvt:" + seed, 78)


def _menu(school: School) -> str:
    c = school.code
    if not school.full:
        cats = "".join(
            f'<li><a href="{cat_url(c, k)}">{rz(v)}</a></li>' for k, v in school.cats.items()
        )
        return (
            f'<li><a href="/{c}/"><i class="fa fa-home"></i></a></li>'
            f'<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">'
            f'{rz("Tin tức")} <b class="caret"></b></a><ul class="dropdown-menu">{cats}</ul></li>'
        )
    cats = "".join(f'<li><a href="{cat_url(c, k)}">{rz(v)}</a></li>' for k, v in CATS.items())
    items = [
        f'<li class="mn-trangchu"><a href="/{c}/"><i class="fa fa-home"></i> {rz("Trang chủ")}</a></li>',
        f'<li><a href="/{c}/gioi-thieu">{rz("Giới thiệu")}</a></li>',
        f'<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="/{c}/tin-tuc">'
        f'{rz("Tin tức")} <b class="caret"></b></a><ul class="dropdown-menu">'
        f'<li><a href="/{c}/tin-tuc">{rz("Tất cả tin tức")}</a></li>{cats}</ul></li>',
        f'<li><a href="/{c}/thong-bao">{rz("Thông báo")}</a></li>',
        f'<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">'
        f'{rz("Học tập")} <b class="caret"></b></a><ul class="dropdown-menu">'
        f'<li><a href="/{c}/thoi-khoa-bieu">{rz("Thời khóa biểu")}</a></li>'
        f'<li><a href="/{c}/lich-thi">{rz("Lịch thi")}</a></li></ul></li>',
        f'<li><a href="/{c}/van-ban">{rz("Văn bản")}</a></li>',
        f'<li><a href="/{c}/thu-vien-anh">{rz("Thư viện ảnh")}</a></li>',
        f'<li><a href="/{c}/lien-he">{rz("Liên hệ")}</a></li>',
    ]
    return "".join(items)


def _portlet(title: str, inner: str, cls: str) -> str:
    return (
        f'<div class="portlet {cls}"><div class="portlet-td"><h4><i class="fa fa-caret-right"></i> '
        f'{rz(title)}</h4></div><div class="portlet-nd">{inner}</div></div>'
    )


def _sidebar(school: School) -> str:
    c = school.code
    if not school.full:
        return _portlet(
            "Thống kê truy cập",
            '<ul class="tk"><li>&#272;ang online: <b>4</b></li><li>H&ocirc;m nay: <b>97</b></li>'
            "<li>T&#7893;ng truy c&#7853;p: <b>312.408</b></li></ul>",
            "p-thongke",
        )
    tb = "".join(
        f'<li><a href="{notice_url(c, t)}">{rz(t.title)}</a> '
        f'<span class="tb-ngay">({t.opts["ngaydang_us"].split(" ")[0]})</span></li>'
        for t in school.notices
    )
    docnhieu = "".join(
        f'<li><a href="/{c}/tin-tuc/chi-tiet/{s.id}">{rz(s.title)}</a></li>'
        for s in (A1, B1, A3, C1)
    )
    others = []
    for code, stories in OTHER_NEWS.items():
        for s in stories:
            others.append(
                f'<li><a href="{news_url(code, s)}">{rz(s.title)}</a> '
                f'<small class="ten-truong">{rz(SCHOOLS[code].name)}</small></li>'
            )
    lienket = (
        '<select class="form-control" onchange="if(this.value)window.open(this.value)">'
        f'<option value="">-- {rz("Liên kết website")} --</option>'
        f'<option value="https://moet.gov.vn">{rz("Bộ Giáo dục và Đào tạo")}</option>'
        f'<option value="https://hatinh.edu.vn">{rz("Sở GD&ĐT Hà Tĩnh")}</option>'
        f'<option value="https://baohatinh.vn">{rz("Báo Hà Tĩnh")}</option></select>'
    )
    poll = (
        f'<form action="/{c}/BinhChon/Gui" method="post" class="binhchon">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token(c + "poll")}" />'
        f'<p class="bc-cauhoi">{rz("Bạn đánh giá thế nào về website của nhà trường?")}</p>'
        f'<div class="radio"><label><input type="radio" name="PhuongAnId" value="31" /> {rz("Rất hữu ích")}</label></div>'
        f'<div class="radio"><label><input type="radio" name="PhuongAnId" value="32" /> {rz("Hữu ích")}</label></div>'
        f'<div class="radio"><label><input type="radio" name="PhuongAnId" value="33" /> {rz("Cần cải thiện")}</label></div>'
        f'<input type="hidden" name="CauHoiId" value="9" />'
        f'<button type="submit" class="btn btn-primary btn-xs">{rz("Bình chọn")}</button></form>'
    )
    counter = (
        '<ul class="tk"><li><i class="fa fa-user"></i> &#272;ang online: <b>23</b></li>'
        '<li><i class="fa fa-calendar-o"></i> H&ocirc;m nay: <b>418</b></li>'
        '<li><i class="fa fa-bar-chart"></i> T&#7893;ng truy c&#7853;p: <b>1.286.517</b></li></ul>'
    )
    return "\n".join(
        [
            _portlet("Thông báo", f'<ul class="ds-tb">{tb}</ul>', "p-thongbao"),
            _portlet("Tin đọc nhiều", f'<ul class="ds-docnhieu">{docnhieu}</ul>', "p-docnhieu"),
            _portlet("Tin từ các trường", f'<ul class="ds-cactruong">{"".join(others)}</ul>',
                     "p-cactruong"),
            _portlet("Liên kết website", lienket, "p-lienket"),
            _portlet("Bình chọn", poll, "p-binhchon"),
            _portlet("Thống kê truy cập", counter, "p-thongke"),
        ]
    )


def layout(
    school: School,
    request: Request,
    title: str,
    main: str,
    *,
    description: str | None = None,
    og_image: str | None = None,
    canonical: str | None = None,
    article_meta: bool = False,
) -> str:
    c = school.code
    base = "http://" + request.headers.get("Host", "127.0.0.1")
    return_url = quote(request.target, safe="")
    desc = description or f"Website {school.name} - {school.place}"
    head = [
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f"<title>{rz(title)} - {rz(school.name)}</title>",
        f'<meta name="description" content="{rz(desc[:160])}" />',
        f'<meta name="keywords" content="{rz(school.name)}, {rz(school.place)}" />',
        f'<meta property="og:type" content="{"article" if article_meta else "website"}" />',
        # the view encodes ViewBag.OgTitle and the layout encodes it again
        f'<meta property="og:title" content="{rz(rz(title))}" />',
        f'<meta property="og:description" content="{rz(rz(desc[:160]))}" />',
        f'<meta property="og:url" content="{base}{_html.escape(request.target)}" />',
    ]
    if og_image:
        head.append(f'<meta property="og:image" content="{base}{og_image}" />')
    if article_meta:
        head.append(f'<meta property="article:published_time" content="{RENDER_NOW}" />')
    if canonical:
        head.append(f'<link rel="canonical" href="{base}{canonical}" />')
    head += [
        '<link rel="shortcut icon" href="/Content/images/favicon.ico" />',
        '<link href="/Content/bootstrap.min.css" rel="stylesheet" />',
        '<link href="/Content/font-awesome.min.css" rel="stylesheet" />',
        '<link href="/Content/themes/truong-xanh/style.css?v=2.3.1" rel="stylesheet" />',
        '<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>',
    ]
    schools_dd = "".join(
        f'<li><a href="/{k}/">{rz(v.name)}</a></li>' for k, v in SCHOOLS.items() if k != c
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{chr(10).join(head)}
</head>
<body class="trang-truong ma-{c}">
<div id="topbar" class="top-bar"><div class="container">
<span class="tb-homnay"><i class="fa fa-calendar"></i> {rz(HEADER_TODAY)}</span>
<ul class="tb-lienket list-inline pull-right">
<li><a href="https://sll.edu.vn" target="_blank">{rz("Sổ liên lạc điện tử")}</a></li>
<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">{rz("Website các trường")} <b class="caret"></b></a>
<ul class="dropdown-menu">{schools_dd}<li class="divider"></li><li><a href="/">{rz("Tất cả các trường")}</a></li></ul></li>
<li><a href="/Account/Login?ReturnUrl={return_url}" rel="nofollow"><i class="fa fa-sign-in"></i> {rz("Đăng nhập")}</a></li>
</ul></div></div>
<header id="hd-truong"><div class="container"><div class="row">
<div class="col-md-2 col-sm-2 hd-logo"><a href="/{c}/"><img src="/Upload/{c}/Logo/logo.png" alt="Logo" /></a></div>
<div class="col-md-10 col-sm-10 hd-ten">
<p class="hd-coquan">{rz("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH")}</p>
<h1>{rz(school.name.upper())}</h1>
<p class="hd-diachi">{rz(school.place)}</p>
</div></div></div></header>
<nav class="navbar navbar-default mn-chinh" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnChinh"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="mnChinh"><ul class="nav navbar-nav">{_menu(school)}</ul>
<form class="navbar-form navbar-right" action="/{c}/tim-kiem" method="get" role="search">
<input type="text" name="tukhoa" class="form-control input-sm" placeholder="{rz("Tìm kiếm...")}" />
<button type="submit" class="btn btn-default btn-sm"><i class="fa fa-search"></i></button></form>
</div></div></nav>
<div class="container nd-chinh"><div class="row">
<div class="col-md-9 col-sm-8 cot-trai">
{main}
</div>
<div class="col-md-3 col-sm-4 cot-phai">
{_sidebar(school)}
</div>
</div></div>
<footer id="ft-truong"><div class="container">
<p class="ft-ten"><strong>{rz(school.name.upper())} - {rz(school.place.upper())}</strong></p>
<p>{rz("Địa chỉ")}: {rz(school.address)}</p>
<p>{rz("Điện thoại")}: {school.phone} - Email: <a href="mailto:{school.email}">{school.email}</a></p>
<p>{rz("Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường")}</p>
<p class="ft-banquyen">&copy; 2016 - 2026 {rz("Hệ thống website trường học tích hợp Sổ liên lạc điện tử")}</p>
</div></footer>
<a href="#" id="len-dau" title="{rz("Lên đầu trang")}"><i class="fa fa-chevron-up"></i></a>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function () {{ $("img.lazy").lazyload({{ effect: "fadeIn" }}); }});</script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v3.2"></script>
</body>
</html>"""


def crumbs(code: str, *items: tuple[str, str | None]) -> str:
    lis = [f'<li><a href="/{code}/"><i class="fa fa-home"></i> {rz("Trang chủ")}</a></li>']
    for k, (label, href) in enumerate(items):
        last = k == len(items) - 1
        cls = ' class="active"' if last else ""
        inner = f'<a href="{href}">{rz(label)}</a>' if href else rz(label)
        lis.append(f"<li{cls}>{inner}</li>")
    return f'<ol class="breadcrumb duongdan">{"".join(lis)}</ol>'


# --- pages ------------------------------------------------------------------------------------


def _cut(text: str, n: int) -> str:
    """The product's ``@Html.CatChuoi(s, n)``: cut at a word and add "..."."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "..."


def _lead(s: Story) -> str:
    return s.summary or next(b.text for b in s.blocks if isinstance(b, P))


def _row(code: str, r: Story | dict) -> str:
    if isinstance(r, dict):  # a "Link ngoài" row: the title links to the newspaper
        href, title, day, summ = r["url"], r["title"], r["date"], r["summary"]
        img = f"/Upload/{code}/TinTuc/Thumbs/{r['id']}_thumb.jpg"
        target = ' target="_blank"'
    else:
        href, title, day, summ = news_url(code, r), r.title, list_day(r), _lead(r)
        img, target = thumb(code, r), ""
    return f"""<div class="row tin-dong">
<div class="col-xs-4 col-sm-3 tin-anh"><a href="{href}"{target}><img src="{img}" class="img-responsive img-thumbnail" alt="{rz(title)}" /></a></div>
<div class="col-xs-8 col-sm-9 tin-tt"><h3 class="tin-ten"><a href="{href}"{target} title="{rz(title)}">{rz(_cut(title, 90))}</a></h3>
<span class="tin-ngay"><i class="fa fa-clock-o"></i> {day}</span>
<p class="tin-tomtat">{rz(_cut(summ, 170))}</p></div>
</div>"""


def _pager(code: str, catid: int, cur: int, total: int) -> str:
    if total <= 1:
        return ""
    aj = (
        'data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" '
        f'data-ajax-update="#ds-tin-{catid}"'
    )

    def link(n: int, label: str, cls: str, rel: str = "") -> str:
        r = f' rel="{rel}"' if rel else ""
        return f'<li class="{cls}"><a {aj} href="{cat_url(code, catid, n)}"{r}>{label}</a></li>'

    lis = []
    if cur > 1:
        lis += [link(1, "&laquo;", "PagedList-skipToFirst"),
                link(cur - 1, "&lsaquo;", "PagedList-skipToPrevious", "prev")]
    else:
        lis += ['<li class="disabled PagedList-skipToFirst"><a>&laquo;</a></li>',
                '<li class="disabled PagedList-skipToPrevious"><a>&lsaquo;</a></li>']
    for n in range(1, total + 1):
        if n == cur:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a {aj} href="{cat_url(code, catid, n)}">{n}</a></li>')
    if cur < total:
        lis += [link(cur + 1, "&rsaquo;", "PagedList-skipToNext", "next"),
                link(total, "&raquo;", "PagedList-skipToLast")]
    else:
        lis += ['<li class="disabled PagedList-skipToNext"><a>&rsaquo;</a></li>',
                '<li class="disabled PagedList-skipToLast"><a>&raquo;</a></li>']
    return (
        '<div class="pagination-container"><ul class="pagination pagination-sm">'
        + "".join(lis) + "</ul></div>"
    )


def category_page(school: School, request: Request, catid: int) -> Response:
    c = school.code
    raw = request.params.get("page", "")
    try:
        cur = int(raw) if raw else 1
    except ValueError:
        cur = 1
    if cur < 1:
        return page(
            "<html><head><title>pageNumber = 0. PageNumber cannot be below 1.</title></head><body>"
            "<h1>Server Error in '/' Application.</h1><h2><i>pageNumber = 0. PageNumber cannot be "
            "below 1.<br>Parameter name: pageNumber<br>Actual value was 0.</i></h2></body></html>",
            status=500,
        )
    rows = cat_rows(school, catid)
    total = max(1, -(-len(rows) // PAGE_SIZE))
    chunk = rows[(cur - 1) * PAGE_SIZE: cur * PAGE_SIZE]
    listing = "\n".join(_row(c, r) for r in chunk) or (
        f'<p class="khong-co">{rz("Không có tin bài nào trong chuyên mục này.")}</p>'
    )
    partial = f'<div class="ds-tin" id="ds-tin-{catid}">\n{listing}\n{_pager(c, catid, cur, total)}\n</div>'
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return page(partial)
    name = school.cats[catid]
    main = (
        crumbs(c, ("Tin tức", f"/{c}/tin-tuc" if school.full else None), (name, cat_url(c, catid)))
        + f'\n<div class="dm-khung"><h2 class="dm-ten"><span>{rz(name)}</span></h2>\n{partial}\n</div>'
    )
    return page(layout(school, request, name, main))


def _comments(code: str, s: Story) -> str:
    items = s.opts.get("comments") or []
    lis = "".join(
        f'<div class="bl-muc"><div class="bl-nguoi"><i class="fa fa-user-circle"></i> <b>{rz(n)}</b> '
        f'<span class="bl-tg">{d}</span></div><p>{rz(t)}</p></div>'
        for n, d, t in items
    )
    return f"""<div class="binhluan" id="binhluan">
<h4 class="bl-td">{rz("Ý kiến bạn đọc")} ({len(items)})</h4>
{lis}
<form action="/{code}/BinhLuan/Gui" method="post" class="bl-form" data-ajax="true" data-ajax-method="POST" data-ajax-update="#bl-kq">
<input name="__RequestVerificationToken" type="hidden" value="{_token(code + str(s.id))}" />
<input type="hidden" name="TinTucId" value="{s.id}" />
<div class="form-group"><input class="form-control" data-val="true" data-val-required="{rz("Vui lòng nhập họ tên")}" name="HoTen" placeholder="{rz("Họ và tên")}" type="text" /></div>
<div class="form-group"><input class="form-control" name="Email" placeholder="Email" type="email" /></div>
<div class="form-group"><textarea class="form-control" name="NoiDung" rows="3" placeholder="{rz("Nội dung ý kiến")}"></textarea></div>
<button type="submit" class="btn btn-primary btn-sm">{rz("Gửi ý kiến")}</button> <span id="bl-kq"></span>
</form>
</div>"""


def article_page(school: School, request: Request, s: Story) -> Response:
    c = school.code
    catid = int(s.cat)
    name = school.cats[catid]
    base = "http://" + request.headers.get("Host", "127.0.0.1")
    info = []
    if "ngaydang" in s.opts:
        info.append(f'<span class="tt-ngaydang"><i class="fa fa-calendar"></i> {rz("Ngày đăng")}: '
                    f'{s.opts["ngaydang"]}</span>')
    info.append(f'<span class="tt-capnhat"><i class="fa fa-clock-o"></i> {rz("Cập nhật")}: '
                f'{s.opts["capnhat"]}</span>')
    info.append(f'<span class="tt-luotxem"><i class="fa fa-eye"></i> {rz("Lượt xem")}: {s.views()}</span>')
    mota_kind = s.opts.get("mota", "outside")
    if s.summary and s.sapo_outside:
        mota = f'<div class="tt-mota"><strong>{rz(s.summary)}</strong></div>'
    elif mota_kind == "empty":
        mota = '<div class="tt-mota"><strong></strong></div>'
    else:
        mota = ""
    internal = [r for r in cat_rows(school, catid) if isinstance(r, Story)]
    k = internal.index(s)
    newer = list(reversed(internal[max(0, k - 3):k]))
    khac = ""
    if newer:
        khac = (
            f'<div class="tt-khac"><h4 class="tk-td">{rz("Tin mới hơn")}</h4><ul>'
            + "".join(
                f'<li><a href="{news_url(c, o)}">{rz(o.title)}</a> <span>({list_day(o)})</span></li>'
                for o in newer
            )
            + "</ul></div>"
        )
    full_url = quote(base + news_url(c, s), safe="")
    tools = (
        '<div class="tt-congcu">'
        f'<a class="cc-fb" href="https://www.facebook.com/sharer/sharer.php?u={full_url}" target="_blank">'
        '<i class="fa fa-facebook-square"></i> Chia s&#7867;</a> '
        f'<a class="cc-zalo" href="https://sp.zalo.me/share_inline?url={full_url}" target="_blank">'
        '<img src="/Content/images/icon-zalo.png" alt="Zalo" /></a> '
        '<a class="cc-in" href="javascript:window.print();"><i class="fa fa-print"></i> In b&agrave;i</a> '
        f'<a class="cc-mail" href="mailto:?subject={quote(s.title)}&amp;body={full_url}">'
        '<i class="fa fa-envelope"></i> G&#7917;i email</a></div>'
    )
    comments = _comments(c, s) if school.full else ""
    main = f"""{crumbs(c, ("Tin tức", f"/{c}/tin-tuc" if school.full else None), (name, cat_url(c, catid)))}
<div class="panel panel-default khung-ct"><div class="panel-body">
<div class="tt-chitiet" id="tin-{s.id}">
<h2 class="tt-tieude">{rz(s.title)}</h2>
<div class="tt-thongtin">{" &nbsp;|&nbsp; ".join(info)}</div>
{mota}
<div class="tt-noidung" id="noidung-ct">
{render_text(c, s)}
</div>
<div class="tt-nguoidang text-right"><i class="fa fa-user"></i> {rz("Người đăng")}: <b>{s.opts["account"]}</b></div>
{tools}
{comments}
{khac}
</div>
</div></div>"""
    return page(
        layout(
            school, request, s.title, main, description=_cut(_lead(s), 155),
            og_image=thumb(c, s), canonical=news_url(c, s), article_meta=True,
        )
    )


def notice_page(school: School, request: Request, t: Story) -> Response:
    c = school.code
    others = "".join(
        f'<li><a href="{notice_url(c, o)}">{rz(o.title)}</a> ({o.opts["ngaydang_us"]})</li>'
        for o in school.notices if o is not t
    )
    main = f"""{crumbs(c, ("Thông báo", f"/{c}/thong-bao"))}
<div class="tb-chitiet" id="thongbao-{t.id}">
<h2 class="tb-ten">{rz(t.title)}</h2>
<p class="tb-tt"><i class="fa fa-calendar"></i> {rz("Ngày đăng")}: {t.opts["ngaydang_us"]} &nbsp;|&nbsp; <i class="fa fa-user"></i> {rz("Người đăng")}: {t.opts["account"]}</p>
<div class="tb-noidung">
{render_text(c, t)}
</div>
<div class="tb-khac"><h4>{rz("Các thông báo khác")}</h4><ul>{others}</ul></div>
</div>"""
    return page(layout(school, request, t.title, main, article_meta=True,
                       description=_cut(_lead(t), 155)))


def notices_list(school: School, request: Request) -> Response:
    c = school.code
    pdf = (
        "/Upload/thpt-tranphu-ht/files/Lich-kiem-tra-cuoi-HKI-2026-2027.pdf",
        "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 (tệp PDF)",
        "12/2/2026 9:30:00 AM",
    )
    items = [(notice_url(c, t), t.title, t.opts["ngaydang_us"]) for t in school.notices]
    items.insert(1, pdf)  # a row that links straight to a file
    rows = []
    for k, (href, title, day) in enumerate(items, 1):
        icon = ' <img src="/Content/images/icon-pdf.png" alt="pdf" />' if href.endswith(".pdf") else ""
        rows.append(
            f'<tr><td class="tb-stt">{k}</td><td><a href="{href}">{rz(title)}</a>{icon}</td>'
            f'<td class="tb-ngay">{day}</td></tr>'
        )
    main = (
        crumbs(c, ("Thông báo", None))
        + f'\n<h2 class="dm-ten"><span>{rz("Thông báo")}</span></h2>\n'
        '<table class="table table-striped ds-thongbao"><thead><tr><th>STT</th>'
        f'<th>{rz("Tiêu đề")}</th><th>{rz("Ngày đăng")}</th></tr></thead><tbody>\n'
        + "\n".join(rows) + "\n</tbody></table>"
    )
    return page(layout(school, request, "Thông báo", main))


def home_page(school: School, request: Request) -> Response:
    c = school.code
    if not school.full:
        rows = "\n".join(_row(c, s) for s in newest(school.news))
        main = f'<div class="box-tinmoi"><h3 class="box-td">{rz("Tin mới")}</h3>\n{rows}\n</div>'
        return page(layout(school, request, "Trang chủ", main))
    marquee = " &bull; ".join(
        f'<a href="/{c}/ThongBao/ChiTiet/{t.id}">{rz(t.title)}</a>' for t in school.notices
    )
    slides = []
    for k, s in enumerate((A1, A2, B1)):
        active = " active" if k == 0 else ""
        slides.append(
            f'<div class="item{active}"><a href="/{c}/TinTuc/ChiTiet/{s.id}">'
            f'<img src="/Upload/{c}/TinTuc/Slide/{s.id}_slide.jpg" alt="{rz(s.title)}" /></a>'
            f'<div class="carousel-caption"><h3><a href="/{c}/TinTuc/ChiTiet/{s.id}">{rz(s.title)}</a>'
            "</h3></div></div>"
        )
    # the "Tin mới" box is output-cached: 1280 still shows its title and slug before the edit
    tinmoi = (
        f'<li><a href="{news_url(c, C1)}">{rz(C1.title)}</a> <span class="ngay">({list_day(C1)})</span></li>'
        f'<li><a href="/{c}/tin-tuc/chi-tiet/{A3.id}/{A3_OLD_SLUG}">{rz(A3_OLD_TITLE)}</a> '
        f'<span class="ngay">({list_day(A3)})</span></li>'
    )
    boxes = []
    for catid in (15, 16):
        items = [r for r in cat_rows(school, catid) if isinstance(r, Story)][:2]
        rows = "\n".join(_row(c, s) for s in items)
        boxes.append(
            f'<div class="box-dm"><h3 class="box-td"><a href="{cat_url(c, catid)}">{rz(CATS[catid])}</a>'
            f'</h3>\n{rows}\n<p class="text-right"><a href="{cat_url(c, catid)}">{rz("Xem tiếp")} &raquo;</a></p></div>'
        )
    main = f"""<div class="tb-chay"><span class="tb-chay-nhan"><i class="fa fa-bullhorn"></i> {rz("Thông báo")}:</span>
<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
<div class="row"><div class="col-md-8">
<div id="slide-noibat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{"".join(slides)}</div>
<a class="left carousel-control" href="#slide-noibat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slide-noibat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
</div><div class="col-md-4"><div class="box-tinmoi"><h3 class="box-td">{rz("Tin mới")}</h3><ul>{tinmoi}</ul>
<p class="text-right"><a href="/{c}/tin-tuc">{rz("Tất cả tin tức")} &raquo;</a></p></div></div></div>
{"".join(boxes)}"""
    return page(layout(school, request, "Trang chủ", main))


def news_landing(school: School, request: Request) -> Response:
    c = school.code
    boxes = []
    for catid, name in CATS.items():
        items = [r for r in cat_rows(school, catid) if isinstance(r, Story)][:3]
        lis = "".join(
            f'<li><a href="{news_url(c, s)}">{rz(s.title)}</a> <span class="ngay">{list_day(s)}</span></li>'
            for s in items
        )
        boxes.append(
            f'<div class="box-dm"><h3 class="box-td">{rz(name)}</h3><ul class="ds-ngan">{lis}</ul>'
            f'<p class="text-right"><a href="{cat_url(c, catid)}">{rz("Xem tất cả")} &raquo;</a></p></div>'
        )
    main = crumbs(c, ("Tin tức", None)) + "\n" + "\n".join(boxes)
    return page(layout(school, request, "Tin tức", main))


def _simple(school: School, request: Request, title: str, crumb: list, body: str) -> Response:
    main = crumbs(school.code, *crumb) + "\n" + body
    return page(layout(school, request, title, main))


INTRO = [
    "Trường THPT Trần Phú đóng trên địa bàn thị trấn Đức Thọ, được thành lập từ những năm 70 của thế "
    "kỷ trước. Trải qua hơn nửa thế kỷ xây dựng và trưởng thành, nhà trường đã đào tạo hàng vạn học "
    "sinh, nhiều người trong số đó đã trở thành nhà khoa học, cán bộ lãnh đạo, doanh nhân thành đạt.",
    "Năm học 2026 - 2027, nhà trường có 33 lớp với hơn 1.300 học sinh; đội ngũ gồm 78 cán bộ, giáo "
    "viên, nhân viên, trong đó 32 thầy cô có trình độ thạc sĩ.",
    "Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền "
    "được công nhận danh hiệu Tập thể lao động xuất sắc.",
]

EXAMS = [
    ("14/12/2026", "Sáng", "12", "Ngữ văn", "90 phút", "7h30"),
    ("14/12/2026", "Chiều", "10, 11", "Ngữ văn", "90 phút", "14h00"),
    ("15/12/2026", "Sáng", "12", "Toán", "90 phút", "7h30"),
    ("15/12/2026", "Chiều", "10, 11", "Toán", "90 phút", "14h00"),
    ("16/12/2026", "Sáng", "10, 11, 12", "Tiếng Anh", "60 phút", "7h30"),
]

DOCS = {
    35: ("210/QĐ-THPTTP", "25/11/2026", "Quyết định thành lập Hội đồng ra đề kiểm tra cuối học kỳ I "
         "năm học 2026 - 2027", "QD-210-HD-ra-de-HKI.pdf"),
    36: ("150/KH-THPTTP", "15/09/2026", "Kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027",
         "KH-150-boi-duong-HSG.pdf"),
}

ALBUM = [
    ("le-20-11-album-1.jpg", "Văn nghệ chào mừng của Chi đoàn 12A1"),
    ("le-20-11-album-2.jpg", "Các thầy cô giáo nguyên là cán bộ, giáo viên nhà trường về dự lễ"),
    ("le-20-11-album-3.jpg", "Học sinh dâng hoa chúc mừng thầy cô"),
    ("le-20-11-album-4.jpg", "Tuyên dương học sinh giỏi cấp tỉnh"),
    ("le-20-11-album-5.jpg", "Trao học bổng của Hội Cha mẹ học sinh"),
    ("le-20-11-album-6.jpg", "Chụp ảnh lưu niệm"),
]

WEEKS = {13: "30/11/2026 - 05/12/2026", 14: "07/12/2026 - 12/12/2026", 15: "14/12/2026 - 19/12/2026"}
SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Hóa học", "Sinh học", "Lịch sử", "Tin học",
            "GDQP-AN", "Thể dục", "Địa lí", "HĐTN-HN"]


def timetable_page(school: School, request: Request) -> Response:
    c = school.code
    try:
        week = int(request.params.get("tuan", "13"))
    except ValueError:
        week = 0
    opts = "".join(
        f'<option value="{w}"{" selected" if w == week else ""}>{rz("Tuần")} {w} ({d})</option>'
        for w, d in WEEKS.items()
    )
    nav = []
    if week - 1 in WEEKS:
        nav.append(f'<a href="/{c}/thoi-khoa-bieu?tuan={week - 1}">&laquo; {rz("Tuần trước")}</a>')
    if week + 1 in WEEKS:
        nav.append(f'<a href="/{c}/thoi-khoa-bieu?tuan={week + 1}">{rz("Tuần sau")} &raquo;</a>')
    if week in WEEKS:
        tabs, panes = [], []
        for k, cls in enumerate(("10A1", "11A1", "12A1")):
            act = " active" if k == 0 else ""
            tabs.append(f'<li class="{act.strip()}"><a href="#lop-{cls}" data-toggle="tab">{cls}</a></li>')
            rows = []
            for tiet in range(1, 6):
                cells = "".join(
                    f"<td>{rz(SUBJECTS[(tiet * 3 + day * 5 + k + week) % len(SUBJECTS)])}</td>"
                    for day in range(6)
                )
                rows.append(f"<tr><td>{rz('Tiết')} {tiet}</td>{cells}</tr>")
            head = "".join(f"<th>{rz('Thứ')} {d}</th>" for d in range(2, 8))
            panes.append(
                f'<div class="tab-pane{act}" id="lop-{cls}"><table class="table table-bordered tkb-bang">'
                f"<thead><tr><th>{rz('Buổi sáng')}</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            )
        body = (
            f'<ul class="nav nav-tabs">{"".join(tabs)}</ul><div class="tab-content">{"".join(panes)}</div>'
        )
        heading = f"{rz('Thời khóa biểu')} - {rz('Tuần')} {week} ({WEEKS[week]})"
    else:
        body = f'<p class="khong-co">{rz("Chưa có thời khóa biểu của tuần này.")}</p>'
        heading = rz("Thời khóa biểu")
    html_ = (
        f'<div class="tkb"><h2 class="tkb-ten">{heading}</h2>'
        f'<form method="get" action="/{c}/thoi-khoa-bieu" class="form-inline tkb-chon">'
        f'<select name="tuan" class="form-control input-sm" onchange="this.form.submit()">{opts}</select> '
        f'<button type="submit" class="btn btn-default btn-sm">{rz("Xem")}</button></form>'
        f'<p class="tkb-dieuhuong">{" | ".join(nav)}</p>{body}'
        f'<p class="tkb-apdung"><em>{rz("Thời khóa biểu áp dụng từ ngày 07/09/2026.")}</em></p></div>'
    )
    return _simple(school, request, "Thời khóa biểu", [("Học tập", None), ("Thời khóa biểu", None)], html_)


def exams_page(school: School, request: Request) -> Response:
    rows = "".join("<tr>" + "".join(f"<td>{rz(x)}</td>" for x in r) + "</tr>" for r in EXAMS)
    head = "".join(f"<th>{rz(h)}</th>" for h in ("Ngày", "Buổi", "Khối", "Môn", "Thời gian làm bài",
                                                 "Giờ tính giờ làm bài"))
    body = (
        '<div class="lt-chitiet">'
        f'<h2 class="lt-ten">{rz("Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027")}</h2>'
        f'<div class="lt-capnhat"><i class="fa fa-clock-o"></i> {rz("Cập nhật")}: 30/11/2026 15:10</div>'
        f'<p class="lt-ghichu"><strong>{rz("Học sinh xem kỹ lịch kiểm tra, có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút; các môn không có trong lịch kiểm tra tại lớp theo thời khóa biểu.")}</strong></p>'
        f'<table class="table table-bordered lt-bang"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        f'<p><a href="/{school.code}/thong-bao/chi-tiet/87">{rz("Xem thông báo tổ chức kiểm tra")}</a></p>'
        "</div>"
    )
    return _simple(school, request, "Lịch thi", [("Học tập", None), ("Lịch thi", None)], body)


def intro_page(school: School, request: Request) -> Response:
    paras = "".join(f'<p style="text-align: justify;">{ck(p)}</p>' for p in INTRO)
    body = (
        f'<div class="gt-khung"><h2 class="gt-ten">{rz("Giới thiệu chung")}</h2>'
        f'<p style="text-align:center"><img src="/Upload/{school.code}/GioiThieu/toan-canh-truong.jpg" '
        f'alt="" style="width:700px" /></p>{paras}'
        f'<h3>{rz("Ban Giám hiệu")}</h3><ul><li>{rz("Hiệu trưởng: thầy Lê Văn Hòa")}</li>'
        f'<li>{rz("Phó Hiệu trưởng: thầy Nguyễn Đình Phúc")}</li>'
        f'<li>{rz("Phó Hiệu trưởng: cô Trần Thị Kim Oanh")}</li></ul></div>'
    )
    return _simple(school, request, "Giới thiệu", [("Giới thiệu", None)], body)


def contact_page(school: School, request: Request) -> Response:
    c = school.code
    if request.method == "POST":
        body = f'<div class="alert alert-success">{rz("Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi sớm nhất.")}</div>'
        return _simple(school, request, "Liên hệ", [("Liên hệ", None)], body)
    body = f"""<div class="lh-khung"><h2 class="lh-ten">{rz("Liên hệ")}</h2>
<p><strong>{rz(school.name.upper())}</strong></p>
<p>{rz("Địa chỉ")}: {rz(school.address)}</p><p>{rz("Điện thoại")}: {school.phone}</p><p>Email: {school.email}</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3782.1!2d105.58!3d18.52" width="100%" height="280" frameborder="0" style="border:0"></iframe>
<form action="/{c}/lien-he" method="post" class="lh-form">
<input name="__RequestVerificationToken" type="hidden" value="{_token(c + "lienhe")}" />
<div class="form-group"><input class="form-control" name="HoTen" placeholder="{rz("Họ và tên")}" data-val="true" data-val-required="{rz("Bạn chưa nhập họ tên")}" /></div>
<div class="form-group"><input class="form-control" name="Email" placeholder="Email" /></div>
<div class="form-group"><textarea class="form-control" name="NoiDung" rows="4" placeholder="{rz("Nội dung")}"></textarea></div>
<button type="submit" class="btn btn-primary">{rz("Gửi liên hệ")}</button></form></div>"""
    return _simple(school, request, "Liên hệ", [("Liên hệ", None)], body)


def docs_list(school: School, request: Request) -> Response:
    c = school.code
    rows = "".join(
        f"<tr><td>{so}</td><td>{day}</td><td><a href=\"/{c}/van-ban/chi-tiet/{k}\">{rz(ty)}</a></td></tr>"
        for k, (so, day, ty, _f) in DOCS.items()
    )
    body = (
        f'<h2 class="dm-ten"><span>{rz("Văn bản")}</span></h2><table class="table table-bordered ds-vanban">'
        f"<thead><tr><th>{rz('Số/Ký hiệu')}</th><th>{rz('Ngày ban hành')}</th><th>{rz('Trích yếu')}</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    return _simple(school, request, "Văn bản", [("Văn bản", None)], body)


def doc_page(school: School, request: Request, k: int) -> Response:
    c = school.code
    so, day, ty, f = DOCS[k]
    body = (
        f'<div class="vb-chitiet"><h2 class="vb-ten">{rz(ty)}</h2><table class="table table-bordered">'
        f"<tr><th>{rz('Số/Ký hiệu')}</th><td>{so}</td></tr>"
        f"<tr><th>{rz('Ngày ban hành')}</th><td>{day}</td></tr>"
        f"<tr><th>{rz('Loại văn bản')}</th><td>{rz('Kế hoạch' if 'KH' in so else 'Quyết định')}</td></tr>"
        f"<tr><th>{rz('Cơ quan ban hành')}</th><td>{rz('Trường THPT Trần Phú')}</td></tr>"
        f"<tr><th>{rz('Người ký')}</th><td>{rz('Lê Văn Hòa')}</td></tr>"
        f"<tr><th>{rz('Trích yếu')}</th><td>{rz(ty)}</td></tr>"
        f'<tr><th>{rz("Tệp đính kèm")}</th><td><a href="/Upload/{c}/VanBan/{f}">{f}</a></td></tr>'
        "</table></div>"
    )
    return _simple(school, request, ty, [("Văn bản", f"/{c}/van-ban"), (so, None)], body)


def albums_page(school: School, request: Request) -> Response:
    c = school.code
    body = (
        f'<h2 class="dm-ten"><span>{rz("Thư viện ảnh")}</span></h2><div class="row ds-album">'
        f'<div class="col-sm-4"><a href="/{c}/thu-vien-anh/album/6"><img src="/Upload/{c}/Album/6/'
        f'{ALBUM[0][0]}" class="img-responsive" alt="" /></a><h4><a href="/{c}/thu-vien-anh/album/6">'
        f'{rz("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026")}</a></h4>'
        f'<span>6 {rz("ảnh")}</span></div></div>'
    )
    return _simple(school, request, "Thư viện ảnh", [("Thư viện ảnh", None)], body)


def album_page(school: School, request: Request) -> Response:
    c = school.code
    items = "".join(
        f'<div class="col-sm-4 anh-muc"><a href="/Upload/{c}/Album/6/{f}" data-lightbox="album6" '
        f'data-title="{rz(cap)}"><img src="/Upload/{c}/Album/6/{f}" class="img-responsive" alt="{rz(cap)}" />'
        f"</a><p>{rz(cap)}</p></div>"
        for f, cap in ALBUM
    )
    body = (
        f'<div class="album-ct"><h2 class="album-ten">{rz("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026")}</h2>'
        f'<p class="album-tt">{rz("Ngày tạo")}: 21/11/2026 | {rz("Lượt xem")}: 642</p>'
        f'<div class="row">{items}</div></div>'
    )
    return _simple(school, request, "Thư viện ảnh",
                   [("Thư viện ảnh", f"/{c}/thu-vien-anh"), ("Album", None)], body)


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def search_page(school: School, request: Request) -> Response:
    c = school.code
    q = request.params.get("tukhoa", "").strip()
    hits = [s for s in newest(school.news) if q and _fold(q) in _fold(s.title)] if q else []
    rows = "\n".join(_row(c, s) for s in hits) or f'<p class="khong-co">{rz("Không tìm thấy kết quả phù hợp.")}</p>'
    body = f'<h2 class="dm-ten"><span>{rz("Kết quả tìm kiếm")}: {rz(q)}</span></h2>\n{rows}'
    return _simple(school, request, "Tìm kiếm", [("Tìm kiếm", None)], body)


def not_found(school: School | None, request: Request) -> Response:
    msg = f'<div class="loi-404"><h2>404</h2><p>{rz("Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.")}</p></div>'
    if school is None:
        return page(f"<html><head><title>404</title></head><body>{msg}</body></html>", status=404)
    return page(layout(school, request, "Không tìm thấy trang", msg), status=404)


def root_page(request: Request) -> Response:
    lis = "".join(
        f'<li><a href="/{k}/">{rz(v.name)}</a> - {rz(v.place)}</li>' for k, v in SCHOOLS.items()
    )
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{rz("Hệ thống website trường học - Sở GD&ĐT Hà Tĩnh")}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet" /></head>
<body><div class="container"><h1>{rz("HỆ THỐNG WEBSITE CÁC TRƯỜNG HỌC TỈNH HÀ TĨNH")}</h1>
<ul class="ds-truong">{lis}</ul>
<p><a href="/Account/Login" rel="nofollow">{rz("Đăng nhập quản trị")}</a></p></div></body></html>"""
    return page(body)


def login_page(request: Request) -> Response:
    ret = request.params.get("ReturnUrl", "")
    err = f'<div class="validation-summary-errors">{rz("Tên đăng nhập hoặc mật khẩu không đúng.")}</div>' if request.method == "POST" else ""
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{rz("Đăng nhập hệ thống")}</title></head>
<body><div class="container dang-nhap"><h2>{rz("Đăng nhập hệ thống")}</h2>{err}
<form action="/Account/Login?ReturnUrl={quote(ret, safe="")}" method="post">
<input name="__RequestVerificationToken" type="hidden" value="{_token("login")}" />
<input class="form-control" name="UserName" placeholder="{rz("Tên đăng nhập")}" />
<input class="form-control" name="Password" type="password" placeholder="{rz("Mật khẩu")}" />
<button type="submit" class="btn btn-primary">{rz("Đăng nhập")}</button></form></div></body></html>"""
    return page(body)


_FILES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class Site:
    """Routes of the platform (case-insensitive, as ASP.NET routing is)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        for ext, ctype in _FILES.items():
            if low.endswith(ext) and low.startswith("/upload/"):
                return Response(200, PDF, {"Content-Type": ctype})
        if low.startswith(("/upload/", "/content/", "/scripts/")):
            return static_file(path)
        if low.startswith("/bundles/"):
            kind = "text/css" if "css" in low else "application/javascript"
            return Response(200, b"/* bundle */", {"Content-Type": kind})
        segs = [s for s in low.split("/") if s]
        if not segs:
            return root_page(request)
        if segs[:2] == ["account", "login"] and len(segs) == 2:
            return login_page(request)
        school = SCHOOLS.get(segs[0])
        if school is None:
            return not_found(None, request)
        if len(segs) == 1 and not path.endswith("/"):
            return redirect(f"/{school.code}/", 301)
        try:
            return self._route(school, request, segs[1:]) or not_found(school, request)
        except (KeyError, ValueError, StopIteration):
            return not_found(school, request)

    def _route(self, school: School, request: Request, segs: list[str]) -> Response | None:
        post = request.method == "POST"
        if not segs:
            return home_page(school, request)
        head = segs[0]
        by_id = {s.id: s for s in school.news}
        if head == "tin-tuc":
            if len(segs) == 1 and school.full:
                return news_landing(school, request)
            if len(segs) == 3 and segs[1] == "danh-muc" and int(segs[2]) in school.cats:
                return category_page(school, request, int(segs[2]))
            if len(segs) in (3, 4) and segs[1] == "chi-tiet":
                return article_page(school, request, by_id[int(segs[2])])  # the slug is ignored
            return None
        if head == "tintuc" and len(segs) >= 2 and segs[1] == "chitiet":  # conventional route
            ident = segs[2] if len(segs) == 3 else request.params.get("id", "")
            return article_page(school, request, by_id[int(ident)])
        if head in ("binhchon", "binhluan") and len(segs) == 2 and segs[1] == "gui" and post:
            msg = "Cảm ơn bạn đã bình chọn!" if head == "binhchon" else (
                "Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.")
            return page(f'<div class="alert alert-info">{rz(msg)}</div>')
        if not school.full:
            return None
        notices = {t.id: t for t in school.notices}
        if head == "thong-bao":
            if len(segs) == 1:
                return notices_list(school, request)
            if len(segs) == 3 and segs[1] == "chi-tiet":
                return notice_page(school, request, notices[int(segs[2])])
            return None
        if head == "thongbao" and len(segs) == 3 and segs[1] == "chitiet":
            return notice_page(school, request, notices[int(segs[2])])
        simple = {
            "thoi-khoa-bieu": timetable_page,
            "lich-thi": exams_page,
            "gioi-thieu": intro_page,
            "lien-he": contact_page,
            "van-ban": docs_list,
            "thu-vien-anh": albums_page,
            "tim-kiem": search_page,
        }
        if len(segs) == 1 and head in simple:
            return simple[head](school, request)
        if segs[:2] == ["van-ban", "chi-tiet"] and len(segs) == 3:
            return doc_page(school, request, int(segs[2]))
        if segs == ["thu-vien-anh", "album", "6"]:
            return album_page(school, request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------

_ALT = {
    1291: [f"/{SCHOOL}/TinTuc/ChiTiet/1291", f"/{SCHOOL}/tin-tuc/chi-tiet/1291"],
    1288: [f"/{SCHOOL}/TinTuc/ChiTiet/1288"],
    1280: [f"/{SCHOOL}/tin-tuc/chi-tiet/1280", f"/{SCHOOL}/tin-tuc/chi-tiet/1280/{A3_OLD_SLUG}"],
    1285: [f"/{SCHOOL}/TinTuc/ChiTiet/1285", f"/{SCHOOL}/tin-tuc/chi-tiet/1285"],
    1283: [f"/{SCHOOL}/tin-tuc/chi-tiet/1283"],
    89: [f"/{SCHOOL}/ThongBao/ChiTiet/89"],
    87: [f"/{SCHOOL}/ThongBao/ChiTiet/87"],
}

GOLD = [
    gold_record(s, news_url(SCHOOL, s), CATS[int(s.cat)], alt_paths=_ALT.get(s.id, ()))
    for s in newest(NEWS)
] + [
    gold_record(t, notice_url(SCHOOL, t), "Thông báo", alt_paths=_ALT[t.id]) for t in NOTICES
]

NON_ARTICLES = [
    f"/{SCHOOL}/gioi-thieu",
    f"/{SCHOOL}/lien-he",
    f"/{SCHOOL}/thoi-khoa-bieu",
    f"/{SCHOOL}/lich-thi",
    f"/{SCHOOL}/van-ban/chi-tiet/35",
    f"/{SCHOOL}/van-ban/chi-tiet/36",
    f"/{SCHOOL}/thu-vien-anh/album/6",
]
