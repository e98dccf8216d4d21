"""Trường THCS Trần Hưng Đạo (huyện Krông Pắc, tỉnh Đắk Lắk): a home-made PHP site, 2010 era.

Platform
--------
A site written around 2010 by the district's IT contractor ("Công ty TNHH Tin học Hoàng Long")
and copied to every school of the district: one ``index.php`` dispatching on ``mod``/``act``,
MySQL behind it, layout by nested tables (banner row, menu row, date row with a ``<marquee>``,
then three columns: left "DANH MỤC" / "TIN MỚI ĐĂNG" / "LIÊN KẾT WEBSITE", centre content,
right "THƯ VIỆN ẢNH" / "VĂN BẢN MỚI" / "THĂM DÒ Ý KIẾN" / "THỐNG KÊ TRUY CẬP"), a footer
row. Pages go out with no charset in the HTTP header and ``<meta http-equiv … charset=utf-8>``.
``<title>`` is the same site-wide string on every page.

URL scheme
----------
- ``/index.php`` (``/`` serves the same home page): "TIN MỚI" box and two category boxes.
- ``/index.php?mod=tintuc&cat=<n>`` listings, ``&page=<p>`` (3 items a page; "Trang: [1] 2 …
  Sau »" windowed pager, the page-1 link carries ``&page=1``).
- articles ``/index.php?mod=tintuc&act=detail&id=<id>`` (the listings' form, gold ``path``);
  the same article answers with the parameters in any order and with ``&cat=<n>``; the home
  boxes print ``?mod=tintuc&id=<id>&act=detail``, "Các tin đã đưa" prints
  ``?mod=tintuc&cat=<n>&act=detail&id=<id>``, the marquee ``…&id=112&cat=1``.
- printable ``/print.php?id=<id>`` (opened by ``onclick="window.open(…)"`` only).
- ``mod=vanban`` (documents list) and ``mod=vanban&act=detail&id=<id>`` (document entry),
  ``mod=album`` and ``mod=album&act=xem&id=<id>``, ``mod=gioithieu``, ``mod=lienhe``,
  ``mod=timkiem&tukhoa=…`` (search), ``act=guiykien`` (comment form target: 302 back).
- images under ``/upload/…`` and ``/images/…``, attachments ``/upload/files/*.pdf``.

Page templates
--------------
Article: breadcrumb ``div.duongdan`` ("Trang chủ » <category>"), then ``table.khungtin``:
``td.tde_ct`` holds the headline (``<font class="tieude_tin">``), a "new.gif" icon for fresh
items and the date in parentheses ``<span class="ngaygio">(03/12/2026 16:45)</span>``; an
optional ``td.tomtat_ct`` (bold sapo); ``td.nd_ct`` holds the text as the editor (FCKeditor,
Word) saved it, then the template's right-aligned byline field ``div.tacgia``, then the reader
comments ("Ý kiến bạn đọc") and their form; ``td.congcu`` (views, poster, print, back); and
``td.tindadua`` ("Các tin đã đưa": same category, older, only those of the last 30 days).

How each gold article is reached
--------------------------------
Home "TIN MỚI" box: 117, 116, 115, 112, 110; home "HOẠT ĐỘNG CHUYÊN MÔN" box: 115, 110;
"THÔNG BÁO" box: 116, 109; left "TIN MỚI ĐĂNG" (every page): the five newest.
cat=1 "Tin tức - Sự kiện": page 1 = 117, 112, 106; page 2 = 104, 99, 95; page 3 = 92.
cat=2 "Hoạt động chuyên môn": page 1 = 115, 110, 98; page 2 = 87.  cat=3 "Thông báo": 116, 109.
Articles 99, 95, 92 and 87 are linked from nowhere but page 2/3 of their listing (the October
articles fall out of the 30-day "Các tin đã đưa"); page 3 of cat=1 is linked only from page 2
(page 1's pager prints "[1] 2 …").

Traps
-----
1. (new kind) The only ``<h1>`` of every page is the school's name in the banner and
   ``<title>`` is the same site-wide string; the headline is a ``<font>`` in ``td.tde_ct``.
   Gold ``title``: the ``<font>`` text.
2. (new kind) The publication date is printed INSIDE the headline cell, after the title, in
   parentheses; article 112's title itself ends with a parenthesised date range
   "(20/11/1982 - 20/11/2026)". Gold title keeps its own parentheses and never the
   "(dd/mm/yyyy hh:mm)" span; gold date is the span's.
3. (new kind) Dates of other items in the same "(dd/mm/yyyy)" shape come BEFORE the article's
   in source order (left column "TIN MỚI ĐĂNG" sits before the centre column) and after it
   ("Văn bản mới", comments, "Các tin đã đưa"). Gold: the headline cell's date only.
4. (new kind) A PHP warning printed by the template inside the text cell of article 117
   ("Warning: getimagesize(…) [function.getimagesize]: failed to open stream … on line 57",
   with PHP's docref link to ``function.getimagesize`` that answers 404). Not body.
5. (new kind) Reader comments ("Ý kiến bạn đọc (2)", commenter name and "(20/11/2026 20:41)")
   are printed inside the same ``td.nd_ct`` as the text, after the byline (117, 112).
   Not body; commenters are not authors; their dates are not the article's.
6. (new kind) Document entries ``mod=vanban&act=detail&id=<id>`` use the article template
   (headline cell with a date in parentheses, breadcrumb) and share the numeric id space:
   ``vanban`` 110 and ``tintuc`` 110 are different pages. Documents are NON_ARTICLES; a
   crawler keying on ``id`` alone would drop article 110.
7. (new kind) A stale link in the hard-coded marquee ("Tin nổi bật") to deleted article 101
   answers 200 with the full chrome and "Tin này không tồn tại hoặc đã bị xóa!" (soft 404).
   No record for it (not an article, not in NON_ARTICLES).
8. (new kind) Discovery: windowed pager ("Trang: [1] 2 … Sau »": page 3 of cat=1 only from
   page 2), "Các tin đã đưa" limited to the last 30 days, so 99, 95, 92, 87 are only on
   page 2+ of a listing; the print view is reachable only through ``onclick``.
9. (duplicates) Every article answers under its canonical query, a reordered query
   (home boxes), a query with ``&cat=`` (Các tin đã đưa, marquee) and ``/print.php?id=``:
   one record each, the others in ``alt_paths``.
10. (bylines) The byline comes in five printed forms: the template's right-aligned
    ``div.tacgia`` field ("Tin, ảnh: Y Blin Niê" -> author and photographer; "Tổ Toán - Tin"
    and "Công đoàn trường" units as authors; "ThS. Lê Văn Tâm - Phó Hiệu trưởng" ->
    "Lê Văn Tâm"; "H' Nhi Êban (GV GDCD)" -> "H' Nhi Êban"), or typed by the editor at the end
    of the text (``<p style="text-align: right">`` "Nguyễn Thị Hằng"; "Tin: Y Khoa Niê - Ảnh:
    Lê Thị Ngọc"; "Hoàng Thị Thúy" with "(Nguồn: baodaklak.vn)" under it; "BBT" -> nobody).
    The tool row's "Người đăng: admin / vanthu" is a CMS account: nobody.
11. (captions) Photos in a two-row table (image row, italic caption row), or a centred
    ``<p>`` with an ``<em>`` line under it; "Ảnh: Y Blin Niê" alone is a credit (caption None,
    photographer); "(Quang cảnh hội nghị)" loses its parentheses; a photo with a descriptive
    ``alt`` but no printed line has caption None; list thumbnails (``upload/tintuc/thumb/``),
    "new.gif", document icons and the right column's album photo are not article images.
12. (encodings) Article 104 was typed with Unikey in "Unicode tổ hợp" (NFD, title included);
    article 115's text is FCKeditor entity soup (``&agrave;``/``&#7897;``). Gold: NFC text.
13. (dates) Article 110 prints "(18/11/2026 00:00)": midnight is a day -> "2026-11-18".
    Article 116 is an official notice printed with its letterhead: date = letterhead day
    "2026-11-30" (the headline cell says 01/12/2026 07:30), signer "Phạm Văn Quang" is the author;
    letterhead rows, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature block are not body.
14. (boundaries) Word markup (``MsoNormal``, ``<o:p>``, empty ``&nbsp;`` paragraphs), text as
    ``<br />``-separated lines in one ``<div>`` (article 95), "Xem thêm: <link>" (98) and
    "File đính kèm: …pdf" (87) lines at the end of the text: not body.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the breadcrumb's name of the article's own category ("Tin tức - Sự kiện",
  "Hoạt động chuyên môn", "Thông báo"); the menu prints some in capitals, the breadcrumb not.
- ``summary``: only 115 prints a sapo (bold, in its own ``td.tomtat_ct``): it is the body's first
  paragraph. The listing's truncated extract ("…") is never a summary.
- "(Nguồn: baodaklak.vn)" in parentheses under a byline: source "baodaklak.vn".
- Table rows of the text (116's schedule, 110's results) are paragraphs, cells joined " | ";
  list items (98, 92) are paragraphs; the headings "1. …" of the notice are paragraphs.
- "👉 " typed as characters in 109 stays in its paragraphs.
- The soft-404 page of id 101 and the search page are neither gold nor NON_ARTICLES.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_homemade_district_mod_thcs"
PLATFORM = "Home-made PHP/MySQL school site (2010, district IT contractor), query-string mod/act"
START_PATH = "/"

SITE_TITLE = "TRƯỜNG THCS TRẦN HƯNG ĐẠO - KRÔNG PẮC - ĐẮK LẮK"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
#: the "Các tin đã đưa" window: articles posted on or after this day (NOW() - 30 days)
RECENT_FROM = "2026-11-05"
PER_PAGE = 3

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Thông báo",
    5: "Gương sáng học đường",
}

# --- the articles ----------------------------------------------------------------------------

S117 = Story(
    id=117,
    slug="hoi-khoe-phu-dong",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="1",
    published_at="2026-12-03T16:45:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 01 và 02/12/2026, Trường THCS Trần Hưng Đạo tổ chức Hội khỏe Phù Đổng "
            "cấp trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên là học sinh "
            "đến từ 16 lớp."
        ),
        P(
            "Hội khỏe năm nay gồm các môn thi đấu: bóng đá nam, bóng chuyền nữ, cầu lông, điền "
            "kinh, kéo co và cờ vua. Đây là dịp để các em rèn luyện thể chất, giao lưu, học hỏi lẫn "
            "nhau, đồng thời tuyển chọn những vận động viên có năng khiếu để thành lập đội tuyển "
            "tham dự Hội khỏe Phù Đổng cấp huyện vào tháng 01/2027."
        ),
        Img(
            "upload/tintuc/2026/12/hkpd_khaimac.jpg",
            "Thầy Phạm Văn Quang, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "Thầy Phạm Văn Quang, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            style="tbl",
        ),
        P(
            "Phát biểu khai mạc, thầy Phạm Văn Quang, Hiệu trưởng nhà trường nhấn mạnh: Hội khỏe "
            "Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể theo "
            "gương Bác Hồ vĩ đại, góp phần giáo dục toàn diện cho học sinh."
        ),
        P(
            "Trải qua hai ngày thi đấu sôi nổi, trung thực và cao thượng, các vận động viên đã mang "
            "đến cho khán giả nhiều trận đấu hấp dẫn. Đặc biệt, môn kéo co thu hút đông đảo cổ động "
            "viên với tiếng trống, tiếng hò reo vang cả sân trường."
        ),
        Img(
            "upload/tintuc/2026/12/hkpd_keoco.jpg",
            "Phần thi kéo co giữa lớp 8A2 và lớp 8A4",
            "Phần thi kéo co giữa lớp 8A2 và lớp 8A4",
            style="tbl",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 6 giải Nhất, 6 giải Nhì, 9 giải Ba cho các cá nhân và "
            "tập thể. Giải Nhất toàn đoàn thuộc về khối 9; lớp 9A1 giành giải Nhất bóng đá nam, lớp "
            "8A3 giành giải Nhất bóng chuyền nữ."
        ),
        P(
            "Dịp này, nhà trường cũng chọn được 24 em có thành tích tốt nhất vào đội tuyển để tập "
            "luyện, chuẩn bị cho Hội khỏe Phù Đổng huyện Krông Pắc lần thứ XII."
        ),
    ],
    authors=["Y Blin Niê"],
    photographers=["Y Blin Niê"],
    opts={
        "printed": "03/12/2026 16:45",
        "tacgia": "Tin, ảnh: Y Blin Niê",
        "poster": "admin",
        "markup": "p",
        "warning": True,
        "comments": [
            (
                "Phụ huynh em Trần Gia Bảo (9A1)",
                "03/12/2026 20:12",
                "Cảm ơn nhà trường đã tổ chức hội khỏe rất bổ ích, các cháu về nhà kể chuyện "
                "say sưa cả buổi tối.",
            ),
        ],
    },
)

_LETTERHEAD = (
    '<table width="100%" border="0" cellpadding="2" cellspacing="0" style="font-size:13px">'
    '<tr><td width="42%" align="center" valign="top">PHÒNG GD&amp;ĐT KRÔNG PẮC<br />'
    "<b>TRƯỜNG THCS TRẦN HƯNG ĐẠO</b><br />______________<br />Số: 52/TB-THCSTHĐ</td>"
    '<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br /><br />"
    "<i>Krông Pắc, ngày 30 tháng 11 năm 2026</i></td></tr></table>"
    '<p align="center"><b>THÔNG BÁO</b><br />'
    "<b>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</b></p>"
)
_SIGNATURE = (
    '<table width="100%" border="0" cellpadding="2" cellspacing="0" style="font-size:13px">'
    '<tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br />- PGDĐT (b/c);<br />'
    "- CB, GV, NV;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td align="center" valign="top"><b>HIỆU TRƯỞNG</b><br /><br /><i>(Đã ký)</i><br /><br />'
    "<b>Phạm Văn Quang</b></td></tr></table>"
)

S116 = Story(
    id=116,
    slug="tb-kiem-tra-cuoi-hk1",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="3",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 118/KH-THCSTHĐ ngày 05/9/2026 của Trường THCS Trần Hưng Đạo về "
            "thực hiện nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Căn cứ Công văn số 1345/PGDĐT-CM ngày 20/11/2026 của Phòng Giáo dục và Đào tạo huyện "
            "Krông Pắc về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Lịch kiểm tra các môn tập trung", "h"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("21/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "tr"),
        P("2. Các môn kiểm tra tại lớp", "h"),
        P(
            "Các môn Giáo dục công dân, Công nghệ, Tin học, Nghệ thuật, Giáo dục thể chất và Hoạt "
            "động trải nghiệm, hướng nghiệp do giáo viên bộ môn tổ chức kiểm tra theo thời khóa "
            "biểu từ ngày 14/12 đến ngày 19/12/2026."
        ),
        P("3. Tổ chức thực hiện", "h"),
        P(
            "Các tổ chuyên môn phân công ra đề, duyệt đề và nộp về Phó Hiệu trưởng phụ trách chuyên "
            "môn trước ngày 12/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và "
            "cha mẹ học sinh; nhắc nhở học sinh ôn tập nghiêm túc, có mặt tại trường trước giờ "
            "kiểm tra 15 phút."
        ),
        P(
            "Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh toàn trường "
            "nghiêm túc thực hiện./."
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Phạm Văn Quang"],
    opts={"printed": "01/12/2026 07:30", "poster": "vanthu", "markup": "div"},
)

S115 = Story(
    id=115,
    slug="shcm-cum-toan",
    title="Sinh hoạt chuyên môn cụm trường môn Toán tại Trường THCS Trần Hưng Đạo",
    cat="2",
    published_at="2026-11-27T14:10:00+07:00",
    summary=(
        "Ngày 25/11/2026, tổ Toán - Tin Trường THCS Trần Hưng Đạo đăng cai tổ chức buổi sinh "
        "hoạt chuyên môn cụm trường số 3 môn Toán với chủ đề “Dạy học phát triển năng lực mô hình "
        "hóa toán học cho học sinh THCS”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi sinh hoạt có thầy Nguyễn Hữu Tài, chuyên viên Phòng GD&ĐT huyện cùng 27 "
            "giáo viên dạy Toán đến từ các trường THCS Ea Kly, Lê Hồng Phong, Phan Chu Trinh và "
            "Trần Hưng Đạo."
        ),
        P(
            "Mở đầu chương trình, cô Đặng Thị Thanh Tâm dạy minh họa tiết 2 bài “Hàm số bậc nhất "
            "y = ax + b (a ≠ 0)” tại lớp 8A1. Tiết dạy được thiết kế theo hướng cho học sinh thu "
            "thập số liệu thực tế về giá cước taxi, lập bảng, vẽ đồ thị rồi rút ra công thức tính "
            "tiền."
        ),
        Img(
            "upload/tintuc/2026/11/shcm_toan_1.jpg",
            "Cô Đặng Thị Thanh Tâm hướng dẫn học sinh lớp 8A1 hoạt động nhóm",
            "Cô Đặng Thị Thanh Tâm hướng dẫn học sinh lớp 8A1 hoạt động nhóm",
        ),
        P(
            "Sau tiết dạy, các thầy cô chia thành ba nhóm thảo luận, phân tích những hoạt động học "
            "của học sinh: em nào đã tích cực, em nào còn lúng túng, nguyên nhân vì sao và giáo viên "
            "cần điều chỉnh điều gì."
        ),
        P(
            "Nhiều ý kiến cho rằng việc gắn bài toán với tình huống gần gũi giúp học sinh hứng thú "
            "hơn, tuy nhiên thời gian dành cho phần vận dụng còn ít, cần cân đối lại ở các tiết sau."
        ),
        Img(
            "upload/tintuc/2026/11/shcm_toan_2.jpg",
            "Giáo viên các trường trong cụm thảo luận nhóm",
            "Giáo viên các trường trong cụm thảo luận nhóm",
        ),
        P(
            "Phát biểu kết luận, thầy Nguyễn Hữu Tài đánh giá cao sự chuẩn bị chu đáo của tổ Toán - "
            "Tin nhà trường và đề nghị các trường trong cụm tiếp tục duy trì sinh hoạt chuyên môn "
            "theo nghiên cứu bài học, chia sẻ kế hoạch bài dạy trên kho học liệu chung của huyện."
        ),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "printed": "27/11/2026 14:10",
        "tacgia": "Tổ Toán - Tin",
        "poster": "admin",
        "markup": "p",
        "entities": 1,
    },
)

S112 = Story(
    id=112,
    slug="mit-tinh-20-11",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="1",
    published_at="2026-11-20T10:15:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ mít tinh kỷ niệm "
            "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        P(
            "Đến dự buổi lễ có ông Y Thuân Byă, Phó Chủ tịch UBND xã Ea Kly; đại diện Ban đại diện "
            "cha mẹ học sinh; các thầy cô giáo nguyên là cán bộ, giáo viên của trường đã nghỉ hưu "
            "cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 600 học sinh nhà trường."
        ),
        Img(
            "upload/tintuc/2026/11/mittinh_vannghe.jpg",
            "Các tiết mục văn nghệ chào mừng của học sinh",
            "Các tiết mục văn nghệ chào mừng của học sinh",
            style="tbl",
        ),
        P(
            "Tại buổi lễ, thầy Phạm Văn Quang, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang "
            "của ngày Nhà giáo Việt Nam, điểm lại những thành tích mà tập thể sư phạm nhà trường "
            "đạt được trong năm học vừa qua: tỉ lệ học sinh lên lớp đạt 98,6%, tốt nghiệp THCS đạt "
            "100%, 14 học sinh đạt giải học sinh giỏi cấp huyện và 3 học sinh đạt giải cấp tỉnh."
        ),
        P(
            "Thay mặt các thế hệ học trò, em H' Yến Niê, Liên đội trưởng, xúc động gửi lời tri ân "
            "đến thầy cô: “Chúng em hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ "
            "của thầy cô”."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 cá nhân có thành tích xuất sắc trong phong "
            "trào thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."
        ),
        Img(
            "upload/tintuc/2026/11/mittinh_khenthuong.jpg",
            "Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc",
            "Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc",
            style="tbl",
        ),
        Raw('<p style="text-align: right;"><strong>Nguyễn Thị Hằng</strong></p>'),
    ],
    authors=["Nguyễn Thị Hằng"],
    opts={
        "printed": "20/11/2026 10:15",
        "poster": "admin",
        "markup": "p",
        "comments": [
            (
                "Nguyễn Văn Hưng",
                "20/11/2026 20:41",
                "Chúc các thầy cô giáo trường Trần Hưng Đạo luôn mạnh khỏe, hạnh phúc và thành "
                "công trong sự nghiệp trồng người!",
            ),
            (
                "Cựu học sinh khóa 2008 - 2012",
                "21/11/2026 06:58",
                "Nhìn ảnh thấy nhớ trường quá. Em kính chúc thầy Quang và các thầy cô sức khỏe.",
            ),
        ],
    },
)

S110 = Story(
    id=110,
    slug="gvdg-cap-truong",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="2",
    published_at="2026-11-18",
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Trần Hưng Đạo tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027."
        ),
        P(
            "Hội thi có 15 giáo viên đăng ký tham gia thuộc 4 tổ chuyên môn. Mỗi giáo viên dự thi "
            "trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành, trong đó "
            "một tiết bốc thăm trước ba ngày."
        ),
        Img("upload/tintuc/2026/11/gvdg_2026.jpg", None, None, style="none"),
        P(
            "Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn đã dự giờ, đánh giá tiết "
            "dạy theo quy định tại Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo."
        ),
        P(
            "Kết quả, có 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó các "
            "giáo viên có tiết dạy được đánh giá cao nhất gồm:"
        ),
        P("TT | Họ và tên | Môn dạy | Tổ chuyên môn", "tr"),
        P("1 | Đặng Thị Thanh Tâm | Toán | Toán - Tin", "tr"),
        P("2 | Võ Thị Kim Oanh | Ngữ văn | Ngữ văn - Sử - Địa", "tr"),
        P("3 | Lê Quốc Bảo | Khoa học tự nhiên | Khoa học tự nhiên", "tr"),
        P("4 | H' Nhi Êban | Giáo dục công dân | Ngữ văn - Sử - Địa", "tr"),
        P(
            "Hội thi là dịp để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo "
            "Chương trình giáo dục phổ thông 2018, đồng thời là cơ sở để nhà trường lựa chọn giáo "
            "viên tham dự Hội thi giáo viên dạy giỏi cấp huyện."
        ),
    ],
    authors=["Lê Văn Tâm"],
    opts={
        "printed": "18/11/2026 00:00",
        "tacgia": "ThS. Lê Văn Tâm - Phó Hiệu trưởng",
        "poster": "admin",
        "markup": "mso",
        "alts": {"upload/tintuc/2026/11/gvdg_2026.jpg": "Hội thi GVDG cấp trường"},
    },
)

S109 = Story(
    id=109,
    slug="nghi-hoc-mua-lu",
    title="Thông báo cho học sinh nghỉ học ngày 17/11/2026 do mưa lớn kéo dài",
    cat="3",
    published_at="2026-11-16T19:40:00+07:00",
    blocks=[
        P(
            "Do ảnh hưởng của hoàn lưu bão số 14, trên địa bàn huyện Krông Pắc mưa lớn kéo dài, "
            "nhiều tuyến đường liên thôn bị ngập sâu, tiềm ẩn nguy cơ mất an toàn cho học sinh khi "
            "đến trường."
        ),
        P(
            "Thực hiện chỉ đạo của Phòng GD&ĐT huyện, Trường THCS Trần Hưng Đạo thông báo cho toàn "
            "bộ học sinh nghỉ học ngày thứ Ba, 17/11/2026. Lịch học bù sẽ được nhà trường thông báo "
            "sau."
        ),
        P(
            "Đề nghị cha mẹ học sinh quản lý chặt chẽ con em, không cho các em đi qua các khu vực "
            "suối, cầu tràn, ao hồ đang có nước chảy xiết."
        ),
        P(
            "👉 Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp trước 20 giờ "
            "ngày 16/11/2026."
        ),
        P(
            "👉 Mọi thông tin cần thiết xin liên hệ thầy Lê Văn Tâm, Phó Hiệu trưởng, số điện thoại "
            "0905 218 347."
        ),
        Raw('<div align="right"><b>BBT</b></div>'),
    ],
    opts={"printed": "16/11/2026 19:40", "poster": "admin", "markup": "p"},
)

S106 = Story(
    id=106,
    slug="ngay-phap-luat",
    title="Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11",
    cat="1",
    published_at="2026-11-10T14:30:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao nhận thức, ý thức chấp hành pháp luật cho cán bộ, giáo viên, nhân viên và "
            "học sinh, sáng ngày 09/11/2026, Trường THCS Trần Hưng Đạo tổ chức hoạt động hưởng ứng "
            "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026 trong giờ chào cờ."
        ),
        P(
            "Tại buổi lễ, cô H' Nhi Êban, giáo viên môn Giáo dục công dân, đã tuyên truyền đến học "
            "sinh các nội dung về Luật Giao thông đường bộ, Luật Trẻ em, phòng chống bạo lực học "
            "đường và an toàn khi sử dụng mạng xã hội."
        ),
        Img("upload/tintuc/2026/11/phapluat_01.jpg", "Ảnh: Y Blin Niê", None),
        P(
            "Các em học sinh lớp 7A2 và 9A3 còn mang đến tiểu phẩm “Nói không với xe máy khi chưa "
            "đủ tuổi”, tái hiện tình huống học sinh đi xe máy đến trường, gây tai nạn và phải chịu "
            "trách nhiệm trước pháp luật. Tiểu phẩm để lại nhiều suy nghĩ cho các bạn học sinh."
        ),
        P(
            "Tiếp đó, phần thi hỏi đáp nhanh về pháp luật diễn ra sôi nổi với 30 câu hỏi. Những học "
            "sinh trả lời đúng được nhận phần quà là sách, vở do Chi đoàn giáo viên trao tặng."
        ),
        P(
            "Thông qua hoạt động, mỗi học sinh hiểu rõ hơn quyền và nghĩa vụ của mình, từ đó tự giác "
            "chấp hành nội quy nhà trường và các quy định của pháp luật."
        ),
    ],
    authors=["H' Nhi Êban"],
    photographers=["Y Blin Niê"],
    opts={
        "printed": "10/11/2026 14:30",
        "tacgia": "H' Nhi Êban (GV GDCD)",
        "poster": "admin",
        "markup": "div",
    },
)

S104 = Story(
    id=104,
    slug="trao-xe-dap",
    title="Trao tặng 20 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn",
    cat="1",
    published_at="2026-11-06T08:20:00+07:00",
    blocks=[
        P(
            "Chiều 05/11/2026, Trường THCS Trần Hưng Đạo phối hợp với Câu lạc bộ Doanh nhân Krông "
            "Pắc tổ chức trao tặng 20 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn."
        ),
        P(
            "Các em được nhận quà đều là học sinh dân tộc thiểu số, học sinh thuộc hộ nghèo, cận "
            "nghèo ở các buôn, thôn xa trường như buôn Ea Kly, buôn Kram, thôn 6, thôn 7. Nhiều em "
            "hằng ngày phải đi bộ từ 4 đến 5 km để đến lớp."
        ),
        Img("upload/tintuc/2026/11/traoxe.jpg", None, None, style="none"),
        P(
            "Mỗi chiếc xe trị giá 2,5 triệu đồng, kèm theo mũ bảo hiểm và một phần quà gồm sách vở, "
            "đồ dùng học tập. Tổng giá trị chương trình hơn 60 triệu đồng."
        ),
        P(
            "Xúc động khi nhận chiếc xe mới, em Y Phi Êban (lớp 7A4) chia sẻ: “Từ nay em không phải "
            "dậy sớm đi bộ đến trường nữa, em sẽ cố gắng học thật tốt để không phụ lòng các cô "
            "chú”."
        ),
        P(
            "Thầy Phạm Văn Quang, Hiệu trưởng nhà trường, gửi lời cảm ơn tới các nhà hảo tâm và "
            "mong muốn tiếp tục nhận được sự quan tâm, đồng hành của các tổ chức, cá nhân để không "
            "em học sinh nào phải bỏ học vì hoàn cảnh khó khăn."
        ),
        Raw(
            '<p align="right"><b>Hoàng Thị Thúy</b><br />'
            "<i>(Nguồn: baodaklak.vn)</i></p>"
        ),
    ],
    authors=["Hoàng Thị Thúy"],
    source="baodaklak.vn",
    opts={
        "printed": "06/11/2026 08:20",
        "poster": "admin",
        "markup": "p",
        "nfd": True,
        "alts": {"upload/tintuc/2026/11/traoxe.jpg": "Trao xe đạp cho học sinh nghèo"},
    },
)

S99 = Story(
    id=99,
    slug="hoi-nghi-vien-chuc",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="1",
    published_at="2026-10-30T16:00:00+07:00",
    blocks=[
        P(
            "Chiều ngày 28/10/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027. Tham dự hội nghị có 52 cán bộ, giáo viên, nhân viên của nhà "
            "trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết việc thực hiện nhiệm vụ năm học 2025 - 2026 và "
            "phương hướng, nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt "
            "động của Ban Thanh tra nhân dân và dự thảo sửa đổi Quy chế chi tiêu nội bộ, Quy chế "
            "dân chủ ở cơ sở."
        ),
        P(
            "Trong không khí dân chủ, thẳng thắn, các đại biểu đã đóng góp nhiều ý kiến tâm huyết, "
            "tập trung vào các giải pháp nâng cao chất lượng giáo dục mũi nhọn, công tác bán trú cho "
            "học sinh ở xa và việc tăng cường cơ sở vật chất phục vụ dạy học."
        ),
        Img("upload/tintuc/2026/10/hoinghivc.jpg", "(Quang cảnh hội nghị)", "Quang cảnh hội nghị"),
        P(
            "Hội nghị đã biểu quyết thông qua các chỉ tiêu thi đua năm học mới và bầu Ban Thanh tra "
            "nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí. 100% cán bộ, giáo viên, nhân viên ký giao "
            "ước thi đua."
        ),
    ],
    authors=["Công đoàn trường"],
    opts={
        "printed": "30/10/2026 16:00",
        "tacgia": "Công đoàn trường",
        "poster": "admin",
        "markup": "mso",
    },
)

S98 = Story(
    id=98,
    slug="chuyen-de-ngu-van",
    title="Chuyên đề dạy học Ngữ văn theo hướng phát triển năng lực đọc hiểu văn bản",
    cat="2",
    published_at="2026-10-28T09:45:00+07:00",
    blocks=[
        P(
            "Sáng ngày 24/10/2026, tổ Ngữ văn - Sử - Địa tổ chức chuyên đề “Dạy đọc hiểu văn bản thơ "
            "theo đặc trưng thể loại” cho học sinh lớp 7."
        ),
        P(
            "Tiết dạy minh họa bài “Mẹ” của Đỗ Trung Lai do cô Võ Thị Kim Oanh thực hiện tại lớp "
            "7A3. Cô đã tổ chức cho học sinh đọc diễn cảm, phát hiện các hình ảnh so sánh và nêu cảm "
            "nhận của bản thân về tình mẫu tử."
        ),
        Img(
            "upload/tintuc/2026/10/chuyende_van.jpg",
            "Tiết dạy minh họa của cô Võ Thị Kim Oanh",
            "Tiết dạy minh họa của cô Võ Thị Kim Oanh",
            style="tbl",
        ),
        P("Sau tiết dạy, giáo viên trong tổ thảo luận về các nội dung:"),
        P("Cách hướng dẫn học sinh nhận biết đặc điểm thể thơ bốn chữ, năm chữ;", "li"),
        P("Sử dụng phiếu học tập để học sinh tự đọc trước ở nhà;", "li"),
        P("Đánh giá năng lực đọc hiểu qua sản phẩm viết đoạn văn ghi lại cảm xúc.", "li"),
        P(
            "Chuyên đề đã giúp giáo viên thống nhất cách tổ chức các hoạt động đọc hiểu, góp phần "
            "nâng cao chất lượng bộ môn Ngữ văn trong nhà trường."
        ),
        Raw(
            '<p><b>Xem thêm:</b> <a href="index.php?mod=vanban&amp;act=detail&amp;id=103">'
            "Kế hoạch tổ chức chuyên đề cấp trường học kỳ I năm học 2026 - 2027</a></p>"
        ),
    ],
    authors=["Tổ Ngữ văn - Sử - Địa"],
    opts={
        "printed": "28/10/2026 09:45",
        "tacgia": "Tổ Ngữ văn - Sử - Địa",
        "poster": "admin",
        "markup": "p",
    },
)

S95 = Story(
    id=95,
    slug="toa-dam-20-10",
    title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    cat="1",
    published_at="2026-10-20T17:10:00+07:00",
    blocks=[
        P(
            "Chiều 19/10/2026, Ban Nữ công Công đoàn Trường THCS Trần Hưng Đạo tổ chức buổi tọa đàm "
            "kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026).",
            "br",
        ),
        P(
            "Buổi tọa đàm diễn ra trong không khí ấm cúng với sự tham gia của 34 nữ cán bộ, giáo "
            "viên, nhân viên nhà trường. Các chị em đã cùng nhau ôn lại lịch sử, truyền thống của Hội "
            "Liên hiệp Phụ nữ Việt Nam và ý nghĩa của ngày 20/10.",
            "br",
        ),
        P(
            "Nhiều ý kiến chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình, cách chăm sóc sức "
            "khỏe, nuôi dạy con cái. Cô Trần Thị Mai, Trưởng ban Nữ công, đã phát động phong trào "
            "“Giỏi việc trường, đảm việc nhà” năm học 2026 - 2027.",
            "br",
        ),
        Img(
            "upload/tintuc/2026/10/toadam_2010.jpg",
            "Các nữ giáo viên chụp ảnh lưu niệm tại buổi tọa đàm",
            "Các nữ giáo viên chụp ảnh lưu niệm tại buổi tọa đàm",
        ),
        P(
            "Dịp này, Công đoàn trường đã tặng hoa và quà chúc mừng các chị em, đồng thời thăm hỏi 2 "
            "nữ giáo viên đang có hoàn cảnh khó khăn.",
            "br",
        ),
    ],
    authors=["Trần Thị Mai"],
    opts={
        "printed": "20/10/2026 17:10",
        "tacgia": "Trần Thị Mai",
        "poster": "admin",
        "markup": "p",
    },
)

S92 = Story(
    id=92,
    slug="dai-hoi-lien-doi",
    title="Đại hội Liên đội Trần Hưng Đạo nhiệm kỳ 2026 - 2027",
    cat="1",
    published_at="2026-10-15T10:00:00+07:00",
    blocks=[
        P(
            "Sáng ngày 13/10/2026, Liên đội Trường THCS Trần Hưng Đạo long trọng tổ chức Đại hội Liên "
            "đội nhiệm kỳ 2026 - 2027 với sự tham dự của 64 đại biểu là chỉ huy các chi đội và đội "
            "viên tiêu biểu."
        ),
        P(
            "Đại hội đã đánh giá kết quả hoạt động của Liên đội nhiệm kỳ 2025 - 2026. Trong năm qua, "
            "Liên đội đã tổ chức tốt các phong trào “Kế hoạch nhỏ”, “Nghìn việc tốt”, “Áo ấm tặng "
            "bạn”, thu gom được hơn 1,2 tấn giấy vụn, quyên góp 180 bộ quần áo và 300 quyển vở tặng "
            "học sinh khó khăn."
        ),
        Img(
            "upload/tintuc/2026/10/daihoiliendoi.jpg",
            "Đoàn Chủ tịch điều hành Đại hội",
            "Đoàn Chủ tịch điều hành Đại hội",
            style="tbl",
        ),
        P("Chương trình hành động nhiệm kỳ mới tập trung vào ba nội dung chính:"),
        P(
            "Thi đua học tập tốt, rèn luyện tốt, phấn đấu 100% đội viên xếp loại rèn luyện tốt và "
            "khá;",
            "li",
        ),
        P("Duy trì phong trào “Kế hoạch nhỏ”, xây dựng công trình măng non “Góc sách Đội viên”;", "li"),
        P("Tổ chức các hoạt động trải nghiệm, tìm hiểu văn hóa cồng chiêng của đồng bào Ê Đê.", "li"),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 9 đồng chí, em H' Yến Niê (lớp 9A1) "
            "được bầu làm Liên đội trưởng."
        ),
        Raw('<p align="right"><em>Tin: Y Khoa Niê - Ảnh: Lê Thị Ngọc</em></p>'),
    ],
    authors=["Y Khoa Niê"],
    photographers=["Lê Thị Ngọc"],
    opts={"printed": "15/10/2026 10:00", "poster": "admin", "markup": "div"},
)

S87 = Story(
    id=87,
    slug="boi-duong-hsg-9",
    title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
    cat="2",
    published_at="2026-10-08T15:25:00+07:00",
    blocks=[
        P(
            "Nhằm phát hiện và bồi dưỡng học sinh có năng khiếu, nâng cao chất lượng giáo dục mũi "
            "nhọn, Trường THCS Trần Hưng Đạo đã xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm "
            "học 2026 - 2027."
        ),
        P(
            "Căn cứ kết quả khảo sát đầu năm và học lực năm lớp 8, nhà trường đã chọn 38 học sinh "
            "vào 9 đội tuyển: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí "
            "và Tin học."
        ),
        P(
            "Mỗi đội tuyển được bồi dưỡng 3 buổi mỗi tuần vào các buổi chiều, do các giáo viên có "
            "kinh nghiệm, nhiều năm có học sinh đạt giải phụ trách. Nhà trường bố trí phòng học "
            "riêng và tài liệu tham khảo cho các đội tuyển."
        ),
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện dự kiến tổ chức vào tháng 01/2027. Nhà trường "
            "phấn đấu có ít nhất 15 học sinh đạt giải, trong đó có giải Nhất."
        ),
        Raw(
            '<p><img src="images/icon_pdf.gif" border="0" align="absmiddle" /> File đính kèm: '
            '<a href="upload/files/KH_BDHSG_9_2026.pdf" target="_blank">KH_BDHSG_9_2026.pdf</a></p>'
        ),
    ],
    authors=["Nguyễn Đình Phúc"],
    opts={
        "printed": "08/10/2026 15:25",
        "tacgia": "Nguyễn Đình Phúc",
        "poster": "admin",
        "markup": "mso",
    },
)

STORIES = [S117, S116, S115, S112, S110, S109, S106, S104, S99, S98, S95, S92, S87]
BY_ID = {s.id: s for s in STORIES}
#: the deleted article the marquee still links to (soft 404)
DELETED_ID = 101


def _iso_day(story: Story) -> str:
    """The day the database holds (the headline cell's date), as YYYY-MM-DD."""
    d, m, y = story.opts["printed"].split()[0].split("/")
    return f"{y}-{m}-{d}"


def _by_date(stories: list[Story]) -> list[Story]:
    def key(s: Story) -> tuple[str, str]:
        return (_iso_day(s), s.opts["printed"].split()[1])

    return sorted(stories, key=key, reverse=True)


def _in_cat(cat: int) -> list[Story]:
    return _by_date([s for s in STORIES if int(s.cat) == cat])


NEWEST = _by_date(STORIES)[:5]

# --- documents, albums ------------------------------------------------------------------------

DOCS = {
    110: {
        "title": "Kế hoạch kiểm tra nội bộ trường học năm học 2026 - 2027",
        "printed": "16/11/2026 09:00",
        "so": "125/KH-THCSTHĐ",
        "ngay": "14/11/2026",
        "coquan": "Trường THCS Trần Hưng Đạo",
        "file": "upload/files/KH_KTNB_2026_2027.pdf",
    },
    103: {
        "title": "Kế hoạch tổ chức chuyên đề cấp trường học kỳ I năm học 2026 - 2027",
        "printed": "20/10/2026 08:00",
        "so": "121/KH-THCSTHĐ",
        "ngay": "15/10/2026",
        "coquan": "Trường THCS Trần Hưng Đạo",
        "file": "upload/files/KH_chuyende_HK1.pdf",
    },
}

ALBUMS = {
    5: (
        "Hội khỏe Phù Đổng cấp trường 2026",
        [
            ("upload/album/5/hkpd_a1.jpg", "Lễ khai mạc"),
            ("upload/album/5/hkpd_a2.jpg", "Bóng chuyền nữ"),
            ("upload/album/5/hkpd_a3.jpg", "Kéo co khối 8"),
        ],
    ),
    4: (
        "Lễ khai giảng năm học 2026 - 2027",
        [
            ("upload/album/4/kg_a1.jpg", "Đánh trống khai trường"),
            ("upload/album/4/kg_a2.jpg", "Học sinh lớp 6 nhập trường"),
        ],
    ),
}

# --- markup -----------------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    """Article text as its editor saved it (NFD for Unikey tổ hợp, FCKeditor entities)."""
    return text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))


