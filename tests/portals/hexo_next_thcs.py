"""Hexo 6 static blog with the NexT 8 theme (Muse scheme): the news blog of a THCS school.

The platform
------------
The IT teacher of Trường THCS Chu Văn An (huyện Tam Nông, Đồng Tháp), thầy Trần Minh Khoa, keeps
the school's news as a Hexo blog built by a GitHub Actions job every night and published as static
files (GitHub Pages). Hexo's ``_config.yml`` has ``author: Trần Minh Khoa``, ``timezone:
Asia/Ho_Chi_Minh``, ``permalink: :year/:month/:day/:title/`` (until 2021 it was
``:year/:month/:day/:title.html``), ``per_page: 5`` (categories, tags),
``index_generator.per_page: 5`` and ``archive_generator.per_page: 10`` (yearly and monthly
archives on). Plugins: hexo-generator-searchdb (``/search.xml``, ``field: all``, full HTML content),
hexo-generator-feed (``/atom.xml``), hexo-generator-sitemap (``/sitemap.xml``), hexo-word-counter,
hexo-related-posts. NexT options: ``lazyload: true`` (every ``<img src>`` of a post becomes
``<img data-src>``: there is *no* ``src`` attribute), ``fancybox: true``, ``canonical: true``,
``creative_commons.post: true`` (the post-copyright box), busuanzi counters, Disqus comments,
the "vi" language file. The teacher's ``source/_data/*.njk`` injects a date line in the header
(rendered at build time, so it reads today's date: ``TODAY``), a "Tin mới" box in the sidebar and
the school's address in the footer.

Hexo's ``slugize`` strips Vietnamese diacritics from category and tag names but keeps characters
outside its special-character class, so "Tổ Toán – Tin" becomes ``To-Toan-–-Tin`` and is linked
percent-encoded (``/categories/Hoat-dong-chuyen-mon/To-Toan-%E2%80%93-Tin/``); capitals are kept
(``/tags/Tong-ket-nam-hoc/``). Heading ids are slugized the same way (``#Buoc-1-Dang-nhap-lan-dau``).

What the portal serves
----------------------
- ``/`` and ``/page/2/``, ``/page/3/``: the home pages, 5 posts each, newest first except the
  pinned post (``sticky``: "Đã ghim") that heads page 1. Each entry prints the title (``h2
  .post-title a``), the post meta (``<time datetime>``, category) and the excerpt (the content
  before ``<!-- more -->``) with a "Đọc tiếp »" button linking ``/YYYY/MM/DD/slug/#more``. A post
  without a ``<!-- more -->`` marker (the 17/11 notice) is printed *whole* on the home page, with
  no button. ``/page/4/`` and beyond do not exist: the static host answers 404.
- posts ``/YYYY/MM/DD/slug/`` (also at ``…/slug/index.html``, and ``…/slug`` redirects 301 to the
  slash form, as GitHub Pages does). The post page: ``header.post-header h1.post-title``,
  ``div.post-meta`` ("Đăng vào" ``<time datetime="…+07:00" title="Ngày tạo: …">YYYY-MM-DD</time>``,
  "Cập nhật" time when edited on another day, "Trong mục" category links, "Lượt xem trang"
  busuanzi counter whose value JavaScript fills), a second ``div.post-meta`` ("Số từ", "Thời gian
  đọc"), ``div.post-body`` (marked output: ``h2``/``h3`` with ``a.headerlink``, ``p``, ``ul``,
  ``ol``, tables, blockquotes, ``div.note``, images wrapped in ``<a data-fancybox="gallery">``
  with ``span.image-caption`` printed from the alt text when there is one, ``span#more`` where the
  excerpt ends), "Bài viết liên quan" (hexo-related-posts), ``footer.post-footer`` with
  ``div.post-copyright`` ("Tác giả bài viết", "Liên kết", "Bản quyền"), tags, prev/next links;
  then the Disqus box. The sidebar holds the TOC ("Mục lục", ``div.post-toc-wrap``) of the post's
  headings, the site overview (author, counts, "Liên kết website" blogroll) and the teacher's
  "Tin mới" box (5 newest posts). Head: ``<title>Title | site</title>``, Open Graph with
  ``article:published_time`` in UTC (``…T00:45:00.000Z``: the same instant as the visible local
  time), ``og:url`` ending in ``index.html``, and an absolute ``<link rel="canonical">``.
- ``/archives/`` (+ ``/archives/page/2/``), ``/archives/2026/`` (+ ``/page/2/``),
  ``/archives/2025/``, ``/archives/2019/``, monthly ``/archives/2026/11/`` …: title lists with
  ``MM-DD`` dates, 10 per page (the home pages have 5: the two paginations differ).
- ``/categories/`` (category tree), ``/categories/Tin-tuc/`` (+ ``/page/2/``), other categories and
  the sub-category ``/categories/Hoat-dong-chuyen-mon/To-Toan-%E2%80%93-Tin/``; ``/tags/`` (tag
  cloud) and ``/tags/<Tag>/``: most tags hold a single post. Category and tag pages list titles
  and dates only, 5 per page.
- Hexo pages (no date, no post meta, same ``post-block`` markup): ``/about/`` (Giới thiệu),
  ``/album/`` (Thư viện ảnh: photos with captions), ``/tai-lieu/`` (Tài liệu: document links),
  ``/lich-cong-tac/`` (Lịch công tác tuần: a table). Not articles.
- ``/search.xml``: every post *and* page with its full HTML content (large);
  ``/atom.xml`` (13 entries, excerpts as summary); ``/sitemap.xml`` (posts, pages, home,
  categories, tags; absolute URLs); ``/robots.txt`` pointing at the sitemap.
- ``/files/danh-sach-lop-6-2026-2027.pdf``: the attachment of one post. Images, CSS, JS:
  placeholders. Anything else: the static host's 404.

Paths to the gold posts
-----------------------
Every post is on one of the three home pages, on the archive and category pages, in the sidebar
"Tin mới" box (the five newest), in prev/next links, in the sitemap, the feed and search.xml.

Traps
-----
- ``/page/N/`` past the last page answers 404 (a static host has no "empty page").
- Archives are paginated by 10, the home page by 5; monthly archives are one page each.
- ``/search.xml`` carries every post's full content and the pages' too: it is not an article.
- Tag pages with one post (title + date only) are listings, not articles.
- "Đọc tiếp »" links carry ``#more``: the same post, not another page.
- The old permalink ``/2019/05/20/tong-ket-nam-hoc-2018-2019.html`` is still linked from the
  2025 post's body. A static host cannot redirect, so a generator script writes the same page
  there too; its ``rel=canonical`` names ``/2019/05/20/tong-ket-nam-hoc-2018-2019/``.
- ``…/index.html`` serves every post and page again (canonical to the slash form).
- The home page prints the whole of the short 17/11 notice (no ``<!-- more -->``).
- The student's essay was typed with Unikey in "Unicode tổ hợp": its body and signature are
  decomposed (NFD) in the bytes. The health notice was pasted as HTML from the health centre's
  site: half its letters are named or numeric character references.
- The header's date (``TODAY``) is the build date, never a publication date; "Cập nhật" is the
  edit date; ``article:published_time`` is UTC.

Gold decisions
--------------
- ``title``: the ``h1.post-title`` text (the ``<title>`` adds " | THCS Chu Văn An – Tam Nông").
- ``published_at``: the ``datetime`` of the "Đăng vào" ``<time>``, with its +07:00 offset.
- ``authors``: a signature at the end of the body ("Bài: …", "Bài viết: …", "Tin: …",
  "Tin và ảnh: …", "Bài, ảnh: …") names the writer and wins over the blog's copyright box, which
  prints the blog owner on every post whatever the signature says. A post without a signature
  takes the copyright box's "Tác giả bài viết": the owner, Trần Minh Khoa, except the
  Hội giảng report whose front matter sets ``author: Phạm Thị Thu Hà`` (its box prints her).
  Names only: "(lớp 9A1)", "– Tổng phụ trách Đội" are dropped.
- ``photographers``: the "Ảnh: …" part of a signature, or the writer when the signature says
  "Tin và ảnh" / "Bài, ảnh". Nobody else.
- ``source``: "Nguồn: Trung tâm Y tế khu vực Tam Nông" on the health notice; None elsewhere.
- ``summary``: only when the post opens with a visibly distinct lead (a whole paragraph in bold):
  four posts. An ordinary first paragraph, even the excerpt shown on the home page, is no lead.
- ``body``: the ``div.post-body`` paragraphs, headings, list items, table rows (cells joined by
  " | ", header row included), blockquote and ``div.note`` paragraphs. Not in it: the "File đính kèm"
  line of the class-list notice (a file line, as on the other portals: harmonised, the helper had
  kept it), image captions, the signature and source lines, the related posts, the copyright box, tags, TOC, prev/next.
- ``images``: the post's photos in order, at their ``data-src`` (site paths, or the jsDelivr CDN
  for the Hội giảng report). Caption: the ``span.image-caption`` text (the alt text); None when
  the image has no alt, or the alt is only a Zalo file name (``z6034418829310_….jpg``). The 2019
  post predates alt captions: its captions are the centred italic lines under the photos.
- ``category``: the "Trong mục" category; for the post filed under "Hoạt động chuyên môn ,
  Tổ Toán – Tin" (a parent and its child) the last, most specific one, "Tổ Toán – Tin".
- ``alt_paths``: ``…/index.html`` for every post; the old ``.html`` permalink for the 2019 post.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    base_url,
    collapse,
    esc,
    image_gold,
    static_file,
    text,
)

NAME = "hexo_next_thcs"
PLATFORM = "Hexo 6 + NexT 8 (Muse)"
START_PATH = "/"

OWNER = "Trần Minh Khoa"
SITE = "THCS Chu Văn An – Tam Nông"
SUBTITLE = "Tin tức – hoạt động của Trường THCS Chu Văn An, huyện Tam Nông, tỉnh Đồng Tháp"
CDN = "https://cdn.jsdelivr.net/gh/thcscva-tamnong/blog-img@main"
INDEX_PER_PAGE = 5
ARCHIVE_PER_PAGE = 10
LIST_PER_PAGE = 5


# --- content blocks beyond _common's P / Img / Raw ---------------------------------------------
#
# P.style: "" plain, "lead" a whole bold paragraph, "nfd" typed decomposed, "ent" pasted with
# character references. Img.style: "alt" (alt text -> fancybox data-caption + span.image-caption),
# "plain" (no alt), "below" (a centred italic line under the photo, the 2019 way).


@dataclass(frozen=True)
class H:
    level: int
    text: str


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    ordered: bool = False
    style: str = ""


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Quote:
    text: str


@dataclass(frozen=True)
class Note:
    kind: str
    text: str


@dataclass(frozen=True)
class LinkP:
    before: str
    label: str
    href: str
    after: str = ""
    #: a paragraph of the text; False for a file line ("File đính kèm: <file>"), no text
    body: bool = True


@dataclass(frozen=True)
class More:
    """Hexo's ``<!-- more -->``: the excerpt ends here (printed as ``<span id="more">``)."""


