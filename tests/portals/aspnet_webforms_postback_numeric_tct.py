"""Trường Chính trị tỉnh Bến Tre on a regional vendor's ASP.NET WebForms 4.0 portal (blind fixture).

Platform
--------
A "CLSoft Portal" of the kind a Mekong-delta software company sold to provincial schools around
2012: ASP.NET WebForms 4.0 on IIS, one master page (``ctl00_…`` ids everywhere), a single
``<form id="aspnetForm" method="post">`` wrapping the whole page with ``__EVENTTARGET``,
``__EVENTARGUMENT``, ``__VIEWSTATE`` (``/wEPDw…``) and ``__EVENTVALIDATION`` (``/wEW…``), an
``asp:Menu`` rendered as lists (``ul.level1``/``ul.level2``), the news listing a ``GridView``
(``ctl00_ContentPlaceHolder1_gvTin``) whose numeric pager posts back
(``javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvTin','Page$2')``), asp:Label spans for
the article's fields (``lblTieuDe``, ``lblNgayDang``, ``lblTomTat``, ``lblNoiDung``), dates in the
vi-VN culture's ``DateTime.ToString()`` ("03/12/2026 2:30:00 CH"), left column user controls
(``ucLienKet`` dropdown "Liên kết website", ``ucThongKe`` "Thống kê truy cập", ``ucDocNhieu``,
``ucBinhChon`` poll) and a header search box (``ucTimKiem``).

URL scheme
----------
- ``/`` and ``/Default.aspx``: home (IIS default document: both serve it, no redirect).
- ``/TinTuc.aspx?CatID=<n>``: category listing, GridView of 3 rows a page, pager buttons 2 a
  group. Further pages only by postback to the same URL (POST, or a GET carrying the postback
  fields in the query string, which ASP.NET also accepts).
- ``/ChiTietTin.aspx?NewsID=<id>&CatID=<n>``: article (the listings' form; gold path).
  ``/ChiTietTin.aspx?NewsID=<id>`` serves the same article (home boxes, "Các tin đã đưa", most-read).
  Any CatID serves it (the breadcrumb always prints the article's own category); IIS and ASP.NET
  are case-insensitive, so ``/chitiettin.aspx?newsid=<id>`` serves it too.
- ``/InTin.aspx?NewsID=<id>``: printer page (opened by ``window.open`` from "In tin").
- ``/TimKiem.aspx?TuKhoa=<q>``: search results (reached by the header's search button).
- Not articles: ``/GioiThieu.aspx``, ``/CoCauToChuc.aspx``, ``/LienHe.aspx``, ``/VanBan.aspx``
  (listing) → ``/ChiTietVanBan.aspx?ID=<n>``, ``/ThuVienAnh.aspx`` (listing) →
  ``/ThuVienAnh.aspx?AlbumID=3``.

Page templates
--------------
Every page: banner (``<h1 class="tentruong">`` with the school's name, never a headline), header
clock "Thứ Bảy, 05/12/2026", list menu with drop-downs, left column (Liên kết website dropdown,
Thống kê truy cập "Đang online / Hôm nay / Tổng truy cập", Tin đọc nhiều, Thăm dò ý kiến),
footer with address, phone, email and the vendor's credit. ``<title>`` is the same
":: Trường Chính trị tỉnh Bến Tre ::" on every page (the vendor never sets Page.Title).

Article: ``div.duongdan`` breadcrumb "Tin tức - Sự kiện » <category>", a table ``tbl_ct`` with
the headline in ``span#…_lblTieuDe.TieuDeTin``, the line "Ngày đăng: <dd/MM/yyyy h:mm:ss SA|CH>
| Số lượt xem: <n>", the lead in ``span#…_lblTomTat`` (bold by inline style), the text in
``span#…_lblNoiDung`` (the editor's HTML: ``<p>``, Word's ``MsoNormal``, ``<br />`` runs,
tables), then, still in the same ``<td>``: "Tác giả:" and "Nguồn:" lines (each only when the
field is filled), a tool line "[In tin] [Gửi email] [Về đầu trang]", and the "Ý kiến bạn đọc"
box (approved comments with their own dates, a comment form with a submit button). Below the
table: "Các tin đã đưa" (the 3 newest other items of the category, dates in brackets).

How each gold article is reached
--------------------------------
- Tin hoạt động (CatID=1), 7 articles, 3 a page: page 1 (GET) 101, 102, 103; page 2 (postback
  ``Page$2``) 104, 105, 106; page 3 (postback ``Page$3``, the "..." button) 107. 101–104 also
  from home boxes / "Các tin đã đưa"; 106 also through the home's "Tin tiêu điểm" LinkButton
  (postback answered by a 302 to the article). 105 and 107 only through the pager.
- Đào tạo - Bồi dưỡng (CatID=3), 4 articles: page 1 108, 109, 110; page 2 (postback) 111; 111 is
  also in 108's "Các tin đã đưa".
- Nghiên cứu khoa học (CatID=7), 2 articles on one page (no pager row): 112, 113.

Traps
-----
1. Postback-only pagination with event validation. Pages 2+ exist only as POSTs to
   ``/TinTuc.aspx?CatID=n`` carrying ``__EVENTTARGET=ctl00$ContentPlaceHolder1$gvTin``,
   ``__EVENTARGUMENT=Page$k`` and the page's own ``__VIEWSTATE`` and ``__EVENTVALIDATION``. A post
   without them (or with another page's blobs, or an argument the page did not print) answers
   HTTP 500 with the yellow "Server Error in '/' Application" screen ("Invalid postback or
   callback argument" / "Validation of viewstate MAC failed"). Every listing page's URL is the
   same. Gold: 104–107 and 111 are found only by posting back (105, 107 by nothing else).
2. The "..." pager button (PageButtonCount=2). Page 1 of CatID=1 prints "1 2 ..." where "..."
   is ``Page$3``; page 3 prints "... 3" where "..." is ``Page$2``. A crawler that follows only
   numbered pager links misses 107. Gold: 107 is an article of CatID=1 like the others.
3. A named submit button in the posted form hijacks the postback (kind not in the README: form
   semantics). The master page has a search button (``ctl00$ucTimKiem$btnTim``) and a poll
   button (``ctl00$ucBinhChon$btnBieuQuyet``); ASP.NET raises the event of a button whose name
   is in the post data before ``__EVENTTARGET``. Posting "all the form's inputs" with the pager
   target gives a 302 to ``/TimKiem.aspx?TuKhoa=…`` (search) or the same page again with a
   thank-you note (poll), never page 2. The search box's value is printed ("Nhập từ khóa..."),
   so such a post searches for the placeholder and finds nothing. Gold: nothing from
   ``/TimKiem.aspx``; the articles keep their listing paths.
4. The headline is nowhere a crawler looks first (kind not in the README: titles). ``<title>``
   is the school's name on every page, the only ``<h1>`` is the banner's school name, the
   headline is an ``asp:Label`` span; the listings cut every headline over 70 characters with
   "..." (most of them: 101, 102, 104, 111, 112 …), "Tin đọc nhiều" at 60. Gold: the full
   headline of ``lblTieuDe``.
5. The sapo lives outside the text (kind not in the README: sapo/summary). ``lblTomTat`` is
   printed before ``lblNoiDung``, bold by inline style only; for 103 and 110 it is printed
   empty (summary null, body starts with the text); for 111 the lblTomTat is empty but the
   editor typed the lead as a wholly bold first paragraph of the text (summary = that
   paragraph). Gold: summary = lead, and the lead is the body's first paragraph.
6. One article, many URLs (duplicates). The listings link ``NewsID=<id>&CatID=<n>``; home
   boxes, "Các tin đã đưa" and most-read link ``NewsID=<id>`` alone; the home's "Tin mới" box
   hard-codes ``&CatID=1`` for every item (108 and 112 appear as ``NewsID=108&CatID=1``,
   ``NewsID=112&CatID=1`` while their breadcrumbs say "Đào tạo - Bồi dưỡng" / "Nghiên cứu khoa
   học"); 110's "Xem thêm" line links ``chitiettin.aspx?newsid=109`` in lower case; every
   article has ``/InTin.aspx?NewsID=<id>``. Gold: one record per article at
   ``/ChiTietTin.aspx?NewsID=<id>&CatID=<own cat>``, the rest in ``alt_paths``; category from the
   breadcrumb, never from the URL's CatID (kind not in the README: category).
7. Dates in the vi-VN culture (dates). "03/12/2026 2:30:00 CH" is 14:30; "20/11/2026 12:05:00
   CH" is 12:05 (noon, not midnight); "27/11/2026 12:00:00 SA" is midnight, i.e. a day without a
   time. The printer page prints "Ngày in: 05/12/2026 …" (today), comments print their own
   dates, "Các tin đã đưa" prints other articles' days in brackets, leads mention event days
   ("Sáng ngày 30/11/2026 …"), 104's headline holds "20/11". Gold: "Ngày đăng" only.
8. Widgets inside the text's cell (boundaries). The ``<td>`` holding ``lblNoiDung`` also holds
   the "Tác giả:"/"Nguồn:" lines, the tool line and the "Ý kiến bạn đọc" box with readers'
   comments (101 has two, written as paragraphs). 106's text holds an editor-inserted floating
   "Tin liên quan" table; 110's ends with a file-attachment line and a "Xem thêm:" line. Gold:
   none of these in the body.
9. Bylines in three places (bylines). The CMS field "Tác giả:" holds a name with degree and unit
   ("ThS. Lê Thị Hồng Nhung - Khoa Xây dựng Đảng" → "Lê Thị Hồng Nhung"; "Thùy Dương (Đoàn
   Thanh niên)" → "Thùy Dương"), a unit ("Phòng Quản lý đào tạo", "Khoa Lý luận cơ sở" → as
   printed), two names ("ThS. Trần Minh Luân, ThS. Võ Thị Kim Ngân"), or a CMS account ("admin",
   "BBT" → nobody); the editors also type bylines as right-aligned last paragraphs of the text
   ("Tin: Thanh Hà - Ảnh: Quốc Bảo" → [Thanh Hà] / [Quốc Bảo]; "Bài, ảnh: Minh Trí" → both).
   106's closing "Theo Báo Đồng Khởi" is its source; its paragraph "Theo báo cáo đề dẫn, …" and
   108's "Theo kế hoạch, …" are text.
10. Captions as the editor makes them (captions, images; kind of the images not in the README).
    A centred italic paragraph under the photo, or a two-row table whose second cell is the
    caption in parentheses (taken off); a line "Ảnh: Quốc Bảo" under a photo is a credit, not a
    caption; 104's second photo is a small image linked to its full-size file (gold: the
    ``<img src>``); 111's list items are drawn with a bullet gif (``/images/muiten.gif``) and
    110's attachment with a PDF icon: neither is an article image; listing thumbnails are not
    either. 113's bold "1. …" / "2. …" lines are headings (body paragraphs).
11. Soft 404 (kind not in the README: status codes). The most-read box links ``NewsID=87``, an
    article since unpublished: the page answers 200 with the whole chrome, an empty headline
    label and "Tin này không tồn tại hoặc đã bị gỡ bỏ." Gold: not an article. A non-numeric
    NewsID gives the yellow 500 screen ("Input string was not in a correct format.").
12. Legacy encodings in the text (encodings). 109's text is stored with FCKeditor's entity
    option (``&agrave;``, ``&#7871;`` …); 103's is pasted from Word (``MsoNormal`` spans,
    ``<o:p></o:p>``, ``<p>&nbsp;</p>`` spacer paragraphs, which are no text); 110's paragraphs
    are a ``<div>`` split by ``<br /><br />``. Gold: the plain NFC text, one paragraph per
    ``<br />`` run.

Gold decisions on ambiguous points
----------------------------------
- Path: the listing form ``/ChiTietTin.aspx?NewsID=<id>&CatID=<cat>`` is the gold path (the
  platform prints no canonical link); the bare ``NewsID`` form, the wrong-CatID form, the lower
  case form and the printer page are ``alt_paths``.
- 103's date "27/11/2026 12:00:00 SA" is a day alone ("2026-11-27").
- 111: the first, wholly bold paragraph of the text is the sapo (summary) and the body's first
  paragraph; it is printed once.
- 112's footnote calls "[1]", "[2]" stay in their sentences; "Tài liệu tham khảo" and its two
  entries are body paragraphs; the quotation (``<blockquote>``) is a paragraph.
- Table rows (108) are paragraphs with cells joined by " | ", the header row included.
- 110's "Tệp đính kèm" and "Xem thêm" lines are not body; the PDF is not an image.
- 102: authors from the typed byline ("Tin: Thanh Hà - Ảnh: Quốc Bảo"), since the CMS field
  holds only the account "admin"; the second photo has no caption (its line is a credit).
- 107's "Tác giả: Thùy Dương (Đoàn Thanh niên)" → author "Thùy Dương" (unit after the name
  dropped, as a post would be); no photographer is named.
- 101's comments (names, dates, text) are not the article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_webforms_postback_numeric_tct"
PLATFORM = "ASP.NET WebForms 4.0 vendor portal (master page, GridView numeric postback pager)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Bến Tre"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
PAGER_TARGET = "ctl00$ContentPlaceHolder1$gvTin"
BTN_SEARCH = "ctl00$ucTimKiem$btnTim"
TXT_SEARCH = "ctl00$ucTimKiem$txtTuKhoa"
BTN_POLL = "ctl00$ucBinhChon$btnBieuQuyet"
DDL_LINKS = "ctl00$ucLienKet$ddlLienKet"
BTN_COMMENT = "ctl00$ContentPlaceHolder1$btnGuiYKien"

CATS = {1: "Tin hoạt động", 3: "Đào tạo - Bồi dưỡng", 7: "Nghiên cứu khoa học"}
PARENT = "Tin tức - Sự kiện"

# --- the articles ---------------------------------------------------------------------------

_U = "/Upload/TinTuc/2026"

STORIES: list[Story] = [
    Story(
        101,
        "hoi-thi-gvdg",
        "Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "1",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ "
                "giảng viên; tạo môi trường để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp "
                "giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên, gắn lý luận với "
                "thực tiễn của tỉnh."
            ),
            P(
                "Phát biểu khai mạc, TS. Nguyễn Văn Thành, Phó Hiệu trưởng, Trưởng Ban tổ chức Hội thi "
                "nhấn mạnh: Hội thi là hoạt động chuyên môn thường niên, là dịp để mỗi giảng viên tự "
                "rèn luyện, nâng cao trình độ, góp phần thực hiện có hiệu quả quy định về chuẩn chức "
                "danh giảng viên trường chính trị."
            ),
            Img(
                f"{_U}/12/hoithi-gvdg-01.jpg",
                "TS. Nguyễn Văn Thành phát biểu khai mạc Hội thi",
                "TS. Nguyễn Văn Thành phát biểu khai mạc Hội thi",
            ),
            P(
                "Mỗi giảng viên dự thi thực hiện hai phần: trình bày đề cương bài giảng trước Hội đồng "
                "giám khảo và thực hiện phần thi giảng trên lớp trong thời gian 45 phút với học viên "
                "lớp Trung cấp lý luận chính trị - hành chính. Các bài giảng được chuẩn bị công phu, "
                "bám sát chương trình, cập nhật các nghị quyết mới của Đảng và tình hình thực tiễn "
                "của địa phương."
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 03 giải Nhất, 04 giải Nhì, 05 giải Ba và 02 giải Khuyến "
                "khích. Các giảng viên đạt giải Nhất sẽ được chọn tham gia Hội thi giảng viên dạy giỏi "
                "các trường chính trị khu vực Tây Nam Bộ năm 2027."
            ),
            Img(
                f"{_U}/12/hoithi-gvdg-02.jpg",
                "Ban tổ chức trao giải Nhất cho các giảng viên",
                "Ban tổ chức trao giải Nhất cho các giảng viên",
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        summary=(
            "Từ ngày 01 đến ngày 03/12/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng "
            "viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa "
            "chuyên môn."
        ),
        sapo_outside=True,
        opts={
            "date": "03/12/2026 2:30:00 CH",
            "author_field": "ThS. Lê Thị Hồng Nhung - Khoa Xây dựng Đảng",
            "comments": True,
        },
    ),
    Story(
        102,
        "doan-hv4",
        "Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường Chính trị tỉnh Bến Tre",
        "1",
        "2026-12-01T08:15:00+07:00",
        [
            P(
                "Tiếp và làm việc với đoàn có đồng chí Nguyễn Thị Bích Thủy, Hiệu trưởng Nhà trường "
                "cùng các đồng chí trong Ban Giám hiệu, lãnh đạo các khoa, phòng."
            ),
            P(
                "Báo cáo tại buổi làm việc, lãnh đạo Nhà trường cho biết, giai đoạn 2021–2026, Trường "
                "đã phối hợp với Học viện tổ chức 05 lớp Cao cấp lý luận chính trị hệ không tập trung "
                "với 512 học viên tốt nghiệp. Công tác quản lý lớp, phục vụ giảng dạy và học tập được "
                "thực hiện nền nếp, đúng quy chế."
            ),
            Img(
                f"{_U}/12/hv4-lamviec.jpg",
                "(Quang cảnh buổi làm việc)",
                "Quang cảnh buổi làm việc",
                style="table",
            ),
            P(
                "Phát biểu tại buổi làm việc, PGS.TS. Trần Văn Hùng ghi nhận sự phối hợp chặt chẽ, "
                "trách nhiệm của Trường Chính trị tỉnh Bến Tre; đề nghị Nhà trường tiếp tục chuẩn bị "
                "tốt cơ sở vật chất, đội ngũ quản lý lớp để năm 2027 mở thêm 01 lớp Cao cấp lý luận "
                "chính trị cho cán bộ của tỉnh."
            ),
            Img(f"{_U}/12/hv4-tangqua.jpg", "Ảnh: Quốc Bảo", None),
            P(
                "Dịp này, hai bên cũng thống nhất một số nội dung về trao đổi giảng viên, phối hợp "
                "nghiên cứu khoa học và biên soạn tài liệu tham khảo phục vụ giảng dạy phần kiến thức "
                "địa phương."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Thanh Hà - Ảnh: Quốc Bảo</strong></p>'
            ),
        ],
        authors=["Thanh Hà"],
        photographers=["Quốc Bảo"],
        summary=(
            "Sáng ngày 30/11/2026, Đoàn công tác Học viện Chính trị khu vực IV do PGS.TS. Trần "
            "Văn Hùng, Phó Giám đốc Học viện làm trưởng đoàn đã đến làm việc với Trường Chính trị "
            "tỉnh Bến Tre về công tác phối hợp mở lớp Cao cấp lý luận chính trị."
        ),
        sapo_outside=True,
        opts={"date": "01/12/2026 8:15:00 SA", "author_field": "admin"},
    ),
    Story(
        103,
        "chi-bo-llcs",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        "1",
        "2026-11-27",
        [
            P(
                "Thực hiện Kế hoạch của Đảng ủy Trường về sinh hoạt chuyên đề năm 2026, ngày "
                "26/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao tinh thần trách nhiệm, nêu gương của đảng viên trong thực hiện nhiệm vụ "
                "chuyên môn”.",
                "word",
            ),
            P(
                "Tham dự buổi sinh hoạt có đồng chí Võ Minh Tâm, Phó Bí thư Đảng ủy Trường và 100% "
                "đảng viên của Chi bộ.",
                "word",
            ),
            Raw('<p class="MsoNormal">&nbsp;<o:p></o:p></p>'),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của "
                "chuyên đề; đồng thời gợi mở các vấn đề để đảng viên thảo luận, liên hệ bản thân. Các "
                "ý kiến tập trung vào việc đổi mới nội dung, phương pháp giảng dạy, nâng cao chất "
                "lượng đi thực tế, nghiên cứu thực tế ở cơ sở và trách nhiệm trong quản lý lớp học.",
                "word",
            ),
            P(
                "Qua thảo luận, Chi bộ thống nhất đề ra 04 nhóm giải pháp trọng tâm, trong đó mỗi đảng "
                "viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm 2027 và đưa nội dung "
                "này vào đánh giá, xếp loại chất lượng đảng viên cuối năm.",
                "word",
            ),
            Raw('<p class="MsoNormal">&nbsp;<o:p></o:p></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"date": "27/11/2026 12:00:00 SA", "author_field": "Khoa Lý luận cơ sở"},
    ),
    Story(
        104,
        "hoi-thao-2011",
        "Công đoàn Trường tổ chức Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)",
        "1",
        "2026-11-20T12:05:00+07:00",
        [
            P(
                "Hội thao gồm các môn: bóng chuyền hơi, kéo co, cầu lông và cờ tướng, thu hút hơn 60 "
                "vận động viên đến từ 06 tổ công đoàn trực thuộc."
            ),
            Img(
                f"{_U}/11/hoithao-keoco.jpg",
                "Phần thi kéo co sôi nổi giữa các tổ công đoàn",
                "Phần thi kéo co sôi nổi giữa các tổ công đoàn",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, giao lưu, học hỏi. Bên "
                "cạnh các môn thể thao, Ban tổ chức còn lồng ghép trò chơi dân gian “Bịt mắt đập om” "
                "tạo không khí vui tươi cho ngày hội."
            ),
            Img(
                f"{_U}/11/hoithao-caulong_nho.jpg",
                "Trận chung kết đôi nam nữ môn cầu lông",
                "Trận chung kết đôi nam nữ môn cầu lông",
                style="link",
            ),
            P(
                "Kết thúc Hội thao, Tổ công đoàn Khoa Nhà nước và pháp luật giành giải Nhất toàn đoàn; "
                "giải Nhì thuộc về Tổ công đoàn Phòng Tổ chức - Hành chính; giải Ba thuộc về Tổ công "
                "đoàn Khoa Xây dựng Đảng."
            ),
            Raw('<p style="text-align: right;"><em><strong>Bài, ảnh: Minh Trí</strong></em></p>'),
        ],
        authors=["Minh Trí"],
        photographers=["Minh Trí"],
        summary=(
            "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 17 đến 19/11/2026, Công "
            "đoàn Trường Chính trị tỉnh Bến Tre tổ chức Hội thao dành cho cán bộ, viên chức và người "
            "lao động."
        ),
        sapo_outside=True,
        opts={"date": "20/11/2026 12:05:00 CH", "lead_tag": "b"},
    ),
    Story(
        105,
        "bcv-gioi",
        "Giảng viên Nhà trường đạt giải Nhì Hội thi Báo cáo viên giỏi cấp tỉnh năm 2026",
        "1",
        "2026-11-12T09:40:00+07:00",
        [
            P(
                "Hội thi có 28 thí sinh là báo cáo viên của các huyện ủy, thành ủy, đảng ủy trực thuộc "
                "và các sở, ngành tỉnh. Mỗi thí sinh trải qua phần thi trình bày báo cáo chuyên đề và "
                "phần thi xử lý tình huống trước Ban giám khảo."
            ),
            P(
                "Với chuyên đề “Phát huy giá trị văn hóa Đồng Khởi trong xây dựng con người Bến Tre "
                "thời kỳ mới”, ThS. Phạm Thị Ngọc Hân, giảng viên Khoa Lý luận cơ sở đã thuyết phục Ban "
                "giám khảo bằng cách trình bày sinh động, nhiều dẫn chứng từ thực tiễn địa phương và "
                "đạt giải Nhì."
            ),
            P(
                "Giải Khuyến khích thuộc về ThS. Đặng Quốc Việt, giảng viên Khoa Nhà nước và pháp luật "
                "với chuyên đề về cải cách hành chính, chuyển đổi số ở cấp xã."
            ),
            P(
                "Kết quả này góp phần khẳng định chất lượng đội ngũ giảng viên của Nhà trường, đồng "
                "thời là dịp để giảng viên tăng cường gắn kết công tác giảng dạy với công tác tuyên "
                "truyền miệng tại cơ sở."
            ),
        ],
        authors=["Thanh Tâm"],
        source="Ban Tuyên giáo Tỉnh ủy Bến Tre",
        summary=(
            "Vừa qua, Ban Tuyên giáo Tỉnh ủy Bến Tre tổ chức Hội thi Báo cáo viên giỏi cấp tỉnh năm "
            "2026. Trường Chính trị tỉnh Bến Tre có 02 giảng viên tham gia và đạt 01 giải Nhì, 01 "
            "giải Khuyến khích."
        ),
        sapo_outside=True,
        opts={
            "date": "12/11/2026 9:40:00 SA",
            "author_field": "Thanh Tâm",
            "source_field": "Ban Tuyên giáo Tỉnh ủy Bến Tre",
        },
    ),
    Story(
        106,
        "toa-dam-cds",
        "Tọa đàm “Chuyển đổi số trong công tác đào tạo, bồi dưỡng cán bộ tại Trường Chính trị”",
        "1",
        "2026-11-03T10:20:00+07:00",
        [
            Raw(
                '<table align="right" border="1" cellpadding="4" cellspacing="0" '
                'style="width: 38%; margin: 0 0 8px 10px; border-collapse: collapse; '
                'border-color: #c8d7e6;"><tbody><tr><td style="background: #e9f1f9;">'
                "<strong>Tin liên quan</strong></td></tr><tr><td>"
                '- <a href="ChiTietTin.aspx?NewsID=113">Nghiệm thu 05 đề tài khoa học cấp cơ sở '
                "năm 2026</a><br />"
                '- <a href="http://baodongkhoi.vn/chuyen-doi-so-2026">Bến Tre đẩy mạnh chuyển '
                "đổi số trong khu vực công</a></td></tr></tbody></table>"
            ),
            P(
                "Tọa đàm có 12 tham luận của giảng viên, cán bộ quản lý Nhà trường và đại diện Sở Khoa "
                "học và Công nghệ, Trung tâm Chuyển đổi số tỉnh. Các ý kiến tập trung phân tích thực "
                "trạng ứng dụng công nghệ thông tin trong quản lý đào tạo, xây dựng học liệu số và tổ "
                "chức kiểm tra, đánh giá học viên."
            ),
            P(
                "Theo báo cáo đề dẫn, đến nay 100% lớp học do Nhà trường quản lý đã được số hóa hồ sơ "
                "học viên; phần mềm quản lý đào tạo được đưa vào sử dụng từ năm 2024, giúp giảm đáng "
                "kể thời gian tổng hợp điểm và cấp giấy chứng nhận."
            ),
            P(
                "Tuy nhiên, hạ tầng kỹ thuật còn hạn chế, kho học liệu số chưa nhiều, kỹ năng số của "
                "một bộ phận giảng viên và học viên chưa đáp ứng yêu cầu. Nhiều ý kiến đề xuất xây "
                "dựng hệ thống bài giảng điện tử dùng chung giữa các trường chính trị trong khu vực."
            ),
            P(
                "Kết luận tọa đàm, đồng chí Hiệu trưởng đề nghị các khoa, phòng nghiên cứu, tiếp thu "
                "các ý kiến để cụ thể hóa vào Kế hoạch chuyển đổi số của Nhà trường giai đoạn "
                "2026–2030."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Đồng Khởi</em></p>'),
        ],
        source="Báo Đồng Khởi",
        summary=(
            "Ngày 02/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức tọa đàm khoa học “Chuyển đổi "
            "số trong công tác đào tạo, bồi dưỡng cán bộ tại Trường Chính trị” nhằm trao đổi giải "
            "pháp ứng dụng công nghệ thông tin vào quản lý và giảng dạy."
        ),
        sapo_outside=True,
        opts={"date": "03/11/2026 10:20:00 SA", "author_field": "BBT"},
    ),
    Story(
        107,
        "cn-xanh",
        "Đoàn Thanh niên Trường ra quân “Ngày Chủ nhật xanh” tại xã Phú Nhuận",
        "1",
        "2026-10-22T15:00:00+07:00",
        [
            P(
                "Tham gia buổi ra quân có hơn 40 đoàn viên thanh niên của Nhà trường và đoàn viên xã "
                "Phú Nhuận. Các đoàn viên đã dọn dẹp, phát quang bụi rậm, thu gom rác thải dọc tuyến "
                "đường liên ấp dài khoảng 2 km, đồng thời trồng mới 150 cây hoa giấy tạo cảnh quan "
                "xanh - sạch - đẹp."
            ),
            Img(
                f"{_U}/10/cn-xanh.jpg",
                "Đoàn viên thanh niên dọn vệ sinh tuyến đường liên ấp",
                "Đoàn viên thanh niên dọn vệ sinh tuyến đường liên ấp",
            ),
            P(
                "Dịp này, Đoàn Thanh niên Trường còn trao tặng 20 phần quà cho học sinh có hoàn cảnh "
                "khó khăn của xã, mỗi phần gồm tập vở và dụng cụ học tập trị giá 300.000 đồng."
            ),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường của đoàn viên, thanh niên, đồng "
                "thời thắt chặt mối quan hệ phối hợp giữa tổ chức Đoàn Nhà trường với địa phương."
            ),
        ],
        authors=["Thùy Dương"],
        summary=(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” năm 2026, sáng ngày 18/10/2026, Đoàn Thanh "
            "niên Trường Chính trị tỉnh Bến Tre phối hợp với Đoàn xã Phú Nhuận, thành phố Bến Tre tổ "
            "chức ra quân vệ sinh môi trường."
        ),
        sapo_outside=True,
        opts={"date": "22/10/2026 3:00:00 CH", "author_field": "Thùy Dương (Đoàn Thanh niên)"},
    ),
    Story(
        108,
        "khai-giang-tc",
        "Khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026–2027",
        "3",
        "2026-12-02T07:45:00+07:00",
        [
            P(
                "Dự lễ khai giảng có đồng chí Trần Thanh Phong, Phó Trưởng Ban Tổ chức Tỉnh ủy; đại "
                "diện lãnh đạo các cơ quan cử cán bộ đi học cùng tập thể cán bộ, giảng viên Nhà trường."
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 08 tháng với 05 phần học, tổng cộng 1.160 tiết. Chương "
                "trình được thiết kế theo hướng tăng thời lượng thảo luận, đi thực tế và viết tiểu luận "
                "gắn với thực tiễn công tác của học viên."
            ),
            P("Phần học | Nội dung | Thời gian", "tr"),
            P(
                "Phần I | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh | "
                "12/2026 – 01/2027",
                "tr",
            ),
            P(
                "Phần II | Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị | "
                "02/2027 – 03/2027",
                "tr",
            ),
            P(
                "Phần III | Những vấn đề cơ bản về quản lý hành chính nhà nước | 04/2027 – 05/2027",
                "tr",
            ),
            P(
                "Phần IV, V | Kỹ năng lãnh đạo, quản lý và tình hình, nhiệm vụ của tỉnh Bến Tre | "
                "06/2027 – 07/2027",
                "tr",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên nêu cao tinh thần tự học, "
                "chấp hành nghiêm quy chế đào tạo, nội quy của Nhà trường, hoàn thành tốt chương trình "
                "học tập."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        summary=(
            "Sáng ngày 01/12/2026, Trường Chính trị tỉnh Bến Tre tổ chức khai giảng lớp Trung cấp lý "
            "luận chính trị hệ tập trung khóa 2026–2027 cho 86 học viên là cán bộ, công chức các sở, "
            "ngành, huyện, thành phố trong tỉnh."
        ),
        sapo_outside=True,
        opts={"date": "02/12/2026 7:45:00 SA", "author_field": "Phòng Quản lý đào tạo"},
    ),
    Story(
        109,
        "bd-qpan",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "3",
        "2026-11-25T14:00:00+07:00",
        [
            P(
                "Lớp học có 124 học viên là trưởng, phó các đoàn thể, công chức cấp xã và bí thư, phó "
                "bí thư chi bộ ấp, khu phố trên địa bàn thành phố Bến Tre và huyện Châu Thành.",
                "ent",
            ),
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu 10 chuyên đề về quan điểm của Đảng về "
                "quốc phòng, an ninh; xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân "
                "dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ; công tác quốc "
                "phòng ở cơ sở trong tình hình mới.",
                "ent",
            ),
            P(
                "Kết thúc khóa học, học viên làm bài thu hoạch, liên hệ với thực tiễn công tác của địa "
                "phương, đơn vị. Những học viên đạt yêu cầu sẽ được cấp giấy chứng nhận theo quy định.",
                "ent",
            ),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        summary=(
            "Từ ngày 23 đến 27/11/2026, Trường Chính trị tỉnh Bến Tre phối hợp với Bộ Chỉ huy Quân sự "
            "tỉnh tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        sapo_outside=True,
        opts={"date": "25/11/2026 2:00:00 CH", "author_field": "Nguyễn Hoàng Phúc"},
    ),
    Story(
        110,
        "bd-ba-tri",
        "Lớp bồi dưỡng cán bộ, công chức cấp xã tại huyện Ba Tri hoàn thành chương trình",
        "3",
        "2026-11-16T16:30:00+07:00",
        [
            P(
                "Ngày 14/11/2026, tại Trung tâm Chính trị huyện Ba Tri, Trường Chính trị tỉnh Bến Tre "
                "tổ chức bế giảng lớp bồi dưỡng kiến thức quản lý nhà nước cho cán bộ, công chức cấp xã "
                "năm 2026.",
                "br",
            ),
            P(
                "Lớp học khai giảng từ ngày 06/10/2026 với 65 học viên là cán bộ, công chức của 21 xã, "
                "thị trấn trên địa bàn huyện. Trong thời gian học tập, học viên đã nghiên cứu các "
                "chuyên đề về tổ chức bộ máy chính quyền địa phương, quản lý tài chính, ngân sách xã, "
                "quản lý đất đai, xây dựng nông thôn mới và kỹ năng tiếp công dân.",
                "br",
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó có 18 học viên "
                "đạt loại giỏi, 41 học viên đạt loại khá.",
                "br",
            ),
            P(
                "Phát biểu bế giảng, đại diện Ban Giám hiệu đề nghị học viên vận dụng kiến thức đã học "
                "vào thực tiễn công tác, góp phần nâng cao hiệu quả hoạt động của chính quyền cơ sở.",
                "br",
            ),
            Raw(
                '<div class="dinhkem" style="margin-top: 6px;"><img src="/images/icon_pdf.gif" '
                'alt="" align="absmiddle" /> Tệp đính kèm: <a href="/Upload/Files/2026/'
                'KQ_lop_BDQLNN_BaTri.pdf" target="_blank">KQ_lop_BDQLNN_BaTri.pdf</a></div>'
            ),
            Raw(
                '<p><em>Xem thêm: <a href="chitiettin.aspx?newsid=109">Bồi dưỡng kiến thức quốc '
                "phòng và an ninh cho đối tượng 4 năm 2026</a></em></p>"
            ),
        ],
        authors=["Huỳnh Văn Lộc"],
        opts={
            "date": "16/11/2026 4:30:00 CH",
            "author_field": "ThS. Huỳnh Văn Lộc - Khoa Nhà nước và pháp luật",
        },
    ),
    Story(
        111,
        "cao-cap-2027",
        "Triển khai kế hoạch mở lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        "3",
        "2026-10-28T08:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch đào tạo năm 2027 của Học viện Chính trị quốc gia Hồ Chí Minh, "
                "Trường Chính trị tỉnh Bến Tre thông báo kế hoạch phối hợp mở 01 lớp Cao cấp lý luận "
                "chính trị hệ không tập trung dành cho cán bộ, công chức, viên chức của tỉnh.",
                "bold",
            ),
            P(
                "Đối tượng tuyển sinh là cán bộ thuộc diện quy hoạch hoặc đang giữ chức vụ lãnh đạo, "
                "quản lý theo quy định, đáp ứng các tiêu chuẩn sau:"
            ),
            P("Có trình độ đại học trở lên;", "li"),
            P("Đã có bằng trung cấp lý luận chính trị hoặc tương đương;", "li"),
            P(
                "Có thời gian công tác từ 05 năm trở lên, trong đó có ít nhất 03 năm giữ chức vụ lãnh "
                "đạo, quản lý;",
                "li",
            ),
            P(
                "Tuổi đời đến thời điểm tuyển sinh: nam không quá 50 tuổi, nữ không quá 48 tuổi.",
                "li",
            ),
            P(
                "Các cơ quan, đơn vị gửi danh sách và hồ sơ cán bộ dự tuyển về Phòng Quản lý đào tạo "
                "của Nhà trường trước ngày 30/11/2026 để tổng hợp, trình Ban Thường vụ Tỉnh ủy xem "
                "xét. Mẫu hồ sơ xem tại đây.",
                "oldlink",
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        summary=(
            "Thực hiện Kế hoạch đào tạo năm 2027 của Học viện Chính trị quốc gia Hồ Chí Minh, "
            "Trường Chính trị tỉnh Bến Tre thông báo kế hoạch phối hợp mở 01 lớp Cao cấp lý luận "
            "chính trị hệ không tập trung dành cho cán bộ, công chức, viên chức của tỉnh."
        ),
        opts={"date": "28/10/2026 8:00:00 SA", "author_field": "Phòng Quản lý đào tạo"},
    ),
    Story(
        112,
        "hoi-thao-hcm",
        "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ "
        "cơ sở ở Bến Tre hiện nay”",
        "7",
        "2026-11-30T09:00:00+07:00",
        [
            P(
                "Hội thảo nhận được 24 bài tham luận của giảng viên Nhà trường, Trung tâm Chính trị "
                "các huyện và một số nhà khoa học trong tỉnh. Ban tổ chức đã chọn 8 tham luận trình "
                "bày tại hội thảo."
            ),
            P(
                "“Cán bộ là cái gốc của mọi công việc. Công việc thành công hoặc thất bại đều do cán "
                "bộ tốt hoặc kém”.[1]",
                "quote",
            ),
            P(
                "Các tham luận khẳng định giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về cán "
                "bộ; phân tích thực trạng đội ngũ cán bộ cơ sở của tỉnh sau khi sắp xếp đơn vị hành "
                "chính, chỉ ra những hạn chế về kỹ năng vận động quần chúng và năng lực ứng dụng công "
                "nghệ số.[2]"
            ),
            P(
                "Nhiều giải pháp được đề xuất như: đổi mới công tác đánh giá cán bộ theo kết quả, sản "
                "phẩm cụ thể; tăng cường bồi dưỡng theo vị trí việc làm; có cơ chế khuyến khích cán bộ "
                "dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung."
            ),
            Img(
                f"{_U}/11/hoithao-hcm.jpg",
                "(Các đại biểu tham dự Hội thảo)",
                "Các đại biểu tham dự Hội thảo",
                style="table",
            ),
            P(
                "Kết quả hội thảo sẽ được Nhà trường tổng hợp thành kỷ yếu, làm tài liệu tham khảo phục "
                "vụ công tác giảng dạy, nghiên cứu và tham mưu cho cấp ủy, chính quyền địa phương."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.",
                "note",
            ),
            P(
                "[2] Báo cáo số 215-BC/TU ngày 15/8/2026 của Tỉnh ủy Bến Tre về công tác cán bộ cơ sở.",
                "note",
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        summary=(
            "Ngày 28/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thảo khoa học cấp trường với "
            "chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ cơ sở ở "
            "Bến Tre hiện nay”."
        ),
        sapo_outside=True,
        opts={
            "date": "30/11/2026 9:00:00 SA",
            "author_field": "TS. Nguyễn Văn Thành - Phó Hiệu trưởng",
        },
    ),
    Story(
        113,
        "nghiem-thu-dt",
        "Nghiệm thu 05 đề tài khoa học cấp cơ sở năm 2026",
        "7",
        "2026-10-15T14:15:00+07:00",
        [
            P("1. Các đề tài được nghiệm thu", "h"),
            P(
                "Các đề tài tập trung nghiên cứu những vấn đề thiết thực như: nâng cao chất lượng viết "
                "tiểu luận cuối khóa của học viên Trung cấp lý luận chính trị; đổi mới công tác kiểm "
                "tra, đánh giá kết quả học tập; giải pháp nâng cao hiệu quả đi thực tế của giảng viên "
                "tại các huyện ven biển."
            ),
            P("2. Kết quả đánh giá", "h"),
            P(
                "Sau khi nghe chủ nhiệm đề tài báo cáo tóm tắt kết quả nghiên cứu, các thành viên Hội "
                "đồng đã nhận xét, đánh giá cao tính cấp thiết và khả năng ứng dụng của các đề tài. Kết "
                "quả, 02 đề tài đạt loại xuất sắc, 03 đề tài đạt loại khá."
            ),
            P(
                "Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn chỉnh báo cáo tổng "
                "hợp và nộp về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 31/10/2026."
            ),
        ],
        authors=["Trần Minh Luân", "Võ Thị Kim Ngân"],
        summary=(
            "Ngày 14/10/2026, Hội đồng khoa học Trường Chính trị tỉnh Bến Tre tổ chức nghiệm thu 05 "
            "đề tài nghiên cứu khoa học cấp cơ sở năm 2026."
        ),
        sapo_outside=True,
        opts={
            "date": "15/10/2026 2:15:00 CH",
            "author_field": "ThS. Trần Minh Luân, ThS. Võ Thị Kim Ngân",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat(story: Story) -> int:
    return int(story.cat)


def _in_cat(cat: int) -> list[Story]:
    """The category's articles, newest first (the GridView's ORDER BY NgayDang DESC)."""
    return sorted((s for s in STORIES if _cat(s) == cat), key=lambda s: s.published_at or "", reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:n]


def _day(story: Story) -> str:
    return story.opts["date"].split(" ")[0]


def _short(title: str, limit: int = 70) -> str:
    """The listing's cut of a long headline (the vendor's Left(…, 70) & "...")."""
    return title if len(title) <= limit else title[:limit].rstrip() + "..."


# --- the postback state ---------------------------------------------------------------------


@dataclass(frozen=True)
class _State:
    """What one rendered page's __VIEWSTATE/__EVENTVALIDATION stand for."""

    page: str  # "list", "home", "article", "other"
    key: str  # cat for lists, NewsID for articles, path otherwise
    index: int  # the GridView's page index (1-based), 0 elsewhere
    events: frozenset[tuple[str, str]]


