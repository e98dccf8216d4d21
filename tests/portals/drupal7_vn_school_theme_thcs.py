"""Trường THCS Chu Văn An (quận Ngô Quyền, thành phố Hải Phòng): a Drupal 7 school site.

Platform
--------
Drupal 7 with a Zen 7.x-5 sub-theme ("cva_zen"), Views 3 for the news lists, Pathauto aliases,
the taxonomy vocabulary "Chuyên mục", Nice Menus drop-downs, Views Slideshow on the front page,
the core Book module for the school's regulations ("Quy chế"), Print (``/print/<nid>``),
Forward (configured as an inline form, not a link), Colorbox on the image fields, Lazyloader on
themed images, the core Comment module (comments closed to new posts but the old ones shown),
the core Poll and a visitor-counter block. The Vietnamese translation prints the node's
"Submitted by" line as ``Gửi bởi quantri vào T5, 03/12/2026 - 08:15`` (short weekday, d/m/Y - H:i).

URL scheme
----------
- ``/`` front page: slideshow (links ``/node/<nid>``), "Tin mới" (4 newest news), "Hoạt động
  chuyên môn" block (3 newest of that term), sidebar on every page.
- ``/tin-tuc`` the "Tin tức" page view (all news except notices, 4 a page, full pager, zero-based
  ``?page=``) and, below it, the "Thông báo" Views block (2 a page, its own full pager with
  pager id 1). With two pagers on one page Drupal writes the page parameter as a
  comma list, URL-encoded: ``/tin-tuc?page=1%2C0``, ``/tin-tuc?page=0%2C1``.
- ``/chuyen-muc/<term>`` taxonomy term pages (core term page, node teasers, 5 a page, pager
  ``?page=1``); ``/taxonomy/term/<tid>`` serves the same listing (only tid 4 is linked, from a
  hand-typed "Xem tất cả" link).
- ``/tin-tuc/<alias>`` articles; also ``/node/<nid>`` (no Global Redirect: 200), ``/comment/<cid>``
  (comment permalink: the whole node page), ``/print/<nid>`` (Print module), and one old alias.
- ``/quy-che/<alias>`` book pages; ``/gioi-thieu``, ``/lien-he`` (webform),
  ``/van-ban/<alias>`` (a document entry), ``/thu-vien-anh/<alias>`` (a photo album),
  ``/rss.xml`` (front-page feed).

Page templates
--------------
Zen ``page.tpl.php``: ``header#header`` with the site name in ``<h1 id="site-name">`` (on every
page), ``#navigation`` with the Nice Menus main menu, ``nav.breadcrumb`` ("Trang chủ › Tin tức
› <term>"), ``h1#page-title``, then the node ``article.node-<nid>`` (``p.submitted`` in a
header, fields ``field-name-field-image``, ``field-name-body``, ``field-name-field-thu-vien-anh``,
``field-name-field-tac-gia``, ``field-name-field-nguon``, ``field-name-field-chuyen-muc``, book
navigation, the Forward form, ``ul.links.inline``, ``section#comments``), then a "Tin cùng
chuyên mục" Views block in the content region; ``aside.sidebars`` and ``footer#footer``.

How each gold article is reached
--------------------------------
Tin hoạt động (tid 1): nid 232 (front, slideshow ``/node/232``, /tin-tuc), 223 (front, slideshow),
218 (/tin-tuc?page=1, term page; its *old* alias is in the "Tin nổi bật" sidebar block),
213 (/tin-tuc?page=1, term page), 207 (/tin-tuc?page=2, term page), 203 (only /tin-tuc?page=2
and /chuyen-muc/tin-hoat-dong?page=1).
Hoạt động chuyên môn (tid 2): 228, 221 (front, /tin-tuc), 216 (front block, /tin-tuc?page=1),
210 (slideshow ``/node/210``, /tin-tuc?page=1, term page). 221 is also a child of the
"Quy chế" book and linked from the book pages.
Thông báo (tid 4): 230, 225 (sidebar "Thông báo" block on every page), 209 (only the second
pager of /tin-tuc, ``?page=0%2C1`` and the like, /chuyen-muc/thong-bao, /taxonomy/term/4).

Traps
-----
1. Two pagers on one page (not a listed kind). /tin-tuc carries the main view's pager (element 0)
   and the "Thông báo" block's pager (element 1), so Drupal's ``pager_load_array`` writes links as
   ``?page=2%2C1`` / ``?page=0%2C0`` (an encoded comma), ``?page=1`` when only element 0 is
   set, and drops the parameter for page "0". Nine URL forms of one listing; page numbers out of
   range are clamped (still 200). Gold: none of them is an article; nid 203 is only on the main
   view's third page (and the term's second page), nid 209 only on the block's second page (and
   the term pages).
2. The site name is an ``<h1>`` (Zen's ``h1#site-name``) before the node's ``h1#page-title`` on
   every page, ``<title>`` adds " | Trường THCS Chu Văn An", and list links trim the headline
   to 60 characters with "…" (not a listed kind). Gold: ``title`` = ``h1#page-title``.
3. Visitor comments under two articles (not a listed kind), each with its own
   ``Gửi bởi <name> vào CN, 06/12/…`` line, a title and paragraphs, inside the article element
   after the text; their permalinks ``/comment/<cid>#comment-<cid>`` serve the whole node page
   (200). Gold: date and body from the node only; ``/comment/<cid>`` in ``alt_paths``.
4. Forward module as an inline form (not a listed kind): a collapsed fieldset "Gửi trang này cho
   bạn bè" with an instruction paragraph and a prefilled message textarea, rendered inside the
   node's content after the fields. Gold: not body.
5. A news article filed in the "Quy chế" book (not a listed kind): nid 221 prints book
   navigation ("‹ Chương II. …", "lên") inside its node content, and the book pages themselves
   look like articles (node template, "Gửi bởi" line, dated, long text). Gold: the book
   navigation is not body; the three book pages are NON_ARTICLES.
6. Colorbox + Lazyloader image fields (not a listed kind): the ``<img src>`` is the lazyloader
   placeholder gif, the real image is in ``data-echo`` (and a ``<noscript>`` copy); the ``<a>``
   around it points to the original file and carries ``title`` = the *node title* (Colorbox
   caption "auto"). The gallery below the text prints 100×75 thumbnails of the article's own
   photos. Gold: images are the real ``data-echo`` paths, ``?itok=`` query kept, thumbnails
   included in page order (field image, text images, gallery); captions None for field images
   (the node title is not a caption).
7. Two different articles with the same headline (not a listed kind): "Hội giảng chào mừng Ngày
   Nhà giáo Việt Nam 20/11" (nid 216, opening, and nid 228, results); Pathauto gave the later one
   the ``-0`` alias. Gold: two separate articles.
8. An old Pathauto alias still live (not a listed kind): nid 218's title was edited, Pathauto made
   a new alias and kept the old one; a hand-typed sidebar block links the old one, which serves
   the article (200, canonical = new alias). Gold: old alias in ``alt_paths``.
9. Duplicate URLs of one article: ``/node/<nid>`` (200, linked from the front slideshow's custom
   text field), ``/print/<nid>`` (Print module; links in the text get "[1]" markers and a
   "Liên kết:" list, plus "Nguồn URL:"). Gold: both in ``alt_paths``; canonical the alias.
10. Dates: ``Gửi bởi quantri vào T6, 04/12/2026 - 16:40`` ("quantri" is the CMS account, not an
    author); listings print the *updated* date ("Cập nhật: 09/11/2026"), not the publication
    date. Gold: ``published_at`` from the submitted line with +07:00; nobody from "quantri".
11. Bylines in the "Tác giả" field after the text: "ThS. Lê Thị Minh Nguyệt – Phó Hiệu trưởng",
    "TPT Đội Nguyễn Hải Yến", "Thầy Phạm Văn Kiên – Giáo viên Thể dục", "Tin, ảnh: X",
    "Tin: X - Ảnh: Y", a unit "Tổ Toán – Tin". Gold: names only, as in README.
12. Sources: a "Nguồn" link field (link text = source); a closing right-aligned "Theo …" line in
    the text. Gold: the link text / what follows "Theo".
13. A notice printed as an official document (letterhead table, "Số:", "Hải Phòng, ngày 20 tháng
    11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) posted three days later.
    Gold: date 2026-11-20 (letterhead), author the signer, letterhead/closing not body.
14. One text typed in decomposed Unicode (Unikey "Unicode tổ hợp", nid 213). Gold: NFC text.
15. A file attachment line under a notice and the "Chuyên mục:" term field. Gold: not body.

Gold decisions on ambiguous points
----------------------------------
- Field-image and gallery photos carry no printed caption (only Colorbox's ``title`` = node
  title): ``caption`` None.
- ``summary`` only where the text opens with a bold lead paragraph (nid 232, 228); the Views
  teaser and the meta description are not a sapo.
- nid 221's author is the unit "Tổ Toán – Tin" as printed in the "Tác giả" field.
- A photo credit line "Ảnh: Bùi Thanh Tâm" under a text image is no caption; its name is a
  photographer (nid 203).
- Category: the term as the breadcrumb prints it.
"""

from __future__ import annotations

import datetime as _datetime
import hashlib
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
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

NAME = "drupal7_vn_school_theme_thcs"
PLATFORM = "Drupal 7 (Zen sub-theme, Views, Pathauto, Book, Print, Forward, Colorbox)"
START_PATH = "/"

SITE_NAME = "Trường THCS Chu Văn An"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THEME = "/sites/all/themes/cva_zen"
PLACEHOLDER = "/sites/all/modules/lazyloader/image_placeholder.gif"

#: tid -> (name, alias slug, description)
TERMS: dict[int, tuple[str, str, str]] = {
    1: ("Tin hoạt động", "tin-hoat-dong", "Các hoạt động giáo dục, phong trào thi đua của nhà trường."),
    2: ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon", "Hội giảng, chuyên đề, sinh hoạt tổ chuyên môn."),
    4: ("Thông báo", "thong-bao", "Thông báo của Ban giám hiệu gửi cha mẹ học sinh và học sinh."),
}
NEWS_PER_PAGE = 4
NOTICES_PER_PAGE = 2
TERM_PER_PAGE = 5
WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def _itok(path: str) -> str:
    digest = hashlib.sha256(path.encode()).hexdigest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(alphabet[int(digest[i : i + 2], 16) % 64] for i in range(0, 16, 2))


def styled(style: str, file_path: str) -> str:
    """An image-style derivative URL as Drupal 7.20+ prints it (with the ``itok`` token)."""
    return f"/sites/default/files/styles/{style}/public/{file_path}?itok={_itok(style + file_path)}"


def _field_img(file_path: str) -> Img:
    return Img(styled("large", file_path), style="field")


