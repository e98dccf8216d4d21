"""Jimdo Creator site of a primary school in the Mekong delta: Trường Tiểu học Hòa Bình (Cà Mau).

The platform
------------
Jimdo Creator, the hosted site builder in its classic "Creator" form (not "Dolphin"), on the
school's own domain thphoabinh.edu.vn. Every page is a stack of *modules*, each a
``<div id="cc-m-<id>" class="j-module n j-<kind>">``: ``j-text`` (rich text, ``<p>``, ``<ul>``,
pasted tables), ``j-header`` (a heading), ``j-imageSubtitle`` (an image with its subtitle in a
``<figure class="cc-imagewrapper"><img …><figcaption>``), ``j-textWithImage`` (text beside a floated
image, subtitle likewise a figcaption), ``j-gallery`` (thumbnails, each an ``<a>`` to the large
image with a ``title`` attribute), ``j-hr`` (a rule), ``j-downloadDocument``, ``j-htmlCode``,
``j-sharebuttons``, ``j-comment``. Image and gallery modules carry Jimdo's inline
``<script id="cc-m-reg-…">`` registration blobs. Images live on Jimdo's CDN (image.jimcdn.com):
another host, so their gold is the absolute ``url``.

The layout (every page): header with the school's name and a JS clock box printing *today*
(``TODAY``), the navigation ``<ul class="j-nav-level-0">`` (with a nested ``j-nav-level-1`` under
"Giới thiệu"), the content area, a sidebar ("Tin mới" with the three latest posts, "Liên hệ" with
address and phone, "Lượt truy cập" counter image, "Lưu trữ" month archive links, "Chủ đề" tag
links, "Liên kết website"), the footer ("Bản in" = ``javascript:window.print();``, "Sơ đồ trang
web" = /about/, "Chính sách quyền riêng tư" = /j/privacy, "Chính sách cookie" = /j/cookies, "Bản
quyền", "Đăng nhập" to https://account.e.jimdo.com/…, and an editor link under /app/), then the
cookie banner ``<div class="cc-individual-cookie-settings">`` with its long text.

URL scheme
----------
Jimdo keeps Vietnamese letters in paths. The same path is printed percent-encoded
(``/tin-t%E1%BB%A9c/``) on some links and as raw UTF-8 (``/tin-tức/``) on others; the server
answers both (and a raw UTF-8 request line too).

- ``/`` home page: welcome text, a school photo, a "Tin mới" blog-display module (the 3 latest
  posts: headline, date, first text module, "Đọc thêm").
- ``/tin-tức/`` the blog page ("Tin tức"): 5 teasers per page, each
  ``<div class="j-blogarticle">`` with ``<h2 class="j-blog-headline"><a>``, ``<div
  class="j-blog-meta"><time datetime>`` (date in words: "Thứ Bảy, 14 Tháng Mười Một 2026"), the
  post's first text module, "Đọc thêm". Pager: "« Bài cũ hơn" → ``?page=2``, ``?page=3``;
  "Bài mới hơn »" back (page 2 links ``?page=1``, the same list as the bare page).
- ``/tin-tức/?archive=2026-11`` (also 2026-10, 2026-09): the month's posts, a second view.
- ``/tin-tức/?tag=thông báo`` (also "hoạt động", "chuyên môn", "kỹ năng sống"): printed with
  ``%20`` in the sidebar's "Chủ đề" box and with ``+`` in the blog page's filter line ("Chủ đề:
  Tất cả · …"); "hoạt động" has 6 posts, so its view pages too (``&page=2``). Post pages print no
  tag line.
- posts ``/YYYY/MM/DD/<slug>/`` with a slug with diacritics; without the trailing slash a 301 to
  it. Every post prints ``<link rel="canonical">`` and ``og:url`` absolute on
  https://thphoabinh.edu.vn, percent-encoded: NOT the host served on. Its path is the post's path.
- plain pages: ``/giới-thiệu/``, ``/giới-thiệu/đội-ngũ/``, ``/thời-khóa-biểu/``,
  ``/thư-viện-ảnh/``, ``/liên-hệ/``; Jimdo's ``/about/`` (sitemap page), ``/j/privacy``,
  ``/j/cookies``; ``/app/…`` answers 403; ``/robots.txt`` disallows ``/app/``.

Which path reaches each gold article
------------------------------------
Blog page 1 (``/tin-tức/``, linked from the navigation) lists posts 1-5, ``?page=2`` posts 6-10,
``?page=3`` posts 11-12 (reached only through the pager, the month archives, the tag views, the
/about/ sitemap and the posts' "« Bài trước | Bài sau »" chain). Home and sidebar show posts 1-3.
The posts (newest first; page of the blog; what each carries):

 1. 20/11 p.1 Lễ kỷ niệm 20/11: bold lead, 2 image modules, j-hr, headings, a 4-photo gallery (one
    title a file name), "Tin và ảnh: Cô …", 2 comments.
 2. 17/11 p.1 two-line notice, no byline.          3. 14/11 p.1 Vở sạch – Chữ đẹp: image modules
    (one subtitle a Zalo file name), text-with-image, "Người viết: Thầy …".
 4. 10/11 p.1 học bổng: text typed decomposed (NFD), signed "Ban Đại diện CMHS", 1 comment.
 5. 05/11 p.1 tiết dạy: text-with-image first, heading, list, "Người viết: X – Tổ trưởng …".
 6. 30/10 p.2 ngày hội đọc sách: bold lead, 6-photo gallery (a file name, an empty title).
 7. 22/10 p.2 kế hoạch: headings, list, a table, a download module, no byline.
 8. 15/10 p.2 reposted article: bold lead, image without subtitle, list, "Nguồn: Báo Cà Mau".
 9. 08/10 p.2 khảo sát: character references mixed with UTF-8, a table, "Người viết: Tổ …".
10. 01/10 p.2 notice with a list, signed "BBT".   11. 25/09 p.3 Trung thu: image first, "Tin,
    ảnh: …", 2 comments.                            12. 05/09 p.3 khai giảng: bold lead, j-hr,
    heading, list, images, "Tin: X; Ảnh: Y".

Gold ``path`` is the percent-encoded form (how a browser requests it); the raw UTF-8 form is the
same address written differently, so it is no ``alt_path``.

Traps
-----
- the two encodings of every path with Vietnamese letters (and a raw UTF-8 request line);
- the absolute canonical (and og:url) on another domain: the crawler must still read the post it
  fetched, at the path it fetched;
- ``?archive=`` and ``?tag=`` views (tag spaces as ``%20`` and ``+``), ``?page=1`` duplicate of the
  blog page; listings print headline, date and the first text module of posts: not articles;
- the /about/ sitemap page (a list of every page and post link), /j/privacy and /j/cookies (long
  legal prose), "Giới thiệu" (long prose with a founding date): not articles;
- the cookie banner text at the end of every page; the header clock (today, not a post date);
- j-hr and j-gallery modules inside posts; Jimdo's ``<script>`` blobs inside image modules;
- comments under posts, each with a dated line ("Thứ Sáu, 20 Tháng Mười Một 2026 19:42"): neither
  text nor date of the post; the comment form posts to /app/…;
- an /app/… editor link ("Sửa trang", /app/auth/signin/jumpcms/?page=…) that answers 403 (robots.txt
  disallows /app/); a download link under /app/download/ answers a PDF.

Gold decisions (as a careful reader takes them)
-----------------------------------------------
- title: the post's ``<h1 class="j-blog-headline">`` (the ``<title>`` adds the school's name).
- published_at: the day in ``<time datetime>`` under the headline; Jimdo prints no time, so gold is
  the day ("2026-11-14"). The URL carries the same day. Comment dates are not it.
- authors/photographers: from the byline the editor typed in the last text module. "Tin và ảnh:
  Cô Lâm Thị Mỹ Duyên" → author and photographer Lâm Thị Mỹ Duyên (no "Cô"); "Người viết: Thầy
  Nguyễn Văn Tài" → author; "Người viết: Trần Thị Ngọc Hân – Tổ trưởng tổ khối 3" → the name only
  (the unit is not a person's name); "Tin: X – Ảnh: Y" → author X, photographer Y; "Ban Đại diện
  CMHS" signing alone → author "Ban Đại diện CMHS" (a unit that alone signs is the author, as
  printed); "Người viết: Tổ Chuyên môn" → author "Tổ Chuyên môn"; "BBT" → nobody; no byline →
  nobody. Commenters are never authors.
- source: "Nguồn: Báo Cà Mau" on the reposted article → "Báo Cà Mau"; else None.
- summary: Jimdo posts have no sapo field. Where the editor typed a bold lead paragraph as the
  post's first text (posts 1, 6, 8, 12) a reader takes it as the sapo (and it is the body's first
  paragraph); elsewhere None. The listing teaser (the whole first text module) is not a summary.
- body: text, list items, table rows (cells joined " | ") and heading modules, in order; not the
  bylines, source lines, the download module (file name, size, its title, "Tải xuống": a
  "File đính kèm" widget, linked under /app/download/ and served as a file), empty ``&nbsp;``
  paragraphs, share buttons, comments, prev/next links, captions. A heading module that only
  announces the photos ("Một số hình ảnh của buổi lễ") is still a heading of the post: body.
- images: image modules and text-with-image images (their ``src``: dimension=640x1024 on the CDN,
  not a srcset candidate) with their subtitle as caption (None when there is no subtitle or the
  subtitle is only a camera/Zalo file name). Gallery modules inside posts: the thumbnails are the
  event's photos, shown in the post, so a reader counts them as the post's photos, in order; the
  address is the thumbnail's ``src`` (the photo as the page prints it; the link's large image is
  the same photo at another size), the caption the ``title`` the lightbox shows, None when that is
  a file name or empty. No logo, counter image, banner, share icons.
- category: Jimdo posts have no category of their own and no breadcrumb, but every post page
  marks "Tin tức" as the current navigation item (``j-nav-current``) and the post belongs to that
  blog page; a reader files the post under "Tin tức". The tags ("Chủ đề") are not printed on post
  pages as a category line, only as sidebar links, so they are not the category.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "jimdo_school"
PLATFORM = "Jimdo Creator"
START_PATH = "/"

DOMAIN = "https://thphoabinh.edu.vn"
SCHOOL = "Trường Tiểu học Hòa Bình"
BLOG = "/tin-tức/"
BLOG_NAME = "Tin tức"
PER_PAGE = 5

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = [
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]


def enc(path: str) -> str:
    """A path (and query) percent-encoded as UTF-8, upper-case hex, the way Jimdo prints it."""
    return quote(path, safe="/?=&:+%")


def date_words(day: str, clock: str = "") -> str:
    """'2026-11-14' -> 'Thứ Bảy, 14 Tháng Mười Một 2026' (Jimdo's date in the site's language)."""
    d = date.fromisoformat(day)
    out = f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    return f"{out} {clock}" if clock else out


# --- images on Jimdo's CDN -------------------------------------------------------------------

CDN = "https://image.jimcdn.com/app/cms/image/transf"
SITE_PATH = "s1a2b3c4d5e6f7a8b"


def _image_key(name: str) -> str:
    digest = hashlib.sha1(name.encode()).hexdigest()
    version = 1_756_000_000 + int(digest[:6], 16) % 9_000_000
    return f"path/{SITE_PATH}/image/i{digest[6:22]}/version/{version}/image.jpg"


def cdn(name: str, dim: str = "640x1024", mode: str = "") -> str:
    """The CDN address of the image ``name`` at one size (Jimdo renders sizes on the fly)."""
    extra = f":mode={mode}" if mode else ""
    return f"{CDN}/dimension={dim}{extra}:format=jpg/{_image_key(name)}"


def photo(name: str, printed: str | None = None, caption: str | None = None) -> Img:
    """An image module's picture: ``src`` at 640x1024 (the gold url), its subtitle and caption."""
    return Img(cdn(name), printed, caption)


