"""Trường Chính trị tỉnh Quảng Ngãi: NukeViet 4.2 with a government vendor's red-and-yellow theme.

Platform
--------
NukeViet 4.2 (PHP, rewrite on, language prefix ``/vi/``) dressed in a vendor's "egov" theme
(``/themes/egov-tct/``): red banner with the state emblem and the school's name in yellow, a
vertical left menu (``ul#menu-doc`` with ``ul.mnd-con`` drop-downs), a "Tin mới nhất" marquee
under the banner, and a right column of vendor blocks: "Lịch công tác tuần", "Văn bản chỉ đạo",
"Tin đọc nhiều", "Thư viện ảnh", "Liên kết website", a poll and NukeViet's visitor counter
("Đang truy cập / Hôm nay / Tháng hiện tại / Tổng lượt truy cập").

URL scheme
----------
- ``/`` (and ``/vi/``): home: "Tin tiêu điểm" plus one box per category (titles cut to 60 chars).
- ``/vi/news/``: the news module's main page (one box per category, no pagination).
- ``/vi/news/<cat-alias>/`` and ``/vi/news/<cat-alias>/page-N/``: viewcat_page_new, 3 articles a
  page, vendor pager "Trang 1 2 3 Sau" (the window prints "1 2 3 4 5 ... 9" on long lists).
- ``/vi/news/<cat-alias>/<alias>-<id>.html``: article (vendor-modified detail template).
- ``/vi/news/print/<cat-alias>/<alias>-<id>.html``: print view (opened by JS ``nv_open_browse``).
- ``/index.php?language=vi&nv=news&op=<cat-alias>/<alias>-<id>``: the un-rewritten form of an
  article URL, printed by the vendor's marquee block.
- ``/vi/news/tag/<tag>``: tag listing, the tag in raw UTF-8 ("/vi/news/tag/bồi-dưỡng").
- ``/uploads/news/YYYY_MM/<file>`` photos, ``/assets/news/YYYY_MM/<file>`` NukeViet's thumbnails.
- Other modules: ``/vi/about/<alias>.html`` (page module), ``/vi/contact/``, ``/vi/laws/`` and
  ``/vi/laws/detail/<Alias>-<id>.html`` (văn bản), ``/vi/lich-cong-tac/`` (weekly calendar),
  ``/vi/photos/`` and ``/vi/photos/<cat>/<alias>-<id>.html`` (album).

Page templates
--------------
Article: breadcrumb (Trang chủ > Tin tức > <category>), ``h1.tieude-ct``, the date line
"Đăng lúc: Thứ hai - 30/11/2026 15:20 | Lượt xem: N", a tool row (print / send mail by JS, font
size), the hometext in ``div.hometext`` (with NukeViet's small homeimg thumbnail to its left when
the article's imgposition is 1, or a big ``figure.article`` under it when imgposition is 2), then
``div#news-bodyhtml.noidung-ct`` holding the bodyhtml AND, inside the same container (the vendor's
change), the right-aligned "Tác giả: / Nguồn:" box and the "Xem thêm" list of articles sharing a
tag. After it: attachments ("Tệp đính kèm"), rating, "Từ khóa:", share buttons, "Những tin mới
hơn" / "Những tin cũ hơn" (three each, same category, with dates).

How each gold article is reached
--------------------------------
Category "Tin hoạt động" (tin-hoat-dong), 7 own articles + 1185 filed there too (listcatid):
  page 1: 1187, 1185 (under tin-hoat-dong), 1183; page 2: 1179, 1171, 1166; page 3: 1158, 1149.
Category "Đào tạo - Bồi dưỡng" (dao-tao-boi-duong): page 1: 1185, 1176, 1162; page 2: 1140.
Category "Thông báo" (thong-bao): page 1: 1181, 1152.
The home page links 1187, 1185, 1183, 1181, 1176, 1162, 1152 (and the marquee the five newest,
1179 included, in the un-rewritten form); 1171, 1166, 1158, 1149 and 1140 are on page 2+ of a
listing only (and in other articles' related lists / tag pages; 1149 only on page 3 under its
current alias, elsewhere under its old alias, which redirects).

Traps
-----
1. Titles cut in blocks (not in README's list: link text is not the title). The home boxes, the
   "Tin đọc nhiều" block and the marquee print titles through NukeViet's ``nv_clean60`` ("Hội nghị
   tổng kết công tác đào tạo, bồi dưỡng năm 2026 và..."); the full title is only in ``title=""``
   and the article's h1. Gold: the h1, in full.
2. Lead printed twice (not listed). In 1183 and 1176 the editor pasted the hometext again as the
   first paragraph of the bodyhtml (same words, ``&nbsp;`` and spacing differ). Gold: the sapo is
   the body's first paragraph once; the copy is not a second paragraph.
3. Metadata that lies (not listed). NukeViet 4 writes ``article:published_time`` with
   ``date('Y-m-dTH:i:s')``, where PHP's ``T`` is the zone abbreviation: the page says
   ``content="2026-11-30+0715:20:00"`` (and ``article:modified_time`` is the later edit time). No
   ``<time>``, no JSON-LD. Gold: the printed "Đăng lúc" line, "2026-11-30T15:20:00+07:00".
4. Lazy-loaded photos (not listed). The vendor's jquery.lazyload rewrote the body's ``<img>``: the
   ``src`` is ``/themes/egov-tct/images/grey.gif`` and the photo is in ``data-original`` (1187,
   1176, 1162), with no ``<noscript>`` copy. Meanwhile 1187 also shows NukeViet's homeimg thumbnail
   (``/assets/news/2026_12/…``, a real ``src``) next to the hometext. Gold: the ``data-original``
   paths with their captions; the ``/assets/news`` thumbnail is not an article image (it is the
   body's first photo, scaled).
5. Word paste debris (not listed). 1179's bodyhtml starts with ``<!--[if gte mso 9]><xml>…`` and
   a ``<style>`` block of Word's style definitions (CSS text inside the text container), its
   paragraphs are ``p.MsoNormal`` with ``<o:p></o:p>`` and empty ``<o:p>&nbsp;</o:p>`` spacers.
   Gold: only the paragraphs' text.
6. Renamed article behind a redirect (not listed). 1149's title and alias were edited after
   publication; NukeViet's file cache of the "Những tin cũ hơn" lists still prints the old title
   ("Tọa đàm khoa học về vai trò của cán bộ cơ sở") and the old alias
   ``toa-dam-khoa-hoc-vai-tro-cua-can-bo-co-so-1149.html``, which answers 301 to the new alias.
   Gold: the new alias is the path, the h1 the title; the old alias is in alt_paths.
7. Duplicate URLs (README: duplicates). The marquee links the five newest articles as
   ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` (200, same page); 1185 is filed in two
   categories and answers under both (the listing of "Tin hoạt động" links the second form); every
   article has a print view. All carry the article; the canonical (``link rel=canonical``) is the
   primary category's rewritten URL. Gold: that path, the others in alt_paths; category = the
   primary category, which both forms' breadcrumbs print.
8. Boundaries inside the text container (README: boundaries). "Tác giả:", "Nguồn:" and "Xem thêm"
   sit inside ``#news-bodyhtml``; 1171 also has its byline typed as a right-aligned bold last
   paragraph ("Ngọc Diệp"). Gold: none of them is body; authors from "Tác giả:" (titles and the
   unit after " - " or in parentheses dropped: "ThS. Nguyễn Thị Thu Hà - Phòng Quản lý đào tạo"
   -> "Nguyễn Thị Thu Hà"), "Tin, ảnh: X" -> X in both lists, "Tin: X - Ảnh: Y" -> [X], [Y], a unit
   alone ("Khoa Lý luận cơ sở") is the author, "BBT" is nobody; "Nguồn: <a>X</a>" -> "X".
9. Captions three ways (README: captions): a centred italic next paragraph, CKEditor's
   ``figure.image > figcaption``, and an old two-row table (photo row, caption row); a line that
   only says "Ảnh: Thanh Tâm" is a credit (caption None, Thanh Tâm a photographer); a photo with no
   line has caption None. The imgposition-2 homeimg of 1183 (``figure.article`` with
   ``figcaption``) is the article's first photo.
10. Chrome that looks like content (README: chrome): "Lịch công tác tuần" (days, hours, rooms),
   "Văn bản chỉ đạo" ("Kế hoạch số 142-KH/TCT ngày 10/11/2026 …"), the marquee with dates, the
   related lists with dates. None of them is an article or a date of one.
11. Encodings (README: encodings): 1166 was typed in Unikey's "Unicode tổ hợp" (decomposed, NFD,
   its h1 too); 1140's bodyhtml is CKEditor entity output, half the letters as ``&#7897;`` /
   ``&agrave;``, and its paragraphs are ``<br />``-separated lines of one ``div``. Gold: NFC text,
   one paragraph per line.
12. An official notice (README: official documents): 1181 is printed as a Party document
   (letterhead table "TỈNH ỦY QUẢNG NGÃI / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM",
   "Số 215-TB/TCT", "Quảng Ngãi, ngày 26 tháng 11 năm 2026", "THÔNG BÁO / Tuyển sinh …", then
   "Nơi nhận" and "T/M BAN GIÁM HIỆU / PHÓ HIỆU TRƯỞNG / (Đã ký) / Trần Đình Khoa"). Gold: date
   "2026-11-26" (the letterhead's day, not "Đăng lúc: Thứ bảy - 28/11/2026 08:10"), author
   "Trần Đình Khoa", body = hometext + the notice's own paragraphs; the attachment box
   ("Tệp đính kèm") is not body.

Gold decisions on ambiguous points
----------------------------------
- Every article but 1152 has a hometext printed in ``div.hometext``: it is the summary and the
  body's first paragraph. 1152 has no hometext: summary None.
- Category: the primary category's name as the breadcrumb prints it ("Đào tạo - Bồi dưỡng" for
  1185 under both of its URLs).
- 1149's "Chú thích:" heading and its note "[1] Báo cáo số …" are text (README: notes are the
  text's own); the call "[1]" stays glued to its sentence.
- 1166's quoted line in ``<blockquote>`` is a paragraph; 1176's schedule table gives one paragraph
  per row, cells joined by " | " (header row included); list items are paragraphs.
- 1152's "👉 " is a typed character and stays in its paragraph.
- The print view, the un-rewritten index.php URL, the second category's URL and the old alias are
  all alt_paths of their article.
- The counter, poll, calendar, văn bản entries, album and about pages are not articles.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import parse_qs, unquote

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
    static_file,
    text,
)

NAME = "nukeviet42_vendor_gov_theme_tct"
PLATFORM = "NukeViet 4.2 (news module, government vendor theme egov-tct)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Ngãi"
THEME = "/themes/egov-tct"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "trung-cấp-lý-luận-chính-trị": "trung cấp lý luận chính trị",
    "bồi-dưỡng": "bồi dưỡng",
    "giảng-viên": "giảng viên",
    "chuyển-đổi-số": "chuyển đổi số",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

LAZY_GIF = f"{THEME}/images/grey.gif"

# --- the articles ----------------------------------------------------------------------------

S1187 = Story(
    id=1187,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-87-he-khong-tap-trung-tai-dang-uy-phuong-truong-quang-trong",
    title="Khai giảng lớp Trung cấp lý luận chính trị khóa 87 hệ không tập trung tại Đảng ủy phường Trương Quang Trọng",
    cat="tin-hoat-dong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng 03/12, Trường Chính trị tỉnh Quảng Ngãi phối hợp với Đảng ủy phường Trương Quang Trọng "
        "tổ chức khai giảng lớp Trung cấp lý luận chính trị khóa 87, hệ không tập trung, cho 68 học "
        "viên là cán bộ, đảng viên đang công tác tại phường và các xã lân cận."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Thị Hồng Vân, Phó Hiệu trưởng Trường Chính trị tỉnh; "
            "đồng chí Lê Quang Hiếu, Bí thư Đảng ủy phường Trương Quang Trọng cùng đại diện lãnh đạo "
            "các phòng, khoa của Nhà trường."
        ),
        Img(
            "/uploads/news/2026_12/khai-giang-k87-1.jpg",
            "Đồng chí Nguyễn Thị Hồng Vân, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Thị Hồng Vân, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            style="lazy",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Nguyễn Thị Hồng Vân nhấn mạnh: Lớp học được mở trong bối "
            "cảnh toàn tỉnh đang vận hành mô hình chính quyền địa phương hai cấp, đòi hỏi đội ngũ cán "
            "bộ cơ sở phải được trang bị vững vàng về lý luận chính trị, kỹ năng lãnh đạo, quản lý và "
            "năng lực giải quyết công việc trực tiếp với Nhân dân."
        ),
        P(
            "Theo kế hoạch, lớp học kéo dài 12 tháng với 4 phần học, gồm: Những vấn đề cơ bản về chủ "
            "nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Những vấn đề cơ bản về Đảng Cộng sản và lịch sử "
            "Đảng Cộng sản Việt Nam; Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật; "
            "Kỹ năng lãnh đạo, quản lý và xử lý tình huống trong thực tiễn. Học viên học tập vào các "
            "ngày thứ Sáu, thứ Bảy hằng tuần tại Hội trường Đảng ủy phường."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế đào tạo, bố trí thời gian hợp lý "
            "giữa công tác và học tập, tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương; đồng "
            "thời đề nghị Đảng ủy phường quan tâm tạo điều kiện về cơ sở vật chất, phối hợp chặt chẽ "
            "với Nhà trường trong quản lý lớp học."
        ),
        Img(
            "/uploads/news/2026_12/khai-giang-k87-2.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 87 tại buổi lễ",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 87 tại buổi lễ",
            style="lazy",
        ),
        P(
            "Thay mặt học viên, đồng chí Trần Minh Tuấn, lớp trưởng, hứa sẽ phát huy tinh thần tự giác, "
            "đoàn kết, hoàn thành tốt chương trình học tập, vận dụng kiến thức vào thực tiễn công tác "
            "tại cơ sở."
        ),
    ],
    authors=["Phạm Hoàng Anh"],
    photographers=["Phạm Hoàng Anh"],
    opts={
        "posted": "2026-12-03 14:30",
        "edited": "2026-12-03 16:02",
        "thumb": "/assets/news/2026_12/khai-giang-k87-1.jpg",
        "author": "Tin, ảnh: Phạm Hoàng Anh",
        "tags": ["trung-cấp-lý-luận-chính-trị"],
    },
)

S1183 = Story(
    id=1183,
    slug="hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026-va-trien-khai-nhiem-vu-nam-2027",
    title="Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027",
    cat="tin-hoat-dong",
    published_at="2026-11-30T15:20:00+07:00",
    summary=(
        "Chiều 30/11, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác đào tạo, "
        "bồi dưỡng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/tong-ket-dao-tao-2026.jpg",
            "Quang cảnh Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026",
            "Quang cảnh Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026",
            style="homefig",
        ),
        Raw(
            "<p style=\"text-align: justify;\">Chiều 30/11,&nbsp;Trường Chính trị tỉnh Quảng Ngãi tổ chức "
            "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 và triển khai phương hướng,&nbsp; "
            "nhiệm vụ năm 2027.</p>"
        ),
        P(
            "Năm 2026, Nhà trường đã mở 46 lớp đào tạo, bồi dưỡng với tổng số 3.215 học viên, đạt 108% "
            "kế hoạch năm. Trong đó, có 14 lớp Trung cấp lý luận chính trị, 2 lớp Cao cấp lý luận chính "
            "trị hệ không tập trung liên kết với Học viện Chính trị khu vực III và 30 lớp bồi dưỡng các "
            "chức danh, kiến thức chuyên đề."
        ),
        P("Nhiều đổi mới trong nội dung, phương pháp giảng dạy", "h"),
        P(
            "Công tác giảng dạy tiếp tục được đổi mới theo hướng tăng cường thảo luận, xử lý tình huống, "
            "gắn lý luận với thực tiễn của tỉnh sau sắp xếp đơn vị hành chính. Các khoa đã biên soạn, "
            "cập nhật 24 chuyên đề bồi dưỡng mới, trong đó chú trọng các nội dung về chuyển đổi số, "
            "quản trị địa phương và công tác dân vận."
        ),
        P(
            "Công tác quản lý học viên được thực hiện nền nếp; tỷ lệ học viên tốt nghiệp đạt 99,2%, trong "
            "đó 41% đạt loại khá, giỏi. Nhà trường cũng đã đưa vào sử dụng phần mềm quản lý đào tạo, "
            "giúp học viên tra cứu lịch học, điểm thi trực tuyến."
        ),
        P("Phương hướng năm 2027", "h"),
        P(
            "Năm 2027, Nhà trường phấn đấu mở 48 lớp với khoảng 3.400 học viên; tiếp tục hoàn thiện các "
            "tiêu chí trường chính trị chuẩn mức 1; nâng cao chất lượng đội ngũ giảng viên, chú trọng đi "
            "nghiên cứu thực tế và tham gia nghiên cứu khoa học."
        ),
        P(
            "Tại hội nghị, đồng chí Võ Văn Thành, Hiệu trưởng Nhà trường đề nghị các phòng, khoa rà soát, "
            "khắc phục những hạn chế, nhất là việc bố trí lịch giảng tại các cơ sở xa trung tâm; đồng "
            "thời chủ động phối hợp với cấp ủy các xã, phường khảo sát nhu cầu đào tạo sát với thực tế."
        ),
        P(
            "Dịp này, Nhà trường khen thưởng 8 tập thể và 21 cá nhân có thành tích xuất sắc trong công "
            "tác đào tạo, bồi dưỡng năm 2026."
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "posted": "2026-11-30 15:20",
        "edited": "2026-12-01 08:41",
        "author": "ThS. Nguyễn Thị Thu Hà - Phòng Quản lý đào tạo",
        "tags": ["bồi-dưỡng"],
    },
)

_WORD_HEAD = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DoNotOptimizeForBrowser/>
 </w:WordDocument>
</xml><![endif]-->
<style type="text/css">
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; mso-style-qformat:yes; margin:0cm; margin-bottom:.0001pt; font-size:14.0pt; font-family:"Times New Roman",serif; mso-fareast-language:EN-US;}
 table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
 @page WordSection1 {size:595.3pt 841.9pt; margin:2.0cm 2.0cm 2.0cm 3.0cm;}
 div.WordSection1 {page:WordSection1;}
</style>
"""

