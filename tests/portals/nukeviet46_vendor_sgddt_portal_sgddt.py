"""NukeViet 4.5/4.6 department portal, customised by a provincial vendor (theme "sgddt").

Institution: Sở Giáo dục và Đào tạo tỉnh Bắc Kạn (provincial department of education and training).

Platform
--------
NukeViet 4.x (PHP, XTemplate themes, Bootstrap 3) with URL rewriting on. The vendor cloned the
news module three times and renamed the clones: ``tin-tuc`` (the original ``news`` module, still
answering to its old name in query links), ``thong-bao`` (notices, one category, the vendor took
the category alias out of its URLs) and ``chuyen-de`` (thematic pages; its categories are the
"topics"). Each clone has its own database table, so **article ids are per module**. A ``laws``
module renamed ``van-ban`` holds the directive documents; ``gioi-thieu`` is the "page" module and
``lien-he`` the contact module.

URL scheme
----------
- ``/``: home, a grid of category boxes (``box-cm``) plus the "Văn bản chỉ đạo điều hành" block.
- ``/tin-tuc/`` (module main: one box per category), ``/tin-tuc/<cat>/`` and
  ``/tin-tuc/<cat>/page-<n>/`` (3 a page).
- ``/tin-tuc/<cat>/<alias>-<id>.html`` articles; ``/tin-tuc/print/<cat>/<alias>-<id>.html`` (print
  pop-up, linked from ``onclick`` only), ``/tin-tuc/savefile/<cat>/<alias>-<id>.html`` (the same
  page as an HTML attachment, a plain ``rel="nofollow"`` link), ``/tin-tuc/tag/<tag>`` tag pages.
- ``/thong-bao/`` and ``/thong-bao/page-<n>/`` (2 a page), ``/thong-bao/<alias>-<id>.html``,
  ``/thong-bao/print/<alias>-<id>.html``.
- ``/chuyen-de/`` (topics), ``/chuyen-de/<topic>/`` and ``/chuyen-de/<topic>/page-<n>/``
  (3 a page), ``/chuyen-de/<topic>/<alias>-<id>.html``, ``/chuyen-de/print/<topic>/…``.
- ``/van-ban/`` (table of documents), ``/van-ban/<alias>.html`` document entries.
- ``/gioi-thieu/<alias>.html`` intro pages, ``/lien-he/`` contact.
- Old links: ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` (the module was called
  ``news`` before the vendor renamed it), ``/index.php?nv=news&op=…``,
  ``/index.php?language=vi&nv=thong-bao&op=<alias>-<id>``: they answer 200 with the article.
- ``<article URL>?download=1&id=0`` (attachment, PDF as a download) and ``?pdf=1&id=0`` (the PDF
  inline, fed to ``/assets/js/pdf.js/web/viewer.html?file=…`` in an iframe).

Page templates
--------------
Every page: header with the logo and the site name in an ``<h1 class="tieude-site">``, today's date
("Thứ Bảy, 05/12/2026"), a "Tin mới" ticker, the Bootstrap menu with drop-downs, the NukeViet 4
breadcrumbs (the visible ``ul.breadcrumbs`` is empty and filled by JavaScript from the hidden
``ul.temp-breadcrumbs``), left column, right sidebar (search, "Tin xem nhiều", notices, links
select, poll, banners, visitor counter), footer with address/phone/email.
Article (``news_column panel`` with schema.org NewsArticle): ``<h1 itemprop="headline">``, hidden
schema spans (author, datePublished, publisher), the date line "Thứ năm - 03/12/2026 14:30", the
tool icons, the "Cỡ chữ" bar, ``div.hometext`` (the sapo), ``div#news-bodyhtml.bodytext`` (text,
with the vendor's "Chia sẻ" bar injected at its end), the author/source/poster lines, then panels:
"Tệp đính kèm", "Từ khóa", rating, "Ý kiến bạn đọc", "Tin liên quan"/"Những tin mới hơn".

How each gold article is reached
--------------------------------
- Hoạt động ngành (listing holds A1 437, X 431 [cross-listed], A2 424 | page 2: A3 418, A4 412):
  A1, A2 from home/listing page 1; A3 and A4 only from ``/tin-tuc/hoat-dong-nganh/page-2/``.
- Thi đua - Khen thưởng: X 431 (primary category; also listed under Hoạt động ngành), K1 429.
- Thông báo (T1 429, T2 426 | page 2: T3 421): T3 only from ``/thong-bao/page-2/``.
- Chuyển đổi số (C1 431, C2 427, C3 422 | page 2: C4 416): C4 only from
  ``/chuyen-de/chuyen-doi-so/page-2/``.
"Những tin mới hơn" lists only newer articles, tag pages only tag the newer tin-tuc articles and
the sidebar's most-read list only page-1 articles, so the four page-2 articles are found by
following the pagination.

Traps
-----
1. Per-module ids collide (not in the README's list): thong-bao 429 (T1) and tin-tuc 429 (K1),
   chuyen-de 431 (C1) and tin-tuc 431 (X) are different articles with the same numeric id and
   similar ``-429.html`` tails. Gold: 13 distinct records; a crawler that dedupes by id loses two.
2. One article at two category URLs (listcatid): X is filed under "Thi đua - Khen thưởng" and
   also listed under "Hoạt động ngành", whose listing links it as
   ``/tin-tuc/hoat-dong-nganh/<alias>-431.html`` (200, same page). Gold: one record, path the
   primary ``/tin-tuc/thi-dua-khen-thuong/…-431.html`` (its canonical), the other in alt_paths;
   category "Thi đua - Khen thưởng", as the breadcrumb prints it on both URLs.
3. Category only in a hidden breadcrumb (not in the README's list): NukeViet 4's visible
   ``ul.breadcrumbs`` is empty in the HTML (JavaScript fills it from ``ul.temp-breadcrumbs.hidden``).
   Gold category: the last item of that list ("Hoạt động ngành", "Thi đua - Khen thưởng",
   "Thông báo", "Chuyển đổi số"), not the module name ("Tin tức", "Chuyên đề").
4. Title sources disagree (not in the README's list): the site name is an ``<h1>`` on every page
   before the headline's ``<h1 itemprop="headline">``; ``<title>`` and ``og:title`` carry the
   NukeViet double escape ("GD&amp;amp;ĐT" shows as "GD&amp;ĐT") and the " - Cat - Site" suffix;
   home boxes and sidebars print titles cut at ~60 characters with "...". Gold title: the
   headline h1 ("Trao Bằng khen của Bộ trưởng Bộ GD&ĐT cho …").
5. Sapo printed twice (not in the README's list): for A1, K1 and C1 the editor pasted the lead
   into both "Tóm tắt" (``div.hometext``) and the first paragraph of the body (K1's copy wrapped
   in ``<strong>``). Gold: summary = the hometext, and it is the body's first paragraph once.
6. Lazy images (not in the README's list): in A1, K1 and C1 the vendor's theme rewrote the body
   images to ``<img class="lazy" src="/themes/sgddt/images/pix.gif" data-src="/uploads/…">``.
   Gold images: the ``data-src`` paths; the grey placeholder is no image.
7. The article URL with a query is a file (not in the README's list): the "Tệp đính kèm" panel
   links ``<article>.html?download=1&id=0`` (a PDF attachment) and the embedded PDF.js viewer
   loads ``/assets/js/pdf.js/web/viewer.html?file=<article>.html?pdf=1&id=0``. Gold: neither is
   an article nor an alt path; the viewer iframe, the "Tệp đính kèm"/"Toàn văn" lines and the
   file names are no body.
8. Hidden schema dates and authors (not in the README's list): NukeViet prints
   ``itemprop="datePublished"`` in a hidden span and the vendor feeds it ``addtime``: for X it
   says 2026-11-25T16:02:11+07:00 while the page prints "Thứ sáu - 27/11/2026 09:15" (the post was
   scheduled). ``article:published_time`` has NukeViet's broken format "2026-11-27ICT09:15:00".
   The hidden ``itemprop="author"`` is the site name when the author field is empty. Gold: the
   printed date line (2026-11-27T09:15:00+07:00); authors from the printed lines only.
9. Duplicate URLs: print pop-ups (``onclick`` only), ``savefile`` attachments (tin-tuc, 200
   text/html with ``Content-Disposition: attachment``) and the old ``?nv=news&op=…`` links (A1 from
   C2's "Xem thêm", X from the header ticker, T2 from a document entry). Gold: alt_paths.
10. Captions in a two-row table (A2) and as a centred italic paragraph in parentheses (X, A3):
    gold caption without the parentheses; the caption row is not a table-row paragraph.
11. Bylines: footer "Tác giả bài viết: ThS. …"/"CN. …" (degree dropped), "Tin, ảnh: X",
    "Bài, ảnh: X", "Tin: X - Ảnh: Y", a unit alone ("Văn phòng Sở", "Phòng Kế hoạch - Tài
    chính", "Phòng Tổ chức cán bộ"), a byline with the writer's post at the TOP of C2's text,
    "Người đăng: bbt_sgd" (a CMS account: nobody), "Ảnh: X" under photos (photographer, no caption).
12. Chrome inside the text container and after it: the "Chia sẻ" bar and view count at the end of
    ``#news-bodyhtml``, the "Cỡ chữ" bar, rating "Tổng số điểm…", "Ý kiến bạn đọc" comments with
    their own names and dates (later than the article), "Những tin mới hơn" with dates.
13. Text shapes: Word paste (``MsoNormal`` spans, ``<o:p>``), ``<p>&nbsp;</p>`` and a zero-width
    space paragraph (no paragraphs), a data table with ``<p>`` in its cells (rows joined " | "),
    A3 typed in decomposed Unicode (gold NFC), a ``<br>`` splitting one ``<p>`` of C3 in two, a
    YouTube iframe (no image), a footnote call "[1]" and its "Chú thích" note (text), typed "👉".
14. T1 is an official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", signer):
    date = the letterhead's day 2026-11-30 (the page prints 01/12/2026 08:12), author = signer.
    T2 prints "00:00": the day alone.
15. Document entries (``/van-ban/…``) look like articles (number, dates, "Trích yếu", signer,
    PDF): not articles (NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- The sapo printed both as hometext and as the first body paragraph counts once (trap 5).
- "Nguồn tin: Phòng Giáo dục Trung học" (A1) is the source as printed; C1's "Nguồn tin" is
  a link, its text "Báo Bắc Kạn" is the source.
- A body sentence beginning "Theo kế hoạch, …" (A2) is text, not a source.
- C2's "Chú thích:" heading and its note are body (the text's own notes); its "Xem thêm:" line is
  not. C2's top byline (name, then the post in italics after a ``<br>``) is no body.
- The emoji lines of C1 are paragraphs written as ``<p>👉 …</p>``, emoji kept.
- Listing pages, tag pages, the search page and the PDF viewer are no articles and no
  NON_ARTICLES; the three ``/van-ban/`` entries, the three intro pages and the contact page are.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet46_vendor_sgddt_portal_sgddt"
PLATFORM = "NukeViet 4.5/4.6 (vendor theme, cloned news modules, laws module)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Bắc Kạn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PIX = "/themes/sgddt/images/pix.gif"

MODULES = {
    "tin-tuc": {
        "title": "Tin tức",
        "cats": {"hoat-dong-nganh": "Hoạt động ngành", "thi-dua-khen-thuong": "Thi đua - Khen thưởng"},
        "per_page": 3,
        "upload": "news",
    },
    "thong-bao": {"title": "Thông báo", "cats": {}, "per_page": 2, "upload": "thong-bao"},
    "chuyen-de": {
        "title": "Chuyên đề",
        "cats": {"chuyen-doi-so": "Chuyển đổi số"},
        "per_page": 3,
        "upload": "chuyen-de",
    },
}

TAGS = {"boi-duong-giao-vien": "bồi dưỡng giáo viên", "thi-dua-khen-thuong": "thi đua khen thưởng"}

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def alias(title: str) -> str:
    """NukeViet's change_alias: no tone marks, đ -> d, anything else -> '-'."""
    s = title.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def nv_time(dt: datetime) -> str:
    return f"{_DAYS[dt.weekday()]} - {dt:%d/%m/%Y %H:%M}"


