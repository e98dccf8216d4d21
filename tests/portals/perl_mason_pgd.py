"""Phòng Giáo dục và Đào tạo huyện Tiên Du (Bắc Ninh): a Perl HTML::Mason site from 2009.

Platform
--------
An IT teacher wrote it in 2009 on Apache 2.2 + mod_perl + HTML::Mason with a MySQL table ``tin``
(id, cm, tieude, tomtat, noidung, ngay, capnhat, nguoidang). It is still running: table layout,
no frames, ``<font>`` tags, a Mason autohandler that wraps every page in the same chrome and
prints the same ``<title>`` everywhere. Apache's ``AddDefaultCharset ISO-8859-1`` is still on, so
every answer says ``Content-Type: text/html; charset=ISO-8859-1`` while the bytes are UTF-8 (the
autohandler's ``<meta http-equiv>`` says utf-8). Old posts were typed in a plain ``<textarea>``
and are printed through a newline-to-``<br>`` filter; since an FCKeditor was bolted on, newer
posts carry ``<p>`` markup.

URL scheme
----------
- ``/`` (also ``/index.html``): home: "Tin nổi bật" box, "Tin mới" list, sidebars.
- ``/tin/index.html?cm=<c>&trang=<N>``: a category listing, 3 posts a page; ``cm`` is one of
  ``tintuc``, ``chuyenmon``, ``thongbao``, ``congdoan``.
- ``/tin/doc.html?id=<N>&cm=<c>``: an article (any other query order or extra parameter serves the
  same article; ``&in=1`` is the print view, a bare page without the autohandler).
- ``/gioithieu.html``, ``/lienhe.html``: intro and contact.
- ``/vanban/index.html``, ``/vanban/chitiet.html?id=<N>``: the document register and its entries.
- ``/binhchon.html`` (poll answer), images under ``/anh/`` and ``/upload/``, PDFs of documents.

Page templates
--------------
Every page: a 990px table; banner row (``<h1>`` = the office's name), a date bar with today's
"Thứ Bảy, 05/12/2026" and a ``<marquee>`` notice, a menu row with drop-downs (hidden ``<div>``
opened by ``onmouseover``), a left column (categories, new documents, school links select), the
centre cell, a right column ("Tin đọc nhiều", poll, visitor counter) and a footer.
The article's centre cell: a breadcrumb bar, the headline as ``<b><font size="3">`` in a
``<td class="tde">``, an info line (raw MySQL date, "Người đăng", "Lượt xem"), for some posts a
sapo cell beside a thumbnail, the text cell ``<td class="nd">``, a hidden "Từ khóa" line, the
"Cập nhật lần cuối" line, a tool bar, readers' comments and "Các tin khác".

How each gold article is reached
--------------------------------
Listings link ``doc.html?id=<N>&cm=<c>``; home's "Tin mới" list links the 6 newest the same way;
"Tin nổi bật" (home) links 3 with the query the other way round; "Tin đọc nhiều" (every page)
links 5 with a double-escaped ampersand; "Các tin khác" links the category's 3 newest posts
(less the one on screen).
Page 2 of "Tin tức - Sự kiện" (447, 431) and of "Hoạt động chuyên môn" (425) is reached only
through the listing's page ``<select>`` form (GET ``index.html`` with ``cm`` hidden and
``trang`` selected): these three posts are linked nowhere else.

Traps
-----
1. Charset: every answer's header says ``charset=ISO-8859-1`` (Apache's default) while the body
   is UTF-8 and the ``<meta http-equiv>`` says utf-8. Gold: the text read as UTF-8.
2. The print view (``doc.html?id=N&in=1``, opened by ``window.open`` in an ``onclick``) bypasses
   the autohandler: no ``<head>``, no meta charset, only the ISO-8859-1 header over UTF-8 bytes.
   Gold: it is the same article (alt path), the text as UTF-8.
3. Perl hash order: the home's "Tin nổi bật" builds its query from a hash, so the same post is
   linked as ``doc.html?cm=c&id=N`` as well as ``doc.html?id=N&cm=c``. Gold: one article, the
   other order in ``alt_paths``.
4. Double escaping: "Tin đọc nhiều" escapes an already escaped URL, printing
   ``href="/tin/doc.html?id=N&amp;amp;cm=c"``: the link resolves to ``?id=N&amp;cm=c`` (a
   parameter named ``amp;cm``), which the page happily serves. Gold: alt path of the article.
5. Dates: the info line prints the raw MySQL DATETIME ("Ngày đăng: 2026-12-03 14:30:00"); posts
   entered with the day only print "00:00:00" (gold: the day alone). Under the text
   "Cập nhật lần cuối: Fri Dec  4 08:12:45 2026" (Perl's ``scalar localtime``) is an update,
   never the date; readers' comments print the same MySQL format ("(2026-12-04 09:12:30)").
6. The headline: ``<title>`` is the office's name on every page and the only ``<h1>`` is the
   banner's; the headline is a ``<b><font size="3">`` in a table cell below a breadcrumb bar
   whose category name is printed bigger. Listings and sidebars cut titles with Perl's ``substr``
   at 60 characters plus "...". Gold: the full headline of the article page.
7. Text as nl2br: the old posts are one ``<td>`` of text lines, paragraphs separated by
   ``<br>\\n<br>``, each indented by typed ``&nbsp;`` runs, no ``<p>`` at all; a single ``<br>``
   inside a paragraph splits it. Gold: one paragraph per line.
8. Sapo beside a thumbnail: some posts print the sapo in its own cell next to the listing's
   thumbnail (``/upload/tin/nho/<id>.jpg``, a small copy of the first photo). Gold: the sapo is
   the summary and the body's first paragraph; the thumbnail is no image of the article.
9. Pagination: the listing's pager is a GET ``<form>`` whose ``<select name="trang">`` submits on
   change, a ``<noscript>`` submit button and a ``javascript:chuyentrang(2)`` "Trang sau" link;
   no ``<a href>`` reaches page 2. Gold: 447, 431 and 425 are reached only through it.
10. SEO line: after the text a white-on-white ``<font color="#FFFFFF">Từ khóa: …</font>`` line the
    teacher added for search engines in 2010. Gold: not body.
11. Soft 404: "Tin đọc nhiều" still links a deleted post (id 403); any unknown id answers 200
    with the full chrome and "Tin này không tồn tại hoặc đã bị xóa!". Gold: not an article.
12. Bylines: "Người đăng: quantri" is the CMS account (nobody); a right-aligned
    "Nguyễn Thị Hằng - Trường THCS Lim" is the name without its school; "Tin, ảnh: X" -> X in
    both; the nl2br posts end with a plain bold line "Tin: X - Ảnh: Y" -> [X], [Y]. None is body.
13. Readers' comments ("Ý kiến bạn đọc": a name in bold, a date, a text) follow the article in
    the same centre cell: not body, not authors, their dates not the article's.
14. Captions: a second table row under the photo, italic; a caption in parentheses loses them;
    "Ảnh: Lê Minh Đức" alone is no caption (he is the photographer); a photo with only an
    ``alt`` has no caption.
15. A notice printed as an official document (letterhead table, "Số:", "Tiên Du, ngày 20 tháng
    11 năm 2026", THÔNG BÁO / Về việc …, Nơi nhận, KT. TRƯỞNG PHÒNG …): its date is the
    letterhead's day (the post itself says 2026-11-21 08:00:00), its signer the author.
16. "File đính kèm:" lines under a notice link a .doc/.pdf: not body.

Gold decisions on ambiguous points
----------------------------------
- ``path`` and ``canonical_path`` are ``/tin/doc.html?id=<N>&cm=<c>``, the form every listing
  prints (the site prints no canonical link); ``alt_paths`` list the print view and whichever of
  the reversed-query and double-escaped forms the site links for that post.
- The thumbnail beside a sapo is the listing's picture, not a photo of the text (trap 8).
- The official notice's body is the text between the subject line and "Nơi nhận"; the kind and
  subject lines, letterhead and closing are not body; ``category`` is "Thông báo".
- ``category`` is the breadcrumb's last item (the menu's name of ``cm``).
- Comments are never part of the article, even the one a teacher signs.
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.demo.server import Request, Response
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "perl_mason_pgd"
PLATFORM = "Perl HTML::Mason (hand-written, 2009) on Apache 2.2 / mod_perl"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Tiên Du"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
CHARSET_HEADER = "text/html; charset=ISO-8859-1"

CATEGORIES = {
    "tintuc": "Tin tức - Sự kiện",
    "chuyenmon": "Hoạt động chuyên môn",
    "thongbao": "Thông báo",
    "congdoan": "Công đoàn - Đoàn thể",
}

# ids the home's "Tin nổi bật" links with the query reversed (trap 3)
NOI_BAT = (468, 466, 463)
# ids "Tin đọc nhiều" links with a double-escaped ampersand (trap 4); 403 is deleted (trap 11)
DOC_NHIEU = (465, 459, 440, 449, 463, 403)
DELETED = {403: ("Kế hoạch tổ chức Hội thi Tin học trẻ cấp huyện năm 2026", "tintuc")}


def _cap(src: str, printed: str | None, caption: str | None, style: str = "next") -> Img:
    return Img(src, printed, caption, style)


STORIES: list[Story] = [
    Story(
        id=468,
        slug="gvdg-cap-huyen",
        title="Phòng GD&ĐT Tiên Du tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        cat="tintuc",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 03/12/2026, Phòng GD&ĐT Tiên Du tổ chức Hội thi giáo viên dạy "
            "giỏi cấp huyện bậc THCS với sự tham gia của 86 giáo viên đến từ 14 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên "
                "môn vững vàng, có nhiều sáng tạo trong đổi mới phương pháp dạy học theo Chương "
                "trình giáo dục phổ thông 2018."
            ),
            _cap("/upload/tin/2026/468_1.jpg", "(Đồng chí Trưởng phòng phát biểu khai mạc Hội thi)",
                 "Đồng chí Trưởng phòng phát biểu khai mạc Hội thi"),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất "
                "lượng giảng dạy và dạy hai tiết thực hành trên lớp tại Trường THCS Lim và Trường "
                "THCS Nội Duệ."
            ),
            P(
                "Ban Giám khảo gồm 42 đồng chí là cán bộ quản lý, chuyên viên và giáo viên cốt cán "
                "của các bộ môn."
            ),
            _cap("/upload/tin/2026/468_2.jpg", "Một tiết dạy môn Ngữ văn tại Trường THCS Lim",
                 "Một tiết dạy môn Ngữ văn tại Trường THCS Lim"),
            P(
                "Kết quả, 71 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 12 giáo "
                "viên sẽ được chọn tham dự Hội thi cấp tỉnh vào tháng 3/2027."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={"fmt": "p", "byline": '<p align="right"><b>Nguyễn Thị Hằng - Trường THCS Lim</b></p>',
              "comments": [("Phụ huynh Nguyễn Văn Bình", "2026-12-04 09:12:30",
                            "Chúc mừng các thầy cô đạt giải, mong các thầy cô tiếp tục cố gắng.")],
              "updated": "2026-12-04 08:12:45"},
    ),
    Story(
        id=466,
        slug="chuyen-de-toan-6",
        title="Chuyên đề \u201cDạy học phát triển năng lực môn Toán lớp 6\u201d tại Trường THCS Nội Duệ",
        cat="chuyenmon",
        published_at="2026-11-27T10:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 26/11/2026, tại Trường THCS Nội Duệ, Phòng GD&ĐT tổ chức chuyên đề cấp "
                "huyện môn Toán lớp 6 cho giáo viên dạy Toán các trường THCS trong huyện."
            ),
            P("Tham dự chuyên đề có đồng chí Lê Văn Tâm, Phó Trưởng phòng GD&ĐT, cùng 48 giáo viên."),
            P("Nội dung chuyên đề gồm ba phần:"),
            P("- Dạy minh họa bài \u201cPhép chia hết. Ước và bội\u201d;"),
            P("- Thảo luận về việc tổ chức hoạt động nhóm trong giờ học Toán;", "1br"),
            P("- Trao đổi kinh nghiệm ra đề kiểm tra theo ma trận năng lực.", "1br"),
            _cap("/upload/tin/2026/466_1.jpg", "Ảnh: Lê Minh Đức", None),
            P(
                "Qua chuyên đề, các thầy cô đã thống nhất nhiều giải pháp để học sinh được hoạt động "
                "nhiều hơn, tự phát hiện kiến thức thay vì tiếp nhận thụ động."
            ),
        ],
        authors=["Trần Văn Hưng"],
        photographers=["Lê Minh Đức"],
        opts={"fmt": "br", "byline": "<b>Tin: Trần Văn Hưng - Ảnh: Lê Minh Đức</b>",
              "updated": "2026-11-27 10:40:02"},
    ),
    Story(
        id=465,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="tintuc",
        published_at="2026-11-19T09:00:00+07:00",
        summary=(
            "Chiều 18/11, Phòng GD&ĐT Tiên Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Huyện ủy, HĐND, UBND huyện Tiên Du cùng hơn 300 "
                "cán bộ quản lý, giáo viên tiêu biểu của các nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND huyện ghi nhận những đóng góp của đội "
                "ngũ nhà giáo trong việc giữ vững chất lượng giáo dục toàn diện của huyện."
            ),
            _cap("/upload/tin/2026/465_1.jpg", "Các thầy cô giáo tiêu biểu nhận Giấy khen của UBND huyện",
                 "Các thầy cô giáo tiêu biểu nhận Giấy khen của UBND huyện"),
            P("Dịp này, 25 tập thể và 112 cá nhân được UBND huyện tặng Giấy khen."),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={"fmt": "p", "byline": '<p align="right"><b><i>Tin, ảnh: Nguyễn Thu Trang</i></b></p>',
              "comments": [
                  ("Cựu học sinh", "2026-11-19 20:05:11", "Kính chúc các thầy cô luôn mạnh khỏe."),
                  ("Cô giáo Phạm Thị Mai", "2026-11-20 06:31:47",
                   "Cảm ơn Phòng đã đưa tin kịp thời."),
              ],
              "updated": "2026-11-21 16:02:09"},
    ),
    Story(
        id=463,
        slug="tb-tuyen-dung",
        title="Thông báo về việc tuyển dụng viên chức giáo viên năm 2026",
        cat="thongbao",
        published_at="2026-11-20",
        blocks=[
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức;"
            ),
            P(
                "Căn cứ Kế hoạch số 245/KH-UBND ngày 10/11/2026 của UBND huyện Tiên Du về tuyển "
                "dụng viên chức giáo viên năm 2026;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tuyển dụng 38 chỉ tiêu giáo viên mầm non, tiểu "
                "học và THCS làm việc tại các trường công lập trên địa bàn huyện."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 23/11/2026 đến hết ngày 22/12/2026 "
                "(trong giờ hành chính), tại Bộ phận một cửa UBND huyện Tiên Du."
            ),
            P("Mọi chi tiết xin liên hệ số điện thoại 0222.3837.215 để được hướng dẫn."),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"fmt": "p", "letterhead": True, "posted": "2026-11-21 08:00:00",
              "attach": "/upload/vanban/tb_tuyendung_2026.pdf",
              "updated": "2026-11-21 08:03:30"},
    ),
    Story(
        id=461,
        slug="tap-huan-ai",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên tiểu học",
        cat="chuyenmon",
        published_at="2026-11-16T08:00:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 14 và 15/11/2026, Phòng GD&ĐT phối hợp với Trung tâm Chính trị huyện "
                "tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho 160 giáo viên "
                "tiểu học."
            ),
            P(
                "Giáo viên được hướng dẫn cách dùng các công cụ hỗ trợ soạn kế hoạch bài dạy, "
                "thiết kế phiếu học tập và câu hỏi trắc nghiệm."
            ),
            P("Báo cáo viên lưu ý:"),
            P("Mọi nội dung do công cụ gợi ý phải được giáo viên kiểm tra, chỉnh sửa trước khi dùng.",
              "1br"),
            _cap("/upload/tin/2026/461_1.jpg", None, None, "alt"),
            P(
                "Kết thúc lớp tập huấn, mỗi giáo viên nộp một kế hoạch bài dạy có ứng dụng công nghệ "
                "để Phòng GD&ĐT đánh giá, lựa chọn sản phẩm tốt chia sẻ trên trang này."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={"fmt": "br", "byline": '<div align="right"><b>Tổ Tiểu học</b></div>',
              "updated": "2026-11-16 08:00:00"},
    ),
    Story(
        id=459,
        slug="thcs-lim-chuan-qg",
        title="Trường THCS Lim đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tintuc",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 11/11/2026, Trường THCS Lim long trọng tổ chức Lễ đón nhận Bằng công nhận "
                "trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm Ngày Nhà giáo Việt Nam."
            ),
            _cap("/upload/tin/2026/459_1.jpg", "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                 "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường"),
            P(
                "Nhà trường hiện có 28 lớp với 1.126 học sinh; 100% giáo viên đạt chuẩn trình độ đào "
                "tạo, trong đó 35% trên chuẩn."
            ),
            P(
                "Trong 5 năm qua, trường có 214 lượt học sinh đạt giải học sinh giỏi cấp huyện, 46 "
                "lượt đạt giải cấp tỉnh."
            ),
        ],
        source="Cổng thông tin điện tử huyện Tiên Du",
        opts={"fmt": "br",
              "source_line": '<div align="right"><i>Nguồn: Cổng thông tin điện tử huyện Tiên Du</i></div>',
              "updated": "2026-11-12 15:27:51"},
    ),
    Story(
        id=456,
        slug="lich-kiem-tra-hk1",
        title="Lịch kiểm tra học kỳ I năm học 2026 - 2027",
        cat="thongbao",
        published_at="2026-11-09T10:00:00+07:00",
        blocks=[
            P("Phòng GD&ĐT thông báo lịch kiểm tra học kỳ I các môn do Phòng ra đề đối với khối 9 như sau:"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "tr"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P(
                "Các trường tổ chức kiểm tra các môn còn lại theo kế hoạch của trường, hoàn thành "
                "trước ngày 31/12/2026."
            ),
            P("Đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc."),
        ],
        authors=["Tổ THCS"],
        opts={"fmt": "p", "byline": '<p align="right"><b>Tổ THCS</b></p>',
              "attach": "/upload/vanban/lich_kt_hk1.doc",
              "updated": "2026-11-10 07:45:00"},
    ),
    Story(
        id=452,
        slug="cum-mam-non-phia-nam",
        title="Sinh hoạt chuyên môn cụm trường mầm non khu vực phía Nam",
        cat="chuyenmon",
        published_at="2026-11-03",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, ngày 02/11/2026 cụm chuyên môn mầm non khu vực phía Nam "
                "gồm 6 trường đã sinh hoạt chuyên môn tại Trường Mầm non Hoàn Sơn."
            ),
            P(
                "Các cô giáo đã dự hoạt động làm quen với chữ cái của lớp mẫu giáo 5 tuổi A1 và "
                "hoạt động góc của lớp mẫu giáo 4 tuổi B2."
            ),
            _cap("/upload/tin/2026/452_1.jpg", "Hoạt động góc của lớp mẫu giáo 4 tuổi",
                 "Hoạt động góc của lớp mẫu giáo 4 tuổi"),
            _cap("/upload/tin/2026/452_2.jpg", "(Các cô giáo trao đổi sau giờ dự)",
                 "Các cô giáo trao đổi sau giờ dự"),
            P("Buổi sinh hoạt kết thúc lúc 11 giờ cùng ngày."),
        ],
        authors=["Vũ Thị Ngọc Anh"],
        opts={"fmt": "br", "byline": '<div align="right"><b>Vũ Thị Ngọc Anh - MN Hoàn Sơn</b></div>',
              "updated": "2026-11-04 09:10:10"},
    ),
    Story(
        id=449,
        slug="cong-doan-trao-qua",
        title="Công đoàn ngành Giáo dục Tiên Du trao quà cho giáo viên có hoàn cảnh khó khăn",
        cat="congdoan",
        published_at="2026-10-30T17:20:00+07:00",
        blocks=[
            P(
                "Nhân dịp kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn "
                "ngành Giáo dục huyện đã trao 30 suất quà cho giáo viên có hoàn cảnh khó khăn."
            ),
            P("Mỗi suất quà trị giá 1.000.000 đồng, trích từ quỹ xã hội của Công đoàn ngành."),
            _cap("/upload/tin/2026/449_1.jpg", "Đại diện Công đoàn ngành trao quà cho giáo viên",
                 "Đại diện Công đoàn ngành trao quà cho giáo viên"),
            P(
                "Đây là hoạt động thường niên, thể hiện tinh thần tương thân tương ái của đội ngũ "
                "nhà giáo trong huyện."
            ),
        ],
        authors=["Trần Thị Lan"],
        photographers=["Trần Thị Lan"],
        opts={"fmt": "br", "byline": "<b>Tin, ảnh: Trần Thị Lan</b>",
              "comments": [("Giáo viên TH Liên Bão", "2026-10-31 07:02:18",
                            "Xin cảm ơn Công đoàn ngành đã quan tâm.")],
              "updated": "2026-10-30 17:20:00"},
    ),
    Story(
        id=447,
        slug="hkpd-lan-x",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ X năm 2026",
        cat="tintuc",
        published_at="2026-10-28T07:45:00+07:00",
        summary=(
            "Sáng 27/10, tại Sân vận động huyện, Hội khỏe Phù Đổng huyện Tiên Du lần thứ X chính "
            "thức khai mạc với gần 900 vận động viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay có 9 môn thi đấu: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, "
                "đá cầu, bóng đá, kéo co và võ cổ truyền."
            ),
            _cap("/upload/tin/2026/447_1.jpg", "Màn đồng diễn của học sinh Trường TH Thị trấn Lim",
                 "Màn đồng diễn của học sinh Trường TH Thị trấn Lim"),
            P(
                "Các môn thi đấu diễn ra từ ngày 27/10 đến ngày 05/11/2026 tại các nhà trường và "
                "Trung tâm Văn hóa - Thể thao huyện."
            ),
            P(
                "Theo kế hoạch, Ban Tổ chức sẽ chọn các vận động viên xuất sắc tham dự Hội khỏe Phù "
                "Đổng tỉnh Bắc Ninh năm 2027."
            ),
        ],
        source="Báo Bắc Ninh điện tử",
        opts={"fmt": "p", "source_line": '<p align="right"><i>Theo Báo Bắc Ninh điện tử</i></p>',
              "updated": "2026-10-29 10:21:33"},
    ),
    Story(
        id=440,
        slug="ket-qua-hsg-9",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="chuyenmon",
        published_at="2026-10-20T15:00:00+07:00",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện được tổ chức ngày 17/10/2026 với 612 thí "
                "sinh dự thi ở 9 môn văn hóa."
            ),
            P("Kết quả, có 298 học sinh đạt giải. Dẫn đầu toàn đoàn là các trường sau:"),
            P("TT | Trường | Số giải | Xếp thứ", "tr"),
            P("1 | THCS Lim | 64 | Nhất", "tr"),
            P("2 | THCS Nội Duệ | 41 | Nhì", "tr"),
            P("3 | THCS Việt Đoàn | 33 | Ba", "tr"),
            P(
                "Phòng GD&ĐT sẽ thành lập đội tuyển dự thi cấp tỉnh từ các học sinh đạt giải cao, "
                "ôn luyện tập trung từ ngày 01/11/2026."
            ),
        ],
        authors=["Tổ THCS"],
        opts={"fmt": "p", "byline": '<p align="right"><b>Tổ THCS</b></p>',
              "updated": "2026-10-22 08:00:00"},
    ),
    Story(
        id=431,
        slug="atgt-tong-ket",
        title="Tổng kết Tháng hành động vì an toàn giao thông trong trường học",
        cat="tintuc",
        published_at="2026-10-09T16:10:00+07:00",
        blocks=[
            P(
                "Tháng 9/2026, 100% trường học trên địa bàn huyện đã tổ chức tuyên truyền về an toàn "
                "giao thông lồng ghép vào lễ khai giảng và các tiết sinh hoạt dưới cờ."
            ),
            P(
                "Hơn 24.000 học sinh ký cam kết chấp hành Luật Giao thông đường bộ, không đi xe máy "
                "khi chưa đủ tuổi, đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy."
            ),
            _cap("/upload/tin/2026/431_1.jpg", "Học sinh Trường TH Hiên Vân thực hành đội mũ bảo hiểm",
                 "Học sinh Trường TH Hiên Vân thực hành đội mũ bảo hiểm"),
            P("Phòng GD&ĐT khen thưởng 8 tập thể có nhiều hoạt động sáng tạo."),
        ],
        authors=["Đỗ Văn Khánh"],
        opts={"fmt": "br", "byline": '<div align="right"><b>Đỗ Văn Khánh - Chuyên viên Phòng GD&amp;ĐT</b></div>',
              "updated": "2026-10-09 16:10:00"},
    ),
    Story(
        id=425,
        slug="hoi-thao-nghien-cuu-bai-hoc",
        title="Hội thảo đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học",
        cat="chuyenmon",
        published_at="2026-10-05T14:00:00+07:00",
        summary=(
            "Ngày 03/10/2026, Phòng GD&ĐT tổ chức hội thảo đổi mới sinh hoạt tổ chuyên môn theo "
            "hướng nghiên cứu bài học cho tổ trưởng các trường tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các đại biểu đã nghe báo cáo kinh nghiệm của Trường TH Phú Lâm và Trường THCS Tân "
                "Chi về việc tổ chức dự giờ, phân tích bài học dựa trên hoạt động của học sinh."
            ),
            P("Hội thảo thống nhất một số nội dung:"),
            P("1. Giảm số tiết dự giờ đánh giá xếp loại, tăng dự giờ nghiên cứu;"),
            P("2. Tập trung quan sát việc học của học sinh thay vì lời giảng của giáo viên.", "1br"),
            _cap("/upload/tin/2026/425_1.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo"),
        ],
        authors=["Phạm Quang Huy"],
        opts={"fmt": "br", "byline": '<div align="right"><b>ThS. Phạm Quang Huy - Tổ THCS</b></div>',
              "updated": "2026-10-06 08:30:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
# a post's stored date as the MySQL column prints it
NGAY = {
    468: "2026-12-03 14:30:00",
    466: "2026-11-27 10:15:00",
    465: "2026-11-19 09:00:00",
    463: "2026-11-21 08:00:00",
    461: "2026-11-16 08:00:00",
    459: "2026-11-12 00:00:00",
    456: "2026-11-09 10:00:00",
    452: "2026-11-03 00:00:00",
    449: "2026-10-30 17:20:00",
    447: "2026-10-28 07:45:00",
    440: "2026-10-20 15:00:00",
    431: "2026-10-09 16:10:00",
    425: "2026-10-05 14:00:00",
}
ORDERED = sorted(STORIES, key=lambda s: NGAY[s.id], reverse=True)

VANBAN = {
    95: ("245/KH-UBND", "10/11/2026", "Kế hoạch tuyển dụng viên chức giáo viên năm 2026",
         "Chủ tịch UBND huyện", "Nguyễn Đức Toàn", "kh245.pdf"),
    91: ("1120/PGDĐT-THCS", "02/11/2026", "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026 - 2027",
         "Trưởng phòng", "Hoàng Minh Tuấn", "cv1120.pdf"),
    88: ("980/PGDĐT-VP", "05/10/2026", "Về việc tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ X",
         "Trưởng phòng", "Hoàng Minh Tuấn", "cv980.pdf"),
}


# --- helpers ----------------------------------------------------------------------------------


def cut(title: str, n: int = 60) -> str:
    """Perl's ``substr($tieude, 0, 60) . '...'`` as the listings print it (trap 6)."""
    return title if len(title) <= n else title[:n] + "..."


