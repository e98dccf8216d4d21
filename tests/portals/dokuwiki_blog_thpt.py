"""DokuWiki blog of an upper-secondary school: Trường THPT Tam Nông (Phú Thọ).

Platform imitated
-----------------
The school's IT teacher runs the whole site on DokuWiki 2023-04-04 "Jack Jackrum" with the
``bootstrap3`` template, ``userewrite=2`` (pretty paths after ``/doku.php/``), ``useheading=1``
and the plugins ``blog`` + ``include`` (a news section made of wiki pages in the namespace
``tin_tuc``, one sub-namespace per year), ``tag`` and ``discussion`` (comments). The sidebar is
the wiki page ``sidebar`` (boxes "Tin mới", "Liên kết website", a visitor counter); the page
header prints today's date (``TODAY``), never a publication date.

URL scheme and page kinds
-------------------------
- ``/doku.php/start``: home; the include plugin prints the latest 5 posts, first section only,
  each with "Đọc tiếp →" to the post.
- ``/doku.php/tin_tuc/start``: the blog list, 6 posts per page, each printed *in full* (long
  posts cut after their first section with "Đọc tiếp →"), the heading linking to the post, a
  date line "2026/11/20 08:30 · Nguyễn Thị Lan · 3 bình luận"; pager ``?first=6``, ``?first=12``
  ("« Mới hơn", "Cũ hơn »" and page numbers).
- Posts: ``/doku.php/tin_tuc/2026/<slug>`` (and ``tin_tuc/2025/…``). The same page answers at the
  ``id=`` form ``/doku.php?id=tin_tuc:2026:<slug>`` (linked from the tag page, the search form's
  results and the hand-made "Tin mới" box) and at ``?do=export_xhtml`` (plain HTML, linked from a
  ``<link rel="alternate">``); all of them print ``rel=canonical`` to the pretty path. These are
  the ``alt_paths``.
- DokuWiki actions on every page (``?do=``): ``edit`` (for anonymous: "Xem mã nguồn", the wiki
  source in a read-only textarea), ``revisions`` (list of old revisions), ``backlink``,
  ``export_pdf`` (a PDF), ``export_raw`` (text/plain wiki source), ``login``, ``index`` (the
  sitemap tree, namespaces opened with ``&idx=``), ``recent``; ``?rev=<unix time>`` prints an
  old revision with the notice "Đây là phiên bản cũ của tài liệu!". Action pages carry
  ``robots noindex,nofollow`` and no canonical, as DokuWiki prints them.
- ``/lib/exe/fetch.php?w=600&tok=…&media=ns:file.jpg`` images and PDFs;
  ``/lib/exe/detail.php?id=…&media=…`` media detail pages (an h1 with the file name, the photo,
  an EXIF-like table with a date: not articles).
- Tag pages ``/doku.php/tag/<tag>?do=showtag&tag=<tag>``; wiki pages that are not news:
  ``/doku.php/gioi_thieu/lich_su`` (history, long prose with sections), ``/doku.php/to_chuyen_mon/toan``
  (department page with a table of teachers), ``/doku.php/thoi_khoa_bieu/hk1`` (timetable).

How each gold article is reached
--------------------------------
Posts 1-5 from the home page; 1-6 from ``tin_tuc/start``; 7-12 only from ``?first=6``; the
oldest (the 2025 camp) only from ``?first=12`` (or the ``?do=index&idx=tin_tuc:2025`` tree).

Markup of a post
----------------
``<div class="page group">`` holds ``<h1 class="sectionedit1">`` (the title), ``<div
class="level1">``, then ``<h2 class="sectionedit2">``/``<div class="level2">`` …; the TOC box
``<div id="dw__toc">`` "Mục lục" on posts with three or more headings; a "Sửa" section-edit form
after each section. Images: ``<a class="media" href="/lib/exe/detail.php?…"><img
class="mediacenter" src="/lib/exe/fetch.php?w=600&tok=…&media=…" alt="X" title="X"></a>``,
sometimes followed by an italic line ``<em>X</em>`` repeating the caption or crediting
"Ảnh: Y". The post ends with DokuWiki's signature ``— <em><a class="wikilink1">Name</a>
2026/11/20 08:30</em>`` and the tag box; the page's docInfo footer "tin_tuc/2026/x.txt · Sửa
đổi lần cuối: 2026/11/21 10:02 bởi lan" is the last *edit*, not the publication. The
discussion plugin prints comments under some posts ("Thảo luận").

Gold decisions (as a careful reader decides)
--------------------------------------------
- title: the h1 of the post (the ``<title>`` adds " [Trường THPT Tam Nông]").
- published_at: the blog date of the signature (year first, "2026/11/20 08:30"), +07:00; the
  list prints the same date. The docInfo date is the last modification and is ignored.
- authors: the signature's name when it is a person ("Nguyễn Thị Lan"); a unit's wiki account
  whose full name is the unit ("Công đoàn trường") makes that unit the author; the signature
  "admin" (the IT teacher's login) credits nobody. When the text ends with a byline paragraph
  ("Tin, ảnh: Đoàn trường", a bare unit "Tổ Thể dục – Quốc phòng") the post is signed by
  ``admin`` and the byline names the author (and photographer for "Tin, ảnh:").
- photographers: "Tin, ảnh: X" gives X; an italic line "Ảnh: Hoàng Minh Đức" under a photo
  credits him (that line is then a credit, and the photo has no caption).
- source: "Nguồn: Sở GD&ĐT Phú Thọ" on the post copied from the Department.
- summary: DokuWiki has no sapo field; three posts open with a bold lead paragraph (``**…**``),
  which is the summary and the body's first paragraph; the others have none (None).
- body: paragraphs, h2/h3 headings, list items, table rows ("cell | cell"), in order; without the
  signature, tags, bylines, "Nguồn:", the "File đính kèm:" line, captions, TOC and "Sửa".
- images: the ``fetch.php`` src as printed (``w``, ``tok``, ``media``); caption = the italic
  line under the photo when it repeats the image's title (the line a reader sees). The title
  attribute alone is a tooltip the template does not print, so a photo with no line under it
  (or only a credit line "Ảnh: …") has caption None: the house convention, harmonised after the
  first crawl (the helper's gold first took the title attribute as the caption). An image
  written without a title (``{{:x.jpg}}``, alt="") or titled with its camera file name
  ("DSC_0456.JPG") has caption None too.
- category: "Tin tức", the namespace the post lives in as the breadcrumb names it ("Bạn đang ở:
  Trang chủ » Tin tức » 2026 » <title>"): the last breadcrumb item is the post itself and the
  year is an archive folder, not a category.

Traps
-----
The ``id=`` and ``export_xhtml`` twins (same article, canonical to the pretty path); every
``?do=`` action, the ``edit`` source view repeating the whole text; old revisions (full text,
same title, the old-revision notice, no canonical); media detail pages; the TOC box; the "Sửa"
buttons; "Dấu vết" trace breadcrumbs; the docInfo date; list pages printing full texts; the
wiki pages that are not news (history, department with a teacher table, timetable); tag pages.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, TODAY, base_url, collapse, esc, static_file, text

NAME = "dokuwiki_blog_thpt"
PLATFORM = "DokuWiki 2023 (bootstrap3, blog+include+tag plugins)"
START_PATH = "/"
SITE = "Trường THPT Tam Nông"
CATEGORY = "Tin tức"
PER_PAGE = 6
HOME_COUNT = 5
TZ = _dt.timezone(_dt.timedelta(hours=7))

#: wiki accounts: login -> full name as the signature prints it
USERS = {
    "lan": "Nguyễn Thị Lan",
    "hai": "Trần Văn Hải",
    "ha": "Phạm Thu Hà",
    "congdoan": "Công đoàn trường",
    "admin": "admin",
}


# --- data model --------------------------------------------------------------------------------


@dataclass(frozen=True)
class P:
    """Article text. style: "" paragraph, "lead" bold lead, "h2"/"h3" heading, "li" list item,
    "nfd" a paragraph printed in decomposed Unicode."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Img:
    """A photo: media id, its title attribute (None: none), an italic line under it, the caption
    a reader takes (hand-written)."""

    media: str
    title: str | None
    caption: str | None
    line: str | None = None


@dataclass(frozen=True)
class Tbl:
    """A DokuWiki table (class "inline"): first row is the header row when ``head``."""

    rows: tuple[tuple[str, ...], ...]
    head: bool = True


@dataclass(frozen=True)
class Note:
    """Not article text: bylines, source lines, attachments. ``wiki`` is its source markup."""

    html: str
    wiki: str


Block = P | Img | Tbl | Note


@dataclass
class Post:
    year: int
    slug: str
    title: str
    created: str  # "2026/11/20 08:30", the blog date
    user: str  # signature account
    blocks: list[Block]
    tags: tuple[str, ...]
    modified: tuple[str, str] | None = None  # docInfo: ("2026/11/21 10:02", "lan")
    comments: int = 0
    # hand-written gold
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None

    @property
    def page_id(self) -> str:
        return f"tin_tuc:{self.year}:{self.slug}"

    @property
    def path(self) -> str:
        return "/doku.php/" + self.page_id.replace(":", "/")

    @property
    def stamp(self) -> int:
        return _stamp(self.created)

    @property
    def last_edit(self) -> tuple[str, str]:
        return self.modified or (self.created, self.user)


def _stamp(value: str) -> int:
    moment = _dt.datetime.strptime(value, "%Y/%m/%d %H:%M").replace(tzinfo=TZ)
    return int(moment.timestamp())


