"""Trường THCS Nguyễn Văn Trỗi, thành phố Cà Mau: a home-made Bottle + SimpleTemplate + SQLite site.

Platform
--------
The school's IT teacher wrote the site himself on the Bottle micro-framework (wsgiref server,
``Server: WSGIServer/0.2 CPython/3.11``), with SimpleTemplate views and one SQLite file. The CSS is
a dozen lines; the page is a three-column ``<table>`` (menu-left / content / sidebar-right), the way
he learnt it. Articles written before he added TinyMCE are stored as plain text with his own tiny
markup (``## heading``, ``[anh:file|caption]``) and rendered line by line with ``<br>``; the newer
ones are stored as editor HTML (``<p>``, ``<table>``, relative ``../static/...`` image paths).

URL scheme
----------
- ``/``                       home: "Tin nổi bật" marquee, "Tin mới nhất" (5 newest), sidebars
- ``/bai/<id>``               an article (Bottle's ``<id:int>`` route: ``/bai/041`` is the same row)
- ``/bai/<id>?in=1``          print view of the same article
- ``/muc/<slug>``             a section listing, 3 rows a page; ``?trang=<N>`` page N
- ``/trang/<slug>``           static pages (giới thiệu, đội ngũ, thời khóa biểu, liên hệ)
- ``/tim?q=``                 search (GET form in the header)
- ``/static/...``             images, the stylesheet, attached PDFs
- ``/bai/<id>/binhluan``      the comment form's POST target (GET answers Bottle's 405)
Anything else: Bottle's own "Error: 404 Not Found" page with status 404 (trailing slashes too:
Bottle routes are strict, ``/bai/41/`` is a 404).

Page templates
--------------
- layout.tpl: banner ``<h1>`` with the school's name, today's date "Thứ Bảy, 05/12/2026", search
  form, the drop-down menu (``<ul id="mn">``), a ``<marquee>`` of featured posts, the 3-column
  table, footer with address/phone/email and a visitor counter.
- bai.tpl: breadcrumb, headline in a ``<td class="td_tde">`` with ``<font size="4"><b>``, a meta
  table (Sửa lần cuối / Ngày đăng / Tác giả / Người nhập / Lượt xem), the ``tom_tat`` lead in
  ``<p class="tt"><b><i>``, the body in ``<div id="nd_bai">``, tools ("In bài", "Về đầu trang",
  share to Facebook), "Ý kiến bạn đọc" comments and their form, "Các bài khác" (the section's
  3 newest, the current post left out: never a page-2 post).
- bai_in.tpl: the print view (no chrome, a "Ngày in" line with today's date).
- muc.tpl: rows of a ``<table class="ds">`` (thumbnail + title + "(dd/mm)" + excerpt), pagination
  only as a GET form ``<select name="trang">`` + "Xem" button.
- trang.tpl: static pages; văn bản entries use bai.tpl with an attachment line.

How each gold article is reached
--------------------------------
- Home "Tin mới nhất": 48, 47, 46, 45, 44; the marquee: 47, 42, 41 (with ``?tu=noibat``).
- ``/muc/tin-tuc`` page 1: 47, 44, 41; page 2 (form only): 33, 29.
- ``/muc/chuyen-mon`` page 1: 45, 42, 36; page 2 (form only): 30.
- ``/muc/doan-doi``: 46, 38.  ``/muc/thong-bao``: 48, 40.
- ``/trang/gioi-thieu`` links 41 as ``/bai/041`` (an old link pasted by hand).
- Every article links its print view as the query-only ``href="?in=1"``.
33, 29 and 30 are reachable only through page 2 of their listing (or a search).

Traps
-----
1. The ``<h1>`` is the banner (school name) on every page and ``<title>`` is the same generic
   "THCS Nguyễn Văn Trỗi - TP. Cà Mau" everywhere; the headline is ``<td class="td_tde"><font
   size="4"><b>``. Gold title = that cell's text.
2. The meta block is a ``<table class="tt_bai">`` of label/value rows right above the text (the
   house rule reads table rows in the text as paragraphs): not body. Its dates are Python's
   ``str(datetime)`` of naive local times, microseconds included when non-zero
   ("2026-11-20 07:45:12.418203") -> "2026-11-20T07:45:12+07:00"; a time of "00:00:00" is a day
   alone ("2026-10-28"). Where the post was edited, "Sửa lần cuối" is the FIRST row, before
   "Ngày đăng": gold takes Ngày đăng, never the edit time.
3. "Tác giả: None": the teacher's ``"Tác giả: " + str(row["tac_gia"])`` prints Python's None for
   a NULL column -> authors []; "Người nhập: gv_tin" is a CMS account -> nobody. When Tác giả is
   filled it may carry a degree ("ThS. Trương Minh Đức" -> "Trương Minh Đức") or a post after a
   dash ("Nguyễn Thị Bích Ngọc - P.HT" -> "Nguyễn Thị Bích Ngọc").
4. Plain-text posts: the body is one ``<div>`` of lines ended by ``<br>``; paragraphs are
   separated by ``<br>\\n<br>`` in most posts but by a single ``<br>`` in others (the teacher did
   not always leave a blank line): every line is a paragraph either way; ``## `` headings come as
   ``<b>…</b><br>``; typed "- " items keep their dash.
5. Photos of plain-text posts are a two-row ``<table class="kh_anh">`` (image row, then the
   caption row ``<td><i>(…)</i></td>``): the caption row is the caption (parentheses off), never
   a body paragraph; a caption row "Ảnh: Trần Văn Tú" only credits -> caption None and
   photographer "Trần Văn Tú". An editor photo with only a ``title=""`` attribute has no caption.
6. The same post under several URLs: ``/bai/<id>?in=1`` (print, with "Ngày in: 05/12/2026", today,
   not a publication date), ``/bai/<id>?tu=noibat`` (the marquee's click counter) and
   ``/bai/041`` (the int route takes leading zeros) and its print link ``/bai/041?in=1``. All are
   ``alt_paths``; no canonical tag.
7. Pagination is only a GET form with a ``<select name="trang">`` (no page links); ``?trang=99``
   answers 200 "Không có bài viết nào." (bounded: the select lists the real pages only).
8. Văn bản entries are ``/bai/<id>`` too (same template, "Tệp đính kèm" line, no text): not
   articles (NON_ARTICLES ``/bai/31``, ``/bai/32``).
9. "Ý kiến bạn đọc": readers' comments (name, ``str(datetime)`` date, text) in a table after the
   body, before "Các bài khác": not body, their dates are not the post's.
10. Closing lines in the body ``<div>``: right-aligned "Tin, ảnh: X" (author and photographer),
    "Tin: X - Ảnh: Y", a unit signing alone ("Tổ Khoa học tự nhiên"), a name with its post on a
    second line, and "Theo Báo Cà Mau" (source) — while a body sentence "Theo kế hoạch, …" is text.
11. An official notice (THÔNG BÁO) with the letterhead table, "Số:", the place-and-date line, kind
    and subject, "Nơi nhận" and the signer: date = letterhead day "2026-12-03" (the meta table says
    2026-12-03 20:15), author = signer.
12. One older post was pasted from a Mac: its text is stored decomposed (NFD); gold is NFC.
13. The lead: ``tom_tat`` printed as ``<p class="tt"><b><i>`` outside the body div (the sapo,
    body's first paragraph); one editor post has a bold first ``<p><strong>`` lead instead; the
    ``<meta name="description">`` (first 160 characters of the text) is never a sapo.

Gold decisions on ambiguous points
----------------------------------
- A content table inside the editor text (results of the HSG exam) is body: one paragraph per
  row, cells joined by " | ", header row included.
- "Tin, ảnh: Lê Thị Thu Hà" -> authors and photographers both ["Lê Thị Thu Hà"].
- Signature "<b>Phan Thanh Hải</b><br><i>GV Tổng phụ trách Đội</i>": the name is the author, the
  post line is neither author nor body.
- The notice's title is the headline printed in ``td_tde`` (not the "THÔNG BÁO / Về việc …" lines,
  which are not body either).
- Category = the breadcrumb's section name ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Đoàn - Đội", "Thông báo").
"""

