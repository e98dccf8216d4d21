"""Cổng thông tin điện tử Sở GD&ĐT tỉnh Tuyên Quang: a CakePHP 2 portal sold in 2014 by a
provincial software company (footer: "Thiết kế và phát triển: TQSoft") to several departments,
on a Bootstrap 2 layout, left running with ``Configure::write('debug', 2)``.

Platform
--------
CakePHP 2.4 with the vendor's ``Article``/``Category``/``Document``/``Album`` controllers and the
framework's default routes, so every URL is ``/<controller>/<action>/<pass args>/<named:params>``:

- ``/``                                   home (carousel "Tin nổi bật", category boxes, sidebars)
- ``/articles/view/<id>/<slug>``          an article; CakePHP ignores the slug argument, so
                                          ``/articles/view/<id>`` and any other slug serve it too
- ``/articles/print/<id>``                the print view, opened by ``window.open`` (onclick only)
- ``/articles/search?tukhoa=…``           the header search box (GET form)
- ``/categories/view/<id>``               a listing, 5 per page, with CakePHP named parameters:
  ``/categories/view/3/page:2``, ``/categories/view/3/sort:created/direction:desc``,
  ``/categories/view/3/page:2/sort:hits/direction:desc`` (parameters in any order; a page past
  the last one is a NotFoundException, 404)
- ``/documents``, ``/documents/index?loai=…`` the document library (văn bản) beside the news;
  ``/documents/view/<id>/<slug>`` one dispatch; ``/files/vanban/…pdf`` its file
- ``/albums``, ``/albums/view/<id>/<slug>``  photo albums
- ``/pages/view/<id>/<slug>``             static pages (Giới thiệu chung, Cơ cấu tổ chức)
- ``/contacts``                           contact page with a POST form
- ``/polls/vote``                         the poll's POST target (302 back home)
- ``/uploads/images/…``, ``/uploads/thumbs/…``, ``/img/…``, ``/css/…``, ``/js/…`` static files

Page templates
--------------
Every page: banner, ``div.navbar#menu_ngang`` with Bootstrap 2 drop-downs (Giới thiệu ▾, Tin tức
▾, Thông báo, Văn bản, Thư viện ảnh, Liên hệ), a search box, a date strip with today "Thứ Bảy,
05/12/2026" and a "Tin mới" marquee, a right column (Thông báo marquee, Văn bản mới, Tin đọc
nhiều, poll, Liên kết website select, banners, counter "Đang online / Hôm nay / Tổng truy cập"),
a footer (address, phone, email, licence, vendor) and, after ``</div>`` of the container,
CakePHP's debug SQL log table (``table.cake-sql-log``).

Article (``div.khung_ct``): ``ul.breadcrumb`` (Trang chủ » parent » category), ``h2.tde_ct``,
``div.tgian_ct`` "Ngày đăng: dd/mm/yyyy - HH:MM | Cập nhật: … | Lượt xem: … | Người đăng:
<account>", sometimes a ``pre.cake-error`` PHP notice, an optional ``div.tomtat_ct`` (sapo),
``div.ndung_ct`` (the editor's HTML: justified ``<p>``, image tables, Word paste, bylines as
right-aligned paragraphs), an optional "File đính kèm" line, "Từ khóa" labels, the tool bar, then
"Tin liên quan" and "Các tin khác" lists inside the same box.

Listing (``div.ds_tin``): items ``div.row-fluid.item_tin`` with thumbnail, ``h4.tde`` link, a
relative date from ``TimeHelper::timeAgoInWords`` ("2 ngày, 18 giờ trước", "vào ngày 15/10/26")
and a truncated teaser; a sort bar "Sắp xếp theo: Ngày đăng | Lượt xem" and a CakePHP paginator
(``div.ptrang``: « Trước | 1 | 2 | Sau »).

How each gold article is reached
--------------------------------
- Home: the carousel links 2871, 2868, 2857, 2833 without slug (``/articles/view/<id>``); the
  category boxes, the "Tin mới" marquee and the sidebar "Thông báo" link the slug form; the cached
  "Tin đọc nhiều" block links 2860, 2812, 2839, 2868 in ``Inflector::slug`` form
  (``/articles/view/2860/Thong_bao_ve_viec_…``) plus a withdrawn article (2790).
- Listings: /categories/view/3 (Tin tức - Sự kiện, 7 items with the cross-listed 2864) has two
  pages: 2826 and 2805 are only on page:2 (in every sort order), reachable from nothing else.
  /categories/view/4, 5, 6, 7 have one page each.
- Articles: "Các tin khác" (the 3 newest others of the primary category), "Tin liên quan", a "Xem
  thêm:" line in 2826.

Traps
-----
1. One article, many URLs: ``/articles/view/<id>/<slug>`` (listings, og:url),
   ``/articles/view/<id>`` (home carousel), ``/articles/view/<id>/<Inflector_slug>`` with
   capitals and underscores (cached "Tin đọc nhiều") and ``/articles/print/<id>`` (onclick
   window.open only). No ``<link rel="canonical">``; ``og:url`` prints the slug form. Gold: path
   and canonical_path = slug form; the other three in alt_paths; one record per article.
2. CakePHP named-parameter listings: page:N, sort:created/direction:desc and
   sort:hits/direction:desc combine into 15 listing URLs for 5 categories; the two oldest news
   items are only on page:2 of "Tin tức - Sự kiện"; page:3 is a 404. Gold: listings are no
   articles; 2826 and 2805 must still be found.
3. Dates: listings print only relative dates ("1 tuần, 2 ngày trước", "vào ngày 15/10/26" with a
   two-digit year); the article prints "Ngày đăng: 04/12/2026 - 15:20 | Cập nhật: 05/12/2026 -
   08:02" next to the header's today "Thứ Bảy, 05/12/2026". Gold: the "Ngày đăng" stamp with
   +07:00; 2839 prints "18/11/2026 - 00:00" -> the day alone "2026-11-18".
4. debug=2 leftovers: a ``pre.cake-error`` "Notice (8): Undefined index: tacgia [APP/View/
   Articles/view.ctp, line 57]" with a hidden stack trace and code excerpt sits inside the article
   box right before the text (2860, 2851, 2812), and CakePHP's SQL log table follows the footer on
   every page. Gold: neither is body.
5. Official notice 2860 printed as a document: letterhead table "UBND TỈNH TUYÊN QUANG / SỞ GIÁO
   DỤC VÀ ĐÀO TẠO / Số: 2187/TB-SGDĐT | CỘNG HÒA … / Tuyên Quang, ngày 30 tháng 11 năm 2026", kind
   and subject lines, "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Thắng"; posted
   "Ngày đăng: 01/12/2026 - 08:12". Gold: published_at "2026-11-30", authors ["Nguyễn Văn
   Thắng"], body = from "Căn cứ …" to "…triển khai thực hiện./."; "File đính kèm" not body.
6. The document library looks like news: /documents/view/231 carries the very subject of notice
   2860 with a date, "Trích yếu", "Người ký" and a file. Gold: document entries are non-articles.
7. Byline zoo: every info bar prints the CMS account "Người đăng: sgd_admin" (nobody); closing
   lines "Tin, ảnh: X" (both lists), "Tin: X - Ảnh: Y", a unit alone "Phòng GDTrH" and "Văn phòng
   Sở" (author as printed), "ThS. Đỗ Văn Khoa - Phó Trưởng phòng GDTrH" (name only), "BBT"
   (nobody), "Nguyễn Hải (Văn phòng Sở)" (name only), "Tin, ảnh: Phương Anh (Trường MN Hoa Sen)";
   2819 has its byline at the top ("ThS. Nguyễn Thị Lan Anh<br>Trường THPT Na Hang"); "Nguồn:
   Báo Tuyên Quang" and "Theo Cổng TTĐT tỉnh Tuyên Quang" are sources, while 2805's first
   sentence "Theo kế hoạch, …" and 2857's "Theo Phòng GD&ĐT huyện Sơn Dương, …" are text.
8. Cross-listed article: 2864 (primary "Giáo dục Trung học") also shows in the "Tin tức - Sự
   kiện" listing; its breadcrumb names the primary one. Gold category "Giáo dục Trung học".
9. Captions: a two-row image table (caption in the second row), a caption in parentheses
   (parentheses dropped), a caption after ``<br>`` in the image's own paragraph, a credit line
   "Ảnh: Phương Anh" (caption None) and images without a line (None).
10. Text encodings: 2857's body is decomposed (NFD, pasted from a Mac), 2851's body is FCKeditor
    entity soup (every second letter a reference), 2839 has a Word list with
    ``mso-list:Ignore`` dash markers (no text) next to a "- " the editor typed (text);
    2826's title has "GD&amp;ĐT". Gold: NFC text as read.
11. A withdrawn article (2790) still linked from the cached "Tin đọc nhiều" answers 200 with the
    full chrome and "Bài viết đang chờ duyệt hoặc đã bị gỡ bỏ!". Gold: not an article.
12. Sapo forms: ``div.tomtat_ct`` outside the body (summary, first body paragraph); a bold lead
    paragraph inside the body (2864, 2839: summary); no sapo but a meta description cut from
    the text (2851, 2819, 2812, 2860: summary null).
13. Boundaries: "Từ khóa", the tool bar, "Tin liên quan" and "Các tin khác" sit inside the same
    article box as the text; 2826 has a "Xem thêm: <link>" line inside ``div.ndung_ct``; 2819's
    footnote calls "[1]" are ``<sup><a>`` glued to the sentence and its "Tài liệu tham khảo"
    entries are text. Gold: calls stay in their sentence as printed ("…khó khăn.[1] Kết quả …"),
    the references are body paragraphs.

Gold decisions on ambiguous points
----------------------------------
- Table rows in the text (2846's prize table, 2812's schedule) are paragraphs, header row
  included, cells joined by " | ".
- The letterhead/closing tables of 2860 are not body; the lines "- Thời gian thi: …" and "-
  Địa điểm: …", split by ``<br>``, are two paragraphs with the editor's "- " kept.
- In 2819 the top byline (name and school) is not body; its numbered section headings ("1. Đặt
  vấn đề") and "Tài liệu tham khảo" are paragraphs.
- A photo credit under a photo ("Ảnh: Phương Anh") gives no caption; the photographer comes
  from the closing "Tin, ảnh:" line.
- The "Tin đọc nhiều" Inflector slug form and the slugless form are the same article (the
  server ignores the slug): alt_paths, not new records.
- Category = the breadcrumb's last crumb (the primary category), never the parent "Tin tức".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

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

NAME = "cakephp_vendor_sgddt"
PLATFORM = "cakephp2"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 30)
PER_PAGE = 5
ACTIVE = ' class="active"'
SELECTED = ' selected="selected"'

# --- categories ------------------------------------------------------------------------------

#: id -> (name as the menu and breadcrumb print it, parent crumb or None)
CATS: dict[int, tuple[str, str | None]] = {
    3: ("Tin tức - Sự kiện", "Tin tức"),
    4: ("Giáo dục Trung học", "Tin tức"),
    5: ("Giáo dục Mầm non - Tiểu học", "Tin tức"),
    7: ("Trao đổi - Nghiên cứu", "Tin tức"),
    6: ("Thông báo", None),
}


def fold(value: str) -> str:
    value = value.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))


def slug_dash(title: str) -> str:
    """The vendor's own slug: lower case, hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(title).lower()).strip("-")


