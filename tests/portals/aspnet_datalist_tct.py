"""Trường Chính trị tỉnh Quảng Trị on an ASP.NET WebForms (.NET 4) portal written by a provincial
IT vendor around 2015: one master page, a DataList of news with a DataList pager of LinkButtons,
article text pasted from Microsoft Word.

Platform
--------
Every page is one ``<form name="aspnetForm" method="post" action="…">`` carrying the hidden
``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE`` (about 2 KB of base64),
``__VIEWSTATEGENERATOR`` and ``__EVENTVALIDATION`` inputs and the stock ``__doPostBack`` script.
IIS routes paths case-insensitively. The master page prints a banner, the date of *today*
("Thứ Tư, 25/11/2026"), a horizontal menu, a left column ("Tin mới nhất", "Liên kết",
"Thăm dò ý kiến" poll with a postback button, "Lượt truy cập" counter: Đang online / Hôm nay /
Tổng truy cập) and a footer "Trường Chính trị tỉnh Quảng Trị – Địa chỉ: … – ĐT: 0233.38…".

URL scheme
----------
- ``/`` answers 302 to ``/Default.aspx`` (home: "Tin nổi bật" slider of three articles, then a
  box of the 4 newest items of each category).
- ``/TinTuc.aspx?MaDM=<n>``: category list, a DataList of 6 items (thumbnail, title, date,
  summary), newest first, and a pager DataList of LinkButtons::

      <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$dlPager$ctl02$lnkTrang','')">2</a>
      <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkTrangSau','')">Trang sau</a>

  (the pager's header template is ``ctl00``, so page n is item ``ctlNN``). Older pages exist only
  as the answer to a postback: POST the form back to ``TinTuc.aspx?MaDM=<n>`` with its
  ``__VIEWSTATE`` and ``__EVENTVALIDATION`` and ``__EVENTTARGET`` set to the LinkButton's name.
  The server knows the current page from the view state ("Trang sau"/"Trang trước" are relative
  to it); a view state that is not this list's answers 500 ("The state information is invalid
  for this page"), a wrong event validation 500 ("Invalid postback or callback argument"); an
  unknown event target re-renders the current page. ``GET /TinTuc.aspx?MaDM=1&page=2`` and any
  other query are 404.
- ``/ChiTietTin.aspx?MaTin=<n>&MaDM=<n>``: an article (the gold path). The same article is served
  at ``/ChiTietTin.aspx?MaTin=<n>`` (the "Tin mới nhất" panel prints that form) and, for the
  three slider articles, at ``…&TieuDe=<url-escaped unaccented title>`` (the slider's links).
  Both twins are in the gold's ``alt_paths``.
- Categories: Tin hoạt động (1), Đào tạo – Bồi dưỡng (2), Nghiên cứu khoa học (3), Thông báo (4).
  A news item may link elsewhere instead of to a ChiTietTin page: a PDF under ``/Upload/File/``,
  the album ``/ThuVienAnh.aspx?Album=3`` or the timetable ``/LichHoc.aspx``.
- Static pages: ``/GioiThieu.aspx?ID=1`` (Lịch sử phát triển), ``?ID=2`` (Chức năng nhiệm vụ),
  ``/LienHe.aspx`` (contact form), ``/ThuVienAnh.aspx`` (albums) and ``?Album=<n>``,
  ``/VanBan.aspx`` (documents table, 10 rows a page, the same postback pager, 3 pages),
  ``/LichHoc.aspx`` (a class timetable: the title "Lịch học tuần 48 – Lớp Trung cấp LLCT khóa 42"
  and a table, nothing else: not an article).

Article template
----------------
``<div class="ArticleDetail">`` holds ``<span id="ctl00_ContentPlaceHolder1_lblTieuDe"
class="TieuDe">`` (one article prints it in legacy ``<font>`` tags), ``<span id="…_lblNgayDang"
class="NgayDang">(20/11/2026 08:30)</span>`` or, on some articles, "Cập nhật ngày: 20/11/2026"
(no time), the sapo ``<span id="…_lblTomTat" class="TomTat">`` (bold by CSS; most articles, not
all) and ``<span id="…_lblNoiDung">`` with Word-pasted HTML: ``<p class="MsoNormal"
style="text-indent:36.0pt">``, ``<o:p></o:p>``, ``<span style="font-size:14.0pt;font-family:
'Times New Roman'">``, words split over two spans, empty ``&nbsp;`` paragraphs, one article opens
with Word's ``<!--[if gte mso 9]><xml>…`` block. Photos are ``<p align="center"><img></p>``
followed by ``<p align="center"><em>caption</em></p>`` (or an italic centred MsoNormal line);
one photo has no line; one article has two photos side by side in a 2-column table with one
caption row (``colspan="2"``) under both. After the text: "Số lượt xem: 1.234", the tool row
"[In trang] [Gửi cho bạn bè] [Quay lại]" (javascript links), an "Ý kiến bạn đọc" form (Họ tên /
Email / Nội dung / "Gửi ý kiến" submit: a postback answered with the same article page and
"Cảm ơn bạn đã gửi ý kiến") and "Các tin khác": the 10 newest items of the site with their
dates, the current one left out.

How each gold article is reached
--------------------------------
- Category page 1 of its category (6 newest items) and the home boxes (4 newest per category),
  "Tin mới nhất" (8 newest, MaTin-only links) and "Các tin khác" (10 newest) for the newer ones.
- Postback only: MaTin=54 and MaTin=52 (page 2 of Tin hoạt động: 8 items there, the album item
  and a PDF item among them) and MaTin=50 (page 2 of Đào tạo – Bồi dưỡng: 7 items, the timetable
  item and three PDF items among them). They are older than the 11 newest items of the site, so
  no panel lists them.

Traps
-----
- Postback-only older pages; no GET pager.
- MaTin-only and TieuDe twins of articles (alt_paths).
- The timetable page, listed among the Đào tạo news, has a title and a table but is no article;
  the album and the documents list (with its own postback pager) are no articles; PDF items.
- Posting the comment form or the poll returns the same page (no new article).
- Word-pasted markup: empty paragraphs, split spans, conditional comments, MsoTableGrid table.
- The header date is today, not a publication date.

Gold decisions
--------------
- published_at: "(20/11/2026 08:30)" -> "2026-11-20T08:30:00+07:00"; "Cập nhật ngày: 06/11/2026"
  -> "2026-11-06".
- summary: the lblTomTat sapo, also the first body paragraph.
- authors: "Hoàng Thị Minh Nguyệt" (bold, right) + "Khoa Xây dựng Đảng" (italic, the department)
  -> Hoàng Thị Minh Nguyệt; "TS. Lê Văn Khánh - Phó Trưởng khoa Lý luận cơ sở" -> Lê Văn Khánh;
  "Tin: Phòng Quản lý đào tạo" -> Phòng Quản lý đào tạo (a byline's unit is credited, the house
  convention: sveltekit_thpt's "Đoàn trường", shared/real-pages' "Báo giáo dục và thời đại";
  the spec and the helper's gold said nobody: harmonised after the first crawl, round 47); "Bài và ảnh: Ngọc Ánh" -> author and
  photographer; "Tin, ảnh: X" likewise; "Tin: X; Ảnh: Y"; a bare right-aligned name is the author;
  "Hồ Thị Thanh Tâm (Chi bộ Khoa Xây dựng Đảng)" -> Hồ Thị Thanh Tâm.
- source: "(Nguồn: Tạp chí Cộng sản)" -> "Tạp chí Cộng sản".
- body: the lblNoiDung paragraphs; empty ``&nbsp;`` paragraphs, captions, byline/source lines are
  not text; numbered bold sub-headings and the blockquoted Hồ Chí Minh quotation are; the table of
  graduation results gives one paragraph per row, cells joined by " | ".
- images: the photos in lblNoiDung in order; caption = the centred italic line under it, None for
  the photo without one. The side-by-side pair shares one caption row (colspan=2): it captions
  both photos (the house convention for a caption spanning photos side by side; the spec and
  the helper's gold gave it to the first only: harmonised after the first crawl, round 47). Thumbnails, banner, icons are layout.
- category: the breadcrumb's last section (the category's display name).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet_datalist_tct"
PLATFORM = "ASP.NET WebForms 4 (vendor CMS, DataList + LinkButton postback pager, Word-pasted text)"
START_PATH = "/Default.aspx"

SITE = "Trường Chính trị tỉnh Quảng Trị"
HEADER_DATE = "Thứ Tư, 25/11/2026"
PER_PAGE = 6
DOCS_PER_PAGE = 10
CP = "ctl00$ContentPlaceHolder1$"
CPID = "ctl00_ContentPlaceHolder1_"

CATEGORIES = {
    1: "Tin hoạt động",
    2: "Đào tạo – Bồi dưỡng",
    3: "Nghiên cứu khoa học",
    4: "Thông báo",
}


def img_path(name: str) -> str:
    return f"/Upload/Images/2026/11/{name}"


# --- the articles (opts: time "HH:MM" or None = "Cập nhật ngày", thumb, slider, font_title,
# word_xml, rel_src: src printed relative; P styles: "h" bold sub-heading, "quote", "tr" table
# row, "split" a paragraph Word split over two spans; Img styles: "em", "i" (MsoNormal italic
# centred), "none", "pair" (first of a side-by-side pair), "pair2") ------------------------------

S_KYNIEM = Story(
    68,
    "ky-niem-ngay-nha-giao",
    "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    1,
    "2026-11-24T15:10:00+07:00",
    [
        P(
            "Dự buổi lễ có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo Sở Giáo "
            "dục và Đào tạo, Sở Nội vụ; các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, "
            "giảng viên, nhân viên của Trường."
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng khẳng định: "
            "trải qua hơn 75 năm xây dựng và phát triển, các thế hệ cán bộ, giảng viên Trường Chính "
            "trị tỉnh luôn đoàn kết, tận tụy với nghề, góp phần đào tạo hàng vạn cán bộ lãnh đạo, "
            "quản lý cho hệ thống chính trị các cấp của tỉnh.",
            "split",
        ),
        Img(
            img_path("ky-niem-20-11-1.jpg"),
            "Đồng chí Hiệu trưởng phát biểu tại Lễ kỷ niệm",
            "Đồng chí Hiệu trưởng phát biểu tại Lễ kỷ niệm",
            "em",
        ),
        P(
            "Năm học 2025 – 2026, Nhà trường đã tổ chức đào tạo, bồi dưỡng cho 3.482 lượt học "
            "viên, trong đó có 9 lớp Trung cấp lý luận chính trị – hành chính, 24 lớp bồi dưỡng "
            "cập nhật kiến thức và 6 lớp bồi dưỡng kiến thức quốc phòng và an ninh."
        ),
        P(
            "Đội ngũ giảng viên tích cực đổi mới phương pháp giảng dạy, tăng cường đi thực tế cơ "
            "sở; 12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường, 3 đề tài khoa học cấp "
            "tỉnh được nghiệm thu đạt loại khá trở lên."
        ),
        Img(
            img_path("ky-niem-20-11-2.jpg"),
            "Trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm học 2025 – 2026",
            "Trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm học 2025 – 2026",
            "em",
        ),
        P(
            "Nhân dịp này, Hiệu trưởng Nhà trường tặng Giấy khen cho 4 tập thể và 15 cá nhân có "
            "thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2025 – 2026."
        ),
        Raw('<p align="right" style="text-align:right"><strong>Bài và ảnh: Ngọc Ánh</strong></p>'),
    ],
    authors=["Ngọc Ánh"],
    photographers=["Ngọc Ánh"],
    summary=(
        "Chiều 24/11, Trường Chính trị tỉnh Quảng Trị long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam và tôn vinh các tập thể, cá nhân tiêu biểu năm học 2025 – 2026."
    ),
    sapo_outside=True,
    opts={"time": "15:10", "thumb": "ky-niem-20-11-1.jpg", "slider": True},
)

S_TUYENSINH = Story(
    66,
    "thong-bao-tuyen-sinh-k43",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị – hành chính khóa 43 hệ không tập trung",
    4,
    "2026-11-23",
    [
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2027 của Ban Tổ chức Tỉnh "
            "ủy, Trường Chính trị tỉnh Quảng Trị thông báo tuyển sinh lớp Trung cấp lý luận chính "
            "trị – hành chính khóa 43, hệ không tập trung, như sau:"
        ),
        P("1. Đối tượng", "h"),
        P(
            "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp "
            "phòng và tương đương; cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận "
            "chính trị."
        ),
        P("2. Hồ sơ dự học", "h"),
        P(
            "Quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp trung học "
            "phổ thông và bằng chuyên môn cao nhất; sơ yếu lý lịch có xác nhận của cơ quan; 02 ảnh "
            "cỡ 3x4."
        ),
        P("3. Thời gian, địa điểm", "h"),
        P(
            "Các đơn vị gửi hồ sơ về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày "
            "15/12/2026. Lớp học dự kiến khai giảng vào tháng 01/2027, học tập trung mỗi tháng "
            "một tuần tại Trường."
        ),
        P(
            "Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại 0233.3852.416 (trong giờ "
            "hành chính)."
        ),
    ],
    opts={"time": None},
)

S_KHAIGIANG = Story(
    65,
    "khai-giang-k43-hai-lang",
    "Khai giảng lớp Trung cấp lý luận chính trị – hành chính khóa 43 tại Trung tâm Chính trị huyện Hải Lăng",
    2,
    "2026-11-20T08:30:00+07:00",
    [
        P(
            "Lớp học có 92 học viên là cán bộ, công chức các xã, thị trấn và các cơ quan, ban, "
            "ngành của huyện. Trong thời gian 18 tháng, học viên sẽ được trang bị kiến thức cơ bản "
            "về chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng, chính sách, pháp "
            "luật của Nhà nước và kỹ năng lãnh đạo, quản lý."
        ),
        Img(
            img_path("khai-giang-k43.jpg"),
            "Quang cảnh Lễ khai giảng",
            "Quang cảnh Lễ khai giảng",
            "em",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên chấp hành "
            "nghiêm quy chế đào tạo, phát huy tinh thần tự học, gắn lý luận với thực tiễn công tác "
            "tại địa phương, đơn vị.",
            "split",
        ),
        P(
            "Trung tâm Chính trị huyện Hải Lăng cam kết phối hợp chặt chẽ với Nhà trường trong "
            "quản lý lớp học, bảo đảm cơ sở vật chất và điều kiện tốt nhất để học viên hoàn thành "
            "khóa học."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
            "style=\"font-size:14.0pt;font-family:'Times New Roman'\">Tin: Phòng Quản lý đào tạo"
            "<o:p></o:p></span></b></p>"
        ),
    ],
    summary=(
        "Sáng 20/11, tại Trung tâm Chính trị huyện Hải Lăng, Trường Chính trị tỉnh tổ chức Lễ "
        "khai giảng lớp Trung cấp lý luận chính trị – hành chính khóa 43 hệ không tập trung."
    ),
    authors=["Phòng Quản lý đào tạo"],
    sapo_outside=True,
    opts={"time": "08:30", "thumb": "khai-giang-k43.jpg"},
)

S_HOITHI = Story(
    63,
    "hoi-thi-giang-vien-day-gioi",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026: 12 giảng viên đạt danh hiệu",
    1,
    "2026-11-19T16:45:00+07:00",
    [
        P(
            "Tham gia Hội thi có 16 giảng viên đến từ 4 khoa chuyên môn của Nhà trường. Mỗi giảng "
            "viên trình bày một bài giảng lý thuyết trong 45 phút và trả lời câu hỏi của Ban Giám "
            "khảo về nội dung, phương pháp giảng dạy."
        ),
        P(
            "Các bài giảng bám sát chương trình Trung cấp lý luận chính trị của Học viện Chính "
            "trị quốc gia Hồ Chí Minh; nhiều giảng viên đã ứng dụng công nghệ thông tin, sử dụng "
            "tình huống thực tiễn của tỉnh để minh họa bài giảng."
        ),
        Img(
            img_path("hoi-thi-gvdg-1.jpg"),
            "Giảng viên dự thi và Ban Giám khảo Hội thi",
            "Giảng viên dự thi và Ban Giám khảo Hội thi",
            "pair",
        ),
        Img(img_path("hoi-thi-gvdg-2.jpg"), None, "Giảng viên dự thi và Ban Giám khảo Hội thi", "pair2"),
        P(
            "Kết quả, Ban Giám khảo công nhận 12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
            "trường; trong đó Khoa Xây dựng Đảng và Khoa Lý luận cơ sở mỗi khoa có 4 giảng viên "
            "đạt danh hiệu."
        ),
        P(
            "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, nâng cao chất lượng bài giảng, "
            "chuẩn bị lực lượng tham gia Hội thi giảng viên dạy giỏi các trường chính trị toàn "
            "quốc năm 2027."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
            "style=\"font-size:14.0pt;font-family:'Times New Roman'\">Hoàng Thị Minh Nguyệt"
            '<o:p></o:p></span></b></p>\n<p class="MsoNormal" align="right" '
            'style="text-align:right"><i><span style="font-size:13.0pt">Khoa Xây dựng Đảng'
            "<o:p></o:p></span></i></p>"
        ),
    ],
    authors=["Hoàng Thị Minh Nguyệt"],
    summary=(
        "Từ ngày 16 đến 19/11/2026, Trường Chính trị tỉnh Quảng Trị tổ chức Hội thi giảng viên "
        "dạy giỏi cấp trường năm 2026."
    ),
    sapo_outside=True,
    opts={"time": "16:45", "thumb": "hoi-thi-gvdg-1.jpg"},
)

S_LYLUAN = Story(
    62,
    "ly-luan-gan-thuc-tien",
    "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
    3,
    "2026-11-18T14:05:00+07:00",
    [
        P(
            "Nghị quyết số 32-NQ/TW của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất lượng đào "
            "tạo, bồi dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý đặt ra yêu cầu gắn "
            "chặt lý luận với thực tiễn, khắc phục tình trạng dạy và học nặng về lý thuyết."
        ),
        P(
            "Chủ tịch Hồ Chí Minh đã chỉ rõ mối quan hệ biện chứng giữa lý luận và thực tiễn trong "
            "tác phẩm Sửa đổi lối làm việc:"
        ),
        P(
            "“Thống nhất giữa lý luận và thực tiễn là một nguyên tắc căn bản của chủ nghĩa Mác – "
            "Lênin. Thực tiễn không có lý luận hướng dẫn thì thành thực tiễn mù quáng. Lý luận mà "
            "không liên hệ với thực tiễn là lý luận suông.”",
            "quote",
        ),
        P("1. Về công tác giảng dạy", "h"),
        P(
            "Thời gian qua, đội ngũ giảng viên của Trường đã chủ động lồng ghép các số liệu, sự "
            "kiện, mô hình hay của tỉnh vào bài giảng; tỷ lệ giờ thảo luận, xử lý tình huống trong "
            "chương trình Trung cấp lý luận chính trị – hành chính đạt trên 30%.",
            "split",
        ),
        P(
            "Tuy vậy, một số bài giảng vẫn còn nặng về truyền thụ một chiều; việc cập nhật các "
            "nghị quyết mới của Trung ương và của Tỉnh ủy vào nội dung giảng dạy có lúc chưa kịp "
            "thời; kỹ năng sử dụng công nghệ thông tin của một bộ phận giảng viên còn hạn chế."
        ),
        P("2. Về công tác đi thực tế và nghiên cứu khoa học", "h"),
        P(
            "Theo quy định, mỗi giảng viên phải đi thực tế tại cơ sở ít nhất 3 tháng trong 5 năm. "
            "Năm 2026, Nhà trường đã tổ chức cho 28 lượt giảng viên đi thực tế tại các xã vùng "
            "sâu, vùng xa, các khu công nghiệp và các mô hình kinh tế tập thể của tỉnh."
        ),
        P(
            "Kết quả đi thực tế được chuyển hóa thành các đề tài, chuyên đề nghiên cứu khoa học "
            "cấp trường, làm phong phú thêm nguồn tư liệu cho bài giảng; nhiều tình huống được "
            "xây dựng từ chính những vấn đề nảy sinh ở cơ sở."
        ),
        P("3. Một số giải pháp trong thời gian tới", "h"),
        P(
            "Thứ nhất, tiếp tục đổi mới nội dung chương trình theo hướng tinh gọn, cập nhật; mỗi "
            "bài giảng phải có phần liên hệ thực tiễn của tỉnh, của ngành và của địa phương nơi "
            "học viên công tác."
        ),
        P(
            "Thứ hai, đẩy mạnh đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của "
            "người học; tăng thời lượng thảo luận nhóm, nghiên cứu tình huống, viết tiểu luận gắn "
            "với vị trí việc làm."
        ),
        P(
            "Thứ ba, nâng cao chất lượng đội ngũ giảng viên cả về chuyên môn, nghiệp vụ sư phạm "
            "và kinh nghiệm thực tiễn; có cơ chế mời cán bộ lãnh đạo, quản lý của tỉnh tham gia "
            "giảng dạy một số chuyên đề."
        ),
        P(
            "Thứ tư, tăng cường phối hợp với các sở, ban, ngành và các địa phương trong tổ chức đi "
            "thực tế, khảo sát, viết thu hoạch cuối khóa, bảo đảm học đi đôi với hành."
        ),
        P(
            "Làm tốt những giải pháp trên sẽ góp phần xây dựng Trường Chính trị tỉnh Quảng Trị "
            "đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư, đáp ứng yêu cầu đào tạo, "
            "bồi dưỡng cán bộ trong giai đoạn mới."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
            "style=\"font-size:14.0pt;font-family:'Times New Roman'\">TS. Lê Văn Khánh - Phó "
            "Trưởng khoa Lý luận cơ sở<o:p></o:p></span></i></b></p>"
        ),
    ],
    authors=["Lê Văn Khánh"],
    summary=(
        "Gắn lý luận với thực tiễn là nguyên tắc xuyên suốt trong công tác đào tạo, bồi dưỡng lý "
        "luận chính trị; bài viết trao đổi một số kinh nghiệm và giải pháp từ thực tiễn giảng dạy "
        "tại Trường Chính trị tỉnh Quảng Trị."
    ),
    sapo_outside=True,
    opts={"time": "14:05", "slider": True, "word_xml": True, "thumb": "ly-luan-thuc-tien.jpg"},
)

S_BDKT = Story(
    57,
    "boi-duong-doi-tuong-4",
    "Bồi dưỡng cập nhật kiến thức cho đối tượng 4 năm 2026",
    2,
    "2026-11-16T10:20:00+07:00",
    [
        P(
            "Trong 5 ngày, từ 12 đến 16/11/2026, Trường Chính trị tỉnh phối hợp với Ban Tổ chức "
            "Tỉnh ủy mở lớp bồi dưỡng cập nhật kiến thức cho 85 cán bộ lãnh đạo, quản lý cấp "
            "phòng và tương đương thuộc các sở, ban, ngành, đoàn thể cấp tỉnh (đối tượng 4)."
        ),
        Img(img_path("boi-duong-dt4.jpg"), None, None, "none"),
        P(
            "Học viên được nghe các chuyên đề: một số vấn đề mới về công tác xây dựng Đảng; chuyển "
            "đổi số trong hoạt động của cơ quan nhà nước; tình hình kinh tế – xã hội của tỉnh và "
            "định hướng phát triển giai đoạn 2026 – 2030; công tác bảo vệ nền tảng tư tưởng của "
            "Đảng."
        ),
        P(
            "Kết thúc lớp học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó 31 bài đạt "
            "loại giỏi."
        ),
        Raw(
            '<p align="right" style="text-align:right"><b>Tin: Lê Thị Thu Hà; Ảnh: Nguyễn Đức '
            "Thắng</b></p>"
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Nguyễn Đức Thắng"],
    summary=(
        "Sáng 16/11, Trường Chính trị tỉnh bế giảng lớp bồi dưỡng cập nhật kiến thức cho đối "
        "tượng 4 năm 2026."
    ),
    sapo_outside=True,
    opts={"time": "10:20", "thumb": "boi-duong-dt4.jpg", "slider": True, "font_title": True},
)

S_KEHOACH = Story(
    61,
    "ke-hoach-hoi-thi-gvdg",
    "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    4,
    "2026-10-14",
    [
        P(
            "Thực hiện Chương trình công tác năm 2026, Nhà trường xây dựng Kế hoạch tổ chức Hội thi "
            "giảng viên dạy giỏi cấp trường năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
        P(
            "Nâng cao chất lượng giảng dạy, khuyến khích giảng viên đổi mới phương pháp, ứng dụng "
            "công nghệ thông tin; lựa chọn giảng viên tiêu biểu tham gia hội thi cấp toàn quốc."
        ),
        P("II. THỜI GIAN, ĐỊA ĐIỂM", "h"),
        P("Từ ngày 16 đến 19/11/2026, tại Hội trường B, Trường Chính trị tỉnh."),
        P("III. ĐĂNG KÝ DỰ THI", "h"),
        P(
            "Các khoa gửi danh sách giảng viên dự thi và tên bài giảng về Phòng Tổ chức – Hành "
            "chính trước ngày 31/10/2026."
        ),
    ],
    opts={"time": None},
)

S_HOCTAP = Story(
    60,
    "hoc-tap-kinh-nghiem-hue",
    "Đoàn công tác Trường Chính trị tỉnh Quảng Trị học tập kinh nghiệm tại Trường Chính trị thành phố Huế",
    1,
    "2026-11-12T09:00:00+07:00",
    [
        P(
            "Đoàn do đồng chí Hiệu trưởng làm trưởng đoàn, cùng lãnh đạo các khoa, phòng chuyên "
            "môn. Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về xây dựng trường chính trị "
            "chuẩn, đổi mới chương trình và phương pháp giảng dạy, quản lý học viên."
        ),
        Img(
            img_path("hoc-tap-hue.jpg"),
            "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị thành phố Huế",
            "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị thành phố Huế",
            "i",
        ),
        P(
            "Đoàn đã tham quan hệ thống phòng học thông minh, thư viện điện tử và phòng truyền "
            "thống của Trường Chính trị thành phố Huế."
        ),
        P(
            "Chuyến công tác giúp cán bộ, giảng viên Nhà trường học hỏi nhiều cách làm hay để vận "
            "dụng vào thực tiễn công tác đào tạo, bồi dưỡng tại tỉnh nhà."
        ),
        Raw('<p align="right" style="text-align:right"><b><i>Tin, ảnh: Trần Quang Huy</i></b></p>'),
    ],
    authors=["Trần Quang Huy"],
    photographers=["Trần Quang Huy"],
    opts={"time": "09:00", "thumb": "hoc-tap-hue.jpg", "rel_src": True},
)

S_DOANKET = Story(
    59,
    "phat-huy-dai-doan-ket",
    "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong giai đoạn mới",
    3,
    "2026-11-06",
    [
        P(
            "Đại đoàn kết toàn dân tộc là đường lối chiến lược, là nguồn sức mạnh và động lực to "
            "lớn để xây dựng và bảo vệ Tổ quốc."
        ),
        P(
            "Trong giai đoạn mới, việc phát huy sức mạnh đại đoàn kết đòi hỏi phải giải quyết hài "
            "hòa quan hệ lợi ích giữa các giai cấp, tầng lớp xã hội; bảo đảm quyền làm chủ của "
            "nhân dân; đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn "
            "thể chính trị – xã hội."
        ),
        P(
            "Cùng với đó là đấu tranh làm thất bại mọi âm mưu lợi dụng vấn đề dân tộc, tôn giáo để "
            "chia rẽ khối đại đoàn kết; chăm lo đời sống vật chất, tinh thần của đồng bào vùng sâu, "
            "vùng xa, vùng dân tộc thiểu số."
        ),
        P(
            "Mỗi cán bộ, đảng viên phải thực sự là tấm gương về đạo đức, lối sống, gần dân, hiểu "
            "dân, trọng dân và có trách nhiệm với dân."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><i><span '
            'style="font-size:13.0pt">(Nguồn: Tạp chí Cộng sản)<o:p></o:p></span></i></p>'
        ),
    ],
    source="Tạp chí Cộng sản",
    opts={"time": None},
)

S_CHIBO = Story(
    58,
    "chi-bo-sinh-hoat-chuyen-de",
    "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề về phong cách làm việc của người đứng đầu",
    1,
    "2026-11-03T17:30:00+07:00",
    [
        P(
            "Chiều 03/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Học tập và làm "
            "theo phong cách làm việc khoa học, sâu sát của Chủ tịch Hồ Chí Minh”."
        ),
        Img(
            img_path("chi-bo-xdd.jpg"),
            "Các đảng viên thảo luận tại buổi sinh hoạt chuyên đề",
            "Các đảng viên thảo luận tại buổi sinh hoạt chuyên đề",
            "em",
        ),
        P(
            "Các đảng viên đã thảo luận sôi nổi, liên hệ bản thân trong việc chuẩn bị bài giảng, "
            "đi thực tế cơ sở và hướng dẫn học viên viết tiểu luận, khóa luận."
        ),
        P(
            "Chi bộ thống nhất mỗi đảng viên đăng ký một việc làm cụ thể, được đánh giá vào cuối "
            "năm."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span>Hồ Thị Thanh '
            "Tâm (Chi bộ Khoa Xây dựng Đảng)<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Hồ Thị Thanh Tâm"],
    opts={"time": "17:30", "thumb": "chi-bo-xdd.jpg"},
)

S_PHUNU = Story(
    54,
    "toa-dam-20-10",
    "Công đoàn Trường tổ chức tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    1,
    "2026-10-21T15:00:00+07:00",
    [
        P(
            "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
            "20/10/2026), chiều 20/10, Công đoàn Trường Chính trị tỉnh tổ chức buổi tọa đàm với "
            "chủ đề “Phụ nữ Trường Chính trị tự tin, trách nhiệm, hạnh phúc”."
        ),
        P(
            "Các ý kiến tại tọa đàm chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình, vai "
            "trò của nữ giảng viên trong nghiên cứu khoa học và giảng dạy."
        ),
        Img(
            img_path("toa-dam-20-10.jpg"),
            "Nữ cán bộ, giảng viên Nhà trường tại buổi tọa đàm",
            "Nữ cán bộ, giảng viên Nhà trường tại buổi tọa đàm",
            "em",
        ),
        P(
            "Dịp này, Công đoàn Trường tặng hoa chúc mừng toàn thể nữ cán bộ, viên chức, người lao "
            "động trong Nhà trường."
        ),
        Raw('<p align="right" style="text-align:right"><b>Tin: Nguyễn Thị Hồng Nhung</b></p>'),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={"time": "15:00", "thumb": "toa-dam-20-10.jpg"},
)

S_QUANTRIET = Story(
    52,
    "quan-triet-nghi-quyet",
    "Đảng bộ Trường Chính trị tỉnh quán triệt, triển khai Nghị quyết Đại hội Đảng bộ tỉnh",
    1,
    "2026-10-08T08:00:00+07:00",
    [
        P(
            "Hội nghị đã nghe báo cáo viên của Ban Tuyên giáo và Dân vận Tỉnh ủy quán triệt những "
            "nội dung cơ bản, cốt lõi của Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 – 2030, "
            "trong đó có các chỉ tiêu về phát triển kinh tế – xã hội, xây dựng hệ thống chính trị "
            "và các khâu đột phá."
        ),
        P(
            "Phát biểu kết luận, đồng chí Bí thư Đảng ủy Nhà trường yêu cầu các chi bộ xây dựng "
            "chương trình hành động cụ thể; các khoa chuyên môn kịp thời đưa nội dung Nghị quyết "
            "vào bài giảng các chương trình đào tạo, bồi dưỡng."
        ),
        P(
            "Sau hội nghị, 100% đảng viên viết bài thu hoạch, liên hệ trách nhiệm của bản thân "
            "trong việc thực hiện Nghị quyết.",
            "split",
        ),
    ],
    summary=(
        "Ngày 07/10, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt và "
        "triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII."
    ),
    sapo_outside=True,
    opts={"time": "08:00"},
)

S_BEGIANG = Story(
    50,
    "be-giang-k41",
    "Bế giảng lớp Trung cấp lý luận chính trị – hành chính khóa 41 hệ tập trung",
    2,
    "2026-10-02T10:15:00+07:00",
    [
        P(
            "Sau 8 tháng học tập, 90 học viên lớp Trung cấp lý luận chính trị – hành chính khóa 41 "
            "hệ tập trung đã hoàn thành chương trình học và thi tốt nghiệp."
        ),
        P("Kết quả xếp loại tốt nghiệp của lớp như sau:"),
        P("Xếp loại tốt nghiệp | Số học viên | Tỷ lệ (%)", "tr"),
        P("Xuất sắc | 4 | 4,4", "tr"),
        P("Giỏi | 38 | 42,2", "tr"),
        P("Khá | 46 | 51,1", "tr"),
        P("Trung bình | 2 | 2,3", "tr"),
        Img(
            img_path("be-giang-k41.jpg"),
            "Trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
            "Trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
            "em",
        ),
        P(
            "Tại buổi lễ, Nhà trường khen thưởng 12 học viên có thành tích xuất sắc trong học tập "
            "và rèn luyện."
        ),
        Raw('<p align="right" style="text-align:right"><b>Minh Châu</b></p>'),
    ],
    authors=["Minh Châu"],
    summary="Sáng 02/10, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị – hành chính khóa 41.",
    sapo_outside=True,
    opts={"time": "10:15", "thumb": "be-giang-k41.jpg"},
)

STORIES = [
    S_KYNIEM,
    S_TUYENSINH,
    S_KHAIGIANG,
    S_HOITHI,
    S_LYLUAN,
    S_BDKT,
    S_KEHOACH,
    S_HOCTAP,
    S_DOANKET,
    S_CHIBO,
    S_PHUNU,
    S_QUANTRIET,
    S_BEGIANG,
]
BY_ID = {s.id: s for s in STORIES}
POSTBACK_ONLY = [54, 52, 50]


# --- news items that link elsewhere (file, album, timetable): (MaTin, MaDM, "dd/mm/yyyy HH:MM",
# title, href) ------------------------------------------------------------------------------

OTHER_ITEMS = [
    (70, 4, "25/11/2026 08:00", "Thông báo lịch nghỉ Tết Dương lịch năm 2027", "/Upload/File/2026/11/TB-nghi-Tet-DL-2027.pdf"),
    (69, 1, "24/11/2026 16:00", "Hình ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "/ThuVienAnh.aspx?Album=3"),
    (67, 2, "22/11/2026 07:30", "Lịch học tuần 48 – Lớp Trung cấp LLCT khóa 42", "/LichHoc.aspx"),
    (64, 2, "19/11/2026 10:00", "Danh sách học viên lớp Trung cấp LLCT – HC khóa 43 (Hải Lăng)", "/Upload/File/2026/11/DS-hoc-vien-K43.pdf"),
    (71, 2, "17/11/2026 09:00", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "/Upload/File/2026/11/KH-dao-tao-2027.pdf"),
    (56, 4, "05/11/2026 14:00", "Thông báo kết luận giao ban tháng 10/2026", "/Upload/File/2026/11/TB-giao-ban-T10.pdf"),
    (55, 1, "30/10/2026 16:00", "Quyết định công nhận danh hiệu thi đua năm học 2025 – 2026", "/Upload/File/2026/10/QD-thi-dua-2025-2026.pdf"),
    (53, 2, "09/10/2026 08:00", "Chương trình bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4", "/Upload/File/2026/10/CT-QPAN-DT4.pdf"),
]


def story_key(s: Story) -> str:
    """Sort key 'YYYY-MM-DDTHH:MM' of a story."""
    day = s.published_at[:10]
    return f"{day}T{s.opts['time'] or '00:00'}"


def other_key(printed: str) -> str:
    d, t = printed.split(" ")
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}T{t}"


def article_path(s: Story) -> str:
    return f"/ChiTietTin.aspx?MaTin={s.id}&MaDM={s.cat}"


def unaccent(value: str) -> str:
    value = value.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))


def tieude_path(s: Story) -> str:
    return article_path(s) + "&TieuDe=" + quote(unaccent(s.title))


def item_list() -> list[dict]:
    """Every news item, newest first: articles and the items that link elsewhere."""
    items = [
        {
            "key": story_key(s),
            "cat": s.cat,
            "title": s.title,
            "href": article_path(s),
            "short": f"/ChiTietTin.aspx?MaTin={s.id}",
            "day": date_dmy(s),
            "story": s,
        }
        for s in STORIES
    ]
    for _id, cat, printed, title, href in OTHER_ITEMS:
        items.append(
            {
                "key": other_key(printed),
                "cat": cat,
                "title": title,
                "href": href,
                "short": href,
                "day": printed.split(" ")[0],
                "story": None,
            }
        )
    return sorted(items, key=lambda it: it["key"], reverse=True)


def date_dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


# --- gold -----------------------------------------------------------------------------------

GOLD = []
for _s in STORIES:
    _alts = [f"/ChiTietTin.aspx?MaTin={_s.id}"]
    if _s.opts.get("slider"):
        _alts.append(tieude_path(_s))
    GOLD.append(gold_record(_s, article_path(_s), CATEGORIES[_s.cat], alt_paths=_alts))

NON_ARTICLES = [
    "/GioiThieu.aspx?ID=1",
    "/GioiThieu.aspx?ID=2",
    "/LienHe.aspx",
    "/ThuVienAnh.aspx?Album=3",
    "/VanBan.aspx",
    "/LichHoc.aspx",
    "/ThuVienAnh.aspx",
    "/TinTuc.aspx?MaDM=4",
]


# --- view state -------------------------------------------------------------------------------


def viewstate(kind: str, key: object, page: int = 1) -> str:
    return opaque(f"VS|{kind}|{key}|{page}", 1530, prefix=b"\xff\x01\x0f\x0f\x05\n-138475")


def eventvalidation(kind: str, key: object, page: int = 1) -> str:
    return opaque(f"EV|{kind}|{key}|{page}", 96, prefix=b"\xff\x01\x16")


# --- rendering ------------------------------------------------------------------------------

WORD_SPAN = "font-size:14.0pt;line-height:130%;font-family:'Times New Roman','serif'"
WORD_XML = (
    "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Normal</w:View>\n  <w:Zoom>0</w:Zoom>\n"
    "  <w:TrackMoves/>\n  <w:PunctuationKerning/>\n  <w:ValidateAgainstSchemas/>\n"
    "  <w:Compatibility>\n   <w:BreakWrappedTables/>\n  </w:Compatibility>\n </w:WordDocument>\n"
    '</xml><![endif]--><!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n'
    '\t{mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;font-size:10.0pt;}\n</style>\n'
    "<![endif]-->"
)
EMPTY_P = f'<p class="MsoNormal"><span style="{WORD_SPAN}">&nbsp;<o:p></o:p></span></p>'


def word_p(content: str, indent: bool = True) -> str:
    style = "margin-bottom:6.0pt;text-align:justify;line-height:130%"
    if indent:
        style += ";text-indent:36.0pt"
    return f'<p class="MsoNormal" style="{style}"><span style="{WORD_SPAN}">{content}<o:p></o:p></span></p>'


def img_src(s: Story, img: Img) -> str:
    return img.src.lstrip("/") if s.opts.get("rel_src") else img.src


def render_body(s: Story) -> str:
    out: list[str] = [WORD_XML] if s.opts.get("word_xml") else []
    blocks = s.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "pair":
                second = blocks[i + 1]
                assert isinstance(second, Img) and second.style == "pair2"
                out.append(
                    '<table border="0" cellspacing="0" cellpadding="4" align="center" style="width:100%">'
                    "<tbody><tr>"
                    f'<td align="center" style="width:50%"><img src="{esc(b.src)}" width="300" height="200" border="0" alt="" /></td>'
                    f'<td align="center" style="width:50%"><img src="{esc(second.src)}" width="300" height="200" border="0" alt="" /></td>'
                    f'</tr><tr><td colspan="2" align="center"><em>{esc(b.printed or "")}</em></td></tr>'
                    "</tbody></table>"
                )
                i += 2
                continue
            out.append(
                f'<p align="center" style="text-align:center"><img src="{esc(img_src(s, b))}" '
                'width="500" height="333" border="0" alt="" /></p>'
            )
            if b.printed and b.style == "em":
                out.append(f'<p align="center" style="text-align:center"><em>{esc(b.printed)}</em></p>')
            elif b.printed:
                out.append(
                    '<p class="MsoNormal" align="center" style="text-align:center"><i>'
                    f'<span style="font-size:13.0pt">{esc(b.printed)}<o:p></o:p></span></i></p>'
                )
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                first = not rows
                cells = "".join(
                    '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                    f'<p class="MsoNormal" align="center" style="text-align:center">'
                    f"{'<b>' if first else ''}<span style=\"{WORD_SPAN}\">{esc(c)}<o:p></o:p></span>"
                    f"{'</b>' if first else ''}</p></td>"
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none" align="center"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(word_p(f"<b>{esc(b.text)}</b>"))
        elif b.style == "quote":
            out.append(f"<blockquote>{word_p(f'<i>{esc(b.text)}</i>', indent=False)}</blockquote>")
        elif b.style == "split":
            words = b.text.split(" ")
            half = len(words) // 2
            head, tail = " ".join(words[:half]), " ".join(words[half:])
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
                f'<span style="{WORD_SPAN}">{esc(head)} </span><span lang="VI" style="{WORD_SPAN}">'
                f"{esc(tail)}<o:p></o:p></span></p>"
            )
        else:
            out.append(word_p(esc(b.text)))
            n += 1
            if n % 2 == 0:
                out.append(EMPTY_P)
        i += 1
    return "\n".join(out)


def layout(title: str, main: str, action: str, vs: str, ev: str, crumbs: str = "") -> str:
    latest = "\n".join(
        f'<li><a href="{esc(it["short"])}">{esc(it["title"])}</a></li>' for it in item_list()[:8]
    )
    menu_cats = "".join(
        f'<li><a href="/TinTuc.aspx?MaDM={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
\t{esc(title)}
</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script src="/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script>
<script src="/Scripts/jquery.nivo.slider.pack.js" type="text/javascript"></script></head>
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
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<div id="wrapper">
<div id="banner"><a href="/default.aspx"><img src="/App_Themes/Default/images/banner_tct.jpg" alt="{esc(SITE)}" width="1000" height="150" border="0" /></a></div>
<div id="topbar"><span id="ctl00_lblNgayThang" class="NgayThang">{HEADER_DATE}</span>
<span class="TimKiem"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="txtTimKiem" />
<input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" /></span></div>
<div id="menu"><ul class="menungang">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="#">Giới thiệu</a><ul><li><a href="/GioiThieu.aspx?ID=1">Lịch sử phát triển</a></li><li><a href="/GioiThieu.aspx?ID=2">Chức năng nhiệm vụ</a></li></ul></li>
{menu_cats}
<li><a href="/VanBan.aspx">Văn bản</a></li>
<li><a href="/ThuVienAnh.aspx">Thư viện ảnh</a></li>
<li><a href="/LienHe.aspx">Liên hệ</a></li>
</ul></div>
<div id="content">
<div id="left">
<div class="khoi"><div class="TieuDeKhoi">Tin mới nhất</div><ul class="TinMoi">
{latest}
</ul></div>
<div class="khoi"><div class="TieuDeKhoi">Liên kết</div>
<ul class="LienKet"><li><a href="http://www.hcma.vn" target="_blank">Học viện CTQG Hồ Chí Minh</a></li>
<li><a href="http://www.tapchicongsan.org.vn" target="_blank">Tạp chí Cộng sản</a></li>
<li><a href="http://www.quangtri.gov.vn" target="_blank">Cổng TTĐT tỉnh Quảng Trị</a></li></ul>
<select name="ctl00$ddlLienKet" onchange="window.open(this.value)"><option value="">-- Website liên kết --</option><option value="http://dangcongsan.vn">Báo điện tử Đảng Cộng sản</option></select></div>
<div class="khoi"><div class="TieuDeKhoi">Thăm dò ý kiến</div>
<p>Bạn đánh giá thế nào về chất lượng website?</p>
<table id="ctl00_ucBinhChon_rblLuaChon"><tr><td><input id="ctl00_ucBinhChon_rblLuaChon_0" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="1" /><label for="ctl00_ucBinhChon_rblLuaChon_0">Rất tốt</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblLuaChon_1" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="2" /><label for="ctl00_ucBinhChon_rblLuaChon_1">Tốt</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblLuaChon_2" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="3" /><label for="ctl00_ucBinhChon_rblLuaChon_2">Bình thường</label></td></tr></table>
<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Biểu quyết" id="ctl00_ucBinhChon_btnBinhChon" /></div>
<div class="khoi"><div class="TieuDeKhoi">Lượt truy cập</div>
<div class="ThongKe">Đang online: <span id="ctl00_lblOnline">27</span><br />Hôm nay: <span id="ctl00_lblHomNay">1.045</span><br />Tổng truy cập: <span id="ctl00_lblTong">2.318.405</span></div></div>
</div>
<div id="main">
{crumbs}
{main}
</div>
</div>
<div id="footer"><p><b>{esc(SITE)}</b> – Địa chỉ: 02 Hàm Nghi, phường Đông Hà, tỉnh Quảng Trị – ĐT: 0233.3852.416 – Fax: 0233.3852.417</p>
<p>Email: truongchinhtri@quangtri.gov.vn – Thiết kế bởi Trung tâm CNTT&amp;TT Quảng Trị</p></div>
</div>
</form>
</body>
</html>"""


