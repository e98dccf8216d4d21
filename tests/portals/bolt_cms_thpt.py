"""Trường THPT Hòa Bình (tỉnh Vĩnh Long) on Bolt CMS 5 with a home-made Bootstrap 5 theme.

The platform
------------
Bolt 5 (Symfony 6, Twig, Doctrine) installed in 2023 by an alumnus of the school ("Thiết kế:
Nguyễn Tấn Lộc - cựu học sinh khóa 2017 - 2020", printed in the footer), with his own theme
``themes/thpt-hoabinh`` on Bootstrap 5 and Bootstrap Icons. Content types in ``contenttypes.yaml``:
``tin-tuc`` (entries, singular slug ``tin-tuc``), ``thong-bao`` (notices) and Bolt's stock
``pages`` (singular slug ``page``). Only ``tin-tuc`` has the ``danh-muc`` (category) taxonomy;
both news and notices have ``tags``. The HTML fields are written in Bolt's editor (Redactor):
``p``, ``h2``/``h3``, ``ul``/``ol``, ``table.table``, ``blockquote``, images as ``<figure
class="image"><img><figcaption>``; ``&nbsp;`` where the editor typed two spaces.

URL scheme (what the server answers)
------------------------------------
- ``/``: home. A carousel of three "Tin nổi bật" linking Bolt's *numeric* record route
  ``/tin-tuc/<id>``; "Tin mới nhất" cards (6 newest entries, slug links); a "Thông báo" list
  (the 4 notices, slug links); "Liên kết" logos to other hosts; footer with the address and the
  counter widget ("Lượt truy cập: 123.456").
- ``/tin-tuc`` and ``/tin-tuc?page_tin-tuc=N``: the entries listing, 6 per page (two real pages
  for 9 entries). Cards: ``div.col-md-4 > div.card > img.card-img-top`` (a ``/thumbs/400×300×crop/…``
  thumbnail), ``div.card-body > h5.card-title > a``, ``p.card-text`` (the teaser, or Bolt's
  ``excerpt`` of the body ending in "…"), ``small.text-muted`` date. ``/thong-bao`` (4 notices,
  one page; pager parameter ``page_thong-bao``).
- ``/danh-muc/<slug>``: taxonomy listing (``hoat-dong-chuyen-mon`` 5 entries, ``doan-hoi`` 2,
  ``thi-dua`` 2). The theme's ``taxonomy.yaml`` sets ``listing_records: 4``, so "Hoạt động
  chuyên môn" has a second page ``/danh-muc/hoat-dong-chuyen-mon?page_tin-tuc=2``.
- ``/tags/<slug>``: tag listings (6 per page; none has more than 3 records).
- ``/search?searchTerm=…`` (+ ``&page_search=N``, 6 per page): the header's search form and
  the sidebar's "Tìm kiếm nhiều" links lead there; matches title, teaser and body text.
- Records: ``/tin-tuc/<slug>`` and ``/thong-bao/<slug>``; the very same page at ``/tin-tuc/<id>``
  and ``/thong-bao/<id>`` (Bolt's numeric route). ``<link rel="canonical">`` on both is the
  absolute slug URL.
- Pages: ``/page/<slug>`` (giới thiệu, cơ cấu tổ chức, đội ngũ, văn bản, thư viện ảnh, liên hệ).
- ``/rss.xml`` (the theme's feed, linked in ``<head>``; items link the numeric route),
  ``/sitemap.xml`` (Bolt's own, slug URLs), ``/robots.txt`` (``Disallow: /bolt/``, the sitemap).
- ``/files/…`` (uploads: JPEG, PDF), ``/thumbs/<w>×<h>×<fit>/…`` (Bolt's resized images; the
  "×" is the multiplication sign, printed raw in ``src``/``href``), ``/theme/…`` static files.

Record page
-----------
``nav.breadcrumb`` "Trang chủ / Tin tức / <title>" (notices: "Trang chủ / Thông báo / <title>";
the category is NOT in the breadcrumb), then the category as a badge link above the title
(``<a class="badge bg-success" href="/danh-muc/doan-hoi">Đoàn - Hội</a>``; notices have no
taxonomy and print no badge), ``h1``, the meta row (``<i class="bi bi-calendar3"></i> 14/11/2026``
— only a day, Bolt's ``publishedAt|localdate('d/m/Y')`` — and ``<i class="bi bi-person"></i>
<author field>`` when the free-text author field is filled),
the ``teaser`` field as ``p.lead``, the ``body`` field in ``div.record-body``, then the ``image``
field (the cover) *after* the body in ``div.record-image``: a link to a ``/thumbs/1200×900×max/``
version around ``<img src="/files/…">`` and a ``small.text-muted`` line printing the image's alt
text, or its file name when the alt is empty (the theme's ``alt|default(filename)``). Then the
"Tập tin đính kèm" list of PDFs (the ``file`` field), tags, "Chia sẻ" buttons, "Bài trước" /
"Bài sau" (slug links), and the "Tin liên quan" card grid (3 cards, slug links).
The HTML ``<title>`` is "<title> | Trường THPT Hòa Bình".

Which path reaches each gold article
------------------------------------
All 9 entries are on ``/tin-tuc`` (page 1: the 6 newest; page 2: the 3 oldest) and on their
category listing; the 6 newest are also home cards; ids 112, 109 and 98 are in the home slider
(numeric links). The 4 notices are on ``/thong-bao`` and in the home "Thông báo" list. Every
record is in the sitemap (slug) and the RSS feed (numeric) and in the prev/next links of its
neighbours; the 5 newest entries are also in the sidebar's "Tin mới" box on every page. Gold ``path`` is the slug path (what listings link);
``canonical_path`` is the same; ``alt_paths`` holds the numeric path.

Traps
-----
- The theme's pager partial (written by hand, not Bolt's ``pager.twig``) prints "«", the page
  numbers and a "»" that always links to current + 1, even on the last page. A page past the end
  (``/tin-tuc?page_tin-tuc=3``, ``…=99``) answers 200 with "Không có bài viết nào." and the same
  pager, whose "»" links on to the next number: it never ends. The same partial pages the
  taxonomy, tag and search listings. A listing with a single page prints no pager at all
  (``haveToPaginate``), so ``/thong-bao`` has none.
- Numeric duplicates ``/tin-tuc/<id>`` / ``/thong-bao/<id>`` (canonical to the slug form).
- ``/thumbs/…`` links (the cover's lightbox ``<a href>``): images, not pages.
- ``/bolt/login`` (the admin login, linked "Quản trị" in the footer; ``/bolt`` redirects there).
- ``/search?…`` result pages with their own pager.
- One body (Hội thảo Toán, id 104) keeps a link the editor copied from Bolt's preview tab,
  ``/preview/tin-tuc/117``: 403 "Access Denied." like any ``/preview/…`` for an anonymous user.
- The footer names the theme's designer; the sidebar has a counter, a "Liên kết website" select
  and a tag cloud; the header prints today's date (``TODAY``).
- Entry 76 (thao giảng) was pasted from a Mac: its teaser and body are decomposed Unicode (NFD).

Gold decisions
--------------
- title: the ``h1`` (the ``<title>`` carries the site suffix).
- published_at: the meta row's day (``YYYY-MM-DD``); the page prints no time. The RSS feed's
  ``pubDate`` carries a time, but the page's own date is what a reader of the page has.
- authors: the free-text author field when it names a person ("ThS. Nguyễn Hoàng Phúc" →
  "Nguyễn Hoàng Phúc"; "Phạm Thị Ngọc Hân, Võ Thanh Tùng" → both) or a unit ("Đoàn trường",
  "Tổ Toán - Tin", "Văn phòng": the unit, as printed). "BBT" credits nobody. When the field is
  empty the signature at the end of the body decides: "Tin, ảnh: Trần Minh Khoa" (author and
  photographer), "Bài: Huỳnh Ngọc Trâm - Ảnh: Đặng Gia Huy", a right-aligned "Tổ Giáo vụ" (a unit
  signing a notice); no signature → nobody.
- source: "Nguồn: Báo Vĩnh Long" at the end of entry 93 → "Báo Vĩnh Long".
- summary: the ``teaser`` (``p.lead``) when the record has one; it is the body's first paragraph.
  Records without a teaser have summary None (the card's excerpt is not a summary).
- body: teaser, then the body field's paragraphs, headings, list items and table rows (cells
  joined by " | ", the header row too), blockquote paragraphs; without figure captions, the
  signature/source lines and the "File đính kèm: …" line; the attachments list, tags, share,
  prev/next and related cards are outside the body.
- images: the body's figures in order, then the cover from the ``image`` field. The cover's
  ``small.text-muted`` line is the only text printed with it: when it is the alt text the editor
  wrote (a description of the photo) a reader takes it as the caption; when the alt is empty the
  line prints the file name (``z6023456789012_c0ffee1234.jpg``), which is no caption → None. A
  figure without ``figcaption`` has caption None. When the cover is the same file as a body
  figure (entry 112) the photo is listed once, at its place in the body, with the figcaption.
  Thumbnails on cards, the carousel, logos and the placeholder ``no-image.jpg`` are not images
  of the article.
- category: the badge above the title for entries; "Thông báo" (the content type's name in the
  breadcrumb) for notices.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "bolt_cms_thpt"
PLATFORM = "Bolt CMS 5 (Symfony, Twig) + home-made Bootstrap 5 theme"
START_PATH = "/"

SITE_NAME = "Trường THPT Hòa Bình"
THEME = "/theme/thpt-hoabinh"
PER_PAGE = 6
PER_TAXONOMY_PAGE = 4

#: taxonomy ``danh-muc``: slug -> name
CATEGORIES = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-hoi": "Đoàn - Hội",
    "thi-dua": "Thi đua",
}
#: taxonomy ``tags``: slug -> name
TAGS = {
    "rung-chuong-vang": "Rung chuông vàng",
    "doan-thanh-nien": "Đoàn thanh niên",
    "ngay-nha-giao": "Ngày Nhà giáo",
    "thi-dua-khen-thuong": "Thi đua khen thưởng",
    "gdpt-2018": "GDPT 2018",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "khoi-nghiep": "Khởi nghiệp",
    "chuyen-doi-so": "Chuyển đổi số",
    "ngoai-khoa": "Ngoại khóa",
    "kiem-tra": "Kiểm tra",
    "hoc-bong": "Học bổng",
}
#: content type slug -> (name printed in menus and breadcrumbs, pager parameter)
CONTENT_TYPES = {
    "tin-tuc": ("Tin tức", "page_tin-tuc"),
    "thong-bao": ("Thông báo", "page_thong-bao"),
}


def _right(line: str) -> Raw:
    """A right-aligned closing line as Redactor writes it (signature, source)."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def _li(value: str) -> P:
    return P(value, "li")