def doc_href(sid: int, cat: str, prefix: str = "") -> str:
    """The form listings print (already HTML-escaped)."""
    return f"{prefix}doc.html?id={sid}&amp;cm={cat}"


def perl_localtime(stamp: str) -> str:
    """``scalar localtime``: 'Fri Dec  4 08:12:45 2026'."""
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]} {months[d.month - 1]} {d.day:>2} {d:%H:%M:%S} {d.year}"


def dmy(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return f"{d:%d/%m/%Y}"


def _html_response(body: str, status: int = 200) -> Response:
    return Response(status, body.encode("utf-8"), {
        "Content-Type": CHARSET_HEADER,
        "Server": "Apache/2.2.22 (Debian) mod_perl/2.0.7 Perl/v5.14.2",
        "X-Powered-By": "HTML::Mason 1.42",
    })


# --- chrome -------------------------------------------------------------------------------------


def _menu() -> str:
    subs = "".join(
        f'<a href="/tin/index.html?cm={c}&amp;trang=1" class="mnsub">{esc(name)}</a><br>'
        for c, name in CATEGORIES.items()
    )
    return f"""
<tr><td colspan="3" bgcolor="#0b4ea2" height="28">
 <table cellpadding="0" cellspacing="0" border="0"><tr>
  <td class="mn"><a href="/" class="mnl">TRANG CHỦ</a></td>
  <td class="mn"><a href="/gioithieu.html" class="mnl">GIỚI THIỆU</a></td>
  <td class="mn" onmouseover="hien('m3')" onmouseout="an('m3')"><a href="/tin/index.html?cm=tintuc&amp;trang=1" class="mnl">TIN TỨC</a>
   <div id="m3" style="position:absolute;visibility:hidden;background:#e8f0fb;padding:4px">{subs}</div></td>
  <td class="mn" onmouseover="hien('m4')" onmouseout="an('m4')"><a href="/vanban/index.html" class="mnl">VĂN BẢN</a>
   <div id="m4" style="position:absolute;visibility:hidden;background:#e8f0fb;padding:4px">
   <a href="/vanban/index.html" class="mnsub">Văn bản chỉ đạo</a><br>
   <a href="http://www.moet.gov.vn/van-ban" class="mnsub" target="_blank">Văn bản của Bộ</a></div></td>
  <td class="mn"><a href="http://mail.bacninh.edu.vn" class="mnl" target="_blank">THƯ ĐIỆN TỬ</a></td>
  <td class="mn"><a href="/lienhe.html" class="mnl">LIÊN HỆ</a></td>
 </tr></table>
</td></tr>"""


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm">&#8226; <a href="/tin/index.html?cm={c}&amp;trang=1">{esc(n)}</a></td></tr>'
        for c, n in CATEGORIES.items()
    )
    vb = "".join(
        f'<tr><td class="dm"><a href="/vanban/chitiet.html?id={i}">{esc(v[0])}</a><br>'
        f'<font size="1">{esc(cut(v[2], 45))}</font></td></tr>'
        for i, v in VANBAN.items()
    )
    return f"""
<td width="190" valign="top" bgcolor="#f2f6fc">
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">DANH MỤC</td></tr>{cats}</table>
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">VĂN BẢN MỚI</td></tr>{vb}</table>
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">WEBSITE CÁC TRƯỜNG</td></tr>
 <tr><td><select onchange="if(this.value!='')window.open(this.value)" style="width:170px">
  <option value="">-- Chọn trường --</option>
  <option value="http://thcslim.tiendu.edu.vn">THCS Lim</option>
  <option value="http://thcsnoidue.tiendu.edu.vn">THCS Nội Duệ</option>
  <option value="http://thhienvan.tiendu.edu.vn">TH Hiên Vân</option>
 </select></td></tr>
 <tr><td align="center"><a href="http://www.bacninh.edu.vn" target="_blank"><img src="/anh/lk_sgd.gif" border="0" width="170" alt="Sở GD&amp;ĐT Bắc Ninh"></a></td></tr>
 </table>
</td>"""


