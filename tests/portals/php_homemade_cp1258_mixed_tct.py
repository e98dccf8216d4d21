"""Trường Chính trị tỉnh Ninh Thuận: a home-made PHP 5 site from about 2010, half windows-1258.

Platform
--------
The school's IT teacher wrote the site in 2010 (PHP 5 + MySQL, Dreamweaver tables, no framework)
and still keeps it running. Every page is one 980-pixel ``<table>``: banner (the school's name is
the page's only ``<h1>``), a horizontal menu with ``display:none`` drop-downs, a date strip, three
columns (left: "DANH MỤC" menu read from the MySQL table ``danhmuc``, "VĂN BẢN MỚI", the "Liên kết
website" ``<select>``, the visitor counter drawn with digit images; centre: a ``<marquee>`` of
announcements, then the page; right: "TIN ĐỌC NHIỀU", a poll form, banners) and a footer.
``<title>`` is the same on every page (the site's name).

Encodings. The old article table (ids 38-47, posted before the teacher's upgrade of mid-November
2026) is stored in windows-1258 the way Windows-1258 keyboards typed it: the five tone marks as
*combining* characters after their letter (``cp1258_bytes``). ``xemtin.php`` and ``intin.php``
serve those articles as windows-1258 bytes, with the charset only in
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`` (Apache sends a
bare ``text/html``). Everything else (home, listings, new articles 50-60, intro, contact,
documents) is UTF-8 (``header('Content-Type: text/html; charset=utf-8')`` + the same meta in
utf-8). Listings print the old titles through ``iconv('CP1258', 'UTF-8')``: UTF-8 text with
combining tone marks.

URL scheme
----------
- ``/index.php`` (START_PATH; ``/`` serves the same page): "TIN MỚI" (4 latest) and one box per
  category (3 latest of that category, links ``xemtin.php?id=N``).
- ``/tin.php?loai=<n>`` and ``/tin.php?loai=<n>&trang=<k>``: listings, 4 items a page, newest
  first, items linked as ``xemtin.php?id=N&loai=<n>``; the pager prints query-only relative links
  (``href="?loai=1&amp;trang=2"``), "Sau »" is ``javascript:chuyentrang(2)``.
  loai=1 "Tin hoạt động", loai=2 "Đào tạo - Bồi dưỡng", loai=3 "Nghiên cứu - Trao đổi".
- ``/xemtin.php?id=<n>`` (home, "Các tin đã đưa", "Tin đọc nhiều"), ``/xemtin.php?id=<n>&loai=<m>``
  (listings), ``/xemtin.php?loai=2&id=60`` (the marquee): one article each.
- ``/intin.php?id=<n>``: the print view, opened by ``window.open`` from the "In trang" link.
- ``/gioithieu.php``, ``/lienhe.php``, ``/vanban.php`` (document list), ``/vanban.php?id=<n>``.
- Images under ``/anhtin/…`` and ``/images/…``, documents under ``/upload/vanban/…pdf``.

Page templates
--------------
New article (UTF-8): breadcrumb ``<td class="duongdan">``, category bar ``<td class="tenmuc">``,
marquee, headline ``<span class="tieude_tin">`` (+ ``images/new.gif`` for a week), the line
"Đăng ngày: 03-12-2026 | 14:30 | Lượt xem: 245", a tool row (Cỡ chữ A+ A-, In trang, Gửi email),
an optional author line (research papers), the teaser in ``<div class="trichdan"><b>``, then the
FCKeditor text in ``<div id="noidung_tin">``; after it "In trang | Về đầu trang" and "Các tin đã
đưa:" (the 6 latest articles of the whole site, each with "(dd/mm/yyyy)").
Old article (windows-1258): headline in ``<font size="3"><b>``, "Ngày đăng: 21/10/2026 -
Người đăng: quantri - Lượt xem: 412", the article's one picture from its ``hinhanh`` field with
its ``chuthich`` line under it, the text printed by ``nl2br()`` (plain text, paragraphs as
``<br />\\r\\n<br />``), the ``tacgia`` field right-aligned in bold, "Cập nhật lần cuối:
23/10/2026 08:12:55", then the same "Các tin đã đưa" block.

How each gold article is reached
--------------------------------
- Home page: 60, 58, 57, 56 ("TIN MỚI"), 55, 52 (box loai=1), 53 (box loai=2), 50, 42 (box loai=3).
- tin.php?loai=1: 58, 55, 53, 52 | page 2: 44, 41 (only there).
- tin.php?loai=2: 60, 56, 53, 47 | page 2: 38 (only there).
- tin.php?loai=3: 57, 50, 42 (one page).

Traps
-----
1. Mixed encodings by article age: ids 38-47 are windows-1258 bytes with combining tone marks,
   charset only in the meta (HTTP says bare ``text/html``); the rest is UTF-8, and listings print
   the old titles as UTF-8 with combining marks; 55's text was pasted from an old page through
   iconv, so it is UTF-8 with combining tone marks too. Gold: every field NFC, as a reader reads it.
2. Numeric references inside windows-1258 text: one paragraph of 47, 42 and 41 was typed with a
   Unicode (precomposed) keyboard into the windows-1258 form, so the browser sent every letter
   the code page lacks as ``&#7871;`` while à, ơ, ư … stayed single bytes; one paragraph mixes
   three spellings of Vietnamese. Gold: plain NFC text.
3. No headline element: ``<title>`` is the site's name on every page, the only ``<h1>`` is the
   school's name in the banner, and an upper-case category bar ("TIN HOẠT ĐỘNG") sits above the
   headline; the headline is a ``<span class="tieude_tin">`` (new) or ``<font><b>`` (old).
   Gold title: the headline.
4. The category bar follows the URL, not the article: ``xemtin.php?id=53&loai=1`` (from the
   "Tin hoạt động" listing, where the article is also shown) prints "TIN HOẠT ĐỘNG" in the bar,
   while the breadcrumb, read from the database, says "Đào tạo - Bồi dưỡng". Gold category: the
   breadcrumb's ("Đào tạo - Bồi dưỡng"); one record for the article under both listings.
5. One article, five URLs: ``xemtin.php?id=N``, ``…&loai=M`` (one per listing it is shown in),
   the marquee's ``xemtin.php?loai=2&id=60`` (parameters swapped) and ``intin.php?id=N`` (only in
   a ``window.open`` call). Gold: one record with ``path`` ``/xemtin.php?id=N``, the rest in
   ``alt_paths`` (for 44, 41, 38 the ``&loai=M`` link is the path: it is the only one printed).
6. nl2br text: old articles have no ``<p>``: the text is plain lines joined by
   ``<br />\\r\\n<br />\\r\\n``, the source line "(Nguồn: Tạp chí Mặt trận)" one of them. Gold: every
   non-empty line is a paragraph, except the source line (source "Tạp chí Mặt trận").
7. Two dates on old pages: "Ngày đăng: 21/10/2026" (a day, the ``ngaydang`` DATE column) and
   under the text "Cập nhật lần cuối: 23/10/2026 08:12:55" (a timestamp); plus "Các tin đã đưa"
   with other articles' dates "(27/11/2026)" inside the same cell. Gold: the posting day alone
   ("2026-10-21"), never the update time nor a listed date.
8. "Các tin đã đưa" and the "In trang | Về đầu trang" row sit inside the text's own ``<td>``,
   after the text, with no distinctive container; the marquee of announcements (with a link to an
   article) sits inside the centre column right above the headline. Gold: none of it is body.
9. Pagination only the pager reaches: the "Các tin đã đưa" block is the 6 latest of the whole
   site, "Tin đọc nhiều" lists page-1 articles, so 44, 41 and 38 are reachable only from
   ``?loai=1&trang=2`` / ``?loai=2&trang=2`` written as query-only relative links; "Sau »" is
   JavaScript.
10. Pictures that are not the article's: ``images/new.gif`` after a fresh headline,
    ``images/print.gif`` in the tools, the attachment icon ``images/icon_pdf.gif``, the counter's
    digit images and bullets. Gold images: only the photos in the text (``anhtin/…``).
11. Caption lines as the editor made them: a two-row table (``<td class="ghichu_anh">(…)</td>``,
    parentheses taken off), a centred ``<em>`` paragraph after the picture (not body), an
    ``alt`` with no printed line (caption None: alt is not printed), "Ảnh: Thu Hà" (caption None,
    photographer), an old ``chuthich`` line.
12. An official notice (60) printed with the Party letterhead ("TỈNH ỦY NINH THUẬN / TRƯỜNG CHÍNH
    TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 215-TB/TCT", "Ninh Thuận, ngày 30 tháng 11 năm 2026"),
    posted "04-12-2026 | 07:45". Gold date "2026-11-30", signer "Nguyễn Thành Nam" the author,
    letterhead/subject/"Nơi nhận"/signature and the attachment line not body.

Gold decisions on ambiguous points
----------------------------------
- Old pages print only a day: ``published_at`` is the day ("2026-10-21"); "00:00" on 56 is a day.
- "Người đăng: quantri" is a CMS account: nobody. The ``tacgia`` field (old) and the right-aligned
  line (new) are the byline; "Thu Hà (Khoa Lý luận cơ sở)" -> "Thu Hà"; the research papers'
  "ThS. Phan Văn Hòa / Phó Trưởng khoa …" line above the text -> "Phan Văn Hòa"; a unit signing
  alone ("Phòng Quản lý đào tạo", "Văn phòng Đảng ủy") is the author as printed.
- The bold ``trichdan`` teaser of new articles is the sapo (summary, first body paragraph); 50's
  bold first paragraph inside the text is its sapo; old articles and the notice have none.
- 57's footnote calls "[1]" stay in their sentences; the notes under the rule are body.
- Headings ("1. Đối tượng tuyển sinh"), list items and table rows (cells joined by " | ") are body.
- ``path`` is ``/xemtin.php?id=N`` where the site links it so; for 44, 41 and 38, linked only from
  page 2 of their listing, it is that link (``/xemtin.php?id=44&loai=1`` …); the print view and the
  other variants are ``alt_paths``; no page prints a canonical link.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
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

NAME = "php_homemade_cp1258_mixed_tct"
PLATFORM = "Home-made PHP 5 site (2010), table layout, old articles windows-1258 / new UTF-8"
START_PATH = "/index.php"

SITE_TITLE = "..:: Trường Chính trị tỉnh Ninh Thuận ::.."
HEADER_DAY = "Thứ Bảy, 05/12/2026"
CATS = {1: "Tin hoạt động", 2: "Đào tạo - Bồi dưỡng", 3: "Nghiên cứu - Trao đổi"}
PER_PAGE = 4
OLD_MAX_ID = 47  # articles up to this id live in the old windows-1258 table

# --- the articles ------------------------------------------------------------------------------

_LETTERHEAD = (
    '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
    '<tr><td width="45%" align="center" valign="top">TỈNH ỦY NINH THUẬN<br />\n'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*</td>\n"
    '<td width="55%" align="center" valign="top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td></tr>\n'
    '<tr><td align="center">Số 215-TB/TCT</td>\n'
    '<td align="right"><em>Ninh Thuận, ngày 30 tháng 11 năm 2026</em></td></tr>\n'
    "</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị – hành chính<br />\n"
    "hệ không tập trung năm 2027</strong></p>\n"
)
_NOI_NHAN = (
    '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
    '<tr><td width="50%" valign="top"><em><strong>Nơi nhận:</strong></em><br />\n'
    "- Ban Tổ chức Tỉnh ủy;<br />\n- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br />\n"
    "- Lưu VT, PQLĐT.</td>\n"
    '<td width="50%" align="center" valign="top"><strong>T/M BAN GIÁM HIỆU<br />\nHIỆU TRƯỞNG</strong>'
    "<br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Nguyễn Thành Nam</strong></td></tr>\n"
    "</table>\n"
    '<p><img src="images/icon_pdf.gif" width="16" height="16" border="0" align="absmiddle" /> '
    '<strong>File đính kèm:</strong> <a href="upload/vanban/tb215_tuyensinh_2027.pdf" target="_blank">'
    "Thông báo và mẫu hồ sơ dự tuyển (tb215_tuyensinh_2027.pdf)</a></p>\n"
)


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    Story(
        60,
        "thong-bao-tuyen-sinh-tc-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung năm 2027",
        CATS[2],
        "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 142-KH/TU ngày 15/9/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi "
                "dưỡng cán bộ năm 2027, Trường Chính trị tỉnh Ninh Thuận thông báo tuyển sinh lớp Trung "
                "cấp lý luận chính trị – hành chính hệ không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "h"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt trận Tổ "
                "quốc và các đoàn thể chính trị – xã hội từ tỉnh đến cơ sở; cán bộ chủ chốt các xã, "
                "phường, thị trấn trong quy hoạch."
            ),
            P("2. Tiêu chuẩn", "h"),
            P(
                "- Có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 45 đối với nam và "
                "không quá 40 đối với nữ tính đến ngày nộp hồ sơ."
            ),
            P("- Được cơ quan, đơn vị có thẩm quyền cử đi học theo quy định phân cấp quản lý cán bộ."),
            P("3. Hồ sơ và thời gian nhận hồ sơ", "h"),
            P(
                "Hồ sơ gồm: quyết định cử đi học, sơ yếu lý lịch có xác nhận của cơ quan, bản sao văn "
                "bằng chuyên môn và giấy khám sức khỏe. Thời gian nhận hồ sơ từ ngày 07/12/2026 đến hết "
                "ngày 25/12/2026 tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh (điện thoại: "
                "0259.3822.541)."
            ),
            P(
                "Dự kiến khai giảng vào tháng 01/2027. Đề nghị các cơ quan, đơn vị, địa phương quan tâm, "
                "tạo điều kiện cho cán bộ tham gia học tập đúng đối tượng, đủ số lượng./."
            ),
            Raw(_NOI_NHAN),
        ],
        authors=["Nguyễn Thành Nam"],
        opts={"loai": 2, "posted": ("04-12-2026", "07:45"), "sort": "2026-12-04 07:45"},
    ),
    Story(
        58,
        "hoi-thi-giang-vien-day-gioi-2026",
        "Sôi nổi Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        CATS[1],
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Phát biểu khai mạc Hội thi, đồng chí Nguyễn Thành Nam, Hiệu trưởng Nhà trường nhấn mạnh: "
                "Hội thi là dịp để mỗi giảng viên tự đánh giá lại năng lực sư phạm, đổi mới phương pháp "
                "giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên; đồng thời là cơ sở "
                "để Nhà trường lựa chọn giảng viên tham dự Hội thi cấp tỉnh trong năm 2027."
            ),
            Img(
                "anhtin/2026/12/hoithi_gvdg_01.jpg",
                "(Đồng chí Nguyễn Thành Nam, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thi)",
                "Đồng chí Nguyễn Thành Nam, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thi",
                "table",
            ),
            P(
                "Mỗi thí sinh trình bày một bài giảng 45 phút thuộc chương trình Trung cấp lý luận chính "
                "trị – hành chính, kết hợp sử dụng giáo án điện tử. Ban Giám khảo gồm các đồng chí trong "
                "Ban Giám hiệu, trưởng các khoa và đại diện Ban Tuyên giáo Tỉnh ủy."
            ),
            P(
                "Nhiều bài giảng được đầu tư công phu, gắn lý luận với thực tiễn địa phương như: phát "
                "triển kinh tế biển, năng lượng tái tạo, xây dựng nông thôn mới ở vùng đồng bào dân tộc "
                "thiểu số của tỉnh."
            ),
            Img(
                "anhtin/2026/12/hoithi_gvdg_02.jpg",
                "(Giảng viên Khoa Dân vận trình bày bài giảng dự thi)",
                "Giảng viên Khoa Dân vận trình bày bài giảng dự thi",
                "table",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích. "
                "Giải Nhất thuộc về giảng viên Trần Thị Kim Oanh, Khoa Nhà nước và pháp luật với bài "
                "giảng “Quản lý nhà nước về tài nguyên, môi trường”."
            ),
            _right("Tin, ảnh: Minh Trí"),
        ],
        authors=["Minh Trí"],
        photographers=["Minh Trí"],
        summary=(
            "Từ ngày 01 đến ngày 03/12/2026, Trường Chính trị tỉnh Ninh Thuận tổ chức Hội thi giảng "
            "viên dạy giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        opts={"loai": 1, "posted": ("03-12-2026", "14:30"), "sort": "2026-12-03 14:30", "new": True},
    ),
    Story(
        57,
        "tu-tuong-ho-chi-minh-ve-can-bo",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở tỉnh "
        "Ninh Thuận hiện nay",
        CATS[3],
        "2026-11-27T10:20:00+07:00",
        [
            P("1. Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ", "h"),
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là “gốc của mọi công việc”[1], “muôn việc thành "
                "công hoặc thất bại đều do cán bộ tốt hoặc kém”[2]. Theo Người, muốn có cán bộ tốt thì "
                "phải chú trọng huấn luyện cán bộ, vì “huấn luyện cán bộ là công việc gốc của Đảng”."
            ),
            P(
                "Người yêu cầu việc huấn luyện phải thiết thực, “học đi đôi với hành”, tránh lối học lý "
                "luận suông, xa rời thực tế; nội dung huấn luyện phải căn cứ vào nhu cầu của công việc "
                "và trình độ của người học."
            ),
            P("2. Thực trạng đội ngũ cán bộ cơ sở ở Ninh Thuận", "h"),
            P(
                "Toàn tỉnh hiện có 65 xã, phường, thị trấn với hơn 1.500 cán bộ, công chức cấp xã. Những "
                "năm qua, Trường Chính trị tỉnh đã phối hợp với các huyện, thành phố mở nhiều lớp trung "
                "cấp lý luận chính trị – hành chính, bồi dưỡng kiến thức quản lý nhà nước cho cán bộ cơ "
                "sở, góp phần chuẩn hóa đội ngũ theo quy định."
            ),
            P(
                "Tuy vậy, một bộ phận cán bộ cơ sở, nhất là ở các xã miền núi có đông đồng bào Chăm, "
                "Raglai sinh sống, còn hạn chế về kỹ năng xử lý tình huống, kỹ năng vận động quần chúng; "
                "việc vận dụng kiến thức sau đào tạo vào thực tiễn chưa thật hiệu quả."
            ),
            P("3. Một số giải pháp", "h"),
            P(
                "Thứ nhất, đổi mới nội dung chương trình theo hướng tăng thời lượng thực hành, tình "
                "huống; biên soạn tài liệu bổ trợ gắn với đặc điểm kinh tế – xã hội, văn hóa của từng "
                "vùng trong tỉnh."
            ),
            P(
                "Thứ hai, nâng cao chất lượng đội ngũ giảng viên, thực hiện nghiêm chế độ đi thực tế cơ "
                "sở, để mỗi bài giảng đều có “hơi thở” của cuộc sống."
            ),
            P(
                "Thứ ba, tăng cường phối hợp giữa Nhà trường với cấp ủy các địa phương trong việc đánh "
                "giá cán bộ sau đào tạo, coi đó là căn cứ để điều chỉnh chương trình, phương pháp giảng dạy."
            ),
            Raw('<br clear="all" />\n<hr align="left" size="1" width="33%" />\n'),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.", "note"),
            P("[2] Sđd, t.5, tr.280.", "note"),
        ],
        authors=["Phan Văn Hòa"],
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các trường "
            "chính trị tỉnh đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán bộ cơ sở đáp ứng "
            "yêu cầu nhiệm vụ trong giai đoạn mới."
        ),
        sapo_outside=True,
        opts={
            "loai": 3,
            "posted": ("27-11-2026", "10:20"),
            "sort": "2026-11-27 10:20",
            "byline_top": ("ThS. Phan Văn Hòa", "Phó Trưởng khoa Xây dựng Đảng"),
        },
    ),
    Story(
        56,
        "khai-giang-qpan-doi-tuong-4",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        CATS[2],
        "2026-11-26",
        [
            P(
                "Sáng ngày 26/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
                "khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            Img(
                "anhtin/2026/11/khaigiang_qpan_dt4.jpg",
                "Quang cảnh lễ khai giảng lớp học",
                "Quang cảnh lễ khai giảng lớp học",
                "p",
            ),
            P(
                "Tham gia lớp học có 112 học viên là bí thư chi bộ, trưởng thôn, khu phố, trưởng ban công "
                "tác Mặt trận và người hoạt động không chuyên trách ở cơ sở thuộc thành phố Phan Rang – "
                "Tháp Chàm và huyện Ninh Hải."
            ),
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề: quan điểm của Đảng về "
                "chiến lược bảo vệ Tổ quốc trong tình hình mới; xây dựng nền quốc phòng toàn dân, thế "
                "trận an ninh nhân dân; công tác dân vận, tôn giáo, dân tộc trong bảo đảm quốc phòng, an "
                "ninh ở cơ sở; phòng, chống “diễn biến hòa bình”, bạo loạn lật đổ."
            ),
            P("Lịch học cụ thể như sau:"),
            P("Nội dung | Thời gian | Địa điểm", "tr"),
            P("Khai giảng, học chuyên đề 1 – 2 | 26/11/2026 | Hội trường A", "tr"),
            P("Học chuyên đề 3 – 5 | 27 – 29/11/2026 | Hội trường A", "tr"),
            P("Kiểm tra, bế giảng | 30/11/2026 | Hội trường A", "tr"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên chấp hành "
                "nghiêm nội quy lớp học, tích cực trao đổi, thảo luận, liên hệ với thực tiễn địa phương "
                "để vận dụng hiệu quả vào công tác."
            ),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"loai": 2, "posted": ("26-11-2026", "00:00"), "sort": "2026-11-26 00:00"},
    ),
    Story(
        55,
        "chi-bo-khoa-llcs-sinh-hoat-chuyen-de",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề “Nêu cao tinh thần tự học, tự rèn luyện của "
        "người giảng viên”",
        CATS[1],
        "2026-11-24T09:15:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch của Đảng ủy Trường về sinh hoạt chuyên đề năm 2026, chiều ngày 23/11, "
                "Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nêu cao tinh "
                "thần tự học, tự rèn luyện của người giảng viên”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ trình bày báo cáo đề dẫn, làm rõ những yêu cầu "
                "đặt ra đối với giảng viên trường chính trị trong bối cảnh chuyển đổi số và đổi mới chương "
                "trình đào tạo; đồng thời chỉ ra một số hạn chế như: việc tự nghiên cứu, cập nhật kiến "
                "thức mới ở một số đồng chí chưa thường xuyên, ứng dụng công nghệ thông tin trong giảng "
                "dạy còn lúng túng."
            ),
            Img("anhtin/2026/11/chibo_llcs_q4.jpg", "Ảnh: Thu Hà", None, "credit"),
            P(
                "Các đảng viên trong chi bộ thảo luận sôi nổi, thẳng thắn; nhiều ý kiến đề xuất giải pháp "
                "thiết thực như: mỗi giảng viên đăng ký ít nhất một chuyên đề nghiên cứu mỗi năm; tổ chức "
                "dự giờ, rút kinh nghiệm định kỳ; thành lập nhóm hỗ trợ nhau khai thác học liệu số."
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất ban hành Nghị quyết chuyên đề và giao cho từng "
                "đảng viên xây dựng kế hoạch tự học, tự rèn luyện cụ thể, gắn với đánh giá, xếp loại đảng "
                "viên cuối năm."
            ),
            _right("Thu Hà (Khoa Lý luận cơ sở)"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={"loai": 1, "posted": ("24-11-2026", "09:15"), "sort": "2026-11-24 09:15", "nfd": True},
    ),
    Story(
        53,
        "be-giang-tc-llct-hc-k2025",
        "Bế giảng lớp Trung cấp lý luận chính trị – hành chính khóa 2025 – 2026 hệ tập trung",
        CATS[2],
        "2026-11-21T09:40:00+07:00",
        [
            P(
                "Sau hơn 8 tháng học tập, học viên đã hoàn thành chương trình gồm 5 phần học với 17 môn "
                "học, đi nghiên cứu thực tế tại huyện Thuận Nam và viết khóa luận tốt nghiệp. Kết quả: "
                "12 học viên tốt nghiệp loại giỏi (chiếm 13,9%), 68 học viên loại khá (79,1%), 6 học "
                "viên loại trung bình."
            ),
            Img(
                "anhtin/2026/11/begiang_tc_k25.jpg",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "p",
            ),
            P("Tại buổi lễ, Nhà trường đã khen thưởng:"),
            P("Thủ khoa: học viên Katơr Thị Hoa, Phó Chủ tịch UBND xã Phước Hà, huyện Thuận Nam;", "li"),
            P("12 học viên có thành tích học tập xuất sắc, tích cực tham gia các phong trào của lớp;", "li"),
            P("Ban Cán sự lớp và Ban Chấp hành Chi đoàn hoàn thành tốt nhiệm vụ.", "li"),
            P(
                "Phát biểu bế giảng, đồng chí Hiệu trưởng mong muốn các học viên tiếp tục tự học, vận dụng "
                "sáng tạo những kiến thức đã được trang bị vào thực tiễn công tác tại cơ quan, địa phương."
            ),
            _right("Tin: Ngọc Ánh - Ảnh: Văn Quý"),
        ],
        authors=["Ngọc Ánh"],
        photographers=["Văn Quý"],
        summary=(
            "Ngày 20/11/2026, Trường Chính trị tỉnh Ninh Thuận tổ chức lễ bế giảng và trao bằng tốt "
            "nghiệp cho 86 học viên lớp Trung cấp lý luận chính trị – hành chính khóa 2025 – 2026 hệ "
            "tập trung."
        ),
        sapo_outside=True,
        opts={"loai": 2, "also": [1], "posted": ("21-11-2026", "09:40"), "sort": "2026-11-21 09:40"},
    ),
    Story(
        52,
        "hop-mat-20-11-2026",
        "Trường Chính trị tỉnh họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        CATS[1],
        "2026-11-19T16:00:00+07:00",
        [
            P(
                "Chiều ngày 19/11/2026, Trường Chính trị tỉnh Ninh Thuận tổ chức họp mặt kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục "
                "và Đào tạo cùng các thế hệ cán bộ, giảng viên đã nghỉ hưu của Nhà trường."
            ),
            P(
                "Buổi họp mặt điểm lại những kết quả nổi bật của Nhà trường trong năm 2026: mở 24 lớp đào "
                "tạo, bồi dưỡng với trên 2.300 lượt học viên; 2 đề tài khoa học cấp tỉnh được nghiệm thu "
                "đạt loại khá; 100% giảng viên hoàn thành chế độ đi thực tế theo quy định."
            ),
            Img(
                "anhtin/2026/11/hopmat_2011_a.jpg",
                "(Các thế hệ nhà giáo của Trường chụp ảnh lưu niệm)",
                "Các thế hệ nhà giáo của Trường chụp ảnh lưu niệm",
                "table",
            ),
            P(
                "Nhân dịp này, Nhà trường trao Giấy khen cho 9 tập thể và 21 cá nhân có thành tích xuất "
                "sắc trong phong trào thi đua “Dạy tốt – Học tốt – Phục vụ tốt”; Công đoàn Trường tặng "
                "quà các nhà giáo lão thành."
            ),
            Img("anhtin/2026/11/hopmat_2011_b.jpg", None, None, "alt"),
            P(
                "Buổi họp mặt diễn ra trong không khí ấm cúng với nhiều tiết mục văn nghệ đặc sắc do cán "
                "bộ, giảng viên và học viên các lớp biểu diễn."
            ),
            _right("Hoàng Long"),
        ],
        authors=["Hoàng Long"],
        opts={
            "loai": 1,
            "posted": ("19-11-2026", "16:00"),
            "sort": "2026-11-19 16:00",
            "alt": {"anhtin/2026/11/hopmat_2011_b.jpg": "Tiết mục văn nghệ chào mừng"},
        },
    ),
    Story(
        50,
        "giai-phap-nghien-cuu-thuc-te",
        "Một số giải pháp nâng cao chất lượng đi nghiên cứu thực tế của học viên hệ trung cấp lý luận "
        "chính trị – hành chính",
        CATS[3],
        "2026-11-16T15:05:00+07:00",
        [
            P(
                "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo Trung cấp lý luận "
                "chính trị – hành chính, giúp học viên gắn kiến thức lý luận với thực tiễn địa phương. Qua "
                "khảo sát các khóa học gần đây, bài viết đề xuất một số giải pháp nâng cao chất lượng "
                "hoạt động này.",
                "b",
            ),
            P(
                "Theo quy định, học viên đi nghiên cứu thực tế trong thời gian 1 tuần tại một địa phương, "
                "cơ quan, đơn vị và viết báo cáo thu hoạch. Qua tổng hợp ý kiến của 245 học viên ba khóa "
                "gần nhất, kết quả tự đánh giá như sau:"
            ),
            P("Nội dung đánh giá | Tốt | Khá | Chưa đạt", "tr"),
            P("Kế hoạch, nội dung nghiên cứu | 62% | 31% | 7%", "tr"),
            P("Phối hợp của địa phương tiếp nhận | 55% | 36% | 9%", "tr"),
            P("Chất lượng báo cáo thu hoạch | 41% | 47% | 12%", "tr"),
            P(
                "Số liệu cho thấy chất lượng báo cáo thu hoạch còn thấp so với các nội dung khác; nhiều "
                "báo cáo mang tính liệt kê, chưa phân tích được nguyên nhân của những hạn chế ở cơ sở."
            ),
            P(
                "Từ thực tế trên, tác giả đề xuất: một là, xây dựng bộ câu hỏi định hướng nghiên cứu cho "
                "từng chuyên đề trước khi học viên xuống cơ sở; hai là, phân công giảng viên hướng dẫn "
                "theo nhóm, có lịch làm việc cụ thể; ba là, đổi mới cách đánh giá báo cáo thu hoạch, chú "
                "trọng đề xuất giải pháp khả thi."
            ),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng đào tạo, đáp ứng yêu "
                "cầu chuẩn hóa đội ngũ cán bộ cơ sở của tỉnh."
            ),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        summary=(
            "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo Trung cấp lý luận chính "
            "trị – hành chính, giúp học viên gắn kiến thức lý luận với thực tiễn địa phương. Qua khảo sát "
            "các khóa học gần đây, bài viết đề xuất một số giải pháp nâng cao chất lượng hoạt động này."
        ),
        opts={
            "loai": 3,
            "posted": ("16-11-2026", "15:05"),
            "sort": "2026-11-16 15:05",
            "byline_top": ("CN. Lê Thị Mỹ Duyên", "Giảng viên Khoa Nhà nước và pháp luật"),
        },
    ),
    # --- the old windows-1258 table ---
    Story(
        47,
        "khai-giang-tc-ninh-phuoc",
        "Khai giảng lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung tại huyện Ninh Phước",
        CATS[2],
        "2026-11-05",
        [
            Img(
                "anhtin/tin47.jpg",
                "Đồng chí Phó Bí thư Thường trực Huyện ủy Ninh Phước phát biểu tại lễ khai giảng",
                "Đồng chí Phó Bí thư Thường trực Huyện ủy Ninh Phước phát biểu tại lễ khai giảng",
            ),
            P(
                "Ngày 04/11/2026, tại Trung tâm Chính trị huyện Ninh Phước, Trường Chính trị tỉnh phối hợp "
                "với Huyện ủy Ninh Phước khai giảng lớp Trung cấp lý luận chính trị – hành chính hệ không "
                "tập trung khóa 2026 – 2028."
            ),
            P(
                "Lớp học có 74 học viên là cán bộ, công chức các cơ quan huyện và cán bộ chủ chốt các xã, "
                "thị trấn, trong đó có 21 học viên là người dân tộc Chăm, Raglai. Học viên sẽ học tập "
                "trong thời gian 18 tháng, mỗi tháng học 10 ngày theo kế hoạch.",
                "ncr",
            ),
            P(
                "Phát biểu tại lễ khai giảng, lãnh đạo Huyện ủy đề nghị các học viên sắp xếp công việc hợp "
                "lý, chấp hành nghiêm quy chế học tập, phát huy tinh thần tự học để hoàn thành tốt khóa học."
            ),
            P(
                "Đại diện Ban Giám hiệu Nhà trường cam kết bố trí đội ngũ giảng viên có kinh nghiệm, "
                "thường xuyên đổi mới phương pháp giảng dạy, tăng cường liên hệ thực tiễn của huyện Ninh "
                "Phước trong từng bài giảng."
            ),
        ],
        authors=["Văn Quý"],
        opts={"loai": 2, "day": "05/11/2026", "edited": "07/11/2026 16:22:10", "tacgia": "Văn Quý"},
    ),
    Story(
        44,
        "hoi-thao-20-10-2026",
        "Công đoàn Trường tổ chức Hội thao chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        CATS[1],
        "2026-10-21",
        [
            Img("anhtin/tin44.jpg", "Ảnh: Văn Quý", None),
            P(
                "Nhằm chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
                "20/10/2026), trong hai ngày 19 và 20/10, Công đoàn Trường Chính trị tỉnh tổ chức Hội thao "
                "dành cho cán bộ, giảng viên, nhân viên Nhà trường."
            ),
            P(
                "Hội thao gồm các môn: kéo co, cầu lông, bóng bàn và trò chơi dân gian “nhảy bao bố”, thu "
                "hút gần 60 đoàn viên công đoàn tham gia. Các trận đấu diễn ra sôi nổi, đoàn kết, đúng "
                "tinh thần “Vui – Khỏe – An toàn”."
            ),
            P(
                "Kết quả, Ban Tổ chức trao giải Nhất toàn đoàn cho Công đoàn bộ phận Phòng Tổ chức – Hành "
                "chính; giải Nhì cho Công đoàn bộ phận Khoa Xây dựng Đảng; giải Ba cho Công đoàn bộ phận "
                "Khoa Lý luận cơ sở."
            ),
            P(
                "Dịp này, Ban Nữ công tổ chức gặp mặt, tặng hoa chúc mừng các chị em nữ cán bộ, giảng "
                "viên, nhân viên của Trường."
            ),
        ],
        authors=["Hồng Nhung"],
        photographers=["Văn Quý"],
        opts={"loai": 1, "day": "21/10/2026", "edited": "23/10/2026 08:12:55", "tacgia": "Hồng Nhung"},
    ),
    Story(
        42,
        "vai-tro-nguoi-co-uy-tin",
        "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số ở Ninh Thuận",
        CATS[3],
        "2026-10-15",
        [
            P(
                "Ninh Thuận là địa bàn cư trú của 34 dân tộc, trong đó đồng bào Chăm và Raglai chiếm "
                "khoảng 22% dân số toàn tỉnh. Người có uy tín trong đồng bào dân tộc thiểu số là những "
                "người am hiểu phong tục, tập quán, được cộng đồng tin yêu, kính trọng."
            ),
            P(
                "Thời gian qua, đội ngũ 286 người có uy tín trên địa bàn tỉnh đã tích cực tham gia tuyên "
                "truyền, vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà "
                "nước; hòa giải mâu thuẫn trong cộng đồng; vận động con em đến trường, xóa bỏ hủ tục lạc hậu.",
                "ncr",
            ),
            P(
                "Tuy nhiên, một số người có uy tín tuổi cao, trình độ học vấn hạn chế, khả năng tiếp cận "
                "thông tin còn khó khăn; chế độ, chính sách đối với người có uy tín ở một số nơi chưa được "
                "thực hiện kịp thời."
            ),
            P(
                "Để tiếp tục phát huy vai trò của lực lượng này, cần quan tâm bồi dưỡng kiến thức, kỹ năng "
                "cho người có uy tín; định kỳ cung cấp thông tin, tài liệu phù hợp bằng tiếng dân tộc; "
                "kịp thời biểu dương, khen thưởng những tấm gương tiêu biểu."
            ),
            P(
                "Đồng thời, các cấp ủy, chính quyền cần thường xuyên gặp gỡ, đối thoại, lắng nghe ý kiến "
                "của người có uy tín, coi đây là kênh thông tin quan trọng để nắm bắt tâm tư, nguyện vọng "
                "của đồng bào."
            ),
            Raw("(Nguồn: Tạp chí Mặt trận)"),
        ],
        authors=["Đặng Văn Lợi"],
        source="Tạp chí Mặt trận",
        opts={
            "loai": 3,
            "day": "15/10/2026",
            "edited": "20/10/2026 10:05:31",
            "tacgia": "TS. Đặng Văn Lợi - Trưởng khoa Dân vận",
        },
    ),
    Story(
        41,
        "dang-bo-quan-triet-nghi-quyet",
        "ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ TỈNH QUÁN TRIỆT, TRIỂN KHAI CÁC NGHỊ QUYẾT, CHỈ THỊ MỚI CỦA ĐẢNG",
        CATS[1],
        "2026-10-08",
        [
            P(
                "Ngày 07/10/2026, Đảng ủy Trường Chính trị tỉnh Ninh Thuận tổ chức hội nghị quán triệt, "
                "triển khai các nghị quyết, chỉ thị mới của Trung ương và của Tỉnh ủy cho toàn thể cán bộ, "
                "đảng viên của Đảng bộ.",
                "ncr",
            ),
            P(
                "Tại hội nghị, các đại biểu được nghe báo cáo viên của Ban Tuyên giáo Tỉnh ủy truyền đạt "
                "những nội dung cơ bản, những điểm mới của các văn bản; đồng thời liên hệ với nhiệm vụ "
                "chính trị của Nhà trường trong công tác đào tạo, bồi dưỡng cán bộ."
            ),
            P(
                "Kết luận hội nghị, đồng chí Bí thư Đảng ủy Trường yêu cầu các chi bộ xây dựng chương "
                "trình hành động cụ thể; mỗi giảng viên kịp thời cập nhật nội dung các nghị quyết vào bài "
                "giảng, bảo đảm đưa nghị quyết vào cuộc sống."
            ),
        ],
        authors=["Văn phòng Đảng ủy"],
        opts={"loai": 1, "day": "08/10/2026", "edited": "09/10/2026 07:31:44", "tacgia": "Văn phòng Đảng ủy"},
    ),
    Story(
        38,
        "thi-tot-nghiep-tc-tp-prtc",
        "Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị – hành chính khóa 2025 – 2026 tại Thành "
        "ủy Phan Rang – Tháp Chàm",
        CATS[2],
        "2026-10-02",
        [
            P(
                "Từ ngày 29/9 đến ngày 01/10/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 65 học "
                "viên lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung khóa 2025 – 2026 mở "
                "tại Thành ủy Phan Rang – Tháp Chàm."
            ),
            P(
                "Học viên dự thi theo hình thức thi viết với hai phần: phần lý luận chính trị tổng hợp và "
                "phần vận dụng giải quyết tình huống thực tiễn ở cơ sở; thời gian làm bài mỗi phần 180 phút."
            ),
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế; không có trường hợp học viên vi phạm. Kết "
                "quả thi sẽ được Nhà trường công bố trước ngày 15/10/2026."
            ),
            P(
                "Đây là lớp thứ ba Nhà trường phối hợp mở tại Thành ủy Phan Rang – Tháp Chàm, góp phần "
                "chuẩn hóa trình độ lý luận chính trị cho đội ngũ cán bộ của thành phố."
            ),
        ],
        opts={"loai": 2, "day": "02/10/2026", "edited": "05/10/2026 14:40:02", "tacgia": ""},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _is_old(story: Story) -> bool:
    return story.id <= OLD_MAX_ID


def _sort_key(story: Story) -> str:
    if "sort" in story.opts:
        return story.opts["sort"]
    d, m, y = story.opts["day"].split("/")
    return f"{y}-{m}-{d} 00:00"


def _day(story: Story) -> str:
    """The dd/mm/yyyy the listings and "Các tin đã đưa" print."""
    if "day" in story.opts:
        return story.opts["day"]
    return story.opts["posted"][0].replace("-", "/")


def _listing(loai: int) -> list[Story]:
    items = [s for s in STORIES if s.opts["loai"] == loai or loai in s.opts.get("also", ())]
    return sorted(items, key=_sort_key, reverse=True)


def _own(loai: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["loai"] == loai), key=_sort_key, reverse=True)


LATEST = sorted(STORIES, key=_sort_key, reverse=True)
#: "Các tin đã đưa": the include reads the new table only (ORDER BY ngaydang DESC LIMIT 7)
DA_DUA = [s for s in LATEST if not _is_old(s)][:7]
DOC_NHIEU = [58, 52, 57, 47, 50]


def _iconv(value: str) -> str:
    """An old title as the listings print it: iconv('CP1258','UTF-8'), tone marks combining."""
    return cp1258_bytes(value).decode("cp1258")


# --- documents ------------------------------------------------------------------------------

DOCS = {
    17: (
        "98-KH/TCT",
        "20/11/2026",
        "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        "Nguyễn Thành Nam",
        "kh98_tct_2026.pdf",
    ),
    15: (
        "312-QĐ/TCT",
        "28/10/2026",
        "Quyết định",
        "Ban hành Quy chế đào tạo hệ trung cấp lý luận chính trị – hành chính của Trường Chính trị tỉnh",
        "Nguyễn Thành Nam",
        "qd312_quyche_daotao.pdf",
    ),
    12: (
        "05-HD/TCT",
        "12/10/2026",
        "Hướng dẫn",
        "Hướng dẫn viết khóa luận tốt nghiệp hệ trung cấp lý luận chính trị – hành chính",
        "Trần Quốc Bảo",
        "hd05_khoaluan.pdf",
    ),
}

# --- chrome -----------------------------------------------------------------------------------

_MENU_TOP = """<table width="980" border="0" cellspacing="0" cellpadding="0" class="thanhmenu">
<tr>
<td class="mn" width="110"><a href="index.php" class="lk_mn">TRANG CHỦ</a></td>
<td class="mn" width="120" onmouseover="hienmenu('mc2')" onmouseout="anmenu('mc2')"><a href="gioithieu.php" class="lk_mn">GIỚI THIỆU</a>
<div id="mc2" class="menucon" style="display:none;position:absolute;z-index:99">
<a href="gioithieu.php#lichsu">Lịch sử hình thành</a><br>
<a href="gioithieu.php#chucnang">Chức năng, nhiệm vụ</a><br>
<a href="gioithieu.php#cocau">Cơ cấu tổ chức</a></div></td>
<td class="mn" width="130" onmouseover="hienmenu('mc3')" onmouseout="anmenu('mc3')"><a href="tin.php?loai=1" class="lk_mn">TIN TỨC</a>
<div id="mc3" class="menucon" style="display:none;position:absolute;z-index:99">
<a href="tin.php?loai=1">Tin hoạt động</a><br>
<a href="tin.php?loai=2">Đào tạo - Bồi dưỡng</a><br>
<a href="tin.php?loai=3">Nghiên cứu - Trao đổi</a></div></td>
<td class="mn" width="110"><a href="vanban.php" class="lk_mn">VĂN BẢN</a></td>
<td class="mn" width="110"><a href="lienhe.php" class="lk_mn">LIÊN HỆ</a></td>
<td class="mn_trong">&nbsp;</td>
</tr>
</table>"""

_LIEN_KET = """<select name="lienket" class="chon_lk" style="width:180px" onchange="if(this.value!='') window.open(this.value);">
<option value="" selected>--- Liên kết website ---</option>
<option value="http://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="http://www.ninhthuan.gov.vn">Cổng thông tin điện tử tỉnh Ninh Thuận</option>
<option value="http://baoninhthuan.com.vn">Báo Ninh Thuận</option>
<option value="http://www.tuyengiao.vn">Tạp chí Tuyên giáo</option>
</select>"""

_FOOTER = """<table width="980" border="0" cellspacing="0" cellpadding="6" class="chantrang">
<tr><td align="center" bgcolor="#0B4C8C"><font color="#FFFFFF">
<b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><br>
Địa chỉ: Số 02 đường 16 Tháng 4, phường Mỹ Hải, TP. Phan Rang – Tháp Chàm, tỉnh Ninh Thuận<br>
Điện thoại: (0259) 3822.541 – Fax: (0259) 3822.542 – Email: truongchinhtri@ninhthuan.gov.vn<br>
Bản quyền &copy; 2010 Trường Chính trị tỉnh Ninh Thuận. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
Thiết kế và quản trị: Tổ Tin học – Thư viện</font></td></tr>
</table>"""


def _marquee() -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung_tb"><tr>'
        '<td width="80" class="chu_tb"><b>Thông báo:</b></td><td>'
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        'onmouseout="this.start()">'
        '<img src="images/loa.gif" width="16" height="14" border="0"> '
        '<a href="xemtin.php?loai=2&amp;id=60" class="lk_tb">Thông báo tuyển sinh lớp Trung cấp lý luận '
        "chính trị – hành chính hệ không tập trung năm 2027</a> &nbsp;&nbsp;&nbsp; "
        '<img src="images/loa.gif" width="16" height="14" border="0"> '
        "Lịch nghỉ Tết Dương lịch 2027: từ ngày 01/01/2027 đến hết ngày 03/01/2027 &nbsp;&nbsp;&nbsp; "
        '<img src="images/loa.gif" width="16" height="14" border="0"> '
        "Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026)"
        "</marquee></td></tr></table>\n"
    )


def _left(loai_active: int | None) -> str:
    rows = []
    items = [("gioithieu.php", "Giới thiệu", None)] + [
        (f"tin.php?loai={n}", name, n) for n, name in CATS.items()
    ] + [("vanban.php", "Văn bản", None), ("lienhe.php", "Liên hệ", None)]
    for href, label, n in items:
        cls = "mnt_chon" if n is not None and n == loai_active else "mnt"
        rows.append(
            f'<tr><td class="{cls}" onmouseover="this.className=\'mnt_over\'" '
            f"onmouseout=\"this.className='{cls}'\">"
            f'<img src="images/muiten.gif" width="7" height="7"> <a href="{href}">{esc(label)}</a></td></tr>'
        )
    docs = "".join(
        f'<tr><td class="vb_moi"><img src="images/icon_vb.gif" width="12" height="12"> '
        f'<a href="vanban.php?id={i}">Số {esc(d[0])}</a><br><span class="trichyeu">{esc(d[3])}</span></td></tr>'
        for i, d in DOCS.items()
    )
    digits = "".join(f'<img src="images/dem/{c}.gif" width="13" height="19" alt="{c}">' for c in "1286473")
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">DANH MỤC</td></tr>
{"".join(rows)}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">VĂN BẢN MỚI</td></tr>
{docs}
<tr><td align="right"><a href="vanban.php" class="xemtiep">Xem tất cả &raquo;</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">LIÊN KẾT WEBSITE</td></tr>
<tr><td align="center">{_LIEN_KET}</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="demluot">Đang online: <b>4</b><br>Hôm nay: <b>138</b><br>Tổng truy cập:<br>
<div align="center">{digits}</div></td></tr>
</table>
"""


