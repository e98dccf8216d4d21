"""Sở Giáo dục và Đào tạo tỉnh Hậu Giang: an ASP.NET 4.5 WebForms vendor portal (blind fixture).

Platform
--------
A vendor CMS on ASP.NET 4.5 WebForms (IIS, URL Rewrite module): one master page
(``ctl00$…`` naming containers, ``__VIEWSTATE`` / ``__VIEWSTATEGENERATOR`` /
``__EVENTVALIDATION`` in ``<div class="aspNetHidden">``, ``__doPostBack`` script, a
ScriptManager ``ctl00$smMain``), an ``asp:Menu`` in List rendering mode (``ul.level1`` /
``ul.level2``, ``a.popout``), user controls for the header search, the "Văn bản mới" module,
"Tin xem nhiều", a poll, a web-link drop-down and a visitor counter. Lists are a ListView
(``ctl00_cphMain_lvTinTuc_ctrlN_…``) with a DataPager (``ctl00$cphMain$dpgTinTuc``: first/prev
field ``ctl00``, numeric field ``ctl01``, next/last field ``ctl02``) whose links are
``javascript:__doPostBack(&#39;ctl00$cphMain$dpgTinTuc$ctl01$ctl01&#39;,&#39;&#39;)`` (the
quotes HTML-encoded, as ASP.NET 4 prints them). The master page prints
``<base href="http://<host>/">`` and nearly every link is relative (``TinTuc.aspx?MaLoai=2``).
IIS is case-insensitive on paths and ASP.NET on query parameter names.

URL scheme
----------
- ``/`` and ``/Default.aspx``: home (slider, "Tin mới", "Thông báo", a "Chuyên môn" block).
- ``/TinTuc.aspx?MaLoai=<n>``: a category list. Page 2+ only by postback (POST of the page's
  form with ``__EVENTTARGET`` = a pager button). ``MaLoai=2`` sits in an UpdatePanel
  (``ctl00_cphMain_upnTinTuc``): an async postback (``X-MicrosoftAjax: Delta=true``) gets the
  MS-AJAX delta format, a plain POST the full page. ``MaLoai=5`` also answers
  ``&Trang=<n>`` (printed only as ``<link rel="next"/"prev">`` by an SEO add-on).
- ``/ChiTietTin.aspx?MaTin=<id>&MaLoai=<n>``: article (gold ``path``). The same article answers
  at ``?MaTin=<id>`` alone, at ``?MaLoai=<n>&MaTin=<id>`` and at the print view
  ``/InTin.aspx?MaTin=<id>`` (all ``alt_paths``); the friendly alias
  ``/tin-tuc/<slug>-<id>.aspx`` (URL Rewrite; the slug is ignored) is what every article page
  declares as ``<link rel="canonical">`` (gold ``canonical_path``).
- Non-articles: ``/GioiThieu.aspx?ID=1|2``, ``/LienHe.aspx``,
  ``/VanBan/ChiTietVanBan.aspx?MaVB=<n>`` (document entries, from ``/VanBan.aspx`` and the
  "Văn bản mới" module), ``/ThuVienAnh.aspx?MaAlbum=23`` (album), ``/Video.aspx?MaVideo=7``.
  Listings besides: ``/VanBan.aspx``, ``/ThuVienAnh.aspx``, ``/Video.aspx``,
  ``/TimKiem.aspx?TuKhoa=…`` (the header search button posts back and is redirected there).

Page templates
--------------
Article (``ChiTietTin.aspx``): breadcrumb ``div.duongdan`` "Trang chủ » Tin tức » <category>";
``h1.ct_tieude > span#ctl00_cphMain_lblTieuDe``; date row ``div.ct_ngay`` with
``lblNgayDang`` "Ngày đăng: 03/12/2026 2:15:00 CH" (.NET vi-VN: ``dd/MM/yyyy h:mm:ss tt``,
SA = a.m., CH = p.m.), sometimes ``lblCapNhat`` "Cập nhật: …", "Lượt xem", ``lblNguoiDang``
(a CMS account) and sometimes ``lblTacGia`` "Tác giả: …"; tool bar ``div.ct_congcu``; sapo
``div#ctl00_cphMain_divTomTat.ct_tomtat`` (bold) when the editor filled it; text in
``div#ctl00_cphMain_divNoiDung.ct_noidung``; then "Các tin đã đưa" (``div.tdd_khung``: older
items of the same category that sit on the same list page). List: ``div.tin_item`` rows (thumb,
``a.td_tin``, ``span.ngay_tin`` "(dd/MM/yyyy)", ``div.tt_tin`` snippet), pager ``div.phantrang``.

How each gold article is reached
--------------------------------
- Hoạt động ngành (``MaLoai=2``, 4 a page): 1287, 1281, 1274, 1266 on page 1 (1287 and 1281
  also in the home "Tin mới"; 1287 and 1274 in the slider by alias; 1274, 1266, 1281 in
  "Tin xem nhiều" as ``?MaTin=`` alone); **1253 and 1247 only on page 2, by postback**.
- Chuyên môn - Nghiệp vụ (``MaLoai=5``, 3 a page): 1285, 1270, 1259 on page 1 (1285 in
  "Tin mới", 1270 in the slider, all three in the home block); **1244 only on page 2**
  (postback, or the ``<link rel="next" href="TinTuc.aspx?MaLoai=5&Trang=2">``); 1259 is also in
  "Tin xem nhiều".
- Thông báo (``MaLoai=9``, one page): 1289, 1278, 1262 (also the home "Thông báo" box; 1289 and
  1278 in "Tin mới").

Traps
-----
1. Postback-only pagination with event validation (not a kind the README lists: stateful form
   requests). Page 2 of ``MaLoai=2`` exists only as a POST of the list's own form; the pager
   hrefs are ``javascript:__doPostBack(&#39;…&#39;,&#39;&#39;)`` with entity-encoded quotes. A
   POST whose ``__EVENTVALIDATION`` is missing or belongs to another list/page is rejected with
   the ASP.NET yellow screen (500 "Invalid postback or callback argument"), so the crawler must
   post the hidden fields of the page it took the link from. Gold: 1253, 1247 (and 1244) exist
   and are only reached this way (1244 also via ``rel=next``).
2. UpdatePanel partial rendering (not listed: response format). An async postback
   (``X-MicrosoftAjax: Delta=true`` + ``ctl00$smMain``) gets ``1|#||4|…|updatePanel|…|`` delta
   text/plain, not HTML; links to articles are inside the delta's panel content. Gold: the
   same articles; the delta is no page of its own.
3. ``<base href>`` plus relative links on rewritten URLs (not listed: URL resolution). On the
   alias ``/tin-tuc/<slug>-<id>.aspx`` every relative link and the relative ``data-original``
   image paths resolve to ``/tin-tuc/…`` (404) unless the base is honoured. Gold images of
   1287 are ``/Upload/TinTuc/2026/12/…`` (resolved against the base / the root article path).
4. Lazy-loaded photos (not listed): 1287's photos print ``src="images/blank.gif"`` and the real
   file in ``data-original``. Gold images are the ``data-original`` files; the placeholder is no
   image.
5. Lying metadata (not listed): ``<title>`` is the department's name on every page,
   ``article:published_time`` carries the last edit (``NgayCapNhat``), not the publication.
   Gold ``published_at`` comes from the printed "Ngày đăng" (e.g. 1266: meta says
   2026-11-13T09:12, the page prints "12/11/2026 12:00:00 SA" -> "2026-11-12").
6. Soft 404 (not listed): "Tin xem nhiều" still links ``ChiTietTin.aspx?MaTin=1239`` (a removed
   item); it and any unknown ``MaTin`` answer **200** with the article template, an empty
   headline and "Tin bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ." Gold: no article there.
7. Hidden SEO text inside the text container (not listed): ``<div style="display:none">`` with
   keywords inside ``divNoiDung`` of 1287 and 1285. Gold: not body.
8. Sapo printed twice (not listed): 1274's editor filled the sapo box and pasted the same lead
   again (bold) as the text's first paragraph. Gold: the sapo once, as the body's first
   paragraph.
9. Dates in .NET vi-VN 12-hour form: "12:30:00 CH" is 12:30 (1274), "2:15:00 CH" 14:15,
   "12:00:00 SA" is midnight = the day alone (1266), seconds kept (1262: 17:12:47); the
   "Cập nhật" stamp printed beside the date on 1287 is no publication date.
10. Widgets inside the text container: the "Văn bản mới" box (1274, 1262), a YouTube iframe
    (1259), a ``fb-comments`` div, attachment lines "Tập tin đính kèm:" (1289, 1278) and a
    "Xem thêm:" line (1285) all sit in ``divNoiDung``. Gold: none of them is body.
11. Bylines printed five ways: "Tin, ảnh: Thanh Tâm" (both), "Tin: Minh Khoa - Ảnh: Hoàng
    Phúc", a unit alone ("Phòng GDMN - GDTH", "Phòng GDTrH", "Văn phòng Sở"), a name with
    degree and post ("ThS. Trần Thị Mỹ Linh - Phó Trưởng phòng GDTrH" -> "Trần Thị Mỹ Linh"),
    and ``lblTacGia`` "Tác giả: ThS. Lê Hoàng Yến" in the date row (1253). "Người đăng:
    sgd_vanphong" (a CMS account) is nobody.
12. Captions in four markups: CKEditor table (caption row), centred ``<em>`` paragraph under a
    centred image, CKEditor 4 ``figure/figcaption``, and a caption wholly in parentheses
    (1274: parentheses taken off); "Ảnh: Ngọc Hân" under 1281's photo is a credit
    (caption None, photographer Ngọc Hân); 1247's photo has no line (caption None).
13. Duplicates: five URLs per article (see URL scheme), the canonical being the alias.
14. An official notice (1289) with letterhead table, "THÔNG BÁO / Về việc…", "Nơi nhận" and a
    signer: date = the letterhead's day 2026-12-03 (the page's "Ngày đăng" is 04/12), author =
    the signer.
15. Encodings/markup: 1270's text is FCKeditor entity-mixed (every second non-ASCII letter a
    reference); 1266 is pasted from Word (``MsoNormal``, ``<o:p>``, list bullets in
    ``mso-list:Ignore`` spans that are no text); 1270 has a ``<br />`` splitting a paragraph.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the last breadcrumb item (the sub-menu), not the parent "Tin tức".
- ``canonical_path`` is the alias the pages declare; ``path`` the ``ChiTietTin.aspx`` URL the
  lists link to.
- Numbered headings ("1. Chọn bài học…") and the notice's numbered points are paragraphs; the
  notice's "Căn cứ…" line is its text.
- 1285's results table: each row a paragraph, cells joined by " | ", header row included.
- "Nguồn: CDC Hậu Giang" -> source "CDC Hậu Giang"; "Theo Báo Hậu Giang" (on its own right-
  aligned line after the byline) -> source "Báo Hậu Giang".
- A typed "👉 " at the start of 1278's line is kept.
- The video page and the album are not articles even though they print a title, a date and text.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_webforms_datapager_sgddt"
PLATFORM = "ASP.NET 4.5 WebForms vendor CMS (ListView + DataPager postback, UpdatePanel)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hậu Giang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

#: MaLoai -> (menu name, parent menu name or None)
CATS: dict[int, tuple[str, str | None]] = {
    2: ("Hoạt động ngành", "Tin tức"),
    5: ("Chuyên môn - Nghiệp vụ", "Tin tức"),
    9: ("Thông báo", None),
}
PAGE_SIZE = {2: 4, 5: 3, 9: 10}
DELETED_ID = 1239
GENERATOR = "CA0B0334"
PAGER = "ctl00$cphMain$dpgTinTuc"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


_VBM_INNER = (
    '<div class="vbm_ct"><div class="vbm_ct_td">VĂN BẢN MỚI</div><ul>'
    '<li><a href="VanBan/ChiTietVanBan.aspx?MaVB=412">Công văn số 2150/SGDĐT-GDTrH về việc '
    "hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</a> (02/12/2026)</li>"
    '<li><a href="VanBan/ChiTietVanBan.aspx?MaVB=409">Quyết định số 1033/QĐ-SGDĐT ban hành '
    "Kế hoạch thi chọn học sinh giỏi cấp tỉnh</a> (25/11/2026)</li></ul></div>"
)
_SEO_HIDDEN = (
    '<div style="display:none;">sở giáo dục hậu giang, sgddt hậu giang, sở gd&amp;đt hậu giang,'
    " tin tức giáo dục hậu giang, giáo dục vị thanh, tuyển sinh hậu giang</div>"
)

STORIES: list[Story] = [
    Story(
        id=1289,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
        "2026 - 2027",
        cat="9",
        published_at="2026-12-03",
        authors=["Huỳnh Thanh Phong"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
                '<tr><td style="text-align:center;width:42%;">UBND TỈNH HẬU GIANG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                "</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center;">Số: 2187/TB-SGDĐT</td>'
                '<td style="text-align:right;"><em>Hậu Giang, ngày 03 tháng 12 năm 2026</em>'
                "</td></tr></tbody></table>"
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi'
                " cấp tỉnh lớp 12 năm học 2026 - 2027</strong></p>"
                '<p style="text-align:center;">___________</p>'
            ),
            P(
                "Căn cứ Kế hoạch số 176/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về "
                "thực hiện nhiệm vụ năm học 2026 - 2027;",
                "indent",
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
                "12 năm học 2026 - 2027 như sau:",
                "indent",
            ),
            P(
                "1. Đối tượng dự thi: học sinh đang học lớp 12 tại các trường THPT, trung tâm "
                "GDNN - GDTX trên địa bàn tỉnh, có kết quả học tập và rèn luyện năm học 2025 - "
                "2026 từ mức Khá trở lên.",
                "indent",
            ),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Giáo dục kinh tế và pháp luật.",
                "indent",
            ),
            P(
                "3. Thời gian thi: ngày 08 và 09/01/2027. Địa điểm thi: Trường THPT Chuyên Vị "
                "Thanh.",
                "indent",
            ),
            P(
                "4. Các đơn vị gửi danh sách học sinh dự thi (theo mẫu đính kèm) về Sở Giáo dục "
                "và Đào tạo (qua Phòng Quản lý chất lượng) trước ngày 20/12/2026, đồng thời gửi "
                "bản điện tử qua hệ thống văn bản điện tử.",
                "indent",
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị triển khai thực hiện "
                "nghiêm túc thông báo này./.",
                "indent",
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
                '<tr><td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em>'
                "</strong><br />- Như trên;<br />- Giám đốc, các PGĐ Sở;<br />- Website Sở;"
                "<br />- Lưu: VT, QLCL.</td>"
                '<td style="text-align:center;vertical-align:top;"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Huỳnh Thanh Phong</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<div class="ct_dinhkem"><b>Tập tin đính kèm:</b> '
                '<a href="Upload/VanBan/2026/12/2187-TB-SGDDT.pdf" target="_blank">'
                '<img src="images/icon_pdf.gif" alt="" /> 2187-TB-SGDDT.pdf</a></div>'
            ),
        ],
        opts={
            "date": "04/12/2026 4:40:00 CH",
            "updated": "2026-12-04T16:52:10+07:00",
            "poster": "sgd_qlcl",
        },
    ),
    Story(
        id=1287,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nganh-giao-duc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số ngành giáo dục năm học 2026 - 2027",
        cat="2",
        published_at="2026-12-03T14:15:00+07:00",
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        summary="Chiều ngày 03/12, Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hậu Giang tổ chức hội "
        "nghị triển khai nhiệm vụ chuyển đổi số và ứng dụng công nghệ thông tin trong ngành "
        "giáo dục năm học 2026 - 2027. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp "
        "trực tuyến đến 8 điểm cầu phòng GD&ĐT các huyện, thị xã, thành phố.",
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có ông Huỳnh Thanh Phong, Phó Giám đốc Sở GD&ĐT; đại diện Sở Thông "
                "tin và Truyền thông, Viễn thông Hậu Giang; lãnh đạo các phòng chuyên môn thuộc "
                "Sở, hiệu trưởng các trường THPT và cán bộ phụ trách công nghệ thông tin của các "
                "đơn vị trực thuộc."
            ),
            Img(
                "Upload/TinTuc/2026/12/hn-cds-01.jpg",
                "Ông Huỳnh Thanh Phong, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Ông Huỳnh Thanh Phong, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "lazy",
            ),
            P(
                "Theo báo cáo tại hội nghị, trong năm học 2025 - 2026, 100% cơ sở giáo dục trên "
                "địa bàn tỉnh đã sử dụng phần mềm quản lý trường học và cập nhật dữ liệu lên cơ "
                "sở dữ liệu ngành; 98,6% học sinh có học bạ điện tử; hơn 71% cơ sở giáo dục phổ "
                "thông triển khai thanh toán học phí không dùng tiền mặt. Hệ thống văn bản điện "
                "tử liên thông từ Sở đến các trường được vận hành ổn định, rút ngắn đáng kể thời "
                "gian xử lý công việc."
            ),
            P(
                "Bên cạnh kết quả đạt được, hạ tầng công nghệ thông tin ở một số trường vùng sâu "
                "còn thiếu và xuống cấp; đường truyền Internet chưa ổn định; đội ngũ phụ trách "
                "công nghệ thông tin chủ yếu là giáo viên kiêm nhiệm nên việc hỗ trợ kỹ thuật "
                "còn chậm."
            ),
            Img(
                "Upload/TinTuc/2026/12/hn-cds-02.jpg",
                "Đại biểu tham dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Đại biểu tham dự hội nghị tại điểm cầu Sở GD&ĐT",
                "lazy",
            ),
            P(
                "Phát biểu chỉ đạo, ông Huỳnh Thanh Phong đề nghị các đơn vị tập trung hoàn "
                "thiện dữ liệu số về đội ngũ, học sinh và cơ sở vật chất trước ngày 31/12/2026; "
                "đẩy mạnh triển khai học bạ số đối với cấp THCS và THPT; tăng cường bảo đảm an "
                "toàn thông tin, không để lộ lọt dữ liệu cá nhân của học sinh."
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng triển khai hướng dẫn sử dụng hệ thống bài giảng điện tử "
                "dùng chung của tỉnh và phát động phong trào thi đua “Mỗi giáo viên một bài "
                "giảng số” trong toàn ngành."
            ),
            _right("<strong>Tin, ảnh: Thanh Tâm</strong>"),
            Raw(_SEO_HIDDEN),
        ],
        opts={
            "date": "03/12/2026 2:15:00 CH",
            "capnhat": "04/12/2026 8:03:12 SA",
            "updated": "2026-12-04T08:03:12+07:00",
            "poster": "sgd_vanphong",
            "thumb": "Upload/TinTuc/2026/12/thumb_hn-cds-01.jpg",
        },
    ),
    Story(
        id=1285,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027 có 112 giáo "
        "viên tham gia",
        cat="5",
        published_at="2026-12-01T07:05:00+07:00",
        authors=["Phòng GDTrH"],
        summary="Từ ngày 23 đến 28/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp "
        "tỉnh bậc THPT năm học 2026 - 2027 tại Trường THPT Chuyên Vị Thanh. Hội thi thu hút 112 "
        "giáo viên đến từ 27 trường THPT và trung tâm GDNN - GDTX trong tỉnh.",
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất "
                "lượng giảng dạy và thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo "
                "viên tự chọn và một tiết bốc thăm trước 3 ngày."
            ),
            P("Kết quả cụ thể theo môn như sau:"),
            P("Môn thi | Số giáo viên dự thi | Số giáo viên đạt", "row"),
            P("Ngữ văn | 18 | 15", "row"),
            P("Toán | 20 | 17", "row"),
            P("Tiếng Anh | 16 | 14", "row"),
            P("Vật lí - Hóa học - Sinh học | 34 | 29", "row"),
            P("Lịch sử - Địa lí - GDKT&PL | 24 | 21", "row"),
            P(
                "Ban Giám khảo đánh giá nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt "
                "các phương pháp, kỹ thuật dạy học tích cực, tổ chức tốt hoạt động học tập của "
                "học sinh theo định hướng phát triển phẩm chất, năng lực. Một số tiết dạy ứng "
                "dụng hiệu quả học liệu số và phần mềm mô phỏng."
            ),
            P(
                "Tuy nhiên, vẫn còn giáo viên phân bố thời gian chưa hợp lý, phần luyện tập, vận "
                "dụng còn ít; việc đánh giá học sinh trong giờ học chưa thật sự đa dạng."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="VanBan/ChiTietVanBan.aspx?MaVB=409">Kế hoạch tổ '
                "chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027</a></em></p>"
            ),
            _right("<strong>Phòng GDTrH</strong>"),
            Raw(_SEO_HIDDEN),
        ],
        opts={
            "date": "01/12/2026 7:05:00 SA",
            "updated": "2026-12-02T10:41:00+07:00",
            "poster": "gdtrh_admin",
        },
    ),
    Story(
        id=1281,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-huyen-phung-hiep",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại huyện Phụng Hiệp",
        cat="2",
        published_at="2026-11-27T09:40:00+07:00",
        authors=["Phòng GDMN - GDTH"],
        photographers=["Ngọc Hân"],
        summary="Từ ngày 24 đến 26/11/2026, Đoàn kiểm tra của Sở GD&ĐT do bà Trần Ngọc Diễm, "
        "Trưởng phòng Giáo dục Mầm non - Giáo dục Tiểu học làm trưởng đoàn đã kiểm tra công "
        "nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Phụng Hiệp.",
        blocks=[
            P(
                "Từ ngày 24 đến 26/11/2026, Đoàn kiểm tra của Sở GD&ĐT do bà Trần Ngọc Diễm, "
                "Trưởng phòng Giáo dục Mầm non - Giáo dục Tiểu học làm trưởng đoàn đã kiểm tra "
                "công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Phụng Hiệp.",
                "b",
            ),
            P(
                "Đoàn đã làm việc với Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện; kiểm tra "
                "hồ sơ lưu trữ tại Phòng GD&ĐT và trực tiếp kiểm tra ngẫu nhiên tại 5/15 xã, thị "
                "trấn gồm: thị trấn Cây Dương, xã Tân Bình, xã Hòa An, xã Phương Bình và xã Long "
                "Thạnh."
            ),
            Img("/Upload/TinTuc/2026/11/pcgd-phunghiep.jpg", "Ảnh: Ngọc Hân", None, "p"),
            P(
                "Qua kiểm tra, huyện Phụng Hiệp duy trì đạt chuẩn phổ cập giáo dục mầm non cho "
                "trẻ em 5 tuổi; đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; phổ cập giáo dục "
                "trung học cơ sở mức độ 2 và xóa mù chữ mức độ 2. Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt "
                "100%; tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS đạt 91,2%."
            ),
            P(
                "Đoàn kiểm tra ghi nhận sự quan tâm của cấp ủy, chính quyền địa phương và sự phối "
                "hợp chặt chẽ giữa các ban, ngành, đoàn thể trong công tác vận động học sinh ra "
                "lớp. Tuy nhiên, hồ sơ phổ cập ở một số xã còn sai sót về số liệu, việc cập nhật "
                "phần mềm phổ cập chưa kịp thời."
            ),
            P(
                "Kết thúc đợt kiểm tra, đoàn đề nghị huyện tiếp tục rà soát, vận động học sinh có "
                "nguy cơ bỏ học trở lại trường, đồng thời hoàn thiện hồ sơ trước khi Sở tổng hợp "
                "trình UBND tỉnh công nhận."
            ),
            _right("<strong>Phòng GDMN - GDTH</strong>"),
        ],
        opts={
            "date": "27/11/2026 9:40:00 SA",
            "updated": "2026-11-28T07:15:33+07:00",
            "poster": "gdmn_gdth",
            "thumb": "Upload/TinTuc/2026/11/thumb_pcgd-phunghiep.jpg",
        },
    ),
    Story(
        id=1278,
        slug="thong-bao-tuyen-dung-vien-chuc-nam-2026",
        title="THÔNG BÁO TUYỂN DỤNG VIÊN CHỨC LÀM VIỆC TẠI CÁC ĐƠN VỊ SỰ NGHIỆP TRỰC THUỘC SỞ "
        "GIÁO DỤC VÀ ĐÀO TẠO NĂM 2026",
        cat="9",
        published_at="2026-11-24T10:00:00+07:00",
        summary="Sở Giáo dục và Đào tạo tỉnh Hậu Giang thông báo tuyển dụng 57 chỉ tiêu viên "
        "chức giảng dạy và viên chức hành chính làm việc tại các trường THPT, trung tâm GDNN - "
        "GDTX và Trường Phổ thông Dân tộc nội trú tỉnh năm 2026.",
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng đăng ký dự tuyển là người có đủ điều kiện theo quy định tại Nghị định "
                "số 115/2020/NĐ-CP của Chính phủ về tuyển dụng, sử dụng và quản lý viên chức và "
                "các văn bản sửa đổi, bổ sung; có trình độ chuẩn được đào tạo phù hợp với vị trí "
                "việc làm cần tuyển."
            ),
            P("Hình thức tuyển dụng", "h"),
            P(
                "Xét tuyển theo hai vòng. Vòng 1 kiểm tra điều kiện, tiêu chuẩn của người dự "
                "tuyển theo yêu cầu của vị trí việc làm. Vòng 2 thực hành dạy một tiết đối với vị "
                "trí giáo viên hoặc phỏng vấn đối với vị trí khác."
            ),
            P("Hồ sơ và thời gian nhận hồ sơ", "h"),
            P("Phiếu đăng ký dự tuyển theo mẫu;", "li"),
            P(
                "Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển;",
                "li",
            ),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            P(
                "👉 Thời gian nhận hồ sơ: từ ngày 25/11/2026 đến hết ngày 24/12/2026 (trong giờ "
                "hành chính), tại Văn phòng Sở Giáo dục và Đào tạo, số 3 đường Trần Hưng Đạo, "
                "phường V, thành phố Vị Thanh."
            ),
            P(
                "Chi tiết chỉ tiêu, vị trí việc làm và mẫu phiếu đăng ký xem trong tập tin đính "
                "kèm."
            ),
            Raw(
                '<div class="ct_dinhkem"><b>Tập tin đính kèm:</b> '
                '<a href="Upload/VanBan/2026/11/TB-tuyen-dung-VC-2026.pdf" target="_blank">'
                '<img src="images/icon_pdf.gif" alt="" /> TB-tuyen-dung-VC-2026.pdf</a></div>'
            ),
        ],
        opts={
            "date": "24/11/2026 10:00:00 SA",
            "updated": "2026-11-25T14:20:00+07:00",
            "poster": "sgd_tccb",
        },
    ),
    Story(
        id=1274,
        slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="2",
        published_at="2026-11-20T12:30:00+07:00",
        authors=["Minh Khoa"],
        photographers=["Hoàng Phúc"],
        summary="Sáng ngày 19/11, Sở GD&ĐT tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
        "Nam và tuyên dương nhà giáo tiêu biểu năm 2026. Đến dự có lãnh đạo UBND tỉnh cùng đại "
        "diện các sở, ban, ngành tỉnh.",
        sapo_outside=True,
        blocks=[
            Raw(
                '<p style="text-align: justify;"><strong>Sáng ngày 19/11, Sở GD&amp;ĐT tổ chức '
                "họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu "
                "năm 2026. Đến dự có lãnh đạo UBND tỉnh cùng đại diện các sở, ban, ngành tỉnh."
                "</strong></p>"
            ),
            P(
                "Phát biểu tại buổi họp mặt, ông Lê Minh Trí, Giám đốc Sở GD&ĐT ôn lại truyền "
                "thống vẻ vang của ngành giáo dục và bày tỏ lòng tri ân đến các thế hệ nhà giáo "
                "đã cống hiến cho sự nghiệp trồng người của tỉnh nhà. Năm học 2025 - 2026, toàn "
                "tỉnh có 12 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, tỷ lệ tốt "
                "nghiệp THPT đạt 99,3%, cao nhất từ trước đến nay."
            ),
            Img(
                "/Upload/TinTuc/2026/11/hop-mat-2011-01.jpg",
                "(Lãnh đạo tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo tiêu biểu)",
                "Lãnh đạo tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo tiêu biểu",
                "table",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội "
                "ngũ hơn 11.000 cán bộ quản lý, giáo viên, nhân viên trong toàn ngành; đồng thời "
                "đề nghị ngành tiếp tục đổi mới căn bản, toàn diện giáo dục, chăm lo đời sống "
                "giáo viên, nhất là giáo viên công tác ở vùng sâu, vùng xa."
            ),
            P(
                "Dịp này, 25 tập thể và 48 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh; 64 "
                "nhà giáo được Giám đốc Sở GD&ĐT tặng Giấy khen vì có thành tích xuất sắc trong "
                "phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            Img(
                "/Upload/TinTuc/2026/11/hop-mat-2011-02.jpg",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo Sở",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo Sở",
                "table",
            ),
            P(
                "Cũng trong buổi họp mặt, Quỹ Khuyến học tỉnh trao 30 suất học bổng, mỗi suất "
                "2.000.000 đồng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            _right("<strong>Tin: Minh Khoa - Ảnh: Hoàng Phúc</strong>"),
            Raw(_VBM_INNER),
        ],
        opts={
            "date": "20/11/2026 12:30:00 CH",
            "updated": "2026-11-21T09:02:45+07:00",
            "poster": "sgd_vanphong",
            "thumb": "Upload/TinTuc/2026/11/thumb_hop-mat-2011-01.jpg",
        },
    ),
    Story(
        id=1270,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cach-lam-hay-o-truong-thcs-tan-tien",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học: cách làm hay ở Trường THCS Tân Tiến",
        cat="5",
        published_at="2026-11-16T15:30:00+07:00",
        authors=["Trần Thị Mỹ Linh"],
        summary="Sau hai năm triển khai sinh hoạt tổ chuyên môn theo nghiên cứu bài học, Trường "
        "THCS Tân Tiến (thành phố Vị Thanh) đã tạo được chuyển biến rõ nét trong đổi mới phương "
        "pháp dạy học và chất lượng học tập của học sinh.",
        sapo_outside=True,
        blocks=[
            P("1. Chọn bài học và thiết kế bài dạy minh họa", "h"),
            P(
                "Đầu mỗi tháng, tổ chuyên môn cùng thảo luận, lựa chọn bài học có nội dung khó "
                "hoặc học sinh thường gặp sai sót. Giáo viên được phân công thiết kế bài dạy minh "
                "họa, sau đó cả tổ góp ý từng hoạt động, chú trọng cách giao nhiệm vụ và dự kiến "
                "khó khăn của học sinh."
            ),
            P("2. Dự giờ, quan sát học sinh", "h"),
            P(
                "Khác với dự giờ truyền thống, giáo viên dự giờ không ngồi cuối lớp mà đứng ở vị "
                "trí quan sát được nét mặt, thao tác của từng nhóm học sinh.",
                "brnext",
            ),
            P(
                "Người dự giờ ghi chép lại những biểu hiện cụ thể: học sinh nào chưa tham gia, vì "
                "sao các em lúng túng, nhóm nào hợp tác tốt."
            ),
            P("3. Suy ngẫm, chia sẻ sau giờ dạy", "h"),
            P(
                "Buổi thảo luận sau giờ dạy tập trung vào việc học của học sinh thay vì nhận xét, "
                "xếp loại giáo viên. Nhờ vậy, không khí sinh hoạt chuyên môn cởi mở, giáo viên "
                "trẻ mạnh dạn đề xuất ý tưởng mới."
            ),
            P(
                "Năm học 2025 - 2026, tỷ lệ học sinh khá, giỏi của trường tăng 6,4% so với năm "
                "học trước; 4 giáo viên đạt giải trong hội thi giáo viên dạy giỏi cấp thành phố."
            ),
            _right("<strong>ThS. Trần Thị Mỹ Linh - Phó Trưởng phòng GDTrH</strong>"),
        ],
        opts={
            "date": "16/11/2026 3:30:00 CH",
            "updated": "2026-11-17T08:10:00+07:00",
            "poster": "gdtrh_admin",
            "entities": 2,
        },
    ),
    Story(
        id=1266,
        slug="tap-huan-cong-tac-y-te-truong-hoc-va-phong-chong-dich-benh-mua-mua",
        title="Tập huấn công tác y tế trường học và phòng, chống dịch bệnh mùa mưa",
        cat="2",
        published_at="2026-11-12",
        source="CDC Hậu Giang",
        blocks=[
            P(
                "Ngày 11/11/2026, Sở GD&ĐT phối hợp với Trung tâm Kiểm soát bệnh tật (CDC) tỉnh "
                "tổ chức lớp tập huấn công tác y tế trường học năm học 2026 - 2027 cho hơn 180 "
                "nhân viên y tế và giáo viên kiêm nhiệm công tác y tế của các trường học trên địa "
                "bàn tỉnh.",
                "mso",
            ),
            P("Theo kế hoạch, các học viên được cập nhật các nội dung:", "mso"),
            P(
                "Hướng dẫn phòng, chống bệnh sốt xuất huyết, tay chân miệng và cúm mùa trong "
                "trường học;",
                "msoli",
            ),
            P(
                "Kỹ năng sơ cứu, cấp cứu ban đầu khi học sinh bị đuối nước, ngộ độc thực phẩm, "
                "chấn thương;",
                "msoli",
            ),
            P(
                "Triển khai phần mềm quản lý sức khỏe học sinh và khám sức khỏe định kỳ đầu năm "
                "học.",
                "msoli",
            ),
            P(
                "Phát biểu khai mạc, đại diện Phòng Chính trị, tư tưởng và Công tác học sinh, "
                "sinh viên nhấn mạnh, mùa mưa năm nay diễn biến phức tạp, số ca sốt xuất huyết ở "
                "trẻ em trong độ tuổi đi học tăng so với cùng kỳ. Các trường cần duy trì chiến "
                "dịch diệt lăng quăng vào sáng thứ Sáu hằng tuần, phân công cụ thể cho từng lớp.",
                "mso",
            ),
            P(
                "Sau tập huấn, các đơn vị triển khai lại nội dung cho toàn thể giáo viên, nhân "
                "viên và báo cáo kết quả về Sở trước ngày 30/11/2026.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><i><span style="font-size:14.0pt;'
                'font-family:&quot;Times New Roman&quot;,serif">Nguồn: CDC Hậu Giang<o:p></o:p>'
                "</span></i></p>"
            ),
        ],
        opts={
            "date": "12/11/2026 12:00:00 SA",
            "updated": "2026-11-13T09:12:00+07:00",
            "poster": "ctt_hssv",
        },
    ),
    Story(
        id=1262,
        slug="huong-ung-cuoc-thi-dai-su-van-hoa-doc-tinh-hau-giang-nam-2026",
        title="Hưởng ứng Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Hậu Giang năm 2026",
        cat="9",
        published_at="2026-11-09T17:12:47+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Thực hiện Kế hoạch của Sở Văn hóa, Thể thao và Du lịch về tổ chức Cuộc thi “Đại "
                "sứ Văn hóa đọc” tỉnh Hậu Giang năm 2026, Sở GD&ĐT đề nghị các phòng GD&ĐT, các "
                "trường THPT và trung tâm GDNN - GDTX triển khai, vận động học sinh tham gia cuộc "
                "thi.",
                "div",
            ),
            P(
                "Đối tượng dự thi là học sinh tiểu học, THCS và THPT đang học tập tại các cơ sở "
                "giáo dục trên địa bàn tỉnh. Thí sinh viết bài cảm nhận về một cuốn sách đã đọc "
                "hoặc thực hiện video giới thiệu sách có thời lượng không quá 5 phút.",
                "div",
            ),
            P(
                "Bài dự thi gửi về thư viện trường trước ngày 15/12/2026; các đơn vị chọn tối đa "
                "10 bài tiêu biểu gửi về Ban Tổ chức qua Phòng Chính trị, tư tưởng và Công tác "
                "học sinh, sinh viên.",
                "div",
            ),
            Raw('<div style="text-align: right;"><b>Văn phòng Sở</b></div>'),
            Raw(_VBM_INNER),
        ],
        opts={
            "date": "09/11/2026 5:12:47 CH",
            "updated": "2026-11-10T07:30:00+07:00",
            "poster": "sgd_vanphong",
        },
    ),
    Story(
        id=1259,
        slug="trien-khai-day-hoc-tieng-anh-theo-chuong-trinh-gdpt-2018-o-cap-tieu-hoc",
        title="Triển khai dạy học Tiếng Anh theo Chương trình giáo dục phổ thông 2018 ở cấp "
        "tiểu học",
        cat="5",
        published_at="2026-11-05T08:15:00+07:00",
        authors=["Quốc Toàn"],
        summary="Năm học 2026 - 2027, 100% trường tiểu học trên địa bàn tỉnh Hậu Giang tổ chức "
        "dạy học môn Tiếng Anh bắt buộc từ lớp 3 với thời lượng 4 tiết/tuần theo Chương trình "
        "giáo dục phổ thông 2018.",
        blocks=[
            P(
                "Năm học 2026 - 2027, 100% trường tiểu học trên địa bàn tỉnh Hậu Giang tổ chức "
                "dạy học môn Tiếng Anh bắt buộc từ lớp 3 với thời lượng 4 tiết/tuần theo Chương "
                "trình giáo dục phổ thông 2018.",
                "b",
            ),
            P(
                "Để chuẩn bị cho năm học, Sở GD&ĐT đã tổ chức bồi dưỡng phương pháp dạy học tích "
                "cực cho 236 giáo viên Tiếng Anh tiểu học; phối hợp với các nhà xuất bản tập huấn "
                "sử dụng sách giáo khoa và học liệu điện tử đi kèm."
            ),
            Img(
                "/Upload/TinTuc/2026/11/ta-tieuhoc-01.jpg",
                "Giờ học Tiếng Anh của học sinh lớp 3, Trường Tiểu học Vị Tân 1",
                "Giờ học Tiếng Anh của học sinh lớp 3, Trường Tiểu học Vị Tân 1",
                "figure",
            ),
            P(
                "Tuy nhiên, toàn tỉnh hiện còn thiếu 41 giáo viên Tiếng Anh cấp tiểu học, chủ yếu "
                "ở các huyện Long Mỹ, Vị Thủy và Châu Thành A. Một số trường phải bố trí giáo viên "
                "dạy liên trường hoặc hợp đồng giáo viên thỉnh giảng."
            ),
            P(
                "Ông Võ Thành Công, Trưởng phòng Giáo dục Trung học - Giáo dục Thường xuyên cho "
                "biết, thời gian tới Sở sẽ tham mưu UBND tỉnh có chính sách thu hút giáo viên "
                "ngoại ngữ, đồng thời khuyến khích các trường tăng cường cho học sinh thực hành "
                "giao tiếp qua các câu lạc bộ Tiếng Anh."
            ),
            Img(
                "/Upload/TinTuc/2026/11/ta-tieuhoc-02.jpg",
                "Câu lạc bộ Tiếng Anh của Trường Tiểu học Tân Long 2, huyện Phụng Hiệp",
                "Câu lạc bộ Tiếng Anh của Trường Tiểu học Tân Long 2, huyện Phụng Hiệp",
                "figure",
            ),
            P(
                "Sở cũng yêu cầu các phòng GD&ĐT chỉ đạo nhà trường không dạy trước chương trình, "
                "không tổ chức dạy thêm môn Tiếng Anh trái quy định đối với học sinh tiểu học."
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
                'height="315" src="https://www.youtube.com/embed/Xq3nTfH1b8c" width="560">'
                "</iframe></p>"
            ),
            _right("<em><strong>Quốc Toàn</strong></em>"),
        ],
        opts={
            "date": "05/11/2026 8:15:00 SA",
            "updated": "2026-11-05T16:45:00+07:00",
            "poster": "gdtrh_admin",
            "thumb": "Upload/TinTuc/2026/11/thumb_ta-tieuhoc-01.jpg",
        },
    ),
    Story(
        id=1253,
        slug="truong-thpt-vi-thanh-to-chuc-hoi-thao-giao-vien",
        title="Trường THPT Vị Thanh tổ chức Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam",
        cat="2",
        published_at="2026-10-28T16:05:00+07:00",
        authors=["Lê Hoàng Yến"],
        summary="Nhằm thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, ngày 26 và "
        "27/10/2026, Trường THPT Vị Thanh tổ chức Hội thao giáo viên với sự tham gia của gần 90 "
        "cán bộ, giáo viên, nhân viên nhà trường.",
        sapo_outside=True,
        blocks=[
            P(
                "Hội thao gồm các môn: bóng chuyền hơi nam nữ phối hợp, cầu lông, kéo co và cờ "
                "tướng. Các vận động viên được chia thành 6 đội theo tổ chuyên môn."
            ),
            Img(
                "/Upload/TinTuc/2026/10/hoi-thao-thpt-vt.jpg",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn - Lịch sử",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn - Lịch sử",
                "p",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, tổ Toán - Tin giành giải nhất toàn đoàn, tổ Ngữ "
                "văn - Lịch sử giành giải nhì, tổ Khoa học tự nhiên giành giải ba."
            ),
            P(
                "Theo thầy Nguyễn Hữu Lộc, Hiệu trưởng nhà trường, hội thao là dịp để giáo viên "
                "rèn luyện sức khỏe, tăng cường sự gắn kết giữa các tổ chuyên môn, tạo không khí "
                "vui tươi trước khi bước vào đợt thi đua cao điểm của học kỳ I."
            ),
        ],
        opts={
            "date": "28/10/2026 4:05:00 CH",
            "updated": "2026-10-29T10:00:00+07:00",
            "poster": "thpt_vithanh",
            "tacgia": "ThS. Lê Hoàng Yến",
            "thumb": "Upload/TinTuc/2026/10/thumb_hoi-thao-thpt-vt.jpg",
        },
    ),
    Story(
        id=1247,
        slug="so-gd-dt-va-tinh-doan-ky-ket-chuong-trinh-phoi-hop-giai-doan-2026-2030",
        title="Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030",
        cat="2",
        published_at="2026-10-21T10:20:00+07:00",
        authors=["Bảo Trân"],
        source="Báo Hậu Giang",
        blocks=[
            P(
                "Ngày 20/10/2026, Sở GD&ĐT và Tỉnh đoàn Hậu Giang tổ chức ký kết chương trình phối "
                "hợp thực hiện công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống cho học "
                "sinh giai đoạn 2026 - 2030."
            ),
            Img("/Upload/TinTuc/2026/10/ky-ket-tinh-doan.jpg", None, None, "bare"),
            P(
                "Theo chương trình, hai bên thống nhất phối hợp tổ chức các hoạt động giáo dục kỹ "
                "năng sống, giáo dục pháp luật, phòng, chống bạo lực học đường và tệ nạn xã hội; "
                "tư vấn hướng nghiệp, khởi nghiệp cho học sinh THPT; xây dựng tổ chức Đoàn, Đội "
                "vững mạnh trong trường học."
            ),
            P(
                "Hằng năm, hai đơn vị sẽ phối hợp tổ chức Hội thi “Thủ lĩnh học sinh”, chương "
                "trình “Tiếp sức mùa thi” và các hoạt động tình nguyện hè; đồng thời định kỳ sơ "
                "kết, đánh giá kết quả thực hiện vào cuối mỗi năm học."
            ),
            P(
                "Phát biểu tại buổi ký kết, lãnh đạo Sở GD&ĐT mong muốn thông qua chương trình "
                "phối hợp, các hoạt động của Đoàn, Đội trong trường học sẽ ngày càng thiết thực, "
                "thu hút đông đảo học sinh tham gia, góp phần hình thành những phẩm chất tốt đẹp "
                "cho thế hệ trẻ Hậu Giang."
            ),
            _right("<strong>Bảo Trân</strong>"),
            _right("<em>Theo Báo Hậu Giang</em>"),
        ],
        opts={
            "date": "21/10/2026 10:20:00 SA",
            "updated": "2026-10-22T15:05:00+07:00",
            "poster": "sgd_vanphong",
            "thumb": "Upload/TinTuc/2026/10/thumb_ky-ket-tinh-doan.jpg",
        },
    ),
    Story(
        id=1244,
        slug="khai-giang-lop-boi-duong-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-2027",
        title="Khai giảng lớp bồi dưỡng đội tuyển học sinh giỏi quốc gia năm 2027",
        cat="5",
        published_at="2026-10-16T14:00:00+07:00",
        authors=["Minh Thư"],
        blocks=[
            P(
                "Sáng ngày 15/10/2026, tại Trường THPT Chuyên Vị Thanh, Sở GD&ĐT tổ chức khai "
                "giảng lớp bồi dưỡng đội tuyển học sinh giỏi tham dự Kỳ thi chọn học sinh giỏi "
                "quốc gia THPT năm 2027."
            ),
            P(
                "Đội tuyển năm nay gồm 60 học sinh ở 10 môn thi: Toán, Vật lí, Hóa học, Sinh học, "
                "Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tiếng Pháp. Các em được bồi dưỡng "
                "tập trung trong 10 tuần với sự tham gia giảng dạy của giáo viên cốt cán trong "
                "tỉnh và giảng viên Trường Đại học Cần Thơ."
            ),
            P(
                "“Các em hãy xem đây là cơ hội để rèn luyện bản lĩnh, phương pháp tự học và tinh "
                "thần vượt khó. Kết quả quan trọng nhất không chỉ là giải thưởng mà là sự trưởng "
                "thành của mỗi em sau kỳ thi”, ông Lê Minh Trí, Giám đốc Sở GD&ĐT nhắn nhủ.",
                "quote",
            ),
            P(
                "Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra vào đầu tháng "
                "01/2027. Năm 2026, đội tuyển Hậu Giang đạt 12 giải, trong đó có 1 giải Nhì, 4 "
                "giải Ba và 7 giải Khuyến khích."
            ),
            _right("<strong>Minh Thư</strong>"),
        ],
        opts={
            "date": "16/10/2026 2:00:00 CH",
            "updated": "2026-10-16T14:31:08+07:00",
            "poster": "qlcl_admin",
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}


def _loai(story: Story) -> int:
    return int(story.cat)


def _in_cat(loai: int) -> list[Story]:
    return sorted((s for s in STORIES if _loai(s) == loai), key=lambda s: -s.id)


def _pages(loai: int) -> int:
    return max(1, -(-len(_in_cat(loai)) // PAGE_SIZE[loai]))


def _day(story: Story) -> str:
    return story.opts["date"].split()[0]


def _href(story: Story) -> str:
    return f"ChiTietTin.aspx?MaTin={story.id}&amp;MaLoai={story.cat}"


def _alias(story: Story) -> str:
    return f"tin-tuc/{story.slug}-{story.id}.aspx"


# --- article text ----------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, entities=story.opts.get("entities", 0))


_MSO_SPAN = 'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"'


def _paragraph(story: Story, block: P) -> str:
    t = _t(story, block.text)
    if block.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if block.style == "h":
        return f'<p style="text-align: justify;"><strong><span style="color:#003399;">{t}</span></strong></p>'
    if block.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if block.style == "indent":
        return f'<p style="text-align: justify; text-indent: 36px;">{t}</p>'
    if block.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if block.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
            f'36.0pt;line-height:normal"><span {_MSO_SPAN}>{t}<o:p></o:p></span></p>'
        )
    if block.style == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
            f"{_MSO_SPAN}><span style=\"mso-list:Ignore\">-<span style=\"font:7.0pt &quot;Times "
            'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f"<!--[endif]--><span {_MSO_SPAN}>{t}<o:p></o:p></span></p>"
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _image(block: Img) -> str:
    src = esc(block.src)
    line = esc(block.printed) if block.printed else ""
    if block.style in ("lazy", "table"):
        img = (
            f'<img class="lazy" src="images/blank.gif" data-original="{src}" alt="" '
            'style="width: 600px; height: 400px;" />'
            if block.style == "lazy"
            else f'<img alt="" src="{src}" style="width: 600px; height: 400px;" />'
        )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" '
            f'style="width: 600px;"><tbody><tr><td>{img}</td></tr><tr><td style="text-align: '
            f'center;"><em><span style="font-size:12px;">{line}</span></em></td></tr></tbody>'
            "</table>"
        )
    if block.style == "figure":
        return (
            '<figure class="image" style="display:inline-block"><img alt="" height="400" '
            f'src="{src}" width="600" /><figcaption>{line}</figcaption></figure>'
        )
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 550px;" /></p>'
    if line:
        out += f'<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_image(block))
        elif block.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                cells_html = "".join(
                    f'<{tag} style="border:1px solid #999;padding:3px;">{_t(story, c)}</{tag}>'
                    for c in cells
                )
                rows.append(f"<tr>{cells_html}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width:100%;'
                f'border-collapse:collapse;"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        elif block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f'<ul style="list-style-type:disc;">{"".join(items)}</ul>')
            continue
        elif block.style == "brnext":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_t(story, block.text)}<br />\r\n'
                f"{_t(story, nxt.text)}</p>"
            )
            i += 2
            continue
        else:
            out.append(_paragraph(story, block))
        out.append("\r\n")
        i += 1
    return "".join(out)


def _snippet(story: Story) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return lead if len(lead) <= 180 else lead[:177].rsplit(" ", 1)[0] + "..."


# --- chrome ----------------------------------------------------------------------------------

DOCS = {
    412: (
        "2150/SGDĐT-GDTrH",
        "02/12/2026",
        "Công văn",
        "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Võ Thành Công",
        "Upload/VanBan/2026/12/2150-SGDDT-GDTrH.pdf",
    ),
    409: (
        "1033/QĐ-SGDĐT",
        "25/11/2026",
        "Quyết định",
        "Ban hành Kế hoạch thi chọn học sinh giỏi cấp tỉnh và Hội thi giáo viên dạy giỏi "
        "cấp tỉnh năm học 2026 - 2027",
        "Lê Minh Trí",
        "Upload/VanBan/2026/11/1033-QD-SGDDT.pdf",
    ),
    403: (
        "198/KH-SGDĐT",
        "13/11/2026",
        "Kế hoạch",
        "Triển khai Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới "
        "trong ngành giáo dục năm 2026",
        "Huỳnh Thanh Phong",
        "Upload/VanBan/2026/11/198-KH-SGDDT.pdf",
    ),
}


def _doc_line(mavb: int) -> str:
    so, _day_bh, kind, subject, _signer, _file = DOCS[mavb]
    return f"{kind} số {so} về việc {subject[0].lower()}{subject[1:]}"


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        lis = "".join(f'<li><a class="level2" href="{h}">{esc(n)}</a></li>' for h, n in items)
        return f'<ul class="level2">{lis}</ul>'

    tin = sub([("TinTuc.aspx?MaLoai=2", CATS[2][0]), ("TinTuc.aspx?MaLoai=5", CATS[5][0])])
    gt = sub([("GioiThieu.aspx?ID=1", "Giới thiệu chung"), ("GioiThieu.aspx?ID=2", "Cơ cấu tổ chức")])
    tv = sub([("ThuVienAnh.aspx", "Thư viện ảnh"), ("Video.aspx", "Video clip")])
    return (
        '<div id="ctl00_ucMenu_mnuChinh" class="menu_ngang">\r\n<ul class="level1">'
        '<li><a class="level1" href="Default.aspx">Trang chủ</a></li>'
        f'<li><a class="popout level1" href="#">Giới thiệu</a>{gt}</li>'
        '<li><a class="popout level1" href="#" onclick="__doPostBack(&#39;ctl00$ucMenu$mnuChinh'
        f'&#39;,&#39;Tin tức&#39;)">Tin tức</a>{tin}</li>'
        '<li><a class="level1" href="TinTuc.aspx?MaLoai=9">Thông báo</a></li>'
        '<li><a class="level1" href="VanBan.aspx">Văn bản</a></li>'
        f'<li><a class="popout level1" href="#">Thư viện</a>{tv}</li>'
        '<li><a class="level1" href="LienHe.aspx">Liên hệ</a></li>'
        "</ul>\r\n</div>"
    )


def _sidebar(poll_done: bool = False) -> str:
    vbm = "".join(
        f'<li><img src="images/icon_new.gif" alt="" /> <a href="VanBan/ChiTietVanBan.aspx?MaVB='
        f'{m}">{esc(_doc_line(m))}</a> <span class="vbm_ngay">({DOCS[m][1]})</span></li>'
        for m in (412, 409, 403)
    )
    most = [(1274, 2), (1266, 2), (1259, 5), (DELETED_ID, 2), (1281, 2)]
    xn = []
    for mid, _loai_id in most:
        title = (
            BY_ID[mid].title
            if mid in BY_ID
            else "Ra quân chiến dịch “Ngày chủ nhật xanh” trong trường học"
        )
        xn.append(f'<li><a href="ChiTietTin.aspx?MaTin={mid}">{esc(title)}</a></li>')
    poll = (
        '<div class="bc_ketqua">Cảm ơn bạn đã tham gia bình chọn! Kết quả: Rất hài lòng 62% – '
        "Hài lòng 31% – Chưa hài lòng 7%</div>"
        if poll_done
        else ""
    )
    return f"""<div id="cot_phai">
