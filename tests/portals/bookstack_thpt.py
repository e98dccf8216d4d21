"""BookStack 23.x used as the news site of an upper-secondary school (Trường THPT Trần Cao Vân).

Platform
--------
BookStack 23.12 (Laravel), Vietnamese locale, public (guest) viewing on, a theme override
(``themes/tcv``) that adds the school's top bar (today's date, hotline, a scrolling notice), a
drop-down menu bar, sidebar widgets (links, visitor counter, poll) and a footer. Everything else is
stock BookStack markup: the tri-layout (right and left sidebars printed *before* the main column),
``entity-list-item`` lists, ``entity-meta`` boxes, tag chips, sibling navigation, comments, ids
``bkmrk-…`` on every block of a page's HTML, absolute links (``url()`` helper) everywhere.

URL scheme
----------
- ``/``                                  home = a BookStack page chosen as "application homepage"
- ``/shelves``, ``/shelves/<slug>``       shelves (3) and the books on each
- ``/books``, ``/books?page=2``           all books, 18 a page, sorted by name (19 books)
- ``/books/<book>``                       a book's contents (chapters with their pages, pages)
- ``/books/<book>/chapter/<chapter>``     a chapter's pages
- ``/books/<book>/page/<page>``           a page = one news item (any query string is ignored)
- ``/books/<book>/page/<old-slug>``       301 to the page's current slug (slug history)
- ``/pages/recently-updated[?page=N]``    every page by update time, 20 a page
- ``/search?term=…[&page=N]``             search; tag chips link ``/search?term=[Năm học=…]``
- ``/user/<slug>``                        a user's profile (recent pages created)
- ``/attachments/<id>``                   an attached file (PDF)
- ``/login``                              the sign-in form
- ``/uploads/images/…``, ``/dist/…``, ``/theme/…``   images, styles, scripts

Templates
---------
home (page display + "Trang đã được cập nhật gần đây" + "Hoạt động gần đây"), shelf list, shelf,
book list, book, chapter, page, recently-updated list, search results, user profile, login.
A page prints: breadcrumbs "Sách > Book > Chapter > Page", ``<main class="content-wrap card">``
holding ``<div class="page-content">`` with the ``<h1 id="bkmrk-page-title">`` and the HTML the
editor saved; under it the sibling navigation ("Trước" / "Tiếp") and the comments. The left
sidebar holds the tag chips, the attachments, "Điều hướng trang" (the page's headings) and
"Điều hướng sách" (the whole book tree); the right one "Chi tiết" (``entity-meta``: "Được tạo
<span title='Thu, Dec 3, 2026 2:30 PM'>2 ngày trước</span> bởi X", "Được cập nhật … bởi Y",
"Phiên bản #N") and the theme's widgets.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (shelf "Tin tức - Thông báo", menu "Tin tức"): A5 directly in the book;
  chapter "Hoạt động dạy và học": A3, A2; chapter "Phong trào - Ngoại khóa": A1, A4
  (A1 also from the home page's "Tin nổi bật").
- Thông báo (shelf, menu): A7, A6 (A6 also from the top bar's scrolling notice).
- Đoàn Thanh niên (shelf, menu): A10, A11 (A11 has a copy in "Tin tức - Sự kiện").
- Tổ chuyên môn (shelf "Chuyên môn", menu): chapter "Tổ Ngữ văn": A8; chapter "Tổ Toán - Tin": A9.
- Y tế học đường: on no shelf and in no menu; the book is the 19th of ``/books`` (only on
  ``/books?page=2``) and its two pages are the two oldest updated (only on
  ``/pages/recently-updated?page=2``): A13, A12.

Traps
-----
1. Discovery through page 2 only: the unshelved book "Y tế học đường" is listed only on
   ``/books?page=2`` (Laravel pager, absolute ``?page=2`` links, a "‹"/"›" pair), and its pages
   only on ``/pages/recently-updated?page=2``; no menu, shelf, tag or profile links them.
   Gold: A12 and A13 are articles of category "Y tế học đường".
2. The home page is a BookStack page ("Chào mừng …", also served at its own URL in the book
   "Giới thiệu") that transcludes the whole of A1 (``{{@112}}``): the home and that page print
   A1's full text and photos under another heading. Gold: neither is an article (the homepage
   page is in NON_ARTICLES); A1 is read at its own URL only.
3. Dates live only in the meta box as relative times ("2 ngày trước"), the exact time in the
   span's ``title`` in English ("Thu, Dec 3, 2026 2:30 PM", Carbon's toDayDateTimeString);
   "Được tạo" is the publication, "Được cập nhật" (later) is not; the header prints today.
   Gold: published_at = the "Được tạo" title's time with +07:00. A9 was imported through the
   API at "12:00 AM": midnight, so the day alone ("2026-11-13").
4. The meta box names the CMS account that made the page ("Được tạo … bởi Phạm Thị Thu Hà",
   "Quản trị viên", "Lê Minh Quân"): an uploader, never the author. Gold: authors come from
   the byline in the text only ("Tin, ảnh: X", "Tin: X - Ảnh: Y (12A3)", a right-aligned
   "ThS. X - Phó Hiệu trưởng", a unit signing alone "Tổ Toán - Tin", "BCH Đoàn trường",
   "Văn phòng nhà trường", "Thư viện nhà trường"); "BBT" is nobody.
5. A6 is an official notice pasted as a document: letterhead table, "Số: 215/TB-THPTTCV",
   "Đà Nẵng, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer in
   a closing table, created in BookStack on 01/12 at 7:40. Gold: published_at "2026-11-30",
   author the signer "Trần Thị Kim Oanh"; letterhead, kind/subject lines and closing not body.
6. Duplicates: A11 was copied (BookStack "Sao chép") into the book "Tin tức - Sự kiện" two days
   later (same title and HTML, its own "Được tạo" date and creator); the home links A1 with a
   ``?fbclid=…`` it was copied from Facebook with (Laravel ignores the query); A5's "Xem thêm"
   links A3 under its slug before a title fix (301 to the current slug). Gold: one record each;
   the copy and the fbclid URL are ``alt_paths``; A11's date and category are the original's.
7. Chrome that looks like content: tag chips, "Điều hướng trang" repeating the page's headings,
   "Điều hướng sách" and the book/chapter lists with text excerpts of every page, the sibling
   navigation "Trước"/"Tiếp" with titles, comments ("2 Bình luận") with dates, the scrolling
   notice with A6's title, "Xem thêm:" lines. Gold: none of it is body.
8. Content markup: BookStack callouts (``<p class="callout success">``) and a collapsed
   ``<details>`` block holding a table are the editor's text (body: the summary line and the
   table's rows); a layout table holding two photos and their caption cells is no text (its
   cells are captions); Word paste in A8 (``MsoListParagraph`` with ``mso-list:Ignore`` markers,
   a bare ``<sup>`` note call, a bracket call "[2]", the "Chú thích" notes); a ``<br>`` split;
   empty ``<p id="bkmrk-">&nbsp;</p>`` spacers.
9. Images: the editor wraps each scaled image (``/uploads/images/gallery/2026-11/scaled-1680-/
   x.jpg``) in a link to the original (same path without ``scaled-1680-/``); ``alt`` is the file
   name (Zalo/phone names), never a caption; captions are printed as a centred italic line, a
   ``<figcaption>``, a line after ``<br>`` in the same paragraph, in parentheses, or in a table
   cell; "Ảnh: Phạm Thị Thu Hà" only credits. Gold: images by the ``<img src>`` (scaled path),
   captions as printed without enclosing parentheses, None for no line / credit only.
10. Encoding: A9 was typed with Unikey in "Unicode tổ hợp" (decomposed, NFD) title and text.
    Gold: NFC.

Gold decisions on ambiguous points
----------------------------------
- category: the innermost container the breadcrumb prints: the chapter's name when the page is
  in a chapter, else the book's name (shelves are not in the breadcrumb of a guest's page).
- published_at: the "Được tạo" time of the page (tooltip), never "Được cập nhật", comment
  times or the header; for A6 the letterhead's day. The copy of A11 does not give A11's date.
- summary: only A1 and A11 print a bold lead paragraph "(TCV) - …"; every other page has none
  (the og:description excerpt is no sapo).
- The ``<details>`` summary line is a paragraph of the body (the editor's heading of the block);
  the caption cells of A4's layout table are captions, not table rows.
- A8: the notes under "Chú thích" are body; the bare superscript "1" call is dropped from its
  sentence, the bracket call "[2]" stays as printed.
- A10's "- " items were typed by the editor: kept.
- A12: "CN. Nguyễn Thị Lan - Nhân viên y tế trường học" -> "Nguyễn Thị Lan".
- A13: the closing "Theo Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng" is the source; its first
  sentence "Theo thống kê của …" is text.
- Photographers: only from "Tin, ảnh: X" / "Ảnh: Y" in a byline (A1, A4, A11); A1's third photo
  line "Ảnh: Phạm Thị Thu Hà" gives no caption.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote_plus

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

NAME = "bookstack_thpt"
PLATFORM = "BookStack 23.x"
START_PATH = "/"

TZ = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 9, 30, tzinfo=TZ)
HEADER_DATE = "Thứ Bảy, 05/12/2026"
APP_NAME = "THPT Trần Cao Vân"
VERSION = "v23.12.2"
PER_PAGE_BOOKS = 18
PER_PAGE_UPDATED = 20


# --- people and containers ------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    slug: str
    name: str
    avatar: str
    since: datetime


USERS = {
    u.slug: u
    for u in (
        User("quan-tri-vien", "Quản trị viên", "/uploads/images/user/2023-08/thumbs-50-50/logo-tcv.png",
             datetime(2023, 8, 14, 10, 2, tzinfo=TZ)),
        User("pham-thi-thu-ha", "Phạm Thị Thu Hà", "/uploads/images/user/2024-09/thumbs-50-50/thuha.jpg",
             datetime(2024, 9, 3, 15, 40, tzinfo=TZ)),
        User("le-minh-quan", "Lê Minh Quân", "/uploads/images/user/2025-02/thumbs-50-50/quan-doan.jpg",
             datetime(2025, 2, 20, 8, 11, tzinfo=TZ)),
    )
}


@dataclass
class Book:
    slug: str
    name: str
    desc: str
    cover: str | None = None
    created: datetime = datetime(2024, 8, 20, 9, 0, tzinfo=TZ)
    tags: tuple[tuple[str, str], ...] = ()


@dataclass
class Chapter:
    book: str
    slug: str
    name: str
    desc: str


@dataclass
class Page:
    id: int
    book: str
    chapter: str | None
    slug: str
    story: Story
    created: datetime
    updated: datetime
    creator: str | None
    updater: str | None
    revisions: int = 1
    tags: tuple[tuple[str, str], ...] = ()
    attachments: tuple[tuple[int, str], ...] = ()
    comments: tuple[tuple[str, datetime, str], ...] = ()
    old_slugs: tuple[str, ...] = ()
    #: markup printed before / after the blocks (letterheads, closings)
    head_html: str = ""
    tail_html: str = ""
    article: bool = True

    @property
    def path(self) -> str:
        return f"/books/{self.book}/page/{self.slug}"


BOOKS: dict[str, Book] = {}
for _b in (
    Book("ban-dai-dien-cha-me-hoc-sinh", "Ban đại diện Cha mẹ học sinh",
         "Hoạt động của Ban đại diện Cha mẹ học sinh nhà trường."),
    Book("cau-lac-bo-tieng-anh", "Câu lạc bộ Tiếng Anh", "TCV English Club - sinh hoạt chiều thứ Sáu hằng tuần."),
    Book("cong-doan", "Công đoàn", "Công đoàn cơ sở Trường THPT Trần Cao Vân."),
    Book("doan-thanh-nien", "Đoàn Thanh niên",
         "Tin hoạt động của Đoàn TNCS Hồ Chí Minh Trường THPT Trần Cao Vân.",
         "/uploads/images/cover_book/2024-09/thumbs-440-250/doan-tn.jpg"),
    Book("gioi-thieu", "Giới thiệu", "Giới thiệu chung về nhà trường.",
         "/uploads/images/cover_book/2023-08/thumbs-440-250/cong-truong.jpg",
         datetime(2023, 8, 14, 10, 30, tzinfo=TZ)),
    Book("ke-hoach-giao-duc", "Kế hoạch giáo dục", "Kế hoạch giáo dục của nhà trường và các tổ chuyên môn."),
    Book("lich-cong-tac", "Lịch công tác", "Lịch công tác tuần của Ban Giám hiệu."),
    Book("ngan-hang-de-kiem-tra", "Ngân hàng đề kiểm tra", "Đề kiểm tra các môn (dành cho giáo viên)."),
    Book("thong-bao", "Thông báo", "Thông báo của nhà trường gửi giáo viên, học sinh và cha mẹ học sinh.",
         "/uploads/images/cover_book/2024-08/thumbs-440-250/thong-bao.png"),
    Book("thu-vien-anh-video", "Thư viện ảnh - Video", "Hình ảnh, video hoạt động của nhà trường.",
         "/uploads/images/cover_book/2024-09/thumbs-440-250/album.jpg"),
    Book("thu-vien-dien-tu", "Thư viện điện tử", "Sách, tài liệu tham khảo dạng số."),
    Book("tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức, sự kiện năm học 2026 - 2027.",
         "/uploads/images/cover_book/2026-08/thumbs-440-250/tin-tuc.jpg",
         datetime(2026, 8, 25, 14, 0, tzinfo=TZ), (("Năm học", "2026-2027"),)),
    Book("to-chuyen-mon", "Tổ chuyên môn", "Hoạt động của các tổ chuyên môn.",
         "/uploads/images/cover_book/2024-08/thumbs-440-250/to-cm.jpg"),
    Book("to-van-phong", "Tổ Văn phòng", "Tổ Văn phòng - Kế toán - Thiết bị - Thư viện."),
    Book("tu-van-tam-ly-hoc-duong", "Tư vấn tâm lý học đường", "Góc tư vấn tâm lý cho học sinh."),
    Book("tuyen-sinh-lop-10", "Tuyển sinh lớp 10", "Thông tin tuyển sinh vào lớp 10."),
    Book("van-ban-bieu-mau", "Văn bản - Biểu mẫu", "Văn bản chỉ đạo, điều hành và biểu mẫu.",
         "/uploads/images/cover_book/2024-08/thumbs-440-250/van-ban.png"),
    Book("van-nghe-the-thao", "Văn nghệ - Thể thao", "Phong trào văn nghệ, thể dục thể thao."),
    Book("y-te-hoc-duong", "Y tế học đường", "Công tác y tế, chăm sóc sức khỏe học sinh.",
         created=datetime(2025, 9, 30, 16, 20, tzinfo=TZ)),
):
    BOOKS[_b.slug] = _b
BOOK_ORDER = list(BOOKS)  # already sorted as utf8mb4_unicode_ci sorts the names

SHELVES = {
    "tin-tuc-thong-bao": ("Tin tức - Thông báo", "Tin tức, sự kiện và thông báo của nhà trường.",
                          ["tin-tuc-su-kien", "thong-bao", "doan-thanh-nien"]),
    "nha-truong": ("Nhà trường", "Giới thiệu, lịch công tác, văn bản và thư viện ảnh.",
                   ["gioi-thieu", "lich-cong-tac", "van-ban-bieu-mau", "thu-vien-anh-video"]),
    "chuyen-mon": ("Chuyên môn", "Tổ chuyên môn, kế hoạch giáo dục và học liệu.",
                   ["to-chuyen-mon", "ke-hoach-giao-duc", "ngan-hang-de-kiem-tra", "thu-vien-dien-tu"]),
}

CHAPTERS = {
    (c.book, c.slug): c
    for c in (
        Chapter("tin-tuc-su-kien", "hoat-dong-day-va-hoc", "Hoạt động dạy và học",
                "Tin về hoạt động dạy học, kiểm tra, thi cử."),
        Chapter("tin-tuc-su-kien", "phong-trao-ngoai-khoa", "Phong trào - Ngoại khóa",
                "Phong trào thi đua, hoạt động ngoại khóa, trải nghiệm."),
        Chapter("to-chuyen-mon", "to-ngu-van", "Tổ Ngữ văn", "Sinh hoạt chuyên môn tổ Ngữ văn."),
        Chapter("to-chuyen-mon", "to-toan-tin", "Tổ Toán - Tin", "Sinh hoạt chuyên môn tổ Toán - Tin."),
    )
}


def _d(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def _img(month: str, name: str, printed: str | None = None, caption: str | None = None,
         style: str = "em") -> Img:
    return Img(f"/uploads/images/gallery/{month}/scaled-1680-/{name}", printed, caption, style)


def _right(inner: str, tag: str = "p") -> Raw:
    return Raw(f'<{tag} style="text-align: right;">{inner}</{tag}>')


YEAR_TAG = (("Năm học", "2026-2027"),)

# --- the articles ---------------------------------------------------------------------------

A1 = Story(
    112, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "Phong trào - Ngoại khóa", "2026-11-20T10:45:00+07:00",
    [
        P("(TCV) - Sáng ngày 20/11/2026, Trường THPT Trần Cao Vân long trọng tổ chức Lễ kỷ niệm 44 năm "
          "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, "
          "UBND phường Bàn Thạch, Ban đại diện Cha mẹ học sinh cùng đông đảo thầy cô giáo nghỉ hưu và các "
          "thế hệ học sinh của trường.", "lead"),
        _img("2026-11", "IMG_20261120_075512.jpg", "Tiết mục văn nghệ chào mừng của học sinh lớp 11A1",
             "Tiết mục văn nghệ chào mừng của học sinh lớp 11A1"),
        P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do các chi đoàn dàn dựng, thể hiện lòng "
          "biết ơn sâu sắc của các em học sinh đối với thầy cô giáo. Tiết mục múa “Người thầy” của chi "
          "đoàn 11A1 và hợp ca “Bụi phấn” của chi đoàn 12A5 đã để lại nhiều cảm xúc cho người xem."),
        P("Phát biểu tại buổi lễ, thầy Nguyễn Văn Bình - Hiệu trưởng nhà trường đã ôn lại lịch sử, ý "
          "nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của tập thể sư phạm nhà "
          "trường trong năm học 2025 - 2026: tỷ lệ tốt nghiệp THPT đạt 99,6%; 42 giải học sinh giỏi cấp "
          "thành phố; 03 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố."),
        _img("2026-11", "IMG_20261120_081947.jpg",
             "Thầy Nguyễn Văn Bình - Hiệu trưởng nhà trường phát biểu tại buổi lễ",
             "Thầy Nguyễn Văn Bình - Hiệu trưởng nhà trường phát biểu tại buổi lễ", "figure"),
        P("Vinh danh tập thể, cá nhân tiêu biểu", "h3"),
        P("Nhân dịp này, nhà trường đã trao Giấy khen cho các tập thể và cá nhân có thành tích xuất sắc "
          "trong phong trào thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11, cụ thể:"),
        P("Tập thể Lao động tiên tiến: 06 tổ chuyên môn;", "ul"),
        P("Chiến sĩ thi đua cơ sở: 05 cá nhân;", "ul"),
        P("Giáo viên có tiết thao giảng đạt loại Tốt: 18 thầy cô.", "ul"),
        P("Thay mặt các thế hệ học sinh, em Trần Ngọc Bảo Châu - lớp 12A1 bày tỏ lòng biết ơn đối với "
          "sự tận tụy của quý thầy cô và hứa sẽ tiếp tục rèn luyện, học tập để xứng đáng với truyền "
          "thống của nhà trường."),
        _img("2026-11", "IMG_20261120_090233.jpg", "Ảnh: Phạm Thị Thu Hà", None),
        P("Buổi lễ khép lại trong không khí ấm áp, trang trọng, để lại nhiều ấn tượng tốt đẹp trong "
          "lòng các thầy cô giáo và học sinh toàn trường."),
        Raw('<p id="bkmrk-">&nbsp;</p>'),
        _right("<strong>Tin, ảnh: Phạm Thị Thu Hà</strong>"),
    ],
    authors=["Phạm Thị Thu Hà"], photographers=["Phạm Thị Thu Hà"],
    summary="(TCV) - Sáng ngày 20/11/2026, Trường THPT Trần Cao Vân long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, "
            "UBND phường Bàn Thạch, Ban đại diện Cha mẹ học sinh cùng đông đảo thầy cô giáo nghỉ hưu và các "
            "thế hệ học sinh của trường.",
)

A2 = Story(
    97, "kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027-nghiem-tuc-dung-quy-che",
    "Kiểm tra giữa học kỳ I năm học 2026 - 2027: nghiêm túc, đúng quy chế",
    "Hoạt động dạy và học", "2026-10-30T15:20:00+07:00",
    [
        P("Từ ngày 26/10 đến ngày 30/10/2026, Trường THPT Trần Cao Vân tổ chức kiểm tra giữa học kỳ I "
          "năm học 2026 - 2027 cho 1.386 học sinh của 34 lớp thuộc ba khối 10, 11 và 12."),
        P("Theo kế hoạch của nhà trường, các môn Ngữ văn, Toán, Tiếng Anh, Lịch sử kiểm tra tập trung theo "
          "đề chung của khối; các môn còn lại kiểm tra tại lớp theo lịch của tổ chuyên môn. Đề kiểm tra "
          "được xây dựng theo ma trận, bản đặc tả đã được tổ chuyên môn thống nhất, kết hợp câu hỏi trắc "
          "nghiệm nhiều lựa chọn, trắc nghiệm đúng - sai và trả lời ngắn theo định hướng đề thi tốt "
          "nghiệp THPT từ năm 2025."),
        P("Lịch kiểm tra tập trung", "h4"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("Thứ Hai, 26/10/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("Thứ Ba, 27/10/2026 | Sáng | Toán | 90 phút", "tr"),
        P("Thứ Tư, 28/10/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("Thứ Năm, 29/10/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("Trong suốt thời gian kiểm tra, Ban Giám hiệu đã phân công cán bộ trực, giám sát chặt chẽ việc "
          "coi kiểm tra ở từng phòng. Các phòng kiểm tra được bố trí 24 học sinh, sắp xếp theo danh sách "
          "ngẫu nhiên, không theo lớp."),
        P("Kết quả kiểm tra sẽ được giáo viên bộ môn nhập vào hệ thống quản lý trường học trước ngày "
          "07/11/2026 để cha mẹ học sinh theo dõi qua ứng dụng."),
        _right("<strong><em>BBT</em></strong>"),
    ],
)

A3_TITLE = ("Trường THPT Trần Cao Vân đạt 27 giải tại Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố "
            "năm học 2026 - 2027")
A3 = Story(
    131, "truong-thpt-tran-cao-van-dat-27-giai-tai-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-thanh-pho-nam-hoc-2026-2027",
    A3_TITLE, "Hoạt động dạy và học", "2026-12-02T16:05:00+07:00",
    [
        P("Ngày 01/12/2026, Sở Giáo dục và Đào tạo thành phố Đà Nẵng công bố kết quả Kỳ thi chọn học sinh "
          "giỏi lớp 12 cấp thành phố năm học 2026 - 2027. Trường THPT Trần Cao Vân có 27 học sinh đạt giải, "
          "trong đó có 03 giải Nhất, 07 giải Nhì, 09 giải Ba và 08 giải Khuyến khích."),
        P("Kỳ thi được tổ chức trong hai ngày 21 và 22/11/2026 với 11 môn thi, thu hút hơn 2.100 thí sinh "
          "đến từ các trường THPT trên địa bàn thành phố. Đội tuyển của trường gồm 40 học sinh tham dự ở "
          "10 môn thi."),
        P("Với kết quả này, Trường THPT Trần Cao Vân tiếp tục xếp thứ nhất khối các trường THPT công lập "
          "khu vực phía Nam thành phố về số lượng giải.", "callout success"),
        P("Danh sách học sinh đạt giải Nhất", "summary"),
        P("TT | Họ và tên | Lớp | Môn thi | Giải", "th"),
        P("1 | Nguyễn Hoàng Minh Khoa | 12A1 | Toán | Nhất", "tr"),
        P("2 | Võ Thị Thanh Tâm | 12A5 | Ngữ văn | Nhất", "tr"),
        P("3 | Lê Đức Anh | 12A2 | Tin học | Nhất", "tr"),
        Raw("</details>"),
        _img("2026-12", "z6102938475612_4c1f0e.jpg",
             "Thầy Nguyễn Văn Long - Phó Hiệu trưởng chúc mừng đội tuyển học sinh giỏi của trường",
             "Thầy Nguyễn Văn Long - Phó Hiệu trưởng chúc mừng đội tuyển học sinh giỏi của trường", "br"),
        P("Để đạt được kết quả trên, ngay từ đầu năm học, nhà trường đã xây dựng kế hoạch bồi dưỡng học "
          "sinh giỏi, phân công giáo viên có kinh nghiệm phụ trách các đội tuyển, đồng thời phối hợp với "
          "cha mẹ học sinh tạo điều kiện tốt nhất cho các em ôn luyện."),
        P("Các học sinh đạt giải Nhất, Nhì sẽ được xem xét lựa chọn vào đội tuyển của thành phố tham dự "
          "Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027."),
        _right("<em>ThS. Nguyễn Văn Long - Phó Hiệu trưởng</em>"),
    ],
    authors=["Nguyễn Văn Long"],
)
A3_OLD_SLUG = ("truong-thpt-tran-cao-van-dat-26-giai-tai-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-thanh-pho-"
               "nam-hoc-2026-2027")

A4 = Story(
    121, "soi-noi-giai-bong-da-nam-hoc-sinh-khoi-10-nam-2026",
    "Sôi nổi Giải bóng đá nam học sinh khối 10 năm 2026",
    "Phong trào - Ngoại khóa", "2026-11-09T17:30:00+07:00",
    [
        P("Nhằm đẩy mạnh phong trào rèn luyện thân thể, tạo sân chơi lành mạnh cho học sinh, từ ngày 02/11 "
          "đến ngày 09/11/2026, Đoàn trường phối hợp với tổ Thể dục - GDQP&AN tổ chức Giải bóng đá nam học "
          "sinh khối 10 năm 2026."),
        P("Giải đấu có sự tham gia của 12 đội bóng đến từ 12 lớp khối 10, thi đấu theo thể thức chia bảng, "
          "chọn đội nhất, nhì mỗi bảng vào vòng bán kết. Các trận đấu diễn ra vào chiều thứ Ba, thứ Năm và "
          "thứ Bảy tại sân bóng đá mini của trường."),
        _img("2026-11", "IMG_20261109_161204.jpg", "Pha tranh bóng trong trận chung kết giữa 10A3 và 10A7",
             "Pha tranh bóng trong trận chung kết giữa 10A3 và 10A7", "cell"),
        _img("2026-11", "IMG_20261109_163318.jpg", "Cổ động viên lớp 10A7 cổ vũ đội nhà",
             "Cổ động viên lớp 10A7 cổ vũ đội nhà", "cell"),
        P("Trận chung kết diễn ra chiều ngày 09/11/2026 giữa hai đội 10A3 và 10A7. Sau hai hiệp thi đấu hấp "
          "dẫn, đội 10A7 giành chiến thắng với tỷ số 3 - 2 để lên ngôi vô địch. Giải Ba thuộc về đội 10A1 "
          "và 10A10."),
        P("Giải Vua phá lưới được trao cho em Nguyễn Thành Đạt (10A7) với 7 bàn thắng; giải Thủ môn xuất "
          "sắc thuộc về em Lê Văn Hiếu (10A3)."),
        _img("2026-11", "IMG_20261109_171540.jpg", None, None, "bare"),
        _right("<strong>Tin: Lê Minh Quân - Ảnh: Hoàng Gia Bảo (12A3)</strong>"),
    ],
    authors=["Lê Minh Quân"], photographers=["Hoàng Gia Bảo"],
)

A5 = Story(
    136, "chuc-mung-em-vo-thi-ngoc-anh-lop-11a1-dat-giai-nhat-cuoc-thi-dai-su-van-hoa-doc-thanh-pho-da-nang-nam-2026",
    "🎉 Chúc mừng em Võ Thị Ngọc Ánh (lớp 11A1) đạt giải Nhất Cuộc thi “Đại sứ Văn hóa đọc” thành phố "
    "Đà Nẵng năm 2026",
    "Tin tức - Sự kiện", "2026-12-04T20:10:00+07:00",
    [
        P("Tối ngày 03/12/2026, tại Nhà hát Trưng Vương, Sở Giáo dục và Đào tạo thành phố Đà Nẵng tổ chức "
          "Lễ tổng kết và trao giải Cuộc thi “Đại sứ Văn hóa đọc” năm 2026. Em Võ Thị Ngọc Ánh, học sinh lớp "
          "11A1 Trường THPT Trần Cao Vân xuất sắc giành giải Nhất bảng THPT 📚"),
        _img("2026-12", "z6104477120933_9ad2b1.jpg", "(Em Võ Thị Ngọc Ánh nhận giải Nhất từ Ban Tổ chức)",
             "Em Võ Thị Ngọc Ánh nhận giải Nhất từ Ban Tổ chức"),
        P("Bài dự thi của Ngọc Ánh là một bức thư gửi nhà văn Nguyễn Ngọc Tư, kể về hành trình em đến với "
          "tập truyện “Cánh đồng bất tận” và những suy nghĩ về tình thương, sự bao dung giữa con người với "
          "con người."),
        P("“Mỗi cuốn sách là một người bạn lặng lẽ. Em mong các bạn học sinh dành cho sách ít nhất 15 phút "
          "mỗi ngày” - Ngọc Ánh chia sẻ.", "quote"),
        P("Cuộc thi năm nay thu hút hơn 35.000 bài dự thi của học sinh các cấp trên địa bàn thành phố. "
          "Trường THPT Trần Cao Vân có 214 bài dự thi, 05 bài được chọn vào vòng chung khảo."),
        P("Nhà trường xin chúc mừng em Võ Thị Ngọc Ánh và cô giáo hướng dẫn Đặng Thị Thanh Thủy! 👏"),
        Raw("@@XEMTHEM_A3@@"),
        _right("<em>Thư viện nhà trường</em>"),
    ],
    authors=["Thư viện nhà trường"],
)

A6_LETTERHEAD = (
    '<table id="bkmrk-so-gddt-thanh-pho-da" style="border-collapse: collapse; width: 100%; border-width: 0px;" '
    'border="0"><colgroup><col style="width: 40%;"><col style="width: 60%;"></colgroup><tbody>'
    '<tr><td style="text-align: center; border-width: 0px;">SỞ GD&amp;ĐT THÀNH PHỐ ĐÀ NẴNG<br>'
    '<strong>TRƯỜNG THPT TRẦN CAO VÂN</strong><br>______________</td>'
    '<td style="text-align: center; border-width: 0px;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    '<strong>Độc lập - Tự do - Hạnh phúc</strong><br>_________________________</td></tr>'
    '<tr><td style="text-align: center; border-width: 0px;">Số: 215/TB-THPTTCV</td>'
    '<td style="text-align: right; border-width: 0px;"><em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p id="bkmrk-thong-bao" style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p id="bkmrk-ve-viec-to-chuc-on-t" style="text-align: center;"><strong>Về việc tổ chức ôn tập và kiểm '
    "tra cuối học kỳ I, năm học 2026 - 2027</strong></p>"
)
A6_CLOSING = (
    '<table id="bkmrk-noi-nhan-cac-to-cm-" style="border-collapse: collapse; width: 100%; border-width: 0px;" '
    'border="0"><tbody><tr>'
    '<td style="width: 50%; border-width: 0px; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Các tổ CM, GVCN;<br>- Đoàn trường;<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center; border-width: 0px; vertical-align: top;">'
    "<strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>"
    "<strong>Trần Thị Kim Oanh</strong></td></tr></tbody></table>"
)
A6 = Story(
    128, "thong-bao-ve-viec-to-chuc-on-tap-va-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo về việc tổ chức ôn tập và kiểm tra cuối học kỳ I, năm học 2026 - 2027",
    "Thông báo", "2026-11-30",
    [
        P("Căn cứ Kế hoạch số 145/KH-THPTTCV ngày 15/9/2026 của Trường THPT Trần Cao Vân về Kế hoạch giáo "
          "dục nhà trường năm học 2026 - 2027;", "i"),
        P("Căn cứ Công văn số 3125/SGDĐT-GDTrH ngày 20/11/2026 của Sở GD&ĐT thành phố Đà Nẵng về việc kiểm "
          "tra, đánh giá cuối học kỳ I năm học 2026 - 2027,", "i"),
        P("Trường THPT Trần Cao Vân thông báo kế hoạch ôn tập và kiểm tra cuối học kỳ I như sau:"),
        P("1. Thời gian ôn tập", "b"),
        P("Từ ngày 07/12/2026 đến ngày 19/12/2026, giáo viên bộ môn tổ chức ôn tập trong các tiết dạy theo "
          "thời khóa biểu, không tổ chức ôn tập ngoài giờ và không thu tiền của học sinh."),
        P("2. Thời gian kiểm tra", "b"),
        P("- Các môn kiểm tra tập trung (Ngữ văn, Toán, Tiếng Anh, Lịch sử): từ ngày 21/12/2026 đến ngày "
          "24/12/2026."),
        P("- Các môn còn lại: kiểm tra tại lớp trong tuần 16 (từ ngày 14/12/2026 đến ngày 19/12/2026)."),
        P("3. Tổ chức thực hiện", "b"),
        P("- Tổ trưởng chuyên môn chỉ đạo xây dựng đề cương ôn tập, nộp về Phó Hiệu trưởng phụ trách "
          "chuyên môn trước ngày 05/12/2026."),
        P("- Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; nhắc nhở học sinh thực hiện "
          "nghiêm túc quy chế kiểm tra."),
        P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và giáo viên bộ môn "
          "triển khai thực hiện nghiêm túc./."),
    ],
    authors=["Trần Thị Kim Oanh"],
)

A7 = Story(
    133, "thong-bao-lich-hop-cha-me-hoc-sinh-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch họp Cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027",
    "Thông báo", "2026-12-03T14:30:00+07:00",
    [
        P("Nhằm tăng cường phối hợp giữa nhà trường và gia đình trong công tác giáo dục học sinh, Trường "
          "THPT Trần Cao Vân thông báo lịch họp Cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("Thời gian: 14 giờ 00, Chủ nhật ngày 13/12/2026."),
        P("Địa điểm: Tại phòng học của các lớp (theo sơ đồ niêm yết tại cổng trường).", "br"),
        P("Nội dung cuộc họp", "h4"),
        P("Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "ul"),
        P("Triển khai lịch ôn tập, kiểm tra cuối học kỳ I;", "ul"),
        P("Trao đổi về công tác bảo đảm an toàn giao thông, phòng chống bạo lực học đường và tác hại của "
          "thuốc lá điện tử;", "ul"),
        P("Tiếp nhận ý kiến đóng góp của cha mẹ học sinh.", "ul"),
        P("Lưu ý: Cha mẹ học sinh đi xe máy vào trường vui lòng để xe tại khu vực nhà xe giáo viên phía "
          "đường Phan Bội Châu.", "callout warning"),
        P("Rất mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        _right("<em>Văn phòng nhà trường</em>"),
    ],
    authors=["Văn phòng nhà trường"],
)

A8 = Story(
    88, "sinh-hoat-chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-theo-huong-phat-trien-nang-luc-hoc-sinh",
    "Sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo hướng phát triển năng lực học sinh”",
    "Tổ Ngữ văn", "2026-10-22T09:00:00+07:00",
    [
        P("Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, chiều ngày 21/10/2026, tổ Ngữ văn "
          "Trường THPT Trần Cao Vân tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo "
          "hướng phát triển năng lực học sinh”. Tham dự buổi sinh hoạt có thầy Nguyễn Văn Long - Phó Hiệu "
          "trưởng và 14 giáo viên trong tổ.", "mso"),
        P("Chuyên đề được xây dựng trên cơ sở yêu cầu cần đạt của Chương trình giáo dục phổ thông môn Ngữ "
          "văn năm 2018, bám sát đặc điểm tâm lý, nhận thức của học sinh THPT và thực tiễn dạy học tại "
          "nhà trường.", "mso|sup=năm 2018:1"),
        P("Các thầy cô đã cùng thảo luận ba nội dung chính:", "mso"),
        P("Đặc trưng của văn bản nghị luận và yêu cầu đọc hiểu ở lớp 10, 11, 12;", "mso|li=1."),
        P("Quy trình tổ chức hoạt động đọc hiểu theo các bước: chuẩn bị đọc, trải nghiệm cùng văn bản, suy "
          "ngẫm và phản hồi;", "mso|li=2."),
        P("Thiết kế câu hỏi đọc hiểu theo ba mức độ: nhận biết, thông hiểu, vận dụng.", "mso|li=3."),
        _img("2026-10", "DSC_0412.JPG", "Cô Đặng Thị Thanh Thủy trình bày chuyên đề",
             "Cô Đặng Thị Thanh Thủy trình bày chuyên đề", "figure"),
        P("Tiết dạy minh họa bài “Tôi có một giấc mơ” (M. L. King) do cô Nguyễn Thị Diễm My thực hiện tại "
          "lớp 11A4 đã cụ thể hóa các nội dung của chuyên đề. Học sinh được làm việc nhóm, sử dụng phiếu "
          "học tập để phân tích luận đề, luận điểm và cách lập luận của tác giả.[2]", "mso"),
        P("Kết thúc buổi sinh hoạt, tổ Ngữ văn thống nhất vận dụng các nội dung của chuyên đề trong giảng "
          "dạy từ tháng 11/2026 và tiếp tục đúc kết kinh nghiệm vào cuối học kỳ I.", "mso"),
        P("Chú thích", "mso|b"),
        P("1. Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Chương trình giáo dục phổ thông.", "mso|note"),
        P("[2] Giáo án minh họa được lưu tại chương Tổ Ngữ văn của trang này.", "mso|note"),
        Raw('<p class="MsoNormal" style="text-align: right; line-height: 150%;"><b><i><span '
            "style=\"font-family: 'Times New Roman', serif; font-size: 13pt;\">ThS. Đặng Thị Thanh Thủy - "
            "Tổ trưởng tổ Ngữ văn</span></i></b><o:p></o:p></p>"),
    ],
    authors=["Đặng Thị Thanh Thủy"],
)

A9 = Story(
    117, "to-toan-tin-to-chuc-thao-giang-chao-mung-ngay-nha-giao-viet-nam-2011",
    "Tổ Toán - Tin tổ chức thao giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "Tổ Toán - Tin", "2026-11-13",
    [
        P("Hưởng ứng phong trào thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
          "20/11/2026), từ ngày 02/11 đến ngày 12/11/2026, tổ Toán - Tin tổ chức đợt thao giảng với 08 tiết "
          "dạy của các thầy cô trong tổ."),
        P("Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng lực người học; tăng cường "
          "ứng dụng công nghệ thông tin như phần mềm GeoGebra, Desmos, nền tảng Azota và các công cụ trí "
          "tuệ nhân tạo hỗ trợ học tập."),
        _img("2026-11", "thao-giang-12a2.jpg",
             "(Cô Lê Thị Hằng dạy tiết thao giảng chủ đề “Xác suất có điều kiện” tại lớp 12A2)",
             "Cô Lê Thị Hằng dạy tiết thao giảng chủ đề “Xác suất có điều kiện” tại lớp 12A2"),
        P("Sau mỗi tiết dạy, tổ chuyên môn tổ chức góp ý, rút kinh nghiệm theo tinh thần nghiên cứu bài "
          "học, tập trung phân tích hoạt động học của học sinh thay vì đánh giá giờ dạy của giáo viên."),
        _img("2026-11", "thao-giang-10a6.jpg", "(Học sinh lớp 10A6 sử dụng GeoGebra trong tiết học Tin học)",
             "Học sinh lớp 10A6 sử dụng GeoGebra trong tiết học Tin học"),
        P("Kết quả, có 06 tiết dạy xếp loại Tốt và 02 tiết dạy xếp loại Khá. Tổ đã chọn 02 tiết dạy tiêu "
          "biểu để tham gia thao giảng cấp trường."),
        _right("<strong>Tổ Toán - Tin</strong>"),
    ],
    authors=["Tổ Toán - Tin"], opts={"nfd": True},
)

A10 = Story(
    123, "doan-truong-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-nam-2026",
    "Đoàn trường phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026",
    "Đoàn Thanh niên", "2026-11-16T08:20:00+07:00",
    [
        P("Thực hiện Kế hoạch của Thành đoàn Đà Nẵng, sáng ngày 16/11/2026, trong giờ chào cờ đầu tuần, Ban "
          "Chấp hành Đoàn trường THPT Trần Cao Vân đã phát động Tháng hành động vì bình đẳng giới và phòng, "
          "chống bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày 15/12/2026) với chủ đề “Chung tay "
          "chấm dứt bạo lực trên cơ sở giới”."),
        P("Trong thời gian diễn ra Tháng hành động, Đoàn trường sẽ triển khai các hoạt động:"),
        P("- Tổ chức diễn đàn “Tiếng nói học sinh về bình đẳng giới” vào tiết sinh hoạt dưới cờ ngày "
          "30/11/2026;"),
        P("- Phát động cuộc thi sáng tác tranh cổ động, video ngắn về phòng, chống bạo lực học đường;"),
        P("- Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường và các khu vực sinh hoạt chung;"),
        P("- Lồng ghép nội dung bình đẳng giới trong các tiết sinh hoạt lớp, hoạt động trải nghiệm."),
        _img("2026-11", "z6031124459871_8b1f2e7d.jpg", None, None, "bare"),
        P("Đoàn trường kêu gọi mỗi đoàn viên, học sinh hãy là một tuyên truyền viên tích cực, nói không với "
          "bạo lực, tôn trọng sự khác biệt và chung tay xây dựng môi trường học đường an toàn, thân thiện."),
        _right("<strong>BCH Đoàn trường</strong>"),
    ],
    authors=["BCH Đoàn trường"],
)

A11 = Story(
    92, "ngay-hoi-hien-mau-tinh-nguyen-giot-hong-tran-cao-van-lan-thu-v-nam-2026",
    "Ngày hội Hiến máu tình nguyện “Giọt hồng Trần Cao Vân” lần thứ V năm 2026",
    "Đoàn Thanh niên", "2026-10-26T07:30:00+07:00",
    [
        P("(TCV) - Sáng ngày 25/10/2026, Đoàn trường THPT Trần Cao Vân phối hợp với Hội Chữ thập đỏ phường "
          "Bàn Thạch và Bệnh viện Đa khoa Trung ương Quảng Nam tổ chức Ngày hội Hiến máu tình nguyện “Giọt "
          "hồng Trần Cao Vân” lần thứ V năm 2026.", "lead"),
        P("Ngày hội thu hút gần 250 đoàn viên, giáo viên và cha mẹ học sinh đăng ký tham gia. Sau khi được "
          "khám sàng lọc, Ban Tổ chức đã tiếp nhận 186 đơn vị máu an toàn, vượt 24% so với chỉ tiêu đề ra."),
        _img("2026-10", "IMG_20261025_082310.jpg", "Đoàn viên lớp 12A4 tham gia hiến máu lần đầu",
             "Đoàn viên lớp 12A4 tham gia hiến máu lần đầu"),
        P("Đây là năm thứ năm liên tiếp Ngày hội được tổ chức, góp phần lan tỏa tinh thần tương thân tương "
          "ái, “Mỗi giọt máu cho đi - Một cuộc đời ở lại” trong đoàn viên, thanh niên nhà trường."),
        P("Dịp này, Ban Tổ chức đã tặng Giấy chứng nhận và quà lưu niệm cho các đoàn viên đủ 18 tuổi tham "
          "gia hiến máu từ lần thứ ba trở lên."),
        _right("<strong>Tin, ảnh: Trương Công Hậu</strong>"),
    ],
    authors=["Trương Công Hậu"], photographers=["Trương Công Hậu"],
    summary="(TCV) - Sáng ngày 25/10/2026, Đoàn trường THPT Trần Cao Vân phối hợp với Hội Chữ thập đỏ phường "
            "Bàn Thạch và Bệnh viện Đa khoa Trung ương Quảng Nam tổ chức Ngày hội Hiến máu tình nguyện “Giọt "
            "hồng Trần Cao Vân” lần thứ V năm 2026.",
)

A12 = Story(
    71, "kham-suc-khoe-dinh-ky-cho-hoc-sinh-nam-hoc-2026-2027",
    "Khám sức khỏe định kỳ cho học sinh năm học 2026 - 2027",
    "Y tế học đường", "2026-10-08T14:00:00+07:00",
    [
        P("Từ ngày 05/10 đến ngày 07/10/2026, Trường THPT Trần Cao Vân phối hợp với Trạm Y tế phường Bàn "
          "Thạch tổ chức khám sức khỏe định kỳ cho toàn bộ học sinh năm học 2026 - 2027."),
        P("Nội dung khám gồm: đo chiều cao, cân nặng, huyết áp; khám mắt, tai - mũi - họng, răng - hàm - "
          "mặt và sàng lọc các bệnh về cột sống. Kết quả khám được ghi vào sổ theo dõi sức khỏe học sinh và "
          "thông báo đến cha mẹ học sinh qua giáo viên chủ nhiệm."),
        P("Nội dung | Số học sinh | Tỷ lệ (%)", "th"),
        P("Cận thị | 412 | 29,7", "tr"),
        P("Cong vẹo cột sống | 57 | 4,1", "tr"),
        P("Sâu răng | 236 | 17,0", "tr"),
        P("Thừa cân, béo phì | 98 | 7,1", "tr"),
        P("Qua đợt khám, nhân viên y tế nhà trường khuyến cáo học sinh giữ đúng tư thế khi ngồi học, hạn "
          "chế sử dụng điện thoại, máy tính bảng trong thời gian dài và tăng cường vận động thể lực."),
        _right("<em>CN. Nguyễn Thị Lan - Nhân viên y tế trường học</em>"),
    ],
    authors=["Nguyễn Thị Lan"],
)

A13 = Story(
    79, "tang-cuong-phong-chong-dich-benh-sot-xuat-huyet-trong-truong-hoc",
    "Tăng cường phòng, chống dịch bệnh sốt xuất huyết trong trường học",
    "Y tế học đường", "2026-10-20T10:10:00+07:00",
    [
        P("Theo thống kê của Trung tâm Kiểm soát bệnh tật (CDC) thành phố Đà Nẵng, từ đầu năm 2026 đến nay, "
          "toàn thành phố ghi nhận hơn 1.800 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ năm trước; trong "
          "đó học sinh chiếm khoảng 30% số ca mắc."),
        P("Trước tình hình trên, Trường THPT Trần Cao Vân yêu cầu các bộ phận, giáo viên chủ nhiệm và học "
          "sinh thực hiện nghiêm các biện pháp phòng, chống dịch bệnh:"),
        P("Tổ chức tổng vệ sinh khuôn viên trường học vào sáng thứ Bảy hằng tuần; thu gom, xử lý các vật "
          "dụng chứa nước đọng;", "ol"),
        P("Thả cá bảy màu vào bể nước cảnh; đậy kín các dụng cụ chứa nước sinh hoạt;", "ol"),
        P("Tuyên truyền cho học sinh cách nhận biết dấu hiệu sốt xuất huyết và đến cơ sở y tế khi có biểu "
          "hiện sốt cao liên tục;", "ol"),
        P("Báo cáo kịp thời các trường hợp học sinh nghỉ học do sốt về bộ phận y tế trường học.", "ol"),
        _img("2026-10", "IMG_20261017_073051.jpg", "Học sinh lớp 11A3 tham gia dọn vệ sinh, diệt lăng quăng",
             "Học sinh lớp 11A3 tham gia dọn vệ sinh, diệt lăng quăng"),
        P("Sốt xuất huyết chưa có vắc-xin phòng bệnh đại trà và thuốc điều trị đặc hiệu, vì vậy biện pháp "
          "phòng bệnh hiệu quả nhất vẫn là diệt muỗi, diệt lăng quăng, phòng chống muỗi đốt."),
        Raw("@@XEMTHEM_A12@@"),
        _right("<em>Theo Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng</em>"),
    ],
    source="Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng",
)

# --- the pages that are not articles ---------------------------------------------------------

HOME_PAGE_ID = 3
N_HOME = Story(
    HOME_PAGE_ID, "chao-mung-den-voi-trang-thong-tin-dien-tu-truong-thpt-tran-cao-van",
    "Chào mừng đến với Trang thông tin điện tử Trường THPT Trần Cao Vân", "Giới thiệu", None,
    [
        P("Trường THPT Trần Cao Vân - ngôi trường giàu truyền thống hiếu học trên quê hương Tam Kỳ. Đây là "
          "nơi cập nhật tin tức, thông báo, văn bản và hoạt động của nhà trường dành cho thầy cô giáo, học "
          "sinh và cha mẹ học sinh."),
        Raw("@@FEATURED@@"),
        P("Các chuyên mục", "h3"),
        Raw("@@HOME_LINKS@@"),
    ],
)
N_HISTORY = Story(
    5, "lich-su-hinh-thanh-va-phat-trien", "Lịch sử hình thành và phát triển", "Giới thiệu", None,
    [
        P("Trường THPT Trần Cao Vân được thành lập năm 1977, tiền thân là Trường cấp III Tam Kỳ. Trải qua "
          "gần 50 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 40.000 học sinh, nhiều thế hệ học "
          "sinh đã trưởng thành, giữ các cương vị quan trọng trong các cơ quan, đơn vị."),
        P("Quá trình phát triển", "h3"),
        P("1977 - 1990: Trường cấp III Tam Kỳ với 12 lớp học, cơ sở vật chất còn nhiều khó khăn.", "ul"),
        P("1991 - 2010: Đổi tên thành Trường THPT Trần Cao Vân; được công nhận trường chuẩn quốc gia năm "
          "2008.", "ul"),
        P("2011 - nay: Quy mô 34 - 36 lớp; được tặng Huân chương Lao động hạng Nhì (2017).", "ul"),
        _img("2023-08", "cong-truong.jpg", "Cổng trường THPT Trần Cao Vân", "Cổng trường THPT Trần Cao Vân",
             "figure"),
    ],
)
N_CONTACT = Story(
    6, "lien-he", "Liên hệ", "Giới thiệu", None,
    [
        P("TRƯỜNG THPT TRẦN CAO VÂN", "b"),
        P("Địa chỉ: 12 Trần Cao Vân, phường Bàn Thạch, thành phố Đà Nẵng"),
        P("Điện thoại: 0235 3851 246 - Fax: 0235 3851 247"),
        P("Email: thpttrancaovan@danang.edu.vn"),
        Raw('<p id="bkmrk-iframe"><iframe style="border: 0;" src="https://www.google.com/maps/embed?pb=!1m18!1m12'
            '!1m3!1d3839.4!2d108.47!3d15.57" width="100%" height="380" allowfullscreen="allowfullscreen">'
            "</iframe></p>"),
    ],
)
N_KHGD = Story(
    41, "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "Kế hoạch số 145/KH-THPTTCV về Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
    "Văn bản - Biểu mẫu", None,
    [
        P("Số/Ký hiệu | 145/KH-THPTTCV", "tr"),
        P("Ngày ban hành | 15/09/2026", "tr"),
        P("Loại văn bản | Kế hoạch", "tr"),
        P("Cơ quan ban hành | Trường THPT Trần Cao Vân", "tr"),
        P("Người ký | Nguyễn Văn Bình", "tr"),
        P("Trích yếu | Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "tr"),
        P("Tệp đính kèm ở mục bên trái."),
    ],
)
N_QCCT = Story(
    44, "quy-che-chi-tieu-noi-bo-nam-2026",
    "Quyết định số 12/QĐ-THPTTCV ban hành Quy chế chi tiêu nội bộ năm 2026", "Văn bản - Biểu mẫu", None,
    [
        P("Số/Ký hiệu | 12/QĐ-THPTTCV", "tr"),
        P("Ngày ban hành | 10/01/2026", "tr"),
        P("Loại văn bản | Quyết định", "tr"),
        P("Người ký | Nguyễn Văn Bình", "tr"),
        P("Trích yếu | Ban hành Quy chế chi tiêu nội bộ năm 2026", "tr"),
    ],
)
N_ALBUM = Story(
    61, "album-anh-le-khai-giang-nam-hoc-2026-2027", "Album ảnh Lễ khai giảng năm học 2026 - 2027",
    "Thư viện ảnh - Video", None,
    [
        _img("2026-09", "khai-giang-01.jpg", None, None, "bare"),
        _img("2026-09", "khai-giang-02.jpg", None, None, "bare"),
        _img("2026-09", "khai-giang-03.jpg", None, None, "bare"),
        _img("2026-09", "khai-giang-04.jpg", None, None, "bare"),
        _img("2026-09", "khai-giang-05.jpg", None, None, "bare"),
        _img("2026-09", "khai-giang-06.jpg", None, None, "bare"),
    ],
)
N_VIDEO = Story(
    66, "video-van-nghe-chao-mung-ngay-nha-giao-viet-nam-2011",
    "Video: Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11", "Thư viện ảnh - Video", None,
    [
        Raw('<p id="bkmrk-"><iframe src="https://www.youtube.com/embed/q3LkD8nR0aA" width="560" height="314" '
            'allowfullscreen="allowfullscreen"></iframe></p>'),
        P("Tiết mục hợp ca “Bụi phấn” - Chi đoàn 12A5."),
    ],
)
N_CALENDAR = Story(
    140, "lich-cong-tac-tuan-14-tu-3011-den-06122026",
    "Lịch công tác tuần 14 (từ 30/11 đến 06/12/2026)", "Lịch công tác", None,
    [
        P("Thứ | Buổi | Nội dung công việc | Chủ trì", "th"),
        P("Thứ Hai 30/11 | Sáng | Chào cờ; diễn đàn bình đẳng giới | Đoàn trường", "tr"),
        P("Thứ Ba 01/12 | Chiều | Họp tổ chuyên môn | Tổ trưởng", "tr"),
        P("Thứ Năm 03/12 | Sáng | Dự giờ lớp 11A4 | P.HT Nguyễn Văn Long", "tr"),
        P("Thứ Bảy 05/12 | Sáng | Tổng vệ sinh trường lớp | GVCN", "tr"),
    ],
)

# --- pages: where each story lives ------------------------------------------------------------

PAGES: list[Page] = [
    # Tin tức - Sự kiện (book order = BookStack priority)
    Page(136, "tin-tuc-su-kien", None, A5.slug, A5, _d(2026, 12, 4, 20, 10), _d(2026, 12, 4, 21, 2),
         "pham-thi-thu-ha", "pham-thi-thu-ha", 2, YEAR_TAG,
         comments=(("le-minh-quan", _d(2026, 12, 4, 21, 40), "Chúc mừng Ngọc Ánh! Tự hào 11A1 💪"),)),
    Page(131, "tin-tuc-su-kien", "hoat-dong-day-va-hoc", A3.slug, A3, _d(2026, 12, 2, 16, 5),
         _d(2026, 12, 3, 9, 12), "le-minh-quan", "quan-tri-vien", 4, YEAR_TAG,
         comments=(("pham-thi-thu-ha", _d(2026, 12, 3, 7, 15),
                    "Chúc mừng các em và thầy cô bồi dưỡng đội tuyển!"),),
         old_slugs=(A3_OLD_SLUG,)),
    Page(97, "tin-tuc-su-kien", "hoat-dong-day-va-hoc", A2.slug, A2, _d(2026, 10, 30, 15, 20),
         _d(2026, 10, 30, 16, 2), "le-minh-quan", "le-minh-quan", 2, YEAR_TAG,
         attachments=((5, "Lich-kiem-tra-giua-ky-I-2026-2027.pdf"),)),
    Page(112, "tin-tuc-su-kien", "phong-trao-ngoai-khoa", A1.slug, A1, _d(2026, 11, 20, 10, 45),
         _d(2026, 11, 21, 8, 2), "pham-thi-thu-ha", "quan-tri-vien", 3, YEAR_TAG,
         comments=(("le-minh-quan", _d(2026, 11, 20, 19, 3),
                    "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                   ("quan-tri-vien", _d(2026, 11, 21, 8, 5), "Đã cập nhật thêm ảnh buổi lễ.")),),
    Page(121, "tin-tuc-su-kien", "phong-trao-ngoai-khoa", A4.slug, A4, _d(2026, 11, 9, 17, 30),
         _d(2026, 11, 10, 7, 48), "le-minh-quan", "le-minh-quan", 2, YEAR_TAG),
    Page(94, "tin-tuc-su-kien", None, A11.slug, A11, _d(2026, 10, 28, 9, 15), _d(2026, 10, 28, 9, 15),
         "pham-thi-thu-ha", "pham-thi-thu-ha", 1, YEAR_TAG),
    # Thông báo
    Page(133, "thong-bao", None, A7.slug, A7, _d(2026, 12, 3, 14, 30), _d(2026, 12, 4, 9, 5),
         "quan-tri-vien", "quan-tri-vien", 2, YEAR_TAG),
    Page(128, "thong-bao", None, A6.slug, A6, _d(2026, 12, 1, 7, 40), _d(2026, 12, 1, 7, 52),
         "quan-tri-vien", "quan-tri-vien", 2, YEAR_TAG,
         attachments=((7, "215-TB-THPTTCV-on-tap-kiem-tra-CKI.pdf"),),
         head_html=A6_LETTERHEAD, tail_html=A6_CLOSING),
    # Đoàn Thanh niên
    Page(123, "doan-thanh-nien", None, A10.slug, A10, _d(2026, 11, 16, 8, 20), _d(2026, 11, 16, 8, 20),
         "le-minh-quan", "le-minh-quan", 1, YEAR_TAG),
    Page(92, "doan-thanh-nien", None, A11.slug, A11, _d(2026, 10, 26, 7, 30), _d(2026, 10, 26, 10, 18),
         "le-minh-quan", "le-minh-quan", 2, YEAR_TAG),
    # Tổ chuyên môn
    Page(88, "to-chuyen-mon", "to-ngu-van", A8.slug, A8, _d(2026, 10, 22, 9, 0), _d(2026, 10, 23, 14, 37),
         "quan-tri-vien", "quan-tri-vien", 3, YEAR_TAG),
    Page(117, "to-chuyen-mon", "to-toan-tin", A9.slug, A9, _d(2026, 11, 13, 0, 0), _d(2026, 11, 13, 15, 47),
         "quan-tri-vien", "quan-tri-vien", 2, YEAR_TAG),
    # Y tế học đường (the nurse's account was deleted: no creator)
    Page(79, "y-te-hoc-duong", None, A13.slug, A13, _d(2026, 10, 20, 10, 10), _d(2026, 10, 20, 10, 10),
         None, None, 1),
    Page(71, "y-te-hoc-duong", None, A12.slug, A12, _d(2026, 10, 8, 14, 0), _d(2026, 10, 8, 14, 26),
         None, None, 2),
    # not articles
    Page(3, "gioi-thieu", None, N_HOME.slug, N_HOME, _d(2023, 8, 14, 10, 40), _d(2026, 11, 21, 8, 10),
         "quan-tri-vien", "quan-tri-vien", 19, article=False),
    Page(5, "gioi-thieu", None, N_HISTORY.slug, N_HISTORY, _d(2023, 8, 14, 11, 5), _d(2026, 10, 25, 15, 0),
         "quan-tri-vien", "quan-tri-vien", 6, article=False),
    Page(6, "gioi-thieu", None, N_CONTACT.slug, N_CONTACT, _d(2023, 8, 14, 11, 20), _d(2026, 10, 27, 8, 30),
         "quan-tri-vien", "quan-tri-vien", 4, article=False),
    Page(140, "lich-cong-tac", None, N_CALENDAR.slug, N_CALENDAR, _d(2026, 11, 28, 16, 0),
         _d(2026, 11, 30, 7, 5), "quan-tri-vien", "quan-tri-vien", 2, article=False),
    Page(41, "van-ban-bieu-mau", None, N_KHGD.slug, N_KHGD, _d(2026, 9, 16, 9, 30), _d(2026, 10, 29, 10, 0),
         "quan-tri-vien", "quan-tri-vien", 2, YEAR_TAG, attachments=((3, "KH-145-KHGD-2026-2027.pdf"),),
         article=False),
    Page(44, "van-ban-bieu-mau", None, N_QCCT.slug, N_QCCT, _d(2026, 1, 12, 14, 0), _d(2026, 11, 2, 8, 40),
         "quan-tri-vien", "quan-tri-vien", 3, attachments=((4, "QD-12-quy-che-chi-tieu-noi-bo-2026.pdf"),),
         article=False),
    Page(61, "thu-vien-anh-video", None, N_ALBUM.slug, N_ALBUM, _d(2026, 9, 6, 10, 0), _d(2026, 11, 3, 9, 0),
         "pham-thi-thu-ha", "pham-thi-thu-ha", 2, YEAR_TAG, article=False),
    Page(66, "thu-vien-anh-video", None, N_VIDEO.slug, N_VIDEO, _d(2026, 11, 22, 20, 0),
         _d(2026, 11, 22, 20, 0), "pham-thi-thu-ha", "pham-thi-thu-ha", 1, YEAR_TAG, article=False),
]
PAGE_BY_PATH = {p.path: p for p in PAGES}
PAGE_BY_ID = {p.id: p for p in PAGES}
OLD_SLUGS = {f"/books/{p.book}/page/{old}": p for p in PAGES for old in p.old_slugs}
FBCLID = "IwZXh0bgNhZW0CMTEAAR2kq7Yw0v3_GxQm8aHc5nLrT1eVbXo_aem_Hq3lRzq9jP2cW0sYtUo6Ag"
A1_FB_PATH = f"{PAGE_BY_ID[112].path}?fbclid={FBCLID}"


# --- small helpers ----------------------------------------------------------------------------


def _ascii_slug(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _ago(when: datetime) -> str:
    """Carbon's diffForHumans() in Vietnamese, from the fixture's now."""
    delta = NOW - when
    months = (NOW.year - when.year) * 12 + NOW.month - when.month
    if (NOW.day, NOW.hour, NOW.minute) < (when.day, when.hour, when.minute):
        months -= 1
    if months >= 12:
        return f"{months // 12} năm trước"
    if months >= 1:
        return f"{months} tháng trước"
    if delta.days >= 7:
        return f"{delta.days // 7} tuần trước"
    if delta.days >= 1:
        return f"{delta.days} ngày trước"
    hours = delta.seconds // 3600
    if hours:
        return f"{hours} giờ trước"
    return f"{max(1, delta.seconds // 60)} phút trước"


def _day_datetime(when: datetime) -> str:
    """Carbon's toDayDateTimeString(): 'D, M j, Y g:i A', always English."""
    hour = when.hour % 12 or 12
    return f"{when:%a}, {when:%b} {when.day}, {when.year} {hour}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


