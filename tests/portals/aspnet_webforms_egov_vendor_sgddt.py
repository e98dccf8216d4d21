"""Sở Giáo dục và Đào tạo tỉnh Quảng Trị on a 2012-era ASP.NET 4.0 WebForms e-government product.

Platform: the kind of portal a regional software vendor sold to provincial departments around
2012: IIS 7.5 + ASP.NET 4.0 WebForms, one master page whose single ``<form id="aspnetForm">``
wraps everything (header search box, top drop-down menu, a TreeView "DANH MỤC" on the left,
right column with "Văn bản mới", "Tin đọc nhiều", a poll, a links drop-down and the visitor
counter "Đang online / Hôm nay / Tổng truy cập", footer with address, phone, licence). Control
ids are the vendor's Vietnamese abbreviations (``ctl00_cphNoiDung_ucChiTietTin_lblTieuDe``,
``ucDSTin$rptTrang$ctl01$lbtTrang``). ASP.NET prints app-relative URLs relative to the page's
folder: "Pages/TinTuc.aspx?CatID=2" on the home page, "TinTuc.aspx?CatID=2" and
"../Upload/…" under /Pages/. Header clock: "Thứ Bảy, 05/12/2026".

URL scheme:
- ``/`` (= ``/Default.aspx``): home: "TIN NỔI BẬT" box, "TIN MỚI CẬP NHẬT", a scrolling
  "THÔNG BÁO" marquee, one block per section.
- ``/Pages/TinTuc.aspx?CatID=<n>``: section list (Repeater: thumbnail through
  ``/ImageHandler.ashx?src=…&w=140&h=100``, title, "(dd/MM/yyyy)", summary), 4 items a page,
  pages 2+ only by postback on the same URL (numbered LinkButtons, "Trang đầu", "Trang cuối").
  Sections: 2 "Tin tức - Sự kiện" (6 articles, 2 pages), 5 "Hoạt động chuyên môn" (5, 2
  pages), 9 "Thông báo" (2, 1 page).
- ``/Pages/ChiTietTin.aspx?CatID=<n>&NewsID=<id>``: article. Same article also at ``&Print=1``
  (print view), ``?CatID=1&NewsID=<id>`` (home's "Tin nổi bật" pseudo-category),
  ``/Pages/chitiettin.aspx?catid=<n>&newsid=<id>`` (lower case, IIS does not care) and
  ``&ref=docnhieu`` (sidebar "Tin đọc nhiều"). IIS/ASP.NET ignore case of path and query keys
  and ignore unknown query keys.
- Non-articles: ``/Pages/GioiThieu.aspx?ID=1|2`` (intro, organisation), ``/Pages/LienHe.aspx``
  (contact form), ``/Pages/VanBan.aspx`` (document GridView) -> ``/Pages/ChiTietVanBan.aspx?ID=<id>``
  (document entries), ``/Pages/ThuVienAnh.aspx`` -> ``?AlbumID=12`` (photo album),
  ``/Pages/TimKiem.aspx?TuKhoa=`` (search, reached only by the search button),
  ``/Pages/KetQuaBinhChon.aspx?ID=3`` (poll popup, only in an onclick).

Article template: breadcrumb "Trang chủ » Tin tức » <section>", title in
``<span id="…_lblTieuDe">``, "Ngày đăng: <span id="…_lblNgayDang">03/12/2026 2:30:15 CH</span> |
Lượt xem: n [| Người đăng: account]", the sapo in ``<span id="…_lblTomTat"><i>…</i></span>``,
the body in ``<div id="…_divNoiDung" class="ct_noidung">`` as the WYSIWYG editor (CKEditor 3,
sometimes Word paste) left it, a "Tác giả: <span id="…_lblTacGia">" line after it (when filled),
tools (Cập nhật lúc …, In bài viết, Gửi email, Quay lại), the "Ý kiến bạn đọc" comment form and
the "Tin liên quan" GridView (related items picked by the editor).

How each gold article is reached from ``/``:
- 1061, 1060: home "Tin nổi bật" (CatID=1 form), section blocks, lists page 1.
- 1058, 1057, 1056, 1055: home "Tin mới cập nhật" (lower-case form), blocks/marquee, lists.
- 1053, 1050: home section block / "Thông báo" marquee, lists page 1.
- 1052: sidebar "Tin đọc nhiều" (``&ref=docnhieu``) and list CatID=2 page 1.
- 1048: list CatID=5 page 1 and 1060's "Tin liên quan".
- 1049, 1044: ONLY page 2 of CatID=2 (postback); 1043: ONLY page 2 of CatID=5 (postback).
  (1049 and 1044 link each other in "Tin liên quan", 1043 links 1048.)

Traps (each with the gold it implies):
1. Postback pager. Pages 2+ exist only as ``javascript:__doPostBack('ctl00$cphNoiDung$ucDSTin$
   rptTrang$ctl01$lbtTrang','')`` (Repeater item index = page - 1) plus "Trang đầu" /
   "Trang cuối" LinkButtons (disabled ones render as ``<a class="aspNetDisabled">`` without
   href). The POST needs the page's own ``__VIEWSTATE`` (another list's view state: 500
   "Validation of viewstate MAC failed") and ``__EVENTVALIDATION``, which ASP.NET 4.0 renders at
   the very END of the form, after the footer (missing or wrong: 500 "Invalid postback or
   callback argument"). The form action is relative ("TinTuc.aspx?CatID=2"). ``?page=2`` on a
   GET is ignored (page 1). Gold: 1049, 1044, 1043 are articles, reachable only this way.
2. Submit buttons in the one master form. The first submit input in the DOM is the header's
   "Tìm kiếm" (``ctl00$ucDauTrang$btnTimKiem``); the right column has "Biểu quyết", article pages
   "Gửi ý kiến". A form serializer that "clicks" the first button (the default of common form
   helpers) posts the button's name, and ASP.NET raises the button's event instead of
   ``__EVENTTARGET``: 302 to ``/Pages/TimKiem.aspx?TuKhoa=`` ("Vui lòng nhập từ khóa"), never
   page 2. A browser's ``__doPostBack`` posts no button. Gold: the search page is no article.
3. IIS case-insensitivity: the home's hand-written "Tin mới" control prints
   ``Pages/chitiettin.aspx?catid=2&newsid=1058``; it serves the very article. Gold: alt_paths.
4. "Tin nổi bật" pseudo-category: the home links 1061 and 1060 as ``?CatID=1&NewsID=…``; the
   page still prints the article's own section in the breadcrumb. Gold: category is the real
   section ("Tin tức - Sự kiện" / "Hoạt động chuyên môn"); the URL is an alt_path.
5. Print view ``&Print=1`` (bare template, ``onload="window.print()"``, "Địa chỉ bài viết: …")
   and the tracking ``&ref=docnhieu`` of the sidebar. Gold: alt_paths of the article.
6. Dates as .NET's vi-VN culture prints them: 12-hour clock with "SA"/"CH" (sáng/chiều) and
   seconds. "2:30:15 CH" -> 14:30:15, "12:40:00 CH" -> 12:40:00 (noon, not midnight),
   "9:05:00 SA" -> 09:05:00, "12:00:00 SA" (1052) is midnight = no time -> "2026-11-24". Not
   the "Cập nhật lúc: …" line (1061, 1049), not the header clock, not the "(dd/MM/yyyy)" of the
   related grid.
7. The headline is only a ``<span>``: ``<title>`` is the same "Sở Giáo dục và Đào tạo Quảng Trị -
   Chi tiết tin" on every article, the page's only ``<h1>`` is the banner's "SỞ GIÁO DỤC VÀ ĐÀO
   TẠO QUẢNG TRỊ", no og: tags. Gold title: the lblTieuDe text.
8. Sapo printed twice: the italic lblTomTat is the sapo, and in 1049 the editor pasted it again,
   bold-italic, as the first paragraph of the body. Gold: summary = the sapo, body starts with
   it ONCE. 1053 and 1056 print an empty lblTomTat: summary null.
9. Photo captions in CKEditor layout tables (1061, 1049): a 1-column table, row 1 the
   ``<img>``, row 2 the italic caption. Gold: the caption row is the image's caption, not a
   "table row" paragraph; the real data table in 1057 (schedule) IS body, cells joined " | ".
10. Word paste (1044): ``<!--[if gte mso 9]><xml>…`` blocks, a ``<style>`` element with font
    definitions INSIDE the body div, ``<o:p>&nbsp;</o:p>`` spacer paragraphs, runs split in the
    middle of a word (``địa ph</span><span …>ương``: no space may be inserted), list items
    with a "-" inside ``mso-list:Ignore`` (no text). Gold: only the paragraphs' text.
11. Bylines in four shapes. After the body "Tác giả: <lblTacGia>": "Hoàng Minh Tuấn (Văn phòng
    Sở)" -> "Hoàng Minh Tuấn"; "TS. Lê Văn Hùng" -> "Lê Văn Hùng"; "Phòng Khảo thí và QLCLGD"
    (unit signing alone) -> as printed; "BBT" -> nobody. Inside the body, right-aligned:
    "Phòng GDTrH" -> ["Phòng GDTrH"]; "Thanh Lê" + "Nguồn: Báo Quảng Trị" -> ["Thanh Lê"],
    source "Báo Quảng Trị"; "Tin, ảnh: Lê Quang Vinh" -> author and photographer; "Tin: Hồ Văn
    Sỹ - Ảnh: Lê Thị Mai" -> [Hồ Văn Sỹ], [Lê Thị Mai]; Word's "ThS. Trần Đức Lợi - Phòng Chính
    trị tư tưởng" -> "Trần Đức Lợi". "Người đăng: quantri" / "vanphong_sgd" are CMS accounts ->
    nobody. None of these lines is body.
12. Widgets inside the text's container: the vendor appends a "Chia sẻ:" box (Facebook,
    Twitter, Google+ icons) INSIDE ``divNoiDung``; the "Ý kiến bạn đọc" form and the "Tin liên
    quan" table sit in the same panel. Gold: none of it is body, the icons are no images.
13. Image addresses: editor images are "../Upload/Images/…" relative to /Pages/ (gold
    /Upload/Images/…); 1058's photo was pasted with the live site's host
    (``http://sgddt.quangtri.gov.vn/Upload/…``: gold is that absolute url); list thumbnails go
    through ImageHandler.ashx (not article images); the notice's "pdf.gif" icon before "Tải về"
    is no photo; a photo whose only line is "Ảnh: X" has caption null, X is a photographer; the
    parentheses around 1055's caption are taken off.
14. Entities: 1055's body was saved with the editor's entity option (``&#7841;``,
    ``&agrave;``); gold is the decoded NFC text.
15. Official notice (1056): letterhead table (UBND TỈNH QUẢNG TRỊ / SỞ GIÁO DỤC VÀ ĐÀO TẠO / Số:
    2145/TB-SGDĐT | CỘNG HÒA … / Quảng Trị, ngày 27 tháng 11 năm 2026), "THÔNG BÁO", the subject
    "Về việc …" (with a ``<br />``), the "Nơi nhận | KT. GIÁM ĐỐC …" table and the "Tải về:
    TB-2145-SGDDT.pdf" line are not body. Gold date: the letterhead's "2026-11-27", not "Ngày
    đăng: 28/11/2026 3:10:00 CH"; author: the signer "Nguyễn Hữu Phước".
16. Soft 404: 1052's "Tin liên quan" still links NewsID=1039, taken down: HTTP 200, the full
    chrome, an empty title span and "Tin bài không tồn tại hoặc đã bị gỡ bỏ!". Gold: not an
    article (listed in NON_ARTICLES).
17. Text details: 1043 keeps its bracketed footnote call "…sách giáo khoa.[1]" and the note
    "[1] Công văn …" is text; its blockquote is a paragraph; 1048's "Xem thêm: <link>" line is
    not body; 1053 is typed with CKEditor's DIV enter mode and one ``<br />`` splits a
    paragraph in two; 1061's bold "Nhiệm vụ trọng tâm tháng 12/2026" heading and its list
    items are paragraphs.

Gold decisions on ambiguous points:
- path / canonical_path: ``/Pages/ChiTietTin.aspx?CatID=<own section>&NewsID=<id>``, the form
  the section lists link (the site prints no rel=canonical); every other form is an alt_path.
- category: the breadcrumb's section, whatever CatID the URL carried.
- The repeated sapo of 1049 counts once (it is the same lead printed twice, not new text).
- 1058: "Ảnh: Thanh Lê" under the photo and the signature "Thanh Lê": she is both author and
  photographer; the photo's caption is null.
- A unit in parentheses after a name is dropped like "- unit"; a unit signing alone stays.
- The print view prints no breadcrumb: its record is the same article (alt_path).
- Times keep their seconds as printed ("2026-12-03T14:30:15+07:00").
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_webforms_egov_vendor_sgddt"
PLATFORM = (
    "ASP.NET 4.0 WebForms e-government portal product (master page, TreeView left menu, "
    "Repeater news lists, numbered LinkButton postback pager)"
)
START_PATH = "/"

#: the live site's host, printed by editors who pasted absolute image addresses
PROD = "http://sgddt.quangtri.gov.vn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS = {2: "Tin tức - Sự kiện", 5: "Hoạt động chuyên môn", 9: "Thông báo"}
#: the home page's "Tin nổi bật" box links articles under this pseudo-category
FEATURED_CATID = 1
PAGE_SIZE = 4

# ids of the ASP.NET controls (the vendor's naming: Vietnamese abbreviations)
UC_LIST = "ctl00$cphNoiDung$ucDSTin"
UC_DETAIL = "ctl00_cphNoiDung_ucChiTietTin"
BTN_SEARCH = "ctl00$ucDauTrang$btnTimKiem"
TXT_SEARCH = "ctl00$ucDauTrang$txtTuKhoa"
BTN_POLL = "ctl00$ucBenPhai$ucBinhChon$btnBieuQuyet"
RBL_POLL = "ctl00$ucBenPhai$ucBinhChon$rblLuaChon"
BTN_COMMENT = "ctl00$cphNoiDung$ucChiTietTin$btnGuiYKien"

IMG = "../Upload/Images/2026"


def _sapo_again(sapo: str) -> Raw:
    """The editor pasted the lead once more at the top of the body (trap: body has it once)."""
    return Raw(f'<p style="text-align: justify;"><strong><em>{esc(sapo)}</em></strong></p>')


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


_S1049 = (
    "Chiều 18/11, Sở GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh các "
    "tập thể, cá nhân có thành tích xuất sắc trong sự nghiệp giáo dục và đào tạo của tỉnh."
)

_NOTICE_HEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;"><span style="font-size: 13px;">UBND TỈNH QUẢNG TRỊ</span><br />
<strong><span style="font-size: 13px;">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></strong><br />
<span style="font-size: 13px;">Số: 2145/TB-SGDĐT</span></td>
<td style="text-align: center; vertical-align: top;"><strong><span style="font-size: 13px;">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></strong><br />
<strong><u><span style="font-size: 13px;">Độc lập - Tự do - Hạnh phúc</span></u></strong><br />
<em><span style="font-size: 13px;">Quảng Trị, ngày 27 tháng 11 năm 2026</span></em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh<br />
năm học 2026 - 2027</strong></p>"""

