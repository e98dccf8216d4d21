"""Trường Mầm non Sơn Ca (TP. Quy Nhơn, Bình Định): a hand-kept static site made with FrontPage 2003.

Platform
--------
A kindergarten's site of static ``.html`` files, built in 2012 with Microsoft FrontPage 2003
(``<meta name="GENERATOR" content="Microsoft FrontPage 6.0">``, FP_changeProp drop-down layers,
``webbot`` timestamps, the FrontPage hit counter ``_vti_bin/fpcount.exe``) and kept up by a
teacher who copies the last article's file, overwrites the text and uploads it by FTP to an IIS 6
host. Layout is one 900 px table: banner, orange menu bar with drop-down layers, a date bar, three
columns (left "DANH MỤC", middle content cell, right "TIN XEM NHIỀU" / support / counter / poll),
footer with address and the FrontPage "Cập nhật lần cuối" stamp. Everything is ``<font>`` and
``<table>``; no ``<h1>``, no classes worth the name. IIS answers ``Content-Type: text/html`` with
no charset (the page's ``<meta>`` says which), ``Last-Modified`` = the day the whole site was
re-uploaded (04/12/2026), serves a path case-insensitively and ignores any query string.

URL scheme
----------
- ``/`` and ``/index.html``: home (marquee, "TIN MỚI" with excerpts, "GÓC PHỤ HUYNH" box, menu link)
- ``/tintuc.html``, ``/tintuc2.html``, ``/tintuc3.html``: the hand-edited news list, newest first,
  5 + 5 + 3 entries plus an archive of dead/unlinked 2025-2026 entries on page 3; pages linked by
  "Trang sau" / "Trang trước" (text on page 1, image buttons on pages 2 and 3)
- ``/<yyyy>/<name>.html`` articles, a few ``/<yyyy>/<name>.htm``
- ``/album.html`` (photo album), ``/gioithieu.html``, ``/lienhe.html`` (FrontPage form),
  ``/2026/thucdon-t49.html`` (the week's menu)

Page templates
--------------
Article: breadcrumb line "Trang chủ » <category>" in grey ``<font size=1>``, headline as a
centred bold red ``<font size=5>`` paragraph, date line (typed by hand, in a different form on
almost every page), a flower divider gif, the text (three editors' styles: ``<p align=justify>``
with ``&nbsp;`` indents; one ``<font>`` with ``<br><br>`` between paragraphs; Word paste
``<p class=MsoNormal>``), photos in layout tables, a right-aligned byline, then inside the same
cell "Các tin khác:" (older entries of the same listing page), the FrontPage counter image
("Lượt xem") and "Về đầu trang | In bài | Quay lại".

How each gold article is reached
--------------------------------
- tintuc.html (page 1): attgt.htm, pccc.htm, biengan, bekhoe, ngay-20-11
- tintuc2.html (page 2): nghibao, vuonrau, muabao, daygioi, thiep2010
- tintuc3.html (page 3): phongbenh-tcm, khamsuckhoe.htm, hoinghi-vc
- home also links attgt.htm, pccc.html (twin), BeKhoe.html (case variant), 2011.html (meta-refresh
  stub of ngay-20-11), ngay-20-11.html?fbclid=… (copied from Facebook), biengan and muabao;
  album.html links thiep2010, vuonrau, attgt.htm.
  hoinghi-vc, khamsuckhoe.htm, phongbenh-tcm, daygioi and nghibao are reachable only from page 2
  or 3 of the list
  (and from the "Các tin khác" lists of pages that are themselves on page 2 or 3).

Traps
-----
1. Stale ``<title>``: each article is a copy of the previous one and the teacher seldom edits
   ``<title>``: "Trường MN Sơn Ca - Vui Tết Trung thu 2025" on the 20/10 article, last year's
   "Kỷ niệm 43 năm…" on this year's 20/11 article, FrontPage's "New Page 1", Dreamweaver's
   "Untitled Document", the site name without diacritics. Gold ``title``: the headline printed in
   the content cell (a ``<font size=5>`` paragraph, no ``<h1>`` anywhere), never ``<title>``.
   The "Hội thi Bé khỏe" headline is in capitals and broken by a ``<br>``: gold joins it with a
   space, capitals kept. Listing titles are the teacher's short forms, not the headline.
2. Dates no crawler pattern expects, and dates that are not publication dates: "Ngày đăng:
   09/10/2026", "Thứ Tư, 14/10/2026", "Ngày 24/11/26" (two-digit year -> 2026-11-24),
   "06.11.2026", "Đăng lúc 8h15 ngày 30/10/2026" (-> 2026-10-30T08:15:00+07:00),
   "Thứ Năm, 19/11/2026 - 16:45" (-> with time), "Quy Nhơn, ngày 01 tháng 12 năm 2026" (day only),
   the notice's letterhead day. Every page's footer carries FrontPage's ``webbot Timestamp``
   "Cập nhật lần cuối: 04/12/2026 21:37", IIS sends ``Last-Modified: Fri, 04 Dec 2026`` for every
   file, "Các tin khác" entries print their own dates, the daygioi page closes with "(Bài viết được
   sửa lại ngày 02/11/2026)": none is a publication date. phongbenh-tcm prints no date of its own
   (only its listing entry says 16/10/2026): gold ``published_at`` null.
3. Charset only in ``<meta>`` (no charset in the HTTP header), and two pages where it lies or is
   legacy: khamsuckhoe.htm is stored windows-1258 with tone marks as combining characters
   (``<meta charset=windows-1258>``); vuonrau.html was re-saved in Notepad as UTF-8 *with a BOM*
   while its copied ``<meta>`` still says ``windows-1252`` (the BOM wins, as in a browser; read
   through the meta it is mojibake). hoinghi-vc's text is written as character references
   (FrontPage's "save as entities"). Gold: the Vietnamese text in NFC.
4. One article under several URLs, as a static site on IIS gives them: pccc.htm (listing) and
   pccc.html (home) are twin uploads of one file; /2026/BeKhoe.html (home, case variant) and
   /2026/bekhoe.html (listing) are one file for the case-insensitive server;
   ngay-20-11.html?fbclid=IwAR… (pasted from the school's Facebook post) is served because the
   server ignores queries. Gold: the listing's path; the others in ``alt_paths``. And
   /2026/2011.html (linked from the home page) is the renamed file's old name, now a
   ``<meta http-equiv="refresh" content="0;URL=ngay-20-11.html">`` stub with one line "Trang này
   đã chuyển…": it serves no article (not in ``alt_paths``, not a gold record, not one of
   NON_ARTICLES); following the refresh lands on the gold path.
5. Hand-made pagination: page 1's "Trang sau »" is text, pages 2-3 use FrontPage image buttons
   (``<img alt="Trang sau">`` inside the ``<a>``), page 3's "Trang sau" button points to
   tintuc4.html, which was never made (404). Page 3 ends with an archive of older entries: two
   relative links to deleted files (404), two entries whose link was removed (plain text) and
   one to the old Violet site (another host). None of them is gold.
6. Photos set in layout tables: a 2×2 table whose captions sit in the *next row*, one caption per
   column (gold pairs caption and photo by column); a one-photo table with the caption row below;
   a thumbnail ``<img src=…/nho/…>`` wrapped in a link to ``…/lon/…`` (gold: the printed
   ``<img src>``); Word's ``vuonrau_files/image002.jpg`` folder next to the page; a credit line
   "Ảnh: Trương Công Minh" under a photo (caption None, photographer). Not article images: the
   flower divider gif under the headline, the bullet-flower gifs before list lines, the
   ``new.gif`` of the listing, the banner, and the FrontPage hit counter image
   (``_vti_bin/fpcount.exe/?Page=2026/attgt.htm|Image=2|Digits=5``) printed as "Lượt xem:" inside
   the text's own cell.
7. Leftovers of the copied template inside the text's cell: the 20/10 article keeps last year's
   Trung thu paragraph in an HTML comment and its ``meta description``; a FrontPage
   ``webbot bot="PurpleText"`` placeholder comment; the "Các tin khác" list, "Về đầu trang |
   In bài | Quay lại" and "Xem thêm: <link>" in the same ``<td>`` as the text. Gold body: the
   visible article text only.
8. Links of the root template copied into the year folder: khamsuckhoe.htm and attgt.htm (made
   from the home page's file) link "index.html", "tintuc.html", "album.html" relative to
   /2026/, i.e. to 404s. Not gold, a bounded handful of dead requests.
9. Bylines as a teacher types them: "Tin, ảnh: Cô giáo Phạm Thị Ngọc Ánh (lớp Chồi 1)" ->
   author and photographer "Phạm Thị Ngọc Ánh"; "Bài: Huỳnh Thị Mỹ Dung - Ảnh: Đặng Thị Bích
   Ngọc"; "Trần Thị Mai Phương - Phó Hiệu trưởng"; "NVYT: Đỗ Thị Kim Oanh"; "Tổ Văn phòng" alone
   (a unit: the author as printed); "BBT" (nobody). Sources: "Nguồn: Trung tâm Kiểm soát bệnh
   tật tỉnh Bình Định", "Theo Báo Sức khỏe & Đời sống".
10. The week's menu (/2026/thucdon-t49.html) sits in the year folder like an article, with a
   date range in its heading: not an article (a schedule), in NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- Category: the breadcrumb's last crumb ("Tin tức - Sự kiện", "Hoạt động của bé",
  "Góc phụ huynh"); the listing's "[…]" tag says the same.
- The official notice (nghibao): the page's headline is the title; the letterhead table, "THÔNG
  BÁO / Về việc …", "Nơi nhận" and the signature block are not body; date = letterhead day;
  author = signer "Nguyễn Thị Thanh Tâm". The "Căn cứ …" lines and numbered points are body.
- The results table of daygioi: each row a paragraph, cells joined by " | " (header row included).
- Bold lead paragraphs (muabao, ngay-20-11) are the summary; the others have none.
- "Xem thêm:" line, "Các tin khác", "Lượt xem" counter and "Về đầu trang" are not body.
- Images linked to a larger file: the gold image is the ``<img src>`` printed.
- phongbenh-tcm: published_at null (the date printed on the listing is another page's).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "static_html_mamnon_legacy_mamnon"
PLATFORM = "Static HTML made with Microsoft FrontPage 2003, hand-edited, on IIS 6"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
T_TIN = "Tin tức - Sự kiện"
T_BE = "Hoạt động của bé"
T_PH = "Góc phụ huynh"
LAST_MODIFIED = "Fri, 04 Dec 2026 14:37:12 GMT"
FP_STAMP = "04/12/2026 21:37"

_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def weekday(day: str) -> str:
    """'dd/mm/yyyy' -> 'Thứ …' (checked against the README's today, a Saturday)."""
    d = _dt.datetime.strptime(day, "%d/%m/%Y").date()
    return _THU[d.weekday()]


assert weekday("05/12/2026") == "Thứ Bảy"


def _r(markup: str) -> Raw:
    return Raw(markup)


def _right(line: str) -> Raw:
    return Raw(
        f'<p align="right" style="margin-top:12px"><b><i><font face="Times New Roman" size="3">'
        f"{esc(line)}</font></i></b></p>"
    )


def _date_line(line: str, align: str = "right") -> Raw:
    return Raw(
        f'<p align="{align}" style="margin-top:0"><i><font face="Arial" size="2" color="#808080">'
        f"{esc(line)}</font></i></p>"
    )


# --- the 13 articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoinghi-vc",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat=T_TIN,
        published_at="2026-10-09",
        authors=["Tổ Văn phòng"],
        blocks=[
            _date_line("Ngày đăng: 09/10/2026"),
            P(
                "Chiều ngày 08/10/2026, Trường Mầm non Sơn Ca đã tổ chức Hội nghị viên chức, người "
                "lao động năm học 2026 - 2027. Tham dự hội nghị có đại diện Công đoàn Giáo dục thành "
                "phố Quy Nhơn và toàn thể 42 cán bộ, giáo viên, nhân viên của nhà trường."
            ),
            P(
                "Tại hội nghị, cô Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường, đã báo cáo kết quả "
                "thực hiện nhiệm vụ năm học 2025 - 2026 và triển khai phương hướng, nhiệm vụ trọng "
                "tâm của năm học mới. Năm học vừa qua, tỷ lệ chuyên cần của trẻ đạt 97,5%; 100% trẻ "
                "được ăn bán trú tại trường và được theo dõi sức khỏe bằng biểu đồ tăng trưởng."
            ),
            Img("../images/2026/hoinghi_01.jpg"),
            P(
                "Hội nghị đã nghe báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra "
                "nhân dân và thông qua Quy chế chi tiêu nội bộ năm 2027. Nhiều ý kiến đóng góp tâm "
                "huyết của giáo viên xoay quanh việc bổ sung đồ dùng, đồ chơi ngoài trời và cải tạo "
                "khu vườn cổ tích cho trẻ."
            ),
            P(
                "Kết thúc hội nghị, toàn thể viên chức, người lao động đã ký kết giao ước thi đua và "
                "bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 đồng chí."
            ),
            _right("Tổ Văn phòng"),
        ],
        opts={
            "file": "/2026/hoinghi-vc.html",
            "list_title": "Hội nghị viên chức, người lao động năm học 2026-2027",
            "list_date": "09/10/2026",
            "page": 3,
            "title_tag": "Truong Mam non Son Ca",
            "form": "p",
            "entities": 1,
        },
    ),
    Story(
        id=2,
        slug="khamsuckhoe",
        title="Khám sức khỏe định kỳ đợt 1 cho trẻ năm học 2026 - 2027",
        cat=T_TIN,
        published_at="2026-10-14",
        authors=["Đỗ Thị Kim Oanh"],
        blocks=[
            _date_line("Thứ Tư, 14/10/2026", align="left"),
            P(
                "Nhằm theo dõi tình trạng sức khỏe và phát hiện sớm các bệnh thường gặp ở trẻ, sáng "
                "ngày 13 và 14/10/2026, Trường Mầm non Sơn Ca phối hợp với Trạm Y tế phường tổ chức "
                "khám sức khỏe định kỳ đợt 1 cho 386 trẻ của 12 nhóm, lớp."
            ),
            P(
                "Các bác sĩ đã khám tổng quát, khám răng miệng, tai mũi họng, mắt và đo chiều cao, cân "
                "nặng cho từng trẻ. Các cô giáo phối hợp với nhân viên y tế ổn định trẻ, hướng dẫn trẻ "
                "xếp hàng và động viên các bé nhỏ không sợ hãi khi khám."
            ),
            Img(
                "../images/2026/khamsk_02.jpg",
                printed="Bác sĩ Trạm Y tế khám răng cho bé lớp Mầm 2",
                caption="Bác sĩ Trạm Y tế khám răng cho bé lớp Mầm 2",
                style="under",
            ),
            P(
                "Kết quả bước đầu: 94,3% trẻ có cân nặng bình thường; 12 trẻ suy dinh dưỡng thể nhẹ "
                "cân; 9 trẻ thừa cân, béo phì; 31 trẻ bị sâu răng. Nhà trường sẽ thông báo kết quả "
                "khám đến từng phụ huynh qua sổ bé ngoan và điều chỉnh khẩu phần ăn phù hợp cho trẻ "
                "suy dinh dưỡng và trẻ thừa cân."
            ),
            P(
                "Nhà trường đề nghị quý phụ huynh quan tâm vệ sinh răng miệng cho trẻ ở nhà, đưa trẻ "
                "đi khám chuyên khoa khi có chỉ định của bác sĩ."
            ),
            _right("NVYT: Đỗ Thị Kim Oanh"),
        ],
        opts={
            "file": "/2026/khamsuckhoe.htm",
            "list_title": "Khám sức khỏe cho trẻ đợt 1",
            "list_date": "14/10/2026",
            "page": 3,
            "title_tag": "Trường Mầm non Sơn Ca - Tin tức",
            "form": "br",
            "enc": "cp1258",
            "nav": "broken",
        },
    ),
    Story(
        id=3,
        slug="phongbenh-tcm",
        title="Phòng chống bệnh tay chân miệng ở trẻ mầm non",
        cat=T_PH,
        published_at=None,
        source="Trung tâm Kiểm soát bệnh tật tỉnh Bình Định",
        blocks=[
            P(
                "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây nên, "
                "thường gặp ở trẻ dưới 5 tuổi. Bệnh lây truyền chủ yếu qua đường tiêu hóa, qua tiếp "
                "xúc trực tiếp với dịch tiết từ mũi, họng, nước bọt, dịch bọng nước hoặc phân của "
                "người bệnh."
            ),
            Img("../images/2026/tcm_infographic.jpg", style="plain"),
            P("1. Dấu hiệu nhận biết", style="head"),
            P("- Trẻ sốt nhẹ, mệt mỏi, đau họng, chán ăn, chảy nhiều nước bọt."),
            P(
                "- Xuất hiện các bọng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông và vết loét "
                "trong miệng."
            ),
            P("2. Cách phòng bệnh", style="head"),
            P(
                "- Rửa tay thường xuyên bằng xà phòng dưới vòi nước chảy cho trẻ và người chăm sóc "
                "trẻ, nhất là trước khi chế biến thức ăn, trước khi cho trẻ ăn, sau khi đi vệ sinh, "
                "thay tã cho trẻ."
            ),
            P(
                "- Thực hiện ăn chín, uống chín; vật dụng ăn uống phải được rửa sạch trước khi sử "
                "dụng; không mớm thức ăn cho trẻ."
            ),
            P(
                "- Thường xuyên lau sạch các bề mặt, đồ chơi, tay nắm cửa bằng xà phòng hoặc các "
                "chất tẩy rửa thông thường."
            ),
            P(
                "Khi phát hiện trẻ có dấu hiệu nghi ngờ mắc bệnh, phụ huynh cần cho trẻ nghỉ học, "
                "đưa trẻ đến cơ sở y tế để được khám, tư vấn và điều trị kịp thời, đồng thời báo "
                "ngay cho cô giáo chủ nhiệm lớp."
            ),
            _r(
                '<p class="MsoNormal" align="right" style="text-align:right"><i><span '
                'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;">Nguồn: Trung tâm '
                "Kiểm soát bệnh tật tỉnh Bình Định<o:p></o:p></span></i></p>"
            ),
        ],
        opts={
            "file": "/2026/phongbenh-tcm.html",
            "list_title": "Phòng chống bệnh tay chân miệng",
            "list_date": "16/10/2026",
            "page": 3,
            "title_tag": "Phòng chống bệnh tay chân miệng",
            "form": "mso",
        },
    ),
    Story(
        id=4,
        slug="thiep2010",
        title="Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        cat=T_BE,
        published_at="2026-10-20",
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Phạm Thị Ngọc Ánh"],
        blocks=[
            _date_line("Ngày 20/10/2026"),
            P(
                "Hòa chung không khí kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                "(20/10/1930 - 20/10/2026), trong tuần qua các lớp mẫu giáo của trường đã tổ chức cho "
                "trẻ làm thiệp, cắm hoa tặng bà, tặng mẹ và các cô giáo."
            ),
            P(
                "Với sự hướng dẫn của cô, các bé đã dùng giấy màu, bút sáp, hạt xốp, lá khô… để "
                "trang trí những tấm thiệp xinh xắn. Có bé vẽ bông hoa, có bé vẽ hình trái tim, có bé "
                "nắn nót nhờ cô viết giúp dòng chữ “Con yêu mẹ”."
            ),
            Img(
                "../images/2026/2010/thiep_01.jpg",
                printed="Bé lớp Chồi 1 trang trí thiệp",
                caption="Bé lớp Chồi 1 trang trí thiệp",
                style="grid",
            ),
            Img(
                "../images/2026/2010/thiep_02.jpg",
                printed="Các bé lớp Lá 3 cắm hoa tặng cô",
                caption="Các bé lớp Lá 3 cắm hoa tặng cô",
                style="grid",
            ),
            Img(
                "../images/2026/2010/thiep_03.jpg",
                printed="Bé Gia Hân khoe tấm thiệp tặng mẹ",
                caption="Bé Gia Hân khoe tấm thiệp tặng mẹ",
                style="grid",
            ),
            Img(
                "../images/2026/2010/thiep_04.jpg",
                printed="Trao quà cho mẹ giờ đón trẻ",
                caption="Trao quà cho mẹ giờ đón trẻ",
                style="grid",
            ),
            P(
                "Chiều ngày 19/10, khi phụ huynh đến đón, các bé đã tự tay trao tấm thiệp và đọc "
                "tặng mẹ bài thơ “Mẹ của em”. Nhiều phụ huynh không giấu được xúc động khi nhận món "
                "quà nhỏ mà con tự làm."
            ),
            P(
                "Hoạt động không chỉ giúp trẻ phát triển sự khéo léo của đôi bàn tay, khả năng sáng "
                "tạo mà còn giáo dục trẻ biết yêu thương, kính trọng bà, mẹ và những người phụ nữ "
                "xung quanh mình."
            ),
            _right("Tin, ảnh: Cô giáo Phạm Thị Ngọc Ánh (lớp Chồi 1)"),
        ],
        opts={
            "file": "/2026/thiep2010.html",
            "list_title": "Bé làm thiệp tặng mẹ ngày 20/10",
            "list_date": "20/10/2026",
            "page": 2,
            "title_tag": "Trường MN Sơn Ca - Vui Tết Trung thu 2025",
            "meta_description": "Đêm hội trăng rằm của bé - Trung thu 2025",
            "form": "p",
            "comment_old": (
                '<p align="justify">&nbsp;&nbsp;&nbsp; Tối ngày 03/10/2025 (nhằm ngày 12/8 âm lịch), '
                "Trường Mầm non Sơn Ca tổ chức “Đêm hội trăng rằm” cho hơn 350 bé với chương trình "
                "rước đèn, phá cỗ và xem múa lân.</p>"
            ),
        },
    ),
    Story(
        id=5,
        slug="daygioi",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat=T_TIN,
        published_at="2026-10-27",
        authors=["Trần Thị Mai Phương"],
        blocks=[
            _date_line("Đăng ngày 27/10/2026"),
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 19/10 đến ngày 23/10/2026, Trường "
                "Mầm non Sơn Ca đã tổ chức Hội thi giáo viên dạy giỏi cấp trường với 14 giáo viên "
                "tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện một hoạt động học theo chủ đề đang triển khai tại lớp "
                "và trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ. Ban giám khảo "
                "gồm Ban giám hiệu và các tổ trưởng chuyên môn đã dự giờ, đánh giá theo tiêu chí của "
                "Sở Giáo dục và Đào tạo."
            ),
            P(
                "Nhiều tiết dạy được đầu tư công phu, sử dụng nguyên vật liệu mở, ứng dụng công nghệ "
                "thông tin hợp lý, tạo được hứng thú cho trẻ. Tiêu biểu là hoạt động “Bé khám phá vật "
                "chìm, vật nổi” của cô Nguyễn Thị Hạnh và hoạt động âm nhạc “Cá vàng bơi” của cô Võ "
                "Thị Lan."
            ),
            Img(
                "../images/2026/gvdg_hanh.jpg",
                printed="(Cô Nguyễn Thị Hạnh với hoạt động khám phá khoa học)",
                caption="Cô Nguyễn Thị Hạnh với hoạt động khám phá khoa học",
                style="next",
            ),
            P(
                "Kết quả hội thi có 06 giáo viên đạt loại giỏi, 08 giáo viên đạt loại khá. Danh sách "
                "giáo viên đạt loại giỏi:"
            ),
            P("TT | Họ và tên | Lớp | Xếp loại", style="row"),
            P("1 | Nguyễn Thị Hạnh | Lá 2 | Giỏi", style="row"),
            P("2 | Võ Thị Lan | Lá 1 | Giỏi", style="row"),
            P("3 | Phạm Thị Ngọc Ánh | Chồi 1 | Giỏi", style="row"),
            P("4 | Huỳnh Thị Mỹ Dung | Chồi 3 | Giỏi", style="row"),
            P("5 | Lê Thị Thu Hà | Mầm 2 | Giỏi", style="row"),
            P("6 | Đặng Thị Bích Ngọc | Nhà trẻ 1 | Giỏi", style="row"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để nhà "
                "trường chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp thành phố năm 2027."
            ),
            _right("Trần Thị Mai Phương - Phó Hiệu trưởng"),
            _r(
                '<p align="left"><font size="1" color="#999999"><i>(Bài viết được sửa lại ngày '
                "02/11/2026)</i></font></p>"
            ),
        ],
        opts={
            "file": "/2026/daygioi.html",
            "list_title": "Hội thi GVDG cấp trường năm học 2026 - 2027",
            "list_date": "27/10/2026",
            "page": 2,
            "title_tag": "Trường MN Sơn Ca - Hội thi GVDG",
            "form": "p",
        },
    ),
    Story(
        id=6,
        slug="muabao",
        title="Phụ huynh cần làm gì để giữ an toàn cho trẻ trong mùa mưa bão?",
        cat=T_PH,
        published_at="2026-10-30T08:15:00+07:00",
        authors=["Đỗ Thị Kim Oanh"],
        summary=(
            "Mùa mưa bão ở Bình Định thường kéo dài từ tháng 10 đến tháng 12. Đây cũng là thời điểm "
            "trẻ dễ mắc các bệnh về đường hô hấp, tiêu hóa và dễ gặp tai nạn đuối nước. Nhà trường "
            "xin gửi đến quý phụ huynh một số lưu ý để cùng chăm sóc, bảo vệ trẻ."
        ),
        blocks=[
            _date_line("Đăng lúc 8h15 ngày 30/10/2026"),
            P(
                "Mùa mưa bão ở Bình Định thường kéo dài từ tháng 10 đến tháng 12. Đây cũng là thời "
                "điểm trẻ dễ mắc các bệnh về đường hô hấp, tiêu hóa và dễ gặp tai nạn đuối nước. Nhà "
                "trường xin gửi đến quý phụ huynh một số lưu ý để cùng chăm sóc, bảo vệ trẻ.",
                style="bold",
            ),
            P(
                "Giữ ấm cho trẻ khi trời mưa lạnh, đặc biệt là vùng cổ, ngực và bàn chân; cho trẻ "
                "mặc quần áo khô, thay ngay khi bị ướt.",
                style="bul",
            ),
            P(
                "Không cho trẻ chơi gần ao, hồ, mương nước, khu vực nước chảy xiết; luôn có người lớn "
                "trông coi khi trẻ ở gần nguồn nước.",
                style="bul",
            ),
            P(
                "Dự trữ nước sạch, thực phẩm, thuốc thông thường và đèn pin trong gia đình; kiểm tra, "
                "gia cố nhà cửa trước khi bão đến.",
                style="bul",
            ),
            P(
                "Theo dõi thông báo của nhà trường qua nhóm Zalo của lớp và trang web của trường; khi "
                "có thông báo cho trẻ nghỉ học, phụ huynh chủ động sắp xếp người trông trẻ.",
                style="bul",
            ),
            P(
                "Sau bão, cùng nhà trường vệ sinh môi trường, diệt lăng quăng, bọ gậy để phòng bệnh "
                "sốt xuất huyết.",
                style="bul",
            ),
            _right("Cô Đỗ Thị Kim Oanh - Nhân viên y tế"),
        ],
        opts={
            "file": "/2026/muabao.html",
            "list_title": "Giữ an toàn cho trẻ mùa mưa bão",
            "list_date": "30/10/2026",
            "page": 2,
            "title_tag": "Trường MN Sơn Ca - Phòng chống bệnh tay chân miệng",
            "form": "p",
        },
    ),
    Story(
        id=7,
        slug="vuonrau",
        title="Bé trải nghiệm thu hoạch rau tại “Vườn rau của bé”",
        cat=T_BE,
        published_at="2026-11-06",
        authors=["Huỳnh Thị Mỹ Dung"],
        photographers=["Đặng Thị Bích Ngọc"],
        blocks=[
            _date_line("06.11.2026"),
            P(
                "Sáng thứ Năm ngày 05/11/2026, các bé lớp Chồi 3 đã có buổi hoạt động ngoài trời thật "
                "thú vị tại “Vườn rau của bé” phía sau dãy phòng học."
            ),
            P(
                "Vườn rau do các cô giáo và phụ huynh cùng cải tạo từ đầu năm học, trồng rau muống, "
                "cải ngọt, mồng tơi, hành lá và một luống cà chua bi. Hằng ngày, các bé được cô cho "
                "tưới nước, nhổ cỏ và quan sát sự lớn lên của cây."
            ),
            Img(
                "vuonrau_files/image002.jpg",
                printed="Bé tưới rau cùng cô",
                caption="Bé tưới rau cùng cô",
                style="next",
            ),
            P(
                "Trong buổi thu hoạch, các bé được cô hướng dẫn cách cắt rau, nhặt rau, phân loại rau "
                "ăn lá và rau ăn quả. Bé nào cũng hăng hái, tay cầm rổ nhỏ, miệng líu lo gọi tên "
                "từng loại rau."
            ),
            Img(
                "vuonrau_files/image004.jpg",
                printed="Thu hoạch cải ngọt",
                caption="Thu hoạch cải ngọt",
                style="next",
            ),
            P(
                "Số rau thu hoạch được các bé mang xuống nhà bếp để các cô cấp dưỡng nấu canh cho bữa "
                "trưa. Bữa ăn hôm ấy, bé nào cũng ăn hết suất và xin thêm canh “rau của lớp mình”."
            ),
            P(
                "Qua hoạt động, trẻ được mở rộng hiểu biết về thế giới thực vật, biết quý trọng công "
                "sức lao động và hình thành thói quen ăn rau xanh mỗi ngày."
            ),
            _r(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
                'style="font-size:13.0pt">Bài: Huỳnh Thị Mỹ Dung - Ảnh: Đặng Thị Bích Ngọc'
                "<o:p></o:p></span></i></b></p>"
            ),
        ],
        opts={
            "file": "/2026/vuonrau.html",
            "list_title": "Bé thu hoạch rau tại vườn rau của bé",
            "list_date": "06/11/2026",
            "page": 2,
            "title_tag": "Vườn rau của bé",
            "form": "mso",
            "enc": "bom1252",
        },
    ),
    Story(
        id=8,
        slug="nghibao",
        title="Thông báo cho trẻ nghỉ học để phòng, tránh bão số 12",
        cat=T_TIN,
        published_at="2026-11-10",
        authors=["Nguyễn Thị Thanh Tâm"],
        blocks=[
            _r(
                '<table border="0" width="100%" cellspacing="0" cellpadding="2" id="table21">\n'
                '<tr><td width="45%" align="center"><font size="2">UBND THÀNH PHỐ QUY NHƠN</font></td>'
                '<td align="center"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></font></td></tr>\n'
                '<tr><td align="center"><font size="2"><b><u>TRƯỜNG MẦM NON SƠN CA</u></b></font></td>'
                '<td align="center"><font size="2"><b><u>Độc lập - Tự do - Hạnh phúc</u></b></font></td></tr>\n'
                '<tr><td align="center"><font size="2">Số: 52/TB-MNSC</font></td>'
                '<td align="center"><i><font size="2">Quy Nhơn, ngày 10 tháng 11 năm 2026</font></i></td></tr>\n'
                "</table>"
            ),
            _r(
                '<p align="center" style="margin-bottom:0"><b><font size="4">THÔNG BÁO</font></b></p>\n'
                '<p align="center" style="margin-top:0"><b>Về việc cho trẻ nghỉ học để phòng, tránh '
                "bão số 12</b></p>"
            ),
            P(
                "Căn cứ Công điện của Ủy ban nhân dân tỉnh Bình Định về việc chủ động ứng phó với bão "
                "số 12;"
            ),
            P("Căn cứ chỉ đạo của Phòng Giáo dục và Đào tạo thành phố Quy Nhơn,"),
            P("Trường Mầm non Sơn Ca thông báo đến quý phụ huynh như sau:"),
            P(
                "1. Toàn bộ trẻ của nhà trường nghỉ học 02 ngày: thứ Tư (11/11/2026) và thứ Năm "
                "(12/11/2026). Trẻ đi học lại từ thứ Sáu (13/11/2026); nếu có thay đổi, nhà trường sẽ "
                "thông báo sau."
            ),
            P(
                "2. Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban giám hiệu; kê cao "
                "đồ dùng, thiết bị, hồ sơ sổ sách, chằng chống cửa sổ trước 17 giờ ngày 10/11/2026."
            ),
            P(
                "3. Đề nghị phụ huynh trông giữ trẻ an toàn tại nhà, không cho trẻ ra ngoài khi có mưa "
                "to, gió lớn."
            ),
            P(
                "Nhà trường kính báo để quý phụ huynh được biết và phối hợp thực hiện./."
            ),
            _r(
                '<table border="0" width="100%" id="table22">\n<tr><td width="50%" valign="top">'
                '<font size="2"><b><i>Nơi nhận:</i></b><br>- Phụ huynh học sinh;<br>- Đăng website;'
                '<br>- Lưu: VT.</font></td>\n<td align="center" valign="top"><b>HIỆU TRƯỞNG</b><br>'
                "<i>(Đã ký)</i><br><br><b>Nguyễn Thị Thanh Tâm</b></td></tr>\n</table>"
            ),
        ],
        opts={
            "file": "/2026/nghibao.html",
            "list_title": "THÔNG BÁO: Trẻ nghỉ học tránh bão số 12",
            "list_date": "10/11/2026",
            "page": 2,
            "title_tag": "Trường MN Sơn Ca - Thông báo nghỉ học tránh bão số 13 (2025)",
            "form": "p",
        },
    ),
    Story(
        id=9,
        slug="ngay-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat=T_TIN,
        published_at="2026-11-19T16:45:00+07:00",
        photographers=["Trương Công Minh"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện Ban đại diện cha "
            "mẹ trẻ em cùng toàn thể cán bộ, giáo viên, nhân viên và các bé của nhà trường."
        ),
        blocks=[
            _date_line("Thứ Năm, 19/11/2026 - 16:45", align="left"),
            P(
                "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện Ban đại diện "
                "cha mẹ trẻ em cùng toàn thể cán bộ, giáo viên, nhân viên và các bé của nhà trường.",
                style="bold",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các cô và các bé biểu diễn với "
                "những tiết mục đặc sắc như múa “Cô giáo em là hoa ê-pan”, tốp ca “Cô và mẹ”, múa "
                "“Ngày vui của bé”."
            ),
            Img(
                "../images/2026/2011/le2011_01.jpg",
                printed="Ảnh: Trương Công Minh",
                caption=None,
                style="under",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Thanh Tâm đã ôn lại truyền thống Ngày Nhà giáo "
                "Việt Nam, điểm lại những kết quả nổi bật của nhà trường trong phong trào thi đua "
                "“Dạy tốt - Học tốt”. Năm học 2025 - 2026, trường có 08 giáo viên đạt giáo viên dạy "
                "giỏi cấp thành phố và 01 sáng kiến được công nhận cấp tỉnh."
            ),
            P(
                "Thay mặt Ban đại diện cha mẹ trẻ em, ông Huỳnh Văn Dũng, Trưởng ban, đã gửi lời tri "
                "ân sâu sắc và tặng hoa chúc mừng các thầy cô giáo."
            ),
            Img(
                "../images/2026/2011/le2011_02.jpg",
                printed="Tiết mục múa “Ngày vui của bé” của lớp Lá 1",
                caption="Tiết mục múa “Ngày vui của bé” của lớp Lá 1",
                style="under",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 06 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường năm học 2026 - 2027 và 03 tập thể lớp xuất sắc trong đợt thi đua chào mừng "
                "ngày 20/11."
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, vui tươi, để lại nhiều cảm xúc trong lòng mỗi "
                "thầy cô giáo."
            ),
            _right("BBT"),
        ],
        opts={
            "file": "/2026/ngay-20-11.html",
            "list_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
            "list_date": "19/11/2026",
            "page": 1,
            "title_tag": "Trường MN Sơn Ca - Kỷ niệm 43 năm ngày Nhà giáo Việt Nam 20-11-2025",
            "form": "p",
        },
    ),
    Story(
        id=10,
        slug="bekhoe",
        title="HỘI THI “BÉ KHỎE - BÉ NGOAN” NĂM HỌC 2026 - 2027",
        cat=T_BE,
        published_at="2026-11-24",
        authors=["Võ Thị Lan"],
        blocks=[
            _date_line("Ngày 24/11/26"),
            P(
                "Nhằm tạo sân chơi bổ ích, giúp trẻ được vận động, phát triển thể chất và mạnh dạn, tự "
                "tin trước đông người, sáng thứ Ba ngày 24/11/2026, Trường Mầm non Sơn Ca đã tổ chức "
                "Hội thi “Bé khỏe - Bé ngoan” dành cho các bé khối mẫu giáo."
            ),
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục với bài “Nắng sớm”, thi vận động “Bật qua suối "
                "nhỏ - Bò chui qua cổng - Chuyển bóng về đích” và phần thi hiểu biết về vệ sinh cá "
                "nhân, dinh dưỡng."
            ),
            P(
                "Trên sân trường rực rỡ cờ hoa, các bé trong trang phục thể thao đủ màu sắc đã thi đấu "
                "hết mình trong tiếng cổ vũ nhiệt tình của các bạn và phụ huynh."
            ),
            Img(
                "../images/2026/bekhoe/dongdien.jpg",
                printed="Đồng diễn thể dục “Nắng sớm”",
                caption="Đồng diễn thể dục “Nắng sớm”",
                style="grid",
            ),
            Img(
                "../images/2026/bekhoe/bochui.jpg",
                printed="Bé thi bò chui qua cổng",
                caption="Bé thi bò chui qua cổng",
                style="grid",
            ),
            P(
                "Kết quả: giải Nhất thuộc về lớp Lá 2; giải Nhì thuộc về lớp Lá 1; giải Ba thuộc về "
                "lớp Chồi 3 và lớp Chồi 1; các lớp còn lại đạt giải Khuyến khích."
            ),
            _right("Cô Võ Thị Lan - Tổ trưởng khối Lá"),
        ],
        opts={
            "file": "/2026/bekhoe.html",
            "list_title": "Hội thi Bé khỏe - Bé ngoan năm học 2026-2027",
            "list_date": "24/11/2026",
            "page": 1,
            "title_tag": "New Page 1",
            "headline_html": "HỘI THI “BÉ KHỎE - BÉ NGOAN”<br>\nNĂM HỌC 2026 - 2027",
            "form": "br",
        },
    ),
    Story(
        id=11,
        slug="biengan",
        title="Trẻ biếng ăn: cha mẹ nên làm gì?",
        cat=T_PH,
        published_at="2026-11-27",
        source="Báo Sức khỏe & Đời sống",
        blocks=[
            _date_line("27/11/2026"),
            P(
                "Biếng ăn là tình trạng thường gặp ở trẻ từ 1 đến 6 tuổi, khiến nhiều cha mẹ lo lắng. "
                "Trẻ biếng ăn kéo dài dễ bị suy dinh dưỡng, chậm tăng cân, sức đề kháng kém."
            ),
            P(
                "Trước hết, cha mẹ cần tìm hiểu nguyên nhân: trẻ đang mọc răng, mới ốm dậy, ăn vặt "
                "nhiều trước bữa ăn hay bị ép ăn quá mức. Việc ép trẻ ăn, dọa nạt hoặc cho trẻ vừa ăn "
                "vừa xem điện thoại càng khiến trẻ sợ bữa ăn."
            ),
            Img("../images/2026/biengan.jpg", style="plain"),
            P(
                "Nên cho trẻ ăn đúng giờ, mỗi bữa không kéo dài quá 30 phút; hạn chế bánh kẹo, nước "
                "ngọt trước bữa ăn 1 - 2 giờ."
            ),
            P(
                "Thay đổi món ăn, cách chế biến và trình bày đẹp mắt để kích thích trẻ; cho trẻ cùng "
                "tham gia nhặt rau, bày bàn ăn."
            ),
            P(
                "Tạo không khí vui vẻ trong bữa ăn, khen ngợi khi trẻ ăn hết suất, không so sánh trẻ "
                "với anh chị hay bạn bè."
            ),
            P(
                "Nếu tình trạng biếng ăn kéo dài, trẻ sụt cân, cha mẹ nên đưa trẻ đến bác sĩ dinh "
                "dưỡng để được tư vấn, không tự ý mua thuốc kích thích ăn cho trẻ uống."
            ),
            _r(
                '<p align="right"><i><font face="Times New Roman" size="3">Theo Báo Sức khỏe &amp; '
                "Đời sống</font></i></p>"
            ),
            _r(
                '<p><font size="2"><b>Xem thêm:</b> <a href="muabao.html">Phụ huynh cần làm gì để '
                "giữ an toàn cho trẻ trong mùa mưa bão?</a></font></p>"
            ),
        ],
        opts={
            "file": "/2026/biengan.html",
            "list_title": "Trẻ biếng ăn - cha mẹ nên làm gì?",
            "list_date": "27/11/2026",
            "page": 1,
            "title_tag": "Trường MN Sơn Ca - Góc phụ huynh",
            "form": "p",
            "label": "GÓC PHỤ HUYNH",
        },
    ),
    Story(
        id=12,
        slug="pccc",
        title="Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
        cat=T_TIN,
        published_at="2026-12-01",
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        blocks=[
            _date_line("Quy Nhơn, ngày 01 tháng 12 năm 2026"),
            P(
                "Chiều ngày 30/11/2026, Trường Mầm non Sơn Ca phối hợp với Đội Cảnh sát phòng cháy, "
                "chữa cháy và cứu nạn, cứu hộ khu vực tổ chức buổi tuyên truyền và diễn tập phương án "
                "chữa cháy tại chỗ cho cán bộ, giáo viên, nhân viên và trẻ của trường."
            ),
            P(
                "Các chiến sĩ cảnh sát đã hướng dẫn cách sử dụng bình chữa cháy xách tay, cách xử lý "
                "khi có sự cố cháy nổ tại bếp ăn và cách tổ chức thoát nạn an toàn cho trẻ."
            ),
            P(
                "Tình huống giả định là cháy tại khu vực nhà bếp. Ngay khi nghe hiệu lệnh kẻng báo "
                "cháy, các cô giáo bình tĩnh tổ chức cho trẻ dùng khăn ướt che mũi, miệng và di "
                "chuyển theo lối thoát hiểm ra sân trường; lực lượng chữa cháy tại chỗ nhanh chóng "
                "ngắt điện, dùng bình chữa cháy dập tắt đám cháy."
            ),
            Img(
                "../images/2026/nho/pccc_xe.jpg",
                printed="Các bé lớp Lá 1 tham quan xe chữa cháy",
                caption="Các bé lớp Lá 1 tham quan xe chữa cháy",
                style="zoom",
            ),
            P(
                "Các bé khối Lá còn được các chú cảnh sát cho tham quan xe chữa cháy, làm quen với số "
                "điện thoại khẩn cấp 114 và tập hô “Cháy! Cháy!” để báo cho người lớn."
            ),
            P(
                "Qua buổi diễn tập, cán bộ, giáo viên, nhân viên nâng cao kỹ năng xử lý tình huống, "
                "góp phần bảo đảm an toàn tuyệt đối cho trẻ trong nhà trường."
            ),
            _right("Tin & ảnh: Lê Thị Thu Hà"),
        ],
        opts={
            "file": "/2026/pccc.htm",
            "twin": "/2026/pccc.html",
            "list_title": "Diễn tập PCCC năm 2026",
            "list_date": "01/12/2026",
            "page": 1,
            "title_tag": "Trường MN Sơn Ca - Tin tức",
            "form": "p",
        },
    ),
    Story(
        id=13,
        slug="attgt",
        title="Bé với an toàn giao thông",
        cat=T_BE,
        published_at="2026-12-04",
        authors=["Nguyễn Thị Hạnh"],
        blocks=[
            _date_line("Thứ Sáu, 04/12/2026"),
            P(
                "Sáng ngày 03/12/2026, các lớp mẫu giáo lớn của trường đã tham gia chương trình “Bé với "
                "an toàn giao thông” do nhà trường phối hợp với Đoàn thanh niên Công an thành phố tổ "
                "chức."
            ),
            P(
                "Thông qua các trò chơi “Đèn xanh - đèn đỏ”, “Ai nhanh nhất”, “Bé tập làm chiến sĩ "
                "cảnh sát giao thông”, các bé được làm quen với các biển báo giao thông đơn giản, biết "
                "đi bộ trên vỉa hè, khi sang đường phải có người lớn dắt."
            ),
            Img(
                "../images/2026/attgt_01.jpg",
                printed="(Bé tập đội mũ bảo hiểm đúng cách)",
                caption="Bé tập đội mũ bảo hiểm đúng cách",
                style="under",
            ),
            P(
                "Đặc biệt, các bé được thực hành đội mũ bảo hiểm đúng cách: đội ngay ngắn, cài quai "
                "vừa khít dưới cằm. Mỗi bé được tặng một chiếc mũ bảo hiểm đạt chuẩn."
            ),
            P(
                "Nhà trường mong phụ huynh luôn làm gương cho trẻ khi tham gia giao thông và đội mũ "
                "bảo hiểm cho trẻ mỗi khi ngồi trên xe máy."
            ),
            _right("Cô Nguyễn Thị Hạnh (GV lớp Lá 2)"),
        ],
        opts={
            "file": "/2026/attgt.htm",
            "list_title": "Bé với an toàn giao thông",
            "list_date": "04/12/2026",
            "page": 1,
            "title_tag": "Untitled Document",
            "form": "p",
            "nav": "broken",
            "new": True,
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
# newest first, as the teacher adds entries on top of the list
ORDERED = sorted(STORIES, key=lambda s: s.id, reverse=True)

FBCLID = "fbclid=IwAR2xK9q0Vb7mNsonca20-11Lz3hQeY5tW"
ALT_PATHS = {
    "pccc": ["/2026/pccc.html"],
    "bekhoe": ["/2026/BeKhoe.html"],
    "ngay-20-11": [f"/2026/ngay-20-11.html?{FBCLID}"],
}


# --- chrome ------------------------------------------------------------------------------------

_FP_SCRIPT = """<script language="JavaScript">
<!--
function FP_changeProp() {//v1.0
 var args=arguments,d=document,i,j,id=args[0],o=FP_getObjectByID(id),s,ao,v,x;
 d.$cpe=new Array(); if(o) for(i=2; i<args.length; i+=2) { v=args[i+1]; s="o";
 ao=args[i].split("."); for(j=0; j<ao.length; j++) { s+="."+ao[j]; if(null==eval(s)) {
  s=null; break; } } x=new Object; x.o=o; x.n=new Array(); x.v=new Array();
 x.n[x.n.length]=s; eval("x.v[x.v.length]="+s); d.$cpe[d.$cpe.length]=x;
 if(s) eval(s+"=v"); }
}
function FP_getObjectByID(id,o) {//v1.0
 var c,el,els,f,m,n; if(!o)o=document; if(o.getElementById) el=o.getElementById(id);
 else if(o.layers) c=o.layers; else if(o.all) el=o.all[id]; if(el) return el;
 if(o.id==id || o.name==id) return o; if(o.childNodes) c=o.childNodes; if(c)
 for(n=0; n<c.length; n++) { el=FP_getObjectByID(id,c[n]); if(el) return el; }
 return null;
}
var thu=new Array("Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy");
function ngayhomnay(){var d=new Date();var s=thu[d.getDay()]+", "+(d.getDate()<10?"0":"")+d.getDate()+"/"+(d.getMonth()<9?"0":"")+(d.getMonth()+1)+"/"+d.getFullYear();
 var o=FP_getObjectByID('ngaythang'); if(o) o.innerHTML=s;}
// -->
</script>"""


def _menu(p: str) -> str:
    def drop(layer: str, label: str, href: str, items: list[tuple[str, str]]) -> str:
        links = "<br>\n".join(
            f'&nbsp;<img border="0" src="{p}images/mui_ten.gif" width="7" height="7">&nbsp;'
            f'<a href="{href_}"><font face="Arial" size="2" color="#993300">{esc(text_)}</font></a>'
            for text_, href_ in items
        )
        return (
            f"<td onmouseover=\"FP_changeProp(/*id*/'{layer}',0,'style.visibility','visible')\" "
            f"onmouseout=\"FP_changeProp(/*id*/'{layer}',0,'style.visibility','hidden')\" "
            f'style="padding-left:14px;padding-right:14px">'
            f'<a href="{href}"><font face="Arial" size="2" color="#FFFFFF"><b>{label}</b></font></a>\n'
            f'<div id="{layer}" style="position: absolute; width: 190px; z-index: 5; '
            f'visibility: hidden; background-color: #FFE8C2; border: 1px solid #FF9933">\n{links}\n</div></td>'
        )

    def plain(label: str, href: str) -> str:
        return (
            f'<td style="padding-left:14px;padding-right:14px"><a href="{href}"><font face="Arial" '
            f'size="2" color="#FFFFFF"><b>{label}</b></font></a></td>'
        )

    cells = [
        plain("TRANG CHỦ", f"{p}index.html"),
        drop(
            "layer1",
            "GIỚI THIỆU",
            f"{p}gioithieu.html",
            [("Lịch sử nhà trường", f"{p}gioithieu.html#lichsu"),
             ("Đội ngũ giáo viên", f"{p}gioithieu.html#doingu"),
             ("Cơ sở vật chất", f"{p}gioithieu.html#csvc")],
        ),
        drop(
            "layer2",
            "TIN TỨC",
            f"{p}tintuc.html",
            [(T_TIN, f"{p}tintuc.html"), (T_BE, f"{p}tintuc.html#hdbe"),
             (T_PH, f"{p}index.html#gocph")],
        ),
        plain("THỰC ĐƠN", f"{p}2026/thucdon-t49.html"),
        plain("ALBUM ẢNH", f"{p}album.html"),
        plain("LIÊN HỆ", f"{p}lienhe.html"),
    ]
    return (
        '<table border="0" cellpadding="0" cellspacing="0" id="table2" height="28"><tr>\n'
        + "\n".join(cells)
        + "\n</tr></table>"
    )


def _left(p: str) -> str:
    items = [
        ("Trang chủ", f"{p}index.html"),
        ("Giới thiệu", f"{p}gioithieu.html"),
        (T_TIN, f"{p}tintuc.html"),
        (T_BE, f"{p}tintuc.html#hdbe"),
        (T_PH, f"{p}index.html#gocph"),
        ("Thực đơn tuần", f"{p}2026/thucdon-t49.html"),
        ("Album ảnh", f"{p}album.html"),
        ("Liên hệ", f"{p}lienhe.html"),
    ]
    links = "\n".join(
        f'<tr><td height="22"><img border="0" src="{p}images/bullet_hoa.gif" width="12" height="12">'
        f'&nbsp;<a href="{h}"><font face="Arial" size="2" color="#993300">{esc(t)}</font></a></td></tr>'
        for t, h in items
    )
    return f"""<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table5">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
{links}
</table>
<p align="center"><img border="0" src="{p}images/be_vui.gif" width="150" height="120" alt="be vui"></p>
<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table6">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT WEB</b></font></td></tr>
<tr><td align="center"><select size="1" name="lienket" onchange="if(this.value!='')window.open(this.value)" style="width:150px; font-size:8pt">
<option value="" selected>-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</option>
<option value="http://quynhon.binhdinh.gov.vn">Cổng TTĐT TP. Quy Nhơn</option>
<option value="http://mamnon.com">Diễn đàn Mầm non</option>
</select></td></tr>
</table>"""


def _right_col(p: str, page: str) -> str:
    return f"""<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table8">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>TIN XEM NHIỀU</b></font></td></tr>
<tr><td><font face="Arial" size="1">
<img border="0" src="{p}images/mui_ten.gif" width="7" height="7"> <a href="{p}2025/trungthu2025.html">Đêm hội trăng rằm 2025</a><br>
<img border="0" src="{p}images/mui_ten.gif" width="7" height="7"> <a href="http://mnsonca-qn.violet.vn/entry/show/entry_id/8812345">Lễ khai giảng năm học 2025-2026</a><br>
<img border="0" src="{p}images/mui_ten.gif" width="7" height="7"> <a href="{p}2026/ngay-20-11.html">Kỷ niệm 44 năm ngày Nhà giáo VN</a>
</font></td></tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table9">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>HỖ TRỢ PHỤ HUYNH</b></font></td></tr>
<tr><td align="center"><font face="Arial" size="2">Văn phòng: <b>(0256) 3822 416</b><br>
<a href="ymsgr:sendIM?mnsonca_qn"><img border="0" src="http://opi.yahoo.com/online?u=mnsonca_qn&amp;m=g&amp;t=2" alt="Yahoo"></a><br>
<a href="https://www.facebook.com/mamnonsonca.quynhon" target="_blank">Facebook nhà trường</a></font></td></tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table10">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font face="Arial" size="1">Đang online: <b>3</b><br>Hôm nay: <b>128</b><br>Tổng truy cập:<br>
<img src="{p}_vti_bin/fpcount.exe/?Page={page}|Image=4|Digits=7" alt="Hit Counter"></font></td></tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="3" id="table11">
<tr><td bgcolor="#FF9933" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>Ý KIẾN PHỤ HUYNH</b></font></td></tr>
<tr><td><form method="POST" action="{p}_vti_bin/shtml.dll/binhchon.html" webbot-action="--WEBBOT-SELF--">
<!--webbot bot="SaveResults" U-File="_private/binhchon.csv" S-Format="TEXT/CSV" startspan --><input TYPE="hidden" NAME="VTI-GROUP" VALUE="0"><!--webbot bot="SaveResults" endspan -->
<font face="Arial" size="1">Bạn thấy website của trường thế nào?<br>
<input type="radio" value="rathay" name="bc">Rất hay<br>
<input type="radio" value="hay" name="bc">Hay<br>
<input type="radio" value="canbosung" name="bc">Cần bổ sung thêm tin<br>
<input type="submit" value="Bình chọn" name="B1"></font></form></td></tr>
</table>"""


def _footer(p: str) -> str:
    return f"""<table border="0" width="100%" cellpadding="6" id="table3"><tr>
<td align="center" bgcolor="#FF9933"><font face="Arial" size="2" color="#FFFFFF">
<b>TRƯỜNG MẦM NON SƠN CA</b><br>
Địa chỉ: 45 Trần Hưng Đạo, thành phố Quy Nhơn, tỉnh Bình Định - ĐT: (0256) 3822 416<br>
Email: <a href="mailto:mnsonca.quynhon@gmail.com"><font color="#FFFFFF">mnsonca.quynhon@gmail.com</font></a>
 - &copy; 2012 Trường Mầm non Sơn Ca. Thiết kế: Tổ Văn phòng<br>
<font size="1">Cập nhật lần cuối: <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%Y %H:%M" startspan -->{FP_STAMP}<!--webbot bot="Timestamp" i-CheckSum="40221" endspan --></font>
</font></td></tr></table>
<p align="center"><a href="{p}index.html"><img border="0" src="{p}images/top.gif" width="20" height="20" alt="Về đầu trang"></a></p>"""


def page_shell(
    *,
    title: str,
    p: str,
    content: str,
    page: str,
    charset: str = "utf-8",
    extra_head: str = "",
    generator: str = "Microsoft FrontPage 6.0",
    onload_marquee: str = "",
) -> str:
    gen = (
        f'<meta name="GENERATOR" content="{generator}">\n'
        '<meta name="ProgId" content="FrontPage.Editor.Document">\n'
        if generator
        else ""
    )
    return f"""<html>

<head>
<meta http-equiv="Content-Language" content="vi">
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
{gen}<meta name="keywords" content="mam non son ca, mầm non Sơn Ca, Quy Nhơn, Bình Định">
{extra_head}<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="{p}sonca.css">
{_FP_SCRIPT}
</head>

<body topmargin="0" leftmargin="0" bgcolor="#FFF6E0" background="{p}images/nen_hoa.gif" onload="ngayhomnay()">
<a name="top"></a>
<div align="center">
<table border="0" width="900" cellspacing="0" cellpadding="0" id="table1" bgcolor="#FFFFFF">
 <tr>
  <td colspan="3"><img border="0" src="{p}images/banner_sonca.jpg" width="900" height="170" alt="Truong Mam non Son Ca - Quy Nhon"></td>
 </tr>
 <tr>
  <td colspan="3" bgcolor="#FF9933" height="28">{_menu(p)}</td>
 </tr>
 <tr>
  <td colspan="3" bgcolor="#FFF2CC" height="22"><font face="Arial" size="2" color="#993300">&nbsp;&nbsp;<span id="ngaythang">{TODAY_LINE}</span></font>{onload_marquee}</td>
 </tr>
 <tr>
  <td width="170" valign="top" bgcolor="#FFFBEA">{_left(p)}</td>
  <td width="560" valign="top" style="padding:8px">
{content}
  </td>
  <td width="170" valign="top" bgcolor="#FFFBEA">{_right_col(p, page)}</td>
 </tr>
 <tr>
  <td colspan="3">{_footer(p)}</td>
 </tr>
</table>
</div>
</body>

</html>
"""


# --- article pages -----------------------------------------------------------------------------


def _rel(story: Story) -> str:
    """The article's file name as linked from a sibling in the year folder."""
    return story.opts["file"].rsplit("/", 1)[1]


def _render_blocks(story: Story, p: str) -> str:
    form = story.opts.get("form", "p")
    ents = story.opts.get("entities", 0)
    out: list[str] = []
    blocks = story.blocks
    i = 0

    def t(value: str) -> str:
        return text(value, entities=ents)

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "grid":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    group.append(blocks[i])
                    i += 1
                rows = []
                for k in range(0, len(group), 2):
                    pair = group[k : k + 2]
                    imgs = "".join(
                        f'<td align="center" width="50%"><img border="1" src="{g.src}" width="250" '
                        f'height="188" style="border-color:#FF9933"></td>'
                        for g in pair
                    )
                    caps = "".join(
                        f'<td align="center" valign="top"><font face="Arial" size="2" color="#0000CC">'
                        f"<i>{t(g.printed or '')}</i></font></td>"
                        for g in pair
                    )
                    rows.append(f"<tr>{imgs}</tr>\n<tr>{caps}</tr>")
                out.append(
                    f'<table border="0" width="100%" cellspacing="4" cellpadding="0" id="table3{story.id}">\n'
                    + "\n".join(rows)
                    + "\n</table>"
                )
                continue
            if b.style == "under":
                cap = (
                    f'\n<tr><td align="center"><font face="Arial" size="2"><i>{t(b.printed)}</i></font></td></tr>'
                    if b.printed
                    else ""
                )
                out.append(
                    f'<div align="center"><table border="0" cellpadding="0" cellspacing="3" width="420" id="table4{story.id}{i}">\n'
                    f'<tr><td align="center"><img border="0" src="{b.src}" width="400" height="300"></td></tr>{cap}\n'
                    "</table></div>"
                )
            elif b.style == "next":
                if form == "mso":
                    out.append(
                        f'<p class="MsoNormal" align="center" style="text-align:center"><span '
                        f'style="font-size:13.0pt"><img width="400" height="300" src="{b.src}" '
                        f'v:shapes="_x0000_i10{i:02d}"></span></p>\n'
                        f'<p class="MsoNormal" align="center" style="text-align:center"><i><span '
                        f'style="font-size:11.0pt;color:blue">{t(b.printed or "")}<o:p></o:p></span></i></p>'
                    )
                else:
                    out.append(
                        f'<p align="center"><img border="0" src="{b.src}" width="400" height="300"></p>\n'
                        f'<p align="center"><font size="2" color="#0000FF"><i>{t(b.printed or "")}</i></font></p>'
                    )
            elif b.style == "zoom":
                big = b.src.replace("/nho/", "/lon/")
                out.append(
                    f'<p align="center"><a href="{big}" target="_blank"><img border="0" src="{b.src}" '
                    f'width="320" height="240" alt="Bấm vào để xem ảnh lớn"></a><br>\n'
                    f'<font size="2"><i>{t(b.printed or "")}</i></font></p>'
                )
            else:  # plain
                out.append(f'<p align="center"><img border="0" src="{b.src}" width="400" height="280"></p>')
            i += 1
            continue
        # a paragraph
        if b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td align="center" bgcolor="#FFE8C2"><b><font size="2">{t(c)}</font></b></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f'<td><font size="2">{t(c)}</font></td>' for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<div align="center"><table border="1" cellpadding="3" cellspacing="0" width="90%" '
                'style="border-collapse: collapse" bordercolor="#999999" id="table23">\n'
                + "\n".join(rows)
                + "\n</table></div>"
            )
            continue
        if b.style == "head":
            out.append(f'<p style="margin-bottom:2px"><b><font color="#0000FF" face="Times New Roman" size="3">{t(b.text)}</font></b></p>')
            i += 1
            continue
        if b.style == "bold":
            out.append(f'<p align="justify"><font face="Times New Roman" size="3"><b>{t(b.text)}</b></font></p>')
            i += 1
            continue
        if b.style == "bul":
            out.append(
                f'<p align="justify" style="margin-left:18px; margin-top:0; margin-bottom:4px">'
                f'<img border="0" src="{p}images/bullet_hoa.gif" width="12" height="12">&nbsp;'
                f'<font face="Times New Roman" size="3">{t(b.text)}</font></p>'
            )
            i += 1
            continue
        if form == "br":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                run.append(blocks[i].text)
                i += 1
            out.append(
                '<p align="justify"><font face="Arial" size="2">'
                + "<br>\n<br>\n".join(t(x) for x in run)
                + "</font></p>"
            )
            continue
        if form == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
                '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;">'
                f"{t(b.text)}<o:p></o:p></span></p>"
            )
            if i % 3 == 0:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            i += 1
            continue
        out.append(
            f'<p align="justify" style="margin-top:0; margin-bottom:8px"><font face="Times New Roman" size="3">'
            f"&nbsp;&nbsp;&nbsp;&nbsp; {t(b.text)}</font></p>"
        )
        i += 1
    return "\n".join(out)


