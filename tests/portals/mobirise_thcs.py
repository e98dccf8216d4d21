"""Trường THCS Mường Lống (a small lower-secondary boarding school in a mountain commune of
Nghệ An, on the Lào border): a site made with **Mobirise 5**, the offline website builder, and
uploaded by FTP as exported static HTML to a shared Apache host.

The teacher who keeps the site adds one HTML page per news item by duplicating the previous
news page in the builder, changing the text and re-exporting. Everything the builder prints is
imitated: ``<html  >`` without a language, the "Site made with Mobirise" comment and generator
meta, Bootstrap 5 blocks ``<section data-bs-version="5.1" class="content4 cid-…" id="content4-1a">``
with the builder's own class vocabulary (``mbr-section-title``, ``mbr-fonts-style``,
``display-2`` …), relative links everywhere (``page14.html``, ``assets/images/…``), no ``<h1>``
on any page, and the visible "Made with Mobirise" credit section at the very end of the body.

URL scheme (all pages at the root, named by the builder)
--------------------------------------------------------
- ``/`` and ``/index.html``: the home page (Apache's DirectoryIndex serves index.html at ``/``;
  the menu links ``index.html``). Blocks: menu1, a "slider1" carousel of three slides (their
  "Xem chi tiết" buttons link ``gioi-thieu.html``, ``page27.html`` and
  ``khai-giang-2026.html``), a welcome text, a "Tin mới" features3 block of three news cards,
  a "Xem tất cả tin tức" button to ``tin-tuc.html``, the footers.
- ``/tin-tuc.html``, ``/tin-tuc-2.html``, ``/tin-tuc-3.html``: the news list, split by hand into
  pages of (about) six "features3" cards each (image, h4 title, h6 date, text, a "Xem thêm"
  button ``<a class="btn btn-primary item-btn display-7" href="page19.html">``), then a row of
  page buttons ``<a class="btn btn-primary display-4" href="tin-tuc-2.html">Trang 2</a>``.
  The cards carry the builder's real quirk ``class="item features-image сol-12 …"`` (a Cyrillic
  "с"). A card title is what the teacher typed on the card, sometimes shorter than the page's
  headline; the card's date line is the day he made the card (once a day later than the page's).
- News pages: ``/page12.html`` … ``/page27.html`` (Mobirise's default names, no slug) and two
  pages the teacher renamed: ``/khai-giang-2026.html``, ``/hoi-khoe-phu-dong.html``.
- Static pages: ``/gioi-thieu.html`` (history, staff), ``/lien-he.html`` (a Mobirise form that
  posts to mobirise.eu), ``/thu-vien-anh.html`` (a gallery5 album).
- ``/assets/…``: Bootstrap, the theme's JS and CSS, Mobirise icon fonts (``.woff``/``.ttf``),
  ``assets/images/*.jpg`` and ``assets/files/*.docx``. Apache's auto-index is on: ``/assets/``
  and its folders answer an "Index of /assets/…" listing (with an ``<h1>``, and the sort links
  ``?C=N;O=D`` … that answer the same listing again).
- No robots.txt, no sitemap.xml (the teacher never set the domain in the publish settings).

Which path reaches each gold article
------------------------------------
- ``tin-tuc.html`` (newest first): page25, page23, hoi-khoe-phu-dong, page21, page20, page19.
- ``tin-tuc-2.html``: page19 again (the teacher's hand split repeated the card at the page
  boundary), khai-giang-2026, page17, a document card whose button is "Tải về" to
  ``assets/files/ke-hoach-on-thi-vao-10-2026.docx`` (a document entry, not a page), page16,
  page15.
- ``tin-tuc-3.html``: page13, page12, and an album card linking ``thu-vien-anh.html``; then
  "Trang 1 2 3" and a "Trang 4" button to ``tin-tuc-4.html``, which does not exist (404).
- ``page27.html`` (the newest news) is linked **only** from the home page's slider: the teacher
  put it in the carousel and forgot to add its card. Being newest, no older page's "Các tin
  khác" list links it, and the global footer's "Tin mới" column lists page25, page23 and
  hoi-khoe-phu-dong only.
- Every news page but page12 ends with a "Các tin khác" block (links to older news, copied from
  the page it was duplicated from, so it is stale); the global footer ("once" block) has the
  "Tin mới" column, "Liên kết website" (other hosts) and a visitor counter.

Traps
-----
- Old pages left online but unlinked by anything: ``/page5.html``, ``/page7.html``,
  ``/page9.html`` (news of 2024–2025 from the site's first version, with the old footer) and
  ``/page14.html``, ``/page24.html`` (pages the teacher added and abandoned, still holding the
  builder's English placeholder text). They answer 200; no link on the site reaches them.
  ``/page18.html``, ``/page22.html``, ``/page26.html`` (renamed or deleted) answer 404.
- ``tin-tuc-4.html`` (the "Trang 4" button) answers Apache's 404 page.
- ``/assets/`` auto-index listings; ``.docx`` downloads ("Tải về" buttons on page13 and on the
  document card of tin-tuc-2).
- ``<title>`` is the school's name on most pages (the teacher never set page titles); on the
  two renamed pages it is what he typed in the page settings ("Lễ khai giảng năm học 2026 -
  2027" with a hyphen where the headline has an en dash; "Hội khỏe Phù Đổng"). The meta
  description is the builder default "Website Builder Description" on the pages he made fresh
  (page21, page23, page27), and on page20 it is the first sentence of page19 (the page it was
  duplicated from).
- The header bar prints today's date (a script that the builder's code block rewrites; the
  exported text is :data:`TODAY`), never a publication date. A list page also has an h3 section
  title, exactly like a news page.
- A gallery5 block prints every photo twice: in the grid (with its h6 caption line) and again
  in the hidden lightbox carousel (``modal mbr-slider``, no caption).
- page19 was typed on a Mac: its text (title, lines, caption, byline) is decomposed Unicode
  (NFD). page23 has one paragraph written half in entity references (pasted from Word through
  the editor's HTML mode); other pages have ``&nbsp;`` runs.
- Images keep the builder's default ``alt="Mobirise Website Builder"`` on some pages: an alt
  is never a caption.

Page anatomy of a news page and gold decisions
----------------------------------------------
- Title: the content4 block's ``<h3 class="mbr-section-title … display-2"><strong>…</strong></h3>``
  (the page has no h1; ``<title>`` is the school's name). Gold ``title`` = that h3 text.
- Date: typed by the teacher, day only, day first, in one of three places: the content4
  subtitle ``<h4 class="mbr-section-subtitle …">Ngày 26/3/2026</h4>``; a content5 block of its
  own holding only "(Ngày đăng: 10/7/2026)"; or the first line of the first text block
  ("(Ngày đăng: 10/11/2026)<br>Sáng ngày …"). ``published_at`` = that day ("2026-03-26"). On
  page20 the event was the evening of 25/9 and the page says "(Ngày đăng: 26/9/2026)": 26/9
  wins. The date line is not body text.
- Lead: on page20 and page27 the content4 subtitle is a lead sentence (not a date): it is the
  ``summary`` and the body's first paragraph. Elsewhere ``summary`` is None.
- Body: the text blocks (content5 ``<p class="mbr-text …">``) in page order. Mobirise's editor
  makes a line break ``<br>`` on Enter inside a block (some pages have ``<br><br>``): each typed
  line is a paragraph. Lines the teacher started with "- " or "+ " keep that mark as printed.
  The image1 block (image with text beside, on hoi-khoe-phu-dong) contributes its heading
  "Nhiều môn thi đấu hấp dẫn" and its text lines as paragraphs. The table1 block on page16
  contributes its title (h2) and its rows (header row included), cells joined by " | "; the
  table block's "Tìm kiếm:" box and "Showing … entries" info are widget text, not body.
  Not body: the date line, the byline/source lines, the "Tải về" button, "Các tin khác".
- Authors: from the right-aligned line at the end, "Người viết: Cô Nguyễn Thị Mai – GV Ngữ
  văn" -> "Nguyễn Thị Mai" (drop "Cô"/"Thầy", drop the post after the dash). page23 has the line
  inside its last text block (bold) instead of its own block. "Tin và ảnh: Cô Lương Thị Hoa –
  TPT Đội" (page20) makes her author and photographer. page25 adds a line "Ảnh: Em Moong Thị Ly
  – Lớp 9A": photographer "Moong Thị Ly" ("Em" is a form of address, the class is a unit).
  page13 is signed "Tổ Văn phòng" and page21 "Ban Giám hiệu" alone: the office is the author, as
  printed. page17 is a repost with no writer, ending "Nguồn: Sở GD&ĐT Nghệ An": ``source`` =
  "Sở GD&ĐT Nghệ An", no authors.
- Images: the photos of image3/image1 blocks and of the gallery5 grid, in page order, each
  once. Caption = the ``<p class="mbr-description …">`` under an image3/image1 photo, or the
  gallery item's ``<h6 class="mbr-item-subtitle …">``; where the teacher switched the line off
  (no element) the caption is None. Not images: the logo, slider backgrounds, card thumbnails,
  the counter badge, the credit section's pixel.
- Category: None everywhere (the site has no categories and prints no breadcrumb).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

from crawler.demo.server import Request, Response, html
from tests.portals._common import TODAY, Img, P, Raw, esc, static_file, text

NAME = "mobirise_thcs"
PLATFORM = "Mobirise 5 (static export, Apache shared hosting)"
START_PATH = "/"

SCHOOL = "Trường THCS Mường Lống"
SCHOOL_UPPER = "TRƯỜNG THCS MƯỜNG LỐNG"
ADDRESS = "Bản Mường Lống 1, xã Mường Lống, tỉnh Nghệ An"
PHONE = "0238 3878 215"
EMAIL = "thcsmuonglong@nghean.edu.vn"
DESCRIPTION = "Trang thông tin Trường THCS Mường Lống, xã Mường Lống, tỉnh Nghệ An"
BUILDER_DESCRIPTION = "Website Builder Description"
GENERATOR = "Mobirise v5.9.18, mobirise.com"

MENU = (
    ("index.html", "Trang chủ"),
    ("gioi-thieu.html", "Giới thiệu"),
    ("tin-tuc.html", "Tin tức"),
    ("thu-vien-anh.html", "Thư viện ảnh"),
    ("lien-he.html", "Liên hệ"),
)
LINKS = (
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://nghean.edu.vn", "Sở GD&ĐT Nghệ An"),
    ("https://truonghocketnoi.edu.vn", "Trường học kết nối"),
    ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
)


# --- the builder's blocks, as the teacher filled them --------------------------------------


@dataclass(frozen=True)
class Text:
    """A content5 text block: one ``<p class="mbr-text">`` whose lines are joined by ``br``.

    ``lines`` are P (body) or Raw (a date or byline line typed into the block)."""

    lines: tuple[P | Raw | str, ...]
    br: str = "<br>"

    def __post_init__(self) -> None:  # a plain string is a plain paragraph
        object.__setattr__(
            self, "lines", tuple(P(x) if isinstance(x, str) else x for x in self.lines)
        )


@dataclass(frozen=True)
class Picture:
    """An image3 block: one photo, its mbr-description line (or none)."""

    img: Img
    alt: str = ""


@dataclass(frozen=True)
class Beside:
    """An image1 block: the photo on the left, a heading and text lines on the right."""

    img: Img
    heading: P
    lines: tuple[P | str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "lines", tuple(P(x) if isinstance(x, str) else x for x in self.lines)
        )


@dataclass(frozen=True)
class Gallery:
    """A gallery5 block (mbr-gallery): grid of photos with h6 lines, plus the lightbox copy."""

    imgs: tuple[Img, ...]


@dataclass(frozen=True)
class Table:
    """A table1 block: h2 title, header row, body rows."""

    title: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Byline:
    """A right-aligned content5 block at the end: the author / source line(s), as printed."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Button:
    """A mbr-section-btn block: one button (the "Tải về" download)."""

    label: str
    href: str