def _oli(value: str) -> P:
    return P(value, "oli")


def _row(*cells: str) -> P:
    return P(" | ".join(cells), "tr")


def _head(*cells: str) -> P:
    return P(" | ".join(cells), "th")


# --- records -----------------------------------------------------------------------------------
#
# ``opts`` of a record: ``ctype`` (content type), ``cat`` (danh-muc slug, entries only),
# ``author_field`` (the free-text field as printed, "" = empty), ``teaser`` (printed teaser;
# the gold ``summary`` is written separately), ``cover`` ((file, alt) of the image field, alt ""
# when the editor left it empty), ``tags``, ``files`` ((file, label) of the attachment field),
# ``nfd`` (text pasted decomposed), ``time`` (the publishedAt time, printed only in the RSS feed).
# An ``Img(style="cover")`` block stands for the cover in the gold; the page prints it after the
# body from ``opts["cover"]``.

ENTRIES: list[Story] = [
    Story(
        id=112,
        slug="soi-noi-hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="Đoàn - Hội",
        published_at="2026-11-23",
        authors=["Đoàn trường"],
        summary=(
            "Sáng ngày 18/11/2026, Đoàn trường THPT Hòa Bình tổ chức Hội thi “Rung chuông vàng” "
            "với chủ đề “Tri ân thầy cô”, thu hút 100 đoàn viên, học sinh của 25 chi đoàn tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
                "20/11/2026), đồng thời tạo sân chơi bổ ích giúp học sinh củng cố kiến thức các "
                "môn học, hiểu thêm về truyền thống tôn sư trọng đạo của dân tộc."
            ),
            Img(
                "/files/2026-11/rcv-toan-canh.jpg",
                "Toàn cảnh Hội thi “Rung chuông vàng” tại sân trường",
                "Toàn cảnh Hội thi “Rung chuông vàng” tại sân trường",
                "figure",
            ),
            P(
                "Mỗi chi đoàn cử 4 thí sinh tham gia. Các thí sinh lần lượt trả lời 30 câu hỏi "
                "thuộc các lĩnh vực văn hóa, lịch sử, địa lý, khoa học tự nhiên, pháp luật và kỹ "
                "năng sống.\xa0Sau mỗi câu hỏi, thí sinh trả lời sai sẽ rời sàn thi; ban tổ chức "
                "có 2 lần cứu trợ bằng hình thức giao lưu với khán giả."
            ),
            P("Những phút giây căng thẳng đến câu hỏi cuối cùng", "h3"),
            P(
                "Sau hơn 2 giờ tranh tài, em Nguyễn Ngọc Bảo Trân, lớp 11A2, là thí sinh duy nhất "
                "vượt qua câu hỏi số 30 và giành danh hiệu “Rung chuông vàng”. Hai giải Nhì thuộc "
                "về các em Trương Gia Hân (12A1) và Lý Minh Thuận (10A5)."
            ),
            Img(
                "/files/2026-11/rcv-trao-giai.jpg",
                "Thầy Trần Văn Hùng, Hiệu trưởng nhà trường, trao giải cho em Nguyễn Ngọc Bảo Trân",
                "Thầy Trần Văn Hùng, Hiệu trưởng nhà trường, trao giải cho em Nguyễn Ngọc Bảo Trân",
                "figure",
            ),
            P(
                "Phát biểu tổng kết, đồng chí Bí thư Đoàn trường ghi nhận tinh thần học tập nghiêm "
                "túc của các thí sinh và mong muốn hội thi được duy trì hằng năm, trở thành hoạt "
                "động truyền thống của tuổi trẻ nhà trường."
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "doan-hoi",
            "author_field": "Đoàn trường",
            "teaser": (
                "Sáng ngày 18/11/2026, Đoàn trường THPT Hòa Bình tổ chức Hội thi “Rung chuông "
                "vàng” với chủ đề “Tri ân thầy cô”, thu hút 100 đoàn viên, học sinh của 25 chi "
                "đoàn tham gia."
            ),
            # the editor picked the body's first photo again as the cover: listed once in gold
            "cover": (
                "/files/2026-11/rcv-toan-canh.jpg",
                "Toàn cảnh Hội thi “Rung chuông vàng” tại sân trường",
            ),
            "tags": ["rung-chuong-vang", "doan-thanh-nien"],
            "time": "09:12",
        },
    ),
    Story(
        id=109,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Thi đua",
        published_at="2026-11-20",
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        summary=(
            "Sáng 19/11/2026, Trường THPT Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc trong năm "
            "học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có ông Nguyễn Văn Thanh, Phó Chủ tịch UBND xã Hòa Bình; đại diện "
                "Ban đại diện cha mẹ học sinh; các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể "
                "cán bộ, giáo viên, nhân viên và học sinh nhà trường."
            ),
            Img(
                "/files/2026-11/z6012345678901_4f1c2a9e7b.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A3",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A3",
                "figure",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngày 20/11, thầy Trần Văn Hùng, Hiệu trưởng nhà "
                "trường, nhấn mạnh: năm học vừa qua, tập thể sư phạm đã nỗ lực vượt qua nhiều khó "
                "khăn, hoàn thành tốt nhiệm vụ; tỷ lệ học sinh tốt nghiệp THPT đạt 99,6%, có 18 "
                "học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            P("Tuyên dương, khen thưởng", "h3"),
            P(
                "Nhân dịp này, nhà trường trao giấy khen cho các tập thể, cá nhân có thành tích "
                "xuất sắc:"
            ),
            _li("Danh hiệu “Chiến sĩ thi đua cơ sở”: 6 giáo viên;"),
            _li("Danh hiệu “Lao động tiên tiến”: 58 cán bộ, giáo viên, nhân viên;"),
            _li("Tập thể lao động xuất sắc: Tổ Toán - Tin và Tổ Ngữ văn;"),
            _li("Học bổng “Vượt khó học tốt”: 20 suất, mỗi suất 1.000.000 đồng."),
            Img(
                "/files/2026-11/z6012345678902_91ab03ce55.jpg",
                "Lãnh đạo địa phương tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "Lãnh đạo địa phương tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "figure",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những bó hoa tươi thắm và lời tri ân "
                "chân thành của các thế hệ học trò dành cho thầy cô."
            ),
            _right("Tin, ảnh: Trần Minh Khoa"),
            Img(
                "/files/2026-11/le-ky-niem-20-11-cover.jpg",
                "Quang cảnh buổi lễ kỷ niệm",
                "Quang cảnh buổi lễ kỷ niệm",
                "cover",
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "thi-dua",
            "author_field": "",
            "teaser": (
                "Sáng 19/11/2026, Trường THPT Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc trong "
                "năm học 2025 - 2026."
            ),
            "cover": ("/files/2026-11/le-ky-niem-20-11-cover.jpg", "Quang cảnh buổi lễ kỷ niệm"),
            "tags": ["ngay-nha-giao", "thi-dua-khen-thuong"],
            "time": "15:40",
        },
    ),
    Story(
        id=104,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-theo-chuong-trinh-gdpt-2018",
        title=(
            "Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018”"
        ),
        cat="Hoạt động chuyên môn",
        published_at="2026-11-14",
        authors=["Tổ Toán - Tin"],
        summary=(
            "Ngày 12/11/2026, Tổ Toán - Tin tổ chức hội thảo chuyên đề nhằm chia sẻ kinh nghiệm "
            "tổ chức dạy học theo hướng phát triển phẩm chất, năng lực học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội thảo có thầy Phan Quốc Việt, Phó Hiệu trưởng phụ trách chuyên môn, "
                "cùng 14 giáo viên của tổ và giáo viên các trường THPT trong cụm thi đua số 3."
            ),
            P("Nội dung chính của hội thảo", "h2"),
            _oli(
                "Báo cáo thực trạng dạy học môn Toán tại trường sau 4 năm thực hiện Chương trình "
                "GDPT 2018;"
            ),
            _oli("Chia sẻ kinh nghiệm thiết kế hoạt động học theo mô hình “lớp học đảo ngược”;"),
            _oli("Ứng dụng phần mềm GeoGebra trong dạy học hình học không gian lớp 11;"),
            _oli("Thảo luận về xây dựng ma trận, đề kiểm tra theo định dạng mới của Bộ GD&ĐT."),
            Img("/files/2026-11/hoi-thao-toan-1.jpg", None, None, "figure"),
            P(
                "Các ý kiến thảo luận sôi nổi, tập trung vào những khó khăn khi tổ chức hoạt động "
                "nhóm với sĩ số lớp đông và việc đánh giá thường xuyên bằng nhận xét."
            ),
            P(
                "Quý thầy cô có thể xem bản dự thảo kế hoạch bồi dưỡng chuyên môn của tổ tại đây.",
                "link:/preview/tin-tuc/117|tại đây",
            ),
            Img(
                "/files/2026-11/z6023456789012_c0ffee1234.jpg",
                "z6023456789012_c0ffee1234.jpg",
                None,
                "cover",
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "hoat-dong-chuyen-mon",
            "author_field": "Tổ Toán - Tin",
            "teaser": (
                "Ngày 12/11/2026, Tổ Toán - Tin tổ chức hội thảo chuyên đề nhằm chia sẻ kinh "
                "nghiệm tổ chức dạy học theo hướng phát triển phẩm chất, năng lực học sinh."
            ),
            "cover": ("/files/2026-11/z6023456789012_c0ffee1234.jpg", ""),
            "tags": ["gdpt-2018"],
            "time": "10:05",
        },
    ),
    Story(
        id=98,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-06",
        authors=["Nguyễn Hoàng Phúc"],
        summary=(
            "Trường THPT Hòa Bình có 21 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp "
            "tỉnh lớp 12, tăng 3 giải so với năm học trước, xếp thứ 4 toàn tỉnh ở khối trường "
            "THPT không chuyên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 do Sở Giáo dục và "
                "Đào tạo tỉnh Vĩnh Long tổ chức trong hai ngày 21 và 22/10/2026, với hơn 1.900 "
                "thí sinh dự thi ở 11 môn văn hóa."
            ),
            P(
                "Nhà trường có 32 học sinh dự thi ở 9 môn. Kết quả có 21 học sinh đạt giải, gồm "
                "2 giải Nhất, 5 giải Nhì, 8 giải Ba và 6 giải Khuyến khích."
            ),
            Img(
                "/files/2026-11/hsg-tinh-2026.jpg",
                "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "figure",
            ),
            P("Kết quả cụ thể theo môn", "h3"),
            _head("Môn thi", "Số dự thi", "Nhất", "Nhì", "Ba", "KK"),
            _row("Toán", "4", "1", "1", "1", "0"),
            _row("Vật lí", "4", "0", "1", "2", "1"),
            _row("Hóa học", "4", "1", "0", "1", "1"),
            _row("Sinh học", "3", "0", "1", "0", "1"),
            _row("Ngữ văn", "4", "0", "1", "1", "1"),
            _row("Lịch sử", "3", "0", "0", "1", "1"),
            _row("Địa lí", "3", "0", "1", "1", "0"),
            _row("Tiếng Anh", "4", "0", "0", "1", "1"),
            _row("Tin học", "3", "0", "0", "0", "0"),
            _row("Tổng cộng", "32", "2", "5", "8", "6"),
            P("Hai giải Nhất", "h3"),
            _li("Em Lê Hoàng Nam, lớp 12A1, giải Nhất môn Toán với 17,5/20 điểm;"),
            _li("Em Võ Thị Kim Ngân, lớp 12A2, giải Nhất môn Hóa học với 18,25/20 điểm."),
            P(
                "Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất cấp tỉnh. Hai "
                "em Lê Hoàng Nam và Võ Thị Kim Ngân được chọn vào đội tuyển của tỉnh dự kỳ thi "
                "chọn học sinh giỏi quốc gia năm 2027."
            ),
            P(
                "“Thành tích này là kết quả của quá trình bồi dưỡng bền bỉ từ lớp 10, sự đồng "
                "hành của phụ huynh và tinh thần tự học rất cao của các em”, thầy Trần Văn Hùng, "
                "Hiệu trưởng nhà trường chia sẻ.",
                "quote",
            ),
            P(
                "Nhà trường sẽ khen thưởng các học sinh đạt giải và giáo viên bồi dưỡng vào dịp "
                "sơ kết học kỳ I."
            ),
            Img(
                "/files/2026-11/hsg-cover.jpg",
                "Đội tuyển học sinh giỏi lớp 12 năm học 2026 - 2027",
                "Đội tuyển học sinh giỏi lớp 12 năm học 2026 - 2027",
                "cover",
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "hoat-dong-chuyen-mon",
            "author_field": "ThS. Nguyễn Hoàng Phúc",
            "teaser": (
                "Trường THPT Hòa Bình có 21 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp "
                "tỉnh lớp 12, tăng 3 giải so với năm học trước, xếp thứ 4 toàn tỉnh ở khối trường "
                "THPT không chuyên."
            ),
            "cover": (
                "/files/2026-11/hsg-cover.jpg",
                "Đội tuyển học sinh giỏi lớp 12 năm học 2026 - 2027",
            ),
            "tags": ["hoc-sinh-gioi"],
            "files": [
                (
                    "/files/2026-11/danh-sach-hsg-cap-tinh-2026-2027.pdf",
                    "Danh sách học sinh đạt giải cấp tỉnh",
                )
            ],
            "time": "16:22",
        },
    ),
    Story(
        id=93,
        slug="hoc-sinh-truong-thpt-hoa-binh-doat-giai-nhat-cuoc-thi-y-tuong-khoi-nghiep-cap-tinh",
        title="Học sinh Trường THPT Hòa Bình đoạt giải Nhất cuộc thi “Ý tưởng khởi nghiệp” cấp tỉnh",
        cat="Đoàn - Hội",
        published_at="2026-10-28",
        authors=[],
        source="Báo Vĩnh Long",
        blocks=[
            P(
                "Với dự án “Phân bón hữu cơ từ vỏ sầu riêng”, nhóm học sinh Trường THPT Hòa Bình "
                "vừa xuất sắc đoạt giải Nhất cuộc thi “Học sinh, sinh viên với ý tưởng khởi "
                "nghiệp” tỉnh Vĩnh Long năm 2026."
            ),
            P(
                "Vòng chung kết diễn ra ngày 25/10/2026 tại Trung tâm Hội nghị tỉnh với 15 dự án "
                "xuất sắc nhất được chọn từ 126 dự án của học sinh, sinh viên toàn tỉnh."
            ),
            P(
                "Nhóm tác giả gồm các em Đỗ Thành Đạt, Nguyễn Thị Yến Nhi và Trịnh Quốc Khánh "
                "(lớp 11A1), dưới sự hướng dẫn của cô Lê Thị Thu Trang, giáo viên môn Sinh học. Dự "
                "án tận dụng nguồn vỏ sầu riêng dồi dào tại địa phương, ủ với chế phẩm vi sinh để "
                "tạo ra phân bón hữu cơ giá thành thấp, góp phần giảm rác thải nông nghiệp."
            ),
            Img(
                "/files/2026-10/khoi-nghiep-trao-giai.jpg",
                "Nhóm học sinh Trường THPT Hòa Bình nhận giải Nhất tại vòng chung kết",
                "Nhóm học sinh Trường THPT Hòa Bình nhận giải Nhất tại vòng chung kết",
                "figure",
            ),
            P(
                "Ban giám khảo đánh giá cao tính thực tiễn và khả năng nhân rộng của dự án. Nhóm "
                "được Tỉnh đoàn hỗ trợ 20 triệu đồng để hoàn thiện sản phẩm và đại diện tỉnh tham "
                "gia vòng toàn quốc."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Vĩnh Long</em></p>'),
            Img(
                "/files/2026-10/khoi-nghiep-cover.jpg",
                "Dự án “Phân bón hữu cơ từ vỏ sầu riêng”",
                "Dự án “Phân bón hữu cơ từ vỏ sầu riêng”",
                "cover",
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "doan-hoi",
            "author_field": "BBT",
            "cover": (
                "/files/2026-10/khoi-nghiep-cover.jpg",
                "Dự án “Phân bón hữu cơ từ vỏ sầu riêng”",
            ),
            "tags": ["khoi-nghiep", "doan-thanh-nien"],
            "time": "08:47",
        },
    ),
    Story(
        id=88,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-19",
        authors=["Phạm Thị Ngọc Hân", "Võ Thanh Tùng"],
        blocks=[
            P(
                "Chiều ngày 16/10/2026, nhà trường tổ chức buổi tập huấn “Ứng dụng trí tuệ nhân tạo "
                "(AI) trong soạn giảng và đánh giá học sinh” cho toàn thể 72 cán bộ, giáo viên."
            ),
            P(
                "Báo cáo viên là thầy Võ Thanh Tùng, giáo viên Tin học, thành viên Tổ công tác "
                "chuyển đổi số của nhà trường. Nội dung tập huấn gồm cách viết câu lệnh để xây "
                "dựng kế hoạch bài dạy, tạo câu hỏi trắc nghiệm theo ma trận đề và những lưu ý về "
                "bảo mật dữ liệu học sinh khi sử dụng các công cụ AI."
            ),
            Img(
                "/files/2026-10/tap-huan-ai.jpg",
                "Giáo viên thực hành soạn câu hỏi trắc nghiệm với công cụ AI",
                "Giáo viên thực hành soạn câu hỏi trắc nghiệm với công cụ AI",
                "figure",
            ),
            P(
                "Sau buổi tập huấn, mỗi tổ chuyên môn xây dựng ít nhất 2 kế hoạch bài dạy có ứng "
                "dụng AI để chia sẻ trong sinh hoạt chuyên môn tháng 11."
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "hoat-dong-chuyen-mon",
            "author_field": "Phạm Thị Ngọc Hân, Võ Thanh Tùng",
            "cover": None,
            "tags": ["chuyen-doi-so"],
            "time": "17:30",
        },
    ),
    Story(
        id=81,
        slug="phat-dong-phong-trao-thi-dua-day-tot-hoc-tot-nam-hoc-2026-2027",
        title="Phát động phong trào thi đua “Dạy tốt – Học tốt” năm học 2026 - 2027",
        cat="Thi đua",
        published_at="2026-10-09",
        authors=[],
        summary=(
            "Hưởng ứng các ngày lễ lớn trong năm học, nhà trường phát động đợt thi đua cao điểm "
            "“Dạy tốt – Học tốt” từ ngày 10/10 đến ngày 20/11/2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Nội dung thi đua:"),
            _oli(
                "Mỗi giáo viên đăng ký ít nhất 2 tiết dạy tốt, trong đó có 1 tiết ứng dụng công "
                "nghệ thông tin;"
            ),
            _oli("Mỗi lớp phấn đấu đạt ít nhất 50 “hoa điểm tốt” mỗi tuần;"),
            _oli("Không có học sinh vi phạm an toàn giao thông và nội quy nhà trường."),
            P(
                "Kết quả thi đua được tổng kết và khen thưởng trong Lễ kỷ niệm Ngày Nhà giáo Việt "
                "Nam 20/11."
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "thi-dua",
            "author_field": "",
            "teaser": (
                "Hưởng ứng các ngày lễ lớn trong năm học, nhà trường phát động đợt thi đua cao "
                "điểm “Dạy tốt – Học tốt” từ ngày 10/10 đến ngày 20/11/2026."
            ),
            "cover": None,
            "tags": ["thi-dua-khen-thuong"],
            "time": "07:15",
        },
    ),
    Story(
        id=76,
        slug="thao-giang-cap-truong-dot-1-24-tiet-day-duoc-danh-gia-tot",
        title="Thao giảng cấp trường đợt 1: 24 tiết dạy được đánh giá tốt",
        cat="Hoạt động chuyên môn",
        published_at="2026-09-30",
        authors=["Lâm Quốc Bảo"],
        summary=(
            "Từ ngày 21 đến 28/9/2026, nhà trường tổ chức thao giảng cấp trường đợt 1 với 30 "
            "tiết dạy của giáo viên 7 tổ chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tiết dạy được thiết kế theo hướng phát triển năng lực, chú trọng tổ chức hoạt "
                "động cho học sinh tự tìm tòi, khám phá kiến thức. Nhiều giáo viên trẻ mạnh dạn sử "
                "dụng bảng tương tác, phiếu học tập điện tử và trò chơi học tập."
            ),
            Img("/files/2026-09/thao-giang-1.jpg", None, None, "figure"),
            P(
                "Kết quả đánh giá: 24 tiết xếp loại Tốt, 6 tiết xếp loại Khá. Ban Giám hiệu đề "
                "nghị các tổ tiếp tục rút kinh nghiệm, chọn các tiết dạy tốt nhất làm tiết dạy mẫu "
                "cho đợt thao giảng cụm trường vào tháng 12."
            ),
            Img(
                "/files/2026-09/thao-giang-cover.jpg",
                "Cô Huỳnh Thị Mai dạy tiết Ngữ văn lớp 10A4",
                "Cô Huỳnh Thị Mai dạy tiết Ngữ văn lớp 10A4",
                "cover",
            ),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "hoat-dong-chuyen-mon",
            "author_field": "Lâm Quốc Bảo",
            "teaser": (
                "Từ ngày 21 đến 28/9/2026, nhà trường tổ chức thao giảng cấp trường đợt 1 với 30 "
                "tiết dạy của giáo viên 7 tổ chuyên môn."
            ),
            "cover": (
                "/files/2026-09/thao-giang-cover.jpg",
                "Cô Huỳnh Thị Mai dạy tiết Ngữ văn lớp 10A4",
            ),
            "tags": ["gdpt-2018"],
            "nfd": True,
            "time": "14:02",
        },
    ),
    Story(
        id=72,
        slug="ngoai-khoa-em-yeu-lich-su-que-huong-danh-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa “Em yêu lịch sử quê hương” dành cho học sinh khối 10",
        cat="Hoạt động chuyên môn",
        published_at="2026-09-21",
        authors=["Huỳnh Ngọc Trâm"],
        photographers=["Đặng Gia Huy"],
        blocks=[
            P(
                "Nhằm giáo dục truyền thống và bồi dưỡng tình yêu quê hương cho học sinh, ngày "
                "19/9/2026, Tổ Sử - Địa - GDKT&PL tổ chức chương trình ngoại khóa “Em yêu lịch sử "
                "quê hương” cho 360 học sinh khối 10."
            ),
            P(
                "Chương trình gồm ba phần: tìm hiểu về các di tích lịch sử trên địa bàn tỉnh, sân "
                "khấu hóa một số sự kiện lịch sử tiêu biểu và phần thi hùng biện “Kể chuyện người "
                "anh hùng quê em”."
            ),
            Img(
                "/files/2026-09/ngoai-khoa-su-1.jpg",
                "Tiết mục sân khấu hóa của lớp 10A3",
                "Tiết mục sân khấu hóa của lớp 10A3",
                "figure",
            ),
            P(
                "Chia sẻ tại buổi ngoại khóa, cô Nguyễn Thị Phương Thảo, Tổ trưởng chuyên môn, "
                "nhắn nhủ:"
            ),
            P(
                "Lịch sử không chỉ nằm trong sách vở mà ở ngay những con đường, những tên đất, tên "
                "làng quanh chúng ta. Mong các em biết trân trọng và tiếp nối truyền thống ấy.",
                "quote",
            ),
            Img(
                "/files/2026-09/ngoai-khoa-su-2.jpg",
                "Ban tổ chức trao giải cho các đội đạt thành tích cao",
                "Ban tổ chức trao giải cho các đội đạt thành tích cao",
                "figure",
            ),
            P(
                "Kết thúc chương trình, lớp 10A3 đạt giải Nhất toàn đoàn, giải Nhì thuộc về các "
                "lớp 10A1 và 10A6."
            ),
            _right("Bài: Huỳnh Ngọc Trâm - Ảnh: Đặng Gia Huy"),
        ],
        opts={
            "ctype": "tin-tuc",
            "cat": "hoat-dong-chuyen-mon",
            "author_field": "",
            "cover": None,
            "tags": ["ngoai-khoa"],
            "time": "19:50",
        },
    ),
]

NOTICES: list[Story] = [
    Story(
        id=114,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-24",
        authors=["Tổ Giáo vụ"],
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số, "
            "áp dụng cho học sinh cả ba khối lớp."
        ),
        sapo_outside=True,
        blocks=[
            _head("Ngày", "Buổi", "Môn kiểm tra", "Thời gian làm bài"),
            _row("15/12/2026", "Sáng", "Ngữ văn", "90 phút"),
            _row("15/12/2026", "Chiều", "Lịch sử", "45 phút"),
            _row("16/12/2026", "Sáng", "Toán", "90 phút"),
            _row("16/12/2026", "Chiều", "Tiếng Anh", "60 phút"),
            _row("17/12/2026", "Sáng", "Các môn lựa chọn", "45 phút"),
            P(
                "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra tại lớp theo kế hoạch của tổ "
                "chuyên môn, hoàn thành trước ngày 12/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh. Danh sách phòng kiểm tra được niêm yết tại bảng tin nhà trường và trong tập "
                "tin đính kèm."
            ),
            _right("Tổ Giáo vụ"),
        ],
        opts={
            "ctype": "thong-bao",
            "author_field": "",
            "teaser": (
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm "
                "số, áp dụng cho học sinh cả ba khối lớp."
            ),
            "cover": None,
            "tags": ["kiem-tra"],
            "files": [
                (
                    "/files/2026-11/danh-sach-phong-kiem-tra-hk1-2026-2027.pdf",
                    "Danh sách phòng kiểm tra HK I",
                )
            ],
            "time": "10:30",
        },
    ),
    Story(
        id=106,
        slug="thong-bao-nghi-hoc-ngay-20-11-2026",
        title="Thông báo nghỉ học ngày 20/11/2026",
        cat="Thông báo",
        published_at="2026-11-10",
        authors=["Văn phòng"],
        blocks=[
            P(
                "Nhân kỷ niệm Ngày Nhà giáo Việt Nam, học sinh toàn trường được nghỉ học ngày Thứ "
                "Sáu, 20/11/2026."
            ),
            P("Học sinh đi học lại bình thường từ ngày Thứ Bảy, 21/11/2026."),
        ],
        opts={
            "ctype": "thong-bao",
            "author_field": "Văn phòng",
            "cover": None,
            "tags": [],
            "time": "08:00",
        },
    ),
    Story(
        id=95,
        slug="thong-bao-ve-viec-thu-ho-so-xet-hoc-bong-vuot-kho-hoc-tot-nam-2026",
        title="Thông báo về việc thu hồ sơ xét học bổng “Vượt khó học tốt” năm 2026",
        cat="Thông báo",
        published_at="2026-10-30",
        authors=["Lê Thị Mỹ Duyên"],
        summary=(
            "Nhà trường thông báo đến học sinh có hoàn cảnh khó khăn, có thành tích học tập tốt "
            "về việc nộp hồ sơ xét học bổng “Vượt khó học tốt” năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Hồ sơ gồm:"),
            _li("Đơn đề nghị xét học bổng (theo mẫu, nhận tại Văn phòng);"),
            _li("Bản sao giấy chứng nhận hộ nghèo hoặc hộ cận nghèo năm 2026 (nếu có);"),
            _li("Bản sao học bạ hoặc phiếu báo điểm năm học 2025 - 2026;"),
            _li("Xác nhận hoàn cảnh gia đình của UBND xã, phường nơi cư trú."),
            P(
                "Thời gian nhận hồ sơ: từ ngày 02/11 đến hết ngày 13/11/2026, tại Văn phòng nhà "
                "trường (gặp cô Mỹ Duyên)."
            ),
        ],
        opts={
            "ctype": "thong-bao",
            "author_field": "Lê Thị Mỹ Duyên",
            "teaser": (
                "Nhà trường thông báo đến học sinh có hoàn cảnh khó khăn, có thành tích học tập "
                "tốt về việc nộp hồ sơ xét học bổng “Vượt khó học tốt” năm 2026."
            ),
            "cover": None,
            "tags": ["hoc-bong"],
            "time": "09:45",
        },
    ),
    Story(
        id=84,
        slug="thong-bao-ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-10-14",
        authors=[],
        blocks=[
            P(
                "Nhà trường thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - "
                "2027. Giáo viên chủ nhiệm phổ biến đến học sinh và gửi danh sách vận động viên về "
                "Tổ Giáo dục thể chất trước ngày 25/10/2026."
            ),
            P("Chi tiết xem tập tin đính kèm."),
            Raw(
                '<p>File đính kèm: <a href="/files/2026-10/ke-hoach-hkpd-2026-2027.pdf">'
                "ke-hoach-hkpd-2026-2027.pdf</a></p>"
            ),
        ],
        opts={
            "ctype": "thong-bao",
            "author_field": "",
            "cover": None,
            "tags": [],
            "files": [("/files/2026-10/ke-hoach-hkpd-2026-2027.pdf", "Kế hoạch Hội khỏe Phù Đổng")],
            "time": "15:10",
        },
    ),
]

RECORDS: list[Story] = ENTRIES + NOTICES
BY_ID = {s.id: s for s in RECORDS}

#: Bolt ``pages`` records: slug -> (id, title, body HTML). Static pages, not articles.
PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (
        1,
        "Giới thiệu chung",
        "<p>Trường THPT Hòa Bình được thành lập năm 1992 trên cơ sở nâng cấp từ Trường Cấp 2 - 3 "
        "Hòa Bình. Qua hơn 30 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 15.000 học "
        "sinh, nhiều thế hệ học sinh đã trưởng thành và đóng góp cho quê hương.</p>"
        "<p>Năm học 2026 - 2027, trường có 36 lớp với 1.412 học sinh; 86 cán bộ, giáo viên, nhân "
        "viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và được công nhận đạt kiểm định chất "
        "lượng giáo dục cấp độ 3 năm 2024.</p>"
        "<h3>Sứ mạng</h3><p>Xây dựng môi trường học tập thân thiện, kỷ cương, giúp mỗi học sinh "
        "phát triển toàn diện và có khả năng tự học suốt đời.</p>",
    ),
    "co-cau-to-chuc": (
        2,
        "Cơ cấu tổ chức",
        "<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: Thầy Trần Văn Hùng</li>"
        "<li>Phó Hiệu trưởng: Thầy Phan Quốc Việt</li><li>Phó Hiệu trưởng: Cô Đinh Thị Bích Liên"
        "</li></ul><h3>Các tổ chuyên môn</h3><ul><li>Tổ Toán - Tin</li><li>Tổ Ngữ văn</li>"
        "<li>Tổ Vật lí - Công nghệ</li><li>Tổ Hóa - Sinh</li><li>Tổ Sử - Địa - GDKT&amp;PL</li>"
        "<li>Tổ Ngoại ngữ</li><li>Tổ Giáo dục thể chất - GDQP&amp;AN</li></ul>"
        "<h3>Tổ Văn phòng</h3><p>Kế toán, văn thư, thư viện, thiết bị, y tế, bảo vệ.</p>",
    ),
    "doi-ngu-giao-vien": (
        3,
        "Đội ngũ giáo viên",
        '<table class="table table-bordered"><thead><tr><th>Tổ chuyên môn</th><th>Số giáo viên'
        "</th><th>Thạc sĩ</th></tr></thead><tbody><tr><td>Toán - Tin</td><td>14</td><td>5</td>"
        "</tr><tr><td>Ngữ văn</td><td>10</td><td>3</td></tr><tr><td>Vật lí - Công nghệ</td>"
        "<td>9</td><td>2</td></tr><tr><td>Hóa - Sinh</td><td>11</td><td>4</td></tr><tr><td>Sử - "
        "Địa - GDKT&amp;PL</td><td>12</td><td>2</td></tr><tr><td>Ngoại ngữ</td><td>9</td>"
        "<td>3</td></tr><tr><td>GDTC - GDQP&amp;AN</td><td>7</td><td>0</td></tr></tbody></table>",
    ),
    "van-ban": (
        4,
        "Văn bản",
        '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Trích yếu</th>'
        "<th>Tải về</th></tr></thead><tbody>"
        "<tr><td>125/KH-THPTHB</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td>"
        '<td><a href="/files/van-ban/kh-giao-duc-2026-2027.pdf">PDF</a></td></tr>'
        "<tr><td>131/QĐ-THPTHB</td><td>Quyết định thành lập các tổ chuyên môn năm học 2026 - "
        '2027</td><td><a href="/files/van-ban/qd-to-chuyen-mon-2026.pdf">PDF</a></td></tr>'
        "<tr><td>09/QC-THPTHB</td><td>Quy chế chi tiêu nội bộ năm 2026</td>"
        '<td><a href="/files/van-ban/quy-che-chi-tieu-noi-bo-2026.pdf">PDF</a></td></tr>'
        "<tr><td>02/NQ-HĐT</td><td>Nghị quyết Hội đồng trường năm học 2026 - 2027</td>"
        '<td><a href="/files/van-ban/nq-hoi-dong-truong-2026.pdf">PDF</a></td></tr>'
        "</tbody></table>",
    ),
    "thu-vien-anh": (
        5,
        "Thư viện ảnh",
        "<p>Một số hình ảnh hoạt động của nhà trường năm học 2026 - 2027.</p>"
        '<div class="row g-2 gallery">'
        + "".join(
            f'<div class="col-6 col-md-3"><a href="/thumbs/1200×900×max/2026-{m}/album-{i}.jpg"'
            f' data-fancybox="album"><img class="img-fluid rounded" '
            f'src="/thumbs/400×300×crop/2026-{m}/album-{i}.jpg" alt="Album {i}"></a></div>'
            for i, m in enumerate(["09", "09", "10", "10", "11", "11", "11", "11"], 1)
        )
        + "</div>",
    ),
    "lien-he": (
        6,
        "Liên hệ",
        "<p><strong>Trường THPT Hòa Bình</strong></p><p>Địa chỉ: Ấp Hòa Thuận, xã Hòa Bình, "
        "tỉnh Vĩnh Long</p><p>Điện thoại: 0270 3912 345 - Email: thpthoabinh@vinhlong.edu.vn</p>"
        '<form method="post" action="/page/lien-he" class="mt-3"><div class="mb-2"><input '
        'class="form-control" name="name" placeholder="Họ và tên"></div><div class="mb-2">'
        '<textarea class="form-control" name="message" rows="4" placeholder="Nội dung">'
        '</textarea></div><button class="btn btn-success" type="submit">Gửi liên hệ</button>'
        "</form>",
    ),
}

