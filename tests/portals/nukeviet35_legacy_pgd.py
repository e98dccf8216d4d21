"""Phòng GD&ĐT huyện Lục Ngạn (Bắc Giang) on NukeViet 3.5, never upgraded, no URL rewriting.

Platform
--------
NukeViet 3.5 (2013) with a free green theme ("xanh_giaoduc"), the ``news`` module as the home
page (``viewcat_main_bottom``: one block per top category, its newest article with thumbnail and
hometext, three more titles under it), XHTML 1.0 Transitional, UTF-8, CKEditor 3 content.

URL scheme (no rewrite, ``&amp;`` in every printed link)
---------------------------------------------------------
- home ``/`` (also ``/index.php``, ``/index.php?language=vi``, ``...&nv=news``)
- category ``/index.php?language=vi&nv=news&op=<cat-alias>``, further pages
  ``&op=<cat-alias>/page-<n>`` (``Trang 1 2 3 Trang sau``, page 1 has no ``page-1`` form)
- article ``/index.php?language=vi&nv=news&op=<cat-alias>/<alias>-<id>``
- print pop-up ``&op=print/<cat-alias>/<alias>-<id>``, send-mail pop-up
  ``&op=sendmail/<cat-alias>/<alias>-<id>`` (both opened by ``NewWindow(...)`` in ``onclick``)
- about pages ``&nv=about&op=<alias>``, contact ``&nv=contact``, documents
  ``&nv=download&op=<cat>/<alias>`` (listing ``&nv=download``), search ``&nv=search&q=``

Page templates
--------------
- listing (``viewcat_page_new``): per page 3 items in full (thumb, ``<h3>`` title, date, hometext,
  "Xem tiếp") and then, under "Các tin khác", the titles of the next 2 items; pager
  ``<div class="generate_page">``.
- article (old ``detail.tpl``): ``<h1>`` title (after the theme's own ``<h1>`` site name),
  ``<span class="time">Thứ năm, 12/11/2026, 08:30 GMT+7</span>``, the tool icons (send mail,
  print), ``<div id="hometext">`` holding the home image (``#imghome`` with its note in ``<em>``)
  and the hometext as ``<h2>``, ``<div class="bodytext">``, then the "Tác giả" and "Nguồn" lines,
  the rating widget, "Từ khóa", the copyright notice, and "Các tin khác" (3 newest of the
  category). Breadcrumb ``Trang chủ › Tin tức › <category>``.

How the 13 gold articles are reached
------------------------------------
Categories: "Tin tức - Sự kiện" (7 articles + 1 listed from another category, 3 pages),
"Hoạt động chuyên môn" (4, 2 pages), "Thông báo" (2, 1 page). The home page shows the 4 newest
of each category. In "Tin tức - Sự kiện" the articles 397, 381 and 376 are linked only from
``page-2`` and ``page-3`` (page 1's "Các tin khác" names only items 4–5; the detail pages' "Các
tin khác" only the 3 newest). Everything else is on the home page and the first listing pages.

Traps
-----
1. Two ``<h1>``: the free theme prints the office's name as ``<h1 class="tenDV">`` in the header,
   before the article's ``<h1>``; ``<title>`` is "<title> - Tin Tức - PGD&ĐT Lục Ngạn". Gold
   title: the article's ``<h1>`` only.
2. Sapo printed as a heading: the hometext is an ``<h2>`` inside ``div#hometext``, after the home
   image and its note (``<p><em>note</em></p>``). Gold: ``summary`` = the hometext, which is also
   the body's first paragraph; the home image is the first image, its caption the ``<em>`` note.
3. "GMT+7": the date line ends in "GMT+7" (read as POSIX ``Etc/GMT+7`` that is UTC−7). Gold: the
   printed wall time with ``+07:00``. The listings print "dd/mm/yyyy HH:MM" without the zone and
   the "Các tin khác" lists print other articles' dates beside their links (not this article's).
4. Listing overflow: "Các tin khác" under each listing page names the first items of the *next*
   page; pages 2–3 of "Tin tức - Sự kiện" are the only way to 397, 381 and 376.
5. One article in two categories (NukeViet's ``listcatid``): 416 is filed under "Hoạt động chuyên
   môn" but also listed in "Tin tức - Sự kiện", whose listing links it as
   ``op=tin-tuc-su-kien/...-416``. Both URLs serve the same page (the breadcrumb names the main
   category). Gold: path under ``hoat-dong-chuyen-mon``, the other URL in ``alt_paths``, category
   "Hoạt động chuyên môn".
6. Stale alias: 411's title was edited after publication; the alias NukeViet made first is still
   linked inside a sentence of 416's text, and NukeViet 3 finds the article by its id alone, so the
   old URL answers 200 with the same page. Gold: the old URL is an ``alt_path``; the sentence with
   the link is body text.
7. Identical titles: 415 and 409 are two schools' reports titled "Hội nghị cán bộ, công chức, viên
   chức năm học 2026 - 2027", in the same category, 5 days apart. Gold: two records.
8. Word paste debris inside ``div.bodytext`` (418): a bare ``<style>`` block of Word's "Style
   Definitions" (``table.MsoNormalTable {mso-style-name:"Table Normal"; …}``), the ``<xml>`` of
   Word's settings in a conditional comment, ``MsoNormal`` paragraphs with ``<o:p>`` and an
   ``<o:p>&nbsp;</o:p>`` spacer. Gold: none of it is text.
9. .VnTime text (397): the body was pasted from a TCVN3 Word file and is printed as the glyphs the
   .VnTime font draws ("Mçi suÊt häc bæng…" in ``<span style="font-family:.VnTime">``), capitals
   with a tone in ``<font face=".VnTimeH">``; the hometext is Unicode. Gold: the Unicode text.
10. Flash player in the text (404): an ``<object>``/``<embed>`` JW Player with its fallback text
    "Trình duyệt của bạn chưa cài Adobe Flash Player…" inside ``div.bodytext``. Gold: not body.
11. Hometext repeated (404): the editor pasted the sapo again as the first paragraph of the body,
    so the page prints it twice. Gold: once (as the summary and first body paragraph).
12. Soft 404: the cached "Tin xem nhiều" block still links article 402, since removed; NukeViet's
    ``nv_info_die`` answers 200 with the full chrome and "Bài viết này không tồn tại hoặc đã bị
    gỡ bỏ". Gold: not an article (no record, not in NON_ARTICLES).
13. Pop-ups: the print view (an alternative copy: ``alt_paths``) and the send-mail form, which
    prints the article's title and hometext above "Tên của bạn / Email người nhận" (not an article,
    no record).
14. Bylines from a free-text "Tác giả" field: "ThS. Hoàng Văn Bình - Phó Trưởng phòng" ->
    Hoàng Văn Bình; "Tin: Minh Đức - Ảnh: Văn Tiến" -> [Minh Đức] / [Văn Tiến]; "Tin, ảnh: Lê Văn
    Cường" -> both; "Nguyễn Thị Hoa (Trường TH Tân Mộc)" -> Nguyễn Thị Hoa, whose name the editor
    also typed right-aligned as the body's last line (not body); "BBT" and the CMS account
    "pgdlucngan" -> nobody; a unit alone ("Bộ phận Tiểu học") is the author.
15. Official document (420): a notice printed with the letterhead table, "THÔNG BÁO" and its
    subject, then "Nơi nhận" and the signer "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / Hoàng Văn
    Bình". Gold: date = the letterhead's day 2026-12-03 (the page's date line says 04/12/2026 17:00);
    author Hoàng Văn Bình; letterhead, kind/subject, closing and "Tải về" line not body.
16. Midnight (392): "Thứ hai, 09/11/2026, 00:00 GMT+7" -> the day alone "2026-11-09".
17. Captions: a centred ``<em>`` line after the photo, a two-row table (photo / line), a line in
    parentheses (taken off), a line that only credits ("Ảnh: Lê Văn Cường" -> caption None, a
    photographer), a photo with only its file name as ``alt`` (caption None). The last article
    (376) shows no photo at all: its home image is used only as the listing thumbnail. Gold: no
    image.
18. CKEditor 3 entities and NFD (381): Latin-1 letters as named entities (``&agrave;``), the rest
    raw UTF-8, one paragraph decomposed (NFD), one paragraph split by ``<br />``. Gold: NFC text,
    the ``<br />`` splits the paragraph in two.

Gold decisions on ambiguous points
----------------------------------
- The hometext printed twice (trap 11) is one paragraph of the body, not two.
- The home image's note is its caption even when it restates the title.
- A table of results is body (rows, cells joined by " | "), its bold title line too.
- The "Theo kế hoạch, …" closing sentence of 400 is text, and 400 has no source.
- "Nguồn: Hội Khuyến học huyện Lục Ngạn" (397) and "Nguồn: Sở GD&ĐT Bắc Giang" (385) are sources.
- The category is the main category the breadcrumb prints, also on the ``listcatid`` URL.
- Only the ``#imghome`` image and the photos inside ``div.bodytext`` are the article's; the theme's
  banner, the icons and the listing thumbnails are not.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
    to_tcvn3,
)

NAME = "nukeviet35_legacy_pgd"
PLATFORM = "NukeViet 3.5 (news module, no URL rewriting, free theme)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Lục Ngạn"
SITE_SHORT = "PGD&ĐT Lục Ngạn"
THEME = "/themes/xanh_giaoduc"
HEADER_TODAY = "Thứ bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
PER_PAGE = 3
OTHER_LINKS = 2

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def U(op: str, nv: str = "news") -> str:
    """A target as a crawler requests it (raw ``&``)."""
    return f"/index.php?language=vi&nv={nv}" + (f"&op={op}" if op else "")


def href(target: str) -> str:
    """A target as NukeViet prints it in an attribute."""
    return target.replace("&", "&amp;")


# --- the articles -----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=418,
        slug="so-gd-dt-kiem-tra-cong-tac-duy-tri-chuan-pho-cap-giao-duc-tai-luc-ngan",
        title="Sở GD&ĐT kiểm tra công tác duy trì chuẩn phổ cập giáo dục tại Lục Ngạn",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Ngày 03/12/2026, Đoàn kiểm tra của Sở GD&ĐT Bắc Giang do đồng chí Phó Giám đốc Sở"
            " làm trưởng đoàn đã kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại"
            " huyện Lục Ngạn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/doan-kiem-tra-pcgd-2026.jpg",
                printed="Đoàn kiểm tra của Sở GD&ĐT làm việc với Ban Chỉ đạo phổ cập giáo dục huyện",
                caption="Đoàn kiểm tra của Sở GD&ĐT làm việc với Ban Chỉ đạo phổ cập giáo dục huyện",
                style="home",
            ),
            Raw("WORD_DEBRIS"),
            P(
                "Tham dự buổi làm việc có đại diện lãnh đạo UBND huyện, Phòng GD&ĐT, Ban Chỉ đạo"
                " phổ cập giáo dục – xóa mù chữ huyện và lãnh đạo một số xã, thị trấn.",
                "mso",
            ),
            P(
                "Báo cáo với đoàn, đồng chí Trưởng phòng GD&ĐT cho biết: năm 2026, huyện Lục Ngạn"
                " tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập"
                " giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và xóa mù chữ mức độ"
                " 2. Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 100%; tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi"
                " có bằng tốt nghiệp THCS đạt 94,6%.",
                "mso",
            ),
            Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
            Img(
                "/uploads/news/2026_12/pho-giam-doc-so-ket-luan.jpg",
                printed="Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu kết luận buổi kiểm tra.",
                caption="Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu kết luận buổi kiểm tra.",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ phổ cập tại Phòng GD&ĐT và trực tiếp kiểm tra thực tế tại"
                " xã Sa Lý, xã Phong Minh – hai xã vùng cao còn nhiều khó khăn của huyện. Tại đây,"
                " đoàn kiểm tra sổ theo dõi phổ cập, phiếu điều tra hộ gia đình và danh sách học"
                " viên các lớp xóa mù chữ.",
                "mso",
            ),
            P(
                "Phát biểu kết luận, Trưởng đoàn ghi nhận sự vào cuộc của cấp ủy, chính quyền và"
                " ngành giáo dục huyện; đồng thời đề nghị Phòng GD&ĐT chỉ đạo các xã cập nhật dữ"
                " liệu phổ cập trên phần mềm quản lý thống nhất, tăng cường vận động học sinh bỏ"
                " học trở lại lớp, nhất là ở các thôn đặc biệt khó khăn.",
                "mso",
            ),
        ],
        authors=["Minh Đức"],
        photographers=["Văn Tiến"],
        opts={
            "publ": "2026-12-04 15:20",
            "author_line": "Tin: Minh Đức - Ảnh: Văn Tiến",
            "thumb": "doan-kiem-tra-pcgd-2026.jpg",
            "keywords": "phổ cập giáo dục, xóa mù chữ, kiểm tra",
        },
    ),
    Story(
        id=416,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-02T08:00:00+07:00",
        summary=(
            "Sau gần ba tuần tổ chức, Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học"
            " 2026 - 2027 đã kết thúc với 58 giáo viên được công nhận đạt giáo viên dạy giỏi cấp"
            " huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 09/11 đến ngày 27/11/2026 tại 6 điểm trường trên địa"
                " bàn huyện, thu hút 73 giáo viên của 32 trường tiểu học tham gia. Mỗi giáo viên dự"
                " thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai"
                " tiết trên lớp theo Chương trình giáo dục phổ thông 2018.",
                "j",
            ),
            P(
                "Ban Tổ chức đánh giá các tiết dạy năm nay có nhiều đổi mới về phương pháp, giáo"
                " viên sử dụng hiệu quả thiết bị dạy học và công nghệ thông tin; nhiều tiết dạy tạo"
                " được hứng thú, phát huy tính tích cực của học sinh.",
                "j",
            ),
            P(
                "Nhiều giáo viên đã vận dụng tốt những nội dung được bồi dưỡng qua chuyên đề dạy học"
                " phát triển năng lực đọc cho học sinh lớp 1 tổ chức tại Trường TH Kiên Thành.",
                "j",
            ),
            P("Kết quả một số đơn vị có nhiều giáo viên đạt giải:", "b"),
            P("TT | Đơn vị | Số GV dự thi | Số GV đạt", "row"),
            P("1 | Trường TH Tân Mộc | 4 | 4", "row"),
            P("2 | Trường TH Kiên Thành | 3 | 3", "row"),
            P("3 | Trường TH Quý Sơn số 1 | 4 | 3", "row"),
            P("4 | Trường TH Hồng Giang | 3 | 3", "row"),
            P(
                "Danh sách chi tiết giáo viên đạt giải được gửi kèm Quyết định số 1186/QĐ-PGDĐT"
                " ngày 30/11/2026 của Phòng GD&ĐT.",
                "j",
            ),
            Img(
                "/uploads/news/2026_12/trao-chung-nhan-gvdg-tieu-hoc.jpg",
                printed="Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải nhất.",
                caption="Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải nhất.",
                style="table",
            ),
        ],
        authors=["Hoàng Văn Bình"],
        opts={
            "publ": "2026-12-02 08:00",
            "author_line": "ThS. Hoàng Văn Bình - Phó Trưởng phòng",
            "listcat": ["tin-tuc-su-kien"],
            "thumb": "trao-chung-nhan-gvdg-tieu-hoc.jpg",
            "keywords": "giáo viên dạy giỏi, tiểu học",
        },
    ),
    Story(
        id=415,
        slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027-1",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T09:05:00+07:00",
        summary=(
            "Chiều ngày 28/11/2026, Trường Tiểu học Tân Mộc long trọng tổ chức Hội nghị cán bộ,"
            " công chức, viên chức năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự hội nghị có đồng chí Phó Chủ tịch UBND xã Tân Mộc, đại diện Ban đại diện cha"
                " mẹ học sinh cùng toàn thể 36 cán bộ, giáo viên, nhân viên nhà trường."
            ),
            Img(
                "/uploads/news/2026_12/hoi-nghi-vc-th-tan-moc.jpg",
                printed="Toàn cảnh hội nghị.",
                caption="Toàn cảnh hội nghị.",
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, trong đó"
                " nhà trường có 98,7% học sinh hoàn thành chương trình lớp học, 12 giáo viên đạt"
                " giáo viên dạy giỏi cấp huyện; nhà trường được UBND huyện tặng Giấy khen tập thể"
                " lao động tiên tiến."
            ),
            P(
                "Năm học 2026 - 2027, trường có 612 học sinh với 21 lớp. Nhà trường đặt mục tiêu"
                " duy trì kiểm định chất lượng giáo dục cấp độ 3, đẩy mạnh chuyển đổi số trong quản"
                " lý và dạy học, xây dựng môi trường học đường xanh – sạch – đẹp – an toàn."
            ),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo quy chế"
                " chi tiêu nội bộ, quy chế dân chủ cơ sở và ký giao ước thi đua giữa các tổ chuyên"
                " môn."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Hoa</strong></p>'),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={
            "publ": "2026-12-01 09:05",
            "author_line": "Nguyễn Thị Hoa (Trường TH Tân Mộc)",
            "thumb": "hoi-nghi-vc-th-tan-moc.jpg",
            "keywords": "hội nghị viên chức, Tân Mộc",
        },
    ),
    Story(
        id=409,
        slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-26T20:40:00+07:00",
        summary=(
            "Ngày 25/11/2026, Trường THCS Phượng Sơn tổ chức Hội nghị cán bộ, công chức, viên"
            " chức năm học 2026 - 2027 nhằm đánh giá kết quả năm học cũ và bàn biện pháp thực hiện"
            " nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, nhà trường có 27 học sinh đạt giải trong kỳ thi chọn học sinh"
                " giỏi cấp huyện, 3 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lớp 9 thi đỗ vào lớp"
                " 10 THPT công lập đạt 81,5%."
            ),
            Img(
                "/uploads/news/2026_11/thcs-phuong-son-hoi-nghi.jpg",
                printed="Hiệu trưởng nhà trường báo cáo kết quả năm học 2025 - 2026.",
                caption="Hiệu trưởng nhà trường báo cáo kết quả năm học 2025 - 2026.",
            ),
            P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra những hạn chế như"
                " cơ sở vật chất phòng học bộ môn còn thiếu, một số học sinh chưa chăm ngoan, kết"
                " quả môn Tiếng Anh chưa cao."
            ),
            P(
                "Hội nghị thống nhất các chỉ tiêu thi đua năm học 2026 - 2027: phấn đấu 100% giáo"
                " viên ứng dụng công nghệ thông tin trong giảng dạy, có ít nhất 30 học sinh đạt giải"
                " học sinh giỏi cấp huyện và giữ vững danh hiệu Tập thể lao động tiên tiến."
            ),
            Img(
                "/uploads/news/2026_11/thcs-phuong-son-bau-ttnd.jpg",
                printed="Ảnh: Lê Văn Cường",
                caption=None,
            ),
            P(
                "Kết thúc hội nghị, Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2027 đã được bầu gồm 3"
                " đồng chí."
            ),
        ],
        authors=["Lê Văn Cường"],
        photographers=["Lê Văn Cường"],
        opts={
            "publ": "2026-11-26 20:40",
            "author_line": "Tin, ảnh: Lê Văn Cường",
            "thumb": "thcs-phuong-son-hoi-nghi.jpg",
            "keywords": "hội nghị viên chức, Phượng Sơn",
        },
    ),
    Story(
        id=404,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Phòng GD&ĐT huyện Lục Ngạn tổ chức gặp mặt kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        blocks=[
            Raw("REPEAT_SAPO"),
            P(
                "Dự buổi gặp mặt có đồng chí Phó Bí thư Thường trực Huyện ủy, đồng chí Phó Chủ tịch"
                " UBND huyện, lãnh đạo các ban, ngành, đoàn thể của huyện cùng đại diện cán bộ quản"
                " lý, giáo viên các trường học trên địa bàn."
            ),
            P(
                "Toàn huyện hiện có 118 trường học với hơn 4.300 cán bộ, giáo viên, nhân viên và"
                " trên 52.000 học sinh. Năm học 2025 - 2026, ngành giáo dục Lục Ngạn có 46 học sinh"
                " đạt giải cấp tỉnh, 2 học sinh đạt giải cấp quốc gia; 9 trường được công nhận đạt"
                " chuẩn quốc gia."
            ),
            Img(
                "/uploads/news/2026_11/gap-mat-20-11-2026.jpg",
                printed="(Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo)",
                caption="Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo",
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng"
                " tạo”, đồng chí Phó Bí thư Thường trực Huyện ủy nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 25 nhà giáo có thành tích xuất sắc; Phòng"
                " GD&ĐT tặng quà 12 giáo viên đang công tác tại các điểm trường lẻ vùng cao có hoàn"
                " cảnh khó khăn."
            ),
            Raw("FLASH_PLAYER"),
        ],
        authors=[],
        opts={
            "publ": "2026-11-20 10:30",
            "author_line": "BBT",
            "thumb": "gap-mat-20-11-2026.jpg",
            "keywords": "20/11, nhà giáo",
        },
    ),
    Story(
        id=397,
        slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-vung-cao",
        title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh vùng cao",
        cat="tin-tuc-su-kien",
        published_at="2026-11-13T08:30:00+07:00",
        summary=(
            "Ngày 12/11/2026, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT Lục Ngạn trao 120 suất"
            " học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vượt khó học tốt"
            " tại các xã vùng cao."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/trao-hoc-bong-vung-cao.jpg",
                printed="Trao học bổng cho học sinh các xã vùng cao",
                caption="Trao học bổng cho học sinh các xã vùng cao",
                style="home",
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng kèm một bộ sách giáo khoa và đồ dùng học"
                " tập. Tổng kinh phí chương trình hơn 150 triệu đồng do các doanh nghiệp, nhà hảo"
                " tâm và các hộ trồng vải thiều trong huyện đóng góp.",
                "tcvn3",
            ),
            P(
                "Các em nhận học bổng năm nay đến từ 9 xã: Sa Lý, Phong Minh, Phong Vân, Tân Sơn,"
                " Cấm Sơn, Hộ Đáp, Sơn Hải, Kim Sơn và Biên Sơn. Phần lớn là con em đồng bào dân"
                " tộc Nùng, Tày, Sán Dìu; nhiều em mồ côi cha hoặc mẹ.",
                "tcvn3",
            ),
            P(
                "Em Hoàng Thị Mai, học sinh lớp 8A Trường PTDTBT THCS Sa Lý xúc động chia sẻ: “Ở"
                " nhà em đi bộ gần 7 cây số mới đến trường. Số tiền học bổng em sẽ dùng mua áo ấm"
                " và sách tham khảo để học tốt hơn.”",
                "tcvn3",
            ),
            P(
                "Dịp này, Hội Khuyến học huyện cũng phát động phong trào “Cả nhà cùng học” và kêu"
                " gọi các tổ chức, cá nhân tiếp tục chung tay hỗ trợ học sinh vùng cao trong mùa"
                " đông năm nay.",
                "tcvn3",
            ),
        ],
        authors=["Ngọc Ánh"],
        source="Hội Khuyến học huyện Lục Ngạn",
        opts={
            "publ": "2026-11-13 08:30",
            "author_line": "Ngọc Ánh",
            "source_line": "Hội Khuyến học huyện Lục Ngạn",
            "thumb": "trao-hoc-bong-vung-cao.jpg",
            "keywords": "học bổng, khuyến học",
        },
    ),
    Story(
        id=381,
        slug="toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
        title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-10-19T16:10:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
            " 20/10/2026), Công đoàn ngành Giáo dục huyện Lục Ngạn tổ chức buổi tọa đàm với chủ đề"
            " “Phụ nữ ngành giáo dục tự tin, tự trọng, trung hậu, đảm đang”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi tọa đàm có sự tham gia của hơn 80 nữ cán bộ quản lý, giáo viên, nhân viên đại"
                " diện cho các trường mầm non, tiểu học và THCS trong huyện.",
                "ent",
            ),
            P("Các ý kiến tham luận tập trung vào ba nội dung chính:", "ent"),
            P("Kinh nghiệm cân bằng giữa công việc ở trường và chăm lo gia đình;", "li"),
            P("Vai trò của nữ giáo viên trong xây dựng trường học hạnh phúc;", "li"),
            P("Chăm sóc sức khỏe, phòng chống bạo lực gia đình và bạo lực học đường.", "li"),
            Img("/uploads/news/2026_10/IMG_5372.JPG", printed=None, caption=None, style="alt"),
            P(
                "Cô giáo Lương Thị Hạnh, Hiệu trưởng Trường Mầm non Hoa Sen chia sẻ kinh nghiệm tổ"
                " chức các hoạt động trải nghiệm cho trẻ gắn với văn hóa dân tộc ở địa phương.",
                "ent2",
            ),
            P(
                "Dịp này, Công đoàn ngành trao tặng 15 suất quà cho nữ giáo viên có hoàn cảnh khó"
                " khăn, mỗi suất trị giá 500.000 đồng.",
                "nfd",
            ),
            P(
                "Buổi tọa đàm khép lại bằng tiết mục văn nghệ do giáo viên Trường TH Giáp Sơn biểu"
                " diễn.",
                "ent",
            ),
            P(
                "Ban Nữ công Công đoàn ngành sẽ tổng hợp các ý kiến để tham mưu kế hoạch hoạt động"
                " năm 2027.",
                "br",
            ),
        ],
        authors=["Thu Hương"],
        opts={
            "publ": "2026-10-19 16:10",
            "author_line": "Thu Hương - Công đoàn ngành GD",
            "thumb": "IMG_5372.JPG",
            "keywords": "công đoàn, 20/10, nữ công",
        },
    ),
    Story(
        id=376,
        slug="truong-thcs-bien-dong-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Trường THCS Biển Động hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-06T14:00:00+07:00",
        summary=(
            "Từ ngày 01/10 đến 07/10/2026, Trường THCS Biển Động tổ chức nhiều hoạt động thiết"
            " thực hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Chuyển đổi số trong học"
            " tập suốt đời”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngay từ đầu tuần, nhà trường đã trang trí khẩu hiệu, băng rôn tuyên truyền, đồng"
                " thời lồng ghép nội dung của Tuần lễ vào các tiết sinh hoạt dưới cờ và sinh hoạt"
                " lớp."
            ),
            P(
                "Thư viện nhà trường mở cửa cả buổi trưa, giới thiệu hơn 200 đầu sách mới và tổ"
                " chức cuộc thi “Đại sứ văn hóa đọc” dành cho học sinh khối 6 và khối 7."
            ),
            P(
                "Tổ Tin học hướng dẫn giáo viên, học sinh khai thác học liệu số và sử dụng thư viện"
                " điện tử của ngành. Nhiều phụ huynh cũng được hướng dẫn cài đặt ứng dụng để theo"
                " dõi kết quả học tập của con em."
            ),
            P(
                "Qua Tuần lễ, nhà trường mong muốn hình thành thói quen tự học, đọc sách cho học"
                " sinh và lan tỏa tinh thần học tập suốt đời đến từng gia đình."
            ),
        ],
        authors=["Trần Văn Khánh"],
        opts={
            "publ": "2026-10-06 14:00",
            "author_line": "Trần Văn Khánh - GV Trường THCS Biển Động",
            "thumb": "thcs-bien-dong-tuan-le-hoc-tap.jpg",
            "thumb_only": True,
            "keywords": "học tập suốt đời, thư viện",
        },
    ),
    Story(
        id=411,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1-tai-truong-th-kien-thanh",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 1” tại Trường TH Kiên Thành",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-27T14:15:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 1, ngày 26/11/2026, Phòng GD&ĐT"
            " Lục Ngạn tổ chức chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 1” tại"
            " Trường Tiểu học Kiên Thành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có cán bộ quản lý phụ trách chuyên môn và giáo viên dạy lớp 1"
                " của 32 trường tiểu học trong huyện.",
                "j",
            ),
            P(
                "Hai tiết dạy minh họa bài “Ôn tập âm và vần” và bài “Mẹ của em” do cô giáo Đỗ Thị"
                " Lan và cô giáo Vi Thị Hằng thực hiện đã cho thấy cách tổ chức hoạt động đọc theo"
                " nhóm, đọc phân vai, kết hợp trò chơi học tập để học sinh luyện đọc trơn, đọc"
                " hiểu.",
                "j",
            ),
            Img(
                "/uploads/news/2026_11/chuyen-de-doc-lop-1-kien-thanh.jpg",
                printed="(Cô giáo Đỗ Thị Lan dạy minh họa tiết Tiếng Việt lớp 1)",
                caption="Cô giáo Đỗ Thị Lan dạy minh họa tiết Tiếng Việt lớp 1",
            ),
            P(
                "Trong phần thảo luận, các giáo viên đã chia sẻ khó khăn khi dạy đọc cho học sinh"
                " người dân tộc thiểu số chưa thành thạo tiếng Việt, đồng thời đề xuất dành thêm"
                " thời gian cho trẻ làm quen với tiếng Việt trước khi vào lớp 1.",
                "j",
            ),
            P(
                "Kết luận chuyên đề, lãnh đạo Phòng GD&ĐT yêu cầu các nhà trường xây dựng góc đọc"
                " trong mỗi lớp học, duy trì 15 phút đọc sách đầu giờ và phối hợp với phụ huynh"
                " trong việc rèn kỹ năng đọc cho học sinh tại nhà.",
                "j",
            ),
            Img(
                "/uploads/news/2026_11/chuyen-de-doc-lop-1-thao-luan.jpg",
                printed="(Giáo viên các trường thảo luận sau tiết dạy minh họa)",
                caption="Giáo viên các trường thảo luận sau tiết dạy minh họa",
            ),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={
            "publ": "2026-11-27 14:15",
            "author_line": "Bộ phận Tiểu học",
            "old_alias": "chuyen-de-day-doc-lop-1-tai-truong-th-kien-thanh",
            "thumb": "chuyen-de-doc-lop-1-kien-thanh.jpg",
            "keywords": "Tiếng Việt lớp 1, chuyên đề",
        },
    ),
    Story(
        id=400,
        slug="boi-duong-giao-vien-cot-can-ve-doi-moi-kiem-tra-danh-gia-hoc-sinh-thcs",
        title="Bồi dưỡng giáo viên cốt cán về đổi mới kiểm tra, đánh giá học sinh THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T07:45:00+07:00",
        summary=(
            "Trong hai ngày 15 và 16/11/2026, Phòng GD&ĐT Lục Ngạn tổ chức lớp bồi dưỡng cho 96"
            " giáo viên cốt cán cấp THCS về đổi mới kiểm tra, đánh giá theo Chương trình giáo dục"
            " phổ thông 2018."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp bồi dưỡng do các báo cáo viên là chuyên viên Phòng Giáo dục Trung học, Sở"
                " GD&ĐT Bắc Giang trực tiếp giảng dạy."
            ),
            P(
                "Nội dung tập trung vào việc xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ; kỹ"
                " thuật biên soạn câu hỏi trắc nghiệm nhiều lựa chọn, trắc nghiệm đúng sai và câu"
                " hỏi trả lời ngắn; đánh giá qua sản phẩm học tập và qua dự án."
            ),
            P(
                "Học viên được chia thành các nhóm theo môn học để thực hành biên soạn đề kiểm tra,"
                " sau đó trình bày và góp ý lẫn nhau."
            ),
            P(
                "Theo kế hoạch, sau đợt bồi dưỡng, mỗi giáo viên cốt cán sẽ hỗ trợ đồng nghiệp tại"
                " trường mình xây dựng ma trận, bản đặc tả và đề kiểm tra giữa kỳ II."
            ),
        ],
        authors=["Nguyễn Thanh Tùng"],
        opts={
            "publ": "2026-11-17 07:45",
            "author_line": "Nguyễn Thanh Tùng",
            "thumb": "boi-duong-cot-can-thcs.jpg",
            "thumb_only": True,
            "keywords": "kiểm tra đánh giá, bồi dưỡng",
        },
    ),
    Story(
        id=385,
        slug="trien-khai-giao-duc-stem-cap-thcs-nam-hoc-2026-2027",
        title="Triển khai giáo dục STEM cấp THCS năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28T13:30:00+07:00",
        summary=(
            "Ngày 27/10/2026, Phòng GD&ĐT Lục Ngạn tổ chức hội nghị triển khai nhiệm vụ giáo dục"
            " STEM cấp THCS năm học 2026 - 2027 cho cán bộ quản lý và giáo viên các môn Khoa học tự"
            " nhiên, Công nghệ, Tin học, Toán."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, 100% trường THCS trong huyện đã tổ chức ít nhất 4 bài học"
                " STEM/khối lớp; nhiều sản phẩm của học sinh như máy tưới nước tự động cho vườn vải,"
                " mô hình nhà kính mini được đánh giá cao.",
                "j",
            ),
            Img(
                "/uploads/news/2026_10/stem-thcs-nghia-ho.jpg",
                printed="Học sinh Trường THCS Nghĩa Hồ giới thiệu mô hình máy tưới nước tự động.",
                caption="Học sinh Trường THCS Nghĩa Hồ giới thiệu mô hình máy tưới nước tự động.",
                style="table",
            ),
            P(
                "Năm học này, mỗi trường xây dựng kế hoạch giáo dục STEM trong kế hoạch giáo dục nhà"
                " trường, tổ chức tối thiểu 2 hoạt động trải nghiệm STEM và tham gia Ngày hội STEM"
                " cấp huyện dự kiến tổ chức vào tháng 3/2027.",
                "j",
            ),
            P(
                "Hội nghị cũng dành thời gian để giáo viên Trường THCS Nghĩa Hồ chia sẻ kinh nghiệm"
                " tổ chức câu lạc bộ Robotics với kinh phí tiết kiệm, tận dụng vật liệu tái chế.",
                "j",
            ),
        ],
        authors=["Hà Linh"],
        source="Sở GD&ĐT Bắc Giang",
        opts={
            "publ": "2026-10-28 13:30",
            "author_line": "Hà Linh",
            "source_line": "Sở GD&ĐT Bắc Giang",
            "source_link": "http://bacgiang.edu.vn",
            "thumb": "stem-thcs-nghia-ho.jpg",
            "keywords": "STEM, THCS",
        },
    ),
    Story(
        id=420,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        summary=(
            "Phòng GD&ĐT Lục Ngạn thông báo lịch thi chọn học sinh giỏi văn hóa cấp huyện lớp 9"
            " năm học 2026 - 2027 tới các trường THCS trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            Raw("LETTERHEAD"),
            P(
                "Căn cứ Kế hoạch số 298/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về tổ chức kỳ thi"
                " chọn học sinh giỏi các cấp năm học 2026 - 2027;"
            ),
            P("Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi văn hóa cấp huyện lớp 9 như sau:"),
            P("1. Thời gian thi: Ngày 17/12/2026 (thứ Năm)."),
            P(
                "- Buổi sáng: thi các môn Ngữ văn, Lịch sử và Địa lý, Tin học; tập trung thí sinh"
                " lúc 7 giờ 00 phút."
            ),
            P(
                "- Buổi chiều: thi các môn Toán, Khoa học tự nhiên, Tiếng Anh; tập trung thí sinh"
                " lúc 13 giờ 30 phút."
            ),
            P("2. Địa điểm thi: Trường THCS thị trấn Chũ."),
            P(
                "3. Các nhà trường gửi danh sách thí sinh dự thi về Phòng GD&ĐT (qua Bộ phận Trung"
                " học) trước ngày 10/12/2026."
            ),
            P("Đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc./."),
            Raw("CLOSING"),
            Raw("ATTACHMENT"),
        ],
        authors=["Hoàng Văn Bình"],
        opts={
            "publ": "2026-12-04 17:00",
            "thumb": None,
            "keywords": "học sinh giỏi, lớp 9",
        },
    ),
    Story(
        id=392,
        slug="thong-bao-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        title="Thông báo tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-09",
        summary=(
            "Phòng GD&ĐT Lục Ngạn thông báo tới các trường tiểu học, THCS trên địa bàn huyện về"
            " việc tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Thời gian: từ ngày 14/12 đến ngày 16/12/2026."),
            P(
                "Địa điểm: Sân vận động huyện và Nhà thi đấu đa năng Trung tâm Văn hóa - Thể thao"
                " huyện."
            ),
            P(
                "Các môn thi đấu gồm: điền kinh, bóng đá nam, cầu lông, bóng bàn, cờ vua, đá cầu và"
                " kéo co."
            ),
            P(
                "Các đơn vị đăng ký danh sách vận động viên trên phần mềm trước ngày 30/11/2026; hồ"
                " sơ gốc nộp tại Bộ phận Thể chất - Y tế trường học trong buổi họp Ban tổ chức."
            ),
            P("Điều lệ chi tiết Hội khỏe Phù Đổng được đăng tải tại mục Văn bản chỉ đạo."),
        ],
        authors=[],
        opts={
            "publ": "2026-11-09 00:00",
            "author_line": "pgdlucngan",
            "thumb": None,
            "keywords": "Hội khỏe Phù Đổng",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the removed article the cached "Tin xem nhiều" block still links (soft 404)
GONE = ("hoat-dong-chuyen-mon", "danh-sach-giao-vien-du-thi-gvdg-cap-huyen-dieu-chinh", 402)


def publ(story: Story) -> datetime:
    return datetime.strptime(story.opts["publ"], "%Y-%m-%d %H:%M")


def article_target(story: Story, cat: str | None = None, alias: str | None = None) -> str:
    return U(f"{cat or story.cat}/{alias or story.slug}-{story.id}")


def print_target(story: Story) -> str:
    return U(f"print/{story.cat}/{story.slug}-{story.id}")


def sendmail_target(story: Story) -> str:
    return U(f"sendmail/{story.cat}/{story.slug}-{story.id}")


def listing(cat: str) -> list[tuple[Story, str]]:
    """(story, the cat alias its link uses) newest first, listcatid members included."""
    items = [
        (s, cat) for s in STORIES if s.cat == cat or cat in s.opts.get("listcat", [])
    ]
    return sorted(items, key=lambda item: publ(item[0]), reverse=True)


def page_count(cat: str) -> int:
    return max(1, -(-len(listing(cat)) // PER_PAGE))


def page_target(cat: str, page: int) -> str:
    return U(cat) if page == 1 else U(f"{cat}/page-{page}")


# --- dates ------------------------------------------------------------------------------------


def detail_date(story: Story) -> str:
    d = publ(story)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}, {d:%H:%M} GMT+7"


def list_date(story: Story) -> str:
    return f"{publ(story):%d/%m/%Y %H:%M}"


# --- legacy text ------------------------------------------------------------------------------


def vntime(value: str) -> str:
    """Unicode text as a .VnTime paste shows it in a UTF-8 page: TCVN3 codes read as cp1252,
    each capital with a tone in a .VnTimeH ``<font>`` (drawn from the lower-case code)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", value):
        if ord(ch) >= 128 and ch.isupper() and ch not in "ĂÂÊÔƠƯĐ":
            glyph = to_tcvn3(ch.lower()).decode("cp1252")
            out.append(f'<font face=".VnTimeH">{esc(glyph)}</font>')
        else:
            out.append(esc(to_tcvn3(ch).decode("cp1252")))
    return "".join(out)


