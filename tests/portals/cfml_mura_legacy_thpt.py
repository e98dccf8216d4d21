"""Trường THPT Chuyên Hùng Vương (Gia Lai): an old Adobe ColdFusion site on a home-made CFML framework.

Platform
--------
ColdFusion 9 with a Fusebox-style home-made framework: one front controller ``index.cfm`` routed
by ``fuseaction=<circuit>.<action>``, layout tables (``<td id="fbx_noidung">``), ``<font>`` tags,
the database text printed through CFML functions (``ParagraphFormat()``, ``HTMLEditFormat()``,
a bare ``#qTin.NgayDang#``). Cookieless visitors get ``CFID``/``CFTOKEN`` appended to every link
the framework builds (``URLSessionFormat()``); a visitor that sends the ``CFID`` cookie the site
sets gets clean links. The server's debugging IP list holds 127.0.0.1 (the default), so every page
asked from loopback ends with ColdFusion's "Debugging Information" block after ``</html>``.

URL scheme
----------
- ``/``: the old Flash splash ("intro.swf"), whose only link is ``index.cfm``;
- ``/index.cfm`` = ``/index.cfm?fuseaction=home.main``: the home page;
- ``/index.cfm?fuseaction=news.list&cat=<N>&startrow=<N>``: a category, 4 a page
  (``startrow`` 1, 5, …; the menu links the list without ``startrow``);
- ``/index.cfm?fuseaction=news.detail&id=<N>``: an article; the same article answers to
  ``&cat=<N>`` (the list's thumbnail and "Chi tiết" links), to any case of the keys and values
  (``FuseAction=News.Detail&ID=<N>``, the hand-written "Tin tiêu điểm" ticker), to the
  search-engine-safe path ``/index.cfm/fuseaction/news.detail/id/<N>`` (printed in the "Địa chỉ
  bài viết" box for copying) and, with ``CFID``/``CFTOKEN``, to any session;
- ``/index.cfm?fuseaction=news.print&id=<N>``: the print view (opened by ``window.open`` only);
- ``/index.cfm?fuseaction=page.view&p=<name>``: static pages (gioithieu, doingu, lienhe);
- ``/index.cfm?fuseaction=doc.list`` and ``doc.detail&id=<N>``: documents (văn bản);
- ``/index.cfm?fuseaction=gallery.list`` and ``gallery.album&id=<N>``: photo albums;
- ``/index.cfm?fuseaction=news.search&tukhoa=…`` (GET form), ``poll.vote`` (POST form);
- images under ``/images/`` and ``/upload/``, a PDF under ``/upload/files/``.

Page templates
--------------
Every page: ``<base href>``, header banner with "Thứ Bảy, 05/12/2026", a drop-down menu
(``<ul id="mnu_ngang">``), a marquee "Tin tiêu điểm", a left column (Đọc nhiều nhất, Liên kết
website, visitor counter, poll), footer, then the debugging block. The detail template
(``dsp_chitiet.cfm``): breadcrumb ``<div class="dd_vitri">``, headline ``<h3 class="tdct">``, a
field table ``<table class="tt_tin">`` (Ngày đăng / Người viết / Lượt xem rows), the sapo
``<div class="ttat_ct">`` when the record has one, the text cell ``<td class="nd_tin">``, tools
(Bản in / Gửi email / Lên đầu trang), the "Địa chỉ bài viết" input, readers' comments
("Ý kiến bạn đọc"), the comment form and "Các tin khác" (the category's 3 newest but this one).

How each gold article is reached
--------------------------------
The home page lists the 6 newest articles and each category's 3 newest; the category lists show
4 a page. ``1179`` (Tin tức - Sự kiện) and ``1182`` (Hoạt động chuyên môn) are the oldest of
their categories and appear only on page 2 of their list (``startrow=5``): no other block names
them. All others are also on page 1 of their list.

Traps
-----
1. Flash splash at ``/``: the only way in is one ``<a href="index.cfm">`` under an ``<object>``
   (and a meta refresh); gold: nothing on ``/`` is an article.
2. Session ids in links: cookieless, every framework link ends ``&CFID=2417&CFTOKEN=83015562``;
   with the cookie, none. Gold path is the clean URL; the session forms are ``alt_paths``.
3. CFML's case-blind URL scope: the hand-written ticker links ``?FuseAction=News.Detail&ID=<N>``
   and the list's thumbnail/"Chi tiết" links add ``&cat=<N>``: the same post linked under three
   spellings. The SES form ``/index.cfm/fuseaction/news.detail/id/<N>`` serves it too. All are
   ``alt_paths`` of the one record.
4. A datetime printed raw: a ``#qTin.NgayDang#`` without ``DateFormat()`` prints CF's ODBC form
   ``{ts '2026-11-20 10:45:00'}``; gold reads it as local time ("2026-11-20T10:45:00+07:00");
   ``{ts '2026-10-22 00:00:00'}`` is the day alone. Readers' comments print the same form: never
   the article's date.
5. The server's English locale: some records print ``DateFormat(…, "dddd, mmmm dd, yyyy")`` plus
   ``TimeFormat(…, "h:mm tt")``: "Tuesday, November 03, 2026 2:15 PM" -> "2026-11-03T14:15:00+07:00";
   the debugging block's "Time Stamp 05-Dec-26 09:41 AM" is the clock, never a date of the post.
6. ``ParagraphFormat()`` text: paragraphs parted by bare unclosed ``<P>`` tags, the first one
   loose text directly in the ``<td>``; other records were ``Replace(…, chr(10), "<br>")``-ed
   (one ``<br>`` between paragraphs). Gold: each piece a paragraph, in order.
7. The field table above the text (``Ngày đăng: | …``, ``Người viết: | …``, ``Lượt xem: | …``) is
   a table, but not the text's table: its rows are not body. "Người viết" gives the author
   (degree dropped: "ThS. Lê Thị Thu Hà" -> "Lê Thị Thu Hà"; a unit as printed); when it holds
   the CMS account ``hv_quantri`` it names nobody and the right-aligned line closing the text
   (if any) is the author. One article has a real table of results inside its text: those rows
   are body.
8. ``HTMLEditFormat()`` applied twice to the ``<title>``: it prints ``&amp;quot;`` / ``&amp;amp;``,
   so the tab shows ``Hội thi &quot;Em yêu khoa học&quot;…``; gold title is the headline
   ``<h3>`` as printed (real quotes, a real "&").
9. ColdFusion's debugging output after ``</html>``: tables of templates, the SQL of the page's
   queries (``SELECT … WHERE MaTin = 1207``) and the session/URL scopes holding the last viewed
   title: none of it is text, title or date.
10. Photo lines that end with the credit "(Ảnh: Trần Minh Quân)": caption is the line without
    the credit, the name is a photographer.
11. The notice (Thông báo) printed as an official document: letterhead table, "Số:", place and
    date line, "THÔNG BÁO" / "Về việc …", "Nơi nhận", signer; its "Ngày đăng" row says
    ``{ts '2026-12-01 10:20:00'}`` but gold date is the letterhead's day 2026-11-30, author the
    signer; the "Tệp đính kèm" line is not body.
12. The home page's first "Tin mới" item prints its sapo under a thumbnail: chrome, and the
    category lists print a 200-character cut of each text ending in "…": not an article page.

Gold decisions on ambiguous points
----------------------------------
- ``summary``: the ``<div class="ttat_ct"><b>…</b></div>`` of the record when printed (it is
  the body's first paragraph), or a bold first paragraph inside the text; else null.
- A caption line "X (Ảnh: Y)" -> caption "X", Y in photographers; an image without a line ->
  caption None.
- "Tin: X - Ảnh: Y" closing line -> authors [X], photographers [Y]; "Tin, ảnh: X" -> X in both.
- "Nguồn: X" closing line -> source "X", not body.
- ``category``: the breadcrumb's last link (same as the menu).
- The print view is an ``alt_path`` (it is the same article); it is linked only through
  ``javascript:window.open``.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs

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

NAME = "cfml_mura_legacy_thpt"
PLATFORM = "Adobe ColdFusion 9, home-made Fusebox-style CFML framework (index.cfm?fuseaction=…)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
CFID, CFTOKEN = "2417", "83015562"
SESSION = f"CFID={CFID}&CFTOKEN={CFTOKEN}"
PAGE_SIZE = 4

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn trường",
    4: "Thông báo",
}
CAT_ID = {v: k for k, v in CATS.items()}

CMS = "hv_quantri"

# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1210,
        slug="thong-bao-lich-kiem-tra-hk1",
        title="Thông báo lịch kiểm tra cuối học kì I năm học 2026-2027",
        cat=CATS[4],
        published_at="2026-11-30",
        authors=["Nguyễn Đình Khoa"],
        blocks=[
            Raw(
                '<table width="100%" border="0" cellpadding="2"><tr>'
                '<td width="40%" align="center"><font size="2">SỞ GD&amp;ĐT GIA LAI<br>'
                "<b>TRƯỜNG THPT CHUYÊN HÙNG VƯƠNG</b><br>Số: 214/TB-THPTCHV</font></td>"
                '<td align="center"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
                "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
                "<i>Pleiku, ngày 30 tháng 11 năm 2026</i></font></td></tr></table>"
                '<p align="center"><b>THÔNG BÁO</b><br><b>Về việc tổ chức kiểm tra cuối học kì I '
                "năm học 2026-2027</b></p>"
            ),
            P(
                "Căn cứ Kế hoạch năm học 2026-2027 của Trường THPT Chuyên Hùng Vương, nhà trường "
                "thông báo lịch kiểm tra cuối học kì I đối với học sinh các khối lớp như sau:"
            ),
            P("1. Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 26/12/2026.", "li"),
            P(
                "2. Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo khối; các môn còn lại "
                "kiểm tra theo lớp trong giờ học chính khóa.",
                "li",
            ),
            P(
                "3. Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh trước ngày "
                "10/12/2026.",
                "li",
            ),
            P(
                "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh "
                "nghiêm túc thực hiện."
            ),
            Raw(
                '<table width="100%" border="0"><tr><td width="50%" valign="top"><font size="1">'
                "<b><i>Nơi nhận:</i></b><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>"
                "- Lưu: VT.</font></td>"
                '<td align="center" valign="top"><b>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</b><br><br>'
                "<i>(đã ký)</i><br><br><b>Nguyễn Đình Khoa</b></td></tr></table>"
                '<p><img src="/images/icon_pdf.gif" border="0"> Tệp đính kèm: '
                '<a href="/upload/files/lich_kiem_tra_hk1_2026.pdf">lich_kiem_tra_hk1_2026.pdf</a>'
                " (86 KB)</p>"
            ),
        ],
        opts={"date": ("ts", "2026-12-01 10:20:00"), "form": "html", "poster": CMS},
    ),
    Story(
        id=1209,
        slug="stem-vat-li-may-phat-dien",
        title="Chuyên đề dạy học STEM môn Vật lí: Chế tạo máy phát điện mini",
        cat=CATS[2],
        published_at="2026-11-27T09:05:00+07:00",
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Nguyễn Hoàng Phúc"],
        blocks=[
            P(
                "Ngày 25/11/2026, tổ Vật lí - Công nghệ tổ chức chuyên đề dạy học STEM với chủ đề "
                "“Chế tạo máy phát điện mini” tại lớp 11 Lý."
            ),
            P(
                "Trong tiết học, học sinh làm việc theo nhóm, vận dụng kiến thức về hiện tượng cảm "
                "ứng điện từ để thiết kế và lắp ráp mô hình từ những vật liệu dễ tìm."
            ),
            Img(
                "/upload/tintuc/2026/11/stem_vatli_01.jpg",
                "Các nhóm học sinh lắp ráp mô hình máy phát điện (Ảnh: Nguyễn Hoàng Phúc)",
                "Các nhóm học sinh lắp ráp mô hình máy phát điện",
            ),
            P("Quy trình thực hiện gồm các bước:"),
            P("Tìm hiểu nguyên lí hoạt động của máy phát điện xoay chiều;", "li"),
            P("Thiết kế bản vẽ, lựa chọn nam châm và cuộn dây phù hợp;", "li"),
            P("Lắp ráp, vận hành thử và đo hiệu điện thế đầu ra;", "li"),
            P("Trình bày sản phẩm và tự đánh giá theo tiêu chí.", "li"),
            P(
                "Chuyên đề nhận được nhiều ý kiến đóng góp của đồng nghiệp, góp phần đổi mới phương "
                "pháp dạy học theo định hướng phát triển năng lực học sinh."
            ),
        ],
        opts={"date": ("en", "Friday, November 27, 2026 9:05 AM"), "form": "html",
              "poster": "Nguyễn Hoàng Phúc"},
    ),
    Story(
        id=1207,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat=CATS[1],
        published_at="2026-11-20T10:45:00+07:00",
        authors=["Lê Thị Thu Hà"],
        photographers=["Trần Minh Quân"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THPT Chuyên Hùng Vương long trọng tổ chức Lễ kỷ niệm "
            "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, "
            "cá nhân có thành tích xuất sắc."
        ),
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường THPT Chuyên Hùng Vương long trọng tổ chức Lễ kỷ niệm "
                "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập "
                "thể, cá nhân có thành tích xuất sắc.",
                "bold",
            ),
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Gia Lai, UBND thành "
                "phố Pleiku, Ban đại diện Cha mẹ học sinh cùng đông đủ các thế hệ thầy cô giáo đã "
                "từng công tác tại trường."
            ),
            Img(
                "/upload/tintuc/2026/11/le_20_11_01.jpg",
                "Thầy Hiệu trưởng phát biểu tại buổi lễ (Ảnh: Trần Minh Quân)",
                "Thầy Hiệu trưởng phát biểu tại buổi lễ",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống hơn 30 năm xây dựng và "
                "phát triển của nhà trường, khẳng định vị thế của ngôi trường chuyên duy nhất của "
                "tỉnh trong công tác bồi dưỡng nhân tài."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 27 giáo viên có thành tích xuất sắc trong công "
                "tác bồi dưỡng học sinh giỏi năm học 2025-2026."
            ),
            Img(
                "/upload/tintuc/2026/11/le_20_11_02.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn (Ảnh: Trần Minh Quân)",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn",
            ),
        ],
        opts={"date": ("ts", "2026-11-20 10:45:00"), "form": "html",
              "poster": "ThS. Lê Thị Thu Hà", "ticker": True},
    ),
    Story(
        id=1205,
        slug="dem-hoi-tuoi-tre",
        title="Đêm hội “Tuổi trẻ Hùng Vương - Tiếp lửa truyền thống”",
        cat=CATS[3],
        published_at="2026-11-24T21:10:00+07:00",
        authors=["Huỳnh Ngọc Mai"],
        photographers=["CLB Truyền thông"],
        blocks=[
            P(
                "Tối 23/11/2026, Đoàn trường tổ chức đêm hội “Tuổi trẻ Hùng Vương - Tiếp lửa "
                "truyền thống” với sự tham gia của hơn 800 đoàn viên, học sinh."
            ),
            P(
                "Chương trình gồm các tiết mục múa, hát, kịch do chính các chi đoàn dàn dựng, tái "
                "hiện những kỷ niệm đẹp về mái trường và thầy cô."
            ),
            Img(
                "/upload/tintuc/2026/11/dem_hoi_01.jpg",
                "Tiết mục múa cồng chiêng của chi đoàn 10 Sử",
                "Tiết mục múa cồng chiêng của chi đoàn 10 Sử",
            ),
            P(
                "Kết thúc đêm hội, Ban tổ chức trao giải Nhất cho chi đoàn 12 Anh, giải Nhì cho chi "
                "đoàn 11 Hóa và giải Ba cho chi đoàn 10 Sử."
            ),
            Raw('<p align="right"><b>Tin: Huỳnh Ngọc Mai - Ảnh: CLB Truyền thông</b></p>'),
        ],
        opts={"date": ("ts", "2026-11-24 21:10:00"), "form": "html", "poster": CMS,
              "ticker": True},
    ),
    Story(
        id=1203,
        slug="sinh-hoat-to-ngu-van",
        title="Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học tại tổ Ngữ văn",
        cat=CATS[2],
        published_at="2026-11-16T15:40:00+07:00",
        authors=["Tổ Ngữ văn"],
        blocks=[
            P(
                "Chiều 14/11/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên "
                "cứu bài học với bài dạy “Đọc hiểu văn bản nghị luận xã hội” tại lớp 10 Văn."
            ),
            P(
                "Các thành viên trong tổ dự giờ, quan sát hoạt động học của từng nhóm học sinh và "
                "ghi chép những biểu hiện cụ thể trong quá trình học."
            ),
            P(
                "Sau tiết dạy, tổ thảo luận về nguyên nhân khó khăn của học sinh và đề xuất điều "
                "chỉnh thiết kế bài học cho các lớp còn lại."
            ),
            P(
                "Hình thức sinh hoạt này giúp giáo viên tập trung vào việc học của học sinh thay vì "
                "chỉ đánh giá giờ dạy của đồng nghiệp."
            ),
        ],
        opts={"date": ("ts", "2026-11-16 15:40:00"), "form": "br", "poster": "Tổ Ngữ văn"},
    ),
    Story(
        id=1201,
        slug="hsg-tinh-lop-12",
        title="Học sinh nhà trường đạt 42 giải tại kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat=CATS[1],
        published_at="2026-11-12T16:20:37+07:00",
        authors=["Tổ Giáo vụ"],
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 vừa kết thúc, học sinh "
            "Trường THPT Chuyên Hùng Vương đạt 42 giải, dẫn đầu toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img("/upload/tintuc/2026/11/hsg_tinh_2026.jpg"),
            P(
                "Cụ thể, học sinh nhà trường đạt 9 giải Nhất, 15 giải Nhì, 12 giải Ba và 6 giải "
                "Khuyến khích ở 11 môn thi."
            ),
            P(
                "Các môn Toán, Tin học, Hóa học có 100% học sinh dự thi đạt giải; môn Ngữ văn có 2 "
                "học sinh đạt giải Nhất."
            ),
            P(
                "Đây là cơ sở để nhà trường lựa chọn đội tuyển tham dự kỳ thi chọn học sinh giỏi "
                "quốc gia năm 2027."
            ),
            Raw('<div align="right"><b><i>Tổ Giáo vụ</i></b></div>'),
        ],
        opts={"date": ("ts", "2026-11-12 16:20:37"), "form": "pformat", "poster": CMS},
    ),
    Story(
        id=1196,
        slug="tap-huan-ho-so-dien-tu",
        title="Tập huấn sử dụng hệ thống hồ sơ điện tử cho cán bộ, giáo viên",
        cat=CATS[2],
        published_at="2026-11-05",
        authors=["Phạm Quốc Huy"],
        summary=(
            "Nhằm đẩy mạnh chuyển đổi số trong quản lý, nhà trường tổ chức tập huấn sử dụng hệ "
            "thống hồ sơ điện tử cho toàn thể cán bộ, giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi tập huấn diễn ra tại phòng máy số 2 vào chiều thứ Tư, do thầy Phạm Quốc Huy, "
                "tổ trưởng tổ Tin học, trực tiếp hướng dẫn."
            ),
            P(
                "Giáo viên được hướng dẫn cách tạo sổ điểm điện tử, ký số học bạ, lưu trữ kế hoạch "
                "bài dạy và chia sẻ tài liệu trong tổ chuyên môn."
            ),
            P(
                "Từ học kì II, toàn bộ hồ sơ chuyên môn của giáo viên sẽ được lưu trữ và kiểm tra "
                "trên hệ thống."
            ),
            Raw('<p align="right"><b>Phạm Quốc Huy - Tổ Tin học</b></p>'),
        ],
        opts={"date": ("dmy", "05/11/2026"), "form": "pformat", "poster": CMS},
    ),
    Story(
        id=1195,
        slug="hoi-thi-em-yeu-khoa-hoc",
        title='Hội thi "Em yêu khoa học" năm học 2026-2027',
        cat=CATS[1],
        published_at="2026-11-03T14:15:00+07:00",
        authors=["Tổ Vật lí - Công nghệ"],
        blocks=[
            P(
                'Hội thi "Em yêu khoa học" năm nay thu hút 36 đội thi đến từ các lớp khối 10 và '
                "khối 11, với nhiều sản phẩm nghiên cứu gắn với thực tiễn địa phương."
            ),
            Img(
                "/upload/tintuc/2026/11/em_yeu_khoa_hoc.jpg",
                "Các đội thi trình bày sản phẩm trước Ban giám khảo",
                "Các đội thi trình bày sản phẩm trước Ban giám khảo",
            ),
            P(
                "Nhiều sản phẩm được đánh giá cao như hệ thống tưới cà phê tự động, máy lọc nước "
                "dùng than hoạt tính từ vỏ cà phê và thiết bị cảnh báo cháy rừng."
            ),
            P(
                "Ban tổ chức đã chọn 5 sản phẩm xuất sắc để tham dự Cuộc thi khoa học kĩ thuật cấp "
                "tỉnh dành cho học sinh trung học."
            ),
        ],
        opts={"date": ("en", "Tuesday, November 03, 2026 2:15 PM"), "form": "html",
              "poster": "Tổ Vật lí - Công nghệ", "ticker": True},
    ),
    Story(
        id=1192,
        slug="hien-mau-dot-2",
        title="Đoàn trường ra quân hiến máu tình nguyện đợt 2 năm 2026",
        cat=CATS[3],
        published_at="2026-10-31T14:00:00+07:00",
        authors=["Đoàn trường"],
        blocks=[
            P(
                "Sáng 30/10/2026, Đoàn trường phối hợp với Bệnh viện Đa khoa tỉnh Gia Lai tổ chức "
                "ngày hội hiến máu tình nguyện đợt 2 năm 2026."
            ),
            P(
                "Đã có 126 đoàn viên đủ 18 tuổi và 14 thầy cô giáo đăng kí tham gia, tiếp nhận được "
                "118 đơn vị máu."
            ),
            P(
                "Hoạt động nhằm giáo dục tinh thần tương thân tương ái, chia sẻ với người bệnh của "
                "tuổi trẻ nhà trường."
            ),
        ],
        opts={"date": ("ts", "2026-10-31 14:00:00"), "form": "br", "poster": "Đoàn trường"},
    ),
    Story(
        id=1190,
        slug="hoi-giang-20-11",
        title="Hội giảng chào mừng 20/11: 18 tiết dạy đạt loại Giỏi",
        cat=CATS[2],
        published_at="2026-10-28T11:02:00+07:00",
        authors=["Ban Chuyên môn"],
        blocks=[
            P(
                "Từ ngày 12/10 đến 26/10/2026, nhà trường tổ chức hội giảng chào mừng Ngày Nhà giáo "
                "Việt Nam với 24 tiết dạy của giáo viên các tổ chuyên môn."
            ),
            P("Kết quả xếp loại theo tổ như sau:"),
            P("Tổ | Số tiết dự thi | Đạt loại Giỏi", "tr"),
            P("Toán - Tin | 6 | 5", "tr"),
            P("Lí - Hóa - Sinh | 8 | 6", "tr"),
            P("Văn - Sử - Địa | 6 | 4", "tr"),
            P("Ngoại ngữ | 4 | 3", "tr"),
            P(
                "Các tiết dạy đạt loại Giỏi sẽ được lưu trữ làm tư liệu sinh hoạt chuyên môn của "
                "nhà trường."
            ),
        ],
        opts={"date": ("ts", "2026-10-28 11:02:00"), "form": "html", "poster": "Ban Chuyên môn"},
    ),
    Story(
        id=1188,
        slug="doan-kiem-tra-so",
        title="Đoàn kiểm tra của Sở GD&ĐT làm việc với nhà trường về công tác đầu năm học",
        cat=CATS[1],
        published_at="2026-10-22",
        source="Website Sở GD&ĐT Gia Lai",
        blocks=[
            P(
                "Ngày 21/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo tỉnh Gia Lai đã làm việc "
                "với Trường THPT Chuyên Hùng Vương về việc thực hiện nhiệm vụ đầu năm học."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, cơ sở vật chất, việc xây dựng kế hoạch giáo dục "
                "của nhà trường và dự giờ 6 tiết dạy."
            ),
            P(
                "Kết luận buổi làm việc, Trưởng đoàn ghi nhận sự chuẩn bị chu đáo của nhà trường và "
                "đề nghị tiếp tục nâng cao chất lượng mũi nhọn."
            ),
            Raw('<p align="right"><i>Nguồn: Website Sở GD&amp;ĐT Gia Lai</i></p>'),
        ],
        opts={"date": ("ts", "2026-10-22 00:00:00"), "form": "br", "poster": CMS},
    ),
    Story(
        id=1182,
        slug="kinh-nghiem-hsg-tin",
        title="Kinh nghiệm bồi dưỡng học sinh giỏi quốc gia môn Tin học",
        cat=CATS[2],
        published_at="2026-10-14T20:00:00+07:00",
        authors=["Võ Thành Nhân"],
        blocks=[
            P(
                "Bồi dưỡng học sinh giỏi quốc gia môn Tin học đòi hỏi sự kiên trì của cả thầy và trò "
                "trong một thời gian dài, thường bắt đầu từ lớp 10."
            ),
            P(
                "Theo kinh nghiệm của tổ Tin học, việc đầu tiên là xây dựng hệ thống bài tập theo "
                "chủ đề: quy hoạch động, đồ thị, cấu trúc dữ liệu và xử lí xâu."
            ),
            P(
                "Học sinh cần được luyện tập thường xuyên trên các trang chấm bài trực tuyến và tham "
                "gia các kỳ thi thử có giới hạn thời gian như kỳ thi thật."
            ),
            P(
                "Bên cạnh kiến thức, giáo viên cần chú ý rèn luyện tâm lí thi cử và kĩ năng phân bổ "
                "thời gian cho học sinh."
            ),
        ],
        opts={"date": ("en", "Wednesday, October 14, 2026 8:00 PM"), "form": "html",
              "poster": "ThS. Võ Thành Nhân", "entities": 2},
    ),
    Story(
        id=1179,
        slug="hoi-khoe-phu-dong",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm 2026",
        cat=CATS[1],
        published_at="2026-10-09T07:30:00+07:00",
        authors=["Đoàn Văn Hưng"],
        photographers=["Đoàn Văn Hưng"],
        blocks=[
            P(
                "Sáng 08/10/2026, nhà trường tổ chức khai mạc Hội khỏe Phù Đổng cấp trường với các "
                "môn bóng đá, bóng chuyền, cầu lông và điền kinh."
            ),
            Img(
                "/upload/tintuc/2026/10/hkpd_khai_mac.jpg",
                "Các vận động viên tuyên thệ tại lễ khai mạc",
                "Các vận động viên tuyên thệ tại lễ khai mạc",
            ),
            P(
                "Hội khỏe thu hút hơn 600 vận động viên là học sinh của 27 lớp, diễn ra trong hai "
                "tuần tại sân trường và nhà thi đấu đa năng."
            ),
            Img(
                "/upload/tintuc/2026/10/hkpd_bong_chuyen.jpg",
                "Trận bóng chuyền nữ giữa lớp 10 Toán và 11 Anh",
                "Trận bóng chuyền nữ giữa lớp 10 Toán và 11 Anh",
            ),
            P(
                "Qua hội khỏe, nhà trường sẽ chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Gia "
                "Lai lần thứ XII."
            ),
            Raw('<p align="right"><b>Tin, ảnh: Đoàn Văn Hưng</b></p>'),
        ],
        opts={"date": ("ts", "2026-10-09 07:30:00"), "form": "html", "poster": CMS},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, by the posting stamp the database sorts on
ORDER = [1210, 1209, 1207, 1205, 1203, 1201, 1196, 1195, 1192, 1190, 1188, 1182, 1179]

COMMENTS = {
    1207: [
        ("Phụ huynh lớp 10 Toán", "2026-11-21 07:12:45", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
        ("Cựu học sinh khóa 2015-2018", "2026-11-22 20:03:10", "Nhớ trường, nhớ thầy cô nhiều lắm."),
    ],
    1195: [("Nguyễn An", "2026-11-04 09:30:00", "Sản phẩm tưới cà phê rất thiết thực ạ.")],
}

MOST_READ = [1207, 1201, 1210, 1195, 1205]

NON_ARTICLES = [
    "/index.cfm?fuseaction=page.view&p=gioithieu",
    "/index.cfm?fuseaction=page.view&p=doingu",
    "/index.cfm?fuseaction=page.view&p=lienhe",
    "/index.cfm?fuseaction=doc.detail&id=87",
    "/index.cfm?fuseaction=doc.detail&id=86",
    "/index.cfm?fuseaction=gallery.album&id=12",
]

# --- helpers --------------------------------------------------------------------------------


def _has_cookie(request: Request) -> bool:
    for key, value in request.headers.items():
        if key.lower() == "cookie" and re.search(r"\bCFID=", value, re.I):
            return True
    return False


class _Ctx:
    """What a page needs from its request: the session suffix and the absolute base."""

    def __init__(self, request: Request):
        self.cookie = _has_cookie(request)
        self.base = base_url(request)

    def u(self, target: str) -> str:
        """URLSessionFormat(): the framework's link, with the session for cookieless visitors."""
        if self.cookie:
            return target
        return target + ("&" if "?" in target else "?") + SESSION