def thumb(name: str, title: str | None = None, caption: str | None = None) -> Img:
    """A gallery thumbnail: ``src`` at 150x150 crop (the gold url); ``title`` is printed."""
    return Img(cdn(name, "150x150", "crop"), title, caption)


def captioned(name: str, line: str) -> Img:
    """An image module whose subtitle is a plain sentence: a reader's caption is that line."""
    return Img(cdn(name), line, line)


def thumb_captioned(name: str, title: str) -> Img:
    """A gallery thumbnail whose ``title`` is a plain sentence: the lightbox caption."""
    return Img(cdn(name, "150x150", "crop"), title, title)


def large_of(thumb_src: str) -> str:
    """The large rendition a gallery thumbnail links to (markup only)."""
    return thumb_src.replace("dimension=150x150:mode=crop", "dimension=1920x1920")


# --- the module model --------------------------------------------------------------------------


@dataclass(frozen=True)
class Li:
    """A list item inside a text module (a body paragraph)."""

    text: str


@dataclass(frozen=True)
class Rows:
    """A table pasted into a text module; each row is a body paragraph, cells joined ' | '."""

    rows: tuple[tuple[str, ...], ...]
    head: bool = True


@dataclass(frozen=True)
class TextMod:
    items: tuple


@dataclass(frozen=True)
class HeaderMod:
    text: str
    level: int = 2


@dataclass(frozen=True)
class ImageMod:
    img: Img


@dataclass(frozen=True)
class TextImgMod:
    img: Img
    items: tuple


@dataclass(frozen=True)
class GalleryMod:
    imgs: tuple[Img, ...]


@dataclass(frozen=True)
class HrMod:
    pass


@dataclass(frozen=True)
class DownloadMod:
    filename: str
    title: str
    size: str


@dataclass
class Post:
    """A blog post: its modules in page order plus what a reader takes from its page."""

    n: int
    day: str
    slug: str
    title: str
    tags: tuple[str, ...]
    modules: list
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None
    comments: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def raw_path(self) -> str:
        return f"/{self.day.replace('-', '/')}/{self.slug}/"

    @property
    def path(self) -> str:
        return enc(self.raw_path)

    @property
    def month(self) -> str:
        return self.day[:7]

    def blocks(self) -> list:
        """Gold-bearing blocks in page order: P for every body paragraph, Img for every photo."""
        out: list = []

        def items(seq: tuple) -> None:
            for item in seq:
                if isinstance(item, P):
                    out.append(item)
                elif isinstance(item, Li):
                    out.append(P(item.text))
                elif isinstance(item, Rows):
                    out.extend(P(" | ".join(row)) for row in item.rows)

        for mod in self.modules:
            if isinstance(mod, TextMod):
                items(mod.items)
            elif isinstance(mod, HeaderMod):
                out.append(P(mod.text))
            elif isinstance(mod, ImageMod):
                out.append(mod.img)
            elif isinstance(mod, TextImgMod):
                out.append(mod.img)
                items(mod.items)
            elif isinstance(mod, GalleryMod):
                out.extend(mod.imgs)
        return out

    def story(self) -> Story:
        return Story(
            id=self.n,
            slug=self.slug,
            title=self.title,
            cat=BLOG_NAME,
            published_at=self.day,
            blocks=self.blocks(),
            authors=self.authors,
            photographers=self.photographers,
            source=self.source,
            summary=self.summary,
        )