def _right() -> str:
    items = []
    for sid in DOC_NHIEU:
        if sid in BY_ID:
            s = BY_ID[sid]
            title, cat = s.title, s.cat
        else:
            title, cat = DELETED[sid]
        # trap 4: the URL was escaped once in Perl, then again by Mason's |h filter
        items.append(
            f'<tr><td class="dn"><img src="/anh/muiten.gif" width="7" height="7"> '
            f'<a href="/tin/doc.html?id={sid}&amp;amp;cm={cat}">{esc(cut(title))}</a></td></tr>'
        )
    return f"""
<td width="200" valign="top" bgcolor="#f2f6fc">
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">TIN ĐỌC NHIỀU</td></tr>{''.join(items)}</table>
 <form method="post" action="/binhchon.html" name="fbc">
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">THĂM DÒ Ý KIẾN</td></tr>
 <tr><td>Bạn thấy trang web của Phòng như thế nào?<br>
 <input type="radio" name="ykien" value="1"> Rất hữu ích<br>
 <input type="radio" name="ykien" value="2"> Hữu ích<br>
 <input type="radio" name="ykien" value="3"> Cần cải tiến<br>
 <input type="submit" value="Bình chọn"></td></tr></table></form>
 <table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tdkhoi">THỐNG KÊ TRUY CẬP</td></tr>
 <tr><td><font size="1">Đang online: 12<br>Hôm nay: 341<br>Tổng truy cập: 1.204.877</font></td></tr></table>
</td>"""