S1179 = Story(
    id=1179,
    slug="giang-vien-khoa-ly-luan-co-so-di-nghien-cuu-thuc-te-tai-dac-khu-ly-son",
    title="Giảng viên Khoa Lý luận cơ sở đi nghiên cứu thực tế tại Đặc khu Lý Sơn",
    cat="tin-hoat-dong",
    published_at="2026-11-27T09:05:00+07:00",
    summary=(
        "Từ ngày 24 đến 26/11, đoàn giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh đã đi nghiên "
        "cứu thực tế tại Đặc khu Lý Sơn nhằm cập nhật thông tin, bổ sung tư liệu phục vụ công tác "
        "giảng dạy."
    ),
    sapo_outside=True,
    blocks=[
        Raw(_WORD_HEAD),
        P(
            "Đoàn do ThS. Huỳnh Văn Lộc, Trưởng Khoa Lý luận cơ sở làm trưởng đoàn, gồm 9 giảng viên. "
            "Tại buổi làm việc với lãnh đạo Đặc khu Lý Sơn, đoàn được nghe báo cáo về tình hình kinh tế - "
            "xã hội, quốc phòng, an ninh; kết quả vận hành mô hình đặc khu sau hơn một năm đi vào hoạt động.",
            "mso",
        ),
        P(
            "Theo báo cáo, năm 2026, tổng lượt khách du lịch đến Lý Sơn ước đạt 410.000 lượt; sản lượng "
            "khai thác hải sản đạt trên 9.600 tấn; công tác bảo vệ chủ quyền biển, đảo được giữ vững. Bên "
            "cạnh những kết quả đạt được, đặc khu vẫn còn khó khăn về nguồn nước ngọt, hạ tầng xử lý rác "
            "thải và nguồn nhân lực chất lượng cao.",
            "mso",
        ),
        Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
        Img(
            "/uploads/news/2026_11/nghien-cuu-thuc-te-ly-son.jpg",
            "Đoàn giảng viên làm việc với lãnh đạo Đặc khu Lý Sơn",
            "Đoàn giảng viên làm việc với lãnh đạo Đặc khu Lý Sơn",
            style="next",
        ),
        P(
            "Trong chương trình, đoàn đã đến dâng hương tại Âm Linh Tự, tham quan Nhà trưng bày Hải đội "
            "Hoàng Sa kiêm quản Bắc Hải, tìm hiểu mô hình trồng hành, tỏi theo hướng hữu cơ và khảo sát "
            "hoạt động của Tổ đoàn kết khai thác hải sản xa bờ.",
            "mso",
        ),
        P(
            "Qua đợt nghiên cứu thực tế, các giảng viên có thêm nhiều tư liệu sinh động để đưa vào bài "
            "giảng, nhất là các chuyên đề về quốc phòng, an ninh, bảo vệ chủ quyền biển, đảo và phát "
            "triển kinh tế biển gắn với bảo tồn di sản văn hóa.",
            "mso",
        ),
        Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
    ],
    authors=["Khoa Lý luận cơ sở"],
    opts={
        "posted": "2026-11-27 09:05",
        "edited": "2026-11-27 09:05",
        "author": "Khoa Lý luận cơ sở",
        "tags": ["giảng-viên"],
    },
)