def _right_col() -> str:
    most = "".join(
        f'<tr><td class="dn"><img src="images/muiten2.gif" width="5" height="5"> '
        f'<a href="xemtin.php?id={i}">{esc(BY_ID[i].title)}</a></td></tr>'
        for i in DOC_NHIEU
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">TIN ĐỌC NHIỀU</td></tr>
{most}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tde_khoi" background="images/bg_khoi.gif">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form name="frmThamdo" method="post" action="thamdo.php">
<b>Bạn thấy website của Trường như thế nào?</b><br>
<input type="radio" name="chon" value="1"> Rất hữu ích<br>
<input type="radio" name="chon" value="2"> Hữu ích<br>
<input type="radio" name="chon" value="3"> Cần cập nhật thường xuyên hơn<br>
<input type="submit" value="Bình chọn" class="nut">
<input type="button" value="Xem kết quả" class="nut" onclick="window.open('ketqua_thamdo.php','kq','width=400,height=300')">
</form></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td align="center"><a href="http://dangcongsan.vn" target="_blank"><img src="images/qc/banner_dcs.jpg" width="180" height="60" border="0"></a></td></tr>
<tr><td align="center"><a href="http://www.hcma.vn" target="_blank"><img src="images/qc/banner_hvctqg.jpg" width="180" height="60" border="0"></a></td></tr>
<tr><td align="center"><a href="http://www.ninhthuan.gov.vn" target="_blank"><img src="images/qc/banner_ubnd.jpg" width="180" height="60" border="0"></a></td></tr>
</table>
"""


def _page(center: str, charset: str, loai_active: int | None = None) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{SITE_TITLE}</title>
<meta name="keywords" content="truong chinh tri ninh thuan, dao tao can bo, trung cap ly luan chinh tri">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/chung.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#DDE6EE">
<a name="dau"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3" background="images/banner_bg.jpg" height="140" valign="middle">
<table border="0" cellpadding="0" cellspacing="0"><tr>
<td width="130" align="center"><img src="images/logo_truong.png" width="100" height="100" border="0"></td>
<td><h1 class="tentruong">TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</h1>
<div class="khauhieu">Học để làm việc, làm người, làm cán bộ</div></td>
</tr></table></td></tr>
<tr><td colspan="3">{_MENU_TOP}</td></tr>
<tr><td colspan="3" class="dong_ngay" height="24">&nbsp;<img src="images/lich.gif" width="14" height="14"> {HEADER_DAY}</td></tr>
<tr>
<td width="190" valign="top" class="cottrai">{_left(loai_active)}</td>
<td width="600" valign="top" class="cotgiua">
{_marquee()}{center}
</td>
<td width="190" valign="top" class="cotphai">{_right_col()}</td>
</tr>
<tr><td colspan="3">{_FOOTER}</td></tr>
</table>
</body>
</html>
"""


def _bar(label: str, crumbs: list[tuple[str, str]] | None = None) -> str:
    crumb = ""
    if crumbs is not None:
        parts = ['<a href="index.php">Trang chủ</a>'] + [
            f'<a href="{href}">{esc(name)}</a>' if href else esc(name) for href, name in crumbs
        ]
        crumb = f'<tr><td class="duongdan">{" &raquo; ".join(parts)}</td></tr>\n'
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">\n'
        f"{crumb}"
        f'<tr><td class="tenmuc" background="images/bg_muc.gif">&nbsp;&nbsp;{esc(label.upper())}</td></tr>\n'
        "</table>\n"
    )


