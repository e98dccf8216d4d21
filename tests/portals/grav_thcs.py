"""Fixture portal: a lower secondary school (Trường THCS Lê Quý Đôn, Đắk Lắk) on Grav 1.7.

Why: small schools that left Joomla around 2022 often landed on Grav, a flat-file PHP CMS, with a
Quark-derived theme a local web designer adapted (``/user/themes/quark-thcs``). Grav writes
addresses nobody else does: parameters are path segments with a colon (``/tin-tuc/page:2``,
``/tin-tuc/tag:thi-dua``, ``/tin-tuc/category:su-kien/page:2``,
``/tin-tuc/archives_month:nov_2026``), pages are folders whose numeric prefix shows only in media
URLs (``/user/pages/03.tin-tuc/<slug>/anh-1.jpg``), and processed images live in a hashed cache
(``/images/4/c/2/e/8/<sha1>-anh-1.jpg``).

What it serves:

- ``/`` a modular home page: a hero whose photo is a CSS background, "Tin mới" cards (the six
  newest posts of all three blogs), a "Thông báo" box, and a "features" module an editor typed
  in Markdown whose "Xem chi tiết" link points at a post *with a trailing slash*;
- three blog sections: ``/tin-tuc`` (7 posts, 3 a page: ``/tin-tuc/page:1..3``),
  ``/hoat-dong-doan-doi`` (3 posts, one page) and ``/thong-bao`` (3 posts, 2 a page). Listings
  are Quark cards (cropZoom thumbnail from the image cache, date, linked ``h2.p-name``, Grav's
  summary, tag chips ``label.label-rounded`` linking ``<blog>/tag:<tag>#body-wrapper``) and
  the pagination plugin's ``ul.pagination`` (current page ``href="#"``, page 1 as ``page:1``);
  taxonomy filters (``category:``, ``tag:``) and the archives plugin's month filters
  (``archives_month:nov_2026``) are listings too and page the same way (``…/page:2``);
- a post page: Quark's ``section#body-wrapper > div.container > div.columns >
  div#item.column.col-9 > div.content-item.h-entry``; breadcrumbs plugin; ``div.content-title``
  with an unlinked ``h1.p-name``, ``span.blog-date`` (``<time class="dt-published"
  datetime="…+07:00">`` printing "14 Tháng 11, 2026", the day only), ``span.blog-author``
  ("Người viết: …" from the page header's ``author``), ``span.blog-views`` and tag chips; then
  ``div.e-content`` (the Markdown: paragraphs, ``##`` headings, lists, a blockquote, tables,
  images). Two posts have a ``hero_image``: Quark then prints the title, date and tags inside
  ``section#blog-hero`` (photo as a CSS background) and no ``div.content-title``. After the
  content: "Cập nhật lần cuối" (one post), attachments ("Tệp đính kèm", page media PDFs),
  share links, prev/next buttons ("Bài trước"/"Bài sau"), the comments plugin form.
  The sidebar: simplesearch box (``data-search-input="/search/query"``, no form action), the
  related-pages plugin ("Bài viết liên quan" with scores), "Tin mới" (five newest, dated),
  taxonomylist "Chủ đề" / "Thẻ" with counts, the archives list "Tháng 11 2026 (4)", feed links,
  banners. Header: a top bar with TODAY, hotline and "Đăng nhập"; Quark's menu printed twice
  (desktop and the mobile overlay). Footer: address, hotline, visitor counter, copyright;
- the notices blog (``/thong-bao``) uses the designer's own ``notice`` template: the date line
  shows the time ("08:15 | 23/11/2026") and the author line reads "Người đăng: …";
- non-articles: ``/gioi-thieu`` (modular: hero, text, features with figures), ``/lien-he`` (form
  plugin with ``form-nonce``), ``/thu-vien-anh`` and two album pages (page media as a gallery,
  lightbox links), ``/tai-lieu`` (a table of PDFs under ``/user/pages/05.tai-lieu/``),
  ``/login`` and ``/forgot_password`` (login plugin), ``/search/query:…`` (simplesearch results,
  reached only by the search box's script: not in NON_ARTICLES);
- ``/tin-tuc.rss`` / ``.atom`` (and the same for the other two blogs): the feed plugin, the
  10 newest of the blog; ``/sitemap.xml`` (sitemap plugin) not announced in robots.txt, which
  is Grav's stock file (``Disallow: /user/`` but ``Allow: /user/pages/``).

Traps and hard cases:

- every page answers with or without a trailing slash, same HTML and no ``rel=canonical`` (the
  site turned ``redirect_trailing_slash`` off): ``/tin-tuc/<slug>/`` is the same article
  (alt_paths), and the home page and one post link that form;
- ``/index.php/tin-tuc/<slug>`` (the old Joomla SEF address form, kept by a ``system.yaml``
  regex redirect ``/index.php/(.*)`` → ``/$1``) answers 301 to ``/tin-tuc/<slug>``; any other
  ``/index.php/...`` too (then 404); one post links that form (its editor copied the link from
  the school's Zalo page, whose link builder still writes the Joomla form);
- past the end, ``/tin-tuc/page:99`` answers 200 with an empty list ("Chưa có bài viết nào.",
  no pager), as Grav does; so does any archive month (``archives_month:jan_2019``) or unknown
  tag; any other path segment with a colon is a parameter Grav ignores, so it is never a 404;
- the archives block (set to ``/tin-tuc``) sits on every blog's sidebar, so the notices and
  Đoàn – Đội pages link news archive months too;
- processed images: Markdown ``![](anh.jpg?cropResize=…&classes=…)`` gives cache URLs under
  ``/images/``; ``?lightbox=…`` wraps the image in a link to a bigger cached copy; the album
  and listing thumbnails are other cached copies of the same photos;
- one post was pasted as HTML from a TinyMCE draft (Markdown lets raw HTML through): it mixes
  raw UTF-8 with named and numeric character references and prints captions as centred "(…)"
  lines; one post was typed in decomposed Unicode (NFD), title included.

Gold (by hand; a reader's view). Articles are the 13 posts; the category is the blog section
the breadcrumb and menu name ("Tin tức", "Hoạt động Đoàn – Đội", "Thông báo"); the ``category:``
taxonomy values (raw slugs in the sidebar, never printed on a post) are not the category.
Judgement calls:

- dates: blog posts print the day only (the ``datetime`` attribute's time is a machine time):
  date-only gold; the notices print the time, so their gold carries it, except "00:00 |
  18/11/2026", a day. "Cập nhật lần cuối: 16/11/2026 10:12" (page.modified) is not the date;
- summary: Grav's summary (text before ``===``) is printed only on listings, so it is not a
  summary on the post page (None). One post opens with a paragraph wholly in bold: summary,
  and still the body's first paragraph;
- authors: "Người viết: Cô Lê Thị Hoa" → "Lê Thị Hoa"; "Người viết: Thầy Phan Văn Lực - Tổ
  Toán – Tin" → "Phan Văn Lực" (unit after the dash dropped); "Người viết: Quản trị viên" and
  "Người đăng: bientap" credit nobody; "Người viết: Liên đội THCS Lê Quý Đôn" and "Người đăng:
  Tổ Văn phòng" are units in the author field with nothing signing the text: they are the
  author; "**Tin, ảnh: Tổ Văn – Sử**" names one unit (the Literature–History department: the
  dash is part of its name) as author and photographer; "Tin, ảnh: Trần Bảo Ngọc – TPT Đội" →
  "Trần Bảo Ngọc" in both lists; "Người viết bài: ThS. Đỗ Văn Nam" → "Đỗ Văn Nam"; "Bài:
  Nguyễn Thu Trang – Ảnh: Lê Minh Đức" splits into author and photographer (the header's "Cô
  Nguyễn Thu Trang" is the same person); a bare bold name "**Hoàng Yến**" at the end is the
  author, and "Nguồn: Báo Đắk Lắk" the source;
- captions: the italic line under a photo (in its own paragraph, or in the image's paragraph
  when the editor typed no blank line), without the "Ảnh:" label; a ``[figure]`` shortcode's
  ``figcaption``; the migrated post's "(…)" lines without the parentheses. A caption ending
  "– Ảnh: Minh Châu" is kept whole and also gives Minh Châu as photographer. Photos with no
  line under them have no caption, even when the Markdown gave them an alt text (a reader
  does not see it). The hero covers (CSS backgrounds) are not article images; images are the
  ``<img src>`` of the content (the cache copy when Grav processed it, not the lightbox target);
- body: headings, list items, the blockquote and table rows (cells joined by " | ", header row
  included) are paragraphs; bylines, the source line, the "Tệp đính kèm" box and the
  "Cập nhật lần cuối" stamp are not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "grav_thcs"
PLATFORM = "grav"
START_PATH = "/"

SITE = "Trường THCS Lê Quý Đôn"
ADDRESS = "Số 68 đường Phan Chu Trinh, phường Tân Lập, tỉnh Đắk Lắk"
PHONE = "0262 3 852 417"
HOTLINE = "0914 226 318"
EMAIL = "thcslequydon.dl@daklak.edu.vn"
THEME = "/user/themes/quark-thcs"
_LOCAL = timezone(timedelta(hours=7))
FEED_LIMIT = 10

#: blog route -> (folder, printed name, posts a page)
BLOGS: dict[str, tuple[str, str, int]] = {
    "tin-tuc": ("03.tin-tuc", "Tin tức", 3),
    "hoat-dong-doan-doi": ("04.hoat-dong-doan-doi", "Hoạt động Đoàn – Đội", 5),
    "thong-bao": ("06.thong-bao", "Thông báo", 2),
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def media(story_or_blog: Story | str, name: str, slug: str | None = None) -> str:
    """A page media file as Grav prints it unprocessed: ``/user/pages/<folder>/<slug>/<name>``."""
    if isinstance(story_or_blog, str):
        blog, page = story_or_blog, slug
    else:
        blog, page = story_or_blog.cat, story_or_blog.slug
    return f"/user/pages/{BLOGS[blog][0]}/{page}/{name}"


def cached(source: str, ops: str) -> str:
    """The image cache URL Grav writes for a processed medium (``/images/a/b/c/d/e/<sha1>-name``)."""
    digest = hashlib.sha1(f"{source}|{ops}".encode()).hexdigest()
    stem, ext = source.rsplit("/", 1)[1].rsplit(".", 1)
    return f"/images/{'/'.join(digest[:5])}/{digest}-{stem}.{ext}"


def _m(blog: str, slug: str, name: str) -> str:
    return f"/user/pages/{BLOGS[blog][0]}/{slug}/{name}"


# slugs (folder names) used for image paths below
_S1 = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
_S2 = "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027"
_S3 = "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-8"
_S4 = "hoc-sinh-lop-9-tham-quan-trai-nghiem-tai-bao-tang-dak-lak"
_S5 = "doi-bong-da-nam-gianh-giai-nhi-hoi-khoe-phu-dong-cum-truong"
_S6 = "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngoai-ngu"
_S7 = "khai-giang-nam-hoc-2026-2027"
_D1 = "lien-doi-phat-dong-ke-hoach-nho-dong-hanh-cung-ban"
_D2 = "hoi-thi-nghi-thuc-doi-chi-huy-doi-gioi-nam-hoc-2026-2027"
_D3 = "tet-trung-thu-yeu-thuong-cho-hoc-sinh-co-hoan-canh-kho-khan"
_N1 = "lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027"
_N2 = "thong-bao-tuyen-chon-hoc-sinh-vao-doi-tuyen-hoc-sinh-gioi-lop-9"
_N3 = "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong"

_LINK_T2 = f"/tin-tuc/{_S2}/"
_LEGACY_T7 = f"/index.php/tin-tuc/{_S7}"

# Story.opts: at (page.date, local), author (page header as printed, None: not printed),
# cat (category taxonomy), tags, hero (hero_image name: CSS background only), modified,
# attach (name, size), nfd, entities, alt (img alt texts by src).
# Img styles: em (own italic paragraph), em-same (italic line inside the image's paragraph),
# figure (shortcode figure/figcaption), plain (no line), lightbox (wrapped, optional em line),
# joomla (centred image, centred "(…)" italic line).
# P styles: "" / bold (whole paragraph bold) / h2 / h3 / li / oli / quote / th / tr /
# "a|href|phrase" (phrase linked).
STORIES: list[Story] = [
    Story(
        id=1,
        slug=_S1,
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 19/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam. Tới dự có đại diện lãnh đạo Đảng ủy, UBND phường Tân Lập, Ban"
                " đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ,"
                " giáo viên, nhân viên và hơn 1.200 học sinh nhà trường."
            ),
            Img(
                _m("tin-tuc", _S1, "le-ky-niem-20-11-1.jpg"),
                "Ảnh: Tiết mục văn nghệ chào mừng của học sinh lớp 8A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2",
                "em",
            ),
            P(
                "Ôn lại truyền thống ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Nguyễn Văn Bình nhấn"
                " mạnh: năm học 2025 – 2026, nhà trường có 46 học sinh đạt giải học sinh giỏi cấp"
                " tỉnh, tỉ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 91,4%; tập thể"
                " sư phạm nhà trường được UBND tỉnh tặng Bằng khen."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " cấp trường và trao 20 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó"
                " học tốt, mỗi suất trị giá 1.000.000 đồng."
            ),
            Img(
                _m("tin-tuc", _S1, "le-ky-niem-20-11-2.jpg"),
                "Ảnh: Lãnh đạo phường Tân Lập tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "Lãnh đạo phường Tân Lập tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "em",
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ “Tri ân thầy cô” do Liên đội dàn dựng,"
                " để lại nhiều cảm xúc cho các thế hệ thầy và trò."
            ),
            Raw("<p><strong>Tin, ảnh: Tổ Văn – Sử</strong></p>"),
        ],
        authors=["Tổ Văn – Sử"],
        photographers=["Tổ Văn – Sử"],
        opts={
            "at": "2026-11-20 15:45",
            "author": None,
            "cat": "su-kien",
            "tags": ["20-11", "thi-dua"],
            "hero": "cover-20-11.jpg",
        },
    ),
    Story(
        id=2,
        slug=_S2,
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-11-17",
        blocks=[
            P(
                "Từ ngày 26/10 đến 13/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội thi giáo viên dạy"
                " giỏi cấp trường với 24 giáo viên thuộc 5 tổ chuyên môn tham gia. Mỗi giáo viên"
                " trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành"
                " trên lớp."
            ),
            Img(
                cached(
                    _m("tin-tuc", _S2, "gvdg-tiet-day-toan.jpg"),
                    "cropResize=900,600|classes=img-fluid",
                ),
                "Cô Trần Thị Mai dạy tiết Toán 7 với phương pháp học theo góc",
                "Cô Trần Thị Mai dạy tiết Toán 7 với phương pháp học theo góc",
                "em-same",
            ),
            P(
                "Ban Giám khảo đánh giá các tiết dạy được đầu tư công phu, vận dụng linh hoạt các"
                " phương pháp dạy học tích cực, khai thác hiệu quả thiết bị dạy học và ứng dụng công"
                " nghệ thông tin. Kết quả cụ thể như sau:"
            ),
            P("Tổ chuyên môn | Số giáo viên dự thi | Xếp loại Giỏi | Xếp loại Khá", "th"),
            P("Toán – Tin | 6 | 4 | 2", "tr"),
            P("Khoa học tự nhiên | 5 | 3 | 2", "tr"),
            P("Ngữ văn – Lịch sử – Địa lí | 7 | 3 | 4", "tr"),
            P("Ngoại ngữ | 3 | 1 | 2", "tr"),
            P("Nghệ thuật – Thể chất | 3 | 1 | 2", "tr"),
            P(
                "Nhà trường đã chọn 4 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy"
                " giỏi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            Img(
                cached(
                    _m("tin-tuc", _S2, "gvdg-trao-giay-khen.jpg"),
                    "cropResize=900,600|classes=img-fluid",
                ),
                None,
                None,
                "plain",
            ),
        ],
        authors=["Phan Văn Lực"],
        opts={
            "at": "2026-11-17 09:10",
            "author": "Thầy Phan Văn Lực - Tổ Toán – Tin",
            "cat": "hoat-dong-chuyen-mon",
            "tags": ["thi-dua", "giao-vien-gioi"],
        },
    ),
    Story(
        id=3,
        slug=_S3,
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 8",
        cat="tin-tuc",
        published_at="2026-11-12",
        summary=(
            "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, tổ"
            " Khoa học tự nhiên tổ chức chuyên đề “Chế tạo bình lọc nước mini” cho học sinh lớp 8."
        ),
        blocks=[
            P(
                "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, tổ"
                " Khoa học tự nhiên tổ chức chuyên đề “Chế tạo bình lọc nước mini” cho học sinh lớp 8.",
                "bold",
            ),
            P(
                "Chuyên đề được thực hiện tại lớp 8A3 dưới sự hướng dẫn của cô Vũ Thị Lan, với sự"
                " tham dự của Ban Giám hiệu và giáo viên các tổ chuyên môn."
            ),
            P("Mục tiêu của chuyên đề", "h2"),
            P(
                "Học sinh vận dụng kiến thức về hỗn hợp, dung dịch và sự tách chất để thiết kế bình lọc;",
                "li",
            ),
            P("Rèn kĩ năng làm việc nhóm, thuyết trình và đánh giá sản phẩm;", "li"),
            P("Nâng cao ý thức sử dụng tiết kiệm, bảo vệ nguồn nước sạch.", "li"),
            Img(
                _m("tin-tuc", _S3, "stem-loc-nuoc-1.jpg"),
                "Các nhóm học sinh lắp ráp bình lọc nước từ vật liệu tái chế",
                "Các nhóm học sinh lắp ráp bình lọc nước từ vật liệu tái chế",
                "figure",
            ),
            P("Tiến trình thực hiện", "h2"),
            P(
                "Học sinh được chia thành 6 nhóm, mỗi nhóm nhận một bộ vật liệu gồm chai nhựa, sỏi,"
                " cát, than hoạt tính và bông gòn. Sau 25 phút, các nhóm hoàn thành sản phẩm, thử"
                " lọc nước đục và so sánh kết quả với các nhóm bạn."
            ),
            P(
                "Ở phần báo cáo, nhóm 4 gây ấn tượng khi bổ sung một lớp vải lọc giúp nước trong"
                " hơn, đồng thời tính toán chi phí của sản phẩm chỉ khoảng 15.000 đồng."
            ),
            Img(
                _m("tin-tuc", _S3, "stem-loc-nuoc-2.jpg"),
                "Nhóm 4 báo cáo sản phẩm trước lớp",
                "Nhóm 4 báo cáo sản phẩm trước lớp",
                "figure",
            ),
            P(
                "Kết thúc chuyên đề, các giáo viên dự giờ đã góp ý, rút kinh nghiệm để nhân rộng mô"
                " hình dạy học STEM ở các khối lớp khác trong học kỳ II."
            ),
            Raw("<p><em>Người viết bài: ThS. Đỗ Văn Nam</em></p>"),
        ],
        authors=["Đỗ Văn Nam"],
        opts={
            "at": "2026-11-12 16:20",
            "author": None,
            "cat": "hoat-dong-chuyen-mon",
            "tags": ["stem", "chuyen-de"],
        },
    ),
    Story(
        id=4,
        slug=_S4,
        title="Học sinh lớp 9 tham quan, trải nghiệm tại Bảo tàng Đắk Lắk",
        cat="tin-tuc",
        published_at="2026-11-05",
        blocks=[
            P(
                "Trong hai ngày 03 và 04/11/2026, hơn 300 học sinh khối 9 của nhà trường đã tham"
                " gia chương trình tham quan, học tập trải nghiệm tại Bảo tàng Đắk Lắk và Khu di tích"
                " Nhà đày Buôn Ma Thuột."
            ),
            P(
                "Tại bảo tàng, các em được nghe thuyết minh về văn hóa các dân tộc Tây Nguyên, tìm"
                " hiểu không gian trưng bày cồng chiêng, nhà dài Ê Đê và các hiện vật gắn với lịch"
                " sử đấu tranh cách mạng của tỉnh."
            ),
            Img(
                cached(
                    _m("tin-tuc", _S4, "bao-tang-1.jpg"), "lightbox=1200,800|cropResize=600,400"
                ),
                None,
                None,
                "lightbox",
            ),
            Img(
                cached(
                    _m("tin-tuc", _S4, "bao-tang-2.jpg"), "lightbox=1200,800|cropResize=600,400"
                ),
                "Học sinh lớp 9A4 tìm hiểu bộ sưu tập cồng chiêng Tây Nguyên",
                "Học sinh lớp 9A4 tìm hiểu bộ sưu tập cồng chiêng Tây Nguyên",
                "lightbox",
            ),
            P(
                "Chuyến đi giúp học sinh củng cố kiến thức môn Lịch sử và Địa lí, bồi đắp tình yêu"
                " quê hương. Mỗi lớp hoàn thành một sản phẩm thu hoạch dưới dạng báo tường hoặc video"
                " ngắn để trưng bày trong tuần sinh hoạt chủ nhiệm."
            ),
            Img(
                cached(
                    _m("tin-tuc", _S4, "bao-tang-3.jpg"), "lightbox=1200,800|cropResize=600,400"
                ),
                None,
                None,
                "lightbox",
            ),
        ],
        authors=["Lê Thị Hoa"],
        opts={
            "at": "2026-11-05 10:30",
            "author": "Cô Lê Thị Hoa",
            "cat": "su-kien",
            "tags": ["trai-nghiem", "ngoai-khoa"],
            "modified": "16/11/2026 10:12",
            "alt": {"bao-tang-3.jpg": "Học sinh chụp ảnh lưu niệm trước Bảo tàng"},
        },
    ),
    Story(
        id=5,
        slug=_S5,
        title="Đội bóng đá nam giành giải Nhì Hội khỏe Phù Đổng cụm trường THCS",
        cat="tin-tuc",
        published_at="2026-10-28",
        blocks=[
            P(
                "Chiều 26/10/2026, trận chung kết môn bóng đá nam Hội khỏe Phù Đổng cụm các trường"
                " THCS phường Tân Lập và phường Tân An đã diễn ra trên sân vận động trung tâm với sự"
                " cổ vũ nhiệt tình của hàng trăm học sinh."
            ),
            P(
                "Đội tuyển Trường THCS Lê Quý Đôn để thua đội Trường THCS Nguyễn Trãi với tỉ số 1 – 2"
                " sau 50 phút thi đấu, qua đó giành giải Nhì chung cuộc. Em Y Thuấn Niê (lớp 9A1)"
                " được Ban tổ chức trao danh hiệu cầu thủ xuất sắc nhất giải."
            ),
            Img(
                _m("tin-tuc", _S5, "hkpd-bong-da-nam.jpg"),
                "Đội bóng đá nam Trường THCS Lê Quý Đôn nhận giải Nhì – Ảnh: Minh Châu",
                "Đội bóng đá nam Trường THCS Lê Quý Đôn nhận giải Nhì – Ảnh: Minh Châu",
                "em",
            ),
            P(
                "Hội khỏe Phù Đổng cụm trường năm nay có 6 trường tham gia với 8 môn thi đấu, là dịp"
                " để tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Raw("<p><strong>Hoàng Yến</strong></p>"),
            Raw("<p><em>Nguồn: Báo Đắk Lắk</em></p>"),
        ],
        authors=["Hoàng Yến"],
        photographers=["Minh Châu"],
        source="Báo Đắk Lắk",
        opts={
            "at": "2026-10-28 07:45",
            "author": None,
            "cat": "su-kien",
            "tags": ["the-thao", "thi-dua"],
        },
    ),
    Story(
        id=6,
        slug=_S6,
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học ở tổ Ngoại ngữ",
        cat="tin-tuc",
        published_at="2026-10-15",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, ngày 13/10/2026, tổ Ngoại ngữ tổ chức buổi sinh hoạt"
                " chuyên môn theo nghiên cứu bài học với tiết dạy minh họa Unit 3 “Community"
                " Service” tại lớp 7A5."
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học"
                " của từng nhóm học sinh, ghi lại những khó khăn các em gặp phải để cùng tìm nguyên"
                " nhân và biện pháp điều chỉnh."
            ),
            P(
                "Bài học không phải để đánh giá giáo viên dạy minh họa mà để cả tổ cùng học hỏi từ"
                " chính những gì diễn ra trong lớp học.",
                "quote",
            ),
            P("Buổi thảo luận sau tiết dạy thống nhất ba nội dung cần điều chỉnh:"),
            P("Giảm thời lượng giáo viên giảng giải, tăng thời gian luyện nói theo cặp;", "oli"),
            P("Chuẩn bị phiếu học tập phân hóa cho học sinh còn hạn chế về từ vựng;", "oli"),
            P("Sử dụng tranh ảnh thực tế của địa phương để gợi mở chủ đề.", "oli"),
            Img(
                _m("tin-tuc", _S6, "nghien-cuu-bai-hoc-anh-van.jpg"),
                "Ảnh: Giáo viên tổ Ngoại ngữ thảo luận sau tiết dạy minh họa",
                "Giáo viên tổ Ngoại ngữ thảo luận sau tiết dạy minh họa",
                "em",
            ),
            P(
                "Kết quả buổi sinh hoạt là cơ sở để tổ lựa chọn giáo viên tham gia Hội thi giáo viên"
                " dạy giỏi cấp trường trong tháng 11.",
                f"a|{_LINK_T2}|Hội thi giáo viên dạy giỏi cấp trường",
            ),
            P(
                "Đây cũng là hoạt động cụ thể hóa chủ đề năm học mà nhà trường đã phát động tại Lễ"
                " khai giảng năm học 2026 – 2027.",
                f"a|{_LEGACY_T7}|Lễ khai giảng năm học 2026 – 2027",
            ),
            Raw("<p><strong>Bài: Nguyễn Thu Trang – Ảnh: Lê Minh Đức</strong></p>"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Lê Minh Đức"],
        opts={
            "at": "2026-10-15 14:00",
            "author": "Cô Nguyễn Thu Trang",
            "cat": "hoat-dong-chuyen-mon",
            "tags": ["chuyen-de", "ngoai-ngu"],
        },
    ),
    Story(
        id=7,
        slug=_S7,
        title="Rộn ràng Lễ khai giảng năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 05/9/2026, trong không khí tưng bừng của ngày hội đến trường, thầy và trò Trường"
                " THCS Lê Quý Đôn long trọng tổ chức Lễ khai giảng năm học 2026 – 2027."
            ),
            P(
                "Năm học mới, nhà trường có 32 lớp với 1.236 học sinh, trong đó 312 học sinh lớp 6"
                " được tuyển mới. Đội ngũ cán bộ, giáo viên, nhân viên gồm 68 người, 100% đạt chuẩn"
                " và trên chuẩn về trình độ đào tạo."
            ),
            Img(
                _m("tin-tuc", _S7, "khai-giang-2026-1.jpg"),
                "(Học sinh lớp 6 diễu hành chào mừng năm học mới)",
                "Học sinh lớp 6 diễu hành chào mừng năm học mới",
                "joomla",
            ),
            P(
                "Thầy Hiệu trưởng Nguyễn Văn Bình đã đọc thư của Chủ tịch nước gửi ngành Giáo dục,"
                " phát động chủ đề năm học “Kỷ cương – Sáng tạo – Chuyển đổi số” và đánh trống khai"
                " trường."
            ),
            Img(
                _m("tin-tuc", _S7, "khai-giang-2026-2.jpg"),
                "(Thầy Hiệu trưởng đánh trống khai giảng năm học mới)",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "joomla",
            ),
            P(
                "Nhân dịp này, các nhà hảo tâm và Ban đại diện cha mẹ học sinh đã trao tặng 50 chiếc"
                " xe đạp và 200 bộ sách giáo khoa cho học sinh có hoàn cảnh khó khăn."
            ),
        ],
        opts={
            "at": "2026-09-05 11:00",
            "author": "Quản trị viên",
            "cat": "su-kien",
            "tags": ["khai-giang"],
            "hero": "cover-khai-giang.jpg",
            "entities": 2,
        },
    ),
    Story(
        id=8,
        slug=_D1,
        title="Liên đội phát động phong trào Kế hoạch nhỏ “Đồng hành cùng bạn”",
        cat="hoat-dong-doan-doi",
        published_at="2026-11-09",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì trẻ em và kỷ niệm 85 năm Ngày thành lập Đội TNTP Hồ Chí"
                " Minh, Liên đội Trường THCS Lê Quý Đôn phát động phong trào Kế hoạch nhỏ “Đồng hành"
                " cùng bạn” trong toàn thể đội viên."
            ),
            P(
                "Các chi đội thu gom giấy vụn, vỏ chai nhựa, lon nước ngọt đã qua sử dụng, tập trung"
                " về khu vực nhà đa năng vào sáng thứ Bảy hằng tuần. Toàn bộ số tiền thu được sẽ dùng"
                " để mua áo ấm, sách vở tặng học sinh các điểm trường vùng khó khăn của tỉnh."
            ),
            Img(
                _m("hoat-dong-doan-doi", _D1, "ke-hoach-nho-1.jpg"),
                "Đội viên chi đội 7A1 cân giấy vụn tại nhà đa năng",
                "Đội viên chi đội 7A1 cân giấy vụn tại nhà đa năng",
                "em",
            ),
            P(
                "Sau tuần đầu ra quân, Liên đội đã thu được gần 1,5 tấn giấy vụn và hơn 3.000 vỏ chai"
                " nhựa. Chi đội 6A2 và 8A4 dẫn đầu về khối lượng."
            ),
            Img(_m("hoat-dong-doan-doi", _D1, "ke-hoach-nho-2.jpg"), None, None, "plain"),
        ],
        authors=["Liên đội THCS Lê Quý Đôn"],
        opts={
            "at": "2026-11-09 17:05",
            "author": "Liên đội THCS Lê Quý Đôn",
            "cat": "doi-thieu-nien",
            "tags": ["ke-hoach-nho"],
        },
    ),
    Story(
        id=9,
        slug=_D2,
        title="Hội thi Nghi thức Đội – Chỉ huy Đội giỏi năm học 2026 – 2027",
        cat="hoat-dong-doan-doi",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chào mừng Ngày Phụ nữ Việt Nam 20/10, Liên đội tổ chức Hội thi Nghi thức Đội – Chỉ"
                " huy Đội giỏi với sự tham gia của 32 chi đội."
            ),
            P(
                "Các chi đội trình diễn đội hình, đội ngũ, động tác cầm cờ, trống và tiến hành nghi"
                " lễ chào cờ theo đúng quy định. Phần thi chỉ huy Đội giỏi kiểm tra kiến thức về"
                " lịch sử Đội và kỹ năng điều hành sinh hoạt chi đội."
            ),
            Img(_m("hoat-dong-doan-doi", _D2, "nghi-thuc-doi-1.jpg"), None, None, "plain"),
            Img(_m("hoat-dong-doan-doi", _D2, "nghi-thuc-doi-2.jpg"), None, None, "plain"),
            Img(_m("hoat-dong-doan-doi", _D2, "nghi-thuc-doi-3.jpg"), None, None, "plain"),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 8A1, giải Nhì cho chi đội 7A3 và"
                " 6A5, giải Ba cho chi đội 9A2, 6A1 và 7A6."
            ),
            Raw("<p><strong>Tin, ảnh: Trần Bảo Ngọc – TPT Đội</strong></p>"),
        ],
        authors=["Trần Bảo Ngọc"],
        photographers=["Trần Bảo Ngọc"],
        opts={
            "at": "2026-10-20 16:40",
            "author": None,
            "cat": "doi-thieu-nien",
            "tags": ["nghi-thuc-doi", "thi-dua"],
        },
    ),
    Story(
        id=10,
        slug=_D3,
        title="Tết Trung thu yêu thương cho học sinh có hoàn cảnh khó khăn",
        cat="hoat-dong-doan-doi",
        published_at="2026-09-26",
        blocks=[
            P(
                "Tối 24/9/2026, Chi đoàn giáo viên phối hợp với Liên đội tổ chức chương trình “Trung"
                " thu yêu thương” cho 60 học sinh có hoàn cảnh khó khăn của nhà trường."
            ),
            P(
                "Các em được phá cỗ, rước đèn, xem múa lân và nhận những phần quà gồm bánh trung thu,"
                " lồng đèn, sữa và đồ dùng học tập do các thầy cô, đoàn viên quyên góp."
            ),
            Img(
                _m("hoat-dong-doan-doi", _D3, "trung-thu-yeu-thuong.jpg"),
                "Ảnh: Đoàn viên chi đoàn giáo viên trao quà Trung thu cho học sinh",
                "Đoàn viên chi đoàn giáo viên trao quà Trung thu cho học sinh",
                "em-same",
            ),
            P("Tổng giá trị quà tặng của chương trình hơn 18 triệu đồng."),
        ],
        opts={
            "at": "2026-09-26 20:15",
            "author": None,
            "cat": "nhan-ai",
            "tags": ["trung-thu", "nhan-ai"],
            "nfd": True,
        },
    ),
    Story(
        id=11,
        slug=_N1,
        title="Lịch kiểm tra cuối kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-23T08:15:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra cuối kỳ I năm học 2026 – 2027 các môn kiểm tra"
                " tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn, hoàn thành trước ngày 19/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết."
            ),
        ],
        opts={
            "at": "2026-11-23 08:15",
            "author": "bientap",
            "cat": "hoc-tap",
            "tags": ["kiem-tra"],
        },
    ),
    Story(
        id=12,
        slug=_N2,
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp 9",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P(
                "Để chuẩn bị cho Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026 – 2027, nhà"
                " trường tổ chức tuyển chọn học sinh vào các đội tuyển Toán, Ngữ văn, Tiếng Anh, Khoa"
                " học tự nhiên, Lịch sử và Địa lí."
            ),
            P("Tiêu chuẩn đăng ký:"),
            P("Kết quả học tập năm học lớp 8 đạt mức Tốt;", "li"),
            P("Điểm trung bình môn đăng ký dự tuyển năm lớp 8 từ 8,5 trở lên;", "li"),
            P("Có đơn đăng ký và được cha mẹ học sinh đồng ý.", "li"),
            P(
                "Học sinh nộp đơn cho giáo viên chủ nhiệm trước ngày 25/11/2026. Bài kiểm tra tuyển"
                " chọn diễn ra vào sáng thứ Bảy, ngày 28/11/2026."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "at": "2026-11-18 00:00",
            "author": "Tổ Văn phòng",
            "cat": "hoc-tap",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=13,
        slug=_N3,
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-11-02T14:30:00+07:00",
        blocks=[
            P(
                "Nhà trường ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026 với các"
                " môn thi đấu: bóng đá, cầu lông, bóng bàn, cờ vua, điền kinh và kéo co."
            ),
            P(
                "Giáo viên chủ nhiệm đăng ký danh sách vận động viên của lớp với thầy Nguyễn Quốc"
                " Hưng (tổ Nghệ thuật – Thể chất) trước ngày 10/11/2026. Kế hoạch chi tiết xem trong"
                " tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-11-02 14:30",
            "author": "bientap",
            "cat": "phong-trao",
            "tags": ["the-thao"],
            "attach": ("ke-hoach-hkpd-2026.pdf", "215 KB"),
        },
    ),
]

CATEGORY_NAMES = {b: v[1] for b, v in BLOGS.items()}


def post_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}"


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(blog: str | None = None) -> list[Story]:
    items = [s for s in STORIES if blog is None or s.cat == blog]
    return sorted(items, key=_when, reverse=True)


def _month_key(story: Story) -> str:
    when = _when(story)
    return f"{MONTHS[when.month - 1]}_{when.year}"


def collection(blog: str, params: dict[str, str]) -> list[Story]:
    """The blog's collection filtered by Grav's URL parameters (category, tag, archives_month)."""
    items = newest(blog)
    if "category" in params:
        items = [s for s in items if s.opts["cat"] == params["category"]]
    if "tag" in params:
        items = [s for s in items if params["tag"] in s.opts["tags"]]
    if "archives_month" in params:
        items = [s for s in items if _month_key(s) == params["archives_month"]]
    return items


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, post_path(s), CATEGORY_NAMES[s.cat], alt_paths=[post_path(s) + "/"])
    for s in newest()
]


def _filters(blog: str) -> list[str]:
    """The filter parameters the sidebar links for a blog (taxonomy values, archive months)."""
    items = newest(blog)
    out = [f"category:{c}" for c in dict.fromkeys(s.opts["cat"] for s in items)]
    out += [f"tag:{t}" for t in dict.fromkeys(t for s in items for t in s.opts["tags"])]
    if blog == "tin-tuc":
        out += [f"archives_month:{m}" for m in dict.fromkeys(_month_key(s) for s in items)]
    return out


def _listing_targets() -> list[str]:
    out: list[str] = []
    for blog, (_, _, per) in BLOGS.items():
        for extra in ["", *(f"/{f}" for f in _filters(blog))]:
            base = f"/{blog}{extra}"
            key, _, value = extra[1:].partition(":")
            count = len(collection(blog, {key: value} if extra else {}))
            out.append(base)
            if _pages(count, per) > 1:
                out += [f"{base}/page:{n}" for n in range(1, _pages(count, per) + 1)]
    return out


ALBUMS: dict[str, tuple[str, str, list[tuple[str, str | None]]]] = {
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 – 2027",
        "Một số hình ảnh Lễ khai giảng năm học mới ngày 05/9/2026.",
        [
            ("album-khai-giang-01.jpg", "Học sinh lớp 6 diễu hành"),
            ("album-khai-giang-02.jpg", "Tiết mục văn nghệ chào mừng"),
            ("album-khai-giang-03.jpg", None),
            ("album-khai-giang-04.jpg", "Đánh trống khai trường"),
        ],
    ),
    "hoi-trai-truyen-thong-26-3": (
        "Hội trại truyền thống 26/3/2026",
        "Hội trại chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
        [
            ("album-hoi-trai-01.jpg", "Lễ khai mạc hội trại"),
            ("album-hoi-trai-02.jpg", "Cổng trại của chi đội 9A3 đạt giải Nhất"),
            ("album-hoi-trai-03.jpg", None),
        ],
    ),
}

DOCUMENTS: list[tuple[str, str, str, str]] = [
    (
        "ke-hoach-nam-hoc-2026-2027.pdf",
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        "15/09/2026",
        "1,2 MB",
    ),
    (
        "quy-che-chi-tieu-noi-bo-2026.pdf",
        "Quy chế chi tiêu nội bộ năm 2026",
        "20/01/2026",
        "640 KB",
    ),
    (
        "cong-khai-chat-luong-giao-duc-2025-2026.pdf",
        "Công khai chất lượng giáo dục thực tế năm học 2025 – 2026",
        "30/06/2026",
        "410 KB",
    ),
    ("noi-quy-hoc-sinh.pdf", "Nội quy học sinh", "05/09/2022", "180 KB"),
]

NON_ARTICLES: list[str] = [
    "/",
    "/gioi-thieu",
    *_listing_targets(),
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
    "/tai-lieu",
    "/lien-he",
    "/login",
    "/forgot_password",
]

#: traps, for the self-check and the reader of this module
PAST_THE_END = "/tin-tuc/page:99"
EMPTY_ARCHIVE = "/tin-tuc/archives_month:jan_2019"


# --------------------------------------------------------------------------- rendering helpers


def _nonce(seed: str) -> str:
    return hashlib.md5(f"grav-thcs-{seed}".encode()).hexdigest()


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _short_date(story: Story) -> str:
    """Grav's ``system.pages.dateformat.short`` as the school set it: "14 Tháng 11, 2026"."""
    when = _when(story)
    return f"{when:%d} Tháng {when.month}, {when.year}"


