"""Fixture portal: a district education office (Phòng GD&ĐT huyện Cẩm Xuyên) rebuilt as a static
site with Astro 4, content collections written in Markdown, deployed behind nginx.

Why: small offices move off their vendor portal to a static site a local developer builds with
Astro (or Hugo, Eleventy); the HTML is compact, every element carries a scoped-style attribute
(``data-astro-cid-xxxxxxxx``) and some a scoped class (``class="title astro-J7PV25F6"``), the
interactive parts are ``<astro-island>`` elements whose props are serialised JSON in an attribute,
and the host, not an application, decides what a missing page answers.

What it serves (every page rendered per request from the constant data below, nothing random):

- posts at ``/tin-tuc/<slug>/`` (``build.format: 'directory'``, so the very same file also
  answers at ``/tin-tuc/<slug>/index.html``, and one post links another that way);
  ``/tin-tuc/<slug>`` without the slash answers nginx's 301 to the slash form (absolute
  ``Location``), and the "Bài mới" aside writes its links without the slash;
- the post layout: breadcrumb "Trang chủ › Tin tức › <chuyên mục>", ``<article class="post">``
  with a category badge, ``h1.title``, a meta line with "Người viết: …" (the frontmatter
  ``author``; absent in some posts), ``<time datetime="2026-11-23T00:00:00.000Z">23 tháng 11,
  2026</time>`` (a date-only frontmatter ``pubDate`` is UTC midnight, 07:00 in Vietnam; the page
  prints only the day, formatted with ``vi-VN``), and in one post "Cập nhật: …" (``updatedDate``);
  the frontmatter ``description`` printed as ``p.lead`` (the sapo) when the post has one; then the
  Markdown body in ``div.prose``: paragraphs, ``h2``/``h3`` with github-slugger ids, ``ul``/``ol``,
  GFM tables, blockquotes, images (``![](./x.jpg)`` optimised to ``/_astro/x.<hash>.webp`` with
  width/height/lazy, or ``/images/...jpg`` from ``public/`` left as they are) either inside a
  ``<p>`` with the caption as the next paragraph in ``<em>`` or, in posts written with the
  remark-figure plugin, as ``<figure>`` + ``<figcaption>`` (alt = caption); in-text bylines as the
  last paragraph ("**Tin, ảnh:** Trần Quốc Bảo", "*(Nguồn: Sở GD&ĐT Hà Tĩnh)*"); ``&`` in Markdown
  text written ``&#x26;`` as rehype does, ``&amp;`` in component text as Astro does;
- after the body a Preact lightbox island whose ``props`` hold every image of the post twice
  (the displayed file and the original ``/_astro/x.<hash>.jpg`` or ``/images/...jpg``) with its
  alt and caption; the tag list "Từ khóa:" (``/tags/<tag>/``), share links (Facebook, Zalo, copy,
  print button), "Bài trước"/"Bài sau" links, "Bài viết cùng chuyên mục" (three, dated);
- chrome on every page: a top bar with the build date (``TODAY``, the site is rebuilt every night)
  and the hotline, the office's name and logo, a search island (``props`` naming
  ``/search.json``, SSR fallback form), the menu, the sidebar ("Bài mới" with dd/mm/yyyy dates,
  banners, "Thống kê truy cập"), the footer (address, phone, hotline, email, "Chịu trách nhiệm
  chính", "Xây dựng với Astro"); ``<link rel="canonical">`` on every page;
- listings with Astro's ``paginate()``: ``/tin-tuc/``, ``/tin-tuc/2/``, ``/tin-tuc/3/`` (5 a page),
  ``/chuyen-muc/<slug>/``, ``/chuyen-muc/<slug>/2/`` … (3 a page; "Tin tức - Sự kiện" has 3
  pages); ``/tags/<tag>/`` (one page each); the home page (newest post, the next five, notices,
  professional news);
- ``/rss.xml`` (@astrojs/rss, the 10 newest only), ``/sitemap-index.xml`` → ``/sitemap-0.xml``
  (@astrojs/sitemap: every page but the 404), ``/robots.txt`` naming the index, ``/search.json``;
- non-articles: ``/gioi-thieu/``, ``/lien-he/`` (a Formspree form), ``/van-ban/`` (a table of
  documents linking PDFs under ``/files/van-ban/``), ``/lich-cong-tac/`` (this week's schedule),
  ``/thu-vien-anh/`` (a photo grid with its own lightbox island), the tag lists; ``/404.html``
  (linked from nowhere, so not in NON_ARTICLES; the linked dead paths that print it are).

Traps: nginx is configured ``try_files $uri $uri/ /404.html``, so ``/404.html`` and every unknown
path (a dead link to ``/tin-tuc/tong-ket-nam-hoc-2025-2026/`` in a post, ``/tin-tuc/4/`` past the
last listing page, ``/so-do-trang/`` in the footer) answer **200** with the "Không tìm thấy trang"
page: a soft 404. The slashless form of every post answers 301. ``/tin-tuc/<slug>/index.html``
serves the same post (its canonical names the slash form; listed as ``alt_paths``). Styles and
scripts have hashed names under ``/_astro/``. The lightbox JSON names original-size files the
page never shows as images.

Text forms: UTF-8 throughout; one post's Markdown was pasted in decomposed Unicode (NFD) and is
served so; everything else NFC.

Gold (by hand). Judgement calls:
- ``published_at``: the printed day ("23 tháng 11, 2026" → 2026-11-23); the ``<time datetime>``
  (UTC) and the RSS ``pubDate`` add no time of day; one post's frontmatter has 09:30 +07:00
  (datetime ``…T02:30:00.000Z``) but prints the day only → the day. "Cập nhật: 21 tháng 11, 2026"
  is not the publication date.
- ``summary``: the ``p.lead`` (frontmatter description) where printed, and the body's first
  paragraph; posts without a description have none.
- ``authors``: the "Người viết:" name, with "ThS."/"Thầy" dropped and " - Trường TH Cẩm Bình"
  (the unit after a dash) dropped; "Bộ phận Chuyên môn" (the office's department in the author
  field, nothing signs the text) is the author; "Quản trị viên" credits nobody. In-text "Tin, ảnh:
  X" gives X in both lists; "Tin: X; Ảnh: Y" and "Ảnh: Y" below the text give the photographer;
  "(Nguồn: Sở GD&ĐT Hà Tĩnh)" is the source only (that post has no author).
- captions: the ``em`` line or ``figcaption``, wrapping parentheses and a leading "Ảnh:" removed;
  "… (Ảnh: Hồng Nhung)" at the end of a caption stays in it and names Hồng Nhung as photographer.
  Images with no line under them have caption None; the alt text is not a caption.
- body: headings, list items, blockquote paragraphs are paragraphs; a table row is a paragraph
  with its cells joined by " | " (header row included); byline and source lines are not body.
- category: the post's collection category as the breadcrumb and badge print it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "astro_pgd"
PLATFORM = "astro"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
SHORT = "Phòng GD&ĐT Cẩm Xuyên"
ADDRESS = "Số 02 đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"
PHONE = "0239 3 861 245"
HOTLINE = "0912 386 124"
EMAIL = "pgdcamxuyen@hatinh.edu.vn"
ASTRO = "Astro v4.16.18"
LOCAL = timezone(timedelta(hours=7))
NEWS_PER_PAGE = 5
CAT_PER_PAGE = 3
FEED_SIZE = 10

#: scoped-style ids of the site's components
CID_LAYOUT = "sckkx6r4"
CID_HEADER = "3ef6ksr2"
CID_FOOTER = "sz7xmlte"
CID_POST = "j7pv25f6"
CID_SIDE = "lx4pf2oq"
CID_CARD = "mcn5yqvz"
CID_PAGER = "d7ws3ulp"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "giao-vien-day-gioi": "Giáo viên dạy giỏi",
    "thcs": "THCS",
    "tieu-hoc": "Tiểu học",
    "mam-non": "Mầm non",
    "chuyen-doi-so": "Chuyển đổi số",
    "boi-duong": "Bồi dưỡng",
    "van-hoa-doc": "Văn hóa đọc",
    "the-thao": "Thể thao",
    "stem": "STEM",
    "ngay-nha-giao": "Ngày Nhà giáo",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
    "to-chuc-can-bo": "Tổ chức cán bộ",
    "khuyen-hoc": "Khuyến học",
}


def _hash(seed: str, n: int = 8) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    return digest.replace("-", "x").replace("_", "Q")[:n]


def opt(name: str) -> str:
    """An image of ``src/content`` optimised by astro:assets: ``/_astro/<name>.<hash>_<hash>.webp``."""
    return f"/_astro/{name}.{_hash(name)}_Z{_hash('w' + name, 6)}.webp"


def original(src: str) -> str:
    """The full-size file the lightbox opens: the emitted original of an optimised image."""
    if src.startswith("/_astro/"):
        name, rest = src[len("/_astro/"):].split(".", 1)
        return f"/_astro/{name}.{rest.split('_', 1)[0]}.jpg"
    return src


def thumb(src: str) -> str:
    """The 400px variant a card shows: the same source, another transform hash."""
    if src.startswith("/_astro/"):
        name, rest = src[len("/_astro/"):].split(".", 1)
        return f"/_astro/{name}.{rest.split('_', 1)[0]}_Z{_hash('t' + name, 6)}.webp"
    return src


PUB = "/images/tin-tuc/2026"

# Story.opts: day (frontmatter pubDate, a date), at (pubDate with a time, local), updated (date),
# author (frontmatter author as printed), description printed as p.lead = summary, tags, nfd.
# P styles: "" p, h2, h3, li (ul), ol, quote (blockquote), th/tr (GFM table rows, cells " | "),
# "a|href|phrase" (a paragraph with a link). Img styles: em (img in p + <p><em> line), figure
# (figure + figcaption when printed), bare (img in p, no line).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-23",
        summary=(
            "Sau 5 ngày tranh tài, 86 giáo viên đến từ 17 trường THCS trên địa bàn huyện đã hoàn"
            " thành các tiết dạy thực hành; 52 giáo viên được công nhận danh hiệu giáo viên dạy"
            " giỏi cấp huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027 được Phòng Giáo"
                " dục và Đào tạo tổ chức từ ngày 16 đến ngày 20/11/2026 tại Trường THCS Cẩm Thành và"
                " Trường THCS Thị trấn Cẩm Xuyên. Mỗi giáo viên dự thi trình bày một biện pháp nâng"
                " cao chất lượng giảng dạy và thực hiện hai tiết dạy theo Chương trình giáo dục phổ"
                " thông 2018."
            ),
            Img(
                opt("hoi-thi-gvdg-thcs-1"),
                "(Ban Giám khảo chấm tiết dạy môn Toán tại Trường THCS Cẩm Thành)",
                "Ban Giám khảo chấm tiết dạy môn Toán tại Trường THCS Cẩm Thành",
                "em",
            ),
            P("Kết quả hội thi", "h2"),
            P(
                "Kết quả, 52/86 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, đạt tỷ lệ"
                " 60,5%. Cụ thể theo từng môn như sau:"
            ),
            P("Môn | Số giáo viên dự thi | Số giáo viên đạt", "th"),
            P("Toán | 14 | 9", "tr"),
            P("Ngữ văn | 13 | 8", "tr"),
            P("Tiếng Anh | 10 | 6", "tr"),
            P("Khoa học tự nhiên | 12 | 7", "tr"),
            P("Các môn còn lại | 37 | 22", "tr"),
            P("Một số điểm mới", "h2"),
            P("So với các kỳ hội thi trước, hội thi năm nay có một số điểm mới:"),
            P(
                "Giáo viên được tự chọn một trong hai tiết dạy, tiết còn lại do Ban Tổ chức bốc"
                " thăm;",
                "li",
            ),
            P(
                "Biện pháp nâng cao chất lượng được trình bày trong 15 phút, không yêu cầu nộp bản"
                " in;",
                "li",
            ),
            P(
                "Tiết dạy được đánh giá theo Công văn 5512 của Bộ GD&ĐT, chú trọng tổ chức hoạt"
                " động học của học sinh.",
                "li",
            ),
            P(
                "Nhiều giáo viên đã vận dụng kiến thức từ lớp tập huấn ứng dụng trí tuệ nhân tạo"
                " trong dạy học vào thiết kế học liệu cho tiết dạy thực hành.",
                "a|/tin-tuc/tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs/"
                "index.html|lớp tập huấn ứng dụng trí tuệ nhân tạo trong dạy học",
            ),
            Img(opt("hoi-thi-gvdg-thcs-2"), None, None, "bare"),
            P(
                "Phát biểu bế mạc, ông Nguyễn Văn Hải, Trưởng phòng GD&ĐT, ghi nhận sự chuẩn bị chu"
                " đáo của các nhà trường và đề nghị các giáo viên đạt danh hiệu tiếp tục chia sẻ"
                " kinh nghiệm, lan tỏa các tiết dạy hay trong sinh hoạt tổ chuyên môn."
            ),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={
            "day": date(2026, 11, 23),
            "author": "Bộ phận Chuyên môn",
            "tags": ["giao-vien-day-gioi", "thcs"],
        },
    ),
    Story(
        id=2,
        slug="cam-xuyen-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Cẩm Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 35 nhà giáo tiêu biểu năm học"
            " 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND huyện; đại diện các ban, ngành,"
                " đoàn thể và hơn 300 cán bộ quản lý, giáo viên, nhân viên đại diện cho các trường"
                " mầm non, tiểu học, THCS trên địa bàn."
            ),
            Img(
                f"{PUB}/11/ky-niem-20-11-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện tiếp tục đạt nhiều kết quả nổi bật: tỷ lệ"
                " trường đạt chuẩn quốc gia đạt 92,3%; có 48 học sinh đạt giải học sinh giỏi cấp"
                " tỉnh; điểm trung bình thi tuyển sinh vào lớp 10 đứng thứ 3 toàn tỉnh."
            ),
            P(
                "Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học"
                " sinh noi theo.",
                "quote",
            ),
            P(
                "Đó là lời nhắn nhủ của đồng chí Phó Chủ tịch UBND huyện Lê Thị Thanh Hương khi phát"
                " biểu tại buổi lễ. Dịp này, UBND huyện tặng giấy khen cho 35 nhà giáo có thành tích"
                " xuất sắc trong sự nghiệp trồng người."
            ),
            Img(
                f"{PUB}/11/ky-niem-20-11-2.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao giấy khen cho các nhà giáo tiêu biểu",
                "Đồng chí Phó Chủ tịch UBND huyện trao giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            Raw("<p><strong>Tin, ảnh:</strong> Trần Quốc Bảo</p>"),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={"day": date(2026, 11, 20), "tags": ["ngay-nha-giao"]},
    ),
    Story(
        id=3,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-bac-thcs",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 bậc THCS",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 02/9/2026 của Phòng GD&ĐT về thực hiện nhiệm"
                " vụ năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I các môn"
                " do Phòng ra đề như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn học còn lại do nhà trường chủ động xây dựng lịch kiểm tra, hoàn thành trước"
                " ngày 26/12/2026."
            ),
            P(
                "Lưu ý: lịch kiểm tra môn Tiếng Anh được chuyển sang buổi chiều so với dự kiến ban"
                " đầu. Chi tiết xem tại Thông báo số 248/TB-PGDĐT.",
                "a|/files/van-ban/248-tb-pgddt-lich-kiem-tra-hk1.pdf|Thông báo số 248/TB-PGDĐT",
            ),
        ],
        opts={
            "day": date(2026, 11, 18),
            "updated": date(2026, 11, 21),
            "tags": ["kiem-tra-danh-gia", "thcs"],
        },
    ),
    Story(
        id=4,
        slug="truong-tieu-hoc-cam-binh-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Cẩm Bình tổ chức Ngày hội đọc sách “Mỗi ngày một trang sách hay”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-16",
        summary=(
            "Ngày hội đọc sách là hoạt động thường niên của Trường Tiểu học Cẩm Bình nhằm xây dựng"
            " văn hóa đọc, khơi dậy niềm yêu thích sách trong học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chiều 13/11/2026, hơn 650 học sinh cùng thầy cô giáo và đông đảo phụ huynh đã tham"
                " gia các hoạt động của ngày hội: giới thiệu sách, thi kể chuyện theo sách, vẽ tranh"
                " về nhân vật yêu thích và trao đổi sách cũ."
            ),
            Img(
                opt("ngay-hoi-doc-sach-cam-binh-1"),
                "Học sinh lớp 3A say mê đọc sách tại thư viện xanh của nhà trường",
                "Học sinh lớp 3A say mê đọc sách tại thư viện xanh của nhà trường",
                "em",
            ),
            P(
                "Điểm nhấn của ngày hội là phiên chợ sách, nơi các em mang sách đã đọc đến trao đổi"
                " với bạn bè. Hơn 1.200 cuốn sách, truyện thiếu nhi đã được trao đổi, trong đó 300"
                " cuốn được các em tặng lại cho thư viện trường."
            ),
            Img(
                opt("ngay-hoi-doc-sach-cam-binh-2"),
                "Phụ huynh cùng con tham gia góc đọc sách gia đình (Ảnh: Hồng Nhung)",
                "Phụ huynh cùng con tham gia góc đọc sách gia đình (Ảnh: Hồng Nhung)",
                "em",
            ),
            P(
                "Thông qua ngày hội, nhà trường mong muốn mỗi học sinh hình thành thói quen đọc ít"
                " nhất 15 phút mỗi ngày, góp phần phát triển ngôn ngữ và kỹ năng tư duy cho các em."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Hồng Nhung"],
        opts={
            "day": date(2026, 11, 16),
            "author": "Nguyễn Thị Hồng Nhung - Trường TH Cẩm Bình",
            "tags": ["van-hoa-doc", "tieu-hoc"],
        },
    ),
    Story(
        id=5,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-13",
        summary=(
            "Từ ngày 10 đến 12/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo"
            " (AI) trong thiết kế bài dạy và kiểm tra, đánh giá cho 120 giáo viên cốt cán bậc THCS."
        ),
        sapo_outside=True,
        blocks=[
            P("Nội dung tập huấn", "h2"),
            P("Lớp tập huấn được chia thành ba chuyên đề chính:"),
            P("Khai thác công cụ AI hỗ trợ soạn kế hoạch bài dạy, xây dựng học liệu số;", "ol"),
            P("Sử dụng AI tạo ngân hàng câu hỏi và đề kiểm tra theo ma trận, bản đặc tả;", "ol"),
            P(
                "Nhận diện rủi ro, bảo đảm liêm chính học thuật khi học sinh sử dụng AI.",
                "ol",
            ),
            Img(
                opt("tap-huan-ai-thcs"),
                "Ảnh: Giảng viên hướng dẫn giáo viên sử dụng công cụ AI trong soạn bài giảng",
                "Giảng viên hướng dẫn giáo viên sử dụng công cụ AI trong soạn bài giảng",
                "figure",
            ),
            P("Thực hành ngay trên lớp", "h3"),
            P(
                "Sau mỗi chuyên đề, giáo viên thực hành theo nhóm bộ môn, xây dựng sản phẩm là một"
                " kế hoạch bài dạy có ứng dụng AI và một đề kiểm tra giữa kỳ. Các sản phẩm được chia"
                " sẻ trên kho học liệu dùng chung của huyện."
            ),
            P("Yêu cầu sau tập huấn", "h2"),
            P(
                "Mỗi giáo viên cốt cán có trách nhiệm tập huấn lại cho tổ chuyên môn tại đơn vị trước"
                " ngày 15/12/2026 và báo cáo kết quả về Phòng GD&ĐT."
            ),
        ],
        authors=["Lê Văn Hưng"],
        opts={
            "day": date(2026, 11, 13),
            "author": "ThS. Lê Văn Hưng",
            "tags": ["chuyen-doi-so", "boi-duong", "thcs"],
        },
    ),
    Story(
        id=6,
        slug="so-gd-dt-ha-tinh-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
        title="Sở GD&ĐT Hà Tĩnh triển khai nhiệm vụ chuyển đổi số năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        summary=(
            "Năm học 2026 - 2027, ngành Giáo dục Hà Tĩnh đặt mục tiêu 100% cơ sở giáo dục sử dụng"
            " học bạ số và hồ sơ điện tử, hoàn thành kết nối dữ liệu với cơ sở dữ liệu ngành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 06/11/2026, Sở Giáo dục và Đào tạo Hà Tĩnh tổ chức hội nghị trực tuyến triển"
                " khai nhiệm vụ chuyển đổi số năm học 2026 - 2027 đến các phòng GD&ĐT và cơ sở giáo"
                " dục trong toàn tỉnh."
            ),
            P(
                "Theo đánh giá của Sở, năm học vừa qua, 100% trường học đã triển khai sổ điểm điện"
                " tử, 87% trường tiểu học và THCS sử dụng học bạ số; các thủ tục tuyển sinh đầu cấp"
                " được thực hiện trực tuyến."
            ),
            Img(
                f"{PUB}/11/hoi-nghi-chuyen-doi-so.jpg",
                "(Quang cảnh hội nghị tại điểm cầu Phòng GD&ĐT huyện Cẩm Xuyên)",
                "Quang cảnh hội nghị tại điểm cầu Phòng GD&ĐT huyện Cẩm Xuyên",
                "em",
            ),
            P(
                "Năm học này, các đơn vị tập trung hoàn thiện hạ tầng mạng, thiết bị dạy học số; đẩy"
                " mạnh dạy học trực tuyến kết hợp trực tiếp; số hóa hồ sơ quản lý và thực hiện thanh"
                " toán không dùng tiền mặt đối với các khoản thu."
            ),
            Raw("<p><em>(Nguồn: Sở GD&#x26;ĐT Hà Tĩnh)</em></p>"),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
        opts={"day": date(2026, 11, 9), "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=7,
        slug="hoi-khoe-phu-dong-cap-huyen-nam-2026-thu-hut-hon-700-van-dong-vien",
        title="Hội khỏe Phù Đổng cấp huyện năm 2026 thu hút hơn 700 vận động viên",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06",
        summary=(
            "Hội khỏe Phù Đổng huyện Cẩm Xuyên lần thứ XII năm 2026 diễn ra từ ngày 02 đến 05/11"
            " với 7 môn thi đấu dành cho học sinh tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia Hội khỏe có 712 vận động viên đến từ 42 trường tiểu học và THCS, tranh tài"
                " ở các môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu và kéo co."
            ),
            Img(
                opt("hkpd-2026-khai-mac"),
                "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm 2026",
                "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm 2026",
                "em",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, trung thực, đúng luật. Nhiều vận động viên thể hiện"
                " năng khiếu nổi trội ở các môn điền kinh, bóng bàn và cờ vua."
            ),
            Img(
                opt("hkpd-2026-bong-da"),
                "Trận chung kết bóng đá nam THCS giữa Trường THCS Cẩm Thành và Trường THCS Cẩm"
                " Nhượng",
                "Trận chung kết bóng đá nam THCS giữa Trường THCS Cẩm Thành và Trường THCS Cẩm"
                " Nhượng",
                "em",
            ),
            Img(opt("hkpd-2026-keo-co"), None, None, "bare"),
            P(
                "Kết thúc Hội khỏe, Ban Tổ chức trao 168 huy chương các loại cho các vận động viên."
                " Trường THCS Thị trấn Cẩm Xuyên giành giải Nhất toàn đoàn khối THCS, Trường Tiểu học"
                " Cẩm Quang giành giải Nhất toàn đoàn khối tiểu học."
            ),
            Raw("<p><strong>Ảnh:</strong> Hoàng Văn Dũng</p>"),
        ],
        authors=["Phạm Minh Tuấn"],
        photographers=["Hoàng Văn Dũng"],
        opts={
            "day": date(2026, 11, 6),
            "author": "Phạm Minh Tuấn",
            "tags": ["the-thao", "thcs", "tieu-hoc"],
        },
    ),
    Story(
        id=8,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học số 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-03",
        summary=(
            "Sinh hoạt chuyên môn theo hướng nghiên cứu bài học giúp giáo viên cùng nhau quan sát,"
            " phân tích hoạt động học của học sinh để điều chỉnh cách dạy phù hợp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 30/10/2026, tại Trường Tiểu học Cẩm Hưng, cụm trường tiểu học số 2 gồm 6 trường"
                " đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh họa"
                " môn Tiếng Việt lớp 4."
            ),
            Img(
                f"{PUB}/11/sinh-hoat-cum-tieu-hoc-so-2.jpg",
                "Tiết dạy minh họa môn Tiếng Việt lớp 4 của cô giáo Trần Thị Mai",
                "Tiết dạy minh họa môn Tiếng Việt lớp 4 của cô giáo Trần Thị Mai",
                "em",
            ),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích những biểu hiện của học sinh"
                " trong từng hoạt động, chỉ ra nguyên nhân học sinh gặp khó khăn và đề xuất cách điều"
                " chỉnh, không đánh giá, xếp loại tiết dạy."
            ),
            P(
                "Buổi sinh hoạt là dịp để giáo viên trong cụm trao đổi kinh nghiệm, cùng nhau nâng"
                " cao năng lực chuyên môn đáp ứng yêu cầu đổi mới."
            ),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={
            "day": date(2026, 11, 3),
            "author": "Bộ phận Chuyên môn",
            "tags": ["tieu-hoc", "boi-duong"],
            "nfd": True,
        },
    ),
    Story(
        id=9,
        slug="thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        title=(
            "Thông báo về việc tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm"
            " 2026"
        ),
        cat="thong-bao",
        published_at="2026-10-29",
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND huyện về xét thăng hạng chức danh nghề nghiệp giáo viên"
                " mầm non, tiểu học, THCS năm 2026, Phòng GD&ĐT thông báo tiếp nhận hồ sơ như sau:"
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 02/11/2026 đến hết ngày 20/11/2026, trong giờ hành"
                " chính."
            ),
            P(
                "Địa điểm: Bộ phận Tổ chức cán bộ, Phòng GD&ĐT huyện Cẩm Xuyên (tầng 2, nhà làm việc"
                " liên cơ)."
            ),
            P("Hồ sơ gồm:"),
            P("Đơn đăng ký dự xét thăng hạng;", "li"),
            P("Bản sơ yếu lý lịch viên chức có xác nhận của thủ trưởng đơn vị;", "li"),
            P("Bản sao các văn bằng, chứng chỉ theo yêu cầu của hạng đăng ký dự xét;", "li"),
            P("Bản nhận xét, đánh giá viên chức của hai năm gần nhất.", "li"),
            P("Đề nghị thủ trưởng các đơn vị thông báo rộng rãi đến viên chức đủ điều kiện đăng ký."),
        ],
        opts={"day": date(2026, 10, 29), "author": "Quản trị viên", "tags": ["to-chuc-can-bo"]},
    ),
    Story(
        id=10,
        slug="lan-toa-mo-hinh-truong-hoc-hanh-phuc-o-bac-mam-non",
        title="Lan tỏa mô hình “Trường học hạnh phúc” ở bậc mầm non",
        cat="tin-tuc-su-kien",
        published_at="2026-10-26",
        summary=(
            "Sau hai năm triển khai, mô hình “Trường học hạnh phúc” đã được nhân rộng tại 18/24"
            " trường mầm non trên địa bàn huyện, mang lại môi trường học tập an toàn, thân thiện"
            " cho trẻ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường Mầm non Cẩm Vịnh, mỗi buổi sáng, cô giáo đứng ở cổng đón trẻ bằng cái ôm,"
                " lời chào. Các góc lớp được trang trí bằng sản phẩm do trẻ tự làm, phụ huynh được mời"
                " tham gia các buổi “Một ngày làm cô giáo”."
            ),
            Img(
                opt("truong-hoc-hanh-phuc-cam-vinh-1"),
                "Cô và trẻ Trường Mầm non Cẩm Vịnh trong giờ hoạt động ngoài trời",
                "Cô và trẻ Trường Mầm non Cẩm Vịnh trong giờ hoạt động ngoài trời",
                "figure",
            ),
            P(
                "Khi cô giáo hạnh phúc thì trẻ mới hạnh phúc. Chúng tôi giảm bớt hồ sơ sổ sách để"
                " giáo viên có thêm thời gian dành cho trẻ.",
                "quote",
            ),
            P(
                "Chia sẻ của cô Lê Thị Minh, Hiệu trưởng nhà trường, cũng là tinh thần chung mà Phòng"
                " GD&ĐT hướng tới khi triển khai mô hình. Bên cạnh việc cải tạo cảnh quan, các trường"
                " chú trọng xây dựng quy tắc ứng xử, tổ chức sinh hoạt chuyên đề về kỷ luật tích cực."
            ),
            Img(opt("truong-hoc-hanh-phuc-cam-vinh-2"), None, None, "figure"),
            P(
                "Thời gian tới, Phòng GD&ĐT tiếp tục hướng dẫn các trường còn lại xây dựng kế hoạch,"
                " phấn đấu đến hết năm học 2026 - 2027, 100% trường mầm non triển khai mô hình."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"day": date(2026, 10, 26), "author": "Nguyễn Thị Thu Hà", "tags": ["mam-non"]},
    ),
    Story(
        id=11,
        slug="hoc-sinh-thcs-hao-hung-voi-ngay-hoi-stem-lan-thu-nhat",
        title="Học sinh THCS hào hứng với Ngày hội STEM lần thứ nhất",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-20",
        summary=(
            "Ngày hội STEM cấp huyện lần thứ nhất trưng bày 64 sản phẩm của học sinh 17 trường"
            " THCS, từ mô hình tưới cây tự động đến robot phân loại rác."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội diễn ra ngày 17/10/2026 tại Trường THCS Thị trấn Cẩm Xuyên với các hoạt"
                " động: trưng bày sản phẩm, thi thuyết trình dự án, trải nghiệm lắp ráp robot và thí"
                " nghiệm khoa học vui."
            ),
            Img(
                opt("ngay-hoi-stem-2026"),
                "Mô hình “Nhà kính thông minh” của học sinh Trường THCS Cẩm Duệ",
                "Mô hình “Nhà kính thông minh” của học sinh Trường THCS Cẩm Duệ",
                "em",
            ),
            P(
                "Nhiều sản phẩm được đánh giá cao về tính ứng dụng như hệ thống tưới cây tự động điều"
                " khiển qua điện thoại, thiết bị cảnh báo cháy sử dụng cảm biến khói, máy lọc nước"
                " mini từ vật liệu tái chế."
            ),
            P("Kết quả", "h2"),
            P(
                "Ban Tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 12 giải Khuyến khích cho các"
                " sản phẩm xuất sắc. Các sản phẩm đạt giải Nhất được chọn tham gia Ngày hội STEM cấp"
                " tỉnh."
            ),
        ],
        authors=["Đặng Văn Lực"],
        opts={"day": date(2026, 10, 20), "author": "Thầy Đặng Văn Lực", "tags": ["stem", "thcs"]},
    ),
    Story(
        id=12,
        slug="khai-giang-lop-boi-duong-can-bo-quan-ly-truong-hoc-nam-2026",
        title="Khai giảng lớp bồi dưỡng cán bộ quản lý trường học năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14",
        summary=(
            "Lớp bồi dưỡng có 58 học viên là hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu"
            " học, THCS, học tập trong 4 tuần theo hình thức kết hợp trực tiếp và trực tuyến."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 12/10/2026, Phòng GD&ĐT phối hợp với Trường Chính trị Trần Phú khai giảng lớp"
                " bồi dưỡng cán bộ quản lý trường học năm 2026."
            ),
            P(
                "Chương trình gồm 8 chuyên đề về quản trị nhà trường, quản lý tài chính, xây dựng văn"
                " hóa nhà trường, chuyển đổi số trong quản lý và kỹ năng xử lý tình huống sư phạm."
            ),
            Img(
                f"{PUB}/10/khai-giang-boi-duong-cbql.jpg",
                "Học viên lớp bồi dưỡng tại buổi khai giảng",
                "Học viên lớp bồi dưỡng tại buổi khai giảng",
                "em",
            ),
            P(
                "Đây là lớp bồi dưỡng thứ hai được tổ chức sau khi tổng kết năm học 2025 - 2026,"
                " nhằm nâng cao năng lực quản trị cho đội ngũ cán bộ quản lý các trường trên địa bàn.",
                "a|/tin-tuc/tong-ket-nam-hoc-2025-2026/|tổng kết năm học 2025 - 2026",
            ),
            Raw("<p><strong>Tin:</strong> Võ Thị Lan; <strong>Ảnh:</strong> Trần Quốc Bảo</p>"),
        ],
        authors=["Võ Thị Lan"],
        photographers=["Trần Quốc Bảo"],
        opts={"day": date(2026, 10, 14), "tags": ["boi-duong"]},
    ),
    Story(
        id=13,
        slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-ngheo-vuot-kho",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh nghèo vượt khó",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08",
        summary=(
            "Quỹ Khuyến học huyện phối hợp với các doanh nghiệp trao 120 suất học bổng, mỗi suất"
            " trị giá 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi lễ trao học bổng diễn ra sáng 07/10/2026 tại Hội trường UBND huyện. Tổng giá trị"
                " học bổng là 240 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cựu học sinh trên"
                " địa bàn đóng góp."
            ),
            Img(
                opt("trao-hoc-bong-tiep-suc-2026"),
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Nhiều em nhận học bổng năm nay là học sinh mồ côi, có cha mẹ ốm đau, bệnh tật nhưng"
                " vẫn đạt thành tích học tập tốt, trong đó có 15 em đạt giải học sinh giỏi cấp huyện,"
                " cấp tỉnh."
            ),
        ],
        authors=["Võ Thị Lan"],
        opts={
            "at": datetime(2026, 10, 8, 9, 30, tzinfo=LOCAL),
            "author": "Võ Thị Lan",
            "tags": ["khuyen-hoc"],
        },
    ),
]


def pub_utc(s: Story) -> datetime:
    """The frontmatter pubDate as JavaScript's Date holds it (UTC)."""
    if "at" in s.opts:
        return s.opts["at"].astimezone(UTC)
    d = s.opts["day"]
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def pub_day(s: Story) -> date:
    """The day the page prints (the build runs in Asia/Ho_Chi_Minh)."""
    return pub_utc(s).astimezone(LOCAL).date()