_MASTER_EVENTS = {(BTN_SEARCH, ""), (BTN_POLL, ""), (DDL_LINKS, "")}


class _Registry:
    """Issued view states and event validations (the server's MAC check, in a dict)."""

    def __init__(self) -> None:
        self.viewstates: dict[str, _State] = {}
        self.validations: dict[str, _State] = {}

    def issue(self, state: _State) -> tuple[str, str]:
        seed = f"{state.page}|{state.key}|{state.index}"
        vs = opaque("vs|" + seed, 420 if state.page == "list" else 180, _VS_PREFIX)
        ev = opaque("ev|" + seed, 60 + 8 * len(state.events), b"\xff\x01\x16")
        self.viewstates[vs] = state
        self.validations[ev] = state
        return vs, ev


# --- markup ---------------------------------------------------------------------------------

_WEBRES = "/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp1M1&amp;t=635201096125309880"

_MENU = [
    ("Trang chủ", "Default.aspx", []),
    (
        "Giới thiệu",
        "GioiThieu.aspx",
        [("Lịch sử hình thành", "GioiThieu.aspx"), ("Cơ cấu tổ chức", "CoCauToChuc.aspx")],
    ),
    (PARENT, "#", [(name, f"TinTuc.aspx?CatID={cid}") for cid, name in CATS.items()]),
    ("Văn bản", "VanBan.aspx", []),
    ("Thư viện ảnh", "ThuVienAnh.aspx", []),
    ("Liên hệ", "LienHe.aspx", []),
]


