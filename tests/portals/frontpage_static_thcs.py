"""Trường THCS Kim Đồng (TP Đông Hà, Quảng Trị): a static site made with Microsoft FrontPage 2003.

Platform
--------
A teacher built the site in 2009 with Microsoft FrontPage 2003 and still updates it by hand: there
is no CMS, no database, no server code. Every page is a ``.htm`` file published to an IIS server
with the FrontPage Server Extensions. What that leaves in the markup:

- ``<meta name="GENERATOR" content="Microsoft FrontPage 6.0">``, ``ProgId FrontPage.Editor.Document``
  and ``<meta name="Microsoft Border" content="tl, default">``: the *shared borders* top and left,
  which FrontPage pastes into every page between ``<!--msnavigation-->`` comments as a layout
  table (top row: the banner, the school name, today's date and a FrontPage navigation bar
  ``[ Trang chủ ] [ Giới thiệu ] …``; left cell: the menu "DANH MỤC", "TIN XEM NHIỀU", "LIÊN
  KẾT", a poll posted to ``_vti_bin/shtml.exe`` and the hit counter image
  ``_vti_bin/fpcount.exe/?Page=…`` with "Đang online / Hôm nay / Tổng truy cập").
- Word-ish text pasted from Microsoft Word: ``<p class=MsoNormal>``, ``<span style='font-size:
  13.0pt;font-family:"Times New Roman"'>``, ``<o:p></o:p>``, ``<font face="Times New Roman">``,
  spacer paragraphs ``<p class=MsoNormal>&nbsp;</p>``, long source lines wrapped by FrontPage.
- Links are *relative* (FrontPage rewrites the shared borders for each folder: ``../index.htm``
  inside a folder, ``index.htm`` at the root).
- The ``<title>`` is whatever the teacher left: "New Page 1", an unaccented file-ish name.
- At the bottom of every page the FrontPage timestamp bot: "Trang này được cập nhật lần cuối:
  01/12/2026" (``<!--webbot bot="Timestamp" …-->``): the day the file was saved, never the date of
  an article.
- Encoding: the two old-template pages in ``/tintuc/`` are windows-1258 (tone marks stored as
  combining characters) with ``<meta http-equiv="Content-Type" content="text/html;
  charset=windows-1258">``; every other page is UTF-8 with its meta. The HTTP header never names a
  charset (IIS sends ``Content-Type: text/html``).

URL scheme
----------
File names as the teacher typed them, spaces and Vietnamese letters included, percent-encoded
(UTF-8) in links:

- ``/`` and ``/index.htm``: home (IIS default document): a welcome text and "TIN MỚI CẬP NHẬT",
  the 6 newest items as a bulleted list of links with their dates "(24/11/2026)".
- ``/Tin%20tuc/index.htm``: all news and notices, newest first, 8 items per page;
  ``/Tin%20tuc/trang2.htm``, ``/Tin%20tuc/trang3.htm``, linked "Trang 1 | 2 | 3".
- ``/Thong%20bao/index.htm``: the notices folder, one page.
- Articles: ``/Tin%20tuc/Le%20Khai%20Giang%202026.htm``, ``/Tin%20tuc/H%E1%BB%99i%20thi%20GVDG.htm``
  ("Hội thi GVDG.htm"), ``/Thong%20bao/TB%20nghi%2020-11.htm``, the old numbered folder
  ``/tintuc/tin_so_11.htm``, ``/tintuc/tin_so_12.htm`` (windows-1258).
- Static pages: ``/Gioi%20thieu.htm``, ``/Lien%20he.htm`` (a FrontPage feedback form),
  ``/Thoi%20khoa%20bieu.htm`` (a timetable), ``/Album%20anh.htm`` (a photo gallery).
- Documents linked from the news list: ``.doc``, ``.xls``, ``.pdf`` files.
- The server is Windows: paths are case-insensitive (``/tin%20tuc/INDEX.HTM`` works) and a folder
  answers with its ``index.htm``.

Page template of an article (main cell of the layout table)::

    <p><font size="2">Trang chủ &gt; Tin tức</font></p>            (links: the section)
    <p align="center"><b><font size="4" …>TITLE</font></b></p>
    <p align="center"><i>(Ngày 20 tháng 11 năm 2026)</i></p>   or "Cập nhật: 14/11/2026"
    paragraphs (MsoNormal), <ul>/<ol> lists, bordered data tables
    <p align="center"><img src="images/…"></p><p align="center"><i>caption</i></p>
    <p align="right"><b>Người viết: Lê Thị Hoa</b></p>                 (the signature)
    "Các tin khác:" list, "[Trở về trang chủ] [In trang này] [Lên đầu trang]"

How each gold article is reached
--------------------------------
- The 6 newest (24/11 … 07/11) are on the home list and on ``/Tin%20tuc/index.htm``.
- Chuyên đề Toán 8, Lịch kiểm tra giữa kỳ, Đại hội Liên đội, Hội khỏe Phù Đổng are on
  ``/Tin%20tuc/trang2.htm`` (the notice also on ``/Thong%20bao/index.htm``); the ATGT article
  is only on ``/Tin%20tuc/trang3.htm``.
- The khai giảng article (05/09) is on ``trang3.htm`` as ``Le%20khai%20giang%202026.htm`` and in
  the "TIN XEM NHIỀU" box of the left border (every page) as ``Le%20Khai%20Giang%202026.htm``.
- Notices: home list, news list, ``/Thong%20bao/index.htm``.

Traps
-----
- One article under two spellings of its file name (Windows ignores case): gold path is the
  upper-case form of the left border, ``alt_paths`` holds the lower-case form of the news list;
  the server answers any case of any file.
- Percent-encoded UTF-8 file names (``H%E1%BB%8Dp%20ph%E1%BB%A5%20huynh…``), spaces as ``%20``.
- Two pages in windows-1258 (charset only in the meta, decomposed tone marks).
- "Trang này được cập nhật lần cuối: 01/12/2026" on every page and today's date in the top
  border: neither is an article date. The news list prints the day the file was listed, which for
  the 20/11 article is (21/11/2026): the page's own "(Ngày 20 tháng 11 năm 2026)" is the date.
- ``<title>`` "New Page 1"/unaccented names: the headline is the centred bold line.
- Broken links in the news list (files deleted: 404) and document entries (``.doc``, ``.xls``,
  ``.pdf``) between the articles.
- Static pages printed like articles (centred bold title, MsoNormal text, a signature) but with
  no date line; a gallery with captions; a timetable; a contact page with a form.
- Counters, poll, banner, bullets, "new.gif" icons: layout images and widgets.

Gold decisions
--------------
- title: the centred bold ``font size=4`` line, capitals kept.
- published_at: the date line under the title; "Cập nhật: 22/11/2026 - 15h30" gives the time.
- authors / photographers: the right-aligned signature ("Người viết: X", "GV X" -> X, "Tin, ảnh:
  X" both, "Tin: X - Ảnh: Y", "ThS. X - Tổ trưởng …" -> X, "HIỆU TRƯỞNG" over a bare name -> the
  name, a unit such as "Liên đội", "Tổ Văn phòng", "CLB Nhiếp ảnh" as printed, "BBT" -> nobody).
- source: "Theo Báo Quảng Trị" -> "Báo Quảng Trị".
- summary: the bold italic lead paragraph where the teacher wrote one (also first body paragraph).
- body: paragraphs, sub-headings, list items, table rows (cells joined by " | "); a ``<br>`` in
  a paragraph splits it; captions, signature, date line, "Các tin khác", tools are not body.
- images: photos in order (relative ``images/…`` resolved against the page), caption = the
  centred line under the photo (italic, or bold small, or the caption row of FrontPage's picture
  table), None when nothing is printed.
- category: the section of the "Trang chủ > …" line: "Tin tức" or "Thông báo".
"""

from __future__ import annotations