def _book_url(base: str, slug: str) -> str:
    return f"{base}/books/{slug}"


def _chapter_url(base: str, book: str, chapter: str) -> str:
    return f"{base}/books/{book}/chapter/{chapter}"


def _tag_url(base: str, name: str, value: str | None = None) -> str:
    term = f"[{name}={value}]" if value is not None else f"[{name}]"
    return f"{base}/search?term={quote_plus(term)}"


def _name(page: Page) -> str:
    """The page's name as stored (A9's was typed decomposed, like its text)."""
    title = page.story.title
    return unicodedata.normalize("NFD", title) if page.story.opts.get("nfd") else title


def _excerpt(page: Page, n: int = 160) -> str:
    paras = page.story.paragraphs
    joined = " ".join(paras) if paras else ""
    if page.story.opts.get("nfd"):
        joined = unicodedata.normalize("NFD", joined)
    return joined[:n].rstrip() + ("..." if len(joined) > n else "")


ICONS = {
    "page": '<svg class="svg-icon" data-icon="page" role="presentation" viewBox="0 0 24 24"><path d="M14 2H6c-1.1 '
            '0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6z"/></svg>',
    "chapter": '<svg class="svg-icon" data-icon="chapter" role="presentation" viewBox="0 0 24 24"><path d="M4 6H2v14'
               'c0 1.1.9 2 2 2h14v-2H4V6z"/></svg>',
    "book": '<svg class="svg-icon" data-icon="book" role="presentation" viewBox="0 0 24 24"><path d="M18 2H6c-1.1 '
            '0-2 .9-2 2v16c0 1.1.9 2 2 2h12"/></svg>',
    "books": '<svg class="svg-icon" data-icon="books" role="presentation" viewBox="0 0 24 24"><path d="M4 6H2v14"/>'
             "</svg>",
    "bookshelf": '<svg class="svg-icon" data-icon="bookshelf" role="presentation" viewBox="0 0 24 24"><path '
                 'd="M2 2h4v20H2z"/></svg>',
    "chevron": '<svg class="svg-icon" data-icon="chevron-right" role="presentation" viewBox="0 0 24 24"><path '
               'd="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"/></svg>',
    "tag": '<svg class="svg-icon" data-icon="tag" role="presentation" viewBox="0 0 24 24"><path d="M21.41 '
           '11.58l-9-9"/></svg>',
    "star": '<svg class="svg-icon" data-icon="star" role="presentation" viewBox="0 0 24 24"><path d="M12 17.27"/>'
            "</svg>",
    "edit": '<svg class="svg-icon" data-icon="edit" role="presentation" viewBox="0 0 24 24"><path d="M3 17.25V21"/>'
            "</svg>",
    "history": '<svg class="svg-icon" data-icon="history" role="presentation" viewBox="0 0 24 24"><path d="M13 '
               '3a9 9 0 0 0-9 9"/></svg>',
    "attach": '<svg class="svg-icon" data-icon="attach" role="presentation" viewBox="0 0 24 24"><path d="M16.5 '
              '6v11.5"/></svg>',
    "search": '<svg class="svg-icon" data-icon="search" role="presentation" viewBox="0 0 24 24"><path d="M15.5 '
              '14h-.79"/></svg>',
}