def slug_cake(title: str) -> str:
    """CakePHP 2 ``Inflector::slug($title)``: capitals kept, underscores."""
    return re.sub(r"[^A-Za-z0-9]+", "_", fold(title)).strip("_")


# --- markup helpers for the editor's HTML ---------------------------------------------------


def sig(value: str, italic: bool = False) -> Raw:
    inner = f"<em>{esc(value)}</em>" if italic else esc(value)
    return Raw(f'<p style="text-align:right"><strong>{inner}</strong></p>')


LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align:center; width:42%"><span style="font-size:13px">UBND TỈNH TUYÊN QUANG'
    "<br />\n<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n______<br />\nSố: 2187/TB-SGDĐT"
    "</span></td>\n"
    '<td style="text-align:center"><span style="font-size:13px"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA'
    " VIỆT NAM</strong><br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />\n&nbsp;"
    "<br />\n<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></span></td>\n</tr>\n</tbody>\n"
    "</table>\n"
    '<p style="text-align:center">&nbsp;</p>\n'
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align:center"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp'
    " 12 THPT<br />\nnăm học 2026-2027</strong></p>"
)
CLOSING = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align:top; width:50%"><span style="font-size:12px"><strong><em>Nơi nhận:'
    "</em></strong><br />\n- Như trên;<br />\n- Giám đốc Sở (b/c);<br />\n- Website Sở;<br />\n"
    "- Lưu: VT, GDTrH.</span></td>\n"
    '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />\nPHÓ GIÁM ĐỐC'
    "</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Nguyễn Văn Thắng</strong>"
    "</td>\n</tr>\n</tbody>\n</table>"
)
TOP_BYLINE_2819 = Raw(
    '<p style="text-align:right"><strong><em>ThS. Nguyễn Thị Lan Anh</em></strong><br />\n'
    "<em>Trường THPT Na Hang</em></p>"
)
SPACER = Raw("<p>&nbsp;</p>")


def _u(day: str, name: str) -> str:
    return f"/uploads/images/2026/{day}/{name}"