def byline(line: str) -> Raw:
    """The editor's right-aligned, bold byline paragraph (not article text)."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


NBSP = Raw("<p>&nbsp;</p>")


def T(*items: object) -> TextMod:
    """A text module of the given items."""
    return TextMod(tuple(items))


# --- the posts (newest first, as the blog lists them) ------------------------------------------

POSTS: list[Post] = [
    Post(
        n=1,
        day="2026-11-20",
        slug="lễ-kỷ-niệm-44-năm-ngày-nhà-giáo-việt-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        tags=("hoạt động",),
        modules=[
            T(
                P(
                    "Sáng ngày 19/11/2026, Trường Tiểu học Hòa Bình long trọng tổ chức Lễ kỷ "
                    "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên "
                    "dương giáo viên, học sinh đạt thành tích trong phong trào thi đua chào "
                    "mừng ngày lễ.",
                    "b",
                )
            ),
            ImageMod(captioned("p1-quang-canh", "Quang cảnh buổi lễ kỷ niệm")),
            T(
                P(
                    "Đến dự buổi lễ có ông Phạm Văn Lực, Phó Chủ tịch UBND xã Hòa Bình; đại "
                    "diện Ban Đại diện Cha mẹ học sinh nhà trường cùng toàn thể cán bộ, giáo "
                    "viên, nhân viên và hơn 600 học sinh."
                ),
                P(
                    "Phát biểu tại buổi lễ, cô Nguyễn Thị Thu Trang, Hiệu trưởng nhà trường, "
                    "ôn lại truyền thống ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi "
                    "bật của tập thể sư phạm trong năm học vừa qua: tỉ lệ học sinh hoàn thành "
                    "chương trình lớp học đạt 99,6%; 12 giáo viên đạt danh hiệu giáo viên dạy "
                    "giỏi cấp huyện; nhà trường được công nhận đạt chuẩn quốc gia mức độ 2.",
                    "nbsp",
                ),
            ),
            ImageMod(
                captioned(
                    "p1-hieu-truong",
                    "Cô Nguyễn Thị Thu Trang, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                )
            ),
            HrMod(),
            HeaderMod("Tuyên dương giáo viên và học sinh tiêu biểu"),
            T(
                P(
                    "Dịp này, nhà trường khen thưởng 8 giáo viên có thành tích xuất sắc trong "
                    "Hội thi giáo viên dạy giỏi cấp trường và 45 học sinh đạt giải trong các "
                    "phong trào thi đua chào mừng ngày 20/11."
                ),
                P(
                    "Các tiết mục văn nghệ do học sinh các khối lớp biểu diễn đã mang đến "
                    "không khí vui tươi, ấm áp, thể hiện lòng biết ơn của các em đối với thầy "
                    "cô giáo."
                ),
                P(
                    "Thay mặt lãnh đạo địa phương, ông Phạm Văn Lực ghi nhận những đóng góp "
                    "của tập thể giáo viên nhà trường, nhất là trong công tác duy trì sĩ số, "
                    "vận động học sinh có hoàn cảnh khó khăn đến trường. Ông đề nghị nhà "
                    "trường tiếp tục đổi mới phương pháp dạy học, quan tâm hơn nữa đến học "
                    "sinh ở các ấp ven biển."
                ),
                P(
                    "Cũng trong buổi lễ, nhiều thế hệ học sinh cũ đã về thăm, tặng hoa chúc "
                    "mừng thầy cô. Các anh chị, nay là bác sĩ, kỹ sư, giáo viên đang công tác "
                    "tại địa phương, xúc động nhắc lại kỷ niệm những năm tháng ngồi dưới mái "
                    "trường."
                ),
            ),
            HeaderMod("Một số hình ảnh của buổi lễ"),
            GalleryMod(
                (
                    thumb_captioned("p1-g1", "Tiết mục múa “Bụi phấn” của học sinh lớp 5A"),
                    thumb_captioned("p1-g2", "Học sinh tặng hoa chúc mừng thầy cô"),
                    thumb("p1-g3", "IMG_20261119_081512.jpg", None),
                    thumb_captioned("p1-g4", "Tập thể giáo viên chụp ảnh lưu niệm"),
                )
            ),
            T(NBSP, byline("Tin và ảnh: Cô Lâm Thị Mỹ Duyên")),
        ],
        authors=["Lâm Thị Mỹ Duyên"],
        photographers=["Lâm Thị Mỹ Duyên"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Tiểu học Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương giáo viên, học sinh "
            "đạt thành tích trong phong trào thi đua chào mừng ngày lễ."
        ),
        comments=[
            (
                "Chị Ngọc Hà (phụ huynh lớp 2A)",
                "2026-11-20 19:42",
                "Chúc thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!",
            ),
            (
                "Trần Văn Bảy",
                "2026-11-21 06:15",
                "Cảm ơn nhà trường đã tổ chức buổi lễ thật ý nghĩa. Cháu về kể rất vui.",
            ),
        ],
    ),
    Post(
        n=2,
        day="2026-11-17",
        slug="thông-báo-nghỉ-học-ngày-20-11",
        title="Thông báo nghỉ học ngày Nhà giáo Việt Nam 20/11",
        tags=("thông báo",),
        modules=[
            T(
                P(
                    "Nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11, nhà trường thông báo học sinh "
                    "toàn trường được nghỉ học ngày thứ Sáu, 20/11/2026."
                ),
                P(
                    "Học sinh đi học lại bình thường vào thứ Hai, ngày 23/11/2026. Kính mong "
                    "quý phụ huynh lưu ý."
                ),
            ),
        ],
    ),
    Post(
        n=3,
        day="2026-11-14",
        slug="hội-thi-vở-sạch-chữ-đẹp",
        title="Hội thi “Vở sạch – Chữ đẹp” cấp trường năm học 2026 – 2027",
        tags=("hoạt động",),
        modules=[
            T(
                P(
                    "Nhằm duy trì và nâng cao chất lượng phong trào “Vở sạch – Chữ đẹp”, rèn "
                    "cho học sinh tính cẩn thận, kiên trì và óc thẩm mỹ, sáng ngày 13/11/2026, "
                    "Trường Tiểu học Hòa Bình tổ chức Hội thi “Vở sạch – Chữ đẹp” cấp trường "
                    "năm học 2026 – 2027."
                ),
                P(
                    "Tham gia hội thi có 70 học sinh từ lớp 1 đến lớp 5, là những em đạt giải "
                    "cao ở vòng thi cấp lớp. Các em thi hai nội dung: viết chữ đẹp theo bài "
                    "chính tả do Ban Giám khảo chọn và trưng bày vở sạch."
                ),
            ),
            ImageMod(captioned("p3-thi-sinh", "Học sinh khối 1 dự thi viết chữ đẹp")),
            TextImgMod(
                captioned("p3-cham-thi", "Ban Giám khảo chấm vở của thí sinh"),
                (
                    P(
                        "Ban Giám khảo gồm các thầy cô là tổ trưởng chuyên môn các khối, chấm bài "
                        "theo các tiêu chí: viết đúng mẫu chữ, đều nét, trình bày sạch đẹp, đúng "
                        "tốc độ quy định."
                    ),
                    P(
                        "Kết quả, hội thi trao 5 giải Nhất, 10 giải Nhì, 15 giải Ba và 20 giải "
                        "Khuyến khích. Những học sinh đạt giải Nhất sẽ được bồi dưỡng để tham gia "
                        "hội thi cấp xã vào tháng 12."
                    ),
                ),
            ),
            ImageMod(photo("p3-trao-giai", "z6012345678901_8f3a1c2b9d7e6f5a4b3c2d1e0f9a8b7c.jpg")),
            T(
                P(
                    "Hội thi là dịp để giáo viên đánh giá lại quá trình rèn chữ, giữ vở của "
                    "học sinh, đồng thời nhân rộng những tấm gương viết chữ đẹp trong toàn "
                    "trường."
                ),
                byline("Người viết: Thầy Nguyễn Văn Tài"),
            ),
        ],
        authors=["Nguyễn Văn Tài"],
    ),
    Post(
        n=4,
        day="2026-11-10",
        slug="ban-đại-diện-cha-mẹ-học-sinh-trao-học-bổng",
        title="Ban Đại diện Cha mẹ học sinh trao 30 suất học bổng “Tiếp bước đến trường”",
        tags=("hoạt động",),
        modules=[
            T(
                P(
                    "Chiều ngày 09/11/2026, Ban Đại diện Cha mẹ học sinh Trường Tiểu học Hòa "
                    "Bình phối hợp với nhà trường tổ chức trao 30 suất học bổng “Tiếp bước đến "
                    "trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.",
                    "nfd",
                ),
                P(
                    "Mỗi suất học bổng gồm 500.000 đồng tiền mặt, 10 quyển tập và một bộ đồ "
                    "dùng học tập. Tổng trị giá các phần quà là 18 triệu đồng, do các mạnh "
                    "thường quân và phụ huynh trong trường đóng góp.",
                    "nfd",
                ),
            ),
            ImageMod(
                captioned(
                    "p4-trao-qua", "Đại diện Ban Đại diện CMHS trao học bổng cho các em học sinh"
                )
            ),
            T(
                P(
                    "Thay mặt các em nhận học bổng, em Thạch Thị Sa Rươne, học sinh lớp 4C, bày "
                    "tỏ lòng biết ơn và hứa sẽ cố gắng học thật giỏi để không phụ lòng thầy "
                    "cô, cha mẹ."
                ),
                NBSP,
                Raw(
                    '<p style="text-align: right;"><em><strong>Ban Đại diện CMHS</strong></em></p>'
                ),
            ),
        ],
        authors=["Ban Đại diện CMHS"],
        comments=[
            (
                "Phụ huynh em Sa Rươne",
                "2026-11-11 20:03",
                "Gia đình em xin cảm ơn Ban Đại diện và nhà trường rất nhiều.",
            ),
        ],
    ),
    Post(
        n=5,
        day="2026-11-05",
        slug="tiết-dạy-minh-họa-chuyên-đề-đọc-mở-rộng-lớp-3",
        title="Tiết dạy minh họa chuyên đề “Đọc mở rộng” môn Tiếng Việt lớp 3",
        tags=("chuyên môn",),
        modules=[
            TextImgMod(
                captioned("p5-tiet-day", "Cô Trần Thị Ngọc Hân hướng dẫn học sinh lớp 3A đọc sách"),
                (
                    P(
                        "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày "
                        "04/11/2026, tổ khối 3 tổ chức tiết dạy minh họa chuyên đề “Đọc mở rộng” "
                        "môn Tiếng Việt tại lớp 3A."
                    ),
                    P(
                        "Tiết dạy do cô Trần Thị Ngọc Hân thực hiện với bài “Đọc mở rộng: Câu "
                        "chuyện về lòng biết ơn”. Học sinh được tự chọn sách ở góc thư viện lớp "
                        "học, đọc theo nhóm và chia sẻ cảm nhận về nhân vật mình yêu thích."
                    ),
                ),
            ),
            HeaderMod("Những điểm nổi bật của tiết dạy"),
            T(
                Li("Học sinh được chủ động chọn sách, đọc và trao đổi theo nhóm."),
                Li(
                    "Giáo viên sử dụng phiếu đọc sách giúp học sinh ghi lại tên sách, tác giả "
                    "và điều em thích nhất."
                ),
                Li("Các nhóm trình bày sáng tạo bằng tranh vẽ, sơ đồ tư duy."),
                P(
                    "Sau tiết dạy, các thầy cô trong tổ đã góp ý, thống nhất cách tổ chức hoạt "
                    "động đọc mở rộng để áp dụng ở tất cả các lớp trong khối."
                ),
                byline("Người viết: Trần Thị Ngọc Hân – Tổ trưởng tổ khối 3"),
            ),
        ],
        authors=["Trần Thị Ngọc Hân"],
    ),
    Post(
        n=6,
        day="2026-10-30",
        slug="ngày-hội-đọc-sách-tại-thư-viện-thân-thiện",
        title="Ngày hội đọc sách tại Thư viện thân thiện",
        tags=("hoạt động",),
        modules=[
            T(
                P(
                    "Hưởng ứng “Tháng hành động vì văn hóa đọc”, ngày 29/10/2026, Thư viện "
                    "Trường Tiểu học Hòa Bình tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày "
                    "một trang sách”.",
                    "b",
                )
            ),
            T(
                P(
                    "Ngày hội gồm nhiều hoạt động hấp dẫn: triển lãm sách mới, thi kể chuyện "
                    "theo sách, vẽ tranh theo nội dung truyện, đố vui về các nhân vật trong "
                    "sách thiếu nhi. Đặc biệt, góc “Đổi sách cũ lấy sách mới” thu hút đông "
                    "đảo học sinh tham gia với gần 400 quyển sách được trao đổi."
                ),
                P(
                    "Nhân dịp này, thư viện đã tiếp nhận 250 quyển sách do phụ huynh và cựu "
                    "học sinh trao tặng, góp phần làm phong phú thêm tủ sách của nhà trường."
                ),
            ),
            GalleryMod(
                (
                    thumb_captioned("p6-g1", "Học sinh đọc sách tại góc thư viện xanh"),
                    thumb_captioned("p6-g2", "Thi kể chuyện theo sách"),
                    thumb("p6-g3", "DSC01234.JPG", None),
                    thumb_captioned("p6-g4", "Góc “Đổi sách cũ lấy sách mới”"),
                    thumb("p6-g5", "", None),
                    thumb_captioned("p6-g6", "Học sinh lớp 2B vẽ tranh theo truyện"),
                )
            ),
            T(byline("Tin: Huỳnh Thị Bích Tuyền – Ảnh: Lê Minh Trí")),
        ],
        authors=["Huỳnh Thị Bích Tuyền"],
        photographers=["Lê Minh Trí"],
        summary=(
            "Hưởng ứng “Tháng hành động vì văn hóa đọc”, ngày 29/10/2026, Thư viện Trường Tiểu "
            "học Hòa Bình tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày một trang sách”."
        ),
    ),
    Post(
        n=7,
        day="2026-10-22",
        slug="kế-hoạch-tổ-chức-hội-khỏe-phù-đổng-cấp-trường",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        tags=("thông báo",),
        modules=[
            T(
                P(
                    "Căn cứ kế hoạch năm học 2026 – 2027, Trường Tiểu học Hòa Bình xây dựng "
                    "kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường như sau:"
                )
            ),
            HeaderMod("1. Mục đích, yêu cầu", 3),
            T(
                Li(
                    "Đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại trong học "
                    "sinh."
                ),
                Li("Tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng cấp xã."),
                Li("Tổ chức an toàn, tiết kiệm, đúng điều lệ."),
            ),
            HeaderMod("2. Thời gian, địa điểm và nội dung thi đấu", 3),
            T(
                Rows(
                    (
                        ("Môn thi", "Khối lớp", "Thời gian", "Địa điểm"),
                        ("Chạy cự ly ngắn 60 m", "3, 4, 5", "Sáng 09/11/2026", "Sân trường"),
                        ("Nhảy dây", "2, 3, 4, 5", "Chiều 09/11/2026", "Sân trường"),
                        ("Cờ vua", "4, 5", "Sáng 10/11/2026", "Phòng đa năng"),
                        ("Kéo co", "1, 2, 3", "Chiều 10/11/2026", "Sân trường"),
                    )
                ),
                P(
                    "Giáo viên chủ nhiệm đăng ký danh sách vận động viên về Tổng phụ trách Đội "
                    "trước ngày 04/11/2026."
                ),
            ),
            DownloadMod(
                "ke-hoach-hkpd-2026-2027.pdf",
                "Kế hoạch Hội khỏe Phù Đổng năm học 2026 – 2027",
                "245.6 KB",
            ),
        ],
    ),
    Post(
        n=8,
        day="2026-10-15",
        slug="kỹ-năng-phòng-tránh-đuối-nước-mùa-nước-nổi",
        title="Những kỹ năng phòng tránh đuối nước trẻ em cần biết trong mùa nước nổi",
        tags=("kỹ năng sống",),
        modules=[
            T(
                P(
                    "Mùa nước nổi ở Đồng bằng sông Cửu Long cũng là thời điểm nguy cơ đuối "
                    "nước ở trẻ em tăng cao. Trang bị cho trẻ những kỹ năng an toàn khi ở gần "
                    "sông nước là việc làm cần thiết của mỗi gia đình và nhà trường.",
                    "b",
                )
            ),
            ImageMod(photo("p8-ao-phao")),
            T(
                P(
                    "Theo thống kê của ngành y tế, đuối nước là một trong những nguyên nhân "
                    "hàng đầu gây tử vong ở trẻ em, nhất là vào mùa mưa lũ và dịp nghỉ hè. "
                    "Phần lớn các trường hợp xảy ra khi trẻ chơi gần ao, mương, sông rạch mà "
                    "không có người lớn trông coi."
                ),
                P("Để phòng tránh đuối nước, cha mẹ và thầy cô cần hướng dẫn trẻ:"),
                Li("Không chơi đùa gần ao, hồ, sông, kênh rạch khi không có người lớn đi cùng."),
                Li("Luôn mặc áo phao khi đi đò, đi ghe, xuồng."),
                Li("Không tự ý đi bơi, tắm sông; chỉ học bơi ở nơi an toàn, có người hướng dẫn."),
                Li(
                    "Khi thấy người bị đuối nước, hô to gọi người lớn giúp đỡ, không tự nhảy "
                    "xuống cứu."
                ),
                P(
                    "Bên cạnh đó, các địa phương cần rào chắn, cắm biển cảnh báo tại những khu "
                    "vực nguy hiểm; các gia đình cần đậy kín lu, khạp chứa nước."
                ),
                Raw('<p style="text-align: right;"><em>Nguồn: Báo Cà Mau</em></p>'),
            ),
        ],
        source="Báo Cà Mau",
        summary=(
            "Mùa nước nổi ở Đồng bằng sông Cửu Long cũng là thời điểm nguy cơ đuối nước ở trẻ em "
            "tăng cao. Trang bị cho trẻ những kỹ năng an toàn khi ở gần sông nước là việc làm cần "
            "thiết của mỗi gia đình và nhà trường."
        ),
    ),
    Post(
        n=9,
        day="2026-10-08",
        slug="kết-quả-khảo-sát-chất-lượng-đầu-năm",
        title="Kết quả khảo sát chất lượng đầu năm học 2026 – 2027",
        tags=("chuyên môn",),
        modules=[
            T(
                P(
                    "Thực hiện kế hoạch chuyên môn, từ ngày 21/9 đến ngày 25/9/2026, nhà trường "
                    "tổ chức khảo sát chất lượng đầu năm môn Tiếng Việt và Toán đối với học "
                    "sinh từ lớp 2 đến lớp 5. Kết quả cụ thể như sau:",
                    "ent",
                ),
                Rows(
                    (
                        ("Khối", "Số học sinh", "Tiếng Việt đạt yêu cầu", "Toán đạt yêu cầu"),
                        ("Khối 2", "128", "121 (94,5%)", "119 (93,0%)"),
                        ("Khối 3", "131", "124 (94,7%)", "122 (93,1%)"),
                        ("Khối 4", "119", "115 (96,6%)", "111 (93,3%)"),
                        ("Khối 5", "124", "121 (97,6%)", "118 (95,2%)"),
                    )
                ),
                P(
                    "Qua kết quả khảo sát, các tổ chuyên môn xây dựng kế hoạch phụ đạo học sinh "
                    "chưa đạt yêu cầu và bồi dưỡng học sinh có năng khiếu ngay từ đầu năm học.",
                    "ent",
                ),
                byline("Người viết: Tổ Chuyên môn"),
            ),
        ],
        authors=["Tổ Chuyên môn"],
    ),
    Post(
        n=10,
        day="2026-10-01",
        slug="thông-báo-họp-cha-mẹ-học-sinh-đầu-năm",
        title="Thông báo họp Cha mẹ học sinh đầu năm học 2026 – 2027",
        tags=("thông báo",),
        modules=[
            T(
                P(
                    "Nhà trường kính mời quý phụ huynh đến dự họp Cha mẹ học sinh đầu năm học "
                    "2026 – 2027:"
                ),
                Li("Thời gian: 7 giờ 30, sáng Chủ nhật, ngày 04/10/2026."),
                Li("Địa điểm: tại phòng học của lớp."),
                P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
                byline("BBT"),
            ),
        ],
    ),
    Post(
        n=11,
        day="2026-09-25",
        slug="vui-tết-trung-thu-thắp-sáng-ước-mơ",
        title="Vui Tết Trung thu – Thắp sáng ước mơ",
        tags=("hoạt động",),
        modules=[
            ImageMod(captioned("p11-ruoc-den", "Học sinh rước đèn quanh sân trường")),
            T(
                P(
                    "Tối ngày 24/9/2026 (nhằm ngày 14 tháng 8 âm lịch), Liên đội Trường Tiểu "
                    "học Hòa Bình tổ chức chương trình “Vui Tết Trung thu – Thắp sáng ước mơ” "
                    "cho hơn 600 học sinh toàn trường."
                ),
                P(
                    "Chương trình gồm các tiết mục văn nghệ, múa lân, thi bày mâm cỗ Trung thu "
                    "giữa các chi đội và rước đèn quanh sân trường. Mâm cỗ của chi đội 5A với "
                    "hình ảnh cánh đồng lúa và con tôm đặc sản quê hương đã đoạt giải Nhất."
                ),
            ),
            ImageMod(captioned("p11-mam-co", "Mâm cỗ Trung thu đoạt giải Nhất của chi đội 5A")),
            T(
                P(
                    "Dịp này, nhà trường trao 50 phần quà Trung thu cho học sinh có hoàn cảnh "
                    "khó khăn. Đêm hội khép lại trong niềm vui, tiếng cười rộn rã của các em."
                ),
                byline("Tin, ảnh: Đoàn Thị Kim Ngân"),
            ),
        ],
        authors=["Đoàn Thị Kim Ngân"],
        photographers=["Đoàn Thị Kim Ngân"],
        comments=[
            (
                "Mẹ bé Bảo Anh lớp 1B",
                "2026-09-26 08:30",
                "Con về khoe được rước đèn vui lắm. Cảm ơn các thầy cô!",
            ),
            ("Lý Thị Hồng", "2026-09-26 21:10", "Mâm cỗ lớp 5A đẹp quá!"),
        ],
    ),
    Post(
        n=12,
        day="2026-09-05",
        slug="lễ-khai-giảng-năm-học-2026-2027",
        title="Trường Tiểu học Hòa Bình long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        tags=("hoạt động",),
        modules=[
            T(
                P(
                    "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò "
                    "Trường Tiểu học Hòa Bình long trọng tổ chức Lễ khai giảng năm học mới "
                    "2026 – 2027 trong không khí vui tươi, phấn khởi.",
                    "b",
                )
            ),
            ImageMod(captioned("p12-chao-co", "Nghi thức chào cờ tại Lễ khai giảng")),
            T(
                P(
                    "Năm học 2026 – 2027, nhà trường có 24 lớp với 652 học sinh, trong đó có "
                    "131 học sinh lớp 1 lần đầu tiên đến trường. Đội ngũ gồm 41 cán bộ, giáo "
                    "viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo."
                ),
                P(
                    "Tại buổi lễ, cô Nguyễn Thị Thu Trang, Hiệu trưởng nhà trường, đọc thư của "
                    "Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng năm học mới, đồng "
                    "thời phát động phong trào thi đua trong toàn trường."
                ),
            ),
            HrMod(),
            HeaderMod("Nhiệm vụ trọng tâm năm học"),
            T(
                Li(
                    "Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp."
                ),
                Li("Duy trì tỉ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%."),
                Li("Xây dựng trường học an toàn, thân thiện, phòng chống bạo lực học đường."),
                Li("Đẩy mạnh chuyển đổi số trong quản lý và dạy học."),
            ),
            ImageMod(
                captioned(
                    "p12-danh-trong",
                    "Ông Phạm Văn Lực, Phó Chủ tịch UBND xã Hòa Bình, đánh trống khai giảng năm "
                    "học mới",
                )
            ),
            T(
                P(
                    "Sau tiếng trống khai trường, học sinh các lớp tham gia chương trình văn "
                    "nghệ chào mừng năm học mới với nhiều tiết mục đặc sắc."
                ),
                byline("Tin: Lâm Thị Mỹ Duyên; Ảnh: Nguyễn Hoàng Phúc"),
            ),
        ],
        authors=["Lâm Thị Mỹ Duyên"],
        photographers=["Nguyễn Hoàng Phúc"],
        summary=(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường Tiểu "
            "học Hòa Bình long trọng tổ chức Lễ khai giảng năm học mới 2026 – 2027 trong không khí "
            "vui tươi, phấn khởi."
        ),
    ),
]

POST_BY_PATH = {p.raw_path: p for p in POSTS}

#: gold: one record per post, read from the posts' hand-written fields (never from the markup)
GOLD = [gold_record(p.story(), p.path, BLOG_NAME) for p in POSTS]

PAGE_PATHS = {
    "intro": "/giới-thiệu/",
    "staff": "/giới-thiệu/đội-ngũ/",
    "timetable": "/thời-khóa-biểu/",
    "gallery": "/thư-viện-ảnh/",
    "contact": "/liên-hệ/",
}

#: real pages a reader can open that are not articles (plain Jimdo pages and Jimdo's own pages)
NON_ARTICLES = [
    enc("/giới-thiệu/"),
    enc("/giới-thiệu/đội-ngũ/"),
    enc("/thời-khóa-biểu/"),
    enc("/thư-viện-ảnh/"),
    enc("/liên-hệ/"),
    "/about/",
    "/j/privacy",
    "/j/cookies",
]

TAGS = ["hoạt động", "thông báo", "chuyên môn", "kỹ năng sống"]


# --- markup helpers ----------------------------------------------------------------------------


def mid(*seed: object) -> int:
    """A Jimdo module/page id (10-11 digits), stable for its seed."""
    digest = hashlib.sha1(repr(seed).encode()).hexdigest()
    return 7_000_000_000 + int(digest[:10], 16) % 3_000_000_000


def tag_link(tag: str, plus: bool = False, page: int = 1) -> str:
    """The tag view's link: the space as %20 (sidebar) or + (the blog's filter line)."""
    value = quote(tag, safe="")
    if plus:
        value = value.replace("%20", "+")
    link = f"{enc(BLOG)}?tag={value}"
    return link + (f"&amp;page={page}" if page > 1 else "")


def para(p: P) -> str:
    body = text(p.text, nfd="nfd" in p.style, entities=2 if "ent" in p.style else 0)
    if "b" in p.style.split():
        body = f"<strong>{body}</strong>"
    if "nbsp" in p.style:
        body += "&nbsp;"
    return f"<p>{body}</p>"


def items_html(items: tuple) -> str:
    out: list[str] = []
    in_list = False
    for item in items:
        if isinstance(item, Li) != in_list:
            out.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        if isinstance(item, Li):
            out.append(f"<li>{text(item.text)}</li>")
        elif isinstance(item, P):
            out.append(para(item))
        elif isinstance(item, Rows):
            rows = []
            for i, row in enumerate(item.rows):
                if i == 0 and item.head:
                    cells = "".join(f"<td><strong>{text(c)}</strong></td>" for c in row)
                else:
                    cells = "".join(f"<td>{text(c)}</td>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1" '
                'cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        elif isinstance(item, Raw):
            out.append(item.html)
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _register(kind: str, module_id: int, data: str) -> str:
    """Jimdo's inline registration blob after a module (script, not text)."""
    return (
        f'<script id="cc-m-reg-{module_id}">// <![CDATA[\n'
        f'\n    window.CCM.loadModule({{"type":"{kind}","id":"{module_id}",'
        f'"selector":"#cc-m-{module_id}","options":{{{data}}}}});\n'
        "// ]]>\n</script>"
    )


