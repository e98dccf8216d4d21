"""Trường Chính trị tỉnh Quảng Bình on a classic ASP site (VBScript + Access, IIS 6), built in
2006 and never migrated; the last news was posted in October 2009.

Platform
--------
Classic ASP pages (``*.asp``) over an Access database, the layout of its time: no frames but
nested ``<table>`` everywhere, ``<font face="Times New Roman">`` around every text, ``<b>`` and
``<i>`` instead of headings, ``<p align="justify">`` paragraphs (some articles were pasted as a
single ``<font>`` block with ``<br><br>`` between the paragraphs), images with ``border="0"`` and
``hspace``, photo captions as ``<p align="center"><i>…</i></p>`` under the photo.

Encoding (the point of this portal)
-----------------------------------
The pages are stored and sent in **windows-1258**, the Vietnamese code page: it has the shape
letters ă â ê ô ơ ư đ (and capitals) precomposed but the five tone marks only as *combining*
characters, so "Trường" goes out as ``Tr`` + ``ư`` + ``ơ`` + U+0300 + ``ng`` (bytes
``54 72 FD F5 CC 6E 67``). Every page says so in
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">``. The HTTP header,
an IIS 6 misconfiguration, differs by page type:

- ``/tintuc/*`` (lists, articles, print views), the home page and the photo album send
  ``Content-Type: text/html`` with **no charset**;
- the root "static" pages (``/gioithieu.asp``, ``/lienhe.asp``, which include a header file that
  sets ``Response.Charset = "ISO-8859-1"``) send ``text/html; charset=iso-8859-1``: **wrong**, the
  bytes are cp1258 and only the meta tag is right;
- the two oldest articles (2006, typed in a Unicode editor and imported from the first site) are
  **UTF-8** with **decomposed (NFD)** text and ``<meta ... charset=utf-8>``; their header is the
  same charset-less ``text/html``.

Gold is NFC text as a reader sees it.

URL scheme
----------
- ``/`` and ``/default.asp``: home (5 newest news "Tin mới", a box per category, sidebar).
- ``/tintuc/danhsach.asp?loai=<n>`` (= ``&trang=1``) and ``…&trang=<n>``: category lists, 8 entries
  per page, newest first, pager "Trang 1 2 3 Sau >>" (``<< Trước`` from page 2 on).
- ``/tintuc/chitiet.asp?id=<n>&loai=<n>``: an article (the form the lists link to, the gold path).
  ``/tintuc/chitiet.asp?id=<n>`` without ``loai`` serves the same article (the home page and the
  "Tin đọc nhiều" widget link that form) and ``/tintuc/in.asp?id=<n>`` is its print view (linked
  "In bài này" from every article): both are ``alt_paths``.
- ``/gioithieu.asp?muc=1|2|3``: static pages; ``/lienhe.asp``: contact form (POST to itself);
  ``/thuvien/anh.asp?album=<n>``: photo albums.
- Documents of "Văn bản - Thông báo" are list entries that link straight to files
  (``/upload/vanban/*.doc|pdf``), never to a page.
- Images under ``/upload/…`` and ``/images/…`` (placeholders), one 2006 photo at the old domain
  ``http://truongchinhtri.quangbinh.gov.vn/…`` (its gold is that URL).

Page templates
--------------
Header: banner image, "Hôm nay: " followed by a ``<script>document.write(...)</script>`` clock (no
date in the HTML), a top menu. Left column: image menu items (``<img alt="Giới thiệu">``) plus
text links, "Liên kết website" ``<select onchange>`` of external sites, the visitor counter
"Số lượt truy cập:" as seven digit images with ``alt`` digits (0123456), "Đang trực tuyến".
Right column: "Tin đọc nhiều", a poll (POST form), "Thư viện ảnh". Footer: address, phone, fax.
Article: breadcrumb ``Trang chủ >> <Chuyên mục>``, the headline in
``<font color="#990000" size="4"><b>``, "Cập nhật ngày: 15/10/2009" under it (dates only, no time),
an optional bold sapo in its own table row, the body, the byline at the end (right-aligned),
"In bài này | Gửi cho bạn bè | Về đầu trang", "Các tin khác" (5 newest entries of the category).
The ``<title>`` is the site's name only, on every page.

How each gold article is reached
--------------------------------
- Every article: its category list (the left menu links the four lists) and, for the 5 newest,
  the home page "Tin mới" box (``chitiet.asp?id=N`` without ``loai``) and the category boxes.
- "Văn bản - Thông báo" holds 3 articles among 16 document entries (19 entries, 3 pages): the Tết
  notice (id 218) is only on ``danhsach.asp?loai=4&trang=2`` and the essay guide of 2008 (id 131)
  only on ``&trang=3``; the "Các tin khác" lists show newer documents, never them.
- The 2006 articles (id 37 and 52) are on page 1 of their category lists.

Traps
-----
- Windows-1258 bytes with combining tone marks; header without charset; the iso-8859-1 header of
  the static pages; two UTF-8 NFD pages among cp1258 ones.
- One article under three URLs (with/without ``loai``, print view); lists under two (``loai=n``
  and ``loai=n&trang=1``).
- Bylines: "Ths. Lê Văn Sáu - Khoa Lý luận cơ sở" (degree with lower-case s, department after the
  dash), "Phòng Quản lý đào tạo" (a unit: credited as printed), "Tin: Hồng Nhung", "Minh Châu
  (Tổng hợp)", "Tin, ảnh: Hoàng Anh Tuấn", "TS. Nguyễn Đức Lợi - Phó Hiệu trưởng", a bare
  right-aligned "Đức Thắng", "BBT" (nobody); "Nguồn: Báo Quảng Bình" is a source.
- The title is all capitals on one page (kept); the ``<title>`` never holds the headline.
- The album page prints "Ngày đăng:" and captions; static pages look like articles without date.
- Layout images with alt text (menu, counter digits, "new" icons, print icon) are not photos.

Gold decisions
--------------
- published_at: "Cập nhật ngày: dd/mm/yyyy" -> "yyyy-mm-dd" (no time printed).
- summary: the bold sapo row where there is one (also the first body paragraph), else null.
- body: paragraphs, bold sub-headings, list items, timetable rows (cells " | "), quotes; not the
  captions, byline, source line, tool bar, "Các tin khác".
- images: photos in order, caption = the centred line under the photo (italic or not, or the cell
  under it in a photo table), None where nothing is printed.
- category: the breadcrumb's section.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response
from tests.portals._common import PDF, Block, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "asp_win1258_tct"
PLATFORM = "Classic ASP (VBScript, Access) on IIS 6, windows-1258 pages, table layout (2006-2009)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Bình"
OLD_HOST = "http://truongchinhtri.quangbinh.gov.vn"
PER_PAGE = 8

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Đào tạo - Bồi dưỡng",
    "3": "Nghiên cứu khoa học",
    "4": "Văn bản - Thông báo",
}

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(page: str) -> bytes:
    """NFC text -> windows-1258 bytes: the five tone marks decomposed into combining characters,
    the shape letters (ă â ê ô ơ ư đ and capitals) kept precomposed, as the code page holds them.

    ``unicodedata.normalize("NFD")`` would also split â into a + U+0302, which cp1258 lacks.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", page):
        parts = unicodedata.normalize("NFD", ch)
        shape = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(shape + "".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")


def to_utf8_nfd(page: str) -> bytes:
    """The 2006 pages: UTF-8 bytes of fully decomposed text."""
    return unicodedata.normalize("NFD", page).encode("utf-8")


# --- the articles -----------------------------------------------------------------------------
#
# P styles: "" justified paragraph, "b" bold sub-heading, "li" list item, "tr" table row (cells
# joined by " | ", the first row of a table is its header), "q" quotation in italics.
# Img styles: "ci" centred italic line under it, "cp" centred plain small line, "tbl" photo table
# with the caption cell, "none" nothing printed.
# opts: loai, date (dd/mm/yyyy as printed), br (paragraphs as one <font> block with <br><br>),
# utf8 (the 2006 UTF-8 NFD pages), teaser image for the lists.


def _up(name: str) -> str:
    return f"../upload/tintuc/{name}"


A_KHAIGIANG = 245
A_TONGKET = 238
A_HVKV3 = 201
A_HUANCHUONG = 37
B_LICHHOC = 243
B_QPAN = 229
B_LETHUY = 214
C_GIAIPHAP = 240
C_HOITHAO = 222
C_NGHIEMTHU = 52
D_TUYENSINH = 246
D_NGHITET = 218
D_TIEULUAN = 131

STORIES: list[Story] = [
    Story(
        A_KHAIGIANG,
        "khai-giang-cao-cap",
        "Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Cao cấp lý luận chính trị - hành chính "
        "khóa 2009 - 2011",
        "1",
        "2009-10-15",
        [
            P(
                "Sáng ngày 14/10/2009, Trường Chính trị tỉnh Quảng Bình phối hợp với Học viện Chính "
                "trị - Hành chính khu vực III tổ chức Lễ khai giảng lớp Cao cấp lý luận chính trị - "
                "hành chính hệ không tập trung khóa 2009 - 2011 cho 118 học viên là cán bộ lãnh đạo, "
                "quản lý các sở, ban, ngành, đoàn thể cấp tỉnh và các huyện, thành phố."
            ),
            Img(
                _up("2009/10/khaigiang_caocap_1.jpg"),
                "Đồng chí Phó Bí thư Tỉnh ủy phát biểu tại Lễ khai giảng",
                "Đồng chí Phó Bí thư Tỉnh ủy phát biểu tại Lễ khai giảng",
                "ci",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Tỉnh ủy đánh giá cao sự phối hợp chặt chẽ "
                "giữa Học viện và nhà trường trong việc mở lớp tại địa phương, tạo điều kiện cho cán "
                "bộ vừa học tập nâng cao trình độ lý luận, vừa hoàn thành nhiệm vụ chính trị được giao."
            ),
            P(
                "Đồng chí đề nghị các học viên phát huy tinh thần tự học, tự nghiên cứu, chấp hành "
                "nghiêm túc quy chế học tập, gắn lý luận với thực tiễn công tác của ngành, địa phương "
                "mình; nhà trường cần chuẩn bị tốt cơ sở vật chất, tài liệu và đội ngũ giảng viên phục "
                "vụ lớp học."
            ),
            Img(
                _up("2009/10/khaigiang_caocap_2.jpg"),
                "Toàn cảnh Lễ khai giảng",
                "Toàn cảnh Lễ khai giảng",
                "ci",
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 24 tháng, học viên sẽ được nghiên cứu 19 môn học và "
                "chuyên đề thuộc các khối kiến thức: Triết học Mác - Lênin, Kinh tế chính trị, Chủ "
                "nghĩa xã hội khoa học, Xây dựng Đảng, Nhà nước và pháp luật, Quản lý hành chính nhà "
                "nước."
            ),
            Raw(
                '<p align="right"><font face="Times New Roman" size="3"><b>Tin: Hồng Nhung - '
                "Ảnh: Văn Hải</b></font></p>"
            ),
        ],
        authors=["Hồng Nhung"],
        photographers=["Văn Hải"],
        summary=(
            "Lớp Cao cấp lý luận chính trị - hành chính khóa 2009 - 2011 hệ không tập trung mở tại "
            "Trường Chính trị tỉnh có 118 học viên, học tập trong 24 tháng."
        ),
        sapo_outside=True,
        opts={"date": "15/10/2009"},
    ),
    Story(
        A_TONGKET,
        "tong-ket-nam-hoc",
        "HỘI NGHỊ TỔNG KẾT NĂM HỌC 2008 - 2009 VÀ TRIỂN KHAI NHIỆM VỤ NĂM HỌC 2009 - 2010",
        "1",
        "2009-08-21",
        [
            P(
                "Ngày 20/8/2009, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết năm học 2008 - 2009 "
                "và triển khai nhiệm vụ năm học 2009 - 2010. Tới dự có đại diện lãnh đạo Ban Tổ chức "
                "Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy và toàn thể cán bộ, giảng viên, nhân viên nhà trường."
            ),
            Img(_up("2009/08/tongket_0809.jpg"), None, None, "none"),
            P(
                "Năm học 2008 - 2009, nhà trường đã mở và quản lý 21 lớp với 1.436 học viên, trong đó "
                "có 9 lớp Trung cấp lý luận chính trị - hành chính, 6 lớp bồi dưỡng kiến thức quốc "
                "phòng - an ninh, 4 lớp bồi dưỡng nghiệp vụ công tác Đảng và 2 lớp bồi dưỡng chức danh "
                "chủ tịch Ủy ban nhân dân xã, phường, thị trấn. Tỷ lệ học viên tốt nghiệp đạt 98,7%, "
                "trong đó có 21,4% đạt loại khá, giỏi."
            ),
            P(
                "Công tác nghiên cứu khoa học có nhiều chuyển biến: 2 đề tài cấp tỉnh được nghiệm thu "
                "đạt loại khá, 14 chuyên đề cấp trường được ứng dụng vào giảng dạy; nhiều giảng viên "
                "tham gia viết bài cho Báo Quảng Bình, Tạp chí Sông Hương và Bản tin nội bộ."
            ),
            P(
                "Năm học 2009 - 2010, nhà trường tập trung thực hiện các nhiệm vụ trọng tâm: đổi mới "
                "nội dung, phương pháp giảng dạy theo hướng phát huy tính tích cực của người học; "
                "nâng cao chất lượng đội ngũ giảng viên; tăng cường đi thực tế cơ sở; đẩy mạnh ứng "
                "dụng công nghệ thông tin trong quản lý và giảng dạy."
            ),
            P(
                "Tại hội nghị, nhà trường đã khen thưởng 3 tập thể và 17 cá nhân có thành tích xuất "
                "sắc trong năm học 2008 - 2009."
            ),
            Raw('<p align="right"><b><i>Minh Châu (Tổng hợp)</i></b></p>'),
        ],
        authors=["Minh Châu"],
        opts={"date": "21/08/2009", "br": True},
    ),
    Story(
        A_HVKV3,
        "tham-hoc-vien-kv3",
        "Đoàn cán bộ, giảng viên nhà trường thăm và làm việc tại Học viện Chính trị - Hành chính "
        "khu vực III",
        "1",
        "2009-03-12",
        [
            P(
                "Từ ngày 09 đến 11/3/2009, đoàn cán bộ, giảng viên Trường Chính trị tỉnh Quảng Bình do "
                "đồng chí Hiệu trưởng làm trưởng đoàn đã đến thăm và làm việc tại Học viện Chính trị "
                "- Hành chính khu vực III (thành phố Đà Nẵng)."
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác quản lý đào tạo, "
                "biên soạn giáo trình, tổ chức đi thực tế và phương pháp đánh giá kết quả học tập của "
                "học viên hệ không tập trung."
            ),
            Img(
                _up("2009/03/hvkv3.jpg"),
                "Đoàn công tác chụp ảnh lưu niệm với lãnh đạo Học viện",
                "Đoàn công tác chụp ảnh lưu niệm với lãnh đạo Học viện",
                "cp",
            ),
            P(
                "Lãnh đạo Học viện khẳng định sẽ tiếp tục hỗ trợ giảng viên thỉnh giảng cho các lớp "
                "Cao cấp lý luận chính trị mở tại Quảng Bình, đồng thời tạo điều kiện để giảng viên "
                "nhà trường tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ do Học viện tổ chức."
            ),
            Raw('<p align="right"><font face="Times New Roman"><b>Tin, ảnh: Hoàng Anh Tuấn</b></font></p>'),
        ],
        authors=["Hoàng Anh Tuấn"],
        photographers=["Hoàng Anh Tuấn"],
        opts={"date": "12/03/2009"},
    ),
    Story(
        A_HUANCHUONG,
        "huan-chuong-lao-dong",
        "Trường Chính trị tỉnh đón nhận Huân chương Lao động hạng Nhì",
        "1",
        "2006-11-20",
        [
            P(
                "Ngày 18/11/2006, Trường Chính trị tỉnh Quảng Bình long trọng tổ chức Lễ kỷ niệm 60 "
                "năm ngày thành lập trường và đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước."
            ),
            Img(
                f"{OLD_HOST}/upload/2006/huanchuong.jpg",
                "Thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy gắn Huân chương lên lá cờ "
                "truyền thống của nhà trường",
                "Thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy gắn Huân chương lên lá cờ "
                "truyền thống của nhà trường",
                "ci",
            ),
            P(
                "Trải qua 60 năm xây dựng và trưởng thành, từ Trường Đảng tỉnh Quảng Bình đến Trường "
                "Chính trị tỉnh ngày nay, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán "
                "bộ, đảng viên, góp phần quan trọng vào sự nghiệp xây dựng và bảo vệ quê hương."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Bí thư Tỉnh ủy biểu dương những thành tích mà các "
                "thế hệ cán bộ, giảng viên nhà trường đã đạt được và yêu cầu nhà trường tiếp tục đổi "
                "mới nội dung, chương trình, nâng cao chất lượng đào tạo, xứng đáng là trung tâm đào "
                "tạo, bồi dưỡng cán bộ của tỉnh."
            ),
            Raw('<p align="right"><b>BBT</b></p>'),
            Raw('<p align="right"><i>Nguồn: Báo Quảng Bình</i></p>'),
        ],
        source="Báo Quảng Bình",
        opts={"date": "20/11/2006", "utf8": True},
    ),
    Story(
        B_LICHHOC,
        "lich-hoc-k52",
        "Lịch học lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 52 (tháng 10/2009)",
        "2",
        "2009-09-28",
        [
            P(
                "Phòng Quản lý đào tạo thông báo lịch học tháng 10/2009 của lớp Trung cấp lý luận "
                "chính trị - hành chính hệ tập trung khóa 52 như sau:"
            ),
            P("Ngày | Buổi | Môn học / Chuyên đề | Giảng viên", "tr"),
            P("01/10 - 03/10 | Sáng, chiều | Kinh tế chính trị Mác - Lênin | Ths. Phan Thị Lý", "tr"),
            P("05/10 - 09/10 | Sáng, chiều | Chủ nghĩa xã hội khoa học | Ths. Lê Văn Sáu", "tr"),
            P("12/10 - 16/10 | Sáng | Lịch sử Đảng Cộng sản Việt Nam | Cn. Trần Văn Hùng", "tr"),
            P("19/10 - 23/10 | Sáng, chiều | Quản lý hành chính nhà nước | Ths. Nguyễn Thị Hoa", "tr"),
            P("26/10 - 30/10 | Sáng | Kỹ năng lãnh đạo, quản lý | TS. Nguyễn Đức Lợi", "tr"),
            P(
                "Học viên có mặt tại giảng đường A trước giờ học 15 phút; buổi sáng bắt đầu lúc 7 "
                "giờ 00, buổi chiều lúc 13 giờ 30. Học viên vắng mặt phải có giấy xin phép gửi giáo "
                "viên chủ nhiệm."
            ),
            Raw('<p align="right"><b><font face="Times New Roman">Phòng Quản lý đào tạo</font></b></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"date": "28/09/2009"},
    ),
    Story(
        B_QPAN,
        "be-giang-qpan",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng - an ninh cho đối tượng 4 năm 2009",
        "2",
        "2009-06-05",
        [
            P(
                "Chiều 04/6/2009, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
                "bế giảng lớp bồi dưỡng kiến thức quốc phòng - an ninh cho đối tượng 4 năm 2009."
            ),
            Img(
                _up("2009/06/begiang_qpan.jpg"),
                "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
                "tbl",
            ),
            P(
                "Trong thời gian 10 ngày, 96 học viên là trưởng thôn, bản, tiểu khu, cán bộ các đoàn "
                "thể cơ sở đã được nghiên cứu các chuyên đề về đường lối quốc phòng toàn dân, an ninh "
                "nhân dân, xây dựng khu vực phòng thủ, phòng chống chiến lược \"diễn biến hòa bình\" "
                "và bạo loạn lật đổ của các thế lực thù địch."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó có 38 học viên đạt loại khá, "
                "giỏi. Ban Giám hiệu đã tặng giấy khen cho 5 học viên có thành tích học tập xuất sắc."
            ),
            Raw('<p align="right"><font face="Times New Roman" size="3"><b>Đức Thắng</b></font></p>'),
        ],
        authors=["Đức Thắng"],
        opts={"date": "05/06/2009"},
    ),
    Story(
        B_LETHUY,
        "trung-cap-le-thuy",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ vừa làm vừa học tại huyện Lệ Thủy",
        "2",
        "2009-04-17",
        [
            P(
                "Ngày 16/4/2009, tại Trung tâm Bồi dưỡng chính trị huyện Lệ Thủy, Trường Chính trị "
                "tỉnh khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ vừa làm vừa học khóa "
                "2009 - 2010 cho 72 học viên.",
                "lead",
            ),
            P(
                "Học viên của lớp là cán bộ chủ chốt các xã, thị trấn, cán bộ các phòng, ban, đoàn "
                "thể của huyện. Lớp học được tổ chức theo hình thức học tập trung mỗi tháng 10 ngày, "
                "thời gian toàn khóa là 18 tháng."
            ),
            Img(
                _up("2009/04/lethuy.jpg"),
                "Quang cảnh lễ khai giảng tại huyện Lệ Thủy",
                "Quang cảnh lễ khai giảng tại huyện Lệ Thủy",
                "ci",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhà trường nhấn mạnh: mở lớp tại huyện "
                "là chủ trương đúng đắn nhằm giúp cán bộ cơ sở vừa học vừa làm, giảm chi phí đi lại, "
                "đồng thời đề nghị huyện quan tâm bố trí thời gian cho học viên tham gia đầy đủ."
            ),
            Raw(
                '<p align="right"><font face="Times New Roman"><b>Nguyễn Thị Hoa - Phòng Quản lý '
                "đào tạo</b></font></p>"
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        summary=(
            "Ngày 16/4/2009, tại Trung tâm Bồi dưỡng chính trị huyện Lệ Thủy, Trường Chính trị tỉnh "
            "khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ vừa làm vừa học khóa 2009 - "
            "2010 cho 72 học viên."
        ),
        opts={"date": "17/04/2009"},
    ),
    Story(
        C_GIAIPHAP,
        "giai-phap-giang-day",
        "Một số giải pháp nâng cao chất lượng giảng dạy các môn lý luận chính trị ở Trường Chính trị "
        "tỉnh hiện nay",
        "3",
        "2009-09-10",
        [
            P(
                "Chất lượng giảng dạy các môn lý luận chính trị có ý nghĩa quyết định đến chất lượng "
                "đào tạo, bồi dưỡng cán bộ của Trường Chính trị tỉnh. Trong những năm qua, đội ngũ "
                "giảng viên nhà trường đã có nhiều cố gắng trong việc đổi mới nội dung và phương pháp "
                "giảng dạy, song kết quả đạt được vẫn chưa đáp ứng yêu cầu của thực tiễn."
            ),
            P("1. Thực trạng giảng dạy các môn lý luận chính trị", "b"),
            P(
                "Phần lớn bài giảng vẫn nặng về truyền thụ một chiều, giảng viên đọc - học viên chép; "
                "việc liên hệ thực tiễn địa phương còn ít và chưa sâu; các phương tiện dạy học hiện đại "
                "như máy chiếu, máy tính chưa được sử dụng thường xuyên. Bên cạnh đó, một bộ phận học "
                "viên học tập với mục đích lấy bằng cấp, chưa chủ động nghiên cứu tài liệu trước khi "
                "lên lớp."
            ),
            P(
                "Đội ngũ giảng viên tuy được chuẩn hóa về trình độ chuyên môn nhưng kinh nghiệm thực "
                "tiễn còn hạn chế, nhất là các giảng viên trẻ mới ra trường, chưa qua công tác lãnh "
                "đạo, quản lý ở cơ sở."
            ),
            P("2. Một số giải pháp", "b"),
            P(
                "Thứ nhất, đổi mới phương pháp giảng dạy theo hướng lấy người học làm trung tâm, kết "
                "hợp thuyết trình với nêu vấn đề, thảo luận nhóm, xử lý tình huống; khuyến khích học "
                "viên trình bày kinh nghiệm thực tiễn của địa phương, đơn vị mình."
            ),
            P(
                "Thứ hai, tăng cường cho giảng viên đi thực tế cơ sở, tham gia cấp ủy, chính quyền các "
                "xã, phường theo chế độ luân phiên để có thêm tư liệu, kinh nghiệm đưa vào bài giảng."
            ),
            P(
                "Thứ ba, thường xuyên dự giờ, thao giảng, tổ chức hội giảng cấp trường; coi kết quả "
                "đánh giá của học viên là một căn cứ để bình xét thi đua đối với giảng viên."
            ),
            P(
                "Chủ tịch Hồ Chí Minh đã dạy: \"Lý luận mà không liên hệ với thực tiễn là lý luận suông. "
                "Thực tiễn không có lý luận hướng dẫn thì thành thực tiễn mù quáng\". Lời dạy đó vẫn "
                "còn nguyên giá trị đối với mỗi giảng viên lý luận chính trị hôm nay.",
                "q",
            ),
            P(
                "Nâng cao chất lượng giảng dạy là nhiệm vụ thường xuyên, lâu dài, đòi hỏi sự nỗ lực "
                "của từng giảng viên, sự quan tâm của Ban Giám hiệu và sự phối hợp của các cơ quan, "
                "đơn vị có học viên theo học."
            ),
            Raw(
                '<p align="right"><font face="Times New Roman" size="3"><b>Ths. Lê Văn Sáu - Khoa '
                "Lý luận cơ sở</b></font></p>"
            ),
        ],
        authors=["Lê Văn Sáu"],
        opts={"date": "10/09/2009"},
    ),
    Story(
        C_HOITHAO,
        "hoi-thao-tu-tuong-hcm",
        "Hội thảo khoa học \"Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ\"",
        "3",
        "2009-05-19",
        [
            P(
                "Nhân kỷ niệm 119 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2009), Trường "
                "Chính trị tỉnh tổ chức hội thảo khoa học \"Tư tưởng Hồ Chí Minh về cán bộ và công tác "
                "cán bộ\" với sự tham gia của hơn 80 đại biểu."
            ),
            P(
                "Hội thảo đã nhận được 16 tham luận của cán bộ, giảng viên nhà trường và các cơ quan "
                "Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ. Các tham luận tập trung làm rõ "
                "quan điểm của Người về vị trí, vai trò của cán bộ, tiêu chuẩn đức và tài, công tác "
                "đánh giá, sử dụng và đào tạo cán bộ."
            ),
            Img(
                _up("2009/05/hoithao_hcm.jpg"),
                "Các đại biểu dự hội thảo",
                "Các đại biểu dự hội thảo",
                "ci",
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng khẳng định các ý kiến tham luận là nguồn tư "
                "liệu quý để nhà trường bổ sung vào bài giảng chuyên đề tư tưởng Hồ Chí Minh cho các "
                "lớp trung cấp và bồi dưỡng."
            ),
            Raw('<p align="right"><b>Tin: Hồng Nhung</b></p>'),
        ],
        authors=["Hồng Nhung"],
        opts={"date": "19/05/2009"},
    ),
    Story(
        C_NGHIEMTHU,
        "nghiem-thu-de-tai-2006",
        "Nghiệm thu đề tài khoa học cấp cơ sở năm 2006",
        "3",
        "2006-12-27",
        [
            P(
                "Ngày 26/12/2006, Hội đồng khoa học Trường Chính trị tỉnh đã tổ chức nghiệm thu các "
                "đề tài khoa học cấp cơ sở năm 2006. Các đề tài được nghiệm thu gồm:"
            ),
            P("Nâng cao chất lượng sinh hoạt chi bộ nông thôn ở huyện Quảng Trạch hiện nay.", "li"),
            P("Vận dụng phương pháp thảo luận nhóm trong giảng dạy môn Xây dựng Đảng.", "li"),
            P("Công tác bồi dưỡng cán bộ chủ chốt cấp xã ở tỉnh Quảng Bình giai đoạn 2001 - 2005.", "li"),
            P(
                "Hội đồng đánh giá các đề tài có ý nghĩa thực tiễn, số liệu khảo sát phong phú; cả 3 "
                "đề tài đều đạt loại khá trở lên và được đề nghị ứng dụng vào giảng dạy từ năm học "
                "2006 - 2007."
            ),
            Raw('<p align="right"><b>TS. Nguyễn Đức Lợi - Phó Hiệu trưởng</b></p>'),
        ],
        authors=["Nguyễn Đức Lợi"],
        opts={"date": "27/12/2006", "utf8": True, "br": True},
    ),
    Story(
        D_TUYENSINH,
        "tuyen-sinh-2010",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2010",
        "4",
        "2009-10-20",
        [
            P(
                "Căn cứ kế hoạch đào tạo năm 2010 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Quảng Bình thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ tập trung khóa 53 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "b"),
            P("Là đảng viên, cán bộ, công chức đang công tác trong hệ thống chính trị.", "li"),
            P("Tốt nghiệp trung học phổ thông hoặc tương đương.", "li"),
            P("Tuổi đời không quá 45 đối với nam và 40 đối với nữ.", "li"),
            P("2. Hồ sơ và thời gian", "b"),
            P(
                "Hồ sơ gồm: công văn cử đi học của cơ quan có thẩm quyền, sơ yếu lý lịch, bản sao "
                "bằng tốt nghiệp, giấy chứng nhận sức khỏe. Hồ sơ nộp về Phòng Quản lý đào tạo trước "
                "ngày 30/11/2009; lớp học dự kiến khai giảng vào ngày 04/01/2010."
            ),
        ],
        opts={"date": "20/10/2009"},
    ),
    Story(
        D_NGHITET,
        "nghi-tet-ky-suu",
        "Thông báo về việc nghỉ Tết Nguyên đán Kỷ Sửu 2009",
        "4",
        "2009-01-15",
        [
            P(
                "Thực hiện Công văn của Ủy ban nhân dân tỉnh về việc nghỉ Tết Nguyên đán Kỷ Sửu năm "
                "2009, Ban Giám hiệu Trường Chính trị tỉnh thông báo:"
            ),
            P(
                "Cán bộ, giảng viên, nhân viên và học viên các lớp tập trung được nghỉ Tết từ ngày "
                "22/01/2009 (tức ngày 27 tháng Chạp năm Mậu Tý) đến hết ngày 01/02/2009 (tức ngày mùng "
                "7 tháng Giêng năm Kỷ Sửu)."
            ),
            P(
                "Các phòng, khoa phân công cán bộ trực cơ quan trong những ngày nghỉ Tết, bảo đảm an "
                "ninh trật tự và phòng chống cháy nổ. Các lớp học trở lại bình thường từ ngày "
                "02/02/2009."
            ),
        ],
        opts={"date": "15/01/2009"},
    ),
    Story(
        D_TIEULUAN,
        "huong-dan-tieu-luan",
        "Hướng dẫn viết tiểu luận cuối khóa lớp Trung cấp lý luận chính trị - hành chính",
        "4",
        "2008-05-06",
        [
            P(
                "Tiểu luận cuối khóa là hình thức đánh giá kết quả học tập, khả năng vận dụng kiến "
                "thức lý luận vào giải quyết những vấn đề thực tiễn của học viên."
            ),
            P("Yêu cầu về nội dung", "b"),
            P(
                "Đề tài tiểu luận do học viên tự chọn trên cơ sở thực tiễn của địa phương, đơn vị "
                "mình, được giáo viên hướng dẫn thông qua. Tiểu luận phải có phần mở đầu, nội dung "
                "và kết luận; phân tích thực trạng có số liệu minh chứng và đề xuất giải pháp khả thi."
            ),
            P("Yêu cầu về hình thức", "b"),
            P(
                "Tiểu luận dài từ 15 đến 20 trang khổ A4, đánh máy chữ Times New Roman cỡ 14, giãn "
                "dòng 1,5; có bìa, mục lục và danh mục tài liệu tham khảo. Học viên nộp 2 bản về "
                "Phòng Quản lý đào tạo đúng thời hạn quy định."
            ),
            Raw(
                '<p align="right"><i>Nguồn: Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh</i></p>'
            ),
        ],
        source="Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh",
        opts={"date": "06/05/2008"},
    ),
]
BY_ID = {s.id: s for s in STORIES}

#: documents of "Văn bản - Thông báo": list entries linking straight to a file
DOCUMENTS: list[tuple[str, str, str]] = [
    ("2009-10-08", "Công văn số 215/CV-TCT về việc cử cán bộ đi học lớp Cao cấp LLCT", "cv215_2009.doc"),
    ("2009-09-21", "Quyết định số 98/QĐ-TCT ban hành Quy chế chi tiêu nội bộ năm 2009", "qd98_2009.pdf"),
    ("2009-08-26", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm học 2009 - 2010", "kh_daotao_0910.doc"),
    ("2009-07-14", "Công văn số 171/CV-TCT về việc thi tốt nghiệp lớp Trung cấp khóa 50", "cv171_2009.doc"),
    ("2009-06-18", "Quyết định số 75/QĐ-TCT về việc công nhận tốt nghiệp khóa 49", "qd75_2009.pdf"),
    ("2009-05-04", "Thông báo lịch thi lại các môn học lớp Trung cấp hệ tại chức", "tb_thilai_2009.doc"),
    ("2009-03-30", "Hướng dẫn số 05/HD-TCT về đi thực tế cuối khóa", "hd05_2009.doc"),
    ("2009-02-26", "Công văn số 41/CV-TCT về việc báo cáo sơ kết học kỳ I", "cv41_2009.doc"),
    ("2009-02-10", "Kế hoạch hội giảng giảng viên cấp trường năm 2009", "kh_hoigiang_2009.doc"),
    ("2009-01-20", "Quyết định số 09/QĐ-TCT về việc khen thưởng năm 2008", "qd09_2009.pdf"),
    ("2009-01-08", "Báo cáo tổng kết công tác năm 2008", "bc_tongket_2008.doc"),
    ("2008-12-15", "Công văn số 302/CV-TCT về việc triệu tập học viên khóa 51", "cv302_2008.doc"),
    ("2008-11-03", "Kế hoạch tổ chức Ngày Nhà giáo Việt Nam 20/11/2008", "kh_2011_2008.doc"),
    ("2008-09-12", "Quy chế đào tạo Trung cấp lý luận chính trị - hành chính", "quyche_tc_2008.pdf"),
    ("2008-06-25", "Thông báo tuyển sinh lớp Trung cấp hệ tại chức năm 2008", "tb_ts_2008.doc"),
    ("2008-04-02", "Công văn số 66/CV-TCT về việc mua giáo trình", "cv66_2008.doc"),
]

GOLD = []
for _s in STORIES:
    _path = f"/tintuc/chitiet.asp?id={_s.id}&loai={_s.cat}"
    GOLD.append(
        gold_record(
            _s,
            _path,
            CATEGORIES[_s.cat],
            alt_paths=[f"/tintuc/chitiet.asp?id={_s.id}", f"/tintuc/in.asp?id={_s.id}"],
        )
    )

NON_ARTICLES = [
    "/gioithieu.asp?muc=1",
    "/gioithieu.asp?muc=2",
    "/lienhe.asp",
    "/thuvien/anh.asp?album=1",
    "/tintuc/danhsach.asp?loai=4&trang=2",
]

STATIC_PAGES = {
    "1": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Quảng Bình tiền thân là Trường Đảng tỉnh Quảng Bình, được thành "
            "lập ngày 18/11/1946. Qua các thời kỳ, trường có nhiều tên gọi khác nhau: Trường Đảng "
            "tỉnh Quảng Bình, Trường Đảng Bình Trị Thiên (1976 - 1989), Trường Đảng Nguyễn Ái Quốc "
            "tỉnh Quảng Bình.",
            "Năm 1995, thực hiện Quyết định số 100-QĐ/TW của Ban Bí thư, trường được đổi tên là "
            "Trường Chính trị tỉnh Quảng Bình, là đơn vị sự nghiệp trực thuộc Tỉnh ủy và Ủy ban nhân "
            "dân tỉnh.",
            "Năm 2006, nhân kỷ niệm 60 năm thành lập, nhà trường vinh dự được Chủ tịch nước tặng "
            "thưởng Huân chương Lao động hạng Nhì.",
        ],
    ),
    "2": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp "
            "luật; Khoa Dân vận.",
            "Tổng số cán bộ, giảng viên, nhân viên: 52 người, trong đó có 2 tiến sĩ, 11 thạc sĩ.",
        ],
    ),
    "3": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ "
            "thống chính trị ở cơ sở, cán bộ, công chức, viên chức của tỉnh về lý luận chính trị - "
            "hành chính, chuyên môn, nghiệp vụ.",
            "Nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn địa phương góp phần vào "
            "việc giảng dạy và xây dựng chủ trương, chính sách của tỉnh.",
        ],
    ),
}

ALBUMS = {
    "1": (
        "Lễ khai giảng lớp Cao cấp LLCT - HC khóa 2009 - 2011",
        "15/10/2009",
        [
            ("khaigiang_cc_a1.jpg", "Quang cảnh buổi lễ"),
            ("khaigiang_cc_a2.jpg", "Học viên tham dự lễ khai giảng"),
            ("khaigiang_cc_a3.jpg", "Ban Giám hiệu chụp ảnh với lớp học"),
            ("khaigiang_cc_a4.jpg", "Đại biểu Học viện khu vực III"),
        ],
    ),
    "2": (
        "Kỷ niệm 60 năm thành lập trường (1946 - 2006)",
        "20/11/2006",
        [
            ("60nam_1.jpg", "Lễ đón nhận Huân chương Lao động hạng Nhì"),
            ("60nam_2.jpg", "Các thế hệ cán bộ, giảng viên về dự lễ"),
        ],
    ),
}

#: the "Tin đọc nhiều" widget (fixed by the site's view counts), linked without &loai
MOST_READ = [A_KHAIGIANG, C_GIAIPHAP, A_TONGKET, B_LICHHOC, C_HOITHAO]


# --- printing ---------------------------------------------------------------------------------

FONT = '<font face="Times New Roman" size="3">'
COUNTER = "0123456"


def _date_of(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def category_entries(loai: str) -> list[tuple[str, object]]:
    """A category's list, newest first: ("a", Story) or ("d", (date, title, file))."""
    entries: list[tuple[str, str, object]] = [
        (s.published_at or "", "a", s) for s in STORIES if s.cat == loai
    ]
    if loai == "4":
        entries += [(d[0], "d", d) for d in DOCUMENTS]
    entries.sort(key=lambda e: e[0], reverse=True)
    return [(kind, item) for _date, kind, item in entries]


def pages_of(loai: str) -> int:
    n = len(category_entries(loai))
    return max(1, (n + PER_PAGE - 1) // PER_PAGE)


def teaser(story: Story) -> str:
    words = (story.summary or story.paragraphs[0]).split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def head(charset: str = "windows-1258") -> str:
    return (
        "<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n'
        '<meta name="keywords" content="truong chinh tri, quang binh, ly luan chinh tri">\n'
        f"<title>:: {SITE} ::</title>\n"
        '<link rel="stylesheet" type="text/css" href="/css/style.css">\n'
        '<script language="JavaScript" src="/js/ngaythang.js"></script>\n'
        "</head>\n"
    )


def header() -> str:
    return f"""<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/banner.jpg" width="990" height="150" border="0" alt="{SITE}"></td></tr>
<tr><td bgcolor="#990000" height="26">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td><font face="Times New Roman" size="2" color="#FFFFFF">&nbsp;&nbsp;<b>Hôm nay: </b>
<script language="JavaScript">document.write(ngaythang());</script></font></td>
<td align="right"><font face="Times New Roman" size="2" color="#FFFFFF">
<a href="/default.asp"><font color="#FFFFFF">Trang chủ</font></a> |
<a href="/gioithieu.asp?muc=1"><font color="#FFFFFF">Giới thiệu</font></a> |
<a href="/tintuc/danhsach.asp?loai=1"><font color="#FFFFFF">Tin tức</font></a> |
<a href="/lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a>&nbsp;&nbsp;</font></td>
</tr></table></td></tr>
</table>
"""


def left_column() -> str:
    items = [
        ("/default.asp", "menu_trangchu.gif", "Trang chủ"),
        ("/gioithieu.asp?muc=1", "menu_gioithieu.gif", "Giới thiệu"),
        ("/gioithieu.asp?muc=2", "menu_cocau.gif", "Cơ cấu tổ chức"),
        ("/gioithieu.asp?muc=3", "menu_chucnang.gif", "Chức năng, nhiệm vụ"),
    ]
    rows = "".join(
        f'<tr><td><a href="{href}"><img src="/images/menu/{img}" alt="{esc(alt)}" border="0" '
        f'width="190" height="24"></a></td></tr>\n'
        for href, img, alt in items
    )
    cats = "".join(
        f'<tr><td height="22"><img src="/images/muiten.gif" border="0"> '
        f'<a href="/tintuc/danhsach.asp?loai={k}"><font face="Times New Roman" size="2">'
        f"<b>{esc(v)}</b></font></a></td></tr>\n"
        for k, v in CATEGORIES.items()
    )
    digits = "".join(f'<img src="/images/dem/{d}.gif" alt="{d}" border="0">' for d in COUNTER)
    return f"""<td width="200" valign="top" bgcolor="#F5EBD8">
<table width="100%" border="0" cellspacing="0" cellpadding="2">
{rows}{cats}<tr><td height="22"><img src="/images/muiten.gif" border="0"> <a href="/thuvien/anh.asp?album=1"><font face="Times New Roman" size="2"><b>Thư viện ảnh</b></font></a></td></tr>
<tr><td height="22"><img src="/images/muiten.gif" border="0"> <a href="/lienhe.asp"><font face="Times New Roman" size="2"><b>Liên hệ</b></font></a></td></tr>
<tr><td><br><img src="/images/tieude_lienket.gif" alt="Liên kết website" border="0"><br>
<select name="lienket" style="width:185px" onchange="if(this.value!='')window.open(this.value)">
<option value="">-- Liên kết website --</option>
<option value="http://www.quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>
<option value="http://www.hcma.vn">Học viện CT-HC quốc gia Hồ Chí Minh</option>
<option value="http://www.cpv.org.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
<option value="http://www.baoquangbinh.vn">Báo Quảng Bình</option>
</select></td></tr>
<tr><td align="center"><br><font face="Times New Roman" size="2"><b>Số lượt truy cập:</b><br>
{digits}<br>Đang trực tuyến: 3</font></td></tr>
</table></td>
"""


def right_column() -> str:
    read = "".join(
        f'<tr><td><img src="/images/chamtron.gif" border="0"> <a href="/tintuc/chitiet.asp?id={i}">'
        f'<font face="Times New Roman" size="2">{esc(BY_ID[i].title)}</font></a></td></tr>\n'
        for i in MOST_READ
    )
    return f"""<td width="210" valign="top" bgcolor="#FFF8EE">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#990000"><font face="Times New Roman" size="2" color="#FFFFFF"><b>TIN ĐỌC NHIỀU</b></font></td></tr>
{read}<tr><td bgcolor="#990000"><font face="Times New Roman" size="2" color="#FFFFFF"><b>THĂM DÒ Ý KIẾN</b></font></td></tr>
<tr><td><form method="post" action="/binhchon.asp"><font face="Times New Roman" size="2">
Bạn đánh giá thế nào về website của nhà trường?<br>
<input type="radio" name="ykien" value="1">Rất tốt<br>
<input type="radio" name="ykien" value="2">Tốt<br>
<input type="radio" name="ykien" value="3">Bình thường<br>
<input type="submit" value="Bình chọn"></font></form></td></tr>
<tr><td bgcolor="#990000"><font face="Times New Roman" size="2" color="#FFFFFF"><b>THƯ VIỆN ẢNH</b></font></td></tr>
<tr><td align="center"><a href="/thuvien/anh.asp?album=1"><img src="/upload/album/khaigiang_cc_a1.jpg" width="180" border="0" alt="Thư viện ảnh"></a></td></tr>
</table></td>
"""


def footer() -> str:
    return f"""<table width="990" border="0" cellspacing="0" cellpadding="4" align="center" bgcolor="#990000">
<tr><td align="center"><font face="Times New Roman" size="2" color="#FFFFFF">
<b>{SITE.upper()}</b><br>
Địa chỉ: Số 2 đường Lý Thường Kiệt, thành phố Đồng Hới, tỉnh Quảng Bình<br>
Điện thoại: (052) 3822 641 - Fax: (052) 3822 642 - Email: truongchinhtri@quangbinh.gov.vn<br>
Chịu trách nhiệm nội dung: Ban Giám hiệu Trường Chính trị tỉnh Quảng Bình<br>
Thiết kế: Trung tâm Tin học tỉnh Quảng Bình - 2006</font></td></tr>
</table>
</body>
</html>
"""


def layout(main: str, charset: str = "windows-1258") -> str:
    return (
        head(charset)
        + header()
        + '<table width="990" border="0" cellspacing="0" cellpadding="0" align="center"><tr>\n'
        + left_column()
        + '<td width="580" valign="top">\n'
        + main
        + "\n</td>\n"
        + right_column()
        + "</tr></table>\n"
        + footer()
    )


def box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">\n'
        f'<tr><td bgcolor="#F0E0C0"><font face="Times New Roman" size="3" color="#990000">'
        f"<b>{title}</b></font></td></tr>\n"
        f"<tr><td>{inner}</td></tr>\n</table>\n"
    )


def breadcrumb(loai: str) -> str:
    return (
        '<font face="Times New Roman" size="2"><a href="../default.asp">Trang chủ</a> &gt;&gt; '
        f'<a href="danhsach.asp?loai={loai}"><b>{esc(CATEGORIES[loai])}</b></a></font>'
    )


def _img_html(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" border="0" hspace="5" width="420">'
    line = esc(img.printed or "")
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="430">'
            f'<tr><td align="center">{tag}</td></tr>'
            f'<tr><td align="center"><font face="Times New Roman" size="2"><i>{line}</i></font>'
            "</td></tr></table>\n"
        )
    out = f'<p align="center">{tag}</p>\n'
    if img.style == "ci":
        out += f'<p align="center"><i><font face="Times New Roman" size="2">{line}</font></i></p>\n'
    elif img.style == "cp":
        out += f'<p align="center"><font face="Times New Roman" size="2">{line}</font></p>\n'
    return out


def _plain(b: Block) -> bool:
    return isinstance(b, P) and b.style in ("", "b")


def body_html(story: Story) -> str:
    """The article text as the editor left it: ``<p>`` paragraphs, or (``br``) runs of paragraphs
    pasted as one ``<font>`` block with ``<br><br>`` between them."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if story.opts.get("br") and _plain(b):
            run = []
            while i < len(blocks) and _plain(blocks[i]):
                p = blocks[i]
                run.append(f"<b>{esc(p.text)}</b>" if p.style == "b" else esc(p.text))
                i += 1
            out.append(f'<p align="justify">{FONT}' + "<br><br>\n".join(run) + "</font></p>\n")
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, Raw):
            out.append(b.html + "\n")
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            out.append(_list_html(run) if b.style == "li" else _table_html(run))
            continue
        elif b.style in ("b", "lead"):
            out.append(f'<p align="justify">{FONT}<b>{esc(b.text)}</b></font></p>\n')
        elif b.style == "q":
            out.append(f'<p align="justify">{FONT}<i>{esc(b.text)}</i></font></p>\n')
        else:
            out.append(f'<p align="justify">{FONT}{esc(b.text)}</font></p>\n')
        i += 1
    return "".join(out)


def _list_html(run: list[P]) -> str:
    items = "".join(f"<li>{FONT}{esc(p.text)}</font></li>\n" for p in run)
    return f'<ul type="disc">\n{items}</ul>\n'


def _table_html(run: list[P]) -> str:
    rows = []
    for n, p in enumerate(run):
        cells = p.text.split(" | ")
        if n == 0:
            tds = "".join(
                f'<td align="center" bgcolor="#EEEEEE"><b>{FONT}{esc(c)}</font></b></td>' for c in cells
            )
        else:
            tds = "".join(f"<td>{FONT}{esc(c)}</font></td>" for c in cells)
        rows.append(f"<tr>{tds}</tr>\n")
    return (
        '<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#999999" '
        'style="border-collapse: collapse">\n' + "".join(rows) + "</table>\n"
    )


def article_core(story: Story) -> str:
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            f'<tr><td><p align="justify"><b>{FONT}{esc(story.summary)}</font></b></p></td></tr>\n'
        )
    return (
        f'<tr><td><font face="Times New Roman" color="#990000" size="4"><b>{esc(story.title)}'
        "</b></font></td></tr>\n"
        f'<tr><td><font face="Times New Roman" size="2" color="#666666"><i>Cập nhật ngày: '
        f"{story.opts['date']}</i></font></td></tr>\n"
        f"{sapo}<tr><td>\n{body_html(story)}</td></tr>\n"
    )


def related(story: Story) -> str:
    rows = []
    for kind, item in category_entries(story.cat):
        if kind == "a" and item is story:
            continue
        if kind == "a":
            rows.append(
                f'<img src="../images/chamtron.gif" border="0"> <a href="chitiet.asp?id={item.id}&amp;'
                f'loai={item.cat}">{esc(item.title)}</a> <font size="1" color="#999999">'
                f"({item.opts['date']})</font><br>\n"
            )
        else:
            rows.append(
                f'<img src="../images/chamtron.gif" border="0"> <a href="/upload/vanban/{item[2]}">'
                f'{esc(item[1])}</a> <font size="1" color="#999999">({_date_of(item[0])})</font><br>\n'
            )
        if len(rows) == 5:
            break
    return f'<font face="Times New Roman" size="2">{"".join(rows)}</font>'


def page_response(page: str, *, utf8: bool = False, charset: str | None = None) -> Response:
    data = to_utf8_nfd(page) if utf8 else to_cp1258(page)
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    return Response(
        200,
        data,
        {
            "Content-Type": ctype,
            "Server": "Microsoft-IIS/6.0",
            "X-Powered-By": "ASP.NET",
            "Set-Cookie": "ASPSESSIONIDQSRBTCDA=KFNJMOPBLKAGDHEMCIFOPNAB; path=/",
            "Cache-control": "private",
        },
    )


def not_found() -> Response:
    page = head() + "<body><p><font face=\"Times New Roman\">Không tìm thấy tin này.</font></p></body></html>"
    return Response(404, to_cp1258(page), {"Content-Type": "text/html", "Server": "Microsoft-IIS/6.0"})


def article_page(story: Story) -> Response:
    utf8 = bool(story.opts.get("utf8"))
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td>{breadcrumb(story.cat)}</td></tr>
{article_core(story)}<tr><td align="right"><font face="Times New Roman" size="2">
<a href="in.asp?id={story.id}" target="_blank"><img src="../images/print.gif" border="0" alt="In bài này"> In bài này</a> |
<a href="javascript:guiban({story.id})"><img src="../images/email.gif" border="0" alt="Gửi cho bạn bè"> Gửi cho bạn bè</a> |
<a href="#top">Về đầu trang</a></font></td></tr>
<tr><td><font face="Times New Roman" size="2" color="#666666">Số lần xem: {story.views()}</font></td></tr>
<tr><td bgcolor="#F0E0C0"><font face="Times New Roman" size="3" color="#990000"><b>Các tin khác</b></font></td></tr>
<tr><td>{related(story)}</td></tr>
</table>"""
    return page_response(layout(main, "utf-8" if utf8 else "windows-1258"), utf8=utf8)


def print_page(story: Story) -> Response:
    utf8 = bool(story.opts.get("utf8"))
    page = (
        head("utf-8" if utf8 else "windows-1258")
        + '<body onload="window.print()">\n<table width="640" border="0" cellpadding="5" align="center">\n'
        + f'<tr><td><font face="Times New Roman" size="2"><b>{SITE.upper()}</b></font><hr size="1"></td></tr>\n'
        + article_core(story)
        + '<tr><td align="center"><hr size="1"><a href="javascript:window.close()">Đóng cửa sổ</a></td></tr>\n'
        + "</table></body></html>\n"
    )
    return page_response(page, utf8=utf8)


def _entry_row(kind: str, item) -> str:
    if kind == "a":
        img = next(iter(item.images), None)
        thumb = ""
        if img is not None and not img.src.startswith("http"):
            thumb = f'<img src="{esc(img.src)}" width="100" align="left" hspace="5" border="0">'
        return (
            '<tr><td valign="top" width="12"><img src="../images/muiten.gif" border="0"></td><td>'
            f'<a href="chitiet.asp?id={item.id}&amp;loai={item.cat}"><font face="Times New Roman" '
            f'size="3" color="#003399"><b>{esc(item.title)}</b></font></a> '
            f'<font size="1" color="#999999">({item.opts["date"]})</font><br>\n'
            f'{thumb}<font face="Times New Roman" size="2">{esc(teaser(item))}</font></td></tr>\n'
        )
    date, title, file = item
    icon = "pdf.gif" if file.endswith(".pdf") else "word.gif"
    return (
        '<tr><td valign="top" width="12"><img src="../images/muiten.gif" border="0"></td><td>'
        f'<font face="Times New Roman" size="3"><b>{esc(title)}</b></font> '
        f'<font size="1" color="#999999">({_date_of(date)})</font><br>\n'
        f'<img src="../images/{icon}" border="0" alt="Tải về"> <a href="/upload/vanban/{file}">'
        '<font face="Times New Roman" size="2">Tải về</font></a></td></tr>\n'
    )


def pager(loai: str, page: int, pages: int) -> str:
    if pages == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="danhsach.asp?loai={loai}&amp;trang={page - 1}">&lt;&lt; Trước</a>')
    parts.append("Trang")
    for n in range(1, pages + 1):
        parts.append(f"<b>{n}</b>" if n == page else f'<a href="danhsach.asp?loai={loai}&amp;trang={n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="danhsach.asp?loai={loai}&amp;trang={page + 1}">Sau &gt;&gt;</a>')
    return f'<p align="center"><font face="Times New Roman" size="2">{" ".join(parts)}</font></p>'


def list_page(loai: str, page: int) -> Response | None:
    entries = category_entries(loai)
    pages = pages_of(loai)
    if not 1 <= page <= pages:
        return None
    rows = "".join(_entry_row(k, it) for k, it in entries[(page - 1) * PER_PAGE : page * PER_PAGE])
    main = (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>{breadcrumb(loai)}'
        "</td></tr></table>\n"
        + box(esc(CATEGORIES[loai]).upper(), f'<table width="100%" border="0" cellpadding="4">\n{rows}</table>')
        + pager(loai, page, pages)
    )
    return page_response(layout(main))


def home_page() -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    first = next(s for s in newest if s.images)  # "Tin tiêu điểm": the newest with a photo
    img = first.images[0]
    top = (
        f'<img src="{esc(img.src[3:])}" width="200" align="left" hspace="6" border="0">'
        f'<a href="tintuc/chitiet.asp?id={first.id}">'
        f'<font face="Times New Roman" size="3" color="#990000"><b>{esc(first.title)}</b></font></a>'
        f'<br><font face="Times New Roman" size="2">{esc(teaser(first))}</font><br clear="all">\n'
    )
    others = "".join(
        f'<img src="images/muiten.gif" border="0"> <a href="tintuc/chitiet.asp?id={s.id}">'
        f'<font face="Times New Roman" size="2">{esc(s.title)}</font></a> '
        '<img src="images/new.gif" border="0" alt="Mới"><br>\n'
        for s in newest
        if s is not first
    )
    boxes = ""
    for loai, name in CATEGORIES.items():
        links = "".join(
            f'<img src="images/chamtron.gif" border="0"> <a href="tintuc/chitiet.asp?id={s.id}&amp;'
            f'loai={loai}"><font face="Times New Roman" size="2">{esc(s.title)}</font></a><br>\n'
            for kind, s in category_entries(loai)[:4]
            if kind == "a"
        )
        more = f'<div align="right"><a href="tintuc/danhsach.asp?loai={loai}"><i>Xem tiếp &gt;&gt;</i></a></div>'
        boxes += box(esc(name).upper(), links + more)
    return page_response(layout(box("TIN MỚI", top + others) + boxes))


def static_page(muc: str) -> Response | None:
    if muc not in STATIC_PAGES:
        return None
    title, paras = STATIC_PAGES[muc]
    inner = "".join(f'<p align="justify">{FONT}{esc(p)}</font></p>\n' for p in paras)
    main = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>'
        '<font face="Times New Roman" size="2"><a href="/default.asp">Trang chủ</a> &gt;&gt; '
        f"<b>Giới thiệu</b></font></td></tr>\n"
        f'<tr><td><font face="Times New Roman" color="#990000" size="4"><b>{esc(title)}</b></font>'
        f"</td></tr>\n<tr><td>{inner}</td></tr></table>"
    )
    return page_response(layout(main), charset="iso-8859-1")


def contact_page() -> Response:
    main = """<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td><font face="Times New Roman" color="#990000" size="4"><b>LIÊN HỆ</b></font></td></tr>
<tr><td><font face="Times New Roman" size="3"><b>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG BÌNH</b><br>
Địa chỉ: Số 2 đường Lý Thường Kiệt, thành phố Đồng Hới, tỉnh Quảng Bình<br>
Điện thoại: (052) 3822 641 - Fax: (052) 3822 642<br>
Email: truongchinhtri@quangbinh.gov.vn</font></td></tr>
<tr><td><form method="post" action="lienhe.asp" name="frmLienhe">
<table border="0" cellpadding="3">
<tr><td><font face="Times New Roman" size="2">Họ và tên:</font></td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td><font face="Times New Roman" size="2">Email:</font></td><td><input type="text" name="email" size="40"></td></tr>
<tr><td><font face="Times New Roman" size="2">Tiêu đề:</font></td><td><input type="text" name="tieude" size="40"></td></tr>
<tr><td valign="top"><font face="Times New Roman" size="2">Nội dung:</font></td><td><textarea name="noidung" rows="8" cols="45"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></td></tr>
</table></form></td></tr></table>"""
    return page_response(layout(main), charset="iso-8859-1")


def album_page(album: str) -> Response | None:
    if album not in ALBUMS:
        return None
    title, date, photos = ALBUMS[album]
    cells = "".join(
        f'<td align="center" width="50%"><img src="/upload/album/{f}" width="250" border="0" hspace="4">'
        f'<br><font face="Times New Roman" size="2"><i>{esc(c)}</i></font></td>'
        + ("</tr><tr>" if n % 2 else "")
        for n, (f, c) in enumerate(photos)
    )
    others = " | ".join(
        f'<a href="anh.asp?album={k}">{esc(v[0])}</a>' for k, v in ALBUMS.items() if k != album
    )
    main = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>'
        '<font face="Times New Roman" size="2"><a href="../default.asp">Trang chủ</a> &gt;&gt; '
        "<b>Thư viện ảnh</b></font></td></tr>\n"
        f'<tr><td><font face="Times New Roman" color="#990000" size="4"><b>{esc(title)}</b></font><br>'
        f'<font size="2" color="#666666"><i>Ngày đăng: {date}</i></font></td></tr>\n'
        f'<tr><td><table width="100%" border="0" cellpadding="4"><tr>{cells}</tr></table></td></tr>\n'
        f'<tr><td><font face="Times New Roman" size="2"><b>Album khác:</b> {others}</font></td></tr>'
        "</table>"
    )
    return page_response(layout(main))