from __future__ import annotations

import html as _html
import re

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
    static_file,
    text,
)

NAME = "bottle_python_thcs"
PLATFORM = "Bottle (Python) + SimpleTemplate + SQLite, home-made by the school's IT teacher"
START_PATH = "/"

TODAY_VN = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THCS Nguyễn Văn Trỗi"
PAGE_SIZE = 3

CATS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
    "van-ban": "Văn bản",
}


def _sig(line: str) -> Raw:
    return Raw(f'<div align="right"><b>{esc(line)}</b></div>')


STORIES: list[Story] = [
    Story(
        id=48,
        slug="thong-bao-nghi-hoc-04-12",
        title="Thông báo nghỉ học ngày 04/12/2026 do ảnh hưởng của áp thấp nhiệt đới",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Trương Minh Đức"],
        blocks=[
            Raw(
                '<table width="100%" style="border:0"><tr>'
                '<td align="center" width="45%" valign="top">UBND THÀNH PHỐ CÀ MAU<br>'
                "<b>TRƯỜNG THCS NGUYỄN VĂN TRỖI</b><br>Số: 45/TB-THCSNVT</td>"
                '<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
                "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
                "<i>Cà Mau, ngày 03 tháng 12 năm 2026</i></td></tr></table>\n"
                '<p align="center"><b>THÔNG BÁO</b><br>'
                "<b>Về việc cho học sinh nghỉ học ngày 04/12/2026</b></p>"
            ),
            P(
                "Căn cứ Công văn số 1520/UBND-VP ngày 03/12/2026 của Ủy ban nhân dân thành phố Cà Mau "
                "về việc chủ động ứng phó với áp thấp nhiệt đới trên vùng biển Cà Mau – Kiên Giang;"
            ),
            P(
                "Nhằm bảo đảm an toàn cho học sinh, Trường THCS Nguyễn Văn Trỗi thông báo cho toàn thể "
                "học sinh nghỉ học ngày thứ Sáu, 04/12/2026 (cả hai buổi)."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp trước 21 giờ "
                "ngày 03/12/2026; học sinh đi học lại bình thường vào thứ Hai, 07/12/2026."
            ),
            P("Bộ phận bảo vệ, văn phòng trực trường 24/24 giờ trong thời gian có áp thấp nhiệt đới."),
            Raw(
                '<table width="100%"><tr><td valign="top" width="50%"><b><i>Nơi nhận:</i></b><br>'
                "- Phòng GD&amp;ĐT TP (b/c);<br>- GVCN, CMHS;<br>- Lưu: VT.</td>"
                '<td align="center" valign="top"><b>HIỆU TRƯỞNG</b><br><br><br>'
                "<b>Trương Minh Đức</b></td></tr></table>"
            ),
        ],
        opts={
            "mode": "html",
            "dang": "2026-12-03 20:15:37.600000",
            "nhap": "vanphong",
        },
    ),
    Story(
        id=47,
        slug="kiem-tra-chuan-quoc-gia",
        title="Trường THCS Nguyễn Văn Trỗi tiếp đoàn kiểm tra công nhận trường đạt chuẩn quốc gia",
        cat="tin-tuc",
        published_at="2026-12-02T09:00:00+07:00",
        source="Báo Cà Mau",
        summary=(
            "Ngày 01/12/2026, đoàn kiểm tra của UBND tỉnh Cà Mau đã đến làm việc với Trường THCS "
            "Nguyễn Văn Trỗi về việc công nhận trường đạt chuẩn quốc gia mức độ 1."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn do ông Lâm Quốc Việt, Phó Giám đốc Sở GD&ĐT, làm trưởng đoàn. Đoàn đã kiểm tra "
                "hồ sơ, cơ sở vật chất, thư viện, phòng bộ môn và dự giờ một số tiết dạy."
            ),
            P(
                "Theo kế hoạch, nhà trường đã hoàn thành việc xây mới 8 phòng học, phòng Tin học "
                "và nhà đa năng từ tháng 8/2026."
            ),
            Img("/static/up/2026/12/47_doan_kt.jpg", "(Đoàn kiểm tra làm việc tại phòng Tin học)",
                "Đoàn kiểm tra làm việc tại phòng Tin học", "tbl"),
            P(
                "Phát biểu kết luận, trưởng đoàn ghi nhận những nỗ lực của tập thể sư phạm nhà trường "
                "và đề nghị tiếp tục nâng chất lượng giáo dục mũi nhọn."
            ),
            Raw('<div align="right"><i>Theo Báo Cà Mau</i></div>'),
        ],
        opts={"dang": "2026-12-02 09:00:00", "nhap": "gv_tin", "noibat": True},
    ),
    Story(
        id=46,
        slug="chu-nhat-xanh",
        title="Liên đội ra quân “Ngày Chủ nhật xanh” tại khóm 5, phường 9",
        cat="doan-doi",
        published_at="2026-11-30T07:00:00+07:00",
        authors=["Phan Thanh Hải"],
        blocks=[
            P(
                "Sáng Chủ nhật 29/11/2026, hơn 200 đội viên Liên đội Trường THCS Nguyễn Văn Trỗi đã "
                "ra quân thu gom rác thải, khơi thông cống rãnh dọc tuyến đường khóm 5, phường 9."
            ),
            Img("/static/up/2026/11/46_cn_xanh1.jpg", "(Đội viên thu gom rác dọc bờ kè)",
                "Đội viên thu gom rác dọc bờ kè", "tbl"),
            P(
                "Các chi đội còn trồng mới 40 cây xanh và tuyên truyền người dân phân loại rác tại nguồn."
            ),
            P("Hoạt động được Ban Chỉ huy Liên đội duy trì vào Chủ nhật cuối mỗi tháng."),
            Raw(
                '<div align="right"><b>Phan Thanh Hải</b><br><i>GV Tổng phụ trách Đội</i></div>'
            ),
        ],
        opts={
            "dang": "2026-11-30 07:00:00",
            "sua": "2026-12-01 10:42:19.020300",
            "nhap": "tpt_doi",
            "br1": True,
            "comments": [
                ("Phụ huynh em Bảo Ngọc 8A2", "2026-11-30 19:02:11.904411",
                 "Các cháu làm rất tốt, cảm ơn nhà trường đã tổ chức."),
                ("Cựu học sinh khóa 2015", "2026-12-01 06:15:40.000712",
                 "Nhìn lại trường mình mà nhớ quá, chúc các em luôn học giỏi!"),
            ],
        },
    ),
    Story(
        id=45,
        slug="chuyen-de-toan-8",
        title="Chuyên đề “Dạy học phát triển năng lực môn Toán 8”",
        cat="chuyen-mon",
        published_at="2026-11-29T10:12:33+07:00",
        authors=["Võ Hoàng Phúc"],
        photographers=["Trần Văn Tú"],
        summary=(
            "Tổ Toán – Tin tổ chức chuyên đề cấp trường nhằm trao đổi cách thiết kế hoạt động học "
            "theo định hướng phát triển năng lực cho học sinh lớp 8."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Nội dung chuyên đề", "h"),
            P(
                "Cô Lý Mỹ Tiên dạy minh họa bài “Hằng đẳng thức đáng nhớ” với hình thức học theo trạm; "
                "học sinh tự phát hiện công thức qua các tấm bìa cắt ghép."
            ),
            Img("/static/up/2026/11/45_tiet_day.jpg", "Ảnh: Trần Văn Tú", None, "tbl"),
            P("2. Thảo luận", "h"),
            P(
                "Giáo viên dự giờ thống nhất: cần tăng thời gian cho học sinh trình bày và phản biện, "
                "giảm phần giáo viên giảng giải."
            ),
            _sig("Tin: Võ Hoàng Phúc - Ảnh: Trần Văn Tú"),
        ],
        opts={"dang": "2026-11-29 10:12:33.500000", "nhap": "gv_tin"},
    ),
    Story(
        id=44,
        slug="hoi-thao-giao-vien",
        title="Hội thao giáo viên cấp trường năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-27T15:20:05+07:00",
        authors=["Nguyễn Thị Bích Ngọc"],
        blocks=[
            P(
                "Chào mừng Ngày Nhà giáo Việt Nam, Công đoàn trường tổ chức hội thao với ba môn: kéo "
                "co, bóng chuyền hơi và cờ tướng."
            ),
            P(
                "Kết quả: giải Nhất kéo co thuộc về tổ Khoa học tự nhiên; giải Nhất bóng chuyền hơi "
                "thuộc về tổ Ngữ văn – Lịch sử; cờ tướng do thầy Đặng Văn Lực đoạt giải."
            ),
            Img("/static/up/2026/11/44_keo_co.jpg", "(Phần thi kéo co sôi nổi)",
                "Phần thi kéo co sôi nổi", "tbl"),
            Img("/static/up/2026/11/44_bong_chuyen.jpg", None, None, "tbl"),
            P("Hội thao khép lại với buổi liên hoan thân mật của tập thể giáo viên, nhân viên."),
        ],
        opts={
            "dang": "2026-11-27 15:20:05.003112",
            "tg": "Nguyễn Thị Bích Ngọc - P.HT",
            "nhap": "congdoan",
        },
    ),
    Story(
        id=42,
        slug="ket-qua-hsg-thanh-pho",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp thành phố lớp 9",
        cat="chuyen-mon",
        published_at="2026-11-23T08:05:00+07:00",
        authors=["Tổ Khoa học tự nhiên"],
        summary="Năm nay trường có 11 học sinh đạt giải trong kỳ thi học sinh giỏi lớp 9 cấp thành phố.",
        blocks=[
            P(
                "Năm nay trường có 11 học sinh đạt giải trong kỳ thi học sinh giỏi lớp 9 cấp thành phố.",
                "lead",
            ),
            P("Danh sách học sinh đạt giải các môn Khoa học tự nhiên:"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "tr"),
            P("1 | Huỳnh Gia Bảo | 9A1 | Vật lí | Nhất", "tr"),
            P("2 | Trần Ngọc Anh Thư | 9A1 | Hóa học | Nhì", "tr"),
            P("3 | Lê Minh Khang | 9A3 | Sinh học | Ba", "tr"),
            Img("../static/up/2026/11/42_trao_giai.jpg", None, None, "title"),
            P(
                "Nhà trường sẽ thành lập đội tuyển dự thi cấp tỉnh, bồi dưỡng từ tháng 12/2026."
            ),
            Raw('<p style="text-align:right"><strong>Tổ Khoa học tự nhiên</strong></p>'),
        ],
        opts={"mode": "html", "dang": "2026-11-23 08:05:00", "nhap": "gv_tin", "noibat": True},
    ),
    Story(
        id=41,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20T07:45:12+07:00",
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary=(
            "Sáng 20/11/2026, Trường THCS Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam với sự tham dự của đại diện Phòng GD&ĐT và Ban đại diện CMHS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thầy Trương Minh Đức, Hiệu trưởng, ôn lại truyền thống ngày 20/11 và điểm lại những "
                "kết quả nổi bật của nhà trường trong năm học 2025 - 2026."
            ),
            Img("/static/up/2026/11/41_le_1.jpg", "(Thầy Hiệu trưởng phát biểu tại buổi lễ)",
                "Thầy Hiệu trưởng phát biểu tại buổi lễ", "tbl"),
            P(
                "Dịp này, 6 giáo viên được nhận Giấy khen của Chủ tịch UBND thành phố vì có thành "
                "tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt”."
            ),
            Img("/static/up/2026/11/41_le_2.jpg", "(Học sinh tặng hoa thầy cô)",
                "Học sinh tặng hoa thầy cô", "tbl"),
            P("Buổi lễ khép lại với chương trình văn nghệ do học sinh các khối biểu diễn."),
            _sig("Tin, ảnh: Lê Thị Thu Hà"),
        ],
        opts={
            "dang": "2026-11-20 07:45:12.418203",
            "sua": "2026-11-22 16:03:40.112907",
            "nhap": "gv_tin",
            "noibat": True,
            "zero": "/bai/041",
            "comments": [
                ("Nguyễn Văn Bình", "2026-11-20 21:30:02.117000",
                 "Chúc quý thầy cô luôn mạnh khỏe, hạnh phúc!"),
            ],
        },
    ),
    Story(
        id=40,
        slug="lich-kiem-tra-giua-hk1",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-12T09:30:00+07:00",
        authors=["Nguyễn Thị Bích Ngọc"],
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I các khối lớp như sau:"),
            P("Khối 6, 7: từ ngày 26/10 đến ngày 30/10/2026.", "li"),
            P("Khối 8, 9: từ ngày 02/11 đến ngày 06/11/2026.", "li"),
            P("Môn Ngữ văn và Toán kiểm tra tập trung theo khối, thời gian 90 phút.", "li"),
            P("Giáo viên chủ nhiệm phổ biến lịch đến học sinh và cha mẹ học sinh."),
        ],
        opts={
            "mode": "html",
            "dang": "2026-10-12 09:30:00",
            "tg": "Nguyễn Thị Bích Ngọc - P.HT",
            "nhap": "vanphong",
        },
    ),
    Story(
        id=38,
        slug="tham-me-vnah",
        title="Chi đội 7A1 thăm hỏi gia đình Mẹ Việt Nam anh hùng",
        cat="doan-doi",
        published_at="2026-11-10T18:20:44+07:00",
        blocks=[
            P(
                "Chiều 08/11/2026, Chi đội 7A1 đã đến thăm và tặng quà gia đình Mẹ Việt Nam anh hùng "
                "Phạm Thị Lài ở phường Tân Thành."
            ),
            P(
                "Các em dọn dẹp nhà cửa, trò chuyện và lắng nghe Mẹ kể chuyện về những năm tháng "
                "kháng chiến."
            ),
            Img("/static/up/2026/11/38_tham_me.jpg", "(Chi đội 7A1 bên Mẹ Phạm Thị Lài)",
                "Chi đội 7A1 bên Mẹ Phạm Thị Lài", "tbl"),
            P("Số tiền mua quà do các em tiết kiệm từ phong trào “Nuôi heo đất”."),
        ],
        opts={"dang": "2026-11-10 18:20:44.900000", "nhap": "tpt_doi"},
    ),
    Story(
        id=36,
        slug="thao-giang-ngu-van",
        title="Thao giảng chào mừng 20/11 tổ Ngữ văn – Lịch sử",
        cat="chuyen-mon",
        published_at="2026-11-03T14:02:17+07:00",
        authors=["Lê Thị Thu Hà"],
        blocks=[
            P(
                "Từ ngày 26/10 đến 31/10/2026, tổ Ngữ văn – Lịch sử tổ chức đợt thao giảng với 9 tiết "
                "dạy, mỗi giáo viên đăng ký một tiết."
            ),
            P(
                "Nhiều tiết dạy ứng dụng công nghệ thông tin hiệu quả, như dùng bản đồ số trong "
                "bài “Khởi nghĩa Hai Bà Trưng”."
            ),
            P("Tổ sẽ chọn 2 tiết tiêu biểu dự thi giáo viên dạy giỏi cấp thành phố."),
            Raw('<div align="right"><b>Lê Thị Thu Hà</b><br><i>Tổ trưởng tổ Ngữ văn – Lịch sử</i></div>'),
        ],
        opts={"dang": "2026-11-03 14:02:17.250001", "nhap": "gv_tin", "br1": True},
    ),
    Story(
        id=33,
        slug="ngay-hoi-doc-sach",
        title="Ngày hội đọc sách cấp trường: “Sách – người bạn đồng hành”",
        cat="tin-tuc",
        published_at="2026-10-28",
        blocks=[
            P(
                "Thư viện nhà trường phối hợp với Liên đội tổ chức Ngày hội đọc sách với các gian "
                "trưng bày sách của từng khối lớp."
            ),
            P(
                "Học sinh tham gia thi giới thiệu sách, vẽ tranh theo tác phẩm và đổi sách cũ lấy sách mới."
            ),
            Img("/static/up/2026/10/33_doc_sach.jpg", "(Gian trưng bày của khối 6)",
                "Gian trưng bày của khối 6", "tbl"),
            P("Kết thúc ngày hội, thư viện nhận thêm 350 đầu sách do học sinh và phụ huynh ủng hộ."),
        ],
        opts={"dang": "2026-10-28 00:00:00", "nhap": "thuvien", "nfd": True},
    ),
    Story(
        id=30,
        slug="clb-tin-hoc-python",
        title="Câu lạc bộ Tin học trẻ: học sinh lớp 8 làm quen lập trình Python",
        cat="chuyen-mon",
        published_at="2026-10-22T16:45:00+07:00",
        authors=["Đỗ Quang Vinh"],
        blocks=[
            P(
                "Câu lạc bộ Tin học trẻ của trường sinh hoạt chiều thứ Tư hằng tuần tại phòng Tin học 2 "
                "với 28 học sinh lớp 8."
            ),
            P("Nội dung học kỳ I gồm:"),
            P("- Buổi 1 – 4: biến, kiểu dữ liệu, câu lệnh điều kiện.", "item"),
            P("- Buổi 5 – 8: vòng lặp và bài toán đếm.", "item"),
            P("- Buổi 9 – 12: làm trò chơi đoán số nhỏ.", "item"),
            Img("/static/up/2026/10/30_clb.jpg", "(Các em hào hứng với bài tập đầu tiên)",
                "Các em hào hứng với bài tập đầu tiên", "tbl"),
            P("Câu lạc bộ là nguồn chọn đội tuyển Tin học trẻ cấp thành phố."),
            Raw('<div align="right"><b>Đỗ Quang Vinh</b><br><i>GV Tin học</i></div>'),
        ],
        opts={"dang": "2026-10-22 16:45:00", "nhap": "admin"},
    ),
    Story(
        id=29,
        slug="phu-huynh-tu-sua-san-truong",
        title="Phụ huynh tham gia tu sửa sân trường sau đợt triều cường",
        cat="tin-tuc",
        published_at="2026-10-19T17:31:48+07:00",
        authors=["Trương Minh Đức"],
        blocks=[
            P(
                "Đợt triều cường giữa tháng 10 làm ngập sân trường và hư hỏng một đoạn đường dẫn vào "
                "nhà xe học sinh."
            ),
            P(
                "Ban đại diện cha mẹ học sinh đã vận động ngày công, vật liệu để nâng nền và lát gạch "
                "lại 120 mét vuông sân."
            ),
            P("Nhà trường chân thành cảm ơn sự chung tay của quý phụ huynh."),
        ],
        opts={
            "dang": "2026-10-19 17:31:48.770000",
            "tg": "ThS. Trương Minh Đức",
            "nhap": "admin",
        },
    ),
]