def _related(story: Story) -> list[Story]:
    """Older entries of the same listing page (the teacher copied the previous page's list)."""
    page = story.opts["page"]
    older = [s for s in ORDERED if s.opts["page"] == page and s.id < story.id]
    return older[:3]


def article_page(story: Story) -> str:
    nav_broken = story.opts.get("nav") == "broken"
    p = "" if nav_broken else "../"
    head_html = story.opts.get("headline_html") or esc(story.title)
    label = story.opts.get("label")
    label_html = (
        f'<p style="margin:0"><font face="Arial" size="3" color="#008000"><b>{label}</b></font></p>\n'
        if label
        else ""
    )
    crumb_href = f"{p}index.html#gocph" if story.cat == T_PH else f"{p}tintuc.html"
    related = _related(story)
    related_html = ""
    if related:
        items = "<br>\n".join(
            f'<img border="0" src="{p}images/mui_ten.gif" width="7" height="7"> '
            f'<a href="{_rel(r)}"><font size="2">{esc(r.opts["list_title"])}</font></a> '
            f'<font size="1" color="#808080">({r.opts["list_date"]})</font>'
            for r in related
        )
        related_html = (
            '<hr color="#FF9933" size="1">\n<p style="margin-bottom:2px"><b><font face="Arial" size="2" '
            f'color="#CC0000">Các tin khác:</font></b></p>\n<p style="margin-top:0">{items}</p>\n'
        )
    comment = story.opts.get("comment_old")
    comment_html = f"<!--\n{comment}\n-->\n" if comment else ""
    page_name = story.opts["file"].lstrip("/")
    content = f"""<p style="margin-top:0; margin-bottom:4px"><font face="Arial" size="1" color="#808080"><a href="{p}index.html"><font color="#808080">Trang chủ</font></a> » <a href="{crumb_href}"><font color="#808080">{esc(story.cat)}</font></a></font></p>
{label_html}<p align="center" style="margin-top:10px; margin-bottom:4px"><b><font face="Times New Roman" size="5" color="#CC0000">{head_html}</font></b></p>
<p align="center" style="margin:0"><img border="0" src="{p}images/gach_hoa.gif" width="300" height="14"></p>
<!--webbot bot="PurpleText" PREVIEW="Dán nội dung bài viết vào đây, nhớ sửa tiêu đề và ngày đăng" -->
{comment_html}{_render_blocks(story, p)}
{related_html}<p align="center"><font face="Arial" size="1">Lượt xem: <img src="{p}_vti_bin/fpcount.exe/2026/?Page={page_name}|Image=2|Digits=5" alt="Hit Counter"></font></p>
<p align="right"><font face="Arial" size="1"><a href="#top">Về đầu trang</a> | <a href="javascript:window.print()">In bài</a> | <a href="javascript:history.back()">Quay lại</a></font></p>"""
    desc = story.opts.get("meta_description")
    extra = f'<meta name="description" content="{esc(desc)}">\n' if desc else ""
    enc = story.opts.get("enc", "utf8")
    charset = {"utf8": "utf-8", "cp1258": "windows-1258", "bom1252": "windows-1252"}[enc]
    generator = "" if story.slug == "attgt" else "Microsoft FrontPage 6.0"
    return page_shell(
        title=story.opts["title_tag"],
        p=p,
        content=content,
        page=page_name,
        charset=charset,
        extra_head=extra,
        generator=generator,
    )