def clean60(title: str, limit: int = 60) -> str:
    """nv_clean60: cut at a word boundary and add '...'."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def _story(sid: int, title: str, cat: str, published_at: str | None, blocks, **kw) -> Story:
    opts = kw.pop("opts")
    return Story(sid, alias(title), title, cat, published_at, blocks, opts=opts, **kw)


# --- the stories ------------------------------------------------------------------------------

A1 = _story(
    437,
    "Tập huấn nâng cao năng lực quản trị trường học cho cán bộ quản lý cấp THCS",
    "Hoạt động ngành",
    "2026-12-03T14:30:00+07:00",
    [
        P("Phát biểu khai mạc lớp tập huấn, đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: năm "
          "học 2026-2027 là năm học tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các "
          "khối lớp, đòi hỏi đội ngũ cán bộ quản lý phải chủ động đổi mới tư duy quản trị, tăng cường tự "
          "chủ và trách nhiệm giải trình của nhà trường."),
        Img("/uploads/news/2026_12/tap-huan-qtth-1.jpg",
            "Đồng chí Phó Giám đốc Sở phát biểu khai mạc lớp tập huấn",
            "Đồng chí Phó Giám đốc Sở phát biểu khai mạc lớp tập huấn", "figure"),
        P("Trong 3 ngày, các học viên được báo cáo viên của Trường Cán bộ quản lý giáo dục thành phố Hồ Chí "
          "Minh trao đổi các chuyên đề: xây dựng kế hoạch giáo dục nhà trường theo định hướng phát triển "
          "phẩm chất, năng lực học sinh; quản trị nhân sự và phát triển đội ngũ; quản trị tài chính, tài "
          "sản trong trường học; xây dựng văn hóa nhà trường và ứng dụng công nghệ thông tin trong quản lý."),
        P("Bên cạnh phần lý thuyết, lớp tập huấn dành nhiều thời gian cho thảo luận nhóm, chia sẻ tình huống "
          "thực tế tại các trường vùng khó khăn như bố trí giáo viên dạy các môn tích hợp, huy động học sinh "
          "ra lớp đầu năm, duy trì sĩ số ở các điểm trường lẻ."),
        Img("/uploads/news/2026_12/tap-huan-qtth-2.jpg",
            "Học viên thảo luận nhóm về xây dựng kế hoạch giáo dục nhà trường",
            "Học viên thảo luận nhóm về xây dựng kế hoạch giáo dục nhà trường", "figure"),
        P("Thầy Lý Văn Hào, Hiệu trưởng Trường PTDTBT THCS Bằng Thành (huyện Pác Nặm) chia sẻ: “Những nội "
          "dung được tập huấn rất sát với công việc hằng ngày của chúng tôi, đặc biệt là cách xây dựng kế "
          "hoạch giáo dục linh hoạt, phù hợp với trường có đông học sinh bán trú”."),
        P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận. Sở Giáo "
          "dục và Đào tạo yêu cầu các đơn vị triển khai ngay những nội dung đã được tập huấn vào công tác "
          "quản lý, chỉ đạo trong học kỳ I."),
    ],
    authors=["Nông Thị Thanh Huyền"],
    source="Phòng Giáo dục Trung học",
    summary="Từ ngày 01 đến ngày 03/12/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn nâng cao năng lực "
    "quản trị trường học cho gần 120 hiệu trưởng, phó hiệu trưởng các trường THCS, PTDTBT THCS trên "
    "địa bàn tỉnh.",
    sapo_outside=True,
    opts={
        "module": "tin-tuc", "cat": "hoat-dong-nganh", "time": datetime(2026, 12, 3, 14, 30),
        "dup_sapo": "plain", "lazy": True, "tags": ["boi-duong-giao-vien"],
        "footer_author": "ThS. Nông Thị Thanh Huyền", "footer_source": "Phòng Giáo dục Trung học",
        "old": "/index.php?language=vi&nv=news&op=hoat-dong-nganh/{alias}-437",
        "thumb": "/assets/news/2026_12/tap-huan-qtth-1.jpg",
    },
)

X = _story(
    431,
    "Trao Bằng khen của Bộ trưởng Bộ GD&ĐT cho 12 tập thể, cá nhân có thành tích xuất sắc năm học "
    "2025-2026",
    "Thi đua - Khen thưởng",
    "2026-11-27T09:15:00+07:00",
    [
        P("Tới dự buổi lễ có lãnh đạo Ban Thi đua - Khen thưởng tỉnh, Công đoàn ngành Giáo dục cùng đại diện "
          "các phòng chuyên môn thuộc Sở."),
        Img("/uploads/news/2026_11/trao-bang-khen-1.jpg", "(Lãnh đạo Sở trao Bằng khen cho các tập thể)",
            "Lãnh đạo Sở trao Bằng khen cho các tập thể", "next"),
        P("Năm học 2025-2026, ngành Giáo dục Bắc Kạn đã hoàn thành tốt các nhiệm vụ trọng tâm: tỷ lệ trường "
          "đạt chuẩn quốc gia tăng 4,2% so với năm học trước; chất lượng giáo dục mũi nhọn có chuyển biến "
          "với 9 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia; kỳ thi tốt nghiệp trung học "
          "phổ thông diễn ra an toàn, nghiêm túc."),
        P("Trong đó, nổi bật là các tập thể: Trường THPT Chuyên Bắc Kạn, Trường PTDTNT tỉnh, Trường Tiểu học "
          "Đức Xuân, Trường Mầm non Hoa Sen cùng 8 cá nhân là nhà giáo, cán bộ quản lý có nhiều sáng kiến "
          "trong đổi mới phương pháp dạy học."),
        Img("/uploads/news/2026_11/trao-bang-khen-2.jpg", "(Các cá nhân nhận Bằng khen chụp ảnh lưu niệm)",
            "Các cá nhân nhận Bằng khen chụp ảnh lưu niệm", "next"),
        P("Phát biểu tại buổi lễ, lãnh đạo Sở ghi nhận những đóng góp của các tập thể, cá nhân được khen "
          "thưởng, đồng thời đề nghị toàn ngành tiếp tục đẩy mạnh phong trào thi đua “Đổi mới, sáng tạo "
          "trong dạy và học”, lan tỏa các điển hình tiên tiến tới từng nhà trường."),
        Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
    ],
    authors=["Văn phòng Sở"],
    summary="Sáng 26/11, Sở Giáo dục và Đào tạo tổ chức lễ trao Bằng khen của Bộ trưởng Bộ Giáo dục và Đào "
    "tạo cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2025-2026.",
    sapo_outside=True,
    opts={
        "module": "tin-tuc", "cat": "thi-dua-khen-thuong", "also": ["hoat-dong-nganh"],
        "time": datetime(2026, 11, 27, 9, 15), "schema_time": "2026-11-25T16:02:11+07:00",
        "tags": ["thi-dua-khen-thuong"],
        "old": "/index.php?nv=news&op=thi-dua-khen-thuong/{alias}-431",
        "thumb": "/assets/news/2026_11/trao-bang-khen-1.jpg",
    },
)

K1 = _story(
    429,
    "Tuyên dương 36 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "Thi đua - Khen thưởng",
    "2026-11-19T17:45:00+07:00",
    [
        P("Dự buổi lễ có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh, lãnh đạo một số sở, ngành, đoàn thể của "
          "tỉnh cùng các thế hệ nhà giáo đã nghỉ hưu."),
        Img("/uploads/news/2026_11/ky-niem-20-11-1.jpg", "Tiết mục văn nghệ chào mừng Lễ kỷ niệm",
            "Tiết mục văn nghệ chào mừng Lễ kỷ niệm", "figure"),
        P("Diễn văn kỷ niệm ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam và những chặng đường phát triển "
          "của giáo dục Bắc Kạn kể từ khi tái lập tỉnh năm 1997. Đến nay, toàn tỉnh có 297 trường học với "
          "hơn 6.800 cán bộ quản lý, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo theo "
          "quy định."),
        P("Nhiều thầy cô giáo đang ngày đêm bám bản, bám trường ở những điểm trường xa xôi của các huyện Pác "
          "Nặm, Ba Bể, Ngân Sơn, vượt qua khó khăn về đường sá, thời tiết để duy trì sĩ số và chất lượng "
          "dạy học."),
        Img("/uploads/news/2026_11/ky-niem-20-11-2.jpg",
            "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu", "figure"),
        P("Dịp này, 36 nhà giáo có thành tích xuất sắc trong công tác giảng dạy, giáo dục học sinh được Giám "
          "đốc Sở Giáo dục và Đào tạo tặng Giấy khen; 5 tập thể và 7 cá nhân được Chủ tịch Ủy ban nhân dân "
          "tỉnh tặng Bằng khen."),
        Raw('<p style="text-align: right;"><em>Bài, ảnh: Lục Thị Hương</em></p>'),
    ],
    authors=["Lục Thị Hương"],
    photographers=["Lục Thị Hương"],
    summary="Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "(20/11/1982 - 20/11/2026) và tuyên dương 36 nhà giáo tiêu biểu của ngành.",
    sapo_outside=True,
    opts={
        "module": "tin-tuc", "cat": "thi-dua-khen-thuong", "time": datetime(2026, 11, 19, 17, 45),
        "dup_sapo": "strong", "lazy": True, "tags": ["thi-dua-khen-thuong"],
        "comments": [
            ("Hoàng Thị Nga", "20/11/2026 07:12",
             "Chúc mừng các thầy cô giáo tiêu biểu! Cảm ơn các thầy cô đã bám bản, bám trường vì học trò "
             "vùng cao."),
            ("Phụ huynh Chợ Mới", "21/11/2026 20:40",
             "Mong Sở có thêm chính sách hỗ trợ giáo viên ở các điểm trường lẻ, nhất là về nhà công vụ."),
        ],
        "thumb": "/assets/news/2026_11/ky-niem-20-11-1.jpg",
    },
)

A2 = _story(
    424,
    "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026-2027",
    "Hoạt động ngành",
    "2026-11-12T16:05:00+07:00",
    [
        P("Hội thi có 86 giáo viên đến từ 8 huyện, thành phố tham gia, trong đó có 21 giáo viên dạy môn Tiếng "
          "Việt, 19 giáo viên dạy môn Toán, còn lại là giáo viên dạy các môn Tiếng Anh, Tin học, Công nghệ, "
          "Giáo dục thể chất và Hoạt động trải nghiệm."),
        P("Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy đã áp dụng hiệu quả tại đơn "
          "vị và thực hiện hai tiết dạy thực hành: một tiết được chuẩn bị trước, một tiết bốc thăm trước "
          "01 ngày."),
        Img("/uploads/news/2026_11/gvdg-tieu-hoc-1.jpg",
            "Cô giáo Trường Tiểu học Nà Phặc (huyện Ngân Sơn) thực hiện tiết dạy thực hành",
            "Cô giáo Trường Tiểu học Nà Phặc (huyện Ngân Sơn) thực hiện tiết dạy thực hành", "table"),
        P("Theo kế hoạch, Hội thi diễn ra đến hết ngày 20/11/2026. Ban Tổ chức lưu ý các đơn vị có giáo viên "
          "dự thi tạo điều kiện về thời gian, hỗ trợ đồ dùng dạy học để giáo viên hoàn thành tốt phần thi."),
        P("Hội thi là dịp để giáo viên tiểu học trong tỉnh giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở "
          "để lựa chọn, bồi dưỡng đội ngũ giáo viên cốt cán thực hiện Chương trình giáo dục phổ thông 2018."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hà Phương</strong></p>'),
    ],
    authors=["Hà Phương"],
    photographers=["Hà Phương"],
    summary="Ngày 12/11, tại Trường Tiểu học Phùng Chí Kiên (thành phố Bắc Kạn), Sở Giáo dục và Đào tạo khai "
    "mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026-2027.",
    sapo_outside=True,
    opts={
        "module": "tin-tuc", "cat": "hoat-dong-nganh", "time": datetime(2026, 11, 12, 16, 5),
        "tags": ["boi-duong-giao-vien"],
        "comments": [
            ("Nông Văn Tuấn", "13/11/2026 09:05",
             "Hội thi rất ý nghĩa. Đề nghị Ban Tổ chức đăng tải các tiết dạy đạt giải để giáo viên "
             "các trường tham khảo."),
        ],
        "thumb": "/assets/news/2026_11/gvdg-tieu-hoc-1.jpg",
    },
)

A3 = _story(
    418,
    "Hơn 200 dự án tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
    "Hoạt động ngành",
    "2026-11-05T08:00:00+07:00",
    [
        P("Các dự án dự thi thuộc 16 lĩnh vực như: Kỹ thuật cơ khí, Hệ thống nhúng, Khoa học xã hội và hành "
          "vi, Hóa học, Sinh học tế bào và phân tử, Khoa học môi trường, Phần mềm hệ thống…"),
        Img("/uploads/news/2026_11/khkt-2026-1.jpg", "(Các thí sinh giới thiệu dự án với Ban Giám khảo)",
            "Các thí sinh giới thiệu dự án với Ban Giám khảo", "next"),
        P("Nhiều dự án gắn với thực tiễn địa phương, như: hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ "
          "ẩm tại xã Cao Kỳ; chế phẩm sinh học xử lý mùi chuồng trại từ lá cây rừng; ứng dụng hỗ trợ học "
          "tiếng Tày cho học sinh tiểu học."),
        P("Ban Tổ chức đã chọn 38 dự án vào vòng chung kết. Kết quả, có 4 giải Nhất, 7 giải Nhì, 11 giải Ba "
          "và 16 giải Khuyến khích. Các dự án đạt giải cao sẽ được lựa chọn, hoàn thiện để tham gia Cuộc "
          "thi cấp quốc gia."),
        Img("/uploads/news/2026_11/khkt-2026-2.jpg",
            "(Em Hoàng Minh Khang, Trường THPT Chuyên Bắc Kạn, trình bày dự án đạt giải Nhất)",
            "Em Hoàng Minh Khang, Trường THPT Chuyên Bắc Kạn, trình bày dự án đạt giải Nhất", "next"),
        Raw('<p style="text-align: right;"><strong>Tin: Triệu Thị Mai - Ảnh: Hoàng Đức Anh</strong></p>'),
    ],
    authors=["Triệu Thị Mai"],
    photographers=["Hoàng Đức Anh"],
    summary="Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027 thu hút 214 "
    "dự án của học sinh đến từ 52 trường THCS, THPT trên địa bàn tỉnh.",
    sapo_outside=True,
    opts={
        "module": "tin-tuc", "cat": "hoat-dong-nganh", "time": datetime(2026, 11, 5, 8, 0), "nfd": True,
        "thumb": "/assets/news/2026_11/khkt-2026-1.jpg",
    },
)

A4 = _story(
    412,
    "Kiểm tra công tác tổ chức bữa ăn bán trú tại các trường PTDTBT huyện Ba Bể",
    "Hoạt động ngành",
    "2026-10-22T10:40:00+07:00",
    [
        P("Từ ngày 19 đến ngày 21/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra công tác tổ "
          "chức nấu ăn, quản lý học sinh bán trú tại 5 trường phổ thông dân tộc bán trú trên địa bàn huyện "
          "Ba Bể.", "bold"),
        P("Đoàn đã kiểm tra hồ sơ thực hiện chế độ hỗ trợ học sinh theo quy định hiện hành, quy trình tiếp "
          "nhận thực phẩm, lưu mẫu thức ăn, điều kiện nhà bếp, nhà ăn và khu nội trú của học sinh.", "word"),
        Raw("<p>&nbsp;</p>"),
        Img("/uploads/news/2026_10/ban-tru-ba-be-1.jpg", "Ảnh: Minh Châu", None, "credit"),
        P("Kết quả kiểm tra cho thấy các trường đã xây dựng thực đơn theo tuần, bảo đảm định lượng, có sự "
          "tham gia giám sát của cha mẹ học sinh. Số học sinh bán trú tại các trường được kiểm tra như sau:",
          "word"),
        P("Trường | Số học sinh bán trú | Số suất ăn/ngày", "row"),
        P("PTDTBT THCS Nam Mẫu | 186 | 558", "row"),
        P("PTDTBT Tiểu học Cao Thượng | 142 | 426", "row"),
        P("PTDTBT THCS Bành Trạch | 203 | 609", "row"),
        Raw("<p>&#8203;</p>"),
        P("Bên cạnh kết quả đạt được, một số trường còn hạn chế như: sổ kiểm thực ba bước ghi chưa đầy đủ; "
          "khu chế biến chưa tách biệt khu sơ chế và khu nấu chín; một số phòng ở nội trú còn chật, thiếu "
          "tủ đựng đồ dùng cá nhân.", "word"),
        P("Đoàn kiểm tra đề nghị Ban Giám hiệu các trường khắc phục ngay những tồn tại trước ngày 15/11/2026, "
          "tăng cường phối hợp với trạm y tế xã trong kiểm tra an toàn thực phẩm, tổ chức các hoạt động văn "
          "hóa, thể thao vào buổi tối cho học sinh bán trú.", "word"),
        Raw('<p class="MsoNormal" style="text-align:right"><b><i><span style="font-size:14.0pt">Phòng Kế '
            "hoạch - Tài chính</span></i></b><o:p></o:p></p>"),
    ],
    authors=["Phòng Kế hoạch - Tài chính"],
    photographers=["Minh Châu"],
    summary="Từ ngày 19 đến ngày 21/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra công tác tổ "
    "chức nấu ăn, quản lý học sinh bán trú tại 5 trường phổ thông dân tộc bán trú trên địa bàn huyện "
    "Ba Bể.",
    opts={
        "module": "tin-tuc", "cat": "hoat-dong-nganh", "time": datetime(2026, 10, 22, 10, 40),
        "thumb": "/assets/news/2026_10/ban-tru-ba-be-1.jpg",
    },
)

_T1_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH BẮC KẠN<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2718/TB-SGDĐT</td>"
    '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Bắc Kạn, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT '
    "năm học 2026-2027</strong></p>"
)
_T1_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THPT, PTDTNT tỉnh;<br />- Giám đốc, các PGĐ Sở;<br />- Lưu: VT, QLCL.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Hoàng Văn Thịnh</strong></td>"
    "</tr></tbody></table>"
)

T1 = _story(
    429,
    "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
    "Thông báo",
    "2026-11-30",
    [
        Raw(_T1_LETTERHEAD),
        P("Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số 17/2023/TT-BGDĐT "
          "ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Kế hoạch số 1986/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về việc tổ chức các kỳ "
          "thi, cuộc thi năm học 2026-2027,"),
        P("Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
          "2026-2027 như sau:"),
        P("1. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh."),
        P("2. Thời gian thi: ngày 23 và 24/12/2026; thí sinh làm thủ tục dự thi lúc 14 giờ 00 ngày 22/12/2026."),
        P("3. Địa điểm thi: Trường THPT Chuyên Bắc Kạn, tổ 10, phường Sông Cầu, thành phố Bắc Kạn."),
        P("4. Hồ sơ đăng ký dự thi gửi về Sở Giáo dục và Đào tạo (qua Phòng Quản lý chất lượng) trước ngày "
          "10/12/2026, đồng thời gửi bản mềm qua hệ thống quản lý văn bản điều hành."),
        P("Sở Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường THPT, PTDTNT tỉnh triển khai thực hiện "
          "nghiêm túc nội dung Thông báo này./."),
        Raw(_T1_CLOSING),
    ],
    authors=["Hoàng Văn Thịnh"],
    opts={
        "module": "thong-bao", "time": datetime(2026, 12, 1, 8, 12), "poster": "vanthu_sgd",
        "files": ["2718-tb-sgddt.pdf"],
    },
)

T2 = _story(
    426,
    "Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
    "Thông báo",
    "2026-11-16",
    [
        P("Theo đó, việc kiểm tra, đánh giá định kỳ thực hiện theo Thông tư số 22/2021/TT-BGDĐT ngày "
          "20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá học sinh trung học cơ sở và "
          "học sinh trung học phổ thông."),
        P("Một số lưu ý khi xây dựng đề kiểm tra", "h"),
        P("Đề kiểm tra được xây dựng dựa trên ma trận, bản đặc tả theo yêu cầu cần đạt của môn học;", "li"),
        P("Tăng cường các câu hỏi vận dụng kiến thức vào giải quyết tình huống thực tiễn, hạn chế yêu cầu "
          "học sinh ghi nhớ máy móc;", "li"),
        P("Các trường chủ động xếp lịch kiểm tra, hoàn thành trước ngày 10/01/2027.", "li"),
        P("Đối với các trường có học sinh khuyết tật học hòa nhập, việc đánh giá thực hiện theo kế hoạch giáo "
          "dục cá nhân của từng học sinh."),
        Raw("VIEWER"),
    ],
    summary="Sở GD&ĐT ban hành Công văn số 2561/SGDĐT-GDTrH hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá "
    "định kỳ cuối học kỳ I năm học 2026-2027 đối với cấp THCS, THPT.",
    sapo_outside=True,
    opts={
        "module": "thong-bao", "time": datetime(2026, 11, 16, 0, 0), "poster": "bbt_sgd",
        "files": ["2561-sgddt-gdtrh.pdf"],
        "old": "/index.php?language=vi&nv=thong-bao&op={alias}-426",
    },
)

T3 = _story(
    421,
    "Thông báo tiếp nhận hồ sơ đề nghị xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2026",
    "Thông báo",
    "2026-10-28T14:00:00+07:00",
    [
        P("Thực hiện Thông tư số 20/2023/TT-BGDĐT quy định xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”, "
          "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đề nghị xét tặng Kỷ niệm chương năm 2026 như sau:"),
        P("Đối tượng: cán bộ, nhà giáo, người lao động đang công tác trong ngành Giáo dục tỉnh Bắc Kạn có đủ "
          "thời gian công tác theo quy định; cá nhân ngoài ngành có nhiều đóng góp cho sự nghiệp giáo dục "
          "của tỉnh.", "li"),
        P("Hồ sơ gồm: tờ trình của đơn vị, danh sách trích ngang và bản tóm tắt thành tích của từng cá nhân.",
          "li"),
        P("Thời hạn nộp: trước ngày 15/11/2026 tại Phòng Tổ chức cán bộ, đồng thời gửi bản điện tử qua hộp "
          "thư sgddt@backan.gov.vn.", "li"),
        P("Mọi vướng mắc trong quá trình thực hiện, đề nghị các đơn vị liên hệ Phòng Tổ chức cán bộ, điện "
          "thoại 0209.3870.321 để được hướng dẫn."),
    ],
    authors=["Phòng Tổ chức cán bộ"],
    opts={
        "module": "thong-bao", "time": datetime(2026, 10, 28, 14, 0),
        "footer_author": "Phòng Tổ chức cán bộ",
    },
)

C1 = _story(
    431,
    "100% trường THCS, THPT trên địa bàn tỉnh triển khai học bạ số",
    "Chuyển đổi số",
    "2026-12-04T10:00:00+07:00",
    [
        P("Học bạ số được kết nối với Cơ sở dữ liệu ngành Giáo dục, có ký số của giáo viên chủ nhiệm và hiệu "
          "trưởng, bảo đảm giá trị pháp lý tương đương học bạ giấy theo hướng dẫn của Bộ Giáo dục và Đào tạo."),
        Img("/uploads/chuyen-de/2026_12/hoc-ba-so-1.jpg",
            "Giáo viên Trường THCS Huyền Tụng cập nhật dữ liệu học bạ số",
            "Giáo viên Trường THCS Huyền Tụng cập nhật dữ liệu học bạ số", "figure"),
        P("Để chuẩn bị, từ tháng 8/2026, Sở đã tổ chức tập huấn cho hơn 1.500 giáo viên chủ nhiệm và cán bộ "
          "quản lý, đồng thời phối hợp với doanh nghiệp viễn thông cấp chứng thư số miễn phí cho giáo viên."),
        P("Những lợi ích bước đầu của học bạ số:"),
        P("👉 Giảm thời gian ghi chép, tổng hợp điểm của giáo viên cuối mỗi học kỳ;"),
        P("👉 Phụ huynh tra cứu kết quả học tập của con qua ứng dụng trên điện thoại;"),
        P("👉 Hạn chế sai sót, tẩy xóa, thất lạc hồ sơ khi học sinh chuyển trường."),
        P("Tuy nhiên, tại một số điểm trường vùng sâu, đường truyền internet chưa ổn định vẫn là trở ngại. Sở "
          "Giáo dục và Đào tạo đang đề xuất Ủy ban nhân dân tỉnh bố trí kinh phí nâng cấp hạ tầng mạng cho "
          "37 trường trong năm 2027."),
    ],
    authors=["Ngọc Tú"],
    source="Báo Bắc Kạn",
    summary="Từ học kỳ I năm học 2026-2027, toàn bộ 132 trường THCS, THPT và trường phổ thông có nhiều cấp "
    "học trên địa bàn tỉnh Bắc Kạn đã triển khai học bạ số, thay thế học bạ giấy truyền thống.",
    sapo_outside=True,
    opts={
        "module": "chuyen-de", "cat": "chuyen-doi-so", "time": datetime(2026, 12, 4, 10, 0),
        "dup_sapo": "plain", "lazy": True, "footer_author": "Ngọc Tú",
        "footer_source": '<a href="https://baobackan.vn" rel="nofollow" target="_blank">Báo Bắc Kạn</a>',
        "thumb": "/assets/chuyen-de/2026_12/hoc-ba-so-1.jpg",
    },
)

C2 = _story(
    427,
    "Chuyển đổi số ở một ngôi trường nội trú vùng cao: những bước đi đầu tiên",
    "Chuyển đổi số",
    "2026-11-24T09:30:00+07:00",
    [
        Raw('<p style="text-align: right;"><strong>Đàm Thị Thu Hằng</strong><br />'
            "<em>Phó Hiệu trưởng Trường PTDTNT THCS huyện Chợ Đồn</em></p>"),
        P("Trường PTDTNT THCS huyện Chợ Đồn hiện có 8 lớp với 280 học sinh, 100% là con em đồng bào dân tộc "
          "thiểu số. Ba năm trước, toàn trường chỉ có một phòng máy tính với 20 máy đã cũ, đường truyền "
          "internet chập chờn."),
        P("Thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo "
          "giai đoạn 2022-2025, định hướng đến năm 2030”[1], nhà trường xác định chuyển đổi số phải bắt đầu "
          "từ con người, trước hết là đội ngũ giáo viên."),
        P("Bắt đầu từ những việc nhỏ", "h"),
        P("Mỗi tổ chuyên môn được giao xây dựng một kho học liệu số dùng chung, gồm bài giảng điện tử, video "
          "thí nghiệm, đề kiểm tra. Sau một năm, kho học liệu của trường đã có hơn 1.200 tài nguyên được sắp "
          "xếp theo từng môn, từng khối lớp."),
        P("Giáo viên trẻ kèm cặp giáo viên lớn tuổi sử dụng phần mềm; sinh hoạt chuyên môn theo nghiên cứu "
          "bài học được tổ chức trực tuyến kết hợp trực tiếp."),
        P("Học sinh nội trú được hưởng lợi", "h"),
        Img("/uploads/chuyen-de/2026_11/ptdtnt-cho-don-1.jpg",
            "Học sinh Trường PTDTNT THCS huyện Chợ Đồn học tập tại thư viện số",
            "Học sinh Trường PTDTNT THCS huyện Chợ Đồn học tập tại thư viện số", "figure"),
        P("Buổi tối, học sinh tự học tại thư viện số với các bài giảng được giáo viên chọn lọc. Nhà trường "
          "cũng lập nhóm liên lạc với phụ huynh để thông báo tình hình học tập, sinh hoạt của các em, giúp "
          "gia đình ở xa yên tâm hơn."),
        P("Từ kinh nghiệm thực tế, chúng tôi cho rằng chuyển đổi số ở trường vùng cao không cần bắt đầu từ "
          "những thiết bị đắt tiền, mà từ sự đồng thuận của tập thể sư phạm và cách làm phù hợp với điều "
          "kiện của nhà trường."),
        Raw("SEEALSO"),
        P("Chú thích:", "h"),
        P("[1] Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án.", "note"),
    ],
    authors=["Đàm Thị Thu Hằng"],
    opts={
        "module": "chuyen-de", "cat": "chuyen-doi-so", "time": datetime(2026, 11, 24, 9, 30),
        "thumb": "/assets/chuyen-de/2026_11/ptdtnt-cho-don-1.jpg",
    },
)

C3 = _story(
    422,
    "Tập huấn sử dụng phần mềm quản lý trường học cho giáo viên mầm non",
    "Chuyển đổi số",
    "2026-11-10T14:45:00+07:00",
    [
        P("Phần mềm giúp các trường mầm non quản lý hồ sơ trẻ, theo dõi sức khỏe, chiều cao, cân nặng, xây "
          "dựng thực đơn, tính khẩu phần dinh dưỡng và kết nối thông tin với cha mẹ trẻ."),
        Img("/uploads/chuyen-de/2026_11/tap-huan-mam-non-1.jpg", "Ảnh: Bế Văn Lâm", None, "credit"),
        P("Nội dung thực hành gồm khai báo thông tin trẻ, nhập chỉ số sức khỏe, xây dựng thực đơn theo mùa.",
          "br"),
        P("Cuối mỗi buổi, học viên làm bài kiểm tra trên phần mềm để đánh giá mức độ thành thạo."),
        P("“Trước đây mỗi tháng tôi mất gần hai ngày để tổng hợp sổ theo dõi sức khỏe của trẻ, nay chỉ cần vài "
          "thao tác là có báo cáo”, cô Hoàng Thị Lan, giáo viên Trường Mầm non Bằng Vân (huyện Ngân Sơn) "
          "chia sẻ.", "quote"),
        Raw('<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" '
            'src="https://www.youtube.com/embed/q3VbK8sLm2A" width="640"></iframe></p>'),
        P("Sau tập huấn, Sở yêu cầu 100% trường mầm non công lập đưa phần mềm vào sử dụng từ tháng 12/2026; "
          "các phòng giáo dục và đào tạo theo dõi, hỗ trợ các trường trong quá trình triển khai."),
        Img("/uploads/chuyen-de/2026_11/tap-huan-mam-non-2.jpg", "Ảnh: Bế Văn Lâm", None, "credit"),
    ],
    authors=["Trần Thu Trang"],
    photographers=["Bế Văn Lâm"],
    summary="Trong hai ngày 08 và 09/11, Sở Giáo dục và Đào tạo phối hợp với Viettel Bắc Kạn tổ chức tập huấn "
    "sử dụng phần mềm quản lý trường học trực tuyến cho 160 cán bộ quản lý, giáo viên mầm non.",
    sapo_outside=True,
    opts={
        "module": "chuyen-de", "cat": "chuyen-doi-so", "time": datetime(2026, 11, 10, 14, 45),
        "footer_author": "CN. Trần Thu Trang",
        "thumb": "/assets/chuyen-de/2026_11/tap-huan-mam-non-1.jpg",
    },
)

C4 = _story(
    416,
    "Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Bắc Kạn giai đoạn 2026-2030",
    "Chuyển đổi số",
    "2026-10-16T08:20:00+07:00",
    [
        P("I. MỤC TIÊU", "h"),
        P("Đẩy mạnh ứng dụng công nghệ số trong quản lý, dạy, học, kiểm tra, đánh giá; xây dựng hệ sinh thái "
          "giáo dục số kết nối, chia sẻ dữ liệu từ Sở đến các cơ sở giáo dục, góp phần nâng cao chất lượng "
          "giáo dục toàn diện."),
        P("II. CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030", "h"),
        P("100% cơ sở giáo dục sử dụng hồ sơ điện tử, học bạ số, sổ điểm điện tử;", "li"),
        P("80% hồ sơ thủ tục hành chính lĩnh vực giáo dục được tiếp nhận, giải quyết trực tuyến toàn trình;",
          "li"),
        P("Mỗi môn học ở cấp THCS, THPT có ít nhất 30% nội dung được số hóa thành học liệu dùng chung;", "li"),
        P("100% giáo viên được bồi dưỡng kỹ năng số và an toàn thông tin cơ bản.", "li"),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", "h"),
        P("1. Nâng cao nhận thức, phát triển năng lực số cho đội ngũ cán bộ quản lý, giáo viên và học sinh."),
        P("2. Hoàn thiện hạ tầng, trang thiết bị; ưu tiên các trường vùng sâu, vùng xa, trường phổ thông dân "
          "tộc bán trú."),
        P("3. Xây dựng, khai thác hiệu quả cơ sở dữ liệu ngành và kho học liệu số dùng chung của tỉnh."),
        P("4. Tăng cường bảo đảm an toàn, an ninh mạng trong các cơ sở giáo dục."),
        Raw("VIEWER"),
    ],
    summary="Sở Giáo dục và Đào tạo ban hành Kế hoạch số 2105/KH-SGDĐT về chuyển đổi số ngành Giáo dục tỉnh "
    "Bắc Kạn giai đoạn 2026-2030 với nhiều chỉ tiêu cụ thể.",
    sapo_outside=True,
    opts={
        "module": "chuyen-de", "cat": "chuyen-doi-so", "time": datetime(2026, 10, 16, 8, 20),
        "poster": "bbt_sgd", "files": ["2105-kh-sgddt.pdf"],
    },
)

STORIES = [A1, X, K1, A2, A3, A4, T1, T2, T3, C1, C2, C3, C4]

# --- documents (laws module) and intro pages ---------------------------------------------------

DOCS = [
    {
        "alias": "cv-2561-sgddt-gdtrh", "no": "2561/SGDĐT-GDTrH", "issued": "13/11/2026",
        "effect": "13/11/2026", "kind": "Công văn", "signer": "Hoàng Văn Thịnh", "field": "Giáo dục Trung học",
        "title": "V/v hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
        "file": "/uploads/laws/2026_11/cv-2561-sgddt-gdtrh.pdf", "related": T2,
    },
    {
        "alias": "kh-2105-kh-sgddt", "no": "2105/KH-SGDĐT", "issued": "08/10/2026", "effect": "08/10/2026",
        "kind": "Kế hoạch", "signer": "Lý Thị Thanh Hương", "field": "Công nghệ thông tin",
        "title": "Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Bắc Kạn giai đoạn 2026-2030",
        "file": "/uploads/laws/2026_10/kh-2105-kh-sgddt.pdf", "related": None,
    },
    {
        "alias": "kh-1986-kh-sgddt", "no": "1986/KH-SGDĐT", "issued": "15/09/2026", "effect": "15/09/2026",
        "kind": "Kế hoạch", "signer": "Hoàng Văn Thịnh", "field": "Khảo thí - Kiểm định",
        "title": "Kế hoạch tổ chức các kỳ thi, cuộc thi năm học 2026-2027",
        "file": "/uploads/laws/2026_09/kh-1986-kh-sgddt.pdf", "related": None,
    },
]

PAGES = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bắc Kạn, tham mưu, giúp "
            "Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
            "chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về "
            "chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
            "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.",
        ],
    ),
    "lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc Sở: phụ trách chung, công tác tổ chức cán bộ, kế hoạch - tài chính.",
            "Phó Giám đốc Sở Hoàng Văn Thịnh: phụ trách giáo dục trung học, quản lý chất lượng.",
            "Phó Giám đốc Sở Lý Thị Thanh Hương: phụ trách giáo dục mầm non, tiểu học, công nghệ thông tin.",
        ],
    ),
}


# --- URLs -------------------------------------------------------------------------------------


def art_path(s: Story, cat: str | None = None) -> str:
    m = s.opts["module"]
    if m == "thong-bao":
        return f"/thong-bao/{s.slug}-{s.id}.html"
    return f"/{m}/{cat or s.opts['cat']}/{s.slug}-{s.id}.html"


def print_path(s: Story) -> str:
    m = s.opts["module"]
    if m == "thong-bao":
        return f"/thong-bao/print/{s.slug}-{s.id}.html"
    return f"/{m}/print/{s.opts['cat']}/{s.slug}-{s.id}.html"


def save_path(s: Story) -> str | None:
    if s.opts["module"] != "tin-tuc":
        return None
    return f"/tin-tuc/savefile/{s.opts['cat']}/{s.slug}-{s.id}.html"


def old_path(s: Story) -> str | None:
    tpl = s.opts.get("old")
    return tpl.format(alias=s.slug) if tpl else None


def file_url(s: Story, kind: str, idx: int = 0) -> str:
    return f"{art_path(s)}?{kind}=1&id={idx}"


def viewer_src(s: Story, idx: int = 0) -> str:
    return "/assets/js/pdf.js/web/viewer.html?file=" + quote(file_url(s, "pdf", idx), safe="")


def listing(module: str, cat: str | None) -> list[Story]:
    out = [
        s for s in STORIES
        if s.opts["module"] == module
        and (cat is None or s.opts.get("cat") == cat or cat in s.opts.get("also", []))
    ]
    return sorted(out, key=lambda s: s.opts["time"], reverse=True)


def list_link(s: Story, module: str, cat: str | None) -> str:
    """The vendor builds listing links with the listing's own category alias."""
    if cat and cat in s.opts.get("also", []):
        return art_path(s, cat)
    return art_path(s)