NEWEST: list[Story] = sorted(STORIES, key=pub_utc, reverse=True)
_BY_SLUG = {s.slug: s for s in STORIES}


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}/"


def in_cat(cat: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == cat]


def with_tag(tag: str) -> list[Story]:
    return [s for s in NEWEST if tag in s.opts["tags"]]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def listing_path(base: str, page: int) -> str:
    """Astro's paginate(): page 1 is the base, page N is ``<base>N/``."""
    return base if page == 1 else f"{base}{page}/"


@dataclass(frozen=True)
class Doc:
    number: str
    issued: date
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc("248/TB-PGDĐT", date(2026, 11, 21), "Thông báo lịch kiểm tra cuối học kỳ I năm học"
        " 2026 - 2027 bậc THCS (điều chỉnh)", "248-tb-pgddt-lich-kiem-tra-hk1.pdf"),
    Doc("236/KH-PGDĐT", date(2026, 11, 2), "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
        " bậc THCS năm học 2026 - 2027", "236-kh-pgddt-hoi-thi-gvdg-thcs.pdf"),
    Doc("1175/UBND-NV", date(2026, 10, 27), "V/v xét thăng hạng chức danh nghề nghiệp giáo viên"
        " mầm non, tiểu học, THCS năm 2026", "1175-ubnd-nv-thang-hang-gv.pdf"),
    Doc("215/KH-PGDĐT", date(2026, 9, 2), "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "215-kh-pgddt-nhiem-vu-nam-hoc.pdf"),
    Doc("198/PGDĐT-TH", date(2026, 8, 25), "V/v hướng dẫn tổ chức Ngày hội đọc sách năm học"
        " 2026 - 2027", "198-pgddt-th-ngay-hoi-doc-sach.pdf"),
]  # fmt: skip