def shown(block: P) -> str:
    """How a paragraph reads in the page's visible text (for the self-check)."""
    if block.style == "tcvn3":
        return "".join(
            to_tcvn3(ch.lower() if ord(ch) >= 128 and ch.isupper() and ch not in "ĂÂÊÔƠƯĐ" else ch)
            .decode("cp1252")
            for ch in unicodedata.normalize("NFC", block.text)
        )
    return block.text


# --- article body -----------------------------------------------------------------------------

WORD_DEBRIS = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style type="text/css">
<!--
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-bottom:10.0pt;
	line-height:115%;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}
-->
</style>
"""

FLASH_PLAYER = """<div style="text-align: center;">
<object classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=9,0,0,0" width="480" height="300" id="nvplayer_20112026">
<param name="movie" value="/images/jwplayer/player.swf" />
<param name="allowfullscreen" value="true" />
<param name="flashvars" value="file=/uploads/news/video/van-nghe-20-11-2026.flv&amp;autostart=false" />
<embed src="/images/jwplayer/player.swf" width="480" height="300" allowfullscreen="true" flashvars="file=/uploads/news/video/van-nghe-20-11-2026.flv&amp;autostart=false" type="application/x-shockwave-flash"></embed>
<p>Trình duyệt của bạn chưa cài Adobe Flash Player. <a href="http://get.adobe.com/flashplayer/" target="_blank">Tải Flash Player</a> để xem video.</p>
</object>
</div>
"""

LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 40%; text-align: center; vertical-align: top;">UBND HUYỆN LỤC NGẠN<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
Số: 412/TB-PGDĐT</td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Lục Ngạn, ngày 03 tháng 12 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027</strong></p>
"""

CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
- Các trường THCS;<br />
- Lãnh đạo phòng;<br />
- Lưu: VT, THCS.</td>
<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />
PHÓ TRƯỞNG PHÒNG</strong><br />
<br />
<em>(đã ký)</em><br />
<br />
<strong>Hoàng Văn Bình</strong></td>
</tr>
</tbody>
</table>
"""

ATTACHMENT = (
    '<p><img alt="" src="/images/icons/pdf.gif" /> <strong>Tải về:</strong> <a href="/uploads/news/'
    '2026_12/tb-412-lich-thi-hsg-lop-9.pdf" target="_blank">tb-412-lich-thi-hsg-lop-9.pdf</a>'
    " (Thông báo số 412/TB-PGDĐT)</p>\n"
)


#: the words of 416's text that link 411 under its first, stale alias (trap 6)
LINK_PHRASE = "chuyên đề dạy học phát triển năng lực đọc cho học sinh lớp 1"


def para_html(block: P, link411: str) -> str:
    """The inner markup of a paragraph, as CKEditor 3 (or the paste) left it."""
    style = block.style
    if style == "tcvn3":
        return f'<span style="font-family: .VnTime; font-size: 14pt;">{vntime(block.text)}</span>'
    if style in ("ent", "br"):
        inner = text(block.text, entities=1)
    elif style == "ent2":
        inner = text(block.text, entities=2)
    elif style == "nfd":
        inner = text(block.text, nfd=True)
    else:
        inner = text(block.text)
    if LINK_PHRASE in inner:
        inner = inner.replace(LINK_PHRASE, link411)
    return inner


def image_html(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1] if img.style == "alt" else (img.caption or "")
    tag = f'<img alt="{esc(alt)}" src="{img.src}" style="width: 500px; height: 333px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" style="width: 500px;">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size:'
            f' 11px;">{esc(img.printed or "")}</span></td></tr></tbody></table>\n'
        )
    out = f'<p style="text-align: center;">{tag}</p>\n'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>\n'
    return out


def body_html(story: Story) -> str:
    old = BY_ID[411]
    link411 = (
        f'<a href="{href(article_target(old, alias=old.opts["old_alias"]))}">{LINK_PHRASE}</a>'
    )
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            raws = {
                "WORD_DEBRIS": WORD_DEBRIS,
                "FLASH_PLAYER": FLASH_PLAYER,
                "LETTERHEAD": LETTERHEAD,
                "CLOSING": CLOSING,
                "ATTACHMENT": ATTACHMENT,
                "REPEAT_SAPO": f"<p>{esc(story.summary or '')}</p>\n",
            }
            out.append(raws.get(b.html, b.html + "\n"))
        elif isinstance(b, Img):
            if b.style != "home":
                out.append(image_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{para_html(blocks[i], link411)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>\n")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>&nbsp;{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;'
                ' border-collapse: collapse;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>\n"
            )
            continue
        elif b.style == "br":
            # the editor pressed Shift+Enter: same <p> as the paragraph before, after a <br />
            prev = out.pop()
            out.append(prev.replace("</p>\n", f"<br />\n{para_html(b, link411)}</p>\n"))
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
                '36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:'
                f'&quot;Times New Roman&quot;,&quot;serif&quot;">{para_html(b, link411)}<o:p></o:p>'
                "</span></p>\n"
            )
        elif b.style == "j":
            out.append(f'<p style="text-align: justify;">{para_html(b, link411)}</p>\n')
        elif b.style == "b":
            out.append(f"<p><strong>{para_html(b, link411)}</strong></p>\n")
        elif b.style == "center":
            out.append(f'<p style="text-align: center;"><em>{para_html(b, link411)}</em></p>\n')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{para_html(b, link411)}</em></p></blockquote>\n")
        elif b.style == "tcvn3":
            out.append(f'<p style="text-align: justify;">{para_html(b, link411)}</p>\n')
        else:
            out.append(f"<p>{para_html(b, link411)}</p>\n")
        i += 1
    return "".join(out)


def home_image(story: Story) -> Img | None:
    return next((b for b in story.images if b.style == "home"), None)


def thumb_src(story: Story) -> str | None:
    name = story.opts.get("thumb")
    return f"/files/news/thumb/{name}" if name else None


# --- chrome -----------------------------------------------------------------------------------


def head(title: str, description: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="phòng giáo dục lục ngạn, pgd lục ngạn, giáo dục bắc giang" />
<meta name="description" content="{esc(description or SITE_NAME)}" />
<meta name="author" content="{esc(SITE_NAME)}" />
<meta name="copyright" content="{esc(SITE_NAME)} [pgd.lucngan@bacgiang.edu.vn]" />
<meta name="generator" content="NukeViet v3.x" />
<meta http-equiv="X-UA-Compatible" content="IE=8" />
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="StyleSheet" href="{THEME}/css/template.css" type="text/css" />
<link rel="StyleSheet" href="{THEME}/css/news.css" type="text/css" />
<link rel="StyleSheet" href="/js/shadowbox/shadowbox.css" type="text/css" />
<script type="text/javascript">
//<![CDATA[
var nv_siteroot = '/', nv_sitelang = 'vi', nv_name_variable = 'nv', nv_fc_variable = 'op', nv_lang_variable = 'language', nv_module_name = 'news', nv_my_ofs = 7, nv_my_abbr = 'ICT', nv_cookie_prefix = 'nv3c_Lng7q', nv_area_admin = 0;
//]]>
</script>
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
<script type="text/javascript" src="/js/language/vi.js"></script>
<script type="text/javascript" src="/js/global.js"></script>
<script type="text/javascript" src="/modules/news/js/user.js"></script>
<script type="text/javascript" src="/js/shadowbox/shadowbox.js"></script>
<script type="text/javascript">Shadowbox.init();</script>
</head>
"""