<div class="khung_phai"><div class="td_khung"><span>Văn bản mới</span></div>
<div class="nd_khung"><ul class="vbm">{vbm}</ul>
<div class="xemtatca"><a href="VanBan.aspx">Xem tất cả »</a></div></div></div>
<div class="khung_phai"><div class="td_khung"><span>Tin xem nhiều</span></div>
<div class="nd_khung"><ul class="xemnhieu">{"".join(xn)}</ul></div></div>
<div class="khung_phai"><div class="td_khung"><span>Liên kết website</span></div>
<div class="nd_khung"><select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet"
 onchange="if(this.value!='')window.open(this.value);">
<option selected="selected" value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://www.haugiang.gov.vn">Cổng TTĐT tỉnh Hậu Giang</option>
<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống quản lý thi</option>
</select>
<a href="https://temis.csdl.edu.vn" target="_blank"><img src="images/banner_temis.jpg" alt="TEMIS" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="images/banner_csdl.jpg" alt="CSDL ngành" /></a>
</div></div>
<div class="khung_phai"><div class="td_khung"><span>Thăm dò ý kiến</span></div>
<div class="nd_khung"><div class="bc_cauhoi">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</div>
<table id="ctl00_ucBinhChon_rblBinhChon"><tr><td><input id="ctl00_ucBinhChon_rblBinhChon_0" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="1" /><label for="ctl00_ucBinhChon_rblBinhChon_0">Rất hài lòng</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblBinhChon_1" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="2" /><label for="ctl00_ucBinhChon_rblBinhChon_1">Hài lòng</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblBinhChon_2" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="3" /><label for="ctl00_ucBinhChon_rblBinhChon_2">Chưa hài lòng</label></td></tr></table>
<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" class="nut_bc" />
<input type="submit" name="ctl00$ucBinhChon$btnXemKQ" value="Xem kết quả" id="ctl00_ucBinhChon_btnXemKQ" class="nut_bc" />
{poll}</div></div>
<div class="khung_phai"><div class="td_khung"><span>Thống kê truy cập</span></div>
<div class="nd_khung thongke"><div>Đang online: <span id="ctl00_ucThongKe_lblOnline">41</span></div>
<div>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">1.286</span></div>
<div>Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">2.407.913</span></div></div></div>
</div>"""


_FOOTER = """<div id="footer"><div class="chan_trang">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG</b></p>
<p>Địa chỉ: Số 3, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: (0293) 3 878 216 - Fax: (0293) 3 878 217 - Email: sgddt@haugiang.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Lê Minh Trí - Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Bản quyền © 2016 - 2026 Sở GD&amp;ĐT Hậu Giang. Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT Hậu Giang” khi phát hành lại thông tin từ website này.</p>
</div></div>"""


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    parts = ['<a href="Default.aspx">Trang chủ</a>']
    for href, name in items:
        parts.append(f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
    return '<div class="duongdan">' + " &raquo; ".join(parts) + "</div>"


def _cat_crumbs(loai: int) -> str:
    name, parent = CATS.get(loai, ("Tin tức", None))
    items: list[tuple[str | None, str]] = []
    if parent:
        items.append(("javascript:void(0)", parent))
    items.append((f"TinTuc.aspx?MaLoai={loai}", name))
    return _crumbs(items)


def _master(
    request: Request,
    *,
    action: str,
    main: str,
    state: str,
    ev: str | None = None,
    head: str = "",
    crumbs: str = "",
    poll_done: bool = False,
    panels: str = "",
) -> str:
    vs = opaque("vs|" + state, 380, b"\xff\x01")
    ev = ev or opaque("ev|" + state, 96)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Sở Giáo dục và Đào tạo Hậu Giang
</title><base href="{base_url(request)}/" /><meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hậu Giang - tin tức, văn bản, thông báo của ngành giáo dục Hậu Giang" /><meta name="keywords" content="sở giáo dục hậu giang, sgddt hậu giang, giáo dục hậu giang" /><link href="App_Themes/SoGD/style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/SoGD/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="favicon.ico" />{head}
<script src="Scripts/jquery-1.8.3.min.js" type="text/javascript"></script>
<script src="Scripts/jquery.lazyload.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="{action}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_smMain_HiddenField" id="ctl00_smMain_HiddenField" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=638259264720000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILLhYBZQPIiHANDjPIrJ06H8HqSJcVJwaVDxRhiAy7D4wgp0-1YPCvlcTw2&amp;t=ffffffffe6d5a9ac" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$smMain', 'form1', [{panels}], [], [], 90, 'ctl00');
//]]>
</script>

<div id="wrapper">
<div id="header">
<div class="top_bar"><span id="ctl00_ucHeader_lblNgay" class="ngay_ht">{TODAY_LINE}</span>
<div class="tk_top"><input name="ctl00$ucHeader$txtTuKhoa" type="text" id="ctl00_ucHeader_txtTuKhoa" class="o_tk" />
<input type="submit" name="ctl00$ucHeader$btnTimKiem" value="Tìm kiếm" id="ctl00_ucHeader_btnTimKiem" class="nut_tk" /></div></div>
<div class="banner"><a href="Default.aspx"><img src="images/banner_sgd.jpg" alt="Sở Giáo dục và Đào tạo tỉnh Hậu Giang" /></a></div>
{_menu()}
<div class="chaychu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 * Thi đua dạy tốt - học tốt * Chung tay xây dựng trường học an toàn, thân thiện</marquee></div>
</div>
<div id="noidung">
<div id="cot_trai">
{crumbs}
{main}
</div>
{_sidebar(poll_done)}
<div class="clear"></div>
</div>
{_FOOTER}
</div>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{GENERATOR}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script type="text/javascript">$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</form>
</body>
</html>
"""