MORE = More()


@dataclass
class Post:
    slug: str
    date: str  # front matter, local time
    updated: str | None
    title: str
    cats: tuple[str, ...]
    tags: tuple[str, ...]
    blocks: list
    # what a careful reader takes from the page, written by hand
    published_at: str
    authors: list[str]
    category: str
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None
    images: list[tuple[str, str | None]] = field(default_factory=list)
    # platform knobs
    fm_author: str | None = None
    sticky: bool = False
    old_html: bool = False

    @property
    def path(self) -> str:
        y, m, d = self.date[:10].split("-")
        return f"/{y}/{m}/{d}/{self.slug}/"

    @property
    def old_path(self) -> str:
        return self.path.rstrip("/") + ".html"

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M:%S")


def _byline(*lines: str, align: str = 'style="text-align: right;"', tag: str = "strong") -> Raw:
    inner = "<br>".join(f"<{tag}>{text(line)}</{tag}>" for line in lines)
    return Raw(f"<p {align}>{inner}</p>")


P1 = "/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/"
P4_CDN = CDN + "/2026/11"
P5 = "/2026/11/08/hoc-sinh-dat-5-giai-hoi-thi-tin-hoc-tre/"
P7 = "/2026/10/20/hoi-thi-duyen-dang-ao-dai-20-10/"
P8 = "/2026/10/05/huong-dan-kich-hoat-tai-khoan-microsoft-365/"
P10 = "/2026/09/05/le-khai-giang-nam-hoc-2026-2027/"
P12 = "/2025/05/24/le-tong-ket-nam-hoc-2024-2025/"