def _notice_date(story: Story) -> str:
    when = _when(story)
    return f"{when:%H:%M} | {when:%d/%m/%Y}"


def _iso(story: Story) -> str:
    return _when(story).isoformat()


def _views(story: Story) -> int:
    return story.views()


def _image_name(src: str) -> str:
    name = src.rsplit("/", 1)[1]
    return name.split("-", 1)[1] if src.startswith("/images/") else name


def _lightbox_href(src: str) -> str:
    # the same photo at lightbox size: another cache copy
    name = _image_name(src)
    story = next(s for s in STORIES if any(_image_name(i.src) == name for i in s.images))
    return cached(media(story, name), "lightbox=1200,800|full")


def _img_tag(img: Img, story: Story) -> str:
    alt = story.opts.get("alt", {}).get(_image_name(img.src), "")
    cls = ' class="img-fluid"' if "/images/" in img.src else ""
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}"{cls} loading="lazy" />'


def _inline(block: P, story: Story) -> str:
    if block.style.startswith("a|"):
        _, href, phrase = block.style.split("|", 2)
        body = _t(block.text, story)
        return body.replace(_t(phrase, story), f'<a href="{esc(href)}">{_t(phrase, story)}</a>', 1)
    return _t(block.text, story)


def _content(story: Story) -> str:
    """The page's Markdown as Parsedown (Grav's renderer) prints it."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "oli"):
            tag = "ul" if block.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "\n".join(f"<{tag}>{_t(c, story)}</{tag}>" for c in row.text.split(" | "))
                if row.style == "th":
                    head = f"<thead>\n<tr>\n{cells}\n</tr>\n</thead>"
                else:
                    rows.append(f"<tr>\n{cells}\n</tr>")
                i += 1
            parts.append(f"<table>\n{head}\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if isinstance(block, P):
            if block.style == "bold":
                parts.append(f"<p><strong>{_inline(block, story)}</strong></p>")
            elif block.style in ("h2", "h3"):
                parts.append(f"<{block.style}>{_inline(block, story)}</{block.style}>")
            elif block.style == "quote":
                parts.append(f"<blockquote>\n<p>{_inline(block, story)}</p>\n</blockquote>")
            else:
                parts.append(f"<p>{_inline(block, story)}</p>")
        elif isinstance(block, Img):
            parts.append(_image(block, story))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


def _image(img: Img, story: Story) -> str:
    tag = _img_tag(img, story)
    line = _t(img.printed, story) if img.printed else ""
    if img.style == "em":
        return f"<p>{tag}</p>" + (f"\n<p><em>{line}</em></p>" if line else "")
    if img.style == "em-same":
        return f"<p>{tag}\n<em>{line}</em></p>"
    if img.style == "figure":
        return f'<figure class="figure-center">{tag}<figcaption>{line}</figcaption></figure>'
    if img.style == "lightbox":
        link = f'<p><a href="{esc(_lightbox_href(img.src))}" rel="lightbox" class="glightbox">{tag}</a></p>'
        return link + (f"\n<p><em>{line}</em></p>" if line else "")
    if img.style == "joomla":
        return (
            f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="" width="700" height="466" /></p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    return f"<p>{tag}</p>"


def _excerpt(story: Story) -> str:
    """Grav's summary: the text before ``===`` (here the first paragraph), shown on listings."""
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 220 else first[:220].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str | None:
    """The card image: the page's first image medium (the hero cover counts), cropZoom'd."""
    if story.opts.get("hero"):
        name = story.opts["hero"]
    elif story.images:
        name = _image_name(story.images[0].src)
    else:
        return None
    return cached(media(story, name), "cropZoom=800,400")