# --- lists -----------------------------------------------------------------------------------


def _list_state(loai: int, page: int) -> str:
    return f"list{loai}|{page}"


def _list_ev(loai: int, page: int) -> str:
    return opaque("ev|" + _list_state(loai, page), 96)


def _list_vs(loai: int, page: int) -> str:
    return opaque("vs|" + _list_state(loai, page), 380, b"\xff\x01")


def _pb(target: str) -> str:
    return f"javascript:__doPostBack(&#39;{PAGER}${target}&#39;,&#39;&#39;)"


def _pager(loai: int, page: int) -> str:
    n = _pages(loai)
    parts = []
    if page == 1:
        parts.append('<a class="aspNetDisabled nut_pt">Đầu</a>&nbsp;')
        parts.append('<a class="aspNetDisabled nut_pt">Trước</a>&nbsp;')
    else:
        parts.append(f'<a class="nut_pt" href="{_pb("ctl00$ctl00")}">Đầu</a>&nbsp;')
        parts.append(f'<a class="nut_pt" href="{_pb("ctl00$ctl01")}">Trước</a>&nbsp;')
    for i in range(1, n + 1):
        if i == page:
            parts.append(f'<span class="trang_ht">{i}</span>&nbsp;')
        else:
            parts.append(f'<a class="so_trang" href="{_pb(f"ctl01$ctl{i - 1:02d}")}">{i}</a>&nbsp;')
    if page == n:
        parts.append('<a class="aspNetDisabled nut_pt">Sau</a>&nbsp;')
        parts.append('<a class="aspNetDisabled nut_pt">Cuối</a>')
    else:
        parts.append(f'<a class="nut_pt" href="{_pb("ctl02$ctl00")}">Sau</a>&nbsp;')
        parts.append(f'<a class="nut_pt" href="{_pb("ctl02$ctl01")}">Cuối</a>')
    return f'<div class="phantrang"><span id="ctl00_cphMain_dpgTinTuc">{"".join(parts)}</span></div>'