def cat_path(module: str, cat: str | None, page: int = 1) -> str:
    base = f"/{module}/" + (f"{cat}/" if cat else "")
    return base if page == 1 else f"{base}page-{page}/"


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [
        ("/gioi-thieu/chuc-nang-nhiem-vu.html", "Chức năng, nhiệm vụ"),
        ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ("/gioi-thieu/lanh-dao-so.html", "Lãnh đạo Sở"),
    ]),
    ("/tin-tuc/", "Tin tức", [
        ("/tin-tuc/hoat-dong-nganh/", "Hoạt động ngành"),
        ("/tin-tuc/thi-dua-khen-thuong/", "Thi đua - Khen thưởng"),
    ]),
    ("/thong-bao/", "Thông báo", []),
    ("/chuyen-de/", "Chuyên đề", [("/chuyen-de/chuyen-doi-so/", "Chuyển đổi số")]),
    ("/van-ban/", "Văn bản", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = ' class="active"' if href == active else ""
        if subs:
            sub = "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="dropdown{" active" if href == active else ""}" role="presentation">'
                f'<a class="dropdown-toggle" href="{href}" role="button" aria-expanded="false" '
                f'title="{esc(label)}">{esc(label)} <strong class="caret">&nbsp;</strong></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li{cls} role="presentation"><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">'
        '<ul class="nav navbar-nav">' + "".join(items) + "</ul></div></div></div></nav>"
    )