# --------------------------------------------------------------------------- page chrome

_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/hoat-dong-doan-doi", "Hoạt động Đoàn – Đội"),
    ("/tai-lieu", "Tài liệu"),
    ("/thong-bao", "Thông báo"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]


def _menu(active: str, cls: str) -> str:
    items = "\n".join(
        f'            <li><a href="{href}" class="{"active" if href == active else ""}">{esc(label)}</a></li>'
        for href, label in _MENU
    )
    return f'<ul class="{cls}">\n{items}\n        </ul>'


def _head(request: Request, title: str, *, blog: str | None = None, description: str = "") -> str:
    base = base_url(request)
    feeds = ""
    if blog:
        feeds = (
            f'\n<link rel="alternate" type="application/atom+xml" href="{base}/{blog}.atom" title="Atom Feed" />'
            f'\n<link rel="alternate" type="application/rss+xml" href="{base}/{blog}.rss" title="RSS Feed" />'
        )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <title>{esc(title)} | {esc(SITE)}</title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="GravCMS" />
    <meta name="description" content="{esc(description or "Cổng thông tin điện tử " + SITE)}" />
    <link rel="icon" type="image/png" href="{THEME}/images/favicon.png" />{feeds}
    <link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css/line-awesome.min.css" type="text/css" rel="stylesheet">
    <link href="{THEME}/css/custom.css" type="text/css" rel="stylesheet">
    <link href="/user/plugins/shortcode-ui/css/ui-figure.css" type="text/css" rel="stylesheet">
    <script src="/system/assets/jquery/jquery-3.x.min.js"></script>
    <script src="/user/themes/quark/js/jquery.treemenu.js"></script>
    <script src="/user/themes/quark/js/site.js"></script>