def _detail(sid: int) -> str:
    return f"index.cfm?fuseaction=news.detail&id={sid}"


def _list_target(cat: int, startrow: int | None = None) -> str:
    target = f"index.cfm?fuseaction=news.list&cat={cat}"
    return target + (f"&startrow={startrow}" if startrow else "")


def _html_edit_format(value: str) -> str:
    return esc(value).replace("&#x27;", "&#39;")


def _list_date(story: Story) -> str:
    """The list templates use DateFormat(NgayDang, "dd/mm/yyyy")."""
    kind, value = story.opts["date"]
    if kind == "ts":
        y, m, d = value[:10].split("-")
        return f"{d}/{m}/{y}"
    if kind == "dmy":
        return value
    # English full date: the list shows dd/mm/yyyy of the same stamp
    day = (story.published_at or "")[:10]
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def _printed_date(story: Story) -> str:
    kind, value = story.opts["date"]
    if kind == "ts":
        return f"{{ts '{value}'}}"
    return value


def _plain(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P))


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    cut = _plain(story)[:200]
    return cut.rsplit(" ", 1)[0] + "…"


# --- chrome ---------------------------------------------------------------------------------

_CSS = "/css/hv_style.css"


def _menu(ctx: _Ctx) -> str:
    cats = "".join(
        f'<li><a href="{ctx.u(_list_target(c))}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return (
        '<table width="980" cellpadding="0" cellspacing="0" align="center"><tr>'
        '<td class="nen_menu"><ul id="mnu_ngang">'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=home.main")}">TRANG CHỦ</a></li>'
        '<li><a href="#">GIỚI THIỆU</a><ul class="mnu_con">'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=page.view&p=gioithieu")}">Lịch sử nhà trường</a></li>'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=page.view&p=doingu")}">Đội ngũ giáo viên</a></li>'
        "</ul></li>"
        f'<li><a href="{ctx.u(_list_target(1))}">TIN TỨC</a><ul class="mnu_con">{cats}</ul></li>'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=doc.list")}">VĂN BẢN</a></li>'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=gallery.list")}">THƯ VIỆN ẢNH</a></li>'
        f'<li><a href="{ctx.u("index.cfm?fuseaction=page.view&p=lienhe")}">LIÊN HỆ</a></li>'
        "</ul></td></tr></table>"
    )


