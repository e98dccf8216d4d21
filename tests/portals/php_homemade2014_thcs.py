"""Trường THCS Nguyễn Du (Krông Búk, Đắk Lắk) on a home-made PHP site a teacher wrote in 2014.

Platform
--------
One ``index.php`` that switches on ``?mod=``: no framework, no CMS, no rewriting, no canonical
link, no sitemap, no robots.txt. Layout is a 980 px centred table (header banner, a red menu
bar, a ``<marquee>`` of the newest titles, a left column of widgets, a content cell, a right
column of widgets, a footer) with inline styles and ``<font>`` tags; the content cell of the
detail pages is partly ``<div>``. The editor is an old CKEditor into which teachers paste from
Word (``MsoNormal`` paragraphs, ``<o:p>``, a ``<style>`` block and ``<!--[if gte mso 9]>`` XML
left in the text) or type lines separated by ``<br>``.

The header prints today's date as "Thứ Bảy, 05/12/2026" (PHP ``date()`` with a weekday array),
never a publication date.

URL scheme
----------
- ``/`` and ``/index.php`` are the same script: every page answers under both.
- ``/?mod=news&act=detail&id=<n>``: an article (the gold path). The script reads ``$_GET`` only,
  so any parameter order and any extra parameter (``PHPSESSID``) serve the same article.
- ``/?mod=news&act=print&id=<n>``: the "In bài viết" print view of the same article.
- ``/?mod=news&cat=<k>&p=<n>``: a category list, 10 per page, newest first. ``cat=1`` (Tin tức)
  is the parent of ``cat=2`` (Hoạt động Đội) and ``cat=3`` (Tổ chuyên môn) and lists the three;
  ``cat=4`` is Thông báo. The pager prints ``index.php?mod=news&cat=<k>&p=<n>`` links.
- ``/?mod=page&id=<n>`` static pages (Giới thiệu, Cơ cấu tổ chức), ``/?mod=contact``,
  ``/?mod=album`` and ``/?mod=album&id=<n>`` (photo galleries), ``/?mod=vanban`` and
  ``/?mod=vanban&act=view&id=<n>`` (document entries), ``/upload/files/...`` (PDF/DOC files),
  ``/upload/images/...`` photos, ``/images/...`` layout images.

Templates
---------
- news detail (cats 1-3), table layout: a grey bar with the section name, a breadcrumb
  "Trang chủ » Tin tức » <section>", ``<td class="tieudetin">`` with the title, a line
  "Ngày đăng: dd/mm/yyyy - HH:MM | Lượt xem: n | Người đăng: <login>", the optional "tóm tắt"
  field in ``<div class="tomtat"><b>``, the content ``<div class="noidung">``, a tool row
  "[In bài viết] [Gửi email] [Quay lại] [Lên đầu trang]", "Các tin khác" (title + date).
- notice detail (cat 4, the teacher's second file ``thongbao.php``), div layout: a red
  ``<font>`` title inside ``<div id="tb_title">``, the date in brackets "(03/12/2026)"
  without time, the content, an attachment line "File đính kèm:", "Các thông báo khác".
- print view: title, the date line and the content only.

How each gold article is reached
--------------------------------
- Home: "Tin mới nhất" (5 newest of cats 1-3, ``?mod=news&act=detail&id=``), the "Thông báo"
  box (5 newest entries of cat 4, documents included), the marquee (6 newest titles written
  ``index.php?mod=news&id=<n>&act=detail``), "Tin xem nhiều" (links carry ``&PHPSESSID=``).
- ``cat=1`` p=1 lists 10 entries, p=2 the last 3: the Trung thu story (Hoạt động Đội), the
  thao giảng plan (Tổ chuyên môn) and the parents' meeting (Tin tức) are on page 2 only.
- ``cat=4``: 3 notices among 18 document entries; the December exam notice on p=1, the flood
  notice on p=2, the September timetable notice only on p=3.
- ``cat=2`` and ``cat=3`` are in the menu only through a JavaScript submenu array; the detail
  pages' breadcrumbs link to them (there the Đội and tổ chuyên môn stories are on page 1).
  The parents' meeting story (Tin tức) is only on ``cat=1`` p=2 and in "Tin xem nhiều".
- Every detail page lists "Các tin khác" / "Các thông báo khác" (5 newest of its group).

Traps
-----
1. Title: the only ``<h1>`` of every page is the school name in the banner, and ``<title>`` is
   the same site name on every page. The headline is the bold ``td.tieudetin`` (or the red
   ``<font>`` of the notice template). One headline is typed in capitals ("ĐẠI HỘI CHA MẸ HỌC
   SINH ...") and is kept so (house rule: capitals kept).
2. Dates: header today "Thứ Bảy, 05/12/2026"; news pages "Ngày đăng: 05/11/2026 - 07:30"
   (day first: 5 November, not 11 May) -> "2026-11-05T07:30:00+07:00"; one page also prints
   "Sửa lần cuối: 01/12/2026 - 21:14" (not the publication date). Notices print "(03/12/2026)"
   -> "2026-12-03" while the official text above it is dated "Krông Búk, ngày 02 tháng 12 năm
   2026": the article's date is the date the page gives the post, the document's own date is a
   line of the document's heading (not body, it is a date). Marquee and "Các tin khác" print
   other articles' dates.
3. Authors: "Người đăng: admin" / "tokhtn" are logins (nothing). Signatures at the end:
   "Tin, ảnh: Nguyễn Thị Hoa" (both); "TPT Đội: Lê Thị Thu Hà" (post before the name: Lê Thị Thu
   Hà) with "Ảnh: Liên đội" (a school unit: photographer "Liên đội"); "ThS. Phạm Thị Minh
   Nguyệt - Tổ trưởng Tổ Ngữ văn" (degree and post dropped); "Y Khoa Niê - GV Thể dục";
   "Tin: H'Bia Niê (lớp 8A1)"; a right-aligned bare unit "Tổ Toán - Tin"; "Tổ Văn phòng";
   "Ảnh: CLB Nhiếp ảnh" (unit photographer); "Ảnh: sưu tầm" (nobody). The official notice ends
   with a signature block "HIỆU TRƯỞNG / (Đã ký) / Nguyễn Văn Sơn", right-aligned: the bare
   name at the end is the author (house rule), the post and "(Đã ký)" are not names and, as a
   signature, not body.
4. Source: a story reposted from the provincial paper ends "Minh Thuận" (author) then
   "Nguồn: Báo Đắk Lắk" (source "Báo Đắk Lắk"); its photo is an absolute URL on the paper's host
   (gold ``url``), its centred caption ends ". Ảnh: Minh Thuận" (caption kept as displayed,
   photographer Minh Thuận).
5. Summary: the "tóm tắt" field is printed bold above the content (summary, first body
   paragraph). On the Ngữ văn story the teacher pasted the same lead again as the content's
   first paragraph: a reader reads it once, so body starts with it once. Stories without the
   field have no summary even when their first paragraph is bold-ish Word text.
6. Body boundaries: Word paste leaves a ``<style>`` block (``/* Style Definitions */``) and an
   ``<!--[if gte mso 9]><xml>`` comment inside the content (not text); ``<br>``-typed text (each
   line a paragraph); empty ``&nbsp;`` paragraphs; data tables (one paragraph per row, cells
   joined by " | ": results of Hội khỏe Phù Đổng, the exam timetable, the thao giảng plan)
   next to a layout table of the Word paste that only holds a photo and its caption (not a
   data table: the photo and its caption); the notice's heading block ("TRƯỜNG THCS NGUYỄN DU",
   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: ...", the
   place-and-date line, the centred "THÔNG BÁO / Về lịch kiểm tra ..." that repeats the
   headline) is a letterhead, not body; "File đính kèm:" and the tool row, "Các tin
   khác", the poll and counter are not body.
7. Captions: italic centred line (``<p align="center"><em>``), a ``text-align:center`` line,
   a plain paragraph right under the photo (Tổ Toán - Tin), the second row of a Word layout
   table, a photo with only a ``title`` attribute (no caption), photos in a row without lines.
   Layout images (``images/new.gif`` "mới" badges beside titles, bullets, banner, logo, the
   counter's digit images) are not article images. Photo ``src`` forms differ: relative
   ``upload/images/...``, ``../upload/images/...`` (pasted from the admin panel; resolves to
   ``/upload/images/...``), absolute on the old domain ``thcsnguyendu.krongbuk.edu.vn`` (gold
   ``url``, the old host is not this one).
8. Category: articles of Hoạt động Đội and Tổ chuyên môn are found on the "Tin tức" list
   (parent): the category is the one the article's page shows (breadcrumb's last section), not
   the list it was found on.
9. Reaching: the pager's links are relative ``index.php?...`` links; ``cat=2``/``cat=3`` only in
   a ``document.write`` submenu and in breadcrumbs; list entries of three hidden articles answer
   200 with "Bài viết không tồn tại hoặc đã bị khóa!" (a soft 404, not an article); the
   Thông báo list mixes notices with document entries that link straight to PDF/DOC files or
   to ``?mod=vanban&act=view`` entries (not articles).
10. Duplicates: ``/index.php?mod=news&act=detail&id=N`` (lists), ``/index.php?mod=news&id=N&act=
    detail`` (marquee), ``...&PHPSESSID=<sid>`` (most read) and ``?mod=news&act=print&id=N``
    (print view) all serve the article: they are its ``alt_paths``.

Gold decisions
--------------
- published_at: the news template prints hours and minutes (seconds 00 in gold); the notice
  template prints the day only.
- images: in page order; caption is the printed line (None when none); a caption's
  "Ảnh: X" credit stays in the caption as displayed and also names the photographer.
- category: the breadcrumb's last section (news template) or the "Thông báo" bar (notices).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "php_homemade2014_thcs"
PLATFORM = "Home-made PHP (2014), index.php?mod=…, table layout, CKEditor + Word paste"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THCS Nguyễn Du"
SITE_TITLE = "Trường THCS Nguyễn Du - Krông Búk - Đắk Lắk"
OLD_HOST = "http://thcsnguyendu.krongbuk.edu.vn"
SID = "9f1c0a4e7b2d83c6e5a1f0b9d4c27e18"
PER_PAGE = 10

CATEGORIES = {
    "1": "Tin tức",
    "2": "Hoạt động Đội",
    "3": "Tổ chuyên môn",
    "4": "Thông báo",
}
#: cat=1 lists its children too
CHILDREN = {"1": ("1", "2", "3"), "2": ("2",), "3": ("3",), "4": ("4",)}


def img(name: str) -> str:
    return f"upload/images/2026/{name}"


# --- the articles, as the teachers typed them -------------------------------------------------
#
# opts: time (HH:MM, news template), login, views, sapo (tóm tắt printed), dup_lead (content
# repeats the lead), edited (Sửa lần cuối line), word (Word paste junk), letterhead (notice).
# P styles: "" <p>, "mso" Word paragraph, "br" lines of one <div> split by <br>, "h" bold
# sub-heading, "li" bullet, "oli" numbered item, "th"/"tr" table rows ("a | b"), "quote".
# Img styles: "em" centred italic line, "center" text-align line, "plain" plain <p> under the
# photo, "wtable" Word layout table (photo row, caption row), "title" only a title attribute,
# "row" photo in a row without a line.

STORIES: list[Story] = [
    Story(
        151,
        "hoi-khoe-phu-dong",
        "Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "1",
        "2026-12-02T08:05:00+07:00",
        [
            P(
                "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời "
                "tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp huyện, từ ngày 23 đến "
                "28/11/2026, Trường THCS Nguyễn Du đã tổ chức Hội khỏe Phù Đổng cấp trường năm học "
                "2026 - 2027.",
                "mso",
            ),
            P(
                "Hội khỏe thu hút hơn 320 lượt học sinh của 18 lớp tham gia tranh tài ở 5 môn: điền "
                "kinh, cầu lông, bóng bàn, đá cầu và kéo co. Các trận đấu diễn ra sôi nổi, an toàn, "
                "đúng tinh thần thể thao “Đoàn kết - Trung thực - Cao thượng”.",
                "mso",
            ),
            Img(
                img("11/hkpd-khai-mac.jpg"),
                "Học sinh lớp 9A2 trong phần thi kéo co",
                "Học sinh lớp 9A2 trong phần thi kéo co",
                "wtable",
            ),
            P("Kết quả một số nội dung chính:", "mso"),
            P("Môn | Nội dung | Giải | Lớp", "th"),
            P("Điền kinh | Chạy 60m nữ | Nhất | 7A3", "tr"),
            P("Điền kinh | Chạy 100m nam | Nhất | 9A1", "tr"),
            P("Cầu lông | Đơn nam | Nhất | 8A2", "tr"),
            P("Kéo co | Khối 9 | Nhất | 9A2", "tr"),
            P(
                "Ban tổ chức đã trao 24 giải cá nhân và 6 giải đồng đội cho các lớp. Nhà trường sẽ "
                "thành lập đội tuyển gồm 26 vận động viên tham gia Hội khỏe Phù Đổng huyện Krông Búk "
                "vào tháng 01/2027.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                'style="font-size:13.0pt">Y Khoa Niê - GV Thể dục</span></b><o:p></o:p></p>'
            ),
        ],
        authors=["Y Khoa Niê"],
        opts={"time": "08:05", "login": "admin", "word": True, "edited": "01/12/2026 - 21:14"},
    ),
    Story(
        150,
        "ke-hoach-nho",
        "Liên đội THCS Nguyễn Du phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        "2",
        "2026-11-27T10:20:00+07:00",
        [
            P(
                "Sáng thứ Hai, 23/11/2026, trong buổi chào cờ đầu tuần, Liên đội THCS Nguyễn Du đã "
                "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa năm học 2026 - 2027."
            ),
            P(
                "Số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn "
                "ở các buôn Ea Siên, Ea Ngai trước dịp Tết Nguyên đán."
            ),
            Img(
                img("11/kehoachnho-1.jpg"),
                "Đội viên các chi đội mang giấy vụn đến sân trường",
                "Đội viên các chi đội mang giấy vụn đến sân trường",
                "em",
            ),
            P(
                "Chỉ trong tuần đầu, các chi đội đã thu gom được gần 1,2 tấn giấy vụn và 300 kg chai "
                "nhựa. Chi đội 7A1 và 9A3 dẫn đầu với hơn 150 kg mỗi chi đội."
            ),
            Img(
                img("11/kehoachnho-2.jpg"),
                "Ban chỉ huy Liên đội cân và ghi sổ kết quả từng chi đội",
                "Ban chỉ huy Liên đội cân và ghi sổ kết quả từng chi đội",
                "em",
            ),
            P(
                "Phong trào sẽ kéo dài đến hết ngày 31/12/2026; kết quả được tính vào thi đua của các "
                "chi đội trong học kỳ I."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TPT Đội: Lê Thị Thu Hà</strong><br />'
                "<em>Ảnh: Liên đội</em></p>"
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Liên đội"],
        opts={"time": "10:20", "login": "liendoi"},
    ),
    Story(
        149,
        "stem-toan-8",
        "Tổ Toán - Tin sinh hoạt chuyên đề “Dạy học STEM trong môn Toán lớp 8”",
        "3",
        "2026-11-24T14:00:00+07:00",
        [
            P(
                "Chiều ngày 21/11/2026, Tổ Toán - Tin Trường THCS Nguyễn Du tổ chức sinh hoạt chuyên "
                "đề “Dạy học STEM trong môn Toán lớp 8” với sự tham gia của Ban giám hiệu và 11 giáo "
                "viên trong tổ."
            ),
            P(
                "Tiết dạy minh họa bài “Hình chóp tam giác đều” do cô Đỗ Thị Lan thực hiện tại lớp "
                "8A2. Học sinh được chia nhóm, dùng bìa cứng và que tre để thiết kế mô hình hình "
                "chóp, sau đó tính diện tích xung quanh và thể tích của mô hình."
            ),
            Img(img("11/stem-toan8.jpg"), "Các nhóm học sinh trình bày mô hình hình chóp", "Các nhóm học sinh trình bày mô hình hình chóp", "plain"),
            P("Sau tiết dạy, các thành viên trong tổ đã thảo luận và thống nhất:", ""),
            P("Mỗi học kỳ mỗi khối lớp thực hiện ít nhất một chủ đề STEM;", "li"),
            P("Sản phẩm của học sinh được đánh giá theo bảng tiêu chí công khai;", "li"),
            P("Tăng cường sử dụng phần mềm GeoGebra trong các tiết hình học.", "li"),
            P(
                "Chuyên đề giúp giáo viên có thêm kinh nghiệm tổ chức hoạt động trải nghiệm, gắn kiến "
                "thức toán học với thực tiễn cuộc sống."
            ),
            Raw('<p align="right"><b>Tổ Toán - Tin</b></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"time": "14:00", "login": "totoantin"},
    ),
    Story(
        148,
        "ky-niem-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "1",
        "2026-11-20T15:42:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Trần Quốc Huy, Phó Trưởng phòng GD&ĐT huyện Krông Búk, đại "
                "diện lãnh đạo Đảng ủy, UBND xã Pơng Drang, Ban đại diện cha mẹ học sinh cùng các thế "
                "hệ thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Ôn lại truyền thống, thầy Nguyễn Văn Sơn, Hiệu trưởng nhà trường cho biết: năm học "
                "2025 - 2026, trường có 32 học sinh giỏi cấp huyện, 7 học sinh giỏi cấp tỉnh, tỷ lệ "
                "học sinh lên lớp đạt 98,6%; 5 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện."
            ),
            Img(img("11/le-20-11-a.jpg"), "Tiết mục văn nghệ chào mừng của học sinh khối 9", "Tiết mục văn nghệ chào mừng của học sinh khối 9", "em"),
            P(
                "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo "
                "cho học sinh noi theo”, thầy Sơn nhấn mạnh.",
                "quote",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 14 giáo viên đạt thành tích xuất sắc trong "
                "đợt thi đua chào mừng ngày 20/11 và trao 20 suất học bổng cho học sinh nghèo vượt khó."
            ),
            Img(img("11/le-20-11-b.jpg"), "Trao học bổng cho học sinh nghèo vượt khó", "Trao học bổng cho học sinh nghèo vượt khó", "em"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Hoa</strong></p>'),
        ],
        authors=["Nguyễn Thị Hoa"],
        photographers=["Nguyễn Thị Hoa"],
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc."
        ),
        sapo_outside=True,
        opts={"time": "15:42", "login": "admin"},
    ),
    Story(
        146,
        "nghi-hoc-mua-lu",
        "Thông báo cho học sinh nghỉ học do mưa lũ ngày 18/11/2026",
        "4",
        "2026-11-17",
        [
            P("Thực hiện chỉ đạo của Phòng GD&ĐT huyện Krông Búk về việc ứng phó với mưa lũ,", "br"),
            P("Nhà trường thông báo: toàn bộ học sinh được nghỉ học ngày thứ Tư, 18/11/2026.", "br"),
            P("Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp.", "br"),
            P(
                "Học sinh ở các buôn vùng trũng (buôn Ea Siên, thôn 5, thôn 7) không đi qua các "
                "ngầm tràn, suối khi nước đang dâng cao.",
                "br",
            ),
            P("Lịch học bù sẽ được thông báo sau.", "br"),
            Raw('<p align="right"><i>Tổ Văn phòng</i></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"login": "vanphong"},
    ),
    Story(
        144,
        "ket-nap-doi-vien",
        "Lễ kết nạp đội viên mới đợt 1 năm học 2026 - 2027",
        "2",
        "2026-11-05T07:30:00+07:00",
        [
            P(
                "Sáng ngày 02/11/2026, Liên đội THCS Nguyễn Du tổ chức Lễ kết nạp đội viên mới cho 46 "
                "em học sinh khối 6 đã hoàn thành chương trình rèn luyện đội viên."
            ),
            P(
                "Trong không khí trang nghiêm, các em đã tuyên đọc lời hứa của đội viên và được các "
                "anh chị phụ trách thắt khăn quàng đỏ, gắn huy hiệu Đội."
            ),
            Img(img("11/ketnap-1.jpg"), "Các em đội viên mới tuyên đọc lời hứa", "Các em đội viên mới tuyên đọc lời hứa", "center"),
            P(
                "Em H'Nhi Byă, lớp 6A3, xúc động chia sẻ: “Em rất tự hào khi được đứng trong hàng ngũ "
                "Đội Thiếu niên Tiền phong Hồ Chí Minh, em sẽ cố gắng học tập thật tốt”."
            ),
            Raw('<p style="text-align: right;">Tin: <b>H\'Bia Niê (lớp 8A1)</b></p>'),
        ],
        authors=["H'Bia Niê"],
        opts={"time": "07:30", "login": "liendoi"},
    ),
    Story(
        142,
        "chuyen-de-ngu-van",
        "Chuyên đề: Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực",
        "3",
        "2026-10-30T16:10:00+07:00",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Chương trình GDPT 2018 môn Ngữ văn lấy việc rèn luyện bốn kỹ năng đọc, viết, nói và "
                "nghe làm trục chính. Văn bản trong sách giáo khoa chỉ là ngữ liệu; điều quan trọng là "
                "học sinh biết cách đọc một kiểu văn bản để có thể tự đọc những văn bản khác cùng thể "
                "loại."
            ),
            P("2. Một số biện pháp đã thực hiện", "h"),
            P("Thiết kế phiếu học tập theo từng thể loại: truyện, thơ, văn bản nghị luận, văn bản thông tin.", "oli"),
            P("Tổ chức cho học sinh đọc mở rộng tại thư viện và chia sẻ sách vào tiết đọc.", "oli"),
            P("Dùng bảng kiểm để học sinh tự đánh giá và đánh giá chéo bài viết.", "oli"),
            P(
                "Như cố Giáo sư Nguyễn Đăng Mạnh từng nói, dạy văn là dạy cho học sinh cách đọc, cách "
                "cảm nhận chứ không phải bắt các em thuộc lòng lời giảng của thầy.",
                "quote",
            ),
            P("3. Kết quả", "h"),
            P(
                "Sau một năm áp dụng ở khối 6 và khối 7, tỷ lệ học sinh đạt điểm từ 6,5 trở lên ở bài "
                "kiểm tra cuối kỳ tăng từ 58% lên 71%; nhiều em mạnh dạn trình bày ý kiến trước lớp hơn."
            ),
            Raw(
                '<p align="right"><b>ThS. Phạm Thị Minh Nguyệt - Tổ trưởng Tổ Ngữ văn</b></p>'
            ),
        ],
        authors=["Phạm Thị Minh Nguyệt"],
        summary=(
            "Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực là yêu cầu cấp "
            "thiết khi triển khai Chương trình giáo dục phổ thông 2018 ở cấp THCS."
        ),
        sapo_outside=True,
        opts={"time": "16:10", "login": "tonguvan", "dup_lead": True},
    ),
    Story(
        139,
        "tap-huan-duoi-nuoc",
        "Tập huấn phòng chống đuối nước và kỹ năng an toàn giao thông cho học sinh",
        "1",
        "2026-10-16T09:25:00+07:00",
        [
            P(
                "Ngày 14/10, Huyện đoàn Krông Búk phối hợp với Trường THCS Nguyễn Du tổ chức buổi tập "
                "huấn kỹ năng phòng chống đuối nước và an toàn giao thông cho gần 600 học sinh."
            ),
            P(
                "Tại buổi tập huấn, học sinh được hướng dẫn cách nhận biết những nơi nguy hiểm như ao, "
                "hồ, hố sâu do khai thác đất, các đoạn suối có dòng chảy xiết; cách tự cứu khi bị "
                "chuột rút dưới nước và cách sơ cứu người bị đuối nước."
            ),
            Img(
                "https://baodaklak.vn/uploads/2026/10/14/tap-huan-duoi-nuoc.jpg",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước. Ảnh: Minh Thuận",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước. Ảnh: Minh Thuận",
                "center",
            ),
            P(
                "Bên cạnh đó, các em còn được tìm hiểu Luật Giao thông đường bộ, cách đội mũ bảo hiểm "
                "đúng quy cách và những hành vi vi phạm thường gặp ở lứa tuổi học sinh."
            ),
            P(
                "Dịp này, Huyện đoàn trao tặng nhà trường 50 chiếc phao cứu sinh và 100 mũ bảo hiểm "
                "cho học sinh có hoàn cảnh khó khăn."
            ),
            Raw('<p align="right"><b>Minh Thuận</b></p><p align="right"><i>Nguồn: Báo Đắk Lắk</i></p>'),
        ],
        authors=["Minh Thuận"],
        photographers=["Minh Thuận"],
        source="Báo Đắk Lắk",
        opts={"time": "09:25", "login": "admin"},
    ),
    Story(
        131,
        "trung-thu",
        "Liên đội tổ chức vui Tết Trung thu cho học sinh có hoàn cảnh khó khăn",
        "2",
        "2026-09-25T20:15:00+07:00",
        [
            P(
                "Tối 24/9/2026 (nhằm ngày 14 tháng 8 âm lịch), Liên đội THCS Nguyễn Du tổ chức chương "
                "trình “Trung thu yêu thương” tại sân trường."
            ),
            P(
                "Chương trình có các tiết mục múa lân, văn nghệ, thi làm lồng đèn và phá cỗ. 60 suất "
                "quà gồm bánh trung thu, sữa và đồ dùng học tập được trao cho học sinh dân tộc thiểu "
                "số có hoàn cảnh khó khăn."
            ),
            Img("../upload/images/2026/09/trungthu-1.jpg", None, None, "row"),
            Img("../upload/images/2026/09/trungthu-2.jpg", None, None, "row"),
            P(
                "Kinh phí tổ chức do Hội cha mẹ học sinh và các nhà hảo tâm trên địa bàn xã Pơng "
                "Drang ủng hộ."
            ),
            Raw('<p align="right"><i>Ảnh: CLB Nhiếp ảnh</i></p>'),
        ],
        photographers=["CLB Nhiếp ảnh"],
        opts={"time": "20:15", "login": "admin"},
    ),
    Story(
        130,
        "lich-hoc-2-buoi",
        "Thông báo lịch học 2 buổi/ngày từ ngày 21/9/2026",
        "4",
        "2026-09-18",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch học 2 "
                "buổi/ngày áp dụng từ thứ Hai, ngày 21/9/2026 như sau:"
            ),
            P("Buổi sáng: khối 8 và khối 9, vào học lúc 7 giờ 00.", "li"),
            P("Buổi chiều: khối 6 và khối 7, vào học lúc 13 giờ 30.", "li"),
            P("Buổi học thứ hai: học tăng cường Toán, Ngữ văn, Tiếng Anh theo thời khóa biểu riêng.", "li"),
            P(
                "Đề nghị giáo viên chủ nhiệm phổ biến đến học sinh và cha mẹ học sinh; học sinh đi "
                "học đúng giờ, mặc đồng phục theo quy định."
            ),
        ],
        opts={"login": "admin", "attach": "upload/files/2026/tkb-2-buoi-hk1.doc"},
    ),
    Story(
        129,
        "thao-giang-khtn",
        "Kế hoạch thao giảng chào mừng ngày 20/11 của Tổ Khoa học tự nhiên",
        "3",
        "2026-09-22T11:05:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, Tổ Khoa học tự nhiên xây dựng "
                "lịch thao giảng đợt 1 chào mừng ngày Nhà giáo Việt Nam 20/11 như sau:"
            ),
            P("Ngày | Tiết | Lớp | Giáo viên | Bài dạy", "th"),
            P("12/10/2026 | 2 | 6A1 | Trần Thị Mai | Tế bào - đơn vị cơ sở của sự sống", "tr"),
            P("19/10/2026 | 3 | 7A2 | Lê Văn Phúc | Tốc độ chuyển động", "tr"),
            P("26/10/2026 | 1 | 8A3 | Y Thơ Êban | Phản ứng hóa học", "tr"),
            P("02/11/2026 | 4 | 9A1 | Nguyễn Thị Hằng | Di truyền học Mendel", "tr"),
            P(
                "Các thành viên trong tổ dự giờ đầy đủ, góp ý theo hướng phân tích hoạt động học của "
                "học sinh; tiết dạy được xếp loại theo Công văn 5512/BGDĐT-GDTrH."
            ),
        ],
        opts={"time": "11:05", "login": "tokhtn"},
    ),
    Story(
        127,
        "dai-hoi-cmhs",
        "ĐẠI HỘI CHA MẸ HỌC SINH NĂM HỌC 2026 - 2027",
        "1",
        "2026-09-19T17:48:00+07:00",
        [
            P(
                "Sáng Chủ nhật, ngày 13/9/2026, Trường THCS Nguyễn Du tổ chức Đại hội Đại biểu Cha mẹ "
                "học sinh năm học 2026 - 2027 với sự tham dự của 72 đại biểu là trưởng, phó ban đại "
                "diện cha mẹ học sinh các lớp."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết hoạt động năm học 2025 - 2026, kế hoạch năm học mới "
                "và thảo luận các biện pháp phối hợp giữa gia đình và nhà trường trong việc giáo dục "
                "đạo đức, phòng chống bạo lực học đường, an toàn giao thông."
            ),
            P(
                "Đại hội đã bầu Ban đại diện cha mẹ học sinh gồm 9 thành viên; ông Lê Văn Thắng tiếp "
                "tục được tín nhiệm bầu làm Trưởng ban."
            ),
            Img(img("09/daihoi-cmhs.jpg"), "Đại hội CMHS 2026", None, "title"),
        ],
        opts={"time": "17:48", "login": "admin"},
    ),
    Story(
        152,
        "lich-kiem-tra-hk1",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "4",
        "2026-12-03",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027 của Trường THCS Nguyễn Du, nhà trường "
                "thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
                "không mang điện thoại và tài liệu vào phòng kiểm tra."
            ),
            P("Giáo viên coi kiểm tra xem lịch phân công tại phòng Hội đồng."),
        ],
        authors=["Nguyễn Văn Sơn"],
        opts={"login": "admin", "letterhead": ("78/TB-THCSND", "02", "12")},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: list entries of hidden articles (the list query forgets ``an=0``): the detail page says so
HIDDEN = [
    (137, "Hội nghị viên chức, người lao động năm học 2026 - 2027", "2026-10-12", "1"),
    (135, "Kết quả kiểm tra hồ sơ chuyên môn tháng 9", "2026-10-08", "3"),
    (133, "Danh sách học sinh tham gia CLB năng khiếu", "2026-10-01", "2"),
]

#: entries of Thông báo that are documents: (id, title, date, href)
DOCS = [
    (221, "Thời khóa biểu học kỳ I (áp dụng từ 07/12/2026)", "2026-12-04", "upload/files/2026/tkb-hk1-tu-07-12.pdf"),
    (220, "Đề cương ôn tập cuối học kỳ I khối 9", "2026-12-01", "upload/files/2026/de-cuong-on-tap-k9.pdf"),
    (219, "Đề cương ôn tập cuối học kỳ I khối 8", "2026-11-30", "upload/files/2026/de-cuong-on-tap-k8.pdf"),
    (218, "Quyết định thành lập Ban tổ chức Hội khỏe Phù Đổng", "2026-11-20", "?mod=vanban&act=view&id=21"),
    (217, "Lịch công tác tháng 12/2026", "2026-11-28", "upload/files/2026/lich-cong-tac-t12.pdf"),
    (216, "Danh sách giáo viên coi kiểm tra học kỳ I", "2026-11-24", "upload/files/2026/ds-coi-kt-giua-ky.xls"),
    (215, "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường", "2026-11-22", "upload/files/2026/kh-hkpd.pdf"),
    (214, "Lịch trực tuần 12 - 13", "2026-11-21", "upload/files/2026/lich-truc-t12.pdf"),
    (213, "Thời khóa biểu điều chỉnh từ 23/11/2026", "2026-11-18", "upload/files/2026/tkb-23-11.pdf"),
    (212, "Kế hoạch kiểm tra giữa học kỳ I", "2026-10-20", "upload/files/2026/kh-kt-giua-ky.pdf"),
    (211, "Quy chế chi tiêu nội bộ năm 2026 (dự thảo)", "2026-10-15", "?mod=vanban&act=view&id=19"),
    (210, "Lịch trực tuần 6 - 7", "2026-10-10", "upload/files/2026/lich-truc-t6.pdf"),
    (209, "Danh sách học sinh được miễn giảm học phí", "2026-10-05", "upload/files/2026/mien-giam-hp.pdf"),
    (208, "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "2026-09-30", "upload/files/2026/khgd-2026-2027.pdf"),
    (207, "Phân công chuyên môn học kỳ I", "2026-09-27", "upload/files/2026/pccm-hk1.pdf"),
    (206, "Danh sách lớp năm học 2026 - 2027", "2026-09-24", "upload/files/2026/ds-lop.pdf"),
    (205, "Lịch trực tuần 3", "2026-09-21", "upload/files/2026/lich-truc-t3.pdf"),
    (204, "Thời khóa biểu học kỳ I (áp dụng từ 14/9/2026)", "2026-09-19", "upload/files/2026/tkb-14-9.pdf"),
]


def detail(n: int) -> str:
    return f"/?mod=news&act=detail&id={n}"


def _alts(n: int) -> list[str]:
    return [
        f"/index.php?mod=news&act=detail&id={n}",
        f"/index.php?mod=news&id={n}&act=detail",
        f"/?mod=news&act=detail&id={n}&PHPSESSID={SID}",
        f"/?mod=news&act=print&id={n}",
    ]


GOLD = [
    gold_record(s, detail(s.id), CATEGORIES[s.cat], alt_paths=_alts(s.id)) for s in STORIES
]

NON_ARTICLES = [
    "/?mod=page&id=1",
    "/?mod=contact",
    "/?mod=album&id=3",
    "/?mod=vanban&act=view&id=21",
    "/?mod=news&act=detail&id=135",
    "/?mod=news&cat=4&p=2",
]


# --- dates ------------------------------------------------------------------------------------


def _dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(s: Story) -> str:
    """The news template's "Ngày đăng: dd/mm/yyyy - HH:MM"."""
    return f"{_dmy(s.published_at)} - {s.opts['time']}"