S1171 = Story(
    id=1171,
    slug="truong-chinh-tri-tinh-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-11-20T16:45:00+07:00",
    summary=(
        "Trong 3 ngày, từ 18 đến 20/11, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thi giảng viên "
        "dạy giỏi cấp trường năm 2026 với sự tham gia của 16 giảng viên đến từ 4 khoa chuyên môn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng "
            "viên; tạo môi trường để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo "
            "hướng phát huy tính tích cực, chủ động của học viên; đồng thời lựa chọn giảng viên tiêu biểu "
            "tham gia Hội thi giảng viên dạy giỏi toàn quốc năm 2027."
        ),
        Img(
            "/uploads/news/2026_11/hoi-thi-gvdg-2026-1.jpg",
            "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
            "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
            style="tbl",
        ),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút và phần thi "
            "xử lý tình huống sư phạm do Ban Giám khảo đặt ra. Nhiều bài giảng được thiết kế công phu, "
            "ứng dụng hiệu quả công nghệ thông tin, lồng ghép các ví dụ thực tiễn của địa phương, tạo "
            "được sự hứng thú cho học viên."
        ),
        Img("/uploads/news/2026_11/hoi-thi-gvdg-2026-2.jpg", "Ảnh: Thanh Tâm", None, style="next"),
        P(
            "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 7 giải Khuyến khích. Giải "
            "Nhất thuộc về ThS. Đặng Thị Thanh Thủy (Khoa Xây dựng Đảng) với bài giảng “Nâng cao chất "
            "lượng sinh hoạt chi bộ ở cơ sở hiện nay” và ThS. Nguyễn Hữu Phước (Khoa Lý luận cơ sở) với "
            "bài giảng “Quan điểm của chủ nghĩa Mác - Lênin về vấn đề dân tộc”."
        ),
        P(
            "Phát biểu bế mạc, đồng chí Võ Văn Thành, Hiệu trưởng Nhà trường đánh giá cao sự chuẩn bị "
            "công phu của các giảng viên, đồng thời lưu ý Hội thi không chỉ là nơi tranh tài mà còn là "
            "dịp để mỗi giảng viên tự nhìn nhận lại mình, tiếp tục học tập, rèn luyện, nâng cao trình độ "
            "chuyên môn."
        ),
        Raw('<p style="text-align: right;"><strong>Ngọc Diệp</strong></p>'),
    ],
    authors=["Ngọc Diệp"],
    photographers=["Thanh Tâm"],
    opts={
        "posted": "2026-11-20 16:45",
        "edited": "2026-11-21 07:30",
        "author": "Ngọc Diệp",
        "tags": ["giảng-viên"],
    },
)

S1166 = Story(
    id=1166,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-quy-iv",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” quý IV",
    cat="tin-hoat-dong",
    published_at="2026-11-14T10:00:00+07:00",
    summary=(
        "Ngày 13/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 với chủ đề "
        "“Học tập và làm theo phong cách Hồ Chí Minh về nêu gương, tự phê bình và phê bình”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi sinh hoạt, đồng chí Đặng Thị Thanh Thủy, Bí thư Chi bộ đã quán triệt những nội dung "
            "cơ bản trong phong cách nêu gương của Chủ tịch Hồ Chí Minh; nhấn mạnh Người luôn coi “một "
            "tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền”."
        ),
        P("“Đảng viên đi trước, làng nước theo sau”.", "quote"),
        P(
            "Các đảng viên trong chi bộ đã thảo luận sôi nổi, liên hệ với thực tiễn công tác giảng dạy, "
            "nghiên cứu khoa học và việc thực hiện nhiệm vụ được giao. Nhiều ý kiến cho rằng, người giảng "
            "viên lý luận chính trị trước hết phải là tấm gương về bản lĩnh chính trị, đạo đức nghề nghiệp "
            "và tinh thần tự học."
        ),
        P(
            "Chi bộ thống nhất đăng ký 3 nội dung làm theo trong quý I năm 2027: đổi mới phương pháp giảng "
            "dạy, tăng thời lượng thảo luận tình huống; mỗi đảng viên viết ít nhất một bài tham luận hoặc "
            "bài báo khoa học; thực hiện nghiêm túc việc tự phê bình và phê bình trong sinh hoạt chi bộ."
        ),
    ],
    authors=["Thu Hiền"],
    opts={
        "posted": "2026-11-14 10:00",
        "edited": "2026-11-14 10:00",
        "author": "Thu Hiền - Chi bộ Khoa Xây dựng Đảng",
        "form": "nfd",
        "tags": [],
    },
)

S1158 = Story(
    id=1158,
    slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-khoa-84-di-nghien-cuu-thuc-te-tai-khu-chung-tich-son-my",
    title="Học viên lớp Trung cấp lý luận chính trị khóa 84 đi nghiên cứu thực tế tại Khu chứng tích Sơn Mỹ",
    cat="tin-hoat-dong",
    published_at="2026-11-06T08:30:00+07:00",
    summary=(
        "Ngày 05/11, 72 học viên lớp Trung cấp lý luận chính trị khóa 84 hệ tập trung đã đi nghiên cứu "
        "thực tế, tìm hiểu truyền thống cách mạng tại Khu chứng tích Sơn Mỹ, xã Tịnh Khê."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại Khu chứng tích, các học viên đã dâng hương tưởng niệm 504 đồng bào bị quân đội Mỹ sát hại "
            "trong vụ thảm sát ngày 16/3/1968; nghe thuyết minh về tội ác chiến tranh và tinh thần kiên "
            "cường, bất khuất của Nhân dân Sơn Mỹ."
        ),
        Img(
            "/uploads/news/2026_11/hv-k84-son-my.jpg",
            "Học viên dâng hương tại Nhà tưởng niệm Khu chứng tích Sơn Mỹ",
            "Học viên dâng hương tại Nhà tưởng niệm Khu chứng tích Sơn Mỹ",
            style="figure",
        ),
        P(
            "Sau đó, đoàn làm việc với Đảng ủy xã Tịnh Khê, tìm hiểu về tình hình phát triển kinh tế - xã "
            "hội, công tác xây dựng Đảng và hệ thống chính trị ở cơ sở; kết quả thực hiện các chương trình "
            "mục tiêu quốc gia về xây dựng nông thôn mới."
        ),
        P(
            "Chuyến đi giúp học viên bồi đắp thêm lòng yêu nước, trân trọng những giá trị hòa bình hôm "
            "nay; đồng thời có thêm thông tin thực tiễn để hoàn thành tiểu luận cuối khóa."
        ),
    ],
    authors=["Hoàng Yến"],
    source="Báo và Phát thanh, Truyền hình Quảng Ngãi",
    opts={
        "posted": "2026-11-06 08:30",
        "edited": "2026-11-06 08:30",
        "author": "Hoàng Yến",
        "source": ("Báo và Phát thanh, Truyền hình Quảng Ngãi", "https://baoquangngai.vn/"),
        "tags": ["trung-cấp-lý-luận-chính-trị"],
    },
)

S1149 = Story(
    id=1149,
    slug="toa-dam-khoa-hoc-vai-tro-cua-doi-ngu-can-bo-co-so-trong-van-hanh-chinh-quyen-dia-phuong-hai-cap",
    title="Tọa đàm khoa học “Vai trò của đội ngũ cán bộ cơ sở trong vận hành chính quyền địa phương hai cấp”",
    cat="tin-hoat-dong",
    published_at="2026-10-28T14:00:00+07:00",
    summary=(
        "Ngày 27/10, Trường Chính trị tỉnh Quảng Ngãi tổ chức tọa đàm khoa học với chủ đề “Vai trò của "
        "đội ngũ cán bộ cơ sở trong vận hành chính quyền địa phương hai cấp”, thu hút gần 80 đại biểu là "
        "giảng viên, cán bộ cấp xã và học viên các lớp đang học tại trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tọa đàm nhận được 18 bài tham luận của các nhà khoa học, giảng viên và cán bộ thực tiễn. Các "
            "ý kiến tập trung phân tích yêu cầu mới đối với đội ngũ cán bộ cấp xã khi nhiều nhiệm vụ của "
            "cấp huyện trước đây được chuyển giao về cơ sở."
        ),
        P(
            "Theo số liệu tổng hợp, sau sắp xếp, toàn tỉnh có 96 xã, phường, đặc khu; 100% đơn vị đã bố trí "
            "đủ các chức danh lãnh đạo chủ chốt.[1] Tuy nhiên, một bộ phận cán bộ còn hạn chế về kỹ năng "
            "số, kỹ năng giải quyết thủ tục hành chính trên môi trường điện tử và năng lực tham mưu trong "
            "các lĩnh vực mới như quy hoạch, đất đai, đầu tư công."
        ),
        P(
            "Nhiều đại biểu kiến nghị cần đổi mới chương trình bồi dưỡng theo hướng “cầm tay chỉ việc”, "
            "tăng thời lượng thực hành; xây dựng ngân hàng tình huống quản lý ở cấp xã làm tư liệu giảng "
            "dạy; đồng thời có cơ chế thu hút, giữ chân cán bộ trẻ có năng lực về công tác tại các xã miền "
            "núi."
        ),
        P(
            "Kết luận tọa đàm, TS. Lê Văn Thắng, Phó Hiệu trưởng Nhà trường khẳng định các ý kiến đóng góp "
            "là cơ sở quan trọng để Nhà trường điều chỉnh nội dung chương trình bồi dưỡng năm 2027, đồng "
            "thời tham mưu cấp ủy, chính quyền các giải pháp nâng cao chất lượng đội ngũ cán bộ cơ sở."
        ),
        P("Chú thích:", "h"),
        P(
            "[1] Báo cáo số 87-BC/TU ngày 15/9/2026 của Ban Thường vụ Tỉnh ủy về kết quả sắp xếp tổ chức "
            "bộ máy của hệ thống chính trị.",
            "note",
        ),
    ],
    authors=["Minh Châu"],
    opts={
        "posted": "2026-10-28 14:00",
        "edited": "2026-11-02 10:12",
        "author": "Minh Châu (Phòng Quản lý khoa học)",
        "old_alias": "toa-dam-khoa-hoc-vai-tro-cua-can-bo-co-so",
        "old_title": "Tọa đàm khoa học về vai trò của cán bộ cơ sở",
        "tags": [],
    },
)

