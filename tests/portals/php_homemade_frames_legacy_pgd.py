"""Phòng Giáo dục và Đào tạo huyện Hải Hậu (Nam Định): a home-made PHP site of the mid-2000s.

Platform
--------
A PHP 4/5 site written by the office's own "Tổ Tin học" around 2006 and never rebuilt: a
Dreamweaver frameset in front, a 990-pixel table layout behind it, ``<font>`` tags, a left
menu of image buttons swapped ``onMouseOver`` (``MM_swapImage``, with an ``mm_menu`` drop-down
written in JavaScript), a ``<marquee>`` news ticker, a Flash banner, a hit counter made of digit
images, a poll and a search box. Every page declares ``charset=iso-8859-1`` in a meta tag and the
server sends ``Content-Type: text/html`` with no charset; the bytes are UTF-8 on the pages built
since the 2026 server move and windows-1258 (tone marks as combining characters) on the older
articles that the old admin module still serves. PHP's ``session.use_trans_sid`` is on.

URL scheme
----------
- ``/index.php`` (also ``/``): the frameset; ``/nhac.php`` its hidden background-music frame,
  ``/trangchu.php`` the real home page in the main frame.
- ``/tintuc.php?loai=<n>`` and ``/tintuc.php?loai=<n>&trang=<n>``: news lists, 4 items a page
  (loai 1, 2, 3); ``/tintuc.php?loai=5`` is the document register (văn bản).
- ``/chitiet.php?id=<n>`` (home, ticker, most-read box) and ``/chitiet.php?id=<n>&loai=<n>``
  (lists, "Các tin khác"): the article page; ``/in.php?id=<n>`` its print view.
- ``/lienhe.php`` contact form, ``/timkiem.php?tukhoa=…`` search, ``/binhchon.php`` poll.
- ``/anh/<file>`` images (and the Flash banner), ``/vanban/<file>`` documents, ``/nhac/<file>``
  the MIDI tune, ``/css/…``, ``/js/…``.
- Without a ``PHPSESSID`` cookie every relative ``.php`` link (``<a href>``, ``<frame src>``) gets
  ``&PHPSESSID=<sid>`` (or ``?PHPSESSID=``) appended and each GET form a hidden ``PHPSESSID``
  input, as trans_sid does; a request with the cookie gets clean links.

Page templates
--------------
- Article, new template (UTF-8): breadcrumb row ``td.dd_dan``, the headline alone in bold in
  ``td.td_ttct`` (``<font color=#B40404 size=3><b>…</b></font>``, a ``new.gif`` after it for the
  last week's news), a row "Cập nhật: 10:25 AM, 03/12/2026 | Lượt xem: 523", sometimes a
  "trích yếu" row (italic bold), the text cell ``td.nd_ct`` (``<p>`` or Word-pasted
  ``p.MsoNormal``; photos in small tables with the caption in a row under the photo; data
  tables; a right-aligned byline or "Nguồn:" line at the end), sometimes an author row, then a
  tools row (print via ``javascript:moCuaSo('in.php?id=…')``) and "Các tin khác" in a table.
- Article, old template (windows-1258, ids 413, 416, 418): "Chuyên mục: …" line, bold headline,
  "(Cập nhật: …)" in small italics, then ONE cell ``td.ndtin`` holding the text run through
  PHP's ``nl2br`` (paragraphs separated by ``<br />`` pairs, no ``<p>``), the photo tables, the
  byline, an ``<hr>``, "Lượt xem", the tools and the "Các tin khác" table.
- Lists: a heading image whose ``alt`` names the section, items as small tables (thumbnail,
  title link, "(dd/mm/yyyy)", a cut "trích yếu", "[Chi tiết]"), pagination under them.

How each gold article is reached
--------------------------------
- Only through the frameset's ``<frame src="trangchu.php">`` (the start page has no ``<a>``).
- Home (trangchu.php): ticker (441, 440, 439, 436, 434), section boxes (440, 436, 433; 439, 434;
  441, 428), most-read box (436, 439, 433, 426, 431, 423).
- "Các tin khác" on each article: the 3 newest other items of its section (reaches 426, 423).
- Page 2 only: 416 and 413 (``tintuc.php?loai=1&trang=2``, plain numbered links) and 418
  (``tintuc.php?loai=2&trang=2``, reached only through a ``<select name=trang>`` in a GET form
  and an ``onclick="window.location='tintuc.php?loai=2&trang=2'"`` "Trang sau" link).

Traps
-----
1. Frameset start page. ``/index.php`` is a Dreamweaver ``<frameset rows="0,*">`` whose first
   frame is a zero-height background-music page (``nhac.php``: ``<bgsound>``/``<embed>`` of a
   MIDI file) and whose second frame is ``trangchu.php``; ``<noframes>`` holds only
   Dreamweaver's stock sentence, no link. Gold: every article is found by following
   ``<frame src>``; nhac.php and the frameset are no articles.
2. PHP trans_sid session ids. A cookie-less request gets links with ``PHPSESSID=<32 hex>``
   appended (frame src, every relative .php link, a hidden input in GET forms); JavaScript
   strings are not rewritten. Gold: one record per article, the SID variants of
   ``chitiet.php?id=N`` and ``chitiet.php?id=N&loai=L`` in ``alt_paths``.
3. A lying charset. Meta ``iso-8859-1``, no charset in the HTTP header; the bytes are UTF-8
   (new pages) or windows-1258 with combining tone marks (articles 413, 416, 418 and their print
   views). Gold: proper Vietnamese in NFC, as a reader sees it after choosing the right code
   page.
4. A 12-hour clock. "Cập nhật: hh:mm AM/PM, dd/mm/yyyy" is PHP's ``date("h:i A, d/m/Y")``:
   "12:35 PM" is 12:35 (436), "03:30 PM" is 15:30, "12:20 AM" is 00:20 (431) and
   "12:00 AM" is midnight, i.e. a day without a time (416 -> "2026-10-20"). The "Cập nhật"
   stamp is the only date these pages print and is the posting time: it is ``published_at``
   (the list's "(dd/mm/yyyy)" agrees with it); for the official notice 441 the letterhead's
   day wins ("2026-12-02", the page says 04/12).
5. Non-articles in the article template. The left menu's "Giới thiệu" and "Cơ cấu tổ chức" are
   ``chitiet.php?id=1`` / ``id=2``: same template, breadcrumb "Giới thiệu", "Cập nhật" stamps
   from 2009, and a document-register entry ``chitiet.php?id=437`` (a "Công văn số 468/…"
   with a one-line note and its file link) is filed under "Văn bản - Công văn". Gold: the
   three are NON_ARTICLES.
6. A soft 404. A "Xem thêm:" line in 439 links ``chitiet.php?id=429``, an article since
   deleted: the page answers 200 with the whole chrome and "Tin này không tồn tại hoặc đã bị
   xóa!". Gold: not an article, not a real page (neither in GOLD nor in NON_ARTICLES).
7. The headline is only a bold cell. ``<title>`` is the same unaccented "::: PHONG GD&DT HAI
   HAU - NAM DINH :::" on every page, there is no ``<h1>``, no ``og:title``; the marquee, the
   most-read box and the "Các tin khác" table print other bold/linked titles on the same page,
   and the ticker prints a shortened title for 436 ("Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam").
   Gold: the headline as the article's bold cell prints it.
8. Pagination through a form and JavaScript. Section 2's list pages by ``<select name=trang
   onchange=submit()>`` in ``<form method=get action=tintuc.php>`` and a "Trang sau »" that is
   ``href="#"`` with the URL only in ``onclick``; section 1 pages by plain links (with the same
   page 2 printed as both ``loai=1&trang=2`` and ``trang=2&loai=1``). Gold: 418 is reachable
   only through page 2 of section 2 (and 413, 416 only through page 2 of section 1).
9. Photos in layout tables, data in data tables. Each photo sits in a ``<table>`` whose second
   row is its caption; 436 has two photos side by side with their captions in the cells of the
   row below, column by column; 426's caption row says only "Ảnh: Trần Minh Tuấn"; 433's caption
   is in parentheses. The text of 439 and 418 also holds real result tables. Gold: captions are
   not body ("Ảnh: X" -> photographer X, caption None; parentheses dropped); data-table rows are
   body paragraphs with cells joined by " | ".
10. ``nl2br`` text. The old articles have no ``<p>``: lines separated by ``<br />`` pairs, with
    stray ``<br />`` even inside the result table of 418. Gold: one paragraph per text line.
11. Everything in one cell. In the old template the byline, "Lượt xem", the print/email tools and
    the whole "Các tin khác" table are inside the text's own ``<td>``; in the new template 439's
    text ends with a "Xem thêm:" link line. Gold: none of that is body.
12. Bylines as printed: "Tin, ảnh: X" (440), "Bài, ảnh: X (Trường MN …)" (423), "Tin: X - Ảnh:
    Y" (418), a bold-italic name then "(Trường THCS Hải Phong)" (436), "ThS. X - Phó Trưởng
    phòng GD&ĐT" (413), a unit signing alone (416 "Công đoàn ngành Giáo dục Hải Hậu", 439 "Tổ
    Tiểu học"), an author row "Tác giả: X - Trường THCS Hải Hậu" outside the text cell (434),
    "Người đưa tin: quantri" in the date row (426), "Nguồn: …" lines (433, 431). Gold: as the
    README's rules say (names only; quantri is nobody; the unit signing alone is the author).

Gold decisions on ambiguous points
----------------------------------
- The "Cập nhật" stamp is the publication date (the site has no other date field); see trap 4.
- ``summary``: 436's bold first paragraph; 434's italic "trích yếu" row printed above the text
  (and first paragraph of the body). Others: null (the list's cut "trích yếu" is not a sapo).
- ``category``: the breadcrumb's section ("Tin tức - Sự kiện", "Chuyên môn - Nghiệp vụ",
  "Thông báo"); the old template prints it as "Chuyên mục: …" with the same names.
- 431's closing sentence "Theo kế hoạch, năm 2026 …" is text; its source is the last line
  "Nguồn: Sở GD&ĐT Nam Định".
- The notice 441: letterhead table, "THÔNG BÁO / Về việc …" and the "Nơi nhận / KT. TRƯỞNG
  PHÒNG / PHÓ TRƯỞNG PHÒNG / (Đã ký) / Phạm Văn Hòa" table are not body; author "Phạm Văn Hòa";
  its numbered points "1. Môn thi: …" are paragraphs as printed.
- 428's deadlines are typed lines "- Khối …" in one ``<p>`` split by ``<br />``: one paragraph
  each, the typed "- " kept.
- "Kết quả chung cuộc như sau:" and the like, printed as their own paragraph, are body.
- The print view ``in.php?id=N`` and all URL variants are ``alt_paths``; the thumbnails in the
  lists (``anh/tin/nho/…``) are no article images.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_homemade_frames_legacy_pgd"
PLATFORM = "Home-made PHP site (mid-2000s): frameset, table layout, <font>, trans_sid, iso-8859-1 meta over UTF-8/windows-1258 bytes"
START_PATH = "/index.php"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SID = "b7e3f09a1c5d42e68f2a0d9c4e1b7a63"
PER_PAGE = 4

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Chuyên môn - Nghiệp vụ",
    3: "Thông báo",
    5: "Văn bản - Công văn",
}
CAT_IMG = {1: "tt_sk", 2: "cm_nv", 3: "thong_bao", 5: "van_ban"}

# --- the articles ----------------------------------------------------------------------------

_BYLINE_R = '<p align="right"><b>{}</b></p>'

STORIES: list[Story] = [
    # ---- loai=3 Thông báo ----
    Story(
        id=441,
        slug="tb-thi-hsg-lop-9",
        title="Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        cat=CATS[3],
        published_at="2026-12-02",
        blocks=[
            Raw(
                '<table width="100%" border="0" cellspacing="0" cellpadding="2">'
                '<tr><td width="42%" align="center" valign="top"><font size="2">UBND HUYỆN HẢI HẬU<br>'
                "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br>-------<br>Số: 512/TB-PGDĐT</font></td>"
                '<td align="center" valign="top"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
                "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br><br>"
                "<i>Hải Hậu, ngày 02 tháng 12 năm 2026</i></font></td></tr></table>\n"
                '<p align="center"><b>THÔNG BÁO</b><br>'
                "<b>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027</b></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 389/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT Hải Hậu về thực hiện "
                "nhiệm vụ năm học 2026-2027 đối với giáo dục THCS, Phòng GD&ĐT thông báo tổ chức kỳ thi "
                "chọn học sinh giỏi lớp 9 cấp huyện như sau:"
            ),
            P(
                "1. Môn thi: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý và "
                "Tin học."
            ),
            P(
                "2. Thời gian thi: ngày 26/12/2026 (thứ Bảy). Thí sinh có mặt tại điểm thi lúc 7 giờ "
                "00 phút để làm thủ tục."
            ),
            P("3. Địa điểm thi: Trường THCS Hải Hậu, thị trấn Yên Định."),
            P(
                "4. Hồ sơ đăng ký: các trường lập danh sách học sinh dự thi theo mẫu và gửi về Phòng "
                "GD&ĐT (qua bộ phận chuyên môn THCS) trước ngày 15/12/2026, đồng thời gửi bản mềm qua "
                "thư điện tử của bộ phận chuyên môn."
            ),
            P(
                "Phòng GD&ĐT đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc nội "
                "dung thông báo này./."
            ),
            Raw(
                '<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr>'
                '<td width="50%" valign="top"><font size="1"><b><i>Nơi nhận:</i></b><br>'
                "- Các trường THCS;<br>- Lãnh đạo Phòng;<br>- Lưu: VT, CM.</font></td>"
                '<td align="center" valign="top"><font size="2"><b>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG '
                "PHÒNG</b><br><br><i>(Đã ký)</i><br><br><b>Phạm Văn Hòa</b></font></td></tr></table>"
            ),
        ],
        authors=["Phạm Văn Hòa"],
        opts={"loai": 3, "printed": "04:05 PM, 04/12/2026", "tpl": "new", "new": True},
    ),
    Story(
        id=428,
        slug="tb-bao-cao-thong-ke",
        title="Thông báo về việc nộp báo cáo thống kê đầu năm học 2026-2027",
        cat=CATS[3],
        published_at="2026-11-08T09:40:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT Hải Hậu đề nghị các trường mầm non, tiểu học, THCS trên địa bàn huyện "
                "hoàn thành báo cáo thống kê đầu năm học 2026-2027 trên hệ thống cơ sở dữ liệu ngành "
                "giáo dục."
            ),
            P("Thời hạn hoàn thành cụ thể như sau:"),
            P("- Khối Mầm non: trước ngày 15/11/2026;", "br"),
            P("- Khối Tiểu học: trước ngày 18/11/2026;", "br"),
            P("- Khối THCS: trước ngày 20/11/2026.", "br"),
            P(
                "Sau khi hoàn thành trên phần mềm, các trường in báo cáo, ký, đóng dấu và nộp 01 bản "
                "về bộ phận Văn phòng Phòng GD&ĐT. Đơn vị nào nộp chậm sẽ bị trừ điểm thi đua theo "
                "quy định."
            ),
            P(
                "Mọi vướng mắc trong quá trình thực hiện, đề nghị liên hệ đồng chí Hoàng Văn Nam, "
                "chuyên viên phụ trách thống kê, số điện thoại 0912.468.357."
            ),
        ],
        opts={"loai": 3, "printed": "09:40 AM, 08/11/2026", "tpl": "new"},
    ),
    # ---- loai=1 Tin tức - Sự kiện ----
    Story(
        id=440,
        slug="giao-ban-ht-thcs-t12",
        title="Hội nghị giao ban hiệu trưởng các trường THCS tháng 12 năm 2026",
        cat=CATS[1],
        published_at="2026-12-03T10:25:00+07:00",
        blocks=[
            P(
                "Sáng ngày 02/12/2026, tại Hội trường Phòng GD&ĐT, Phòng Giáo dục và Đào tạo huyện "
                "Hải Hậu tổ chức hội nghị giao ban hiệu trưởng các trường THCS tháng 12 năm 2026. Dự "
                "hội nghị có đồng chí Trần Văn Khoa, Trưởng phòng GD&ĐT; các đồng chí Phó trưởng "
                "phòng, chuyên viên phụ trách bậc học và 35 đồng chí hiệu trưởng các trường THCS "
                "trong huyện."
            ),
            P(
                "Tại hội nghị, đồng chí Phạm Văn Hòa, Phó trưởng phòng phụ trách khối THCS đã đánh giá "
                "kết quả thực hiện nhiệm vụ tháng 11: các trường đã tổ chức tốt các hoạt động chào "
                "mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, hoàn thành kiểm tra giữa học kỳ I đúng "
                "kế hoạch, chất lượng đội tuyển học sinh giỏi lớp 9 có nhiều chuyển biến."
            ),
            P(
                "Bên cạnh đó, hội nghị cũng chỉ ra một số tồn tại như việc cập nhật hồ sơ điện tử trên "
                "phần mềm quản lý trường học ở một số đơn vị còn chậm, việc đổi mới sinh hoạt tổ "
                "chuyên môn chưa thực sự đi vào chiều sâu."
            ),
            Img(
                "anh/tin/2026/12/giaoban_ht_thcs_t12.jpg",
                "Đồng chí Trần Văn Khoa, Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị",
                "Đồng chí Trần Văn Khoa, Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Trưởng phòng đề nghị các nhà trường tập trung ôn tập, tổ "
                "chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy chế; tiếp tục bồi dưỡng đội tuyển "
                "chuẩn bị cho kỳ thi chọn học sinh giỏi cấp huyện dự kiến tổ chức vào cuối tháng 12; "
                "đồng thời làm tốt công tác đảm bảo an toàn trường học trong mùa mưa rét."
            ),
            P(
                "Hội nghị cũng đã dành thời gian để các đơn vị trao đổi kinh nghiệm trong công tác "
                "quản lý, đặc biệt là kinh nghiệm của Trường THCS Hải Hậu và Trường THCS Hải Phong "
                "trong việc tổ chức dạy học theo chủ đề liên môn."
            ),
            Raw(_BYLINE_R.format("Tin, ảnh: Vũ Đức Thắng")),
        ],
        authors=["Vũ Đức Thắng"],
        photographers=["Vũ Đức Thắng"],
        opts={"loai": 1, "printed": "10:25 AM, 03/12/2026", "tpl": "new", "new": True},
    ),
    Story(
        id=436,
        slug="ky-niem-20-11",
        title="Hải Hậu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat=CATS[1],
        published_at="2026-11-20T12:35:00+07:00",
        summary=(
            "Sáng 19/11, UBND huyện Hải Hậu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và biểu dương các tập thể, cá nhân có thành tích xuất sắc "
            "trong năm học 2025-2026."
        ),
        blocks=[
            P(
                "Sáng 19/11, UBND huyện Hải Hậu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và biểu dương các tập thể, cá nhân có thành tích xuất sắc "
                "trong năm học 2025-2026.",
                "sapo",
            ),
            P(
                "Tới dự buổi lễ có đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện; đại diện lãnh "
                "đạo các phòng, ban, ngành, đoàn thể của huyện; lãnh đạo Phòng GD&ĐT cùng hơn 300 đại "
                "biểu là cán bộ quản lý, giáo viên tiêu biểu của các trường mầm non, tiểu học, THCS "
                "trên địa bàn."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, đồng chí Trần Văn Khoa, Trưởng phòng GD&ĐT "
                "khẳng định: năm học 2025-2026, ngành Giáo dục Hải Hậu tiếp tục giữ vững vị trí trong "
                "tốp đầu của tỉnh với 47 học sinh đạt giải cấp tỉnh, 2 học sinh đạt giải quốc gia; tỷ "
                "lệ trường đạt chuẩn quốc gia đạt 96,8%."
            ),
            Img(
                "anh/tin/2026/11/ky_niem_20_11_01.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể xuất sắc",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể xuất sắc",
                "doi",
            ),
            Img(
                "anh/tin/2026/11/ky_niem_20_11_02.jpg",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường THCS Hải Phong",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường THCS Hải Phong",
                "doi",
            ),
            P(
                "Thay mặt lãnh đạo huyện, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những "
                "đóng góp to lớn của đội ngũ nhà giáo và cán bộ quản lý giáo dục, đồng thời đề nghị "
                "ngành tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng giáo dục toàn diện, chăm "
                "lo đời sống cho giáo viên vùng ven biển."
            ),
            P(
                "Nhân dịp này, UBND huyện đã tặng Giấy khen cho 25 tập thể và 68 cá nhân có thành tích "
                "xuất sắc trong năm học 2025-2026; Phòng GD&ĐT tặng Giấy khen cho 112 giáo viên đạt "
                "danh hiệu giáo viên dạy giỏi cấp huyện."
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do giáo viên các trường biểu diễn, "
                "thể hiện tình yêu nghề và lòng biết ơn đối với các thế hệ thầy cô giáo."
            ),
            Raw(
                '<div align="right"><b><i>Trần Thị Thu Hà</i></b> <font size="1">(Trường THCS Hải '
                "Phong)</font></div>"
            ),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={
            "loai": 1,
            "printed": "12:35 PM, 20/11/2026",
            "tpl": "new",
            "word": True,
            "ticker": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        },
    ),
    Story(
        id=433,
        slug="hoc-bong-tiep-buoc",
        title="Trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
        cat=CATS[1],
        published_at="2026-11-14T09:05:00+07:00",
        blocks=[
            P(
                "Ngày 13/11/2026, Hội Khuyến học huyện Hải Hậu phối hợp với Phòng GD&ĐT tổ chức trao "
                "150 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó "
                "học tốt năm học 2026-2027."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng cùng một bộ sách giáo khoa và đồ dùng học "
                "tập. Tổng kinh phí chương trình hơn 180 triệu đồng, do các doanh nghiệp, nhà hảo tâm "
                "và con em quê hương Hải Hậu đang sinh sống, làm việc ở xa đóng góp."
            ),
            Img(
                "anh/tin/2026/11/hocbong_hai_ly.jpg",
                "(Đại diện nhà tài trợ trao học bổng cho học sinh xã Hải Lý)",
                "Đại diện nhà tài trợ trao học bổng cho học sinh xã Hải Lý",
            ),
            P(
                "Các em nhận học bổng lần này đều là học sinh thuộc hộ nghèo, cận nghèo, mồ côi cha "
                "hoặc mẹ, có kết quả học tập từ loại khá trở lên. Nhiều em ở các xã ven biển như Hải "
                "Lý, Hải Chính, Hải Triều phải vừa học vừa giúp gia đình đan lưới, làm muối."
            ),
            P(
                "Phát biểu tại buổi lễ, em Vũ Thị Ngọc Ánh, học sinh lớp 8B Trường THCS Hải Lý xúc "
                "động bày tỏ lòng biết ơn và hứa sẽ cố gắng học tập thật tốt để không phụ sự quan tâm "
                "của các nhà hảo tâm."
            ),
            Raw('<p align="right"><i>Nguồn: Báo Nam Định</i></p>'),
        ],
        source="Báo Nam Định",
        opts={"loai": 1, "printed": "09:05 AM, 14/11/2026", "tpl": "new"},
    ),
    Story(
        id=426,
        slug="hkpd-lan-xviii",
        title="Sôi nổi Hội khỏe Phù Đổng huyện Hải Hậu lần thứ XVIII năm học 2026-2027",
        cat=CATS[1],
        published_at="2026-11-06T15:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 03 đến ngày 05/11/2026, tại Nhà thi đấu thể thao huyện và sân vận động thị "
                "trấn Yên Định, Phòng GD&ĐT phối hợp với Phòng Văn hóa - Thông tin huyện tổ chức Hội "
                "khỏe Phù Đổng huyện Hải Hậu lần thứ XVIII."
            ),
            P(
                "Tham gia Hội khỏe có gần 1.200 vận động viên là học sinh tiểu học và THCS của 68 "
                "trường trong huyện, tranh tài ở 8 môn: điền kinh, bóng đá, bóng chuyền, cầu lông, "
                "bóng bàn, cờ vua, đá cầu và kéo co."
            ),
            Img("anh/tin/2026/11/hkpd_xviii.jpg", "Ảnh: Trần Minh Tuấn", None),
            P(
                "Sau 3 ngày thi đấu sôi nổi, Ban tổ chức đã trao 86 huy chương vàng, 90 huy chương bạc "
                "và 132 huy chương đồng cho các vận động viên. Trường THCS Hải Hậu dẫn đầu toàn đoàn "
                "khối THCS; Trường Tiểu học Yên Định A dẫn đầu khối tiểu học."
            ),
            P(
                "Thông qua Hội khỏe, Ban tổ chức sẽ lựa chọn các vận động viên xuất sắc để thành lập "
                "đội tuyển của huyện tham dự Hội khỏe Phù Đổng tỉnh Nam Định vào tháng 3 năm 2027."
            ),
        ],
        photographers=["Trần Minh Tuấn"],
        opts={
            "loai": 1,
            "printed": "03:15 PM, 06/11/2026",
            "tpl": "new",
            "info": "Người đưa tin: quantri",
        },
    ),
    Story(
        id=416,
        slug="phu-nu-20-10",
        title="Nữ cán bộ, giáo viên ngành Giáo dục Hải Hậu kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat=CATS[1],
        published_at="2026-10-20",
        blocks=[
            P(
                "Chiều ngày 19/10/2026, Công đoàn ngành Giáo dục huyện Hải Hậu tổ chức gặp mặt nữ cán "
                "bộ, giáo viên, nhân viên nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt "
                "Nam (20/10/1930 - 20/10/2026)."
            ),
            P(
                "Hiện nay toàn ngành có 2.146 nữ cán bộ, giáo viên, nhân viên, chiếm hơn 78% tổng số "
                "cán bộ, giáo viên toàn ngành. Nhiều chị em là cán bộ quản lý giỏi, giáo viên dạy giỏi "
                "cấp tỉnh, có nhiều sáng kiến kinh nghiệm được ứng dụng hiệu quả trong giảng dạy."
            ),
            Img(
                "anh/tin/2026/10/camhoa_20_10.jpg",
                "Nữ cán bộ, giáo viên tham gia hội thi cắm hoa nghệ thuật",
                "Nữ cán bộ, giáo viên tham gia hội thi cắm hoa nghệ thuật",
            ),
            P(
                "Trong khuôn khổ buổi gặp mặt, Công đoàn ngành đã tổ chức hội thi cắm hoa nghệ thuật "
                "với sự tham gia của 24 công đoàn cơ sở. Giải Nhất thuộc về Công đoàn Trường Mầm non "
                "Hải Bắc với tác phẩm “Sen quê mẹ”."
            ),
            P(
                "Dịp này, Công đoàn ngành đã biểu dương 45 nữ cán bộ, giáo viên tiêu biểu trong phong "
                "trào thi đua “Giỏi việc trường, đảm việc nhà”."
            ),
            Raw('<div align="right"><b>Công đoàn ngành Giáo dục Hải Hậu</b></div>'),
        ],
        authors=["Công đoàn ngành Giáo dục Hải Hậu"],
        opts={"loai": 1, "printed": "12:00 AM, 20/10/2026", "tpl": "old"},
    ),
    Story(
        id=413,
        slug="kiem-tra-pcgd-xmc",
        title="Kiểm tra công nhận duy trì phổ cập giáo dục, xóa mù chữ năm 2026",
        cat=CATS[1],
        published_at="2026-10-12T08:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Hải Hậu, từ "
                "ngày 05 đến ngày 09/10/2026, đoàn kiểm tra của huyện đã tiến hành kiểm tra công tác "
                "phổ cập giáo dục, xóa mù chữ tại 34 xã, thị trấn."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ phổ cập, hệ thống sổ theo dõi, phiếu điều tra hộ gia đình và "
                "đối chiếu dữ liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù "
                "chữ của Bộ GD&ĐT."
            ),
            P(
                "Kết quả kiểm tra cho thấy 100% xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm "
                "non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức "
                "độ 3 và xóa mù chữ mức độ 2."
            ),
            P(
                "Tuy nhiên, một số đơn vị còn để xảy ra sai lệch số liệu giữa hồ sơ giấy và phần mềm, "
                "việc lưu trữ phiếu điều tra chưa khoa học. Đoàn kiểm tra đã yêu cầu các đơn vị khắc "
                "phục trước ngày 20/10/2026 để huyện hoàn thiện hồ sơ đề nghị tỉnh kiểm tra công nhận."
            ),
            Raw('<div align="right"><b>ThS. Nguyễn Thị Lan - Phó Trưởng phòng GD&amp;ĐT</b></div>'),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"loai": 1, "printed": "08:30 AM, 12/10/2026", "tpl": "old"},
    ),
    # ---- loai=2 Chuyên môn - Nghiệp vụ ----
    Story(
        id=439,
        slug="gvdg-tieu-hoc",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        cat=CATS[2],
        published_at="2026-12-01T14:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 24/11 đến ngày 28/11/2026, Phòng GD&ĐT Hải Hậu tổ chức Hội thi giáo viên dạy "
                "giỏi cấp huyện bậc Tiểu học năm học 2026-2027 tại Trường Tiểu học Yên Định A và "
                "Trường Tiểu học Hải Trung."
            ),
            P(
                "Tham gia hội thi có 96 giáo viên đến từ 36 trường tiểu học trong huyện. Mỗi giáo viên "
                "dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và "
                "dạy hai tiết thực hành, trong đó có một tiết môn Tiếng Việt hoặc Toán và một tiết tự "
                "chọn."
            ),
            Img(
                "anh/tin/2026/12/gvdg_th_01.jpg",
                "Cô giáo Nguyễn Thị Mai, Trường Tiểu học Hải Trung, trong tiết dạy môn Tiếng Việt lớp 3",
                "Cô giáo Nguyễn Thị Mai, Trường Tiểu học Hải Trung, trong tiết dạy môn Tiếng Việt lớp 3",
            ),
            P(
                "Nhiều tiết dạy được Ban giám khảo đánh giá cao nhờ vận dụng linh hoạt các phương pháp "
                "dạy học tích cực, khai thác hiệu quả thiết bị dạy học số và tạo được không khí học "
                "tập nhẹ nhàng, hứng thú cho học sinh."
            ),
            P("Kết quả chung cuộc như sau:"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", "th"),
            P("Giỏi | 71 | 74,0%", "tr"),
            P("Khá | 21 | 21,9%", "tr"),
            P("Chưa đạt | 4 | 4,1%", "tr"),
            Img(
                "anh/tin/2026/12/gvdg_th_02.jpg",
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
            ),
            P(
                "Qua hội thi, Phòng GD&ĐT sẽ lựa chọn những giáo viên có kết quả xuất sắc để bồi "
                "dưỡng, tham dự Hội thi giáo viên dạy giỏi cấp tỉnh trong học kỳ II."
            ),
            Raw(
                '<p><b>Xem thêm:</b> <a href="chitiet.php?id=429">Kế hoạch tổ chức Hội thi giáo viên '
                "dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027</a></p>"
            ),
            Raw(_BYLINE_R.format("Tổ Tiểu học")),
        ],
        authors=["Tổ Tiểu học"],
        opts={"loai": 2, "printed": "02:20 PM, 01/12/2026", "tpl": "new", "new": True},
    ),
    Story(
        id=434,
        slug="chuyen-de-toan-thcs-ai",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo hỗ trợ dạy học môn Toán THCS”",
        cat=CATS[2],
        published_at="2026-11-18T10:00:00+07:00",
        summary=(
            "Nhằm đổi mới phương pháp dạy học, khai thác hiệu quả công nghệ số, ngày 17/11/2026, "
            "Phòng GD&ĐT Hải Hậu tổ chức chuyên đề cấp huyện môn Toán THCS tại Trường THCS Hải Hậu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách môn Toán, đại diện "
                "Ban giám hiệu và 82 giáo viên dạy Toán các trường THCS trong huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Hình chóp tam giác đều” lớp 8 do thầy giáo Lê Văn Cường thực "
                "hiện đã sử dụng phần mềm hình học động và trợ lý ảo để học sinh tự khám phá, kiểm "
                "tra dự đoán và trình bày lời giải theo nhóm."
            ),
            Img(
                "anh/tin/2026/11/chuyende_toan_thcs.jpg",
                "Học sinh lớp 8A thảo luận nhóm trong tiết dạy minh họa",
                "Học sinh lớp 8A thảo luận nhóm trong tiết dạy minh họa",
            ),
            P(
                "Trong phần thảo luận, các giáo viên đã trao đổi về cách thiết kế câu hỏi cho công cụ "
                "trí tuệ nhân tạo, những lưu ý để học sinh không lệ thuộc vào công cụ và cách đánh giá "
                "năng lực tư duy của học sinh khi có hỗ trợ của công nghệ."
            ),
            P(
                "Kết luận chuyên đề, đồng chí Phó trưởng phòng Phạm Văn Hòa đề nghị các nhà trường "
                "tiếp tục nhân rộng mô hình, xây dựng kho học liệu số dùng chung và tổ chức sinh hoạt "
                "chuyên môn theo cụm để giáo viên được học hỏi lẫn nhau."
            ),
        ],
        authors=["Lê Văn Cường"],
        opts={
            "loai": 2,
            "printed": "10:00 AM, 18/11/2026",
            "tpl": "new",
            "byline_row": "Tác giả: Lê Văn Cường - Trường THCS Hải Hậu",
        },
    ),
    Story(
        id=431,
        slug="tap-huan-kiem-dinh",
        title="Tập huấn công tác tự đánh giá, kiểm định chất lượng giáo dục năm 2026",
        cat=CATS[2],
        published_at="2026-11-10T00:20:00+07:00",
        blocks=[
            P(
                "Ngày 08/11/2026, Phòng GD&ĐT Hải Hậu tổ chức tập huấn công tác tự đánh giá, kiểm định "
                "chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia cho cán bộ quản lý, thư "
                "ký hội đồng tự đánh giá của các trường mầm non, tiểu học và THCS."
            ),
            P(
                "Tại lớp tập huấn, báo cáo viên của Sở GD&ĐT Nam Định đã hướng dẫn quy trình tự đánh "
                "giá, cách thu thập, mã hóa minh chứng, viết báo cáo tự đánh giá và cập nhật dữ liệu "
                "lên phần mềm kiểm định chất lượng giáo dục."
            ),
            Img(
                "anh/tin/2026/11/taphuan_kiemdinh.jpg",
                "Quang cảnh lớp tập huấn",
                "Quang cảnh lớp tập huấn",
            ),
            P(
                "Các học viên cũng được thực hành đánh giá một số tiêu chí theo các thông tư mới, trao "
                "đổi những khó khăn thường gặp khi chuẩn bị hồ sơ đánh giá ngoài."
            ),
            P(
                "Theo kế hoạch, năm 2026 toàn huyện có 12 trường đăng ký đánh giá ngoài và công nhận "
                "lại trường đạt chuẩn quốc gia."
            ),
            Raw('<p align="right"><b>Nguồn: Sở GD&amp;ĐT Nam Định</b></p>'),
        ],
        source="Sở GD&ĐT Nam Định",
        opts={"loai": 2, "printed": "12:20 AM, 10/11/2026", "tpl": "new", "word": True},
    ),
    Story(
        id=423,
        slug="shcm-nghien-cuu-bai-hoc-mn",
        title="Sinh hoạt chuyên môn theo hướng nghiên cứu bài học cụm trường mầm non phía Nam huyện",
        cat=CATS[2],
        published_at="2026-11-02T11:50:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chỉ đạo chuyên môn năm học 2026-2027, ngày 31/10/2026, cụm trường "
                "mầm non phía Nam huyện gồm 9 trường đã tổ chức buổi sinh hoạt chuyên môn theo hướng "
                "nghiên cứu bài học tại Trường Mầm non Hải Thịnh."
            ),
            P(
                "Các đại biểu đã dự hoạt động khám phá “Các loại hải sản quê em” của lớp mẫu giáo 5 "
                "tuổi A1 do cô giáo Đỗ Thị Hạnh thực hiện. Hoạt động được thiết kế gắn với đặc trưng "
                "vùng biển, tận dụng nguyên vật liệu sẵn có của địa phương."
            ),
            Img(
                "anh/tin/2026/11/mn_hai_thinh_nclbh.jpg",
                "Trẻ lớp 5 tuổi A1 khám phá các loại hải sản quê em",
                "Trẻ lớp 5 tuổi A1 khám phá các loại hải sản quê em",
            ),
            P(
                "Sau hoạt động, các giáo viên tập trung phân tích những biểu hiện của trẻ trong quá "
                "trình học: trẻ nào hứng thú, trẻ nào còn lúng túng và nguyên nhân vì sao, từ đó đề "
                "xuất điều chỉnh cách tổ chức cho phù hợp."
            ),
            P(
                "Đây là hoạt động thiết thực giúp giáo viên mầm non thay đổi cách nhìn nhận về giờ "
                "dạy, chuyển từ đánh giá giáo viên sang quan sát việc học của trẻ."
            ),
            Raw(
                '<p align="right"><b>Bài, ảnh: Đỗ Thị Hạnh</b> <i>(Trường MN Hải Thịnh)</i></p>'
            ),
        ],
        authors=["Đỗ Thị Hạnh"],
        photographers=["Đỗ Thị Hạnh"],
        opts={"loai": 2, "printed": "11:50 AM, 02/11/2026", "tpl": "new"},
    ),
    Story(
        id=418,
        slug="khao-sat-lop-9",
        title="Kết quả khảo sát chất lượng đầu năm học 2026-2027 đối với học sinh lớp 9",
        cat=CATS[2],
        published_at="2026-10-27T15:30:00+07:00",
        blocks=[
            P(
                "Nhằm đánh giá thực chất chất lượng học sinh lớp 9 ngay từ đầu năm học, làm căn cứ "
                "xây dựng kế hoạch ôn tập thi vào lớp 10 THPT, ngày 22/10/2026 Phòng GD&ĐT Hải Hậu đã "
                "tổ chức khảo sát chất lượng ba môn Toán, Ngữ văn và Tiếng Anh cho học sinh lớp 9 toàn "
                "huyện."
            ),
            P(
                "Tổng số học sinh dự khảo sát là 3.218 em thuộc 35 trường THCS. Đề khảo sát do Phòng "
                "GD&ĐT ra, bám sát chương trình và cấu trúc đề thi tuyển sinh vào lớp 10 của Sở GD&ĐT "
                "Nam Định."
            ),
            Img(
                "anh/tin/2026/10/khaosat_lop9.jpg",
                "Học sinh Trường THCS Hải Bắc làm bài khảo sát",
                "Học sinh Trường THCS Hải Bắc làm bài khảo sát",
            ),
            P("Điểm trung bình các môn cụ thể như sau:"),
            P("Môn | Điểm trung bình | Tỷ lệ đạt từ 5,0 trở lên", "th"),
            P("Toán | 6,12 | 71,4%", "tr"),
            P("Ngữ văn | 6,58 | 83,0%", "tr"),
            P("Tiếng Anh | 5,87 | 64,9%", "tr"),
            P(
                "Phòng GD&ĐT yêu cầu các trường phân tích kỹ kết quả đến từng học sinh, từng lớp, xây "
                "dựng kế hoạch phụ đạo học sinh yếu kém và bồi dưỡng học sinh khá giỏi ngay từ tháng "
                "11."
            ),
            Raw('<div align="right"><b>Tin: Phạm Quang Huy - Ảnh: Ngô Thị Yến</b></div>'),
        ],
        authors=["Phạm Quang Huy"],
        photographers=["Ngô Thị Yến"],
        opts={"loai": 2, "printed": "03:30 PM, 27/10/2026", "tpl": "old"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

# pages in the article template that are not articles (trap 5)
PAGES: dict[int, Story] = {
    1: Story(
        id=1,
        slug="gioi-thieu",
        title="Giới thiệu chung về Phòng Giáo dục và Đào tạo huyện Hải Hậu",
        cat="Giới thiệu",
        published_at=None,
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo huyện Hải Hậu là cơ quan chuyên môn thuộc UBND huyện, có "
                "chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào "
                "tạo trên địa bàn huyện."
            ),
            P(
                "Toàn huyện hiện có 36 trường mầm non, 36 trường tiểu học, 35 trường THCS với gần "
                "48.000 học sinh và hơn 3.000 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Nhiều năm liền, ngành Giáo dục Hải Hậu được UBND tỉnh Nam Định tặng Cờ thi đua và "
                "Bằng khen về thành tích xuất sắc trong công tác giáo dục và đào tạo."
            ),
        ],
        opts={"loai": 0, "printed": "09:12 AM, 15/08/2009", "tpl": "new"},
    ),
    2: Story(
        id=2,
        slug="co-cau-to-chuc",
        title="Cơ cấu tổ chức - Lãnh đạo Phòng",
        cat="Giới thiệu",
        published_at=None,
        blocks=[
            P("Trưởng phòng: Trần Văn Khoa", "br"),
            P("Phó Trưởng phòng: Phạm Văn Hòa (phụ trách giáo dục THCS)", "br"),
            P("Phó Trưởng phòng: Nguyễn Thị Lan (phụ trách giáo dục Mầm non, Tiểu học)", "br"),
            P(
                "Các bộ phận: Văn phòng - Kế toán; Tổ Mầm non; Tổ Tiểu học; Tổ THCS; Tổ Phổ cập - "
                "Thống kê."
            ),
        ],
        opts={"loai": 0, "printed": "02:40 PM, 21/08/2009", "tpl": "new"},
    ),
    437: Story(
        id=437,
        slug="cv-468",
        title="Công văn số 468/PGDĐT-THCS về việc hướng dẫn tổ chức hoạt động trải nghiệm học kỳ I năm học 2026-2027",
        cat=CATS[5],
        published_at=None,
        blocks=[
            P(
                "Phòng GD&ĐT Hải Hậu gửi các trường THCS Công văn số 468/PGDĐT-THCS ngày 23/11/2026 "
                "(nội dung chi tiết xem file đính kèm)."
            ),
            Raw(
                '<p><img src="anh/icon_pdf.gif" width="16" height="16" border="0"> File đính kèm: '
                '<a href="vanban/cv468_pgddt_thcs.pdf" target="_blank">cv468_pgddt_thcs.pdf</a> '
                "<font size=\"1\">(215 KB)</font></p>"
            ),
        ],
        opts={"loai": 5, "printed": "08:15 AM, 24/11/2026", "tpl": "new"},
    ),
}

DELETED = {429}

DOCUMENTS = [
    ("468/PGDĐT-THCS", "23/11/2026", "Hướng dẫn tổ chức hoạt động trải nghiệm học kỳ I năm học 2026-2027", "chitiet.php?id=437"),
    ("455/KH-PGDĐT", "12/11/2026", "Kế hoạch kiểm tra nội bộ trường học năm học 2026-2027", "vanban/kh455_pgddt.doc"),
    ("438/PGDĐT-TH", "02/11/2026", "Hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học", "vanban/cv438_pgddt_th.pdf"),
    ("3125/SGDĐT-GDPT", "28/10/2026", "Văn bản của Sở GD&ĐT về việc triển khai dạy học 2 buổi/ngày", "vanban/cv3125_sgddt_gdpt.pdf"),
]


def _in_cat(loai: int) -> list[Story]:
    """A section's articles, newest first (the list's ORDER BY ngay_cn DESC)."""
    return sorted((s for s in STORIES if s.opts["loai"] == loai), key=lambda s: s.id, reverse=True)


def _day(story: Story) -> str:
    """The dd/mm/yyyy part of the "Cập nhật" stamp."""
    return story.opts["printed"].split(", ")[1]


def _cut(value: str, limit: int = 170) -> str:
    """The list's "trích yếu": the first paragraph cut at a word (PHP's home-made cat_chuoi())."""
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def _first_text(story: Story) -> str:
    if story.summary:
        return story.summary
    return next(b.text for b in story.blocks if isinstance(b, P))


# --- page chrome -------------------------------------------------------------------------------

_HEAD = """<html>
<head>
<title>::: PHONG GD&amp;DT HAI HAU - NAM DINH :::</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="phong giao duc hai hau, giao duc hai hau, pgd hai hau, nam dinh">
<meta name="description" content="Website Phong Giao duc va Dao tao huyen Hai Hau - tinh Nam Dinh">
<link href="css/pgd_style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/mm_menu.js"></script>
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function moCuaSo(url) {
  window.open(url,'inbai','width=680,height=600,scrollbars=yes,resizable=yes');
}
function mmLoadMenus() {
  if (window.mm_menu_0312_1) return;
  window.mm_menu_0312_1 = new Menu("root",170,22,"Arial, Helvetica, sans-serif",12,"#FFFFFF","#1E6B2E","#3C8C4C","#D7EBC4","left","middle",3,0,1000,-5,7,true,true,true,0,true,true);
  mm_menu_0312_1.addMenuItem("Giáo&nbsp;dục&nbsp;Mầm&nbsp;non","location='tintuc.php?loai=2'");
  mm_menu_0312_1.addMenuItem("Giáo&nbsp;dục&nbsp;Tiểu&nbsp;học","location='tintuc.php?loai=2'");
  mm_menu_0312_1.addMenuItem("Giáo&nbsp;dục&nbsp;THCS","location='tintuc.php?loai=2'");
  mm_menu_0312_1.hideOnMouseOut=true;
  mm_menu_0312_1.bgColor='#555555';
  mm_menu_0312_1.menuBorder=1;
  mm_menu_0312_1.writeMenus();
}
//-->
</script>
</head>
"""

_MENU = [
    ("m01", "Trang chủ", "index.php", ' target="_top"'),
    ("m02", "Giới thiệu", "chitiet.php?id=1", ""),
    ("m03", "Cơ cấu tổ chức", "chitiet.php?id=2", ""),
    ("m04", "Tin tức - Sự kiện", "tintuc.php?loai=1", ""),
    ("m05", "Chuyên môn - Nghiệp vụ", "tintuc.php?loai=2", ""),
    ("m06", "Thông báo", "tintuc.php?loai=3", ""),
    ("m07", "Văn bản - Công văn", "tintuc.php?loai=5", ""),
    ("m08", "Liên hệ", "lienhe.php", ""),
]

_LINKS = [
    ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("http://namdinh.edu.vn", "Sở GD&ĐT Nam Định"),
    ("http://haihau.namdinh.gov.vn", "Cổng TTĐT huyện Hải Hậu"),
    ("http://violet.vn", "Thư viện bài giảng Violet"),
    ("http://truonghocketnoi.edu.vn", "Trường học kết nối"),
]

MOST_READ = [436, 439, 433, 426, 431, 423]


def _ticker() -> str:
    newest = sorted(STORIES, key=lambda s: s.id, reverse=True)[:5]
    items = "".join(
        f'<img src="anh/sao_vang.gif" width="9" height="9"> <a href="chitiet.php?id={s.id}" '
        f'class="lk_chaychu">{text(s.opts.get("ticker", s.title))}</a> '
        f'<font color="#FFFF66">({_day(s)})</font> &nbsp;&nbsp;&nbsp; '
        for s in newest
    )
    return (
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()" class="chay_chu">{items}</marquee>'
    )


def _left_column() -> str:
    rows = []
    for name, label, href, target in _MENU:
        over = f"MM_swapImage('{name}','','anh/menu/{name}_o.gif',1)"
        if name == "m05":
            over = f"MM_showMenu(window.mm_menu_0312_1,185,0,null,'{name}');" + over
        rows.append(
            f'<tr><td><a href="{href}"{target} onMouseOut="MM_swapImgRestore()" '
            f'onMouseOver="{over}"><img src="anh/menu/{name}.gif" alt="{esc(label)}" name="{name}" '
            'width="185" height="30" border="0"></a></td></tr>'
        )
    options = "".join(f'<option value="{u}">{text(n)}</option>' for u, n in _LINKS)
    digits = "".join(f'<img src="anh/so/{d}.gif" width="13" height="18">' for d in "1284506")
    return f"""<td width="185" valign="top" bgcolor="#F2F7E6" class="cot_trai">
