"""Trường Chính trị tỉnh Quảng Ngãi on a small provincial vendor's PHP 5 CMS (CKEditor 3 content).

Platform
--------
A "web trường chính trị" package a Quảng Ngãi software shop sold to several provincial political
schools around 2010-2013: one ``index.php`` front controller routed by query string, a table
layout, a PHP-include sidebar written by another developer, CKEditor 3 (+ CKFinder) for the
article text, a plain textarea for the "mô tả" (lead) field. Nothing was rewritten since.

URL scheme
----------
- ``/`` and ``/index.php`` (the same home page; the site's own links say ``index.php``)
- ``/index.php?mod=news&act=list&cid=<N>`` (page 1) and ``…&page=<P>`` (page 2+); the parent
  category ``cid=1`` (Tin tức - Sự kiện) aggregates its two children ``cid=2`` and ``cid=3``
- ``/index.php?mod=news&act=detail&id=<N>``: an article; the home slider appends ``&cid=<C>``,
  the sidebar include writes the parameters in another order (``?act=detail&mod=news&id=<N>``);
  every parameter order and an extra ``cid`` answer the same page
- ``/index.php?mod=page&id=<N>``: static pages (history, organisation, contact)
- ``/index.php?mod=document&act=list`` and ``/index.php?mod=document&act=detail&id=<N>``: the
  "Văn bản" register (document entries with a file link)
- images under ``/upload/...`` and CKFinder's ``/userfiles/image/...`` (names with ``%20``)

Page templates
--------------
- every page: ``<h1 class="tentruong">`` holding the school's name in the header, today's date
  ("Thứ Bảy, 05/12/2026"), a horizontal menu with drop-down ``<ul>``s, a left column (categories,
  "Văn bản mới", a "Liên kết website" ``<select>``, the visitor counter) and a right column
  ("Tin đọc nhiều" with swapped-parameter links, a poll form posting to ``mod=poll``), footer;
- home: a slider of the 3 newest posts (links with ``&cid=``), "Tin mới" (the 5 newest), one
  box per top-level category with its newest post;
- list: 2 posts a page (title, ``(dd/mm/yyyy)``, thumbnail, the lead), pagination
  "Trang: 1 2 3 Tiếp » Cuối »";
- detail: breadcrumb ``<div class="duongdan">``, headline in ``<div class="tde_ct">``, the info
  line "Đăng ngày: dd/mm/yyyy hh:mm SA|CH | Sửa lần cuối: … | Lượt xem: N", the lead field in
  ``<div class="mota_ct"><b>…</b></div>`` when filled, the CKEditor text in
  ``<div class="nd_ct" id="noidung">``, "Người đăng: <account>", tool links (print is
  ``javascript:window.print()``), reader comments, "Các tin khác" (same category, older posts).

How each gold article is reached
--------------------------------
The home page links to the 5 newest (245, 243, 241, 238, 236) and each top-level box's newest
(238, 243, 233). The others come from the lists (208 on cid=6, 220 on cid=5; 224 on cid=2 page
2; 230 and 216 on cid=3 page 2 and cid=1 pages 2-3; 227 and 212 on cid=4 page 2) or from the
"Các tin khác" box of a newer post of the same category (e.g. 241 -> 230, 216).

Traps
-----
1. The page's only ``<h1>`` is the school's name in the header; the headline is a
   ``<div class="tde_ct">`` and ``<title>`` is "<category> | TRƯỜNG CHÍNH TRỊ …" with the
   headline cut at 60 characters and "...". Gold title: the ``tde_ct`` text, whole.
2. Doubled lead: the template prints the "mô tả" field in ``<div class="mota_ct"><b>`` and, in
   245 and 233, the editor pasted the same lead again as the CKEditor text's first paragraph.
   Gold: the lead is the summary and the body's first paragraph once, not twice.
3. CKEditor in ENTER_BR mode (241): no ``<p>`` at all, the text is one ``<div>`` of lines
   separated by ``<br />`` (paragraphs by ``<br />&nbsp;<br />``), images in
   ``<div style="text-align: center;">`` with the caption after a ``<br />`` in ``<em>``.
   Gold: each line is a paragraph; the ``<em>`` line under a photo is its caption.
4. CKEditor 3 had no captioned image: editors put the photo and its caption in a two-row
   borderless ``<table align="center">`` (245, 233, 216). Gold: the second row is the caption,
   not a table-row paragraph; while the real data table of 230 (results by class) is body,
   one paragraph per row with cells joined by " | ".
5. Twelve-hour times with Vietnamese markers: "04/12/2026 03:10 CH" is 15:10, "12:30 CH" is
   12:30 (noon), "12:00 SA" is midnight (230: the day alone, "2026-11-20"); and the info line's
   "Sửa lần cuối" date is never the publication date.
6. Reader comments ("Ý kiến bạn đọc", 245 and 236): names in ``<b>``, a later date in
   ``<i>(05/12/2026 20:15)</i>`` and their text right under the article, before "Các tin khác".
   Gold: not body, their dates and names are not the article's.
7. The same post linked under three targets: ``mod=news&act=detail&id=N`` (lists, "Các tin
   khác"), ``…&id=N&cid=C`` (home slider) and ``?act=detail&mod=news&id=N`` (the "Tin đọc
   nhiều" include). Gold path: the first; the two others are ``alt_paths``.
8. The parent list (cid=1, Tin tức - Sự kiện) holds the posts of both children; the breadcrumb
   of a post names its own child category. Gold category: the breadcrumb's last item
   ("Hoạt động nhà trường" / "Đào tạo - Bồi dưỡng"), not the list it was reached from.
9. Two-line right-aligned byline (245, 238, 227, 212): "ThS. Nguyễn Thị Thu Hà" bold on one
   ``<p>``, the faculty ("Khoa Lý luận cơ sở") on the next. Gold: author = the name without
   degree; the unit line is neither body nor author. A unit signing alone (236, 220) is the
   author as printed; "Người đăng: quantri_tct" (the CMS account) is nobody.
10. Headline pasted again in capitals, centred and bold, as the text's first line (236). Gold:
    it is the title, not a body paragraph.
11. CKEditor 3's ``entities_latin``: in the article text (not the title or the lead, which come
    from plain fields) every Latin-1 letter is a named entity (``Tr&agrave;``, ``ch&iacute;nh``,
    ``&Ecirc;``) while ơ, ư, ạ, ệ … stay raw UTF-8; ``&nbsp;`` between words. Gold: NFC text.
12. An official notice (243) printed with its letterhead table (TRƯỜNG CHÍNH TRỊ … | CỘNG HÒA
    …), "Số: …", "Quảng Ngãi, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi
    nhận" and the signer. Gold: date is the letterhead day "2026-11-30" (the info line says
    02/12), author the signer's name, letterhead/kind/closing not body; the "File đính kèm"
    line is not body.
13. CKEditor's page-break marker (``<div style="page-break-after: always;"><span
    style="display: none;">&nbsp;</span></div>``) in the middle of 238's text, a "Xem thêm:"
    line linking another post (224), a "Tin, ảnh: X" byline (241), "Tin: X - Ảnh: Y" (233),
    an "Ảnh: X" credit as the only line under a photo (208: caption None, X photographer),
    a closing "Nguồn: …" line (216). Gold: none of these lines is body.
14. Pagination reaches most posts only on page 2+ of a list: 2 posts a page, "Trang: 1 2 3
    Tiếp » Cuối »"; page 1's link has no ``page`` parameter.

Gold decisions on ambiguous points
----------------------------------
- The lead printed in ``mota_ct`` is the summary (its own element); when the editor pasted it
  again as the first line of the text, the gold body has it once.
- A bold first paragraph of the CKEditor text with no "mô tả" field (238, 216) is the sapo.
- The capitals headline repeated at the text's top (236) is not body (it is the title).
- Comments are not part of the article; the listing's thumbnail is not an article image.
- A degree before a name ("ThS.", "TS.", "CN.") is dropped; the unit line after a name is
  dropped; "Phòng Tổ chức - Hành chính" signing alone is the author.
- The notice's signer block ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (đã ký) / name") gives the
  author (name only); "Nơi nhận" and its entries are not body.
- "Tài liệu tham khảo" and its entries (238) are body: the notes are the text's own; the
  bracketed calls "[1]" stay in their sentences.
- All alternative targets of a post that the site links to are ``alt_paths``; the site has no
  canonical link, so ``canonical_path`` is the gold path.
"""