def media_url(media: str, width: int | None = 600) -> str:
    tok = hashlib.md5(f"{media}{width}".encode()).hexdigest()[:6]
    if width is None:
        return f"/lib/exe/fetch.php?media={media}"
    return f"/lib/exe/fetch.php?w={width}&tok={tok}&media={media}"


def detail_url(page_id: str, media: str) -> str:
    return f"/lib/exe/detail.php?id={page_id}&media={media}"


def sectionid(title: str) -> str:
    """DokuWiki's sectionID: accents off, lower case, non-word characters to "_"."""
    plain = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "_" for c in plain)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_") or "section"


# --- the posts (newest first) --------------------------------------------------------------------

M26 = "tin_tuc:2026:"
ATTACH = (
    '<p>File đính kèm: <a href="/lib/exe/fetch.php?media=tin_tuc:2026:kh_hsg12_2026.pdf" '
    'class="media mediafile mf_pdf" title="tin_tuc:2026:kh_hsg12_2026.pdf (84.2 KB)">'
    "Kế hoạch số 1520/KH-SGDĐT</a></p>"
)

POSTS: list[Post] = [
    Post(
        2026,
        "thong_bao_nghi_hoc_chieu_26_11",
        "Thông báo: Học sinh khối 12 nghỉ học chiều 26/11/2026",
        "2026/11/24 16:05",
        "admin",
        [
            P(
                "Để giáo viên tham gia tập huấn chuyên đề đổi mới kiểm tra, đánh giá, học sinh "
                "khối 12 được nghỉ học buổi chiều thứ Năm, ngày 26/11/2026."
            ),
            P("Lịch học bù sẽ được giáo viên chủ nhiệm thông báo tới các lớp."),
        ],
        ("thong_bao",),
        published_at="2026-11-24T16:05:00+07:00",
    ),
    Post(
        2026,
        "ky_niem_44_nam_ngay_nha_giao",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        "2026/11/20 08:30",
        "lan",
        [
            P(
                "Sáng 20/11/2026, Trường THPT Tam Nông long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Huyện ủy, UBND huyện, "
                "Ban đại diện cha mẹ học sinh cùng đông đảo thế hệ thầy cô giáo đã nghỉ hưu.",
                "lead",
            ),
            P("Ôn lại truyền thống", "h2"),
            P(
                "Trong diễn văn kỷ niệm, thầy Hiệu trưởng Đỗ Mạnh Cường ôn lại lịch sử Ngày Nhà "
                "giáo Việt Nam và chặng đường gần 60 năm xây dựng, trưởng thành của nhà trường, "
                "từ những lớp học tranh tre nứa lá bên bờ sông Thao đến ngôi trường đạt chuẩn "
                "quốc gia mức độ 2 hôm nay."
            ),
            Img(
                M26 + "ky_niem_20_11_01.jpg",
                "Thầy Hiệu trưởng Đỗ Mạnh Cường đọc diễn văn kỷ niệm",
                "Thầy Hiệu trưởng Đỗ Mạnh Cường đọc diễn văn kỷ niệm",
                line="Thầy Hiệu trưởng Đỗ Mạnh Cường đọc diễn văn kỷ niệm",
            ),
            P(
                "Năm học 2025 – 2026, nhà trường có 42 học sinh đạt giải học sinh giỏi cấp tỉnh, "
                "tỷ lệ tốt nghiệp THPT đạt 99,6%, điểm trung bình thi tốt nghiệp xếp thứ 6 toàn "
                "tỉnh."
            ),
            P("Tuyên dương, khen thưởng", "h2"),
            P("Tại buổi lễ, nhà trường đã công bố các quyết định khen thưởng:"),
            P("03 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen;", "li"),
            P("07 nhà giáo được Giám đốc Sở GD&ĐT công nhận Chiến sĩ thi đua cơ sở;", "li"),
            P("15 nhà giáo đạt danh hiệu giáo viên dạy giỏi cấp trường.", "li"),
            Img(
                M26 + "ky_niem_20_11_02.jpg",
                "Các thầy cô nhận Bằng khen của Chủ tịch UBND tỉnh",
                None,
            ),
            P("Tri ân thầy cô", "h2"),
            P(
                "Thay mặt hơn 1.300 học sinh, em Nguyễn Khánh Linh (lớp 12A1) bày tỏ lòng biết ơn "
                "tới các thầy cô và hứa sẽ thi đua học tập, rèn luyện xứng đáng với truyền thống "
                "của nhà trường. Buổi lễ khép lại bằng chương trình văn nghệ do Đoàn trường dàn "
                "dựng."
            ),
        ],
        ("ngay_nha_giao", "su_kien"),
        modified=("2026/11/21 10:02", "lan"),
        comments=3,
        published_at="2026-11-20T08:30:00+07:00",
        authors=["Nguyễn Thị Lan"],
        summary=(
            "Sáng 20/11/2026, Trường THPT Tam Nông long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Huyện ủy, UBND huyện, "
            "Ban đại diện cha mẹ học sinh cùng đông đảo thế hệ thầy cô giáo đã nghỉ hưu."
        ),
    ),
    Post(
        2026,
        "hoi_thi_tin_hoc_tre_2026",
        "Hội thi Tin học trẻ cấp trường năm 2026",
        "2026/11/17 14:00",
        "admin",
        [
            P(
                "Chiều 15/11, Đoàn trường phối hợp với Tổ Toán – Tin tổ chức Hội thi Tin học trẻ "
                "cấp trường năm 2026 với sự tham gia của 64 thí sinh đến từ 21 chi đoàn."
            ),
            P(
                "Các thí sinh thi hai bảng: bảng A lập trình giải thuật bằng Python, bảng B sáng "
                "tạo sản phẩm ứng dụng. Nhiều sản phẩm có tính thực tiễn cao như phần mềm quản lý "
                "thư viện lớp học, ứng dụng nhắc lịch uống thuốc cho người cao tuổi."
            ),
            Img(
                M26 + "tin_hoc_tre_01.jpg",
                "Thí sinh bảng A trong giờ thi",
                None,
            ),
            P(
                "Ban tổ chức đã trao 2 giải Nhất, 4 giải Nhì, 6 giải Ba và chọn 8 thí sinh tham "
                "dự Hội thi cấp tỉnh."
            ),
            Note(
                '<p class="text-right"><strong>Tin, ảnh: Đoàn trường</strong></p>',
                "**Tin, ảnh: Đoàn trường**",
            ),
        ],
        ("doan_thanh_nien", "tin_hoc"),
        comments=1,
        published_at="2026-11-17T14:00:00+07:00",
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
    ),
    Post(
        2026,
        "so_gddt_ke_hoach_thi_hsg_12",
        "Sở GD&ĐT Phú Thọ ban hành kế hoạch thi chọn học sinh giỏi lớp 12 cấp tỉnh",
        "2026/11/12 09:15",
        "admin",
        [
            P(
                "Sở Giáo dục và Đào tạo Phú Thọ vừa ban hành Kế hoạch số 1520/KH-SGDĐT về tổ "
                "chức kỳ thi chọn học sinh giỏi lớp 12 THPT cấp tỉnh năm học 2026 – 2027."
            ),
            P(
                "Kỳ thi gồm 10 môn văn hóa: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật. Mỗi trường THPT "
                "được đăng ký tối đa 6 thí sinh mỗi môn."
            ),
            P("Lịch thi cụ thể", "h3"),
            Tbl(
                (
                    ("Ngày", "Buổi", "Nội dung"),
                    ("08/01/2027", "Chiều", "Khai mạc, phổ biến quy chế"),
                    ("09/01/2027", "Sáng", "Thi các môn (180 phút)"),
                    ("10/01/2027", "Sáng", "Thi thực hành môn Tin học"),
                )
            ),
            P(
                "Các đơn vị gửi danh sách đăng ký dự thi qua hệ thống quản lý thi trước ngày "
                "15/12/2026."
            ),
            Note(
                ATTACH,
                "File đính kèm: {{:tin_tuc:2026:kh_hsg12_2026.pdf|Kế hoạch số 1520/KH-SGDĐT}}",
            ),
            Note("<p><em>Nguồn: Sở GD&amp;ĐT Phú Thọ</em></p>", "//Nguồn: Sở GD&ĐT Phú Thọ//"),
        ],
        ("thong_bao", "hoc_sinh_gioi"),
        published_at="2026-11-12T09:15:00+07:00",
        source="Sở GD&ĐT Phú Thọ",
    ),
]