def _menu() -> str:
    items = []
    for label, href, kids in _MENU:
        cls = "popout level1 static" if kids else "level1 static"
        sub = ""
        if kids:
            sub = '<ul class="level2 dynamic">' + "".join(
                f'<li role="menuitem" class="dynamic"><a class="level2 dynamic" href="{h}">{esc(k)}</a></li>'
                for k, h in kids
            ) + "</ul>"
        items.append(
            f'<li role="menuitem" class="static"><a class="{cls}" href="{href}">{esc(label)}</a>{sub}</li>'
        )
    return (
        '<a href="#ctl00_mnuChinh_SkipLink"><img alt="Skip Navigation Links" '
        f'src="{_WEBRES}" width="0" height="0" style="border-width:0px;" /></a>'
        '<div class="mnu_ngang" id="ctl00_mnuChinh">'
        '<ul class="level1 static" role="menubar">' + "".join(items) + "</ul></div>"
        '<a id="ctl00_mnuChinh_SkipLink"></a>'
    )


_SELECTED = ' selected="selected"'


def _left() -> str:
    links = [
        ("", "-- Liên kết website --"),
        ("http://www.bentre.gov.vn", "Cổng TTĐT tỉnh Bến Tre"),
        ("http://www.hcma.vn", "Học viện CTQG Hồ Chí Minh"),
        ("http://hcma4.hcma.vn", "Học viện Chính trị khu vực IV"),
        ("http://baodongkhoi.vn", "Báo Đồng Khởi"),
        ("http://www.tuyengiao.vn", "Ban Tuyên giáo Trung ương"),
    ]
    options = "".join(
        f'<option{_SELECTED if not v else ""} value="{esc(v)}">{esc(t)}</option>' for v, t in links
    )
    most_read = [(101, "Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026"),
                 (108, BY_ID[108].title),
                 (87, "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm học 2025–2026"),
                 (112, BY_ID[112].title)]
    read = "".join(
        f'<tr><td class="td_docnhieu"><img src="/images/bullet_cam.gif" alt="" /> '
        f'<a id="ctl00_ucDocNhieu_rptDocNhieu_ctl0{i}_hlTin" href="ChiTietTin.aspx?NewsID={nid}">'
        f"{esc(_short(t, 60))}</a></td></tr>"
        for i, (nid, t) in enumerate(most_read)
    )
    return f"""
<td id="cot_trai" valign="top" style="width:215px;">
 <div class="khoi_trai">
  <div class="tieude_khoitrai">Liên kết website</div>
  <div class="nd_khoitrai">
   <select name="{DDL_LINKS}" onchange="javascript:setTimeout('__doPostBack(\\'{DDL_LINKS}\\',\\'\\')', 0)" id="ctl00_ucLienKet_ddlLienKet" style="width:190px;">{options}</select>
  </div>
 </div>
 <div class="khoi_trai">
  <div class="tieude_khoitrai">Tin đọc nhiều</div>
  <table id="ctl00_ucDocNhieu_tblDocNhieu" cellspacing="0" cellpadding="2" width="100%">{read}</table>
 </div>
 <div class="khoi_trai">
  <div class="tieude_khoitrai">Thăm dò ý kiến</div>
  <div class="nd_khoitrai">
   <span id="ctl00_ucBinhChon_lblCauHoi">Bạn đánh giá thế nào về giao diện mới của website?</span>
   <table id="ctl00_ucBinhChon_rblTraLoi" border="0">
    <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_0" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="1" /><label for="ctl00_ucBinhChon_rblTraLoi_0">Rất đẹp</label></td></tr>
    <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_1" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="2" /><label for="ctl00_ucBinhChon_rblTraLoi_1">Đẹp</label></td></tr>
    <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_2" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="3" /><label for="ctl00_ucBinhChon_rblTraLoi_2">Bình thường</label></td></tr>
   </table>
   <input type="submit" name="{BTN_POLL}" value="Biểu quyết" id="ctl00_ucBinhChon_btnBieuQuyet" class="nut" />
  </div>
 </div>
 <div class="khoi_trai">
  <div class="tieude_khoitrai">Thống kê truy cập</div>
  <div class="nd_khoitrai thongke">
   <img src="/images/online.gif" alt="" /> Đang online: <span id="ctl00_ucThongKe_lblOnline">27</span><br />
   <img src="/images/homnay.gif" alt="" /> Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">412</span><br />
   <img src="/images/tong.gif" alt="" /> Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">1.284.507</span>
  </div>
 </div>
</td>"""


