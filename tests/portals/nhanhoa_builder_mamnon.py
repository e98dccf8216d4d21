"""Blind fixture portal: a public kindergarten on a hosting company's drag-and-drop site builder.

Platform
--------
"NH Website Builder", the drag-and-drop builder a Vietnamese hosting company sells with its
hosting plans: the school picks a template ("mn03", a kindergarten theme with balloons), drops
module boxes on a grid and fills them from an admin panel. Every box prints as
``<div class="nh-module" id="nhmod_<number>" data-type="...">`` with a generated number; jQuery
1.11, jquery.lazyload (``data-original``), fancybox for photo grids and a ``<marquee>`` notice
bar come with the template. Articles are typed in CKEditor 4 (entities on, so older posts are
full of ``&agrave;``), or pasted from Word and from the school's Facebook page.

The institution: Trường Mầm non Sơn Ca, phường Hạc Thành, tỉnh Thanh Hóa (a public
kindergarten): class news, photo albums, the weekly menu, notices to parents.

URL scheme
----------
- ``/``                                     home page (start URL)
- ``/danh-muc/<slug>-<id>.html?page=N``     category listing; pager links are query-only
                                            relative hrefs (``href="?page=2"``); page size is set
                                            per category (3, 2, 5, 5)
- ``/tin-tuc/<slug>-<id>.html``             article (the builder routes on the id, but only the
                                            current slug and a remembered old slug answer)
- ``/tin-tuc/<slug>-<id>.html?print=1``     print view of the article (same article)
- ``/tin-tuc/gioi-thieu-truong-mam-non-son-ca-3.html``  the intro page, typed as a news item
- ``/trang/<slug>-<id>.html``               static page (staff structure)
- ``/album.html``, ``/album/<slug>-<id>.html``  album list, photo album
- ``/video.html``, ``/video/<slug>-<id>.html``  video list, video page (YouTube iframe)
- ``/van-ban.html``, ``/van-ban/<slug>-<id>.html``  document list, document entry
- ``/lien-he.html``                          contact page (map, form)
- ``/tim-kiem.html?tukhoa=…``               search (header form, GET)
- ``/uploads/…``, ``/template/…``           images, PDFs, styles, scripts

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), hotline and Facebook/Zalo
links; banner; a two-level menu (``ul.menu-cap1`` / ``ul.menu-cap2``, parents link to "#");
a ``<marquee>`` notice bar; a right column of boxes (notices, the week's menu table, most read,
links select, poll, visitor counter, hotline) and a footer with address, phone, email and the
builder's credit. The article template: breadcrumb ``div.duongdan`` (Trang chủ › group ›
category), ``h1.tieude-bv``, an info line ``div.tt-bv`` with spans (update date, posting date,
"Người đăng" account, views), a tools bar (share, print, font size), the builder's short
description box ``div.mota-ngan`` when filled, the CKEditor body ``div#noidung_bv_<id>``, a
keyword line, a Facebook comments box and "Tin cùng chuyên mục" (the two newest others).

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (3 a page): 246, 236, 227 on page 1; 212 only on ``?page=2``.
Hoạt động các lớp (2 a page): 248, 239 | 233, 223 (page 2) | 219 (page 3 only).
Thực đơn - Dinh dưỡng: 241, 215 (215 also from the "Xem thêm" line of 230).
Thông báo phụ huynh: 244, 230 (also in the right-column "Thông báo" box on every page).
Home: slider 248, 246, 236; "Tin mới nhất" 248, 246, 244, 241, 239, 236; most-read box
236 (old slug), 246, 241, 227. "Tin cùng chuyên mục" lists only the two newest of the category,
so 212, 223, 219, 233 are found only through the listings' later pages.

Traps
-----
1. 12-hour clock in Vietnamese: the info line prints "Ngày đăng: 02/12/2026 - 02:15:36 CH"
   (CH = chiều = PM, SA = sáng = AM) with seconds. Gold: 14:15:36+07:00; "12:00:00 SA" is
   midnight, so that article's gold is the day alone ("2026-11-06").
2. The update date comes first: some info lines print "Cập nhật: 04/12/2026 - 08:12:40 SA"
   before "Ngày đăng: …"; the builder's ``article:published_time`` meta carries the posting
   time (00:00:00 for the midnight one, the posting day for the notice). Gold: the posting
   date, never the update date; for the notice, the letterhead day.
3. Lazy images: article photos print ``src="/template/mn03/images/grey.gif"`` and the real
   file in ``data-original`` (jquery.lazyload, no ``<noscript>``). Gold image path: the
   ``data-original`` file; the grey placeholder is no image. Captions are the centred italic
   line under the photo, parentheses taken off; a line "Ảnh: Trần Thu Hà" is only a credit
   (caption None).
4. Facebook paste (246): emoji characters in the title and text are kept; the "👉" bullets
   are ``<img class="emoji-fb" alt="👉">`` pictures at the start of lines: no text, no photo.
   The photo grid (fancybox, no captions) is the article's photos.
5. Bylines at the end of the body, all shapes: "Bài: Cô Lê Thị Mai - Ảnh: Cô Trần Thu Hà"
   ("Cô" is the teacher's title: authors [Lê Thị Mai], photographers [Trần Thu Hà]);
   "Tin, ảnh: X" (both); "Đỗ Thị Hương - GV lớp Chồi B3" (name only); units signing alone
   ("Tổ chuyên môn Mẫu giáo", "Bộ phận Nuôi dưỡng", "Công đoàn trường": the author as
   printed); "BBT" (nobody). The info line's "Người đăng: quantri_mnsc" is the CMS account:
   nobody.
6. Chrome that looks like content: the right column's "Thực đơn tuần này" box prints the
   week's menu as a table on every page, the very table that is the body of article 241; the
   marquee notice bar repeats a notice's words. Gold body: only the table inside the article.
7. Discovery through query-only pager links (``href="?page=2"``, "Trang sau »",
   "Trang cuối") and through later pages only: 212 on page 2, 219 on page 3.
8. Duplicates: every article links its print view ``?print=1``; the most-read box still
   links 236 under its old slug ("43 năm", the title was corrected to "44 năm") which answers
   200 with the same article; pager "1"/"« Đầu" links are ``?page=1`` twins of the listing.
   Gold: one record per article, the others in ``alt_paths``.
9. Pages that look like articles but are not: the intro "Giới thiệu trường" is served by the
   news template under ``/tin-tuc/…-3.html`` (no date, breadcrumb "Giới thiệu"); the albums and
   the video page print a title, a date and captions. All in NON_ARTICLES.
10. Official notice (244) pasted from Word: letterhead table, "Số: 68/TB-MNSC", "Hạc Thành,
    ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", Word list items whose "-" marker is a
    ``mso-list:Ignore`` span, "- " items the secretary typed, "Nơi nhận" and the signature
    table, then a "File đính kèm" line. Gold: date 2026-11-30, author the signer
    (Lê Thị Minh Phương), body from "Căn cứ …" to "…thực hiện./." with typed "- " kept and
    Word's markers dropped.
11. Text boundaries: "Xem thêm: <link>" lines, "File đính kèm", the keyword line
    ("Từ khóa:"), the closing source line "Theo Cổng TTĐT phường Hạc Thành" / "Theo Viện Dinh
    dưỡng Quốc gia" (-> source) versus body sentences "Theo kế hoạch, …" and "Theo các chuyên
    gia dinh dưỡng, …" (text).
12. Encodings: article 230 was typed on a Mac and stored decomposed (NFD) in its title and
    text; 212 is stored by CKEditor with every non-ASCII letter as an entity (``&agrave;``,
    ``&#7891;``). Gold: NFC text.
13. Sapo shapes: the builder's "Mô tả ngắn" box (``div.mota-ngan`` with ``<strong>``) is the
    summary and the body's first paragraph; 239 has no box but a bold lead paragraph (summary);
    the others have neither, and their meta description (the first 160 characters of the text,
    cut with "...") is no sapo: summary null.

Gold decisions on ambiguous points
----------------------------------
- Category: the leaf section of the breadcrumb ("Hoạt động các lớp"), not the menu group
  printed before it ("Tin tức", "Góc phụ huynh", printed as a plain span).
- "Cô"/"Thầy" before a teacher's name is a title, dropped like "ThS.".
- A paragraph split by ``<br>`` into a lead and typed "- " items (223) gives one paragraph per
  line, the "- " kept.
- The menu table (241): its header row is a paragraph like the others ("Thứ | Bữa sáng | …").
- A quoted speech (236) is a paragraph with its quotation marks as printed.
- Emoji characters printed as text (🌟, 🏆🏆🏆, 👇) are kept; only picture emoji are dropped.
- Gallery photos (246) are article photos with caption None (fancybox prints no line).
- The notice's Word headings ("1. Thời gian, địa điểm") are paragraphs of its body.
- Print views carry the same article and are alt paths, as is the old slug of 236.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "nhanhoa_builder_mamnon"
PLATFORM = "NH Website Builder (Vietnamese hosting company's drag-and-drop builder, template mn03)"
START_PATH = "/"

SCHOOL = "Trường Mầm non Sơn Ca"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TPL = "/template/mn03"
UP = "/uploads/mnsonca/images/2026"
GREY = f"{TPL}/images/grey.gif"
NO_IMAGE = f"{TPL}/images/no-image.jpg"
EMOJI_POINT = f'<img alt="👉" class="emoji-fb" height="16" src="{TPL}/images/emoji/1f449.png" width="16" />'


# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    id: int
    slug: str
    name: str
    group: str
    per_page: int
    module: int

    @property
    def path(self) -> str:
        return f"/danh-muc/{self.slug}-{self.id}.html"


CATS = {
    "su-kien": Cat("su-kien", 11, "tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức", 3, 40112),
    "cac-lop": Cat("cac-lop", 12, "hoat-dong-cac-lop", "Hoạt động các lớp", "Tin tức", 2, 40127),
    "thuc-don": Cat("thuc-don", 13, "thuc-don-dinh-duong", "Thực đơn - Dinh dưỡng", "Góc phụ huynh", 5, 40131),
    "thong-bao": Cat("thong-bao", 14, "thong-bao-phu-huynh", "Thông báo phụ huynh", "Góc phụ huynh", 5, 40135),
}


# --- the stories ----------------------------------------------------------------------------


def _byline(text_: str, tag: str = "strong", el: str = "p") -> Raw:
    return Raw(f'<{el} style="text-align: right;"><{tag}>{esc(text_)}</{tag}></{el}>')


_MENU_ROWS = [
    "Thứ | Bữa sáng | Bữa trưa | Bữa chiều",
    "Thứ Hai | Cháo thịt lợn bí đỏ | Cơm tẻ, thịt gà rim nấm hương, canh rau ngót nấu tôm | Sữa chua, bánh quy",
    "Thứ Ba | Phở bò | Cơm tẻ, cá basa sốt cà chua, canh bí xanh nấu thịt | Chè đỗ xanh",
    "Thứ Tư | Bánh mì, sữa tươi | Cơm tẻ, thịt lợn kho trứng cút, canh cải nấu thịt | Cháo sườn",
    "Thứ Năm | Miến gà | Cơm tẻ, tôm rim thịt, canh bầu nấu tôm | Sữa chua uống, chuối tiêu",
    "Thứ Sáu | Xôi đỗ xanh | Cơm tẻ, đậu phụ sốt thịt, canh rau cải nấu ngao | Bánh flan, sữa tươi",
]

_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse">
<tbody>
<tr>
<td style="width:40%;text-align:center;vertical-align:top">
<p class="MsoNormal" style="text-align:center"><span style="font-size:13.0pt">UBND PHƯỜNG HẠC THÀNH</span><br />
<b><span style="font-size:13.0pt">TRƯỜNG MẦM NON SƠN CA</span></b></p>
<p class="MsoNormal" style="text-align:center"><span style="font-size:13.0pt">Số: 68/TB-MNSC</span></p>
</td>
<td style="width:60%;text-align:center;vertical-align:top">
<p class="MsoNormal" style="text-align:center"><b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b><br />
<b><u><span style="font-size:13.0pt">Độc lập - Tự do - Hạnh phúc</span></u></b></p>
<p class="MsoNormal" style="text-align:center"><i><span style="font-size:13.0pt">Hạc Thành, ngày 30 tháng 11 năm 2026</span></i></p>
</td>
</tr>
</tbody>
</table>
<p class="MsoNormal" style="text-align:center">&nbsp;</p>
<p class="MsoNormal" style="text-align:center"><b><span style="font-size:14.0pt">THÔNG BÁO</span></b></p>
<p class="MsoNormal" style="text-align:center"><b><span style="font-size:14.0pt">Về việc tổ chức khám sức khỏe định kỳ cho trẻ đợt 1</span></b><br />
<b><span style="font-size:14.0pt">năm học 2026 - 2027</span></b></p>
<p class="MsoNormal" style="text-align:center">_____________________</p>"""