def _ticker() -> str:
    # hand-written in lay_header.cfm long ago: no URLSessionFormat, the old key case
    items = " &nbsp;&nbsp;&nbsp; ".join(
        f'<img src="images/new_icon.gif" border="0"> '
        f'<a href="index.cfm?FuseAction=News.Detail&ID={s.id}" class="lnk_tieudiem">{esc(s.title)}</a>'
        for s in STORIES
        if s.opts.get("ticker")
    )
    return (
        '<table width="980" align="center" cellpadding="2"><tr>'
        '<td width="110" class="nhan_tieudiem"><b>Tin tiêu điểm:</b></td>'
        f'<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}'
        "</marquee></td></tr></table>"
    )


def _left(ctx: _Ctx) -> str:
    most = "".join(
        f'<tr><td valign="top"><img src="images/mui_ten.gif"></td><td class="tin_docnhieu">'
        f'<a href="{ctx.u(_detail(i))}">{esc(BY_ID[i].title)}</a></td></tr>'
        for i in MOST_READ
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">'
        '<tr><td class="tieude_khung">ĐỌC NHIỀU NHẤT</td></tr>'
        f'<tr><td><table cellpadding="3" width="100%">{most}</table></td></tr>'
        '<tr><td class="tieude_khung">LIÊN KẾT WEBSITE</td></tr>'
        '<tr><td><select onchange="if(this.value!=\'\')window.open(this.value)" style="width:180px">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://gialai.edu.vn">Sở GD&amp;ĐT Gia Lai</option>'
        '<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</option>'
        "</select></td></tr>"
        '<tr><td class="tieude_khung">THĂM DÒ Ý KIẾN</td></tr>'
        f'<tr><td><form name="frmBinhChon" method="post" action="{ctx.u("index.cfm?fuseaction=poll.vote")}">'
        "Bạn biết đến website nhà trường qua đâu?<br>"
        '<input type="radio" name="luachon" value="1"> Bạn bè<br>'
        '<input type="radio" name="luachon" value="2"> Thầy cô<br>'
        '<input type="radio" name="luachon" value="3"> Công cụ tìm kiếm<br>'
        '<input type="hidden" name="mabc" value="5">'
        '<input type="submit" value="Bình chọn" class="nut"></form></td></tr>'
        '<tr><td class="tieude_khung">THỐNG KÊ TRUY CẬP</td></tr>'
        '<tr><td class="thongke">Đang online: 14<br>Hôm nay: 386<br>Tổng truy cập: 1.204.557</td></tr>'
        "</table>"
    )