_SCRIPT = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def _page(action: str, content: str, vs: str, ev: str, note: str = "") -> str:
    alert = f'<script type="text/javascript">alert("{note}");</script>' if note else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	:: {SITE_NAME} ::
</title><link href="App_Themes/MacDinh/style.css" type="text/css" rel="stylesheet" /><link href="favicon.ico" rel="shortcut icon" type="image/x-icon" />
<meta name="keywords" content="truong chinh tri, ben tre, ly luan chinh tri, dao tao boi duong can bo" />
<script src="js/jquery-1.4.2.min.js" type="text/javascript"></script>
<script src="js/ddmenu.js" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
{_SCRIPT}
<script src="{_WEBRES}" type="text/javascript"></script>
<a name="top"></a>
<table id="bao_ngoai" cellpadding="0" cellspacing="0" align="center" style="width:1000px;">
<tr><td colspan="2" id="dau_trang">
 <div class="banner" style="background:url(images/banner_tct.jpg) no-repeat;height:150px;">
  <img src="images/logo_tct.png" alt="Logo" class="logo" />
  <h1 class="tentruong">TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</h1>
  <div class="khauhieu">Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ</div>
 </div>
 <div class="thanh_menu">{_menu()}</div>
 <div class="thanh_ngay">
  <span id="ctl00_lblNgayThang" class="ngaythang">{HEADER_DATE}</span>
  <div class="timkiem">
   <input name="{TXT_SEARCH}" type="text" value="Nhập từ khóa..." id="ctl00_ucTimKiem_txtTuKhoa" class="o_timkiem" onfocus="if(this.value=='Nhập từ khóa...')this.value='';" onblur="if(this.value=='')this.value='Nhập từ khóa...';" />
   <input type="submit" name="{BTN_SEARCH}" value="Tìm" id="ctl00_ucTimKiem_btnTim" class="nut_tim" />
  </div>
 </div>
 <div class="chu_chay"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) * Nhiệt liệt chào mừng Đại hội Đảng bộ Trường Chính trị tỉnh Bến Tre nhiệm kỳ 2025 - 2030</marquee></div>