STORY_BY_ID = {s.id: s for s in STORIES}

#: văn bản entries: /bai/<id> with the article template, an attachment, no text
DOCS = {
    32: ("Kế hoạch số 88/KH-THCSNVT về tổ chức các hoạt động chào mừng 20/11/2026",
         "2026-10-30 08:00:00", "kh88.pdf"),
    31: ("Quyết định số 112/QĐ-THCSNVT về việc thành lập đội tuyển học sinh giỏi lớp 9",
         "2026-10-05 10:20:00", "qd112.pdf"),
}

STATIC_PAGES = {
    "gioi-thieu": "Giới thiệu trường",
    "doi-ngu": "Đội ngũ giáo viên",
    "thoi-khoa-bieu": "Thời khóa biểu",
    "lien-he": "Liên hệ",
}


def _cat_stories(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["dang"], reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["dang"], reverse=True)[:n]


# --- templates --------------------------------------------------------------------------------

_CSS = "/static/css/site.css"


def _layout(request: Request, content: str, *, crumbs: str = "", desc: str = "") -> str:
    noibat = [s for s in _newest(13) if s.opts.get("noibat")]
    marquee = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="/bai/{s.id}?tu=noibat">{esc(s.title)}</a>' for s in noibat
    )
    doc_nhieu = "".join(
        f'<li><a href="/bai/{i}">{esc(STORY_BY_ID[i].title)}</a></li>' for i in (41, 42, 46, 48)
    )
    meta_desc = f'<meta name="description" content="{esc(desc)}">\n' if desc else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>THCS Nguyễn Văn Trỗi - TP. Cà Mau</title>
{meta_desc}<link rel="stylesheet" href="{_CSS}">
<link rel="shortcut icon" href="/static/favicon.ico">
</head>
<body bgcolor="#eef3f8">
<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff" border="0">
<tr><td colspan="3" style="background:#1d4f91;color:#fff;padding:6px">
 <table width="100%"><tr>
  <td width="90"><img src="/static/img/logo_nvt.png" width="80" alt="logo"></td>
  <td><h1 class="bn" style="margin:0;font-size:22px">TRƯỜNG THCS NGUYỄN VĂN TRỖI</h1>
   <span style="font-size:12px">Phòng Giáo dục và Đào tạo thành phố Cà Mau</span></td>
  <td align="right" valign="top" style="font-size:12px">{TODAY_VN}<br>
   <form method="get" action="/tim" style="margin:4px 0 0 0">
    <input type="text" name="q" size="18" placeholder="Tìm bài viết..."> <input type="submit" value="Tìm">
   </form></td>
 </tr></table>