def _title(story: Story) -> str:
    return text(story.title, nfd=story.opts.get("nfd", False))


def art_href(story_id: int, form: str = "canon") -> str:
    s = BY_ID.get(story_id)
    cat = s.cat if s else "1"
    if form == "home":
        return f"index.php?mod=tintuc&amp;id={story_id}&amp;act=detail"
    if form == "old":
        return f"index.php?mod=tintuc&amp;cat={cat}&amp;act=detail&amp;id={story_id}"
    if form == "marquee":
        return f"index.php?mod=tintuc&amp;act=detail&amp;id={story_id}&amp;cat={cat}"
    return f"index.php?mod=tintuc&amp;act=detail&amp;id={story_id}"


def _para(story: Story, p: P, markup: str) -> str:
    body = _t(story, p.text)
    if p.style == "h":
        return f"<p><strong><u>{body}</u></strong></p>"
    if markup == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">'
            '<span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;">'
            f"{body}<o:p></o:p></span></p>"
        )
    if markup == "div":
        return f'<div style="text-align: justify;">{body}</div>'
    return f'<p style="text-align: justify;">{body}</p>'


def _img(story: Story, img: Img) -> str:
    alt = esc(story.opts.get("alts", {}).get(img.src, ""))
    tag = f'<img src="{esc(img.src)}" width="450" border="0" alt="{alt}" />'
    if img.style == "tbl":
        return (
            '<table align="center" width="460" border="0" cellpadding="3" cellspacing="0" '
            'bgcolor="#F3F3F3"><tr><td align="center">'
            f"{tag}</td></tr>"
            f'<tr><td align="center"><i>{_t(story, img.printed or "")}</i></td></tr></table>'
        )
    out = f'<p align="center">{tag}</p>'
    if img.printed:
        out += f'<p align="center"><em>{_t(story, img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    markup = story.opts.get("markup", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li", "br"):
            run = [b]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style == b.style
            ):
                i += 1
                run.append(blocks[i])
            if b.style == "tr":
                rows = []
                for n, row in enumerate(run):
                    cells = "".join(
                        (f"<td><b>{_t(story, c)}</b></td>" if n == 0 else f"<td>{_t(story, c)}</td>")
                        for c in row.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" align="center" '
                    'style="border-collapse:collapse" width="95%">' + "".join(rows) + "</table>"
                )
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, r.text)}</li>" for r in run) + "</ul>")
            else:
                out.append(
                    '<div style="text-align: justify">'
                    + "<br />\n<br />\n".join(_t(story, r.text) for r in run)
                    + "</div>"
                )
        elif isinstance(b, P):
            out.append(_para(story, b, markup))
            if markup == "mso":
                out.append('<p class="MsoNormal">&nbsp;<o:p></o:p></p>')
        elif isinstance(b, Img):
            out.append(_img(story, b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _summary_cut(value: str, limit: int = 170) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    imgs = story.images
    name = imgs[0].src.rsplit("/", 1)[1] if imgs else "no_image.jpg"
    return f"upload/tintuc/thumb/{name}"


def _is_new(story: Story) -> bool:
    return _iso_day(story) >= "2026-11-28"


_NEW_ICON = '<img src="images/new.gif" border="0" alt="new" align="absmiddle" />'

MENU = (
    '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="thanhmenu">'
    '<ul id="menungang">'
    '<li><a href="index.php">TRANG CHỦ</a></li>'
    '<li><a href="index.php?mod=gioithieu">GIỚI THIỆU</a></li>'
    '<li><a href="index.php?mod=tintuc&amp;cat=1">TIN TỨC</a><ul class="menucon">'
    '<li><a href="index.php?mod=tintuc&amp;cat=1">Tin tức - Sự kiện</a></li>'
    '<li><a href="index.php?mod=tintuc&amp;cat=5">Gương sáng học đường</a></li></ul></li>'
    '<li><a href="index.php?mod=tintuc&amp;cat=2">CHUYÊN MÔN</a></li>'
    '<li><a href="index.php?mod=tintuc&amp;cat=3">THÔNG BÁO</a></li>'
    '<li><a href="index.php?mod=vanban">VĂN BẢN</a></li>'
    '<li><a href="index.php?mod=album">THƯ VIỆN ẢNH</a></li>'
    '<li><a href="index.php?mod=lienhe">LIÊN HỆ</a></li>'
    "</ul></td></tr></table>"
)


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm_item"><img src="images/muiten.gif" border="0" /> '
        f'<a href="index.php?mod=tintuc&amp;cat={n}">{esc(name)}</a></td></tr>'
        for n, name in CATS.items()
    )
    newest = "".join(
        f'<tr><td class="tinmoi_item">&#8226; <a href="{art_href(s.id)}">{_title(s)}</a> '
        f'<span class="ngay_nho">({s.opts["printed"].split()[0]})</span></td></tr>'
        for s in NEWEST
    )
    return (
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_trai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">DANH MỤC</td></tr>'
        f"{cats}</table>"
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_trai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">TIN MỚI ĐĂNG</td></tr>'
        f"{newest}</table>"
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_trai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">LIÊN KẾT WEBSITE</td></tr>'
        '<tr><td><select name="lienket" style="width:180px" '
        "onchange=\"if(this.value!='')window.open(this.value)\">"
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
        '<option value="http://krongpac.daklak.gov.vn">UBND huyện Krông Pắc</option>'
        '<option value="http://violet.vn">Thư viện Violet</option>'
        "</select></td></tr></table>"
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_trai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">TÌM KIẾM</td></tr>'
        '<tr><td><form action="index.php" method="get" name="frmtim">'
        '<input type="hidden" name="mod" value="timkiem" />'
        '<input type="text" name="tukhoa" size="18" value="" /> '
        '<input type="submit" value="Tìm" /></form></td></tr></table>'
    )


def _right() -> str:
    docs = "".join(
        f'<tr><td class="vb_item"><img src="images/icon_vb.gif" border="0" /> '
        f'<a href="index.php?mod=vanban&amp;act=detail&amp;id={n}">{esc(d["title"])}</a> '
        f'<span class="ngay_nho">({d["printed"].split()[0]})</span></td></tr>'
        for n, d in sorted(DOCS.items(), reverse=True)
    )
    return (
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_phai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">THƯ VIỆN ẢNH</td></tr>'
        '<tr><td align="center"><a href="index.php?mod=album&amp;act=xem&amp;id=5">'
        '<img src="upload/album/5/hkpd_a1.jpg" width="170" border="0" /></a><br />'
        '<a href="index.php?mod=album">Xem tất cả &raquo;</a></td></tr></table>'
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_phai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">VĂN BẢN MỚI</td></tr>'
        f"{docs}</table>"
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_phai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">THĂM DÒ Ý KIẾN</td></tr>'
        '<tr><td><form action="binhchon.php" method="post">'
        "Bạn biết đến website của trường qua:<br />"
        '<input type="radio" name="chon" value="1" /> Giáo viên giới thiệu<br />'
        '<input type="radio" name="chon" value="2" /> Bạn bè<br />'
        '<input type="radio" name="chon" value="3" /> Tìm kiếm trên mạng<br />'
        '<input type="submit" value="Bình chọn" /></form></td></tr></table>'
        '<table width="100%" cellpadding="3" cellspacing="0" class="khung_phai">'
        '<tr><td class="tde_khung" background="images/bg_tde.gif">THỐNG KÊ TRUY CẬP</td></tr>'
        '<tr><td class="thongke"><img src="images/online.gif" /> Đang online: <b>7</b><br />'
        "Hôm nay: <b>186</b><br />Tổng truy cập: <b>1.284.517</b></td></tr></table>"
    )


def page(content: str) -> str:
    marquee = (
        f'<a href="{art_href(DELETED_ID, "marquee")}">Thông báo tuyển sinh lớp 6 năm học '
        "2026 - 2027</a> &nbsp;&nbsp;*&nbsp;&nbsp; "
        f'<a href="{art_href(112, "marquee")}">{_title(S112)}</a>'
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{esc(SITE_TITLE)}</title>\n"
        '<meta name="keywords" content="THCS Trần Hưng Đạo, Krông Pắc, Đắk Lắk, giáo dục" />\n'
        '<link href="css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="js/menu.js"></script>\n'
        "</head>\n"
        '<body topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">\n'
        '<a name="top"></a>\n'
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="khungchinh">'
        '<tr><td id="banner" height="150" background="images/banner_thd.jpg">'
        '<img src="images/logo_thd.png" align="left" hspace="15" vspace="20" />'
        '<h1 class="tentruong">TRƯỜNG THCS TRẦN HƯNG ĐẠO</h1>'
        '<div class="diachi_bn">Huyện Krông Pắc - Tỉnh Đắk Lắk</div></td></tr>\n'
        f"<tr><td>{MENU}</td></tr>\n"
        f'<tr><td class="dongngay"><table width="100%"><tr><td width="180" class="ngayhomnay">'
        f"{TODAY_LINE}</td><td><marquee scrollamount=\"3\" onmouseover=\"this.stop()\" "
        f'onmouseout="this.start()"><b>Tin nổi bật:</b> {marquee}</marquee></td></tr></table>'
        "</td></tr>\n"
        '<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="4"><tr>\n'
        f'<td width="200" valign="top" class="cottrai">{_left()}</td>\n'
        f'<td valign="top" class="cotgiua">{content}</td>\n'
        f'<td width="200" valign="top" class="cotphai">{_right()}</td>\n'
        "</tr></table></td></tr>\n"
        '<tr><td class="chantrang" align="center">'
        "<b>TRƯỜNG THCS TRẦN HƯNG ĐẠO - HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK</b><br />"
        "Địa chỉ: Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk - Điện thoại: 0262.3521.468<br />"
        "Email: c2tranhungdao.kp@daklak.edu.vn<br />"
        "Bản quyền &copy; 2010 Trường THCS Trần Hưng Đạo. Thiết kế: Công ty TNHH Tin học Hoàng Long"
        "</td></tr></table>\n"
        "<script type=\"text/javascript\">function inbai(id){window.open('print.php?id='+id,"
        "'inbai','width=720,height=600,scrollbars=yes');}</script>\n"
        "</body>\n</html>\n"
    )


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" cellpadding="4" cellspacing="0" class="khung_giua">'
        f'<tr><td class="tde_khunggiua" background="images/bg_tde2.gif">{title}</td></tr>'
        f"<tr><td>{inner}</td></tr></table>"
    )


