"""Textpattern CMS 4.8: the site of the Phòng Giáo dục và Đào tạo huyện Bảo Yên (tỉnh Lào Cai).

The platform
------------
A PHP Textpattern 4.8 install with the "/section/id/url-title" permanent-link mode, on a theme
derived from Textpattern's default "four point nine" theme by a district IT teacher in 2019.
Textpattern keeps the old "messy" addresses alive beside the clean ones: ``/index.php?id=57``
serves the very same article as ``/tin-tuc/57/hoi-nghi-…`` (its ``rel=canonical`` names the
clean form). Bodies are written in Textile, so the markup is Textile's: ``<p>``, ``<h3>``,
``<ul>``/``<ol>`` with tab-indented ``<li>``, ``<table>`` rows, ``<blockquote><p>``, and the
typographic glyphs as numeric references (``&#8211;`` for "–", ``&#8220;``/``&#8221;`` for
quotes, ``&#8230;``). One article (the Tiểu học team's) was typed with Unikey set to "Unicode
tổ hợp": its title, excerpt and body are decomposed (NFD). Everything else is NFC UTF-8.

Sections and URL scheme
-----------------------
- ``/`` (front page, also ``/index.php``): the latest news, 5 a page, with ``?pg=2``, ``?pg=3``.
- ``/tin-tuc/``: the news section (13 articles, all the gold), 5 a page, ``/tin-tuc/?pg=2``.
  Category lists ``/tin-tuc/?c=hoat-dong-chuyen-mon`` (and ``&pg=2``); month archives
  ``/tin-tuc/?month=2026-10`` (and ``&pg=2``).
- ``/tin-tuc/<id>/<url-title>``: an article. Textpattern ignores the url-title part in this
  mode, so any slug after the id serves the article; only the real slug is linked.
- ``/index.php?id=<id>``: the messy duplicate of every article and document entry (same page,
  canonical to the clean form). Linked from the "Tin mới" side box (5 latest news), from the
  RSS feed and from three article bodies edited before the 2019 switch to clean URLs.
- ``/van-ban/``: documents. Each entry ``/van-ban/<id>/<url-title>`` is a title, a date and a
  list of PDF downloads (``/file_download/<n>/<file>.pdf``, binary): not articles. Category
  lists ``/van-ban/?c=cong-van``, ``/van-ban/?c=quyet-dinh``.
- ``/gioi-thieu/`` (a static page: the office, its leaders, its functions) and ``/lien-he/``
  (address, phone, a contact form posting to itself).
- ``/author/<name>``: the articles of one login, the name being the login's real name written
  as a lower-case hyphenated slug and percent-encoded UTF-8 (``/author/t%E1%BB%95-chuy%C3%AAn-
  m%C3%B4n-thcs`` for "Tổ Chuyên môn THCS"), with ``?pg=``.
- ``/?q=<words>``: search results (all sections), 5 a page, ``/?q=…&pg=2``. The keywords under
  each article ("Từ khóa:") link to searches.
- ``/index.php?rss=1`` (RSS 2.0, items linked with the messy form) and ``/?atom=1`` (Atom, clean
  permlinks), both linked in the ``<head>`` and in the footer.

Pagination is Textpattern's ``<txp:newer>``/``<txp:older>`` pair only: "« Trước" (newer, left
out on the first page; page 1 has no ``pg``) and "Sau »" (older, left out on the last page). No
page numbers anywhere.

Page furniture (every page)
---------------------------
Header: the site's name (an ``<h1>`` in the four point nine header), the slogan "Tỉnh Lào Cai",
today's date (the header clock, from ``TODAY``), the menu (Trang chủ, Giới thiệu, Tin tức, Văn
bản, Liên hệ). Side column: a search form (GET ``/?q=``), "Tin mới" (5 messy links), "Chuyên
mục" (the news categories, one of them empty), "Lưu trữ" (a hand-written loop printing every
month since the site opened: ``/tin-tuc/?month=2026-11`` back to ``2019-09``, 87 links; the
articles before August 2026 were lost when the site was reinstalled after a database crash, so
every month before 2026-09 answers "Không có bài viết nào."), the visitor counter ("Đang truy
cập: 7 — Tổng lượt truy cập: 215.804"), "Liên kết" (the Sở and the neighbouring PGDs, other
hosts). Footer: address, phone, email, "Chịu trách nhiệm chính", "Thiết kế bởi …", "Powered by
Textpattern", the feed links.

The article page
----------------
``<main>`` holds ``<article class="article">``: ``<h1 itemprop="headline">``; the meta line
``<p class="article-meta">Đăng ngày <time datetime="2026-11-14T08:30:00+07:00"
itemprop="datePublished">14 Tháng Mười Một, 2026</time> bởi <a rel="author" href="/author/…">
REAL NAME</a> trong <a href="/tin-tuc/?c=…">CATEGORY</a></p>``; the excerpt field (7 of 13
articles) in ``<div class="excerpt"><p>…</p></div>``; the Textile body in ``<div
class="article-body" itemprop="articleBody">``; then "Từ khóa:" links, a "Chia sẻ" list of share
links (Facebook, Zalo, X, email), "Bài trước"/"Bài sau" (by date within the news section), and
after the article a "Bài viết liên quan" list (same category). Two articles (224, 241) carry
Textpattern comments: readers' names with dated ``<time>`` links, and the comment form (Tên,
Email, Website, Nội dung, "Xem trước", "Gửi") whose action is ``…?comment=preview#cpreview``
(a GET of that address serves the article again, canonical to the clean form; a POST answers a
preview). Images are ``<p><img src="/images/N.jpg" alt=… width=… height=…></p>``; the editors
wrote captions either as ``<p class="caption">…</p>`` (Textile ``p(caption).``) or as a plain
``<p><em>(…)</em></p>``; one photo (224) has no caption at all. Alt texts are sometimes the
caption, sometimes a camera file name, sometimes empty: never a caption source.

Logins (the meta line prints the login's real name field)
--------------------------------------------------------
``admin`` (real name left "admin"), ``tcm-thcs`` ("Tổ Chuyên môn THCS"), ``tcm-th`` ("Tổ
Chuyên môn Tiểu học"), ``vanphong`` ("Tổ Văn phòng"), ``thuyht`` ("Hoàng Thị Thủy"), ``lanvt``
("Vũ Thị Lan").

Gold decisions (13 articles, all in /tin-tuc/)
----------------------------------------------
Every gold ``path`` is the clean permlink (also the canonical); ``alt_paths`` holds the messy
``/index.php?id=N`` and, for the two articles with comments, the ``?comment=preview`` address.
- Title: the ``<h1 itemprop="headline">`` (the ``<title>`` adds " | Phòng GD&ĐT Bảo Yên").
- Date: the page prints only the day ("14 Tháng Mười Một, 2026"); the time is only in the
  ``<time datetime>`` attribute, so by house convention ``published_at`` is the day alone
  ("2026-11-14"). Comment dates, the header clock and dates inside the text are not it.
- Category: the category the meta line names ("trong Hoạt động chuyên môn").
- Summary: the excerpt when there is one (then it is also the body's first paragraph), else
  None; bodies never repeat their excerpt.
- Body: the Textile paragraphs, ``<h3>`` headings, list items, table rows (cells " | "), the
  blockquote's paragraph; not the caption lines, bylines, "Nguồn:" lines, the signature, the
  "File đính kèm:" line, tags, share list, prev/next, related list, comments.
- Captions: the ``p.caption`` text; for the ``<em>(…)</em>`` form the text inside the
  parentheses (the parentheses are the editor's way of setting a caption apart, not words).
- Authors, article by article:
  * 212 "Khai giảng…": meta "admin", last line "Tin, ảnh: Lương Thị Hạnh": the byline wins
    over the bare login: authors and photographers [Lương Thị Hạnh].
  * 215 "Thông báo lịch tiếp công dân…": meta "Tổ Văn phòng", nothing in the text: an office
    that alone signs is the author, as printed: [Tổ Văn phòng].
  * 219 "Hội nghị triển khai nhiệm vụ…THCS": meta "Tổ Chuyên môn THCS", no byline: [Tổ
    Chuyên môn THCS].
  * 224 "Tập huấn sử dụng phần mềm…": meta "Hoàng Thị Thủy" (a person's login): [Hoàng Thị
    Thủy]. She also answers a comment under her name (a comment, not a byline); the reader
    "Nguyễn Văn Toàn" credits nothing.
  * 228 "Trường PTDTBT THCS Xuân Thượng… Trung thu": meta "admin", last line "Nguồn: Trường
    PTDTBT THCS Xuân Thượng": source is the school, authors [] (a source is not a writer).
  * 233 "Thông báo cho học sinh nghỉ học do mưa lũ…": meta "admin"; the notice ends with the
    signature "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" then "Trần Văn Hưng": the named signer is the
    author: [Trần Văn Hưng]; the office line is the letterhead of his signature, not a second
    author.
  * 237 "Hội thi giáo viên dạy giỏi… Tiểu học" (NFD text): meta "Tổ Chuyên môn Tiểu học":
    [Tổ Chuyên môn Tiểu học]; the vice-head quoted in the text is not a writer.
  * 241 "Kết quả kỳ thi chọn học sinh giỏi lớp 9…": meta "Tổ Chuyên môn THCS": [Tổ Chuyên
    môn THCS]; the commenters (one of them "Tổ Chuyên môn THCS" again) credit nothing more.
  * 246 "Công đoàn ngành… bóng chuyền hơi": meta "admin", last line "Tin: Phạm Thu Trang –
    Ảnh: Lý Văn Sáng": authors [Phạm Thu Trang], photographers [Lý Văn Sáng].
  * 250 "Tăng cường phòng, chống dịch bệnh…": meta "admin", "Nguồn: Trung tâm Y tế huyện Bảo
    Yên": source that centre, authors [].
  * 254 "Sinh hoạt chuyên môn cụm trường…": meta "Vũ Thị Lan": [Vũ Thị Lan].
  * 259 "Hội thảo nâng cao chất lượng dạy học tiếng Việt…": meta "admin", no byline: nobody.
  * 263 "Lễ kỷ niệm 44 năm Ngày Nhà giáo…": meta "admin", "Tin, ảnh: Lương Thị Hạnh": authors
    and photographers [Lương Thị Hạnh].

How each gold article is reached
--------------------------------
All 13 from ``/`` (front page pages 1-3) and ``/tin-tuc/`` (pages 1-3); also from category,
author and month lists, search results, prev/next links, related lists; the 5 latest also as
messy links in "Tin mới" (same article, canonical to the clean path).

Non-articles a reader can open (``NON_ARTICLES``): ``/gioi-thieu/``, ``/lien-he/`` and the
three document entries ``/van-ban/217/…``, ``/van-ban/240/…``, ``/van-ban/256/…``. Each entry
prints the article furniture (h1 headline, meta line with a ``<time>``) around nothing but a
list of PDF links.

Traps
-----
- ``/index.php?id=N`` duplicates of every article and document (canonical to the clean form).
- ``/?q=…`` search pages with their own ``&pg=`` pagination, linked from every article's tags.
- ``/index.php?rss=1`` and ``/?atom=1`` feeds (in the head and the footer; RSS items link messy).
- 87 month archive links back to 2019-09, 84 of them "Không có bài viết nào." pages; 2026-09
  has two pages.
- ``/file_download/N/…pdf``: binary PDFs (application/pdf), linked from documents and 241.
- The comment form's ``?comment=preview`` action (GET: the article again; POST: a preview).
- ``/author/…`` lists (percent-encoded UTF-8 paths), category lists, the empty category
  "Thi đua – Khen thưởng" ("Không có bài viết nào.").
- Comment blocks with readers' names and dated ``<time>`` elements under two articles.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "textpattern_pgd"
PLATFORM = "Textpattern CMS 4.8 (four point nine theme, clean + messy URLs)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Bảo Yên"
SHORT_NAME = "Phòng GD&ĐT Bảo Yên"
SLOGAN = "Tỉnh Lào Cai"
#: the header clock prints today's date without the word "ngày"
HEADER_DATE = TODAY.replace("ngày ", "")
PER_PAGE = 5

#: login -> (real name printed in the meta line, author URL slug)
USERS = {
    "admin": ("admin", "admin"),
    "tcm-thcs": ("Tổ Chuyên môn THCS", "tổ-chuyên-môn-thcs"),
    "tcm-th": ("Tổ Chuyên môn Tiểu học", "tổ-chuyên-môn-tiểu-học"),
    "vanphong": ("Tổ Văn phòng", "tổ-văn-phòng"),
    "thuyht": ("Hoàng Thị Thủy", "hoàng-thị-thủy"),
    "lanvt": ("Vũ Thị Lan", "vũ-thị-lan"),
}

#: news categories in the order of the "Chuyên mục" box (the last one has no article)
NEWS_CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "hoat-dong-cac-truong": "Hoạt động các trường",
    "cong-doan": "Công đoàn",
    "thong-bao": "Thông báo",
    "thi-dua-khen-thuong": "Thi đua – Khen thưởng",
}
DOC_CATEGORIES = {"cong-van": "Công văn", "quyet-dinh": "Quyết định"}

MONTHS = {
    1: "Tháng Một",
    2: "Tháng Hai",
    3: "Tháng Ba",
    4: "Tháng Tư",
    5: "Tháng Năm",
    6: "Tháng Sáu",
    7: "Tháng Bảy",
    8: "Tháng Tám",
    9: "Tháng Chín",
    10: "Tháng Mười",
    11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}
#: the "Lưu trữ" loop: every month from the current one back to the site's opening
ARCHIVE_FIRST = (2019, 9)
ARCHIVE_LAST = (2026, 11)

COUNTER = "Đang truy cập: 7 — Tổng lượt truy cập: 215.804"


@dataclass(frozen=True)
class Comment:
    """A reader's comment under an article (never article text)."""

    id: int
    name: str
    posted: str
    text: str


