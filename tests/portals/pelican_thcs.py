"""Pelican 4.9 static site (pelican-bootstrap3 style theme) of a lower-secondary school.

The platform
------------
Trường THCS Chu Văn An (phường Buôn Hồ, tỉnh Đắk Lắk) runs a static website that its computer
science teacher, thầy Lê Hoàng Nam, and the school's CLB Tin học built with Pelican 4.9 in 2024:
articles are Markdown files (``Title:``, ``Date:``, ``Category:``, ``Tags:``, ``Author:``,
sometimes ``Summary:`` and ``Modified:`` metadata), rendered by Python-Markdown with the default
extensions (``extra``: tables, footnotes, fenced code; ``codehilite``: Pygments spans in
``<div class="highlight"><pre>``), put in a pelican-bootstrap3 style theme whose English words
were only partly translated, and published to a static web host with ``SITEURL = ""`` (every link
root-relative; the feeds' ids read ``tag:None,…`` because Pelican had no host name). A static host
ignores the query string: ``/index.html?ref=zalo`` is ``/index.html``.

What it serves
--------------
- ``/`` and ``/index.html``, ``/index2.html``, ``/index3.html``: every article, newest first, five
  a page (``DEFAULT_PAGINATION = 5``). Pelican's default ``PAGINATION_PATTERNS`` glue the page
  number to the file name: page 2 of ``/category/tin-tuc.html`` is ``/category/tin-tuc2.html``.
  Each entry: a linked ``<h2>``, the post-info line (date, "by" author, "in" category) and
  Pelican's summary: the first 50 words of the rendered body (its HTML kept, so a first photo
  shows in the listing) plus " …", or the ``Summary:`` metadata when the Markdown had one,
  then a "more …" button. The pager is Bootstrap's ``<ul class="pagination">`` («, 1, 2, 3, »).
- Category pages ``/category/tin-tuc.html`` (+ ``tin-tuc2.html``),
  ``/category/hoat-dong-chuyen-mon.html``, ``/category/thong-bao.html``; author pages
  ``/author/le-hoang-nam.html`` (+ ``le-hoang-nam2.html``), ``/author/ban-bien-tap.html``,
  ``/author/clb-tin-hoc.html``; tag pages ``/tag/<slug>.html``; ``/categories.html``,
  ``/tags.html``, ``/authors.html``; ``/archives.html``: every article in one list by date
  (``<p><i>date</i> <a>title</a></p>``): a real listing, not an article.
- Feeds: ``/feeds/all.atom.xml`` and ``/feeds/<category>.atom.xml``: Atom with the full content
  of each entry (``<content type="html">``) and the summary; linked from every page's head.
- Static pages ``/pages/gioi-thieu.html``, ``/pages/lien-he.html``,
  ``/pages/doi-ngu-giao-vien.html`` (long text, the staff list as a Markdown table): in the
  navbar, no date, no author: not articles.
- Articles ``/<yyyy>/<mm>/<slug>.html`` (``ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}.html"``).

Every page has the Bootstrap navbar (static pages, the three categories, "Archives"), a sidebar
(the school's blurb, "Bài viết nổi bật", "Bài viết gần đây", "Categories", the "Tags" cloud,
"Liên kết" to the Sở GD&ĐT, the old Phòng GD&ĐT, the Bộ, vnEdu, the Tin học trẻ contest), and a
footer with the school's address and phone, "Powered by … Pelican", a Creative Commons line and a
visible Statcounter counter image ("Lượt truy cập:"). No date in the header: a static site has no
clock.

The article page
----------------
``<article>`` with ``<h1 class="entry-title"><a href="<itself>" rel="bookmark" title="Permalink
to …">Title</a></h1>`` (the headline is a link to the page itself), then ``<div
class="post-info">``: ``<span class="published"><i class="fa fa-calendar"></i><time
datetime="2026-11-12T14:30:00+07:00">T5 12 Tháng 11 2026</time></span>`` (Pelican's
``DEFAULT_DATE_FORMAT = "%a %d %B %Y"`` under the vi_VN locale), on one article a ``<span
class="modified">`` "Cập nhật" date, "by <a href="/author/…">Author</a>" (the theme's English
"by" left as it was) and "in <a href="/category/…">Category</a>"; then the Markdown body inside
``<div class="entry-content">``; after it "Tags: <a>…</a>, …", the "Chia sẻ" links (Facebook,
Zalo, Twitter, e-mail with the production address), "Bài viết liên quan" (the related_posts
plugin), the prev/next pager (neighbors plugin) and the Disqus block whose noscript says "Please
enable JavaScript to view the comments powered by Disqus.". ``<link rel="canonical">`` is the
article's own root-relative URL. The head carries ``meta name="description"`` and
``og:description`` with the listing summary (not printed on the page).

Markdown body: paragraphs, ``##`` headings, lists, tables (``<table><thead>…``), blockquotes,
images as ``<p><img alt="…" src="…"></p>``: the alt is the only caption on most photos (nothing
visible under them); on others an italic line ``<p><em>…</em></p>`` follows the image (then
the alt is the file name the teacher typed); code blocks on article 3 (Pygments spans); footnotes
on article 8 (``<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>`` and the
``<div class="footnote"><hr><ol><li id="fn:1">…&#8617;</li></ol></div>`` at the end). Some
bodies end with an italic byline "*Bài và ảnh: Em Nguyễn Gia Huy, lớp 9A2*"; one with "*Nguồn:
Báo Đắk Lắk*"; a notice with "File đính kèm: <a>….pdf</a>". Article 4 was pasted from a pupil's
phone: its body text is decomposed Unicode (NFD); article 12 has ``&nbsp;`` typed in the Markdown.

Paths to the gold
-----------------
Every article is linked from ``/`` (pages 1–3 of the index), its category pages, its author
pages, its tag pages, ``/archives.html``, the Atom feeds, and the prev/next links of its
neighbours; the five newest also from "Bài viết gần đây" on every page.

Traps
-----
- Glued pagination names: ``/index2.html``, ``/category/tin-tuc2.html``,
  ``/author/le-hoang-nam2.html`` (``/category/tin-tuc/2`` and ``/category/tin-tuc-2.html`` are
  404).
- "Bài viết nổi bật" links two articles by their draft URL ``/drafts/<slug>.html`` (copied while
  previewing; 404 since publication) under their draft titles; the same articles are reachable at
  their real URLs.
- The Atom feeds (full content of every article) and per-category feeds.
- ``/archives.html`` (13 links with dates), tag lists, author lists, the tag cloud.
- The self-linked headline (``rel="bookmark"`` to the page itself).
- The listing summaries: 50 words + " …" with the HTML (and first photo) of the body; the
  ``Summary:`` metadata of articles 2 and 7 is printed only in listings and in the page head.

Gold decisions
--------------
- ``title``: the headline's text (the ``<title>`` adds " - Trường THCS Chu Văn An").
- ``published_at``: the day of "published", as printed ("T5 12 Tháng 11 2026"; every Markdown
  ``Date:`` had a time, but the page prints it only in ``<time datetime>``: harmonised to the
  house convention in stop 29, see ``_house_conventions``); article 5's "Cập nhật" (Modified)
  date is not the publication date.
- ``authors``: the "by" author, except: "Ban biên tập" (the editorial board, as "BBT") credits
  nobody; "CLB Tin học" (the club, a unit that alone signs) is its author as printed; when the
  body ends with a byline naming the writer, that person is the author (the "by" name is the one
  who posted): "Bài và ảnh: Em Nguyễn Gia Huy, lớp 9A2" → author and photographer "Nguyễn Gia
  Huy" ("Em" and the class are no part of the name); "Bài: Em Phạm Ngọc Bảo Trâm, lớp 8A3 – Ảnh:
  Thầy Lê Hoàng Nam" → author "Phạm Ngọc Bảo Trâm", photographer "Lê Hoàng Nam".
- ``source``: "Nguồn: Báo Đắk Lắk" on article 10, else None.
- ``summary``: None everywhere: the article page prints no lead (Pelican's summary is a listing
  excerpt; the ``Summary:`` metadata goes only to listings and the head).
- ``body``: the Markdown body's paragraphs, headings, list items, blockquote paragraphs, table
  rows (cells joined by " | ", the header row included), code blocks (as one paragraph,
  whitespace collapsed), footnote texts (the last paragraphs; the inline footnote number and the
  ↩ back link are not text); no italic caption lines, bylines, "Nguồn:" line or "File đính
  kèm:" line.
- ``images``: the photos of the body in order; caption = the italic line under it when there is
  one, else None (the helper wrote the alt text when it is a sentence; harmonised in stop 29 to
  the house convention: an alt text alone is printed nowhere, no caption). No logo, no Statcounter image, no listing thumbnails.
- ``category``: the "in" category link.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from datetime import datetime

from crawler.demo.server import Request, Response
from tests.portals._common import PDF, Img, P, Raw, Story, collapse, gold_record, static_file, text

NAME = "pelican_thcs"
PLATFORM = "Pelican 4.9 (pelican-bootstrap3 theme), static host"
START_PATH = "/"

SITENAME = "Trường THCS Chu Văn An"
#: the production address: printed only in share links, Disqus and Statcounter (never fetched)
DOMAIN = "https://thcschuvanan-buonho.edu.vn"
PER_PAGE = 5
SUMMARY_WORDS = 50

# --- the Markdown body's blocks (besides _common's P, Img, Raw) ---------------------------------
# P styles: "" a paragraph, "h2"/"h3" a heading, "ul"/"ol" a list item (consecutive items make
# one list), "quote" a paragraph of a blockquote.


@dataclass(frozen=True)
class Rich:
    """A paragraph printed with inline markup (``html``); ``text`` is how a reader reads it."""

    html: str
    text: str
    style: str = ""


@dataclass(frozen=True)
class Table:
    """A Markdown table; the first row is the header (``<thead>``)."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Code:
    """A fenced code block (``python``), highlighted by Pygments."""

    src: str


