"""A home-made PHP 5 + MySQL school site (a teacher's work of 2011, still online): Trường THCS
Thành Trung, huyện Bình Tân, tỉnh Vĩnh Long.

The platform
------------
No framework, no CMS: one ``index.php`` that ``include``s a file per ``module`` parameter, an
older ``xemtin.php`` kept from the first version of the site, Apache in front, PHP 5 with
``session.use_trans_sid`` on. The whole layout is tables: a header row (a Flash banner with an
``<img>`` fallback, the clock line "Hôm nay: 25/11/2026" and a ``<marquee>`` of the latest news
titles), a left menu built from table rows, a centre column, a right column ("Tin mới nhất",
"Hình ảnh hoạt động", "Thăm dò ý kiến" poll form, "Liên kết website" drop-down, "Số lượt truy
cập: 000123456" written with one GIF per digit, the digit in ``alt``), and a footer row
"Trường THCS Thành Trung — Địa chỉ: … — ĐT: 0270 … — Email: …". The HTML ``<title>`` is the same
on every page ("TRƯỜNG THCS THÀNH TRUNG - HUYỆN BÌNH TÂN").

URL scheme
----------
- ``/`` and ``/index.php``: the home page (Apache's DirectoryIndex); an unknown ``module`` falls
  through to the home page too, as the ``switch`` of index.php does.
- ``index.php?module=tintuc``: every news item of all categories ("Tin tức", 13 items, three
  pages); ``index.php?module=tintuc&cat=2`` "Tin tức nhà trường" (7 items, two pages),
  ``&cat=4`` "Hoạt động Đội" (3), ``&cat=6`` "Thông báo" (3). Pages with ``&trang=N``, 6 items a
  page, newest first. The pager under a list reads "Trang: [1] 2 3 Sau »": the current page in
  brackets and not linked, the other numbers linked, "Sau »" to the next page and absent on the
  last page, "« Trước" on pages after the first. Page 1 is also ``&trang=1`` (the "1" and
  "« Trước" links from page 2) and ``&trang=0`` (the home page's "[Xem tiếp]" links of each
  category box; the code reads 0 as 1). A page past the end prints "Chưa có tin nào trong mục
  này." (not linked anywhere).
- ``index.php?module=tintuc&act=xem&id=87``: an article (the home page's boxes and the all-news
  list link this form); the category lists and the "Các tin khác:" list under an article link
  the same with ``&cat=2`` appended; the marquee and the right column's "Tin mới nhất" (an
  include left from the 2011 version) link ``xemtin.php?id=87``, the old script that still
  prints the very same page. No rel=canonical, no og: tags. Gold ``path`` is the
  ``act=xem&id=N`` form; the ``&cat=N`` form and ``xemtin.php?id=N`` are its ``alt_paths``.
- An id that is not in the database (the left menu's hard-coded "Lịch công tác" link to id=64,
  an article deleted since) answers 200 with the whole layout and the centre text "Tin này không
  tồn tại hoặc đã bị xóa." in place of an article. Not an article; not in NON_ARTICLES either
  (there is nothing to read).
- Static pages: ``module=gioithieu`` (Giới thiệu), ``module=giaovien`` (Đội ngũ giáo viên, a
  table of teachers), ``module=tkb`` (Thời khóa biểu, a table, with an .xls download),
  ``module=hinhanh`` (Hình ảnh hoạt động, a photo album), ``module=lienhe`` (a contact form that
  POSTs to itself), ``module=poll&act=ketqua`` (the poll's result page: bars and counts; the
  poll form POSTs to ``module=poll&act=binhchon``, which prints the same results with a thank-you
  line). These six are NON_ARTICLES.
- Documents under ``upload/vanban/`` (``KH_thi_HK1.doc``, ``Thu_moi_hop_CMHS.doc``,
  ``TKB_HK1_2026.xls``) answer with their MIME type; images under ``upload/`` and ``images/``.
- No robots.txt, no sitemap, no RSS.

Session ids
-----------
A visitor who sends no ``PHPSESSID`` cookie gets ``Set-Cookie: PHPSESSID=9f2…; path=/`` and,
PHP's trans-sid doing it, every relative ``<a href>`` of the page gets ``&PHPSESSID=9f2…``
(``?PHPSESSID=…`` where the link had no query; documents included) and every form a hidden
``PHPSESSID`` input. ``javascript:`` and absolute links are left alone. A request carrying the
cookie gets clean links. A ``PHPSESSID`` in the query is taken as the session id (links then
carry that id) and changes nothing else: the page is the same. These links are not gold
alt_paths: a session id is no address of the article.

Charset
-------
Every page declares ``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">``
(the 2011 template), the HTTP header says ``text/html`` with no charset, and the bytes are
UTF-8. The three oldest articles (2019, ids 15, 18 and 21) were typed with the "Unicode tổ hợp"
keyboard setting: their title, text, captions and byline are decomposed (NFD) everywhere they are
printed (article page, lists, "Các tin khác"). Gold text is NFC.

Article page
------------
Breadcrumb line "Bạn đang xem: Trang chủ » Tin tức nhà trường" (the article's own category), then
``<td class="title_news"><b>TITLE</b><br><i>Cập nhật: 14/11/2026 - 07:45</i></td>``; the 2019
rows have no time in the database and print ``<br>(20-05-2019)`` instead. When the editor filled
the "tóm tắt" field it is printed bold in its own ``<td class="tomtat_news">`` between the title
and the text (and also as the item's intro in the lists). The text is in ``<td
class="content_news">``: ``<div>`` lines, a few ``<p>``, bare lines with ``<br />`` (the 2019
rows went through nl2br), ``<font>`` wrappers, ``<span style="font-family: Arial">``, bold
``<div><b>…</b></div>`` headings, ``<table border="1">`` tables, a red bold phrase here and there,
one paragraph half entity-encoded (id 90). Photos are ``<div align="center"><img
src="upload/tintuc/87_1.jpg" width="450"></div>``, the caption a plain ``<div
align="center">…</div>`` right under it; one (id 18) has ``<br><i>(Ảnh minh họa)</i>`` inside the
photo's div; two photos (ids 15 and 89) have no line at all. Bylines are the last lines, right
aligned. Under the text: "Người đăng: quantri | Lượt xem: 312" (the login account that posted
it), "[Quay lại] [In trang]" (javascript: links) and "Các tin khác:" (five other items of the
category with their dates).

Gold decisions
--------------
- Title: the bold line of ``title_news``, as printed (id 96 is typed in capitals).
- Date: "Cập nhật: dd/mm/yyyy - HH:MM" is the only date the page gives: the publication time,
  +07:00. The 2019 items' "(dd-mm-yyyy)" gives the day only. The header clock is today's date,
  never a publication date; dates inside the text (event days) are content.
- Authors: "Người viết: X" -> X; "GV: Nguyễn Văn Tài" -> the teacher, prefix dropped; "Liên đội
  trường THCS Thành Trung" alone under a post (id 94) and "Ban Giám hiệu" alone under a notice
  (id 95) -> that unit, as printed; "Tin và ảnh: Lâm Thị Ngọc Hân" (id 90) -> author and
  photographer; "Người đăng: quantri" credits nobody (a login). Items with no byline have no
  author. No item names a source.
- Summary: the bold ``tomtat_news`` line when there is one (ids 98, 93, 89, 87); it is then the
  body's first paragraph. Otherwise None (the lists' intro of such items is the text's first
  words cut with "...", not a summary).
- Body: every text line of ``content_news`` a paragraph (a ``<br />`` line is a paragraph, as a
  reader sees it), headings and table rows included (cells joined by " | "); not the captions,
  bylines, the "Tải về: file" download lines of the two short notices (ids 97 and 92), the
  posted-by/views line, the tool links or "Các tin khác".
- Images: the photos of ``content_news`` in order, at ``/upload/tintuc/…`` (the relative src
  read from a page at the site's root). Caption: the centred line under the photo; "(Ảnh minh
  họa)" reads as the caption "Ảnh minh họa"; None where no line follows. Not images: the banner,
  the counter digits, list thumbnails, the album box.
- Category: the breadcrumb's last item.

Where each gold article is reached: from ``/`` (home boxes: the four newest of cat 2, three of
cat 4, three of cat 6; the marquee and "Tin mới nhất" reach the eight newest) and from the lists:
``module=tintuc`` pages 1-3 hold all 13 (page 2: ids 92 to 18, page 3: id 15 alone); cat=2 page 1
holds 98 to 21 and page 2 id 15; cat=4 and cat=6 one page each. The 2019 items are also linked
from "Các tin khác" under their category's articles.

Traps: the ``xemtin.php`` duplicate and the ``&cat=`` duplicate of every article; PHPSESSID links
on a first visit; the wrong declared charset; NFD text in the 2019 items; the poll result and
vote pages; the contact form; the documents under ``upload/``; the deleted article's 200 page;
``trang=0``/``trang=1`` copies of first pages; one page title for the whole site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import TODAY, P, Raw, Story, esc, gold_record, static_file, text
from tests.portals._common import Img as _Img

NAME = "php_homemade_table_thcs"
PLATFORM = "home-made PHP 5 (2011, table layout, trans-sid)"
START_PATH = "/"

SCHOOL = "Trường THCS Thành Trung"
SITE_TITLE = "TRƯỜNG THCS THÀNH TRUNG - HUYỆN BÌNH TÂN"
#: the session id PHP hands a visitor who comes without the cookie
SID = "9f2b6c1e0d4a87f35e6b1c2d9a0e4f71"
PER_PAGE = 6
DELETED_ID = 64
POSTER = "quantri"

CATS = {2: "Tin tức nhà trường", 4: "Hoạt động Đội", 6: "Thông báo"}

#: "Thứ Tư, ngày 25/11/2026" -> "25/11/2026": the header clock prints the day only
TODAY_DMY = TODAY.rsplit(" ", 1)[-1]

DOCS = {
    "KH_thi_HK1.doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504),
    "Thu_moi_hop_CMHS.doc": (
        "application/msword",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\1" * 504,
    ),
    "TKB_HK1_2026.xls": (
        "application/vnd.ms-excel",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\2" * 504,
    ),
}


def Img(src: str, caption: str | None = None, style: str = "div") -> _Img:
    """A photo of this site: ``style`` "div" prints the caption as a centred div under it,
    "minhhoa" prints "(Ảnh minh họa)" in italics inside the photo's div, "none" prints nothing."""
    if style == "minhhoa":
        return _Img(src, printed="(Ảnh minh họa)", caption=caption, style=style)
    return _Img(src, printed=caption, caption=caption, style=style if caption else "none")