</td></tr>
<tr>
{_left()}
<td id="cot_giua" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" id="chan_trang">
 <div class="chantrang">
  <b>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</b><br />
  Địa chỉ: Số 07, đường Đoàn Hoàng Minh, phường Phú Khương, thành phố Bến Tre, tỉnh Bến Tre<br />
  Điện thoại: (0275) 3822 415 - Fax: (0275) 3825 036 - Email: truongchinhtri@bentre.gov.vn<br />
  Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Bích Thủy<br />
  © Bản quyền thuộc Trường Chính trị tỉnh Bến Tre. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
  <span class="thietke">Thiết kế và phát triển: <a href="http://www.clsoft.com.vn" target="_blank">Công ty CP Tin học Cửu Long (CLSoft)</a></span>
 </div>
</td></tr>
</table>
<div>
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
{alert}
</form>
</body>
</html>"""


def _breadcrumb(label: str | None, cat: int | None = None) -> str:
    if cat is not None:
        tail = f'<a id="ctl00_ContentPlaceHolder1_hlChuyenMuc" href="TinTuc.aspx?CatID={cat}">{esc(CATS[cat])}</a>'
        return (
            f'<div id="ctl00_ContentPlaceHolder1_pnlDuongDan" class="duongdan">'
            f'<span class="dd_cha">{esc(PARENT)}</span> &raquo; {tail}</div>'
        )
    return f'<div class="duongdan"><a href="Default.aspx">Trang chủ</a> &raquo; {esc(label or "")}</div>'


# --- article text ---------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 480px; height: 320px;" />'
    if img.style == "table":
        cap = esc(img.printed or "")
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 480px;">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{cap}</em>'
            "</span></td></tr></tbody></table>"
        )
    if img.style == "link":
        big = img.src.replace("_nho.jpg", ".jpg").replace("/11/", "/11/goc/")
        out = f'<p style="text-align: center;"><a href="{esc(big)}" target="_blank">{tag}</a></p>'
    else:
        out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        if img.printed.startswith("Ảnh:"):
            out += f'<p style="text-align: right;"><span style="font-size: 11px;">{esc(img.printed)}</span></p>'
        else:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _body_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("br", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i].text)
                i += 1
            if b.style == "br":
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\r\n<br />\r\n".join(text(t) for t in run)
                    + "</div>"
                )
            else:
                rows = []
                for n, row in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{text(c)}</{cell}>" for c in row.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; '
                    'border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 0.5in;">'
                '<span style="font-size: 13pt; font-family: &quot;Times New Roman&quot;, &quot;serif&quot;;">'
                f"{text(b.text)}<o:p></o:p></span></p>"
            )
        elif b.style == "ent":
            out.append(f'<p style="text-align: justify;">{text(b.text, entities=1)}</p>')
        elif b.style == "h":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "li":
            out.append(
                f'<p style="margin-left: 20px;"><img src="/images/muiten.gif" alt="" /> {text(b.text)}</p>'
            )
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "note":
            out.append(f'<p><span style="font-size: 12px;">{text(b.text)}</span></p>')
        elif b.style == "oldlink":
            body = text(b.text).replace(
                "tại đây.",
                'tại <a href="http://truongchinhtri.bentre.gov.vn/ChiTietTin.aspx?NewsID=95">đây</a>.',
            )
            out.append(f'<p style="text-align: justify;">{body}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\r\n".join(out)


def _lead_html(story: Story) -> str:
    lead = story.summary if story.sapo_outside and story.summary else ""
    if story.opts.get("lead_tag") == "b" and lead:
        return f'<span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tomtat"><b>{text(lead)}</b></span>'
    return f'<span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tomtat" style="font-weight:bold;">{text(lead)}</span>'


def _fields_html(story: Story) -> str:
    out = ""
    if story.opts.get("author_field"):
        out += (
            '<div class="dong_tacgia" style="text-align:right;padding-top:5px;">Tác giả: '
            f'<span id="ctl00_ContentPlaceHolder1_lblTacGia" style="font-weight:bold;">{esc(story.opts["author_field"])}</span></div>'
        )
    if story.opts.get("source_field"):
        out += (
            '<div class="dong_nguon" style="text-align:right;font-style:italic;">Nguồn: '
            f'<span id="ctl00_ContentPlaceHolder1_lblNguon">{esc(story.opts["source_field"])}</span></div>'
        )
    return out


_COMMENTS = [
    ("Nguyễn Văn Tâm", "04/12/2026 9:12:00 SA",
     "Hội thi rất ý nghĩa, chúc mừng các thầy cô đạt giải. Mong Nhà trường tiếp tục tổ chức thường xuyên."),
    ("Học viên lớp TC K52", "04/12/2026 8:47:00 CH",
     "Bài giảng của cô Hồng Nhung rất sinh động, dễ hiểu, học viên chúng em rất thích."),
]


def _comments_html(story: Story, sent: bool) -> str:
    shown = ""
    if story.opts.get("comments"):
        shown = "".join(
            f'<div class="ykien_item"><p><b>{esc(n)}</b> <span class="ngay_yk">({d})</span></p>'
            f"<p>{esc(c)}</p></div>"
            for n, d, c in _COMMENTS
        )
    msg = (
        '<span id="ctl00_ContentPlaceHolder1_lblThongBao" style="color:Red;">Ý kiến của bạn đã được '
        "gửi, vui lòng chờ Ban biên tập duyệt.</span>"
        if sent
        else ""
    )
    return f"""