POSTS: list[Post] = [
    Post(
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        date="2026-11-20 07:45:00",
        updated="2026-11-21 20:12:00",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cats=("Tin tức",),
        tags=("Ngày Nhà giáo", "Công đoàn"),
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt – Học tốt”.",
                "lead",
            ),
            Img(P1 + "quang-canh-buoi-le.jpg", "Quang cảnh buổi lễ kỷ niệm", style="alt"),
            MORE,
            P(
                "Đến dự buổi lễ có ông Nguyễn Văn Thành, Phó Chủ tịch UBND xã Tam Nông; đại diện "
                "Ban đại diện Cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu và đông đảo "
                "học sinh của trường."
            ),
            H(2, "Ôn lại truyền thống"),
            P(
                "Phát biểu khai mạc, thầy Huỳnh Công Danh, Hiệu trưởng nhà trường, ôn lại lịch sử ra "
                "đời của Ngày Nhà giáo Việt Nam và những chặng đường phát triển của trường sau hơn "
                "30 năm thành lập. Năm học 2025–2026, nhà trường có 98,6% học sinh lớp 9 tốt nghiệp "
                "THCS, 27 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            Img(
                P1 + "thay-hieu-truong-phat-bieu.jpg",
                "Thầy Huỳnh Công Danh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                style="alt",
            ),
            H(2, "Tuyên dương, khen thưởng"),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường, 4 giáo viên có sáng kiến kinh nghiệm được công nhận cấp tỉnh và "
                "trao 35 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn "
                "vượt khó học tốt."
            ),
            Img(
                P1 + "z6034418829310_5be0e1f1a3c9d7e6b2f4a8c0d1e2f3a4.jpg",
                "z6034418829310_5be0e1f1a3c9d7e6b2f4a8c0d1e2f3a4.jpg",
                style="alt",
            ),
            Quote(
                "Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo "
                "cho học sinh noi theo."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đội biểu diễn, để lại "
                "nhiều cảm xúc cho thầy cô và các em học sinh."
            ),
            _byline("Bài: Lê Thị Hồng Nhung", "Ảnh: Nguyễn Quốc Việt (lớp 9A1)"),
        ],
        published_at="2026-11-20T07:45:00+07:00",
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Nguyễn Quốc Việt"],
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua “Dạy tốt – Học tốt”."
        ),
        category="Tin tức",
        images=[
            (P1 + "quang-canh-buoi-le.jpg", "Quang cảnh buổi lễ kỷ niệm"),
            (
                P1 + "thay-hieu-truong-phat-bieu.jpg",
                "Thầy Huỳnh Công Danh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            ),
            (P1 + "z6034418829310_5be0e1f1a3c9d7e6b2f4a8c0d1e2f3a4.jpg", None),
        ],
    ),
    Post(
        slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        date="2026-11-18 16:20:00",
        updated="2026-11-19 07:05:00",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026–2027",
        cats=("Thông báo",),
        tags=("Kiểm tra",),
        sticky=True,
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026–2027, nhà trường thông báo lịch kiểm tra giữa học kỳ I "
                "các môn đánh giá bằng điểm số như sau:"
            ),
            MORE,
            Table(
                (
                    ("Ngày", "Buổi", "Khối", "Môn", "Thời gian làm bài"),
                    ("24/11/2026", "Sáng", "6, 7", "Ngữ văn", "90 phút"),
                    ("24/11/2026", "Chiều", "8, 9", "Ngữ văn", "90 phút"),
                    ("25/11/2026", "Sáng", "6, 7", "Toán", "90 phút"),
                    ("25/11/2026", "Chiều", "8, 9", "Toán", "90 phút"),
                    ("26/11/2026", "Sáng", "6, 7, 8, 9", "Tiếng Anh", "60 phút"),
                    ("27/11/2026", "Sáng", "6, 7, 8, 9", "Khoa học tự nhiên", "60 phút"),
                    ("27/11/2026", "Chiều", "6, 7, 8, 9", "Lịch sử và Địa lí", "60 phút"),
                )
            ),
            Note(
                "info",
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh và dụng cụ học tập cá nhân. Các môn còn lại kiểm tra theo kế hoạch của giáo "
                "viên bộ môn.",
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh trong "
                "tuần."
            ),
        ],
        published_at="2026-11-18T16:20:00+07:00",
        authors=[OWNER],
        category="Thông báo",
    ),
    Post(
        slug="thong-bao-nghi-hoc-ngay-17-11",
        date="2026-11-16 19:30:00",
        updated=None,
        title="Thông báo cho học sinh nghỉ học ngày 17/11/2026",
        cats=("Thông báo",),
        tags=(),
        blocks=[
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường liên ấp bị ngập sâu, nhà trường "
                "thông báo cho toàn bộ học sinh nghỉ học ngày thứ Ba, 17/11/2026."
            ),
            P(
                "Học sinh đi học lại bình thường từ ngày 18/11/2026. Lịch học bù sẽ được thông báo "
                "sau."
            ),
        ],
        published_at="2026-11-16T19:30:00+07:00",
        authors=[OWNER],
        category="Thông báo",
    ),
    Post(
        slug="hoi-giang-tin-hoc-8-cau-truc-lap-scratch",
        date="2026-11-12 14:10:00",
        updated="2026-11-13 21:40:00",
        title="Hội giảng chào mừng 20/11: tiết Tin học 8 “Cấu trúc lặp trong Scratch”",
        cats=("Hoạt động chuyên môn", "Tổ Toán – Tin"),
        tags=("Hội giảng", "Scratch"),
        fm_author="Phạm Thị Thu Hà",
        blocks=[
            P(
                "Trong đợt hội giảng chào mừng Ngày Nhà giáo Việt Nam, tổ Toán – Tin đã tổ chức dự "
                "giờ tiết Tin học 8, bài “Cấu trúc lặp” do thầy Trần Minh Khoa dạy tại lớp 8A3."
            ),
            MORE,
            H(2, "Mục tiêu tiết dạy"),
            Items(
                (
                    "Học sinh nêu được ý nghĩa của cấu trúc lặp với số lần biết trước và lặp có "
                    "điều kiện.",
                    "Sử dụng được các khối lệnh “lặp lại” và “lặp lại cho đến khi” trong Scratch.",
                    "Hợp tác nhóm để hoàn thành chương trình vẽ hình đa giác đều.",
                ),
                ordered=True,
            ),
            H(2, "Tiến trình tiết dạy"),
            H(3, "Khởi động"),
            P(
                "Giáo viên cho học sinh quan sát chú mèo Scratch đi vòng quanh sân trường và đặt câu "
                "hỏi: làm thế nào để không phải kéo thả cùng một khối lệnh nhiều lần?"
            ),
            Img(
                P4_CDN + "/hoi-giang-tin-8-thao-luan.jpg",
                "Học sinh lớp 8A3 thảo luận nhóm",
                style="alt",
            ),
            H(3, "Hình thành kiến thức"),
            P(
                "Thông qua phiếu học tập, các nhóm tự tìm ra cách dùng khối “lặp lại 4” để vẽ hình "
                "vuông, sau đó mở rộng cho tam giác đều và lục giác đều. Nhóm nhanh nhất hoàn thành "
                "chỉ sau 6 phút."
            ),
            Img(P4_CDN + "/hoi-giang-tin-8-san-pham.jpg", style="plain"),
            H(2, "Nhận xét của tổ chuyên môn"),
            Quote(
                "Tiết dạy đảm bảo mục tiêu, học sinh hứng thú, vận dụng tốt; giáo viên sử dụng hiệu "
                "quả phòng máy và phần mềm quản lý lớp học."
            ),
            P(
                "Tiết dạy được xếp loại Tốt. Tổ sẽ tiếp tục nhân rộng hình thức học theo nhóm trên "
                "máy tính ở các khối lớp khác."
            ),
        ],
        published_at="2026-11-12T14:10:00+07:00",
        authors=["Phạm Thị Thu Hà"],
        category="Tổ Toán – Tin",
        images=[
            (P4_CDN + "/hoi-giang-tin-8-thao-luan.jpg", "Học sinh lớp 8A3 thảo luận nhóm"),
            (P4_CDN + "/hoi-giang-tin-8-san-pham.jpg", None),
        ],
    ),
    Post(
        slug="hoc-sinh-dat-5-giai-hoi-thi-tin-hoc-tre",
        date="2026-11-08 10:30:00",
        updated=None,
        title="Học sinh trường đạt 5 giải tại Hội thi Tin học trẻ tỉnh Đồng Tháp lần thứ XXVIII",
        cats=("Tin tức",),
        tags=("Tin học trẻ",),
        blocks=[
            P(
                "Vượt qua hơn 200 thí sinh đến từ các trường THCS trong tỉnh, 5 học sinh của trường "
                "đã xuất sắc đạt giải tại Hội thi Tin học trẻ năm 2026.",
                "lead",
            ),
            MORE,
            P(
                "Hội thi do Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo tổ chức trong hai ngày 01 "
                "và 02/11/2026 tại Trường Đại học Đồng Tháp. Thí sinh tranh tài ở bảng B (THCS) với "
                "hai phần thi: lập trình và sản phẩm sáng tạo."
            ),
            H(2, "Danh sách học sinh đạt giải"),
            Table(
                (
                    ("STT", "Họ và tên", "Lớp", "Phần thi", "Giải"),
                    ("1", "Lê Hoàng Phúc", "9A1", "Lập trình", "Nhất"),
                    ("2", "Nguyễn Ngọc Anh Thư", "9A2", "Lập trình", "Ba"),
                    ("3", "Trần Gia Huy", "8A3", "Sản phẩm sáng tạo", "Nhì"),
                    ("4", "Võ Minh Khang", "8A3", "Sản phẩm sáng tạo", "Nhì"),
                    ("5", "Đặng Thảo Vy", "7A1", "Lập trình", "Khuyến khích"),
                )
            ),
            Img(
                P5 + "hoc-sinh-dat-giai.jpg",
                "Các em học sinh đạt giải cùng thầy cô hướng dẫn",
                style="alt",
            ),
            P(
                "Em Lê Hoàng Phúc (lớp 9A1) đạt giải Nhất phần thi lập trình và được chọn tham dự "
                "vòng toàn quốc dự kiến tổ chức vào tháng 7/2027."
            ),
            P(
                "Ban Giám hiệu nhà trường chúc mừng các em và cảm ơn các thầy cô đã tận tình bồi "
                "dưỡng trong suốt ba tháng qua."
            ),
        ],
        published_at="2026-11-08T10:30:00+07:00",
        authors=[OWNER],
        summary=(
            "Vượt qua hơn 200 thí sinh đến từ các trường THCS trong tỉnh, 5 học sinh của trường "
            "đã xuất sắc đạt giải tại Hội thi Tin học trẻ năm 2026."
        ),
        category="Tin tức",
        images=[(P5 + "hoc-sinh-dat-giai.jpg", "Các em học sinh đạt giải cùng thầy cô hướng dẫn")],
    ),
    Post(
        slug="cam-nghi-ve-nguoi-thay-day-em-lap-trinh",
        date="2026-10-28 20:15:00",
        updated=None,
        title="Cảm nghĩ về người thầy đầu tiên dạy em lập trình",
        cats=("Góc học sinh",),
        tags=("Văn học trò",),
        blocks=[
            P(
                "Có những người thầy mà suốt đời ta không quên. Với em, đó là thầy dạy Tin học năm "
                "lớp 6, người đã kiên nhẫn chỉ cho em từng cú nhấp chuột đầu tiên.",
                "nfd",
            ),
            MORE,
            P(
                "Ngày ấy, em rụt rè ngồi ở góc phòng máy, chưa từng chạm vào bàn phím. Thầy không la "
                "rầy khi em gõ sai, chỉ mỉm cười và nói: “Máy tính không sợ mình làm sai, chỉ sợ "
                "mình không dám thử.”",
                "nfd",
            ),
            P(
                "Nhờ câu nói ấy, em mạnh dạn hơn. Em bắt đầu viết những chương trình Scratch nhỏ: "
                "một chú mèo biết nhảy, một trò chơi hứng táo. Đến năm lớp 8, em đã cùng các bạn "
                "làm sản phẩm dự thi Tin học trẻ của trường.",
                "nfd",
            ),
            P(
                "Sắp rời mái trường THCS, em muốn gửi lời cảm ơn chân thành đến thầy. Dù sau này đi "
                "đâu, em vẫn nhớ căn phòng máy nhỏ và những giờ học đầy tiếng cười.",
                "nfd",
            ),
            Raw(
                '<p style="text-align: right;"><em>'
                + text("Bài viết: Nguyễn Hoàng Bảo Ngân (lớp 9A2)", nfd=True)
                + "</em></p>"
            ),
        ],
        published_at="2026-10-28T20:15:00+07:00",
        authors=["Nguyễn Hoàng Bảo Ngân"],
        category="Góc học sinh",
    ),
    Post(
        slug="hoi-thi-duyen-dang-ao-dai-20-10",
        date="2026-10-20 17:00:00",
        updated=None,
        title="Sôi nổi Hội thi “Duyên dáng áo dài” chào mừng ngày Phụ nữ Việt Nam 20/10",
        cats=("Tin tức",),
        tags=("Công đoàn",),
        blocks=[
            P(
                "Chiều 19/10/2026, Công đoàn trường phối hợp với Chi đoàn giáo viên tổ chức Hội thi "
                "“Duyên dáng áo dài” chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                "(20/10/1930 – 20/10/2026)."
            ),
            Img(
                P7 + "trinh-dien-ao-dai.jpg",
                "Các đội thi trình diễn trang phục áo dài",
                style="alt",
            ),
            MORE,
            P(
                "Hội thi có sự tham gia của 6 đội đến từ các tổ chuyên môn và tổ văn phòng. Mỗi đội "
                "trải qua ba phần thi: chào hỏi, trình diễn áo dài và ứng xử."
            ),
            Img(P7 + "phan-thi-ung-xu.jpg", "Phần thi ứng xử của đội tổ Ngữ văn", style="alt"),
            P(
                "Kết quả, giải Nhất thuộc về đội tổ Ngữ văn; giải Nhì thuộc về đội tổ Toán – Tin; "
                "giải Ba thuộc về đội tổ Khoa học tự nhiên và tổ Văn phòng."
            ),
            Img(P7 + "trao-giai.jpg", "Ban tổ chức trao giải cho các đội", style="alt"),
            _byline("Tin và ảnh: Võ Thị Kim Ngân", align='align="right"'),
        ],
        published_at="2026-10-20T17:00:00+07:00",
        authors=["Võ Thị Kim Ngân"],
        photographers=["Võ Thị Kim Ngân"],
        category="Tin tức",
        images=[
            (P7 + "trinh-dien-ao-dai.jpg", "Các đội thi trình diễn trang phục áo dài"),
            (P7 + "phan-thi-ung-xu.jpg", "Phần thi ứng xử của đội tổ Ngữ văn"),
            (P7 + "trao-giai.jpg", "Ban tổ chức trao giải cho các đội"),
        ],
    ),
    Post(
        slug="huong-dan-kich-hoat-tai-khoan-microsoft-365",
        date="2026-10-05 21:00:00",
        updated="2026-10-12 06:30:00",
        title="Hướng dẫn kích hoạt tài khoản Microsoft 365 A1 dành cho học sinh",
        cats=("Tin học",),
        tags=("Hướng dẫn",),
        blocks=[
            P(
                "Từ năm học 2026–2027, mỗi học sinh của trường được cấp một tài khoản Microsoft 365 "
                "A1 miễn phí để học tập trực tuyến, làm bài tập trên Teams và sử dụng Word, "
                "PowerPoint bản web."
            ),
            MORE,
            Note(
                "warning",
                "Tài khoản và mật khẩu ban đầu được giáo viên chủ nhiệm gửi qua nhóm Zalo của lớp. "
                "Tuyệt đối không chia sẻ mật khẩu cho người khác.",
            ),
            H(2, "Bước 1: Đăng nhập lần đầu"),
            Items(
                (
                    "Truy cập địa chỉ office.com bằng trình duyệt Chrome hoặc Edge.",
                    "Nhập tài khoản dạng mahocsinh@thcscva.edu.vn và mật khẩu ban đầu.",
                    "Hệ thống yêu cầu đổi mật khẩu: nhập mật khẩu mới có ít nhất 8 ký tự, gồm chữ "
                    "và số.",
                ),
                ordered=True,
            ),
            Img(P8 + "buoc-1.png", style="plain"),
            H(2, "Bước 2: Cài đặt Teams trên điện thoại"),
            P(
                "Tải ứng dụng Microsoft Teams từ CH Play hoặc App Store, đăng nhập bằng tài khoản vừa "
                "đổi mật khẩu. Các lớp học sẽ tự hiện ra trong mục Nhóm."
            ),
            Img(P8 + "buoc-2.png", "Giao diện Teams sau khi đăng nhập", style="alt"),
            H(2, "Một số lỗi thường gặp"),
            Items(
                (
                    "Quên mật khẩu: liên hệ thầy Khoa (phòng Tin học) để được cấp lại.",
                    "Không thấy lớp học: báo giáo viên bộ môn kiểm tra lại danh sách nhóm.",
                    "Báo lỗi “Tài khoản bị khóa”: do nhập sai mật khẩu quá 5 lần, chờ 30 phút rồi "
                    "thử lại.",
                )
            ),
            P("Chúc các em sử dụng tài khoản hiệu quả!"),
        ],
        published_at="2026-10-05T21:00:00+07:00",
        authors=[OWNER],
        category="Tin học",
        images=[
            (P8 + "buoc-1.png", None),
            (P8 + "buoc-2.png", "Giao diện Teams sau khi đăng nhập"),
        ],
    ),
    Post(
        slug="phong-chong-sot-xuat-huyet-mua-mua",
        date="2026-09-25 08:00:00",
        updated=None,
        title="Chủ động phòng, chống sốt xuất huyết trong trường học mùa mưa",
        cats=("Tin tức",),
        tags=("Y tế học đường",),
        blocks=[
            P(
                "Thời gian gần đây, số ca mắc sốt xuất huyết trên địa bàn có chiều hướng tăng, trong "
                "đó có nhiều trường hợp là học sinh. Để chủ động phòng bệnh, Trung tâm Y tế khu vực "
                "Tam Nông khuyến cáo các trường học thực hiện tốt các biện pháp sau:",
                "ent",
            ),
            MORE,
            Items(
                (
                    "Hằng tuần tổ chức lao động vệ sinh, thu gom vật dụng phế thải có thể đọng nước "
                    "trong khuôn viên trường.",
                    "Đậy kín các dụng cụ chứa nước, thay nước bình hoa, chậu cây ít nhất mỗi tuần "
                    "một lần.",
                    "Phát quang bụi rậm, khơi thông cống rãnh quanh lớp học.",
                    "Khi học sinh có biểu hiện sốt cao đột ngột, xuất huyết dưới da, cần thông báo "
                    "ngay cho gia đình và đưa đến cơ sở y tế gần nhất.",
                ),
                style="ent",
            ),
            P(
                "Cha mẹ học sinh cần phối hợp với nhà trường, thường xuyên kiểm tra và diệt lăng "
                "quăng tại gia đình, cho trẻ ngủ mùng kể cả ban ngày.",
                "ent",
            ),
            Raw(
                '<p style="text-align:right;"><strong>'
                + text("Tin: Thanh Tâm", entities=2)
                + '</strong></p>\n<p style="text-align:right;"><em>'
                + text("Nguồn: Trung tâm Y tế khu vực Tam Nông", entities=2)
                + "</em></p>"
            ),
        ],
        published_at="2026-09-25T08:00:00+07:00",
        authors=["Thanh Tâm"],
        source="Trung tâm Y tế khu vực Tam Nông",
        category="Tin tức",
    ),
    Post(
        slug="le-khai-giang-nam-hoc-2026-2027",
        date="2026-09-05 11:20:00",
        updated=None,
        title="Rộn ràng Lễ khai giảng năm học mới 2026–2027",
        cats=("Tin tức",),
        tags=("Khai giảng",),
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, gần 1.100 học sinh Trường THCS Chu Văn An "
                "hân hoan bước vào năm học mới 2026–2027.",
                "lead",
            ),
            Img(P10 + "hoc-sinh-lop-6.jpg", "Học sinh lớp 6 diễu hành vào lễ đài", style="alt"),
            MORE,
            P(
                "Năm học này, trường có 28 lớp với 1.086 học sinh, trong đó có 7 lớp 6 với 262 học "
                "sinh mới trúng tuyển. Đội ngũ gồm 62 cán bộ, giáo viên, nhân viên; 100% giáo viên "
                "đạt chuẩn trình độ đào tạo."
            ),
            P(
                "Thầy Hiệu trưởng Huỳnh Công Danh đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân "
                "dịp khai giảng và đánh trống khai trường. Tiếp đó, đại diện học sinh lớp 9A1 phát "
                "biểu, hứa quyết tâm thi đua học tốt."
            ),
            Img(
                P10 + "danh-trong-khai-truong.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                style="alt",
            ),
            Img(P10 + "IMG_20260905_073512.jpg", style="plain"),
            P(
                "Dịp này, Hội Khuyến học xã Tam Nông trao 20 suất học bổng, mỗi suất trị giá "
                "1.000.000 đồng, cho học sinh nghèo vượt khó."
            ),
        ],
        published_at="2026-09-05T11:20:00+07:00",
        authors=[OWNER],
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, gần 1.100 học sinh Trường THCS Chu Văn An "
            "hân hoan bước vào năm học mới 2026–2027."
        ),
        category="Tin tức",
        images=[
            (P10 + "hoc-sinh-lop-6.jpg", "Học sinh lớp 6 diễu hành vào lễ đài"),
            (
                P10 + "danh-trong-khai-truong.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            (P10 + "IMG_20260905_073512.jpg", None),
        ],
    ),
    Post(
        slug="danh-sach-hoc-sinh-lop-6-nam-hoc-2026-2027",
        date="2026-09-01 15:45:00",
        updated=None,
        title="Danh sách học sinh lớp 6 năm học 2026–2027",
        cats=("Thông báo",),
        tags=("Tuyển sinh",),
        blocks=[
            P(
                "Nhà trường công bố danh sách xếp lớp học sinh lớp 6 năm học 2026–2027. Cha mẹ học "
                "sinh xem danh sách trong tệp đính kèm và đưa con em đến trường nhận lớp lúc 7 giờ "
                "ngày 03/9/2026."
            ),
            MORE,
            LinkP(
                "File đính kèm: ",
                "Danh sách lớp 6 năm học 2026-2027.pdf",
                "/files/danh-sach-lop-6-2026-2027.pdf",
                body=False,
            ),
        ],
        published_at="2026-09-01T15:45:00+07:00",
        authors=[OWNER],
        category="Thông báo",
    ),
    Post(
        slug="le-tong-ket-nam-hoc-2024-2025",
        date="2025-05-24 10:05:00",
        updated=None,
        title="Lễ tổng kết năm học 2024–2025 và tri ân học sinh lớp 9",
        cats=("Tin tức",),
        tags=("Tổng kết năm học",),
        blocks=[
            P(
                "Sáng 24/5/2025, Trường THCS Chu Văn An tổ chức Lễ tổng kết năm học 2024–2025, tuyên "
                "dương học sinh xuất sắc và tri ân 245 học sinh lớp 9 chuẩn bị rời mái trường.",
                "lead",
            ),
            MORE,
            P(
                "Năm học qua, trường có 96,8% học sinh được đánh giá kết quả học tập từ mức Đạt trở "
                "lên; 21 học sinh đạt giải học sinh giỏi cấp huyện, 9 học sinh đạt giải cấp tỉnh."
            ),
            Img(
                P12 + "tuyen-duong-hsg.jpg",
                "Tuyên dương học sinh đạt giải học sinh giỏi cấp tỉnh",
                style="alt",
            ),
            LinkP(
                "Cách đây sáu năm, blog của trường cũng đã đưa tin về lễ tổng kết năm học 2018 – "
                "2019, khi các em học sinh khóa này còn đang học tiểu học (",
                "xem lại bài viết năm 2019",
                "/2019/05/20/tong-ket-nam-hoc-2018-2019.html",
                "). Nhìn lại mới thấy mái trường đã đổi thay nhiều đến thế.",
            ),
            P(
                "Buổi lễ khép lại trong những giọt nước mắt lưu luyến của các em học sinh lớp 9 khi "
                "nói lời chia tay thầy cô, mái trường."
            ),
            _byline("Bài, ảnh: Đỗ Thanh Tùng – Tổng phụ trách Đội", align='align="right"', tag="b"),
        ],
        published_at="2025-05-24T10:05:00+07:00",
        authors=["Đỗ Thanh Tùng"],
        photographers=["Đỗ Thanh Tùng"],
        summary=(
            "Sáng 24/5/2025, Trường THCS Chu Văn An tổ chức Lễ tổng kết năm học 2024–2025, tuyên "
            "dương học sinh xuất sắc và tri ân 245 học sinh lớp 9 chuẩn bị rời mái trường."
        ),
        category="Tin tức",
        images=[
            (P12 + "tuyen-duong-hsg.jpg", "Tuyên dương học sinh đạt giải học sinh giỏi cấp tỉnh")
        ],
    ),
    Post(
        slug="tong-ket-nam-hoc-2018-2019",
        date="2019-05-20 16:30:00",
        updated="2021-03-02 22:10:00",
        title="Lễ tổng kết năm học 2018 – 2019",
        cats=("Tin tức",),
        tags=("Tổng kết năm học",),
        old_html=True,
        blocks=[
            P(
                "Chiều ngày 20/5/2019, trường THCS Chu Văn An đã tổ chức lễ tổng kết năm học 2018 – "
                "2019. Đây cũng là bài viết đầu tiên trên blog của trường."
            ),
            MORE,
            P(
                "Năm học 2018 – 2019, toàn trường có 1.012 học sinh; tỷ lệ học sinh lên lớp đạt "
                "97,4%, tốt nghiệp THCS đạt 100%. Nhà trường được Sở GD&ĐT công nhận danh hiệu Tập "
                "thể lao động tiên tiến."
            ),
            Img(
                "/images/2019/05/tong-ket-1.jpg",
                "Thầy Hiệu trưởng Lê Văn Hòa báo cáo tổng kết năm học",
                style="below",
            ),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 215 học sinh giỏi, 302 học sinh tiên tiến và "
                "14 học sinh đạt giải các kỳ thi cấp huyện, cấp tỉnh."
            ),
            Img(
                "/images/2019/05/tong-ket-2.jpg", "Trao giấy khen cho học sinh giỏi", style="below"
            ),
            P("Chúc các em học sinh có một mùa hè vui tươi, bổ ích và an toàn!"),
        ],
        published_at="2019-05-20T16:30:00+07:00",
        authors=[OWNER],
        category="Tin tức",
        images=[
            (
                "/images/2019/05/tong-ket-1.jpg",
                "Thầy Hiệu trưởng Lê Văn Hòa báo cáo tổng kết năm học",
            ),
            ("/images/2019/05/tong-ket-2.jpg", "Trao giấy khen cho học sinh giỏi"),
        ],
    ),
]