# --- page HTML (the editor's content) ----------------------------------------------------------


class _Ids:
    """BookStack's ``bkmrk-`` ids: the first 20 characters of the block's text slug, made unique."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, value: str) -> str:
        base = "bkmrk-" + _ascii_slug(value)[:20]
        n = self.seen.get(base, 0)
        self.seen[base] = n + 1
        return base if n == 0 else f"{base}-{n}"


def _fmt(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(base: str, img: Img) -> str:
    original = img.src.replace("scaled-1680-/", "")
    name = img.src.rsplit("/", 1)[-1]
    return (f'<a href="{base}{original}" target="_blank" rel="noopener"><img src="{base}{img.src}" '
            f'alt="{esc(name)}" width="1680" height="1120"></a>')


def render_blocks(story: Story, base: str, ids: _Ids | None = None) -> str:
    """The HTML the editor saved for ``story`` (TinyMCE output, pasted Word, BookStack callouts)."""
    ids = ids or _Ids()
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            raw = b.html
            if raw.startswith("<p ") and " id=" not in raw.split(">", 1)[0]:
                # BookStack gives every top-level block of the saved HTML its bookmark id
                raw = f'<p id="{ids(re.sub(r"<[^>]+>", " ", raw))}" ' + raw[3:]
            out.append(raw)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "cell":
                cells = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "cell":
                    cells.append(blocks[i])
                    i += 1
                row1 = "".join(f'<td style="width: 50%; text-align: center;">{_img_tag(base, c)}</td>' for c in cells)
                row2 = "".join(f'<td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                               f"{_fmt(story, c.printed or '')}</em></span></td>" for c in cells)
                out.append(f'<table id="{ids("")}" style="border-collapse: collapse; width: 100%;" border="0">'
                           f"<tbody><tr>{row1}</tr><tr>{row2}</tr></tbody></table>")
                continue
            tag = _img_tag(base, b)
            pid = ids(b.src.rsplit("/", 1)[-1])
            if b.style == "figure":
                out.append(f'<figure id="{pid}" class="image align-center">{tag}'
                           f"<figcaption>{_fmt(story, b.printed or '')}</figcaption></figure>")
            elif b.style == "br":
                out.append(f'<p id="{pid}" style="text-align: center;">{tag}<br><em>{_fmt(story, b.printed or "")}'
                           "</em></p>")
            else:
                out.append(f'<p id="{pid}" style="text-align: center;">{tag}</p>')
                if b.printed:
                    out.append(f'<p id="{ids(b.printed)}" style="text-align: center;"><em>'
                               f"{_fmt(story, b.printed)}</em></p>")
            i += 1
            continue
        style = b.style
        if style in ("ul", "ol"):
            items = []
            first = b.text
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f'<li>{_fmt(story, blocks[i].text)}</li>')
                i += 1
            out.append(f'<{style} id="{ids(first)}">{"".join(items)}</{style}>')
            continue
        if style in ("th", "tr"):
            rows = []
            first = b.text
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(f'<td style="background-color: #ecf0f1;"><strong>{_fmt(story, c)}</strong></td>'
                                  for c in cells)
                else:
                    row = "".join(f"<td>{_fmt(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(f'<table id="{ids(first)}" style="border-collapse: collapse; width: 100%;" border="1">'
                       f"<tbody>{''.join(rows)}</tbody></table>")
            continue
        if (style == "" and i + 1 < len(blocks) and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style == "br"):
            out.append(f'<p id="{ids(b.text)}">{_fmt(story, b.text)}<br>{_fmt(story, blocks[i + 1].text)}</p>')
            i += 2
            continue
        pid = ids(b.text)
        t = _fmt(story, b.text)
        if style == "lead":
            out.append(f'<p id="{pid}"><strong>{t}</strong></p>')
        elif style in ("h2", "h3", "h4"):
            out.append(f'<{style} id="{pid}">{t}</{style}>')
        elif style == "b":
            out.append(f'<p id="{pid}"><strong>{t}</strong></p>')
        elif style == "i":
            out.append(f'<p id="{pid}"><em>{t}</em></p>')
        elif style == "quote":
            out.append(f'<blockquote id="{pid}"><p>{t}</p></blockquote>')
        elif style.startswith("callout"):
            out.append(f'<p id="{pid}" class="{style}">{t}</p>')
        elif style == "summary":
            out.append(f'<details id="{pid}"><summary>{t}</summary>')
        elif style.startswith("mso"):
            out.append(_mso_paragraph(story, b, pid))
        else:
            out.append(f'<p id="{pid}">{t}</p>')
        i += 1
    return "\n".join(out)


_WORD_FONT = "font-family: 'Times New Roman', serif; font-size: 13pt;"


def _mso_paragraph(story: Story, b: P, pid: str) -> str:
    """A paragraph pasted from Word: MsoNormal / MsoListParagraph, spans, ``mso-list:Ignore`` markers."""
    opts = dict(tok.split("=", 1) if "=" in tok else (tok, "") for tok in b.style.split("|"))
    body = _fmt(story, b.text)
    if "sup" in opts:
        after, num = opts["sup"].rsplit(":", 1)
        after_html = _fmt(story, after)
        body = body.replace(after_html, f'{after_html}<sup><a href="#bkmrk-chu-thich">{num}</a></sup>', 1)
    if "b" in opts:
        return (f'<p id="{pid}" class="MsoNormal" style="margin-top: 6.0pt; text-align: justify;"><b><span '
                f'style="{_WORD_FONT}">{body}</span></b><o:p></o:p></p>')
    if "li" in opts:
        marker = opts["li"]
        return (f'<p id="{pid}" class="MsoListParagraphCxSpMiddle" style="margin-left: 36.0pt; text-indent: '
                f'-18.0pt; mso-list: l0 level1 lfo1;"><span style="{_WORD_FONT}"><span style="mso-list: Ignore;">'
                f"{marker}<span style=\"font: 7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                f"</span><span style=\"{_WORD_FONT}\">{body}</span></p>")
    if "note" in opts:
        return (f'<p id="{pid}" class="MsoFootnoteText" style="text-align: justify;"><span '
                f'style="font-family: \'Times New Roman\', serif; font-size: 11pt;">{body}</span></p>')
    return (f'<p id="{pid}" class="MsoNormal" style="text-indent: 36.0pt; text-align: justify; line-height: 150%;">'
            f'<span style="{_WORD_FONT}">{body}</span><o:p></o:p></p>')


def page_html(page: Page, base: str, ids: _Ids | None = None) -> str:
    """The whole saved HTML of a page, placeholders filled."""
    ids = ids or _Ids()
    content = page.head_html + render_blocks(page.story, base, ids) + page.tail_html
    if "@@XEMTHEM_A3@@" in content:
        a3 = PAGE_BY_ID[131]
        content = content.replace(
            "@@XEMTHEM_A3@@",
            f'<p id="{ids("xem them")}"><strong>Xem thêm:</strong> <a href="{base}/books/{a3.book}/page/'
            f'{A3_OLD_SLUG}">Trường THPT Trần Cao Vân đạt 27 giải tại Kỳ thi chọn học sinh giỏi lớp 12 cấp '
            "thành phố</a></p>")
    if "@@XEMTHEM_A12@@" in content:
        a12 = PAGE_BY_ID[71]
        content = content.replace(
            "@@XEMTHEM_A12@@",
            f'<p id="{ids("xem them")}"><em>Xem thêm: <a href="{base}{a12.path}">{esc(a12.story.title)}</a>'
            "</em></p>")
    if "@@FEATURED@@" in content:
        a1 = PAGE_BY_ID[112]
        featured = (
            f'<h3 id="{ids("tin noi bat")}">📰 TIN NỔI BẬT</h3>\n'
            f'<p id="{ids(a1.story.title)}"><a href="{base}{A1_FB_PATH}"><strong>{esc(a1.story.title)}</strong>'
            "</a></p>\n"
            # {{@112}}: BookStack renders the included page's content in place
            + render_blocks(a1.story, base, ids)
            + f'\n<p id="{ids("xem chi tiet")}" style="text-align: right;"><a href="{base}{A1_FB_PATH}">'
            "Xem chi tiết &raquo;</a></p>"
        )
        content = content.replace("@@FEATURED@@", featured)
    if "@@HOME_LINKS@@" in content:
        links = [
            (_book_url(base, "tin-tuc-su-kien"), "Tin tức - Sự kiện"),
            (_book_url(base, "thong-bao"), "Thông báo"),
            (_book_url(base, "doan-thanh-nien"), "Đoàn Thanh niên"),
            (_book_url(base, "to-chuyen-mon"), "Tổ chuyên môn"),
            (_book_url(base, "van-ban-bieu-mau"), "Văn bản - Biểu mẫu"),
        ]
        items = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in links)
        content = content.replace("@@HOME_LINKS@@", f'<ul id="{ids("cac chuyen muc")}">{items}</ul>')
    return content


# --- chrome -----------------------------------------------------------------------------------


def _menu(base: str) -> str:
    def drop(label: str, href: str, items: list[tuple[str, str]]) -> str:
        sub = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in items)
        return (f'<li class="mnu-i has-sub"><a href="{href}">{esc(label)} <i class="fa fa-caret-down"></i></a>'
                f'<ul class="mnu-sub">{sub}</ul></li>')

    gt = _book_url(base, "gioi-thieu")
    tt = _book_url(base, "tin-tuc-su-kien")
    cm = _book_url(base, "to-chuyen-mon")
    return (
        '<nav class="tcv-mnu" id="mnu_1"><ul class="mnu-l1">'
        f'<li class="mnu-i"><a href="{base}/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        + drop("Giới thiệu", gt, [(f"{gt}/page/lich-su-hinh-thanh-va-phat-trien", "Lịch sử hình thành"),
                                  (f"{gt}/page/lien-he", "Liên hệ")])
        + drop("Tin tức", tt, [(_chapter_url(base, "tin-tuc-su-kien", "hoat-dong-day-va-hoc"), "Hoạt động dạy và học"),
                               (_chapter_url(base, "tin-tuc-su-kien", "phong-trao-ngoai-khoa"),
                                "Phong trào - Ngoại khóa"),
                               (_book_url(base, "doan-thanh-nien"), "Đoàn Thanh niên")])
        + f'<li class="mnu-i"><a href="{_book_url(base, "thong-bao")}">Thông báo</a></li>'
        + drop("Chuyên môn", cm, [(_chapter_url(base, "to-chuyen-mon", "to-ngu-van"), "Tổ Ngữ văn"),
                                  (_chapter_url(base, "to-chuyen-mon", "to-toan-tin"), "Tổ Toán - Tin")])
        + f'<li class="mnu-i"><a href="{_book_url(base, "van-ban-bieu-mau")}">Văn bản</a></li>'
        + f'<li class="mnu-i"><a href="{_book_url(base, "thu-vien-anh-video")}">Thư viện ảnh</a></li>'
        + f'<li class="mnu-i"><a href="{_book_url(base, "lich-cong-tac")}">Lịch công tác</a></li>'
        + "</ul></nav>"
    )


def _topbar(base: str) -> str:
    a6 = PAGE_BY_ID[128]
    return (
        '<div class="tcv-top print-hidden"><div class="tcv-top-in">'
        f'<span class="tcv-ngay"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>'
        '<span class="tcv-hotline">Hotline: 0235 3851 246</span>'
        '<div class="tcv-tb"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()"><a href="{base}{a6.path}">{esc(a6.story.title)}</a> &nbsp;|&nbsp; '
        "Chúc mừng 27 học sinh đạt giải HSG lớp 12 cấp thành phố!</marquee></div>"
        "</div></div>"
    )


def _header(base: str) -> str:
    return (
        '<header id="header" component="header-mobile-toggle" class="primary-background print-hidden">'
        '<div class="grid mx-l"><div>'
        f'<a href="{base}" data-shortcut="home_view" class="logo">'
        f'<img class="logo-image" src="{base}/uploads/images/system/2023-08/logo-tcv.png" alt="Logo">'
        f'<span class="logo-text">{APP_NAME}</span></a>'
        '<button type="button" refs="header-mobile-toggle@toggle" title="Mở rộng menu" aria-expanded="false" '
        'class="mobile-menu-toggle hide-over-l">&#9776;</button></div>'
        '<div class="flex-container-column items-center justify-center hide-under-l">'
        f'<form component="global-search" action="{base}/search" method="GET" class="search-box" role="search">'
        f'<button id="header-search-box-button" type="submit" aria-label="Tìm kiếm" tabindex="-1">{ICONS["search"]}'
        '</button><input id="header-search-box-input" type="text" name="term" data-shortcut="global_search" '
        'autocomplete="off" aria-label="Tìm kiếm" placeholder="Tìm kiếm"></form></div>'
        '<nav refs="header-mobile-toggle@menu" class="header-links"><div class="links text-center">'
        f'<a href="{base}/shelves" data-shortcut="shelves_view">{ICONS["bookshelf"]}Giá sách</a>'
        f'<a href="{base}/login">Đăng nhập</a>'
        "</div></nav></div></header>"
    )


def _widgets(base: str) -> str:
    links = [
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("https://sgddt.danang.gov.vn", "Sở GD&ĐT thành phố Đà Nẵng"),
        ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
        ("https://thptquocgia.edu.vn", "Thi tốt nghiệp THPT"),
    ]
    items = "".join(f'<li><a href="{u}" target="_blank" rel="nofollow">{esc(t)}</a></li>' for u, t in links)
    return (
        '<div class="tcv-wg mb-xl" id="wg_14"><h5>Liên kết website</h5>'
        f'<ul class="tcv-lk">{items}</ul></div>'
        '<div class="tcv-wg mb-xl" id="wg_15"><h5>Thăm dò ý kiến</h5>'
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSe_tcv2026/formResponse" method="post" '
        'target="_blank"><p class="text-small">Bạn đánh giá thế nào về trang thông tin của nhà trường?</p>'
        '<label><input type="radio" name="entry.20761" value="Rất hữu ích"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="entry.20761" value="Hữu ích"> Hữu ích</label><br>'
        '<label><input type="radio" name="entry.20761" value="Cần cải thiện"> Cần cải thiện</label><br>'
        '<button type="submit" class="button outline small">Bình chọn</button></form></div>'
        '<div class="tcv-wg mb-xl" id="wg_16"><h5>Thống kê truy cập</h5>'
        '<table class="tcv-tk"><tr><td>Đang online:</td><td><b>17</b></td></tr>'
        "<tr><td>Hôm nay:</td><td><b>482</b></td></tr>"
        "<tr><td>Tháng này:</td><td><b>3.961</b></td></tr>"
        "<tr><td>Tổng truy cập:</td><td><b>1.204.587</b></td></tr></table></div>"
    )


def _footer(base: str) -> str:
    return (
        '<footer class="tcv-ft print-hidden"><div class="tcv-ft-in">'
        "<p><b>TRƯỜNG THPT TRẦN CAO VÂN</b></p>"
        "<p>Địa chỉ: 12 Trần Cao Vân, phường Bàn Thạch, thành phố Đà Nẵng</p>"
        "<p>Điện thoại: 0235 3851 246 - Email: thpttrancaovan@danang.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Bình - Hiệu trưởng</p>"
        '<p class="tcv-cr">© 2026 Trường THPT Trần Cao Vân. Vận hành trên nền tảng '
        '<a href="https://www.bookstackapp.com" target="_blank">BookStack</a>.</p>'
        '<p class="tcv-mxh"><a href="https://www.facebook.com/thpttrancaovan.tamky" target="_blank">Facebook</a> | '
        '<a href="https://www.youtube.com/@thpttrancaovan" target="_blank">YouTube</a></p>'
        "</div></footer>"
    )


def _layout(base: str, title: str, left: str, middle: str, right: str, head_extra: str = "",
            body_class: str = "tri-layout") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr" class="">\n<head>\n'
        f"<title>{esc(title)}{' | ' if title else ''}{APP_NAME}</title>\n"
        '<meta name="viewport" content="width=device-width">\n'
        '<meta name="token" content="kN4pV9Qe2mXr7LcB0yTzHf3WsJd6GaUo1iRb8Ymv">\n'
        f'<meta name="base-url" content="{base}">\n<meta charset="utf-8">\n'
        '<link rel="icon" type="image/png" sizes="256x256" '
        f'href="{base}/uploads/images/system/2023-08/favicon-256.png">\n'
        f'<link rel="manifest" href="{base}/manifest.json">\n'
        '<meta name="mobile-web-app-capable" content="yes">\n<meta name="theme-color" content="#1d5a9e"/>\n'
        f'<link rel="stylesheet" href="{base}/dist/styles.css?version={VERSION}">\n'
        f'<link rel="stylesheet" media="print" href="{base}/dist/print-styles.css?version={VERSION}">\n'
        + head_extra
        + '<style id="custom-styles">:root{--color-primary:#1d5a9e;--color-primary-light:rgba(29,90,158,0.15);'
        "--color-link:#1d5a9e;--color-bookshelf:#a94747;--color-book:#077b70;--color-chapter:#af4d0d;"
        "--color-page:#206ea7;}</style>\n"
        f'<link rel="stylesheet" href="{base}/theme/tcv/tcv.css?v=7">\n'
        f'<script src="{base}/dist/app.js?version={VERSION}" type="module" nonce="tcv"></script>\n'
        f'</head>\n<body class="{body_class}">\n'
        '<a class="px-m py-s skip-to-content-link" href="#main-content">Bỏ qua đến nội dung chính</a>\n'
        + _topbar(base) + "\n" + _header(base) + "\n" + _menu(base) + "\n"
        + '<div id="content" components="tri-layout" class="block">\n'
        '<div class="tri-layout-mobile-tabs print-hidden"><div class="grid half no-break no-gap">'
        '<button type="button" refs="tri-layout@tab" data-tab="info" class="tri-layout-mobile-tab px-m py-m">'
        'Thông tin</button><button type="button" refs="tri-layout@tab" data-tab="content" '
        'class="tri-layout-mobile-tab px-m py-m active">Nội dung</button></div></div>\n'
        '<div class="tri-layout-container" tri-layout>\n'
        '<div class="tri-layout-sides print-hidden"><div class="tri-layout-sides-content">\n'
        f'<div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents">{right}'
        f"{_widgets(base)}</aside></div>\n"
        f'<div refs="tri-layout@sidebar-content" class="tri-layout-left print-hidden" id="sidebar">'
        f'<aside class="tri-layout-left-contents">{left}</aside></div>\n'
        "</div></div>\n"
        f'<div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents">{middle}'
        "</div></div>\n"
        "</div></div>\n" + _footer(base) + "\n"
        + '<script src="https://statcounter.tcv.edu.vn/counter.js" async></script>\n</body>\n</html>\n'
    )


def _breadcrumbs(base: str, crumbs: list[tuple[str, str, str]]) -> str:
    out = ['<nav class="breadcrumbs text-center" aria-label="Đường dẫn">',
           f'<a href="{base}/books" class="text-book icon-list-item outline-hover"><span>{ICONS["books"]}</span>'
           "<span>Sách</span></a>"]
    for kind, url, name in crumbs:
        out.append(f'<div class="separator">{ICONS["chevron"]}</div>')
        out.append(f'<a href="{url}" class="text-{kind} icon-list-item outline-hover"><span>{ICONS[kind]}</span>'
                   f'<span class="text-limit-lines-1 break-text">{esc(name)}</span></a>')
    out.append("</nav>")
    return "".join(out)


def _user_link(base: str, slug: str | None) -> str:
    u = USERS[slug]
    return f"<a href='{base}/user/{u.slug}'>{esc(u.name)}</a>"


def _meta(base: str, created: datetime, updated: datetime, creator: str | None, updater: str | None,
          revision: int | None = None) -> str:
    c_span = f'<span title="{_day_datetime(created)}">{_ago(created)}</span>'
    u_span = f'<span title="{_day_datetime(updated)}">{_ago(updated)}</span>'
    out = ['<div class="entity-meta">']
    if revision is not None:
        out.append(f'<div class="entity-meta-item">{ICONS["history"]}<div>Phiên bản #{revision}</div></div>')
    if creator:
        out.append(f'<div class="entity-meta-item">{ICONS["star"]}<div>Được tạo {c_span} bởi '
                   f"{_user_link(base, creator)}</div></div>")
    else:
        out.append(f'<div class="entity-meta-item">{ICONS["star"]}<div>Được tạo {c_span}</div></div>')
    if updater:
        out.append(f'<div class="entity-meta-item">{ICONS["edit"]}<div>Được cập nhật {u_span} bởi '
                   f"{_user_link(base, updater)}</div></div>")
    else:
        out.append(f'<div class="entity-meta-item">{ICONS["edit"]}<div>Được cập nhật {u_span}</div></div>')
    out.append("</div>")
    return "".join(out)


def _tags(base: str, tags: tuple[tuple[str, str], ...]) -> str:
    if not tags:
        return ""
    chips = "".join(
        f'<div class="tag-item primary-background-light" data-name="{esc(n)}" data-value="{esc(v)}">'
        f'<div class="tag-name"><a href="{esc(_tag_url(base, n))}">{ICONS["tag"]}{esc(n)}</a></div>'
        f'<div class="tag-value"><a href="{esc(_tag_url(base, n, v))}">{esc(v)}</a></div></div>'
        for n, v in tags
    )
    return f'<section class="mb-xl"><h5>Thẻ</h5><div class="tags"><div class="text-muted">{chips}</div></div></section>'


# --- book structure -----------------------------------------------------------------------------


def _book_items(book: str) -> list[tuple[str, object]]:
    """The book's contents in priority order: ("page", Page) and ("chapter", (Chapter, [Page]))."""
    items: list[tuple[str, object]] = []
    seen_chapters: set[str] = set()
    for p in PAGES:
        if p.book != book:
            continue
        if p.chapter is None:
            items.append(("page", p))
        elif p.chapter not in seen_chapters:
            seen_chapters.add(p.chapter)
            chapter = CHAPTERS[(book, p.chapter)]
            items.append(("chapter", (chapter, [q for q in PAGES if q.book == book and q.chapter == p.chapter])))
    return items