def page(center: str) -> str:
    """The autohandler: the same head, title and chrome around every component."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(SITE_NAME)} - Bắc Ninh</title>
<meta name="description" content="Website Phòng Giáo dục và Đào tạo huyện Tiên Du, tỉnh Bắc Ninh">
<meta name="keywords" content="pgd tien du, giao duc tien du, bac ninh">
<link rel="stylesheet" type="text/css" href="/css/pgd.css">
<script type="text/javascript" src="/js/chung.js"></script>
</head>
<body bgcolor="#dfe8f5" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="990" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td colspan="3" background="/anh/nen_banner.jpg" height="120">
 <table width="100%"><tr><td width="110"><img src="/anh/logo_pgd.gif" width="96" height="96" alt="Logo"></td>
 <td><font color="#ffffff" size="2">UBND HUYỆN TIÊN DU</font>
 <h1 style="color:#ffff00;font-size:26px;margin:0">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TIÊN DU</h1></td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#fdf3c4" height="22">
 <table width="100%" cellpadding="0" cellspacing="0"><tr>
 <td width="200"><font size="1">&nbsp;{HEADER_DAY}</font></td>
 <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#cc0000" size="2">Thông báo: Phòng GD&amp;ĐT nhận hồ sơ dự tuyển viên chức giáo viên đến hết ngày 22/12/2026 tại Bộ phận một cửa UBND huyện.</font></marquee></td>
 <td width="220" align="right"><form action="/timkiem.html" method="get" style="margin:0"><input type="text" name="tukhoa" size="15"><input type="submit" value="Tìm"></form></td>
 </tr></table>
</td></tr>
{_menu()}
<tr>
{_left()}
<td valign="top" width="600" style="padding:6px">
{center}
</td>
{_right()}
</tr>
<tr><td colspan="3" bgcolor="#0b4ea2" align="center" style="padding:8px">
<font color="#ffffff" size="1"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU - TỈNH BẮC NINH</b><br>
Địa chỉ: Khu phố Lim, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh<br>
Điện thoại: 0222.3837.215 - Fax: 0222.3837.216 - Email: pgd.tiendu@bacninh.edu.vn<br>
Thiết kế: Tổ Tin học - Phòng GD&amp;ĐT Tiên Du &copy; 2009</font>
</td></tr>
</table>
</body>
</html>"""