S1185 = Story(
    id=1185,
    slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-van-phong-cap-uy-cap-xa-nam-2026",
    title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy cấp xã năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-12-01T07:45:00+07:00",
    summary=(
        "Sáng 01/12, Trường Chính trị tỉnh phối hợp với Văn phòng Tỉnh ủy tổ chức bế giảng lớp bồi "
        "dưỡng nghiệp vụ công tác văn phòng cấp ủy cho 95 học viên là cán bộ, công chức làm công tác "
        "văn phòng đảng ủy các xã, phường, đặc khu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề: Chức năng, nhiệm vụ của văn "
            "phòng cấp ủy cấp xã; Thể thức và kỹ thuật trình bày văn bản của Đảng; Công tác lưu trữ, quản "
            "lý văn bản đi, đến trên môi trường mạng; Bảo vệ bí mật nhà nước trong cơ quan Đảng; Kỹ năng "
            "tham mưu tổng hợp, xây dựng chương trình công tác của cấp ủy."
        ),
        Img("/uploads/news/2026_12/be-giang-vpcu-2026.jpg", None, None, style="next"),
        P(
            "Đây là lớp bồi dưỡng đầu tiên dành riêng cho đội ngũ làm công tác văn phòng cấp ủy sau khi "
            "thực hiện mô hình chính quyền địa phương hai cấp. Nhiều học viên vừa được điều động từ các cơ "
            "quan cấp huyện trước đây về công tác tại xã, nên rất cần được cập nhật kiến thức, kỹ năng "
            "nghiệp vụ."
        ),
        P(
            "Kết thúc khóa học, 100% học viên hoàn thành bài thu hoạch, trong đó 38 học viên đạt loại "
            "giỏi. Ban Tổ chức đã trao giấy chứng nhận hoàn thành khóa học cho các học viên."
        ),
    ],
    authors=["Hồng Nhung"],
    opts={
        "posted": "2026-12-01 07:45",
        "edited": "2026-12-01 09:10",
        "author": "Hồng Nhung",
        "also": "tin-hoat-dong",
        "tags": ["bồi-dưỡng"],
    },
)

S1176 = Story(
    id=1176,
    slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-kiem-tra-giam-sat-cua-dang-nam-2026",
    title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-24T15:00:00+07:00",
    summary=(
        "Ngày 24/11, Trường Chính trị tỉnh Quảng Ngãi phối hợp với Ủy ban Kiểm tra Tỉnh ủy khai giảng "
        "lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng năm 2026 cho 120 học viên."
    ),
    sapo_outside=True,
    blocks=[
        Raw(
            "<p style=\"text-align: justify;\"><strong>Ngày 24/11, Trường Chính trị tỉnh Quảng Ngãi phối hợp "
            "với Ủy ban Kiểm tra Tỉnh ủy khai giảng lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát "
            "của Đảng năm 2026 cho 120 học viên.</strong></p>"
        ),
        P(
            "Học viên là ủy viên ủy ban kiểm tra đảng ủy các xã, phường, đặc khu và cán bộ làm công tác "
            "kiểm tra của các đảng ủy trực thuộc Tỉnh ủy. Lớp học diễn ra trong 4 ngày, từ ngày 24 đến ngày "
            "27/11/2026, với các chuyên đề chính sau:"
        ),
        P("Ngày | Chuyên đề | Báo cáo viên", "row"),
        P(
            "24/11 | Những vấn đề chung về công tác kiểm tra, giám sát và thi hành kỷ luật của Đảng | "
            "Ủy ban Kiểm tra Tỉnh ủy",
            "row",
        ),
        P(
            "25/11 | Kỹ năng kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm | "
            "Ủy ban Kiểm tra Tỉnh ủy",
            "row",
        ),
        P("26/11 | Giám sát chuyên đề và kiểm tra tài chính đảng | Trường Chính trị tỉnh", "row"),
        P(
            "27/11 | Giải quyết tố cáo, khiếu nại kỷ luật đảng; viết bài thu hoạch | "
            "Ủy ban Kiểm tra Tỉnh ủy",
            "row",
        ),
        Img(
            "/uploads/news/2026_11/khai-giang-kiem-tra-giam-sat.jpg",
            "Quang cảnh buổi khai giảng lớp học",
            "Quang cảnh buổi khai giảng lớp học",
            style="lazy",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phạm Thị Minh Nguyệt, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy "
            "đề nghị các học viên tập trung nghiên cứu, trao đổi những vướng mắc phát sinh trong thực "
            "tiễn, nhất là việc kiểm tra, giám sát tổ chức đảng và đảng viên sau khi sắp xếp lại đơn vị "
            "hành chính cấp xã."
        ),
    ],
    authors=["Hồng Nhung"],
    photographers=["Đức Trí"],
    opts={
        "posted": "2026-11-24 15:00",
        "edited": "2026-11-24 15:00",
        "author": "Tin: Hồng Nhung - Ảnh: Đức Trí",
        "tags": ["bồi-dưỡng"],
    },
)

S1162 = Story(
    id=1162,
    slug="11-hoc-vien-lop-cao-cap-ly-luan-chinh-tri-k78-bao-ve-xuat-sac-khoa-luan-tot-nghiep",
    title="11 học viên lớp Cao cấp lý luận chính trị K78 bảo vệ xuất sắc khóa luận tốt nghiệp",
    cat="dao-tao-boi-duong",
    published_at="2026-11-10T09:30:00+07:00",
    summary=(
        "Từ ngày 06 đến 09/11, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Quảng "
        "Ngãi tổ chức cho học viên lớp Cao cấp lý luận chính trị K78, hệ không tập trung, bảo vệ khóa "
        "luận tốt nghiệp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp có 86 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể cấp tỉnh và các "
            "xã, phường, đặc khu. Sau gần 2 năm học tập, các học viên đã hoàn thành chương trình với 4 khối "
            "kiến thức và 20 học phần theo quy định."
        ),
        Img(
            "/uploads/news/2026_11/cao-cap-k78-bao-ve.jpg",
            "Hội đồng chấm khóa luận làm việc với học viên",
            "Hội đồng chấm khóa luận làm việc với học viên",
            style="lazy",
        ),
        P(
            "Các khóa luận tập trung vào những vấn đề thực tiễn của tỉnh như: phát triển kinh tế biển gắn "
            "với bảo đảm quốc phòng, an ninh; nâng cao chất lượng sinh hoạt chi bộ ở các xã miền núi; "
            "chuyển đổi số trong cơ quan nhà nước; thu hút đầu tư vào Khu kinh tế Dung Quất."
        ),
        P(
            "Kết quả, 11 học viên đạt điểm xuất sắc, 52 học viên đạt loại giỏi, số còn lại đạt loại khá. "
            "Hội đồng đánh giá nhiều khóa luận có tính ứng dụng cao, có thể tham khảo trong quá trình hoạch "
            "định chính sách tại địa phương."
        ),
        P(
            "Dự kiến, lễ bế giảng và trao bằng tốt nghiệp cho học viên sẽ được tổ chức vào cuối tháng "
            "12/2026."
        ),
    ],
    authors=["Phan Thị Kim Liên"],
    source="Học viện Chính trị khu vực III",
    opts={
        "posted": "2026-11-10 09:30",
        "edited": "2026-11-10 09:30",
        "author": "ThS. Phan Thị Kim Liên",
        "source": ("Học viện Chính trị khu vực III", "https://hcmakv3.vn/"),
        "tags": [],
    },
)

S1140 = Story(
    id=1140,
    slug="boi-duong-ky-nang-chuyen-doi-so-cho-can-bo-cong-chuc-cap-xa",
    title="Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã",
    cat="dao-tao-boi-duong",
    published_at="2026-10-22T14:15:00+07:00",
    summary=(
        "Trong hai ngày 21 và 22/10, Trường Chính trị tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức "
        "lớp bồi dưỡng kỹ năng chuyển đổi số cho 110 cán bộ, công chức các xã, phường, đặc khu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Học viên được giới thiệu tổng quan về chuyển đổi số, Chính phủ số, xã hội số; các nền tảng số "
            "dùng chung của tỉnh; hướng dẫn sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số, Cổng "
            "dịch vụ công trực tuyến.",
            "br",
        ),
        P(
            "Bên cạnh lý thuyết, các học viên được thực hành trực tiếp trên máy tính các thao tác tiếp "
            "nhận, xử lý hồ sơ trực tuyến, số hóa kết quả giải quyết thủ tục hành chính và khai thác dữ "
            "liệu dân cư phục vụ công tác quản lý.",
            "br",
        ),
        P(
            "Nhiều học viên cho biết, lớp học rất thiết thực, giúp họ tự tin hơn khi sử dụng các phần mềm "
            "dùng chung, giảm thời gian xử lý công việc và hạn chế sai sót trong quá trình giải quyết thủ "
            "tục cho người dân.",
            "br",
        ),
        Img(
            "/uploads/news/2026_10/boi-duong-chuyen-doi-so-cap-xa.jpg",
            "Học viên thực hành trên phòng máy của Nhà trường",
            "Học viên thực hành trên phòng máy của Nhà trường",
            style="next",
        ),
        P(
            "Theo kế hoạch, từ nay đến hết năm 2026, Nhà trường sẽ tiếp tục mở thêm 3 lớp bồi dưỡng tương "
            "tự cho cán bộ các xã miền núi phía Tây của tỉnh."
        ),
    ],
    authors=["Minh Khoa"],
    photographers=["Thanh Tâm"],
    opts={
        "posted": "2026-10-22 14:15",
        "edited": "2026-10-22 14:15",
        "author": "Tin: Minh Khoa - Ảnh: Thanh Tâm",
        "form": "entities",
        "tags": ["chuyển-đổi-số", "bồi-dưỡng"],
    },
)

_NOTICE_HEAD = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
 <tbody>
  <tr>
   <td style="text-align:center;width:42%">TỈNH ỦY QUẢNG NGÃI<br />
   <strong>TRƯỜNG CHÍNH TRỊ</strong><br />
   *<br />
   Số 215-TB/TCT</td>
   <td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />
   &nbsp;<br />
   <em>Quảng Ngãi, ngày 26 tháng 11 năm 2026</em></td>
  </tr>
 </tbody>
</table>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br />
<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 88, năm 2027</strong></p>
<p style="text-align:center">-----</p>
"""

_NOTICE_FOOT = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
 <tbody>
  <tr>
   <td style="vertical-align:top;width:50%"><strong><em><u>Nơi nhận:</u></em></strong><br />
   - Ban Tổ chức Tỉnh ủy (b/c);<br />
   - Các đảng ủy trực thuộc Tỉnh ủy;<br />
   - Các sở, ban, ngành, đoàn thể tỉnh;<br />
   - Đảng ủy các xã, phường, đặc khu;<br />
   - Lưu: VT, QLĐT.</td>
   <td style="text-align:center;vertical-align:top"><strong>T/M BAN GIÁM HIỆU<br />
   PHÓ HIỆU TRƯỞNG</strong><br />
   <br />
   <em>(Đã ký)</em><br />
   <br />
   <strong>Trần Đình Khoa</strong></td>
  </tr>
 </tbody>
</table>
"""