SOFT_404 = "/404.html"
DEAD_LINKS = ["/tin-tuc/tong-ket-nam-hoc-2025-2026/", "/so-do-trang/"]
ALBUM: list[tuple[str, str]] = [
    (opt("album-khai-giang-2026-1"), "Lễ khai giảng năm học 2026 - 2027 tại Trường THCS Cẩm Thành"),
    (opt("album-khai-giang-2026-2"), "Học sinh lớp 1 Trường Tiểu học Cẩm Quang ngày đầu đến trường"),
    (opt("album-trung-thu-2026"), "Đêm hội trăng rằm tại Trường Mầm non Cẩm Vịnh"),
    (opt("hkpd-2026-khai-mac"), "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm 2026"),
]

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[article_path(s) + "index.html"])
    for s in NEWEST
]

NON_ARTICLES: list[str] = [
    "/",
    *(listing_path("/tin-tuc/", n) for n in range(1, _pages(len(NEWEST), NEWS_PER_PAGE) + 1)),
    *(
        listing_path(f"/chuyen-muc/{c}/", n)
        for c in CATS
        for n in range(1, _pages(len(in_cat(c)), CAT_PER_PAGE) + 1)
    ),
    *(f"/tags/{t}/" for t in TAGS),
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/",
    "/lich-cong-tac/",
    "/thu-vien-anh/",
    *DEAD_LINKS,  # linked soft 404s; /404.html itself is linked from nowhere
]