def menu(active: str) -> str:
    def li(label: str, target: str, key: str, sub: str = "") -> str:
        cls = ' class="current"' if key == active else ""
        return f'<li{cls}><a href="{href(target)}" title="{esc(label)}"><span>{esc(label)}</span></a>{sub}</li>'

    about = (
        '<ul class="sub">'
        f'<li><a href="{href(U("gioi-thieu-chung", "about"))}">Giới thiệu chung</a></li>'
        f'<li><a href="{href(U("co-cau-to-chuc", "about"))}">Cơ cấu tổ chức</a></li>'
        "</ul>"
    )
    news = '<ul class="sub">' + "".join(
        f'<li><a href="{href(U(alias))}">{esc(title)}</a></li>' for alias, title in CATS.items()
    ) + "</ul>"
    return f"""<div id="menuNgang"><ul class="dsMenu">
{li("Trang chủ", "/", "home")}
{li("Giới thiệu", U("", "about"), "about", about)}
{li("Tin tức", U(""), "news", news)}
{li("Văn bản", U("", "download"), "download")}
{li("Liên hệ", U("", "contact"), "contact")}
</ul><div class="clear"></div></div>"""


def header(active: str) -> str:
    return f"""<body>
<div id="khungWeb">
<div id="dauTrang">
  <div class="logoDV"><a href="/" title="{esc(SITE_NAME)}"><img src="{THEME}/images/logo-pgd.png" alt="Logo" width="90" height="90" /></a></div>
  <h1 class="tenDV"><span class="dong1">UBND HUYỆN LỤC NGẠN</span><br />{esc(SITE_NAME.upper())}</h1>
  <div class="ngayGio"><span id="digclock">{HEADER_TODAY}</span></div>
</div>
{menu(active)}
<div id="timKiem">
  <form action="/index.php" method="get">
    <input type="hidden" name="language" value="vi" />
    <input type="hidden" name="nv" value="search" />
    <input type="text" name="q" class="txt" value="" maxlength="60" />
    <input type="submit" class="nut" value="Tìm kiếm" />
  </form>
  <marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" class="chayChu">
  Chào mừng quý vị đến với Website Phòng Giáo dục và Đào tạo huyện Lục Ngạn - tỉnh Bắc Giang!
  </marquee>
</div>
<div id="thanGiua">
"""