import posixpath
import textwrap
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "frontpage_static_thcs"
PLATFORM = "Static .htm site made with Microsoft FrontPage 2003 (shared borders), IIS"
START_PATH = "/"

SCHOOL = "TRƯỜNG THCS KIM ĐỒNG"
CATEGORIES = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
CAT_INDEX = {"tin-tuc": "/Tin%20tuc/index.htm", "thong-bao": "/Thong%20bao/index.htm"}
PER_PAGE = 8
UPDATED = "01/12/2026"


def enc(name: str) -> str:
    """The link form of a file name as FrontPage writes it: UTF-8 percent-encoded."""
    return "/" + quote(unicodedata.normalize("NFC", name))


# --- the articles, as the teacher typed them -------------------------------------------------
#
# Story.slug is the file name ("Tin tuc/Hội thi GVDG.htm"). opts: dl (date line as printed),
# list_date (the date in the lists), title_tag, cp (windows-1258 page), ent (FrontPage wrote the
# letters as character references), font ("word" | "font": how paragraphs are marked up), sig
# (raw signature markup is in the blocks), related (slugs of "Các tin khác").
# P styles: "" paragraph, "lead" bold italic lead, "h" bold sub-heading, "li" bullet, "ol"
# numbered, "tr"/"th" table rows (cells " | "), "br" continues the paragraph before after a <br>,
# "quote" blockquote. Img styles: "i" centred italic line next, "b" centred bold small line,
# "tbl" FrontPage picture table with a caption row, "br" caption after <br> in the same <p>,
# "none" nothing printed.

S_KG = "Tin tuc/Le Khai Giang 2026.htm"
S_KG_ALT = "Tin tuc/Le khai giang 2026.htm"
S_GVDG = "Tin tuc/Hội thi GVDG.htm"
S_HKPD = "tintuc/tin_so_11.htm"
S_DHLD = "tintuc/tin_so_12.htm"
S_NG = "Tin tuc/Ngay Nha giao 20-11.htm"
S_TOAN = "Tin tuc/Chuyen de Toan 8.htm"
S_TC = "Tin tuc/Tham quan Thanh co Quang Tri.htm"
S_ATGT = "Tin tuc/An toan giao thong.htm"
S_HSG = "Tin tuc/Hoc sinh gioi cap thanh pho.htm"
S_TBNGHI = "Thong bao/TB nghi 20-11.htm"
S_PHHS = "Thong bao/Họp phụ huynh học kỳ I.htm"
S_KT = "Thong bao/Lich kiem tra giua ky I.htm"

