"""Trường THCS Nguyễn Văn Trỗi (huyện Cam Lâm, Khánh Hòa): a home-made PHP site of about 2010.

Platform: plain PHP + MySQL written by a local vendor ("Thiết kế: Cty TNHH Tin học Nha Trang"),
HTML 4 layout tables (980 px: banner row, green menu bar, left menu / content / right column),
``<font>`` tags everywhere, a left menu printed by a PHP include (no iframe) with drop-downs
shown by ``onmouseover``, the text typed into an FCKeditor 2.6 whose uploads live under
``/UserFiles/Image/``. The page ``<title>`` is the same for every page.

URL scheme:
- ``/`` (``index.php`` is the same page): home — marquee of "Tin nổi bật", "TIN MỚI" (5 newest
  posts), a box of the 3 newest notices, a box of "Hoạt động chuyên môn";
- ``/tintuc.php?loai=<C>&trang=<P>``: a category listing, 4 posts a page (``?loai=<C>`` is page
  1); C = 1 "Tin tức - Sự kiện", 2 "Hoạt động chuyên môn", 3 "Đoàn - Đội";
- ``/tintuc.php?id=<N>``: a post; the listings also link it as ``/tintuc.php?loai=<C>&id=<N>``
  ("Chi tiết »"), and its print icon opens ``/intin.php?id=<N>`` by ``window.open``;
- ``/thongbao.php`` (``?trang=<P>``, 3 a page): the notices; ``/thongbao.php?id=<N>`` a notice;
- ``/gioithieu.php`` (``?muc=doingu``), ``/lienhe.php``, ``/thuvienanh.php``: other pages;
- ``/timkiem.php?tukhoa=…`` (GET form), ``/binhchon.php`` (poll, POST), ``/guiykien.php``
  (comment form, POST): answer 200 with no content of interest.

How each gold article is reached: loai=1 has 5 posts, the oldest (id 91) only on
``?loai=1&trang=2`` ("Các tin khác" under a post lists only the 3 newest others of its category;
the home page shows the 5 newest posts of all categories). The notice id 30 is only on
``/thongbao.php?trang=2``. All other posts are on page 1 of their listing and most on the home page.

Traps:
1. Every page has the same ``<title>`` ("..:: TRUONG THCS NGUYEN VAN TROI ::..", without
   diacritics); the headline is only a ``<font size="3" color="#CC0000"><b>`` in a table cell.
   Gold title: the cell's text.
2. The date is PHP's ``date("D, d/m/Y - g:i a")`` on an English server: "Tue, 03/11/2026 -
   2:30 pm" (12-hour clock, English weekday, day first). Gold: "2026-11-03T14:30:00+07:00";
   "12:00 am" is midnight, so id 97 is the day alone "2026-10-21".
3. Posts typed with FCKeditor's EnterMode "br" are one ``<font>`` run: paragraphs separated by
   ``<br /><br />``, a single ``<br />`` splitting a line in two; images and their caption line
   are inline in the same run (caption an ``<i>`` line under the ``<img>``). Gold: each
   ``<br />``-separated line is a paragraph, the ``<i>`` line under a photo is its caption.
4. Photos inserted in FCKeditor's table dialog: a 1-column ``<table>`` whose first row holds the
   ``<img>`` and whose second row the caption. A layout table, not a data table: gold caption =
   the second row, no body paragraph from it (ids 112, 105). Real data tables in the text (ids
   110, 33) are body rows with cells joined by " | ".
5. Listing titles and descriptions are cut with PHP's byte ``substr($s, 0, 60)."..."``: the cut
   falls inside a UTF-8 letter, so the listings carry invalid bytes and half titles. Gold
   title/summary: from the post's own page (whole).
6. Teachers sign with their honorific and post: "Tin, ảnh: Cô Trần Thị Mai (GV Tổ Sinh)",
   "Thầy Võ Đình Tuấn - TTCM". Gold names without "Cô"/"Thầy" and without the post.
7. A long post (id 103) shows its first paragraphs and hides the rest in
   ``<div id="xemtiep" style="display:none">`` behind a "Xem tiếp »" ``javascript:`` link. The
   hidden part is the text's own (a reader clicks and reads it): gold body = all paragraphs.
8. "Ý kiến bạn đọc" under some posts: visitors' comments with a name, a date in the same English
   format and a text, in the same content cell as the post. Not body, not authors, not the date.
9. FCKeditor's ProcessHTMLEntities: Latin-1 letters written as named entities (``&agrave;``,
   ``&ecirc;``, ``&Ocirc;``), the other Vietnamese letters raw; Word pastes (id 97) bring
   ``class="MsoNormal"`` spans and empty ``<o:p>&nbsp;</o:p>`` paragraphs (no paragraphs).
10. Each post is linked as ``tintuc.php?id=N`` (titles) and ``tintuc.php?loai=C&id=N``
    ("Chi tiết »"); ``intin.php?id=N`` is the print view. One article: both go to alt_paths.
11. "Sửa lần cuối: Wed, 04/11/2026 - 9:12 am bởi quantri" under some posts: an update, not the
    publication date, and "quantri" is a CMS account (nobody).
12. Notices printed as official documents (letterhead table, "Số: …", "Cam Lâm, ngày 01 tháng
    12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer): house convention — date the
    letterhead day, author the signer. Id 31 is a document entry (a PDF link only): not an article.

Gold decisions on ambiguous points:
- A post's sapo is the bold blue cell printed between the date line and the text (own element):
  it is the summary and the body's first paragraph. Posts without that cell have no summary.
- The honorific "Cô"/"Thầy" is a title like "ThS.", stripped; "(lớp 9A)", "(GV Tổ Sinh)",
  "- TTCM", "- PHT" are posts/units after the name, stripped.
- A notice not printed as a document (id 32) has its date line like a post and is signed by
  a unit ("Tổ Ngoại ngữ"), which is its author.
- "Nguồn: Báo Khánh Hòa" closing id 91 is the source.
- The category of notices is "Thông báo" (the menu's and breadcrumb's word).
"""

from __future__ import annotations

import datetime as _dt
import re
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "php_vendor_frames_thcs"
PLATFORM = "Home-made PHP/MySQL school site (2010, HTML 4 tables, FCKeditor 2.6)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_TITLE = "..:: TRUONG THCS NGUYEN VAN TROI - CAM LAM - KHANH HOA ::.."
CATS = {1: "Tin tức - Sự kiện", 2: "Hoạt động chuyên môn", 3: "Đoàn - Đội"}
NOTICE_CAT = "Thông báo"
PER_PAGE = 4
NOTICE_PER_PAGE = 3
IMG = "/UserFiles/Image"

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def en_date(posted: str) -> str:
    """PHP ``date("D, d/m/Y - g:i a")`` of "YYYY-MM-DD HH:MM" on an English-locale server."""
    d = _dt.datetime.strptime(posted, "%Y-%m-%d %H:%M")
    hour = d.hour % 12 or 12
    ampm = "am" if d.hour < 12 else "pm"
    return f"{_DAYS[d.weekday()]}, {d:%d/%m/%Y} - {hour}:{d:%M} {ampm}"