<script language="JavaScript1.2">mmLoadMenus();</script>
<table width="185" border="0" cellspacing="0" cellpadding="0">
{"".join(rows)}
</table>
<table width="185" border="0" cellspacing="0" cellpadding="3">
<tr><td><img src="anh/tieude/tim_kiem.gif" alt="TÌM KIẾM" width="185" height="24"></td></tr>
<tr><td align="center"><form name="frmTim" method="get" action="timkiem.php" style="margin:0">
<input name="tukhoa" type="text" class="o_nhap" size="16">
<input type="image" src="anh/nut_tim.gif" width="22" height="18" border="0" align="absmiddle">
</form></td></tr>
<tr><td><img src="anh/tieude/lien_ket.gif" alt="LIÊN KẾT WEBSITE" width="185" height="24"></td></tr>
<tr><td align="center"><select name="lienket" class="o_chon" onchange="if(this.value!='') window.open(this.value)">
<option value="">--- Chọn website ---</option>{options}</select></td></tr>
<tr><td><img src="anh/tieude/thong_ke.gif" alt="THỐNG KÊ TRUY CẬP" width="185" height="24"></td></tr>
<tr><td class="thongke"><font size="1" face="Verdana">&nbsp;Đang online: <b>9</b><br>
&nbsp;Hôm nay: <b>312</b><br>&nbsp;Tổng truy cập:</font><br><div align="center">{digits}</div></td></tr>
</table>
</td>"""


def _right_column() -> str:
    items = "".join(
        f'<tr><td valign="top"><img src="anh/cham_xanh.gif" width="5" height="5" vspace="5"></td>'
        f'<td><a href="chitiet.php?id={i}" class="lk_docnhieu">{text(BY_ID[i].title)}</a></td></tr>'
        for i in MOST_READ
    )
    return f"""<td width="200" valign="top" bgcolor="#F7FAF0" class="cot_phai">