NON_ARTICLES = [f"/page/{slug}" for slug in PAGES]


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    ctype = story.opts["ctype"]
    path = f"/{ctype}/{story.slug}"
    return gold_record(story, path, story.cat, alt_paths=[f"/{ctype}/{story.id}"])


GOLD = [_gold(s) for s in RECORDS]


# --- printing helpers --------------------------------------------------------------------------


def _dmy(iso_day: str) -> str:
    y, m, d = iso_day.split("-")
    return f"{d}/{m}/{y}"


def _link(story: Story) -> str:
    """Bolt's ``record|link``: the slug route."""
    return f"/{story.opts['ctype']}/{story.slug}"


def _txt(story: Story, value: str) -> str:
    """Field text as stored: escaped, decomposed when it was pasted so, ``&nbsp;`` kept."""
    return text(value, nfd=bool(story.opts.get("nfd"))).replace("\xa0", "&nbsp;")


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at or "", s.id), reverse=True)


def _thumb(file_path: str, size: str) -> str:
    """Bolt's ``thumbnail`` filter: /files/2026-11/a.jpg -> /thumbs/400×300×crop/2026-11/a.jpg."""
    return "/thumbs/" + size + "/" + file_path.removeprefix("/files/")


def _plain(story: Story) -> str:
    """What Bolt's ``excerpt`` and the search read: teaser and body text, tags stripped."""
    parts = [story.opts.get("teaser") or ""]
    parts += [b.text for b in story.blocks if isinstance(b, P)]
    return collapse(" ".join(parts))