@dataclass(frozen=True)
class Doc:
    """A "van-ban" entry: a title, a date and its PDF downloads; not an article."""

    id: int
    slug: str
    title: str
    cat: str
    posted: str
    login: str
    #: (file id, file name, size, downloads)
    files: tuple[tuple[int, str, str, int], ...]


def byline(text: str, tag: str = "strong") -> Raw:
    """The right-aligned last line the editors type under a story (Textile ``p>. *…*``)."""
    shown = _html.escape(text, quote=False).replace("–", "&#8211;")
    return Raw(f'<p style="text-align:right"><{tag}>{shown}</{tag}></p>')


def cap(src: str, caption: str, alt: str = "", size: tuple[int, int] = (800, 533)) -> Img:
    """A photo with its caption typed as ``p(caption).`` (printed as ``<p class="caption">``)."""
    return Img(src, caption, caption, style=f"class|{alt}|{size[0]}x{size[1]}")


def em(src: str, caption: str, alt: str = "", size: tuple[int, int] = (800, 533)) -> Img:
    """A photo with its caption typed as a plain italic line in parentheses."""
    return Img(src, f"({caption})", caption, style=f"em|{alt}|{size[0]}x{size[1]}")


def h3(value: str) -> P:
    return P(value, "h3")


def ul(*items: str) -> list[P]:
    return [P(item, "ul") for item in items]


def ol(*items: str) -> list[P]:
    return [P(item, "ol") for item in items]


def row(cells: str, header: bool = False) -> P:
    """A table row; its cells are the gold text's " | " parts."""
    return P(cells, "th" if header else "tr")


# --- the news (all gold) ---------------------------------------------------------------------

S212 = Story(
    id=212,
    slug="khai-giang-nam-hoc-2026-2027-tai-cac-truong-hoc-tren-dia-ban-huyen",
    title="Khai giảng năm học 2026 – 2027 tại các trường học trên địa bàn huyện",
    cat="tin-giao-duc",
    published_at="2026-09-05",
    summary=(
        "Sáng ngày 05/9/2026, hơn 19.000 học sinh các cấp học trên địa bàn huyện Bảo Yên hân "
        "hoan bước vào năm học mới 2026 – 2027 trong không khí phấn khởi, an toàn và tiết kiệm."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Năm học 2026 – 2027, toàn huyện có 71 trường học với 612 lớp và nhóm lớp; trong đó "
            "có 24 trường mầm non, 21 trường tiểu học, 4 trường TH&THCS và 22 trường THCS. Ngay "
            "từ cuối tháng 8, các nhà trường đã chủ động tu sửa cơ sở vật chất, vệ sinh trường "
            "lớp, sắp xếp phòng ở cho học sinh bán trú."
        ),
        cap(
            "/images/301.jpg",
            "Đồng chí Nguyễn Thị Minh Hà, Phó Chủ tịch UBND huyện đánh trống khai giảng tại "
            "Trường THCS số 1 Phố Ràng",
            alt="DSC_0457.JPG",
        ),
        P(
            "Tại Trường THCS số 1 thị trấn Phố Ràng, đồng chí Nguyễn Thị Minh Hà, Phó Chủ tịch "
            "UBND huyện đã dự và đánh trống khai giảng năm học mới. Phát biểu tại buổi lễ, đồng "
            "chí ghi nhận những kết quả nhà trường đạt được trong năm học vừa qua, đồng thời đề "
            "nghị tập thể giáo viên tiếp tục đổi mới phương pháp dạy học, quan tâm đến học sinh "
            "có hoàn cảnh khó khăn."
        ),
        P(
            "Cùng thời gian, các đồng chí lãnh đạo huyện, lãnh đạo Phòng GD&ĐT chia thành các "
            "đoàn đến dự lễ khai giảng, tặng quà cho học sinh tại các trường vùng khó khăn như "
            "Trường PTDTBT THCS Tân Tiến, Trường PTDTBT TH Nghĩa Đô, Trường Mầm non Vĩnh Yên."
        ),
        cap(
            "/images/302.jpg",
            "Học sinh Trường PTDTBT TH Nghĩa Đô trong ngày khai giảng",
            alt="Học sinh Trường PTDTBT TH Nghĩa Đô trong ngày khai giảng",
        ),
        P(
            "Lễ khai giảng ở các trường được tổ chức ngắn gọn, trang trọng trong khoảng 60 phút; "
            "phần văn nghệ chào mừng do chính học sinh biểu diễn mang đậm bản sắc dân tộc Tày, "
            "Dao, Mông. Sau lễ khai giảng, các nhà trường tổ chức dạy học ngay theo thời khóa "
            "biểu."
        ),
        byline("Tin, ảnh: Lương Thị Hạnh"),
    ],
    authors=["Lương Thị Hạnh"],
    photographers=["Lương Thị Hạnh"],
    opts={
        "login": "admin",
        "posted": "2026-09-05T10:15:00+07:00",
        "tags": ["khai giảng", "năm học mới"],
    },
)