STORIES: list[Story] = [
    Story(
        1,
        S_PHHS,
        "Thông báo họp Cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-24",
        [
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Trường THCS Kim Đồng thông báo "
                "tổ chức họp Cha mẹ học sinh giữa học kỳ I như sau:"
            ),
            P("1. Thời gian: 7 giờ 30 phút, sáng Chủ nhật ngày 29/11/2026.", "h"),
            P(
                "2. Địa điểm: tại các phòng học của lớp (khối 6, 7 học tại dãy nhà A; khối 8, 9 học "
                "tại dãy nhà B)."
            ),
            P("3. Nội dung:", "h"),
            P("Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh.", "li"),
            P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I.", "li"),
            P("Trao đổi về công tác phối hợp giáo dục, an toàn giao thông, phòng chống đuối nước.", "li"),
            P(
                "Đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp vắng "
                "mặt xin liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
            Raw('<p class=MsoNormal align=right style=\'text-align:right\'><b><i>BBT</i></b></p>'),
        ],
        opts={"dl": "ngay", "title_tag": "New Page 1", "related": [S_TBNGHI, S_KT]},
    ),
    Story(
        2,
        S_HSG,
        "Kết quả thi học sinh giỏi văn hóa lớp 9 cấp thành phố năm học 2026 - 2027",
        "tin-tuc",
        "2026-11-22T15:30:00+07:00",
        [
            P(
                "Tại kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp thành phố năm học 2026 - 2027 do "
                "Phòng GD&ĐT thành phố Đông Hà tổ chức, Trường THCS Kim Đồng có 21 em đạt giải, "
                "xếp thứ hai toàn thành phố.",
                "lead",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 17 và 18/11/2026 tại Trường THCS Nguyễn Trãi với 412 "
                "thí sinh của 9 trường THCS dự thi ở 9 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa "
                "học, Sinh học, Lịch sử, Địa lí và Tin học."
            ),
            P(
                "Đội tuyển của trường gồm 27 em, được các thầy cô bồi dưỡng từ đầu tháng 9. Kết quả "
                "cụ thể như sau:"
            ),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 1 | 1 | 2 | 0", "tr"),
            P("Ngữ văn | 0 | 2 | 1 | 1", "tr"),
            P("Tiếng Anh | 2 | 1 | 0 | 1", "tr"),
            P("Vật lí | 0 | 1 | 1 | 1", "tr"),
            P("Tin học | 1 | 0 | 2 | 3", "tr"),
            P(
                "Em Nguyễn Hoàng Bảo Ngọc (lớp 9A) đạt giải Nhất môn Tiếng Anh với số điểm 19,25/20, "
                "cao nhất kỳ thi. Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham gia kỳ thi cấp "
                "tỉnh vào tháng 3/2027."
            ),
            P(
                "Nhà trường biểu dương các em học sinh và các thầy cô giáo bồi dưỡng đội tuyển, đồng "
                "thời cảm ơn sự quan tâm của quý phụ huynh."
            ),
            Raw("<p class=MsoNormal align=right style='text-align:right'><b>Tổ Văn phòng</b></p>"),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Tại kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp thành phố năm học 2026 - 2027 do "
            "Phòng GD&ĐT thành phố Đông Hà tổ chức, Trường THCS Kim Đồng có 21 em đạt giải, "
            "xếp thứ hai toàn thành phố."
        ),
        opts={"dl": "cnt", "title_tag": "Ket qua HSG cap thanh pho", "related": [S_NG, S_GVDG]},
    ),
    Story(
        3,
        S_NG,
        "KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2026)",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Phòng GD&ĐT thành phố Đông Hà, UBND "
                "phường 2, Ban đại diện Cha mẹ học sinh cùng các thầy cô giáo nguyên là cán bộ, giáo "
                "viên của trường qua các thời kỳ.",
                "lead",
            ),
            Img(
                "images/20-11-2026/DSC_0412.JPG",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "i",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ do Liên đội nhà trường dàn dựng với những "
                "ca khúc, điệu múa về mái trường, thầy cô. Tiết mục hợp xướng “Bụi phấn” của lớp 8B "
                "đã để lại nhiều cảm xúc cho thầy cô và các em học sinh."
            ),
            P(
                "Thay mặt tập thể sư phạm, thầy Hoàng Văn Minh - Hiệu trưởng nhà trường ôn lại lịch sử "
                "ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của trường trong năm học "
                "2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 tốt nghiệp THCS; "
                "trường tiếp tục giữ vững danh hiệu Tập thể lao động xuất sắc."
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11, toàn trường đã có 186 tiết dạy tốt, 12 giáo "
                "viên tham gia Hội thi giáo viên dạy giỏi cấp trường, các chi đội đạt hơn 3.500 điểm "
                "10 dâng tặng thầy cô."
            ),
            Img(
                "images/20-11-2026/DSC_0437.JPG",
                "Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng",
                "Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng",
                "i",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và 5 chi đội có thành tích xuất sắc trong đợt thi đua."
            ),
            P("Một số hình ảnh khác của buổi lễ:"),
            Img("images/20-11-2026/DSC_0450.JPG", None, None, "none"),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><b><i>Tin: Lê Thị Hoa - "
                "Ảnh: CLB Nhiếp ảnh</i></b></p>"
            ),
        ],
        authors=["Lê Thị Hoa"],
        photographers=["CLB Nhiếp ảnh"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Phòng GD&ĐT thành phố Đông Hà, UBND "
            "phường 2, Ban đại diện Cha mẹ học sinh cùng các thầy cô giáo nguyên là cán bộ, giáo "
            "viên của trường qua các thời kỳ."
        ),
        opts={
            "dl": "ngay",
            "list_date": "21/11/2026",
            "title_tag": "Ky niem ngay 20-11",
            "related": [S_GVDG, S_TBNGHI],
        },
    ),
    Story(
        4,
        S_TBNGHI,
        "Thông báo lịch nghỉ và các hoạt động nhân ngày 20/11/2026",
        "thong-bao",
        "2026-11-16",
        [
            P(
                "Nhằm tổ chức tốt các hoạt động chào mừng 44 năm Ngày Nhà giáo Việt Nam, nhà trường "
                "thông báo đến cán bộ, giáo viên, nhân viên và học sinh toàn trường như sau:"
            ),
            P("Thứ Năm 19/11/2026: học sinh học bình thường theo thời khóa biểu.", "ol"),
            P(
                "Thứ Sáu 20/11/2026: 7 giờ 00 tổ chức Lễ kỷ niệm tại sân trường; học sinh mặc đồng "
                "phục, đeo khăn quàng đỏ. Sau buổi lễ học sinh được nghỉ học.",
                "ol",
            ),
            P("Thứ Bảy 21/11/2026: học sinh học bù thời khóa biểu ngày thứ Sáu.", "ol"),
            P(
                "Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và phụ huynh qua sổ liên lạc "
                "điện tử."
            ),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><b>HIỆU TRƯỞNG</b></p>\n"
                "<p class=MsoNormal align=right style='text-align:right'>&nbsp;</p>\n"
                "<p class=MsoNormal align=right style='text-align:right'><b>Hoàng Văn Minh</b></p>"
            ),
        ],
        authors=["Hoàng Văn Minh"],
        opts={"dl": "cn", "title_tag": "Thong bao nghi 20-11", "related": [S_PHHS]},
    ),
    Story(
        5,
        S_GVDG,
        "Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "tin-tuc",
        "2026-11-14",
        [
            P(
                "Từ ngày 02/11 đến 13/11/2026, Trường THCS Kim Đồng tổ chức Hội thi Giáo viên dạy giỏi "
                "cấp trường nhằm chào mừng Ngày Nhà giáo Việt Nam và chọn giáo viên tham dự hội thi "
                "cấp thành phố."
            ),
            P(
                "Hội thi có 12 giáo viên thuộc 4 tổ chuyên môn tham gia. Mỗi giáo viên trình bày biện "
                "pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy, trong đó một tiết bốc "
                "thăm bài trước một ngày."
            ),
            Img(
                "images/GVDG%202026/co%20Thuy%20day%20Van.jpg",
                "Cô Nguyễn Thị Thủy trong tiết dạy môn Ngữ văn lớp 7",
                "Cô Nguyễn Thị Thủy trong tiết dạy môn Ngữ văn lớp 7",
                "tbl",
            ),
            P(
                "Ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, vận dụng tốt các phương "
                "pháp, kỹ thuật dạy học tích cực; nhiều giáo viên sử dụng hiệu quả phần mềm và học "
                "liệu số."
            ),
            P("Kết quả, 8 giáo viên được công nhận giáo viên dạy giỏi cấp trường:"),
            P("TT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Nguyễn Thị Thủy | Ngữ văn | Giỏi", "tr"),
            P("2 | Phạm Thị Lan | Toán | Giỏi", "tr"),
            P("3 | Trần Minh Quang | Vật lí | Giỏi", "tr"),
            P("4 | Lê Thị Hoa | Lịch sử và Địa lí | Giỏi", "tr"),
            P("5 | Võ Thị Hồng Nhung | Tiếng Anh | Giỏi", "tr"),
            P("6 | Nguyễn Văn Tuấn | Tin học | Giỏi", "tr"),
            P("7 | Hồ Thị Kim Oanh | Khoa học tự nhiên | Giỏi", "tr"),
            P("8 | Đặng Quốc Việt | Giáo dục thể chất | Giỏi", "tr"),
            P(
                "Nhà trường sẽ chọn 4 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi "
                "cấp thành phố vào tháng 01/2027."
            ),
            Raw("<p align=\"right\"><font face=\"Times New Roman\"><b>GV Nguyễn Văn Tuấn</b></font></p>"),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={"dl": "cn", "title_tag": "New Page 2", "related": [S_NG, S_TOAN]},
    ),
    Story(
        6,
        S_TC,
        "Học sinh khối 9 tham quan, học tập tại Di tích Thành cổ Quảng Trị",
        "tin-tuc",
        "2026-11-07",
        [
            P(
                "Thực hiện kế hoạch giáo dục địa phương và hoạt động trải nghiệm, ngày 06/11/2026, "
                "gần 200 học sinh khối 9 cùng 12 thầy cô giáo đã đến tham quan, học tập tại Khu di "
                "tích Thành cổ Quảng Trị và Nghĩa trang liệt sĩ Quốc gia Đường 9."
            ),
            Img("images/tham%20quan/thanh%20co%201.jpg", None, None, "none"),
            P(
                "Tại Thành cổ, các em được nghe thuyết minh về 81 ngày đêm chiến đấu bảo vệ Thành cổ "
                "mùa hè năm 1972, thắp hương tưởng niệm tại Đài tưởng niệm trung tâm và tham quan "
                "Bảo tàng Thành cổ."
            ),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm báo cáo nhóm về chủ đề “Quảng Trị - "
                "mảnh đất anh hùng” để trình bày trong tiết hoạt động trải nghiệm."
            ),
            P("Em Lê Bảo Trâm, lớp 9C chia sẻ:"),
            P(
                "“Đứng trên mảnh đất nơi các anh đã ngã xuống, em hiểu hơn giá trị của hòa bình và "
                "tự nhủ phải học tập thật tốt.”",
                "quote",
            ),
        ],
        opts={"dl": "ngay", "title_tag": "New Page 1", "font": "font", "related": [S_HSG]},
    ),
    Story(
        7,
        S_TOAN,
        "Sinh hoạt chuyên đề môn Toán lớp 8: Dạy học hợp tác theo nhóm",
        "tin-tuc",
        "2026-10-28",
        [
            P(
                "Chiều ngày 27/10/2026, Tổ Toán - Tin tổ chức sinh hoạt chuyên đề “Dạy học hợp tác "
                "theo nhóm trong môn Toán lớp 8” với tiết dạy minh họa bài “Hình thang cân” tại lớp 8A."
            ),
            P("Mục tiêu của chuyên đề", "h"),
            P("Giúp giáo viên tổ chức hoạt động nhóm hiệu quả, tránh hình thức.", "li"),
            P("Phát triển năng lực giao tiếp và hợp tác, năng lực tư duy toán học của học sinh.", "li"),
            P("Thống nhất cách đánh giá sản phẩm nhóm bằng phiếu tự đánh giá.", "li"),
            P("Nội dung thảo luận", "h"),
            P(
                "Sau tiết dạy, các giáo viên thảo luận về cách chia nhóm, giao nhiệm vụ, thời gian "
                "hoạt động và cách giáo viên hỗ trợ các nhóm gặp khó khăn."
            ),
            P("Tổ thống nhất áp dụng từ tuần 10 ở tất cả các lớp khối 8.", "br"),
            P("Các tiết dạy áp dụng được dự giờ, góp ý trong sinh hoạt tổ hằng tháng.", "br"),
            Img(
                "images/chuyen%20de%20toan%208.jpg",
                "Học sinh lớp 8A thảo luận nhóm",
                "Học sinh lớp 8A thảo luận nhóm",
                "br",
            ),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><b>ThS. Phạm Thị Lan - Tổ "
                "trưởng Tổ Toán - Tin</b></p>"
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"dl": "cn", "title_tag": "Chuyen de Toan 8", "related": [S_GVDG]},
    ),
    Story(
        8,
        S_KT,
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-10-19",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối 6, 7 | Khối 8, 9", "th"),
            P("Thứ Hai 26/10 | Sáng | Ngữ văn (90 phút) | Toán (90 phút)", "tr"),
            P("Thứ Tư 28/10 | Sáng | Toán (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("Thứ Sáu 30/10 | Sáng | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "tr"),
            P("Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ."),
            P(
                "Học sinh có mặt trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ học tập; không "
                "mang điện thoại và tài liệu vào phòng kiểm tra."
            ),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><b>Trần Thị Thu Hà</b> "
                "(Phó Hiệu trưởng)</p>"
            ),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"dl": "ngay", "title_tag": "New Page 3", "related": [S_PHHS]},
    ),
    Story(
        9,
        S_DHLD,
        "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        "tin-tuc",
        "2026-10-17",
        [
            P(
                "Chiều ngày 16/10/2026, Liên đội Trường THCS Kim Đồng tổ chức Đại hội Liên đội nhiệm "
                "kỳ 2026 - 2027 với sự tham dự của 45 đại biểu là chỉ huy các chi đội và đội viên tiêu "
                "biểu."
            ),
            P(
                "Đại hội đã đánh giá kết quả hoạt động năm học 2025 - 2026: Liên đội được Hội đồng Đội "
                "thành phố công nhận Liên đội vững mạnh xuất sắc; phong trào “Kế hoạch nhỏ” thu gom "
                "hơn 2 tấn giấy vụn; 35 đội viên được kết nạp vào Đoàn TNCS Hồ Chí Minh."
            ),
            Img(
                "anh/tin12_1.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "i",
            ),
            P("Chỉ tiêu nhiệm kỳ 2026 - 2027:", "h"),
            P("100% chi đội đăng ký và thực hiện công trình măng non.", "li"),
            P("Duy trì phong trào “Đôi bạn cùng tiến”, giảm tỷ lệ học sinh yếu kém.", "li"),
            P("Tổ chức ít nhất 2 hoạt động về nguồn trong năm học.", "li"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 em; em Trần Ngọc Khánh Linh, lớp 9B được "
                "bầu làm Liên đội trưởng."
            ),
            Raw('<p align="right"><b><font face="Times New Roman">Liên đội</font></b></p>'),
        ],
        authors=["Liên đội"],
        opts={"dl": "ngay", "title_tag": "Dai hoi Lien doi", "cp": True, "related": [S_HKPD]},
    ),
    Story(
        10,
        S_HKPD,
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "tin-tuc",
        "2026-10-10",
        [
            P(
                "Trong hai ngày 08 và 09/10/2026, Trường THCS Kim Đồng tổ chức Hội khỏe Phù Đổng cấp "
                "trường với gần 400 vận động viên tham gia ở các môn điền kinh, bóng đá mini, cầu lông, "
                "bóng bàn và kéo co."
            ),
            Img(
                "anh/tin11_1.jpg",
                "Các cầu thủ nhí tranh tài môn bóng đá mini",
                "Các cầu thủ nhí tranh tài môn bóng đá mini",
                "b",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, đoàn kết, trung thực. Đặc biệt, nội dung kéo co khối 9 "
                "thu hút đông đảo học sinh cổ vũ; lớp 9D giành chiến thắng chung cuộc."
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức trao 48 giải cho các cá nhân và tập thể; lớp 8A đạt "
                "giải Nhất toàn đoàn. Nhà trường chọn 32 vận động viên tham gia Hội khỏe Phù Đổng cấp "
                "thành phố."
            ),
            Img(
                "anh/tin11_2.jpg",
                "Ban tổ chức trao giải cho các vận động viên",
                "Ban tổ chức trao giải cho các vận động viên",
                "i",
            ),
            Raw(
                "<p align=\"right\"><b><font face=\"Times New Roman\">Tin, ảnh: Trần Quốc Bảo</font>"
                "</b></p>"
            ),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={"dl": "cn", "title_tag": "Hoi khoe Phu Dong", "cp": True, "related": [S_DHLD]},
    ),
    Story(
        11,
        S_ATGT,
        "Tuyên truyền pháp luật về an toàn giao thông cho học sinh",
        "tin-tuc",
        "2026-09-24",
        [
            P(
                "Sáng 23/9, Phòng Cảnh sát giao thông Công an tỉnh Quảng Trị phối hợp với Trường THCS "
                "Kim Đồng tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn "
                "800 học sinh của trường."
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ Cảnh sát giao thông đã phổ biến những quy định mới của "
                "Luật Trật tự, an toàn giao thông đường bộ, trong đó nhấn mạnh việc học sinh dưới 16 "
                "tuổi không được điều khiển xe gắn máy, phải đội mũ bảo hiểm đạt chuẩn khi ngồi trên "
                "xe mô tô, xe máy điện."
            ),
            P(
                "Theo thống kê, từ đầu năm 2026 đến nay, trên địa bàn tỉnh xảy ra nhiều vụ tai nạn giao "
                "thông liên quan đến học sinh, nguyên nhân chủ yếu do các em chưa chấp hành đúng quy "
                "định, đi dàn hàng ngang, không đội mũ bảo hiểm."
            ),
            P(
                "Các em học sinh cũng được hướng dẫn kỹ năng đi bộ, đi xe đạp an toàn, cách xử lý khi "
                "gặp tình huống nguy hiểm và tham gia trả lời câu hỏi tìm hiểu luật giao thông có "
                "thưởng."
            ),
            P(
                "Dịp này, Phòng Cảnh sát giao thông trao tặng 50 mũ bảo hiểm cho học sinh có hoàn cảnh "
                "khó khăn của nhà trường."
            ),
            Raw("<p class=MsoNormal align=right style='text-align:right'><i>Theo Báo Quảng Trị</i></p>"),
        ],
        source="Báo Quảng Trị",
        opts={"dl": "ngay", "title_tag": "An toan giao thong", "ent": True, "related": [S_KG]},
    ),
    Story(
        12,
        S_KG,
        "LỄ KHAI GIẢNG NĂM HỌC 2026 - 2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 850 học sinh Trường "
                "THCS Kim Đồng nô nức dự Lễ khai giảng năm học mới 2026 - 2027 trong không khí trang "
                "trọng, vui tươi.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đồng chí Phó Chủ tịch UBND thành phố Đông Hà, đại diện Phòng GD&ĐT "
                "thành phố, Đảng ủy, UBND phường 2 và Ban đại diện Cha mẹ học sinh nhà trường."
            ),
            Img(
                "images/Khai%20giang%20(1).JPG",
                "Học sinh lớp 6 tiến vào lễ đài",
                "Học sinh lớp 6 tiến vào lễ đài",
                "i",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 24 lớp với 862 học sinh, trong đó khối 6 có 6 lớp "
                "với 221 em; đội ngũ có 52 cán bộ, giáo viên, nhân viên, 100% đạt chuẩn và trên chuẩn "
                "về trình độ đào tạo."
            ),
            P(
                "Thầy Hoàng Văn Minh - Hiệu trưởng nhà trường đọc thư của Chủ tịch nước gửi ngành "
                "Giáo dục nhân dịp khai giảng năm học mới và phát động thi đua với chủ đề “Đoàn kết, "
                "kỷ cương, đổi mới, sáng tạo”."
            ),
            P("Nhiệm vụ trọng tâm của năm học", "h"),
            P("Tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp.", "li"),
            P("Nâng cao chất lượng giáo dục mũi nhọn, phấn đấu đạt 25 giải học sinh giỏi cấp thành phố.", "li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý và dạy học.", "li"),
            P("Xây dựng trường học an toàn, thân thiện, không có bạo lực học đường.", "li"),
            Img(
                "images/Khai%20giang%20(2).JPG",
                "Đại biểu đánh trống khai giảng năm học mới",
                "Đại biểu đánh trống khai giảng năm học mới",
                "i",
            ),
            P(
                "Tiếng trống khai trường rộn rã vang lên mở đầu năm học mới với nhiều kỳ vọng. Sau "
                "buổi lễ, các lớp tổ chức sinh hoạt đầu năm và ổn định nề nếp học tập."
            ),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><b>Người viết: Lê Thị Hoa"
                "</b></p>"
            ),
        ],
        authors=["Lê Thị Hoa"],
        summary=(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 850 học sinh Trường "
            "THCS Kim Đồng nô nức dự Lễ khai giảng năm học mới 2026 - 2027 trong không khí trang "
            "trọng, vui tươi."
        ),
        opts={"dl": "ngay", "title_tag": "Le khai giang nam hoc 2026-2027", "related": []},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def story_path(story: Story) -> str:
    return enc(story.slug)