POSTS += [
    Post(
        2026,
        "hoi_nghi_vien_chuc_2026_2027",
        "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "2026/11/06 10:40",
        "hai",
        [
            P(
                "Ngày 04/11/2026, Trường THPT Tam Nông tổ chức Hội nghị viên chức, người lao "
                "động năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước và thống nhất "
                "phương hướng, nhiệm vụ năm học mới.",
                "lead",
            ),
            P("Kết quả năm học 2025 – 2026", "h2"),
            P(
                "Nhà trường duy trì quy mô 36 lớp với 1.318 học sinh; chất lượng giáo dục đại trà "
                "và mũi nhọn đều tăng so với năm học trước."
            ),
            P("Chất lượng giáo dục", "h3"),
            Tbl(
                (
                    ("Tiêu chí", "2024 – 2025", "2025 – 2026"),
                    ("Học lực Tốt, Khá", "78,4%", "81,2%"),
                    ("Hạnh kiểm Tốt", "93,1%", "95,0%"),
                    ("Tốt nghiệp THPT", "99,3%", "99,6%"),
                    ("Giải HSG cấp tỉnh", "35", "42"),
                )
            ),
            P("Cơ sở vật chất", "h3"),
            P(
                "Nhà trường được đầu tư xây mới khu nhà đa năng, cải tạo 2 phòng học bộ môn Tin "
                "học và lắp đặt 36 màn hình tương tác tại các phòng học."
            ),
            P("Phương hướng năm học 2026 – 2027", "h2"),
            P("Hội nghị thống nhất các chỉ tiêu chủ yếu:"),
            P("Tỷ lệ học sinh tốt nghiệp THPT đạt từ 99,5% trở lên;", "li"),
            P("Có từ 45 giải học sinh giỏi cấp tỉnh trở lên;", "li"),
            P("100% giáo viên ứng dụng công nghệ thông tin trong dạy học;", "li"),
            P("Không có cán bộ, giáo viên vi phạm đạo đức nhà giáo.", "li"),
            P("Bầu Ban Thanh tra nhân dân", "h2"),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí, do "
                "đồng chí Lê Thị Thu Hương làm Trưởng ban. Hội nghị kết thúc với 100% đại biểu "
                "biểu quyết thông qua Nghị quyết."
            ),
        ],
        ("hoi_nghi",),
        modified=("2026/11/09 07:58", "hai"),
        published_at="2026-11-06T10:40:00+07:00",
        authors=["Trần Văn Hải"],
        summary=(
            "Ngày 04/11/2026, Trường THPT Tam Nông tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước và thống nhất "
            "phương hướng, nhiệm vụ năm học mới."
        ),
    ),
    Post(
        2026,
        "toa_dam_van_hoa_giao_thong",
        "Tọa đàm “Học sinh với văn hóa giao thông”",
        "2026/10/28 15:20",
        "lan",
        [
            P(
                "Sáng 26/10, Đoàn trường phối hợp với Đội Cảnh sát giao thông – Công an huyện Tam "
                "Nông tổ chức tọa đàm “Học sinh với văn hóa giao thông” cho hơn 400 đoàn viên "
                "khối 10."
            ),
            Img(
                M26 + "toa_dam_atgt_01.jpg",
                "Cán bộ Công an huyện trao đổi với học sinh",
                None,
                line="Ảnh: Hoàng Minh Đức",
            ),
            P(
                "Tại buổi tọa đàm, học sinh được nghe phân tích các tình huống giao thông thường "
                "gặp trên đường đến trường, quy định về độ tuổi điều khiển xe máy và mức xử phạt "
                "khi vi phạm."
            ),
            P(
                "Kết thúc chương trình, 100% đoàn viên khối 10 đã ký cam kết chấp hành Luật Trật "
                "tự, an toàn giao thông đường bộ."
            ),
        ],
        ("doan_thanh_nien", "an_toan_giao_thong"),
        comments=2,
        published_at="2026-10-28T15:20:00+07:00",
        authors=["Nguyễn Thị Lan"],
        photographers=["Hoàng Minh Đức"],
    ),
    Post(
        2026,
        "chuc_mung_ngay_phu_nu_20_10",
        "Chúc mừng Ngày Phụ nữ Việt Nam 20/10",
        "2026/10/20 07:45",
        "congdoan",
        [
            P(
                "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn "
                "trường kính chúc các cô giáo, nữ nhân viên và các em nữ sinh luôn mạnh khỏe, "
                "hạnh phúc và thành công!"
            ),
            Img(M26 + "chuc_mung_20_10.jpg", None, None),
        ],
        ("cong_doan",),
        published_at="2026-10-20T07:45:00+07:00",
        authors=["Công đoàn trường"],
    ),
    Post(
        2026,
        "hoi_khoe_phu_dong_cap_truong",
        "Kết quả Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "2026/10/09 16:00",
        "admin",
        [
            P(
                "Sau hai tuần thi đấu sôi nổi, Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 "
                "đã bế mạc chiều 08/10. Kết quả toàn đoàn như sau:"
            ),
            Tbl(
                (
                    ("Môn", "Nhất", "Nhì", "Ba"),
                    ("Bóng đá nam", "11A3", "12A1", "10A5"),
                    ("Bóng chuyền nữ", "12A4", "11A1", "11A6"),
                    ("Cầu lông", "10A2", "12A2", "11A4"),
                    ("Kéo co", "12A6", "10A1", "11A2"),
                )
            ),
            P(
                "Ban tổ chức sẽ chọn các vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp "
                "tỉnh vào tháng 12/2026."
            ),
            Note(
                '<p class="text-right"><strong>Tổ Thể dục – Quốc phòng</strong></p>',
                "**Tổ Thể dục – Quốc phòng**",
            ),
        ],
        ("the_thao",),
        modified=("2026/10/10 08:12", "admin"),
        published_at="2026-10-09T16:00:00+07:00",
        authors=["Tổ Thể dục – Quốc phòng"],
    ),
    Post(
        2026,
        "vui_tet_trung_thu_2026",
        "Đoàn trường tổ chức “Vui Tết Trung thu” cho thiếu nhi khu dân cư",
        "2026/09/27 20:10",
        "ha",
        [
            P(
                "Tối 25/9 (tức 15 tháng Tám âm lịch), Đoàn trường phối hợp với Chi đoàn khu 5 thị "
                "trấn Hưng Hóa tổ chức chương trình “Vui Tết Trung thu” cho gần 150 em thiếu nhi."
            ),
            Img(
                M26 + "trung_thu_01.jpg",
                "Các em thiếu nhi rước đèn ông sao",
                None,
            ),
            P(
                "Các đoàn viên đã tự tay làm 80 chiếc đèn ông sao, bày mâm cỗ Trung thu và trao "
                "30 suất quà cho các em có hoàn cảnh khó khăn."
            ),
            Img(M26 + "trung_thu_02.jpg", "DSC_0456.JPG", None),
        ],
        ("doan_thanh_nien",),
        published_at="2026-09-27T20:10:00+07:00",
        authors=["Phạm Thu Hà"],
    ),
    Post(
        2026,
        "hoi_nghi_cha_me_hoc_sinh",
        "Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
        "2026/09/18 10:30",
        "lan",
        [
            P(
                "Sáng Chủ nhật 13/9, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học tại "
                "36 lớp. Các giáo viên chủ nhiệm thông báo kế hoạch năm học, nội quy nhà trường "
                "và kết quả rèn luyện hè của học sinh.",
                "nfd",  # pasted from a decomposed-Unicode Word file
            ),
            P("Một số nội dung chính đã được thống nhất:"),
            P("Học sinh không sử dụng điện thoại di động trong giờ học khi không được phép;", "li"),
            P("Phụ huynh theo dõi kết quả học tập qua sổ liên lạc điện tử;", "li"),
            P("Học sinh đi xe đạp điện phải đội mũ bảo hiểm.", "li"),
            P(
                "Ngay sau hội nghị tại các lớp, Ban đại diện cha mẹ học sinh trường đã họp, bầu "
                "ông Nguyễn Văn Thành làm Trưởng ban nhiệm kỳ 2026 – 2027."
            ),
        ],
        ("phu_huynh",),
        published_at="2026-09-18T10:30:00+07:00",
        authors=["Nguyễn Thị Lan"],
    ),
    Post(
        2026,
        "le_khai_giang",
        "Lễ khai giảng năm học 2026 – 2027",
        "2026/09/05 11:20",
        "lan",
        [
            P(
                "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.300 học sinh Trường "
                "THPT Tam Nông hân hoan dự Lễ khai giảng năm học mới.",
                "lead",
            ),
            Img(
                M26 + "khai_giang_01.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                None,
            ),
            P(
                "Năm học 2026 – 2027, nhà trường đón 452 học sinh lớp 10, trong đó có 12 em là "
                "thủ khoa, á khoa của kỳ thi tuyển sinh vào lớp 10 của huyện."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Đỗ Mạnh Cường đề nghị mỗi thầy cô, mỗi "
                "học sinh tiếp tục đổi mới phương pháp dạy và học, xây dựng trường học hạnh phúc."
            ),
            Img(
                M26 + "khai_giang_02.jpg",
                "Học sinh khối 10 trong buổi lễ",
                "Học sinh khối 10 trong buổi lễ",
                line="Học sinh khối 10 trong buổi lễ",
            ),
            P("Nhân dịp này, nhà trường trao 25 suất học bổng cho học sinh vượt khó học giỏi."),
        ],
        ("khai_giang", "su_kien"),
        modified=("2026/09/07 21:14", "lan"),
        comments=4,
        published_at="2026-09-05T11:20:00+07:00",
        authors=["Nguyễn Thị Lan"],
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.300 học sinh Trường "
            "THPT Tam Nông hân hoan dự Lễ khai giảng năm học mới."
        ),
    ),
    Post(
        2026,
        "le_tri_an_truong_thanh_k12",
        "Lễ tri ân và trưởng thành học sinh khối 12 khóa 2023 – 2026",
        "2026/05/23 17:30",
        "ha",
        [
            P(
                "Chiều 22/5, trong không khí xúc động, 438 học sinh khối 12 đã dự Lễ tri ân và "
                "trưởng thành, khép lại ba năm gắn bó dưới mái trường."
            ),
            P(
                "Những bó hoa, những lời cảm ơn được các em gửi tới thầy cô và cha mẹ. Đại diện "
                "học sinh, em Trần Minh Quân (lớp 12A2) chia sẻ: “Ba năm ở Tam Nông là quãng thời "
                "gian đẹp nhất mà chúng em sẽ mang theo suốt cuộc đời.”"
            ),
            Img(
                "tin_tuc:2026:tri_an_k12.jpg",
                "Học sinh khối 12 tri ân thầy cô",
                None,
            ),
            P("Nhà trường chúc các em bình tĩnh, tự tin bước vào kỳ thi tốt nghiệp THPT năm 2026."),
        ],
        ("su_kien",),
        comments=5,
        published_at="2026-05-23T17:30:00+07:00",
        authors=["Phạm Thu Hà"],
    ),
    Post(
        2025,
        "hoi_trai_22_12",
        "Hội trại kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        "2025/12/22 18:00",
        "ha",
        [
            P(
                "Ngày 20 và 21/12/2025, Đoàn trường tổ chức Hội trại “Tiến bước dưới cờ Đảng” "
                "chào mừng 81 năm Ngày thành lập Quân đội nhân dân Việt Nam và 36 năm Ngày hội "
                "Quốc phòng toàn dân."
            ),
            P(
                "36 chi đoàn dựng trại với nhiều ý tưởng sáng tạo. Các hoạt động thi nghi thức "
                "đội ngũ, kéo co, trò chơi dân gian và đêm lửa trại diễn ra sôi nổi."
            ),
            Img(
                "tin_tuc:2025:hoi_trai_01.jpg",
                "Trại của chi đoàn 11A1 đạt giải Nhất",
                None,
            ),
            P(
                "Kết quả, giải Nhất thuộc về chi đoàn 11A1; giải Nhì thuộc về các chi đoàn 12A3, "
                "10A2; giải Ba thuộc về các chi đoàn 12A5, 11A4, 10A6."
            ),
        ],
        ("doan_thanh_nien", "hoi_trai"),
        modified=("2026/01/03 09:40", "admin"),
        published_at="2025-12-22T18:00:00+07:00",
        authors=["Phạm Thu Hà"],
    ),
]

