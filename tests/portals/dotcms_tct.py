"""dotCMS 5 portal of a provincial political school: Trường Chính trị tỉnh Tuyên Quang.

Platform
--------
dotCMS 5.2 (Java/Tomcat), pages built from a theme ``/application/themes/tct2019/`` of Velocity
templates; containers print the content types ("Tin tức", "Văn bản", "Album ảnh", "Video") through
widgets written by a local vendor. News items are *URL-mapped* content: the content type's URL map
pattern ``/tin-tuc/{urlTitle}`` renders the one detail page ``/tin-tuc/chi-tiet`` with the item as
``$URLMapContent``; the same page also answers ``/tin-tuc/chi-tiet?id=<identifier>`` (the vendor's
widgets link that way). Binary fields are served by ``/dA/<shortId>/<field>/<file>`` and
``/contentAsset/image/<identifier>/fileAsset/filter/Resize/resize_w/<w>``; images the editors
picked from the site browser live under ``/images/tin-tuc/<yyyy>/<mm>/``.

URL scheme
----------
- ``/`` -> 301 ``/home/index`` (the start page); ``/home/index?language_id=2`` is the "EN" flag
  of the header (dotCMS falls back to the Vietnamese content: the same home page).
- ``/tin-tuc/`` all news, 6 a page; ``/tin-tuc/<folder>/`` one section, 3 a page; pages 2+ are
  ``?pg=N`` printed as query-only relative links (``href="?pg=2"``), page 1 as ``href="./"``.
  A folder without its slash (``/tin-tuc/thong-bao``) answers 301 to the slashed form.
- ``/tin-tuc/<urlTitle>`` and ``/tin-tuc/chi-tiet?id=<uuid>``: one article, two addresses.
- ``/van-ban/`` and ``/van-ban/chi-tiet?id=<uuid>``: document register and its entries.
- ``/thu-vien-anh/`` and ``/thu-vien-anh/album?id=<uuid>``: photo library.
- ``/video/`` and ``/video/chi-tiet?id=<uuid>``: clips (YouTube embeds).
- ``/gioi-thieu/lich-su-phat-trien``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``: static pages.
- ``/tim-kiem?q=``: search (GET form in the header).
- ``/dA/…``, ``/contentAsset/…``, ``/images/…``, ``/application/…``: binaries.

Page templates
--------------
Every page: a marquee, the header (logo, school name in ``<h1>``, today "Thứ Bảy, 05/12/2026",
VI/EN flags, search form), a two-level menu ``ul#mnuTop``, a breadcrumb ``div#duongDan``, a right
column (notice portlet, "Tin đọc nhiều", "Văn bản mới", links select, banners, poll, visitor
counter) and a footer (two campuses, phone, e-mail, the editor-in-chief "TS. Hà Quang Trung").
The detail widget prints, inside ``div#dot-ctr-4417``: a "Chuyên mục:" line, the headline in
``div.tieude-ct``, an info bar ``div.tt-info`` (weekday, date and time, "Tác giả:" field, views,
"Người đăng:" account), tools (A-/A+, print by JavaScript, mail, Facebook), the content type's
"Mô tả" field in ``div.tt-mota`` (the sapo, when filled), the WYSIWYG body ``div.noidung-ct``
(TinyMCE 4 output), "Cập nhật lần cuối:", "Từ khóa:" and "Tin mới cập nhật".

How each gold article is reached
--------------------------------
The home page links a slider (a01, a02, a05: ``chi-tiet?id=…&language_id=1``), "Tin mới" (a02,
a01, a03, a04, a13: ``chi-tiet?id=``) and two items of each section (urlTitle). The sidebar
"Tin đọc nhiều" (a05, a01, a06, a08) and "Tin mới cập nhật" use ``chi-tiet?id=``. a11 is first
seen on ``/tin-tuc/dao-tao-boi-duong/`` (or ``/tin-tuc/?pg=2``); a09 and a10 only on
``/tin-tuc/hoat-dong-nha-truong/?pg=2`` or ``/tin-tuc/?pg=2``; a12 only on
``/tin-tuc/dao-tao-boi-duong/?pg=2`` or ``/tin-tuc/?pg=3``.

Traps
-----
1. Generic page chrome on the URL-map page: ``<title>`` is "Chi tiết tin - Trường Chính trị tỉnh
   Tuyên Quang" for every article, the ``<h1>`` is the school's name, the breadcrumb ends in
   "Chi tiết tin" under "Tin tức". Gold: the title is the ``div.tieude-ct`` headline (og:title
   agrees); the category is the section of the "Chuyên mục:" line (and of the menu), never
   "Chi tiết tin" nor "Tin tức".
2. One article, several addresses: ``/tin-tuc/<urlTitle>`` (listings, section boxes),
   ``/tin-tuc/chi-tiet?id=<uuid>`` (vendor widgets, sidebar) and the slider's
   ``…&language_id=1``. Gold: path = canonical = the urlTitle form (the page's
   ``<link rel="canonical">``); the others are alt_paths. One record per article.
3. Velocity leaks an unrendered reference: the info bar is written ``Tác giả: $URLMapContent.tacGia``
   without the quiet ``$!``, so every item whose "Tác giả" field is empty prints the literal
   "Tác giả: $URLMapContent.tacGia". Gold: no author from it (the real byline, if any, is at the
   bottom of the body), and it is not text. "Người đăng: bbt.tct" is the CMS account: nobody.
4. Dates: the page prints the local time ("Thứ Hai, 02/11/2026 06:15") while
   ``article:published_time`` is the server's UTC clock ("2026-11-01T23:15:00Z", the day before);
   "Cập nhật lần cuối: …" follows every body. Gold: the local publication time with +07:00; a09
   prints "00:00" -> the day alone "2026-10-28".
5. A notice printed as a Party document (a03): letterhead table "TỈNH ỦY TUYÊN QUANG / TRƯỜNG
   CHÍNH TRỊ TỈNH / Số 215-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Tuyên Quang, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / về việc …", then "Nơi nhận:" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG /
   (đã ký) / TS. Trần Văn Bình", then an attachment line. The CMS stamp says 01/12/2026 09:12.
   Gold: date "2026-11-30", author ["Trần Văn Bình"], body = the numbered points only. The same
   document also has a register entry ``/van-ban/chi-tiet?id=…`` (a non-article).
6. Lazy slider inside the body (a04): ``<img src=".../loading.gif" data-lazy="/dA/…/image/x.jpg">``
   with the caption in a sibling ``div.slide-cap``. Gold: the ``data-lazy`` paths with their
   captions; the placeholder gif is no image.
7. Bylines zoo: "Tin, ảnh: Hoàng Anh" (a01: both), "Tin: Minh Phương - Ảnh: Quang Huy" (a04),
   a unit alone right-aligned "Phòng Tổ chức - Hành chính" (a02) and "Phòng Quản lý đào tạo và
   Nghiên cứu khoa học" (a13), "TS. Phạm Văn Hùng<br>Phó Trưởng khoa Xây dựng Đảng" (a07 ->
   "Phạm Văn Hùng"), "BBT" (a10 -> nobody), the "Tác giả" field "ThS. Đỗ Thị Thu Hà, ThS. Ma Văn
   Cường" (a06 -> two names) and "Lương Thị Hằng (Phòng Quản lý đào tạo và Nghiên cứu khoa học)"
   (a11 -> the name); the footer's "Chịu trách nhiệm nội dung: TS. Hà Quang Trung" is chrome.
8. Boundaries of the text inside ``div.noidung-ct``: a "Tin liên quan:" box (a12), a "Xem thêm:"
   line to the provincial paper (a08), a closing "Nguồn: Báo và Phát thanh, Truyền hình Tuyên
   Quang" (a08 -> source) after a body sentence "Theo kế hoạch, …" (text, not a source),
   "Tải về:" attachment lines with a PDF icon ``<img>`` (a03, a13: no text, no image), spacer
   ``<p>&nbsp;</p>``. Gold: none of them is body.
9. Text encodings: a06 was saved by TinyMCE with entity encoding (``&agrave;``, ``&#7897;``) and
   pasted from Word with ``mso-list:Ignore`` bullets ("·" + nbsp: no text); a07 (title and body)
   is decomposed Unicode (NFD) pasted from a Mac. Gold: NFC text without Word's markers.
10. Captions: a table row under the photo "(Đồng chí … phát biểu …)" (parentheses taken off), a
    TinyMCE ``<figcaption>``, an italic blue line, and under one photo of a05 only "Ảnh: Quang
    Huy" -> caption None, photographer "Quang Huy". A ``<br>`` splits a02's typed "- " list.
11. Chrome that reads like content: the marquee and the "THÔNG BÁO" portlet (a dated notice in
    prose), listing sapos, the album page (title, date, prose, captioned photos) and the video
    page (title, date, prose): the album, the clip and the register entries are non-articles.
12. Pagination: query-only relative ``?pg=N`` links, the "Chuyên mục:" link without the folder's
    slash (301), and three articles that no box, sidebar or "Tin mới cập nhật" list ever shows.

Gold decisions on ambiguous points
----------------------------------
- category: the section of the "Chuyên mục:" line ("Hoạt động nhà trường", "Đào tạo - Bồi
  dưỡng", "Nghiên cứu - Trao đổi", "Thông báo").
- summary: the ``div.tt-mota`` field when filled (a01, a04, a06, a11; printed bold or not), or a
  bold lead paragraph (a05, a08); else null (meta description is a cut of the first paragraph).
- a05's title starts with the character "🌹": kept as printed (it is a character, not a picture).
- a02's "Một số kết quả nổi bật:" is a bold line of the text: a paragraph.
- a03's "./." closing of the last point is text as printed; its "-----" rule is not text.
- a13's table: the header row is a paragraph like the others ("TT | Đối tượng | …").
- a10's two photos sit side by side in a layout table without captions: two images, no text.
- a05's photographer credit is under one photo only: photographers ["Quang Huy"], authors from
  the "Tác giả" field ["Thu Trang"].
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "dotcms_tct"
PLATFORM = "dotCMS 5 (Velocity, URL-mapped content)"
START_PATH = "/home/index"

SCHOOL = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
THEME = "/application/themes/tct2019"
ICT = timezone(timedelta(hours=7))
_NS = uuid.UUID("6f1d2c3a-0b4e-4f5a-9c8d-7e6f5a4b3c2d")


def _uuid(key: str) -> str:
    return str(uuid.uuid5(_NS, key))


def _short(key: str) -> str:
    return _uuid(key).replace("-", "")[:10]


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

#: folder -> name as the menu and the "Chuyên mục:" line print it
SECTIONS = {
    "hoat-dong-nha-truong": "Hoạt động nhà trường",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
}
PER_SECTION_PAGE = 3
PER_ALL_PAGE = 6


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def _img(name: str) -> str:
    return f"/images/tin-tuc/{name}"


def _da(key: str, name: str) -> str:
    return f"/dA/{_short(key)}/image/{name}"


def _ca(key: str) -> str:
    return f"/contentAsset/image/{_uuid(key)}/fileAsset/filter/Resize/resize_w/800"


_RIGHT = '<p style="text-align: right;">{}</p>'

# --- the letterhead and closing of a03 ----------------------------------------------------------

_A03_HEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:45%; text-align:center; vertical-align:top"><span style="font-size:13px">TỈNH ỦY TUYÊN QUANG</span><br />
<strong>TRƯỜNG CHÍNH TRỊ TỈNH</strong><br />
*<br />
Số 215-TB/TCT</td>
<td style="text-align:center; vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />
&nbsp;<br />
<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br />
<strong>về việc tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026</strong></p>
<p style="text-align:center">-----</p>"""

