"""Trường Mầm non Họa Mi (thành phố Bạc Liêu): one host of an ASP.NET Core 6 MVC school network.

Platform
--------
A school-website product sold to the kindergartens of a province: one host per school, one shared
Razor ``_Layout.cshtml`` with a pastel theme (``hm-`` classes, Bootstrap 5 grid, Bootstrap Icons),
a "Góc phụ huynh" section, a "Thực đơn tuần" page and an album module. The app runs in a Linux
container behind nginx (``Server: nginx``, an ``.AspNetCore.Antiforgery`` cookie, hidden
``__RequestVerificationToken`` fields in every form, ``?v=<hash>`` from ``asp-append-version`` on
styles and scripts). Model values go through Razor's default ``HtmlEncoder``, which only lets Basic
Latin through: every Vietnamese letter of a title, a sapo, a category name or a caption coming
from the database is printed as a hex reference (``&#x1ECD;``), an emoji as one reference
(``&#x1F338;``), ``+`` and ``'`` as ``&#x2B;`` / ``&#x27;``. The static text of the ``.cshtml``
files (menus, labels, footer) and the article text (``@Html.Raw`` of what CKEditor 4 saved) are
raw UTF-8; CKEditor's default ``entities_latin`` wrote the Latin-1 letters of the text as named
entities (``&agrave;``, ``&ecirc;``) and left the others (``ạ``, ``ư``) raw.

URL scheme
----------
- ``/`` home: featured carousel (links ``/Tin/ChiTiet/<id>``), "Tin mới nhất" cards, one block per
  category, album strip, sidebar (week's menu box, most read, poll, links, visitor counter).
- ``/tin-tuc/<cat-slug>`` and ``/tin-tuc/<cat-slug>?page=<n>``: 4 cards per page, no numbered
  pager. A "Xem thêm" ``<button data-url="/Tin/DanhSachPartial?catId=<n>&page=<n+1>">`` appends
  the next page by AJAX; ``?page=<n>`` is only linked by ``<link rel="next|prev">`` in the head and
  a ``<noscript>`` "Trang sau »" link.
- ``/Tin/DanhSachPartial?catId=<n>&page=<n>``: a bare HTML fragment (cards, no ``<html>``), whose
  cards link ``/Tin/ChiTiet/<id>``; a ``data-next`` div carries the next fragment's URL.
- ``/tin-tuc/<cat-slug>/<slug>-<id>``: the article (route ``{slug}-{id:int}``: the slug is not
  checked); ``/Tin/ChiTiet/<id>``: the same action by the conventional route, 200, same page.
- ``/thu-vien-anh`` album list, ``/thu-vien-anh/<slug>-<id>`` albums; ``/thuc-don/<yyyy>-tuan-<n>``
  weekly menus (weeks 48 and 49 of 2026 exist, linked to each other); ``/gioi-thieu``,
  ``/lien-he``. POST-only actions: ``/Tin/GuiBinhLuan`` (comment form), ``/BinhChon/Gui`` (poll),
  ``/LienHe/Gui`` (contact form): each answers a GET with 405 and a POST with a 302.

Page templates
--------------
Article: breadcrumb ``Trang chủ › <category>``; ``div.hm-ct`` with ``h1.hm-ct__td``, the icon line
``div.hm-ct__tt`` (calendar icon + dd/MM/yyyy, clock icon + HH:mm, eye icon + views, no labels),
share/print/font-size tools, the "Nghe đọc bài viết" text-to-speech box, an optional sapo
``div.hm-ct__mt > strong``, then ``div.hm-ct__nd`` holding the CKEditor text, the attachment box
and a "Bài viết có hữu ích?" vote box. After it "Tin cùng chuyên mục" cards and the parents'
comments ("Ý kiến phụ huynh") with their form.

Categories and how each gold article is reached (newest first, 4 per list page)
-------------------------------------------------------------------------------
- Tin tức - Sự kiện (``tin-tuc-su-kien``, catId 1): 1187, 1179, 1168, 1152 on page 1;
  1139 and 1124 only on ``?page=2`` (slug links) and in the fragment ``catId=1&page=2``
  (``/Tin/ChiTiet/<id>`` links).
- Góc phụ huynh (``goc-phu-huynh``, catId 3): 1183, 1171, 1160, 1146 on page 1; 1131 only on
  ``?page=2`` / fragment ``catId=3&page=2``.
- Hoạt động chuyên môn (``hoat-dong-chuyen-mon``, catId 5): 1175, 1156 (one page, no button).
Home, most-read and "Tin cùng chuyên mục" only ever show page-1 articles.

Traps
-----
1. (new kind) "Xem thêm" AJAX paging: the list pages have no pager links at all; page 2 is a
   ``<button data-url>`` to a partial fragment, and ``?page=2`` is linked only from
   ``<link rel="next">`` and a ``<noscript>`` link. Gold: 1139, 1124 and 1131 are articles like
   the others, reached through ``?page=2`` (or the fragment).
2. (new kind) The fragment and the home carousel link ``/Tin/ChiTiet/<id>``, which answers 200
   with the same page (no redirect), whose canonical is the slug URL. Gold: ``path`` is the slug
   URL; ``/Tin/ChiTiet/<id>`` is in every record's ``alt_paths``.
3. (new kind) Stale slug: article 1187 was renamed ("2025 - 2026" corrected to "2026 - 2027")
   and the "Tin cùng chuyên mục" cards of the other news still print the old slug
   ``hoi-thi-be-khoe-be-ngoan-nam-hoc-2025-2026-1187``; the route ignores the slug, so it answers
   200 with the same article. Gold: one record, the old slug URL in its ``alt_paths``.
4. (new kind) Razor ``HtmlEncoder``: the title in ``<title>``/``h1``/meta/breadcrumb, the sapo,
   the category names, card titles and album captions are all hex references (``&#x1EA1;``), the
   typed emoji of 1183's title is ``&#x1F338;``. Gold: decoded, NFC ("🌸 Cha mẹ cần làm gì …").
5. (new kind) ``<meta property="article:published_time">`` prints the stored UTC value without
   an offset (``2026-12-04T08:20:00`` for a page printing 04/12/2026 15:20). Gold: the printed
   local time, "2026-12-04T15:20:00+07:00"; for 1152, printed "09/11/2026" + "00:00" (meta says
   ``2026-11-08T17:00:00``, the day before), the day alone "2026-11-09".
6. (new kind) The date line is icons only: date and time in two ``<span>``s with the views count
   ("1.234", a dot as thousands separator) in a third; no "Ngày đăng" label. The related cards
   under the article print their dates with the container's invariant culture
   (``11/20/2026 11:30:00``, month first) and the comments print their own dates. Gold: the
   article's own icon line only.
7. (new kind) Between the headline and the text: share tools, the text-to-speech box ("Nghe đọc
   bài viết", a voice ``<select>`` with "Giọng nữ miền Nam" …, an ``<audio>``). Inside the text's
   container after the text: the attachment box ("Tệp đính kèm") and the vote box ("Bài viết có
   hữu ích với quý phụ huynh?"). Gold: none of it is body; the sapo box is the summary and the
   body's first paragraph.
8. (new kind) The parents' comments: names ("Mẹ bé Bông - lớp Chồi 2"), datetimes and texts
   inside ``section#binh-luan``, under the related cards. Gold: not authors, not dates, not body.
9. (new kind) The album ``/thu-vien-anh/hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027-15`` carries
   the same headline as article 1187, the same icon date line and photos with captions; the
   weekly menus print a headline, the icon line and a table. Gold: NON_ARTICLES, not duplicates.
10. The writer's name is the right-aligned last paragraph of the text, in four markups
    (``style="text-align: right;"``, ``align="right"``, ``class="text-end"``, a ``div``):
    "Tin, ảnh: Lê Thị Ngọc Hân" -> author and photographer; "GV: Trần Thị Mỹ Linh - Lớp Lá 2",
    "NVYT Huỳnh Thị Diễm (tổng hợp)", "ThS. Phạm Ngọc Trâm", "Võ Thị Hồng Nhung – Phó Hiệu
    trưởng" -> the name; "Tổ Văn phòng", "Tổ Nuôi dưỡng", "Tổ chuyên môn Nhà trẻ", "Ban Giám
    hiệu" -> the unit as printed; "BBT" -> nobody. Gold: the byline is not body.
11. Captions three ways: CKEditor image2 ``<figure class="image"><figcaption>``, a centred
    ``<em>`` paragraph under the image (sometimes in parentheses, taken off), none. "(Ảnh: Đoàn
    Thị Kim)" only credits: caption None, photographer "Đoàn Thị Kim".
12. Article 1171 was pasted in decomposed Unicode (Unikey "Unicode tổ hợp"): NFD text, byline
    and source. Gold: NFC. Its closing "Nguồn: CDC Bạc Liêu" -> source "CDC Bạc Liêu"; 1124's
    "Nguồn: Báo Bạc Liêu" -> "Báo Bạc Liêu"; 1146's body sentence "Theo các chuyên gia giáo
    dục, …" is text.
13. Article 1183: a bold lead paragraph (the summary), emoji bullets drawn as
    ``<img class="emoji" alt="👉">`` (no text), a typed "💕" kept, a "Xem thêm: <link>" line
    (not body).
14. Article 1179 is an official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận",
    signer) posted 01/12/2026 16:05. Gold: date "2026-11-30" from the letterhead, author the
    signer "Phạm Thị Bích Thủy", body the notice's own paragraphs.
15. List cards cut titles at 60 characters with "..." (C# ``Substring``); ``<title>`` carries the
    " - Trường Mầm non Họa Mi" suffix. Gold: the ``h1`` in full.

Gold decisions on ambiguous points
----------------------------------
- Table rows of 1160 (daily schedule) are body paragraphs, cells joined by " | ", header row
  included; the list items of 1139 and 1131 and the headings of 1139 and 1171 are paragraphs.
- 1146's quote (``blockquote``) is a paragraph; its "Một số gợi ý cho cha mẹ:<br>Chọn sách …"
  paragraph is two paragraphs.
- 1179's "Căn cứ …" lines are body (they are the notice's text, before "thông báo"); the
  letterhead, "THÔNG BÁO", "Về việc …" and the closing table are not.
- ``category`` is the breadcrumb's name ("Góc phụ huynh", as the list's heading prints it; the
  menu's sub-item is "Kiến thức nuôi dạy trẻ").
- The emoji image of 1183's bullets is not an article image; the thumbnails of related cards are
  not either.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from html.entities import codepoint2name

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
    opaque,
    static_file,
    text,
)

NAME = "aspnetcore_mvc_school_network_mamnon"
PLATFORM = "ASP.NET Core 6 MVC school-website network (Razor, Bootstrap 5, pastel theme)"
START_PATH = "/"

SITE = "Trường Mầm non Họa Mi"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4
ASSET_V = "pQ3x8rV1mZkT0bW7yHc2LdN5uGe9sAfJ4iKo6EtRwYq"

# slug, catId, name as the breadcrumb prints it
CATS = [
    ("tin-tuc-su-kien", 1, "Tin tức - Sự kiện"),
    ("goc-phu-huynh", 3, "Góc phụ huynh"),
    ("hoat-dong-chuyen-mon", 5, "Hoạt động chuyên môn"),
]
CAT_BY_SLUG = {slug: (cid, name) for slug, cid, name in CATS}
CAT_BY_ID = {cid: (slug, name) for slug, cid, name in CATS}


# --- encoders ----------------------------------------------------------------------------------

_RAZOR_FORBIDDEN = set("<>&'\"+`")


def R(value: str) -> str:
    """What Razor's default HtmlEncoder prints for a model value: Basic Latin only."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        if 0x20 <= ord(ch) < 0x7F and ch not in _RAZOR_FORBIDDEN:
            out.append(ch)
        else:
            out.append(f"&#x{ord(ch):X};")
    return "".join(out)