S1181 = Story(
    id=1181,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-88-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 88, năm 2027",
    cat="thong-bao",
    published_at="2026-11-26",
    summary=(
        "Trường Chính trị tỉnh Quảng Ngãi thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không "
        "tập trung khóa 88, học tại Cơ sở 2 (phường Kon Tum), năm 2027."
    ),
    sapo_outside=True,
    blocks=[
        Raw(_NOTICE_HEAD),
        P(
            "Căn cứ Kế hoạch số 142-KH/TCT ngày 10/11/2026 của Trường Chính trị tỉnh về mở các lớp đào "
            "tạo, bồi dưỡng năm 2027, Nhà trường thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ "
            "không tập trung khóa 88 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "h"),
        P(
            "Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị trên địa bàn khu vực phía "
            "Bắc của tỉnh; đã tốt nghiệp trung học phổ thông trở lên; được cơ quan có thẩm quyền cử đi học "
            "theo quy định phân cấp quản lý cán bộ."
        ),
        P("2. Thời gian, địa điểm", "h"),
        P(
            "Thời gian học 12 tháng, dự kiến khai giảng vào tháng 02/2027. Địa điểm học tại Cơ sở 2 Trường "
            "Chính trị tỉnh, số 12 Trần Phú, phường Kon Tum."
        ),
        P("3. Hồ sơ", "h"),
        P("Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "li"),
        P("Bản sao bằng tốt nghiệp trung học phổ thông và bằng chuyên môn cao nhất;", "li"),
        P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý; 02 ảnh cỡ 3x4.", "li"),
        P(
            "Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày 15/01/2027. Mọi chi tiết "
            "xin liên hệ số điện thoại 0255.3822.147 (gặp đồng chí Oanh)."
        ),
        Raw(_NOTICE_FOOT),
    ],
    authors=["Trần Đình Khoa"],
    opts={
        "posted": "2026-11-28 08:10",
        "edited": "2026-11-28 08:10",
        "author": None,
        "files": [("Mẫu hồ sơ tuyển sinh khóa 88", "/uploads/news/2026_11/mau-ho-so-tuyen-sinh-k88.pdf")],
        "tags": ["trung-cấp-lý-luận-chính-trị"],
    },
)

S1152 = Story(
    id=1152,
    slug="dieu-chinh-lich-hoc-cac-lop-do-anh-huong-cua-bao-so-12",
    title="Điều chỉnh lịch học các lớp do ảnh hưởng của bão số 12",
    cat="thong-bao",
    published_at="2026-11-03T16:00:00+07:00",
    summary=None,
    blocks=[
        P(
            "Do ảnh hưởng của bão số 12, dự báo gây mưa to đến rất to trên địa bàn tỉnh từ ngày 04 đến "
            "06/11/2026, Ban Giám hiệu Trường Chính trị tỉnh quyết định điều chỉnh lịch học các lớp như sau:"
        ),
        P(
            "Các lớp học tập trung tại cơ sở chính và Cơ sở 2: học viên nghỉ học từ chiều ngày 04/11 đến "
            "hết ngày 06/11/2026;",
            "li",
        ),
        P(
            "Các lớp hệ không tập trung mở tại các xã, phường: tạm dừng học tập trong thời gian trên, lịch "
            "học bù do Phòng Quản lý đào tạo thông báo sau;",
            "li",
        ),
        P(
            "Lớp Cao cấp lý luận chính trị K78: lịch bảo vệ khóa luận lùi sang ngày 06/11/2026.",
            "li",
        ),
        P(
            "👉 Học viên ở nội trú tại Ký túc xá Nhà trường chủ động chằng chống cửa, không ra ngoài khi có "
            "mưa to, gió lớn; giữ liên lạc với giáo viên chủ nhiệm để được hỗ trợ kịp thời."
        ),
        P("Đề nghị các phòng, khoa và học viên theo dõi, thực hiện nghiêm túc thông báo này."),
    ],
    opts={
        "posted": "2026-11-03 16:00",
        "edited": "2026-11-04 07:20",
        "author": "BBT",
        "tags": [],
    },
)

STORIES: list[Story] = [
    S1187, S1185, S1183, S1181, S1179, S1176, S1171, S1166, S1162, S1158, S1152, S1149, S1140,
]
BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


STORIES.sort(key=_posted, reverse=True)


# --- URLs ------------------------------------------------------------------------------------


def article_path(story: Story, cat: str | None = None, alias: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{alias or story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/vi/news/print/{story.cat}/{story.slug}-{story.id}.html"


def raw_path(story: Story) -> str:
    """The un-rewritten form the vendor's marquee prints (``&`` unescaped)."""
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def related_path(story: Story) -> str:
    """How the "Những tin mới hơn / cũ hơn" lists link a story: the renamed one by its old alias."""
    return article_path(story, alias=story.opts.get("old_alias"))


def related_title(story: Story) -> str:
    """The cached related lists still hold the renamed story's old title."""
    return story.opts.get("old_title") or story.title


def cat_path(cat: str, page: int = 1) -> str:
    return f"/vi/news/{cat}/" + (f"page-{page}/" if page > 1 else "")


def tag_path(tag: str) -> str:
    return f"/vi/news/tag/{tag}"


def cat_members(cat: str) -> list[Story]:
    """Stories listed in a category (primary or second category), newest first."""
    return [s for s in STORIES if s.cat == cat or s.opts.get("also") == cat]


def own_members(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def listing_link(story: Story, cat: str) -> str:
    """NukeViet's viewcat builds the link with the category being viewed."""
    return article_path(story, cat=cat)


MARQUEE = STORIES[:5]
#: the "Tin đọc nhiều" block (NukeViet's block_news with sort by hitstotal)
MOST_READ = [1183, 1176, 1162, 1185]


# --- formatting ------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    return _posted(story).strftime("%d/%m/%Y")


def dmy_hm(story: Story) -> str:
    return _posted(story).strftime("%d/%m/%Y %H:%M")


def posted_line(story: Story) -> str:
    dt = _posted(story)
    return f"{WEEKDAYS[dt.weekday()]} - {dt.strftime('%d/%m/%Y %H:%M')}"


def php_t_date(value: str) -> str:
    """``date('Y-m-dTH:i:s')`` on a server in Asia/Ho_Chi_Minh: T prints "+07"."""
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M")
    return dt.strftime("%Y-%m-%d+07%H:%M:%S")


def clean60(title: str, limit: int = 60) -> str:
    """NukeViet's nv_clean60: cut at a word boundary and add "..."."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def form_of(story: Story, value: str) -> str:
    form = story.opts.get("form")
    if form == "nfd":
        return text(value, nfd=True)
    if form == "entities":
        return text(value, entities=2)
    return text(value)


def shown_title(story: Story) -> str:
    if story.opts.get("form") == "nfd":
        return esc(unicodedata.normalize("NFD", story.title))
    return esc(story.title)


def thumb_of(story: Story) -> str:
    if story.opts.get("thumb"):
        return story.opts["thumb"]
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("/uploads/news/", "/assets/news/", 1)
    return f"{THEME}/images/no_image.gif"


# --- article body ----------------------------------------------------------------------------


def _img_tag(img: Img, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" height="400" src="{esc(img.src)}" width="600" />'


def render_img(img: Img, story: Story) -> str:
    line = form_of(story, img.printed) if img.printed else ""
    if img.style == "lazy":
        tag = (
            f'<img class="lazy" src="{LAZY_GIF}" data-original="{esc(img.src)}" alt="" '
            'width="600" height="400" />'
        )
        out = f'<p style="text-align: center;">{tag}</p>'
        if line:
            out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
        return out
    if img.style == "figure":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return (
            f'<figure class="image" style="display:inline-block">{_img_tag(img, img.printed or "")}'
            f"{cap}</figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="tbl-anh" '
            'style="width:600px">\n <tbody>\n'
            f"  <tr><td>{_img_tag(img)}</td></tr>\n"
            f'  <tr><td style="text-align: center;"><span style="font-size:12px;"><em>{line}</em>'
            "</span></td></tr>\n </tbody>\n</table>"
        )
    # "next": the photo in a centred paragraph, its line (if any) in the next one
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def render_body(story: Story) -> str:
    """The bodyhtml as the editor left it (the homefig image is rendered by the template)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "homefig")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b, story))
        elif b.style in ("li", "row", "br"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                items = "\n".join(f" <li>{form_of(story, g.text)}</li>" for g in group)
                out.append(f'<ul style="text-align: justify;">\n{items}\n</ul>')
            elif b.style == "br":
                lines = "<br />\n".join(form_of(story, g.text) for g in group)
                out.append(f'<div style="text-align: justify;">{lines}</div>')
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align:center"><strong>{form_of(story, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{form_of(story, c)}</td>" for c in cells)
                    rows.append(f"  <tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width:100%">\n <tbody>\n'
                    + "\n".join(rows)
                    + "\n </tbody>\n</table>"
                )
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{form_of(story, b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(
                f'<blockquote>\n<p style="text-align: center;"><em>{form_of(story, b.text)}</em></p>\n'
                "</blockquote>"
            )
        elif b.style == "note":
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">'
                       f"{form_of(story, b.text)}</span></p>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New '
                f'Roman&quot;,serif">{form_of(story, b.text)}<o:p></o:p></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{form_of(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


def marquee() -> str:
    items = "".join(
        f'<a href="{esc(raw_path(s))}" title="{esc(s.title)}">{esc(clean60(s.title, 70))}</a> '
        f'<span class="tm-ngay">({dmy(s)})</span> <img src="{THEME}/images/new.gif" alt="" /> &nbsp; '
        for s in MARQUEE
    )
    return (
        '<div class="tinmoi-chay clearfix"><span class="tm-nhan">Tin mới nhất:</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        f"{items}</marquee></div>"
    )


def left_menu() -> str:
    subs_news = "".join(
        f'<li><a href="{cat_path(c)}" title="{esc(n)}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return f"""<div class="menu-trai">
<div class="tieude-mnd"><span class="fa fa-bars"></span> DANH MỤC</div>
<ul id="menu-doc" class="mnd">
 <li><a href="/vi/" title="Trang chủ"><em class="fa fa-home"></em> Trang chủ</a></li>
 <li class="co-con"><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu</a>
  <ul class="mnd-con">
   <li><a href="/vi/about/gioi-thieu-chung.html">Giới thiệu chung</a></li>
   <li><a href="/vi/about/chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li>
  </ul>
 </li>
 <li class="co-con"><a href="/vi/news/" title="Tin tức">Tin tức</a>
  <ul class="mnd-con">{subs_news}</ul>
 </li>
 <li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
 <li><a href="/vi/lich-cong-tac/" title="Lịch công tác">Lịch công tác</a></li>
 <li><a href="/vi/photos/" title="Thư viện ảnh">Thư viện ảnh</a></li>
 <li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul>
</div>"""


def right_blocks() -> str:
    most_read = [BY_ID[i] for i in MOST_READ]
    mr = "".join(
        f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(clean60(s.title))}</a></li>'
        for s in most_read
    )
    return f"""<div class="cot-phai">
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Lịch công tác tuần</span></h3>
 <div class="lct-tuan">
  <p class="lct-ngay">Thứ Hai (30/11/2026)</p>
  <ul>
   <li>- 7h30: Giao ban Ban Giám hiệu (Phòng họp số 1)</li>
   <li>- 14h00: Đồng chí Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh</li>
  </ul>
  <p class="lct-ngay">Thứ Năm (03/12/2026)</p>
  <ul>
   <li>- 7h30: Khai giảng lớp TCLLCT K87 tại phường Trương Quang Trọng (đ/c Vân)</li>
  </ul>
  <p class="lct-ngay">Thứ Hai (07/12/2026)</p>
  <ul>
   <li>- 8h00: Họp Hội đồng khoa học Nhà trường (Hội trường B)</li>
  </ul>
  <p class="xem-ct"><a href="/vi/lich-cong-tac/">Xem chi tiết &raquo;</a></p>
 </div>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Văn bản chỉ đạo</span></h3>
 <ul class="vbcd">
  <li><a href="/vi/laws/detail/Ke-hoach-142-KH-TCT-215.html" title="Kế hoạch số 142-KH/TCT">Kế hoạch số 142-KH/TCT ngày 10/11/2026 về mở các lớp đào tạo, bồi dưỡng năm 2027</a></li>
  <li><span class="vb-so">Công văn số 305-CV/TCT ngày 02/12/2026</span> về việc tổng hợp nhu cầu bồi dưỡng năm 2027 <a href="/uploads/laws/cv-305-cv-tct.pdf">[Tải về]</a></li>
  <li><span class="vb-so">Quyết định số 98-QĐ/TCT ngày 25/11/2026</span> về việc ban hành Quy chế chi tiêu nội bộ <a href="/uploads/laws/qd-98-qd-tct.pdf">[Tải về]</a></li>
 </ul>
 <p class="xem-ct"><a href="/vi/laws/">Xem tất cả &raquo;</a></p>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Tin đọc nhiều</span></h3>
 <ul class="tin-dn">{mr}</ul>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Thư viện ảnh</span></h3>
 <div class="tva"><a href="/vi/photos/hoat-dong/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-18.html" title="Hội thi giảng viên dạy giỏi cấp trường năm 2026"><img src="/assets/photos/2026_11/album-18-thumb.jpg" alt="Hội thi giảng viên dạy giỏi" width="250" /></a></div>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Thăm dò ý kiến</span></h3>
 <form class="binh-chon" action="javascript:void(0)" onsubmit="nv_sendvoting(this, '3', '1', 'a1b2c3', 'Bạn cần chọn ít nhất một phương án'); return false;">
  <p>Bạn quan tâm nội dung nào trên trang thông tin điện tử của Nhà trường?</p>
  <label><input type="radio" name="option" value="7" /> Tin hoạt động</label><br />
  <label><input type="radio" name="option" value="8" /> Thông báo tuyển sinh</label><br />
  <label><input type="radio" name="option" value="9" /> Văn bản chỉ đạo</label><br />
  <input type="submit" value="Bình chọn" /> <input type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '3', 0, 'a1b2c3', '', '1');" />
 </form>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Liên kết website</span></h3>
 <select class="lk-web" onchange="if(this.value){{window.open(this.value)}}">
  <option value="">--- Chọn liên kết ---</option>
  <option value="https://quangngai.gov.vn/">Cổng thông tin điện tử tỉnh Quảng Ngãi</option>
  <option value="https://hcma.vn/">Học viện Chính trị quốc gia Hồ Chí Minh</option>
  <option value="https://www.tapchicongsan.org.vn/">Tạp chí Cộng sản</option>
 </select>
</div>
<div class="khoi-kp">
 <h3 class="tieude-kp"><span>Thống kê truy cập</span></h3>
 <ul class="counter list-none display-table">
  <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>
  <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.284</span></li>
  <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>8.915</span></li>
  <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.416.730</span></li>
 </ul>
</div>
</div>"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for n, (label, href) in enumerate(items, start=1):
        inner = (
            f'<a href="{esc(href)}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
            f"{esc(label)}</span></a>"
            if href
            else f'<span itemprop="name">{esc(label)}</span>'
        )
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'{inner}<i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" '
        'itemscope itemtype="http://schema.org/BreadcrumbList">'
        + "".join(lis)
        + "</ul></div></div>"
    )


def layout(
    request: Request,
    title: str,
    main: str,
    *,
    description: str = "",
    head_extra: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
) -> Response:
    crumb_html = breadcrumb(crumbs) if crumbs else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE)}" />
<meta name="keywords" content="trường chính trị, quảng ngãi, lý luận chính trị" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [truongchinhtri@quangngai.gov.vn]" />
<meta name="generator" content="NukeViet v4.2" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{SITE}" />
{head_extra}
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css" />
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css" />
<link rel="StyleSheet" href="{THEME}/css/style.css" />
<link rel="StyleSheet" href="{THEME}/css/style.responsive.css" />
<link rel="StyleSheet" href="{THEME}/css/news.css" />
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_T5q1v",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="{THEME}/js/jquery.lazyload.min.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header id="tct-header" class="banner-do">
 <a class="logo-qh" href="/" title="{SITE}"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy" width="86" height="86" /></a>
 <div class="ten-dv">
  <p class="dv-tren">TỈNH ỦY QUẢNG NGÃI</p>
  <p class="dv-ten">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</p>
  <p class="dv-cau">Trung thành - Sáng tạo - Kỷ cương - Chất lượng</p>
 </div>
 <img class="banner-trong-dong" src="{THEME}/images/trong-dong.png" alt="" />
</header>
<div class="thanh-cc">
 <span class="ngay-ht"><em class="fa fa-calendar"></em> {HEADER_TODAY}</span>
 <form class="tim-kiem" action="/vi/seek/" method="get">
  <input type="hidden" name="m" value="news" />
  <input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." />
  <button type="submit"><em class="fa fa-search"></em></button>
 </form>
</div>
{marquee()}
<div class="row noi-dung">
 <div class="col-md-3 col-trai">{left_menu()}</div>
 <div class="col-md-6 col-giua">
{crumb_html}
{main}
 </div>
 <div class="col-md-3">{right_blocks()}</div>
</div>
<footer id="chan-trang">
 <div class="ft-tt">
  <p class="ft-ten">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</p>
  <p>Địa chỉ: Số 456 Quang Trung, phường Cẩm Thành, tỉnh Quảng Ngãi. Cơ sở 2: Số 12 Trần Phú, phường Kon Tum, tỉnh Quảng Ngãi</p>
  <p>Điện thoại: 0255.3822.147 - Fax: 0255.3822.148 - Email: truongchinhtri@quangngai.gov.vn</p>
  <p>Chịu trách nhiệm chính: ThS. Võ Văn Thành - Hiệu trưởng</p>
  <p>© Bản quyền thuộc Trường Chính trị tỉnh Quảng Ngãi. Ghi rõ nguồn “Trường Chính trị tỉnh Quảng Ngãi” khi phát hành lại thông tin từ website này.</p>
 </div>
 <div class="ft-lk"><a href="/vi/contact/">Liên hệ</a> | <a href="/vi/about/gioi-thieu-chung.html">Giới thiệu</a></div>
 <div class="ft-nv">Thiết kế: Công ty CP Giải pháp CNTT Miền Trung - Powered by <a href="https://nukeviet.vn/" target="_blank" rel="nofollow">NukeViet</a></div>
</footer>
</div>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body>
</html>"""
    return html(page)


# --- pages -----------------------------------------------------------------------------------


def item_link(story: Story, href: str, full: bool) -> str:
    label = story.title if full else clean60(story.title)
    return f'<a href="{esc(href)}" title="{esc(story.title)}">{esc(label)}</a>'


def home(request: Request) -> Response:
    lead = STORIES[0]
    hot = "".join(
        f"<li>{item_link(s, article_path(s), False)}"
        f' <span class="ngay-nho">({dmy(s)})</span></li>'
        for s in STORIES[1:4]
    )
    boxes = []
    for cat, name in CATS.items():
        members = cat_members(cat)[:3]
        first, rest = members[0], members[1:]
        lis = "".join(
            f"<li>{item_link(s, listing_link(s, cat), False)} <span class=\"ngay-nho\">({dmy(s)})</span></li>"
            for s in rest
        )
        boxes.append(
            f"""<div class="khoi-cm">
 <div class="tieude-cm"><a href="{cat_path(cat)}" title="{esc(name)}">{esc(name)}</a><a class="xem-them-cm" href="{cat_path(cat)}">Xem thêm</a></div>
 <div class="cm-dau clearfix">
  <a href="{esc(listing_link(first, cat))}" title="{esc(first.title)}"><img class="img-thumbnail pull-left" src="{thumb_of(first)}" alt="{esc(first.title)}" width="150" /></a>
  <h4>{item_link(first, listing_link(first, cat), False)}</h4>
  <p class="mota">{esc(clean60(first.summary or '', 160))}</p>
 </div>
 <ul class="cm-ds">{lis}</ul>
</div>"""
        )
    main = f"""<div class="tin-tieu-diem clearfix">
 <div class="ttd-lon">
  <a href="{article_path(lead)}" title="{esc(lead.title)}"><img src="{thumb_of(lead).replace('/assets/', '/uploads/')}" alt="{esc(lead.title)}" width="420" /></a>
  <h2>{item_link(lead, article_path(lead), False)}</h2>
  <p>{esc(lead.summary or '')}</p>
 </div>
 <ul class="ttd-ds">{hot}</ul>
</div>
{''.join(boxes)}
<div class="banner-giua"><a href="https://dichvucong.gov.vn/" target="_blank" rel="nofollow"><img src="{THEME}/images/banner-dvc.jpg" alt="Cổng dịch vụ công quốc gia" /></a></div>"""
    return layout(request, SITE, main, description=f"Trang thông tin điện tử {SITE}")


def news_main(request: Request) -> Response:
    boxes = []
    for cat, name in CATS.items():
        members = cat_members(cat)[:3]
        lis = "".join(
            f'<li><em class="fa fa-angle-right"></em> {item_link(s, listing_link(s, cat), True)}</li>'
            for s in members
        )
        boxes.append(
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h2>'
            f'<a href="{cat_path(cat)}" title="{esc(name)}">{esc(name)}</a></h2></div>'
            f'<div class="panel-body"><ul class="related">{lis}</ul></div></div>'
        )
    return layout(
        request,
        f"Tin tức - {SITE}",
        "".join(boxes),
        crumbs=[("Trang chủ", "/vi/"), ("Tin tức", "/vi/news/")],
    )


def pager(base: str, page: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    if total <= 6:
        nums: list[int | None] = list(range(1, total + 1))
    elif page <= 4:
        nums = [1, 2, 3, 4, 5, None, total]
    else:
        nums = [1, None, *range(max(2, page - 2), min(total, page + 2) + 1)]
        if nums[-1] != total:
            nums += [None, total]
    parts = ['<div class="phan-trang text-center"><span class="pt-nhan">Trang</span>']
    if page > 1:
        parts.append(f'<a class="pt-truoc" href="{href(page - 1)}">Trước</a>')
    for n in nums:
        if n is None:
            parts.append('<span class="pt-cham">...</span>')
        elif n == page:
            parts.append(f'<strong class="pt-ht">{n}</strong>')
        else:
            parts.append(f'<a href="{href(n)}" title="Trang {n}">{n}</a>')
    if page < total:
        parts.append(f'<a class="pt-sau" href="{href(page + 1)}">Sau</a>')
    parts.append("</div>")
    return " ".join(parts)


def listing_item(story: Story, href: str) -> str:
    hometext = f'<p class="mota-ds">{esc(story.summary)}</p>' if story.summary else ""
    return f"""<div class="news_column panel panel-default tin-ds">
 <div class="panel-body">
  <a href="{esc(href)}" title="{esc(story.title)}"><img src="{thumb_of(story)}" alt="{esc(story.title)}" width="160" class="img-thumbnail pull-left imghome" /></a>
  <h3><a href="{esc(href)}" title="{esc(story.title)}">{shown_title(story)}</a></h3>
  <div class="text-muted"><ul class="list-unstyled list-inline">
   <li><em class="fa fa-clock-o">&nbsp;</em> {dmy_hm(story)}</li>
   <li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>
  </ul></div>
  {hometext}
  <div class="text-right"><a class="xem-tiep" href="{esc(href)}">Xem tiếp &raquo;</a></div>
 </div>
</div>"""


def category(request: Request, cat: str, page: int) -> Response | None:
    members = cat_members(cat)
    total = (len(members) + PER_PAGE - 1) // PER_PAGE
    if page < 1 or page > total:
        return None
    chunk = members[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATS[cat]
    items = "\n".join(listing_item(s, listing_link(s, cat)) for s in chunk)
    main = (
        f'<div class="viewcat-pn"><h1 class="tieude-cm-ds">{esc(name)}</h1>\n{items}\n'
        f"{pager(cat_path(cat), page, total)}</div>"
    )
    title = f"{name} - Trang {page} - {SITE}" if page > 1 else f"{name} - {SITE}"
    head = f'<link rel="canonical" href="{base_url(request)}{cat_path(cat, page)}" />'
    return layout(
        request,
        title,
        main,
        head_extra=head,
        crumbs=[("Trang chủ", "/vi/"), ("Tin tức", "/vi/news/"), (name, cat_path(cat))],
    )


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    members = [s for s in STORIES if tag in s.opts.get("tags", [])]
    items = "\n".join(listing_item(s, article_path(s)) for s in members)
    main = f'<div class="viewcat-pn"><h1 class="tieude-cm-ds">Tags: {esc(TAGS[tag])}</h1>\n{items}</div>'
    return layout(
        request,
        f"{TAGS[tag]} - Tin tức - {SITE}",
        main,
        crumbs=[("Trang chủ", "/vi/"), ("Tin tức", "/vi/news/"), (TAGS[tag], tag_path(tag))],
    )


def _author_box(story: Story) -> str:
    lines = []
    if story.opts.get("author"):
        lines.append(f"<p><strong>Tác giả:</strong> {form_of(story, story.opts['author'])}</p>")
    if story.opts.get("source"):
        name, href = story.opts["source"]
        lines.append(
            f'<p><strong>Nguồn:</strong> <a href="{esc(href)}" target="_blank" rel="nofollow">'
            f"{esc(name)}</a></p>"
        )
    if not lines:
        return ""
    return (
        '<div class="tg-ng" style="text-align:right;border-top:1px dotted #c00;margin-top:10px;'
        'padding-top:6px;">' + "".join(lines) + "</div>"
    )


def _see_also(story: Story) -> str:
    tags = story.opts.get("tags", [])
    if not tags:
        return ""
    others = [s for s in STORIES if s.id != story.id and set(tags) & set(s.opts.get("tags", []))][:3]
    if not others:
        return ""
    lis = "".join(
        f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="xt-ngay">({dmy(s)})</span></li>'
        for s in others
    )
    return f'<div class="xemthem-tag"><p class="tde-xt"><strong>Xem thêm</strong></p><ul>{lis}</ul></div>'


def _neighbours(story: Story) -> str:
    own = own_members(story.cat)
    idx = own.index(story)
    newer = own[max(0, idx - 3) : idx]
    older = own[idx + 1 : idx + 4]

    def ul(items: list[Story]) -> str:
        return "<ul class=\"related\">" + "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{related_path(s)}" '
            f'title="{esc(related_title(s))}">{esc(related_title(s))}</a> <em>({dmy(s)})</em></li>'
            for s in items
        ) + "</ul>"

    out = ['<div class="news_column panel panel-default"><div class="panel-body other-news">']
    if newer:
        out.append('<p class="h3"><strong>Những tin mới hơn</strong></p>' + ul(newer))
    if older:
        out.append('<p class="h3"><strong>Những tin cũ hơn</strong></p>' + ul(older))
    out.append("</div></div>")
    return "".join(out) if (newer or older) else ""


def _home_image(story: Story) -> tuple[str, str]:
    """(markup beside the hometext, markup under it) for imgposition 1 / 2."""
    if story.opts.get("thumb"):
        return (
            '<div class="anh-dd pull-left"><img src="'
            + story.opts["thumb"]
            + f'" alt="{esc(story.title)}" width="183" class="img-thumbnail" /></div>',
            "",
        )
    fig = next((b for b in story.blocks if isinstance(b, Img) and b.style == "homefig"), None)
    if fig:
        cap = f"<figcaption>{esc(fig.printed)}</figcaption>" if fig.printed else ""
        return "", (
            f'<figure class="article center"><img alt="{esc(fig.printed or story.title)}" '
            f'src="{esc(fig.src)}" width="100%" />{cap}</figure>'
        )
    return "", ""


def article(request: Request, story: Story, cat: str) -> Response:
    canonical = base_url(request) + article_path(story)
    og_image = story.images[0].src if story.images else f"{THEME}/images/logo-og.png"
    desc = story.summary or story.paragraphs[0][:160]
    head = "\n".join(
        [
            f'<meta property="og:title" content="{esc(story.title)}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:description" content="{esc(desc)}" />',
            f'<meta property="og:url" content="{canonical}" />',
            f'<meta property="og:image" content="{base_url(request)}{og_image}" />',
            f'<meta property="article:published_time" content="{php_t_date(story.opts["posted"])}" />',
            f'<meta property="article:modified_time" content="{php_t_date(story.opts["edited"])}" />',
            f'<meta property="article:section" content="{esc(CATS[story.cat])}" />',
            f'<link rel="canonical" href="{canonical}" />',
        ]
    )
    beside, under = _home_image(story)
    hometext = ""
    if story.summary:
        hometext = (
            f'<div class="clearfix">{beside}<div class="hometext">{form_of(story, story.summary)}'
            f"</div></div>{under}"
        )
    files = ""
    if story.opts.get("files"):
        rows = "".join(
            f'<li><em class="fa fa-download"></em> <a href="{esc(href)}" title="{esc(name)}">{esc(name)}</a></li>'
            for name, href in story.opts["files"]
        )
        files = (
            '<div class="tep-dk panel panel-default"><div class="panel-heading"><strong>Tệp đính kèm</strong>'
            f'</div><div class="panel-body"><ul class="list-unstyled">{rows}</ul></div></div>'
        )
    tags = story.opts.get("tags", [])
    keywords = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="{esc(tag_path(t))}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        keywords = (
            '<div class="news_column tu-khoa"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            f"{links}</div>"
        )
    url_print = print_path(story)
    rating = story.id % 5 + 3
    main = f"""<div class="news_column chitiet-tin" itemtype="http://schema.org/NewsArticle" itemscope>
 <h1 class="tieude-ct" itemprop="headline">{shown_title(story)}</h1>
 <div class="ngaydang-ct clearfix">
  <span class="dl-ngay"><em class="fa fa-clock-o"></em> Đăng lúc: {posted_line(story)}</span>
  <span class="dl-luotxem"> | Lượt xem: {story.views()}</span>
  <ul class="cong-cu list-inline pull-right">
   <li><a class="pointer" title="In bài" href="javascript:void(0);" onclick="nv_open_browse('{url_print}','',840,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg"></em></a></li>
   <li><a class="pointer" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="newsSendMailModal('#newsSendMailModal', '/vi/news/sendmail/{story.cat}/{story.slug}-{story.id}.html', 'c2d1f0');"><em class="fa fa-envelope fa-lg"></em></a></li>
   <li><a href="javascript:void(0);" onclick="$('#news-bodyhtml').css('font-size','+=1')" title="Tăng cỡ chữ">A+</a></li>
   <li><a href="javascript:void(0);" onclick="$('#news-bodyhtml').css('font-size','-=1')" title="Giảm cỡ chữ">A-</a></li>
  </ul>
 </div>
 {hometext}
 <div id="news-bodyhtml" class="bodytext noidung-ct">
{render_body(story)}
{_author_box(story)}
{_see_also(story)}
 </div>
</div>
{files}
<div class="news_column danh-gia">
 <form id="form3B" action="javascript:void(0)">
  <div class="h5 clearfix"><p>Tổng số điểm của bài viết là: {rating * 4} trong {rating} đánh giá</p>
  <span class="star-rating">{''.join(f'<input type="radio" name="star" value="{n}" />' for n in range(1, 6))}</span>
  <span class="feedback small">Click để đánh giá bài viết</span></div>
 </form>
</div>
{keywords}
<div class="news_column chia-se">
 <div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
 <div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>
{_neighbours(story)}"""
    name = CATS[story.cat]
    return layout(
        request,
        f"{story.title} - {name} - {SITE}",
        main,
        description=desc,
        head_extra=head,
        crumbs=[("Trang chủ", "/vi/"), ("Tin tức", "/vi/news/"), (name, cat_path(story.cat))],
    )


def print_view(request: Request, story: Story) -> Response:
    hometext = f'<div class="hometext"><strong>{form_of(story, story.summary)}</strong></div>' if story.summary else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<link rel="StyleSheet" href="/themes/default/css/news.print.css" /></head>
<body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{SITE}</h2><p class="pull-right"><a title="{SITE}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
 <div class="content">
  <h1>{shown_title(story)}</h1>
  <ul class="list-inline"><li>{posted_line(story)}</li></ul>
  {hometext}
  <div class="bodytext">{render_body(story)}</div>
  {_author_box(story)}
 </div>
 <div id="footerprint">
  <div class="copyright">&copy; {SITE}</div>
  <div id="url"><strong>URL của bản tin này: </strong><a href="{base_url(request)}{article_path(story)}" title="{esc(story.title)}">{base_url(request)}{article_path(story)}</a></div>
  <div class="clear"></div>
  <div id="contact"><a href="mailto:truongchinhtri@quangngai.gov.vn">truongchinhtri@quangngai.gov.vn</a></div>
  <div id="print_bt"><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a> | <a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></div>
 </div>
</div>
</body></html>"""
    return html(page)


# --- other modules (not articles) ------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Quảng Ngãi là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu sự "
            "chỉ đạo trực tiếp, thường xuyên của Ban Thường vụ Tỉnh ủy; đồng thời chịu sự hướng dẫn về "
            "chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
            "lượt cán bộ, đảng viên cho hệ thống chính trị của tỉnh. Năm 2025, sau khi hợp nhất Trường "
            "Chính trị tỉnh Quảng Ngãi và Trường Chính trị tỉnh Kon Tum, Nhà trường có hai cơ sở đào tạo.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán "
            "bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính "
            "trị, tổng kết thực tiễn ở địa phương.",
            "Nhà trường tổ chức đào tạo trung cấp lý luận chính trị, bồi dưỡng cập nhật kiến thức, kỹ năng "
            "lãnh đạo, quản lý cho cán bộ, công chức, viên chức; phối hợp với Học viện tổ chức các lớp cao "
            "cấp lý luận chính trị tại tỉnh.",
        ],
    ),
}