GOLD = []
for _s in STORIES:
    _alts = (enc(S_KG_ALT),) if _s.slug == S_KG else ()
    GOLD.append(gold_record(_s, story_path(_s), CATEGORIES[_s.cat], alt_paths=_alts))

NON_ARTICLES = [
    "/index.htm",
    "/Tin%20tuc/trang2.htm",
    "/Thong%20bao/index.htm",
    "/Gioi%20thieu.htm",
    "/Lien%20he.htm",
    "/Thoi%20khoa%20bieu.htm",
    "/Album%20anh.htm",
]

# --- the news list: articles, documents and dead links, newest first -------------------------
#
# (date printed, title, target, kind): kind "story" (slug), "doc" (a served file), "dead" (404)

DOCS = {
    "Tin tuc/Lich cong tac tuan 12.doc": ("application/msword", b"\xd0\xcf\x11\xe0 doc"),
    "Tin tuc/Kế hoạch tháng 11.doc": ("application/msword", b"\xd0\xcf\x11\xe0 doc"),
    "Tin tuc/Lich cong tac tuan 10.doc": ("application/msword", b"\xd0\xcf\x11\xe0 doc"),
    "Tin tuc/KH kiem tra noi bo.doc": ("application/msword", b"\xd0\xcf\x11\xe0 doc"),
    "Tin tuc/KH Hoi khoe Phu Dong.pdf": ("application/pdf", PDF),
    "Tin tuc/Thu moi Hoi nghi CBVC.pdf": ("application/pdf", PDF),
    "Tin tuc/Danh sach lop 6 nam hoc 2026-2027.xls": ("application/vnd.ms-excel", b"\xd0\xcf xls"),
}