def byline(line: str, italic: bool = False) -> Raw:
    inner = f"<i>{esc(line)}</i>" if italic else esc(line)
    return Raw(f'<div align="right"><b>{inner}</b></div>')


def download(filename: str) -> Raw:
    return Raw(
        f'<div><b>Tải về:</b> <a href="upload/vanban/{filename}" target="_blank">'
        f'<img src="images/icon_doc.gif" border="0" align="absmiddle"> {filename}</a></div>'
    )


# --- the database rows --------------------------------------------------------------------------
# P styles: "div" (a <div> line), "p", "br" (a bare line ended by <br />), "arial" (<span
# style="font-family: Arial">), "font" (<font face size>), "ent" (a div half entity-encoded),
# "h" (a bold heading div), "head"/"row" (table rows, cells split on " | "); "+hl:PHRASE" paints
# PHRASE red and bold. opts: "date" (the printed "Cập nhật" value) or "old_date" (the 2019
# "(dd-mm-yyyy)"), "nfd" (typed decomposed), "lead" (the list intro when tóm tắt is empty).

STORIES: list[Story] = [
    Story(
        id=98,
        slug="le-ky-niem-20-11",
        title="Trường THCS Thành Trung long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="2",
        published_at="2026-11-20T08:10:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Thành Trung long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã, Ban "
            "đại diện Cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà "
            "trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ chào mừng đặc sắc do các em học sinh "
                "các lớp biểu diễn, với những ca khúc ca ngợi công ơn thầy cô và mái trường thân yêu.",
                "div",
            ),
            Img("upload/tintuc/98_1.jpg", "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2"),
            P(
                "Tại buổi lễ, thầy Nguyễn Hoàng Phúc – Hiệu trưởng nhà trường đã ôn lại truyền "
                "thống 44 năm Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật mà tập "
                "thể sư phạm nhà trường đạt được trong năm học 2025 - 2026: tỷ lệ học sinh lên lớp "
                "đạt 98,6%, tốt nghiệp THCS đạt 100%, có 12 học sinh đạt giải học sinh giỏi cấp "
                "huyện.",
                "arial",
            ),
            P(
                "Thầy cũng phát động đợt thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11 và kêu "
                "gọi mỗi thầy cô giáo tiếp tục giữ gìn phẩm chất, đạo đức nhà giáo, tận tụy với "
                "học sinh.",
                "arial",
            ),
            Img(
                "upload/tintuc/98_2.jpg",
                "Thầy Nguyễn Hoàng Phúc, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            ),
            P(
                "Thay mặt Ban đại diện Cha mẹ học sinh, ông Lê Văn Hùng đã gửi lời tri ân sâu sắc "
                "đến quý thầy cô và trao tặng nhà trường 50 phần quà cho học sinh có hoàn cảnh "
                "khó khăn.",
                "font",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng cho 8 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường và 2 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp huyện.",
                "font+hl:8 giáo viên",
            ),
            Img(
                "upload/tintuc/98_3.jpg", "Ban giám hiệu khen thưởng giáo viên dạy giỏi cấp trường"
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, trang trọng, để lại nhiều cảm xúc cho thầy "
                "cô và các em học sinh.",
                "div",
            ),
            byline("Người viết: Trần Thị Diễm"),
        ],
        authors=["Trần Thị Diễm"],
        opts={"date": "20/11/2026 - 08:10"},
    ),
    Story(
        id=97,
        slug="lich-thi-hk1",
        title="Thông báo lịch thi học kỳ I năm học 2026 - 2027",
        cat="6",
        published_at="2026-11-17T14:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch thi học kỳ I năm học 2026 - 2027 như sau: các môn thi "
                "tập trung từ ngày 21/12/2026 đến ngày 26/12/2026.",
                "div",
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch thi đến học sinh và phụ huynh. Chi tiết xem "
                "file đính kèm.",
                "div",
            ),
            download("KH_thi_HK1.doc"),
        ],
        opts={"date": "17/11/2026 - 14:00"},
    ),
    Story(
        id=96,
        slug="hoi-thi-gvdg",
        title="HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG NĂM HỌC 2026 - 2027",
        cat="2",
        published_at="2026-11-14T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 02/11 đến ngày 13/11/2026, Trường "
                "THCS Thành Trung đã tổ chức Hội thi giáo viên dạy giỏi cấp trường.",
                "div",
            ),
            P(
                "Hội thi có 14 giáo viên tham gia thuộc 4 tổ chuyên môn: Ngữ văn - Sử - Địa, Toán - "
                "Lý - Tin, Hóa - Sinh - Công nghệ và Ngoại ngữ - Năng khiếu. Mỗi giáo viên dự thi "
                "thực hiện 2 tiết dạy và 1 bài trình bày biện pháp nâng cao chất lượng giảng dạy.",
                "div",
            ),
            Img(
                "upload/tintuc/96_1.jpg", "Cô Lê Thị Mỹ Duyên dạy tiết Ngữ văn lớp 7A1 tại Hội thi"
            ),
            P(
                "Qua hội thi, Ban giám khảo đã công nhận 8 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường, trong đó chọn 3 giáo viên dự thi cấp huyện.",
                "p",
            ),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp "
                "dạy học theo Chương trình giáo dục phổ thông 2018.",
                "p",
            ),
            byline("GV: Nguyễn Văn Tài", italic=True),
        ],
        authors=["Nguyễn Văn Tài"],
        opts={"date": "14/11/2026 - 07:45"},
    ),
    Story(
        id=95,
        slug="lich-nghi-20-11",
        title="Thông báo lịch nghỉ và phân công trực trường dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        cat="6",
        published_at="2026-11-10T10:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học, Ban Giám hiệu thông báo đến toàn thể cán bộ, giáo viên, "
                "nhân viên và học sinh lịch nghỉ dịp 20/11/2026 như sau:",
                "div",
            ),
            P("1. Thời gian nghỉ", "h"),
            P(
                "- Học sinh nghỉ học ngày thứ Sáu, 20/11/2026; đi học lại bình thường vào thứ Hai, "
                "23/11/2026.",
                "br",
            ),
            P(
                "- Sáng ngày 19/11/2026 học sinh tập trung lúc 6 giờ 30 phút để dự Lễ kỷ niệm.",
                "br",
            ),
            P("2. Phân công trực", "h"),
            P("Ngày | Buổi | Người trực", "head"),
            P("19/11/2026 | Chiều | Thầy Võ Thanh Phong", "row"),
            P("20/11/2026 | Sáng | Cô Huỳnh Thị Kim Ngân", "row"),
            P("20/11/2026 | Chiều | Thầy Đặng Minh Trí", "row"),
            P("Đề nghị các bộ phận thực hiện nghiêm túc.", "div+hl:thực hiện nghiêm túc"),
            byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"date": "10/11/2026 - 10:30"},
    ),
    Story(
        id=94,
        slug="ke-hoach-nho",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="4",
        published_at="2026-11-05T15:30:00+07:00",
        blocks=[
            P(
                "Chiều ngày 04/11/2026, Liên đội Trường THCS Thành Trung tổ chức phát động phong "
                "trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa chào mừng kỷ niệm Ngày Nhà giáo "
                "Việt Nam 20/11.",
                "arial",
            ),
            P(
                "Theo kế hoạch, mỗi chi đội thu gom ít nhất 30 kg giấy vụn và 5 kg vỏ chai nhựa. Số "
                "tiền thu được sẽ dùng để mua tập vở, quần áo tặng các bạn học sinh có hoàn cảnh khó "
                "khăn trong dịp Tết Nguyên đán.",
                "arial",
            ),
            Img(
                "upload/tintuc/94_1.jpg",
                "Các em học sinh lớp 9A1 tham gia thu gom giấy vụn tại sân trường",
            ),
            P(
                "Kết thúc đợt 1, toàn Liên đội đã thu được hơn 620 kg giấy vụn và 95 kg vỏ chai "
                "nhựa. Chi đội 8A1 và 6A2 dẫn đầu phong trào.",
                "arial",
            ),
            byline("Liên đội trường THCS Thành Trung"),
        ],
        authors=["Liên đội trường THCS Thành Trung"],
        opts={"date": "05/11/2026 - 15:30"},
    ),
    Story(
        id=93,
        slug="ket-qua-hsg-huyen",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="2",
        published_at="2026-10-30T16:20:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027 vừa kết thúc, Trường "
            "THCS Thành Trung có 9 học sinh đạt giải, xếp thứ 3 toàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được Phòng Giáo dục và Đào tạo tổ chức vào ngày 24 và 25/10/2026 tại Trường "
                "THCS Thị trấn Tân Quới với 312 thí sinh của 11 trường THCS trong huyện tham dự.",
                "div",
            ),
            P(
                "Đội tuyển của trường có 14 học sinh dự thi ở 7 môn. Kết quả có 9 học sinh đạt giải "
                "gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích.",
                "div",
            ),
            P("Danh sách học sinh đạt giải", "h"),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", "head"),
            P("1 | Nguyễn Ngọc Bảo Trân | 9A1 | Ngữ văn | Nhất", "row"),
            P("2 | Trần Minh Khang | 9A1 | Toán | Nhì", "row"),
            P("3 | Lê Thị Cẩm Tú | 9A2 | Tiếng Anh | Nhì", "row"),
            P("4 | Phạm Gia Huy | 9A1 | Vật lí | Ba", "row"),
            P("5 | Võ Thị Ngọc Hân | 9A2 | Lịch sử | Ba", "row"),
            P("6 | Huỳnh Tấn Phát | 9A3 | Hóa học | Ba", "row"),
            P("7 | Đoàn Thị Yến Nhi | 9A1 | Địa lí | Khuyến khích", "row"),
            P("8 | Nguyễn Hoàng Long | 9A2 | Toán | Khuyến khích", "row"),
            P("9 | Trương Thị Mỹ Tiên | 9A3 | Sinh học | Khuyến khích", "row"),
            P("So sánh với các năm học trước", "h"),
            P("Năm học | Số dự thi | Số đạt giải | Xếp hạng toàn huyện", "head"),
            P("2024 - 2025 | 12 | 6 | 5", "row"),
            P("2025 - 2026 | 13 | 7 | 4", "row"),
            P("2026 - 2027 | 14 | 9 | 3", "row"),
            P(
                "Đây là kết quả cao nhất của nhà trường trong 5 năm trở lại đây, thể hiện sự nỗ lực "
                "của thầy cô bồi dưỡng và các em học sinh.",
                "font",
            ),
            P(
                "Các em đạt giải Nhất, Nhì sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi chọn học "
                "sinh giỏi cấp tỉnh dự kiến tổ chức vào tháng 3/2027.",
                "font",
            ),
            P(
                "Nhà trường chúc mừng các em và quý thầy cô có học sinh đạt giải!",
                "div+hl:chúc mừng các em",
            ),
        ],
        opts={"date": "30/10/2026 - 16:20"},
    ),
    Story(
        id=92,
        slug="hop-cmhs",
        title="Thông báo họp Cha mẹ học sinh giữa học kỳ I",
        cat="6",
        published_at="2026-10-20T08:00:00+07:00",
        blocks=[
            P(
                "Nhà trường kính mời Quý phụ huynh đến dự họp Cha mẹ học sinh giữa học kỳ I vào "
                "lúc 7 giờ 30 phút, sáng Chủ nhật ngày 25/10/2026 tại phòng học các lớp.",
                "br",
            ),
            P("Mẫu thư mời gửi kèm theo dưới đây.", "br"),
            download("Thu_moi_hop_CMHS.doc"),
        ],
        opts={"date": "20/10/2026 - 08:00"},
    ),
    Story(
        id=90,
        slug="tham-quan-vo-van-kiet",
        title="Học sinh lớp 9 tham quan, trải nghiệm tại Khu lưu niệm Thủ tướng Võ Văn Kiệt",
        cat="2",
        published_at="2026-10-12T09:05:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục truyền thống yêu nước và gắn kết kiến thức môn Lịch sử với thực "
                "tiễn, ngày 10/10/2026, Trường THCS Thành Trung tổ chức cho 126 học sinh khối 9 "
                "tham quan, trải nghiệm tại Khu lưu niệm Thủ tướng Võ Văn Kiệt (xã Trung Hiệp, "
                "huyện Vũng Liêm).",
                "div",
            ),
            Img(
                "upload/tintuc/90_1.jpg",
                "Các em học sinh lớp 9A1 tham gia dâng hương tại Khu lưu niệm",
            ),
            P(
                "Tại đây, các em được nghe thuyết minh về cuộc đời, sự nghiệp cách mạng của cố Thủ "
                "tướng Võ Văn Kiệt, tham quan nhà trưng bày hiện vật và khu nhà thời niên thiếu "
                "của Thủ tướng.",
                "ent",
            ),
            P(
                "Sau buổi tham quan, các chi đội tổ chức thi viết thu hoạch và thuyết trình theo "
                "nhóm. Nhiều bài thu hoạch được đánh giá cao về nội dung và cảm xúc.",
                "div",
            ),
            Img("upload/tintuc/90_2.jpg", "Học sinh khối 9 chụp ảnh lưu niệm trước nhà trưng bày"),
            byline("Tin và ảnh: Lâm Thị Ngọc Hân"),
        ],
        authors=["Lâm Thị Ngọc Hân"],
        photographers=["Lâm Thị Ngọc Hân"],
        opts={"date": "12/10/2026 - 09:05"},
    ),
    Story(
        id=89,
        slug="dai-hoi-lien-doi",
        title="Đại hội Liên đội Trường THCS Thành Trung nhiệm kỳ 2026 - 2027",
        cat="4",
        published_at="2026-10-03T10:00:00+07:00",
        summary=(
            "Sáng ngày 02/10/2026, Liên đội Trường THCS Thành Trung long trọng tổ chức Đại hội "
            "Liên đội nhiệm kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ "
                "2025 - 2026, thảo luận phương hướng hoạt động nhiệm kỳ mới với chủ đề “Thiếu nhi "
                "Việt Nam – Tự hào tiến bước dưới cờ Đảng”.",
                "div",
            ),
            Img("upload/tintuc/89_1.jpg"),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 gồm 9 em, em Nguyễn Ngọc "
                "Bảo Trân lớp 9A1 được tín nhiệm bầu làm Liên đội trưởng.",
                "div",
            ),
            Img(
                "upload/tintuc/89_2.jpg", "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội"
            ),
            P(
                "Các chỉ tiêu chính: 100% đội viên thực hiện tốt nghi thức Đội; mỗi chi đội có ít "
                "nhất một công trình măng non; tham gia đầy đủ các phong trào do Hội đồng Đội huyện "
                "phát động.",
                "div",
            ),
            byline("Người viết: Đặng Minh Trí"),
        ],
        authors=["Đặng Minh Trí"],
        opts={"date": "03/10/2026 - 10:00"},
    ),
    Story(
        id=87,
        slug="khai-giang",
        title="Tưng bừng Lễ khai giảng năm học mới 2026 - 2027",
        cat="2",
        published_at="2026-09-05T10:15:00+07:00",
        summary=(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 480 học sinh Trường "
            "THCS Thành Trung hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự Lễ khai giảng có ông Trần Văn Bảy – Phó Chủ tịch UBND xã Thành Trung, đại "
                "diện Ban đại diện Cha mẹ học sinh và các mạnh thường quân.",
                "font",
            ),
            Img(
                "upload/tintuc/87_1.jpg",
                "Các em học sinh lớp 6 được đón vào trường trong ngày khai giảng",
            ),
            P(
                "Thầy Nguyễn Hoàng Phúc, Hiệu trưởng nhà trường đọc thư của Chủ tịch nước gửi "
                "ngành Giáo dục nhân dịp khai giảng năm học mới và đánh trống khai trường.",
                "font",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 14 lớp với 486 học sinh, 36 cán bộ, giáo viên, "
                "nhân viên. Nhà trường phấn đấu giữ vững danh hiệu Trường đạt chuẩn quốc gia mức "
                "độ 1.",
                "font",
            ),
            Img(
                "upload/tintuc/87_2.jpg", "Thầy Nguyễn Hoàng Phúc đánh trống khai giảng năm học mới"
            ),
            P(
                "Dịp này, các mạnh thường quân đã trao tặng 60 suất học bổng, mỗi suất trị giá "
                "500.000 đồng cho học sinh nghèo vượt khó.",
                "font+hl:60 suất học bổng",
            ),
            byline("Người viết: Huỳnh Thị Kim Ngân"),
        ],
        authors=["Huỳnh Thị Kim Ngân"],
        opts={"date": "05/09/2026 - 10:15"},
    ),
    # the three 2019 rows: typed decomposed, text through nl2br, the date without a time
    Story(
        id=21,
        slug="tong-ket-2018-2019",
        title="Trường THCS Thành Trung tổng kết năm học 2018 - 2019",
        cat="2",
        published_at="2019-05-20",
        blocks=[
            P(
                "Ngày 18/5/2019, Trường THCS Thành Trung tổ chức Lễ tổng kết năm học 2018 - 2019.",
                "br",
            ),
            P(
                "Năm học qua, nhà trường có 452 học sinh, tỷ lệ học sinh lên lớp đạt 97,8%; có 8 "
                "học sinh đạt giải học sinh giỏi cấp huyện và 1 học sinh đạt giải cấp tỉnh.",
                "br",
            ),
            Img("upload/tintuc/21_1.jpg", "Khen thưởng học sinh đạt thành tích cao trong năm học"),
            P(
                "Nhà trường đã khen thưởng 86 học sinh giỏi, 124 học sinh tiên tiến và trao 20 suất "
                "học bổng cho học sinh có hoàn cảnh khó khăn.",
                "br",
            ),
            byline("Người viết: Võ Thanh Phong"),
        ],
        authors=["Võ Thanh Phong"],
        opts={"old_date": "20-05-2019", "nfd": True},
    ),
    Story(
        id=18,
        slug="nghi-thuc-doi-2019",
        title="Hội thi “Nghi thức Đội” cấp trường năm 2019",
        cat="4",
        published_at="2019-04-15",
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 78 năm Ngày thành lập Đội TNTP Hồ Chí Minh (15/5/1941 - "
                "15/5/2019), Liên đội trường tổ chức Hội thi “Nghi thức Đội” cấp trường.",
                "br",
            ),
            Img("upload/tintuc/18_1.jpg", "Ảnh minh họa", "minhhoa"),
            P(
                "Hội thi có 12 chi đội tham gia với các phần thi: chào cờ, đội hình đội ngũ, trống "
                "kèn. Kết quả: giải Nhất chi đội 8A1, giải Nhì chi đội 9A2, giải Ba chi đội 7A1.",
                "br",
            ),
        ],
        opts={"old_date": "15-04-2019", "nfd": True},
    ),
    Story(
        id=15,
        slug="toa-dam-8-3",
        title="Tọa đàm kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
        cat="2",
        published_at="2019-03-08",
        blocks=[
            P(
                "Chiều ngày 07/3/2019, Công đoàn cơ sở Trường THCS Thành Trung tổ chức buổi tọa đàm "
                "kỷ niệm 109 năm Ngày Quốc tế Phụ nữ 8/3.",
                "br",
            ),
            Img("upload/tintuc/15_1.jpg"),
            P(
                "Buổi tọa đàm diễn ra trong không khí vui tươi, đầm ấm với nhiều tiết mục văn nghệ, "
                "trò chơi dân gian do các thầy giáo trong trường tổ chức.",
                "br",
            ),
        ],
        opts={"old_date": "08-03-2019", "nfd": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _article_path(story: Story) -> str:
    return f"/index.php?module=tintuc&act=xem&id={story.id}"


# Gold: read from the hand-written fields of each row above (title, date, authors, captions…);
# the path is the act=xem form, the &cat= form and the old script its alternatives.
GOLD = [
    gold_record(
        story,
        _article_path(story),
        CATS[int(story.cat)],
        alt_paths=[
            f"/index.php?module=tintuc&act=xem&id={story.id}&cat={story.cat}",
            f"/xemtin.php?id={story.id}",
        ],
    )
    for story in STORIES
]

NON_ARTICLES = [
    "/index.php?module=gioithieu",
    "/index.php?module=giaovien",
    "/index.php?module=tkb",
    "/index.php?module=hinhanh",
    "/index.php?module=lienhe",
    "/index.php?module=poll&act=ketqua",
]


# --- the article's text as the editor left it --------------------------------------------------


def _para(p: P) -> str:
    base, _, hl = p.style.partition("+hl:")
    body = esc(p.text)
    if hl:
        body = body.replace(esc(hl), f'<font color="#FF0000"><b>{esc(hl)}</b></font>', 1)
    if base == "div":
        return f"<div>{body}</div>\r\n"
    if base == "p":
        return f'<p align="justify">{body}</p>\r\n'
    if base == "br":
        return f"{body}<br />\r\n<br />\r\n"
    if base == "arial":
        return f'<div><span style="font-family: Arial">{body}</span></div>\r\n'
    if base == "font":
        return (
            '<div>&nbsp;&nbsp;&nbsp;&nbsp;<font face="Times New Roman" size="3">'
            f"{body}</font></div>\r\n"
        )
    if base == "ent":
        return f"<div>{text(p.text, entities=2)}</div>\r\n"
    if base == "h":
        return f"<div><b>{body}</b></div>\r\n"
    raise ValueError(f"unknown paragraph style {p.style!r}")


def _table(rows: list[P]) -> str:
    out = [
        '<table border="1" cellpadding="3" cellspacing="0" width="95%" align="center" '
        'style="border-collapse: collapse" bordercolor="#808080">'
    ]
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "head":
            tds = "".join(f'<td align="center"><b>{esc(c)}</b></td>' for c in cells)
            out.append(f'<tr bgcolor="#CCFFCC">{tds}</tr>')
        else:
            tds = "".join(
                f'<td align="center">{esc(c)}</td>'
                if c.isdigit() or len(c) < 6
                else f"<td>{esc(c)}</td>"
                for c in cells
            )
            out.append(f"<tr>{tds}</tr>")
    out.append("</table>\r\n")
    return "\r\n".join(out)


def _photo(img: _Img) -> str:
    tag = f'<img src="{esc(img.src)}" width="450" border="0">'
    if img.style == "minhhoa":
        return f'<div align="center">{tag}<br><i>{esc(img.printed or "")}</i></div>\r\n'
    out = f'<div align="center">{tag}</div>\r\n'
    if img.style == "div" and img.printed:
        out += f'<div align="center">{esc(img.printed)}</div>\r\n'
    return out


def content_html(story: Story) -> str:
    """The ``noidung`` column as stored: the editor's markup (NFD for the 2019 rows)."""
    out: list[str] = []
    rows: list[P] = []
    for block in story.blocks:
        if isinstance(block, P) and block.style in ("head", "row"):
            rows.append(block)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if isinstance(block, P):
            out.append(_para(block))
        elif isinstance(block, _Img):
            out.append(_photo(block))
        else:
            out.append("<div>&nbsp;</div>\r\n" + block.html + "\r\n")
    if rows:
        out.append(_table(rows))
    return _typed(story, "".join(out))


def _typed(story: Story, value: str) -> str:
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


def _title(story: Story) -> str:
    return _typed(story, esc(story.title))


def _day(story: Story) -> str:
    """The list's "(dd/mm/yyyy)": the day of the row's date."""
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def _intro(story: Story) -> str:
    """The lists' intro: the tóm tắt, else the text's first 30 words and "..."."""
    if story.summary:
        return _typed(story, esc(story.summary))
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    cut = " ".join(words[:30]) + ("..." if len(words) > 30 else "")
    return _typed(story, esc(cut))


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    return img.src if img else "images/no_image.gif"


def _newest(cat: int | None = None) -> list[Story]:
    rows = [s for s in STORIES if cat is None or int(s.cat) == cat]
    return sorted(rows, key=lambda s: s.published_at, reverse=True)


# --- the 2011 template: header.php, menu_trai.php, cot_phai.php, footer.php -----------------------

MENU = [
    ("index.php", "Trang chủ"),
    ("index.php?module=gioithieu", "Giới thiệu"),
    ("index.php?module=giaovien", "Đội ngũ giáo viên"),
    ("index.php?module=tintuc", "Tin tức"),
    ("index.php?module=tintuc&cat=2", "Tin tức nhà trường"),
    ("index.php?module=tintuc&cat=4", "Hoạt động Đội"),
    ("index.php?module=tintuc&cat=6", "Thông báo"),
    ("index.php?module=tkb", "Thời khóa biểu"),
    # hard-coded in 2024 to the month's schedule; the row was deleted from the database since
    (f"index.php?module=tintuc&act=xem&id={DELETED_ID}", "Lịch công tác"),
    ("index.php?module=hinhanh", "Hình ảnh hoạt động"),
    ("index.php?module=lienhe", "Liên hệ"),
]

LINKS = [
    ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("http://vinhlong.edu.vn", "Sở GD&ĐT Vĩnh Long"),
    ("http://pgdbinhtan.vinhlong.edu.vn", "Phòng GD&ĐT Bình Tân"),
    ("http://violet.vn", "Thư viện Violet"),
    ("http://truongtructuyen.vn", "Trường học trực tuyến"),
]

COUNTER = "000123456"


def _head() -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n'
        "<html>\r\n<head>\r\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\r\n'
        f"<title>{esc(SITE_TITLE)}</title>\r\n"
        '<link href="style.css" rel="stylesheet" type="text/css">\r\n'
        '<script language="javascript" src="js/AC_RunActiveContent.js"></script>\r\n'
        "</head>\r\n"
        '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E6F2FF">\r\n'
    )


def _banner() -> str:
    newest = _newest()[:5]
    marquee = " &nbsp;&nbsp;&nbsp; ".join(
        f'<img src="images/new.gif" border="0"> <a href="xemtin.php?id={s.id}" class="marquee">'
        f"{_title(s)}</a>"
        for s in newest
    )
    return (
        '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" '
        'bgcolor="#FFFFFF">\r\n<tr><td colspan="3">\r\n'
        '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.'
        'macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="990" '
        'height="180">\r\n<param name="movie" value="images/banner.swf">'
        '<param name="quality" value="high"><param name="wmode" value="transparent">\r\n'
        '<embed src="images/banner.swf" quality="high" wmode="transparent" pluginspage="http://'
        'www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="990" '
        'height="180"></embed>\r\n'
        '<img src="images/banner.jpg" width="990" height="180" border="0" alt="Truong THCS '
        'Thanh Trung">\r\n</object>\r\n</td></tr>\r\n'
        '<tr><td colspan="3" bgcolor="#0066CC" height="26">\r\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>\r\n'
        '<td width="190" class="ngay">&nbsp;<font color="#FFFF00"><b>Hôm nay: '
        f"{TODAY_DMY}</b></font></td>\r\n"
        '<td><marquee direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()"><font color="#FFFFFF">{marquee}</font></marquee></td>\r\n'
        "</tr></table>\r\n</td></tr>\r\n"
    )


def _left() -> str:
    rows = "".join(
        f'<tr><td class="menu" height="24">&nbsp;<img src="images/bullet.gif" border="0"> '
        f'<a href="{href}" class="menu">{esc(label)}</a></td></tr>\r\n'
        for href, label in MENU
    )
    return (
        '<td width="190" valign="top" bgcolor="#F0F8FF">\r\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\r\n'
        '<tr><td class="menu_title" background="images/bg_menu.gif" height="28" align="center">'
        '<font color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>\r\n'
        f"{rows}</table>\r\n"
        '<br><table width="100%" border="0" cellspacing="0" cellpadding="2">\r\n'
        '<tr><td class="menu_title" background="images/bg_menu.gif" height="28" align="center">'
        '<font color="#FFFFFF"><b>HỖ TRỢ TRỰC TUYẾN</b></font></td></tr>\r\n'
        '<tr><td align="center"><img src="images/yahoo_online.gif" border="0"><br>'
        "Thầy Tài (quản trị)<br>ĐT: 0918 456 123</td></tr>\r\n</table>\r\n</td>\r\n"
    )


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="3" class="khung_phai">\r\n'
        '<tr><td class="tieude_phai" background="images/bg_menu.gif" height="28" align="center">'
        f'<font color="#FFFFFF"><b>{esc(title)}</b></font></td></tr>\r\n'
        f"<tr><td>{inner}</td></tr>\r\n</table><br>\r\n"
    )