def ck(markup: str) -> str:
    """CKEditor 4's ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def trunc(value: str, n: int = 60) -> str:
    return value if len(value) <= n else value[:n] + "..."


# --- stories -----------------------------------------------------------------------------------

U = "/uploads/images/2026"


def _right(inner: str, how: str = "style") -> Raw:
    if how == "style":
        return Raw(f'<p style="text-align: right;">{inner}</p>')
    if how == "align":
        return Raw(f'<p align="right">{inner}</p>')
    if how == "class":
        return Raw(f'<p class="text-end">{inner}</p>')
    return Raw(f'<div style="text-align:right">{inner}</div>')


SPACER = Raw("<p>&nbsp;</p>")

STORIES: list[Story] = [
    Story(
        id=1187,
        slug="hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – Bé ngoan” cho "
            "gần 300 trẻ thuộc 10 lớp mẫu giáo, thu hút đông đảo phụ huynh đến cổ vũ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi là hoạt động thường niên nhằm đánh giá kết quả phát triển thể chất của trẻ "
                "sau ba tháng đầu năm học, đồng thời tạo sân chơi bổ ích giúp các bé mạnh dạn, tự tin "
                "và biết phối hợp cùng bạn bè."
            ),
            Img(
                f"{U}/12/hoi-thi-be-khoe-01.jpg",
                "Các bé lớp Lá 1 trong phần thi đồng diễn thể dục nhịp điệu",
                "Các bé lớp Lá 1 trong phần thi đồng diễn thể dục nhịp điệu",
                style="figure",
            ),
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục nhịp điệu theo lớp, thi vận động “Ai nhanh "
                "nhất” và phần thi năng khiếu. Ở phần đồng diễn, các lớp mang đến những bài tập sinh "
                "động trên nền nhạc thiếu nhi quen thuộc như “Em tập thể dục”, “Cả nhà thương nhau”."
            ),
            P(
                "Phần thi vận động được thiết kế theo độ tuổi: trẻ mẫu giáo bé bật liên tục qua vòng, "
                "trẻ mẫu giáo nhỡ bò chui qua cổng và trẻ mẫu giáo lớn chạy tiếp sức vượt chướng ngại "
                "vật. Các bé thi đấu hết mình trong tiếng reo hò của phụ huynh và thầy cô."
            ),
            Img(
                f"{U}/12/hoi-thi-be-khoe-02.jpg",
                "(Phụ huynh cổ vũ các bé trong phần thi chạy tiếp sức)",
                "Phụ huynh cổ vũ các bé trong phần thi chạy tiếp sức",
                style="em",
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao 01 giải Nhất cho lớp Lá 2, 02 giải Nhì cho lớp "
                "Lá 1 và Chồi 3, 03 giải Ba cùng nhiều phần quà khuyến khích cho các bé."
            ),
            P(
                "Bà Phạm Thị Bích Thủy, Hiệu trưởng nhà trường cho biết: “Qua hội thi, nhà trường mong "
                "muốn phụ huynh thấy rõ hơn sự tiến bộ của con em mình, từ đó cùng giáo viên chăm sóc, "
                "rèn luyện trẻ tốt hơn trong thời gian tới”."
            ),
            _right("<strong>Tin, ảnh: Lê Thị Ngọc Hân</strong>"),
        ],
        authors=["Lê Thị Ngọc Hân"],
        photographers=["Lê Thị Ngọc Hân"],
        opts={
            "printed": ("04/12/2026", "15:20"),
            "stale_slug": "hoi-thi-be-khoe-be-ngoan-nam-hoc-2025-2026",
            "comments": [
                ("Mẹ bé Bông - lớp Chồi 2", "04/12/2026 20:15",
                 "Cảm ơn các cô đã tổ chức hội thi thật vui, bé nhà em về kể mãi không thôi."),
                ("Ba bé Tin (Lá 2)", "05/12/2026 06:42",
                 "Chúc mừng lớp Lá 2 giành giải Nhất! Các cô vất vả rồi ạ."),
            ],
        },
    ),
    Story(
        id=1179,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
                "<tbody><tr>"
                '<td style="text-align:center; width:40%"><p>UBND THÀNH PHỐ BẠC LIÊU</p>'
                "<p><strong>TRƯỜNG MẦM NON HỌA MI</strong></p><p>Số: 58/TB-MNHM</p></td>"
                '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                "</strong></p><p><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
                "<p><em>Bạc Liêu, ngày 30 tháng 11 năm 2026</em></p></td>"
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027 '
                "và tổ chức hoạt động của trẻ</strong></p>"
            ),
            P("Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của Trường Mầm non Họa Mi;"),
            P(
                "Căn cứ Thông báo của Ủy ban nhân dân tỉnh về việc nghỉ Tết Dương lịch năm 2027 đối "
                "với cán bộ, công chức, viên chức,"
            ),
            P("Trường Mầm non Họa Mi thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P(
                "1. Thời gian nghỉ: trẻ được nghỉ 01 ngày vào Thứ Sáu, ngày 01/01/2027. Trẻ đi học lại "
                "bình thường từ Thứ Hai, ngày 04/01/2027."
            ),
            P(
                "2. Trong thời gian nghỉ, nhà trường bố trí lực lượng trực bảo vệ tài sản; phụ huynh có "
                "nhu cầu liên hệ vui lòng gọi số điện thoại trực: 0291 3822 468."
            ),
            P(
                "3. Bếp ăn bán trú tạm ngưng hoạt động ngày 01/01/2027; phụ huynh không đóng tiền ăn "
                "cho ngày nghỉ này, phần tiền ăn đã đóng sẽ được khấu trừ vào tháng 01/2027."
            ),
            P(
                "Đề nghị quý phụ huynh quan tâm, nhắc nhở và giữ an toàn cho trẻ trong những ngày "
                "nghỉ Tết. Trân trọng thông báo./."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><p><strong><em>Nơi nhận:</em></strong><br />'
                "- Phụ huynh học sinh;<br />- Các tổ chuyên môn;<br />- Lưu: VT.</p></td>"
                '<td style="text-align:center; vertical-align:top"><p><strong>HIỆU TRƯỞNG</strong></p>'
                "<p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>Phạm Thị Bích Thủy</strong></p></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Phạm Thị Bích Thủy"],
        opts={
            "printed": ("01/12/2026", "16:05"),
            "files": [("58-TB-MNHM-nghi-tet-duong-lich-2027.pdf", "/uploads/files/2026/12/58-TB-MNHM.pdf", "212 KB")],
        },
    ),
    Story(
        id=1168,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T11:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường Mầm non Họa Mi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo địa phương, Ban Đại diện cha mẹ trẻ em "
                "cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi lễ, cô Phạm Thị Bích Thủy, Hiệu trưởng nhà trường ôn lại truyền thống ngày "
                "Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của tập thể sư phạm trong năm học "
                "vừa qua: 100% giáo viên đạt chuẩn trình độ đào tạo, 02 giáo viên đạt danh hiệu Giáo "
                "viên dạy giỏi cấp tỉnh, nhà trường giữ vững danh hiệu Tập thể lao động xuất sắc."
            ),
            Img(
                f"{U}/11/ky-niem-20-11-01.jpg",
                "Cô Phạm Thị Bích Thủy, Hiệu trưởng phát biểu tại buổi lễ",
                "Cô Phạm Thị Bích Thủy, Hiệu trưởng phát biểu tại buổi lễ",
                style="em",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 cá nhân có thành tích xuất sắc trong phong "
                "trào thi đua “Dạy tốt – Học tốt” đợt 1 và trao quà tri ân các thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các cô giáo và các bé lớp Lá "
                "biểu diễn, với những tiết mục ca ngợi công ơn thầy cô như “Bông hồng tặng cô”, “Cô "
                "giáo như mẹ hiền”."
            ),
            Img(
                f"{U}/11/ky-niem-20-11-02.jpg",
                "Tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 2",
                "Tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 2",
                style="em",
            ),
            SPACER,
            _right("<em><strong>Tổ Văn phòng</strong></em>", "class"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"printed": ("20/11/2026", "11:30")},
    ),
    Story(
        id=1152,
        slug="dien-tap-phuong-an-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
        title="Diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        blocks=[
            P(
                "Nhằm nâng cao kỹ năng thoát hiểm cho trẻ và khả năng xử lý tình huống của đội phòng "
                "cháy, chữa cháy cơ sở, Trường Mầm non Họa Mi phối hợp với Đội Cảnh sát PCCC và CNCH "
                "khu vực tổ chức buổi diễn tập phương án chữa cháy tại chỗ."
            ),
            P(
                "Tình huống giả định: vào lúc 9 giờ 30 phút, tại khu vực bếp ăn xảy ra sự cố chập điện "
                "gây cháy. Ngay khi phát hiện, nhân viên cấp dưỡng hô hoạn, ngắt cầu dao điện và dùng "
                "bình chữa cháy xách tay dập lửa ban đầu."
            ),
            Img(f"{U}/11/dien-tap-pccc-01.jpg", "(Ảnh: Đoàn Thị Kim)", None, style="em"),
            P(
                "Cùng lúc đó, giáo viên các lớp nhanh chóng ổn định trẻ, hướng dẫn các bé dùng khăn ướt "
                "che mũi, miệng và di chuyển theo lối thoát hiểm ra sân trường an toàn. Toàn bộ 312 trẻ "
                "được sơ tán trong vòng 4 phút."
            ),
            Img(f"{U}/11/dien-tap-pccc-02.jpg", None, None, style="none"),
            P(
                "Sau buổi diễn tập, cán bộ Cảnh sát PCCC hướng dẫn cán bộ, giáo viên, nhân viên cách sử "
                "dụng bình bột, bình khí CO2 và kiểm tra hệ thống báo cháy tự động của nhà trường."
            ),
            _right("<strong>BBT</strong>", "div"),
        ],
        photographers=["Đoàn Thị Kim"],
        opts={"printed": ("09/11/2026", "00:00")},
    ),
    Story(
        id=1139,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-26T10:45:00+07:00",
        summary=(
            "Ngày 24/10/2026, Trường Mầm non Họa Mi tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 - 2027 với sự tham dự của 42 cán bộ, giáo viên, nhân viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
                "mới; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường đặt mục tiêu huy động 100% trẻ 5 tuổi ra lớp, duy trì "
                "tỷ lệ trẻ suy dinh dưỡng dưới 3% và tiếp tục xây dựng môi trường giáo dục lấy trẻ làm "
                "trung tâm."
            ),
            P("Một số chỉ tiêu thi đua chính", "h"),
            P("Tập thể: đạt danh hiệu Tập thể lao động xuất sắc;", "li"),
            P("Cá nhân: 100% cán bộ, giáo viên, nhân viên hoàn thành tốt nhiệm vụ trở lên;", "li"),
            P("Công đoàn cơ sở: vững mạnh xuất sắc.", "li"),
            P(
                "Hội nghị cũng đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ "
                "sở và bầu Ban Thanh tra nhân dân nhiệm kỳ mới gồm 03 thành viên."
            ),
            _right("<strong>Nguyễn Thị Thu Hà</strong>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"printed": ("26/10/2026", "10:45")},
    ),
    Story(
        id=1124,
        slug="ngay-hoi-be-voi-an-toan-giao-thong",
        title="Ngày hội “Bé với an toàn giao thông” tại Trường Mầm non Họa Mi",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15T08:30:00+07:00",
        blocks=[
            P(
                "Ngày 14/10, Trường Mầm non Họa Mi phối hợp với Đội Cảnh sát giao thông tổ chức ngày "
                "hội “Bé với an toàn giao thông” cho hơn 300 trẻ."
            ),
            P(
                "Tại ngày hội, các chiến sĩ cảnh sát giao thông giới thiệu cho trẻ các loại biển báo "
                "thường gặp, cách đi bộ qua đường đúng nơi quy định và cách đội mũ bảo hiểm đúng cách "
                "khi ngồi trên xe máy."
            ),
            Img(
                f"{U}/10/atgt-be-doi-mu.jpg",
                "Các bé thực hành đội mũ bảo hiểm dưới sự hướng dẫn của chiến sĩ cảnh sát giao thông.",
                "Các bé thực hành đội mũ bảo hiểm dưới sự hướng dẫn của chiến sĩ cảnh sát giao thông.",
                style="figure",
            ),
            P(
                "Các bé hào hứng tham gia trò chơi “Đèn xanh, đèn đỏ” trên sa bàn giao thông thu nhỏ "
                "được dựng ngay trên sân trường. Nhiều phụ huynh đến đón con cũng dừng lại cùng tham gia."
            ),
            P(
                "Dịp này, nhà trường trao tặng 150 mũ bảo hiểm đạt chuẩn cho trẻ có hoàn cảnh khó khăn "
                "do các nhà hảo tâm tài trợ."
            ),
            _right("<strong>Minh Khang</strong>"),
            _right("<em>Nguồn: Báo Bạc Liêu</em>"),
        ],
        authors=["Minh Khang"],
        source="Báo Bạc Liêu",
        opts={"printed": ("15/10/2026", "08:30")},
    ),
    Story(
        id=1183,
        slug="cha-me-can-lam-gi-khi-tre-bieng-an-trong-mua-mua",
        title="🌸 Cha mẹ cần làm gì khi trẻ biếng ăn trong mùa mưa?",
        cat="goc-phu-huynh",
        published_at="2026-12-03T20:10:00+07:00",
        summary=(
            "Thời tiết giao mùa, mưa nhiều khiến không ít trẻ mầm non biếng ăn, ngủ không sâu giấc. "
            "Dưới đây là một số gợi ý nhỏ giúp cha mẹ cải thiện bữa ăn cho bé tại nhà."
        ),
        blocks=[
            P(
                "Thời tiết giao mùa, mưa nhiều khiến không ít trẻ mầm non biếng ăn, ngủ không sâu giấc. "
                "Dưới đây là một số gợi ý nhỏ giúp cha mẹ cải thiện bữa ăn cho bé tại nhà.",
                "b",
            ),
            Img(f"{U}/12/be-an-ngon.jpg", None, None, style="none"),
            P(
                "Chia nhỏ bữa ăn: thay vì ép trẻ ăn hết một chén lớn, cha mẹ có thể cho trẻ ăn 5 - 6 "
                "bữa nhỏ trong ngày.",
                "emoji:👉",
            ),
            P(
                "Thay đổi món thường xuyên, trang trí món ăn thành hình con vật, bông hoa để kích thích "
                "sự tò mò của bé.",
                "emoji:👉",
            ),
            P("Không cho trẻ ăn vặt, uống sữa hoặc nước ngọt trước bữa chính khoảng 1 giờ.", "emoji:👉"),
            P(
                "Cho trẻ cùng tham gia nhặt rau, bày bàn ăn để bé thấy mình là một phần của bữa cơm "
                "gia đình.",
                "emoji:👉",
            ),
            P(
                "Cha mẹ lưu ý, nếu trẻ biếng ăn kéo dài kèm theo sụt cân, sốt hoặc tiêu chảy, cần đưa "
                "trẻ đến cơ sở y tế để được khám và tư vấn kịp thời."
            ),
            P("Chúc các bé luôn khỏe mạnh và ăn ngon miệng 💕"),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/goc-phu-huynh/'
                'che-do-sinh-hoat-mot-ngay-cua-be-tai-truong-1160">Chế độ sinh hoạt một ngày của bé '
                "tại trường</a></p>"
            ),
            _right("<strong>GV: Trần Thị Mỹ Linh - Lớp Lá 2</strong>", "align"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={
            "printed": ("03/12/2026", "20:10"),
            "comments": [
                ("Mẹ bé Su", "03/12/2026 21:02",
                 "Bài viết rất hữu ích, bé nhà em dạo này cũng lười ăn quá cô ơi."),
            ],
        },
    ),
    Story(
        id=1171,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-mam-non",
        title="Phòng, chống bệnh tay chân miệng cho trẻ mầm non",
        cat="goc-phu-huynh",
        published_at="2026-11-24T14:00:00+07:00",
        summary=(
            "Bệnh tay chân miệng thường gia tăng vào các tháng cuối năm. Nhà trường khuyến cáo phụ "
            "huynh chủ động phòng bệnh cho trẻ ngay tại gia đình."
        ),
        sapo_outside=True,
        blocks=[
            P("Dấu hiệu nhận biết", "h"),
            P(
                "Trẻ sốt nhẹ, mệt mỏi, chán ăn; sau 1 - 2 ngày xuất hiện các nốt phỏng nước ở lòng bàn "
                "tay, lòng bàn chân, đầu gối, mông và vết loét trong miệng."
            ),
            P("Cách phòng bệnh", "h"),
            P(
                "Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho cả trẻ và người chăm sóc, "
                "đặc biệt trước khi chế biến thức ăn, trước khi cho trẻ ăn và sau khi thay tã."
            ),
            P(
                "Lau sạch bề mặt, đồ chơi, tay nắm cửa bằng xà phòng hoặc chất tẩy rửa thông thường; sử "
                "dụng đồ dùng ăn uống riêng cho trẻ."
            ),
            Img(
                f"{U}/11/infographic-tay-chan-mieng.png",
                "Các biện pháp phòng bệnh tay chân miệng tại gia đình",
                "Các biện pháp phòng bệnh tay chân miệng tại gia đình",
                style="figure",
            ),
            P(
                "Khi phát hiện trẻ có biểu hiện nghi ngờ mắc bệnh, phụ huynh cho trẻ nghỉ học, báo ngay "
                "cho giáo viên chủ nhiệm và đưa trẻ đi khám tại cơ sở y tế gần nhất."
            ),
            _right("<strong>NVYT Huỳnh Thị Diễm</strong> (tổng hợp)"),
            _right("<em>Nguồn: CDC Bạc Liêu</em>"),
        ],
        authors=["Huỳnh Thị Diễm"],
        source="CDC Bạc Liêu",
        opts={"printed": ("24/11/2026", "14:00"), "nfd": True},
    ),
    Story(
        id=1160,
        slug="che-do-sinh-hoat-mot-ngay-cua-be-tai-truong",
        title="Chế độ sinh hoạt một ngày của bé tại trường",
        cat="goc-phu-huynh",
        published_at="2026-11-14T09:30:00+07:00",
        blocks=[
            P(
                "Để phụ huynh nắm rõ và phối hợp rèn nếp sinh hoạt cho trẻ tại gia đình, nhà trường "
                "xin giới thiệu chế độ sinh hoạt một ngày của trẻ mẫu giáo tại trường như sau:"
            ),
            P("Thời gian | Hoạt động", "th"),
            P("6h45 – 7h30 | Đón trẻ, ăn sáng, chơi tự chọn", "tr"),
            P("7h30 – 8h00 | Thể dục sáng, trò chuyện đầu ngày", "tr"),
            P("8h00 – 9h30 | Hoạt động học, hoạt động ngoài trời", "tr"),
            P("9h30 – 10h30 | Chơi ở các góc", "tr"),
            P("10h30 – 11h30 | Vệ sinh, ăn trưa", "tr"),
            P("11h30 – 14h00 | Ngủ trưa", "tr"),
            P("14h00 – 15h00 | Vệ sinh, ăn xế", "tr"),
            P("15h00 – 16h30 | Chơi, hoạt động theo ý thích, trả trẻ", "tr"),
            P(
                "Phụ huynh vui lòng đưa trẻ đến lớp trước 7 giờ 30 phút để trẻ kịp ăn sáng và tham gia "
                "thể dục cùng các bạn. Trường hợp trẻ nghỉ học, phụ huynh báo cho giáo viên trước 8 giờ "
                "để bếp ăn điều chỉnh suất ăn."
            ),
            P(
                "Thực đơn hằng tuần được niêm yết tại bảng tin nhà trường và đăng tải tại mục Thực đơn "
                "tuần trên trang thông tin điện tử."
            ),
            _right("<strong>Tổ Nuôi dưỡng</strong>", "class"),
        ],
        authors=["Tổ Nuôi dưỡng"],
        opts={"printed": ("14/11/2026", "09:30")},
    ),
    Story(
        id=1146,
        slug="cung-con-doc-sach-moi-toi-15-phut-gan-ket-yeu-thuong",
        title="Cùng con đọc sách mỗi tối – 15 phút gắn kết yêu thương",
        cat="goc-phu-huynh",
        published_at="2026-11-03T19:45:00+07:00",
        blocks=[
            P(
                "Đọc sách cùng con trước giờ đi ngủ là thói quen đơn giản nhưng mang lại nhiều lợi ích "
                "cho sự phát triển ngôn ngữ và cảm xúc của trẻ mầm non."
            ),
            P(
                "Theo các chuyên gia giáo dục, trẻ được nghe kể chuyện thường xuyên sẽ có vốn từ phong "
                "phú hơn, khả năng tập trung tốt hơn và dễ dàng diễn đạt mong muốn của mình."
            ),
            P(
                "“Mỗi tối con đều đòi mẹ đọc truyện Thỏ con không vâng lời, đọc đến đâu con kể theo đến "
                "đó” – chị Ngô Thị Thanh Tuyền, phụ huynh bé lớp Chồi 1 chia sẻ.",
                "quote",
            ),
            P("Một số gợi ý cho cha mẹ:", "br"),
            P("Chọn sách có hình ảnh to, màu sắc tươi sáng, nội dung ngắn gọn, phù hợp lứa tuổi."),
            P(
                "Đọc chậm, thay đổi giọng theo từng nhân vật và dừng lại hỏi con những câu đơn giản như "
                "“Con đoán xem chuyện gì xảy ra tiếp theo?”."
            ),
            Img(
                f"{U}/11/goc-doc-sach-lop-choi-1.jpg",
                "Góc đọc sách của lớp Chồi 1",
                "Góc đọc sách của lớp Chồi 1",
                style="em",
            ),
            P(
                "Thư viện nhà trường mở cửa cho phụ huynh mượn sách vào chiều thứ Sáu hằng tuần, mỗi "
                "lần được mượn tối đa 02 quyển."
            ),
            _right("<strong>ThS. Phạm Ngọc Trâm</strong>"),
        ],
        authors=["Phạm Ngọc Trâm"],
        opts={
            "printed": ("03/11/2026", "19:45"),
            "comments": [
                ("Chị Thanh Tuyền (PH lớp Chồi 1)", "04/11/2026 07:10",
                 "Cảm ơn cô Trâm, tối nào hai mẹ con cũng đọc sách cùng nhau."),
                ("Ba bé Mít", "05/11/2026 12:31",
                 "Cho em hỏi thư viện có cho mượn truyện tranh song ngữ không ạ?"),
            ],
        },
    ),
    Story(
        id=1131,
        slug="huong-dan-phu-huynh-su-dung-so-lien-lac-dien-tu",
        title="Hướng dẫn phụ huynh sử dụng Sổ liên lạc điện tử trên điện thoại",
        cat="goc-phu-huynh",
        published_at="2026-10-20T10:15:00+07:00",
        blocks=[
            P(
                "Từ năm học 2026 - 2027, nhà trường triển khai Sổ liên lạc điện tử để thông tin đến phụ "
                "huynh về tình hình học tập, sức khỏe, thực đơn và các hoạt động của trẻ hằng ngày."
            ),
            P("Phụ huynh thực hiện cài đặt theo các bước sau:"),
            P("Tải ứng dụng trên kho ứng dụng CH Play (Android) hoặc App Store (iPhone).", "oli"),
            P(
                "Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm; mật khẩu mặc định được "
                "gửi qua tin nhắn.",
                "oli",
            ),
            P("Đổi mật khẩu ở lần đăng nhập đầu tiên và cập nhật ảnh đại diện của trẻ.", "oli"),
            P(
                "Vào mục “Lớp của bé” để xem hình ảnh, nhận xét hằng ngày và thông báo từ nhà trường.",
                "oli",
            ),
            Img(
                f"{U}/10/so-lien-lac-dien-tu.png",
                "Giao diện mục “Lớp của bé” trên ứng dụng",
                "Giao diện mục “Lớp của bé” trên ứng dụng",
                style="em",
            ),
            P(
                "Trong quá trình sử dụng, nếu gặp khó khăn, phụ huynh liên hệ giáo viên chủ nhiệm hoặc "
                "cô Nguyễn Thị Thu Hà, nhân viên văn thư, số điện thoại 0291 3822 468 để được hỗ trợ."
            ),
            _right("<strong>Ban Giám hiệu</strong>"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"printed": ("20/10/2026", "10:15")},
    ),
    Story(
        id=1175,
        slug="chuyen-de-phat-trien-van-dong-cho-tre-24-36-thang-tuoi",
        title="Chuyên đề “Phát triển vận động cho trẻ 24 - 36 tháng tuổi” cấp trường",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-27T11:00:00+07:00",
        summary=(
            "Ngày 26/11/2026, Tổ chuyên môn Nhà trẻ tổ chức chuyên đề “Phát triển vận động cho trẻ "
            "24 - 36 tháng tuổi” với sự tham gia của toàn thể giáo viên khối Nhà trẻ và Mẫu giáo bé."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề gồm hai phần: phần lý thuyết do cô Đặng Thị Mai Phương, tổ trưởng tổ Nhà "
                "trẻ trình bày và phần tiết dạy minh họa tại lớp Nhà trẻ 2."
            ),
            P(
                "Trong tiết dạy minh họa, cô giáo tổ chức cho trẻ thực hiện vận động cơ bản “Bò trong "
                "đường hẹp” thông qua trò chơi “Chú rùa con về nhà”. Đồ dùng được tận dụng từ thùng "
                "các-tông, chai nhựa, vải vụn nhiều màu sắc, thu hút sự chú ý của trẻ."
            ),
            Img(
                f"{U}/11/chuyen-de-van-dong-nha-tre.jpg",
                "Tiết dạy minh họa “Bò trong đường hẹp” tại lớp Nhà trẻ 2",
                "Tiết dạy minh họa “Bò trong đường hẹp” tại lớp Nhà trẻ 2",
                style="figure",
            ),
            P(
                "Sau tiết dạy, các giáo viên thảo luận, góp ý về cách bố trí không gian, lượng vận động "
                "phù hợp với từng trẻ và cách lồng ghép vận động vào các hoạt động trong ngày."
            ),
            P(
                "Ban Giám hiệu đánh giá chuyên đề được chuẩn bị chu đáo, mang tính thực tiễn cao; đề "
                "nghị các lớp tiếp tục làm mới góc vận động bằng nguyên vật liệu sẵn có ở địa phương."
            ),
            _right("<strong>Tổ chuyên môn Nhà trẻ</strong>"),
        ],
        authors=["Tổ chuyên môn Nhà trẻ"],
        opts={"printed": ("27/11/2026", "11:00")},
    ),
    Story(
        id=1156,
        slug="thao-giang-chao-mung-ngay-20-11-lan-toa-phuong-phap-steam",
        title="Thao giảng chào mừng ngày 20/11: lan tỏa phương pháp STEAM trong lớp mẫu giáo",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T15:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 11/11/2026, Trường Mầm non Họa Mi tổ chức đợt thao giảng chào "
                "mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với 14 tiết dạy của giáo viên các khối lớp."
            ),
            P(
                "Điểm nổi bật của đợt thao giảng năm nay là nhiều tiết dạy vận dụng phương pháp giáo "
                "dục STEAM. Ở lớp Lá 3, trẻ được tìm hiểu về “Chiếc thuyền nổi”, tự làm thuyền từ vỏ "
                "hộp sữa, ống hút và thử nghiệm xem thuyền nào chở được nhiều viên sỏi nhất."
            ),
            Img(
                f"{U}/11/steam-la-3-thuyen.jpg",
                "Các bé lớp Lá 3 thử nghiệm thuyền tự làm trong tiết dạy STEAM",
                "Các bé lớp Lá 3 thử nghiệm thuyền tự làm trong tiết dạy STEAM",
                style="em",
            ),
            P(
                "Tại lớp Chồi 2, tiết dạy “Bé làm nước chanh” giúp trẻ quan sát, đong đếm nguyên liệu "
                "và ghi lại kết quả bằng ký hiệu đơn giản. Trẻ hào hứng trình bày sản phẩm và mời cô, "
                "bạn cùng thưởng thức."
            ),
            P(
                "Qua đợt thao giảng, Ban Giám hiệu xếp loại 08 tiết Tốt, 06 tiết Khá và chọn 03 tiết "
                "dạy tiêu biểu để xây dựng thành tiết dạy mẫu cho toàn trường."
            ),
            _right("<strong>Võ Thị Hồng Nhung</strong> – Phó Hiệu trưởng", "div"),
        ],
        authors=["Võ Thị Hồng Nhung"],
        opts={"printed": ("12/11/2026", "15:40")},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def cat_stories(slug: str) -> list[Story]:
    """A category's stories, newest first (the list's order)."""
    return [s for s in STORIES if s.cat == slug]


def art_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{s.cat}/{slug or s.slug}-{s.id}"


def page1_ids() -> set[int]:
    return {s.id for slug, _, _ in CATS for s in cat_stories(slug)[:PAGE_SIZE]}


def utc_naive(s: Story) -> str:
    """The stored UTC value the meta tag prints (local time minus 7 hours, no offset)."""
    day, hm = s.opts["printed"]
    d, m, y = (int(x) for x in day.split("/"))
    hh, mm = (int(x) for x in hm.split(":"))
    t = datetime(y, m, d, hh, mm) - timedelta(hours=7)
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def invariant(s: Story) -> str:
    """How ``@item.NgayDang`` prints in a container with InvariantGlobalization: month first."""
    day, hm = s.opts["printed"]
    d, m, y = day.split("/")
    return f"{m}/{d}/{y} {hm}:00"


def views(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


def thumb(s: Story) -> str:
    imgs = s.images
    name = imgs[0].src.rsplit("/", 1)[1] if imgs else f"no-image-{s.id}.jpg"
    return f"/uploads/thumbs/{name.rsplit('.', 1)[0]}_360x240.jpg"


def description(s: Story) -> str:
    return s.summary or s.paragraphs[0]


# --- body rendering ----------------------------------------------------------------------------


def _img_html(img: Img, alt: str) -> str:
    tag = f'<img alt="{esc(alt)}" src="{img.src}" style="width:100%; max-width:760px; height:auto" />'
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "em":
        cap = f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>' if img.printed else ""
        return f'<p style="text-align:center">{tag}</p>{cap}'
    return f'<p style="text-align:center">{tag}</p>'


def render_body(s: Story) -> str:
    parts: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Img):
            parts.append(_img_html(b, ""))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            parts.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "b":
            parts.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "quote":
            parts.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            parts.append(f"<p>{text(b.text)}<br />\n{text(nxt.text)}</p>")
            i += 2
            continue
        elif b.style.startswith("emoji:"):
            emo = b.style.split(":", 1)[1]
            code = f"{ord(emo):x}"
            parts.append(
                f'<p><img alt="{emo}" class="emoji" height="16" width="16" '
                f'src="/images/emoji/{code}.png" /> {text(b.text)}</p>'
            )
        else:
            parts.append(f'<p style="text-align: justify;">{text(b.text)}&nbsp;</p>')
        i += 1
    body = "\n".join(parts)
    if s.opts.get("nfd"):
        body = unicodedata.normalize("NFD", body)
    return ck(body)


# --- layout ------------------------------------------------------------------------------------

NAV = """
<nav class="navbar navbar-expand-lg hm-nav" id="hmNav">
 <div class="container">
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnChinh">
   <span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mnChinh">
   <ul class="navbar-nav me-auto">
    <li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-heart"></i> Trang chủ</a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Giới thiệu</a>
     <ul class="dropdown-menu">
      <li><a class="dropdown-item" href="/gioi-thieu">Giới thiệu chung</a></li>
      <li><a class="dropdown-item" href="/gioi-thieu#co-cau">Cơ cấu tổ chức</a></li>
     </ul></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Tin tức</a>
     <ul class="dropdown-menu">
      <li><a class="dropdown-item" href="/tin-tuc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
      <li><a class="dropdown-item" href="/tin-tuc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li>
     </ul></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Góc phụ huynh</a>
     <ul class="dropdown-menu">
      <li><a class="dropdown-item" href="/tin-tuc/goc-phu-huynh">Kiến thức nuôi dạy trẻ</a></li>
      <li><a class="dropdown-item" href="/thuc-don/2026-tuan-49">Thực đơn tuần</a></li>
     </ul></li>
    <li class="nav-item"><a class="nav-link" href="/thu-vien-anh">Thư viện ảnh</a></li>
    <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
   </ul>
   <form class="d-flex hm-timkiem" role="search" onsubmit="return false;">
    <input class="form-control form-control-sm" type="search" placeholder="Tìm kiếm..." disabled />
   </form>
  </div>
 </div>