NEWS_LIST: list[tuple[str, str, str, str]] = [
    ("24/11/2026", "", S_PHHS, "story"),
    ("22/11/2026", "", S_HSG, "story"),
    ("21/11/2026", "", S_NG, "story"),
    ("18/11/2026", "Lịch công tác tuần 12 (tải về)", "Tin tuc/Lich cong tac tuan 12.doc", "doc"),
    ("16/11/2026", "", S_TBNGHI, "story"),
    ("14/11/2026", "", S_GVDG, "story"),
    ("07/11/2026", "", S_TC, "story"),
    ("02/11/2026", "Kế hoạch công tác tháng 11 (tải về)", "Tin tuc/Kế hoạch tháng 11.doc", "doc"),
    ("28/10/2026", "", S_TOAN, "story"),
    ("26/10/2026", "Lịch công tác tuần 10 (tải về)", "Tin tuc/Lich cong tac tuan 10.doc", "doc"),
    ("19/10/2026", "", S_KT, "story"),
    ("17/10/2026", "", S_DHLD, "story"),
    ("12/10/2026", "Kế hoạch kiểm tra nội bộ năm học 2026 - 2027", "Tin tuc/KH kiem tra noi bo.doc", "doc"),
    ("10/10/2026", "", S_HKPD, "story"),
    ("01/10/2026", "Kế hoạch tổ chức Hội khỏe Phù Đổng", "Tin tuc/KH Hoi khoe Phu Dong.pdf", "doc"),
    ("26/09/2026", "Thư mời dự Hội nghị CB-VC (bản PDF)", "Tin tuc/Thu moi Hoi nghi CBVC.pdf", "doc"),
    ("24/09/2026", "", S_ATGT, "story"),
    ("20/09/2026", "Hội nghị cán bộ, viên chức năm học 2026 - 2027", "Tin tuc/Hoi nghi CBVC.htm", "dead"),
    ("05/09/2026", "Lễ khai giảng năm học 2026 - 2027", S_KG_ALT, "alt"),
    ("25/08/2026", "Học sinh tựu trường năm học mới", "Tin tuc/Tuu truong 2026.htm", "dead"),
    ("20/08/2026", "Danh sách lớp 6 năm học 2026 - 2027", "Tin tuc/Danh sach lop 6 nam hoc 2026-2027.xls", "doc"),
    ("15/07/2026", "Kết quả tuyển sinh vào lớp 6", "tintuc/tin_so_9.htm", "dead"),
    ("28/05/2026", "Tổng kết năm học 2025 - 2026", "tintuc/tin_so_8.htm", "dead"),
]
NEWS_PAGES = ["/Tin%20tuc/index.htm", "/Tin%20tuc/trang2.htm", "/Tin%20tuc/trang3.htm"]

#: the "TIN XEM NHIỀU" box of the left border: the teacher's own short labels
MOST_READ = {
    S_KG: "Lễ khai giảng năm học 2026 - 2027",
    S_NG: "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    S_HSG: "21 học sinh đạt giải HSG cấp thành phố",
}


# --- printing -------------------------------------------------------------------------------


def rel(page: str, target: str) -> str:
    """A link from ``page`` to ``target`` (both encoded absolute paths), as FrontPage writes it."""
    base = posixpath.dirname(page) or "/"
    out = posixpath.relpath(target, base)
    return out


def story_text(story: Story, value: str) -> str:
    """Escaped text, long lines broken at spaces as FrontPage 2003 reformats its source."""
    escaped = text(value, entities=2) if story.opts.get("ent") else text(value)
    return "\n".join(textwrap.wrap(escaped, 92, break_long_words=False, break_on_hyphens=False))


def date_line(story: Story) -> str:
    date = story.published_at[:10]
    y, m, d = (int(x) for x in date.split("-"))
    form = story.opts["dl"]
    if form == "ngay":
        return (
            f'<p align="center"><i><font face="Times New Roman" size="3">(Ngày {d:02d} tháng {m} năm '
            f"{y})</font></i></p>"
        )
    line = f"Cập nhật: {d:02d}/{m:02d}/{y}"
    if form == "cnt":
        hh, mm = story.published_at[11:13], story.published_at[14:16]
        line += f" - {int(hh)}h{mm}"
    return (
        f'<p align="center"><font face="Arial" size="2" color="#808080">{line}</font></p>'
    )


def para(story: Story, value: str, style: str = "") -> str:
    body = story_text(story, value)
    if style == "lead":
        return (
            "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><b><i><span "
            f"style='font-size:13.0pt;font-family:\"Times New Roman\"'>{body}</span></i></b></p>"
        )
    if style == "h":
        return (
            "<p class=MsoNormal style='text-align:justify'><b><span style='font-size:13.0pt;"
            f"font-family:\"Times New Roman\"'>{body}<o:p></o:p></span></b></p>"
        )
    if style == "quote":
        return (
            f'<blockquote><p class=MsoNormal><i><font face="Times New Roman">{body}</font></i></p>'
            "</blockquote>"
        )
    if story.opts.get("font") == "font":
        return f'<p style="text-align: justify"><font face="Times New Roman" size="3">{body}</font></p>'
    return (
        "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span "
        f"style='font-size:13.0pt;font-family:\"Times New Roman\"'>{body}<o:p></o:p></span></p>"
    )


