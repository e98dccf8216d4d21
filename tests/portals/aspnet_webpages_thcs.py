"""Trường THCS Phan Bội Châu (huyện Đức Trọng, tỉnh Lâm Đồng): an ASP.NET Web Pages site.

Platform
--------
ASP.NET Web Pages 2 (Razor ``.cshtml`` pages, WebMatrix era), written by a maths teacher in 2013
on a SQL Server CE database (``App_Data/TruongHoc.sdf``), no framework: one ``_SiteLayout.cshtml``
with a three-column ``<table>``, a CKEditor 3 text box in the admin pages, ``UrlData[0]`` for the
article id. IIS routes case-insensitively and Web Pages resolves a page without its extension,
and every path segment after the page name is path info (``UrlData``).

URL scheme
----------
- ``/`` and ``/Default.cshtml``: home page (same page).
- ``/TinTuc.cshtml?loai=<n>&trang=<n>``: a category listing, 4 items a page;
  ``/TinTuc.cshtml?tukhoa=<q>``: search (header form).
- ``/ChiTiet.cshtml/<id>``: an article (also ``/ChiTiet/<id>``, ``/chitiet.cshtml/<id>``,
  ``/ChiTiet.cshtml/<id>/<anything>``; ``?in=1`` is the print view, opened only by JavaScript).
- ``/GioiThieu.cshtml`` and ``/GioiThieu.cshtml/co-cau-to-chuc``: intro pages.
- ``/LienHe.cshtml``: contact page (POST form). ``/VanBan.cshtml``: documents table (PDF links).

Page templates
--------------
Layout: ``div#dau`` header (logo, ``<h1 class="tentruong">`` with the school's name, today's date),
``ul#menungang`` menu with ``ul.con`` drop-downs, a ``<marquee>`` notice bar, then
``table#bang_chinh`` with ``td#cot_trai`` (categories, "Xem nhiều nhất"), ``td#cot_giua`` (the
page) and ``td#cot_phai`` (poll, visitor counter, links, "Góc thư giãn" with a poem), and
``div#chan`` footer. Article: ``div.duongdan`` breadcrumb, ``div.tieude_bv`` headline (a ``span``,
no heading tag), ``div.tt_bv`` info line (en-US date, views, poster, sometimes "Tác giả"),
``div#nd<id>.nd_bv`` with the stored text, ``div.cn_bv`` update line, ``div.congcu`` tools,
``div.binhluan`` comments with their form, ``div.tinkhac`` "Các tin khác".

How the gold articles are reached
---------------------------------
Menu drop-down -> ``/TinTuc.cshtml?loai=<n>`` -> ``/ChiTiet.cshtml/<id>``. The home page lists
the 4 newest (the first with a slug ``/ChiTiet.cshtml/64/thong-bao-lich-kiem-tra...``), the notices box and
the "Xem nhiều nhất" sidebar (``/ChiTiet/<id>``). Article 44 (the oldest of "Tin tức - Sự kiện")
is only on page 2 of its listing, whose pager is a GET form (``<select name="trang">`` + submit
button), no link. Article 46 is on its listing and linked in lower case (``/chitiet.cshtml/46``)
from the "Xem thêm" line of article 50.

Traps
-----
1. Path info: one article answers at ``/ChiTiet.cshtml/<id>``, ``/ChiTiet/<id>``, lower case
   ``/chitiet.cshtml/<id>``, ``/ChiTiet.cshtml/<id>/<slug>`` and ``…?in=1`` (print). Gold: one
   record at ``/ChiTiet.cshtml/<id>``, the others in ``alt_paths``.
2. Relative link under path info: "Xem tất cả »" in "Các tin khác" is ``TinTuc.cshtml?loai=<n>``
   without a slash, so it resolves to ``/ChiTiet.cshtml/TinTuc.cshtml?loai=<n>`` (a soft 404:
   200 "Bài viết không tồn tại") or, from the slug URL, to
   ``/ChiTiet.cshtml/64/TinTuc.cshtml?loai=4``, which is article 64 again (in its alt_paths).
   The marquee also links a deleted article (``/ChiTiet.cshtml/47``): 200, not an article.
3. Dates: the detail page prints ``DateTime`` with the server's en-US culture ("12/3/2026
   2:30:00 PM" = 3 December, 14:30), the listings print "dd/MM/yyyy". Midnight ("11/8/2026
   12:00:00 AM") is a day alone; "Sửa lần cuối" is an update date, never the publication date;
   comment dates are not it either; article 59 was imported with a NULL date and prints none
   (gold null).
4. Headline: the school's name is the page's only ``<h1>``; the headline is a ``span`` in
   ``div.tieude_bv``; ``<title>`` cuts long headlines at 60 characters with "...".
5. Bylines: "Tác giả: …" in the info line (name - post -> name), closing right-aligned lines
   ("Tin, ảnh: X" -> author and photographer; "Tin: X - Ảnh: Y"; "ThS. X" -> X; a unit alone,
   "Tổ Ngữ văn" / "Liên đội THCS Phan Bội Châu", is the author; "BBT" and "Người đăng: admin"
   are nobody). The footer's "Thiết kế: Nguyễn Văn Hùng" is chrome.
6. Three stored text forms: CKEditor HTML with named/decimal entities (``&agrave;``,
   ``&#7897;``), plain text rendered with ``<br />`` (each line a paragraph), and Word paste
   (``MsoNormal``, ``<o:p>``, ``mso-list:Ignore`` markers that are no text, empty spacers).
7. Images: photos in a layout table with the caption in the next row (parentheses removed), or
   a centered ``<p><img></p>`` followed by a centered ``<em>`` line; a line that only credits
   ("Ảnh: Đinh Văn Khoa") is no caption; the 👉 emoji drawn as a 16px picture at the start of a
   line is the line's bullet, neither text nor image; listing thumbnails are not the article's.
8. Chrome that reads like text: comments ("Ý kiến bạn đọc") under the text, listing excerpts,
   the "Góc thư giãn" poem in the sidebar, the marquee notice.
9. Pagination: "Tin tức - Sự kiện" pages only through a GET form; "Hoạt động chuyên môn" shows
   "Trang sau »" on its last full page (off-by-one), leading to an empty page 2 (bounded).
10. An official notice (64): letterhead table, "Số:", place and date line, "THÔNG BÁO / Về việc",
    "Nơi nhận", signer. Gold: date = letterhead's day 2026-12-02 (the post says 12/4/2026), the
    signer "Vũ Thị Hạnh" is the author, letterhead/kind/subject/closing are not body; its
    schedule table is body (cells joined by " | ").

Gold decisions on ambiguous points
----------------------------------
- ``path`` is ``/ChiTiet.cshtml/<id>``, the form the listings print.
- ``category`` is the breadcrumb's text ("Tin tức - Sự kiện"), not the listing's upper-case
  heading ("TIN TỨC - SỰ KIỆN").
- The bold first paragraph is the sapo (summary) where present; the meta description, which the
  teacher fills with the text's first 150 characters, is not.
- "Xem thêm: <link>" lines, "Nguồn: …" lines and byline lines are not body; a "Nguồn" line gives
  ``source``.
- The results table of article 57 is body, row by row, header row included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, entity_mix, esc, gold_record, static_file

NAME = "aspnet_webpages_thcs"
PLATFORM = "ASP.NET Web Pages (Razor .cshtml, WebMatrix, SQL Server CE)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn - Đội",
    4: "Thông báo",
}

U = "/Upload/images/2026"

# ---------------------------------------------------------------------------------------------
# the articles (what the database holds, plus what a reader takes from each page)
# ---------------------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=63,
        slug="trao-25-suat-hoc-bong-tiep-buoc-den-truong",
        title="Trao 25 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="1",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Trường THCS Phan Bội Châu phối hợp với Hội Khuyến học xã Hiệp "
            "Thạnh tổ chức trao 25 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh "
            "khó khăn vươn lên trong học tập."
        ),
        blocks=[
            P(
                "Chiều ngày 03/12/2026, Trường THCS Phan Bội Châu phối hợp với Hội Khuyến học xã "
                "Hiệp Thạnh tổ chức trao 25 suất học bổng “Tiếp bước đến trường” cho học sinh có "
                "hoàn cảnh khó khăn vươn lên trong học tập.",
                "lead",
            ),
            P(
                "Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt, 10 quyển vở và một bộ đồ dùng học "
                "tập. Kinh phí do các mạnh thường quân, Ban đại diện cha mẹ học sinh và tập thể giáo "
                "viên nhà trường đóng góp."
            ),
            Img(f"{U}/12/hocbong_01.JPG", "Ảnh: Đinh Văn Khoa", None, "p"),
            P(
                "Phát biểu tại buổi lễ, thầy Trần Văn Lâm, Hiệu trưởng nhà trường, mong các em tiếp "
                "tục cố gắng, chăm ngoan, học giỏi để không phụ lòng những tấm lòng hảo tâm."
            ),
            P(
                "Em Ka Sô Hờ Niê, học sinh lớp 8A3, xúc động chia sẻ: “Em sẽ dùng số tiền này mua "
                "áo ấm và sách tham khảo để học tốt hơn”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Thị Thu - Ảnh: Đinh Văn Khoa</strong></p>'),
        ],
        authors=["Hoàng Thị Thu"],
        photographers=["Đinh Văn Khoa"],
        opts={"dt": datetime(2026, 12, 3, 14, 30), "views": 412, "upd": datetime(2026, 12, 4, 8, 2, 11)},
    ),
    Story(
        id=58,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="1",
        published_at="2026-11-20T08:15:00+07:00",
        summary=(
            "Sáng 20/11, trong không khí trang trọng và ấm áp, Trường THCS Phan Bội Châu long trọng "
            "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        blocks=[
            P(
                "Sáng 20/11, trong không khí trang trọng và ấm áp, Trường THCS Phan Bội Châu long "
                "trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo huyện Đức Trọng, Đảng "
                "ủy, UBND xã Hiệp Thạnh, Ban đại diện cha mẹ học sinh cùng đông đủ các thế hệ thầy cô "
                "giáo đã từng công tác tại trường."
            ),
            Img(
                f"{U}/11/ky-niem-20-11-a.jpg",
                "(Các tiết mục văn nghệ chào mừng do học sinh khối 9 biểu diễn)",
                "Các tiết mục văn nghệ chào mừng do học sinh khối 9 biểu diễn",
                "tbl",
            ),
            P(
                "Tại buổi lễ, nhà trường đã ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam, "
                "điểm lại những thành tích nổi bật trong năm học 2025 - 2026: 100% học sinh lớp 9 "
                "tốt nghiệp THCS, 18 học sinh đạt giải học sinh giỏi cấp huyện."
            ),
            Img(
                f"{U}/11/ky-niem-20-11-b.jpg",
                "(Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc)",
                "Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "tbl",
            ),
            P(
                "Dịp này, 12 giáo viên được Hiệu trưởng tặng giấy khen vì đã có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt - Học tốt” đợt 1."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mai</strong></p>'),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Lê Thị Mai"],
        opts={
            "dt": datetime(2026, 11, 20, 8, 15),
            "views": 530,
            "upd": datetime(2026, 11, 21, 19, 40, 2),
            "comments": [
                ("Nguyễn Thị Hoa (CMHS lớp 7A1)", datetime(2026, 11, 20, 21, 12, 44),
                 "Chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!"),
                ("Cựu HS khóa 2015", datetime(2026, 11, 21, 6, 3, 9),
                 "Nhớ mãi mái trường và thầy cô. Tháng 12 này lớp em sẽ về thăm trường ạ."),
            ],
        },
    ),
    Story(
        id=55,
        slug="don-doan-giao-vien-thcs-le-loi-da-lat",
        title="Đón đoàn giáo viên trường kết nghĩa THCS Lê Lợi (Đà Lạt) đến giao lưu",
        cat="1",
        published_at="2026-11-12T16:45:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 11 và 12/11/2026, Trường THCS Phan Bội Châu đã đón tiếp đoàn cán bộ, "
                "giáo viên Trường THCS Lê Lợi, thành phố Đà Lạt đến giao lưu, trao đổi kinh nghiệm."
            ),
            P(
                "Hai trường đã cùng dự 6 tiết dạy minh họa theo định hướng phát triển năng lực, tập "
                "trung vào các môn Toán, Ngữ văn, Tiếng Anh và Khoa học tự nhiên."
            ),
            Img(f"{U}/11/giaoluu_leloi.jpg", "Giáo viên hai trường dự tiết dạy minh họa môn Toán lớp 9",
                "Giáo viên hai trường dự tiết dạy minh họa môn Toán lớp 9", "p"),
            P(
                "Buổi chiều, đội bóng chuyền giáo viên hai trường có trận giao hữu sôi nổi trong sự cổ "
                "vũ nhiệt tình của học sinh."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"dt": datetime(2026, 11, 12, 16, 45), "views": 188, "tacgia": "Nguyễn Văn Hùng - Tổ Toán"},
    ),
    Story(
        id=52,
        slug="ngay-hoi-van-hoa-cac-dan-toc-huyen-duc-trong",
        title="Học sinh tham gia Ngày hội văn hóa các dân tộc huyện Đức Trọng",
        cat="1",
        published_at="2026-11-08",
        blocks=[
            P(
                "Ngày hội văn hóa các dân tộc huyện Đức Trọng lần thứ V năm 2026 diễn ra tại thị trấn "
                "Liên Nghĩa với sự tham gia của hơn 1.200 nghệ nhân, diễn viên quần chúng."
            ),
            P(
                "Đội văn nghệ Trường THCS Phan Bội Châu gồm 24 học sinh người K’Ho và Churu đã biểu "
                "diễn tiết mục múa xoang “Mừng lúa mới”, được Ban tổ chức trao giải B."
            ),
            P(
                "Ngày hội là dịp để các em học sinh tìm hiểu, giữ gìn và phát huy bản sắc văn hóa "
                "truyền thống của đồng bào các dân tộc trên địa bàn huyện."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lâm Đồng điện tử</em></p>'),
        ],
        source="Báo Lâm Đồng điện tử",
        opts={"dt": datetime(2026, 11, 8, 0, 0), "views": 97},
    ),
    Story(
        id=44,
        slug="don-doan-kiem-tra-dau-nam-hoc",
        title="Đón đoàn kiểm tra công tác chuẩn bị năm học 2026 - 2027",
        cat="1",
        published_at="2026-10-06T09:40:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/10/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo huyện Đức Trọng do "
                "ông Lê Quang Vinh, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị "
                "năm học mới tại trường."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách, cơ sở vật chất, phòng học bộ môn và việc sắp xếp đội "
                "ngũ giáo viên."
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường và đề "
                "nghị tiếp tục tu sửa khu vệ sinh học sinh trước mùa mưa năm sau."
            ),
            Raw("Tin: Ngô Minh Đức"),
        ],
        authors=["Ngô Minh Đức"],
        opts={"dt": datetime(2026, 10, 6, 9, 40), "views": 64, "form": "plain"},
    ),
    Story(
        id=62,
        slug="chuyen-de-stem-khtn-8-den-pin-mini",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 8: “Chế tạo đèn pin mini”",
        cat="2",
        published_at="2026-11-27T10:20:00+07:00",
        summary=(
            "Nhằm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, tổ Khoa học tự nhiên đã "
            "tổ chức chuyên đề dạy học STEM với chủ đề “Chế tạo đèn pin mini”."
        ),
        blocks=[
            P(
                "Nhằm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, tổ Khoa học tự nhiên đã "
                "tổ chức chuyên đề dạy học STEM với chủ đề “Chế tạo đèn pin mini”.",
                "lead",
            ),
            P("1. Mục tiêu của chuyên đề", "h"),
            P(
                "Học sinh vận dụng kiến thức về mạch điện đơn giản, nguồn điện và vật dẫn điện để "
                "thiết kế, chế tạo một chiếc đèn pin từ vật liệu dễ tìm."
            ),
            P("2. Tiến trình thực hiện", "h"),
            P("Chia nhóm, giao nhiệm vụ và tìm hiểu kiến thức nền.", "li"),
            P("Các nhóm đề xuất bản thiết kế, chế tạo và thử nghiệm sản phẩm.", "li"),
            P("Trưng bày, thuyết trình và đánh giá sản phẩm.", "li"),
            Img(f"{U}/11/stem-den-pin.jpg", "(Học sinh lớp 8A2 trình bày sản phẩm đèn pin mini)",
                "Học sinh lớp 8A2 trình bày sản phẩm đèn pin mini", "tbl"),
            P(
                "Qua chuyên đề, các em hào hứng, chủ động hơn trong học tập; nhiều sản phẩm có tính "
                "thẩm mỹ và sáng tạo cao."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Phạm Quốc Bảo</strong></p>'),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"dt": datetime(2026, 11, 27, 10, 20), "views": 305},
    ),
    Story(
        id=57,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="2",
        published_at="2026-11-18T15:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến 16/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường với 14 giáo viên tham gia. Mỗi giáo viên thực hiện 2 tiết dạy và trình bày một "
                "biện pháp nâng cao chất lượng giảng dạy."
            ),
            P("Kết quả cụ thể như sau:"),
            P("TT | Họ và tên | Môn | Xếp loại", "tr"),
            P("1 | Nguyễn Thị Lan | Ngữ văn | Giỏi", "tr"),
            P("2 | Phạm Quốc Bảo | KHTN | Giỏi", "tr"),
            P("3 | Đoàn Minh Tuấn | Tiếng Anh | Giỏi", "tr"),
            P("4 | K’Briu | Lịch sử và Địa lí | Khá", "tr"),
            P(
                "Ba giáo viên xếp loại Giỏi sẽ được nhà trường đề cử tham dự Hội thi giáo viên dạy "
                "giỏi cấp huyện vào tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"dt": datetime(2026, 11, 18, 15, 0), "views": 476},
    ),
    Story(
        id=50,
        slug="sinh-hoat-to-chuyen-mon-nghien-cuu-bai-hoc-ngu-van",
        title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học môn Ngữ văn",
        cat="2",
        published_at="2026-10-30T13:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, chiều ngày 29/10/2026 tổ Ngữ văn đã tổ chức buổi sinh "
                "hoạt chuyên môn theo nghiên cứu bài học qua tiết dạy bài “Lão Hạc” (Ngữ văn 8)."
            ),
            P("Buổi sinh hoạt tập trung vào các nội dung:"),
            P("Quan sát hoạt động học của học sinh, không đánh giá giờ dạy của giáo viên.", "li"),
            P("Phân tích nguyên nhân những khó khăn học sinh gặp phải trong từng hoạt động.", "li"),
            P("Đề xuất điều chỉnh thiết kế bài học cho các lớp dạy sau.", "li"),
            P(
                "Các thành viên trong tổ thống nhất sẽ tăng thời gian cho hoạt động đọc hiểu theo "
                "nhóm và sử dụng phiếu học tập có gợi ý cho học sinh còn hạn chế về kỹ năng đọc."
            ),
            Raw("XEMTHEM"),
            Raw("BYLINE:Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"dt": datetime(2026, 10, 30, 13, 30), "views": 142, "form": "word"},
    ),
    Story(
        id=46,
        slug="ke-hoach-on-thi-hsg-lop-9-cap-huyen",
        title="Kế hoạch ôn thi học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="2",
        published_at="2026-10-14T07:30:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch của Phòng GD&ĐT Đức Trọng, kỳ thi chọn học sinh giỏi lớp 9 cấp huyện "
                "sẽ diễn ra vào ngày 15/01/2027."
            ),
            P(
                "Nhà trường thành lập 8 đội tuyển: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh "
                "học, Lịch sử, Địa lí. Mỗi đội tuyển học 3 buổi/tuần vào các buổi chiều thứ Hai, thứ "
                "Tư và thứ Sáu."
            ),
            P(
                "Giáo viên bồi dưỡng xây dựng chương trình, tài liệu ôn tập và tổ chức kiểm tra định "
                "kỳ mỗi tháng một lần để đánh giá tiến bộ của học sinh."
            ),
        ],
        opts={"dt": datetime(2026, 10, 14, 7, 30), "views": 233},
    ),
    Story(
        id=60,
        slug="lien-doi-phat-dong-ke-hoach-nho",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn 🌿",
        cat="3",
        published_at="2026-11-23T09:00:00+07:00",
        blocks=[
            P(
                "Sáng thứ Hai 23/11/2026, trong giờ chào cờ, Liên đội Trường THCS Phan Bội Châu đã "
                "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm học 2026 - 2027."
            ),
            P("Thời gian thu gom: từ ngày 23/11 đến hết ngày 18/12/2026.", "emoji"),
            P("Mỗi chi đội phấn đấu thu gom ít nhất 40 kg giấy vụn.", "emoji"),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua quà Tết tặng các bạn học sinh có hoàn cảnh "
                "đặc biệt khó khăn. 💚"
            ),
            Img(f"{U}/11/kehoachnho.jpg", None, None, "p"),
            Raw('<p style="text-align: right;"><strong>Liên đội THCS Phan Bội Châu</strong></p>'),
        ],
        authors=["Liên đội THCS Phan Bội Châu"],
        opts={
            "dt": datetime(2026, 11, 23, 9, 0),
            "views": 160,
            "comments": [
                ("Chi đội 6A4", datetime(2026, 11, 24, 17, 30, 1),
                 "Chi đội 6A4 quyết tâm về nhất đợt này!"),
            ],
        },
    ),
    Story(
        id=49,
        slug="ra-quan-ngay-chu-nhat-xanh",
        title="Ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="3",
        published_at="2026-10-25T07:05:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật 25/10/2026, hơn 300 đoàn viên, đội viên nhà trường đã ra quân dọn vệ "
                "sinh khuôn viên trường và tuyến đường liên thôn trước cổng trường."
            ),
            Img(f"{U}/10/cn-xanh-01.jpg", "Đội viên thu gom rác thải trên tuyến đường trước cổng trường",
                "Đội viên thu gom rác thải trên tuyến đường trước cổng trường", "p"),
            P(
                "Các chi đội còn trồng mới 40 cây hoa mai anh đào dọc lối đi vào trường, góp phần xây "
                "dựng trường học xanh - sạch - đẹp - an toàn."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Thị Ngọc Ánh (TPT Đội)</strong></p>'),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        photographers=["Trần Thị Ngọc Ánh"],
        opts={"dt": datetime(2026, 10, 25, 7, 5), "views": 121},
    ),
    Story(
        id=64,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="4",
        published_at="2026-12-02",
        blocks=[
            Raw("LETTERHEAD"),
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, Trường THCS Phan Bội Châu thông báo lịch kiểm tra "
                "cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn | Khối", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9", "tr"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9", "tr"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
                "phòng thi lúc 6 giờ 45 phút."
            ),
            Raw("CLOSING"),
        ],
        authors=["Vũ Thị Hạnh"],
        opts={"dt": datetime(2026, 12, 4, 10, 5), "views": 389},
    ),
    Story(
        id=59,
        slug="tuyen-sinh-clb-tin-hoc-tre",
        title="Thông báo tuyển sinh Câu lạc bộ Tin học trẻ năm 2026",
        cat="4",
        published_at=None,
        blocks=[
            P(
                "Câu lạc bộ Tin học trẻ của nhà trường thông báo tuyển thành viên mới là học sinh các "
                "khối 7, 8 yêu thích lập trình và thiết kế đồ họa."
            ),
            P(
                "Học sinh đăng ký với thầy Nguyễn Văn Hùng tại phòng Tin học số 2 trước ngày "
                "10/12/2026. Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần."
            ),
        ],
        opts={"dt": None, "views": 75},
    ),
]

BY_ID = {s.id: s for s in STORIES}
DELETED_ID = 47

# ---------------------------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------------------------


def us_dt(dt: datetime) -> str:
    """``DateTime.ToString()`` under en-US: "12/3/2026 2:30:00 PM"."""
    hour = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d}:{dt.second:02d} {ampm}"


def vn_day(dt: datetime | None) -> str:
    return dt.strftime("%d/%m/%Y") if dt else ""


def ordered(stories: list[Story]) -> list[Story]:
    """ORDER BY NgayDang DESC, Id DESC (NULL dates last, as SQL CE sorts them)."""
    return sorted(stories, key=lambda s: (s.opts["dt"] or datetime.min, s.id), reverse=True)


def in_cat(cat: int) -> list[Story]:
    return ordered([s for s in STORIES if s.cat == str(cat)])


def plain_text(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P))


def emoji_img() -> str:
    return '<img alt="" src="/Upload/images/emoticons/1f449.png" style="width: 16px; height: 16px;" />'


def _letterhead() -> str:
    return (
        '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>'
        '<tr><td style="text-align: center;">PHÒNG GD&amp;ĐT ĐỨC TRỌNG<br />'
        "<strong>TRƯỜNG THCS PHAN BỘI CHÂU</strong></td>"
        '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
        '<tr><td style="text-align: center;">Số: 112/TB-THCSPBC</td>'
        '<td style="text-align: center;"><em>Đức Trọng, ngày 02 tháng 12 năm 2026</em></td></tr>'
        "</tbody></table>"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
        "<strong>Về việc lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
    )


def _closing() -> str:
    return (
        '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
        '<td style="vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
        "- GVCN các lớp;<br />- Niêm yết bảng tin;<br />- Lưu: VT.</td>"
        '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />'
        "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(đã ký)</em><br /><br />"
        "<strong>Vũ Thị Hạnh</strong></td></tr></tbody></table>"
    )


def _ck_img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_ck(story: Story) -> str:
    """CKEditor 3 HTML as stored in SQL CE (entities on for the Latin-1 range and beyond)."""
    parts: list[str] = []
    group: str | None = None
    for block in story.blocks:
        style = block.style if isinstance(block, P) else None
        if group and style != group:
            parts.append("</ul>" if group == "li" else "</tbody></table>")
            group = None
        if isinstance(block, P):
            if style == "li":
                if group != "li":
                    parts.append("<ul>")
                    group = "li"
                parts.append(f"<li>{esc(block.text)}</li>")
            elif style == "tr":
                if group != "tr":
                    parts.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>')
                    group = "tr"
                cells = "".join(f"<td>{esc(c)}</td>" for c in block.text.split(" | "))
                parts.append(f"<tr>{cells}</tr>")
            elif style == "lead":
                parts.append(f'<p style="text-align: justify;"><strong>{esc(block.text)}</strong></p>')
            elif style == "h":
                parts.append(f'<p><strong><span style="color: #000080;">{esc(block.text)}</span></strong></p>')
            elif style == "emoji":
                parts.append(f"<p>{emoji_img()}&nbsp;{esc(block.text)}</p>")
            else:
                parts.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {esc(block.text)}</p>')
        elif isinstance(block, Img):
            parts.append(_ck_img(block))
        elif block.html == "LETTERHEAD":
            parts.append(_letterhead())
        elif block.html == "CLOSING":
            parts.append(_closing())
        else:
            parts.append(block.html)
    if group:
        parts.append("</ul>" if group == "li" else "</tbody></table>")
    return entity_mix("\n".join(parts), 1 if story.id % 2 else 2)


def render_plain(story: Story) -> str:
    """A text typed in a <textarea>: ``@Html.Raw(bv.NoiDung.Replace("\\n", "<br />"))``."""
    lines: list[str] = []
    for block in story.blocks:
        if isinstance(block, P):
            lines.append(esc(block.text))
            lines.append("")
        elif isinstance(block, Raw):
            lines.append(esc(block.html))
    return "<br />\r\n".join(lines)


_WORD_SPAN = 'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'


def render_word(story: Story) -> str:
    """Text pasted from Word into CKEditor without cleaning."""
    parts: list[str] = []
    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            parts.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
                'mso-list:l0 level1 lfo1;line-height:150%"><!--[if !supportLists]-->'
                f'<span {_WORD_SPAN}><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times '
                'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"<!--[endif]--><span {_WORD_SPAN}>{esc(block.text)}<o:p></o:p></span></p>"
            )
        elif isinstance(block, P):
            parts.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"<span {_WORD_SPAN}>{esc(block.text)}<o:p></o:p></span></p>"
            )
            parts.append('<p class="MsoNormal"><span style="font-size:14.0pt"><o:p>&nbsp;</o:p></span></p>')
        elif isinstance(block, Raw) and block.html == "XEMTHEM":
            parts.append(
                '<p class="MsoNormal"><span style="font-size:12.0pt"><em>Xem thêm: '
                '<a href="/chitiet.cshtml/46">Kế hoạch ôn thi học sinh giỏi lớp 9 cấp huyện</a>'
                "</em><o:p></o:p></span></p>"
            )
        elif isinstance(block, Raw) and block.html.startswith("BYLINE:"):
            who = block.html.split(":", 1)[1]
            parts.append(
                '<p class="MsoNormal" align="right" style="text-align:right">'
                f'<b><span {_WORD_SPAN}>{esc(who)}<o:p></o:p></span></b></p>'
            )
    return "\n".join(parts)


def render_body(story: Story) -> str:
    form = story.opts.get("form", "ck")
    if form == "plain":
        return render_plain(story)
    if form == "word":
        return render_word(story)
    return render_ck(story)


# ---------------------------------------------------------------------------------------------
# the layout (_SiteLayout.cshtml)
# ---------------------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(f'<li><a href="/TinTuc.cshtml?loai={n}">{esc(name)}</a></li>' for n, name in CATS.items())
    return (
        '<ul id="menungang">'
        '<li><a href="/Default.cshtml">Trang chủ</a></li>'
        '<li><a href="/GioiThieu.cshtml">Giới thiệu</a><ul class="con">'
        '<li><a href="/GioiThieu.cshtml">Lịch sử nhà trường</a></li>'
        '<li><a href="/GioiThieu.cshtml/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li><a href="/TinTuc.cshtml?loai=1">Tin tức</a><ul class="con">{cats}</ul></li>'
        '<li><a href="/VanBan.cshtml">Văn bản</a></li>'
        '<li><a href="/LienHe.cshtml">Liên hệ</a></li>'
        '<li class="timkiem"><form action="/TinTuc.cshtml" method="get">'
        '<input type="text" name="tukhoa" size="18" value="" /> <input type="submit" value="Tìm" /></form></li>'
        "</ul>"
    )


def _left() -> str:
    cats = "".join(
        f'<tr><td><img src="/Images/muiten.gif" alt="" /> <a href="/TinTuc.cshtml?loai={n}">{esc(name)}</a></td></tr>'
        for n, name in CATS.items()
    )
    top = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    most = "".join(
        f'<li><a href="/ChiTiet/{s.id}">{esc(s.title)}</a> <span class="lx">({s.opts["views"]})</span></li>'
        for s in top
    )
    return (
        '<td id="cot_trai" valign="top" width="200">'
        '<div class="tieude_khoi">DANH MỤC</div>'
        f'<table class="dm" width="100%">{cats}</table>'
        '<div class="tieude_khoi">XEM NHIỀU NHẤT</div>'
        f'<ul class="xemnhieu">{most}</ul>'
        "</td>"
    )


def _right() -> str:
    return (
        '<td id="cot_phai" valign="top" width="210">'
        '<div class="tieude_khoi">BÌNH CHỌN</div>'
        '<form method="post" action="/Default.cshtml"><p>Bạn thấy website của trường thế nào?</p>'
        '<input type="radio" name="bc" value="1" /> Rất đẹp<br />'
        '<input type="radio" name="bc" value="2" /> Bình thường<br />'
        '<input type="radio" name="bc" value="3" /> Cần cải tiến<br />'
        '<input type="submit" name="btnBinhChon" value="Bình chọn" /></form>'
        '<div class="tieude_khoi">THỐNG KÊ TRUY CẬP</div>'
        '<table class="thongke"><tr><td>Đang online:</td><td>7</td></tr>'
        "<tr><td>Hôm nay:</td><td>214</td></tr><tr><td>Tổng truy cập:</td><td>318.772</td></tr></table>"
        '<div class="tieude_khoi">LIÊN KẾT</div>'
        '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://pgdductrong.edu.vn">Phòng GD&amp;ĐT Đức Trọng</option>'
        '<option value="http://lamdong.edu.vn">Sở GD&amp;ĐT Lâm Đồng</option></select>'
        '<p><a href="http://moet.gov.vn" target="_blank"><img src="/Images/bogd.png" alt="Bộ GD&amp;ĐT" /></a></p>'
        '<div class="tieude_khoi">GÓC THƯ GIÃN</div>'
        '<div class="thugian"><p><b>Thầy ơi</b></p>'
        "<p>Thầy vẫn đứng bên bục giảng năm nào,<br />Phấn trắng bay bay trên mái tóc bạc màu.</p>"
        "<p>Con đi qua bao nẻo đường đời,<br />Vẫn nhớ lời thầy dạy những ngày xưa.</p>"
        '<p style="text-align:right"><i>(Sưu tầm)</i></p></div>'
        "</td>"
    )


def layout(title: str, body: str, description: str = "") -> str:
    if len(title) > 60:
        title = title[:60] + "..."
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />\n"
        f"<title>{esc(title)} - THCS Phan Bội Châu</title>\n{desc}\n"
        '<link href="/Styles/Site.css" rel="stylesheet" type="text/css" />\n'
        '<link rel="shortcut icon" href="/favicon.ico" />\n'
        '<script src="/Scripts/jquery-1.8.2.min.js"></script>\n'
        "<script>function InBai(id){window.open('/ChiTiet.cshtml/'+id+'?in=1','inbai','width=800,height=600');}"
        "</script>\n</head>\n<body>\n<div id=\"khung\">\n"
        '<div id="dau"><table width="100%"><tr>'
        '<td width="110"><a href="/Default.cshtml"><img src="/Images/logo_pbc.png" alt="Logo" width="100" /></a></td>'
        '<td><div class="tenphong">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐỨC TRỌNG</div>'
        '<h1 class="tentruong">TRƯỜNG THCS PHAN BỘI CHÂU</h1>'
        '<div class="khauhieu">Kỷ cương - Tình thương - Trách nhiệm</div></td>'
        f'<td align="right" valign="bottom"><span id="ngay">{HEADER_DAY}</span></td></tr></table></div>\n'
        f"{_menu()}\n"
        '<div id="chaychu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        "Chào mừng quý thầy cô, cha mẹ học sinh và các em đến với website Trường THCS Phan Bội Châu! "
        '*** <a href="/ChiTiet.cshtml/47">Lịch thi đấu Hội khỏe Phù Đổng cấp trường</a> ***'
        "</marquee></div>\n"
        '<table id="bang_chinh" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f"{_left()}"
        f'<td id="cot_giua" valign="top">{body}</td>'
        f"{_right()}"
        "</tr></table>\n"
        '<div id="chan"><p><b>TRƯỜNG THCS PHAN BỘI CHÂU</b></p>'
        "<p>Địa chỉ: Thôn Lạc Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263.3843.215 - Email: thcsphanboichau.dt@lamdong.edu.vn</p>"
        "<p>Bản quyền © 2013 Trường THCS Phan Bội Châu. Thiết kế: Nguyễn Văn Hùng (Tổ Toán - Tin)</p>"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def crumbs(*items: tuple[str, str | None]) -> str:
    out = ['<a href="/Default.cshtml">Trang chủ</a>']
    for label, href in items:
        out.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " &raquo; ".join(out) + "</div>"


def thumb(story: Story) -> str:
    img = story.images[0].src if story.images else "/Images/no-image.jpg"
    return f'<img src="{esc(img)}" width="110" height="80" alt="" class="anhnho" />'


def excerpt(story: Story) -> str:
    text = plain_text(story)
    return esc(text[:180].rsplit(" ", 1)[0] + "...")


# ---------------------------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------------------------


def home_page() -> str:
    newest = ordered(STORIES)[:4]
    first, rest = newest[0], newest[1:]
    feat = (
        '<div class="tieudiem"><table width="100%"><tr>'
        f'<td width="260"><a href="/ChiTiet.cshtml/{first.id}/{first.slug}">{thumb(first)}</a></td>'
        f'<td valign="top"><a class="tieude_tin" href="/ChiTiet.cshtml/{first.id}/{first.slug}">{esc(first.title)}</a>'
        f'<div class="ngay">({vn_day(first.opts["dt"])})</div><p>{excerpt(first)}</p></td></tr></table></div>'
    )
    items = "".join(
        f'<li><a href="/ChiTiet.cshtml/{s.id}">{esc(s.title)}</a> <i>({vn_day(s.opts["dt"])})</i></li>' for s in rest
    )
    notices = "".join(
        f'<li><img src="/Images/new.gif" alt="" /> <a href="/ChiTiet.cshtml/{s.id}">{esc(s.title)}</a></li>'
        for s in in_cat(4)
    )
    body = (
        '<div class="tieude_muc">TIN MỚI NHẤT</div>'
        f"{feat}<ul class=\"dstin\">{items}</ul>"
        '<div class="tieude_muc">THÔNG BÁO</div>'
        f'<ul class="dstin">{notices}</ul>'
    )
    return layout("Trang chủ", body, "Website Trường THCS Phan Bội Châu - Đức Trọng - Lâm Đồng")


def listing_rows(stories: list[Story]) -> str:
    rows = []
    for s in stories:
        rows.append(
            '<tr><td valign="top" width="120">'
            f'<a href="/ChiTiet.cshtml/{s.id}">{thumb(s)}</a></td><td valign="top">'
            f'<a class="tieude_tin" href="/ChiTiet.cshtml/{s.id}">{esc(s.title)}</a>'
            f' <span class="ngay">({vn_day(s.opts["dt"])})</span><br />'
            f'<span class="trichdan">{excerpt(s)}</span></td></tr>'
        )
    return '<table class="dsbai" width="100%" cellpadding="4">' + "".join(rows) + "</table>"


def listing_page(loai: int, trang: int) -> str:
    stories = in_cat(loai)
    total = len(stories)
    chunk = stories[(trang - 1) * PAGE_SIZE : trang * PAGE_SIZE]
    name = CATS[loai]
    body = crumbs((name, None)) + f'<div class="tieude_muc">{esc(name.upper())}</div>'
    body += listing_rows(chunk) if chunk else '<p class="trong">Chưa có bài viết nào.</p>'
    if loai == 1:
        pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
        sel = ' selected="selected"'
        opts = "".join(
            f'<option value="{n}"{sel if n == trang else ""}>Trang {n}</option>' for n in range(1, pages + 1)
        )
        body += (
            '<form class="phantrang" method="get" action="/TinTuc.cshtml">'
            f'<input type="hidden" name="loai" value="{loai}" />'
            f'Trang {trang}/{pages} &nbsp; <select name="trang">{opts}</select> '
            '<input type="submit" value="Xem" /></form>'
        )
    else:
        links = []
        if trang > 1:
            links.append(f'<a href="/TinTuc.cshtml?loai={loai}&amp;trang={trang - 1}">&laquo; Trang trước</a>')
        if trang * PAGE_SIZE <= total:  # the teacher's off-by-one
            links.append(f'<a href="/TinTuc.cshtml?loai={loai}&amp;trang={trang + 1}">Trang sau &raquo;</a>')
        if links:
            body += '<div class="phantrang">' + " | ".join(links) + "</div>"
    return layout(name, body)


def search_page(q: str) -> str:
    body = crumbs(("Tìm kiếm", None)) + '<div class="tieude_muc">KẾT QUẢ TÌM KIẾM</div>'
    if not q.strip():
        body += '<p class="trong">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in ordered(STORIES) if q.lower() in s.title.lower()]
        body += f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”.</p>"
        body += listing_rows(hits)
    return layout("Tìm kiếm", body)


def comments_html(story: Story) -> str:
    comments = story.opts.get("comments", [])
    out = [f'<div class="binhluan"><div class="tieude_bl">Ý kiến bạn đọc ({len(comments)})</div>']
    for who, when, said in comments:
        out.append(
            f'<div class="bl"><p><b>{esc(who)}</b> <span class="ngay">{us_dt(when)}</span></p>'
            f"<p>{esc(said)}</p></div>"
        )
    out.append(
        f'<form method="post" action="/ChiTiet.cshtml/{story.id}"><table>'
        '<tr><td>Họ tên:</td><td><input type="text" name="hoten" /></td></tr>'
        '<tr><td>Ý kiến:</td><td><textarea name="ykien" rows="4" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi ý kiến" /></td></tr></table></form></div>'
    )
    return "".join(out)


def article_inner(story: Story) -> str:
    dt = story.opts["dt"]
    info = []
    if dt is not None:
        info.append(f"Ngày đăng: {us_dt(dt)}")
    info.append(f"Lượt xem: {story.opts['views']}")
    info.append("Người đăng: admin")
    tacgia = story.opts.get("tacgia")
    tg = f'<div class="tt_bv">Tác giả: {esc(tacgia)}</div>' if tacgia else ""
    upd = story.opts.get("upd")
    upd_html = f'<div class="cn_bv">Sửa lần cuối: {us_dt(upd)}</div>' if upd else ""
    return (
        '<div class="tieude_bv"><span style="font-size:17px;font-weight:bold;color:#00529b;">'
        f"{esc(story.title)}</span></div>"
        f'<div class="tt_bv">{" &nbsp;|&nbsp; ".join(info)}</div>{tg}'
        f'<div id="nd{story.id}" class="nd_bv">\n{render_body(story)}\n</div>{upd_html}'
    )


def article_page(story: Story) -> str:
    loai = int(story.cat)
    others = [s for s in in_cat(loai) if s.id != story.id][:3]
    other_html = "".join(
        f'<li><a href="/ChiTiet.cshtml/{s.id}">{esc(s.title)}</a> <i>({vn_day(s.opts["dt"])})</i></li>'
        for s in others
    )
    body = (
        crumbs((CATS[loai], f"/TinTuc.cshtml?loai={loai}"))
        + '<div class="khung_bv">'
        + article_inner(story)
        + '<div class="congcu"><a href="javascript:InBai('
        + str(story.id)
        + ')"><img src="/Images/print.gif" alt="" /> In bài</a> | '
        '<a href="javascript:history.back()">Quay lại</a> | '
        f'<a href="https://www.facebook.com/sharer.php?u=http://thcsphanboichau.edu.vn/ChiTiet.cshtml/{story.id}" '
        'target="_blank"><img src="/Images/facebook.png" alt="Chia sẻ" /></a></div>'
        + comments_html(story)
        + '<div class="tinkhac"><div class="tieude_tk">Các tin khác'
        f' <a href="TinTuc.cshtml?loai={loai}">Xem tất cả &raquo;</a></div>'
        f"<ul>{other_html}</ul></div></div>"
    )
    return layout(story.title, body, plain_text(story)[:150])


def print_page(story: Story) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" />"
        f"<title>{esc(story.title)}</title></head>"
        '<body onload="window.print()"><div style="width:700px;margin:auto">'
        "<p><b>TRƯỜNG THCS PHAN BỘI CHÂU - ĐỨC TRỌNG</b></p><hr />"
        f"{article_inner(story)}</div></body></html>"
    )


def missing_page() -> str:
    body = crumbs(("Chi tiết", None)) + '<p class="loi">Bài viết không tồn tại hoặc đã bị xóa!</p>'
    return layout("Thông báo", body)


INTRO = {
    "": (
        "Lịch sử nhà trường",
        "<p>Trường THCS Phan Bội Châu được thành lập năm 1986 trên cơ sở tách ra từ Trường PTCS Hiệp "
        "Thạnh. Những ngày đầu, trường chỉ có 6 phòng học tạm với 11 giáo viên và 280 học sinh.</p>"
        "<p>Năm 2012, trường được công nhận đạt chuẩn quốc gia giai đoạn 2001 - 2010. Hiện nay trường có "
        "28 lớp với 1.046 học sinh, 62 cán bộ, giáo viên, nhân viên.</p>"
        "<p>Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động tiên tiến, được UBND tỉnh Lâm Đồng "
        "tặng Bằng khen năm 2019.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        "<tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>"
        "<tr><td>Hiệu trưởng</td><td>Trần Văn Lâm</td><td>0918.xxx.215</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Vũ Thị Hạnh</td><td>0983.xxx.417</td></tr>"
        "<tr><td>Tổng phụ trách Đội</td><td>Trần Thị Ngọc Ánh</td><td>0977.xxx.102</td></tr>"
        "<tr><td>Tổ trưởng Tổ Toán - Tin</td><td>Nguyễn Văn Hùng</td><td>0905.xxx.330</td></tr>"
        "</table>",
    ),
}


def intro_page(sub: str) -> str | None:
    if sub not in INTRO:
        return None
    heading, content = INTRO[sub]
    body = (
        crumbs(("Giới thiệu", "/GioiThieu.cshtml"), (heading, None))
        + f'<div class="tieude_muc">{esc(heading.upper())}</div><div class="nd_gt">{content}</div>'
    )
    return layout(heading, body)


def contact_page() -> str:
    body = (
        crumbs(("Liên hệ", None))
        + '<div class="tieude_muc">LIÊN HỆ</div>'
        "<p><b>Trường THCS Phan Bội Châu</b></p>"
        "<p>Địa chỉ: Thôn Lạc Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263.3843.215 - Email: thcsphanboichau.dt@lamdong.edu.vn</p>"
        '<form method="post" action="/LienHe.cshtml"><table>'
        '<tr><td>Họ tên (*):</td><td><input type="text" name="hoten" /></td></tr>'
        '<tr><td>Email:</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="6" cols="50"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi liên hệ" /></td></tr></table></form>'
    )
    return layout("Liên hệ", body)


DOCS = [
    ("112/TB-THCSPBC", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "02/12/2026", "TB112.pdf"),
    ("98/KH-THCSPBC", "Kế hoạch tổ chức các hoạt động chào mừng ngày 20/11", "28/10/2026", "KH98.pdf"),
    ("85/QĐ-THCSPBC", "Quyết định thành lập đội tuyển học sinh giỏi lớp 9", "12/10/2026", "QD85.pdf"),
    ("3456/SGDĐT-GDTrH", "Hướng dẫn nhiệm vụ năm học 2026 - 2027 cấp THCS", "15/09/2026", "HD3456.pdf"),
]


def docs_page() -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(so)}</td><td>{esc(ty)}</td><td>{day}</td>"
        f'<td><a href="/Upload/VanBan/{f}"><img src="/Images/pdf.gif" alt="" /> Tải về</a></td></tr>'
        for i, (so, ty, day, f) in enumerate(DOCS, 1)
    )
    body = (
        crumbs(("Văn bản", None))
        + '<div class="tieude_muc">VĂN BẢN - CÔNG VĂN</div>'
        '<table class="vanban" border="1" cellpadding="4" cellspacing="0" width="100%">'
        "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tệp</th></tr>"
        f"{rows}</table>"
    )
    return layout("Văn bản", body)


# ---------------------------------------------------------------------------------------------
# routing (IIS + Web Pages: case-insensitive, extension optional, path info as UrlData)
# ---------------------------------------------------------------------------------------------

_PAGE = re.compile(r"^/(default|tintuc|chitiet|gioithieu|lienhe|vanban)(?:\.cshtml)?(/.*)?$", re.I)


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return html(home_page())
        m = _PAGE.match(path)
        if not m:
            if path.lower().startswith("/upload/vanban/") and path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        page = m.group(1).lower()
        url_data = [seg for seg in (m.group(2) or "").split("/") if seg]
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if page == "default":
            return html(home_page()) if not url_data else None
        if page == "tintuc":
            if url_data:
                return None
            if "tukhoa" in params:
                return html(search_page(params["tukhoa"]))
            try:
                loai = int(params.get("loai", "1"))
                trang = int(params.get("trang", "1") or "1")
            except ValueError:
                return None
            if loai not in CATS or not 1 <= trang <= 5:
                return None
            return html(listing_page(loai, trang))
        if page == "chitiet":
            first = url_data[0] if url_data else ""
            story = BY_ID.get(int(first)) if first.isdigit() else None
            if story is None:
                return html(missing_page())  # soft 404, as the teacher's page does
            if params.get("in") == "1":
                return html(print_page(story))
            return html(article_page(story))
        if page == "gioithieu":
            if len(url_data) > 1:
                return None
            out = intro_page(url_data[0].lower() if url_data else "")
            return html(out) if out else None
        if url_data:
            return None
        if page == "lienhe":
            return html(contact_page())
        return html(docs_page())


def build_site() -> Site:
    return Site()


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------


FEATURED = ordered(STORIES)[0]


def _alt(story: Story) -> list[str]:
    alts = [f"/ChiTiet/{story.id}", f"/ChiTiet.cshtml/{story.id}?in=1"]
    if story is FEATURED:
        alts += [f"/ChiTiet.cshtml/{story.id}/{story.slug}", f"/ChiTiet.cshtml/{story.id}/TinTuc.cshtml?loai={story.cat}"]
    if story.id == 46:
        alts.append("/chitiet.cshtml/46")
    return alts


GOLD = [
    gold_record(s, f"/ChiTiet.cshtml/{s.id}", CATS[int(s.cat)], alt_paths=_alt(s)) for s in STORIES
]

NON_ARTICLES = [
    "/GioiThieu.cshtml",
    "/GioiThieu.cshtml/co-cau-to-chuc",
    "/LienHe.cshtml",
    "/VanBan.cshtml",
]