</nav>"""


def _token(seed: str) -> str:
    return "CfDJ8" + opaque("af-" + seed, 96).replace("+", "-").replace("/", "_").rstrip("=")


def sidebar(seed: str) -> str:
    top = [BY_ID[i] for i in (1187, 1168, 1183, 1160, 1175)]
    top_html = "".join(
        f'<li class="d-flex mb-2"><span class="hm-so">{n}</span>'
        f'<a href="{art_path(s)}">{R(trunc(s.title, 70))}</a></li>'
        for n, s in enumerate(top, 1)
    )
    return f"""
<aside class="col-lg-4 hm-cot-phai">
 <div class="hm-box hm-box--hong mb-4">
  <div class="hm-box__td"><i class="bi bi-egg-fried"></i> Thực đơn tuần này</div>
  <div class="hm-box__nd"><p class="mb-1">Tuần 49 (30/11 - 05/12/2026)</p>
   <a class="btn btn-sm btn-hm" href="/thuc-don/2026-tuan-49">Xem thực đơn</a></div>
 </div>
 <div class="hm-box mb-4">
  <div class="hm-box__td"><i class="bi bi-fire"></i> Tin xem nhiều</div>
  <ol class="list-unstyled hm-box__nd">{top_html}</ol>
 </div>
 <div class="hm-box hm-box--xanh mb-4">
  <div class="hm-box__td"><i class="bi bi-bar-chart"></i> Thăm dò ý kiến</div>
  <form class="hm-box__nd" method="post" action="/BinhChon/Gui">
   <p class="fw-bold">Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trường?</p>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="1" id="bc1" /><label for="bc1">Rất hài lòng</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="2" id="bc2" /><label for="bc2">Hài lòng</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="3" id="bc3" /><label for="bc3">Cần cải thiện</label></div>
   <input type="hidden" name="CauHoiId" value="7" />
   <input name="__RequestVerificationToken" type="hidden" value="{_token("poll" + seed)}" />
   <button type="submit" class="btn btn-sm btn-hm mt-2">Bình chọn</button>
  </form>
 </div>
 <div class="hm-box mb-4">
  <div class="hm-box__td"><i class="bi bi-link-45deg"></i> Liên kết</div>
  <ul class="hm-box__nd list-unstyled">
   <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
   <li><a href="https://sgddt.baclieu.gov.vn" target="_blank" rel="noopener">Sở Giáo dục và Đào tạo Bạc Liêu</a></li>
   <li><a href="https://baobaclieu.vn" target="_blank" rel="noopener">Báo Bạc Liêu</a></li>
  </ul>
 </div>
 <div class="hm-box hm-box--vang mb-4" id="thongKe">
  <div class="hm-box__td"><i class="bi bi-people"></i> Thống kê truy cập</div>
  <ul class="hm-box__nd list-unstyled mb-0">
   <li>Đang online: <b>17</b></li><li>Hôm nay: <b>245</b></li><li>Tổng truy cập: <b>1.284.507</b></li>
  </ul>
 </div>