def image(img: Img, story: Story) -> str:
    tag = f'<img border="0" src="{esc(img.src)}" width="450" height="300">'
    cap = story_text(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<div align="center">\n<table border="0" cellpadding="2" cellspacing="0" width="460">\n'
            f'<tr><td align="center">{tag}</td></tr>\n'
            f'<tr><td align="center"><font size="2" face="Arial">{cap}</font></td></tr>\n'
            "</table>\n</div>"
        )
    if img.style == "br":
        return f'<p align="center">{tag}<br>\n<i><font size="2">{cap}</font></i></p>'
    out = f'<p align="center">{tag}</p>'
    if img.style == "i":
        out += f'\n<p align="center"><i><font face="Times New Roman" size="2">{cap}</font></i></p>'
    elif img.style == "b":
        out += f'\n<p align="center"><b><font face="Arial" size="2">{cap}</font></b></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    i = 0
    blocks = story.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(image(b, story))
            i += 1
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(
                    f'  <li><font face="Times New Roman" size="3">{story_text(story, blocks[i].text)}'
                    "</font></li>"
                )
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                bold = blocks[i].style == "th"
                tds = "".join(
                    "<td style='border:solid windowtext 1.0pt;padding:0in 5.4pt'>"
                    "<p class=MsoNormal align=center style='text-align:center'>"
                    + ("<b>" if bold else "")
                    + f"<span style='font-size:12.0pt'>{story_text(story, c)}</span>"
                    + ("</b>" if bold else "")
                    + "</p></td>"
                    for c in cells
                )
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                "<div align=center>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                "style='border-collapse:collapse;border:none'>\n" + "\n".join(rows) + "\n</table>\n</div>"
            )
        else:
            # a paragraph, with the "br" paragraphs after it inside the same <p>
            lines = [b.text]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(blocks[i].text)
                i += 1
            if len(lines) == 1:
                out.append(para(story, b.text, b.style))
            else:
                joined = "<br>\n".join(story_text(story, x) for x in lines)
                out.append(
                    "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span "
                    f"style='font-size:13.0pt;font-family:\"Times New Roman\"'>{joined}</span></p>"
                )
        if i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style != "br" and story.id % 2:
            # Word's empty paragraphs between blocks, in some of the pasted texts
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def list_date(story: Story) -> str:
    if story.opts.get("list_date"):
        return story.opts["list_date"]
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def nav_bar(page: str) -> str:
    """FrontPage's navigation bar bot in the top border."""
    items = [
        ("Trang chủ", "/index.htm"),
        ("Giới thiệu", "/Gioi%20thieu.htm"),
        ("Tin tức", "/Tin%20tuc/index.htm"),
        ("Thông báo", "/Thong%20bao/index.htm"),
        ("Thời khóa biểu", "/Thoi%20khoa%20bieu.htm"),
        ("Album ảnh", "/Album%20anh.htm"),
        ("Liên hệ", "/Lien%20he.htm"),
    ]
    links = " ".join(
        f'<nobr>[&nbsp;<a href="{rel(page, t)}">{label.replace(" ", "&nbsp;")}</a>&nbsp;]</nobr>'
        for label, t in items
    )
    return (
        '<!--webbot bot="Navigation" S-Type="top" S-Orientation="horizontal" S-Rendering="text" '
        f"B-Include-Home=\"TRUE\" B-Include-Up=\"FALSE\" startspan -->{links}"
        '<!--webbot bot="Navigation" i-checksum="40716" endspan -->'
    )


def top_border(page: str) -> str:
    return f"""<table border="0" width="100%" cellspacing="0" cellpadding="0">
  <tr>
    <td width="100%" colspan="2" bgcolor="#FFFFFF">
    <table border="0" width="100%" cellspacing="0" cellpadding="0" background="{rel(page, '/_borders/nen_banner.jpg')}">
      <tr>
        <td width="130"><img border="0" src="{rel(page, '/images/logo_kimdong.gif')}" width="110" height="110" alt="Logo Truong THCS Kim Dong"></td>
        <td><p align="center"><font face="Arial" size="3" color="#FFFFFF"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÔNG HÀ</b></font><br>
        <font face="Times New Roman" size="6" color="#FFFF00"><b>{SCHOOL}</b></font><br>
        <font face="Arial" size="2" color="#FFFFFF"><i>Dạy tốt - Học tốt - Rèn luyện tốt</i></font></td>
      </tr>
    </table>
    <table border="0" width="100%" cellspacing="0" cellpadding="2" bgcolor="#0066CC">
      <tr>
        <td width="260"><font face="Arial" size="2" color="#FFFFFF">{TODAY}</font></td>
        <td><marquee scrolldelay="120"><font face="Arial" size="2" color="#FFFF00">Chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 *** Nhiệt liệt chào mừng năm học mới 2026 - 2027</font></marquee></td>
      </tr>
    </table>
    <p align="center"><font face="Arial" size="2">{nav_bar(page)}</font></p>
    </td>
  </tr>
</table>"""


def box(title: str, inner: str) -> str:
    return f"""<table border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse" bordercolor="#0066CC" width="185">
  <tr><td bgcolor="#0066CC"><b><font face="Arial" size="2" color="#FFFFFF">{title}</font></b></td></tr>
  <tr><td><font face="Arial" size="2">{inner}</font></td></tr>
</table>
<p style="margin-top: 0; margin-bottom: 0">&nbsp;</p>"""


def left_border(page: str) -> str:
    bullet = f'<img border="0" src="{rel(page, "/images/bullet.gif")}" width="9" height="9">'
    menu = [
        ("Trang chủ", "/index.htm"),
        ("Giới thiệu trường", "/Gioi%20thieu.htm"),
        ("Tin tức - Sự kiện", "/Tin%20tuc/index.htm"),
        ("Thông báo", "/Thong%20bao/index.htm"),
        ("Thời khóa biểu", "/Thoi%20khoa%20bieu.htm"),
        ("Album ảnh", "/Album%20anh.htm"),
        ("Liên hệ", "/Lien%20he.htm"),
    ]
    menu_html = "<br>\n".join(f'{bullet} <a href="{rel(page, t)}">{label}</a>' for label, t in menu)
    most = "<br>\n".join(
        f'{bullet} <a href="{rel(page, enc(s))}">{esc(label)}</a>' for s, label in MOST_READ.items()
    )
    links = "<br>\n".join(
        f'{bullet} <a href="{u}" target="_blank">{label}</a>'
        for label, u in [
            ("Bộ Giáo dục và Đào tạo", "http://www.moet.gov.vn"),
            ("Sở GD&amp;ĐT Quảng Trị", "http://quangtri.edu.vn"),
            ("Phòng GD&amp;ĐT Đông Hà", "http://pgddongha.edu.vn"),
            ("Trường học kết nối", "http://truongtructuyen.vn"),
        ]
    )
    poll = f"""Bạn thấy trang web của trường thế nào?
<form method="POST" action="{rel(page, '/_vti_bin/shtml.exe/index.htm')}" webbot-action="--WEBBOT-SELF--">
<!--webbot bot="SaveResults" U-File="../_private/form_results.csv" S-Format="TEXT/CSV" S-Label-Fields="TRUE" startspan --><input TYPE="hidden" NAME="VTI-GROUP" VALUE="0"><!--webbot bot="SaveResults" i-checksum="43374" endspan -->
<input type="radio" value="Rat hay" checked name="R1">Rất hay<br>
<input type="radio" value="Hay" name="R1">Hay<br>
<input type="radio" value="Binh thuong" name="R1">Bình thường<br>
<input type="submit" value="Bình chọn" name="B1"></form>"""
    counter = f"""<p align="center"><img src="{rel(page, '/_vti_bin/fpcount.exe/')}?Page={page.lstrip('/')}|Image=4|Digits=6" alt="Hit Counter"></p>
Đang online: 3<br>
Hôm nay: 127<br>
Tổng truy cập: 245.310"""
    return "\n".join(
        [
            box("DANH MỤC", menu_html),
            box("TIN XEM NHIỀU", most),
            box("LIÊN KẾT", links),
            box("THĂM DÒ Ý KIẾN", poll),
            box("THỐNG KÊ TRUY CẬP", counter),
        ]
    )