</td></tr>
<tr><td colspan="3" style="background:#e2ebf6">
<ul id="mn">
 <li><a href="/">Trang chủ</a></li>
 <li><a href="/trang/gioi-thieu">Giới thiệu</a>
  <ul><li><a href="/trang/gioi-thieu">Lịch sử nhà trường</a></li>
      <li><a href="/trang/doi-ngu">Đội ngũ giáo viên</a></li></ul></li>
 <li><a href="/muc/tin-tuc">Tin tức</a>
  <ul><li><a href="/muc/tin-tuc">Tin tức - Sự kiện</a></li>
      <li><a href="/muc/doan-doi">Đoàn - Đội</a></li></ul></li>
 <li><a href="/muc/chuyen-mon">Chuyên môn</a></li>
 <li><a href="/muc/thong-bao">Thông báo</a></li>
 <li><a href="/muc/van-ban">Văn bản</a></li>
 <li><a href="/trang/thoi-khoa-bieu">Thời khóa biểu</a></li>
 <li><a href="/trang/lien-he">Liên hệ</a></li>
</ul>
</td></tr>
<tr><td colspan="3" style="font-size:13px;padding:3px 6px"><b style="color:#c00">Tin nổi bật:</b>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr>
<tr>
<td width="170" valign="top" style="border-right:1px solid #ccc;padding:6px;font-size:13px">
 <b>CHUYÊN MỤC</b>
 <table width="100%" cellpadding="2">
  <tr><td>» <a href="/muc/tin-tuc">Tin tức - Sự kiện</a></td></tr>
  <tr><td>» <a href="/muc/chuyen-mon">Hoạt động chuyên môn</a></td></tr>
  <tr><td>» <a href="/muc/doan-doi">Đoàn - Đội</a></td></tr>
  <tr><td>» <a href="/muc/thong-bao">Thông báo</a></td></tr>
  <tr><td>» <a href="/muc/van-ban">Văn bản</a></td></tr>
 </table>
 <br><b>LIÊN KẾT</b><br>
 <a href="https://camau.edu.vn" target="_blank">Sở GD&amp;ĐT Cà Mau</a><br>
 <a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a><br>
 <a href="https://www.facebook.com/thcsnguyenvantroicm" target="_blank">Fanpage của trường</a>