BY_ID = {post.page_id: post for post in POSTS}


# --- gold (hand-written fields of the posts, see the docstring) --------------------------------


def _body(post: Post) -> str:
    parts: list[str] = []
    for block in post.blocks:
        if isinstance(block, P):
            parts.append(collapse(block.text))
        elif isinstance(block, Tbl):
            parts.extend(" | ".join(collapse(c) for c in row) for row in block.rows)
    return "\n\n".join(parts)


def _gold(post: Post) -> dict:
    if post.summary:
        assert post.blocks[0] == P(post.summary, "lead"), post.slug
    return {
        "path": post.path,
        "canonical_path": post.path,
        "alt_paths": [
            f"/doku.php?id={post.page_id}",
            f"{post.path}?do=export_xhtml",
        ],
        "title": collapse(post.title),
        "published_at": post.published_at,
        "authors": list(post.authors),
        "photographers": list(post.photographers),
        "source": post.source,
        "summary": collapse(post.summary) if post.summary else None,
        "body": _body(post),
        "images": [
            {"path": media_url(b.media), "caption": b.caption}
            for b in post.blocks
            if isinstance(b, Img)
        ],
        "category": CATEGORY,
    }


GOLD = [_gold(post) for post in POSTS]

NON_ARTICLES = [
    "/doku.php/gioi_thieu/lich_su",
    "/doku.php/to_chuyen_mon/toan",
    "/doku.php/thoi_khoa_bieu/hk1",
    "/doku.php/tag/khai_giang?do=showtag&tag=khai_giang",
    "/doku.php/start?do=index",
    "/doku.php/tin_tuc/start",
    "/doku.php/tin_tuc/start?first=6",
    "/doku.php/tin_tuc/start?first=12",
]


# --- wiki source (what ?do=edit and ?do=export_raw show) --------------------------------------


def wikitext(post: Post, drop_last: bool = False) -> str:
    lines = [f"====== {post.title} ======", ""]
    blocks = _revision_blocks(post) if drop_last else post.blocks
    for block in blocks:
        if isinstance(block, P):
            if block.style == "h2":
                lines += [f"===== {block.text} =====", ""]
            elif block.style == "h3":
                lines += [f"==== {block.text} ====", ""]
            elif block.style == "li":
                lines.append(f"  * {block.text}")
            elif block.style == "lead":
                lines += [f"**{block.text}**", ""]
            else:
                lines += [block.text, ""]
        elif isinstance(block, Img):
            title = f"|{block.title}" if block.title else ""
            lines += [f"{{{{ :{block.media}?600{title} }}}}", ""]
            if block.line:
                lines += [f"//{block.line}//", ""]
        elif isinstance(block, Tbl):
            for i, row in enumerate(block.rows):
                sep = "^" if block.head and i == 0 else "|"
                lines.append(sep + "".join(f" {c} {sep}" for c in row))
            lines.append("")
        else:
            lines += [block.wiki, ""]
    name = USERS[post.user]
    lines += [f"--- //[[user:{post.user}|{name}]] {post.created}//", ""]
    lines += ["{{tag>" + " ".join(post.tags) + "}}", ""]
    lines += ["~~DISCUSSION~~", ""]
    return "\n".join(lines)


def _revision_blocks(post: Post) -> list[Block]:
    """The first revision: the text as first saved, before the last paragraph was added."""
    last = max(i for i, b in enumerate(post.blocks) if isinstance(b, P))
    return [b for i, b in enumerate(post.blocks) if i != last]


# --- rendering of wiki content -----------------------------------------------------------------


def _secedit(page_id: str, path: str, title: str, hid: str, num: int, start: int, end: int) -> str:
    return (
        f'<div class="secedit editbutton_section editbutton_{num}">'
        f'<form class="button btn_secedit" method="post" action="{path}"><div class="no">'
        '<input type="hidden" name="do" value="edit" />'
        f'<input type="hidden" name="summary" value="[{esc(title)}] " />'
        '<input type="hidden" name="target" value="section" />'
        f'<input type="hidden" name="hid" value="{hid}" />'
        '<input type="hidden" name="codeblockOffset" value="0" />'
        f'<input type="hidden" name="range" value="{start}-{end}" />'
        f'<button type="submit" title="{esc(title)}">Sửa</button></div></form></div>'
    )


def _img_html(block: Img, page_id: str) -> str:
    alt = esc(block.title) if block.title else ""
    title = f' title="{esc(block.title)}"' if block.title else ""
    out = (
        f'<p><a href="{esc(detail_url(page_id, block.media))}" class="media" '
        f'title="{block.media}"><img src="{esc(media_url(block.media))}" class="mediacenter" '
        f'loading="lazy"{title} alt="{alt}" width="600" /></a>\n</p>'
    )
    if block.line:
        out += f"\n<p>\n<em>{text(block.line)}</em>\n</p>"
    return out


def _table_html(block: Tbl, num: int) -> str:
    rows = []
    for i, row in enumerate(block.rows):
        tag = "th" if block.head and i == 0 else "td"
        cells = "".join(
            f'<{tag} class="col{j}{" leftalign" if tag == "td" else ""}">{text(c)} </{tag}>'
            for j, c in enumerate(row)
        )
        rows.append(f'\t<tr class="row{i}">\n\t\t{cells}\n\t</tr>')
    return (
        f'<div class="table sectionedit{num}"><table class="inline">\n'
        + "\n".join(rows)
        + "\n</table></div>"
    )


def _blocks_html(blocks: list[Block], page_id: str, counter: list[int]) -> str:
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items.clear()

    for block in blocks:
        if isinstance(block, P) and block.style == "li":
            items.append(f'<li class="level1"><div class="li"> {text(block.text)}</div>\n</li>')
            continue
        flush()
        if isinstance(block, P):
            inner = text(block.text, nfd=block.style == "nfd")
            if block.style == "lead":
                inner = f"<strong>{inner}</strong>"
            out.append(f"<p>\n{inner}\n</p>")
        elif isinstance(block, Img):
            out.append(_img_html(block, page_id))
        elif isinstance(block, Tbl):
            counter[0] += 1
            out.append(_table_html(block, counter[0]))
        else:
            out.append(block.html)
    flush()
    return "\n\n".join(out)


def signature(post: Post) -> str:
    name = USERS[post.user]
    return (
        f'<p>\n— <em><a href="/doku.php/user/{post.user}" class="wikilink1" '
        f'title="user:{post.user}" data-wiki-id="user:{post.user}">{esc(name)}</a> '
        f"{post.created}</em>\n</p>"
    )


def tags_box(post: Post) -> str:
    links = ",\n".join(
        f'<a href="/doku.php/tag/{t}?do=showtag&amp;tag={t}" class="wikilink1 tag" '
        f'title="tag:{t}" rel="tag">{t}</a>'
        for t in post.tags
    )
    return f'<div class="tags"><span>\n{links}\n</span></div>'