def about_page(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    others = "".join(
        f'<li><a href="/vi/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items() if a != alias
    )
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">{esc(title)}</h1>'
        f'<div class="bodytext">{body}</div></div></div>'
        f'<div class="panel panel-default"><div class="panel-body"><ul class="related">{others}</ul></div></div>'
    )
    return layout(
        request, f"{title} - {SITE}", main,
        crumbs=[("Trang chủ", "/vi/"), ("Giới thiệu", "/vi/about/gioi-thieu-chung.html"), (title, None)],
    )


def contact_page(request: Request) -> Response:
    main = """<div class="page panel panel-default"><div class="panel-body">
<h1>Liên hệ</h1>
<p><strong>Trường Chính trị tỉnh Quảng Ngãi</strong></p>
<p>Địa chỉ: Số 456 Quang Trung, phường Cẩm Thành, tỉnh Quảng Ngãi</p>
<p>Phòng Tổ chức - Hành chính: 0255.3822.147 - Phòng Quản lý đào tạo: 0255.3822.150</p>
<form id="fcontact" action="javascript:void(0)" method="post" onsubmit="return nv_validForm(this);">
 <label>Họ và tên <input type="text" name="fname" /></label>
 <label>Email <input type="email" name="femail" /></label>
 <label>Tiêu đề <input type="text" name="ftitle" /></label>
 <label>Nội dung <textarea name="fcon" rows="6"></textarea></label>
 <input type="submit" value="Gửi" />
</form>
</div></div>"""
    return layout(request, f"Liên hệ - {SITE}", main, crumbs=[("Trang chủ", "/vi/"), ("Liên hệ", "/vi/contact/")])