# --- the 13 articles ------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        2871,
        "",
        "Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026-2027",
        "3",
        "2026-12-04T15:20:00+07:00",
        [
            P(
                "Dự hội nghị có đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở GD&ĐT; lãnh đạo các phòng"
                " chuyên môn thuộc Sở; lãnh đạo Phòng GD&ĐT các huyện, thành phố; hiệu trưởng các"
                " trường THPT, trung tâm GDNN-GDTX và cán bộ phụ trách công nghệ thông tin của các"
                " đơn vị."
            ),
            Img(
                _u("12", "hoi-nghi-cds-1.jpg"),
                "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị",
                "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị",
                "table",
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục tỉnh đã hoàn thành cơ bản việc số hóa hồ sơ, sổ"
                " sách điện tử tại 100% trường phổ thông; 98,6% học sinh được cấp tài khoản định danh"
                " trên cơ sở dữ liệu ngành; tỷ lệ thanh toán không dùng tiền mặt các khoản thu dịch vụ"
                " giáo dục đạt 91,2%. Tuy nhiên, hạ tầng mạng tại một số điểm trường vùng cao của các"
                " huyện Lâm Bình, Na Hang, Chiêm Hóa còn thiếu ổn định; kỹ năng số của một bộ phận"
                " giáo viên chưa đáp ứng yêu cầu."
            ),
            P("Các nhiệm vụ trọng tâm năm học 2026-2027", "b"),
            P(
                "Triển khai học bạ số đối với học sinh lớp 1, lớp 6 và lớp 10 trên toàn tỉnh;",
                "li",
            ),
            P(
                "Hoàn thiện kho học liệu số dùng chung, bổ sung ít nhất 2.000 bài giảng điện tử đạt"
                " chuẩn;",
                "li",
            ),
            P(
                "Bồi dưỡng kỹ năng số, kỹ năng khai thác trí tuệ nhân tạo trong dạy học cho 100% cán"
                " bộ quản lý và giáo viên;",
                "li",
            ),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của người học.", "li"),
            Img(
                _u("12", "hoi-nghi-cds-2.jpg"),
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "table",
            ),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Phó Giám đốc Sở đề nghị các đơn vị xác định"
                " chuyển đổi số là nhiệm vụ thường xuyên, gắn với trách nhiệm người đứng đầu; chủ"
                " động phối hợp với doanh nghiệp viễn thông để khắc phục tình trạng “lõm sóng” tại"
                " các điểm trường lẻ, bảo đảm đến hết học kỳ I có ít nhất 95% điểm trường được kết"
                " nối internet băng rộng."
            ),
            sig("Tin, ảnh: Hoàng Minh Đức"),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        summary=(
            "Chiều 4/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số"
            " trong giáo dục năm học 2026-2027 theo hình thức trực tiếp kết hợp trực tuyến đến 154"
            " điểm cầu trong toàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "posted": "04/12/2026 - 15:20",
            "updated": "05/12/2026 - 08:02",
            "hits": 312,
            "related": [2846],
            "tags": ["chuyển đổi số", "học bạ số"],
        },
    ),
    Story(
        2868,
        "",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026",
        "3",
        "2026-12-03T09:45:00+07:00",
        [
            P(
                "Tham gia Hội khỏe Phù Đổng năm nay có hơn 1.200 vận động viên là học sinh đến từ 7"
                " đoàn thể thao các huyện, thành phố và đoàn các trường THPT, trung tâm GDNN-GDTX."
                " Các vận động viên tranh tài ở 11 môn thi đấu gồm: điền kinh, bơi, cầu lông, bóng"
                " bàn, cờ vua, đá cầu, bóng đá, bóng chuyền, võ cổ truyền, đẩy gậy và kéo co."
            ),
            Img(
                _u("12", "hkpd-khai-mac-1.jpg"),
                "(Các đại biểu thực hiện nghi thức khai mạc Hội khỏe Phù Đổng)",
                "Các đại biểu thực hiện nghi thức khai mạc Hội khỏe Phù Đổng",
                "p_em",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Ma Thị Hồng Nhung, Giám đốc Sở GD&ĐT nhấn mạnh: Hội"
                " khỏe Phù Đổng là ngày hội thể thao lớn nhất của học sinh, là dịp để đánh giá kết"
                " quả giáo dục thể chất, phong trào “Khỏe để học tập, rèn luyện” trong các nhà"
                " trường, đồng thời phát hiện, bồi dưỡng năng khiếu thể thao cho tỉnh."
            ),
            P(
                "“Mỗi vận động viên hãy thi đấu trung thực, đoàn kết, cao thượng, thể hiện tinh thần"
                " thượng võ và nét đẹp của tuổi học trò xứ Tuyên”.",
                "quote",
            ),
            Img(
                _u("12", "hkpd-dong-dien-2.jpg"),
                "(Màn đồng diễn thể dục nhịp điệu của học sinh Trường THPT Chuyên Tuyên Quang)",
                "Màn đồng diễn thể dục nhịp điệu của học sinh Trường THPT Chuyên Tuyên Quang",
                "p_em",
            ),
            P(
                "Hội khỏe Phù Đổng tỉnh lần thứ XI diễn ra đến hết ngày 10/12/2026. Kết quả hội khỏe"
                " là căn cứ để lựa chọn vận động viên tham dự Hội khỏe Phù Đổng khu vực và toàn quốc"
                " năm 2027."
            ),
            sig("Tin: Minh Tâm - Ảnh: Quốc Việt"),
        ],
        authors=["Minh Tâm"],
        photographers=["Quốc Việt"],
        summary=(
            "Sáng 3/12, tại Nhà thi đấu tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch"
            " long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026."
        ),
        sapo_outside=True,
        opts={
            "posted": "03/12/2026 - 09:45",
            "updated": "03/12/2026 - 10:12",
            "hits": 1486,
            "related": [2839],
            "tags": ["Hội khỏe Phù Đổng", "thể thao học đường"],
        },
    ),
    Story(
        2864,
        "",
        "Tập huấn dạy học môn Lịch sử và Địa lí cấp THCS theo Chương trình GDPT 2018",
        "4",
        "2026-12-01T14:00:00+07:00",
        [
            P(
                "Từ ngày 28/11 đến ngày 30/11/2026, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực"
                " dạy học môn Lịch sử và Địa lí cấp THCS cho 186 giáo viên cốt cán đến từ các trường"
                " THCS, trường PTDTBT và PTDTNT trên địa bàn tỉnh.",
                "b",
            ),
            P(
                "Tại lớp tập huấn, các báo cáo viên là giảng viên Trường Đại học Sư phạm Thái Nguyên"
                " đã hướng dẫn giáo viên cách xây dựng kế hoạch bài dạy theo hướng tích hợp nội dung"
                " giáo dục địa phương; thiết kế các hoạt động trải nghiệm, khám phá gắn với Khu di"
                " tích quốc gia đặc biệt Tân Trào; sử dụng bản đồ số và phần mềm mô phỏng trong dạy"
                " học phân môn Địa lí."
            ),
            Img(
                _u("12", "tap-huan-lsdl.jpg"),
                "Giáo viên thực hành thiết kế hoạt động học tập theo nhóm",
                "Giáo viên thực hành thiết kế hoạt động học tập theo nhóm",
                "br",
            ),
            P(
                "Bên cạnh đó, học viên được trao đổi về những khó khăn khi tổ chức dạy học môn tích"
                " hợp như việc phân công giáo viên, xây dựng thời khóa biểu, kiểm tra đánh giá định"
                " kỳ theo ma trận và bản đặc tả."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành sản phẩm là kế hoạch bài dạy minh"
                " họa và được cấp giấy chứng nhận."
            ),
            sig("Phòng GDTrH", italic=True),
        ],
        authors=["Phòng GDTrH"],
        summary=(
            "Từ ngày 28/11 đến ngày 30/11/2026, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực dạy"
            " học môn Lịch sử và Địa lí cấp THCS cho 186 giáo viên cốt cán đến từ các trường THCS,"
            " trường PTDTBT và PTDTNT trên địa bàn tỉnh."
        ),
        opts={
            "posted": "01/12/2026 - 14:00",
            "updated": None,
            "hits": 403,
            "also": [3],
            "tags": ["GDPT 2018", "Lịch sử và Địa lí"],
        },
    ),
    Story(
        2860,
        "",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "6",
        "2026-11-30",
        [
            LETTERHEAD,
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số"
                " 17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;"
            ),
            P(
                "Căn cứ Kế hoạch số 145/KH-SGDĐT ngày 15/8/2026 của Sở GD&ĐT về thực hiện nhiệm vụ"
                " năm học 2026-2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12"
                " THPT năm học 2026-2027 như sau:"
            ),
            P("1. Đối tượng dự thi", "b"),
            P(
                "Học sinh lớp 12 đang học tại các trường THPT, Trường PT DTNT THPT tỉnh và các trung"
                " tâm GDNN-GDTX trên địa bàn tỉnh, có kết quả rèn luyện và kết quả học tập năm học"
                " 2025-2026 đạt mức Tốt."
            ),
            P("2. Thời gian, địa điểm", "b"),
            P("- Thời gian thi: ngày 17/12/2026 (buổi sáng, thời gian làm bài 180 phút);"),
            P(
                "- Địa điểm: Trường THPT Chuyên Tuyên Quang, số 126 đường Lê Lợi, phường Phan Thiết,"
                " thành phố Tuyên Quang.",
                "br",
            ),
            P("3. Hồ sơ đăng ký", "b"),
            P(
                "Các đơn vị lập danh sách học sinh đăng ký dự thi (theo mẫu đính kèm) gửi về Sở GD&ĐT"
                " (qua Phòng Giáo dục Trung học) trước ngày 08/12/2026, đồng thời gửi bản mềm qua"
                " hộp thư điện tử phonggdtrh@tuyenquang.edu.vn."
            ),
            P(
                "Nhận được Thông báo này, Sở GD&ĐT đề nghị thủ trưởng các đơn vị nghiêm túc triển"
                " khai thực hiện./."
            ),
            CLOSING,
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={
            "posted": "01/12/2026 - 08:12",
            "updated": "01/12/2026 - 08:40",
            "hits": 2210,
            "notice": True,
            "attach": ("/files/vanban/2026/11/tb-2187-sgddt.pdf", "TB 2187-SGDDT (kem mau DS).pdf"),
            "tags": ["học sinh giỏi", "thông báo"],
        },
    ),
    Story(
        2857,
        "",
        "Sơn Dương: Nhân rộng mô hình “Trường học hạnh phúc” trong các nhà trường",
        "3",
        "2026-11-28T16:30:00+07:00",
        [
            P(
                "Theo Phòng GD&ĐT huyện Sơn Dương, điểm mấu chốt của mô hình là thay đổi cách ứng xử"
                " trong nhà trường: giáo viên lắng nghe, tôn trọng học sinh; học sinh được tham gia"
                " xây dựng nội quy lớp học; cha mẹ học sinh được mời cùng tổ chức các hoạt động trải"
                " nghiệm."
            ),
            Img(
                _u("11", "son-duong-thhp.jpg"),
                "Giờ sinh hoạt lớp theo chủ đề “Lớp học hạnh phúc” tại Trường THCS Tân Trào",
                "Giờ sinh hoạt lớp theo chủ đề “Lớp học hạnh phúc” tại Trường THCS Tân Trào",
                "p_em",
            ),
            P(
                "Tại Trường THCS Tân Trào, mỗi tuần nhà trường dành một tiết sinh hoạt lớp để học"
                " sinh chia sẻ cảm xúc, những điều vui, điều chưa vui trong tuần. Hộp thư “Điều em"
                " muốn nói” được đặt ở hành lang, giúp nhà trường kịp thời nắm bắt tâm tư và hỗ trợ"
                " các em gặp khó khăn."
            ),
            P(
                "Cô giáo Trần Thị Hạnh, Hiệu trưởng nhà trường chia sẻ: Từ khi thực hiện mô hình, số"
                " vụ việc vi phạm nội quy giảm rõ rệt, học sinh mạnh dạn, tự tin hơn, nhiều em chủ"
                " động đề xuất ý tưởng cho các hoạt động của trường."
            ),
            P(
                "Thời gian tới, huyện Sơn Dương tiếp tục rà soát, đánh giá và phấn đấu đến năm 2027"
                " có 100% trường học triển khai mô hình."
            ),
            sig("Thu Hằng"),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Tuyên Quang</em></p>'),
        ],
        authors=["Thu Hằng"],
        source="Báo Tuyên Quang",
        summary=(
            "Sau hai năm triển khai thí điểm, mô hình “Trường học hạnh phúc” đã được nhân rộng ra 42"
            " trường mầm non, tiểu học và THCS trên địa bàn huyện Sơn Dương, góp phần xây dựng môi"
            " trường giáo dục an toàn, thân thiện."
        ),
        sapo_outside=True,
        opts={
            "posted": "28/11/2026 - 16:30",
            "updated": None,
            "hits": 987,
            "enc": "nfd",
            "related": [2833],
            "tags": ["trường học hạnh phúc"],
        },
    ),
    Story(
        2851,
        "",
        "Hội thi giáo viên dạy giỏi cấp học mầm non tỉnh Tuyên Quang năm học 2026-2027",
        "5",
        "2026-11-25T10:15:00+07:00",
        [
            P(
                "Từ ngày 18 đến ngày 22/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học"
                " mầm non cấp tỉnh năm học 2026-2027 tại Trường Mầm non Tuổi Thơ, thành phố Tuyên"
                " Quang. Tham gia hội thi có 96 giáo viên là những giáo viên đã đạt danh hiệu giáo"
                " viên dạy giỏi cấp huyện."
            ),
            P(
                "Các thí sinh trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc,"
                " giáo dục trẻ và thực hành tổ chức hoạt động giáo dục trẻ trong lớp học. Nhiều tiết"
                " dạy sáng tạo, sử dụng nguyên vật liệu sẵn có ở địa phương, lồng ghép văn hóa dân"
                " tộc Tày, Dao, Mông vào hoạt động của trẻ."
            ),
            Img(_u("11", "gvdg-mam-non-2026.jpg"), None, None, "none"),
            P(
                "Kết quả, Ban Tổ chức công nhận 81 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " tỉnh, trong đó có 12 giáo viên đạt thành tích xuất sắc."
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời góp phần thực"
                " hiện có hiệu quả Chương trình Giáo dục mầm non sau sửa đổi, bổ sung."
            ),
        ],
        opts={
            "posted": "25/11/2026 - 10:15",
            "updated": "26/11/2026 - 07:48",
            "hits": 655,
            "enc": "ent",
            "notice": True,
            "poster": "sgd_mamnon",
            "tags": ["giáo viên dạy giỏi", "mầm non"],
        },
    ),
    Story(
        2846,
        "",
        "Kết quả Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        "4",
        "2026-11-20T07:30:00+07:00",
        [
            P(
                "Cuộc thi năm nay thu hút 87 dự án của 158 học sinh đến từ 26 trường THCS, THPT trong"
                " tỉnh. Các dự án tập trung vào những vấn đề thiết thực của địa phương như xử lý rác"
                " thải sinh hoạt, bảo quản nông sản sau thu hoạch, ứng dụng trí tuệ nhân tạo cảnh báo"
                " sạt lở đất."
            ),
            Img(
                _u("11", "khkt-2026-trao-giai.jpg"),
                "Học sinh Trường THPT Chuyên Tuyên Quang giới thiệu dự án với Ban Giám khảo",
                "Học sinh Trường THPT Chuyên Tuyên Quang giới thiệu dự án với Ban Giám khảo",
                "table",
            ),
            P("Một số dự án đạt giải Nhất:", "b"),
            P("TT | Tên dự án | Đơn vị | Lĩnh vực", "tr"),
            P(
                "1 | Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến độ ẩm và trí tuệ nhân tạo |"
                " THPT Chuyên Tuyên Quang | Hệ thống nhúng",
                "tr",
            ),
            P(
                "2 | Chế phẩm sinh học từ vỏ cam sành Hàm Yên xử lý mùi hôi chuồng trại | THPT Hàm"
                " Yên | Hóa sinh",
                "tr",
            ),
            P(
                "3 | Ứng dụng hỗ trợ học tiếng Dao cho học sinh tiểu học | THCS Thượng Lâm | Phần mềm"
                " hệ thống",
                "tr",
            ),
            P(
                "Ban Tổ chức đã lựa chọn 04 dự án tiêu biểu để tham dự Cuộc thi khoa học, kỹ thuật"
                " cấp quốc gia năm học 2026-2027."
            ),
            sig("ThS. Đỗ Văn Khoa - Phó Trưởng phòng GDTrH"),
        ],
        authors=["Đỗ Văn Khoa"],
        summary=(
            "Ban Tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học"
            " 2026-2027 vừa tổng kết, trao giải cho 34 dự án xuất sắc thuộc 12 lĩnh vực."
        ),
        sapo_outside=True,
        opts={
            "posted": "20/11/2026 - 07:30",
            "updated": None,
            "hits": 1204,
            "related": [2864],
            "tags": ["khoa học kỹ thuật", "nghiên cứu khoa học"],
        },
    ),
    Story(
        2839,
        "",
        "Lãnh đạo tỉnh thăm, chúc mừng các nhà giáo nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "3",
        "2026-11-18",
        [
            P(
                "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), đoàn công tác"
                " của Tỉnh ủy, HĐND, UBND tỉnh đã đến thăm, chúc mừng tập thể cán bộ, giáo viên một số"
                " cơ sở giáo dục trên địa bàn tỉnh.",
                "b",
            ),
            P(
                "Tại các đơn vị, thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh gửi lời chúc"
                " mừng tới đội ngũ nhà giáo, cán bộ quản lý giáo dục; ghi nhận những đóng góp của"
                " ngành Giáo dục trong năm học vừa qua, trong đó có các kết quả nổi bật:"
            ),
            P(
                "Tỷ lệ học sinh tốt nghiệp THPT năm 2026 đạt 99,12%, cao hơn năm trước 0,4 điểm phần"
                " trăm;",
                "mso",
            ),
            P(
                "Có 63 học sinh đạt giải tại Kỳ thi chọn học sinh giỏi quốc gia THPT, nhiều nhất từ"
                " trước đến nay;",
                "mso",
            ),
            P("Tỷ lệ trường đạt chuẩn quốc gia đạt 74,5%.", "mso"),
            Img(
                _u("11", "20-11-tham-truong-1.jpg"),
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng cán bộ, giáo viên Trường PT DTNT"
                " THPT tỉnh",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng cán bộ, giáo viên Trường PT DTNT"
                " THPT tỉnh",
                "p_em",
            ),
            P(
                "Đồng chí đề nghị ngành Giáo dục tiếp tục đổi mới phương pháp dạy học, chăm lo đời"
                " sống giáo viên, đặc biệt là giáo viên công tác tại các xã vùng đặc biệt khó khăn;"
                " quan tâm bồi dưỡng đội ngũ đáp ứng yêu cầu của Chương trình GDPT 2018."
            ),
            Img(_u("11", "20-11-tham-truong-2.jpg"), None, None, "none"),
            P(
                "- Đoàn cũng đã đến thăm, tặng quà các nhà giáo lão thành tiêu biểu tại thành phố"
                " Tuyên Quang."
            ),
            sig("BBT"),
        ],
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), đoàn công tác"
            " của Tỉnh ủy, HĐND, UBND tỉnh đã đến thăm, chúc mừng tập thể cán bộ, giáo viên một số"
            " cơ sở giáo dục trên địa bàn tỉnh."
        ),
        opts={
            "posted": "18/11/2026 - 00:00",
            "updated": "18/11/2026 - 16:21",
            "hits": 1733,
            "tags": ["20/11", "Ngày Nhà giáo Việt Nam"],
        },
    ),
    Story(
        2833,
        "",
        "Trường Mầm non Hoa Sen tổ chức chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”",
        "5",
        "2026-11-12T14:10:00+07:00",
        [
            P(
                "Tại chuyên đề, các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học,"
                " dự hoạt động học “Khám phá các loại rau củ quả” của lớp mẫu giáo 5-6 tuổi A1 và"
                " hoạt động chơi ở các góc của lớp mẫu giáo 4-5 tuổi B2."
            ),
            Img(_u("11", "mn-hoa-sen-chuyen-de.jpg"), "Ảnh: Phương Anh", None, "p_em"),
            P(
                "Các hoạt động được thiết kế linh hoạt, trẻ được tự lựa chọn góc chơi, đồ chơi, tự"
                " trải nghiệm và giải quyết vấn đề; giáo viên đóng vai trò tổ chức, hướng dẫn, quan"
                " sát để hỗ trợ trẻ kịp thời."
            ),
            P(
                "Chuyên đề giúp các trường học tập cách bố trí không gian, tận dụng nguyên vật liệu"
                " tái chế và phát huy tính tích cực, chủ động của trẻ."
            ),
            sig("Tin, ảnh: Phương Anh (Trường MN Hoa Sen)"),
        ],
        authors=["Phương Anh"],
        photographers=["Phương Anh"],
        summary=(
            "Ngày 11/11, Trường Mầm non Hoa Sen (thành phố Tuyên Quang) tổ chức chuyên đề cấp thành"
            " phố “Xây dựng trường mầm non lấy trẻ làm trung tâm” với sự tham dự của cán bộ quản"
            " lý, giáo viên 28 trường mầm non trên địa bàn."
        ),
        sapo_outside=True,
        opts={
            "posted": "12/11/2026 - 14:10",
            "updated": None,
            "hits": 521,
            "tags": ["mầm non", "lấy trẻ làm trung tâm"],
        },
    ),
    Story(
        2826,
        "",
        "Sở GD&ĐT làm việc với UBND huyện Lâm Bình về phát triển giáo dục vùng đặc biệt khó khăn",
        "3",
        "2026-11-06T08:00:00+07:00",
        [
            P(
                "Năm học 2026-2027, huyện Lâm Bình có 39 trường học với gần 9.800 học sinh, trong đó"
                " trên 95% là học sinh người dân tộc thiểu số. Toàn huyện còn 46 điểm trường lẻ,"
                " nhiều điểm trường cách trung tâm xã trên 10 km, giao thông đi lại khó khăn, nhất là"
                " vào mùa mưa."
            ),
            Img(
                _u("11", "lam-binh-lam-viec.jpg"),
                "(Đoàn công tác kiểm tra cơ sở vật chất tại điểm trường Nà Thác, Trường PTDTBT Tiểu"
                " học Thượng Lâm)",
                "Đoàn công tác kiểm tra cơ sở vật chất tại điểm trường Nà Thác, Trường PTDTBT Tiểu học"
                " Thượng Lâm",
                "p_em",
            ),
            P(
                "Huyện đề nghị Sở GD&ĐT quan tâm bố trí kinh phí xây dựng nhà bán trú, nhà ăn cho học"
                " sinh; bổ sung biên chế giáo viên tiếng Anh, Tin học và giáo viên mầm non còn thiếu"
                " so với định mức."
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Giám đốc Sở ghi nhận sự nỗ lực của huyện; giao các"
                " phòng chuyên môn tổng hợp kiến nghị, tham mưu UBND tỉnh ưu tiên nguồn vốn Chương"
                " trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"
                " và miền núi cho các công trình trường học của huyện."
            ),
            Raw("XEMTHEM"),
            sig("Nguyễn Hải (Văn phòng Sở)"),
        ],
        authors=["Nguyễn Hải"],
        summary=(
            "Ngày 5/11, đoàn công tác của Sở GD&ĐT do đồng chí Ma Thị Hồng Nhung, Giám đốc Sở làm"
            " trưởng đoàn đã làm việc với UBND huyện Lâm Bình về tình hình thực hiện nhiệm vụ năm"
            " học và công tác phát triển giáo dục vùng đặc biệt khó khăn."
        ),
        sapo_outside=True,
        opts={
            "posted": "06/11/2026 - 08:00",
            "updated": None,
            "hits": 290,
            "see_also": 2868,
            "tags": ["Lâm Bình", "vùng đặc biệt khó khăn"],
        },
    ),
    Story(
        2819,
        "",
        "Một số giải pháp nâng cao chất lượng dạy học môn Tiếng Anh cho học sinh dân tộc thiểu số"
        " cấp THPT",
        "7",
        "2026-10-30T15:45:00+07:00",
        [
            TOP_BYLINE_2819,
            P("1. Đặt vấn đề", "b"),
            P(
                "Tiếng Anh là môn học bắt buộc trong Chương trình giáo dục phổ thông 2018. Tuy nhiên,"
                " với học sinh người dân tộc thiểu số, tiếng Anh thực chất là ngôn ngữ thứ ba sau"
                " tiếng mẹ đẻ và tiếng Việt, nên việc tiếp thu gặp nhiều khó khăn.[1] Kết quả thi tốt"
                " nghiệp THPT năm 2026 môn Tiếng Anh của các trường vùng cao trong tỉnh vẫn thấp hơn"
                " bình quân chung."
            ),
            P("2. Một số giải pháp", "b"),
            P(
                "Thứ nhất, tăng cường hoạt động nghe - nói thông qua các trò chơi ngôn ngữ, bài hát,"
                " tình huống giao tiếp gần gũi với đời sống của học sinh."
            ),
            P(
                "Thứ hai, xây dựng câu lạc bộ tiếng Anh theo nhóm sở thích, tổ chức ít nhất 02"
                " buổi/tháng, khuyến khích học sinh khá giỏi hỗ trợ bạn học yếu."
            ),
            P(
                "Thứ ba, khai thác các ứng dụng học tiếng Anh miễn phí trên điện thoại thông minh,"
                " giao bài luyện tập ngắn hằng ngày phù hợp với điều kiện học bán trú.[2]"
            ),
            P("3. Kết luận", "b"),
            P(
                "Qua hai năm áp dụng tại Trường THPT Na Hang, tỷ lệ học sinh đạt điểm trung bình trở"
                " lên môn Tiếng Anh tăng từ 41,3% lên 58,7%. Các giải pháp trên có thể vận dụng linh"
                " hoạt tại các trường có đông học sinh dân tộc thiểu số."
            ),
            P("Tài liệu tham khảo", "b"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Tiếng Anh, ban"
                " hành kèm theo Thông tư số 32/2018/TT-BGDĐT.",
                "ref",
            ),
            P(
                "[2] Nguyễn Văn Lợi (2021), Dạy học ngoại ngữ cho học sinh vùng dân tộc thiểu số, NXB"
                " Giáo dục Việt Nam.",
                "ref",
            ),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={
            "posted": "30/10/2026 - 15:45",
            "updated": "31/10/2026 - 09:10",
            "hits": 1390,
            "tags": ["Tiếng Anh", "dân tộc thiểu số"],
        },
    ),
    Story(
        2812,
        "",
        "Thông báo lịch tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        "6",
        "2026-10-22T09:30:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 198/KH-UBND ngày 30/9/2026 của UBND tỉnh về xét thăng hạng"
                " chức danh nghề nghiệp giáo viên năm 2026, Văn phòng Sở GD&ĐT thông báo lịch tiếp"
                " nhận hồ sơ của các đơn vị như sau:"
            ),
            P("Ngày | Buổi | Đơn vị nộp hồ sơ", "tr"),
            P("27/10/2026 | Sáng | Các trường THPT thành phố Tuyên Quang và huyện Yên Sơn", "tr"),
            P("27/10/2026 | Chiều | Các trường THPT huyện Sơn Dương, Hàm Yên", "tr"),
            P("28/10/2026 | Sáng | Các trường THPT huyện Chiêm Hóa, Na Hang, Lâm Bình", "tr"),
            P("28/10/2026 | Chiều | Các trung tâm GDNN-GDTX và đơn vị trực thuộc Sở", "tr"),
            P("Địa điểm tiếp nhận: Phòng Tổ chức cán bộ, tầng 2, trụ sở Sở GD&ĐT."),
            P(
                "Hồ sơ nộp sau thời gian trên sẽ không được tiếp nhận. Mọi thông tin chi tiết xin liên"
                " hệ số điện thoại 0207.3822.417 (trong giờ hành chính)."
            ),
            sig("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "posted": "22/10/2026 - 09:30",
            "updated": None,
            "hits": 1875,
            "notice": True,
            "tags": ["thăng hạng", "thông báo"],
        },
    ),
    Story(
        2805,
        "",
        "Khai giảng lớp bồi dưỡng cán bộ quản lý trường phổ thông năm 2026",
        "3",
        "2026-10-15T10:20:00+07:00",
        [
            P(
                "Theo kế hoạch, lớp bồi dưỡng diễn ra trong 8 tuần, kết hợp học tập trực tiếp tại"
                " Trường Chính trị tỉnh và học trực tuyến trên hệ thống LMS của Học viện. Nội dung"
                " bồi dưỡng gồm 6 chuyên đề: quản trị nhà trường, quản lý chương trình, quản lý tài"
                " chính, xây dựng văn hóa nhà trường, ứng dụng công nghệ thông tin và kiểm định chất"
                " lượng giáo dục."
            ),
            Img(
                _u("10", "khai-giang-bd-cbql.jpg"),
                "Các đại biểu và học viên dự lễ khai giảng",
                "Các đại biểu và học viên dự lễ khai giảng",
                "p_em",
            ),
            P(
                "Phát biểu tại lễ khai giảng, lãnh đạo Sở GD&ĐT đề nghị học viên chấp hành nghiêm nội"
                " quy lớp học, tích cực nghiên cứu, trao đổi kinh nghiệm và vận dụng kiến thức được"
                " bồi dưỡng vào thực tiễn quản lý tại đơn vị."
            ),
            Raw('<p style="text-align:right"><em>Theo Cổng TTĐT tỉnh Tuyên Quang</em></p>'),
        ],
        source="Cổng TTĐT tỉnh Tuyên Quang",
        summary=(
            "Sáng 14/10, Sở GD&ĐT phối hợp với Học viện Quản lý giáo dục khai giảng lớp bồi dưỡng"
            " cán bộ quản lý trường phổ thông năm 2026 cho 120 học viên là hiệu trưởng, phó hiệu"
            " trưởng các trường tiểu học, THCS và THPT."
        ),
        sapo_outside=True,
        opts={
            "posted": "15/10/2026 - 10:20",
            "updated": None,
            "hits": 208,
            "tags": ["bồi dưỡng", "cán bộ quản lý"],
        },
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
WITHDRAWN = (2790, "Công bố điểm chuẩn tuyển sinh vào lớp 10 THPT năm học 2026-2027")


def cat_of(s: Story) -> int:
    return int(s.cat)


def posted_dt(s: Story) -> datetime:
    return datetime.strptime(s.opts["posted"], "%d/%m/%Y - %H:%M")


def art_path(s: Story) -> str:
    return f"/articles/view/{s.id}/{slug_dash(s.title)}"


def art_path_cake(s: Story) -> str:
    return f"/articles/view/{s.id}/{slug_cake(s.title)}"


def art_path_bare(s: Story) -> str:
    return f"/articles/view/{s.id}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=posted_dt, reverse=True)


def in_cat(cat: int) -> list[Story]:
    return [s for s in STORIES if cat_of(s) == cat or cat in s.opts.get("also", [])]


def time_ago(dt: datetime) -> str:
    """``TimeHelper::timeAgoInWords`` as the vendor translated it (end: +1 month, 'j/n/y')."""
    if dt < datetime(2026, 11, 5, 9, 30):
        return f"vào ngày {dt.day}/{dt.month}/{dt.strftime('%y')}"
    delta = NOW - dt
    days, secs = delta.days, delta.seconds
    hours, minutes = secs // 3600, (secs % 3600) // 60
    if days >= 7:
        weeks, rest = divmod(days, 7)
        return f"{weeks} tuần, {rest} ngày trước" if rest else f"{weeks} tuần trước"
    if days >= 1:
        return f"{days} ngày, {hours} giờ trước" if hours else f"{days} ngày trước"
    return f"{hours} giờ, {minutes} phút trước"


# --- documents, albums, pages ---------------------------------------------------------------

#: id -> (số ký hiệu, loại, ngày ban hành, trích yếu, người ký, file)
DOCUMENTS: dict[int, tuple[str, str, str, str, str, str]] = {
    231: (
        "2187/TB-SGDĐT",
        "Thông báo",
        "30/11/2026",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học"
        " 2026-2027",
        "Nguyễn Văn Thắng",
        "/files/vanban/2026/11/tb-2187-sgddt.pdf",
    ),
    230: (
        "2145/SGDĐT-GDTrH",
        "Công văn",
        "24/11/2026",
        "V/v hướng dẫn tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026-2027",
        "Nguyễn Văn Thắng",
        "/files/vanban/2026/11/cv-2145-gdtrh.pdf",
    ),
    228: (
        "1876/QĐ-SGDĐT",
        "Quyết định",
        "18/11/2026",
        "Quyết định công nhận kết quả Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh"
        " trung học năm học 2026-2027",
        "Ma Thị Hồng Nhung",
        "/files/vanban/2026/11/qd-1876-khkt.pdf",
    ),
    226: (
        "145/KH-SGDĐT",
        "Kế hoạch",
        "15/08/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 của ngành Giáo dục tỉnh Tuyên Quang",
        "Ma Thị Hồng Nhung",
        "/files/vanban/2026/08/kh-145-nhiem-vu-nam-hoc.pdf",
    ),
}
DOC_TYPES = {"1": "Công văn", "2": "Quyết định", "3": "Thông báo", "4": "Kế hoạch"}


def doc_path(doc_id: int) -> str:
    return f"/documents/view/{doc_id}/{slug_dash(DOCUMENTS[doc_id][3])}"


ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    7: (
        "Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026",
        "03/12/2026",
        [
            ("/uploads/albums/7/hkpd-01.jpg", "Lễ diễu hành của các đoàn vận động viên"),
            ("/uploads/albums/7/hkpd-02.jpg", "Thi đấu môn đẩy gậy nam lứa tuổi THPT"),
            ("/uploads/albums/7/hkpd-03.jpg", "Nội dung kéo co đồng đội nữ"),
            ("/uploads/albums/7/hkpd-04.jpg", "Màn đồng diễn khai mạc"),
        ],
    ),
    6: (
        "Hội thi giáo viên dạy giỏi cấp học mầm non năm học 2026-2027",
        "22/11/2026",
        [
            ("/uploads/albums/6/gvdg-01.jpg", "Tiết dạy của thí sinh đoàn huyện Chiêm Hóa"),
            ("/uploads/albums/6/gvdg-02.jpg", "Ban Giám khảo chấm thi thực hành"),
            ("/uploads/albums/6/gvdg-03.jpg", "Trao giấy chứng nhận cho giáo viên đạt giải"),
        ],
    ),
}