def sort_key(s: Story) -> str:
    return s.published_at[:10] + s.opts.get("time", "00:00")


# --- article markup -------------------------------------------------------------------------


def _cells(row: str, tag: str) -> str:
    return "".join(f"<{tag}>{text(c)}</{tag}>" for c in row.split(" | "))


def _image(im: Img) -> str:
    src = esc(im.src)
    if im.style == "wtable":
        return (
            '<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none" align="center">'
            f'<tr><td width="600" valign="top"><p class="MsoNormal" align="center"><span>'
            f'<img width="600" height="400" src="{src}" /></span></p></td></tr>'
            f'<tr><td width="600" valign="top"><p class="MsoNormal" align="center"><i><span '
            f'style="font-size:12.0pt">{text(im.printed or "")}</span></i><o:p></o:p></p>'
            "</td></tr></table>"
        )
    tag = f'<img src="{src}" width="550" border="0" alt="" />'
    if im.style == "title":
        return f'<p align="center"><img src="{src}" width="550" title="{esc(im.printed or "")}" /></p>'
    if im.style == "row":
        return f'<img src="{src}" width="270" hspace="4" />'
    if im.style == "em":
        return f'<p align="center">{tag}</p>\n<p align="center"><em>{text(im.printed or "")}</em></p>'
    if im.style == "center":
        return (
            f'<p style="text-align: center;">{tag}<br />\n'
            f'<span style="color:#0000cd;font-size:12px">{text(im.printed or "")}</span></p>'
        )
    # "plain": a plain paragraph right under the photo
    return f"<p>{tag}</p>\n<p>{text(im.printed or '')}</p>"