FOOTER = f"""<hr color="#0066CC" size="1">
<p align="center"><font face="Arial" size="2"><b>{SCHOOL}</b><br>
Địa chỉ: 45 Lê Lợi, phường 2, thành phố Đông Hà, tỉnh Quảng Trị<br>
Điện thoại: (0233) 3852 417 - Email: thcskimdong.dongha@quangtri.edu.vn<br>
Thiết kế: Tổ Tin học - Xem tốt nhất với độ phân giải 1024 x 768<br>
Trang này được cập nhật lần cuối: <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%Y" startspan -->{UPDATED}<!--webbot bot="Timestamp" i-checksum="12460" endspan --></font></p>"""


def page_html(page: str, title_tag: str, main: str, cp: bool = False) -> bytes:
    charset = "windows-1258" if cp else "utf-8"
    doc = f"""<html>

<head>
<meta http-equiv="Content-Language" content="vi">
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{esc(title_tag)}</title>
<meta name="Microsoft Theme" content="none, default">
<meta name="Microsoft Border" content="tl, default">
</head>

<body topmargin="0" leftmargin="0" bgcolor="#E8F0F8"><a name="top"></a><!--msnavigation-->{top_border(page)}
<!--msnavigation--><table dir="ltr" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" width="1%">
{left_border(page)}
</td><td valign="top" width="24"></td><!--msnavigation--><td valign="top">

{main}

{FOOTER}
<!--msnavigation--></td></tr><!--msnavigation--></table></body>

</html>
"""
    return cp1258_bytes(doc) if cp else doc.encode("utf-8")


def respond_html(data: bytes) -> Response:
    # IIS 6 serving static .htm: no charset in the header
    return html(data, charset=None, headers={"Server": "Microsoft-IIS/6.0", "X-Powered-By": "ASP.NET"})


def article_page(story: Story) -> Response:
    # a static file: the same bytes whatever case the request spells its name in
    page = story_path(story)
    cat_name = CATEGORIES[story.cat]
    crumbs = (
        f'<p><font face="Arial" size="2"><a href="{rel(page, "/index.htm")}">Trang chủ</a> &gt; '
        f'<a href="{rel(page, CAT_INDEX[story.cat])}">{cat_name}</a></font></p>'
    )
    title = (
        '<p align="center"><b><font size="4" face="Times New Roman" color="#003399">'
        f"{story_text(story, story.title)}</font></b></p>"
    )
    related = ""
    if story.opts.get("related"):
        items = "\n".join(
            f'  <li><font face="Arial" size="2"><a href="{rel(page, enc(s))}">{esc(BY_SLUG[s].title)}</a>'
            f" ({list_date(BY_SLUG[s])})</font></li>"
            for s in story.opts["related"]
        )
        related = f'<p class=MsoNormal><b><u><font face="Arial" size="2">Các tin khác:</font></u></b></p>\n<ul>\n{items}\n</ul>'
    tools = (
        f'<p align="center"><font face="Arial" size="2"><a href="{rel(page, "/index.htm")}">[Trở về trang '
        'chủ]</a>&nbsp;&nbsp; <a href="javascript:window.print()">[In trang này]</a>&nbsp;&nbsp; '
        '<a href="#top">[Lên đầu trang]</a></font></p>'
    )
    main = "\n".join(
        [crumbs, title, date_line(story), "<p class=MsoNormal>&nbsp;</p>", render_blocks(story),
         "<p>&nbsp;</p>", related, tools]
    )
    return respond_html(page_html(page, story.opts["title_tag"], main, cp=bool(story.opts.get("cp"))))


def new_icon(page: str) -> str:
    return f' <img border="0" src="{rel(page, "/images/new.gif")}" width="28" height="11">'


def news_item(page: str, entry: tuple[str, str, str, str], newest: bool = False) -> str:
    date, label, target, kind = entry
    if kind == "story":
        label = BY_SLUG[target].title
    icon = ""
    if kind == "doc":
        icon = f'<img border="0" src="{rel(page, "/images/icon_doc.gif")}" width="16" height="16"> '
    return (
        f'  <li><font face="Arial" size="2">{icon}<a href="{rel(page, enc(target))}">{esc(label)}</a> '
        f'<font color="#808080">({date})</font>{new_icon(page) if newest else ""}</font></li>'
    )


def news_page(n: int) -> Response:
    page = NEWS_PAGES[n - 1]
    chunk = NEWS_LIST[(n - 1) * PER_PAGE : n * PER_PAGE]
    items = "\n".join(news_item(page, e, newest=(n == 1 and i < 3)) for i, e in enumerate(chunk))
    pager = " | ".join(
        str(k) if k == n else f'<a href="{rel(page, NEWS_PAGES[k - 1])}">{k}</a>'
        for k in range(1, len(NEWS_PAGES) + 1)
    )
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">TIN TỨC - SỰ KIỆN</font></b></p>
<ul>
{items}
</ul>
<p align="center"><font face="Arial" size="2">Trang {pager}</font></p>"""
    return respond_html(page_html(page, "Tin tuc", main))


def notices_page() -> Response:
    page = "/Thong%20bao/index.htm"
    stories = sorted((s for s in STORIES if s.cat == "thong-bao"), key=lambda s: s.published_at, reverse=True)
    items = "\n".join(
        f'  <li><font face="Arial" size="2"><a href="{rel(page, enc(s.slug))}">{esc(s.title)}</a> '
        f"({list_date(s)})</font></li>"
        for s in stories
    )
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">THÔNG BÁO</font></b></p>
<ul>
{items}
</ul>
<p><font face="Arial" size="2">Xem các thông báo cũ hơn tại mục <a href="{rel(page, NEWS_PAGES[0])}">Tin tức</a>.</font></p>"""
    return respond_html(page_html(page, "Thong bao", main))


def home_page() -> Response:
    page = "/index.htm"
    newest = [e for e in NEWS_LIST if e[3] == "story"][:6]
    items = "\n".join(news_item(page, e, newest=i < 2) for i, e in enumerate(newest))
    main = f"""<p align="center"><b><font size="5" face="Times New Roman" color="#CC0000">CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE TRƯỜNG THCS KIM ĐỒNG</font></b></p>
<p class=MsoNormal style='text-align:justify'><span style='font-size:13.0pt;font-family:"Times New Roman"'>Trường THCS Kim Đồng được thành lập năm 1976, đạt chuẩn quốc gia mức độ 2. Trang web là nơi cập nhật thông tin hoạt động của nhà trường tới phụ huynh và học sinh.</span></p>
<table border="0" width="100%" cellpadding="4"><tr>
<td valign="top" width="62%">
<p><b><font face="Arial" size="3" color="#003399">TIN MỚI CẬP NHẬT</font></b></p>
<ul>
{items}
</ul>
<p align="right"><font face="Arial" size="2"><a href="{rel(page, NEWS_PAGES[0])}">Xem tất cả tin &gt;&gt;</a></font></p>
</td>
<td valign="top">
<p align="center"><img border="0" src="images/anh_truong.jpg" width="220" height="160"><br>
<font size="2" face="Arial"><i>Toàn cảnh Trường THCS Kim Đồng</i></font></p>
<p align="center"><a href="{rel(page, '/Album%20anh.htm')}"><img border="0" src="images/banner_album.gif" width="200" height="60" alt="Album anh"></a></p>
</td></tr></table>"""
    return respond_html(page_html(page, "Truong THCS Kim Dong - Dong Ha - Quang Tri", main))


def static_page(page: str, title_tag: str, main: str) -> Response:
    return respond_html(page_html(page, title_tag, main))