_SIGNATURE = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top">
<p class="MsoNormal"><b><i><span style="font-size:12.0pt">Nơi nhận:</span></i></b><br />
<span style="font-size:11.0pt">- Cha mẹ trẻ các lớp;</span><br />
<span style="font-size:11.0pt">- Trạm Y tế phường Hạc Thành;</span><br />
<span style="font-size:11.0pt">- Website nhà trường;</span><br />
<span style="font-size:11.0pt">- Lưu: VT.</span></p>
</td>
<td style="width:50%;text-align:center;vertical-align:top">
<p class="MsoNormal" style="text-align:center"><b><span style="font-size:13.0pt">KT. HIỆU TRƯỞNG</span></b><br />
<b><span style="font-size:13.0pt">PHÓ HIỆU TRƯỞNG</span></b></p>
<p class="MsoNormal" style="text-align:center"><i>(Đã ký)</i></p>
<p class="MsoNormal" style="text-align:center">&nbsp;</p>
<p class="MsoNormal" style="text-align:center"><b><span style="font-size:13.0pt">Lê Thị Minh Phương</span></b></p>
</td>
</tr>
</tbody>
</table>"""

STORIES: list[Story] = [
    Story(
        id=248,
        slug="lop-la-a1-lam-thiep-tang-chu-bo-doi-nhan-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
        title="Lớp Lá A1 làm thiệp tặng chú bộ đội nhân Ngày thành lập Quân đội nhân dân Việt Nam",
        cat="cac-lop",
        published_at="2026-12-03T10:24:05+07:00",
        summary=(
            "Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - "
            "22/12/2026), sáng ngày 03/12, cô và trò lớp Lá A1 đã cùng nhau làm những tấm thiệp "
            "xinh xắn để gửi tặng các chú bộ đội đang đóng quân trên địa bàn phường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mở đầu hoạt động, cô Lê Thị Mai trò chuyện cùng các bé về hình ảnh chú bộ đội: chú "
                "bộ đội làm những công việc gì, mặc trang phục màu gì, đóng quân ở đâu. Các bé hào "
                "hứng kể về những chú bộ đội mà mình đã được xem trên ti vi hay gặp trong cuộc sống."
            ),
            Img(
                f"{UP}/12/la-a1-lam-thiep-1.jpg",
                "(Cô Lê Thị Mai trò chuyện cùng các bé về chú bộ đội)",
                "Cô Lê Thị Mai trò chuyện cùng các bé về chú bộ đội",
                "lazy",
            ),
            P(
                "Với những nguyên vật liệu đơn giản như giấy màu, bìa cứng, hồ dán, bút sáp, các bé "
                "đã khéo léo cắt, dán, trang trí những ngôi sao vàng, lá cờ đỏ, những chiếc mũ tai "
                "bèo ngộ nghĩnh."
            ),
            Img(
                f"{UP}/12/la-a1-lam-thiep-2.jpg",
                "(Các bé say sưa cắt, dán trang trí thiệp)",
                "Các bé say sưa cắt, dán trang trí thiệp",
                "lazy",
            ),
            P(
                "Mỗi tấm thiệp là một lời chúc giản dị nhưng chân thành: “Chúc chú bộ đội luôn khỏe "
                "mạnh”, “Con yêu chú bộ đội”… Hoạt động không chỉ giúp các bé rèn luyện sự khéo léo "
                "của đôi tay mà còn bồi dưỡng cho trẻ lòng biết ơn, kính yêu các chú bộ đội Cụ Hồ."
            ),
            P(
                "Những tấm thiệp của các bé sẽ được nhà trường gửi tặng các chú bộ đội Ban Chỉ huy "
                "Quân sự phường Hạc Thành trong buổi giao lưu vào ngày 21/12 tới."
            ),
            Img(
                f"{UP}/12/la-a1-lam-thiep-3.jpg",
                "(Các bé lớp Lá A1 khoe thành quả của mình)",
                "Các bé lớp Lá A1 khoe thành quả của mình",
                "lazy",
            ),
            _byline("Bài: Cô Lê Thị Mai - Ảnh: Cô Trần Thu Hà"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Trần Thu Hà"],
        opts={
            "posted": "03/12/2026 - 10:24:05 SA",
            "updated": "04/12/2026 - 08:12:40 SA",
            "meta_time": "2026-12-03T10:24:05+07:00",
            "module": 31207,
        },
    ),
    Story(
        id=246,
        slug="be-vui-hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        title="🎉 Bé vui Hội thi “Bé khỏe - Bé ngoan” cấp trường năm học 2026 - 2027",
        cat="su-kien",
        published_at="2026-12-02T14:15:36+07:00",
        blocks=[
            P(
                "🌟 Sáng ngày 02/12/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội thi “Bé khỏe - "
                "Bé ngoan” cấp trường dành cho các bé khối Mẫu giáo.",
                "fb",
            ),
            P(
                "Tham gia hội thi có 12 đội đến từ các lớp Mầm, Chồi, Lá với gần 200 bé cùng đông "
                "đảo cha mẹ trẻ đến cổ vũ. Hội thi gồm 3 phần:",
                "fb",
            ),
            P(
                "Phần thi “Bé chào hỏi lễ phép”: các bé tự tin giới thiệu về bản thân, lớp học và "
                "thể hiện những lời chào hỏi lễ phép với người lớn.",
                "fb_point",
            ),
            P(
                "Phần thi “Bé khéo tay”: các bé thi tự mặc áo, gấp khăn, xếp dép gọn gàng đúng nơi "
                "quy định.",
                "fb_point",
            ),
            P(
                "Phần thi “Bé vận động”: các bé tham gia trò chơi bật qua suối nhỏ, bò chui qua cổng, "
                "ném bóng vào rổ.",
                "fb_point",
            ),
            Raw("<div><br /></div>"),
            P(
                "Kết thúc hội thi, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá A2, 02 giải Nhì cho lớp "
                "Lá A1 và Chồi B3, 03 giải Ba cho các lớp Chồi B1, Chồi B2, Mầm C1 cùng các giải "
                "Khuyến khích. 🏆🏆🏆",
                "fb",
            ),
            P("Một số hình ảnh của các bé tại hội thi 👇", "fb"),
            Img(f"{UP}/12/hoi-thi-be-khoe-be-ngoan-1.jpg", None, None, "gallery"),
            Img(f"{UP}/12/hoi-thi-be-khoe-be-ngoan-2.jpg", None, None, "gallery"),
            Img(f"{UP}/12/hoi-thi-be-khoe-be-ngoan-3.jpg", None, None, "gallery"),
            Img(f"{UP}/12/hoi-thi-be-khoe-be-ngoan-4.jpg", None, None, "gallery"),
            _byline("Tổ chuyên môn Mẫu giáo", "i", "div"),
        ],
        authors=["Tổ chuyên môn Mẫu giáo"],
        opts={
            "posted": "02/12/2026 - 02:15:36 CH",
            "meta_time": "2026-12-02T14:15:36+07:00",
            "module": 31198,
        },
    ),
    Story(
        id=244,
        slug="thong-bao-ve-viec-to-chuc-kham-suc-khoe-dinh-ky-cho-tre-dot-1-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 45/KH-MNSC ngày 15/9/2026 của Trường Mầm non Sơn Ca về công tác "
                "y tế trường học năm học 2026 - 2027;",
                "word",
            ),
            P(
                "Căn cứ Công văn số 1205/TYT-KSBT ngày 25/11/2026 của Trạm Y tế phường Hạc Thành về "
                "việc phối hợp khám sức khỏe cho trẻ mầm non;",
                "word",
            ),
            P(
                "Trường Mầm non Sơn Ca thông báo tới cha mẹ trẻ lịch khám sức khỏe định kỳ đợt 1 "
                "như sau:",
                "word",
            ),
            P("1. Thời gian, địa điểm", "word_b"),
            P(
                "Thời gian: Từ 7 giờ 30 phút đến 10 giờ 30 phút, thứ Tư ngày 09/12/2026 (khối Nhà "
                "trẻ và Mẫu giáo bé) và thứ Năm ngày 10/12/2026 (khối Mẫu giáo nhỡ và Mẫu giáo lớn).",
                "mso",
            ),
            P("Địa điểm: Phòng y tế và phòng đa năng của nhà trường.", "mso"),
            P("2. Nội dung khám", "word_b"),
            P(
                "Cân đo, theo dõi biểu đồ tăng trưởng; khám răng miệng, tai mũi họng, mắt, da liễu "
                "và khám nội khoa tổng quát.",
                "mso",
            ),
            P(
                "Bác sĩ tư vấn trực tiếp cho cha mẹ trẻ có con suy dinh dưỡng, thừa cân, béo phì.",
                "mso",
            ),
            P("3. Đề nghị cha mẹ trẻ", "word_b"),
            P("- Cho trẻ đi học đúng giờ, ăn sáng đầy đủ trước khi khám;", "word"),
            P(
                "- Thông báo với giáo viên chủ nhiệm nếu trẻ đang mắc bệnh hoặc có tiền sử dị ứng.",
                "word",
            ),
            P(
                "Nhà trường trân trọng thông báo để cha mẹ trẻ được biết và phối hợp thực hiện./.",
                "word",
            ),
            Raw(_SIGNATURE),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="/uploads/mnsonca/files/TB-68-kham-suc-khoe.pdf" '
                'target="_blank"><img src="/template/mn03/images/icon-pdf.png" alt="" /> '
                "TB-68-kham-suc-khoe.pdf</a></p>"
            ),
        ],
        authors=["Lê Thị Minh Phương"],
        opts={
            "posted": "01/12/2026 - 07:40:12 SA",
            "meta_time": "2026-12-01T07:40:12+07:00",
            "module": 31185,
        },
    ),
    Story(
        id=241,
        slug="thuc-don-tuan-1-thang-12-2026-tu-30-11-den-04-12-2026",
        title="Thực đơn tuần 1 tháng 12/2026 (từ 30/11 đến 04/12/2026)",
        cat="thuc-don",
        published_at="2026-11-28T16:05:50+07:00",
        blocks=[
            P(
                "Bộ phận nuôi dưỡng Trường Mầm non Sơn Ca trân trọng gửi tới quý cha mẹ trẻ thực "
                "đơn tuần 1 tháng 12/2026 như sau:"
            ),
            *[P(row, "tr") for row in _MENU_ROWS],
            P(
                "Thực đơn có thể điều chỉnh phù hợp với nguồn thực phẩm theo mùa. Đề nghị cha mẹ "
                "trẻ cho trẻ ăn nhẹ tại nhà nếu trẻ đến lớp sau 7 giờ 30 phút."
            ),
            _byline("Bộ phận Nuôi dưỡng", "em"),
        ],
        authors=["Bộ phận Nuôi dưỡng"],
        opts={
            "posted": "28/11/2026 - 04:05:50 CH",
            "meta_time": "2026-11-28T16:05:50+07:00",
            "module": 31177,
        },
    ),
    Story(
        id=239,
        slug="be-lop-nha-tre-d2-lam-quen-voi-tro-choi-dan-gian",
        title="Bé lớp Nhà trẻ D2 làm quen với trò chơi dân gian",
        cat="cac-lop",
        published_at="2026-11-24T09:05:22+07:00",
        summary=(
            "Trò chơi dân gian là món ăn tinh thần quen thuộc, gắn bó với tuổi thơ của bao thế hệ. "
            "Với các bé lớp Nhà trẻ D2, những giờ chơi “Dung dăng dung dẻ”, “Nu na nu nống”, “Lộn "
            "cầu vồng” đã trở thành khoảng thời gian được mong chờ nhất trong ngày."
        ),
        blocks=[
            P(
                "Trò chơi dân gian là món ăn tinh thần quen thuộc, gắn bó với tuổi thơ của bao thế "
                "hệ. Với các bé lớp Nhà trẻ D2, những giờ chơi “Dung dăng dung dẻ”, “Nu na nu nống”, "
                "“Lộn cầu vồng” đã trở thành khoảng thời gian được mong chờ nhất trong ngày.",
                "bold",
            ),
            P(
                "Ở lứa tuổi 24 - 36 tháng, trẻ học chủ yếu thông qua vận động và bắt chước. Vì vậy, "
                "cô Phạm Thị Thanh Nga và cô Hoàng Thị Yến đã lựa chọn những trò chơi có lời đồng "
                "dao ngắn, nhịp điệu vui tươi, dễ thuộc, dễ nhớ."
            ),
            Img(
                f"{UP}/11/nt-d2-tro-choi-dan-gian-1.jpg",
                "Các bé cùng cô chơi “Dung dăng dung dẻ”",
                "Các bé cùng cô chơi “Dung dăng dung dẻ”",
                "fig",
            ),
            P(
                "Ban đầu các bé còn rụt rè, chỉ đứng nhìn cô và các bạn. Sau vài buổi, bé nào cũng "
                "hào hứng nắm tay nhau, vừa đi vừa đọc to lời đồng dao. Nhiều bé đã thuộc và về nhà "
                "đọc cho ông bà, bố mẹ nghe."
            ),
            Img(
                f"{UP}/11/nt-d2-tro-choi-dan-gian-2.jpg",
                "Trò chơi “Nu na nu nống” giúp bé phát triển ngôn ngữ",
                "Trò chơi “Nu na nu nống” giúp bé phát triển ngôn ngữ",
                "fig",
            ),
            P(
                "Thông qua trò chơi dân gian, trẻ không chỉ được vận động, phát triển ngôn ngữ mà "
                "còn học cách chơi cùng bạn, biết chờ đến lượt và mạnh dạn hơn trong giao tiếp."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Phạm Thị Thanh Nga</em></strong></p>'),
        ],
        authors=["Phạm Thị Thanh Nga"],
        photographers=["Phạm Thị Thanh Nga"],
        opts={
            "posted": "24/11/2026 - 09:05:22 SA",
            "meta_time": "2026-11-24T09:05:22+07:00",
            "module": 31160,
        },
    ),
    Story(
        id=236,
        slug="truong-mam-non-son-ca-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường Mầm non Sơn Ca tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="su-kien",
        published_at="2026-11-19T09:30:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng "
            "ủy, UBND phường Hạc Thành, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, "
            "nhân viên nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi lễ, đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường đã ôn lại "
                "truyền thống vẻ vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật mà "
                "tập thể nhà trường đạt được trong năm học 2025 - 2026."
            ),
            Img(
                f"{UP}/11/le-20-11-1.jpg",
                "(Đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
                "Đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "lazy",
            ),
            P(
                "“Mỗi cô giáo mầm non hãy luôn là người mẹ hiền thứ hai của các con, không ngừng học "
                "hỏi, đổi mới phương pháp để mỗi ngày đến trường là một ngày vui với trẻ”.",
                "quote",
            ),
            P(
                "Năm học vừa qua, nhà trường có 100% trẻ được đảm bảo an toàn tuyệt đối về thể chất "
                "và tinh thần; 98,5% trẻ đạt kênh bình thường về cân nặng; 12 giáo viên đạt danh hiệu "
                "giáo viên dạy giỏi cấp trường, 03 giáo viên đạt giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(f"{UP}/11/le-20-11-2.jpg", "Ảnh: Trần Thu Hà", None, "lazy"),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 15 cá nhân có thành tích xuất sắc trong "
                "phong trào thi đua “Dạy tốt - Học tốt” chào mừng Ngày Nhà giáo Việt Nam."
            ),
            Img(
                f"{UP}/11/le-20-11-3.jpg",
                "(Các bé lớp Lá A1 biểu diễn tiết mục múa “Cô giáo em”)",
                "Các bé lớp Lá A1 biểu diễn tiết mục múa “Cô giáo em”",
                "lazy",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do chính "
                "các cô giáo và các bé biểu diễn, để lại nhiều cảm xúc cho các đại biểu và cha mẹ trẻ."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/album/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-18.html">'
                "Album ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></em></p>"
            ),
            _byline("Tin: Nguyễn Thị Hồng Nhung - Ảnh: Trần Thu Hà"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Trần Thu Hà"],
        opts={
            "posted": "19/11/2026 - 09:30:00 SA",
            "updated": "21/11/2026 - 04:47:03 CH",
            "meta_time": "2026-11-19T09:30:00+07:00",
            "module": 31142,
            "old_slug": "truong-mam-non-son-ca-to-chuc-le-ky-niem-43-nam-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=233,
        slug="gio-hoc-steam-lam-chiec-thuyen-noi-cua-lop-choi-b3",
        title="Giờ học STEAM “Làm chiếc thuyền nổi” của lớp Chồi B3",
        cat="cac-lop",
        published_at="2026-11-13T15:40:18+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch triển khai giáo dục STEAM trong trường mầm non năm học 2026 - "
                "2027, ngày 12/11/2026, lớp Chồi B3 đã tổ chức giờ học STEAM với chủ đề “Làm chiếc "
                "thuyền nổi”."
            ),
            P("1. Mục tiêu", "h3"),
            P("Trẻ biết một số vật chìm, vật nổi trong nước.", "li"),
            P("Trẻ biết sử dụng các nguyên vật liệu tái chế để tạo thành chiếc thuyền.", "li"),
            P("Rèn kỹ năng hợp tác nhóm, mạnh dạn chia sẻ ý tưởng của mình.", "li"),
            P("2. Chuẩn bị", "h3"),
            P(
                "Chậu nước, vỏ hộp sữa, nắp chai nhựa, ống hút, que kem, băng dính, giấy màu và các "
                "loại vật liệu khác nhau như sỏi, lá cây, đinh ghim."
            ),
            Img(
                f"{UP}/11/steam-choi-b3-1.jpg",
                "Trẻ thử nghiệm vật chìm, vật nổi",
                "Trẻ thử nghiệm vật chìm, vật nổi",
                "tbl",
            ),
            P("3. Tiến hành", "h3"),
            P(
                "Cô cho trẻ thả lần lượt các đồ vật vào chậu nước để quan sát vật nào chìm, vật nào "
                "nổi. Sau đó, các nhóm cùng nhau thảo luận, vẽ bản thiết kế và lựa chọn nguyên vật "
                "liệu để làm thuyền."
            ),
            P(
                "Khi hoàn thành, các nhóm thả thuyền vào chậu nước và thử đặt thêm những viên sỏi nhỏ "
                "lên thuyền để xem chiếc thuyền của nhóm nào chở được nhiều hàng nhất."
            ),
            Img(
                f"{UP}/11/steam-choi-b3-2.jpg",
                "Chiếc thuyền của nhóm bạn Minh Khang chở được 9 viên sỏi",
                "Chiếc thuyền của nhóm bạn Minh Khang chở được 9 viên sỏi",
                "tbl",
            ),
            P(
                "Giờ học kết thúc trong niềm vui và sự hào hứng của các bé. Qua hoạt động, trẻ được "
                "trải nghiệm, khám phá và phát triển tư duy sáng tạo một cách tự nhiên."
            ),
            _byline("Đỗ Thị Hương - GV lớp Chồi B3", "em"),
        ],
        authors=["Đỗ Thị Hương"],
        opts={
            "posted": "13/11/2026 - 03:40:18 CH",
            "meta_time": "2026-11-13T15:40:18+07:00",
            "module": 31120,
        },
    ),
    Story(
        id=230,
        slug="huong-dan-cha-me-tre-dua-don-va-cham-soc-tre-khi-thoi-tiet-chuyen-lanh",
        title="Hướng dẫn cha mẹ trẻ đưa đón và chăm sóc trẻ khi thời tiết chuyển lạnh",
        cat="thong-bao",
        published_at="2026-11-10T10:20:45+07:00",
        blocks=[
            P(
                "Thời gian gần đây, thời tiết chuyển lạnh, nhiệt độ ngày và đêm chênh lệch lớn, là "
                "điều kiện thuận lợi cho các bệnh đường hô hấp ở trẻ nhỏ phát triển. Để chủ động bảo "
                "vệ sức khỏe cho trẻ, Trường Mầm non Sơn Ca đề nghị cha mẹ trẻ lưu ý một số nội dung "
                "sau:"
            ),
            P(
                "1. Thời gian đón, trả trẻ: buổi sáng từ 6 giờ 45 phút đến 7 giờ 45 phút; buổi chiều "
                "từ 16 giờ 30 phút đến 17 giờ 15 phút."
            ),
            P(
                "2. Cho trẻ mặc đủ ấm, đặc biệt giữ ấm cổ, ngực, bàn chân; chuẩn bị thêm khăn, tất và "
                "một bộ quần áo dự phòng để trong tủ cá nhân của trẻ."
            ),
            P(
                "3. Không cho trẻ uống nước lạnh, ăn đồ lạnh; cho trẻ ăn đầy đủ các bữa và bổ sung rau "
                "xanh, hoa quả."
            ),
            P(
                "4. Khi trẻ có biểu hiện sốt, ho, sổ mũi, cha mẹ cần cho trẻ nghỉ ở nhà theo dõi và "
                "thông báo cho giáo viên chủ nhiệm."
            ),
            P(
                "Nhà trường rất mong nhận được sự phối hợp của quý cha mẹ trẻ để các con luôn khỏe "
                "mạnh, vui vẻ đến trường."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/phong-chong-suy-dinh-duong-va-thua-can-beo-phi-cho-tre-mam-non-215.html">'
                "Phòng chống suy dinh dưỡng và thừa cân, béo phì cho trẻ mầm non</a></p>"
            ),
            _byline("BBT"),
        ],
        opts={
            "posted": "10/11/2026 - 10:20:45 SA",
            "meta_time": "2026-11-10T10:20:45+07:00",
            "module": 31104,
            "nfd": True,
        },
    ),
    Story(
        id=227,
        slug="doan-cong-tac-cua-so-giao-duc-va-dao-tao-kiem-tra-cong-tac-ban-tru-tai-truong-mam-non-son-ca",
        title="Đoàn công tác của Sở Giáo dục và Đào tạo kiểm tra công tác bán trú tại Trường Mầm non Sơn Ca",
        cat="su-kien",
        published_at="2026-11-06",
        blocks=[
            P(
                "Ngày 05/11/2026, Đoàn công tác của Sở Giáo dục và Đào tạo tỉnh Thanh Hóa do bà Lê "
                "Thị Hà, Phó Trưởng phòng Giáo dục Mầm non làm trưởng đoàn đã đến kiểm tra công tác tổ "
                "chức bán trú và đảm bảo an toàn thực phẩm tại Trường Mầm non Sơn Ca."
            ),
            P(
                "Theo kế hoạch, đoàn đã kiểm tra hồ sơ sổ sách bán trú, quy trình giao nhận thực "
                "phẩm, lưu mẫu thức ăn, điều kiện vệ sinh bếp ăn và trực tiếp dự giờ ăn, giờ ngủ của "
                "trẻ tại một số nhóm, lớp."
            ),
            Img(f"{UP}/11/kiem-tra-ban-tru.jpg", None, None, "plain"),
            P(
                "Qua kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường: bếp ăn được "
                "thiết kế theo quy trình một chiều, đồ dùng, dụng cụ đầy đủ, sạch sẽ; thực đơn được "
                "xây dựng khoa học, đảm bảo định lượng và cân đối các chất dinh dưỡng theo quy định."
            ),
            P(
                "Đoàn cũng đề nghị nhà trường tiếp tục tăng cường kiểm tra nguồn gốc thực phẩm, cập "
                "nhật hồ sơ ba bước kiểm thực đầy đủ, kịp thời và đẩy mạnh tuyên truyền tới cha mẹ trẻ "
                "về công tác chăm sóc, nuôi dưỡng trẻ."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT phường Hạc Thành</em></p>'),
        ],
        source="Cổng TTĐT phường Hạc Thành",
        opts={
            "posted": "06/11/2026 - 12:00:00 SA",
            "meta_time": "2026-11-06T00:00:00+07:00",
            "module": 31087,
        },
    ),
    Story(
        id=223,
        slug="hoat-dong-goc-be-tap-lam-bac-si-cua-lop-mam-c1",
        title="Hoạt động góc “Bé tập làm bác sĩ” của lớp Mầm C1",
        cat="cac-lop",
        published_at="2026-10-29T08:15:09+07:00",
        blocks=[
            P(
                "Hoạt động góc là một trong những hoạt động giúp trẻ mẫu giáo bé được thỏa sức khám "
                "phá, thể hiện hiểu biết của mình về thế giới xung quanh. Tuần này, góc phân vai của "
                "lớp Mầm C1 được bổ sung thêm “Phòng khám bác sĩ nhí” với nhiều đồ chơi mới."
            ),
            Img(
                f"{UP}/10/goc-bac-si-mam-c1-1.jpg",
                "Bé Bảo An trong vai bác sĩ khám bệnh cho “bệnh nhân”",
                "Bé Bảo An trong vai bác sĩ khám bệnh cho “bệnh nhân”",
                "tbl",
            ),
            P("Qua hoạt động, trẻ được:"),
            P("- Làm quen với một số dụng cụ y tế đơn giản như ống nghe, nhiệt kế, bông băng;", "br"),
            P("- Rèn luyện kỹ năng giao tiếp, biết hỏi han, quan tâm đến người khác;", "br"),
            P("- Biết giữ gìn vệ sinh cá nhân để phòng tránh bệnh tật.", "br"),
            Img(
                f"{UP}/10/goc-bac-si-mam-c1-2.jpg",
                "Các bé hào hứng với góc chơi mới",
                "Các bé hào hứng với góc chơi mới",
                "tbl",
            ),
            P(
                "Cô giáo luôn quan sát, gợi ý để trẻ liên kết các góc chơi với nhau: “bệnh nhân” sau "
                "khi khám xong sẽ sang góc bán hàng mua hoa quả, sang góc gia đình nấu cháo bồi "
                "dưỡng… giúp giờ chơi thêm sinh động."
            ),
            _byline("Tin, ảnh: Vũ Thị Lan Anh - GV lớp Mầm C1"),
        ],
        authors=["Vũ Thị Lan Anh"],
        photographers=["Vũ Thị Lan Anh"],
        opts={
            "posted": "29/10/2026 - 08:15:09 SA",
            "meta_time": "2026-10-29T08:15:09+07:00",
            "module": 31066,
        },
    ),
    Story(
        id=219,
        slug="lop-la-a2-tham-quan-bao-tang-tinh-thanh-hoa",
        title="Lớp Lá A2 tham quan Bảo tàng tỉnh Thanh Hóa",
        cat="cac-lop",
        published_at="2026-10-20T14:30:00+07:00",
        summary=(
            "Nhằm giúp trẻ hiểu thêm về lịch sử, văn hóa của quê hương xứ Thanh, ngày 19/10/2026, "
            "lớp Lá A2 đã tổ chức cho các bé đi tham quan, trải nghiệm tại Bảo tàng tỉnh Thanh Hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại bảo tàng, các bé được hướng dẫn viên giới thiệu về trống đồng Đông Sơn, các hiện "
                "vật thời kỳ đồ đá, đồ đồng và những nông cụ của người nông dân xứ Thanh xưa."
            ),
            Img(
                f"{UP}/10/la-a2-bao-tang-1.jpg",
                "(Các bé lắng nghe hướng dẫn viên giới thiệu về trống đồng Đông Sơn)",
                "Các bé lắng nghe hướng dẫn viên giới thiệu về trống đồng Đông Sơn",
                "lazy",
            ),
            P(
                "Nhiều câu hỏi ngây thơ, thú vị được các bé đặt ra: “Trống đồng to thế thì ai đánh "
                "được ạ?”, “Ngày xưa các bạn nhỏ chơi đồ chơi gì?”… khiến cô giáo và các cô chú hướng "
                "dẫn viên vô cùng thích thú."
            ),
            Img(
                f"{UP}/10/la-a2-bao-tang-2.jpg",
                "(Các bé chụp ảnh lưu niệm trước cổng bảo tàng)",
                "Các bé chụp ảnh lưu niệm trước cổng bảo tàng",
                "lazy",
            ),
            P(
                "Chuyến tham quan đã để lại cho các bé nhiều ấn tượng tốt đẹp, góp phần bồi dưỡng "
                "tình yêu quê hương, đất nước ngay từ những năm tháng đầu đời."
            ),
            _byline("Nguyễn Thu Trang"),
        ],
        authors=["Nguyễn Thu Trang"],
        opts={
            "posted": "20/10/2026 - 02:30:00 CH",
            "meta_time": "2026-10-20T14:30:00+07:00",
            "module": 31040,
        },
    ),
    Story(
        id=215,
        slug="phong-chong-suy-dinh-duong-va-thua-can-beo-phi-cho-tre-mam-non",
        title="Phòng chống suy dinh dưỡng và thừa cân, béo phì cho trẻ mầm non",
        cat="thuc-don",
        published_at="2026-10-14T15:05:27+07:00",
        summary=(
            "Suy dinh dưỡng và thừa cân, béo phì đều là những vấn đề dinh dưỡng ảnh hưởng lớn đến "
            "sự phát triển thể chất và trí tuệ của trẻ. Cha mẹ cần hiểu đúng để cùng nhà trường chăm "
            "sóc trẻ khoa học."
        ),
        sapo_outside=True,
        blocks=[
            P("Nguyên nhân", "h3"),
            P(
                "Theo các chuyên gia dinh dưỡng, trẻ bị suy dinh dưỡng thường do chế độ ăn thiếu về "
                "số lượng hoặc không cân đối về chất lượng, trẻ hay ốm vặt, biếng ăn kéo dài. Ngược "
                "lại, trẻ thừa cân, béo phì thường do ăn nhiều đồ ngọt, đồ chiên rán, nước ngọt có ga "
                "và ít vận động."
            ),
            Img(
                f"{UP}/10/thap-dinh-duong-tre-3-5-tuoi.jpg",
                "Tháp dinh dưỡng cân đối cho trẻ từ 3 - 5 tuổi",
                "Tháp dinh dưỡng cân đối cho trẻ từ 3 - 5 tuổi",
                "lazy",
            ),
            P("Cha mẹ cần làm gì?", "h3"),
            P("Cho trẻ ăn đa dạng thực phẩm, đủ 4 nhóm chất: bột đường, đạm, béo, vitamin và khoáng chất.", "li"),
            P("Hạn chế cho trẻ ăn đồ ngọt, bánh kẹo, nước ngọt trước bữa ăn.", "li"),
            P("Tạo thói quen vận động ít nhất 60 phút mỗi ngày, hạn chế thời gian xem ti vi, điện thoại.", "li"),
            P("Theo dõi cân nặng, chiều cao của trẻ hằng tháng theo biểu đồ tăng trưởng.", "li"),
            P(
                "Tại trường, trẻ được cân đo định kỳ 3 tháng một lần; những trẻ suy dinh dưỡng hoặc "
                "thừa cân được nhà trường xây dựng chế độ ăn và vận động phù hợp, đồng thời trao đổi "
                "thường xuyên với gia đình."
            ),
            Raw('<p style="text-align: right;"><strong>Theo Viện Dinh dưỡng Quốc gia</strong></p>'),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={
            "posted": "14/10/2026 - 03:05:27 CH",
            "meta_time": "2026-10-14T15:05:27+07:00",
            "module": 31012,
        },
    ),
    Story(
        id=212,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="su-kien",
        published_at="2026-10-08T08:00:00+07:00",
        summary=(
            "Chiều ngày 07/10/2026, Trường Mầm non Sơn Ca tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027. Hội nghị vinh dự được đón tiếp đồng chí Trịnh Văn Long, Phó "
            "Chủ tịch UBND phường Hạc Thành đến dự và chỉ đạo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã nghe đồng chí Hiệu trưởng báo cáo tổng kết năm học 2025 - 2026 và triển "
                "khai phương hướng, nhiệm vụ năm học 2026 - 2027 với chủ đề “Xây dựng trường học "
                "hạnh phúc - lấy trẻ làm trung tâm”."
            ),
            Img(f"{UP}/10/hoi-nghi-vien-chuc-1.jpg", "(Quang cảnh Hội nghị)", "Quang cảnh Hội nghị", "em"),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết vào dự thảo Quy "
                "chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và các chỉ tiêu thi đua của nhà trường."
            ),
            P(
                "Phát biểu chỉ đạo tại hội nghị, đồng chí Trịnh Văn Long ghi nhận những kết quả mà "
                "tập thể nhà trường đạt được, đồng thời đề nghị nhà trường tiếp tục đổi mới công tác "
                "quản lý, nâng cao chất lượng chăm sóc, giáo dục trẻ."
            ),
            Img(
                f"{UP}/10/hoi-nghi-vien-chuc-2.jpg",
                "(Cán bộ, viên chức biểu quyết thông qua Nghị quyết Hội nghị)",
                "Cán bộ, viên chức biểu quyết thông qua Nghị quyết Hội nghị",
                "em",
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành và tổ chức "
                "ký giao ước thi đua giữa các tổ chuyên môn."
            ),
            _byline("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={
            "posted": "08/10/2026 - 08:00:00 SA",
            "meta_time": "2026-10-08T08:00:00+07:00",
            "module": 30988,
            "entities": True,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
STORIES.sort(key=lambda s: s.id, reverse=True)


def _store(value: str, story: Story) -> str:
    """How the builder's database holds a story's strings (decomposed for the Mac-typed one)."""
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


def _t(value: str, story: Story) -> str:
    """Escaped text of a story as printed in its body."""
    out = esc(_store(value, story))
    return entity_mix(out) if story.opts.get("entities") else out


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def day_of(story: Story) -> str:
    return story.opts["posted"][:10]


def excerpt(story: Story, limit: int = 160) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return NO_IMAGE
    head, _, name = imgs[0].src.rpartition("/")
    return f"{head}/thumb/{name}"


# --- article body markup --------------------------------------------------------------------


def _mso(text_html: str) -> str:
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;mso-add-space:auto;'
        'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
        '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'
        '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
        f'<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{text_html}</span></p>'
    )


def _img_markup(img: Img, story: Story) -> str:
    src = esc(img.src)
    line = _t(img.printed, story) if img.printed else ""
    if img.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img alt="" class="lazy" data-original="{src}" '
            f'src="{GREY}" style="width: 640px; height: 427px;" /></p>'
        )
        if line:
            out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
        return out
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="" height="400" '
            f'src="{src}" width="600" /><figcaption>{line}</figcaption></figure>'
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="nh-tblanh" '
            'style="width:600px"><tbody><tr><td><img alt="" src="'
            f'{src}" style="width:600px;height:400px" /></td></tr><tr><td style="text-align:center">'
            f'<span style="color:#2980b9;"><em>{line}</em></span></td></tr></tbody></table>'
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /><br />\n'
            f"<em>{line}</em></p>"
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'


def body_html(story: Story) -> str:
    chunks: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            chunks.append(entity_mix(b.html) if story.opts.get("entities") else b.html)
        elif isinstance(b, Img) and b.style == "gallery":
            items = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                items.append(
                    f'<div class="col-xs-6 col-sm-6 nh-gal-item"><a data-fancybox="glr{story.id}" '
                    f'href="{esc(g.src)}"><img class="img-responsive" src="{esc(g.src)}" alt="" /></a></div>'
                )
                i += 1
            chunks.append(f'<div class="nh-gallery-bv row" id="glr_{story.id}">\n' + "\n".join(items) + "\n</div>")
            continue
        elif isinstance(b, Img):
            chunks.append(_img_markup(b, story))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            chunks.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="background-color:#fce4ec;text-align:center"><strong>{_t(c, story)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = f'<td style="text-align:center"><strong>{_t(cells[0], story)}</strong></td>' + "".join(
                        f"<td>{_t(c, story)}</td>" for c in cells[1:]
                    )
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            chunks.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        elif b.style == "br":
            last = chunks[-1]
            assert last.endswith("</p>")
            chunks[-1] = last[: -len("</p>")] + f"<br />\n{_t(b.text, story)}</p>"
        elif b.style == "fb":
            chunks.append(f'<div dir="auto">{_t(b.text, story)}</div>')
        elif b.style == "fb_point":
            chunks.append(f'<div dir="auto">{EMOJI_POINT} {_t(b.text, story)}</div>')
        elif b.style == "word":
            chunks.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:14.0pt;'
                f'line-height:115%">{_t(b.text, story)}</span></p>'
            )
        elif b.style == "word_b":
            chunks.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><b><span style="font-size:14.0pt;'
                f'line-height:115%">{_t(b.text, story)}</span></b></p>'
            )
        elif b.style == "mso":
            chunks.append(_mso(_t(b.text, story)))
        elif b.style == "h3":
            chunks.append(f'<h3><span style="color:#e91e63;"><strong>{_t(b.text, story)}</strong></span></h3>')
        elif b.style == "quote":
            chunks.append(f"<blockquote>\n<p><em>{_t(b.text, story)}</em></p>\n</blockquote>")
        elif b.style == "bold":
            chunks.append(f'<p style="text-align: justify;"><strong>{_t(b.text, story)}</strong></p>')
        else:
            chunks.append(f'<p style="text-align: justify;">{_t(b.text, story)}</p>')
        i += 1
    return "\n".join(chunks)


# --- chrome ---------------------------------------------------------------------------------

NON_ARTICLE_PAGES = {
    "intro": "/tin-tuc/gioi-thieu-truong-mam-non-son-ca-3.html",
    "staff": "/trang/co-cau-to-chuc-5.html",
    "contact": "/lien-he.html",
    "album18": "/album/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-18.html",
    "album16": "/album/be-vui-tet-trung-thu-2026-16.html",
    "video7": "/video/mua-co-giao-em-lop-la-a1-chao-mung-20-11-7.html",
    "doc9": "/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027-9.html",
}


def _menu(active: str = "") -> str:
    c = CATS

    def li(href: str, label: str, key: str = "") -> str:
        cls = ' class="active"' if key and key == active else ""
        return f'<li{cls}><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>'

    return f"""<div id="nhmod_10004" class="nh-module mod-menu" data-type="menu">