def album_path(album_id: int) -> str:
    return f"/albums/view/{album_id}/{slug_dash(ALBUMS[album_id][0])}"


PAGES = {
    1: ("Giới thiệu chung", "gioi-thieu-chung"),
    2: ("Cơ cấu tổ chức", "co-cau-to-chuc"),
}


def page_path(page_id: int) -> str:
    return f"/pages/view/{page_id}/{PAGES[page_id][1]}"


# --- rendering of the article text ----------------------------------------------------------

_CALL = re.compile(r"\[(\d+)\]")


def _tx(s: Story, value: str) -> str:
    enc = s.opts.get("enc")
    return text(value, nfd=enc == "nfd", entities=2 if enc == "ent" else 0)


def _with_calls(markup: str) -> str:
    """Footnote calls "[n]" as Word's ``<sup><a>`` glued to the sentence."""
    return _CALL.sub(
        lambda m: (
            f'<sup><a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">'
            f"[{m.group(1)}]</a></sup>"
        ),
        markup,
    )


def _img(s: Story, img: Img, idx: int) -> str:
    tag = (
        f'<img alt="" src="{img.src}" style="width:520px; height:347px" '
        f'title="{esc(s.title[:40])}" />'
    )
    line = _tx(s, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh"'
            f' id="anh_{s.id}_{idx}" style="width:520px">\n<tbody>\n<tr>\n<td>{tag}</td>\n</tr>\n'
            f'<tr>\n<td style="text-align:center; background-color:#f2f2f2"><span style="font-size:'
            f'12px"><em>{line}</em></span></td>\n</tr>\n</tbody>\n</table>'
        )
    if img.style == "br":
        return (
            f'<p style="text-align:center">{tag}<br />\n<span style="color:#696969">'
            f"<em>{line}</em></span></p>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if line:
        out += f'\n<p style="text-align:center"><em><span style="font-size:12px">{line}</span></em></p>'
    return out


def _mso(s: Story, value: str) -> str:
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-align:justify;'
        'text-indent:-.25in;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI"'
        ' style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"><span'
        ' style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span"
        ' lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
        f"{_tx(s, value)}<o:p></o:p></span></p>"
    )