LAW_PATH = "/vi/laws/detail/Ke-hoach-142-KH-TCT-215.html"


def laws_list(request: Request) -> Response:
    main = f"""<div class="laws-ds panel panel-default"><div class="panel-body">
<h1>Văn bản</h1>
<table class="table table-striped table-bordered">
 <thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
 <tbody>
  <tr><td>305-CV/TCT</td><td>02/12/2026</td><td>Về việc tổng hợp nhu cầu bồi dưỡng năm 2027</td><td><a href="/uploads/laws/cv-305-cv-tct.pdf">PDF</a></td></tr>
  <tr><td>98-QĐ/TCT</td><td>25/11/2026</td><td>Ban hành Quy chế chi tiêu nội bộ</td><td><a href="/uploads/laws/qd-98-qd-tct.pdf">PDF</a></td></tr>
  <tr><td><a href="{LAW_PATH}">142-KH/TCT</a></td><td>10/11/2026</td><td><a href="{LAW_PATH}">Kế hoạch mở các lớp đào tạo, bồi dưỡng năm 2027</a></td><td><a href="/uploads/laws/kh-142-kh-tct.pdf">PDF</a></td></tr>
 </tbody>
</table></div></div>"""
    return layout(request, f"Văn bản - {SITE}", main, crumbs=[("Trang chủ", "/vi/"), ("Văn bản", "/vi/laws/")])


