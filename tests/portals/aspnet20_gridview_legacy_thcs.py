"""Trường THCS Nguyễn Du (huyện Krông Pắc, tỉnh Đắk Lắk): an ASP.NET 2.0 WebForms site of 2009.

Platform
--------
Built in 2009 by a provincial IT company ("BMSoft - Công ty TNHH Tin học Ban Mê") in VB.NET on
ASP.NET 2.0 (IIS 6, ``X-AspNet-Version: 2.0.50727``), never upgraded: one master page laid out in
nested tables (980 px), an ``asp:Menu`` rendered as tables with ``Menu_HoverStatic`` drop-downs,
FCKeditor 2.x for the article text, a ``GridView`` with the built-in *numeric pager* for the
listings (``javascript:__doPostBack('ctl00$cphNoiDung$grvDanhSachTin','Page$2')``), a
``DataList`` of "Tin nổi bật" in an output-cached user control on the home page, a Flash banner,
a ``<marquee>`` ticker, a poll and a visitor counter. The whole page is one
``<form name="aspnetForm">`` with ``__VIEWSTATE`` and ``__EVENTVALIDATION``. Every page has the
same ``<title>`` (the VB code never set ``Page.Title``); there is no ``<h1>``, no canonical link,
no Open Graph.

URL scheme
----------
- ``/`` answers 302 to ``/Default.aspx`` (home page).
- ``/DanhSachTin.aspx?CatID=<n>``: listing (GridView, 4 rows a page); pages 2+ exist only as the
  answer to a POST back to the same URL (``__EVENTTARGET=ctl00$cphNoiDung$grvDanhSachTin``,
  ``__EVENTARGUMENT=Page$2`` plus the page's ``__VIEWSTATE`` and ``__EVENTVALIDATION``).
- ``/ChiTietTin.aspx?ID=<n>&CatID=<n>``: article. IIS and ``Request.QueryString`` ignore case and
  order, so ``?CatID=<c>&ID=<n>``, ``chitiettin.aspx?id=<n>&catid=<c>`` and ``?ID=<n>`` serve the
  same article; ``/(S(<24 chars>))/ChiTietTin.aspx?...`` too (cookieless session id in the path).
- ``/InTin.aspx?ID=<n>``: print view (opened by ``window.open`` in an ``onclick``).
- Others: ``/VanBan.aspx`` and ``/ChiTietVanBan.aspx?ID=<n>`` (documents), ``/ThuVienAnh.aspx``
  and ``?AlbumID=<n>`` (photo album), ``/ThoiKhoaBieu.aspx``, ``/LienHe.aspx``,
  ``/TimKiem.aspx?TuKhoa=`` (search, reached by the header's search button: 302 from a postback),
  ``/WebResource.axd``, files under ``/Upload/``, ``/Images/``, ``/App_Themes/``, ``/js/``.

Page templates
--------------
- Home: DataList "TIN NỔI BẬT" (3 cells, links carry a cookieless session id and the ID alone),
  "TIN MỚI CẬP NHẬT" (5 newest, ``?CatID=c&ID=n``), one block per category (2 newest, the
  canonical ``?ID=n&CatID=c``), sidebars.
- Listing: breadcrumb, box title in capitals, GridView rows (thumbnail, title link, "(dd/MM/yyyy)",
  sapo), numeric pager row. ``?Page=2`` and other unknown parameters are ignored (page 1).
- Article: breadcrumb (built from the URL's ``CatID``), ``lblTieuDe`` (headline, a ``<span>``),
  ``lblNgayDang`` (``dd/MM/yyyy h:mm:ss tt`` in the vi-VN culture: SA/CH), ``Lượt xem``,
  ``Người đăng: <account>``, font-size and print tools, ``lblTomTat`` (the sapo, bold; some
  with the lead photo's thumbnail), ``lblNoiDung`` (FCKeditor text inside a ``<span>``),
  ``lblTacGia`` and ``lblNguon`` (right-aligned fields), back/top links, a comment form
  ("Ý kiến bạn đọc") and the DataList "Các tin khác" (the 3 newest other articles of the same
  category), all in the same table cell as the text.
- Print view: headline, the date in the server's en-US culture (``12/3/2026 2:35:18 PM``), text.

How each gold article is reached
--------------------------------
Categories: "Tin tức - Sự kiện" (CatID=1, 6 articles, listing pages 1-2), "Hoạt động chuyên môn"
(CatID=3, 5 articles, pages 1-2), "Công tác Đoàn - Đội" (CatID=5, 2 articles, one page).
- 251, 247, 240, 236 (CatID=1) and 249, 244, 238, 232 (CatID=3), 250, 234 (CatID=5): page 1 of
  their listing; most also from the home page and the "Các tin khác" boxes.
- 229 (CatID=1) and 225 (CatID=3): ONLY from page 2 of their listing (GridView postback).
- 221 (CatID=1): page 2 of its listing, or the home page's "Tin nổi bật" link with a session id.

Traps
-----
1. GridView numeric pager by postback (pagination): page 2 of a listing has no URL of its own;
   it is the answer to a POST of the page's whole form to the same URL with
   ``__EVENTTARGET``/``__EVENTARGUMENT=Page$2``. Gold: 229 and 225 (and 221 canonically) are
   only found that way.
2. Event validation and view state (not a README kind): the postback must carry the very
   ``__EVENTVALIDATION`` and ``__VIEWSTATE`` the page printed (and an argument its pager
   rendered); a crafted POST without them, or with another page's, gets ASP.NET's yellow error
   page (500 "Invalid postback or callback argument" / "The state information is invalid").
   Gold: no record from an error page.
3. Submit buttons outrank ``__EVENTTARGET`` (not a README kind): the same form holds the header's
   search button (``ctl00$ucDau$btnTimKiem``) and the poll's buttons. ``__doPostBack`` submits no
   button; a crawler that serializes every ``<input type=submit>`` into the POST fires the
   button (search: 302 to ``/TimKiem.aspx?TuKhoa=``; poll: a thank-you and the same page again),
   and never gets page 2. Gold: the search page and poll answers are not articles.
4. Cookieless session id in the path (duplicates, not a README kind): the home page's "Tin nổi
   bật" user control is output-cached with the links rendered for a cookieless session
   (``/(S(ab3kx255cd0mnl45tyhzq0rj))/ChiTietTin.aspx?ID=250``); IIS serves every path under such
   a prefix. Gold: those targets are ``alt_paths`` of the canonical ``/ChiTietTin.aspx?ID=n&CatID=c``.
5. The breadcrumb follows the URL, not the article (category, not a README kind): the VB code
   builds the breadcrumb from the query's ``CatID``; the "Tin nổi bật" links have ``ID`` alone,
   and their pages read "Trang chủ » Chi tiết tin". Gold: the category is the section the
   article is filed under ("Tin tức - Sự kiện", …), as the listing and its canonical page print.
6. Parameter order and case (duplicates): listing ``?ID=n&CatID=c``, home "Tin mới"
   ``?CatID=c&ID=n``, sidebar "Tin xem nhiều" ``/chitiettin.aspx?id=n&catid=c``, print view
   ``/InTin.aspx?ID=n``: one article each. Gold path: the listing's form; the others are
   ``alt_paths``.
7. vi-VN 12-hour clock (dates, not a README kind): ``03/12/2026 2:35:18 CH`` is 14:35:18
   ("CH" = chiều, PM; "SA" = sáng, AM); ``20/11/2026 12:15:00 CH`` is 12:15 (noon), and
   ``16/10/2026 12:00:00 SA`` is midnight, i.e. a day without a time ("2026-10-16"). The listing
   prints the day alone ``(dd/MM/yyyy)``, the print view the en-US ``12/3/2026 2:35:18 PM``.
   Gold: from the article page, seconds kept.
8. "Cập nhật" beside "Ngày đăng": article 247 prints ``Ngày đăng: 01/12/2026 3:20:05 CH -
   Cập nhật: 04/12/2026 8:01:10 SA``. Gold: 2026-12-01T15:20:05+07:00.
9. Sapo printed twice (text boundaries, not a README kind): on 250 the editor pasted the sapo
   (``lblTomTat``) again, in bold, as the first paragraph of the text. Gold: the body has it once.
10. The lead photo's thumbnail beside the sapo: 251 and 232 print
    ``/Upload/TinTuc/Thumb/<file>.jpg`` (class ``anhdaidien``, float left) in the sapo's cell,
    a small copy of the text's first photo. Gold: not an article image (a thumbnail).
11. Generic ``<title>`` and no ``<h1>`` (chrome): every page's title is "Trường THCS Nguyễn Du -
    Krông Pắc - Đắk Lắk"; the headline is only in ``<span id="ctl00_cphNoiDung_lblTieuDe">``.
    The listing truncates long titles with "..." (VB ``Left(TieuDe, 87)``). Gold: the headline
    as the article page prints it (240's is typed in capitals and stays so).
12. Block content inside ``<span>`` labels: ``lblNoiDung`` is an ``asp:Label``, so ``<p>``,
    ``<table>`` and ``<div>`` sit inside a ``<span>``; lenient parsers may close the span early.
13. FCKeditor's entity option (encodings): 251 and 234 store Latin-1 letters and typographic
    quotes as named entities (``&agrave;``, ``&Ecirc;``, ``&ldquo;``) and the rest of Vietnamese
    raw UTF-8, so one word mixes both; 225's text and sapo were typed in "Unicode tổ hợp"
    (decomposed, NFD). Gold: NFC text.
14. Word paste (text boundaries): 244 and the notice 249 carry ``class="MsoNormal"``, ``<o:p>``,
    a bare ``<style>`` block of Word's table definitions inside the text (no text), list items
    with ``<span style="mso-list:Ignore">-</span>`` markers (no text), conditional comments.
15. ``<br>``-separated text (text boundaries): 240's text is one ``<div><font>`` with paragraphs
    split by ``<br /><br />``; its photos' caption lines sit in the flow as italic lines under
    the image (``<img><br /><i>…</i>``). Gold: each chunk a paragraph; caption lines are
    captions ("Ảnh: Hoàng Minh Đức" alone is a credit: photographer, caption None).
16. Bylines and sources in fields and in the text: ``lblTacGia`` holds a person with degree and
    post ("ThS. Trần Văn Quý (P.HT)" -> "Trần Văn Quý"), or the CMS defaults "Quản trị"/"BBT"
    (nobody); ``Người đăng: nd_quantri`` is an account (nobody); in the text: "Tin, ảnh: X",
    "Tin: X - Ảnh: Y", a unit signing alone ("Tổ Ngữ văn - GDCD", "Tổ Văn phòng"),
    "Đinh Thị Kim Oanh (Tổ trưởng tổ Ngoại ngữ)"; sources: ``lblNguon`` "Nguồn: Phòng GD&ĐT Krông
    Pắc" and a closing "Theo Báo Đắk Lắk điện tử"; 229's "Theo kế hoạch, …" is a body sentence.
17. Widgets in the text's cell: print/font tools, "« Quay lại | Về đầu trang", the comment
    form ("Ý kiến bạn đọc", with its own submit button) and "Các tin khác" share the text's
    ``<td>``; "Xem thêm: <link>" (236) and "File đính kèm: …doc" (249) lines end the text.
    Gold: none of them is body.
18. An intro page in the article template (non-article): the menu's "Giới thiệu » Lịch sử nhà
    trường" is ``/ChiTietTin.aspx?ID=2&CatID=9``, the article template with a 2009 date, in a
    category that has no listing. Gold: in ``NON_ARTICLES``, not an article.
19. Official notice (249): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer. Gold: date of the letterhead (2026-11-30, not the posting day 02/12), signer as
    author, neither letterhead nor closing in the body, no sapo.

Gold decisions on ambiguous points
----------------------------------
- Path: the GridView's form ``/ChiTietTin.aspx?ID=n&CatID=c``; every other linked variant and the
  print view are ``alt_paths``.
- ``summary``: ``lblTomTat`` when printed (bold, its own element, the body's first paragraph);
  229 has an empty ``lblTomTat`` and a bold first paragraph in the text: that is its sapo (the
  "(ĐL) - " dateline kept as printed); 249 has none.
- Captions: the line printed with a photo (FCKeditor caption row, centred italic line after it,
  italic line after ``<br>``), enclosing parentheses taken off; an ``alt`` holding a file name is
  no caption.
- The "Tin nổi bật" thumbnails and the listing's thumbnails are not article images.
- Table rows are paragraphs, cells joined by " | " (header rows too).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet20_gridview_legacy_thcs"
PLATFORM = "ASP.NET 2.0 WebForms (VB.NET, GridView numeric pager postback, DataList, FCKeditor 2)"
START_PATH = "/"

TODAY_HEADER = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Trường THCS Nguyễn Du - Krông Pắc - Đắk Lắk"
SESSION = "ab3kx255cd0mnl45tyhzq0rj"
GRID = "ctl00$cphNoiDung$grvDanhSachTin"
PAGE_SIZE = 4

CATS = {1: "Tin tức - Sự kiện", 3: "Hoạt động chuyên môn", 5: "Công tác Đoàn - Đội"}
INTRO_CAT = 9

_SERVER_HEADERS = {
    "Server": "Microsoft-IIS/6.0",
    "X-Powered-By": "ASP.NET",
    "X-AspNet-Version": "2.0.50727",
    "Cache-Control": "private",
}


def _t(s: str) -> str:
    """Escaped text."""
    return esc(s).replace("&#x27;", "'")


# --- the articles --------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=251,
        slug="kiem-dinh",
        title=(
            "Đoàn kiểm tra của Phòng GD&ĐT Krông Pắc làm việc tại trường về công tác kiểm định "
            "chất lượng giáo dục"
        ),
        cat=1,
        published_at="2026-12-04T08:12:40+07:00",
        summary=(
            "Ngày 03/12/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo huyện Krông Pắc do ông "
            "Lê Văn Thịnh, Phó Trưởng phòng làm trưởng đoàn đã đến làm việc tại Trường THCS "
            "Nguyễn Du về công tác tự đánh giá, chuẩn bị cho đợt đánh giá ngoài kiểm định chất "
            "lượng giáo dục và công nhận trường đạt chuẩn quốc gia."
        ),
        sapo_outside=True,
        authors=["Trần Văn Quý"],
        blocks=[
            P(
                "Tiếp đoàn có cô Nguyễn Thị Minh Hằng, Hiệu trưởng nhà trường cùng các đồng chí "
                "trong Ban giám hiệu, Hội đồng tự đánh giá, tổ trưởng các tổ chuyên môn và đại "
                "diện Ban đại diện cha mẹ học sinh."
            ),
            P(
                "Tại buổi làm việc, cô Hiệu trưởng đã báo cáo tóm tắt quá trình triển khai công "
                "tác tự đánh giá theo 5 tiêu chuẩn của Thông tư 18/2018/TT-BGDĐT; việc thu thập, "
                "mã hóa minh chứng và hoàn thiện báo cáo tự đánh giá. Năm học 2025 - 2026, nhà "
                "trường có 612 học sinh với 18 lớp, tỷ lệ học sinh lên lớp đạt 98,7%, không có "
                "học sinh bỏ học."
            ),
            Img(
                "../Upload/TinTuc/2026/12/kiemdinh_01.jpg",
                "Ông Lê Văn Thịnh, Phó Trưởng phòng GD&ĐT phát biểu kết luận buổi kiểm tra",
                "Ông Lê Văn Thịnh, Phó Trưởng phòng GD&ĐT phát biểu kết luận buổi kiểm tra",
                "table",
            ),
            P(
                "Đoàn đã trực tiếp kiểm tra hồ sơ minh chứng, tham quan các phòng học bộ môn, "
                "thư viện, phòng thiết bị và khu vệ sinh của học sinh. Các thành viên trong đoàn "
                "đánh giá cao sự chuẩn bị chu đáo, khoa học của nhà trường, đặc biệt là hệ thống "
                "minh chứng được sắp xếp theo từng tiêu chí, dễ tra cứu."
            ),
            P(
                "Bên cạnh đó, đoàn cũng chỉ ra một số tồn tại cần khắc phục như: một số minh "
                "chứng còn thiếu chữ ký, đóng dấu; báo cáo ở tiêu chuẩn 3 về cơ sở vật chất cần "
                "cập nhật số liệu sau khi đưa 4 phòng học mới vào sử dụng; khuôn viên phía sau "
                "dãy nhà B cần được cải tạo, trồng thêm cây xanh."
            ),
            P(
                "Phát biểu kết luận, ông Lê Văn Thịnh đề nghị nhà trường khẩn trương hoàn thiện "
                "hồ sơ trước ngày 20/12/2026 để Phòng GD&ĐT tham mưu UBND huyện đề nghị Sở GD&ĐT "
                "tổ chức đánh giá ngoài trong học kỳ II."
            ),
            P(
                "Thay mặt tập thể sư phạm nhà trường, cô Nguyễn Thị Minh Hằng tiếp thu đầy đủ "
                "các ý kiến góp ý và cam kết sẽ chỉ đạo các bộ phận khắc phục ngay những hạn chế "
                "mà đoàn đã nêu."
            ),
        ],
        opts={
            "posted": "2026-12-04 08:12:40",
            "markup": "fck",
            "enc": "latin1",
            "thumb": "/Upload/TinTuc/Thumb/kiemdinh_01.jpg",
            "tacgia": "ThS. Trần Văn Quý (P.HT)",
        },
    ),
    Story(
        id=250,
        slug="hkpd",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat=5,
        published_at="2026-12-03T14:35:18+07:00",
        summary=(
            "Từ ngày 28/11 đến ngày 02/12/2026, Liên đội Trường THCS Nguyễn Du phối hợp với tổ "
            "Thể dục tổ chức Hội khỏe Phù Đổng cấp trường với sự tham gia của gần 300 vận động "
            "viên đến từ 18 chi đội."
        ),
        sapo_outside=True,
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        blocks=[
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: bóng đá nam, bóng chuyền nữ, cầu lông, đá "
                "cầu, cờ vua và chạy việt dã. Đây là dịp để các em học sinh rèn luyện thể lực, "
                "giao lưu học hỏi, đồng thời giúp nhà trường phát hiện, tuyển chọn vận động viên "
                "tham gia Hội khỏe Phù Đổng cấp huyện vào tháng 01/2027."
            ),
            Img(
                "/Upload/TinTuc/2026/12/HKPD_khaimac.JPG",
                "(Thầy Hoàng Minh Đức, Tổng phụ trách Đội phát biểu khai mạc Hội khỏe)",
                "Thầy Hoàng Minh Đức, Tổng phụ trách Đội phát biểu khai mạc Hội khỏe",
                "next",
            ),
            P(
                "Phát biểu khai mạc, thầy Hoàng Minh Đức nhấn mạnh ý nghĩa của phong trào “Khỏe "
                "để học tập tốt”, đồng thời nhắc nhở các vận động viên thi đấu trung thực, đoàn "
                "kết, tôn trọng trọng tài và bạn bè."
            ),
            P(
                "Trong 5 ngày tranh tài, các trận đấu diễn ra sôi nổi, hấp dẫn trong không khí cổ "
                "vũ nhiệt tình của các cổ động viên. Nhiều em học sinh đồng bào dân tộc thiểu số "
                "như em Y Khang Niê (lớp 9A3), H'Mai Ayun (lớp 8A1) đã thể hiện năng khiếu nổi "
                "bật ở môn chạy việt dã và đá cầu."
            ),
            Img(
                "/Upload/TinTuc/2026/12/HKPD_bongda.JPG",
                "Trận chung kết bóng đá nam giữa chi đội 9A1 và 9A3",
                "Trận chung kết bóng đá nam giữa chi đội 9A1 và 9A3",
                "next",
            ),
            P("Kết quả các môn thi đấu đồng đội:", "b"),
            P("Môn thi đấu | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("Bóng đá nam | 9A3 | 9A1 | 8A2", "tr"),
            P("Bóng chuyền nữ | 8A1 | 9A2 | 7A4", "tr"),
            P("Đá cầu | 7A2 | 9A3 | 6A1", "tr"),
            P(
                "Ban tổ chức đã trao 18 giải cá nhân và 9 giải đồng đội cho các vận động viên, "
                "chi đội có thành tích xuất sắc."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
        ],
        opts={
            "posted": "2026-12-03 14:35:18",
            "markup": "fck",
            "sapo_dup": True,
            "tacgia": "Quản trị",
        },
    ),
    Story(
        id=249,
        slug="thongbao-gvdg",
        title=(
            "Thông báo về việc tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027"
        ),
        cat=3,
        published_at="2026-11-30",
        authors=["Nguyễn Thị Minh Hằng"],
        blocks=[
            Raw(
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
                'width="100%" style="width:100.0%;border-collapse:collapse">'
                '<tr><td width="40%" valign="top"><p class="MsoNormal" align="center" '
                'style="text-align:center"><span style="font-size:12.0pt">PHÒNG GD&amp;ĐT KRÔNG '
                'PẮC</span></p><p class="MsoNormal" align="center" style="text-align:center"><b>'
                '<span style="font-size:12.0pt">TRƯỜNG THCS NGUYỄN DU</span></b></p>'
                '<p class="MsoNormal" align="center" style="text-align:center"><span '
                'style="font-size:12.0pt">Số: 98/TB-THCSND</span></p></td>'
                '<td width="60%" valign="top"><p class="MsoNormal" align="center" '
                'style="text-align:center"><b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ '
                'NGHĨA VIỆT NAM</span></b></p><p class="MsoNormal" align="center" '
                'style="text-align:center"><b><span style="font-size:13.0pt">Độc lập - Tự do - '
                'Hạnh phúc</span></b></p><p class="MsoNormal" align="center" '
                'style="text-align:center"><i><span style="font-size:13.0pt">Krông Pắc, ngày 30 '
                "tháng 11 năm 2026</span></i></p></td></tr></table>"
                '<p class="MsoNormal">&nbsp;</p>'
                '<p class="MsoNormal" align="center" style="text-align:center"><b><span '
                'style="font-size:14.0pt">THÔNG BÁO<o:p></o:p></span></b></p>'
                '<p class="MsoNormal" align="center" style="text-align:center"><b><span '
                'style="font-size:13.0pt">Về việc tổ chức Hội thi giáo viên dạy giỏi cấp trường '
                "năm học 2026 - 2027<o:p></o:p></span></b></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về "
                "thực hiện nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo "
                "ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục phổ thông;"
            ),
            P(
                "Trường THCS Nguyễn Du thông báo tổ chức Hội thi giáo viên dạy giỏi cấp trường "
                "năm học 2026 - 2027 như sau:"
            ),
            P("1. Đối tượng dự thi", "b"),
            P(
                "Giáo viên đang trực tiếp giảng dạy tại trường, có thời gian công tác từ 03 năm "
                "trở lên, được tổ chuyên môn giới thiệu. Mỗi tổ chuyên môn đăng ký ít nhất 02 "
                "giáo viên."
            ),
            P("2. Nội dung và hình thức thi", "b"),
            P(
                "- Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh (thời "
                "gian không quá 15 phút);"
            ),
            P(
                "- Thực hành dạy 02 tiết: 01 tiết do giáo viên tự chọn và 01 tiết do Ban tổ chức "
                "bốc thăm, báo trước 01 ngày."
            ),
            P("3. Thời gian", "b"),
            P(
                "- Hạn cuối nhận đăng ký: ngày 10/12/2026 (nộp về đồng chí Trần Văn Quý, Phó "
                "Hiệu trưởng)."
            ),
            P("- Thời gian thi: từ ngày 14/12/2026 đến ngày 25/12/2026."),
            P(
                "Nhận được thông báo này, đề nghị các tổ chuyên môn triển khai đến giáo viên "
                "trong tổ và đăng ký đúng thời gian quy định./."
            ),
            Raw(
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
                'width="100%"><tr><td width="50%" valign="top"><p class="MsoNormal"><b><i>'
                '<span style="font-size:11.0pt">Nơi nhận:</span></i></b><span '
                'style="font-size:11.0pt"><br />- Phòng GD&amp;ĐT (b/c);<br />- CB, GV, NV '
                "(t/h);<br />- Lưu: VT.</span></p></td>"
                '<td width="50%" valign="top"><p class="MsoNormal" align="center" '
                'style="text-align:center"><b><span style="font-size:13.0pt">HIỆU TRƯỞNG'
                "</span></b></p><p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">"
                "<i>(Đã ký)</i></p><p class=\"MsoNormal\" align=\"center\" "
                'style="text-align:center"><b><span style="font-size:13.0pt">Nguyễn Thị Minh '
                "Hằng</span></b></p></td></tr></table>"
            ),
            Raw(
                '<p class="MsoNormal"><b>File đính kèm:</b> <a '
                'href="/Upload/Files/MauDangKy_GVDG_2026.doc"><img src="/Images/icon_word.gif" '
                'border="0" alt="" /> MauDangKy_GVDG_2026.doc</a></p>'
            ),
        ],
        opts={"posted": "2026-12-02 09:05:12", "markup": "word", "tacgia": ""},
    ),
    Story(
        id=247,
        slug="hocbong",
        title="Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat=1,
        published_at="2026-12-01T15:20:05+07:00",
        summary=(
            "Chiều 30/11/2026, Trường THCS Nguyễn Du phối hợp với Hội Khuyến học xã Ea Phê và "
            "Công ty TNHH Cà phê Thắng Lợi tổ chức trao 25 suất học bổng “Tiếp sức đến trường” "
            "cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập."
        ),
        sapo_outside=True,
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Y Sơn Niê"],
        blocks=[
            P(
                "Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt, 01 chiếc cặp sách và 20 quyển "
                "vở, tổng trị giá gần 35 triệu đồng. Các em nhận học bổng đều là học sinh thuộc "
                "hộ nghèo, cận nghèo, mồ côi cha hoặc mẹ, trong đó có 14 em là học sinh đồng bào "
                "dân tộc Ê Đê và Tày."
            ),
            Img(
                "/Upload/TinTuc/2026/12/hocbong_01.jpg",
                "Đại diện nhà tài trợ và Ban giám hiệu trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ và Ban giám hiệu trao học bổng cho các em học sinh",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Đỗ Văn Hải, Giám đốc Công ty TNHH Cà phê Thắng Lợi "
                "cho biết đây là năm thứ 5 liên tiếp công ty đồng hành cùng nhà trường trong "
                "chương trình. Ông mong muốn những phần quà nhỏ sẽ là động lực để các em vượt "
                "qua khó khăn, tiếp tục đến trường."
            ),
            P(
                "Em H'Nhi Byă, học sinh lớp 8A3, xúc động chia sẻ: “Nhà em ở buôn Ea Kmar, bố mẹ "
                "đi làm thuê theo mùa cà phê. Có học bổng này em sẽ mua thêm sách tham khảo và cố "
                "gắng học thật tốt để không phụ lòng thầy cô”."
            ),
            Img("/Upload/TinTuc/2026/12/hocbong_02.jpg", None, None, "none"),
            P(
                "Dịp này, Ban đại diện cha mẹ học sinh nhà trường cũng vận động được 120 chiếc "
                "áo ấm để trao cho học sinh trước mùa khô hanh Tây Nguyên."
            ),
            Raw('<p align="right"><b>Tin: Lê Thị Hồng Nhung - Ảnh: Y Sơn Niê</b></p>'),
        ],
        opts={
            "posted": "2026-12-01 15:20:05",
            "updated": "2026-12-04 08:01:10",
            "markup": "fck",
            "tacgia": "BBT",
        },
    ),
    Story(
        id=244,
        slug="chuyende-nguvan",
        title=(
            "Chuyên đề “Tổ chức hoạt động đọc hiểu văn bản theo Chương trình GDPT 2018” môn "
            "Ngữ văn"
        ),
        cat=3,
        published_at="2026-11-26T16:45:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo định hướng phát triển phẩm chất, "
            "năng lực học sinh, ngày 25/11/2026, tổ Ngữ văn - GDCD Trường THCS Nguyễn Du đã tổ "
            "chức chuyên đề “Tổ chức hoạt động đọc hiểu văn bản theo Chương trình GDPT 2018”."
        ),
        sapo_outside=True,
        authors=["Tổ Ngữ văn - GDCD"],
        blocks=[
            P(
                "Tham dự chuyên đề có thầy Trần Văn Quý, Phó Hiệu trưởng phụ trách chuyên môn "
                "cùng 11 giáo viên trong tổ và giáo viên dự giờ của Trường THCS Lê Quý Đôn."
            ),
            P(
                "Chuyên đề được triển khai qua tiết dạy minh họa bài “Cô bé bán diêm” (Ngữ văn 6, "
                "bộ sách Kết nối tri thức với cuộc sống) do cô Ngô Thị Thu Hà thực hiện tại lớp "
                "6A2. Tiết dạy đã vận dụng linh hoạt các kĩ thuật dạy học tích cực:"
            ),
            P("Kĩ thuật “khăn trải bàn” trong hoạt động tìm hiểu nhân vật;", "mso"),
            P("Phiếu học tập và sơ đồ tư duy giúp học sinh tóm tắt văn bản;", "mso"),
            P("Hoạt động nhập vai, đọc diễn cảm đoạn kết của truyện.", "mso"),
            Img("/Upload/TinTuc/2026/11/DSC_0412.JPG", None, None, "word"),
            P(
                "Sau tiết dạy, các thành viên trong tổ đã thảo luận, chia sẻ kinh nghiệm về cách "
                "thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng; cách "
                "hướng dẫn học sinh liên hệ nội dung văn bản với trải nghiệm của bản thân."
            ),
            P(
                "Kết luận chuyên đề, thầy Trần Văn Quý đánh giá cao sự chuẩn bị công phu của tổ "
                "Ngữ văn - GDCD và đề nghị các tổ chuyên môn khác tiếp tục tổ chức chuyên đề theo "
                "hướng nghiên cứu bài học, lấy hoạt động học của học sinh làm trung tâm."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                "style=\"font-size:13.0pt;font-family:&quot;Times New Roman&quot;\">Tổ Ngữ văn - "
                "GDCD<o:p></o:p></span></b></p>"
            ),
        ],
        opts={"posted": "2026-11-26 16:45:00", "markup": "word", "tacgia": ""},
    ),
    Story(
        id=240,
        slug="le-20-11",
        title="LỄ KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2026)",
        cat=1,
        published_at="2026-11-20T12:15:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Phê, "
            "Ban đại diện cha mẹ học sinh cùng đông đủ cán bộ, giáo viên, nhân viên và học sinh "
            "toàn trường."
        ),
        sapo_outside=True,
        photographers=["Hoàng Minh Đức"],
        blocks=[
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng với những tiết mục ca múa đặc "
                "sắc do các em học sinh dàn dựng, trong đó có điệu múa xoang của các em học sinh "
                "Ê Đê lớp 7A3 nhận được nhiều tràng pháo tay."
            ),
            Img(
                "/Upload/TinTuc/2026/11/2011_muaxoang.jpg",
                "Tiết mục múa xoang chào mừng của học sinh lớp 7A3",
                "Tiết mục múa xoang chào mừng của học sinh lớp 7A3",
                "br",
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, cô Nguyễn Thị Minh Hằng, Hiệu "
                "trưởng nhà trường điểm lại những thành tích nổi bật của tập thể sư phạm trong "
                "năm học vừa qua: 100% giáo viên đạt chuẩn và trên chuẩn đào tạo, 06 giáo viên "
                "đạt danh hiệu giáo viên dạy giỏi cấp huyện, 27 học sinh đạt giải trong kỳ thi "
                "học sinh giỏi cấp huyện."
            ),
            P(
                "Dịp này, nhà trường đã trao Giấy khen của Chủ tịch UBND huyện Krông Pắc cho 03 "
                "giáo viên có thành tích xuất sắc trong năm học 2025 - 2026, đồng thời biểu dương "
                "12 giáo viên đạt giải trong phong trào thi đua “Hai tốt” đợt 1."
            ),
            Img("/Upload/TinTuc/2026/11/2011_khenthuong.jpg", "Ảnh: Hoàng Minh Đức", None, "br"),
            P(
                "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trâm, lớp 9A1 đã gửi lời tri "
                "ân sâu sắc đến các thầy cô giáo và hứa sẽ tiếp tục nỗ lực học tập, rèn luyện để "
                "xứng đáng với công lao dạy dỗ của thầy cô."
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, xúc động với những bó hoa tươi thắm và "
                "lời chúc tốt đẹp nhất dành cho các thầy cô giáo."
            ),
        ],
        opts={"posted": "2026-11-20 12:15:00", "markup": "br", "tacgia": "Quản trị"},
    ),
    Story(
        id=238,
        slug="olympic-ta",
        title="Kết quả Hội thi Olympic tiếng Anh cấp trường năm học 2026 - 2027",
        cat=3,
        published_at="2026-11-18T10:30:00+07:00",
        summary=(
            "Ngày 15/11/2026, tổ Ngoại ngữ Trường THCS Nguyễn Du đã tổ chức Hội thi Olympic "
            "tiếng Anh cấp trường dành cho học sinh khối 8 và khối 9 với 46 thí sinh tham dự."
        ),
        sapo_outside=True,
        authors=["Đinh Thị Kim Oanh"],
        blocks=[
            P(
                "Đề thi gồm hai phần: phần thi viết (60 phút) kiểm tra từ vựng, ngữ pháp, đọc "
                "hiểu và viết đoạn văn; phần thi nói (5 phút mỗi thí sinh) với các chủ đề gần "
                "gũi như gia đình, quê hương, lễ hội truyền thống của Tây Nguyên."
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 04 giải Ba và 06 giải "
                "Khuyến khích. Danh sách học sinh đạt giải Nhất, Nhì như sau:"
            ),
            P("TT | Họ và tên | Lớp | Điểm | Giải", "tr"),
            P("1 | Phan Gia Huy | 9A1 | 18,75 | Nhất", "tr"),
            P("2 | Trần Ngọc Khánh Linh | 9A2 | 17,50 | Nhì", "tr"),
            P("3 | H'Yâm Mlô | 8A1 | 17,25 | Nhì", "tr"),
            P(
                "Các em đạt giải sẽ được bồi dưỡng để tham gia Hội thi Olympic tiếng Anh cấp "
                "huyện dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><em>Đinh Thị Kim Oanh (Tổ trưởng tổ Ngoại ngữ)'
                "</em></p>"
            ),
        ],
        opts={"posted": "2026-11-18 10:30:00", "markup": "fck", "tacgia": "Quản trị"},
    ),
    Story(
        id=236,
        slug="duoi-nuoc",
        title="Tuyên truyền phòng, chống đuối nước và bảo đảm an toàn giao thông cho học sinh",
        cat=1,
        published_at="2026-11-13T07:50:21+07:00",
        summary=(
            "Sáng 12/11/2026, Trường THCS Nguyễn Du phối hợp với Công an xã Ea Phê tổ chức buổi "
            "tuyên truyền phòng, chống đuối nước và bảo đảm trật tự an toàn giao thông cho hơn "
            "600 học sinh toàn trường."
        ),
        sapo_outside=True,
        source="Phòng GD&ĐT Krông Pắc",
        blocks=[
            P(
                "Tại buổi tuyên truyền, Thượng úy Võ Thanh Tùng, Phó Trưởng Công an xã đã thông "
                "tin về tình hình tai nạn giao thông liên quan đến học sinh trên địa bàn huyện "
                "Krông Pắc trong 10 tháng năm 2026, trong đó nhiều vụ việc do học sinh chưa đủ "
                "tuổi điều khiển xe mô tô, không đội mũ bảo hiểm."
            ),
            P(
                "Các em cũng được hướng dẫn kỹ năng nhận biết những khu vực nguy hiểm như ao, hồ, "
                "đập thủy lợi, hố sâu ở các công trình; cách xử lý khi gặp người bị đuối nước và "
                "cách sơ cứu ban đầu."
            ),
            Img(
                "/Upload/TinTuc/2026/11/socuu_duoinuoc.jpg",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
                "table",
            ),
            P(
                "Nhà trường đề nghị cha mẹ học sinh tăng cường quản lý con em ngoài giờ học, "
                "không giao xe máy cho con khi chưa đủ tuổi, đặc biệt vào mùa mưa khi nước ở các "
                "hồ Ea Kmar, Ea Yiêng dâng cao."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="http://krongpac.daklak.gov.vn/tin-tuc/'
                'phong-chong-duoi-nuoc-tre-em.html" target="_blank">Huyện Krông Pắc triển khai '
                "các giải pháp phòng, chống đuối nước trẻ em</a></p>"
            ),
        ],
        opts={
            "posted": "2026-11-13 07:50:21",
            "markup": "fck",
            "tacgia": "BBT",
            "nguon": "Phòng GD&ĐT Krông Pắc",
        },
    ),
    Story(
        id=234,
        slug="kehoachnho",
        title="Liên đội THCS Nguyễn Du ra quân thu gom giấy vụn gây quỹ “Kế hoạch nhỏ”",
        cat=5,
        published_at="2026-11-08T15:02:47+07:00",
        summary=(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, sáng thứ Bảy ngày "
            "07/11/2026, Liên đội Trường THCS Nguyễn Du đã tổ chức cho 18 chi đội ra quân thu gom "
            "giấy vụn, vỏ lon và chai nhựa."
        ),
        sapo_outside=True,
        authors=["Lê Thị Hồng Nhung"],
        photographers=["H'Lan Êban"],
        blocks=[
            P(
                "Ngay từ đầu tháng 10, Ban chỉ huy Liên đội đã phát động đến từng chi đội, khuyến "
                "khích các em tận dụng giấy, vở cũ, vỏ hộp sữa, chai nhựa đã qua sử dụng tại gia "
                "đình để mang đến trường. Mỗi chi đội được giao chỉ tiêu tối thiểu 40 kg giấy vụn."
            ),
            Img(
                "../Upload/TinTuc/2026/11/khn_01.jpg",
                "Các chi đội cân, ghi nhận số giấy vụn thu gom được",
                "Các chi đội cân, ghi nhận số giấy vụn thu gom được",
                "table",
            ),
            P(
                "Kết thúc buổi ra quân, toàn Liên đội đã thu gom được 1.126 kg giấy vụn và hơn "
                "300 kg vỏ lon, chai nhựa. Chi đội 7A1 dẫn đầu với 96 kg, tiếp theo là chi đội "
                "9A2 và 6A3."
            ),
            Img(
                "../Upload/TinTuc/2026/11/khn_02.jpg",
                "Chi đội 7A1 dẫn đầu phong trào với 96 kg giấy vụn",
                "Chi đội 7A1 dẫn đầu phong trào với 96 kg giấy vụn",
                "table",
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ được Liên đội dùng để hỗ trợ các bạn "
                "học sinh có hoàn cảnh khó khăn mua áo ấm, sách vở và tặng quà cho các em nhân "
                "dịp Tết Nguyên đán Đinh Mùi 2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Thị Hồng Nhung - Ảnh: H\'Lan '
                "Êban</strong></p>"
            ),
        ],
        opts={"posted": "2026-11-08 15:02:47", "markup": "fck", "enc": "latin1", "tacgia": ""},
    ),
    Story(
        id=232,
        slug="nghiencuubaihoc",
        title="Tổ Toán - Tin sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
        cat=3,
        published_at="2026-11-05T14:10:30+07:00",
        summary=(
            "Chiều ngày 04/11/2026, tổ Toán - Tin Trường THCS Nguyễn Du tổ chức buổi sinh hoạt "
            "chuyên môn theo hướng nghiên cứu bài học với tiết dạy minh họa bài “Định lí "
            "Pythagore và ứng dụng” tại lớp 8A2."
        ),
        sapo_outside=True,
        authors=["Phạm Quốc Bảo"],
        blocks=[
            P(
                "Tiết dạy do thầy Lê Hữu Phước thực hiện. Trước đó, cả tổ đã cùng nhau thảo "
                "luận, xây dựng kế hoạch bài dạy, dự kiến những khó khăn học sinh có thể gặp phải "
                "và cách hỗ trợ kịp thời."
            ),
            Img(
                "/Upload/TinTuc/2026/11/sinhhoatcm_toan.jpg",
                "Thầy Lê Hữu Phước hướng dẫn học sinh lớp 8A2 đo đạc, kiểm chứng định lí bằng "
                "mô hình",
                "Thầy Lê Hữu Phước hướng dẫn học sinh lớp 8A2 đo đạc, kiểm chứng định lí bằng "
                "mô hình",
                "table",
            ),
            P(
                "Điểm mới của buổi sinh hoạt là giáo viên dự giờ không tập trung nhận xét người "
                "dạy mà quan sát quá trình học của từng nhóm học sinh: em nào tích cực, em nào "
                "còn lúng túng, nguyên nhân vì sao và cần điều chỉnh gì ở hoạt động học."
            ),
            P(
                "Qua thảo luận, tổ thống nhất điều chỉnh phiếu học tập số 2 theo hướng chia nhỏ "
                "nhiệm vụ, bổ sung hình ảnh trực quan, đồng thời tăng thời gian cho hoạt động vận "
                "dụng thực tế như tính khoảng cách, chiều cao của các vật quen thuộc trong sân "
                "trường."
            ),
            P(
                "Buổi sinh hoạt chuyên môn đã giúp các giáo viên trong tổ có thêm kinh nghiệm "
                "trong việc thiết kế hoạt động học và quan sát học sinh, góp phần nâng cao chất "
                "lượng dạy học môn Toán của nhà trường."
            ),
        ],
        opts={
            "posted": "2026-11-05 14:10:30",
            "markup": "fck",
            "thumb": "/Upload/TinTuc/Thumb/sinhhoatcm_toan.jpg",
            "tacgia": "Phạm Quốc Bảo - TTCM",
        },
    ),
    Story(
        id=229,
        slug="trongcay",
        title="Ra quân vệ sinh môi trường, trồng cây xanh trong khuôn viên nhà trường",
        cat=1,
        published_at="2026-10-30T09:40:00+07:00",
        summary=(
            "(ĐL) - Ngày 29/10, Trường THCS Nguyễn Du (huyện Krông Pắc) tổ chức ra quân vệ sinh "
            "môi trường và trồng 120 cây xanh trong khuôn viên trường, hướng tới xây dựng trường "
            "học “Xanh - Sạch - Đẹp - An toàn”."
        ),
        authors=["Minh Thuận"],
        source="Báo Đắk Lắk điện tử",
        blocks=[
            P(
                "(ĐL) - Ngày 29/10, Trường THCS Nguyễn Du (huyện Krông Pắc) tổ chức ra quân vệ "
                "sinh môi trường và trồng 120 cây xanh trong khuôn viên trường, hướng tới xây "
                "dựng trường học “Xanh - Sạch - Đẹp - An toàn”.",
                "lead",
            ),
            P(
                "Tham gia buổi ra quân có toàn thể cán bộ, giáo viên, nhân viên, Ban đại diện "
                "cha mẹ học sinh và hơn 500 học sinh của trường. Các lực lượng đã dọn dẹp cỏ "
                "dại, khơi thông cống rãnh, thu gom rác thải quanh khuôn viên và tuyến đường vào "
                "trường."
            ),
            P(
                "Theo kế hoạch, số cây xanh được trồng gồm bằng lăng, sao đen, phượng vĩ và muồng "
                "hoàng yến do Ban đại diện cha mẹ học sinh và các nhà hảo tâm trên địa bàn xã Ea "
                "Phê ủng hộ. Mỗi lớp sẽ nhận chăm sóc ít nhất 05 cây trong suốt năm học."
            ),
            Img(
                "/Upload/TinTuc/2026/10/trongcay_sansau.jpg",
                "Học sinh trồng cây xanh tại khu vực sân sau của trường",
                "Học sinh trồng cây xanh tại khu vực sân sau của trường",
                "next",
            ),
            P(
                "Thầy Trần Văn Quý, Phó Hiệu trưởng nhà trường cho biết, đây là hoạt động thường "
                "xuyên nhằm giáo dục ý thức bảo vệ môi trường cho học sinh, đồng thời tạo cảnh "
                "quan xanh, mát cho các em vui chơi trong giờ ra chơi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Minh Thuận</strong></p>'
                '<p style="text-align: right;"><em>Theo Báo Đắk Lắk điện tử</em></p>'
            ),
        ],
        opts={"posted": "2026-10-30 09:40:00", "markup": "fck", "tacgia": ""},
    ),
    Story(
        id=225,
        slug="hoithao-cntt",
        title=(
            "Hội thảo “Ứng dụng công nghệ thông tin và trí tuệ nhân tạo trong đổi mới phương "
            "pháp dạy học”"
        ),
        cat=3,
        published_at="2026-10-22T16:05:33+07:00",
        summary=(
            "Ngày 21/10/2026, Trường THCS Nguyễn Du tổ chức hội thảo chuyên đề “Ứng dụng công "
            "nghệ thông tin và trí tuệ nhân tạo trong đổi mới phương pháp dạy học” với sự tham "
            "gia của 42 cán bộ, giáo viên toàn trường."
        ),
        sapo_outside=True,
        authors=["Trần Văn Quý"],
        blocks=[
            P(
                "Hội thảo được tổ chức nhằm triển khai Kế hoạch chuyển đổi số trong giáo dục của "
                "Phòng GD&ĐT Krông Pắc, giúp giáo viên tiếp cận những công cụ mới, khai thác hiệu "
                "quả hệ thống học liệu số và phần mềm quản lý trường học."
            ),
            P("Các tham luận tại hội thảo", "b"),
            P(
                "- Cô Nguyễn Thị Thanh Xuân (tổ Khoa học tự nhiên) chia sẻ kinh nghiệm sử dụng "
                "phòng thí nghiệm ảo trong dạy học Vật lí 9;"
            ),
            P(
                "- Thầy Lê Hữu Phước (tổ Toán - Tin) giới thiệu cách dùng phần mềm GeoGebra để "
                "dạy hình học không gian;"
            ),
            P(
                "- Cô Đinh Thị Kim Oanh (tổ Ngoại ngữ) trình bày việc sử dụng công cụ trí tuệ "
                "nhân tạo hỗ trợ luyện phát âm tiếng Anh cho học sinh."
            ),
            Img("/Upload/TinTuc/2026/10/hoithao_cntt.jpg", None, None, "none"),
            P(
                "Bên cạnh những lợi ích, các đại biểu cũng thẳng thắn trao đổi về những khó khăn "
                "như đường truyền internet chưa ổn định, một số học sinh vùng sâu chưa có thiết "
                "bị học tập, nguy cơ học sinh lạm dụng công cụ trí tuệ nhân tạo để làm bài tập."
            ),
            P(
                "Kết luận hội thảo, thầy Trần Văn Quý đề nghị mỗi tổ chuyên môn xây dựng ít nhất "
                "02 bài giảng điện tử mẫu trong học kỳ I, đồng thời tăng cường hướng dẫn học sinh "
                "sử dụng công nghệ an toàn, có trách nhiệm."
            ),
        ],
        opts={
            "posted": "2026-10-22 16:05:33",
            "markup": "fck",
            "enc": "nfd",
            "tacgia": "ThS. Trần Văn Quý",
        },
    ),
    Story(
        id=221,
        slug="hoinghi-vc",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat=1,
        published_at="2026-10-16",
        summary=(
            "Ngày 15/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 - 2027. Đến dự hội nghị có đại diện Công đoàn ngành Giáo dục huyện "
            "Krông Pắc và 48/50 cán bộ, giáo viên, nhân viên của nhà trường."
        ),
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm "
                "học 2026 - 2027; báo cáo công khai tài chính, kết quả thực hiện quy chế dân chủ "
                "ở cơ sở và hoạt động của Ban Thanh tra nhân dân."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường phấn đấu duy trì sĩ số đạt 99,5%, tỷ lệ học sinh "
                "tốt nghiệp THCS đạt 100%, có ít nhất 25 học sinh đạt giải học sinh giỏi cấp "
                "huyện và hoàn thành hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia mức độ 1."
            ),
            Img(
                "/Upload/TinTuc/2026/10/hnvc_bieuquyet.jpg",
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
                "table",
            ),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết "
                "về việc sửa đổi quy chế chi tiêu nội bộ, quy chế thi đua khen thưởng và các giải "
                "pháp nâng cao chất lượng dạy học."
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 thành viên, "
                "ký kết giao ước thi đua giữa các tổ chuyên môn và thông qua Nghị quyết hội nghị "
                "với 100% đại biểu tán thành."
            ),
            Raw('<p align="right"><b>Tổ Văn phòng</b></p>'),
        ],
        opts={"posted": "2026-10-16 00:00:00", "markup": "fck", "tacgia": ""},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: the intro page the menu reaches through the article template (a non-article)
INTRO = Story(
    id=2,
    slug="gioithieu",
    title="Giới thiệu chung về Trường THCS Nguyễn Du",
    cat=INTRO_CAT,
    published_at=None,
    blocks=[
        P(
            "Trường THCS Nguyễn Du được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Ea "
            "Phê, đóng tại thôn 3, xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk."
        ),
        P(
            "Trải qua hơn 10 năm xây dựng và phát triển, nhà trường có 18 lớp với hơn 650 học "
            "sinh, trong đó gần 30% là học sinh đồng bào dân tộc thiểu số. Đội ngũ cán bộ, giáo "
            "viên, nhân viên gồm 46 người, 100% đạt chuẩn về trình độ đào tạo."
        ),
        P(
            "Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động tiên tiến, Chi bộ đạt trong "
            "sạch vững mạnh, Liên đội đạt danh hiệu Liên đội mạnh cấp tỉnh."
        ),
    ],
    opts={"posted": "2009-09-15 10:20:33", "markup": "fck", "tacgia": "Quản trị"},
)


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["posted"], reverse=True)


def _pages(cat: int) -> int:
    return max(1, -(-len(_cat_stories(cat)) // PAGE_SIZE))


#: home "Tin mới cập nhật": the 5 newest postings, linked ?CatID=c&ID=n
NEWEST = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)[:5]
#: home "Tin nổi bật": output-cached DataList, links with a cookieless session id and ID alone
FEATURED = [250, 240, 221]
#: sidebar "Tin xem nhiều": lower-case links
MOST_READ = [240, 238, 247]


def canonical(s: Story) -> str:
    return f"/ChiTietTin.aspx?ID={s.id}&CatID={s.cat}"


def swapped(s: Story) -> str:
    return f"/ChiTietTin.aspx?CatID={s.cat}&ID={s.id}"


def lowered(s: Story) -> str:
    return f"/chitiettin.aspx?id={s.id}&catid={s.cat}"


def featured_link(s: Story) -> str:
    return f"/(S({SESSION}))/ChiTietTin.aspx?ID={s.id}"


def print_link(s: Story) -> str:
    return f"/InTin.aspx?ID={s.id}"


# --- dates as the platform prints them -------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S")


def vi_vn(value: str) -> str:
    """DateTime.ToString() in the vi-VN culture: dd/MM/yyyy h:mm:ss tt (SA/CH)."""
    d = _dt(value)
    h12 = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {h12}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def en_us(value: str) -> str:
    """DateTime.ToString() in the en-US culture of the print view: M/d/yyyy h:mm:ss tt."""
    d = _dt(value)
    h12 = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h12}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"


def day_only(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


# --- text encodings of the stored text --------------------------------------------------------

_FCK_SPECIAL = {"‘": "lsquo", "’": "rsquo", "“": "ldquo", "”": "rdquo", "–": "ndash", "—": "mdash"}


def fck_entities(markup: str) -> str:
    """FCKeditor 2's ProcessHTMLEntities + IncludeLatinEntities: Latin-1 letters and typographic
    punctuation as named entities, every other Vietnamese letter left as raw UTF-8."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        elif ch in _FCK_SPECIAL:
            out.append(f"&{_FCK_SPECIAL[ch]};")
        else:
            out.append(ch)
    return "".join(out)