def _params(request: Request) -> dict[str, str]:
    return {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}


class AspSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()  # IIS paths are case-insensitive
        q = _params(request)
        if path.startswith("/upload/vanban/"):
            name = path.rsplit("/", 1)[1]
            if any(name == d[2] for d in DOCUMENTS):
                ctype = "application/pdf" if name.endswith(".pdf") else "application/msword"
                return Response(200, PDF, {"Content-Type": ctype})
            return None
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/default.asp") and not request.query:
            return home_page()
        if path == "/gioithieu.asp":
            return static_page(q.get("muc", "1"))
        if path == "/lienhe.asp":
            return contact_page()
        if path == "/thuvien/anh.asp":
            return album_page(q.get("album", "1"))
        if path == "/tintuc/danhsach.asp":
            loai = q.get("loai", "")
            trang = q.get("trang", "1")
            if loai not in CATEGORIES or not trang.isdigit() or set(q) - {"loai", "trang"}:
                return None
            return list_page(loai, int(trang))
        if path in ("/tintuc/chitiet.asp", "/tintuc/in.asp"):
            sid = q.get("id", "")
            story = BY_ID.get(int(sid)) if sid.isdigit() else None
            if story is None:
                return not_found()
            if path.endswith("in.asp"):
                return print_page(story) if set(q) == {"id"} else not_found()
            if set(q) - {"id", "loai"} or q.get("loai", story.cat) != story.cat:
                return not_found()
            return article_page(story)
        return None


def build_site() -> AspSite:
    return AspSite()