def _list_item(s: Story) -> str:
    d, t = s.opts["printed"].split()
    dd, mm, yy = d.split("/")
    first = s.summary if s.sapo_outside else next(b.text for b in s.blocks if isinstance(b, P))
    new = f" {_NEW_ICON}" if _is_new(s) else ""
    href = art_href(s.id)
    return (
        '<table width="100%" border="0" cellpadding="3" cellspacing="0" class="ds_tin"><tr>'
        f'<td width="110" valign="top"><a href="{href}"><img src="{_thumb(s)}" width="100" '
        'height="75" border="0" class="anhnho" /></a></td>'
        f'<td valign="top"><a class="tde_ds" href="{href}">{_title(s)}</a>{new}<br />'
        f'<span class="ngay_ds">Ngày đăng: {yy}-{mm}-{dd} {t}:00</span>'
        f'<div class="tomtat_ds">{text(_summary_cut(first), nfd=s.opts.get("nfd", False))}</div>'
        f'<a class="xemtiep" href="{href}">Xem tiếp &raquo;</a></td></tr></table>'
        '<div class="gach"></div>'
    )


def home() -> str:
    first, *rest = NEWEST
    featured = (
        '<table width="100%" cellpadding="3"><tr>'
        f'<td width="210" valign="top"><a href="{art_href(first.id, "home")}">'
        f'<img src="{_thumb(first)}" width="200" border="0" /></a></td>'
        f'<td valign="top"><a class="tde_noibat" href="{art_href(first.id, "home")}">'
        f"{_title(first)}</a><br />"
        f'<div class="tomtat_ds">{esc(_summary_cut(first.paragraphs[0], 220))}</div></td></tr></table>'
        '<ul class="tinkhac">'
        + "".join(f'<li><a href="{art_href(s.id, "home")}">{_title(s)}</a></li>' for s in rest)
        + "</ul>"
    )

    def catbox(cat: int) -> str:
        items = _in_cat(cat)[:2]
        return _box(
            f'<a href="index.php?mod=tintuc&amp;cat={cat}">{esc(CATS[cat]).upper()}</a>',
            '<ul class="tinkhac">'
            + "".join(
                f'<li><a href="{art_href(s.id)}">{_title(s)}</a> '
                f'<span class="ngay_nho">({s.opts["printed"].split()[0]})</span></li>'
                for s in items
            )
            + "</ul>",
        )

    return page(_box("TIN MỚI", featured) + catbox(2) + catbox(3))