@dataclass(frozen=True)
class Notes:
    """Footnotes printed at the end of the body (``<div class="footnote">``)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Pic(Img):
    """A Markdown image. style "alt": ``printed`` is the alt, nothing under it; style "em":
    ``alt`` is the alt and ``printed`` the italic line under the image."""

    alt: str = ""


@dataclass
class Post(Story):
    """A Pelican article: ``opts`` holds the Markdown metadata (author, tags, summary, modified)."""

    @property
    def paragraphs(self) -> list[str]:
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, P | Rich):
                out.append(block.text)
            elif isinstance(block, Table):
                out.extend(" | ".join(row) for row in block.rows)
            elif isinstance(block, Code):
                out.append(block.src)
            elif isinstance(block, Notes):
                out.extend(block.items)
        return out

    @property
    def path(self) -> str:
        return f"/{self.published_at[:4]}/{self.published_at[5:7]}/{self.slug}.html"

    @property
    def author(self) -> str:
        return self.opts["author"]

    @property
    def tags(self) -> list[str]:
        return self.opts.get("tags", [])


CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
AUTHORS = {
    "Lê Hoàng Nam": "le-hoang-nam",
    "Ban biên tập": "ban-bien-tap",
    "CLB Tin học": "clb-tin-hoc",
}
TAGS = {
    "ngày nhà giáo": "ngay-nha-giao",
    "tin học": "tin-hoc",
    "python": "python",
    "trải nghiệm": "trai-nghiem",
    "chuyên môn": "chuyen-mon",
    "thông báo": "thong-bao",
    "thể thao": "the-thao",
    "học sinh giỏi": "hoc-sinh-gioi",
    "đọc sách": "doc-sach",
    "kỹ năng sống": "ky-nang-song",
    "học bổng": "hoc-bong",
    "khai giảng": "khai-giang",
}


def _alt(src: str, alt: str, caption: str | None) -> Pic:
    """A photo whose alt is all the page says about it."""
    return Pic(src, printed=alt, caption=caption, style="alt")


def _em(src: str, alt: str, line: str) -> Pic:
    """A photo with the italic line ``*…*`` under it (its caption)."""
    return Pic(src, printed=line, caption=line, style="em", alt=alt)


def _items(style: str, *texts: str) -> list[P]:
    return [P(t, style) for t in texts]


NAM = "Lê Hoàng Nam"
BBT = "Ban biên tập"
CLB = "CLB Tin học"

POSTS: list[Post] = [
    Post(
        id=1,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-20T07:45:00+07:00",
        authors=[NAM],
        opts={"author": NAM, "tags": ["ngày nhà giáo"]},
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh "
                "đạo Ủy ban nhân dân phường Buôn Hồ, Ban đại diện cha mẹ học sinh, các thế hệ thầy "
                "cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.100 học "
                "sinh của nhà trường."
            ),
            _alt(
                "/images/2026/11/20-11-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A1",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Trần Quốc Việt, Hiệu trưởng nhà trường, ôn lại truyền "
                "thống vẻ vang của ngành Giáo dục Việt Nam và những chặng đường phát triển của nhà "
                "trường sau hơn 30 năm xây dựng. Năm học 2025-2026, trường có 42 học sinh đạt giải "
                "học sinh giỏi cấp tỉnh, tỉ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt "
                "86,5%."
            ),
            P("Những tấm gương tận tụy", "h2"),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong "
                "phong trào thi đua “Dạy tốt – Học tốt”, trong đó có 3 giáo viên đạt danh hiệu "
                "giáo viên dạy giỏi cấp tỉnh chu kỳ 2024-2027."
            ),
            _alt(
                "/images/2026/11/20-11-khen-thuong.jpg",
                "Thầy Trần Quốc Việt trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "Thầy Trần Quốc Việt trao giấy khen cho các giáo viên có thành tích xuất sắc",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Võ Ngọc Anh Thư, lớp 9A1, xúc động gửi lời tri ân "
                "đến thầy cô: “Mỗi bài giảng, mỗi lời dặn dò của thầy cô là hành trang để chúng em "
                "vững bước vào đời.”"
            ),
            P("Hội giảng chào mừng 20/11", "h2"),
            P(
                "Trước đó, từ ngày 02/11 đến ngày 16/11/2026, nhà trường đã tổ chức hội giảng với "
                "28 tiết dạy của các tổ chuyên môn. Kết quả, có 9 tiết dạy xếp loại Tốt, 17 tiết "
                "xếp loại Khá và 2 tiết xếp loại Đạt."
            ),
            _alt(
                "/images/2026/11/20-11-tap-the.jpg",
                "Tập thể giáo viên nhà trường chụp ảnh lưu niệm",
                "Tập thể giáo viên nhà trường chụp ảnh lưu niệm",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp; nhiều tiết mục văn nghệ đặc sắc do giáo "
                "viên và học sinh dàn dựng đã để lại ấn tượng sâu sắc cho đại biểu và khách mời."
            ),
        ],
    ),
    Post(
        id=2,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-18T16:10:00+07:00",
        authors=[],
        opts={
            "author": BBT,
            "tags": ["thông báo"],
            "summary": "Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn đánh giá bằng "
            "điểm số, áp dụng cho học sinh khối 6 đến khối 9.",
        },
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027, Trường THCS Chu Văn An thông báo lịch "
                "kiểm tra cuối học kỳ I đối với các môn học đánh giá bằng nhận xét kết hợp điểm số "
                "như sau:"
            ),
            Table(
                (
                    ("Ngày", "Buổi sáng (khối 8, 9)", "Buổi chiều (khối 6, 7)"),
                    ("Thứ Hai 14/12/2026", "Ngữ văn (90 phút)", "Ngữ văn (90 phút)"),
                    ("Thứ Ba 15/12/2026", "Toán (90 phút)", "Toán (90 phút)"),
                    ("Thứ Tư 16/12/2026", "Tiếng Anh (60 phút)", "Tiếng Anh (60 phút)"),
                    (
                        "Thứ Năm 17/12/2026",
                        "Khoa học tự nhiên (90 phút)",
                        "Khoa học tự nhiên (90 phút)",
                    ),
                    (
                        "Thứ Sáu 18/12/2026",
                        "Lịch sử và Địa lí (90 phút)",
                        "Lịch sử và Địa lí (90 phút)",
                    ),
                    (
                        "Thứ Bảy 19/12/2026",
                        "Giáo dục công dân, Công nghệ",
                        "Giáo dục công dân, Tin học",
                    ),
                )
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh và đồ dùng học tập cần thiết. Số báo danh và phòng kiểm tra được niêm yết "
                "tại bảng tin nhà trường từ ngày 10/12/2026."
            ),
            *_items(
                "ul",
                "Buổi sáng bắt đầu lúc 7 giờ 15 phút.",
                "Buổi chiều bắt đầu lúc 13 giờ 30 phút.",
                "Học sinh vắng mặt có lý do được kiểm tra bổ sung theo lịch riêng.",
            ),
            Raw(
                '<p>File đính kèm: <a href="/files/2026/lich-kiem-tra-cuoi-hk1-2026-2027.pdf">'
                "lich-kiem-tra-cuoi-hk1-2026-2027.pdf</a></p>"
            ),
        ],
    ),
    Post(
        id=3,
        slug="clb-tin-hoc-ra-mat-nhom-lap-trinh-python",
        title="CLB Tin học ra mắt nhóm lập trình Python cho học sinh khối 8",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T09:00:00+07:00",
        authors=[CLB],
        opts={"author": CLB, "tags": ["tin học", "python"]},
        blocks=[
            P(
                "Chiều thứ Sáu ngày 13/11/2026, Câu lạc bộ Tin học của nhà trường chính thức ra mắt "
                "nhóm lập trình Python dành cho học sinh khối 8. Nhóm gồm 24 thành viên được chọn "
                "qua vòng kiểm tra tư duy thuật toán tổ chức đầu tháng 11."
            ),
            _em(
                "/images/2026/11/python-ra-mat.jpg",
                "python-ra-mat",
                "Các thành viên nhóm lập trình Python trong buổi sinh hoạt đầu tiên",
            ),
            P("Bài học đầu tiên: vòng lặp", "h2"),
            P(
                "Trong buổi sinh hoạt đầu tiên, thầy Lê Hoàng Nam hướng dẫn các em làm quen với "
                "môi trường Thonny và viết chương trình in bình phương các số từ 1 đến 5:"
            ),
            Code('for i in range(1, 6):\n    print(i, "bình phương là", i * i)'),
            P(
                "Sau đó, từng cặp học sinh tự viết chương trình tính tổng các số chẵn nhỏ hơn 100. "
                "Nhiều em hoàn thành bài tập chỉ sau 10 phút và còn tìm được hai cách giải khác "
                "nhau."
            ),
            Code(
                'tong = 0\nfor so in range(0, 100, 2):\n    tong = tong + so\nprint("Tổng các số chẵn:", tong)'
            ),
            P("Kế hoạch sinh hoạt", "h2"),
            *_items(
                "ul",
                "Sinh hoạt vào chiều thứ Sáu hằng tuần, từ 14 giờ đến 16 giờ tại phòng Tin học 2.",
                "Mỗi tháng một chủ đề: biến và kiểu dữ liệu, câu lệnh điều kiện, vòng lặp, danh sách.",
                "Cuối học kỳ I, nhóm tổ chức cuộc thi lập trình mini và chọn học sinh bồi dưỡng cho "
                "Hội thi Tin học trẻ.",
            ),
            _em(
                "/images/2026/11/python-thuc-hanh.jpg",
                "python-thuc-hanh",
                "Học sinh thực hành viết chương trình trên máy tính",
            ),
            P(
                "Phụ huynh có nhu cầu cho con tham gia có thể liên hệ trực tiếp thầy Lê Hoàng Nam, "
                "tổ Toán – Tin."
            ),
        ],
    ),
    Post(
        id=4,
        slug="hoc-sinh-khoi-9-trai-nghiem-tai-bao-tang-dak-lak",
        title="Học sinh khối 9 trải nghiệm tại Bảo tàng Đắk Lắk",
        cat="tin-tuc",
        published_at="2026-11-12T14:30:00+07:00",
        authors=["Nguyễn Gia Huy"],
        photographers=["Nguyễn Gia Huy"],
        opts={"author": BBT, "tags": ["trải nghiệm"], "nfd": True},
        blocks=[
            P(
                "Sáng thứ Bảy vừa qua, hơn 200 học sinh khối 9 trường em đã có chuyến tham quan, "
                "học tập trải nghiệm tại Bảo tàng Đắk Lắk, phường Buôn Ma Thuột. Đây là hoạt động "
                "thuộc chủ đề “Em yêu quê hương Đắk Lắk” của môn Hoạt động trải nghiệm, hướng "
                "nghiệp."
            ),
            _alt(
                "/images/2026/11/bao-tang-01.jpg",
                "Học sinh lớp 9A2 nghe thuyết minh về văn hóa cồng chiêng Tây Nguyên",
                "Học sinh lớp 9A2 nghe thuyết minh về văn hóa cồng chiêng Tây Nguyên",
            ),
            P(
                "Chúng em được các cô chú thuyết minh viên giới thiệu về lịch sử hình thành vùng "
                "đất Đắk Lắk, các hiện vật của đồng bào Ê Đê, M’nông, Gia Rai và không gian văn hóa "
                "cồng chiêng Tây Nguyên đã được UNESCO công nhận là Kiệt tác di sản truyền khẩu và "
                "phi vật thể của nhân loại."
            ),
            P(
                "Điều làm em ấn tượng nhất là ngôi nhà dài Ê Đê được phục dựng ngay trong khuôn "
                "viên bảo tàng. Cầu thang lên nhà có hình bầu ngực người mẹ, thể hiện chế độ mẫu "
                "hệ của đồng bào."
            ),
            _alt(
                "/images/2026/11/bao-tang-02.jpg",
                "Ngôi nhà dài Ê Đê trong khuôn viên bảo tàng",
                "Ngôi nhà dài Ê Đê trong khuôn viên bảo tàng",
            ),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một tập san giới thiệu về hiện vật mà các bạn "
                "yêu thích nhất. Chuyến trải nghiệm giúp chúng em thêm hiểu và tự hào về quê hương "
                "mình."
            ),
            Raw("<p><em>Bài và ảnh: Em Nguyễn Gia Huy, lớp 9A2</em></p>"),
        ],
    ),
    Post(
        id=5,
        slug="hoi-thao-day-hoc-khtn-theo-chu-de-lien-mon",
        title="Hội thảo chuyên đề: Dạy học môn Khoa học tự nhiên theo chủ đề liên môn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T10:20:00+07:00",
        authors=[NAM],
        opts={"author": NAM, "tags": ["chuyên môn"], "modified": "2026-11-07T08:05:00+07:00"},
        blocks=[
            P(
                "Ngày 05/11/2026, tổ Khoa học tự nhiên tổ chức hội thảo chuyên đề “Dạy học môn Khoa "
                "học tự nhiên theo chủ đề liên môn” với sự tham gia của 16 giáo viên dạy Vật lí, "
                "Hóa học, Sinh học của nhà trường và giáo viên cốt cán các trường THCS lân cận."
            ),
            P("Những vướng mắc khi dạy môn tích hợp", "h2"),
            P(
                "Theo cô Phan Thị Minh Nguyệt, tổ trưởng tổ Khoa học tự nhiên, sau bốn năm thực "
                "hiện Chương trình giáo dục phổ thông 2018, việc phân công giáo viên dạy các mạch "
                "nội dung vẫn còn nhiều khó khăn:"
            ),
            *_items(
                "ul",
                "Giáo viên được đào tạo đơn môn phải dạy cả những phần ngoài chuyên môn.",
                "Thiết bị thí nghiệm chưa đồng bộ, nhất là ở mạch nội dung Năng lượng và sự biến "
                "đổi.",
                "Việc kiểm tra, đánh giá theo chủ đề đòi hỏi nhiều thời gian phối hợp giữa các "
                "giáo viên.",
            ),
            P("Giải pháp được thống nhất", "h2"),
            *_items(
                "ol",
                "Xây dựng kế hoạch dạy học theo chủ đề ngay từ đầu năm học, phân công giáo viên "
                "theo mạch nội dung.",
                "Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học mỗi tháng một lần.",
                "Chia sẻ kho học liệu số dùng chung trên Google Drive của tổ.",
            ),
            P(
                "Dạy học theo chủ đề không phải là ghép ba môn lại với nhau, mà là giúp học sinh "
                "nhìn một hiện tượng tự nhiên từ nhiều góc độ.",
                "quote",
            ),
            P(
                "Kết thúc hội thảo, tổ thống nhất thực hiện thí điểm hai chủ đề “Nước và sự sống” "
                "(khối 6) và “Năng lượng tái tạo” (khối 9) trong học kỳ I."
            ),
            _alt(
                "/images/2026/11/hoi-thao-khtn.jpg",
                "Giáo viên tổ Khoa học tự nhiên thảo luận nhóm",
                "Giáo viên tổ Khoa học tự nhiên thảo luận nhóm",
            ),
        ],
    ),
    Post(
        id=6,
        slug="thong-bao-nghi-hoc-ngay-31-10-2026",
        title="Thông báo nghỉ học ngày 31/10/2026",
        cat="thong-bao",
        published_at="2026-10-30T17:20:00+07:00",
        authors=[],
        opts={"author": BBT, "tags": ["thông báo"]},
        blocks=[
            P(
                "Do ảnh hưởng của cơn bão số 12, thực hiện chỉ đạo của Ủy ban nhân dân phường Buôn "
                "Hồ, toàn bộ học sinh của trường được nghỉ học ngày thứ Bảy, 31/10/2026."
            ),
            P(
                "Học sinh đi học lại bình thường từ thứ Hai, 02/11/2026. Đề nghị phụ huynh theo dõi "
                "thông báo của giáo viên chủ nhiệm qua nhóm Zalo của lớp."
            ),
        ],
    ),
    Post(
        id=7,
        slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        cat="tin-tuc",
        published_at="2026-10-22T15:00:00+07:00",
        authors=[NAM],
        opts={
            "author": NAM,
            "tags": ["thể thao"],
            "summary": "Hơn 400 vận động viên tham gia 6 môn thi đấu tại Hội khỏe Phù Đổng cấp "
            "trường.",
        },
        blocks=[
            P(
                "Từ ngày 15/10 đến ngày 20/10/2026, Trường THCS Chu Văn An tổ chức Hội khỏe Phù "
                "Đổng cấp trường năm học 2026-2027 với sự tham gia của hơn 400 vận động viên đến từ "
                "28 lớp, thi đấu ở 6 môn: điền kinh, bóng đá mini, bóng chuyền, cầu lông, cờ vua và "
                "kéo co."
            ),
            _em(
                "/images/2026/10/hkpd-khai-mac.jpg",
                "hkpd-khai-mac",
                "Màn đồng diễn thể dục tại lễ khai mạc Hội khỏe",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, đúng luật và bảo đảm an toàn. Đặc biệt, môn kéo co "
                "thu hút đông đảo học sinh cổ vũ với những trận đấu giằng co quyết liệt giữa các "
                "lớp khối 9."
            ),
            P("Kết quả toàn đoàn", "h2"),
            Table(
                (
                    ("Xếp hạng", "Lớp", "Huy chương Vàng", "Huy chương Bạc", "Huy chương Đồng"),
                    ("Nhất", "9A1", "5", "2", "1"),
                    ("Nhì", "8A3", "3", "4", "2"),
                    ("Ba", "9A4", "3", "1", "3"),
                    ("Khuyến khích", "7A2", "1", "3", "2"),
                )
            ),
            _em(
                "/images/2026/10/hkpd-bong-da.jpg",
                "hkpd-bong-da",
                "Trận chung kết bóng đá mini nam giữa lớp 9A1 và lớp 9A4",
            ),
            P(
                "Ban tổ chức đã trao 18 bộ huy chương cho các cá nhân, đồng thời chọn 32 vận động "
                "viên xuất sắc vào đội tuyển của trường dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
        ],
    ),
    Post(
        id=8,
        slug="doi-tuyen-tin-hoc-tre-dat-2-giai-nhi-cap-tinh",
        title="Đội tuyển Tin học trẻ đạt 2 giải Nhì cấp tỉnh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T09:30:00+07:00",
        authors=[CLB],
        opts={"author": CLB, "tags": ["tin học", "học sinh giỏi"]},
        blocks=[
            Rich(
                "Tại Hội thi Tin học trẻ tỉnh Đắk Lắk lần thứ XXIX năm 2026"
                '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>, đội tuyển '
                "của Trường THCS Chu Văn An đạt 2 giải Nhì và 1 giải Khuyến khích ở bảng B (cấp "
                "THCS).",
                "Tại Hội thi Tin học trẻ tỉnh Đắk Lắk lần thứ XXIX năm 2026, đội tuyển của Trường "
                "THCS Chu Văn An đạt 2 giải Nhì và 1 giải Khuyến khích ở bảng B (cấp THCS).",
            ),
            _alt(
                "/images/2026/10/tin-hoc-tre-trao-giai.jpg",
                "Ba thành viên đội tuyển nhận giải tại lễ tổng kết hội thi",
                "Ba thành viên đội tuyển nhận giải tại lễ tổng kết hội thi",
            ),
            P(
                "Hai giải Nhì thuộc về em Đỗ Minh Quân, lớp 9A1, và em Hồ Thị Thanh Ngân, lớp 9A3. "
                "Em Lưu Đức Thịnh, lớp 8A1, đạt giải Khuyến khích ngay lần đầu tham dự."
            ),
            Rich(
                "Đề thi năm nay gồm 4 bài lập trình trong 150 phút, trong đó bài khó nhất yêu cầu "
                "tìm đường đi ngắn nhất trên lưới ô vuông"
                '<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup>. Em '
                "<strong>Đỗ Minh Quân</strong> giải trọn vẹn 3 bài và đạt 320/400 điểm.",
                "Đề thi năm nay gồm 4 bài lập trình trong 150 phút, trong đó bài khó nhất yêu cầu "
                "tìm đường đi ngắn nhất trên lưới ô vuông. Em Đỗ Minh Quân giải trọn vẹn 3 bài và "
                "đạt 320/400 điểm.",
            ),
            P(
                "Các em được CLB Tin học bồi dưỡng từ tháng 6/2026, mỗi tuần ba buổi, chủ yếu luyện "
                "đề trên hệ thống chấm bài trực tuyến do nhà trường tự xây dựng."
            ),
            Notes(
                (
                    "Hội thi do Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn Đắk Lắk tổ chức trong "
                    "hai ngày 10 và 11/10/2026.",
                    "Bài toán dùng thuật toán tìm kiếm theo chiều rộng (BFS), nội dung thuộc chương "
                    "trình bồi dưỡng học sinh giỏi.",
                )
            ),
        ],
    ),
    Post(
        id=9,
        slug="ngay-hoi-doc-sach-lan-toa-van-hoa-doc",
        title="Ngày hội đọc sách – Lan tỏa văn hóa đọc",
        cat="tin-tuc",
        published_at="2026-10-08T07:30:00+07:00",
        authors=["Phạm Ngọc Bảo Trâm"],
        photographers=[NAM],
        opts={"author": NAM, "tags": ["đọc sách", "trải nghiệm"]},
        blocks=[
            P(
                "Sáng ngày 06/10/2026, thư viện trường em tổ chức “Ngày hội đọc sách” với chủ đề "
                "“Mỗi cuốn sách – một chân trời”. Ngày hội thu hút hơn 600 bạn học sinh tham gia "
                "cùng nhiều hoạt động bổ ích."
            ),
            _alt("/images/2026/10/IMG_20261006_081522.jpg", "IMG_20261006_081522", None),
            P(
                "Mỗi lớp trang trí một gian sách theo chủ đề riêng. Lớp 8A3 chúng em chọn chủ đề "
                "“Đất rừng phương Nam”, trưng bày các tác phẩm của nhà văn Đoàn Giỏi và những cuốn "
                "sách về thiên nhiên Nam Bộ."
            ),
            P(
                "Phần thi giới thiệu sách diễn ra hấp dẫn. Bạn Lê Khánh Vy, lớp 6A2, kể lại câu "
                "chuyện “Dế Mèn phiêu lưu ký” bằng giọng đọc truyền cảm và giành giải Nhất."
            ),
            _alt(
                "/images/2026/10/doc-sach-khanh-vy.jpg",
                "Bạn Lê Khánh Vy, lớp 6A2, trong phần thi giới thiệu sách",
                "Bạn Lê Khánh Vy, lớp 6A2, trong phần thi giới thiệu sách",
            ),
            P(
                "Kết thúc ngày hội, thư viện nhận được hơn 350 cuốn sách do học sinh quyên góp để "
                "xây dựng “Tủ sách lớp học” cho các lớp khối 6."
            ),
            Raw("<p><em>Bài: Em Phạm Ngọc Bảo Trâm, lớp 8A3 – Ảnh: Thầy Lê Hoàng Nam</em></p>"),
        ],
    ),
    Post(
        id=10,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho học sinh",
        cat="tin-tuc",
        published_at="2026-09-28T10:00:00+07:00",
        authors=[],
        source="Báo Đắk Lắk",
        opts={"author": BBT, "tags": ["kỹ năng sống"]},
        blocks=[
            P(
                "Ngày 25/9/2026, Trung tâm Văn hóa – Thể thao phường Buôn Hồ phối hợp với Trường "
                "THCS Chu Văn An tổ chức tập huấn kỹ năng phòng, chống đuối nước cho 150 học sinh "
                "khối 6 và khối 7."
            ),
            P(
                "Tại buổi tập huấn, các huấn luyện viên hướng dẫn học sinh cách nhận biết những khu "
                "vực nguy hiểm như ao hồ, sông suối, hố công trình; cách tự cứu khi bị chuột rút "
                "dưới nước và cách hỗ trợ người bị đuối nước một cách an toàn."
            ),
            _alt(
                "/images/2026/09/duoi-nuoc.jpg",
                "Học sinh thực hành kỹ năng nổi ngửa tại hồ bơi",
                "Học sinh thực hành kỹ năng nổi ngửa tại hồ bơi",
            ),
            P(
                "Theo thống kê của ngành chức năng, mùa mưa năm 2026 trên địa bàn tỉnh đã xảy ra 7 "
                "vụ đuối nước liên quan đến trẻ em. Vì vậy, việc trang bị kỹ năng bơi an toàn cho "
                "học sinh là hết sức cần thiết."
            ),
            Raw("<p><em>Nguồn: Báo Đắk Lắk</em></p>"),
        ],
    ),
    Post(
        id=11,
        slug="danh-sach-hoc-sinh-nhan-hoc-bong-tiep-buoc-den-truong-2026",
        title="Danh sách học sinh nhận học bổng “Tiếp bước đến trường” năm 2026",
        cat="thong-bao",
        published_at="2026-09-15T08:15:00+07:00",
        authors=[NAM],
        opts={"author": NAM, "tags": ["học bổng", "thông báo"]},
        blocks=[
            P(
                "Nhà trường thông báo danh sách 8 học sinh có hoàn cảnh khó khăn, vượt khó học tốt "
                "được nhận học bổng “Tiếp bước đến trường” năm 2026 do Hội Khuyến học phường Buôn "
                "Hồ trao tặng, mỗi suất trị giá 2.000.000 đồng."
            ),
            Table(
                (
                    ("STT", "Họ và tên", "Lớp", "Ghi chú"),
                    ("1", "Y Thái Niê", "9A4", "Học sinh dân tộc Ê Đê"),
                    ("2", "H’Mai Êban", "9A2", "Học sinh dân tộc Ê Đê"),
                    ("3", "Nguyễn Văn Phúc", "8A5", "Hộ nghèo"),
                    ("4", "Trần Thị Kim Oanh", "8A1", "Mồ côi cha"),
                    ("5", "Lò Văn Tuấn", "7A3", "Học sinh dân tộc Thái"),
                    ("6", "Đinh Thị Hoa", "7A1", "Hộ cận nghèo"),
                    ("7", "Phạm Minh Khang", "6A4", "Con thương binh"),
                    ("8", "Ksor Nguyệt", "6A2", "Học sinh dân tộc Gia Rai"),
                )
            ),
            P(
                "Lễ trao học bổng được tổ chức lúc 7 giờ 00 ngày thứ Hai, 21/9/2026, trong buổi "
                "chào cờ đầu tuần. Đề nghị giáo viên chủ nhiệm các lớp có học sinh nhận học bổng "
                "thông báo để các em có mặt đúng giờ."
            ),
        ],
    ),
    Post(
        id=12,
        slug="khai-giang-nam-hoc-2026-2027",
        title="Trường THCS Chu Văn An khai giảng năm học 2026-2027",
        cat="tin-tuc",
        published_at="2026-09-05T11:00:00+07:00",
        authors=[NAM],
        opts={"author": NAM, "tags": ["khai giảng", "học bổng"]},
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS "
                "Chu Văn An long trọng tổ chức Lễ khai giảng năm học 2026-2027. Năm học này, trường "
                "có 30 lớp với 1.124 học sinh, trong đó có 286 học sinh lớp 6 vừa trúng tuyển."
            ),
            _alt(
                "/images/2026/09/khai-giang-01.jpg",
                "Lễ chào cờ khai giảng năm học mới",
                "Lễ chào cờ khai giảng năm học mới",
            ),
            P(
                "Đến dự buổi lễ có ông Nguyễn Đình Khoa, Phó Chủ tịch Ủy ban nhân dân phường Buôn "
                "Hồ; đại diện Ban đại diện cha mẹ học sinh và các nhà hảo tâm trên địa bàn."
            ),
            P("Thư của Chủ tịch nước", "h2"),
            P(
                "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước gửi ngành "
                "Giáo dục nhân dịp khai giảng năm học mới. Tiếp đó, thầy điểm lại những thành tích "
                "nổi bật của năm học 2025-2026 và quán triệt nhiệm vụ trọng tâm của năm học mới:"
            ),
            *_items(
                "ul",
                "Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp.",
                "Đẩy mạnh chuyển đổi số trong dạy học và quản lý, triển khai sổ điểm điện tử và học "
                "bạ số.",
                "Nâng cao chất lượng giáo dục mũi nhọn, phấn đấu có trên 45 giải học sinh giỏi cấp "
                "tỉnh.",
                "Xây dựng trường học xanh – sạch – đẹp – an toàn.",
            ),
            _em(
                "/images/2026/09/DSC_0412.jpg",
                "DSC_0412",
                "Thầy Hiệu trưởng đánh hồi trống khai trường năm học 2026-2027",
            ),
            P("Trao học bổng cho học sinh vượt khó", "h2"),
            Rich(
                "Nhân dịp này, Ban đại diện cha mẹ học sinh và các nhà hảo tâm đã trao 25 suất học "
                "bổng, mỗi suất trị giá 1.000.000&nbsp;đồng, cho học sinh có hoàn cảnh khó khăn "
                "vươn lên trong học tập.",
                "Nhân dịp này, Ban đại diện cha mẹ học sinh và các nhà hảo tâm đã trao 25 suất học "
                "bổng, mỗi suất trị giá 1.000.000 đồng, cho học sinh có hoàn cảnh khó khăn vươn lên "
                "trong học tập.",
            ),
            P(
                "Buổi lễ kết thúc bằng màn thả bóng bay mang theo ước mơ của các em học sinh lớp 6, "
                "mở đầu cho một năm học mới nhiều thành công."
            ),
            _alt(
                "/images/2026/09/khai-giang-03.jpg",
                "Học sinh khối 6 thả bóng bay",
                "Học sinh khối 6 thả bóng bay",
            ),
        ],
    ),
    Post(
        id=13,
        slug="giao-vien-boi-duong-ung-dung-tri-tue-nhan-tao",
        title="Giáo viên bồi dưỡng ứng dụng trí tuệ nhân tạo trong soạn giảng",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-25T14:00:00+07:00",
        authors=[NAM],
        opts={"author": NAM, "tags": ["chuyên môn", "tin học"]},
        blocks=[
            P(
                "Trong hai ngày 22 và 23/8/2026, nhà trường tổ chức lớp bồi dưỡng thường xuyên “Ứng "
                "dụng trí tuệ nhân tạo (AI) trong soạn giảng và kiểm tra, đánh giá” cho 58 cán bộ, "
                "giáo viên."
            ),
            P(
                "Lớp học do thầy Lê Hoàng Nam, giáo viên Tin học, phụ trách. Nội dung gồm ba chuyên "
                "đề: sử dụng trợ lý AI để gợi ý hoạt động dạy học, xây dựng ngân hàng câu hỏi trắc "
                "nghiệm và những lưu ý về bảo mật dữ liệu học sinh."
            ),
            P(
                "AI chỉ là công cụ hỗ trợ. Giáo viên vẫn là người quyết định nội dung và chịu trách "
                "nhiệm về bài giảng của mình.",
                "quote",
            ),
            P(
                "Cuối đợt bồi dưỡng, mỗi giáo viên nộp một kế hoạch bài dạy có ứng dụng AI. Các sản "
                "phẩm tiêu biểu được chia sẻ trên kho học liệu chung của nhà trường."
            ),
            _alt("/images/2026/08/boi-duong-ai.jpg", "", None),
        ],
    ),
]


def _house_conventions(record: dict, post: Post) -> dict:
    """The gold harmonised with the other portals' (stop 29): published_at carries a time only
    where the page prints one (this theme prints "T5 12 Tháng 11 2026": the day; the time is only
    in ``<time datetime>``), and a photo with only an alt text has no caption (nothing is
    printed under it: astro_pgd's, flask_thcs's and hugo_school_blog's convention)."""
    alt_only = {b.src for b in post.blocks if isinstance(b, Pic) and b.style == "alt"}
    record["published_at"] = record["published_at"][:10]
    for image in record["images"]:
        if image.get("path") in alt_only:
            image["caption"] = None
    return record


GOLD = [
    _house_conventions(gold_record(post, post.path, CATEGORIES[post.cat]), post) for post in POSTS
]

NON_ARTICLES = [
    "/pages/gioi-thieu.html",
    "/pages/lien-he.html",
    "/pages/doi-ngu-giao-vien.html",
    "/archives.html",
]

# --- static pages (Pelican "pages": no date, no author) -----------------------------------------

STAFF = [
    ("1", "Trần Quốc Việt", "Hiệu trưởng", "Toán", "Thạc sĩ"),
    ("2", "Nguyễn Thị Thu Hà", "Phó Hiệu trưởng", "Ngữ văn", "Thạc sĩ"),
    ("3", "Lương Văn Khải", "Phó Hiệu trưởng", "Vật lí", "Đại học"),
    ("4", "Lê Hoàng Nam", "Giáo viên", "Tin học", "Đại học"),
    ("5", "Phan Thị Minh Nguyệt", "Tổ trưởng tổ KHTN", "Sinh học", "Thạc sĩ"),
    ("6", "Hoàng Văn Dũng", "Tổ trưởng tổ Toán – Tin", "Toán", "Đại học"),
    ("7", "Vũ Thị Lan Anh", "Tổ trưởng tổ Ngữ văn", "Ngữ văn", "Đại học"),
    ("8", "Y Bhim Mlô", "Giáo viên", "Giáo dục thể chất", "Đại học"),
    ("9", "Đặng Thị Hồng Nhung", "Giáo viên", "Tiếng Anh", "Thạc sĩ"),
    ("10", "Bùi Quang Trung", "Giáo viên", "Lịch sử và Địa lí", "Đại học"),
    ("11", "Trương Thị Mỹ Linh", "Giáo viên", "Hóa học", "Đại học"),
    ("12", "H’Nga Byă", "Giáo viên", "Âm nhạc", "Đại học"),
    ("13", "Nguyễn Văn Sơn", "Giáo viên", "Công nghệ", "Cao đẳng"),
    ("14", "Lê Thị Bích Ngọc", "Giáo viên", "Mĩ thuật", "Đại học"),
    ("15", "Phạm Thị Thanh Tâm", "Giáo viên", "Giáo dục công dân", "Đại học"),
    ("16", "Đoàn Minh Tuấn", "Tổng phụ trách Đội", "Giáo dục thể chất", "Đại học"),
    ("17", "Nguyễn Thị Kim Liên", "Nhân viên thư viện", "Thư viện", "Cao đẳng"),
    ("18", "Trần Thị Ngọc Ánh", "Kế toán", "Kế toán", "Đại học"),
]

PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường THCS Chu Văn An được thành lập năm 1993 trên cơ sở tách ra từ Trường PTCS Buôn "
            "Hồ. Qua hơn 30 năm xây dựng và phát triển, trường đã trở thành một trong những đơn vị "
            "dẫn đầu phong trào thi đua của ngành giáo dục địa phương.",
            "Năm học 2026-2027, trường có 30 lớp với 1.124 học sinh; đội ngũ gồm 62 cán bộ, giáo "
            "viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. "
            "Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022.",
            "## Sứ mệnh",
            "Xây dựng môi trường học tập thân thiện, an toàn, nơi mỗi học sinh được phát triển toàn "
            "diện về phẩm chất và năng lực, tự tin hội nhập.",
            "## Cơ sở vật chất",
            "Trường có 30 phòng học, 2 phòng Tin học với 70 máy tính, phòng thí nghiệm Khoa học tự "
            "nhiên, thư viện đạt chuẩn, nhà đa năng và sân bóng đá mini.",
            "Website này do thầy Lê Hoàng Nam cùng các thành viên CLB Tin học xây dựng năm 2024 bằng "
            "Pelican, mã nguồn mở và được cập nhật bởi Ban biên tập nhà trường.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "**Trường THCS Chu Văn An**",
            "Địa chỉ: 68 Hai Bà Trưng, phường Buôn Hồ, tỉnh Đắk Lắk",
            "Điện thoại: 0262 3874 215 – Fax: 0262 3874 216",
            "Email: thcschuvanan.buonho@daklak.edu.vn",
            "Giờ làm việc của văn phòng: sáng từ 7 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, "
            "từ thứ Hai đến thứ Sáu.",
            "Góp ý về website xin gửi về địa chỉ email của CLB Tin học: clbtinhoc.cva@gmail.com.",
        ],
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        [
            "Danh sách cán bộ quản lý, giáo viên và nhân viên tiêu biểu của nhà trường năm học "
            "2026-2027 (cập nhật tháng 9/2026). Danh sách đầy đủ được niêm yết tại văn phòng.",
            "TABLE",
            "Các tổ chuyên môn: tổ Toán – Tin, tổ Ngữ văn, tổ Khoa học tự nhiên, tổ Ngoại ngữ, tổ "
            "Khoa học xã hội, tổ Nghệ thuật – Thể chất và tổ Văn phòng.",
            "Thông tin chi tiết về từng giáo viên, phụ huynh vui lòng liên hệ văn phòng nhà trường.",
        ],
    ),
}

