"""Kirby 3.9 school site (a flat-file PHP CMS with a theme bought from a Vietnamese web studio):
Trường THCS Phan Chu Trinh, xã Krông Pắc, tỉnh Đắk Lắk.

The platform
------------
Kirby keeps every page as a folder of text files; the URL is the folder path, the slug alone
(no id, no date). The studio's theme ("Tây Nguyên Web", bought with the site) prints a blog
section "Tin tức" and a second section "Thông báo" from the same templates (``notes`` for the
listing, ``note`` for the article), plus a handful of static pages. Kirby's URL *parameters* are
path segments with a colon (``/tin-tuc/page:2``, ``/tin-tuc/tag:thi-dua``), read by the
templates in any order; Kirby's pagination also reads ``?page=N``, so ``/tin-tuc?page=2`` is the
very same listing page (a widget of the theme prints that form). Every page may also be asked for
in another *content representation* (``/tin-tuc/<slug>.json``) when a template for it exists: the
theme ships ``note.json.php``, a JSON dump of the article, linked from a "JSON" icon in the
article's footer. The Kirby Panel (the admin app) lives at ``/panel``.

URL scheme
----------
- ``/``: home. Slider, "Tin tức – Sự kiện" (the 3 newest notes as cards, then a tiny pager
  whose "Cũ hơn ›" link is ``/tin-tuc?page=2``: the query form), "Thông báo" (the 4 notices),
  a "Thư viện ảnh" teaser, a "Lịch công tác" link.
- ``/tin-tuc``, ``/tin-tuc/page:2``: the blog listing, 5 cards per page
  (``<article class="post-card">``: crop thumbnail, headline link, date "14.11.2026" with dots,
  an excerpt of about two lines, "Xem thêm →"); ``<nav class="pagination">`` has only
  "‹ Mới hơn" / "Cũ hơn ›" and the text "Trang 2 / 2" (no page numbers). Page 1 is ``/tin-tuc``
  (never ``page:1``). ``/tin-tuc?page=2`` = ``/tin-tuc/page:2``. A page past the end (page:3)
  is Kirby's error page with status 404.
- ``/tin-tuc/tag:<tag-slug>`` (``/tin-tuc/tag:thi-dua/page:2``): the same cards filtered by a tag;
  ``/tin-tuc/year:2025``, ``/tin-tuc/year:2026``: filtered by year (the "Lưu trữ" widget). Both
  are second and third views of the same articles.
- ``/thong-bao``: the notices, same listing template, one page ("Trang 1 / 1").
- ``/tin-tuc/<slug>``, ``/thong-bao/<slug>``: the article (template ``note``).
  ``?print=1`` on it: the print view (same head, so the same rel=canonical; a bare body with the
  headline, date, author line, intro and text: no menu, breadcrumb, tags, sidebar or related).
  ``/tin-tuc/<slug>.json``: the JSON representation (``application/json``), not a page.
  Any other query string is ignored by Kirby (the article again).
- ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc`` (the staff), ``/lien-he`` (a contact form that
  POSTs to itself), ``/lich-cong-tac`` (a table of the week's duties), ``/thu-vien-anh`` (the album
  list), ``/thu-vien-anh/le-khai-giang-2026`` (an album: a title and a gallery, nothing else).
- ``/tim-kiem?q=…``: the search page (the header's form; never linked).
- ``/panel``: 302 to ``/panel/login``, the Panel's JavaScript app shell (linked as "Quản trị" in
  the footer).
- ``/media/pages/<section>/<slug>/<hash>-<timestamp>/<file>``: uploaded files and their thumbs
  (``anh-1-400x.jpg``, ``anh-1-800x.jpg``, ``anh-1-400x260-crop.jpg`` for cards);
  ``/assets/…``: the theme's files.
- ``/home``: 301 to ``/`` (Kirby's home page folder); a trailing slash is ignored by the router
  (never printed).
- Anything else: Kirby's error page ("Không tìm thấy trang", status 404, full layout).

Every page carries the theme's chrome: top bar with today's date "Thứ Năm, 03/12/2026" and the
hotline, logo and school name, menu, search form, breadcrumb, sidebar ("Bài mới": the 5 newest
notes; "Thẻ": a tag cloud of ``/tin-tuc/tag:…`` links; "Lưu trữ": year links; "Liên kết
website": a select of other sites), footer (address, phone, "Chịu trách nhiệm chính",
"Lượt truy cập: 21.877 · Đang online: 3", "Quản trị" → /panel). Under each article: a footer
("In bài" → ?print=1, Facebook share, the JSON icon), "‹ Bài trước | Bài sau ›" (older/newer
sibling) and "Bài viết liên quan" (3 compact cards of siblings sharing a tag, newest first).

Article markup
--------------
``<main><article class="note">``; ``<header class="note-header">`` holds ``<h1 class="note-title">``,
``<time class="note-date" datetime="2026-11-21">21 tháng 11, 2026</time>`` (two notes carry a
time: ``datetime="2026-11-20T10:15:00+07:00"`` printed "20 tháng 11, 2026 · 10:15"), the author
line "Đăng bởi <Kirby user>" and "Thẻ: a, b" (tag links; notices have no tags). Some notes have
the theme's "Mô tả ngắn" field printed as ``<p class="note-intro">`` between header and text.
The text is ``<div class="note-text text">`` rendered from Kirby blocks: ``<p>`` (writer HTML:
``<strong>``, ``<em>``, links, the odd ``&nbsp;``), ``<h2>``/``<h3>``, ``<ul><li>``,
``<blockquote><p>``, the gallery block ``<ul class="gallery"><li><figure><img></figure></li>``
(never a caption), the image block ``<figure class="image"><img src="/media/pages/…/anh-1.jpg"
srcset="…-400x.jpg 400w, …-800x.jpg 800w" loading="lazy">`` with ``<figcaption>`` or with the
caption typed as the next text block ``<p class="caption"><em>…</em></p>`` or with none, and the
table block ``<figure class="table"><table>`` with a header row. Bylines are the last text blocks
as editors type them.

Gold articles and how they are reached
--------------------------------------
"Tin tức" (newest first; listing page 1 = the first five, page:2 = the last four):
 1. /tin-tuc/hoat-dong-chuyen-mon-thang-11 (21/11/2026) — home, page 1, "Bài mới".
 2. /tin-tuc/ky-niem-44-nam-ngay-nha-giao-viet-nam (20/11/2026 10:15) — home, page 1.
 3. /tin-tuc/hoi-khoe-phu-dong-cap-xa-nam-hoc-2026-2027 (12/11/2026) — home, page 1.
 4. /tin-tuc/chuyen-de-doc-hieu-van-ban-nghi-luan-lop-9 (05/11/2026) — page 1, "Bài mới".
 5. /tin-tuc/hoi-thi-ve-tranh-an-toan-giao-thong (28/10/2026) — page 1, "Bài mới".
 6. /tin-tuc/chung-tay-ung-ho-hoc-sinh-vung-lu (15/10/2026 16:45) — page:2 (or ?page=2), tags.
 7. /tin-tuc/le-khai-giang-nam-hoc-2026-2027 (05/09/2026) — page:2, tags, year:2026.
 8. /tin-tuc/boi-duong-chuyen-mon-he-2025 (20/06/2025) — page:2, year:2025, tags.
 9. /tin-tuc/doi-tuyen-toan-tin-dat-giai-tin-hoc-tre (18/04/2025) — page:2, year:2025,
    tag:thi-dua/page:2 (the last of six "thi đua" notes).
 Notes 6–9 are on no listing page one: only page:2 (either form), the tag and year listings and
 the prev/next and related links of other notes lead to them.
"Thông báo" (one listing page; all four also on the home page):
10. /thong-bao/ke-hoach-hoi-thi-giao-vien-day-gioi-cap-truong (23/11/2026)
11. /thong-bao/thong-bao-nghi-hoc-ngay-20-11-2026 (16/11/2026)
12. /thong-bao/lich-kiem-tra-giua-hoc-ky-i (30/10/2026)
13. /thong-bao/cac-khoan-thu-dau-nam-hoc-2026-2027 (10/09/2026)
Each article's ``?print=1`` view is an ``alt_paths`` entry (same article, same canonical).

Traps
-----
- colon parameters: page:, tag:, year: (and tag + page together), plus the ``?page=2`` twin of
  ``/tin-tuc/page:2`` printed by the home widget: listings, never articles;
- ``/tin-tuc/<slug>.json`` (linked from every article): JSON, not a page;
- ``?print=1``: the same article, bare;
- a draft: notice 10 links "Lịch Hội thi giáo viên dạy giỏi cấp trường" to
  ``/thong-bao/lich-hoi-thi-giao-vien-day-gioi-cap-truong``, still a draft in Kirby, which answers
  anonymous visitors with its error page (status 404, "Không tìm thấy trang");
- the tag listings (ten tags) and year listings repeat the same cards;
- ``/panel``: redirect to the Panel's app shell (a ``<div id="app">`` and scripts);
- the listing's date "14.11.2026" with dots vs the article's "14 tháng 11, 2026"; the header's
  "Thứ Năm, 03/12/2026" is today, never a publication date;
- the "Bài mới", "Bài viết liên quan" and prev/next lists on every article.

Gold decisions (as a careful reader decides)
--------------------------------------------
- title: the ``h1.note-title`` (the ``<title>`` adds " | Trường THCS Phan Chu Trinh").
- published_at: the article's ``<time datetime>``: a day ("2026-11-21") for eleven notes, the
  day and time for notes 2 and 6 ("2026-11-20T10:15:00+07:00", "2026-10-15T16:45:00+07:00").
  Dates inside the text (the event's day) are content.
- authors: "Đăng bởi X" names the Kirby user who wrote the post. A person or an office as user
  is the author (1: Lê Thị Hoa; 5: Phạm Thu Hà; 10: Đỗ Quang Huy; 12: "Tổ Văn phòng", an office
  filling the author field; 13: Nguyễn Thị Lan). The accounts "bientap" and "admin" credit
  nobody; then a byline typed at the end of the text decides: 2 "Bài và ảnh: Trần Minh Đức"
  (author and photographer); 3 "Tin: Nguyễn Văn Thắng"; 4 "Người viết: ThS. Võ Thị Mai Anh (Tổ
  trưởng tổ Ngữ văn)" → Võ Thị Mai Anh (no title, no unit); 6 "Tin, ảnh: Hồ Văn Lâm" (author
  and photographer); 7 "Tin: Lê Thị Hoa – Ảnh: Trần Minh Đức" (author Lê Thị Hoa, photographer
  Trần Minh Đức); 9 "Nhóm Toán - Tin" signs alone: that group is the author, one name (the
  hyphen is part of it). 8 (bientap, "Nguồn: Phòng GD&ĐT huyện Krông Pắc") and 11 (admin, no
  byline) credit nobody.
- source: only note 8, "Phòng GD&ĐT huyện Krông Pắc" (the pre-July-2025 district office).
- summary: the "Mô tả ngắn" intro of notes 2, 4 and 7 (``p.note-intro``), also the body's first
  paragraph; the others have none (the listing excerpt is a cut of the text, not a summary).
- body: the text blocks in order; headings, list items and table rows (cells " | ", the header
  row too) are paragraphs; the blockquote's paragraph is a paragraph; captions (figcaption or
  ``p.caption``), bylines, the source line, "File đính kèm: …" (13) are not. The link to the
  draft in 10 is ordinary text of its paragraph.
- images: every image of the text in order (image blocks and gallery items, the original ``src``,
  not the srcset thumbs); caption = the figcaption or the ``p.caption`` line, else None. Card
  thumbnails, logo, slider and icons are not article images.
- category: the breadcrumb's last item: "Tin tức" or "Thông báo".
- Text: note 6 has a paragraph in decomposed Unicode (NFD) and notice 12 its first paragraph;
  gold is NFC. Writer ``&nbsp;`` is a space.

Non-articles (NON_ARTICLES): Giới thiệu, Cơ cấu tổ chức, Liên hệ, Lịch công tác, Thư viện ảnh
(the album list) and the album "Lễ khai giảng năm học 2026-2027".
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "kirby_thcs"
PLATFORM = "Kirby 3.9 (flat-file PHP CMS), studio theme"
START_PATH = "/"

SITE = "Trường THCS Phan Chu Trinh"
#: the header clock of the theme ("today"): never a publication date
HEADER_DATE = "Thứ Năm, 03/12/2026"
PER_PAGE = 5
SECTIONS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
DRAFT_PATH = "/thong-bao/lich-hoi-thi-giao-vien-day-gioi-cap-truong"
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-2026"


def media(section: str, slug: str, name: str) -> str:
    """A Kirby media URL: a per-file hash, the file's modification time, then the file name."""
    folder = f"{section}/{slug}" if slug else section
    digest = hashlib.md5(f"{folder}/{name}".encode()).hexdigest()[:10]
    stamp = 1700000000 + int(digest[:5], 16) % 90000000
    return f"/media/pages/{folder}/{digest}-{stamp}/{name}"