def _pager(cat: int, cur: int, last: int) -> str:
    if last <= 1:
        return ""
    base = f"index.php?mod=tintuc&amp;cat={cat}&amp;page="
    parts = ["Trang:"]
    if cur > 1:
        parts.append(f'<a href="{base}{cur - 1}">&laquo; Trước</a>')
    lo, hi = max(1, cur - 1), min(last, cur + 1)
    for n in range(lo, hi + 1):
        parts.append(f"<b>[{n}]</b>" if n == cur else f'<a href="{base}{n}">{n}</a>')
    if hi < last:
        parts.append("…")
    if cur < last:
        parts.append(f'<a href="{base}{cur + 1}">Sau &raquo;</a>')
    return '<div class="phantrang" align="center">' + " ".join(parts) + "</div>"


def listing(cat: int, pageno: int) -> str:
    items = _in_cat(cat)
    last = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(pageno - 1) * PER_PAGE : pageno * PER_PAGE]
    crumb = (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; '
        f'<a href="index.php?mod=tintuc&amp;cat={cat}">{esc(CATS[cat])}</a></div>'
    )
    if chunk:
        inner = "".join(_list_item(s) for s in chunk) + _pager(cat, pageno, last)
    else:
        inner = '<div class="thongbao" align="center">Chưa có tin trong mục này!</div>'
    return page(crumb + _box(esc(CATS[cat]).upper(), inner))