def render_body(s: Story) -> str:
    pieces: list[str] = []
    blocks = s.blocks
    i = 0
    imgs = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "XEMTHEM":
                other = BY_ID[s.opts["see_also"]]
                pieces.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{art_path(other)}">'
                    f"{esc(other.title)}</a></p>"
                )
            else:
                pieces.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            imgs += 1
            pieces.append(_img(s, b, imgs))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li style="text-align:justify">{_tx(s, blocks[i].text)}</li>')
                i += 1
            pieces.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align:center; background-color:#dce6f1"><strong>'
                        f"{_tx(s, c)}</strong></td>"
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_tx(s, c)}</td>" for c in cells)
                rows.append(f"<tr>\n{tds}\n</tr>")
                first = False
                i += 1
            pieces.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                ' border-collapse:collapse">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if style == "br":
            last = pieces[-1]
            assert last.endswith("</p>")
            pieces[-1] = last[: -len("</p>")] + f"<br />\n{_tx(s, b.text)}</p>"
            i += 1
            continue
        body = _tx(s, b.text)
        if style == "mso":
            pieces.append(_mso(s, b.text))
        elif style == "b":
            pieces.append(f'<p style="text-align:justify"><strong>{body}</strong></p>')
        elif style == "quote":
            pieces.append(
                f'<blockquote>\n<p style="text-align:justify"><em>{body}</em></p>\n</blockquote>'
            )
        elif style == "ref":
            num = _CALL.match(b.text).group(1)
            rest = _tx(s, b.text[len(f"[{num}]") :])
            pieces.append(
                f'<p style="text-align:justify"><span style="font-size:12px"><a href="#_ftnref{num}"'
                f' name="_ftn{num}" title="">[{num}]</a>{rest}</span></p>'
            )
        else:
            pieces.append(
                '<p style="text-align:justify"><span style="font-size:14px"><span style="font-family:'
                f'times new roman,times,serif">{_with_calls(body)}</span></span></p>'
            )
        i += 1
    return "\n".join(pieces)


# --- chrome -----------------------------------------------------------------------------------


def _sql_log(queries: list[str], seed: int) -> str:
    rows = "\n".join(
        f'<tr><td>{n}</td><td>{esc(q)}</td><td></td><td style="text-align: right">{1 + (n * 7 + seed) % 12}'
        f'</td><td style="text-align: right">{1 + (n * 7 + seed) % 12}</td><td style="text-align: '
        f'right">{(n * 3 + seed) % 5}</td></tr>'
        for n, q in enumerate(queries, 1)
    )
    took = sum((n * 3 + seed) % 5 for n in range(1, len(queries) + 1))
    return (
        f'<table class="cake-sql-log" id="cakeSqlLog_17648904001{seed % 97}" summary="Cake SQL Log"'
        f' cellspacing="0">\n<caption>(default) {len(queries)} queries took {took} ms</caption>\n'
        "<thead>\n<tr><th>Nr</th><th>Query</th><th>Error</th><th>Affected</th><th>Num. rows</th>"
        "<th>Took (ms)</th></tr>\n</thead>\n<tbody>\n" + rows + "\n</tbody></table>"
    )


_BASE_QUERIES = [
    "SELECT `Category`.`id`, `Category`.`name`, `Category`.`parent_id`, `Category`.`lft` FROM"
    " `sgd_tq`.`categories` AS `Category` WHERE `Category`.`status` = 1 ORDER BY `Category`.`lft`"
    " ASC",
    "SELECT `Article`.`id`, `Article`.`title`, `Article`.`hits` FROM `sgd_tq`.`articles` AS"
    " `Article` WHERE `Article`.`status` IN (0, 1) ORDER BY `Article`.`hits` DESC LIMIT 5",
    "SELECT `Document`.`id`, `Document`.`so_kh`, `Document`.`trich_yeu` FROM `sgd_tq`.`documents`"
    " AS `Document` WHERE 1 = 1 ORDER BY `Document`.`ngay_bh` DESC LIMIT 4",
    "SELECT `Poll`.`id`, `Poll`.`question` FROM `sgd_tq`.`polls` AS `Poll` WHERE `Poll`.`active` ="
    " 1 LIMIT 1",
    "SELECT COUNT(*) AS `count` FROM `sgd_tq`.`sessions` AS `Session` WHERE `Session`.`expires` >"
    " 1764904200",
    "UPDATE `sgd_tq`.`counters` SET `hom_nay` = `hom_nay` + 1, `tong` = `tong` + 1 WHERE"
    " `Counter`.`ngay` = '2026-12-05'",
]


def _cake_error(s: Story) -> str:
    key = f"cakeErr69{s.id:x}a3f2c{s.id % 10}"
    toggle = (
        f"document.getElementById('{key}-trace').style.display = (document.getElementById("
        f"'{key}-trace').style.display == 'none' ? '' : 'none');"
    )
    return (
        f'<pre class="cake-error"><a href="javascript:void(0);" onclick="{toggle}"><b>Notice</b>'
        " (8)</a>: Undefined index: tacgia [<b>APP/View/Articles/view.ctp</b>, line <b>57</b>]"
        f'<div id="{key}-trace" class="cake-stack-trace" style="display: none;">'
        f'<a href="javascript:void(0);" onclick="document.getElementById(\'{key}-code\').style.'
        f"display = (document.getElementById('{key}-code').style.display == 'none' ? '' : "
        '\'none\')">Code</a> <a href="javascript:void(0);">Context</a>'
        f'<pre id="{key}-code" class="cake-code-dump" style="display: none;">'
        '<code><span style="color: #000000"><span style="color: #0000BB">&lt;?php </span>'
        '<span style="color: #007700">echo </span><span style="color: #0000BB">$bv</span>'
        "[&#039;Article&#039;][&#039;tacgia&#039;]; ?&gt;</span></code></pre>"
        '<pre class="stack-trace">include - APP/View/Articles/view.ctp, line 57\n'
        "View::_evaluate() - CORE/Cake/View/View.php, line 935\n"
        "View::_render() - CORE/Cake/View/View.php, line 897\n"
        "View::render() - CORE/Cake/View/View.php, line 466\n"
        "Controller::render() - CORE/Cake/Controller/Controller.php, line 952\n"
        "Dispatcher::_invoke() - CORE/Cake/Routing/Dispatcher.php, line 192\n"
        "[main] - APP/webroot/index.php, line 111</pre></div></pre>"
    )


