"""Trường THCS Lê Quý Đôn (Hội An, Quảng Nam) on a home-made PHP site of 2012: table layout,
UTF-8, article text written in CKEditor 3.

Platform
--------
One ``index.php`` front script switches on ``act``; the layout is a 1000-pixel table of three
columns inside a banner/menu/footer table, as school sites built by a local contractor were in
2012. There is no canonical link, no sitemap, no robots.txt, no RSS. The article text is the
CKEditor 3 HTML stored in the database and echoed into one cell (``<td class="noidung">``): the
editor's entity option is on, so Latin-1 letters arrive as named entities (``&agrave;``,
``&ecirc;``) and the other Vietnamese letters as raw UTF-8; ``<p>&nbsp;</p>`` spacers are left in.

URL scheme (links are printed relative: ``href="index.php?act=…"``)
--------------------------------------------------------------------
- ``/`` and ``/index.php``: home ("Tin mới nhất" table of the 5 newest, one box per category
  with its 3 newest).
- ``/index.php?act=news&cid=<n>`` and ``&page=<n>``: category lists, 3 posts a page. A list is
  a TABLE ``<table class="listnews">`` with the header row "STT | Tiêu đề | Ngày đăng | Lượt
  xem" and one row per post (number, title link, "12/10/2026", views); under it the pager
  "Trang: 1 2 3 [Tiếp]" (the current page in bold, "[Trước]" from page 2 on).
  cid 1 Tin hoạt động, 2 Thông báo, 3 Chuyên môn, 4 Thành tích, 5 Góc tư vấn (empty: one row
  "Chưa có bài viết").
- ``/index.php?act=detail&id=<n>``: an article; ``&print=1`` is its print view (same article,
  no chrome, ``window.print()``): in gold's ``alt_paths``.
- ``/index.php?act=page&pid=<n>``: static pages (1 Giới thiệu chung, 2 Thời khóa biểu chung,
  3 Liên hệ); ``&print=1`` prints them too.
- ``/index.php?act=download&fid=<n>``: an attached file, answered 200 ``application/pdf``.
- Files: ``/images/…`` (layout), ``/upload/images/2026/<mm>/…`` (article photos; some printed
  with a leading slash, some relative ``upload/images/…`` as the editor's file browser wrote).

Article page template
---------------------
Breadcrumb row "Trang chủ » <Chuyên mục>", then a table::

    <table class="tbl_detail">
      <tr><td class="title_detail">HEADLINE</td></tr>            (a td, no h1)
      <tr><td class="info_detail"><table><tr>
          <td>Ngày đăng: 12/10/2026 - 15:20</td><td>Lượt xem: 123</td><td>Người đăng: admin</td>
      </tr></table></td></tr>
      [<tr><td class="sapo"><strong>lead</strong></td></tr>]   (the "Tóm tắt" field, optional)
      <tr><td class="noidung"> CKEditor HTML [+ attachment table] </td></tr>
      <tr><td class="tools"> In bài | Gửi email | Chia sẻ Facebook | Về đầu trang </td></tr>
    </table>
    "Các tin khác" table (the 4 newest other posts of the category), then the footer table.

Chrome: banner image (``/images/banner.jpg``, alt = school name) with today's date ("Thứ Tư,
ngày 25/11/2026"), a horizontal menu table, left column (menu, "Tin xem nhiều", "Liên kết"
select + links), right column ("Thông báo" marquee, "Thời tiết Hội An", a poll form, the counter
"Online: 4 / Tổng: 98.765"), footer table with address and phone.

How each gold article is reached
--------------------------------
- Every post: its category list; the 5 newest also from the home table, each category's 3
  newest from the home boxes; "Tin xem nhiều" and the "Thông báo" marquee add a few more.
- Tin hoạt động has 7 posts: id 251 is listed only on ``act=news&cid=1&page=2`` and id 247 only
  on ``&page=3`` (no home box, no "Các tin khác" list, no sidebar names them).

Traps
-----
- ARTICLES THAT ARE MOSTLY TABLES:
  * id 261 timetable: one intro paragraph + a big table (bold header row, "Buổi sáng" /
    "Buổi chiều" with rowspan, a colspan cell for the whole-school club period).
  * id 264 results: two tables separated by bold sub-headings, then a closing paragraph.
  * id 268: the editor put the TEXT in a borderless 2-column table (text left, photo and its
    italic caption right): the left cell's paragraphs are plain body paragraphs.
  * id 253: an ordered list with bulleted sub-lists (``ul`` inside ``li``).
  * id 265: one paragraph + an embedded Google Sheets ``<iframe>`` (no photo, no text from it).
  * id 257: a notice with the CMS's attachment table "STT | Tên tệp | Tải về" appended inside the
    same content cell; its rows are links to ``act=download`` (PDF), not text.
- The meta row is a table of three cells; "Người đăng: admin" credits nobody.
- Print views duplicate articles (and a static page) under another query string.
- Listing page 1 is printed both as ``cid=1`` (menu) and ``cid=1&page=1`` (pager).
- The static "Thời khóa biểu chung" page is mostly a table but is not an article.
- The header prints today's date, never a publication date; list rows print dates too.
- Unknown ids answer 404 ("Bài viết không tồn tại").

Gold decisions
--------------
- title: the ``td.title_detail`` text (the ``<title>`` appends " - Trường THCS Lê Quý Đôn").
- published_at: "Ngày đăng: dd/mm/yyyy - HH:MM" → "yyyy-mm-ddTHH:MM:00+07:00".
- authors / photographers: the right-aligned closing line. "Người viết: Thầy Võ Văn Tùng" → Võ
  Văn Tùng (the "Thầy" form of address dropped); "Ban Truyền thông" → the school's board, credited
  as author (house convention for a unit); "Tin: Minh Hiếu, ảnh: Thu Hà" → author Minh Hiếu,
  photographer Thu Hà; "Nguồn: Sở GD&ĐT Quảng Nam" → source; otherwise nobody.
- summary: the "sapo" cell when printed (also the first body paragraph), else null.
- body: the ``noidung`` paragraphs; data-table rows one paragraph each, cells joined by " | "
  (a rowspan cell's text only in the row where it is printed, a colspan cell once); the text
  cell of a layout table gives ordinary paragraphs; list items one paragraph each in order (a
  parent item's own text before its sub-items). Not body: captions, bylines, source lines,
  ``&nbsp;`` spacers, the iframe, the attachment table.
- images: photos in the content in order; the caption is the line printed with the photo (the
  italic second row of CKEditor's image table, an italic or plain centred line under it), or
  null. Banner, icons, weather icon, counter are layout.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
)

NAME = "php_tables_thcs"
PLATFORM = "Home-made PHP (2012), table layout, CKEditor 3 content, index.php?act= URLs"
START_PATH = "/"

SCHOOL = "Trường THCS Lê Quý Đôn"
SCHOOL_FULL = "TRƯỜNG THCS LÊ QUÝ ĐÔN - THÀNH PHỐ HỘI AN - TỈNH QUẢNG NAM"
PER_PAGE = 3

#: cid -> display name (the four sections that hold posts)
CATEGORIES = {
    "1": "Tin hoạt động",
    "2": "Thông báo",
    "3": "Chuyên môn",
    "4": "Thành tích",
}
#: the menu also links to a section nobody has written in yet
EMPTY_CATEGORY = ("5", "Góc tư vấn")
MENU_CATS = {**CATEGORIES, EMPTY_CATEGORY[0]: EMPTY_CATEGORY[1]}


def up(month: str, name: str) -> str:
    return f"/upload/images/2026/{month}/{name}"


BTT = Raw('<p style="text-align: right;"><em><strong>Ban Truyền thông</strong></em></p>')
TUNG = Raw('<p style="text-align: right;"><strong>Người viết: Thầy Võ Văn Tùng</strong></p>')
HIEU = Raw('<p style="text-align: right;"><strong>Tin: Minh Hiếu, ảnh: Thu Hà</strong></p>')
SO = Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Quảng Nam</em></p>')
NBSP = Raw("<p>&nbsp;</p>")

# --- the posts, written as the editors typed them ---------------------------------------------
#
# opts: time (the meta's clock), user (Người đăng), ent (CKEditor named entities), files
# (attachment rows: fid, file name). P styles: "" justified paragraph, "b" bold sub-heading,
# "th"/"td" table rows (modifiers "rs<i>=<n>", "cs<i>=<n>" for a cell's rowspan/colspan),
# "ol"/"ul" list items (ul = sub-item of the ol item before it), "col" text of a layout table.
# Img styles: "cke" (CKEditor's image table, caption row in italics), "center" (plain centred
# line under the photo), "em" (italic centred line), "bare" (nothing under it), "col" (right
# cell of a layout table, italic line under it in the same cell).

STORIES: list[Story] = [
    Story(
        268,
        "lam-sach-bai-bien",
        "Học sinh Trường THCS Lê Quý Đôn ra quân làm sạch bãi biển An Bàng",
        "1",
        "2026-11-21T08:45:00+07:00",
        [
            P(
                "Sáng Chủ nhật 15/11/2026, Liên đội Trường THCS Lê Quý Đôn phối hợp với Đoàn "
                "phường Cẩm An tổ chức chương trình “Chủ nhật xanh - Biển Hội An sạch” tại bãi "
                "biển An Bàng.",
                "col",
            ),
            P(
                "Hơn 250 đội viên khối 7 và khối 8 cùng 20 thầy cô giáo đã thu gom gần 1,5 tấn rác "
                "thải, chủ yếu là túi ni lông, chai nhựa và lưới đánh cá cũ dạt vào bờ sau đợt "
                "mưa lũ vừa qua.",
                "col",
            ),
            P(
                "Các chi đội còn tổ chức phân loại rác tại chỗ: rác nhựa được chuyển cho Hợp tác "
                "xã Môi trường Hội An tái chế, phần còn lại được xe của Công ty Công trình đô thị "
                "thu gom trong ngày.",
                "col",
            ),
            Img(up("11", "bien-an-bang-1.jpg"), "Đội viên khối 8 thu gom rác tại bãi biển An Bàng",
                "Đội viên khối 8 thu gom rác tại bãi biển An Bàng", "col"),
            P(
                "Kết thúc buổi ra quân, Liên đội phát động phong trào “Nói không với túi ni lông” "
                "trong toàn trường: mỗi lớp đăng ký một tiết sinh hoạt chủ đề về bảo vệ môi "
                "trường biển trong tháng 12/2026."
            ),
            P(
                "Cô Trần Thị Mỹ Hạnh, Tổng phụ trách Đội, cho biết đây là hoạt động thường niên "
                "của nhà trường nhằm giáo dục ý thức giữ gìn cảnh quan đô thị di sản cho học sinh."
            ),
            HIEU,
        ],
        authors=["Minh Hiếu"],
        photographers=["Thu Hà"],
        opts={"time": "08:45", "user": "admin"},
    ),
    Story(
        266,
        "ky-niem-ngay-nha-giao",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "1",
        "2026-11-20T16:10:00+07:00",
        [
            P(
                "Sáng 20/11, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày "
                "hội lớn của ngành."
            ),
            P(
                "Đến dự buổi lễ có ông Nguyễn Văn Lợi, Phó Chủ tịch UBND phường Minh An; bà Phan "
                "Thị Thu, Phó Trưởng phòng GD&ĐT thành phố Hội An; đại diện Ban đại diện Cha mẹ "
                "học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(up("11", "20-11-quang-canh.jpg"), "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "cke"),
            P(
                "Ôn lại truyền thống ngày 20/11, thầy Hiệu trưởng Lê Văn Thành nhấn mạnh: trong năm "
                "học 2025-2026, nhà trường có 96,8% học sinh đạt danh hiệu từ khá trở lên, 38 học "
                "sinh đạt giải học sinh giỏi các cấp, 100% học sinh lớp 9 tốt nghiệp THCS."
            ),
            P(
                "Trong đợt thi đua, toàn trường có 126 tiết dạy tốt, 9 chuyên đề cấp tổ; các lớp "
                "đạt gần 2.400 điểm 10 dâng tặng thầy cô. Lớp 8/3 và lớp 9/1 dẫn đầu phong trào."
            ),
            Img(
                up("11", "20-11-khen-thuong.jpg"),
                "Thầy Hiệu trưởng trao Giấy khen cho các tập thể lớp xuất sắc trong đợt thi đua",
                "Thầy Hiệu trưởng trao Giấy khen cho các tập thể lớp xuất sắc trong đợt thi đua",
                "cke",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các lớp dàn dựng với "
                "những ca khúc về mái trường, thầy cô và phố cổ Hội An."
            ),
            BTT,
        ],
        authors=["Ban Truyền thông"],
        summary=(
            "Chào mừng 44 năm Ngày Nhà giáo Việt Nam, nhà trường tổ chức lễ kỷ niệm, tổng kết "
            "đợt thi đua và khen thưởng các tập thể, cá nhân tiêu biểu."
        ),
        sapo_outside=True,
        opts={"time": "16:10", "user": "admin", "ent": True},
    ),
    Story(
        263,
        "rung-chuong-vang-khoi-8",
        "Hội thi “Rung chuông vàng” khối 8 với chủ đề Hội An - Di sản văn hóa thế giới",
        "1",
        "2026-11-13T10:30:00+07:00",
        [
            P(
                "Chiều 12/11/2026, tại sân trường, Tổ Lịch sử - Địa lí phối hợp với Liên đội tổ "
                "chức Hội thi “Rung chuông vàng” dành cho 100 học sinh khối 8."
            ),
            P(
                "Các câu hỏi xoay quanh lịch sử thương cảng Hội An, kiến trúc nhà cổ, Chùa Cầu, các "
                "lễ hội truyền thống và những làng nghề như gốm Thanh Hà, mộc Kim Bồng, rau Trà Quế."
            ),
            Img(up("11", "rcv-1.jpg"), "Các thí sinh tham gia phần thi chung cuộc",
                "Các thí sinh tham gia phần thi chung cuộc", "center"),
            P(
                "Sau 20 câu hỏi, em Huỳnh Ngọc Khánh Linh (lớp 8/2) là người duy nhất vượt qua câu "
                "hỏi cuối cùng và rung được chuông vàng."
            ),
            P(
                "Theo thầy Võ Văn Tùng, Tổ trưởng chuyên môn, hội thi giúp các em hiểu và tự hào "
                "hơn về quê hương; năm sau tổ sẽ mở rộng hội thi cho cả khối 6 và khối 7."
            ),
            Img(up("11", "rcv-2.jpg"), "Em Khánh Linh nhận giải Nhất của hội thi",
                "Em Khánh Linh nhận giải Nhất của hội thi", "center"),
            TUNG,
        ],
        authors=["Võ Văn Tùng"],
        opts={"time": "10:30", "user": "tunvv"},
    ),
    Story(
        259,
        "ao-am-cho-em",
        "Chi đoàn giáo viên trao 120 chiếc áo ấm cho học sinh xã Tân Hiệp",
        "1",
        "2026-11-04T14:05:00+07:00",
        [
            P(
                "Ngày 01/11/2026, Chi đoàn giáo viên Trường THCS Lê Quý Đôn đã đến Trường TH và "
                "THCS Tân Hiệp (Cù Lao Chàm) trao tặng 120 chiếc áo ấm và 200 quyển vở cho học sinh "
                "có hoàn cảnh khó khăn."
            ),
            Img("upload/images/2026/11/ao-am-1.jpg"),
            P(
                "Số quà trên do giáo viên, học sinh và phụ huynh nhà trường quyên góp trong tháng "
                "10 với tổng trị giá gần 25 triệu đồng."
            ),
            P(
                "Dịp này, đoàn cũng tổ chức giao lưu bóng đá và sinh hoạt tập thể với học sinh "
                "trên đảo, để lại nhiều kỷ niệm đẹp cho các em."
            ),
            Img("upload/images/2026/11/ao-am-2.jpg", "Giao lưu bóng đá với học sinh Tân Hiệp",
                "Giao lưu bóng đá với học sinh Tân Hiệp", "em"),
        ],
        opts={"time": "14:05", "user": "admin"},
    ),
    Story(
        255,
        "hoi-nghi-vien-chuc",
        "Hội nghị viên chức, người lao động năm học 2026-2027",
        "1",
        "2026-10-16T09:00:00+07:00",
        [
            P(
                "Ngày 14/10/2026, Trường THCS Lê Quý Đôn tổ chức Hội nghị viên chức, người lao "
                "động năm học 2026-2027 với sự tham dự của 62 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025-2026, phương "
                "hướng nhiệm vụ năm học mới, báo cáo công khai tài chính và hoạt động của Ban "
                "Thanh tra nhân dân."
            ),
            P(
                "Năm học 2026-2027, nhà trường đặt mục tiêu duy trì sĩ số 100%, tỷ lệ học sinh "
                "khá giỏi trên 80%, xây dựng thêm 2 phòng học bộ môn Khoa học tự nhiên và hoàn "
                "thành kiểm định chất lượng giáo dục cấp độ 3."
            ),
            NBSP,
            Img(up("10", "hoi-nghi-vc.jpg"), "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị", "em"),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên và "
                "ký kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            BTT,
        ],
        authors=["Ban Truyền thông"],
        summary=(
            "Hội nghị thống nhất các chỉ tiêu của năm học mới, thông qua quy chế chi tiêu nội "
            "bộ và bầu Ban Thanh tra nhân dân."
        ),
        sapo_outside=True,
        opts={"time": "09:00", "user": "admin", "ent": True},
    ),
    Story(
        251,
        "tuyen-truyen-duoi-nuoc",
        "Tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        "1",
        "2026-10-02T15:20:00+07:00",
        [
            P(
                "Trước mùa mưa bão, chiều 30/9/2026 nhà trường phối hợp với Công an phường Minh An "
                "tổ chức buổi tuyên truyền phòng, chống đuối nước và an toàn giao thông cho toàn "
                "thể học sinh."
            ),
            P(
                "Báo cáo viên đã hướng dẫn các em nhận biết vùng nước nguy hiểm, cách ứng cứu khi "
                "gặp người bị đuối nước và những quy định về đội mũ bảo hiểm khi đi xe đạp điện."
            ),
            Img(up("10", "tuyen-truyen-an-toan.jpg")),
            P(
                "Nhà trường đề nghị phụ huynh không cho con em tắm sông, tắm biển khi không có "
                "người lớn đi cùng, nhất là trong những ngày nước lên."
            ),
            TUNG,
        ],
        authors=["Võ Văn Tùng"],
        opts={"time": "15:20", "user": "tunvv", "ent": True},
    ),
    Story(
        247,
        "khai-giang-2026",
        "Lễ khai giảng năm học mới 2026-2027",
        "1",
        "2026-09-05T10:15:00+07:00",
        [
            P(
                "Sáng 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, 1.180 học sinh Trường THCS "
                "Lê Quý Đôn hân hoan bước vào năm học mới 2026-2027."
            ),
            Img(up("09", "khai-giang-1.jpg"), "Học sinh khối 6 diễu hành vào lễ đài",
                "Học sinh khối 6 diễu hành vào lễ đài", "cke"),
            P(
                "Năm học này, nhà trường có 28 lớp với 1.180 học sinh, trong đó 292 học sinh lớp 6 "
                "được tuyển từ 5 trường tiểu học trên địa bàn."
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành giáo dục nhân "
                "dịp khai giảng và phát động phong trào thi đua năm học mới."
            ),
            P(
                "Nhân dịp này, Ban đại diện Cha mẹ học sinh trao 40 suất học bổng, mỗi suất 1 triệu "
                "đồng, cho học sinh vượt khó học giỏi."
            ),
            Img(up("09", "khai-giang-2.jpg"), "Đánh trống khai giảng năm học mới",
                "Đánh trống khai giảng năm học mới", "cke"),
            HIEU,
        ],
        authors=["Minh Hiếu"],
        photographers=["Thu Hà"],
        opts={"time": "10:15", "user": "admin"},
    ),
]

_TKB = [
    ("th", "Buổi | Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu | Thứ Bảy"),
    ("td rs0=5", "Buổi sáng | 1 | Chào cờ | Toán | Ngữ văn | Tiếng Anh | Toán | Ngữ văn"),
    ("td", "2 | Toán | Ngữ văn | Toán | KHTN (Hóa) | Lịch sử và Địa lí | Tiếng Anh"),
    ("td", "3 | Ngữ văn | Tiếng Anh | KHTN (Lí) | Toán | Ngữ văn | GDCD"),
    ("td", "4 | KHTN (Sinh) | Lịch sử và Địa lí | Tin học | Ngữ văn | Công nghệ | Toán"),
    ("td", "5 | Tiếng Anh | GDCD | Lịch sử và Địa lí | Âm nhạc | KHTN (Hóa) | Sinh hoạt lớp"),
    ("td rs0=4", "Buổi chiều | 1 | GDTC | Ôn tập Toán | Mĩ thuật | GDTC | Ôn tập Ngữ văn | HĐTN"),
    ("td", "2 | KHTN (Lí) | Ôn tập Toán | Tin học | KHTN (Sinh) | Ôn tập Ngữ văn | HĐTN"),
    ("td", "3 | GD địa phương | Ôn tập Tiếng Anh | Công nghệ | Ôn tập KHTN | Ôn tập Tiếng Anh | HĐTN"),
    ("td cs1=6", "4 | Sinh hoạt câu lạc bộ (bóng đá, cờ vua, văn nghệ) - toàn trường"),
]

_HSG = [
    ("th2", "STT | Họ và tên | Lớp | Môn thi | Giải"),
    ("td", "1 | Nguyễn Ngọc Bảo Anh | 9/1 | Toán | Nhất"),
    ("td", "2 | Trần Gia Huy | 9/1 | Vật lí | Nhì"),
    ("td", "3 | Lê Phương Thảo | 9/2 | Ngữ văn | Nhì"),
    ("td", "4 | Phạm Minh Khôi | 9/3 | Tiếng Anh | Nhì"),
    ("td", "5 | Đặng Thị Thu Uyên | 9/2 | Lịch sử | Ba"),
    ("td", "6 | Võ Hoàng Nam | 9/1 | Hóa học | Ba"),
    ("td", "7 | Ngô Khánh Vy | 9/4 | Sinh học | Khuyến khích"),
]
_KHKT = [
    ("th2", "STT | Họ và tên | Lớp | Nội dung | Giải"),
    ("td", "1 | Hồ Đăng Khoa | 9/1 | Tin học trẻ - Lập trình Scratch | Nhất"),
    ("td", "2 | Trương Bảo Ngọc | 8/3 | Tin học trẻ - Ứng dụng văn phòng | Nhì"),
    ("td", "3 | Lê Quang Vinh, Phan Thị Mai | 9/2 | KHKT - Hệ thống tưới rau Trà Quế tự động | Ba"),
    ("td", "4 | Nguyễn Hữu Phước | 8/1 | KHKT - Máy lọc rác nổi trên sông Hoài | Khuyến khích"),
]

STORIES += [
    Story(
        265,
        "danh-sach-clb-nang-khieu",
        "Danh sách học sinh tham gia câu lạc bộ năng khiếu học kỳ I năm học 2026-2027",
        "2",
        "2026-11-17T07:30:00+07:00",
        [
            P(
                "Nhà trường thông báo danh sách học sinh đăng ký tham gia các câu lạc bộ năng "
                "khiếu (bóng đá, cờ vua, mĩ thuật, đàn nguyệt) học kỳ I năm học 2026-2027; các câu "
                "lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần, bắt đầu từ ngày 21/11/2026. Phụ huynh "
                "và học sinh xem danh sách chi tiết dưới đây."
            ),
            Raw(
                '<p><iframe frameborder="0" height="520" scrolling="yes" '
                'src="https://docs.google.com/spreadsheets/d/e/2PACX-1vR9kLqD0cLbq7Xw3Hh'
                'T2nA8sYd_LQD-clb-nang-khieu-2026/pubhtml?widget=true&amp;headers=false" '
                'width="100%"></iframe></p>'
            ),
        ],
        opts={"time": "07:30", "user": "quantri"},
    ),
    Story(
        257,
        "lich-kiem-tra-giua-ky-1",
        "THÔNG BÁO: Lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "2",
        "2026-10-12T15:20:00+07:00",
        [
            P(
                "Căn cứ kế hoạch năm học 2026-2027, nhà trường thông báo lịch kiểm tra giữa học kỳ "
                "I đối với các môn đánh giá bằng điểm số như sau:"
            ),
            P("Thời gian: từ ngày 26/10/2026 đến ngày 31/10/2026 (theo lịch của từng khối).", "b"),
            P(
                "Các môn Toán, Ngữ văn, Tiếng Anh kiểm tra tập trung theo đề chung của trường, thời "
                "gian làm bài 90 phút; các môn còn lại kiểm tra trong giờ học trên lớp."
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và phụ huynh; học sinh "
                "có mặt trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."
            ),
            P("Chi tiết lịch kiểm tra và ma trận đề của từng môn xem trong các tệp đính kèm."),
        ],
        opts={
            "time": "15:20",
            "user": "admin",
            "files": [
                (31, "Lich_kiem_tra_giua_HKI_2026-2027.pdf"),
                (32, "Ma_tran_de_kiem_tra_giua_HKI_cac_mon.pdf"),
            ],
        },
    ),
    Story(
        261,
        "thoi-khoa-bieu-hk1-9-1",
        "Thời khóa biểu học kỳ I năm học 2026-2027 lớp 9/1 (áp dụng từ ngày 09/11/2026)",
        "3",
        "2026-11-07T16:45:00+07:00",
        [
            P(
                "Thực hiện điều chỉnh phân công chuyên môn từ tuần 10, nhà trường thông báo thời "
                "khóa biểu học kỳ I của lớp 9/1, áp dụng từ thứ Hai ngày 09/11/2026; buổi chiều "
                "học từ 13 giờ 30, riêng tiết câu lạc bộ chiều thứ Bảy học tại nhà đa năng."
            ),
            *(P(row, kind) for kind, row in _TKB),
        ],
        opts={"time": "16:45", "user": "admin"},
    ),
    Story(
        253,
        "chuyen-de-stem",
        "Kế hoạch tổ chức chuyên đề dạy học STEM cấp trường năm học 2026-2027",
        "3",
        "2026-10-08T08:00:00+07:00",
        [
            P(
                "Thực hiện hướng dẫn của Phòng GD&ĐT thành phố Hội An về giáo dục STEM trong trường "
                "trung học, Tổ Khoa học tự nhiên xây dựng kế hoạch tổ chức chuyên đề như sau:"
            ),
            P("Mục đích, yêu cầu:", "ol"),
            P("Giáo viên vận dụng quy trình dạy học theo bài học STEM vào các môn học.", "ul"),
            P("Học sinh được trải nghiệm, vận dụng kiến thức liên môn để giải quyết vấn đề thực tiễn.", "ul"),
            P("Thời gian, địa điểm: tuần 12 (từ 23/11 đến 28/11/2026), tại phòng thực hành KHTN.", "ol"),
            P("Nội dung chuyên đề:", "ol"),
            P("Khối 6: Làm mô hình lọc nước đơn giản từ vật liệu tái chế.", "ul"),
            P("Khối 7: Thiết kế đèn lồng Hội An dùng mạch điện đơn giản.", "ul"),
            P("Khối 8 và khối 9: Hệ thống tưới cây tự động dùng cảm biến độ ẩm.", "ul"),
            P("Phân công thực hiện:", "ol"),
            P("Thầy Võ Văn Tùng: xây dựng kế hoạch bài dạy khối 8, 9.", "ul"),
            P("Cô Nguyễn Thị Lan: chuẩn bị thiết bị, vật liệu thực hành.", "ul"),
            P(
                "Các tổ chuyên môn đăng ký dự chuyên đề với Phó Hiệu trưởng phụ trách chuyên môn "
                "trước ngày 20/11/2026."
            ),
            TUNG,
        ],
        authors=["Võ Văn Tùng"],
        opts={"time": "08:00", "user": "tunvv", "ent": True},
    ),
    Story(
        264,
        "hsg-thanh-pho-lop-9",
        "Danh sách học sinh đạt giải kỳ thi học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "4",
        "2026-11-15T20:10:00+07:00",
        [
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027 do Phòng GD&ĐT "
                "thành phố Hội An tổ chức trong hai ngày 31/10 và 01/11/2026. Trường THCS Lê Quý "
                "Đôn có 18 học sinh dự thi, đạt 11 giải, xếp thứ hai toàn thành phố. Danh sách cụ "
                "thể như sau:"
            ),
            P("I. GIẢI CÁ NHÂN CÁC MÔN VĂN HÓA", "b"),
            *(P(row, kind) for kind, row in _HSG),
            P("II. GIẢI HỘI THI TIN HỌC TRẺ VÀ CUỘC THI KHOA HỌC KỸ THUẬT", "b"),
            *(P(row, kind) for kind, row in _KHKT),
            P(
                "Nhà trường biểu dương tinh thần học tập của các em và sự tận tụy của quý thầy cô "
                "bồi dưỡng; các em đạt giải Nhất, Nhì sẽ tiếp tục được ôn luyện để tham dự kỳ thi "
                "cấp tỉnh vào tháng 3/2027."
            ),
            BTT,
        ],
        authors=["Ban Truyền thông"],
        opts={"time": "20:10", "user": "admin"},
    ),
    Story(
        249,
        "khkt-cap-tinh",
        "Quảng Nam: 45 dự án đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
        "4",
        "2026-09-28T11:40:00+07:00",
        [
            P(
                "Ngày 26/9/2026, Sở GD&ĐT Quảng Nam tổng kết và trao giải Cuộc thi Khoa học kỹ "
                "thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027."
            ),
            P(
                "Cuộc thi có 126 dự án của 78 trường THCS, THPT tham gia thuộc 18 lĩnh vực. Ban "
                "Giám khảo trao 4 giải Nhất, 9 giải Nhì, 14 giải Ba và 18 giải Khuyến khích."
            ),
            Img(up("09", "khkt-tinh.jpg"), "Ban tổ chức trao giải Nhất cho các tác giả dự án",
                "Ban tổ chức trao giải Nhất cho các tác giả dự án", "center"),
            P(
                "Dự án “Máy lọc rác nổi trên sông Hoài” của hai em Nguyễn Hữu Phước và Trần Ngọc "
                "Hân, học sinh Trường THCS Lê Quý Đôn (Hội An), đạt giải Ba lĩnh vực Kỹ thuật môi "
                "trường."
            ),
            P(
                "“Các dự án năm nay bám sát thực tiễn địa phương, nhiều sản phẩm có thể ứng dụng "
                "ngay”, đại diện Ban Giám khảo nhận xét."
            ),
            P(
                "Sở GD&ĐT chọn 6 dự án xuất sắc nhất tham dự Cuộc thi Khoa học kỹ thuật cấp quốc "
                "gia dành cho học sinh trung học tổ chức vào tháng 3/2027."
            ),
            SO,
        ],
        source="Sở GD&ĐT Quảng Nam",
        opts={"time": "11:40", "user": "admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as every list prints them
SORTED = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
#: the "Tin xem nhiều" box is curated by the admin (ids), not computed
MOST_READ = [266, 264, 261, 268, 257]


def detail_path(story: Story) -> str:
    return f"/index.php?act=detail&id={story.id}"


GOLD = [
    gold_record(
        s,
        detail_path(s),
        CATEGORIES[s.cat],
        alt_paths=[detail_path(s) + "&print=1"],
    )
    for s in STORIES
]


# --- static pages --------------------------------------------------------------------------

STATIC_PAGES: dict[int, tuple[str, str]] = {
    1: (
        "Giới thiệu chung",
        "<p>Trường THCS Lê Quý Đôn được thành lập năm 1976, tọa lạc tại trung tâm phường Minh "
        "An, thành phố Hội An. Trải qua gần 50 năm xây dựng và phát triển, nhà trường đã nhiều "
        "năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>\n"
        "<p>Năm học 2026-2027, trường có 28 lớp với 1.180 học sinh, 62 cán bộ, giáo viên, nhân "
        "viên; 100% giáo viên đạt chuẩn, trong đó 78% trên chuẩn.</p>\n"
        "<p><strong>Ban Giám hiệu:</strong></p>\n"
        "<ul><li>Hiệu trưởng: Thầy Lê Văn Thành</li>"
        "<li>Phó Hiệu trưởng: Cô Nguyễn Thị Minh Tâm</li>"
        "<li>Phó Hiệu trưởng: Thầy Phạm Quốc Bảo</li></ul>",
    ),
    2: (
        "Thời khóa biểu chung",
        "<p>Thời khóa biểu chung toàn trường học kỳ I năm học 2026-2027 (cập nhật tuần 10).</p>\n"
        '<table border="1" cellpadding="2" cellspacing="0" style="width: 100%;"><tbody>\n'
        "<tr><td><strong>Khối</strong></td><td><strong>Lớp</strong></td>"
        "<td><strong>Buổi chính khóa</strong></td><td><strong>Buổi ôn tập</strong></td>"
        "<td><strong>Phòng học</strong></td></tr>\n"
        + "".join(
            f"<tr><td>{k}</td><td>{k}/{n}</td><td>{'Sáng' if k in (8, 9) else 'Chiều'}</td>"
            f"<td>{'Chiều thứ 3, 5' if k in (8, 9) else 'Sáng thứ 4, 6'}</td>"
            f"<td>{'A' if k < 8 else 'B'}{k}{n:02d}</td></tr>\n"
            for k in (6, 7, 8, 9)
            for n in range(1, 8)
        )
        + "</tbody></table>\n"
        "<p>Giờ vào học buổi sáng: 7 giờ 00; buổi chiều: 13 giờ 30.</p>",
    ),
    3: (
        "Liên hệ",
        "<p><strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong></p>\n"
        "<p>Địa chỉ: 02 Lê Quý Đôn, phường Minh An, thành phố Hội An, tỉnh Quảng Nam</p>\n"
        "<p>Điện thoại: 0235.3861.245 - Fax: 0235.3861.246</p>\n"
        "<p>Email: c2lequydon.hoian@quangnam.edu.vn</p>",
    ),
}

NON_ARTICLES = [
    "/index.php?act=page&pid=1",
    "/index.php?act=page&pid=2",
    "/index.php?act=news&cid=1&page=2",
    "/index.php?act=page&pid=1&print=1",
    "/index.php?act=news&cid=5",
    "/index.php?act=page&pid=3",
]

FILES = {fid: name for s in STORIES for fid, name in s.opts.get("files", [])}


# --- printing: dates and CKEditor text --------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def cke(value: str, ent: bool) -> str:
    """Escaped text; with the CKEditor 3 entity option, Latin-1 letters as named entities."""
    s = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
    if not ent:
        return s
    return "".join(
        f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c
        for c in s
    )


def _img_tag(img: Img, width: int = 500) -> str:
    height = width * 2 // 3
    return (
        f'<img alt="" src="{esc(img.src)}" '
        f'style="width: {width}px; height: {height}px;" />'
    )


def _row(p: P, ent: bool) -> str:
    kind, *mods = p.style.split()
    attrs: dict[int, str] = {}
    for mod in mods:
        m = re.fullmatch(r"(rs|cs)(\d+)=(\d+)", mod)
        name = "rowspan" if m.group(1) == "rs" else "colspan"
        attrs[int(m.group(2))] = f' {name}="{m.group(3)}"'
    cells = []
    for i, cell in enumerate(p.text.split(" | ")):
        extra = attrs.get(i, "")
        if kind == "th2":
            cells.append(f'<th scope="col">{cke(cell, ent)}</th>')
        elif kind == "th":
            cells.append(f'<td style="text-align: center;"{extra}><strong>{cke(cell, ent)}</strong></td>')
        elif extra:
            cells.append(f'<td style="text-align: center; vertical-align: middle;"{extra}>{cke(cell, ent)}</td>')
        else:
            cells.append(f"<td>{cke(cell, ent)}</td>")
    return "<tr>\n\t\t\t" + "\n\t\t\t".join(cells) + "\n\t\t</tr>"


def render_body(story: Story) -> str:
    """The CKEditor 3 HTML as stored: tables, lists and layout tables grouped."""
    ent = bool(story.opts.get("ent"))
    out: list[str] = []
    blocks = story.blocks
    i = 0

    def run(pred) -> list:
        nonlocal i
        items = []
        while i < len(blocks) and pred(blocks[i]):
            items.append(blocks[i])
            i += 1
        return items

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img) and b.style != "col":
            out.append(render_img(b, ent))
        elif b.style.startswith(("th", "td")):
            rows = run(lambda x: isinstance(x, P) and x.style.startswith(("th", "td")))
            out.append(
                '<table border="1" cellpadding="2" cellspacing="0" style="width: 100%;">\n'
                "\t<tbody>\n\t\t" + "\n\t\t".join(_row(r, ent) for r in rows) + "\n\t</tbody>\n</table>"
            )
            continue
        elif b.style in ("ol", "ul"):
            items = run(lambda x: isinstance(x, P) and x.style in ("ol", "ul"))
            html_items: list[str] = []
            for item in items:
                if item.style == "ol":
                    html_items.append(f"\t<li>\n\t\t{cke(item.text, ent)}")
                    continue
                last = html_items[-1]
                if not last.endswith("</ul>"):
                    last += "\n\t\t<ul>"
                else:
                    last = last[: -len("</ul>")]
                html_items[-1] = last + f"\n\t\t\t<li>\n\t\t\t\t{cke(item.text, ent)}</li>\n\t\t</ul>"
            out.append("<ol>\n" + "</li>\n".join(html_items) + "</li>\n</ol>")
            continue
        elif b.style == "col" or (isinstance(b, Img) and b.style == "col"):
            group = run(lambda x: not isinstance(x, Raw) and x.style == "col")
            left = "\n".join(
                f'<p style="text-align: justify;">{cke(x.text, ent)}</p>'
                for x in group
                if isinstance(x, P)
            )
            right = "\n".join(
                f'{_img_tag(x, 320)}\n<p style="text-align: center;"><em>{cke(x.printed, ent)}</em></p>'
                if x.printed
                else _img_tag(x, 320)
                for x in group
                if isinstance(x, Img)
            )
            out.append(
                '<table border="0" cellpadding="5" cellspacing="0" style="width: 100%;">\n'
                "\t<tbody>\n\t\t<tr>\n"
                f'\t\t\t<td style="vertical-align: top; width: 58%;">\n{left}</td>\n'
                f'\t\t\t<td style="vertical-align: top; text-align: center;">\n{right}</td>\n'
                "\t\t</tr>\n\t</tbody>\n</table>"
            )
            continue
        elif b.style == "b":
            out.append(f"<p><strong>{cke(b.text, ent)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{cke(b.text, ent)}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img, ent: bool) -> str:
    if img.style == "cke":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">\n'
            f"\t<tbody>\n\t\t<tr>\n\t\t\t<td>{_img_tag(img)}</td>\n\t\t</tr>\n"
            f"\t\t<tr>\n\t\t\t<td style=\"text-align: center;\"><em>{cke(img.printed or '', ent)}</em></td>\n"
            "\t\t</tr>\n\t</tbody>\n</table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if img.printed and img.style == "em":
        out += f'\n<p style="text-align: center;"><em>{cke(img.printed, ent)}</em></p>'
    elif img.printed:
        out += f'\n<p style="text-align: center;">{cke(img.printed, ent)}</p>'
    return out


def attachments(story: Story) -> str:
    """The CMS's attachment table, appended inside the content cell after the editor's HTML."""
    files = story.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<tr><td align="center">{n}</td><td>{esc(name)}</td>'
        f'<td align="center"><a href="index.php?act=download&amp;fid={fid}">'
        '<img src="images/icon_download.gif" border="0" alt="" /> Tải về</a></td></tr>\n'
        for n, (fid, name) in enumerate(files, 1)
    )
    return (
        '\n<br /><b class="tenbox">Tệp đính kèm:</b>\n'
        '<table class="tbl_attach" width="100%" border="1" cellpadding="3" cellspacing="0">\n'
        '<tr class="head"><td width="40" align="center"><b>STT</b></td><td><b>Tên tệp</b></td>'
        '<td width="90" align="center"><b>Tải về</b></td></tr>\n' + rows + "</table>"
    )


# --- the layout (one big table) ----------------------------------------------------------------


def link_list(stories: list[Story]) -> str:
    return "".join(
        f'<tr><td class="item"><img src="images/arrow.gif" alt="" /> '
        f'<a href="index.php?act=detail&amp;id={s.id}">{esc(s.title)}</a></td></tr>\n'
        for s in stories
    )


def left_column() -> str:
    menu = "".join(
        f'<tr><td class="menuleft"><a href="index.php?act=news&amp;cid={cid}">{esc(name)}</a></td></tr>\n'
        for cid, name in MENU_CATS.items()
    )
    return f"""<td width="200" valign="top" class="col_left">
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">DANH MỤC</td></tr>
<tr><td class="menuleft"><a href="index.php?act=page&amp;pid=1">Giới thiệu chung</a></td></tr>
{menu}<tr><td class="menuleft"><a href="index.php?act=page&amp;pid=2">Thời khóa biểu chung</a></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">TIN XEM NHIỀU</td></tr>
{link_list([BY_ID[i] for i in MOST_READ])}</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">LIÊN KẾT</td></tr>
<tr><td align="center"><select onchange="window.open(this.value)">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>
<option value="https://hoian.gov.vn">UBND thành phố Hội An</option>
</select></td></tr>
<tr><td align="center"><a href="https://violympic.vn" target="_blank"><img src="images/lk_violympic.gif" alt="Violympic" border="0" /></a></td></tr>
<tr><td align="center"><a href="https://ioe.vn" target="_blank"><img src="images/lk_ioe.gif" alt="IOE" border="0" /></a></td></tr>
</table>
</td>"""


def right_column() -> str:
    notices = "".join(
        f'<img src="images/new.gif" alt="" /> <a href="index.php?act=detail&amp;id={s.id}">'
        f"{esc(s.title)}</a><br /><br />\n"
        for s in SORTED
        if s.cat == "2"
    )
    return f"""<td width="200" valign="top" class="col_right">
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">THÔNG BÁO</td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop()" onmouseout="this.start()">
{notices}</marquee></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">THỜI TIẾT HỘI AN</td></tr>
<tr><td align="center"><img src="images/weather/mua_rao.png" alt="" /><br />Mưa rào rải rác<br />
<b>24°C - 28°C</b><br />Độ ẩm: 86%</td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form method="post" action="index.php?act=poll">
Bạn thấy website của trường thế nào?<br />
<input type="radio" name="vote" value="1" /> Rất hữu ích<br />
<input type="radio" name="vote" value="2" /> Hữu ích<br />
<input type="radio" name="vote" value="3" /> Cần cải tiến<br />
<input type="submit" value="Bình chọn" class="button" /></form></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="box">
<tr><td class="box_title">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="counter"><img src="images/online.gif" alt="" /> Online: 4<br />
<img src="images/total.gif" alt="" /> Tổng: 98.765</td></tr>
</table>
</td>"""


def layout(title: str, main: str) -> str:
    menu = " | ".join(
        [
            '<a href="index.php">Trang chủ</a>',
            '<a href="index.php?act=page&amp;pid=1">Giới thiệu</a>',
            *(
                f'<a href="index.php?act=news&amp;cid={cid}">{esc(name)}</a>'
                for cid, name in CATEGORIES.items()
            ),
            '<a href="index.php?act=page&amp;pid=3">Liên hệ</a>',
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="THCS Lê Quý Đôn, Hội An, Quảng Nam, trường học" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
</head>
<body>
<a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="180" alt="{esc(SCHOOL_FULL)}" /></td></tr>
<tr><td colspan="3" class="menutop">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="menu">{menu}</td>
<td class="ngay" align="right">{TODAY}</td>
</tr></table>
</td></tr>
<tr>
{left_column()}
<td width="600" valign="top" class="col_center">
{main}
</td>
{right_column()}
</tr>
<tr><td colspan="3" class="footer" align="center">
<table width="100%" cellpadding="5" cellspacing="0"><tr><td align="center">
<b>{esc(SCHOOL.upper())} - THÀNH PHỐ HỘI AN</b><br />
Địa chỉ: 02 Lê Quý Đôn, phường Minh An, thành phố Hội An, tỉnh Quảng Nam<br />
Điện thoại: 0235.3861.245 - Email: c2lequydon.hoian@quangnam.edu.vn<br />
Thiết kế bởi: Trung tâm Tin học Hội An - 2012
</td></tr></table>
</td></tr>
</table>
</body>
</html>"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="index.php">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return (
        '<table width="100%" cellpadding="3" cellspacing="0"><tr><td class="breadcrumb">'
        + " &raquo; ".join(parts)
        + "</td></tr></table>"
    )


def others_table(story: Story) -> str:
    others = [s for s in SORTED if s.cat == story.cat and s.id != story.id][:4]
    if not others:
        return ""
    rows = "".join(
        f'<tr><td><img src="images/arrow.gif" alt="" /> <a href="index.php?act=detail&amp;id={s.id}">'
        f'{esc(s.title)}</a> <span class="date">({dmy(s)})</span></td></tr>\n'
        for s in others
    )
    return (
        '<table width="100%" cellpadding="3" cellspacing="0" class="othernews">\n'
        '<tr><td class="box_title">Các tin khác</td></tr>\n' + rows + "</table>"
    )


def meta_row(story: Story) -> str:
    return (
        '<tr><td class="info_detail"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
        f"<td>Ngày đăng: {dmy(story)} - {story.opts['time']}</td>"
        f'<td align="center">Lượt xem: {story.views()}</td>'
        f'<td align="right">Người đăng: {story.opts["user"]}</td>'
        "</tr></table></td></tr>"
    )


def article_table(story: Story) -> str:
    sapo = (
        f'<tr><td class="sapo"><strong>{esc(story.summary)}</strong></td></tr>\n'
        if story.summary
        else ""
    )
    return (
        '<table width="100%" cellpadding="4" cellspacing="0" class="tbl_detail">\n'
        f'<tr><td class="title_detail">{esc(story.title)}</td></tr>\n'
        f"{meta_row(story)}\n{sapo}"
        '<tr><td class="noidung">\n<!-- noi dung -->\n'
        f"{render_body(story)}{attachments(story)}\n<!-- het noi dung -->\n</td></tr>\n"
    )


def detail_page(story: Story) -> Response:
    share = quote(f"http://thcslequydon-hoian.edu.vn/index.php?act=detail&id={story.id}", safe="")
    main = (
        breadcrumb((CATEGORIES[story.cat], f"index.php?act=news&amp;cid={story.cat}"))
        + "\n"
        + article_table(story)
        + '<tr><td class="tools" align="right">'
        f'<a href="index.php?act=detail&amp;id={story.id}&amp;print=1" target="_blank">'
        '<img src="images/print.gif" alt="" border="0" /> In bài</a> | '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={share}">'
        '<img src="images/email.gif" alt="" border="0" /> Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a> | '
        '<a href="javascript:history.back()">Quay lại</a> | <a href="#top">Về đầu trang</a>'
        "</td></tr>\n</table>\n"
        + others_table(story)
    )
    return html(layout(f"{story.title} - {SCHOOL}", main))


def print_page(title: str, meta: str, content: str) -> Response:
    return html(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(title)}</title>"
        '<link href="css/print.css" rel="stylesheet" type="text/css" /></head>\n'
        '<body onload="window.print()">\n'
        f'<table width="700" align="center" cellpadding="5"><tr><td class="school">{esc(SCHOOL_FULL)}</td></tr>\n'
        f'<tr><td class="title_detail">{esc(title)}</td></tr>\n{meta}'
        f'<tr><td class="noidung">\n{content}\n</td></tr>\n'
        '<tr><td align="center"><a href="javascript:window.print()">[In trang này]</a> '
        '<a href="javascript:window.close()">[Đóng cửa sổ]</a></td></tr></table>\n</body></html>'
    )


def detail_print(story: Story) -> Response:
    meta = f"<tr><td><i>Ngày đăng: {dmy(story)} - {story.opts['time']}</i></td></tr>\n"
    if story.summary:
        meta += f"<tr><td><strong>{esc(story.summary)}</strong></td></tr>\n"
    return print_page(story.title, meta, render_body(story) + attachments(story))


def list_table(stories: list[Story], start: int) -> str:
    head = (
        '<table class="listnews" width="100%" border="1" cellpadding="3" cellspacing="0">\n'
        '<tr class="head"><td width="40" align="center"><b>STT</b></td><td align="center"><b>Tiêu đề</b></td>'
        '<td width="90" align="center"><b>Ngày đăng</b></td><td width="70" align="center"><b>Lượt xem</b></td></tr>\n'
    )
    if not stories:
        return head + '<tr><td colspan="4" align="center"><i>Chưa có bài viết</i></td></tr>\n</table>'
    rows = "".join(
        f'<tr><td align="center">{start + n}</td>'
        f'<td><a href="index.php?act=detail&amp;id={s.id}">{esc(s.title)}</a></td>'
        f'<td align="center">{dmy(s)}</td><td align="center">{s.views()}</td></tr>\n'
        for n, s in enumerate(stories, 1)
    )
    return head + rows + "</table>"


def pager(cid: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    href = f"index.php?act=news&amp;cid={cid}&amp;page="
    parts = ["Trang:"]
    if page > 1:
        parts.append(f'<a href="{href}{page - 1}">[Trước]</a>')
    for n in range(1, pages + 1):
        parts.append(f"<b>{n}</b>" if n == page else f'<a href="{href}{n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{href}{page + 1}">[Tiếp]</a>')
    return '<div class="pager" align="center">' + " ".join(parts) + "</div>"


def list_page(cid: str, page: int) -> Response | None:
    name = MENU_CATS[cid]
    posts = [s for s in SORTED if s.cat == cid]
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        breadcrumb((name, None))
        + f'\n<table width="100%" cellpadding="3"><tr><td class="box_title">{esc(name.upper())}</td></tr></table>\n'
        + list_table(chunk, (page - 1) * PER_PAGE)
        + "\n"
        + pager(cid, page, pages)
    )
    return html(layout(f"{name} - {SCHOOL}", main))


def home_page() -> Response:
    latest = SORTED[:5]
    top = latest[0]
    first_img = next((b for b in top.blocks if isinstance(b, Img)), None)
    thumb = f'<img src="{esc(first_img.src)}" width="160" align="left" alt="" />' if first_img else ""
    boxes = "".join(
        f'<table width="100%" cellpadding="3" cellspacing="0" class="box_cat">\n'
        f'<tr><td class="box_title"><a href="index.php?act=news&amp;cid={cid}">{esc(name.upper())}</a></td></tr>\n'
        + link_list([s for s in SORTED if s.cat == cid][:3])
        + "</table>\n"
        for cid, name in CATEGORIES.items()
    )
    main = (
        '<table width="100%" cellpadding="4" cellspacing="0" class="hot">\n'
        f'<tr><td>{thumb}<a class="hot_title" href="index.php?act=detail&amp;id={top.id}">{esc(top.title)}</a>'
        f'<br /><span class="date">({dmy(top)})</span></td></tr></table>\n'
        '<table width="100%" cellpadding="3" cellspacing="0"><tr><td class="box_title">TIN MỚI NHẤT</td></tr>\n'
        + "".join(
            f'<tr><td><img src="images/arrow.gif" alt="" /> <a href="index.php?act=detail&amp;id={s.id}">'
            f'{esc(s.title)}</a> <span class="date">({dmy(s)})</span></td></tr>\n'
            for s in latest[1:]
        )
        + "</table>\n"
        + boxes
    )
    return html(layout(f"{SCHOOL} - Hội An", main))


def static_page(pid: int, printing: bool) -> Response:
    title, content = STATIC_PAGES[pid]
    if printing:
        return print_page(title, "", content)
    main = (
        breadcrumb((title, None))
        + '\n<table width="100%" cellpadding="4" cellspacing="0" class="tbl_detail">\n'
        f'<tr><td class="title_detail">{esc(title)}</td></tr>\n'
        f'<tr><td class="noidung">\n{content}\n</td></tr>\n'
        f'<tr><td class="tools" align="right"><a href="index.php?act=page&amp;pid={pid}&amp;print=1" '
        'target="_blank">In trang</a></td></tr>\n</table>'
    )
    return html(layout(f"{title} - {SCHOOL}", main))


def not_found(message: str) -> Response:
    main = f'<table width="100%"><tr><td align="center" class="thongbao">{esc(message)}</td></tr></table>'
    return html(layout(f"{message} - {SCHOOL}", main), status=404)


def download(fid: int) -> Response | None:
    name = FILES.get(fid)
    if name is None:
        return None
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
    )


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class PhpTablesSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        act = params.get("act", "")
        printing = params.get("print") == "1"
        if act == "" and not request.query:
            return home_page()
        if act == "news":
            cid = params.get("cid", "")
            page = _int(params.get("page", "1"))
            if cid not in MENU_CATS or page is None:
                return not_found("Chuyên mục không tồn tại")
            return list_page(cid, page) or not_found("Trang không tồn tại")
        if act == "detail":
            story = BY_ID.get(_int(params.get("id")) or 0)
            if story is None:
                return not_found("Bài viết không tồn tại")
            return detail_print(story) if printing else detail_page(story)
        if act == "page":
            pid = _int(params.get("pid"))
            if pid not in STATIC_PAGES:
                return not_found("Trang không tồn tại")
            return static_page(pid, printing)
        if act == "download":
            return download(_int(params.get("fid")) or 0) or not_found("Tệp không tồn tại")
        return None


def build_site() -> PhpTablesSite:
    return PhpTablesSite()