def shown(src: str, line: str) -> Img:
    """A photo whose printed line is, as it reads, its caption."""
    return Img(src, line, line)


Section = Text | Picture | Beside | Gallery | Table | Byline | Button


@dataclass(frozen=True)
class Card:
    """A features3 card on the news list: what the teacher typed on it."""

    title: str
    date: str
    blurb: str
    thumb: str
    href: str
    button: str = "Xem thêm"


@dataclass
class News:
    """One news page: what is printed (sections, subtitle, page settings) and, by hand, what a
    careful reader takes from it (the gold fields)."""

    path: str
    title: str
    subtitle: str | None
    sections: list[Section]
    # gold, written by hand
    published_at: str
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None
    # page settings and surroundings
    page_title: str = SCHOOL
    description: str = DESCRIPTION
    related: tuple[str, ...] = ()
    card: Card | None = None
    #: typed on a Mac: the page's text is decomposed Unicode
    nfd: bool = False


# P.style on this site: "ent" = pasted through the editor's HTML mode, every second non-ASCII
# character an entity reference; "nbsp" = the teacher's double spaces after a full stop, which
# the editor keeps as "&nbsp; ".

# --- the news pages, oldest first ----------------------------------------------------------

AUTHOR_MAI = "Người viết: Cô Nguyễn Thị Mai – GV Ngữ văn"

PAGE12 = News(
    path="/page12.html",
    title="Chi đoàn trường ra quân vệ sinh môi trường chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
    subtitle="Ngày 26/3/2026",
    sections=[
        Text(
            (
                "Hưởng ứng Tháng Thanh niên năm 2026 và chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026), sáng ngày 22/3/2026, Chi đoàn Trường THCS Mường Lống phối hợp với Liên đội tổ chức buổi ra quân vệ sinh môi trường tại khu vực trường và các tuyến đường chính của bản Mường Lống 1.",
                "Tham gia buổi ra quân có 12 đoàn viên giáo viên và gần 150 đội viên, học sinh các khối lớp 8, 9. Các em được chia thành từng nhóm, mỗi nhóm phụ trách một đoạn đường, thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh.",
            )
        ),
        Picture(
            shown(
                "assets/images/ra-quan-1-1024x683.jpg",
                "Đoàn viên, đội viên thu gom rác thải trên tuyến đường vào bản",
            ),
            alt="Mobirise Website Builder",
        ),
        Text(
            (
                P(
                    "Dù thời tiết vùng cao còn rét, các em vẫn hăng hái, nhiệt tình. Sau hơn hai giờ làm việc, khu vực trường học và đường bản đã sạch sẽ, thoáng mát hơn.",
                    "nbsp",
                ),
                "Thông qua hoạt động, Chi đoàn mong muốn nâng cao ý thức giữ gìn vệ sinh chung, bảo vệ môi trường cho học sinh và bà con nhân dân trong bản.",
            )
        ),
        Picture(
            shown(
                "assets/images/ra-quan-2-1024x683.jpg",
                "Các em học sinh khối 9 phát quang bụi rậm quanh khuôn viên trường",
            ),
            alt="Mobirise Website Builder",
        ),
        Byline(("Người viết: Thầy Lầu Bá Chư – Bí thư Chi đoàn",)),
    ],
    published_at="2026-03-26",
    authors=["Lầu Bá Chư"],
    card=Card(
        "Chi đoàn ra quân vệ sinh môi trường",
        "26/3/2026",
        "Hưởng ứng Tháng Thanh niên, Chi đoàn và Liên đội ra quân vệ sinh môi trường bản Mường Lống 1.",
        "assets/images/ra-quan-1-600x400.jpg",
        "page12.html",
    ),
)

PAGE13 = News(
    path="/page13.html",
    title="Thông báo lịch kiểm tra cuối học kỳ II năm học 2025 – 2026",
    subtitle=None,
    sections=[
        Text(
            (
                Raw("(Ngày đăng: 20/4/2026)"),
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ II năm học 2025 – 2026 như sau:",
                "- Khối 6, 7: từ ngày 04/5/2026 đến ngày 08/5/2026.",
                "- Khối 8, 9: từ ngày 06/5/2026 đến ngày 12/5/2026.",
                "Giáo viên chủ nhiệm thông báo cho học sinh và cha mẹ học sinh biết để chuẩn bị ôn tập. Lịch chi tiết từng môn xem trong tệp đính kèm.",
            )
        ),
        Button("Tải về", "assets/files/lich-kiem-tra-cuoi-hk2-2025-2026.docx"),
        Byline(("Tổ Văn phòng",)),
    ],
    published_at="2026-04-20",
    authors=["Tổ Văn phòng"],
    related=("page12.html",),
    card=Card(
        "Lịch kiểm tra cuối học kỳ II",
        "20/4/2026",
        "Lịch kiểm tra cuối học kỳ II năm học 2025 – 2026 của các khối lớp.",
        "assets/images/thong-bao-600x400.jpg",
        "page13.html",
    ),
)

PAGE15 = News(
    path="/page15.html",
    title="Liên đội tổ chức các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
    subtitle="Ngày 19/5/2026",
    sections=[
        Text(
            (
                "Nhằm giáo dục truyền thống, lòng kính yêu Bác Hồ cho học sinh, trong tuần từ ngày 11/5 đến ngày 19/5/2026, Liên đội Trường THCS Mường Lống đã tổ chức nhiều hoạt động thiết thực kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026).",
                "Các chi đội đã tổ chức sinh hoạt chủ đề “Bác Hồ với thiếu nhi các dân tộc”, thi kể chuyện về Bác, trang trí góc học tập có ảnh Bác. Nhiều câu chuyện được các em kể bằng cả tiếng Mông và tiếng Việt, tạo không khí gần gũi, xúc động.",
            ),
            br="<br><br>",
        ),
        Picture(
            shown(
                "assets/images/z7402851166620-5a8e6f0b2c41d93e7f1a-1280x960.jpg",
                "Em Lầu Y Mỷ, lớp 7B kể chuyện “Bác Hồ với thiếu nhi”",
            )
        ),
        Text(
            (
                "Sáng 19/5, toàn trường tổ chức lễ chào cờ đặc biệt, dâng hoa trước tượng đài Bác. Đội nghi lễ của Liên đội thực hiện nghi thức trang nghiêm.",
                "Kết thúc đợt hoạt động, Liên đội khen thưởng 3 chi đội và 12 cá nhân có thành tích xuất sắc.",
            ),
            br="<br><br>",
        ),
        # the teacher switched this photo's description line off: no caption
        Picture(Img("assets/images/z7402851170345-d27c1b09aa6e4f35b8c2-1280x960.jpg", None, None)),
        Byline(("Người viết: Cô Lương Thị Hoa – TPT Đội",)),
    ],
    published_at="2026-05-19",
    authors=["Lương Thị Hoa"],
    related=("page13.html", "page12.html"),
    card=Card(
        "Kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        "19/5/2026",
        "Nhiều hoạt động thiết thực của Liên đội trong tuần lễ kỷ niệm Ngày sinh của Bác.",
        "assets/images/z7402851166620-5a8e6f0b2c41d93e7f1a-600x450.jpg",
        "page15.html",
    ),
)

PAGE16 = News(
    path="/page16.html",
    title="Lễ tổng kết năm học 2025 – 2026 và tuyên dương học sinh tiêu biểu",
    subtitle="Ngày 30/5/2026",
    sections=[
        Text(
            (
                "Sáng ngày 28/5/2026, Trường THCS Mường Lống long trọng tổ chức Lễ tổng kết năm học 2025 – 2026. Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Mường Lống, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và 412 học sinh của nhà trường.",
                P(
                    "Năm học 2025 – 2026 là năm học có nhiều khó khăn: địa bàn rộng, giao thông đi lại vất vả, nhiều học sinh ở bán trú xa gia đình. Tuy vậy, với sự nỗ lực của thầy và trò, nhà trường đã hoàn thành tốt các nhiệm vụ đề ra.",
                    "nbsp",
                ),
                "Tỷ lệ chuyên cần đạt 97,6%, không có học sinh bỏ học giữa chừng. Chất lượng hai mặt giáo dục có chuyển biến rõ rệt so với năm học trước, cụ thể như sau:",
            )
        ),
        Table(
            "Kết quả xếp loại học sinh cuối năm học 2025 – 2026",
            ("Khối", "Số HS", "Học tập Tốt", "Học tập Khá", "Học tập Đạt", "Chưa đạt"),
            (
                ("Khối 6", "112", "9", "38", "61", "4"),
                ("Khối 7", "104", "11", "35", "55", "3"),
                ("Khối 8", "99", "8", "36", "52", "3"),
                ("Khối 9", "97", "12", "40", "45", "0"),
                ("Toàn trường", "412", "40", "149", "213", "10"),
            ),
        ),
        Text(
            (
                "Về học sinh giỏi, nhà trường có 5 em đạt giải cấp huyện và 1 em đạt giải Khuyến khích cấp tỉnh môn Lịch sử. 97/97 học sinh lớp 9 được công nhận tốt nghiệp THCS.",
                "Tại buổi lễ, nhà trường đã trao giấy khen cho 40 học sinh đạt danh hiệu Học sinh Xuất sắc, Học sinh Giỏi và 6 tập thể lớp tiêu biểu. Hội Khuyến học xã cũng trao 10 suất quà cho học sinh nghèo vượt khó học tốt.",
            )
        ),
        Picture(
            shown(
                "assets/images/tong-ket-1-1024x683.jpg",
                "Đồng chí Nguyễn Văn Hùng, Hiệu trưởng nhà trường báo cáo tổng kết năm học",
            )
        ),
        Picture(
            shown(
                "assets/images/tong-ket-2-1024x683.jpg",
                "Trao giấy khen cho học sinh đạt thành tích cao trong năm học",
            )
        ),
        Text(
            (
                "Phát biểu tại buổi lễ, đại diện lãnh đạo xã ghi nhận những cố gắng của tập thể nhà trường, đồng thời đề nghị thầy cô tiếp tục quan tâm, vận động học sinh ra lớp đầy đủ, đặc biệt trong thời gian nghỉ hè để các em không bỏ học.",
            )
        ),
        Byline(("Người viết: Thầy Vừ Văn Dế – Phó Hiệu trưởng",)),
    ],
    published_at="2026-05-30",
    authors=["Vừ Văn Dế"],
    related=("page15.html", "page13.html", "page12.html"),
    card=Card(
        "Lễ tổng kết năm học 2025 – 2026",
        "30/5/2026",
        "Nhà trường tổng kết năm học, tuyên dương 40 học sinh và 6 tập thể lớp tiêu biểu.",
        "assets/images/tong-ket-1-600x400.jpg",
        "page16.html",
    ),
)