def _menu() -> str:
    news = "\n".join(
        f'<li><a href="/categories/view/{cid}">{esc(name)}</a></li>'
        for cid, (name, parent) in CATS.items()
        if parent == "Tin tức"
    )
    return f"""<div class="navbar" id="menu_ngang">
<div class="navbar-inner">
<a class="btn btn-navbar" data-toggle="collapse" data-target=".nav-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a>
<div class="nav-collapse collapse">
<ul class="nav" id="mnu_chinh">
<li class="mnu_1"><a href="/"><i class="icon-home icon-white"></i> Trang chủ</a></li>
<li class="dropdown mnu_2"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu">
<li><a href="{page_path(1)}">Giới thiệu chung</a></li>
<li><a href="{page_path(2)}">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="dropdown mnu_3"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu">
{news}
</ul></li>
<li class="mnu_6"><a href="/categories/view/6">Thông báo</a></li>
<li class="mnu_8"><a href="/documents">Văn bản</a></li>
<li class="mnu_9"><a href="/albums">Thư viện ảnh</a></li>
<li class="mnu_10"><a href="/contacts">Liên hệ</a></li>
</ul>
<form class="navbar-search pull-right" action="/articles/search" method="get" accept-charset="utf-8">
<input name="tukhoa" class="search-query input-medium" placeholder="Tìm kiếm..." type="text" id="ArticleTukhoa" />
</form>
</div>
</div>
</div>"""


def _sidebar() -> str:
    notices = "\n".join(
        f'<li><i class="icon-chevron-right"></i> <a href="{art_path(s)}">{esc(s.title)}</a></li>'
        for s in newest([s for s in STORIES if cat_of(s) == 6])
    )
    docs = "\n".join(
        f'<li><a href="{doc_path(did)}"><strong>{esc(d[0])}</strong></a> <span class="muted">'
        f"({d[2]})</span><br /><small>{esc(d[3][:90])}...</small></li>"
        for did, d in sorted(DOCUMENTS.items(), reverse=True)
    )
    cached = [BY_ID[2860], BY_ID[2812], BY_ID[2839], BY_ID[2868]]
    most = [
        f'<li><span class="badge badge-important">1</span> <a href="/articles/view/{WITHDRAWN[0]}/'
        f'{slug_cake(WITHDRAWN[1])}">{esc(WITHDRAWN[1])}</a></li>'
    ] + [
        f'<li><span class="badge">{n}</span> <a href="{art_path_cake(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(cached, 2)
    ]
    most_html = "\n".join(most)
    return f"""<div class="span4" id="cot_phai">
<div class="khung_box" id="box_12">
<div class="tde_box"><i class="icon-bullhorn icon-white"></i> THÔNG BÁO</div>
<div class="nd_box"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:150px">
<ul class="unstyled">
{notices}
</ul></marquee></div>
</div>
<div class="khung_box" id="box_14">
<div class="tde_box"><i class="icon-file icon-white"></i> VĂN BẢN MỚI</div>
<div class="nd_box"><ul class="unstyled ds_vb">
{docs}
</ul>
<p class="text-right"><a href="/documents">Xem tất cả &raquo;</a></p></div>
</div>
<div class="khung_box" id="box_15">
<div class="tde_box"><i class="icon-fire icon-white"></i> TIN ĐỌC NHIỀU</div>
<div class="nd_box"><ul class="unstyled ds_docnhieu">
{most_html}
</ul></div>
</div>
<div class="khung_box" id="box_17">
<div class="tde_box"><i class="icon-check icon-white"></i> THĂM DÒ Ý KIẾN</div>
<div class="nd_box">
<form action="/polls/vote" id="PollVoteForm" method="post" accept-charset="utf-8"><div style="display:none;"><input type="hidden" name="_method" value="POST" /></div>
<p><strong>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</strong></p>
<label class="radio"><input type="radio" name="data[Poll][answer]" value="1" /> Đẹp, dễ sử dụng</label>
<label class="radio"><input type="radio" name="data[Poll][answer]" value="2" /> Bình thường</label>
<label class="radio"><input type="radio" name="data[Poll][answer]" value="3" /> Khó tìm thông tin</label>
<input class="btn btn-small btn-primary" type="submit" value="Biểu quyết" />
</form></div>
</div>
<div class="khung_box" id="box_19">
<div class="tde_box">LIÊN KẾT WEBSITE</div>
<div class="nd_box"><select class="input-block-level" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
<option value="https://thuvienhoclieu.edu.vn">Thư viện học liệu số</option>
</select>
<p><a href="https://moet.gov.vn" target="_blank"><img src="/img/banners/bogddt.jpg" alt="Bộ GD&amp;ĐT" class="img-polaroid" /></a></p>
<p><a href="https://csdl.moet.gov.vn" target="_blank"><img src="/img/banners/csdl-nganh.png" alt="CSDL ngành" class="img-polaroid" /></a></p>
</div>
</div>
<div class="khung_box" id="box_21">
<div class="tde_box">THỐNG KÊ TRUY CẬP</div>
<div class="nd_box ttruycap"><table class="table table-condensed">
<tr><td><i class="icon-user"></i> Đang online:</td><td class="text-right">37</td></tr>
<tr><td><i class="icon-signal"></i> Hôm nay:</td><td class="text-right">1.248</td></tr>
<tr><td><i class="icon-calendar"></i> Tháng này:</td><td class="text-right">9.612</td></tr>
<tr><td><i class="icon-globe"></i> Tổng truy cập:</td><td class="text-right">4.512.093</td></tr>
</table></div>
</div>
</div>"""


def layout(
    request: Request,
    title: str,
    content: str,
    *,
    description: str = "",
    og: str = "",
    queries: list[str] | None = None,
    seed: int = 0,
) -> str:
    marquee = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        f'<a href="{art_path(s)}">{esc(s.title)}</a>' for s in newest(STORIES)[:4]
    )
    desc = esc(description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang")
    sql = _sql_log([*_BASE_QUERIES[:3], *(queries or []), *_BASE_QUERIES[3:]], seed)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Sở GD&amp;ĐT Tuyên Quang</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{desc}" />
<meta name="keywords" content="giáo dục, đào tạo, Tuyên Quang, sở giáo dục" />
<meta name="generator" content="TQSoft CMS 2.1 (CakePHP)" />
{og}<link href="/favicon.ico" type="image/x-icon" rel="icon" /><link href="/favicon.ico" type="image/x-icon" rel="shortcut icon" />
<link rel="stylesheet" type="text/css" href="/css/bootstrap.min.css" />
<link rel="stylesheet" type="text/css" href="/css/bootstrap-responsive.min.css" />
<link rel="stylesheet" type="text/css" href="/css/sgd_style.css?v=20140812" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/bootstrap.min.js"></script>
<script type="text/javascript">function inBai(u){{window.open(u,'inbai','width=820,height=640,scrollbars=yes');return false;}}</script>
</head>
<body>
<div id="fb-root"></div>
<div class="container" id="khung_chinh">
<div class="row" id="dau_trang"><div class="span12"><a href="/"><img src="/img/banner_sgd_2014.png" alt="Sở Giáo dục và Đào tạo Tuyên Quang" width="940" height="140" /></a></div></div>
{_menu()}
<div class="row" id="thanh_ngay">
<div class="span8"><span class="label label-important">Tin mới</span> <marquee scrollamount="3" style="width:85%; vertical-align:middle">{marquee}</marquee></div>
<div class="span4 text-right"><i class="icon-calendar"></i> {HEADER_DAY}</div>
</div>
<div class="row" id="than_trang">
<div class="span8" id="cot_giua">
{content}
</div>
{_sidebar()}
</div>
<div class="row" id="chan_trang"><div class="span12">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang. Chịu trách nhiệm chính: Giám đốc Sở Ma Thị Hồng Nhung</p>
<p>Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.135 - Fax: 0207.3822.416 - Email: sgddt@tuyenquang.edu.vn</p>
<p>Giấy phép số 47/GP-STTTT ngày 20/6/2014 của Sở Thông tin và Truyền thông tỉnh Tuyên Quang</p>
<p class="muted"><small>&copy; 2014 Sở GD&amp;ĐT Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này. Thiết kế và phát triển: <a href="http://tqsoft.vn" target="_blank">TQSoft</a></small></p>
</div></div>
</div>
{sql}
</body>
</html>"""


def _crumbs(*items: tuple[str, str | None]) -> str:
    lis = [
        '<li><a href="/"><i class="icon-home"></i> Trang chủ</a> <span class="divider">»</span></li>'
    ]
    for n, (label, href) in enumerate(items):
        last = n == len(items) - 1
        inner = f'<a href="{href}">{esc(label)}</a>' if href else esc(label)
        lis.append(
            f'<li class="active">{inner}</li>'
            if last
            else f'<li>{inner} <span class="divider">»</span></li>'
        )
    return '<ul class="breadcrumb" id="dd_bc">\n' + "\n".join(lis) + "\n</ul>"


def _cat_crumbs(cat: int) -> str:
    name, parent = CATS[cat]
    items: list[tuple[str, str | None]] = []
    if parent:
        items.append((parent, None))
    items.append((name, f"/categories/view/{cat}"))
    return _crumbs(*items)


def _teaser(s: Story, size: int = 180) -> str:
    first = s.summary or next(
        b.text for b in s.blocks if isinstance(b, P) and b.style not in ("b", "tr")
    )
    if len(first) <= size:
        return first
    cut = first[:size].rsplit(" ", 1)[0]
    return cut + "..."


def _thumb(s: Story) -> str:
    if s.images:
        return s.images[0].src.replace("/uploads/images/", "/uploads/thumbs/")
    return "/img/no-image.jpg"


# --- pages --------------------------------------------------------------------------------------


def article_page(request: Request, s: Story) -> str:
    cat = cat_of(s)
    posted = s.opts["posted"]
    updated = s.opts.get("updated")
    poster = s.opts.get("poster", "sgd_admin")
    info = f'<i class="icon-calendar"></i> Ngày đăng: {posted}'
    if updated:
        info += f"&nbsp;&nbsp;|&nbsp;&nbsp;Cập nhật: {updated}"
    info += (
        f'&nbsp;&nbsp;|&nbsp;&nbsp;<i class="icon-eye-open"></i> Lượt xem: {s.opts["hits"]}'
        f'&nbsp;&nbsp;|&nbsp;&nbsp;<i class="icon-user"></i> Người đăng: {poster}'
    )
    sapo = (
        f'<div class="tomtat_ct"><strong>{_tx(s, s.summary)}</strong></div>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    notice = _cake_error(s) + "\n" if s.opts.get("notice") else ""
    attach = ""
    if "attach" in s.opts:
        href, label = s.opts["attach"]
        attach = (
            f'<div class="dkem"><i class="icon-download-alt"></i> <strong>File đính kèm:</strong> '
            f'<a href="{href}" target="_blank">{esc(label)}</a></div>\n'
        )
    tags = " ".join(f'<span class="label label-info">{esc(t)}</span>' for t in s.opts["tags"])
    related = ""
    if s.opts.get("related"):
        lis = "\n".join(
            f'<li><a href="{art_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>'
            for r in s.opts["related"]
        )
        related = f'<div class="tlq">\n<h4>Tin liên quan</h4>\n<ul>\n{lis}\n</ul>\n</div>\n'
    others = [o for o in newest([o for o in STORIES if cat_of(o) == cat]) if o.id != s.id][:3]
    other_lis = "\n".join(
        f'<li><a href="{art_path(o)}">{esc(o.title)}</a> <span class="muted">'
        f"({o.opts['posted'][:10]})</span></li>"
        for o in others
    )
    other_box = (
        f'<div class="tinkhac">\n<h4>Các tin khác</h4>\n<ul>\n{other_lis}\n</ul>\n</div>\n'
        if others
        else ""
    )
    share = f"{base_url(request)}{art_path(s)}"
    content = f"""{_cat_crumbs(cat)}
<div class="khung_ct" id="bv_{s.id}">
<h2 class="tde_ct">{esc(s.title)}</h2>
<div class="tgian_ct muted"><small>{info}</small></div>
<div class="cc_top pull-right"><a href="javascript:void(0);" onclick="$('#nd_{s.id}').css('font-size','-=1');">A-</a> <a href="javascript:void(0);" onclick="$('#nd_{s.id}').css('font-size','+=1');">A+</a></div>
<div class="clearfix"></div>
{notice}{sapo}<div class="ndung_ct" id="nd_{s.id}">
{render_body(s)}
</div>
{attach}<div class="tukhoa"><i class="icon-tags"></i> Từ khóa: {tags}</div>
<div class="congcu_ct">
<a href="javascript:void(0);" onclick="return inBai('/articles/print/{s.id}');"><i class="icon-print"></i> In bài</a> &nbsp;|&nbsp;
<a href="mailto:?subject={esc(s.title)}&amp;body={esc(share)}"><i class="icon-envelope"></i> Gửi email</a> &nbsp;|&nbsp;
<a href="javascript:history.back();"><i class="icon-arrow-left"></i> Quay lại</a> &nbsp;|&nbsp;
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(share)}" target="_blank"><img src="/img/icons/fb-share.png" alt="Chia sẻ Facebook" /></a>
<div class="fb-like" data-href="{esc(share)}" data-layout="button_count" data-action="like" data-show-faces="false"></div>
</div>
{related}{other_box}</div>"""
    og = (
        f'<meta property="og:url" content="{esc(share)}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        + (
            f'<meta property="og:image" content="{base_url(request)}{s.images[0].src}" />\n'
            if s.images
            else ""
        )
    )
    queries = [
        "SELECT `Article`.`id`, `Article`.`title`, `Article`.`tomtat`, `Article`.`noidung`,"
        " `Article`.`category_id`, `Article`.`created`, `Article`.`modified`, `Article`.`hits`,"
        " `Article`.`status`, `Category`.`id`, `Category`.`name` FROM `sgd_tq`.`articles` AS"
        " `Article` LEFT JOIN `sgd_tq`.`categories` AS `Category` ON (`Article`.`category_id` ="
        f" `Category`.`id`) WHERE `Article`.`id` = {s.id} LIMIT 1",
        f"UPDATE `sgd_tq`.`articles` SET `hits` = `hits` + 1 WHERE `Article`.`id` = {s.id}",
        "SELECT `Article`.`id`, `Article`.`title`, `Article`.`created` FROM `sgd_tq`.`articles` AS"
        f" `Article` WHERE `Article`.`category_id` = {cat} AND `Article`.`id` <> {s.id} AND"
        " `Article`.`status` = 1 ORDER BY `Article`.`created` DESC LIMIT 3",
    ]
    return layout(
        request,
        s.title,
        content,
        description=_teaser(s, 155),
        og=og,
        queries=queries,
        seed=s.id,
    )


def print_page(request: Request, s: Story) -> str:
    sapo = f"<p><strong>{_tx(s, s.summary)}</strong></p>\n" if s.summary and s.sapo_outside else ""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài: {esc(s.title)}</title>
<style>body{{font-family:'Times New Roman';font-size:14pt}}</style></head>
<body onload="window.print();">
<div style="width:700px; margin:0 auto">
<table width="100%"><tr><td><img src="/img/logo_in.png" alt="" /></td><td><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong><br />Cổng thông tin điện tử</td></tr></table>
<hr />
<h3>{esc(s.title)}</h3>
<p><em>Ngày đăng: {s.opts["posted"]}</em></p>
{sapo}{render_body(s)}
<hr />
<p><small>Địa chỉ bài viết: {esc(base_url(request) + art_path(s))}</small></p>
</div>
</body></html>"""