# --- listings and other pages ------------------------------------------------------------------

_LIST_PAGES = {1: "/tintuc.html", 2: "/tintuc2.html", 3: "/tintuc3.html"}


def _list_entry(story: Story, form: str) -> str:
    href = story.opts["file"].lstrip("/")
    tag = f'<font size="1" color="#009900">[{esc(story.cat)}]</font>'
    new = ' <img border="0" src="images/new.gif" width="28" height="11">' if story.opts.get("new") else ""
    anchor = ' name="hdbe"' if story is _first_of_cat(T_BE, story.opts["page"]) else ""
    if form == "table":
        return (
            f'<tr><td width="14" valign="top"><img border="0" src="images/bullet_hoa.gif" width="12" height="12"></td>'
            f'<td><a{anchor} href="{href}"><font face="Arial" size="2" color="#0033CC"><b>'
            f"{esc(story.opts['list_title'])}</b></font></a> <font size=\"1\" color=\"#808080\"><i>"
            f"({story.opts['list_date']})</i></font>{new} {tag}</td></tr>"
        )
    return (
        f'» <a{anchor} href="{href}"><font face="Arial" size="2">{esc(story.opts["list_title"])}</font></a>'
        f' - <font size="1" color="#808080">{story.opts["list_date"]}</font> {tag}<br>'
    )