def _flat(book: str) -> list[tuple[str, str, str]]:
    """Sibling order (kind, path, name): chapters count as steps, as BookStack's locator does."""
    flat = []
    for kind, item in _book_items(book):
        if kind == "page":
            flat.append(("page", item.path, _name(item)))
        else:
            chapter, pages = item
            flat.append(("chapter", f"/books/{book}/chapter/{chapter.slug}", chapter.name))
            flat.extend(("page", p.path, _name(p)) for p in pages)
    return flat


def _entity_item(base: str, page: Page, *, path: bool = False, updated: bool = False) -> str:
    extra = ""
    if path:
        book = BOOKS[page.book]
        bits = [f'<a href="{_book_url(base, book.slug)}" class="text-book">{esc(book.name)}</a>']
        if page.chapter:
            ch = CHAPTERS[(page.book, page.chapter)]
            bits.append(f'<a href="{_chapter_url(base, page.book, ch.slug)}" class="text-chapter">{esc(ch.name)}</a>')
        extra += f'<div class="entity-item-path text-small">{" &gt; ".join(bits)}</div>'
    if updated:
        who = f" bởi {esc(USERS[page.updater].name)}" if page.updater else ""
        extra += (f'<div class="entity-item-meta text-muted text-small">Được cập nhật '
                  f'<span title="{_day_datetime(page.updated)}">{_ago(page.updated)}</span>{who}</div>')
    return (
        f'<a href="{base}{page.path}" class="page entity-list-item" data-entity-type="page" '
        f'data-entity-id="{page.id}"><span role="presentation" class="icon text-page">{ICONS["page"]}</span>'
        f'<div class="content"><h4 class="entity-list-item-name break-text">{esc(_name(page))}</h4>'
        f'<div class="entity-item-snippet"><p class="text-muted break-text">{esc(_excerpt(page))}</p></div>'
        f"{extra}</div></a>"
    )