# --- article ------------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    if img.style == "alt":
        return (f'<div align="center"><img src="{esc(img.src)}" width="450" border="0" '
                f'alt="Ảnh hoạt động"></div>')
    line = f'<tr><td align="center"><i><font size="2">{esc(img.printed)}</font></i></td></tr>' if img.printed else ""
    return (f'<table align="center" cellpadding="2" cellspacing="0" border="0" width="460">'
            f'<tr><td align="center"><img src="{esc(img.src)}" width="450" border="1"></td></tr>{line}</table>')


def _table_html(rows: list[P]) -> str:
    trs = []
    for i, row in enumerate(rows):
        tag = "b" if i == 0 else "span"
        cells = "".join(f'<td align="center"><{tag}>{text(c.strip())}</{tag}></td>' for c in row.text.split("|"))
        trs.append(f"<tr>{cells}</tr>")
    return f'<table border="1" cellpadding="4" cellspacing="0" align="center" style="border-collapse:collapse">{"".join(trs)}</table>'


def body_html(story: Story) -> str:
    """The text cell: nl2br text (old posts) or FCKeditor paragraphs."""
    fmt = story.opts.get("fmt", "p")
    blocks = list(story.blocks)
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                rows.append(blocks[i])
                i += 1
            out.append(_table_html(rows))
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif fmt == "br":
            if b.style == "1br" and out:
                # a single newline the teacher typed: one <br> inside the paragraph
                out[-1] = out[-1] + "<br>\n" + text(b.text)
            else:
                out.append("&nbsp;&nbsp;&nbsp;&nbsp;" + text(b.text))
        else:
            if b.style == "1br" and out:
                out[-1] = out[-1][: -len("</p>")] + "<br>\n" + text(b.text) + "</p>"
            else:
                out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    if fmt == "br":
        return "\n<br>\n<br>\n".join(out)
    return "\n".join(out)