S215 = Story(
    id=215,
    slug="thong-bao-lich-tiep-cong-dan-thang-9-2026",
    title="Thông báo lịch tiếp công dân tháng 9/2026",
    cat="thong-bao",
    published_at="2026-09-09",
    blocks=[
        P(
            "Phòng Giáo dục và Đào tạo huyện Bảo Yên thông báo lịch tiếp công dân định kỳ tháng "
            "9/2026 như sau: Trưởng phòng tiếp công dân vào sáng thứ Năm các ngày 10/9 và "
            "24/9/2026, tại phòng tiếp dân của cơ quan (tầng 1, trụ sở Phòng GD&ĐT)."
        ),
        P(
            "Ngoài lịch định kỳ, cán bộ, giáo viên và nhân dân có thể gửi đơn thư qua bộ phận "
            "văn thư trong giờ hành chính."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={"login": "vanphong", "posted": "2026-09-09T07:40:00+07:00", "tags": ["tiếp công dân"]},
)

S219 = Story(
    id=219,
    slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-thcs",
    title="Hội nghị triển khai nhiệm vụ năm học 2026 – 2027 cấp THCS",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-09-16",
    summary=(
        "Ngày 15/9/2026, Phòng GD&ĐT huyện Bảo Yên tổ chức hội nghị triển khai nhiệm vụ năm học "
        "2026 – 2027 cấp THCS cho hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn 26 "
        "trường có cấp THCS trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị được tổ chức trực tiếp tại hội trường Trung tâm Chính trị huyện, kết hợp "
            "trực tuyến đến các điểm cầu ở Trường PTDTBT THCS Tân Tiến và Trường PTDTBT THCS "
            "Xuân Thượng."
        ),
        h3("Kết quả năm học 2025 – 2026"),
        P(
            "Năm học 2025 – 2026, tỉ lệ học sinh THCS đi học chuyên cần đạt 98,6%; tỉ lệ học "
            "sinh hoàn thành chương trình lớp 9 đạt 99,2%. Toàn huyện có 47 học sinh đạt giải "
            "trong kỳ thi chọn học sinh giỏi cấp tỉnh, tăng 9 giải so với năm học trước."
        ),
        em(
            "/images/305.jpg",
            "Quang cảnh hội nghị triển khai nhiệm vụ năm học cấp THCS",
            alt="",
            size=(900, 506),
        ),
        h3("Nhiệm vụ trọng tâm năm học 2026 – 2027"),
        *ol(
            "Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 đối với tất cả các khối "
            "lớp; rà soát kế hoạch giáo dục nhà trường theo hướng phát huy phẩm chất, năng lực "
            "học sinh.",
            "Nâng cao chất lượng dạy học ngoại ngữ và tin học; triển khai dạy học tích hợp giáo "
            "dục STEM ít nhất 4 chủ đề mỗi khối lớp.",
            "Duy trì sĩ số, phấn đấu không để học sinh bỏ học giữa chừng; quan tâm học sinh bán "
            "trú, học sinh có hoàn cảnh khó khăn.",
            "Đẩy mạnh chuyển đổi số trong quản lý, sử dụng học bạ số và sổ điểm điện tử ở 100% "
            "các trường.",
        ),
        P("Chỉ tiêu cụ thể giao cho các trường như sau:"),
        row("Chỉ tiêu | Năm học 2025 – 2026 | Năm học 2026 – 2027", header=True),
        row("Tỉ lệ duy trì sĩ số | 99,1% | 99,5%"),
        row("Học sinh hoàn thành chương trình lớp 9 | 99,2% | 99,5%"),
        row("Giải học sinh giỏi cấp tỉnh | 47 | 50"),
        row("Trường đạt chuẩn quốc gia | 15 | 17"),
        P(
            "Kết luận hội nghị, đồng chí Đỗ Văn Thắng, Phó Trưởng phòng GD&ĐT đề nghị các nhà "
            "trường khẩn trương xây dựng kế hoạch giáo dục, hoàn thành trước ngày 30/9/2026 và "
            "gửi về Phòng qua hệ thống quản lý văn bản."
        ),
    ],
    authors=["Tổ Chuyên môn THCS"],
    opts={
        "login": "tcm-thcs",
        "posted": "2026-09-16T14:20:00+07:00",
        "tags": ["THCS", "nhiệm vụ năm học"],
    },
)

S224 = Story(
    id=224,
    slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly",
    title="Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-09-22",
    blocks=[
        P(
            "Trong hai ngày 20 và 21/9/2026, Phòng GD&ĐT huyện Bảo Yên phối hợp với đơn vị cung "
            "cấp phần mềm tổ chức tập huấn sử dụng phần mềm quản lý trường học cho 142 cán bộ "
            "quản lý và nhân viên văn thư các trường mầm non, tiểu học và THCS."
        ),
        Img("/images/308.jpg", None, None, style="none|z5861203947716_1b0c.jpg|1280x720"),
        P(
            "Các học viên được hướng dẫn cập nhật hồ sơ học sinh, xếp thời khóa biểu, nhập điểm "
            "và ký số học bạ điện tử. Đây là một trong những nội dung đã được nêu tại Hội nghị "
            "triển khai nhiệm vụ năm học cấp THCS."
        ),
        P(
            "Sau tập huấn, các trường hoàn thành việc cập nhật dữ liệu đầu năm học trước ngày "
            "05/10/2026. Bộ phận chuyển đổi số của Phòng sẽ hỗ trợ trực tuyến các trường gặp khó "
            "khăn qua nhóm Zalo “Chuyển đổi số GD Bảo Yên”."
        ),
    ],
    authors=["Hoàng Thị Thủy"],
    opts={
        "login": "thuyht",
        "posted": "2026-09-22T16:05:00+07:00",
        "tags": ["chuyển đổi số", "phần mềm"],
        "links": {"Hội nghị triển khai nhiệm vụ năm học cấp THCS": "/index.php?id=219"},
        "comments": [
            Comment(
                31,
                "Nguyễn Văn Toàn",
                "2026-09-22T20:14:00+07:00",
                "Cảm ơn Phòng đã tổ chức lớp tập huấn rất thiết thực. Đề nghị gửi lại tài liệu "
                "hướng dẫn cho các trường.",
            ),
            Comment(
                32,
                "Hoàng Thị Thủy",
                "2026-09-23T07:32:00+07:00",
                "Tài liệu đã được gửi qua hệ thống văn bản điện tử, các thầy cô kiểm tra giúp nhé.",
            ),
        ],
    },
)

S228 = Story(
    id=228,
    slug="truong-ptdtbt-thcs-xuan-thuong-to-chuc-vui-tet-trung-thu-cho-hoc-sinh-ban-tru",
    title="Trường PTDTBT THCS Xuân Thượng tổ chức vui Tết Trung thu cho học sinh bán trú",
    cat="hoat-dong-cac-truong",
    published_at="2026-09-26",
    summary=(
        "Tối 25/9/2026 (nhằm ngày 15 tháng 8 âm lịch), Trường PTDTBT THCS Xuân Thượng tổ chức "
        "chương trình “Đêm hội trăng rằm” cho hơn 180 học sinh bán trú."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chương trình gồm các phần thi làm mâm ngũ quả, rước đèn quanh sân trường và văn nghệ "
            "do các chi đội tự dàn dựng. Nhiều tiết mục múa sạp, hát then của học sinh người Tày "
            "được thầy cô và phụ huynh cổ vũ nhiệt tình."
        ),
        cap("/images/311.jpg", "Các em học sinh bán trú rước đèn quanh sân trường"),
        P(
            "Nhà trường đã vận động các nhà hảo tâm ủng hộ 200 suất quà gồm bánh nướng, bánh dẻo, "
            "sữa và đồ dùng học tập để trao cho học sinh. Đây là năm thứ năm liên tiếp nhà trường "
            "tổ chức Tết Trung thu cho học sinh ở bán trú xa gia đình."
        ),
        cap("/images/312.jpg", "Mâm ngũ quả đạt giải Nhất của chi đội 8A", alt="IMG_2031.jpg"),
        cap("/images/313.jpg", "Ban giám hiệu trao quà Trung thu cho học sinh", alt="IMG_2044.jpg"),
        P(
            "Chương trình khép lại với lời hứa của các em sẽ chăm ngoan, học giỏi, xứng đáng với "
            "sự quan tâm của thầy cô và các nhà hảo tâm."
        ),
        byline("Nguồn: Trường PTDTBT THCS Xuân Thượng", tag="em"),
    ],
    source="Trường PTDTBT THCS Xuân Thượng",
    opts={
        "login": "admin",
        "posted": "2026-09-26T09:30:00+07:00",
        "tags": ["Trung thu", "bán trú"],
    },
)

S233 = Story(
    id=233,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-do-mua-lu-ngay-30-9-2026",
    title="Thông báo cho học sinh nghỉ học do mưa lũ ngày 30/9/2026",
    cat="thong-bao",
    published_at="2026-09-29",
    blocks=[
        P(
            "Căn cứ Công điện số 08/CĐ-UBND ngày 29/9/2026 của Ủy ban nhân dân huyện về việc chủ "
            "động ứng phó với mưa lớn, lũ quét và sạt lở đất, Phòng Giáo dục và Đào tạo thông báo:"
        ),
        P(
            "Học sinh các trường mầm non, tiểu học, THCS tại các xã sau được nghỉ học ngày "
            "30/9/2026:"
        ),
        *ul(
            "Xã Tân Tiến, xã Nghĩa Đô, xã Vĩnh Yên;",
            "Xã Xuân Thượng, xã Xuân Hòa;",
            "Các điểm trường lẻ thuộc xã Điện Quan và xã Thượng Hà.",
        ),
        P(
            "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh; bố trí cán bộ, giáo "
            "viên trực bảo vệ tài sản và bảo đảm an toàn cho học sinh ở bán trú. Thời gian đi học "
            "trở lại sẽ có thông báo sau."
        ),
        byline("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
        byline("Trần Văn Hưng"),
    ],
    authors=["Trần Văn Hưng"],
    opts={"login": "admin", "posted": "2026-09-29T17:45:00+07:00", "tags": ["mưa lũ", "nghỉ học"]},
)

S237 = Story(
    id=237,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-07",
    summary=(
        "Từ ngày 01 đến ngày 06/10/2026, Phòng GD&ĐT huyện Bảo Yên tổ chức Hội thi giáo viên "
        "dạy giỏi cấp huyện bậc Tiểu học với sự tham gia của 64 giáo viên đến từ 25 trường "
        "tiểu học và TH&THCS."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
            "giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt. "
            "Ban giám khảo gồm 18 thành viên là cán bộ quản lý, giáo viên cốt cán của huyện."
        ),
        em(
            "/images/315.jpg",
            "Cô giáo Lý Thị Mai, Trường PTDTBT TH Tân Tiến, trong tiết dạy môn Tiếng Việt lớp 2",
            alt="hoi thi gvdg",
        ),
        P(
            "Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt phương pháp dạy học tích "
            "cực, sử dụng đồ dùng tự làm từ vật liệu sẵn có ở địa phương và lồng ghép tiếng mẹ đẻ "
            "của học sinh một cách hợp lý."
        ),
        P(
            "Hội thi không chỉ là nơi tôn vinh giáo viên giỏi mà còn là dịp để các thầy cô học "
            "hỏi lẫn nhau, lan tỏa những cách làm hay trong dạy học cho học sinh vùng dân tộc "
            "thiểu số.",
            "quote",
        ),
        P(
            "Phát biểu bế mạc, đồng chí Đỗ Văn Thắng, Phó Trưởng phòng GD&ĐT khẳng định như vậy. "
            "Kết quả, Ban tổ chức công nhận 41 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "huyện, trong đó 9 giáo viên được chọn tham dự hội thi cấp tỉnh."
        ),
        em("/images/316.jpg", "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt giải"),
    ],
    authors=["Tổ Chuyên môn Tiểu học"],
    opts={
        "login": "tcm-th",
        "posted": "2026-10-07T15:00:00+07:00",
        "tags": ["giáo viên dạy giỏi", "tiểu học"],
        "nfd": True,
    },
)