def _right() -> str:
    newest = "".join(
        f'<img src="images/arrow.gif" border="0"> <a href="xemtin.php?id={s.id}" class="tinmoi">'
        f"{_title(s)}</a><br>\r\n"
        for s in _newest()[:8]
    )
    album = "".join(
        f'<a href="index.php?module=hinhanh"><img src="upload/album/{n}.jpg" width="170" '
        f'border="0"></a><br><br>\r\n'
        for n in (12, 11, 10, 9)
    )
    poll = (
        '<form name="frmPoll" method="post" action="index.php?module=poll&act=binhchon">\r\n'
        "<b>Bạn thấy website của trường như thế nào?</b><br>\r\n"
        + "".join(
            f'<input type="radio" name="luachon" value="{n}"> {esc(label)}<br>\r\n'
            for n, label, _votes in POLL
        )
        + '<input type="submit" name="Submit" value="Bình chọn"> '
        '<a href="index.php?module=poll&act=ketqua">Xem kết quả</a>\r\n</form>'
    )
    links = (
        '<select name="lienket" style="width:170px" onchange="if(this.value!=\'\') '
        'window.open(this.value)">\r\n<option value="">--- Liên kết website ---</option>\r\n'
        + "".join(f'<option value="{href}">{esc(label)}</option>\r\n' for href, label in LINKS)
        + "</select>"
    )
    digits = "".join(f'<img src="images/counter/{d}.gif" alt="{d}" border="0">' for d in COUNTER)
    counter = f'<div align="center">Số lượt truy cập:<br>{digits}<br>Đang online: 3</div>'
    return (
        '<td width="200" valign="top" bgcolor="#F0F8FF">\r\n'
        + _box("Tin mới nhất", newest)
        + _box(
            "Hình ảnh hoạt động",
            f'<marquee direction="up" height="200" scrollamount="2" '
            f'onmouseover="this.stop()" onmouseout="this.start()">{album}</marquee>',
        )
        + _box("Thăm dò ý kiến", poll)
        + _box("Liên kết website", links)
        + _box("Thống kê truy cập", counter)
        + "</td>\r\n"
    )