_DEBUG_CSS = (
    '<style type="text/css">\n.cfdebug {color:black;background-color:white;'
    'font-family:"Times New Roman", Times, serif;font-size:small}\n'
    ".cfdebuglge {color:black;background-color:white;font-family:\"Times New Roman\", Times, serif;"
    "font-size:medium;}\na.cfdebuglink {color:blue;background-color:white }\n</style>\n"
)


def _debug(ctx: _Ctx, template: str, queries: list[tuple[str, str]], url_vars: dict[str, str],
           session_extra: str = "") -> str:
    """ColdFusion's debugging output: printed after </html> for the debugging IP list."""
    rows = "".join(
        f'<tr><td align="right" class="cfdebug" nowrap>{t} ms</td><td align="right" class="cfdebug"'
        f' nowrap>{t} ms</td><td align="center" class="cfdebug" nowrap>1</td><td align="left" '
        f'class="cfdebug" nowrap>D:\\inetpub\\wwwroot\\hungvuong\\{name}</td></tr>\n'
        for t, name in ((0, "Application.cfm"), (16, "fbx_switch.cfm"), (31, template),
                        (0, "lay_main.cfm"))
    )
    sql = "".join(
        f"<code><b>{name}</b> (Datasource=dsn_hungvuong, Time=15ms, Records=1) in "
        f"D:\\inetpub\\wwwroot\\hungvuong\\{template.replace('dsp_', 'qry_')} @ 09:41:12.437</code>"
        f"<br />\n<pre>{esc(statement)}</pre>\n"
        for name, statement in queries
    )
    urlv = "\n".join(f"{k.upper()}={esc(v)}" for k, v in url_vars.items())
    return (
        _DEBUG_CSS
        + '<table class="cfdebug" bgcolor="white"><tr><td class="cfdebug">\n<p class="cfdebug"><hr/>'
        '<b class="cfdebuglge"><a name="cfdebug_top">Debugging Information</a></b>\n'
        '<table class="cfdebug">\n'
        '<tr><td class="cfdebug" nowrap> ColdFusion Server Standard </td><td class="cfdebug">'
        "9,0,1,274733 </td></tr>\n"
        '<tr><td class="cfdebug" nowrap> Template </td><td class="cfdebug">/index.cfm</td></tr>\n'
        '<tr><td class="cfdebug" nowrap> Time Stamp </td><td class="cfdebug">05-Dec-26 09:41 AM'
        "</td></tr>\n"
        '<tr><td class="cfdebug" nowrap> Locale </td><td class="cfdebug">English (US)</td></tr>\n'
        '<tr><td class="cfdebug" nowrap> Remote IP </td><td class="cfdebug">127.0.0.1</td></tr>\n'
        '<tr><td class="cfdebug" nowrap> Host Name </td><td class="cfdebug">localhost</td></tr>\n'
        "</table></p>\n"
        '<p class="cfdebug"><hr/><b class="cfdebuglge"><a name="cfdebug_execution">Execution Time'
        "</a></b></p>\n"
        '<table border="1" cellpadding="2" cellspacing="0" class="cfdebug">\n'
        '<tr><td class="cfdebug" align="center"><b>Total Time</b></td><td class="cfdebug" '
        'align="center"><b>Avg Time</b></td><td class="cfdebug" align="center"><b>Count</b></td>'
        '<td class="cfdebug"><b>Template</b></td></tr>\n'
        + rows
        + '<tr><td align="right" class="cfdebug" nowrap><i>47 ms</i></td><td colspan="2">&nbsp;</td>'
        '<td align="left" class="cfdebug"><i>TOTAL EXECUTION TIME</i></td></tr>\n</table>\n'
        '<p class="cfdebug"><hr/><b class="cfdebuglge"><a name="cfdebug_sql">SQL Queries</a></b>'
        "</p>\n"
        + sql
        + '<p class="cfdebug"><hr/><b class="cfdebuglge"><a name="cfdebug_scopevars">Scope Variables'
        "</a></b></p>\n"
        f"<pre><b>Session Variables:</b>\ncfid={CFID}\ncftoken={CFTOKEN}\n"
        f"sessionid=HUNGVUONG_{CFID}_{CFTOKEN}\nurltoken={SESSION}\n{session_extra}</pre>\n"
        f"<pre><b>URL Parameters:</b>\n{urlv}\n</pre>\n"
        "</td></tr></table>\n"
    )