from __future__ import annotations

from html.entities import name2codepoint
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "php_mod_act_vendor_tct"
PLATFORM = "Vendor PHP 5 CMS (index.php?mod=&act=, CKEditor 3)"
START_PATH = "/"

SCHOOL = "Trường Chính trị tỉnh Quảng Ngãi"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 2

# cid -> (name, parent cid or None)
CATS: dict[int, tuple[str, int | None]] = {
    1: ("Tin tức - Sự kiện", None),
    2: ("Hoạt động nhà trường", 1),
    3: ("Đào tạo - Bồi dưỡng", 1),
    4: ("Nghiên cứu khoa học", None),
    5: ("Thông báo", None),
    6: ("Đảng - Đoàn thể", None),
}


def _byline2(name_printed: str, unit: str) -> list[Raw]:
    return [
        Raw(f'<p style="text-align: right;"><strong>{esc(name_printed)}</strong></p>'),
        Raw(f'<p style="text-align: right;"><em>{esc(unit)}</em></p>'),
    ]


PAGEBREAK = Raw(
    '<div style="page-break-after: always;"><span style="display: none;">&nbsp;</span></div>'
)

# ------------------------------------------------------------------------------------------------
# the 13 posts (newest first); opts: posted (printed info line), edited, cid, lead_dup,
# title_repeat, enter_br, comments, thumb
# ------------------------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=245,
        slug="hoi-thi-gvdg-2026",
        title="Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="Hoạt động nhà trường",
        published_at="2026-12-04T15:10:00+07:00",
        summary=(
            "Từ ngày 01 đến ngày 03/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thi giảng "
            "viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá thực chất năng lực sư phạm, kỹ năng ứng dụng công nghệ thông "
                "tin trong giảng dạy và khả năng liên hệ thực tiễn địa phương của đội ngũ giảng viên."
            ),
            Img(
                "/upload/images/2026/12/hoithi_gvdg_1.jpg",
                "Đồng chí Phó Hiệu trưởng phát biểu khai mạc Hội thi",
                "Đồng chí Phó Hiệu trưởng phát biểu khai mạc Hội thi",
                style="table",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng trong thời gian 45 phút, thuộc chương trình "
                "Trung cấp lý luận chính trị. Ban Giám khảo gồm 7 thành viên là lãnh đạo Trường và "
                "các trưởng khoa."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì và 5 giải Ba; 2 giảng viên đạt "
                "giải Nhất sẽ được cử tham gia Hội thi giảng viên dạy giỏi toàn quốc năm 2027."
            ),
            Img(
                "/upload/images/2026/12/hoithi_gvdg_2.jpg",
                "Ban Tổ chức trao giải cho các giảng viên đạt giải Nhất",
                "Ban Tổ chức trao giải cho các giảng viên đạt giải Nhất",
                style="table",
            ),
            *_byline2("ThS. Nguyễn Thị Thu Hà", "Khoa Lý luận cơ sở"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "posted": "04/12/2026 03:10 CH",
            "edited": "05/12/2026 08:02 SA",
            "cid": 2,
            "lead_dup": True,
            "comments": [
                ("Lê Văn Tâm", "05/12/2026 20:15", "Chúc mừng các thầy cô đạt giải, mong được học những bài giảng hay như vậy."),
                ("Học viên lớp K45", "05/12/2026 21:40", "Hội thi rất bổ ích, cảm ơn nhà trường."),
            ],
        },
    ),
    Story(
        id=243,
        slug="tb-tuyen-sinh-ccllct-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
                '<td style="text-align: center;">TỈNH ỦY QUẢNG NGÃI<br /><strong>TRƯỜNG CHÍNH TRỊ</strong>'
                "<br />Số: 215/TB-TCT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Quảng Ngãi, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align: center;"><strong>Về việc tuyển sinh lớp Cao cấp lý luận chính '
                "trị hệ không tập trung năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112-KH/HVCTQG của Học viện Chính trị quốc gia Hồ Chí Minh về "
                "việc mở lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027 tại Quảng Ngãi;"
            ),
            P(
                "Trường Chính trị tỉnh Quảng Ngãi thông báo đến các cơ quan, đơn vị về việc cử cán bộ "
                "tham gia dự tuyển như sau:"
            ),
            P("1. Đối tượng: cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý và quy hoạch.", "h"),
            P("2. Hồ sơ gồm: quyết định cử đi học, sơ yếu lý lịch, bản sao bằng đại học.", "h"),
            P("3. Thời gian nhận hồ sơ: từ ngày 05/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý đào tạo.", "h"),
            P("Mọi chi tiết xin liên hệ số điện thoại 0255.3822.416 (gặp đồng chí Phạm Văn Lợi)."),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br />- Các huyện, thị, thành ủy;<br />"
                "- Các sở, ban, ngành;<br />- Lưu: VT, QLĐT.</td>"
                '<td style="text-align: center;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
                "<br /><em>(đã ký)</em><br /><strong>Huỳnh Văn Thành</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<p>File đính kèm: <a href="/upload/files/TB_215_tuyensinh_CCLLCT_2027.pdf">'
                "TB_215_tuyensinh_CCLLCT_2027.pdf</a></p>"
            ),
        ],
        authors=["Huỳnh Văn Thành"],
        opts={"posted": "02/12/2026 08:00 SA", "cid": 5},
    ),
    Story(
        id=241,
        slug="khai-giang-tc-k45",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 45",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-12-01T09:30:00+07:00",
        blocks=[
            P(
                "Sáng 30/11/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức khai giảng lớp Trung cấp lý "
                "luận chính trị - hành chính hệ tập trung khóa 45 cho 86 học viên."
            ),
            Img(
                "/userfiles/image/Nam%202026/khaigiang%20k45.jpg",
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                style="br",
            ),
            P(
                "Học viên là cán bộ, công chức cấp xã và cán bộ các sở, ngành trong tỉnh; lớp học kéo "
                "dài 8 tháng với 18 học phần."
            ),
            P(
                "Phát biểu tại lễ khai giảng, đồng chí Hiệu trưởng đề nghị học viên nghiêm túc chấp "
                "hành nội quy, chủ động nghiên cứu tài liệu và gắn lý luận với thực tiễn công tác."
            ),
            P("Đại diện học viên hứa phấn đấu hoàn thành tốt nhiệm vụ học tập."),
            Raw('<div style="text-align: right;"><strong>Tin, ảnh: Minh Tuấn</strong></div>'),
        ],
        authors=["Minh Tuấn"],
        photographers=["Minh Tuấn"],
        opts={"posted": "01/12/2026 09:30 SA", "edited": "01/12/2026 10:12 SA", "cid": 3, "enter_br": True},
    ),
    Story(
        id=238,
        slug="nghien-cuu-thuc-te",
        title="Nâng cao chất lượng nghiên cứu thực tế của học viên lớp trung cấp lý luận chính trị",
        cat="Nghiên cứu khoa học",
        published_at="2026-11-28T10:05:00+07:00",
        summary=(
            "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận "
            "chính trị, giúp học viên gắn kiến thức lý luận với thực tiễn ở địa phương."
        ),
        blocks=[
            *_byline2("ThS. Trần Quốc Huy", "Khoa Nhà nước và pháp luật"),
            P(
                "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận "
                "chính trị, giúp học viên gắn kiến thức lý luận với thực tiễn ở địa phương.",
                "b",
            ),
            P("1. Thực trạng", "h"),
            P(
                "Những năm qua, Trường đã tổ chức cho học viên đi nghiên cứu thực tế tại các huyện miền "
                "núi như Sơn Tây, Trà Bồng và huyện đảo Lý Sơn.[1] Tuy vậy, một số báo cáo thu hoạch "
                "còn sao chép, thiếu số liệu cụ thể."
            ),
            PAGEBREAK,
            P("2. Giải pháp", "h"),
            P("Thứ nhất, xây dựng kế hoạch nghiên cứu thực tế gắn với nội dung từng học phần.", "li"),
            P("Thứ hai, phân công giảng viên hướng dẫn theo nhóm nhỏ và chấm báo cáo công khai.", "li"),
            P("Thứ ba, phối hợp với cấp ủy cơ sở để học viên được tiếp cận tài liệu, số liệu thật.[2]", "li"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Trường Chính trị tỉnh Quảng Ngãi: Báo cáo tổng kết năm học 2025 - 2026."),
            P("[2] Học viện Chính trị quốc gia Hồ Chí Minh: Hướng dẫn số 07-HD/HVCTQG năm 2025."),
        ],
        authors=["Trần Quốc Huy"],
        opts={"posted": "28/11/2026 10:05 SA", "cid": 4},
    ),
    Story(
        id=236,
        slug="hoc-tap-kinh-nghiem-binh-dinh",
        title="Đoàn công tác Trường Chính trị tỉnh Quảng Ngãi học tập kinh nghiệm tại Trường Chính trị tỉnh Bình Định",
        cat="Hoạt động nhà trường",
        published_at="2026-11-26T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 23 đến 25/11/2026, đoàn công tác của Trường do đồng chí Hiệu trưởng làm "
                "trưởng đoàn đã đến học tập kinh nghiệm tại Trường Chính trị tỉnh Bình Định."
            ),
            P(
                "Hai bên trao đổi về công tác chuẩn hóa trường chính trị, đổi mới phương pháp giảng "
                "dạy và quản lý học viên các lớp hệ không tập trung."
            ),
            Img(
                "upload/images/2026/11/binhdinh_01.jpg",
                "Hai đoàn chụp ảnh lưu niệm",
                "Hai đoàn chụp ảnh lưu niệm",
                style="em",
            ),
            P(
                "Qua chuyến công tác, đoàn ghi nhận nhiều cách làm hay, nhất là việc số hóa giáo án và "
                "xây dựng ngân hàng câu hỏi thi trực tuyến."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức - Hành chính</strong></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "posted": "26/11/2026 02:00 CH",
            "cid": 2,
            "title_repeat": True,
            "comments": [("Nguyễn Hữu Phước", "27/11/2026 07:05", "Mong nhà trường sớm triển khai số hóa giáo án.")],
        },
    ),
    Story(
        id=233,
        slug="chi-bo-xdd-sinh-hoat-chuyen-de",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat="Đảng - Đoàn thể",
        published_at="2026-11-24T16:45:00+07:00",
        summary=(
            "Chiều 23/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ đề "
            "“Nâng cao chất lượng sinh hoạt chi bộ gắn với học tập và làm theo Bác”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi sinh hoạt, các đảng viên tập trung thảo luận những hạn chế trong sinh hoạt "
                "chi bộ thời gian qua và đề xuất giải pháp khắc phục."
            ),
            Img(
                "/upload/images/2026/11/chibo_xdd.jpg",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                style="table",
            ),
            P("Chi bộ thống nhất ban hành 5 chỉ tiêu cụ thể cho năm 2027."),
            Raw('<p style="text-align: right;"><em>Tin: Thanh Hằng - Ảnh: Quốc Việt</em></p>'),
        ],
        authors=["Thanh Hằng"],
        photographers=["Quốc Việt"],
        opts={"posted": "24/11/2026 04:45 CH", "cid": 6, "lead_dup": True},
    ),
    Story(
        id=230,
        slug="be-giang-qpan-doi-tuong-4",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-20",
        blocks=[
            P(
                "Ngày 19/11/2026, Trường phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi dưỡng "
                "kiến thức quốc phòng và an ninh đối tượng 4 năm 2026."
            ),
            P("Kết quả học tập của các lớp như sau:"),
            P("Lớp | Số học viên | Giỏi | Khá", "row"),
            P("Lớp 1 | 62 | 18 | 44", "row"),
            P("Lớp 2 | 58 | 15 | 43", "row"),
            P("100% học viên được cấp giấy chứng nhận hoàn thành chương trình."),
        ],
        opts={"posted": "20/11/2026 12:00 SA", "cid": 3},
    ),
    Story(
        id=227,
        slug="tu-tuong-hcm-dao-duc-cach-mang",
        title="Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong giảng dạy tại Trường Chính trị tỉnh",
        cat="Nghiên cứu khoa học",
        published_at="2026-11-17T08:20:00+07:00",
        blocks=[
            P(
                "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là nội dung cốt lõi trong chương trình trung "
                "cấp lý luận chính trị - hành chính."
            ),
            P(
                "“Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Người cách mạng "
                "phải có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng không lãnh đạo được nhân dân.”",
                "q",
            ),
            P(
                "Giảng viên cần lựa chọn những tấm gương người tốt, việc tốt ở Quảng Ngãi để minh họa "
                "bài giảng, tránh lối truyền đạt một chiều."
            ),
            P(
                "Đồng thời, mỗi giảng viên phải là tấm gương về đạo đức, lối sống để học viên noi theo."
            ),
            *_byline2("TS. Võ Văn Bình", "Khoa Xây dựng Đảng"),
        ],
        authors=["Võ Văn Bình"],
        opts={"posted": "17/11/2026 08:20 SA", "edited": "18/11/2026 03:30 CH", "cid": 4},
    ),
    Story(
        id=224,
        slug="hoi-nghi-vien-chuc-2026",
        title="Hội nghị cán bộ, viên chức, người lao động năm 2026",
        cat="Hoạt động nhà trường",
        published_at="2026-11-12T12:30:00+07:00",
        blocks=[
            P(
                "Ngày 11/11/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội nghị cán bộ, viên chức, "
                "người lao động năm 2026."
            ),
            P(
                "Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ năm 2026, quy chế chi tiêu "
                "nội bộ và quy chế dân chủ cơ sở sửa đổi."
            ),
            P("Các ý kiến tại hội nghị tập trung vào chế độ bồi dưỡng giảng viên đi giảng ở cơ sở.", ""),
            P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí.", "cont"),
            Raw(
                '<p><em>Xem thêm: <a href="index.php?mod=news&amp;act=detail&amp;id=245">Trường Chính trị '
                "tỉnh Quảng Ngãi tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026</a></em></p>"
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"posted": "12/11/2026 12:30 CH", "cid": 2},
    ),
    Story(
        id=220,
        slug="tb-ket-qua-tot-nghiep-k42",
        title="Thông báo kết quả xét tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 42",
        cat="Thông báo",
        published_at="2026-11-06T15:15:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả học tập và thi tốt nghiệp, Hội đồng xét tốt nghiệp của Trường đã công "
                "nhận 79/81 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 42 tốt nghiệp."
            ),
            P("Trong đó: loại giỏi 12 học viên, loại khá 55 học viên, loại trung bình 12 học viên."),
            P(
                "Lễ bế giảng và trao bằng tốt nghiệp dự kiến tổ chức vào ngày 20/11/2026 tại Hội "
                "trường A của Trường."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"posted": "06/11/2026 03:15 CH", "cid": 5},
    ),
    Story(
        id=216,
        slug="tap-huan-chuong-trinh-tc-moi",
        title="Học viện Chính trị quốc gia Hồ Chí Minh tập huấn chương trình Trung cấp lý luận chính trị mới",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-10-30T09:00:00+07:00",
        summary=(
            "Ngày 28 và 29/10/2026, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức tập huấn chương "
            "trình Trung cấp lý luận chính trị ban hành năm 2026 cho giảng viên các trường chính trị "
            "khu vực miền Trung."
        ),
        blocks=[
            P(
                "Ngày 28 và 29/10/2026, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức tập huấn chương "
                "trình Trung cấp lý luận chính trị ban hành năm 2026 cho giảng viên các trường chính trị "
                "khu vực miền Trung.",
                "b",
            ),
            P(
                "Chương trình mới giảm thời lượng lý thuyết, tăng thời lượng thảo luận, tình huống và "
                "nghiên cứu thực tế."
            ),
            Img(
                "/upload/images/2026/10/taphuan_hv.jpg",
                "Các đại biểu dự lớp tập huấn",
                "Các đại biểu dự lớp tập huấn",
                style="table",
            ),
            P("Trường Chính trị tỉnh Quảng Ngãi cử 12 giảng viên tham dự lớp tập huấn."),
            Raw('<p style="text-align: right;"><em>Nguồn: hcma.vn</em></p>'),
        ],
        source="hcma.vn",
        opts={"posted": "30/10/2026 09:00 SA", "cid": 3},
    ),
    Story(
        id=212,
        slug="doi-moi-phuong-phap-giang-day",
        title="Một số giải pháp đổi mới phương pháp giảng dạy lý luận chính trị ở trường chính trị tỉnh",
        cat="Nghiên cứu khoa học",
        published_at="2026-10-22T19:40:00+07:00",
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi "
                "dưỡng cán bộ ở các trường chính trị tỉnh."
            ),
            P("Một là, chuyển từ truyền thụ một chiều sang tổ chức cho học viên thảo luận, tranh luận."),
            P("Hai là, sử dụng tình huống thực tiễn của địa phương làm chất liệu bài giảng."),
            P("Ba là, ứng dụng bài giảng điện tử và hệ thống học tập trực tuyến."),
            *_byline2("ThS. Lê Hoàng Phúc", "Phòng Quản lý khoa học"),
        ],
        authors=["Lê Hoàng Phúc"],
        opts={"posted": "22/10/2026 07:40 CH", "cid": 4},
    ),
    Story(
        id=208,
        slug="chu-nhat-xanh",
        title="Đoàn Thanh niên Trường Chính trị ra quân hưởng ứng Ngày Chủ nhật xanh",
        cat="Đảng - Đoàn thể",
        published_at="2026-10-12T06:30:00+07:00",
        blocks=[
            P(
                "Sáng 11/10/2026, Chi đoàn Trường Chính trị tỉnh Quảng Ngãi ra quân dọn vệ sinh khuôn "
                "viên trường và tuyến đường Phan Đình Phùng."
            ),
            Img("/upload/images/2026/10/cnx_01.jpg", "Ảnh: Thanh Hằng", None, style="em"),
            P("👉 Mỗi đoàn viên trồng và chăm sóc một cây xanh trong khuôn viên trường."),
            P("Hoạt động góp phần xây dựng cảnh quan xanh - sạch - đẹp, văn minh."),
        ],
        photographers=["Thanh Hằng"],
        opts={"posted": "12/10/2026 06:30 SA", "cid": 6},
    ),
]