</head>"""


def _header(active: str) -> str:
    return f"""<body id="top" class="header-fixed header-animated sticky-footer">
<div id="page-wrapper">
<div class="thcs-topbar"><div class="container grid-lg">
    <span class="today"><i class="fa fa-calendar-o"></i> {TODAY}</span>
    <span class="hotline"><i class="fa fa-phone"></i> Hotline: {HOTLINE}</span>
    <span class="topbar-login"><a href="/login"><i class="fa fa-user"></i> Đăng nhập</a></span>
</div></div>
<section id="header" class="section">
    <section class="container grid-lg">
        <nav class="navbar">
            <section class="navbar-section logo">
                <a href="/" class="navbar-brand mr-10"><img src="{THEME}/images/logo/logo-lqd.png" alt="{esc(SITE)}" />
                <span class="brand-text"><small>Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</small><strong>{esc(SITE.upper())}</strong></span></a>
            </section>
            <section class="navbar-section desktop-menu">
                <nav class="dropmenu animated">
        {_menu(active, "navigation")}
                </nav>
            </section>
        </nav>
    </section>
</section>
<div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>"""


def _footer() -> str:
    return f"""<section id="footer" class="section bg-gray">
    <section class="container grid-lg">
        <div class="columns">
            <div class="column col-6 col-md-12 footer-info">
                <h4>{esc(SITE.upper())}</h4>
                <p><i class="fa fa-map-marker"></i> Địa chỉ: {esc(ADDRESS)}</p>
                <p><i class="fa fa-phone"></i> Điện thoại: {PHONE} – Hotline: {HOTLINE}</p>
                <p><i class="fa fa-envelope"></i> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
                <p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Bình – Hiệu trưởng</p>
            </div>
            <div class="column col-6 col-md-12 footer-stats">
                <h4>Thống kê truy cập</h4>
                <ul class="visitor-counter">
                    <li>Đang trực tuyến: <strong>9</strong></li>
                    <li>Hôm nay: <strong>318</strong></li>
                    <li>Tháng này: <strong>7.942</strong></li>
                    <li>Tổng lượt truy cập: <strong>256.481</strong></li>
                </ul>
            </div>
        </div>
        <p class="copyright">Bản quyền © 2022 – 2026 {esc(SITE)}. Thiết kế: Công ty TNHH Giải pháp Web Ban Mê.
        Vận hành trên nền <a href="https://getgrav.org" title="Grav CMS">Grav</a> + <a href="https://getgrav.org/downloads/themes" title="Quark">Quark</a>.</p>
    </section>