def gioi_thieu() -> Response:
    page = "/Gioi%20thieu.htm"
    paras = [
        "Trường THCS Kim Đồng được thành lập ngày 15/8/1976, tiền thân là Trường cấp II Đông Hà. "
        "Trải qua gần 50 năm xây dựng và trưởng thành, trường đã trở thành một trong những đơn vị "
        "dẫn đầu phong trào thi đua của ngành giáo dục thành phố Đông Hà.",
        "Năm 2015, trường được công nhận đạt chuẩn quốc gia; năm 2022 được công nhận đạt chuẩn "
        "quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        "Hiện nay trường có 24 lớp với 862 học sinh, 52 cán bộ, giáo viên, nhân viên. Cơ sở vật chất "
        "gồm 24 phòng học, 8 phòng bộ môn, thư viện đạt chuẩn và nhà đa năng.",
        "Ban giám hiệu: Hiệu trưởng: thầy Hoàng Văn Minh; Phó Hiệu trưởng: cô Trần Thị Thu Hà, "
        "thầy Nguyễn Đức Thắng.",
    ]
    body = "\n".join(
        "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span style='font-size:13.0pt;"
        f"font-family:\"Times New Roman\"'>{esc(p)}<o:p></o:p></span></p>"
        for p in paras
    )
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">GIỚI THIỆU TRƯỜNG THCS KIM ĐỒNG</font></b></p>
<p align="center"><img border="0" src="images/anh_truong.jpg" width="450" height="300"></p>
<p align="center"><i><font face="Times New Roman" size="2">Cổng trường THCS Kim Đồng</font></i></p>
{body}
<p class=MsoNormal align=right style='text-align:right'><b>Ban Giám hiệu</b></p>
<p align="center"><font face="Arial" size="2"><a href="index.htm">[Trở về trang chủ]</a></font></p>"""
    return static_page(page, "Gioi thieu", main)


def lien_he() -> Response:
    page = "/Lien%20he.htm"
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">LIÊN HỆ</font></b></p>
<p class=MsoNormal><span style='font-size:13.0pt'>{SCHOOL}</span></p>
<p class=MsoNormal><span style='font-size:13.0pt'>Địa chỉ: 45 Lê Lợi, phường 2, thành phố Đông Hà, tỉnh Quảng Trị</span></p>
<p class=MsoNormal><span style='font-size:13.0pt'>Điện thoại văn phòng: (0233) 3852 417 - Hiệu trưởng: 0914 226 318</span></p>
<p class=MsoNormal><span style='font-size:13.0pt'>Email: <a href="mailto:thcskimdong.dongha@quangtri.edu.vn">thcskimdong.dongha@quangtri.edu.vn</a></span></p>
<p class=MsoNormal>&nbsp;</p>
<p><b><font face="Arial" size="2">Gửi ý kiến góp ý cho nhà trường:</font></b></p>
<form method="POST" action="_vti_bin/shtml.exe/Lien%20he.htm" webbot-action="--WEBBOT-SELF--">
<!--webbot bot="SaveResults" U-File="_private/gopy.htm" S-Format="HTML/DL" B-Label-Fields="TRUE" startspan --><input TYPE="hidden" NAME="VTI-GROUP" VALUE="1"><!--webbot bot="SaveResults" i-checksum="43406" endspan -->
<p><font face="Arial" size="2">Họ tên: <input type="text" name="HoTen" size="30"><br>
Email: <input type="text" name="Email" size="30"><br>
Nội dung:<br><textarea rows="5" name="NoiDung" cols="45"></textarea><br>
<input type="submit" value="Gửi" name="B1"><input type="reset" value="Nhập lại" name="B2"></font></p>
</form>"""
    return static_page(page, "Lien he", main)


TIMETABLE = [
    ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"),
    ("1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Toán"),
    ("2", "Toán", "Ngữ văn", "Toán", "Lịch sử và Địa lí", "Ngữ văn", "Tin học"),
    ("3", "Ngữ văn", "KHTN", "Tiếng Anh", "Toán", "GDCD", "HĐTN"),
    ("4", "Tiếng Anh", "GDTC", "KHTN", "Ngữ văn", "Công nghệ", "Sinh hoạt lớp"),
]


def thoi_khoa_bieu() -> Response:
    page = "/Thoi%20khoa%20bieu.htm"
    rows = "\n".join(
        "<tr>" + "".join(f'<td align="center"><font size="2">{c}</font></td>' for c in r) + "</tr>"
        for r in TIMETABLE
    )
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">THỜI KHÓA BIỂU HỌC KỲ I - LỚP 8A</font></b></p>
<p align="center"><i>(Áp dụng từ ngày 09/11/2026)</i></p>
<div align="center"><table border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse">
{rows}
</table></div>
<p><font face="Arial" size="2">Thời khóa biểu các lớp khác: <a href="Tin%20tuc/Lich%20cong%20tac%20tuan%2012.doc">tải về (Word)</a></font></p>"""
    return static_page(page, "New Page 4", main)


ALBUM = [
    ("images/album/khaigiang_01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("images/album/hkpd_03.jpg", "Hội khỏe Phù Đổng cấp trường"),
    ("images/album/2011_07.jpg", "Kỷ niệm ngày 20/11"),
    ("images/album/thanhco_02.jpg", "Tham quan Thành cổ Quảng Trị"),
]


def album() -> Response:
    page = "/Album%20anh.htm"
    cells = "\n".join(
        f'<td align="center" valign="top"><img border="0" src="{src}" width="200" height="150"><br>'
        f'<font face="Arial" size="2"><i>{cap}</i></font></td>'
        for src, cap in ALBUM
    )
    main = f"""<p align="center"><b><font size="4" face="Times New Roman" color="#003399">ALBUM ẢNH HOẠT ĐỘNG</font></b></p>
<p align="center"><font face="Arial" size="2" color="#808080">(Cập nhật 15/11/2026)</font></p>
<div align="center"><table border="0" cellpadding="6"><tr>
{cells}
</tr></table></div>"""
    return static_page(page, "Album anh", main)


def doc_file(slug: str) -> Response:
    ctype, data = DOCS[slug]
    return Response(200, data, {"Content-Type": ctype, "Server": "Microsoft-IIS/6.0"})


def poll_answer() -> Response:
    main = (
        '<p align="center"><b><font face="Arial" size="3">Cảm ơn bạn đã gửi ý kiến!</font></b></p>\n'
        '<p align="center"><font face="Arial" size="2"><a href="/index.htm">Trở về trang chủ</a></font></p>'
    )
    return respond_html(page_html("/_vti_bin/shtml.exe/index.htm", "Form Confirmation", main))


def key(path: str) -> str:
    """How IIS finds a file: percent-decoded, case-insensitive."""
    return unicodedata.normalize("NFC", unquote(path, errors="replace")).lower()


class FrontPageSite:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {
            "/": home_page,
            "/index.htm": home_page,
            "/tin tuc/": lambda: news_page(1),
            "/tin tuc/index.htm": lambda: news_page(1),
            "/tin tuc/trang2.htm": lambda: news_page(2),
            "/tin tuc/trang3.htm": lambda: news_page(3),
            "/thong bao/": notices_page,
            "/thong bao/index.htm": notices_page,
            "/gioi thieu.htm": gioi_thieu,
            "/lien he.htm": lien_he,
            "/thoi khoa bieu.htm": thoi_khoa_bieu,
            "/album anh.htm": album,
        }
        for story in STORIES:
            self.routes[key(enc(story.slug))] = story
        for slug in DOCS:
            self.routes[key(enc(slug))] = slug

    def respond(self, request: Request) -> Response | None:
        k = key(request.path)
        if k.startswith("/_vti_bin/"):
            if k.startswith("/_vti_bin/fpcount.exe"):
                return static_file("counter.gif")
            if k.startswith("/_vti_bin/shtml.exe") and request.method == "POST":
                return poll_answer()
            return None
        route = self.routes.get(k)
        if route is None:
            return static_file(request.path)
        if isinstance(route, Story):
            return article_page(route)
        if isinstance(route, str):
            return doc_file(route)
        return route()


def build_site() -> FrontPageSite:
    return FrontPageSite()