BY_ID = {s.id: s for s in STORIES}

PAGES = {
    1: ("Lịch sử hình thành và phát triển", [
        "Trường Chính trị tỉnh Quảng Ngãi được thành lập năm 1989 trên cơ sở hợp nhất Trường Đảng và "
        "Trường Hành chính tỉnh.",
        "Năm 2021, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW.",
    ]),
    2: ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 2 Phó Hiệu trưởng.",
        "Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và pháp luật; Dân vận.",
        "Các phòng: Tổ chức - Hành chính; Quản lý đào tạo; Quản lý khoa học.",
    ]),
    3: ("Liên hệ", [
        "Địa chỉ: 58 Phan Đình Phùng, phường Nghĩa Chánh, thành phố Quảng Ngãi.",
        "Điện thoại: 0255.3822.416 - Email: truongchinhtri@quangngai.gov.vn",
    ]),
}

DOCUMENTS = {
    57: ("215/TB-TCT", "30/11/2026", "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
         "TB_215_tuyensinh_CCLLCT_2027.pdf"),
    55: ("198/KH-TCT", "10/11/2026", "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
         "KH_198_hoithi_GVDG_2026.pdf"),
}


# ------------------------------------------------------------------------------------------------
# CKEditor 3 output
# ------------------------------------------------------------------------------------------------