# The sidebar's "Bài viết nổi bật": typed by hand in pelicanconf.py; two entries kept the draft
# preview URL (and the draft's title) they were copied from.
FEATURED = [
    (
        "/2026/11/le-ky-niem-44-nam-ngay-nha-giao-viet-nam.html",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    ),
    ("/drafts/clb-tin-hoc-ra-mat-nhom-lap-trinh-python.html", "Ra mắt nhóm lập trình Python"),
    ("/drafts/doi-tuyen-tin-hoc-tre-dat-2-giai-nhi-cap-tinh.html", "Tin học trẻ 2026: 2 giải Nhì"),
    ("/2026/09/khai-giang-nam-hoc-2026-2027.html", "Khai giảng năm học 2026-2027"),
]
LINKS = [
    ("https://sogddt.daklak.gov.vn/", "Sở GD&ĐT Đắk Lắk"),
    ("https://pgdbuonho.daklak.edu.vn/", "Phòng GD&ĐT thị xã Buôn Hồ"),
    ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
    ("https://vnedu.vn/", "Sổ liên lạc điện tử vnEdu"),
    ("https://tinhoctre.vn/", "Hội thi Tin học trẻ"),
]

# --- Pelican's rendering -------------------------------------------------------------------------

_WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def locale_date(iso: str) -> str:
    """``%a %d %B %Y`` under vi_VN: "T5 12 Tháng 11 2026"."""
    d = datetime.fromisoformat(iso)
    return f"{_WEEKDAYS[d.weekday()]} {d.day:02d} Tháng {d.month} {d.year}"