def _excerpt(story: Story, length: int = 140) -> str:
    body = collapse(" ".join(b.text for b in story.blocks if isinstance(b, P)))
    if len(body) <= length:
        return body
    return body[:length].rsplit(" ", 1)[0] + "…"


def _card_image(story: Story) -> str:
    cover = story.opts.get("cover")
    if cover:
        return _thumb(cover[0], "400×300×crop")
    return f"{THEME}/images/no-image.jpg"


def _card(story: Story) -> str:
    link = _link(story)
    teaser = story.opts.get("teaser")
    card_text = _txt(story, teaser) if teaser else esc(_excerpt(story))
    return (
        '<div class="col-md-4 mb-4"><div class="card h-100 shadow-sm">'
        f'<a href="{link}"><img class="card-img-top" src="{_card_image(story)}" '
        f'alt="{esc(story.title)}" loading="lazy"></a>'
        f'<div class="card-body"><h5 class="card-title"><a href="{link}" '
        f'class="text-decoration-none text-dark">{esc(story.title)}</a></h5>'
        f'<p class="card-text small">{card_text}</p>'
        f'<small class="text-muted"><i class="bi bi-calendar3"></i> {_dmy(story.published_at)}'
        "</small></div></div></div>"
    )


def _pager(base: str, param: str, current: int, total: int, per_page: int, extra: str = "") -> str:
    """The theme's ``_pager.twig``: «, numbers, and a » that always links to current + 1."""
    pages = max(1, -(-total // per_page))
    if total <= per_page:
        return ""

    def href(n: int) -> str:
        return f"{base}?{extra}{param}={n}"

    items = []
    if current > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(current - 1)}">«</a></li>'
        )
    else:
        items.append('<li class="page-item disabled"><span class="page-link">«</span></li>')
    for n in range(1, pages + 1):
        if n == current:
            items.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{n}'
                "</span></li>"
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>'
            )
    items.append(
        f'<li class="page-item"><a class="page-link" href="{href(current + 1)}">»</a></li>'
    )
    return (
        '<nav aria-label="Phân trang" class="mt-3"><ul class="pagination justify-content-center">'
        + "".join(items)
        + "</ul></nav>"
    )