<nav class="navbar nh-navbar"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-chinh"><i class="fa fa-bars"></i></button>
<div class="collapse navbar-collapse" id="menu-chinh">
<ul class="menu-cap1">
<li class="{"active" if active == "home" else ""}"><a href="/" title="Trang chủ"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="has-sub"><a href="#">Giới thiệu <i class="fa fa-caret-down"></i></a>
<ul class="menu-cap2">
{li(NON_ARTICLE_PAGES["intro"], "Giới thiệu chung", "intro")}
{li(NON_ARTICLE_PAGES["staff"], "Cơ cấu tổ chức", "staff")}
</ul></li>
<li class="has-sub"><a href="#">Tin tức <i class="fa fa-caret-down"></i></a>
<ul class="menu-cap2">
{li(c["su-kien"].path, c["su-kien"].name, "su-kien")}
{li(c["cac-lop"].path, c["cac-lop"].name, "cac-lop")}
</ul></li>
<li class="has-sub"><a href="#">Góc phụ huynh <i class="fa fa-caret-down"></i></a>
<ul class="menu-cap2">
{li(c["thong-bao"].path, c["thong-bao"].name, "thong-bao")}
{li(c["thuc-don"].path, c["thuc-don"].name, "thuc-don")}
</ul></li>
<li class="has-sub"><a href="#">Thư viện <i class="fa fa-caret-down"></i></a>
<ul class="menu-cap2">
{li("/album.html", "Thư viện ảnh", "album")}
{li("/video.html", "Video clip", "video")}
</ul></li>
{li("/van-ban.html", "Văn bản", "vanban")}
{li(NON_ARTICLE_PAGES["contact"], "Liên hệ", "contact")}
</ul>
</div></nav>
</div>"""


def _header() -> str:
    return f"""<div class="nh-topbar">