PAGE17 = News(
    path="/page17.html",
    title="Nghệ An công bố điểm chuẩn vào lớp 10 các trường THPT dân tộc nội trú năm học 2026 – 2027",
    subtitle=None,
    sections=[
        Text((Raw("(Ngày đăng: 10/7/2026)"),)),
        Text(
            (
                "Ngày 09/7/2026, Sở Giáo dục và Đào tạo Nghệ An đã công bố điểm chuẩn tuyển sinh vào lớp 10 các trường THPT dân tộc nội trú năm học 2026 – 2027.",
                "Điểm chuẩn cụ thể như sau:",
                "- Trường THPT DTNT tỉnh: 31,25 điểm.",
                "- Trường PT DTNT THPT số 2 Nghệ An: 27,50 điểm.",
                "- Trường THPT DTNT Kỳ Sơn: 22,75 điểm.",
                "Học sinh trúng tuyển nộp hồ sơ nhập học tại trường từ ngày 20/7 đến hết ngày 25/7/2026. Năm nay, Trường THCS Mường Lống có 14 em trúng tuyển vào các trường dân tộc nội trú.",
            )
        ),
        Byline(("Nguồn: Sở GD&ĐT Nghệ An",)),
    ],
    published_at="2026-07-10",
    source="Sở GD&ĐT Nghệ An",
    related=("page16.html", "page15.html", "page13.html", "page12.html"),
    card=Card(
        "Điểm chuẩn vào lớp 10 các trường DTNT",
        "10/7/2026",
        "Sở GD&ĐT Nghệ An công bố điểm chuẩn vào lớp 10 các trường THPT dân tộc nội trú.",
        "assets/images/tuyen-sinh-600x400.jpg",
        "page17.html",
    ),
)

KHAI_GIANG = News(
    path="/khai-giang-2026.html",
    title="Lễ khai giảng năm học 2026 – 2027",
    subtitle="Ngày 05/9/2026",
    sections=[
        Text(
            (
                "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS Mường Lống đã long trọng tổ chức Lễ khai giảng năm học mới 2026 – 2027.",
                "Năm học này, nhà trường có 14 lớp với 426 học sinh, trong đó có 118 em học sinh lớp 6. 100% học sinh là con em đồng bào dân tộc Mông và Khơ Mú; 286 em ở bán trú tại trường.",
                "Sau phần văn nghệ chào mừng đặc sắc do chính các em học sinh biểu diễn, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng năm học mới.",
            )
        ),
        Text(
            (
                "Trong diễn văn khai giảng, thầy Hiệu trưởng đã điểm lại những kết quả nổi bật của năm học trước và phát động thi đua năm học mới với chủ đề “Kỷ cương – Trách nhiệm – Chất lượng”.",
                "Dịp này, các nhà hảo tâm đã trao tặng nhà trường 200 bộ quần áo ấm, 150 suất quà và sách vở cho học sinh có hoàn cảnh khó khăn.",
                "Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng.",
            )
        ),
        Gallery(
            (
                shown(
                    "assets/images/khai-giang-1-1024x683.jpg",
                    "Các em học sinh lớp 6 bước vào trường trong ngày khai giảng",
                ),
                shown(
                    "assets/images/khai-giang-2-1024x683.jpg",
                    "Tiết mục văn nghệ chào mừng năm học mới",
                ),
                Img("assets/images/khai-giang-3-1024x683.jpg", None, None),
                shown(
                    "assets/images/khai-giang-4-1024x683.jpg",
                    "Thầy Hiệu trưởng đánh trống khai giảng",
                ),
                shown(
                    "assets/images/khai-giang-5-1024x683.jpg",
                    "Trao quà cho học sinh có hoàn cảnh khó khăn",
                ),
                Img("assets/images/khai-giang-6-1024x683.jpg", None, None),
            )
        ),
        Byline((AUTHOR_MAI,)),
    ],
    published_at="2026-09-05",
    authors=["Nguyễn Thị Mai"],
    page_title="Lễ khai giảng năm học 2026 - 2027",
    related=("page17.html", "page16.html", "page15.html", "page13.html"),
    card=Card(
        "Lễ khai giảng năm học 2026 – 2027",
        "05/9/2026",
        "Thầy và trò nhà trường long trọng tổ chức Lễ khai giảng năm học mới.",
        "assets/images/khai-giang-1-600x400.jpg",
        "khai-giang-2026.html",
    ),
)

PAGE19 = News(
    path="/page19.html",
    title="Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
    subtitle=None,
    sections=[
        Text((Raw("(Ngày đăng: 12/9/2026)"),)),
        Text(
            (
                "Chiều ngày 11/9/2026, Trường THCS Mường Lống tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027. Hội nghị được tổ chức theo hai phần: họp toàn thể tại hội trường và họp tại các lớp.",
                "Tại hội nghị, thầy Hiệu trưởng đã thông báo kết quả năm học vừa qua, kế hoạch năm học mới, các khoản thu theo quy định và chế độ hỗ trợ học sinh bán trú theo Nghị định của Chính phủ.",
                "Nhiều ý kiến của phụ huynh tập trung vào việc đảm bảo an toàn cho học sinh trên đường đến trường mùa mưa lũ và chất lượng bữa ăn bán trú. Nhà trường đã tiếp thu, giải đáp cụ thể từng ý kiến.",
            ),
            br="<br><br>",
        ),
        Picture(
            shown("assets/images/hoi-nghi-cmhs-1024x683.jpg", "Toàn cảnh Hội nghị cha mẹ học sinh")
        ),
        Text(
            (
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh trường gồm 9 thành viên, ông Xồng Bá Lầu được bầu làm Trưởng ban.",
            )
        ),
        Byline(("Người viết: Thầy Nguyễn Văn Hùng – Hiệu trưởng",)),
    ],
    published_at="2026-09-12",
    authors=["Nguyễn Văn Hùng"],
    related=("khai-giang-2026.html", "page17.html", "page16.html", "page15.html"),
    nfd=True,
    card=Card(
        "Hội nghị cha mẹ học sinh đầu năm học",
        "12/9/2026",
        "Nhà trường tổ chức Hội nghị cha mẹ học sinh, bầu Ban đại diện cha mẹ học sinh năm học mới.",
        "assets/images/hoi-nghi-cmhs-600x400.jpg",
        "page19.html",
    ),
)

PAGE20_LEAD = (
    "Tối 25/9/2026 (tức Rằm tháng Tám năm Bính Ngọ), Liên đội Trường THCS Mường Lống tổ chức "
    "chương trình “Vui Tết Trung thu cho em” cho gần 300 học sinh bán trú."
)
PAGE20 = News(
    path="/page20.html",
    title="Vui Tết Trung thu cho em năm 2026",
    subtitle=PAGE20_LEAD,
    sections=[
        Text((Raw("(Ngày đăng: 26/9/2026)"),)),
        Text(
            (
                "Chương trình gồm các phần: rước đèn quanh sân trường, phá cỗ đêm rằm và giao lưu văn nghệ. Mâm cỗ Trung thu do chính các em cùng thầy cô bày biện với bánh nướng, bánh dẻo, bưởi, chuối và bỏng ngô.",
                "Nhiều tiết mục văn nghệ mang đậm bản sắc dân tộc như múa khèn, hát dân ca Mông được các em biểu diễn hồn nhiên, nhận được tràng pháo tay cổ vũ nhiệt liệt.",
            )
        ),
        Picture(
            shown(
                "assets/images/trung-thu-1-1024x683.jpg",
                "Các em học sinh rước đèn ông sao quanh sân trường",
            ),
            alt="Mobirise Website Builder",
        ),
        Picture(
            shown(
                "assets/images/trung-thu-2-1024x683.jpg",
                "Tiết mục múa khèn của các em học sinh lớp 8A",
            ),
            alt="Mobirise Website Builder",
        ),
        Text(
            (
                "Chương trình nhận được sự hỗ trợ của Đồn Biên phòng Mường Lống và nhóm thiện nguyện “Ấm áp vùng cao”. Mỗi em được nhận một chiếc đèn lồng và một phần quà Trung thu.",
            )
        ),
        Picture(
            shown(
                "assets/images/trung-thu-3-1024x683.jpg",
                "Cán bộ Đồn Biên phòng trao quà Trung thu cho các em",
            ),
            alt="Mobirise Website Builder",
        ),
        Byline(("Tin và ảnh: Cô Lương Thị Hoa – TPT Đội",)),
    ],
    published_at="2026-09-26",
    authors=["Lương Thị Hoa"],
    photographers=["Lương Thị Hoa"],
    summary=PAGE20_LEAD,
    # duplicated from page19: its description is page19's first sentence
    description=(
        "Chiều ngày 11/9/2026, Trường THCS Mường Lống tổ chức Hội nghị cha mẹ học sinh đầu năm học "
        "2026 – 2027."
    ),
    related=("page19.html", "khai-giang-2026.html", "page17.html", "page16.html"),
    card=Card(
        "Vui Tết Trung thu cho em",
        "26/9/2026",
        "Gần 300 học sinh bán trú vui Tết Trung thu cùng thầy cô và bộ đội Biên phòng.",
        "assets/images/trung-thu-1-600x400.jpg",
        "page20.html",
    ),
)

PAGE21 = News(
    path="/page21.html",
    title="Thông báo: Học sinh nghỉ học ngày 09/10/2026 do mưa lũ",
    subtitle="Ngày 08/10/2026",
    sections=[
        Text(
            (
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường vào các bản bị sạt lở, nhà trường thông báo cho học sinh toàn trường nghỉ học ngày thứ Sáu, 09/10/2026.",
                "Học sinh bán trú ở lại trường được thầy cô quản lý, chăm sóc chu đáo; thời gian đi học trở lại nhà trường sẽ thông báo sau.",
            )
        ),
        Byline(("Ban Giám hiệu",)),
    ],
    published_at="2026-10-08",
    authors=["Ban Giám hiệu"],
    description=BUILDER_DESCRIPTION,
    related=("page20.html", "page19.html", "khai-giang-2026.html"),
    card=Card(
        "Thông báo nghỉ học do mưa lũ",
        "08/10/2026",
        "Học sinh toàn trường nghỉ học ngày 09/10/2026 do đường vào bản bị sạt lở.",
        "assets/images/thong-bao-600x400.jpg",
        "page21.html",
    ),
)