def _footer() -> str:
    return (
        '<tr><td colspan="3" bgcolor="#0066CC" align="center" class="footer" height="60">\r\n'
        f'<font color="#FFFFFF"><b>{SCHOOL}</b> — Địa chỉ: ấp Thành Hậu, xã Thành Trung, huyện '
        "Bình Tân, tỉnh Vĩnh Long — ĐT: 0270 3 741 256 — Email: "
        '<a href="mailto:thcsthanhtrung.binhtan@vinhlong.edu.vn"><font color="#FFFFFF">'
        "thcsthanhtrung.binhtan@vinhlong.edu.vn</font></a><br>\r\n"
        "Thiết kế: Nguyễn Văn Tài - Giáo viên Tin học &copy; 2011. Ghi rõ nguồn khi phát hành lại "
        "thông tin từ website này.</font>\r\n</td></tr>\r\n</table>\r\n</body>\r\n</html>\r\n"
    )


def layout(center: str) -> str:
    return (
        _head()
        + _banner()
        + "<tr>\r\n"
        + _left()
        + f'<td valign="top" width="600" style="padding: 5px">\r\n{center}\r\n</td>\r\n'
        + _right()
        + "</tr>\r\n"
        + _footer()
    )


def _crumb(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="index.php">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr>'
        '<td class="duongdan" bgcolor="#EEEEEE"><img src="images/home.gif" border="0"> '
        f"Bạn đang xem: {' &raquo; '.join(parts)}</td></tr></table>\r\n"
    )