<div class="container">
<span class="ngay-ht"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
<span class="hotline-top"><i class="fa fa-phone"></i> Hotline: 0237 3852 468</span>
<span class="mxh-top"><a href="https://www.facebook.com/mamnonsoncahacthanh" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i></a>
<a href="https://zalo.me/0912345678" target="_blank" rel="nofollow"><img src="{TPL}/images/icon-zalo.png" alt="zalo" width="18" /></a></span>
<form class="frm-timkiem" action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" placeholder="Tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form>
</div>
</div>
<div id="nhmod_10002" class="nh-module mod-banner" data-type="banner">
<a href="/"><img src="{TPL}/images/banner-mamnon-sonca.png" alt="{SCHOOL}" class="img-responsive" /></a>
<div class="ten-truong"><span class="cq-chuquan">UBND PHƯỜNG HẠC THÀNH</span><strong>TRƯỜNG MẦM NON SƠN CA</strong><em>Yêu thương - An toàn - Sáng tạo</em></div>
</div>"""


def _marquee() -> str:
    tb = BY_ID[244]
    return f"""<div id="nhmod_10007" class="nh-module mod-chaytb" data-type="marquee">
<span class="lbl-tb"><i class="fa fa-bullhorn"></i> Thông báo:</span>
<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">
Nhà trường tổ chức khám sức khỏe định kỳ cho trẻ đợt 1 vào ngày 09 và 10/12/2026. Đề nghị cha mẹ trẻ cho trẻ đi học đúng giờ, ăn sáng đầy đủ trước khi khám.
&nbsp;&nbsp;&nbsp;&nbsp; <a href="{article_path(tb)}">Xem chi tiết</a>
</marquee>
</div>"""


def _box(mod_id: int, title: str, inner: str, dtype: str, cls: str = "") -> str:
    return (
        f'<div id="nhmod_{mod_id}" class="nh-module {cls}" data-type="{dtype}">\n'
        f'<div class="mod-head"><h3 class="mod-title"><span>{esc(title)}</span></h3></div>\n'
        f'<div class="mod-body">\n{inner}\n</div>\n</div>'
    )


def _sidebar() -> str:
    notices = "\n".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{article_path(s)}">{esc(_store(s.title, s))}</a> '
        f'<span class="ngay-tb">({day_of(s)})</span></li>'
        for s in STORIES
        if s.cat == "thong-bao"
    )
    rows = []
    for n, row in enumerate(_MENU_ROWS):
        cells = row.split(" | ")
        tag = "th" if n == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
    menu_table = (
        '<p class="td-tuan"><b>Tuần 1 tháng 12/2026</b></p>\n'
        '<table class="tbl-thucdon" border="1" cellspacing="0" cellpadding="3">\n'
        + "\n".join(rows)
        + "\n</table>\n"
        + f'<p class="xemtatca"><a href="{article_path(BY_ID[241])}">Xem chi tiết »</a></p>'
    )
    most = []
    for sid in (236, 246, 241, 227):
        s = BY_ID[sid]
        href = article_path(s, s.opts.get("old_slug"))
        most.append(
            f'<li><img class="lazy" data-original="{thumb(s)}" src="{GREY}" alt="" width="70" />'
            f'<a href="{href}">{esc(_store(s.title, s))}</a><span class="luotxem"><i class="fa fa-eye"></i> {s.views()}</span></li>'
        )
    links = """<select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://thanhhoa.edu.vn">Sở GD&amp;ĐT Thanh Hóa</option>