def _letterhead_top(story: Story) -> str:
    return """<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="45%" align="center"><font size="2">UBND HUYỆN TIÊN DU<br><b><u>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</u></b></font></td>
<td align="center"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></font></td></tr>
<tr><td align="center"><font size="2">Số: 1187/TB-PGDĐT</font></td>
<td align="center"><i><font size="2">Tiên Du, ngày 20 tháng 11 năm 2026</font></i></td></tr>
</table>
<p align="center"><b>THÔNG BÁO</b><br><b>Về việc tuyển dụng viên chức giáo viên năm 2026</b></p>"""


def _letterhead_bottom() -> str:
    return """<table width="100%" border="0"><tr>
<td width="50%" valign="top"><font size="1"><b><i>Nơi nhận:</i></b><br>- UBND huyện (b/c);<br>- Các trường MN, TH, THCS;<br>- Lưu: VT.</font></td>
<td align="center" valign="top"><b>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG</b><br><br><br><br><b>Nguyễn Văn Thắng</b></td>
</tr></table>"""


def _keywords(story: Story) -> str:
    words = ", ".join(["phong giao duc tien du", "pgd tien du", story.slug.replace("-", " "), "bac ninh"])
    return f'<font color="#FFFFFF" size="1">Từ khóa: {esc(words)}</font>'


def _full_text(story: Story) -> str:
    parts = []
    if story.opts.get("letterhead"):
        parts.append(_letterhead_top(story))
    parts.append(body_html(story))
    if story.opts.get("letterhead"):
        parts.append(_letterhead_bottom())
    if story.opts.get("fmt") == "br" and story.opts.get("byline", "").startswith("<b>"):
        # the nl2br posts end with the byline typed as their last line
        parts[-1] += "\n<br>\n<br>\n" + story.opts["byline"]
    elif story.opts.get("byline"):
        parts.append(story.opts["byline"])
    if story.opts.get("source_line"):
        parts.append(story.opts["source_line"])
    if story.opts.get("attach"):
        name = story.opts["attach"].rsplit("/", 1)[-1]
        parts.append(f'<p><img src="/anh/dinhkem.gif" width="16" height="16"> File đính kèm: '
                     f'<a href="{esc(story.opts["attach"])}">{esc(name)}</a></p>')
    return "\n".join(parts)