# --- rendering ------------------------------------------------------------------------------


def cid(c: str) -> str:
    return f" data-astro-cid-{c}"


def _c(value: str) -> str:
    """Text an Astro component prints: escaped with &amp; entities."""
    return esc(value)


def _md(value: str, s: Story | None = None) -> str:
    """Text the Markdown pipeline prints: rehype-stringify writes & and < as hex references."""
    out = value.replace("&", "&#x26;").replace("<", "&#x3C;")
    if s is not None and s.opts.get("nfd"):
        out = unicodedata.normalize("NFD", out)
    return out


def vi_long(d: date) -> str:
    """``toLocaleDateString('vi-VN', {day: 'numeric', month: 'long', year: 'numeric'})``."""
    return f"{d.day} tháng {d.month}, {d.year}"


def _iso_js(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _day_utc(d: date) -> str:
    return f"{d:%Y-%m-%d}T00:00:00.000Z"


def _slugger(heading: str) -> str:
    """github-slugger: lower case, punctuation dropped, spaces to hyphens (letters kept)."""
    lowered = heading.lower()
    kept = "".join(ch for ch in lowered if ch.isalnum() or ch in " -")
    return kept.replace(" ", "-")


def _img(img: Img, alt: str = "") -> str:
    if img.src.startswith("/_astro/"):
        return (
            f'<img src="{img.src}" alt="{esc(alt)}" width="1024" height="683" loading="lazy"'
            ' decoding="async">'
        )
    return f'<img src="{img.src}" alt="{esc(alt)}">'


def _prose(s: Story) -> str:
    out: list[str] = []
    group: list[P] = []

    def flush() -> None:
        if not group:
            return
        kind = group[0].style
        if kind in ("li", "ol"):
            tag = "ul" if kind == "li" else "ol"
            out.append(f"<{tag}>\n" + "\n".join(f"<li>{_md(p.text, s)}</li>" for p in group) + f"\n</{tag}>")
        elif kind == "quote":
            out.append("<blockquote>\n" + "\n".join(f"<p>{_md(p.text, s)}</p>" for p in group) + "\n</blockquote>")
        else:
            head = group[0]
            ths = "".join(f"<th>{_md(c, s)}</th>" for c in head.text.split(" | "))
            rows = "\n".join(
                "<tr>" + "".join(f"<td>{_md(c, s)}</td>" for c in r.text.split(" | ")) + "</tr>"
                for r in group[1:]
            )
            out.append(f"<table><thead><tr>{ths}</tr></thead><tbody>\n{rows}\n</tbody></table>")
        group.clear()

    def family(style: str) -> str:
        return "table" if style in ("th", "tr") else style

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("li", "ol", "quote", "th", "tr"):
            if group and family(group[0].style) != family(b.style):
                flush()
            group.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style in ("h2", "h3"):
                out.append(f'<{b.style} id="{_slugger(b.text)}">{_md(b.text, s)}</{b.style}>')
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(f'<p>{_md(before, s)}<a href="{href}">{_md(phrase, s)}</a>{_md(after, s)}</p>')
            else:
                out.append(f"<p>{_md(b.text, s)}</p>")
        elif isinstance(b, Img):
            if b.style == "figure":
                cap = f"<figcaption>{_md(b.printed, s)}</figcaption>" if b.printed else ""
                out.append(f"<figure>{_img(b, b.printed or '')}{cap}</figure>")
            else:
                out.append(f"<p>{_img(b)}</p>")
                if b.style == "em" and b.printed:
                    out.append(f"<p><em>{_md(b.printed, s)}</em></p>")
    flush()
    return "\n".join(out)


def _props(value: object) -> object:
    """Astro's island prop serialisation: [0, value], arrays as [1, [...]]."""
    if isinstance(value, dict):
        return [0, {k: _props(v) for k, v in value.items()}]
    if isinstance(value, list):
        return [1, [_props(v) for v in value]]
    return [0, value]


def _island(name: str, uid: str, props: dict, client: str, inner: str, hashed: str) -> str:
    serial = json.dumps({k: _props(v) for k, v in props.items()}, ensure_ascii=False, separators=(",", ":"))
    opts = json.dumps({"name": name, "value": True}, separators=(",", ":"))
    return (
        f'<astro-island uid="{uid}" prefix="r{len(uid) % 7}" component-url="/_astro/{name}.{hashed}.js"'
        ' component-export="default" renderer-url="/_astro/client.C2sTv9Qw.js"'
        f' props="{esc(serial)}" ssr="" client="{client}" opts="{esc(opts)}" await-children="">'
        f"{inner}</astro-island>"
    )


def _lightbox(images: list[tuple[str, str, str | None]], uid: str) -> str:
    items = [{"src": src, "full": original(src), "alt": alt, "caption": cap or ""} for src, alt, cap in images]
    inner = '<div class="lightbox" hidden><button type="button" aria-label="Đóng">×</button></div>'
    return _island("Lightbox", uid, {"images": items, "loop": True}, "idle", inner, "BfX2qk7R")


_ISLAND_SCRIPT = (
    "<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).idle=e;"
    'window.dispatchEvent(new Event("astro:idle"));})();</script><script>(()=>{var A=Object.defineProperty;'
    'var g=(i,o,a)=>o in i?A(i,o,{enumerable:!0,configurable:!0,writable:!0,value:a}):i[o]=a;'
    'customElements.get("astro-island")||customElements.define("astro-island",class extends HTMLElement{'
    "connectedCallback(){this.hydrate()}});})();</script>"
)


def _head(request: Request, title: str, path: str, description: str, extra: str = "") -> str:
    base = base_url(request)
    return (
        '<!DOCTYPE html><html lang="vi"' + cid(CID_LAYOUT) + "><head>"
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" type="image/svg+xml" href="/favicon.svg">'
        f'<meta name="generator" content="{ASTRO}">'
        f"<title>{_c(title)}</title>"
        f'<link rel="canonical" href="{base}{path}">'
        f'<meta name="description" content="{esc(description)}">'
        '<link rel="sitemap" href="/sitemap-index.xml">'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)}" href="{base}/rss.xml">'
        f"{extra}"
        '<link rel="stylesheet" href="/_astro/_slug_.Dk2h7QxP.css">'
        '<link rel="stylesheet" href="/_astro/index.B4rNw1aZ.css">'
        "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>"
        '<script type="module" src="/_astro/hoisted.BqW1yX3e.js"></script>'
        "</head>"
    )