WORD_JUNK = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;margin-bottom:.0001pt;font-size:14.0pt;font-family:"Times New Roman","serif";}
 table.MsoNormalTable
	{mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;mso-padding-alt:0in 5.4pt 0in 5.4pt;}
-->
</style>
"""


def render_content(s: Story) -> str:
    """The content as the editor saved it: lists, tables and <br> runs grouped."""
    out: list[str] = []
    if s.opts.get("word"):
        out.append(WORD_JUNK)
    if s.opts.get("dup_lead") and s.summary:
        out.append(f'<p style="text-align: justify;">{text(s.summary)}</p>')
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "row":
                row = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "row":
                    row.append(_image(blocks[i]))
                    i += 1
                out.append('<p align="center">' + "".join(row) + "</p>")
                continue
            out.append(_image(b))
            i += 1
            continue
        group_style = {"li": "li", "oli": "oli", "th": "tab", "tr": "tab", "br": "br"}.get(b.style)
        if group_style:
            run = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and {"li": "li", "oli": "oli", "th": "tab", "tr": "tab", "br": "br"}.get(blocks[i].style)
                == group_style
            ):
                run.append(blocks[i])
                i += 1
            if group_style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in run) + "</ul>")
            elif group_style == "oli":
                out.append("<ol>" + "".join(f"<li>{text(p.text)}</li>" for p in run) + "</ol>")
            elif group_style == "br":
                out.append('<div style="text-align: justify;">' + "<br />\n".join(text(p.text) for p in run) + "</div>")
            else:
                rows = "".join(
                    f'<tr>{_cells(p.text, "th" if p.style == "th" else "td")}</tr>' for p in run
                )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                    f'border-collapse:collapse"><tbody>{rows}</tbody></table>'
                )
            continue
        if b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
                f'<span style="font-size:14.0pt;line-height:150%">{text(b.text)}</span><o:p></o:p></p>'
            )
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif b.style == "h":
            out.append(f'<p><strong><span style="color:#0000ff">{text(b.text)}</span></strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def letterhead(s: Story) -> str:
    number, day, month = s.opts["letterhead"]
    return f"""<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="40%" align="center" valign="top"><font size="2">PHÒNG GD&amp;ĐT KRÔNG BÚK<br />