def _target_page(target: str, current: int, n: int) -> int | None:
    suffix = target[len(PAGER) + 1 :]
    fixed = {"ctl00$ctl00": 1, "ctl00$ctl01": current - 1, "ctl02$ctl00": current + 1, "ctl02$ctl01": n}
    if suffix in fixed:
        page = fixed[suffix]
    else:
        m = re.fullmatch(r"ctl01\$ctl(\d\d)", suffix)
        if not m:
            return None
        page = int(m.group(1)) + 1
    return page if 1 <= page <= n else None


def _list_panel(loai: int, page: int) -> str:
    stories = _in_cat(loai)
    size = PAGE_SIZE.get(loai, 10)
    chunk = stories[(page - 1) * size : page * size]
    rows = []
    for k, s in enumerate(chunk):
        thumb = s.opts.get("thumb", "images/no-image.jpg")
        rows.append(
            f"""<div class="tin_item">
<div class="anh_tin"><a id="ctl00_cphMain_lvTinTuc_ctrl{k}_hplAnh" href="{_href(s)}"><img id="ctl00_cphMain_lvTinTuc_ctrl{k}_imgAnh" src="{thumb}" alt="{esc(s.title)}" /></a></div>
<div class="nd_tin"><a id="ctl00_cphMain_lvTinTuc_ctrl{k}_hplTieuDe" class="td_tin" href="{_href(s)}">{esc(s.title)}</a>
<span class="ngay_tin">({_day(s)})</span>
<div class="tt_tin">{esc(_snippet(s))}</div></div>
<div class="clear"></div>
</div>"""
        )
    if not rows:
        rows.append('<div class="khongco">Chưa có bài viết trong chuyên mục này.</div>')
    return "\r\n".join(rows) + "\r\n" + _pager(loai, page)