def _gallery_img(file_path: str) -> Img:
    return Img(styled("thumbnail", file_path), style="gallery")


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=232,
        slug="ngay-hoi-doc-sach-sach-hay-ban-tot-nam-2026",
        title="Ngày hội đọc sách “Sách hay – Bạn tốt” năm 2026",
        cat=1,
        published_at="2026-12-04T16:40:00+07:00",
        summary=(
            "Chiều 4/12, Thư viện Trường THCS Chu Văn An phối hợp với Liên đội tổ chức Ngày hội "
            "đọc sách “Sách hay – Bạn tốt” năm 2026, thu hút gần 900 học sinh của 24 lớp tham gia."
        ),
        blocks=[
            _field_img("field/image/2026/12/ngay-hoi-doc-sach.jpg"),
            P(
                "Chiều 4/12, Thư viện Trường THCS Chu Văn An phối hợp với Liên đội tổ chức Ngày hội "
                "đọc sách “Sách hay – Bạn tốt” năm 2026, thu hút gần 900 học sinh của 24 lớp tham gia.",
                "lead",
            ),
            P(
                "Ngày hội được tổ chức tại sân trường và khu thư viện thân thiện với nhiều hoạt động: "
                "trưng bày sách theo chủ đề, giới thiệu sách của các câu lạc bộ, thi vẽ tranh bìa sách "
                "và đổi sách cũ lấy sách mới. Mỗi chi đội chuẩn bị một gian sách riêng, được trang trí "
                "bằng các sản phẩm thủ công do chính các em làm."
            ),
            P(
                "Phát biểu tại buổi khai mạc, cô Phạm Thị Thu Hằng, Hiệu trưởng nhà trường, nhấn mạnh: "
                "“Đọc sách là cách tốt nhất để các em tự học, tự mở rộng hiểu biết. Nhà trường mong mỗi "
                "học sinh Chu Văn An đọc ít nhất một cuốn sách mỗi tháng”."
            ),
            Img(
                "/sites/default/files/imce/2026/12/gian-sach-7a2.jpg",
                printed="Học sinh lớp 7A2 giới thiệu gian sách của chi đội với các thầy cô giáo",
                caption="Học sinh lớp 7A2 giới thiệu gian sách của chi đội với các thầy cô giáo",
                style="figure",
            ),
            P(
                "Điểm nhấn của ngày hội là phần thi “Đại sứ văn hóa đọc” với 12 thí sinh đến từ các "
                "khối lớp. Các em đã giới thiệu những cuốn sách yêu thích bằng nhiều hình thức sáng tạo "
                "như kể chuyện, đóng tiểu phẩm, làm video ngắn. Em Nguyễn Minh Khôi, lớp 8A1, giành giải "
                "Nhất với phần giới thiệu cuốn “Dế Mèn phiêu lưu ký” của nhà văn Tô Hoài."
            ),
            P(
                "Trong khuôn khổ ngày hội, phong trào quyên góp sách đã nhận được hơn 1.200 cuốn sách, "
                "truyện và báo các loại. Số sách này sẽ được bổ sung vào tủ sách lớp học và gửi tặng "
                "học sinh Trường PTDTBT THCS Nậm Dạng (Hà Giang) vào đầu năm 2027."
            ),
            P(
                "Ngày hội đọc sách là hoạt động thường niên của nhà trường nhằm hưởng ứng Đề án “Xây "
                "dựng xã hội học tập” và phát triển văn hóa đọc trong học sinh."
            ),
            _gallery_img("thu-vien/2026/12/doc-sach-02.jpg"),
            _gallery_img("thu-vien/2026/12/doc-sach-03.jpg"),
        ],
        authors=["Vũ Thị Ngọc Ánh"],
        photographers=["Vũ Thị Ngọc Ánh"],
        opts={
            "created": "2026-12-04 16:40",
            "tac_gia": "Tin, ảnh: Vũ Thị Ngọc Ánh",
            "comments": [
                (
                    66,
                    "Phụ huynh lớp 6A4 (không xác thực)",
                    "2026-12-04 20:15",
                    "Hoạt động rất bổ ích",
                    "Con tôi về kể rất hào hứng về ngày hội. Cảm ơn các thầy cô đã tổ chức hoạt "
                    "động ý nghĩa cho các con.",
                ),
                (
                    67,
                    "Cựu học sinh khóa 2015 – 2019 (không xác thực)",
                    "2026-12-05 06:52",
                    "Nhớ thư viện trường quá!",
                    "Nhìn ảnh thấy thư viện bây giờ đẹp hơn hồi chúng em học rất nhiều. Chúc ngày "
                    "hội thành công!",
                ),
            ],
        },
    ),
    Story(
        id=230,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat=4,
        published_at="2026-12-03T08:15:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 đối với các "
                "môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("18/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu "
                "từ ngày 7/12 đến ngày 12/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
                "và dụng cụ học tập cần thiết. Đề nghị cha mẹ học sinh nhắc nhở các con ôn tập chu đáo "
                "và giữ gìn sức khỏe trong thời gian kiểm tra."
            ),
        ],
        opts={
            "created": "2026-12-03 08:15",
            "attachment": ("lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "128.4 KB"),
        },
    ),
    Story(
        id=228,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-2011-0",
        title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat=2,
        published_at="2026-11-30T10:20:00+07:00",
        summary=(
            "Sau gần một tháng tổ chức, Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 của "
            "Trường THCS Chu Văn An đã khép lại với 12 giáo viên đạt giải."
        ),
        blocks=[
            P(
                "Sau gần một tháng tổ chức, Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 của "
                "Trường THCS Chu Văn An đã khép lại với 12 giáo viên đạt giải.",
                "lead",
            ),
            P(
                "Hội giảng năm nay có 34 giáo viên thuộc 5 tổ chuyên môn đăng ký tham gia với các tiết "
                "dạy ở hầu hết các môn học. Nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt các "
                "phương pháp dạy học tích cực và ứng dụng công nghệ thông tin hiệu quả."
            ),
            P("Một số giáo viên đạt giải cao:", "span"),
            P("Giải | Họ và tên | Môn", "th"),
            P("Nhất | Nguyễn Thu Hà | Ngữ văn", "tr"),
            P("Nhất | Trần Đức Mạnh | Khoa học tự nhiên", "tr"),
            P("Nhì | Đặng Thị Hồng Nhung | Tiếng Anh", "tr"),
            P("Nhì | Vũ Quốc Bảo | Toán", "tr"),
            P(
                "Theo đánh giá của Ban giám khảo, các tiết dạy đạt giải đều bám sát yêu cầu cần đạt của "
                "Chương trình giáo dục phổ thông 2018, chú trọng tổ chức cho học sinh hoạt động nhóm, "
                "tự khám phá kiến thức.",
                "span",
            ),
            P(
                "Nhà trường sẽ lựa chọn các tiết dạy tiêu biểu để xây dựng thành chuyên đề sinh hoạt "
                "chuyên môn theo nghiên cứu bài học trong học kỳ II.",
                "span",
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={
            "created": "2026-11-30 10:20",
            "tac_gia": "ThS. Lê Thị Minh Nguyệt – Phó Hiệu trưởng",
            "comments": [
                (
                    64,
                    "Giáo viên trẻ (không xác thực)",
                    "2026-11-30 21:03",
                    "Chúc mừng các thầy cô",
                    "Chúc mừng các thầy cô đạt giải. Mong nhà trường chia sẻ video các tiết dạy để "
                    "giáo viên trẻ học tập.",
                ),
            ],
        },
    ),
    Story(
        id=225,
        slug="thong-bao-ve-viec-to-chuc-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo về việc tổ chức họp cha mẹ học sinh giữa học kỳ I",
        cat=4,
        published_at="2026-11-20",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n'
                '<tr>\n<td style="width:42%; text-align:center;">UBND QUẬN NGÔ QUYỀN<br />\n'
                "<strong>TRƯỜNG THCS CHU VĂN AN</strong></td>\n"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n"
                '<tr>\n<td style="text-align:center;">Số: 58/TB-THCSCVA</td>\n'
                '<td style="text-align:right;"><em>Hải Phòng, ngày 20 tháng 11 năm 2026</em></td>\n'
                "</tr>\n</tbody>\n</table>\n"
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>\n'
                '<p style="text-align:center;"><strong>Về việc tổ chức họp cha mẹ học sinh giữa học kỳ I'
                "<br />\nnăm học 2026 – 2027</strong></p>\n"
            ),
            P(
                "Căn cứ Kế hoạch năm học 2026 – 2027 của Trường THCS Chu Văn An, nhà trường thông báo "
                "tổ chức họp cha mẹ học sinh giữa học kỳ I như sau:"
            ),
            P("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 29/11/2026."),
            P("2. Địa điểm: tại các phòng học của lớp."),
            P(
                "3. Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện của học sinh "
                "giữa học kỳ I; trao đổi về công tác phối hợp giáo dục học sinh và kế hoạch ôn tập, "
                "kiểm tra cuối học kỳ I."
            ),
            P(
                "Đề nghị cha mẹ học sinh sắp xếp thời gian đến dự họp đầy đủ, đúng giờ. Trường hợp không "
                "thể tham dự, cha mẹ học sinh liên hệ trực tiếp với giáo viên chủ nhiệm để được thông tin."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
                '<td style="width:50%; vertical-align:top;"><em><strong>Nơi nhận:</strong></em><br />\n'
                "- Cha mẹ học sinh các lớp;<br />\n- GVCN các lớp (t/h);<br />\n- Lưu: VT.</td>\n"
                '<td style="text-align:center; vertical-align:top;"><strong>HIỆU TRƯỞNG</strong><br />\n'
                "<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Phạm Thị Thu Hằng</strong></td>\n"
                "</tr>\n</tbody>\n</table>\n"
            ),
        ],
        authors=["Phạm Thị Thu Hằng"],
        opts={"created": "2026-11-23 14:05"},
    ),
    Story(
        id=223,
        slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
        title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat=1,
        published_at="2026-11-20T10:05:00+07:00",
        blocks=[
            _field_img("field/image/2026/11/le-ky-niem-20-11.jpg"),
            P(
                "Sáng 20/11, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam 20/11/1982 – 20/11/2026. Tới dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và "
                "Đào tạo quận Ngô Quyền, Đảng ủy, UBND phường Lạch Tray, Ban đại diện cha mẹ học sinh "
                "cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Ôn lại truyền thống, thầy Đỗ Văn Thành, Phó Hiệu trưởng nhà trường, cho biết trong năm "
                "học 2025 – 2026, tập thể sư phạm nhà trường đã hoàn thành xuất sắc nhiệm vụ: tỉ lệ học "
                "sinh đỗ vào lớp 10 công lập đạt 92,6%, 38 học sinh đạt giải học sinh giỏi cấp thành "
                "phố, nhà trường được UBND thành phố tặng Bằng khen."
            ),
            Img(
                "/sites/default/files/imce/2026/11/tang-hoa-giao-vien-nghi-huu.jpg",
                printed="(Các thầy cô giáo nghỉ hưu được tặng hoa tại buổi lễ)",
                caption="Các thầy cô giáo nghỉ hưu được tặng hoa tại buổi lễ",
                style="em",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Trần Bảo Ngọc, lớp 9A1, xúc động gửi lời tri ân tới "
                "các thầy cô. Những tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng đã mang lại "
                "không khí ấm áp cho buổi lễ."
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 12 giáo viên đạt giải trong Hội giảng chào mừng "
                "Ngày Nhà giáo Việt Nam và 5 tập thể lớp có thành tích xuất sắc trong đợt thi đua “Hoa "
                "điểm tốt dâng thầy cô”."
            ),
        ],
        authors=["Đoàn Minh Tuấn"],
        opts={"created": "2026-11-20 10:05", "tac_gia": "Đoàn Minh Tuấn"},
    ),
    Story(
        id=221,
        slug="trien-khai-quy-che-danh-gia-hoc-sinh-theo-thong-tu-22-trong-nam-hoc-2026-2027",
        title="Triển khai Quy chế đánh giá học sinh theo Thông tư 22 trong năm học 2026 – 2027",
        cat=2,
        published_at="2026-11-17T07:50:00+07:00",
        blocks=[
            P(
                "Ngày 15/11, Trường THCS Chu Văn An tổ chức hội nghị chuyên đề triển khai quy định về "
                "đánh giá học sinh trung học cơ sở theo Thông tư số 22/2021/TT-BGDĐT của Bộ Giáo dục và "
                "Đào tạo cho toàn thể cán bộ, giáo viên.",
                "link",
            ),
            P(
                "Tại hội nghị, đồng chí Phó Hiệu trưởng phụ trách chuyên môn đã quán triệt những điểm cần "
                "lưu ý khi đánh giá thường xuyên và đánh giá định kỳ, cách ghi nhận xét trong sổ theo dõi "
                "và đánh giá học sinh, cũng như việc đánh giá bằng nhận xét đối với các môn Giáo dục thể "
                "chất, Nghệ thuật, Hoạt động trải nghiệm, hướng nghiệp và nội dung giáo dục địa phương."
            ),
            P("Một số điểm mới trong năm học 2026 – 2027", "h"),
            P(
                "Các tổ chuyên môn thống nhất xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ theo hướng "
                "tăng cường câu hỏi vận dụng; đề kiểm tra cuối kỳ do nhà trường ra chung cho từng khối lớp.",
                "li",
            ),
            P(
                "Kết quả đánh giá của học sinh được cập nhật trên hệ thống quản lý nhà trường và thông báo "
                "tới cha mẹ học sinh qua sổ liên lạc điện tử sau mỗi kỳ kiểm tra.",
                "li",
            ),
            P(
                "Văn bản quy chế đánh giá của nhà trường đã được bổ sung vào mục Quy chế trên website để "
                "giáo viên, cha mẹ học sinh tiện theo dõi."
            ),
        ],
        authors=["Tổ Toán – Tin"],
        opts={
            "created": "2026-11-17 07:50",
            "tac_gia": "Tổ Toán – Tin",
            "book": True,
            "links": {
                "Thông tư số 22/2021/TT-BGDĐT": "https://moet.gov.vn/van-ban/vbpq/Pages/chi-tiet-van-ban.aspx?ItemID=1497",
            },
        },
    ),
    Story(
        id=218,
        slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-soi-noi-an-toan",
        title="Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 sôi nổi, an toàn",
        cat=1,
        published_at="2026-11-06T15:20:00+07:00",
        blocks=[
            _field_img("field/image/2026/11/hkpd-cap-truong.jpg"),
            P(
                "Từ ngày 2 đến ngày 6/11, Trường THCS Chu Văn An tổ chức Hội khỏe Phù Đổng cấp trường "
                "năm học 2026 – 2027 với sự tham gia của hơn 400 vận động viên là học sinh bốn khối lớp."
            ),
            P(
                "Hội khỏe năm nay gồm các môn: điền kinh, cầu lông, bóng bàn, cờ vua và kéo co. Các trận "
                "đấu diễn ra sôi nổi, đúng luật, thể hiện tinh thần đoàn kết và ý chí thi đấu của các em."
            ),
            P("Kết quả toàn đoàn:"),
            P("Giải Nhất: lớp 9A2;", "li"),
            P("Giải Nhì: lớp 8A3 và lớp 9A5;", "li"),
            P("Giải Ba: lớp 7A1, lớp 8A1 và lớp 6A6.", "li"),
            P(
                "Ban tổ chức đã lựa chọn 32 vận động viên xuất sắc để thành lập đội tuyển tham dự Hội "
                "khỏe Phù Đổng cấp quận dự kiến tổ chức vào cuối tháng 11."
            ),
            _gallery_img("thu-vien/2026/11/hkpd-keo-co.jpg"),
            _gallery_img("thu-vien/2026/11/hkpd-cau-long.jpg"),
            _gallery_img("thu-vien/2026/11/hkpd-co-vua.jpg"),
        ],
        authors=["Phạm Văn Kiên"],
        opts={
            "created": "2026-11-06 15:20",
            "changed": "2026-11-09 09:12",
            "tac_gia": "Thầy Phạm Văn Kiên – Giáo viên Thể dục",
            "old_alias": "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        },
    ),
    Story(
        id=216,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-2011",
        title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat=2,
        published_at="2026-11-03T16:05:00+07:00",
        blocks=[
            _field_img("field/image/2026/11/khai-mac-hoi-giang.jpg"),
            P(
                "Chiều 2/11, Trường THCS Chu Văn An tổ chức khai mạc Hội giảng chào mừng Ngày Nhà giáo "
                "Việt Nam 20/11 năm học 2026 – 2027."
            ),
            P(
                "Hội giảng là dịp để giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học "
                "theo định hướng phát triển phẩm chất, năng lực học sinh. Mỗi giáo viên tham gia đăng ký "
                "ít nhất một tiết dạy, được Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn dự "
                "giờ, đánh giá theo tiêu chí của Công văn 5512."
            ),
            Img(
                "/sites/default/files/imce/2026/11/tiet-day-ngu-van-9a4.jpg",
                printed="(Tiết dạy mở màn của cô Nguyễn Thu Hà tại lớp 9A4)",
                caption="Tiết dạy mở màn của cô Nguyễn Thu Hà tại lớp 9A4",
                style="em",
            ),
            P(
                "Ngay sau lễ khai mạc, cô Nguyễn Thu Hà, giáo viên Ngữ văn, đã thực hiện tiết dạy mở màn "
                "với bài đọc hiểu văn bản truyện hiện đại tại lớp 9A4. Tiết học diễn ra nhẹ nhàng, học "
                "sinh tích cực thảo luận và trình bày sản phẩm nhóm."
            ),
            P(
                "Hội giảng sẽ kéo dài đến hết ngày 27/11. Kết quả sẽ được công bố trong buổi tổng kết vào "
                "cuối tháng 11."
            ),
        ],
        authors=["Phạm Quỳnh Mai"],
        opts={"created": "2026-11-03 16:05", "tac_gia": "Phạm Quỳnh Mai"},
    ),
    Story(
        id=213,
        slug="tuyen-truyen-phong-chong-tai-nan-thuong-tich-va-duoi-nuoc-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống tai nạn thương tích và đuối nước cho học sinh",
        cat=1,
        published_at="2026-10-28T08:00:00+07:00",
        blocks=[
            _field_img("field/image/2026/10/tuyen-truyen-ttt.jpg"),
            P(
                "Nhằm nâng cao nhận thức và kỹ năng phòng, chống tai nạn thương tích cho học sinh, sáng "
                "27/10, Trường THCS Chu Văn An phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, "
                "cứu hộ quận Ngô Quyền tổ chức buổi tuyên truyền dưới cờ cho toàn thể học sinh."
            ),
            P(
                "Tại buổi tuyên truyền, các cán bộ cảnh sát đã hướng dẫn học sinh cách nhận biết các nguy "
                "cơ gây tai nạn thương tích thường gặp ở lứa tuổi học đường như ngã, bỏng, điện giật, tai "
                "nạn giao thông và đặc biệt là đuối nước."
            ),
            Img(
                "/sites/default/files/imce/2026/10/thuc-hanh-binh-chua-chay.jpg",
                printed="Học sinh thực hành sử dụng bình chữa cháy mini",
                caption="Học sinh thực hành sử dụng bình chữa cháy mini",
                style="table",
            ),
            P(
                "Học sinh được thực hành kỹ năng thoát hiểm khi có cháy, cách sử dụng bình chữa cháy mini "
                "và cách sơ cứu ban đầu cho người bị đuối nước. Nhiều em hào hứng xung phong lên thực hành "
                "trước toàn trường."
            ),
            P(
                "Nhà trường đề nghị cha mẹ học sinh tiếp tục phối hợp nhắc nhở các con không tắm ở ao, hồ, "
                "sông, biển khi không có người lớn đi cùng, đặc biệt trong các ngày nghỉ cuối tuần."
            ),
        ],
        source="Phòng GD&ĐT quận Ngô Quyền",
        opts={
            "created": "2026-10-28 08:00",
            "nfd": True,
            "nguon": (
                "Phòng GD&ĐT quận Ngô Quyền",
                "https://pgdngoquyen.haiphong.edu.vn/tin-tuc/tuyen-truyen-phong-chong-duoi-nuoc",
            ),
        },
    ),
    Story(
        id=210,
        slug="chuyen-de-day-hoc-mon-khoa-hoc-tu-nhien-theo-dinh-huong-stem",
        title="Chuyên đề dạy học môn Khoa học tự nhiên theo định hướng STEM",
        cat=2,
        published_at="2026-10-21T11:30:00+07:00",
        blocks=[
            _field_img("field/image/2026/10/chuyen-de-stem-khtn.jpg"),
            P(
                "Sáng 20/10, Tổ Khoa học tự nhiên Trường THCS Chu Văn An tổ chức chuyên đề cấp trường "
                "“Dạy học môn Khoa học tự nhiên theo định hướng giáo dục STEM”."
            ),
            P(
                "Tiết dạy minh họa do thầy Trần Đức Mạnh thực hiện tại lớp 8A2 với bài học về áp suất "
                "chất lỏng. Học sinh được chia nhóm, thiết kế và chế tạo mô hình “bình thông nhau” từ các "
                "vật liệu dễ tìm như chai nhựa, ống hút, băng dính.",
                "div",
            ),
            Img(
                "/sites/default/files/imce/2026/10/mo-hinh-binh-thong-nhau.jpg",
                printed="Học sinh lớp 8A2 thử nghiệm mô hình bình thông nhau",
                caption="Học sinh lớp 8A2 thử nghiệm mô hình bình thông nhau",
                style="figure",
            ),
            P(
                "Các nhóm đã trình bày ý tưởng, giải thích nguyên lý hoạt động và tự đánh giá sản phẩm "
                "theo bảng tiêu chí do giáo viên xây dựng.",
                "div",
            ),
            P(
                "Tham gia thảo luận sau tiết dạy, các giáo viên đánh giá cao việc tổ chức cho học sinh học "
                "qua hoạt động thực hành, đồng thời đề xuất mở rộng mô hình bài học STEM sang các chủ đề "
                "năng lượng và môi trường ở khối 6, 7.",
                "div",
            ),
            P(
                "Dự kiến trong học kỳ I, mỗi khối lớp sẽ thực hiện ít nhất hai bài học STEM, gắn với hoạt "
                "động của câu lạc bộ Khoa học – Sáng tạo của nhà trường.",
                "div",
            ),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Bùi Thanh Tâm"],
        opts={"created": "2026-10-21 11:30", "tac_gia": "Tin: Hoàng Thị Lan - Ảnh: Bùi Thanh Tâm"},
    ),
    Story(
        id=209,
        slug="thong-bao-lich-tiep-phu-huynh-hoc-sinh-thang-10-va-thang-11-nam-2026",
        title="Thông báo lịch tiếp phụ huynh học sinh tháng 10 và tháng 11 năm 2026",
        cat=4,
        published_at="2026-10-19T07:30:00+07:00",
        blocks=[
            P(
                "Để tạo điều kiện cho cha mẹ học sinh trao đổi, phối hợp với nhà trường trong công tác "
                "giáo dục học sinh, Ban giám hiệu Trường THCS Chu Văn An thông báo lịch tiếp phụ huynh "
                "học sinh tháng 10 và tháng 11 năm 2026 như sau:"
            ),
            P(
                "Sáng thứ Ba hằng tuần (từ 8 giờ đến 10 giờ 30): cô Phạm Thị Thu Hằng – Hiệu trưởng;",
                "li",
            ),
            P(
                "Chiều thứ Năm hằng tuần (từ 14 giờ đến 16 giờ 30): thầy Đỗ Văn Thành – Phó Hiệu trưởng;",
                "li",
            ),
            P(
                "Sáng thứ Bảy các tuần chẵn (từ 8 giờ đến 10 giờ): cô Lê Thị Minh Nguyệt – Phó Hiệu "
                "trưởng.",
                "li",
            ),
            P("Địa điểm: Phòng tiếp dân, tầng 1 nhà hiệu bộ."),
            P("Điện thoại liên hệ: 0225.3846.215 (Văn phòng nhà trường).", "br"),
            P(
                "Cha mẹ học sinh có nhu cầu gặp Ban giám hiệu vào thời gian khác vui lòng liên hệ trước "
                "với Văn phòng nhà trường để được bố trí."
            ),
        ],
        opts={"created": "2026-10-19 07:30"},
    ),
    Story(
        id=207,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 – 2027",
        cat=1,
        published_at="2026-10-15T14:10:00+07:00",
        blocks=[
            _field_img("field/image/2026/10/dai-hoi-lien-doi.jpg"),
            P(
                "Chiều 14/10, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội nhiệm "
                "kỳ 2026 – 2027. Về dự đại hội có đại diện Hội đồng Đội quận Ngô Quyền, Ban giám hiệu nhà "
                "trường cùng 96 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – 2026. "
                "Trong năm qua, Liên đội đã tổ chức thành công nhiều hoạt động như kế hoạch nhỏ thu gom "
                "giấy vụn được hơn 3 tấn, phong trào “Nghìn việc tốt”, hội thi “Chỉ huy Đội giỏi” và được "
                "Hội đồng Đội thành phố công nhận Liên đội vững mạnh xuất sắc."
            ),
            P("Nhiệm kỳ mới, Liên đội đề ra các chỉ tiêu chủ yếu:"),
            P("100% đội viên tham gia phong trào “Em yêu Tổ quốc Việt Nam”;", "li"),
            P("Thu gom ít nhất 3,5 tấn giấy vụn và vỏ chai nhựa phục vụ kế hoạch nhỏ;", "li"),
            P("Phấn đấu 95% chi đội đạt danh hiệu chi đội mạnh.", "li"),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 15 em; em Lê Hoàng Phúc, "
                "lớp 9A3, được tín nhiệm bầu làm Liên đội trưởng."
            ),
        ],
        authors=["Nguyễn Hải Yến"],
        opts={"created": "2026-10-15 14:10", "tac_gia": "TPT Đội Nguyễn Hải Yến"},
    ),
    Story(
        id=203,
        slug="hoc-sinh-khoi-6-tham-quan-trai-nghiem-tai-bao-tang-hai-phong",
        title="Học sinh khối 6 tham quan trải nghiệm tại Bảo tàng Hải Phòng",
        cat=1,
        published_at="2026-10-05T09:45:00+07:00",
        blocks=[
            _field_img("field/image/2026/10/tham-quan-bao-tang.jpg"),
            P(
                "Thực hiện kế hoạch giáo dục trải nghiệm năm học 2026 – 2027, ngày 3/10, gần 300 học sinh "
                "khối 6 Trường THCS Chu Văn An đã có buổi tham quan, học tập tại Bảo tàng Hải Phòng."
            ),
            P(
                "Tại bảo tàng, các em được nghe thuyết minh về lịch sử hình thành và phát triển của vùng "
                "đất Hải Phòng từ thời tiền sử đến nay, tìm hiểu về chiến thắng Bạch Đằng và các hiện vật "
                "gắn với cuộc đời nữ tướng Lê Chân – người có công lập ấp An Biên, tiền thân của thành phố "
                "Cảng ngày nay."
            ),
            Img(
                "/sites/default/files/imce/2026/10/hoc-sinh-nghe-thuyet-minh.jpg",
                printed="Ảnh: Bùi Thanh Tâm",
                caption=None,
                style="credit",
            ),
            P(
                "Sau buổi tham quan, mỗi nhóm học sinh hoàn thành phiếu học tập và chuẩn bị sản phẩm "
                "thuyết trình về một hiện vật ấn tượng. Các sản phẩm tốt nhất sẽ được trưng bày tại thư "
                "viện nhà trường."
            ),
            P(
                "Chuyến đi giúp các em hiểu thêm về lịch sử, văn hóa quê hương, qua đó bồi dưỡng tình yêu "
                "và niềm tự hào về thành phố Hoa Phượng Đỏ."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Theo Cổng TTĐT quận Ngô Quyền</strong>'
                "</em></p>\n"
            ),
            _gallery_img("thu-vien/2026/10/bao-tang-01.jpg"),
            _gallery_img("thu-vien/2026/10/bao-tang-02.jpg"),
        ],
        photographers=["Bùi Thanh Tâm"],
        source="Cổng TTĐT quận Ngô Quyền",
        opts={"created": "2026-10-05 09:45"},
    ),
]