def _book_tree(base: str, book: str, current: str | None) -> str:
    out = [f'<nav id="book-tree" class="book-tree mb-xl" aria-label="Điều hướng sách"><h5>Điều hướng sách</h5>'
           f'<ul class="sidebar-page-list mt-xs menu entity-list"><li class="list-item-book book">'
           f'<a href="{_book_url(base, book)}" class="book entity-list-item" data-entity-type="book">'
           f'<span class="icon text-book">{ICONS["book"]}</span><div class="content"><span class="entity-list-'
           f'item-name break-text">{esc(BOOKS[book].name)}</span></div></a></li>']
    for kind, item in _book_items(book):
        if kind == "page":
            sel = " selected" if item.path == current else ""
            out.append(f'<li class="list-item-page{sel}"><a href="{base}{item.path}" class="page entity-list-item'
                       f'{sel}" data-entity-type="page"><span class="icon text-page">{ICONS["page"]}</span>'
                       f'<div class="content"><span class="entity-list-item-name break-text">{esc(_name(item))}'
                       "</span></div></a></li>")
        else:
            chapter, pages = item
            subs = "".join(
                f'<li class="list-item-page{" selected" if p.path == current else ""}"><a href="{base}{p.path}" '
                f'class="page entity-list-item" data-entity-type="page"><span class="icon text-page">'
                f'{ICONS["page"]}</span><div class="content"><span class="entity-list-item-name break-text">'
                f"{esc(_name(p))}</span></div></a></li>" for p in pages)
            out.append(f'<li class="list-item-chapter"><a href="{_chapter_url(base, book, chapter.slug)}" '
                       f'class="chapter entity-list-item" data-entity-type="chapter"><span class="icon text-chapter">'
                       f'{ICONS["chapter"]}</span><div class="content"><span class="entity-list-item-name '
                       f'break-text">{esc(chapter.name)}</span></div></a><div class="chapter-child-menu">'
                       f'<button type="button" class="text-muted">{len(pages)} Trang</button>'
                       f'<ul class="sub-menu inset-list">{subs}</ul></div></li>')
    out.append("</ul></nav>")
    return "".join(out)