BY_DATE = sorted(POSTS, key=lambda p: p.dt, reverse=True)
HOME_ORDER = sorted(POSTS, key=lambda p: (not p.sticky, -p.dt.timestamp()))


# --- Hexo helpers ------------------------------------------------------------------------------

_SPECIAL = re.compile(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'<>,.?/]+")


def slugize(value: str) -> str:
    """hexo-util's slugize: diacritics escaped, special characters to "-", the rest kept."""
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _SPECIAL.sub("-", s).strip("-")


def url_for(path: str) -> str:
    """Hexo's url_for: the path percent-encoded (non-ASCII only)."""
    return quote(path, safe="/:#?=&%-._~")


def cat_path(cats: tuple[str, ...], depth: int) -> str:
    return "/categories/" + "/".join(slugize(c) for c in cats[: depth + 1]) + "/"


def tag_path(tag: str) -> str:
    return f"/tags/{slugize(tag)}/"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _strip_tags(markup: str) -> str:
    import html as _h

    return collapse(_h.unescape(re.sub(r"<[^>]+>", " ", markup)))


# --- the post body (marked output) -------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "alt":
        alt = esc(img.printed or "")
        return (
            f'<p><a data-fancybox="gallery" href="{src}" data-caption="{alt}">'
            f'<img data-src="{src}" alt="{alt}"></a>'
            f'<span class="image-caption">{text(img.printed or "")}</span></p>'
        )
    tag = f'<p><a data-fancybox="gallery" href="{src}"><img data-src="{src}"></a></p>'
    if img.style == "below":
        tag += f'\n<p align="center"><em>{text(img.printed or "")}</em></p>'
    return tag


def _para_html(p: P) -> str:
    if p.style == "lead":
        return f"<p><strong>{text(p.text)}</strong></p>"
    if p.style == "nfd":
        return f"<p>{text(p.text, nfd=True)}</p>"
    if p.style == "ent":
        return f"<p>{text(p.text, entities=2)}</p>"
    return f"<p>{text(p.text)}</p>"


def _heading_ids(post: Post) -> dict[int, str]:
    ids: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, b in enumerate(post.blocks):
        if isinstance(b, H):
            base = slugize(b.text)
            n = seen.get(base, 0)
            seen[base] = n + 1
            ids[i] = base if n == 0 else f"{base}-{n}"
    return ids


def _block_html(b: object, hid: str | None = None) -> str:
    if isinstance(b, P):
        return _para_html(b)
    if isinstance(b, H):
        return (
            f'<h{b.level} id="{esc(hid or "")}"><a href="#{esc(hid or "")}" class="headerlink" '
            f'title="{esc(b.text)}"></a>{text(b.text)}</h{b.level}>'
        )
    if isinstance(b, Items):
        tag = "ol" if b.ordered else "ul"
        ent = 2 if b.style == "ent" else 0
        lis = "\n".join(f"<li>{text(item, entities=ent)}</li>" for item in b.items)
        return f"<{tag}>\n{lis}\n</{tag}>"
    if isinstance(b, Table):
        head = "\n".join(f"<th>{text(c)}</th>" for c in b.rows[0])
        rows = "\n".join(
            "<tr>\n" + "\n".join(f"<td>{text(c)}</td>" for c in row) + "\n</tr>"
            for row in b.rows[1:]
        )
        return f"<table>\n<thead>\n<tr>\n{head}\n</tr>\n</thead>\n<tbody>{rows}\n</tbody></table>"
    if isinstance(b, Quote):
        return f"<blockquote>\n<p>{text(b.text)}</p>\n</blockquote>"
    if isinstance(b, Note):
        return f'<div class="note {b.kind}"><p>{text(b.text)}</p>\n</div>'
    if isinstance(b, Img):
        return _img_html(b)
    if isinstance(b, Raw):
        return b.html
    if isinstance(b, LinkP):
        return f'<p>{text(b.before)}<a href="{esc(b.href)}">{text(b.label)}</a>{text(b.after)}</p>'
    if isinstance(b, More):
        return '<span id="more"></span>'
    raise TypeError(b)


def post_content(post: Post) -> str:
    ids = _heading_ids(post)
    return "\n".join(_block_html(b, ids.get(i)) for i, b in enumerate(post.blocks))


def post_excerpt(post: Post) -> str | None:
    """The content before ``<!-- more -->``; None when the post has no marker."""
    if MORE not in post.blocks:
        return None
    cut = post.blocks.index(MORE)
    ids = _heading_ids(post)
    return "\n".join(_block_html(b, ids.get(i)) for i, b in enumerate(post.blocks[:cut]))


def _toc(post: Post) -> str:
    ids = _heading_ids(post)
    if not ids:
        return ""
    out: list[str] = ['<div class="post-toc animated"><ol class="nav">']
    n2 = n3 = 0
    open_child = False
    for i, hid in ids.items():
        h = post.blocks[i]
        if h.level == 2:
            if open_child:
                out.append("</ol></li>")
                open_child = False
            elif n2:
                out.append("</li>")
            n2, n3 = n2 + 1, 0
            out.append(
                f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{url_for(hid)}">'
                f'<span class="nav-number">{n2}.</span> <span class="nav-text">{text(h.text)}</span></a>'
            )
        else:
            if not open_child:
                out.append('<ol class="nav-child">')
                open_child = True
            n3 += 1
            out.append(
                f'<li class="nav-item nav-level-3"><a class="nav-link" href="#{url_for(hid)}">'
                f'<span class="nav-number">{n2}.{n3}.</span> <span class="nav-text">{text(h.text)}'
                "</span></a></li>"
            )
    out.append("</ol></li>" if open_child else "</li>")
    out.append("</ol></div>")
    return "\n".join(out)


def _words(post: Post) -> int:
    return sum(
        len(_strip_tags(_block_html(b)).split()) for b in post.blocks if not isinstance(b, Img)
    )


# --- page chrome -------------------------------------------------------------------------------

CATEGORY_TREE = (
    ("Góc học sinh", ()),
    ("Hoạt động chuyên môn", ("Tổ Toán – Tin",)),
    ("Thông báo", ()),
    ("Tin học", ()),
    ("Tin tức", ()),
)


def _cat_posts(cats: tuple[str, ...]) -> list[Post]:
    n = len(cats)
    return [p for p in BY_DATE if p.cats[:n] == cats]


def _all_tags() -> list[str]:
    return sorted({t for p in POSTS for t in p.tags}, key=slugize)


def _meta_date(post: Post) -> str:
    created = post.dt
    title = f"Ngày tạo: {created:%Y-%m-%d %H:%M:%S}"
    out = f"""    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar"></i>
      </span>
      <span class="post-meta-item-text">Đăng vào</span>

      <time title="{title}" itemprop="dateCreated datePublished" datetime="{_iso(created)}">{created:%Y-%m-%d}</time>
    </span>"""
    if post.updated:
        upd = datetime.strptime(post.updated, "%Y-%m-%d %H:%M:%S")
        out += f"""
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar-check"></i>
      </span>
      <span class="post-meta-item-text">Cập nhật</span>
      <time title="Sửa đổi: {upd:%Y-%m-%d %H:%M:%S}" itemprop="dateModified" datetime="{_iso(upd)}">{upd:%Y-%m-%d}</time>
    </span>"""
    return out


def _meta_cats(post: Post) -> str:
    links = []
    for depth, name in enumerate(post.cats):
        links.append(
            f"""        <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
          <a href="{url_for(cat_path(post.cats, depth))}" itemprop="url" rel="index"><span itemprop="name">{text(name)}</span></a>
        </span>"""
        )
    return (
        """    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-folder"></i>
      </span>
      <span class="post-meta-item-text">Trong mục</span>
"""
        + "\n          ,\n".join(links)
        + "\n    </span>"
    )


def _post_meta(post: Post, *, on_index: bool) -> str:
    sticky = ""
    if on_index and post.sticky:
        sticky = """    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="fa fa-thumbtack"></i>
      </span>
      <span class="post-meta-item-text">Đã ghim</span>
    </span>
"""
    views = ""
    if not on_index:
        views = """
    <span class="post-meta-item" title="Lượt xem trang" id="busuanzi_container_page_pv">
      <span class="post-meta-item-icon">
        <i class="far fa-eye"></i>
      </span>
      <span class="post-meta-item-text">Lượt xem trang: </span>
      <span id="busuanzi_value_page_pv"></span>
    </span>"""
    words = _words(post)
    count = f"{words / 1000:.1f}k" if words >= 1000 else str(words)
    minutes = max(1, round(words / 200))
    return f"""<div class="post-meta">
{sticky}{_meta_date(post)}
{_meta_cats(post)}{views}
</div>
<div class="post-meta">
    <span class="post-meta-item" title="Số từ trong bài viết">
      <span class="post-meta-item-icon">
        <i class="far fa-file-word"></i>
      </span>
        <span class="post-meta-item-text">Số từ: </span>
      <span>{count}</span>
    </span>
    <span class="post-meta-item" title="Thời gian đọc">
      <span class="post-meta-item-icon">
        <i class="far fa-clock"></i>
      </span>
        <span class="post-meta-item-text">Thời gian đọc &asymp;</span>
      <span>{minutes} phút</span>
    </span>
</div>"""


def _header() -> str:
    menu = [
        ("home", "/", "fa fa-home", "Trang chủ", ""),
        ("about", "/about/", "fa fa-user", "Giới thiệu", ""),
        ("tags", "/tags/", "fa fa-tags", "Thẻ", f'<span class="badge">{len(_all_tags())}</span>'),
        ("categories", "/categories/", "fa fa-th", "Danh mục", '<span class="badge">6</span>'),
        (
            "archives",
            "/archives/",
            "fa fa-archive",
            "Lưu trữ",
            f'<span class="badge">{len(POSTS)}</span>',
        ),
        ("album", "/album/", "fa fa-images", "Thư viện ảnh", ""),
        ("tai-lieu", "/tai-lieu/", "fa fa-file-alt", "Tài liệu", ""),
        ("lich", "/lich-cong-tac/", "fa fa-calendar-alt", "Lịch công tác", ""),
    ]
    items = "\n".join(
        f'  <li class="menu-item menu-item-{key}"><a href="{href}" rel="section">'
        f'<i class="{icon} fa-fw"></i>{label}{badge}</a></li>'
        for key, href, icon, label, badge in menu
    )
    return f"""<header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="Bật/tắt thanh điều hướng" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">{esc(SITE)}</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">{esc(SUBTITLE)}</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="Tìm kiếm" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>

<nav class="site-nav">
  <ul class="main-menu menu">
{items}
  <li class="menu-item menu-item-search"><a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>Tìm kiếm
        </a>
  </li>
  </ul>
</nav>
<div class="header-today"><i class="far fa-calendar-alt"></i> {TODAY}</div>

  <div class="search-pop-overlay">
    <div class="popup search-popup"><div class="search-header">
  <span class="search-icon">
    <i class="fa fa-search"></i>
  </span>
  <div class="search-input-container">
    <input autocomplete="off" autocapitalize="off" maxlength="80"
           placeholder="Tìm kiếm..." spellcheck="false"
           type="search" class="search-input">
  </div>
  <span class="popup-btn-close" role="button">
    <i class="fa fa-times-circle"></i>
  </span>
</div>
<div class="search-result-container no-result">
  <div class="search-result-icon">
    <i class="fa fa-spinner fa-pulse fa-5x"></i>
  </div>
</div>
    </div>
  </div>
</header>"""


BLOGROLL = (
    ("Sở GD&ĐT Đồng Tháp", "https://sgddt.dongthap.gov.vn/"),
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("CSDL ngành Giáo dục", "https://csdl.moet.gov.vn/"),
    ("Tra cứu điểm (vnEdu)", "https://vnedu.vn/"),
)


def _sidebar(toc: str) -> str:
    blogroll = "\n".join(
        f"""        <li class="links-of-blogroll-item">
          <a href="{esc(href)}" title="{esc(name)}" rel="noopener" target="_blank">{esc(name)}</a>
        </li>"""
        for name, href in BLOGROLL
    )
    recent = "\n".join(
        f'      <li><a href="{url_for(p.path)}" title="{esc(p.title)}">{text(p.title)}</a>'
        f' <span class="recent-date">{p.dt:%d/%m}</span></li>'
        for p in BY_DATE[:5]
    )
    active = (
        "sidebar-nav-active sidebar-toc-active"
        if toc
        else "sidebar-nav-active sidebar-overview-active"
    )
    return f"""<aside class="sidebar">
    <div class="sidebar-inner {active}">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">Mục lục</li>
        <li class="sidebar-nav-overview">Tổng quan</li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
            {toc}
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{esc(OWNER)}"
      src="/images/avatar.jpg">
  <p class="site-author-name" itemprop="name">{esc(OWNER)}</p>
  <div class="site-description" itemprop="description">Giáo viên Tin học – quản trị blog của trường</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">{len(POSTS)}</span>
          <span class="site-state-item-name">bài viết</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">6</span>
        <span class="site-state-item-name">danh mục</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">{len(_all_tags())}</span>
        <span class="site-state-item-name">thẻ</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author animated">
      <span class="links-of-author-item">
        <a href="https://www.facebook.com/thcschuvanan.tamnong" title="Facebook → https://www.facebook.com/thcschuvanan.tamnong" rel="noopener me" target="_blank"><i class="fab fa-facebook fa-fw"></i>Facebook</a>
      </span>
      <span class="links-of-author-item">
        <a href="mailto:thcschuvanan.tamnong@dongthap.edu.vn" title="E-Mail → mailto:thcschuvanan.tamnong@dongthap.edu.vn" rel="noopener me" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a>
      </span>
  </div>
  <div class="links-of-blogroll animated">
    <div class="links-of-blogroll-title"><i class="fa fa-globe fa-fw"></i>
      Liên kết website
    </div>
    <ul class="links-of-blogroll-list">
{blogroll}
    </ul>
  </div>
        </div>
      </div>
    </div>

    <div class="sidebar-inner sidebar-custom">
      <div class="sidebar-recent">
        <div class="sidebar-recent-title"><i class="fa fa-history fa-fw"></i> Tin mới</div>
        <ul class="sidebar-recent-list">
{recent}
        </ul>
      </div>
    </div>
  </aside>"""


def _footer() -> str:
    return """<footer class="footer">
    <div class="footer-inner">
<div class="footer-school">
  <p><strong>TRƯỜNG THCS CHU VĂN AN – TAM NÔNG</strong></p>
  <p>Địa chỉ: ấp Phú Hòa, xã Tam Nông, tỉnh Đồng Tháp</p>
  <p>Điện thoại: 0277 3827 145 – Email: thcschuvanan.tamnong@dongthap.edu.vn</p>
</div>

<div class="copyright">
  &copy; 2019 –
  <span itemprop="copyrightYear">2026</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">Trần Minh Khoa</span>
</div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="Tổng số khách">
        Tổng số khách <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
    <span class="post-meta-item" id="busuanzi_container_site_pv">
      <span class="post-meta-item-icon">
        <i class="fa fa-eye"></i>
      </span>
      <span class="site-pv" title="Tổng lượt xem">
        Tổng lượt xem <span id="busuanzi_value_site_pv"></span>
      </span>
    </span>
</div>
  <div class="powered-by">Được hỗ trợ bởi <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/muse/" rel="noopener" target="_blank">NexT.Muse</a>
  </div>

    </div>
  </footer>"""


def _layout(
    base: str,
    *,
    title: str,
    url_path: str,
    main: str,
    description: str = SUBTITLE,
    og_type: str = "website",
    head_extra: str = "",
    canonical: str | None = None,
    page_config: dict | None = None,
    toc: str = "",
) -> str:
    config = {
        "sidebar": "",
        "isHome": url_path == "/",
        "isPost": og_type == "article",
        "lang": "vi",
        "comments": og_type == "article",
        "permalink": base + url_for(canonical or url_path),
        "path": (canonical or url_path).lstrip("/"),
        "title": title,
        **(page_config or {}),
    }
    config_json = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    og_url = base + url_for(url_path) + ("index.html" if url_path.endswith("/") else "")
    canon = (
        f'\n<link rel="canonical" href="{esc(base + url_for(canonical))}">'
        if canonical is not None
        else ""
    )
    full_title = f"{title} | {SITE}" if title != SITE else SITE
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 6.3.0">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.2/css/all.min.css" integrity="sha256-CTSx/A06dm1B063156EVh15m6Y67pAjZZaQc89LLSrU=" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/fancybox/3.5.7/jquery.fancybox.min.css" integrity="sha256-Vzbj7sDDS/woiFS3uNKo8eIuni59rjyNGtXfstRzStA=" crossorigin="anonymous">

<script class="next-config" data-name="main" type="application/json">{{"hostname":"thcschuvanan-tamnong.github.io","root":"/","images":"/images","scheme":"Muse","darkmode":false,"version":"8.18.2","exturl":false,"sidebar":{{"position":"left","display":"post","padding":18,"offset":12}},"copycode":{{"enable":false,"style":null}},"fold":{{"enable":false,"height":500}},"bookmark":{{"enable":false,"color":"#222","save":"auto"}},"mediumzoom":false,"lazyload":true,"pangu":false,"comments":{{"style":"tabs","active":null,"storage":true,"lazyload":false,"nav":null}},"stickytabs":false,"motion":{{"enable":true,"async":false,"transition":{{"menu_item":"fadeInDown","post_block":"fadeIn","post_header":"fadeInDown","post_body":"fadeInDown","coll_header":"fadeInLeft","sidebar":"fadeInUp"}}}},"prism":false,"i18n":{{"placeholder":"Tìm kiếm...","empty":"Không tìm thấy kết quả nào cho: ${{query}}","hits_time":"${{hits}} kết quả trong ${{time}} ms","hits":"${{hits}} kết quả"}},"path":"/search.xml","localsearch":{{"enable":true,"trigger":"auto","top_n_per_article":1,"unescape":false,"preload":false}}}}</script><script src="/js/config.js"></script>

    <meta name="description" content="{esc(description)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:locale" content="vi_VN">
{head_extra}<meta name="twitter:card" content="summary">
{canon}

<script class="next-config" data-name="page" type="application/json">{config_json}</script>
<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{esc(full_title)}</title>

  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="{esc(SITE)}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      {_header()}
        {_sidebar(toc)}

    </div>

    {main}
  </main>

  {_footer()}

  <div class="back-to-top" role="button" aria-label="Về đầu trang">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>

<noscript>
  <div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>
</noscript>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js" crossorigin="anonymous"></script>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/fancybox/3.5.7/jquery.fancybox.min.js" crossorigin="anonymous"></script>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/lozad.js/1.16.0/lozad.min.js" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/schemes/muse.js"></script><script src="/js/sidebar.js"></script><script src="/js/next-boot.js"></script>
  <script src="/js/third-party/search/local-search.js"></script>
  <script src="/js/third-party/fancybox.js"></script>
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
"""


# --- pages -------------------------------------------------------------------------------------


def _post_image(post: Post) -> str | None:
    for b in post.blocks:
        if isinstance(b, Img):
            return b.src
    return None


def _description(post: Post) -> str:
    first = next(b for b in post.blocks if isinstance(b, P))
    words = collapse(first.text)
    return words if len(words) <= 150 else words[:147] + "..."


def _related(post: Post) -> list[Post]:
    same = [p for p in BY_DATE if p is not post and (set(p.tags) & set(post.tags))]
    same += [p for p in BY_DATE if p is not post and p.cats == post.cats and p not in same]
    return same[:3]


def render_post(post: Post, base: str, url_path: str) -> str:
    author = post.fm_author or OWNER
    link = base + url_for(post.path)
    idx = BY_DATE.index(post)
    newer = BY_DATE[idx - 1] if idx > 0 else None
    older = BY_DATE[idx + 1] if idx + 1 < len(BY_DATE) else None
    nav_prev = (
        f"""<a href="{url_for(newer.path)}" rel="prev" title="{esc(newer.title)}">
                  <i class="fa fa-angle-left"></i> {text(newer.title)}
                </a>"""
        if newer
        else ""
    )
    nav_next = (
        f"""<a href="{url_for(older.path)}" rel="next" title="{esc(older.title)}">
                  {text(older.title)} <i class="fa fa-angle-right"></i>
                </a>"""
        if older
        else ""
    )
    tags = "\n".join(
        f'              <a href="{url_for(tag_path(t))}" rel="tag"><i class="fa fa-tag"></i> {text(t)}</a>'
        for t in post.tags
    )
    related = "\n".join(
        f'    <li class="popular-posts-item">\n      <div class="popular-posts-title">'
        f'<a href="{url_for(p.path)}" rel="bookmark">{text(p.title)}</a></div>\n    </li>'
        for p in _related(post)
    )
    related_html = (
        f"""
    <div class="popular-posts-header">Bài viết liên quan</div>
    <ul class="popular-posts">
{related}
    </ul>
"""
        if related
        else ""
    )
    dt = post.dt
    head = [f'<meta property="article:published_time" content="{_utc(dt)}">']
    upd = datetime.strptime(post.updated, "%Y-%m-%d %H:%M:%S") if post.updated else dt
    head.append(f'<meta property="article:modified_time" content="{_utc(upd)}">')
    head.append(f'<meta property="article:author" content="{esc(author)}">')
    head += [f'<meta property="article:tag" content="{esc(t)}">' for t in post.tags]
    img = _post_image(post)
    if img:
        img_url = img if img.startswith("http") else base + img
        head.insert(0, f'<meta property="og:image" content="{esc(img_url)}">')
    main = f"""<div class="main-inner post posts-expand">



  <div class="post-block">



  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="vi">
    <link itemprop="mainEntityOfPage" href="{esc(link)}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{esc(author)}">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{esc(SITE)}">
      <meta itemprop="description" content="{esc(SUBTITLE)}">
    </span>

    <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork">
      <meta itemprop="name" content="{esc(post.title)} | {esc(SITE)}">
      <meta itemprop="description" content="">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {text(post.title)}
        </h1>

        <div class="post-meta-container">
          {_post_meta(post, on_index=False)}
        </div>
      </header>




    <div class="post-body" itemprop="articleBody">{post_content(post)}
    </div>

{related_html}
    <footer class="post-footer">
          <div class="post-copyright">
<ul>
  <li class="post-copyright-author">
      <strong>Tác giả bài viết: </strong>{esc(author)}
  </li>
  <li class="post-copyright-link">
      <strong>Liên kết: </strong>
      <a href="{esc(link)}" title="{esc(post.title)}">{esc(link)}</a>
  </li>
  <li class="post-copyright-license">
      <strong>Bản quyền: </strong>Tất cả bài viết trên blog này đều được cấp phép theo <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.vi" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a>, trừ khi có ghi chú khác. Vui lòng ghi rõ nguồn khi chia sẻ!
  </li>
</ul>
</div>

          <div class="post-tags">
{tags}
          </div>

          <div class="post-nav">
            <div class="post-nav-item">
                {nav_prev}
            </div>
            <div class="post-nav-item">
                {nav_next}
            </div>
          </div>
    </footer>
  </article>
</div>




<div class="comments disqus">
  <div id="disqus_thread">
    <noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
  </div>
</div>
</div>"""
    return _layout(
        base,
        title=post.title,
        url_path=url_path,
        main=main,
        description=_description(post),
        og_type="article",
        head_extra="".join(h + "\n" for h in head),
        canonical=post.path,
        toc=_toc(post),
    )


def _pagination(prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return url_for(prefix if n == 1 else f"{prefix}page/{n}/")

    parts = []
    if page > 1:
        parts.append(
            f'<a class="extend prev" rel="prev" title="Trang trước" aria-label="Trang trước" '
            f'href="{href(page - 1)}"><i class="fa fa-angle-left"></i></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="page-number current">{n}</span>')
        else:
            parts.append(f'<a class="page-number" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(
            f'<a class="extend next" rel="next" title="Trang sau" aria-label="Trang sau" '
            f'href="{href(page + 1)}"><i class="fa fa-angle-right"></i></a>'
        )
    return '\n  <nav class="pagination">\n    ' + "".join(parts) + "\n  </nav>\n"


def _pages_of(items: list, per_page: int) -> list[list]:
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def render_home(base: str, page: int, chunk: list[Post], pages: int) -> str:
    blocks = []
    for post in chunk:
        excerpt = post_excerpt(post)
        if excerpt is None:
            body = post_content(post)
            button = ""
        else:
            body = excerpt
            button = f"""
      <div class="post-button">
        <a class="btn" href="{url_for(post.path)}#more" rel="contents">
          Đọc tiếp &raquo;
        </a>
      </div>"""
        blocks.append(
            f"""  <div class="post-block">
  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="vi">
    <link itemprop="mainEntityOfPage" href="{esc(base + url_for(post.path))}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{esc(post.fm_author or OWNER)}">
    </span>
      <header class="post-header">
        <h2 class="post-title" itemprop="name headline">
          <a href="{url_for(post.path)}" class="post-title-link" itemprop="url">{text(post.title)}</a>
        </h2>

        <div class="post-meta-container">
          {_post_meta(post, on_index=True)}
        </div>
      </header>

    <div class="post-body" itemprop="articleBody">{body}
{button}
    </div>

    <footer class="post-footer">
        <div class="post-eof"></div>
    </footer>
  </article>
</div>"""
        )
    main = (
        '<div class="main-inner index posts-expand">\n'
        + "\n\n".join(blocks)
        + _pagination("/", page, pages)
        + "\n</div>"
    )
    url_path = "/" if page == 1 else f"/page/{page}/"
    title = SITE if page == 1 else f"Trang {page}"
    return _layout(base, title=title, url_path=url_path, main=main, canonical=url_path)


def _collection_entries(chunk: list[Post]) -> str:
    out = []
    year = None
    for post in chunk:
        if post.dt.year != year:
            year = post.dt.year
            out.append(
                f'    <div class="collection-year">\n      <span class="collection-header">{year}</span>\n    </div>'
            )
        out.append(
            f"""
  <article itemscope itemtype="http://schema.org/Article">
    <header class="post-header">
      <div class="post-meta-container">
        <time itemprop="dateCreated" datetime="{_iso(post.dt)}" content="{post.dt:%Y-%m-%d}">
          {post.dt:%m-%d}
        </time>
      </div>

      <div class="post-title">
          <a class="post-title-link" href="{url_for(post.path)}" itemprop="url">
            <span itemprop="name">{text(post.title)}</span>
          </a>
      </div>
    </header>
  </article>"""
        )
    return "\n".join(out)


def render_collection(
    base: str, *, prefix: str, header: str, title: str, chunk: list[Post], page: int, pages: int
) -> str:
    main = f"""<div class="main-inner archive posts-collapse">
  <div class="post-block">
    <div class="post-content">
      <div class="collection-title">
        {header}
      </div>
{_collection_entries(chunk)}
    </div>
  </div>
{_pagination(prefix, page, pages)}
</div>"""
    url_path = prefix if page == 1 else f"{prefix}page/{page}/"
    return _layout(base, title=title, url_path=url_path, main=main, canonical=url_path)


def _page_block(title: str, body: str) -> str:
    return f"""<div class="main-inner page posts-expand">


    <div class="post-block" lang="vi">
      <header class="post-header">

<h1 class="post-title" itemprop="name headline">{text(title)}
</h1>

<div class="post-meta-container">
</div>

</header>


      <div class="post-body">
{body}
      </div>
    </div>
</div>"""


ABOUT = """<p><strong>Trường THCS Chu Văn An</strong> được thành lập năm 1992, đóng tại ấp Phú Hòa, xã Tam Nông (trước đây thuộc huyện Tam Nông), tỉnh Đồng Tháp. Năm học 2026–2027 trường có 28 lớp, 1.086 học sinh và 62 cán bộ, giáo viên, nhân viên.</p>
<p>Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2017 và mức độ 2 năm 2023.</p>
<h2 id="Ve-blog-nay"><a href="#Ve-blog-nay" class="headerlink" title="Về blog này"></a>Về blog này</h2>
<p>Blog được tổ Tin học lập từ tháng 5/2019 để đưa tin các hoạt động của nhà trường, thông báo đến cha mẹ học sinh và lưu giữ kỷ niệm của các thế hệ thầy trò. Mọi ý kiến đóng góp xin gửi về thầy Trần Minh Khoa.</p>
<h2 id="Lien-he"><a href="#Lien-he" class="headerlink" title="Liên hệ"></a>Liên hệ</h2>
<ul>
<li>Địa chỉ: ấp Phú Hòa, xã Tam Nông, tỉnh Đồng Tháp</li>
<li>Điện thoại: 0277 3827 145</li>
<li>Email: thcschuvanan.tamnong@dongthap.edu.vn</li>
</ul>"""

ALBUM = """<p>Một số hình ảnh hoạt động tiêu biểu của nhà trường. Xem đầy đủ các album trên <a href="https://photos.app.goo.gl/thcscva2026" target="_blank" rel="noopener">Google Photos</a>.</p>
<h2 id="Nam-hoc-2026-2027"><a href="#Nam-hoc-2026-2027" class="headerlink" title="Năm học 2026–2027"></a>Năm học 2026–2027</h2>
<p><a data-fancybox="gallery" href="/album/2026-khai-giang.jpg" data-caption="Lễ khai giảng năm học 2026–2027"><img data-src="/album/2026-khai-giang.jpg" alt="Lễ khai giảng năm học 2026–2027"></a><span class="image-caption">Lễ khai giảng năm học 2026–2027</span></p>
<p><a data-fancybox="gallery" href="/album/2026-ao-dai.jpg" data-caption="Hội thi Duyên dáng áo dài 20/10"><img data-src="/album/2026-ao-dai.jpg" alt="Hội thi Duyên dáng áo dài 20/10"></a><span class="image-caption">Hội thi Duyên dáng áo dài 20/10</span></p>
<p><a data-fancybox="gallery" href="/album/2026-20-11.jpg" data-caption="Văn nghệ chào mừng 20/11"><img data-src="/album/2026-20-11.jpg" alt="Văn nghệ chào mừng 20/11"></a><span class="image-caption">Văn nghệ chào mừng 20/11</span></p>
<h2 id="Nam-hoc-2024-2025"><a href="#Nam-hoc-2024-2025" class="headerlink" title="Năm học 2024–2025"></a>Năm học 2024–2025</h2>
<p><a data-fancybox="gallery" href="/album/2025-ra-truong.jpg" data-caption="Học sinh lớp 9 chụp ảnh kỷ niệm ra trường"><img data-src="/album/2025-ra-truong.jpg" alt="Học sinh lớp 9 chụp ảnh kỷ niệm ra trường"></a><span class="image-caption">Học sinh lớp 9 chụp ảnh kỷ niệm ra trường</span></p>"""

DOCS = """<p>Các văn bản, kế hoạch của nhà trường (tệp PDF lưu trên Google Drive của trường).</p>
<table>
<thead>
<tr>
<th>STT</th>
<th>Tên văn bản</th>
<th>Ngày ban hành</th>
<th>Tải về</th>
</tr>
</thead>
<tbody><tr>
<td>1</td>
<td>Kế hoạch năm học 2026–2027</td>
<td>15/9/2026</td>
<td><a href="https://drive.google.com/file/d/1kHx8Qw3NpZ2aV7sTfYbLm0cR4dE9uJ6o/view" target="_blank" rel="noopener">PDF</a></td>
</tr>
<tr>
<td>2</td>
<td>Quy chế chi tiêu nội bộ năm 2026</td>
<td>10/01/2026</td>
<td><a href="https://drive.google.com/file/d/1Pq7Wm2xZcV9bN4sK8hJ3gF6dS1aL0oQe/view" target="_blank" rel="noopener">PDF</a></td>
</tr>
<tr>
<td>3</td>
<td>Danh sách học sinh lớp 6 năm học 2026–2027</td>
<td>01/9/2026</td>
<td><a href="/files/danh-sach-lop-6-2026-2027.pdf">PDF</a></td>
</tr>
<tr>
<td>4</td>
<td>Nội quy học sinh</td>
<td>05/9/2025</td>
<td><a href="https://drive.google.com/file/d/1Zx3Cv5Bn7Mm9Qw1Er2Ty4Ui6Op8As0Df/view" target="_blank" rel="noopener">PDF</a></td>
</tr>
</tbody></table>"""

SCHEDULE = """<p>Lịch công tác tuần 12 (từ 23/11/2026 đến 29/11/2026). Lịch có thể thay đổi, thầy cô theo dõi nhóm Zalo của trường.</p>
<table>
<thead>
<tr>
<th>Thứ / ngày</th>
<th>Nội dung</th>
<th>Thành phần</th>
<th>Địa điểm</th>
</tr>
</thead>
<tbody><tr>
<td>Thứ Hai 23/11</td>
<td>Chào cờ, sinh hoạt dưới cờ</td>
<td>Toàn trường</td>
<td>Sân trường</td>
</tr>
<tr>
<td>Thứ Ba 24/11</td>
<td>Kiểm tra giữa kỳ I môn Ngữ văn</td>
<td>Khối 6–9</td>
<td>Các phòng học</td>
</tr>
<tr>
<td>Thứ Tư 25/11</td>
<td>Kiểm tra giữa kỳ I môn Toán</td>
<td>Khối 6–9</td>
<td>Các phòng học</td>
</tr>
<tr>
<td>Thứ Sáu 27/11</td>
<td>Họp Hội đồng sư phạm tháng 11</td>
<td>CB, GV, NV</td>
<td>Phòng hội đồng</td>
</tr>
</tbody></table>"""

STATIC_PAGES = {
    "/about/": ("Giới thiệu", ABOUT),
    "/album/": ("Thư viện ảnh", ALBUM),
    "/tai-lieu/": ("Tài liệu", DOCS),
    "/lich-cong-tac/": ("Lịch công tác tuần", SCHEDULE),
}


def render_static_page(base: str, path: str) -> str:
    title, body = STATIC_PAGES[path]
    return _layout(base, title=title, url_path=path, main=_page_block(title, body), canonical=path)


def render_categories_index(base: str) -> str:
    def item(cats: tuple[str, ...], children: tuple[str, ...]) -> str:
        n = len(_cat_posts(cats))
        link = (
            f'<li class="category-list-item"><a class="category-list-link" '
            f'href="{url_for(cat_path(cats, len(cats) - 1))}">{text(cats[-1])}</a>'
            f'<span class="category-list-count">{n}</span>'
        )
        if children:
            link += '<ul class="category-list-child">' + "".join(
                item((*cats, child), ()) for child in children
            )
            link += "</ul>"
        return link + "</li>"

    tree = "".join(item((name,), children) for name, children in CATEGORY_TREE)
    body = f"""<div class="category-all-page">
  <div class="category-all-title">
      Hiện có tổng cộng 6 danh mục
  </div>
  <div class="category-all">
    <ul class="category-list">{tree}</ul>
  </div>
</div>"""
    return _layout(
        base,
        title="Danh mục",
        url_path="/categories/",
        main=_page_block("Danh mục", body),
        canonical="/categories/",
    )


def render_tags_index(base: str) -> str:
    tags = _all_tags()
    cloud = " ".join(
        f'<a href="{url_for(tag_path(t))}" style="font-size: '
        f'{12 + 6 * (sum(t in p.tags for p in POSTS) - 1)}px;">{text(t)}</a>'
        for t in tags
    )
    body = f"""<div class="tag-cloud">
  <div class="tag-cloud-title">
      Hiện có tổng cộng {len(tags)} thẻ
  </div>
  <div class="tag-cloud-tags">
    {cloud}
  </div>
</div>"""
    return _layout(
        base, title="Thẻ", url_path="/tags/", main=_page_block("Thẻ", body), canonical="/tags/"
    )


def render_404(base: str) -> str:
    body = """<p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
<p><a href="/">Quay về trang chủ</a> hoặc dùng ô <strong>Tìm kiếm</strong> ở đầu trang.</p>"""
    return _layout(
        base,
        title="404 – Không tìm thấy trang",
        url_path="/404.html",
        main=_page_block("404 – Không tìm thấy trang", body),
    )


# --- feeds -------------------------------------------------------------------------------------


def render_search_xml() -> str:
    entries = []
    for post in BY_DATE:
        cats = "".join(f"\n      <category>{esc(c)}</category>" for c in post.cats)
        tags = "".join(f"\n      <tag>{esc(t)}</tag>" for t in post.tags)
        entries.append(
            f"""  <entry>
    <title>{esc(post.title)}</title>
    <link href="{url_for(post.path)}"/>
    <url>{url_for(post.path)}</url>

    <content><![CDATA[{post_content(post)}]]></content>
    <categories>{cats}
    </categories>
    <tags>{tags}
    </tags>
  </entry>"""
        )
    for path, (title, body) in STATIC_PAGES.items():
        entries.append(
            f"""  <entry>
    <title>{esc(title)}</title>
    <link href="{path}"/>
    <url>{path}</url>

    <content><![CDATA[{body}]]></content>
  </entry>"""
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<search>\n' + "\n".join(entries) + "\n</search>\n"
    )


def render_atom(base: str) -> str:
    newest = max(
        datetime.strptime(p.updated, "%Y-%m-%d %H:%M:%S") if p.updated else p.dt for p in POSTS
    )
    entries = []
    for post in BY_DATE:
        link = base + url_for(post.path)
        upd = datetime.strptime(post.updated, "%Y-%m-%d %H:%M:%S") if post.updated else post.dt
        summary = post_excerpt(post) or post_content(post)
        cats = "".join(
            f'\n    <category term="{esc(c)}" scheme="{esc(base + url_for(cat_path(post.cats, i)))}"/>'
            for i, c in enumerate(post.cats)
        )
        cats += "".join(
            f'\n    <category term="{esc(t)}" scheme="{esc(base + url_for(tag_path(t)))}"/>'
            for t in post.tags
        )
        entries.append(
            f"""  <entry>
    <title>{esc(post.title)}</title>
    <link href="{esc(link)}"/>
    <id>{esc(link)}</id>
    <published>{_utc(post.dt)}</published>
    <updated>{_utc(upd)}</updated>

    <summary type="html">{esc(summary)}</summary>
{cats}
  </entry>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{esc(SITE)}</title>

  <subtitle>{esc(SUBTITLE)}</subtitle>
  <link href="{base}/atom.xml" rel="self"/>

  <link href="{base}/"/>
  <updated>{_utc(newest)}</updated>
  <id>{base}/</id>

  <author>
    <name>{esc(OWNER)}</name>

  </author>
  <generator uri="https://hexo.io/">Hexo</generator>

{chr(10).join(entries)}
</feed>
"""


def render_sitemap(base: str) -> str:
    urls = []
    for post in sorted(
        POSTS,
        key=lambda p: datetime.strptime(p.updated, "%Y-%m-%d %H:%M:%S") if p.updated else p.dt,
        reverse=True,
    ):
        upd = datetime.strptime(post.updated, "%Y-%m-%d %H:%M:%S") if post.updated else post.dt
        urls.append(
            f"""  <url>
    <loc>{esc(base + url_for(post.path))}</loc>
    <lastmod>{upd:%Y-%m-%d}</lastmod>
  </url>"""
        )
    for path in [*STATIC_PAGES, "/categories/", "/tags/"]:
        urls.append(f"""  <url>
    <loc>{base}{path}</loc>
    <lastmod>2026-09-10</lastmod>
  </url>""")
    urls.append(f"""  <url>
    <loc>{base}/</loc>
    <lastmod>2026-11-21</lastmod>
    <changefreq>daily</changefreq>
    <priority>1.0</priority>
  </url>""")
    for cats in [(c,) for c, _ in CATEGORY_TREE] + [("Hoạt động chuyên môn", "Tổ Toán – Tin")]:
        urls.append(f"""  <url>
    <loc>{esc(base + url_for(cat_path(cats, len(cats) - 1)))}</loc>
    <lastmod>2026-11-21</lastmod>
    <changefreq>daily</changefreq>
    <priority>0.2</priority>
  </url>""")
    for tag in _all_tags():
        urls.append(f"""  <url>
    <loc>{esc(base + url_for(tag_path(tag)))}</loc>
    <lastmod>2026-11-21</lastmod>
    <changefreq>daily</changefreq>
    <priority>0.2</priority>
  </url>""")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )


# --- the site ----------------------------------------------------------------------------------

Render = Callable[[str], tuple[str, str]]


def _html_page(fn: Callable[[str], str]) -> Render:
    return lambda base: ("text/html; charset=utf-8", fn(base))


def _routes() -> dict[str, Render]:
    """Every file the static host holds (directory paths end in "/"), keyed by decoded path."""
    routes: dict[str, Render] = {}
    home = _pages_of(HOME_ORDER, INDEX_PER_PAGE)
    for n, chunk in enumerate(home, start=1):
        path = "/" if n == 1 else f"/page/{n}/"
        routes[path] = _html_page(lambda b, n=n, c=chunk: render_home(b, n, c, len(home)))
    for post in POSTS:
        routes[post.path] = _html_page(lambda b, p=post: render_post(p, b, p.path))
        if post.old_html:
            routes[post.old_path] = _html_page(lambda b, p=post: render_post(p, b, p.old_path))

    def collection(prefix: str, posts: list[Post], per_page: int, header: str, title: str) -> None:
        chunks = _pages_of(posts, per_page)
        total = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            path = prefix if n == 1 else f"{prefix}page/{n}/"
            page_title = title if n == 1 else f"{title} - Trang {n}"
            routes[path] = _html_page(
                lambda b, pre=prefix, c=chunk, n=n, t=page_title, k=total: render_collection(
                    b, prefix=pre, header=header, title=t, chunk=c, page=n, pages=k
                )
            )

    cheer = (
        f'<span class="collection-header">Tuyệt vời! Hiện có tổng cộng {len(POSTS)} bài viết. '
        "Tiếp tục cố gắng nhé!</span>"
    )
    collection("/archives/", BY_DATE, ARCHIVE_PER_PAGE, cheer, "Lưu trữ")
    years = sorted({p.dt.year for p in POSTS})
    for year in years:
        in_year = [p for p in BY_DATE if p.dt.year == year]
        collection(f"/archives/{year}/", in_year, ARCHIVE_PER_PAGE, cheer, "Lưu trữ")
        for month in sorted({p.dt.month for p in in_year}):
            in_month = [p for p in in_year if p.dt.month == month]
            collection(
                f"/archives/{year}/{month:02d}/", in_month, ARCHIVE_PER_PAGE, cheer, "Lưu trữ"
            )
    all_cats = [(c,) for c, _ in CATEGORY_TREE] + [("Hoạt động chuyên môn", "Tổ Toán – Tin")]
    for cats in all_cats:
        name = cats[-1]
        header = f'<h2 class="collection-header">{text(name)}<small>Danh mục</small></h2>'
        collection(
            unquote(cat_path(cats, len(cats) - 1)),
            _cat_posts(cats),
            LIST_PER_PAGE,
            header,
            f"Danh mục: {name}",
        )
    for tag in _all_tags():
        header = f'<h2 class="collection-header">{text(tag)}<small>Thẻ</small></h2>'
        tagged = [p for p in BY_DATE if tag in p.tags]
        collection(tag_path(tag), tagged, LIST_PER_PAGE, header, f"Thẻ: {tag}")
    for path in STATIC_PAGES:
        routes[path] = _html_page(lambda b, p=path: render_static_page(b, p))
    routes["/categories/"] = _html_page(render_categories_index)
    routes["/tags/"] = _html_page(render_tags_index)
    routes["/404.html"] = _html_page(render_404)
    routes["/search.xml"] = lambda b: ("application/xml", render_search_xml())
    routes["/atom.xml"] = lambda b: ("application/xml", render_atom(b))
    routes["/sitemap.xml"] = lambda b: ("application/xml", render_sitemap(b))
    routes["/robots.txt"] = lambda b: (
        "text/plain",
        f"User-agent: *\nAllow: /\n\nSitemap: {b}/sitemap.xml\n",
    )
    return routes


class HexoSite:
    """A GitHub Pages-like static host of the generated ``public/`` folder."""

    def __init__(self) -> None:
        self.routes = _routes()

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        base = base_url(request)
        if path == "/files/danh-sach-lop-6-2026-2027.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        route = self.routes.get(path)
        if route is None and path.endswith("/index.html"):
            route = self.routes.get(path[: -len("index.html")])
        if route is None and not path.endswith("/") and path + "/" in self.routes:
            return Response(
                301, b"", {"Location": base + url_for(path + "/"), "Content-Type": "text/html"}
            )
        if route is None:
            static = static_file(path)
            if static is not None:
                return static
            return html(render_404(base), status=404)
        ctype, body = route(base)
        return Response(200, body, {"Content-Type": ctype, "Cache-Control": "max-age=600"})


def build_site() -> HexoSite:
    return HexoSite()


# --- gold --------------------------------------------------------------------------------------


def _gold_body(post: Post) -> str:
    paragraphs: list[str] = []
    for b in post.blocks:
        if isinstance(b, (P, H, Quote, Note)):
            paragraphs.append(b.text)
        elif isinstance(b, Items):
            paragraphs.extend(b.items)
        elif isinstance(b, Table):
            paragraphs.extend(" | ".join(row) for row in b.rows)
        elif isinstance(b, LinkP) and b.body:
            paragraphs.append(b.before + b.label + b.after)
    return "\n\n".join(collapse(p) for p in paragraphs)


def _gold(post: Post) -> dict:
    alt = [post.path + "index.html"]
    if post.old_html:
        alt.append(post.old_path)
    return {
        "path": post.path,
        "canonical_path": post.path,
        "alt_paths": alt,
        "title": post.title,
        "published_at": post.published_at,
        "authors": list(post.authors),
        "photographers": list(post.photographers),
        "source": post.source,
        "summary": post.summary,
        "body": _gold_body(post),
        "images": [{**image_gold(src, post.path), "caption": cap} for src, cap in post.images],
        "category": post.category,
    }


GOLD = [_gold(p) for p in BY_DATE]

NON_ARTICLES = [
    "/about/",
    "/album/",
    "/tai-lieu/",
    "/lich-cong-tac/",
    "/categories/",
    "/tags/",
    "/archives/",
]