</aside>"""


def layout(request: Request, title: str, main: str, *, head: str = "", crumbs: str = "",
           body_class: str = "") -> str:
    """The shared ``_Layout.cshtml``; ``title`` is already encoded."""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{title} - {R(SITE)}</title>
    {head}
    <link rel="icon" type="image/x-icon" href="/favicon.ico" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.css" />
    <link rel="stylesheet" href="/css/site.css?v={ASSET_V}" />
    <link rel="stylesheet" href="/themes/pastel-hoami/hm.css?v={ASSET_V[::-1]}" />
</head>
<body class="hm-body {body_class}">
<div class="hm-topbar"><div class="container d-flex justify-content-between">
 <span><i class="bi bi-calendar-heart"></i> {HEADER_DATE}</span>
 <span><i class="bi bi-telephone"></i> Hotline: 0291 3822 468 &nbsp;|&nbsp;
  <a href="https://www.facebook.com/mnhoamibaclieu" target="_blank" rel="noopener"><i class="bi bi-facebook"></i></a></span>
</div></div>
<header class="hm-header"><div class="container d-flex align-items-center">
 <a href="/" class="hm-logo"><img src="/images/logo-hoami.png" alt="Logo" height="86" /></a>
 <div class="hm-tentruong ms-3">
  <div class="hm-tentruong__tren">UBND THÀNH PHỐ BẠC LIÊU</div>
  <div class="hm-tentruong__chinh">TRƯỜNG MẦM NON HỌA MI</div>
  <div class="hm-tentruong__khau-hieu">“Mỗi ngày đến trường là một ngày vui”</div>
 </div>
</div></header>
{NAV}
<div class="container">
{crumbs}
<main role="main" class="pb-3">
{main}
</main>
</div>
<footer class="hm-footer mt-4"><div class="container py-4">
 <div class="row">
  <div class="col-md-7">
   <h5>TRƯỜNG MẦM NON HỌA MI</h5>
   <p class="mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: Số 25 đường Hai Bà Trưng, Phường 3, thành phố Bạc Liêu, tỉnh Bạc Liêu</p>
   <p class="mb-1"><i class="bi bi-telephone"></i> Điện thoại: 0291 3822 468 &nbsp; <i class="bi bi-envelope"></i> Email: mnhoami.tpbl@baclieu.edu.vn</p>
   <p class="mb-0">Chịu trách nhiệm nội dung: Bà Phạm Thị Bích Thủy - Hiệu trưởng</p>
  </div>
  <div class="col-md-5 text-md-end">
   <p class="mb-1">&copy; 2026 - Trường Mầm non Họa Mi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
   <p class="mb-0 small">Hệ thống website trường học MekongEdu Web &middot; Phiên bản 6.2.1</p>
  </div>
 </div>
</div></footer>
<a href="#" class="hm-len-dau" title="Lên đầu trang"><i class="bi bi-arrow-up-circle-fill"></i></a>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/site.js?v={ASSET_V[5:30]}"></script>
</body>
</html>"""