def figure(img: Img, module_id: int, align: int = 1, kind: str = "imagesubtitle") -> str:
    srcset = ", ".join(
        f"{img.src.replace('dimension=640x1024', f'dimension={w}x10000')} {w}w"
        for w in (320, 640, 1280)
    )
    caption = (
        f'<figcaption style="width: 640px">{esc(img.printed)}</figcaption>' if img.printed else ""
    )
    return (
        f'<figure class="cc-imagewrapper cc-m-image-align-{align}">\n'
        f'<img srcset="{srcset}" sizes="(min-width: 640px) 640px, 100vw" '
        f'id="cc-m-{kind}-image-{module_id}" src="{img.src}" alt="" class="" '
        f'data-src-width="1600" data-src-height="1200" data-image-id="{module_id + 11}" />'
        f"{caption}\n</figure>"
    )


def module_html(mod: object, module_id: int) -> str:
    head = f'<div id="cc-m-{module_id}" class="j-module n '
    if isinstance(mod, TextMod):
        return f'{head}j-text ">{items_html(mod.items)}</div>'
    if isinstance(mod, HeaderMod):
        return (
            f'{head}j-header "><h{mod.level} class="" id="cc-m-header-{module_id}">'
            f"{text(mod.text)}</h{mod.level}></div>"
        )
    if isinstance(mod, ImageMod):
        return (
            f'{head}j-imageSubtitle ">{figure(mod.img, module_id)}\n<div class="cc-clear"></div>\n'
            + _register("imageSubtitle", module_id, f'"src":"{mod.img.src}","lightbox":false')
            + "</div>"
        )
    if isinstance(mod, TextImgMod):
        return (
            f'{head}j-textWithImage ">{figure(mod.img, module_id, 1, "textwithimage")}\n'
            f'<div>{items_html(mod.items)}</div>\n<div class="cc-clear"></div>\n'
            + _register("textWithImage", module_id, '"float":"left"')
            + "</div>"
        )
    if isinstance(mod, GalleryMod):
        thumbs = []
        for i, img in enumerate(mod.imgs):
            title = esc(img.printed or "")
            thumbs.append(
                f'<div class="thumb_sq1" id="gallery_thumb_{module_id + i + 1}" '
                'style="width:150px; height:150px;"><div>'
                f'<a rel="lightbox[{module_id}]" href="{large_of(img.src)}" '
                f'data-href="{large_of(img.src)}" title="{title}">'
                f'<img src="{img.src}" data-orig-width="1920" data-orig-height="1440" alt="" '
                'style="width:150px; height:150px;" /></a></div></div>'
            )
        return (
            f'{head}j-gallery "><div class="cc-m-gallery-container ccgalerie clearover" '
            f'id="cc-m-gallery-{module_id}">\n'
            + "\n".join(thumbs)
            + '\n<div class="cc-clear"></div></div>\n'
            + _register("gallery", module_id, '"view":"square","lightbox":true')
            + "</div>"
        )
    if isinstance(mod, HrMod):
        return f'{head}j-hr "><hr class="hr" /></div>'
    if isinstance(mod, DownloadMod):
        return (
            f'{head}j-downloadDocument "><div class="cc-m-download-wrapper">'
            '<div class="cc-m-download-file"><div class="cc-m-download-file-link">'
            f'<a class="cc-m-download-link" href="/app/download/{module_id}/{mod.filename}'
            f'?t=1761100000">{esc(mod.filename)}</a></div>'
            f'<div class="cc-m-download-file-info"><span class="cc-m-download-file-name">'
            f'{esc(mod.filename)}</span> <span class="cc-m-download-file-type">Tài liệu Adobe '
            f'Acrobat</span> <span class="cc-m-download-file-size">{mod.size}</span></div>'
            f'<div class="cc-m-download-title">{esc(mod.title)}</div>'
            f'<a class="cc-m-download-button" href="/app/download/{module_id}/{mod.filename}'
            '?t=1761100000">Tải xuống</a></div></div></div>'
        )
    if isinstance(mod, Raw):
        return f'{head}j-htmlCode ">{mod.html}</div>'
    raise TypeError(mod)