def _m(slug: str, name: str, section: str = "tin-tuc") -> str:
    return media(section, slug, name)


# --- the notes of "Tin tức" (newest first) ---------------------------------------------------
# Block styles: P "" a text block, "h2"/"h3" a heading, "li" a list item (consecutive items make
# one list), "quote" a quote block, "th"/"tr" the header row and rows of a table block (cells
# split at " | "), "nfd" text pasted in decomposed Unicode, "nbsp" a writer "&nbsp;" after the
# first full stop. Img "figcaption" / "pcaption" (the caption typed as the next text block) /
# "bare" (no caption) / "gallery" (consecutive items make one gallery block).
# opts: "user" (the Kirby account of "Đăng bởi"), "tags", "time" (the printed time), "links"
# (anchor text → href inside a paragraph).

S1 = "hoat-dong-chuyen-mon-thang-11"
T1 = Story(
    1,
    S1,
    "Sinh hoạt chuyên môn tháng 11: chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên”",
    "tin-tuc",
    "2026-11-21",
    [
        P(
            "Chiều ngày 18/11/2026, Tổ Khoa học tự nhiên Trường THCS Phan Chu Trinh tổ chức buổi "
            "sinh hoạt chuyên môn theo nghiên cứu bài học với chuyên đề “Dạy học STEM trong môn "
            "Khoa học tự nhiên”. Tham dự có thầy Đỗ Quang Huy, Phó Hiệu trưởng phụ trách chuyên "
            "môn, cùng toàn thể giáo viên trong tổ."
        ),
        P(
            "Tiết dạy minh họa bài “Lực đẩy Archimedes” do cô Hồ Thị Ngọc Trâm thực hiện tại lớp "
            "8A2. Học sinh được chia thành 5 nhóm, mỗi nhóm thiết kế và chế tạo một chiếc thuyền "
            "từ vật liệu tái chế, sau đó thử khả năng chở tải của thuyền trong bể nước.",
            "nbsp",
        ),
        Img(
            _m(S1, "anh-1.jpg"),
            "Học sinh lớp 8A2 thử nghiệm mô hình thuyền chở tải trong tiết học STEM.",
            "Học sinh lớp 8A2 thử nghiệm mô hình thuyền chở tải trong tiết học STEM.",
            "figcaption",
        ),
        P("Những điểm đạt được", "h2"),
        P("Học sinh chủ động, hợp tác tốt trong nhóm; sản phẩm đa dạng, có tính sáng tạo.", "li"),
        P(
            "Giáo viên tổ chức hoạt động đúng quy trình thiết kế kỹ thuật, phân bổ thời gian "
            "hợp lý.",
            "li",
        ),
        P(
            "Việc đánh giá sản phẩm có tiêu chí rõ ràng; học sinh được tự đánh giá và đánh giá "
            "chéo giữa các nhóm.",
            "li",
        ),
        P("Những vấn đề cần rút kinh nghiệm", "h2"),
        P(
            "Một số nhóm còn lúng túng ở khâu đo đạc, ghi chép số liệu; thời gian thử nghiệm sản "
            "phẩm còn ngắn nên chưa khai thác hết ý tưởng cải tiến của học sinh."
        ),
        Img(
            _m(S1, "anh-2.jpg"),
            "Thầy Đỗ Quang Huy góp ý, rút kinh nghiệm tiết dạy.",
            "Thầy Đỗ Quang Huy góp ý, rút kinh nghiệm tiết dạy.",
            "pcaption",
        ),
        P(
            "Kết thúc buổi sinh hoạt, tổ thống nhất mỗi giáo viên xây dựng ít nhất một chủ đề "
            "STEM trong học kỳ I và đăng ký dạy minh họa trong tháng 12/2026."
        ),
    ],
    authors=["Lê Thị Hoa"],
    opts={"user": "Lê Thị Hoa", "tags": ["chuyên môn", "STEM"]},
)

S2 = "ky-niem-44-nam-ngay-nha-giao-viet-nam"
T2 = Story(
    2,
    S2,
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    "tin-tuc",
    "2026-11-20T10:15:00+07:00",
    [
        P(
            "Về dự buổi lễ có ông Lê Văn Toàn, Phó Chủ tịch UBND xã Krông Pắc; đại diện Ban đại "
            "diện Cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo "
            "viên, nhân viên và hơn 1.100 học sinh của nhà trường."
        ),
        Img(
            _m(S2, "dai-bieu-du-le.jpg"),
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            "figcaption",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường, ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục và điểm lại những kết quả nổi bật của nhà trường "
            "trong năm học 2025-2026: tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được "
            "công nhận tốt nghiệp THCS; 27 học sinh đạt giải học sinh giỏi cấp tỉnh."
        ),
        P(
            "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để các em học "
            "sinh noi theo.”",
            "quote",
        ),
        P(
            "Dịp này, nhà trường khen thưởng 15 tập thể lớp và 42 học sinh có thành tích xuất sắc "
            "trong đợt thi đua “Hoa điểm mười dâng thầy cô”; trao danh hiệu “Thầy cô được học "
            "sinh yêu quý nhất” cho 3 thầy cô giáo."
        ),
        Img(_m(S2, "z6012784451203-9c1f2e.jpg"), style="gallery"),
        Img(_m(S2, "z6012784451377-0b7d41.jpg"), style="gallery"),
        Img(_m(S2, "z6012784451590-e55a08.jpg"), style="gallery"),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đội biểu diễn, để lại "
            "nhiều cảm xúc cho thầy và trò nhà trường."
        ),
        Raw("<p><strong>Bài và ảnh: Trần Minh Đức</strong></p>"),
    ],
    authors=["Trần Minh Đức"],
    photographers=["Trần Minh Đức"],
    summary=(
        "Sáng 20/11, Trường THCS Phan Chu Trinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tổng kết đợt thi đua “Hoa điểm mười dâng thầy cô”."
    ),
    sapo_outside=True,
    opts={"user": "bientap", "tags": ["thi đua", "sự kiện"], "time": "10:15"},
)