# --- the article's text -----------------------------------------------------------------------

_FN = re.compile(r"\[(\d+)\]")


def _para_html(p: P, nfd: bool) -> str:
    body = text(p.text, nfd=nfd)
    if p.style == "note":
        body = _FN.sub(lambda m: f'<a href="#_ftnref{m[1]}" name="_ftn{m[1]}" title="">[{m[1]}]</a>', body, 1)
        return f'<div id="ftn{p.text[1]}"><p class="MsoFootnoteText">{body}</p></div>'
    body = _FN.sub(lambda m: f'<a href="#_ftn{m[1]}" name="_ftnref{m[1]}" title="">[{m[1]}]</a>', body)
    if p.style in ("h", "b"):
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    return f'<p style="text-align: justify;">{body}</p>'


def _img_html(img: Img, story: Story) -> str:
    alt = story.opts.get("alt", {}).get(img.src, "")
    tag = f'<img src="{img.src}" width="450" height="300" border="0" alt="{esc(alt)}" />'
    if img.style == "table":
        return (
            '<table class="hinh_tin" align="center" border="0" cellspacing="0" cellpadding="3" width="460">\n'
            f'<tr><td align="center">{tag}</td></tr>\n'
            f'<tr><td class="ghichu_anh" align="center">{esc(img.printed or "")}</td></tr>\n'
            "</table>\n"
        )
    if img.style == "p":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>\n'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{tag}<br />\n'
            f'<span style="font-size: 11px;"><em>{esc(img.printed or "")}</em></span></p>\n'
        )
    return f'<p style="text-align: center;">{tag}</p>\n'