def crumbs_html(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{R(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{R(label)}</li>')
    return f'<nav aria-label="breadcrumb" class="hm-duongdan mt-3"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'


def page(request: Request, title: str, main: str, *, status: int = 200, cookie: bool = False,
         **kw) -> Response:
    headers = {"Server": "nginx", "X-Frame-Options": "SAMEORIGIN"}
    if cookie:
        headers["Set-Cookie"] = (
            ".AspNetCore.Antiforgery.Xq8v2Lc1mTQ=" + _token(request.path)
            + "; path=/; samesite=strict; httponly"
        )
    return html(layout(request, title, main, **kw), status=status, headers=headers)


# --- cards -------------------------------------------------------------------------------------


def card(s: Story, href: str) -> str:
    day = s.opts["printed"][0]
    return f"""<div class="col-md-6 col-xl-4 mb-4 hm-o">
 <div class="hm-the h-100">
  <a class="hm-the__anh" href="{href}"><img src="{thumb(s)}" alt="{R(s.title)}" loading="lazy" /></a>
  <div class="hm-the__than">
   <h5 class="hm-the__ten"><a href="{href}" title="{R(s.title)}">{R(trunc(s.title))}</a></h5>
   <div class="hm-the__ngay"><i class="bi bi-calendar3"></i> {day}</div>
   <p class="hm-the__mt">{R(trunc(description(s), 120))}</p>
  </div>
 </div>
</div>"""


# --- pages -------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = sorted(
        (s for s in STORIES if s.id in page1_ids()), key=lambda s: s.id, reverse=True
    )[:6]
    featured = [BY_ID[i] for i in (1187, 1183, 1175)]
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}">'
        f'<a href="/Tin/ChiTiet/{s.id}"><img src="{s.images[0].src if s.images else thumb(s)}" '
        f'class="d-block w-100" alt="{R(s.title)}" /></a>'
        f'<div class="carousel-caption"><h5>{R(s.title)}</h5></div></div>'
        for n, s in enumerate(featured)
    )
    blocks = []
    for slug, _cid, name in CATS:
        items = cat_stories(slug)[:3]
        lis = "".join(
            f'<li><a href="{art_path(s)}">{R(s.title)}</a> <small class="text-muted">({s.opts["printed"][0]})</small></li>'
            for s in items
        )
        blocks.append(
            f'<div class="col-md-6 mb-4"><div class="hm-khoi"><div class="hm-khoi__td">'
            f'<a href="/tin-tuc/{slug}">{R(name)}</a></div><ul class="hm-khoi__ds">{lis}</ul>'
            f'<a class="hm-khoi__them" href="/tin-tuc/{slug}">Xem tất cả »</a></div></div>'
        )
    albums = "".join(
        f'<div class="col-6 col-md-4"><a href="/thu-vien-anh/{a["slug"]}-{a["id"]}">'
        f'<img src="{a["photos"][0][0]}" alt="{R(a["title"])}" class="img-fluid rounded" />'
        f'<span>{R(a["title"])}</span></a></div>'
        for a in ALBUMS
    )
    main = f"""<div class="row mt-3">
<div class="col-lg-8">
 <div id="hmSlide" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
  <button class="carousel-control-prev" type="button" data-bs-target="#hmSlide" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
  <button class="carousel-control-next" type="button" data-bs-target="#hmSlide" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>
 </div>
 <h3 class="hm-khung-td"><span>Tin mới nhất</span></h3>
 <div class="row">{"".join(card(s, art_path(s)) for s in latest)}</div>
 <div class="row">{"".join(blocks)}</div>
 <h3 class="hm-khung-td"><span>Hình ảnh hoạt động</span></h3>
 <div class="row g-2 hm-album-home">{albums}</div>
</div>
{sidebar("home")}
</div>"""
    return page(request, R("Trang chủ"), main, cookie=True,
                head=f'<meta name="description" content="{R(SITE + " - thành phố Bạc Liêu, tỉnh Bạc Liêu")}" />')