S3 = "hoi-khoe-phu-dong-cap-xa-nam-hoc-2026-2027"
T3 = Story(
    3,
    S3,
    "Học sinh nhà trường giành 12 huy chương tại Hội khỏe Phù Đổng xã Krông Pắc",
    "tin-tuc",
    "2026-11-12",
    [
        P(
            "Từ ngày 06 đến 09/11/2026, Hội khỏe Phù Đổng xã Krông Pắc lần thứ I, năm học "
            "2026-2027 diễn ra tại Trung tâm Văn hóa – Thể thao xã với sự tham gia của hơn 400 "
            "vận động viên đến từ 9 trường tiểu học và THCS trên địa bàn."
        ),
        P(
            "Đoàn vận động viên Trường THCS Phan Chu Trinh gồm 36 học sinh tham gia 5 môn: điền "
            "kinh, cầu lông, bóng bàn, cờ vua và đá cầu. Kết quả, đoàn giành được 12 huy chương, "
            "xếp thứ Nhì toàn đoàn."
        ),
        Img(
            _m(S3, "chay-800m-nu.jpg"),
            "Em H'Linh Niê (lớp 9A1) về nhất nội dung chạy 800 m nữ.",
            "Em H'Linh Niê (lớp 9A1) về nhất nội dung chạy 800 m nữ.",
            "pcaption",
        ),
        P("Kết quả cụ thể như sau:"),
        P("Môn thi | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
        P("Điền kinh | 2 | 1 | 2", "tr"),
        P("Cầu lông | 1 | 1 | 0", "tr"),
        P("Bóng bàn | 0 | 1 | 1", "tr"),
        P("Cờ vua | 1 | 0 | 1", "tr"),
        P("Đá cầu | 0 | 0 | 1", "tr"),
        P("Tổng cộng | 4 | 3 | 5", "tr"),
        Img(_m(S3, "doan-vdv.jpg"), style="bare"),
        P(
            "Các vận động viên đạt huy chương Vàng sẽ được chọn tham gia tập huấn, chuẩn bị cho "
            "Hội khỏe Phù Đổng cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw("<p><strong>Tin: Nguyễn Văn Thắng</strong></p>"),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={"user": "bientap", "tags": ["thi đua", "thể thao"]},
)

S4 = "chuyen-de-doc-hieu-van-ban-nghi-luan-lop-9"
T4 = Story(
    4,
    S4,
    "Chuyên đề “Rèn kỹ năng đọc hiểu văn bản nghị luận cho học sinh lớp 9”",
    "tin-tuc",
    "2026-11-05",
    [
        P("1. Thực trạng", "h3"),
        P(
            "Qua khảo sát đầu năm, nhiều học sinh lớp 9 còn lúng túng khi xác định luận đề, luận "
            "điểm và mối quan hệ giữa lí lẽ, bằng chứng; phần viết đoạn văn nêu suy nghĩ thường "
            "chung chung, thiếu dẫn chứng từ thực tế."
        ),
        P("2. Các giải pháp được trao đổi", "h3"),
        P(
            "Dạy học sinh đọc lướt để nắm ý chính, đọc kỹ để gạch chân câu chủ đề của từng đoạn.",
            "li",
        ),
        P("Sử dụng sơ đồ tư duy để hệ thống luận đề – luận điểm – lí lẽ – bằng chứng.", "li"),
        P(
            "Tăng cường ngữ liệu ngoài sách giáo khoa, chọn các văn bản gần gũi với đời sống "
            "học sinh.",
            "li",
        ),
        P(
            "Xây dựng bộ câu hỏi theo bốn mức độ: nhận biết, thông hiểu, vận dụng, vận dụng cao.",
            "li",
        ),
        Img(
            _m(S4, "img-20261103-wa0012.jpg"),
            "Cô Võ Thị Mai Anh trình bày chuyên đề.",
            "Cô Võ Thị Mai Anh trình bày chuyên đề.",
            "figcaption",
        ),
        P("3. Kết quả thảo luận", "h3"),
        P(
            "Các ý kiến trao đổi sôi nổi, thiết thực. Tổ thống nhất áp dụng các giải pháp trong "
            "các tiết ôn tập và buổi học tăng cường từ tháng 11/2026, đồng thời tổ chức kiểm tra, "
            "đánh giá định kỳ hằng tháng để điều chỉnh kịp thời."
        ),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm, góp phần nâng cao chất "
            "lượng dạy học môn Ngữ văn và kết quả thi tuyển sinh vào lớp 10 của nhà trường."
        ),
        Raw("<p><em>Người viết: ThS. Võ Thị Mai Anh (Tổ trưởng tổ Ngữ văn)</em></p>"),
    ],
    authors=["Võ Thị Mai Anh"],
    summary=(
        "Nhằm nâng cao chất lượng ôn thi vào lớp 10, ngày 03/11/2026, Tổ Ngữ văn tổ chức chuyên "
        "đề rèn kỹ năng đọc hiểu văn bản nghị luận cho học sinh lớp 9 theo Chương trình GDPT 2018."
    ),
    sapo_outside=True,
    opts={"user": "admin", "tags": ["chuyên môn", "ngữ văn"]},
)

S5 = "hoi-thi-ve-tranh-an-toan-giao-thong"
T5 = Story(
    5,
    S5,
    "Hội thi vẽ tranh “Em yêu an toàn giao thông” năm 2026",
    "tin-tuc",
    "2026-10-28",
    [
        P(
            "Hưởng ứng Tháng an toàn giao thông, Liên đội Trường THCS Phan Chu Trinh tổ chức Hội "
            "thi vẽ tranh “Em yêu an toàn giao thông” dành cho học sinh khối 6 và khối 7."
        ),
        P(
            "Sau hai tuần phát động, Ban tổ chức nhận được 64 tác phẩm. Các bức tranh thể hiện "
            "sinh động hình ảnh đội mũ bảo hiểm khi đi xe đạp điện, xe máy, đi đúng phần đường, "
            "không đùa nghịch khi qua đường…"
        ),
        Img(_m(S5, "tranh-1.jpg"), style="gallery"),
        Img(_m(S5, "tranh-2.jpg"), style="gallery"),
        Img(_m(S5, "tranh-3.jpg"), style="gallery"),
        Img(_m(S5, "tranh-4.jpg"), style="gallery"),
        P(
            "Ban giám khảo đã trao 1 giải Nhất cho em Lò Thị Thảo (lớp 7A3), 2 giải Nhì, 3 giải "
            "Ba và 5 giải Khuyến khích. Các tác phẩm đạt giải được trưng bày tại sảnh nhà trường "
            "đến hết tháng 11.",
            "nbsp",
        ),
        Img(
            _m(S5, "giai-nhat.jpg"),
            "Tác phẩm đạt giải Nhất của em Lò Thị Thảo, lớp 7A3.",
            "Tác phẩm đạt giải Nhất của em Lò Thị Thảo, lớp 7A3.",
            "figcaption",
        ),
    ],
    authors=["Phạm Thu Hà"],
    opts={"user": "Phạm Thu Hà", "tags": ["thi đua", "Đội TNTP"]},
)

S6 = "chung-tay-ung-ho-hoc-sinh-vung-lu"
T6 = Story(
    6,
    S6,
    "Thầy và trò chung tay ủng hộ học sinh vùng lũ",
    "tin-tuc",
    "2026-10-15T16:45:00+07:00",
    [
        P(
            "Trước những thiệt hại nặng nề do mưa lũ gây ra tại các xã phía đông tỉnh, Trường "
            "THCS Phan Chu Trinh phát động đợt quyên góp “Chung tay hướng về vùng lũ” từ ngày 08 "
            "đến 14/10/2026."
        ),
        P(
            "Chỉ sau một tuần, toàn trường đã quyên góp được 38.500.000 đồng, 1.240 quyển vở, 315 "
            "bộ sách giáo khoa cùng nhiều áo ấm, cặp sách và đồ dùng học tập.",
            "nfd",
        ),
        Img(_m(S6, "quyen-gop.jpg"), style="bare"),
        P(
            "Toàn bộ số tiền và hiện vật đã được nhà trường bàn giao cho Ủy ban MTTQ Việt Nam xã "
            "Krông Pắc để chuyển đến các em học sinh có hoàn cảnh khó khăn ở vùng bị ảnh hưởng."
        ),
        Raw("<p><strong>Tin, ảnh: Hồ Văn Lâm</strong></p>"),
    ],
    authors=["Hồ Văn Lâm"],
    photographers=["Hồ Văn Lâm"],
    opts={
        "user": "bientap",
        "tags": ["thi đua", "Đội TNTP", "hoạt động ngoài giờ"],
        "time": "16:45",
    },
)

S7 = "le-khai-giang-nam-hoc-2026-2027"
T7 = Story(
    7,
    S7,
    "Trường THCS Phan Chu Trinh tưng bừng khai giảng năm học 2026-2027",
    "tin-tuc",
    "2026-09-05",
    [
        P(
            "Năm học 2026-2027, nhà trường có 28 lớp với 1.126 học sinh, trong đó có 312 học sinh "
            "lớp 6 mới tuyển; học sinh dân tộc thiểu số chiếm 21,4%. Đội ngũ gồm 62 cán bộ, giáo "
            "viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo."
        ),
        Img(
            _m(S7, "don-hoc-sinh-lop-6.jpg"),
            "Học sinh lớp 6 được các anh chị lớp 9 đón vào trường.",
            "Học sinh lớp 6 được các anh chị lớp 9 đón vào trường.",
            "figcaption",
        ),
        P(
            "Thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước gửi ngành "
            "Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi đua năm học "
            "2026-2027."
        ),
        Img(
            _m(S7, "danh-trong-khai-giang.jpg"),
            "Thầy Nguyễn Hữu Phước đánh trống khai giảng năm học mới.",
            "Thầy Nguyễn Hữu Phước đánh trống khai giảng năm học mới.",
            "pcaption",
        ),
        P(
            "Nhân dịp này, nhà trường và Ban đại diện Cha mẹ học sinh trao 30 suất học bổng “Tiếp "
            "sức đến trường”, mỗi suất trị giá 1.000.000 đồng, cho học sinh có hoàn cảnh khó khăn "
            "vượt khó học tốt."
        ),
        Raw("<p><strong>Tin: Lê Thị Hoa – Ảnh: Trần Minh Đức</strong></p>"),
    ],
    authors=["Lê Thị Hoa"],
    photographers=["Trần Minh Đức"],
    summary=(
        "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS Phan Chu "
        "Trinh hân hoan dự Lễ khai giảng năm học 2026-2027."
    ),
    sapo_outside=True,
    opts={"user": "bientap", "tags": ["sự kiện", "thi đua"]},
)

S8 = "boi-duong-chuyen-mon-he-2025"
T8 = Story(
    8,
    S8,
    "Cán bộ quản lý, giáo viên tham gia bồi dưỡng chuyên môn hè 2025",
    "tin-tuc",
    "2025-06-20",
    [
        P(
            "Từ ngày 16 đến 19/6/2025, Phòng GD&ĐT huyện Krông Pắc tổ chức lớp bồi dưỡng chuyên "
            "môn hè năm 2025 cho cán bộ quản lý và giáo viên các trường THCS trên địa bàn huyện. "
            "Trường THCS Phan Chu Trinh có 54 cán bộ, giáo viên tham gia."
        ),
        P(
            "Nội dung bồi dưỡng tập trung vào đổi mới kiểm tra, đánh giá theo Thông tư "
            "22/2021/TT-BGDĐT; ứng dụng công nghệ thông tin và trí tuệ nhân tạo trong dạy học; xây "
            "dựng kế hoạch bài dạy các chủ đề tích hợp ở lớp 9 theo Chương trình GDPT 2018."
        ),
        Img(
            _m(S8, "lop-boi-duong.jpg"),
            "Quang cảnh lớp bồi dưỡng tại điểm Trường THCS Phan Chu Trinh.",
            "Quang cảnh lớp bồi dưỡng tại điểm Trường THCS Phan Chu Trinh.",
            "figcaption",
        ),
        P(
            "Kết thúc đợt bồi dưỡng, 100% học viên hoàn thành bài thu hoạch và được cấp giấy "
            "chứng nhận."
        ),
        Raw("<p>Nguồn: Phòng GD&amp;ĐT huyện Krông Pắc</p>"),
    ],
    source="Phòng GD&ĐT huyện Krông Pắc",
    opts={"user": "bientap", "tags": ["chuyên môn", "bồi dưỡng"]},
)

S9 = "doi-tuyen-toan-tin-dat-giai-tin-hoc-tre"
T9 = Story(
    9,
    S9,
    "Đội tuyển Toán – Tin đạt 3 giải tại Hội thi Tin học trẻ huyện Krông Pắc năm 2025",
    "tin-tuc",
    "2025-04-18",
    [
        P(
            "Tại Hội thi Tin học trẻ huyện Krông Pắc lần thứ XI năm 2025 diễn ra ngày 15/4/2025, "
            "đội tuyển của nhà trường đã xuất sắc giành 3 giải:"
        ),
        P("Giải Nhất bảng B (THCS): em Nguyễn Gia Bảo, lớp 9A1;", "li"),
        P("Giải Ba bảng B: em Y Sơn Êban, lớp 8A2;", "li"),
        P(
            "Giải Khuyến khích sản phẩm sáng tạo: nhóm em Trần Thảo Vy và Phan Minh Khang, "
            "lớp 8A1.",
            "li",
        ),
        P("Em Nguyễn Gia Bảo được chọn vào đội tuyển của huyện tham dự Hội thi cấp tỉnh."),
        Raw("<p><em>Nhóm Toán - Tin</em></p>"),
    ],
    authors=["Nhóm Toán - Tin"],
    opts={"user": "admin", "tags": ["thi đua", "tin học"]},
)


# --- the notices of "Thông báo" (newest first; no tags) --------------------------------------

S10 = "ke-hoach-hoi-thi-giao-vien-day-gioi-cap-truong"
N10 = Story(
    10,
    S10,
    "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
    "thong-bao",
    "2026-11-23",
    [
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo ban "
            "hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục phổ thông; căn cứ kế hoạch "
            "năm học 2026-2027, nhà trường xây dựng kế hoạch tổ chức Hội thi giáo viên dạy giỏi "
            "cấp trường như sau:"
        ),
        P("1. Đối tượng", "h3"),
        P(
            "Giáo viên đang trực tiếp giảng dạy tại trường, có thời gian công tác từ 2 năm trở "
            "lên và được đánh giá chuẩn nghề nghiệp từ mức Khá trở lên."
        ),
        P("2. Nội dung và thời gian", "h3"),
        P(
            "Báo cáo biện pháp góp phần nâng cao chất lượng giảng dạy: từ ngày 07/12 đến "
            "11/12/2026.",
            "li",
        ),
        P(
            "Thực hành dạy 2 tiết (1 tiết tự chọn, 1 tiết bốc thăm): từ ngày 14/12 đến 25/12/2026.",
            "li",
        ),
        P(
            "Lịch thi chi tiết của từng tổ được đăng tại bài Lịch Hội thi giáo viên dạy giỏi cấp "
            "trường."
        ),
        P(
            "Các tổ chuyên môn gửi danh sách giáo viên đăng ký dự thi về Phó Hiệu trưởng phụ "
            "trách chuyên môn trước ngày 30/11/2026."
        ),
    ],
    authors=["Đỗ Quang Huy"],
    opts={
        "user": "Đỗ Quang Huy",
        "links": [("Lịch Hội thi giáo viên dạy giỏi cấp trường", DRAFT_PATH)],
    },
)

S11 = "thong-bao-nghi-hoc-ngay-20-11-2026"
N11 = Story(
    11,
    S11,
    "Thông báo nghỉ học ngày 20/11/2026",
    "thong-bao",
    "2026-11-16",
    [
        P(
            "Nhà trường thông báo: học sinh toàn trường nghỉ học ngày 20/11/2026 (thứ Sáu). Sáng "
            "20/11, học sinh các lớp có mặt lúc 7 giờ 00 để dự Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam; buổi chiều nghỉ."
        ),
        P("Học sinh đi học lại bình thường từ thứ Hai, ngày 23/11/2026."),
    ],
    opts={"user": "admin"},
)

S12 = "lich-kiem-tra-giua-hoc-ky-i"
N12 = Story(
    12,
    S12,
    "Lịch kiểm tra giữa học kỳ I năm học 2026-2027",
    "thong-bao",
    "2026-10-30",
    [
        P(
            "Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như sau:",
            "nfd",
        ),
        P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "th"),
        P("09/11/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
        P("09/11/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
        P("10/11/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
        P("10/11/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
        P("11/11/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
        P(
            "Các môn còn lại kiểm tra tại lớp theo kế hoạch của tổ chuyên môn. Học sinh có mặt "
            "trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và dụng cụ học tập cần thiết."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={"user": "Tổ Văn phòng"},
)

S13 = "cac-khoan-thu-dau-nam-hoc-2026-2027"
PDF13 = media("thong-bao", S13, "thong-bao-cac-khoan-thu-2026-2027.pdf")
N13 = Story(
    13,
    S13,
    "Thông báo về các khoản thu đầu năm học 2026-2027",
    "thong-bao",
    "2026-09-10",
    [
        P(
            "Thực hiện Nghị quyết của HĐND tỉnh Đắk Lắk quy định mức thu học phí và các khoản thu "
            "dịch vụ phục vụ, hỗ trợ hoạt động giáo dục, nhà trường thông báo đến cha mẹ học sinh "
            "các khoản thu năm học 2026-2027."
        ),
        P(
            "Học sinh THCS được miễn học phí theo quy định. Các khoản thu khác, mức thu và thời "
            "gian nộp, cha mẹ học sinh xem chi tiết trong tệp đính kèm."
        ),
        Raw(
            f'<p>File đính kèm: <a href="{PDF13}" target="_blank">'
            "thong-bao-cac-khoan-thu-2026-2027.pdf</a></p>"
        ),
    ],
    authors=["Nguyễn Thị Lan"],
    opts={"user": "Nguyễn Thị Lan"},
)

NOTES = [T1, T2, T3, T4, T5, T6, T7, T8, T9]
NOTICES = [N10, N11, N12, N13]
STORIES = NOTES + NOTICES


# --- small helpers -----------------------------------------------------------------------------


def slugify(value: str) -> str:
    """Kirby's Str::slug as the theme uses it for tag links ("Đội TNTP" → "doi-tntp")."""
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    value = "".join(ch for ch in value if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def url_of(story: Story) -> str:
    return f"/{story.cat}/{story.slug}"


def day_of(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return y, m, d


def dotted(story: Story) -> str:
    """The listing's date: "21.11.2026"."""
    y, m, d = day_of(story)
    return f"{d:02d}.{m:02d}.{y}"


def long_date(story: Story) -> str:
    """The article's date: "21 tháng 11, 2026" (with " · 10:15" when the note has a time)."""
    y, m, d = day_of(story)
    out = f"{d} tháng {m}, {y}"
    if story.opts.get("time"):
        out += f" · {story.opts['time']}"
    return out


def datetime_attr(story: Story) -> str:
    return story.published_at if story.opts.get("time") else story.published_at[:10]


def thumb(src: str, suffix: str) -> str:
    """A Kirby thumb beside the original: anh-1.jpg → anh-1-400x.jpg."""
    stem, ext = src.rsplit(".", 1)
    return f"{stem}-{suffix}.{ext}"


def cover(story: Story) -> str:
    """The card image: a crop of the note's first image, or the theme's placeholder."""
    if story.images:
        return thumb(story.images[0].src, "400x260-crop")
    return "/assets/images/no-image.jpg"


def excerpt(story: Story, limit: int = 160) -> str:
    """The card text: the intro if the note has one, else the start of its text, cut at a word."""
    source = story.summary or " ".join(
        b.text for b in story.blocks if isinstance(b, P) and b.style not in ("th", "tr")
    )
    source = unicodedata.normalize("NFC", source)
    if len(source) <= limit:
        return source
    cut = source[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def tags_of(story: Story) -> list[str]:
    return list(story.opts.get("tags", []))


def section_of(cat: str) -> list[Story]:
    return NOTES if cat == "tin-tuc" else NOTICES


# --- block rendering -----------------------------------------------------------------------


def _para_html(block: P, story: Story) -> str:
    out = text(block.text, nfd="nfd" in block.style)
    if "nbsp" in block.style:
        out = out.replace(". ", ".&nbsp;", 1)
    for anchor, href in story.opts.get("links", []):
        out = out.replace(esc(anchor), f'<a href="{esc(href)}">{esc(anchor)}</a>', 1)
    return out


def _img_tag(src: str) -> str:
    return (
        f'<img src="{src}" srcset="{thumb(src, "400x")} 400w, {thumb(src, "800x")} 800w" '
        f'sizes="(min-width: 60em) 800px, 100vw" alt="" loading="lazy">'
    )


def render_blocks(story: Story) -> str:
    """The note's text field as the theme's block snippets print it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(f'<div class="block block-type-text">{block.html}</div>')
            i += 1
            continue
        if isinstance(block, Img):
            if block.style == "gallery":
                items = []
                while (
                    i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery"
                ):
                    items.append(f"<li><figure>{_img_tag(blocks[i].src)}</figure></li>")
                    i += 1
                out.append(
                    '<div class="block block-type-gallery"><ul class="gallery">'
                    + "".join(items)
                    + "</ul></div>"
                )
                continue
            fig = f'<figure class="image">{_img_tag(block.src)}'
            if block.style == "figcaption":
                fig += f"<figcaption>{esc(block.printed)}</figcaption>"
            fig += "</figure>"
            out.append(f'<div class="block block-type-image">{fig}</div>')
            if block.style == "pcaption":
                out.append(
                    '<div class="block block-type-text">'
                    f'<p class="caption"><em>{esc(block.printed)}</em></p></div>'
                )
            i += 1
            continue
        style = block.style
        if style in ("h2", "h3"):
            out.append(
                f'<div class="block block-type-heading"><{style}>{_para_html(block, story)}</{style}></div>'
            )
            i += 1
        elif style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_para_html(blocks[i], story)}</li>")
                i += 1
            out.append('<div class="block block-type-list"><ul>' + "".join(items) + "</ul></div>")
        elif style == "quote":
            out.append(
                '<div class="block block-type-quote"><blockquote>'
                f"<p>{_para_html(block, story)}</p></blockquote></div>"
            )
            i += 1
        elif style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = [esc(c) for c in blocks[i].text.split(" | ")]
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<div class="block block-type-table"><figure class="table"><table>'
                + head
                + "<tbody>"
                + "".join(rows)
                + "</tbody></table></figure></div>"
            )
        else:
            out.append(
                f'<div class="block block-type-text"><p>{_para_html(block, story)}</p></div>'
            )
            i += 1
    return "\n".join(out)


# --- the theme's chrome --------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", []),
    ("/thong-bao", "Thông báo", []),
    ("/lich-cong-tac", "Lịch công tác", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]

LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://daklak.edu.vn", "Sở GD&ĐT Đắk Lắk"),
    ("https://daklak.gov.vn", "Cổng TTĐT tỉnh Đắk Lắk"),
    ("https://taphuan.csdl.edu.vn", "Tập huấn giáo viên"),
    ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
]


def _head(request: Request, title: str, canonical: str | None = None, extra: str = "") -> str:
    link = f'<link rel="canonical" href="{base_url(request)}{canonical}">\n' if canonical else ""
    og = (
        f'<meta property="og:title" content="{esc(title)}">\n'
        f'<meta property="og:url" content="{base_url(request)}{canonical}">\n'
        '<meta property="og:type" content="article">\n'
        if canonical
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1.0">\n'
        f"<title>{esc(title)} | {SITE}</title>\n"
        '<meta name="description" content="Trang thông tin điện tử Trường THCS Phan Chu Trinh, '
        'xã Krông Pắc, tỉnh Đắk Lắk">\n'
        f"{link}{og}"
        '<link rel="stylesheet" href="/assets/css/index.css">\n'
        '<link rel="stylesheet" href="/assets/css/templates/theme.css">\n'
        '<link rel="icon" href="/assets/images/favicon.png">\n'
        f"{extra}</head>\n"
    )


def _header(current: str) -> str:
    items = []
    for href, label, children in MENU:
        active = ' aria-current="page"' if current == href else ""
        sub = ""
        if children:
            sub = (
                '<ul class="submenu">'
                + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in children)
                + "</ul>"
            )
        items.append(f'<li><a href="{href}"{active}>{esc(label)}</a>{sub}</li>')
    return (
        '<div class="topbar"><div class="container">'
        f'<span class="topbar-date"><i class="icon-calendar"></i> {HEADER_DATE}</span>'
        '<span class="topbar-contact">Hotline: 0262 3521 468 · '
        '<a href="mailto:thcsphanchutrinh.krongpac@daklak.edu.vn">'
        "thcsphanchutrinh.krongpac@daklak.edu.vn</a></span></div></div>\n"
        '<header class="header"><div class="container header-inner">'
        '<a class="logo" href="/"><img src="/assets/images/logo.png" alt="Logo trường"></a>'
        '<div class="brand"><p class="brand-sub">UBND XÃ KRÔNG PẮC</p>'
        '<p class="brand-name">TRƯỜNG THCS PHAN CHU TRINH</p>'
        '<p class="brand-motto">Dạy tốt – Học tốt – Rèn luyện tốt</p></div>'
        '<form class="search-form" action="/tim-kiem" method="get" role="search">'
        '<input type="search" name="q" placeholder="Tìm kiếm…" aria-label="Tìm kiếm">'
        '<button type="submit">Tìm</button></form></div>\n'
        '<nav class="menu" id="menu"><button class="menu-toggle">☰ Danh mục</button>'
        '<ul class="container">' + "".join(items) + "</ul></nav></header>\n"
    )


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="date">{dotted(s)}</span></li>'
        for s in NOTES[:5]
    )
    counts: dict[str, int] = {}
    for s in NOTES:
        for tag in tags_of(s):
            counts[tag] = counts.get(tag, 0) + 1
    cloud = " ".join(
        f'<a class="tag tag-{min(n, 4)}" href="/tin-tuc/tag:{slugify(tag)}">{esc(tag)}</a>'
        for tag, n in sorted(counts.items(), key=lambda kv: slugify(kv[0]))
    )
    years: dict[int, int] = {}
    for s in NOTES:
        years[day_of(s)[0]] = years.get(day_of(s)[0], 0) + 1
    archive = "".join(
        f'<li><a href="/tin-tuc/year:{y}">Năm {y}</a> ({n})</li>'
        for y, n in sorted(years.items(), reverse=True)
    )
    options = "".join(f'<option value="{href}">{esc(label)}</option>' for href, label in LINKS)
    return (
        '<aside class="sidebar">\n'
        '<section class="widget widget-recent"><h3 class="widget-title">Bài mới</h3>'
        f"<ul>{recent}</ul></section>\n"
        '<section class="widget widget-tags"><h3 class="widget-title">Thẻ</h3>'
        f'<div class="tag-cloud">{cloud}</div></section>\n'
        '<section class="widget widget-archive"><h3 class="widget-title">Lưu trữ</h3>'
        f"<ul>{archive}</ul></section>\n"
        '<section class="widget widget-links"><h3 class="widget-title">Liên kết website</h3>'
        '<select onchange="if(this.value)window.open(this.value)">'
        f'<option value="">-- Chọn liên kết --</option>{options}</select></section>\n'
        '<section class="widget widget-banner"><a href="https://csdl.moet.gov.vn">'
        '<img src="/assets/images/banner-csdl-nganh.png" alt="CSDL ngành"></a></section>\n'
        "</aside>\n"
    )


FOOTER = (
    '<footer class="footer"><div class="container footer-inner">'
    '<div class="footer-info"><p class="footer-name">TRƯỜNG THCS PHAN CHU TRINH</p>'
    "<p>Địa chỉ: Thôn 4, xã Krông Pắc, tỉnh Đắk Lắk</p>"
    "<p>Điện thoại: 0262 3521 468 – Email: thcsphanchutrinh.krongpac@daklak.edu.vn</p>"
    "<p>Chịu trách nhiệm chính: Thầy Nguyễn Hữu Phước – Hiệu trưởng</p></div>"
    '<div class="footer-stats"><p>Lượt truy cập: 21.877</p><p>Đang online: 3</p></div>'
    "</div>"
    '<div class="footer-bottom"><div class="container">© 2026 Trường THCS Phan Chu Trinh. '
    'Thiết kế bởi <a href="https://taynguyenweb.vn" rel="nofollow">Tây Nguyên Web</a> · '
    'Vận hành trên <a href="https://getkirby.com">Kirby</a> · '
    '<a href="/panel" rel="nofollow">Quản trị</a></div></div></footer>\n'
    '<a href="#" class="back-to-top" title="Về đầu trang">▲</a>\n'
    '<script src="/assets/js/jquery.min.js"></script>\n'
    '<script src="/assets/js/theme.js"></script>\n'
)


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return (
        '<nav class="breadcrumb" aria-label="Breadcrumb"><div class="container">'
        + ' <span class="sep">/</span> '.join(parts)
        + "</div></nav>\n"
    )


def layout(
    request: Request,
    title: str,
    content: str,
    *,
    current: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    canonical: str | None = None,
    template: str = "default",
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    body = (
        _head(request, title, canonical)
        + f'<body class="template-{template}">\n'
        + _header(current)
        + (_crumbs(crumbs) if crumbs is not None else "")
        + '<main class="main"><div class="container layout">\n'
        + f'<div class="content">\n{content}\n</div>\n'
        + (_sidebar() if sidebar else "")
        + "</div></main>\n"
        + FOOTER
        + "</body>\n</html>\n"
    )
    return html(body, status=status, headers={"X-Powered-By": "PHP/8.1.29"})


# --- cards and listings --------------------------------------------------------------------


def card(story: Story) -> str:
    href = url_of(story)
    return (
        '<article class="post-card">'
        f'<a class="post-card-image" href="{href}"><img src="{cover(story)}" alt="" '
        'loading="lazy" width="400" height="260"></a>'
        '<div class="post-card-body">'
        f'<h2 class="post-card-title"><a href="{href}">{esc(story.title)}</a></h2>'
        f'<time class="post-card-date" datetime="{story.published_at[:10]}">{dotted(story)}</time>'
        f'<p class="post-card-excerpt">{esc(excerpt(story))}</p>'
        f'<a class="post-card-more" href="{href}">Xem thêm →</a>'
        "</div></article>"
    )


def small_card(story: Story) -> str:
    href = url_of(story)
    return (
        '<article class="post-card post-card-small">'
        f'<a class="post-card-image" href="{href}"><img src="{cover(story)}" alt="" '
        'loading="lazy"></a>'
        f'<h3 class="post-card-title"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<time class="post-card-date" datetime="{story.published_at[:10]}">{dotted(story)}</time>'
        "</article>"
    )


def pagination(base: str, page: int, pages: int) -> str:
    """ "‹ Mới hơn" / "Cũ hơn ›" and "Trang n / m": the theme prints no page numbers."""

    def page_url(n: int) -> str:
        return base if n == 1 else f"{base}/page:{n}"

    newer = (
        f'<a class="pagination-prev" rel="prev" href="{page_url(page - 1)}">‹ Mới hơn</a>'
        if page > 1
        else '<span class="pagination-prev is-disabled">‹ Mới hơn</span>'
    )
    older = (
        f'<a class="pagination-next" rel="next" href="{page_url(page + 1)}">Cũ hơn ›</a>'
        if page < pages
        else '<span class="pagination-next is-disabled">Cũ hơn ›</span>'
    )
    return (
        '<nav class="pagination" aria-label="Phân trang">'
        f'{newer}<span class="pagination-info">Trang {page} / {pages}</span>{older}</nav>'
    )


def parse_params(path: str) -> tuple[str, dict[str, str]]:
    """Kirby's URL parameters: path segments "name:value", wherever they stand."""
    keep, params = [], {}
    for segment in path.strip("/").split("/"):
        if ":" in segment:
            name, _, value = segment.partition(":")
            params[name] = value
        elif segment:
            keep.append(segment)
    return "/" + "/".join(keep), params


def listing(request: Request, cat: str, params: dict[str, str]) -> Response | None:
    name = SECTIONS[cat]
    items = section_of(cat)
    base = f"/{cat}"
    heading = f'<h1 class="page-title">{esc(name)}</h1>'
    crumbs: list[tuple[str, str | None]] = [(name, base)]
    if "tag" in params:
        tag_slug = params["tag"]
        items = [s for s in items if tag_slug in {slugify(t) for t in tags_of(s)}]
        label = next((t for s in items for t in tags_of(s) if slugify(t) == tag_slug), tag_slug)
        base += f"/tag:{tag_slug}"
        heading += f'<p class="page-filter">Bài viết có thẻ: <strong>{esc(label)}</strong></p>'
        crumbs.append((f"Thẻ: {label}", None))
    if "year" in params:
        if not params["year"].isdigit():
            return None
        items = [s for s in items if day_of(s)[0] == int(params["year"])]
        base += f"/year:{params['year']}"
        heading += f'<p class="page-filter">Lưu trữ năm {esc(params["year"])}</p>'
        crumbs.append((f"Năm {params['year']}", None))
    raw_page = params.get("page") or parse_qs(request.query).get("page", ["1"])[0]
    if not raw_page.isdigit():
        return None
    page = int(raw_page)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None  # Kirby: "Pagination page N does not exist" → the error page
    shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(s) for s in shown) or '<p class="empty">Chưa có bài viết.</p>'
    content = (
        f'<section class="notes">{heading}\n<div class="post-list">\n{cards}\n</div>\n'
        f"{pagination(base, page, pages)}</section>"
    )
    title = name if page == 1 else f"{name} – Trang {page}"
    return layout(request, title, content, current=f"/{cat}", crumbs=crumbs, template="notes")


# --- the note template ------------------------------------------------------------------


def _user_line(story: Story) -> str:
    return f'<span class="note-author">Đăng bởi {esc(story.opts["user"])}</span>'


def _note_core(story: Story, *, with_tags: bool) -> str:
    tags = ""
    if with_tags and tags_of(story):
        links = ", ".join(
            f'<a href="/{story.cat}/tag:{slugify(t)}">{esc(t)}</a>' for t in tags_of(story)
        )
        tags = f'<p class="note-tags"><i class="icon-tag"></i> Thẻ: {links}</p>'
    intro = f'<p class="note-intro">{esc(story.summary)}</p>\n' if story.summary else ""
    return (
        '<header class="note-header">'
        f'<h1 class="note-title">{esc(story.title)}</h1>'
        '<div class="note-meta">'
        f'<time class="note-date" datetime="{datetime_attr(story)}">{long_date(story)}</time>'
        f' <span class="sep">|</span> {_user_line(story)}</div>'
        f"{tags}</header>\n"
        f"{intro}"
        f'<div class="note-text text">\n{render_blocks(story)}\n</div>\n'
    )


def related(story: Story) -> list[Story]:
    siblings = [s for s in section_of(story.cat) if s is not story]
    mine = set(tags_of(story))
    picked = [s for s in siblings if mine & set(tags_of(s))][:3]
    for s in siblings:
        if len(picked) == 3:
            break
        if s not in picked:
            picked.append(s)
    return picked


def prevnext(story: Story) -> str:
    siblings = section_of(story.cat)
    i = siblings.index(story)
    older = siblings[i + 1] if i + 1 < len(siblings) else None
    newer = siblings[i - 1] if i > 0 else None
    left = (
        f'<a class="prevnext-prev" href="{url_of(older)}" title="{esc(older.title)}">‹ Bài trước</a>'
        if older
        else '<span class="prevnext-prev is-disabled">‹ Bài trước</span>'
    )
    right = (
        f'<a class="prevnext-next" href="{url_of(newer)}" title="{esc(newer.title)}">Bài sau ›</a>'
        if newer
        else '<span class="prevnext-next is-disabled">Bài sau ›</span>'
    )
    return f'<nav class="prevnext">{left} <span class="sep">|</span> {right}</nav>'


def note_page(request: Request, story: Story) -> Response:
    path = url_of(story)
    share = f"https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{path}"
    content = (
        f'<article class="note">\n{_note_core(story, with_tags=True)}'
        '<footer class="note-footer">'
        f'<a class="note-print" href="{path}?print=1" rel="nofollow" target="_blank">'
        '<i class="icon-print"></i> In bài</a> '
        f'<a class="note-share" href="{share}" target="_blank" rel="noopener">'
        '<i class="icon-facebook"></i> Chia sẻ</a> '
        f'<a class="note-json" href="{path}.json" title="JSON"><i class="icon-code"></i>'
        '<span class="sr-only">JSON</span></a>'
        "</footer>\n</article>\n"
        f"{prevnext(story)}\n"
        '<section class="related"><h2 class="related-title">Bài viết liên quan</h2>'
        '<div class="post-list post-list-small">'
        + "".join(small_card(s) for s in related(story))
        + "</div></section>"
    )
    name = SECTIONS[story.cat]
    return layout(
        request,
        story.title,
        content,
        current=f"/{story.cat}",
        crumbs=[(name, f"/{story.cat}")],
        canonical=path,
        template="note",
    )


def print_page(request: Request, story: Story) -> Response:
    """``?print=1``: the note's head (so its canonical), a bare body for the printer."""
    path = url_of(story)
    body = (
        _head(request, story.title, path, '<link rel="stylesheet" href="/assets/css/print.css">\n')
        + '<body class="template-note print" onload="window.print()">\n'
        '<p class="print-site">TRƯỜNG THCS PHAN CHU TRINH – XÃ KRÔNG PẮC, TỈNH ĐẮK LẮK</p>\n'
        f'<article class="note">\n{_note_core(story, with_tags=False)}</article>\n'
        f'<p class="print-url">Địa chỉ bài viết: {base_url(request)}{path}</p>\n'
        "</body>\n</html>\n"
    )
    return html(body, headers={"X-Powered-By": "PHP/8.1.29"})


def json_page(request: Request, story: Story) -> Response:
    """``note.json.php``: the content representation (the theme's "JSON" icon)."""
    data = {
        "title": story.title,
        "date": datetime_attr(story),
        "author": story.opts["user"],
        "tags": tags_of(story),
        "intro": story.summary or "",
        "text": render_blocks(story),
        "url": base_url(request) + url_of(story),
    }
    return Response(
        200,
        json.dumps(data, ensure_ascii=False, indent=2),
        {"Content-Type": "application/json; charset=UTF-8", "X-Powered-By": "PHP/8.1.29"},
    )


# --- home and the other templates ----------------------------------------------------------


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide"><img src="/assets/images/slide-{n}.jpg" alt="{esc(alt)}"></div>'
        for n, alt in enumerate(
            ["Chào mừng năm học mới 2026-2027", "Khuôn viên nhà trường", "Hoạt động Đội"], 1
        )
    )
    news = "\n".join(card(s) for s in NOTES[:3])
    notices = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="date">{dotted(s)}</span></li>'
        for s in NOTICES
    )
    album_cover = media("thu-vien-anh", "le-khai-giang-2026", "khai-giang-01.jpg")
    content = (
        f'<div class="slider" data-autoplay="5000">{slides}</div>\n'
        '<section class="home-section home-news"><h2 class="section-title">'
        '<a href="/tin-tuc">Tin tức – Sự kiện</a></h2>\n'
        f'<div class="post-list">\n{news}\n</div>\n'
        '<div class="home-pager"><span class="is-disabled">‹ Mới hơn</span> '
        '<a href="/tin-tuc?page=2">Cũ hơn ›</a> '
        '<a class="home-more" href="/tin-tuc">Xem tất cả →</a></div></section>\n'
        '<section class="home-section home-notices"><h2 class="section-title">'
        '<a href="/thong-bao">Thông báo</a></h2>'
        f'<ul class="notice-list">{notices}</ul></section>\n'
        '<section class="home-section home-album"><h2 class="section-title">'
        '<a href="/thu-vien-anh">Thư viện ảnh</a></h2>'
        f'<a class="album-card" href="{ALBUM_PATH}">'
        f'<img src="{thumb(album_cover, "400x260-crop")}" alt="">'
        "<span>Lễ khai giảng năm học 2026-2027</span></a></section>\n"
        '<section class="home-section home-calendar"><h2 class="section-title">Lịch công tác</h2>'
        '<p><a href="/lich-cong-tac">Lịch công tác tuần 14 (30/11 – 06/12/2026)</a></p></section>'
    )
    return layout(request, "Trang chủ", content, current="/", template="home")


def _static(request: Request, path: str, title: str, inner: str, crumbs, template="default"):
    content = (
        f'<article class="page"><h1 class="page-title">{esc(title)}</h1>\n'
        f'<div class="text">\n{inner}\n</div></article>'
    )
    return layout(request, title, content, current=path, crumbs=crumbs, template=template)


def about(request: Request) -> Response:
    photo = media("gioi-thieu", "", "toan-canh-truong.jpg")
    inner = (
        "<p>Trường THCS Phan Chu Trinh được thành lập năm 1998 trên cơ sở tách ra từ Trường "
        "PTCS Phước An. Trải qua hơn 28 năm xây dựng và phát triển, nhà trường đã trở thành "
        "địa chỉ tin cậy của phụ huynh và học sinh trên địa bàn.</p>\n"
        f'<figure class="image">{_img_tag(photo)}<figcaption>Toàn cảnh Trường THCS Phan Chu '
        "Trinh</figcaption></figure>\n"
        "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022, đạt kiểm định chất lượng giáo dục "
        "cấp độ 3. Năm học 2026-2027, trường có 28 lớp, 1.126 học sinh và 62 cán bộ, giáo viên, "
        "nhân viên.</p>\n"
        "<h2>Sứ mệnh</h2>\n<p>Xây dựng môi trường học tập thân thiện, an toàn, chất lượng; "
        "giúp mỗi học sinh phát triển toàn diện phẩm chất và năng lực.</p>\n"
        '<p><a href="/gioi-thieu/co-cau-to-chuc">Xem cơ cấu tổ chức →</a></p>'
    )
    return _static(request, "/gioi-thieu", "Giới thiệu", inner, [("Giới thiệu", None)])


def staff(request: Request) -> Response:
    rows = [
        ("Ngữ văn", "Võ Thị Mai Anh", "9"),
        ("Toán – Tin", "Phan Văn Khải", "11"),
        ("Khoa học tự nhiên", "Hồ Thị Ngọc Trâm", "8"),
        ("Khoa học xã hội", "Ksor H'Bian", "7"),
        ("Ngoại ngữ", "Đặng Thị Thu Hương", "6"),
        ("Nghệ thuật – Thể chất", "Nguyễn Văn Thắng", "8"),
        ("Văn phòng", "Nguyễn Thị Lan", "7"),
    ]
    table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
    inner = (
        "<h2>Ban Giám hiệu</h2>\n<ul>"
        "<li>Thầy Nguyễn Hữu Phước – Hiệu trưởng</li>"
        "<li>Thầy Đỗ Quang Huy – Phó Hiệu trưởng</li>"
        "<li>Thầy Y Khuê Niê – Phó Hiệu trưởng</li></ul>\n"
        "<h2>Các tổ chuyên môn</h2>\n<table><thead><tr><th>Tổ</th><th>Tổ trưởng</th>"
        f"<th>Số thành viên</th></tr></thead><tbody>{table}</tbody></table>\n"
        "<h2>Các đoàn thể</h2>\n<ul><li>Chi bộ: Bí thư Nguyễn Hữu Phước</li>"
        "<li>Công đoàn: Chủ tịch Lê Thị Hoa</li><li>Chi đoàn: Bí thư Trần Minh Đức</li>"
        "<li>Liên đội: Tổng phụ trách Phạm Thu Hà</li></ul>"
    )
    crumbs = [("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)]
    return _static(request, "/gioi-thieu", "Cơ cấu tổ chức", inner, crumbs)


def contact(request: Request) -> Response:
    if request.method == "POST":
        inner = (
            '<p class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi '
            "trong thời gian sớm nhất.</p>"
        )
        return _static(request, "/lien-he", "Liên hệ", inner, [("Liên hệ", None)], "contact")
    inner = (
        "<p><strong>Trường THCS Phan Chu Trinh</strong><br>Địa chỉ: Thôn 4, xã Krông Pắc, "
        "tỉnh Đắk Lắk<br>Điện thoại: 0262 3521 468<br>Email: "
        "thcsphanchutrinh.krongpac@daklak.edu.vn</p>\n"
        '<form class="contact-form" method="post" action="/lien-he">'
        '<input type="hidden" name="csrf" value="8c1f0a2d9e7b4c35a6f1">'
        '<label>Họ và tên <input type="text" name="name" required></label>'
        '<label>Email <input type="email" name="email" required></label>'
        '<label>Số điện thoại <input type="tel" name="phone"></label>'
        '<label>Nội dung <textarea name="message" rows="6" required></textarea></label>'
        '<button type="submit">Gửi liên hệ</button></form>\n'
        '<iframe class="map" src="https://www.google.com/maps/embed?pb=!1m18!1m12!3m3!1d3893.1'
        '!2d108.37!3d12.70" loading="lazy" title="Bản đồ"></iframe>'
    )
    return _static(request, "/lien-he", "Liên hệ", inner, [("Liên hệ", None)], "contact")


def duties(request: Request) -> Response:
    rows = [
        (
            "Thứ Hai 30/11",
            "Sáng",
            "Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề “Tri ân thầy cô”",
            "Ban Giám hiệu",
            "Sân trường",
        ),
        (
            "Thứ Ba 01/12",
            "Chiều",
            "Họp tổ chuyên môn, duyệt danh sách dự thi giáo viên dạy giỏi",
            "Tổ trưởng",
            "Phòng họp",
        ),
        (
            "Thứ Tư 02/12",
            "Sáng",
            "Kiểm tra hồ sơ chuyên môn tổ Khoa học xã hội",
            "Thầy Đỗ Quang Huy",
            "Phòng Hội đồng",
        ),
        (
            "Thứ Năm 03/12",
            "Chiều",
            "Bồi dưỡng học sinh giỏi lớp 9",
            "Giáo viên bồi dưỡng",
            "Phòng học bộ môn",
        ),
        (
            "Thứ Sáu 04/12",
            "Sáng",
            "Giao ban Ban Giám hiệu",
            "Thầy Nguyễn Hữu Phước",
            "Phòng Hiệu trưởng",
        ),
        ("Thứ Bảy 05/12", "Sáng", "Lao động vệ sinh khuôn viên trường", "Liên đội", "Toàn trường"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    inner = (
        "<p><em>Cập nhật ngày 28/11/2026</em></p>\n"
        '<table class="schedule"><thead><tr><th>Thứ/ngày</th><th>Buổi</th><th>Nội dung</th>'
        f"<th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{body}</tbody></table>"
    )
    title = "Lịch công tác tuần 14 (từ 30/11 đến 06/12/2026)"
    return _static(request, "/lich-cong-tac", title, inner, [("Lịch công tác", None)], "schedule")


ALBUM_FILES = [f"khai-giang-{n:02d}.jpg" for n in range(1, 9)]


def albums(request: Request) -> Response:
    cover_src = thumb(media("thu-vien-anh", "le-khai-giang-2026", ALBUM_FILES[0]), "400x260-crop")
    content = (
        '<section class="albums"><h1 class="page-title">Thư viện ảnh</h1><ul class="album-grid">'
        f'<li><a href="{ALBUM_PATH}"><img src="{cover_src}" alt="">'
        "<span>Lễ khai giảng năm học 2026-2027</span> <small>(8 ảnh)</small></a></li>"
        "</ul></section>"
    )
    return layout(
        request,
        "Thư viện ảnh",
        content,
        current="/thu-vien-anh",
        crumbs=[("Thư viện ảnh", None)],
        template="albums",
    )


def album(request: Request) -> Response:
    items = "".join(
        f'<li><figure><a href="{src}" data-lightbox="album">'
        f'<img src="{thumb(src, "400x")}" alt="" loading="lazy"></a></figure></li>'
        for src in (media("thu-vien-anh", "le-khai-giang-2026", f) for f in ALBUM_FILES)
    )
    title = "Lễ khai giảng năm học 2026-2027"
    content = (
        f'<article class="album"><h1 class="album-title">{esc(title)}</h1>'
        f'<ul class="gallery">{items}</ul></article>'
    )
    return layout(
        request,
        title,
        content,
        current="/thu-vien-anh",
        crumbs=[("Thư viện ảnh", "/thu-vien-anh"), (title, None)],
        template="album",
    )


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    results = []
    if q:
        needle = unicodedata.normalize("NFC", q).lower()
        results = [s for s in STORIES if needle in s.title.lower()]
    found = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="date">{dotted(s)}</span></li>'
        for s in results
    )
    content = (
        '<section class="search"><h1 class="page-title">Tìm kiếm</h1>'
        '<form action="/tim-kiem" method="get"><input type="search" name="q" '
        f'value="{esc(q)}"><button>Tìm</button></form>'
        + (f"<p>Có {len(results)} kết quả cho “{esc(q)}”</p><ul>{found}</ul>" if q else "")
        + "</section>"
    )
    return layout(request, "Tìm kiếm", content, crumbs=[("Tìm kiếm", None)], template="search")


def error_page(request: Request) -> Response:
    content = (
        '<article class="page error"><h1 class="page-title">Không tìm thấy trang</h1>'
        '<div class="text"><p>Trang bạn tìm không tồn tại, đã bị xóa hoặc chưa được xuất bản.</p>'
        '<p><a href="/">← Về trang chủ</a></p></div></article>'
    )
    return layout(request, "Không tìm thấy trang", content, template="error", status=404)


PANEL_SHELL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta name="robots" content="noindex">
<title>Đăng nhập | Trường THCS Phan Chu Trinh</title>
<link rel="stylesheet" href="/media/panel/2b5e1c0a9d8f3e7c41b6a2d5f0e9c8b7/css/style.css">
<link rel="icon" href="/media/panel/2b5e1c0a9d8f3e7c41b6a2d5f0e9c8b7/favicon.svg">
</head>
<body>
<div id="app"></div>
<noscript>Vui lòng bật JavaScript trong trình duyệt của bạn.</noscript>
<script nonce="a1b2c3d4e5">window.fiber = {"$view":{"component":"k-login-view","props":{"methods":["password"],"pending":{"email":null,"challenge":null}},"title":"Đăng nhập"},"$language":null,"$multilang":false,"$url":"/panel/login","$translation":{"code":"vi"}};</script>
<script src="/media/panel/2b5e1c0a9d8f3e7c41b6a2d5f0e9c8b7/js/vendor.js" type="module"></script>
<script src="/media/panel/2b5e1c0a9d8f3e7c41b6a2d5f0e9c8b7/js/plugins.js" type="module"></script>
<script src="/media/panel/2b5e1c0a9d8f3e7c41b6a2d5f0e9c8b7/js/index.js" type="module"></script>
</body>
</html>
"""


# --- the router ------------------------------------------------------------------------------

BY_PATH = {url_of(s): s for s in STORIES}
PAGES = {
    "/gioi-thieu": about,
    "/gioi-thieu/co-cau-to-chuc": staff,
    "/lien-he": contact,
    "/lich-cong-tac": duties,
    "/thu-vien-anh": albums,
    ALBUM_PATH: album,
    "/tim-kiem": search,
}


class KirbySite:
    """Kirby's router: files, the Panel, then pages (with parameters and representations)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/assets/")):
            if path.endswith(".pdf") and path == PDF13:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/panel" or path == "/panel/":
            return redirect("/panel/login")
        if path == "/panel/login":
            return html(PANEL_SHELL, headers={"X-Powered-By": "PHP/8.1.29"})
        if path.startswith("/panel/"):
            return redirect("/panel/login")
        if path in ("/robots.txt", "/favicon.ico"):
            return None
        page_path, params = parse_params(path)
        if page_path == "/home":
            return redirect("/", 301)
        if page_path == "/":
            return home(request)
        cat = page_path.strip("/")
        if cat in SECTIONS:
            return listing(request, cat, params) or error_page(request)
        if page_path.endswith(".json") and page_path[: -len(".json")] in BY_PATH:
            return json_page(request, BY_PATH[page_path[: -len(".json")]])
        story = BY_PATH.get(page_path)
        if story is not None:
            if request.params.get("print") == "1":
                return print_page(request, story)
            return note_page(request, story)
        if page_path in PAGES:
            return PAGES[page_path](request)
        # drafts (DRAFT_PATH among them) and everything else: Kirby's error page
        return error_page(request)


def build_site() -> KirbySite:
    return KirbySite()


# --- gold (written by hand in the stories above; see the module docstring) ---------------------


def _gold(story: Story) -> dict:
    path = url_of(story)
    return gold_record(
        story, path, SECTIONS[story.cat], canonical_path=path, alt_paths=[f"{path}?print=1"]
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/lich-cong-tac",
    "/thu-vien-anh",
    ALBUM_PATH,
]