_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/tin-tuc/", "Tin tức"),
    ("/van-ban/", "Văn bản"),
    ("/lich-cong-tac/", "Lịch công tác"),
    ("/thu-vien-anh/", "Thư viện ảnh"),
    ("/lien-he/", "Liên hệ"),
]


def _header(active: str) -> str:
    h = cid(CID_HEADER)
    items = []
    for href, label in _MENU:
        cur = ' aria-current="page"' if href == active else ""
        if href == "/tin-tuc/":
            sub = "".join(
                f'<li{h}><a href="/chuyen-muc/{slug}/"{h}>{_c(name)}</a></li>' for slug, name in CATS.items()
            )
            items.append(
                f'<li class="has-sub"{h}><a href="{href}"{cur}{h}>{label}</a><ul class="sub"{h}>{sub}</ul></li>'
            )
        else:
            items.append(f"<li{h}><a href=\"{href}\"{cur}{h}>{label}</a></li>")
    search = _island(
        "SearchBox",
        "Z1kbVK6",
        {"placeholder": "Tìm bài viết...", "index": "/search.json"},
        "idle",
        f'<form class="search" role="search" action="/tim-kiem/"{h}><input type="search" name="q"'
        f' placeholder="Tìm bài viết..." aria-label="Tìm kiếm"{h}><button type="submit"{h}>Tìm</button></form>',
        "CkTtXo0f",
    )
    return (
        f'<header class="site-header"{h}>'
        f'<div class="topbar"{h}><span class="today"{h}>{TODAY}</span>'
        f'<span class="hotline"{h}>Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}"{h}>{HOTLINE}</a></span></div>'
        f'<div class="brand"{h}><a href="/" class="logo"{h}><img src="/images/logo-pgd-cam-xuyen.png" alt="Logo"'
        f' width="72" height="72"{h}><span class="org"{h}>UBND HUYỆN CẨM XUYÊN</span>'
        f'<span class="name"{h}>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></a>{search}</div>'
        f'<nav class="main-nav" aria-label="Menu chính"{h}><button class="menu-toggle" aria-label="Mở menu"{h}>☰</button>'
        f'<ul{h}>{"".join(items)}</ul></nav></header>'
    )