def _sapo_cell(story: Story) -> str:
    if not (story.summary and story.sapo_outside):
        return ""
    return (f'<tr><td><table width="100%" cellpadding="4" cellspacing="0"><tr>'
            f'<td width="130" valign="top"><img src="/upload/tin/nho/{story.id}.jpg" width="120" height="90" border="1"></td>'
            f'<td valign="top" class="tomtat"><b>{text(story.summary)}</b></td></tr></table></td></tr>')


def _comments(story: Story) -> str:
    rows = "".join(
        f'<tr><td bgcolor="#eef3fa"><b>{esc(name)}</b> <font size="1" color="#808080">({when})</font></td></tr>'
        f"<tr><td>{esc(body)}</td></tr>"
        for name, when, body in story.opts.get("comments", [])
    )
    return f"""<table width="100%" cellpadding="3" cellspacing="0" class="ykien">
<tr><td class="tieude_cm">Ý KIẾN BẠN ĐỌC</td></tr>{rows}
<tr><td><form method="post" action="/tin/gui_ykien.html"><input type="hidden" name="id" value="{story.id}">
Họ tên: <input type="text" name="hoten" size="30"><br><textarea name="noidung" rows="3" cols="60"></textarea><br>
<input type="submit" value="Gửi ý kiến"></form></td></tr></table>"""


def _others(story: Story) -> str:
    # the component takes the category's 3 newest posts, then leaves out the one on screen
    same = [s for s in ORDERED if s.cat == story.cat][:3]
    same = [s for s in same if s.id != story.id]
    rows = "".join(
        f'<tr><td>&#187; <a href="{doc_href(s.id, s.cat)}">{esc(cut(s.title))}</a> '
        f'<font size="1" color="#808080">({dmy(NGAY[s.id])})</font></td></tr>'
        for s in same
    )
    return f'<table width="100%" cellpadding="2"><tr><td class="tieude_cm">CÁC TIN KHÁC</td></tr>{rows}</table>'


def article_center(story: Story) -> str:
    cat_name = CATEGORIES[story.cat]
    return f"""<table width="100%" cellpadding="4" cellspacing="0" border="0" class="khung">
<tr><td class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff" size="3"><b>&raquo; <a href="/"><font color="#ffffff">Trang chủ</font></a> &raquo; <a href="index.html?cm={story.cat}&amp;trang=1"><font color="#ffffff">{esc(cat_name)}</font></a></b></font></td></tr>
<tr><td class="tde"><b><font size="3" color="#003399">{esc(story.title)}</font></b></td></tr>
<tr><td><font size="1" color="#808080">Ngày đăng: {NGAY[story.id]} | Người đăng: quantri | Lượt xem: {story.views()}</font></td></tr>
{_sapo_cell(story)}
<tr><td class="nd" style="text-align:justify;font-size:13px">
{_full_text(story)}
</td></tr>
<tr><td>{_keywords(story)}</td></tr>
<tr><td><font size="1" color="#808080"><i>Cập nhật lần cuối: {perl_localtime(story.opts["updated"])}</i></font></td></tr>
<tr><td align="right"><font size="1">
[<a href="javascript:void(0)" onclick="window.open('doc.html?id={story.id}&amp;in=1','inbai','width=720,height=600,scrollbars=yes')">Bản in</a>]
[<a href="mailto:?subject={esc(story.title)}">Gửi email</a>]
[<a href="javascript:history.back()">Quay lại</a>]
[<a href="#">Lên đầu trang</a>]</font></td></tr>
</table>
{_comments(story)}
{_others(story)}"""


def print_view(story: Story) -> str:
    """``in=1``: the component without the autohandler: no head, no meta charset (trap 2)."""
    sapo = f"<p><b>{text(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    return f"""<body onload="window.print()">
<table width="660" align="center"><tr><td>
<font size="1">{esc(SITE_NAME)}</font><hr>
<b><font size="3">{esc(story.title)}</font></b><br>
<font size="1">Ngày đăng: {NGAY[story.id]}</font>
{sapo}
<div>
{_full_text(story)}
</div>
<hr><font size="1">http://pgdtiendu.edu.vn/tin/doc.html?id={story.id}</font>
</td></tr></table>
</body>"""


def soft_404() -> str:
    return page('<table width="100%"><tr><td class="tieude_cm">THÔNG BÁO</td></tr>'
                '<tr><td align="center"><br><font color="#cc0000"><b>Tin này không tồn tại hoặc đã bị xóa!</b>'
                '</font><br><br><a href="/">Về trang chủ</a></td></tr></table>')


# --- listings -----------------------------------------------------------------------------------


def _snippet(story: Story) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return cut(lead, 150)


def listing_center(cat: str, trang: int, pages: int, items: list[Story]) -> str:
    rows = []
    for s in items:
        rows.append(
            f'<tr><td width="110" valign="top"><a href="{doc_href(s.id, s.cat)}"><img src="/upload/tin/nho/{s.id}.jpg" width="100" height="75" border="1"></a></td>'
            f'<td valign="top"><a href="{doc_href(s.id, s.cat)}" class="tdtin"><b>{esc(cut(s.title))}</b></a> '
            f'<font size="1" color="#808080">({dmy(NGAY[s.id])})</font><br><font size="2">{esc(_snippet(s))}</font></td></tr>'
        )
    options = "".join(
        f'<option value="{n}"{" selected" if n == trang else ""}>{n}</option>' for n in range(1, pages + 1)
    )
    nxt = (f' <a href="javascript:chuyentrang({trang + 1})">Trang sau &raquo;</a>' if trang < pages else "")
    prev = (f'<a href="javascript:chuyentrang({trang - 1})">&laquo; Trang trước</a> ' if trang > 1 else "")
    return f"""<table width="100%" cellpadding="4" cellspacing="0" class="khung">
<tr><td colspan="2" class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff" size="3"><b>&raquo; {esc(CATEGORIES[cat])}</b></font></td></tr>
{''.join(rows)}
<tr><td colspan="2" align="center">
<script type="text/javascript">function chuyentrang(n){{document.fchuyen.trang.value=n;document.fchuyen.submit();}}</script>
<form name="fchuyen" method="get" action="index.html" style="margin:0">
<input type="hidden" name="cm" value="{cat}">
{prev}Trang: <select name="trang" onchange="document.fchuyen.submit()">{options}</select> / {pages}{nxt}
<noscript><input type="submit" value="Xem"></noscript>
</form></td></tr></table>"""


def home_center() -> str:
    nb = []
    for sid in NOI_BAT:
        s = BY_ID[sid]
        # trap 3: the query is built from a Perl hash; its keys come out the other way round
        nb.append(
            f'<td width="33%" valign="top" align="center"><a href="tin/doc.html?cm={s.cat}&amp;id={s.id}">'
            f'<img src="/upload/tin/nho/{s.id}.jpg" width="170" height="120" border="0"></a><br>'
            f'<a href="tin/doc.html?cm={s.cat}&amp;id={s.id}"><b>{esc(cut(s.title))}</b></a></td>'
        )
    new = "".join(
        f'<tr><td><img src="/anh/muiten.gif" width="7" height="7"> <a href="{doc_href(s.id, s.cat, "tin/")}">{esc(cut(s.title))}</a>'
        f' <font size="1" color="#808080">({dmy(NGAY[s.id])})</font></td></tr>'
        for s in ORDERED[:6]
    )
    return f"""<table width="100%" cellpadding="4" cellspacing="0" class="khung">