_WARNING = (
    "<br />\n<b>Warning</b>:  getimagesize(upload/tintuc/2026/12/hkpd_07.JPG) "
    "[<a href='function.getimagesize'>function.getimagesize</a>]: failed to open stream: "
    "No such file or directory in <b>/var/www/thcstranhungdao/modules/tintuc/chitiet.php</b> "
    "on line <b>57</b><br />\n"
)


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    out = '<div class="ykien"><b class="tde_yk">Ý kiến bạn đọc'
    out += f" ({len(comments)})</b>" if comments else "</b>"
    for name, when, body in comments:
        out += (
            '<div class="yk_item"><b>' + esc(name) + f"</b> <i>({when})</i><br />" + esc(body) + "</div>"
        )
    out += (
        f'<form action="index.php?mod=tintuc&amp;act=guiykien&amp;id={story.id}" method="post" '
        'name="frmyk"><table><tr><td>Họ tên:</td><td><input type="text" name="hoten" size="30" />'
        '</td></tr><tr><td>Email:</td><td><input type="text" name="email" size="30" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="noidung" cols="45" rows="4"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi ý kiến" /></td></tr></table></form></div>'
    )
    return out


def _older(story: Story) -> list[Story]:
    same = _in_cat(int(story.cat))
    idx = same.index(story)
    return [s for s in same[idx + 1 :] if _iso_day(s) >= RECENT_FROM][:5]