<div id="ctl00_ContentPlaceHolder1_pnlYKien" class="khung_ykien">
 <div class="tieude_ykien">Ý kiến bạn đọc</div>
 {shown}
 <table cellpadding="2" cellspacing="0" class="form_ykien">
  <tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" style="width:250px;" /></td></tr>
  <tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" style="width:250px;" /></td></tr>
  <tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDungYK" rows="4" cols="40" id="ctl00_ContentPlaceHolder1_txtNoiDungYK"></textarea></td></tr>
  <tr><td></td><td><input type="submit" name="{BTN_COMMENT}" value="Gửi ý kiến" id="ctl00_ContentPlaceHolder1_btnGuiYKien" class="nut" /> {msg}</td></tr>
 </table>
</div>"""


def _older_html(story: Story) -> str:
    others = [s for s in _in_cat(_cat(story)) if s.id != story.id][:3]
    items = "".join(
        f'<li><a href="ChiTietTin.aspx?NewsID={s.id}">{esc(s.title)}</a> '
        f'<span class="ngay_tincu">({_day(s)})</span></li>'
        for s in others
    )
    return (
        '<div class="tin_dadua"><div class="tieude_tindadua">Các tin đã đưa</div>'
        f'<ul id="ctl00_ContentPlaceHolder1_ulTinDaDua">{items}</ul></div>'
    )


def _article_content(story: Story, sent: bool = False) -> str:
    cat = _cat(story)
    return f"""
{_breadcrumb(None, cat)}
<table id="tbl_ct" class="tbl_ct" width="100%" cellpadding="0" cellspacing="0">
 <tr><td class="td_tieude"><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="TieuDeTin">{esc(story.title)}</span></td></tr>
 <tr><td class="td_ngaydang"><span class="chu_xam">Ngày đăng: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">{story.opts["date"]}</span> &nbsp;|&nbsp; Số lượt xem: <span id="ctl00_ContentPlaceHolder1_lblLuotXem">{story.views()}</span></span></td></tr>
 <tr><td class="td_tomtat">{_lead_html(story)}</td></tr>
 <tr><td class="td_noidung">
<span id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung_tin">{_body_html(story)}</span>
{_fields_html(story)}
<div class="congcu_tin">[<a href="javascript:void(0);" onclick="window.open('InTin.aspx?NewsID={story.id}','InTin','width=760,height=600,scrollbars=yes');"><img src="images/print.gif" alt="" /> In tin</a>] [<a href="mailto:?subject={quote(story.title)}"><img src="images/email.gif" alt="" /> Gửi email</a>] [<a href="#top"><img src="images/top.gif" alt="" /> Về đầu trang</a>]</div>
{_comments_html(story, sent)}
 </td></tr>
</table>
{_older_html(story)}"""


_GONE = """
<div class="duongdan"><span class="dd_cha">Tin tức - Sự kiện</span> &raquo; <a id="ctl00_ContentPlaceHolder1_hlChuyenMuc"></a></div>
<table id="tbl_ct" class="tbl_ct" width="100%" cellpadding="0" cellspacing="0">
 <tr><td class="td_tieude"><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="TieuDeTin"></span></td></tr>
 <tr><td class="td_noidung"><span id="ctl00_ContentPlaceHolder1_lblThongBaoLoi" style="color:Red;">Tin này không tồn tại hoặc đã bị gỡ bỏ.</span></td></tr>
</table>"""


_VS_PREFIX = b"\xff\x01\x0f\x0f"


def _print_page(story: Story) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin</title>
<link href="App_Themes/MacDinh/intin.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="InTin.aspx?NewsID={story.id}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque("in|" + str(story.id), 48, _VS_PREFIX)}" /></div>
<table width="700" align="center" cellpadding="4"><tr><td>
 <div class="dau_in"><img src="images/logo_tct.png" alt="" width="60" /> <b>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</b><br />Website: truongchinhtri.bentre.gov.vn</div>
 <hr />
 <span id="lblTieuDe" class="TieuDeTin">{esc(story.title)}</span><br />
 <span class="chu_xam">Ngày đăng: <span id="lblNgayDang">{story.opts["date"]}</span></span><br />
 {_lead_html(story).replace("ctl00_ContentPlaceHolder1_", "")}
 <span id="lblNoiDung">{_body_html(story)}</span>
 {_fields_html(story).replace("ctl00_ContentPlaceHolder1_", "")}
 <hr />
 <div class="chan_in">Ngày in: 05/12/2026 10:15:32 SA - Địa chỉ bài viết: ChiTietTin.aspx?NewsID={story.id}</div>
</td></tr></table>
</form>
</body>
</html>"""


# --- listings -------------------------------------------------------------------------------


def _pager(index: int, count: int) -> tuple[str, set[tuple[str, str]]]:
    """ASP.NET's NumericPages pager with PageButtonCount=2: "1 2 ...", "... 3"."""
    group = (index - 1) // 2
    first, last = group * 2 + 1, min(group * 2 + 2, count)
    cells: list[str] = []
    events: set[tuple[str, str]] = set()

    def link(arg: int, label: str) -> str:
        events.add((PAGER_TARGET, f"Page${arg}"))
        return f"<td><a href=\"javascript:__doPostBack('{PAGER_TARGET}','Page${arg}')\">{label}</a></td>"

    if first > 1:
        cells.append(link(first - 1, "..."))
    for k in range(first, last + 1):
        cells.append(f"<td><span>{k}</span></td>" if k == index else link(k, str(k)))
    if last < count:
        cells.append(link(last + 1, "..."))
    row = (
        '<tr class="phantrang_gv" align="center">'
        f'<td colspan="2"><table border="0"><tr>{"".join(cells)}</tr></table></td></tr>'
    )
    return row, events