HOI_KHOE = News(
    path="/hoi-khoe-phu-dong.html",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    subtitle="Ngày 20/10/2026",
    sections=[
        Beside(
            shown(
                "assets/images/hkpd-khai-mac-800x600.jpg",
                "Lễ khai mạc Hội khỏe Phù Đổng cấp trường",
            ),
            P("Nhiều môn thi đấu hấp dẫn"),
            (
                "Từ ngày 15/10 đến ngày 18/10/2026, Trường THCS Mường Lống tổ chức Hội khỏe Phù Đổng cấp trường với sự tham gia của hơn 200 vận động viên đến từ 14 lớp.",
                "Các em thi đấu 5 môn: bóng đá nam, kéo co, đẩy gậy, bắn nỏ và chạy việt dã. Đây là các môn thể thao gắn với truyền thống của đồng bào các dân tộc vùng cao.",
            ),
        ),
        Text(
            (
                "Sau 4 ngày thi đấu sôi nổi, trung thực, Ban tổ chức đã trao giải cho các tập thể và cá nhân như sau:",
                "+ Bóng đá nam: Giải Nhất lớp 9A, giải Nhì lớp 8B, giải Ba lớp 9C.",
                "+ Kéo co: Giải Nhất lớp 8A, giải Nhì lớp 9B.",
                "+ Đẩy gậy: Giải Nhất em Vừ Bá Sử (9A), giải Nhì em Lầu Bá Dình (8C).",
                "+ Bắn nỏ: Giải Nhất em Xồng Bá Tủa (9B).",
                "+ Chạy việt dã: Giải Nhất em Moong Văn Phong (7A), em Lô Thị Hằng (8A).",
                "Qua Hội khỏe, nhà trường đã lựa chọn 18 vận động viên tiêu biểu để bồi dưỡng, tham gia Hội khỏe Phù Đổng cấp cụm năm 2026.",
            )
        ),
        Picture(
            shown("assets/images/hkpd-keo-co-1024x683.jpg", "Phần thi kéo co giữa lớp 8A và lớp 9B")
        ),
        Byline(("Người viết: Thầy Lô Văn Tâm – GV Thể dục",)),
    ],
    published_at="2026-10-20",
    authors=["Lô Văn Tâm"],
    page_title="Hội khỏe Phù Đổng",
    related=("page21.html", "page20.html", "page19.html", "khai-giang-2026.html"),
    card=Card(
        "Hội khỏe Phù Đổng cấp trường",
        "20/10/2026",
        "Hơn 200 vận động viên tranh tài ở 5 môn thi đấu mang đậm bản sắc vùng cao.",
        "assets/images/hkpd-khai-mac-600x400.jpg",
        "hoi-khoe-phu-dong.html",
    ),
)

PAGE23 = News(
    path="/page23.html",
    title="Ngoại khóa hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11",
    subtitle=None,
    sections=[
        Text(
            (
                Raw("(Ngày đăng: 10/11/2026)"),
                "Sáng ngày 09/11/2026, Chi đoàn phối hợp với Công an xã Mường Lống tổ chức buổi ngoại khóa tuyên truyền, phổ biến pháp luật cho hơn 400 học sinh toàn trường.",
                "Tại buổi ngoại khóa, đồng chí Công an xã đã tuyên truyền về Luật Giao thông đường bộ, phòng chống ma túy, phòng chống mua bán người và tảo hôn – những vấn đề còn phức tạp ở địa bàn vùng cao biên giới.",
            )
        ),
        Picture(
            shown(
                "assets/images/z7901238845521-0c4be1f7a3d96e2b51a0-1280x960.jpg",
                "Đồng chí Công an xã tuyên truyền pháp luật cho học sinh",
            )
        ),
        Text(
            (
                P(
                    "Xen kẽ phần tuyên truyền là các câu hỏi tìm hiểu pháp luật, tiểu phẩm “Nói không với tảo hôn” do học sinh lớp 9B thể hiện. Các em hăng hái trả lời, nhiều em được nhận phần thưởng.",
                    "ent",
                ),
                "Buổi ngoại khóa góp phần nâng cao hiểu biết pháp luật, giúp các em biết tự bảo vệ mình và tuyên truyền lại cho gia đình, bản làng.",
                Raw("<strong>Người viết: Thầy Lầu Bá Chư – Bí thư Chi đoàn</strong>"),
            ),
            br="<br><br>",
        ),
    ],
    published_at="2026-11-10",
    authors=["Lầu Bá Chư"],
    description=BUILDER_DESCRIPTION,
    related=("hoi-khoe-phu-dong.html", "page21.html", "page20.html", "page19.html"),
    card=Card(
        "Ngoại khóa hưởng ứng Ngày Pháp luật Việt Nam",
        "10/11/2026",
        "Công an xã tuyên truyền pháp luật về giao thông, ma túy, mua bán người và tảo hôn.",
        "assets/images/z7901238845521-0c4be1f7a3d96e2b51a0-600x450.jpg",
        "page23.html",
    ),
)

PAGE25 = News(
    path="/page25.html",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    subtitle="Ngày 20/11/2026",
    sections=[
        Text(
            (
                "Sáng ngày 19/11/2026, Trường THCS Mường Lống tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Mường Lống, Đồn Biên phòng Mường Lống, Ban đại diện cha mẹ học sinh và các thầy cô giáo đã nghỉ hưu.",
                "Buổi lễ mở đầu bằng chương trình văn nghệ chào mừng do học sinh các lớp dàn dựng với những ca khúc về thầy cô, mái trường và quê hương.",
            )
        ),
        Picture(
            shown(
                "assets/images/20-11-van-nghe-1024x683.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A",
            )
        ),
        Text(
            (
                P(
                    "Ôn lại truyền thống ngày Nhà giáo Việt Nam, thầy Hiệu trưởng nhấn mạnh: nhiều thế hệ thầy cô đã vượt khó bám bản, bám trường, gieo con chữ cho học sinh vùng biên. Hiện nay, đội ngũ của trường có 34 cán bộ, giáo viên, nhân viên, trong đó 15 thầy cô ở lại trường cả tuần để chăm lo cho học sinh bán trú.",
                    "nbsp",
                ),
                "Trong đợt thi đua chào mừng 20/11, nhà trường có 12 giáo viên đạt giờ dạy tốt, 2 sáng kiến kinh nghiệm được Hội đồng khoa học đánh giá cao.",
                "Dịp này, nhà trường đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua; Ban đại diện cha mẹ học sinh tặng hoa và quà chúc mừng các thầy cô.",
            )
        ),
        Picture(
            shown(
                "assets/images/20-11-khen-thuong-1024x683.jpg",
                "Khen thưởng các thầy cô có thành tích xuất sắc trong đợt thi đua",
            )
        ),
        Gallery(
            (
                shown(
                    "assets/images/20-11-anh-1-800x600.jpg", "Học sinh tặng hoa chúc mừng thầy cô"
                ),
                shown(
                    "assets/images/20-11-anh-2-800x600.jpg", "Các thầy cô giáo nghỉ hưu về dự lễ"
                ),
                Img("assets/images/20-11-anh-3-800x600.jpg", None, None),
                shown(
                    "assets/images/20-11-anh-4-800x600.jpg",
                    "Tập thể cán bộ, giáo viên nhà trường chụp ảnh lưu niệm",
                ),
            )
        ),
        Byline((AUTHOR_MAI, "Ảnh: Em Moong Thị Ly – Lớp 9A")),
    ],
    published_at="2026-11-20",
    authors=["Nguyễn Thị Mai"],
    photographers=["Moong Thị Ly"],
    related=("page23.html", "hoi-khoe-phu-dong.html", "page21.html", "page20.html"),
    card=Card(
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "21/11/2026",
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam ấm áp, ý nghĩa tại ngôi trường vùng biên.",
        "assets/images/20-11-van-nghe-600x400.jpg",
        "page25.html",
    ),
)

PAGE27_LEAD = (
    "Với mô hình “Máy tách hạt ngô mini dùng sức nước”, em Xồng Bá Tủa, học sinh lớp 9B đã xuất "
    "sắc đạt giải Ba Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Nghệ An lần thứ XIX."
)
PAGE27 = News(
    path="/page27.html",
    title="Em Xồng Bá Tủa đạt giải Ba Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Nghệ An",
    subtitle=PAGE27_LEAD,
    sections=[
        Text((Raw("(Ngày đăng: 23/11/2026)"),)),
        Text(
            (
                "Ý tưởng của Tủa xuất phát từ công việc hằng ngày của gia đình: mỗi mùa thu hoạch, bố mẹ em phải mất nhiều ngày tách hạt ngô bằng tay. Tận dụng dòng suối chảy qua bản, em đã thiết kế bánh xe nước nhỏ truyền chuyển động cho bộ phận tách hạt.",
                "Dưới sự hướng dẫn của thầy Vi Văn Sơn, mô hình được hoàn thiện sau gần ba tháng với chi phí chưa đến 1,5 triệu đồng, chủ yếu từ vật liệu sẵn có tại địa phương như tre, gỗ và ống nhựa cũ.",
            )
        ),
        Picture(
            shown(
                "assets/images/sang-tao-tua-1024x683.jpg",
                "Em Xồng Bá Tủa giới thiệu mô hình với Ban giám khảo",
            ),
            alt="Mobirise Website Builder",
        ),
        Text(
            (
                "Đây là lần đầu tiên học sinh Trường THCS Mường Lống đạt giải tại cuộc thi cấp tỉnh. Nhà trường đã tuyên dương, khen thưởng em Tủa và thầy giáo hướng dẫn trong buổi chào cờ sáng thứ Hai, ngày 23/11/2026.",
            )
        ),
        Byline(("Người viết: Thầy Vi Văn Sơn – Tổ trưởng Tổ KHTN",)),
    ],
    published_at="2026-11-23",
    authors=["Vi Văn Sơn"],
    summary=PAGE27_LEAD,
    description=BUILDER_DESCRIPTION,
    related=("page25.html", "page23.html", "hoi-khoe-phu-dong.html", "page21.html"),
    card=None,  # the teacher never made its card: only the home slider links it
)

NEWS: list[News] = [
    PAGE12,
    PAGE13,
    PAGE15,
    PAGE16,
    PAGE17,
    KHAI_GIANG,
    PAGE19,
    PAGE20,
    PAGE21,
    HOI_KHOE,
    PAGE23,
    PAGE25,
    PAGE27,
]
BY_PATH = {n.path: n for n in NEWS}

# --- the news list as the teacher split it by hand -------------------------------------------