def breadcrumb(items: list[tuple[str, str]]) -> str:
    parts = ['<a href="/" title="Trang chủ"><span>Trang chủ</span></a>']
    for label, target in items:
        parts.append(f'<a href="{href(target)}" title="{esc(label)}"><span>{esc(label)}</span></a>')
    return '<div class="breadcrumbs clearfix">' + " &rsaquo; ".join(parts) + "</div>\n"


def left_column() -> str:
    notices = "".join(
        f'<li><a href="{href(article_target(s))}">{esc(s.title)}</a></li>'
        for s, _ in listing("thong-bao")
    )
    most_read = [BY_ID[418], BY_ID[416], BY_ID[404], None, BY_ID[411]]
    rows = []
    for s in most_read:
        if s is None:
            cat, slug, sid = GONE
            rows.append(
                f'<li><a href="{href(U(f"{cat}/{slug}-{sid}"))}">Danh sách giáo viên dự thi GVDG'
                " cấp huyện (điều chỉnh)</a></li>"
            )
        else:
            rows.append(f'<li><a href="{href(article_target(s))}">{esc(s.title)}</a></li>')
    docs = (
        f'<li><a href="{href(U(DOCS[0][0], "download"))}">{esc(DOCS[0][1])}</a></li>'
        f'<li><a href="{href(U(DOCS[1][0], "download"))}">{esc(DOCS[1][1])}</a></li>'
    )
    return f"""<div id="cotTrai">
<div class="khoiTrai">
 <div class="tdKhoi"><span>Thông báo</span></div>
 <div class="ndKhoi"><marquee direction="up" scrollamount="1" height="140" onmouseover="this.stop()" onmouseout="this.start()"><ul class="dsTB">{notices}</ul></marquee></div>
</div>
<div class="khoiTrai">
 <div class="tdKhoi"><span>Tin xem nhiều</span></div>
 <div class="ndKhoi"><ul class="tinXemNhieu">{"".join(rows)}</ul></div>
</div>
<div class="khoiTrai">
 <div class="tdKhoi"><span>Văn bản mới</span></div>
 <div class="ndKhoi"><ul class="vbMoi">{docs}</ul></div>
</div>
</div>
"""


