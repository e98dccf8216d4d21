"""Trường THPT chuyên Lê Quý Đôn, thành phố Đà Nẵng, on a PHP vendor's school-website product.

Platform
--------
The kind of PHP "website trường học" product a vendor sells to hundreds of Vietnamese high schools
(here it calls itself "VSchool Portal 3.6", template ``lqd2019``): jQuery 1.11, Bootstrap 3,
Font Awesome 4, jquery.lazyload, a ``<base href="http://host/">`` in every head and every internal
link written relative to it (``tin-tuc/...``, ``upload/...``, ``index.php?mod=...``). The PHP front
controller ``index.php?mod=<module>&act=<action>`` sits behind mod_rewrite aliases; both forms
answer.

URL scheme
----------
- ``/`` home (``/index.php`` without ``mod`` is the same page): slider (Bootstrap carousel) of three
  featured articles, a notice ticker (``<marquee>``, an older module that still links
  ``index.php?mod=news&act=detail&id=<id>``), one box per category with "Xem tất cả"
  (``index.php?mod=news&cat=<n>``), a "Lịch công tác tuần" box, a "Thời khóa biểu" link, photo and
  video boxes;
- categories ``/tin-tuc/<cat-slug>-c<n>.html`` and ``...-c<n>.html?page=<p>``; the very same lists as
  ``/index.php?mod=news&cat=<n>`` and ``&page=<p>``; four items a page;
- articles ``/tin-tuc/<slug>-n<id>.html``, also ``/index.php?mod=news&act=detail&id=<id>``; a print
  view ``/index.php?mod=news&act=print&id=<id>`` opened by JavaScript ("In bài");
- attachments ``/upload/files/<file>``; images ``/upload/images/<yyyy>/<file>`` (thumbnails in
  ``/upload/images/<yyyy>/thumbs/``); template files under ``/templates/lqd2019/``;
- ``/gioi-thieu/<slug>-p<n>.html`` (intro pages), ``/lien-he.html``, ``/lich-cong-tac-tuan.html``
  (``?tuan=48..50``), ``/thoi-khoa-bieu.html``, ``/thu-vien-anh.html`` and
  ``/thu-vien-anh/<slug>-a<n>.html`` (albums), ``/video/<slug>-v<n>.html``,
  ``/index.php?mod=search&keyword=…`` (GET search form), ``index.php?mod=poll`` (POST poll).

Page templates
--------------
Every page: top bar with today's date "Thứ Bảy, 05/12/2026", header whose ``<h1 class="ten-truong">``
is the school's name, a navbar with drop-downs, breadcrumbs (``ol.breadcrumb``), a right column
(most-read "Tin xem nhiều", banner links, "Liên kết website" select, poll, visitor counter
"Đang online / Hôm nay / Tổng truy cập"), a footer with address, phone, e-mail, copyright.

Article page (``div.box-chitiet``): a box heading ``h2.tieu-de-box`` with the category's name, then
the headline in ``h2.tde-chitiet``, the meta line ``div.tt-dang`` ("Ngày đăng: 14:30 | 03/12/2026",
"Người đăng: <account>", "Lượt xem: N", sometimes "Cập nhật: …"), a tool line (font size A- A A+,
"In bài", "Gửi email"), the short description ``div.mota-ct`` in bold when the editor filled it,
then the text container ``div.nd-chitiet`` which holds, besides the text: the text-to-speech player
at its top, sometimes an inline "TIN LIÊN QUAN" box, the "Tệp đính kèm" table and a Google Docs
viewer iframe, the Facebook/Zalo share buttons. After it: "Ý kiến bạn đọc" (Facebook comments)
and "Tin cùng loại" (three latest others of the category, with dates).

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (cat 2): n431, n428, n420 on the home box and slider; n409 on page 1 of the
  list; n396 and n388 only on page 2 of the list (``?page=2`` / ``&page=2``), which also holds an
  item that is a link to another site.
- Hoạt động chuyên môn (cat 5): n430, n415, n401 on the home box and the list, which also holds an
  item that is a PDF file, not an article.
- Đoàn thanh niên (cat 8): n425, n392 on the home box and the list.
- Thông báo (cat 11): n433, n406 on the home box, the list, and the ticker (index.php form).

Traps
-----
1. ``<base href>``: every internal link is relative to ``<base href="http://host/">``
   (``href="tin-tuc/…-n431.html"`` on ``/tin-tuc/…-c2.html``). Resolved against the page's own path
   they give ``/tin-tuc/tin-tuc/…`` which answers 404. Gold: all paths are as resolved against the
   base (``/tin-tuc/<slug>-n<id>.html``), images likewise (``/upload/images/2026/…``).
2. Lazy-loaded images: the theme runs every image of the text through jquery.lazyload, so
   ``src`` is the grey placeholder ``templates/lqd2019/images/grey.gif`` and the photo is in
   ``data-original``. Gold: images are the ``data-original`` paths; the placeholder is no image.
   (The photos of an in-text Bootstrap carousel carry a real ``src``.)
3. Headline not in ``<h1>``: the ``<h1>`` on every page is the school's name; the first ``<h2>`` of
   the article page is the category box heading; the headline is the second ``<h2>``
   (``h2.tde-chitiet``), and the breadcrumb's last crumb is the headline cut at 60 characters
   with "...". Gold: title = the ``h2.tde-chitiet`` text (= og:title).
4. Text-to-speech player inside the text container: "Nghe đọc bài viết", a voice ``<select>``
   ("Giọng nữ miền Bắc", …), an ``<audio>`` and the note "Bài viết được đọc bởi công nghệ AI" sit at
   the top of ``div.nd-chitiet``. Gold: none of it is body.
5. Teachers' and pupils' honorifics in bylines: "Cô giáo Trần Thị Thu Hà - Tổ trưởng Tổ Sinh học",
   "Tin: Thầy Phan Văn Đức - Ảnh: Em Lê Gia Bảo (CLB Truyền thông)", "Tin, ảnh: HS Nguyễn Minh Khoa
   (11 Toán)", "ThS. Nguyễn Hữu Phước – Phó Hiệu trưởng". Gold: names only ("Thầy", "Cô giáo",
   "Em", "HS", degrees, posts and classes dropped); "Tin, ảnh" gives the name in both lists. The
   "Người đăng:" line is a CMS account (quantri, admin, tvphong) and names nobody.
6. The short description repeated: the product prints the editor's "mô tả" in bold above the text;
   in n396 the editor pasted the same lead again as the text's first paragraph. Gold: the summary is
   that lead, and the body has it once, as its first paragraph.
7. Listing items that are not articles: page 2 of "Tin tức - Sự kiện" has an item linking to the
   Ministry's site, the "Hoạt động chuyên môn" list has an item that is a PDF in ``upload/files``
   (the product's "link" and "file" news types, printed exactly like articles). Gold: neither is
   an article.
8. Counters that change on every request: "Lượt xem" of the article and the visitor counter grow
   with each hit, so two URLs of one article never serve identical bytes. Gold: duplicates are
   known by the article, not by the bytes: the index.php detail form, the print view, and the
   old slugs (n420 and n401 had their titles edited; "Tin xem nhiều" and "Tin cùng loại" cache the
   old slug, which still answers 200 with a canonical link) go into ``alt_paths``.
9. CKEditor's default entity encoding: the text of several articles has every Latin-1 letter as a
   named entity (``&agrave;``, ``&ecirc;``, ``&ocirc;``…) next to raw UTF-8 for the other
   Vietnamese letters; n420 was typed in "Unicode tổ hợp" (NFD), title included. Gold: NFC text.
10. Photo captions in a CKEditor table under the photo (n431, n415: a two-row ``table`` whose second
    row is the line), in ``figcaption`` (n420), in ``.carousel-caption`` of an in-text carousel
    (n428), in an ``<em>`` paragraph, in parentheses (n409). Gold: the caption line (parentheses
    off), never a body paragraph; "Ảnh: Nguyễn Minh Khoa" under a photo is a credit, caption None.
11. Widgets inside the text: an inline "TIN LIÊN QUAN" box with its own ``<p>`` heading and links
    (n425, n415), a "Xem thêm:" line (n388), the "Tệp đính kèm" table with sizes and "Tải về"
    buttons and a Google Docs viewer iframe (n431, n430, n433), share buttons. Gold: not body.
12. Dates: the meta line prints the time before the day ("Ngày đăng: 14:30 | 03/12/2026"); the
    header prints today's date; "Cập nhật: 02/12/2026 08:20" follows the publication date in
    n430; n409 prints "00:00" (a day without a time); texts open with event days ("Sáng ngày
    19/11/2026…"). Gold: the publication day and time, "2026-12-03T14:30:00+07:00"; the day alone
    for n409.
13. An official notice (n433) printed as a document: letterhead table, "Số: 268/TB-LQĐ",
    "Đà Nẵng, ngày 02 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", the signer's post and
    name. Gold: body without them, published_at the letterhead's day "2026-12-02" (the meta line
    says 04/12/2026 16:00), the signer "Lê Thị Minh Nguyệt" is the author.
14. Emoji: n406 has a line with a typed "📌 " (kept) and lines whose bullet is a Facebook emoji
    picture ``<img alt="👉" src=".../emoji.php/v9/...png">`` (no text, no image).

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the rewritten alias ``/tin-tuc/<slug>-n<id>.html`` (the canonical link names it);
  ``alt_paths`` has the old slug (where any), the ``index.php`` detail form and the print view.
- The bold "mô tả" above the text is the summary and the body's first paragraph (n431, n392,
  n430); n420's bold first paragraph inside the text is its summary; articles whose "mô tả" is
  empty have no summary (their listing description is the text cut at 180 characters).
- A table inside the text (results, a timetable) is body, one paragraph per row, cells joined by
  " | "; the caption tables of trap 10 are not.
- A unit signing alone on the right ("Tổ Ngữ văn", "Tổ Toán", "Công đoàn trường", "Đoàn trường",
  "Ban Giám hiệu") is the author as printed; "Theo Báo Đà Nẵng" closing n388 is its source, and
  n388 has no author.
- Category = the crumb between "Trang chủ" and the headline ("Tin tức - Sự kiện", …).
- Lists of the text (``ul``/``ol`` items, Word's list paragraphs without their ``mso-list:Ignore``
  markers) are paragraphs; a ``<br />`` inside a paragraph splits it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from html.entities import codepoint2name

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

NAME = "php_vendor_moet_school_thpt"
PLATFORM = "PHP vendor school website (jQuery/Bootstrap 3, index.php?mod=news, -c<n>/-n<id>.html aliases)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT chuyên Lê Quý Đôn"
TPL = "templates/lqd2019"
PLACEHOLDER = f"{TPL}/images/grey.gif"
PAGE_SIZE = 4

# cat id -> (slug, name as the menu and the breadcrumb print it)
CATS: dict[int, tuple[str, str]] = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    5: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    8: ("doan-thanh-nien", "Đoàn thanh niên"),
    11: ("thong-bao", "Thông báo"),
}


def cat_path(cat: int, page: int = 1) -> str:
    slug = CATS[cat][0]
    return f"/tin-tuc/{slug}-c{cat}.html" + (f"?page={page}" if page > 1 else "")


def art_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-n{story.id}.html"


def rel(path: str) -> str:
    """A link as the product prints it: relative to ``<base href>``, no leading slash."""
    return esc(path.lstrip("/"))


# --- the articles ---------------------------------------------------------------------------

_BY_RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'


def _right(markup: str, em: bool = False) -> Raw:
    inner = f"<em>{markup}</em>" if em else f"<strong>{markup}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=431,
        slug="hoc-sinh-nha-truong-dat-52-giai-tai-ky-thi-chon-hoc-sinh-gioi-thanh-pho-lop-12",
        title="Học sinh nhà trường đạt 52 giải tại Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 – 2027",
        cat="2",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Kết quả Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 – 2027 vừa được Sở "
            "Giáo dục và Đào tạo công bố: học sinh Trường THPT chuyên Lê Quý Đôn đạt 52 giải, "
            "trong đó có 11 giải Nhất."
        ),
        sapo_outside=True,
        authors=["Nguyễn Hữu Phước"],
        blocks=[
            P(
                "Kỳ thi được tổ chức trong hai ngày 18 và 19/11/2026 với 13 môn thi: Toán, Vật lí, "
                "Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, Tiếng "
                "Nhật, Tiếng Trung và Giáo dục kinh tế và pháp luật. Toàn thành phố có 1.186 thí sinh "
                "dự thi."
            ),
            P(
                "Nhà trường có 96 học sinh dự thi ở 12 môn, kết quả đạt 52 giải gồm 11 giải Nhất, "
                "17 giải Nhì, 15 giải Ba và 9 giải Khuyến khích; tỉ lệ học sinh đạt giải là 54,2%. "
                "Các môn Toán, Tin học và Hóa học có 100% học sinh dự thi đạt giải."
            ),
            Img(
                "/upload/images/2026/hsg-tp-12-tuyen-duong.jpg",
                "Thầy Hiệu trưởng Trần Đình Khải chúc mừng các em học sinh đạt giải Nhất",
                "Thầy Hiệu trưởng Trần Đình Khải chúc mừng các em học sinh đạt giải Nhất",
                style="table",
            ),
            P("Danh sách một số học sinh đạt giải Nhất", style="h"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", style="row"),
            P("1 | Phan Lê Minh Quân | 12 Toán | Toán | Nhất", style="row"),
            P("2 | Huỳnh Ngọc Bảo Trâm | 12 Tin | Tin học | Nhất", style="row"),
            P("3 | Đặng Thị Khánh Linh | 12 Hóa | Hóa học | Nhất", style="row"),
            P("4 | Võ Nguyễn Gia Hưng | 12 Lý | Vật lí | Nhất", style="row"),
            P(
                "Đây là kết quả đáng ghi nhận sau quá trình ôn luyện nghiêm túc của thầy và trò các "
                "đội tuyển. Kết quả kỳ thi cũng là căn cứ để Sở GD&ĐT lựa chọn học sinh tham gia đội "
                "tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027."
            ),
            P(
                "Ban Giám hiệu nhà trường chúc mừng các em học sinh đạt giải và ghi nhận sự tận tụy "
                "của các thầy cô giáo đã dành nhiều thời gian bồi dưỡng đội tuyển."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Hữu Phước</strong>'
                " – Phó Hiệu trưởng</p>"
            ),
        ],
        opts={
            "posted": "14:30 | 03/12/2026",
            "account": "quantri",
            "ck": True,
            "attach": [
                ("ket-qua-hsg-tp-lop-12-nam-hoc-2026-2027.pdf", "Kết quả HSG TP lớp 12 năm học 2026-2027.pdf", "412 KB"),
            ],
        },
    ),
    Story(
        id=428,
        slug="doan-giao-vien-hoc-sinh-truong-nan-hua-singapore-den-tham-va-giao-luu",
        title="Đoàn giáo viên, học sinh Trường Nan Hua (Singapore) đến thăm và giao lưu với nhà trường",
        cat="2",
        published_at="2026-11-28T09:05:00+07:00",
        authors=["Phan Văn Đức"],
        photographers=["Lê Gia Bảo"],
        blocks=[
            P(
                "Trong hai ngày 26 và 27/11/2026, đoàn gồm 4 giáo viên và 22 học sinh Trường Trung "
                "học Nan Hua (Singapore) đã đến thăm, giao lưu văn hóa và học thuật với thầy và trò "
                "Trường THPT chuyên Lê Quý Đôn."
            ),
            P(
                "Tại buổi đón tiếp, thầy Trần Đình Khải, Hiệu trưởng nhà trường giới thiệu với đoàn "
                "về lịch sử hình thành, quy mô đào tạo và những thành tích nổi bật của nhà trường "
                "trong các kỳ thi học sinh giỏi quốc gia, quốc tế. Đại diện Trường Nan Hua bày tỏ ấn "
                "tượng trước phong trào nghiên cứu khoa học kỹ thuật của học sinh Lê Quý Đôn."
            ),
            Img(
                "/upload/images/2026/nan-hua-1.jpg",
                "Thầy Hiệu trưởng tặng quà lưu niệm cho đại diện Trường Nan Hua",
                "Thầy Hiệu trưởng tặng quà lưu niệm cho đại diện Trường Nan Hua",
                style="carousel",
            ),
            Img(
                "/upload/images/2026/nan-hua-2.jpg",
                "Học sinh hai trường cùng thực hiện thí nghiệm tại phòng thực hành Hóa học",
                "Học sinh hai trường cùng thực hiện thí nghiệm tại phòng thực hành Hóa học",
                style="carousel",
            ),
            Img(
                "/upload/images/2026/nan-hua-3.jpg",
                "Tiết mục múa “Nhớ về Hội An” của CLB Văn nghệ",
                "Tiết mục múa “Nhớ về Hội An” của CLB Văn nghệ",
                style="carousel",
            ),
            P(
                "Học sinh Singapore được chia thành các nhóm nhỏ, cùng dự giờ học tiếng Anh, Hóa học "
                "và Tin học với các lớp 10 Anh, 11 Hóa, 11 Tin. Trong giờ nghỉ, các em cùng nhau chơi "
                "trò chơi dân gian, tìm hiểu về áo dài và ẩm thực Đà Nẵng."
            ),
            P(
                "Chiều 27/11, hai đoàn tham quan Bảo tàng Điêu khắc Chăm và bán đảo Sơn Trà. Buổi "
                "giao lưu khép lại bằng đêm văn nghệ với những tiết mục do học sinh hai trường cùng "
                "dàn dựng."
            ),
            P(
                "Chuyến thăm là hoạt động trong khuôn khổ thỏa thuận hợp tác giữa hai trường được ký "
                "kết từ năm 2019, góp phần tạo môi trường để học sinh rèn luyện ngoại ngữ và kỹ năng "
                "hội nhập."
            ),
            _right("Tin: Thầy Phan Văn Đức - Ảnh: Em Lê Gia Bảo (CLB Truyền thông)", em=True),
        ],
        opts={"posted": "09:05 | 28/11/2026", "account": "pvduc"},
    ),
    Story(
        id=420,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="2",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ nhà giáo, cán bộ, "
            "nhân viên nhà trường."
        ),
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ nhà giáo, cán bộ, "
                "nhân viên nhà trường.",
                style="bold",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ủy ban nhân dân phường "
                "An Hải, Ban đại diện Cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu và "
                "đông đảo cựu học sinh."
            ),
            Img(
                "/upload/images/2026/20-11-chao-co.jpg",
                "Quang cảnh buổi lễ tại sân trường",
                "Quang cảnh buổi lễ tại sân trường",
                style="figure",
            ),
            P(
                "Ôn lại truyền thống ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Trần Đình Khải nhấn "
                "mạnh: trong năm học vừa qua, tập thể sư phạm nhà trường đã không ngừng đổi mới "
                "phương pháp dạy học, kiểm tra đánh giá, đóng góp vào thành tích chung của ngành "
                "giáo dục thành phố."
            ),
            P(
                "Nhân dịp này, nhà trường trao Giấy khen cho 12 giáo viên có thành tích xuất sắc "
                "trong công tác bồi dưỡng học sinh giỏi và 5 giáo viên đạt giải Hội thi giáo viên "
                "dạy giỏi cấp thành phố."
            ),
            Img(
                "/upload/images/2026/20-11-khen-thuong.jpg",
                "Trao Giấy khen cho các thầy cô có thành tích xuất sắc",
                "Trao Giấy khen cho các thầy cô có thành tích xuất sắc",
                style="figure",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Nguyễn Hoàng Bảo Ngọc, Bí thư Đoàn trường bày tỏ "
                "lòng biết ơn sâu sắc đến các thầy cô giáo và hứa sẽ nỗ lực học tập, rèn luyện xứng "
                "đáng với truyền thống của nhà trường."
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các lớp dàn dựng, "
                "để lại nhiều cảm xúc cho thầy cô và các bạn học sinh."
            ),
            _right("BBT"),
        ],
        opts={
            "posted": "10:15 | 20/11/2026",
            "account": "admin",
            "nfd": True,
            "old_slug": "le-ky-niem-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=409,
        slug="soi-noi-hoi-thao-giao-vien-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="2",
        published_at="2026-11-12",
        authors=["Công đoàn trường"],
        blocks=[
            P(
                "Hưởng ứng các hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 09 "
                "đến ngày 11/11/2026, Công đoàn trường tổ chức Hội thao dành cho cán bộ, giáo viên, "
                "nhân viên với ba nội dung: bóng đá nam, kéo co và cầu lông."
            ),
            P(
                "Hội thao thu hút hơn 120 vận động viên đến từ 14 công đoàn bộ phận. Các trận đấu "
                "diễn ra trên tinh thần đoàn kết, vui tươi, lành mạnh, nhận được sự cổ vũ nhiệt tình "
                "của học sinh toàn trường."
            ),
            Img(
                "/upload/images/2026/hoi-thao-keo-co.jpg",
                "(Phần thi kéo co của các thầy cô tổ Toán – Tin)",
                "Phần thi kéo co của các thầy cô tổ Toán – Tin",
                style="em",
            ),
            P("Kết quả chung cuộc:", style="bold"),
            P("Bóng đá nam: Giải Nhất thuộc về đội Tổ Toán – Tin, giải Nhì đội Tổ Vật lí – Công nghệ.", style="li"),
            P("Kéo co: Giải Nhất đội Tổ Ngoại ngữ, giải Nhì đội Tổ Văn phòng.", style="li"),
            P("Cầu lông đôi nam nữ: Giải Nhất cặp thầy Lê Văn Hải – cô Ngô Thị Thanh Tâm.", style="li"),
            Img(
                "/upload/images/2026/hoi-thao-trao-giai.jpg",
                "(Ban tổ chức trao giải cho các đội đạt giải)",
                "Ban tổ chức trao giải cho các đội đạt giải",
                style="em",
            ),
            P(
                "Hội thao là dịp để cán bộ, giáo viên nhà trường rèn luyện sức khỏe, tăng cường giao "
                "lưu, gắn kết giữa các tổ chuyên môn sau những giờ làm việc căng thẳng."
            ),
            _right("Công đoàn trường"),
        ],
        opts={"posted": "00:00 | 12/11/2026", "account": "congdoan", "ck": True},
    ),
    Story(
        id=396,
        slug="hoc-sinh-truong-tham-gia-ngay-hoi-stem-thanh-pho-da-nang-nam-2026",
        title="Học sinh trường tham gia Ngày hội STEM thành phố Đà Nẵng năm 2026",
        cat="2",
        published_at="2026-10-30T16:20:00+07:00",
        summary=(
            "Với 6 sản phẩm trưng bày và 2 đề tài trình diễn, học sinh Trường THPT chuyên Lê Quý "
            "Đôn đã để lại nhiều ấn tượng tại Ngày hội STEM thành phố Đà Nẵng năm 2026."
        ),
        authors=["Nguyễn Thị Hoài Thương"],
        blocks=[
            P(
                "Với 6 sản phẩm trưng bày và 2 đề tài trình diễn, học sinh Trường THPT chuyên Lê Quý "
                "Đôn đã để lại nhiều ấn tượng tại Ngày hội STEM thành phố Đà Nẵng năm 2026."
            ),
            P(
                "Ngày hội do Sở Giáo dục và Đào tạo tổ chức ngày 28/10/2026 tại Cung Thể thao Tiên "
                "Sơn, với sự tham gia của hơn 60 trường THCS và THPT trên địa bàn thành phố."
            ),
            P(
                "Gian trưng bày của nhà trường giới thiệu các sản phẩm: hệ thống cảnh báo sạt lở đất "
                "sử dụng cảm biến độ ẩm, robot phân loại rác thải, mô hình nhà kính thông minh điều "
                "khiển qua điện thoại và bộ kit thí nghiệm Vật lí tự chế từ vật liệu tái chế."
            ),
            Img(
                "/upload/images/2026/stem-gian-trung-bay.jpg",
                "Học sinh lớp 11 Lý giới thiệu mô hình cảnh báo sạt lở với khách tham quan",
                "Học sinh lớp 11 Lý giới thiệu mô hình cảnh báo sạt lở với khách tham quan",
                style="em",
            ),
            P(
                "Đề tài “Ứng dụng trí tuệ nhân tạo nhận diện sâu bệnh trên lá lúa” của nhóm học sinh "
                "lớp 12 Tin được Ban tổ chức đánh giá cao về tính thực tiễn và khả năng ứng dụng "
                "cho nông dân các xã vùng ven."
            ),
            P(
                "Thông qua ngày hội, các em có thêm cơ hội giao lưu, học hỏi và lan tỏa niềm đam mê "
                "nghiên cứu khoa học đến bạn bè trên địa bàn thành phố."
            ),
            _right("Cô Nguyễn Thị Hoài Thương", em=True),
        ],
        opts={"posted": "16:20 | 30/10/2026", "account": "nththuong", "sapo_twice": True},
    ),
    Story(
        id=388,
        slug="tuyen-truyen-phong-chong-bao-luc-hoc-duong-va-bao-dam-an-toan-giao-thong",
        title="Tuyên truyền phòng, chống bạo lực học đường và bảo đảm an toàn giao thông cho học sinh",
        cat="2",
        published_at="2026-10-16T08:45:00+07:00",
        source="Báo Đà Nẵng",
        blocks=[
            P(
                "Sáng 15/10, Trường THPT chuyên Lê Quý Đôn phối hợp với Phòng Cảnh sát giao thông "
                "Công an thành phố Đà Nẵng tổ chức buổi tuyên truyền phòng, chống bạo lực học đường "
                "và bảo đảm trật tự, an toàn giao thông cho hơn 1.100 học sinh."
            ),
            P(
                "Theo kế hoạch của nhà trường, chương trình được tổ chức vào tiết chào cờ đầu tuần, "
                "kết hợp hình thức báo cáo chuyên đề với hỏi đáp trực tiếp và trò chơi có thưởng."
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã phân tích những nguyên nhân dẫn đến bạo lực "
                "học đường, hướng dẫn học sinh cách nhận diện, ứng phó và tìm kiếm sự hỗ trợ khi bị "
                "bắt nạt, kể cả trên không gian mạng."
            ),
            P(
                "Về an toàn giao thông, các em được phổ biến quy định về độ tuổi điều khiển xe máy, "
                "việc đội mũ bảo hiểm đạt chuẩn và những tình huống nguy hiểm thường gặp trên các "
                "tuyến đường ven biển."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://baodanang.vn/giao-duc/202610/'
                'tang-cuong-an-toan-giao-thong-cho-hoc-sinh-4010230/">Tăng cường an toàn giao '
                "thông cho học sinh</a></p>"
            ),
            P(
                "Dịp này, Phòng Cảnh sát giao thông trao tặng 100 mũ bảo hiểm cho học sinh có hoàn "
                "cảnh khó khăn của nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Đà Nẵng</em></p>'),
        ],
        opts={"posted": "08:45 | 16/10/2026", "account": "quantri", "ck": True},
    ),
    Story(
        id=430,
        slug="hoi-thao-chuyen-de-phat-trien-nang-luc-tu-hoc-cho-hoc-sinh-chuyen-toan",
        title="Hội thảo chuyên đề “Phát triển năng lực tự học cho học sinh chuyên Toán qua dạy học dự án”",
        cat="5",
        published_at="2026-12-01T15:10:00+07:00",
        summary=(
            "Chiều 30/11/2026, Tổ Toán tổ chức hội thảo chuyên đề về phát triển năng lực tự học "
            "cho học sinh chuyên Toán, thu hút giáo viên các trường THPT trong cụm tham dự."
        ),
        sapo_outside=True,
        authors=["Tổ Toán"],
        blocks=[
            P(
                "Hội thảo nằm trong kế hoạch sinh hoạt chuyên môn liên trường năm học 2026 – 2027, "
                "nhằm chia sẻ kinh nghiệm tổ chức dạy học dự án trong các lớp chuyên Toán và lớp có "
                "học sinh năng khiếu."
            ),
            P("Nội dung hội thảo gồm ba phần chính:"),
            P("Báo cáo tổng quan về năng lực tự học và các mức độ biểu hiện của học sinh chuyên;", style="wordli"),
            P("Giới thiệu hai dự án học tập đã triển khai ở lớp 10 Toán: “Thống kê chiều cao học sinh toàn trường” và “Mô hình hóa lưu lượng xe qua cầu Rồng”;", style="wordli"),
            P("Thảo luận về bộ công cụ đánh giá quá trình làm dự án của học sinh.", style="wordli"),
            P(
                "Các đại biểu đánh giá cao tính khả thi của những dự án được giới thiệu, đồng thời "
                "đề xuất bổ sung tiêu chí tự đánh giá và đánh giá đồng đẳng để học sinh chủ động hơn "
                "trong quá trình học."
            ),
            P(
                "Phát biểu kết luận, thầy Phó Hiệu trưởng Nguyễn Hữu Phước đề nghị Tổ Toán hoàn "
                "thiện tài liệu, chia sẻ trên hệ thống học liệu số của trường để giáo viên các tổ "
                "khác tham khảo, vận dụng."
            ),
            _right("Tổ Toán"),
        ],
        opts={
            "posted": "15:10 | 01/12/2026",
            "updated": "08:20 | 02/12/2026",
            "account": "tvphong",
            "word": True,
            "attach": [
                ("chuyen-de-nang-luc-tu-hoc-to-toan.pdf", "Chuyên đề năng lực tự học - Tổ Toán.pdf", "1,8 MB"),
            ],
            "viewer": "chuyen-de-nang-luc-tu-hoc-to-toan.pdf",
        },
    ),
    Story(
        id=415,
        slug="to-sinh-hoc-to-chuc-tiet-day-minh-hoa-theo-dinh-huong-giao-duc-stem",
        title="Tổ Sinh học tổ chức tiết dạy minh họa theo định hướng giáo dục STEM",
        cat="5",
        published_at="2026-11-17T16:40:00+07:00",
        authors=["Trần Thị Thu Hà"],
        blocks=[
            P(
                "Ngày 16/11/2026, Tổ Sinh học tổ chức tiết dạy minh họa bài “Quang hợp ở thực vật” "
                "(Sinh học 11) theo định hướng giáo dục STEM, với sự tham dự của giáo viên Sinh học "
                "các trường THPT Phan Châu Trinh, Hoàng Hoa Thám và Trần Phú."
            ),
            P(
                "Tiết dạy do cô Lê Thị Mai Anh thực hiện tại lớp 11 Sinh. Học sinh được chia nhóm, "
                "thiết kế thí nghiệm đo cường độ quang hợp bằng bộ cảm biến CO₂ và trình bày kết quả "
                "bằng đồ thị."
            ),
            Raw(
                '<div class="tlq-inline"><p class="tlq-tit">TIN LIÊN QUAN</p><ul><li>'
                '<a href="tin-tuc/hoi-thao-chuyen-de-phat-trien-nang-luc-tu-hoc-cho-hoc-sinh-chuyen-toan-n430.html">'
                "Hội thảo chuyên đề “Phát triển năng lực tự học cho học sinh chuyên Toán qua dạy học "
                "dự án”</a></li></ul></div>"
            ),
            Img(
                "/upload/images/2026/stem-sinh-hoc-1.jpg",
                "Các nhóm học sinh lắp đặt cảm biến đo nồng độ CO₂",
                "Các nhóm học sinh lắp đặt cảm biến đo nồng độ CO₂",
                style="table",
            ),
            P("Sau tiết dạy, các giáo viên dự giờ đã trao đổi về ba vấn đề:"),
            P("Cách chuyển một bài học lí thuyết thành một nhiệm vụ thực hành có sản phẩm;", style="br"),
            P("Thời lượng hợp lí cho từng hoạt động nhóm;", style="br"),
            P("Việc sử dụng thiết bị số trong giờ học thực hành.", style="br"),
            Img(
                "/upload/images/2026/stem-sinh-hoc-2.jpg",
                "Giáo viên các trường trao đổi, góp ý sau tiết dạy",
                "Giáo viên các trường trao đổi, góp ý sau tiết dạy",
                style="table",
            ),
            P(
                "Tiết dạy minh họa là một trong những hoạt động của Tổ Sinh học nhằm triển khai "
                "Chương trình giáo dục phổ thông 2018, tăng cường hoạt động trải nghiệm, phát triển "
                "năng lực giải quyết vấn đề cho học sinh."
            ),
            _right("Cô giáo Trần Thị Thu Hà - Tổ trưởng Tổ Sinh học", em=True),
        ],
        opts={"posted": "16:40 | 17/11/2026", "account": "tvphong", "ck": True},
    ),
    Story(
        id=401,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-day-doc-hieu-van-ban-nghi-luan",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn: dạy đọc hiểu văn bản nghị luận",
        cat="5",
        published_at="2026-11-04T10:00:00+07:00",
        authors=["Tổ Ngữ văn"],
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 03/11/2026, Tổ "
                "Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với chủ đề dạy đọc "
                "hiểu văn bản nghị luận ở lớp 10."
            ),
            P(
                "Bài học được chọn là văn bản “Hiền tài là nguyên khí của quốc gia” của Thân Nhân "
                "Trung. Giờ dạy do cô Hồ Thị Phương Dung thực hiện tại lớp 10 Văn; các thành viên của "
                "tổ dự giờ, quan sát hoạt động học của từng nhóm học sinh."
            ),
            P(
                "Hiền tài là nguyên khí của quốc gia, nguyên khí thịnh thì thế nước mạnh, rồi lên "
                "cao, nguyên khí suy thì thế nước yếu, rồi xuống thấp.",
                style="quote",
            ),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích những thời điểm học sinh gặp "
                "khó khăn khi xác định luận đề, luận điểm và mối quan hệ giữa lí lẽ với bằng chứng, "
                "từ đó đề xuất điều chỉnh câu hỏi gợi mở cho phù hợp."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức hoạt động đọc "
                "hiểu theo hướng phát triển năng lực, lấy việc học của học sinh làm trung tâm."
            ),
            _right("Tổ Ngữ văn"),
        ],
        opts={
            "posted": "10:00 | 04/11/2026",
            "account": "tvphong",
            "ck": True,
            "old_slug": "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van",
        },
    ),
    Story(
        id=425,
        slug="soi-noi-vong-chung-ket-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam",
        title="Sôi nổi vòng chung kết “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam",
        cat="8",
        published_at="2026-11-24T17:05:00+07:00",
        authors=["Nguyễn Minh Khoa"],
        photographers=["Nguyễn Minh Khoa"],
        blocks=[
            P(
                "Chiều 21/11/2026, tại nhà đa năng, Đoàn trường tổ chức vòng chung kết cuộc thi "
                "“Rung chuông vàng” với chủ đề “Tri ân thầy cô” dành cho học sinh khối 10 và 11."
            ),
            P(
                "Vượt qua vòng loại với hơn 600 thí sinh, 100 học sinh xuất sắc nhất đã bước vào "
                "vòng chung kết. Các câu hỏi xoay quanh kiến thức lịch sử Ngày Nhà giáo Việt Nam, "
                "truyền thống nhà trường, văn học, khoa học và các vấn đề thời sự."
            ),
            Raw(
                '<div class="tlq-inline"><p class="tlq-tit">TIN LIÊN QUAN</p><ul><li>'
                '<a href="tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026-n420.html">'
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)</a></li><li>"
                '<a href="tin-tuc/soi-noi-hoi-thao-giao-vien-chao-mung-ngay-nha-giao-viet-nam-20-11-n409.html">'
                "Sôi nổi Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11</a></li></ul></div>"
            ),
            Img(
                "/upload/images/2026/rcv-san-dau.jpg",
                "Các thí sinh tập trung trả lời câu hỏi ở vòng chung kết",
                "Các thí sinh tập trung trả lời câu hỏi ở vòng chung kết",
                style="em",
            ),
            P(
                "Sau 25 câu hỏi gay cấn, em Trần Khánh Vy (lớp 11 Sử) là người trụ lại cuối cùng và "
                "xuất sắc rung chuông vàng ở câu hỏi số 27."
            ),
            Img("/upload/images/2026/rcv-trao-giai.jpg", "Ảnh: Nguyễn Minh Khoa", None, style="em"),
            P(
                "Cuộc thi không chỉ là sân chơi bổ ích, giúp học sinh củng cố kiến thức mà còn là món "
                "quà ý nghĩa các em dành tặng thầy cô nhân Ngày Nhà giáo Việt Nam."
            ),
            _right("Tin, ảnh: HS Nguyễn Minh Khoa (11 Toán)", em=True),
        ],
        opts={"posted": "17:05 | 24/11/2026", "account": "doantruong"},
    ),
    Story(
        id=392,
        slug="dai-hoi-dai-bieu-doan-tncs-ho-chi-minh-truong-lan-thu-xxxi-nhiem-ky-2026-2027",
        title="Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh trường lần thứ XXXI, nhiệm kỳ 2026 – 2027",
        cat="8",
        published_at="2026-10-21T07:50:00+07:00",
        summary=(
            "Ngày 19/10/2026, Đoàn trường THPT chuyên Lê Quý Đôn tổ chức thành công Đại hội Đại "
            "biểu lần thứ XXXI, nhiệm kỳ 2026 – 2027 với sự tham dự của 210 đại biểu."
        ),
        sapo_outside=True,
        authors=["Đoàn trường"],
        blocks=[
            P(
                "Đại hội vinh dự đón tiếp đồng chí Phó Bí thư Đoàn phường An Hải, đại diện Chi bộ, "
                "Ban Giám hiệu nhà trường cùng các thầy cô giáo chủ nhiệm."
            ),
            P(
                "Báo cáo tổng kết nhiệm kỳ 2025 – 2026 cho thấy Đoàn trường đã tổ chức thành công "
                "nhiều hoạt động nổi bật: chiến dịch “Mùa hè xanh”, chương trình “Xuân yêu thương”, "
                "giải bóng đá học sinh, các câu lạc bộ học thuật và kỹ năng."
            ),
            P("Đại hội thống nhất các chỉ tiêu chủ yếu của nhiệm kỳ mới:", style="bold"),
            P("100% đoàn viên tham gia học tập các bài học lý luận chính trị;", style="li"),
            P("Giới thiệu ít nhất 10 đoàn viên ưu tú cho Chi bộ xem xét, bồi dưỡng;", style="li"),
            P("Mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên.", style="li"),
            Img(
                "/upload/images/2026/dai-hoi-doan-bch.jpg",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                style="em",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 gồm 15 đồng chí; em "
                "Nguyễn Hoàng Bảo Ngọc (lớp 12 Anh) được bầu giữ chức Bí thư Đoàn trường."
            ),
            _right("Đoàn trường"),
        ],
        opts={"posted": "07:50 | 21/10/2026", "account": "doantruong"},
    ),
    Story(
        id=433,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="11",
        published_at="2026-12-02",
        authors=["Lê Thị Minh Nguyệt"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:45%">SỞ GD&amp;ĐT TP ĐÀ NẴNG<br /><strong>'
                "TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></td></tr><tr>"
                '<td style="text-align:center">Số: 268/TB-LQĐ</td>'
                '<td style="text-align:center"><em>Đà Nẵng, ngày 02 tháng 12 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 – 2027 của nhà trường, Trường THPT chuyên Lê "
                "Quý Đôn thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", style="row"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", style="row"),
            P("15/12/2026 | Chiều | Tiếng Anh | 60 phút", style="row"),
            P("16/12/2026 | Sáng | Toán | 90 phút", style="row"),
            P("17/12/2026 | Sáng | Môn chuyên | 150 phút", style="row"),
            P(
                "Các môn còn lại kiểm tra tại lớp theo thời khóa biểu từ ngày 07/12 đến ngày "
                "12/12/2026. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo "
                "thẻ học sinh."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh của lớp; các tổ chuyên "
                "môn nộp đề kiểm tra và hướng dẫn chấm về Phó Hiệu trưởng phụ trách chuyên môn trước "
                "ngày 09/12/2026."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>"
                "Lê Thị Minh Nguyệt</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "posted": "16:00 | 04/12/2026",
            "account": "vanthu",
            "attach": [
                ("tb-268-lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "TB 268-TB-LQĐ lịch kiểm tra cuối HKI.pdf", "188 KB"),
            ],
            "viewer": "tb-268-lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
        },
    ),
    Story(
        id=406,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-chuyen-sang-hoc-truc-tuyen-do-anh-huong-cua-bao-so-13",
        title="Thông báo cho học sinh nghỉ học, chuyển sang học trực tuyến do ảnh hưởng của bão số 13",
        cat="11",
        published_at="2026-11-06T20:45:00+07:00",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Thực hiện Công điện của Ủy ban nhân dân thành phố về việc chủ động ứng phó với bão "
                "số 13, Ban Giám hiệu nhà trường thông báo:"
            ),
            P(
                "Toàn bộ học sinh nghỉ học tại trường trong hai ngày 07 và 08/11/2026 (thứ Bảy và "
                "Chủ nhật), các lớp học bồi dưỡng đội tuyển chuyển sang học trực tuyến trên hệ thống "
                "Microsoft Teams theo lịch của giáo viên bồi dưỡng.",
                style="emoji",
            ),
            P(
                "Học sinh nội trú được bố trí ở lại ký túc xá, không ra khỏi khu vực nhà trường khi "
                "chưa có thông báo mới.",
                style="emoji",
            ),
            P(
                "Cha mẹ học sinh theo dõi thông tin trên website và nhóm Zalo của lớp để cập nhật lịch "
                "học trở lại.",
                style="emoji",
            ),
            P("📌 Số điện thoại trực phòng chống thiên tai của nhà trường: 0236 3 941 567."),
            P("Đề nghị giáo viên chủ nhiệm thông báo kịp thời đến học sinh và cha mẹ học sinh."),
            _right("Ban Giám hiệu"),
        ],
        opts={"posted": "20:45 | 06/11/2026", "account": "admin"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

#: news items of the "link" and "file" types: printed in the lists like articles, not articles
LINK_ITEMS: list[dict] = [
    {
        "cat": 2,
        "title": "Bộ GD&ĐT công bố dự thảo Quy chế thi tốt nghiệp THPT áp dụng từ năm 2027",
        "href": "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10452",
        "day": "05/11/2026",
        "sort": "2026-11-05 09:00",
        "thumb": "/upload/images/2026/thumbs/moet-quy-che-thi.jpg",
    },
    {
        "cat": 5,
        "title": "Kế hoạch kiểm tra, đánh giá giữa học kỳ I năm học 2026 – 2027",
        "href": "/upload/files/ke-hoach-kiem-tra-giua-hk1-2026-2027.pdf",
        "day": "20/10/2026",
        "sort": "2026-10-20 10:00",
        "thumb": "/upload/images/2026/thumbs/ke-hoach-kiem-tra.jpg",
    },
]

FILES = {
    "ket-qua-hsg-tp-lop-12-nam-hoc-2026-2027.pdf",
    "chuyen-de-nang-luc-tu-hoc-to-toan.pdf",
    "tb-268-lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
    "ke-hoach-kiem-tra-giua-hk1-2026-2027.pdf",
    "tkb-so-5-hk1-2026-2027-sang.pdf",
    "tkb-so-5-hk1-2026-2027-chieu.pdf",
}


def _sort_key(story: Story) -> str:
    """'14:30 | 03/12/2026' -> '2026-12-03 14:30' (the list order)."""
    time_, day = story.opts["posted"].split(" | ")
    d, m, y = day.split("/")
    return f"{y}-{m}-{d} {time_}"


def items_of(cat: int) -> list[dict]:
    """The list of a category, newest first: articles and link/file items mixed."""
    rows = [
        {"story": s, "sort": _sort_key(s)} for s in STORIES if int(s.cat) == cat
    ] + [dict(item) for item in LINK_ITEMS if item["cat"] == cat]
    return sorted(rows, key=lambda r: r["sort"], reverse=True)


def ttl(story: Story) -> str:
    """The title as the database holds it (n420's was typed in NFD), escaped."""
    return esc(unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title)


def print_day(story: Story) -> str:
    return story.opts["posted"].split(" | ")[1]


# --- rendering of the text ------------------------------------------------------------------

_LATIN1_NAMES = codepoint2name


def ck_entities(markup: str) -> str:
    """CKEditor 4's default ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    return "".join(
        f"&{_LATIN1_NAMES[ord(ch)]};" if 160 <= ord(ch) <= 255 and ord(ch) in _LATIN1_NAMES else ch
        for ch in markup
    )


def _t(story: Story, value: str) -> str:
    out = text(value, nfd=bool(story.opts.get("nfd")))
    return ck_entities(out) if story.opts.get("ck") else out


def _img_tag(img: Img, lazy: bool = True, alt: str = "") -> str:
    if lazy:
        return (
            f'<img alt="{esc(alt)}" class="lazy" src="{PLACEHOLDER}" '
            f'data-original="{rel(img.src)}" style="width:640px; height:427px" />'
        )
    return f'<img alt="{esc(alt)}" src="{rel(img.src)}" />'


def _render_img(story: Story, img: Img) -> str:
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:640px">'
            f"<tbody><tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{line}</em></span>'
            "</td></tr></tbody></table>"
        )
    if img.style == "figure":
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{_img_tag(img)}<figcaption>{line}</figcaption></figure></div>"
        )
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _render_carousel(story: Story, imgs: list[Img]) -> str:
    cid = f"slide-ct-{story.id}"
    dots = "".join(
        f'<li data-target="#{cid}" data-slide-to="{i}"{" class=active" if i == 0 else ""}></li>'
        for i in range(len(imgs))
    )
    items = "".join(
        f'<div class="item{" active" if i == 0 else ""}">{_img_tag(img, lazy=False, alt=img.printed or "")}'
        f'<div class="carousel-caption"><p>{_t(story, img.printed or "")}</p></div></div>'
        for i, img in enumerate(imgs)
    )
    return (
        f'<div id="{cid}" class="carousel slide ct-slide" data-ride="carousel">'
        f'<ol class="carousel-indicators">{dots}</ol>'
        f'<div class="carousel-inner" role="listbox">{items}</div>'
        f'<a class="left carousel-control" href="#{cid}" role="button" data-slide="prev">'
        '<span class="glyphicon glyphicon-chevron-left"></span><span class="sr-only">Trước</span></a>'
        f'<a class="right carousel-control" href="#{cid}" role="button" data-slide="next">'
        '<span class="glyphicon glyphicon-chevron-right"></span><span class="sr-only">Sau</span></a>'
        "</div>"
    )


_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
    'font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{}</span></p>'
)
_WORD_LI = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;text-align:justify;'
    'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI" '
    'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
    '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
    '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,'
    '&quot;serif&quot;">{text}</span></p>'
)
_EMOJI_IMG = (
    '<img alt="👉" height="16" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/'
    '1f449.png" width="16" />'
)


def render_blocks(story: Story, first_extra: str = "") -> str:
    """The text as the editor left it: paragraphs, lists, tables, images, raw lines."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    word = bool(story.opts.get("word"))
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "carousel":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "carousel":
                    group.append(blocks[i])
                    i += 1
                out.append(_render_carousel(story, group))
                continue
            out.append(_render_img(story, b))
            i += 1
            continue
        style = b.style
        if style in ("li", "ol", "row", "wordli"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "row":
                rows = []
                for n, row in enumerate(group):
                    cells = row.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align:center"><strong>{_t(story, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" class="table table-bordered"'
                    ' style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            elif style == "wordli":
                n = len(group)
                for k, row in enumerate(group):
                    pos = "First" if k == 0 else ("Last" if k == n - 1 else "Middle")
                    out.append(_WORD_LI.format(pos=pos, text=_t(story, row.text)))
            else:
                tag = "ol" if style == "ol" else "ul"
                lis = "".join(f"<li>{_t(story, row.text)}</li>" for row in group)
                out.append(f"<{tag}>{lis}</{tag}>")
            continue
        if style == "br":
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                group.append(blocks[i])
                i += 1
            out.append(
                '<p style="text-align: justify;">'
                + "<br />\n".join(_t(story, g.text) for g in group)
                + "</p>"
            )
            continue
        i += 1
        body = _t(story, b.text)
        if style == "h":
            out.append(f"<h4><strong>{body}</strong></h4>")
        elif style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
        elif style == "quote":
            out.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
        elif style == "emoji":
            out.append(f"<p>{_EMOJI_IMG} {body}</p>")
        elif word:
            out.append(_WORD_P.format(body))
        else:
            out.append(f'<p style="text-align: justify;">{body}</p>')
    return first_extra + "\n".join(out)


# --- the chrome -----------------------------------------------------------------------------

MOST_READ = [(420, "old"), (431, ""), (415, ""), (428, ""), (425, "")]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien-p1.html",
    "/gioi-thieu/co-cau-to-chuc-p2.html",
    "/lien-he.html",
    "/lich-cong-tac-tuan.html",
    "/thoi-khoa-bieu.html",
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html",
    "/video/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-v2.html",
]


def _menu() -> str:
    news = "".join(
        f'<li><a href="{rel(cat_path(c))}">{esc(name)}</a></li>' for c, (_s, name) in CATS.items()
    )
    return f"""
<nav class="navbar navbar-default menu-chinh" id="menu-top">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnu-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div class="collapse navbar-collapse" id="mnu-collapse">
   <ul class="nav navbar-nav">
    <li><a href="./"><i class="fa fa-home"></i> Trang chủ</a></li>
    <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="gioi-thieu/lich-su-phat-trien-p1.html">Lịch sử phát triển</a></li>
      <li><a href="gioi-thieu/co-cau-to-chuc-p2.html">Cơ cấu tổ chức</a></li>
     </ul></li>
    <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Tin tức <span class="caret"></span></a>
     <ul class="dropdown-menu">{news}</ul></li>
    <li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">Thư viện <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="thu-vien-anh.html">Thư viện ảnh</a></li>
      <li><a href="video/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-v2.html">Video clip</a></li>
     </ul></li>
    <li><a href="thoi-khoa-bieu.html">Thời khóa biểu</a></li>
    <li><a href="lich-cong-tac-tuan.html">Lịch công tác</a></li>
    <li><a href="https://danang.vnedu.vn/sll/" target="_blank">Tra cứu điểm</a></li>
    <li><a href="lien-he.html">Liên hệ</a></li>
   </ul>
  </div>
 </div>
</nav>"""


def _head(req: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<base href="{base_url(req)}/" />
<meta name="generator" content="VSchool Portal 3.6 - vschool.vn" />
<meta name="keywords" content="THPT chuyên Lê Quý Đôn, Đà Nẵng, trường chuyên, học sinh giỏi" />
{extra}
<link rel="shortcut icon" href="{TPL}/images/favicon.ico" />
<link rel="stylesheet" href="{TPL}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{TPL}/css/font-awesome.min.css" />
<link rel="stylesheet" href="{TPL}/css/style.css?v=3.6.2" />
<script src="{TPL}/js/jquery-1.11.3.min.js"></script>
<script src="{TPL}/js/bootstrap.min.js"></script>
<script src="{TPL}/js/jquery.lazyload.min.js"></script>
</head>"""


class _Counter:
    """Visitor counter and view counts: they grow with every request (trap 8)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.total = 2_345_678
        self.views: dict[int, int] = {}

    def hit(self, story_id: int | None = None) -> tuple[int, int]:
        with self.lock:
            self.total += 1
            views = 0
            if story_id is not None:
                self.views[story_id] = self.views.get(story_id, 0) + 1
                views = BY_ID[story_id].views() + self.views[story_id]
            return self.total, views


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sidebar(total: int) -> str:
    most = []
    for sid, which in MOST_READ:
        s = BY_ID[sid]
        path = art_path(s, s.opts.get("old_slug") if which == "old" else None)
        most.append(
            f'<li><a href="{rel(path)}"><img src="{rel(thumb_of(s))}" alt="" class="pull-left" />'
            f"{ttl(s)}</a></li>"
        )
    return f"""
<div class="col-md-3 col-sm-4" id="cot-phai">
 <div class="box-phai">
  <div class="tit-phai"><span>Tin xem nhiều</span></div>
  <ul class="ds-xemnhieu">{"".join(most)}</ul>
 </div>
 <div class="box-phai banner-lk">
  <a href="https://danang.edu.vn" target="_blank"><img src="{TPL}/images/banner-sgd.jpg" alt="Sở GD&amp;ĐT Đà Nẵng" class="img-responsive" /></a>
  <a href="https://moet.gov.vn" target="_blank"><img src="{TPL}/images/banner-moet.jpg" alt="Bộ GD&amp;ĐT" class="img-responsive" /></a>
  <a href="https://thitotnghiepthpt.moet.gov.vn" target="_blank"><img src="{TPL}/images/banner-thi-tn.jpg" alt="Thi tốt nghiệp THPT" class="img-responsive" /></a>
 </div>
 <div class="box-phai">
  <div class="tit-phai"><span>Thăm dò ý kiến</span></div>
  <form method="post" action="index.php?mod=poll&amp;act=vote" class="frm-poll">
   <p class="poll-q">Bạn biết đến website của trường qua kênh nào?</p>
   <div class="radio"><label><input type="radio" name="poll_opt" value="1" /> Giáo viên chủ nhiệm</label></div>
   <div class="radio"><label><input type="radio" name="poll_opt" value="2" /> Mạng xã hội</label></div>
   <div class="radio"><label><input type="radio" name="poll_opt" value="3" /> Bạn bè, người thân</label></div>
   <input type="hidden" name="poll_id" value="3" />
   <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
   <a href="javascript:;" onclick="popupPoll(3)" class="btn btn-default btn-xs">Xem kết quả</a>
  </form>
 </div>
 <div class="box-phai">
  <div class="tit-phai"><span>Liên kết website</span></div>
  <select class="form-control" onchange="if(this.value!='') window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://danang.edu.vn">Sở GD&amp;ĐT Đà Nẵng</option>
   <option value="https://danang.gov.vn">Cổng TTĐT thành phố Đà Nẵng</option>
  </select>
 </div>
 <div class="box-phai thongke">
  <div class="tit-phai"><span>Thống kê truy cập</span></div>
  <ul>
   <li><i class="fa fa-user"></i> Đang online: <b>{23 + total % 17}</b></li>
   <li><i class="fa fa-users"></i> Hôm nay: <b>{_num(1204 + total % 300)}</b></li>
   <li><i class="fa fa-bar-chart"></i> Tổng truy cập: <b>{_num(total)}</b></li>
  </ul>
 </div>
</div>"""


def _footer() -> str:
    return f"""
<div id="footer">
 <div class="container">
  <div class="row">
   <div class="col-md-8">
    <p class="ft-ten"><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - THÀNH PHỐ ĐÀ NẴNG</strong></p>
    <p>Địa chỉ: Số 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>
    <p>Điện thoại: (0236) 3 941 567 - Fax: (0236) 3 941 568 - Email: thptchuyenlqd@danang.edu.vn</p>
    <p>Chịu trách nhiệm nội dung: Hiệu trưởng Trần Đình Khải</p>
   </div>
   <div class="col-md-4 text-right">
    <a href="https://www.facebook.com/thptchuyenlequydon.danang" target="_blank"><i class="fa fa-facebook-square fa-2x"></i></a>
    <a href="https://www.youtube.com/@lequydondanang" target="_blank"><i class="fa fa-youtube-square fa-2x"></i></a>
    <p class="copy">© 2019 - 2026 Bản quyền thuộc về Trường THPT chuyên Lê Quý Đôn.<br />Thiết kế bởi <a href="https://vschool.vn" target="_blank">VSchool</a></p>
   </div>
  </div>
 </div>
</div>
<a href="javascript:;" id="back-top"><i class="fa fa-angle-up"></i></a>
<script src="{TPL}/js/main.js?v=3.6.2"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});
function printNews(id){{ window.open('index.php?mod=news&act=print&id='+id,'inbai','width=820,height=640,scrollbars=yes'); }}</script>
</body>
</html>"""


def _header(home: bool = False) -> str:
    return f"""
<body class="{"trang-chu" if home else "trang-con"}">
<div id="top-bar"><div class="container">
 <span class="ngay-ht"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
 <span class="pull-right"><i class="fa fa-phone"></i> (0236) 3 941 567 &nbsp; <i class="fa fa-envelope"></i> thptchuyenlqd@danang.edu.vn</span>
</div></div>
<div id="header"><div class="container">
 <a href="./" class="logo pull-left"><img src="{TPL}/images/logo-lqd.png" alt="Logo" /></a>
 <div class="ten-truong-wrap">
  <p class="so-gd">SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG</p>
  <h1 class="ten-truong">TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</h1>
  <p class="slogan">Trách nhiệm – Sáng tạo – Hội nhập</p>
 </div>
 <form class="frm-timkiem" method="get" action="index.php">
  <input type="hidden" name="mod" value="search" />
  <input type="text" name="keyword" class="form-control" placeholder="Nhập từ khóa..." />
  <button type="submit" class="btn"><i class="fa fa-search"></i></button>
 </form>
</div></div>
{_menu()}"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    lis = ['<li><a href="./"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li><a href="{rel(href)}">{label}</a></li>')
        else:
            lis.append(f'<li class="active">{label}</li>')
    return f'<ol class="breadcrumb">{"".join(lis)}</ol>'


def _layout(req: Request, total: int, title: str, main: str, extra_head: str = "", home: bool = False) -> str:
    return (
        _head(req, title, extra_head)
        + _header(home)
        + f'\n<div id="noi-dung"><div class="container"><div class="row">\n'
        f'<div class="col-md-9 col-sm-8" id="cot-chinh">{main}</div>\n'
        + _sidebar(total)
        + "\n</div></div></div>"
        + _footer()
    )


def thumb_of(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return f"/{TPL}/images/no-image.jpg"
    return "/upload/images/2026/thumbs/" + imgs[0].src.rsplit("/", 1)[1]


def desc_of(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


# --- pages ----------------------------------------------------------------------------------


def _item_html(row: dict) -> str:
    """One row of a list: an article or a link/file item, printed alike."""
    if "story" in row:
        s = row["story"]
        href, title, day, thumb, desc = rel(art_path(s)), ttl(s), print_day(s), thumb_of(s), esc(desc_of(s))
        target = ""
    else:
        href = rel(row["href"]) if row["href"].startswith("/") else esc(row["href"])
        title, day, thumb, desc = esc(row["title"]), row["day"], row["thumb"], ""
        target = ' target="_blank"'
    return f"""
<div class="row tin-item">
 <div class="col-xs-4 col-sm-3"><a href="{href}"{target} class="thumb-tin"><img class="img-responsive" src="{rel(thumb)}" alt="{title}" /></a></div>
 <div class="col-xs-8 col-sm-9">
  <h3 class="tit-tin"><a href="{href}"{target}>{title}</a></h3>
  <div class="ngay-tin"><i class="fa fa-clock-o"></i> {day}</div>
  <div class="mota-tin">{desc}</div>
  <a class="xemtiep" href="{href}"{target}>Xem tiếp <i class="fa fa-angle-double-right"></i></a>
 </div>
</div>"""


#: the weekly work calendar: three weeks, no more (prev/next links stop there)
WEEKS: dict[int, tuple[str, str, list[tuple[str, ...]]]] = {
    48: ("23/11/2026", "29/11/2026", [
        ("Thứ Hai 23/11", "Sáng", "Chào cờ; Tổng kết các hoạt động chào mừng ngày 20/11", "Ban Giám hiệu", "Sân trường"),
        ("Thứ Năm 26/11", "Cả ngày", "Đón tiếp đoàn Trường Nan Hua (Singapore)", "Thầy Khải", "Hội trường"),
    ]),
    49: ("30/11/2026", "06/12/2026", [
        ("Thứ Hai 30/11", "Sáng", "07h00: Chào cờ đầu tuần - Sơ kết thi đua tháng 11", "Đoàn trường", "Sân trường"),
        ("Thứ Hai 30/11", "Chiều", "14h00: Hội thảo chuyên đề Tổ Toán", "Thầy Phước", "Phòng họp 2"),
        ("Thứ Tư 02/12", "Chiều", "14h00: Họp Hội đồng sư phạm", "Hiệu trưởng", "Hội trường"),
        ("Thứ Sáu 04/12", "Sáng", "08h00: Kiểm tra nội bộ Tổ Hóa học", "Cô Nguyệt", "Tổ Hóa học"),
    ]),
    50: ("07/12/2026", "13/12/2026", [
        ("Thứ Hai 07/12", "Sáng", "Áp dụng thời khóa biểu số 5; kiểm tra cuối kỳ các môn tại lớp", "Cô Nguyệt", "Các lớp"),
        ("Thứ Tư 09/12", "Sáng", "Hạn nộp đề kiểm tra cuối học kỳ I", "Tổ trưởng", "Phòng PHT"),
    ]),
}


class Site:
    def __init__(self) -> None:
        self.counter = _Counter()

    # routing ------------------------------------------------------------------------------
    def respond(self, req: Request) -> Response | None:
        path = req.path
        params = req.params
        if path in ("/", "/index.php"):
            mod = params.get("mod")
            if not mod:
                return None if req.query else self.home(req)
            return self.module(req, mod, params)
        m = re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-c(\d+)\.html", path)
        if m:
            cat = int(m.group(2))
            if cat not in CATS or CATS[cat][0] != m.group(1):
                return None
            if set(params) - {"page"}:
                return None
            return self.listing(req, cat, params.get("page", "1"), alias=True)
        m = re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-n(\d+)\.html", path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story is None or m.group(1) not in (story.slug, story.opts.get("old_slug")):
                return None
            return None if req.query else self.article(req, story)
        if req.query and path not in ("/lich-cong-tac-tuan.html",):
            return static_file(path) if path.startswith(("/templates/", "/upload/images/")) else None
        pages = {
            "/gioi-thieu/lich-su-phat-trien-p1.html": self.intro_history,
            "/gioi-thieu/co-cau-to-chuc-p2.html": self.intro_staff,
            "/lien-he.html": self.contact,
            "/lich-cong-tac-tuan.html": self.calendar,
            "/thoi-khoa-bieu.html": self.timetable,
            "/thu-vien-anh.html": self.albums,
            "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html": self.album,
            "/video/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-v2.html": self.video,
        }
        if path in pages:
            return pages[path](req)
        if path.startswith("/upload/files/"):
            name = path.rsplit("/", 1)[1]
            if name in FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'inline; filename="{name}"'})
            return None
        if path.startswith(("/templates/lqd2019/", "/upload/images/")):
            return static_file(path)
        return None

    def module(self, req: Request, mod: str, params: dict[str, str]) -> Response | None:
        if mod == "news":
            act = params.get("act", "")
            if act in ("detail", "print"):
                story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
                if story is None:
                    return None
                return self.article(req, story) if act == "detail" else self.print_view(req, story)
            if not act and params.get("cat", "").isdigit() and int(params["cat"]) in CATS:
                return self.listing(req, int(params["cat"]), params.get("page", "1"), alias=False)
            return None
        if mod == "search":
            return self.search(req, params.get("keyword", ""))
        if mod == "poll":
            return self.poll(req)
        return None

    # pages --------------------------------------------------------------------------------
    def home(self, req: Request) -> Response:
        total, _ = self.counter.hit()
        slides = [BY_ID[431], BY_ID[428], BY_ID[420]]
        dots = "".join(
            f'<li data-target="#slider-home" data-slide-to="{i}"{" class=active" if i == 0 else ""}></li>'
            for i in range(len(slides))
        )
        items = "".join(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{rel(art_path(s))}">'
            f'<img src="{rel(s.images[0].src)}" alt="{ttl(s)}" /></a>'
            f'<div class="carousel-caption"><h3><a href="{rel(art_path(s))}">{ttl(s)}</a></h3></div></div>'
            for i, s in enumerate(slides)
        )
        ticker = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
            f'<a href="index.php?mod=news&amp;act=detail&amp;id={sid}"><i class="fa fa-bell-o"></i> '
            f"{ttl(BY_ID[sid])}</a>"
            for sid in (433, 406)
        )
        boxes = []
        for cat, (_slug, name) in CATS.items():
            rows = [r for r in items_of(cat) if "story" in r][:3]
            first, rest = rows[0]["story"], rows[1:]
            lis = "".join(
                f'<li><i class="fa fa-caret-right"></i> <a href="{rel(art_path(r["story"]))}">'
                f'{ttl(r["story"])}</a> <span class="ngay">({print_day(r["story"])})</span></li>'
                for r in rest
            )
            boxes.append(f"""
<div class="box-cm col-md-6">
 <div class="tit-box"><a href="{rel(cat_path(cat))}">{esc(name)}</a>
  <a class="xem-tat-ca pull-right" href="index.php?mod=news&amp;cat={cat}">Xem tất cả <i class="fa fa-angle-double-right"></i></a></div>
 <div class="tin-dau">
  <a href="{rel(art_path(first))}"><img src="{rel(thumb_of(first))}" alt="" class="img-responsive" /></a>
  <h4><a href="{rel(art_path(first))}">{ttl(first)}</a></h4>
  <p>{esc(desc_of(first))}</p>
 </div>
 <ul class="tin-khac">{lis}</ul>
</div>""")
        main = f"""
<div class="thongbao-chay"><span class="lbl-tb"><i class="fa fa-bullhorn"></i> Thông báo:</span>
 <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div>
<div id="slider-home" class="carousel slide" data-ride="carousel">
 <ol class="carousel-indicators">{dots}</ol>
 <div class="carousel-inner">{items}</div>
 <a class="left carousel-control" href="#slider-home" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#slider-home" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="row box-home">{"".join(boxes)}</div>
<div class="row">
 <div class="col-md-6 box-lichct">
  <div class="tit-box"><a href="lich-cong-tac-tuan.html">Lịch công tác tuần</a></div>
  <p class="tuan-ht">Tuần 14 (từ 30/11/2026 đến 06/12/2026)</p>
  <table class="table table-condensed"><tbody>
   <tr><td>Thứ Hai 30/11</td><td>07h00: Chào cờ đầu tuần - Sơ kết thi đua tháng 11</td></tr>
   <tr><td>Thứ Tư 02/12</td><td>14h00: Họp Hội đồng sư phạm</td></tr>
   <tr><td>Thứ Sáu 04/12</td><td>08h00: Kiểm tra nội bộ Tổ Hóa học</td></tr>
  </tbody></table>
  <a href="lich-cong-tac-tuan.html" class="xem-tat-ca">Xem chi tiết <i class="fa fa-angle-double-right"></i></a>
  <p class="tkb-link"><a href="thoi-khoa-bieu.html" class="btn btn-warning btn-sm"><i class="fa fa-calendar"></i> Thời khóa biểu (áp dụng từ 07/12/2026)</a></p>
 </div>
 <div class="col-md-6 box-thuvien">
  <div class="tit-box"><a href="thu-vien-anh.html">Thư viện ảnh</a>
   <a class="xem-tat-ca pull-right" href="thu-vien-anh.html">Xem tất cả</a></div>
  <a href="thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html"><img src="upload/images/2026/album/khai-giang-bia.jpg" alt="" class="img-responsive" /></a>
  <p><a href="thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html">Lễ khai giảng năm học 2026 – 2027</a></p>
  <div class="tit-box"><a href="video/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-v2.html">Video clip</a></div>
  <a href="video/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-v2.html" class="video-thumb"><img src="upload/images/2026/video/v2.jpg" alt="" class="img-responsive" /><i class="fa fa-play-circle"></i></a>
 </div>
</div>"""
        title = f"{SCHOOL} - Thành phố Đà Nẵng"
        extra = (
            '<meta name="description" content="Cổng thông tin điện tử Trường THPT chuyên Lê Quý Đôn, '
            'thành phố Đà Nẵng" />'
        )
        return html(_layout(req, total, title, main, extra, home=True))

    def listing(self, req: Request, cat: int, page_arg: str, alias: bool) -> Response | None:
        if not page_arg.isdigit() or int(page_arg) < 1:
            return None
        page = int(page_arg)
        total, _ = self.counter.hit()
        rows = items_of(cat)
        pages = (len(rows) + PAGE_SIZE - 1) // PAGE_SIZE
        chunk = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        name = CATS[cat][1]

        def link(p: int) -> str:
            if alias:
                return rel(cat_path(cat, p))
            return f"index.php?mod=news&amp;cat={cat}" + (f"&amp;page={p}" if p > 1 else "")

        if chunk:
            listing = "".join(_item_html(r) for r in chunk)
        else:
            listing = '<p class="alert alert-info">Dữ liệu đang được cập nhật...</p>'
        pager = ""
        if pages > 1:
            lis = [f'<li class="disabled"><span>Trang {min(page, pages)}/{pages}</span></li>']
            if page > 1:
                lis.append(f'<li><a href="{link(1)}" title="Trang đầu">Đầu</a></li>')
                lis.append(f'<li><a href="{link(page - 1)}" title="Trang trước">&laquo;</a></li>')
            for p in range(1, pages + 1):
                if p == page:
                    lis.append(f'<li class="active"><a href="javascript:;">{p}</a></li>')
                else:
                    lis.append(f'<li><a href="{link(p)}">{p}</a></li>')
            if page < pages:
                lis.append(f'<li><a href="{link(page + 1)}" title="Trang sau">&raquo;</a></li>')
                lis.append(f'<li><a href="{link(pages)}" title="Trang cuối">Cuối</a></li>')
            pager = f'<div class="phantrang text-center"><ul class="pagination pagination-sm">{"".join(lis)}</ul></div>'
        main = f"""
{_crumbs((None, "Tin tức"), (None, esc(name)))}
<div class="box-danhmuc">
 <h2 class="tieu-de-box"><span>{esc(name)}</span></h2>
 {listing}
 {pager}
</div>"""
        title = f"{esc(name)}" + (f" - Trang {page}" if page > 1 else "") + f" | {SCHOOL}"
        canon = f'<link rel="canonical" href="{base_url(req)}{esc(cat_path(cat, page))}" />'
        return html(_layout(req, total, title, main, canon))

    def _related(self, story: Story) -> str:
        others = [r["story"] for r in items_of(int(story.cat)) if "story" in r and r["story"] is not story][:3]
        lis = []
        for o in others:
            path = art_path(o, o.opts.get("old_slug"))  # the related box caches the old alias
            lis.append(
                f'<li><i class="fa fa-angle-right"></i> <a href="{rel(path)}">{ttl(o)}</a> '
                f'<span class="ngay">({print_day(o)})</span></li>'
            )
        if not lis:
            return ""
        return f'<div class="tin-cungloai"><h3 class="tit-cl">Tin cùng loại</h3><ul>{"".join(lis)}</ul></div>'

    def _attachments(self, story: Story) -> str:
        files = story.opts.get("attach") or []
        if not files:
            return ""
        rows = "".join(
            f'<tr><td class="text-center">{n}</td><td><i class="fa fa-file-pdf-o text-danger"></i> '
            f'<a href="upload/files/{esc(f)}" target="_blank">{esc(label)}</a></td><td>{size}</td>'
            f'<td><a href="upload/files/{esc(f)}" class="btn btn-xs btn-success" download>'
            '<i class="fa fa-download"></i> Tải về</a></td></tr>'
            for n, (f, label, size) in enumerate(files, 1)
        )
        out = (
            '<div class="dinh-kem"><div class="tit-dk"><i class="fa fa-paperclip"></i> Tệp đính kèm</div>'
            '<table class="table table-bordered table-condensed"><thead><tr><th>STT</th><th>Tên tệp</th>'
            f"<th>Dung lượng</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>"
        )
        if story.opts.get("viewer"):
            out += (
                '<div class="xem-tep"><iframe src="https://docs.google.com/viewer?url='
                f'https%3A%2F%2Fc3lequydon.danang.edu.vn%2Fupload%2Ffiles%2F{story.opts["viewer"]}'
                '&amp;embedded=true" width="100%" height="600" frameborder="0"></iframe></div>'
            )
        return out

    def _sapo_html(self, story: Story) -> str:
        if story.summary and (story.sapo_outside or story.opts.get("sapo_twice")):
            return f'<div class="mota-ct"><strong>{_t(story, story.summary)}</strong></div>'
        return ""

    def article(self, req: Request, story: Story) -> Response:
        total, views = self.counter.hit(story.id)
        cat = int(story.cat)
        name = CATS[cat][1]
        title_html = ttl(story)
        short = story.title if len(story.title) <= 60 else story.title[:60].rstrip() + "..."
        updated = ""
        if story.opts.get("updated"):
            updated = f'<span class="capnhat"><i class="fa fa-refresh"></i> Cập nhật: {story.opts["updated"]}</span>'
        url = f"{base_url(req)}{art_path(story)}"
        tts = f"""
<div id="vs-tts-{story.id}" class="box-nghedoc">
 <span class="lbl-nd"><i class="fa fa-headphones"></i> Nghe đọc bài viết</span>
 <select class="chon-giong"><option value="hn_female">Giọng nữ miền Bắc</option><option value="hcm_male">Giọng nam miền Nam</option><option value="hue_female">Giọng nữ miền Trung</option></select>
 <audio controls preload="none" src="https://tts.vschool.vn/audio/c3lequydon/{story.id}.mp3"></audio>
 <span class="note-nd">Bài viết được đọc bởi công nghệ AI</span>
</div>"""
        share = f"""
<div class="share-ct">
 <div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div>
 <div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>"""
        main = f"""
{_crumbs((cat_path(cat), esc(name)), (None, esc(short)))}
<div class="box-chitiet">
 <h2 class="tieu-de-box"><span>{esc(name)}</span></h2>
 <h2 class="tde-chitiet">{title_html}</h2>
 <div class="tt-dang">
  <span class="ngaydang"><i class="fa fa-clock-o"></i> Ngày đăng: {story.opts["posted"]}</span>
  {updated}
  <span class="nguoidang"><i class="fa fa-user"></i> Người đăng: {esc(story.opts["account"])}</span>
  <span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {_num(views)}</span>
 </div>
 <div class="cong-cu-ct">
  <span>Cỡ chữ:</span> <a href="javascript:;" onclick="zoomText(-1)">A-</a> <a href="javascript:;" onclick="zoomText(0)">A</a> <a href="javascript:;" onclick="zoomText(1)">A+</a>
  | <a href="javascript:;" onclick="printNews({story.id})"><i class="fa fa-print"></i> In bài</a>
  | <a href="javascript:;" onclick="sendMail({story.id})"><i class="fa fa-envelope-o"></i> Gửi email</a>
 </div>
 {self._sapo_html(story)}
 <div class="nd-chitiet" id="noidung-ct">
{tts}
{render_blocks(story)}
{self._attachments(story)}
{share}
 </div>
 <div class="binh-luan"><h4 class="tit-bl">Ý kiến bạn đọc</h4>
  <div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div>
 {self._related(story)}
</div>"""
        plain = ttl(story)
        extra = (
            f'<meta name="description" content="{esc(desc_of(story))}" />\n'
            f'<link rel="canonical" href="{esc(url)}" />\n'
            f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{plain}" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n'
            f'<meta property="og:image" content="{base_url(req)}{thumb_of(story)}" />'
        )
        return html(_layout(req, total, f"{title_html} | {SCHOOL}", main, extra))

    def print_view(self, req: Request, story: Story) -> Response:
        self.counter.hit(story.id)
        title_html = ttl(story)
        page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{title_html}</title>
<base href="{base_url(req)}/" /><meta name="robots" content="noindex" />
<link rel="stylesheet" href="{TPL}/css/print.css" /></head>
<body onload="window.print()">
<div class="in-header"><img src="{TPL}/images/logo-lqd.png" alt="" /> <b>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</b></div>
<h2 class="in-tieude">{title_html}</h2>
<p class="in-ngay">Ngày đăng: {story.opts["posted"]}</p>
{self._sapo_html(story)}
<div class="in-noidung">
{render_blocks(story)}
</div>
<p class="in-url">Địa chỉ bài viết: {base_url(req)}{art_path(story)}</p>
<script src="{TPL}/js/jquery-1.11.3.min.js"></script><script src="{TPL}/js/jquery.lazyload.min.js"></script>
<script>$("img.lazy").each(function(){{ this.src = $(this).attr("data-original"); }});</script>
</body></html>"""
        return html(page)

    def _simple(self, req: Request, title: str, crumb: str, inner: str, box: str = "") -> Response:
        total, _ = self.counter.hit()
        main = f"""
{_crumbs((None, crumb))}
<div class="box-trang">
 <h2 class="tieu-de-box"><span>{box or crumb}</span></h2>
 {inner}
</div>"""
        return html(_layout(req, total, f"{title} | {SCHOOL}", main))

    def intro_history(self, req: Request) -> Response:
        inner = """
<h2 class="tde-chitiet">Lịch sử phát triển</h2>
<div class="nd-trang">
<p>Trường THPT chuyên Lê Quý Đôn Đà Nẵng được thành lập năm 1986 trên cơ sở lớp chuyên của Trường THPT Phan Châu Trinh, là trường chuyên duy nhất của thành phố.</p>
<p>Trải qua 40 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của ngành giáo dục thành phố, có học sinh đạt giải trong các kỳ thi Olympic quốc tế và khu vực.</p>
<p>Năm học 2026 – 2027, nhà trường có 36 lớp với hơn 1.100 học sinh, 118 cán bộ, giáo viên, nhân viên.</p>
</div>"""
        return self._simple(req, "Lịch sử phát triển", "Giới thiệu", inner)

    def intro_staff(self, req: Request) -> Response:
        inner = """
<h2 class="tde-chitiet">Cơ cấu tổ chức</h2>
<div class="nd-trang">
<table class="table table-bordered"><tbody>
<tr><td><strong>Hiệu trưởng</strong></td><td>Thầy Trần Đình Khải</td></tr>
<tr><td><strong>Phó Hiệu trưởng</strong></td><td>Thầy Nguyễn Hữu Phước</td></tr>
<tr><td><strong>Phó Hiệu trưởng</strong></td><td>Cô Lê Thị Minh Nguyệt</td></tr>
<tr><td><strong>Bí thư Đoàn trường</strong></td><td>Em Nguyễn Hoàng Bảo Ngọc</td></tr>
</tbody></table>
<p>Nhà trường có 9 tổ chuyên môn: Toán, Tin học, Vật lí - Công nghệ, Hóa học, Sinh học, Ngữ văn, Lịch sử - Địa lí, Ngoại ngữ, Thể dục - Quốc phòng và Tổ Văn phòng.</p>
</div>"""
        return self._simple(req, "Cơ cấu tổ chức", "Giới thiệu", inner)

    def contact(self, req: Request) -> Response:
        inner = """
<div class="row"><div class="col-md-6">
<p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></p>
<p><i class="fa fa-map-marker"></i> Số 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>
<p><i class="fa fa-phone"></i> (0236) 3 941 567</p>
<p><i class="fa fa-envelope"></i> thptchuyenlqd@danang.edu.vn</p>
</div><div class="col-md-6">
<form method="post" action="index.php?mod=contact&amp;act=send" class="frm-lienhe">
<input type="text" name="hoten" class="form-control" placeholder="Họ và tên (*)" />
<input type="text" name="email" class="form-control" placeholder="Email (*)" />
<textarea name="noidung" class="form-control" rows="5" placeholder="Nội dung liên hệ"></textarea>
<input type="text" name="captcha" class="form-control" placeholder="Mã bảo vệ" /> <img src="templates/lqd2019/images/captcha.png" alt="" />
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form></div></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3833.8!2d108.2367!3d16.0651" width="100%" height="320" frameborder="0"></iframe>"""
        return self._simple(req, "Liên hệ", "Liên hệ", inner)

    def calendar(self, req: Request) -> Response | None:
        params = req.params
        if set(params) - {"tuan"}:
            return None
        week = params.get("tuan", "49")
        if not week.isdigit() or int(week) not in WEEKS:
            return None
        n = int(week)
        start, end, rows = WEEKS[n]
        trs = "".join(f"<tr>{''.join(f'<td>{esc(c)}</td>' for c in row)}</tr>" for row in rows)
        nav = []
        if n - 1 in WEEKS:
            nav.append(f'<a href="lich-cong-tac-tuan.html?tuan={n - 1}" class="btn btn-default btn-sm">&laquo; Tuần trước</a>')
        if n + 1 in WEEKS:
            nav.append(f'<a href="lich-cong-tac-tuan.html?tuan={n + 1}" class="btn btn-default btn-sm">Tuần sau &raquo;</a>')
        inner = f"""
<p class="tuan-ht text-center"><strong>LỊCH CÔNG TÁC TUẦN {n - 35} (Từ ngày {start} đến ngày {end})</strong></p>
<table class="table table-bordered table-lichct"><thead><tr><th>Thứ, ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead>
<tbody>{trs}</tbody></table>
<div class="text-center">{" ".join(nav)}</div>"""
        return self._simple(req, "Lịch công tác tuần", "Lịch công tác tuần", inner)

    def timetable(self, req: Request) -> Response:
        inner = """
<p>Thời khóa biểu số 5, học kỳ I năm học 2026 – 2027, áp dụng từ ngày 07/12/2026.</p>
<table class="table table-bordered"><tbody>
<tr><td>Thời khóa biểu buổi sáng (khối 10, 11, 12)</td><td><a href="upload/files/tkb-so-5-hk1-2026-2027-sang.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> Xem / Tải về</a></td></tr>
<tr><td>Thời khóa biểu buổi chiều (dạy thêm, bồi dưỡng)</td><td><a href="upload/files/tkb-so-5-hk1-2026-2027-chieu.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> Xem / Tải về</a></td></tr>
</tbody></table>"""
        return self._simple(req, "Thời khóa biểu", "Thời khóa biểu", inner)

    def albums(self, req: Request) -> Response:
        inner = """
<div class="row ds-album">
<div class="col-sm-6"><a href="thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html"><img src="upload/images/2026/album/khai-giang-bia.jpg" alt="" class="img-responsive" /></a>
<h4><a href="thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-a3.html">Lễ khai giảng năm học 2026 – 2027</a></h4><span>(12 ảnh)</span></div>
</div>"""
        return self._simple(req, "Thư viện ảnh", "Thư viện ảnh", inner)

    def album(self, req: Request) -> Response:
        pics = "".join(
            f'<div class="col-xs-6 col-sm-4"><a href="upload/images/2026/album/khai-giang-{n:02d}.jpg" '
            f'data-fancybox="album3"><img src="upload/images/2026/album/thumbs/khai-giang-{n:02d}.jpg" '
            'alt="" class="img-responsive" /></a></div>'
            for n in range(1, 7)
        )
        inner = f"""
<h2 class="tde-chitiet">Lễ khai giảng năm học 2026 – 2027</h2>
<p class="ngay-album">Ngày tạo: 05/09/2026</p>
<div class="row album-anh">{pics}</div>"""
        return self._simple(req, "Lễ khai giảng năm học 2026 – 2027", "Thư viện ảnh", inner)

    def video(self, req: Request) -> Response:
        inner = """
<h2 class="tde-chitiet">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h2>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xq3v7LQd2026" allowfullscreen></iframe></div>
<p>Video: Chương trình văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026.</p>"""
        return self._simple(req, "Video clip", "Video clip", inner)

    def search(self, req: Request, keyword: str) -> Response:
        kw = keyword.strip().lower()
        if not kw:
            inner = '<p class="alert alert-warning">Vui lòng nhập từ khóa tìm kiếm.</p>'
        else:
            found = [s for s in STORIES if kw in s.title.lower()]
            inner = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa <b>{esc(keyword)}</b></p>" + "".join(
                f'<p><a href="{rel(art_path(s))}">{ttl(s)}</a> ({print_day(s)})</p>' for s in found
            )
        return self._simple(req, "Tìm kiếm", "Tìm kiếm", inner)

    def poll(self, req: Request) -> Response:
        return self._simple(req, "Thăm dò ý kiến", "Thăm dò ý kiến",
                            '<p class="alert alert-success">Cảm ơn bạn đã tham gia bình chọn!</p>')


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(art_path(story, story.opts["old_slug"]))
    alts.append(f"/index.php?mod=news&act=detail&id={story.id}")
    alts.append(f"/index.php?mod=news&act=print&id={story.id}")
    return gold_record(story, art_path(story), CATS[int(story.cat)][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