<table width="200" border="0" cellspacing="0" cellpadding="2">
<tr><td colspan="2"><img src="anh/tieude/doc_nhieu.gif" alt="TIN ĐỌC NHIỀU" width="200" height="24"></td></tr>
{items}
</table>
<table width="200" border="0" cellspacing="0" cellpadding="3">
<tr><td><img src="anh/tieude/lich_ct.gif" alt="LỊCH CÔNG TÁC" width="200" height="24"></td></tr>
<tr><td><a href="vanban/lich_cong_tac_tuan_49.doc"><img src="anh/icon_doc.gif" border="0" width="16" height="16"> Lịch công tác tuần 49 (30/11 - 05/12/2026)</a></td></tr>
<tr><td><img src="anh/tieude/binh_chon.gif" alt="THĂM DÒ Ý KIẾN" width="200" height="24"></td></tr>
<tr><td><form name="frmBC" method="post" action="binhchon.php" target="_blank" style="margin:0">
<font size="2"><b>Bạn thấy website của Phòng thế nào?</b><br>
<input type="radio" name="ykien" value="1"> Rất hữu ích<br>
<input type="radio" name="ykien" value="2"> Hữu ích<br>
<input type="radio" name="ykien" value="3"> Cần cải tiến thêm</font><br>
<input type="submit" name="Submit" value="Bình chọn" class="nut">
<input type="button" value="Kết quả" class="nut" onclick="window.open('binhchon.php?xem=1','kq','width=320,height=260')">
</form></td></tr>
<tr><td align="center"><a href="http://www.moet.gov.vn" target="_blank"><img src="anh/qc/bo_gddt.gif" width="180" height="60" border="0"></a><br>
<a href="http://namdinh.edu.vn" target="_blank"><img src="anh/qc/so_gddt_nd.gif" width="180" height="60" border="0"></a><br>
<a href="http://violet.vn" target="_blank"><img src="anh/qc/violet.gif" width="180" height="60" border="0"></a></td></tr>
</table>
</td>"""


_FOOTER = """<tr><td colspan="3" bgcolor="#1E6B2E" align="center" class="chan_trang"><font color="#FFFFFF" size="1" face="Verdana">
<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH</b><br>
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br>
Điện thoại: 0228.3877.215 - Fax: 0228.3877.216 - Email: pgdhaihau@namdinh.edu.vn<br>
Thiết kế: Tổ Tin học Phòng GD&amp;ĐT Hải Hậu &copy; 2006 - Ghi rõ nguồn khi phát hành lại thông tin từ website này</font></td></tr>
"""


def _page(main: str) -> str:
    """The whole page around the centre column (header.php + footer.php, as the site includes them)."""
    return f"""{_HEAD}<body bgcolor="#DCE9C4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('anh/menu/m01_o.gif','anh/menu/m04_o.gif','anh/menu/m05_o.gif')">