def _sidebar() -> str:
    h = cid(CID_SIDE)
    latest = "".join(
        f'<li{h}><a href="/tin-tuc/{s.slug}"{h}>{_c(s.title)}</a>'
        f'<span class="date"{h}>{pub_day(s):%d/%m/%Y}</span></li>'
        for s in NEWEST[:5]
    )
    banners = "".join(
        f'<a class="banner" href="{href}" target="_blank" rel="noopener"{h}><img src="/images/banner/{img}"'
        f' alt="{esc(alt)}" loading="lazy"{h}></a>'
        for href, img, alt in (
            ("https://dichvucong.gov.vn", "dich-vu-cong.png", "Cổng Dịch vụ công quốc gia"),
            ("https://csdl.moet.gov.vn", "csdl-nganh.png", "Cơ sở dữ liệu ngành Giáo dục"),
            ("https://hatinh.edu.vn", "so-gddt-ha-tinh.png", "Sở GD&ĐT Hà Tĩnh"),
        )
    )
    return (
        f'<aside class="sidebar"{h}>'
        f'<section class="widget latest"{h}><h2 class="widget-title"{h}>Bài mới</h2><ul{h}>{latest}</ul></section>'
        f'<section class="widget banners"{h}><h2 class="widget-title"{h}>Liên kết</h2>{banners}</section>'
        f'<section class="widget stats"{h}><h2 class="widget-title"{h}>Thống kê truy cập</h2>'
        f'<ul{h}><li{h}>Đang truy cập: <b{h}>14</b></li><li{h}>Hôm nay: <b{h}>486</b></li>'
        f'<li{h}>Tháng này: <b{h}>12.930</b></li><li{h}>Tổng lượt truy cập: <b{h}>1.204.357</b></li></ul></section>'
        "</aside>"
    )


def _footer() -> str:
    f = cid(CID_FOOTER)
    return (
        f'<footer class="site-footer"{f}><div class="container"{f}>'
        f'<div class="col"{f}><p class="org"{f}><strong{f}>{SITE.upper()}</strong></p>'
        f"<p{f}>Cơ quan chủ quản: UBND huyện Cẩm Xuyên</p>"
        f"<p{f}>Địa chỉ: {ADDRESS}</p>"
        f"<p{f}>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p>"
        f'<p{f}>Email: <a href="mailto:{EMAIL}"{f}>{EMAIL}</a></p>'
        f"<p{f}>Chịu trách nhiệm chính: Ông Nguyễn Văn Hải - Trưởng phòng</p></div>"
        f'<div class="col links"{f}><a href="/gioi-thieu/"{f}>Giới thiệu</a><a href="/lien-he/"{f}>Liên hệ</a>'
        f'<a href="/so-do-trang/"{f}>Sơ đồ trang</a><a href="/rss.xml"{f}>RSS</a></div></div>'
        f'<p class="copy"{f}>© 2026 {_c(SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'
        f' Xây dựng với <a href="https://astro.build" target="_blank" rel="noopener"{f}>Astro</a>.</p></footer>'
    )


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    l_ = cid(CID_LAYOUT)
    items = "".join(
        (f'<li{l_}><a href="{href}"{l_}>{_c(label)}</a></li>' if href else f'<li aria-current="page"{l_}>{_c(label)}</li>')
        for href, label in [("/", "Trang chủ"), *trail]
    )
    return f'<nav class="breadcrumbs" aria-label="Breadcrumb"{l_}><ol{l_}>{items}</ol></nav>'


def _page(request: Request, title: str, path: str, description: str, main: str, active: str = "",
          extra: str = "", crumbs: str = "") -> str:
    l_ = cid(CID_LAYOUT)
    return (
        _head(request, title, path, description, extra)
        + f"<body{l_}>"
        + f'<a class="skip-link" href="#main"{l_}>Bỏ qua đến nội dung</a>'
        + _header(active)
        + f'<main id="main" class="container"{l_}>{crumbs}<div class="layout"{l_}>'
        + f'<div class="content"{l_}>{main}</div>{_sidebar()}</div></main>'
        + _footer()
        + _ISLAND_SCRIPT
        + "</body></html>"
    )


def _time(d: date, dt: datetime | None = None, c: str = CID_POST) -> str:
    stamp = _iso_js(dt) if dt else _day_utc(d)
    return f'<time datetime="{stamp}"{cid(c)}>{vi_long(d)}</time>'