_NOTICE_FOOT = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><span style="font-size: 12px;"><strong><em>Nơi nhận:</em></strong><br />
- Như trên;<br />
- Giám đốc Sở (để b/c);<br />
- Lưu: VT, KT&amp;QLCLGD.</span></td>
<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />
PHÓ GIÁM ĐỐC</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Nguyễn Hữu Phước</strong></td>
</tr>
</tbody>
</table>
<p><img alt="" src="../images/icon/pdf.gif" style="vertical-align: middle;" />&nbsp;Tải về: <a href="../Upload/Files/2026/11/TB-2145-SGDDT.pdf">TB-2145-SGDDT.pdf</a></p>"""

_WORD_HEAD = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	font-family:"Times New Roman","serif";}
</style>
<![endif]-->
<style type="text/css">
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Times New Roman","serif";}
-->
</style>
<p class="MsoNormal" style="text-align:justify;line-height:150%"><o:p>&nbsp;</o:p></p>"""

_WORD_BYLINE = (
    '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b>'
    '<span lang="VI" style="font-size:13.0pt;line-height:150%">ThS. Trần Đức Lợi - Phòng Chính trị'
    ' tư tưởng<o:p></o:p></span></b></p>\n'
    '<p class="MsoNormal" style="text-align:justify;line-height:150%"><o:p>&nbsp;</o:p></p>'
)