def _encode(markup: str, mode: str) -> str:
    if mode == "latin1":
        return fck_entities(markup)
    if mode == "nfd":
        return unicodedata.normalize("NFD", markup)
    return markup


# --- the article text as each editor stored it ------------------------------------------------

_WORD_STYLE = (
    "<style>\n<!--\n /* Style Definitions */\n table.MsoNormalTable\n\t{mso-style-name:\"Table "
    'Normal";\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n\tmso-style-noshow:yes;'
    '\n\tmso-style-parent:"";\n\tmso-padding-alt:0in 5.4pt 0in 5.4pt;\n\tmso-para-margin:0in;\n\t'
    'font-size:10.0pt;\n\tfont-family:"Times New Roman";}\n-->\n</style>'
    "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Normal</w:View>\n  <w:Zoom>0</w:Zoom>"
    "\n  <w:Compatibility>\n   <w:BreakWrappingTable/>\n  </w:Compatibility>\n </w:WordDocument>\n"
    "</xml><![endif]-->"
)


def _img_tag(img: Img, width: int = 500) -> str:
    alt = img.src.rsplit("/", 1)[-1] if img.style in ("none", "word") else ""
    return (
        f'<img alt="{esc(alt)}" src="{esc(img.src)}" '
        f'style="width: {width}px; height: {width * 2 // 3}px;" border="0" />'
    )