def md_text(value: str, post: Post | None = None) -> str:
    """Text as Python-Markdown prints it (``&``, ``<``, ``>`` escaped; quotes left alone)."""
    return text(value, nfd=bool(post and post.opts.get("nfd")))


def attr(value: str) -> str:
    return _html.escape(value, quote=True)


_TOKEN = re.compile(
    r'(?P<s>"[^"]*")|(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=*+\-<>])|(?P<p>[(),:])|(?P<ws>\s+)'
)
_KEYWORDS = {"for", "in", "if", "else", "while", "def", "return"}
_BUILTINS = {"print", "range", "len", "input", "int"}


def pygments(src: str) -> str:
    """A Python snippet as Pygments' HtmlFormatter prints it (the classes codehilite uses)."""
    out = []
    for m in _TOKEN.finditer(src):
        kind, value = m.lastgroup, m.group()
        if kind == "ws":
            out.append(value)
        elif kind == "name":
            cls = "k" if value in _KEYWORDS else "nb" if value in _BUILTINS else "n"
            cls = "ow" if value == "in" else cls
            out.append(f'<span class="{cls}">{value}</span>')
        else:
            cls = {"s": "s2", "num": "mi", "op": "o", "p": "p"}[kind]
            out.append(f'<span class="{cls}">{_html.escape(value, quote=False)}</span>')
    return "".join(out)