</td>
<td valign="top" style="padding:8px">
{crumbs}
{content}
</td>
<td width="200" valign="top" style="border-left:1px solid #ccc;padding:6px;font-size:13px">
 <b>ĐỌC NHIỀU</b><ol style="padding-left:18px">{doc_nhieu}</ol>
 <b>THĂM DÒ Ý KIẾN</b>
 <form method="post" action="/binh-chon">Bạn biết đến website qua:<br>
  <input type="radio" name="bc" value="1"> Giáo viên chủ nhiệm<br>
  <input type="radio" name="bc" value="2"> Bạn bè<br>
  <input type="radio" name="bc" value="3"> Facebook<br>
  <input type="submit" value="Bình chọn"></form>
 <br><b>THỐNG KÊ TRUY CẬP</b>
 <table cellpadding="1" style="font-size:12px">
  <tr><td>Đang online:</td><td>7</td></tr>
  <tr><td>Hôm nay:</td><td>214</td></tr>
  <tr><td>Tổng truy cập:</td><td>186.452</td></tr>
 </table>
</td>
</tr>
<tr><td colspan="3" align="center" style="background:#1d4f91;color:#fff;font-size:12px;padding:8px">
 <b>TRƯỜNG THCS NGUYỄN VĂN TRỖI</b><br>
 Địa chỉ: 12 Nguyễn Văn Trỗi, phường 9, thành phố Cà Mau, tỉnh Cà Mau<br>
 Điện thoại: 0290 3831 456 - Email: thcsnguyenvantroi@camau.edu.vn<br>
 © 2019 - 2026 Bản quyền thuộc Trường THCS Nguyễn Văn Trỗi. Thiết kế: Tổ Tin học.