def _new_text(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "".join(f"<li>{text(g.text, nfd=nfd)}</li>\n" for g in group) + "</ul>\n")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    tag = "strong" if n == 0 else "span"
                    rows.append(
                        "<tr>" + "".join(f"<td><{tag}>{text(c, nfd=nfd)}</{tag}></td>" for c in cells) + "</tr>\n"
                    )
                out.append(
                    '<table border="1" cellspacing="0" cellpadding="3" style="width: 100%; border-collapse: '
                    'collapse;">\n<tbody>\n' + "".join(rows) + "</tbody>\n</table>\n"
                )
            continue
        if isinstance(b, P):
            out.append(_para_html(b, nfd) + "\n")
        elif isinstance(b, Img):
            out.append(_img_html(b, story))
        else:
            out.append(b.html + "\n")
        i += 1
    return "".join(out)


def _old_text(story: Story) -> str:
    """Plain text through nl2br(); paragraphs in "ncr" style as a Unicode keyboard sent them."""
    lines = []
    for b in story.blocks:
        if isinstance(b, P):
            s = text(b.text)
            lines.append(f"\x01{s}\x02" if b.style == "ncr" else s)
        elif isinstance(b, Raw):
            lines.append(b.html)
    return "<br />\r\n<br />\r\n".join(lines)