def _headings_nav(page: Page) -> str:
    heads = [b.text for b in page.story.blocks if isinstance(b, P) and b.style in ("h2", "h3", "h4")]
    if not heads:
        return ""
    ids = _Ids()
    items = "".join(
        f'<li class="page-nav-item h4"><a href="#{ids(h)}" class="text-limit-lines-1 block">{esc(h)}</a>'
        '<div class="link-background sidebar-page-nav-bullet"></div></li>' for h in heads)
    return (f'<div id="page-navigation" class="mb-xl"><h5>Điều hướng trang</h5><div class="body">'
            f'<nav class="sidebar-page-nav menu" aria-label="Điều hướng trang">{items}</nav></div></div>')


def _attachments(base: str, page: Page) -> str:
    if not page.attachments:
        return ""
    items = "".join(
        f'<div component="attachments-list" class="attachment-list"><a href="{base}/attachments/{aid}" '
        f'target="_blank" class="flex-container-row items-center">{ICONS["attach"]}<span>{esc(name)}</span></a></div>'
        for aid, name in page.attachments)
    return f'<div id="page-attachments" class="mb-l"><h5>Tệp đính kèm</h5><div class="body">{items}</div></div>'


def _comments(base: str, page: Page) -> str:
    cs = page.comments
    out = [f'<section component="page-comments" class="comments-list" aria-label="Bình luận" '
           f'data-page-id="{page.id}"><div class="grid half left-focus v-center no-row-gap">'
           f'<h5 class="comments-title">{len(cs)} Bình luận</h5></div><div class="comment-container mb-m">']
    for n, (who, when, body) in enumerate(cs, start=1):
        u = USERS[who]
        cid = page.id * 10 + n
        out.append(
            f'<div class="comment-branch"><div class="mb-m"><div component="page-comment" class="comment-box" '
            f'id="comment{cid}" data-comment-id="{cid}"><div class="header"><div class="flex-container-row '
            f'justify-space-between"><div class="meta text-muted flex-container-row items-center">'
            f'<img width="50" src="{base}{u.avatar}" class="avatar mr-xs" alt="{esc(u.name)}">'
            f'<a href="{base}/user/{u.slug}">{esc(u.name)}</a>&nbsp;<span>đã bình luận</span>&nbsp;'
            f'<a class="text-muted" href="#comment{cid}" title="{_day_datetime(when)}">{_ago(when)}</a></div>'
            f'</div></div><div class="content"><p>{esc(body)}</p></div></div></div></div>')
    out.append('</div><p class="text-muted italic mb-m mt-l">Đăng nhập để bình luận.</p></section>')
    return "".join(out)