def right_column() -> str:
    return f"""<div id="cotPhai">
<div class="khoiPhai">
 <div class="tdKhoi"><span>Liên kết website</span></div>
 <div class="ndKhoi">
  <select name="weblinks" onchange="if(this.value!='') window.open(this.value,'_blank');" style="width:180px">
   <option value="">--- Chọn liên kết ---</option>
   <option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="http://bacgiang.edu.vn">Sở GD&amp;ĐT Bắc Giang</option>
   <option value="http://lucngan.bacgiang.gov.vn">UBND huyện Lục Ngạn</option>
   <option value="http://truongtructuyen.vn">Trường học trực tuyến</option>
  </select>
  <p style="text-align:center"><a href="http://violympic.vn" target="_blank"><img src="{THEME}/images/banner-violympic.gif" alt="ViOlympic" width="180" /></a></p>
  <p style="text-align:center"><a href="http://ioe.vn" target="_blank"><img src="{THEME}/images/banner-ioe.jpg" alt="IOE" width="180" /></a></p>
 </div>
</div>
<div class="khoiPhai">
 <div class="tdKhoi"><span>Thăm dò ý kiến</span></div>
 <div class="ndKhoi">
  <form action="/index.php" method="post" id="frmVoting">
   <strong>Bạn quan tâm nội dung nào nhất trên website?</strong><br />
   <input type="radio" name="option" value="1" /> Tin tức - Sự kiện<br />
   <input type="radio" name="option" value="2" /> Văn bản chỉ đạo<br />
   <input type="radio" name="option" value="3" /> Hoạt động chuyên môn<br />
   <input type="radio" name="option" value="4" /> Thông báo<br />
   <input type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', 'a1f3b7', '0');" />
   <input type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, 'a1f3b7', '0');" />
  </form>
 </div>
</div>
<div class="khoiPhai">
 <div class="tdKhoi"><span>Thống kê truy cập</span></div>
 <div class="ndKhoi thongKe">
  <ul>
   <li><img src="{THEME}/images/online.gif" alt="" /> Đang truy cập: <strong>23</strong></li>
   <li>&bull; Máy chủ tìm kiếm: <strong>4</strong></li>
   <li>&bull; Khách viếng thăm: <strong>19</strong></li>
   <li><img src="{THEME}/images/today.gif" alt="" /> Hôm nay: <strong>1.482</strong></li>
   <li>Tháng hiện tại: <strong>8.905</strong></li>
   <li><img src="{THEME}/images/total.gif" alt="" /> Tổng lượt truy cập: <strong>2.734.118</strong></li>
  </ul>
 </div>
</div>
</div>
"""


def footer() -> str:
    return f"""<div class="clear"></div>
</div>
<div id="chanTrang">
 <div class="ndChan">
  <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LỤC NGẠN - TỈNH BẮC GIANG</strong></p>
  <p>Địa chỉ: Số 186 đường Thân Nhân Trung, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang</p>
  <p>Điện thoại: 0204.3882.238 - Fax: 0204.3882.517 - Email: <a href="mailto:pgd.lucngan@bacgiang.edu.vn">pgd.lucngan@bacgiang.edu.vn</a></p>
  <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Lục Ngạn</p>
  <p class="banQuyen">&copy; 2013 Bản quyền thuộc {esc(SITE_NAME)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="banQuyen">Powered by <a href="http://nukeviet.vn" target="_blank">NukeViet 3.5</a> - Giao diện: xanh_giaoduc (miễn phí)</p>
 </div>
</div>
</div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=Lng7qKdx" width="1" height="1" /></div>
</body>
</html>
"""


def page(title: str, active: str, main: str, description: str = "") -> str:
    return (
        head(title, description)
        + header(active)
        + left_column()
        + f'<div id="cotGiua">\n{main}\n</div>\n'
        + right_column()
        + footer()
    )


# --- news pages -------------------------------------------------------------------------------


def item_link(story: Story, cat: str) -> str:
    return href(article_target(story, cat=cat))