def matrix(modules: list, seed: object) -> str:
    body = "\n".join(module_html(m, mid(seed, i)) for i, m in enumerate(modules))
    return f'<div id="cc-matrix-{mid(seed, "matrix")}">\n{body}\n</div>'


# --- the layout --------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/giới-thiệu/", [("Đội ngũ", "/giới-thiệu/đội-ngũ/")]),
    (BLOG_NAME, BLOG, []),
    ("Thời khóa biểu", "/thời-khóa-biểu/", []),
    ("Thư viện ảnh", "/thư-viện-ảnh/", []),
    ("Liên hệ", "/liên-hệ/", []),
]

BODY_CLASSES = (
    "j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles "
    "j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles "
    "j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles "
    "j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles "
    "j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles "
    "j-m-sharebuttons-styles j-m-formnew-styles j-m-spacing-styles j-m-search-styles "
    "j-footer-styles cc-pagemode-default cc-content-parent"
)

COOKIE_TEXT = (
    "Trang này sử dụng cookie. Một số cookie là cần thiết để trang web hoạt động và không thể tắt. "
    "Các cookie khác giúp chúng tôi cải thiện trang web bằng cách thu thập thông tin thống kê về "
    "cách khách truy cập sử dụng trang, hoặc hiển thị nội dung từ các nền tảng bên ngoài như "
    "bản đồ và video. Bạn có thể chấp nhận tất cả cookie, từ chối các cookie không cần thiết "
    "hoặc chọn từng loại cookie mà bạn cho phép. Lựa chọn của bạn được lưu trong một năm và có "
    "thể thay đổi bất cứ lúc nào qua liên kết “Cài đặt cookie” ở cuối mỗi trang. Thông tin chi "
    "tiết về các cookie được sử dụng, mục đích và thời hạn lưu trữ có trong Chính sách cookie và "
    "Chính sách quyền riêng tư của trang web."
)


def nav_html(current: str) -> str:
    out = ['<ul class="cc-nav-level-0 j-nav-level-0">']
    for i, (label, path, children) in enumerate(NAV):
        here = path == current
        li_cls = f"jmd-nav__list-item-0{' cc-nav-current j-nav-current jmd-nav__item--current' if here else ''}"
        a_cls = (
            "cc-nav-current j-nav-current jmd-nav__link--current"
            if here
            else "cc-nav-view j-nav-view"
        )
        sub = ""
        if children:
            sub_items = []
            for clabel, cpath in children:
                chere = cpath == current
                ccls = "cc-nav-current j-nav-current" if chere else "cc-nav-view j-nav-view"
                sub_items.append(
                    f'<li id="cc-nav-view-{mid("nav", cpath)}" class="jmd-nav__list-item-1">'
                    f'<a href="{cpath}" class="{ccls}" data-link-title="{clabel}">{clabel}</a></li>'
                )
            sub = '<ul class="cc-nav-level-1 j-nav-level-1">' + "".join(sub_items) + "</ul>"
        out.append(
            f'<li id="cc-nav-view-{mid("nav", i)}" class="{li_cls}"><a href="{path}" '
            f'class="{a_cls}" data-link-title="{label}">{label}</a>{sub}</li>'
        )
    out.append("</ul>")
    return "\n".join(out)


def sidebar_html() -> str:
    latest = "\n".join(
        f'<li><a href="{p.path}">{esc(p.title)}</a><br /><span class="j-blog-selection-date">'
        f"{date_words(p.day)}</span></li>"
        for p in POSTS[:3]
    )
    months = sorted({p.month for p in POSTS}, reverse=True)
    archive = "\n".join(
        f'<li><a href="{enc(BLOG)}?archive={m}">{MONTHS[int(m[5:]) - 1]} {m[:4]}</a> '
        f"({sum(p.month == m for p in POSTS)})</li>"
        for m in months
    )
    tags = " &middot; ".join(
        f'<a href="{tag_link(t)}">{esc(t)}</a> ({sum(t in p.tags for p in POSTS)})' for t in TAGS
    )
    return f"""<div id="cc-matrix-{mid("sidebar")}">
<div id="cc-m-{mid("sb", 1)}" class="j-module n j-htmlCode "><div class="dongho">Hôm nay: {TODAY}</div></div>
<div id="cc-m-{mid("sb", 2)}" class="j-module n j-header "><h2 class="">Tin mới</h2></div>
<div id="cc-m-{mid("sb", 3)}" class="j-module n j-blogSelection "><ul class="j-blog-selection-list">
{latest}
</ul></div>
<div id="cc-m-{mid("sb", 4)}" class="j-module n j-header "><h2 class="">Liên hệ</h2></div>
<div id="cc-m-{mid("sb", 5)}" class="j-module n j-text "><p><strong>{SCHOOL}</strong><br />
Địa chỉ: Ấp Thị Trấn A, xã Hòa Bình, tỉnh Cà Mau<br />
Điện thoại: 0291 3880 123<br />
Email: <a href="mailto:c1hoabinh@camau.edu.vn">c1hoabinh@camau.edu.vn</a></p></div>
<div id="cc-m-{mid("sb", 6)}" class="j-module n j-header "><h2 class="">Lượt truy cập</h2></div>
<div id="cc-m-{mid("sb", 7)}" class="j-module n j-htmlCode "><p>Tổng lượt truy cập:</p>
<a href="https://www.freecounterstat.com" title="web counter"><img src="https://counter6.optistats.ovh/private/freecounterstat.php?c=kx8b2nq4u5d7wz1pa3e9rm6ty0cfhgls" border="0" title="web counter" alt="web counter" /></a></div>
<div id="cc-m-{mid("sb", 8)}" class="j-module n j-header "><h2 class="">Lưu trữ</h2></div>
<div id="cc-m-{mid("sb", 9)}" class="j-module n j-text "><ul>
{archive}
</ul></div>
<div id="cc-m-{mid("sb", 10)}" class="j-module n j-header "><h2 class="">Chủ đề</h2></div>
<div id="cc-m-{mid("sb", 11)}" class="j-module n j-text "><p>{tags}</p></div>
<div id="cc-m-{mid("sb", 12)}" class="j-module n j-header "><h2 class="">Liên kết website</h2></div>
<div id="cc-m-{mid("sb", 13)}" class="j-module n j-text "><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.camau.gov.vn" target="_blank">Sở Giáo dục và Đào tạo Cà Mau</a></li>
<li><a href="https://camau.gov.vn" target="_blank">Cổng Thông tin điện tử tỉnh Cà Mau</a></li>
<li><a href="https://violympic.vn" target="_blank">Violympic – Giải toán qua mạng</a></li>
</ul></div>
</div>"""