def _crumbs(crumbs: list[tuple[str, str]]) -> str:
    if not crumbs:
        return ""
    lis = ['<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
           '<a href="/" itemprop="item" title="Trang chủ"><span itemprop="name">Trang chủ</span></a>'
           '<i class="hidden" itemprop="position" content="1"></i></li>']
    for n, (href, label) in enumerate(crumbs, start=2):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(lis) + "</ul></div>"
    )


def _sidebar() -> str:
    most = [A1, X, C1, K1]
    most_html = "".join(
        f'<li class="clearfix"><a href="{art_path(s)}" title="{esc(s.title)}">'
        f'<img src="{s.opts.get("thumb", PIX)}" alt="{esc(s.title)}" width="70" class="img-thumbnail pull-left mr-1"/>'
        f"</a><a class=\"show\" href=\"{art_path(s)}\" title=\"{esc(s.title)}\">{esc(clean60(s.title))}</a></li>"
        for s in most
    )
    notices = "".join(
        f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{esc(clean60(s.title, 70))}</a> '
        f'<span class="ngay-tb">({s.opts["time"]:%d/%m})</span></li>'
        for s in (T1, T2)
    )
    return (
        '<div class="col-sm-8 col-md-8 col-lg-8" id="cot-phai">'
        '<div class="panel panel-primary"><div class="panel-heading">Tìm kiếm</div><div class="panel-body">'
        '<form action="/seek/" method="get"><input type="text" name="q" class="form-control" maxlength="60" '
        'placeholder="Nhập từ khóa..."/><button type="submit" class="btn btn-primary">Tìm</button></form>'
        "</div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">'
        f'<ul class="block_tophits list-none list-items">{most_html}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thông báo mới</div><div class="panel-body">'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">'
        f'<ul class="tb-chay">{notices}</ul></marquee></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">'
        '<select class="form-control" onchange="if(this.value)window.open(this.value)">'
        '<option value="">--- Chọn liên kết ---</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://backan.gov.vn">Cổng TTĐT tỉnh Bắc Kạn</option>'
        '<option value="https://baobackan.vn">Báo Bắc Kạn</option></select>'
        '<p class="text-center"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">'
        '<img src="/uploads/banners/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" width="260"/></a></p>'
        '<p class="text-center"><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">'
        '<img src="/uploads/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" width="260"/></a></p>'
        "</div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">'
        '<form action="/voting/" method="post"><p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của '
        'Sở?</strong></p><div class="radio"><label><input type="radio" name="option" value="1"/> Rất hữu ích</label>'
        '</div><div class="radio"><label><input type="radio" name="option" value="2"/> Hữu ích</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Cần cải thiện</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Bình chọn"/> '
        '<input type="button" class="btn btn-primary btn-sm" value="Kết quả"/></form></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">'
        '<ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.204</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại</span><span>38.511</span></li>'
        '<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>5.912.347</span></li>'
        "</ul></div></div></div>"
    )