S241 = Story(
    id=241,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-15",
    blocks=[
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027 được tổ chức ngày "
            "10/10/2026 tại Trường THCS số 1 Phố Ràng với 312 thí sinh dự thi ở 9 môn: Ngữ văn, "
            "Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin học."
        ),
        P(
            "Căn cứ kết quả chấm thi, Phòng GD&ĐT đã ban hành Quyết định số 1187/QĐ-PGDĐT công "
            "nhận 146 học sinh đạt giải, trong đó có 12 giải Nhất, 31 giải Nhì, 45 giải Ba và 58 "
            "giải Khuyến khích."
        ),
        h3("Số giải theo môn thi"),
        row("Môn thi | Số thí sinh | Nhất | Nhì | Ba | KK", header=True),
        row("Ngữ văn | 45 | 2 | 4 | 6 | 8"),
        row("Toán | 48 | 2 | 5 | 7 | 9"),
        row("Tiếng Anh | 40 | 2 | 4 | 5 | 7"),
        row("Vật lí | 30 | 1 | 3 | 5 | 6"),
        row("Hóa học | 30 | 1 | 3 | 5 | 6"),
        row("Sinh học | 30 | 1 | 3 | 4 | 6"),
        row("Lịch sử | 30 | 1 | 3 | 4 | 5"),
        row("Địa lí | 30 | 1 | 3 | 4 | 5"),
        row("Tin học | 29 | 1 | 3 | 5 | 6"),
        row("Tổng | 312 | 12 | 31 | 45 | 58"),
        h3("Đơn vị dẫn đầu"),
        P(
            "Trường THCS số 1 Phố Ràng dẫn đầu toàn huyện với 38 giải, tiếp theo là Trường THCS "
            "Bảo Hà (17 giải) và Trường THCS Kim Sơn (14 giải). Đáng chú ý, Trường PTDTBT THCS "
            "Tân Tiến lần đầu có học sinh đạt giải Nhất môn Địa lí."
        ),
        P(
            "Các học sinh đạt giải Nhất, Nhì sẽ được bồi dưỡng tập trung để thành lập đội tuyển "
            "dự thi cấp tỉnh vào tháng 3/2027."
        ),
        Raw(
            '<p>File đính kèm: <a href="/file_download/18/qd-1187-ket-qua-hsg-lop-9.pdf">'
            "qd-1187-ket-qua-hsg-lop-9.pdf</a></p>"
        ),
    ],
    authors=["Tổ Chuyên môn THCS"],
    opts={
        "login": "tcm-thcs",
        "posted": "2026-10-15T10:00:00+07:00",
        "tags": ["học sinh giỏi", "THCS"],
        "links": {"Quyết định số 1187/QĐ-PGDĐT": "/index.php?id=240"},
        "comments": [
            Comment(
                40,
                "Phụ huynh em Minh Anh",
                "2026-10-15T19:02:00+07:00",
                "Cho tôi hỏi khi nào có danh sách đội tuyển cấp tỉnh ạ?",
            ),
            Comment(
                41,
                "Tổ Chuyên môn THCS",
                "2026-10-16T08:10:00+07:00",
                "Danh sách đội tuyển sẽ được thông báo trước ngày 15/11/2026 trên trang này.",
            ),
            Comment(
                44,
                "Trần Quốc Bảo",
                "2026-10-17T21:47:00+07:00",
                "Chúc mừng các em học sinh Tân Tiến!",
            ),
        ],
    },
)

S246 = Story(
    id=246,
    slug="cong-doan-nganh-giao-duc-huyen-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-20-10",
    title=(
        "Công đoàn ngành Giáo dục huyện tổ chức giải bóng chuyền hơi chào mừng Ngày Phụ nữ "
        "Việt Nam 20/10"
    ),
    cat="cong-doan",
    published_at="2026-10-20",
    summary=(
        "Ngày 18/10/2026, Công đoàn ngành Giáo dục huyện Bảo Yên tổ chức giải bóng chuyền hơi "
        "nữ chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
        "20/10/2026)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Giải có 14 đội đến từ các cụm trường trong huyện với hơn 150 vận động viên là nữ cán "
            "bộ, giáo viên, nhân viên. Các trận đấu diễn ra sôi nổi, hấp dẫn trong tinh thần đoàn "
            "kết, giao lưu, học hỏi."
        ),
        cap("/images/318.jpg", "Trận chung kết giữa đội cụm Phố Ràng và đội cụm Bảo Hà"),
        P(
            "Kết quả, đội cụm trường Phố Ràng giành giải Nhất, đội cụm Bảo Hà giải Nhì, đồng giải "
            "Ba thuộc về đội cụm Nghĩa Đô và đội cụm Xuân Thượng. Ban tổ chức cũng trao giải "
            "phong cách cho đội Trường Mầm non Long Khánh."
        ),
        cap("/images/319.jpg", "Ban tổ chức trao cúp cho đội vô địch", alt="trao cup"),
        byline("Tin: Phạm Thu Trang – Ảnh: Lý Văn Sáng"),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Lý Văn Sáng"],
    opts={"login": "admin", "posted": "2026-10-20T16:30:00+07:00", "tags": ["công đoàn", "20/10"]},
)

S250 = Story(
    id=250,
    slug="tang-cuong-phong-chong-dich-benh-mua-dong-xuan-trong-truong-hoc",
    title="Tăng cường phòng, chống dịch bệnh mùa đông – xuân trong trường học",
    cat="tin-giao-duc",
    published_at="2026-10-27",
    blocks=[
        P(
            "Thời tiết chuyển mùa là điều kiện thuận lợi cho các bệnh cúm, sởi, thủy đậu, tay "
            "chân miệng phát sinh và lây lan trong trường học. Trung tâm Y tế huyện khuyến cáo các "
            "nhà trường thực hiện tốt các biện pháp sau:"
        ),
        *ul(
            "Thường xuyên vệ sinh lớp học, nhà ăn, khu bán trú; mở cửa thông thoáng khi thời tiết "
            "cho phép.",
            "Hướng dẫn học sinh rửa tay bằng xà phòng trước khi ăn, sau khi đi vệ sinh; giữ ấm cơ "
            "thể khi trời rét.",
            "Theo dõi sức khỏe học sinh hằng ngày; khi phát hiện học sinh sốt, phát ban cần thông "
            "báo ngay cho gia đình và trạm y tế xã.",
            "Phối hợp với trạm y tế rà soát, tiêm vắc xin bổ sung cho trẻ chưa tiêm đủ mũi.",
        ),
        P(
            "Phòng GD&ĐT đề nghị Hiệu trưởng các trường tổ chức tuyên truyền đến cha mẹ học sinh "
            "và báo cáo ngay khi có trường hợp mắc bệnh truyền nhiễm."
        ),
        Raw("<p><em>Nguồn: Trung tâm Y tế huyện Bảo Yên</em></p>"),
    ],
    source="Trung tâm Y tế huyện Bảo Yên",
    opts={"login": "admin", "posted": "2026-10-27T08:50:00+07:00", "tags": ["y tế trường học"]},
)

S254 = Story(
    id=254,
    slug="sinh-hoat-chuyen-mon-cum-truong-theo-huong-nghien-cuu-bai-hoc-mon-ngu-van",
    title="Sinh hoạt chuyên môn cụm trường theo hướng nghiên cứu bài học môn Ngữ văn",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-04",
    summary=(
        "Ngày 31/10/2026, cụm trường THCS số 2 (gồm 6 trường khu vực phía Nam huyện) tổ chức "
        "sinh hoạt chuyên môn theo hướng nghiên cứu bài học môn Ngữ văn tại Trường THCS Bảo Hà."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiết dạy minh họa bài “Lặng lẽ Sa Pa” (Nguyễn Thành Long) do cô giáo Nguyễn Thu Hiền "
            "thực hiện với học sinh lớp 9A. Trong tiết học, giáo viên tổ chức cho học sinh làm "
            "việc nhóm, đóng vai nhân vật anh thanh niên để trình bày suy nghĩ về công việc thầm "
            "lặng ở vùng cao."
        ),
        cap(
            "/images/321.jpg",
            "Cô giáo Nguyễn Thu Hiền hướng dẫn học sinh lớp 9A thảo luận nhóm",
            alt="Cô giáo Nguyễn Thu Hiền hướng dẫn học sinh lớp 9A thảo luận nhóm",
        ),
        P(
            "Sau tiết dạy, giáo viên dự giờ tập trung phân tích hoạt động học của học sinh thay "
            "vì nhận xét giáo viên, chỉ ra những thời điểm học sinh gặp khó khăn và đề xuất điều "
            "chỉnh. Hình thức này đã được Tổ Chuyên môn Tiểu học áp dụng hiệu quả tại Hội thi "
            "giáo viên dạy giỏi vừa qua."
        ),
        P(
            "Kết thúc buổi sinh hoạt, các trường trong cụm thống nhất mỗi tháng tổ chức ít nhất "
            "một chuyên đề nghiên cứu bài học luân phiên giữa các môn Ngữ văn, Toán và Tiếng Anh."
        ),
    ],
    authors=["Vũ Thị Lan"],
    opts={
        "login": "lanvt",
        "posted": "2026-11-04T11:20:00+07:00",
        "tags": ["nghiên cứu bài học", "Ngữ văn"],
        "links": {"Hội thi giáo viên dạy giỏi": "/index.php?id=237"},
    },
)