<option value="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</option>
<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option>
</select>"""
    poll = """<form id="frmBinhChon_10031" onsubmit="return false;">
<p class="cauhoi">Phụ huynh đánh giá thế nào về chất lượng bữa ăn bán trú của nhà trường?</p>
<label><input type="radio" name="binhchon" value="1" /> Rất hài lòng</label><br />
<label><input type="radio" name="binhchon" value="2" /> Hài lòng</label><br />
<label><input type="radio" name="binhchon" value="3" /> Chưa hài lòng</label><br />
<button type="button" class="btn btn-xs btn-danger" onclick="nhPoll(10031,'vote')">Biểu quyết</button>
<a href="javascript:void(0)" onclick="nhPoll(10031,'result')">Xem kết quả</a>
</form>"""
    counter = """<table class="tk-truycap">
<tr><td><i class="fa fa-user"></i> Đang online:</td><td>23</td></tr>
<tr><td><i class="fa fa-clock-o"></i> Hôm nay:</td><td>412</td></tr>
<tr><td><i class="fa fa-calendar"></i> Tháng này:</td><td>2.167</td></tr>
<tr><td><i class="fa fa-bar-chart"></i> Tổng truy cập:</td><td>1.284.560</td></tr>
</table>"""
    hotline = (
        f'<img src="{TPL}/images/hotline-box.png" alt="" class="img-responsive" />\n'
        "<p>Hiệu trưởng: Nguyễn Thị Thanh Hương<br />ĐT: 0912 468 135</p>\n"
        "<p>Phó Hiệu trưởng: Lê Thị Minh Phương<br />ĐT: 0986 220 417</p>"
    )
    return "\n".join(
        [
            _box(10021, "Thông báo", f'<ul class="ds-thongbao">\n{notices}\n</ul>', "news_notice", "mod-tb"),
            _box(10024, "Thực đơn tuần này", menu_table, "html", "mod-thucdon"),
            _box(10027, "Tin xem nhiều", '<ul class="ds-xemnhieu">\n' + "\n".join(most) + "\n</ul>", "news_hot"),
            _box(10029, "Liên kết website", links, "links"),
            _box(10031, "Thăm dò ý kiến", poll, "poll"),
            _box(10033, "Thống kê truy cập", counter, "counter"),
            _box(10035, "Hỗ trợ trực tuyến", hotline, "html"),
        ]
    )


def _footer() -> str:
    return f"""<div id="nhmod_10090" class="nh-module mod-footer" data-type="footer">