def detail(story: Story) -> str:
    cat = int(story.cat)
    crumb = (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; '
        f'<a href="index.php?mod=tintuc&amp;cat={cat}">{esc(CATS[cat])}</a></div>'
    )
    new = f" {_NEW_ICON}" if _is_new(story) else ""
    head = (
        f'<tr><td class="tde_ct"><font class="tieude_tin" color="#0B4C8C" size="3"><b>'
        f"{_title(story)}</b></font>{new} "
        f'<span class="ngaygio">({story.opts["printed"]})</span></td></tr>'
    )
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = f'<tr><td class="tomtat_ct"><b>{_t(story, story.summary)}</b></td></tr>'
    body = _WARNING if story.opts.get("warning") else ""
    body += render_blocks(story)
    if story.opts.get("tacgia"):
        body += f'<div align="right" class="tacgia"><b><i>{esc(story.opts["tacgia"])}</i></b></div>'
    body += _comments(story)
    tools = (
        f'<tr><td class="congcu">Lượt xem: {story.views()} | Người đăng: '
        f'{esc(story.opts.get("poster", "admin"))} | '
        f'<a href="javascript:void(0);" onclick="inbai({story.id});">'
        '<img src="images/print.gif" border="0" /> In bài</a> | '
        f'<a href="javascript:void(0);" onclick="guiban({story.id});">Gửi bạn bè</a> | '
        '<a href="javascript:history.back();">Quay lại</a> | <a href="#top">Về đầu trang</a>'
        "</td></tr>"
    )
    older = _older(story)
    old = ""
    if older:
        old = (
            '<tr><td class="tindadua"><b>Các tin đã đưa:</b><ul>'
            + "".join(
                f'<li><a href="{art_href(s.id, "old")}">{_title(s)}</a> '
                f'<span class="ngay_nho">({s.opts["printed"].split()[0]})</span></li>'
                for s in older
            )
            + "</ul></td></tr>"
        )
    content = (
        crumb
        + '<table width="100%" border="0" cellpadding="5" cellspacing="0" class="khungtin">'
        + head
        + sapo
        + f'<tr><td class="nd_ct" valign="top">{body}</td></tr>'
        + tools
        + old
        + "</table>"
    )
    return page(content)