def _int(value: str | None, default: int = 1) -> int:
    try:
        return max(int(value or default), 1)
    except ValueError:
        return default


def category(request: Request, slug: str) -> Response:
    cid, name = CAT_BY_SLUG[slug]
    n = _int(request.params.get("page"))
    items = cat_stories(slug)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE]
    head = f'<meta name="description" content="{R(name + " - " + SITE)}" />'
    if n < pages:
        head += f'\n    <link rel="next" href="/tin-tuc/{slug}?page={n + 1}" />'
    if n > 1:
        prev = f"/tin-tuc/{slug}" if n == 2 else f"/tin-tuc/{slug}?page={n - 1}"
        head += f'\n    <link rel="prev" href="{prev}" />'
    cards = "".join(card(s, art_path(s)) for s in chunk) or (
        '<div class="col-12"><p class="text-muted">Chưa có tin bài trong chuyên mục.</p></div>'
    )
    more = ""
    if n < pages:
        more = f"""<div class="text-center hm-them-wrap">
 <button type="button" class="btn btn-hm-them" id="btnXemThem" data-cat="{cid}" data-page="{n + 1}"
   data-url="/Tin/DanhSachPartial?catId={cid}&amp;page={n + 1}">Xem thêm <i class="bi bi-chevron-double-down"></i></button>
 <noscript><a href="/tin-tuc/{slug}?page={n + 1}">Trang sau »</a></noscript>
</div>
<script>
 $(function () {{
   $('#btnXemThem').on('click', function () {{
     var b = $(this);
     $.get(b.data('url'), function (h) {{
       $('#dsTin').append(h);
       var nx = $('#dsTin .hm-them-tiep').last().data('next');
       if (nx) {{ b.data('url', nx); }} else {{ b.remove(); }}
     }});
   }});
 }});
</script>"""
    main = f"""<div class="row">
<div class="col-lg-8">
 <h2 class="hm-khung-td"><span>{R(name)}</span></h2>
 <div class="row" id="dsTin">{cards}</div>
 {more}
</div>
{sidebar(slug)}
</div>"""
    return page(request, R(name), main, head=head, crumbs=crumbs_html([(name, None)]), cookie=True)