<b>TRƯỜNG THCS NGUYỄN DU</b><br />Số: {number}</font></td>
<td width="60%" align="center" valign="top"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />
<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br />
<i>Krông Búk, ngày {day} tháng {month} năm 2026</i></font></td></tr></table>
<p align="center"><b>THÔNG BÁO</b><br /><b>Về lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</b></p>"""


SIGNATURE = """<table width="100%" border="0"><tr><td width="50%">&nbsp;</td>
<td align="center"><b>HIỆU TRƯỞNG</b><br /><i>(Đã ký)</i><br /><br /><b>Nguyễn Văn Sơn</b></td></tr></table>"""


# --- page chrome ----------------------------------------------------------------------------


def _recent(cats: tuple[str, ...]) -> list[Story]:
    return sorted((s for s in STORIES if s.cat in cats), key=sort_key, reverse=True)


MOST_READ = [148, 139, 151, 127, 144]


def menu_js() -> str:
    return """<script type="text/javascript">
var sub_tintuc = [["Hoạt động Đội","index.php?mod=news&cat=2"],["Tổ chuyên môn","index.php?mod=news&cat=3"]];
function showSub(id){var h='';for(var i=0;i<sub_tintuc.length;i++){h+='<a href="'+sub_tintuc[i][1]+'">'+sub_tintuc[i][0]+'</a><br>';}
document.getElementById(id).innerHTML=h;document.getElementById(id).style.display='block';}
function hideSub(id){document.getElementById(id).style.display='none';}
function inbai(id){window.open('index.php?mod=news&act=print&id='+id,'in','width=700,height=600,scrollbars=yes');return false;}
</script>"""


def layout(title_bar: str, main: str) -> str:
    marquee = " &nbsp;&nbsp;<img src=\"images/bullet.gif\" /> ".join(
        f'<a href="index.php?mod=news&amp;id={s.id}&amp;act=detail" style="color:#fff">'
        f"{esc(s.title)} ({_dmy(s.published_at)})</a>"
        for s in _recent(("1", "2", "3", "4"))[:6]
    )
    most = "".join(
        f'<tr><td valign="top"><img src="images/arrow.gif" /></td><td><a href="?mod=news&amp;act=detail'
        f'&amp;id={n}&amp;PHPSESSID={SID}" class="link_xemnhieu">{esc(BY_ID[n].title)}</a> '
        f'<font color="#999999" size="1">({BY_ID[n].views()})</font></td></tr>'
        for n in MOST_READ
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE_TITLE)}</title>
<meta name="keywords" content="THCS Nguyễn Du, Krông Búk, Đắk Lắk, giáo dục" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
{menu_js()}
</head>
<body style="margin:0;background:#e8eef7 url(images/bg.gif)">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3" style="background:url(images/banner.jpg) no-repeat;height:150px">
<h1 style="margin:0;padding:40px 0 0 180px;color:#003399;font-family:Times New Roman">{esc(SCHOOL.upper())}</h1>
<div style="padding-left:180px;color:#cc0000"><b>Krông Búk - Đắk Lắk</b></div>
<img src="images/logo.png" width="110" style="position:absolute;top:20px;margin-left:40px" />
</td></tr>
<tr><td colspan="3" bgcolor="#CC0000" height="30">
<table border="0" cellpadding="0" cellspacing="0"><tr>
<td class="menu"><a href="index.php" class="menu">TRANG CHỦ</a></td>
<td class="menu"><a href="?mod=page&amp;id=1" class="menu">GIỚI THIỆU</a></td>
<td class="menu" onmouseover="showSub('sub1')" onmouseout="hideSub('sub1')"><a href="?mod=news&amp;cat=1" class="menu">TIN TỨC</a>
<div id="sub1" style="display:none;position:absolute;background:#cc0000"></div></td>
<td class="menu"><a href="?mod=news&amp;cat=4" class="menu">THÔNG BÁO</a></td>
<td class="menu"><a href="?mod=vanban" class="menu">VĂN BẢN</a></td>
<td class="menu"><a href="?mod=album" class="menu">THƯ VIỆN ẢNH</a></td>
<td class="menu"><a href="?mod=contact" class="menu">LIÊN HỆ</a></td>
</tr></table></td></tr>
<tr><td colspan="3" bgcolor="#003399" height="24">
<table width="100%"><tr><td width="190" style="color:#ffff00;font-size:12px"><b>{TODAY}</b></td>
<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" style="color:#fff;font-size:12px">{marquee}</marquee></td></tr></table>
</td></tr>
<tr>
<td width="200" valign="top" style="padding:5px">
<div class="box_title">DANH MỤC</div>
<div class="box"><a href="?mod=news&amp;cat=1">Tin tức</a><br /><a href="?mod=news&amp;cat=4">Thông báo</a><br />
<a href="?mod=vanban">Văn bản</a><br /><a href="?mod=page&amp;id=2">Cơ cấu tổ chức</a><br /><a href="?mod=album">Thư viện ảnh</a></div>
<div class="box_title">LIÊN KẾT WEBSITE</div>
<div class="box"><select onchange="window.open(this.value)" style="width:180px"><option>--- Chọn liên kết ---</option>
<option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option><option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="https://krongbuk.daklak.gov.vn">UBND huyện Krông Búk</option></select></div>
<div class="box_title">HỖ TRỢ TRỰC TUYẾN</div>
<div class="box"><img src="images/yahoo_online.gif" /> Thầy Sơn: 0905 112 347</div>
</td>
<td width="580" valign="top" style="padding:5px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="title_bar" style="background:#e0e0e0;padding:4px;color:#cc0000;text-transform:uppercase"><b>{esc(title_bar)}</b></td></tr></table>
{main}
</td>
<td width="200" valign="top" style="padding:5px">
<div class="box_title">TIN XEM NHIỀU</div>
<table class="box" cellpadding="2">{most}</table>
<div class="box_title">THĂM DÒ Ý KIẾN</div>
<form method="post" action="index.php?mod=poll&amp;act=vote" class="box">
<b>Bạn thấy website của trường như thế nào?</b><br />
<input type="radio" name="poll" value="1" /> Rất hữu ích<br /><input type="radio" name="poll" value="2" /> Bình thường<br />
<input type="radio" name="poll" value="3" /> Cần cải tiến<br />
<input type="submit" value="Bình chọn" /> <a href="?mod=poll&amp;act=result">Xem kết quả</a></form>
<div class="box_title">THỐNG KÊ TRUY CẬP</div>
<div class="box" style="font-size:12px">Đang online: <b>7</b><br />Hôm nay: <b>186</b><br />Tổng truy cập:
<img src="images/counter/0.gif" /><img src="images/counter/4.gif" /><img src="images/counter/8.gif" /><img src="images/counter/2.gif" /><img src="images/counter/1.gif" /><img src="images/counter/5.gif" /></div>
</td></tr>
<tr><td colspan="3" bgcolor="#003399" style="color:#fff;text-align:center;font-size:12px;padding:8px">
<b>TRƯỜNG THCS NGUYỄN DU - KRÔNG BÚK - ĐẮK LẮK</b><br />
Địa chỉ: Thôn 3, xã Pơng Drang, huyện Krông Búk, tỉnh Đắk Lắk - Điện thoại: 0262 3573 128 - Email: c2nguyendu.krongbuk@daklak.edu.vn<br />
Thiết kế: Thầy Nguyễn Hữu Tài - Tổ Toán - Tin, 2014 | <a href="admin/login.php" style="color:#fff">Quản trị</a>
</td></tr></table>
</body></html>"""