def render_body(post: Post) -> str:
    """The article's Markdown as Python-Markdown (extra, codehilite) renders it."""
    out: list[str] = []
    blocks = post.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        style = getattr(block, "style", "")
        if isinstance(block, P | Rich) and style in ("ul", "ol", "quote"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P | Rich) and blocks[i].style == style:
                run.append(blocks[i])
                i += 1
            inner = [b.html if isinstance(b, Rich) else md_text(b.text, post) for b in run]
            if style == "quote":
                out.append(
                    "<blockquote>\n" + "\n".join(f"<p>{t}</p>" for t in inner) + "\n</blockquote>"
                )
            else:
                out.append(
                    f"<{style}>\n" + "\n".join(f"<li>{t}</li>" for t in inner) + f"\n</{style}>"
                )
            continue
        i += 1
        if isinstance(block, Rich):
            out.append(f"<p>{block.html}</p>")
        elif isinstance(block, P):
            tag = style or "p"
            out.append(f"<{tag}>{md_text(block.text, post)}</{tag}>")
        elif isinstance(block, Pic):
            if block.style == "em":
                out.append(f'<p><img alt="{attr(block.alt)}" src="{block.src}"></p>')
                out.append(f"<p><em>{md_text(block.printed, post)}</em></p>")
            else:
                out.append(f'<p><img alt="{attr(block.printed or "")}" src="{block.src}"></p>')
        elif isinstance(block, Table):
            head, *rows = block.rows
            cells = "\n".join(f"<th>{md_text(c, post)}</th>" for c in head)
            body = "\n".join(
                "<tr>\n" + "\n".join(f"<td>{md_text(c, post)}</td>" for c in row) + "\n</tr>"
                for row in rows
            )
            out.append(
                f"<table>\n<thead>\n<tr>\n{cells}\n</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"
            )
        elif isinstance(block, Code):
            out.append(
                f'<div class="highlight"><pre><span></span><code>{pygments(block.src)}\n</code></pre></div>'
            )
        elif isinstance(block, Notes):
            items = "\n".join(
                f'<li id="fn:{n}">\n<p>{md_text(t, post)}&#160;<a class="footnote-backref" '
                f'href="#fnref:{n}" title="Jump back to footnote {n} in the text">&#8617;</a></p>\n</li>'
                for n, t in enumerate(block.items, 1)
            )
            out.append(f'<div class="footnote">\n<hr>\n<ol>\n{items}\n</ol>\n</div>')
        elif isinstance(block, Raw):
            out.append(block.html)
    return "\n".join(out)