def short_date(posted: str) -> str:
    y, m, d = posted[:10].split("-")
    return f"{d}/{m}/{y}"


def fck(value: str) -> str:
    """FCKeditor's ProcessHTMLEntities: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in esc(value):
        if ord(ch) >= 128 and ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


# --- the stories --------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=114, slug="ke-hoach-nho", cat="3",
        title="Liên đội ra quân chiến dịch “Kế hoạch nhỏ” thu gom giấy vụn",
        published_at="2026-11-25T10:30:00+07:00",
        blocks=[
            P("Sáng ngày 25/11/2026, Liên đội Trường THCS Nguyễn Văn Trỗi tổ chức ra quân chiến dịch "
              "“Kế hoạch nhỏ” năm học 2026-2027 với chủ đề “Giấy vụn hóa nghĩa tình”."),
            P("Ngay từ 6 giờ 30, các chi đội đã tập kết giấy vụn, vỏ lon, chai nhựa tại sân trường. "
              "Mỗi chi đội được giao chỉ tiêu tối thiểu 30 kg."),
            Img(f"{IMG}/2026/thang11/KHN_01.jpg", "Các chi đội cân giấy vụn tại sân trường",
                "Các chi đội cân giấy vụn tại sân trường", "next"),
            P("Kết quả, toàn Liên đội thu được 1.245 kg giấy vụn và 320 kg vỏ lon, chai nhựa. "
              "Chi đội 8A dẫn đầu với 112 kg."),
            Img(f"{IMG}/2026/thang11/KHN_02.jpg", "Ảnh: Trần Gia Huy", None, "next"),
            P("Toàn bộ số tiền bán giấy vụn sẽ được dùng để mua học bổng tặng học sinh có hoàn cảnh "
              "khó khăn vươn lên trong học tập."),
            Raw('<p align="right"><strong>C&ocirc; Huỳnh Thị Thu Sương - TPT Đội</strong></p>'),
        ],
        authors=["Huỳnh Thị Thu Sương"], photographers=["Trần Gia Huy"],
        opts={"mode": "p", "posted": "2026-11-25 10:30"},
    ),
    Story(
        id=112, slug="20-11", cat="1",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        published_at="2026-11-20T08:45:00+07:00",
        summary="Sáng 20/11, Trường THCS Nguyễn Văn Trỗi long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam với sự tham dự của lãnh đạo xã Cam Hải Tây và Ban đại diện cha mẹ học sinh.",
        sapo_outside=True,
        blocks=[
            P("Về dự buổi lễ có ông Lê Văn Thành, Phó Chủ tịch UBND xã Cam Hải Tây; bà Nguyễn Thị Lan, "
              "Trưởng Ban đại diện cha mẹ học sinh nhà trường cùng toàn thể cán bộ, giáo viên, nhân viên "
              "và 1.120 học sinh."),
            Img(f"{IMG}/2026/thang11/20-11_01.jpg", "Thầy Hiệu trưởng Nguyễn Văn Hùng phát biểu ôn lại truyền thống",
                "Thầy Hiệu trưởng Nguyễn Văn Hùng phát biểu ôn lại truyền thống", "table"),
            P("Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường ôn lại truyền thống "
              "44 năm Ngày Nhà giáo Việt Nam và những thành tích nhà trường đạt được trong năm học vừa qua."),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện "
              "và 45 học sinh đạt giải trong các kỳ thi học sinh giỏi."),
            Img(f"{IMG}/2026/thang11/20-11_02.jpg", "Tiết mục văn nghệ chào mừng của học sinh lớp 7B",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 7B", "table"),
            P("Buổi lễ khép lại với chương trình văn nghệ do học sinh các lớp biểu diễn, để lại nhiều "
              "cảm xúc cho thầy cô giáo."),
            Raw('<p align="right"><b>Tin, ảnh: C&ocirc; Trần Thị Mai (GV Tổ Sinh)</b></p>'),
        ],
        authors=["Trần Thị Mai"], photographers=["Trần Thị Mai"],
        opts={"mode": "p", "posted": "2026-11-20 08:45", "updated": "2026-11-21 09:12",
              "comments": [("Phụ huynh em Lan 9C", "2026-11-20 21:05", "Chúc mừng thầy cô nhân ngày 20/11!"),
                           ("Cựu học sinh khóa 2015", "2026-11-21 07:40",
                            "Nhớ trường quá, chúc trường ngày càng phát triển.")]},
    ),
    Story(
        id=110, slug="chuyen-de-toan", cat="2",
        title="Chuyên đề dạy học môn Toán theo định hướng phát triển năng lực học sinh",
        published_at="2026-11-16T16:20:00+07:00",
        blocks=[
            P("Thực hiện kế hoạch năm học, ngày 16/11/2026 tổ Toán - Tin tổ chức chuyên đề “Dạy học "
              "môn Toán theo định hướng phát triển năng lực học sinh” tại lớp 8C."),
            P("Chương trình chuyên đề gồm các tiết dạy minh họa sau:"),
            P("Tiết | Bài dạy | Giáo viên", "row"),
            P("2 | Hằng đẳng thức đáng nhớ | Đặng Thị Hồng", "row"),
            P("3 | Phân tích đa thức thành nhân tử | Lê Hữu Phước", "row"),
            P("Sau tiết dạy, các giáo viên đã thảo luận, góp ý về phương pháp tổ chức hoạt động nhóm "
              "và cách đánh giá năng lực học sinh."),
            P("Chuyên đề giúp giáo viên trong tổ có thêm kinh nghiệm vận dụng các phương pháp dạy học tích cực."),
            Raw('<p align="right"><b>Tổ To&aacute;n - Tin</b></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"mode": "p", "posted": "2026-11-16 16:20"},
    ),
    Story(
        id=108, slug="giai-dieu-tuoi-hong", cat="1",
        title="Hội thi “Giai điệu tuổi hồng” cấp trường năm học 2026-2027",
        published_at="2026-11-12T15:10:00+07:00",
        blocks=[
            P("Chào mừng Ngày Nhà giáo Việt Nam 20/11, tối 11/11/2026 Liên đội tổ chức Hội thi "
              "“Giai điệu tuổi hồng” cấp trường."),
            P("Hội thi có 16 tiết mục của 16 chi đội tham gia, gồm đơn ca, tốp ca, múa và hoạt cảnh."),
            P("Ban giám khảo là các thầy cô trong Ban giám hiệu và tổ Nghệ thuật.", "br1"),
            Img(f"{IMG}/2026/thang11/GDTH_01.JPG", "Tiết mục múa “Em yêu trường em” của chi đội 6A",
                "Tiết mục múa “Em yêu trường em” của chi đội 6A", "br"),
            P("Kết quả, giải Nhất thuộc về chi đội 9B, giải Nhì chi đội 7A, giải Ba chi đội 6A và 8D."),
            P("Hội thi đã tạo sân chơi bổ ích, giúp các em thể hiện năng khiếu và tình cảm với thầy cô."),
            Raw("<b>Tin: Thầy L&ecirc; Văn Nam - Ảnh: Nguyễn Minh Kh&ocirc;i (lớp 9A)</b>"),
        ],
        authors=["Lê Văn Nam"], photographers=["Nguyễn Minh Khôi"],
        opts={"mode": "br", "posted": "2026-11-12 15:10"},
    ),
    Story(
        id=105, slug="gvdg-cap-truong", cat="2",
        title="Hội thi giáo viên dạy giỏi cấp trường: 18 giáo viên tham gia",
        published_at="2026-11-06T09:00:00+07:00",
        summary="Từ ngày 02 đến 06/11/2026, Trường THCS Nguyễn Văn Trỗi tổ chức Hội thi giáo viên dạy "
                "giỏi cấp trường năm học 2026-2027.",
        sapo_outside=True,
        blocks=[
            P("Hội thi có 18 giáo viên thuộc 5 tổ chuyên môn đăng ký tham gia. Mỗi giáo viên dự thi "
              "thực hiện một tiết dạy và trình bày một biện pháp nâng cao chất lượng giảng dạy."),
            Img(f"{IMG}/2026/thang11/GVDG_01.jpg", "Cô Đặng Thị Hồng trong tiết dạy Toán lớp 8C",
                "Cô Đặng Thị Hồng trong tiết dạy Toán lớp 8C", "table"),
            P("Kết quả có 15 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 6 giáo "
              "viên được chọn dự thi cấp huyện."),
            Raw('<p align="right"><b>Thầy V&otilde; Đ&igrave;nh Tuấn - TTCM</b></p>'),
        ],
        authors=["Võ Đình Tuấn"],
        opts={"mode": "p", "posted": "2026-11-06 09:00"},
    ),
    Story(
        id=103, slug="chuan-quoc-gia", cat="1",
        title="Trường THCS Nguyễn Văn Trỗi đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia",
        published_at="2026-11-03T14:30:00+07:00",
        blocks=[
            P("Ngày 03/11/2026, đoàn kiểm tra của UBND tỉnh Khánh Hòa do ông Trần Văn Phúc, Phó Giám "
              "đốc Sở GD&ĐT làm trưởng đoàn đã đến kiểm tra, đánh giá công nhận trường đạt chuẩn "
              "quốc gia mức độ 1 đối với Trường THCS Nguyễn Văn Trỗi."),
            P("Tiếp đoàn có lãnh đạo UBND huyện Cam Lâm, Phòng GD&ĐT huyện và Ban giám hiệu nhà trường."),
            Img(f"{IMG}/2026/thang11/CQG_01.jpg", "Đoàn kiểm tra làm việc với nhà trường",
                "Đoàn kiểm tra làm việc với nhà trường", "next"),
            P("Đoàn đã kiểm tra hồ sơ, cơ sở vật chất, dự giờ và khảo sát chất lượng học sinh theo "
              "5 tiêu chuẩn của trường chuẩn quốc gia."),
            P("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường.", "h"),
            P("Nhà trường có đủ cơ cấu tổ chức bộ máy, các hội đồng và tổ chuyên môn theo quy định."),
            P("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên.", "h"),
            P("100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 38% trên chuẩn."),
            P("Kết luận buổi kiểm tra, đoàn đánh giá cao sự nỗ lực của tập thể nhà trường và đề nghị "
              "UBND tỉnh ra quyết định công nhận."),
            Raw('<p align="right"><b>Phạm Quốc Bảo - PHT</b></p>'),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"mode": "p", "posted": "2026-11-03 14:30", "more": 4,
              "comments": [("Nguyễn Văn Bình", "2026-11-04 20:15", "Chúc mừng nhà trường!")]},
    ),
    Story(
        id=101, slug="dai-hoi-lien-doi", cat="3",
        title="Đại hội Liên đội nhiệm kỳ 2026-2027",
        published_at="2026-10-30T15:00:00+07:00",
        blocks=[
            P("Chiều 29/10/2026, Liên đội Trường THCS Nguyễn Văn Trỗi tổ chức Đại hội Liên đội "
              "nhiệm kỳ 2026-2027."),
            P("Đại hội đã đánh giá kết quả công tác Đội năm học qua và đề ra phương hướng nhiệm kỳ mới."),
            P("Đại hội bầu Ban chỉ huy Liên đội gồm 9 em; em Võ Ngọc Bảo Trâm lớp 9B được bầu làm Liên đội trưởng."),
            Img(f"{IMG}/2026/thang10/DHLD.jpg", None, None, "none"),
            Raw('<p align="right"><b>Ban Chỉ huy Liên đội</b></p>'),
        ],
        authors=["Ban Chỉ huy Liên đội"],
        opts={"mode": "p", "posted": "2026-10-30 15:00",
              "comments": [("Thu Hà", "2026-10-31 06:30", "Chúc mừng Ban chỉ huy mới!")]},
    ),
    Story(
        id=99, slug="nghien-cuu-bai-hoc", cat="2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn",
        published_at="2026-10-27T13:45:00+07:00",
        blocks=[
            P("Ngày 26/10/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
              "bài “Lặng lẽ Sa Pa” (Ngữ văn 9)."),
            P("Cô Lê Thị Thanh Nhàn dạy minh họa, các giáo viên trong tổ dự giờ và tập trung quan sát "
              "hoạt động học của học sinh."),
            Img(f"{IMG}/2026/thang10/NCBH.jpg", None, None, "br"),
            P("Buổi sinh hoạt đã chỉ ra những điểm cần điều chỉnh để tiết học hiệu quả hơn."),
            P("Tổ sẽ tiếp tục triển khai nghiên cứu bài học mỗi tháng một lần.", "br1"),
        ],
        opts={"mode": "br", "posted": "2026-10-27 13:45"},
    ),
    Story(
        id=97, slug="ngay-hoi-doc-sach", cat="1",
        title="Ngày hội đọc sách năm 2026: lan tỏa văn hóa đọc trong học sinh",
        published_at="2026-10-21",
        blocks=[
            P("Hưởng ứng Ngày hội đọc sách, thư viện nhà trường phối hợp với Liên đội tổ chức trưng bày "
              "hơn 800 đầu sách tại sân trường."),
            P("Các hoạt động gồm: giới thiệu sách, thi kể chuyện theo sách và đổi sách cũ lấy sách mới."),
            Img(f"{IMG}/2026/thang10/DOCSACH.jpg", "Học sinh tìm đọc sách tại gian trưng bày",
                "Học sinh tìm đọc sách tại gian trưng bày", "next"),
            P("Ngày hội thu hút đông đảo học sinh tham gia, góp phần xây dựng thói quen đọc sách."),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span style=\'font-size:13.0pt\'>'
                "Thư viện nhà trường<o:p></o:p></span></b></p>"),
        ],
        authors=["Thư viện nhà trường"],
        opts={"mode": "word", "posted": "2026-10-21 00:00"},
    ),
    Story(
        id=91, slug="hkpd", cat="1",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        published_at="2026-10-08T07:05:00+07:00",
        blocks=[
            P("Sáng 08/10/2026, Trường THCS Nguyễn Văn Trỗi khai mạc Hội khỏe Phù Đổng cấp trường."),
            P("Hội khỏe có các môn: điền kinh, bóng đá mini, cầu lông, cờ vua và kéo co với hơn 400 "
              "vận động viên tham gia."),
            P("Các môn thi đấu sẽ diễn ra đến hết ngày 17/10/2026.", "br1"),
            Img(f"{IMG}/2026/thang10/HKPD.jpg", "Lễ khai mạc Hội khỏe Phù Đổng", "Lễ khai mạc Hội khỏe Phù Đổng", "br"),
            P("Qua Hội khỏe, nhà trường sẽ chọn đội tuyển tham dự Hội khỏe Phù Đổng huyện Cam Lâm."),
            Raw("<i>Nguồn: Báo Khánh Hòa</i>"),
        ],
        source="Báo Khánh Hòa",
        opts={"mode": "br", "posted": "2026-10-08 07:05"},
    ),
]

NOTICES: list[Story] = [
    Story(
        id=33, slug="lich-kt-hk1", cat="tb",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        published_at="2026-12-01",
        blocks=[
            P("Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Ban giám hiệu thông báo lịch kiểm tra "
              "cuối học kỳ I như sau:"),
            P("Ngày | Buổi | Môn | Thời gian", "row"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh để biết, thực hiện."),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"doc": True, "so": "52/TB-THCSNVT", "day": ("01", "12", "2026"),
              "subject": "Về việc tổ chức kiểm tra cuối học kỳ I", "post": "HIỆU TRƯỞNG",
              "signer": "Nguyễn Văn Hùng", "kind": "THÔNG BÁO"},
    ),
    Story(
        id=32, slug="clb-tieng-anh", cat="tb",
        title="Thông báo tuyển sinh Câu lạc bộ Tiếng Anh học kỳ I",
        published_at="2026-11-23T17:40:00+07:00",
        blocks=[
            P("Tổ Ngoại ngữ thông báo tuyển học sinh tham gia Câu lạc bộ Tiếng Anh học kỳ I."),
            P("Đối tượng: học sinh khối 6, 7 yêu thích môn Tiếng Anh."),
            P("Thời gian sinh hoạt: chiều thứ Năm hằng tuần, từ 15 giờ 00 đến 16 giờ 30."),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 30/11/2026."),
            Raw('<p align="right"><b>Tổ Ngoại ngữ</b></p>'),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"posted": "2026-11-23 17:40"},
    ),
    Story(
        id=30, slug="nghi-bao", cat="tb",
        title="Thông báo cho học sinh nghỉ học tránh bão số 13",
        published_at="2026-11-05",
        blocks=[
            P("Thực hiện Công văn số 1520/UBND-VP ngày 05/11/2026 của UBND huyện Cam Lâm về việc ứng phó "
              "với bão số 13;"),
            P("Nhà trường thông báo cho toàn thể học sinh nghỉ học ngày 06/11/2026 và 07/11/2026."),
            P("Học sinh đi học lại bình thường từ thứ Hai, ngày 09/11/2026."),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"doc": True, "so": "47/TB-THCSNVT", "day": ("05", "11", "2026"),
              "subject": "Về việc cho học sinh nghỉ học tránh bão số 13", "post": "KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG",
              "signer": "Phạm Quốc Bảo", "kind": "THÔNG BÁO"},
    ),
]

#: the document entry among the notices (a PDF link only): not an article
DOC_NOTICE = {"id": 31, "title": "Kế hoạch năm học 2026-2027 của Trường THCS Nguyễn Văn Trỗi",
              "posted": "2026-11-10 10:00", "file": "/upload/vanban/KH_namhoc_2026-2027.pdf"}

BY_ID = {s.id: s for s in STORIES}
NOTICE_BY_ID = {s.id: s for s in NOTICES}
MOST_READ = [112, 103, 114, 108, 110]


def posted_of(s: Story) -> str:
    if "posted" in s.opts:
        return s.opts["posted"]
    d, m, y = s.opts["day"]
    return f"{y}-{m}-{d} 07:00"


# --- page chrome --------------------------------------------------------------------------


def _page(content: str, left_extra: str = "") -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{PAGE_TITLE}</title>
<meta name="keywords" content="THCS Nguyen Van Troi, Cam Lam, Khanh Hoa">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
<script language="javascript">
function showmenu(id){{document.getElementById(id).style.visibility='visible';}}
function hidemenu(id){{document.getElementById(id).style.visibility='hidden';}}
</script>
</head>
<body bgcolor="#E8F1D4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_ntr.jpg" width="980" height="150" border="0" alt=""></td></tr>
<tr><td colspan="3" bgcolor="#336600" height="26">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td>&nbsp;<a href="index.php" class="menutop"><font color="#FFFFFF"><b>TRANG CHỦ</b></font></a>
<font color="#FFFFFF">|</font> <a href="gioithieu.php" class="menutop"><font color="#FFFFFF"><b>GIỚI THIỆU</b></font></a>
<font color="#FFFFFF">|</font> <a href="tintuc.php?loai=1" class="menutop"><font color="#FFFFFF"><b>TIN TỨC</b></font></a>
<font color="#FFFFFF">|</font> <a href="thongbao.php" class="menutop"><font color="#FFFFFF"><b>THÔNG BÁO</b></font></a>
<font color="#FFFFFF">|</font> <a href="thuvienanh.php" class="menutop"><font color="#FFFFFF"><b>THƯ VIỆN ẢNH</b></font></a>
<font color="#FFFFFF">|</font> <a href="lienhe.php" class="menutop"><font color="#FFFFFF"><b>LIÊN HỆ</b></font></a></td>
<td align="right"><font color="#FFFF99" size="2"><b>{HEADER_TODAY}</b></font>&nbsp;</td>
</tr></table></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F3F8E8">
{_left_menu()}
{left_extra}
</td>
<td width="590" valign="top" style="padding:5px">
{content}
</td>
<td width="200" valign="top" bgcolor="#F3F8E8">
{_right_column()}
</td>
</tr>
<tr><td colspan="3" bgcolor="#336600" align="center" height="70">
<font color="#FFFFFF" size="2"><b>TRƯỜNG THCS NGUYỄN VĂN TRỖI</b><br>
Địa chỉ: Thôn Tân Hải, xã Cam Hải Tây, huyện Cam Lâm, tỉnh Khánh Hòa<br>
Điện thoại: 0258.3989.123 - Email: thcsnguyenvantroi.camlam@khanhhoa.edu.vn<br>
Copyright &copy; 2010 - Thiết kế: Cty TNHH Tin học Nha Trang</font></td></tr>
</table>
</body>
</html>
"""