def fragment(request: Request) -> Response:
    cid = _int(request.params.get("catId"), 0)
    n = _int(request.params.get("page"))
    if cid not in CAT_BY_ID:
        return html("", headers={"Server": "nginx"})
    slug, _ = CAT_BY_ID[cid]
    items = cat_stories(slug)
    chunk = items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE]
    out = "\n".join(card(s, f"/Tin/ChiTiet/{s.id}") for s in chunk)
    if n * PAGE_SIZE < len(items):
        out += (
            f'\n<div class="hm-them-tiep d-none" '
            f'data-next="/Tin/DanhSachPartial?catId={cid}&amp;page={n + 1}"></div>'
        )
    return html(out, headers={"Server": "nginx", "Cache-Control": "no-cache"})


def comments_html(s: Story) -> str:
    items = "".join(
        f'<div class="hm-bl__muc"><div class="hm-bl__ten"><i class="bi bi-person-circle"></i> '
        f"<b>{R(who)}</b> <small class=\"text-muted\">{when}</small></div>"
        f'<div class="hm-bl__nd">{R(what)}</div></div>'
        for who, when, what in s.opts.get("comments", [])
    )
    count = len(s.opts.get("comments", []))
    return f"""<section id="binh-luan" class="hm-bl mt-4">
 <h3 class="hm-khung-td"><span>Ý kiến phụ huynh ({count})</span></h3>
 {items}
 <form method="post" action="/Tin/GuiBinhLuan" class="hm-bl__form mt-3">
  <input type="hidden" name="TinId" value="{s.id}" />
  <div class="row g-2">
   <div class="col-md-6"><input class="form-control" name="HoTen" placeholder="Họ tên phụ huynh (*)" /></div>
   <div class="col-md-6"><input class="form-control" name="Email" type="email" placeholder="Email" /></div>
   <div class="col-12"><textarea class="form-control" name="NoiDung" rows="3" placeholder="Nội dung ý kiến (*)"></textarea></div>
  </div>
  <input name="__RequestVerificationToken" type="hidden" value="{_token(str(s.id))}" />
  <button type="submit" class="btn btn-hm mt-2">Gửi ý kiến</button>
  <p class="small text-muted mt-1">Ý kiến của quý phụ huynh sẽ được Ban biên tập duyệt trước khi đăng.</p>
 </form>
</section>"""


def article(request: Request, s: Story) -> Response:
    _cid, name = CAT_BY_SLUG[s.cat]
    base = base_url(request)
    canon = base + art_path(s)
    day, hm = s.opts["printed"]
    related = [r for r in cat_stories(s.cat) if r.id != s.id][:3]
    rel_cards = "".join(
        f"""<div class="col-md-4 mb-3"><div class="hm-the hm-the--nho">
  <a href="{art_path(r, r.opts.get("stale_slug"))}"><img src="{thumb(r)}" alt="" /></a>
  <h6 class="hm-the__ten"><a href="{art_path(r, r.opts.get("stale_slug"))}">{R(trunc(r.title))}</a></h6>
  <div class="hm-the__ngay"><i class="bi bi-clock-history"></i> {invariant(r)}</div></div></div>"""
        for r in related
    )
    sapo = f'<div class="hm-ct__mt"><strong>{R(s.summary)}</strong></div>' if s.sapo_outside else ""
    files = ""
    if s.opts.get("files"):
        lis = "".join(
            f'<li><i class="bi bi-file-earmark-pdf"></i> <a href="{href}" target="_blank">{R(fn)}</a> '
            f'<span class="text-muted">({size})</span></li>'
            for fn, href, size in s.opts["files"]
        )
        files = f'<div class="hm-dinhkem mt-3"><div class="hm-dinhkem__td">Tệp đính kèm:</div><ul>{lis}</ul></div>'
    og_img = base + (s.images[0].src if s.images else "/images/og-default.jpg")
    head = f"""<meta name="description" content="{R(trunc(description(s), 155))}" />
    <link rel="canonical" href="{canon}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{R(s.title)}" />
    <meta property="og:url" content="{canon}" />
    <meta property="og:image" content="{og_img}" />
    <meta property="article:published_time" content="{utc_naive(s)}" />
    <meta property="article:section" content="{R(name)}" />"""
    share = esc(canon)
    main = f"""<div class="row">
<div class="col-lg-8">
 <div class="hm-ct" id="tin-{s.id}" data-id="{s.id}">
  <h1 class="hm-ct__td">{R(s.title)}</h1>
  <div class="hm-ct__tt text-muted">
   <span class="me-3"><i class="bi bi-calendar3"></i> {day}</span>
   <span class="me-3"><i class="bi bi-clock"></i> {hm}</span>
   <span><i class="bi bi-eye"></i> {views(s)}</span>
  </div>
  <div class="hm-ct__cc my-2">
   <a class="btn btn-sm btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Chia sẻ</a>
   <a class="btn btn-sm btn-zalo" href="https://sp.zalo.me/share_inline?u={share}" target="_blank" rel="noopener">Zalo</a>
   <a class="btn btn-sm btn-light" href="javascript:window.print();" title="In bài"><i class="bi bi-printer"></i></a>
   <button type="button" class="btn btn-sm btn-light hm-co-chu" data-d="-1">A-</button>
   <button type="button" class="btn btn-sm btn-light hm-co-chu" data-d="1">A+</button>
  </div>
  <div class="hm-nghe d-flex align-items-center gap-2 mb-3" data-tin="{s.id}">
   <button type="button" class="btn btn-sm btn-hm-nghe"><i class="bi bi-volume-up-fill"></i> Nghe đọc bài viết</button>
   <select class="form-select form-select-sm w-auto hm-nghe__giong">
    <option value="nu-nam" selected>Giọng nữ miền Nam</option>
    <option value="nam-bac">Giọng nam miền Bắc</option>
    <option value="nu-bac">Giọng nữ miền Bắc</option>
   </select>
   <audio preload="none" src="/tts/{s.id}.mp3"></audio>
  </div>
  {sapo}
  <div class="hm-ct__nd" id="ndTin">
{render_body(s)}
   {files}
   <div class="hm-huuich mt-4 text-center">
    <span>Bài viết có hữu ích với quý phụ huynh?</span>
    <button type="button" class="btn btn-sm btn-outline-success" data-v="1">👍 Có ({(s.id * 7) % 23 + 3})</button>
    <button type="button" class="btn btn-sm btn-outline-secondary" data-v="0">👎 Không ({s.id % 3})</button>
   </div>
  </div>
 </div>
 <section class="hm-cungcm mt-4">
  <h3 class="hm-khung-td"><span>Tin cùng chuyên mục</span></h3>
  <div class="row">{rel_cards}</div>
 </section>
 {comments_html(s)}
</div>
{sidebar(str(s.id))}
</div>"""
    return page(
        request, R(s.title), main, head=head, cookie=True,
        crumbs=crumbs_html([(name, f"/tin-tuc/{s.cat}")]),
    )


# --- non-articles ------------------------------------------------------------------------------

ALBUMS = [
    {
        "id": 15,
        "slug": "hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "title": "Hội thi “Bé khỏe – Bé ngoan” năm học 2026 - 2027",
        "date": ("04/12/2026", "17:02"),
        "photos": [
            ("/uploads/albums/15/anh-01.jpg", "Đồng diễn thể dục nhịp điệu lớp Lá 1"),
            ("/uploads/albums/15/anh-02.jpg", "Phần thi chạy tiếp sức của khối Lá"),
            ("/uploads/albums/15/anh-03.jpg", "Ban tổ chức trao giải cho các lớp"),
        ],
    },
    {
        "id": 12,
        "slug": "be-vui-hoi-trang-ram-2026",
        "title": "Bé vui hội trăng rằm 2026",
        "date": ("26/09/2026", "09:15"),
        "photos": [
            ("/uploads/albums/12/anh-01.jpg", "Các bé rước đèn quanh sân trường"),
            ("/uploads/albums/12/anh-02.jpg", "Mâm ngũ quả do các bé lớp Chồi bày"),
        ],
    },
]
ALBUM_BY_ID = {a["id"]: a for a in ALBUMS}

MENUS = {
    49: ("30/11", "05/12/2026", [
        ("Thứ Hai", "Cháo thịt bằm, sữa", "Cơm, canh bí đỏ nấu tôm, thịt kho trứng cút", "Chè đậu xanh"),
        ("Thứ Ba", "Bún mọc", "Cơm, canh cải ngọt nấu thịt, cá basa chiên sốt cà", "Sữa chua"),
        ("Thứ Tư", "Bánh canh cá lóc", "Cơm, canh rau dền nấu tôm, gà kho gừng", "Chuối cau"),
        ("Thứ Năm", "Hủ tiếu thịt", "Cơm, canh bầu nấu tôm, trứng chiên thịt", "Bánh flan"),
        ("Thứ Sáu", "Xôi gà, sữa", "Cơm, canh chua cá, thịt rim", "Thanh long"),
    ]),
    48: ("23/11", "28/11/2026", [
        ("Thứ Hai", "Phở gà", "Cơm, canh mồng tơi nấu cua, thịt heo ram", "Sữa chua"),
        ("Thứ Ba", "Cháo cá lóc", "Cơm, canh khoai mỡ, đậu hũ nhồi thịt", "Chè chuối"),
        ("Thứ Tư", "Bánh mì, sữa", "Cơm, canh bí xanh nấu tôm, cá thu sốt cà", "Đu đủ"),
        ("Thứ Năm", "Nui xào bò", "Cơm, canh rau ngót nấu thịt, trứng hấp", "Bánh bông lan"),
        ("Thứ Sáu", "Bún riêu", "Cơm, canh cải bẹ xanh, gà chiên nước mắm", "Dưa hấu"),
    ]),
}