# --- the views ----------------------------------------------------------------------------------


def view_page(request: Request, page: Page) -> Response:
    base = base_url(request)
    story = page.story
    nfd = bool(story.opts.get("nfd"))
    title = unicodedata.normalize("NFD", story.title) if nfd else story.title
    crumbs = [("book", _book_url(base, page.book), BOOKS[page.book].name)]
    if page.chapter:
        ch = CHAPTERS[(page.book, page.chapter)]
        crumbs.append(("chapter", _chapter_url(base, page.book, ch.slug), ch.name))
    crumbs.append(("page", base + page.path, title))
    ids = _Ids()
    ids("page-title")
    content = page_html(page, base, ids)
    flat = _flat(page.book)
    pos = next(i for i, f in enumerate(flat) if f[1] == page.path)
    prev = flat[pos - 1] if pos > 0 else None
    nxt = flat[pos + 1] if pos + 1 < len(flat) else None

    def sib(item: tuple[str, str, str] | None, label: str) -> str:
        if not item:
            return "<div></div>"
        kind, path, name = item
        short = name if len(name) <= 48 else name[:45] + "..."
        return (f'<div><a href="{base}{path}" class="outline-hover no-link-style block rounded">'
                f'<div class="px-m pt-xs text-muted">{label}</div><div class="inline-block"><div class="icon-list-item '
                f'no-hover"><span class="text-{kind} ">{ICONS[kind]}</span><span>{esc(short)}</span></div></div>'
                "</a></div>")

    middle = (
        f'<div class="mb-m print-hidden">{_breadcrumbs(base, crumbs)}</div>'
        '<main class="content-wrap card">'
        f'<div component="page-display" option:page-display:page-id="{page.id}" class="page-content clearfix">'
        '<div dir="auto">'
        f'<h1 class="break-text" id="bkmrk-page-title">{esc(title)}</h1>'
        '<div style="clear:left;"></div>\n'
        f"{content}\n"
        "</div></div>"
        '<div component="pointer" class="pointer-container" id="pointer" tabindex="-1" aria-label="Liên kết đến '
        f'mục"><div class="pointer flex-container-row items-center justify-space-between p-s anim"><input '
        f'readonly="readonly" type="text" id="pointer-url" placeholder="url" value="{base}/link/{page.id}">'
        "</div></div></main>"
        '<nav id="sibling-navigation" class="grid half collapse-xs items-center mb-m px-m no-row-gap '
        f'fade-in-when-active" aria-label="Điều hướng">{sib(prev, "Trước")}{sib(nxt, "Tiếp")}</nav>'
        + (_comments(base, page) if page.comments or page.article else "")
    )
    left = _tags(base, page.tags) + _attachments(base, page) + _headings_nav(page) + _book_tree(base, page.book, page.path)
    right = ('<div class="mb-xl"><h5>Chi tiết</h5><div class="blended-links">'
             + _meta(base, page.created, page.updated, page.creator, page.updater, page.revisions) + "</div></div>")
    excerpt = _excerpt(page, 100)
    head = (f'<meta property="og:description" content="{esc(excerpt)}">\n'
            f'<meta property="og:title" content="{esc(title)}">\n')
    return html(_layout(base, title, left, middle, right, head))


def _book_contents(base: str, book: str) -> str:
    items = _book_items(book)
    if not items:
        return ('<p class="text-muted italic">Sách này không có trang nào.</p>')
    out = ['<div class="entity-list book-contents">']
    for kind, item in items:
        if kind == "page":
            out.append(_entity_item(base, item))
        else:
            chapter, pages = item
            subs = "".join(_entity_item(base, p) for p in pages)
            out.append(
                f'<div class="chapter entity-list-item" data-entity-type="chapter" data-entity-id="0">'
                f'<span class="icon text-chapter">{ICONS["chapter"]}</span><div class="content">'
                f'<a href="{_chapter_url(base, book, chapter.slug)}" class="entity-list-item-name break-text">'
                f'<h4>{esc(chapter.name)}</h4></a><div class="entity-item-snippet"><p class="text-muted break-text">'
                f'{esc(chapter.desc)}</p></div><div class="chapter-expansion"><button type="button" '
                f'class="text-muted chapter-contents-toggle" aria-expanded="false">{len(pages)} Trang</button>'
                f'<div class="inset-list chapter-expansion-content" style="display:none">'
                f'<div class="entity-list-item-children">{subs}</div></div></div></div></div>')
    out.append("</div>")
    return "".join(out)


def view_book(request: Request, slug: str) -> Response:
    base = base_url(request)
    book = BOOKS[slug]
    shelves = [(s, v[0]) for s, v in SHELVES.items() if slug in v[2]]
    shelf_html = ""
    if shelves:
        shelf_html = ('<section class="mb-xl"><h5>Giá sách</h5><div class="entity-list">' + "".join(
            f'<a href="{base}/shelves/{s}" class="bookshelf entity-list-item"><span class="icon text-bookshelf">'
            f'{ICONS["bookshelf"]}</span><div class="content"><h4 class="entity-list-item-name">{esc(n)}</h4></div></a>'
            for s, n in shelves) + "</div></section>")
    pages = [p for p in PAGES if p.book == slug]
    updated = max((p.updated for p in pages), default=book.created)
    middle = (
        f'<div class="mb-s print-hidden">{_breadcrumbs(base, [("book", _book_url(base, slug), book.name)])}</div>'
        f'<main class="content-wrap card"><h1 class="break-text">{esc(book.name)}</h1>'
        f'<div refs="entity-search@contentView" class="book-content"><div class="text-muted break-text">'
        f"<p>{esc(book.desc)}</p></div>{_book_contents(base, slug)}</div></main>"
    )
    left = _tags(base, book.tags) + shelf_html
    right = ('<div class="mb-xl"><h5>Chi tiết</h5><div class="blended-links">'
             + _meta(base, book.created, updated, "quan-tri-vien", "quan-tri-vien") + "</div></div>")
    return html(_layout(base, book.name, left, middle, right))


def view_chapter(request: Request, book_slug: str, chapter_slug: str) -> Response:
    base = base_url(request)
    chapter = CHAPTERS[(book_slug, chapter_slug)]
    book = BOOKS[book_slug]
    pages = [p for p in PAGES if p.book == book_slug and p.chapter == chapter_slug]
    crumbs = [("book", _book_url(base, book_slug), book.name),
              ("chapter", _chapter_url(base, book_slug, chapter_slug), chapter.name)]
    flat = _flat(book_slug)
    pos = next(i for i, f in enumerate(flat) if f[0] == "chapter" and f[2] == chapter.name)
    nav = ""
    if pos > 0:
        _kind, path, name = flat[pos - 1]
        nav += (f'<div><a href="{base}{path}" class="outline-hover no-link-style block rounded"><div class="px-m pt-xs '
                f'text-muted">Trước</div><span>{esc(name)}</span></a></div>')
    middle = (
        f'<div class="mb-m print-hidden">{_breadcrumbs(base, crumbs)}</div>'
        f'<main class="content-wrap card"><h1 class="break-text">{esc(chapter.name)}</h1>'
        f'<div class="chapter-content"><div class="text-muted break-text"><p>{esc(chapter.desc)}</p></div>'
        '<div class="entity-list">' + "".join(_entity_item(base, p) for p in pages) + "</div></div></main>"
        f'<nav id="sibling-navigation" class="grid half collapse-xs items-center mb-m px-m">{nav}</nav>'
    )
    left = _book_tree(base, book_slug, None)
    right = ('<div class="mb-xl"><h5>Chi tiết</h5><div class="blended-links">'
             + _meta(base, min(p.created for p in pages), max(p.updated for p in pages), "quan-tri-vien",
                     pages[0].updater) + "</div></div>")
    return html(_layout(base, chapter.name, left, middle, right))


def _pager(base: str, path: str, page: int, last: int, extra: str = "") -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        sep = "&" if extra else "?"
        return f"{base}{path}{'?' + extra if extra else ''}{sep}page={n}"

    out = ['<nav role="navigation" aria-label="Điều hướng phân trang"><ul class="pagination">']
    if page <= 1:
        out.append('<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; Trước">'
                   '<span class="page-link" aria-hidden="true">&lsaquo;</span></li>')
    else:
        out.append(f'<li class="page-item"><a class="page-link" href="{url(page - 1)}" rel="prev" '
                   'aria-label="&laquo; Trước">&lsaquo;</a></li>')
    for n in range(1, last + 1):
        if n == page:
            out.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            out.append(f'<li class="page-item"><a class="page-link" href="{url(n)}">{n}</a></li>')
    if page >= last:
        out.append('<li class="page-item disabled" aria-disabled="true" aria-label="Tiếp &raquo;">'
                   '<span class="page-link" aria-hidden="true">&rsaquo;</span></li>')
    else:
        out.append(f'<li class="page-item"><a class="page-link" href="{url(page + 1)}" rel="next" '
                   'aria-label="Tiếp &raquo;">&rsaquo;</a></li>')
    out.append("</ul></nav>")
    return "".join(out)


def _page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1") or "1"
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def view_books(request: Request) -> Response | None:
    base = base_url(request)
    n = _page_number(request)
    last = (len(BOOK_ORDER) + PER_PAGE_BOOKS - 1) // PER_PAGE_BOOKS
    if n is None:
        return None
    chunk = BOOK_ORDER[(n - 1) * PER_PAGE_BOOKS: n * PER_PAGE_BOOKS]
    items = "".join(
        f'<a href="{_book_url(base, s)}" class="book entity-list-item" data-entity-type="book">'
        f'<div class="entity-list-item-image bg-book" style="background-image: url(\'{base}'
        f'{BOOKS[s].cover or "/dist/img/placeholder-book.png"}\')"></div><div class="content">'
        f'<h4 class="entity-list-item-name break-text">{esc(BOOKS[s].name)}</h4><div class="entity-item-snippet">'
        f'<p class="text-muted break-text mb-s text-limit-lines-1">{esc(BOOKS[s].desc)}</p></div></div></a>'
        for s in chunk)
    middle = (
        '<main class="content-wrap mt-m card"><div class="grid half v-center no-row-gap">'
        '<h1 class="list-heading">Sách</h1><div class="text-m-right my-m">'
        f'<form action="{base}/preferences/change-sort/books" method="post" class="list-sort-label">'
        '<input type="hidden" name="_token" value="kN4pV9Qe2mXr7LcB0yTzHf3WsJd6GaUo1iRb8Ymv">'
        '<label>Sắp xếp</label> <span class="list-sort-type">Tên</span></form></div></div>'
        + (f'<div class="book-contents entity-list">{items}</div>' if chunk else
           '<p class="text-muted">Không có sách nào.</p>')
        + f'<div class="mt-m">{_pager(base, "/books", n, last)}</div></main>'
    )
    newest = ["tin-tuc-su-kien", "thong-bao", "to-chuyen-mon"]
    popular = ["tin-tuc-su-kien", "thong-bao", "doan-thanh-nien", "gioi-thieu", "van-ban-bieu-mau"]

    def mini(slugs: list[str]) -> str:
        return "".join(f'<a href="{_book_url(base, s)}" class="book entity-list-item"><div class="content">'
                       f'<h4 class="entity-list-item-name">{esc(BOOKS[s].name)}</h4></div></a>' for s in slugs)

    left = (f'<div id="popular" class="mb-xl"><h5>Sách phổ biến</h5><div class="entity-list">{mini(popular)}</div></div>'
            f'<div id="new" class="mb-xl"><h5>Sách mới</h5><div class="entity-list">{mini(newest)}</div></div>')
    right = ('<div class="actions mb-xl"><h5>Hành động</h5><div class="icon-list text-link">'
             f'<form action="{base}/preferences/change-view/books" method="POST"><input type="hidden" name="_token" '
             'value="kN4pV9Qe2mXr7LcB0yTzHf3WsJd6GaUo1iRb8Ymv"><button type="submit" name="view" value="grid" '
             'class="icon-list-item text-link"><span>Dạng lưới</span></button></form></div></div>')
    return html(_layout(base, "Sách", left, middle, right))