DOC_CARD = Card(
    "Kế hoạch ôn thi tuyển sinh vào lớp 10 năm học 2026 – 2027",
    "02/6/2026",
    "Kế hoạch ôn thi vào lớp 10 cho học sinh khối 9 trong tháng 6/2026.",
    "assets/images/ke-hoach-600x400.jpg",
    "assets/files/ke-hoach-on-thi-vao-10-2026.docx",
    button="Tải về",
)
ALBUM_CARD = Card(
    "Hình ảnh hoạt động năm học 2025 – 2026",
    "01/6/2026",
    "Những khoảnh khắc đáng nhớ của thầy và trò trong năm học vừa qua.",
    "assets/images/album-600x400.jpg",
    "thu-vien-anh.html",
)


def _card(news: News) -> Card:
    assert news.card is not None, news.path
    return news.card


LIST_PAGES: dict[str, list[Card]] = {
    "/tin-tuc.html": [_card(n) for n in (PAGE25, PAGE23, HOI_KHOE, PAGE21, PAGE20, PAGE19)],
    # the card of page19 repeated at the boundary of the hand split
    "/tin-tuc-2.html": [
        _card(PAGE19),
        _card(KHAI_GIANG),
        _card(PAGE17),
        DOC_CARD,
        _card(PAGE16),
        _card(PAGE15),
    ],
    "/tin-tuc-3.html": [_card(PAGE13), _card(PAGE12), ALBUM_CARD],
}
LIST_BUTTONS = (
    ("tin-tuc.html", "Trang 1"),
    ("tin-tuc-2.html", "Trang 2"),
    ("tin-tuc-3.html", "Trang 3"),
)
HOME_CARDS = (PAGE25, PAGE23, HOI_KHOE)
DOCX_FILES = (
    "/assets/files/lich-kiem-tra-cuoi-hk2-2025-2026.docx",
    "/assets/files/ke-hoach-on-thi-vao-10-2026.docx",
)

#: pages left on the host from older exports, linked by nothing
LEFTOVERS = ("/page5.html", "/page7.html", "/page9.html", "/page14.html", "/page24.html")
#: names the builder gave once, renamed or deleted since: Apache's 404
GONE = ("/page18.html", "/page22.html", "/page26.html", "/tin-tuc-4.html")

NON_ARTICLES = [
    "/",
    "/tin-tuc.html",
    "/tin-tuc-2.html",
    "/tin-tuc-3.html",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
]


# --- gold ------------------------------------------------------------------------------------


def _collapse(value: str) -> str:
    return unicodedata.normalize("NFC", " ".join(value.replace("\xa0", " ").split()))


def _body(news: News) -> list[str]:
    """The article's paragraphs from the hand-written blocks (lead first, tables as rows)."""
    out = [news.summary] if news.summary else []
    for sec in news.sections:
        if isinstance(sec, Text):
            out += [line.text for line in sec.lines if isinstance(line, P)]
        elif isinstance(sec, Beside):
            out += [sec.heading.text, *(line.text for line in sec.lines)]
        elif isinstance(sec, Table):
            out += [sec.title, " | ".join(sec.head), *(" | ".join(row) for row in sec.rows)]
    return [_collapse(p) for p in out]


def _images(news: News) -> list[Img]:
    out: list[Img] = []
    for sec in news.sections:
        if isinstance(sec, Picture | Beside):
            out.append(sec.img)
        elif isinstance(sec, Gallery):
            out += list(sec.imgs)
    return out


def _gold(news: News) -> dict:
    return {
        "path": news.path,
        "canonical_path": news.path,
        "title": _collapse(news.title),
        "published_at": news.published_at,
        "authors": list(news.authors),
        "photographers": list(news.photographers),
        "source": news.source,
        "summary": _collapse(news.summary) if news.summary else None,
        "body": "\n\n".join(_body(news)),
        "images": [{"path": "/" + img.src, "caption": img.caption} for img in _images(news)],
        "category": None,
    }


GOLD = [_gold(n) for n in NEWS]

# --- markup: the builder's page shell ----------------------------------------------------------

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _cid(seed: str) -> str:
    """A block's style id as the builder makes them ("cid-u4Xk2PqL9z")."""
    digest = hashlib.sha1(seed.encode()).digest()
    return "cid-" + "tu"[digest[0] % 2] + "".join(_ALNUM[b % 62] for b in digest[1:10])


class _Ids:
    """Section ids of one page: "<block>-<hex counter>" as the builder numbers them."""

    def __init__(self, page: str, start: int = 0x10):
        self.page, self.n = page, start

    def __call__(self, block: str, classes: str = "") -> str:
        self.n += 1
        cid = _cid(self.page + block + str(self.n))
        return f'class="{classes or block} {cid}" id="{block}-{self.n:x}"'


def _t(value: str, news: News | None = None, style: str = "") -> str:
    """Escaped text as the page prints it (NFD on the Mac-typed page, entities, &nbsp;)."""
    out = text(value, nfd=bool(news and news.nfd), entities=2 if style == "ent" else 0)
    if style == "nbsp":
        out = out.replace(". ", ".&nbsp; ")
    return out


def _head(title: str, description: str) -> str:
    return f"""<!DOCTYPE html>
<html  >
<head>
  <!-- Site made with Mobirise Website Builder v5.9.18, https://mobirise.com -->
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="{GENERATOR}">
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:image:src" content="">
  <meta property="og:image" content="">
  <meta name="twitter:title" content="{esc(title)}">
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
  <link rel="shortcut icon" href="assets/images/logo-thcs-128x128.png" type="image/x-icon">
  <meta name="description" content="{esc(description)}">


  <title>{esc(title)}</title>
  <link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-grid.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-reboot.min.css">
  <link rel="stylesheet" href="assets/dropdown/css/style.css">
  <link rel="stylesheet" href="assets/socicon/css/styles.css">
  <link rel="stylesheet" href="assets/theme/css/style.css">
  <link rel="preload" href="https://fonts.googleapis.com/css?family=Roboto:300,400,500,700,300i,400i&display=swap" as="style" onload="this.onload=null;this.rel='stylesheet'">
  <noscript><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto:300,400,500,700,300i,400i&display=swap"></noscript>
  <link rel="preload" as="style" href="assets/mobirise/css/mbr-additional.css?v=Kq3LfA"><link rel="stylesheet" href="assets/mobirise/css/mbr-additional.css?v=Kq3LfA" type="text/css">




</head>
<body>

"""


def _menu_items() -> str:
    return "".join(
        f'<li class="nav-item"><a class="nav-link link text-black display-4" href="{href}">{esc(label)}</a></li>'
        for href, label in MENU
    )


def _menu(ids: _Ids) -> str:
    items = _menu_items()
    return f"""  <section data-bs-version="5.1" {ids("menu1", "menu menu1")} once="menu">
    <nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg">
        <div class="container">
            <div class="navbar-brand">
                <span class="navbar-logo">
                    <a href="index.html">
                        <img src="assets/images/logo-thcs-122x122.png" alt="Logo {esc(SCHOOL)}" style="height: 3.8rem;">
                    </a>
                </span>
                <span class="navbar-caption-wrap"><a class="navbar-caption text-primary display-7" href="index.html">{esc(SCHOOL_UPPER)}</a></span>
            </div>
            <button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse" data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent" aria-controls="navbarNavAltMarkup" aria-expanded="false" aria-label="Toggle navigation">
                <div class="hamburger">
                    <span></span>
                    <span></span>
                    <span></span>
                    <span></span>
                </div>
            </button>
            <div class="collapse navbar-collapse" id="navbarSupportedContent">
                <ul class="navbar-nav nav-dropdown nav-right" data-app-modern-menu="true">{items}</ul>
                <div class="navbar-buttons mbr-section-btn"><a class="btn btn-primary display-4" href="tel:02383878215">Hotline: {PHONE}</a></div>
            </div>
        </div>
    </nav>
    <div class="offcanvas offcanvas-end d-lg-none" tabindex="-1" id="offcanvasMenu">
        <div class="offcanvas-header">
            <button type="button" class="btn-close text-reset" data-bs-dismiss="offcanvas" aria-label="Close"></button>
        </div>
        <div class="offcanvas-body">
            <ul class="navbar-nav nav-dropdown" data-app-modern-menu="true">{items}</ul>
        </div>
    </div>
</section>

<section data-bs-version="5.1" {ids("custom-html")}>
    <!-- Code block: ngày hôm nay -->
    <div class="container">
        <p class="mbr-text mbr-fonts-style align-right display-4" id="ngay-hom-nay">{TODAY}</p>
    </div>
    <script>(function(){{var t=["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],d=new Date();
    document.getElementById("ngay-hom-nay").innerHTML=t[d.getDay()]+", ngày "+d.getDate()+"/"+(d.getMonth()+1)+"/"+d.getFullYear();}})();</script>
</section>
"""