def _footer() -> str:
    return (
        '<footer id="footer"><div class="wraper"><div class="container"><div class="row">'
        '<div class="col-xs-24 col-sm-24 col-md-16"><div class="company_info">'
        f'<p class="company_name"><span>Cơ quan chủ quản: {SITE}</span></p>'
        "<p><em class=\"fa fa-map-marker\"></em> Địa chỉ: Tổ 1B, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>"
        '<p><em class="fa fa-phone"></em> Điện thoại: 0209.3870.268 - Fax: 0209.3870.260</p>'
        '<p><em class="fa fa-envelope"></em> Email: <a href="mailto:sgddt@backan.gov.vn">sgddt@backan.gov.vn</a></p>'
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo. Ghi rõ nguồn "
        "&quot;Cổng thông tin điện tử Sở GD&amp;ĐT Bắc Kạn&quot; khi phát hành lại thông tin từ website này.</p>"
        "</div></div>"
        '<div class="col-xs-24 col-sm-24 col-md-8"><p class="copyright">&copy; Bản quyền thuộc về '
        f"{SITE}</p><p>Phát triển trên nền tảng <a href=\"https://nukeviet.vn\" rel=\"nofollow\">NukeViet CMS</a>"
        " - Thiết kế: Trung tâm Công nghệ thông tin và Truyền thông Bắc Kạn</p></div>"
        "</div></div></div></footer>"
        '<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" '
        'href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>'
    )