_TAG_OR_TEXT = re.compile(r"(<[^>]+>)|([^<]+)")
_VOID = {"img", "br", "hr", "input", "meta", "link"}


def truncate_html_words(markup: str, limit: int = SUMMARY_WORDS) -> str:
    """Pelican's ``truncate_html_words``: the first ``limit`` words, open tags closed, " …"."""
    words = 0
    stack: list[str] = []
    for m in _TAG_OR_TEXT.finditer(markup):
        tag, chunk = m.groups()
        if tag:
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
            if not name:
                continue
            low = name.group(1).lower()
            if tag.startswith("</"):
                if low in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(low) :]
            elif low not in _VOID and not tag.endswith("/>"):
                stack.append(low)
            continue
        for w in re.finditer(r"\w[\w'-]*", chunk):
            words += 1
            if words == limit:
                end = m.start(2) + w.end()
                closing = "".join(f"</{t}>" for t in reversed(stack))
                return markup[:end] + " …" + closing
    return markup


def summary_html(post: Post) -> str:
    if "summary" in post.opts:  # the metadata goes through Markdown too
        return f"<p>{md_text(post.opts['summary'], post)}</p>"
    return truncate_html_words(render_body(post))


def summary_plain(post: Post) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", summary_html(post))))


# --- the theme (pelican-bootstrap3, partly translated) ------------------------------------------

BY_DATE = sorted(POSTS, key=lambda p: p.published_at, reverse=True)


def _cat_link(slug: str) -> str:
    return f"/category/{slug}.html"


def _author_link(name: str) -> str:
    return f"/author/{AUTHORS[name]}.html"


def _tag_link(tag: str) -> str:
    return f"/tag/{TAGS[tag]}.html"


def _active(on: bool) -> str:
    return ' class="active"' if on else ""