def _frame(title: str, inner: str) -> str:
    """A centre box with its blue title bar."""
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4" class="khung_giua">\r\n'
        '<tr><td class="tieude_khung" background="images/bg_title.gif" height="28">'
        f'<font color="#FFFFFF"><b>{title}</b></font></td></tr>\r\n'
        f"<tr><td>{inner}</td></tr>\r\n</table>\r\n"
    )


# --- the modules ----------------------------------------------------------------------------------


def home_page() -> str:
    welcome = (
        '<table width="100%" border="0" cellpadding="4"><tr><td bgcolor="#FFFFCC" align="center">'
        '<font color="#CC0000" size="3"><b>Chào mừng quý thầy cô, quý phụ huynh và các em học '
        "sinh đến với website Trường THCS Thành Trung!</b></font></td></tr></table><br>\r\n"
    )
    boxes = []
    for cat, count in ((2, 4), (4, 3), (6, 3)):
        rows = _newest(cat)[:count]
        first, rest = rows[0], rows[1:]
        link = f"index.php?module=tintuc&act=xem&id={first.id}"
        inner = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr>'
            f'<td width="130" valign="top"><a href="{link}"><img src="{_thumb(first)}" width="120" '
            'height="90" border="1"></a></td>\r\n'
            f'<td valign="top"><a href="{link}" class="tieude_tin"><b>{_title(first)}</b></a> '
            f'<font color="#808080" size="1">({_day(first)})</font><br>{_intro(first)}</td>'
            "</tr></table>\r\n"
        )
        inner += "".join(
            f'<img src="images/arrow.gif" border="0"> <a href="index.php?module=tintuc&act=xem&id='
            f'{s.id}">{_title(s)}</a> <font color="#808080" size="1">({_day(s)})</font><br>\r\n'
            for s in rest
        )
        inner += (
            f'<div align="right"><a href="index.php?module=tintuc&cat={cat}&trang=0">[Xem tiếp]'
            "</a></div>\r\n"
        )
        title = f'<a href="index.php?module=tintuc&cat={cat}"><font color="#FFFFFF">{esc(CATS[cat].upper())}</font></a>'
        boxes.append(_frame(title, inner) + "<br>\r\n")
    return welcome + "".join(boxes)