<div class="container">
<div class="row">
<div class="col-md-7">
<p class="ten-ft"><strong>TRƯỜNG MẦM NON SƠN CA - PHƯỜNG HẠC THÀNH</strong></p>
<p><i class="fa fa-map-marker"></i> Địa chỉ: Số 15 đường Trường Thi, phường Hạc Thành, tỉnh Thanh Hóa</p>
<p><i class="fa fa-phone"></i> Điện thoại: 0237 3852 468 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> Email: mnsonca.hacthanh@thanhhoa.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Hương - Hiệu trưởng</p>
</div>
<div class="col-md-5 text-right">
<div class="fb-page" data-href="https://www.facebook.com/mamnonsoncahacthanh" data-width="380" data-small-header="true"></div>
</div>
</div>
<p class="copyright">© Bản quyền thuộc về {SCHOOL}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
Thiết kế bởi <a href="https://nhanhoa.com" target="_blank" rel="nofollow">NH Website Builder</a></p>
</div>
</div>
<a href="javascript:void(0)" id="back-top"><i class="fa fa-angle-up"></i></a>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    canonical: str | None = None,
    description: str = "",
    head_extra: str = "",
    body_class: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    desc = description or f"Website chính thức của {SCHOOL}, phường Hạc Thành, tỉnh Thanh Hóa"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="mầm non sơn ca, mầm non hạc thành, trường mầm non thanh hóa" />
<meta name="generator" content="NH Website Builder 3.2" />
{canon}{head_extra}<link rel="shortcut icon" href="{TPL}/images/favicon.ico" />
<link rel="stylesheet" href="{TPL}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{TPL}/css/font-awesome.min.css" />
<link rel="stylesheet" href="{TPL}/css/style.css?v=3.2.7" />
<script src="{TPL}/js/jquery-1.11.3.min.js"></script>
</head>
<body class="nh-body {body_class}">
<div id="fb-root"></div>
<div id="nh-wrapper">
{_header()}
{_menu(active)}
{_marquee()}
<div class="container nh-main">
<div class="row">
<div class="col-md-9 nh-col-trai">
{main}
</div>
<div class="col-md-3 nh-col-phai">
{_sidebar()}
</div>
</div>
</div>
{_footer()}
</div>
<script src="{TPL}/js/bootstrap.min.js"></script>
<script src="{TPL}/js/jquery.lazyload.min.js"></script>
<script src="{TPL}/js/jquery.fancybox.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});$(".menu-cap1 li.has-sub").hover(function(){{$(this).children("ul").stop().slideDown(200)}},function(){{$(this).children("ul").stop().slideUp(200)}});}});</script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v12.0"></script>
</body>
</html>"""
    return html(doc)


def _crumb(*parts: tuple[str, str | None]) -> str:
    out = ['<a href="/"><i class="fa fa-home"></i> Trang chủ</a>']
    for label, href in parts:
        out.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + ' <i class="fa fa-angle-right"></i> '.join(out) + "</div>"


# --- page renderers ------------------------------------------------------------------------


def _item(story: Story, big: bool = False) -> str:
    title = esc(_store(story.title, story))
    href = article_path(story)
    return f"""<div class="item-tin row">
<div class="col-xs-4 anh-tin"><a href="{href}"><img class="lazy img-responsive" data-original="{thumb(story)}" src="{GREY}" alt="{title}" /></a></div>
<div class="col-xs-8 nd-tin">
<h3 class="{"tieude-lon" if big else "tieude-tin"}"><a href="{href}" title="{title}">{title}</a></h3>
<span class="ngay-tin"><i class="fa fa-clock-o"></i> {day_of(story).replace("/", "-")}</span>
<div class="trich-dan">{esc(_store(excerpt(story), story))}</div>
<a class="xemtiep" href="{href}">Xem tiếp »</a>
</div>
</div>"""


def _in_cat(key: str) -> list[Story]:
    return [s for s in STORIES if s.cat == key]


def render_home(request: Request) -> Response:
    slider = "\n".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{article_path(BY_ID[sid])}"><img src="{BY_ID[sid].images[0].src}" alt="" /></a>'
        f'<div class="carousel-caption"><h4><a href="{article_path(BY_ID[sid])}">{esc(BY_ID[sid].title)}</a></h4></div></div>'
        for n, sid in enumerate((248, 246, 236))
    )
    newest = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(_store(s.title, s))}</a> <span class="ngay">({day_of(s)})</span>'
        + (' <img src="/template/mn03/images/new.gif" alt="new" />' if s.id >= 246 else "")
        + "</li>"
        for s in STORIES[:6]
    )
    boxes = []
    for key, mod in (("su-kien", 20311), ("cac-lop", 20318)):
        cat = CATS[key]
        items = "\n".join(_item(s) for s in _in_cat(key)[:2])
        boxes.append(
            _box(mod, cat.name, items + f'\n<p class="xemthem-dm"><a href="{cat.path}">Xem thêm »</a></p>', "news_cat")
        )
    album = _box(
        20325,
        "Thư viện ảnh",
        f'<div class="row"><div class="col-xs-6"><a href="{NON_ARTICLE_PAGES["album18"]}"><img src="{UP}/11/album-20-11/thumb/anh-01.jpg" alt="" />'
        f'<span>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</span></a></div>'
        f'<div class="col-xs-6"><a href="{NON_ARTICLE_PAGES["album16"]}"><img src="{UP}/09/album-trung-thu/thumb/anh-01.jpg" alt="" />'
        f"<span>Bé vui Tết Trung thu 2026</span></a></div></div>",
        "album",
    )
    video = _box(
        20327,
        "Video clip",
        f'<a href="{NON_ARTICLE_PAGES["video7"]}"><img src="{UP}/11/video-mua-co-giao-em.jpg" alt="" /> Múa “Cô giáo em” - lớp Lá A1</a>',
        "video",
    )
    main = f"""<div id="nhmod_20301" class="nh-module mod-slider" data-type="news_slider">