def print_view(story: Story) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>In bài: {esc(story.title)}</title>"
        '<link href="css/print.css" rel="stylesheet" type="text/css" /></head>'
        '<body onload="window.print();"><table width="680" align="center"><tr><td>'
        '<div class="tentruong_in">TRƯỜNG THCS TRẦN HƯNG ĐẠO - KRÔNG PẮC</div><hr />'
        f'<div class="tieude_in"><b>{_title(story)}</b></div>'
        f'<div class="ngay_in">Ngày đăng: {story.opts["printed"]}</div>'
        + (f"<p><b>{_t(story, story.summary)}</b></p>" if story.sapo_outside and story.summary else "")
        + render_blocks(story)
        + (
            f'<div align="right"><b><i>{esc(story.opts["tacgia"])}</i></b></div>'
            if story.opts.get("tacgia")
            else ""
        )
        + '<hr /><div align="center"><a href="javascript:window.close();">Đóng cửa sổ</a></div>'
        "</td></tr></table></body></html>"
    )


def soft_missing() -> str:
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Tin tức</div>'
        '<div class="thongbao" align="center" style="padding:40px">'
        "<b>Tin này không tồn tại hoặc đã bị xóa!</b><br /><br />"
        '<a href="javascript:history.back();">&laquo; Quay lại</a></div>'
    )


