"""Hugo + PaperMod: the news blog of Trường THPT chuyên Hùng Vương (Phú Thọ), built by the IT club.

Platform: a Hugo static site with the PaperMod theme, built from Markdown (front matter, Goldmark
with ``unsafe = true``, shortcodes ``figure``, ``gallery``, ``youtube``) by the students of the
school's IT club (CLB Tin học) and deployed by CI. Everything is a static file: no query strings,
no print view; the host answers ``/x`` with a 301 to ``/x/`` and serves ``/x/index.html`` too.

URL scheme:
- ``/`` home in PaperMod's *profile mode* (logo, subtitle, three buttons, social icons): no post
  is listed on the home page.
- ``/posts/`` and ``/posts/page/<N>/`` the paginated list of posts (6 a page, newest first,
  prev/next only); ``/posts/page/1/`` is Hugo's alias page (meta refresh to ``/posts/``).
- ``/posts/2026/<slug>/`` a post (page bundle: its pictures live beside it and are linked
  relatively, ``src="anh-1.jpg"``).
- ``/categories/`` and ``/categories/<cat>/``, ``/tags/`` and ``/tags/<tag>/`` taxonomy lists;
  Vietnamese term names stay in the path and are printed percent-encoded
  (``/categories/ho%E1%BA%A1t-%C4%91%E1%BB%99ng/``).
- ``/archives/`` every post by year and month; ``/search/`` Fuse.js search over ``/index.json``.
- ``/gioi-thieu/``, ``/lien-he/``, ``/tai-lieu/`` plain pages; ``/index.xml``, ``/sitemap.xml``.
- old WordPress URLs kept as Hugo aliases: ``/tin-tuc/<slug>.html`` (a meta-refresh page).

Page templates: list (``article.post-entry`` cards), archives (``div.archive-entry``), terms
index, single post (``article.post-single``: breadcrumbs, ``h1.post-title``,
``div.post-description``, ``div.post-meta``, ``figure.entry-cover``, ``div.toc``,
``div.post-content``, ``footer.post-footer`` with tags, prev/next and share buttons), alias page.

How each gold article is reached: the menu's "Bài viết" leads to ``/posts/`` whose cards link
the six newest posts; "Trang sau »" leads to page 2 and page 3 (the two oldest posts are only
there, in the category/tag lists and on ``/archives/``). Every card's only link is an empty
overlay anchor.

Traps:
1. Empty overlay links: a list card's title ``<h2>`` is no link; the post is linked only by an
   empty ``<a class="entry-link" aria-label="post link to …">`` after the card (lists, archives,
   category and tag pages alike). Gold: all 13 posts are reached through these anchors.
2. Home in profile mode: the start page lists no post at all, only buttons and the menu. Gold:
   discovery goes through ``/posts/`` (or the archives), not the home page.
3. The post-meta line glues everything with ``&nbsp;·&nbsp;``: "03/12/2026 · 5 phút · 812 chữ ·
   ThS. Nguyễn Thị Thu Hà | Chuyên mục: Hoạt động | Sửa trên GitHub". Gold: the reading time
   and word count are no author; the author is the segment after them, without "ThS." and
   without " - Tổ Ngữ văn"; "Sửa trên GitHub" is chrome.
4. Site-wide default author: posts without an author of their own print the site param
   ``author: BBT`` in the meta line. Gold: nobody ([]), and where the Markdown ends with
   "*Tin, ảnh: Lê Minh Khoa (lớp 11 Tin)*" that line is the byline (author and photographer
   Lê Minh Khoa, not body).
5. Dates in Go's ``time.String`` form: the visible date is the day only ("03/12/2026"), the
   time is in the span's title ("2026-12-03 14:30:00 +0700 +07"), in
   ``article:published_time`` and JSON-LD. Gold: the full time "2026-12-03T14:30:00+07:00";
   a front-matter date at midnight ("2026-10-15 00:00:00 +0700 +07") is the day alone; one post's
   date was written in UTC ("2026-11-20 02:15:00 +0000 UTC", ``…T02:15:00+00:00``): gold is the
   same instant in the site's zone, "2026-11-20T09:15:00+07:00".
6. Build stamps: the top bar prints the build day "Thứ Bảy, 05/12/2026" and the footer
   "Cập nhật lần cuối: 2026-12-05T06:12:44+07:00 (commit 4e9c1a7)"; one post prints
   "Cập nhật: 04/12/2026" (lastmod) in its meta line. Gold: none of these is a publication date.
7. Hugo's ``figure`` shortcode glues caption and attribution inside one ``<p>`` of the
   figcaption ("…giải Nhất.<a href=…>Ảnh: Trần Văn Nam</a>", no space). Gold: caption is the
   caption alone, the "Ảnh: X" part makes X a photographer. A figure with only a ``title``
   prints it as an ``<h4>`` inside the figcaption: that h4 is the caption, not a heading of the
   text.
8. The cover: PaperMod prints the cover's caption as a ``<p>`` inside ``figure.entry-cover``
   above the content (it looks like the first paragraph). Gold: it is the first image's caption,
   not body; a cover caption that only credits ("Ảnh: Phạm Quang Huy") gives caption None and a
   photographer. A cover with ``hiddenInSingle`` shows only as the card's thumbnail: not an image
   of the article.
9. Table of contents: ``div.toc > details`` repeats every heading ("Mục lục") before the text, and
   each heading carries a hidden anchor ``<a hidden class="anchor" href="#id">#</a>``. Gold: the
   headings once, in place, without "#".
10. Goldmark line breaks: a soft line break inside a paragraph is a bare newline (one paragraph,
    read with a space); a line ending in two spaces becomes ``<br>`` (two paragraphs, per the
    house rule).
11. Goldmark footnotes: a bare ``<sup><a class="footnote-ref">1</a></sup>`` in the sentence and a
    ``div.footnotes`` after the closing "Nguồn: …" line, each note ending with a backlink "↩︎".
    Gold: the number is dropped, the notes are body paragraphs after the text (without "↩︎"),
    the "Nguồn:" line in between is the source, not body.
12. Markdown image plus an italic line under it (``<p><img alt=…></p><p><em>…</em></p>``): the
    italic line is the caption (not body); the alt text is no caption.
13. The gallery shortcode prints resized thumbnails (``anh-3_hu…_300x0_resize_q75_box.jpg``)
    linked to the full pictures. Gold: the printed ``<img src>`` (the thumbnails), in order,
    no caption.
14. Hugo aliases: ``/posts/page/1/`` and the old WordPress URL ``/tin-tuc/<slug>.html`` (linked
    from another post's text) are meta-refresh pages whose ``<title>`` is the target URL. Gold:
    the alias of a post is in that post's ``alt_paths``; ``/posts/2026/<slug>/index.html``
    (linked by a student from another post) is an alt path too.
15. Breadcrumbs say "Trang chủ » Bài viết" for every post: the section, not the category. Gold:
    the category is the front matter's first category printed in the meta line ("Chuyên mục:
    Thông báo, Tuyển sinh" -> "Thông báo").
16. A photo album is a post too (``album-anh-ngay-hoi-stem``): dated, listed with the news, a
    gallery and one line of text. Gold: not an article (NON_ARTICLES).
17. A Chroma code block (``div.highlight > pre.chroma > code`` with one ``span.line`` per line)
    in the IT-club post. Gold: one paragraph, its text whitespace-collapsed.

Gold decisions on ambiguous points:
- The time in the date span's title attribute and in ``article:published_time`` counts as
  printed: ``published_at`` carries it (trap 5).
- ``div.post-description`` (front matter ``description``) is the sapo: ``summary`` and the first
  paragraph of ``body``. A post without it has summary None (the meta description then is
  Hugo's automatic summary).
- A code block is one paragraph (trap 17); a markdown table row is "cell | cell", the header row
  included.
- Gallery images: the thumbnails' ``src`` as printed (trap 13).
- A post under two categories: the first one printed.
- The YouTube embed of one post is no image and no text.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "hugo_papermod_thpt"
PLATFORM = "Hugo static site, PaperMod theme (Goldmark, figure/gallery shortcodes), built by CI"
START_PATH = "/"

SITE_TITLE = "THPT chuyên Hùng Vương"
SCHOOL = "Trường THPT chuyên Hùng Vương"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
BUILD_STAMP = "2026-12-05T06:12:44+07:00"
PER_PAGE = 6
ICT = timezone(timedelta(hours=7))

CATS = ["Hoạt động", "Tin tức", "Thông báo", "Tuyển sinh", "Chuyên đề"]


def _slugify(name: str) -> str:
    """Hugo's urlize for a term: lower case, spaces to dashes, Vietnamese letters kept."""
    return re.sub(r"\s+", "-", name.strip().lower())