def _first_of_cat(cat: str, page: int) -> Story | None:
    for s in ORDERED:
        if s.cat == cat and s.opts["page"] == page:
            return s
    return None


def listing_page(n: int) -> str:
    stories = [s for s in ORDERED if s.opts["page"] == n]
    if n == 1:
        entries = "\n".join(_list_entry(s, "table") for s in stories)
        body = f'<table border="0" width="100%" cellpadding="3" id="table12">\n{entries}\n</table>'
        pager = (
            '<p align="center"><font face="Arial" size="2">Trang: <b>[1]</b> <a href="tintuc2.html">2</a> '
            '<a href="tintuc3.html">3</a> &nbsp;&nbsp; <a href="tintuc2.html"><b>Trang sau »</b></a></font></p>'
        )
    else:
        entries = "\n".join(_list_entry(s, "lines") for s in stories)
        body = f'<p style="line-height:180%">\n{entries}\n</p>'
        prev_href = "tintuc.html" if n == 2 else "tintuc2.html"
        next_href = "tintuc3.html" if n == 2 else "tintuc4.html"
        pager = (
            f'<p align="center"><a href="{prev_href}"><img border="0" src="images/btn_truoc.gif" '
            f'width="80" height="22" alt="Trang trước"></a> &nbsp; <a href="{next_href}"><img border="0" '
            f'src="images/btn_sau.gif" width="80" height="22" alt="Trang sau"></a></p>'
        )
        if n == 2:
            pager = pager.replace(
                "&nbsp; <a",
                '&nbsp; <font face="Arial" size="2">Trang: <a href="tintuc.html">1</a> <b>[2]</b> '
                '<a href="tintuc3.html">3</a></font> &nbsp; <a',
            )
    archive = ""
    if n == 3:
        archive = """<p><b><font face="Arial" size="2" color="#CC0000">TIN NĂM HỌC 2025 - 2026</font></b></p>
<p style="line-height:180%">
» <a href="2026/tongket.html"><font face="Arial" size="2">Tổng kết năm học 2025 - 2026 và vui Tết thiếu nhi 1/6</font></a> - <font size="1" color="#808080">29/05/2026</font><br>
» <font face="Arial" size="2">Hội thi “Bé với ca dao, đồng dao”</font> - <font size="1" color="#808080">10/04/2026</font><br>
» <font face="Arial" size="2">Bé vui Tết Nguyên đán Bính Ngọ 2026</font> - <font size="1" color="#808080">06/02/2026</font><br>
» <a href="2025/trungthu2025.html"><font face="Arial" size="2">Đêm hội trăng rằm 2025</font></a> - <font size="1" color="#808080">04/10/2025</font><br>
</p>
<p><font face="Arial" size="2"><i>(Các tin từ năm 2012 đến năm 2025 xem tại trang cũ của trường:
<a href="http://mnsonca-qn.violet.vn" target="_blank">mnsonca-qn.violet.vn</a>)</i></font></p>"""
    content = f"""<p style="margin-top:0"><font face="Arial" size="1" color="#808080"><a href="index.html"><font color="#808080">Trang chủ</font></a> » Tin tức</font></p>
<p align="center"><b><font face="Arial" size="4" color="#CC0000">TIN TỨC - HOẠT ĐỘNG</font></b></p>
<p align="center"><img border="0" src="images/gach_hoa.gif" width="300" height="14"></p>
{body}
{archive}
{pager}"""
    return page_shell(
        title="Truong Mam non Son Ca - Tin tuc", p="", content=content, page=_LIST_PAGES[n].lstrip("/")
    )