def layout(
    *,
    title: str,
    content: str,
    current: str,
    page_id: int,
    canonical: str,
    description: str = "",
    page_class: str = "cc-page",
    og_extra: str = "",
) -> str:
    """A whole Jimdo Creator page around ``content`` (the content area's markup)."""
    login = (
        "https://account.e.jimdo.com/vi/accounts/login?continue="
        "https%3A%2F%2Fthphoabinh.edu.vn%2Fapp%2Fauth%2Fsignin%2Fjumpcms%2F"
    )
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="robots" content="index, follow, archive" />
<meta name="generator" content="Jimdo Creator" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="canonical" href="{canonical}" />
<meta property="og:site_name" content="{SCHOOL}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{canonical}" />
{og_extra}
<link rel="shortcut icon" href="https://u.jimcdn.com/cms/o/{SITE_PATH}/img/favicon.png?t=1693401234" />
<link href="https://u.jimcdn.com/cms/o/{SITE_PATH}/layout/dm_5f2c8a7e/css/layout.css?t=1761012345" rel="stylesheet" type="text/css" id="jimdo_layout_css" />
<script>var jimdoData = {{"isTestserver":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"3f7a1c9e2b","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","cmsLanguage":"vi_VN","isFreePackage":false,"mobile":false,"websiteId":"{SITE_PATH}","pageId":{page_id},"packageId":2,"tr":{{"gmap":{{"directionsTitle":"Chỉ đường"}},"cookieNotice":{{"accept":"Chấp nhận"}}}}}};</script>
</head>
<body class="body {page_class} {BODY_CLASSES}" id="page-{page_id}">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
<header class="jtpl-header">
<div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1"><a href="/"><img src="{CDN}/dimension=120x10000:format=png/path/{SITE_PATH}/image/i0a1b2c3d4e5f6a7b/version/1693401234/image.png" alt="Logo {SCHOOL}" /></a></figure></div></div></div>
<div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element"><div class="j-module n j-header "><a href="/"><span class="cc-within-single-module-element j-website-title-content">{SCHOOL}</span></a></div></div>
<p class="jtpl-subtitle">Xã Hòa Bình – Tỉnh Cà Mau</p></div>
</header>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested">
{nav_html(current)}
</div></div></nav>
<div class="jtpl-section cc-content-parent">
<div class="jtpl-content content-options cc-content-parent">
<div id="content_area" data-container="content"><div id="content_start"></div>
{content}
</div>
</div>
<aside class="jtpl-sidebar"><div data-container="sidebar">
{sidebar_html()}
</div></aside>
</div>
<footer class="jtpl-footer"><div id="contentfooter" data-container="footer">
<div class="leftrow"><a rel="nofollow" href="javascript:window.print();"><span class="print-link"></span>Bản in</a> <span class="footer-separator">|</span> <a href="/about/" title="Sơ đồ trang web">Sơ đồ trang web</a> <span class="footer-separator">|</span> <a href="/j/privacy" rel="nofollow">Chính sách quyền riêng tư</a> <span class="footer-separator">|</span> <a href="/j/cookies" rel="nofollow">Chính sách cookie</a> <span class="footer-separator">|</span> <a href="#" class="cc-cookie-settings" rel="nofollow">Cài đặt cookie</a></div>
<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="{login}">Đăng nhập</a></span> <span class="footer-separator">|</span> <a rel="nofollow" class="cc-edit-link" href="/app/auth/signin/jumpcms/?page={page_id}">Sửa trang</a></div>
<p class="jtpl-copyright">© 2026 {SCHOOL} · Bản quyền thuộc về nhà trường · Thiết kế với Jimdo</p>
</div></footer>
</div>
</div>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" style="display: none" data-nosnippet="true">
<div class="cc-cookie-banner"><p>{COOKIE_TEXT}</p>
<p><a href="/j/cookies">Chính sách cookie</a> · <a href="/j/privacy">Chính sách quyền riêng tư</a></p>
<button class="cc-cookie-accept">Chấp nhận tất cả</button> <button class="cc-cookie-decline">Từ chối</button> <button class="cc-cookie-custom">Tùy chỉnh</button></div>
</div>
<script src="https://assets.jimstatic.com/ckies.js.7c8b3a2e1d.js"></script>
<script src="https://assets.jimstatic.com/cmsp.js.e4d2f1a9c3.js"></script>
</body>
</html>"""


# --- blog posts and listings -------------------------------------------------------------------


def time_tag(day: str) -> str:
    return f'<time class="datetime" datetime="{day}">{date_words(day)}</time>'


def comments_html(post: Post) -> str:
    if post.comments:
        entries = []
        for i, (name, when, body) in enumerate(post.comments):
            day, clock = when.split()
            entries.append(
                f'<li id="commentEntry{mid(post.n, "c", i)}" class="commentstd clearover">'
                f'<div class="com-meta"><strong>{esc(name)}</strong> '
                f'<em class="com-date">({date_words(day, clock)})</em></div>'
                f'<div class="com-text"><p>{esc(body)}</p></div></li>'
            )
        listing = '<ul class="com-list">' + "\n".join(entries) + "</ul>"
    else:
        listing = '<p class="com-list-noitems">Chưa có bình luận nào.</p>'
    form_id = mid(post.n, "comments")
    return f"""<div id="cc-m-{form_id}" class="j-module n j-comment ">
<div class="com-list-container">{listing}</div>
<div class="com-form-container"><h3 class="com-form-title">Viết bình luận</h3>
<form action="/app/module/comment/add/{form_id}/" method="post" class="com-form" id="commentForm{form_id}">
<p><label for="commentname{form_id}">Tên *</label><input type="text" name="name" id="commentname{form_id}" /></p>
<p><label for="commentemail{form_id}">Email (không công khai)</label><input type="email" name="email" id="commentemail{form_id}" /></p>
<p><label for="commenturl{form_id}">Trang web</label><input type="url" name="url" id="commenturl{form_id}" /></p>
<p><label for="commenttext{form_id}">Bình luận *</label><textarea name="text" id="commenttext{form_id}" rows="5"></textarea></p>
<p><input type="checkbox" name="dsgvo" id="commentdsgvo{form_id}" /> <label for="commentdsgvo{form_id}">Tôi đồng ý để trang web lưu tên, email và nội dung bình luận của tôi theo <a href="/j/privacy">Chính sách quyền riêng tư</a>.</label></p>
<p><input type="submit" class="submit" value="Gửi bình luận" /></p>
</form></div>
</div>"""


def share_html(post: Post) -> str:
    canon = quote(DOMAIN + post.path, safe="")
    return (
        f'<div id="cc-m-{mid(post.n, "share")}" class="j-module n j-sharebuttons ">'
        '<div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored '
        'cc-sharebuttons-design-round cc-sharebuttons-align-left">'
        f'<a class="cc-sharebuttons-facebook" href="http://www.facebook.com/sharer.php?u={canon}'
        f'&amp;t={quote(post.title)}" title="Facebook" target="_blank" rel="noopener"></a>'
        f'<a class="cc-sharebuttons-zalo" href="https://sp.zalo.me/share_inline?u={canon}" '
        'title="Zalo" target="_blank" rel="noopener"></a></div></div>'
    )


def post_nav(post: Post) -> str:
    i = POSTS.index(post)
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    newer = POSTS[i - 1] if i > 0 else None
    prev = (
        f'<a href="{older.raw_path}" class="j-blog-post--prev">« Bài trước</a>'
        if older
        else '<span class="j-blog-post--prev">« Bài trước</span>'
    )
    nxt = (
        f'<a href="{newer.raw_path}" class="j-blog-post--next">Bài sau »</a>'
        if newer
        else '<span class="j-blog-post--next">Bài sau »</span>'
    )
    return f'<div class="n j-blog-post--nav">{prev} | {nxt}</div>'


def post_page(post: Post) -> str:
    canonical = DOMAIN + post.path
    first_img = next((b.src for b in post.blocks() if isinstance(b, Img)), None)
    og = '<meta property="og:type" content="article" />'
    if first_img:
        og += f'\n<meta property="og:image" content="{first_img}" />'
    content = f"""<div class="j-blog-meta-wrapper">
<div class="n j-blog-header j-blog-post--header">
<h1 class="j-blog-headline j-blog-post--headline">{text(post.title)}</h1>
<div class="j-blog-meta j-blog-post--date">{time_tag(post.day)}</div>
</div>
<div class="post j-blog-content">
{matrix(post.modules, ("post", post.n))}
</div>
{comments_html(post)}
{share_html(post)}
{post_nav(post)}
</div>"""
    return layout(
        title=f"{post.title} - {SCHOOL}",
        content=content,
        current=BLOG,
        page_id=mid("page", post.n),
        canonical=canonical,
        description=collapse_teaser(post)[:160],
        page_class="cc-page cc-page-blog j-blog-post",
        og_extra=og,
    )


def first_text(post: Post) -> tuple:
    """The items of the post's first text (or text-with-image) module: the listing's teaser."""
    for mod in post.modules:
        if isinstance(mod, TextMod | TextImgMod):
            return mod.items
    return ()


def collapse_teaser(post: Post) -> str:
    texts = [i.text for i in first_text(post) if isinstance(i, P | Li)]
    return re.sub(r"\s+", " ", " ".join(texts)).strip()


def teaser(post: Post) -> str:
    href = post.path
    return f"""<div class="j-blogarticle">