def page(title_bar: str, main: str, status: int = 200) -> Response:
    return html(layout(title_bar, main), status=status)


def related(s: Story) -> str:
    others = [o for o in _recent(CHILDREN["1"] if s.cat != "4" else ("4",)) if o.id != s.id][:5]
    head = "Các thông báo khác" if s.cat == "4" else "Các tin khác"
    items = "".join(
        f'<li><a href="?mod=news&amp;act=detail&amp;id={o.id}">{esc(o.title)}</a> '
        f'<font color="#888" size="1">({_dmy(o.published_at)})</font></li>'
        for o in others
    )
    return f'<div class="tinkhac"><b style="color:#003399">{head}:</b><ul>{items}</ul></div>'


def news_detail(s: Story) -> str:
    cat = CATEGORIES[s.cat]
    crumb = '<a href="index.php">Trang chủ</a> » <a href="?mod=news&amp;cat=1">Tin tức</a>'
    if s.cat != "1":
        crumb += f' » <a href="?mod=news&amp;cat={s.cat}">{esc(cat)}</a>'
    sapo = f'<div class="tomtat" style="margin:8px 0"><b>{text(s.summary)}</b></div>' if s.summary else ""
    edited = (
        f' | <font color="#999">Sửa lần cuối: {s.opts["edited"]}</font>' if s.opts.get("edited") else ""
    )
    return f"""<div class="breadcrumb" style="font-size:11px;padding:4px 0">{crumb}</div>
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="tieudetin" style="font-size:16px;color:#003399"><b>{esc(s.title)}</b></td></tr>
<tr><td style="font-size:11px;color:#666">Ngày đăng: {date_line(s)} | Lượt xem: {s.views()} | Người đăng: {esc(s.opts["login"])}{edited}</td></tr>
<tr><td>{sapo}<div class="noidung" style="font-size:14px;text-align:justify">
{render_content(s)}
</div></td></tr>
<tr><td align="right" style="font-size:11px;padding-top:10px">
<a href="?mod=news&amp;act=print&amp;id={s.id}" onclick="return inbai({s.id})"><img src="images/print.gif" /> In bài viết</a> |
<a href="mailto:?subject={esc(s.title)}"><img src="images/email.gif" /> Gửi email</a> |
<a href="javascript:history.back()">Quay lại</a> | <a href="#">Lên đầu trang</a></td></tr>
</table>
{related(s)}"""