def doc_detail(doc_id: int) -> str:
    d = DOCS[doc_id]
    rows = [
        ("Số/Ký hiệu", esc(d["so"])),
        ("Ngày ban hành", d["ngay"]),
        ("Cơ quan ban hành", esc(d["coquan"])),
        ("Trích yếu", esc(d["title"])),
        ("Tải về", f'<a href="{d["file"]}"><img src="images/icon_pdf.gif" border="0" /> Tải văn bản</a>'),
    ]
    table = "".join(
        f'<tr><td width="30%" class="nhan_vb"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows
    )
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; '
        '<a href="index.php?mod=vanban">Văn bản</a></div>'
        '<table width="100%" border="0" cellpadding="5" cellspacing="0" class="khungtin">'
        f'<tr><td class="tde_ct"><font class="tieude_tin" color="#0B4C8C" size="3"><b>'
        f'{esc(d["title"])}</b></font> <span class="ngaygio">({d["printed"]})</span></td></tr>'
        '<tr><td class="nd_ct"><table width="100%" border="1" cellpadding="4" cellspacing="0" '
        f'style="border-collapse:collapse">{table}</table></td></tr>'
        '<tr><td class="congcu"><a href="javascript:history.back();">Quay lại</a></td></tr>'
        "</table>"
    )


def doc_list() -> str:
    rows = "".join(
        f'<tr><td align="center">{n}</td><td>{esc(d["so"])}</td><td>{d["ngay"]}</td>'
        f'<td><a href="index.php?mod=vanban&amp;act=detail&amp;id={n}">{esc(d["title"])}</a></td></tr>'
        for n, d in sorted(DOCS.items(), reverse=True)
    )
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Văn bản</div>'
        + _box(
            "VĂN BẢN",
            '<table width="100%" border="1" cellpadding="4" cellspacing="0" '
            'style="border-collapse:collapse"><tr><th>ID</th><th>Số/Ký hiệu</th>'
            f"<th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>",
        )
    )


def album_list() -> str:
    cells = "".join(
        f'<td align="center" width="50%"><a href="index.php?mod=album&amp;act=xem&amp;id={n}">'
        f'<img src="{photos[0][0]}" width="200" border="0" /><br />{esc(name)}</a></td>'
        for n, (name, photos) in sorted(ALBUMS.items(), reverse=True)
    )
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Thư viện ảnh</div>'
        + _box("THƯ VIỆN ẢNH", f'<table width="100%"><tr>{cells}</tr></table>')
    )


def album(album_id: int) -> str:
    name, photos = ALBUMS[album_id]
    cells = "".join(
        f'<td align="center"><a href="{src}" target="_blank"><img src="{src}" width="160" '
        f'border="0" /></a><br /><i>{esc(cap)}</i></td>'
        for src, cap in photos
    )
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; '
        '<a href="index.php?mod=album">Thư viện ảnh</a> &raquo; ' + esc(name) + "</div>"
        + _box(esc(name).upper(), f'<table width="100%"><tr>{cells}</tr></table>')
    )


def intro() -> str:
    paras = [
        "Trường THCS Trần Hưng Đạo được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Ea "
        "Kly, đóng tại thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk.",
        "Năm học 2026 - 2027, nhà trường có 16 lớp với 642 học sinh, trong đó học sinh dân tộc "
        "thiểu số chiếm 38%; đội ngũ gồm 52 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn "
        "trình độ đào tạo.",
        "Trường đạt chuẩn quốc gia mức độ 1 năm 2019, nhiều năm liền đạt danh hiệu Tập thể lao động "
        "tiên tiến.",
    ]
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Giới thiệu</div>'
        + _box("GIỚI THIỆU", "".join(f"<p>{esc(p)}</p>" for p in paras))
    )


def contact() -> str:
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Liên hệ</div>'
        + _box(
            "LIÊN HỆ",
            "<p><b>TRƯỜNG THCS TRẦN HƯNG ĐẠO</b><br />Địa chỉ: Thôn 3, xã Ea Kly, huyện Krông Pắc, "
            "tỉnh Đắk Lắk<br />Điện thoại: 0262.3521.468<br />Email: c2tranhungdao.kp@daklak.edu.vn</p>"
            '<form action="index.php?mod=lienhe" method="post"><table>'
            '<tr><td>Họ tên:</td><td><input type="text" name="hoten" /></td></tr>'
            '<tr><td>Nội dung:</td><td><textarea name="noidung" rows="5" cols="40"></textarea></td></tr>'
            '<tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table></form>',
        )
    )


def search(word: str) -> str:
    if not word.strip():
        inner = '<div class="thongbao">Bạn chưa nhập từ khóa tìm kiếm!</div>'
    else:
        found = [s for s in _by_date(STORIES) if word.lower() in s.title.lower()][:10]
        inner = (
            f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <b>{esc(word)}</b></p>"
            + "".join(_list_item(s) for s in found)
        )
    return page(
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Tìm kiếm</div>'
        + _box("KẾT QUẢ TÌM KIẾM", inner)
    )


# --- the site ---------------------------------------------------------------------------------

_FILES = {d["file"] for d in DOCS.values()} | {"upload/files/KH_BDHSG_9_2026.pdf"}


def _int(value: str | None) -> int | None:
    if value is None or not re.fullmatch(r"\d{1,6}", value):
        return None
    return int(value)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lstrip("/") in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        if path == "/binhchon.php":
            return redirect("index.php")
        params = dict(parse_qsl(request.query, keep_blank_values=True))
        if path == "/print.php":
            sid = _int(params.get("id"))
            if sid in BY_ID:
                return html(print_view(BY_ID[sid]), charset=None)
            return html("<html><body>Không có dữ liệu!</body></html>", charset=None)
        if path not in ("/", "/index.php"):
            return None
        mod = params.get("mod", "")
        act = params.get("act", "")
        if mod == "":
            return html(home(), charset=None) if not request.query else None
        if mod == "tintuc":
            if act == "detail":
                sid = _int(params.get("id"))
                if sid in BY_ID:
                    return html(detail(BY_ID[sid]), charset=None)
                if sid is not None:
                    return html(soft_missing(), charset=None)
                return None
            if act == "guiykien":
                sid = _int(params.get("id"))
                return redirect(f"index.php?mod=tintuc&act=detail&id={sid or 0}")
            if act:
                return None
            cat = _int(params.get("cat"))
            pageno = _int(params.get("page", "1"))
            if cat not in CATS or not pageno:
                return None
            return html(listing(cat, pageno), charset=None)
        if mod == "vanban":
            if act == "detail":
                did = _int(params.get("id"))
                return html(doc_detail(did), charset=None) if did in DOCS else None
            return html(doc_list(), charset=None) if not act else None
        if mod == "album":
            if act == "xem":
                aid = _int(params.get("id"))
                return html(album(aid), charset=None) if aid in ALBUMS else None
            return html(album_list(), charset=None) if not act else None
        if mod == "gioithieu":
            return html(intro(), charset=None)
        if mod == "lienhe":
            return html(contact(), charset=None)
        if mod == "timkiem":
            return html(search(params.get("tukhoa", "")), charset=None)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def canonical(story: Story) -> str:
    return f"/index.php?mod=tintuc&act=detail&id={story.id}"


def alt_paths(story: Story) -> list[str]:
    out = [
        f"/index.php?mod=tintuc&id={story.id}&act=detail",
        f"/index.php?mod=tintuc&cat={story.cat}&act=detail&id={story.id}",
    ]
    if story.id == 112:
        out.append(f"/index.php?mod=tintuc&act=detail&id={story.id}&cat={story.cat}")
    out.append(f"/print.php?id={story.id}")
    return out


GOLD = [
    gold_record(s, canonical(s), CATS[int(s.cat)], alt_paths=alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/index.php?mod=gioithieu",
    "/index.php?mod=lienhe",
    "/index.php?mod=vanban&act=detail&id=110",
    "/index.php?mod=vanban&act=detail&id=103",
    "/index.php?mod=album&act=xem&id=5",
    "/index.php?mod=album&act=xem&id=4",
]