STORIES: list[Story] = [
    Story(
        id=1061,
        slug="giao-ban-thang-11",
        title="Hội nghị giao ban công tác giáo dục và đào tạo tháng 11 năm 2026",
        cat=CATS[2],
        published_at="2026-12-03T14:30:15+07:00",
        summary=(
            "Chiều ngày 02/12/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến với "
            "các phòng giáo dục và đào tạo, các trường THPT và trung tâm GDNN-GDTX trên địa bàn tỉnh "
            "nhằm đánh giá kết quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/12/giaoban-t11-01.jpg",
                printed="Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                caption="Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                style="table",
            ),
            P(
                "Dự hội nghị có lãnh đạo Sở, trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở; tại các "
                "điểm cầu có lãnh đạo 10 phòng GD&ĐT huyện, thị xã, thành phố và hiệu trưởng các đơn vị "
                "trực thuộc."
            ),
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tổ chức thành công các hoạt "
                "động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra công tác chuẩn bị kỳ "
                "thi chọn học sinh giỏi cấp tỉnh; các địa phương chủ động khắc phục hậu quả đợt mưa lũ "
                "cuối tháng 10, bảo đảm 100% trường học trở lại dạy học bình thường."
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h"),
            P(
                "Tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh bảo đảm nghiêm túc, đúng "
                "quy chế;",
                "li",
            ),
            P("Hoàn thành kiểm tra, đánh giá giữa học kỳ I theo kế hoạch của từng đơn vị;", "li"),
            P("Chuẩn bị các điều kiện tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XII;", "li"),
            P("Tăng cường công tác phòng, chống dịch bệnh mùa đông xuân trong trường học.", "li"),
            Img(
                f"{IMG}/12/giaoban-t11-02.jpg",
                printed="Lãnh đạo Sở GD&ĐT chủ trì hội nghị tại điểm cầu chính",
                caption="Lãnh đạo Sở GD&ĐT chủ trì hội nghị tại điểm cầu chính",
                style="table",
            ),
            P(
                "Phát biểu kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị rà soát kế hoạch giáo "
                "dục, bảo đảm tiến độ chương trình học kỳ I; đồng thời quan tâm hỗ trợ học sinh có hoàn "
                "cảnh khó khăn, học sinh vùng bị ảnh hưởng bởi thiên tai."
            ),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={
            "catid": 2,
            "printed_date": "03/12/2026 2:30:15 CH",
            "updated": "04/12/2026 8:12:40 SA",
            "byline": "Hoàng Minh Tuấn (Văn phòng Sở)",
            "related": [1058, 1060, 1056],
        },
    ),
    Story(
        id=1060,
        slug="khai-mac-gvdg-thpt",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat=CATS[5],
        published_at="2026-12-02T10:45:30+07:00",
        summary=(
            "Sáng 02/12, tại Trường THPT Đông Hà, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi cấp "
            "tỉnh bậc THPT năm học 2026 - 2027 với sự tham gia của 142 giáo viên đến từ 33 trường "
            "THPT và trung tâm GDNN-GDTX."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 02/12 đến ngày 12/12/2026 với 11 môn thi: Ngữ văn, Toán, "
                "Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tiếng Anh, Tin học, Giáo dục kinh tế và "
                "pháp luật, Giáo dục thể chất."
            ),
            Img(
                f"{IMG}/12/gvdg-thpt-khaimac.jpg",
                printed="Các đại biểu cắt băng khai mạc Hội thi",
                caption="Các đại biểu cắt băng khai mạc Hội thi",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết do Ban tổ chức bốc "
                "thăm trước 3 ngày."
            ),
            P(
                "Điểm mới của Hội thi năm nay là tiết dạy phải thể hiện rõ định hướng phát triển phẩm "
                "chất, năng lực học sinh theo Chương trình giáo dục phổ thông 2018, khuyến khích ứng "
                "dụng công nghệ thông tin và chuyển đổi số một cách hợp lý, hiệu quả."
            ),
            P(
                "Phát biểu khai mạc, Phó Giám đốc Sở nhấn mạnh Hội thi là dịp để giáo viên giao lưu, "
                "học hỏi kinh nghiệm, đồng thời là cơ sở để phát hiện, bồi dưỡng đội ngũ giáo viên cốt "
                "cán của tỉnh trong những năm tới."
            ),
            _right("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "catid": 5,
            "printed_date": "02/12/2026 10:45:30 SA",
            "related": [1057, 1048],
        },
    ),
    Story(
        id=1058,
        slug="hoc-bong-hai-lang",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ huyện Hải Lăng",
        cat=CATS[2],
        published_at="2026-11-30T12:40:00+07:00",
        summary=(
            "Ngày 29/11, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh và các nhà hảo tâm trao 120 suất "
            "học bổng cho học sinh có hoàn cảnh khó khăn bị ảnh hưởng nặng nề bởi đợt lũ lịch sử "
            "cuối tháng 10 vừa qua."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo một bộ sách giáo khoa, vở viết và áo "
                "phao. Tổng giá trị chương trình hơn 300 triệu đồng, được huy động từ cán bộ, giáo viên "
                "toàn ngành và các doanh nghiệp trên địa bàn."
            ),
            Img(
                f"{PROD}/Upload/Images/2026/11/hocbong-hailang.jpg",
                printed="Ảnh: Thanh Lê",
                caption=None,
                style="credit",
            ),
            P(
                "Các em học sinh nhận học bổng đến từ 14 trường mầm non, tiểu học và THCS ở các xã vùng "
                "trũng của huyện Hải Lăng, nơi nước lũ dâng cao gây hư hỏng nhiều trường lớp, thiết bị "
                "dạy học và đồ dùng học tập."
            ),
            P(
                "Em Nguyễn Thị Thu Hiền, học sinh lớp 8 Trường THCS Hải Quế xúc động chia sẻ: “Nhà em "
                "bị ngập sâu, sách vở trôi hết. Nhận được phần quà này em rất vui và sẽ cố gắng học tốt "
                "hơn”."
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng kêu gọi các đơn vị trong toàn ngành tiếp tục chung tay hỗ trợ, "
                "giúp học sinh vùng lũ sớm ổn định việc học."
            ),
            _right("Thanh Lê"),
            _right("Nguồn: Báo Quảng Trị", "em"),
        ],
        authors=["Thanh Lê"],
        photographers=["Thanh Lê"],
        source="Báo Quảng Trị",
        opts={
            "catid": 2,
            "printed_date": "30/11/2026 12:40:00 CH",
            "related": [1061, 1055],
        },
    ),
    Story(
        id=1057,
        slug="stem-thcs",
        title="Bồi dưỡng giáo viên cốt cán về dạy học theo định hướng giáo dục STEM cấp THCS",
        cat=CATS[5],
        published_at="2026-11-29T09:05:00+07:00",
        summary=(
            "Từ ngày 26 đến 28/11/2026, Sở GD&ĐT tổ chức lớp bồi dưỡng giáo viên cốt cán về xây dựng "
            "và thực hiện bài học STEM cấp trung học cơ sở cho 96 giáo viên các môn Khoa học tự "
            "nhiên, Toán, Công nghệ và Tin học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp bồi dưỡng do các giảng viên Trường Đại học Sư phạm - Đại học Huế trực tiếp hướng "
                "dẫn, tập trung vào quy trình thiết kế bài học STEM, cách tổ chức hoạt động trải nghiệm "
                "và đánh giá năng lực học sinh thông qua sản phẩm."
            ),
            P("Chương trình bồi dưỡng cụ thể như sau:"),
            P("Thời gian | Nội dung | Báo cáo viên", "tr"),
            P(
                "Ngày 26/11 | Tổng quan về giáo dục STEM trong Chương trình GDPT 2018 | PGS.TS. Trần "
                "Văn Hải",
                "tr",
            ),
            P("Ngày 27/11 | Thiết kế chủ đề STEM liên môn | TS. Lê Thị Bích Ngọc", "tr"),
            P("Ngày 28/11 | Thực hành, báo cáo sản phẩm nhóm | Nhóm giảng viên", "tr"),
            P(
                "Kết thúc khóa học, các học viên đã hoàn thành 24 kế hoạch bài học STEM mẫu. Đây sẽ là "
                "nguồn học liệu để giáo viên cốt cán tiếp tục tập huấn lại cho đồng nghiệp tại các "
                "phòng GD&ĐT trong tháng 12."
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={
            "catid": 5,
            "printed_date": "29/11/2026 9:05:00 SA",
            "byline": "Nguyễn Thị Thanh Hương",
            "related": [1060, 1053],
        },
    ),
    Story(
        id=1056,
        slug="tb-thi-hsg-12",
        title=(
            "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học "
            "2026 - 2027"
        ),
        cat=CATS[9],
        published_at="2026-11-27",
        blocks=[
            Raw(_NOTICE_HEAD),
            P(
                "Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 20/8/2026 của Sở GD&ĐT về thực hiện nhiệm vụ "
                "năm học 2026 - 2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp "
                "12 cấp tỉnh như sau:"
            ),
            P("1. Thời gian thi: ngày 16 và 17/12/2026."),
            P(
                "2. Địa điểm thi: Trường THPT chuyên Lê Quý Đôn và Trường THPT Đông Hà, thành phố "
                "Đông Hà."
            ),
            P(
                "3. Môn thi: Ngữ văn, Toán, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tiếng Anh, "
                "Tin học."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi các đơn vị gửi về Phòng Khảo thí và Quản lý chất lượng giáo "
                "dục trước ngày 05/12/2026 qua hệ thống quản lý thi của Sở."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc Thông báo "
                "này./."
            ),
            Raw(_NOTICE_FOOT),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={
            "catid": 9,
            "printed_date": "28/11/2026 3:10:00 CH",
            "poster": "vanphong_sgd",
            "related": [1050],
        },
    ),
    Story(
        id=1055,
        slug="binh-dang-gioi",
        title=(
            "Ra quân hưởng ứng “Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo "
            "lực trên cơ sở giới” năm 2026"
        ),
        cat=CATS[2],
        published_at="2026-11-27T16:15:22+07:00",
        summary=(
            "Sáng 26/11, Công đoàn ngành Giáo dục phối hợp với Trường THPT Cam Lộ tổ chức lễ ra quân "
            "hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ "
            "sở giới năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tháng hành động năm nay có chủ đề “Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em "
                "gái”, diễn ra từ ngày 15/11 đến ngày 15/12/2026."
            ),
            Img(
                f"{IMG}/11/ra-quan-binh-dang-gioi.jpg",
                printed="(Học sinh Trường THPT Cam Lộ diễu hành hưởng ứng Tháng hành động)",
                caption="Học sinh Trường THPT Cam Lộ diễu hành hưởng ứng Tháng hành động",
            ),
            P(
                "Tại buổi lễ, đại diện Công đoàn ngành đã quán triệt các văn bản chỉ đạo của Trung "
                "ương và của tỉnh về công tác bình đẳng giới, đồng thời phát động cán bộ, giáo viên, "
                "học sinh tích cực tham gia các hoạt động truyền thông, nói không với bạo lực học "
                "đường."
            ),
            P(
                "Các đoàn viên thanh niên của nhà trường đã trình diễn tiểu phẩm “Lời kêu cứu” với nội "
                "dung phê phán hành vi bạo lực, xâm hại trẻ em, thu hút sự chú ý của đông đảo học sinh "
                "và người dân."
            ),
            P(
                "Sau lễ ra quân, hơn 500 cán bộ, giáo viên và học sinh đã diễu hành qua các tuyến "
                "đường chính của thị trấn Cam Lộ."
            ),
            _right("Tin, ảnh: Lê Quang Vinh"),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Lê Quang Vinh"],
        opts={
            "catid": 2,
            "printed_date": "27/11/2026 4:15:22 CH",
            "entities": True,
            "related": [1061, 1058],
        },
    ),
    Story(
        id=1053,
        slug="shcm-huong-hoa",
        title="Sinh hoạt chuyên môn theo cụm trường THCS tại huyện Hướng Hóa",
        cat=CATS[5],
        published_at="2026-11-25T14:10:05+07:00",
        blocks=[
            P(
                "Ngày 24/11, tại Trường THCS Khe Sanh, Phòng GD&ĐT huyện Hướng Hóa phối hợp với Sở "
                "GD&ĐT tổ chức sinh hoạt chuyên môn cụm trường THCS với chủ đề đổi mới phương pháp dạy "
                "học môn Tiếng Anh cho học sinh dân tộc thiểu số."
            ),
            P(
                "Tham dự buổi sinh hoạt có hơn 60 giáo viên đến từ 12 trường THCS và PTDTBT THCS trên "
                "địa bàn huyện."
            ),
            Img(
                f"{IMG}/11/shcm-huonghoa-1.jpg",
                printed="Tiết dạy minh họa của cô giáo Hồ Thị Kim Oanh",
                caption="Tiết dạy minh họa của cô giáo Hồ Thị Kim Oanh",
            ),
            P(
                "Các giáo viên đã dự hai tiết dạy minh họa, sau đó thảo luận, phân tích bài học theo "
                "hướng nghiên cứu bài học, tập trung vào hoạt động học của học sinh thay vì chỉ nhận "
                "xét hoạt động của giáo viên."
            ),
            P(
                "Nhiều ý kiến cho rằng việc sử dụng tranh ảnh, trò chơi và tình huống gần gũi với đời "
                "sống của đồng bào Vân Kiều, Pa Kô giúp học sinh mạnh dạn giao tiếp hơn."
            ),
            P(
                "Cũng tại buổi sinh hoạt, các trường thống nhất xây dựng kho học liệu dùng chung cho "
                "toàn cụm.",
                "br",
            ),
            Img(
                f"{IMG}/11/shcm-huonghoa-2.jpg",
                printed="Ảnh: Lê Thị Mai",
                caption=None,
                style="credit",
            ),
            Raw(
                '<div style="text-align: right;"><b>Tin: Hồ Văn Sỹ - Ảnh: Lê Thị Mai</b></div>'
            ),
        ],
        authors=["Hồ Văn Sỹ"],
        photographers=["Lê Thị Mai"],
        opts={
            "catid": 5,
            "printed_date": "25/11/2026 2:10:05 CH",
            "markup": "div",
            "related": [1057],
        },
    ),
    Story(
        id=1052,
        slug="lqd-chuan-qg",
        title="Trường THPT chuyên Lê Quý Đôn đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        cat=CATS[2],
        published_at="2026-11-24",
        summary=(
            "Ngày 23/11/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức lễ đón nhận Bằng công "
            "nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trường THPT chuyên Lê Quý Đôn được thành lập năm 1994, hiện có 36 lớp với hơn 1.200 "
                "học sinh. Nhiều năm liền, nhà trường là đơn vị dẫn đầu của tỉnh về chất lượng học sinh "
                "giỏi quốc gia."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 32 học sinh đạt giải kỳ thi chọn học sinh giỏi "
                "quốc gia, 3 học sinh được chọn vào đội tuyển dự thi Olympic quốc tế và khu vực."
            ),
            Img(
                f"{IMG}/11/lqd-chuanqg.jpg",
                printed="Lãnh đạo UBND tỉnh trao Bằng công nhận cho nhà trường",
                caption="Lãnh đạo UBND tỉnh trao Bằng công nhận cho nhà trường",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh ghi nhận những nỗ lực của tập thể sư phạm "
                "nhà trường và đề nghị trường tiếp tục đầu tư chiều sâu, xứng đáng là trung tâm đào tạo "
                "nhân tài của tỉnh."
            ),
        ],
        opts={
            "catid": 2,
            "printed_date": "24/11/2026 12:00:00 SA",
            "poster": "quantri",
            "related": [1061, 1039],
        },
    ),
    Story(
        id=1050,
        slug="tb-hkpd-dieu-chinh",
        title="Thông báo điều chỉnh thời gian tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XII",
        cat=CATS[9],
        published_at="2026-11-20T07:45:33+07:00",
        summary=(
            "Do ảnh hưởng của mưa lũ, Ban Tổ chức Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII "
            "thông báo điều chỉnh thời gian tổ chức các môn thi đấu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đó, các môn thi đấu tập trung sẽ được tổ chức từ ngày 08/01 đến ngày 14/01/2027 "
                "tại Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, thay vì từ ngày 14/12 đến "
                "ngày 20/12/2026 như kế hoạch ban đầu."
            ),
            P(
                "Các môn điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông, đá cầu, võ thuật giữ nguyên "
                "điều lệ đã ban hành; riêng môn bóng đá nam THCS tổ chức thi đấu vòng loại tại các cụm "
                "từ ngày 28/12/2026."
            ),
            P(
                "Hạn cuối gửi hồ sơ đăng ký thi đấu được lùi đến ngày 20/12/2026. Các đơn vị có thể "
                "liên hệ Phòng Chính trị, tư tưởng - Sở GD&ĐT để được hướng dẫn cụ thể."
            ),
        ],
        opts={
            "catid": 9,
            "printed_date": "20/11/2026 7:45:33 SA",
            "byline": "BBT",
            "related": [1056],
        },
    ),
    Story(
        id=1049,
        slug="gap-mat-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat=CATS[2],
        published_at="2026-11-19T15:05:47+07:00",
        summary=_S1049,
        sapo_outside=True,
        blocks=[
            _sapo_again(_S1049),
            P(
                "Đến dự có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh, các sở, ban, ngành cùng đông "
                "đảo nhà giáo qua các thời kỳ."
            ),
            P(
                "Năm học 2025 - 2026, ngành GD&ĐT Quảng Trị có 99,2% trường học đạt chuẩn về cơ sở vật "
                "chất tối thiểu, tỷ lệ tốt nghiệp THPT đạt 99,1%; học sinh của tỉnh đạt 32 giải quốc "
                "gia và 2 huy chương quốc tế."
            ),
            Img(
                f"{IMG}/11/gapmat-20-11.jpg",
                printed="Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo có thành tích xuất sắc",
                caption="Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo có thành tích xuất sắc",
                style="table",
            ),
            P(
                "Tại buổi gặp mặt, 15 tập thể và 42 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh; "
                "6 nhà giáo được tặng danh hiệu Nhà giáo ưu tú."
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh gửi lời chúc mừng đến đội ngũ "
                "nhà giáo, cán bộ quản lý giáo dục và mong muốn ngành tiếp tục đổi mới mạnh mẽ, xứng "
                "đáng với niềm tin của Nhân dân."
            ),
        ],
        authors=["Phan Thị Ngọc Ánh"],
        opts={
            "catid": 2,
            "printed_date": "19/11/2026 3:05:47 CH",
            "updated": "21/11/2026 9:30:02 SA",
            "byline": "Phan Thị Ngọc Ánh",
            "related": [1044],
        },
    ),
    Story(
        id=1048,
        slug="kiem-tra-hsg",
        title="Kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh tại các trường THPT",
        cat=CATS[5],
        published_at="2026-11-18T11:30:00+07:00",
        summary=(
            "Từ ngày 12 đến 17/11/2026, đoàn kiểm tra của Sở GD&ĐT đã làm việc tại 12 trường THPT về "
            "công tác bồi dưỡng và chuẩn bị đội tuyển dự Kỳ thi chọn học sinh giỏi văn hóa lớp 12 "
            "cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Đoàn kiểm tra tập trung vào các nội dung:"),
            P(
                "Kế hoạch bồi dưỡng học sinh giỏi và việc phân công giáo viên phụ trách đội tuyển;",
                "li",
            ),
            P("Chương trình, tài liệu bồi dưỡng và thời lượng thực hiện;", "li"),
            P("Cơ sở vật chất, phòng học bộ môn phục vụ ôn luyện;", "li"),
            P("Công tác hỗ trợ, động viên học sinh tham gia đội tuyển.", "li"),
            P(
                "Qua kiểm tra, đoàn đánh giá các trường đã chủ động xây dựng kế hoạch từ đầu năm học, "
                "lựa chọn học sinh có năng lực, bố trí giáo viên giàu kinh nghiệm. Tuy nhiên, một số "
                "trường miền núi còn thiếu tài liệu tham khảo và phòng thí nghiệm chưa đáp ứng yêu "
                "cầu."
            ),
            P(
                "Đoàn kiểm tra đề nghị các đơn vị tăng cường ứng dụng công nghệ thông tin trong bồi "
                "dưỡng, chia sẻ tài liệu giữa các trường trong cụm và bảo đảm sức khỏe, tâm lý cho học "
                "sinh trước kỳ thi."
            ),
            Raw(
                '<p style="text-align: justify;"><strong>Xem thêm:</strong> <a href="/Pages/'
                'ChiTietTin.aspx?CatID=9&amp;NewsID=1056">Thông báo về việc tổ chức Kỳ thi chọn học '
                "sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027</a></p>"
            ),
        ],
        authors=["Phòng Khảo thí và QLCLGD"],
        opts={
            "catid": 5,
            "printed_date": "18/11/2026 11:30:00 SA",
            "byline": "Phòng Khảo thí và QLCLGD",
            "related": [1056],
        },
    ),
    Story(
        id=1044,
        slug="tap-huan-duoi-nuoc",
        title=(
            "Tập huấn kỹ năng phòng, chống đuối nước và ứng phó thiên tai cho giáo viên các huyện "
            "miền núi"
        ),
        cat=CATS[2],
        published_at="2026-11-12T08:20:10+07:00",
        summary=(
            "Nhằm nâng cao năng lực ứng phó với thiên tai và phòng, chống đuối nước cho học sinh, từ "
            "ngày 10 đến 11/11/2026, Sở GD&ĐT phối hợp với Hội Chữ thập đỏ tỉnh tổ chức lớp tập huấn "
            "cho 80 giáo viên các huyện Hướng Hóa và Đakrông."
        ),
        sapo_outside=True,
        blocks=[
            Raw(_WORD_HEAD),
            P(
                "Tại lớp tập huấn, các học viên được trang bị kiến thức về nguyên nhân, hậu quả của "
                "thiên tai thường xảy ra tại địa phương như lũ quét, sạt lở đất, dông lốc; kỹ năng sơ "
                "cấp cứu ban đầu và cách hướng dẫn học sinh thoát hiểm an toàn."
            ),
            P("Nội dung thực hành gồm:"),
            P("Kỹ năng sử dụng áo phao, phao cứu sinh và các vật dụng nổi sẵn có;", "mso_list"),
            P("Kỹ năng cứu đuối an toàn, hô hấp nhân tạo;", "mso_list"),
            P("Xây dựng phương án di dời học sinh khi có lũ, sạt lở.", "mso_list"),
            P(
                "Theo thống kê, trong 5 năm gần đây, toàn tỉnh có hơn 20 học sinh tử vong do đuối "
                "nước, phần lớn xảy ra vào dịp nghỉ hè và mùa mưa lũ ở các xã miền núi."
            ),
            P(
                "Sau tập huấn, các giáo viên sẽ là nòng cốt triển khai chương trình “Trường học an toàn "
                "trước thiên tai” tại đơn vị, lồng ghép vào hoạt động trải nghiệm và sinh hoạt dưới "
                "cờ."
            ),
            Raw(_WORD_BYLINE),
        ],
        authors=["Trần Đức Lợi"],
        opts={
            "catid": 2,
            "printed_date": "12/11/2026 8:20:10 SA",
            "markup": "mso",
            "related": [1049],
        },
    ),
    Story(
        id=1043,
        slug="hoi-thao-ngu-van",
        title=(
            "Hội thảo nâng cao chất lượng dạy học môn Ngữ văn theo định hướng phát triển năng lực "
            "học sinh"
        ),
        cat=CATS[5],
        published_at="2026-11-10T16:55:12+07:00",
        summary=(
            "Ngày 09/11, tại Trường THPT Triệu Phong, Sở GD&ĐT tổ chức hội thảo chuyên đề nâng cao "
            "chất lượng dạy học môn Ngữ văn cấp THPT với sự tham gia của hơn 120 giáo viên trong "
            "toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 26 tham luận của các trường THPT, trong đó 8 tham luận được chọn "
                "trình bày trực tiếp. Các ý kiến tập trung vào dạy đọc hiểu theo thể loại, dạy viết bài "
                "nghị luận và đánh giá năng lực học sinh thông qua các ngữ liệu mới ngoài sách giáo "
                "khoa.[1]"
            ),
            P(
                "“Dạy văn hôm nay không chỉ là giảng cho học sinh hiểu một tác phẩm, mà là dạy cách đọc "
                "để các em tự tìm đến với mọi tác phẩm.”",
                "quote",
            ),
            P(
                "Đó là chia sẻ của cô giáo Lê Thị Hoài Thu, Trường THPT chuyên Lê Quý Đôn, nhận được "
                "nhiều sự đồng tình của đồng nghiệp."
            ),
            P(
                "Bên cạnh đó, hội thảo cũng chỉ ra những khó khăn như thời lượng dành cho thực hành "
                "viết còn ít, một bộ phận học sinh còn học tủ, học thuộc văn mẫu."
            ),
            P(
                "Kết luận hội thảo, đại diện Phòng GDTrH đề nghị các tổ chuyên môn tiếp tục đổi mới "
                "sinh hoạt chuyên môn theo hướng nghiên cứu bài học, tăng cường ra đề mở và xây dựng "
                "ngân hàng ngữ liệu dùng chung."
            ),
            P(
                "[1] Công văn số 3175/BGDĐT-GDTrH ngày 21/7/2022 của Bộ GD&ĐT về hướng dẫn đổi mới "
                "phương pháp dạy học và kiểm tra, đánh giá môn Ngữ văn ở trường phổ thông.",
                "note",
            ),
        ],
        authors=["Lê Văn Hùng"],
        opts={
            "catid": 5,
            "printed_date": "10/11/2026 4:55:12 CH",
            "byline": "TS. Lê Văn Hùng",
            "related": [1048],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: a news id the "Tin liên quan" grid still links after the item was taken down (soft 404)
DELETED_ID = 1039
DELETED_TITLE = "Hội nghị tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học mới"

# where the home page and the sidebar link which articles, and in which URL form
FEATURED = [1061, 1060]  # ?CatID=1&NewsID=…  ("Tin nổi bật" pseudo-category)
NEWEST = [1058, 1057, 1056, 1055]  # pages/chitiettin.aspx?catid=…&newsid=…  (hand-written control)
MOST_READ = [1058, 1052, 1060]  # …&ref=docnhieu  (sidebar "Tin đọc nhiều", every page)
HOME_BLOCKS = {2: [1061, 1058, 1055], 5: [1060, 1057, 1053]}
HOME_NOTICES = [1056, 1050]


def cat_stories(catid: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["catid"] == catid), key=lambda s: -s.id)