</td></tr>
</table>
</body>
</html>
"""


def _plain_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    gap = "<br>\n" if story.opts.get("br1") else "<br>\n<br>\n"
    out: list[str] = []
    for block in story.blocks:
        if isinstance(block, P):
            if block.style == "h":
                out.append(f"<b>{text(block.text, nfd=nfd)}</b><br>\n")
            elif block.style == "item":
                out.append(f"{text(block.text, nfd=nfd)}<br>\n")
            else:
                out.append(f"{text(block.text, nfd=nfd)}{gap}")
        elif isinstance(block, Img):
            row = ""
            if block.printed:
                row = f'<tr><td align="center"><i>{text(block.printed, nfd=nfd)}</i></td></tr>'
            out.append(
                '<table class="kh_anh" align="center" cellpadding="3" style="margin:6px auto">'
                f'<tr><td><img src="{esc(block.src)}" width="520" border="0"></td></tr>{row}</table>\n'
            )
        else:
            out.append(block.html + "\n")
    return "".join(out)


def _html_body(story: Story) -> str:
    out: list[str] = []
    in_ul = in_table = False
    for block in story.blocks:
        style = block.style if isinstance(block, P) else ""
        if in_ul and style != "li":
            out.append("</ul>\n")
            in_ul = False
        if in_table and style != "tr":
            out.append("</tbody></table>\n")
            in_table = False
        if isinstance(block, P):
            if style == "li":
                if not in_ul:
                    out.append("<ul>\n")
                    in_ul = True
                out.append(f"<li>{text(block.text)}</li>\n")
            elif style == "tr":
                tag = "td"
                if not in_table:
                    out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">'
                               "<tbody>\n")
                    in_table = True
                    tag = "th"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in block.text.split(" | "))
                out.append(f"<tr>{cells}</tr>\n")
            elif style == "lead":
                out.append(f'<p style="text-align:justify"><strong>{text(block.text)}</strong></p>\n')
            else:
                out.append(f'<p style="text-align:justify">{text(block.text)}</p>\n')
        elif isinstance(block, Img):
            out.append(
                f'<p style="text-align:center"><img src="{esc(block.src)}" width="560" height="373" '
                f'title="{esc(story.title)}" alt=""></p>\n'
            )
            if block.printed:
                out.append(f'<p style="text-align:center"><em>{text(block.printed)}</em></p>\n')
        else:
            out.append(block.html + "\n")
    if in_ul:
        out.append("</ul>\n")
    if in_table:
        out.append("</tbody></table>\n")
    return "".join(out)


def _body(story: Story) -> str:
    return _html_body(story) if story.opts.get("mode") == "html" else _plain_body(story)


def _desc(story: Story) -> str:
    first = story.paragraphs[0]
    return first[:157] + "..." if len(first) > 160 else first


def _crumbs(cat: str) -> str:
    return (
        '<div class="dd" style="font-size:12px;margin-bottom:6px"><a href="/">Trang chủ</a> &gt; '
        f'<a href="/muc/{cat}">{esc(CATS[cat])}</a></div>'
    )


def _meta_table(dang: str, tg: str, nhap: str, views: int, sua: str | None = None) -> str:
    rows = []
    if sua:
        rows.append(f'<tr><td width="100">Sửa lần cuối:</td><td>{sua}</td></tr>')
    rows += [
        f'<tr><td width="100">Ngày đăng:</td><td>{dang}</td></tr>',
        f"<tr><td>Tác giả:</td><td>{esc(tg)}</td></tr>",
        f"<tr><td>Người nhập:</td><td>{esc(nhap)}</td></tr>",
        f"<tr><td>Lượt xem:</td><td>{views}</td></tr>",
    ]
    return ('<table class="tt_bai" cellpadding="1" style="font-size:12px;color:#666">'
            + "".join(rows) + "</table>")


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    rows = "".join(
        f'<tr><td style="border-top:1px dotted #ccc"><b>{esc(name)}</b> - <span style="color:#888">'
        f"{when}</span></td></tr><tr><td>{esc(msg)}</td></tr>"
        for name, when, msg in comments
    )
    return f"""<div id="binhluan" style="margin-top:12px">