</section>
</div>
<div class="mobile-container">
    <div class="overlay" id="overlay">
        <div class="mobile-logo"><img src="{THEME}/images/logo/logo-lqd.png" alt="{esc(SITE)}" /></div>
        <nav class="overlay-menu">
        {_menu("", "tree")}
        </nav>
    </div>
</div>
<script src="/user/plugins/simplesearch/js/simplesearch.js"></script>
<script src="/user/plugins/shortcode-gallery-plusplus/js/glightbox.min.js"></script>
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    parts = [
        '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        '<a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span>'
    ]
    for n, (href, label) in enumerate(trail, start=2):
        sep = '<i class="fa fa-angle-right"></i>'
        if href:
            parts.append(
                f'{sep}<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}"><span itemprop="name">{esc(label)}</span></a><meta itemprop="position" content="{n}" /></span>'
            )
        else:
            parts.append(
                f'{sep}<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                f'<span itemprop="name">{label}</span><meta itemprop="position" content="{n}" /></span>'
            )
    return f'<div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">{"".join(parts)}</div>'


def _related(story: Story) -> list[tuple[int, Story]]:
    """The related-pages plugin: other posts of the blog scored by shared tags and title words."""
    words = set(story.title.lower().split())
    scored = []
    for other in newest(story.cat):
        if other is story:
            continue
        shared = len(set(story.opts["tags"]) & set(other.opts["tags"]))
        score = 10 * shared + len(words & set(other.title.lower().split()))
        scored.append((score, other))
    scored.sort(key=lambda x: (-x[0], -_when(x[1]).timestamp()))
    return scored[:4]