def _article(request: Request, s: Story) -> str:
    p = cid(CID_POST)
    P_ = "astro-J7PV25F6"
    base = base_url(request)
    url = base + article_path(s)
    meta = []
    if "author" in s.opts:
        meta.append(f'<span class="author {P_}"{p}>Người viết: {_c(s.opts["author"])}</span>')
    meta.append(_time(pub_day(s), pub_utc(s)))
    if "updated" in s.opts:
        meta.append(f'<span class="updated {P_}"{p}>Cập nhật: {_time(s.opts["updated"])}</span>')
    lead = f'<p class="lead {P_}"{p}>{_c(s.summary)}</p>' if s.summary else ""
    images = [
        (b.src, b.printed if b.style == "figure" and b.printed else "", b.printed) for b in s.images
    ]
    lightbox = _lightbox(images, f"Z{_hash(s.slug, 6)}") if images else ""
    tags = "".join(f'<li{p}><a href="/tags/{t}/"{p}>#{_c(TAGS[t])}</a></li>' for t in s.opts["tags"])
    share = (
        f'<div class="share {P_}"{p}><span{p}>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="noopener"{p}>Facebook</a>'
        f'<a href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank" rel="noopener"{p}>Zalo</a>'
        f'<button type="button" class="copy-link" data-url="{esc(url)}"{p}>Sao chép liên kết</button>'
        f'<button type="button" onclick="window.print()"{p}>In bài viết</button></div>'
    )
    idx = NEWEST.index(s)
    older = NEWEST[idx + 1] if idx + 1 < len(NEWEST) else None
    newer = NEWEST[idx - 1] if idx > 0 else None
    nav = f'<nav class="post-nav {P_}" aria-label="Bài viết khác"{p}>'
    if older:
        nav += (
            f'<a href="{article_path(older)}" rel="prev" class="prev"{p}><span{p}>← Bài trước</span>'
            f"<strong{p}>{_c(older.title)}</strong></a>"
        )
    if newer:
        nav += (
            f'<a href="{article_path(newer)}" rel="next" class="next"{p}><span{p}>Bài sau →</span>'
            f"<strong{p}>{_c(newer.title)}</strong></a>"
        )
    nav += "</nav>"
    related = [o for o in in_cat(s.cat) if o is not s][:3]
    rel = "".join(
        f'<li{p}><a href="{article_path(o)}"{p}>{_c(o.title)}</a> {_time(pub_day(o), pub_utc(o))}</li>'
        for o in related
    )
    rel_block = (
        f'<section class="related {P_}"{p}><h2{p}>Bài viết cùng chuyên mục</h2><ul{p}>{rel}</ul></section>'
        if rel else ""
    )
    cover = next((b.src for b in s.images), "/images/og-default.jpg")
    main = (
        f'<article class="post {P_}"{p}>'
        f'<header class="post-header {P_}"{p}>'
        f'<a class="badge {P_}" href="/chuyen-muc/{s.cat}/"{p}>{_c(CATS[s.cat])}</a>'
        f'<h1 class="title {P_}"{p}>{_c(s.title)}</h1>'
        f'<div class="meta {P_}"{p}>{" · ".join(meta)}</div></header>'
        f"{lead}"
        f'<div class="prose {P_}"{p}>\n{_prose(s)}\n</div>'
        f"{lightbox}"
        f'<footer class="post-footer {P_}"{p}><div class="tags {P_}"{p}><span{p}>Từ khóa:</span><ul{p}>{tags}</ul></div>'
        f"{share}</footer></article>{nav}{rel_block}"
    )
    extra = (
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="og:image" content="{base}{cover}">'
        f'<meta property="article:published_time" content="{_iso_js(pub_utc(s))}">'
    )
    if "updated" in s.opts:
        extra += f'<meta property="article:modified_time" content="{_day_utc(s.opts["updated"])}">'
    crumbs = _crumbs([("/tin-tuc/", "Tin tức"), (f"/chuyen-muc/{s.cat}/", CATS[s.cat])])
    desc = s.summary or s.paragraphs[0][:150]
    return _page(request, f"{s.title} | {SHORT}", article_path(s), desc, main, "/tin-tuc/", extra, crumbs)


def _card(s: Story) -> str:
    c = cid(CID_CARD)
    cover = thumb(next((b.src for b in s.images), "/images/og-default.jpg"))
    desc = f'<p class="excerpt"{c}>{_c(s.summary)}</p>' if s.summary else ""
    return (
        f'<li{c}><article class="card"{c}><a href="{article_path(s)}" class="thumb"{c}>'
        f'<img src="{cover}" alt="" width="400" height="267" loading="lazy" decoding="async"{c}></a>'
        f'<div class="card-body"{c}><span class="cat"{c}>{_c(CATS[s.cat])}</span>'
        f'<h3 class="card-title"{c}><a href="{article_path(s)}"{c}>{_c(s.title)}</a></h3>'
        f"{_time(pub_day(s), pub_utc(s), CID_CARD)}{desc}</div></article></li>"
    )


def _pager(base: str, page: int, last: int) -> str:
    g = cid(CID_PAGER)
    if last == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="{listing_path(base, page - 1)}" rel="prev"{g}>« Trang trước</a>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<span class="current" aria-current="page"{g}>{n}</span>')
        else:
            parts.append(f'<a href="{listing_path(base, n)}"{g}>{n}</a>')
    if page < last:
        parts.append(f'<a href="{listing_path(base, page + 1)}" rel="next"{g}>Trang sau »</a>')
    return (
        f'<nav class="pagination" aria-label="Phân trang"{g}>{"".join(parts)}'
        f'<p class="count"{g}>Trang {page} / {last}</p></nav>'
    )


def _listing(request: Request, base: str, heading: str, stories: list[Story], per: int, page: int,
             crumbs: list[tuple[str | None, str]]) -> str | None:
    last = _pages(len(stories), per)
    if page < 1 or page > last:
        return None
    l_ = cid(CID_LAYOUT)
    chunk = stories[(page - 1) * per: page * per]
    title = heading if page == 1 else f"{heading} - Trang {page}"
    main = (
        f'<h1 class="page-title"{l_}>{_c(heading)}</h1>'
        f'<ul class="post-list"{cid(CID_CARD)}>{"".join(_card(s) for s in chunk)}</ul>'
        f"{_pager(base, page, last)}"
    )
    return _page(request, f"{title} | {SHORT}", listing_path(base, page), f"{heading} - {SITE}", main,
                 "/tin-tuc/", crumbs=_crumbs(crumbs))