def layout(request: Request, title: str, main: str, *, crumbs=(), active="/", head="", og_type="website") -> str:
    b = base_url(request)
    ticker = (
        f'<a href="{esc(old_path(X))}">{esc(clean60(X.title, 80))}</a> &nbsp;|&nbsp; '
        f'<a href="{art_path(C1)}">{esc(C1.title)}</a> &nbsp;|&nbsp; '
        f'<a href="{art_path(T1)}">{esc(clean60(T1.title, 80))}</a>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">'
        "<head>"
        f"<title>{title}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
        f'<meta name="author" content="{SITE}"/><meta name="copyright" content="{SITE}"/>'
        '<meta name="generator" content="NukeViet v4.5"/>'
        f'<meta property="og:type" content="{og_type}"/><meta property="og:site_name" content="{SITE}"/>'
        f"{head}"
        f'<link rel="shortcut icon" href="{b}/uploads/favicon.ico"/>'
        '<link rel="stylesheet" href="/assets/css/font-awesome.min.css"/>'
        '<link rel="stylesheet" href="/themes/sgddt/css/bootstrap.min.css"/>'
        '<link rel="stylesheet" href="/themes/sgddt/css/style.css"/>'
        '<script src="/assets/js/jquery/jquery.min.js"></script>'
        '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_site_name="Sở GD&ĐT Bắc Kạn";</script>'
        '<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script>'
        '<script src="/themes/sgddt/js/main.js"></script>'
        "</head><body>"
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.'
        "<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>"
        '<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">'
        '<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Trang chủ" href="/">'
        '<img src="/uploads/logo-sgd-backan.png" width="90" height="90" alt="Logo Sở GD&amp;ĐT Bắc Kạn"/></a>'
        '<h1 class="tieude-site">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN</h1>'
        '<h2 class="slogan">Cổng thông tin điện tử</h2></div>'
        '<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><span class="ngay-hien-tai">'
        f'<em class="fa fa-calendar"></em> {HEADER_TODAY}</span></div></div></div></div></header>'
        f"{_menu(active)}"
        '<div class="container"><div class="tin-moi-chay"><span class="lbl">Tin mới:</span>'
        f'<marquee scrollamount="3">{ticker}</marquee></div></div>'
        '<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg">'
        f"{_crumbs(list(crumbs))}</div></div></nav>"
        '<div class="row"><div class="col-sm-16 col-md-16 col-lg-16" id="cot-trai">'
        f"{main}</div>{_sidebar()}</div></div></section>"
        f"{_footer()}</div></div>"
        '<div id="run_cronjobs" style="visibility:hidden;display:none;">'
        '<img alt="" src="/index.php?second=cronjobs&amp;p=x8k2Lm0q" width="1" height="1" /></div>'
        "</body></html>"
    )


# --- article rendering ------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _img_tag(s: Story, img: Img, *, lazy: bool, width: int = 600) -> str:
    stem = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ")
    if lazy:
        return (f'<img class="lazy" alt="{esc(stem)}" src="{PIX}" data-src="{img.src}" width="{width}" '
                f'height="{width * 2 // 3}" />')
    return f'<img alt="{esc(stem)}" src="{img.src}" width="{width}" height="{width * 2 // 3}" />'


def _render_img(s: Story, img: Img, *, lazy: bool) -> str:
    tag = _img_tag(s, img, lazy=lazy)
    line = _t(s, img.printed) if img.printed else ""
    if img.style == "figure":
        return (f'<figure class="image" style="display:inline-block">{tag}'
                f"<figcaption>{line}</figcaption></figure>")
    if img.style == "table":
        return ('<table align="center" border="0" cellpadding="4" cellspacing="0" class="tbl-anh" '
                f'style="width:600px"><tbody><tr><td>{tag}</td></tr>'
                f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{line}</em></span>'
                "</td></tr></tbody></table>")
    if img.style == "credit":
        return (f'<p style="text-align: center;">{tag}</p>'
                f'<p style="text-align: right;"><em>{line}</em></p>')
    # "next": the photo centred, its line in a centred italic paragraph under it
    return (f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{line}</em></p>')


def _seealso() -> str:
    return (f'<p><strong>Xem thêm:</strong> <a href="{esc(old_path(A1))}">{esc(A1.title)}</a></p>')


def _viewer(s: Story) -> str:
    name = s.opts["files"][0]
    return (
        f'<p><strong>Toàn văn:</strong> <a href="{esc(file_url(s, "download"))}">{esc(name)}</a></p>'
        f'<p style="text-align:center"><iframe class="pdf-viewer" src="{esc(viewer_src(s))}" width="100%" '
        'height="780" frameborder="0"></iframe></p>'
    )


def body_html(s: Story, *, printing: bool = False) -> str:
    lazy = bool(s.opts.get("lazy")) and not printing
    out: list[str] = []
    dup = s.opts.get("dup_sapo")
    if dup == "plain":
        out.append(f'<p style="text-align:justify">{_t(s, s.summary)}</p>')
    elif dup == "strong":
        out.append(f'<p style="text-align:justify"><strong>{_t(s, s.summary)}</strong></p>')
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "VIEWER":
                out.append(_viewer(s))
            elif b.html == "SEEALSO":
                out.append(_seealso())
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(s, b, lazy=lazy))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tds = "".join(
                    f'<td style="width:{200 if n == 0 else 140}px;border:solid windowtext 1.0pt;padding:0 5.4pt">'
                    f'<p class="MsoNormal" align="center" style="text-align:center">'
                    + (f"<b><span>{_t(s, c)}</span></b>" if first else f"<span>{_t(s, c)}</span>")
                    + "<o:p></o:p></p></td>"
                    for n, c in enumerate(cells)
                )
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
                       'style="border-collapse:collapse;border:none"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{_t(s, b.text)}<br />\n{_t(s, nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(s, b.text)}</strong></h3>" if s.id % 2 == 0
                       else f'<p><strong>{_t(s, b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(s, b.text)}</em></p></blockquote>")
        elif b.style == "bold":
            out.append(f'<p style="text-align:justify"><strong>{_t(s, b.text)}</strong></p>')
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:normal"><span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,'
                f'serif">{_t(s, b.text)}</span><o:p></o:p></p>'
            )
        elif b.style == "note":
            out.append(f'<p style="font-size:12px"><em>{_t(s, b.text)}</em></p>')
        else:
            out.append(f'<p style="text-align:justify">{_t(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _meta_lines(s: Story) -> str:
    lines = []
    if s.opts.get("footer_author"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(s.opts["footer_author"])}</p>')
    if s.opts.get("footer_source"):
        src = s.opts["footer_source"]
        src = src if src.startswith("<a") else esc(src)
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{src}</p>')
    if s.opts.get("poster"):
        lines.append(f'<p class="h5 text-right text-muted"><strong>Người đăng: </strong>{esc(s.opts["poster"])}</p>')
    return '<div class="margin-bottom-lg tacgia-nguon">' + "".join(lines) + "</div>" if lines else ""


def _crumbs_for(s: Story) -> list[tuple[str, str]]:
    m = s.opts["module"]
    crumbs = [(f"/{m}/", MODULES[m]["title"])]
    if s.opts.get("cat"):
        crumbs.append((cat_path(m, s.opts["cat"]), MODULES[m]["cats"][s.opts["cat"]]))
    return crumbs


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _nv_broken(dt: datetime) -> str:
    """NukeViet's date('Y-m-dTH:i:s'): the unescaped T prints the zone's abbreviation."""
    return dt.strftime("%Y-%m-%dICT%H:%M:%S")


def _files_panel(s: Story) -> str:
    files = s.opts.get("files") or []
    if not files:
        return ""
    rows = []
    for n, name in enumerate(files):
        rows.append(
            '<div class="list-group-item"><span class="badge">'
            f'<a role="button" data-toggle="collapse" href="#file-{s.id}-{n}" aria-expanded="false">'
            '<em class="fa fa-eye"></em> Xem trực tuyến</a> &nbsp; '
            f'<a href="{esc(file_url(s, "download", n))}" title="{esc(name)}"><em class="fa fa-download"></em> '
            f'Tải về</a></span><a href="{esc(file_url(s, "download", n))}" title="{esc(name)}">{esc(name)}</a>'
            f'<div class="clearfix"></div><div id="file-{s.id}-{n}" class="collapse">'
            f'<iframe frameborder="0" height="600" scrolling="yes" src="{esc(viewer_src(s, n))}" width="100%">'
            "</iframe></div></div>"
        )
    return ('<div class="news_column panel panel-default"><div class="panel-body">'
            '<div class="h3 margin-bottom-lg"><em class="fa fa-download">&nbsp;</em><strong>Tệp đính kèm</strong>'
            '</div><div class="list-group news-download-file">' + "".join(rows) + "</div></div></div>")


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    items = "".join(
        '<div class="comment-box"><div class="media"><a class="pull-left" href="#">'
        '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" width="40" '
        'alt="avatar"/></a><div class="media-body"><div class="margin-bottom-sm">'
        f'<strong>{esc(name)}</strong> - <em class="fa fa-clock-o"></em> <em>{when}</em></div>'
        f'<div class="comment-content">{esc(body)}</div><div class="comment-like small">'
        '<a href="javascript:void(0);" onclick="nv_commment_like(this);"><em class="fa fa-thumbs-o-up">'
        '</em> Thích</a> - <a href="javascript:void(0);" onclick="nv_commment_reply(this);">Trả lời</a>'
        "</div></div></div></div>"
        for name, when, body in comments
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg">'
        '<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left">'
        f'<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc ({len(comments)})</p>'
        '</div><div class="col-xs-12 text-right"><select class="form-control" id="sort">'
        '<option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option>'
        '</select></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg">{items or "<p>Chưa có bình luận nào.</p>"}</div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" onsubmit="return false;">'
        '<div class="form-group"><input type="text" class="form-control" name="name" placeholder="Họ và tên"/></div>'
        '<div class="form-group"><input type="email" class="form-control" name="email" placeholder="Email"/></div>'
        '<div class="form-group"><textarea class="form-control" name="content" rows="5" '
        'placeholder="Nội dung bình luận"></textarea></div>'
        '<input type="button" class="btn btn-primary" value="Gửi bình luận"/></form></div></div></div></div>'
    )


def _related(s: Story) -> str:
    m = s.opts["module"]
    pool = listing(m, s.opts.get("cat"))
    newer = [o for o in pool if o.opts["time"] > s.opts["time"]][-3:]
    parts = []
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(o)}" title="{esc(o.title)}">'
            f'{esc(o.title)}</a> <em>({o.opts["time"]:%d/%m/%Y})</em></li>'
            for o in newer
        )
        parts.append('<p class="h3"><strong>Những tin mới hơn</strong></p>'
                     f'<div class="clearfix"><ul class="detail-related related list-none list-items">{lis}</ul></div>')
    tagged = [
        o for o in STORIES
        if o is not s and set(o.opts.get("tags", [])) & set(s.opts.get("tags", []))
        and o.opts["time"] > datetime(2026, 11, 6)
    ]
    if tagged:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(o)}" title="{esc(o.title)}">'
            f'{esc(o.title)}</a> <em>({o.opts["time"]:%d/%m/%Y})</em></li>'
            for o in tagged
        )
        parts.append('<p class="h3"><strong>Tin liên quan</strong></p>'
                     f'<ul class="related list-none list-items">{lis}</ul>')
    if not parts:
        return ""
    return ('<div class="news_column panel panel-default"><div class="panel-body other-news">'
            + "".join(parts) + "</div></div>")


def _double_escaped(title: str) -> str:
    return esc(esc(title))