def _left_menu() -> str:
    cats = "".join(
        f'<tr><td class="sub">&nbsp;&raquo; <a href="tintuc.php?loai={c}">{esc(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;DANH MỤC</b></font></td></tr>
<tr><td>&nbsp;<img src="images/bullet.gif" alt=""> <a href="index.php">Trang chủ</a></td></tr>
<tr><td onmouseover="showmenu('sub_gt')" onmouseout="hidemenu('sub_gt')">&nbsp;<img src="images/bullet.gif" alt="">
<a href="gioithieu.php">Giới thiệu</a>
<div id="sub_gt" style="visibility:hidden;position:absolute;background:#FFFFFF;border:1px solid #669933">
<a href="gioithieu.php">Lịch sử nhà trường</a><br><a href="gioithieu.php?muc=doingu">Đội ngũ giáo viên</a></div></td></tr>
<tr><td onmouseover="showmenu('sub_tt')" onmouseout="hidemenu('sub_tt')">&nbsp;<img src="images/bullet.gif" alt="">
<a href="tintuc.php?loai=1">Tin tức</a>
<div id="sub_tt" style="visibility:hidden;position:absolute;background:#FFFFFF;border:1px solid #669933">
<table>{cats}</table></div></td></tr>
<tr><td>&nbsp;<img src="images/bullet.gif" alt=""> <a href="thongbao.php">Thông báo</a></td></tr>
<tr><td>&nbsp;<img src="images/bullet.gif" alt=""> <a href="thuvienanh.php">Thư viện ảnh</a></td></tr>
<tr><td>&nbsp;<img src="images/bullet.gif" alt=""> <a href="lienhe.php">Liên hệ</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;TÌM KIẾM</b></font></td></tr>
<tr><td><form name="frmTK" action="timkiem.php" method="get">
<input type="text" name="tukhoa" size="16"> <input type="submit" value="Tìm"></form></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;LIÊN KẾT WEBSITE</b></font></td></tr>
<tr><td><select name="lienket" onchange="window.open(this.value)" style="width:170px">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://khanhhoa.edu.vn">Sở GD&amp;ĐT Khánh Hòa</option>
<option value="http://camlam.khanhhoa.gov.vn">UBND huyện Cam Lâm</option>
</select></td></tr></table>"""


def _right_column() -> str:
    rows = "".join(
        f'<tr><td valign="top"><img src="images/arrow.gif" alt=""></td>'
        f'<td><a href="tintuc.php?id={i}" class="link2">{esc(BY_ID[i].title)}</a></td></tr>'
        for i in MOST_READ
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="2" bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;TIN ĐỌC NHIỀU</b></font></td></tr>
{rows}
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;BÌNH CHỌN</b></font></td></tr>
<tr><td><form action="binhchon.php" method="post"><font size="2">Bạn thấy website của trường thế nào?<br>
<input type="radio" name="chon" value="1"> Đẹp<br><input type="radio" name="chon" value="2"> Bình thường<br>
<input type="radio" name="chon" value="3"> Cần cải tiến<br>
<input type="submit" value="Bình chọn"></font></form></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font size="2"><img src="images/online.gif" alt=""> Đang online: <b>12</b><br>
Hôm nay: <b>245</b><br>Tổng truy cập: <b>1.204.567</b></font></td></tr>
</table>
<br><a href="http://www.facebook.com/thcsnguyenvantroi.camlam" target="_blank"><img src="images/facebook.gif" border="0" alt="Facebook"></a>"""


def _breadcrumb(label: str, href: str) -> str:
    return (f'<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td class="dd" bgcolor="#F0F0F0">'
            f'<font size="2"><a href="index.php">Trang chủ</a> &raquo; <a href="{href}">{esc(label)}</a></font>'
            f"</td></tr></table>")


# --- truncation with PHP's byte substr (trap 5) ----------------------------------------------

def cut(value: str, nbytes: int) -> str:
    """A placeholder for ``substr($value, 0, nbytes)."..."``; the bytes are put in by ``finish``."""
    data = value.encode("utf-8")
    if len(data) <= nbytes:
        return esc(value)
    return f"\ue000{(data[:nbytes] + b'...').hex()}\ue001"


def finish(page: str) -> Response:
    """Encode a page, putting the byte-cut texts in as PHP printed them (broken UTF-8)."""
    body = page.encode("utf-8")

    def put(match: re.Match) -> bytes:
        raw = bytes.fromhex(match.group(1).decode("ascii"))
        return raw.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")

    return html(re.sub("\ue000([0-9a-f]+)\ue001".encode(), put, body))


# --- article text -------------------------------------------------------------------------


def _img_tag(img: Img, width: int = 450) -> str:
    return (f'<img style="width: {width}px; height: {width * 3 // 4}px" border="0" alt="" '
            f'src="{esc(img.src)}" />')


def _body_p(s: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush_rows() -> None:
        if rows:
            trs = "".join(
                "<tr>" + "".join(f"<td>{fck(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in rows
            )
            out.append(f'<table cellspacing="0" cellpadding="3" width="100%" border="1"><tbody>{trs}</tbody></table>')
            rows.clear()

    for i, b in enumerate(s.blocks):
        if s.opts.get("more") == i:
            flush_rows()
            out.append('<p><a href="javascript:void(0)" onclick="document.getElementById(\'xemtiep\').style.display'
                       "='block';this.style.display='none'\"><font color=\"#0000FF\"><b>Xem tiếp &raquo;</b></font></a></p>"
                       '<div id="xemtiep" style="display:none">')
        if isinstance(b, P) and b.style == "row":
            rows.append(b.text)
            continue
        flush_rows()
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{fck(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify">{fck(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "table":
                out.append('<table cellspacing="1" cellpadding="1" width="460" align="center" border="0"><tbody>'
                           f'<tr><td>{_img_tag(b)}</td></tr>'
                           f'<tr><td style="text-align: center"><em>{fck(b.printed or "")}</em></td></tr>'
                           "</tbody></table>")
            else:
                out.append(f'<p style="text-align: center">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center"><em>{fck(b.printed)}</em></p>')
        else:
            out.append(b.html)
    flush_rows()
    if "more" in s.opts:
        # the byline stays in the hidden part too, as the editor typed it at the end
        out.append("</div>")
    return "\n".join(out)


def _body_br(s: Story) -> str:
    parts: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            sep = "<br />\r\n" if b.style == "br1" else "<br />\r\n<br />\r\n"
            parts.append((sep if parts else "") + fck(b.text))
        elif isinstance(b, Img):
            line = f'<br />\r\n<br />\r\n<div style="text-align: center">{_img_tag(b)}'
            if b.printed:
                line += f"<br />\r\n<i>{fck(b.printed)}</i>"
            parts.append(line + "</div>")
        else:
            parts.append("<br />\r\n<br />\r\n" + b.html)
    return f'<font face="Times New Roman" size="3">{"".join(parts)}</font>'


def _body_word(s: Story) -> str:
    span = "<span lang=\"VI\" style='font-size:13.0pt;line-height:150%;font-family:\"Times New Roman\",\"serif\"'>"
    out: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            out.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                       f"{span}{fck(b.text)}<o:p></o:p></span></p>")
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif isinstance(b, Img):
            out.append(f'<p class="MsoNormal" align="center" style="text-align:center">{_img_tag(b)}</p>')
            if b.printed:
                out.append(f'<p class="MsoNormal" align="center" style="text-align:center"><i>{span}'
                           f"{fck(b.printed)}<o:p></o:p></span></i></p>")
        else:
            out.append(b.html)
    return "\n".join(out)


def article_text(s: Story) -> str:
    mode = s.opts.get("mode", "p")
    return {"p": _body_p, "br": _body_br, "word": _body_word}[mode](s)


def _comments(s: Story) -> str:
    items = s.opts.get("comments", [])
    rows = "".join(
        f'<tr><td bgcolor="#F5F5F5"><font size="2"><b>{esc(name)}</b> <font color="#808080">({en_date(when)})</font>'
        f"</font></td></tr><tr><td><font size=\"2\">{esc(txt)}</font></td></tr>"
        for name, when, txt in items
    )
    head = f"Ý kiến bạn đọc ({len(items)})" if items else "Ý kiến bạn đọc"
    return f"""<br><table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;{head}</b></font></td></tr>
{rows}
<tr><td><form action="guiykien.php" method="post"><input type="hidden" name="id" value="{s.id}">
<font size="2">Họ tên: <input type="text" name="hoten" size="30"><br>
Nội dung:<br><textarea name="noidung" cols="50" rows="4"></textarea><br>
<input type="submit" value="Gửi ý kiến"></font></form></td></tr></table>"""


def _others(s: Story) -> str:
    others = [o for o in STORIES if o.cat == s.cat and o.id != s.id][:3]
    rows = "".join(
        f'&nbsp;&nbsp;<img src="images/arrow.gif" alt=""> <a href="tintuc.php?id={o.id}">{esc(o.title)}</a> '
        f'<font color="#808080" size="1">({short_date(posted_of(o))})</font><br>'
        for o in others
    )
    return f'<br><font color="#CC0000"><b>Các tin khác:</b></font><br>{rows}'


def post_page(s: Story, *, printing: bool = False) -> str:
    cat = CATS[int(s.cat)]
    sapo = ""
    if s.summary:
        sapo = f'<tr><td><font color="#003399"><b>{fck(s.summary)}</b></font></td></tr>'
    updated = ""
    if "updated" in s.opts:
        updated = (f'<tr><td align="right"><font size="1" color="#808080"><i>Sửa lần cuối: '
                   f"{en_date(s.opts['updated'])} bởi quantri</i></font></td></tr>")
    core = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="3" color="#CC0000"><b>{esc(s.title)}</b></font></td></tr>
<tr><td><font size="1" color="#808080">({en_date(posted_of(s))}) &nbsp;|&nbsp; Lượt xem: {s.views()}</font></td></tr>
{sapo}
<tr><td class="nd_tin"><font face="Arial" size="2">
{article_text(s)}
</font></td></tr>
{updated}
</table>"""
    if printing:
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{PAGE_TITLE}</title></head><body onload="window.print()">
<font size="2"><b>TRƯỜNG THCS NGUYỄN VĂN TRỖI - CAM LÂM</b> &nbsp;-&nbsp; Chuyên mục: {esc(cat)}</font><hr>
{core}
<hr><font size="1">Trang in từ website Trường THCS Nguyễn Văn Trỗi</font></body></html>"""
    tools = (f'<tr><td align="right"><a href="javascript:void(0)" onclick="window.open(\'intin.php?id={s.id}\','
             "'InTin','width=700,height=600,scrollbars=yes')\"><img src=\"images/print.gif\" border=\"0\" alt=\"In bài\"> "
             'In bài</a> &nbsp; <a href="javascript:history.back()"><img src="images/back.gif" border="0" alt=""> '
             "Quay lại</a> &nbsp; <a href=\"#\" onclick=\"window.scrollTo(0,0)\">Lên đầu trang</a></td></tr>")
    return _page(_breadcrumb(cat, f"tintuc.php?loai={s.cat}")
                 + core + f'<table width="100%">{tools}</table>'
                 + _comments(s) + _others(s))


# --- notices -------------------------------------------------------------------------------


def notice_entries() -> list[tuple[str, str, str]]:
    """(posted, title, href) of every notice, the document entry included, newest first."""
    entries = [(posted_of(n), n.title, f"thongbao.php?id={n.id}") for n in NOTICES]
    entries.append((DOC_NOTICE["posted"], DOC_NOTICE["title"], f"thongbao.php?id={DOC_NOTICE['id']}"))
    return sorted(entries, reverse=True)


def notice_page(s: Story) -> str:
    o = s.opts
    paras: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            trs = "".join("<tr>" + "".join(f"<td>{fck(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in rows)
            paras.append(f'<table border="1" cellpadding="3" cellspacing="0" width="100%">{trs}</table>')
            rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "row":
            rows.append(b.text)
            continue
        flush()
        if isinstance(b, P):
            paras.append(f'<p style="text-align: justify; text-indent: 30px">{fck(b.text)}</p>')
        elif isinstance(b, Raw):
            paras.append(b.html)
    flush()
    text_html = "\n".join(paras)
    if o.get("doc"):
        d, m, y = o["day"]
        text_html = f"""<table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td align="center" width="45%" valign="top"><font size="2">PHÒNG GD&amp;ĐT CAM LÂM<br>
<b>TRƯỜNG THCS NGUYỄN VĂN TRỖI</b><br>___________</font></td>
<td align="center" valign="top"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>
<b>Độc lập - Tự do - Hạnh phúc</b><br>_____________________</font></td></tr>
<tr><td align="center"><font size="2">Số: {o['so']}</font></td>
<td align="center"><font size="2"><i>Cam Lâm, ngày {d} tháng {m} năm {y}</i></font></td></tr>
</table>
<p align="center"><b>{o['kind']}</b><br><b>{esc(o['subject'])}</b></p>
{text_html}
<table width="100%" border="0"><tr>
<td width="50%" valign="top"><font size="1"><b><i>Nơi nhận:</i></b><br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</font></td>
<td align="center" valign="top"><b>{o['post']}</b><br><br><i>(đã ký)</i><br><br><b>{esc(o['signer'])}</b></td>
</tr></table>"""
        dateline = ""
    else:
        dateline = (f'<tr><td><font size="1" color="#808080">({en_date(posted_of(s))}) &nbsp;|&nbsp; '
                    f"Lượt xem: {s.views()}</font></td></tr>")
    others = "".join(
        f'&nbsp;&nbsp;<img src="images/arrow.gif" alt=""> <a href="{href}">{esc(title)}</a><br>'
        for _, title, href in [e for e in notice_entries() if e[2] != f"thongbao.php?id={s.id}"][:2]
    )
    content = f"""{_breadcrumb(NOTICE_CAT, "thongbao.php")}
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="3" color="#0000CC"><b>{esc(s.title)}</b></font></td></tr>
{dateline}
<tr><td class="nd_tb"><font face="Times New Roman" size="3">
{text_html}
</font></td></tr></table>
<br><font color="#CC0000"><b>Các thông báo khác:</b></font><br>{others}"""
    return _page(content)


def doc_notice_page() -> str:
    d = DOC_NOTICE
    content = f"""{_breadcrumb(NOTICE_CAT, "thongbao.php")}
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="3" color="#0000CC"><b>{esc(d['title'])}</b></font></td></tr>
<tr><td><font size="1" color="#808080">({en_date(d['posted'])})</font></td></tr>
<tr><td><font size="2">Tải về: <img src="images/pdf.gif" alt=""> <a href="{d['file']}">KH_namhoc_2026-2027.pdf</a>
(245 KB)</font></td></tr></table>"""
    return _page(content)


# --- listings ------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return '<img src="images/no_image.gif" width="100" height="75" border="1" alt="">'
    base = imgs[0].src.rsplit("/", 1)[1]
    return f'<img src="{IMG}/_thumbs/{base}" width="100" height="75" border="1" alt="">'


def _mota(s: Story) -> str:
    return s.summary or next(b.text for b in s.blocks if isinstance(b, P))


def _item(s: Story, detail_href: str, link: str) -> str:
    return f"""<table width="100%" border="0" cellpadding="3" cellspacing="0" style="border-bottom:1px dotted #CCCCCC">
<tr><td width="110" valign="top"><a href="{link}">{_thumb(s)}</a></td>
<td valign="top"><a href="{link}" class="tieude"><font color="#003399"><b>{cut(s.title, 60)}</b></font></a>
<font size="1" color="#808080">({short_date(posted_of(s))})</font><br>
<font size="2">{cut(_mota(s), 150)}</font>
<a href="{detail_href}"><font size="1" color="#CC0000">Chi tiết &raquo;</font></a></td></tr></table>"""


def _pager(total_pages: int, page: int, href: str) -> str:
    if total_pages <= 1:
        return ""
    links = []
    for p in range(1, total_pages + 1):
        links.append(f"<b>[{p}]</b>" if p == page else f'<a href="{href}trang={p}">{p}</a>')
    if page < total_pages:
        links.append(f'<a href="{href}trang={page + 1}">&raquo;</a>')
    return f'<p align="center"><font size="2">Trang: {" ".join(links)}</font></p>'


def listing_page(cat: int, page: int) -> Response | None:
    posts = [s for s in STORIES if s.cat == str(cat)]
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = "".join(_item(s, f"tintuc.php?loai={cat}&id={s.id}", f"tintuc.php?id={s.id}") for s in chunk)
    content = _breadcrumb(CATS[cat], f"tintuc.php?loai={cat}") + items + _pager(pages, page, f"tintuc.php?loai={cat}&")
    return finish(_page(content))


def notice_listing(page: int) -> Response | None:
    entries = notice_entries()
    pages = -(-len(entries) // NOTICE_PER_PAGE)
    if page < 1 or page > pages:
        return None
    chunk = entries[(page - 1) * NOTICE_PER_PAGE: page * NOTICE_PER_PAGE]
    rows = "".join(
        f'<tr><td><img src="images/new.gif" alt=""> <a href="{href}"><b>{cut(title, 60)}</b></a> '
        f'<font size="1" color="#808080">({short_date(when)})</font></td></tr>'
        for when, title, href in chunk
    )
    content = (_breadcrumb(NOTICE_CAT, "thongbao.php")
               + f'<table width="100%" border="0" cellpadding="4">{rows}</table>'
               + _pager(pages, page, "thongbao.php?"))
    return finish(_page(content))


def home_page() -> Response:
    newest = STORIES[:5]
    hot = [BY_ID[i] for i in (112, 103, 108)]
    marquee = " &nbsp;&nbsp; ".join(
        f'<img src="images/new.gif" alt=""> <a href="tintuc.php?id={s.id}">{esc(s.title)}</a>' for s in hot
    )
    items = "".join(_item(s, f"tintuc.php?loai={s.cat}&id={s.id}", f"tintuc.php?id={s.id}") for s in newest)
    notes = notice_entries()[:3]
    note_rows = "".join(
        f'<tr><td>&raquo; <a href="{href}">{cut(title, 60)}</a></td></tr>' for _, title, href in notes
    )
    chuyenmon = "".join(
        f'<tr><td>&raquo; <a href="tintuc.php?id={s.id}">{esc(s.title)}</a></td></tr>'
        for s in STORIES if s.cat == "2"
    )
    content = f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#FFFFCC"><font size="2" color="#CC0000"><b>Tin nổi bật:</b></font>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr></table>
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;TIN MỚI</b></font></td></tr></table>
{items}
<table width="100%" border="0" cellpadding="0" cellspacing="4"><tr>
<td width="50%" valign="top"><table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;THÔNG BÁO</b></font></td></tr>{note_rows}
<tr><td align="right"><a href="thongbao.php"><font size="1">Xem tất cả &raquo;</font></a></td></tr></table></td>
<td valign="top"><table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>&nbsp;HOẠT ĐỘNG CHUYÊN MÔN</b></font></td></tr>{chuyenmon}</table></td>
</tr></table>"""
    return finish(_page(content))


# --- other pages ---------------------------------------------------------------------------


def intro_page(muc: str) -> Response | None:
    if muc == "":
        body = """<p align="center"><font size="3" color="#CC0000"><b>LỊCH SỬ NHÀ TRƯỜNG</b></font></p>
<p style="text-align: justify">Trường THCS Nguyễn Văn Trỗi được thành lập năm 1995 theo Quyết định của UBND huyện Cam Ranh
(nay thuộc huyện Cam Lâm), tọa lạc tại thôn Tân Hải, xã Cam Hải Tây.</p>
<p style="text-align: justify">Năm học 2026-2027, trường có 28 lớp với 1.120 học sinh, 62 cán bộ, giáo viên, nhân viên.</p>
<p style="text-align: justify">Nhiều năm liền trường đạt danh hiệu Tập thể lao động tiên tiến.</p>
<p align="right"><font size="1">Cập nhật: 15/08/2026</font></p>"""
    elif muc == "doingu":
        body = """<p align="center"><font size="3" color="#CC0000"><b>ĐỘI NGŨ CÁN BỘ, GIÁO VIÊN</b></font></p>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<tr><td><b>TT</b></td><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td></tr>
<tr><td>1</td><td>Nguyễn Văn Hùng</td><td>Hiệu trưởng</td></tr>
<tr><td>2</td><td>Phạm Quốc Bảo</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>3</td><td>Võ Đình Tuấn</td><td>Tổ trưởng tổ Toán - Tin</td></tr>
</table>"""
    else:
        return None
    return html(_page(_breadcrumb("Giới thiệu", "gioithieu.php") + body))


def contact_page() -> Response:
    body = """<p><font size="3" color="#CC0000"><b>LIÊN HỆ</b></font></p>
<p>Trường THCS Nguyễn Văn Trỗi - Thôn Tân Hải, xã Cam Hải Tây, huyện Cam Lâm, tỉnh Khánh Hòa</p>
<p>Điện thoại: 0258.3989.123</p>
<form action="lienhe.php" method="post"><font size="2">Họ tên: <input type="text" name="hoten"><br>
Email: <input type="text" name="email"><br>Nội dung:<br><textarea name="noidung" cols="50" rows="5"></textarea><br>
<input type="submit" value="Gửi"></font></form>"""
    return html(_page(_breadcrumb("Liên hệ", "lienhe.php") + body))


def album_page() -> Response:
    cells = "".join(
        f'<td align="center"><img src="{IMG}/_thumbs/{name}" width="120" height="90" border="1" alt=""><br>'
        f"<font size=\"1\">{esc(cap)}</font></td>"
        for name, cap in [("KHN_01.jpg", "Kế hoạch nhỏ 2026"), ("20-11_01.jpg", "Lễ 20/11"),
                          ("HKPD.jpg", "Hội khỏe Phù Đổng")]
    )
    body = (f'<p><font size="3" color="#CC0000"><b>THƯ VIỆN ẢNH</b></font></p>'
            f'<table width="100%" border="0" cellpadding="4"><tr>{cells}</tr></table>')
    return html(_page(_breadcrumb("Thư viện ảnh", "thuvienanh.php") + body))


def _small(title: str, message: str) -> Response:
    return html(_page(_breadcrumb(title, "index.php") + f'<p><font size="2">{esc(message)}</font></p>'))


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.php") and not request.query:
            return home_page()
        if path == "/tintuc.php":
            ident = _int(params.get("id"))
            if "id" in params:
                s = BY_ID.get(ident or -1)
                return html(post_page(s)) if s else None
            cat = _int(params.get("loai", "1"))
            page = _int(params.get("trang", "1"))
            if cat not in CATS or page is None:
                return None
            return listing_page(cat, page)
        if path == "/intin.php":
            s = BY_ID.get(_int(params.get("id")) or -1)
            return html(post_page(s, printing=True)) if s else None
        if path == "/thongbao.php":
            if "id" in params:
                ident = _int(params.get("id"))
                if ident == DOC_NOTICE["id"]:
                    return html(doc_notice_page())
                n = NOTICE_BY_ID.get(ident or -1)
                return html(notice_page(n)) if n else None
            page = _int(params.get("trang", "1"))
            return notice_listing(page) if page is not None else None
        if path == "/gioithieu.php":
            return intro_page(params.get("muc", ""))
        if path == "/lienhe.php":
            if request.method == "POST":
                return _small("Liên hệ", "Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ trả lời sớm.")
            return contact_page()
        if path == "/thuvienanh.php" and not request.query:
            return album_page()
        if path == "/timkiem.php":
            return _small("Tìm kiếm", f"Không tìm thấy kết quả cho từ khóa “{params.get('tukhoa', '')}”.")
        if path == "/binhchon.php":
            return _small("Bình chọn", "Kết quả: Đẹp 62% - Bình thường 30% - Cần cải tiến 8%.")
        if path == "/guiykien.php":
            return _small("Ý kiến bạn đọc", "Ý kiến của bạn đã được gửi, chờ kiểm duyệt.")
        if path == DOC_NOTICE["file"]:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/UserFiles/", "/images/", "/css/", "/js/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _post_gold(s: Story) -> dict:
    return gold_record(
        s, f"/tintuc.php?id={s.id}", CATS[int(s.cat)],
        alt_paths=[f"/tintuc.php?loai={s.cat}&id={s.id}", f"/intin.php?id={s.id}"],
    )


GOLD = [_post_gold(s) for s in STORIES] + [
    gold_record(n, f"/thongbao.php?id={n.id}", NOTICE_CAT) for n in NOTICES
]

NON_ARTICLES = [
    "/gioithieu.php",
    "/gioithieu.php?muc=doingu",
    "/lienhe.php",
    "/thuvienanh.php",
    f"/thongbao.php?id={DOC_NOTICE['id']}",
]