def notice_detail(s: Story) -> str:
    lh = letterhead(s) if s.opts.get("letterhead") else ""
    sig = SIGNATURE if s.opts.get("letterhead") else ""
    attach = ""
    if s.opts.get("attach"):
        f = s.opts["attach"]
        attach = f'<p><b>File đính kèm:</b> <a href="{f}"><img src="images/icon_doc.gif" /> {f.rsplit("/", 1)[1]}</a></p>'
    return f"""<div id="tb_title" style="padding:6px 0"><font size="4" color="#CC0000"><b>{esc(s.title)}</b></font>
<font color="#888888" size="2"> ({_dmy(s.published_at)})</font></div>
<div id="tb_noidung">
{lh}
{render_content(s)}
{sig}
{attach}
</div>
<div style="text-align:right;font-size:11px"><a href="?mod=news&amp;act=print&amp;id={s.id}">[In thông báo]</a> <a href="?mod=news&amp;cat=4">[Xem tất cả]</a></div>
{related(s)}"""


def print_view(s: Story) -> Response:
    date = date_line(s) if s.cat != "4" else _dmy(s.published_at)
    sapo = f"<p><b>{text(s.summary)}</b></p>" if s.summary else ""
    extra = letterhead(s) if s.opts.get("letterhead") else ""
    sig = SIGNATURE if s.opts.get("letterhead") else ""
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title></head><body onload="window.print()" style="font-family:Times New Roman;width:680px">
<p><font size="2">{esc(SITE_TITLE)}</font></p><hr />
<h3>{esc(s.title)}</h3><p><i>Ngày đăng: {date}</i></p>
{extra}{sapo}{render_content(s)}{sig}
<hr /><p align="center"><a href="javascript:window.print()">[In trang này]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></p>
</body></html>"""
    return html(body)


# --- lists ------------------------------------------------------------------------------------


def list_entries(cat: str) -> list[tuple[str, str, str, str, str]]:
    """(date, title, href, teaser, thumb) newest first."""
    rows = [
        (
            sort_key(s),
            s.title,
            f"index.php?mod=news&amp;act=detail&amp;id={s.id}",
            _teaser(s),
            next((i.src for i in s.images if not i.src.startswith("http")), ""),
            s.published_at,
        )
        for s in STORIES
        if s.cat in CHILDREN[cat]
    ]
    rows += [
        (d + "12:00", t, f"index.php?mod=news&amp;act=detail&amp;id={n}", "", "", d)
        for n, t, d, c in HIDDEN
        if c in CHILDREN[cat]
    ]
    if cat == "4":
        rows += [(d + "07:00", t, esc(h), "", "", d) for _n, t, d, h in DOCS]
    rows.sort(key=lambda r: r[0], reverse=True)
    return [(r[5], r[1], r[2], r[3], r[4]) for r in rows]


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:30]) + (" ..." if len(words) > 30 else "")


def category_page(cat: str, p: int) -> Response | None:
    entries = list_entries(cat)
    pages = (len(entries) + PER_PAGE - 1) // PER_PAGE
    if p < 1 or p > pages:
        return page(CATEGORIES[cat], '<p align="center">Chưa có tin trong mục này!</p>')
    chunk = entries[(p - 1) * PER_PAGE : p * PER_PAGE]
    rows = []
    for date, title, href, teaser, thumb in chunk:
        new = ' <img src="images/new.gif" />' if date >= "2026-11-25" else ""
        if cat == "4":
            rows.append(
                f'<tr><td width="12" valign="top"><img src="images/bullet.gif" /></td><td>'
                f'<a href="{href}" class="link_tb">{esc(title)}</a>{new} '
                f'<font size="1" color="#999">[{_dmy(date)}]</font></td></tr>'
            )
        else:
            pic = f'<img src="{esc(thumb)}" width="100" height="75" align="left" hspace="5" />' if thumb else ""
            rows.append(
                f'<tr><td style="border-bottom:1px dotted #ccc;padding:5px 0">{pic}'
                f'<a href="{href}" class="link_tin"><b>{esc(title)}</b></a>{new}<br />'
                f'<font size="1" color="#999">({_dmy(date)})</font><br />{esc(teaser)}</td></tr>'
            )
    links = []
    for n in range(1, pages + 1):
        if n == p:
            links.append(f"<b>[{n}]</b>")
        else:
            links.append(f'<a href="index.php?mod=news&amp;cat={cat}&amp;p={n}">{n}</a>')
    if p < pages:
        links.append(f'<a href="index.php?mod=news&amp;cat={cat}&amp;p={p + 1}">Tiếp »</a>')
        links.append(f'<a href="index.php?mod=news&amp;cat={cat}&amp;p={pages}">Cuối</a>')
    crumb = '<a href="index.php">Trang chủ</a> » ' + esc(CATEGORIES[cat])
    main = (
        f'<div style="font-size:11px;padding:4px 0">{crumb}</div>'
        f'<table width="100%" cellpadding="2">{"".join(rows)}</table>'
        f'<div class="phantrang" align="center" style="padding:8px">Trang: {" ".join(links)}</div>'
    )
    return page(CATEGORIES[cat], main)


def home() -> Response:
    news = _recent(CHILDREN["1"])[:5]
    first, rest = news[0], news[1:]
    pic = next((i.src for i in first.images), "")
    top = (
        f'<table width="100%"><tr><td valign="top" width="220"><img src="{esc(pic)}" width="210" /></td>'
        f'<td valign="top"><a href="?mod=news&amp;act=detail&amp;id={first.id}"><b style="font-size:15px">'
        f"{esc(first.title)}</b></a><br />{esc(_teaser(first))}</td></tr></table>"
    )
    others = "".join(
        f'<li><a href="?mod=news&amp;act=detail&amp;id={s.id}">{esc(s.title)}</a> '
        f'<font size="1" color="#999">({_dmy(s.published_at)})</font></li>'
        for s in rest
    )
    tb = "".join(
        f'<li><a href="{h.replace("index.php", "")}">{esc(t)}</a> <img src="images/new.gif" /></li>'
        for _d, t, h, _x, _y in list_entries("4")[:5]
    )
    main = (
        f'{top}<ul class="tinkhac">{others}</ul>'
        f'<div align="right"><a href="?mod=news&amp;cat=1">Xem thêm »</a></div>'
        '<table width="100%"><tr><td class="title_bar" style="background:#e0e0e0;color:#cc0000"><b>THÔNG BÁO</b></td></tr></table>'
        f'<ul>{tb}</ul><div align="right"><a href="?mod=news&amp;cat=4">Xem tất cả »</a></div>'
        '<table width="100%"><tr><td class="title_bar" style="background:#e0e0e0;color:#cc0000"><b>THƯ VIỆN ẢNH</b></td></tr></table>'
        '<p align="center"><a href="?mod=album&amp;id=3"><img src="upload/album/hkpd/thumb1.jpg" width="160" /></a> '
        '<a href="?mod=album&amp;id=2"><img src="upload/album/trungthu/thumb1.jpg" width="160" /></a></p>'
    )
    return page("Tin mới nhất", main)


# --- other pages ----------------------------------------------------------------------------

STATIC = {
    "1": (
        "Giới thiệu",
        "Giới thiệu về Trường THCS Nguyễn Du",
        [
            "Trường THCS Nguyễn Du được thành lập ngày 15/8/1998 trên cơ sở tách ra từ Trường PTCS "
            "Pơng Drang, đóng tại thôn 3, xã Pơng Drang, huyện Krông Búk, tỉnh Đắk Lắk.",
            "Năm học 2026 - 2027, nhà trường có 18 lớp với 642 học sinh, trong đó 38% là học sinh "
            "dân tộc thiểu số; đội ngũ gồm 46 cán bộ, giáo viên, nhân viên.",
            "Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và được công nhận đạt kiểm định chất lượng "
            "giáo dục cấp độ 2 năm 2024.",
        ],
    ),
    "2": (
        "Cơ cấu tổ chức",
        "Cơ cấu tổ chức nhà trường",
        [
            "Hiệu trưởng: Thầy Nguyễn Văn Sơn.",
            "Phó Hiệu trưởng: Cô Trần Thị Bích Ngọc, Thầy Y Khuê Mlô.",
            "Các tổ chuyên môn: Tổ Ngữ văn, Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Xã hội, Tổ Ngoại ngữ, "
            "Tổ Năng khiếu, Tổ Văn phòng.",
        ],
    ),
}


def static_page(n: str) -> Response | None:
    if n not in STATIC:
        return None
    bar, title, paras = STATIC[n]
    body = "".join(f'<p style="text-align:justify">{text(t)}</p>' for t in paras)
    return page(
        bar,
        f'<div style="padding:6px"><font size="4" color="#003399"><b>{esc(title)}</b></font></div>'
        f'<img src="upload/images/truong.jpg" width="560" />{body}',
    )


def contact() -> Response:
    main = """<table width="100%" cellpadding="4"><tr><td><b>TRƯỜNG THCS NGUYỄN DU</b><br />