def full_item(story: Story, cat: str) -> str:
    link = item_link(story, cat)
    thumb = thumb_src(story)
    img = (
        f'<a href="{link}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{thumb}"'
        ' width="100" class="fl anhTin" /></a>'
        if thumb
        else ""
    )
    return f"""<div class="tinMuc clearfix">
 {img}
 <h3><a href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
 <p class="ngayDang">{list_date(story)}</p>
 <p class="tomTat">{esc(story.summary or "")}</p>
 <p class="xemTiep"><a href="{link}">Xem tiếp &raquo;</a></p>
</div>
"""


def pager(cat: str, current: int) -> str:
    total = page_count(cat)
    if total == 1:
        return ""
    parts = ["Trang"]
    if current > 1:
        parts.append(f'<a href="{href(page_target(cat, current - 1))}">Trang trước</a>')
    for n in range(1, total + 1):
        if n == current:
            parts.append(f"<strong>{n}</strong>")
        else:
            parts.append(f'<a href="{href(page_target(cat, n))}">{n}</a>')
    if current < total:
        parts.append(f'<a href="{href(page_target(cat, current + 1))}">Trang sau</a>')
    return '<div class="generate_page">' + " ".join(parts) + "</div>\n"


def category_page(cat: str, n: int) -> str:
    items = listing(cat)
    start = (n - 1) * PER_PAGE
    shown_items = items[start : start + PER_PAGE]
    others = items[start + PER_PAGE : start + PER_PAGE + OTHER_LINKS]
    main = breadcrumb([("Tin tức", U("")), (CATS[cat], U(cat))])
    main += f'<div class="khungTin"><div class="tdMuc"><h2 class="tenMuc">{esc(CATS[cat])}</h2></div>\n'
    main += "".join(full_item(s, c) for s, c in shown_items)
    if others:
        main += '<div class="tinKhac"><strong>Các tin khác</strong><ul class="related">'
        main += "".join(
            f'<li><a href="{item_link(s, c)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s, c in others
        )
        main += "</ul></div>\n"
    main += pager(cat, n) + "</div>"
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(f"{CATS[cat]}{suffix} - Tin Tức - {SITE_SHORT}", "news", main)


def home_page() -> str:
    blocks = []
    for cat, title in CATS.items():
        items = listing(cat)
        first, first_cat = items[0]
        rest = items[1:4]
        thumb = thumb_src(first)
        img = (
            f'<a href="{item_link(first, first_cat)}"><img src="{thumb}" alt="{esc(first.title)}"'
            ' width="120" class="fl anhTin" /></a>'
            if thumb
            else ""
        )
        rest_html = "".join(
            f'<li><a href="{item_link(s, c)}" title="{esc(s.title)}">{esc(s.title)}</a>'
            f' <span class="ngay">({publ(s):%d/%m})</span></li>'
            for s, c in rest
        )
        blocks.append(f"""<div class="news_column">
 <div class="tdMuc"><a class="tenMuc" href="{href(U(cat))}" title="{esc(title)}">{esc(title)}</a>
  <a class="xemThem" href="{href(U(cat))}">Xem thêm</a></div>
 <div class="tinDau clearfix">{img}
  <h3><a href="{item_link(first, first_cat)}">{esc(first.title)}</a></h3>
  <p>{esc(first.summary or "")}</p></div>
 <ul class="related">{rest_html}</ul>
</div>
""")
    return page(f"Tin Tức - {SITE_SHORT}", "home", "".join(blocks))


def other_news(story: Story) -> str:
    others = [s for s, _ in listing(story.cat) if s.cat == story.cat and s.id != story.id][:3]
    lis = "".join(
        f'<li><a href="{href(article_target(s))}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="ngay">({publ(s):%d/%m/%Y})</span></li>'
        for s in others
    )
    return f'<div class="tinKhacCT"><h4>Các tin khác</h4><ul class="related">{lis}</ul></div>\n'


def byline_html(story: Story) -> str:
    out = ""
    if story.opts.get("author_line"):
        out += (
            '<p style="text-align: right;" class="tacGia"><strong>Tác giả: </strong>'
            f"{esc(story.opts['author_line'])}</p>\n"
        )
    if story.opts.get("source_line"):
        src = esc(story.opts["source_line"])
        if story.opts.get("source_link"):
            src = f'<a href="{story.opts["source_link"]}" target="_blank">{src}</a>'
        out += f'<p style="text-align: right;" class="nguonTin"><strong>Nguồn: </strong>{src}</p>\n'
    return out


def hometext_html(story: Story) -> str:
    img = home_image(story)
    img_html = ""
    if img is not None:
        img_html = (
            '<div id="imghome" class="fl" style="width:220px;margin-right:8px;">'
            f'<a href="{img.src}" title="{esc(img.printed or "")}" rel="shadowbox">'
            f'<img alt="{esc(img.printed or "")}" src="{img.src}" width="220" /></a>'
            f"<p><em>{esc(img.printed or '')}</em></p></div>\n"
        )
    return f'<div id="hometext">\n{img_html}<h2>{esc(story.summary or "")}</h2>\n</div>\n'


def rating_html(story: Story) -> str:
    score = 3 + story.id % 3
    return f"""<div class="danhGia">
 <span>Đánh giá bài viết</span>
 <form id="form3B" action="">
  <div class="rating">{"".join(f'<input class="hover-star" type="radio" value="{k}" title="Bài viết {k}" />' for k in range(1, 6))}</div>
 </form>
 <span class="ketQua">Tổng số điểm của bài viết là: {score * 4} trong 4 đánh giá</span>
 <div class="small">Click để đánh giá bài viết</div>
</div>
"""


def detail_page(story: Story) -> str:
    title = story.title
    main = breadcrumb([("Tin tức", U("")), (CATS[story.cat], U(story.cat))])
    main += f"""<div class="box-border-shadow m-bottom t-news">
<div id="news_detail" class="ctTin">
 <h1>{esc(title)}</h1>
 <span class="time">{detail_date(story)}</span>
 <div class="control">
  <ul>
   <li><a href="javascript:void(0);" onclick="NewWindow('{href(sendmail_target(story))}','{esc(title)}','500','400','no');return false" class="sendmail" title="Gửi bài viết qua email"></a></li>
   <li><a href="javascript:void(0);" onclick="NewWindow('{href(print_target(story))}','{esc(title)}','840','768','yes');return false" class="print" title="In ra"></a></li>
  </ul>
 </div>
 <div class="clear"></div>
{hometext_html(story)} <div class="clear"></div>
 <div class="bodytext">
{body_html(story)} </div>
{byline_html(story)}{rating_html(story)} <div class="keywords"><strong>Từ khóa: </strong>{esc(story.opts.get("keywords", ""))}</div>
 <div class="copyright">Bản quyền thuộc {esc(SITE_NAME)}. Không sao chép khi chưa được sự đồng ý; ghi rõ nguồn khi phát hành lại.</div>
</div>
</div>
{other_news(story)}"""
    return page(f"{title} - Tin Tức - {SITE_SHORT}", "news", main, story.summary or "")


def print_page(story: Story) -> str:
    img = home_image(story)
    img_html = (
        f'<div class="imghome"><img src="{img.src}" alt="" width="220" /><br /><em>'
        f"{esc(img.printed or '')}</em></div>"
        if img
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/modules/news/css/print.css" type="text/css" />
</head>
<body>
<div id="print">
 <div id="hd_print">
  <div class="logo"><img src="{THEME}/images/logo-pgd.png" alt="" width="60" /></div>
  <div class="site">{esc(SITE_NAME)}<br /><span>http://pgdlucngan.edu.vn</span></div>
 </div>
 <div class="clear"></div>
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <div class="time">{detail_date(story)}</div>
  <div id="hometext">{img_html}<h2>{esc(story.summary or "")}</h2></div>
  <div class="clear"></div>
  <div class="bodytext">
{body_html(story)}  </div>
{byline_html(story)} </div>
 <div id="footerprint">
  <div class="url">URL của bài viết: <strong>http://pgdlucngan.edu.vn{href(article_target(story))}</strong></div>
  <div class="copyright">&copy; {esc(SITE_NAME)}</div>
  <div class="contact">Email: pgd.lucngan@bacgiang.edu.vn</div>
 </div>
 <p class="close"><a href="javascript:window.print();">[In bài này]</a> <a href="javascript:window.close();">[Đóng cửa sổ]</a></p>
</div>
</body>
</html>
"""


def sendmail_page(story: Story) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>Gửi bài viết qua email</title>
<link rel="StyleSheet" href="/modules/news/css/sendmail.css" type="text/css" />
</head>
<body>
<div id="sendmail">
 <h1>{esc(story.title)}</h1>
 <p class="hometext">{esc(story.summary or "")}</p>
 <form id="sendmailForm" action="{href(sendmail_target(story))}" method="post">
  <table cellpadding="3" cellspacing="0">
   <tr><td>Tên của bạn</td><td><input type="text" name="name" value="" class="txt" /></td></tr>
   <tr><td>Email của bạn</td><td><input type="text" name="youremail" value="" class="txt" /></td></tr>
   <tr><td>Email người nhận</td><td><input type="text" name="email" value="" class="txt" /></td></tr>
   <tr><td>Nội dung</td><td><textarea name="content" rows="5" cols="40"></textarea></td></tr>
   <tr><td>Mã bảo mật</td><td><img src="/index.php?scaptcha=captcha" alt="captcha" width="86" height="22" /> <input type="text" name="nv_seccode" maxlength="6" /></td></tr>
  </table>
  <input type="hidden" name="checkss" value="{(story.id * 7919) % 100003:x}c2d1" />
  <input type="submit" value="Gửi bài viết" /> <input type="button" value="Đóng cửa sổ" onclick="window.close();" />
 </form>
</div>
</body>
</html>
"""


def gone_page() -> str:
    main = f"""<div id="info_die" class="thongBaoLoi">
 <h3>Thông báo</h3>
 <p>Bài viết này không tồn tại hoặc đã bị gỡ bỏ.</p>
 <p><a href="{href(U(""))}">Quay lại trang Tin tức</a></p>
</div>"""
    return page(f"Thông báo - {SITE_SHORT}", "news", main)


# --- other modules ----------------------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Lục Ngạn là cơ quan chuyên môn thuộc UBND huyện, tham"
            " mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên"
            " địa bàn huyện.",
            "Toàn huyện có 118 trường học gồm 40 trường mầm non, 41 trường tiểu học, 35 trường THCS"
            " và 2 trường phổ thông dân tộc bán trú, với hơn 4.300 cán bộ, giáo viên, nhân viên.",
            "Phòng có 1 Trưởng phòng, 2 Phó Trưởng phòng và 14 chuyên viên phụ trách các bộ phận:"
            " Mầm non, Tiểu học, Trung học cơ sở, Tổ chức cán bộ, Kế hoạch - Tài chính, Thanh tra"
            " và Văn phòng.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: phụ trách chung, công tác tổ chức cán bộ, kế hoạch - tài chính.",
            "Phó Trưởng phòng Hoàng Văn Bình: phụ trách giáo dục tiểu học và THCS, công tác khảo"
            " thí và kiểm định chất lượng.",
            "Phó Trưởng phòng Vi Thị Thu: phụ trách giáo dục mầm non, phổ cập giáo dục - xóa mù"
            " chữ và công tác thi đua, khen thưởng.",
        ],
    ),
}