<div id="slide-tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
{slider}
</div></div>
</div>
{_box(20305, "Tin mới nhất", f'<ul class="ds-tinmoi">{newest}</ul>', "news_new")}
{"".join(boxes)}
{album}
{video}"""
    return page(request, f"{SCHOOL} - Phường Hạc Thành - Tỉnh Thanh Hóa", main, active="home", canonical="/")


def _pager(cur: int, last: int) -> str:
    if last <= 1:
        return ""
    parts = ['<li><a href="?page=1">« Đầu</a></li>']
    if cur > 1:
        parts.append(f'<li><a href="?page={cur - 1}">‹ Trang trước</a></li>')
    for n in range(1, last + 1):
        if n == cur:
            parts.append(f'<li class="active"><a href="?page={n}">{n}</a></li>')
        else:
            parts.append(f'<li><a href="?page={n}">{n}</a></li>')
    if cur < last:
        parts.append(f'<li><a href="?page={cur + 1}">Trang sau »</a></li>')
    parts.append(f'<li><a href="?page={last}">Trang cuối</a></li>')
    return '<div class="phantrang text-center"><ul class="pagination">' + "".join(parts) + "</ul></div>"


def render_category(request: Request, cat: Cat) -> Response | None:
    params = request.params
    if set(params) - {"page"}:
        return None
    raw = params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    cur = int(raw)
    stories = _in_cat(cat.key)
    last = max(1, -(-len(stories) // cat.per_page))
    chunk = stories[(cur - 1) * cat.per_page : cur * cat.per_page]
    items = "\n".join(_item(s, n == 0 and cur == 1) for n, s in enumerate(chunk)) or (
        '<p class="khong-dl">Chưa có bài viết trong chuyên mục này.</p>'
    )
    main = f"""<div id="nhmod_{cat.module}" class="nh-module mod-dstin" data-type="news_list">
{_crumb((cat.group, None), (cat.name, cat.path))}
<h1 class="tieude-dm">{esc(cat.name)}</h1>
<div class="ds-tin">
{items}
</div>
{_pager(cur, last)}
</div>"""
    title = f"{cat.name}" + (f" - Trang {cur}" if cur > 1 else "") + f" - {SCHOOL}"
    return page(request, title, main, active=cat.key, canonical=cat.path + (f"?page={cur}" if cur > 1 else ""))


def _info_line(story: Story) -> str:
    spans = []
    if story.opts.get("updated"):
        spans.append(f'<span class="tt-capnhat"><i class="fa fa-refresh"></i> Cập nhật: {story.opts["updated"]}</span>')
    spans.append(f'<span class="tt-ngaydang"><i class="fa fa-calendar"></i> Ngày đăng: {story.opts["posted"]}</span>')
    spans.append('<span class="tt-nguoidang"><i class="fa fa-user"></i> Người đăng: quantri_mnsc</span>')
    spans.append(f'<span class="tt-luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    return '<div class="tt-bv">' + " &nbsp;|&nbsp; ".join(spans) + "</div>"


def _sapo(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return f'<div class="mota-ngan"><strong>{_t(story.summary, story)}</strong></div>'
    return ""


def render_article(request: Request, story: Story, print_view: bool) -> Response:
    cat = CATS[story.cat]
    path = article_path(story)
    title = _store(story.title, story)
    head_extra = (
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n'
        f'<meta property="og:url" content="{base_url(request)}{path}" />\n'
        f'<meta property="og:image" content="{base_url(request)}{story.images[0].src if story.images else NO_IMAGE}" />\n'
        f'<meta property="article:published_time" content="{story.opts["meta_time"]}" />\n'
        f'<meta property="article:section" content="{esc(cat.name)}" />\n'
    )
    desc = excerpt(story)
    if print_view:
        doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(title)}</title>
<link rel="canonical" href="{base_url(request)}{path}" />
<link rel="stylesheet" href="{TPL}/css/print.css" /></head>
<body onload="window.print();" class="nh-print">
<div class="print-head"><img src="{TPL}/images/logo-print.png" alt="" /> <b>TRƯỜNG MẦM NON SƠN CA</b> - www.mnsonca.edu.vn</div>
<h1 class="tieude-bv">{esc(title)}</h1>
{_info_line(story)}
{_sapo(story)}
<div class="noidung-bv" id="noidung_bv_{story.id}">
{body_html(story)}
</div>
<p class="print-foot">In từ website {SCHOOL} - <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>"""
        return html(doc)
    same = [s for s in _in_cat(story.cat) if s.id != story.id][:2]
    related = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(_store(s.title, s))}</a> <span>({day_of(s)})</span></li>' for s in same
    )
    tags = ", ".join(
        f'<span class="tag-item">{esc(t)}</span>' for t in ("mầm non Sơn Ca", cat.name.lower(), "Hạc Thành")
    )
    main = f"""<div id="nhmod_{story.opts["module"]}" class="nh-module mod-ctbv" data-type="news_detail">
{_crumb((cat.group, None), (cat.name, cat.path))}
<h1 class="tieude-bv">{esc(title)}</h1>
{_info_line(story)}
<div class="congcu-bv">
<a href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(base_url(request) + path)}" target="_blank" rel="nofollow" class="btn-share fb"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a href="https://zalo.me/share?u={quote_plus(base_url(request) + path)}" target="_blank" rel="nofollow" class="btn-share zalo">Zalo</a>
<a href="{path}?print=1" target="_blank" class="btn-in" onclick="window.open(this.href,'inbai','width=800,height=600');return false;"><i class="fa fa-print"></i> In bài</a>
<a href="javascript:void(0)" onclick="nhFont(1)">A+</a> <a href="javascript:void(0)" onclick="nhFont(-1)">A-</a>
</div>
{_sapo(story)}
<div class="noidung-bv" id="noidung_bv_{story.id}">
{body_html(story)}
</div>
<div class="tukhoa-bv"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
<div class="binhluan-fb"><div class="fb-comments" data-href="{base_url(request)}{path}" data-width="100%" data-numposts="5"></div></div>
<div class="tin-cungmuc">
<h4 class="tieude-cungmuc">Tin cùng chuyên mục</h4>
<ul>
{related}
</ul>
</div>
</div>"""
    return page(
        request,
        f"{title} - {SCHOOL}",
        main,
        active=story.cat,
        canonical=path,
        description=_store(desc, story),
        head_extra=head_extra,
        body_class="trang-chitiet",
    )


# --- non-article pages ----------------------------------------------------------------------


def render_intro(request: Request) -> Response:
    main = f"""<div id="nhmod_30003" class="nh-module mod-ctbv" data-type="news_detail">
{_crumb(("Giới thiệu", None), ("Giới thiệu chung", NON_ARTICLE_PAGES["intro"]))}
<h1 class="tieude-bv">Giới thiệu Trường Mầm non Sơn Ca</h1>
<div class="tt-bv"><span class="tt-luotxem"><i class="fa fa-eye"></i> Lượt xem: 5.812</span></div>
<div class="noidung-bv" id="noidung_bv_3">
<p style="text-align: center;"><img alt="" src="{UP}/gioi-thieu/toan-canh-truong.jpg" style="width: 700px; height: 420px;" /></p>
<p style="text-align: justify;">Trường Mầm non Sơn Ca được thành lập năm 1978, tiền thân là Nhà trẻ Sơn Ca của thị xã Thanh Hóa. Trải qua gần 50 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu phong trào giáo dục mầm non của địa phương.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 16 nhóm, lớp với 512 trẻ; tổng số cán bộ, giáo viên, nhân viên là 52 người, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p style="text-align: justify;">Nhà trường được công nhận trường chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2023.</p>
<p style="text-align: justify;"><strong>Địa chỉ:</strong> Số 15 đường Trường Thi, phường Hạc Thành, tỉnh Thanh Hóa.</p>
</div>
</div>"""
    return page(request, f"Giới thiệu Trường Mầm non Sơn Ca - {SCHOOL}", main, active="intro", canonical=NON_ARTICLE_PAGES["intro"])


def render_staff(request: Request) -> Response:
    rows = [
        ("1", "Nguyễn Thị Thanh Hương", "Hiệu trưởng", "0912 468 135"),
        ("2", "Lê Thị Minh Phương", "Phó Hiệu trưởng", "0986 220 417"),
        ("3", "Hoàng Thị Kim Oanh", "Phó Hiệu trưởng", "0915 307 882"),
        ("4", "Trần Thu Hà", "Tổ trưởng tổ Mẫu giáo", "0978 114 590"),
        ("5", "Phạm Thị Thanh Nga", "Tổ trưởng tổ Nhà trẻ", "0369 552 018"),
        ("6", "Nguyễn Văn Bình", "Kế toán", "0904 771 236"),
    ]
    trs = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    main = f"""<div id="nhmod_30005" class="nh-module mod-trang" data-type="page">
{_crumb(("Giới thiệu", None), ("Cơ cấu tổ chức", NON_ARTICLE_PAGES["staff"]))}
<h1 class="tieude-trang">Cơ cấu tổ chức</h1>
<div class="nd-trang">
<p><strong>Ban Giám hiệu và tổ trưởng chuyên môn năm học 2026 - 2027</strong></p>
<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<p>Chi bộ nhà trường có 28 đảng viên; Công đoàn cơ sở có 52 đoàn viên; Chi đoàn thanh niên có 19 đoàn viên.</p>
</div>
</div>"""
    return page(request, f"Cơ cấu tổ chức - {SCHOOL}", main, active="staff", canonical=NON_ARTICLE_PAGES["staff"])