def _page_number(request: Request, param: str) -> int:
    raw = request.params.get(param, "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    out = []
    for label, href in items:
        if href:
            out.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            out.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return '<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(out) + "</ol></nav>"


# --- layout ------------------------------------------------------------------------------------

_MENU = (
    '<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container">'
    '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
    'data-bs-target="#mainMenu" aria-label="Menu"><span class="navbar-toggler-icon"></span>'
    '</button><div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav me-auto">'
    '<li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door"></i> Trang chủ'
    '</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" '
    'data-bs-toggle="dropdown">Giới thiệu</a><ul class="dropdown-menu">'
    '<li><a class="dropdown-item" href="/page/gioi-thieu">Giới thiệu chung</a></li>'
    '<li><a class="dropdown-item" href="/page/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
    '<li><a class="dropdown-item" href="/page/doi-ngu-giao-vien">Đội ngũ giáo viên</a></li>'
    '</ul></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/tin-tuc" '
    'data-bs-toggle="dropdown">Tin tức</a><ul class="dropdown-menu">'
    '<li><a class="dropdown-item" href="/tin-tuc">Tất cả tin tức</a></li>'
    + "".join(
        f'<li><a class="dropdown-item" href="/danh-muc/{slug}">{esc(name)}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    + '</ul></li><li class="nav-item"><a class="nav-link" href="/thong-bao">Thông báo</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/page/van-ban">Văn bản</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/page/thu-vien-anh">Thư viện ảnh</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/page/lien-he">Liên hệ</a></li></ul>'
    '<form class="d-flex" method="get" action="/search" role="search">'
    '<input class="form-control form-control-sm me-1" type="search" name="searchTerm" '
    'placeholder="Tìm kiếm..." aria-label="Tìm kiếm"><button class="btn btn-sm btn-light" '
    'type="submit"><i class="bi bi-search"></i></button></form></div></div></nav>'
)

_LINKS = [
    ("https://moet.gov.vn", "lk-bo-gddt.png", "Bộ Giáo dục và Đào tạo"),
    ("https://sgddt.vinhlong.gov.vn", "lk-so-gddt.png", "Sở GD&ĐT Vĩnh Long"),
    ("https://vinhlong.gov.vn", "lk-ubnd.png", "Cổng TTĐT tỉnh Vĩnh Long"),
    ("https://thituyensinh.vinhlong.edu.vn", "lk-tuyen-sinh.png", "Tuyển sinh 10"),
]

_POPULAR_SEARCHES = ["học sinh", "thông báo", "học bổng"]


def _sidebar() -> str:
    latest = "".join(
        f'<li class="list-group-item"><a href="{_link(s)}" class="text-decoration-none">'
        f'{esc(s.title)}</a> <small class="text-muted">({_dmy(s.published_at)[:5]})</small></li>'
        for s in _newest(ENTRIES)[:5]
    )
    searches = " ".join(
        f'<a class="btn btn-sm btn-outline-secondary mb-1" '
        f'href="/search?searchTerm={quote_plus(term)}">{esc(term)}</a>'
        for term in _POPULAR_SEARCHES
    )
    cloud = " ".join(
        f'<a class="badge bg-light text-dark text-decoration-none" href="/tags/{slug}">'
        f"#{esc(name)}</a>"
        for slug, name in TAGS.items()
    )
    options = "".join(
        f'<option value="{url}">{esc(label)}</option>' for url, _logo, label in _LINKS
    )
    return (
        '<div class="card mb-4 widget-latest"><div class="card-header bg-success text-white">'
        '<i class="bi bi-newspaper"></i> Tin mới</div><ul class="list-group list-group-flush">'
        f"{latest}</ul></div>"
        '<div class="card mb-4 widget-search"><div class="card-header">Tìm kiếm nhiều</div>'
        f'<div class="card-body">{searches}</div></div>'
        '<div class="card mb-4 widget-tags"><div class="card-header">Từ khóa</div>'
        f'<div class="card-body">{cloud}</div></div>'
        '<div class="card mb-4 widget-links"><div class="card-header">Liên kết website</div>'
        '<div class="card-body"><select class="form-select" '
        "onchange=\"if(this.value) window.open(this.value, '_blank')\">"
        f'<option value="">-- Chọn liên kết --</option>{options}</select></div></div>'
        '<div class="card mb-4 widget-video"><div class="card-header">Video clip</div>'
        '<div class="card-body ratio ratio-16x9"><iframe '
        'src="https://www.youtube.com/embed/Xw3a1c9Qe2s" title="Giới thiệu Trường THPT Hòa Bình"'
        " allowfullscreen></iframe></div></div>"
    )


def _footer() -> str:
    return (
        '<footer class="site-footer bg-dark text-light pt-4 pb-2 mt-5"><div class="container">'
        '<div class="row"><div class="col-md-6"><h5 class="text-uppercase">Trường THPT Hòa Bình'
        '</h5><p class="small mb-1">Địa chỉ: Ấp Hòa Thuận, xã Hòa Bình, tỉnh Vĩnh Long</p>'
        '<p class="small mb-1">Điện thoại: 0270 3912 345 - Email: thpthoabinh@vinhlong.edu.vn'
        '</p><p class="small mb-1">Chịu trách nhiệm nội dung: Thầy Trần Văn Hùng - Hiệu '
        'trưởng</p></div><div class="col-md-3"><h6>Truy cập nhanh</h6><ul class="list-unstyled '
        'small"><li><a class="text-light" href="/tin-tuc">Tin tức</a></li><li><a '
        'class="text-light" href="/thong-bao">Thông báo</a></li><li><a class="text-light" '
        'href="/page/van-ban">Văn bản</a></li><li><a class="text-light" href="/page/lien-he">'
        'Liên hệ</a></li></ul></div><div class="col-md-3"><h6>Thống kê truy cập</h6>'
        '<ul class="list-unstyled small counter"><li><i class="bi bi-person-check"></i> Đang '
        'online: 12</li><li><i class="bi bi-calendar-day"></i> Hôm nay: 347</li><li><i '
        'class="bi bi-bar-chart"></i> Lượt truy cập: 123.456</li></ul></div></div>'
        '<hr class="border-secondary"><div class="d-flex justify-content-between small">'
        "<span>© 2023 - 2026 Trường THPT Hòa Bình. Thiết kế: Nguyễn Tấn Lộc - cựu học sinh "
        'khóa 2017 - 2020.</span><span><a class="text-secondary" href="/bolt/login">Quản trị</a>'
        ' · Powered by <a class="text-secondary" href="https://boltcms.io">Bolt</a></span>'
        "</div></div></footer>"
    )


def _layout(
    request: Request,
    title: str,
    main: str,
    canonical: str,
    *,
    description: str = "",
    og_image: str | None = None,
    og_type: str = "website",
) -> str:
    base = base_url(request)
    og = (
        f'<meta property="og:title" content="{esc(title)}">'
        f'<meta property="og:type" content="{og_type}">'
        f'<meta property="og:url" content="{base}{canonical}">'
        f'<meta property="og:site_name" content="{SITE_NAME}">'
    )
    if description:
        og += f'<meta property="og:description" content="{esc(description)}">'
    if og_image:
        og += f'<meta property="og:image" content="{base}{og_image}">'
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} | {SITE_NAME}</title>\n"
        f'<meta name="description" content="{esc(description or SITE_NAME)}">\n'
        f"{og}\n"
        f'<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css">\n'
        f'<link rel="stylesheet" href="{THEME}/css/bootstrap-icons.css">\n'
        f'<link rel="stylesheet" href="{THEME}/css/style.css?v=1.4.2">\n'
        f'<link rel="icon" href="{THEME}/images/favicon.png">\n'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức - Trường THPT Hòa Bình"'
        ' href="/rss.xml">\n'
        '<meta name="generator" content="Bolt">\n'
        f'<link rel="canonical" href="{base}{canonical}">\n'
        "</head>\n<body>\n"
        '<div class="topbar bg-success bg-gradient text-white small py-1"><div class="container '
        f'd-flex justify-content-between"><span><i class="bi bi-calendar-event"></i> {TODAY}'
        '</span><span><i class="bi bi-telephone"></i> 0270 3912 345 &nbsp;|&nbsp; <i '
        'class="bi bi-envelope"></i> thpthoabinh@vinhlong.edu.vn</span></div></div>\n'
        '<header class="site-header py-3 bg-white"><div class="container"><a href="/" '
        'class="d-flex align-items-center text-decoration-none"><img '
        f'src="{THEME}/images/logo-thpt-hoa-binh.png" alt="Logo Trường THPT Hòa Bình" '
        'height="72"><div class="ms-3"><div class="small text-uppercase text-secondary">Sở Giáo '
        'dục và Đào tạo tỉnh Vĩnh Long</div><div class="h4 mb-0 text-success fw-bold">TRƯỜNG '
        'THPT HÒA BÌNH</div><div class="small fst-italic text-secondary">Kỷ cương - Tình '
        "thương - Trách nhiệm</div></div></a></div></header>\n"
        f"{_MENU}\n"
        '<main class="container my-4"><div class="row"><div class="col-lg-8">\n'
        f"{main}\n"
        f'</div><aside class="col-lg-4 sidebar">{_sidebar()}</aside></div></main>\n'
        f"{_footer()}\n"
        f'<script src="{THEME}/js/bootstrap.bundle.min.js"></script>\n'
        f'<script src="{THEME}/js/fancybox.umd.js"></script>\n'
        "</body>\n</html>\n"
    )