def _sidebar(blog: str, story: Story | None = None) -> str:
    search = """<div class="sidebar-content">
    <div class="search-wrapper">
        <input type="text" placeholder="Tìm kiếm..." value="" data-search-input="/search/query" data-search-separator=":" aria-label="Tìm kiếm" />
        <button type="button" class="search-submit"><i class="fa fa-search"></i></button>
    </div>
</div>"""
    related = ""
    if story is not None:
        items = "\n".join(
            f'    <li class="menu-item"><a href="{post_path(o)}"><span class="label label-rounded label-primary">{score}</span> {_t(o.title, o)}</a></li>'
            for score, o in _related(story)
        )
        related = f'<div class="sidebar-content">\n<h4>Bài viết liên quan</h4>\n<ul class="related-pages menu">\n{items}\n</ul>\n</div>'
    latest = "\n".join(
        f'    <li><a href="{post_path(s)}">{_t(s.title, s)}</a> <span class="latest-date">{_when(s):%d/%m/%Y}</span></li>'
        for s in newest()[:5]
    )
    items = newest(blog)
    cats: dict[str, int] = {}
    tags: dict[str, int] = {}
    for s in items:
        cats[s.opts["cat"]] = cats.get(s.opts["cat"], 0) + 1
        for t in s.opts["tags"]:
            tags[t] = tags.get(t, 0) + 1
    cat_list = "\n".join(
        f'    <li><a href="/{blog}/category:{c}#body-wrapper">{c}</a> <span class="tax-count">({n})</span></li>'
        for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0]))
    )
    tag_list = " ".join(
        f'<a class="label label-rounded label-secondary" href="/{blog}/tag:{t}#body-wrapper">{t} <small>({n})</small></a>'
        for t, n in sorted(tags.items(), key=lambda x: (-x[1], x[0]))
    )
    # the archives plugin is set to the news blog (filters: @page /tin-tuc) on every sidebar
    months: dict[str, int] = {}
    for s in newest("tin-tuc"):
        months[_month_key(s)] = months.get(_month_key(s), 0) + 1
    rows = "\n".join(
        f'    <li><a href="/tin-tuc/archives_month:{k}">Tháng {MONTHS.index(k[:3]) + 1} {k[4:]}</a> <span class="archive-count">({n})</span></li>'
        for k, n in months.items()
    )
    archives = f'<div class="sidebar-content">\n<h4>Lưu trữ</h4>\n<ul class="archives">\n{rows}\n</ul>\n</div>'
    return f"""<div id="sidebar" class="column col-3 col-md-12">
{search}
{related}
<div class="sidebar-content">
<h4>Tin mới</h4>
<ul class="latest-posts">
{latest}
</ul>
</div>
<div class="sidebar-content">
<h4>Chủ đề</h4>
<ul class="taxonomy-list">
{cat_list}
</ul>
</div>
<div class="sidebar-content">
<h4>Thẻ</h4>
<span class="tags">{tag_list}</span>
</div>
{archives}
<div class="sidebar-content syndicate">
<h4>Theo dõi</h4>
<a class="btn" href="/{blog}.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
<a class="btn" href="/{blog}.rss"><i class="fa fa-rss-square"></i> RSS</a>
</div>
<div class="sidebar-content banners">
<a href="https://daklak.edu.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner/so-gddt-daklak.png" alt="Sở Giáo dục và Đào tạo Đắk Lắk" /></a>
<a href="https://vnedu.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner/vnedu.png" alt="Sổ liên lạc điện tử vnEdu" /></a>
<a href="https://taphuan.csdl.edu.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner/tap-huan.png" alt="Tập huấn giáo viên" /></a>
</div>
</div>"""


def _page(
    request: Request,
    title: str,
    body: str,
    *,
    active: str,
    blog: str | None = None,
    description: str = "",
) -> str:
    return "\n".join(
        [
            _head(request, title, blog=blog, description=description),
            _header(active),
            body,
            _footer(),
        ]
    )


def _tag_chips(story: Story, blog: str) -> str:
    chips = "".join(
        f'<a class="label label-rounded label-secondary p-category" href="/{blog}/tag:{t}#body-wrapper">{t}</a>'
        for t in story.opts["tags"]
    )
    return f'<span class="tags">{chips}</span>'


# --------------------------------------------------------------------------- pages


def _article(story: Story, request: Request) -> str:
    blog = story.cat
    notice = blog == "thong-bao"
    title = _t(story.title, story)
    if notice:
        date_line = (
            f'<span class="notice-date"><time class="dt-published" datetime="{_iso(story)}">'
            f'<i class="fa fa-clock-o"></i> {_notice_date(story)}</time></span>'
        )
        author = f'<span class="notice-author"><i class="fa fa-user"></i> Người đăng: {esc(story.opts["author"])}</span>'
    else:
        date_line = (
            f'<span class="blog-date"><time class="dt-published" datetime="{_iso(story)}">'
            f'<i class="fa fa-calendar"></i> {_short_date(story)}</time></span>'
        )
        author = (
            f'<span class="blog-author p-author"><i class="fa fa-user"></i> Người viết: {esc(story.opts["author"])}</span>'
            if story.opts.get("author")
            else ""
        )
    views = f'<span class="blog-views"><i class="fa fa-eye"></i> {_views(story)} lượt xem</span>'
    meta = f"{date_line}\n{author}\n{views}\n{_tag_chips(story, blog)}"
    hero = ""
    head_block = (
        f'<div class="content-title text-center">\n<h1 class="p-name">{title}</h1>\n{meta}\n</div>'
    )
    if story.opts.get("hero"):
        cover = media(story, story.opts["hero"])
        hero = f"""<section id="blog-hero" class="section modular-hero hero text-light hero-medium overlay-dark-gradient" style="background-image: url('{cover}');">
    <div class="image-overlay"></div>
    <section class="container grid-lg" style="text-align: left">
        <h1 class="p-name">{title}</h1>
        {meta}
    </section>
</section>"""
        head_block = ""
    extra = ""
    if story.opts.get("modified"):
        extra += f'\n<p class="page-modified text-gray"><small>Cập nhật lần cuối: {story.opts["modified"]}</small></p>'
    if story.opts.get("attach"):
        name, size = story.opts["attach"]
        extra += (
            '\n<div class="attachments"><h4><i class="fa fa-paperclip"></i> Tệp đính kèm</h4><ul>'
            f'<li><a href="{media(story, name)}" target="_blank">{name}</a> <small>({size})</small></li></ul></div>'
        )
    base = base_url(request)
    url = quote(base + post_path(story), safe="")
    share = f"""<div class="share-buttons"><span>Chia sẻ:</span>
<a class="btn btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener"><i class="fa fa-facebook"></i> Facebook</a>
<a class="btn btn-sm" href="https://zalo.me/share/?url={url}" target="_blank" rel="noopener">Zalo</a>
<a class="btn btn-sm" href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a></div>"""
    siblings = newest(blog)
    idx = siblings.index(story)
    prev_next = '<p class="prev-next text-center">'
    if idx + 1 < len(siblings):
        prev_next += f'<a class="btn" href="{post_path(siblings[idx + 1])}"><i class="fa fa-angle-left"></i> Bài trước</a> '
    if idx > 0:
        prev_next += f'<a class="btn" href="{post_path(siblings[idx - 1])}">Bài sau <i class="fa fa-angle-right"></i></a>'
    prev_next += "</p>"
    comments = ""
    if blog != "thong-bao":
        comments = f"""<h3>Bình luận</h3>
<p class="no-comments">Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p>
<form name="comments" class="comments-form" action="{post_path(story)}" method="POST">
    <div class="form-field"><label>Họ và tên</label><input name="data[name]" type="text" required></div>
    <div class="form-field"><label>Email</label><input name="data[email]" type="email" required></div>
    <div class="form-field"><label>Nội dung bình luận</label><textarea name="data[text]" required></textarea></div>
    <input type="hidden" name="data[date]" value="" />
    <input type="hidden" name="data[title]" value="{esc(story.title)}" />
    <input type="hidden" name="__form-name__" value="comments" />
    <input type="hidden" name="form-nonce" value="{_nonce("comments" + story.slug)}" />
    <div class="buttons"><button class="btn btn-primary" type="submit">Gửi bình luận</button></div>
</form>"""
    body = f"""{hero}
<section id="body-wrapper" class="section blog-listing">
<div class="container grid-lg">
<div class="columns">
<div id="item" class="column col-9 col-md-12 extra-spacing">
{_crumbs((f"/{blog}", BLOGS[blog][1]), (None, title))}
<div class="content-item h-entry">
{head_block}
<div class="e-content">
{_content(story)}
</div>{extra}
{share}
{prev_next}
{comments}
</div>
</div>
{_sidebar(blog, story)}
</div>
</div>
</section>"""
    head_title = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return _page(
        request, head_title, body, active=f"/{blog}", blog=blog, description=_excerpt(story)
    )


def _card(story: Story) -> str:
    blog = story.cat
    thumb = _thumb(story)
    image = (
        f'\n    <div class="card-image"><a href="{post_path(story)}"><img alt="" src="{thumb}" /></a></div>'
        if thumb
        else ""
    )
    return f"""<div class="column col-12">
<div class="card">{image}
    <div class="card-header">
        <div class="card-subtitle text-gray"><span class="blog-date"><time class="dt-published" datetime="{_iso(story)}"><i class="fa fa-calendar"></i> {_short_date(story)}</time></span></div>
        <div class="card-title"><h2 class="p-name"><a href="{post_path(story)}" class="u-url">{_t(story.title, story)}</a></h2></div>
    </div>
    <div class="card-body"><p>{_t(_excerpt(story), story)}</p></div>
    <div class="card-footer">{_tag_chips(story, blog)} <a href="{post_path(story)}" class="read-more">Xem tiếp »</a></div>
</div>
</div>"""