<h2 class="j-blog-headline"><a href="{href}">{text(post.title)}</a></h2>
<div class="j-blog-meta">{time_tag(post.day)}</div>
<div class="j-blog-teaser">{items_html(first_text(post))}</div>
<p><a class="blogreadmore" href="{post.raw_path}">Đọc thêm</a></p>
</div>"""


def blog_page(params: dict[str, str]) -> Response:
    tag = params.get("tag")
    archive = params.get("archive")
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    posts = POSTS
    heading = ""
    base = enc(BLOG) + "?"
    if tag is not None:
        posts = [p for p in POSTS if tag in p.tags]
        heading = (
            f'<p class="j-blog-filter-title">Bài viết thuộc chủ đề: <strong>{esc(tag)}</strong></p>'
        )
        base = tag_link(tag).replace("&amp;", "&") + "&amp;"
    elif archive is not None:
        posts = [p for p in POSTS if p.month == archive]
        if re.fullmatch(r"\d{4}-\d{2}", archive) and 1 <= int(archive[5:]) <= 12:
            label = f"{MONTHS[int(archive[5:]) - 1]} {archive[:4]}"
        else:
            label = esc(archive)
        heading = f'<p class="j-blog-filter-title">Lưu trữ: <strong>{label}</strong></p>'
        base = f"{enc(BLOG)}?archive={quote(archive)}&amp;"
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    pages = max(1, -(-len(posts) // PER_PAGE))
    pager = []
    if page < pages:
        pager.append(
            f'<a class="j-blog-pagination-older" href="{base}page={page + 1}">« Bài cũ hơn</a>'
        )
    if page > 1:
        newer = (
            f"{BLOG}?page={page - 1}"
            if tag is None and archive is None
            else f"{base}page={page - 1}"
        )
        pager.append(f'<a class="j-blog-pagination-newer" href="{newer}">Bài mới hơn »</a>')
    filters = " · ".join(
        [f'<a href="{BLOG}">Tất cả</a>']
        + [f'<a href="{tag_link(t, plus=True)}">{esc(t)}</a>' for t in TAGS]
    )
    teasers = (
        "\n".join(teaser(p) for p in shown) or '<p class="j-blog-empty">Không có bài viết nào.</p>'
    )
    content = f"""<div id="cc-matrix-{mid("blog")}">
<div id="cc-m-{mid("blog", 1)}" class="j-module n j-header "><h1 class="">{BLOG_NAME}</h1></div>
<div id="cc-m-{mid("blog", 2)}" class="j-module n j-text "><p>Tin tức, thông báo và hoạt động của thầy và trò {SCHOOL}.</p></div>
<div id="cc-m-{mid("blog", 3)}" class="j-module n j-blog ">
<p class="j-blog-filter">Chủ đề: {filters}</p>
{heading}
{teasers}
<div class="j-blog-pagination">{" ".join(pager)}</div>
</div>
</div>"""
    title = f"{BLOG_NAME} - {SCHOOL}"
    return html(
        layout(
            title=title,
            content=content,
            current=BLOG,
            page_id=mid("page", "blog"),
            canonical=DOMAIN + enc(BLOG),
            description="Tin tức, thông báo và hoạt động của nhà trường.",
            page_class="cc-page cc-page-blog",
        )
    )


# --- plain pages ---------------------------------------------------------------------------------


def home_page() -> str:
    latest = "\n".join(
        f"""<div class="j-blogarticle">