def _list_content(cat: int, index: int) -> tuple[str, set[tuple[str, str]]]:
    items = _in_cat(cat)
    count = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
    rows: list[str] = []
    for n, s in enumerate(items[(index - 1) * PAGE_SIZE : index * PAGE_SIZE]):
        rid = f"ctl{n + 2:02d}"
        href = f"ChiTietTin.aspx?NewsID={s.id}&amp;CatID={cat}"
        thumb = next((im.src for im in s.images), "/images/noimage.jpg").replace(
            "/Upload/TinTuc/2026/", "/Upload/TinTuc/thumb/"
        )
        lead = s.summary or ""
        rows.append(
            f'<tr class="{"dong_le" if n % 2 else "dong_chan"}"><td class="td_anh_ds" valign="top" style="width:130px;">'
            f'<a id="ctl00_ContentPlaceHolder1_gvTin_{rid}_hlAnh" href="{href}"><img id="ctl00_ContentPlaceHolder1_gvTin_{rid}_imgAnh" src="{esc(thumb)}" style="border-width:0px;width:120px;height:85px;" /></a></td>'
            f'<td valign="top"><a id="ctl00_ContentPlaceHolder1_gvTin_{rid}_hlTieuDe" class="tieude_ds" href="{href}">{esc(_short(s.title))}</a>'
            f' <span id="ctl00_ContentPlaceHolder1_gvTin_{rid}_lblNgay" class="ngay_ds">({_day(s)})</span>'
            f'<div class="tomtat_ds">{esc(_short(lead, 220))}</div></td></tr>'
        )
    events: set[tuple[str, str]] = set()
    pager = ""
    if count > 1:
        pager, events = _pager(index, count)
    if not rows:
        rows.append('<tr><td colspan="2">Chưa có tin trong chuyên mục này.</td></tr>')
    name = CATS.get(cat, "")
    crumb = (
        _breadcrumb(None, cat)
        if cat in CATS
        else '<div class="duongdan"><span class="dd_cha">Tin tức - Sự kiện</span></div>'
    )
    content = f"""
{crumb}
<div class="tieude_chuyenmuc"><span id="ctl00_ContentPlaceHolder1_lblTenChuyenMuc">{esc(name.upper())}</span></div>
<div>
<table class="gv_tintuc" cellspacing="0" cellpadding="4" border="0" id="ctl00_ContentPlaceHolder1_gvTin" style="width:100%;border-collapse:collapse;">
{"".join(rows)}
{pager}
</table>
</div>"""
    return content, events


# --- home -----------------------------------------------------------------------------------

_FEATURED = [101, 106, 108]


def _lbt(n: int) -> str:
    return f"ctl00$ContentPlaceHolder1$rptTieuDiem$ctl{n:02d}$lbtTieuDe"


def _home_content() -> tuple[str, set[tuple[str, str]]]:
    events = {(_lbt(n), "") for n in range(len(_FEATURED))}
    feat = []
    for n, nid in enumerate(_FEATURED):
        s = BY_ID[nid]
        img = next((im.src for im in s.images), "/images/noimage.jpg").replace(
            "/Upload/TinTuc/2026/", "/Upload/TinTuc/thumb/"
        )
        feat.append(
            f'<div class="tin_tieudiem"><img src="{esc(img)}" class="anh_tieudiem" alt="" />'
            f'<a id="ctl00_ContentPlaceHolder1_rptTieuDiem_ctl{n:02d}_lbtTieuDe" class="tieude_tieudiem" '
            f"href=\"javascript:__doPostBack('{_lbt(n)}','')\">{esc(s.title)}</a>"
            f'<div class="tomtat_tieudiem">{esc(_short(s.summary or "", 160))}</div></div>'
        )
    newest = "".join(
        f'<li><a href="ChiTietTin.aspx?NewsID={s.id}&amp;CatID=1">{esc(_short(s.title, 80))}</a> '
        f'<span class="ngay_moi">({_day(s)})</span> <img src="images/new.gif" alt="" /></li>'
        for s in _newest(5)
    )
    boxes = []
    for cid, name in CATS.items():
        items = "".join(
            f'<li><a href="ChiTietTin.aspx?NewsID={s.id}">{esc(s.title)}</a></li>' for s in _in_cat(cid)[:2]
        )
        boxes.append(
            f'<div class="khoi_chuyenmuc"><div class="tieude_khoi"><a href="TinTuc.aspx?CatID={cid}">'
            f'{esc(name)}</a></div><ul class="ds_khoi">{items}</ul>'
            f'<div class="xemtiep"><a href="TinTuc.aspx?CatID={cid}">Xem tiếp &raquo;</a></div></div>'
        )
    content = f"""
<div class="khoi_giua">
 <div class="tieude_khoi">Tin tiêu điểm</div>
 {"".join(feat)}
</div>
<div class="khoi_giua">
 <div class="tieude_khoi">Tin mới</div>
 <ul class="ds_tinmoi">{newest}</ul>
</div>
{"".join(boxes)}
<div class="khoi_giua"><div class="tieude_khoi">Thư viện ảnh</div>
 <a href="ThuVienAnh.aspx?AlbumID=3"><img src="/Upload/Album/2026/dai-hoi-dang-bo/anh-bia.jpg" alt="" width="200" /></a>
</div>"""
    return content, events


# --- other pages ----------------------------------------------------------------------------

_DOCS = {
    24: (
        "Kế hoạch số 112/KH-TCT",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "14/10/2026",
        "KH_112_hoithi_GVDG_2026.pdf",
    ),
    23: (
        "Quyết định số 245/QĐ-TCT",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        "05/01/2026",
        "QD_245_QCCTNB_2026.pdf",
    ),
}


def _static_content(path: str) -> str | None:
    if path == "/gioithieu.aspx":
        return _breadcrumb("Giới thiệu") + """
<div class="tieude_chuyenmuc">LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN</div>
<div class="noidung_tinh">
<p>Trường Chính trị tỉnh Bến Tre tiền thân là Trường Đảng tỉnh Bến Tre, được thành lập năm 1976. Năm 1994, Trường được đổi tên thành Trường Chính trị tỉnh Bến Tre.</p>
<p>Trường có chức năng tham mưu cho Tỉnh ủy trong công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến thức, kỹ năng lãnh đạo, quản lý cho cán bộ, công chức, viên chức của tỉnh.</p>
<p>Trường đã vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và Huân chương Độc lập hạng Ba.</p>
</div>"""
    if path == "/cocautochuc.aspx":
        return _breadcrumb("Cơ cấu tổ chức") + """
<div class="tieude_chuyenmuc">CƠ CẤU TỔ CHỨC</div>
<table class="bang_coccau" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td><b>Ban Giám hiệu</b></td><td>Hiệu trưởng: Nguyễn Thị Bích Thủy<br />Phó Hiệu trưởng: TS. Nguyễn Văn Thành<br />Phó Hiệu trưởng: ThS. Võ Minh Tâm</td></tr>
<tr><td><b>Các phòng</b></td><td>Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học</td></tr>
<tr><td><b>Các khoa</b></td><td>Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận</td></tr>
</table>"""
    if path == "/lienhe.aspx":
        return _breadcrumb("Liên hệ") + """
<div class="tieude_chuyenmuc">LIÊN HỆ</div>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</b><br />Địa chỉ: Số 07, đường Đoàn Hoàng Minh, phường Phú Khương, thành phố Bến Tre<br />Điện thoại: (0275) 3822 415<br />Email: truongchinhtri@bentre.gov.vn</p>
<table class="form_lienhe">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="50" id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" id="ctl00_ContentPlaceHolder1_btnGui" /></td></tr>
</table>"""
    if path == "/vanban.aspx":
        rows = "".join(
            f'<tr><td>{esc(so)}</td><td><a href="ChiTietVanBan.aspx?ID={i}">{esc(ty)}</a></td><td>{d}</td></tr>'
            for i, (so, ty, d, _f) in _DOCS.items()
        )
        return _breadcrumb("Văn bản") + f"""
<div class="tieude_chuyenmuc">VĂN BẢN</div>
<table id="ctl00_ContentPlaceHolder1_gvVanBan" class="gv_vanban" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{rows}</table>"""
    if path == "/thuvienanh.aspx":
        return _breadcrumb("Thư viện ảnh") + """
<div class="tieude_chuyenmuc">THƯ VIỆN ẢNH</div>
<div class="album"><a href="ThuVienAnh.aspx?AlbumID=3"><img src="/Upload/Album/2026/dai-hoi-dang-bo/anh-bia.jpg" alt="" width="200" /><br />Đại hội Đảng bộ Trường nhiệm kỳ 2025 - 2030</a></div>"""
    return None


def _doc_content(doc_id: int) -> str | None:
    if doc_id not in _DOCS:
        return None
    so, ty, d, f = _DOCS[doc_id]
    return _breadcrumb("Văn bản") + f"""
<div class="tieude_chuyenmuc">CHI TIẾT VĂN BẢN</div>
<table class="bang_vanban" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="150">Số/Ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td>Trích yếu</td><td>{esc(ty)}</td></tr>
<tr><td>Ngày ban hành</td><td>{d}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Bến Tre</td></tr>
<tr><td>Tệp đính kèm</td><td><img src="/images/icon_pdf.gif" alt="" /> <a href="/Upload/VanBan/{f}">{f}</a></td></tr>
</table>"""


def _album_content() -> str:
    pics = "".join(
        f'<td><a href="/Upload/Album/2026/dai-hoi-dang-bo/anh-{n:02d}.jpg" rel="lightbox[album]">'
        f'<img src="/Upload/Album/2026/dai-hoi-dang-bo/thumb/anh-{n:02d}.jpg" width="150" alt="" /></a></td>'
        for n in range(1, 7)
    )
    return _breadcrumb("Thư viện ảnh") + f"""
<div class="tieude_chuyenmuc">ĐẠI HỘI ĐẢNG BỘ TRƯỜNG NHIỆM KỲ 2025 - 2030</div>
<table id="ctl00_ContentPlaceHolder1_dlAnh" cellspacing="4"><tr>{pics}</tr></table>"""


