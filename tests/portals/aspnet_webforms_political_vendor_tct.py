"""Trường Chính trị tỉnh Kiên Giang on a vendor's ASP.NET WebForms 4.5 portal product (blind).

Platform
--------
A packaged "cổng thông tin trường chính trị" sold to provincial political schools around 2013-2016
and never rewritten: ASP.NET WebForms 4.5 on IIS, one master page (``ctl00_…`` client ids, a
``<form id="form1">`` wrapping the whole page with ``__VIEWSTATE`` / ``__EVENTVALIDATION``, a
``__doPostBack`` script, ``WebResource.axd`` scripts), user controls named in Vietnamese
abbreviations (``ucDauTrang``, ``ucMenuTrai``, ``ucChiTietTin``, ``ucGuiYKien`` …). A left menu of
TreeView-like nested lists (collapsed nodes rendered ``style="display:none"``), a "Tin tức" module
with categories and sub-categories, teasers with "Xem tiếp", a pager ``<< < 1 2 > >>`` by
``?page=``, article pages with the headline in a ``<span>`` followed by "(dd/MM/yyyy HH:mm)", a
bold lead in its own label, the text, bylines typed by the editor at its end, "Tin bài cùng
chuyên mục", reader comments and a "Gửi ý kiến" form; a "Thư viện điện tử" module of documents.

URL scheme
----------
- ``/`` answers 302 to ``/Default.aspx`` (START_PATH, the home page);
- listings ``/Tin/DanhMuc.aspx?MaDM=<n>&page=<p>``; sub-categories
  ``/Tin/DanhMuc.aspx?MaDM=<n>&MaDMCha=<parent>&page=<p>``;
- articles ``/Tin/ChiTiet.aspx?TinTucID=<id>`` (canonical, printed in ``<link rel="canonical">``)
  and ``/Tin/ChiTiet.aspx?TinTucID=<id>&MaDM=<n>`` (the form every listing links to);
- documents ``/ThuVien/ChiTiet.aspx?TaiLieuID=<n>``, their listing ``/ThuVien/Default.aspx``;
- intro ``/GioiThieu.aspx?ID=<n>``, contact ``/LienHe.aspx``;
- IIS is case-insensitive (paths and query names), and ASP.NET's cookieless session state
  answers every path under a ``/(S(<24 chars>))/`` prefix as well.

Page templates
--------------
- Home: banner (``<h1>`` is the school's name), top menu with drop-downs, date bar, scrolling
  slogan, "Tin tiêu điểm" (1 big + 3 small, canonical links), a box per category ("Tin hoạt
  động", "Nghiên cứu - Trao đổi": the 3 newest, ``&MaDM=`` links, "Xem tiếp"), "Thư viện điện tử"
  box, left TreeView menu + links + visitor counter, right "Tin xem nhiều" + poll + banners.
- Listing: breadcrumb, the category's name, items (thumbnail, title link, "(dd/MM/yyyy)", teaser
  cut at ~180 characters, "Xem tiếp"), pager. 3 items a page.
- Article: breadcrumb "Trang chủ » Tin tức » <cat> [» <sub-cat>]", headline ``<span
  id="…_lblTieuDe">`` + ``<span class="ngay_ct">(dd/MM/yyyy HH:mm)</span>``, tool bar (Lượt xem,
  Người đăng, In bài, Gửi email, A+ A-), lead ``<div class="mota_ct"><b>…</b></div>`` (may be
  empty), text ``<div id="…_divNoiDung">``, share buttons, reader comments, the "Gửi ý kiến"
  form, "Tin bài cùng chuyên mục": all inside one ``<div id="ctl00_cphNoiDung_pnlChiTiet">``.

Categories (MaDM): 2 "Tin hoạt động" (parent, its listing shows only the items filed directly
under it), 5 "Đào tạo, bồi dưỡng" (child of 2), 6 "Hoạt động Đảng, đoàn thể" (child of 2, empty),
3 "Nghiên cứu - Trao đổi".

How each gold article is reached
--------------------------------
Listings sort newest first, 3 a page. Home "Tin tiêu điểm": 1290, 1287, 1285, 1282 (the four
newest of all). Home boxes: 1287, 1279, 1264 (MaDM=2), 1285, 1276, 1268 (MaDM=3).
- MaDM=2 page 1: 1287, 1279, 1264; page 2: 1264 (again), **1251**.
- MaDM=5 (only from the collapsed TreeView node and the breadcrumb of 1290/1282 pages): page 1:
  1290, 1282, 1270; page 2: 1270 (again), **1256**.
- MaDM=3 page 1: 1285, 1276, 1268; page 2: 1268 (again), **1259**, **1249**.
"Tin bài cùng chuyên mục" shows the two newest others of the category, so the bold ids above
are reachable only from page 2 of their listing; 1270 only from the sub-category's page 1.

Traps
-----
1. Sub-categories hide in collapsed TreeView nodes. The left menu prints "Đào tạo, bồi dưỡng"
   (``MaDM=5&MaDMCha=2``) inside ``<ul style="display:none">`` except on the sub-category's own
   pages (a TreeView expands the path down to the selected node, not the selected node itself);
   the top menu's drop-down has no sub-categories and the parent listing (MaDM=2) does not
   aggregate its children. 1270 and 1256 are reachable only through that listing (the node, or
   the breadcrumb of 1290/1282). Gold: all four MaDM=5 articles, category "Đào tạo, bồi dưỡng".
2. The vendor's pager overlaps: page p shows rows (p-1)*3 … p*3 of a 1-based ROW_NUMBER, so page
   2 repeats page 1's last item, and "<<" / "<" link ``&page=1``, a copy of the bare listing.
   Gold: one record per article (the repeated item is not a second article).
3. One article, many URLs: the canonical ``?TinTucID=n`` (home, ``<link rel="canonical">``),
   ``?TinTucID=n&MaDM=m`` (listings, related lists), IIS case-folded links typed by an editor
   inside a text (``/tin/chitiet.aspx?tintucid=1276``, ``…?tintucid=1290&madm=5``) and the
   "Tin xem nhiều" user control, which prints cookieless-session URLs
   (``/(S(kq2vxy45bn3rtu55pmd0wk45))/Tin/ChiTiet.aspx?TinTucID=…``). Gold: path = the listing
   form ``?TinTucID=n&MaDM=m`` (the one every article is linked by), canonical_path =
   ``?TinTucID=n`` (printed in ``<link rel="canonical">``, linked only from the home page for
   some), the session and case-folded variants in ``alt_paths``.
4. Soft 404: "Tin xem nhiều" still lists a deleted item (TinTucID=87, session URL); the page
   answers **200** with the full chrome, a headline-like label "Thông báo" and "Tin bài không tồn
   tại hoặc đã bị gỡ bỏ!". Any unknown TinTucID does the same. Gold: not an article.
5. The headline is in no heading element: ``<h1>`` is the school's name in the banner, the
   ``<h2>``/``<h3>`` are sidebar box titles ("Tin xem nhiều", "Tin bài cùng chuyên mục"). The
   ``<title>`` and ``og:title`` carry the product's separate SEO title field, which for 1287 and
   1259 differs from the printed headline (shortened, lower-cased). Gold title = the
   ``lblTieuDe`` span as printed (1290 is typed in capitals and stays so).
6. The date after the headline is day-first "(dd/MM/yyyy HH:mm)" with days ≤ 12 ("(09/11/2026
   14:15)" is 9 November, "(09/10/2026 08:30)" 9 October); 1264 prints "(04/11/2026 00:00)",
   a day without a time; 1276 adds "Cập nhật: 01/12/2026 10:05" in its tool bar; the header
   prints today, comments and related items print their own dates, and leads mention other days
   ("Chiều ngày 01/12/2026, …"). Gold: the date after the headline only
   ("2026-11-09T14:15:00+07:00", "2026-10-09T08:30:00+07:00", "2026-11-04").
7. Widgets inside the text's container: the tool bar (with "Người đăng: quantri_tct"), share
   buttons, "Ý kiến bạn đọc" (reader comments printed as ``<p>`` paragraphs with names and
   dates), the "Gửi ý kiến" form and "Tin bài cùng chuyên mục" all live in the same
   ``pnlChiTiet`` panel as the text; 1282 carries an editor-made "Tin liên quan" table floated
   inside the text. Gold: none of it is body; "quantri_tct" is nobody.
8. Bylines as the editors type them at the end of the text: "Tin bài: X - Ảnh: Y" ([X], [Y]);
   "Tin, ảnh: X" (X in both); "Tin: X - Ảnh: Y"; a unit signing alone, right-aligned ("Chi bộ
   Khoa Xây dựng Đảng": the author as printed); lecturers with degree and department on one line
   or two ("ThS. Nguyễn Thị Hồng Nhung" ⏎ "Khoa Lý luận cơ sở", "ThS. Lê Hoàng Phúc - Khoa Dân
   vận", "TS. Huỳnh Văn Sang, Phó Hiệu trưởng nhà trường", two lecturers "ThS. Võ Minh Trí -
   ThS. Đặng Thị Kim Thoa" ⏎ department): names only. 1249's byline comes *before* its
   "Tài liệu tham khảo", which is the text's own (body). "Nguồn: Học viện Chính trị khu vực IV"
   closes 1282 (source); "Theo kế hoạch, …" in 1282/1270 is a body sentence.
9. Captions three ways: a CKEditor image table (caption in the next row), an ``<em>`` paragraph
   under a centred image (1290's in parentheses: taken off), a bare image (caption None); in 1251
   the second photo's only line is "Ảnh: Kim Ngân": caption None, photographer "Kim Ngân".
10. Look-alike documents: ``/ThuVien/ChiTiet.aspx?TaiLieuID=n`` uses the article template (span
    title, "(dd/MM/yyyy HH:mm)", bold description, paragraphs, breadcrumb) with a "Tải về" PDF
    link. Gold: NON_ARTICLES, not articles.
11. Encodings of imported texts: 1276's text and lead were stored decomposed (NFD, from an old
    converter), 1279's text has every second letter as an FCKeditor entity, 1259's every one.
    Gold: NFC text.
12. Text markup: 1285 is pasted from Word (``MsoNormal`` spans, ``<o:p>``); 1268's list is typed
    as "- " lines split by ``<br />`` in one ``<p>`` (each line a paragraph, "- " kept); 1264 has
    a ``<ul>``; 1259 has a table (rows as "cells | joined"); ``<p>&nbsp;</p>`` spacers; "Xem
    thêm: <link>" lines (1279, 1249) are not body.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the leaf the breadcrumb prints ("Đào tạo, bồi dưỡng", not "Tin hoạt động").
- ``summary``: the ``mota_ct`` lead where printed (sapo outside the text, first body paragraph);
  1264 and 1268 print an empty ``mota_ct`` and open the text with a bold paragraph: that
  paragraph is the sapo; 1282 and 1259 have no lead (their meta description is only the text's
  first words): null.
- ``published_at``: "(dd/MM/yyyy HH:mm)" after the headline, +07:00; "00:00" -> the day alone.
- ``authors``: names without degrees (ThS., TS.) and without post or department.
- Headings typed as bold paragraphs ("1. Sự cần thiết …", "Về thuận lợi", "Tài liệu tham
  khảo") are body paragraphs; references "[1] …" are body; calls "[1]" stay in their sentence.
- Table rows of 1259's text: cells joined by " | ", each row one paragraph.
- A document (Thư viện) entry, intro and contact pages are not articles.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "aspnet_webforms_political_vendor_tct"
PLATFORM = "ASP.NET WebForms 4.5 vendor portal product for provincial political schools"
START_PATH = "/Default.aspx"

SCHOOL = "Trường Chính trị tỉnh Kiên Giang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SESSION = "(S(kq2vxy45bn3rtu55pmd0wk45))"
PAGE_SIZE = 3

#: MaDM -> (name, parent MaDM)
CATS: dict[int, tuple[str, int | None]] = {
    2: ("Tin hoạt động", None),
    5: ("Đào tạo, bồi dưỡng", 2),
    6: ("Hoạt động Đảng, đoàn thể", 2),
    3: ("Nghiên cứu - Trao đổi", None),
}
CAT_ID = {name: madm for madm, (name, _) in CATS.items()}

IMG = "/Upload/TinTuc/2026"


def _byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _xem_them(href: str, title: str) -> Raw:
    return Raw(
        f'<p style="text-align: justify;"><em><strong>Xem thêm:</strong> '
        f'<a href="{esc(href)}">{esc(title)}</a></em></p>'
    )


_SPACER = Raw("<p>&nbsp;</p>")

# --- the thirteen articles ------------------------------------------------------------------

A1 = Story(
    id=1287,
    slug="doan-cong-tac-hvctkv4",
    title="Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường Chính trị tỉnh Kiên Giang",
    cat="Tin hoạt động",
    published_at="2026-12-02T15:20:00+07:00",
    summary=(
        "Chiều ngày 01/12/2026, Đoàn công tác Học viện Chính trị khu vực IV do PGS.TS Nguyễn Văn "
        "Hòa, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh "
        "Kiên Giang về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiếp và làm việc với đoàn có đồng chí Trần Thanh Liêm, Hiệu trưởng Trường Chính trị "
            "tỉnh; các đồng chí trong Ban Giám hiệu, lãnh đạo các khoa, phòng của Trường."
        ),
        P(
            "Tại buổi làm việc, đồng chí Hiệu trưởng đã báo cáo kết quả phối hợp tổ chức các lớp "
            "Cao cấp lý luận chính trị hệ không tập trung tại tỉnh trong năm 2026. Theo đó, Trường "
            "đã phối hợp quản lý 02 lớp với tổng số 214 học viên; công tác quản lý lớp, bảo đảm cơ "
            "sở vật chất, ký túc xá và các điều kiện phục vụ giảng dạy, học tập được thực hiện "
            "nghiêm túc, đúng quy chế."
        ),
        Img(f"{IMG}/12/lamviec_hvkv4_01.jpg", "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", "tbl"),
        P(
            "Đồng chí Hiệu trưởng cũng đề xuất Học viện tiếp tục hỗ trợ Trường trong việc bồi dưỡng "
            "nâng cao trình độ cho đội ngũ giảng viên, nhất là giảng viên trẻ; tạo điều kiện để "
            "giảng viên của Trường tham gia các đề tài nghiên cứu khoa học cấp Học viện và các hội "
            "thảo khoa học trong khu vực."
        ),
        P(
            "Phát biểu tại buổi làm việc, PGS.TS Nguyễn Văn Hòa ghi nhận và đánh giá cao sự phối "
            "hợp chặt chẽ, trách nhiệm của Trường Chính trị tỉnh Kiên Giang trong thời gian qua. "
            "Đồng chí đề nghị Trường tiếp tục đổi mới phương pháp giảng dạy theo hướng phát huy "
            "tính tích cực của người học, tăng cường liên hệ thực tiễn địa phương trong từng bài "
            "giảng."
        ),
        Img(
            f"{IMG}/12/lamviec_hvkv4_02.jpg",
            "PGS.TS Nguyễn Văn Hòa phát biểu tại buổi làm việc",
            "PGS.TS Nguyễn Văn Hòa phát biểu tại buổi làm việc",
            "tbl",
        ),
        P(
            "Dịp này, hai bên đã thống nhất kế hoạch phối hợp mở 01 lớp Cao cấp lý luận chính trị "
            "hệ không tập trung khóa mới tại tỉnh trong quý I năm 2027 và tổ chức hội thảo khoa học "
            "về công tác đào tạo, bồi dưỡng cán bộ cơ sở vùng ven biển."
        ),
        _byline_right("Tin bài: Lê Minh Tâm - Ảnh: Trần Quốc Huy"),
    ],
    authors=["Lê Minh Tâm"],
    photographers=["Trần Quốc Huy"],
    opts={
        "printed": "02/12/2026 15:20",
        "seo": "Đoàn công tác Học viện Chính trị khu vực IV làm việc tại Trường",
        "thumb": f"{IMG}/12/lamviec_hvkv4_01.jpg",
    },
)

A2 = Story(
    id=1279,
    slug="hop-mat-20-11",
    title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-20T09:00:00+07:00",
    summary=(
        "Sáng 19/11, Trường Chính trị tỉnh Kiên Giang tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 - 20/11/2026), ôn lại truyền thống vẻ vang của ngành giáo dục và tôn "
        "vinh những đóng góp của đội ngũ nhà giáo."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi họp mặt có đồng chí Phạm Thị Mỹ Lệ, Phó Trưởng Ban Tuyên giáo Tỉnh ủy; đại "
            "diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ cùng các thế hệ cán bộ, giảng viên đã "
            "nghỉ hưu và toàn thể cán bộ, viên chức, người lao động của Trường."
        ),
        P(
            "Phát biểu tại buổi họp mặt, đồng chí Trần Thanh Liêm, Hiệu trưởng nhà trường nhấn mạnh: "
            "năm học 2025 - 2026, Trường đã tổ chức đào tạo, bồi dưỡng cho hơn 3.600 lượt cán bộ, "
            "đảng viên; 100% giảng viên hoàn thành tốt nhiệm vụ giảng dạy, trong đó có 07 giảng "
            "viên đạt danh hiệu giảng viên dạy giỏi cấp trường."
        ),
        Img(
            f"{IMG}/11/hopmat_2011_01.jpg",
            "Đồng chí Phạm Thị Mỹ Lệ tặng hoa chúc mừng tập thể cán bộ, giảng viên nhà trường",
            "Đồng chí Phạm Thị Mỹ Lệ tặng hoa chúc mừng tập thể cán bộ, giảng viên nhà trường",
            "em",
        ),
        P(
            "Thay mặt lãnh đạo tỉnh, đồng chí Phạm Thị Mỹ Lệ gửi lời chúc mừng đến đội ngũ nhà giáo "
            "của Trường; đề nghị nhà trường tiếp tục nâng cao chất lượng giảng dạy, chú trọng bồi "
            "dưỡng bản lĩnh chính trị, đạo đức, phong cách cho đội ngũ cán bộ cơ sở."
        ),
        P(
            "Tại buổi họp mặt, Hiệu trưởng nhà trường đã trao giấy khen cho 05 tập thể và 12 cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt” năm học "
            "2025 - 2026."
        ),
        _SPACER,
        _xem_them(
            "/tin/chitiet.aspx?tintucid=1290&madm=5",
            "Bế giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 68",
        ),
        _byline_right("Tin, ảnh: Ngọc Hân"),
    ],
    authors=["Ngọc Hân"],
    photographers=["Ngọc Hân"],
    opts={
        "printed": "20/11/2026 09:00",
        "entities": 2,
        "thumb": f"{IMG}/11/hopmat_2011_01.jpg",
        "comments": [
            (
                "Nguyễn Văn Tư",
                "20/11/2026 13:42",
                "Kính chúc quý thầy cô Trường Chính trị tỉnh luôn mạnh khỏe, hạnh phúc và thành công.",
            ),
            (
                "Học viên lớp TC68",
                "21/11/2026 07:15",
                "Cảm ơn các thầy cô đã tận tình truyền đạt kiến thức cho chúng em trong suốt khóa học.",
            ),
        ],
    },
)

A3 = Story(
    id=1264,
    slug="chi-bo-xdd-sinh-hoat-chuyen-de",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-04",
    summary=(
        "Thực hiện Kế hoạch của Đảng ủy Trường, chiều ngày 03/11/2026, Chi bộ Khoa Xây dựng Đảng tổ "
        "chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với "
        "xây dựng đội ngũ giảng viên chuẩn mực, nêu gương”."
    ),
    blocks=[
        P(
            "Thực hiện Kế hoạch của Đảng ủy Trường, chiều ngày 03/11/2026, Chi bộ Khoa Xây dựng Đảng "
            "tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn "
            "với xây dựng đội ngũ giảng viên chuẩn mực, nêu gương”.",
            "bold",
        ),
        P(
            "Tham dự buổi sinh hoạt có đồng chí Nguyễn Văn Thắng, Phó Bí thư Đảng ủy, Phó Hiệu "
            "trưởng nhà trường và 100% đảng viên của Chi bộ."
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày báo cáo chuyên đề, làm rõ những "
            "kết quả đạt được và những hạn chế trong sinh hoạt chi bộ thời gian qua như: nội dung "
            "sinh hoạt có lúc còn dàn trải, chưa đi sâu vào những vấn đề cụ thể trong nhiệm vụ "
            "chuyên môn; tinh thần tự phê bình và phê bình có lúc chưa cao."
        ),
        P("Các đảng viên đã tập trung thảo luận, đề xuất nhiều giải pháp, trong đó có:"),
        P(
            "Mỗi kỳ sinh hoạt lựa chọn một vấn đề trọng tâm gắn với nhiệm vụ giảng dạy của Khoa để "
            "thảo luận;",
            "li",
        ),
        P("Tăng cường dự giờ, góp ý bài giảng giữa các đảng viên là giảng viên;", "li"),
        P(
            "Gắn việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với việc thực "
            "hiện quy định về chuẩn mực đạo đức nhà giáo.",
            "li",
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thắng đánh giá cao sự chuẩn bị chu đáo của Chi "
            "bộ, đề nghị Chi bộ tiếp thu các ý kiến đóng góp, xây dựng nghị quyết chuyên đề với "
            "những giải pháp cụ thể, khả thi và có lộ trình thực hiện."
        ),
        _byline_right("Chi bộ Khoa Xây dựng Đảng"),
    ],
    authors=["Chi bộ Khoa Xây dựng Đảng"],
    opts={"printed": "04/11/2026 00:00", "lead_inline": True},
)

A4 = Story(
    id=1251,
    slug="hoi-thi-nu-cbvc",
    title="Công đoàn Trường tổ chức Hội thi “Nữ cán bộ, viên chức duyên dáng, tài năng”",
    cat="Tin hoạt động",
    published_at="2026-10-17T10:30:00+07:00",
    summary=(
        "Nhằm chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), sáng ngày 16/10, Công đoàn Trường Chính trị tỉnh Kiên Giang tổ chức Hội thi "
        "“Nữ cán bộ, viên chức duyên dáng, tài năng”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi có sự tham gia của 04 đội đến từ các công đoàn bộ phận: Khoa Lý luận cơ sở, "
            "Khoa Xây dựng Đảng, Khoa Nhà nước và Pháp luật, Khoa Dân vận và khối phòng chức năng."
        ),
        P(
            "Các đội thi đã trải qua 03 phần thi: chào hỏi, kiến thức và năng khiếu. Ở phần thi kiến "
            "thức, các thí sinh trả lời các câu hỏi xoay quanh Luật Bình đẳng giới, Luật Phòng, "
            "chống bạo lực gia đình và lịch sử truyền thống của Hội Liên hiệp Phụ nữ Việt Nam."
        ),
        Img(
            f"{IMG}/10/hoithi_nu_01.jpg",
            "Tiết mục văn nghệ của đội Khoa Dân vận",
            "Tiết mục văn nghệ của đội Khoa Dân vận",
            "em",
        ),
        P(
            "Phần thi năng khiếu diễn ra sôi nổi với nhiều tiết mục văn nghệ đặc sắc, mang đậm bản "
            "sắc văn hóa vùng đất Kiên Giang như đờn ca tài tử, múa “Hương sen đất Việt”, hát múa "
            "dân ca Khmer."
        ),
        Img(f"{IMG}/10/hoithi_nu_02.jpg", "Ảnh: Kim Ngân", None, "em"),
        P(
            "Kết quả, Ban Tổ chức trao giải Nhất cho đội Khoa Dân vận, giải Nhì cho đội Khoa Xây "
            "dựng Đảng, giải Ba cho đội khối phòng chức năng và giải Khuyến khích cho 01 đội."
        ),
        _byline_right("Tin bài: Thanh Tùng"),
    ],
    authors=["Thanh Tùng"],
    photographers=["Kim Ngân"],
    opts={"printed": "17/10/2026 10:30", "thumb": f"{IMG}/10/hoithi_nu_01.jpg"},
)

B1 = Story(
    id=1290,
    slug="be-giang-tc68",
    title="BẾ GIẢNG LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ HỆ TẬP TRUNG KHÓA 68",
    cat="Đào tạo, bồi dưỡng",
    published_at="2026-12-04T16:10:00+07:00",
    summary=(
        "Chiều ngày 04/12, Trường Chính trị tỉnh Kiên Giang tổ chức lễ bế giảng và trao bằng tốt "
        "nghiệp lớp Trung cấp lý luận chính trị hệ tập trung khóa 68 cho 86 học viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ bế giảng có đồng chí Lâm Văn Tuấn, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức "
            "Tỉnh ủy; đồng chí Trần Thanh Liêm, Hiệu trưởng nhà trường cùng đại diện lãnh đạo các "
            "khoa, phòng."
        ),
        P(
            "Sau 08 tháng học tập, các học viên đã được trang bị những kiến thức cơ bản về chủ nghĩa "
            "Mác - Lênin, tư tưởng Hồ Chí Minh; quan điểm, đường lối của Đảng, chính sách, pháp luật "
            "của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở. Kết quả học tập toàn khóa có 21 học "
            "viên đạt loại giỏi (chiếm 24,4%), 63 học viên đạt loại khá (73,3%) và 02 học viên đạt "
            "loại trung bình."
        ),
        Img(
            f"{IMG}/12/begiang_tc68_01.jpg",
            "(Đồng chí Lâm Văn Tuấn trao bằng tốt nghiệp cho các học viên đạt thành tích xuất sắc)",
            "Đồng chí Lâm Văn Tuấn trao bằng tốt nghiệp cho các học viên đạt thành tích xuất sắc",
            "em",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Lâm Văn Tuấn biểu dương tinh thần học tập nghiêm túc "
            "của học viên và mong muốn sau khi trở về địa phương, đơn vị, mỗi học viên sẽ vận dụng "
            "sáng tạo kiến thức đã học vào thực tiễn công tác, góp phần xây dựng hệ thống chính trị "
            "ở cơ sở ngày càng vững mạnh."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 05 học viên có thành tích học tập xuất sắc và "
            "03 học viên có nhiều đóng góp trong công tác quản lý lớp."
        ),
        _byline_right("Tin bài: Hữu Nghĩa - Ảnh: Minh Khang"),
    ],
    authors=["Hữu Nghĩa"],
    photographers=["Minh Khang"],
    opts={"printed": "04/12/2026 16:10", "thumb": f"{IMG}/12/begiang_tc68_01.jpg"},
)

_RELATED_BOX_1282 = Raw(
    '<table align="right" border="1" cellpadding="4" cellspacing="0" '
    'style="width:220px;margin:0 0 8px 10px;border-collapse:collapse;border-color:#c8d7ea">'
    '<tbody><tr><td style="background:#eaf1fb"><strong>Tin liên quan:</strong></td></tr>'
    '<tr><td>- <a href="/Tin/ChiTiet.aspx?TinTucID=1287&amp;MaDM=2">Đoàn công tác Học viện Chính '
    "trị khu vực IV làm việc với Trường Chính trị tỉnh Kiên Giang</a></td></tr>"
    '<tr><td>- <a href="http://hcma4.vn/tin-tuc/khai-giang-cao-cap-ly-luan-chinh-tri.htm" '
    'target="_blank">Học viện Chính trị khu vực IV khai giảng các lớp cao cấp lý luận chính trị '
    "năm 2026</a></td></tr></tbody></table>"
)

B2 = Story(
    id=1282,
    slug="khai-giang-cao-cap-llct",
    title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại Kiên Giang khóa 2026 - 2028",
    cat="Đào tạo, bồi dưỡng",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        _RELATED_BOX_1282,
        P(
            "Sáng ngày 24/11/2026, Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh "
            "Kiên Giang tổ chức khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa "
            "2026 - 2028 cho 112 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành và địa "
            "phương trong tỉnh."
        ),
        Img(f"{IMG}/11/khaigiang_cc_01.jpg", None, None, "bare"),
        P(
            "Theo kế hoạch, lớp học sẽ diễn ra trong 20 tháng, gồm 15 học phần, được tổ chức theo "
            "hình thức học tập trung từng đợt tại Trường Chính trị tỉnh. Học viên sẽ được nghiên "
            "cứu các khối kiến thức về lý luận chính trị, khoa học lãnh đạo, quản lý và các kỹ năng "
            "cần thiết trong lãnh đạo, quản lý."
        ),
        P(
            "Phát biểu khai giảng, đại diện Ban Giám đốc Học viện Chính trị khu vực IV yêu cầu các "
            "học viên chấp hành nghiêm quy chế học tập, sắp xếp công việc hợp lý để tham gia đầy đủ "
            "các buổi học; đồng thời đề nghị Trường Chính trị tỉnh phối hợp chặt chẽ trong công tác "
            "quản lý lớp, bảo đảm các điều kiện tốt nhất phục vụ việc dạy và học."
        ),
        P(
            "Được biết, đây là lớp Cao cấp lý luận chính trị hệ không tập trung thứ 09 được tổ chức "
            "tại tỉnh Kiên Giang."
        ),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: Học viện Chính trị khu vực IV</em></p>'
        ),
    ],
    source="Học viện Chính trị khu vực IV",
    opts={"printed": "25/11/2026 14:00", "thumb": f"{IMG}/11/khaigiang_cc_01.jpg"},
)

B3 = Story(
    id=1270,
    slug="boi-duong-cap-phong",
    title="Khai giảng lớp bồi dưỡng kiến thức, kỹ năng lãnh đạo, quản lý cho cán bộ lãnh đạo cấp phòng năm 2026",
    cat="Đào tạo, bồi dưỡng",
    published_at="2026-11-11T08:00:00+07:00",
    summary=(
        "Ngày 10/11, Trường Chính trị tỉnh Kiên Giang khai giảng lớp bồi dưỡng kiến thức, kỹ năng "
        "lãnh đạo, quản lý cho 75 học viên là trưởng, phó phòng và tương đương của các sở, ban, "
        "ngành tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, lớp học diễn ra trong 04 tuần với các chuyên đề: kỹ năng hoạch định và "
            "tổ chức thực hiện chính sách; kỹ năng quản lý sự thay đổi; kỹ năng giao tiếp, ứng xử "
            "trong hoạt động công vụ; chuyển đổi số trong hoạt động của cơ quan nhà nước..."
        ),
        P(
            "Các chuyên đề do giảng viên của Trường, báo cáo viên của Học viện Hành chính Quốc gia "
            "và lãnh đạo các sở, ngành tỉnh đảm nhiệm. Bên cạnh việc nghe giảng trên lớp, học viên "
            "sẽ thảo luận nhóm, xử lý tình huống và viết tiểu luận cuối khóa gắn với vị trí việc "
            "làm của mình."
        ),
        P(
            "Phát biểu khai giảng, đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng nhà trường đề nghị học "
            "viên phát huy tinh thần tự học, chủ động trao đổi kinh nghiệm thực tiễn, nâng cao năng "
            "lực tham mưu, tổ chức thực hiện nhiệm vụ tại cơ quan, đơn vị."
        ),
        Img(
            f"{IMG}/11/boiduong_capphong_01.jpg",
            "Các học viên tham dự lễ khai giảng",
            "Các học viên tham dự lễ khai giảng",
            "tbl",
        ),
        _byline_right("Tin, ảnh: Bảo Trân"),
    ],
    authors=["Bảo Trân"],
    photographers=["Bảo Trân"],
    opts={"printed": "11/11/2026 08:00", "thumb": f"{IMG}/11/boiduong_capphong_01.jpg"},
)

B4 = Story(
    id=1256,
    slug="nghien-cuu-thuc-te-phu-quoc",
    title="Học viên lớp Trung cấp lý luận chính trị khóa 69 nghiên cứu thực tế tại Phú Quốc",
    cat="Đào tạo, bồi dưỡng",
    published_at="2026-10-22T09:30:00+07:00",
    summary=(
        "Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh Kiên Giang tổ chức cho 92 học viên lớp "
        "Trung cấp lý luận chính trị hệ tập trung khóa 69 đi nghiên cứu thực tế tại thành phố Phú "
        "Quốc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Trong chương trình nghiên cứu thực tế, đoàn đã đến dâng hương tại Khu di tích lịch sử "
            "Nhà tù Phú Quốc, tưởng niệm các anh hùng liệt sĩ đã anh dũng hy sinh vì sự nghiệp giải "
            "phóng dân tộc, thống nhất đất nước."
        ),
        P(
            "Đoàn đã làm việc với Thường trực Thành ủy Phú Quốc, nghe giới thiệu về tình hình phát "
            "triển kinh tế - xã hội, công tác xây dựng Đảng, xây dựng hệ thống chính trị và những "
            "kinh nghiệm trong quản lý đô thị, phát triển du lịch của địa phương."
        ),
        Img(
            f"{IMG}/10/nctt_phuquoc_01.jpg",
            "Đoàn học viên dâng hương tại Khu di tích lịch sử Nhà tù Phú Quốc",
            "Đoàn học viên dâng hương tại Khu di tích lịch sử Nhà tù Phú Quốc",
            "em",
        ),
        P(
            "Thông qua đợt nghiên cứu thực tế, học viên có thêm điều kiện đối chiếu giữa lý luận "
            "với thực tiễn, học hỏi những cách làm hay, sáng tạo để vận dụng vào công tác tại địa "
            "phương, đơn vị mình. Kết thúc đợt nghiên cứu, mỗi học viên sẽ viết bài thu hoạch theo "
            "chủ đề được phân công."
        ),
        _byline_right("Tin: Quốc Việt - Ảnh: Thu Sương"),
    ],
    authors=["Quốc Việt"],
    photographers=["Thu Sương"],
    opts={"printed": "22/10/2026 09:30", "thumb": f"{IMG}/10/nctt_phuquoc_01.jpg"},
)

C1 = Story(
    id=1285,
    slug="giang-day-gan-thuc-tien",
    title="Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-11-30T07:45:00+07:00",
    summary=(
        "Giảng dạy lý luận chính trị gắn với thực tiễn địa phương là yêu cầu có tính nguyên tắc, góp "
        "phần nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở các trường chính trị tỉnh hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Sự cần thiết gắn giảng dạy lý luận với thực tiễn", "wordh"),
        P(
            "Chủ tịch Hồ Chí Minh từng chỉ rõ: “Thống nhất giữa lý luận và thực tiễn là một nguyên "
            "tắc căn bản của chủ nghĩa Mác - Lênin. Thực tiễn không có lý luận hướng dẫn thì thành "
            "thực tiễn mù quáng. Lý luận mà không liên hệ với thực tiễn là lý luận suông”. Đối với "
            "trường chính trị tỉnh, người học phần lớn là cán bộ đang công tác ở cơ sở, vì vậy bài "
            "giảng chỉ thực sự thuyết phục khi giải đáp được những vấn đề mà chính họ đang đối mặt.",
            "word",
        ),
        P(
            "Thực tế cho thấy, những năm qua, đội ngũ giảng viên của Trường Chính trị tỉnh Kiên "
            "Giang đã có nhiều cố gắng trong việc liên hệ thực tiễn vào bài giảng. Tuy nhiên, ở một "
            "số bài giảng, việc liên hệ còn mang tính minh họa, chưa phân tích sâu nguyên nhân và "
            "chưa gợi mở được giải pháp cho người học.",
            "word",
        ),
        Img(f"{IMG}/11/giangday_thuctien.jpg", None, None, "bare"),
        P("2. Một số giải pháp", "wordh"),
        P(
            "Thứ nhất, tăng cường đi nghiên cứu thực tế đối với giảng viên. Mỗi giảng viên cần dành "
            "thời gian tìm hiểu tình hình kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính "
            "trị ở các địa phương trong tỉnh, từ đó xây dựng ngân hàng tình huống phục vụ giảng dạy.",
            "word",
        ),
        P(
            "Thứ hai, đổi mới phương pháp giảng dạy theo hướng tăng cường thảo luận, xử lý tình "
            "huống, để học viên chia sẻ kinh nghiệm thực tiễn từ chính đơn vị mình.",
            "word",
        ),
        P(
            "Thứ ba, đẩy mạnh mời báo cáo viên là lãnh đạo các sở, ngành, địa phương tham gia giảng "
            "dạy các chuyên đề thực tiễn.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:14.0pt;'
            'font-family:&quot;Times New Roman&quot;,serif">ThS. Nguyễn Thị Hồng Nhung</span></b>'
            '<br /><i><span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            "Khoa Lý luận cơ sở</span></i><o:p></o:p></p>"
        ),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={
        "printed": "30/11/2026 07:45",
        "thumb": f"{IMG}/11/giangday_thuctien.jpg",
        "comments": [
            (
                "Trần Thị Mai",
                "01/12/2026 20:05",
                "Bài viết thiết thực. Đề nghị nhà trường sớm xây dựng ngân hàng tình huống dùng chung.",
            ),
        ],
    },
)

C2 = Story(
    id=1276,
    slug="tu-tuong-hcm-ve-can-bo",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-11-17T10:00:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là tài sản tinh thần vô giá, có giá trị "
        "lý luận và thực tiễn sâu sắc đối với công tác đào tạo, bồi dưỡng cán bộ trong giai đoạn "
        "hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo Chủ tịch Hồ Chí Minh, “cán bộ là cái gốc của mọi công việc”, “công việc thành công "
            "hoặc thất bại đều do cán bộ tốt hoặc kém”. Người đặc biệt coi trọng việc huấn luyện "
            "cán bộ, xem đó là “công việc gốc của Đảng”."
        ),
        P(
            "Trong tác phẩm Sửa đổi lối làm việc, Người chỉ rõ việc huấn luyện cán bộ phải theo "
            "phương châm: “Huấn luyện lý luận, không phải biến người ta thành những cuốn sách lý "
            "luận biết đi, mà cốt làm cho người ta biết cách xem xét, giải quyết những vấn đề thực "
            "tế”."
        ),
        P(
            "Vận dụng tư tưởng của Người, công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh "
            "cần chú trọng cả bồi dưỡng phẩm chất đạo đức và năng lực thực tiễn; nội dung chương "
            "trình phải sát với yêu cầu nhiệm vụ của từng chức danh, từng vị trí việc làm."
        ),
        P(
            "Bên cạnh đó, cần gắn đào tạo, bồi dưỡng với quy hoạch và sử dụng cán bộ. Việc cử cán "
            "bộ đi học phải xuất phát từ nhu cầu thực tế của cơ quan, đơn vị, tránh tình trạng học "
            "để “hợp thức hóa” tiêu chuẩn."
        ),
        P(
            "Đối với đội ngũ giảng viên, mỗi người phải thực sự là tấm gương về đạo đức, lối sống, "
            "“nói đi đôi với làm”, để mỗi bài giảng không chỉ truyền thụ kiến thức mà còn truyền cảm "
            "hứng cho người học."
        ),
        Raw(
            '<p style="text-align: right;"><strong>TS. Trần Văn Lực</strong><br />'
            "<em>Phó Trưởng khoa Xây dựng Đảng</em></p>"
        ),
    ],
    authors=["Trần Văn Lực"],
    opts={"printed": "17/11/2026 10:00", "nfd": True, "updated": "01/12/2026 10:05"},
)

C3 = Story(
    id=1268,
    slug="mat-tran-giam-sat-phan-bien",
    title="Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-11-09T14:15:00+07:00",
    summary=(
        "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp "
        "phần xây dựng Đảng, chính quyền trong sạch, vững mạnh và phát huy quyền làm chủ của Nhân "
        "dân."
    ),
    blocks=[
        P(
            "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp "
            "phần xây dựng Đảng, chính quyền trong sạch, vững mạnh và phát huy quyền làm chủ của "
            "Nhân dân.",
            "bold",
        ),
        P(
            "Những năm qua, Ủy ban Mặt trận Tổ quốc các cấp trong tỉnh đã chủ động phối hợp với các "
            "tổ chức thành viên tổ chức nhiều cuộc giám sát về các vấn đề được Nhân dân quan tâm "
            "như: thực hiện chính sách an sinh xã hội, quản lý đất đai, bảo vệ môi trường, xây dựng "
            "nông thôn mới."
        ),
        P("Tuy nhiên, hoạt động giám sát, phản biện xã hội ở cơ sở vẫn còn những hạn chế:"),
        P("- Một số cuộc giám sát còn hình thức, chưa chọn đúng vấn đề bức xúc;", "br"),
        P("- Kiến nghị sau giám sát chưa được theo dõi, đôn đốc đến cùng;", "br"),
        P("- Năng lực của một bộ phận cán bộ Mặt trận cơ sở còn hạn chế.", "br"),
        P(
            "Để phát huy hơn nữa vai trò của Mặt trận trong thời gian tới, cần tập trung vào một số "
            "giải pháp sau:"
        ),
        P(
            "Một là, nâng cao nhận thức của cấp ủy, chính quyền về vị trí, vai trò của công tác giám "
            "sát, phản biện xã hội; xem đây là kênh thông tin quan trọng giúp hoàn thiện chủ trương, "
            "chính sách ở địa phương."
        ),
        P(
            "Hai là, lựa chọn nội dung giám sát sát với thực tiễn, tập trung vào những vấn đề bức "
            "xúc, nổi cộm mà Nhân dân quan tâm."
        ),
        P(
            "Ba là, thường xuyên bồi dưỡng kiến thức, kỹ năng giám sát, phản biện xã hội cho cán bộ "
            "Mặt trận và các đoàn thể ở cơ sở."
        ),
        _SPACER,
        _byline_right("ThS. Lê Hoàng Phúc - Khoa Dân vận"),
    ],
    authors=["Lê Hoàng Phúc"],
    opts={"printed": "09/11/2026 14:15", "lead_inline": True},
)

C4 = Story(
    id=1259,
    slug="chuyen-doi-so-giang-day",
    title="Chuyển đổi số trong giảng dạy tại trường chính trị: Thuận lợi và thách thức",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-10-28T09:00:00+07:00",
    blocks=[
        P(
            "Chuyển đổi số đang tác động mạnh mẽ đến mọi lĩnh vực của đời sống xã hội, trong đó có "
            "hoạt động đào tạo, bồi dưỡng cán bộ. Đối với các trường chính trị tỉnh, chuyển đổi số "
            "vừa là yêu cầu cấp thiết, vừa là cơ hội để đổi mới phương pháp giảng dạy và quản lý "
            "đào tạo."
        ),
        P("Về thuận lợi", "h"),
        P(
            "Hạ tầng công nghệ thông tin của Trường từng bước được đầu tư; 100% phòng học được trang "
            "bị máy chiếu, kết nối internet tốc độ cao. Phần mềm quản lý đào tạo đã được triển "
            "khai, giúp việc quản lý hồ sơ học viên, điểm số và lịch giảng được thực hiện nhanh "
            "chóng, chính xác."
        ),
        P(
            "Đội ngũ giảng viên phần lớn còn trẻ, có khả năng tiếp cận và ứng dụng công nghệ thông "
            "tin vào bài giảng. Nhiều giảng viên đã sử dụng bài giảng điện tử, tổ chức kiểm tra "
            "trắc nghiệm trực tuyến."
        ),
        P("Kết quả ứng dụng công nghệ thông tin trong giảng dạy của Trường qua hai năm như sau:"),
        P("Nội dung | Năm 2025 | Năm 2026", "row"),
        P("Bài giảng điện tử | 38 | 64", "row"),
        P("Lớp học có kiểm tra trực tuyến | 05 | 17", "row"),
        P("Về thách thức", "h"),
        P(
            "Kinh phí đầu tư cho chuyển đổi số còn hạn chế; kho học liệu số chưa phong phú. Một bộ "
            "phận học viên lớn tuổi còn gặp khó khăn khi sử dụng các nền tảng học tập trực tuyến."
        ),
        P(
            "Để chuyển đổi số thực sự đi vào chiều sâu, Trường cần xây dựng lộ trình cụ thể, ưu "
            "tiên phát triển kho học liệu số dùng chung và thường xuyên bồi dưỡng kỹ năng số cho đội "
            "ngũ giảng viên."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Võ Minh Trí - ThS. Đặng Thị Kim Thoa</strong>'
            "<br />Khoa Nhà nước và Pháp luật</p>"
        ),
    ],
    authors=["Võ Minh Trí", "Đặng Thị Kim Thoa"],
    opts={
        "printed": "28/10/2026 09:00",
        "entities": 1,
        "seo": "chuyển đổi số trong giảng dạy tại trường chính trị",
    },
)

C5 = Story(
    id=1249,
    slug="tu-dien-bien-tu-chuyen-hoa",
    title="Đấu tranh phòng, chống biểu hiện “tự diễn biến”, “tự chuyển hóa” trong đội ngũ cán bộ, đảng viên ở cơ sở",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-10-09T08:30:00+07:00",
    summary=(
        "Suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” là "
        "nguy cơ trực tiếp đe dọa sự tồn vong của Đảng và chế độ. Đấu tranh phòng, chống những biểu "
        "hiện này trong đội ngũ cán bộ, đảng viên ở cơ sở là nhiệm vụ vừa cấp bách, vừa lâu dài."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Nghị quyết Trung ương 4 khóa XII đã chỉ ra 27 biểu hiện suy thoái về tư tưởng chính "
            "trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ.[1] Ở cơ sở, "
            "những biểu hiện này tuy không phổ biến nhưng vẫn còn, như: ngại học tập lý luận chính "
            "trị, thờ ơ với công việc chung, có biểu hiện cơ hội, vụ lợi."
        ),
        P(
            "Để đấu tranh hiệu quả, trước hết cần nâng cao chất lượng học tập, quán triệt các nghị "
            "quyết của Đảng, giúp cán bộ, đảng viên nhận thức rõ tính chất nguy hiểm của suy thoái "
            "tư tưởng chính trị.[2]"
        ),
        P(
            "Cùng với đó, phải phát huy vai trò của chi bộ trong quản lý đảng viên; thực hiện nghiêm "
            "túc tự phê bình và phê bình; kịp thời phát hiện, chấn chỉnh những biểu hiện lệch lạc "
            "ngay từ khi mới manh nha."
        ),
        P(
            "Bên cạnh đó, cần phát huy vai trò giám sát của Nhân dân, của Mặt trận Tổ quốc và các "
            "đoàn thể chính trị - xã hội đối với cán bộ, đảng viên, nhất là người đứng đầu."
        ),
        _byline_right("TS. Huỳnh Văn Sang, Phó Hiệu trưởng nhà trường"),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Đảng Cộng sản Việt Nam: Văn kiện Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa "
            "XII, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2016.",
            "ref",
        ),
        P(
            "[2] Ban Tuyên giáo Trung ương: Tài liệu học tập, quán triệt Kết luận số 21-KL/TW, Nxb. "
            "Chính trị quốc gia Sự thật, Hà Nội, 2021.",
            "ref",
        ),
        _SPACER,
        _xem_them(
            "/tin/chitiet.aspx?tintucid=1276",
            "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay",
        ),
    ],
    authors=["Huỳnh Văn Sang"],
    opts={"printed": "09/10/2026 08:30"},
)

STORIES: list[Story] = [A1, A2, A3, A4, B1, B2, B3, B4, C1, C2, C3, C4, C5]
BY_ID = {s.id: s for s in STORIES}

#: "Tin xem nhiều": printed with the cookieless-session prefix; 87 was deleted long ago
MOST_READ = [1285, 1279, 87, 1276, 1290]
DELETED = {87: "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2025"}


def _madm(story: Story) -> int:
    return CAT_ID[story.cat]


def canonical_path(story: Story) -> str:
    return f"/Tin/ChiTiet.aspx?TinTucID={story.id}"


def listing_path(story: Story) -> str:
    return f"/Tin/ChiTiet.aspx?TinTucID={story.id}&MaDM={_madm(story)}"


def session_path(story_id: int) -> str:
    return f"/{SESSION}/Tin/ChiTiet.aspx?TinTucID={story_id}"


# --- documents, intro, contact -----------------------------------------------------------

DOCS: dict[int, dict] = {
    41: {
        "title": "Đề cương bài giảng học phần Xây dựng Đảng (Chương trình Trung cấp lý luận chính trị)",
        "printed": "26/11/2026 10:00",
        "kind": "Bài giảng",
        "author": "Khoa Xây dựng Đảng",
        "pages": 64,
        "file": "/Upload/ThuVien/2026/11/de-cuong-xay-dung-dang-tc.pdf",
        "desc": "Đề cương chi tiết các bài giảng thuộc học phần Xây dựng Đảng dùng cho các lớp Trung "
        "cấp lý luận chính trị hệ tập trung và không tập trung năm 2026 - 2027.",
        "paras": [
            "Đề cương gồm 08 bài, trình bày những nội dung cơ bản về xây dựng Đảng về chính trị, tư "
            "tưởng, đạo đức và tổ chức; công tác kiểm tra, giám sát và kỷ luật của Đảng.",
            "Tài liệu dùng để giảng viên chuẩn bị bài giảng và học viên tham khảo trong quá trình "
            "học tập, nghiên cứu.",
        ],
    },
    38: {
        "title": "Tài liệu bồi dưỡng kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
        "printed": "12/11/2026 15:30",
        "kind": "Tài liệu bồi dưỡng",
        "author": "Khoa Dân vận",
        "pages": 48,
        "file": "/Upload/ThuVien/2026/11/tl-giam-sat-phan-bien.pdf",
        "desc": "Tài liệu phục vụ các lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở "
        "trong tỉnh.",
        "paras": [
            "Tài liệu gồm 04 chuyên đề: những vấn đề chung về giám sát, phản biện xã hội; quy trình "
            "giám sát; kỹ năng phản biện xã hội và một số tình huống thường gặp ở cơ sở.",
        ],
    },
    35: {
        "title": "Kỷ yếu Hội thảo khoa học “Công tác dân vận trong tình hình mới”",
        "printed": "20/10/2026 08:00",
        "kind": "Kỷ yếu hội thảo",
        "author": "Phòng Quản lý đào tạo - Nghiên cứu khoa học",
        "pages": 212,
        "file": "/Upload/ThuVien/2026/10/ky-yeu-hoi-thao-dan-van.pdf",
        "desc": "Tập hợp 32 bài tham luận của các nhà khoa học, giảng viên và cán bộ làm công tác "
        "dân vận trong và ngoài tỉnh.",
        "paras": [
            "Các bài viết tập trung làm rõ cơ sở lý luận, thực trạng và giải pháp nâng cao hiệu quả "
            "công tác dân vận của hệ thống chính trị ở cơ sở trong giai đoạn hiện nay.",
            "Kỷ yếu được lưu hành nội bộ, phục vụ công tác giảng dạy và nghiên cứu khoa học.",
        ],
    },
}

INTRO: dict[int, tuple[str, list[str]]] = {
    1: (
        "Lịch sử hình thành và phát triển",
        [
            "Tiền thân của Trường Chính trị tỉnh Kiên Giang là Trường Đảng tỉnh Rạch Giá, được thành "
            "lập trong kháng chiến chống Pháp. Trải qua nhiều giai đoạn với những tên gọi khác nhau, "
            "nhà trường luôn là trung tâm đào tạo, bồi dưỡng cán bộ của Đảng bộ tỉnh.",
            "Năm 2026, Trường có 6 phòng, khoa với 58 cán bộ, viên chức, trong đó có 03 tiến sĩ, 41 "
            "thạc sĩ; hằng năm đào tạo, bồi dưỡng cho hàng nghìn lượt cán bộ, đảng viên trong tỉnh.",
            "Với những thành tích đạt được, nhà trường đã được Đảng, Nhà nước tặng thưởng Huân "
            "chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu "
            "khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp "
            "luật; Khoa Dân vận.",
        ],
    ),
}

NON_ARTICLES = [
    "/GioiThieu.aspx?ID=1",
    "/GioiThieu.aspx?ID=2",
    "/LienHe.aspx",
    "/ThuVien/ChiTiet.aspx?TaiLieuID=41",
    "/ThuVien/ChiTiet.aspx?TaiLieuID=38",
    "/ThuVien/ChiTiet.aspx?TaiLieuID=35",
]

#: URLs an editor typed by hand (IIS folds their case)
LOWERCASE_LINKS = {
    1290: "/tin/chitiet.aspx?tintucid=1290&madm=5",
    1276: "/tin/chitiet.aspx?tintucid=1276",
}


def _alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    if story.id in MOST_READ:
        alts.append(session_path(story.id))
    if story.id in LOWERCASE_LINKS:
        alts.append(LOWERCASE_LINKS[story.id])
    return alts


GOLD = [
    gold_record(s, listing_path(s), s.cat, canonical_path=canonical_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]


# --- markup ---------------------------------------------------------------------------------

_FONT = "font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"


def _enc(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img(block: Img, story: Story) -> str:
    src = esc(block.src)
    if block.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            'style="width:500px">\r\n<tbody>\r\n<tr><td><img alt="" src="' + src + '" '
            'style="width:500px;height:333px" /></td></tr>\r\n'
            '<tr><td style="text-align:center"><span style="font-size:12px"><em>'
            + _enc(story, block.printed or "")
            + "</em></span></td></tr>\r\n</tbody>\r\n</table>"
        )
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width:550px;height:366px" /></p>'
    if block.printed:
        out += f'\r\n<p style="text-align: center;"><em>{_enc(story, block.printed)}</em></p>'
    return out


def render_text(story: Story) -> str:
    """The text as the editor left it in the ``NoiDung`` column."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b, story))
        else:
            group_style = b.style
            if group_style in ("br", "li", "row"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == group_style:
                    group.append(blocks[i].text)
                    i += 1
                i -= 1
                if group_style == "br":
                    out.append(
                        '<p style="text-align: justify;">'
                        + "<br />\r\n".join(_enc(story, t) for t in group)
                        + "</p>"
                    )
                elif group_style == "li":
                    out.append(
                        "<ul>\r\n"
                        + "".join(f"\t<li>{_enc(story, t)}</li>\r\n" for t in group)
                        + "</ul>"
                    )
                else:
                    rows = []
                    for n, t in enumerate(group):
                        tag = "th" if n == 0 else "td"
                        cells = "".join(f"<{tag}>{_enc(story, c)}</{tag}>" for c in t.split(" | "))
                        rows.append(f"<tr>{cells}</tr>")
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                        'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                    )
            elif group_style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{_enc(story, b.text)}</strong></p>')
            elif group_style == "h":
                out.append(f"<p><strong>{_enc(story, b.text)}</strong></p>")
            elif group_style == "word":
                out.append(
                    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                    f'text-indent:36.0pt;line-height:normal"><span style="{_FONT}">'
                    f"{_enc(story, b.text)}<o:p></o:p></span></p>"
                )
            elif group_style == "wordh":
                out.append(
                    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                    f'line-height:normal"><b><span style="{_FONT}">{_enc(story, b.text)}'
                    "<o:p></o:p></span></b></p>"
                )
            elif group_style == "ref":
                out.append(
                    '<p style="text-align: justify;"><span style="font-size:12px">'
                    f"{_enc(story, b.text)}</span></p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_enc(story, b.text)}</p>')
        i += 1
    return "\r\n".join(out)


def _first_words(story: Story, limit: int = 180) -> str:
    value = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut + " ..."


def _day(printed: str) -> str:
    return printed.split(" ")[0]


def _sorted(madm: int) -> list[Story]:
    items = [s for s in STORIES if _madm(s) == madm]
    return sorted(items, key=lambda s: (s.published_at or "")[:10] + s.opts["printed"][-5:], reverse=True)


_NEWEST = sorted(STORIES, key=lambda s: (s.published_at or "")[:10] + s.opts["printed"][-5:], reverse=True)


def _tree(current: int | None) -> str:
    """The left menu: nested lists drawn as an ASP.NET TreeView, collapsed nodes hidden."""
    # a TreeView expands the path down to the selected node, not the selected node itself
    open_branch = current in (5, 6)

    def leaf(madm: int, n: int) -> str:
        name, parent = CATS[madm]
        href = f"/Tin/DanhMuc.aspx?MaDM={madm}" + (f"&amp;MaDMCha={parent}" if parent else "")
        cls = "nut_chon" if madm == current else "nut_cay"
        return (
            f'<li><a id="ctl00_ucMenuTrai_tvDanhMuct{n}" class="{cls}" href="{href}">'
            f"{esc(name)}</a></li>"
        )

    toggle = (
        "<a id=\"ctl00_ucMenuTrai_tvDanhMucn1\" href=\"javascript:TreeView_ToggleNode("
        "ctl00_ucMenuTrai_tvDanhMuc_Data,1,document.getElementById('ctl00_ucMenuTrai_tvDanhMucn1'),"
        "' ',document.getElementById('ctl00_ucMenuTrai_tvDanhMucn1Nodes'))\">"
        f'<img src="/WebResource.axd?d=tvMinus_{"1" if open_branch else "0"}.gif" alt="'
        f'{"Collapse" if open_branch else "Expand"} Tin hoạt động" style="border-width:0;" /></a>'
    )
    style = "display:block;" if open_branch else "display:none;"
    return (
        '<div class="khung_trai"><h3 class="td_khung">DANH MỤC</h3>\r\n'
        '<a href="#ctl00_ucMenuTrai_tvDanhMuc_SkipLink"><img alt="Skip Navigation Links." '
        'src="/WebResource.axd?d=skip.gif" width="0" height="0" style="border-width:0px;" /></a>'
        '<div id="ctl00_ucMenuTrai_tvDanhMuc" class="cay_dm">\r\n<ul class="cay_cap0">\r\n'
        '<li><span class="nut_goc">Tin tức</span>\r\n<ul class="cay_cap1">\r\n'
        f'<li>{toggle}<a id="ctl00_ucMenuTrai_tvDanhMuct1" class="'
        f'{"nut_chon" if current == 2 else "nut_cay"}" href="/Tin/DanhMuc.aspx?MaDM=2">Tin hoạt '
        f'động</a>\r\n<ul id="ctl00_ucMenuTrai_tvDanhMucn1Nodes" class="cay_cap2" style="{style}">'
        f"{leaf(5, 2)}{leaf(6, 3)}</ul></li>\r\n"
        f"{leaf(3, 4)}\r\n</ul></li>\r\n"
        '<li><span class="nut_goc">Thư viện</span><ul class="cay_cap1">'
        '<li><a id="ctl00_ucMenuTrai_tvDanhMuct6" class="nut_cay" href="/ThuVien/Default.aspx">'
        "Thư viện điện tử</a></li></ul></li>\r\n</ul></div>"
        '<a id="ctl00_ucMenuTrai_tvDanhMuc_SkipLink"></a></div>'
    )


_LINKS = (
    '<div class="khung_trai"><h3 class="td_khung">LIÊN KẾT WEBSITE</h3>'
    '<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" '
    "onchange=\"if(this.value!='')window.open(this.value);\">"
    '<option value="">-- Chọn liên kết --</option>'
    '<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
    '<option value="http://hcma4.vn">Học viện Chính trị khu vực IV</option>'
    '<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>'
    '<option value="https://kiengiang.gov.vn">Cổng thông tin điện tử tỉnh Kiên Giang</option>'
    '<option value="https://baokiengiang.vn">Báo Kiên Giang</option></select>'
    '<div class="bn_trai"><a href="http://dangcongsan.vn" target="_blank">'
    '<img src="/Images/QuangCao/bn_dangcongsan.jpg" alt="Báo điện tử Đảng Cộng sản Việt Nam" /></a>'
    '<a href="https://www.tapchicongsan.org.vn" target="_blank">'
    '<img src="/Images/QuangCao/bn_tccs.jpg" alt="Tạp chí Cộng sản" /></a></div></div>'
)

_COUNTER = (
    '<div class="khung_trai"><h3 class="td_khung">THỐNG KÊ TRUY CẬP</h3>'
    '<table class="bang_tk"><tr><td><img src="/Images/icon_online.gif" alt="" /> Đang online:</td>'
    '<td><span id="ctl00_ucThongKe_lblOnline">27</span></td></tr>'
    '<tr><td><img src="/Images/icon_homnay.gif" alt="" /> Hôm nay:</td>'
    '<td><span id="ctl00_ucThongKe_lblHomNay">412</span></td></tr>'
    '<tr><td><img src="/Images/icon_tong.gif" alt="" /> Tổng truy cập:</td>'
    '<td><span id="ctl00_ucThongKe_lblTong">1.284.577</span></td></tr></table></div>'
)


def _most_read() -> str:
    items = []
    for n, tid in enumerate(MOST_READ):
        title = BY_ID[tid].title if tid in BY_ID else DELETED[tid]
        items.append(
            f'<li><a id="ctl00_ucTinXemNhieu_rptTin_ctl0{n}_hplTieuDe" href="{session_path(tid)}">'
            f"{esc(title)}</a></li>"
        )
    return (
        '<div class="khung_phai"><h3 class="td_khung">TIN XEM NHIỀU</h3>'
        f'<ul class="ds_xemnhieu">{"".join(items)}</ul></div>'
    )


_POLL = (
    '<div class="khung_phai"><h3 class="td_khung">THĂM DÒ Ý KIẾN</h3>'
    '<div class="cau_hoi">Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng của Trường?</div>'
    '<table id="ctl00_ucThamDo_rblTraLoi"><tr><td><input id="ctl00_ucThamDo_rblTraLoi_0" '
    'type="radio" name="ctl00$ucThamDo$rblTraLoi" value="1" /><label for="ctl00_ucThamDo_rblTraLoi_0">'
    "Rất tốt</label></td></tr><tr><td><input id=\"ctl00_ucThamDo_rblTraLoi_1\" type=\"radio\" "
    'name="ctl00$ucThamDo$rblTraLoi" value="2" /><label for="ctl00_ucThamDo_rblTraLoi_1">Tốt</label>'
    '</td></tr><tr><td><input id="ctl00_ucThamDo_rblTraLoi_2" type="radio" '
    'name="ctl00$ucThamDo$rblTraLoi" value="3" /><label for="ctl00_ucThamDo_rblTraLoi_2">Bình '
    "thường</label></td></tr></table>"
    '<input type="submit" name="ctl00$ucThamDo$btnBieuQuyet" value="Biểu quyết" '
    'id="ctl00_ucThamDo_btnBieuQuyet" class="nut" /> '
    "<a id=\"ctl00_ucThamDo_lbtKetQua\" href=\"javascript:__doPostBack('ctl00$ucThamDo$lbtKetQua','')\">"
    "Xem kết quả</a></div>"
    '<div class="khung_phai"><a href="https://www.hcma.vn/hoc-tap-lam-theo-bac" target="_blank">'
    '<img src="/Images/QuangCao/bn_hoctaplamtheobac.jpg" alt="Học tập và làm theo tư tưởng, đạo '
    'đức, phong cách Hồ Chí Minh" /></a></div>'
)


def _top_menu() -> str:
    return (
        '<div id="thanh_menu"><ul id="mnuChinh" class="mnu_ngang">'
        '<li><a href="/Default.aspx">Trang chủ</a></li>'
        '<li><a href="/GioiThieu.aspx?ID=1">Giới thiệu</a><ul class="mnu_con">'
        '<li><a href="/GioiThieu.aspx?ID=1">Lịch sử hình thành</a></li>'
        '<li><a href="/GioiThieu.aspx?ID=2">Cơ cấu tổ chức</a></li></ul></li>'
        '<li><a href="/Tin/DanhMuc.aspx?MaDM=2">Tin tức</a><ul class="mnu_con">'
        '<li><a href="/Tin/DanhMuc.aspx?MaDM=2">Tin hoạt động</a></li>'
        '<li><a href="/Tin/DanhMuc.aspx?MaDM=3">Nghiên cứu - Trao đổi</a></li></ul></li>'
        '<li><a href="/ThuVien/Default.aspx">Thư viện điện tử</a></li>'
        '<li><a href="/LienHe.aspx">Liên hệ</a></li></ul></div>'
    )


def page(
    request: Request,
    seo_title: str,
    main: str,
    *,
    action: str,
    current: int | None = None,
    head_extra: str = "",
) -> Response:
    """The master page (``Site.Master``) around one content placeholder."""
    viewstate = opaque(request.target.lower(), 1200, b"\xff\x01")
    validation = opaque("ev" + request.target.lower(), 180)
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" /><title>
	{esc(seo_title)} - {SCHOOL}
</title><link href="/App_Themes/TCT/giaodien.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" />
{head_extra}<script src="/Scripts/jquery-1.7.2.min.js" type="text/javascript"></script></head>
<body>
    <form method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZCBS0&amp;t=635588592000000000" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>
<div id="khung_trang">
  <div id="dau_trang">
    <div class="logo_tct"><a href="/Default.aspx"><img src="/Images/logo_tct.png" alt="Logo Trường Chính trị tỉnh Kiên Giang" /></a></div>
    <div class="ten_dv"><span class="cq_chuquan">TỈNH ỦY KIÊN GIANG</span>
    <h1 class="ten_truong">TRƯỜNG CHÍNH TRỊ TỈNH KIÊN GIANG</h1></div>
  </div>
  {_top_menu()}
  <div class="thanh_ngay"><span id="ctl00_ucDauTrang_lblNgayThang">{HEADER_TODAY}</span>
    <marquee scrollamount="3" class="chu_chay">Nhiệt liệt chào mừng kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2026)</marquee>
    <div class="o_tim"><input name="ctl00$ucDauTrang$txtTuKhoa" type="text" value="Nhập từ khóa..." id="ctl00_ucDauTrang_txtTuKhoa" class="o_nhap_tim" onfocus="this.value=''" /><input type="submit" name="ctl00$ucDauTrang$btnTim" value="Tìm" id="ctl00_ucDauTrang_btnTim" class="nut_tim" /></div>
  </div>
  <table id="bang_chinh" cellpadding="0" cellspacing="0" width="100%"><tr>
  <td class="cot_trai" valign="top">
    {_tree(current)}
    {_LINKS}
    {_COUNTER}
  </td>
  <td class="cot_giua" valign="top">
{main}
  </td>
  <td class="cot_phai" valign="top">
    {_most_read()}
    {_POLL}
  </td></tr></table>
  <div id="chan_trang">
    <div class="menu_chan"><a href="/Default.aspx">Trang chủ</a> | <a href="/GioiThieu.aspx?ID=1">Giới thiệu</a> | <a href="/ThuVien/Default.aspx">Thư viện điện tử</a> | <a href="/LienHe.aspx">Liên hệ</a></div>
    <p><b>TRƯỜNG CHÍNH TRỊ TỈNH KIÊN GIANG</b></p>
    <p>Địa chỉ: Số 06 Phan Thị Ràng, phường An Hòa, thành phố Rạch Giá, tỉnh Kiên Giang</p>
    <p>Điện thoại: 0297.3862.214 - Fax: 0297.3862.215 - Email: truongchinhtri@kiengiang.gov.vn</p>
    <p>Chịu trách nhiệm chính: Hiệu trưởng Trần Thanh Liêm. Ghi rõ nguồn “Trường Chính trị tỉnh Kiên Giang” khi phát hành lại thông tin từ website này.</p>
    <p class="ban_quyen">Bản quyền © 2014 - 2026 Trường Chính trị tỉnh Kiên Giang. Thiết kế bởi Công ty TNHH Giải pháp Phần mềm Nam Việt.</p>
  </div>
</div>

<script type="text/javascript">
//<![CDATA[
var ctl00_ucMenuTrai_tvDanhMuc_ImageArray =  new Array('', '', '', '/WebResource.axd?d=tvMinus_1.gif', '/WebResource.axd?d=tvMinus_0.gif');
//]]>
</script>
</form>
</body>
</html>
"""
    return html(body, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})


def _crumb(*parts: tuple[str, str | None]) -> str:
    out = ['<a href="/Default.aspx">Trang chủ</a>']
    for name, href in parts:
        out.append(f'<a href="{href}">{esc(name)}</a>' if href else f'<span>{esc(name)}</span>')
    return '<div class="duong_dan">' + " » ".join(out) + "</div>"


def _cat_crumb(madm: int) -> str:
    name, parent = CATS[madm]
    parts: list[tuple[str, str | None]] = [("Tin tức", None)]
    if parent:
        parts.append((CATS[parent][0], f"/Tin/DanhMuc.aspx?MaDM={parent}"))
        parts.append((name, f"/Tin/DanhMuc.aspx?MaDM={madm}&amp;MaDMCha={parent}"))
    else:
        parts.append((name, f"/Tin/DanhMuc.aspx?MaDM={madm}"))
    return _crumb(*parts)


# --- pages ----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    top, *small = _NEWEST[:4]
    parts = [
        '<div class="khung_tieudiem"><h2 class="td_khung_giua">TIN TIÊU ĐIỂM</h2>',
        '<div class="tin_lon">',
        f'<a href="Tin/ChiTiet.aspx?TinTucID={top.id}"><img class="anh_lon" src="{top.opts.get("thumb", "/Images/noimage.jpg")}" alt="" /></a>',
        f'<a class="td_tin_lon" href="Tin/ChiTiet.aspx?TinTucID={top.id}">{esc(top.title)}</a>',
        f'<div class="mota_tin_lon">{esc(_first_words(top, 260))}</div>',
        f'<a class="xem_tiep" href="Tin/ChiTiet.aspx?TinTucID={top.id}">Xem tiếp »</a></div>',
        '<ul class="tin_nho">',
    ]
    for s in small:
        parts.append(
            f'<li><a href="Tin/ChiTiet.aspx?TinTucID={s.id}">{esc(s.title)}</a> '
            f'<span class="ngay_tin">({_day(s.opts["printed"])})</span></li>'
        )
    parts.append("</ul></div>")
    for madm in (2, 3):
        name = CATS[madm][0]
        items = _sorted(madm)[:3]
        parts.append(
            f'<div class="khung_dm_tc"><h2 class="td_khung_giua"><a href="Tin/DanhMuc.aspx?MaDM={madm}">'
            f"{esc(name.upper())}</a></h2>"
        )
        first, *rest = items
        parts.append(
            '<div class="tin_dau">'
            f'<img class="anh_dd" src="{first.opts.get("thumb", "/Images/noimage.jpg")}" alt="" />'
            f'<a class="td_tin" href="Tin/ChiTiet.aspx?TinTucID={first.id}&amp;MaDM={madm}">'
            f"{esc(first.title)}</a>"
            f'<div class="mota_tin">{esc(_first_words(first))}</div>'
            f'<a class="xem_tiep" href="Tin/ChiTiet.aspx?TinTucID={first.id}&amp;MaDM={madm}">Xem tiếp</a></div>'
            '<ul class="tin_khac_dm">'
        )
        for s in rest:
            parts.append(
                f'<li><a href="Tin/ChiTiet.aspx?TinTucID={s.id}&amp;MaDM={madm}">{esc(s.title)}</a></li>'
            )
        parts.append(
            f'</ul><div class="xem_tat_ca"><a href="Tin/DanhMuc.aspx?MaDM={madm}">Xem tất cả »</a></div></div>'
        )
    parts.append('<div class="khung_thuvien"><h2 class="td_khung_giua">THƯ VIỆN ĐIỆN TỬ</h2><ul>')
    for tid, doc in DOCS.items():
        parts.append(
            f'<li><img src="/Images/icon_pdf.gif" alt="" /> <a href="ThuVien/ChiTiet.aspx?TaiLieuID={tid}">'
            f"{esc(doc['title'])}</a></li>"
        )
    parts.append('</ul><a href="ThuVien/Default.aspx">Xem thêm tài liệu »</a></div>')
    head = (
        '<meta name="description" content="Cổng thông tin điện tử Trường Chính trị tỉnh Kiên Giang" />'
        '<meta name="keywords" content="truong chinh tri, kien giang, ly luan chinh tri" />\n'
    )
    return page(request, "Trang chủ", "\n".join(parts), action="./Default.aspx", head_extra=head)


def _pager(base: str, current: int, last: int) -> str:
    def link(p: int, label: str, title: str = "") -> str:
        t = f' title="{title}"' if title else ""
        return f'<a href="{base}&amp;page={p}"{t}>{label}</a>'

    out = ['<div class="phan_trang" id="ctl00_cphNoiDung_ucDanhMucTin_divPhanTrang">']
    if current > 1:
        out += [link(1, "&lt;&lt;", "Trang đầu"), link(current - 1, "&lt;", "Trang trước")]
    else:
        out += ['<span class="pt_mo">&lt;&lt;</span>', '<span class="pt_mo">&lt;</span>']
    for p in range(1, last + 1):
        out.append(f'<span class="pt_chon">{p}</span>' if p == current else link(p, str(p)))
    if current < last:
        out += [link(current + 1, "&gt;", "Trang sau"), link(last, "&gt;&gt;", "Trang cuối")]
    else:
        out += ['<span class="pt_mo">&gt;</span>', '<span class="pt_mo">&gt;&gt;</span>']
    out.append("</div>")
    return " ".join(out)


def listing(request: Request, madm: int, page_no: int) -> Response | None:
    name, parent = CATS[madm]
    items = _sorted(madm)
    last = max(1, -(-len(items) // PAGE_SIZE))
    if page_no < 1 or page_no > last:
        return None
    # the vendor's paging: ROW_NUMBER() BETWEEN (p-1)*n AND p*n, so each page repeats one row
    shown = items[max(0, (page_no - 1) * PAGE_SIZE - 1) : page_no * PAGE_SIZE]
    base = f"DanhMuc.aspx?MaDM={madm}" + (f"&amp;MaDMCha={parent}" if parent else "")
    parts = [
        _cat_crumb(madm),
        '<div class="khung_dmtin">',
        f'<div class="td_dmtin"><span id="ctl00_cphNoiDung_ucDanhMucTin_lblTenDM">{esc(name)}</span></div>',
    ]
    if not shown:
        parts.append('<div class="thong_bao">Chưa có tin bài trong chuyên mục này.</div>')
    for n, s in enumerate(shown):
        href = f"ChiTiet.aspx?TinTucID={s.id}&amp;MaDM={madm}"
        thumb = s.opts.get("thumb", "/Images/noimage.jpg")
        parts.append(
            f'<div class="muc_tin" id="ctl00_cphNoiDung_ucDanhMucTin_rptTin_ctl0{n}_divTin">'
            f'<a href="{href}"><img class="anh_dd" src="{thumb}" alt="" /></a>'
            f'<a class="td_tin" id="ctl00_cphNoiDung_ucDanhMucTin_rptTin_ctl0{n}_hplTieuDe" href="{href}">'
            f"{esc(s.title)}</a> <span class=\"ngay_tin\">({_day(s.opts['printed'])})</span>"
            f'<div class="mota_tin">{esc(_first_words(s))}</div>'
            f'<a class="xem_tiep" href="{href}">Xem tiếp</a><div class="xoa"></div></div>'
        )
    parts.append("</div>")
    if items:
        parts.append(_pager(base, page_no, last))
    action = "./" + request.target.split("/")[-1]
    return page(request, name, "\n".join(parts), action=action, current=madm)


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    out = [f'<div class="ds_ykien"><div class="td_ykien">Ý kiến bạn đọc ({len(comments)})</div>']
    for name, when, body in comments:
        out.append(
            f'<div class="mot_ykien"><span class="ten_bd">{esc(name)}</span> '
            f'<span class="tg_bd">({when})</span><p>{esc(body)}</p></div>'
        )
    out.append("</div>")
    return "".join(out)


_FORM = (
    '<div class="khung_gui_yk"><div class="td_gui_yk">Gửi ý kiến</div>'
    '<table class="bang_yk" cellpadding="3">'
    '<tr><td>Họ và tên <span style="color:red">(*)</span></td><td><input name="ctl00$cphNoiDung$ucGuiYKien$txtHoTen" '
    'type="text" id="ctl00_cphNoiDung_ucGuiYKien_txtHoTen" class="o_nhap" /></td></tr>'
    '<tr><td>Email</td><td><input name="ctl00$cphNoiDung$ucGuiYKien$txtEmail" type="text" '
    'id="ctl00_cphNoiDung_ucGuiYKien_txtEmail" class="o_nhap" /></td></tr>'
    '<tr><td>Nội dung <span style="color:red">(*)</span></td><td><textarea name="ctl00$cphNoiDung$ucGuiYKien$txtNoiDung" '
    'rows="5" cols="40" id="ctl00_cphNoiDung_ucGuiYKien_txtNoiDung"></textarea></td></tr>'
    '<tr><td>Mã xác nhận</td><td><img src="/CaptchaImage.axd?guid=7d1c2a90-5e1b-4c7e-9a44-0f3b2d6e8c11" '
    'alt="" /> <input name="ctl00$cphNoiDung$ucGuiYKien$txtMaXacNhan" type="text" size="6" /></td></tr>'
    '<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$ucGuiYKien$btnGui" value="Gửi ý kiến" '
    'id="ctl00_cphNoiDung_ucGuiYKien_btnGui" class="nut" /> <input type="reset" value="Nhập lại" class="nut" />'
    "</td></tr></table></div>"
)


def article(request: Request, story: Story, *, posted: bool = False) -> Response:
    madm = _madm(story)
    printed = story.opts["printed"]
    lead = ""
    if story.summary and story.sapo_outside:
        lead = f"<b>{_enc(story, story.summary)}</b>"
    meta = _first_words(story, 150)
    tools = (
        '<div class="cong_cu">'
        f'<span class="luot_xem">Lượt xem: {story.views()}</span> | '
        '<span class="nguoi_dang">Người đăng: quantri_tct</span>'
        + (f' | <span class="cap_nhat">Cập nhật: {story.opts["updated"]}</span>' if "updated" in story.opts else "")
        + ' | <a href="javascript:window.print();"><img src="/Images/icon_print.gif" alt="" /> In bài</a>'
        " | <a id=\"ctl00_cphNoiDung_ucChiTietTin_lbtGuiEmail\" href=\"javascript:__doPostBack("
        "'ctl00$cphNoiDung$ucChiTietTin$lbtGuiEmail','')\"><img src=\"/Images/icon_email.gif\" alt=\"\" /> Gửi email</a>"
        ' | Cỡ chữ: <a href="javascript:tangCoChu();">A+</a> <a href="javascript:giamCoChu();">A-</a></div>'
    )
    related = [s for s in _sorted(madm) if s.id != story.id][:2]
    rel_html = "".join(
        f'<li><a href="/Tin/ChiTiet.aspx?TinTucID={s.id}&amp;MaDM={madm}">{esc(s.title)}</a> '
        f'<span class="ngay_tin">({_day(s.opts["printed"])})</span></li>'
        for s in related
    )
    share = quote(base_url(request) + canonical_path(story), safe="")
    notice = (
        '<div class="thong_bao_yk">Ý kiến của bạn đã được gửi và đang chờ Ban biên tập duyệt.</div>'
        if posted
        else ""
    )
    main = f"""<div id="ctl00_cphNoiDung_pnlChiTiet" class="khung_ct">
{_cat_crumb(madm)}
<div class="td_ct"><span id="ctl00_cphNoiDung_ucChiTietTin_lblTieuDe" class="tieude_ct">{esc(story.title)}</span>&nbsp;<span id="ctl00_cphNoiDung_ucChiTietTin_lblNgayDang" class="ngay_ct">({printed})</span></div>
{tools}
<div class="mota_ct"><span id="ctl00_cphNoiDung_ucChiTietTin_lblMoTa">{lead}</span></div>
<div id="ctl00_cphNoiDung_ucChiTietTin_divNoiDung" class="noidung_ct">
{render_text(story)}
</div>
<div class="chia_se"><a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><img src="/Images/share_fb.png" alt="Chia sẻ Facebook" /></a> <a href="https://sp.zalo.me/share_inline?d={share}" target="_blank"><img src="/Images/share_zalo.png" alt="Chia sẻ Zalo" /></a> <a href="javascript:window.print();"><img src="/Images/icon_print.gif" alt="In" /></a></div>
{notice}{_comments(story)}
{_FORM}
<div class="tin_cung_cm"><h3 class="td_tinkhac">Tin bài cùng chuyên mục</h3><ul>{rel_html}</ul></div>
</div>"""
    head = (
        f'<meta name="description" content="{esc(meta)}" />'
        f'<meta property="og:title" content="{esc(story.opts.get("seo", story.title))}" />'
        f'<meta property="og:type" content="article" />'
        f'<meta property="og:image" content="{base_url(request)}{story.opts.get("thumb", "/Images/logo_tct.png")}" />'
        f'<link rel="canonical" href="{base_url(request)}{canonical_path(story)}" />\n'
    )
    action = "./" + request.target.split("/")[-1]
    return page(
        request, story.opts.get("seo", story.title), main, action=action, current=madm, head_extra=head
    )


def soft_missing(request: Request) -> Response:
    main = (
        '<div id="ctl00_cphNoiDung_pnlChiTiet" class="khung_ct">'
        + _crumb(("Tin tức", None))
        + '<div class="td_ct"><span id="ctl00_cphNoiDung_ucChiTietTin_lblTieuDe" class="tieude_ct">'
        "Thông báo</span></div>"
        '<div class="thong_bao">Tin bài không tồn tại hoặc đã bị gỡ bỏ! '
        '<a href="/Default.aspx">Quay về trang chủ</a></div></div>'
    )
    action = "./" + request.target.split("/")[-1]
    return page(request, "Thông báo", main, action=action)


def library(request: Request) -> Response:
    rows = []
    for n, (tid, doc) in enumerate(DOCS.items(), start=1):
        rows.append(
            f"<tr><td>{n}</td><td><a href=\"ChiTiet.aspx?TaiLieuID={tid}\">{esc(doc['title'])}</a></td>"
            f"<td>{esc(doc['kind'])}</td><td>{_day(doc['printed'])}</td></tr>"
        )
    main = (
        _crumb(("Thư viện điện tử", None))
        + '<div class="khung_dmtin"><div class="td_dmtin">Thư viện điện tử</div>'
        '<table class="bang_tl" border="1" cellpadding="4" cellspacing="0"><tr><th>STT</th><th>Tên tài '
        "liệu</th><th>Loại</th><th>Ngày đăng</th></tr>" + "".join(rows) + "</table></div>"
    )
    return page(request, "Thư viện điện tử", main, action="./Default.aspx")


def document(request: Request, tid: int) -> Response:
    doc = DOCS[tid]
    paras = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in doc["paras"])
    others = "".join(
        f'<li><a href="/ThuVien/ChiTiet.aspx?TaiLieuID={o}">{esc(d["title"])}</a></li>'
        for o, d in DOCS.items()
        if o != tid
    )
    main = f"""<div id="ctl00_cphNoiDung_pnlTaiLieu" class="khung_ct">
{_crumb(("Thư viện điện tử", "/ThuVien/Default.aspx"), (doc["kind"], None))}
<div class="td_ct"><span id="ctl00_cphNoiDung_ucChiTietTL_lblTenTL" class="tieude_ct">{esc(doc["title"])}</span>&nbsp;<span class="ngay_ct">({doc["printed"]})</span></div>
<div class="mota_ct"><b>{esc(doc["desc"])}</b></div>
<div class="noidung_ct">{paras}
<table class="tt_tl" cellpadding="3"><tr><td>Tác giả:</td><td>{esc(doc["author"])}</td></tr><tr><td>Loại tài liệu:</td><td>{esc(doc["kind"])}</td></tr><tr><td>Số trang:</td><td>{doc["pages"]}</td></tr><tr><td>Lượt tải:</td><td>{40 + tid}</td></tr></table>
<p><a href="{doc["file"]}"><img src="/Images/icon_pdf.gif" alt="" /> Tải về</a></p></div>
<div class="tin_cung_cm"><h3 class="td_tinkhac">Tài liệu khác</h3><ul>{others}</ul></div>
</div>"""
    return page(request, doc["title"], main, action=f"./ChiTiet.aspx?TaiLieuID={tid}")


def intro(request: Request, iid: int) -> Response:
    title, paras = INTRO[iid]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        _crumb(("Giới thiệu", "/GioiThieu.aspx?ID=1"), (title, None))
        + f'<div class="khung_ct"><div class="td_ct"><span class="tieude_ct">{esc(title)}</span></div>'
        f'<div class="noidung_ct">{body}</div></div>'
    )
    return page(request, title, main, action=f"./GioiThieu.aspx?ID={iid}")


def contact(request: Request) -> Response:
    sent = request.method == "POST"
    main = (
        _crumb(("Liên hệ", None))
        + '<div class="khung_ct"><div class="td_ct"><span class="tieude_ct">Liên hệ</span></div>'
        '<p><b>TRƯỜNG CHÍNH TRỊ TỈNH KIÊN GIANG</b></p>'
        "<p>Địa chỉ: Số 06 Phan Thị Ràng, phường An Hòa, thành phố Rạch Giá, tỉnh Kiên Giang</p>"
        "<p>Điện thoại: 0297.3862.214 - Email: truongchinhtri@kiengiang.gov.vn</p>"
        + ('<div class="thong_bao">Cảm ơn bạn đã liên hệ!</div>' if sent else "")
        + '<table class="bang_yk"><tr><td>Họ và tên</td><td><input name="ctl00$cphNoiDung$txtHoTen" type="text" /></td></tr>'
        '<tr><td>Email</td><td><input name="ctl00$cphNoiDung$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung</td><td><textarea name="ctl00$cphNoiDung$txtNoiDung" rows="6" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$btnGui" value="Gửi" /></td></tr></table></div>'
    )
    return page(request, "Liên hệ", main, action="./LienHe.aspx")


_SESSION_RE = re.compile(r"^/\(S\([a-z0-9]{24}\)\)(/.*)$", re.IGNORECASE)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION_RE.match(path)
        if m:
            path = m.group(1)
        lp = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if lp == "/":
            return redirect("/Default.aspx")
        if lp == "/default.aspx":
            return home(request)
        if lp == "/tin/danhmuc.aspx":
            madm = _int(params.get("madm"))
            if madm not in CATS:
                return None
            page_no = _int(params.get("page") or "1")
            return listing(request, madm, page_no or 0)
        if lp == "/tin/chitiet.aspx":
            story = BY_ID.get(_int(params.get("tintucid")) or 0)
            if story is None:
                return soft_missing(request)
            return article(request, story, posted=request.method == "POST")
        if lp == "/thuvien/default.aspx":
            return library(request)
        if lp == "/thuvien/chitiet.aspx":
            tid = _int(params.get("tailieuid"))
            return document(request, tid) if tid in DOCS else None
        if lp == "/gioithieu.aspx":
            iid = _int(params.get("id"))
            return intro(request, iid) if iid in INTRO else None
        if lp == "/lienhe.aspx":
            return contact(request)
        if lp.endswith(".pdf") and lp.startswith("/upload/thuvien/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lp in ("/captchaimage.axd", "/webresource.axd"):
            return static_file("x.gif")
        if lp.startswith(("/upload/", "/images/", "/app_themes/", "/scripts/")) or lp == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()