def n_pages(catid: int) -> int:
    return max(1, -(-len(cat_stories(catid)) // PAGE_SIZE))


# --- URLs --------------------------------------------------------------------------------------


def news_path(story_id: int, form: str = "") -> str:
    """The site-absolute target of an article link in one of the forms the site prints."""
    catid = BY_ID[story_id].opts["catid"] if story_id in BY_ID else 2
    if form == "featured":
        return f"/Pages/ChiTietTin.aspx?CatID={FEATURED_CATID}&NewsID={story_id}"
    if form == "lower":
        return f"/Pages/chitiettin.aspx?catid={catid}&newsid={story_id}"
    base = f"/Pages/ChiTietTin.aspx?CatID={catid}&NewsID={story_id}"
    if form == "print":
        return base + "&Print=1"
    if form == "docnhieu":
        return base + "&ref=docnhieu"
    return base


def alt_paths(story_id: int) -> list[str]:
    alts = [news_path(story_id, "print")]
    if story_id in FEATURED:
        alts.append(news_path(story_id, "featured"))
    if story_id in NEWEST:
        alts.append(news_path(story_id, "lower"))
    if story_id in MOST_READ:
        alts.append(news_path(story_id, "docnhieu"))
    return alts


def in_pages(request: Request) -> bool:
    return request.path.lower().startswith("/pages/")


def rel(request: Request, target: str) -> str:
    """How ASP.NET prints an app-relative ("~/…") URL: relative to the current page's folder."""
    target = target.lstrip("/")
    if not in_pages(request):
        return target
    if target.lower().startswith("pages/"):
        return target[6:]
    return "../" + target


def href(request: Request, site_path: str) -> str:
    return esc(rel(request, site_path))


# --- ASP.NET state -----------------------------------------------------------------------------

_VS_PREFIX = b"\xff\x01\x0f\x0f\x05\x0a-1482915873\x0f\x16\x02\x1e"
_EV_PREFIX = b"\xff\x01\x16\x0c\x02"


def viewstate(key: str, size: int = 420) -> str:
    return opaque("vs|" + key, size, _VS_PREFIX)


def eventvalidation(key: str) -> str:
    return opaque("ev|" + key, 96, _EV_PREFIX)


#: __VIEWSTATE value of each list page -> (CatID, page number)
LIST_STATES = {
    viewstate(f"tintuc|{c}|{p}", 640): (c, p) for c in CATS for p in range(1, n_pages(c) + 1)
}


def pager_targets(catid: int, page: int) -> dict[str, int]:
    """Event targets that page ``page`` of the list renders as live LinkButtons -> page they open."""
    last = n_pages(catid)
    if last == 1:
        return {}
    targets = {
        f"{UC_LIST}$rptTrang$ctl{i - 1:02d}$lbtTrang": i for i in range(1, last + 1) if i != page
    }
    if page > 1:
        targets[f"{UC_LIST}$lbtTrangDau"] = 1
    if page < last:
        targets[f"{UC_LIST}$lbtTrangCuoi"] = last
    return targets


# --- article body as the WYSIWYG editor (and Word) left it -------------------------------------

_MSO_SPAN = 'lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'


def _mso_runs(value: str) -> str:
    """Word splits a run in the middle of a word (spell-check / revision marks): no space between."""
    words = value.split(" ")
    k = next((i for i in range(len(words) // 2, len(words)) if len(words[i]) >= 4 and words[i].isalpha()), None)
    if k is None:
        return f"<span {_MSO_SPAN}>{text(value)}</span>"
    head = " ".join([*words[:k], words[k][:2]])
    tail = " ".join([words[k][2:], *words[k + 1 :]])
    return (
        f"<span {_MSO_SPAN}>{text(head)}</span><span {_MSO_SPAN[:-1]};mso-bidi-font-weight:bold\">"
        f"{text(tail)}<o:p></o:p></span>"
    )


def _para(value: str, markup: str) -> str:
    if markup == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"{_mso_runs(value)}</p>"
        )
    if markup == "div":
        return f'<div style="text-align: justify;">{text(value)}</div>'
    return f'<p style="text-align: justify;">{text(value)}</p>'


def _image(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 520px;">\n'
            "<tbody>\n"
            f'<tr><td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td></tr>\n'
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{text(img.printed or "")}'
            "</em></span></td></tr>\n</tbody>\n</table>"
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{src}" '
        'style="width: 500px; height: 333px; border-width: 1px; border-style: solid;" /></p>'
    )
    if img.printed and img.style == "credit":
        out += f'\n<p style="text-align: right;"><em>{text(img.printed)}</em></p>'
    elif img.printed:
        out += (
            '\n<p style="text-align: center;"><em><span style="color: rgb(0, 0, 128);">'
            f"{text(img.printed)}</span></em></p>"
        )
    return out


def render_body(story: Story) -> str:
    markup = story.opts.get("markup", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style in ("li", "tr", "mso_list"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"\t<li>{text(t)}</li>" for t in group) + "\n</ul>")
            elif b.style == "mso_list":
                for t in group:
                    out.append(
                        '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;'
                        'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                        f'<![if !supportLists]><span {_MSO_SPAN}><span style="mso-list:Ignore">-'
                        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                        f"</span></span></span><![endif]><span {_MSO_SPAN}>{text(t)}<o:p></o:p></span></p>"
                    )
            else:
                rows = []
                for n, t in enumerate(group):
                    cell = "td" if n else 'td style="text-align: center; background-color: rgb(204, 255, 255);"'
                    cells = "".join(
                        f"<{cell}>{'<strong>' if not n else ''}{text(c)}{'</strong>' if not n else ''}</td>"
                        for c in t.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 98%; border-collapse: collapse;">\n'
                    "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
                )
        elif b.style == "h":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote>\n<p style="text-align: justify;"><em>{text(b.text)}</em></p>\n</blockquote>')
        elif b.style == "note":
            out.append(
                f'<p style="text-align: justify;"><span style="font-size: 11px;">{text(b.text)}</span></p>'
            )
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, P) and nxt.style == "br":
                tag = "div" if markup == "div" else "p"
                out.append(
                    f'<{tag} style="text-align: justify;">{text(b.text)}<br />\n{text(nxt.text)}</{tag}>'
                )
                i += 1
            else:
                out.append(_para(b.text, markup))
        i += 1
    body = "\n".join(out)
    return entity_mix(body) if story.opts.get("entities") else body


# --- the master page ---------------------------------------------------------------------------

_TREE_IMG = "/WebResource.axd?d=mCzDh2kuJ3Jvw4XbBq4VhQ2&amp;t=634605546709717464"
_TREE = [
    ("Giới thiệu", "Pages/GioiThieu.aspx?ID=1", [
        ("Giới thiệu chung", "Pages/GioiThieu.aspx?ID=1"),
        ("Cơ cấu tổ chức", "Pages/GioiThieu.aspx?ID=2"),
    ]),
    ("Tin tức", "Pages/TinTuc.aspx?CatID=2", [
        (CATS[2], "Pages/TinTuc.aspx?CatID=2"),
        (CATS[5], "Pages/TinTuc.aspx?CatID=5"),
        (CATS[9], "Pages/TinTuc.aspx?CatID=9"),
    ]),
    ("Văn bản chỉ đạo", "Pages/VanBan.aspx", []),
    ("Thư viện ảnh", "Pages/ThuVienAnh.aspx", []),
    ("Liên hệ", "Pages/LienHe.aspx", []),
]


def _top_menu(req: Request) -> str:
    items = []
    for label, target, children in _TREE:
        sub = ""
        if children:
            sub = '<ul class="mn_c2">' + "".join(
                f'<li><a href="{href(req, t)}">{esc(lbl)}</a></li>' for lbl, t in children
            ) + "</ul>"
        items.append(f'<li class="mn_c1"><a href="{href(req, target)}">{esc(label).upper()}</a>{sub}</li>')
    return (
        '<div id="menungang"><ul id="ctl00_ucMenuNgang_ulMenu">'
        f'<li class="mn_c1 mn_dau"><a href="{href(req, "Default.aspx")}">TRANG CHỦ</a></li>'
        + "".join(items)
        + "</ul></div>"
    )


def _tree_menu(req: Request) -> str:
    tv = "ctl00_ucMenuTrai_tvDanhMuc"
    rows = []
    n = 0
    for label, target, children in _TREE:
        node = n
        toggle = (
            f'<a id="{tv}n{node}" href="javascript:TreeView_ToggleNode({tv}_Data,{node},'
            f"document.getElementById('{tv}n{node}'),' ',document.getElementById('{tv}n{node}Nodes'))\">"
            f'<img src="{_TREE_IMG}" alt="Thu gọn {esc(label)}" style="border-width:0;" /></a>'
            if children
            else '<img src="/WebResource.axd?d=YZ2aeF0T9qbW1cqm7XJ2yw2&amp;t=634605546709717464" alt="" />'
        )
        rows.append(
            '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>'
            f"<td>{toggle}</td>"
            f'<td class="{tv}_2 nut_cap1" style="white-space:nowrap;"><a class="{tv}_0 {tv}_1" '
            f'href="{href(req, target)}" id="{tv}t{node}">{esc(label)}</a></td></tr></table>'
        )
        n += 1
        if children:
            rows.append(f'<div id="{tv}n{node}Nodes" style="display:block;">')
            for lbl, t in children:
                rows.append(
                    '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>'
                    '<td><div style="width:20px;height:1px"></div></td>'
                    f'<td class="{tv}_2 nut_cap2" style="white-space:nowrap;"><a class="{tv}_0 {tv}_3" '
                    f'href="{href(req, t)}" id="{tv}t{n}">» {esc(lbl)}</a></td></tr></table>'
                )
                n += 1
            rows.append("</div>")
    return (
        '<div class="khoi_trai"><div class="khoi_tieude">DANH MỤC</div>'
        f'<a href="#{tv}_SkipLink"><img alt="Skip Navigation Links." src="/WebResource.axd?d=t9K0S7m1&amp;t=634605546709717464" '
        'width="0" height="0" style="border-width:0px;" /></a>'
        f'<div id="{tv}">' + "\n".join(rows) + f'</div><a id="{tv}_SkipLink"></a></div>'
    )


def _right_column(req: Request) -> str:
    docs = "".join(
        f'<li><a href="{href(req, f"Pages/ChiTietVanBan.aspx?ID={i}")}">{esc(t)}</a></li>'
        for i, t, *_ in VAN_BAN
    )
    most = "".join(
        f'<div class="dn_muc"><img src="{href(req, "App_Themes/SGD/images/muiten.gif")}" alt="" /> '
        f'<a href="{href(req, news_path(i, "docnhieu"))}">{esc(BY_ID[i].title)}</a></div>'
        for i in MOST_READ
    )
    return f"""<div id="cotphai">
<div class="khoi_phai"><div class="khoi_tieude">VĂN BẢN MỚI</div><ul class="ds_vanban">{docs}</ul>
<div class="xemtiep"><a href="{href(req, "Pages/VanBan.aspx")}">Xem tất cả »</a></div></div>
<div class="khoi_phai"><div class="khoi_tieude">TIN ĐỌC NHIỀU</div>{most}</div>
<div class="khoi_phai"><div class="khoi_tieude">THĂM DÒ Ý KIẾN</div>
<div id="ctl00_ucBenPhai_ucBinhChon_pnlBinhChon">
<span id="ctl00_ucBenPhai_ucBinhChon_lblCauHoi" class="cauhoi">Bạn quan tâm nội dung nào nhất trên Cổng thông tin?</span>
<table id="ctl00_ucBenPhai_ucBinhChon_rblLuaChon" border="0">
<tr><td><input id="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_0" type="radio" name="{RBL_POLL}" value="11" /><label for="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_0">Tin tức - Sự kiện</label></td></tr>
<tr><td><input id="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_1" type="radio" name="{RBL_POLL}" value="12" /><label for="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_1">Văn bản chỉ đạo điều hành</label></td></tr>
<tr><td><input id="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_2" type="radio" name="{RBL_POLL}" value="13" /><label for="ctl00_ucBenPhai_ucBinhChon_rblLuaChon_2">Tuyển sinh, thi cử</label></td></tr>
</table>
<input type="submit" name="{BTN_POLL}" value="Biểu quyết" id="ctl00_ucBenPhai_ucBinhChon_btnBieuQuyet" class="nut" />
<a href="javascript:void(0)" onclick="window.open('{href(req, "Pages/KetQuaBinhChon.aspx?ID=3")}','kq','width=420,height=320');">Xem kết quả</a>
</div></div>
<div class="khoi_phai"><div class="khoi_tieude">LIÊN KẾT WEBSITE</div>
<select name="ctl00$ucBenPhai$ddlLienKet" id="ctl00_ucBenPhai_ddlLienKet" onchange="if(this.value!='')window.open(this.value);" style="width:180px;">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://www.quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</option>
<option value="http://baoquangtri.vn">Báo Quảng Trị</option>
</select>
<a href="http://www.moet.gov.vn" target="_blank"><img src="{href(req, "Upload/QuangCao/bo-gddt.jpg")}" alt="Bộ GD&amp;ĐT" width="190" /></a>
<a href="http://dichvucong.quangtri.gov.vn" target="_blank"><img src="{href(req, "Upload/QuangCao/dichvucong.jpg")}" alt="Dịch vụ công trực tuyến" width="190" /></a>
</div>
<div class="khoi_phai"><div class="khoi_tieude">THỐNG KÊ TRUY CẬP</div>
<table class="thongke"><tr><td><img src="{href(req, "App_Themes/SGD/images/online.gif")}" alt="" /> Đang online:</td><td><span id="ctl00_ucBenPhai_ucThongKe_lblOnline">37</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="ctl00_ucBenPhai_ucThongKe_lblHomNay">1.204</span></td></tr>
<tr><td>Tổng truy cập:</td><td><span id="ctl00_ucBenPhai_ucThongKe_lblTong">4.812.377</span></td></tr></table></div>
</div>"""


def master(
    req: Request,
    *,
    title: str,
    content: str,
    state_key: str,
    vs: str | None = None,
    ev: str | None = None,
    alert: str = "",
    left: bool = True,
) -> str:
    """The vendor's master page: one <form> around everything, view state first, validation last."""
    action = req.path.rsplit("/", 1)[-1] or "Default.aspx"
    if req.query:
        action += "?" + req.query
    vs = vs or viewstate(state_key)
    ev = ev or eventvalidation(state_key)
    script = f'<script type="text/javascript">alert("{alert}");</script>' if alert else ""
    left_html = _tree_menu(req) if left else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Sở Giáo dục và Đào tạo Quảng Trị, giáo dục Quảng Trị, SGD Quảng Trị" /><meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị" /><link href="{href(req, "App_Themes/SGD/style.css")}" type="text/css" rel="stylesheet" /><link href="{href(req, "App_Themes/SGD/menu.css")}" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="{href(req, "js/jquery-1.7.1.min.js")}"></script>
<script type="text/javascript" src="{href(req, "js/ddsmoothmenu.js")}"></script>
</head>
<body>
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=634605546709717464" type="text/javascript"></script>
<script src="/WebResource.axd?d=JoBkLzP19aTuxbWOhHobYhKCMCbY8QA8NYbQhm6e3NE1&amp;t=634605546709717464" type="text/javascript"></script>
{script}
<div id="khung">
  <div id="dautrang">
    <div id="banner"><img src="{href(req, "App_Themes/SGD/images/banner.jpg")}" alt="Sở Giáo dục và Đào tạo Quảng Trị" width="1000" height="150" />
      <h1 class="tendonvi">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</h1></div>
    {_top_menu(req)}
    <div id="thanhcongcu">
      <span id="ctl00_ucDauTrang_lblNgay" class="ngayhientai">{HEADER_TODAY}</span>
      <marquee scrollamount="3" class="chaymung">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 - Ngành Giáo dục Quảng Trị thi đua dạy tốt, học tốt!</marquee>
      <div class="timkiem">
        <input name="{TXT_SEARCH}" type="text" id="ctl00_ucDauTrang_txtTuKhoa" class="o_timkiem" onkeypress="return clickButton(event,'ctl00_ucDauTrang_btnTimKiem')" />
        <input type="submit" name="{BTN_SEARCH}" value="Tìm kiếm" id="ctl00_ucDauTrang_btnTimKiem" class="nut_timkiem" />
      </div>
    </div>
  </div>
  <div id="giua">
    <div id="cottrai">{left_html}</div>
    <div id="cotgiua">
{content}
    </div>
    {_right_column(req)}
    <div style="clear:both"></div>
  </div>
  <div id="chantrang">
    <div class="ct_menu"><a href="{href(req, "Default.aspx")}">Trang chủ</a> | <a href="{href(req, "Pages/GioiThieu.aspx?ID=1")}">Giới thiệu</a> | <a href="{href(req, "Pages/LienHe.aspx")}">Liên hệ</a></div>
    <p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b><br />
    Địa chỉ: Số 06 Phan Bội Châu, Phường 1, TP. Đông Hà, tỉnh Quảng Trị<br />
    Điện thoại: 0233.3852 426 - Fax: 0233.3852 590 - Email: sgddt@quangtri.gov.vn<br />
    Giấy phép số 05/GP-STTTT do Sở Thông tin và Truyền thông Quảng Trị cấp ngày 12/3/2012<br />
    Ghi rõ nguồn "Sở GD&amp;ĐT Quảng Trị" khi phát hành lại thông tin từ website này.</p>
    <p class="thietke">Thiết kế và phát triển: Công ty CP Giải pháp Phần mềm eGov Miền Trung</p>
  </div>
</div>

<div>

	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""


# --- pages ------------------------------------------------------------------------------------

VAN_BAN = [
    (
        215,
        "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII năm 2026 - 2027",
        "2098/KH-SGDĐT",
        "14/11/2026",
        "Upload/VanBan/2026/KH-2098-SGDDT.pdf",
    ),
    (
        214,
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        "1954/HD-SGDĐT",
        "05/09/2026",
        "Upload/VanBan/2026/HD-1954-SGDDT.pdf",
    ),
]

INTRO = {
    1: (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
            "có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo "
            "trên địa bàn tỉnh.",
            "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, "
            "đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của "
            "Bộ Giáo dục và Đào tạo.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế "
            "hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng "
            "Giáo dục chuyên nghiệp - Giáo dục thường xuyên; Phòng Khảo thí và Quản lý chất lượng giáo "
            "dục; Phòng Chính trị, tư tưởng.",
        ],
    ),
}


def _crumb(req: Request, *items: tuple[str, str | None]) -> str:
    parts = [f'<a href="{href(req, "Default.aspx")}" class="dd_link">Trang chủ</a>']
    for label, target in items:
        if target:
            parts.append(f'<a href="{href(req, target)}" class="dd_link">{esc(label)}</a>')
        else:
            parts.append(f'<span class="dd_hientai">{esc(label)}</span>')
    return '<div class="duongdan">' + ' <span class="dd_ngan">»</span> '.join(parts) + "</div>"


def _thumb(req: Request, story: Story, w: int = 140, h: int = 100) -> str:
    imgs = [i.src for i in story.images if i.src.startswith("../")]
    src = imgs[0][3:] if imgs else "images/noimage.jpg"
    return href(req, f"ImageHandler.ashx?src=/{src}&w={w}&h={h}")


def _list_date(story: Story) -> str:
    return story.opts["printed_date"].split(" ")[0]


def home(req: Request, alert: str = "") -> str:
    top = BY_ID[FEATURED[0]]
    second = BY_ID[FEATURED[1]]
    newest = "".join(
        f'<li><a href="{href(req, news_path(i, "lower"))}" class="tm_lk">{esc(BY_ID[i].title)}</a> '
        f'<span class="tm_ngay">({_list_date(BY_ID[i])})</span></li>'
        for i in NEWEST
    )
    blocks = []
    for catid, ids in HOME_BLOCKS.items():
        first, *rest = (BY_ID[i] for i in ids)
        others = "".join(
            f'<li><a href="{href(req, news_path(s.id))}">{esc(s.title)}</a></li>' for s in rest
        )
        blocks.append(
            f'<div class="khoi_cm"><div class="cm_tieude"><a href="{href(req, f"Pages/TinTuc.aspx?CatID={catid}")}">'
            f'{esc(CATS[catid]).upper()}</a></div>'
            f'<div class="cm_tinchinh"><a href="{href(req, news_path(first.id))}"><img src="{_thumb(req, first)}" alt="" class="cm_anh" /></a>'
            f'<a href="{href(req, news_path(first.id))}" class="cm_tieudetin">{esc(first.title)}</a>'
            f'<div class="cm_tomtat">{esc(first.summary or "")}</div></div>'
            f'<ul class="cm_tinkhac">{others}</ul>'
            f'<div class="xemtiep"><a href="{href(req, f"Pages/TinTuc.aspx?CatID={catid}")}">Xem tiếp »</a></div></div>'
        )
    notices = "".join(
        f'<div class="tb_muc"><img src="{href(req, "App_Themes/SGD/images/new.gif")}" alt="" /> '
        f'<a href="{href(req, news_path(i))}">{esc(BY_ID[i].title)}</a></div>'
        for i in HOME_NOTICES
    )
    content = f"""<div id="ctl00_cphNoiDung_ucTinNoiBat_pnlNoiBat" class="khoi_noibat">
  <div class="nb_tieude">TIN NỔI BẬT</div>
  <div class="nb_trai">
    <a href="{href(req, news_path(top.id, "featured"))}"><img src="{_thumb(req, top, 360, 240)}" alt="{esc(top.title)}" width="360" height="240" /></a>
    <a href="{href(req, news_path(top.id, "featured"))}" class="nb_tieudetin">{esc(top.title)}</a>
    <p class="nb_tomtat">{esc(top.summary or "")}</p>
  </div>
  <div class="nb_phai">
    <a href="{href(req, news_path(second.id, "featured"))}"><img src="{_thumb(req, second)}" alt="" /></a>
    <a href="{href(req, news_path(second.id, "featured"))}">{esc(second.title)}</a>
  </div>
</div>
<div class="khoi_tinmoi"><div class="tm_tieude">TIN MỚI CẬP NHẬT</div><ul id="ctl00_cphNoiDung_ucTinMoi_ulTinMoi">{newest}</ul></div>
<div class="khoi_thongbao"><div class="tb_tieude">THÔNG BÁO</div><marquee direction="up" scrollamount="2" height="90" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></div>
{"".join(blocks)}"""
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Trang chủ", content=content, state_key="home", alert=alert)


def list_page(req: Request, catid: int, page: int, alert: str = "") -> str:
    stories = cat_stories(catid)
    last = n_pages(catid)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = []
    for n, s in enumerate(chunk):
        link = href(req, news_path(s.id))
        summary = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        if len(summary) > 220:
            summary = summary[:217].rsplit(" ", 1)[0] + " ..."
        items.append(
            f'<div class="ds_muc{" ds_chan" if n % 2 else ""}">'
            f'<div class="ds_anh"><a href="{link}"><img id="ctl00_cphNoiDung_ucDSTin_rptTin_ctl{n:02d}_imgAnh" src="{_thumb(req, s)}" '
            'alt="" style="border-width:0px;width:140px;height:100px;" /></a></div>'
            f'<div class="ds_nd"><a id="ctl00_cphNoiDung_ucDSTin_rptTin_ctl{n:02d}_hplTieuDe" class="ds_tieude" href="{link}">{esc(s.title)}</a>'
            f' <span class="ds_ngay">({_list_date(s)})</span>'
            f'<div class="ds_tomtat">{esc(summary)}</div></div><div style="clear:both"></div></div>'
        )
    pager = ""
    if last > 1:
        cid = UC_LIST.replace("$", "_")
        parts = []
        if page > 1:
            parts.append(
                f'<a id="{cid}_lbtTrangDau" class="pt_dau" href="javascript:__doPostBack(&#39;{UC_LIST}$lbtTrangDau&#39;,&#39;&#39;)">Trang đầu</a>'
            )
        else:
            parts.append(f'<a id="{cid}_lbtTrangDau" class="aspNetDisabled pt_dau">Trang đầu</a>')
        for i in range(1, last + 1):
            item = f"{cid}_rptTrang_ctl{i - 1:02d}"
            if i == page:
                parts.append(f'<span id="{item}_lblTrang" class="pt_hientai">{i}</span>')
            else:
                target = f"{UC_LIST}$rptTrang$ctl{i - 1:02d}$lbtTrang"
                parts.append(
                    f'<a id="{item}_lbtTrang" class="pt_so" href="javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)">{i}</a>'
                )
        if page < last:
            parts.append(
                f'<a id="{cid}_lbtTrangCuoi" class="pt_cuoi" href="javascript:__doPostBack(&#39;{UC_LIST}$lbtTrangCuoi&#39;,&#39;&#39;)">Trang cuối</a>'
            )
        else:
            parts.append(f'<a id="{cid}_lbtTrangCuoi" class="aspNetDisabled pt_cuoi">Trang cuối</a>')
        pager = (
            '<div class="phantrang"><span class="pt_tong">Trang ' + f"{page}/{last}</span> "
            + " ".join(parts) + "</div>"
        )
    content = (
        _crumb(req, ("Tin tức", None), (CATS[catid], f"Pages/TinTuc.aspx?CatID={catid}"))
        + f'<div class="tieude_chuyenmuc"><span id="ctl00_cphNoiDung_ucDSTin_lblChuyenMuc">{esc(CATS[catid])}</span></div>'
        + '<div id="ctl00_cphNoiDung_ucDSTin_pnlDanhSach" class="ds_khung">' + "\n".join(items) + "</div>"
        + pager
    )
    key = f"tintuc|{catid}|{page}"
    return master(
        req,
        title="Sở Giáo dục và Đào tạo Quảng Trị - Tin tức",
        content=content,
        state_key=key,
        vs=viewstate(key, 640),
        alert=alert,
    )


def _related(req: Request, story: Story) -> str:
    rows = []
    for n, rid in enumerate(story.opts.get("related", [])):
        if rid == DELETED_ID:
            title, date, target = DELETED_TITLE, "29/08/2026", f"Pages/ChiTietTin.aspx?CatID=2&NewsID={DELETED_ID}"
        else:
            r = BY_ID[rid]
            title, date, target = r.title, _list_date(r), news_path(rid)
        rows.append(
            f'<tr class="{"lq_dong" if n % 2 == 0 else "lq_dongle"}"><td>'
            f'<img src="{href(req, "App_Themes/SGD/images/muiten2.gif")}" alt="" /> '
            f'<a id="{UC_DETAIL}_grvTinLienQuan_ctl{n + 2:02d}_hplTieuDe" href="{href(req, target)}">{esc(title)}</a>'
            f' <span class="lq_ngay">({date})</span></td></tr>'
        )
    return (
        '<div class="khoi_lienquan"><div class="lq_tieude">Tin liên quan</div>'
        f'<div><table cellspacing="0" border="0" id="{UC_DETAIL}_grvTinLienQuan" style="width:100%;border-collapse:collapse;">'
        + "".join(rows)
        + "</table></div></div>"
    )


def detail_page(req: Request, story: Story, message: str = "") -> str:
    o = story.opts
    catid = o["catid"]
    meta = f'<span class="nhan_ngay">Ngày đăng:</span> <span id="{UC_DETAIL}_lblNgayDang" class="ngaydang">{o["printed_date"]}</span>'
    meta += f' &nbsp;|&nbsp; Lượt xem: <span id="{UC_DETAIL}_lblLuotXem">{story.views()}</span>'
    if o.get("poster"):
        meta += f' &nbsp;|&nbsp; Người đăng: <span id="{UC_DETAIL}_lblNguoiDang">{esc(o["poster"])}</span>'
    sapo = f"<i>{esc(story.summary)}</i>" if story.summary else ""
    byline = ""
    if o.get("byline"):
        byline = f'<div class="ct_tacgia">Tác giả: <span id="{UC_DETAIL}_lblTacGia" style="font-weight:bold;">{esc(o["byline"])}</span></div>'
    updated = ""
    if o.get("updated"):
        updated = f'<span class="ct_capnhat">Cập nhật lúc: {o["updated"]}</span>'
    note = f'<div class="ct_thongbao" style="color:red">{esc(message)}</div>' if message else ""
    canonical = news_path(story.id)
    content = f"""{_crumb(req, ("Tin tức", None), (CATS[catid], f"Pages/TinTuc.aspx?CatID={catid}"))}
<div id="{UC_DETAIL}_pnlChiTiet" class="khung_chitiet">
  <div class="ct_tieude"><span id="{UC_DETAIL}_lblTieuDe" class="tieude_tin">{esc(story.title)}</span></div>
  <div class="ct_thongtin">{meta}</div>
  <div class="ct_tomtat"><span id="{UC_DETAIL}_lblTomTat">{sapo}</span></div>
  <div id="{UC_DETAIL}_divNoiDung" class="ct_noidung" style="font-family: Arial; font-size: 13px;">
{render_body(story)}
    <div class="chiase_khung"><span class="chiase_nhan">Chia sẻ:</span>
      <a href="http://www.facebook.com/sharer.php?u={quote_plus(base_url_for(req) + canonical)}" target="_blank"><img src="{href(req, "images/share/facebook.gif")}" alt="Facebook" /></a>
      <a href="http://twitter.com/home?status={quote_plus(base_url_for(req) + canonical)}" target="_blank"><img src="{href(req, "images/share/twitter.gif")}" alt="Twitter" /></a>
      <a href="https://plus.google.com/share?url={quote_plus(base_url_for(req) + canonical)}" target="_blank"><img src="{href(req, "images/share/google.gif")}" alt="Google+" /></a>
    </div>
  </div>
  {byline}
  <div class="ct_congcu">{updated}
    <a href="{href(req, news_path(story.id, "print"))}" target="_blank"><img src="{href(req, "App_Themes/SGD/images/print.gif")}" alt="" /> In bài viết</a>
    <a href="mailto:?subject={quote_plus(story.title)}&amp;body={quote_plus(base_url_for(req) + canonical)}"><img src="{href(req, "App_Themes/SGD/images/email.gif")}" alt="" /> Gửi email</a>
    <a href="javascript:history.back()"><img src="{href(req, "App_Themes/SGD/images/back.gif")}" alt="" /> Quay lại</a>
  </div>
  {note}
  <div class="khoi_ykien"><div class="yk_tieude">Ý kiến bạn đọc</div>
    <table class="yk_bang">
    <tr><td>Họ và tên:</td><td><input name="ctl00$cphNoiDung$ucChiTietTin$txtHoTen" type="text" id="{UC_DETAIL}_txtHoTen" /></td></tr>
    <tr><td>Email:</td><td><input name="ctl00$cphNoiDung$ucChiTietTin$txtEmail" type="text" id="{UC_DETAIL}_txtEmail" /></td></tr>
    <tr><td>Nội dung:</td><td><textarea name="ctl00$cphNoiDung$ucChiTietTin$txtNoiDung" rows="4" cols="50" id="{UC_DETAIL}_txtNoiDung"></textarea></td></tr>
    <tr><td></td><td><input type="submit" name="{BTN_COMMENT}" value="Gửi ý kiến" id="{UC_DETAIL}_btnGuiYKien" /></td></tr>
    </table>
  </div>
  {_related(req, story)}
</div>"""
    return master(
        req,
        title="Sở Giáo dục và Đào tạo Quảng Trị - Chi tiết tin",
        content=content,
        state_key=f"tin|{story.id}",
    )


def base_url_for(req: Request) -> str:
    return "http://" + req.headers.get("Host", "127.0.0.1")


def print_page(req: Request, story: Story) -> str:
    o = story.opts
    sapo = f'<div class="in_tomtat"><i>{esc(story.summary)}</i></div>' if story.summary else ""
    byline = f'<div class="in_tacgia"><b>{esc(o["byline"])}</b></div>' if o.get("byline") else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>In bài viết</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<style type="text/css">body{{font-family:Arial;font-size:13px;width:680px;margin:10px auto}} .in_tieude{{font-size:18px;font-weight:bold;color:#0b4b8c}}</style>
</head>
<body onload="window.print();">
<div class="in_dautrang"><img src="../App_Themes/SGD/images/logo_in.gif" alt="" /> <b>SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</b><hr /></div>
<div class="in_tieude">{esc(story.title)}</div>
<div class="in_ngay">Ngày đăng: {o["printed_date"]}</div>
{sapo}
<div class="in_noidung">
{render_body(story)}
</div>
{byline}
<hr /><div class="in_chantrang">Địa chỉ bài viết: {esc(base_url_for(req) + news_path(story.id))}<br />
© Sở Giáo dục và Đào tạo Quảng Trị</div>
<div style="text-align:center"><a href="javascript:window.close();">[Đóng cửa sổ]</a></div>
</body>
</html>
"""


def deleted_page(req: Request) -> str:
    content = f"""{_crumb(req, ("Tin tức", None))}
<div id="{UC_DETAIL}_pnlChiTiet" class="khung_chitiet">
  <div class="ct_tieude"><span id="{UC_DETAIL}_lblTieuDe" class="tieude_tin"></span></div>
  <div id="{UC_DETAIL}_pnlKhongCo" class="ct_khongco"><span id="{UC_DETAIL}_lblThongBao" style="color:Red;">Tin bài không tồn tại hoặc đã bị gỡ bỏ!</span></div>
</div>"""
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Chi tiết tin", content=content, state_key="tin|none")


def intro_page(req: Request, page_id: int) -> str:
    title, paras = INTRO[page_id]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    content = (
        _crumb(req, ("Giới thiệu", None), (title, None))
        + f'<div class="khung_gioithieu"><div class="gt_tieude">{esc(title).upper()}</div><div class="gt_noidung">{body}</div></div>'
    )
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Giới thiệu", content=content, state_key=f"gt|{page_id}")


def contact_page(req: Request, sent: bool = False) -> str:
    msg = '<div style="color:blue">Cảm ơn bạn đã gửi liên hệ!</div>' if sent else ""
    content = _crumb(req, ("Liên hệ", None)) + f"""<div class="khung_lienhe">
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b></p>
<p>Địa chỉ: Số 06 Phan Bội Châu, Phường 1, TP. Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3852 426 - Email: sgddt@quangtri.gov.vn</p>
{msg}
<table class="lh_bang">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtHoTen" type="text" id="ctl00_cphNoiDung_ucLienHe_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtEmail" type="text" id="ctl00_cphNoiDung_ucLienHe_txtEmail" /></td></tr>
<tr><td>Tiêu đề</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtTieuDe" type="text" id="ctl00_cphNoiDung_ucLienHe_txtTieuDe" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphNoiDung$ucLienHe$txtNoiDung" rows="6" cols="50" id="ctl00_cphNoiDung_ucLienHe_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$ucLienHe$btnGui" value="Gửi liên hệ" id="ctl00_cphNoiDung_ucLienHe_btnGui" /></td></tr>
</table></div>"""
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Liên hệ", content=content, state_key="lienhe")


def docs_page(req: Request) -> str:
    rows = "".join(
        f'<tr class="{"vb_dong" if n % 2 == 0 else "vb_dongle"}"><td>{esc(sh)}</td><td>{ngay}</td>'
        f'<td><a href="{href(req, f"Pages/ChiTietVanBan.aspx?ID={i}")}">{esc(t)}</a></td></tr>'
        for n, (i, t, sh, ngay, _f) in enumerate(VAN_BAN)
    )
    content = _crumb(req, ("Văn bản chỉ đạo", None)) + (
        '<table cellspacing="0" rules="all" border="1" id="ctl00_cphNoiDung_ucVanBan_grvVanBan" style="width:100%;border-collapse:collapse;">'
        '<tr class="vb_tieude"><th scope="col">Số/Ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th></tr>'
        + rows + "</table>"
    )
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Văn bản", content=content, state_key="vanban")


def doc_page(req: Request, doc_id: int) -> str:
    _i, title, sh, ngay, file = next(d for d in VAN_BAN if d[0] == doc_id)
    content = _crumb(req, ("Văn bản chỉ đạo", "Pages/VanBan.aspx"), (sh, None)) + f"""<table class="vb_chitiet" border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse;">
<tr><td style="width:160px"><b>Số/Ký hiệu</b></td><td>{esc(sh)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td><b>Loại văn bản</b></td><td>{"Kế hoạch" if "KH" in sh else "Hướng dẫn"}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(title)}</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><a href="{href(req, file)}"><img src="{href(req, "images/icon/pdf.gif")}" alt="" /> Tải về</a></td></tr>
</table>"""
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Văn bản", content=content, state_key=f"vb|{doc_id}")


def albums_page(req: Request) -> str:
    content = _crumb(req, ("Thư viện ảnh", None)) + (
        '<div class="tva_khung"><div class="tva_muc">'
        f'<a href="{href(req, "Pages/ThuVienAnh.aspx?AlbumID=12")}"><img src="{href(req, "Upload/Album/12/anh-01.jpg")}" alt="" width="200" /></a><br />'
        f'<a href="{href(req, "Pages/ThuVienAnh.aspx?AlbumID=12")}">Hội khỏe Phù Đổng cấp tỉnh năm 2024</a></div></div>'
    )
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Thư viện ảnh", content=content, state_key="tva")


def album_page(req: Request) -> str:
    photos = "".join(
        f'<div class="tva_anh"><img src="{href(req, f"Upload/Album/12/anh-{n:02d}.jpg")}" alt="Hội khỏe Phù Đổng {n}" width="220" /></div>'
        for n in range(1, 5)
    )
    content = _crumb(req, ("Thư viện ảnh", "Pages/ThuVienAnh.aspx"), ("Hội khỏe Phù Đổng cấp tỉnh năm 2024", None)) + (
        f'<div class="tva_tieude">Hội khỏe Phù Đổng cấp tỉnh năm 2024</div><div class="tva_khung">{photos}</div>'
    )
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Thư viện ảnh", content=content, state_key="tva|12")


def search_page(req: Request, keyword: str) -> str:
    if not keyword.strip():
        found = '<div class="tk_thongbao">Vui lòng nhập từ khóa cần tìm!</div>'
    else:
        hits = [s for s in STORIES if keyword.lower() in s.title.lower()]
        found = f'<div class="tk_thongbao">Tìm thấy {len(hits)} kết quả với từ khóa "{esc(keyword)}"</div>' + "".join(
            f'<div class="tk_muc"><a href="{href(req, news_path(s.id))}">{esc(s.title)}</a></div>' for s in hits
        )
    content = _crumb(req, ("Kết quả tìm kiếm", None)) + found
    return master(req, title="Sở Giáo dục và Đào tạo Quảng Trị - Tìm kiếm", content=content, state_key="timkiem")


def poll_results() -> str:
    return """<html><head><title>Kết quả bình chọn</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body><b>Bạn quan tâm nội dung nào nhất trên Cổng thông tin?</b>
<table><tr><td>Tin tức - Sự kiện</td><td>412 phiếu (52%)</td></tr><tr><td>Văn bản chỉ đạo điều hành</td><td>201 phiếu (25%)</td></tr>
<tr><td>Tuyển sinh, thi cử</td><td>183 phiếu (23%)</td></tr></table></body></html>"""


def yellow_screen(message: str, detail: str) -> Response:
    """ASP.NET's error page ("yellow screen of death"), status 500."""
    body = f"""<html>
    <head>
        <title>{esc(message)}</title>
        <style>body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}} H1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}</style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{esc(message)}</i> </h2></span>
            <b> Description: </b>{esc(detail)}<br><br>
            <b> Exception Details: </b>System.ArgumentException: {esc(message)}<br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.1
    </body>
</html>"""
    return html(body, status=500, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})


# --- the site ---------------------------------------------------------------------------------

_TREE_GIFS = ("mczdh2kuj3jvw4xbbq4vhq2", "yz2aef0t9qbw1cqm7xj2yw2", "t9k0s7m1")


class EgovSite:
    """IIS + ASP.NET: paths and query keys are case-insensitive, unknown query keys are ignored."""

    def respond(self, req: Request) -> Response | None:
        path = req.path.lower()
        params = {k.lower(): v[0] for k, v in parse_qs(req.query, keep_blank_values=True).items()}
        form = req.form if req.method == "POST" else {}

        if path in ("/webresource.axd", "/scriptresource.axd"):
            if params.get("d", "").lower() in _TREE_GIFS:
                return static_file("x.gif")
            return static_file("x.js")
        if path == "/imagehandler.ashx":
            return static_file("x.jpg")
        if path.startswith("/upload/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if not path.endswith((".aspx", "/")):
            return static_file(path)

        if path == "/pages/tintuc.aspx":
            return self._list(req, params, form)

        if form.get(BTN_SEARCH) is not None:
            keyword = form.get(TXT_SEARCH, "")
            return redirect("/Pages/TimKiem.aspx?TuKhoa=" + quote_plus(keyword))
        voted = BTN_POLL in form
        thanks = "Cảm ơn bạn đã tham gia bình chọn!" if voted else ""

        if path in ("/", "/default.aspx"):
            return html(home(req, alert=thanks))
        if path == "/pages/chitiettin.aspx":
            news = params.get("newsid", "")
            if not news.isdigit():
                return None
            if int(news) == DELETED_ID:
                return html(deleted_page(req))
            story = BY_ID.get(int(news))
            if story is None:
                return None
            if params.get("print") == "1":
                return html(print_page(req, story))
            message = ""
            if BTN_COMMENT in form:
                message = "Ý kiến của bạn đã được gửi và đang chờ Ban biên tập duyệt."
            return html(detail_page(req, story, message=message or thanks))
        if path == "/pages/gioithieu.aspx":
            page_id = params.get("id", "")
            if page_id.isdigit() and int(page_id) in INTRO:
                return html(intro_page(req, int(page_id)))
            return None
        if path == "/pages/lienhe.aspx":
            return html(contact_page(req, sent="ctl00$cphNoiDung$ucLienHe$btnGui" in form))
        if path == "/pages/vanban.aspx":
            return html(docs_page(req))
        if path == "/pages/chitietvanban.aspx":
            doc_id = params.get("id", "")
            if doc_id.isdigit() and any(d[0] == int(doc_id) for d in VAN_BAN):
                return html(doc_page(req, int(doc_id)))
            return None
        if path == "/pages/thuvienanh.aspx":
            album = params.get("albumid")
            if album is None:
                return html(albums_page(req))
            return html(album_page(req)) if album == "12" else None
        if path == "/pages/timkiem.aspx":
            return html(search_page(req, params.get("tukhoa", "")))
        if path == "/pages/ketquabinhchon.aspx":
            return html(poll_results())
        return None

    def _list(self, req: Request, params: dict[str, str], form: dict[str, str]) -> Response | None:
        cat = params.get("catid", "")
        if not cat.isdigit() or int(cat) not in CATS:
            return None
        catid = int(cat)
        if req.method != "POST" or "__VIEWSTATE" not in form:
            return html(list_page(req, catid, 1))
        state = LIST_STATES.get(form["__VIEWSTATE"])
        if state is None or state[0] != catid:
            return yellow_screen(
                "Validation of viewstate MAC failed.",
                "If this application is hosted by a Web Farm or cluster, ensure that <machineKey> "
                "configuration specifies the same validationKey and validation algorithm.",
            )
        current = state[1]
        if form.get(BTN_SEARCH) is not None:
            # a submit button in the post wins over __EVENTTARGET (Page.RaisePostBackEvent)
            return redirect("/Pages/TimKiem.aspx?TuKhoa=" + quote_plus(form.get(TXT_SEARCH, "")))
        if BTN_POLL in form:
            return html(list_page(req, catid, current, alert="Cảm ơn bạn đã tham gia bình chọn!"))
        invalid = (
            "Invalid postback or callback argument.",
            'Event validation is enabled using <pages enableEventValidation="true"/> in '
            "configuration or <%@ Page EnableEventValidation=\"true\" %> in a page.",
        )
        if form.get("__EVENTVALIDATION") != eventvalidation(f"tintuc|{catid}|{current}"):
            return yellow_screen(*invalid)
        target = form.get("__EVENTTARGET", "")
        if not target:
            return html(list_page(req, catid, current))
        targets = pager_targets(catid, current)
        if target not in targets:
            return yellow_screen(*invalid)
        return html(list_page(req, catid, targets[target]))


def build_site() -> EgovSite:
    return EgovSite()


GOLD = [
    gold_record(s, news_path(s.id), s.cat, alt_paths=alt_paths(s.id))
    for s in sorted(STORIES, key=lambda s: -s.id)
]

NON_ARTICLES = [
    "/Pages/GioiThieu.aspx?ID=1",
    "/Pages/GioiThieu.aspx?ID=2",
    "/Pages/LienHe.aspx",
    "/Pages/ChiTietVanBan.aspx?ID=215",
    "/Pages/ChiTietVanBan.aspx?ID=214",
    "/Pages/ThuVienAnh.aspx?AlbumID=12",
    f"/Pages/ChiTietTin.aspx?CatID=2&NewsID={DELETED_ID}",
]