_A03_TAIL = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%; vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size:11px">- Ban Giám hiệu;<br />
- Các khoa, phòng;<br />
- Đăng Cổng TTĐT Trường;<br />
- Lưu VT, QLĐT-NCKH.</span></td>
<td style="text-align:center; vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />
PHÓ HIỆU TRƯỞNG</strong><br />
<br />
<em>(đã ký)</em><br />
<br />
<strong>TS. Trần Văn Bình</strong></td>
</tr>
</tbody>
</table>"""


def _attach(key: str, filename: str, label: str) -> str:
    return (
        f'<p><img alt="" src="{THEME}/images/icon-pdf.gif" style="vertical-align:middle" />'
        f'&nbsp;Tải về: <a href="/dA/{_short(key)}/tepDinhKem/{filename}" target="_blank">'
        f"{label}</a></p>"
    )


# --- the thirteen articles -------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-2026-2027-he-khong-tap-trung-tai-co-so-2",
        title="Khai giảng lớp Trung cấp lý luận chính trị khóa 2026 - 2027 hệ không tập trung tại Cơ sở 2",
        cat="dao-tao-boi-duong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, tại Cơ sở 2 (phường Hà Giang 1), Trường Chính trị tỉnh Tuyên Quang tổ chức "
            "Lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2027 cho 86 "
            "học viên là cán bộ, công chức các xã, phường khu vực phía Bắc của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí TS. Nguyễn Thị Minh Nguyệt, Phó Hiệu trưởng Nhà trường; "
                "đại diện lãnh đạo các khoa, phòng chuyên môn và toàn thể học viên của lớp."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng cho biết chương trình đào tạo gồm 4 phần "
                "học với 17 học phần, được tổ chức trong 9 tháng; học viên học tập theo hình thức không "
                "tập trung vào các ngày cuối tuần tại Cơ sở 2 của Nhà trường."
            ),
            Img(
                _img("2026/12/kg-tc-k26-01.jpg"),
                printed="(Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                caption="Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="tbl",
            ),
            P(
                "Đồng chí đề nghị học viên nêu cao tinh thần tự giác, chấp hành nghiêm nội quy, quy chế "
                "học tập; tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương, cơ quan, đơn vị nơi "
                "công tác để vận dụng kiến thức vào thực hiện nhiệm vụ chính trị được giao."
            ),
            Img(
                _img("2026/12/kg-tc-k26-02.jpg"),
                printed="Các đại biểu và học viên chụp ảnh lưu niệm tại buổi lễ",
                caption="Các đại biểu và học viên chụp ảnh lưu niệm tại buổi lễ",
                style="tbl",
            ),
            P(
                "Thay mặt học viên, đồng chí Lò Văn Sơn, lớp trưởng, hứa sẽ cùng tập thể lớp thực hiện "
                "tốt nội quy, quy chế, hoàn thành chương trình học tập đạt kết quả cao nhất."
            ),
            Raw(_RIGHT.format("<strong>Tin, ảnh: Hoàng Anh</strong>")),
        ],
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        opts={
            "date": "2026-12-03 14:30",
            "updated": "2026-12-04 08:15",
            "tags": ["khai giảng", "trung cấp lý luận chính trị"],
        },
    ),
    Story(
        id=2,
        slug="truong-chinh-tri-tinh-tong-ket-cong-tac-nam-2026-trien-khai-nhiem-vu-nam-2027",
        title="Trường Chính trị tỉnh tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-12-04T09:45:00+07:00",
        blocks=[
            P(
                "Sáng ngày 04/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị tổng kết công "
                "tác năm 2026, triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí TS. Hà Quang Trung, "
                "Hiệu trưởng Nhà trường chủ trì hội nghị."
            ),
            P(
                "Năm 2026, trong bối cảnh vừa hoàn thành việc hợp nhất hai trường sau sắp xếp đơn vị hành "
                "chính cấp tỉnh, Nhà trường đã chủ động kiện toàn tổ chức bộ máy, ổn định hoạt động tại "
                "hai cơ sở đào tạo. Cả năm, Trường mở 27 lớp với hơn 2.400 lượt học viên, đạt 108% kế hoạch."
            ),
            P("Một số kết quả nổi bật:", style="b"),
            P("- Hoàn thành 100% chỉ tiêu đào tạo trung cấp lý luận chính trị;"),
            P(
                "- Tổ chức thành công Hội thảo khoa học cấp tỉnh về công tác cán bộ trong giai đoạn mới;",
                style="br",
            ),
            P("- 03 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp tỉnh.", style="br"),
            Img(
                _ca("a02-img1"),
                printed="Đồng chí Hiệu trưởng phát biểu kết luận hội nghị",
                caption="Đồng chí Hiệu trưởng phát biểu kết luận hội nghị",
                style="fig",
            ),
            P(
                "Phát biểu kết luận, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp tục đổi mới nội "
                "dung, phương pháp giảng dạy, gắn lý luận với thực tiễn; đẩy mạnh chuyển đổi số trong quản "
                "lý đào tạo; tăng cường đi thực tế, nghiên cứu khoa học, phấn đấu hoàn thành xuất sắc "
                "nhiệm vụ năm 2027."
            ),
            P(
                "Dịp này, Nhà trường khen thưởng 12 tập thể, cá nhân có thành tích xuất sắc trong thực "
                "hiện nhiệm vụ năm 2026."
            ),
            Raw(_RIGHT.format("<em><strong>Phòng Tổ chức - Hành chính</strong></em>")),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "date": "2026-12-04 09:45",
            "updated": "2026-12-04 10:02",
            "tags": ["tổng kết", "hội nghị"],
        },
    ),
    Story(
        id=3,
        slug="thong-bao-ve-viec-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Thông báo về việc tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(_A03_HEAD),
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2026 của Trường Chính trị tỉnh; nhằm nâng cao "
                "chất lượng đội ngũ giảng viên, đổi mới phương pháp giảng dạy, Ban Giám hiệu thông báo tổ "
                "chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 như sau:"
            ),
            P("1. Đối tượng dự thi", style="b"),
            P(
                "Giảng viên cơ hữu của các khoa chuyên môn có thời gian giảng dạy từ 02 năm trở lên; mỗi "
                "khoa cử tối thiểu 02 giảng viên tham gia."
            ),
            P("2. Thời gian, địa điểm", style="b"),
            P("- Thời gian: từ ngày 14/12/2026 đến ngày 18/12/2026."),
            P(
                "- Địa điểm: Hội trường A, Cơ sở 1 (phường Minh Xuân, tỉnh Tuyên Quang).",
                style="br",
            ),
            P("3. Tổ chức thực hiện", style="b"),
            P(
                "Các khoa gửi danh sách giảng viên dự thi và bài giảng đăng ký về Phòng Quản lý đào tạo và "
                "Nghiên cứu khoa học trước ngày 08/12/2026 để tổng hợp, báo cáo Ban Giám hiệu."
            ),
            P("Ban Giám hiệu yêu cầu các khoa, phòng và giảng viên nghiêm túc thực hiện./."),
            Raw(_A03_TAIL),
            Raw("<p>&nbsp;</p>"),
            Raw(_attach("vb-215", "215-TB-TCT.pdf", "Thông báo số 215-TB/TCT (PDF)")),
        ],
        authors=["Trần Văn Bình"],
        opts={"date": "2026-12-01 09:12", "updated": "2026-12-01 09:20"},
    ),
    Story(
        id=4,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-27T16:10:00+07:00",
        summary=(
            "Sau 2 tuần học tập, chiều 27/11, lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối "
            "tượng 4 năm 2026 đã bế giảng; 100% học viên được cấp giấy chứng nhận hoàn thành chương trình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học do Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức, có 112 học "
                "viên là trưởng thôn, tổ trưởng tổ dân phố, bí thư chi bộ và cán bộ các đoàn thể ở cơ sở."
            ),
            Img(
                _da("a04-img1", "be-giang-qpan-01.jpg"),
                printed="Đại diện Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                caption="Đại diện Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                style="lazy",
            ),
            Img(
                _da("a04-img2", "be-giang-qpan-02.jpg"),
                printed="Học viên tham quan mô hình dân quân thường trực tại Ban Chỉ huy Quân sự xã",
                caption="Học viên tham quan mô hình dân quân thường trực tại Ban Chỉ huy Quân sự xã",
                style="lazy",
            ),
            P(
                "Trong thời gian học tập, học viên được nghiên cứu 10 chuyên đề về đường lối quốc phòng, "
                "an ninh của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng nền "
                "quốc phòng toàn dân, thế trận an ninh nhân dân vững chắc ở cơ sở."
            ),
            P(
                "Kết quả, 38 học viên đạt loại giỏi, 74 học viên đạt loại khá. Phát biểu bế giảng, đại "
                "diện lãnh đạo Nhà trường đề nghị học viên vận dụng kiến thức đã học vào thực tiễn công tác "
                "tại địa phương."
            ),
            Raw(_RIGHT.format("<strong>Tin: Minh Phương - Ảnh: Quang Huy</strong>")),
        ],
        authors=["Minh Phương"],
        photographers=["Quang Huy"],
        opts={
            "date": "2026-11-27 16:10",
            "updated": "2026-11-28 07:55",
            "tags": ["quốc phòng an ninh"],
        },
    ),
    Story(
        id=5,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "🌹 Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026)"
        ),
        cat="hoat-dong-nha-truong",
        published_at="2026-11-19T17:05:00+07:00",
        summary=(
            "Chiều 19/11, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy, Sở Giáo dục và Đào tạo cùng các thế hệ nhà giáo của Trường qua các thời kỳ."
        ),
        blocks=[
            P(
                "Chiều 19/11, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận "
                "Tỉnh ủy, Sở Giáo dục và Đào tạo cùng các thế hệ nhà giáo của Trường qua các thời kỳ.",
                style="lead",
            ),
            P(
                "Diễn văn kỷ niệm ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, khẳng định những "
                "đóng góp của đội ngũ giảng viên Nhà trường trong sự nghiệp đào tạo, bồi dưỡng cán bộ cho "
                "hệ thống chính trị của tỉnh."
            ),
            Img(
                _img("2026/11/kn-20-11-01.jpg"),
                printed="(Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo Nhà trường)",
                caption="Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo Nhà trường",
                style="pcap",
            ),
            P(
                "Dịp này, 06 giảng viên được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” và 15 cá nhân "
                "được Hiệu trưởng tặng Giấy khen."
            ),
            Img(
                _img("2026/11/kn-20-11-02.jpg"),
                printed="Ảnh: Quang Huy",
                caption=None,
                style="pcap",
            ),
            P(
                "Chúc các thầy giáo, cô giáo luôn mạnh khỏe, hạnh phúc và tiếp tục cống hiến cho sự nghiệp "
                "đào tạo cán bộ của tỉnh nhà 💐💐💐"
            ),
        ],
        authors=["Thu Trang"],
        photographers=["Quang Huy"],
        opts={
            "date": "2026-11-19 17:05",
            "updated": "2026-11-20 06:40",
            "tacgia": "Thu Trang",
            "tags": ["20/11"],
        },
    ),
    Story(
        id=6,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title=(
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị "
            "tỉnh hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-16T07:30:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học là "
            "yêu cầu cấp thiết đối với hệ thống trường chính trị. Bài viết phân tích thực trạng và đề xuất "
            "một số giải pháp vận dụng phương pháp dạy học tích cực tại Trường Chính trị tỉnh Tuyên Quang."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Sự cần thiết của việc vận dụng phương pháp dạy học tích cực", style="h3"),
            P(
                "Học viên của Trường Chính trị tỉnh phần lớn là cán bộ, công chức, viên chức đang công tác, "
                "có kinh nghiệm thực tiễn phong phú nhưng thời gian dành cho nghiên cứu lý luận còn hạn "
                "chế. Phương pháp thuyết trình một chiều khiến giờ học thiếu sinh động, khó phát huy vốn "
                "hiểu biết của người học.",
                style="word",
            ),
            P("2. Thực trạng vận dụng tại Nhà trường", style="h3"),
            P(
                "Thời gian qua, đội ngũ giảng viên đã từng bước kết hợp thuyết trình với nêu vấn đề, thảo "
                "luận nhóm, xử lý tình huống. Tuy nhiên, việc vận dụng còn chưa đồng đều giữa các khoa; "
                "một số giảng viên trẻ còn lúng túng trong thiết kế tình huống gắn với thực tiễn địa phương.",
                style="word",
            ),
            P("3. Một số giải pháp", style="h3"),
            P(
                "Thứ nhất, nâng cao nhận thức của giảng viên về vai trò của phương pháp dạy học tích cực.",
                style="mso",
            ),
            P(
                "Thứ hai, xây dựng ngân hàng tình huống điển hình của địa phương phục vụ giảng dạy.",
                style="mso",
            ),
            P(
                "Thứ ba, đổi mới hình thức kiểm tra, đánh giá theo hướng vận dụng kiến thức vào giải quyết "
                "vấn đề thực tiễn.",
                style="mso",
            ),
            P(
                "Vận dụng phương pháp dạy học tích cực không phủ nhận phương pháp truyền thống mà là sự kết "
                "hợp hài hòa, phù hợp với từng nội dung bài giảng và đối tượng học viên.",
                style="word",
            ),
        ],
        authors=["Đỗ Thị Thu Hà", "Ma Văn Cường"],
        opts={
            "date": "2026-11-16 07:30",
            "updated": "2026-11-16 07:31",
            "tacgia": "ThS. Đỗ Thị Thu Hà, ThS. Ma Văn Cường",
            "entities": True,
            "tags": ["phương pháp giảng dạy"],
        },
    ),
    Story(
        id=7,
        slug="nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-o-cac-dang-bo-xa",
        title=(
            "Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đảng viên mới ở các đảng bộ xã "
            "sau sắp xếp"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-02T06:15:00+07:00",
        blocks=[
            P(
                "Sau khi sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp, số "
                "lượng đảng viên mới được kết nạp ở các đảng bộ xã tăng nhanh, đặt ra yêu cầu cao hơn đối "
                "với công tác bồi dưỡng lý luận chính trị."
            ),
            P("Chủ tịch Hồ Chí Minh từng căn dặn:"),
            P(
                "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, giai cấp và nhân dân, "
                "Tổ quốc và nhân loại”.",
                style="q",
            ),
            P(
                "Thực tế cho thấy, nhiều lớp bồi dưỡng đảng viên mới còn nặng về truyền đạt lý thuyết, ít "
                "liên hệ với nhiệm vụ cụ thể của chi bộ thôn, tổ dân phố; một bộ phận học viên là người dân "
                "tộc thiểu số còn hạn chế về khả năng tiếp thu."
            ),
            P(
                "Để nâng cao chất lượng, cần chú trọng biên soạn tài liệu ngắn gọn, dễ hiểu, tăng thời lượng "
                "thảo luận; đồng thời phát huy vai trò của cấp ủy cơ sở trong việc theo dõi, giúp đỡ đảng "
                "viên mới sau khi học tập."
            ),
            Raw(
                _RIGHT.format(
                    "<strong>TS. Phạm Văn Hùng</strong><br />\n<em>Phó Trưởng khoa Xây dựng Đảng</em>"
                )
            ),
        ],
        authors=["Phạm Văn Hùng"],
        opts={"date": "2026-11-02 06:15", "updated": "2026-11-03 14:22", "nfd": True},
    ),
    Story(
        id=8,
        slug="dong-chi-pho-bi-thu-thuong-truc-tinh-uy-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Trường Chính trị tỉnh",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-10T17:20:00+07:00",
        summary=(
            "Chiều 10/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Trường Chính "
            "trị tỉnh về kết quả thực hiện nhiệm vụ 10 tháng năm 2026 và định hướng phát triển Nhà trường "
            "giai đoạn 2026 - 2030."
        ),
        blocks=[
            P(
                "Chiều 10/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Trường Chính "
                "trị tỉnh về kết quả thực hiện nhiệm vụ 10 tháng năm 2026 và định hướng phát triển Nhà "
                "trường giai đoạn 2026 - 2030.",
                style="lead",
            ),
            P(
                "Báo cáo tại buổi làm việc, lãnh đạo Nhà trường cho biết: sau hợp nhất, Trường có 78 cán bộ, "
                "viên chức, người lao động, trong đó có 52 giảng viên; 100% giảng viên có trình độ sau đại "
                "học và cao cấp lý luận chính trị."
            ),
            Img(
                _img("2026/11/lv-ttty-01.jpg"),
                printed="Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc",
                caption="Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc",
                style="blue",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những kết quả Nhà trường "
                "đạt được; đề nghị Nhà trường tập trung xây dựng trường chính trị chuẩn, nâng cao chất lượng "
                "đội ngũ giảng viên, gắn giảng dạy với tổng kết thực tiễn của tỉnh."
            ),
            P(
                "Theo kế hoạch, trong năm 2027 Nhà trường sẽ hoàn thành việc cải tạo khu ký túc xá học viên "
                "tại Cơ sở 2."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://baotuyenquang.com.vn/chinh-tri/'
                'truong-chinh-tri-tinh-khai-giang-lop-cao-cap-ly-luan-chinh-tri-208861.html" '
                'target="_blank">Trường Chính trị tỉnh khai giảng lớp Cao cấp lý luận chính trị</a></p>'
            ),
            Raw(_RIGHT.format("<strong>Bích Ngọc</strong>")),
            Raw(_RIGHT.format("<em>Nguồn: Báo và Phát thanh, Truyền hình Tuyên Quang</em>")),
        ],
        authors=["Bích Ngọc"],
        source="Báo và Phát thanh, Truyền hình Tuyên Quang",
        opts={"date": "2026-11-10 17:20", "updated": "2026-11-11 08:03"},
    ),
    Story(
        id=9,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 28/10/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao chất lượng nghiên cứu, biên soạn bài giảng gắn với thực tiễn địa phương”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những kết quả đạt được và hạn chế "
                "trong việc cập nhật tư liệu thực tiễn vào bài giảng; đồng thời đề xuất nhiều giải pháp "
                "thiết thực như tăng cường đi thực tế cơ sở, trao đổi kinh nghiệm giữa các giảng viên trong "
                "tổ bộ môn."
            ),
            Img(_img("2026/10/sh-cd-klcs.jpg"), style="none"),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên xây dựng kế hoạch "
                "cá nhân, đăng ký ít nhất một nội dung đổi mới trong bài giảng học kỳ tới."
            ),
        ],
        authors=["Khánh Linh"],
        opts={"date": "2026-10-28 00:00", "updated": "2026-10-29 09:10", "tacgia": "Khánh Linh"},
    ),
    Story(
        id=10,
        slug="cong-doan-truong-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
        title=(
            "Công đoàn Trường tổ chức tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
            "Việt Nam (20/10/1930 - 20/10/2026)"
        ),
        cat="hoat-dong-nha-truong",
        published_at="2026-10-20T10:15:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), sáng 20/10, Công đoàn Trường Chính trị tỉnh tổ chức buổi tọa đàm dành cho nữ "
                "cán bộ, viên chức, người lao động."
            ),
            P(
                "Buổi tọa đàm diễn ra trong không khí vui tươi, ấm áp với các tiết mục văn nghệ, phần thi "
                "cắm hoa nghệ thuật giữa các tổ công đoàn. Nhiều ý kiến chia sẻ kinh nghiệm cân bằng giữa "
                "công việc chuyên môn và chăm lo gia đình."
            ),
            Img(_img("2026/10/toa-dam-20-10-a.jpg"), style="row"),
            Img(_img("2026/10/toa-dam-20-10-b.jpg"), style="row"),
            P(
                "Dịp này, Công đoàn Trường tặng quà chúc mừng 41 nữ đoàn viên và biểu dương 05 cá nhân "
                "tiêu biểu trong phong trào thi đua “Giỏi việc nước, đảm việc nhà”."
            ),
            Raw(_RIGHT.format("<strong>BBT</strong>")),
        ],
        opts={"date": "2026-10-20 10:15", "updated": "2026-10-20 10:15"},
    ),
    Story(
        id=11,
        slug="khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-dot-3-nam-2026",
        title="Khai giảng lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 3 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-05T08:30:00+07:00",
        summary=(
            "Sáng 05/11, Trường Chính trị tỉnh phối hợp với Đảng ủy xã Sơn Dương khai giảng lớp bồi dưỡng "
            "lý luận chính trị dành cho đảng viên mới đợt 3 năm 2026 với 74 học viên tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong thời gian 6 ngày, học viên được nghiên cứu 9 chuyên đề theo chương trình bồi dưỡng "
                "lý luận chính trị dành cho đảng viên mới do Ban Tuyên giáo và Dân vận Trung ương ban hành."
            ),
            Img(
                _da("a11-img1", "kg-dvm-dot3.jpg"),
                printed="Quang cảnh lễ khai giảng lớp học",
                caption="Quang cảnh lễ khai giảng lớp học",
                style="fig",
            ),
            P(
                "Phát biểu khai giảng, đại diện lãnh đạo Nhà trường đề nghị học viên tập trung nghiên cứu, "
                "nắm vững những nội dung cơ bản về Đảng, về nhiệm vụ của người đảng viên, từ đó nâng cao "
                "bản lĩnh chính trị, giữ gìn phẩm chất, đạo đức, lối sống."
            ),
        ],
        authors=["Lương Thị Hằng"],
        opts={
            "date": "2026-11-05 08:30",
            "updated": "2026-11-05 11:48",
            "tacgia": "Lương Thị Hằng (Phòng Quản lý đào tạo và Nghiên cứu khoa học)",
            "mota_plain": True,
        },
    ),
    Story(
        id=12,
        slug="be-giang-va-trao-bang-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-44",
        title="Bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị khóa 44 hệ tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-10-14T15:00:00+07:00",
        blocks=[
            P(
                "Chiều 14/10/2026, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho 85 "
                "học viên lớp Trung cấp lý luận chính trị khóa 44 hệ tập trung."
            ),
            P("Sau 7 tháng học tập, 100% học viên đủ điều kiện tốt nghiệp, trong đó:"),
            P("Loại xuất sắc: 04 học viên (4,7%);", style="li"),
            P("Loại giỏi: 31 học viên (36,5%);", style="li"),
            P("Loại khá: 50 học viên (58,8%).", style="li"),
            Img(
                _img("2026/10/be-giang-tc-k44.jpg"),
                printed="Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
                caption="Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
                style="tbl",
            ),
            P(
                "Nhà trường đã trao Giấy khen cho 04 học viên có thành tích xuất sắc trong học tập và 01 học "
                "viên có tiểu luận tốt nghiệp đạt điểm cao nhất."
            ),
            Raw("@@TLQ@@"),
        ],
        opts={"date": "2026-10-14 15:00", "updated": "2026-10-15 07:30", "related": [1, 11]},
    ),
    Story(
        id=13,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-46-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 46 năm 2027",
        cat="thong-bao",
        published_at="2026-11-24T14:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp "
                "lý luận chính trị hệ tập trung khóa 46 như sau:"
            ),
            P("TT | Đối tượng | Chỉ tiêu | Thời gian học", style="th"),
            P("1 | Cán bộ, công chức cấp xã | 60 | Tháng 3/2027 - tháng 9/2027", style="tr"),
            P(
                "2 | Cán bộ, viên chức các cơ quan, đơn vị cấp tỉnh | 40 | Tháng 3/2027 - tháng 9/2027",
                style="tr",
            ),
            P(
                "Hồ sơ gồm: công văn cử đi học của cơ quan, đơn vị; quyết định của cấp ủy cử đi học; bản sao "
                "bằng tốt nghiệp trung học phổ thông; giấy chứng nhận sức khỏe."
            ),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 31/01/2027. Mọi chi "
                "tiết xin liên hệ số điện thoại 0207.3822.186."
            ),
            Raw(_attach("a13-tb", "TB-tuyen-sinh-TC-K46.pdf", "Thông báo tuyển sinh (PDF)")),
            Raw(_RIGHT.format("<strong>Phòng Quản lý đào tạo và Nghiên cứu khoa học</strong>")),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={"date": "2026-11-24 14:00", "updated": "2026-11-25 16:40", "tags": ["tuyển sinh"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
for _s in STORIES:
    _s.opts["uuid"] = _uuid(f"tin-{_s.id:02d}")
BY_UUID = {s.opts["uuid"]: s for s in STORIES}


def _when(s: Story) -> datetime:
    return _dt(s.opts["date"])


NEWEST = sorted(STORIES, key=_when, reverse=True)
SLIDER = [1, 2, 5]
MOST_READ = [5, 1, 6, 8]


def slug_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def id_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet?id={s.opts['uuid']}"


def slider_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet?id={s.opts['uuid']}&language_id=1"


# --- non-articles ------------------------------------------------------------------------------

DOCS = [
    {
        "key": "vb-215",
        "so": "215-TB/TCT",
        "loai": "Thông báo",
        "ngay": "30/11/2026",
        "trich_yeu": "Thông báo về việc tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "nguoi_ky": "Trần Văn Bình",
        "file": "215-TB-TCT.pdf",
    },
    {
        "key": "vb-97",
        "so": "97-KH/TCT",
        "loai": "Kế hoạch",
        "ngay": "20/11/2026",
        "trich_yeu": "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "nguoi_ky": "Hà Quang Trung",
        "file": "97-KH-TCT.pdf",
    },
]
for _d in DOCS:
    _d["uuid"] = _uuid(_d["key"])

ALBUM_ID = _uuid("album-hoi-thao-20-11")
VIDEO_ID = _uuid("video-phong-su-hop-nhat")

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    f"/van-ban/chi-tiet?id={DOCS[0]['uuid']}",
    f"/van-ban/chi-tiet?id={DOCS[1]['uuid']}",
    f"/thu-vien-anh/album?id={ALBUM_ID}",
    f"/video/chi-tiet?id={VIDEO_ID}",
]


# --- chrome ------------------------------------------------------------------------------------


def _stamp(d: datetime, with_time: bool = True) -> str:
    day = f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"
    return f"{day} {d:%H:%M}" if with_time else day


def _head(title: str, extra: str = "", desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or "Cổng thông tin điện tử Trường Chính trị tỉnh Tuyên Quang")}" />
<meta name="keywords" content="truong chinh tri, tuyen quang, ly luan chinh tri, dao tao, boi duong" />
{extra}
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" />
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{THEME}/css/slick.css" />
<link rel="stylesheet" href="{THEME}/css/tct-main.css?v=20190611" />
<script src="{THEME}/js/jquery-1.12.4.min.js"></script>
<!-- dotCMS 5.2.8 | host: truongchinhtri.tuyenquang.gov.vn | tpl: 2cot-phai -->
</head>
"""