<b>Ý kiến bạn đọc ({len(comments)})</b>
<table width="100%" cellpadding="3">{rows}</table>
<form method="post" action="/bai/{story.id}/binhluan">
 Họ tên: <input type="text" name="ten" size="30"><br>
 <textarea name="nd" rows="3" cols="60"></textarea><br>
 <input type="submit" value="Gửi ý kiến"></form>
</div>"""


def _others(story: Story) -> str:
    # the template filters the current post out of ``ORDER BY ngay DESC LIMIT 3``: only page-1 posts
    others = [s for s in _cat_stories(story.cat)[:PAGE_SIZE] if s.id != story.id]
    items = "".join(
        f'<li><a href="/bai/{s.id}">{esc(s.title)}</a> <span style="color:#888">'
        f'({s.opts["dang"][8:10]}/{s.opts["dang"][5:7]})</span></li>'
        for s in others
    )
    return f'<div class="bk" style="margin-top:12px"><b>Các bài khác:</b><ul>{items}</ul></div>'


def _article_page(request: Request, story: Story) -> str:
    tg = story.opts.get("tg", "None")
    lead = ""
    if story.summary and story.sapo_outside:
        lead = f'<p class="tt"><b><i>{text(story.summary)}</i></b></p>\n'
    content = f"""<table width="100%" cellpadding="0"><tr><td class="td_tde" style="padding:4px 0">
<font size="4" color="#003399"><b>{esc(story.title)}</b></font></td></tr></table>
{_meta_table(story.opts["dang"], tg, story.opts["nhap"], story.views(), story.opts.get("sua"))}
<hr size="1" noshade>
{lead}<div id="nd_bai" style="text-align:justify;line-height:1.5">
{_body(story)}</div>
<div class="cc" style="font-size:12px;margin-top:8px">
 <a href="?in=1" target="_blank"><img src="/static/img/print.gif" border="0" alt=""> In bài</a> |
 <a href="#">Về đầu trang</a> |
 <a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request))}/bai/{story.id}"
    target="_blank"><img src="/static/img/fb.png" border="0" alt=""> Chia sẻ</a>
</div>
{_comments(story)}
{_others(story)}"""
    return _layout(request, content, crumbs=_crumbs(story.cat), desc=_desc(story))


def _print_page(request: Request, story: Story) -> str:
    d = story.opts["dang"]
    shown = f"{d[8:10]}/{d[5:7]}/{d[0:4]} {d[11:16]}"
    lead = f"<p><b><i>{text(story.summary)}</i></b></p>\n" if story.summary and story.sapo_outside else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>In bài viết</title>
<style>body{{font-family:'Times New Roman';font-size:14pt;width:700px;margin:auto}}</style></head>
<body onload="window.print()">
<p style="font-size:11pt">TRƯỜNG THCS NGUYỄN VĂN TRỖI - TP. CÀ MAU</p><hr>
<h2>{esc(story.title)}</h2>
<p style="font-size:11pt"><i>Ngày đăng: {shown} &nbsp;—&nbsp; Ngày in: 05/12/2026</i></p>
{lead}<div>
{_body(story)}</div>
<hr><p style="font-size:10pt">Địa chỉ bài viết: {esc(base_url(request))}/bai/{story.id}</p>
</body></html>
"""


def _doc_page(request: Request, doc_id: int) -> str:
    title, dang, fname = DOCS[doc_id]
    content = f"""<table width="100%" cellpadding="0"><tr><td class="td_tde" style="padding:4px 0">
<font size="4" color="#003399"><b>{esc(title)}</b></font></td></tr></table>
{_meta_table(dang, "None", "vanphong", 40 + doc_id)}
<hr size="1" noshade>
<div id="nd_bai">
<b>Tệp đính kèm:</b> <a href="/static/vanban/{fname}"><img src="/static/img/pdf.gif" border="0" alt=""> {fname}</a>
</div>"""
    return _layout(request, content, crumbs=_crumbs("van-ban"))


def _row(item_id: int, title: str, dang: str, excerpt: str) -> str:
    return (
        f'<tr><td width="110" valign="top"><a href="/bai/{item_id}"><img src="/static/thumb/{item_id}.jpg"'
        f' width="100" border="0"></a></td><td valign="top"><a href="/bai/{item_id}" class="td"><b>'
        f'{esc(title)}</b></a> <span style="color:#888;font-size:12px">({dang[8:10]}/{dang[5:7]})</span>'
        f"<br>{esc(excerpt)}</td></tr>\n"
    )