def ck_entities(markup: str) -> str:
    """CKEditor 3's ``entities_latin``: Latin-1 characters as named entities, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF:
            out.append(f"&{_LATIN1[code]};")
        else:
            out.append(ch)
    return "".join(out)


_LATIN1 = {code: name for name, code in name2codepoint.items() if 0xA0 <= code <= 0xFF}


def _t(value: str) -> str:
    return text(value)


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(src)}" style="width: 500px; height: 333px;" />'


def _render_p(blocks: list, i: int) -> tuple[str, int]:
    """Render the P at ``blocks[i]`` (with the group it starts); return markup and next index."""
    b = blocks[i]
    if b.style == "li":
        items = []
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
            items.append(f"\t<li>{_t(blocks[i].text)}</li>")
            i += 1
        return "<ul>\n" + "\n".join(items) + "\n</ul>", i
    if b.style == "row":
        rows = []
        first = True
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
            cells = blocks[i].text.split(" | ")
            tag = "strong" if first else "span"
            rows.append(
                "<tr>" + "".join(f"<td><{tag}>{_t(c)}</{tag}></td>" for c in cells) + "</tr>"
            )
            first = False
            i += 1
        return (
            '<table border="1" cellpadding="3" cellspacing="0" style="width: 90%;"><tbody>\n'
            + "\n".join(rows)
            + "\n</tbody></table>",
            i,
        )
    parts = [_t(b.text)]
    j = i + 1
    while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "cont":
        parts.append(_t(blocks[j].text))
        j += 1
    inner = "<br />\n".join(parts)
    if b.style in ("b", "h"):
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>', j
    if b.style == "q":
        return f"<blockquote><p><em>{inner}</em></p></blockquote>", j
    return f'<p style="text-align: justify;">{inner}</p>', j


def _render_img(b: Img) -> str:
    if b.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">'
            f"<tbody><tr><td>{_img_tag(b.src)}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{_t(b.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(b.src)}</p>'
    if b.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(b.printed)}</em></p>'
    return out


def _render_br_mode(story: Story) -> str:
    """ENTER_BR: one div, lines separated by <br />, images in centred divs."""
    out: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            out.append(f"{_t(b.text)}<br />\n&nbsp;<br />")
        elif isinstance(b, Img):
            cap = f"<br />\n<em>{_t(b.printed)}</em>" if b.printed else ""
            out.append(f'<div style="text-align: center;">{_img_tag(b.src)}{cap}</div>\n<br />')
        else:
            out.append(b.html)
    return '<div style="text-align: justify;">\n' + "\n".join(out) + "\n</div>"


def render_content(story: Story) -> str:
    """The CKEditor text of a post, as stored in the database."""
    if story.opts.get("enter_br"):
        return ck_entities(_render_br_mode(story))
    out: list[str] = []
    if story.opts.get("title_repeat"):
        out.append(
            '<p style="text-align: center;"><strong><span style="font-size: 16px;">'
            f"{_t(story.title.upper())}</span></strong></p>"
        )
    if story.opts.get("lead_dup") and story.summary:
        out.append(f'<p style="text-align: justify;">{_t(story.summary)}</p>')
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            markup, i = _render_p(blocks, i)
            out.append(markup)
            continue
        out.append(_render_img(b) if isinstance(b, Img) else b.html)
        i += 1
    out.append("<p>&nbsp;</p>")
    return ck_entities("\n".join(out))


# ------------------------------------------------------------------------------------------------
# URLs and chrome
# ------------------------------------------------------------------------------------------------


def detail_path(sid: int) -> str:
    return f"/index.php?mod=news&act=detail&id={sid}"


def _href_detail(sid: int, form: str = "plain") -> str:
    if form == "slider":
        return f"index.php?mod=news&amp;act=detail&amp;id={sid}&amp;cid={BY_ID[sid].opts['cid']}"
    if form == "swapped":
        return f"index.php?act=detail&mod=news&id={sid}"
    return f"index.php?mod=news&amp;act=detail&amp;id={sid}"


def _href_list(cid: int, page: int = 1) -> str:
    base = f"index.php?mod=news&amp;act=list&amp;cid={cid}"
    return base if page == 1 else f"{base}&amp;page={page}"


def _day(story: Story) -> str:
    return story.opts["posted"].split()[0]


def stories_in(cid: int) -> list[Story]:
    if CATS[cid][1] is None and any(p == cid for _, p in CATS.values()):
        kids = {c for c, (_, p) in CATS.items() if p == cid}
        return [s for s in STORIES if s.opts["cid"] in kids]
    return [s for s in STORIES if s.opts["cid"] == cid]


MOST_READ = [245, 241, 238, 236, 243]


def _menu() -> str:
    def sub(parent: int) -> str:
        kids = [c for c, (_, p) in CATS.items() if p == parent]
        if not kids:
            return ""
        items = "".join(f'<li><a href="{_href_list(c)}">{esc(CATS[c][0])}</a></li>' for c in kids)
        return f'<ul class="sub_m">{items}</ul>'

    tops = "".join(
        f'<li class="m_{c}"><a href="{_href_list(c)}">{esc(name)}</a>{sub(c)}</li>'
        for c, (name, parent) in CATS.items()
        if parent is None
    )
    intro = (
        '<li class="m_gt"><a href="index.php?mod=page&amp;id=1">Giới thiệu</a><ul class="sub_m">'
        '<li><a href="index.php?mod=page&amp;id=1">Lịch sử hình thành</a></li>'
        '<li><a href="index.php?mod=page&amp;id=2">Cơ cấu tổ chức</a></li></ul></li>'
    )
    return (
        '<ul id="menu_ngang"><li class="m_home"><a href="index.php">Trang chủ</a></li>'
        f'{intro}{tops}<li><a href="index.php?mod=document&amp;act=list">Văn bản</a></li>'
        '<li><a href="index.php?mod=page&amp;id=3">Liên hệ</a></li></ul>'
    )


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm_{c}"><img src="images/arrow.gif" /> <a href="{_href_list(c)}">{esc(n)}</a></td></tr>'
        for c, (n, _) in CATS.items()
    )
    docs = "".join(
        f'<li><a href="index.php?mod=document&amp;act=detail&amp;id={d}">{esc(v[0])}: {esc(v[2])}</a></li>'
        for d, v in DOCUMENTS.items()
    )
    return (
        '<td width="200" valign="top" class="cot_trai">'
        f'<div class="tde_box">DANH MỤC</div><table width="100%">{cats}</table>'
        f'<div class="tde_box">VĂN BẢN MỚI</div><ul class="vb_moi">{docs}</ul>'
        '<div class="tde_box">LIÊN KẾT WEBSITE</div>'
        '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="http://quangngai.gov.vn">Cổng TTĐT tỉnh Quảng Ngãi</option>'
        '<option value="http://baoquangngai.vn">Báo Quảng Ngãi</option></select>'
        '<div class="tde_box">THỐNG KÊ TRUY CẬP</div>'
        '<div class="thongke">Đang online: 17<br />Hôm nay: 412<br />Tổng truy cập: 1.284.096</div>'
        "</td>"
    )


def _right() -> str:
    most = "".join(
        f'<li><a href="{_href_detail(s, "swapped")}">{esc(BY_ID[s].title)}</a></li>' for s in MOST_READ
    )
    return (
        '<td width="220" valign="top" class="cot_phai">'
        f'<div class="tde_box">TIN ĐỌC NHIỀU</div><ul class="docnhieu">{most}</ul>'
        '<div class="tde_box">THĂM DÒ Ý KIẾN</div>'
        '<form method="post" action="index.php?mod=poll&amp;act=vote">'
        "<p>Bạn đánh giá thế nào về website của Trường?</p>"
        '<input type="radio" name="opt" value="1" /> Rất hữu ích<br />'
        '<input type="radio" name="opt" value="2" /> Hữu ích<br />'
        '<input type="radio" name="opt" value="3" /> Bình thường<br />'
        '<input type="submit" value="Biểu quyết" /></form>'
        '<div class="tde_box">HỖ TRỢ TRỰC TUYẾN</div>'
        '<p><a href="http://facebook.com/truongchinhtriquangngai">Fanpage Trường</a></p>'
        "</td>"
    )


def page(title: str, center: str) -> Response:
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="truong chinh tri, quang ngai, ly luan chinh tri" />
<link href="templates/tct/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
</head>
<body>
<a name="top"></a>
<table width="1000" align="center" cellpadding="0" cellspacing="0" id="khung">
<tr><td colspan="3" class="banner">
<img src="images/logo_tct.png" alt="logo" align="left" />
<h1 class="tentruong">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</h1>
<div class="khauhieu">Đào tạo, bồi dưỡng cán bộ - Nhiệm vụ then chốt</div>
<div class="ngay_ht">{HEADER_DATE}</div>
</td></tr>
<tr><td colspan="3" class="menu">{_menu()}
<form action="index.php" method="get" class="frm_tk"><input type="hidden" name="mod" value="search" />
<input type="text" name="key" value="" /><input type="submit" value="Tìm" /></form></td></tr>
<tr>{_left()}
<td valign="top" class="cot_giua">
{center}
</td>
{_right()}</tr>
<tr><td colspan="3" class="footer">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>
<p>Địa chỉ: 58 Phan Đình Phùng, TP Quảng Ngãi - ĐT: 0255.3822.416 - Fax: 0255.3822.417</p>
<p>Email: truongchinhtri@quangngai.gov.vn</p>
<p>Giấy phép số 12/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi Công ty TNHH Tin học Ánh Dương - Quảng Ngãi &copy; 2011</p>
</td></tr>
</table>
</body>
</html>"""
    return html(doc)