<h2 class="j-blog-headline"><a href="{p.path}">{text(p.title)}</a></h2>
<div class="j-blog-meta">{time_tag(p.day)}</div>
<div class="j-blog-teaser">{items_html(first_text(p))}</div>
<p><a class="blogreadmore" href="{p.path}">Đọc thêm</a></p>
</div>"""
        for p in POSTS[:3]
    )
    modules = [
        HeaderMod("Chào mừng quý phụ huynh và các em học sinh!", 1),
        ImageMod(photo("home-toan-canh", "Toàn cảnh Trường Tiểu học Hòa Bình")),
        T(
            P(
                "Trường Tiểu học Hòa Bình được công nhận đạt chuẩn quốc gia mức độ 2. Năm học "
                "2026 – 2027 trường có 24 lớp, 652 học sinh và 41 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Trang web là nơi nhà trường cập nhật thông báo, kế hoạch và hoạt động dạy "
                "học, giúp quý phụ huynh theo dõi và đồng hành cùng con em."
            ),
        ),
        HrMod(),
        HeaderMod("Tin mới"),
    ]
    content = (
        matrix(modules, "home")
        + f'\n<div id="cc-m-{mid("home", "blog")}" class="j-module n j-blogSelection ">\n'
        + latest
        + f'\n<p><a href="{enc(BLOG)}">Xem tất cả tin tức »</a></p></div>'
    )
    return layout(
        title=f"{SCHOOL} - Trang chủ",
        content=content,
        current="/",
        page_id=mid("page", "home"),
        canonical=DOMAIN + "/",
        description="Trang thông tin của Trường Tiểu học Hòa Bình, xã Hòa Bình, tỉnh Cà Mau.",
    )


INTRO = [
    HeaderMod("Giới thiệu về nhà trường", 1),
    ImageMod(photo("intro-cong-truong", "Cổng Trường Tiểu học Hòa Bình")),
    T(
        P(
            "Trường Tiểu học Hòa Bình được thành lập ngày 15 tháng 8 năm 1976 trên cơ sở "
            "tách ra từ Trường Phổ thông cấp 1 – 2 Hòa Bình. Trải qua gần 50 năm xây dựng và "
            "phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh và nhân dân trong "
            "xã, nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc."
        ),
        P(
            "Năm 2014, trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2024 được công "
            "nhận lại và nâng lên mức độ 2. Từ ngày 01/7/2025, sau khi sắp xếp đơn vị hành "
            "chính, trường trực thuộc Ủy ban nhân dân xã Hòa Bình, tỉnh Cà Mau."
        ),
    ),
    HeaderMod("Cơ sở vật chất"),
    T(
        P(
            "Trường có 2 điểm trường với tổng diện tích 12.500 m², gồm 24 phòng học, phòng "
            "tin học, phòng tiếng Anh, thư viện đạt chuẩn, phòng đa năng và sân chơi có cây "
            "xanh bóng mát. 100% phòng học được trang bị ti vi thông minh phục vụ dạy học."
        )
    ),
    HeaderMod("Thành tích nổi bật"),
    T(
        Li("Bằng khen của Thủ tướng Chính phủ năm 2016."),
        Li("Cờ thi đua của Ủy ban nhân dân tỉnh các năm học 2019 – 2020 và 2023 – 2024."),
        Li("Nhiều năm liền có học sinh đạt giải cấp tỉnh trong Hội thi Trạng nguyên Tiếng Việt."),
    ),
    HeaderMod("Sứ mệnh và tầm nhìn"),
    T(
        P(
            "Xây dựng môi trường học tập thân thiện, an toàn, nơi mỗi học sinh được yêu "
            "thương, tôn trọng và phát triển toàn diện về đức, trí, thể, mỹ; phấn đấu đến năm "
            "2030 là một trong những trường tiểu học có chất lượng giáo dục hàng đầu của tỉnh."
        )
    ),
]

STAFF = [
    HeaderMod("Đội ngũ cán bộ, giáo viên, nhân viên", 1),
    T(
        P(
            "Năm học 2026 – 2027, nhà trường có 41 cán bộ, giáo viên, nhân viên, trong đó 34 "
            "giáo viên có trình độ đại học trở lên."
        )
    ),
    HeaderMod("Ban Giám hiệu"),
    ImageMod(photo("staff-hieu-truong", "Cô Nguyễn Thị Thu Trang – Hiệu trưởng")),
    T(
        Rows(
            (
                ("Họ và tên", "Chức vụ", "Điện thoại"),
                ("Nguyễn Thị Thu Trang", "Hiệu trưởng", "0918 123 456"),
                ("Nguyễn Văn Tài", "Phó Hiệu trưởng", "0919 234 567"),
                ("Lâm Thị Mỹ Duyên", "Phó Hiệu trưởng", "0945 345 678"),
            )
        )
    ),
    HeaderMod("Tổ trưởng chuyên môn"),
    T(
        Li("Tổ khối 1: cô Võ Thị Bé Ba"),
        Li("Tổ khối 2: cô Phan Thị Kiều Oanh"),
        Li("Tổ khối 3: cô Trần Thị Ngọc Hân"),
        Li("Tổ khối 4 – 5: thầy Dương Quốc Khởi"),
        Li("Tổ Văn phòng: cô Huỳnh Thị Bích Tuyền"),
    ),
]

_PERIODS = [
    ("Tiết 1 (7g00)", "Chào cờ", "Tiếng Việt", "Toán", "Tiếng Việt", "Toán"),
    ("Tiết 2 (7g40)", "Tiếng Việt", "Tiếng Việt", "Tiếng Việt", "Toán", "Tiếng Việt"),
    ("Tiết 3 (8g35)", "Toán", "Tiếng Anh", "Đạo đức", "Tiếng Anh", "Khoa học"),
    ("Tiết 4 (9g15)", "Lịch sử và Địa lí", "Tin học", "Khoa học", "Âm nhạc", "Sinh hoạt lớp"),
]

TIMETABLE = [
    HeaderMod("Thời khóa biểu học kỳ I – Năm học 2026 – 2027", 1),
    T(P("Áp dụng từ ngày 07/9/2026. Thời khóa biểu buổi sáng, khối 5:")),
    T(Rows((("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"), *_PERIODS))),
    T(
        P(
            "Buổi chiều học sinh học các môn Giáo dục thể chất, Mĩ thuật, Hoạt động trải "
            "nghiệm và củng cố kiến thức. Thời khóa biểu các khối khác xem trong tệp đính kèm."
        )
    ),
    DownloadMod("tkb-hk1-2026-2027.xlsx", "Thời khóa biểu toàn trường học kỳ I", "38.2 KB"),
]

GALLERY_PAGE = [
    HeaderMod("Thư viện ảnh", 1),
    T(P("Hình ảnh hoạt động của thầy và trò nhà trường. Nhấn vào ảnh để xem ảnh lớn.")),
    HeaderMod("Lễ khai giảng năm học 2026 – 2027"),
    GalleryMod(tuple(thumb(f"album-kg-{i}", f"Lễ khai giảng – ảnh {i}") for i in range(1, 7))),
    HeaderMod("Vui Tết Trung thu 2026"),
    GalleryMod(tuple(thumb(f"album-tt-{i}", f"Trung thu 2026 – ảnh {i}") for i in range(1, 5))),
    HeaderMod("Hội thi “Vở sạch – Chữ đẹp”"),
    GalleryMod(tuple(thumb(f"album-vs-{i}", f"IMG_{2026111300 + i}.jpg") for i in range(1, 6))),
]

CONTACT = [
    HeaderMod("Liên hệ", 1),
    T(
        P(
            "Mọi ý kiến đóng góp, thắc mắc của quý phụ huynh xin gửi về nhà trường theo mẫu "
            "dưới đây hoặc liên hệ văn phòng trường trong giờ hành chính."
        )
    ),
    Raw(
        '<form action="/app/module/webform/send/" method="post" class="j-formnew">'
        '<p><label>Họ và tên *</label><input type="text" name="name" /></p>'
        '<p><label>Email *</label><input type="email" name="email" /></p>'
        '<p><label>Nội dung *</label><textarea name="message" rows="6"></textarea></p>'
        '<p><input type="submit" value="Gửi" /></p></form>'
    ),
    Raw(
        '<iframe src="https://maps.google.com/maps?q=Tr%C6%B0%E1%BB%9Dng+Ti%E1%BB%83u+h%E1%BB%8Dc'
        '+H%C3%B2a+B%C3%ACnh+C%C3%A0+Mau&amp;output=embed" width="100%" height="320" '
        'style="border:0" loading="lazy"></iframe>'
    ),
]

PLAIN_PAGES = {
    "/giới-thiệu/": ("Giới thiệu", INTRO, "/giới-thiệu/"),
    "/giới-thiệu/đội-ngũ/": ("Đội ngũ", STAFF, "/giới-thiệu/đội-ngũ/"),
    "/thời-khóa-biểu/": ("Thời khóa biểu", TIMETABLE, "/thời-khóa-biểu/"),
    "/thư-viện-ảnh/": ("Thư viện ảnh", GALLERY_PAGE, "/thư-viện-ảnh/"),
    "/liên-hệ/": ("Liên hệ", CONTACT, "/liên-hệ/"),
}


def plain_page(path: str) -> str:
    name, modules, current = PLAIN_PAGES[path]
    return layout(
        title=f"{name} - {SCHOOL}",
        content=matrix(modules, path),
        current=current,
        page_id=mid("page", path),
        canonical=DOMAIN + enc(path),
    )


# --- Jimdo's own pages -------------------------------------------------------------------------

PRIVACY = """\
# Chính sách quyền riêng tư
## 1. Thông tin chung
Chúng tôi rất coi trọng việc bảo vệ dữ liệu cá nhân của bạn. Chính sách này giải thích loại dữ liệu nào được thu thập khi bạn truy cập trang web này, dữ liệu được sử dụng cho mục đích gì và bạn có những quyền gì đối với dữ liệu của mình.
Trang web này được tạo bằng Jimdo. Jimdo GmbH, Stresemannstraße 375, 22761 Hamburg, Đức, xử lý dữ liệu thay mặt chủ sở hữu trang web theo hợp đồng xử lý dữ liệu.
## 2. Dữ liệu được thu thập khi truy cập
Mỗi lần trang được truy cập, máy chủ tự động ghi lại các thông tin mà trình duyệt gửi đến: địa chỉ IP rút gọn, ngày và giờ truy cập, trang được yêu cầu, trang giới thiệu, loại trình duyệt và hệ điều hành. Các dữ liệu này chỉ được dùng để bảo đảm vận hành ổn định và an toàn của trang web và được xóa sau tối đa 30 ngày.
Dữ liệu không được kết hợp với các nguồn dữ liệu khác và không được dùng để nhận diện cá nhân người truy cập.
## 3. Bình luận và biểu mẫu liên hệ
Khi bạn viết bình luận hoặc gửi biểu mẫu liên hệ, tên, địa chỉ email và nội dung bạn nhập sẽ được lưu để xử lý yêu cầu và hiển thị bình luận. Địa chỉ email không bao giờ được công khai. Bạn có thể yêu cầu xóa bình luận của mình bất cứ lúc nào.
## 4. Cookie và dịch vụ bên ngoài
Trang web sử dụng cookie cần thiết cho hoạt động kỹ thuật và, khi bạn đồng ý, cookie thống kê và cookie của các dịch vụ bên ngoài như bản đồ hoặc nút chia sẻ mạng xã hội. Chi tiết xem tại Chính sách cookie.
## 5. Quyền của bạn
Bạn có quyền yêu cầu cung cấp thông tin, chỉnh sửa, xóa, hạn chế xử lý dữ liệu, phản đối việc xử lý và quyền chuyển dữ liệu. Bạn cũng có quyền khiếu nại đến cơ quan có thẩm quyền về bảo vệ dữ liệu.
Mọi yêu cầu liên quan đến dữ liệu cá nhân xin gửi về địa chỉ email của nhà trường ghi ở mục Liên hệ.
"""

COOKIES = """\
# Chính sách cookie
## Cookie là gì?
Cookie là các tệp văn bản nhỏ được trình duyệt lưu trên thiết bị của bạn khi bạn truy cập một trang web. Cookie giúp trang web ghi nhớ các lựa chọn của bạn và cung cấp các chức năng cơ bản.
Bạn có thể xóa hoặc chặn cookie trong phần cài đặt của trình duyệt; khi đó một số chức năng của trang có thể không hoạt động đúng.
## Các cookie được sử dụng trên trang này
ckies_cookielaw – Jimdo – lưu lựa chọn cookie của bạn – thời hạn 1 năm.
ckies_functional – Jimdo – cookie chức năng – thời hạn 1 năm.
ckies_performance – Jimdo – thống kê truy cập ẩn danh – thời hạn 1 năm.
ckies_marketing – Jimdo – cookie của dịch vụ bên ngoài – thời hạn 1 năm.
"""


def legal_page(source: str, title: str, path: str) -> str:
    """A Jimdo legal page: ``source`` has one heading ("# ", "## ") or paragraph a line."""
    modules: list = []
    paragraphs: list[P] = []
    for line in source.splitlines():
        if line.startswith("#"):
            if paragraphs:
                modules.append(TextMod(tuple(paragraphs)))
                paragraphs = []
            marks, _, heading = line.partition(" ")
            modules.append(HeaderMod(heading, len(marks)))
        elif line.strip():
            paragraphs.append(P(line))
    if paragraphs:
        modules.append(TextMod(tuple(paragraphs)))
    return layout(
        title=f"{title} - {SCHOOL}",
        content=matrix(modules, path),
        current=path,
        page_id=mid("page", path),
        canonical=DOMAIN + path,
    )


def sitemap_page() -> str:
    """Jimdo's /about/: every page, and the blog's posts under it (raw UTF-8 links)."""
    rows = []
    for label, path, children in NAV:
        sub = ""
        if children:
            sub = (
                "<ul>"
                + "".join(f'<li><a href="{c}">{esc(n)}</a></li>' for n, c in children)
                + "</ul>"
            )
        if path == BLOG:
            sub = (
                "<ul>"
                + "".join(f'<li><a href="{p.raw_path}">{text(p.title)}</a></li>' for p in POSTS)
                + "</ul>"
            )
        rows.append(f'<li><a href="{path}">{esc(label)}</a>{sub}</li>')
    content = (
        '<div id="cc-sitemap"><h1>Sơ đồ trang web</h1>\n<ul class="cc-sitemap-level-0">'
        + "\n".join(rows)
        + "</ul></div>"
    )
    return layout(
        title=f"Sơ đồ trang web - {SCHOOL}",
        content=content,
        current="/about/",
        page_id=mid("page", "about"),
        canonical=DOMAIN + "/about/",
    )


FORBIDDEN = """<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>403 Forbidden</title></head>
<body><h1>403 Forbidden</h1><p>Bạn không có quyền truy cập trang này.</p>
<p><a href="https://www.jimdo.com/">Jimdo</a></p></body></html>"""

ROBOTS = "User-agent: *\nDisallow: /app/\n"


# --- the server ----------------------------------------------------------------------------------

_POST_PATH = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)(/?)$")


def _fix(raw: str) -> str:
    """A request target as text: a raw UTF-8 request line arrives read as latin-1."""
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw


def decode_path(raw: str) -> str:
    """'/tin-t%E1%BB%A9c/', '/tin-tức/' and its latin-1 reading all give '/tin-tức/' (NFC)."""
    return unicodedata.normalize("NFC", unquote(_fix(raw)))


def decode_params(query: str) -> dict[str, str]:
    parsed = parse_qs(_fix(query), keep_blank_values=True)
    return {k: unicodedata.normalize("NFC", v[0]) for k, v in parsed.items()}


class JimdoSite:
    """Routes a request the way Jimdo's front end does; unknown paths are 404."""

    def respond(self, request: Request) -> Response | None:
        path = decode_path(request.path)
        params = decode_params(request.query)
        if path.startswith("/app/download/") and request.method in ("GET", "HEAD"):
            name = path.rsplit("/", 1)[-1]
            ctype = "application/pdf" if name.endswith(".pdf") else "application/octet-stream"
            return Response(
                200,
                PDF,
                {"Content-Type": ctype, "Content-Disposition": f'attachment; filename="{name}"'},
            )
        if path.startswith("/app/"):
            return html(FORBIDDEN, status=403)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        static = static_file(path)
        if static is not None:
            return static
        if request.method == "POST":
            return None
        if path == "/":
            return html(home_page())
        if path == BLOG:
            return blog_page(params)
        if path == BLOG.rstrip("/"):
            return redirect(enc(BLOG), 301)
        if path in PLAIN_PAGES:
            return html(plain_page(path))
        if path + "/" in PLAIN_PAGES:
            return redirect(enc(path + "/"), 301)
        if path in ("/about/", "/about"):
            return html(sitemap_page()) if path.endswith("/") else redirect("/about/", 301)
        if path == "/j/privacy":
            return html(legal_page(PRIVACY, "Chính sách quyền riêng tư", path))
        if path == "/j/cookies":
            return html(legal_page(COOKIES, "Chính sách cookie", path))
        match = _POST_PATH.match(path)
        if match:
            raw = f"/{match[1]}/{match[2]}/{match[3]}/{match[4]}/"
            post = POST_BY_PATH.get(raw)
            if post is None:
                return None
            if not match[5]:
                return redirect(post.path, 301)
            return html(post_page(post))
        return None


def build_site() -> JimdoSite:
    return JimdoSite()