def _old_picture(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    if img is None:
        return ""
    return (
        f'<div align="center"><img src="{img.src}" width="400" border="0" class="anh_tin"><br>\n'
        f'<i>{esc(img.printed or "")}</i></div><br>\n'
    )


def _da_dua(current: int) -> str:
    rows = "".join(
        [
            f'<tr><td><img src="images/muiten2.gif" width="5" height="5"> '
            f'<a href="xemtin.php?id={s.id}" class="lk_dadua">{esc(s.title)}</a> '
            f'<font color="#888888">({_day(s)})</font></td></tr>\n'
            for s in DA_DUA
            if s.id != current
        ][:6]
    )
    return (
        '<br><table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
        '<tr><td class="tde_dadua"><b><u>Các tin đã đưa:</u></b></td></tr>\n'
        f"{rows}</table>\n"
    )


def _print_js(story_id: int) -> str:
    return (
        f"<a href=\"javascript:;\" onclick=\"window.open('intin.php?id={story_id}','intin',"
        "'width=720,height=600,scrollbars=yes');return false;\">"
        '<img src="images/print.gif" width="16" height="16" border="0" align="absmiddle"> In trang</a>'
    )


def _article_center(story: Story, loai_param: int | None) -> str:
    home = story.opts["loai"]
    bar_loai = loai_param if loai_param is not None else home
    head = _bar(CATS[bar_loai], [(f"tin.php?loai={home}", CATS[home])])
    tools_after = (
        f'<table width="100%" border="0"><tr><td align="right" class="congcu">{_print_js(story.id)} | '
        '<a href="#dau">Về đầu trang</a></td></tr></table>\n'
    )
    if _is_old(story):
        tacgia = story.opts.get("tacgia") or ""
        by = f'<div align="right"><b>{esc(tacgia)}</b></div>\n' if tacgia else ""
        return (
            head
            + '<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>\n'
            + f'<font color="#0B4C8C" size="3" face="Arial"><b>{esc(story.title)}</b></font><br>\n'
            + f'<font color="#666666" size="1">Ngày đăng: {story.opts["day"]} &nbsp;-&nbsp; Người đăng: '
            + f"quantri &nbsp;-&nbsp; Lượt xem: {story.views()}</font>\n"
            + '<hr size="1" color="#CCCCCC">\n'
            + _old_picture(story)
            + f'<div class="noidung" style="text-align:justify">{_old_text(story)}</div>\n'
            + by
            + f'<div class="capnhat"><font size="1" color="#999999">Cập nhật lần cuối: {story.opts["edited"]}'
            + "</font></div>\n"
            + tools_after
            + _da_dua(story.id)
            + "</td></tr></table>\n"
        )
    d, t = story.opts["posted"]
    new_icon = ' <img src="images/new.gif" width="28" height="11" border="0">' if story.opts.get("new") else ""
    byline_top = ""
    if "byline_top" in story.opts:
        name, post = story.opts["byline_top"]
        byline_top = f'<div align="right" class="tacgia"><i><b>{esc(name)}</b><br>{esc(post)}</i></div>\n'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="trichdan"><b>{text(story.summary)}</b></div>\n'
    return (
        head
        + '<table width="100%" border="0" cellspacing="0" cellpadding="5">\n'
        + f'<tr><td class="td_tieude"><span class="tieude_tin">{esc(story.title)}</span>{new_icon}</td></tr>\n'
        + f'<tr><td class="dong_ngaydang">Đăng ngày: {d} | {t} | Lượt xem: {story.views()}</td></tr>\n'
        + '<tr><td class="congcu" align="right">Cỡ chữ: <a href="javascript:tangchu()">A+</a> '
        + f'<a href="javascript:giamchu()">A-</a> | {_print_js(story.id)} | '
        + f"<a href=\"javascript:guiemail({story.id})\"><img src=\"images/email.gif\" width=\"16\" "
        + 'height="16" border="0" align="absmiddle"> Gửi email</a></td></tr>\n'
        + "<tr><td>\n"
        + byline_top
        + sapo
        + f'<div id="noidung_tin">\n{_new_text(story)}</div>\n'
        + tools_after
        + _da_dua(story.id)
        + "</td></tr></table>\n"
    )


def _print_page(story: Story) -> str:
    if _is_old(story):
        charset = "windows-1258"
        date = f"Ngày đăng: {story.opts['day']}"
        body = _old_picture(story) + f"<div>{_old_text(story)}</div>\n"
        if story.opts.get("tacgia"):
            body += f'<div align="right"><b>{esc(story.opts["tacgia"])}</b></div>\n'
    else:
        charset = "utf-8"
        d, t = story.opts["posted"]
        date = f"Đăng ngày: {d} | {t}"
        body = ""
        if "byline_top" in story.opts:
            name, post = story.opts["byline_top"]
            body += f'<div align="right"><i><b>{esc(name)}</b><br>{esc(post)}</i></div>\n'
        if story.summary and story.sapo_outside:
            body += f"<p><b>{text(story.summary)}</b></p>\n"
        body += _new_text(story)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>In trang</title>
<link href="css/in.css" rel="stylesheet" type="text/css">
</head>
<body onload="window.print()">
<table width="680" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><img src="images/logo_in.gif" width="40" height="40" align="absmiddle"> <b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><hr></td></tr>
<tr><td><font size="4"><b>{esc(story.title)}</b></font></td></tr>
<tr><td><i>{date}</i></td></tr>
<tr><td>{body}</td></tr>
<tr><td><hr><font size="1">Trường Chính trị tỉnh Ninh Thuận – Số 02 đường 16 Tháng 4, TP. Phan Rang – Tháp Chàm</font></td></tr>
</table>
</body>
</html>
"""


# --- listings, home, other pages --------------------------------------------------------------


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


def _thumb(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    return f"anhtin/thumb/tin{story.id}.jpg" if img else "images/noimage.jpg"


def _title_for_list(story: Story) -> str:
    return esc(_iconv(story.title) if _is_old(story) else story.title)


def _list_center(loai: int, trang: int) -> str | None:
    items = _listing(loai)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= trang <= pages:
        return None
    chunk = items[(trang - 1) * PER_PAGE : trang * PER_PAGE]
    rows = []
    for s in chunk:
        href = f"xemtin.php?id={s.id}&amp;loai={loai}"
        new_icon = ' <img src="images/new.gif" width="28" height="11">' if s.opts.get("new") else ""
        teaser = esc(_iconv(_teaser(s)) if _is_old(s) else _teaser(s))
        rows.append(
            '<table width="100%" border="0" cellspacing="0" cellpadding="3" class="khung_tin">\n'
            f'<tr><td width="110" valign="top"><a href="{href}"><img src="{_thumb(s)}" width="100" '
            'height="75" border="0" class="anhnho"></a></td>\n'
            f'<td valign="top"><a href="{href}" class="lk_tieude">{_title_for_list(s)}</a>{new_icon}<br>\n'
            f'<span class="ngay_ds">({_day(s)})</span><br>\n'
            f'<div class="trich">{teaser}</div>\n'
            f'<div align="right"><a href="{href}" class="chitiet">Chi tiết &raquo;</a></div></td></tr>\n'
            '</table>\n<hr class="gach" size="1" color="#DDDDDD">\n'
        )
    pager = ["Trang: "]
    for k in range(1, pages + 1):
        pager.append(f"<b>[{k}]</b> " if k == trang else f'<a href="?loai={loai}&amp;trang={k}">{k}</a> ')
    if trang < pages:
        pager.append(f'<a href="javascript:chuyentrang({trang + 1})">Sau &raquo;</a>')
    return (
        _bar(CATS[loai], [("", CATS[loai])])
        + "".join(rows)
        + f'<div class="phantrang" align="center">{"".join(pager)}</div>\n'
    )


def _home_center() -> str:
    top, *rest = LATEST[:4]
    out = [
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">\n'
        '<tr><td class="tenmuc" background="images/bg_muc.gif" colspan="2">&nbsp;&nbsp;TIN MỚI</td></tr>\n'
        f'<tr><td width="210" valign="top"><a href="xemtin.php?id={top.id}"><img src="{_thumb(top)}" width="200" '
        'height="150" border="0"></a></td>\n'
        f'<td valign="top"><a href="xemtin.php?id={top.id}" class="lk_tieude_lon">{esc(top.title)}</a><br>\n'
        f'<span class="ngay_ds">({_day(top)})</span><br>\n<div class="trich">{esc(_teaser(top))}</div></td></tr>\n'
        '<tr><td colspan="2"><ul class="ds_moi">\n'
        + "".join(f'<li><a href="xemtin.php?id={s.id}">{esc(s.title)}</a></li>\n' for s in rest)
        + "</ul></td></tr>\n</table>\n"
    ]
    for loai, name in CATS.items():
        lis = "".join(
            f'<tr><td><img src="images/muiten2.gif" width="5" height="5"> <a href="xemtin.php?id={s.id}">'
            f"{_title_for_list(s)}</a> <font color=\"#888888\">({_day(s)})</font></td></tr>\n"
            for s in _own(loai)[:3]
        )
        out.append(
            '<table width="100%" border="0" cellspacing="0" cellpadding="3" class="khoi_muc">\n'
            f'<tr><td class="tenmuc" background="images/bg_muc.gif">&nbsp;&nbsp;{esc(name.upper())}</td></tr>\n'
            f"{lis}"
            f'<tr><td align="right"><a href="tin.php?loai={loai}" class="xemtiep">Xem tiếp &raquo;</a></td></tr>\n'
            "</table>\n"
        )
    return "".join(out)


_GIOITHIEU = """<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td class="noidung">
<a name="lichsu"></a><p><b>1. Lịch sử hình thành</b></p>
<p>Trường Chính trị tỉnh Ninh Thuận được thành lập năm 1992, sau khi tái lập tỉnh Ninh Thuận, trên cơ sở Trường Đảng tỉnh và Trường Hành chính tỉnh. Qua hơn 30 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, công chức cho hệ thống chính trị của tỉnh.</p>
<a name="chucnang"></a><p><b>2. Chức năng, nhiệm vụ</b></p>
<p>Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị – hành chính; bồi dưỡng kiến thức quản lý nhà nước, quốc phòng và an ninh; nghiên cứu khoa học về lý luận chính trị.</p>
<a name="cocau"></a><p><b>3. Cơ cấu tổ chức</b></p>
<p>Ban Giám hiệu; Phòng Tổ chức – Hành chính; Phòng Quản lý đào tạo; Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận.</p>
</td></tr></table>
"""

_LIENHE = """<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><br>
Địa chỉ: Số 02 đường 16 Tháng 4, phường Mỹ Hải, TP. Phan Rang – Tháp Chàm, tỉnh Ninh Thuận<br>
Điện thoại: (0259) 3822.541 – Fax: (0259) 3822.542<br>
Email: truongchinhtri@ninhthuan.gov.vn</p>
<form name="frmLienhe" method="post" action="lienhe.php?gui=1">
<table border="0" cellpadding="3">
<tr><td>Họ và tên:</td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td>Email:</td><td><input type="text" name="email" size="40"></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40"></td></tr>
<tr><td valign="top">Nội dung:</td><td><textarea name="noidung" cols="40" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut"> <input type="reset" value="Nhập lại" class="nut"></td></tr>
</table></form>
</td></tr></table>
"""


def _vanban_list() -> str:
    rows = "".join(
        f'<tr><td align="center">{n}</td><td><a href="vanban.php?id={i}">{esc(d[0])}</a></td>'
        f'<td align="center">{d[1]}</td><td>{esc(d[3])}</td>'
        f'<td align="center"><a href="upload/vanban/{d[5]}"><img src="images/icon_pdf.gif" width="16" '
        'height="16" border="0"></a></td></tr>\n'
        for n, (i, d) in enumerate(DOCS.items(), 1)
    )
    return (
        _bar("Văn bản", [("", "Văn bản")])
        + '<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC" class="bang_vb">\n'
        "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>\n"
        f"{rows}</table>\n"
    )


def _vanban_detail(doc_id: int) -> str:
    so, ngay, loai, trichyeu, nguoiky, f = DOCS[doc_id]
    return (
        _bar("Văn bản", [("vanban.php", "Văn bản"), ("", f"Số {so}")])
        + '<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC" class="bang_vb">\n'
        f"<tr><td width=\"30%\"><b>Số/Ký hiệu</b></td><td>{esc(so)}</td></tr>\n"
        f"<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>\n"
        f"<tr><td><b>Loại văn bản</b></td><td>{esc(loai)}</td></tr>\n"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Trường Chính trị tỉnh Ninh Thuận</td></tr>\n"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(trichyeu)}</td></tr>\n"
        f"<tr><td><b>Người ký</b></td><td>{esc(nguoiky)}</td></tr>\n"
        f'<tr><td><b>File đính kèm</b></td><td><img src="images/icon_pdf.gif" width="16" height="16"> '
        f'<a href="upload/vanban/{f}">{f}</a></td></tr>\n'
        "</table>\n"
    )


# --- encodings --------------------------------------------------------------------------------


def _as_browser_sent(segment: str) -> bytes:
    """Text typed with a precomposed Unicode keyboard into a windows-1258 form: what the code page
    has stays one byte, every other letter arrives as a numeric character reference."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", segment):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