def _trim(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[:n].rstrip() + "..."


# ------------------------------------------------------------------------------------------------
# pages
# ------------------------------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 180:
        lead = lead[:180].rsplit(" ", 1)[0] + "..."
    return (
        '<table class="tin_ds" width="100%"><tr>'
        f'<td width="130" valign="top"><a href="{_href_detail(s.id)}"><img src="upload/news/thumb/{s.id}.jpg" '
        'width="120" height="90" border="0" /></a></td>'
        f'<td valign="top"><a class="tde_ds" href="{_href_detail(s.id)}">{esc(s.title)}</a> '
        f'<span class="ngay_ds">({_day(s)})</span><div class="mota_ds">{esc(lead)}</div></td></tr></table>'
    )


def home() -> Response:
    slider = "".join(
        f'<div class="slide"><a href="{_href_detail(s.id, "slider")}"><img src="upload/news/{s.id}.jpg" '
        f'width="460" height="300" /></a><div class="slide_tde"><a href="{_href_detail(s.id, "slider")}">'
        f"{esc(s.title)}</a></div></div>"
        for s in STORIES[:3]
    )
    newest = "".join(
        f'<li><a href="{_href_detail(s.id)}">{esc(s.title)}</a> <span class="ngay_ds">({_day(s)})</span></li>'
        for s in STORIES[:5]
    )
    boxes = ""
    for cid in (4, 5, 6):
        top = stories_in(cid)[0]
        boxes += (
            f'<div class="box_dm"><div class="tde_dm"><a href="{_href_list(cid)}">{esc(CATS[cid][0].upper())}</a>'
            f'</div>{_teaser(top)}<div class="xemtiep"><a href="{_href_list(cid)}">Xem tiếp »</a></div></div>'
        )
    center = (
        f'<div id="slider">{slider}</div>'
        f'<div class="box_dm"><div class="tde_dm">TIN MỚI</div><ul class="tinmoi">{newest}</ul></div>'
        f"{boxes}"
    )
    return page(f"Trang chủ | {SCHOOL.upper()}", center)


def news_list(cid: int, pg: int) -> Response | None:
    items = stories_in(cid)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if pg < 1:
        return None
    chunk = items[(pg - 1) * PAGE_SIZE : pg * PAGE_SIZE]
    name, parent = CATS[cid]
    crumbs = '<a href="index.php">Trang chủ</a>'
    if parent:
        crumbs += f' » <a href="{_href_list(parent)}">{esc(CATS[parent][0])}</a>'
    crumbs += f" » {esc(name)}"
    body = "".join(_teaser(s) for s in chunk) or '<p class="thongbao">Chưa có tin trong mục này.</p>'
    nav = ""
    if pages > 1:
        links = " ".join(
            f"<b>[{p}]</b>" if p == pg else f'<a href="{_href_list(cid, p)}">{p}</a>' for p in range(1, pages + 1)
        )
        if pg < pages:
            links += f' <a href="{_href_list(cid, pg + 1)}">Tiếp »</a> <a href="{_href_list(cid, pages)}">Cuối »</a>'
        nav = f'<div class="phantrang">Trang: {links}</div>'
    center = f'<div class="duongdan">{crumbs}</div><div class="tde_cat">{esc(name.upper())}</div>{body}{nav}'
    return page(f"{name} | {SCHOOL.upper()}", center)


def _comments(story: Story) -> str:
    items = story.opts.get("comments") or []
    rows = "".join(
        f'<div class="bl_item"><b>{esc(n)}</b> <i>({d})</i><div class="bl_nd">{esc(t)}</div></div>'
        for n, d, t in items
    )
    return (
        f'<div class="binhluan"><div class="tde_bl">Ý kiến bạn đọc ({len(items)})</div>{rows}'
        f'<form method="post" action="index.php?mod=news&amp;act=comment&amp;id={story.id}">'
        'Họ tên: <input type="text" name="hoten" /> Email: <input type="text" name="email" /><br />'
        '<textarea name="noidung" rows="4" cols="50"></textarea><br />'
        '<input type="submit" value="Gửi ý kiến" /></form></div>'
    )


def detail(story: Story) -> Response:
    cid = story.opts["cid"]
    name, parent = CATS[cid]
    crumbs = '<a href="index.php">Trang chủ</a>'
    if parent:
        crumbs += f' » <a href="{_href_list(parent)}">{esc(CATS[parent][0])}</a>'
    crumbs += f' » <a href="{_href_list(cid)}">{esc(name)}</a>'
    info = f"Đăng ngày: {story.opts['posted']}"
    if story.opts.get("edited"):
        info += f" &nbsp;|&nbsp; Sửa lần cuối: {story.opts['edited']}"
    info += f" &nbsp;|&nbsp; Lượt xem: {story.views()}"
    mota = ""
    if story.sapo_outside and story.summary:
        mota = f'<div class="mota_ct"><b>{esc(story.summary)}</b></div>'
    others = [s for s in stories_in(cid) if s.id != story.id and s.id < story.id][:3]
    other_html = ""
    if others:
        other_html = (
            '<div class="tinkhac"><div class="tde_tinkhac">Các tin khác</div><ul>'
            + "".join(
                f'<li><a href="{_href_detail(s.id)}">{esc(s.title)}</a> <span class="ngay_ds">({_day(s)})</span></li>'
                for s in others
            )
            + "</ul></div>"
        )
    center = (
        f'<div class="khung_ct"><div class="duongdan">{crumbs}</div>'
        f'<div class="tde_ct" style="text-transform: uppercase;">{esc(story.title)}</div>'
        f'<div class="ngay_ct">{info}</div>{mota}'
        f'<div class="nd_ct" id="noidung">\n{render_content(story)}\n</div>'
        '<div class="tacgia_ct">Người đăng: quantri_tct</div>'
        '<div class="cc_ct"><a href="javascript:window.print()"><img src="images/print.gif" /> In bài</a> | '
        '<a href="javascript:history.back()">Quay lại</a> | <a href="#top">Đầu trang</a> | '
        '<a href="http://www.facebook.com/sharer.php?u=truongchinhtri">Chia sẻ Facebook</a></div>'
        f"{_comments(story)}{other_html}</div>"
    )
    return page(f"{name} | {_trim(story.title)}", center)


def static_page(pid: int) -> Response | None:
    if pid not in PAGES:
        return None
    title, paras = PAGES[pid]
    content = "".join(f"<p>{text(p)}</p>" for p in paras)
    center = (
        f'<div class="duongdan"><a href="index.php">Trang chủ</a> » {esc(title)}</div>'
        f'<div class="tde_ct">{esc(title)}</div><div class="nd_ct">{ck_entities(content)}</div>'
    )
    return page(f"{title} | {SCHOOL.upper()}", center)


def document_list() -> Response:
    rows = "".join(
        f'<tr><td>{esc(v[0])}</td><td>{v[1]}</td><td><a href="index.php?mod=document&amp;act=detail&amp;id={d}">'
        f"{esc(v[2])}</a></td></tr>"
        for d, v in DOCUMENTS.items()
    )
    center = (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> » Văn bản</div>'
        '<table border="1" width="100%" class="ds_vb"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{rows}</table>"
    )
    return page(f"Văn bản | {SCHOOL.upper()}", center)


def document_detail(did: int) -> Response | None:
    if did not in DOCUMENTS:
        return None
    num, day, subject, fname = DOCUMENTS[did]
    center = (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> » '
        '<a href="index.php?mod=document&amp;act=list">Văn bản</a></div>'
        f'<table border="1" width="100%" class="ct_vb"><tr><td>Số/Ký hiệu</td><td>{esc(num)}</td></tr>'
        f"<tr><td>Ngày ban hành</td><td>{day}</td></tr><tr><td>Trích yếu</td><td>{esc(subject)}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Quảng Ngãi</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="/upload/files/{fname}">{fname}</a></td></tr></table>'
    )
    return page(f"{subject} | Văn bản", center)


def search_page(key: str) -> Response:
    center = (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> » Tìm kiếm</div>'
        f'<p>Kết quả tìm kiếm cho từ khóa "<b>{esc(key)}</b>": không tìm thấy tin nào.</p>'
    )
    return page(f"Tìm kiếm | {SCHOOL.upper()}", center)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path != "/" and path != "/index.php":
            return static_file(path) if path.startswith(("/upload/", "/userfiles/", "/images/", "/templates/", "/js/")) else None
        raw = parse_qs(request.query, keep_blank_values=True)
        q = {k: v[0] for k, v in raw.items()}
        mod, act = q.get("mod"), q.get("act")
        if not q:
            return home()
        try:
            if mod == "news" and act == "detail":
                story = BY_ID.get(int(q.get("id", "")))
                return detail(story) if story else None
            if mod == "news" and act == "list":
                cid = int(q.get("cid", ""))
                if cid not in CATS:
                    return None
                return news_list(cid, int(q.get("page", "1")))
            if mod == "page":
                return static_page(int(q.get("id", "")))
            if mod == "document" and act == "list":
                return document_list()
            if mod == "document" and act == "detail":
                return document_detail(int(q.get("id", "")))
            if mod == "search":
                return search_page(q.get("key", ""))
        except ValueError:
            return None
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    return [
        f"{detail_path(s.id)}&cid={s.opts['cid']}",
        f"/index.php?act=detail&mod=news&id={s.id}",
    ]


GOLD = [gold_record(s, detail_path(s.id), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php?mod=page&id=1",
    "/index.php?mod=page&id=2",
    "/index.php?mod=page&id=3",
    "/index.php?mod=document&act=detail&id=57",
    "/index.php?mod=document&act=detail&id=55",
]