# --- record pages ------------------------------------------------------------------------------


def _paragraph(story: Story, block: P) -> str:
    body = _txt(story, block.text)
    if block.style.startswith("link:"):
        href, anchor = block.style.removeprefix("link:").split("|", 1)
        body = body.replace(esc(anchor), f'<a href="{href}" target="_blank">{esc(anchor)}</a>', 1)
    return body


def _body_html(story: Story) -> str:
    """The ``body`` field as Redactor stored it."""
    out: list[str] = []
    open_tag = ""

    def close() -> None:
        nonlocal open_tag
        if open_tag == "table":
            out.append("</tbody></table>")
        elif open_tag:
            out.append(f"</{open_tag}>")
        open_tag = ""

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("li", "oli"):
            tag = "ul" if block.style == "li" else "ol"
            if open_tag != tag:
                close()
                out.append(f"<{tag}>")
                open_tag = tag
            out.append(f"<li>{_txt(story, block.text)}</li>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            cells = block.text.split(" | ")
            if block.style == "th":
                close()
                out.append('<table class="table table-bordered table-sm"><thead><tr>')
                out.append("".join(f"<th>{_txt(story, c)}</th>" for c in cells))
                out.append("</tr></thead><tbody>")
                open_tag = "table"
            else:
                out.append("<tr>" + "".join(f"<td>{_txt(story, c)}</td>" for c in cells) + "</tr>")
            continue
        close()
        if isinstance(block, Img):
            if block.style == "cover":
                continue  # printed after the body, from the image field
            cap = f"<figcaption>{_txt(story, block.printed)}</figcaption>" if block.printed else ""
            out.append(f'<figure class="image"><img src="{block.src}" alt="">{cap}</figure>')
        elif isinstance(block, Raw):
            out.append(block.html)
        elif block.style in ("h2", "h3"):
            out.append(f"<{block.style}>{_txt(story, block.text)}</{block.style}>")
        elif block.style == "quote":
            out.append(f"<blockquote><p><em>{_txt(story, block.text)}</em></p></blockquote>")
        else:
            out.append(f"<p>{_paragraph(story, block)}</p>")
    close()
    return "\n".join(out)


def _cover_html(story: Story) -> str:
    cover = story.opts.get("cover")
    if not cover:
        return ""
    src, alt = cover
    line = alt or src.rsplit("/", 1)[-1]  # the theme's alt|default(filename)
    return (
        '<div class="record-image my-4 text-center">'
        f'<a href="{_thumb(src, "1200×900×max")}" data-fancybox="record">'
        f'<img src="{src}" alt="{esc(alt)}" class="img-fluid rounded"></a>'
        f'<small class="text-muted d-block mt-1">{esc(line)}</small></div>'
    )


def _files_html(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    items = "".join(
        f'<li><a href="{path}" target="_blank"><i class="bi bi-file-earmark-pdf text-danger"></i> '
        f'{esc(label)}</a> <small class="text-muted">(PDF)</small></li>'
        for path, label in files
    )
    return (
        '<div class="record-files border rounded p-3 my-3"><h6 class="mb-2"><i '
        f'class="bi bi-paperclip"></i> Tập tin đính kèm</h6><ul class="mb-0">{items}</ul></div>'
    )


def _tags_html(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    links = " ".join(
        f'<a class="badge bg-light text-dark border text-decoration-none" href="/tags/{t}">'
        f"{esc(TAGS[t])}</a>"
        for t in tags
    )
    return f'<div class="record-tags my-3"><i class="bi bi-tags"></i> Từ khóa: {links}</div>'


def _share_html(request: Request, story: Story) -> str:
    url = quote(base_url(request) + _link(story), safe="")
    return (
        '<div class="record-share my-3 small"><span class="me-2">Chia sẻ:</span>'
        f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}"'
        ' target="_blank"><i class="bi bi-facebook"></i> Facebook</a> '
        f'<a class="btn btn-sm btn-info text-white" href="https://zalo.me/share?url={url}" '
        'target="_blank">Zalo</a> <a class="btn btn-sm btn-outline-secondary" href="#" '
        'onclick="window.print();return false;"><i class="bi bi-printer"></i> In trang</a></div>'
    )


def _siblings(story: Story) -> list[Story]:
    return _newest(ENTRIES if story.opts["ctype"] == "tin-tuc" else NOTICES)


def _prev_next(story: Story) -> str:
    """Bolt's ``record|previous`` / ``record|next`` by publishedAt within the content type."""
    order = _siblings(story)
    i = order.index(story)
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    left = (
        f'<a href="{_link(older)}" class="text-decoration-none">« Bài trước<br><small>'
        f"{esc(older.title)}</small></a>"
        if older
        else "<span></span>"
    )
    right = (
        f'<a href="{_link(newer)}" class="text-decoration-none text-end">Bài sau »<br><small>'
        f"{esc(newer.title)}</small></a>"
        if newer
        else "<span></span>"
    )
    return f'<nav class="prev-next d-flex justify-content-between border-top pt-3 my-4">{left}{right}</nav>'


def _related(story: Story) -> list[Story]:
    pool = [s for s in _siblings(story) if s is not story]
    same = [s for s in pool if s.opts.get("cat") and s.opts.get("cat") == story.opts.get("cat")]
    rest = [s for s in pool if s not in same]
    return (same + rest)[:3]


def _record_page(request: Request, story: Story) -> Response:
    ctype = story.opts["ctype"]
    type_name = CONTENT_TYPES[ctype][0]
    badge = ""
    if story.opts.get("cat"):
        slug = story.opts["cat"]
        badge = (
            f'<a class="badge bg-success text-decoration-none mb-2" href="/danh-muc/{slug}">'
            f"{esc(CATEGORIES[slug])}</a>"
        )
    meta = [f'<span class="me-3"><i class="bi bi-calendar3"></i> {_dmy(story.published_at)}</span>']
    if story.opts.get("author_field"):
        meta.append(
            f'<span class="me-3"><i class="bi bi-person"></i> {esc(story.opts["author_field"])}'
            "</span>"
        )
    teaser = story.opts.get("teaser")
    lead = f'<p class="lead fw-semibold">{_txt(story, teaser)}</p>' if teaser else ""
    related = "".join(_card(s) for s in _related(story))
    main = (
        _breadcrumb(("Trang chủ", "/"), (type_name, f"/{ctype}"), (story.title, None))
        + f'<article class="record record-{ctype}">{badge}'
        + f'<h1 class="record-title h2 fw-bold">{esc(story.title)}</h1>'
        + f'<div class="record-meta text-muted small mb-3">{"".join(meta)}</div>'
        + lead
        + f'<div class="record-body">\n{_body_html(story)}\n</div>'
        + _cover_html(story)
        + _files_html(story)
        + _tags_html(story)
        + _share_html(request, story)
        + "</article>"
        + _prev_next(story)
        + '<section class="related-records"><h4 class="border-bottom pb-2 mb-3">Tin liên quan'
        + f'</h4><div class="row">{related}</div></section>'
    )
    cover = story.opts.get("cover")
    page = _layout(
        request,
        story.title,
        main,
        _link(story),
        description=collapse(teaser) if teaser else _excerpt(story),
        og_image=cover[0] if cover else None,
        og_type="article",
    )
    return html(page)


# --- listings ----------------------------------------------------------------------------------


def _listing(
    request: Request,
    *,
    heading: str,
    crumbs: list[tuple[str, str | None]],
    stories: list[Story],
    base: str,
    param: str,
    per_page: int,
    canonical: str,
    intro: str = "",
) -> Response:
    page = _page_number(request, param)
    chunk = stories[(page - 1) * per_page : page * per_page]
    if chunk:
        cards = '<div class="row">' + "".join(_card(s) for s in chunk) + "</div>"
    else:
        cards = '<div class="alert alert-light border">Không có bài viết nào.</div>'
    main = (
        _breadcrumb(*crumbs)
        + f'<h1 class="h3 border-bottom pb-2 mb-4 text-success">{esc(heading)}</h1>'
        + intro
        + cards
        + _pager(base, param, page, len(stories), per_page)
    )
    return html(_layout(request, heading, main, canonical))


def _content_listing(request: Request, ctype: str) -> Response:
    name, param = CONTENT_TYPES[ctype]
    return _listing(
        request,
        heading=name,
        crumbs=[("Trang chủ", "/"), (name, None)],
        stories=_newest(ENTRIES if ctype == "tin-tuc" else NOTICES),
        base=f"/{ctype}",
        param=param,
        per_page=PER_PAGE,
        canonical=f"/{ctype}",
    )


def _category_listing(request: Request, slug: str) -> Response | None:
    name = CATEGORIES.get(slug)
    if name is None:
        return None
    return _listing(
        request,
        heading=name,
        crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (name, None)],
        stories=_newest([s for s in ENTRIES if s.opts["cat"] == slug]),
        base=f"/danh-muc/{slug}",
        param="page_tin-tuc",
        per_page=PER_TAXONOMY_PAGE,
        canonical=f"/danh-muc/{slug}",
    )


def _tag_listing(request: Request, slug: str) -> Response | None:
    name = TAGS.get(slug)
    if name is None:
        return None
    return _listing(
        request,
        heading=f"Từ khóa: {name}",
        crumbs=[("Trang chủ", "/"), (f"Từ khóa: {name}", None)],
        stories=_newest([s for s in RECORDS if slug in (s.opts.get("tags") or [])]),
        base=f"/tags/{slug}",
        param="page_tin-tuc",
        per_page=PER_PAGE,
        canonical=f"/tags/{slug}",
    )


def _search(request: Request) -> Response:
    term = collapse(request.params.get("searchTerm", ""))
    folded = unicodedata.normalize("NFC", term).casefold()
    form = (
        '<form class="d-flex mb-4" method="get" action="/search"><input class="form-control '
        f'me-2" type="search" name="searchTerm" value="{esc(term)}" placeholder="Nhập từ khóa">'
        '<button class="btn btn-success" type="submit">Tìm</button></form>'
    )
    if not folded:
        main = _breadcrumb(("Trang chủ", "/"), ("Tìm kiếm", None)) + form
        return html(_layout(request, "Tìm kiếm", main, "/search"))
    hits = [s for s in _newest(RECORDS) if folded in (s.title + " " + _plain(s)).casefold()]
    page = _page_number(request, "page_search")
    chunk = hits[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f'<div class="search-result border-bottom py-2"><h5 class="mb-1"><a href="{_link(s)}">'
        f'{esc(s.title)}</a></h5><p class="small mb-1">{esc(_excerpt(s, 180))}</p>'
        f'<small class="text-muted">{CONTENT_TYPES[s.opts["ctype"]][0]} · '
        f"{_dmy(s.published_at)}</small></div>"
        for s in chunk
    )
    main = (
        _breadcrumb(("Trang chủ", "/"), ("Tìm kiếm", None))
        + form
        + f'<p class="text-muted">Tìm thấy {len(hits)} kết quả cho “{esc(term)}”.</p>'
        + (rows or '<div class="alert alert-light border">Không có kết quả phù hợp.</div>')
        + _pager(
            "/search",
            "page_search",
            page,
            len(hits),
            PER_PAGE,
            extra=f"searchTerm={quote_plus(term)}&amp;",
        )
    )
    return html(_layout(request, f"Tìm kiếm: {term}", main, "/search"))


# --- home and pages ----------------------------------------------------------------------------

FEATURED = [112, 109, 98]


def _home(request: Request) -> Response:
    slides = []
    for i, sid in enumerate(FEATURED):
        s = BY_ID[sid]
        img = _thumb(s.opts["cover"][0], "1200×500×crop")
        slides.append(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="/tin-tuc/{s.id}">'
            f'<img src="{img}" class="d-block w-100" alt="{esc(s.title)}"></a>'
            '<div class="carousel-caption d-none d-md-block bg-dark bg-opacity-50 rounded">'
            f'<h5><a class="text-white" href="/tin-tuc/{s.id}">{esc(s.title)}</a></h5>'
            f"<p>{_txt(s, s.opts.get('teaser') or _excerpt(s))}</p></div></div>"
        )
    carousel = (
        '<section class="featured mb-4"><h2 class="h5 text-success text-uppercase">'
        '<i class="bi bi-star-fill"></i> Tin nổi bật</h2><div id="carouselNoiBat" '
        'class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">'
        + "".join(slides)
        + '</div><button class="carousel-control-prev" type="button" '
        'data-bs-target="#carouselNoiBat" data-bs-slide="prev"><span '
        'class="carousel-control-prev-icon"></span></button><button '
        'class="carousel-control-next" type="button" data-bs-target="#carouselNoiBat" '
        'data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>'
        "</section>"
    )
    latest = (
        '<section class="latest mb-4"><div class="d-flex justify-content-between '
        'align-items-center border-bottom mb-3"><h2 class="h5 text-success text-uppercase">Tin '
        'mới nhất</h2><a href="/tin-tuc" class="small">Xem tất cả »</a></div><div class="row">'
        + "".join(_card(s) for s in _newest(ENTRIES)[:PER_PAGE])
        + "</div></section>"
    )
    notices = (
        '<section class="notices mb-4"><div class="d-flex justify-content-between '
        'align-items-center border-bottom mb-2"><h2 class="h5 text-success text-uppercase">'
        'Thông báo</h2><a href="/thong-bao" class="small">Xem tất cả »</a></div>'
        '<ul class="list-unstyled">'
        + "".join(
            f'<li class="py-1"><i class="bi bi-megaphone text-danger"></i> <a href="{_link(s)}">'
            f'{esc(s.title)}</a> <small class="text-muted">({_dmy(s.published_at)})</small></li>'
            for s in _newest(NOTICES)
        )
        + "</ul></section>"
    )
    logos = (
        '<section class="partners mb-4"><h2 class="h6 text-uppercase border-bottom pb-2">'
        'Liên kết</h2><div class="row g-2">'
        + "".join(
            f'<div class="col-6 col-md-3"><a href="{url}" target="_blank" rel="noopener">'
            f'<img class="img-fluid border rounded" src="{THEME}/images/{logo}" '
            f'alt="{esc(label)}"></a></div>'
            for url, logo, label in _LINKS
        )
        + "</div></section>"
    )
    page = _layout(
        request,
        "Trang chủ",
        carousel + latest + notices + logos,
        "/",
        description="Cổng thông tin điện tử Trường THPT Hòa Bình, tỉnh Vĩnh Long",
    )
    return html(page)


def _static_page(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    _pid, title, body = PAGES[slug]
    notice = ""
    if request.method == "POST":
        notice = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ!</div>'
    main = (
        _breadcrumb(("Trang chủ", "/"), (title, None))
        + f'<article class="page"><h1 class="h3 text-success border-bottom pb-2 mb-3">{esc(title)}'
        + f'</h1>{notice}<div class="page-body">{body}</div></article>'
    )
    return html(_layout(request, title, main, f"/page/{slug}"))


# --- feeds, admin, errors ----------------------------------------------------------------------


def _rfc822(story: Story) -> str:
    day = datetime.date.fromisoformat(story.published_at)
    hh, mm = story.opts.get("time", "08:00").split(":")
    return day.strftime("%a, %d %b %Y ") + f"{hh}:{mm}:00 +0700"


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title>"
        f"<link>{base}/{s.opts['ctype']}/{s.id}</link>"
        f'<guid isPermaLink="false">{s.opts["ctype"]}-{s.id}</guid>'
        f"<description>{esc(collapse(s.opts.get('teaser') or _excerpt(s)))}</description>"
        f"<pubDate>{_rfc822(s)}</pubDate></item>\n"
        for s in _newest(RECORDS)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE_NAME}</title><link>{base}/</link>"
        "<description>Tin tức, thông báo Trường THPT Hòa Bình</description>"
        f"<language>vi</language>\n{items}</channel></rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [f"{base}/"]
    urls += [f"{base}{_link(s)}" for s in _newest(RECORDS)]
    urls += [f"{base}/page/{slug}" for slug in PAGES]
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{u}</loc></url>\n" for u in urls)
        + "</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _robots(request: Request) -> Response:
    body = f"User-agent: *\nDisallow: /bolt/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _login() -> Response:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Bolt'
        '</title><link rel="stylesheet" href="/assets/bolt.css"></head><body class="login">'
        '<div class="login-container"><img src="/assets/images/bolt_logo_dashboard.svg" '
        'alt="Bolt"><h1>Đăng nhập</h1><form method="post" action="/bolt/login">'
        '<label for="login_form_username">Tên người dùng</label><input type="text" '
        'id="login_form_username" name="login_form[username]"><label '
        'for="login_form_password">Mật khẩu</label><input type="password" '
        'id="login_form_password" name="login_form[password]"><input type="hidden" '
        'name="login_form[_token]" value="Z7c2l8bQv0oU1rN3xK5yH9tA4eW6sD2f"><button '
        'type="submit">Đăng nhập</button></form><a href="/bolt/resetpassword">Quên mật khẩu?</a>'
        '<p class="small">Bolt 5.2.2 - <a href="/">Về trang web</a></p></div></body></html>'
    )
    return html(page)