def render_contact(request: Request) -> Response:
    sent = request.method == "POST"
    note = '<div class="alert alert-success">Cảm ơn quý phụ huynh đã gửi liên hệ. Nhà trường sẽ phản hồi sớm nhất!</div>' if sent else ""
    main = f"""<div id="nhmod_30009" class="nh-module mod-lienhe" data-type="contact">
{_crumb(("Liên hệ", NON_ARTICLE_PAGES["contact"]))}
<h1 class="tieude-trang">Liên hệ</h1>
{note}
<div class="row">
<div class="col-md-6">
<p><strong>TRƯỜNG MẦM NON SƠN CA</strong></p>
<p>Địa chỉ: Số 15 đường Trường Thi, phường Hạc Thành, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237 3852 468</p>
<p>Email: mnsonca.hacthanh@thanhhoa.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752.1!2d105.776!3d19.807" width="100%" height="260" style="border:0" allowfullscreen loading="lazy"></iframe>
</div>
<div class="col-md-6">
<form method="post" action="/lien-he.html" id="frmLienHe">
<input type="text" name="hoten" class="form-control" placeholder="Họ và tên (*)" />
<input type="text" name="dienthoai" class="form-control" placeholder="Điện thoại (*)" />
<input type="email" name="email" class="form-control" placeholder="Email" />
<textarea name="noidung" class="form-control" rows="5" placeholder="Nội dung (*)"></textarea>
<button type="submit" class="btn btn-danger">Gửi liên hệ</button>
</form>
</div>
</div>
</div>"""
    return page(request, f"Liên hệ - {SCHOOL}", main, active="contact", canonical=NON_ARTICLE_PAGES["contact"])


_ALBUMS = {
    "album18": (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "19/11/2026",
        f"{UP}/11/album-20-11",
        [
            "Các đại biểu dự Lễ kỷ niệm",
            "Tiết mục văn nghệ chào mừng của các cô giáo",
            "Các bé tặng hoa cô giáo",
            "Chụp ảnh lưu niệm",
        ],
    ),
    "album16": (
        "Bé vui Tết Trung thu 2026",
        "25/09/2026",
        f"{UP}/09/album-trung-thu",
        ["Mâm cỗ Trung thu của các bé", "Múa lân đón chị Hằng", "Các bé rước đèn ông sao"],
    ),
}


def render_album(request: Request, key: str) -> Response:
    name, day, folder, captions = _ALBUMS[key]
    cells = "\n".join(
        f'<div class="col-xs-6 col-md-4 anh-album"><a data-fancybox="album" href="{folder}/anh-{n:02d}.jpg" data-caption="{esc(c)}">'
        f'<img src="{folder}/thumb/anh-{n:02d}.jpg" alt="{esc(c)}" class="img-responsive" /></a><p class="mota-anh">{esc(c)}</p></div>'
        for n, c in enumerate(captions, 1)
    )
    main = f"""<div id="nhmod_30012" class="nh-module mod-album" data-type="album_detail">
{_crumb(("Thư viện", None), ("Thư viện ảnh", "/album.html"))}
<h1 class="tieude-bv">{esc(name)}</h1>
<div class="tt-bv"><span class="tt-ngaydang"><i class="fa fa-calendar"></i> Ngày đăng: {day}</span> &nbsp;|&nbsp; <span><i class="fa fa-picture-o"></i> {len(captions)} ảnh</span></div>
<div class="row ds-anh">
{cells}
</div>
</div>"""
    return page(request, f"{name} - Thư viện ảnh - {SCHOOL}", main, active="album", canonical=NON_ARTICLE_PAGES[key])


def render_album_list(request: Request) -> Response:
    items = "\n".join(
        f'<div class="col-xs-6"><a href="{NON_ARTICLE_PAGES[k]}"><img src="{v[2]}/thumb/anh-01.jpg" alt="" class="img-responsive" />'
        f'<h3>{esc(v[0])}</h3></a><span class="ngay">{v[1]}</span></div>'
        for k, v in _ALBUMS.items()
    )
    main = f"""<div id="nhmod_30011" class="nh-module mod-dsalbum" data-type="album_list">
{_crumb(("Thư viện", None), ("Thư viện ảnh", "/album.html"))}
<h1 class="tieude-dm">Thư viện ảnh</h1>
<div class="row">
{items}
</div>
</div>"""
    return page(request, f"Thư viện ảnh - {SCHOOL}", main, active="album", canonical="/album.html")


def render_video(request: Request) -> Response:
    main = f"""<div id="nhmod_30015" class="nh-module mod-video" data-type="video_detail">
{_crumb(("Thư viện", None), ("Video clip", "/video.html"))}
<h1 class="tieude-bv">Múa “Cô giáo em” - lớp Lá A1 chào mừng 20/11</h1>
<div class="tt-bv"><span class="tt-ngaydang"><i class="fa fa-calendar"></i> Ngày đăng: 20/11/2026</span></div>
<div class="embed-responsive embed-responsive-16by9">
<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xk3mN9sonca" allowfullscreen></iframe>
</div>
<p class="mota-video">Tiết mục múa “Cô giáo em” do các bé lớp Lá A1 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>
</div>"""
    return page(request, f"Múa “Cô giáo em” - lớp Lá A1 chào mừng 20/11 - {SCHOOL}", main, active="video", canonical=NON_ARTICLE_PAGES["video7"])


def render_video_list(request: Request) -> Response:
    main = f"""<div id="nhmod_30014" class="nh-module mod-dsvideo" data-type="video_list">
{_crumb(("Thư viện", None), ("Video clip", "/video.html"))}
<h1 class="tieude-dm">Video clip</h1>
<div class="row"><div class="col-xs-6">
<a href="{NON_ARTICLE_PAGES["video7"]}"><img src="{UP}/11/video-mua-co-giao-em.jpg" alt="" class="img-responsive" /><h3>Múa “Cô giáo em” - lớp Lá A1 chào mừng 20/11</h3></a>
</div></div>
</div>"""
    return page(request, f"Video clip - {SCHOOL}", main, active="video", canonical="/video.html")


def render_doc(request: Request) -> Response:
    main = f"""<div id="nhmod_30018" class="nh-module mod-vanban" data-type="document_detail">
{_crumb(("Văn bản", "/van-ban.html"))}
<h1 class="tieude-bv">Kế hoạch giáo dục năm học 2026 - 2027</h1>
<table class="table table-bordered tbl-vanban">
<tr><td style="width:30%">Số ký hiệu</td><td>52/KH-MNSC</td></tr>
<tr><td>Ngày ban hành</td><td>18/09/2026</td></tr>
<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Mầm non Sơn Ca</td></tr>
<tr><td>Người ký</td><td>Nguyễn Thị Thanh Hương</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/uploads/mnsonca/files/KH-giao-duc-2026-2027.pdf"><i class="fa fa-download"></i> KH-giao-duc-2026-2027.pdf</a></td></tr>
</table>
</div>"""
    return page(request, f"Kế hoạch giáo dục năm học 2026 - 2027 - {SCHOOL}", main, active="vanban", canonical=NON_ARTICLE_PAGES["doc9"])


def render_doc_list(request: Request) -> Response:
    main = f"""<div id="nhmod_30017" class="nh-module mod-dsvanban" data-type="document_list">
{_crumb(("Văn bản", "/van-ban.html"))}
<h1 class="tieude-dm">Văn bản</h1>
<table class="table table-striped">
<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>
<tr><td>52/KH-MNSC</td><td>18/09/2026</td><td><a href="{NON_ARTICLE_PAGES["doc9"]}">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></td></tr>
</tbody></table>
</div>"""
    return page(request, f"Văn bản - {SCHOOL}", main, active="vanban", canonical="/van-ban.html")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    return "".join(c for c in value if not unicodedata.combining(c))


def render_search(request: Request) -> Response:
    q = parse_qs(request.query).get("tukhoa", [""])[0].strip()
    if q:
        hits = [s for s in STORIES if _fold(q) in _fold(s.title)][:10]
        body = "\n".join(_item(s) for s in hits) or '<p class="khong-dl">Không tìm thấy kết quả phù hợp.</p>'
        head = f'<p class="kq-tim">Kết quả tìm kiếm cho từ khóa: <b>{esc(q)}</b> ({len(hits)} kết quả)</p>'
    else:
        body, head = "", '<p class="kq-tim">Vui lòng nhập từ khóa cần tìm.</p>'
    main = f"""<div id="nhmod_30021" class="nh-module mod-timkiem" data-type="search">
{_crumb(("Tìm kiếm", None))}
{head}
<div class="ds-tin">
{body}
</div>
</div>"""
    return page(request, f"Tìm kiếm - {SCHOOL}", main)


# --- the site --------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/danh-muc/([a-z0-9-]+)-(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/template/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return render_home(request) if not request.query else None
        if path == NON_ARTICLE_PAGES["intro"]:
            return render_intro(request) if not request.query else None
        if m := _ARTICLE_RE.match(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or m.group(1) not in {story.slug, story.opts.get("old_slug")}:
                return None
            if request.query == "":
                return render_article(request, story, False)
            if request.query == "print=1" and m.group(1) == story.slug:
                return render_article(request, story, True)
            return None
        if m := _CAT_RE.match(path):
            cat = next((c for c in CATS.values() if c.id == int(m.group(2)) and c.slug == m.group(1)), None)
            return render_category(request, cat) if cat else None
        if request.query and path != "/tim-kiem.html":
            return None
        simple = {
            NON_ARTICLE_PAGES["staff"]: render_staff,
            NON_ARTICLE_PAGES["contact"]: render_contact,
            NON_ARTICLE_PAGES["video7"]: render_video,
            NON_ARTICLE_PAGES["doc9"]: render_doc,
            "/album.html": render_album_list,
            "/video.html": render_video_list,
            "/van-ban.html": render_doc_list,
            "/tim-kiem.html": render_search,
        }
        if path in simple:
            return simple[path](request)
        for key in ("album18", "album16"):
            if path == NON_ARTICLE_PAGES[key]:
                return render_album(request, key)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    path = article_path(story)
    alts = [f"{path}?print=1"]
    if story.opts.get("old_slug"):
        alts.append(article_path(story, story.opts["old_slug"]))
    return gold_record(story, path, CATS[story.cat].name, canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = list(NON_ARTICLE_PAGES.values())

assert len(GOLD) == 13
assert all(collapse(s.title) == s.title for s in STORIES)