BY_NID = {s.id: s for s in STORIES}
#: slideshow on the front page: links written by hand in a Views "Global: Custom text" field
SLIDESHOW = [232, 223, 210]
COMMENTS = {c[0]: s.id for s in STORIES for c in s.opts.get("comments", [])}


def _alias(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def _dt(value: str) -> _datetime.datetime:
    return _datetime.datetime.strptime(value, "%Y-%m-%d %H:%M")


def _submitted(value: str) -> str:
    d = _dt(value)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def _iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


def _news() -> list[Story]:
    return sorted((s for s in STORIES if s.cat != 4), key=lambda s: s.opts["created"], reverse=True)


def _notices() -> list[Story]:
    return sorted((s for s in STORIES if s.cat == 4), key=lambda s: s.opts["created"], reverse=True)


def _in_term(tid: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == tid), key=lambda s: s.opts["created"], reverse=True)


# --- the text field -------------------------------------------------------------------------


def _text_img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="400" src="{src}" width="600" />'
            f"<figcaption>{text(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-anh" '
            'style="width:600px;">\n<tbody>\n<tr>\n<td><img alt="" src="'
            f'{src}" style="width: 600px; height: 400px;" /></td>\n</tr>\n<tr>\n'
            '<td style="text-align: center;"><em><span style="font-size:12px;">'
            f"{text(img.printed or '')}</span></em></td>\n</tr>\n</tbody>\n</table>\n"
        )
    line = ""
    if img.printed:
        align = "right" if img.style == "credit" else "center"
        line = f'\n<p style="text-align: {align};"><em>{text(img.printed)}</em></p>'
    return (
        '<p style="text-align: center;"><img alt="" src="'
        f'{src}" style="width: 600px; height: 400px;" /></p>{line}'
    )