def article_page(request: Request, s: Story) -> Response:
    b = base_url(request)
    m = s.opts["module"]
    t: datetime = s.opts["time"]
    crumbs = _crumbs_for(s)
    cat_title = crumbs[-1][1]
    canonical = b + art_path(s)
    schema_time = s.opts.get("schema_time") or _iso(t)
    schema_author = s.opts.get("footer_author") or SITE
    head = (
        f'<meta name="description" content="{esc(s.summary or s.title)}"/>'
        f'<meta property="og:title" content="{_double_escaped(s.title)}"/>'
        f'<meta property="og:description" content="{esc(s.summary or "")}"/>'
        f'<meta property="og:url" content="{canonical}"/>'
        + (f'<meta property="og:image" content="{b}{s.opts["thumb"]}"/>' if s.opts.get("thumb") else "")
        + f'<meta property="article:published_time" content="{_nv_broken(t)}"/>'
        f'<meta property="article:section" content="{esc(cat_title)}"/>'
        f'<link rel="canonical" href="{canonical}"/>'
    )
    tools = (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/{m}/sendmail/{s.slug}-{s.id}.html','',650,500,'resizable=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ấn" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(s)}','',840,500,'resizable=yes,scrollbars=yes');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        + (f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{save_path(s)}">'
           '<em class="fa fa-save fa-lg">&nbsp;</em></a></li>' if save_path(s) else "")
        + "</ul>"
    )
    hometext = (f'<div class="hometext m-bottom" itemprop="description">{_t(s, s.summary)}</div>'
                if s.summary and s.sapo_outside else "")
    share = (
        '<div class="ctn-chiase clearfix"><span class="lbl-chiase">Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" target="_blank" '
        'rel="nofollow"><img src="/themes/sgddt/images/icon-fb.png" alt="Facebook" width="24"/></a> '
        f'<a class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1" '
        'data-color="blue" data-customize="false"></a> '
        f'<span class="luot-xem"><em class="fa fa-eye"></em> Lượt xem: {s.views():,}</span></div>'.replace(",", ".")
    )
    kw = s.opts.get("tags") or []
    keywords = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        '<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
        + ", ".join(f'<a title="{esc(TAGS[k])}" href="/tin-tuc/tag/{k}"><em>{esc(TAGS[k])}</em></a>' for k in kw)
        + "</div></div></div>"
    ) if kw else ""
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        '<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: '
        f'{(s.id % 7) * 5} trong {s.id % 7} đánh giá</p>'
        '<span class="hover-star"></span><span id="hover-test">Click để đánh giá bài viết</span>'
        "</div></form></div></div>"
    )
    main = (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{_t(s, s.title)}</h1>'
        '<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>'
        f'<span itemprop="name">{esc(schema_author)}</span></div>'
        f'<span class="hidden hide d-none" itemprop="datePublished">{schema_time}</span>'
        f'<span class="hidden hide d-none" itemprop="dateModified">{schema_time}</span>'
        f'<span class="hidden hide d-none" itemprop="mainEntityOfPage">{canonical}</span>'
        '<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope>'
        f'<span itemprop="name">{SITE}</span></div>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{nv_time(t)}</span></div>'
        f'<div class="col-md-12">{tools}</div></div>'
        '<div class="co-chu text-right small">Cỡ chữ: <a href="javascript:;" onclick="nv_fsize(-1)">A-</a> '
        '<a href="javascript:;" onclick="nv_fsize(0)">A</a> <a href="javascript:;" onclick="nv_fsize(1)">A+</a></div>'
        f'<div class="clearfix">{hometext}</div>'
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body_html(s)}{share}</div>'
        f"{_meta_lines(s)}"
        "</div></div>"
        f"{_files_panel(s)}{keywords}{rating}{_comments(s) if m != 'thong-bao' else ''}{_related(s)}"
    )
    page = layout(
        request, f"{_double_escaped(s.title)} - {esc(cat_title)} - {SITE}", main,
        crumbs=crumbs, active=f"/{m}/", head=head, og_type="article",
    )
    return html(page)


def print_page(request: Request, s: Story, *, attachment: bool = False) -> Response:
    b = base_url(request)
    hometext = f'<div id="hometext">{_t(s, s.summary)}</div>' if s.summary and s.sapo_outside else ""
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
        f"<title>{_double_escaped(s.title)}</title>"
        '<meta name="robots" content="noindex, nofollow"/>'
        f'<link rel="canonical" href="{b}{art_path(s)}"/>'
        '<link rel="stylesheet" href="/themes/sgddt/css/print.css"/></head><body>'
        '<div id="print"><div id="hd_print"><h2 class="pull-left">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN</h2>'
        f'<p class="pull-right"><a title="{SITE}" href="{b}/">{b}</a></p></div><div class="clear"></div><hr />'
        f'<div id="content"><h1>{_t(s, s.title)}</h1><ul class="list-inline"><li>{nv_time(s.opts["time"])}</li>'
        '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" '
        'onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired"><em class="fa fa-power-off">'
        '&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a>'
        f'</li></ul><div class="clear"></div>{hometext}<div class="clear"></div>'
        f'<div id="bodytext" class="clearfix">{body_html(s, printing=True)}</div>'
        f'<div id="author">{_meta_lines(s)}</div></div>'
        '<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>'
        f'<a href="{b}{art_path(s)}" title="{esc(s.title)}">{b}{art_path(s)}</a></div>'
        f'<div class="copyright">&copy; {SITE}</div>'
        '<div id="contact"><a href="mailto:sgddt@backan.gov.vn">sgddt@backan.gov.vn</a></div></div></div>'
        "</body></html>"
    )
    headers = {}
    if attachment:
        headers["Content-Disposition"] = f'attachment; filename="{s.slug}.html"'
    return html(page, headers=headers)


# --- listings ---------------------------------------------------------------------------------


def _item(s: Story, link: str, *, big: bool = False) -> str:
    thumb = s.opts.get("thumb")
    img = (f'<a href="{link}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb}" '
           f'width="{183 if big else 100}" class="img-thumbnail pull-left imghome"/></a>') if thumb else ""
    hometext = s.summary or ""
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'{img}<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {s.opts["time"]:%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li>'
        f'<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {len(s.opts.get("comments") or [])}</li>'
        f'</ul></div><div class="tomtat-ds">{esc(clean60(hometext, 220))}</div></div></div>'
    )