def _search_content(keyword: str) -> str:
    kw = keyword.strip()
    hits = [s for s in STORIES if kw and kw.lower() in s.title.lower()]
    if not kw:
        rows = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    elif not hits:
        rows = f"<p>Không tìm thấy tin nào với từ khóa &quot;{esc(kw)}&quot;.</p>"
    else:
        rows = "<ul>" + "".join(
            f'<li><a href="ChiTietTin.aspx?NewsID={s.id}&amp;CatID={_cat(s)}">{esc(s.title)}</a> ({_day(s)})</li>'
            for s in hits
        ) + "</ul>"
    return _breadcrumb("Kết quả tìm kiếm") + f'<div class="tieude_chuyenmuc">KẾT QUẢ TÌM KIẾM</div>{rows}'


# --- errors ---------------------------------------------------------------------------------


def _yellow(message: str, exception: str) -> Response:
    body = f"""<html>
    <head>
        <title>{esc(message)}</title>
        <style>
         body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}
         H1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}
         H2 {{ font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }}
         pre {{font-family:"Consolas","Lucida Console",Monospace;font-size:11pt;margin:0;padding:0.5em;line-height:14pt}}
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{esc(message)}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.
            <br><br>
            <b> Exception Details: </b>{esc(exception)}: {esc(message)}<br><br>
            <b>Stack Trace:</b> <br><br>
            <table width=100% bgcolor="#ffffcc"><tr><td><code><pre>
[{esc(exception.split(".")[-1])}: {esc(message)}]
   System.Web.UI.ClientScriptManager.ValidateEvent(String uniqueId, String argument) +9711789
   System.Web.UI.Control.ValidateEvent(String uniqueID, String eventArgument) +108
   System.Web.UI.Page.RaisePostBackEvent(NameValueCollection postData) +35
   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint) +1639
</pre></code></td></tr></table>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.34280
            </font>
    </body>
</html>
<!-- [{esc(exception)}]: {esc(message)} -->"""
    return html(body, status=500)


def _invalid_postback() -> Response:
    return _yellow(
        "Invalid postback or callback argument.  Event validation is enabled using "
        '<pages enableEventValidation="true"/> in configuration or <%@ Page '
        'EnableEventValidation="true" %> in a page.  For security purposes, this feature verifies '
        "that arguments to postback or callback events originate from the server control that "
        "originally rendered them.  If the data is valid and expected, use the "
        "ClientScriptManager.RegisterForEventValidation method in order to register the postback "
        "or callback data for validation.",
        "System.ArgumentException",
    )


def _mac_failed() -> Response:
    return _yellow(
        "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or "
        "cluster, ensure that <machineKey> configuration specifies the same validationKey and "
        "validation algorithm. AutoGenerate cannot be used in a cluster.",
        "System.Web.HttpException",
    )


# --- the site -------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.registry = _Registry()

    # a page with the master form: issue its state and wrap it
    def _render(
        self, action: str, content: str, page: str, key: str, index: int,
        events: set[tuple[str, str]], note: str = "",
    ) -> Response:
        state = _State(page, key, index, frozenset(events | _MASTER_EVENTS))
        vs, ev = self.registry.issue(state)
        return html(
            _page(action, content, vs, ev, note),
            headers={"Cache-Control": "private", "X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"},
        )

    def _postback(self, request: Request) -> dict[str, str] | None:
        """The postback collection (ASP.NET's DeterminePostBackMode): the form of a POST, or a
        GET's query string when it carries __VIEWSTATE or __EVENTTARGET."""
        if request.method == "POST":
            form = request.form
            return form if form else None
        params = request.params
        if "__VIEWSTATE" in params or "__EVENTTARGET" in params:
            return params
        return None

    def _check(self, coll: dict[str, str], page: str, key: str) -> _State | Response:
        vs = coll.get("__VIEWSTATE")
        if vs is not None:
            state = self.registry.viewstates.get(vs)
            if state is None or state.page != page or state.key != key:
                return _mac_failed()
        ev = coll.get("__EVENTVALIDATION")
        ev_state = self.registry.validations.get(ev or "")
        if vs is None or ev_state is None or ev_state.page != page or ev_state.key != key:
            return _invalid_postback()
        return self.registry.viewstates[vs]

    def _master_button(self, coll: dict[str, str], state: _State) -> Response | str | None:
        """A named submit button in the post wins over __EVENTTARGET, as in ASP.NET."""
        if BTN_SEARCH in coll:
            kw = coll.get(TXT_SEARCH, "")
            return redirect("/TimKiem.aspx?TuKhoa=" + quote(kw))
        if BTN_POLL in coll:
            return "Cảm ơn bạn đã tham gia biểu quyết!"
        target = coll.get("__EVENTTARGET", "")
        if target == DDL_LINKS and coll.get(DDL_LINKS):
            return redirect(coll[DDL_LINKS])
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/default.aspx"):
            return self._home(request)
        if path == "/tintuc.aspx":
            return self._list(request, params)
        if path == "/chitiettin.aspx":
            return self._article(request, params)
        if path == "/intin.aspx":
            nid = params.get("newsid", "")
            if not nid.isdigit():
                return _yellow("Input string was not in a correct format.", "System.FormatException")
            story = BY_ID.get(int(nid))
            if story is None:
                return html("<html><body><p>Không tìm thấy tin.</p></body></html>")
            return html(_print_page(story))
        if path == "/timkiem.aspx":
            return self._render(
                "TimKiem.aspx?" + request.query, _search_content(params.get("tukhoa", "")),
                "other", path, 0, set(),
            )
        if path == "/chitietvanban.aspx":
            did = params.get("id", "")
            content = _doc_content(int(did)) if did.isdigit() else None
            if content is None:
                return None
            return self._render(f"ChiTietVanBan.aspx?ID={did}", content, "other", path + did, 0, set())
        if path == "/thuvienanh.aspx" and params.get("albumid") == "3":
            return self._render("ThuVienAnh.aspx?AlbumID=3", _album_content(), "other", path + "3", 0, set())
        content = _static_content(path)
        if content is not None and not request.query:
            return self._render(request.path.lstrip("/"), content, "other", path, 0, set())
        if path.startswith("/upload/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, b"/* WebForms */", {"Content-Type": "application/x-javascript"})
        return static_file(request.path)

    def _home(self, request: Request) -> Response:
        content, events = _home_content()
        coll = self._postback(request)
        note = ""
        if coll is not None:
            checked = self._check(coll, "home", "home")
            if isinstance(checked, Response):
                return checked
            hit = self._master_button(coll, checked)
            if isinstance(hit, Response):
                return hit
            note = hit or ""
            target = coll.get("__EVENTTARGET", "")
            if not note and target:
                if (target, coll.get("__EVENTARGUMENT", "")) not in checked.events:
                    return _invalid_postback()
                for n, nid in enumerate(_FEATURED):
                    if target == _lbt(n):
                        return redirect(f"/ChiTietTin.aspx?NewsID={nid}&CatID={BY_ID[nid].cat}")
        return self._render("Default.aspx", content, "home", "home", 0, events, note)

    def _list(self, request: Request, params: dict[str, str]) -> Response:
        raw = params.get("catid", "")
        if not raw.isdigit():
            return _yellow("Input string was not in a correct format.", "System.FormatException")
        cat = int(raw)
        items = _in_cat(cat)
        count = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
        index = 1
        note = ""
        coll = self._postback(request)
        if coll is not None:
            checked = self._check(coll, "list", str(cat))
            if isinstance(checked, Response):
                return checked
            index = checked.index  # the GridView keeps its PageIndex in view state
            hit = self._master_button(coll, checked)
            if isinstance(hit, Response):
                return hit
            note = hit or ""
            target = coll.get("__EVENTTARGET", "")
            arg = coll.get("__EVENTARGUMENT", "")
            if not note and target:
                if (target, arg) not in checked.events:
                    return _invalid_postback()
                if target == PAGER_TARGET and arg.startswith("Page$"):
                    index = int(arg[5:])
        index = min(max(index, 1), count)
        content, events = _list_content(cat, index)
        return self._render(f"TinTuc.aspx?CatID={cat}", content, "list", str(cat), index, events, note)

    def _article(self, request: Request, params: dict[str, str]) -> Response:
        nid = params.get("newsid", "")
        if not nid.isdigit():
            return _yellow("Input string was not in a correct format.", "System.FormatException")
        story = BY_ID.get(int(nid))
        action = "ChiTietTin.aspx?" + request.query
        if story is None:
            return self._render(action, _GONE, "article", nid, 0, set())
        sent = False
        note = ""
        coll = self._postback(request)
        if coll is not None:
            checked = self._check(coll, "article", nid)
            if isinstance(checked, Response):
                return checked
            hit = self._master_button(coll, checked)
            if isinstance(hit, Response):
                return hit
            note = hit or ""
            sent = not note and BTN_COMMENT in coll
        return self._render(
            action, _article_content(story, sent), "article", nid, 0, {(BTN_COMMENT, "")}, note
        )


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold_path(story: Story) -> str:
    return f"/ChiTietTin.aspx?NewsID={story.id}&CatID={story.cat}"


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/ChiTietTin.aspx?NewsID={story.id}"]
    if story.id in (108, 112):  # the home's "Tin mới" box hard-codes CatID=1
        alts.append(f"/ChiTietTin.aspx?NewsID={story.id}&CatID=1")
    if story.id == 109:  # 110's "Xem thêm" line, typed in lower case
        alts.append("/chitiettin.aspx?newsid=109")
    alts.append(f"/InTin.aspx?NewsID={story.id}")
    return alts


GOLD = [
    gold_record(s, _gold_path(s), CATS[_cat(s)], canonical_path=_gold_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/GioiThieu.aspx",
    "/CoCauToChuc.aspx",
    "/LienHe.aspx",
    "/ChiTietVanBan.aspx?ID=24",
    "/ChiTietVanBan.aspx?ID=23",
    "/ThuVienAnh.aspx?AlbumID=3",
]