def _home(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    top, rest = NEWEST[0], NEWEST[1:6]
    notices = "".join(
        f'<li{l_}><a href="{article_path(s)}"{l_}>{_c(s.title)}</a> <span class="date"{l_}>{pub_day(s):%d/%m/%Y}</span></li>'
        for s in in_cat("thong-bao")[:3]
    )
    pro = "".join(_card(s) for s in in_cat("hoat-dong-chuyen-mon")[:3])
    cover = next((b.src for b in top.images), "/images/og-default.jpg")
    main = (
        f'<section class="hero"{l_}><a href="{article_path(top)}"{l_}><img src="{cover}" alt="{esc(top.title)}"'
        f' width="1024" height="683"{l_}></a><div class="hero-text"{l_}><h2{l_}><a href="{article_path(top)}"{l_}>'
        f"{_c(top.title)}</a></h2>{_time(pub_day(top), pub_utc(top), CID_LAYOUT)}"
        f"<p{l_}>{_c(top.summary or '')}</p></div></section>"
        f'<section class="block"{l_}><div class="block-head"{l_}><h2{l_}>Tin mới</h2>'
        f'<a href="/tin-tuc/"{l_}>Xem tất cả »</a></div><ul class="post-list"{cid(CID_CARD)}>'
        f'{"".join(_card(s) for s in rest)}</ul></section>'
        f'<section class="block notices"{l_}><div class="block-head"{l_}><h2{l_}>Thông báo</h2>'
        f'<a href="/chuyen-muc/thong-bao/"{l_}>Xem tất cả »</a></div><ul{l_}>{notices}</ul></section>'
        f'<section class="block"{l_}><div class="block-head"{l_}><h2{l_}>Hoạt động chuyên môn</h2>'
        f'<a href="/chuyen-muc/hoat-dong-chuyen-mon/"{l_}>Xem tất cả »</a></div><ul class="post-list"{cid(CID_CARD)}>{pro}</ul></section>'
    )
    return _page(request, f"Trang chủ | {SHORT}", "/", f"Website {SITE}", main, "/")


_INTRO = [
    "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc UBND huyện, có chức năng"
    " tham mưu, giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
    "Toàn huyện hiện có 24 trường mầm non, 25 trường tiểu học, 17 trường THCS với hơn 28.000 học sinh"
    " và 2.100 cán bộ, giáo viên, nhân viên.",
    "Lãnh đạo Phòng gồm Trưởng phòng và 02 Phó Trưởng phòng; các bộ phận: Văn phòng - Tổ chức cán bộ,"
    " Kế hoạch - Tài chính, Chuyên môn mầm non, Chuyên môn tiểu học, Chuyên môn THCS.",
]


def _static(request: Request, path: str, heading: str, inner: str) -> str:
    l_ = cid(CID_LAYOUT)
    main = f'<section class="page"{l_}><h1 class="page-title"{l_}>{_c(heading)}</h1>{inner}</section>'
    active = path if any(path == m for m, _ in _MENU) else ""
    return _page(request, f"{heading} | {SHORT}", path, f"{heading} - {SITE}", main, active,
                 crumbs=_crumbs([(None, heading)]))


def _gioi_thieu(request: Request) -> str:
    inner = "".join(f"<p>{_c(t)}</p>" for t in _INTRO)
    return _static(request, "/gioi-thieu/", "Giới thiệu", f'<div class="prose">{inner}</div>')


def _lien_he(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    inner = (
        f'<div class="contact"{l_}><p{l_}><strong{l_}>{SITE}</strong></p><p{l_}>Địa chỉ: {ADDRESS}</p>'
        f"<p{l_}>Điện thoại: {PHONE}</p><p{l_}>Đường dây nóng: {HOTLINE}</p><p{l_}>Email: {EMAIL}</p></div>"
        f'<form class="contact-form" action="https://formspree.io/f/xnqkzjpw" method="POST"{l_}>'
        f'<label{l_}>Họ và tên<input name="name" required{l_}></label>'
        f'<label{l_}>Email<input type="email" name="email" required{l_}></label>'
        f'<label{l_}>Nội dung<textarea name="message" rows="5" required{l_}></textarea></label>'
        f'<button type="submit"{l_}>Gửi liên hệ</button></form>'
    )
    return _static(request, "/lien-he/", "Liên hệ", inner)


def _van_ban(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    rows = "".join(
        f"<tr{l_}><td{l_}>{i}</td><td{l_}>{_c(d.number)}</td><td{l_}>{d.issued:%d/%m/%Y}</td>"
        f"<td{l_}>{_c(d.abstract)}</td><td{l_}><a href=\"/files/van-ban/{d.file}\" download{l_}>Tải về (PDF)</a></td></tr>"
        for i, d in enumerate(DOCS, 1)
    )
    inner = (
        f'<table class="docs"{l_}><thead{l_}><tr{l_}><th{l_}>TT</th><th{l_}>Số/Ký hiệu</th>'
        f"<th{l_}>Ngày ban hành</th><th{l_}>Trích yếu</th><th{l_}>Tệp</th></tr></thead><tbody{l_}>{rows}</tbody></table>"
    )
    return _static(request, "/van-ban/", "Văn bản chỉ đạo, điều hành", inner)


_SCHEDULE = [
    ("Thứ Hai 23/11", "Sáng: Giao ban lãnh đạo Phòng. Chiều: Kiểm tra công tác bán trú tại Trường MN Cẩm Vịnh"),
    ("Thứ Ba 24/11", "Cả ngày: Trưởng phòng dự họp UBND huyện"),
    ("Thứ Tư 25/11", "Sáng: Dự sinh hoạt chuyên môn cụm THCS số 1 tại Trường THCS Cẩm Thành"),
    ("Thứ Năm 26/11", "Sáng: Họp Hội đồng thi đua khen thưởng ngành"),
    ("Thứ Sáu 27/11", "Chiều: Làm việc với Trường Tiểu học Cẩm Bình về kiểm định chất lượng"),
]


def _lich(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    rows = "".join(f"<tr{l_}><td{l_}>{d}</td><td{l_}>{_c(w)}</td></tr>" for d, w in _SCHEDULE)
    inner = (
        f"<p{l_}>Tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)</p>"
        f'<table class="schedule"{l_}><thead{l_}><tr{l_}><th{l_}>Ngày</th><th{l_}>Nội dung công việc</th></tr></thead>'
        f"<tbody{l_}>{rows}</tbody></table>"
    )
    return _static(request, "/lich-cong-tac/", "Lịch công tác tuần", inner)


def _album(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    grid = "".join(
        f'<li{l_}><button type="button" class="thumb" data-index="{i}"{l_}><img src="{src}" alt="{esc(alt)}"'
        f' width="400" height="267" loading="lazy" decoding="async"{l_}></button></li>'
        for i, (src, alt) in enumerate(ALBUM)
    )
    box = _lightbox([(src, alt, alt) for src, alt in ALBUM], "Z0gAl1m")
    return _static(request, "/thu-vien-anh/", "Thư viện ảnh", f'<ul class="gallery"{l_}>{grid}</ul>{box}')


def _not_found(request: Request) -> str:
    l_ = cid(CID_LAYOUT)
    inner = (
        f'<div class="not-found"{l_}><p class="code"{l_}>404</p><p{l_}>Không tìm thấy trang bạn yêu cầu.'
        f" Trang có thể đã bị xóa hoặc đường dẫn không đúng.</p>"
        f'<p{l_}><a href="/"{l_}>← Về trang chủ</a></p></div>'
    )
    return _static(request, "/404.html", "Không tìm thấy trang", inner)


def _rfc822(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f'<guid isPermaLink="true">{base}{article_path(s)}</guid>'
        f"<description>{esc(s.summary or '')}</description><pubDate>{_rfc822(pub_utc(s))}</pubDate>"
        f"<category>{esc(CATS[s.cat])}</category></item>"
        for s in NEWEST[:FEED_SIZE]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SHORT)}</title><description>Tin tức, thông báo của {esc(SITE)}</description>"
        f"<link>{base}/</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/xml"})


def all_pages() -> list[str]:
    """What @astrojs/sitemap lists: every built page but the 404."""
    return [
        *(p for p in NON_ARTICLES if p not in DEAD_LINKS),
        *(article_path(s) for s in NEWEST),
    ]


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    if which == "index":
        body = (
            head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-0.xml</loc></sitemap></sitemapindex>"
        )
    else:
        urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in sorted(all_pages()))
        body = (
            head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
            ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
            ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
            ' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
            f"{urls}</urlset>"
        )
    return Response(200, body, {"Content-Type": "application/xml"})


def _search_json() -> Response:
    data = [
        {"title": s.title, "url": article_path(s), "description": s.summary or "",
         "pubDate": _iso_js(pub_utc(s)), "category": CATS[s.cat]}
        for s in NEWEST
    ]
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


_WEBP = base64.b64decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")
_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#0a5"/></svg>'
_ROBOTS = "User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap-index.xml\n"
_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(index\.html)?$")
_PAGED = re.compile(r"^(/tin-tuc/|/chuyen-muc/([a-z0-9-]+)/)(?:(\d+)/)?$")


class AstroStaticSite:
    """nginx in front of Astro's ``dist/``: ``try_files $uri $uri/ /404.html``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".webp"):
            return Response(200, _WEBP, {"Content-Type": "image/webp", "Cache-Control": "max-age=31536000, immutable"})
        if path == "/favicon.svg":
            return Response(200, _SVG, {"Content-Type": "image/svg+xml"})
        if path.startswith(("/_astro/", "/images/")) and (hit := static_file(path)) is not None:
            return hit
        if path.startswith("/files/van-ban/") and path.rsplit("/", 1)[1] in {d.file for d in DOCS}:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/rss.xml":
            return _rss(request)
        if path == "/sitemap-index.xml":
            return _sitemap(request, "index")
        if path == "/sitemap-0.xml":
            return _sitemap(request, "0")
        if path == "/search.json":
            return _search_json()
        page = self._page(request)
        if isinstance(page, Response):
            return page
        if page is None:
            page = _not_found(request)  # the host's try_files fallback: status 200
        return html(page, headers={"Server": "nginx", "Cache-Control": "public, max-age=600"})

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return _home(request)
        if m := _ARTICLE.match(path):
            story = _BY_SLUG.get(m.group(1))
            if story is not None:
                return _article(request, story)
        last = path.rsplit("/", 1)[1]
        if last and "." not in last and self._page(Request("GET", path + "/", "", request.headers)) is not None:
            # nginx: a directory asked for without its slash
            location = base_url(request) + path + "/"
            return Response(301, _MOVED, {"Location": location, "Content-Type": "text/html", "Server": "nginx"})
        if m := _PAGED.match(path):
            n = int(m.group(3) or 1)
            if m.group(3) == "1":
                return None
            if m.group(2) is None:
                return _listing(request, "/tin-tuc/", "Tin tức", NEWEST, NEWS_PER_PAGE, n, [(None, "Tin tức")])
            if m.group(2) in CATS:
                cat = m.group(2)
                return _listing(request, f"/chuyen-muc/{cat}/", CATS[cat], in_cat(cat), CAT_PER_PAGE, n,
                                [("/tin-tuc/", "Tin tức"), (None, CATS[cat])])
            return None
        if (m := re.fullmatch(r"/tags/([a-z0-9-]+)/", path)) and m.group(1) in TAGS:
            tag = m.group(1)
            return _listing(request, path, f"Từ khóa: {TAGS[tag]}", with_tag(tag), 100, 1, [(None, f"#{TAGS[tag]}")])
        return {
            "/gioi-thieu/": _gioi_thieu,
            "/lien-he/": _lien_he,
            "/van-ban/": _van_ban,
            "/lich-cong-tac/": _lich,
            "/thu-vien-anh/": _album,
            "/404.html": _not_found,
        }.get(path, lambda _r: None)(request)


_MOVED = (
    "<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
    "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def build_site() -> AstroStaticSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return AstroStaticSite()