def _render_img(img: Img, markup: str) -> str:
    line = _t(img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width: 500px;"><tbody><tr><td>'
            + _img_tag(img)
            + '</td></tr><tr><td style="text-align: center;"><span style="font-size: 11px;">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}</p>'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "br":
        inner = _img_tag(img, 480) + (f"<br />\n<i>{line}</i>" if line else "")
        return f'<div align="center">{inner}</div>'
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span '
            f'style="font-size:13.0pt">{_img_tag(img, 480)}</span><o:p></o:p></p>'
        )
    return f'<p style="text-align: center;">{_img_tag(img)}</p>'


def _render_p(p: P, markup: str) -> str:
    body = _t(p.text)
    if p.style == "b":
        if markup == "word":
            return f'<p class="MsoNormal" style="text-align:justify"><b><span>{body}</span></b></p>'
        return f"<p><strong>{body}</strong></p>"
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-left:.5in;text-align:justify;text-indent:-.25in;'
            'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-size:13.0pt;'
            'mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;'
            f"&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span style=\"font-size:13.0pt\">"
            f"{body}<o:p></o:p></span></p>"
        )
    if markup == "word":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:.5in"><span '
            "style=\"font-size:13.0pt;font-family:&quot;Times New Roman&quot;\">"
            f"{body}<o:p></o:p></span></p>"
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _render_rows(rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse;" '
           'width="100%"><tbody>']
    for i, row in enumerate(rows):
        cells = row.text.split(" | ")
        if i == 0:
            out.append("<tr>" + "".join(
                f'<td style="text-align: center;"><strong>{_t(c)}</strong></td>' for c in cells
            ) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{_t(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render_text(s: Story) -> str:
    """The stored text (lblNoiDung's content) with the editor's and the encoding's quirks."""
    markup = s.opts.get("markup", "fck")
    parts: list[str] = []
    if markup == "word":
        parts.append(_WORD_STYLE)
    if s.opts.get("sapo_dup") and s.summary:
        parts.append(f'<p style="text-align: justify;"><strong>{_t(s.summary)}</strong></p>')
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                rows.append(blocks[i])
                i += 1
            parts.append(_render_rows(rows))
            continue
        if markup == "br" and isinstance(b, P):
            chunk = []
            while i < len(blocks) and isinstance(blocks[i], P):
                chunk.append(_t(blocks[i].text))
                i += 1
            parts.append(
                '<div style="text-align: justify;"><font face="Times New Roman" size="3">'
                + "<br />\n<br />\n".join(chunk)
                + "</font></div>"
            )
            continue
        if isinstance(b, P):
            parts.append(_render_p(b, markup))
        elif isinstance(b, Img):
            parts.append(_render_img(b, markup))
        else:
            parts.append(b.html)
        i += 1
    return _encode("\n".join(parts), s.opts.get("enc", ""))


# --- the page around it ---------------------------------------------------------------------


def _state(key: str) -> tuple[str, str]:
    """(__VIEWSTATE, __EVENTVALIDATION) printed for one page state."""
    return (
        opaque("vs|" + key, 1500, prefix=b"\xff\x01\x0f\x0f\x05\x0a"),
        opaque("ev|" + key, 60, prefix=b"\xff\x01\x16"),
    )


def _menu() -> str:
    """asp:Menu (ASP.NET 2.0) rendering: tables, Menu_HoverStatic, hidden sub-menu divs."""
    top = [
        ("/Default.aspx", "Trang chủ", None),
        ("/ChiTietTin.aspx?ID=2&CatID=9", "Giới thiệu", "n1"),
        ("/DanhSachTin.aspx?CatID=1", "Tin tức", "n2"),
        ("/DanhSachTin.aspx?CatID=3", "Chuyên môn", "n3"),
        ("/VanBan.aspx", "Văn bản", None),
        ("/ThuVienAnh.aspx", "Thư viện ảnh", None),
        ("/LienHe.aspx", "Liên hệ", None),
    ]
    subs = {
        "n1": [
            ("/ChiTietTin.aspx?ID=2&CatID=9", "Lịch sử nhà trường"),
            ("/ThoiKhoaBieu.aspx", "Thời khóa biểu"),
        ],
        "n2": [
            ("/DanhSachTin.aspx?CatID=1", CATS[1]),
            ("/DanhSachTin.aspx?CatID=5", CATS[5]),
        ],
        "n3": [
            ("/DanhSachTin.aspx?CatID=3", CATS[3]),
            ("/ThoiKhoaBieu.aspx", "Thời khóa biểu"),
        ],
    }
    cells = []
    for i, (href, label, sub) in enumerate(top):
        popout = (
            '<td style="width:0;"><img src="/WebResource.axd?d=YG7p2Wb9Kx0oNvEVEG2-Yw2&amp;'
            't=633802459380000000" alt="Expand" style="border-style:none;vertical-align:middle;" '
            "/></td>"
            if sub
            else ""
        )
        cells.append(
            f'<td onmouseover="Menu_HoverStatic(this)" onmouseout="Menu_Unhover(this)" '
            f'onkeyup="Menu_Key(this)" id="ctl00_ucMenu_mnuChinhn{i}"><table cellpadding="0" '
            'cellspacing="0" border="0" width="100%"><tr><td style="white-space:nowrap;">'
            f'<a class="ctl00_ucMenu_mnuChinh_1" href="{esc(href)}">{_t(label)}</a></td>{popout}'
            '</tr></table></td><td style="width:3px;"></td>'
        )
    divs = []
    for key, items in subs.items():
        rows = "".join(
            f'<tr onmouseover="Menu_HoverDynamic(this)" onmouseout="Menu_Unhover(this)" '
            f'onkeyup="Menu_Key(this)" id="ctl00_ucMenu_mnuChinh{key}i{j}"><td><table '
            'cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td '
            'style="white-space:nowrap;width:100%;"><a class="ctl00_ucMenu_mnuChinh_1 '
            f'ctl00_ucMenu_mnuChinh_3" href="{esc(h)}">{_t(t)}</a></td></tr></table></td></tr>'
            for j, (h, t) in enumerate(items)
        )
        divs.append(
            f'<div id="ctl00_ucMenu_mnuChinh{key}Items" class="ctl00_ucMenu_mnuChinh_0">'
            f'<table border="0" cellpadding="0" cellspacing="0">{rows}</table>'
            '<div class="ctl00_ucMenu_mnuChinh_0"></div></div>'
        )
    return (
        '<a href="#ctl00_ucMenu_mnuChinh_SkipLink"><img alt="Skip Navigation Links" '
        'src="/WebResource.axd?d=YG7p2Wb9Kx0oNvEVEG2-Yw2&amp;t=633802459380000000" width="0" '
        'height="0" style="border-width:0px;" /></a><table id="ctl00_ucMenu_mnuChinh" '
        'class="ctl00_ucMenu_mnuChinh_2" cellpadding="0" cellspacing="0" border="0"><tr>'
        + "".join(cells)
        + "</tr></table>"
        + "".join(divs)
        + '<a id="ctl00_ucMenu_mnuChinh_SkipLink"></a>'
    )


def _left_column() -> str:
    cats = "".join(
        f'<tr><td class="menu_doc"><img src="/Images/arrow.gif" alt="" /> '
        f'<a href="/DanhSachTin.aspx?CatID={c}">{_t(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    most = "".join(
        f'<tr><td class="tin_xn"><img src="/Images/dot.gif" alt="" /> <a href="{esc(lowered(BY_ID[i]))}">'
        f"{_t(BY_ID[i].title)}</a></td></tr>"
        for i in MOST_READ
    )
    return f"""
<table width="200" border="0" cellpadding="0" cellspacing="0">
<tr><td class="khung_trai_td"><img src="/Images/ico_dm.gif" alt="" /> DANH MỤC</td></tr>
{cats}
<tr><td class="menu_doc"><img src="/Images/arrow.gif" alt="" /> <a href="/VanBan.aspx">Văn bản - Công văn</a></td></tr>
<tr><td class="menu_doc"><img src="/Images/arrow.gif" alt="" /> <a href="/ThoiKhoaBieu.aspx">Thời khóa biểu</a></td></tr>
</table>
<br />
<table width="200" border="0" cellpadding="0" cellspacing="0">
<tr><td class="khung_trai_td"><img src="/Images/ico_xn.gif" alt="" /> TIN XEM NHIỀU</td></tr>
{most}
</table>
<br />
<table width="200" border="0" cellpadding="0" cellspacing="0">
<tr><td class="khung_trai_td">LIÊN KẾT WEBSITE</td></tr>
<tr><td align="center"><select name="ctl00$ucTrai$ddlLienKet" id="ctl00_ucTrai_ddlLienKet" onchange="if(this.value!='')window.open(this.value);" style="width:190px;">
<option selected="selected" value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="http://pgdkrongpac.edu.vn">Phòng GD&amp;ĐT Krông Pắc</option>
<option value="http://violet.vn">Thư viện Violet</option>
</select></td></tr>
<tr><td align="center"><a href="http://truonghocketnoi.edu.vn" target="_blank"><img src="/Images/banner_thkn.gif" alt="Trường học kết nối" width="190" border="0" /></a></td></tr>
</table>"""


def _right_column(message: str = "") -> str:
    note = f'<div class="tb_binhchon">{_t(message)}</div>' if message else ""
    return f"""
<table width="190" border="0" cellpadding="0" cellspacing="0">
<tr><td class="khung_phai_td">THĂM DÒ Ý KIẾN</td></tr>
<tr><td class="binhchon">Theo bạn, website nhà trường cần bổ sung nội dung gì?{note}
<table id="ctl00_ucPhai_rblBinhChon" border="0">
<tr><td><input id="ctl00_ucPhai_rblBinhChon_0" type="radio" name="ctl00$ucPhai$rblBinhChon" value="1" /><label for="ctl00_ucPhai_rblBinhChon_0">Tài liệu ôn tập</label></td></tr>
<tr><td><input id="ctl00_ucPhai_rblBinhChon_1" type="radio" name="ctl00$ucPhai$rblBinhChon" value="2" /><label for="ctl00_ucPhai_rblBinhChon_1">Thời khóa biểu, lịch thi</label></td></tr>
<tr><td><input id="ctl00_ucPhai_rblBinhChon_2" type="radio" name="ctl00$ucPhai$rblBinhChon" value="3" /><label for="ctl00_ucPhai_rblBinhChon_2">Kết quả học tập của học sinh</label></td></tr>
</table>
<input type="submit" name="ctl00$ucPhai$btnBinhChon" value="Bình chọn" id="ctl00_ucPhai_btnBinhChon" class="nut" />
<input type="submit" name="ctl00$ucPhai$btnXemKQ" value="Xem kết quả" id="ctl00_ucPhai_btnXemKQ" class="nut" />
</td></tr>
</table>
<br />
<table width="190" border="0" cellpadding="0" cellspacing="0">
<tr><td class="khung_phai_td">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="thongke">
<img src="/Images/online.gif" alt="" /> Đang online: <span id="ctl00_ucPhai_lblOnline">14</span><br />
<img src="/Images/homnay.gif" alt="" /> Hôm nay: <span id="ctl00_ucPhai_lblHomNay">263</span><br />
<img src="/Images/tong.gif" alt="" /> Tổng truy cập: <span id="ctl00_ucPhai_lblTong">1.284.517</span>
</td></tr>
</table>
<br />
<a href="http://thi.moet.gov.vn" target="_blank"><img src="/Images/qc_vioedu.jpg" width="190" border="0" alt="Sân chơi trí tuệ" /></a><br />
<a href="http://www.edu.net.vn" target="_blank"><img src="/Images/qc_edunet.gif" width="190" border="0" alt="Edu.net" /></a>"""


def master(
    request: Request,
    content: str,
    *,
    state_key: str,
    action: str,
    left: bool = True,
    right_message: str = "",
    script: str = "",
) -> Response:
    """The master page (MasterPage.master) around a content placeholder."""
    viewstate, validation = _state(state_key)
    left_html = _left_column() if left else ""
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" >
<head><title>
	{SITE_TITLE}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="THCS Nguyễn Du, Krông Pắc, Đắk Lắk, giáo dục" /><link href="/App_Themes/MacDinh/StyleSheet.css" type="text/css" rel="stylesheet" /><script language="javascript" type="text/javascript" src="/js/chung.js"></script><style type="text/css">
	.ctl00_ucMenu_mnuChinh_0 {{ background-color:white;visibility:hidden;display:none;position:absolute;left:0px;top:0px; }}
	.ctl00_ucMenu_mnuChinh_1 {{ text-decoration:none; }}
	.ctl00_ucMenu_mnuChinh_2 {{  }}
	.ctl00_ucMenu_mnuChinh_3 {{ color:White;font-weight:bold; }}

</style></head>
<body topmargin="0" leftmargin="0">
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633802459380000000" type="text/javascript"></script>
{script}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" style="background-color:#FFFFFF">
  <tr>
    <td colspan="3" class="dau_trang">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr>
          <td width="160" align="center"><a href="/Default.aspx"><img src="/Images/logo_nguyendu.png" width="110" height="110" border="0" alt="Logo" /></a></td>
          <td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="820" height="130">
            <param name="movie" value="/Images/banner_nguyendu.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
            <embed src="/Images/banner_nguyendu.swf" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="820" height="130"></embed>
          </object></td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="thanh_menu">{_menu()}</td>
  </tr>
  <tr>
    <td colspan="3" class="thanh_ngay">
      <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
        <td width="200">&nbsp;<span id="ctl00_ucDau_lblNgay">{TODAY_HEADER}</span></td>
        <td><marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="2" direction="left">
          <img src="/Images/new.gif" alt="" /> Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 &nbsp;&nbsp;&nbsp;
          <img src="/Images/new.gif" alt="" /> <a href="/ChiTietVanBan.aspx?ID=15">Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</a>
        </marquee></td>
        <td width="230" align="right">
          <input name="ctl00$ucDau$txtTuKhoa" type="text" id="ctl00_ucDau_txtTuKhoa" class="o_timkiem" style="width:140px;" />
          <input type="submit" name="ctl00$ucDau$btnTimKiem" value="Tìm" id="ctl00_ucDau_btnTimKiem" class="nut" />&nbsp;
        </td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="cot_trai">{left_html}</td>
    <td valign="top" class="cot_giua">
{content}
    </td>
    <td width="190" valign="top" class="cot_phai">{_right_column(right_message)}</td>
  </tr>
  <tr>
    <td colspan="3" class="chan_trang" align="center">
      <b>TRƯỜNG THCS NGUYỄN DU - HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK</b><br />
      Địa chỉ: Thôn 3, xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk - Điện thoại: (0262) 3521 468 - Email: thcsnguyendu.krongpac@gmail.com<br />
      Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Minh Hằng<br />
      Bản quyền &copy; 2009 Trường THCS Nguyễn Du. Thiết kế bởi <a href="http://bmsoft.com.vn" target="_blank">BMSoft - Công ty TNHH Tin học Ban Mê</a>
    </td>
  </tr>
</table>

<div>

	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>

<script type="text/javascript">
//<![CDATA[
var ctl00_ucMenu_mnuChinh_Data = new Object();
ctl00_ucMenu_mnuChinh_Data.disappearAfter = 500;
ctl00_ucMenu_mnuChinh_Data.horizontalOffset = 0;
ctl00_ucMenu_mnuChinh_Data.verticalOffset = 0;
//]]>
</script>
</form>
</body>
</html>
"""
    return html(body, headers=dict(_SERVER_HEADERS))


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung_giua">'
        f'<tr><td class="tieude_khung"><img src="/Images/ico_tieude.gif" alt="" /> {title}</td></tr>'
        f'<tr><td class="noidung_khung">{inner}</td></tr></table>'
    )


def _breadcrumb(label: str | None, cat: int | None = None) -> str:
    crumb = '<div class="duongdan">Bạn đang ở: <a href="/Default.aspx">Trang chủ</a>'
    if label and cat:
        crumb += f' &raquo; <a href="/DanhSachTin.aspx?CatID={cat}">{_t(label)}</a>'
    elif label:
        crumb += f" &raquo; {_t(label)}"
    return crumb + "</div>"


def _listing_title(title: str) -> str:
    """VB: If Len(TieuDe) > 90 Then Left(TieuDe, 87) & "..." """
    return title if len(title) <= 90 else title[:87] + "..."


def _thumb(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    name = img.src.rsplit("/", 1)[-1] if img else "no_image.jpg"
    return f"/Upload/TinTuc/Thumb/{name}"


# --- pages -------------------------------------------------------------------------------------


def home(request: Request, message: str = "") -> Response:
    feat_cells = "".join(
        '<td valign="top" align="center" style="width:33%;">'
        f'<a id="ctl00_cphNoiDung_ucTinNoiBat_dlTinNoiBat_ctl0{i}_hplAnh" href="{esc(featured_link(BY_ID[n]))}">'
        f'<img src="{esc(_thumb(BY_ID[n]))}" class="anh_nb" width="150" height="105" border="0" /></a><br />'
        f'<a id="ctl00_cphNoiDung_ucTinNoiBat_dlTinNoiBat_ctl0{i}_hplTieuDe" class="tieude_nb" '
        f'href="{esc(featured_link(BY_ID[n]))}">{_t(BY_ID[n].title)}</a></td>'
        for i, n in enumerate(FEATURED)
    )
    featured = (
        '<table id="ctl00_cphNoiDung_ucTinNoiBat_dlTinNoiBat" cellspacing="0" border="0" '
        f'style="width:100%;border-collapse:collapse;"><tr>{feat_cells}</tr></table>'
    )
    newest = "<ul class=\"ds_tinmoi\">" + "".join(
        f'<li><a href="{esc(swapped(s))}">{_t(s.title)}</a> <span class="ngay_tm">'
        f"({_dt(s.opts['posted']):%d/%m})</span></li>"
        for s in NEWEST
    ) + "</ul>"
    blocks = []
    for cat, name in CATS.items():
        items = _cat_stories(cat)[:2]
        first, rest = items[0], items[1:]
        inner = (
            '<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr>'
            f'<td width="110" valign="top"><a href="{esc(canonical(first))}"><img src="{esc(_thumb(first))}" '
            'width="100" height="75" border="0" class="anh_ds" /></a></td>'
            f'<td valign="top"><a class="tieude_ds" href="{esc(canonical(first))}">{_t(first.title)}</a><br />'
            f'<span class="tomtat_ds">{_t(first.summary or "")}</span></td></tr></table>'
            + "".join(
                f'<div class="tinkhac_td"><img src="/Images/dot.gif" alt="" /> '
                f'<a href="{esc(canonical(s))}">{_t(s.title)}</a></div>'
                for s in rest
            )
            + f'<div align="right"><a class="xemtiep" href="/DanhSachTin.aspx?CatID={cat}">Xem tiếp &raquo;</a></div>'
        )
        blocks.append(_box(_t(name.upper()), inner))
    content = (
        _box("TIN NỔI BẬT", "<!-- ucTinNoiBat -->" + featured)
        + "<br />"
        + _box("TIN MỚI CẬP NHẬT", newest)
        + "<br />"
        + "<br />".join(blocks)
    )
    if message:
        content = f'<div class="thongbao_loi">{_t(message)}</div>' + content
    return master(request, content, state_key="home", action="Default.aspx")


def _pager(page: int, npages: int) -> str:
    cells = []
    for n in range(1, npages + 1):
        if n == page:
            cells.append(f"<td><span>{n}</span></td>")
        else:
            cells.append(
                f"<td><a href=\"javascript:__doPostBack('{GRID}','Page${n}')\" "
                f'style="color:#1A4A8A;">{n}</a></td>'
            )
    return (
        '<tr class="phantrang" align="center" style="color:#1A4A8A;background-color:#EAF2FB;">\n'
        '\t\t\t<td colspan="2"><table border="0">\n\t\t\t\t<tr>\n\t\t\t\t\t'
        + "".join(cells)
        + "\n\t\t\t\t</tr>\n\t\t\t</table></td>\n\t\t</tr>"
    )


def listing(request: Request, cat: int, page: int, message: str = "") -> Response:
    stories = _cat_stories(cat)
    npages = _pages(cat)
    rows_html = []
    for k, s in enumerate(stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]):
        rid = f"ctl{k + 2:02d}"
        bg = "#FFFFFF" if k % 2 == 0 else "#F5F9FD"
        href = esc(f"ChiTietTin.aspx?ID={s.id}&CatID={s.cat}")
        rows_html.append(
            f'<tr style="background-color:{bg};">\n\t\t\t<td valign="top" style="width:110px;">'
            f'<a id="ctl00_cphNoiDung_grvDanhSachTin_{rid}_hplAnh" href="{href}"><img '
            f'src="{esc(_thumb(s)[1:])}" style="height:75px;width:100px;border-width:0px;" /></a></td>'
            f'<td valign="top"><a id="ctl00_cphNoiDung_grvDanhSachTin_{rid}_hplTieuDe" '
            f'class="tieude_ds" href="{href}">{_t(_listing_title(s.title))}</a> '
            f'<span id="ctl00_cphNoiDung_grvDanhSachTin_{rid}_lblNgay" class="ngay_ds">'
            f"({day_only(s.opts['posted'])})</span><br />"
            f'<span id="ctl00_cphNoiDung_grvDanhSachTin_{rid}_lblTomTat" class="tomtat_ds">'
            f'{_t(s.summary or "")}</span></td>\n\t\t</tr>'
        )
    pager = _pager(page, npages) if npages > 1 else ""
    grid = (
        '<div>\n\t<table cellspacing="0" cellpadding="4" border="0" '
        'id="ctl00_cphNoiDung_grvDanhSachTin" style="color:#333333;width:100%;'
        'border-collapse:collapse;">\n\t\t' + "\n\t\t".join(rows_html) + "\n\t\t" + pager
        + "\n\t</table>\n</div>"
    )
    note = f'<div class="thongbao_loi">{_t(message)}</div>' if message else ""
    content = _breadcrumb(CATS[cat], cat) + note + _box(_t(CATS[cat].upper()), grid)
    return master(
        request,
        content,
        state_key=f"ds|{cat}|{page}",
        action=f"DanhSachTin.aspx?CatID={cat}",
        right_message=message if "bình chọn" in message else "",
    )


def _comment_form(message: str) -> str:
    note = f'<div class="thongbao_loi">{_t(message)}</div>' if message else ""
    return f"""
<table width="100%" border="0" cellpadding="2" cellspacing="0" class="ykien">
<tr><td colspan="2" class="tieude_yk">Ý KIẾN BẠN ĐỌC{note}</td></tr>
<tr><td width="90">Họ tên:</td><td><input name="ctl00$cphNoiDung$txtHoTen" type="text" id="ctl00_cphNoiDung_txtHoTen" style="width:250px;" /></td></tr>
<tr><td>Email:</td><td><input name="ctl00$cphNoiDung$txtEmail" type="text" id="ctl00_cphNoiDung_txtEmail" style="width:250px;" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$cphNoiDung$txtNoiDungYK" rows="4" cols="20" id="ctl00_cphNoiDung_txtNoiDungYK" style="width:380px;"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$btnGuiYKien" value="Gửi ý kiến" id="ctl00_cphNoiDung_btnGuiYKien" class="nut" /></td></tr>
</table>"""


def article(request: Request, s: Story, url_cat: int | None, message: str = "") -> Response:
    cat_name = CATS.get(url_cat) if url_cat is not None else None
    if url_cat == INTRO_CAT:
        crumb = _breadcrumb("Giới thiệu")
    elif cat_name:
        crumb = _breadcrumb(cat_name, url_cat)
    else:
        crumb = _breadcrumb("Chi tiết tin")
    posted = vi_vn(s.opts["posted"])
    date_line = f"Ngày đăng: {posted}"
    if s.opts.get("updated"):
        date_line += f" - Cập nhật: {vi_vn(s.opts['updated'])}"
    enc = s.opts.get("enc", "")
    sapo_html = '<span id="ctl00_cphNoiDung_lblTomTat" style="font-weight:bold;"></span>'
    if s.summary and s.sapo_outside:
        thumb = s.opts.get("thumb")
        thumb_html = (
            f'<img id="ctl00_cphNoiDung_imgAnhDaiDien" class="anhdaidien" src="{esc(thumb)}" '
            'align="left" style="height:90px;width:120px;border-width:0px;margin:0 8px 4px 0;" />'
            if thumb
            else ""
        )
        sapo_text = _encode(_t(s.summary), enc)
        sapo_html = (
            '<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td class="tomtat_ct">'
            f'{thumb_html}<span id="ctl00_cphNoiDung_lblTomTat" style="font-weight:bold;">{sapo_text}</span>'
            "</td></tr></table>"
        )
    tacgia = s.opts.get("tacgia", "")
    tacgia_html = (
        f'<div align="right"><span id="ctl00_cphNoiDung_lblTacGia" class="tacgia_ct" '
        f'style="font-weight:bold;">{_t(tacgia)}</span></div>'
        if tacgia
        else '<div align="right"><span id="ctl00_cphNoiDung_lblTacGia" class="tacgia_ct"></span></div>'
    )
    nguon = s.opts.get("nguon")
    nguon_html = (
        f'<div align="right"><span id="ctl00_cphNoiDung_lblNguon" class="nguon_ct"><i>Nguồn: '
        f"{_t(nguon)}</i></span></div>"
        if nguon
        else ""
    )
    others = [o for o in _cat_stories(s.cat) if o.id != s.id][:3] if s.cat in CATS else []
    others_html = ""
    if others:
        others_html = (
            '<div class="cactinkhac"><span class="tieude_ctk">Các tin khác:</span>'
            '<table id="ctl00_cphNoiDung_dlTinKhac" cellspacing="0" border="0" '
            'style="border-collapse:collapse;">'
            + "".join(
                f'<tr><td><img src="/Images/dot.gif" alt="" /> <a id="ctl00_cphNoiDung_dlTinKhac_ctl0{i}_hplTinKhac" '
                f'href="{esc(canonical(o))}">{_t(o.title)}</a> <span class="ngay_ctk">'
                f"({day_only(o.opts['posted'])})</span></td></tr>"
                for i, o in enumerate(others)
            )
            + "</table></div>"
        )
    print_js = (
        f"window.open('/InTin.aspx?ID={s.id}','InTin','width=720,height=600,scrollbars=yes');"
        "return false;"
    )
    inner = f"""
<table id="tblChiTiet" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="td_chitiet" style="padding:6px 8px 6px 8px;">
<span id="ctl00_cphNoiDung_lblTieuDe" class="tieude_ct">{_t(s.title)}</span><br />
<span id="ctl00_cphNoiDung_lblNgayDang" class="ngaydang_ct">{date_line}</span>&nbsp;|&nbsp;<span id="ctl00_cphNoiDung_lblLuotXem" class="ngaydang_ct">Lượt xem: {s.views()}</span>&nbsp;|&nbsp;<span id="ctl00_cphNoiDung_lblNguoiDang" class="ngaydang_ct">Người đăng: nd_quantri</span>
<div class="congcu_ct">Cỡ chữ: <a href="javascript:TangCoChu('noidung_ct')">A+</a> <a href="javascript:GiamCoChu('noidung_ct')">A-</a> | <a href="javascript:void(0)" onclick="{esc(print_js)}"><img src="/Images/print.gif" alt="" border="0" /> In bài</a> | <a href="mailto:?subject={quote(s.title)}"><img src="/Images/email.gif" alt="" border="0" /> Gửi email</a></div>
{sapo_html}
<div id="noidung_ct"><span id="ctl00_cphNoiDung_lblNoiDung" class="noidung_ct">{render_text(s)}</span></div>
{tacgia_html}
{nguon_html}
<div class="congcu_duoi"><a href="javascript:history.back()">&laquo; Quay lại</a> | <a href="#">Về đầu trang</a></div>
{_comment_form(message)}
{others_html}
</td></tr>
</table>"""
    action = request.path.rsplit("/", 1)[-1] + (f"?{request.query}" if request.query else "")
    return master(
        request,
        crumb + inner,
        state_key=f"ct|{s.id}",
        action=action,
        script='<script type="text/javascript" src="/js/cochu.js"></script>',
    )


def print_view(s: Story) -> Response:
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>{SITE_TITLE}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/App_Themes/MacDinh/InTin.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<table width="680" align="center" border="0" cellpadding="4"><tr><td>
<div class="dau_in">TRƯỜNG THCS NGUYỄN DU - KRÔNG PẮC - ĐẮK LẮK</div><hr />
<span id="lblTieuDe" class="tieude_in">{_t(s.title)}</span><br />
<span id="lblNgayDang" class="ngay_in">{en_us(s.opts['posted'])}</span><br /><br />
<b><span id="lblTomTat">{_encode(_t(s.summary), s.opts.get('enc', '')) if s.summary and s.sapo_outside else ''}</span></b>
<span id="lblNoiDung">{render_text(s)}</span>
<div align="right"><b>{_t(s.opts.get('tacgia', ''))}</b></div>
<hr /><a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a>
</td></tr></table>
</body></html>"""
    return html(body, headers=dict(_SERVER_HEADERS))


# --- the small non-article pages -------------------------------------------------------------

DOCUMENTS = {
    15: (
        "112/KH-THCSND",
        "05/09/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "/Upload/VanBan/KH112_NhiemVuNamHoc_2026-2027.pdf",
    ),
    14: (
        "85/QĐ-THCSND",
        "20/08/2026",
        "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027",
        "/Upload/VanBan/QD85_ThanhLapTo.pdf",
    ),
}


def documents(request: Request) -> Response:
    rows = "".join(
        f'<tr style="background-color:{"#FFFFFF" if k % 2 == 0 else "#F5F9FD"};"><td>{_t(no)}</td>'
        f"<td>{day}</td><td><a href=\"ChiTietVanBan.aspx?ID={i}\">{_t(sub)}</a></td>"
        f'<td align="center"><a href="{esc(f)}"><img src="/Images/icon_pdf.gif" border="0" alt="Tải về" /></a></td></tr>'
        for k, (i, (no, day, sub, f)) in enumerate(DOCUMENTS.items())
    )
    grid = (
        '<div><table cellspacing="0" cellpadding="4" rules="all" border="1" '
        'id="ctl00_cphNoiDung_grvVanBan" style="width:100%;border-collapse:collapse;">'
        '<tr style="background-color:#1A4A8A;color:White;font-weight:bold;"><th scope="col">Số/Ký hiệu</th>'
        '<th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>'
        + rows
        + "</table></div>"
    )
    content = _breadcrumb("Văn bản - Công văn") + _box("VĂN BẢN - CÔNG VĂN", grid)
    return master(request, content, state_key="vanban", action="VanBan.aspx")


def document(request: Request, doc_id: int) -> Response:
    no, day, sub, f = DOCUMENTS[doc_id]
    inner = (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
        f'<tr><td width="150"><b>Số/Ký hiệu</b></td><td>{_t(no)}</td></tr>'
        f"<tr><td><b>Ngày ban hành</b></td><td>{day}</td></tr>"
        "<tr><td><b>Loại văn bản</b></td><td>Văn bản của trường</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Trường THCS Nguyễn Du</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{_t(sub)}</td></tr>"
        "<tr><td><b>Người ký</b></td><td>Nguyễn Thị Minh Hằng</td></tr>"
        f'<tr><td><b>File đính kèm</b></td><td><a href="{esc(f)}"><img src="/Images/icon_pdf.gif" '
        f'border="0" alt="" /> {_t(f.rsplit("/", 1)[-1])}</a></td></tr></table>'
    )
    content = _breadcrumb("Văn bản - Công văn") + _box("CHI TIẾT VĂN BẢN", inner)
    return master(request, content, state_key=f"vb|{doc_id}", action=f"ChiTietVanBan.aspx?ID={doc_id}")


def albums(request: Request) -> Response:
    inner = (
        '<table id="ctl00_cphNoiDung_dlAlbum" cellspacing="0" border="0" style="border-collapse:collapse;">'
        '<tr><td align="center" valign="top"><a href="ThuVienAnh.aspx?AlbumID=3"><img '
        'src="Upload/Album/3/thumb_khaigiang01.jpg" width="150" height="105" border="0" /></a><br />'
        '<a href="ThuVienAnh.aspx?AlbumID=3">Lễ khai giảng năm học 2026 - 2027</a> (12 ảnh)</td></tr></table>'
    )
    content = _breadcrumb("Thư viện ảnh") + _box("THƯ VIỆN ẢNH", inner)
    return master(request, content, state_key="album", action="ThuVienAnh.aspx")


def album(request: Request) -> Response:
    cells = "".join(
        f'<td align="center"><a href="/Upload/Album/3/khaigiang{n:02d}.jpg" target="_blank">'
        f'<img src="/Upload/Album/3/thumb_khaigiang{n:02d}.jpg" width="150" height="105" border="0" /></a></td>'
        + ("</tr><tr>" if n % 3 == 0 else "")
        for n in range(1, 7)
    )
    inner = (
        '<div class="tieude_album">Lễ khai giảng năm học 2026 - 2027</div>'
        "<div>Ngày tạo: 05/09/2026</div>"
        f'<table id="ctl00_cphNoiDung_dlAnh" cellspacing="4" border="0"><tr>{cells}</tr></table>'
        '<div align="right"><a href="ThuVienAnh.aspx">&laquo; Các album khác</a></div>'
    )
    content = _breadcrumb("Thư viện ảnh") + _box("THƯ VIỆN ẢNH", inner)
    return master(request, content, state_key="album|3", action="ThuVienAnh.aspx?AlbumID=3")


def timetable(request: Request) -> Response:
    periods = [
        ("1", "Toán", "Ngữ văn", "Tiếng Anh", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Chào cờ"),
        ("2", "Toán", "Ngữ văn", "Tin học", "Khoa học tự nhiên", "Giáo dục công dân", "Sinh hoạt lớp"),
        ("3", "Tiếng Anh", "Giáo dục thể chất", "Ngữ văn", "Toán", "Công nghệ", ""),
    ]
    rows = "".join("<tr>" + "".join(f"<td>{_t(c)}</td>" for c in p) + "</tr>" for p in periods)
    inner = (
        "<p><b>THỜI KHÓA BIỂU HỌC KỲ I - LỚP 6A1 (buổi sáng)</b><br /><i>Áp dụng từ ngày 07/9/2026</i></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><th>Tiết</th><th>Thứ 2</th><th>Thứ 3</th><th>Thứ 4</th><th>Thứ 5</th><th>Thứ 6</th><th>Thứ 7</th></tr>"
        f"{rows}</table>"
        '<p>Xem thời khóa biểu toàn trường: <a href="/Upload/Files/TKB_HKI_2026-2027.xls">TKB_HKI_2026-2027.xls</a></p>'
    )
    content = _breadcrumb("Thời khóa biểu") + _box("THỜI KHÓA BIỂU", inner)
    return master(request, content, state_key="tkb", action="ThoiKhoaBieu.aspx")


def contact(request: Request, message: str = "") -> Response:
    note = f'<div class="thongbao_loi">{_t(message)}</div>' if message else ""
    inner = f"""{note}
<p><b>TRƯỜNG THCS NGUYỄN DU</b><br />Địa chỉ: Thôn 3, xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk<br />
Điện thoại: (0262) 3521 468 - Fax: (0262) 3521 469<br />Email: thcsnguyendu.krongpac@gmail.com</p>
<table border="0" cellpadding="3">
<tr><td>Họ và tên (*):</td><td><input name="ctl00$cphNoiDung$txtTen" type="text" id="ctl00_cphNoiDung_txtTen" style="width:280px;" /></td></tr>
<tr><td>Email (*):</td><td><input name="ctl00$cphNoiDung$txtMail" type="text" id="ctl00_cphNoiDung_txtMail" style="width:280px;" /></td></tr>
<tr><td>Tiêu đề:</td><td><input name="ctl00$cphNoiDung$txtTieuDeLH" type="text" id="ctl00_cphNoiDung_txtTieuDeLH" style="width:280px;" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="ctl00$cphNoiDung$txtNoiDungLH" rows="6" cols="20" id="ctl00_cphNoiDung_txtNoiDungLH" style="width:380px;"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$btnGui" value="Gửi liên hệ" id="ctl00_cphNoiDung_btnGui" class="nut" /></td></tr>
</table>"""
    content = _breadcrumb("Liên hệ") + _box("LIÊN HỆ", inner)
    return master(request, content, state_key="lienhe", action="LienHe.aspx")


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search(request: Request, keyword: str) -> Response:
    if not keyword.strip():
        inner = "<p>Bạn chưa nhập từ khóa tìm kiếm.</p>"
    else:
        hits = [s for s in STORIES if _fold(keyword) in _fold(s.title)]
        inner = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{_t(keyword)}</b></p>" + "".join(
            f'<div><a href="{esc(canonical(s))}">{_t(s.title)}</a></div>' for s in hits
        )
    content = _breadcrumb("Kết quả tìm kiếm") + _box("KẾT QUẢ TÌM KIẾM", inner)
    return master(request, content, state_key="timkiem", action=f"TimKiem.aspx?TuKhoa={quote(keyword)}")


# --- ASP.NET's answers to a bad postback ----------------------------------------------------------

_YSOD = """<html>
    <head>
        <title>{title}</title>
        <style>
         body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}
         H1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{title}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>{desc}
            <br><br>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.3655; ASP.NET Version:2.0.50727.3658
            </font>
    </body>
</html>
"""


def _ysod(title: str, desc: str) -> Response:
    return html(_YSOD.format(title=title, desc=desc), status=500, headers=dict(_SERVER_HEADERS))


_INVALID_ARG = (
    "Invalid postback or callback argument.  Event validation is enabled using &lt;pages "
    'enableEventValidation="true"/&gt; in configuration or &lt;%@ Page EnableEventValidation="true" '
    "%&gt; in a page.",
    "An unhandled exception occurred during the execution of the current web request.",
)
_INVALID_STATE = (
    "The state information is invalid for this page and might be corrupted.",
    "An unhandled exception occurred during the execution of the current web request.",
)


# --- the site ----------------------------------------------------------------------------------

_SESSION_PREFIX = re.compile(r"^/\(S\(([a-z0-5]{24})\)\)(/.*)$", re.IGNORECASE)
_BUTTONS = {
    "ctl00$ucDau$btnTimKiem",
    "ctl00$ucPhai$btnBinhChon",
    "ctl00$ucPhai$btnXemKQ",
    "ctl00$cphNoiDung$btnGuiYKien",
    "ctl00$cphNoiDung$btnGui",
}
_POLL_THANKS = "Cảm ơn bạn đã tham gia bình chọn!"

_FILES = {
    ".swf": ("application/x-shockwave-flash", b"FWS\x07\x10\x00\x00\x00"),
    ".doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24),
    ".xls": ("application/vnd.ms-excel", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24),
    ".pdf": ("application/pdf", PDF),
}
_STATIC_ROOTS = ("/upload/", "/images/", "/app_themes/", "/js/")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Site:
    def __init__(self) -> None:
        #: __EVENTVALIDATION -> (cat, page) and __VIEWSTATE -> (cat, page) of every listing state
        self.listing_states: dict[str, tuple[int, int]] = {}
        self.listing_views: dict[str, tuple[int, int]] = {}
        for cat in CATS:
            for page in range(1, _pages(cat) + 1):
                vs, ev = _state(f"ds|{cat}|{page}")
                self.listing_states[ev] = (cat, page)
                self.listing_views[vs] = (cat, page)

    def respond(self, request: Request) -> Response | None:
        m = _SESSION_PREFIX.match(request.path)
        if m:  # cookieless session id: the path under it is served as is
            request = Request(request.method, m.group(2), request.query, request.headers, request.body)
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        form = request.form if request.method == "POST" else {}
        button = next((b for b in _BUTTONS if b in form), None)

        if path == "/":
            return redirect("/Default.aspx")
        if button == "ctl00$ucDau$btnTimKiem":  # Response.Redirect in btnTimKiem_Click
            return redirect("/TimKiem.aspx?TuKhoa=" + quote(form.get("ctl00$ucDau$txtTuKhoa", "")))
        poll = _POLL_THANKS if button in ("ctl00$ucPhai$btnBinhChon", "ctl00$ucPhai$btnXemKQ") else ""

        if path == "/default.aspx":
            return home(request, poll)
        if path == "/danhsachtin.aspx":
            cat = _int(params.get("catid"))
            if cat not in CATS:
                return None
            if request.method != "POST":
                return listing(request, cat, 1)
            return self._postback(request, cat, form, button, poll)
        if path == "/chitiettin.aspx":
            sid = _int(params.get("id"))
            url_cat = _int(params.get("catid"))
            story = INTRO if sid == INTRO.id else BY_ID.get(sid)
            if story is None:
                return None
            msg = poll
            if button == "ctl00$cphNoiDung$btnGuiYKien":
                msg = "Cảm ơn bạn đã gửi ý kiến. Ý kiến của bạn sẽ được Ban biên tập duyệt trước khi đăng."
            return article(request, story, url_cat, msg)
        if path == "/intin.aspx":
            sid = _int(params.get("id"))
            story = INTRO if sid == INTRO.id else BY_ID.get(sid)
            return print_view(story) if story else None
        if path == "/vanban.aspx":
            return documents(request)
        if path == "/chitietvanban.aspx":
            doc = _int(params.get("id"))
            return document(request, doc) if doc in DOCUMENTS else None
        if path == "/thuvienanh.aspx":
            album_id = params.get("albumid")
            if album_id is None:
                return albums(request)
            return album(request) if album_id == "3" else None
        if path == "/thoikhoabieu.aspx":
            return timetable(request)
        if path == "/lienhe.aspx":
            msg = "Cảm ơn bạn đã liên hệ với nhà trường!" if button == "ctl00$cphNoiDung$btnGui" else poll
            return contact(request, msg)
        if path == "/timkiem.aspx":
            return search(request, params.get("tukhoa", ""))
        if path == "/webresource.axd":
            return Response(
                200,
                b"function WebForm_PostBackOptions(){}\nfunction Menu_HoverStatic(i){}\n"
                b"function Menu_HoverDynamic(i){}\nfunction Menu_Unhover(i){}\nfunction Menu_Key(i){}\n",
                {"Content-Type": "application/x-javascript", **_SERVER_HEADERS},
            )
        if path.startswith(_STATIC_ROOTS):
            for ext, (ctype, data) in _FILES.items():
                if path.endswith(ext):
                    return Response(200, data, {"Content-Type": ctype})
            return static_file(path)
        return None

    def _postback(
        self, request: Request, cat: int, form: dict[str, str], button: str | None, poll: str
    ) -> Response:
        """GridView paging as ASP.NET 2.0 runs it: a button in the post outranks __EVENTTARGET;
        the argument must have been rendered (event validation); the view state must be the
        page's own."""
        validation = form.get("__EVENTVALIDATION", "")
        viewstate = form.get("__VIEWSTATE", "")
        source = self.listing_states.get(validation)
        if source is None or source[0] != cat:
            return _ysod(*_INVALID_ARG) if form.get("__EVENTTARGET") or button else listing(request, cat, 1)
        if self.listing_views.get(viewstate) != source:
            return _ysod(*_INVALID_STATE)
        current = source[1]
        if button:  # a submit button fires, the grid keeps its page
            return listing(request, cat, current, poll)
        target = form.get("__EVENTTARGET", "")
        argument = form.get("__EVENTARGUMENT", "")
        if not target:
            return listing(request, cat, current)
        if target != GRID or not argument.startswith("Page$"):
            return _ysod(*_INVALID_ARG)
        wanted = _int(argument[5:])
        if wanted is None or wanted == current or not 1 <= wanted <= _pages(cat):
            return _ysod(*_INVALID_ARG)
        return listing(request, cat, wanted)


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s in NEWEST:
        alts.append(swapped(s))
    if s.id in FEATURED:
        alts.append(featured_link(s))
    if s.id in MOST_READ:
        alts.append(lowered(s))
    alts.append(print_link(s))
    return alts


GOLD = [gold_record(s, canonical(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/ChiTietTin.aspx?ID=2&CatID=9",
    "/LienHe.aspx",
    "/ChiTietVanBan.aspx?ID=15",
    "/ChiTietVanBan.aspx?ID=14",
    "/ThuVienAnh.aspx?AlbumID=3",
    "/ThoiKhoaBieu.aspx",
]