_MENU = """<div id="mnuWrap" class="nen-menu">
<ul id="mnuTop" class="mnu-cap1">
<li class="mnu-li"><a href="/home/index" title="Trang chủ"><i class="fa fa-home"></i></a></li>
<li class="mnu-li"><a href="/gioi-thieu/lich-su-phat-trien">Giới thiệu</a>
<ul class="mnu-cap2">
<li><a href="/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="mnu-li"><a href="/tin-tuc/">Tin tức - Sự kiện</a>
<ul class="mnu-cap2">
<li><a href="/tin-tuc/hoat-dong-nha-truong/">Hoạt động nhà trường</a></li>
<li><a href="/tin-tuc/dao-tao-boi-duong/">Đào tạo - Bồi dưỡng</a></li>
<li><a href="/tin-tuc/thong-bao/">Thông báo</a></li>
</ul></li>
<li class="mnu-li"><a href="/tin-tuc/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></li>
<li class="mnu-li"><a href="/van-ban/">Văn bản</a></li>
<li class="mnu-li"><a href="/thu-vien-anh/">Thư viện</a>
<ul class="mnu-cap2">
<li><a href="/thu-vien-anh/">Thư viện ảnh</a></li>
<li><a href="/video/">Video</a></li>
</ul></li>
<li class="mnu-li"><a href="/lien-he">Liên hệ</a></li>
</ul>
</div>"""