def _pager(module: str, cat: str | None, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append(f'<li><a href="{cat_path(module, cat, page - 1)}" title="Trang trước">&laquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{cat_path(module, cat, n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li><a rel="next" href="{cat_path(module, cat, page + 1)}" title="Trang sau">&raquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(lis) + "</ul></div>"


def cat_page(request: Request, module: str, cat: str | None, page: int) -> Response | None:
    items = listing(module, cat)
    per = MODULES[module]["per_page"]
    pages = max(1, -(-len(items) // per))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * per: page * per]
    title = MODULES[module]["cats"][cat] if cat else MODULES[module]["title"]
    crumbs = [(f"/{module}/", MODULES[module]["title"])]
    if cat:
        crumbs.append((cat_path(module, cat), title))
    head = f'<link rel="canonical" href="{base_url(request)}{cat_path(module, cat, page)}"/>'
    if page < pages:
        head += f'<link rel="next" href="{base_url(request)}{cat_path(module, cat, page + 1)}"/>'
    main = (
        f'<div class="page-title-cm"><h2>{esc(title)}</h2></div>'
        + "".join(_item(s, list_link(s, module, cat), big=(n == 0 and page == 1)) for n, s in enumerate(chunk))
        + _pager(module, cat, page, pages)
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return html(layout(request, f"{esc(title)}{suffix} - {SITE}", main, crumbs=crumbs, active=f"/{module}/"))


def _box(title: str, href: str, items: list[Story], link_cat: tuple[str, str | None]) -> str:
    if not items:
        return ""
    first, rest = items[0], items[1:]
    flink = list_link(first, *link_cat)
    lis = "".join(
        f'<li><em class="fa fa-angle-right"></em> <a href="{list_link(o, *link_cat)}" title="{esc(o.title)}">'
        f"{esc(clean60(o.title))}</a></li>"
        for o in rest
    )
    thumb = first.opts.get("thumb")
    img = (f'<a href="{flink}" title="{esc(first.title)}"><img src="{thumb}" alt="{esc(first.title)}" '
           'width="160" class="img-thumbnail pull-left"/></a>') if thumb else ""
    return (
        '<div class="col-xs-24 col-sm-12 col-md-12"><div class="box-cm">'
        f'<div class="box-cm-tit"><a href="{href}" title="{esc(title)}">{esc(title)}</a></div>'
        f'<div class="box-cm-ct clearfix">{img}<h4><a href="{flink}" title="{esc(first.title)}">'
        f"{esc(clean60(first.title, 90))}</a></h4>"
        f'<p class="tomtat">{esc(clean60(first.summary or "", 160))}</p>'
        f'<ul class="list-none ds-tin-khac">{lis}</ul>'
        f'<div class="text-right"><a class="xem-tiep" href="{href}">Xem tiếp &raquo;</a></div>'
        "</div></div></div>"
    )


def _docs_block() -> str:
    rows = "".join(
        f'<tr><td class="text-nowrap"><a href="/van-ban/{d["alias"]}.html">{esc(d["no"])}</a></td>'
        f'<td class="text-center">{d["issued"]}</td><td>{esc(d["title"])}</td></tr>'
        for d in DOCS
    )
    return (
        '<div class="panel panel-default vbcd"><div class="panel-heading"><a href="/van-ban/">'
        "Văn bản chỉ đạo điều hành</a></div><div class=\"panel-body\">"
        '<table class="table table-striped table-bordered table-hover"><thead><tr><th>Số/Ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>" + rows + "</tbody></table></div></div>"
    )


def home_page(request: Request) -> Response:
    hdn = listing("tin-tuc", "hoat-dong-nganh")[:3]
    tdkt = listing("tin-tuc", "thi-dua-khen-thuong")[:2]
    tb = listing("thong-bao", None)[:2]
    cds = listing("chuyen-de", "chuyen-doi-so")[:3]
    main = (
        '<div class="row grid-box-cm">'
        + _box("Hoạt động ngành", "/tin-tuc/hoat-dong-nganh/", hdn, ("tin-tuc", "hoat-dong-nganh"))
        + _box("Thông báo", "/thong-bao/", tb, ("thong-bao", None))
        + "</div><div class=\"row grid-box-cm\">"
        + _box("Chuyển đổi số", "/chuyen-de/chuyen-doi-so/", cds, ("chuyen-de", "chuyen-doi-so"))
        + _box("Thi đua - Khen thưởng", "/tin-tuc/thi-dua-khen-thuong/", tdkt, ("tin-tuc", "thi-dua-khen-thuong"))
        + "</div>"
        + _docs_block()
    )
    head = (f'<meta name="description" content="Cổng thông tin điện tử {SITE}"/>'
            f'<link rel="canonical" href="{base_url(request)}/"/>')
    return html(layout(request, SITE, main, head=head))


def module_main(request: Request, module: str) -> Response:
    cats = MODULES[module]["cats"]
    boxes = "".join(
        _box(title, cat_path(module, alias_), listing(module, alias_)[:3], (module, alias_))
        for alias_, title in cats.items()
    )
    main = (f'<div class="page-title-cm"><h2>{esc(MODULES[module]["title"])}</h2></div>'
            f'<div class="row grid-box-cm">{boxes}</div>')
    crumbs = [(f"/{module}/", MODULES[module]["title"])]
    return html(layout(request, f"{esc(MODULES[module]['title'])} - {SITE}", main, crumbs=crumbs,
                       active=f"/{module}/"))


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in STORIES if tag in s.opts.get("tags", [])]
    items.sort(key=lambda s: s.opts["time"], reverse=True)
    main = (f'<div class="page-title-cm"><h2>Từ khóa: {esc(TAGS[tag])}</h2></div>'
            + "".join(_item(s, art_path(s)) for s in items))
    crumbs = [("/tin-tuc/", "Tin tức"), (f"/tin-tuc/tag/{tag}", TAGS[tag])]
    return html(layout(request, f"{esc(TAGS[tag])} - Tin tức - {SITE}", main, crumbs=crumbs, active="/tin-tuc/"))


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{n}</td><td><a href="/van-ban/{d["alias"]}.html">{esc(d["no"])}</a></td>'
        f'<td class="text-center">{d["issued"]}</td><td><a href="/van-ban/{d["alias"]}.html">{esc(d["title"])}</a>'
        f'</td><td class="text-center"><a href="{d["file"]}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
        for n, d in enumerate(DOCS, start=1)
    )
    main = (
        '<div class="page-title-cm"><h2>Văn bản</h2></div>'
        '<form class="form-inline laws-search" action="/van-ban/search/" method="get">'
        '<input type="text" class="form-control" name="q" placeholder="Số hiệu, trích yếu..."/> '
        '<button class="btn btn-primary" type="submit">Tìm văn bản</button></form>'
        '<table class="table table-bordered table-striped laws-list"><thead><tr><th>STT</th><th>Số ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>" + rows + "</tbody></table>"
    )
    return html(layout(request, f"Văn bản - {SITE}", main, crumbs=[("/van-ban/", "Văn bản")], active="/van-ban/"))


def van_ban_entry(request: Request, alias_: str) -> Response | None:
    doc = next((d for d in DOCS if d["alias"] == alias_), None)
    if doc is None:
        return None
    related = ""
    if doc["related"] is not None:
        s = doc["related"]
        related = (f'<p class="h5"><strong>Tin liên quan:</strong> <a href="{esc(old_path(s))}">'
                   f"{esc(s.title)}</a></p>")
    fields = [
        ("Số ký hiệu", esc(doc["no"])), ("Ngày ban hành", doc["issued"]), ("Ngày có hiệu lực", doc["effect"]),
        ("Loại văn bản", esc(doc["kind"])), ("Lĩnh vực", esc(doc["field"])),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"), ("Người ký", esc(doc["signer"])),
        ("Trích yếu", esc(doc["title"])),
        ("Tệp đính kèm", f'<a href="{doc["file"]}"><em class="fa fa-file-pdf-o"></em> '
                         f'{doc["file"].rsplit("/", 1)[-1]}</a>'),
    ]
    rows = "".join(f'<tr><td class="text-nowrap" style="width:180px"><strong>{k}</strong></td><td>{v}</td></tr>'
                   for k, v in fields)
    main = (
        '<div class="panel panel-default laws-detail"><div class="panel-body">'
        f'<h1 class="laws-title">{esc(doc["kind"])} {esc(doc["no"])}</h1>'
        f'<table class="table table-bordered">{rows}</table>{related}</div></div>'
    )
    crumbs = [("/van-ban/", "Văn bản"), (f"/van-ban/{alias_}.html", doc["no"])]
    return html(layout(request, f"{esc(doc['kind'])} {esc(doc['no'])} - Văn bản - {SITE}", main, crumbs=crumbs,
                       active="/van-ban/"))


def intro_page(request: Request, alias_: str | None) -> Response | None:
    if alias_ is None:
        lis = "".join(f'<li><a href="/gioi-thieu/{a}.html">{esc(t)}</a></li>' for a, (t, _) in PAGES.items())
        main = f'<div class="page-title-cm"><h2>Giới thiệu</h2></div><ul class="gt-list">{lis}</ul>'
        return html(layout(request, f"Giới thiệu - {SITE}", main, crumbs=[("/gioi-thieu/", "Giới thiệu")],
                           active="/gioi-thieu/"))
    if alias_ not in PAGES:
        return None
    title, paras = PAGES[alias_]
    main = ('<div class="page panel panel-default"><div class="panel-body">'
            f'<h1 class="title margin-bottom-lg">{esc(title)}</h1><div class="bodytext">'
            + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div></div></div>")
    crumbs = [("/gioi-thieu/", "Giới thiệu"), (f"/gioi-thieu/{alias_}.html", title)]
    return html(layout(request, f"{esc(title)} - Giới thiệu - {SITE}", main, crumbs=crumbs, active="/gioi-thieu/"))


def contact_page(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Liên hệ</h2>'
        f"<p><strong>{SITE}</strong></p><p>Địa chỉ: Tổ 1B, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>"
        "<p>Điện thoại: 0209.3870.268 - Email: sgddt@backan.gov.vn</p>"
        '<form action="/lien-he/" method="post" class="form-horizontal"><div class="form-group">'
        '<input type="text" name="fname" class="form-control" placeholder="Họ và tên"/></div>'
        '<div class="form-group"><input type="email" name="femail" class="form-control" placeholder="Email"/></div>'
        '<div class="form-group"><select name="fpart" class="form-control"><option value="1">Văn phòng Sở</option>'
        '<option value="2">Phòng Giáo dục Trung học</option></select></div>'
        '<div class="form-group"><textarea name="fcon" class="form-control" rows="6"></textarea></div>'
        '<input type="submit" class="btn btn-primary" value="Gửi thư"/></form></div></div>'
    )
    return html(layout(request, f"Liên hệ - {SITE}", main, crumbs=[("/lien-he/", "Liên hệ")], active="/lien-he/"))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = ('<div class="panel panel-default"><div class="panel-body"><h2>Kết quả tìm kiếm</h2>'
            f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <strong>{esc(q)}</strong>.</p></div></div>")
    return html(layout(request, f"Tìm kiếm - {SITE}", main, crumbs=[("/seek/", "Tìm kiếm")]))


def viewer_page() -> Response:
    return html(
        '<!DOCTYPE html><html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">'
        "<title>PDF.js viewer</title><link rel=\"stylesheet\" href=\"viewer.css\"></head><body tabindex=\"1\">"
        '<div id="outerContainer"><div id="mainContainer"><div id="viewerContainer" tabindex="0">'
        '<div id="viewer" class="pdfViewer"></div></div></div></div><script src="viewer.js"></script></body></html>'
    )


def pdf_response(name: str, *, attachment: bool) -> Response:
    disp = "attachment" if attachment else "inline"
    return Response(200, PDF, {"Content-Type": "application/pdf",
                               "Content-Disposition": f'{disp}; filename="{name}"'})


# --- routing ----------------------------------------------------------------------------------

_ART = re.compile(r"^(?P<alias>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_PAGE = re.compile(r"^page-(\d+)$")


def find_story(module: str, cat: str | None, tail: str) -> Story | None:
    m = _ART.match(tail)
    if not m:
        return None
    sid, al = int(m.group("id")), m.group("alias")
    for s in STORIES:
        if s.opts["module"] != module or s.id != sid or s.slug != al:
            continue
        if module == "thong-bao":
            return s if cat is None else None
        if cat == s.opts.get("cat") or cat in s.opts.get("also", []):
            return s
    return None


def _article_or_file(request: Request, s: Story) -> Response:
    params = request.params
    files = s.opts.get("files") or []
    for kind in ("download", "pdf"):
        if params.get(kind) == "1":
            idx = params.get("id", "0")
            if not idx.isdigit() or int(idx) >= len(files):
                return html("<html><body><p>Tệp tin không tồn tại</p></body></html>", status=404)
            return pdf_response(files[int(idx)], attachment=(kind == "download"))
    return article_page(request, s)


def _module_route(request: Request, module: str, parts: list[str]) -> Response | None:
    cats = MODULES[module]["cats"]
    if not parts:
        return module_main(request, module) if cats else cat_page(request, module, None, 1)
    head = parts[0]
    if module == "tin-tuc" and head == "tag" and len(parts) == 2:
        return tag_page(request, parts[1])
    if head in ("print", "savefile"):
        if head == "savefile" and module != "tin-tuc":
            return None
        rest = parts[1:]
        if module == "thong-bao" and len(rest) == 1:
            s = find_story(module, None, rest[0])
        elif len(rest) == 2 and rest[0] in cats:
            s = find_story(module, rest[0], rest[1])
            if s is not None and rest[0] != s.opts["cat"]:
                s = None
        else:
            s = None
        return print_page(request, s, attachment=(head == "savefile")) if s else None
    if module == "thong-bao":
        if len(parts) == 1:
            if (pm := _PAGE.match(head)) and request.path.endswith("/"):
                return cat_page(request, module, None, int(pm.group(1)))
            s = find_story(module, None, head)
            return _article_or_file(request, s) if s else None
        return None
    if head not in cats:
        return None
    if len(parts) == 1:
        return cat_page(request, module, head, 1) if request.path.endswith("/") else None
    if len(parts) == 2:
        if (pm := _PAGE.match(parts[1])) and request.path.endswith("/"):
            return cat_page(request, module, head, int(pm.group(1)))
        s = find_story(module, head, parts[1])
        return _article_or_file(request, s) if s else None
    return None


_NV_ALIASES = {"news": "tin-tuc", "tin-tuc": "tin-tuc", "thong-bao": "thong-bao", "chuyen-de": "chuyen-de"}


def _legacy(request: Request) -> Response | None:
    params = request.params
    if params.get("language", "vi") != "vi":
        return None
    module = _NV_ALIASES.get(params.get("nv", ""))
    if module is None:
        return None
    op = unquote(params.get("op", ""))
    parts = [p for p in op.split("/") if p]
    if not parts:
        return module_main(request, module) if MODULES[module]["cats"] else cat_page(request, module, None, 1)
    if module == "thong-bao" and len(parts) == 1:
        s = find_story(module, None, parts[0] + ".html")
    elif len(parts) == 2:
        s = find_story(module, parts[0], parts[1] + ".html")
    else:
        s = None
    return article_page(request, s) if s else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path in ("/", "/index.php"):
            if request.params.get("nv"):
                return _legacy(request)
            if request.params.get("second") == "cronjobs":
                return static_file("x.gif")
            if request.query and path == "/index.php":
                return None
            return home_page(request)
        if path.startswith("/assets/js/pdf.js/web/viewer.html"):
            return viewer_page()
        if path.lower().endswith(".pdf") and path.startswith("/uploads/"):
            return pdf_response(path.rsplit("/", 1)[-1], attachment=False)
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            return static_file(path)
        parts = [p for p in path.split("/") if p]
        if not parts:
            return None
        head, rest = parts[0], parts[1:]
        if head in MODULES:
            return _module_route(request, head, rest)
        if head == "van-ban":
            if not rest and path.endswith("/"):
                return van_ban_list(request)
            if len(rest) == 1 and rest[0].endswith(".html"):
                return van_ban_entry(request, rest[0][:-5])
            return None
        if head == "gioi-thieu":
            if not rest and path.endswith("/"):
                return intro_page(request, None)
            if len(rest) == 1 and rest[0].endswith(".html"):
                return intro_page(request, rest[0][:-5])
            return None
        if head == "lien-he" and not rest and path.endswith("/"):
            return contact_page(request)
        if head == "seek" and not rest:
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [art_path(s, c) for c in s.opts.get("also", [])]
    alts.append(print_path(s))
    if save_path(s):
        alts.append(save_path(s))
    if old_path(s):
        alts.append(old_path(s))
    return alts


GOLD = [gold_record(s, art_path(s), s.cat, canonical_path=art_path(s), alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/gioi-thieu/lanh-dao-so.html",
    "/lien-he/",
    "/van-ban/cv-2561-sgddt-gdtrh.html",
    "/van-ban/kh-2105-kh-sgddt.html",
    "/van-ban/kh-1986-kh-sgddt.html",
]