def _page(ctx: _Ctx, title: str, content: str, debug: str) -> Response:
    """lay_main.cfm: the layout table around a fuse's content, then the debugging block."""
    body = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        f"<title>THPT Chuyên Hùng Vương - Gia Lai :: {title}</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="keywords" content="THPT Chuyen Hung Vuong, Gia Lai, Pleiku, truong chuyen">\n'
        f'<base href="{ctx.base}/">\n'
        f'<link href="{_CSS}" rel="stylesheet" type="text/css">\n'
        '<script language="javascript" src="js/menu_xo.js"></script>\n'
        "<script language=\"javascript\">function moBanIn(u){window.open(u,'banin',"
        "'width=760,height=600,scrollbars=yes');}</script>\n"
        "</head>\n"
        '<body leftmargin="0" topmargin="0" bgcolor="#e8eef7">\n'
        '<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
        '<tr><td><img src="images/banner_hv.jpg" width="980" height="150" alt="Trường THPT Chuyên '
        'Hùng Vương - Gia Lai"></td></tr>'
        f'<tr><td class="dong_ngay" align="right">{HEADER_DAY} &nbsp;</td></tr></table>\n'
        + _menu(ctx)
        + "\n"
        + _ticker()
        + '\n<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
        '<tr><td width="200" valign="top" id="fbx_trai">'
        + _left(ctx)
        + '</td>\n<td width="10">&nbsp;</td>\n<td valign="top" id="fbx_noidung">\n'
        + content
        + "\n</td></tr></table>\n"
        '<table width="980" align="center" cellpadding="6" class="chan_trang"><tr><td align="center">'
        "<b>TRƯỜNG THPT CHUYÊN HÙNG VƯƠNG - TỈNH GIA LAI</b><br>"
        "Địa chỉ: 03 Lê Lợi, phường Hội Thương, thành phố Pleiku, tỉnh Gia Lai<br>"
        "Điện thoại: (0269) 3824 136 - Fax: (0269) 3824 137 - Email: thptchuyenhv@gialai.edu.vn<br>"
        "© 2008 - 2026 Bản quyền thuộc Trường THPT Chuyên Hùng Vương. Thiết kế: Tổ Tin học."
        "</td></tr></table>\n</body>\n</html>\n"
        + debug
    )
    headers = {"Server": "Microsoft-IIS/6.0", "X-Powered-By": "ASP.NET"}
    if not ctx.cookie:
        headers["Set-Cookie"] = f"CFID={CFID};expires=Mon, 27-Nov-2056 09:41:12 GMT;path=/"
    return html(body, headers=headers)