def withdrawn_page(request: Request) -> str:
    content = (
        _crumbs(("Tin tức", None))
        + '\n<div class="alert alert-error" id="flashMessage">Bài viết đang chờ duyệt hoặc đã bị gỡ'
        ' bỏ! <a href="/">Quay lại trang chủ</a></div>'
    )
    return layout(request, "Thông báo", content, seed=WITHDRAWN[0])


def _item(s: Story) -> str:
    return f"""<div class="row-fluid item_tin" id="tin_{s.id}">
<div class="span3"><a href="{art_path(s)}" class="thumbnail"><img src="{_thumb(s)}" alt="{esc(s.title)}" /></a></div>
<div class="span9">
<h4 class="tde"><a href="{art_path(s)}">{esc(s.title)}</a></h4>
<p class="muted tgian"><small><i class="icon-time"></i> {time_ago(posted_dt(s))}</small></p>
<p class="mota">{esc(_teaser(s))}</p>
</div>
</div>"""


_NAMED = re.compile(r"^(page|sort|direction):([A-Za-z0-9_]+)$")


def category_page(request: Request, cat: int, named: dict[str, str]) -> Response | None:
    sort = named.get("sort", "created")
    direction = named.get("direction", "desc")
    if sort not in {"created", "hits"} or direction not in {"asc", "desc"}:
        return None
    try:
        page = int(named.get("page", "1"))
    except ValueError:
        return None
    items = in_cat(cat)
    key = (lambda s: s.opts["hits"]) if sort == "hits" else posted_dt
    items = sorted(items, key=key, reverse=direction == "desc")
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/categories/view/{cat}"
    suffix = f"/sort:{sort}/direction:{direction}" if "sort" in named else ""

    def page_url(n: int) -> str:
        return f"{base}{suffix}" if n == 1 else f"{base}/page:{n}{suffix}"

    numbers = []
    for n in range(1, pages + 1):
        numbers.append(
            f'<span class="current">{n}</span>'
            if n == page
            else f'<span><a href="{page_url(n)}">{n}</a></span>'
        )
    prev = (
        f'<span class="prev"><a href="{page_url(page - 1)}" rel="prev">&laquo; Trước</a></span>'
        if page > 1
        else '<span class="prev disabled">&laquo; Trước</span>'
    )
    nxt = (
        f'<span class="next"><a href="{page_url(page + 1)}" rel="next">Sau &raquo;</a></span>'
        if page < pages
        else '<span class="next disabled">Sau &raquo;</span>'
    )
    pager = (
        f'<div class="ptrang pagination-centered"><p class="muted"><small>Trang {page}/{pages}, hiển'
        f" thị {len(chunk)} trên tổng số {len(items)} bản ghi</small></p>\n"
        f"{prev} | {' | '.join(numbers)} | {nxt}</div>"
    )

    def sort_link(field: str, label: str) -> str:
        active = ' class="desc"' if named.get("sort") == field else ""
        return f'<a href="{base}/sort:{field}/direction:desc"{active}>{label}</a>'

    name = CATS[cat][0]
    content = f"""{_cat_crumbs(cat)}
<div class="ds_tin" id="dm_{cat}">
<h3 class="tde_dm">{esc(name)}</h3>
<div class="sapxep text-right"><small>Sắp xếp theo: {sort_link("created", "Ngày đăng")} | {sort_link("hits", "Lượt xem")}</small></div>
{chr(10).join(_item(s) for s in chunk)}
{pager}
</div>"""
    queries = [
        "SELECT `Article`.`id`, `Article`.`title`, `Article`.`tomtat`, `Article`.`anh`,"
        " `Article`.`created`, `Article`.`hits` FROM `sgd_tq`.`articles` AS `Article` INNER JOIN"
        " `sgd_tq`.`articles_categories` AS `ArticlesCategory` ON (`ArticlesCategory`.`article_id`"
        f" = `Article`.`id` AND `ArticlesCategory`.`category_id` = {cat}) WHERE `Article`.`status` ="
        f" 1 ORDER BY `Article`.`{sort}` {direction.upper()} LIMIT {(page - 1) * PER_PAGE},"
        f" {PER_PAGE}",
        "SELECT COUNT(DISTINCT `Article`.`id`) AS `count` FROM `sgd_tq`.`articles` AS `Article`"
        f" INNER JOIN `sgd_tq`.`articles_categories` AS `ArticlesCategory` ON (`ArticlesCategory`.`"
        f"category_id` = {cat}) WHERE `Article`.`status` = 1",
    ]
    title = name if page == 1 else f"{name} - Trang {page}"
    return html(layout(request, title, content, queries=queries, seed=cat * 10 + page))


def home_page(request: Request) -> str:
    slides = [BY_ID[i] for i in (2871, 2868, 2857, 2833)]
    indicators = "".join(
        f'<li data-target="#tin_noibat" data-slide-to="{n}"{ACTIVE if n == 0 else ""}></li>'
        for n in range(len(slides))
    )
    items = "\n".join(
        f'<div class="{"active " if n == 0 else ""}item"><a href="{art_path_bare(s)}"><img src="'
        f'{s.images[0].src}" alt="" /></a>\n<div class="carousel-caption"><h4><a href="'
        f'{art_path_bare(s)}">{esc(s.title)}</a></h4><p>{esc(_teaser(s, 120))}</p></div></div>'
        for n, s in enumerate(slides)
    )
    boxes = []
    for cat in (3, 4, 5, 7):
        stories = newest([s for s in STORIES if cat_of(s) == cat])[:3]
        first, rest = stories[0], stories[1:]
        rest_html = "\n".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in rest)
        boxes.append(f"""<div class="khung_dm" id="home_dm_{cat}">
<div class="tde_dm_home"><a href="/categories/view/{cat}">{esc(CATS[cat][0]).upper()}</a><a class="pull-right xemtiep" href="/categories/view/{cat}">Xem tiếp &raquo;</a></div>
<div class="row-fluid">
<div class="span5"><a href="{art_path(first)}"><img src="{_thumb(first)}" alt="" class="img-polaroid" /></a></div>
<div class="span7"><h5><a href="{art_path(first)}">{esc(first.title)}</a></h5><p class="mota">{esc(_teaser(first, 150))}</p>
<ul class="ds_tinphu">
{rest_html}
</ul></div>
</div>
</div>""")
    content = f"""<div id="tin_noibat" class="carousel slide">
<ol class="carousel-indicators">{indicators}</ol>
<div class="carousel-inner">
{items}
</div>
<a class="carousel-control left" href="#tin_noibat" data-slide="prev">&lsaquo;</a>
<a class="carousel-control right" href="#tin_noibat" data-slide="next">&rsaquo;</a>
</div>
{chr(10).join(boxes)}"""
    return layout(request, "Trang chủ", content, seed=1)