def _pagination(base: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    items = []
    prev_href = f"{base}/page:{page - 1}" if page > 1 else "#"
    items.append(
        f'<li class="page-item{"" if page > 1 else " disabled"}"><a href="{prev_href}"><i class="fa fa-angle-left"></i> Trang trước</a></li>'
    )
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<li class="page-item active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li class="page-item"><a href="{base}/page:{n}">{n}</a></li>')
    next_href = f"{base}/page:{page + 1}" if page < last else "#"
    items.append(
        f'<li class="page-item{"" if page < last else " disabled"}"><a href="{next_href}">Trang sau <i class="fa fa-angle-right"></i></a></li>'
    )
    return '<ul class="pagination">\n' + "\n".join(items) + "\n</ul>"


def _listing(request: Request, blog: str, params: dict[str, str]) -> str:
    _, name, per = BLOGS[blog]
    filters = {k: v for k, v in params.items() if k in ("category", "tag", "archives_month")}
    items = collection(blog, filters)
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    last = _pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    suffix = "".join(f"/{k}:{v}" for k, v in filters.items())
    heading = esc(name)
    if "category" in filters:
        heading += f" <small>– chủ đề: {esc(filters['category'])}</small>"
    if "tag" in filters:
        heading += f" <small>– thẻ: {esc(filters['tag'])}</small>"
    if "archives_month" in filters:
        key = filters["archives_month"]
        label = key
        if re.fullmatch(r"[a-z]{3}_\d{4}", key) and key[:3] in MONTHS:
            label = f"Tháng {MONTHS.index(key[:3]) + 1} {key[4:]}"
        heading += f" <small>– lưu trữ: {esc(label)}</small>"
    cards = (
        "\n".join(_card(s) for s in chunk)
        or '<div class="column col-12"><p class="empty-list">Chưa có bài viết nào.</p></div>'
    )
    crumbs = (
        _crumbs((None, name))
        if not filters
        else _crumbs(
            (f"/{blog}", name), (None, heading.split("<small>– ", 1)[1].rsplit("</small>", 1)[0])
        )
    )
    body = f"""<section id="body-wrapper" class="section blog-listing">
<div class="container grid-lg">
<div class="columns">
<div id="item" class="column col-9 col-md-12 extra-spacing">
{crumbs}
<h1 class="blog-section-title">{heading}</h1>
<div class="columns">
{cards}
</div>
<div id="listing-footer">
{_pagination(f"/{blog}{suffix}", page, last) if chunk else ""}
</div>
</div>
{_sidebar(blog)}
</div>
</div>
</section>"""
    return _page(request, name, body, active=f"/{blog}", blog=blog)


def _home(request: Request) -> str:
    latest = "\n".join(_card(s) for s in newest()[:6])
    notices = "\n".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="notice-date">{_when(s):%d/%m/%Y}</span></li>'
        for s in newest("thong-bao")
    )
    featured = STORIES[0]
    body = f"""<section id="home-hero" class="section modular-hero hero text-light hero-large overlay-dark" style="background-image: url('/user/pages/01.home/_hero/truong-lqd-toan-canh.jpg');">
    <div class="image-overlay"></div>
    <section class="container grid-lg text-center">
        <h1>{esc(SITE)}</h1>
        <p>Kỷ cương – Tình thương – Trách nhiệm</p>
    </section>
</section>
<section id="body-wrapper" class="section">
<div class="container grid-lg">
<div class="columns">
<div class="column col-8 col-md-12">
<h2 class="home-section-title">Tin mới</h2>
<div class="columns">
{latest}
</div>
<p class="text-center"><a class="btn" href="/tin-tuc">Xem tất cả tin tức</a></p>
</div>
<div class="column col-4 col-md-12">
<div class="home-notices">
<h2 class="home-section-title">Thông báo</h2>
<ul class="notice-list">
{notices}
</ul>
<a href="/thong-bao" class="read-more">Xem tất cả »</a>
</div>
</div>
</div>
</div>
</section>
<section id="features" class="section modular-features offset-box bg-gray">
<div class="container grid-lg">
<div class="frame-box">
<h2>Nổi bật</h2>
<div class="columns">
<div class="column col-4 col-md-12 feature"><i class="fa fa-trophy fa-3x"></i><h3>Thành tích</h3><p>46 giải học sinh giỏi cấp tỉnh năm học 2025 – 2026.</p></div>
<div class="column col-4 col-md-12 feature"><i class="fa fa-heart fa-3x"></i><h3>Tri ân thầy cô</h3><p>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11. <a href="{post_path(featured)}/">Xem chi tiết</a></p></div>
<div class="column col-4 col-md-12 feature"><i class="fa fa-camera fa-3x"></i><h3>Thư viện ảnh</h3><p>Hình ảnh hoạt động của thầy và trò. <a href="/thu-vien-anh">Xem album</a></p></div>
</div>
</div>
</div>
</section>"""
    return _page(request, "Trang chủ", body, active="/")


_ABOUT = [
    ("Lịch sử hình thành", [
        f"{SITE} được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Tân Lập. Sau gần 30 năm"
        " xây dựng và phát triển, nhà trường đã trở thành một trong những đơn vị dẫn đầu khối THCS"
        " của tỉnh.",
        "Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng"
        " giáo dục cấp độ 3.",
    ]),
    ("Quy mô hiện nay", [
        "Năm học 2026 – 2027, nhà trường có 32 lớp với 1.236 học sinh; 68 cán bộ, giáo viên, nhân"
        " viên, trong đó 21 giáo viên có trình độ thạc sĩ.",
    ]),
]  # fmt: skip


def _about(request: Request) -> str:
    sections = "\n".join(
        f'<section class="section modular-text"><div class="container grid-lg"><h2>{esc(h)}</h2>'
        + "".join(f"<p>{esc(p)}</p>" for p in ps)
        + "</div></section>"
        for h, ps in _ABOUT
    )
    body = f"""<section id="about-hero" class="section modular-hero hero text-light hero-medium overlay-dark" style="background-image: url('/user/pages/02.gioi-thieu/_hero/cong-truong.jpg');">
    <section class="container grid-lg text-center"><h1>Giới thiệu</h1><p>{esc(SITE)}</p></section>
</section>
<div class="container grid-lg">{_crumbs((None, "Giới thiệu"))}</div>
{sections}
<section class="section modular-features"><div class="container grid-lg"><div class="columns">
<div class="column col-3 col-md-6 feature"><figure><img src="/user/pages/02.gioi-thieu/_features/lop-hoc.png" alt="" /><figcaption>32 lớp học</figcaption></figure></div>
<div class="column col-3 col-md-6 feature"><figure><img src="/user/pages/02.gioi-thieu/_features/hoc-sinh.png" alt="" /><figcaption>1.236 học sinh</figcaption></figure></div>
<div class="column col-3 col-md-6 feature"><figure><img src="/user/pages/02.gioi-thieu/_features/giao-vien.png" alt="" /><figcaption>68 cán bộ, giáo viên</figcaption></figure></div>
<div class="column col-3 col-md-6 feature"><figure><img src="/user/pages/02.gioi-thieu/_features/chuan-quoc-gia.png" alt="" /><figcaption>Chuẩn quốc gia mức độ 2</figcaption></figure></div>
</div></div></section>"""
    return _page(request, "Giới thiệu", body, active="/gioi-thieu")


def _contact(request: Request) -> str:
    sent = request.method == "POST"
    notice = (
        '<div class="notices green"><p>Cảm ơn bạn đã liên hệ, nhà trường sẽ phản hồi sớm.</p></div>'
        if sent
        else ""
    )
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
{_crumbs((None, "Liên hệ"))}
<h1>Liên hệ</h1>
<p><strong>{esc(SITE)}</strong><br>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Email: {EMAIL}</p>
{notice}
<form name="lien-he" action="/lien-he" method="POST" id="lien-he" class="">
    <div class="form-field"><div class="form-label"><label>Họ và tên</label></div><div class="form-data"><input name="data[name]" value="" type="text" class="form-input" required /></div></div>
    <div class="form-field"><div class="form-label"><label>Email</label></div><div class="form-data"><input name="data[email]" value="" type="email" class="form-input" required /></div></div>
    <div class="form-field"><div class="form-label"><label>Nội dung</label></div><div class="form-data"><textarea name="data[message]" class="form-input" required></textarea></div></div>
    <input type="hidden" name="__form-name__" value="lien-he" />
    <input type="hidden" name="__unique_form_id__" value="{_nonce("form-id")[:20]}" />
    <input type="hidden" name="form-nonce" value="{_nonce("lien-he")}" />
    <div class="buttons"><button class="button btn btn-primary" type="submit">Gửi</button></div>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6" width="100%" height="320" style="border:0" loading="lazy"></iframe>
</div>
</section>"""
    return _page(request, "Liên hệ", body, active="/lien-he")


def _gallery(request: Request) -> str:
    cards = "\n".join(
        f'<div class="column col-4 col-md-6"><a href="/thu-vien-anh/{slug}"><img src="{cached(f"/user/pages/07.thu-vien-anh/{slug}/{photos[0][0]}", "cropZoom=400,300")}" alt="" />'
        f"<h3>{esc(title)}</h3></a><p>{len(photos)} ảnh</p></div>"
        for slug, (title, _, photos) in ALBUMS.items()
    )
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
{_crumbs((None, "Thư viện ảnh"))}
<h1>Thư viện ảnh</h1>
<div class="columns album-list">
{cards}
</div>
</div>
</section>"""
    return _page(request, "Thư viện ảnh", body, active="/thu-vien-anh")