def _top() -> str:
    return f"""<body class="tct-body">
<div id="fb-root"></div>
<div class="dong-chay"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 &nbsp;*&nbsp; Trường Chính trị tỉnh Tuyên Quang: Đoàn kết - Kỷ cương - Chất lượng - Hiệu quả &nbsp;*&nbsp; Thi đua lập thành tích chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)</marquee></div>
<div id="hdr" class="dau-trang">
<table class="hdr-tbl" width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="120"><a href="/"><img src="{THEME}/images/logo-tct.png" alt="Logo Trường Chính trị tỉnh Tuyên Quang" width="100" height="100" /></a></td>
<td><h1 class="ten-truong">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</h1>
<div class="khau-hieu">Cổng thông tin điện tử</div></td>
</tr></table>
</div>
<div class="thanh-ngay clearfix">
<span class="ngay-ht"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
<span class="ngon-ngu"><a href="/home/index"><img src="{THEME}/images/flag-vn.png" alt="VI" /></a>
<a href="/home/index?language_id=2"><img src="{THEME}/images/flag-en.png" alt="EN" /></a></span>
<form class="tim-kiem" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form>
</div>
{_MENU}
<div id="khungChinh" class="container">
<div class="row">
"""


def _sidebar() -> str:
    most = "\n".join(
        f'<li><a href="{id_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> <span class="luot">({BY_ID[i].views()})</span></li>'
        for i in MOST_READ
    )
    docs = "\n".join(
        f'<li><a href="/van-ban/chi-tiet?id={d["uuid"]}"><b>{d["so"]}</b> - {esc(d["trich_yeu"])}</a></li>'
        for d in DOCS
    )
    return f"""<div class="col-md-3 cot-phai">
<div class="portlet-tb" id="ptl-1102">
<div class="ptl-td">THÔNG BÁO</div>
<div class="ptl-nd"><marquee direction="up" scrollamount="1" height="120">
<p>Trường Chính trị tỉnh thông báo: lớp Cao cấp lý luận chính trị hệ không tập trung K26 học tập trung đợt 2 tại Cơ sở 1 từ ngày 07/12/2026. Đề nghị học viên có mặt lúc 7 giờ 30 phút tại Hội trường A.</p>
<p>Lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị K45 được niêm yết tại bảng tin Phòng Quản lý đào tạo và Nghiên cứu khoa học.</p>
</marquee></div>
</div>
<div class="khoi-phai"><div class="kp-td">TIN ĐỌC NHIỀU</div>
<ul class="ds-docnhieu">
{most}
</ul></div>
<div class="khoi-phai"><div class="kp-td">VĂN BẢN MỚI</div>
<ul class="ds-vb">
{docs}
</ul><div class="xem-tat-ca"><a href="/van-ban/">Xem tất cả »</a></div></div>
<div class="khoi-phai"><div class="kp-td">LIÊN KẾT WEBSITE</div>
<select class="lk-web" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://baotuyenquang.com.vn">Báo và Phát thanh, Truyền hình Tuyên Quang</option>
</select>
<a href="https://hcma.vn" target="_blank"><img src="{THEME}/images/banner-hcma.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh" width="100%" /></a>
<a href="https://tulieuvankien.dangcongsan.vn" target="_blank"><img src="{THEME}/images/banner-tlvk.jpg" alt="Tư liệu văn kiện Đảng" width="100%" /></a>
</div>
<div class="khoi-phai"><div class="kp-td">THĂM DÒ Ý KIẾN</div>
<form id="frmBinhChon" onsubmit="return false;">
<p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Nhà trường?</p>
<label><input type="radio" name="bc" value="1" /> Rất đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="bc" value="2" /> Bình thường</label><br />
<label><input type="radio" name="bc" value="3" /> Cần cải thiện</label><br />
<button type="button" onclick="tctBinhChon()">Bình chọn</button> <button type="button" onclick="tctKetQua()">Kết quả</button>
</form></div>
<div class="khoi-phai"><div class="kp-td">THỐNG KÊ TRUY CẬP</div>
<table class="tk-truycap">
<tr><td>Đang online:</td><td>37</td></tr>
<tr><td>Hôm nay:</td><td>1.204</td></tr>
<tr><td>Tháng này:</td><td>9.876</td></tr>
<tr><td>Tổng truy cập:</td><td>2.371.845</td></tr>
</table></div>
</div>
"""