<a name="dau"></a>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" id="Table_01">
<tr><td colspan="3" height="140"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0" width="990" height="140">
<param name="movie" value="anh/banner_pgd.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
<embed src="anh/banner_pgd.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="990" height="140" wmode="transparent"></embed>
</object></td></tr>
<tr><td colspan="3" bgcolor="#1E6B2E" height="26"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="170" class="ngay_hom_nay"><font color="#FFFFFF" size="2" face="Arial">&nbsp;{TODAY_LINE}</font></td>
<td>{_ticker()}</td></tr></table></td></tr>
<tr>
{_left_column()}
<td width="605" valign="top" class="cot_giua">
{main}
</td>
{_right_column()}
</tr>
{_FOOTER}</table>
</body>
</html>
"""


# --- the text of an article ---------------------------------------------------------------------

_WORD_P = (
    "<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:.5in;"
    "line-height:130%'><span lang=VI style='font-size:13.0pt;line-height:130%;font-family:"
    "\"Times New Roman\",\"serif\"'>{}<o:p></o:p></span></p>"
)
_WORD_SAPO = (
    "<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify'><b><span lang=VI "
    "style='font-size:13.0pt;font-family:\"Times New Roman\",\"serif\"'>{}<o:p></o:p></span></b></p>"
)


def _photo(img: Img, old: bool) -> str:
    cap = ""
    if img.printed is not None:
        cap = (
            '<tr><td align="center" bgcolor="#EEEEEE"><font size="1" face="Verdana"><i>'
            f"{text(img.printed)}</i></font></td></tr>"
        )
    sep = "<br />\r\n" if old else "\n"
    return (
        '<table border="0" align="center" cellpadding="2" cellspacing="0" width="420">'
        f'{sep}<tr><td align="center"><img src="{img.src}" width="400" height="300" border="1" '
        f'style="border-color:#999999"></td></tr>{sep}{cap}</table>'
    )


def _photo_pair(a: Img, b: Img) -> str:
    return (
        '<table border="0" align="center" cellpadding="3" cellspacing="0" width="96%">\n'
        f'<tr><td width="50%" align="center"><img src="{a.src}" width="270" height="200" border="0"></td>'
        f'<td width="50%" align="center"><img src="{b.src}" width="270" height="200" border="0"></td></tr>\n'
        f'<tr><td align="center" valign="top"><font size="1"><i>{text(a.printed or "")}</i></font></td>'
        f'<td align="center" valign="top"><font size="1"><i>{text(b.printed or "")}</i></font></td></tr>\n'
        "</table>"
    )


def _data_table(rows: list[P], old: bool) -> str:
    sep = "<br />\r\n" if old else "\n"
    out = []
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            out.append(
                '<tr bgcolor="#DDEEFF">'
                + "".join(f'<td align="center"><b>{text(c)}</b></td>' for c in cells)
                + "</tr>"
            )
        else:
            first, *rest = cells
            out.append(
                f"<tr><td>{text(first)}</td>"
                + "".join(f'<td align="center">{text(c)}</td>' for c in rest)
                + "</tr>"
            )
    return (
        '<table width="90%" border="1" align="center" cellpadding="3" cellspacing="0" '
        'bordercolor="#999999" style="border-collapse:collapse">'
        + sep
        + sep.join(out)
        + sep
        + "</table>"
    )


def _groups(blocks: list) -> list[tuple[str, list]]:
    """Consecutive table rows, typed lines and side-by-side photos go out as one piece."""
    out: list[tuple[str, list]] = []
    for b in blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            kind = "table"
        elif isinstance(b, P) and b.style == "br":
            kind = "lines"
        elif isinstance(b, Img) and b.style == "doi":
            kind = "pair"
        else:
            kind = "one"
        if kind != "one" and out and out[-1][0] == kind:
            out[-1][1].append(b)
        else:
            out.append((kind, [b]))
    return out


def body_new(story: Story) -> str:
    """The text cell of the new template: <p> (or Word's p.MsoNormal), photo and data tables."""
    word = story.opts.get("word", False)
    parts: list[str] = []
    for n, (kind, items) in enumerate(_groups(story.blocks)):
        if kind == "table":
            parts.append(_data_table(items, old=False))
        elif kind == "lines":
            parts.append("<p>" + "<br />\n".join(text(b.text) for b in items) + "</p>")
        elif kind == "pair":
            parts.append(_photo_pair(items[0], items[1]))
        else:
            b = items[0]
            if isinstance(b, Raw):
                parts.append(b.html)
            elif isinstance(b, Img):
                parts.append(_photo(b, old=False))
            elif b.style == "sapo":
                parts.append((_WORD_SAPO if word else "<p><b>{}</b></p>").format(text(b.text)))
            else:
                parts.append(
                    (_WORD_P if word else '<p style="text-align:justify">{}</p>').format(text(b.text))
                )
                if word and n == 2:
                    parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(parts)


def body_old(story: Story) -> str:
    """The old admin's text: one textarea run through nl2br(), HTML typed in between."""
    parts: list[str] = []
    for kind, items in _groups(story.blocks):
        if kind == "table":
            parts.append(_data_table(items, old=True))
        elif kind == "lines":
            parts.append("<br />\r\n".join(text(b.text) for b in items))
        else:
            b = items[0]
            if isinstance(b, Raw):
                parts.append(b.html)
            elif isinstance(b, Img):
                parts.append(_photo(b, old=True))
            else:
                parts.append(text(b.text))
    return "<br />\r\n<br />\r\n".join(parts)


# --- pages --------------------------------------------------------------------------------------


def _others(story: Story) -> list[Story]:
    loai = story.opts["loai"]
    if loai == 0:
        return [p for p in PAGES.values() if p.opts["loai"] == 0 and p.id != story.id]
    if loai not in (1, 2, 3):
        return []
    return [s for s in _in_cat(loai) if s.id != story.id][:3]


def _others_table(story: Story) -> str:
    others = _others(story)
    if not others:
        return ""
    loai = story.opts["loai"]
    rows = "".join(
        f'<tr><td width="12" valign="top"><img src="anh/muiten_do.gif" width="7" height="7" vspace="4"></td>'
        f'<td><a href="chitiet.php?id={o.id}&loai={loai}" class="lk_tinkhac">{text(o.title)}</a> '
        f'<font size="1" color="#999999">({_day(o)})</font></td></tr>'
        for o in others
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="2" class="bang_tinkhac">'
        '<tr><td colspan="2"><img src="anh/tieude/cac_tin_khac.gif" alt="Các tin khác" width="150" '
        f'height="20"></td></tr>{rows}</table>'
    )


def _tools(story: Story) -> str:
    return (
        f'<font size="1" face="Verdana"><a href="javascript:moCuaSo(\'in.php?id={story.id}\')" '
        'class="lk_congcu"><img src="anh/icon_in.gif" width="16" height="16" border="0" '
        'align="absmiddle"> In bài viết</a> | <a href="mailto:?subject=Tin%20tu%20PGD%20Hai%20Hau" '
        'class="lk_congcu"><img src="anh/icon_email.gif" width="16" height="16" border="0" '
        'align="absmiddle"> Gửi cho bạn bè</a> | <a href="javascript:history.back()" '
        'class="lk_congcu">Quay lại</a> | <a href="#dau" class="lk_congcu">Lên đầu trang</a></font>'
    )


def _crumb(story: Story) -> str:
    loai = story.opts["loai"]
    if loai == 0:
        return '<a href="chitiet.php?id=1" class="lk_dd">Giới thiệu</a>'
    return f'<a href="tintuc.php?loai={loai}" class="lk_dd">{text(CATS[loai])}</a>'


def article_main_new(story: Story) -> str:
    new = ' <img src="anh/new.gif" width="28" height="11">' if story.opts.get("new") else ""
    info = f' | {text(story.opts["info"])}' if story.opts.get("info") else ""
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = f'<tr><td class="tt_ct"><i><b>{text(story.summary)}</b></i></td></tr>\n'
    byline_row = ""
    if story.opts.get("byline_row"):
        byline_row = (
            f'<tr><td align="right" class="tg_ct"><b>{text(story.opts["byline_row"])}</b></td></tr>\n'
        )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" id="tbl_ct">
<tr><td class="dd_dan" height="22" bgcolor="#EEF4E2">&nbsp;<img src="anh/muiten.gif" width="7" height="7"> <a href="index.php" target="_top" class="lk_dd">Trang chủ</a> &raquo; {_crumb(story)}</td></tr>
<tr><td class="td_ttct"><font color="#B40404" size="3" face="Arial"><b>{text(story.title)}</b></font>{new}</td></tr>
<tr><td><font class="ngay_cn" size="1" color="#808080"><i>Cập nhật: {story.opts["printed"]}</i>{info} | Lượt xem: {story.views()}</font></td></tr>
{sapo}<tr><td class="nd_ct" style="text-align:justify"><font face="Arial" size="2">
{body_new(story)}
</font></td></tr>
{byline_row}<tr><td align="right" class="cc_ct">{_tools(story)}</td></tr>
<tr><td>{_others_table(story)}</td></tr>
</table>"""


def article_main_old(story: Story) -> str:
    return f"""<table width="98%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24"><font size="2">Chuyên mục: {_crumb(story)}</font></td></tr>
<tr><td><b><font color="#003399" size="3">{text(story.title)}</font></b></td></tr>
<tr><td><font size="1"><i>(Cập nhật: {story.opts["printed"]})</i></font><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td class="ndtin" valign="top"><font face="Times New Roman" size="3">{body_old(story)}</font>
<hr size="1" noshade color="#CCCCCC">
<font size="1">Lượt xem: {story.views()}</font> &nbsp; {_tools(story)}
<br><br>{_others_table(story)}
</td></tr>
</table>"""


def print_view(story: Story, request: Request) -> str:
    body = body_old(story) if story.opts["tpl"] == "old" else body_new(story)
    sapo = f"<p><i><b>{text(story.summary)}</b></i></p>" if story.sapo_outside and story.summary else ""
    byline = f'<p align="right"><b>{text(story.opts["byline_row"])}</b></p>' if story.opts.get("byline_row") else ""
    return f"""<html>
<head>
<title>In bai viet</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css">body{{font-family:"Times New Roman";font-size:13pt}}</style>
</head>
<body onload="window.print()">
<table width="640" border="0" align="center" cellpadding="3" cellspacing="0">
<tr><td><img src="anh/logo_in.gif" width="48" height="48" align="absmiddle"> <b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><hr size="1"></td></tr>
<tr><td><b><font size="4">{text(story.title)}</font></b></td></tr>
<tr><td><i>Cập nhật: {story.opts["printed"]}</i></td></tr>
<tr><td>{sapo}{body}{byline}</td></tr>
<tr><td><hr size="1"><font size="1">Địa chỉ bài viết: {base_url(request)}/chitiet.php?id={story.id}<br>
&copy; Phòng Giáo dục và Đào tạo huyện Hải Hậu</font> [<a href="javascript:window.close()">Đóng cửa sổ</a>]</td></tr>
</table>
</body>
</html>
"""


def soft_404_main() -> str:
    return (
        '<table width="100%" border="0" cellpadding="20"><tr><td align="center">'
        '<img src="anh/canh_bao.gif" width="32" height="32"><br><font color="#FF0000" size="3"><b>'
        "Tin này không tồn tại hoặc đã bị xóa!</b></font><br><br>"
        '<a href="javascript:history.back()">&laquo; Quay lại</a> | <a href="index.php" target="_top">'
        "Về trang chủ</a></td></tr></table>"
    )


def _item(story: Story, loai: int) -> str:
    href = f"chitiet.php?id={story.id}&loai={loai}"
    thumb = f"anh/tin/nho/{story.id}.jpg" if story.images else "anh/tin/nho/khong_anh.jpg"
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3" class="bang_tin">
<tr><td width="108" valign="top" rowspan="2"><a href="{href}"><img src="{thumb}" width="100" height="75" border="0" class="anh_nho"></a></td>
<td valign="top"><a href="{href}" class="tieude_ds"><b>{text(story.title)}</b></a> <font class="ngay_ds" size="1" color="#999999">({_day(story)})</font></td></tr>
<tr><td valign="top" class="tomtat_ds"><font size="2">{text(_cut(_first_text(story)))}</font> <a href="{href}" class="xemtiep"><i>[Chi tiết]</i></a></td></tr>
</table>
<img src="anh/gach_ngang.gif" width="100%" height="1" vspace="4">
"""


def _heading(loai: int) -> str:
    return (
        f'<img src="anh/tieude/{CAT_IMG[loai]}.gif" alt="{esc(CATS[loai].upper())}" width="600" '
        'height="28" border="0"><br>'
    )


def list_pages(loai: int) -> int:
    return max(1, -(-len(_in_cat(loai)) // PER_PAGE))


def listing_main(loai: int, page: int) -> str:
    if loai == 5:
        return documents_main()
    stories = _in_cat(loai)[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(_item(s, loai) for s in stories)
    pages = list_pages(loai)
    nav = ""
    if pages > 1 and loai == 1:
        nums = " ".join(
            f"<b>[{n}]</b>" if n == page else f'<a href="tintuc.php?loai={loai}&trang={n}">[{n}]</a>'
            for n in range(1, pages + 1)
        )
        nxt = f' <a href="tintuc.php?trang={page + 1}&loai={loai}">Trang sau &raquo;</a>' if page < pages else ""
        nav = f'<div align="center" class="phantrang"><font size="2">Trang: {nums}{nxt}</font></div>'
    elif pages > 1:
        options = "".join(
            f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>'
            for n in range(1, pages + 1)
        )
        prev = (
            f'<a href="#" onclick="window.location=\'tintuc.php?loai={loai}&trang={page - 1}\'; return false;">'
            "&laquo; Trang trước</a> &nbsp;"
            if page > 1
            else ""
        )
        nxt = (
            f'&nbsp; <a href="#" onclick="window.location=\'tintuc.php?loai={loai}&trang={page + 1}\'; return false;">'
            "Trang sau &raquo;</a>"
            if page < pages
            else ""
        )
        nav = (
            '<form name="frmPT" method="get" action="tintuc.php" style="margin:0">'
            f'<input type="hidden" name="loai" value="{loai}">'
            f'<div align="center" class="phantrang"><font size="2">{prev} Trang '
            f'<select name="trang" class="o_chon" onchange="document.frmPT.submit()">{options}</select>'
            f" / {pages} {nxt}</font></div></form>"
        )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="dd_dan" height="22" bgcolor="#EEF4E2">&nbsp;<img src="anh/muiten.gif" width="7" height="7"> <a href="index.php" target="_top" class="lk_dd">Trang chủ</a> &raquo; {text(CATS[loai])}</td></tr>
<tr><td>{_heading(loai)}</td></tr>
<tr><td>{items}</td></tr>
<tr><td>{nav}</td></tr>
</table>"""


def documents_main() -> str:
    rows = "".join(
        f'<tr><td align="center">{n}</td><td>{text(so)}</td><td align="center">{ngay}</td>'
        f"<td>{text(ty)}</td>"
        f'<td align="center"><a href="{href}">{"Xem" if href.endswith(".php?id=437") else "Tải về"}</a></td></tr>'
        for n, (so, ngay, ty, href) in enumerate(DOCUMENTS, 1)
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="dd_dan" height="22" bgcolor="#EEF4E2">&nbsp;<img src="anh/muiten.gif" width="7" height="7"> <a href="index.php" target="_top" class="lk_dd">Trang chủ</a> &raquo; {text(CATS[5])}</td></tr>
<tr><td>{_heading(5)}</td></tr>
<tr><td><table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#B5CC9A" style="border-collapse:collapse">
<tr bgcolor="#D7EBC4"><td align="center"><b>STT</b></td><td align="center"><b>Số/Ký hiệu</b></td><td align="center"><b>Ngày ban hành</b></td><td align="center"><b>Trích yếu</b></td><td align="center"><b>Tải về</b></td></tr>
{rows}
</table></td></tr>
</table>"""


def _box(loai: int, count: int) -> str:
    stories = _in_cat(loai)[:count]
    first, rest = stories[0], stories[1:]
    lead = (
        f'<tr><td width="130" valign="top"><a href="chitiet.php?id={first.id}"><img src="anh/tin/nho/{first.id}.jpg" '
        f'width="120" height="90" border="0"></a></td><td valign="top"><a href="chitiet.php?id={first.id}" '
        f'class="tieude_trangchu"><b>{text(first.title)}</b></a><br><font size="2">{text(_cut(_first_text(first), 200))}</font></td></tr>'
        if first.images
        else f'<tr><td colspan="2"><a href="chitiet.php?id={first.id}" class="tieude_trangchu"><b>{text(first.title)}</b></a> '
        f'<font size="1" color="#999999">({_day(first)})</font></td></tr>'
    )
    more = "".join(
        f'<tr><td colspan="2"><img src="anh/muiten_do.gif" width="7" height="7"> '
        f'<a href="chitiet.php?id={s.id}" class="lk_tin">{text(s.title)}</a> '
        f'<font size="1" color="#999999">({_day(s)})</font></td></tr>'
        for s in rest
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3" class="hop_tin">
<tr><td colspan="2">{_heading(loai)}</td></tr>
{lead}{more}
<tr><td colspan="2" align="right"><a href="tintuc.php?loai={loai}" class="xemtiep"><i>Xem tiếp &raquo;</i></a></td></tr>
</table>"""


def home_main() -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font color="#B40404" size="2" face="Arial"><b>CHÀO MỪNG QUÝ THẦY CÔ VÀ CÁC BẠN ĐẾN VỚI WEBSITE PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HẢI HẬU</b></font></td></tr>
<tr><td>{_box(1, 3)}</td></tr>
<tr><td>{_box(2, 2)}</td></tr>
<tr><td>{_box(3, 2)}</td></tr>
</table>"""


def contact_main() -> str:
    return """<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="dd_dan" height="22" bgcolor="#EEF4E2">&nbsp;<img src="anh/muiten.gif" width="7" height="7"> <a href="index.php" target="_top" class="lk_dd">Trang chủ</a> &raquo; Liên hệ</td></tr>
<tr><td><font size="2"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br>
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br>
Điện thoại: 0228.3877.215 - Fax: 0228.3877.216<br>Email: pgdhaihau@namdinh.edu.vn</font></td></tr>
<tr><td><form name="frmLH" method="post" action="lienhe.php" style="margin:0">
<table border="0" cellspacing="0" cellpadding="3">
<tr><td><font size="2">Họ và tên:</font></td><td><input name="hoten" type="text" size="40"></td></tr>
<tr><td><font size="2">Email:</font></td><td><input name="email" type="text" size="40"></td></tr>
<tr><td><font size="2">Tiêu đề:</font></td><td><input name="tieude" type="text" size="40"></td></tr>
<tr><td valign="top"><font size="2">Nội dung:</font></td><td><textarea name="noidung" cols="45" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="gui" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></td></tr>
</table></form></td></tr>
</table>"""


def message_main(message: str) -> str:
    return (
        '<table width="100%" border="0" cellpadding="20"><tr><td align="center"><font size="2">'
        f'{message}</font><br><br><a href="javascript:history.back()">&laquo; Quay lại</a></td></tr></table>'
    )


def search_main(keyword: str) -> str:
    if not keyword.strip():
        return message_main("Bạn chưa nhập từ khóa cần tìm!")
    found = [s for s in sorted(STORIES, key=lambda s: -s.id) if keyword.lower() in s.title.lower()]
    if not found:
        return message_main(f"Không tìm thấy tin nào có từ khóa <b>{esc(keyword)}</b>.")
    rows = "".join(
        f'<tr><td><img src="anh/muiten_do.gif" width="7" height="7"> <a href="chitiet.php?id={s.id}">'
        f'{text(s.title)}</a> <font size="1" color="#999999">({_day(s)})</font></td></tr>'
        for s in found
    )
    return (
        f'<table width="100%" border="0" cellpadding="4"><tr><td><b>Kết quả tìm kiếm cho: {esc(keyword)}</b> '
        f"({len(found)} tin)</td></tr>{rows}</table>"
    )


FRAMESET = """<html>
<head>
<title>::: PHONG GD&amp;DT HAI HAU - NAM DINH :::</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="phong giao duc hai hau, giao duc hai hau, pgd hai hau, nam dinh">
</head>

<frameset rows="0,*" frameborder="NO" border="0" framespacing="0">
  <frame src="nhac.php" name="nhacnen" scrolling="NO" noresize>
  <frame src="trangchu.php" name="noidung">
</frameset>
<noframes><body>
This page uses frames, but your browser doesn't support them.
</body></noframes>
</html>
"""

MUSIC = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body bgcolor="#DCE9C4">
<bgsound src="nhac/bai_ca_nguoi_giao_vien.mid" loop="-1">
<embed src="nhac/bai_ca_nguoi_giao_vien.mid" autostart="true" hidden="true" loop="true"></embed>
</body>
</html>
"""


# --- the server -----------------------------------------------------------------------------------

_A_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.I)
_FRAME_SRC = re.compile(r'(<frame\b[^>]*?\bsrc=")([^"]*)(")', re.I)
_FORM = re.compile(r"(<form\b[^>]*>)", re.I)
_SID_OK = re.compile(r"[a-z0-9]{26,40}")


def _relative(url: str) -> bool:
    return bool(url) and not url.startswith(("#", "/", "javascript:", "mailto:")) and "://" not in url


def trans_sid(page: str, sid: str) -> str:
    """What PHP's session.use_trans_sid does to a page for a client without the cookie."""

    def add(m: re.Match) -> str:
        url = m.group(2)
        if not _relative(url):
            return m.group(0)
        return f"{m.group(1)}{url}{'&' if '?' in url else '?'}PHPSESSID={sid}{m.group(3)}"

    page = _A_HREF.sub(add, page)
    page = _FRAME_SRC.sub(add, page)
    return _FORM.sub(lambda m: f'{m.group(1)}<input type="hidden" name="PHPSESSID" value="{sid}" />', page)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) < 7 else None


_STATIC_DIRS = ("/anh/", "/css/", "/js/", "/vanban/", "/nhac/")


def _static(path: str) -> Response | None:
    if path == "/favicon.ico":
        return static_file(path)
    if not path.startswith(_STATIC_DIRS):
        return None
    lower = path.lower()
    if lower.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if lower.endswith(".doc"):
        return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), {"Content-Type": "application/msword"})
    if lower.endswith(".mid"):
        return Response(200, b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00`MTrk\x00\x00\x00\x04\x00\xff/\x00", {"Content-Type": "audio/midi"})
    if lower.endswith(".swf"):
        return Response(200, b"FWS\x06" + bytes(20), {"Content-Type": "application/x-shockwave-flash"})
    return static_file(path)


class HaiHauSite:
    """The PHP scripts of the site, routed by file name as Apache would."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_DIRS) or path == "/favicon.ico":
            return _static(path)
        try:
            raw = parse_qs(request.query, keep_blank_values=True, strict_parsing=bool(request.query))
        except ValueError:
            return None
        if any(len(v) > 1 for v in raw.values()):
            return None
        params = {k: v[0] for k, v in raw.items()}
        sid_param = params.pop("PHPSESSID", None)
        built = self._route(request, path, params)
        if built is None:
            return None
        page, old = built
        cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
        headers = {
            "Server": "Apache/2.2.3 (CentOS)",
            "X-Powered-By": "PHP/5.2.17",
            "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
            "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
            "Pragma": "no-cache",
        }
        if "PHPSESSID=" not in cookie:
            sid = sid_param if sid_param and _SID_OK.fullmatch(sid_param) else SID
            page = trans_sid(page, sid)
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
        body = cp1258_bytes(page) if old else page.encode("utf-8")
        return html(body, charset=None, headers=headers)

    def _route(self, request: Request, path: str, params: dict[str, str]) -> tuple[str, bool] | None:
        keys = set(params)
        if path in ("/", "/index.php") and not keys:
            return FRAMESET, False
        if path == "/nhac.php" and not keys:
            return MUSIC, False
        if path == "/trangchu.php" and not keys:
            return _page(home_main()), False
        if path == "/tintuc.php" and keys <= {"loai", "trang"}:
            loai = _int(params.get("loai"))
            page = _int(params.get("trang", "1"))
            if loai not in CATS or page is None or not 1 <= page <= list_pages(loai):
                return None
            return _page(listing_main(loai, page)), False
        if path == "/chitiet.php" and keys <= {"id", "loai"} and "id" in keys:
            art_id = _int(params["id"])
            if "loai" in params and _int(params["loai"]) not in (0, *CATS):
                return None
            if art_id in DELETED:
                return _page(soft_404_main()), False
            story = BY_ID.get(art_id) or PAGES.get(art_id)  # type: ignore[arg-type]
            if story is None:
                return None
            if story.opts["tpl"] == "old":
                return _page(article_main_old(story)), True
            return _page(article_main_new(story)), False
        if path == "/in.php" and keys == {"id"}:
            story = BY_ID.get(_int(params["id"])) or PAGES.get(_int(params["id"]))  # type: ignore[arg-type]
            if story is None:
                return None
            return print_view(story, request), story.opts["tpl"] == "old"
        if path == "/lienhe.php" and not keys:
            if request.method == "POST":
                return _page(message_main("Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ trả lời sớm nhất!")), False
            return _page(contact_main()), False
        if path == "/timkiem.php" and keys <= {"tukhoa", "x", "y"}:
            return _page(search_main(params.get("tukhoa", ""))), False
        if path == "/binhchon.php" and keys <= {"xem"}:
            return (
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                "<title>Ket qua binh chon</title></head><body><font size=\"2\"><b>Kết quả bình chọn</b><br>"
                "Rất hữu ích: 61%<br>Hữu ích: 30%<br>Cần cải tiến thêm: 9%<br>Tổng số phiếu: 1.274</font>"
                '<br><a href="javascript:window.close()">Đóng</a></body></html>'
            ), False
        return None


def build_site() -> HaiHauSite:
    return HaiHauSite()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    n, loai = story.id, story.opts["loai"]
    return [
        f"/chitiet.php?id={n}&loai={loai}",
        f"/chitiet.php?id={n}&PHPSESSID={SID}",
        f"/chitiet.php?id={n}&loai={loai}&PHPSESSID={SID}",
        f"/in.php?id={n}",
    ]


GOLD = [
    gold_record(s, f"/chitiet.php?id={s.id}", s.cat, alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.id, reverse=True)
]

NON_ARTICLES = [
    "/chitiet.php?id=1",
    "/chitiet.php?id=2",
    "/chitiet.php?id=437",
    "/lienhe.php",
    "/tintuc.php?loai=5",
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", g["body"]) for g in GOLD)
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