def _list_main(loai: int, page: int) -> str:
    name = CATS.get(loai, ("Tin tức", None))[0]
    panel = _list_panel(loai, page)
    if loai == 2:
        panel = f'<div id="ctl00_cphMain_upnTinTuc">\r\n{panel}\r\n</div>'
    return (
        f'<div class="td_chuyenmuc"><h2><span id="ctl00_cphMain_lblTenLoai">{esc(name)}</span>'
        f'</h2></div>\r\n<div class="ds_tin">\r\n{panel}\r\n</div>'
    )


def _delta(panel: str, loai: int, page: int) -> str:
    action = f"./TinTuc.aspx?MaLoai={loai}"
    parts = [
        ("#", "", "4"),
        ("updatePanel", "ctl00_cphMain_upnTinTuc", "\r\n" + panel + "\r\n"),
        ("hiddenField", "__EVENTTARGET", ""),
        ("hiddenField", "__EVENTARGUMENT", ""),
        ("hiddenField", "__VIEWSTATE", _list_vs(loai, page)),
        ("hiddenField", "__VIEWSTATEGENERATOR", GENERATOR),
        ("hiddenField", "__EVENTVALIDATION", _list_ev(loai, page)),
        ("asyncPostBackControlIDs", "", ""),
        ("postBackControlIDs", "", ""),
        ("updatePanelIDs", "", "tctl00$cphMain$upnTinTuc,"),
        ("childUpdatePanelIDs", "", ""),
        ("panelsToRefreshIDs", "", "ctl00$cphMain$upnTinTuc,"),
        ("asyncPostBackTimeout", "", "90"),
        ("formAction", "", action),
        ("pageTitle", "", "\r\n\tSở Giáo dục và Đào tạo Hậu Giang\r\n"),
    ]
    return "".join(f"{len(c)}|{t}|{i}|{c}|" for t, i, c in parts)