_FOOTER = f"""</div>
</div>
<div id="chanTrang" class="chan-trang">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
<p>Cơ sở 1: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang &nbsp;|&nbsp; Cơ sở 2: Đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.186 - Fax: 0207.3822.187 - Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>
<p>Chịu trách nhiệm nội dung: TS. Hà Quang Trung - Hiệu trưởng</p>
<p>© 2019 - 2026 Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered">Powered by <a href="https://www.dotcms.com" target="_blank">dotCMS</a></p>
</div>
<a href="#" id="lenDau" title="Lên đầu trang"><img src="{THEME}/images/len-dau.png" alt="" /></a>
<script src="{THEME}/js/bootstrap.min.js"></script>
<script src="{THEME}/js/slick.min.js"></script>
<script src="{THEME}/js/tct-main.js"></script>
<script>
// tai them tin: /api/content/render/false/query/+contentType:TinTuc%20+languageId:1/orderby/modDate%20desc/limit/5/offset/5
$(function(){{ $('.slider-bv').slick({{lazyLoad:'ondemand', dots:true}}); }});
</script>
</body>
</html>
"""


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/home/index">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div id="duongDan" class="duong-dan">' + " <i>›</i> ".join(parts) + "</div>"


def _page(title: str, main: str, extra_head: str = "", desc: str = "") -> str:
    return (
        _head(title, extra_head, desc)
        + _top()
        + '<div class="col-md-9 cot-trai">\n'
        + main
        + "\n</div>\n"
        + _sidebar()
        + _FOOTER
    )