def _render_text(story: Story) -> str:
    """The body field as CKEditor 4 stored it."""
    nfd = bool(story.opts.get("nfd"))
    links: dict[str, str] = story.opts.get("links", {})

    def t(value: str) -> str:
        out = text(value, nfd=nfd)
        for phrase, url in links.items():
            shown = text(phrase, nfd=nfd)
            out = out.replace(shown, f'<a href="{esc(url)}" target="_blank">{shown}</a>')
        return out

    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style in ("field", "gallery"))]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_text_img(b))
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f"<td>{t(c)}</td>" for c in cells)
                rows.append(f"<tr>\n{tds}\n</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%;'
                'border-collapse:collapse;">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        parts = [t(b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(t(blocks[i].text))
            i += 1
        inner = "<br />\n".join(parts)
        if b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif b.style == "h":
            out.append(f"<h3><strong>{inner}</strong></h3>")
        elif b.style == "div":
            out.append(f'<div style="text-align: justify;">{inner}</div>\n<div>&nbsp;</div>')
        elif b.style == "span":
            out.append(
                '<p><span style="font-size:14px;"><span style="font-family:times new roman,times,'
                f'serif;">{inner}</span></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


# --- fields and node parts ------------------------------------------------------------------


def _lazy_img(src: str, width: int, height: int, extra: str = "") -> str:
    """Lazyloader's theme_image: a placeholder in ``src``, the real file in ``data-echo``."""
    return (
        f'<img data-echo="{esc(src)}" typeof="foaf:Image" src="{PLACEHOLDER}" width="{width}" '
        f'height="{height}" alt=""{extra} /><noscript><img typeof="foaf:Image" src="{esc(src)}" '
        f'width="{width}" height="{height}" alt="" /></noscript>'
    )


def _original(styled_src: str) -> str:
    """The original file behind an image-style derivative."""
    path = styled_src.split("?", 1)[0]
    return "/sites/default/files/" + path.split("/public/", 1)[1]


def _field_image(story: Story, host: str) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "field"]
    if not imgs:
        return ""
    items = []
    for n, img in enumerate(imgs):
        items.append(
            f'<div class="field-item {"even" if n % 2 == 0 else "odd"}" rel="og:image rdfs:seeAlso" '
            f'resource="{esc(host + img.src)}"><a href="{esc(host + _original(img.src))}" '
            f'title="{esc(story.title)}" class="colorbox" rel="gallery-node-{story.id}-Zk3tQ">'
            + _lazy_img(img.src, 480, 320, ' title=""')
            + "</a></div>"
        )
    return (
        '<div class="field field-name-field-image field-type-image field-label-hidden">'
        '<div class="field-items">' + "".join(items) + "</div></div>\n"
    )


def _field_gallery(story: Story, host: str) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    items = []
    for n, img in enumerate(imgs):
        large = img.src.replace("/styles/thumbnail/", "/styles/large/").split("?", 1)[0]
        large += f"?itok={_itok('large' + _original(img.src))}"
        items.append(
            f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="{esc(host + large)}" '
            f'title="{esc(story.title)}" class="colorbox" rel="gallery-node-{story.id}-Zk3tQ">'
            + _lazy_img(img.src, 100, 75)
            + "</a></div>"
        )
    return (
        '<div class="field field-name-field-thu-vien-anh field-type-image field-label-above">'
        '<div class="field-label">Một số hình ảnh:&nbsp;</div><div class="field-items">'
        + "".join(items)
        + "</div></div>\n"
    )


def _inline_field(name: str, ftype: str, label: str, value_html: str) -> str:
    return (
        f'<div class="field field-name-field-{name} field-type-{ftype} field-label-inline clearfix">'
        f'<div class="field-label">{label}:&nbsp;</div><div class="field-items">'
        f'<div class="field-item even">{value_html}</div></div></div>\n'
    )


def _submitted_html(created: str, who: str = "quantri", user_path: str = "/user/1") -> str:
    about = f' about="{user_path}"' if user_path else ""
    return (
        f'<span property="dc:date dc:created" content="{_iso(created)}" datatype="xsd:dateTime" '
        f'rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang=""{about} '
        f'typeof="sioc:UserAccount" property="foaf:name" datatype="">{esc(who)}</span> vào '
        f"{_submitted(created)}</span>"
    )


BOOK_ROOT = 11
#: the "Quy chế" book in outline order: (nid, path, title)
BOOK: list[tuple[int, str, str]] = [
    (11, "/quy-che/quy-che-to-chuc-va-hoat-dong", "Quy chế tổ chức và hoạt động của Trường THCS Chu Văn An"),
    (12, "/quy-che/chuong-i-nhung-quy-dinh-chung", "Chương I. Những quy định chung"),
    (13, "/quy-che/chuong-ii-to-chuc-bo-may-va-nhiem-vu", "Chương II. Tổ chức bộ máy và nhiệm vụ"),
    (
        221,
        "/tin-tuc/trien-khai-quy-che-danh-gia-hoc-sinh-theo-thong-tu-22-trong-nam-hoc-2026-2027",
        "Triển khai Quy chế đánh giá học sinh theo Thông tư 22 trong năm học 2026 – 2027",
    ),
]


def _book_tree(active: int | None = None) -> str:
    items = []
    children = BOOK[1:]
    for n, (nid, path, title) in enumerate(children):
        cls = ["leaf"]
        if n == 0:
            cls.insert(0, "first")
        if n == len(children) - 1:
            cls.append("last")
        if nid == active:
            cls.append("active-trail")
        items.append(f'<li class="{" ".join(cls)}"><a href="{path}">{esc(title)}</a></li>')
    return '<ul class="menu">' + "".join(items) + "</ul>"


def _book_navigation(nid: int) -> str:
    idx = next(i for i, b in enumerate(BOOK) if b[0] == nid)
    tree = _book_tree() if nid == BOOK_ROOT else ""
    links = []
    if idx > 0:
        _, path, title = BOOK[idx - 1]
        links.append(
            f'<a href="{path}" class="page-previous" title="Đến trang trước">‹ {esc(title)}</a>'
        )
        links.append(f'<a href="{BOOK[0][1]}" class="page-up" title="Đến trang cha">lên</a>')
    if idx < len(BOOK) - 1:
        _, path, title = BOOK[idx + 1]
        links.append(f'<a href="{path}" class="page-next" title="Đến trang sau">{esc(title)} ›</a>')
    return (
        f'<div id="book-navigation-{BOOK_ROOT}" class="book-navigation">\n{tree}\n'
        '<div class="page-links clearfix">\n' + "\n".join(links) + "\n</div>\n</div>\n"
    )


def _forward_form(action: str, nid: int) -> str:
    return f"""<form action="{action}" method="post" id="forward-form" accept-charset="UTF-8"><div><fieldset class="forward-fieldset collapsible collapsed form-wrapper" id="edit-message"><legend><span class="fieldset-legend">Gửi trang này cho bạn bè</span></legend><div class="fieldset-wrapper"><div id="edit-instructions" class="form-item form-type-item">
 <p>Bạn thấy bài viết này có ích? Hãy điền thông tin dưới đây, hệ thống sẽ gửi cho bạn bè của bạn một thư có đường dẫn tới trang này.</p>
</div>
<div class="form-item form-type-textfield form-item-email">
  <label for="edit-email">Email của bạn <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="text" id="edit-email" name="email" value="" size="58" maxlength="256" class="form-text required" />
</div>
<div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Tên của bạn <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="58" maxlength="256" class="form-text required" />
</div>
<div class="form-item form-type-textarea form-item-recipients">
  <label for="edit-recipients">Gửi đến <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <div class="form-textarea-wrapper resizable"><textarea id="edit-recipients" name="recipients" cols="50" rows="5" class="form-textarea required"></textarea></div>
<div class="description">Nhập nhiều địa chỉ email, cách nhau bằng dấu phẩy hoặc xuống dòng.</div>
</div>
<div class="form-item form-type-item">
  <label>Lời nhắn </label>
 <p>Mình vừa đọc được bài này trên website Trường THCS Chu Văn An và nghĩ bạn sẽ quan tâm.</p>
</div>
<div class="form-item form-type-textarea form-item-message">
  <label for="edit-message--2">Lời nhắn riêng của bạn </label>
 <div class="form-textarea-wrapper resizable"><textarea id="edit-message--2" name="message" cols="50" rows="6" class="form-textarea"></textarea></div>
</div>
<input type="hidden" name="path" value="node/{nid}" />
<input type="hidden" name="form_build_id" value="form-{_itok(f"fwd{nid}")}{_itok(f"fwd2{nid}")}" />
<input type="hidden" name="form_id" value="forward_form" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit--2" name="op" value="Gửi thư" class="form-submit" /></div></div></fieldset>
</div></form>
"""


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    if not comments:
        return ""
    parts = ['<section id="comments" class="comments">', '<h2 class="comments__title title">Bình luận</h2>']
    for n, (cid, who, when, title, body) in enumerate(comments):
        zebra = "odd" if n % 2 == 0 else "even"
        first = " first" if n == 0 else ""
        last = " last" if n == len(comments) - 1 else ""
        parts.append(
            f'<a id="comment-{cid}"></a>\n'
            f'<article class="comment comment-by-anonymous clearfix {zebra}{first}{last}" '
            f'about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">\n<header>\n'
            f'<h3 class="comment__title"><a href="/comment/{cid}#comment-{cid}" class="permalink" '
            f'rel="bookmark">{esc(title)}</a></h3>\n<p class="submitted">\n'
            f'<a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Liên kết cố định</a> '
            + _submitted_html(when, who, "")
            + "\n</p>\n</header>\n"
            '<div class="field field-name-comment-body field-type-text-long field-label-hidden">'
            '<div class="field-items"><div class="field-item even" property="content:encoded">'
            f"<p>{esc(body)}</p>\n</div></div></div>\n</article>"
        )
    parts.append("</section>")
    return "\n".join(parts) + "\n"


def _article_inner(story: Story, host: str, *, printing: bool = False) -> str:
    """The node's content (node.tpl.php, view mode full) without the page around it."""
    alias = _alias(story)
    term_name, term_slug, _ = TERMS[story.cat]
    parts = [
        "<header>",
        f'<span property="dc:title" content="{esc(story.title)}" class="rdf-meta element-hidden"></span>'
        f'<span property="sioc:num_replies" content="{len(story.opts.get("comments", []))}" '
        'datatype="xsd:integer" class="rdf-meta element-hidden"></span>',
        '<p class="submitted">\n' + _submitted_html(story.opts["created"]) + "\n</p>",
        "</header>",
        _field_image(story, host),
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        '<div class="field-items"><div class="field-item even" property="content:encoded">'
        + _render_text(story)
        + "\n</div></div></div>\n",
        _field_gallery(story, host),
    ]
    if story.opts.get("tac_gia"):
        parts.append(_inline_field("tac-gia", "text", "Tác giả", esc(story.opts["tac_gia"])))
    if story.opts.get("nguon"):
        label, url = story.opts["nguon"]
        parts.append(
            _inline_field("nguon", "link-field", "Nguồn", f'<a href="{esc(url)}" target="_blank">{esc(label)}</a>')
        )
    if story.opts.get("attachment"):
        fname, size = story.opts["attachment"]
        parts.append(
            '<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above">'
            '<div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even">'
            '<span class="file"><img class="file-icon" alt="Biểu tượng PDF" title="application/pdf" '
            'src="/modules/file/icons/application-pdf.png" /> '
            f'<a href="{host}/sites/default/files/van-ban/{fname}" type="application/pdf; length=131482">'
            f"{fname}</a></span> <span class=\"file-size\">({size})</span></div></div></div>\n"
        )
    parts.append(
        '<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix">'
        '<div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even">'
        f'<a href="/chuyen-muc/{term_slug}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" '
        f'datatype="">{esc(term_name)}</a></div></div></div>\n'
    )
    if story.opts.get("book"):
        parts.append(_book_navigation(story.id))
    if not printing:
        parts.append(_forward_form(alias, story.id))
        parts.append(
            '<ul class="links inline"><li class="print_html first last"><a href="/print/'
            f'{story.id}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" '
            'onclick="window.open(this.href); return false" rel="nofollow"><img class="print-icon '
            'print-icon-margin" typeof="foaf:Image" src="/sites/all/modules/print/icons/print_icon.png" '
            'width="16" height="16" alt="Bản in" title="Bản in" />Bản in</a></li></ul>\n'
        )
        parts.append(_comments(story))
    return "\n".join(p for p in parts if p)


# --- the page around the content (Zen page.tpl.php) ------------------------------------------

_RDF_PREFIX = (
    "content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ "
    "foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# "
    "sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# "
    "skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#"
)

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/lien-he", "Thông tin liên hệ")]),
    (
        "/tin-tuc",
        "Tin tức",
        [(f"/chuyen-muc/{slug}", name) for name, slug, _ in TERMS.values()],
    ),
    ("/quy-che/quy-che-to-chuc-va-hoat-dong", "Quy chế", [(p, t) for _, p, t in BOOK[1:3]]),
    ("/van-ban/ke-hoach-nam-hoc-2026-2027", "Văn bản", [("/van-ban/ke-hoach-nam-hoc-2026-2027", "Kế hoạch năm học 2026 – 2027")]),
    ("/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _nice_menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(_MENU):
        cls = [f"menu-{437 + n * 3}"]
        if subs:
            cls.append("menuparent")
        cls.append("first" if n == 0 else ("last" if n == len(_MENU) - 1 else ""))
        cls.append("odd" if n % 2 == 0 else "even")
        sub = ""
        if subs:
            sub = "<ul>" + "".join(
                f'<li class="menu-{512 + n * 7 + k} menu-path-{k}{" first" if k == 0 else ""}'
                f'{" last" if k == len(subs) - 1 else ""}"><a href="{h}" title="">{esc(t)}</a></li>'
                for k, (h, t) in enumerate(subs)
            ) + "</ul>"
        items.append(
            f'<li class="{" ".join(c for c in cls if c)}"><a href="{href}" title="">{esc(label)}</a>{sub}</li>'
        )
    return (
        '<div id="navigation"><div class="region region-navigation">'
        '<div class="block block-nice-menus first last odd" id="block-nice-menus-1">'
        '<ul class="nice-menu nice-menu-down nice-menu-main-menu" id="nice-menu-1">'
        + "".join(items)
        + "</ul></div></div></div>"
    )


def _short_date(created: str) -> str:
    return _dt(created).strftime("%d/%m/%Y")


def _sidebar(action: str, extra: str = "") -> str:
    notices = _notices()[:2]
    notice_items = "".join(
        f'<li class="views-row views-row-{n + 1}"><span class="ngay-tb">{_short_date(s.opts["created"])}</span> '
        f'<a href="{_alias(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(notices)
    )
    return f"""<aside class="sidebars"><section class="region region-sidebar-first column sidebar">
<div class="block block-search first odd" role="search" id="block-search-form">
<form action="{esc(action)}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
<h2 class="element-invisible">Biểu mẫu tìm kiếm</h2>
<div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>
<input title="Nhập từ khóa bạn muốn tìm." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div>
<input type="hidden" name="form_build_id" value="form-x1Qz8vK0dLrT2mWp" /><input type="hidden" name="form_id" value="search_block_form" />
</div></div></form></div>
<div class="block block-views even" id="block-views-thong-bao-block-2">
<h2 class="block__title block-title">Thông báo</h2>
<div class="view view-thong-bao view-id-thong_bao view-display-id-block_2 khoi-tb view-dom-id-4f0c2a9e">
<div class="view-content"><div class="item-list"><ul>{notice_items}</ul></div></div>
<div class="view-footer"><p class="xem-tat-ca"><a href="/taxonomy/term/4">Xem tất cả »</a></p></div>
</div></div>
<div class="block block-block odd" id="block-block-7">
<h2 class="block__title block-title">Tin nổi bật</h2>
<ul class="ds-noi-bat">
<li><a href="/tin-tuc/hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027">Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027</a></li>
<li><a href="/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027">Ảnh: Lễ khai giảng năm học 2026 – 2027</a></li>
</ul></div>
{extra}<div class="block block-block even" id="block-block-3">
<h2 class="block__title block-title">Liên kết website</h2>
<p><a href="https://haiphong.edu.vn" target="_blank"><img src="/sites/default/files/banner/so-gddt-hai-phong.jpg" alt="Sở GD&amp;ĐT Hải Phòng" width="220" height="60" /></a></p>
<p><a href="https://vnedu.vn" target="_blank"><img src="/sites/default/files/banner/vnedu.png" alt="Sổ liên lạc điện tử vnEdu" width="220" height="60" /></a></p>
<select class="lien-ket-web" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://haiphong.gov.vn">Cổng thông tin điện tử TP Hải Phòng</option>
<option value="https://ngoquyen.haiphong.gov.vn">UBND quận Ngô Quyền</option>
</select></div>
<div class="block block-poll odd" id="block-poll-recent">
<h2 class="block__title block-title">Thăm dò ý kiến</h2>
<form action="{esc(action)}" method="post" id="poll-view-voting" accept-charset="UTF-8"><div><div class="poll"><div class="vote-form"><div class="choices">
<div class="title">Bạn biết đến website của nhà trường qua kênh nào?</div>
<div class="form-item form-type-radios form-item-choice"><div id="edit-choice" class="form-radios">
<div class="form-item form-type-radio form-item-choice"><input type="radio" id="edit-choice-1" name="choice" value="1" class="form-radio" /> <label class="option" for="edit-choice-1">Giáo viên chủ nhiệm giới thiệu </label></div>
<div class="form-item form-type-radio form-item-choice"><input type="radio" id="edit-choice-2" name="choice" value="2" class="form-radio" /> <label class="option" for="edit-choice-2">Nhóm Zalo phụ huynh </label></div>
<div class="form-item form-type-radio form-item-choice"><input type="radio" id="edit-choice-3" name="choice" value="3" class="form-radio" /> <label class="option" for="edit-choice-3">Tìm kiếm trên Google </label></div>
</div></div></div>
<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" /></div>
<input type="hidden" name="form_id" value="poll_view_voting" /></div></div></form></div>
<div class="block block-visitors last even" id="block-visitors-0">
<h2 class="block__title block-title">Thống kê truy cập</h2>
<ul class="thong-ke"><li>Đang online: 17</li><li>Hôm nay: 412</li><li>Hôm qua: 538</li><li>Tổng truy cập: 1.284.517</li></ul>
</div>
</section></aside>"""


def _layout(
    request: Request,
    *,
    head_title: str,
    body_class: str,
    content: str,
    page_title: str | None = None,
    crumbs: list[tuple[str, str]] | None = None,
    head_extra: str = "",
    sidebar_extra: str = "",
) -> str:
    host = base_url(request)
    crumb_html = ""
    if crumbs is not None:
        lis = ['<li><a href="/">Trang chủ</a> › </li>']
        for n, (href, label) in enumerate(crumbs):
            sep = " › " if n < len(crumbs) - 1 else ""
            lis.append(f'<li><a href="{href}">{esc(label)}</a>{sep}</li>' if href else f"<li>{esc(label)}</li>")
        crumb_html = (
            '<nav class="breadcrumb" role="navigation"><h2 class="element-invisible">Bạn đang ở đây</h2>'
            "<ol>" + "".join(lis) + "</ol></nav>\n"
        )
    title_html = f'<h1 class="page__title title" id="page-title">{esc(page_title)}</h1>\n' if page_title else ""
    return f"""<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7"  lang="vi" dir="ltr"><![endif]-->
<!--[if lte IE 6]><html class="lt-ie9 lt-ie8 lt-ie7"  lang="vi" dir="ltr"><![endif]-->
<!--[if (IE 7)&(!IEMobile)]><html class="lt-ie9 lt-ie8"  lang="vi" dir="ltr"><![endif]-->
<!--[if IE 8]><html class="lt-ie9"  lang="vi" dir="ltr"><![endif]-->
<!--[if (gte IE 9)|(gt IEMobile 7)]><!--><html  lang="vi" dir="ltr" prefix="{_RDF_PREFIX}"><!--<![endif]-->
<head>
<meta charset="utf-8" />
<link rel="shortcut icon" href="{host}{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}<title>{esc(head_title)}</title>
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width">
<meta http-equiv="cleartype" content="on">
<style>
@import url("{host}/modules/system/system.base.css?r9k2xa");
@import url("{host}/sites/all/modules/colorbox/styles/default/colorbox_style.css?r9k2xa");
@import url("{host}/sites/all/modules/nice_menus/css/nice_menus.css?r9k2xa");
@import url("{host}{THEME}/css/styles.css?r9k2xa");
</style>
<script src="{host}/misc/jquery.js?v=1.4.4"></script>
<script src="{host}/misc/drupal.js?r9k2xa"></script>
<script src="{host}/sites/all/libraries/colorbox/jquery.colorbox-min.js?r9k2xa"></script>
<script src="{host}/sites/all/modules/lazyloader/lazyloader.js?r9k2xa"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"cva_zen","theme_token":"pQ3v-Wm1sX8dLc0aZr5yTnH2"}},"colorbox":{{"opacity":"0.85","current":"{{current}} \\/ {{total}}","previous":"\\u00ab Tr\\u01b0\\u1edbc","next":"Sau \\u00bb","close":"\\u0110\\u00f3ng","maxWidth":"98%","maxHeight":"98%","fixed":true,"mobiledetect":true,"mobiledevicewidth":"480px"}},"lazyloader":{{"throttle":"0","offset":"0","icon":""}}}});</script>
</head>
<body class="{body_class}" >
<p id="skip-link"><a href="#main-menu" class="element-invisible element-focusable">Chuyển đến phần điều hướng</a></p>
<div id="page">
<header class="header" id="header" role="banner">
<a href="/" title="Trang chủ" rel="home" class="header__logo" id="logo"><img src="{THEME}/logo.png" alt="Trang chủ" class="header__logo-image" /></a>
<div class="header__name-and-slogan" id="name-and-slogan">
<h1 class="header__site-name" id="site-name"><a href="/" title="Trang chủ" class="header__site-link" rel="home"><span>{SITE_NAME}</span></a></h1>
<div class="header__site-slogan" id="site-slogan">Quận Ngô Quyền – Thành phố Hải Phòng</div>
</div>
<div class="header__region region region-header">
<div class="block block-block first odd" id="block-block-1"><div class="ngay-hien-tai">{HEADER_DAY}</div>
<marquee scrollamount="3" class="chay-chu">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với website Trường THCS Chu Văn An!</marquee></div>
</div>
</header>
<div id="main">
<div id="content" class="column" role="main">
{crumb_html}<a id="main-content"></a>
{title_html}{content}
</div>
{_nice_menu()}
{_sidebar(request.path, sidebar_extra)}
</div>
<footer id="footer" class="region region-footer">
<div class="block block-block first odd" id="block-block-2"><div class="thong-tin-truong">
<p><strong>TRƯỜNG THCS CHU VĂN AN – QUẬN NGÔ QUYỀN – THÀNH PHỐ HẢI PHÒNG</strong></p>
<p>Địa chỉ: Số 42 phố Lạch Tray, phường Lạch Tray, quận Ngô Quyền, thành phố Hải Phòng</p>
<p>Điện thoại: 0225.3846.215 – Email: c2chuvanan.nq@haiphong.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Thị Thu Hằng</p>
<p>© 2026 Bản quyền thuộc Trường THCS Chu Văn An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div>
<a href="/rss.xml" class="feed-icon" title="Đăng ký Trường THCS Chu Văn An RSS"><img typeof="foaf:Image" src="/misc/feed.png" width="16" height="16" alt="Đăng ký Trường THCS Chu Văn An RSS" /></a>
</footer>
</div>
</body>
</html>
"""


def _page(request: Request, body: str, status: int = 200) -> Response:
    return html(body, status=status, headers={"X-Generator": "Drupal 7 (http://drupal.org)", "Cache-Control": "no-cache, must-revalidate"})


# --- listings and Drupal's pager --------------------------------------------------------------


def _page_values(request: Request) -> list[int]:
    """``?page=`` as ``pager_find_page`` reads it: a comma list, one entry per pager element."""
    raw = unquote(request.params.get("page", ""))
    values = []
    for part in raw.split(",")[:2]:
        try:
            values.append(max(0, int(part)))
        except ValueError:
            values.append(0)
    return values if raw else []


def _pager_href(base: str, old: list[int], element: int, new: int) -> str:
    """``theme_pager_link`` + ``pager_load_array``: "0" alone drops the parameter, else a comma list."""
    arr = [str(v) for v in old] or [""]
    while len(arr) <= element:
        arr.append("")
    for i in range(element):
        if arr[i] in ("", "0"):
            arr[i] = "0"
    arr[element] = str(new)
    value = ",".join(arr)
    if value in ("", "0"):
        return base
    return f"{base}?page={value.replace(',', '%2C')}"


def _pager(base: str, old: list[int], element: int, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return _pager_href(base, old, element, n)

    items: list[tuple[str, str]] = []
    if current > 0:
        items.append(("pager-first", f'<a title="Đến trang đầu" href="{href(0)}">« đầu</a>'))
        items.append(("pager-previous", f'<a title="Đến trang trước" href="{href(current - 1)}">‹ trước</a>'))
    for n in range(total):
        if n == current:
            items.append(("pager-current", str(n + 1)))
        else:
            items.append(("pager-item", f'<a title="Đến trang {n + 1}" href="{href(n)}">{n + 1}</a>'))
    if current < total - 1:
        items.append(("pager-next", f'<a title="Đến trang sau" href="{href(current + 1)}">sau ›</a>'))
        items.append(("pager-last", f'<a title="Đến trang cuối" href="{href(total - 1)}">cuối »</a>'))
    lis = []
    for k, (cls, inner) in enumerate(items):
        extra = " first" if k == 0 else (" last" if k == len(items) - 1 else "")
        lis.append(f'<li class="{cls}{extra}">{inner}</li>')
    return (
        '<h2 class="element-invisible">Các trang</h2><div class="item-list"><ul class="pager">'
        + "\n".join(lis)
        + "</ul></div>"
    )


def _trim(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "…"


def _teaser_text(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return _trim(first, 180)


def _thumb(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "field"]
    if not imgs:
        return f'<img typeof="foaf:Image" src="{THEME}/images/no-image.png" width="100" height="75" alt="" />'
    src = imgs[0].src.replace("/styles/large/", "/styles/thumbnail/").split("?", 1)[0]
    src += f"?itok={_itok('thumbnail' + _original(imgs[0].src))}"
    return _lazy_img(src, 100, 75)


def _views_rows(stories: list[Story]) -> str:
    rows = []
    for n, s in enumerate(stories):
        cls = f"views-row views-row-{n + 1} views-row-{'odd' if n % 2 == 0 else 'even'}"
        cls += " views-row-first" if n == 0 else ""
        cls += " views-row-last" if n == len(stories) - 1 else ""
        changed = s.opts.get("changed", s.opts["created"])
        rows.append(
            f'<div class="{cls}">\n'
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{_alias(s)}">'
            f"{_thumb(s)}</a></div></div>\n"
            f'<div class="views-field views-field-title"><span class="field-content"><a href="{_alias(s)}">'
            f"{esc(_trim(s.title, 60))}</a></span></div>\n"
            '<div class="views-field views-field-changed"><span class="views-label views-label-changed">'
            f'Cập nhật: </span><span class="field-content">{_short_date(changed)}</span></div>\n'
            f'<div class="views-field views-field-body"><div class="field-content">{esc(_teaser_text(s))}</div></div>\n'
            "</div>"
        )
    return "\n".join(rows)


def _tin_tuc(request: Request) -> Response:
    old = _page_values(request)
    news, notices = _news(), _notices()
    main_total = -(-len(news) // NEWS_PER_PAGE)
    notice_total = -(-len(notices) // NOTICES_PER_PAGE)
    main = min(old[0] if old else 0, main_total - 1)
    notice = min(old[1] if len(old) > 1 else 0, notice_total - 1)
    chunk = news[main * NEWS_PER_PAGE : (main + 1) * NEWS_PER_PAGE]
    nchunk = notices[notice * NOTICES_PER_PAGE : (notice + 1) * NOTICES_PER_PAGE]
    notice_items = "".join(
        f'<li class="views-row views-row-{n + 1}"><span class="views-field-created">'
        f'{_short_date(s.opts["created"])}</span> <a href="{_alias(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(nchunk)
    )
    content = f"""<div class="view view-tin-tuc view-id-tin_tuc view-display-id-page view-dom-id-8c1e5b7d2f">
<div class="view-content">
{_views_rows(chunk)}
</div>
{_pager("/tin-tuc", old, 0, main, main_total)}
</div>
<div class="block block-views first last odd" id="block-views-thong-bao-block-1">
<h2 class="block__title block-title">Thông báo của nhà trường</h2>
<div class="view view-thong-bao view-id-thong_bao view-display-id-block_1 view-dom-id-0a7f3e91c4">
<div class="view-content"><div class="item-list"><ul class="ds-thong-bao">{notice_items}</ul></div></div>
{_pager("/tin-tuc", old, 1, notice, notice_total)}
</div></div>"""
    suffix = f" | Trang {main + 1}" if main else ""
    body = _layout(
        request,
        head_title=f"Tin tức{suffix} | {SITE_NAME}",
        body_class="html not-front not-logged-in one-sidebar sidebar-first page-tin-tuc section-tin-tuc",
        content=content,
        page_title="Tin tức",
        crumbs=[(None, "Tin tức")],
    )
    return _page(request, body)


def _term_teaser(s: Story) -> str:
    ncomments = len(s.opts.get("comments", []))
    comment_li = ""
    if ncomments:
        comment_li = (
            f'<li class="comment-comments last"><a href="{_alias(s)}#comments" title="Đi đến bình luận '
            f'đầu tiên của bài này.">{ncomments} bình luận</a></li>'
        )
    readmore_cls = "node-readmore first" + ("" if ncomments else " last")
    return f"""<article class="node-{s.id} node node-article node-promoted node-teaser clearfix" about="{_alias(s)}" typeof="sioc:Item foaf:Document">
<header>
<h2 class="node__title node-title"><a href="{_alias(s)}">{esc(s.title)}</a></h2>
<span property="dc:title" content="{esc(s.title)}" class="rdf-meta element-hidden"></span>
<p class="submitted">
{_submitted_html(s.opts["created"])}
</p>
</header>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{_alias(s)}">{_thumb(s)}</a></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(_teaser_text(s))}</p></div></div></div>
<ul class="links inline"><li class="{readmore_cls}"><a href="{_alias(s)}" rel="tag" title="{esc(s.title)}">Xem tiếp<span class="element-invisible"> về {esc(s.title)}</span></a></li>{comment_li}</ul>
</article>"""


def _term_page(request: Request, tid: int) -> Response:
    name, slug, desc = TERMS[tid]
    base = f"/chuyen-muc/{slug}"
    old = _page_values(request)
    items = _in_term(tid)
    total = -(-len(items) // TERM_PER_PAGE)
    current = min(old[0] if old else 0, total - 1)
    chunk = items[current * TERM_PER_PAGE : (current + 1) * TERM_PER_PAGE]
    content = (
        f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term '
        f'vocabulary-chuyen-muc"><div class="content"><div class="taxonomy-term-description">'
        f"<p>{esc(desc)}</p></div></div></div></div>\n"
        + "\n".join(_term_teaser(s) for s in chunk)
        + "\n"
        + _pager(base, old[:1], 0, current, total)
    )
    head = f'<link rel="canonical" href="{base}" />\n<link rel="shortlink" href="/taxonomy/term/{tid}" />\n'
    head += f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="{base_url(request)}/taxonomy/term/{tid}/feed" />\n'
    body = _layout(
        request,
        head_title=f"{name} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-first page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{tid} section-chuyen-muc",
        content=content,
        page_title=name,
        crumbs=[("/tin-tuc", "Tin tức"), (None, name)],
        head_extra=head,
    )
    return _page(request, body)


def _front(request: Request) -> Response:
    slides = []
    for n, nid in enumerate(SLIDESHOW):
        s = BY_NID[nid]
        img = next(b for b in s.blocks if isinstance(b, Img) and b.style == "field")
        slide_src = img.src.replace("/styles/large/", "/styles/slide_620x330/").split("?", 1)[0]
        slide_src += f"?itok={_itok('slide' + _original(img.src))}"
        slides.append(
            f'<div class="views-slideshow-cycle-main-frame-row views_slideshow_cycle_slide views_slideshow_slide '
            f'views-row-{n + 1}{" views_slideshow_cycle_hidden" if n else ""}" id="views_slideshow_cycle_div_tin_noi_bat-block_{n}">'
            '<div class="views-slideshow-cycle-main-frame-row-item views-row"><div class="views-field views-field-nothing">'
            f'<span class="field-content"><a href="/node/{nid}"><img src="{slide_src}" width="620" height="330" alt="" /></a>'
            f'<div class="slide-caption"><a href="/node/{nid}">{esc(s.title)}</a></div></span></div></div></div>'
        )
    latest = _news()[:4]
    first = latest[0]
    latest_html = (
        f'<div class="tin-moi-dau"><a href="{_alias(first)}">{_thumb(first)}</a>'
        f'<h3><a href="{_alias(first)}">{esc(first.title)}</a></h3><p>{esc(_teaser_text(first))}</p></div>'
        '<ul class="tin-moi-khac">'
        + "".join(
            f'<li><a href="{_alias(s)}">{esc(_trim(s.title, 60))}</a> <span class="ngay">({_short_date(s.opts["created"])})</span></li>'
            for s in latest[1:]
        )
        + "</ul>"
    )
    cm = _in_term(2)[:3]
    cm_html = "".join(
        f'<div class="views-row views-row-{n + 1}"><a href="{_alias(s)}">{_thumb(s)}</a>'
        f'<div class="views-field-title"><a href="{_alias(s)}">{esc(s.title)}</a></div></div>'
        for n, s in enumerate(cm)
    )
    content = f"""<div class="block block-views first odd" id="block-views-tin-noi-bat-block">
<div class="view view-tin-noi-bat view-id-tin_noi_bat view-display-id-block">
<div class="skin-default"><div id="views_slideshow_cycle_main_tin_noi_bat-block" class="views_slideshow_cycle_main views_slideshow_main"><div id="views_slideshow_cycle_teaser_section_tin_noi_bat-block" class="views-slideshow-cycle-main-frame views_slideshow_cycle_teaser_section">
{"".join(slides)}
</div></div></div></div></div>
<div class="block block-views even" id="block-views-tin-tuc-block-1">
<h2 class="block__title block-title"><a href="/tin-tuc">Tin mới</a></h2>
<div class="view view-tin-tuc view-id-tin_tuc view-display-id-block_1">{latest_html}
<div class="more-link"><a href="/tin-tuc">Xem thêm »</a></div></div></div>
<div class="block block-views odd" id="block-views-tin-tuc-block-2">
<h2 class="block__title block-title"><a href="/chuyen-muc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></h2>
<div class="view view-tin-tuc view-id-tin_tuc view-display-id-block_2"><div class="view-content">{cm_html}</div></div></div>"""
    body = _layout(
        request,
        head_title=f"{SITE_NAME} | Quận Ngô Quyền – Thành phố Hải Phòng",
        body_class="html front not-logged-in one-sidebar sidebar-first page-node",
        content=content,
        head_extra='<link rel="canonical" href="/" />\n<link rel="shortlink" href="/" />\n'
        '<meta name="description" content="Website Trường THCS Chu Văn An, quận Ngô Quyền, thành phố Hải Phòng." />\n',
    )
    return _page(request, body)


# --- node pages -------------------------------------------------------------------------------


def _related(story: Story) -> str:
    others = [s for s in _in_term(story.cat) if s.id != story.id][:4]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{_alias(s)}">{esc(s.title)}</a> <em class="ngay-dang">({_short_date(s.opts["created"])})</em></li>'
        for s in others
    )
    return (
        '<div class="block block-views last even" id="block-views-tin-cung-chuyen-muc-block">\n'
        '<h2 class="block__title block-title">Tin cùng chuyên mục</h2>\n'
        '<div class="view view-tin-cung-chuyen-muc view-id-tin_cung_chuyen_muc view-display-id-block">'
        f'<div class="item-list"><ul>{items}</ul></div></div></div>'
    )


def _book_block(active: int | None) -> str:
    return (
        '<div class="block block-book odd" id="block-book-navigation" role="navigation">\n'
        '<h2 class="block__title block-title">Điều hướng sách</h2>\n'
        f'<ul class="menu"><li class="first last expanded active-trail"><a href="{BOOK[0][1]}">'
        f"{esc(BOOK[0][2])}</a>{_book_tree(active)}</li></ul></div>\n"
    )


def _article_page(request: Request, story: Story) -> Response:
    host = base_url(request)
    term_name, term_slug, _ = TERMS[story.cat]
    content = (
        f'<article class="node-{story.id} node node-article node-promoted view-mode-full clearfix" '
        f'about="{_alias(story)}" typeof="sioc:Item foaf:Document">\n'
        + _article_inner(story, host)
        + "\n</article>\n"
        + _related(story)
    )
    head = f'<link rel="canonical" href="{_alias(story)}" />\n<link rel="shortlink" href="/node/{story.id}" />\n'
    body = _layout(
        request,
        head_title=f"{story.title} | {SITE_NAME}",
        body_class=(
            "html not-front not-logged-in one-sidebar sidebar-first page-node page-node- "
            f"page-node-{story.id} node-type-article section-tin-tuc"
        ),
        content=content,
        page_title=story.title,
        crumbs=[("/tin-tuc", "Tin tức"), (f"/chuyen-muc/{term_slug}", term_name)],
        head_extra=head,
        sidebar_extra=_book_block(story.id) if story.opts.get("book") else "",
    )
    return _page(request, body)


def _print_page(request: Request, story: Story) -> Response:
    host = base_url(request)
    inner = _article_inner(story, host, printing=True)
    urls: list[str] = []

    def footnote(match: re.Match) -> str:
        href = match.group(1)
        absolute = href if href.startswith("http") else host + href
        urls.append(absolute)
        return f'{match.group(0)} <span class="print-footnote">[{len(urls)}]</span>'

    inner = re.sub(r'<a href="([^"#]+)"[^>]*>.*?</a>', footnote, inner, flags=re.S)
    links = "".join(f"[{n}] {esc(u)}<br />\n" for n, u in enumerate(urls, 1))
    term_name = TERMS[story.cat][0]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)} | {SITE_NAME}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{host}{_alias(story)}" />
<link rel="shortcut icon" href="{host}{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link type="text/css" rel="stylesheet" href="{host}/sites/all/modules/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="{host}{THEME}/logo.png" alt="" /></div>
<div class="print-site_name">Xuất bản trên {SITE_NAME} ({host})</div>
<p />
<div class="print-breadcrumb"><a href="{host}/">Trang chủ</a> &gt; <a href="{host}/tin-tuc">Tin tức</a> &gt; {esc(term_name)}</div>
<hr class="print-hr" />
<div class="print-content"><h1 class="print-title">{esc(story.title)}</h1>
<div class="node node-article node-promoted view-mode-print">
{inner}
</div></div>
<div class="print-footer"></div>
<hr class="print-hr" />
<div class="print-source_url"><strong>Nguồn URL:</strong> {host}{_alias(story)}</div>
<div class="print-links"><p><strong>Liên kết:</strong><br />
{links}</p></div>
</body>
</html>
"""
    return _page(request, page)


# --- pages that are not articles -------------------------------------------------------------

_BOOK_TEXT = {
    11: [
        "Quy chế này quy định về tổ chức và hoạt động của Trường THCS Chu Văn An, quận Ngô Quyền, "
        "được xây dựng trên cơ sở Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường "
        "phổ thông có nhiều cấp học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT.",
        "Quy chế được thông qua tại Hội nghị viên chức, người lao động năm học 2026 – 2027 và có hiệu lực "
        "kể từ ngày ký quyết định ban hành.",
    ],
    12: [
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
        "Quy chế này áp dụng đối với cán bộ quản lý, giáo viên, nhân viên và học sinh Trường THCS Chu "
        "Văn An; quy định về nhiệm vụ, quyền hạn, tổ chức bộ máy và mối quan hệ công tác trong nhà trường.",
        "Điều 2. Nguyên tắc làm việc",
        "Nhà trường làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm cá nhân; mọi hoạt "
        "động tuân thủ pháp luật, Điều lệ trường trung học và các quy định của ngành.",
    ],
    13: [
        "Điều 3. Cơ cấu tổ chức",
        "Tổ chức bộ máy của nhà trường gồm: Hiệu trưởng, các Phó Hiệu trưởng; Hội đồng trường; Hội đồng "
        "thi đua, khen thưởng; các tổ chuyên môn Toán – Tin, Ngữ văn – Lịch sử, Ngoại ngữ, Khoa học tự "
        "nhiên, Nghệ thuật – Thể chất và Tổ Văn phòng.",
        "Điều 4. Nhiệm vụ của tổ chuyên môn",
        "Tổ chuyên môn xây dựng kế hoạch dạy học, tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, "
        "bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt và đánh giá, xếp loại giáo viên theo chuẩn "
        "nghề nghiệp.",
    ],
}
_BOOK_CREATED = {11: "2026-09-08 10:00", 12: "2026-09-08 10:12", 13: "2026-09-08 10:25"}


def _book_page(request: Request, nid: int) -> Response:
    _, path, title = next(b for b in BOOK if b[0] == nid)
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in _BOOK_TEXT[nid])
    content = f"""<article class="node-{nid} node node-book view-mode-full clearfix" about="{path}" typeof="sioc:Item foaf:Document">
<header><p class="submitted">
{_submitted_html(_BOOK_CREATED[nid])}
</p></header>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{paras}</div></div></div>
{_book_navigation(nid)}
</article>"""
    crumbs = [(None, title)] if nid == BOOK_ROOT else [(BOOK[0][1], "Quy chế"), (None, title)]
    body = _layout(
        request,
        head_title=f"{title} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-first page-node page-node-{nid} node-type-book section-quy-che",
        content=content,
        page_title=title,
        crumbs=crumbs,
        head_extra=f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{nid}" />\n',
        sidebar_extra=_book_block(nid),
    )
    return _page(request, body)


def _simple_node(request: Request, nid: int, path: str, title: str, inner: str, ntype: str) -> Response:
    content = (
        f'<article class="node-{nid} node node-{ntype} view-mode-full clearfix" about="{path}" '
        f'typeof="foaf:Document">\n{inner}\n</article>'
    )
    body = _layout(
        request,
        head_title=f"{title} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-first page-node page-node-{nid} node-type-{ntype}",
        content=content,
        page_title=title,
        crumbs=[(None, title)],
        head_extra=f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{nid}" />\n',
    )
    return _page(request, body)


def _gioi_thieu(request: Request) -> Response:
    inner = """<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
<p>Trường THCS Chu Văn An được thành lập năm 1962, là một trong những trường trung học cơ sở có bề dày truyền thống của quận Ngô Quyền, thành phố Hải Phòng.</p>
<p>Năm học 2026 – 2027, nhà trường có 24 lớp với 1.012 học sinh, 58 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p>Nhà trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
<p><img alt="" src="/sites/default/files/imce/gioi-thieu/toan-canh-truong.jpg" style="width: 600px; height: 360px;" /></p>
</div></div></div>"""
    return _simple_node(request, 2, "/gioi-thieu", "Giới thiệu chung", inner, "page")


def _lien_he(request: Request) -> Response:
    inner = """<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
<p><strong>TRƯỜNG THCS CHU VĂN AN</strong></p>
<p>Địa chỉ: Số 42 phố Lạch Tray, phường Lạch Tray, quận Ngô Quyền, thành phố Hải Phòng<br />
Điện thoại: 0225.3846.215<br />
Email: c2chuvanan.nq@haiphong.edu.vn</p>
</div></div></div>
<form class="webform-client-form webform-client-form-5" enctype="multipart/form-data" action="/lien-he" method="post" id="webform-client-form-5" accept-charset="UTF-8"><div>
<div class="form-item webform-component webform-component-textfield webform-component--ho-ten"><label for="edit-submitted-ho-ten">Họ và tên <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
<input type="text" id="edit-submitted-ho-ten" name="submitted[ho_ten]" value="" size="60" maxlength="128" class="form-text required" /></div>
<div class="form-item webform-component webform-component-email webform-component--email"><label for="edit-submitted-email">Email <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
<input class="email form-text form-email required" type="email" id="edit-submitted-email" name="submitted[email]" size="60" /></div>
<div class="form-item webform-component webform-component-textarea webform-component--noi-dung"><label for="edit-submitted-noi-dung">Nội dung </label>
<div class="form-textarea-wrapper resizable"><textarea id="edit-submitted-noi-dung" name="submitted[noi_dung]" cols="60" rows="5" class="form-textarea"></textarea></div></div>
<input type="hidden" name="form_id" value="webform_client_form_5" />
<div class="form-actions"><input class="webform-submit button-primary form-submit" type="submit" name="op" value="Gửi" /></div>
</div></form>"""
    return _simple_node(request, 5, "/lien-he", "Liên hệ", inner, "webform")


def _van_ban(request: Request) -> Response:
    inner = """<div class="field field-name-field-so-ky-hieu field-type-text field-label-inline clearfix"><div class="field-label">Số ký hiệu:&nbsp;</div><div class="field-items"><div class="field-item even">312/KH-THCSCVA</div></div></div>
<div class="field field-name-field-ngay-ban-hanh field-type-datetime field-label-inline clearfix"><div class="field-label">Ngày ban hành:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="date-display-single">12/09/2026</span></div></div></div>
<div class="field field-name-field-co-quan-ban-hanh field-type-text field-label-inline clearfix"><div class="field-label">Cơ quan ban hành:&nbsp;</div><div class="field-items"><div class="field-item even">Trường THCS Chu Văn An</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-above"><div class="field-label">Trích yếu:&nbsp;</div><div class="field-items"><div class="field-item even"><p>Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường THCS Chu Văn An.</p></div></div></div>
<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above"><div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/van-ban/ke-hoach-nam-hoc-2026-2027.pdf" type="application/pdf; length=402117">ke-hoach-nam-hoc-2026-2027.pdf</a></span></div></div></div>"""
    return _simple_node(
        request, 198, "/van-ban/ke-hoach-nam-hoc-2026-2027", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", inner, "van_ban"
    )


def _album(request: Request) -> Response:
    items = []
    for n in range(1, 7):
        fp = f"album/khai-giang-2026/kg-{n:02d}.jpg"
        items.append(
            f'<div class="field-item {"even" if n % 2 else "odd"}"><a href="/sites/default/files/{fp}" class="colorbox" '
            f'rel="gallery-node-201-Pq9x">{_lazy_img(styled("thumbnail", fp), 100, 75)}</a></div>'
        )
    inner = (
        '<header><p class="submitted">\n' + _submitted_html("2026-09-05 11:20") + "\n</p></header>\n"
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
        '<div class="field-item even" property="content:encoded"><p>Một số hình ảnh Lễ khai giảng năm học 2026 – 2027.</p>'
        "</div></div></div>\n"
        '<div class="field field-name-field-anh-album field-type-image field-label-hidden"><div class="field-items">'
        + "".join(items)
        + "</div></div>"
    )
    return _simple_node(
        request, 201, "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 – 2027", inner, "album_anh"
    )


OTHER_PAGES = {
    "/gioi-thieu": (2, _gioi_thieu),
    "/lien-he": (5, _lien_he),
    "/van-ban/ke-hoach-nam-hoc-2026-2027": (198, _van_ban),
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027": (201, _album),
}
for _nid, _path, _title in BOOK[:3]:
    OTHER_PAGES[_path] = (_nid, lambda request, nid=_nid: _book_page(request, nid))


def _rss(request: Request) -> Response:
    host = base_url(request)
    items = []
    for s in sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:10]:
        d = _dt(s.opts["created"])
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{host}{_alias(s)}</link>\n"
            f"<description>{esc('<p>' + esc(_teaser_text(s)) + '</p>')}</description>\n"
            f"<pubDate>{d:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n<dc:creator>quantri</dc:creator>\n"
            f'<guid isPermaLink="false">{s.id} at {host}</guid>\n</item>'
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<rss version="2.0" xml:base="{host}/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{SITE_NAME}</title>\n<link>{host}/</link>\n<description></description>\n<language>vi</language>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _not_found(request: Request) -> Response:
    body = _layout(
        request,
        head_title=f"Không tìm thấy trang | {SITE_NAME}",
        body_class="html not-front not-logged-in one-sidebar sidebar-first page-not-found",
        content="<p>Không tìm thấy trang yêu cầu.</p>",
        page_title="Không tìm thấy trang",
    )
    return _page(request, body, status=404)


# --- the site ---------------------------------------------------------------------------------

_BY_ALIAS = {_alias(s): s for s in STORIES}
_BY_ALIAS.update({f"/tin-tuc/{s.opts['old_alias']}": s for s in STORIES if s.opts.get("old_alias")})
_TERM_BY_SLUG = {slug: tid for tid, (_, slug, _) in TERMS.items()}


class DrupalSchoolSite:
    """The Drupal 7 front controller: aliases first, then system paths."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".pdf") and path.startswith("/sites/default/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/sites/", "/misc/", "/modules/")):
            return static_file(path) or _not_found(request)
        if path == "/":
            return _front(request)
        if path == "/rss.xml":
            return _rss(request)
        if path == "/tin-tuc":
            return _tin_tuc(request)
        if path in _BY_ALIAS:
            return _article_page(request, _BY_ALIAS[path])
        if path in OTHER_PAGES:
            return OTHER_PAGES[path][1](request)
        if path.startswith("/chuyen-muc/") and path[len("/chuyen-muc/") :] in _TERM_BY_SLUG:
            return _term_page(request, _TERM_BY_SLUG[path[len("/chuyen-muc/") :]])
        m = re.fullmatch(r"/(node|print|comment|taxonomy/term)/(\d+)", path)
        if m:
            kind, num = m.group(1), int(m.group(2))
            if kind == "taxonomy/term" and num in TERMS:
                return _term_page(request, num)
            if kind == "comment" and num in COMMENTS:
                return _article_page(request, BY_NID[COMMENTS[num]])
            if kind == "node" and num in BY_NID:
                return _article_page(request, BY_NID[num])
            if kind == "node":
                for other_nid, handler in OTHER_PAGES.values():
                    if other_nid == num:
                        return handler(request)
            if kind == "print" and num in BY_NID:
                return _print_page(request, BY_NID[num])
        return _not_found(request)


def build_site() -> DrupalSchoolSite:
    return DrupalSchoolSite()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/node/{story.id}", f"/print/{story.id}"]
    alts += [f"/comment/{c[0]}" for c in story.opts.get("comments", [])]
    if story.opts.get("old_alias"):
        alts.append(f"/tin-tuc/{story.opts['old_alias']}")
    return alts


GOLD = [
    gold_record(s, _alias(s), TERMS[s.cat][0], canonical_path=_alias(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/quy-che/quy-che-to-chuc-va-hoat-dong",
    "/quy-che/chuong-i-nhung-quy-dinh-chung",
    "/quy-che/chuong-ii-to-chuc-bo-may-va-nhiem-vu",
    "/van-ban/ke-hoach-nam-hoc-2026-2027",
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027",
]