def law_detail(request: Request) -> Response:
    main = """<div class="laws-ct panel panel-default"><div class="panel-body">
<h1>Kế hoạch mở các lớp đào tạo, bồi dưỡng năm 2027</h1>
<table class="table table-bordered">
 <tbody>
  <tr><td>Số ký hiệu</td><td>142-KH/TCT</td></tr>
  <tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>
  <tr><td>Ngày có hiệu lực</td><td>10/11/2026</td></tr>
  <tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
  <tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Quảng Ngãi</td></tr>
  <tr><td>Người ký</td><td>Võ Văn Thành</td></tr>
  <tr><td>Trích yếu</td><td>Kế hoạch mở các lớp đào tạo, bồi dưỡng năm 2027</td></tr>
  <tr><td>Tệp đính kèm</td><td><a href="/uploads/laws/kh-142-kh-tct.pdf">kh-142-kh-tct.pdf</a></td></tr>
 </tbody>
</table></div></div>"""
    return layout(
        request, f"Kế hoạch 142-KH/TCT - Văn bản - {SITE}", main,
        crumbs=[("Trang chủ", "/vi/"), ("Văn bản", "/vi/laws/"), ("142-KH/TCT", None)],
    )


def work_calendar(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "7h30", "Giao ban Ban Giám hiệu", "Phòng họp số 1", "Ban Giám hiệu, trưởng các phòng, khoa"),
        ("Thứ Hai 30/11", "14h00", "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026", "Hội trường A", "Toàn thể cán bộ, giảng viên"),
        ("Thứ Ba 01/12", "7h30", "Bế giảng lớp bồi dưỡng nghiệp vụ văn phòng cấp ủy", "Hội trường B", "Đ/c Khoa, Phó Hiệu trưởng"),
        ("Thứ Năm 03/12", "7h30", "Khai giảng lớp TCLLCT K87", "Đảng ủy phường Trương Quang Trọng", "Đ/c Vân, Phó Hiệu trưởng"),
        ("Thứ Sáu 04/12", "8h00", "Làm việc với Ban Tổ chức Tỉnh ủy về kế hoạch năm 2027", "Ban Tổ chức Tỉnh ủy", "Đ/c Thành, Hiệu trưởng"),
    ]
    trs = "".join(f"<tr>{''.join(f'<td>{esc(c)}</td>' for c in r)}</tr>" for r in rows)
    main = f"""<div class="lich-ct panel panel-default"><div class="panel-body">
<h1>Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</h1>
<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th><th>Thành phần</th></tr></thead>
<tbody>{trs}</tbody></table>
<p><em>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
</div></div>"""
    return layout(
        request, f"Lịch công tác tuần - {SITE}", main,
        crumbs=[("Trang chủ", "/vi/"), ("Lịch công tác", "/vi/lich-cong-tac/")],
    )


ALBUM_PATH = "/vi/photos/hoat-dong/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-18.html"


def photos_list(request: Request) -> Response:
    main = f"""<div class="album-ds panel panel-default"><div class="panel-body"><h1>Thư viện ảnh</h1>
<div class="album-item"><a href="{ALBUM_PATH}" title="Hội thi giảng viên dạy giỏi cấp trường năm 2026"><img src="/assets/photos/2026_11/album-18-thumb.jpg" alt="" width="220" /><span>Hội thi giảng viên dạy giỏi cấp trường năm 2026</span></a> <em>(12 ảnh)</em></div>
</div></div>"""
    return layout(request, f"Thư viện ảnh - {SITE}", main, crumbs=[("Trang chủ", "/vi/"), ("Thư viện ảnh", "/vi/photos/")])


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="/uploads/photos/2026_11/gvdg-{n:02d}.jpg" class="fancybox" rel="album18">'
        f'<img src="/assets/photos/2026_11/gvdg-{n:02d}.jpg" alt="Hội thi giảng viên dạy giỏi {n}" class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    main = f"""<div class="album-ct panel panel-default"><div class="panel-body">
<h1>Hội thi giảng viên dạy giỏi cấp trường năm 2026</h1>
<p class="text-muted">Ngày đăng: 21/11/2026 - Số ảnh: 12</p>
<div class="row">{pics}</div></div></div>"""
    return layout(
        request, f"Hội thi giảng viên dạy giỏi cấp trường năm 2026 - Thư viện ảnh - {SITE}", main,
        crumbs=[("Trang chủ", "/vi/"), ("Thư viện ảnh", "/vi/photos/"), ("Hoạt động", None)],
    )


NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/chuc-nang-nhiem-vu.html",
    "/vi/contact/",
    LAW_PATH,
    "/vi/lich-cong-tac/",
    ALBUM_PATH,
]


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/vi/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/vi/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_TAG = re.compile(r"^/vi/news/tag/([^/]+)/?$")
_ABOUT = re.compile(r"^/vi/about/([a-z0-9-]+)\.html$")


def _find(cat: str, alias: str, ident: str) -> tuple[Story | None, str]:
    """The story a URL names and how: "ok", "old" (old alias: redirect) or "" (no such page)."""
    story = BY_ID.get(int(ident))
    if story is None or cat not in (story.cat, story.opts.get("also")):
        return None, ""
    if alias == story.slug:
        return story, "ok"
    if alias == story.opts.get("old_alias") and cat == story.cat:
        return story, "old"
    return None, ""


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = unquote(request.path)
        if path.startswith(("/themes/", "/assets/", "/uploads/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.query and path != "/index.php":
            # NukeViet ignores unknown query strings on rewritten URLs only for a few; keep it strict
            return None
        if path in ("/", "/vi/", "/vi"):
            return home(request)
        if path == "/index.php":
            return self._index_php(request)
        if path in ("/vi/news/", "/vi/news"):
            return news_main(request)
        m = _PRINT.match(path)
        if m:
            story, how = _find(*m.groups())
            return print_view(request, story) if story and how == "ok" else None
        m = _ARTICLE.match(path)
        if m:
            story, how = _find(*m.groups())
            if story is None:
                return None
            if how == "old":
                return redirect(article_path(story), 301)
            return article(request, story, m.group(1))
        m = _TAG.match(path)
        if m:
            return tag_page(request, m.group(1))
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            page = int(m.group(2) or 1)
            if m.group(2) == "1":
                return None
            return category(request, m.group(1), page)
        if path in (f"/vi/news/{c}" for c in CATS):
            return redirect(path + "/", 301)
        m = _ABOUT.match(path)
        if m:
            return about_page(request, m.group(1))
        if path == "/vi/contact/":
            return contact_page(request)
        if path == "/vi/laws/":
            return laws_list(request)
        if path == LAW_PATH:
            return law_detail(request)
        if path == "/vi/lich-cong-tac/":
            return work_calendar(request)
        if path == "/vi/photos/":
            return photos_list(request)
        if path == ALBUM_PATH:
            return album(request)
        return None

    def _index_php(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if params.get("language") != "vi" or params.get("nv") != "news":
            return None
        m = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", params.get("op", ""))
        if not m:
            return None
        story, how = _find(*m.groups())
        if story is None or how != "ok":
            return None
        return article(request, story, m.group(1))


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    if story in MARQUEE:
        alts.append(raw_path(story))
    if story.opts.get("also"):
        alts.append(article_path(story, cat=story.opts["also"]))
    if story.opts.get("old_alias"):
        alts.append(article_path(story, alias=story.opts["old_alias"]))
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat], canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]