# --- article body rendering --------------------------------------------------------------------


def _render_img(img: Img) -> str:
    if img.style == "tbl":
        return f"""<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px">
<tbody>
<tr><td><img alt="" src="{img.src}" style="height:400px; width:600px" /></td></tr>
<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(img.printed or "")}</em></span></td></tr>
</tbody>
</table>"""
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="{esc(img.printed or "")}" '
            f'src="{img.src}" width="700" height="466" />\n'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "pcap":
        return (
            f'<p style="text-align:center"><img alt="" src="{img.src}" width="640" height="427" /></p>\n'
            f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "blue":
        return (
            f'<p style="text-align:center"><img alt="" src="{img.src}" style="width:100%" /></p>\n'
            f'<p style="text-align:center"><span style="color:#0000ff"><em>{esc(img.printed or "")}</em></span></p>'
        )
    if img.style == "none":
        return f'<p style="text-align:center"><img alt="" src="{img.src}" width="640" height="427" /></p>'
    raise ValueError(img.style)


_MSO_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'


def _render_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "lazy":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "lazy":
                    group.append(blocks[i])
                    i += 1
                slides = "\n".join(
                    f'<div class="slide-item"><img src="{THEME}/images/loading.gif" data-lazy="{g.src}" alt="" />'
                    f'<div class="slide-cap">{esc(g.printed or "")}</div></div>'
                    for g in group
                )
                out.append(f'<div class="slider-bv" id="sl-{story.id}">\n{slides}\n</div>')
                continue
            if b.style == "row":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "row":
                    group.append(blocks[i])
                    i += 1
                cells = "".join(
                    f'<td style="width:50%"><img alt="" src="{g.src}" style="width:100%" /></td>'
                    for g in group
                )
                out.append(
                    '<table border="0" cellpadding="2" cellspacing="0" style="width:100%"><tbody>'
                    f"<tr>{cells}</tr></tbody></table>"
                )
                continue
            out.append(_render_img(b))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="margin-left:30px">\n' + "\n".join(items) + "\n</ul>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(
                        f'<td style="text-align:center"><p><strong>{t(c)}</strong></p></td>'
                        for c in cells
                    )
                else:
                    row = "".join(f"<td><p>{t(c)}</p></td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse; width:100%">\n'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if style == "h3":
            out.append(f'<h3 style="font-size:15px; color:#a50000">{t(b.text)}</h3>')
        elif style in ("b", "lead"):
            out.append(f'<p style="text-align:justify"><strong>{t(b.text)}</strong></p>')
        elif style == "q":
            out.append(
                f'<blockquote>\n<p style="text-align:justify"><em>{t(b.text)}</em></p>\n</blockquote>'
            )
        elif style == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
                f"{_MSO_SPAN}{t(b.text)}<o:p></o:p></span></p>"
            )
        elif style == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                '<span style="font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
                '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                f"{_MSO_SPAN}{t(b.text)}<o:p></o:p></span></p>"
            )
        else:  # a plain paragraph, with its <br> continuations
            parts = [t(b.text)]
            while (
                i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"
            ):
                i += 1
                parts.append(t(blocks[i].text))
            out.append('<p style="text-align:justify">' + "<br />\n".join(parts) + "</p>")
        i += 1
    body = "\n".join(out)
    if "@@TLQ@@" in body:
        links = "\n".join(
            f'<li><a href="{slug_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>'
            for r in story.opts["related"]
        )
        body = body.replace(
            "@@TLQ@@",
            f'<div class="tlq-trong" style="border:1px dashed #ccc; padding:6px"><b>Tin liên quan:</b>\n<ul>\n{links}\n</ul></div>',
        )
    if story.opts.get("entities"):
        body = entity_mix(body)
    return body


def _info_bar(story: Story) -> str:
    when = _when(story)
    tacgia = story.opts.get("tacgia")
    tg = esc(tacgia) if tacgia else "$URLMapContent.tacGia"
    return (
        '<div class="tt-info">'
        f'<span class="ngay-ct"><i class="fa fa-clock-o"></i> {_stamp(when)}</span>'
        f' &nbsp;|&nbsp; <span class="tg-ct">Tác giả: <b>{tg}</b></span>'
        f' &nbsp;|&nbsp; <span class="lx-ct">Lượt xem: {story.views()}</span>'
        ' &nbsp;|&nbsp; <span class="nd-ct">Người đăng: bbt.tct</span>'
        "</div>"
    )


def _tools(request: Request, story: Story) -> str:
    url = base_url(request) + slug_path(story)
    return f"""<div class="cong-cu">
<a href="javascript:void(0)" onclick="tctCoChu(-1)" title="Giảm cỡ chữ">A-</a>
<a href="javascript:void(0)" onclick="tctCoChu(1)" title="Tăng cỡ chữ">A+</a>
<a href="javascript:window.print()" title="In bài viết"><img src="{THEME}/images/ico-print.png" alt="In" /></a>
<a href="mailto:?subject={quote_plus(story.title)}&amp;body={quote_plus(url)}" title="Gửi email"><img src="{THEME}/images/ico-mail.png" alt="Email" /></a>
<a href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(url)}" target="_blank"><img src="{THEME}/images/ico-fb.png" alt="Chia sẻ Facebook" /></a>
</div>"""


def _latest_box(exclude: Story) -> str:
    items = [s for s in NEWEST if s is not exclude][:5]
    lis = "\n".join(
        f'<li><a href="{id_path(s)}">{esc(s.title)}</a> <span class="ngay-ds">({_when(s):%d/%m/%Y})</span></li>'
        for s in items
    )
    return (
        f'<div class="tin-khac"><div class="tk-td">Tin mới cập nhật</div>\n<ul>\n{lis}\n</ul></div>'
    )


def _plain_lead(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:32]) + ("..." if len(words) > 32 else "")


def article_page(request: Request, story: Story) -> Response:
    nfd = bool(story.opts.get("nfd"))
    title_html = text(story.title, nfd=nfd)
    when = _when(story)
    utc = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    canon = base_url(request) + slug_path(story)
    desc = _plain_lead(story)
    extra = f"""<link rel="canonical" href="{canon}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(unicodedata.normalize("NFD", story.title) if nfd else story.title)}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:url" content="{canon}" />
<meta property="article:published_time" content="{utc}" />"""
    mota = ""
    if story.summary and story.sapo_outside:
        inner = (
            text(story.summary)
            if story.opts.get("mota_plain")
            else f"<strong>{text(story.summary)}</strong>"
        )
        mota = f'<div class="tt-mota">{inner}</div>'
    else:
        mota = '<div class="tt-mota"></div>'
    tags = story.opts.get("tags")
    tag_html = (
        '<div class="tu-khoa"><b>Từ khóa:</b> '
        + ", ".join(f"<span>{esc(t)}</span>" for t in tags)
        + "</div>"
        if tags
        else ""
    )
    updated = _dt(story.opts["updated"])
    section = SECTIONS[story.cat]
    main = f"""{_crumbs(("Tin tức", "/tin-tuc/"), ("Chi tiết tin", None))}
<!-- container: Tin tuc - chi tiet (b4a2e6c1) -->
<div id="dot-ctr-4417" class="kv-ct">
<div class="cm-ct">Chuyên mục: <a href="/tin-tuc/{story.cat}">{esc(section)}</a></div>
<div class="tieude-ct">{title_html}</div>
{_info_bar(story)}
{_tools(request, story)}
{mota}
<div class="noidung-ct" id="ndct-{story.id}">
{_render_body(story)}
</div>
<div class="cap-nhat"><i>Cập nhật lần cuối: {updated:%d/%m/%Y %H:%M}</i></div>
{tag_html}
<div class="fb-like" data-href="{canon}" data-layout="button_count" data-share="true"></div>
{_latest_box(story)}
</div>"""
    return html(_page(f"Chi tiết tin - {SCHOOL}", main, extra, desc))