def _crumb(ctx: _Ctx, *parts: tuple[str, str | None]) -> str:
    items = [f'<a href="{ctx.u("index.cfm?fuseaction=home.main")}">Trang chủ</a>']
    for label, target in parts:
        items.append(f'<a href="{ctx.u(target)}">{esc(label)}</a>' if target else esc(label))
    return '<div class="dd_vitri">' + " » ".join(items) + "</div>"


# --- article text in the forms the records were stored -------------------------------------


def _img_html(img: Img) -> str:
    line = f'<br><i><font size="1" color="#444444">{esc(img.printed)}</font></i>' if img.printed else ""
    return (
        f'<div align="center"><img src="{esc(img.src)}" width="420" border="0" '
        f'alt="">{line}</div>'
    )


def _body_html(story: Story) -> str:
    form = story.opts["form"]
    ent = story.opts.get("entities", 0)
    if form == "pformat":
        # ParagraphFormat(): a bare <P> at each blank line, nothing closed, first piece loose
        pieces = []
        for b in story.blocks:
            if isinstance(b, P):
                pieces.append(text(b.text))
            elif isinstance(b, Img):
                pieces.append(_img_html(b))
            else:
                pieces.append(b.html)
        return "\r\n<P>\r\n".join(pieces)
    if form == "br":
        # Replace(NoiDung, chr(10), "<br>", "all"): one <br> between the typed lines
        out = []
        for b in story.blocks:
            if isinstance(b, P):
                out.append(text(b.text) + "<br>\r\n")
            elif isinstance(b, Img):
                out.append(_img_html(b))
            else:
                out.append(b.html)
        return '<font face="Arial" size="2">' + "".join(out) + "</font>"
    # FCKeditor HTML
    out = []
    i = 0
    blocks = story.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                tag = "ol" if run[0].text[:2].rstrip(".").isdigit() else "ul"
                if tag == "ol":
                    items = "".join(f'<p style="margin-left:30px">{text(r.text, entities=ent)}</p>'
                                    for r in run)
                    out.append(items)
                else:
                    items = "".join(f"<li>{text(r.text, entities=ent)}</li>" for r in run)
                    out.append(f"<ul>{items}</ul>")
            else:
                rows = []
                for n, r in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(f"<{cell}>{text(c, entities=ent)}</{cell}>"
                                    for c in r.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append('<table border="1" cellspacing="0" cellpadding="4" align="center" '
                           f'style="width: 90%;"><tbody>{"".join(rows)}</tbody></table>')
            continue
        if isinstance(b, P):
            inner = text(b.text, entities=ent)
            if b.style == "bold":
                inner = f"<strong>{inner}</strong>"
            out.append(f'<p style="text-align: justify;"><span style="font-size: 12pt;">'
                       f'<span style="font-family: Times New Roman;">{inner}</span></span></p>')
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{esc(b.src)}" '
                'style="width: 450px; height: 300px;" /></p>'
                + (f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>' if b.printed else "")
            )
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


# --- pages ----------------------------------------------------------------------------------


def _news_detail(ctx: _Ctx, story: Story, url_vars: dict[str, str]) -> Response:
    cat = CAT_ID[story.cat]
    views = story.views()
    sapo = (f'<div class="ttat_ct"><b>{text(story.summary)}</b></div>'
            if story.summary and story.sapo_outside else "")
    comments = COMMENTS.get(story.id, [])
    ykien = "".join(
        f'<div class="yk_dong"><b>{esc(n)}</b> - <font color="#888888">{{ts \'{t}\'}}</font><br>'
        f"{esc(c)}</div>"
        for n, t, c in comments
    )
    others = [BY_ID[i] for i in ORDER if BY_ID[i].cat == story.cat and i != story.id][:3]
    other_html = "".join(
        f'<li><a href="{ctx.u(_detail(o.id))}">{esc(o.title)}</a> <font color="#888888">'
        f"({_list_date(o)})</font></li>"
        for o in others
    )
    ses = f"{ctx.base}/index.cfm/fuseaction/news.detail/id/{story.id}"
    content = (
        _crumb(ctx, (story.cat, _list_target(cat)))
        + '\n<table width="100%" cellpadding="4" cellspacing="0" class="khung_tin">'
        f'<tr><td><h3 class="tdct">{esc(story.title)}</h3></td></tr>\n'
        '<tr><td><table class="tt_tin" cellpadding="2" cellspacing="0">'
        f'<tr><td class="nhan" width="90">Ngày đăng:</td><td>{_printed_date(story)}</td></tr>'
        f'<tr><td class="nhan">Người viết:</td><td>{esc(story.opts["poster"])}</td></tr>'
        f'<tr><td class="nhan">Lượt xem:</td><td>{views}</td></tr></table></td></tr>\n'
        f"<tr><td>{sapo}</td></tr>\n"
        f'<tr><td class="nd_tin">{_body_html(story)}</td></tr>\n'
        '<tr><td align="right" class="congcu">'
        f"<a href=\"javascript:moBanIn('index.cfm?fuseaction=news.print&id={story.id}')\">"
        '<img src="images/print.gif" border="0"> Bản in</a> | '
        f'<a href="mailto:?subject={esc(story.title)}&body={ses}"><img src="images/email.gif" '
        'border="0"> Gửi email</a> | <a href="#dau">Lên đầu trang</a></td></tr>\n'
        '<tr><td class="diachi_bv">Địa chỉ bài viết: <input type="text" size="60" readonly '
        f'value="{ses}" onclick="this.select()"></td></tr>\n'
        "</table>\n"
        f'<div class="khung_yk"><b>Ý kiến bạn đọc ({len(comments)})</b>{ykien}</div>\n'
        f'<form name="frmYKien" method="post" action="{ctx.u("index.cfm?fuseaction=news.comment")}">'
        f'<input type="hidden" name="matin" value="{story.id}">'
        'Họ tên: <input type="text" name="hoten"><br>Nội dung:<br>'
        '<textarea name="noidung" rows="4" cols="50"></textarea><br>'
        '<input type="submit" value="Gửi ý kiến"></form>\n'
        f'<div class="tin_khac"><b>Các tin khác:</b><ul>{other_html}</ul></div>'
    )
    title = _html_edit_format(_html_edit_format(story.title))
    debug = _debug(
        ctx,
        "fuse_tintuc\\dsp_chitiet.cfm",
        [
            ("qChiTiet", "SELECT MaTin, TieuDe, TomTat, NoiDung, NgayDang, NguoiViet, LuotXem\n"
                         f"FROM tblTinTuc\nWHERE MaTin = {story.id} AND HienThi = 1"),
            ("qTinKhac", "SELECT TOP 3 MaTin, TieuDe, NgayDang FROM tblTinTuc\n"
                         f"WHERE MaLoai = {cat} AND MaTin <> {story.id} ORDER BY NgayDang DESC"),
        ],
        url_vars,
        f"tin_vua_xem={story.id}\ntieude_vua_xem={story.title}\n",
    )
    return _page(ctx, title, content, debug)


def _news_print(ctx: _Ctx, story: Story) -> Response:
    sapo = f"<p><b>{text(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{_html_edit_format(story.title)}</title></head>"
        '<body onload="window.print()"><table width="700" align="center"><tr><td>'
        '<img src="images/logo_in.gif"> <b>TRƯỜNG THPT CHUYÊN HÙNG VƯƠNG - GIA LAI</b><hr>'
        f"<h3>{esc(story.title)}</h3>"
        f"<i>Ngày đăng: {_printed_date(story)}</i><br>"
        f"{sapo}{_body_html(story)}<hr>"
        '<font size="1">Bản in từ website Trường THPT Chuyên Hùng Vương</font>'
        "</td></tr></table></body></html>"
    )
    return html(body)