def _listing(request: Request, cat: str) -> str:
    if cat == "van-ban":
        items = [(i, t, d, "Tệp đính kèm: " + f) for i, (t, d, f) in sorted(DOCS.items(), reverse=True)]
    else:
        items = [(s.id, s.title, s.opts["dang"], _desc(s)) for s in _cat_stories(cat)]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    raw = request.params.get("trang", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = "".join(_row(*it) for it in chunk) or '<tr><td colspan="2">Không có bài viết nào.</td></tr>'
    opts = "".join(
        f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>' for n in range(1, pages + 1)
    )
    content = f"""<div style="background:#1d4f91;color:#fff;padding:4px 8px"><b>{esc(CATS[cat].upper())}</b></div>
<table class="ds" width="100%" cellpadding="4">
{rows}</table>
<form method="get" action="/muc/{cat}" class="pt" style="text-align:right;font-size:12px">
 Trang: <select name="trang">{opts}</select> / {pages} <input type="submit" value="Xem">
</form>"""
    return _layout(request, content, crumbs=_crumbs(cat))


def _home(request: Request) -> str:
    newest = _newest(5)
    first, rest = newest[0], newest[1:]
    rest_rows = "".join(
        f'<tr><td>» <a href="/bai/{s.id}">{esc(s.title)}</a> <span style="color:#888;font-size:12px">'
        f'({s.opts["dang"][8:10]}/{s.opts["dang"][5:7]})</span></td></tr>'
        for s in rest
    )
    content = f"""<div style="background:#1d4f91;color:#fff;padding:4px 8px"><b>TIN MỚI NHẤT</b></div>
<table width="100%" cellpadding="4"><tr>
<td width="210" valign="top"><a href="/bai/{first.id}"><img src="/static/thumb/{first.id}.jpg" width="200" border="0"></a></td>
<td valign="top"><a href="/bai/{first.id}"><b>{esc(first.title)}</b></a><br>{esc(_desc(first))}</td>
</tr></table>
<table width="100%" cellpadding="2">{rest_rows}</table>
<br><div style="background:#1d4f91;color:#fff;padding:4px 8px"><b>HÌNH ẢNH HOẠT ĐỘNG</b></div>
<p><img src="/static/up/slide/truong_1.jpg" width="180"> <img src="/static/up/slide/truong_2.jpg" width="180"></p>"""
    return _layout(request, content)


_STATIC_TEXT = {
    "gioi-thieu": (
        "<p>Trường THCS Nguyễn Văn Trỗi được thành lập năm 1982, hiện có 32 lớp với 1.240 học sinh "
        "và 68 cán bộ, giáo viên, nhân viên.</p><p>Trường đạt danh hiệu Tập thể lao động xuất sắc "
        'nhiều năm liền. Xem thêm: <a href="/bai/041">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></p>'
    ),
    "doi-ngu": (
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Tổ</th><th>Tổ trưởng</th>'
        "<th>Số GV</th></tr><tr><td>Toán – Tin</td><td>Võ Hoàng Phúc</td><td>14</td></tr>"
        "<tr><td>Ngữ văn – Lịch sử</td><td>Lê Thị Thu Hà</td><td>15</td></tr>"
        "<tr><td>Khoa học tự nhiên</td><td>Huỳnh Văn Sang</td><td>12</td></tr></table>"
    ),
    "thoi-khoa-bieu": (
        "<p>Thời khóa biểu học kỳ I áp dụng từ ngày 09/11/2026.</p>"
        '<p><a href="/static/vanban/tkb_hk1.pdf">Tải thời khóa biểu (PDF)</a></p>'
    ),
    "lien-he": (
        "<p>Địa chỉ: 12 Nguyễn Văn Trỗi, phường 9, thành phố Cà Mau</p><p>Điện thoại: 0290 3831 456</p>"
        "<p>Email: thcsnguyenvantroi@camau.edu.vn</p>"
        '<form method="post" action="/trang/lien-he">Họ tên: <input name="ten"><br>'
        '<textarea name="nd"></textarea><br><input type="submit" value="Gửi"></form>'
    ),
}


def _static_page(request: Request, slug: str) -> str:
    content = (
        f'<div style="background:#1d4f91;color:#fff;padding:4px 8px"><b>{esc(STATIC_PAGES[slug].upper())}</b></div>'
        f'<div style="padding:6px">{_STATIC_TEXT[slug]}</div>'
    )
    crumbs = f'<div class="dd" style="font-size:12px"><a href="/">Trang chủ</a> &gt; {esc(STATIC_PAGES[slug])}</div>'
    return _layout(request, content, crumbs=crumbs)


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    if not q:
        rows = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        hits = [s for s in _newest(13) if q.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()]
        rows = "".join(
            f'<p>» <a href="/bai/{s.id}">{esc(s.title)}</a></p>' for s in hits
        ) or "<p>Không tìm thấy bài viết nào.</p>"
    content = f'<p>Kết quả tìm kiếm cho: <b>{esc(q)}</b></p>{rows}'
    return _layout(request, content)


def _bottle_error(request: Request, code: int, reason: str, detail: str) -> Response:
    url = _html.escape(base_url(request) + request.target, quote=True)
    body = f"""<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html>
    <head>
        <title>Error: {code} {reason}</title>
        <style type="text/css">
          html {{background-color: #eee; font-family: sans-serif;}}
          body {{background-color: #fff; border: 1px solid #ddd;
                padding: 15px; margin: 15px;}}
          pre {{background-color: #eee; border: 1px solid #ddd; padding: 5px;}}
        </style>
    </head>
    <body>
        <h1>Error: {code} {reason}</h1>
        <p>Sorry, the requested URL <tt>{url}</tt>
           caused an error:</p>
        <pre>{_html.escape(detail, quote=True)}</pre>
    </body>
</html>
"""
    return html(body, status=code, headers=_SERVER)


_SERVER = {"Server": "WSGIServer/0.2 CPython/3.11.2"}
_BAI = re.compile(r"^/bai/(-?\d+)$")
_BINHLUAN = re.compile(r"^/bai/(-?\d+)/binhluan$")
_MUC = re.compile(r"^/muc/([a-z-]+)$")
_TRANG = re.compile(r"^/trang/([a-z-]+)$")


class BottleSite:
    """What the teacher's ``app.py`` answers."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/static/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf", **_SERVER})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        page: str | None = None
        if path == "/":
            page = _home(request)
        elif m := _BAI.match(path):
            item = int(m.group(1))
            if item in STORY_BY_ID:
                story = STORY_BY_ID[item]
                page = _print_page(request, story) if request.params.get("in") == "1" else _article_page(
                    request, story
                )
            elif item in DOCS:
                page = _doc_page(request, item)
        elif m := _BINHLUAN.match(path):
            if int(m.group(1)) in STORY_BY_ID:
                if request.method == "POST":
                    return redirect(f"/bai/{int(m.group(1))}", 303)
                return _bottle_error(request, 405, "Method Not Allowed", "Method not allowed.")
        elif (m := _MUC.match(path)) and m.group(1) in CATS:
            page = _listing(request, m.group(1))
        elif (m := _TRANG.match(path)) and m.group(1) in STATIC_PAGES:
            page = _static_page(request, m.group(1))
        elif path == "/tim":
            page = _search(request)
        elif path == "/binh-chon" and request.method == "POST":
            return redirect("/", 303)
        if page is None:
            return _bottle_error(request, 404, "Not Found", f"Not found: '{path}'")
        return html(page, headers=dict(_SERVER))


def build_site() -> BottleSite:
    return BottleSite()


def _gold(story: Story) -> dict:
    path = f"/bai/{story.id}"
    alts = [f"{path}?in=1"]
    if story.opts.get("noibat"):
        alts.append(f"{path}?tu=noibat")
    if story.opts.get("zero"):
        alts += [story.opts["zero"], story.opts["zero"] + "?in=1"]
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/trang/doi-ngu",
    "/trang/thoi-khoa-bieu",
    "/trang/lien-he",
    "/bai/31",
    "/bai/32",
]