def _footer(ids: _Ids, year: int = 2026, latest: tuple[News, ...] = HOME_CARDS) -> str:
    news_links = "".join(
        f'<li class="mbr-text item-wrap"><a href="{n.path.lstrip("/")}" class="text-white">{esc(_card(n).title)}</a></li>'
        for n in latest
    )
    web_links = "".join(
        f'<li class="mbr-text item-wrap"><a href="{href}" class="text-white" target="_blank">{esc(label)}</a></li>'
        for href, label in LINKS
    )
    foot_menu = "".join(
        f'<li class="foot-menu-item mbr-fonts-style display-7"><a href="{href}" class="text-white">{esc(label)}</a></li>'
        for href, label in MENU
    )
    return f"""<section data-bs-version="5.1" {ids("footer1")} once="footers">
    <div class="container">
        <div class="row">
            <div class="col-12 col-md-6 col-lg-4">
                <h5 class="mbr-section-subtitle mbr-fonts-style mb-2 display-7"><strong>Liên hệ</strong></h5>
                <p class="mbr-text mbr-fonts-style mb-4 display-4">{esc(SCHOOL)}<br>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Email: <a href="mailto:{EMAIL}" class="text-white">{EMAIL}</a></p>
            </div>
            <div class="col-12 col-md-6 col-lg-3">
                <h5 class="mbr-section-subtitle mbr-fonts-style mb-2 display-7"><strong>Tin mới</strong></h5>
                <ul class="list mbr-fonts-style mb-4 display-4">{news_links}</ul>
            </div>
            <div class="col-12 col-md-6 col-lg-3">
                <h5 class="mbr-section-subtitle mbr-fonts-style mb-2 display-7"><strong>Liên kết website</strong></h5>
                <ul class="list mbr-fonts-style mb-4 display-4">{web_links}</ul>
            </div>
            <div class="col-12 col-md-6 col-lg-2">
                <h5 class="mbr-section-subtitle mbr-fonts-style mb-2 display-7"><strong>Thống kê truy cập</strong></h5>
                <!-- Code block: bộ đếm -->
                <p class="mbr-text mbr-fonts-style display-4">Tổng lượt truy cập:<br><a href="https://www.freecounterstat.com" title="website counter"><img src="https://counter2.optistats.ovh/private/freecounterstat.php?c=x8kq2m4hd7ws1bf3dnpzr6ylcg5t9a0e" border="0" title="website counter" alt="website counter"></a></p>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" {ids("footer3")} once="footers">
    <div class="container">
        <div class="media-container-row align-center mbr-white">
            <div class="row row-links">
                <ul class="foot-menu">{foot_menu}</ul>
            </div>
            <div class="row social-row">
                <div class="social-list align-right pb-2">
                    <div class="soc-item">
                        <a href="https://www.facebook.com/thcsmuonglong" target="_blank">
                            <span class="socicon-facebook socicon mbr-iconfont mbr-iconfont-social"></span>
                        </a>
                    </div>
                    <div class="soc-item">
                        <a href="https://www.youtube.com/@thcsmuonglong" target="_blank">
                            <span class="socicon-youtube socicon mbr-iconfont mbr-iconfont-social"></span>
                        </a>
                    </div>
                </div>
            </div>
            <div class="row row-copirayt">
                <p class="mbr-text mb-0 mbr-fonts-style mbr-white align-center display-7">
                    © Copyright {year} {esc(SCHOOL)} - All Rights Reserved
                </p>
            </div>
        </div>
    </div>
</section>
<section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;    align-content: center;display: flex;position: relative;height: 4rem;"><a href="https://mobiri.se/3081154" style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"><img alt="" style="height: 4rem;" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></a><p style="margin: 0;text-align: center;" class="display-7">&#8204;Made with &#8204;</p><a style="z-index:1" href="https://mobirise.com/builder/ai-website-builder.html">Mobirise</a></section><script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>  <script src="assets/smoothscroll/smooth-scroll.js"></script>  <script src="assets/ytplayer/index.js"></script>  <script src="assets/dropdown/js/navbar-dropdown.js"></script>  <script src="assets/masonry/masonry.pkgd.min.js"></script>  <script src="assets/imagesloaded/imagesloaded.pkgd.min.js"></script>  <script src="assets/theme/js/script.js"></script>  <script src="assets/gallery/player.min.js"></script>  <script src="assets/gallery/script.js"></script>  <script src="assets/slidervideo/script.js"></script>  <script src="assets/datatables/jquery.data-tables.min.js"></script>  <script src="assets/datatables/data-tables.bootstrap4.min.js"></script>

  <div id="scrollToTop" class="scrollToTop mbr-arrow-up"><a style="text-align: center;"><i class="mbr-arrow-up-icon mbr-arrow-up-icon-cm cm-icon cm-icon-smallarrow-up"></i></a></div>
    <input name="animation" type="hidden">
  </body>
</html>"""


# --- markup: the blocks ------------------------------------------------------------------------


def _wrap(ids: _Ids, block: str, inner: str, col: str = "col-md-12 col-lg-10") -> str:
    return f"""<section data-bs-version="5.1" {ids(block)}>
    <div class="container">
        <div class="row justify-content-center">
            <div class="{col}">
                {inner}
            </div>
        </div>
    </div>
</section>
"""


def _content4(ids: _Ids, title: str, subtitle: str | None) -> str:
    sub = (
        f'\n                <h4 class="mbr-section-subtitle align-center mbr-fonts-style mb-4 display-5">{subtitle}</h4>'
        if subtitle
        else ""
    )
    inner = f'<h3 class="mbr-section-title mbr-fonts-style align-center mb-4 display-2"><strong>{title}</strong></h3>{sub}'
    return _wrap(ids, "content4", inner, "title col-md-12 col-lg-10")


def _line(line: P | Raw, news: News) -> str:
    if isinstance(line, Raw):
        return unicodedata.normalize("NFD", line.html) if news.nfd else line.html
    return _t(line.text, news, line.style)


def _text_block(ids: _Ids, sec: Text, news: News) -> str:
    body = sec.br.join(_line(line, news) for line in sec.lines)
    return _wrap(ids, "content5", f'<p class="mbr-text mbr-fonts-style display-7">{body}</p>')


def _description(
    img: Img,
    news: News | None,
    cls: str = "mbr-description mbr-fonts-style pt-2 align-center display-4",
) -> str:
    if img.printed is None:  # the teacher switched the line off in the block's settings
        return ""
    return f'\n                    <p class="{cls}">{_t(img.printed, news)}</p>'


def _image3(ids: _Ids, sec: Picture, news: News | None) -> str:
    return f"""<section data-bs-version="5.1" {ids("image3")}>
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-12 col-lg-10">
                <div class="image-wrapper">
                    <img src="{sec.img.src}" alt="{esc(sec.alt)}">{_description(sec.img, news)}
                </div>
            </div>
        </div>
    </div>
</section>
"""


def _image1(ids: _Ids, sec: Beside, news: News) -> str:
    lines = "<br>".join(_t(p.text, news, p.style) for p in sec.lines)
    return f"""<section data-bs-version="5.1" {ids("image1")}>
    <div class="container">
        <div class="row align-items-center">
            <div class="col-12 col-lg-6">
                <div class="image-wrapper">
                    <img src="{sec.img.src}" alt="Mobirise Website Builder">{_description(sec.img, news)}
                </div>
            </div>
            <div class="col-12 col-lg">
                <div class="text-wrapper">
                    <h3 class="mbr-section-title mbr-fonts-style mb-3 display-5"><strong>{_t(sec.heading.text, news)}</strong></h3>
                    <p class="mbr-text mbr-fonts-style display-7">{lines}</p>
                </div>
            </div>
        </div>
    </div>
</section>
"""


def _gallery5(ids: _Ids, imgs: tuple[Img, ...], news: News | None, head: str = "") -> str:
    attrs = ids("gallery5", "gallery5 mbr-gallery")
    key = _cid(attrs)[4:]
    items, slides = [], []
    for i, img in enumerate(imgs):
        line = (
            f'\n                <h6 class="mbr-item-subtitle mbr-fonts-style align-center mb-2 mt-2 display-7">{_t(img.printed, news)}</h6>'
            if img.printed is not None
            else ""
        )
        items.append(f"""            <div class="col-12 col-md-6 col-lg-3 item gallery-image">
                <div class="item-wrapper" data-toggle="modal" data-bs-toggle="modal" data-target="#{key}-modal" data-bs-target="#{key}-modal">
                    <img class="w-100" src="{img.src}" alt="" data-slide-to="{i}" data-bs-slide-to="{i}" data-target="#lb-{key}" data-bs-target="#lb-{key}">
                    <div class="icon-wrapper">
                        <span class="mobi-mbri mobi-mbri-search mbr-iconfont mbr-iconfont-btn"></span>
                    </div>
                </div>{line}
            </div>""")
        active = " active" if i == 0 else ""
        slides.append(f"""                                <div class="carousel-item{active}">
                                    <img class="d-block w-100" src="{img.src}" alt="">
                                </div>""")
    items_html, slides_html = "\n".join(items), "\n".join(slides)
    return f"""<section data-bs-version="5.1" {attrs}>
    <div class="container">{head}
        <div class="row mbr-gallery mt-4">
{items_html}
        </div>
        <div class="modal mbr-slider" tabindex="-1" role="dialog" aria-hidden="true" id="{key}-modal">
            <div class="modal-dialog">
                <div class="modal-content">
                    <div class="modal-body">
                        <div class="carousel slide" id="lb-{key}" data-interval="5000" data-bs-interval="5000">
                            <div class="carousel-inner">
{slides_html}
                            </div>
                            <a class="carousel-control carousel-control-prev" role="button" data-slide="prev" data-bs-slide="prev" href="#lb-{key}">
                                <span class="mobi-mbri mobi-mbri-arrow-prev" aria-hidden="true"></span>
                                <span class="sr-only visually-hidden">Previous</span>
                            </a>
                            <a class="carousel-control carousel-control-next" role="button" data-slide="next" data-bs-slide="next" href="#lb-{key}">
                                <span class="mobi-mbri mobi-mbri-arrow-next" aria-hidden="true"></span>
                                <span class="sr-only visually-hidden">Next</span>
                            </a>
                            <a class="close" href="#" role="button" data-dismiss="modal" data-bs-dismiss="modal">
                                <span class="sr-only visually-hidden">Close</span>
                            </a>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</section>
"""


def _table1(ids: _Ids, sec: Table, news: News) -> str:
    head = "".join(
        f'<th class="head-item mbr-fonts-style display-7">{_t(c, news)}</th>' for c in sec.head
    )
    rows = "\n".join(
        "              <tr>"
        + "".join(
            f'<td class="body-item mbr-fonts-style display-7">{_t(c, news)}</td>' for c in row
        )
        + "</tr>"
        for row in sec.rows
    )
    return f"""<section data-bs-version="5.1" {ids("table1", "section-table")}>
  <div class="container container-table">
      <h2 class="mbr-section-title mbr-fonts-style align-center pb-3 display-5"><strong>{_t(sec.title, news)}</strong></h2>
      <div class="table-wrapper">
        <div class="container">
          <div class="row search">
            <div class="col-md-6"></div>
            <div class="col-md-6">
                <div class="dataTables_filter">
                  <label class="searchInfo mbr-fonts-style display-7">Tìm kiếm:</label>
                  <input class="form-control input-sm" disabled="">
                </div>
            </div>
          </div>
        </div>
        <div class="container scroll">
          <table class="table isSearch" cellspacing="0" data-empty="No matching records found">
            <thead>
              <tr class="table-heads ">{head}</tr>
            </thead>
            <tbody>
{rows}
            </tbody>
          </table>
        </div>
        <div class="container table-info-container">
          <div class="row info">
            <div class="col-md-6">
              <div class="dataTables_info mbr-fonts-style display-7">
                <span class="infoBefore">Showing</span>
                <span class="inactive infoRows"></span>
                <span class="infoAfter">entries</span>
                <span class="infoFilteredBefore">(filtered from</span>
                <span class="inactive infoRows"></span>
                <span class="infoFilteredAfter"> total entries)</span>
              </div>
            </div>
            <div class="col-md-6"></div>
          </div>
        </div>
      </div>
  </div>
</section>
"""


def _byline(ids: _Ids, sec: Byline, news: News) -> str:
    lines = "<br>".join(_t(line, news) for line in sec.lines)
    return _wrap(
        ids,
        "content5",
        f'<p class="mbr-text mbr-fonts-style align-right display-7"><em><strong>{lines}</strong></em></p>',
    )


def _button(ids: _Ids, sec: Button) -> str:
    inner = (
        f'<div class="mbr-section-btn align-center"><a class="btn btn-primary display-4" href="{sec.href}">'
        f'<span class="mobi-mbri mobi-mbri-download mbr-iconfont mbr-iconfont-btn"></span>{esc(sec.label)}</a></div>'
    )
    return _wrap(ids, "content5", inner)