Địa chỉ: Thôn 3, xã Pơng Drang, huyện Krông Búk, tỉnh Đắk Lắk<br />Điện thoại: 0262 3573 128<br />
Email: c2nguyendu.krongbuk@daklak.edu.vn</td></tr></table>
<form method="post" action="index.php?mod=contact&amp;act=send"><table>
<tr><td>Họ tên:</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email:</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td>Mã xác nhận:</td><td><input type="text" name="captcha" size="6" /> <img src="captcha.php" /></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form>"""
    return page("Liên hệ", main)


ALBUMS = {
    "3": ("Hội khỏe Phù Đổng cấp trường 2026", "hkpd", "28/11/2026"),
    "2": ("Trung thu yêu thương 2026", "trungthu", "25/09/2026"),
}


def album(n: str | None) -> Response | None:
    if n is None:
        items = "".join(
            f'<td align="center"><a href="?mod=album&amp;id={k}"><img src="upload/album/{d}/thumb1.jpg" width="160" /><br />'
            f"{esc(t)}</a></td>"
            for k, (t, d, _) in ALBUMS.items()
        )
        return page("Thư viện ảnh", f"<table><tr>{items}</tr></table>")
    if n not in ALBUMS:
        return None
    title, folder, date = ALBUMS[n]
    pics = "".join(
        f'<a href="upload/album/{folder}/{i}.jpg" target="_blank"><img src="upload/album/{folder}/thumb{i}.jpg" width="130" hspace="3" vspace="3" /></a>'
        for i in range(1, 9)
    )
    return page(
        "Thư viện ảnh",
        f'<div style="padding:6px"><font size="4" color="#003399"><b>Album: {esc(title)}</b></font> '
        f'<font size="1">(Cập nhật: {date} - 8 ảnh)</font></div><div align="center">{pics}</div>'
        '<p align="center"><a href="?mod=album">« Quay lại thư viện ảnh</a></p>',
    )


VANBAN = {
    "21": ("QĐ 74/QĐ-THCSND", "20/11/2026", "Quyết định thành lập Ban tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027", "qd-74-btc-hkpd.pdf"),
    "19": ("Dự thảo", "15/10/2026", "Quy chế chi tiêu nội bộ năm 2026 (dự thảo lấy ý kiến viên chức)", "du-thao-qcctnb-2026.doc"),
}


def vanban(n: str | None) -> Response | None:
    if n is None:
        rows = "".join(
            f'<tr><td>{esc(num)}</td><td>{date}</td><td><a href="?mod=vanban&amp;act=view&amp;id={k}">{esc(t)}</a></td></tr>'
            for k, (num, date, t, _) in VANBAN.items()
        )
        return page(
            "Văn bản",
            f'<table border="1" cellpadding="4" style="border-collapse:collapse" width="100%">'
            f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>",
        )
    if n not in VANBAN:
        return None
    num, date, title, f = VANBAN[n]
    return page(
        "Văn bản",
        f"""<table border="1" cellpadding="5" style="border-collapse:collapse" width="100%">