def post_content(
    post: Post, *, link_title: bool = False, first_section: bool = False, old: bool = False
) -> str:
    """The rendered wiki page (h1, level divs, "Sửa" buttons, signature, tags)."""
    hid = sectionid(post.title)
    h1 = esc(post.title)
    if link_title:
        h1 = f'<a href="{post.path}" class="wikilink1" title="{post.page_id}">{h1}</a>'
    blocks = _revision_blocks(post) if old else post.blocks
    sections: list[tuple[P | None, list[Block]]] = [(None, [])]
    for block in blocks:
        if isinstance(block, P) and block.style in ("h2", "h3"):
            sections.append((block, []))
        else:
            sections[-1][1].append(block)
    counter = [1]
    out = [f'<h1 class="sectionedit1" id="{hid}">{h1}</h1>']
    out.append(
        '<div class="level1">\n' + _blocks_html(sections[0][1], post.page_id, counter) + "\n</div>"
    )
    offset = 40 + len(post.title)
    if not (link_title or old):
        out.append(_secedit(post.page_id, post.path, post.title, hid, 1, 1, offset))
    if first_section and len(sections) > 1:
        out.append(
            f'<div class="readmore">→ <a href="{post.path}#{sectionid(sections[1][0].text)}" '
            f'class="wikilink1" title="{post.page_id}">Đọc tiếp →</a></div>'
        )
        return "\n".join(out)
    for num, (head, blocks_) in enumerate(sections[1:], start=2):
        assert head is not None
        level = 2 if head.style == "h2" else 3
        sid = sectionid(head.text)
        out.append(f'<h{level} class="sectionedit{num}" id="{sid}">{text(head.text)}</h{level}>')
        out.append(
            f'<div class="level{level}">\n'
            + _blocks_html(blocks_, post.page_id, counter)
            + "\n</div>"
        )
        if not (link_title or old):
            out.append(_secedit(post.page_id, post.path, head.text, sid, num, offset, offset + 400))
        offset += 401
    out.append(signature(post))
    out.append(tags_box(post))
    return "\n".join(out)