def _intval(value: str | None) -> int:
    """PHP's intval: the leading digits, 0 when there are none."""
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else 0


def list_page(cat: int | None, trang: int) -> str:
    rows = _newest(cat)
    base = "index.php?module=tintuc" + (f"&cat={cat}" if cat else "")
    name = CATS.get(cat, "Tin tức") if cat else "Tin tức"
    pages = max(1, -(-len(rows) // PER_PAGE))
    page = max(trang, 1)
    chunk = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = []
    for s in chunk:
        link = f"index.php?module=tintuc&act=xem&id={s.id}" + (f"&cat={cat}" if cat else "")
        items.append(
            '<tr><td width="110" valign="top" style="border-bottom: 1px dotted #CCCCCC">'
            f'<a href="{link}"><img src="{_thumb(s)}" width="100" height="75" border="1"></a></td>\r\n'
            '<td valign="top" style="border-bottom: 1px dotted #CCCCCC">'
            f'<a href="{link}" class="tieude_tin"><b>{_title(s)}</b></a> '
            f'<font color="#808080" size="1">({_day(s)})</font><br>\r\n{_intro(s)}</td></tr>\r\n'
        )
    if not items:
        items.append('<tr><td colspan="2">Chưa có tin nào trong mục này.</td></tr>\r\n')
    pager = ["Trang: "]
    if page > 1:
        pager.append(f'<a href="{base}&trang={page - 1}">&laquo; Trước</a> ')
    for n in range(1, pages + 1):
        pager.append(f"<b>[{n}]</b> " if n == page else f'<a href="{base}&trang={n}">{n}</a> ')
    if page < pages:
        pager.append(f'<a href="{base}&trang={page + 1}">Sau &raquo;</a>')
    table = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">\r\n'
        + "".join(items)
        + f'<tr><td colspan="2" align="center" class="phantrang">{"".join(pager)}</td></tr>\r\n'
        "</table>\r\n"
    )
    crumb = _crumb((None, name)) if not cat else _crumb((base, name))
    return crumb + _frame(esc(name.upper()), table)


def article_page(story: Story) -> str:
    cat = int(story.cat)
    when = (
        f"<i>Cập nhật: {story.opts['date']}</i>"
        if "date" in story.opts
        else f"({story.opts['old_date']})"
    )
    rows = [
        f'<tr><td class="title_news"><font color="#0033CC" size="3"><b>{_title(story)}</b></font>'
        f"<br>{when}</td></tr>\r\n"
    ]
    if story.summary:
        rows.append(
            f'<tr><td class="tomtat_news"><b>{_typed(story, esc(story.summary))}</b></td></tr>\r\n'
        )
    rows.append(f'<tr><td class="content_news">\r\n{content_html(story)}</td></tr>\r\n')
    rows.append(
        f'<tr><td align="right" class="nguoidang"><font color="#808080">Người đăng: {POSTER} '
        f"&nbsp;|&nbsp; Lượt xem: {story.views()}</font></td></tr>\r\n"
    )
    rows.append(
        '<tr><td align="right"><a href="javascript:history.back()">[Quay lại]</a> '
        '<a href="javascript:window.print()">[In trang]</a></td></tr>\r\n'
    )
    others = [s for s in _newest(cat) if s.id != story.id][:5]
    if others:
        rows.append(
            '<tr><td class="tinkhac"><hr size="1" color="#CCCCCC"><b><u>Các tin khác:</u></b><br>\r\n'
            + "".join(
                f'<img src="images/arrow.gif" border="0"> <a href="index.php?module=tintuc&act=xem'
                f'&id={s.id}&cat={cat}">{_title(s)}</a> <font color="#808080" size="1">'
                f"({_day(s)})</font><br>\r\n"
                for s in others
            )
            + "</td></tr>\r\n"
        )
    body = '<table width="100%" border="0" cellspacing="0" cellpadding="4">\r\n' + "".join(rows)
    body += "</table>\r\n"
    return _crumb((f"index.php?module=tintuc&cat={cat}", CATS[cat])) + body


def missing_page() -> str:
    return _crumb((None, "Tin tức")) + (
        '<table width="100%" border="0" cellpadding="20"><tr><td align="center">'
        '<font color="#FF0000"><b>Tin này không tồn tại hoặc đã bị xóa.</b></font><br><br>'
        '<a href="javascript:history.back()">[Quay lại]</a></td></tr></table>\r\n'
    )


INTRO_TEXT = [
    "Trường THCS Thành Trung được thành lập năm 1985, tách ra từ Trường Phổ thông cơ sở Thành "
    "Trung, đóng tại ấp Thành Hậu, xã Thành Trung, huyện Bình Tân, tỉnh Vĩnh Long.",
    "Trải qua hơn 40 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh "
    "và học sinh trong xã. Năm 2018 trường được công nhận đạt chuẩn quốc gia mức độ 1.",
    "Hiện nay trường có 14 lớp với 486 học sinh; 36 cán bộ, giáo viên, nhân viên, trong đó 100% "
    "giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
    "Cơ sở vật chất gồm 14 phòng học, 4 phòng bộ môn, 1 phòng tin học với 30 máy tính, thư viện "
    "đạt chuẩn và sân chơi, bãi tập rộng rãi.",
]

TEACHERS = [
    ("Nguyễn Hoàng Phúc", "1972", "Thạc sĩ", "Toán", "Hiệu trưởng"),
    ("Võ Thanh Phong", "1978", "Đại học", "Vật lí", "Phó Hiệu trưởng"),
    ("Trần Thị Diễm", "1983", "Đại học", "Ngữ văn", "Tổ trưởng tổ Văn - Sử - Địa"),
    ("Nguyễn Văn Tài", "1980", "Đại học", "Tin học", "Giáo viên"),
    ("Lê Thị Mỹ Duyên", "1988", "Đại học", "Ngữ văn", "Giáo viên"),
    ("Huỳnh Thị Kim Ngân", "1986", "Đại học", "Tiếng Anh", "Tổ trưởng tổ Ngoại ngữ"),
    ("Đặng Minh Trí", "1990", "Đại học", "Âm nhạc", "Tổng phụ trách Đội"),
    ("Lâm Thị Ngọc Hân", "1992", "Đại học", "Lịch sử", "Giáo viên"),
    ("Phan Văn Lợi", "1979", "Đại học", "Hóa học", "Tổ trưởng tổ Hóa - Sinh - CN"),
    ("Trương Thị Bích Trâm", "1991", "Đại học", "Sinh học", "Giáo viên"),
    ("Nguyễn Thanh Sơn", "1984", "Đại học", "Thể dục", "Giáo viên"),
    ("Đỗ Thị Hồng Nhung", "1994", "Cao đẳng", "Mĩ thuật", "Giáo viên"),
]

TIMETABLE = [
    ("Hai", "1", "Chào cờ", "Chào cờ", "Chào cờ", "Chào cờ"),
    ("Hai", "2", "Toán", "Ngữ văn", "Tiếng Anh", "Toán"),
    ("Hai", "3", "Ngữ văn", "Toán", "Toán", "Vật lí"),
    ("Ba", "1", "Tiếng Anh", "KHTN", "Ngữ văn", "Hóa học"),
    ("Ba", "2", "KHTN", "Tiếng Anh", "Lịch sử", "Ngữ văn"),
    ("Ba", "3", "Tin học", "Công nghệ", "GDCD", "Ngữ văn"),
    ("Tư", "1", "Lịch sử", "Toán", "KHTN", "Tiếng Anh"),
    ("Tư", "2", "Toán", "Ngữ văn", "Toán", "Sinh học"),
]

ALBUM = [
    (12, "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    (11, "Hội thi giáo viên dạy giỏi cấp trường"),
    (10, "Tham quan Khu lưu niệm Thủ tướng Võ Văn Kiệt"),
    (9, "Đại hội Liên đội nhiệm kỳ 2026 - 2027"),
    (8, "Lễ khai giảng năm học 2026 - 2027"),
    (7, "Hội khỏe Phù Đổng cấp trường"),
]

POLL = [(1, "Rất đẹp", 152), (2, "Đẹp", 87), (3, "Bình thường", 64), (4, "Cần cải tiến", 31)]


def _grid(head: list[str], rows: list[tuple[str, ...]]) -> str:
    out = '<table width="100%" border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse">\r\n'
    out += (
        '<tr bgcolor="#CCFFCC">'
        + "".join(f'<td align="center"><b>{esc(h)}</b></td>' for h in head)
        + "</tr>\r\n"
    )
    for row in rows:
        out += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>\r\n"
    return out + "</table>\r\n"


def intro_page() -> str:
    paras = "".join(f"<div>&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}</div><br>\r\n" for t in INTRO_TEXT)
    inner = (
        '<div align="center"><img src="images/truong.jpg" width="450" border="0"></div><br>\r\n'
        + paras
        + '<div align="right"><b>Ban Giám hiệu</b></div>'
    )
    return _crumb((None, "Giới thiệu")) + _frame("GIỚI THIỆU", inner)


def teachers_page() -> str:
    rows = [(str(n), *row) for n, row in enumerate(TEACHERS, 1)]
    inner = (
        "<div>Danh sách cán bộ, giáo viên năm học 2026 - 2027 (cập nhật tháng 9/2026):</div><br>\r\n"
        + _grid(["TT", "Họ và tên", "Năm sinh", "Trình độ", "Môn dạy", "Chức vụ"], rows)
    )
    return _crumb((None, "Đội ngũ giáo viên")) + _frame("ĐỘI NGŨ GIÁO VIÊN", inner)


def timetable_page() -> str:
    inner = (
        '<div align="center"><b>THỜI KHÓA BIỂU HỌC KỲ I NĂM HỌC 2026 - 2027</b><br>'
        "<i>(Áp dụng từ ngày 07/9/2026)</i></div><br>\r\n"
        + _grid(["Thứ", "Tiết", "6A1", "7A1", "8A1", "9A1"], TIMETABLE)
        + '<br><div><b>Tải về:</b> <a href="upload/vanban/TKB_HK1_2026.xls">TKB_HK1_2026.xls</a>'
        " (thời khóa biểu đầy đủ 14 lớp)</div>\r\n"
    )
    return _crumb((None, "Thời khóa biểu")) + _frame("THỜI KHÓA BIỂU", inner)


def album_page() -> str:
    cells = []
    for n, caption in ALBUM:
        cells.append(
            f'<td align="center" valign="top" width="33%"><a href="upload/album/{n}.jpg" '
            f'target="_blank"><img src="upload/album/{n}.jpg" width="170" height="128" '
            f'border="1"></a><br>{esc(caption)}</td>'
        )
    grid = "".join(
        "<tr>" + "".join(cells[i : i + 3]) + "</tr>\r\n" for i in range(0, len(cells), 3)
    )
    inner = f'<table width="100%" border="0" cellpadding="5">\r\n{grid}</table>\r\n'
    return _crumb((None, "Hình ảnh hoạt động")) + _frame("HÌNH ẢNH HOẠT ĐỘNG", inner)


def contact_page(sent: bool) -> str:
    if sent:
        inner = (
            '<div align="center"><font color="#009900"><b>Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ '
            "phản hồi trong thời gian sớm nhất.</b></font></div>"
        )
    else:
        inner = (
            '<form name="frmLienhe" method="post" action="index.php?module=lienhe">\r\n'
            '<table width="100%" border="0" cellpadding="3">\r\n'
            '<tr><td width="100">Họ và tên:</td><td><input type="text" name="hoten" size="40"></td></tr>\r\n'
            '<tr><td>Email:</td><td><input type="text" name="email" size="40"></td></tr>\r\n'
            '<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40"></td></tr>\r\n'
            '<tr><td valign="top">Nội dung:</td><td><textarea name="noidung" cols="45" rows="8">'
            "</textarea></td></tr>\r\n"
            '<tr><td></td><td><input type="submit" name="gui" value="Gửi liên hệ"> '
            '<input type="reset" value="Nhập lại"></td></tr>\r\n</table>\r\n</form>\r\n'
        )
    address = (
        f"<div><b>{SCHOOL}</b><br>Địa chỉ: ấp Thành Hậu, xã Thành Trung, huyện Bình Tân, tỉnh "
        "Vĩnh Long<br>Điện thoại: 0270 3 741 256</div><br>\r\n"
    )
    return _crumb((None, "Liên hệ")) + _frame("LIÊN HỆ", address + inner)


def poll_page(voted: bool) -> str:
    total = sum(v for _n, _l, v in POLL)
    rows = "".join(
        f'<tr><td width="120">{esc(label)}</td><td><img src="images/poll_bar.gif" height="12" '
        f'width="{round(300 * votes / total)}"> {votes} phiếu ({100 * votes / total:.1f}%)</td></tr>\r\n'
        for _n, label, votes in POLL
    )
    thanks = (
        '<div align="center"><font color="#009900"><b>Cảm ơn bạn đã tham gia bình chọn!</b></font>'
        "</div><br>\r\n"
        if voted
        else ""
    )
    inner = (
        thanks
        + "<div><b>Bạn thấy website của trường như thế nào?</b></div><br>\r\n"
        + f'<table width="100%" border="0" cellpadding="3">\r\n{rows}</table>\r\n'
        + f"<div>Tổng số phiếu: {total}</div>"
    )
    return _crumb((None, "Kết quả thăm dò ý kiến")) + _frame("KẾT QUẢ THĂM DÒ", inner)


# --- Apache + PHP ---------------------------------------------------------------------------------

_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.IGNORECASE)
_FORM = re.compile(r"(<form\b[^>]*>)", re.IGNORECASE)
_SID_OK = re.compile(r"^[A-Za-z0-9,-]{1,128}$")


def with_sid(markup: str, sid: str) -> str:
    """PHP's trans-sid output rewriting (url_rewriter.tags "a=href,area=href,frame=src,form=")."""

    def fix(match: re.Match[str]) -> str:
        url = match.group(2)
        if not url or url.startswith(("#", "javascript:", "mailto:")) or "://" in url:
            return match.group(0)
        sep = "&" if "?" in url else "?"
        return f"{match.group(1)}{url}{sep}PHPSESSID={sid}{match.group(3)}"

    markup = _HREF.sub(fix, markup)
    return _FORM.sub(
        lambda m: f'{m.group(1)}<input type="hidden" name="PHPSESSID" value="{sid}" />', markup
    )


def has_session_cookie(request: Request) -> bool:
    cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    return "PHPSESSID=" in cookie


@dataclass
class HomemadeSite:
    """index.php, xemtin.php and the files under upload/ and images/."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._php(request, self._index(request))
        if path == "/xemtin.php":
            return self._php(request, self._article(request.params.get("id")))
        if path.startswith("/upload/vanban/"):
            name = path.rsplit("/", 1)[-1]
            if name in DOCS:
                ctype, data = DOCS[name]
                return Response(200, data, {"Content-Type": ctype})
            return None
        if path == "/images/banner.swf":
            return Response(
                200, b"CWS\x07" + b"\0" * 60, {"Content-Type": "application/x-shockwave-flash"}
            )
        if path.startswith(("/upload/", "/images/", "/js/")) or path == "/style.css":
            return static_file(path)
        return None

    def _index(self, request: Request) -> str:
        params = request.params
        module = params.get("module", "")
        act = params.get("act", "")
        if module == "tintuc":
            if act == "xem":
                return self._article(params.get("id"))
            cat = _intval(params.get("cat")) or None
            return layout(list_page(cat, _intval(params.get("trang"))))
        if module == "gioithieu":
            return layout(intro_page())
        if module == "giaovien":
            return layout(teachers_page())
        if module == "tkb":
            return layout(timetable_page())
        if module == "hinhanh":
            return layout(album_page())
        if module == "lienhe":
            return layout(contact_page(sent=request.method == "POST"))
        if module == "poll":
            voted = act == "binhchon" and request.method == "POST" and "luachon" in request.form
            return layout(poll_page(voted))
        return layout(home_page())

    def _article(self, raw_id: str | None) -> str:
        story = BY_ID.get(_intval(raw_id))
        return layout(article_page(story) if story else missing_page())

    def _php(self, request: Request, page: str) -> Response:
        headers = {
            "X-Powered-By": "PHP/5.2.17",
            "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
            "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
            "Pragma": "no-cache",
        }
        if not has_session_cookie(request):
            sid = request.params.get("PHPSESSID", "")
            sid = sid if _SID_OK.match(sid) else SID
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
            page = with_sid(page, sid)
        return html(page.encode("utf-8"), charset=None, headers=headers)


def build_site() -> HomemadeSite:
    return HomemadeSite()