S259 = Story(
    id=259,
    slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so",
    title="Hội thảo nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14",
    blocks=[
        P(
            "Ngày 13/11/2026, Phòng GD&ĐT huyện Bảo Yên tổ chức hội thảo chuyên đề “Nâng cao chất "
            "lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số” với sự tham gia của hơn 90 "
            "cán bộ quản lý, giáo viên mầm non và tiểu học."
        ),
        P(
            "Theo báo cáo đề dẫn, học sinh người Mông, người Dao ở các xã vùng cao khi vào lớp 1 "
            "còn hạn chế về vốn tiếng Việt, ảnh hưởng đến khả năng tiếp thu các môn học. Những "
            "năm qua, các trường đã triển khai nhiều giải pháp như tăng cường tiếng Việt cho trẻ "
            "mẫu giáo 5 tuổi, tổ chức “Ngày hội đọc”, xây dựng góc thư viện thân thiện trong lớp "
            "học…"
        ),
        em(
            "/images/323.jpg",
            "Giáo viên Trường PTDTBT TH Tân Tiến chia sẻ kinh nghiệm tại hội thảo",
            alt="IMG_20261113_090512.jpg",
        ),
        P(
            "Tại hội thảo, 8 tham luận đã được trình bày, tập trung vào các nội dung: dạy học "
            "tiếng Việt thông qua trò chơi, phát huy vai trò giáo viên biết tiếng dân tộc, phối "
            "hợp với cha mẹ học sinh tạo môi trường giao tiếp tiếng Việt tại gia đình."
        ),
        P(
            "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các trường lựa chọn, áp dụng những giải pháp "
            "phù hợp với điều kiện thực tế, định kỳ đánh giá hiệu quả và báo cáo kết quả vào cuối "
            "học kì I."
        ),
    ],
    opts={
        "login": "admin",
        "posted": "2026-11-14T08:30:00+07:00",
        "tags": ["tăng cường tiếng Việt"],
    },
)

S263 = Story(
    id=263,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-giao-duc",
    published_at="2026-11-20",
    summary=(
        "Sáng 19/11/2026, Phòng GD&ĐT huyện Bảo Yên long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Hoàng Văn Sơn, Bí thư Huyện ủy; đồng chí Nguyễn Thị Minh Hà, "
            "Phó Chủ tịch UBND huyện cùng đại diện các ban, ngành, đoàn thể và hơn 200 cán bộ quản "
            "lý, giáo viên tiêu biểu của ngành."
        ),
        cap("/images/325.jpg", "Đồng chí Hoàng Văn Sơn, Bí thư Huyện ủy phát biểu tại buổi lễ"),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, đồng chí Trần Văn Hưng, Trưởng "
            "phòng GD&ĐT khẳng định: từ một huyện còn nhiều khó khăn, đến nay giáo dục Bảo Yên đã "
            "có 100% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3, 52 trường đạt chuẩn quốc "
            "gia; đội ngũ nhà giáo ngày càng được chuẩn hóa."
        ),
        h3("Tuyên dương 35 nhà giáo tiêu biểu"),
        P(
            "Nhân dịp này, UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc trong "
            "năm học 2025 – 2026; Công đoàn ngành trao 20 suất quà cho giáo viên có hoàn cảnh đặc "
            "biệt khó khăn đang công tác tại các điểm trường vùng cao."
        ),
        cap("/images/326.jpg", "Các nhà giáo tiêu biểu nhận Giấy khen của UBND huyện"),
        em(
            "/images/327.jpg",
            "Tiết mục văn nghệ chào mừng của giáo viên Trường Mầm non Phố Ràng",
            alt="van nghe 20-11",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với các tiết mục văn nghệ do chính các thầy "
            "cô giáo biểu diễn."
        ),
        byline("Tin, ảnh: Lương Thị Hạnh"),
    ],
    authors=["Lương Thị Hạnh"],
    photographers=["Lương Thị Hạnh"],
    opts={"login": "admin", "posted": "2026-11-20T15:40:00+07:00", "tags": ["20/11", "nhà giáo"]},
)

#: the news section, oldest first (ids grow with posting)
STORIES = [S212, S215, S219, S224, S228, S233, S237, S241, S246, S250, S254, S259, S263]


# --- documents (not articles) ------------------------------------------------------------------

DOCS = [
    Doc(
        217,
        "cong-van-so-412-pgddt-thcs-ve-viec-huong-dan-xay-dung-ke-hoach-giao-duc-nha-truong",
        "Công văn số 412/PGDĐT-THCS về việc hướng dẫn xây dựng kế hoạch giáo dục nhà trường "
        "năm học 2026 – 2027",
        "cong-van",
        "2026-09-12T08:00:00+07:00",
        "vanphong",
        ((12, "cv-412-pgddt-thcs.pdf", "318 KB", 57),),
    ),
    Doc(
        240,
        "quyet-dinh-so-1187-qd-pgddt-cong-nhan-ket-qua-thi-chon-hoc-sinh-gioi-lop-9",
        "Quyết định số 1187/QĐ-PGDĐT công nhận kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện "
        "năm học 2026 – 2027",
        "quyet-dinh",
        "2026-10-14T16:20:00+07:00",
        "vanphong",
        (
            (18, "qd-1187-ket-qua-hsg-lop-9.pdf", "204 KB", 213),
            (19, "danh-sach-hoc-sinh-dat-giai.pdf", "1,2 MB", 188),
        ),
    ),
    Doc(
        256,
        "cong-van-so-530-pgddt-vp-ve-viec-to-chuc-cac-hoat-dong-ky-niem-ngay-nha-giao-viet-nam",
        "Công văn số 530/PGDĐT-VP về việc tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam "
        "20/11",
        "cong-van",
        "2026-11-06T09:05:00+07:00",
        "vanphong",
        ((21, "cv-530-pgddt-vp.pdf", "151 KB", 96),),
    ),
]

# --- the static pages ----------------------------------------------------------------------------

ABOUT_TITLE = "Giới thiệu Phòng Giáo dục và Đào tạo huyện Bảo Yên"
ABOUT_HTML = """<p>Phòng Giáo dục và Đào tạo huyện Bảo Yên là cơ quan chuyên môn thuộc Ủy ban nhân \
dân huyện, có chức năng tham mưu, giúp UBND huyện quản lý nhà nước về giáo dục mầm non, giáo dục \
tiểu học và giáo dục trung học cơ sở trên địa bàn huyện.</p>
<h3>Lãnh đạo Phòng</h3>
<ul>
\t<li>Trưởng phòng: ông Trần Văn Hưng &#8211; ĐT: 0214 3876 123</li>
\t<li>Phó Trưởng phòng: ông Đỗ Văn Thắng &#8211; phụ trách cấp THCS</li>
\t<li>Phó Trưởng phòng: bà Hoàng Thị Thủy &#8211; phụ trách cấp Mầm non, Tiểu học, chuyển đổi số</li>
</ul>
<h3>Các bộ phận</h3>
<p>Tổ Văn phòng, Tổ Chuyên môn Mầm non, Tổ Chuyên môn Tiểu học, Tổ Chuyên môn THCS, Tổ Kế hoạch \
&#8211; Tài chính.</p>
<h3>Quy mô mạng lưới trường lớp</h3>
<table>
\t\t<tr>
\t\t\t<th>Cấp học </th>
\t\t\t<th>Số trường </th>
\t\t\t<th>Số học sinh </th>
\t\t</tr>
\t\t<tr>
\t\t\t<td>Mầm non </td>
\t\t\t<td>24 </td>
\t\t\t<td>5.380 </td>
\t\t</tr>
\t\t<tr>
\t\t\t<td>Tiểu học, TH&amp;THCS </td>
\t\t\t<td>25 </td>
\t\t\t<td>8.214 </td>
\t\t</tr>
\t\t<tr>
\t\t\t<td>THCS </td>
\t\t\t<td>22 </td>
\t\t\t<td>5.637 </td>
\t\t</tr>
</table>
<p>Trụ sở: Tổ dân phố 2, thị trấn Phố Ràng, huyện Bảo Yên, tỉnh Lào Cai.</p>"""

CONTACT_HTML = """<p><strong>Phòng Giáo dục và Đào tạo huyện Bảo Yên</strong></p>
<p>Địa chỉ: Tổ dân phố 2, thị trấn Phố Ràng, huyện Bảo Yên, tỉnh Lào Cai<br>
Điện thoại: 0214 3876 123 &#8211; Fax: 0214 3876 124<br>
Email: <a href="mailto:pgdbaoyen@laocai.edu.vn">pgdbaoyen@laocai.edu.vn</a></p>
<p>Giờ làm việc: sáng 7h30 &#8211; 11h30, chiều 13h30 &#8211; 17h00 các ngày thứ Hai đến thứ Sáu.</p>
<form method="post" action="/lien-he/" class="zemContactForm">
<fieldset>
<legend>Gửi ý kiến cho Phòng</legend>
<p><label for="zemName">Họ và tên</label> <input type="text" id="zemName" name="zem_name"></p>
<p><label for="zemEmail">Email</label> <input type="email" id="zemEmail" name="zem_email"></p>
<p><label for="zemMsg">Nội dung</label> <textarea id="zemMsg" name="zem_message" rows="6"></textarea></p>
<p><input type="submit" name="zem_contact_submit" value="Gửi"></p>
</fieldset>
</form>"""


# --- gold ----------------------------------------------------------------------------------------


def _permlink(story: Story) -> str:
    return f"/tin-tuc/{story.id}/{story.slug}"


def _gold(story: Story, category: str, preview: bool = False) -> dict:
    alts = [f"/index.php?id={story.id}"]
    if preview:
        alts.append(f"{_permlink(story)}?comment=preview")
    return gold_record(story, _permlink(story), category, alt_paths=alts)


GOLD = [
    _gold(S212, "Tin giáo dục"),
    _gold(S215, "Thông báo"),
    _gold(S219, "Hoạt động chuyên môn"),
    _gold(S224, "Hoạt động chuyên môn", preview=True),
    _gold(S228, "Hoạt động các trường"),
    _gold(S233, "Thông báo"),
    _gold(S237, "Hoạt động chuyên môn"),
    _gold(S241, "Hoạt động chuyên môn", preview=True),
    _gold(S246, "Công đoàn"),
    _gold(S250, "Tin giáo dục"),
    _gold(S254, "Hoạt động chuyên môn"),
    _gold(S259, "Hoạt động chuyên môn"),
    _gold(S263, "Tin giáo dục"),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    *(f"/van-ban/{doc.id}/{doc.slug}" for doc in DOCS),
]


# --- rendering: text, dates, links -------------------------------------------------------------