def _home(ctx: _Ctx, url_vars: dict[str, str]) -> Response:
    newest = [BY_ID[i] for i in ORDER[:6]]
    first = newest[0]
    rest = "".join(
        f'<tr><td><img src="images/cham.gif"> <a href="{ctx.u(_detail(s.id))}" class="tieude_ds">'
        f'{esc(s.title)}</a> <font color="#888888">({_list_date(s)})</font></td></tr>'
        for s in newest[1:]
    )
    boxes = []
    for cat, name in CATS.items():
        top = [BY_ID[i] for i in ORDER if BY_ID[i].cat == name][:3]
        items = "".join(
            f'<li><a href="{ctx.u(_detail(s.id))}">{esc(s.title)}</a></li>' for s in top
        )
        boxes.append(
            '<table width="100%" class="khung_muc"><tr><td class="tieude_muc">'
            f'<a href="{ctx.u(_list_target(cat))}">{esc(name.upper())}</a></td>'
            f'<td align="right"><a href="{ctx.u(_list_target(cat))}">Xem tiếp »</a></td></tr>'
            f'<tr><td colspan="2"><ul>{items}</ul></td></tr></table>'
        )
    content = (
        '<table width="100%" class="khung_tinmoi"><tr><td class="tieude_muc" colspan="2">TIN MỚI NHẤT'
        "</td></tr>"
        f'<tr><td width="160" valign="top"><a href="{ctx.u(_detail(first.id))}">'
        '<img src="upload/thumb/tb_1210.jpg" width="150" border="0"></a></td>'
        f'<td valign="top"><a href="{ctx.u(_detail(first.id))}" class="tieude_noibat"><b>'
        f"{esc(first.title)}</b></a><br>{esc(_teaser(first))}</td></tr>"
        f'<tr><td colspan="2"><table width="100%">{rest}</table></td></tr></table>\n'
        + "\n".join(boxes)
        + '\n<form name="frmTim" method="get" action="index.cfm">'
        '<input type="hidden" name="fuseaction" value="news.search">'
        'Tìm kiếm: <input type="text" name="tukhoa" size="20"> <input type="submit" value="Tìm">'
        "</form>"
    )
    debug = _debug(ctx, "fuse_trangchu\\dsp_trangchu.cfm",
                   [("qTinMoi", "SELECT TOP 6 MaTin, TieuDe, TomTat, NgayDang FROM tblTinTuc\n"
                                "WHERE HienThi = 1 ORDER BY NgayDang DESC")], url_vars)
    return _page(ctx, "Trang chủ", content, debug)


def _news_list(ctx: _Ctx, cat: int, startrow: int, url_vars: dict[str, str]) -> Response | None:
    name = CATS[cat]
    items = [BY_ID[i] for i in ORDER if BY_ID[i].cat == name]
    if startrow < 1 or (startrow > 1 and startrow > len(items)):
        return None
    page = items[startrow - 1 : startrow - 1 + PAGE_SIZE]
    rows = "".join(
        '<tr><td width="110" valign="top">'
        f'<a href="{ctx.u(_detail(s.id) + f"&cat={cat}")}"><img src="upload/thumb/tb_{s.id}.jpg" '
        'width="100" border="0"></a></td><td valign="top">'
        f'<a href="{ctx.u(_detail(s.id))}" class="tieude_ds"><b>{esc(s.title)}</b></a><br>'
        f'<font color="#888888">Ngày đăng: {_list_date(s)}</font><br>{esc(_teaser(s))} '
        f'<a href="{ctx.u(_detail(s.id) + f"&cat={cat}")}">Chi tiết »</a></td></tr>'
        for s in page
    )
    pages = []
    for n, row in enumerate(range(1, len(items) + 1, PAGE_SIZE), start=1):
        if row == startrow:
            pages.append(f"<b>[{n}]</b>")
        else:
            target = _list_target(cat) if row == 1 else _list_target(cat, row)
            pages.append(f'<a href="{ctx.u(target)}">{n}</a>')
    nxt = startrow + PAGE_SIZE
    if nxt <= len(items):
        pages.append(f'<a href="{ctx.u(_list_target(cat, nxt))}">Trang sau »</a>')
    content = (
        _crumb(ctx, (name, None))
        + f'\n<div class="tieude_muc">{esc(name.upper())}</div>\n'
        f'<table width="100%" cellpadding="4" class="ds_tin">{rows}</table>\n'
        f'<div class="phantrang" align="center">Trang: {" ".join(pages)}</div>'
    )
    debug = _debug(ctx, "fuse_tintuc\\dsp_danhsach.cfm",
                   [("qDanhSach", "SELECT MaTin, TieuDe, TomTat, NgayDang FROM tblTinTuc\n"
                                  f"WHERE MaLoai = {cat} AND HienThi = 1 ORDER BY NgayDang DESC")],
                   url_vars)
    return _page(ctx, esc(name), content, debug)


STATIC_PAGES = {
    "gioithieu": (
        "Lịch sử nhà trường",
        [
            "Trường THPT Chuyên Hùng Vương được thành lập năm 1991, là trường trung học phổ thông "
            "chuyên duy nhất của tỉnh Gia Lai.",
            "Trải qua hơn 30 năm xây dựng và phát triển, nhà trường đã đào tạo hàng nghìn học sinh "
            "giỏi, nhiều em đạt giải quốc gia và quốc tế.",
            "Nhà trường đã được tặng thưởng Huân chương Lao động hạng Nhì.",
        ],
    ),
    "doingu": (
        "Đội ngũ giáo viên",
        [
            "Nhà trường hiện có 98 cán bộ, giáo viên, nhân viên; trong đó 46 giáo viên có trình độ "
            "thạc sĩ, 2 giáo viên có trình độ tiến sĩ.",
            "Tổ Toán - Tin | 18 giáo viên",
            "Tổ Lí - Hóa - Sinh | 24 giáo viên",
            "Tổ Văn - Sử - Địa | 20 giáo viên",
        ],
    ),
    "lienhe": (
        "Liên hệ",
        [
            "Trường THPT Chuyên Hùng Vương - 03 Lê Lợi, phường Hội Thương, thành phố Pleiku, tỉnh "
            "Gia Lai.",
            "Điện thoại: (0269) 3824 136 - Email: thptchuyenhv@gialai.edu.vn",
        ],
    ),
}

DOCS = {
    87: ("Kế hoạch năm học 2026-2027", "145/KH-THPTCHV", "15/09/2026", "ke_hoach_nam_hoc_2026_2027.pdf"),
    86: ("Quy chế chi tiêu nội bộ năm 2026", "12/QC-THPTCHV", "20/01/2026", "quy_che_chi_tieu_2026.pdf"),
}

ALBUMS = {
    12: ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", [
        ("le_20_11_01.jpg", "Thầy Hiệu trưởng phát biểu"),
        ("le_20_11_02.jpg", "Văn nghệ chào mừng"),
        ("le_20_11_03.jpg", "Tặng hoa thầy cô"),
    ]),
}


def _page_view(ctx: _Ctx, name: str, url_vars: dict[str, str]) -> Response | None:
    if name not in STATIC_PAGES:
        return None
    title, paras = STATIC_PAGES[name]
    form = ""
    if name == "lienhe":
        form = (
            f'<form method="post" action="{ctx.u("index.cfm?fuseaction=page.sendmail")}">'
            'Họ tên: <input name="hoten"><br>Email: <input name="email"><br>'
            '<textarea name="noidung"></textarea><br><input type="submit" value="Gửi"></form>'
        )
    content = (
        _crumb(ctx, (title, None))
        + f'<div class="tieude_muc">{esc(title.upper())}</div>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + form
    )
    debug = _debug(ctx, "fuse_trang\\dsp_trang.cfm",
                   [("qTrang", f"SELECT TieuDe, NoiDung FROM tblTrang WHERE MaTrang = '{name}'")],
                   url_vars)
    return _page(ctx, esc(title), content, debug)