def _first_sentence(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + "…"


def home_page() -> str:
    hrefs = {
        "attgt": "2026/attgt.htm",
        "pccc": "2026/pccc.html",
        "bekhoe": "2026/BeKhoe.html",
        "ngay-20-11": "2026/2011.html",
    }
    news = []
    for slug in ("attgt", "pccc", "bekhoe", "ngay-20-11"):
        s = BY_SLUG[slug]
        img = next((b.src for b in s.blocks if isinstance(b, Img)), "../images/2026/noimage.jpg")
        thumb = "images/" + img.split("images/", 1)[1]
        news.append(
            f'<tr><td width="110" valign="top"><a href="{hrefs[slug]}"><img border="1" src="{thumb}" '
            f'width="100" height="75"></a></td><td valign="top"><a href="{hrefs[slug]}"><font face="Arial" '
            f'size="2" color="#0033CC"><b>{esc(s.opts["list_title"])}</b></font></a><br><font size="2">'
            f"{esc(_first_sentence(s))}</font> <a href=\"{hrefs[slug]}\"><font size=\"1\">Xem tiếp »</font></a></td></tr>"
        )
    marquee = (
        '<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" width="720">'
        '<font face="Arial" size="2" color="#CC0000"><b>Chào mừng quý phụ huynh đến với website Trường '
        'Mầm non Sơn Ca!</b></font> &nbsp;&nbsp; <img src="images/new.gif" width="28" height="11"> '
        f'<a href="2026/attgt.htm"><font size="2">{esc(BY_SLUG["attgt"].title)}</font></a> &nbsp;&nbsp; '
        f'<img src="images/new.gif" width="28" height="11"> <a href="2026/ngay-20-11.html?{FBCLID}">'
        f'<font size="2">{esc(BY_SLUG["ngay-20-11"].opts["list_title"])}</font></a></marquee>'
    )
    content = f"""<p align="center" style="margin-top:0"><img border="0" src="images/chaomung.gif" width="520" height="60" alt="Chao mung"></p>
<table border="0" width="100%" cellpadding="2" id="table13">
<tr><td colspan="2" bgcolor="#FFE8C2"><font face="Arial" size="2" color="#CC0000"><b>TIN MỚI</b></font></td></tr>
{chr(10).join(news)}
</table>
<p align="right"><a href="tintuc.html"><font face="Arial" size="2">Xem tất cả tin »</font></a></p>
<a name="gocph"></a>
<table border="0" width="100%" cellpadding="2" id="table14">
<tr><td bgcolor="#E2F5D3"><font face="Arial" size="2" color="#008000"><b>GÓC PHỤ HUYNH</b></font></td></tr>
<tr><td><font face="Arial" size="2">
<img border="0" src="images/bullet_hoa.gif" width="12" height="12"> <a href="2026/biengan.html">{esc(BY_SLUG["biengan"].title)}</a> <img src="images/new.gif" width="28" height="11"><br>
<img border="0" src="images/bullet_hoa.gif" width="12" height="12"> <a href="2026/muabao.html">{esc(BY_SLUG["muabao"].title)}</a>
</font></td></tr>
</table>
<table border="0" width="100%" cellpadding="4" id="table15"><tr>
<td width="50%" align="center" bgcolor="#FFF2CC"><a href="2026/thucdon-t49.html"><img border="0" src="images/thucdon.gif" width="120" height="60" alt="Thuc don tuan"><br><font face="Arial" size="2"><b>Thực đơn tuần này</b></font></a></td>
<td align="center" bgcolor="#FFF2CC"><a href="album.html"><img border="0" src="images/album.gif" width="120" height="60" alt="Album"><br><font face="Arial" size="2"><b>Album ảnh của bé</b></font></a></td>
</tr></table>"""
    return page_shell(title="Trường Mầm non Sơn Ca - Quy Nhơn", p="", content=content, page="index.html",
                      onload_marquee=marquee)


def album_page() -> str:
    cells = []
    for slug, thumb in (
        ("attgt", "images/album/attgt_t.jpg"),
        ("vuonrau", "images/album/vuonrau_t.jpg"),
        ("thiep2010", "images/album/thiep_t.jpg"),
        ("thiep2010", "images/album/thiep2_t.jpg"),
    ):
        s = BY_SLUG[slug]
        big = thumb.replace("_t.jpg", ".jpg")
        cells.append(
            f'<td align="center" valign="top" width="33%"><a href="javascript:;" onclick="window.open(\'{big}\','
            f"'anh','width=820,height=640')\"><img border=\"1\" src=\"{thumb}\" width=\"150\" height=\"112\"></a>"
            f'<br><font size="1">{esc(s.opts["list_title"])}<br><a href="{s.opts["file"].lstrip("/")}">Xem bài</a></font></td>'
        )
    cells.append(
        '<td align="center" valign="top"><img border="1" src="images/album/sanchoi_t.jpg" width="150" '
        'height="112"><br><font size="1">Sân chơi mới của bé</font></td>'
    )
    cells.append(
        '<td align="center" valign="top"><img border="1" src="images/album/lophoc_t.jpg" width="150" '
        'height="112"><br><font size="1">Lớp học thân thiện</font></td>'
    )
    rows = "\n".join(
        "<tr>" + "".join(cells[k : k + 3]) + "</tr>" for k in range(0, len(cells), 3)
    )
    content = f"""<p style="margin-top:0"><font face="Arial" size="1" color="#808080"><a href="index.html"><font color="#808080">Trang chủ</font></a> » Album ảnh</font></p>
<p align="center"><b><font face="Arial" size="4" color="#CC0000">ALBUM ẢNH CỦA BÉ</font></b></p>
<p align="center"><font size="2"><i>Bấm vào ảnh nhỏ để xem ảnh lớn</i></font></p>
<table border="0" width="100%" cellspacing="6" id="table16">
{rows}
</table>"""
    return page_shell(title="Album anh - MN Son Ca", p="", content=content, page="album.html")


def intro_page() -> str:
    content = """<p style="margin-top:0"><font face="Arial" size="1" color="#808080"><a href="index.html"><font color="#808080">Trang chủ</font></a> » Giới thiệu</font></p>
<p align="center"><b><font face="Arial" size="4" color="#CC0000">GIỚI THIỆU TRƯỜNG MẦM NON SƠN CA</font></b></p>
<a name="lichsu"></a><p><b><font color="#0000FF">1. Lịch sử nhà trường</font></b></p>
<p align="justify">&nbsp;&nbsp;&nbsp; Trường Mầm non Sơn Ca được thành lập năm 1978, tiền thân là Nhà trẻ Sơn Ca của thị xã Quy Nhơn. Qua hơn 45 năm xây dựng và phát triển, trường đã được công nhận trường chuẩn quốc gia mức độ 1 năm 2015 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2022.</p>
<a name="doingu"></a><p><b><font color="#0000FF">2. Đội ngũ</font></b></p>
<p align="justify">&nbsp;&nbsp;&nbsp; Năm học 2026 - 2027, trường có 12 nhóm, lớp với 386 trẻ; 42 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<table border="1" cellpadding="3" style="border-collapse: collapse" width="90%" id="table17">
<tr><td><b>Hiệu trưởng</b></td><td>Cô Nguyễn Thị Thanh Tâm</td></tr>
<tr><td><b>Phó Hiệu trưởng</b></td><td>Cô Trần Thị Mai Phương</td></tr>
</table>
<a name="csvc"></a><p><b><font color="#0000FF">3. Cơ sở vật chất</font></b></p>
<p align="justify">&nbsp;&nbsp;&nbsp; Trường có 12 phòng học, bếp một chiều, sân chơi có mái che, vườn cổ tích và vườn rau của bé.</p>
<p align="center"><img border="0" src="images/truong_toancanh.jpg" width="450" height="300"></p>"""
    return page_shell(title="Gioi thieu - Truong Mam non Son Ca", p="", content=content, page="gioithieu.html")


def contact_page() -> str:
    content = """<p style="margin-top:0"><font face="Arial" size="1" color="#808080"><a href="index.html"><font color="#808080">Trang chủ</font></a> » Liên hệ</font></p>
<p align="center"><b><font face="Arial" size="4" color="#CC0000">LIÊN HỆ</font></b></p>
<p><font face="Arial" size="2"><b>TRƯỜNG MẦM NON SƠN CA</b><br>Địa chỉ: 45 Trần Hưng Đạo, thành phố Quy Nhơn, tỉnh Bình Định<br>
Điện thoại: (0256) 3822 416<br>Email: mnsonca.quynhon@gmail.com</font></p>
<form method="POST" action="_vti_bin/shtml.dll/lienhe.html" webbot-action="--WEBBOT-SELF--">
<!--webbot bot="SaveResults" U-File="_private/lienhe.csv" S-Format="TEXT/CSV" S-Label-Fields="TRUE" startspan --><input TYPE="hidden" NAME="VTI-GROUP" VALUE="0"><!--webbot bot="SaveResults" endspan -->
<table border="0" id="table18">
<tr><td><font size="2">Họ tên phụ huynh:</font></td><td><input type="text" name="hoten" size="30"></td></tr>
<tr><td><font size="2">Con học lớp:</font></td><td><input type="text" name="lop" size="10"></td></tr>
<tr><td><font size="2">Nội dung:</font></td><td><textarea rows="5" name="noidung" cols="35"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" name="B1"> <input type="reset" value="Nhập lại" name="B2"></td></tr>
</table></form>"""
    return page_shell(title="Lien he", p="", content=content, page="lienhe.html")


def menu_page() -> str:
    rows = [
        ("Thứ Hai (30/11)", "Sữa bột Dielac", "Cơm - Canh bí đỏ nấu tôm - Thịt heo kho trứng cút", "Cháo thịt bằm"),
        ("Thứ Ba (01/12)", "Bánh mì sữa", "Cơm - Canh cải ngọt - Cá thu sốt cà", "Chè đậu xanh"),
        ("Thứ Tư (02/12)", "Sữa chua", "Cơm - Canh mồng tơi nấu cua - Gà rim mặn ngọt", "Bún bò"),
        ("Thứ Năm (03/12)", "Sữa bột Dielac", "Cơm - Canh rau ngót - Thịt bò xào đậu que", "Bánh flan"),
        ("Thứ Sáu (04/12)", "Bánh bông lan", "Cơm - Canh chua cá lóc - Trứng chiên", "Sữa đậu nành"),
    ]
    trs = "\n".join(
        "<tr>" + "".join(f'<td><font size="2">{esc(c)}</font></td>' for c in r) + "</tr>" for r in rows
    )
    content = f"""<p style="margin-top:0"><font face="Arial" size="1" color="#808080"><a href="../index.html"><font color="#808080">Trang chủ</font></a> » Thực đơn tuần</font></p>
<p align="center"><b><font face="Times New Roman" size="5" color="#CC0000">THỰC ĐƠN TUẦN 13 (TỪ 30/11 ĐẾN 04/12/2026)</font></b></p>
<p align="center"><font size="2"><i>Áp dụng cho trẻ mẫu giáo - Nhà trẻ ăn theo thực đơn riêng</i></font></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse" bordercolor="#FF9933" width="100%" id="table19">
<tr bgcolor="#FFE8C2"><td><b>Ngày</b></td><td><b>Bữa phụ sáng</b></td><td><b>Bữa chính trưa</b></td><td><b>Bữa xế</b></td></tr>
{trs}
</table>
<p align="right"><font size="2"><i>Bộ phận cấp dưỡng</i></font></p>"""
    return page_shell(title="Thuc don tuan", p="../", content=content, page="2026/thucdon-t49.html")


def stub_page() -> str:
    """The renamed file's old name: a meta-refresh stub."""
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="0;URL=ngay-20-11.html">
<title>Trang đã chuyển</title>
</head>
<body>
<p align="center"><font face="Arial" size="2">Trang này đã chuyển. Nếu trình duyệt không tự chuyển, bấm
<a href="ngay-20-11.html">vào đây</a>.</font></p>
</body>
</html>
"""


# --- the site ----------------------------------------------------------------------------------


def _iis(body: bytes | str) -> Response:
    return html(
        body,
        charset=None,
        headers={
            "Server": "Microsoft-IIS/6.0",
            "X-Powered-By": "ASP.NET",
            "Last-Modified": LAST_MODIFIED,
            "Accept-Ranges": "bytes",
        },
    )


def _encode(story: Story, page: str) -> bytes:
    enc = story.opts.get("enc", "utf8")
    if enc == "cp1258":
        return cp1258_bytes(page)
    if enc == "bom1252":
        return b"\xef\xbb\xbf" + page.encode("utf-8")
    return page.encode("utf-8")


_GIF = static_file("x.gif")


class Site:
    def __init__(self) -> None:
        self.articles: dict[str, Story] = {}
        for s in STORIES:
            self.articles[s.opts["file"].lower()] = s
            if "twin" in s.opts:
                self.articles[s.opts["twin"].lower()] = s
        self.pages = {
            "/": home_page,
            "/index.html": home_page,
            "/tintuc.html": lambda: listing_page(1),
            "/tintuc2.html": lambda: listing_page(2),
            "/tintuc3.html": lambda: listing_page(3),
            "/album.html": album_page,
            "/gioithieu.html": intro_page,
            "/lienhe.html": contact_page,
            "/2026/thucdon-t49.html": menu_page,
            "/2026/2011.html": stub_page,
        }

    def respond(self, request: Request) -> Response | None:
        if request.method == "POST":
            return None  # no FrontPage Server Extensions on this host any more
        path = request.path.lower()  # IIS: file names are case-insensitive
        if path.startswith("/_vti_bin/fpcount.exe"):
            return _GIF
        if path in self.pages:
            return _iis(self.pages[path]())
        story = self.articles.get(path)
        if story is not None:
            return _iis(_encode(story, article_page(story)))
        if re.search(r"\.(jpe?g|gif|png|css|js|ico)$", path):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    return gold_record(
        story,
        story.opts["file"],
        story.cat,
        alt_paths=ALT_PATHS.get(story.slug, []),
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.html",
    "/album.html",
    "/gioithieu.html",
    "/lienhe.html",
    "/2026/thucdon-t49.html",
]