<tr><td colspan="3" class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>TIN NỔI BẬT</b></font></td></tr>
<tr>{''.join(nb)}</tr></table>
<table width="100%" cellpadding="3" cellspacing="0" class="khung">
<tr><td class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>
{new}
<tr><td align="right"><a href="tin/index.html?cm=tintuc&amp;trang=1">Xem tiếp &raquo;</a></td></tr></table>"""


# --- other pages --------------------------------------------------------------------------------

GIOITHIEU = """<table width="100%" cellpadding="4" class="khung">
<tr><td class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>&raquo; GIỚI THIỆU CHUNG</b></font></td></tr>
<tr><td class="nd">
<p align="center"><img src="/upload/gioithieu/truso.jpg" width="450"><br><i>Trụ sở Phòng GD&amp;ĐT Tiên Du</i></p>
<p>Phòng Giáo dục và Đào tạo huyện Tiên Du là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<p>Toàn huyện hiện có 21 trường mầm non, 19 trường tiểu học và 15 trường THCS công lập với hơn 45.000 học sinh.</p>
<p><b>Lãnh đạo Phòng:</b><br>Trưởng phòng: Hoàng Minh Tuấn<br>Phó Trưởng phòng: Nguyễn Văn Thắng, Lê Văn Tâm</p>
</td></tr></table>"""

LIENHE = """<table width="100%" cellpadding="4" class="khung">
<tr><td class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>&raquo; LIÊN HỆ</b></font></td></tr>
<tr><td>Phòng Giáo dục và Đào tạo huyện Tiên Du<br>Địa chỉ: Khu phố Lim, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh<br>
Điện thoại: 0222.3837.215 - Email: pgd.tiendu@bacninh.edu.vn</td></tr>
<tr><td><form method="post" action="/lienhe.html">Họ tên: <input type="text" name="hoten"><br>
Email: <input type="text" name="email"><br>Nội dung:<br><textarea name="noidung" rows="5" cols="50"></textarea><br>
<input type="submit" value="Gửi"></form></td></tr></table>"""


def vanban_list() -> str:
    rows = "".join(
        f'<tr><td>{esc(v[0])}</td><td>{v[1]}</td><td><a href="chitiet.html?id={i}">{esc(v[2])}</a></td></tr>'
        for i, v in VANBAN.items()
    )
    return f"""<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse" class="khung">
<tr><td colspan="3" class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>&raquo; VĂN BẢN CHỈ ĐẠO</b></font></td></tr>
<tr bgcolor="#e8f0fb"><td><b>Số ký hiệu</b></td><td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td></tr>
{rows}</table>"""


def vanban_detail(vid: int) -> str:
    so, ngay, trichyeu, chucvu, nguoiky, tep = VANBAN[vid]
    return f"""<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse" class="khung">
<tr><td colspan="2" class="tieude_cm" bgcolor="#0b4ea2"><font color="#ffffff"><b>&raquo; <a href="index.html"><font color="#ffffff">Văn bản chỉ đạo</font></a> &raquo; Chi tiết</b></font></td></tr>
<tr><td width="150"><b>Số ký hiệu</b></td><td>{esc(so)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>
<tr><td><b>Trích yếu</b></td><td><b>{esc(trichyeu)}</b></td></tr>
<tr><td><b>Người ký</b></td><td>{esc(chucvu)}: {esc(nguoiky)}</td></tr>
<tr><td><b>File đính kèm</b></td><td><a href="/upload/vanban/{tep}">{tep}</a></td></tr>
</table>"""


# --- routing ------------------------------------------------------------------------------------

_LIST_RE = re.compile(r"^\d+$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if request.method == "POST":
            if path in ("/binhchon.html", "/tin/gui_ykien.html", "/lienhe.html"):
                return _html_response(page("<p><b>Cảm ơn bạn đã gửi ý kiến!</b></p>"))
            return None
        if path in ("/", "/index.html"):
            return _html_response(page(home_center()))
        if path == "/gioithieu.html":
            return _html_response(page(GIOITHIEU))
        if path == "/lienhe.html":
            return _html_response(page(LIENHE))
        if path == "/vanban/index.html":
            return _html_response(page(vanban_list()))
        if path == "/vanban/chitiet.html":
            vid = params.get("id", "")
            if vid.isdigit() and int(vid) in VANBAN:
                return _html_response(page(vanban_detail(int(vid))))
            return None
        if path == "/tin/index.html":
            cat = params.get("cm", "")
            trang = params.get("trang", "1") or "1"
            if cat not in CATEGORIES or not _LIST_RE.match(trang):
                return None
            items = [s for s in ORDERED if s.cat == cat]
            pages = max(1, -(-len(items) // PER_PAGE))
            n = int(trang)
            if not 1 <= n <= pages:
                return None
            chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
            return _html_response(page(listing_center(cat, n, pages, chunk)))
        if path == "/tin/doc.html":
            sid = params.get("id", "")
            if not sid.isdigit():
                return None
            story = BY_ID.get(int(sid))
            if story is None:
                return _html_response(soft_404())  # trap 11: 200 for a deleted post
            if params.get("in") == "1":
                return _html_response(print_view(story))
            return _html_response(page(article_center(story)))
        if path.startswith("/upload/vanban/") and path.endswith((".pdf", ".doc")):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/anh/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    return f"/tin/doc.html?id={story.id}&cm={story.cat}"


def alt_paths(story: Story) -> list[str]:
    alts = [f"/tin/doc.html?id={story.id}&in=1"]
    if story.id in NOI_BAT:
        alts.append(f"/tin/doc.html?cm={story.cat}&id={story.id}")
    if story.id in DOC_NHIEU:
        alts.append(f"/tin/doc.html?id={story.id}&amp;cm={story.cat}")
    return alts


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/gioithieu.html",
    "/lienhe.html",
    "/vanban/chitiet.html?id=95",
    "/vanban/chitiet.html?id=91",
    "/vanban/chitiet.html?id=88",
]