def view_shelves(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f'<a href="{base}/shelves/{s}" class="bookshelf entity-list-item" data-entity-type="bookshelf">'
        f'<div class="content py-xs"><h4 class="entity-list-item-name break-text">{esc(name)}</h4>'
        f'<p class="text-muted break-text">{esc(desc)}</p><div class="entity-shelf-books grid third gap-y-xs">'
        f'<span class="text-book">{len(books)} Sách</span></div></div></a>'
        for s, (name, desc, books) in SHELVES.items())
    middle = ('<main class="content-wrap mt-m card"><h1 class="list-heading">Giá sách</h1>'
              f'<div class="entity-list">{items}</div></main>')
    return html(_layout(base, "Giá sách", "", middle, ""))


def view_shelf(request: Request, slug: str) -> Response:
    base = base_url(request)
    name, desc, books = SHELVES[slug]
    items = "".join(
        f'<a href="{_book_url(base, b)}" class="book entity-list-item" data-entity-type="book">'
        f'<div class="content"><h4 class="entity-list-item-name break-text">{esc(BOOKS[b].name)}</h4>'
        f'<p class="text-muted">{esc(BOOKS[b].desc)}</p></div></a>' for b in books)
    crumbs = (f'<nav class="breadcrumbs text-center"><a href="{base}/shelves" class="text-bookshelf icon-list-item">'
              f'<span>{ICONS["bookshelf"]}</span><span>Giá sách</span></a><div class="separator">{ICONS["chevron"]}</div>'
              f'<a href="{base}/shelves/{slug}" class="text-bookshelf icon-list-item"><span>{esc(name)}</span></a></nav>')
    middle = (f'<div class="mb-s print-hidden">{crumbs}</div><main class="content-wrap card">'
              f'<h1 class="break-text">{esc(name)}</h1><div class="book-content"><p class="text-muted">{esc(desc)}</p>'
              f'<div class="entity-list">{items}</div></div></main>')
    right = ('<div class="mb-xl"><h5>Chi tiết</h5><div class="blended-links">'
             + _meta(base, _d(2024, 8, 20, 9, 5), _d(2026, 8, 25, 14, 3), "quan-tri-vien", "quan-tri-vien")
             + "</div></div>")
    return html(_layout(base, name, "", middle, right))


def _by_updated() -> list[Page]:
    return sorted(PAGES, key=lambda p: p.updated, reverse=True)


def view_recently_updated(request: Request) -> Response | None:
    base = base_url(request)
    n = _page_number(request)
    if n is None:
        return None
    pages = _by_updated()
    last = (len(pages) + PER_PAGE_UPDATED - 1) // PER_PAGE_UPDATED
    chunk = pages[(n - 1) * PER_PAGE_UPDATED: n * PER_PAGE_UPDATED]
    middle = ('<main class="content-wrap mt-m card"><h1 class="list-heading">Trang đã được cập nhật gần đây</h1>'
              '<div class="book-contents entity-list">'
              + ("".join(_entity_item(base, p, path=True, updated=True) for p in chunk)
                 or '<p class="text-muted">Không có trang nào.</p>')
              + f'</div><div class="text-center">{_pager(base, "/pages/recently-updated", n, last)}</div></main>')
    return html(_layout(base, "Trang đã được cập nhật gần đây", "", middle, "", body_class="tri-layout"))


def view_home(request: Request) -> Response:
    base = base_url(request)
    home = PAGE_BY_ID[HOME_PAGE_ID]
    ids = _Ids()
    ids("page-title")
    content = page_html(home, base, ids)
    recent = [p for p in _by_updated() if p.id != HOME_PAGE_ID][:10]
    rec_html = "".join(
        f'<a href="{base}{p.path}" class="page entity-list-item" data-entity-type="page"><span class="icon text-page">'
        f'{ICONS["page"]}</span><div class="content"><h4 class="entity-list-item-name break-text">'
        f'{esc(_name(p))}</h4><div class="entity-item-snippet"><p class="text-muted text-small">Được cập nhật '
        f'{_ago(p.updated)}</p></div></div></a>' for p in recent)
    left = (f'<div id="recent-pages" class="mb-xl"><h5><a href="{base}/pages/recently-updated" class="no-color">'
            f'Trang đã được cập nhật gần đây</a></h5><div id="recently-updated-pages" class="entity-list">{rec_html}'
            f'</div><a href="{base}/pages/recently-updated" class="text-muted block py-xs">Xem tất cả</a></div>')
    acts = []
    for p in sorted((p for p in PAGES if p.creator), key=lambda p: p.updated, reverse=True)[:10]:
        verb = "đã tạo trang" if p.updated == p.created else "đã cập nhật trang"
        who = p.updater or p.creator
        u = USERS[who]
        acts.append(
            f'<div class="activity-list-item"><div><img class="avatar" src="{base}{u.avatar}" alt="{esc(u.name)}">'
            f'</div><div class="text-muted"><a href="{base}/user/{u.slug}">{esc(u.name)}</a> {verb} '
            f'<a href="{base}{p.path}">{esc(_name(p))}</a><br><span class="text-muted"><small>'
            f"{_ago(p.updated)}</small></span></div></div>")
    right = (f'<div id="recent-activity" class="mb-xl"><h5>Hoạt động gần đây</h5><div class="activity-list">'
             f'{"".join(acts)}</div></div>')
    middle = (
        '<div class="mt-m"><main class="content-wrap card"><div component="page-display" '
        f'option:page-display:page-id="{home.id}" class="page-content"><div dir="auto">'
        f'<h1 class="break-text" id="bkmrk-page-title">{esc(home.story.title)}</h1>'
        f'<div style="clear:left;"></div>\n{content}\n</div></div></main></div>'
    )
    return html(_layout(base, "", left, middle, right))


def _search_terms(term: str) -> tuple[list[tuple[str, str | None]], list[str], list[str]]:
    tags = [(m.group(1).strip(), m.group(3).strip() if m.group(3) is not None else None)
            for m in re.finditer(r"\[([^=\]]+)(=([^\]]*))?\]", term)]
    filters = re.findall(r"\{([^}]+)\}", term)
    rest = re.sub(r"\[[^\]]*\]|\{[^}]*\}", " ", term)
    words = [w for w in rest.split() if w]
    return tags, filters, words


def view_search(request: Request) -> Response:
    base = base_url(request)
    term = request.params.get("term", "")
    n = _page_number(request) or 1
    tags, filters, words = _search_terms(term)
    results: list[Page] = []
    if tags or filters or words:
        for p in _by_updated():
            if any(not any(tn == name and (tv is None or tv == val) for tn, tv in p.tags) for name, val in tags):
                continue
            if any(f.startswith("created_by:") and p.creator != f.split(":", 1)[1] for f in filters):
                continue
            hay = _ascii_slug(p.story.title + " " + " ".join(p.story.paragraphs))
            if any(_ascii_slug(w) not in hay for w in words):
                continue
            results.append(p)
    chunk = results[(n - 1) * 20: n * 20]
    more = len(results) > n * 20
    nav = ""
    if n > 1:
        nav += f'<a href="{base}/search?term={quote_plus(term)}&amp;page={n - 1}" class="button outline">Trang trước</a>'
    if more:
        nav += f'<a href="{base}/search?term={quote_plus(term)}&amp;page={n + 1}" class="button outline">Trang sau</a>'
    middle = (
        '<div class="card content-wrap"><h1 class="list-heading">Kết quả tìm kiếm</h1>'
        f'<form action="{base}/search" method="GET" class="search-box flexible hide-over-l"><input value="{esc(term)}" '
        'type="text" name="term" placeholder="Tìm kiếm"><button type="submit">Tìm kiếm</button></form>'
        f'<h6 class="text-muted">Tìm thấy {len(results)} kết quả</h6><div class="book-contents entity-list">'
        + ("".join(_entity_item(base, p, path=True) for p in chunk)
           or '<p class="text-muted">Không tìm thấy trang nào phù hợp với tìm kiếm này</p>')
        + f'</div><div class="grid half v-center">{nav}</div></div>'
    )
    return html(_layout(base, "Tìm kiếm", "", middle, ""))


def view_user(request: Request, slug: str) -> Response:
    base = base_url(request)
    u = USERS[slug]
    mine = sorted((p for p in PAGES if p.creator == slug), key=lambda p: p.created, reverse=True)
    items = "".join(_entity_item(base, p) for p in mine[:5])
    middle = (
        f'<main class="content-wrap card"><div class="grid right-focus v-center"><div class="flex-container-row">'
        f'<img class="avatar square huge mr-m" src="{base}{u.avatar}" alt="{esc(u.name)}"><div><h4 class="mt-md">'
        f'{esc(u.name)}</h4><p class="text-muted">Người dùng từ {_ago(u.since)}</p></div></div>'
        f'<div id="content-counts"><div class="text-muted">Nội dung đã tạo</div><div class="icon-list">'
        f'<span class="text-page">{len(mine)} Trang</span></div></div></div></main>'
        f'<section class="card content-wrap auto-height"><h2 id="recent-pages" class="list-heading">'
        f'Trang được tạo gần đây</h2><div class="entity-list">{items}</div></section>'
    )
    return html(_layout(base, u.name, "", middle, ""))


def view_login(request: Request) -> Response:
    base = base_url(request)
    middle = (
        '<div class="container very-small"><div class="my-l">&nbsp;</div><div class="card content-wrap auto-height">'
        '<h1 class="list-heading">Đăng nhập</h1>'
        f'<form action="{base}/login" method="POST" id="login-form" class="mt-l">'
        '<input type="hidden" name="_token" value="kN4pV9Qe2mXr7LcB0yTzHf3WsJd6GaUo1iRb8Ymv">'
        '<div class="form-group"><label for="email">Email</label><input type="email" id="email" name="email"></div>'
        '<div class="form-group"><label for="password">Mật khẩu</label><input type="password" id="password" '
        'name="password"></div><button class="button">Đăng nhập</button></form></div></div>'
    )
    return html(_layout(base, "Đăng nhập", "", middle, "", body_class=""))


# --- the site -------------------------------------------------------------------------------------


ATTACHMENTS = {aid: name for p in PAGES for aid, name in p.attachments}
_RX_PAGE = re.compile(r"^/books/([a-z0-9-]+)/page/([a-z0-9-]+)$")
_RX_CHAPTER = re.compile(r"^/books/([a-z0-9-]+)/chapter/([a-z0-9-]+)$")
_RX_BOOK = re.compile(r"^/books/([a-z0-9-]+)$")
_STATIC_PREFIXES = ("/uploads/", "/dist/", "/theme/")


class BookStackSite:
    """Routes of a BookStack 23.x install (Laravel ignores query strings it does not read)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        base = base_url(request)
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path)
        if path == "/manifest.json":
            return Response(200, b'{"name":"THPT Tran Cao Van","start_url":"/"}',
                            {"Content-Type": "application/json"})
        if len(path) > 1 and path.endswith("/"):
            stripped = path.rstrip("/")
            return redirect(base + stripped + (f"?{request.query}" if request.query else ""), 301)
        if request.method == "POST":
            if path.startswith("/preferences/"):
                return redirect(f"{base}/books", 302)
            if path == "/login":
                return redirect(f"{base}/login", 302)
            return None
        if path == "/":
            return view_home(request)
        if path == "/login":
            return view_login(request)
        if path == "/books":
            return view_books(request)
        if path == "/shelves":
            return view_shelves(request)
        if path.startswith("/shelves/") and path[len("/shelves/"):] in SHELVES:
            return view_shelf(request, path[len("/shelves/"):])
        if path == "/pages/recently-updated":
            return view_recently_updated(request)
        if path == "/search":
            return view_search(request)
        if path.startswith("/user/") and path[len("/user/"):] in USERS:
            return view_user(request, path[len("/user/"):])
        if path.startswith("/link/"):
            pid = path[len("/link/"):]
            if pid.isdigit() and int(pid) in PAGE_BY_ID:
                return redirect(base + PAGE_BY_ID[int(pid)].path, 302)
            return None
        if path.startswith("/attachments/"):
            aid = path[len("/attachments/"):]
            if aid.isdigit() and int(aid) in ATTACHMENTS:
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'inline; filename="{ATTACHMENTS[int(aid)]}"'})
            return None
        if m := _RX_PAGE.match(path):
            if path in PAGE_BY_PATH:
                return view_page(request, PAGE_BY_PATH[path])
            if path in OLD_SLUGS:
                return redirect(base + OLD_SLUGS[path].path, 301)
            return None
        if m := _RX_CHAPTER.match(path):
            if (m.group(1), m.group(2)) in CHAPTERS:
                return view_chapter(request, m.group(1), m.group(2))
            return None
        if m := _RX_BOOK.match(path):
            if m.group(1) in BOOKS:
                return view_book(request, m.group(1))
            return None
        return None


def build_site() -> BookStackSite:
    return BookStackSite()


# --- gold -------------------------------------------------------------------------------------------


def _gold(story: Story, page_id: int, alt: list[str] | None = None) -> dict:
    page = PAGE_BY_ID[page_id]
    assert page.story is story
    return gold_record(story, page.path, story.cat, alt_paths=alt or [])


GOLD = [
    _gold(A1, 112, [A1_FB_PATH]),
    _gold(A2, 97),
    _gold(A3, 131),
    _gold(A4, 121),
    _gold(A5, 136),
    _gold(A6, 128),
    _gold(A7, 133),
    _gold(A8, 88),
    _gold(A9, 117),
    _gold(A10, 123),
    _gold(A11, 92, [PAGE_BY_ID[94].path]),
    _gold(A12, 71),
    _gold(A13, 79),
]

NON_ARTICLES = [
    PAGE_BY_ID[3].path,    # the homepage page (transcludes A1)
    PAGE_BY_ID[5].path,    # intro: history
    PAGE_BY_ID[6].path,    # contact
    PAGE_BY_ID[41].path,   # document entry
    PAGE_BY_ID[44].path,   # document entry
    PAGE_BY_ID[61].path,   # photo album
    PAGE_BY_ID[66].path,   # video page
    PAGE_BY_ID[140].path,  # weekly work calendar
]