def documents_page(request: Request) -> str:
    loai = request.params.get("loai", "")
    kw = request.params.get("so_kh", "").strip().lower()
    wanted = DOC_TYPES.get(loai)
    rows = []
    n = 0
    for did, d in sorted(DOCUMENTS.items(), reverse=True):
        if wanted and d[1] != wanted:
            continue
        if kw and kw not in d[0].lower():
            continue
        n += 1
        rows.append(
            f'<tr><td class="text-center">{n}</td><td><a href="{doc_path(did)}">{esc(d[0])}</a></td>'
            f"<td>{d[2]}</td><td>{esc(d[3])}</td>"
            f'<td class="text-center"><a href="{d[5]}" title="Tải về"><img src="/img/icons/pdf.png"'
            ' alt="pdf" /></a></td></tr>'
        )
    options = "".join(
        f'<option value="{k}"{SELECTED if k == loai else ""}>{v}</option>'
        for k, v in DOC_TYPES.items()
    )
    body = "\n".join(rows) or '<tr><td colspan="5">Không tìm thấy văn bản nào.</td></tr>'
    content = f"""{_crumbs(("Văn bản", "/documents"))}
<h3 class="tde_dm">VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</h3>
<form action="/documents/index" class="form-inline" method="get" accept-charset="utf-8">
<select name="loai" class="input-medium"><option value="">-- Loại văn bản --</option>{options}</select>
<input name="so_kh" type="text" class="input-medium" placeholder="Số ký hiệu" value="{esc(kw)}" />
<button type="submit" class="btn"><i class="icon-search"></i> Tìm</button>
</form>
<table class="table table-bordered table-striped" id="tbl_vb">
<thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{body}
</tbody></table>"""
    return layout(request, "Văn bản", content, seed=2)


def document_page(request: Request, did: int) -> str:
    so, loai, ngay, trich, ky, file = DOCUMENTS[did]
    others = "\n".join(
        f'<li><a href="{doc_path(o)}">{esc(DOCUMENTS[o][0])}: {esc(DOCUMENTS[o][3])}</a></li>'
        for o in sorted(DOCUMENTS, reverse=True)
        if o != did
    )
    content = f"""{_crumbs(("Văn bản", "/documents"), (so, None))}
<div class="khung_ct khung_vb" id="vb_{did}">
<h3 class="tde_ct">{esc(loai)} số {esc(so)}</h3>
<table class="table table-bordered" id="tt_vb">
<tr><th style="width:28%">Số ký hiệu</th><td>{esc(so)}</td></tr>
<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(loai)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>{esc(ky)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(trich)}</td></tr>
<tr><th>File đính kèm</th><td><a href="{file}"><img src="/img/icons/pdf.png" alt="" /> {file.rsplit("/", 1)[1]}</a></td></tr>
</table>
<div class="vb_khac"><h4>Văn bản khác</h4><ul>
{others}
</ul></div>
</div>"""
    return layout(request, f"{loai} số {so}", content, description=trich, seed=did)


def albums_page(request: Request) -> str:
    cells = "\n".join(
        f'<li class="span4"><div class="thumbnail"><a href="{album_path(aid)}"><img src="'
        f'{photos[0][0]}" alt="" /></a><h5><a href="{album_path(aid)}">{esc(name)}</a></h5><p class="'
        f'muted"><small>{day} - {len(photos)} ảnh</small></p></div></li>'
        for aid, (name, day, photos) in ALBUMS.items()
    )
    content = f"""{_crumbs(("Thư viện ảnh", "/albums"))}
<h3 class="tde_dm">THƯ VIỆN ẢNH</h3>
<ul class="thumbnails">
{cells}
</ul>"""
    return layout(request, "Thư viện ảnh", content, seed=3)


def album_page(request: Request, aid: int) -> str:
    name, day, photos = ALBUMS[aid]
    cells = "\n".join(
        f'<li class="span4"><a href="{src}" class="thumbnail fancybox" rel="album_{aid}" title="'
        f'{esc(cap)}"><img src="{src}" alt="{esc(cap)}" /></a><p class="text-center"><small>'
        f"{esc(cap)}</small></p></li>"
        for src, cap in photos
    )
    content = f"""{_crumbs(("Thư viện ảnh", "/albums"), (name, None))}
<div class="khung_album" id="album_{aid}">
<h3 class="tde_ct">{esc(name)}</h3>
<p class="muted"><small>Ngày tạo: {day} | {len(photos)} ảnh</small></p>
<ul class="thumbnails">
{cells}
</ul>
</div>"""
    return layout(request, name, content, seed=aid + 50)


def static_page(request: Request, pid: int) -> str:
    if pid == 1:
        body = """<p style="text-align:justify">Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p style="text-align:justify">Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p style="text-align:justify">Toàn ngành hiện có 468 cơ sở giáo dục với trên 198.000 học sinh, học viên và hơn 14.500 cán bộ quản lý, giáo viên, nhân viên.</p>"""
    else:
        rows = [
            ("Ma Thị Hồng Nhung", "Giám đốc Sở", "0207.3822.135"),
            ("Nguyễn Văn Thắng", "Phó Giám đốc Sở", "0207.3822.289"),
            ("Lê Quang Hưng", "Phó Giám đốc Sở", "0207.3822.301"),
            ("Đỗ Văn Khoa", "Phó Trưởng phòng Giáo dục Trung học", "0207.3822.417"),
        ]
        trs = "\n".join(f"<tr><td>{n}</td><td>{p}</td><td>{t}</td></tr>" for n, p, t in rows)
        body = f"""<p><strong>Lãnh đạo Sở</strong></p>
<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
{trs}
</tbody></table>
<p><strong>Các phòng chuyên môn, nghiệp vụ:</strong> Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Giáo dục thường xuyên và Chuyên nghiệp; Phòng Khảo thí và Kiểm định chất lượng giáo dục; Thanh tra Sở.</p>"""
    name = PAGES[pid][0]
    content = f"""{_crumbs(("Giới thiệu", None), (name, None))}
<div class="khung_trang" id="trang_{pid}">
<h3 class="tde_ct">{esc(name)}</h3>
{body}
</div>"""
    return layout(request, name, content, seed=pid + 70)


def contacts_page(request: Request) -> str:
    flash = (
        '<div class="alert alert-success" id="flashMessage">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ'
        " phản hồi trong thời gian sớm nhất.</div>\n"
        if request.method == "POST"
        else ""
    )
    content = f"""{_crumbs(("Liên hệ", "/contacts"))}
{flash}<h3 class="tde_dm">LIÊN HỆ</h3>
<address><strong>Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</strong><br />
Số 12, đường 17/8, phường Minh Xuân, thành phố Tuyên Quang<br />
Điện thoại: 0207.3822.135 - Email: sgddt@tuyenquang.edu.vn</address>
<form action="/contacts" id="ContactIndexForm" method="post" accept-charset="utf-8" class="form-horizontal">
<div style="display:none;"><input type="hidden" name="_method" value="POST" /></div>
<div class="control-group"><label class="control-label" for="ContactHoten">Họ và tên</label><div class="controls"><input name="data[Contact][hoten]" type="text" id="ContactHoten" /></div></div>
<div class="control-group"><label class="control-label" for="ContactEmail">Email</label><div class="controls"><input name="data[Contact][email]" type="text" id="ContactEmail" /></div></div>
<div class="control-group"><label class="control-label" for="ContactNoidung">Nội dung</label><div class="controls"><textarea name="data[Contact][noidung]" rows="5" id="ContactNoidung"></textarea></div></div>
<div class="form-actions"><input class="btn btn-primary" type="submit" value="Gửi liên hệ" /></div>
</form>"""
    return layout(request, "Liên hệ", content, seed=90)


def search_page(request: Request) -> str:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        result = '<div class="alert">Vui lòng nhập từ khóa tìm kiếm!</div>'
    else:
        low = unicodedata.normalize("NFC", kw).lower()
        found = [s for s in newest(STORIES) if low in s.title.lower()]
        result = (
            f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <strong>{esc(kw)}</strong></p>\n"
            + "\n".join(_item(s) for s in found)
        )
    content = f"""{_crumbs(("Tìm kiếm", None))}
<h3 class="tde_dm">KẾT QUẢ TÌM KIẾM</h3>
{result}"""
    return layout(request, "Tìm kiếm", content, seed=91)


# --- the site ---------------------------------------------------------------------------------

_ART = re.compile(r"^/articles/view/(\d+)(?:/([^/]+))?/?$")
_PRINT = re.compile(r"^/articles/print/(\d+)$")
_CAT = re.compile(r"^/categories/view/(\d+)((?:/[a-z]+:[A-Za-z0-9_]+)*)/?$")
_DOC = re.compile(r"^/documents/view/(\d+)(?:/[^/]+)?$")
_ALBUM = re.compile(r"^/albums/view/(\d+)(?:/[^/]+)?$")
_PAGE = re.compile(r"^/pages/view/(\d+)(?:/[^/]+)?$")
_STATIC_PREFIXES = ("/uploads/", "/img/", "/css/", "/js/", "/favicon.ico")


class CakeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path.startswith("/files/vanban/") and path.endswith(".pdf"):
            known = {d[5] for d in DOCUMENTS.values()}
            if path in known:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/":
            return html(home_page(request))
        if m := _ART.match(path):
            aid = int(m.group(1))
            if aid in BY_ID:
                return html(article_page(request, BY_ID[aid]))
            if aid == WITHDRAWN[0]:
                return html(withdrawn_page(request))
            return None
        if m := _PRINT.match(path):
            s = BY_ID.get(int(m.group(1)))
            return html(print_page(request, s)) if s else None
        if m := _CAT.match(path):
            cat = int(m.group(1))
            if cat not in CATS:
                return None
            named: dict[str, str] = {}
            for part in filter(None, m.group(2).split("/")):
                nm = _NAMED.match(part)
                if not nm or nm.group(1) in named:
                    return None
                named[nm.group(1)] = nm.group(2)
            return category_page(request, cat, named)
        if path == "/articles/search":
            return html(search_page(request))
        if path in ("/documents", "/documents/index"):
            return html(documents_page(request))
        if m := _DOC.match(path):
            did = int(m.group(1))
            return html(document_page(request, did)) if did in DOCUMENTS else None
        if path == "/albums":
            return html(albums_page(request))
        if m := _ALBUM.match(path):
            aid = int(m.group(1))
            return html(album_page(request, aid)) if aid in ALBUMS else None
        if m := _PAGE.match(path):
            pid = int(m.group(1))
            return html(static_page(request, pid)) if pid in PAGES else None
        if path == "/contacts":
            return html(contacts_page(request))
        if path == "/polls/vote":
            return redirect("/")
        return None


def build_site() -> CakeSite:
    return CakeSite()


# --- gold -------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    return gold_record(
        s,
        art_path(s),
        CATS[cat_of(s)][0],
        canonical_path=art_path(s),
        alt_paths=[art_path_bare(s), art_path_cake(s), f"/articles/print/{s.id}"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    page_path(1),
    page_path(2),
    "/contacts",
    doc_path(231),
    doc_path(228),
    album_path(7),
]