# --- listings ----------------------------------------------------------------------------------


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return "./" if n == 1 else f"?pg={n}"

    bits = [f'<span class="pt-tong">Trang {page}/{pages}</span>']
    if page > 1:
        bits.append(f'<a href="{href(1)}">« Đầu</a>')
        bits.append(f'<a href="{href(page - 1)}">‹ Trước</a>')
    for n in range(1, pages + 1):
        bits.append(
            f'<span class="pt-ht">{n}</span>' if n == page else f'<a href="{href(n)}">{n}</a>'
        )
    if page < pages:
        bits.append(f'<a href="{href(page + 1)}">Sau ›</a>')
        bits.append(f'<a href="{href(pages)}">Cuối »</a>')
    return '<div class="phan-trang">' + " ".join(bits) + "</div>"


def _item(s: Story) -> str:
    thumb = f"/dA/{_short(f'thumb-{s.id}')}/anhDaiDien/300w"
    return f"""<div class="tin-item clearfix">
<a href="{slug_path(s)}" class="anh-dd"><img src="{thumb}" alt="{esc(s.title)}" width="180" height="120" /></a>
<div class="tin-td"><a href="{slug_path(s)}" title="{esc(s.title)}">{text(s.title)}</a> <span class="ngay-ds">({_when(s):%d/%m/%Y})</span></div>
<div class="tin-mt">{esc(_plain_lead(s))}</div>
</div>"""