def _forbidden() -> Response:
    page = (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Access Denied. (403 '
        "Forbidden)</title></head><body><h1>Oops! An Error Occurred</h1><h2>The server "
        'returned a "403 Forbidden".</h2><p>Access Denied.</p></body></html>'
    )
    return html(page, status=403)


def _not_found(request: Request) -> Response:
    main = (
        _breadcrumb(("Trang chủ", "/"), ("404", None))
        + '<div class="text-center py-5"><h1 class="display-4">404</h1><p>Không tìm thấy '
        'trang bạn yêu cầu.</p><a class="btn btn-success" href="/">Về trang chủ</a></div>'
    )
    return html(_layout(request, "Không tìm thấy trang", main, request.path), status=404)


# --- the site ----------------------------------------------------------------------------------

_RECORD = re.compile(r"^/(tin-tuc|thong-bao)/([^/]+)$")
_BY_SLUG = {(s.opts["ctype"], s.slug): s for s in RECORDS}


class BoltSite:
    """Routes as Bolt 5's frontend controllers answer them, through the theme above."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/"), 301)  # Symfony drops the trailing slash
        if path.startswith(("/files/", "/thumbs/", "/theme/", "/assets/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return _home(request)
        if path == "/robots.txt":
            return _robots(request)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/rss.xml":
            return _rss(request)
        if path == "/bolt" or path.startswith("/bolt/"):
            if path == "/bolt/login":
                return _login()
            return redirect("/bolt/login")
        if path.startswith("/preview/"):
            return _forbidden()
        if path in ("/tin-tuc", "/thong-bao"):
            return _content_listing(request, path[1:])
        if path == "/search":
            return _search(request)
        if path.startswith("/danh-muc/"):
            return _category_listing(request, path.removeprefix("/danh-muc/")) or _not_found(
                request
            )
        if path.startswith("/tags/"):
            return _tag_listing(request, path.removeprefix("/tags/")) or _not_found(request)
        if path.startswith("/page/"):
            return _static_page(request, path.removeprefix("/page/")) or _not_found(request)
        match = _RECORD.match(path)
        if match:
            ctype, key = match.groups()
            story = _BY_SLUG.get((ctype, key))
            if story is None and key.isdigit():
                found = BY_ID.get(int(key))
                if found is not None and found.opts["ctype"] == ctype:
                    story = found
            if story is not None:
                return _record_page(request, story)
        return _not_found(request)


def build_site() -> BoltSite:
    return BoltSite()