<tr><td width="130"><b>Số hiệu:</b></td><td>{esc(num)}</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>{date}</td></tr>
<tr><td><b>Trích yếu:</b></td><td>{esc(title)}</td></tr>
<tr><td><b>Người ký:</b></td><td>Nguyễn Văn Sơn</td></tr>
<tr><td><b>Tải về:</b></td><td><a href="upload/files/2026/{f}"><img src="images/icon_pdf.gif" /> {f}</a></td></tr>
</table><p><a href="?mod=vanban">« Danh sách văn bản</a></p>""",
    )


def soft_404() -> Response:
    return page(
        "Tin tức",
        '<p align="center" style="padding:40px;color:red"><b>Bài viết không tồn tại hoặc đã bị khóa!</b></p>'
        '<p align="center"><a href="index.php">Về trang chủ</a></p>',
    )


# --- routing ----------------------------------------------------------------------------------


class HomemadeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/files/"):
            ctype = "application/pdf" if path.endswith(".pdf") else "application/octet-stream"
            return Response(200, PDF, {"Content-Type": ctype})
        if path.startswith(("/upload/", "/images/", "/css/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/captcha.php":
            return static_file("/x.png")
        if path not in ("/", "/index.php"):
            return None
        q = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        mod = q.get("mod", "")
        if not mod:
            return home()
        if mod == "news":
            if q.get("act") in ("detail", "print"):
                n = q.get("id", "")
                s = BY_ID.get(int(n)) if n.isdigit() else None
                if s is None:
                    return soft_404()
                if q["act"] == "print":
                    return print_view(s)
                if s.cat == "4":
                    return page("Thông báo", notice_detail(s))
                return page(CATEGORIES[s.cat], news_detail(s))
            cat = q.get("cat", "1")
            if cat not in CATEGORIES:
                return soft_404()
            pnum = q.get("p", "1")
            return category_page(cat, int(pnum) if re.fullmatch(r"\d+", pnum) else 1)
        if mod == "page":
            return static_page(q.get("id", ""))
        if mod == "contact":
            return contact()
        if mod == "album":
            return album(q.get("id"))
        if mod == "vanban":
            return vanban(q.get("id") if q.get("act") == "view" else None)
        if mod == "poll":
            return page("Thăm dò ý kiến", "<p>Rất hữu ích: 62%<br />Bình thường: 27%<br />Cần cải tiến: 11%</p>")
        return None


def build_site() -> HomemadeSite:
    return HomemadeSite()