#: php-textile writes its typographic glyphs as numeric references
_GLYPHS = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def textile(value: str, nfd: bool = False) -> str:
    """A line of Textile output: escaped, glyphs as references, decomposed when typed so."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for char, ref in _GLYPHS.items():
        s = s.replace(char, ref)
    return s


def plain(value: str, nfd: bool = False) -> str:
    """A title or name as Textpattern prints it outside Textile: escaped, glyphs left as typed."""
    return esc(unicodedata.normalize("NFD", value) if nfd else value)


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def long_date(iso: str) -> str:
    """Textpattern's "%d %B, %Y" in the Vietnamese language pack: "14 Tháng Mười Một, 2026"."""
    d = when(iso)
    return f"{d.day:02d} {MONTHS[d.month]}, {d.year}"


def short_date(iso: str) -> str:
    d = when(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def author_path(login: str) -> str:
    return "/author/" + quote(USERS[login][1])


def doc_link(doc: Doc) -> str:
    return f"/van-ban/{doc.id}/{doc.slug}"


def permlink(item: Story | Doc) -> str:
    return _permlink(item) if isinstance(item, Story) else doc_link(item)


def posted(item: Story | Doc) -> str:
    return item.opts["posted"] if isinstance(item, Story) else item.posted


def login_of(item: Story | Doc) -> str:
    return item.opts["login"] if isinstance(item, Story) else item.login


def is_nfd(item: Story | Doc) -> bool:
    return isinstance(item, Story) and bool(item.opts.get("nfd"))


def by_date(items: list) -> list:
    """Newest first, as every Textpattern list sorts by default (Posted desc)."""
    return sorted(items, key=lambda it: when(posted(it)), reverse=True)


NEWS = by_date(STORIES)
ALL_ITEMS = by_date([*STORIES, *DOCS])
BY_ID: dict[int, Story | Doc] = {it.id: it for it in ALL_ITEMS}


def _img_html(img: Img, nfd: bool) -> str:
    kind, alt, size = img.style.split("|")
    width, height = size.split("x")
    out = f'<p><img src="{img.src}" alt="{plain(alt, nfd)}" width="{width}" height="{height}"></p>'
    if kind == "class":
        out += f'\n\n<p class="caption">{textile(img.printed or "", nfd)}</p>'
    elif kind == "em":
        out += f"\n\n<p><em>{textile(img.printed or '', nfd)}</em></p>"
    return out


def render_body(story: Story) -> str:
    """The body field through Textile: blocks separated by blank lines, lists and tables grouped."""
    nfd = is_nfd(story)
    links: dict[str, str] = story.opts.get("links", {})

    def line(value: str) -> str:
        out = textile(value, nfd)
        for anchor, href in links.items():
            shown = textile(anchor, nfd)
            out = out.replace(shown, f'<a href="{href}">{shown}</a>', 1)
        return out

    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_img_html(block, nfd))
        elif block.style in ("ul", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                items.append(f"\t<li>{line(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{block.style}>\n" + "\n".join(items) + f"\n</{block.style}>")
            continue
        elif block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "\n".join(
                    f"\t\t\t<{cell}>{line(c)} </{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"\t\t<tr>\n{cells}\n\t\t</tr>")
                i += 1
            out.append("<table>\n" + "\n".join(rows) + "\n</table>")
            continue
        elif block.style == "h3":
            out.append(f"<h3>{line(block.text)}</h3>")
        elif block.style == "quote":
            out.append(f"<blockquote>\n\t<p>{line(block.text)}</p>\n</blockquote>")
        else:
            out.append(f"<p>{line(block.text)}</p>")
        i += 1
    return "\n\n".join(out)


def doc_body(doc: Doc) -> str:
    items = "\n".join(
        f'\t<li><a href="/file_download/{fid}/{name}" title="{name}">{name}</a>'
        f' <span class="file-size">({size})</span> &#8211; {count} lượt tải</li>'
        for fid, name, size, count in doc.files
    )
    return f'<ul class="file-list">\n{items}\n</ul>'


# --- rendering: the page around the content ------------------------------------------------------

MENU = [
    ("/", "Trang chủ", "default"),
    ("/gioi-thieu/", "Giới thiệu", "gioi-thieu"),
    ("/tin-tuc/", "Tin tức", "tin-tuc"),
    ("/van-ban/", "Văn bản", "van-ban"),
    ("/lien-he/", "Liên hệ", "lien-he"),
]

LINKS = [
    ("https://sgddt.laocai.gov.vn/", "Sở Giáo dục và Đào tạo Lào Cai"),
    ("http://pgdbacha.edu.vn/", "Phòng GD&ĐT huyện Bắc Hà"),
    ("http://pgdvanban.edu.vn/", "Phòng GD&ĐT huyện Văn Bàn"),
    ("http://pgdbaothang.edu.vn/", "Phòng GD&ĐT huyện Bảo Thắng"),
    ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
]


def archive_months() -> list[tuple[int, int]]:
    year, month = ARCHIVE_LAST
    out = []
    while (year, month) >= ARCHIVE_FIRST:
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def sidebar() -> str:
    latest = "\n".join(
        f'<li><a href="/index.php?id={s.id}">{plain(s.title, is_nfd(s))}</a></li>'
        for s in NEWS[:PER_PAGE]
    )
    cats = "\n".join(
        f'<li><a href="/tin-tuc/?c={slug}">{esc(title)}</a></li>'
        for slug, title in NEWS_CATEGORIES.items()
    )
    months = "\n".join(
        f'<li><a href="/tin-tuc/?month={y}-{m:02d}">Tháng {m}/{y}</a></li>'
        for y, m in archive_months()
    )
    links = "\n".join(
        f'<li><a href="{href}" target="_blank" rel="noopener">{esc(title)}</a></li>'
        for href, title in LINKS
    )
    return f"""<aside class="complementary-content">
<section class="search-box">
<h4>Tìm kiếm</h4>
<form role="search" method="get" action="/">
<label for="search-textarea" class="accessibility">Từ khóa</label>
<input id="search-textarea" name="q" type="search" placeholder="Nhập từ khóa&#8230;">
<input type="submit" value="Tìm">
</form>
</section>
<section class="recent-articles">
<h4>Tin mới</h4>
<ul>
{latest}
</ul>
</section>
<section class="category-list">
<h4>Chuyên mục</h4>
<ul>
{cats}
</ul>
</section>
<section class="archive-list">
<h4>Lưu trữ</h4>
<ul class="archive">
{months}
</ul>
</section>
<section class="counter">
<h4>Thống kê truy cập</h4>
<p>{COUNTER}</p>
</section>
<section class="links">
<h4>Liên kết</h4>
<ul>
{links}
</ul>
</section>
</aside>"""


def page(
    request: Request,
    title: str,
    main: str,
    canonical: str,
    section: str = "default",
    robots: str | None = None,
) -> Response:
    host = base_url(request)
    active = ' class="active"'
    menu = "\n".join(
        f'<li{active if key == section else ""}><a href="{href}">{esc(label)}</a></li>'
        for href, label, key in MENU
    )
    robots_meta = f'\n<meta name="robots" content="{robots}">' if robots else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="generator" content="Textpattern CMS">{robots_meta}
<link rel="canonical" href="{host}{canonical}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{host}/index.php?rss=1">
<link rel="alternate" type="application/atom+xml" title="Atom" href="{host}/?atom=1">
<link rel="stylesheet" href="/css.php?n=default&amp;t=four-point-nine">
<link rel="icon" href="/themes/four-point-nine/favicon.ico">
</head>
<body class="{section}-page" itemscope itemtype="https://schema.org/WebPage">
<a class="skip-link" href="#main">Bỏ qua đến nội dung</a>
<div class="wrapper">
<header class="site-header">
<p class="today">{HEADER_DATE}</p>
<img class="logo" src="/images/1.png" alt="Logo Phòng GD&amp;ĐT" width="72" height="72">
<h1><a rel="home" href="/">{esc(SITE_NAME)}</a></h1>
<h3>{SLOGAN}</h3>
</header>
</div>
<nav class="site-navigation" aria-label="Điều hướng chính">
<div class="wrapper">
<ul class="section-list">
{menu}
</ul>
</div>
</nav>
<div class="wrapper">
<div class="container">
{main}
{sidebar()}
</div>
</div>
<footer class="site-footer">
<div class="wrapper">
<p><strong>{esc(SITE_NAME)}</strong><br>
Địa chỉ: Tổ dân phố 2, thị trấn Phố Ràng, huyện Bảo Yên, tỉnh Lào Cai<br>
Điện thoại: 0214 3876 123 &#8211; Email: pgdbaoyen@laocai.edu.vn<br>
Chịu trách nhiệm chính: Trần Văn Hưng &#8211; Trưởng phòng</p>
<p>Thiết kế bởi Lương Văn Tuấn (Trường THCS số 1 Phố Ràng), 2019 &#8211;
<a href="https://textpattern.com/" title="Go to the Textpattern website" rel="external">Powered by Textpattern</a></p>
<p class="feeds"><a href="/index.php?rss=1">RSS</a> / <a href="/?atom=1">Atom</a></p>
</div>
</footer>
<script src="/themes/four-point-nine/js/main.js"></script>
</body>
</html>"""
    return html(body)


# --- rendering: lists --------------------------------------------------------------------------


def page_url(path: str, params: dict[str, str], pg: int) -> str:
    """A list address as ``<txp:newer>``/``<txp:older>`` build it: page 1 carries no ``pg``."""
    query = dict(params)
    if pg > 1:
        query["pg"] = str(pg)
    if not query:
        return path
    return path + "?" + "&".join(f"{k}={quote_plus(v)}" for k, v in query.items())


def paginator(path: str, params: dict[str, str], pg: int, pages: int) -> str:
    parts = []
    if pg > 1:
        href = esc(page_url(path, params, pg - 1))
        parts.append(f'<a rel="prev" href="{href}" title="Trang trước">« Trước</a>')
    if pg < pages:
        href = esc(page_url(path, params, pg + 1))
        parts.append(f'<a rel="next" href="{href}" title="Trang sau">Sau »</a>')
    if not parts:
        return ""
    return '<nav class="paginator" aria-label="Phân trang">\n' + "\n".join(parts) + "\n</nav>"


def meta_line(item: Story | Doc) -> str:
    login = login_of(item)
    iso = posted(item)
    if isinstance(item, Story):
        cat_href, cat_title = f"/tin-tuc/?c={item.cat}", NEWS_CATEGORIES[item.cat]
    else:
        cat_href, cat_title = f"/van-ban/?c={item.cat}", DOC_CATEGORIES[item.cat]
    out = (
        f'<p class="article-meta">Đăng ngày <time datetime="{iso}" itemprop="datePublished">'
        f"{long_date(iso)}</time> bởi "
        f'<a rel="author" href="{author_path(login)}">{esc(USERS[login][0])}</a>'
        f' trong <a href="{cat_href}">{esc(cat_title)}</a>'
    )
    comments = item.opts.get("comments", []) if isinstance(item, Story) else []
    if comments:
        out += f' &#183; <a href="{permlink(item)}#comments-head">Bình luận ({len(comments)})</a>'
    return out + "</p>"


def list_entry(item: Story | Doc) -> str:
    nfd = is_nfd(item)
    excerpt = ""
    if isinstance(item, Story) and item.summary:
        excerpt = (
            f'\n<div class="excerpt" itemprop="description">\n'
            f"<p>{textile(item.summary, nfd)}</p>\n</div>"
        )
    return f"""<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<h2 itemprop="headline"><a href="{permlink(item)}" rel="bookmark">{plain(item.title, nfd)}</a></h2>
{meta_line(item)}{excerpt}
<p class="read-more"><a href="{permlink(item)}">Đọc tiếp &#187;</a></p>
</article>"""


def listing(
    request: Request,
    items: list,
    heading: str | None,
    path: str,
    params: dict[str, str],
    section: str,
    title: str,
) -> Response | None:
    pg_value = request.params.get("pg", "1")
    if not pg_value.isdigit() or int(pg_value) < 1:
        return None
    pg = int(pg_value)
    pages = max(1, -(-len(items) // PER_PAGE))
    if pg > pages:
        return None
    chunk = items[(pg - 1) * PER_PAGE : pg * PER_PAGE]
    head = f'<h1 class="list-title">{heading}</h1>\n' if heading else ""
    if chunk:
        entries = "\n".join(list_entry(it) for it in chunk)
    else:
        entries = '<p class="no-articles">Không có bài viết nào.</p>'
    main = f"""<main id="main" class="list-page" aria-label="Nội dung chính">
{head}{entries}
{paginator(path, params, pg, pages)}
</main>"""
    page_title = title + (f" &#8211; Trang {pg}" if pg > 1 else "")
    return page(request, page_title, main, page_url(path, params, pg), section)


# --- rendering: the article and the document entry ---------------------------------------------


def share_list(absolute: str, title: str) -> str:
    u = quote(absolute, safe="")
    t = quote(title, safe="")
    return f"""<div class="share-links">
<h4>Chia sẻ</h4>
<ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}" rel="nofollow noopener" target="_blank">Facebook</a></li>
<li><a href="https://sp.zalo.me/share_inline?u={u}" rel="nofollow noopener" target="_blank">Zalo</a></li>
<li><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" rel="nofollow noopener" target="_blank">X</a></li>
<li><a href="mailto:?subject={t}&amp;body={u}">Email</a></li>
</ul>
</div>"""


def comment_section(story: Story, preview: dict[str, str] | None) -> str:
    comments: list[Comment] = story.opts.get("comments", [])
    if not comments:
        return ""
    link = permlink(story)
    items = "\n".join(
        f"""<li class="comments-item" id="c{c.id:06d}">
<div class="comment-text"><p>{textile(c.text)}</p></div>
<p class="comment-footer"><span class="comment-author">{esc(c.name)}</span> &#8211; <a href="{link}#c{c.id:06d}"><time datetime="{c.posted}">{long_date(c.posted)} {when(c.posted):%H:%M}</time></a></p>
</li>"""
        for c in comments
    )
    shown = ""
    if preview is not None:
        shown = f"""
<div id="cpreview" class="comments-preview">
<h3>Xem trước bình luận</h3>
<p>{esc(preview.get("message", ""))}</p>
<p class="comment-footer">{esc(preview.get("name", ""))}</p>
</div>"""
    submit_state = "" if preview is not None else " disabled"
    return f"""<section class="comments" id="comments">
<h2 id="comments-head">Bình luận ({len(comments)})</h2>
<ol class="comments-list">
{items}
</ol>{shown}
<form id="txpCommentInputForm" method="post" action="{link}?comment=preview#cpreview">
<fieldset>
<legend>Viết bình luận</legend>
<p><label for="name">Tên</label> <input id="name" name="name" type="text" size="25" required></p>
<p><label for="email">Email</label> <input id="email" name="email" type="email" size="25"></p>
<p><label for="web">Website</label> <input id="web" name="web" type="text" size="25"></p>
<p><label for="message">Nội dung</label> <textarea id="message" name="message" cols="40" rows="8"></textarea></p>
<p><input type="checkbox" id="remember" name="remember" value="1"> <label for="remember">Nhớ thông tin</label></p>
<p><input type="submit" name="preview" id="txpCommentPreview" value="Xem trước"> <input type="submit" name="submit" id="txpCommentSubmit" value="Gửi"{submit_state}></p>
<input type="hidden" name="parentid" value="{story.id}">
<input type="hidden" name="backpage" value="{link}">
<input type="hidden" name="nonce" value="8f2c61d0b4e7a9935e1c0d27f6a4b8e3">
</fieldset>
</form>
</section>"""


def prev_next(story: Story) -> str:
    """``<txp:link_to_prev>`` is the older article of the section, ``link_to_next`` the newer."""
    oldest_first = list(reversed(NEWS))
    i = oldest_first.index(story)
    parts = []
    if i > 0:
        older = oldest_first[i - 1]
        parts.append(
            f'<p class="prev">Bài trước: <a rel="prev" href="{permlink(older)}">'
            f"{plain(older.title, is_nfd(older))}</a></p>"
        )
    if i + 1 < len(oldest_first):
        newer = oldest_first[i + 1]
        parts.append(
            f'<p class="next">Bài sau: <a rel="next" href="{permlink(newer)}">'
            f"{plain(newer.title, is_nfd(newer))}</a></p>"
        )
    return (
        '<nav class="article-nav" aria-label="Bài trước, bài sau">\n'
        + "\n".join(parts)
        + "\n</nav>"
    )


def related(story: Story) -> str:
    same = [s for s in NEWS if s.cat == story.cat and s is not story][:4]
    if not same:
        return ""
    items = "\n".join(
        f'<li><a href="{permlink(s)}">{plain(s.title, is_nfd(s))}</a> '
        f'<span class="date">({short_date(s.opts["posted"])})</span></li>'
        for s in same
    )
    return f"""<section class="related-articles">
<h3>Bài viết liên quan</h3>
<ul>
{items}
</ul>
</section>"""


def article_page(request: Request, story: Story, preview: dict[str, str] | None = None) -> Response:
    nfd = is_nfd(story)
    link = permlink(story)
    excerpt = ""
    if story.summary:
        excerpt = (
            f'\n<div class="excerpt" itemprop="description">\n'
            f"<p>{textile(story.summary, nfd)}</p>\n</div>"
        )
    tags = ", ".join(
        f'<a rel="tag" href="/?q={quote_plus(tag)}">{esc(tag)}</a>' for tag in story.opts["tags"]
    )
    main = f"""<main id="main" class="article-page" aria-label="Nội dung chính">
<article class="article" itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">{plain(story.title, nfd)}</h1>
{meta_line(story)}{excerpt}
<div class="article-body" itemprop="articleBody">
{render_body(story)}
</div>
<p class="article-tags">Từ khóa: {tags}</p>
{share_list(base_url(request) + link, story.title)}
{prev_next(story)}
</article>
{related(story)}
{comment_section(story, preview)}
</main>"""
    return page(request, f"{plain(story.title, nfd)} | {esc(SHORT_NAME)}", main, link, "tin-tuc")


def doc_page(request: Request, doc: Doc) -> Response:
    link = doc_link(doc)
    main = f"""<main id="main" class="article-page" aria-label="Nội dung chính">
<article class="article" itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">{plain(doc.title)}</h1>
{meta_line(doc)}
<div class="article-body" itemprop="articleBody">
{doc_body(doc)}
</div>
{share_list(base_url(request) + link, doc.title)}
</article>
</main>"""
    return page(request, f"{plain(doc.title)} | {esc(SHORT_NAME)}", main, link, "van-ban")


def static_page(request: Request, path: str, title: str, body: str, section: str) -> Response:
    main = f"""<main id="main" class="static-page" aria-label="Nội dung chính">
<article class="article">
<h1 itemprop="headline">{esc(title)}</h1>
<div class="article-body" itemprop="articleBody">
{body}
</div>
</article>
</main>"""
    return page(request, f"{esc(title)} | {esc(SHORT_NAME)}", main, path, section)


# --- search and feeds ---------------------------------------------------------------------------


def _haystack(item: Story | Doc) -> list[str]:
    if isinstance(item, Doc):
        return [item.title]
    return [item.title, *(item.paragraphs)]


def search_snippet(item: Story | Doc, term: str) -> str:
    """``<txp:search_result_excerpt>``: the words around the first hit, the hit in bold."""
    folded = term.casefold()
    for text_ in _haystack(item):
        at = text_.casefold().find(folded)
        if at < 0:
            continue
        start, end = max(0, at - 60), min(len(text_), at + len(term) + 60)
        before, hit, after = (
            text_[start:at],
            text_[at : at + len(term)],
            text_[at + len(term) : end],
        )
        return f"&#8230;{esc(before)}<strong>{esc(hit)}</strong>{esc(after)}&#8230;"
    return ""


def search_page(request: Request) -> Response | None:
    term = unicodedata.normalize("NFC", request.params.get("q", "")).strip()
    if not term:
        main = """<main id="main" class="search-page" aria-label="Nội dung chính">
<h1 class="list-title">Kết quả tìm kiếm</h1>
<p>Vui lòng nhập từ khóa tìm kiếm.</p>
</main>"""
        return page(request, f"Tìm kiếm | {esc(SHORT_NAME)}", main, "/", robots="noindex")
    folded = term.casefold()
    hits = [it for it in ALL_ITEMS if any(folded in t.casefold() for t in _haystack(it))]
    pg_value = request.params.get("pg", "1")
    if not pg_value.isdigit() or int(pg_value) < 1:
        return None
    pg = int(pg_value)
    pages = max(1, -(-len(hits) // PER_PAGE))
    if pg > pages:
        return None
    host = base_url(request)
    rows = "\n".join(
        f"""<li>
<h3><a href="{permlink(it)}">{plain(it.title, is_nfd(it))}</a></h3>
<p>{search_snippet(it, term)}</p>
<p class="search-result-url"><a href="{permlink(it)}">{host}{permlink(it)}</a> &#183; <time datetime="{posted(it)}">{long_date(posted(it))}</time></p>
</li>"""
        for it in hits[(pg - 1) * PER_PAGE : pg * PER_PAGE]
    )
    if hits:
        found = f"<p>Tìm thấy {len(hits)} bài viết phù hợp với từ khóa «{esc(term)}».</p>"
        listing_html = f'<ol class="article-list">\n{rows}\n</ol>'
    else:
        found = f"<p>Không tìm thấy bài viết nào phù hợp với từ khóa «{esc(term)}».</p>"
        listing_html = ""
    main = f"""<main id="main" class="search-page" aria-label="Nội dung chính">
<h1 class="list-title">Kết quả tìm kiếm</h1>
{found}
{listing_html}
{paginator("/", {"q": term}, pg, pages)}
</main>"""
    canonical = page_url("/", {"q": term}, pg)
    return page(
        request, f"Tìm kiếm: {esc(term)} | {esc(SHORT_NAME)}", main, canonical, robots="noindex"
    )


def _feed_html(item: Story | Doc) -> str:
    if isinstance(item, Doc):
        return doc_body(item)
    if item.summary:
        return f"<p>{textile(item.summary, is_nfd(item))}</p>"
    return render_body(item)


def _utc(iso: str) -> datetime:
    return when(iso).astimezone(UTC)


def rss(request: Request) -> Response:
    host = base_url(request)
    items = "\n".join(
        f"""<item>
<title>{esc(it.title)}</title>
<description><![CDATA[{_feed_html(it)}]]></description>
<dc:creator>{esc(USERS[login_of(it)][0])}</dc:creator>
<pubDate>{_utc(posted(it)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>
<link>{host}/index.php?id={it.id}</link>
<guid isPermaLink="false">tag:pgdbaoyen.edu.vn,{posted(it)[:10]}:{it.id:08x}/{it.id}</guid>
</item>"""
        for it in ALL_ITEMS[:10]
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(SITE_NAME)}</title>
<link>{host}/</link>
<atom:link href="{host}/index.php?rss=1" rel="self" type="application/rss+xml" />
<description>{SLOGAN}</description>
<language>vi</language>
<generator>https://textpattern.com/?v=4.8.8</generator>
<pubDate>{_utc(posted(ALL_ITEMS[0])):%a, %d %b %Y %H:%M:%S} GMT</pubDate>
{items}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def atom(request: Request) -> Response:
    host = base_url(request)
    entries = "\n".join(
        f"""<entry>
<author><name>{esc(USERS[login_of(it)][0])}</name></author>
<published>{_utc(posted(it)):%Y-%m-%dT%H:%M:%SZ}</published>
<updated>{_utc(posted(it)):%Y-%m-%dT%H:%M:%SZ}</updated>
<title type="html">{esc(it.title)}</title>
<link rel="alternate" type="text/html" href="{host}{permlink(it)}" />
<id>tag:pgdbaoyen.edu.vn,{posted(it)[:10]}:{it.id:08x}/{it.id}</id>
<summary type="html">{esc(_feed_html(it))}</summary>
</entry>"""
        for it in ALL_ITEMS[:10]
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom">
<title type="text">{esc(SITE_NAME)}</title>
<subtitle type="text">{SLOGAN}</subtitle>
<link rel="self" href="{host}/?atom=1" />
<link rel="alternate" type="text/html" href="{host}/" />
<id>tag:pgdbaoyen.edu.vn,2019-09-02:site</id>
<generator uri="https://textpattern.com/" version="4.8.8">Textpattern</generator>
<updated>{_utc(posted(ALL_ITEMS[0])):%Y-%m-%dT%H:%M:%SZ}</updated>
{entries}
</feed>"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


# --- the site ------------------------------------------------------------------------------------

CSS = b"/* four point nine, edited 2019 */ body{font-family:'Roboto',Arial,sans-serif}"
FILES = {fid: name for doc in DOCS for fid, name, _size, _count in doc.files}
_ITEM_PATH = re.compile(r"/(tin-tuc|van-ban)/(\d+)(?:/[^/]*)?/?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


class TextpatternSite:
    """Textpattern's index.php: one front controller reading the path and ``s``/``id``/``c``/
    ``month``/``pg``/``q``/``rss``/``atom`` parameters."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path == "/css.php":
            return Response(200, CSS, {"Content-Type": "text/css; charset=utf-8"})
        if path == "/robots.txt":
            return Response(
                200, "User-agent: *\nDisallow: /textpattern/\n", {"Content-Type": "text/plain"}
            )
        if path.startswith("/file_download/"):
            return self.download(path)
        if (found := static_file(path)) is not None:
            return found
        if path in ("/", "/index.php"):
            return self.front(request)
        if path in ("/tin-tuc", "/van-ban", "/gioi-thieu", "/lien-he"):
            return redirect(path + "/", 301)
        if path == "/tin-tuc/":
            return self.news_list(request)
        if path == "/van-ban/":
            return self.doc_list(request)
        if path == "/gioi-thieu/":
            return static_page(request, path, ABOUT_TITLE, ABOUT_HTML, "gioi-thieu")
        if path == "/lien-he/":
            return self.contact(request)
        if path.startswith("/author/"):
            return self.author_list(request, path[len("/author/") :].strip("/"))
        if m := _ITEM_PATH.fullmatch(path):
            item = BY_ID.get(int(m.group(2)))
            if isinstance(item, Story) and m.group(1) == "tin-tuc":
                return self.article(request, item)
            if isinstance(item, Doc) and m.group(1) == "van-ban":
                return doc_page(request, item)
        return None

    # front controller ---------------------------------------------------------------------------

    def front(self, request: Request) -> Response | None:
        params = request.params
        if "rss" in params:
            return rss(request)
        if "atom" in params:
            return atom(request)
        if "id" in params:
            item = BY_ID.get(int(params["id"])) if params["id"].isdigit() else None
            if isinstance(item, Story):
                return self.article(request, item)
            if isinstance(item, Doc):
                return doc_page(request, item)
            return None
        if "q" in params:
            return search_page(request)
        if params.get("s") == "tin-tuc":
            return self.news_list(request)
        if params.get("s") == "van-ban":
            return self.doc_list(request)
        return listing(request, NEWS, None, "/", {}, "default", f"{esc(SHORT_NAME)} | {SLOGAN}")

    def article(self, request: Request, story: Story) -> Response:
        if request.method == "POST" and request.params.get("comment") == "preview":
            return article_page(request, story, preview=request.form)
        return article_page(request, story)

    # lists ----------------------------------------------------------------------------------------

    def news_list(self, request: Request) -> Response | None:
        params = request.params
        base = f"Tin tức | {esc(SHORT_NAME)}"
        if "c" in params:
            slug = params["c"]
            if slug not in NEWS_CATEGORIES:
                return None
            items = [s for s in NEWS if s.cat == slug]
            heading = f"Chuyên mục: {esc(NEWS_CATEGORIES[slug])}"
            return listing(request, items, heading, "/tin-tuc/", {"c": slug}, "tin-tuc", base)
        if "month" in params:
            m = _MONTH.fullmatch(params["month"])
            if not m or not 1 <= int(m.group(2)) <= 12:
                return None
            items = [s for s in NEWS if s.opts["posted"].startswith(params["month"])]
            heading = f"Lưu trữ: {MONTHS[int(m.group(2))]}, {m.group(1)}"
            return listing(
                request, items, heading, "/tin-tuc/", {"month": params["month"]}, "tin-tuc", base
            )
        return listing(request, NEWS, "Tin tức", "/tin-tuc/", {}, "tin-tuc", base)

    def doc_list(self, request: Request) -> Response | None:
        params = request.params
        base = f"Văn bản | {esc(SHORT_NAME)}"
        docs = by_date(DOCS)
        if "c" in params:
            slug = params["c"]
            if slug not in DOC_CATEGORIES:
                return None
            items = [d for d in docs if d.cat == slug]
            heading = f"Văn bản: {esc(DOC_CATEGORIES[slug])}"
            return listing(request, items, heading, "/van-ban/", {"c": slug}, "van-ban", base)
        return listing(request, docs, "Văn bản", "/van-ban/", {}, "van-ban", base)

    def author_list(self, request: Request, slug: str) -> Response | None:
        login = next((k for k, (_n, s) in USERS.items() if s == slug), None)
        if login is None:
            return None
        items = [it for it in ALL_ITEMS if login_of(it) == login]
        realname = USERS[login][0]
        return listing(
            request,
            items,
            f"Bài viết của: {esc(realname)}",
            author_path(login),
            {},
            "default",
            f"{esc(realname)} | {esc(SHORT_NAME)}",
        )

    # the rest -------------------------------------------------------------------------------------

    def contact(self, request: Request) -> Response:
        body = CONTACT_HTML
        if request.method == "POST":
            body = '<p class="zemThanks">Cảm ơn bạn đã gửi ý kiến. Phòng sẽ phản hồi trong thời gian sớm nhất.</p>'
        return static_page(request, "/lien-he/", "Liên hệ", body, "lien-he")

    def download(self, path: str) -> Response | None:
        m = re.fullmatch(r"/file_download/(\d+)(?:/([^/]+))?", path)
        if not m or int(m.group(1)) not in FILES:
            return None
        name = FILES[int(m.group(1))]
        return Response(
            200,
            PDF,
            {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'attachment; filename="{name}"',
            },
        )


def build_site() -> TextpatternSite:
    return TextpatternSite()