def _related(ids: _Ids, news: News) -> str:
    links = "<br>".join(
        f'<a href="{href}" class="text-primary">» {esc(BY_PATH["/" + href].title)}</a>'
        for href in news.related
    )
    inner = (
        '<h4 class="mbr-section-subtitle mbr-fonts-style mb-4 display-5"><strong>Các tin khác</strong></h4>\n'
        f'                <p class="mbr-text mbr-fonts-style display-7">{links}</p>'
    )
    return _wrap(ids, "content5", inner)


def _section(ids: _Ids, sec: Section, news: News) -> str:
    if isinstance(sec, Text):
        return _text_block(ids, sec, news)
    if isinstance(sec, Picture):
        return _image3(ids, sec, news)
    if isinstance(sec, Beside):
        return _image1(ids, sec, news)
    if isinstance(sec, Gallery):
        return _gallery5(ids, sec.imgs, news)
    if isinstance(sec, Table):
        return _table1(ids, sec, news)
    if isinstance(sec, Byline):
        return _byline(ids, sec, news)
    return _button(ids, sec)


def news_page(news: News) -> str:
    ids = _Ids(news.path)
    subtitle = _t(news.subtitle, news) if news.subtitle else None
    parts = [
        _head(news.page_title, news.description),
        _menu(ids),
        _content4(ids, _t(news.title, news), subtitle),
        *(_section(ids, sec, news) for sec in news.sections),
    ]
    if news.related:
        parts.append(_related(ids, news))
    parts.append(_footer(ids))
    return "\n".join(parts)


# --- markup: home, news list, static pages -----------------------------------------------------


def _features3(ids: _Ids, heading: str, cards: list[Card]) -> str:
    items = "\n".join(
        f"""            <div class="item features-image сol-12 col-md-6 col-lg-4">
                <div class="item-wrapper">
                    <div class="item-img">
                        <img src="{c.thumb}" alt="Mobirise Website Builder" title="">
                    </div>
                    <div class="item-content">
                        <h4 class="item-title mbr-fonts-style display-5"><strong>{esc(c.title)}</strong></h4>
                        <h6 class="item-subtitle mbr-fonts-style mt-1 display-7">{c.date}</h6>
                        <p class="mbr-text mbr-fonts-style mt-3 display-7">{esc(c.blurb)}</p>
                    </div>
                    <div class="mbr-section-btn item-footer mt-2"><a href="{c.href}" class="btn btn-primary item-btn display-7">{esc(c.button)} &gt;</a></div>
                </div>
            </div>"""
        for c in cards
    )
    return f"""<section data-bs-version="5.1" {ids("features3")}>
    <div class="container">
        <div class="mbr-section-head">
            <h4 class="mbr-section-title mbr-fonts-style align-center mb-0 display-2"><strong>{esc(heading)}</strong></h4>
        </div>
        <div class="row mt-4">
{items}
        </div>
    </div>
</section>
"""


def _buttons(ids: _Ids, buttons: tuple[tuple[str, str], ...]) -> str:
    links = " ".join(
        f'<a class="btn btn-primary display-4" href="{href}">{esc(label)}</a>'
        for href, label in buttons
    )
    return _wrap(ids, "content5", f'<div class="mbr-section-btn align-center">{links}</div>')


SLIDES = (
    (
        "assets/images/slide-truong-1920x1080.jpg",
        "Chào mừng đến với " + SCHOOL,
        "Ngôi trường vùng biên giới Việt – Lào",
        "gioi-thieu.html",
    ),
    (
        "assets/images/sang-tao-tua-1920x1080.jpg",
        "Học sinh đạt giải cấp tỉnh",
        "Em Xồng Bá Tủa đạt giải Ba Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh",
        "page27.html",
    ),
    (
        "assets/images/khai-giang-1-1920x1080.jpg",
        "Năm học mới 2026 – 2027",
        "Kỷ cương – Trách nhiệm – Chất lượng",
        "khai-giang-2026.html",
    ),
)


def _slider(ids: _Ids) -> str:
    attrs = ids("slider1", "carousel slide testimonials-slider")
    key = attrs.split('id="')[1].rstrip('"')
    active = ' class="active"'
    indicators = "".join(
        f'<li data-app-prevent-settings="" data-target="#{key}" data-bs-target="#{key}" data-slide-to="{i}" data-bs-slide-to="{i}"{active if i == 0 else ""}></li>'
        for i in range(len(SLIDES))
    )
    slides = "".join(
        f"""<div class="carousel-item slider-fullscreen-image{" active" if i == 0 else ""}" data-bg-video-slide="false" style="background-image: url({bg});"><div class="container container-slide"><div class="image_wrapper"><div class="mbr-overlay" style="opacity: 0.4; background-color: rgb(0, 0, 0);"></div><img src="{bg}" alt="" title=""><div class="carousel-caption justify-content-center"><div class="col-10 align-center"><h2 class="mbr-fonts-style display-1">{esc(head)}</h2><p class="lead mbr-text mbr-fonts-style display-5">{esc(lead)}</p><div class="mbr-section-btn" buttons="0"><a class="btn btn-success display-4" href="{href}">Xem chi tiết</a></div></div></div></div></div></div>"""
        for i, (bg, head, lead, href) in enumerate(SLIDES)
    )
    return f"""<section data-bs-version="5.1" {attrs} data-interval="false">

    <div class="full-screen"><div class="mbr-slider slide carousel" data-keyboard="false" data-ride="carousel" data-bs-ride="carousel" data-interval="5000" data-bs-interval="5000" data-pause="true"><ol class="carousel-indicators">{indicators}</ol><div class="carousel-inner" role="listbox">{slides}</div><a data-app-prevent-settings="" class="carousel-control carousel-control-prev" role="button" data-slide="prev" data-bs-slide="prev" href="#{key}"><span aria-hidden="true" class="mbri-left mbr-iconfont"></span><span class="sr-only visually-hidden">Previous</span></a><a data-app-prevent-settings="" class="carousel-control carousel-control-next" role="button" data-slide="next" data-bs-slide="next" href="#{key}"><span aria-hidden="true" class="mbri-right mbr-iconfont"></span><span class="sr-only visually-hidden">Next</span></a></div></div>

</section>
"""


def home_page() -> str:
    ids = _Ids("/index.html", 0)
    welcome = (
        '<h3 class="mbr-section-title mbr-fonts-style mb-4 display-5"><strong>Chào mừng quý vị đến với website nhà trường</strong></h3>\n'
        '                <p class="mbr-text mbr-fonts-style display-7">Trường THCS Mường Lống được thành lập năm 1998, là trường '
        "bán trú của xã vùng cao biên giới, nơi 100% học sinh là con em đồng bào dân tộc Mông và Khơ Mú.<br>"
        "Website là nơi thông tin các hoạt động dạy và học, thông báo của nhà trường tới cha mẹ học sinh.</p>"
    )
    cards = [_card(n) for n in HOME_CARDS]
    return "\n".join(
        [
            _head(SCHOOL, DESCRIPTION),
            _menu(ids),
            _slider(ids),
            _wrap(ids, "content5", welcome),
            _features3(ids, "Tin mới", cards),
            _buttons(ids, (("tin-tuc.html", "Xem tất cả tin tức"),)),
            _footer(ids),
        ]
    )


def list_page(path: str) -> str:
    ids = _Ids(path)
    number = list(LIST_PAGES).index(path) + 1
    buttons = LIST_BUTTONS + ((("tin-tuc-4.html", "Trang 4"),) if number == 3 else ())
    return "\n".join(
        [
            _head(SCHOOL, DESCRIPTION),
            _menu(ids),
            _content4(ids, "Tin tức – Hoạt động", f"Trang {number}"),
            _features3(ids, "Tin tức", LIST_PAGES[path]),
            _buttons(ids, buttons),
            _footer(ids),
        ]
    )


def _static_text(ids: _Ids, lines: tuple[str, ...], heading: str = "") -> str:
    head = (
        f'<h4 class="mbr-section-subtitle mbr-fonts-style mb-4 display-5"><strong>{esc(heading)}</strong></h4>\n                '
        if heading
        else ""
    )
    return _wrap(
        ids,
        "content5",
        f'{head}<p class="mbr-text mbr-fonts-style display-7">{"<br>".join(esc(x) for x in lines)}</p>',
    )


def about_page() -> str:
    ids = _Ids("/gioi-thieu.html")
    history = (
        "Trường THCS Mường Lống được thành lập tháng 8 năm 1998 trên cơ sở tách ra từ Trường PTCS Mường Lống.",
        "Trường đóng tại bản Mường Lống 1, cách trung tâm xã 2 km, cách biên giới Việt – Lào khoảng 15 km. "
        "Năm 2016, trường được công nhận là trường phổ thông dân tộc bán trú.",
        "Năm học 2026 – 2027, nhà trường có 14 lớp với 426 học sinh; 34 cán bộ, giáo viên, nhân viên.",
    )
    staff = (
        "Hiệu trưởng: Thầy Nguyễn Văn Hùng",
        "Phó Hiệu trưởng: Thầy Vừ Văn Dế",
        "Tổng phụ trách Đội: Cô Lương Thị Hoa",
    )
    school_photo = Picture(
        Img("assets/images/toan-canh-truong-1024x683.jpg", "Toàn cảnh Trường THCS Mường Lống", None)
    )
    return "\n".join(
        [
            _head(SCHOOL, DESCRIPTION),
            _menu(ids),
            _content4(ids, "Giới thiệu chung", None),
            _static_text(ids, history, "Lịch sử hình thành"),
            _image3(ids, school_photo, None),
            _static_text(ids, staff, "Ban Giám hiệu"),
            _footer(ids),
        ]
    )