def cp1258_page(page: str) -> bytes:
    """The old pages' bytes: windows-1258 with combining tone marks, \\x01…\\x02 segments as NCRs."""
    out = bytearray()
    for n, seg in enumerate(re.split("[\x01\x02]", page)):
        out += _as_browser_sent(seg) if n % 2 else cp1258_bytes(seg)
    return bytes(out)


def _utf8(page: str) -> Response:
    return html(page.encode("utf-8"), charset="utf-8")


def _old(page: str) -> Response:
    # Apache's bare text/html: the charset is only in the page's meta
    return html(cp1258_page(page), charset=None)


# --- the site ---------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            if request.path in ("/lienhe.php", "/thamdo.php"):
                return _utf8(_page("<p>Cảm ơn bạn đã gửi ý kiến.</p>", "utf-8"))
            return None
        path = request.path
        pairs = parse_qsl(request.query, keep_blank_values=True)
        params = dict(pairs)
        if len(params) != len(pairs):
            return None
        keys = set(params)
        if path in ("/", "/index.php") and not keys:
            return _utf8(_page(_home_center(), "utf-8"))
        if path == "/tin.php" and keys in ({"loai"}, {"loai", "trang"}):
            loai = _int(params["loai"])
            trang = _int(params.get("trang", "1"))
            if loai not in CATS or trang is None:
                return None
            center = _list_center(loai, trang)
            return _utf8(_page(center, "utf-8", loai)) if center else None
        if path == "/xemtin.php" and keys in ({"id"}, {"id", "loai"}):
            story = BY_ID.get(_int(params["id"]) or -1)
            if story is None:
                return None
            loai_param = None
            if "loai" in params:
                loai_param = _int(params["loai"])
                shown_in = {story.opts["loai"], *story.opts.get("also", ())}
                if loai_param not in shown_in:
                    return None
            center = _article_center(story, loai_param)
            active = loai_param or story.opts["loai"]
            if _is_old(story):
                return _old(_page(center, "windows-1258", active))
            return _utf8(_page(center, "utf-8", active))
        if path == "/intin.php" and keys == {"id"}:
            story = BY_ID.get(_int(params["id"]) or -1)
            if story is None:
                return None
            page = _print_page(story)
            return _old(page) if _is_old(story) else _utf8(page)
        if path == "/gioithieu.php" and not keys:
            return _utf8(_page(_bar("Giới thiệu", [("", "Giới thiệu")]) + _GIOITHIEU, "utf-8"))
        if path == "/lienhe.php" and not keys:
            return _utf8(_page(_bar("Liên hệ", [("", "Liên hệ")]) + _LIENHE, "utf-8"))
        if path == "/vanban.php":
            if not keys:
                return _utf8(_page(_vanban_list(), "utf-8"))
            if keys == {"id"} and _int(params["id"]) in DOCS:
                return _utf8(_page(_vanban_detail(int(params["id"])), "utf-8"))
            return None
        if path.startswith("/upload/vanban/") and path.endswith(".pdf") and not keys:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if not keys and (path.startswith(("/anhtin/", "/images/", "/css/", "/js/"))):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


#: reachable only from page 2 of a listing, as ``xemtin.php?id=N&loai=M``: that link is their path
ONLY_PAGE_TWO = {44, 41, 38}


def _paths(story: Story) -> list[str]:
    """Every URL serving the story, the gold path first."""
    plain = f"/xemtin.php?id={story.id}"
    listed = [f"/xemtin.php?id={story.id}&loai={n}" for n in (story.opts["loai"], *story.opts.get("also", ()))]
    paths = [*listed, plain] if story.id in ONLY_PAGE_TWO else [plain, *listed]
    if story.id == 60:
        paths.append("/xemtin.php?loai=2&id=60")
    paths.append(f"/intin.php?id={story.id}")
    return paths


GOLD = [
    gold_record(s, _paths(s)[0], CATS[s.opts["loai"]], alt_paths=_paths(s)[1:])
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [
    "/gioithieu.php",
    "/lienhe.php",
    "/vanban.php?id=17",
    "/vanban.php?id=15",
    "/vanban.php?id=12",
]