DOCS = [
    (
        "van-ban-chi-dao/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "Số 276/KH-PGDĐT",
        "09/09/2026",
        "kh-276-nhiem-vu-nam-hoc-2026-2027.pdf",
    ),
    (
        "van-ban-chi-dao/dieu-le-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        "Điều lệ Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        "Số 351/ĐL-PGDĐT",
        "02/11/2026",
        "dl-351-hkpd-2026-2027.pdf",
    ),
]


def about_page(alias: str) -> str:
    title, paras = ABOUT[alias]
    main = breadcrumb([("Giới thiệu", U("", "about")), (title, U(alias, "about"))])
    main += f'<div class="gioiThieu"><h2 class="tdGT">{esc(title)}</h2>'
    main += "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main += '<p class="capNhat">Cập nhật: 15/09/2013</p></div>'
    return page(f"{title} - Giới thiệu - {SITE_SHORT}", "about", main)


def about_index() -> str:
    main = breadcrumb([("Giới thiệu", U("", "about"))])
    main += '<ul class="dsGT">' + "".join(
        f'<li><a href="{href(U(alias, "about"))}">{esc(t)}</a></li>' for alias, (t, _) in ABOUT.items()
    ) + "</ul>"
    return page(f"Giới thiệu - {SITE_SHORT}", "about", main)


def contact_page() -> str:
    main = breadcrumb([("Liên hệ", U("", "contact"))])
    main += f"""<div class="lienHe">
<h2>Liên hệ với {esc(SITE_NAME)}</h2>
<p>Địa chỉ: Số 186 đường Thân Nhân Trung, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang</p>
<p>Điện thoại: 0204.3882.238 - Email: pgd.lucngan@bacgiang.edu.vn</p>
<form action="{href(U("", "contact"))}" method="post">
 <p>Bộ phận: <select name="fpart"><option value="1">Văn phòng</option><option value="2">Bộ phận Tiểu học</option><option value="3">Bộ phận THCS</option></select></p>
 <p>Họ và tên: <input type="text" name="fname" /></p>
 <p>Email: <input type="text" name="femail" /></p>
 <p>Tiêu đề: <input type="text" name="ftitle" /></p>
 <p>Nội dung: <textarea name="fcon" rows="6" cols="50"></textarea></p>
 <p><input type="submit" value="Gửi thư" /></p>
</form>
</div>"""
    return page(f"Liên hệ - {SITE_SHORT}", "contact", main)


def download_index() -> str:
    main = breadcrumb([("Văn bản", U("", "download"))])
    main += '<div class="dsVanBan"><h2>Văn bản chỉ đạo</h2><table class="tbVB" cellpadding="3">'
    main += "<tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>"
    main += "".join(
        f'<tr><td>{esc(num)}</td><td><a href="{href(U(op, "download"))}">{esc(t)}</a></td><td>{day}</td></tr>'
        for op, t, num, day, _ in DOCS
    )
    main += "</table></div>"
    return page(f"Văn bản - {SITE_SHORT}", "download", main)


def download_page(op: str) -> str:
    _, title, num, day, fname = next(d for d in DOCS if d[0] == op)
    main = breadcrumb([("Văn bản", U("", "download")), ("Văn bản chỉ đạo", U("", "download"))])
    main += f"""<div class="ctVanBan">
<h2>{esc(title)}</h2>
<table class="ttVB" cellpadding="3" cellspacing="0" border="1">
<tr><td>Số hiệu</td><td>{esc(num)}</td></tr>
<tr><td>Ngày ban hành</td><td>{day}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{esc(SITE_NAME)}</td></tr>
<tr><td>Người ký</td><td>Hoàng Văn Bình</td></tr>
<tr><td>Lượt tải</td><td>{len(title) * 3}</td></tr>
</table>
<p class="taiVe"><img src="/images/icons/pdf.gif" alt="" /> <a href="/uploads/download/2026_11/{fname}">Tải về</a> ({fname}, 182 KB)</p>
</div>"""
    return page(f"{title} - Văn bản - {SITE_SHORT}", "download", main)


def search_page(q: str) -> str:
    needle = q.strip().lower()
    hits = [s for s in STORIES if needle and needle in s.title.lower()]
    main = breadcrumb([("Tìm kiếm", U("", "search"))])
    main += f'<div class="ketQuaTK"><p>Kết quả tìm kiếm cho: <strong>{esc(q)}</strong> ({len(hits)} kết quả)</p><ul>'
    main += "".join(f'<li><a href="{href(article_target(s))}">{esc(s.title)}</a></li>' for s in hits)
    main += "</ul></div>"
    return page(f"Tìm kiếm - {SITE_SHORT}", "home", main)


# --- routing ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")
_PAGE = re.compile(r"^([a-z0-9-]+)/page-(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path != "/" and path != "/index.php":
            if path.startswith(("/uploads/download/", "/uploads/news/")) and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith(("/uploads/", "/files/", "/themes/", "/images/", "/js/", "/modules/")) or path == "/favicon.ico":
                return static_file(path)
            return None
        params = request.params
        if params.get("second") == "cronjobs" or params.get("scaptcha") == "captcha":
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/gif"})  # type: ignore[union-attr]
        lang = params.pop("language", "vi")
        if lang != "vi":
            return None
        nv = params.pop("nv", "news")
        op = params.pop("op", "")
        if nv == "search":
            q = params.pop("q", "")
            return None if params else html(search_page(q))
        if params:
            return None
        if nv == "news":
            return self.news(op)
        if nv == "about":
            if not op:
                return html(about_index())
            return html(about_page(op)) if op in ABOUT else None
        if nv == "contact" and not op:
            return html(contact_page())
        if nv == "download":
            if not op:
                return html(download_index())
            return html(download_page(op)) if any(d[0] == op for d in DOCS) else None
        return None

    def news(self, op: str) -> Response | None:
        if not op:
            return html(home_page())
        if op in CATS:
            return html(category_page(op, 1))
        m = _PAGE.match(op)
        if m and m.group(1) in CATS:
            n = int(m.group(2))
            if 2 <= n <= page_count(m.group(1)):
                return html(category_page(m.group(1), n))
            return None
        kind = ""
        if op.startswith(("print/", "sendmail/")):
            kind, op = op.split("/", 1)
        m = _ARTICLE.match(op)
        if not m:
            return None
        cat, alias, sid = m.group(1), m.group(2), int(m.group(3))
        if not kind and (cat, alias, sid) == GONE:
            return html(gone_page())
        story = BY_ID.get(sid)
        if story is None:
            return None
        cats = [story.cat, *story.opts.get("listcat", [])]
        aliases = [story.slug, *([story.opts["old_alias"]] if "old_alias" in story.opts else [])]
        if cat not in cats or alias not in aliases:
            return None
        if kind == "print":
            return html(print_page(story))
        if kind == "sendmail":
            return html(sendmail_page(story))
        return html(detail_page(story))


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [print_target(story)]
    alts += [article_target(story, cat=c) for c in story.opts.get("listcat", [])]
    if "old_alias" in story.opts:
        alts.append(article_target(story, alias=story.opts["old_alias"]))
    return gold_record(story, article_target(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    U("gioi-thieu-chung", "about"),
    U("co-cau-to-chuc", "about"),
    U("", "contact"),
    U(DOCS[0][0], "download"),
    U(DOCS[1][0], "download"),
]