def _album(request: Request, slug: str) -> str:
    title, intro, photos = ALBUMS[slug]
    folder = f"/user/pages/07.thu-vien-anh/{slug}"
    tiles = "\n".join(
        f'<div class="column col-3 col-md-6"><a href="{folder}/{name}" class="glightbox" data-gallery="album"'
        + (f' data-title="{esc(cap)}"' if cap else "")
        + f'><img src="{cached(f"{folder}/{name}", "cropZoom=300,200")}" alt="{esc(cap or "")}" /></a></div>'
        for name, cap in photos
    )
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, esc(title)))}
<h1>{esc(title)}</h1>
<p>{esc(intro)}</p>
<div class="columns gallery-grid">
{tiles}
</div>
<p><a class="btn" href="/thu-vien-anh"><i class="fa fa-angle-left"></i> Về Thư viện ảnh</a></p>
</div>
</section>"""
    return _page(request, title, body, active="/thu-vien-anh")


def _documents(request: Request) -> str:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{esc(title)}</td><td>{day}</td>"
        f'<td><a href="/user/pages/05.tai-lieu/{name}" target="_blank"><i class="fa fa-file-pdf-o"></i> Tải về</a> <small>({size})</small></td></tr>'
        for n, (name, title, day, size) in enumerate(DOCUMENTS, start=1)
    )
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
{_crumbs((None, "Tài liệu"))}
<h1>Tài liệu</h1>
<p>Các văn bản, kế hoạch và tài liệu công khai của nhà trường.</p>
<table class="table table-striped">
<thead><tr><th>STT</th><th>Tên tài liệu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</div>
</section>"""
    return _page(request, "Tài liệu", body, active="/tai-lieu")


def _login(request: Request) -> str:
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
<div id="grav-login">
<h1>Đăng nhập</h1>
<form method="post" action="/login" class="login-form">
    <div class="form-field"><label>Tên đăng nhập</label><input type="text" name="username" class="form-input" required /></div>
    <div class="form-field"><label>Mật khẩu</label><input type="password" name="password" class="form-input" required /></div>
    <div class="form-field"><label><input type="checkbox" name="rememberme" value="1" /> Ghi nhớ đăng nhập</label></div>
    <input type="hidden" name="login-form-nonce" value="{_nonce("login")}" />
    <div class="form-actions"><button class="button btn btn-primary" type="submit" name="task" value="login">Đăng nhập</button>
    <a class="button secondary" href="/forgot_password">Quên mật khẩu?</a></div>
</form>
</div>
</div>
</section>"""
    return _page(request, "Đăng nhập", body, active="")


def _forgot(request: Request) -> str:
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
<div id="grav-login">
<h1>Quên mật khẩu</h1>
<p>Nhập email tài khoản, hệ thống sẽ gửi liên kết đặt lại mật khẩu.</p>
<form method="post" action="/forgot_password" class="login-form">
    <div class="form-field"><label>Email</label><input type="email" name="email" class="form-input" required /></div>
    <input type="hidden" name="forgot-form-nonce" value="{_nonce("forgot")}" />
    <div class="form-actions"><button class="button btn btn-primary" type="submit" name="task" value="forgot">Gửi</button>
    <a class="button secondary" href="/login">Quay lại đăng nhập</a></div>
</form>
</div>
</div>
</section>"""
    return _page(request, "Quên mật khẩu", body, active="")


def _search(request: Request, query: str) -> str:
    q = query.strip().lower()
    hits = [
        s
        for s in newest()
        if q and (q in s.title.lower() or any(q in p.lower() for p in s.paragraphs))
    ]
    rows = "\n".join(
        f'<div class="search-row"><h3><a href="{post_path(s)}">{_t(s.title, s)}</a></h3>'
        f'<p class="search-details">{_when(s):%d/%m/%Y} – {esc(BLOGS[s.cat][1])}</p><p>{_t(_excerpt(s), s)}</p></div>'
        for s in hits
    )
    body = f"""<section id="body-wrapper" class="section">
<div class="container grid-lg">
<div class="search-wrapper"><input type="text" value="{esc(query)}" data-search-input="/search/query" data-search-separator=":" /></div>
<p>Tìm thấy <strong>{len(hits)}</strong> kết quả cho <strong>{esc(query)}</strong></p>
{rows}
</div>
</section>"""
    return _page(request, "Tìm kiếm", body, active="")


_NOT_FOUND = """<section id="body-wrapper" class="section"><div class="container grid-lg">
<div class="error-page"><h1>Lỗi 404</h1><p>Trang bạn tìm không tồn tại.</p><p><a class="btn" href="/">Về trang chủ</a></p></div>
</div></section>"""


# --------------------------------------------------------------------------- feeds, sitemap


def _feed(request: Request, blog: str, kind: str) -> Response:
    base = base_url(request)
    items = newest(blog)[:FEED_LIMIT]
    name = BLOGS[blog][1]
    if kind == "rss":
        entries = "".join(
            f"""
        <item>
            <title>{esc(s.title)}</title>
            <link>{base}{post_path(s)}</link>
            <guid>{base}{post_path(s)}</guid>
            <pubDate>{format_datetime(_when(s))}</pubDate>
            <description><![CDATA[<p>{esc(_excerpt(s))}</p>]]></description>
            {"".join(f"<category>{t}</category>" for t in s.opts["tags"])}
        </item>"""
            for s in items
        )
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
        <title>{esc(name)} – {esc(SITE)}</title>
        <link>{base}/{blog}</link>
        <description>Tin bài mới của {esc(SITE)}</description>
        <language>vi</language>
        <atom:link href="{base}/{blog}.rss" rel="self" type="application/rss+xml" />{entries}
    </channel>
</rss>
"""
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})
    entries = "".join(
        f"""
    <entry>
        <title type="html">{esc(s.title)}</title>
        <link href="{base}{post_path(s)}"/>
        <id>{base}{post_path(s)}</id>
        <updated>{_iso(s)}</updated>
        <summary type="html"><![CDATA[<p>{esc(_excerpt(s))}</p>]]></summary>
    </entry>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{esc(name)} – {esc(SITE)}</title>
    <link href="{base}/{blog}.atom" rel="self" />
    <id>{base}/{blog}</id>
    <updated>{_iso(items[0])}</updated>{entries}
</feed>
"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    entries = [("/", "2026-11-23"), ("/gioi-thieu", "2026-09-10")]
    for blog in BLOGS:
        entries.append((f"/{blog}", f"{_when(newest(blog)[0]):%Y-%m-%d}"))
        entries += [(post_path(s), f"{_when(s):%Y-%m-%d}") for s in newest(blog)]
    entries += [("/tai-lieu", "2026-09-15"), ("/thu-vien-anh", "2026-09-06")]
    entries += [(f"/thu-vien-anh/{a}", "2026-09-06") for a in ALBUMS]
    entries.append(("/lien-he", "2022-08-01"))
    urls = "".join(
        f"""
    <url>
        <loc>{base}{path}</loc>
        <lastmod>{mod}</lastmod>
    </url>"""
        for path, mod in entries
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/user/plugins/sitemap/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}
</urlset>
"""
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


ROBOTS = """User-agent: *
Disallow: /backup/
Disallow: /bin/
Disallow: /cache/
Disallow: /grav-admin/
Disallow: /logs/
Disallow: /system/
Disallow: /vendor/
Disallow: /user/
Allow: /user/pages/
Allow: /user/themes/
Allow: /user/images/
Allow: /
Allow: *.css$
Allow: *.js$
Allow: /system/*.js$
"""


# --------------------------------------------------------------------------- routing

_BY_ROUTE: dict[str, Story] = {post_path(s): s for s in STORIES}
_FILES: set[str] = {media(s, s.opts["attach"][0]) for s in STORIES if s.opts.get("attach")}
_FILES |= {f"/user/pages/05.tai-lieu/{d[0]}" for d in DOCUMENTS}


def _split_params(path: str) -> tuple[str, dict[str, str]]:
    """Grav's URI: path segments holding ``param_sep`` (":") are parameters, the rest the route."""
    route, params = [], {}
    for seg in path.strip("/").split("/"):
        if not seg:
            continue
        if ":" in seg:
            key, _, value = seg.partition(":")
            params[key] = value
        else:
            route.append(seg)
    return "/" + "/".join(route), params


class GravSite:
    """Grav's router for this site: page routes, URL parameters, page media and the plugins."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/images/", "/user/", "/system/")):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            hit = static_file(path)
            return hit if hit is not None else self._missing(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if m := re.fullmatch(r"/([a-z-]+)\.(rss|atom)", path):
            return (
                _feed(request, m.group(1), m.group(2))
                if m.group(1) in BLOGS
                else self._missing(request)
            )
        if path == "/index.php" or path.startswith("/index.php/"):
            # system.yaml redirects: '/index.php/(.*)': '/$1' (the old Joomla SEF addresses)
            return redirect("/" + path[len("/index.php/") :] if path != "/index.php" else "/", 301)
        route, params = _split_params(path)
        page = self._page(request, route, params)
        if page is None:
            return self._missing(request)
        if isinstance(page, Response):
            return page
        return html(
            page,
            headers={
                "Set-Cookie": f"grav-site-{_nonce('sess')[:10]}={_nonce('cookie')}; path=/; HttpOnly"
            },
        )

    def _page(self, request: Request, route: str, params: dict[str, str]) -> str | Response | None:
        if route == "/":
            return _home(request)
        if route in _BY_ROUTE:
            return _article(_BY_ROUTE[route], request)
        blog = route[1:]
        if blog in BLOGS:
            return _listing(request, blog, params)
        if route == "/gioi-thieu":
            return _about(request)
        if route == "/lien-he":
            return _contact(request)
        if route == "/thu-vien-anh":
            return _gallery(request)
        if route.startswith("/thu-vien-anh/") and route.split("/", 2)[2] in ALBUMS:
            return _album(request, route.split("/", 2)[2])
        if route == "/tai-lieu":
            return _documents(request)
        if route == "/login":
            return _login(request)
        if route == "/forgot_password":
            return _forgot(request)
        if route == "/search":
            return _search(request, params.get("query", ""))
        return None

    @staticmethod
    def _missing(request: Request) -> Response:
        return html(_page(request, "Lỗi 404", _NOT_FOUND, active=""), status=404)


def build_site() -> GravSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return GravSite()