def _doc_list(ctx: _Ctx, url_vars: dict[str, str]) -> Response:
    rows = "".join(
        f'<tr><td>{so}</td><td>{ngay}</td><td><a href="{ctx.u(f"index.cfm?fuseaction=doc.detail&id={i}")}">'
        f"{esc(t)}</a></td></tr>"
        for i, (t, so, ngay, _f) in DOCS.items()
    )
    content = (
        _crumb(ctx, ("Văn bản", None))
        + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        "<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
        + rows
        + "</table>"
    )
    return _page(ctx, "Văn bản", content, _debug(ctx, "fuse_vanban\\dsp_ds.cfm", [], url_vars))


def _doc_detail(ctx: _Ctx, doc: int, url_vars: dict[str, str]) -> Response | None:
    if doc not in DOCS:
        return None
    t, so, ngay, f = DOCS[doc]
    content = (
        _crumb(ctx, ("Văn bản", "index.cfm?fuseaction=doc.list"), (t, None))
        + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr><td>Số hiệu:</td><td>{so}</td></tr><tr><td>Ngày ban hành:</td><td>{ngay}</td></tr>"
        f"<tr><td>Trích yếu:</td><td>{esc(t)}</td></tr><tr><td>Người ký:</td><td>Trần Văn Lâm</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="/upload/files/{f}">{f}</a></td></tr></table>'
    )
    return _page(ctx, esc(t), content, _debug(ctx, "fuse_vanban\\dsp_ct.cfm", [], url_vars))


def _gallery_list(ctx: _Ctx, url_vars: dict[str, str]) -> Response:
    cells = "".join(
        f'<td align="center"><a href="{ctx.u(f"index.cfm?fuseaction=gallery.album&id={i}")}">'
        f'<img src="upload/album/{i}/{photos[0][0]}" width="160" border="0"><br>{esc(t)}</a></td>'
        for i, (t, photos) in ALBUMS.items()
    )
    content = _crumb(ctx, ("Thư viện ảnh", None)) + f"<table><tr>{cells}</tr></table>"
    return _page(ctx, "Thư viện ảnh", content, _debug(ctx, "fuse_anh\\dsp_ds.cfm", [], url_vars))


def _gallery_album(ctx: _Ctx, album: int, url_vars: dict[str, str]) -> Response | None:
    if album not in ALBUMS:
        return None
    t, photos = ALBUMS[album]
    cells = "".join(
        f'<td align="center"><img src="upload/album/{album}/{f}" width="200"><br><i>{esc(c)}</i></td>'
        for f, c in photos
    )
    content = (
        _crumb(ctx, ("Thư viện ảnh", "index.cfm?fuseaction=gallery.list"), (t, None))
        + f'<div class="tieude_muc">{esc(t)}</div><table><tr>{cells}</tr></table>'
    )
    return _page(ctx, esc(t), content, _debug(ctx, "fuse_anh\\dsp_album.cfm", [], url_vars))


def _search(ctx: _Ctx, word: str, url_vars: dict[str, str]) -> Response:
    w = unicodedata.normalize("NFC", word).strip().lower()
    hits = [BY_ID[i] for i in ORDER if w and w in BY_ID[i].title.lower()][:5]
    rows = "".join(f'<li><a href="{ctx.u(_detail(s.id))}">{esc(s.title)}</a></li>' for s in hits)
    content = (
        _crumb(ctx, ("Tìm kiếm", None))
        + f"<p>Kết quả tìm kiếm cho: <b>{esc(word)}</b> ({len(hits)} tin)</p><ul>{rows}</ul>"
    )
    return _page(ctx, "Tìm kiếm", content, _debug(ctx, "fuse_tintuc\\dsp_timkiem.cfm", [], url_vars))


SPLASH = """<html><head><title>Truong THPT Chuyen Hung Vuong - Gia Lai</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="12;url=index.cfm">
</head><body bgcolor="#000000" leftmargin="0" topmargin="0">
<table width="100%" height="100%"><tr><td align="center" valign="middle">
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="800" height="500"
 codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0">
<param name="movie" value="intro.swf"><param name="quality" value="high">
<embed src="intro.swf" quality="high" width="800" height="500"
 type="application/x-shockwave-flash"></embed></object><br>
<a href="index.cfm"><font color="#ffcc00" face="Verdana" size="2">» Vào website «</font></a>
</td></tr></table></body></html>"""


# --- routing --------------------------------------------------------------------------------


def _vars(request: Request) -> dict[str, str] | None:
    """The URL scope: query keys case-blind; the SES path's name/value pairs added."""
    raw = {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
    path = request.path
    if path.lower().startswith("/index.cfm/"):
        seg = [s for s in path[len("/index.cfm/"):].split("/") if s]
        if len(seg) % 2:
            return None
        for k, v in zip(seg[::2], seg[1::2], strict=True):
            raw.setdefault(k.lower(), v)
    elif path.lower() != "/index.cfm":
        return None
    return raw


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return html(SPLASH, headers={"Server": "Microsoft-IIS/6.0"})
        if path in ("/intro.swf",):
            return Response(200, b"FWS\x06", {"Content-Type": "application/x-shockwave-flash"})
        if path.startswith("/upload/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")):
            return static_file(path)
        url_vars = _vars(request)
        if url_vars is None:
            return None
        ctx = _Ctx(request)
        fa = url_vars.get("fuseaction", "home.main").lower()
        shown = {k: v for k, v in url_vars.items() if k not in ("cfid", "cftoken")}
        if fa == "home.main":
            return _home(ctx, shown)
        if fa in ("news.detail", "news.print"):
            sid = _int(url_vars.get("id"))
            story = BY_ID.get(sid) if sid is not None else None
            if story is None:
                return None
            if fa == "news.print":
                return _news_print(ctx, story)
            return _news_detail(ctx, story, shown)
        if fa == "news.list":
            cat = _int(url_vars.get("cat"))
            start = _int(url_vars.get("startrow", "1"))
            if cat not in CATS or start is None:
                return None
            return _news_list(ctx, cat, start, shown)
        if fa == "page.view":
            return _page_view(ctx, url_vars.get("p", "").lower(), shown)
        if fa == "doc.list":
            return _doc_list(ctx, shown)
        if fa == "doc.detail":
            doc = _int(url_vars.get("id"))
            return _doc_detail(ctx, doc, shown) if doc is not None else None
        if fa == "gallery.list":
            return _gallery_list(ctx, shown)
        if fa == "gallery.album":
            album = _int(url_vars.get("id"))
            return _gallery_album(ctx, album, shown) if album is not None else None
        if fa == "news.search":
            return _search(ctx, url_vars.get("tukhoa", ""), shown)
        if fa in ("poll.vote", "news.comment", "page.sendmail"):
            if request.method != "POST":
                return redirect(ctx.u("/index.cfm?fuseaction=home.main"))
            content = '<p align="center"><b>Cảm ơn bạn! Ý kiến của bạn đã được ghi nhận.</b></p>'
            return _page(ctx, "Cảm ơn", content, "")
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    sid, cat = story.id, CAT_ID[story.cat]
    return [
        f"/index.cfm?fuseaction=news.detail&id={sid}&{SESSION}",
        f"/index.cfm?fuseaction=news.detail&id={sid}&cat={cat}",
        f"/index.cfm?fuseaction=news.detail&id={sid}&cat={cat}&{SESSION}",
        f"/index.cfm?FuseAction=News.Detail&ID={sid}",
        f"/index.cfm/fuseaction/news.detail/id/{sid}",
        f"/index.cfm?fuseaction=news.print&id={sid}",
        f"/index.cfm?fuseaction=news.print&id={sid}&{SESSION}",
    ]


GOLD = [
    gold_record(
        s,
        f"/index.cfm?fuseaction=news.detail&id={s.id}",
        s.cat,
        alt_paths=_alt_paths(s),
    )
    for s in (BY_ID[i] for i in ORDER)
]