def toc_box(post: Post) -> str:
    heads = [b for b in post.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    if len(heads) < 3:
        return ""
    items = "\n".join(
        f'<li class="level{1 if h.style == "h2" else 2}"><div class="li">'
        f'<a href="#{sectionid(h.text)}">{text(h.text)}</a></div></li>'
        for h in heads
    )
    return (
        '<!-- TOC START -->\n<div id="dw__toc" class="dw__toc open">\n'
        '<h3 class="toggle">Mục lục</h3>\n<div>\n'
        f'<ul class="toc">\n{items}\n</ul>\n</div>\n</div>\n<!-- TOC END -->'
    )


# --- page layout (bootstrap3 template) ----------------------------------------------------------

TSEED = "7b1f0e3c9a2d4f86"
COMMENTS = [
    ("Phụ huynh Lê Văn Tú", "Cảm ơn nhà trường đã thông tin kịp thời tới phụ huynh."),
    ("Cựu học sinh khóa 2015 – 2018", "Nhớ thầy cô và mái trường Tam Nông quá!"),
    ("Nguyễn Hồng Nhung", "Chúc mừng các thầy cô và các em học sinh."),
]


def navbar(page_id: str) -> str:
    path = "/doku.php/" + page_id.replace(":", "/")
    return f"""<header id="dokuwiki__header" class="dokuwiki container">
<nav id="dw__navbar" class="navbar navbar-default" role="navigation">
<div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand d-flex align-items-center" href="/doku.php/start" accesskey="h" title="Trường THPT Tam Nông [H]">
<img id="dw__logo" class="pull-left h-100 mr-4" src="/lib/exe/fetch.php?media=wiki:logo.png" alt="Trường THPT Tam Nông" width="40" height="40" />
<span id="dw__title">Trường THPT Tam Nông</span></a>
<p class="tagline">Dạy tốt – Học tốt – Rèn luyện tốt</p></div>
<ul class="nav navbar-nav" id="dw__navbar_menu">
<li><a href="/doku.php/start" class="wikilink1" title="start">Trang chủ</a></li>
<li><a href="/doku.php/gioi_thieu/lich_su" class="wikilink1" title="gioi_thieu:lich_su">Giới thiệu</a></li>
<li><a href="/doku.php/tin_tuc/start" class="wikilink1" title="tin_tuc:start">Tin tức</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tổ chuyên môn <span class="caret"></span></a>
<ul class="dropdown-menu"><li><a href="/doku.php/to_chuyen_mon/toan" class="wikilink1" title="to_chuyen_mon:toan">Tổ Toán – Tin</a></li></ul></li>
<li><a href="/doku.php/thoi_khoa_bieu/hk1" class="wikilink1" title="thoi_khoa_bieu:hk1">Thời khóa biểu</a></li>
</ul>
<div class="navbar-right" id="dw__navbar_items">
<form action="/doku.php/start" method="get" role="search" class="search navbar-form navbar-left" id="dw__search" accept-charset="utf-8">
<input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="{page_id}" />
<input name="q" type="text" class="edit form-control" title="[F]" accesskey="f" placeholder="Tìm kiếm" autocomplete="on" id="qsearch__in" />
<button type="submit" title="Tìm kiếm">Tìm</button></form>
<ul class="nav navbar-nav"><li class="dropdown dropdown-large"><a href="#" class="dropdown-toggle" data-target="#" data-toggle="dropdown" title="" role="button">Công cụ <span class="caret"></span></a>
<ul class="dropdown-menu tools" role="menu">
<li><a href="{path}?do=recent" title="Thay đổi gần đây [r]" rel="nofollow" accesskey="r" class="menuitem recent">Thay đổi gần đây</a></li>
<li><a href="{path}?do=media&amp;ns=tin_tuc" title="Quản lý phương tiện" rel="nofollow" class="menuitem mediamanager">Quản lý phương tiện</a></li>
<li><a href="{path}?do=index" title="Sơ đồ trang web [x]" rel="nofollow" accesskey="x" class="menuitem index">Sơ đồ trang web</a></li>
</ul></li></ul>
<ul class="nav navbar-nav"><li><a href="{path}?do=login&amp;sectok=" title="Đăng nhập" rel="nofollow" class="menuitem login">Đăng nhập</a></li></ul>
</div></div></nav></header>"""


def sidebar() -> str:
    news = "\n".join(
        f'<li class="level1"><div class="li"><a href="/doku.php?id={p.page_id}" class="urlextern" '
        f'rel="ugc nofollow">{esc(p.title)}</a></div></li>'
        for p in POSTS[:5]
    )
    return f"""<aside id="dokuwiki__aside" class="dw__sidebar col-sm-3 col-md-2 hidden-print">
<div class="dw-sidebar-content"><div class="dw-sidebar-title hidden-lg hidden-md hidden-sm">Thanh bên</div>
<div class="dw-sidebar-body">
<h3 class="sectionedit1" id="tin_moi">Tin mới</h3>
<div class="level3"><ul>
{news}
</ul></div>
<h3 class="sectionedit2" id="lien_ket_website">Liên kết website</h3>
<div class="level3"><ul>
<li class="level1"><div class="li"><a href="https://phutho.edu.vn" class="urlextern" rel="ugc nofollow">Sở GD&amp;ĐT Phú Thọ</a></div></li>
<li class="level1"><div class="li"><a href="https://moet.gov.vn" class="urlextern" rel="ugc nofollow">Bộ Giáo dục và Đào tạo</a></div></li>
<li class="level1"><div class="li"><a href="https://tamnong.phutho.gov.vn" class="urlextern" rel="ugc nofollow">Cổng TTĐT huyện Tam Nông</a></div></li>
</ul></div>
<h3 class="sectionedit3" id="luot_truy_cap">Lượt truy cập</h3>
<div class="level3"><div class="statdisplay"><p>Đang truy cập: 7<br />Hôm nay: 214<br />Tổng lượt truy cập: 358201</p></div></div>
</div></div></aside>"""


def breadcrumbs(crumbs: list[tuple[str, str | None]], page_name: str) -> str:
    you = ' <span class="bcsep">»</span> '.join(
        f'<bdi><a href="{href}" class="wikilink1">{esc(label)}</a></bdi>'
        if href
        else f'<bdi><span class="curid">{esc(label)}</span></bdi>'
        for label, href in crumbs
    )
    return f"""<div class="breadcrumbs" data-do="show">
<div class="dw__youarehere"><ol class="breadcrumb"><li><span class="bchead">Bạn đang ở: </span></li> {you}</ol></div>
<div class="dw__breadcrumbs hidden-print"><ol class="breadcrumb"><li><span class="bchead">Dấu vết:</span></li>
<li><bdi><a href="/doku.php/start" class="wikilink1" title="start">start</a></bdi></li>
<li><bdi><span class="curid"><a href="#" title="{esc(page_name)}">{esc(page_name.split(":")[-1])}</a></span></bdi></li></ol></div>
</div>"""


def pagetools(path: str) -> str:
    return f"""<div id="dw__pagetools" class="hidden-print"><div class="tools panel panel-default pull-right"><ul class="nav nav-stacked nav-pills">
<li><a href="{path}?do=edit" title="Xem mã nguồn [v]" rel="nofollow" accesskey="v" class="menuitem source">Xem mã nguồn</a></li>
<li><a href="{path}?do=revisions" title="Phiên bản cũ [o]" rel="nofollow" accesskey="o" class="menuitem revs">Phiên bản cũ</a></li>
<li><a href="{path}?do=backlink" title="Liên kết đến bài" rel="nofollow" class="menuitem backlink">Liên kết đến bài</a></li>
<li><a href="{path}?do=export_pdf" title="Xuất ra PDF" rel="nofollow" class="menuitem export_pdf">Xuất ra PDF</a></li>
<li><a href="#dokuwiki__top" title="Về đầu trang [t]" rel="nofollow" accesskey="t" class="menuitem top">Về đầu trang</a></li>
</ul></div></div>"""


def layout(
    request: Request,
    page_id: str,
    title: str,
    content: str,
    *,
    mode: str = "show",
    canonical: bool = False,
    crumbs: list[tuple[str, str | None]] | None = None,
    docinfo: str = "",
    toc: str = "",
    after: str = "",
) -> Response:
    path = "/doku.php/" + page_id.replace(":", "/")
    head_links = ""
    if canonical:
        href = base_url(request) + ("/" if page_id == "start" else path)
        head_links = (
            f'<meta name="robots" content="index,follow"/>\n<link rel="canonical" href="{href}"/>'
        )
    else:
        head_links = '<meta name="robots" content="noindex,nofollow"/>'
    crumbs = crumbs or [("Trang chủ", "/doku.php/start")]
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" dir="ltr" class="no-js">
<head>
<meta charset="UTF-8" />
<title>{esc(title)} [Trường THPT Tam Nông]</title>
<meta name="generator" content="DokuWiki"/>
{head_links}
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Trường THPT Tam Nông"/>
<link rel="start" href="/"/>
<link rel="contents" href="{path}?do=index" title="Sơ đồ trang web"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="Thay đổi gần đây" href="/feed.php"/>
<link rel="alternate" type="text/html" title="HTML thuần" href="{path}?do=export_xhtml"/>
<link rel="alternate" type="text/plain" title="Cú pháp wiki" href="{path}?do=export_raw"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=bootstrap3&amp;tseed={TSEED}"/>
<script>(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement)</script>
<script src="/lib/exe/jquery.php?tseed={TSEED}" defer="defer"></script>
<script src="/lib/exe/js.php?t=bootstrap3&amp;tseed={TSEED}" defer="defer"></script>
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="shortcut icon" href="/lib/tpl/bootstrap3/images/favicon.ico" />
</head>
<body class="dokuwiki mode_{mode} tpl_bootstrap3 dw-page-on-panel" data-page-id="{page_id}">
<div class="dokuwiki">
{navbar(page_id)}
<div class="container" id="dokuwiki__top">
<div class="dw__pageheader text-right small">{TODAY} · Thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ</div>
{breadcrumbs(crumbs, page_id)}
<p class="pageId text-right small"><span class="label label-primary">{page_id}</span></p>
<div id="dw__msgarea" class="small"></div>
<main class="main row" role="main">
{sidebar()}
<article id="dokuwiki__content" class="col-sm-9 col-md-10" itemscope itemtype="http://schema.org/Article" itemref="dw__license">
{pagetools(path)}
<div class="panel panel-default px-3 py-2" itemprop="articleBody"><div class="page group panel-body">
{toc}
<!-- wikipage start -->
{content}
<!-- wikipage stop -->
</div></div>
{after}
<div class="small text-right">
<span class="docInfo">{docinfo}</span>
</div>
</article>
</main>
</div>
<footer id="dw__footer" class="dw-container py-5 dokuwiki container-fluid">
<div class="text-center"><p><strong>TRƯỜNG THPT TAM NÔNG – TỈNH PHÚ THỌ</strong><br />
Địa chỉ: Khu 3, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ · Điện thoại: 0210 3 879 123 · Email: c3tamnong@phutho.edu.vn</p>
<div id="dw__license" class="license">Trừ khi có ghi chú khác, nội dung trên wiki này được cấp phép theo giấy phép sau:
<bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.vi" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>
<p class="small">Vận hành bởi DokuWiki · Giao diện Bootstrap3</p></div>
</footer>
</div>
</body>
</html>"""
    return html(page)


def post_crumbs(post: Post) -> list[tuple[str, str | None]]:
    return [
        ("Trang chủ", "/doku.php/start"),
        (CATEGORY, "/doku.php/tin_tuc/start"),
        (str(post.year), None),
        (post.title, None),
    ]


def docinfo(post: Post) -> str:
    when, user = post.last_edit
    return f"tin_tuc/{post.year}/{post.slug}.txt · Sửa đổi lần cuối: {when} bởi {user}"


def comments_html(post: Post) -> str:
    if not post.comments:
        return ""
    items = []
    for i in range(post.comments):
        name, body = COMMENTS[(i + post.stamp) % len(COMMENTS)]
        items.append(
            f'<div class="hentry"><div class="comment_head"><a name="comment_{i}" id="comment_{i}"></a>'
            f'<span class="vcard author"><span class="fn">{esc(name)}</span></span>, '
            f'<abbr class="published" title="2026-11-24T12:0{i}:00Z">2026/11/24 19:0{i}</abbr></div>'
            f'<div class="comment_body entry-content"><p>{esc(body)}</p></div></div>'
        )
    return (
        '<div class="comment_wrapper" id="comment_wrapper">\n'
        '<h2><a name="discussion__section" id="discussion__section">Thảo luận</a></h2>\n'
        '<div class="level2 hfeed">\n' + "\n".join(items) + "\n</div>\n"
        '<div class="comment_form"><p>Bạn cần <a href="?do=login">đăng nhập</a> để bình luận.</p></div>\n</div>'
    )


# --- pages that are not news -------------------------------------------------------------------

WIKI_PAGES: dict[str, tuple[str, str, str]] = {
    "gioi_thieu:lich_su": (
        "Lịch sử nhà trường",
        """<h1 class="sectionedit1" id="lich_su_nha_truong">Lịch sử nhà trường</h1>
<div class="level1"><p>Trường THPT Tam Nông (tiền thân là Trường cấp III Tam Nông) được thành lập năm 1967, giữa những năm tháng chống chiến tranh phá hoại của đế quốc Mỹ.</p></div>
<h2 class="sectionedit2" id="giai_doan_1967_1996">Giai đoạn 1967 – 1996</h2>
<div class="level2"><p>Những năm đầu, trường chỉ có 4 lớp học sơ tán trong các nhà dân ven sông Thao. Thầy trò vừa dạy, vừa học, vừa tham gia sản xuất và đào hầm trú ẩn.</p></div>
<h2 class="sectionedit3" id="giai_doan_1997_den_nay">Giai đoạn 1997 đến nay</h2>
<div class="level2"><p>Trường được công nhận đạt chuẩn quốc gia năm 2010 và đạt chuẩn mức độ 2 năm 2022. Hiện trường có 36 lớp, 82 cán bộ, giáo viên, nhân viên.</p></div>""",
        "gioi_thieu/lich_su.txt · Sửa đổi lần cuối: 2026/08/15 09:21 bởi admin",
    ),
    "to_chuyen_mon:toan": (
        "Tổ Toán – Tin",
        """<h1 class="sectionedit1" id="to_toan_tin">Tổ Toán – Tin</h1>
<div class="level1"><p>Tổ gồm 14 giáo viên Toán và 3 giáo viên Tin học. Tổ trưởng: thầy Nguyễn Đức Thắng.</p>
<div class="table sectionedit2"><table class="inline">
<tr class="row0"><th class="col0">STT</th><th class="col1">Họ và tên</th><th class="col2">Môn</th><th class="col3">Chức vụ</th></tr>
<tr class="row1"><td class="col0">1</td><td class="col1">Nguyễn Đức Thắng</td><td class="col2">Toán</td><td class="col3">Tổ trưởng</td></tr>
<tr class="row2"><td class="col0">2</td><td class="col1">Lê Thị Thu Hương</td><td class="col2">Toán</td><td class="col3">Tổ phó</td></tr>
<tr class="row3"><td class="col0">3</td><td class="col1">Trần Văn Hải</td><td class="col2">Tin học</td><td class="col3">Giáo viên, quản trị website</td></tr>
<tr class="row4"><td class="col0">4</td><td class="col1">Hoàng Minh Đức</td><td class="col2">Toán</td><td class="col3">Giáo viên</td></tr>
</table></div></div>""",
        "to_chuyen_mon/toan.txt · Sửa đổi lần cuối: 2026/09/02 15:40 bởi hai",
    ),
    "thoi_khoa_bieu:hk1": (
        "Thời khóa biểu học kỳ I năm học 2026 – 2027",
        """<h1 class="sectionedit1" id="thoi_khoa_bieu_hoc_ky_i">Thời khóa biểu học kỳ I năm học 2026 – 2027</h1>
<div class="level1"><p>Áp dụng từ ngày 07/9/2026. Lớp 10A1 (buổi sáng):</p>
<div class="table sectionedit2"><table class="inline">
<tr class="row0"><th class="col0">Tiết</th><th class="col1">Thứ 2</th><th class="col2">Thứ 3</th><th class="col3">Thứ 4</th><th class="col4">Thứ 5</th><th class="col5">Thứ 6</th><th class="col6">Thứ 7</th></tr>
<tr class="row1"><td class="col0">1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td><td>Vật lí</td><td>Tiếng Anh</td><td>Tin học</td></tr>
<tr class="row2"><td class="col0">2</td><td>Toán</td><td>Toán</td><td>Ngữ văn</td><td>Hóa học</td><td>Lịch sử</td><td>Sinh học</td></tr>
<tr class="row3"><td class="col0">3</td><td>Ngữ văn</td><td>Tiếng Anh</td><td>GDQP-AN</td><td>Toán</td><td>Địa lí</td><td>Sinh hoạt lớp</td></tr>
</table></div></div>""",
        "thoi_khoa_bieu/hk1.txt · Sửa đổi lần cuối: 2026/09/06 22:05 bởi hai",
    ),
}


# --- the site ----------------------------------------------------------------------------------


def _page_id(request: Request) -> str | None:
    """The wiki id a request addresses: /doku.php/a/b or /doku.php?id=a:b (None: not doku.php)."""
    if request.path == "/doku.php":
        return request.params.get("id", "start") or "start"
    if request.path.startswith("/doku.php/"):
        return request.path[len("/doku.php/") :].strip("/").replace("/", ":") or "start"
    return None


class DokuWikiSite:
    def respond(self, request: Request) -> Response | None:
        if request.path in ("/", "/index.php"):
            return Response(302, b"", {"Location": "/doku.php/start"})
        if request.path == "/lib/exe/fetch.php":
            return self.fetch(request)
        if request.path == "/lib/exe/detail.php":
            return self.detail(request)
        page_id = _page_id(request)
        if page_id is None:
            return static_file(request.path)
        params = request.params
        action = params.get("do", "show")
        if "rev" in params and action == "show":
            return self.old_revision(request, page_id, params["rev"])
        if action == "show":
            return self.show(request, page_id)
        if action == "export_raw":
            return self.export_raw(page_id)
        if action == "export_xhtml":
            return self.export_xhtml(request, page_id)
        if action == "export_pdf":
            if page_id not in BY_ID and page_id not in WIKI_PAGES:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if action == "showtag":
            return self.tag_page(request, params.get("tag", ""))
        handler = {
            "edit": self.source,
            "revisions": self.revisions,
            "backlink": self.backlinks,
            "login": self.login,
            "index": self.index,
            "recent": self.recent,
            "search": self.search,
        }.get(action)
        return handler(request, page_id) if handler else None

    # --- show ---------------------------------------------------------------------------------

    def show(self, request: Request, page_id: str) -> Response | None:
        if page_id == "start":
            return self.home(request)
        if page_id == "tin_tuc:start":
            return self.blog_list(request)
        if page_id in WIKI_PAGES:
            title, content, info = WIKI_PAGES[page_id]
            parts = page_id.split(":")
            crumbs = [("Trang chủ", "/doku.php/start"), (parts[0], None), (title, None)]
            return layout(
                request, page_id, title, content, canonical=True, crumbs=crumbs, docinfo=info
            )
        post = BY_ID.get(page_id)
        if post is None:
            return None
        return layout(
            request,
            page_id,
            post.title,
            post_content(post),
            canonical=True,
            crumbs=post_crumbs(post),
            docinfo=docinfo(post),
            toc=toc_box(post),
            after=comments_html(post),
        )

    def _entry(self, post: Post, first_section: bool) -> str:
        n = post.comments
        talk = f'<a href="{post.path}#discussion__section" class="wikilink1">{n} bình luận</a>'
        return (
            f'<div class="include_wrapper plugin_include_content plugin_include__{post.page_id}" id="plugin_include__{post.page_id.replace(":", "__")}">\n'
            + post_content(post, link_title=True, first_section=first_section)
            + f'\n<div class="inclmeta level1">\n<span class="date">{post.created}</span> · '
            f'<span class="user">{esc(USERS[post.user])}</span> · <span class="comment">{talk}</span>\n</div>\n</div>'
        )

    def home(self, request: Request) -> Response:
        entries = "\n".join(self._entry(p, True) for p in POSTS[:HOME_COUNT])
        content = (
            '<h1 class="sectionedit1" id="chao_mung">Chào mừng đến với website Trường THPT Tam Nông</h1>\n'
            '<div class="level1"><p>Trang thông tin của nhà trường: tin hoạt động, thông báo, '
            "tài liệu của các tổ chuyên môn.</p></div>\n"
            '<h2 class="sectionedit2" id="tin_moi_nhat">Tin mới nhất</h2>\n<div class="level2">\n'
            f"{entries}\n"
            '<p><a href="/doku.php/tin_tuc/start" class="wikilink1" title="tin_tuc:start">Xem tất cả tin tức »</a></p>\n</div>'
        )
        return layout(
            request,
            "start",
            "Trang chủ",
            content,
            canonical=True,
            docinfo="start.txt · Sửa đổi lần cuối: 2026/11/24 16:07 bởi admin",
        )

    def blog_list(self, request: Request) -> Response | None:
        raw = request.params.get("first", "0")
        if not raw.isdigit() or int(raw) % PER_PAGE or int(raw) >= len(POSTS):
            return None
        first = int(raw)
        chunk = POSTS[first : first + PER_PAGE]
        entries = "\n".join(
            self._entry(p, sum(isinstance(b, P) and b.style == "h2" for b in p.blocks) >= 2)
            for p in chunk
        )
        pager = []
        if first:
            prev = first - PER_PAGE
            href = "/doku.php/tin_tuc/start" + (f"?first={prev}" if prev else "")
            pager.append(f'<a href="{href}" class="wikilink1" title="tin_tuc:start">« Mới hơn</a>')
        for n, start in enumerate(range(0, len(POSTS), PER_PAGE), start=1):
            href = "/doku.php/tin_tuc/start" + (f"?first={start}" if start else "")
            pager.append(
                f"<strong>{n}</strong>"
                if start == first
                else f'<a href="{href}" class="wikilink1">{n}</a>'
            )
        if first + PER_PAGE < len(POSTS):
            pager.append(
                f'<a href="/doku.php/tin_tuc/start?first={first + PER_PAGE}" class="wikilink1" title="tin_tuc:start">Cũ hơn »</a>'
            )
        content = (
            '<h1 class="sectionedit1" id="tin_tuc">Tin tức</h1>\n<div class="level1">\n'
            '<div class="plugin_blog">\n' + entries + "\n</div>\n"
            '<div class="plugin_include_pagination blog_pagination">'
            + " ".join(pager)
            + "</div>\n</div>"
        )
        return layout(
            request,
            "tin_tuc:start",
            "Tin tức",
            content,
            canonical=True,
            crumbs=[("Trang chủ", "/doku.php/start"), (CATEGORY, None)],
            docinfo="tin_tuc/start.txt · Sửa đổi lần cuối: 2025/08/30 10:11 bởi admin",
        )

    # --- actions --------------------------------------------------------------------------------

    def _exists(self, page_id: str) -> bool:
        return page_id in BY_ID or page_id in WIKI_PAGES or page_id in ("start", "tin_tuc:start")

    def old_revision(self, request: Request, page_id: str, rev: str) -> Response | None:
        post = BY_ID.get(page_id)
        if post is None or post.modified is None or rev != str(post.stamp):
            return None
        when = _dt.datetime.fromtimestamp(post.stamp, TZ).strftime("%Y/%m/%d %H:%M")
        notice = (
            '<div class="noteclassic">Đây là phiên bản cũ của tài liệu! ('
            f"{when})</div>\n"
            f'<p>Phiên bản hiện tại: <a href="{post.path}" class="wikilink1">{post.page_id}</a></p>\n'
        )
        return layout(
            request,
            page_id,
            post.title,
            notice + post_content(post, old=True),
            mode="show",
            crumbs=post_crumbs(post),
            docinfo=f"tin_tuc/{post.year}/{post.slug}.txt · Sửa đổi lần cuối: {when} bởi {post.user}",
        )

    def export_raw(self, page_id: str) -> Response | None:
        post = BY_ID.get(page_id)
        if post is None:
            return None
        return Response(200, wikitext(post), {"Content-Type": "text/plain; charset=utf-8"})

    def export_xhtml(self, request: Request, page_id: str) -> Response | None:
        post = BY_ID.get(page_id)
        if post is None:
            return None
        href = base_url(request) + post.path
        page = (
            '<!DOCTYPE html>\n<html lang="vi" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            f"<title>{esc(post.page_id)}</title>\n"
            f'<meta name="robots" content="index,follow"/>\n<link rel="canonical" href="{href}"/>\n'
            '<link rel="stylesheet" href="/lib/exe/css.php?s=all"/>\n</head>\n'
            '<body>\n<div class="dokuwiki export">\n'
            + toc_box(post)
            + re.sub(r'<div class="secedit.*?</form></div>', "", post_content(post))
            + "\n</div>\n</body>\n</html>"
        )
        return html(page)

    def source(self, request: Request, page_id: str) -> Response | None:
        post = BY_ID.get(page_id)
        if post is None:
            return None
        content = (
            '<h1 class="sectionedit1" id="xem_ma_nguon">Xem mã nguồn</h1>\n<div class="level1">\n'
            "<p>Trang này chỉ được phép đọc. Bạn có thể xem mã nguồn, nhưng không thể thay đổi nó. "
            "Hãy báo với người quản trị nếu bạn nghĩ là có lỗi.</p>\n</div>\n"
            '<form id="dw__editform" method="post" action="" accept-charset="utf-8" class="edit">'
            '<div class="no"><textarea name="wikitext" class="edit" cols="80" rows="10" readonly="readonly">'
            + esc(wikitext(post))
            + "</textarea></div></form>"
        )
        return layout(request, page_id, post.title, content, mode="edit", crumbs=post_crumbs(post))

    def revisions(self, request: Request, page_id: str) -> Response | None:
        post = BY_ID.get(page_id)
        if post is None:
            return None
        rows = []
        when, user = post.last_edit
        rows.append(
            f'<li><div class="li"><span class="date">{when}</span> '
            f'<a href="{post.path}" class="wikilink1">{post.page_id}</a> '
            f'<span class="user"><bdi>{user}</bdi></span> (phiên bản hiện tại)</div></li>'
        )
        if post.modified:
            rows.append(
                f'<li><div class="li"><span class="date">{post.created}</span> '
                f'<a href="{post.path}?rev={post.stamp}" class="wikilink1">{post.page_id}</a> '
                f'<span class="sum">tạo mới</span> <span class="user"><bdi>{post.user}</bdi></span></div></li>'
            )
        content = (
            '<h1 class="sectionedit1" id="phien_ban_cu">Phiên bản cũ</h1>\n<div class="level1">'
            "<p>Đây là những phiên bản cũ của tài liệu hiện tại.</p></div>\n"
            '<form id="page__revisions" class="changes"><ul>' + "\n".join(rows) + "</ul></form>"
        )
        return layout(
            request, page_id, post.title, content, mode="revisions", crumbs=post_crumbs(post)
        )

    def backlinks(self, request: Request, page_id: str) -> Response | None:
        if not self._exists(page_id):
            return None
        links = []
        if page_id in BY_ID:
            links = [("start", "/doku.php/start"), ("tin_tuc:start", "/doku.php/tin_tuc/start")]
        items = "\n".join(
            f'<li><div class="li"><a href="{h}" class="wikilink1">{i}</a></div></li>'
            for i, h in links
        )
        content = (
            '<h1 class="sectionedit1" id="lien_ket_den_bai">Liên kết đến bài</h1>\n<div class="level1">'
            "<p>Đây là danh sách các trang dường như liên kết đến trang hiện tại.</p></div>\n"
            f'<ul class="idx">{items}</ul>'
        )
        return layout(request, page_id, "Liên kết đến bài", content, mode="backlink")

    def login(self, request: Request, page_id: str) -> Response:
        content = (
            '<h1 class="sectionedit1" id="dang_nhap">Đăng nhập</h1>\n<div class="level1">'
            "<p>Hiện tại bạn chưa đăng nhập! Nhập thông tin dưới đây để đăng nhập. "
            "Bạn cần bật cookie để đăng nhập.</p></div>\n"
            '<form id="dw__login" method="post" action=""><fieldset><legend>Đăng nhập</legend>'
            '<input type="hidden" name="do" value="login" />'
            '<label>Tên thành viên <input type="text" name="u" /></label>'
            '<label>Mật khẩu <input type="password" name="p" /></label>'
            '<button type="submit">Đăng nhập</button></fieldset></form>'
        )
        return layout(request, page_id, "Đăng nhập", content, mode="login")

    def index(self, request: Request, page_id: str) -> Response:
        opened = request.params.get("idx", "")
        here = "/doku.php/" + page_id.replace(":", "/")

        def ns_link(ns: str, label: str) -> str:
            return f'<a href="{here}?idx={quote(ns, safe="")}&amp;do=index" class="idx_dir"><strong>{label}</strong></a>'

        def page_link(pid: str) -> str:
            return f'<a href="/doku.php/{pid.replace(":", "/")}" class="wikilink1" title="{pid}">{pid.split(":")[-1]}</a>'

        years = sorted({p.year for p in POSTS}, reverse=True)
        ns_items = []
        for year in years:
            ns = f"tin_tuc:{year}"
            inner = ""
            if opened == ns:
                pages = sorted(p.page_id for p in POSTS if p.year == year)
                inner = (
                    '<ul class="idx">'
                    + "".join(
                        f'<li class="level3"><div class="li">{page_link(x)}</div></li>'
                        for x in pages
                    )
                    + "</ul>"
                )
            ns_items.append(
                f'<li class="closed"><div class="li">{ns_link(ns, str(year))}</div>{inner}</li>'
            )
        tin_tuc = ""
        if opened.startswith("tin_tuc"):
            tin_tuc = (
                '<ul class="idx">'
                + "".join(ns_items)
                + f'<li class="level2"><div class="li">{page_link("tin_tuc:start")}</div></li></ul>'
            )
        tree = (
            '<ul class="idx">'
            f'<li class="closed"><div class="li">{ns_link("gioi_thieu", "gioi_thieu")}</div></li>'
            f'<li class="{"open" if tin_tuc else "closed"}"><div class="li">{ns_link("tin_tuc", "tin_tuc")}</div>{tin_tuc}</li>'
            f'<li class="closed"><div class="li">{ns_link("thoi_khoa_bieu", "thoi_khoa_bieu")}</div></li>'
            f'<li class="closed"><div class="li">{ns_link("to_chuyen_mon", "to_chuyen_mon")}</div></li>'
            f'<li class="level1"><div class="li">{page_link("start")}</div></li></ul>'
        )
        content = (
            '<h1 class="sectionedit1" id="so_do_trang_web">Sơ đồ trang web</h1>\n<div class="level1">'
            "<p>Đây là sơ đồ của tất cả các trang hiện có, sắp xếp theo không gian tên.</p></div>\n"
            f'<div id="index__tree" class="index__tree">{tree}</div>'
        )
        return layout(request, page_id, "Sơ đồ trang web", content, mode="index")

    def recent(self, request: Request, page_id: str) -> Response:
        edits = sorted(POSTS, key=lambda p: p.last_edit[0], reverse=True)
        rows = "\n".join(
            f'<li><div class="li"><span class="date">{p.last_edit[0]}</span> '
            f'<a href="{p.path}" class="wikilink1">{p.page_id}</a> '
            f'<span class="user"><bdi>{p.last_edit[1]}</bdi></span></div></li>'
            for p in edits
        )
        content = (
            '<h1 class="sectionedit1" id="thay_doi_gan_day">Thay đổi gần đây</h1>\n<div class="level1">'
            "<p>Những trang sau đã được thay đổi gần đây.</p></div>\n"
            f'<form id="dw__recent" class="changes"><ul>{rows}</ul></form>'
        )
        return layout(request, page_id, "Thay đổi gần đây", content, mode="recent")

    def search(self, request: Request, page_id: str) -> Response:
        q = request.params.get("q", "").strip().lower()
        hits = [p for p in POSTS if q and q in p.title.lower()]
        rows = "\n".join(
            f'<dt><a href="/doku.php?id={p.page_id}" class="wikilink1" title="{p.page_id}">{esc(p.title)}</a></dt>'
            f"<dd>{esc(p.title)} …</dd>"
            for p in hits
        )
        content = (
            '<h1 class="sectionedit1" id="tim_kiem">Tìm kiếm</h1>\n<div class="level1">'
            f"<p>Kết quả tìm kiếm cho “{esc(q)}”.</p></div>\n"
            f'<div class="search_fulltextresult"><dl class="search_results">{rows or "<dt>Không tìm thấy gì.</dt>"}</dl></div>'
        )
        return layout(request, page_id, "Tìm kiếm", content, mode="search")

    def tag_page(self, request: Request, tag: str) -> Response | None:
        posts = [p for p in POSTS if tag in p.tags]
        if not posts:
            return None
        rows = "\n".join(
            f'<tr><td class="page"><a href="/doku.php?id={p.page_id}" class="wikilink1" '
            f'title="{p.page_id}">{esc(p.title)}</a></td><td class="date">{p.created[:10]}</td>'
            f'<td class="user">{esc(USERS[p.user])}</td></tr>'
            for p in posts
        )
        content = (
            f'<h1 class="sectionedit1" id="tag">Thẻ: {esc(tag)}</h1>\n<div class="level1">\n'
            f'<div class="table"><table class="inline plugin_tag"><tr><th>Trang</th><th>Ngày</th><th>Người viết</th></tr>\n{rows}\n</table></div></div>'
        )
        return layout(request, f"tag:{tag}", f"Thẻ: {tag}", content, mode="showtag")

    # --- media ----------------------------------------------------------------------------------

    def _media(self) -> dict[str, tuple[Post, Img]]:
        return {b.media: (p, b) for p in POSTS for b in p.blocks if isinstance(b, Img)}

    def fetch(self, request: Request) -> Response | None:
        media = request.params.get("media", "")
        if media == "tin_tuc:2026:kh_hsg12_2026.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if media in self._media() or media == "wiki:logo.png":
            return static_file(media.replace(":", "/"))
        return None

    def detail(self, request: Request) -> Response | None:
        media = request.params.get("media", "")
        found = self._media().get(media)
        if found is None:
            return None
        post, img = found
        name = media.split(":")[-1]
        when = _dt.datetime.fromtimestamp(post.stamp - 3600, TZ).strftime("%Y/%m/%d %H:%M")
        title_row = f"<dt>Tiêu đề:</dt><dd>{esc(img.title)}</dd>" if img.title else ""
        page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8" />
<title>{name} [Trường THPT Tam Nông]</title>
<meta name="robots" content="index,follow"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=bootstrap3&amp;tseed={TSEED}"/></head>
<body class="dokuwiki mode_detail tpl_bootstrap3"><div class="dokuwiki container">
<div class="dw__pageheader text-right small">{TODAY}</div>
<div id="dokuwiki__detail" class="panel panel-default"><div class="panel-body">
<h1>{name}</h1>
<div class="content"><a href="{esc(media_url(media, None))}" title="Xem ảnh gốc"><img src="{esc(media_url(media, 900))}" alt="{esc(img.title or "")}" class="img_detail" /></a>
<div class="img_detail"><h2>{name}</h2>
<dl>{title_row}<dt>Ngày:</dt><dd>{when}</dd><dt>Tên tệp:</dt><dd>{name}</dd>
<dt>Định dạng:</dt><dd>JPEG</dd><dt>Kích thước:</dt><dd>412KB</dd><dt>Chiều rộng:</dt><dd>1600</dd><dt>Chiều cao:</dt><dd>1067</dd>
<dt>Máy ảnh:</dt><dd>Canon EOS 80D</dd></dl>
<p>Được tham chiếu trong:</p><ul><li><a href="{post.path}" class="wikilink1">{post.page_id}</a></li></ul>
</div></div>
<p class="back"><a href="{post.path}">← Trở lại {post.page_id}</a></p>
</div></div></div></body></html>"""
        return html(page)


def build_site() -> DokuWikiSite:
    return DokuWikiSite()