def _page_number(request: Request) -> int:
    raw = request.params.get("pg", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def listing_page(request: Request, folder: str | None) -> Response:
    if folder:
        items = [s for s in NEWEST if s.cat == folder]
        per = PER_SECTION_PAGE
        label = SECTIONS[folder]
        crumbs = _crumbs(("Tin tức", "/tin-tuc/"), (label, None))
    else:
        items = NEWEST
        per = PER_ALL_PAGE
        label = "Tin tức - Sự kiện"
        crumbs = _crumbs(("Tin tức", None))
    page = _page_number(request)
    pages = max(1, -(-len(items) // per))
    chunk = items[(page - 1) * per : page * per]
    body = (
        "\n".join(_item(s) for s in chunk)
        or '<p class="khong-co">Chưa có tin bài trong mục này.</p>'
    )
    main = f"""{crumbs}
<div class="kv-ds" id="dot-ctr-4410">
<div class="td-muc"><h2>{esc(label)}</h2></div>
{body}
{_pager(page, pages) if chunk else ""}
</div>"""
    title = f"{label} - {SCHOOL}" + (f" - Trang {page}" if page > 1 else "")
    return html(_page(title, main))


def home_page(request: Request) -> Response:
    slides = "\n".join(
        f"""<div class="sl-item"><a href="{slider_path(BY_ID[i])}"><img src="/dA/{_short(f"thumb-{i}")}/anhDaiDien/720w" alt="" /></a>
<div class="sl-td"><a href="{slider_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div>
<div class="sl-mt">{esc(_plain_lead(BY_ID[i]))}</div></div>"""
        for i in SLIDER
    )
    newest = "\n".join(
        f'<li><a href="{id_path(s)}">{esc(s.title)}</a> <span class="ngay-ds">{_when(s):%d/%m}</span></li>'
        for s in NEWEST[:5]
    )
    boxes = []
    for folder, label in SECTIONS.items():
        two = [s for s in NEWEST if s.cat == folder][:2]
        lis = "\n".join(f'<li><a href="{slug_path(s)}">{esc(s.title)}</a></li>' for s in two)
        boxes.append(
            f"""<div class="hop-cm col-md-6"><div class="hcm-td"><a href="/tin-tuc/{folder}/">{esc(label)}</a></div>
<ul>
{lis}
</ul><a class="xem-tiep" href="/tin-tuc/{folder}/">Xem tiếp »</a></div>"""
        )
    main = f"""<div class="tin-noi-bat"><div class="tnb-td">TIN NỔI BẬT</div>
<div class="slider-tnb">
{slides}
</div></div>
<div class="tin-moi"><div class="tm-td">TIN MỚI</div>
<ul>
{newest}
</ul></div>
<div class="row">
{"".join(boxes)}
</div>
<div class="row">
<div class="col-md-6 hop-anh"><div class="hcm-td"><a href="/thu-vien-anh/">THƯ VIỆN ẢNH</a></div>
<a href="/thu-vien-anh/album?id={ALBUM_ID}"><img src="/images/thu-vien-anh/2026/hoi-thao-20-11/bia.jpg" alt="" width="100%" />
<span>Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</span></a></div>
<div class="col-md-6 hop-video"><div class="hcm-td"><a href="/video/">VIDEO</a></div>
<a href="/video/chi-tiet?id={VIDEO_ID}"><img src="/dA/{_short("video-thumb")}/anhDaiDien/480w" alt="" width="100%" />
<span>Phóng sự: Trường Chính trị tỉnh Tuyên Quang sau một năm hợp nhất</span></a></div>
</div>"""
    return html(_page(f"Trang chủ - {SCHOOL}", main))


# --- non-article pages -------------------------------------------------------------------------


def _static(title: str, crumbs: str, inner: str) -> Response:
    main = f'{crumbs}\n<div class="kv-tinh" id="dot-ctr-4402"><div class="tieude-ct">{esc(title)}</div>\n{inner}\n</div>'
    return html(_page(f"{title} - {SCHOOL}", main))


def history_page() -> Response:
    inner = """<p style="text-align:justify">Trường Chính trị tỉnh Tuyên Quang có tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1949 trong những năm kháng chiến chống thực dân Pháp. Qua các thời kỳ, Trường đã nhiều lần được đổi tên, kiện toàn về tổ chức.</p>
<p style="text-align:justify">Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị tỉnh Hà Giang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang, hoạt động tại hai cơ sở.</p>
<p style="text-align:justify">Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho cán bộ, đảng viên, công chức, viên chức của hệ thống chính trị ở địa phương.</p>
<p style="text-align:center"><img src="/images/gioi-thieu/truong-co-so-1.jpg" alt="Trụ sở Cơ sở 1" width="600" /></p>"""
    return _static(
        "Lịch sử phát triển",
        _crumbs(("Giới thiệu", "/gioi-thieu/lich-su-phat-trien"), ("Lịch sử phát triển", None)),
        inner,
    )


def structure_page() -> Response:
    rows = [
        (
            "Ban Giám hiệu",
            "TS. Hà Quang Trung - Hiệu trưởng; TS. Nguyễn Thị Minh Nguyệt, TS. Trần Văn Bình - Phó Hiệu trưởng",
        ),
        ("Phòng Tổ chức - Hành chính", "ThS. Vũ Thị Thanh Xuân - Trưởng phòng"),
        ("Phòng Quản lý đào tạo và Nghiên cứu khoa học", "ThS. Nông Văn Tuấn - Trưởng phòng"),
        ("Khoa Xây dựng Đảng", "ThS. Lý Thị Duyên - Trưởng khoa"),
        ("Khoa Lý luận cơ sở", "ThS. Đỗ Thị Thu Hà - Trưởng khoa"),
        ("Khoa Nhà nước và pháp luật", "ThS. Hoàng Minh Đức - Trưởng khoa"),
        ("Khoa Dân vận", "ThS. Triệu Thị Hòa - Trưởng khoa"),
    ]
    trs = "\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    inner = f"""<p>Cơ cấu tổ chức của Nhà trường gồm Ban Giám hiệu, 02 phòng chức năng và 04 khoa chuyên môn.</p>
<table border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse">
<tbody><tr><td><b>Đơn vị</b></td><td><b>Lãnh đạo</b></td></tr>
{trs}
</tbody></table>"""
    return _static(
        "Cơ cấu tổ chức",
        _crumbs(("Giới thiệu", "/gioi-thieu/lich-su-phat-trien"), ("Cơ cấu tổ chức", None)),
        inner,
    )


def contact_page(request: Request) -> Response:
    thanks = (
        '<div class="tb-ok">Cảm ơn Quý vị đã gửi thông tin. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
        if request.method == "POST"
        else ""
    )
    inner = f"""{thanks}
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></p>
<p>Cơ sở 1: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Cơ sở 2: Đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.186 - Email: truongchinhtri@tuyenquang.gov.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700!2d105.21!3d21.82" width="100%" height="300" frameborder="0"></iframe>
<form id="frmLienHe" method="post" action="/lien-he">
<table class="tbl-lh">
<tr><td>Họ và tên (*)</td><td><input type="text" name="hoTen" /></td></tr>
<tr><td>Email (*)</td><td><input type="text" name="email" /></td></tr>
<tr><td>Tiêu đề</td><td><input type="text" name="tieuDe" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="noiDung" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table>
</form>"""
    return _static("Liên hệ", _crumbs(("Liên hệ", None)), inner)


def docs_list() -> Response:
    trs = "\n".join(
        f"""<tr><td>{i}</td><td><a href="/van-ban/chi-tiet?id={d["uuid"]}">{d["so"]}</a></td><td>{d["ngay"]}</td>
<td><a href="/van-ban/chi-tiet?id={d["uuid"]}">{esc(d["trich_yeu"])}</a></td>
<td><a href="/dA/{_short(d["key"])}/tepDinhKem/{d["file"]}"><img src="{THEME}/images/icon-pdf.gif" alt="Tải về" /></a></td></tr>"""
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs(("Văn bản", None))}
<div class="kv-vb" id="dot-ctr-4420"><h2>Văn bản</h2>
<table class="tbl-vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{trs}
</tbody></table></div>"""
    return html(_page(f"Văn bản - {SCHOOL}", main))


def doc_page(doc: dict) -> Response:
    main = f"""{_crumbs(("Văn bản", "/van-ban/"), (doc["so"], None))}
<div class="kv-vb-ct" id="dot-ctr-4421">
<div class="tieude-ct">{esc(doc["trich_yeu"])}</div>
<table class="tbl-vb-ct" border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>{doc["so"]}</td></tr>
<tr><td>Loại văn bản</td><td>{doc["loai"]}</td></tr>
<tr><td>Ngày ban hành</td><td>{doc["ngay"]}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Tuyên Quang</td></tr>
<tr><td>Người ký</td><td>{esc(doc["nguoi_ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(doc["trich_yeu"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/dA/{_short(doc["key"])}/tepDinhKem/{doc["file"]}">{doc["file"]}</a></td></tr>
</table></div>"""
    return html(_page(f"{doc['so']} - Văn bản - {SCHOOL}", main))


ALBUM_PHOTOS = [
    ("01.jpg", "Các vận động viên thi đấu môn bóng chuyền hơi nữ"),
    ("02.jpg", "Trận chung kết môn kéo co giữa Khoa Xây dựng Đảng và Phòng Tổ chức - Hành chính"),
    ("03.jpg", "Ban Tổ chức trao giải cho các đội đạt thành tích cao"),
]


def album_list() -> Response:
    main = f"""{_crumbs(("Thư viện ảnh", None))}
<div class="kv-album" id="dot-ctr-4430"><h2>Thư viện ảnh</h2>
<div class="album-item"><a href="/thu-vien-anh/album?id={ALBUM_ID}"><img src="/images/thu-vien-anh/2026/hoi-thao-20-11/bia.jpg" alt="" width="260" /></a>
<div><a href="/thu-vien-anh/album?id={ALBUM_ID}">Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a> (3 ảnh)</div></div>
</div>"""
    return html(_page(f"Thư viện ảnh - {SCHOOL}", main))


def album_page() -> Response:
    photos = "\n".join(
        f'<div class="anh-album"><a href="/images/thu-vien-anh/2026/hoi-thao-20-11/{f}" class="fancybox">'
        f'<img src="/images/thu-vien-anh/2026/hoi-thao-20-11/{f}" alt="{esc(c)}" width="260" /></a>'
        f'<p class="mo-ta-anh">{esc(c)}</p></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = f"""{_crumbs(("Thư viện ảnh", "/thu-vien-anh/"), ("Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None))}
<div class="kv-album-ct" id="dot-ctr-4431">
<div class="tieude-ct">Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</div>
<div class="tt-info"><span class="ngay-ct">{_stamp(_dt("2026-11-18 15:30"))}</span></div>
<p style="text-align:justify">Hội thao năm 2026 diễn ra từ ngày 16 đến 18/11 với các môn bóng chuyền hơi, kéo co và cầu lông, thu hút gần 70 vận động viên là cán bộ, giảng viên, nhân viên của Nhà trường tham gia.</p>
{photos}
</div>"""
    return html(_page(f"Thư viện ảnh - {SCHOOL}", main))


def video_list() -> Response:
    main = f"""{_crumbs(("Video", None))}
<div class="kv-video" id="dot-ctr-4440"><h2>Video</h2>
<div class="video-item"><a href="/video/chi-tiet?id={VIDEO_ID}"><img src="/dA/{_short("video-thumb")}/anhDaiDien/480w" alt="" width="260" /></a>
<div><a href="/video/chi-tiet?id={VIDEO_ID}">Phóng sự: Trường Chính trị tỉnh Tuyên Quang sau một năm hợp nhất</a></div></div>
</div>"""
    return html(_page(f"Video - {SCHOOL}", main))


def video_page() -> Response:
    main = f"""{_crumbs(("Video", "/video/"), ("Chi tiết", None))}
<div class="kv-video-ct" id="dot-ctr-4441">
<div class="tieude-ct">Phóng sự: Trường Chính trị tỉnh Tuyên Quang sau một năm hợp nhất</div>
<div class="tt-info"><span class="ngay-ct">{_stamp(_dt("2026-10-15 20:00"))}</span> | Lượt xem: 412</div>
<div class="khung-video"><iframe width="100%" height="450" src="https://www.youtube.com/embed/x7Qp2LmT0aZ" frameborder="0" allowfullscreen></iframe></div>
<p style="text-align:justify">Phóng sự của Báo và Phát thanh, Truyền hình Tuyên Quang ghi lại những chuyển biến của Trường Chính trị tỉnh sau một năm hợp nhất: tổ chức bộ máy được kiện toàn, hoạt động đào tạo tại hai cơ sở đi vào nền nếp.</p>
</div>"""
    return html(_page(f"Video - {SCHOOL}", main))


def search_page(request: Request) -> Response:
    q = unicodedata.normalize("NFC", request.params.get("q", "").strip())
    if not q:
        inner = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        found = [s for s in NEWEST if q.lower() in s.title.lower()][:10]
        inner = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <b>{esc(q)}</b></p>" + "\n".join(
            _item(s) for s in found
        )
    main = f'{_crumbs(("Tìm kiếm", None))}\n<div class="kv-tk" id="dot-ctr-4450"><h2>Kết quả tìm kiếm</h2>\n{inner}\n</div>'
    return html(_page(f"Tìm kiếm - {SCHOOL}", main))


# --- the site ----------------------------------------------------------------------------------

_JPEG_PREFIXES = ("/dA/", "/contentAsset/")


class DotcmsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_JPEG_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(
                path if path.lower().endswith((".jpg", ".png", ".gif")) else path + ".jpg"
            )
        if path.startswith(("/application/", "/images/")):
            return static_file(path)
        if path == "/":
            return redirect("/home/index", 301)
        if path == "/home/index":
            return home_page(request)
        if path == "/tin-tuc/":
            return listing_page(request, None)
        if path == "/tin-tuc/chi-tiet":
            story = BY_UUID.get(request.params.get("id", ""))
            return article_page(request, story) if story else None
        if path.startswith("/tin-tuc/"):
            rest = path[len("/tin-tuc/") :]
            if rest.endswith("/") and rest[:-1] in SECTIONS:
                return listing_page(request, rest[:-1])
            if rest in SECTIONS:
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
            story = BY_SLUG.get(rest)
            return article_page(request, story) if story else None
        if path == "/van-ban/":
            return docs_list()
        if path == "/van-ban/chi-tiet":
            doc = next((d for d in DOCS if d["uuid"] == request.params.get("id")), None)
            return doc_page(doc) if doc else None
        if path == "/thu-vien-anh/":
            return album_list()
        if path == "/thu-vien-anh/album":
            return album_page() if request.params.get("id") == ALBUM_ID else None
        if path == "/video/":
            return video_list()
        if path == "/video/chi-tiet":
            return video_page() if request.params.get("id") == VIDEO_ID else None
        if path in ("/van-ban", "/thu-vien-anh", "/video", "/tin-tuc"):
            return redirect(path + "/", 301)
        if path == "/gioi-thieu/lich-su-phat-trien":
            return history_page()
        if path == "/gioi-thieu/co-cau-to-chuc":
            return structure_page()
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        return None


def build_site() -> DotcmsSite:
    return DotcmsSite()


def _gold(s: Story) -> dict:
    alts = [id_path(s)]
    if s.id in SLIDER:
        alts.append(slider_path(s))
    return gold_record(
        s, slug_path(s), SECTIONS[s.cat], canonical_path=slug_path(s), alt_paths=alts
    )


GOLD = [_gold(s) for s in STORIES]