_YELLOW = """<!DOCTYPE html>
<html>
    <head>
        <title>Invalid postback or callback argument.</title>
        <meta name="viewport" content="width=device-width" />
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>Invalid postback or callback argument.  Event validation is enabled using &lt;pages enableEventValidation=&quot;true&quot;/&gt; in configuration or &lt;%@ Page EnableEventValidation=&quot;true&quot; %&gt; in a page.  For security purposes, this feature verifies that arguments to postback or callback events originate from the server control that originally rendered them.  If the data is valid and expected, use the ClientScriptManager.RegisterForEventValidation method in order to register the postback or callback data for validation.</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.
            <br><br>
            <b> Exception Details: </b>System.ArgumentException: Invalid postback or callback argument.<br><br>
            <b>Source File: </b> /var/www/sgddt/TinTuc.aspx.cs<b> &nbsp;&nbsp; Line: </b> 0
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4330.0
            </font>
    </body>
</html>
"""


# --- articles --------------------------------------------------------------------------------


def _tin_da_dua(story: Story) -> str:
    loai = _loai(story)
    stories = _in_cat(loai)
    size = PAGE_SIZE[loai]
    pos = stories.index(story)
    page_end = (pos // size + 1) * size
    older = stories[pos + 1 : page_end][:4]
    if not older:
        return ""
    items = "".join(
        f'<li><a href="{_href(s)}">{esc(s.title)}</a> <span class="tdd_ngay">({_day(s)})</span></li>'
        for s in older
    )
    return (
        '<div class="tdd_khung"><div class="tdd_td">Các tin đã đưa</div>'
        f'<ul class="tdd_ds">{items}</ul></div>'
    )


def _article_head(request: Request, story: Story) -> str:
    base = base_url(request)
    first_img = story.images[0].src.lstrip("/") if story.images else "images/logo_sgd.png"
    return (
        f'<link rel="canonical" href="{base}/{_alias(story)}" />'
        f'<meta property="og:type" content="article" />'
        f'<meta property="og:url" content="{base}/{_alias(story)}" />'
        f'<meta property="og:title" content="{esc(story.title)}" />'
        f'<meta property="og:description" content="{esc(story.summary or "")}" />'
        f'<meta property="og:image" content="{base}/{first_img}" />'
        f'<meta property="article:published_time" content="{story.opts["updated"]}" />'
    )


def _article_main(request: Request, story: Story) -> str:
    o = story.opts
    row = [f'<span id="ctl00_cphMain_lblNgayDang">Ngày đăng: {o["date"]}</span>']
    if "capnhat" in o:
        row.append(f'<span id="ctl00_cphMain_lblCapNhat">Cập nhật: {o["capnhat"]}</span>')
    row.append(f'Lượt xem: <span id="ctl00_cphMain_lblLuotXem">{story.views()}</span>')
    if "tacgia" in o:
        row.append(f'<span id="ctl00_cphMain_lblTacGia">Tác giả: {esc(o["tacgia"])}</span>')
    row.append(f'<span id="ctl00_cphMain_lblNguoiDang">Người đăng: {o["poster"]}</span>')
    tomtat = ""
    if story.summary and story.sapo_outside:
        tomtat = (
            '<div id="ctl00_cphMain_divTomTat" class="ct_tomtat"><strong>'
            f"{esc(story.summary)}</strong></div>"
        )
    base = base_url(request)
    share = quote(f"{base}/{_alias(story)}", safe="")
    tools = (
        '<div class="ct_congcu"><a href="javascript:void(0)" onclick="CoChu(1)">A+</a> '
        '<a href="javascript:void(0)" onclick="CoChu(-1)">A-</a> | '
        '<a href="javascript:void(0)" onclick="window.open(&#39;InTin.aspx?MaTin='
        f'{story.id}&#39;,&#39;InTin&#39;,&#39;width=800,height=600,scrollbars=yes&#39;)">'
        '<img src="images/icon_print.gif" alt="" /> In bài</a> | '
        f'<a href="mailto:?subject={quote(story.title)}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">'
        '<img src="images/icon_fb.png" alt="Chia sẻ Facebook" /></a></div>'
    )
    return f"""<div id="ctl00_cphMain_pnlChiTiet" class="ct_khung">
<h1 class="ct_tieude"><span id="ctl00_cphMain_lblTieuDe">{esc(story.title)}</span></h1>
<div class="ct_ngay">{"&nbsp;|&nbsp;".join(row)}</div>
{tools}
{tomtat}
<div id="ctl00_cphMain_divNoiDung" class="ct_noidung">
{_body(story)}
<div class="fb-comments" data-href="{base}/{_alias(story)}" data-numposts="5" data-width="100%"></div>
</div>
{_tin_da_dua(story)}
</div>"""


def _soft404_main() -> str:
    return """<div id="ctl00_cphMain_pnlChiTiet" class="ct_khung">
<h1 class="ct_tieude"><span id="ctl00_cphMain_lblTieuDe"></span></h1>
<div class="ct_ngay"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: </span>&nbsp;|&nbsp;Lượt xem: <span id="ctl00_cphMain_lblLuotXem">0</span></div>
<div id="ctl00_cphMain_divNoiDung" class="ct_noidung">
<div class="ct_thongbao">Tin bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</div>
</div>
</div>"""


def _print_page(story: Story | None) -> str:
    if story is None:
        inner = "<p>Tin bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>"
    else:
        sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
        inner = (
            f'<div class="in_tieude">{esc(story.title)}</div>'
            f'<div class="in_ngay">Ngày đăng: {story.opts["date"]}</div>{sapo}'
            f'<div class="in_noidung">{_body(story)}</div>'
        )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin</title>
<link href="App_Themes/SoGD/print.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<div class="in_dau">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG<br />Cổng thông tin điện tử</div>
{inner}
<div class="in_cuoi"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</body>
</html>
"""


# --- home and the other pages ----------------------------------------------------------------


def _home_main() -> str:
    slides = [BY_ID[i] for i in (1287, 1274, 1270)]
    slider = "".join(
        f'<a href="{_alias(s)}"><img src="Upload/TinTuc/slide/slide_{s.id}.jpg" alt="" '
        f'title="#cap{k}" /></a>'
        for k, s in enumerate(slides)
    )
    caps = "".join(
        f'<div id="cap{k}" class="nivo-html-caption">{esc(s.title)}</div>'
        for k, s in enumerate(slides)
    )
    newest = sorted(STORIES, key=lambda s: -s.id)[:5]
    tinmoi = "".join(
        f'<li><a href="ChiTietTin.aspx?MaLoai={s.cat}&amp;MaTin={s.id}">{esc(s.title)}</a>'
        f' <span class="ngay_tm">{_day(s)}</span></li>'
        for s in newest
    )
    tb = "".join(
        f'<li><img src="images/icon_tb.gif" alt="" /> <a href="{_href(s)}">{esc(s.title)}</a></li>'
        for s in _in_cat(9)
    )
    cm = "".join(
        f'<div class="cm_item"><a href="{_href(s)}">{esc(s.title)}</a>'
        f'<div class="cm_tt">{esc(_snippet(s))}</div></div>'
        for s in _in_cat(5)[:3]
    )
    return f"""<div class="trangchu">
<div class="slider-wrapper theme-default"><div id="slider" class="nivoSlider">{slider}</div>{caps}</div>
<div class="khung_tc"><div class="td_tc">Tin mới</div><ul class="tinmoi_ds">{tinmoi}</ul></div>
<div class="khung_tc"><div class="td_tc">Thông báo</div>
<marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop()" onmouseout="this.start()"><ul class="tb_ds">{tb}</ul></marquee></div>
<div class="khung_tc"><div class="td_tc"><a href="TinTuc.aspx?MaLoai=5">{esc(CATS[5][0])}</a></div>{cm}</div>
<div class="khung_tc"><div class="td_tc">Thư viện ảnh - Video</div>
<a href="ThuVienAnh.aspx?MaAlbum=23"><img src="Upload/Album/23/bia.jpg" alt="Họp mặt 20/11" /></a>
<a href="Video.aspx?MaVideo=7"><img src="Upload/Video/7/bia.jpg" alt="Video" /></a></div>
</div>"""


_INTRO = {
    1: (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Hậu Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý "
            "nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản "
            "lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự "
            "chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; "
            "Phòng Tổ chức cán bộ; Phòng Giáo dục Mầm non - Giáo dục Tiểu học; Phòng Giáo dục "
            "Trung học - Giáo dục Thường xuyên; Phòng Quản lý chất lượng; Phòng Chính trị, tư "
            "tưởng và Công tác học sinh, sinh viên.",
            "Các đơn vị sự nghiệp trực thuộc: 27 trường THPT, Trường Phổ thông Dân tộc nội trú "
            "tỉnh và các trung tâm GDNN - GDTX.",
        ],
    ),
}


def _intro_main(idx: int) -> str:
    name, paras = _INTRO[idx]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    return (
        f'<div class="td_chuyenmuc"><h2>{esc(name)}</h2></div>'
        f'<div class="gt_noidung">{body}</div>'
    )


def _contact_main(sent: bool) -> str:
    msg = '<div class="lh_tb">Cảm ơn quý vị đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</div>' if sent else ""
    return f"""<div class="td_chuyenmuc"><h2>Liên hệ</h2></div>
<div class="lh_khung"><p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG</b></p>
<p>Địa chỉ: Số 3, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: (0293) 3 878 216 - Email: sgddt@haugiang.gov.vn</p>
{msg}
<table class="lh_form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$cphMain$txtHoTen" type="text" id="ctl00_cphMain_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="6" cols="40" id="ctl00_cphMain_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnGui" value="Gửi liên hệ" id="ctl00_cphMain_btnGui" /></td></tr></table></div>"""


def _vanban_list_main() -> str:
    rows = "".join(
        f'<tr><td>{k + 1}</td><td><a href="VanBan/ChiTietVanBan.aspx?MaVB={m}">{esc(DOCS[m][0])}</a></td>'
        f"<td>{DOCS[m][1]}</td><td>{esc(DOCS[m][3])}</td></tr>"
        for k, m in enumerate((412, 409, 403))
    )
    return (
        '<div class="td_chuyenmuc"><h2>Văn bản</h2></div><table class="vb_ds" '
        'cellspacing="0" border="1" style="border-collapse:collapse;"><tr><th>STT</th>'
        f"<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    )


def _vanban_main(mavb: int) -> str:
    so, day, kind, subject, signer, file = DOCS[mavb]
    return f"""<div class="td_chuyenmuc"><h2>Chi tiết văn bản</h2></div>
<table class="vb_ct" cellspacing="0" border="1" style="border-collapse:collapse;width:100%">
<tr><td class="vb_nhan">Số/Ký hiệu</td><td><span id="ctl00_cphMain_lblSoKH">{esc(so)}</span></td></tr>
<tr><td class="vb_nhan">Ngày ban hành</td><td><span id="ctl00_cphMain_lblNgayBH">{day}</span></td></tr>
<tr><td class="vb_nhan">Loại văn bản</td><td>{esc(kind)}</td></tr>
<tr><td class="vb_nhan">Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td class="vb_nhan">Người ký</td><td>{esc(signer)}</td></tr>
<tr><td class="vb_nhan">Trích yếu</td><td><span id="ctl00_cphMain_lblTrichYeu">{esc(subject)}</span></td></tr>
<tr><td class="vb_nhan">Tệp tin</td><td><a href="{file}" target="_blank"><img src="images/icon_pdf.gif" alt="" /> Tải về</a></td></tr>
</table>
<div class="vb_quaylai"><a href="VanBan.aspx">« Quay lại danh sách văn bản</a></div>"""


def _album_main(one: bool) -> str:
    if not one:
        return (
            '<div class="td_chuyenmuc"><h2>Thư viện ảnh</h2></div><div class="album_ds">'
            '<a href="ThuVienAnh.aspx?MaAlbum=23"><img src="Upload/Album/23/bia.jpg" alt="" />'
            "<br />Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div>"
        )
    pics = "".join(
        f'<a href="Upload/Album/23/anh-{k:02d}.jpg" rel="lightbox[album23]">'
        f'<img src="Upload/Album/23/thumb/anh-{k:02d}.jpg" alt="" /></a>'
        for k in range(1, 7)
    )
    return (
        '<div class="td_chuyenmuc"><h2>Thư viện ảnh</h2></div>'
        '<h3 class="album_td">Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h3>'
        '<div class="album_ngay">Ngày đăng: 20/11/2026</div>'
        f'<div class="album_anh">{pics}</div>'
    )


def _video_main(one: bool) -> str:
    if not one:
        return (
            '<div class="td_chuyenmuc"><h2>Video clip</h2></div><div class="video_ds">'
            '<a href="Video.aspx?MaVideo=7"><img src="Upload/Video/7/bia.jpg" alt="" /><br />'
            "Phóng sự: Ngành giáo dục Hậu Giang chuyển đổi số</a></div>"
        )
    return """<div class="td_chuyenmuc"><h2>Video clip</h2></div>
<h3 class="video_td">Phóng sự: Ngành giáo dục Hậu Giang chuyển đổi số</h3>
<div class="video_ngay">Ngày đăng: 25/11/2026 9:00:00 SA</div>
<div class="video_khung"><iframe width="640" height="360" src="https://www.youtube.com/embed/Lk2bQw8s1aE" frameborder="0" allowfullscreen></iframe></div>
<div class="video_mota"><p>Phóng sự do Đài Phát thanh và Truyền hình Hậu Giang thực hiện, giới thiệu những kết quả bước đầu trong chuyển đổi số của ngành giáo dục tỉnh: học bạ số, bài giảng điện tử dùng chung và thanh toán học phí không dùng tiền mặt.</p></div>"""


def _search_main(keyword: str) -> str:
    if not keyword.strip():
        return '<div class="td_chuyenmuc"><h2>Tìm kiếm</h2></div><p>Vui lòng nhập từ khóa.</p>'
    kw = keyword.strip().casefold()
    hits = [s for s in sorted(STORIES, key=lambda s: -s.id) if kw in s.title.casefold()]
    items = "".join(f'<li><a href="{_href(s)}">{esc(s.title)}</a> ({_day(s)})</li>' for s in hits)
    found = f"<ul>{items}</ul>" if hits else "<p>Không tìm thấy kết quả phù hợp.</p>"
    return (
        '<div class="td_chuyenmuc"><h2>Kết quả tìm kiếm</h2></div>'
        f"<p>Từ khóa: <b>{esc(keyword)}</b> - tìm thấy {len(hits)} kết quả.</p>{found}"
    )


# --- the site --------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/upload/", "/images/", "/app_themes/", "/scripts/")
_ALIAS = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx")
_HEADERS = {
    "Cache-Control": "private",
    "Server": "Microsoft-IIS/8.5",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class _Site:
    def __init__(self) -> None:
        self.valid_ev = {
            loai: {_list_ev(loai, p) for p in range(1, _pages(loai) + 1)} for loai in CATS
        }
        self.vs_page = {
            _list_vs(loai, p): (loai, p) for loai in CATS for p in range(1, _pages(loai) + 1)
        }

    def _page(self, request: Request, **kw) -> Response:
        return html(_master(request, **kw), headers=dict(_HEADERS))

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        form = request.form if request.method == "POST" else {}
        if low.endswith(".axd"):
            return Response(200, b"/* MS AJAX */", {"Content-Type": "application/x-javascript"})
        if low.startswith(_STATIC_PREFIXES) or low == "/favicon.ico":
            if low.endswith(".pdf") and low.startswith("/upload/vanban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        target = form.get("__EVENTTARGET", "")
        if not target and "ctl00$ucHeader$btnTimKiem" in form:
            kw = quote(form.get("ctl00$ucHeader$txtTuKhoa", ""))
            return Response(302, "<html><head><title>Object moved</title></head><body><h2>"
                            f'Object moved to <a href="/TimKiem.aspx?TuKhoa={kw}">here</a>.</h2>'
                            "</body></html>", {"Location": f"/TimKiem.aspx?TuKhoa={kw}"})
        poll = any(k in form for k in ("ctl00$ucBinhChon$btnBinhChon", "ctl00$ucBinhChon$btnXemKQ"))
        action = "./" + path.rsplit("/", 1)[-1] + (f"?{esc(request.query)}" if request.query else "")

        if low in ("/", "/default.aspx"):
            return self._page(
                request, action="./Default.aspx", main=_home_main(), state="home", poll_done=poll
            )
        if low == "/tintuc.aspx":
            return self._list(request, params, form, action, poll)
        if low == "/chitiettin.aspx":
            story = BY_ID.get(_int(params.get("matin")) or 0)
            if story is None:
                return self._page(
                    request, action=action, main=_soft404_main(), state="ct0",
                    crumbs=_crumbs([]), poll_done=poll,
                )
            return self._article(request, story, action, poll)
        m = _ALIAS.fullmatch(low)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            return self._article(request, story, f"./{m.group(1)}-{m.group(2)}.aspx", poll)
        if low == "/intin.aspx":
            story = BY_ID.get(_int(params.get("matin")) or 0)
            return html(_print_page(story), headers=dict(_HEADERS))
        if low == "/gioithieu.aspx":
            idx = _int(params.get("id"))
            if idx not in _INTRO:
                return None
            crumbs = _crumbs([("javascript:void(0)", "Giới thiệu"), (None, _INTRO[idx][0])])
            return self._page(request, action=action, main=_intro_main(idx), state=f"gt{idx}",
                              crumbs=crumbs, poll_done=poll)
        if low == "/lienhe.aspx":
            sent = "ctl00$cphMain$btnGui" in form
            return self._page(request, action=action, main=_contact_main(sent), state="lh",
                              crumbs=_crumbs([(None, "Liên hệ")]), poll_done=poll)
        if low == "/vanban.aspx":
            return self._page(request, action=action, main=_vanban_list_main(), state="vb",
                              crumbs=_crumbs([(None, "Văn bản")]), poll_done=poll)
        if low == "/vanban/chitietvanban.aspx":
            mavb = _int(params.get("mavb"))
            if mavb not in DOCS:
                return None
            return self._page(request, action=action, main=_vanban_main(mavb), state=f"vb{mavb}",
                              crumbs=_crumbs([("VanBan.aspx", "Văn bản")]), poll_done=poll)
        if low == "/thuvienanh.aspx":
            album = params.get("maalbum")
            if album not in (None, "23"):
                return None
            return self._page(request, action=action, main=_album_main(album == "23"),
                              state=f"tva{album}", crumbs=_crumbs([(None, "Thư viện ảnh")]),
                              poll_done=poll)
        if low == "/video.aspx":
            video = params.get("mavideo")
            if video not in (None, "7"):
                return None
            return self._page(request, action=action, main=_video_main(video == "7"),
                              state=f"vd{video}", crumbs=_crumbs([(None, "Video clip")]),
                              poll_done=poll)
        if low == "/timkiem.aspx":
            return self._page(request, action=action, main=_search_main(params.get("tukhoa", "")),
                              state="tk", crumbs=_crumbs([(None, "Tìm kiếm")]), poll_done=poll)
        return None

    def _article(self, request: Request, story: Story, action: str, poll: bool) -> Response:
        return self._page(
            request,
            action=action,
            main=_article_main(request, story),
            state=f"ct{story.id}",
            head=_article_head(request, story),
            crumbs=_cat_crumbs(_loai(story)),
            poll_done=poll,
        )

    def _list(self, request: Request, params: dict, form: dict, action: str, poll: bool) -> Response:
        loai = _int(params.get("maloai"))
        if loai is None:
            return Response(302, "", {"Location": "/Default.aspx"})
        n = _pages(loai) if loai in CATS else 1
        page = _int(params.get("trang")) or 1
        page = page if 1 <= page <= n else 1
        target = form.get("__EVENTTARGET", "")
        if target.startswith(PAGER + "$") and loai in CATS:
            if form.get("__EVENTVALIDATION") not in self.valid_ev[loai]:
                return html(_YELLOW, status=500, headers=dict(_HEADERS))
            cur_loai, current = self.vs_page.get(form.get("__VIEWSTATE", ""), (loai, page))
            current = current if cur_loai == loai else page
            new = _target_page(target, current, n)
            if new is None:
                return html(_YELLOW, status=500, headers=dict(_HEADERS))
            page = new
            headers = {k.lower(): v for k, v in request.headers.items()}
            if loai == 2 and headers.get("x-microsoftajax", "").lower().startswith("delta=true"):
                return Response(
                    200,
                    _delta(_list_panel(loai, page), loai, page),
                    {**_HEADERS, "Content-Type": "text/plain; charset=utf-8"},
                )
        head = ""
        if loai == 5:
            if page > 1:
                head += f'<link rel="prev" href="TinTuc.aspx?MaLoai=5&amp;Trang={page - 1}" />'
            if page < n:
                head += f'<link rel="next" href="TinTuc.aspx?MaLoai=5&amp;Trang={page + 1}" />'
        panels = "'tctl00$cphMain$upnTinTuc','ctl00_cphMain_upnTinTuc'" if loai == 2 else ""
        ev = _list_ev(loai, page) if loai in CATS else None
        return self._page(
            request,
            action=action,
            main=_list_main(loai, page),
            state=_list_state(loai, page),
            ev=ev,
            head=head,
            crumbs=_cat_crumbs(loai),
            poll_done=poll,
            panels=panels,
        )


def build_site() -> _Site:
    return _Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    loai = _loai(story)
    return gold_record(
        story,
        f"/ChiTietTin.aspx?MaTin={story.id}&MaLoai={loai}",
        CATS[loai][0],
        canonical_path=f"/{_alias(story)}",
        alt_paths=[
            f"/ChiTietTin.aspx?MaTin={story.id}",
            f"/ChiTietTin.aspx?MaLoai={loai}&MaTin={story.id}",
            f"/InTin.aspx?MaTin={story.id}",
        ],
    )


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: -s.id)]

NON_ARTICLES = [
    "/GioiThieu.aspx?ID=1",
    "/GioiThieu.aspx?ID=2",
    "/LienHe.aspx",
    "/VanBan/ChiTietVanBan.aspx?MaVB=412",
    "/VanBan/ChiTietVanBan.aspx?MaVB=409",
    "/VanBan/ChiTietVanBan.aspx?MaVB=403",
    "/ThuVienAnh.aspx?MaAlbum=23",
    "/Video.aspx?MaVideo=7",
]