def navbar(active: str = "") -> str:
    pages = "\n".join(
        f'<li{_active(active == f"page:{slug}")}><a href="/pages/{slug}.html">{title}</a></li>'
        for slug, (title, _body) in PAGES.items()
    )
    cats = "\n".join(
        f'<li{_active(active == slug)}><a href="{_cat_link(slug)}">{name}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    return f"""<div class="navbar navbar-default navbar-fixed-top" role="navigation">
    <div class="container">
        <div class="navbar-header">
            <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse">
                <span class="sr-only">Toggle navigation</span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
            </button>
            <a href="/" class="navbar-brand">
<img class="img-responsive pull-left gap-right" src="/images/logo-cva.png" width="32"/> {SITENAME}            </a>
        </div>
        <div class="collapse navbar-collapse navbar-ex1-collapse">
            <ul class="nav navbar-nav">
{pages}
{cats}
            </ul>
            <ul class="nav navbar-nav navbar-right">
              <li><a href="/archives.html"><i class="fa fa-th-list"></i><span class="icon-label">Archives</span></a></li>
            </ul>
        </div>
        <!-- /.navbar-collapse -->
    </div>
</div> <!-- /.navbar -->"""


def sidebar() -> str:
    featured = "\n".join(
        f'<li class="list-group-item"><a href="{href}">{title}</a></li>' for href, title in FEATURED
    )
    recent = "\n".join(
        f'<li class="list-group-item"><a href="{p.path}">{md_text(p.title)}</a></li>'
        for p in BY_DATE[:5]
    )
    cats = "\n".join(
        f'<li class="list-group-item"><a href="{_cat_link(slug)}">{name}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    counts = {tag: sum(tag in p.tags for p in POSTS) for tag in TAGS}
    tags = "\n".join(
        f'<li class="list-group-item tag-{5 - min(counts[t], 3)}"><a href="{_tag_link(t)}">{t}</a></li>'
        for t in sorted(TAGS)
    )
    links = "\n".join(
        f'<li class="list-group-item"><a href="{href}" target="_blank">{_html.escape(name)}</a></li>'
        for href, name in LINKS
    )
    return f"""<div class="col-sm-3" id="sidebar">
            <aside>
<div id="aboutme">
    <p><img width="100%" class="img-thumbnail" src="/images/anh-truong.jpg"/></p>
    <p><strong>Giới thiệu</strong><br/>Website của {SITENAME}, do CLB Tin học nhà trường xây dựng và cập nhật.</p>
</div>
<!-- Sidebar -->
<section class="well well-sm">
  <ul class="list-group list-group-flush">
<!-- Sidebar/Featured -->
<li class="list-group-item">
  <h4><i class="fa fa-star fa-lg"></i><span class="icon-label">Bài viết nổi bật</span></h4>
  <ul class="list-group" id="featured">
{featured}
  </ul>
</li>
<!-- End Sidebar/Featured -->
<!-- Sidebar/Recent Posts -->
<li class="list-group-item">
  <h4><i class="fa fa-home fa-lg"></i><span class="icon-label">Bài viết gần đây</span></h4>
  <ul class="list-group" id="recentposts">
{recent}
  </ul>
</li>
<!-- End Sidebar/Recent Posts -->
<!-- Sidebar/Categories -->
<li class="list-group-item">
  <a href="/categories.html"><h4><i class="fa fa-home fa-lg"></i><span class="icon-label">Categories</span></h4></a>
  <ul class="list-group" id="categories">
{cats}
  </ul>
</li>
<!-- End Sidebar/Categories -->
<!-- Sidebar/Tag Cloud -->
<li class="list-group-item">
  <a href="/tags.html"><h4><i class="fa fa-tags fa-lg"></i><span class="icon-label">Tags</span></h4></a>
  <ul class="list-group list-inline tagcloud" id="tags">
{tags}
  </ul>
</li>
<!-- End Sidebar/Tag Cloud -->
<!-- Sidebar/Links -->
<li class="list-group-item">
  <h4><i class="fa fa-external-link-square fa-lg"></i><span class="icon-label">Liên kết</span></h4>
  <ul class="list-group" id="links">
{links}
  </ul>
</li>
<!-- End Sidebar/Links -->
  </ul>
</section>
<!-- End Sidebar -->
            </aside>
        </div>"""


FOOTER = f"""<footer>
   <div class="container">
      <hr>
      <div class="row">
         <div class="col-xs-10">
            <p><strong>{SITENAME}</strong><br/>
            Địa chỉ: 68 Hai Bà Trưng, phường Buôn Hồ, tỉnh Đắk Lắk<br/>
            Điện thoại: 0262 3874 215 &middot; Email: thcschuvanan.buonho@daklak.edu.vn</p>
            &copy; 2026 CLB Tin học THCS Chu Văn An
            &middot; Powered by <a href="https://github.com/getpelican/pelican-themes/tree/master/pelican-bootstrap3" target="_blank">pelican-bootstrap3</a>,
            <a href="https://getpelican.com/" target="_blank">Pelican</a>,
            <a href="http://getbootstrap.com" target="_blank">Bootstrap</a>
            <p><small>
                <a rel="license" href="https://creativecommons.org/licenses/by/4.0/deed.vi"><img alt="Creative Commons License" style="border-width:0" src="//i.creativecommons.org/l/by/4.0/80x15.png" /></a>
                Content licensed under a <a rel="license" href="https://creativecommons.org/licenses/by/4.0/deed.vi">Creative Commons Attribution 4.0 International License</a>, except where indicated otherwise.
            </small></p>
            <div class="statcounter">Lượt truy cập:
                <a title="Web Analytics" href="https://statcounter.com/" target="_blank"><img class="statcounter" src="https://c.statcounter.com/12987654/0/a1b2c3d4/0/" alt="Web Analytics Made Easy - Statcounter" referrerPolicy="no-referrer-when-downgrade"></a>
            </div>
         </div>
         <div class="col-xs-2"><p class="pull-right"><i class="fa fa-arrow-up"></i> <a href="#">Back to top</a></p></div>
      </div>
   </div>
</footer>
<script src="/theme/js/jquery.min.js"></script>

<!-- Include all compiled plugins (below), or include individual files as needed -->
<script src="/theme/js/bootstrap.min.js"></script>

<!-- Enable responsive features in IE8 with Respond.js (https://github.com/scottjehl/Respond) -->
<script src="/theme/js/respond.min.js"></script>

<!-- Default Statcounter code for THCS Chu Van An {DOMAIN} -->
<script type="text/javascript">
var sc_project=12987654;
var sc_invisible=0;
var sc_security="a1b2c3d4";
</script>
<script type="text/javascript" src="https://www.statcounter.com/counter/counter.js" async></script>
<!-- End of Statcounter Code -->"""


def base(
    title: str, content: str, *, head: str = "", active: str = "", description: str = ""
) -> str:
    desc = attr(description or "Website của Trường THCS Chu Văn An, phường Buôn Hồ, tỉnh Đắk Lắk")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <title>{title}</title>
    <!-- Using the latest rendering mode for IE -->
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="description" content="{desc}">
{head}
    <!-- Bootstrap -->
        <link rel="stylesheet" href="/theme/css/bootstrap.flatly.min.css" type="text/css"/>
    <link href="/theme/css/font-awesome.min.css" rel="stylesheet">
    <link href="/theme/css/pygments/native.css" rel="stylesheet">
    <link rel="stylesheet" href="/theme/css/style.css" type="text/css"/>
        <link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate"
              title="{SITENAME} ATOM Feed"/>
    <link rel="shortcut icon" href="/images/favicon.ico" type="image/x-icon">
</head>
<body>

{navbar(active)}
<!-- Banner -->
<!-- End Banner -->

<!-- Content Container -->
<div class="container">
    <div class="row">
        <div class="col-sm-9">
{content}
        </div>
        {sidebar()}
    </div>
</div>
<!-- End Content Container -->

{FOOTER}
</body>
</html>
"""


def post_info(post: Post) -> str:
    modified = ""
    if "modified" in post.opts:
        iso = post.opts["modified"]
        modified = (
            f'\n    <span class="modified"><i class="fa fa-calendar"></i> Cập nhật '
            f'<time datetime="{iso}">{locale_date(iso)}</time></span>'
        )
    return f"""<div class="post-info">
    <span class="published"><i class="fa fa-calendar"></i><time datetime="{post.published_at}">{locale_date(post.published_at)}</time></span>{modified}
    <span class="byline">by <a href="{_author_link(post.author)}">{post.author}</a></span>
    <span class="category">in <a href="{_cat_link(post.cat)}">{CATEGORIES[post.cat]}</a></span>
</div><!-- /.post-info -->"""


def _related(post: Post) -> list[Post]:
    return [p for p in BY_DATE if p is not post and set(p.tags) & set(post.tags)][:3]


def article_page(post: Post) -> str:
    i = BY_DATE.index(post)
    newer = BY_DATE[i - 1] if i > 0 else None
    older = BY_DATE[i + 1] if i + 1 < len(BY_DATE) else None
    title = md_text(post.title)
    plain_title = post.title
    tags = ", ".join(f'<a href="{_tag_link(t)}">{t}</a>' for t in post.tags)
    url = DOMAIN + post.path
    related = "\n".join(
        f'        <li><a href="{p.path}">{md_text(p.title)}</a></li>' for p in _related(post)
    )
    pager = []
    if older:
        pager.append(
            f'  <li class="previous"><a href="{older.path}">&larr; {md_text(older.title)}</a></li>'
        )
    if newer:
        pager.append(
            f'  <li class="next"><a href="{newer.path}">{md_text(newer.title)} &rarr;</a></li>'
        )
    og = "\n".join(
        [
            f'    <meta name="author" content="{attr(post.author)}" />',
            f'    <meta name="keywords" content="{attr(",".join(post.tags))}" />',
            f'    <meta property="og:site_name" content="{SITENAME}" />',
            '    <meta property="og:type" content="article"/>',
            f'    <meta property="og:title" content="{attr(plain_title)}"/>',
            f'    <meta property="og:url" content="{post.path}"/>',
            f'    <meta property="og:description" content="{attr(summary_plain(post))}"/>',
            f'    <meta property="article:published_time" content="{post.published_at[:10]}" />',
            f'    <meta property="article:section" content="{CATEGORIES[post.cat]}" />',
            *(f'    <meta property="article:tag" content="{t}" />' for t in post.tags),
            f'    <meta property="article:author" content="{attr(post.author)}" />',
            f'    <link rel="canonical" href="{post.path}">',
        ]
    )
    content = f"""<section id="content">
    <article>
        <header class="page-header">
            <h1 class="entry-title">
                <a href="{post.path}"
                   rel="bookmark"
                   title="Permalink to {attr(plain_title)}">
                    {title}
                </a>
            </h1>
        </header>
        <div class="entry-content">
            <div class="panel">
                <div class="panel-body">
{post_info(post)}
                </div>
            </div>
            {render_body(post)}
        </div>
        <!-- /.entry-content -->
        <div class="tags"><p>Tags: {tags}</p></div>
        <div class="share-post">
            <span class="share-label">Chia sẻ:</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" title="Chia sẻ lên Facebook"><i class="fa fa-facebook-square"></i> Facebook</a>
            <a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" title="Chia sẻ qua Zalo">Zalo</a>
            <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" title="Chia sẻ lên Twitter"><i class="fa fa-twitter-square"></i> Twitter</a>
            <a href="mailto:?subject={attr(plain_title)}&amp;body={url}" title="Gửi qua email"><i class="fa fa-envelope"></i> Email</a>
        </div>
        <section class="well" id="related-posts">
    <h4>Bài viết liên quan:</h4>
    <ul>
{related}
    </ul>
</section>
        <ul class="pager">
{chr(10).join(pager)}
        </ul>
        <section class="well" id="comments">
    <h4>Comments</h4>
    <div id="disqus_thread"></div>
    <script type="text/javascript">
        /* * * CONFIGURATION VARIABLES: EDIT BEFORE PASTING INTO YOUR WEBPAGE * * */
        var disqus_shortname = 'thcschuvanan';
        var disqus_config = function () {{
            this.page.url = '{url}';
            this.page.identifier = '{post.slug}';
        }};
        (function () {{
            var dsq = document.createElement('script');
            dsq.type = 'text/javascript';
            dsq.async = true;
            dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js';
            (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);
        }})();
    </script>
    <noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
    <a href="https://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>
</section>
    </article>
</section>"""
    return base(
        f"{title} - {SITENAME}", content, head=og, active=post.cat, description=summary_plain(post)
    )


def _page_name(stem: str, n: int) -> str:
    """Pelican's default PAGINATION_PATTERNS: the number glued to the name."""
    return f"{stem}.html" if n == 1 else f"{stem}{n}.html"


def pagination(stem: str, n: int, total: int) -> str:
    if total < 2:
        return ""
    items = []
    if n > 1:
        items.append(f'<li class="prev"><a href="{_page_name(stem, n - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="prev disabled"><a href="#">&laquo;</a></li>')
    for k in range(1, total + 1):
        cls = "active" if k == n else ""
        items.append(f'<li class="{cls}"><a href="{_page_name(stem, k)}">{k}</a></li>')
    if n < total:
        items.append(f'<li class="next"><a href="{_page_name(stem, n + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="next disabled"><a href="#">&raquo;</a></li>')
    return '<ul class="pagination">\n    ' + "\n    ".join(items) + "\n</ul>"


def listing_entry(post: Post) -> str:
    return f"""    <article>
        <h2><a href="{post.path}">{md_text(post.title)}</a></h2>
        <div class="well well-sm">
{post_info(post)}
        </div>
        <div class="summary">{summary_html(post)}
            <a class="btn btn-default btn-xs" href="{post.path}">more ...</a>
        </div>
    </article>
    <hr/>"""


def listing_pages(
    stem: str, posts: list[Post], title: str, active: str = "", head: str = ""
) -> dict[str, str]:
    """``stem``.html, ``stem``2.html …: PER_PAGE entries each."""
    chunks = [posts[k : k + PER_PAGE] for k in range(0, len(posts), PER_PAGE)]
    out = {}
    for n, chunk in enumerate(chunks, 1):
        entries = "\n".join(listing_entry(p) for p in chunk)
        content = f"""<section id="content">
{entries}
{pagination(stem, n, len(chunks))}
</section>"""
        page_title = title if n == 1 else f"{title} - Trang {n}"
        out[_page_name(stem, n)] = base(page_title, content, head=head, active=active)
    return out


def archives_page() -> str:
    rows = "\n".join(
        f"        <p>\n            <i>{locale_date(p.published_at)}</i>\n"
        f'            <a href="{p.path}">{md_text(p.title)}</a>\n        </p>'
        for p in BY_DATE
    )
    content = f"""<section id="content">
    <h1>Archives for {SITENAME}</h1>
    <div id="archives">
{rows}
    </div>
</section>"""
    return base(f"Archives - {SITENAME}", content)


def index_of(title: str, rows: list[tuple[str, str, int]], icon: str) -> str:
    items = "\n".join(
        f'        <li class="list-group-item"><a href="{href}"><i class="fa {icon} fa-lg"></i> {name}</a> ({count})</li>'
        for href, name, count in rows
    )
    content = f"""<section id="content">
    <h1>{title} {SITENAME}</h1>
    <ul class="list-group">
{items}
    </ul>
</section>"""
    return base(f"{title} {SITENAME}", content)


def _page_markdown(lines: list[str]) -> str:
    out = []
    for line in lines:
        if line == "TABLE":
            head = ("STT", "Họ và tên", "Chức vụ", "Môn dạy / Bộ phận", "Trình độ")
            ths = "\n".join(f"<th>{c}</th>" for c in head)
            trs = "\n".join(
                "<tr>\n" + "\n".join(f"<td>{c}</td>" for c in row) + "\n</tr>" for row in STAFF
            )
            out.append(
                f"<table>\n<thead>\n<tr>\n{ths}\n</tr>\n</thead>\n<tbody>\n{trs}\n</tbody>\n</table>"
            )
        elif line.startswith("## "):
            out.append(f"<h2>{md_text(line[3:])}</h2>")
        elif line.startswith("**"):
            out.append(f"<p><strong>{md_text(line.strip('*'))}</strong></p>")
        else:
            out.append(f"<p>{md_text(line)}</p>")
    return "\n".join(out)


def static_page(slug: str) -> str:
    title, lines = PAGES[slug]
    photo = '<p><img alt="Toàn cảnh Trường THCS Chu Văn An" src="/images/anh-truong.jpg"></p>\n'
    content = f"""<section id="content" class="body">
    <h1 class="entry-title">{title}</h1>
    <div class="entry-content">
{photo if slug == "gioi-thieu" else ""}{_page_markdown(lines)}
    </div>
</section>"""
    return base(f"{title} - {SITENAME}", content, active=f"page:{slug}")


def _xml(value: str) -> str:
    return _html.escape(value, quote=False)


def atom_feed(self_path: str, posts: list[Post]) -> str:
    entries = []
    for p in posts:
        cats = "".join(f'<category term="{t}"></category>' for t in p.tags)
        summary = summary_html(p)
        entries.append(
            f"<entry><title>{_xml(p.title)}</title>"
            f'<link href="{p.path}" rel="alternate"></link>'
            f"<published>{p.published_at}</published>"
            f"<updated>{p.opts.get('modified', p.published_at)}</updated>"
            f"<author><name>{p.author}</name></author>"
            f"<id>tag:None,{p.published_at[:10]}:{p.path}</id>"
            f'<summary type="html">{_xml(summary)}</summary>'
            f'<content type="html">{_xml(render_body(p))}</content>{cats}</entry>'
        )
    updated = max(p.opts.get("modified", p.published_at) for p in posts)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{SITENAME}</title>'
        f'<link href="/" rel="alternate"></link><link href="{self_path}" rel="self"></link>'
        f"<id>/</id><updated>{updated}</updated>" + "".join(entries) + "</feed>"
    )


# --- the static host ----------------------------------------------------------------------------

_FILES = {"/files/2026/lich-kiem-tra-cuoi-hk1-2026-2027.pdf"}


class PelicanOutput:
    """The ``output/`` folder as a static host serves it: files by path, the query ignored."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, str]] = {}
        page = "text/html; charset=utf-8"
        xml = "application/xml"
        for post in POSTS:
            self.files[post.path] = (page, article_page(post))
        home = listing_pages("/index", BY_DATE, SITENAME)
        for path, body in home.items():
            self.files[path] = (page, body)
        for slug, name in CATEGORIES.items():
            posts = [p for p in BY_DATE if p.cat == slug]
            feed = f'    <link href="/feeds/{slug}.atom.xml" type="application/atom+xml" rel="alternate" title="{SITENAME} Categories ATOM Feed"/>'
            for path, body in listing_pages(
                f"/category/{slug}", posts, f"{name} - {SITENAME}", slug, feed
            ).items():
                self.files[path] = (page, body)
            self.files[f"/feeds/{slug}.atom.xml"] = (
                xml,
                atom_feed(f"/feeds/{slug}.atom.xml", posts),
            )
        for name, slug in AUTHORS.items():
            posts = [p for p in BY_DATE if p.author == name]
            for path, body in listing_pages(
                f"/author/{slug}", posts, f"{name} - {SITENAME}"
            ).items():
                self.files[path] = (page, body)
        for tag, slug in TAGS.items():
            posts = [p for p in BY_DATE if tag in p.tags]
            for path, body in listing_pages(f"/tag/{slug}", posts, f"{tag} - {SITENAME}").items():
                self.files[path] = (page, body)
        self.files["/feeds/all.atom.xml"] = (xml, atom_feed("/feeds/all.atom.xml", BY_DATE))
        self.files["/archives.html"] = (page, archives_page())
        self.files["/categories.html"] = (
            page,
            index_of(
                "Categories for",
                [(_cat_link(s), n, sum(p.cat == s for p in POSTS)) for s, n in CATEGORIES.items()],
                "fa-folder-open",
            ),
        )
        self.files["/tags.html"] = (
            page,
            index_of(
                "Tags for",
                [(_tag_link(t), t, sum(t in p.tags for p in POSTS)) for t in sorted(TAGS)],
                "fa-tag",
            ),
        )
        self.files["/authors.html"] = (
            page,
            index_of(
                "Authors on",
                [(_author_link(a), a, sum(p.author == a for p in POSTS)) for a in AUTHORS],
                "fa-user",
            ),
        )
        for slug in PAGES:
            self.files[f"/pages/{slug}.html"] = (page, static_page(slug))

    def respond(self, request: Request) -> Response | None:
        path = "/index.html" if request.path == "/" else request.path
        if path in self.files:
            ctype, body = self.files[path]
            return Response(
                200, body, {"Content-Type": ctype, "Last-Modified": "Wed, 25 Nov 2026 01:12:09 GMT"}
            )
        if path in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/theme/")):
            return static_file(path)
        return None


def build_site() -> PelicanOutput:
    return PelicanOutput()