def album_page(request: Request, a: dict) -> Response:
    day, hm = a["date"]
    photos = "".join(
        f'<div class="col-md-6 mb-3"><a href="{src}" data-fancybox="album-{a["id"]}">'
        f'<img src="{src}" class="img-fluid rounded" alt="{R(cap)}" /></a>'
        f'<p class="hm-album__cap">{R(cap)}</p></div>'
        for src, cap in a["photos"]
    )
    others = "".join(
        f'<li><a href="/thu-vien-anh/{o["slug"]}-{o["id"]}">{R(o["title"])}</a></li>'
        for o in ALBUMS if o["id"] != a["id"]
    )
    main = f"""<div class="row"><div class="col-lg-8">
 <div class="hm-ct hm-album" data-album="{a["id"]}">
  <h1 class="hm-ct__td">{R(a["title"])}</h1>
  <div class="hm-ct__tt text-muted">
   <span class="me-3"><i class="bi bi-calendar3"></i> {day}</span>
   <span class="me-3"><i class="bi bi-clock"></i> {hm}</span>
   <span><i class="bi bi-images"></i> {len(a["photos"])}</span>
  </div>
  <div class="row hm-album__luoi mt-3">{photos}</div>
 </div>
 <h3 class="hm-khung-td"><span>Album khác</span></h3><ul>{others}</ul>
</div>{sidebar("album")}</div>"""
    return page(request, R(a["title"]), main,
                crumbs=crumbs_html([("Thư viện ảnh", "/thu-vien-anh"), (a["title"], None)]))


def album_list(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-md-6 mb-4"><div class="hm-the"><a href="/thu-vien-anh/{a["slug"]}-{a["id"]}">'
        f'<img src="{a["photos"][0][0]}" alt="" class="img-fluid" /></a>'
        f'<h5 class="hm-the__ten"><a href="/thu-vien-anh/{a["slug"]}-{a["id"]}">{R(a["title"])}</a></h5>'
        f'<div class="hm-the__ngay"><i class="bi bi-images"></i> {len(a["photos"])} ảnh</div></div></div>'
        for a in ALBUMS
    )
    main = f"""<div class="row"><div class="col-lg-8">
 <h2 class="hm-khung-td"><span>Thư viện ảnh</span></h2><div class="row">{cards}</div>
</div>{sidebar("albums")}</div>"""
    return page(request, R("Thư viện ảnh"), main, crumbs=crumbs_html([("Thư viện ảnh", None)]))


def menu_page(request: Request, week: int) -> Response:
    start, end, rows = MENUS[week]
    trs = "".join(
        f"<tr><th scope=\"row\">{d}</th><td>{R(a)}</td><td>{R(b)}</td><td>{R(c)}</td></tr>"
        for d, a, b, c in rows
    )
    prev_link = (
        f'<a class="btn btn-sm btn-light" href="/thuc-don/2026-tuan-{week - 1}">« Tuần trước</a>'
        if week - 1 in MENUS else '<span class="btn btn-sm btn-light disabled">« Tuần trước</span>'
    )
    next_link = (
        f'<a class="btn btn-sm btn-light" href="/thuc-don/2026-tuan-{week + 1}">Tuần sau »</a>'
        if week + 1 in MENUS else '<span class="btn btn-sm btn-light disabled">Tuần sau »</span>'
    )
    title = f"Thực đơn tuần {week} (từ {start} đến {end})"
    posted = {49: "28/11/2026", 48: "21/11/2026"}[week]
    main = f"""<div class="row"><div class="col-lg-8">
 <div class="hm-ct hm-thucdon">
  <h1 class="hm-ct__td">{R(title)}</h1>
  <div class="hm-ct__tt text-muted">
   <span class="me-3"><i class="bi bi-calendar3"></i> {posted}</span>
   <span><i class="bi bi-person-badge"></i> Tổ Nuôi dưỡng</span>
  </div>
  <p class="mt-3">Áp dụng cho trẻ mẫu giáo và nhà trẻ bán trú. Định lượng đạt 615 - 726 Kcal/trẻ/ngày tại trường.</p>
  <div class="table-responsive"><table class="table table-bordered hm-bang-td">
   <thead><tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa xế</th></tr></thead>
   <tbody>{trs}</tbody></table></div>
  <div class="d-flex justify-content-between">{prev_link}{next_link}</div>
 </div>
</div>{sidebar("menu")}</div>"""
    return page(request, R(title), main,
                crumbs=crumbs_html([("Góc phụ huynh", "/tin-tuc/goc-phu-huynh"), ("Thực đơn tuần", None)]))


def intro(request: Request) -> Response:
    main = f"""<div class="row"><div class="col-lg-8">
 <div class="hm-ct">
  <h1 class="hm-ct__td">Giới thiệu chung</h1>
  <div class="hm-ct__nd">
   <p>Trường Mầm non Họa Mi được thành lập năm 1996, tọa lạc tại số 25 đường Hai Bà Trưng, Phường 3, thành phố Bạc Liêu. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015 và mức độ 2 năm 2022.</p>
   <p>Năm học 2026 - 2027, trường có 12 nhóm, lớp với 356 trẻ; 42 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
   <h3 id="co-cau">Cơ cấu tổ chức</h3>
   <ul><li>Hiệu trưởng: Bà Phạm Thị Bích Thủy</li><li>Phó Hiệu trưởng: Bà Võ Thị Hồng Nhung</li>
   <li>Tổ chuyên môn Nhà trẻ, Tổ chuyên môn Mẫu giáo, Tổ Nuôi dưỡng, Tổ Văn phòng</li></ul>
  </div>
 </div>
</div>{sidebar("gt")}</div>"""
    return page(request, R("Giới thiệu chung"), main, crumbs=crumbs_html([("Giới thiệu chung", None)]))


def contact(request: Request) -> Response:
    main = f"""<div class="row"><div class="col-lg-8">
 <h1 class="hm-khung-td"><span>Liên hệ</span></h1>
 <p><b>TRƯỜNG MẦM NON HỌA MI</b><br />Số 25 đường Hai Bà Trưng, Phường 3, thành phố Bạc Liêu, tỉnh Bạc Liêu<br />
 Điện thoại: 0291 3822 468 - Email: mnhoami.tpbl@baclieu.edu.vn</p>
 <iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3938.2!2d105.72!3d9.29" width="100%" height="280" style="border:0" loading="lazy"></iframe>
 <form method="post" action="/LienHe/Gui" class="mt-3">
  <input class="form-control mb-2" name="HoTen" placeholder="Họ và tên" />
  <input class="form-control mb-2" name="DienThoai" placeholder="Số điện thoại" />
  <textarea class="form-control mb-2" name="NoiDung" rows="4" placeholder="Nội dung"></textarea>
  <input name="__RequestVerificationToken" type="hidden" value="{_token("lh")}" />
  <button class="btn btn-hm" type="submit">Gửi liên hệ</button>
 </form>
</div>{sidebar("lh")}</div>"""
    return page(request, R("Liên hệ"), main, crumbs=crumbs_html([("Liên hệ", None)]), cookie=True)


# --- routing -----------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")
_CAT = re.compile(r"^/tin-tuc/([a-z0-9-]+)$")
_CHITIET = re.compile(r"^/tin/chitiet/(\d+)$", re.I)
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)-(\d+)$")
_MENU = re.compile(r"^/thuc-don/2026-tuan-(\d+)$")
_TTS = re.compile(r"^/tts/(\d+)\.mp3$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return self._post(request)
        if path.lower() in ("/tin/guibinhluan", "/binhchon/gui", "/lienhe/gui"):
            return Response(405, b"", {"Allow": "POST", "Server": "nginx"})
        if path == "/":
            return home(request)
        if m := _CAT.match(path):
            if m.group(1) in CAT_BY_SLUG:
                return category(request, m.group(1))
            return None
        if m := _ART.match(path):
            s = BY_ID.get(int(m.group(3)))
            if s and s.cat == m.group(1):
                return article(request, s)
            return None
        if m := _CHITIET.match(path):
            s = BY_ID.get(int(m.group(1)))
            return article(request, s) if s else None
        if path.lower() == "/tin/danhsachpartial":
            return fragment(request)
        if path == "/thu-vien-anh":
            return album_list(request)
        if m := _ALBUM.match(path):
            a = ALBUM_BY_ID.get(int(m.group(2)))
            return album_page(request, a) if a else None
        if m := _MENU.match(path):
            week = int(m.group(1))
            return menu_page(request, week) if week in MENUS else None
        if path == "/gioi-thieu":
            return intro(request)
        if path == "/lien-he":
            return contact(request)
        if m := _TTS.match(path):
            if int(m.group(1)) in BY_ID:
                return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
            return None
        if path.startswith("/uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/images/", "/lib/", "/css/", "/js/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        return None

    def _post(self, request: Request) -> Response | None:
        path = request.path.lower()
        if path == "/tin/guibinhluan":
            s = BY_ID.get(_int(request.form.get("TinId"), 0))
            return redirect((art_path(s) if s else "/") + "#binh-luan")
        if path == "/binhchon/gui":
            return redirect("/")
        if path == "/lienhe/gui":
            return redirect("/lien-he")
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [f"/Tin/ChiTiet/{s.id}"]
    if s.opts.get("stale_slug"):
        alts.append(art_path(s, s.opts["stale_slug"]))
    return gold_record(s, art_path(s), CAT_BY_SLUG[s.cat][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thu-vien-anh/hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027-15",
    "/thu-vien-anh/be-vui-hoi-trang-ram-2026-12",
    "/thuc-don/2026-tuan-49",
    "/thuc-don/2026-tuan-48",
]