def contact_page() -> str:
    ids = _Ids("/lien-he.html")
    form = f"""<section data-bs-version="5.1" {ids("form1", "form1")}>
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-lg-8 mx-auto mbr-form" data-form-type="formoid">
                <form action="https://mobirise.eu/" method="POST" class="mbr-form form-with-styler" data-form-title="Lien he">
                    <input type="hidden" name="email" data-form-email="true" value="cGx0dX2E8f3kqzN1V0s9bW5hcmtlZA==">
                    <div class="row">
                        <div hidden="hidden" data-form-alert="" class="alert alert-success col-12">Cảm ơn quý vị đã gửi thông tin!</div>
                        <div hidden="hidden" data-form-alert-danger="" class="alert alert-danger col-12">Có lỗi xảy ra, vui lòng thử lại.</div>
                    </div>
                    <div class="dragArea row">
                        <div class="col-md col-sm-12 form-group mb-3" data-for="name"><input type="text" name="name" placeholder="Họ và tên" data-form-field="name" class="form-control" id="name-form1"></div>
                        <div class="col-md col-sm-12 form-group mb-3" data-for="email"><input type="email" name="email" placeholder="Email" data-form-field="email" class="form-control" id="email-form1"></div>
                        <div class="col-12 form-group mb-3" data-for="textarea"><textarea name="textarea" placeholder="Nội dung" data-form-field="textarea" class="form-control" id="textarea-form1"></textarea></div>
                        <div class="col-lg-12 col-md-12 col-sm-12 align-center mbr-section-btn"><button type="submit" class="btn btn-primary display-4">Gửi</button></div>
                    </div>
                </form>
            </div>
        </div>
    </div>
</section>
"""
    contact = (f"Địa chỉ: {ADDRESS}", f"Điện thoại: {PHONE}", f"Email: {EMAIL}")
    return "\n".join(
        [
            _head(SCHOOL, DESCRIPTION),
            _menu(ids),
            _content4(ids, "Liên hệ", "Mọi ý kiến xin gửi về nhà trường theo địa chỉ dưới đây"),
            _static_text(ids, contact),
            form,
            f"""<section data-bs-version="5.1" {ids("map1")}>
    <div class="google-map"><iframe frameborder="0" style="border:0" src="https://www.google.com/maps/embed/v1/place?key=AIzaSyCt1265A4qvZy9HKbeAxb2BNEmFO8_4tBc&amp;q=Mường Lống, Nghệ An" allowfullscreen=""></iframe></div>
</section>
""",
            _footer(ids),
        ]
    )


ALBUM = tuple(
    Img(f"assets/images/album-{i}-800x600.jpg", line, None)
    for i, line in enumerate(
        (
            "Lễ khai giảng năm học 2025 – 2026",
            "Học sinh bán trú trong giờ ăn trưa",
            "Hội thi giáo viên dạy giỏi cấp trường",
            "Giải bóng đá học sinh",
            "Trải nghiệm làm bánh chưng ngày Tết",
            "Lễ ra trường của học sinh lớp 9",
            "Chăm sóc vườn rau bán trú",
            "Tập thể giáo viên nhà trường",
        ),
        start=1,
    )
)


def album_page() -> str:
    ids = _Ids("/thu-vien-anh.html")
    head = """
        <div class="mbr-section-head">
            <h3 class="mbr-section-title mbr-fonts-style align-center m-0 display-2"><strong>Thư viện ảnh</strong></h3>
            <h4 class="mbr-section-subtitle mbr-fonts-style align-center mb-0 mt-2 display-5">Hình ảnh hoạt động năm học 2025 – 2026</h4>
        </div>"""
    return "\n".join(
        [_head(SCHOOL, DESCRIPTION), _menu(ids), _gallery5(ids, ALBUM, None, head), _footer(ids)]
    )


# --- what else the host holds: old exports, assets, Apache's own pages -------------------------

_PLACEHOLDER = (
    'Click any text to edit or style it. Select text to insert a link. Click blue "Gear" icon in '
    "the top right corner to hide/show buttons, text, title and change the block background."
)
OLD_NEWS = {
    "/page5.html": (
        "Lễ khai giảng năm học 2024 – 2025",
        "Ngày 05/9/2024",
        "Sáng ngày 05/9/2024, thầy và trò Trường THCS Mường Lống tổ chức Lễ khai giảng năm học 2024 – 2025.",
    ),
    "/page7.html": (
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2024 – 2025",
        "Ngày 18/11/2024",
        "Hội thi có 16 giáo viên tham gia, 9 thầy cô được công nhận giáo viên dạy giỏi cấp trường.",
    ),
    "/page9.html": (
        "Thông báo tuyển sinh lớp 6 năm học 2025 – 2026",
        "Ngày 02/6/2025",
        "Nhà trường tuyển sinh 4 lớp 6 theo địa bàn các bản của xã Mường Lống.",
    ),
}


def leftover_page(path: str) -> str:
    """A page of an older export still on the host: nothing on the live site links it."""
    ids = _Ids(path)
    if path in OLD_NEWS:
        title, date, line = OLD_NEWS[path]
        return "\n".join(
            [
                _head(SCHOOL, DESCRIPTION),
                _menu(ids),
                _content4(ids, esc(title), esc(date)),
                _wrap(
                    ids,
                    "content5",
                    f'<p class="mbr-text mbr-fonts-style display-7">{esc(line)}</p>',
                ),
                _footer(ids, year=2025, latest=()),
            ]
        )
    title = "Tiêu đề bài viết" if path == "/page14.html" else "Content Title"
    return "\n".join(
        [
            _head(SCHOOL, BUILDER_DESCRIPTION),
            _menu(ids),
            _content4(ids, esc(title), "Subtitle"),
            _wrap(
                ids,
                "content5",
                f'<p class="mbr-text mbr-fonts-style display-7">{esc(_PLACEHOLDER)}</p>',
            ),
            _footer(ids),
        ]
    )


NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<p>Additionally, a 404 Not Found
error was encountered while trying to use an ErrorDocument to handle the request.</p>
</body></html>
"""

_FONTS = {
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".eot": "application/vnd.ms-fontobject",
    ".svg": "image/svg+xml",
}
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_DOCX_BODY = (
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + b"\x00" * 64
)

#: Apache's auto-index of the assets folder: directory -> (name, last modified, size)
ASSET_DIRS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "/assets/": (
        ("bootstrap/", "2026-03-20 21:14", "-"),
        ("datatables/", "2026-05-30 22:02", "-"),
        ("dropdown/", "2026-03-20 21:14", "-"),
        ("files/", "2026-06-02 20:41", "-"),
        ("gallery/", "2026-09-05 21:37", "-"),
        ("images/", "2026-11-23 20:55", "-"),
        ("mobirise/", "2026-11-23 20:55", "-"),
        ("socicon/", "2026-03-20 21:14", "-"),
        ("theme/", "2026-03-20 21:14", "-"),
        ("web/", "2026-03-20 21:14", "-"),
    ),
    "/assets/files/": (
        ("ke-hoach-on-thi-vao-10-2026.docx", "2026-06-02 20:41", "38K"),
        ("lich-kiem-tra-cuoi-hk2-2025-2026.docx", "2026-04-20 19:12", "24K"),
    ),
    "/assets/web/": (("assets/", "2026-03-20 21:14", "-"),),
    "/assets/web/assets/": (("mobirise-icons2/", "2026-03-20 21:14", "-"),),
    "/assets/web/assets/mobirise-icons2/": (
        ("mobirise2.css", "2026-03-20 21:14", "12K"),
        ("mobirise2.eot", "2026-03-20 21:14", "41K"),
        ("mobirise2.svg", "2026-03-20 21:14", "118K"),
        ("mobirise2.ttf", "2026-03-20 21:14", "41K"),
        ("mobirise2.woff", "2026-03-20 21:14", "23K"),
    ),
    "/assets/theme/": (("css/", "2026-03-20 21:14", "-"), ("js/", "2026-03-20 21:14", "-")),
    "/assets/theme/js/": (("script.js", "2026-03-20 21:14", "5.1K"),),
}


def _all_images() -> list[str]:
    srcs = {"assets/images/logo-thcs-122x122.png", "assets/images/logo-thcs-128x128.png"}
    for news in NEWS:
        srcs.update(img.src for img in _images(news))
        if news.card:
            srcs.add(news.card.thumb)
    srcs.update(bg for bg, *_ in SLIDES)
    srcs.update(img.src for img in ALBUM)
    srcs.update((DOC_CARD.thumb, ALBUM_CARD.thumb, "assets/images/toan-canh-truong-1024x683.jpg"))
    return sorted(s.rsplit("/", 1)[1] for s in srcs)


def autoindex(directory: str, query: str) -> str:
    entries = ASSET_DIRS.get(directory)
    if entries is None and directory == "/assets/images/":
        entries = tuple((name, "2026-11-23 20:55", "96K") for name in _all_images())
    assert entries is not None
    if "O=D" in query:
        entries = tuple(reversed(entries))
    parent = directory.rstrip("/").rsplit("/", 1)[0] + "/"
    rows = "\n".join(
        f'<tr><td valign="top"><img src="/icons/{"folder" if name.endswith("/") else "unknown"}.gif" '
        f'alt="[{"DIR" if name.endswith("/") else "   "}]"></td><td><a href="{name}">{name}</a></td>'
        f'<td align="right">{mtime}  </td><td align="right">{size} </td><td>&nbsp;</td></tr>'
        for name, mtime, size in entries
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
 <head>
  <title>Index of {directory.rstrip("/")}</title>
 </head>
 <body>
<h1>Index of {directory.rstrip("/")}</h1>
  <table>
   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th><th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th><th><a href="?C=D;O=A">Description</a></th></tr>
   <tr><th colspan="5"><hr></th></tr>
<tr><td valign="top"><img src="/icons/back.gif" alt="[PARENTDIR]"></td><td><a href="{parent}">Parent Directory</a></td><td>&nbsp;</td><td align="right">  - </td><td>&nbsp;</td></tr>
{rows}
   <tr><th colspan="5"><hr></th></tr>
</table>
<address>Apache Server at thcsmuonglong.edu.vn Port 80</address>
</body></html>
"""


# --- the site ------------------------------------------------------------------------------------


class MobiriseSite:
    """The exported files on an Apache shared host: pages by file name, the query ignored."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {"/index.html": home_page()}
        self.pages["/"] = self.pages["/index.html"]
        for path in LIST_PAGES:
            self.pages[path] = list_page(path)
        for news in NEWS:
            self.pages[news.path] = news_page(news)
        self.pages["/gioi-thieu.html"] = about_page()
        self.pages["/lien-he.html"] = contact_page()
        self.pages["/thu-vien-anh.html"] = album_page()
        for path in LEFTOVERS:
            self.pages[path] = leftover_page(path)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in self.pages:
            headers = {"Last-Modified": "Mon, 23 Nov 2026 13:55:02 GMT", "Accept-Ranges": "bytes"}
            return html(self.pages[path], headers=headers)
        if path in ASSET_DIRS or path == "/assets/images/":
            return html(autoindex(path, request.query))
        if path + "/" in ASSET_DIRS or path == "/assets/images":
            return Response(301, b"", {"Location": path + "/"})
        if path.startswith("/assets/"):
            return self._asset(path)
        return Response(404, NOT_FOUND, {"Content-Type": "text/html; charset=iso-8859-1"})

    def _asset(self, path: str) -> Response:
        if path in DOCX_FILES:
            name = path.rsplit("/", 1)[1]
            return Response(
                200,
                _DOCX_BODY,
                {"Content-Type": _DOCX, "Content-Disposition": f'inline; filename="{name}"'},
            )
        for ext, ctype in _FONTS.items():
            if path.endswith(ext):
                return Response(200, b"wOFF\x00\x01\x00\x00", {"Content-Type": ctype})
        found = static_file(path)
        if found is None:
            return Response(404, NOT_FOUND, {"Content-Type": "text/html; charset=iso-8859-1"})
        return found


def build_site() -> MobiriseSite:
    return MobiriseSite()