def term_path(kind: str, name: str) -> str:
    return f"/{kind}/{_slugify(name)}/"


def href(path: str) -> str:
    """A path as Hugo prints it: non-ASCII percent-encoded."""
    return quote(path, safe="/#.-_~:")


def _anchor_id(text: str) -> str:
    s = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"\s+", "-", s.strip())


# --- the stories --------------------------------------------------------------------------------


def _d(y, mo, d, h=0, mi=0, tz=ICT) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


CODE = {
    "for lop in ['10 Tin', '11 Tin', '12 Tin']: print('Chào mừng lớp', lop)": (
        "for lop in ['10 Tin', '11 Tin', '12 Tin']:\n    print('Chào mừng lớp', lop)"
    ),
}

S1 = Story(
    1,
    "hoc-sinh-doat-3-giai-nhat-tin-hoc-tre",
    "Học sinh trường đoạt 3 giải Nhất Hội thi Tin học trẻ tỉnh Phú Thọ năm 2026",
    "Hoạt động",
    "2026-12-03T14:30:00+07:00",
    [
        Img(
            "cover.jpg",
            "Đội tuyển Tin học trẻ của trường tại lễ trao giải",
            "Đội tuyển Tin học trẻ của trường tại lễ trao giải",
            "cover",
        ),
        P(
            "Ngày 01/12/2026, Sở Giáo dục và Đào tạo Phú Thọ tổ chức lễ tổng kết và trao giải Hội thi "
            "Tin học trẻ tỉnh lần thứ XXIX tại Trung tâm Hội nghị tỉnh."
        ),
        P("Kết quả chi tiết", "h2"),
        P(
            "Đội tuyển của trường gồm 9 học sinh các lớp chuyên Tin, chuyên Toán dự thi ở ba bảng "
            "B, C1 và C2. Sau hai vòng thi, cả 9 em đều đạt giải."
        ),
        P("Bảng | Họ và tên | Lớp | Giải", "th"),
        P("B | Nguyễn Minh Đức | 10 Tin | Nhất", "tr"),
        P("C1 | Hoàng Gia Bảo | 11 Tin | Nhất", "tr"),
        P("C2 | Trần Khánh Linh | 12 Toán | Nhất", "tr"),
        Img(
            "anh-2_hu5c1e2f0a_231455_800x0_resize_q75_box.jpg",
            "Em Nguyễn Minh Đức (lớp 10 Tin) nhận giải Nhất bảng B.Ảnh: Trần Văn Nam",
            "Em Nguyễn Minh Đức (lớp 10 Tin) nhận giải Nhất bảng B.",
            "figure|caption=Em Nguyễn Minh Đức (lớp 10 Tin) nhận giải Nhất bảng B.|attr=Ảnh: Trần Văn Nam"
            "|attrlink=https://www.facebook.com/tranvannam.pt",
        ),
        P("Hành trình chuẩn bị", "h2"),
        P(
            "Các em được thầy cô tổ Tin học bồi dưỡng từ tháng 8, mỗi tuần ba buổi, tập trung vào "
            "lập trình Python, thuật toán và thiết kế sản phẩm ứng dụng."
        ),
        P(
            "Thành tích này tiếp tục khẳng định chất lượng mũi nhọn của nhà trường trong lĩnh vực "
            "công nghệ thông tin."
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Trần Văn Nam"],
    summary=(
        "Với 3 giải Nhất, 4 giải Nhì và 2 giải Ba, đội tuyển của trường xếp thứ nhất toàn đoàn tại "
        "Hội thi Tin học trẻ tỉnh Phú Thọ năm 2026."
    ),
    sapo_outside=True,
    opts={
        "date": _d(2026, 12, 3, 14, 30),
        "author_printed": "ThS. Nguyễn Thị Thu Hà",
        "tags": ["tin học", "học sinh giỏi"],
        "words": 812,
    },
)

S2 = Story(
    2,
    "so-gddt-huong-dan-kiem-tra-cuoi-hoc-ky-1",
    "Sở GD&ĐT hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    "Thông báo",
    "2026-11-28T08:00:00+07:00",
    [
        P(
            "Sở Giáo dục và Đào tạo Phú Thọ vừa ban hành văn bản hướng dẫn tổ chức kiểm tra, đánh "
            "giá cuối học kỳ I năm học 2026-2027 đối với các trường THPT trên địa bàn tỉnh.",
            "sup:trên địa bàn tỉnh",
        ),
        P(
            "Theo hướng dẫn, các trường chủ động xây dựng ma trận, đặc tả đề kiểm tra theo định hướng "
            "phát triển phẩm chất, năng lực của Chương trình giáo dục phổ thông 2018."
        ),
        Img(
            "anh-1.jpg",
            "Giáo viên nhà trường họp chuyên môn chuẩn bị đề kiểm tra",
            "Giáo viên nhà trường họp chuyên môn chuẩn bị đề kiểm tra",
            "md|alt=anh hop to",
        ),
        P("Thời gian kiểm tra tập trung từ ngày 21/12/2026 đến ngày 31/12/2026.", "li"),
        P("Đề kiểm tra các môn có thời lượng 90 phút được tổ chức theo khối.", "li"),
        P("Kết quả được nhập lên hệ thống trước ngày 10/01/2027.", "li"),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Phú Thọ</em></p>'),
        P(
            "Công văn số 2145/SGDĐT-GDTrH ngày 25/11/2026 của Sở Giáo dục và Đào tạo Phú Thọ.",
            "fn",
        ),
    ],
    source="Sở GD&ĐT Phú Thọ",
    opts={"date": _d(2026, 11, 28, 8, 0), "author_printed": None, "tags": [], "words": 386},
)

S3 = Story(
    3,
    "clb-tin-hoc-workshop-python-cho-lop-10",
    "CLB Tin học tổ chức workshop “Python cho người mới bắt đầu” cho học sinh lớp 10",
    "Hoạt động",
    "2026-11-20T09:15:00+07:00",
    [
        P(
            "Chiều thứ Năm, CLB Tin học của trường đã tổ chức buổi workshop đầu tiên dành cho gần "
            "80 học sinh khối 10 yêu thích lập trình."
        ),
        P(
            "Các thành viên lớp 11 Tin hướng dẫn các bạn cài đặt môi trường, viết chương trình đầu "
            "tiên và làm quen với vòng lặp. Ví dụ đầu tiên được cả hội trường gõ theo:"
        ),
        P("for lop in ['10 Tin', '11 Tin', '12 Tin']: print('Chào mừng lớp', lop)", "code"),
        P(
            "Kết thúc buổi học, nhiều bạn đã tự viết được trò chơi đoán số đơn giản và đăng ký tham "
            "gia sinh hoạt CLB thường xuyên."
        ),
        Img("anh-3_hu7d2e41bb_187204_300x0_resize_q75_box.jpg", None, None, "gallery|full=anh-3.jpg"),
        Img("anh-4_hu0b6f9c13_201877_300x0_resize_q75_box.jpg", None, None, "gallery|full=anh-4.jpg"),
        Img("anh-5_hu9a1c77e2_176330_300x0_resize_q75_box.jpg", None, None, "gallery|full=anh-5.jpg"),
        Raw("<p><em>Tin, ảnh: Lê Minh Khoa (lớp 11 Tin)</em></p>"),
    ],
    authors=["Lê Minh Khoa"],
    photographers=["Lê Minh Khoa"],
    opts={
        "date": datetime(2026, 11, 20, 2, 15, tzinfo=UTC),
        "author_printed": None,
        "tags": ["tin học", "clb"],
        "words": 540,
    },
)

S4 = Story(
    4,
    "tho-gui-thay-co-nhan-ngay-20-11",
    "Thơ: Gửi thầy cô nhân ngày Nhà giáo Việt Nam 20/11",
    "Chuyên đề",
    "2026-11-19",
    [
        P(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, chuyên mục Văn học trò xin giới thiệu bài thơ "
            "của em Phan Thu Trang, lớp 11 Văn."
        ),
        P("Thầy ơi, bục giảng mùa đông", "brnext"),
        P("Phấn rơi trắng cả một dòng sông xưa", "brnext"),
        P("Bao mùa nắng, bấy mùa mưa", "brnext"),
        P("Con đò thầy vẫn đón đưa chúng em."),
        P("Ngày mai con bước qua thềm", "brnext"),
        P("Mang theo lời giảng dịu êm đến đời."),
        P(
            "Bài thơ được đọc trong buổi lễ kỷ niệm sáng 19/11. Các bài dự thi khác sẽ được đăng dần "
            "trên chuyên mục. Thầy cô và các em có thể gửi bài về hộp thư của Ban biên tập.",
            "soft",
        ),
    ],
    opts={
        "date": _d(2026, 11, 19, 0, 0),
        "author_printed": None,
        "tags": ["văn học trò"],
        "words": 210,
        "aliases": ["/tin-tuc/tho-gui-thay-co-nhan-ngay-20-11.html"],
    },
)

S5 = Story(
    5,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    "Tin tức",
    "2026-11-20T16:45:00+07:00",
    [
        Img(
            "cover.jpg",
            "Ảnh: Phạm Quang Huy",
            None,
            "cover",
        ),
        P(
            "Sáng 20/11/2026, trường THPT chuyên Hùng Vương long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo tỉnh và các thế hệ thầy cô."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống hơn 50 năm xây dựng và phát "
            "triển của nhà trường, đồng thời biểu dương 12 thầy cô có học sinh đạt giải quốc gia."
        ),
        P(
            "Trong chương trình văn nghệ, bài thơ “Gửi thầy cô” của em Phan Thu Trang được các bạn "
            "lớp 11 Văn ngâm lại, nhận được nhiều tình cảm của khán giả."
        ),
        Raw(
            '<p>Đọc lại bài thơ: <a href="/tin-tuc/tho-gui-thay-co-nhan-ngay-20-11.html">Gửi thầy cô nhân '
            "ngày Nhà giáo Việt Nam</a></p>"
        ),
    ],
    authors=["Đỗ Thị Hạnh"],
    photographers=["Phạm Quang Huy"],
    opts={
        "date": _d(2026, 11, 20, 16, 45),
        "lastmod": _d(2026, 12, 4, 10, 5),
        "author_printed": "Đỗ Thị Hạnh - Tổ Ngữ văn",
        "tags": [],
        "words": 455,
    },
)

S6 = Story(
    6,
    "ngay-hoi-stem-2026",
    "Sôi nổi Ngày hội STEM năm 2026",
    "Hoạt động",
    "2026-11-14T10:20:00+07:00",
    [
        P(
            "Ngày 13/11, hơn 1.200 học sinh toàn trường tham gia Ngày hội STEM với 36 gian trưng bày "
            "sản phẩm của các lớp."
        ),
        Img(
            "anh-1_hu2f81ac0e_254012_800x0_resize_q75_box.jpg",
            "Mô hình nhà thông minh của lớp 11 Lý",
            "Mô hình nhà thông minh của lớp 11 Lý",
            "figtitle",
        ),
        P("Điểm nhấn của ngày hội là các sản phẩm ứng dụng thực tế:"),
        P("Hệ thống tưới cây tự động dùng cảm biến độ ẩm của lớp 10 Sinh.", "li"),
        P("Robot phân loại rác của lớp 11 Tin.", "li"),
        P("Mô hình nhà thông minh điều khiển bằng giọng nói của lớp 11 Lý.", "li"),
        P(
            "“Mỗi sản phẩm là một câu chuyện về tinh thần dám nghĩ, dám làm của học trò”, cô Phó "
            "Hiệu trưởng chia sẻ.",
            "quote",
        ),
        P("Ban tổ chức đã trao 5 giải Nhất, 8 giải Nhì cho các gian trưng bày xuất sắc."),
    ],
    opts={"date": _d(2026, 11, 14, 10, 20), "author_printed": None, "tags": ["stem"], "words": 388},
)

S7 = Story(
    7,
    "giao-luu-truc-tuyen-voi-cuu-hoc-sinh-mit",
    "Giao lưu trực tuyến với cựu học sinh đang học tại MIT",
    "Tin tức",
    "2026-11-08T20:00:00+07:00",
    [
        P(
            "Tối 07/11, hơn 300 học sinh khối chuyên đã tham gia buổi giao lưu trực tuyến với anh "
            "Vũ Đức Anh, cựu học sinh khóa 2019-2022, hiện là sinh viên năm thứ tư ngành Khoa học máy "
            "tính tại Viện Công nghệ Massachusetts (MIT)."
        ),
        Raw(
            '<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">\n'
            '      <iframe allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
            'picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" '
            'referrerpolicy="strict-origin-when-cross-origin" src="https://www.youtube.com/embed/'
            'k3Yx0dHvT2s?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=0" '
            'style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" '
            'title="YouTube video"></iframe>\n    </div>'
        ),
        P(
            "Anh chia sẻ kinh nghiệm chuẩn bị hồ sơ du học, viết bài luận và duy trì thói quen tự "
            "học tiếng Anh từ lớp 10."
        ),
        P(
            "Buổi giao lưu là hoạt động đầu tiên trong chuỗi chương trình “Cựu học sinh đồng hành” do "
            "Đoàn trường phối hợp với Ban liên lạc cựu học sinh tổ chức."
        ),
    ],
    opts={
        "date": _d(2026, 11, 8, 20, 0),
        "author_printed": None,
        "tags": [],
        "words": 301,
        "hidden_cover": "cover_hu31b0c2aa_198344_360x0_resize_q75_box.jpg",
    },
)

S8 = Story(
    8,
    "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-toan",
    "Hội thảo đổi mới phương pháp dạy học môn Toán theo định hướng phát triển năng lực",
    "Chuyên đề",
    "2026-11-02T15:00:00+07:00",
    [
        Img("cover.jpg", "Ảnh: Phạm Quang Huy", None, "cover"),
        P(
            "Ngày 31/10, tổ Toán – Tin tổ chức hội thảo cấp trường về đổi mới phương pháp dạy học "
            "môn Toán, thu hút 45 giáo viên của trường và các trường THPT trong tỉnh tham dự."
        ),
        P("Các tham luận chính", "h3"),
        P(
            "Hội thảo nghe 6 tham luận, tập trung vào dạy học theo dự án, ứng dụng phần mềm GeoGebra "
            "và đánh giá năng lực mô hình hóa toán học của học sinh."
        ),
        P("Định hướng thời gian tới", "h3"),
        P(
            "Tổ chuyên môn thống nhất xây dựng ngân hàng bài tập thực tiễn và tổ chức chuyên đề liên "
            "trường vào học kỳ II."
        ),
    ],
    authors=["Bùi Văn Thắng"],
    photographers=["Phạm Quang Huy"],
    opts={
        "date": _d(2026, 11, 2, 15, 0),
        "author_printed": "TS. Bùi Văn Thắng",
        "tags": [],
        "words": 290,
    },
)

S9 = Story(
    9,
    "doi-tuyen-hsg-quoc-gia-2026-2027",
    "Công bố danh sách đội tuyển dự thi chọn học sinh giỏi quốc gia năm học 2026-2027",
    "Thông báo",
    "2026-10-27T17:10:00+07:00",
    [
        P(
            "Căn cứ kết quả kỳ thi chọn đội tuyển cấp tỉnh, nhà trường công bố danh sách 58 học sinh "
            "tham gia đội tuyển dự thi chọn học sinh giỏi quốc gia năm học 2026-2027."
        ),
        P(
            "Đội tuyển được chia thành 10 môn, bắt đầu tập huấn tập trung từ ngày 02/11/2026 dưới sự "
            "hướng dẫn của các thầy cô giáo giàu kinh nghiệm."
        ),
        P("Môn | Số học sinh | Giáo viên phụ trách", "th"),
        P("Toán | 6 | Thầy Bùi Văn Thắng", "tr"),
        P("Tin học | 6 | Cô Nguyễn Thị Thu Hà", "tr"),
        P("Ngữ văn | 6 | Cô Đỗ Thị Hạnh", "tr"),
        P("Danh sách chi tiết được niêm yết tại bảng tin của nhà trường."),
    ],
    opts={
        "date": _d(2026, 10, 27, 17, 10),
        "author_printed": None,
        "tags": ["học sinh giỏi"],
        "words": 260,
    },
)

S10 = Story(
    10,
    "ket-qua-ky-thi-hsg-cap-tinh-lop-12",
    "Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12: trường dẫn đầu toàn tỉnh",
    "Tin tức",
    "2026-10-24T11:00:00+07:00",
    [
        P(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 vừa công bố kết quả, trường "
            "có 142/145 học sinh đạt giải, trong đó có 41 giải Nhất."
        ),
        Img(
            "anh-1.jpg",
            "Học sinh nhận giấy khen của nhà trường",
            "Học sinh nhận giấy khen của nhà trường",
            "md|alt=",
        ),
        P(
            "Với kết quả này, nhà trường tiếp tục giữ vị trí dẫn đầu toàn tỉnh năm thứ 15 liên tiếp."
        ),
        Raw(
            '<p>Xem danh sách đội tuyển quốc gia tại <a href="/posts/2026/doi-tuyen-hsg-quoc-gia-2026-2027/'
            'index.html">đây</a>.</p>'
        ),
    ],
    opts={
        "date": _d(2026, 10, 24, 11, 0),
        "author_printed": None,
        "tags": ["học sinh giỏi"],
        "words": 198,
    },
)

S11 = Story(
    11,
    "thong-bao-tuyen-sinh-lop-10-chuyen-2027",
    "Thông báo về kỳ thi tuyển sinh vào lớp 10 chuyên năm học 2027-2028",
    "Thông báo",
    "2026-10-20T09:00:00+07:00",
    [
        P(
            "Nhà trường thông báo dự kiến kế hoạch tuyển sinh vào lớp 10 chuyên năm học 2027-2028 "
            "để phụ huynh và học sinh lớp 9 trong tỉnh chủ động ôn tập."
        ),
        P("Chỉ tiêu dự kiến: 525 học sinh, 15 lớp chuyên.", "li"),
        P("Thời gian thi dự kiến: đầu tháng 6/2027.", "li"),
        P("Môn thi: Ngữ văn, Toán, Tiếng Anh và môn chuyên.", "li"),
        P(
            "Kế hoạch chính thức sẽ được công bố sau khi được Sở Giáo dục và Đào tạo phê duyệt. Mọi "
            "thắc mắc xin liên hệ Văn phòng nhà trường."
        ),
    ],
    opts={
        "date": _d(2026, 10, 20, 9, 0),
        "author_printed": None,
        "cats": ["Thông báo", "Tuyển sinh"],
        "tags": [],
        "words": 230,
    },
)

S12 = Story(
    12,
    "hoc-sinh-trai-nghiem-den-hung",
    "Học sinh khối 10 trải nghiệm tại Khu di tích lịch sử Đền Hùng",
    "Hoạt động",
    "2026-10-15",
    [
        Img("cover.jpg", "Học sinh dâng hương tại Đền Thượng", "Học sinh dâng hương tại Đền Thượng", "cover"),
        P(
            "Trong hai ngày 12 và 13/10, hơn 500 học sinh khối 10 đã tham gia chuyến trải nghiệm "
            "“Về nguồn” tại Khu di tích lịch sử Đền Hùng."
        ),
        P(
            "Các em được nghe thuyết minh về truyền thuyết Hùng Vương dựng nước, tìm hiểu nghệ thuật "
            "hát Xoan – Di sản văn hóa phi vật thể đại diện của nhân loại."
        ),
        P("Chuyến đi khép lại bằng lễ dâng hương và trồng cây lưu niệm."),
    ],
    authors=["Nguyễn Hoàng Yến"],
    opts={
        "date": _d(2026, 10, 15, 0, 0),
        "author_printed": "Nguyễn Hoàng Yến",
        "tags": [],
        "words": 260,
    },
)

S13 = Story(
    13,
    "chao-mung-ngay-phu-nu-viet-nam-20-10",
    "Chào mừng Ngày Phụ nữ Việt Nam 20/10: Hội thi “Duyên dáng áo dài”",
    "Tin tức",
    "2026-10-20T19:30:00+07:00",
    [
        P(
            "Tối 19/10, Công đoàn và Đoàn Thanh niên nhà trường phối hợp tổ chức Hội thi “Duyên dáng "
            "áo dài” chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."
        ),
        Img(
            "anh-1_hu44aa0e1f_220010_800x0_resize_q75_box.jpg",
            "Các cô giáo tổ Ngoại ngữ trình diễn áo dài",
            "Các cô giáo tổ Ngoại ngữ trình diễn áo dài",
            "figure|caption=Các cô giáo tổ Ngoại ngữ trình diễn áo dài",
        ),
        P(
            "12 đội thi đến từ các tổ chuyên môn và chi đoàn học sinh đã mang đến những màn trình "
            "diễn ấn tượng, tôn vinh vẻ đẹp của tà áo dài Việt Nam."
        ),
        P("Giải Nhất thuộc về tổ Ngoại ngữ, giải Nhì thuộc về chi đoàn 11 Anh."),
    ],
    opts={"date": _d(2026, 10, 20, 19, 30), "author_printed": None, "tags": [], "words": 175},
)

ALBUM = Story(
    99,
    "album-anh-ngay-hoi-stem",
    "Album ảnh: Ngày hội STEM 2026",
    "Hoạt động",
    "2026-11-14T17:00:00+07:00",
    [
        P("Một số hình ảnh tại Ngày hội STEM năm 2026."),
        *[
            Img(f"stem-{i}_hu1{i}c0ffee_150000_300x0_resize_q75_box.jpg", None, None, f"gallery|full=stem-{i}.jpg")
            for i in range(1, 7)
        ],
    ],
    opts={"date": _d(2026, 11, 14, 17, 0), "author_printed": None, "tags": ["stem"], "words": 12},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
POSTS = sorted([*STORIES, ALBUM], key=lambda s: s.opts["date"], reverse=True)


def post_path(story: Story) -> str:
    return f"/posts/{story.opts['date'].astimezone(ICT).year}/{story.slug}/"


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats") or [story.cat]


# --- date printing ---------------------------------------------------------------------------------


def go_time(dt: datetime) -> str:
    """Go's time.String: '2026-12-03 14:30:00 +0700 +07' / '… +0000 UTC'."""
    zone = "UTC" if dt.utcoffset() == timedelta(0) else "+07"
    return dt.strftime("%Y-%m-%d %H:%M:%S %z ") + zone


def day_vn(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def iso(dt: datetime) -> str:
    return dt.isoformat()


def date_span(dt: datetime) -> str:
    return f"<span title='{go_time(dt)}'>{day_vn(dt)}</span>"


# --- chrome ------------------------------------------------------------------------------------------

_MENU = [
    ("/posts/", "Bài viết"),
    ("/archives/", "Lưu trữ"),
    ("/categories/", "Chuyên mục"),
    ("/tags/", "Thẻ"),
    ("/search/", "Tìm kiếm"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/tai-lieu/", "Tài liệu"),
    ("/lien-he/", "Liên hệ"),
]


def _head(request: Request, title: str, path: str, description: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(title)}</title>
<meta name="keywords" content="THPT chuyên Hùng Vương, Phú Thọ, trường chuyên">
<meta name="description" content="{esc(description)}">
<meta name="author" content="BBT">
<link rel="canonical" href="{base}{href(path)}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.2b7f4a1c.css" rel="preload stylesheet" as="style">
<link rel="icon" href="/favicon.ico">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="alternate" type="application/rss+xml" href="{base}/index.xml">
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
<meta property="og:url" content="{base}{href(path)}">
<meta property="og:site_name" content="{SITE_TITLE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:locale" content="vi">
{extra}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8HVPT2026"></script>
</head>"""


def _header() -> str:
    menu = "".join(
        f'<li><a href="{u}" title="{t}"><span>{t}</span></a></li>'
        if u != "/categories/"
        else (
            f'<li class="hv-dd"><a href="{u}" title="{t}"><span>{t}</span></a><ul class="hv-dd-sub">'
            + "".join(f'<li><a href="{href(term_path("categories", c))}">{c}</a></li>' for c in CATS)
            + "</ul></li>"
        )
        for u, t in _MENU
    )
    return f"""<body class="list" id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){{document.body.classList.add('dark')}}</script>
<div class="hv-topbar"><span class="hv-today">{TODAY_LINE}</span> &middot; {SCHOOL} &ndash; tỉnh Phú Thọ</div>
<header class="header">
 <nav class="nav">
  <div class="logo">
   <a href="/" accesskey="h" title="{SITE_TITLE} (Alt + H)"><img src="/images/logo-hv.png" alt="" aria-label="logo" height="35">{SITE_TITLE}</a>
   <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div>
  </div>
  <ul id="menu">{menu}</ul>
 </nav>
</header>
"""


def _footer() -> str:
    most = "".join(
        f'<li><a href="{href(post_path(s))}">{esc(s.title)}</a></li>' for s in (S1, S5, S10)
    )
    return f"""<footer class="footer">
 <div class="hv-foot">
  <div class="hv-foot-col"><strong>{SCHOOL.upper()}</strong><br>Địa chỉ: Đường Trần Phú, phường Tân Dân, thành phố Việt Trì, tỉnh Phú Thọ<br>Điện thoại: 0210.3846.215 &ndash; Email: c3chuyenhungvuong@phutho.edu.vn</div>
  <div class="hv-foot-col"><strong>Đọc nhiều</strong><ul class="hv-most">{most}</ul></div>
  <div class="hv-foot-col" id="busuanzi_container_site_pv">Đang online: <span id="hv_online">7</span> &middot; Hôm nay: <span id="hv_today">412</span> &middot; Tổng truy cập: <span id="busuanzi_value_site_pv">1.284.905</span></div>
 </div>
 <span>&copy; 2026 <a href="/">{SITE_TITLE}</a></span> &middot;
 <span>Vận hành bởi <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
 <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span> &middot;
 <span class="hv-build">Cập nhật lần cuối: {BUILD_STAMP} (commit <a href="https://github.com/clbtinhoc-hv/website/commit/4e9c1a7" target="_blank">4e9c1a7</a>)</span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script src="/js/busuanzi.pure.mini.js" async></script>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{{}});</script>
</body>
</html>"""


def _page(request: Request, title: str, path: str, description: str, main: str, extra: str = "") -> str:
    return _head(request, title, path, description, extra) + _header() + f'<main class="main">\n{main}\n</main>\n' + _footer()


# --- lists ---------------------------------------------------------------------------------------------


def _meta_bits(story: Story) -> list[str]:
    dt = story.opts["date"]
    bits = [date_span(dt), f"{max(1, story.opts['words'] // 200)} phút"]
    return bits


def _author_line(story: Story) -> str:
    return story.opts.get("author_printed") or "BBT"


def _plain_summary(story: Story) -> str:
    words = " ".join(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("code",)).split()
    text = " ".join(words[:36])
    return text + ("..." if len(words) > 36 else "")


def _card(story: Story) -> str:
    thumb = ""
    covers = [b for b in story.blocks if isinstance(b, Img) and b.style == "cover"]
    path = post_path(story)
    if covers:
        thumb = f'<figure class="entry-cover"><img loading="lazy" src="{href(path)}cover_hu0c1d2e3f_210000_360x0_resize_q75_box.jpg" alt="{esc(story.title)}"></figure>'
    elif story.opts.get("hidden_cover"):
        thumb = f'<figure class="entry-cover"><img loading="lazy" src="{href(path)}{story.opts["hidden_cover"]}" alt=""></figure>'
    return f"""<article class="post-entry">
 {thumb}
 <header class="entry-header"><h2 class="entry-hint-parent">{esc(story.title)}</h2></header>
 <div class="entry-content"><p>{esc(_plain_summary(story))}</p></div>
 <footer class="entry-footer">{"&nbsp;·&nbsp;".join([*_meta_bits(story), esc(_author_line(story))])}</footer>
 <a class="entry-link" aria-label="post link to {esc(story.title)}" href="{href(path)}"></a>
</article>"""


def _paginate(items: list[Story], base: str) -> dict[str, tuple[list[Story], str]]:
    """{path: (stories, pagination nav)} for a paginated list at ``base``."""
    pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
    out = {}
    for n, chunk in enumerate(pages, start=1):
        path = base if n == 1 else f"{base}page/{n}/"
        nav = ""
        if len(pages) > 1:
            links = []
            if n > 1:
                prev = base if n == 2 else f"{base}page/{n - 1}/"
                links.append(f'<a class="prev" href="{href(prev)}">«&nbsp;Trang trước&nbsp;</a>')
            if n < len(pages):
                links.append(f'<a class="next" href="{href(f"{base}page/{n + 1}/")}">Trang sau&nbsp;&nbsp;»</a>')
            nav = f'<footer class="page-footer"><nav class="pagination">{"".join(links)}</nav></footer>'
        out[path] = (chunk, nav)
    return out


def _list_page(request: Request, path: str, heading: str, crumbs: str, chunk: list[Story], nav: str) -> str:
    cards = "\n".join(_card(s) for s in chunk)
    main = f"""<header class="page-header"><div class="breadcrumbs">{crumbs}</div>
 <h1>{esc(heading)} <a href="{href(path.split("page/")[0])}index.xml" title="RSS" aria-label="RSS"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" height="23"><circle cx="5" cy="19" r="1"></circle></svg></a></h1>
</header>
{cards}
{nav}"""
    return _page(request, f"{heading} | {SITE_TITLE}", path, f"{heading} - {SITE_TITLE}", main)


# --- the single post -----------------------------------------------------------------------------------


def _style_args(style: str) -> tuple[str, dict[str, str]]:
    kind, *rest = style.split("|")
    args = dict(part.split("=", 1) for part in rest)
    return kind, args


def _render_img(img: Img) -> str:
    kind, args = _style_args(img.style)
    if kind == "md":
        return (
            f'<p><img loading="lazy" src="{img.src}" alt="{esc(args.get("alt", ""))}"></p>\n'
            f"<p><em>{esc(img.printed)}</em></p>"
        )
    if kind == "figure":
        cap = esc(args.get("caption", ""))
        attr = args.get("attr")
        if attr:
            link = args.get("attrlink")
            cap += f'<a href="{link}">{esc(attr)}</a>' if link else esc(attr)
        return (
            f'<figure class="align-center">\n    <img loading="lazy" src="{img.src}"\n         '
            f'alt="{esc(args.get("caption", ""))}"/> <figcaption>\n            <p>{cap}</p>\n'
            "        </figcaption>\n</figure>"
        )
    if kind == "figtitle":
        return (
            f'<figure>\n    <img loading="lazy" src="{img.src}"/> <figcaption>\n'
            f"            <h4>{esc(img.printed)}</h4>\n        </figcaption>\n</figure>"
        )
    raise ValueError(img.style)


def _render_content(story: Story) -> tuple[str, str, list[tuple[str, str]]]:
    """(cover html, content html, toc entries)."""
    cover = ""
    out: list[str] = []
    toc: list[tuple[str, str]] = []
    footnotes: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            kind = b.style.split("|")[0]
            if kind == "cover":
                cap = f"<p>{esc(b.printed)}</p>" if b.printed else ""
                cover = (
                    f'<figure class="entry-cover"><img loading="eager" srcset="cover_hu0c1d2e3f_210000_360x0_resize_q75_box.jpg 360w, '
                    f'cover_hu0c1d2e3f_210000_720x0_resize_q75_box.jpg 720w, cover.jpg 1200w" sizes="(min-width: 768px) 720px, 100vw" '
                    f'src="{b.src}" alt="{esc(story.title)}" width="1200" height="800">\n{cap}\n</figure>'
                )
                i += 1
                continue
            if kind == "gallery":
                items = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("gallery"):
                    g = blocks[i]
                    _, gargs = _style_args(g.style)
                    items.append(
                        f'<div class="box"><figure itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject">'
                        f'<div class="img"><img itemprop="thumbnail" src="{g.src}" alt=""></div>'
                        f'<a href="{gargs["full"]}" itemprop="contentUrl"></a></figure></div>'
                    )
                    i += 1
                out.append(f'<div class="gallery caption-position-bottom caption-effect-slide hover-effect-zoom">{"".join(items)}</div>')
                continue
            out.append(_render_img(b))
            i += 1
            continue
        # paragraphs
        kind = b.style.split("|")[0]
        if b.style.startswith("sup:"):
            anchor = b.style[4:]
            n = len(footnotes) + 1
            t = esc(b.text).replace(
                esc(anchor),
                esc(anchor)
                + f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>',
                1,
            )
            out.append(f"<p>{t}</p>")
            i += 1
            continue
        if kind in ("h2", "h3"):
            aid = _anchor_id(b.text)
            toc.append((aid, b.text))
            out.append(
                f'<{kind} id="{aid}">{esc(b.text)}<a hidden class="anchor" aria-hidden="true" href="#{aid}">#</a></{kind}>'
            )
            i += 1
            continue
        if kind in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead>\n<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in cells) + "</tr>\n</thead>"
                else:
                    rows.append("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in cells) + "</tr>")
                i += 1
            out.append(f"<table>\n{head}\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if kind == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if kind == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
            i += 1
            continue
        if kind == "code":
            lines = CODE[b.text].split("\n")
            spans = "".join(f'<span class="line"><span class="cl">{esc(line)}\n</span></span>' for line in lines)
            out.append(
                '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-python" '
                f'data-lang="python">{spans}</code></pre></div>'
            )
            i += 1
            continue
        if kind == "fn":
            footnotes.append(b.text)
            i += 1
            continue
        if kind == "brnext":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brnext":
                lines.append(esc(blocks[i].text))
                i += 1
            lines.append(esc(blocks[i].text))
            i += 1
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
            continue
        if kind == "soft":
            out.append("<p>" + esc(b.text).replace(". ", ".\n") + "</p>")
            i += 1
            continue
        out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if footnotes:
        notes = "".join(
            f'<li id="fn:{n}">\n<p>{esc(t)}&#160;<a href="#fnref:{n}" class="footnote-backref" '
            f'role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n'
            for n, t in enumerate(footnotes, start=1)
        )
        out.append(f'<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n{notes}</ol>\n</div>')
    return cover, "\n".join(out), toc


def _share(request: Request, story: Story) -> str:
    u = quote(base_url(request) + post_path(story), safe="")
    t = quote(story.title, safe="")
    nets = [
        ("x", f"https://x.com/intent/tweet/?text={t}&amp;url={u}"),
        ("facebook", f"https://facebook.com/sharer/sharer.php?u={u}"),
        ("telegram", f"https://telegram.me/share/url?text={t}&amp;url={u}"),
    ]
    return '<ul class="share-buttons">' + "".join(
        f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(story.title)} on {n}" href="{h}">'
        '<svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor">'
        "<path d=\"M449.446,0\"/></svg></a></li>"
        for n, h in nets
    ) + "</ul>"


def render_post(request: Request, story: Story) -> str:
    path = post_path(story)
    dt = story.opts["date"]
    cover, content, toc = _render_content(story)
    cats = cats_of(story)
    meta = [*_meta_bits(story), f"{story.opts['words']} chữ", esc(_author_line(story))]
    if story.opts.get("lastmod"):
        meta.insert(1, f"Cập nhật: <span title='{go_time(story.opts['lastmod'])}'>{day_vn(story.opts['lastmod'])}</span>")
    cat_links = ", ".join(f'<a href="{href(term_path("categories", c))}">{esc(c)}</a>' for c in cats)
    meta_html = (
        "&nbsp;·&nbsp;".join(meta)
        + f'&nbsp;|&nbsp;<span class="hv-cm">Chuyên mục: {cat_links}</span>'
        + f'&nbsp;|&nbsp;<a href="https://github.com/clbtinhoc-hv/website/blob/main/content{path.rstrip("/")}.md" '
        'rel="noopener noreferrer" target="_blank">Sửa trên GitHub</a>'
    )
    desc = ""
    if story.sapo_outside and story.summary:
        desc = f'<div class="post-description">\n  {esc(story.summary)}\n</div>'
    meta_description = story.summary if story.sapo_outside else _plain_summary(story)
    toc_html = ""
    if toc:
        lis = "".join(f'<li>\n<a href="#{a}" aria-label="{esc(t)}">{esc(t)}</a></li>' for a, t in toc)
        toc_html = (
            '<div class="toc">\n<details  open>\n<summary accesskey="c" title="(Alt + C)">\n'
            '<span class="details">Mục lục</span>\n</summary>\n<div class="inner"><ul>' + lis + "</ul>\n</div>\n</details>\n</div>"
        )
    tags = "".join(
        f'<li><a href="{href(term_path("tags", t))}">{esc(t)}</a></li>' for t in story.opts.get("tags", [])
    )
    idx = POSTS.index(story)
    nav = []
    if idx + 1 < len(POSTS):
        o = POSTS[idx + 1]
        nav.append(
            f'<a class="prev" href="{href(post_path(o))}">\n<span class="title">« Bài trước</span>\n<br>\n<span>{esc(o.title)}</span>\n</a>'
        )
    if idx > 0:
        o = POSTS[idx - 1]
        nav.append(
            f'<a class="next" href="{href(post_path(o))}">\n<span class="title">Bài sau »</span>\n<br>\n<span>{esc(o.title)}</span>\n</a>'
        )
    ld_author = story.opts.get("author_printed") or "BBT"
    base = base_url(request)
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": story.title,
        "name": story.title,
        "description": meta_description,
        "keywords": story.opts.get("tags", []),
        "articleBody": " ".join(b.text for b in story.blocks if isinstance(b, P))[:400],
        "wordCount": story.opts["words"],
        "inLanguage": "vi",
        "datePublished": iso(dt),
        "dateModified": iso(story.opts.get("lastmod", dt)),
        "author": [{"@type": "Person", "name": ld_author}],
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + href(path)},
        "publisher": {"@type": "Organization", "name": SITE_TITLE, "logo": {"@type": "ImageObject", "url": base + "/favicon.ico"}},
    }
    crumbs_ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Bài viết", "item": base + "/posts/"},
            {"@type": "ListItem", "position": 2, "name": story.title, "item": base + href(path)},
        ],
    }
    extra = (
        '<meta property="og:type" content="article">\n'
        f'<meta property="article:section" content="posts">\n'
        f'<meta property="article:published_time" content="{iso(dt)}">\n'
        f'<meta property="article:modified_time" content="{iso(story.opts.get("lastmod", dt))}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in story.opts.get("tags", []))
        + f'<script type="application/ld+json">\n{json.dumps(crumbs_ld, ensure_ascii=False)}\n</script>\n'
        + f'<script type="application/ld+json">\n{json.dumps(ld, ensure_ascii=False)}\n</script>'
    )
    main = f"""<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="/">Trang chủ</a>&nbsp;»&nbsp;<a href="/posts/">Bài viết</a></div>
    <h1 class="post-title entry-hint-parent">
      {esc(story.title)}
    </h1>
    {desc}
    <div class="post-meta">{meta_html}</div>
  </header>
  {cover}
  {toc_html}
  <div class="post-content">{content}</div>
  <footer class="post-footer">
    <ul class="post-tags">{tags}</ul>
    <nav class="paginav">{"".join(nav)}</nav>
    {_share(request, story)}
  </footer>
</article>"""
    return _page(request, f"{story.title} | {SITE_TITLE}", path, meta_description, main, extra)


# --- other pages -------------------------------------------------------------------------------------


def _alias(request: Request, target: str) -> Response:
    url = base_url(request) + href(target)
    return html(
        f'<!DOCTYPE html><html lang="vi"><head><title>{url}</title><link rel="canonical" href="{url}">'
        f'<meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" '
        f'content="0; url={url}"></head></html>'
    )


def _home(request: Request) -> str:
    main = f"""<div class="profile">
  <div class="profile_inner">
    <img draggable="false" src="/images/truong-hv.jpg" alt="Trường THPT chuyên Hùng Vương" title="Trường THPT chuyên Hùng Vương" height="150" width="150">
    <h1>{SCHOOL}</h1>
    <span>Trang tin của nhà trường &ndash; do CLB Tin học thực hiện. Chất lượng &ndash; Sáng tạo &ndash; Hội nhập.</span>
    <div class="buttons">
      <a class="button" href="/posts/" rel="noopener" title="Bài viết"><span class="button-inner">Bài viết</span></a>
      <a class="button" href="/archives/" rel="noopener" title="Lưu trữ"><span class="button-inner">Lưu trữ</span></a>
      <a class="button" href="/gioi-thieu/" rel="noopener" title="Giới thiệu"><span class="button-inner">Giới thiệu</span></a>
    </div>
    <div class="social-icons">
      <a href="https://www.facebook.com/thptchuyenhungvuong" target="_blank" rel="noopener noreferrer me" title="Facebook"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg></a>
      <a href="https://www.youtube.com/@thptchuyenhungvuong" target="_blank" rel="noopener noreferrer me" title="Youtube"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg></a>
      <a href="https://github.com/clbtinhoc-hv" target="_blank" rel="noopener noreferrer me" title="Github"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg></a>
    </div>
  </div>
</div>"""
    return _page(request, SITE_TITLE, "/", "Trang tin của Trường THPT chuyên Hùng Vương, tỉnh Phú Thọ", main)


def _archives(request: Request) -> str:
    months: dict[int, list[Story]] = {}
    for s in POSTS:
        months.setdefault(s.opts["date"].astimezone(ICT).month, []).append(s)
    parts = []
    for m, posts in months.items():
        entries = "".join(
            f"""<div class="archive-entry">
  <h3 class="archive-entry-title entry-hint-parent">{esc(s.title)}</h3>
  <div class="archive-meta">{"&nbsp;·&nbsp;".join([*_meta_bits(s), esc(_author_line(s))])}</div>
  <a class="entry-link" aria-label="post link to {esc(s.title)}" href="{href(post_path(s))}"></a>
</div>"""
            for s in posts
        )
        parts.append(
            f'<div class="archive-month"><h3 class="archive-month-header" id="2026-tháng-{m}">Tháng {m}'
            f'<sup class="archive-count">&nbsp;&nbsp;{len(posts)}</sup></h3>\n<div class="archive-posts">{entries}</div></div>'
        )
    main = f"""<header class="page-header"><h1>Lưu trữ</h1></header>
<div class="archive-year"><h2 class="archive-year-header" id="2026"><a class="archive-header-link" href="#2026">2026</a>
<sup class="archive-count">&nbsp;&nbsp;{len(POSTS)}</sup></h2>
{"".join(parts)}
</div>"""
    return _page(request, f"Lưu trữ | {SITE_TITLE}", "/archives/", "Lưu trữ bài viết", main)


def _search(request: Request) -> str:
    main = """<header class="page-header"><h1>Tìm kiếm&nbsp;<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 24 24"><circle cx="11" cy="11" r="8"></circle></svg></h1>
<div class="post-description">Nhập từ khóa để tìm bài viết</div>
</header>
<div id="searchbox">
  <input id="searchInput" autofocus placeholder="Tìm kiếm ↵" aria-label="search" type="search" autocomplete="off" maxlength="64">
  <ul id="searchResults" aria-label="search results"></ul>
</div>
<script defer crossorigin="anonymous" src="/assets/js/search.9d3f1b2a.js"></script>"""
    return _page(request, f"Tìm kiếm | {SITE_TITLE}", "/search/", "Tìm kiếm", main)


def _terms(request: Request, kind: str) -> str:
    label = "Chuyên mục" if kind == "categories" else "Thẻ"
    counts: dict[str, int] = {}
    for s in POSTS:
        for t in cats_of(s) if kind == "categories" else s.opts.get("tags", []):
            counts[t] = counts.get(t, 0) + 1
    lis = "".join(
        f'<li><a href="{href(term_path(kind, t))}">{esc(t)} <sup><strong><sup>{n}</sup></strong></sup> </a></li>'
        for t, n in sorted(counts.items())
    )
    main = f'<header class="page-header"><h1>{label}</h1></header>\n<ul class="terms-tags">{lis}</ul>'
    return _page(request, f"{label} | {SITE_TITLE}", f"/{kind}/", label, main)


def _simple(request: Request, path: str, title: str, body: str) -> str:
    main = f"""<article class="post-single">
  <header class="post-header"><h1 class="post-title entry-hint-parent">{esc(title)}</h1></header>
  <div class="post-content">{body}</div>
</article>"""
    return _page(request, f"{title} | {SITE_TITLE}", path, title, main)


INTRO = """<p>Trường THPT chuyên Hùng Vương được thành lập năm 1973, là trường chuyên duy nhất của tỉnh Phú Thọ.</p>
<p><img src="/images/truong-hv.jpg" alt="Toàn cảnh nhà trường"></p>
<h2 id="sứ-mệnh">Sứ mệnh<a hidden class="anchor" aria-hidden="true" href="#sứ-mệnh">#</a></h2>
<p>Phát hiện, bồi dưỡng học sinh năng khiếu, đào tạo nguồn nhân lực chất lượng cao cho tỉnh và đất nước.</p>
<table><thead><tr><th>Năm học</th><th>Số lớp</th><th>Số học sinh</th></tr></thead>
<tbody><tr><td>2026-2027</td><td>45</td><td>1.575</td></tr></tbody></table>"""

CONTACT = """<p>Địa chỉ: Đường Trần Phú, phường Tân Dân, thành phố Việt Trì, tỉnh Phú Thọ</p>
<p>Điện thoại: 0210.3846.215</p>
<p>Email: <a href="mailto:c3chuyenhungvuong@phutho.edu.vn">c3chuyenhungvuong@phutho.edu.vn</a></p>
<p>Góp ý cho website xin gửi về CLB Tin học qua <a href="https://github.com/clbtinhoc-hv/website/issues" target="_blank">GitHub</a>.</p>"""

DOCS = """<p>Các văn bản, kế hoạch của nhà trường (định dạng PDF):</p>
<ul>
<li><a href="/files/ke-hoach-nam-hoc-2026-2027.pdf">Kế hoạch năm học 2026-2027</a> (PDF, 412 KB)</li>
<li><a href="/files/quy-che-chi-tieu-noi-bo-2026.pdf">Quy chế chi tiêu nội bộ năm 2026</a> (PDF, 238 KB)</li>
<li><a href="/files/lich-kiem-tra-cuoi-hk1.pdf">Lịch kiểm tra cuối học kỳ I</a> (PDF, 96 KB)</li>
</ul>"""


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{href(post_path(s))}</link>"
        f"<pubDate>{s.opts['date'].strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
        f"<guid>{base}{href(post_path(s))}</guid><description>{esc(_plain_summary(s))}</description></item>"
        for s in POSTS
    )
    body = (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Bài viết trên THPT chuyên Hùng Vương</title>'
        f"<link>{base}/posts/</link><language>vi</language><lastBuildDate>Sat, 05 Dec 2026 06:12:44 +0700</lastBuildDate>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap(request: Request, paths: list[str]) -> Response:
    base = base_url(request)
    urls = "".join(f"<url><loc>{base}{href(p)}</loc></url>" for p in paths)
    body = (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/'
        f'schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _index_json() -> Response:
    data = [
        {"title": s.title, "permalink": post_path(s), "summary": _plain_summary(s), "content": _plain_summary(s)}
        for s in POSTS
    ]
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        r = self.routes
        r["/"] = _home
        for path, (chunk, nav) in _paginate(POSTS, "/posts/").items():
            r[path] = lambda q, p=path, c=chunk, n=nav: _list_page(
                q, p, "Bài viết", '<a href="/">Trang chủ</a>', c, n
            )
        r["/posts/page/1/"] = lambda q: _alias(q, "/posts/")
        for kind in ("categories", "tags"):
            r[f"/{kind}/"] = lambda q, k=kind: _terms(q, k)
            label = "Chuyên mục" if kind == "categories" else "Thẻ"
            terms: dict[str, list[Story]] = {}
            for s in POSTS:
                for t in cats_of(s) if kind == "categories" else s.opts.get("tags", []):
                    terms.setdefault(t, []).append(s)
            for t, posts in terms.items():
                base = term_path(kind, t)
                for path, (chunk, nav) in _paginate(posts, base).items():
                    crumbs = f'<a href="/">Trang chủ</a>&nbsp;»&nbsp;<a href="/{kind}/">{label}</a>'
                    r[path] = lambda q, p=path, c=chunk, n=nav, h=t, cr=crumbs: _list_page(q, p, h, cr, c, n)
                r[f"{base}page/1/"] = lambda q, b=base: _alias(q, b)
        r["/archives/"] = _archives
        r["/search/"] = _search
        r["/gioi-thieu/"] = lambda q: _simple(q, "/gioi-thieu/", "Giới thiệu", INTRO)
        r["/lien-he/"] = lambda q: _simple(q, "/lien-he/", "Liên hệ", CONTACT)
        r["/tai-lieu/"] = lambda q: _simple(q, "/tai-lieu/", "Tài liệu", DOCS)
        self.post_by_path = {post_path(s): s for s in POSTS}
        for s in POSTS:
            r[post_path(s)] = lambda q, st=s: render_post(q, st)
            for a in s.opts.get("aliases", []):
                r[a] = lambda q, st=s: _alias(q, post_path(st))
        self.sitemap_paths = ["/", *[p for p in r if not p.endswith("/page/1/") and "/tin-tuc/" not in p]]

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed", {"Content-Type": "text/plain"})
        if path == "/index.xml" or (path.endswith("/index.xml") and path[: -len("index.xml")] in self.routes):
            return _rss(request)
        if path == "/sitemap.xml":
            return _sitemap(request, self.sitemap_paths)
        if path == "/index.json":
            return _index_json()
        if path.startswith("/files/") and path.endswith(".pdf"):
            if path in DOCS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.endswith("/index.html") and path[: -len("index.html")] in self.routes:
            path = path[: -len("index.html")]
        page = self.routes.get(path)
        if page is None:
            if path + "/" in self.routes:
                return redirect(href(path + "/"), 301)
            if "." in path.rsplit("/", 1)[-1]:
                return static_file(path)
            return None
        result = page(request)
        return result if isinstance(result, Response) else html(result)


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------------


def _gold(story: Story, extra_alts: tuple[str, ...] = ()) -> dict:
    path = post_path(story)
    alts = [path + "index.html", *story.opts.get("aliases", []), *extra_alts]
    return gold_record(story, path, cats_of(story)[0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/tai-lieu/",
    "/archives/",
    "/search/",
    post_path(ALBUM),
]