def crumbs_for(*parts: tuple[str, str | None]) -> str:
    links = ['<a href="/Default.aspx">Trang chủ</a>']
    for label, href in parts:
        links.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="DuongDan">' + " » ".join(links) + "</div>"


def short_text(it: dict) -> str:
    s = it["story"]
    if s is None:
        return ""
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split(" ")
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def item_href(it: dict) -> str:
    """Listings print relative ChiTietTin links, as the DataList's NavigateUrl did."""
    return it["href"].lstrip("/") if it["story"] else it["href"]


def pager(kind: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = ['<table id="ctl00_ContentPlaceHolder1_dlPager" cellspacing="0" border="0"><tr><td>Trang:</td>']
    if page > 1:
        parts.append(f"<td><a href=\"javascript:__doPostBack('{CP}lnkTrangTruoc','')\">Trang trước</a></td>")
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<td><span class="TrangHienTai">{n}</span></td>')
        else:
            parts.append(
                f'<td><a id="{CPID}dlPager_ctl{n:02d}_lnkTrang" '
                f"href=\"javascript:__doPostBack('{CP}dlPager$ctl{n:02d}$lnkTrang','')\">{n}</a></td>"
            )
    if page < pages:
        parts.append(
            f"<td><a id=\"{CPID}lnkTrangSau\" href=\"javascript:__doPostBack('{CP}lnkTrangSau','')\">Trang sau</a></td>"
        )
    parts.append("</tr></table>")
    return '<div class="PhanTrang">' + "".join(parts) + "</div>"


def target_page(form: dict[str, str], current: int, pages: int) -> int:
    target = form.get("__EVENTTARGET", "")
    if m := re.fullmatch(re.escape(CP) + r"dlPager\$ctl(\d\d)\$lnkTrang", target):
        wanted = int(m.group(1))
    elif target == CP + "lnkTrangSau":
        wanted = current + 1
    elif target == CP + "lnkTrangTruoc":
        wanted = current - 1
    else:
        wanted = current
    return wanted if 1 <= wanted <= pages else current


def server_error(message: str) -> Response:
    body = (
        "<html><head><title>" + esc(message) + "</title></head><body><span><h1>Server Error in '/' "
        f"Application.<hr width=100% size=1 color=silver></h1><h2><i>{esc(message)}</i></h2></span>"
        "<b>Exception Details: </b>System.Web.HttpException</body></html>"
    )
    return html(body, status=500)


def resolve_postback(request: Request, kind: str, key: object, pages: int) -> int | Response:
    """The page a GET or postback of a paged list answers with."""
    if request.method != "POST":
        return 1
    form = request.form
    states = {viewstate(kind, key, p): p for p in range(1, pages + 1)}
    current = states.get(form.get("__VIEWSTATE", ""))
    if current is None:
        return server_error("The state information is invalid for this page and might be corrupted.")
    if form.get("__EVENTVALIDATION") != eventvalidation(kind, key, current):
        return server_error("Invalid postback or callback argument.")
    return target_page(form, current, pages)


def category_page(request: Request, cat: int) -> Response:
    items = [it for it in item_list() if it["cat"] == cat]
    pages = max(1, -(-len(items) // PER_PAGE))
    page = resolve_postback(request, "TinTuc", cat, pages)
    if isinstance(page, Response):
        return page
    rows = []
    for n, it in enumerate(items[(page - 1) * PER_PAGE : page * PER_PAGE]):
        s = it["story"]
        thumb = ""
        if s is not None and s.opts.get("thumb"):
            thumb = (
                f'<a id="{CPID}dlTinTuc_ctl{n:02d}_hlAnh" href="{esc(item_href(it))}"><img '
                f'src="/Upload/Images/2026/11/thumb_{s.opts["thumb"]}" class="AnhNho" width="120" border="0" /></a>'
            )
        rows.append(
            f'<tr><td><div class="TinItem">{thumb}<a id="{CPID}dlTinTuc_ctl{n:02d}_hlTieuDe" '
            f'class="TieuDeTin" href="{esc(item_href(it))}">{esc(it["title"])}</a> '
            f'<span class="NgayDang">({it["day"]})</span>'
            f'<div class="TomTatTin">{esc(short_text(it))}</div></div></td></tr>'
        )
    main = (
        f'<div class="TieuDeDanhMuc"><span id="{CPID}lblTenDM">{esc(CATEGORIES[cat])}</span></div>'
        f'<table id="{CPID}dlTinTuc" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">'
        + "".join(rows)
        + "</table>"
        + pager("TinTuc", page, pages)
    )
    action = f"TinTuc.aspx?MaDM={cat}"
    return html(
        layout(
            f"{CATEGORIES[cat]} - {SITE}",
            main,
            action,
            viewstate("TinTuc", cat, page),
            eventvalidation("TinTuc", cat, page),
            crumbs_for((CATEGORIES[cat], None)),
        )
    )


def title_markup(s: Story) -> str:
    if s.opts.get("font_title"):
        return (
            f'<span id="{CPID}lblTieuDe" class="TieuDe"><font face="Times New Roman" size="4" '
            f'color="#003399"><b>{esc(s.title)}</b></font></span>'
        )
    return f'<span id="{CPID}lblTieuDe" class="TieuDe">{esc(s.title)}</span>'


def date_markup(s: Story) -> str:
    if s.opts["time"]:
        return f'<span id="{CPID}lblNgayDang" class="NgayDang">({date_dmy(s)} {s.opts["time"]})</span>'
    return f'<span id="{CPID}lblNgayDang" class="NgayDang">Cập nhật ngày: {date_dmy(s)}</span>'


def article_page(request: Request, s: Story) -> Response:
    form = request.form if request.method == "POST" else {}
    thanks = ""
    if CP + "btnGuiYKien" in form:
        thanks = '<div class="ThongBao">Cảm ơn bạn đã gửi ý kiến. Ý kiến của bạn sẽ được đăng sau khi được duyệt.</div>'
    elif "ctl00$ucBinhChon$btnBinhChon" in form:
        thanks = '<div class="ThongBao">Cảm ơn bạn đã tham gia bình chọn.</div>'
    others = [it for it in item_list() if it["story"] is not s][:10]
    other_html = "".join(
        f'<li><a href="{esc(item_href(it))}">{esc(it["title"])}</a> <span class="NgayDang">({it["day"]})</span></li>'
        for it in others
    )
    sapo = f'<span id="{CPID}lblTomTat" class="TomTat">{esc(s.summary)}</span>' if s.summary else ""
    views = f"{s.views() + 1000:,}".replace(",", ".")
    main = f"""<div class="ArticleDetail">
{title_markup(s)}<br />
{date_markup(s)}
<div class="TomTatBox">{sapo}</div>
<span id="{CPID}lblNoiDung" class="NoiDung">{render_body(s)}</span>
<div class="LuotXem">Số lượt xem: <span id="{CPID}lblLuotXem">{views}</span></div>
<div class="CongCu"><a href="javascript:window.print();">[In trang]</a> <a href="javascript:void(0);" onclick="window.open('GuiBanBe.aspx?MaTin={s.id}','','width=450,height=380');">[Gửi cho bạn bè]</a> <a href="javascript:history.back();">[Quay lại]</a></div>
</div>
{thanks}
<div class="YKien"><div class="TieuDeKhoi">Ý kiến bạn đọc</div>
<table><tr><td>Họ tên:</td><td><input name="{CP}txtHoTen" type="text" id="{CPID}txtHoTen" /></td></tr>
<tr><td>Email:</td><td><input name="{CP}txtEmail" type="text" id="{CPID}txtEmail" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="{CP}txtNoiDung" rows="5" cols="50" id="{CPID}txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="{CP}btnGuiYKien" value="Gửi ý kiến" id="{CPID}btnGuiYKien" /></td></tr></table></div>
<div class="CacTinKhac"><div class="TieuDeKhoi">Các tin khác</div><ul>{other_html}</ul></div>"""
    action = "ChiTietTin.aspx?" + request.query
    return html(
        layout(
            f"{s.title} - {SITE}",
            main,
            action,
            viewstate("ChiTietTin", s.id),
            eventvalidation("ChiTietTin", s.id),
            crumbs_for((CATEGORIES[s.cat], f"/TinTuc.aspx?MaDM={s.cat}")),
        )
    )


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide"><a href="{esc(tieude_path(s).lstrip("/"))}"><img src="/Upload/Images/2026/11/{s.opts["thumb"]}" '
        f'width="520" height="300" alt="" /></a><a class="TieuDeSlide" href="{esc(tieude_path(s).lstrip("/"))}">{esc(s.title)}</a></div>'
        for s in STORIES
        if s.opts.get("slider")
    )
    boxes = []
    items = item_list()
    for cat, name in CATEGORIES.items():
        mine = [it for it in items if it["cat"] == cat][:4]
        lis = "".join(
            f'<li><a href="{esc(item_href(it))}">{esc(it["title"])}</a> <span class="NgayDang">({it["day"]})</span></li>'
            for it in mine
        )
        boxes.append(
            f'<div class="KhoiDanhMuc"><div class="TieuDeKhoi"><a href="/TinTuc.aspx?MaDM={cat}">{esc(name)}</a></div>'
            f'<div class="TomTatTin">{esc(short_text(mine[0]))}</div><ul>{lis}</ul></div>'
        )
    main = (
        f'<div id="TinNoiBat"><div class="TieuDeKhoi">Tin nổi bật</div><div id="slider" class="nivoSlider">{slides}</div></div>'
        + "".join(boxes)
    )
    return html(layout(SITE, main, "Default.aspx", viewstate("Default", 0), eventvalidation("Default", 0)))


# --- static pages -------------------------------------------------------------------------

INTRO = {
    "1": (
        "Lịch sử phát triển",
        [
            "Trường Chính trị tỉnh Quảng Trị tiền thân là Trường Đảng tỉnh Quảng Trị, được thành lập "
            "năm 1949 trong thời kỳ kháng chiến chống thực dân Pháp.",
            "Sau ngày tái lập tỉnh (01/7/1989), Tỉnh ủy Quảng Trị ban hành Quyết định thành lập "
            "Trường Chính trị tỉnh trên cơ sở Trường Đảng tỉnh và Trường Hành chính tỉnh.",
            "Qua các thời kỳ, Nhà trường đã đào tạo, bồi dưỡng hàng vạn cán bộ cho hệ thống chính trị "
            "của tỉnh; được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất.",
        ],
    ),
    "2": (
        "Chức năng nhiệm vụ",
        [
            "Trường Chính trị tỉnh là cơ quan trực thuộc Tỉnh ủy, đồng thời là đơn vị sự nghiệp "
            "trực thuộc UBND tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ "
            "thống chính trị ở cơ sở.",
            "Nhà trường tổ chức đào tạo trung cấp lý luận chính trị – hành chính; bồi dưỡng cập nhật "
            "kiến thức, kỹ năng lãnh đạo, quản lý; nghiên cứu khoa học và tổng kết thực tiễn.",
        ],
    ),
}


def static_page(title: str, body: str, action: str, crumbs: str, key: str) -> Response:
    main = f'<div class="TrangTinh"><h2 class="TieuDeTrang">{esc(title)}</h2>{body}</div>'
    return html(layout(f"{title} - {SITE}", main, action, viewstate("Static", key), eventvalidation("Static", key), crumbs))


def intro_page(request: Request, key: str) -> Response | None:
    if key not in INTRO:
        return None
    title, paras = INTRO[key]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return static_page(title, body, f"GioiThieu.aspx?ID={key}", crumbs_for(("Giới thiệu", None), (title, None)), f"GT{key}")


def contact_page(request: Request) -> Response:
    sent = ""
    if request.method == "POST" and CP + "btnGui" in request.form:
        sent = '<p class="ThongBao">Cảm ơn bạn đã liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</p>'
    body = f"""<p><b>{esc(SITE)}</b></p><p>Địa chỉ: 02 Hàm Nghi, phường Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3852.416 – Fax: 0233.3852.417 – Email: truongchinhtri@quangtri.gov.vn</p>{sent}
<table><tr><td>Họ tên:</td><td><input name="{CP}txtHoTen" type="text" /></td></tr>
<tr><td>Email:</td><td><input name="{CP}txtEmail" type="text" /></td></tr>
<tr><td>Tiêu đề:</td><td><input name="{CP}txtTieuDe" type="text" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="{CP}txtNoiDung" rows="6" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="{CP}btnGui" value="Gửi liên hệ" /></td></tr></table>"""
    return static_page("Liên hệ", body, "LienHe.aspx", crumbs_for(("Liên hệ", None)), "LH")


ALBUMS = {
    "1": ("Lễ khai giảng năm học 2026 – 2027", 6),
    "2": ("Hội thao chào mừng Ngày thành lập Đảng", 8),
    "3": ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", 9),
}


def album_page(request: Request) -> Response | None:
    key = request.params.get("Album")
    if key is None:
        cells = "".join(
            f'<td align="center"><a href="ThuVienAnh.aspx?Album={k}"><img src="/Upload/Album/{k}/bia.jpg" width="180" /></a>'
            f'<br /><a href="ThuVienAnh.aspx?Album={k}">{esc(t)}</a> ({n} ảnh)</td>'
            for k, (t, n) in ALBUMS.items()
        )
        return static_page("Thư viện ảnh", f'<table id="{CPID}dlAlbum"><tr>{cells}</tr></table>', "ThuVienAnh.aspx", crumbs_for(("Thư viện ảnh", None)), "TVA")
    if key not in ALBUMS:
        return None
    title, count = ALBUMS[key]
    cells = "".join(
        f'<td><a href="/Upload/Album/{key}/anh-{n:02d}.jpg" rel="lightbox[album]"><img src="/Upload/Album/{key}/thumb_anh-{n:02d}.jpg" width="150" /></a></td>'
        + ("</tr><tr>" if n % 3 == 0 else "")
        for n in range(1, count + 1)
    )
    return static_page(
        f"Album: {title}",
        f'<table id="{CPID}dlAnh"><tr>{cells}</tr></table>',
        f"ThuVienAnh.aspx?Album={key}",
        crumbs_for(("Thư viện ảnh", "/ThuVienAnh.aspx"), (title, None)),
        f"TVA{key}",
    )


TIMETABLE = [
    ("Thứ Hai, 23/11", "Sáng", "Bài 12: Công tác dân vận của hệ thống chính trị ở cơ sở", "ThS. Nguyễn Văn Bình", "Phòng 201"),
    ("Thứ Hai, 23/11", "Chiều", "Bài 12 (tiếp) – Thảo luận", "ThS. Nguyễn Văn Bình", "Phòng 201"),
    ("Thứ Ba, 24/11", "Sáng", "Bài 13: Kỹ năng xử lý tình huống trong lãnh đạo, quản lý", "TS. Phan Thị Lý", "Phòng 201"),
    ("Thứ Tư, 25/11", "Cả ngày", "Tự học – Chuẩn bị tiểu luận", "", ""),
    ("Thứ Năm, 26/11", "Sáng", "Kiểm tra học phần Kỹ năng lãnh đạo, quản lý", "Phòng Quản lý đào tạo", "Hội trường B"),
]


def timetable_page(request: Request) -> Response:
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in TIMETABLE)
    body = (
        '<table class="LichHoc" border="1" cellspacing="0" cellpadding="4" style="width:100%">'
        "<tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Giảng viên</th><th>Địa điểm</th></tr>"
        + rows
        + "</table>"
    )
    return static_page("Lịch học tuần 48 – Lớp Trung cấp LLCT khóa 42", body, "LichHoc.aspx", crumbs_for(("Đào tạo – Bồi dưỡng", "/TinTuc.aspx?MaDM=2"), ("Lịch học", None)), "LH48")


DOCS = [
    (
        f"{120 - n}/QĐ-TCT" if n % 3 else f"{45 - n}/TB-TCT",
        [
            "Quyết định mở lớp Trung cấp LLCT – HC",
            "Thông báo kết luận giao ban",
            "Kế hoạch đi thực tế của giảng viên",
            "Quyết định công nhận tốt nghiệp",
            "Quy chế chi tiêu nội bộ",
        ][n % 5]
        + f" (số {n + 1})",
        f"{28 - n:02d}/11/2026" if n < 27 else "30/10/2026",
        f"/Upload/VanBan/2026/vb-{n + 1:03d}.pdf",
    )
    for n in range(26)
]


def documents_page(request: Request) -> Response:
    pages = -(-len(DOCS) // DOCS_PER_PAGE)
    page = resolve_postback(request, "VanBan", 0, pages)
    if isinstance(page, Response):
        return page
    rows = "".join(
        f"<tr><td>{esc(no)}</td><td>{esc(sub)}</td><td>{day}</td><td><a href=\"{href}\">Tải về</a></td></tr>"
        for no, sub, day, href in DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    )
    body = (
        f'<table id="{CPID}gvVanBan" class="VanBan" border="1" cellspacing="0" style="width:100%">'
        "<tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr>"
        + rows
        + "</table>"
        + pager("VanBan", page, pages)
    )
    main = f'<div class="TrangTinh"><h2 class="TieuDeTrang">Văn bản</h2>{body}</div>'
    return html(
        layout(f"Văn bản - {SITE}", main, "VanBan.aspx", viewstate("VanBan", 0, page), eventvalidation("VanBan", 0, page), crumbs_for(("Văn bản", None)))
    )


# --- routing --------------------------------------------------------------------------------


class DataListPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = request.params
        if path.startswith(("/upload/file/", "/upload/vanban/")) and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/app_themes/", "/scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return redirect("/Default.aspx", 302)
        if path == "/default.aspx":
            return home(request)
        if path == "/tintuc.aspx":
            if set(params) != {"MaDM"} or not params["MaDM"].isdigit() or int(params["MaDM"]) not in CATEGORIES:
                return None
            return category_page(request, int(params["MaDM"]))
        if path == "/chitiettin.aspx":
            if not set(params) <= {"MaTin", "MaDM", "TieuDe"} or not params.get("MaTin", "").isdigit():
                return None
            s = BY_ID.get(int(params["MaTin"]))
            if s is None or params.get("MaDM", str(s.cat)) != str(s.cat):
                return None
            return article_page(request, s)
        if path == "/gioithieu.aspx":
            return intro_page(request, params.get("ID", ""))
        if path == "/lienhe.aspx":
            return contact_page(request)
        if path == "/thuvienanh.aspx":
            return album_page(request)
        if path == "/lichhoc.aspx":
            return timetable_page(request)
        if path == "/vanban.aspx":
            return documents_page(request)
        return None


def build_site() -> DataListPortal:
    return DataListPortal()
