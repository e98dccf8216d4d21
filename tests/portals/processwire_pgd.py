"""ProcessWire 3 site of a city's Phòng Giáo dục và Đào tạo, UIkit 3 "regular" profile adapted.

The platform
------------
ProcessWire 3 (PHP CMF) with the bundled *regular* site profile (UIkit 3 front end) that a
freelancer adapted in 2022 for "Phòng Giáo dục và Đào tạo thành phố Tân Hưng". Everything is a
page in one tree, every URL ends in a slash, and the templates print fields through the profile's
``_uikit.php`` helpers: ``nav.uk-navbar`` (plus the same menu again in an ``uk-offcanvas`` for
phones), ``ul.uk-breadcrumb`` built from the page's *parents* (the current page is not appended),
``article.uk-article``, ``ul.uk-pagination`` rendered by MarkupPagerNav. Titles and summaries go
through TextformatterEntities (``&quot;``, ``&amp;`` in the markup); the body is CKEditor HTML.
Page names were made by ProcessWire's default transliteration table, which turns "đ" into "dj"
(``/tin-tuc/lien-djoi-truong-tieu-hoc-kim-djong-…/``): slugs never give titles.

URL scheme and page kinds
-------------------------
- ``/`` home: a ``uk-slideshow`` of the three featured news (checkbox "nổi bật"), "Tin mới nhất"
  (six cards) and a "Xem tất cả tin tức" link to ``/tin-tuc/``.
- ``/tin-tuc/`` all news, five cards per page (``div.uk-card``: a 400x260 thumbnail, an ``h3``
  title link, the day "dd/mm/yyyy", the summary truncated at 150 characters, else the body's first
  paragraph). Pagination is ProcessWire's page-number URL segment with the prefix configured as
  "trang": ``/tin-tuc/trang2/``, ``/tin-tuc/trang3/`` (12 listed news: 5 + 5 + 2). The pager is
  ``ul.uk-pagination``: numbers, "‹" / "›" links, the current page as
  ``<li class='uk-active' aria-current='true'><span>N</span></li>``; page 1 is the bare URL.
  ``/tin-tuc/trang1/`` is redirected (301) to ``/tin-tuc/``.
- ``/tin-tuc/?tag=<slug>``: the same listing filtered by a tag ("Từ khóa:" links under each
  article); its pages are ``/tin-tuc/trang2/?tag=<slug>`` (MarkupPagerNav keeps the whitelisted
  GET variable). An unknown tag gives an empty list (200).
- ``/chuyen-muc/`` lists the categories; ``/chuyen-muc/<slug>/`` (a Page reference "chuyen_muc"
  of each news page points there) lists its news the same way, ``/chuyen-muc/<slug>/trang2/``.
  Only "Hoạt động chuyên môn" has two pages (6 news).
- ``/tin-tuc/<slug>/`` the article (template "tin-tuc-chi-tiet"): no category in the path.
- ``/tim-kiem/?q=…`` search (the header form, GET), paged ``/tim-kiem/trang2/?q=…``; no page
  links to it.
- Other pages: ``/gioi-thieu/`` and ``/gioi-thieu/lanh-dao-phong/`` (basic-page: ``h1`` + body,
  no date line), ``/lien-he/`` (contact form, POSTs to itself), ``/van-ban/`` (a table of official
  documents) with two entries ``/van-ban/<slug>/`` (number, date, issuer, abstract, a PDF under
  ``/site/assets/files/``), ``/thu-vien-anh/`` with two albums ``/thu-vien-anh/<slug>/`` (a grid
  of photos), ``/lich-cong-tac/`` (the week's work schedule).
- Files: ``/site/assets/files/<page id>/<name>.jpg`` (originals) and ProcessWire's size variants
  ``<name>.600x0.jpg`` (the images field), ``<name>.400x260.jpg`` (cards), ``<name>.1200x525.jpg``
  (slideshow), ``<name>.800x0-is.jpg`` (resized in CKEditor's image dialog); theme files under
  ``/site/templates/``.
- Every page carries the chrome: a top bar with *today's* date and a language switch
  ("Tiếng Việt" ``?lang=vi`` | "English" ``?lang=en``), the logo, the search form, the navbar
  (twice, desktop and off-canvas), a sidebar ("Thông báo" pinned notices, "Tin mới", "Lịch công
  tác tuần", "Liên kết website" banners and a select, "Thống kê truy cập" counter), a footer
  with address, phone, "Chịu trách nhiệm chính", the designer's link and a "Quản trị" link to
  ``/processwire/``.

The article page
----------------
``h1.uk-article-title``; ``p.uk-article-meta`` "Đăng ngày 14 tháng 11 năm 2026 trong
<a href='/chuyen-muc/…/'>Hoạt động chuyên môn</a>" (a day, no time; "trong …" is missing when the
category field is empty); ``div.uk-text-lead`` (field "summary", plain text; absent when empty);
``div.body`` (CKEditor: ``p``, ``h3``, ``ul``, ``table.uk-table``, ``figure.align_center`` with
``img`` (sometimes wrapped in a link to the original) and ``figcaption``, or an older habit: a
centred ``<p><img></p>`` followed by a centred ``<p><em>caption</em></p>``); then the field
"images" as a ``div.uk-grid`` of ``figure`` > ``a[href=original]`` > ``img.uk-border-rounded``
(the 600x0 variant) + ``figcaption`` (the image's description; none when it is empty); then
``p.tac-gia`` "Tác giả: …" (field "tac_gia", free text), ``p.nguon`` "Nguồn: …" (field "nguon",
optionally linked), the tags, a tools row ("Lượt xem", "In bài viết", share links) and, after the
article, "Tin cùng chuyên mục" (``ul.uk-list``: other news of the category with "(dd/mm/yyyy)"),
or "Tin khác" when the page has no category. There is no rel=canonical and no machine-readable
date (only ``og:title``, ``og:description``, ``og:image``).

How each gold article is reached
--------------------------------
Twelve of the thirteen are visible news: ``/tin-tuc/`` and its pages
``trang2``/``trang3`` list the twelve visible news (newest first), the category pages and tag
pages list them again, the home page shows the six newest and three featured, and "Tin mới" /
"Tin cùng chuyên mục" link some more. The thirteenth, "Thông báo tuyển dụng viên chức giáo dục
năm 2026", is a *hidden* page (ProcessWire status hidden): no listing, category page, tag page,
search or related list shows it (``find()`` skips hidden pages), but the home page's Page
reference field "pinned notices" does, and the sidebar's "Thông báo" box on every page prints it.

Traps
-----
- ``/tin-tuc/trang999/`` (any page number past the end, up to ``$config->maxPageNum`` = 999)
  answers 200 with "Không có bài viết nào." and a pager of the three real pages, no previous or
  next link (no clamp, no 404); ``/tin-tuc/trang1000/`` is a 404. The same holds on category,
  tag and search pages.
- ``/processwire/`` (linked as "Quản trị" in the footer) answers 302 to ``/processwire/login/``,
  the admin login form.
- ``/site/assets/files/…`` images in several size variants of one original; the sidebar banners
  live there too (``/site/assets/files/1022/…``) and are not article images, nor are the logo,
  the cards' thumbnails or the slideshow images.
- ``/lich-cong-tac/?tuan=2026-W47``: the schedule has "‹ Tuần trước" / "Tuần sau ›" links for any
  ISO week, forever, each answering 200 ("Chưa có lịch công tác của tuần này." for weeks without
  entries). Only ``/lich-cong-tac/`` itself counts as a page a reader opens.
- ``?lang=en`` (and ``?lang=vi``) on any page: the same page, only the chrome switched (menu,
  labels, "Posted on 14 November 2026 in …", "Author:", "Source:", "Related news"); content
  fields are not multi-language, so titles, summary, body and captions stay Vietnamese. Article
  pages answered with ``?lang=en`` / ``?lang=vi`` are listed as ``alt_paths``. The switch is not
  remembered: links on an English page lead to Vietnamese pages.
- ``/tin-tuc/<slug>`` without the trailing slash (an editor pasted such a link in the body of the
  20/11 article) answers 301 to ``/tin-tuc/<slug>/``; ProcessWire does this for every page
  (``/chuyen-muc/thong-bao`` → ``/chuyen-muc/thong-bao/``, ``/tin-tuc/trang2`` →
  ``/tin-tuc/trang2/``).
- ``/gioi-thieu/`` is a long page of prose (functions and duties) with an ``h1`` but no date: not
  an article. Document entries and albums are not articles either.
- One article's body was pasted from a Word file typed in "Unicode tổ hợp" (decomposed, NFD);
  one was copied from a newspaper with ``&nbsp;`` and ``&amp;`` entities and a hot-linked image on
  the newspaper's CDN.

Gold decisions
--------------
- ``title``: the ``h1`` text (entities decoded; the straight quotes typed by the editors kept).
- ``published_at``: the day of "Đăng ngày …" ("2026-11-14", day only, as the page prints no time).
  The listing's "dd/mm/yyyy" is the same day. The header's date (today) is never one.
- ``summary``: the ``div.uk-text-lead`` text, and it is the body's first paragraph; two articles
  have an empty summary field (no lead printed): ``summary`` is None and the body starts with the
  first paragraph of ``div.body``.
- ``body``: lead + ``div.body`` paragraphs, ``h3`` headings, list items, table rows (cells joined
  by " | ", the header row included). Not in the body: captions, the "Ảnh: Hồng Nhung" credit line
  at the end of the 20/11 article's body, "Tác giả:", "Nguồn:", tags, tools, related lists.
  Sentences that carry a link (to a document entry, a PDF, another article) are body text.
- ``authors``: the persons named in "Tác giả:", without titles ("ThS.", "GV") and without the unit
  or role that follows the name ("- Trường THCS Nguyễn Du", "(Trường MN Hoa Sen)", "(TPT Đội)",
  "- Văn phòng Phòng GD&ĐT"); "Lê Hoàng Nam, Phạm Thu Hà" is two authors. "Tác giả: Tổ Văn phòng"
  (on the notice about the reception schedule) names the office that wrote the notice: it is the
  author, as on the other portals (harmonised; the helper had written none), and no ``source``
  (nothing was taken from elsewhere). No "Tác giả:" line: empty.
- ``photographers``: "Ảnh: Hồng Nhung" (the credit line of the 20/11 article) only.
- ``source``: the name after "Nguồn:" ("Báo Giáo dục và Thời đại", "UBND thành phố Tân Hưng").
- ``images``: in page order, body figures first, then the images field's grid; each is the ``img``
  ``src`` as printed (the sized variant the page shows: ``…800x0-is.jpg`` in the body,
  ``…600x0.jpg`` in the grid; the lightbox link to the original is the same photo), or the
  newspaper's absolute URL for the hot-linked one. ``caption`` is the ``figcaption`` (or the
  italic line under an old-style image); images without a description (Zalo file names such as
  ``z6003811947520_….jpg``) and the one body figure without ``figcaption`` have ``None``.
- ``category``: the category named by "trong <a>…</a>" in the meta line (the breadcrumb only says
  "Trang chủ / Tin tức" for every article). The Kim Đồng article's category field is empty: the
  page names no category, so its category is the breadcrumb's last item, "Tin tức".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

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

NAME = "processwire_pgd"
PLATFORM = "ProcessWire 3 (UIkit 3 regular profile)"
START_PATH = "/"
PER_PAGE = 5
MAX_PAGE_NUM = 999
SITE_TITLE = "Phòng Giáo dục và Đào tạo thành phố Tân Hưng"


@dataclass(frozen=True)
class PH(P):
    """A paragraph printed with inline markup (a link, entities); ``text`` is how it reads."""

    markup: str = ""


# --- categories and tags ----------------------------------------------------------------------

CATEGORIES: dict[str, tuple[int, str, str]] = {
    # slug: (page id, title, description printed on the category page)
    "hoat-dong-chuyen-mon": (
        1030,
        "Hoạt động chuyên môn",
        "Tin về hoạt động dạy và học, chuyên đề, hội thi chuyên môn của các bậc học.",
    ),
    "thi-dua-khen-thuong": (
        1031,
        "Thi đua - Khen thưởng",
        "Phong trào thi đua, sáng kiến, khen thưởng trong ngành Giáo dục thành phố.",
    ),
    "cong-doan-doan-doi": (
        1032,
        "Công đoàn - Đoàn - Đội",
        "Hoạt động của Công đoàn ngành, Đoàn Thanh niên và Đội Thiếu niên Tiền phong.",
    ),
    "thong-bao": (1033, "Thông báo", "Thông báo của Phòng Giáo dục và Đào tạo."),
    "giao-duc-mam-non": (1034, "Giáo dục mầm non", "Hoạt động của các trường mầm non."),
}

TAGS: dict[str, str] = {
    "nam-hoc-2026-2027": "năm học 2026 - 2027",
    "giao-vien-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "stem": "STEM",
    "mam-non": "mầm non",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "doi-thieu-nien": "Đội Thiếu niên",
    "thi-dua": "thi đua",
}


def F(page_id: int, name: str) -> str:
    """A file of a page under ProcessWire's assets folder."""
    return f"/site/assets/files/{page_id}/{name}"


# --- the news pages ---------------------------------------------------------------------------
# ``opts``: tac_gia / nguon / nguon_url (printed field values), tags, hidden, featured, nfd.

S_TIEP_DAN = Story(
    id=1061,
    slug="thong-bao-lich-tiep-cong-dan-cua-truong-phong-thang-12-2026",
    title="Thông báo lịch tiếp công dân của Trưởng phòng tháng 12/2026",
    cat="thong-bao",
    published_at="2026-11-24",
    blocks=[
        P(
            "Thực hiện Luật Tiếp công dân, Phòng Giáo dục và Đào tạo thành phố thông báo lịch tiếp "
            "công dân định kỳ của Trưởng phòng trong tháng 12/2026 vào sáng thứ Năm các ngày 03/12, "
            "10/12 và 17/12/2026, tại phòng tiếp công dân (tầng 1, trụ sở Phòng)."
        ),
        P(
            "Công dân có nhu cầu vui lòng liên hệ trước qua số điện thoại 0271.3 886 245 (gặp bộ "
            "phận Văn phòng) để được bố trí thời gian."
        ),
    ],
    # (harmonised with the other portals' gold: an office alone in the author field wrote the
    # post; the helper had written no author)
    authors=["Tổ Văn phòng"],
    summary=None,
    sapo_outside=True,
    opts={"tac_gia": "Tổ Văn phòng"},
)

S_GVDG_URL = "/tin-tuc/tong-ket-hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-thcs-nam-hoc-2026-2027"

S_NHA_GIAO = Story(
    id=1060,
    slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="thi-dua-khen-thuong",
    published_at="2026-11-20",
    summary=(
        "Sáng 19/11, Phòng Giáo dục và Đào tạo phối hợp với Công đoàn ngành Giáo dục thành phố tổ "
        "chức Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu "
        "năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có ông Nguyễn Đức Thành, Phó Chủ tịch UBND thành phố; đại diện lãnh đạo Thành "
            "ủy, Ủy ban MTTQ Việt Nam thành phố; các đồng chí nguyên là lãnh đạo Phòng GD&ĐT qua các "
            "thời kỳ cùng hơn 300 cán bộ, giáo viên, nhân viên đại diện cho các trường học trên địa "
            "bàn."
        ),
        PH(
            "Phát biểu tại buổi lễ, bà Lê Thị Thu Hương, Trưởng phòng GD&ĐT ôn lại truyền thống vẻ "
            "vang của ngành và ghi nhận những nỗ lực của đội ngũ nhà giáo trong năm học 2025 - 2026: "
            "tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%, tốt nghiệp THCS đạt 99,5%; "
            "thành phố có 42 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh; 58 giáo viên vừa "
            "được công nhận giáo viên dạy giỏi cấp thành phố bậc THCS.",
            markup=(
                "Phát biểu tại buổi lễ, bà Lê Thị Thu Hương, Trưởng phòng GD&amp;ĐT ôn lại truyền "
                "thống vẻ vang của ngành và ghi nhận những nỗ lực của đội ngũ nhà giáo trong năm học "
                "2025 - 2026: tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%, tốt nghiệp "
                "THCS đạt 99,5%; thành phố có 42 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp "
                f'tỉnh; <a href="{S_GVDG_URL}">58 giáo viên vừa được công nhận giáo viên dạy giỏi cấp '
                "thành phố bậc THCS</a>."
            ),
        ),
        P(
            "Thay mặt lãnh đạo thành phố, ông Nguyễn Đức Thành biểu dương những thành tích mà ngành "
            "Giáo dục đã đạt được, đồng thời đề nghị toàn ngành tiếp tục đẩy mạnh chuyển đổi số, nâng "
            "cao chất lượng giáo dục toàn diện, chăm lo đời sống của đội ngũ nhà giáo."
        ),
        P(
            "Nhân dịp này, UBND thành phố tặng Giấy khen cho 25 nhà giáo tiêu biểu; Công đoàn ngành "
            "Giáo dục trao 15 suất quà cho giáo viên có hoàn cảnh khó khăn, mỗi suất trị giá 2.000.000 "
            "đồng."
        ),
        Raw('<p style="text-align: right;"><strong>Ảnh: Hồng Nhung</strong></p>'),
        Img(
            F(1060, "le-mit-tinh-20-11-01.600x0.jpg"),
            "Quang cảnh Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Quang cảnh Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "gallery",
        ),
        Img(
            F(1060, "le-mit-tinh-20-11-02.600x0.jpg"),
            "Ông Nguyễn Đức Thành, Phó Chủ tịch UBND thành phố phát biểu tại buổi lễ",
            "Ông Nguyễn Đức Thành, Phó Chủ tịch UBND thành phố phát biểu tại buổi lễ",
            "gallery",
        ),
        Img(
            F(1060, "le-mit-tinh-20-11-03.600x0.jpg"),
            "Trao Giấy khen cho các nhà giáo tiêu biểu năm 2026",
            "Trao Giấy khen cho các nhà giáo tiêu biểu năm 2026",
            "gallery",
        ),
        Img(F(1060, "z6021458837216_4b1f0c9e7d2a8f3e5c6b.600x0.jpg"), None, None, "gallery"),
    ],
    authors=["Trần Thị Mai"],
    photographers=["Hồng Nhung"],
    opts={
        "tac_gia": "Trần Thị Mai",
        "tags": ["ngay-nha-giao-viet-nam", "thi-dua"],
        "featured": True,
    },
)

S_GVDG = Story(
    id=1058,
    slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-thcs-nam-hoc-2026-2027",
    title="Tổng kết Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18",
    summary=(
        "Sau gần một tháng tổ chức, Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026 - "
        "2027 đã khép lại với 58 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp thành "
        "phố."
    ),
    sapo_outside=True,
    blocks=[
        PH(
            "Chiều ngày 17/11/2026, tại Trường THCS Lê Lợi, Phòng Giáo dục và Đào tạo tổ chức tổng "
            "kết Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026 - 2027. Hội thi được "
            "tổ chức theo Kế hoạch số 185/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT, nhằm phát hiện, "
            "tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tích cực đổi mới phương pháp "
            "dạy học theo Chương trình giáo dục phổ thông 2018.",
            markup=(
                "Chiều ngày 17/11/2026, tại Trường THCS Lê Lợi, Phòng Giáo dục và Đào tạo tổ chức "
                "tổng kết Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026 - 2027. Hội "
                'thi được tổ chức theo <a href="/van-ban/ke-hoach-185-kh-pgddt-hoi-thi-giao-vien-day-'
                'gioi-thcs/">Kế hoạch số 185/KH-PGDĐT</a> ngày 05/9/2026 của Phòng GD&amp;ĐT, nhằm '
                "phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tích cực đổi "
                "mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
        ),
        Img(
            F(1058, "tong-ket-hoi-thi-gvdg-thcs.800x0-is.jpg"),
            "Bà Lê Thị Thu Hương, Trưởng phòng GD&ĐT phát biểu tổng kết Hội thi",
            "Bà Lê Thị Thu Hương, Trưởng phòng GD&ĐT phát biểu tổng kết Hội thi",
            "fig-link",
        ),
        P("Hội thi thu hút đông đảo giáo viên tham gia", "h3"),
        P(
            "Năm nay, Hội thi có 64 giáo viên của 11 trường THCS đăng ký dự thi ở 9 môn học: Ngữ văn, "
            "Toán, Khoa học tự nhiên, Lịch sử và Địa lí, Tiếng Anh, Tin học, Công nghệ, Giáo dục công "
            "dân và Giáo dục thể chất. Mỗi giáo viên trải qua hai phần thi: trình bày biện pháp nâng "
            "cao chất lượng giảng dạy và thực hành dạy hai tiết trên lớp."
        ),
        P(
            "Ban Giám khảo gồm 27 thành viên là lãnh đạo, chuyên viên Phòng GD&ĐT và cán bộ quản lý, "
            "giáo viên cốt cán có nhiều kinh nghiệm. Các tiết dạy được đánh giá theo Công văn số "
            "5512/BGDĐT-GDTrH của Bộ GD&ĐT."
        ),
        P("Kết quả Hội thi", "h3"),
        P(
            "Kết quả, 58/64 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố, đạt tỷ lệ "
            "90,6%. Cụ thể theo từng môn như sau:"
        ),
        P("Môn học | Số dự thi | Số đạt | Tỷ lệ (%)", "th"),
        P("Ngữ văn | 10 | 9 | 90,0", "tr"),
        P("Toán | 11 | 10 | 90,9", "tr"),
        P("Khoa học tự nhiên | 9 | 8 | 88,9", "tr"),
        P("Lịch sử và Địa lí | 6 | 6 | 100", "tr"),
        P("Tiếng Anh | 8 | 7 | 87,5", "tr"),
        P("Tin học | 5 | 5 | 100", "tr"),
        P("Công nghệ | 4 | 3 | 75,0", "tr"),
        P("Giáo dục công dân | 5 | 5 | 100", "tr"),
        P("Giáo dục thể chất | 6 | 5 | 83,3", "tr"),
        P("Tổng cộng | 64 | 58 | 90,6", "tr"),
        Img(
            F(1058, "trao-giay-khen-gvdg.800x0-is.jpg"),
            "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "thành phố",
            "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "thành phố",
            "fig",
        ),
        P(
            "Trường THCS Nguyễn Du và Trường THCS Lê Lợi là hai đơn vị có 100% giáo viên dự thi đạt "
            "danh hiệu. Nhiều tiết dạy được Ban Giám khảo đánh giá cao nhờ ứng dụng hiệu quả công nghệ "
            "thông tin, tổ chức hoạt động nhóm linh hoạt và chú trọng phát triển năng lực tự học của "
            "học sinh."
        ),
        P(
            "Phát biểu tổng kết, bà Lê Thị Thu Hương, Trưởng phòng GD&ĐT đề nghị các trường tiếp tục "
            "phát huy vai trò của giáo viên dạy giỏi trong sinh hoạt tổ chuyên môn, nhân rộng các biện "
            "pháp hay để nâng cao chất lượng dạy học trong toàn thành phố."
        ),
        Img(
            F(1058, "hoi-thi-gvdg-tiet-day-toan.600x0.jpg"),
            "Tiết dạy môn Toán của cô Nguyễn Thị Bích Ngọc, Trường THCS Lê Lợi",
            "Tiết dạy môn Toán của cô Nguyễn Thị Bích Ngọc, Trường THCS Lê Lợi",
            "gallery",
        ),
        Img(
            F(1058, "hoi-thi-gvdg-tiet-day-khtn.600x0.jpg"),
            "Học sinh thực hành thí nghiệm trong tiết dạy Khoa học tự nhiên",
            "Học sinh thực hành thí nghiệm trong tiết dạy Khoa học tự nhiên",
            "gallery",
        ),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={
        "tac_gia": "ThS. Nguyễn Văn Hùng",
        "tags": ["giao-vien-gioi", "nam-hoc-2026-2027"],
        "featured": True,
    },
)

S_TUYEN_DUNG = Story(
    id=1057,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
    cat="thong-bao",
    published_at="2026-11-16",
    summary=(
        "UBND thành phố Tân Hưng thông báo tuyển dụng 46 chỉ tiêu viên chức làm việc tại các trường "
        "mầm non, tiểu học và THCS công lập trực thuộc năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Căn cứ Kế hoạch số 312/KH-UBND ngày 02/11/2026 của UBND thành phố về tuyển dụng viên chức "
            "năm 2026, chỉ tiêu cụ thể như sau:"
        ),
        P("Giáo viên mầm non hạng III: 18 chỉ tiêu;", "li"),
        P("Giáo viên tiểu học hạng III: 16 chỉ tiêu;", "li"),
        P(
            "Giáo viên THCS hạng III: 12 chỉ tiêu (Tiếng Anh 4, Tin học 3, Âm nhạc 2, Mĩ thuật 3).",
            "li",
        ),
        P(
            "Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 17/11/2026 đến hết ngày 16/12/2026 (trong "
            "giờ hành chính), tại Phòng Nội vụ thành phố, số 05 đường Lý Thường Kiệt, phường 2."
        ),
        PH(
            "Chi tiết xem tại Thông báo số 112/TB-UBND đính kèm.",
            markup=(
                'Chi tiết xem tại <a href="/site/assets/files/1057/tb-112-tb-ubnd-tuyen-dung-vien-'
                'chuc-2026.pdf" target="_blank">Thông báo số 112/TB-UBND</a> đính kèm.'
            ),
        ),
    ],
    authors=[],
    source="UBND thành phố Tân Hưng",
    opts={"nguon": "UBND thành phố Tân Hưng", "hidden": True},
)

S_CSDL = Story(
    id=1056,
    slug="tap-huan-khai-thac-su-dung-co-so-du-lieu-nganh-giao-duc",
    title="Tập huấn khai thác, sử dụng cơ sở dữ liệu ngành giáo dục cho cán bộ quản lý",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14",
    summary=(
        "Ngày 13/11, Phòng GD&ĐT tổ chức tập huấn khai thác, sử dụng cơ sở dữ liệu ngành giáo dục và "
        "phần mềm quản lý trường học cho hơn 120 cán bộ quản lý, nhân viên các trường trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi tập huấn, các học viên được hướng dẫn cập nhật hồ sơ học sinh, hồ sơ cán bộ, giáo "
            "viên trên hệ thống cơ sở dữ liệu ngành; sử dụng học bạ số, sổ điểm điện tử và kết nối dữ "
            "liệu định danh cá nhân với Cơ sở dữ liệu quốc gia về dân cư."
        ),
        Img(
            F(1056, "tap-huan-csdl-nganh.jpg"),
            "Cán bộ quản lý các trường thực hành trên hệ thống cơ sở dữ liệu ngành",
            "Cán bộ quản lý các trường thực hành trên hệ thống cơ sở dữ liệu ngành",
            "old",
        ),
        P(
            "Theo ông Phạm Minh Quân, Phó Trưởng phòng GD&ĐT, việc chuẩn hóa dữ liệu ngay từ đầu năm "
            "học giúp giảm tải hồ sơ, sổ sách cho giáo viên và là cơ sở để thực hiện thủ tục chuyển "
            "trường, xét tuyển đầu cấp trực tuyến."
        ),
        P(
            "Phòng GD&ĐT yêu cầu các trường hoàn thành việc cập nhật dữ liệu năm học 2026 - 2027 trước "
            "ngày 30/11/2026."
        ),
    ],
    authors=["Nguyễn Minh Tuấn"],
    opts={"tac_gia": "Nguyễn Minh Tuấn", "tags": ["chuyen-doi-so", "nam-hoc-2026-2027"]},
)

S_BE_KHOE = Story(
    id=1054,
    slug="hoi-thi-be-khoe-be-ngoan-cap-thanh-pho-nam-hoc-2026-2027",
    title='Hội thi "Bé khỏe - Bé ngoan" cấp thành phố năm học 2026 - 2027',
    cat="giao-duc-mam-non",
    published_at="2026-11-10",
    summary=(
        'Trong hai ngày 06 và 07/11, tại Trường Mầm non Hoa Sen, Phòng GD&ĐT tổ chức Hội thi "Bé khỏe '
        '- Bé ngoan" cấp thành phố với sự tham gia của 96 bé đến từ 16 trường mầm non.'
    ),
    sapo_outside=True,
    blocks=[
        P(
            'Hội thi gồm ba phần: màn chào hỏi, phần thi vận động "Bé vượt chướng ngại vật" và phần thi '
            "năng khiếu. Qua từng phần thi, các bé thể hiện sự nhanh nhẹn, tự tin và những kỹ năng vận "
            "động cơ bản được rèn luyện ở trường."
        ),
        P(
            "Phần thi năng khiếu được đầu tư công phu với các tiết mục múa, hát, kể chuyện mang đậm bản "
            "sắc quê hương. Nhiều phụ huynh đã đến cổ vũ, tạo không khí sôi nổi, vui tươi suốt hai ngày "
            "diễn ra Hội thi."
        ),
        P(
            "Kết quả, Ban Tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho 16 đội thi. Trường Mầm "
            "non Hoa Sen, Trường Mầm non Sơn Ca và Trường Mầm non Họa Mi đạt giải Nhất."
        ),
        P(
            "Hội thi là dịp để các trường mầm non giao lưu, học hỏi kinh nghiệm trong việc tổ chức hoạt "
            "động giáo dục phát triển vận động cho trẻ, góp phần nâng cao chất lượng chăm sóc, giáo "
            'dục trẻ theo chủ đề "Lấy trẻ làm trung tâm".'
        ),
        Img(
            F(1054, "be-khoe-be-ngoan-01.600x0.jpg"),
            'Các bé tham gia phần thi vận động "Bé vượt chướng ngại vật"',
            'Các bé tham gia phần thi vận động "Bé vượt chướng ngại vật"',
            "gallery",
        ),
        Img(
            F(1054, "be-khoe-be-ngoan-02.600x0.jpg"),
            "Tiết mục múa của đội Trường Mầm non Sơn Ca",
            "Tiết mục múa của đội Trường Mầm non Sơn Ca",
            "gallery",
        ),
        Img(
            F(1054, "be-khoe-be-ngoan-03.600x0.jpg"),
            "Ban Tổ chức trao giải Nhất cho các đội thi",
            "Ban Tổ chức trao giải Nhất cho các đội thi",
            "gallery",
        ),
    ],
    authors=["Võ Thị Ngọc Trâm"],
    opts={
        "tac_gia": "GV Võ Thị Ngọc Trâm (Trường MN Hoa Sen)",
        "tags": ["mam-non", "nam-hoc-2026-2027"],
        "featured": True,
        "nfd": True,
    },
)

S_BONG_CHUYEN = Story(
    id=1052,
    slug="cong-djoan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-nam-2026",
    title="Công đoàn ngành Giáo dục tổ chức Giải bóng chuyền hơi nữ năm 2026",
    cat="cong-doan-doan-doi",
    published_at="2026-11-06",
    summary=(
        "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 01 đến 05/11, Công đoàn ngành Giáo "
        "dục thành phố tổ chức Giải bóng chuyền hơi nữ năm 2026 với 22 đội tham gia."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Giải đấu được chia thành 4 bảng thi đấu vòng tròn tính điểm, chọn 8 đội vào vòng tứ kết. "
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu của các nữ "
            "cán bộ, giáo viên, nhân viên trong ngành."
        ),
        P(
            "Kết thúc giải, Ban Tổ chức trao giải Nhất cho đội Trường THCS Lê Lợi, giải Nhì cho đội "
            "Trường Tiểu học Kim Đồng, đồng giải Ba cho đội Trường Mầm non Hoa Sen và Trường THCS "
            "Nguyễn Du; giải Phong cách cho đội Trường Tiểu học Võ Thị Sáu."
        ),
        Img(F(1052, "z6003811947520_7a3d9e1c5b2f4a6e8d0c.600x0.jpg"), None, None, "gallery"),
        Img(F(1052, "z6003811950142_1c9b7e5a3d2f8e4b6a0d.600x0.jpg"), None, None, "gallery"),
        Img(
            F(1052, "bong-chuyen-hoi-trao-giai.600x0.jpg"),
            "Ban Tổ chức trao giải Nhất cho đội Trường THCS Lê Lợi",
            "Ban Tổ chức trao giải Nhất cho đội Trường THCS Lê Lợi",
            "gallery",
        ),
    ],
    authors=["Lê Hoàng Nam", "Phạm Thu Hà"],
    opts={"tac_gia": "Lê Hoàng Nam, Phạm Thu Hà", "tags": ["ngay-nha-giao-viet-nam"]},
)

S_KIM_DONG = Story(
    id=1051,
    slug="lien-djoi-truong-tieu-hoc-kim-djong-to-chuc-ngay-hoi-thieu-nhi-vui-khoe",
    title=(
        'Liên đội Trường Tiểu học Kim Đồng tổ chức Ngày hội "Thiếu nhi vui khỏe - Tiến bước lên '
        'Đoàn"'
    ),
    cat="",
    published_at="2026-11-03",
    summary=(
        'Chiều 02/11, Liên đội Trường Tiểu học Kim Đồng tổ chức Ngày hội "Thiếu nhi vui khỏe - Tiến '
        'bước lên Đoàn" cho hơn 900 đội viên, nhi đồng của nhà trường.'
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngày hội gồm nhiều hoạt động bổ ích như thi nghi thức Đội, trò chơi dân gian kéo co, nhảy "
            'bao bố, bịt mắt bắt dê và hội trại "Em yêu Tổ quốc". Các chi đội đã chuẩn bị chu đáo, thể '
            "hiện tinh thần đoàn kết, sáng tạo."
        ),
        Img(
            F(1051, "ngay-hoi-thieu-nhi-kim-djong.800x0-is.jpg"),
            "Các đội viên tham gia trò chơi kéo co trong Ngày hội",
            "Các đội viên tham gia trò chơi kéo co trong Ngày hội",
            "fig",
        ),
        P(
            "Thông qua Ngày hội, nhà trường giáo dục truyền thống, rèn luyện kỹ năng và thể chất cho "
            'học sinh, góp phần thực hiện tốt phong trào "Trường học thân thiện, học sinh tích cực".'
        ),
    ],
    authors=["Bùi Thị Khánh Linh"],
    opts={"tac_gia": "Bùi Thị Khánh Linh (TPT Đội)", "tags": ["doi-thieu-nien"]},
)

S_STEM = Story(
    id=1049,
    slug="djay-manh-giao-duc-stem-can-djau-tu-djong-bo",
    title="Đẩy mạnh giáo dục STEM: Cần đầu tư đồng bộ từ đội ngũ đến cơ sở vật chất",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28",
    summary=(
        "Giáo dục STEM đang được triển khai rộng rãi ở các trường phổ thông, song để hoạt động này đi "
        "vào chiều sâu cần sự đầu tư đồng bộ về đội ngũ, chương trình và cơ sở vật chất."
    ),
    sapo_outside=True,
    blocks=[
        PH(
            "Theo hướng dẫn của Bộ GD&ĐT, giáo dục STEM được tổ chức dưới ba hình thức: dạy học các môn "
            "học theo phương thức giáo dục STEM, tổ chức hoạt động trải nghiệm STEM và tổ chức hoạt động "
            "nghiên cứu khoa học, kỹ thuật.",
            markup=(
                "Theo hướng dẫn của Bộ GD&amp;ĐT,&nbsp;giáo dục STEM được tổ chức dưới ba hình thức: "
                "dạy học các môn học theo phương thức giáo dục STEM, tổ chức hoạt động trải nghiệm "
                "STEM&nbsp;và tổ chức hoạt động nghiên cứu khoa học, kỹ thuật.&nbsp;"
            ),
        ),
        Img(
            "https://cdn.giaoducthoidai.vn/images/2026/10/27/stem-lop-hoc-robot.jpg",
            "Học sinh thực hành lắp ráp mô hình robot trong giờ học STEM",
            "Học sinh thực hành lắp ráp mô hình robot trong giờ học STEM",
            "ext",
        ),
        PH(
            "Nhiều giáo viên cho biết khó khăn lớn nhất hiện nay là thiếu thiết bị, vật tư thực hành và "
            'thời gian để xây dựng các chủ đề liên môn. "Không ít trường phải tận dụng vật liệu tái chế '
            'hoặc huy động từ phụ huynh", một giáo viên Vật lí chia sẻ.',
            markup=(
                "Nhiều giáo viên cho biết khó khăn lớn nhất hiện nay là thiếu thiết bị, vật tư thực "
                "hành và thời gian để xây dựng các chủ đề liên môn. &quot;Không ít trường phải tận "
                "dụng vật liệu tái chế hoặc huy động từ phụ huynh&quot;, một giáo viên Vật lí chia "
                "sẻ."
            ),
        ),
        P(
            "Các chuyên gia cho rằng cần bồi dưỡng thường xuyên cho giáo viên về phương pháp tổ chức "
            "dạy học STEM, đồng thời khuyến khích các trường liên kết với doanh nghiệp, trường đại học "
            "để được hỗ trợ chuyên môn và trang thiết bị."
        ),
    ],
    authors=["Thu Hằng"],
    source="Báo Giáo dục và Thời đại",
    opts={
        "tac_gia": "Thu Hằng",
        "nguon": "Báo Giáo dục và Thời đại",
        "nguon_url": "https://giaoducthoidai.vn/day-manh-giao-duc-stem-can-dau-tu-dong-bo-post731245.html",
        "tags": ["stem", "chuyen-doi-so"],
    },
)

S_NGU_VAN = Story(
    id=1047,
    slug="chuyen-dje-djoi-moi-phuong-phap-day-hoc-mon-ngu-van-lop-9",
    title="Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn lớp 9 theo Chương trình GDPT 2018",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-21",
    summary=(
        'Ngày 16/10, tại Trường THCS Nguyễn Du, Phòng GD&ĐT tổ chức chuyên đề "Dạy học đọc hiểu văn '
        'bản nghị luận ở lớp 9 theo hướng phát triển năng lực" cho giáo viên Ngữ văn các trường THCS.'
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề gồm hai tiết dạy minh họa do cô Đỗ Thị Hạnh và cô Huỳnh Thị Mỹ Duyên, giáo viên "
            'Trường THCS Nguyễn Du thực hiện, với văn bản "Tinh thần yêu nước của nhân dân ta" (Hồ Chí '
            "Minh) và bài viết về vai trò của việc đọc sách."
        ),
        Img(
            F(1047, "chuyen-dje-ngu-van-9-tiet-day.800x0-is.jpg"),
            "Tiết dạy minh họa của cô Đỗ Thị Hạnh, Trường THCS Nguyễn Du",
            "Tiết dạy minh họa của cô Đỗ Thị Hạnh, Trường THCS Nguyễn Du",
            "fig-link",
        ),
        P(
            "Sau các tiết dạy, giáo viên tham dự đã thảo luận sôi nổi về cách thiết kế câu hỏi đọc "
            "hiểu, tổ chức cho học sinh tranh luận, phản biện và vận dụng kiến thức vào thực tiễn đời "
            "sống."
        ),
        P("Một số kinh nghiệm rút ra", "h3"),
        P("Thiết kế nhiệm vụ học tập rõ ràng, phù hợp với năng lực của từng nhóm học sinh;", "li"),
        P("Tăng cường cho học sinh đọc mở rộng văn bản cùng thể loại ngoài sách giáo khoa;", "li"),
        P(
            "Sử dụng phiếu học tập và sơ đồ tư duy để học sinh tự tổng hợp luận điểm, luận cứ.",
            "li",
        ),
        Img(F(1047, "chuyen-dje-ngu-van-9-thao-luan.800x0-is.jpg"), None, None, "fig"),
        P(
            "Phòng GD&ĐT đề nghị các trường THCS tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, "
            "nhân rộng những biện pháp hiệu quả từ chuyên đề trong học kỳ I."
        ),
    ],
    authors=["Đỗ Thị Hạnh"],
    opts={"tac_gia": "GV Đỗ Thị Hạnh - Trường THCS Nguyễn Du", "tags": ["nam-hoc-2026-2027"]},
)

S_SANG_KIEN = Story(
    id=1045,
    slug="cong-nhan-37-sang-kien-cap-thanh-pho-nam-hoc-2025-2026",
    title="Công nhận 37 sáng kiến cấp thành phố năm học 2025 - 2026",
    cat="thi-dua-khen-thuong",
    published_at="2026-10-09",
    summary=(
        "Hội đồng Sáng kiến thành phố vừa xét, công nhận 37 sáng kiến của cán bộ quản lý, giáo viên "
        "ngành Giáo dục có phạm vi ảnh hưởng, hiệu quả áp dụng cấp thành phố năm học 2025 - 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Năm học 2025 - 2026, Phòng GD&ĐT nhận được 52 sáng kiến do các trường đề nghị. Qua thẩm "
            "định, Hội đồng đã công nhận 37 sáng kiến, trong đó:"
        ),
        P("Bậc mầm non: 11 sáng kiến;", "li"),
        P("Bậc tiểu học: 14 sáng kiến;", "li"),
        P("Bậc THCS: 10 sáng kiến;", "li"),
        P("Cán bộ quản lý khối Phòng: 2 sáng kiến.", "li"),
        P(
            "Nhiều sáng kiến có tính ứng dụng cao như: ứng dụng trò chơi học tập trực tuyến trong dạy "
            "học Toán lớp 5; xây dựng góc đọc sách thân thiện ở trường mầm non; quản lý hồ sơ chuyên "
            "môn bằng Google Workspace."
        ),
        PH(
            "Các sáng kiến được công nhận là căn cứ để xét danh hiệu Chiến sĩ thi đua cơ sở và được phổ "
            "biến đến các trường để nghiên cứu, áp dụng. Danh sách chi tiết tại Quyết định số "
            "1452/QĐ-UBND đính kèm.",
            markup=(
                "Các sáng kiến được công nhận là căn cứ để xét danh hiệu Chiến sĩ thi đua cơ sở và "
                "được phổ biến đến các trường để nghiên cứu, áp dụng. Danh sách chi tiết tại "
                '<a href="/van-ban/quyet-djinh-1452-qd-ubnd-cong-nhan-sang-kien/">Quyết định số '
                "1452/QĐ-UBND</a> đính kèm."
            ),
        ),
    ],
    authors=["Phạm Quốc Bảo"],
    opts={"tac_gia": "Phạm Quốc Bảo", "tags": ["thi-dua"]},
)

S_HAI_BUOI = Story(
    id=1043,
    slug="kiem-tra-viec-to-chuc-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc",
    title="Kiểm tra việc tổ chức dạy học 2 buổi/ngày tại các trường tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-09-25",
    summary=None,
    sapo_outside=True,
    blocks=[
        P(
            "Từ ngày 21 đến 24/9, đoàn kiểm tra của Phòng GD&ĐT đã kiểm tra việc tổ chức dạy học 2 "
            "buổi/ngày tại 9 trường tiểu học trên địa bàn thành phố."
        ),
        P(
            "Qua kiểm tra, các trường đã xây dựng thời khóa biểu khoa học, bố trí đủ giáo viên chuyên "
            "trách và tổ chức bán trú đảm bảo an toàn thực phẩm. Đoàn đề nghị một số trường bổ sung "
            "hoạt động câu lạc bộ, tăng cường giáo dục kỹ năng sống cho học sinh vào buổi chiều."
        ),
        Img(
            F(1043, "kiem-tra-2-buoi-ngay-th-vo-thi-sau.600x0.jpg"),
            "Đoàn kiểm tra dự giờ tại Trường Tiểu học Võ Thị Sáu",
            "Đoàn kiểm tra dự giờ tại Trường Tiểu học Võ Thị Sáu",
            "gallery",
        ),
    ],
    authors=[],
    opts={"tags": ["nam-hoc-2026-2027"]},
)

S_KHAI_GIANG = Story(
    id=1041,
    slug="hon-28-000-hoc-sinh-thanh-pho-tan-hung-buoc-vao-nam-hoc-moi",
    title="Hơn 28.000 học sinh thành phố Tân Hưng bước vào năm học mới 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-09-05",
    summary=(
        "Sáng 05/9, hơn 28.000 học sinh của 45 trường mầm non, tiểu học và THCS trên địa bàn thành "
        "phố đồng loạt dự lễ khai giảng năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lễ khai giảng năm nay được các trường tổ chức trang trọng, ngắn gọn, dành nhiều thời gian "
            "cho các hoạt động chào đón học sinh lớp đầu cấp. Lãnh đạo thành phố chia thành 6 đoàn đến "
            "dự lễ khai giảng và tặng quà tại các trường."
        ),
        P("Quy mô trường lớp năm học 2026 - 2027", "h3"),
        P("Cấp học | Số trường | Số lớp/nhóm | Số học sinh", "th"),
        P("Mầm non | 16 | 212 | 6.245", "tr"),
        P("Tiểu học | 18 | 395 | 12.870", "tr"),
        P("THCS | 11 | 246 | 9.318", "tr"),
        P("Tổng cộng | 45 | 853 | 28.433", "tr"),
        Img(
            F(1041, "khai-giang-th-kim-djong.800x0-is.jpg"),
            "Phó Chủ tịch UBND thành phố Nguyễn Đức Thành đánh trống khai giảng tại Trường Tiểu học "
            "Kim Đồng",
            "Phó Chủ tịch UBND thành phố Nguyễn Đức Thành đánh trống khai giảng tại Trường Tiểu học "
            "Kim Đồng",
            "fig-link",
        ),
        P(
            "Năm học 2026 - 2027, ngành Giáo dục thành phố tiếp tục thực hiện Chương trình giáo dục phổ "
            "thông 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số, xây dựng trường học hạnh phúc và "
            "phấn đấu có thêm 3 trường đạt chuẩn quốc gia."
        ),
        P(
            "Nhân dịp năm học mới, các nhà hảo tâm, doanh nghiệp đã trao tặng hơn 1.200 suất học bổng, "
            "xe đạp và dụng cụ học tập cho học sinh có hoàn cảnh khó khăn với tổng trị giá gần 900 "
            "triệu đồng."
        ),
    ],
    authors=["Lê Văn Phúc"],
    opts={
        "tac_gia": "Lê Văn Phúc - Văn phòng Phòng GD&ĐT",
        "tags": ["nam-hoc-2026-2027"],
    },
)

STORIES: list[Story] = sorted(
    [
        S_TIEP_DAN,
        S_NHA_GIAO,
        S_GVDG,
        S_TUYEN_DUNG,
        S_CSDL,
        S_BE_KHOE,
        S_BONG_CHUYEN,
        S_KIM_DONG,
        S_STEM,
        S_NGU_VAN,
        S_SANG_KIEN,
        S_HAI_BUOI,
        S_KHAI_GIANG,
    ],
    key=lambda s: (s.published_at or "", s.id),
    reverse=True,
)
BY_SLUG = {s.slug: s for s in STORIES}
#: the home page's Page reference field "pinned notices" (the sidebar's "Thông báo" box)
PINNED = [S_TUYEN_DUNG, S_TIEP_DAN]


def visible() -> list[Story]:
    """What ``$pages->find("parent=/tin-tuc/, sort=-ngay_dang")`` returns: hidden pages skipped."""
    return [s for s in STORIES if not s.opts.get("hidden")]


def story_url(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


# --- gold -------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    return [story_url(story) + "?lang=en", story_url(story) + "?lang=vi"]


def _gold(story: Story, category: str) -> dict:
    return gold_record(story, story_url(story), category, alt_paths=_alts(story))


GOLD = [
    _gold(S_TIEP_DAN, "Thông báo"),
    _gold(S_NHA_GIAO, "Thi đua - Khen thưởng"),
    _gold(S_GVDG, "Hoạt động chuyên môn"),
    _gold(S_TUYEN_DUNG, "Thông báo"),
    _gold(S_CSDL, "Hoạt động chuyên môn"),
    _gold(S_BE_KHOE, "Giáo dục mầm non"),
    _gold(S_BONG_CHUYEN, "Công đoàn - Đoàn - Đội"),
    _gold(S_KIM_DONG, "Tin tức"),
    _gold(S_STEM, "Hoạt động chuyên môn"),
    _gold(S_NGU_VAN, "Hoạt động chuyên môn"),
    _gold(S_SANG_KIEN, "Thi đua - Khen thưởng"),
    _gold(S_HAI_BUOI, "Hoạt động chuyên môn"),
    _gold(S_KHAI_GIANG, "Hoạt động chuyên môn"),
]

# --- the other pages --------------------------------------------------------------------------

DOCS = [
    {
        "slug": "ke-hoach-185-kh-pgddt-hoi-thi-giao-vien-day-gioi-thcs",
        "title": "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026 - 2027",
        "so": "185/KH-PGDĐT",
        "ngay": "05/09/2026",
        "co_quan": "Phòng Giáo dục và Đào tạo",
        "loai": "Kế hoạch",
        "file": F(1066, "185-kh-pgddt-hoi-thi-gvdg-thcs-2026-2027.pdf"),
    },
    {
        "slug": "quyet-djinh-1452-qd-ubnd-cong-nhan-sang-kien",
        "title": "Quyết định về việc công nhận sáng kiến cấp thành phố năm học 2025 - 2026",
        "so": "1452/QĐ-UBND",
        "ngay": "02/10/2026",
        "co_quan": "UBND thành phố Tân Hưng",
        "loai": "Quyết định",
        "file": F(1067, "1452-qd-ubnd-cong-nhan-sang-kien.pdf"),
    },
]

ALBUMS = [
    {
        "slug": "le-khai-giang-nam-hoc-2026-2027",
        "id": 1071,
        "title": "Lễ khai giảng năm học 2026 - 2027",
        "desc": "Hình ảnh lễ khai giảng tại các trường trên địa bàn thành phố, sáng 05/9/2026.",
        "photos": [
            ("khai-giang-th-kim-djong-01.jpg", "Trường Tiểu học Kim Đồng"),
            ("khai-giang-thcs-le-loi-02.jpg", "Trường THCS Lê Lợi"),
            ("khai-giang-mn-hoa-sen-03.jpg", "Trường Mầm non Hoa Sen"),
            ("khai-giang-thcs-nguyen-du-04.jpg", "Trường THCS Nguyễn Du"),
        ],
    },
    {
        "slug": "hoi-thi-be-khoe-be-ngoan-2026",
        "id": 1072,
        "title": 'Hội thi "Bé khỏe - Bé ngoan" năm 2026',
        "desc": "Một số hình ảnh tại Hội thi, ngày 06 - 07/11/2026.",
        "photos": [
            ("album-be-khoe-01.jpg", ""),
            ("album-be-khoe-02.jpg", ""),
            ("album-be-khoe-03.jpg", ""),
        ],
    },
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lanh-dao-phong/",
    "/lien-he/",
    *(f"/van-ban/{d['slug']}/" for d in DOCS),
    *(f"/thu-vien-anh/{a['slug']}/" for a in ALBUMS),
    "/lich-cong-tac/",
]

ABOUT_BODY = [
    ("h3", "Vị trí và chức năng"),
    (
        "p",
        "Phòng Giáo dục và Đào tạo thành phố Tân Hưng là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "thành phố, có chức năng tham mưu, giúp Ủy ban nhân dân thành phố thực hiện chức năng quản lý "
        "nhà nước về giáo dục và đào tạo trên địa bàn; chịu sự chỉ đạo, quản lý về tổ chức, biên chế "
        "và công tác của Ủy ban nhân dân thành phố, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về "
        "chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.",
    ),
    ("h3", "Nhiệm vụ và quyền hạn"),
    (
        "p",
        "Trình Ủy ban nhân dân thành phố ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục "
        "dài hạn, 5 năm và hằng năm; tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế "
        "hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về giáo "
        "dục.",
    ),
    (
        "p",
        "Hướng dẫn, kiểm tra các trường mầm non, tiểu học, trung học cơ sở thực hiện chương trình, "
        "kế hoạch giáo dục; quản lý chất lượng giáo dục, công tác kiểm định chất lượng và xây dựng "
        "trường chuẩn quốc gia; bồi dưỡng đội ngũ cán bộ quản lý, giáo viên, nhân viên.",
    ),
    ("h3", "Quy mô mạng lưới trường lớp"),
    (
        "p",
        "Năm học 2026 - 2027, Phòng quản lý 45 trường công lập (16 trường mầm non, 18 trường tiểu "
        "học, 11 trường THCS) với hơn 28.000 học sinh và 1.650 cán bộ, giáo viên, nhân viên.",
    ),
]

LEADERS = [
    ("Lê Thị Thu Hương", "Trưởng phòng", "0271.3 886 245", "huongltt@tanhung.edu.vn"),
    ("Phạm Minh Quân", "Phó Trưởng phòng", "0271.3 886 246", "quanpm@tanhung.edu.vn"),
    ("Trương Văn Đức", "Phó Trưởng phòng", "0271.3 886 247", "ductv@tanhung.edu.vn"),
]

SCHEDULE: dict[str, list[tuple[str, str, str]]] = {
    # ISO week: (day index 0-6, session, work)
    "2026-W48": [
        ("0", "Sáng", "Trưởng phòng dự giao ban UBND thành phố."),
        (
            "1",
            "Sáng",
            "Phó Trưởng phòng Phạm Minh Quân kiểm tra chuyên môn tại Trường TH Võ Thị Sáu.",
        ),
        ("2", "Chiều", "Họp Hội đồng thi đua - khen thưởng ngành."),
        ("3", "Sáng", "Tiếp công dân định kỳ (Trưởng phòng)."),
        ("4", "Cả ngày", "Tập huấn công tác kiểm định chất lượng giáo dục."),
    ],
    "2026-W47": [
        ("0", "Sáng", "Chào cờ đầu tuần, triển khai công việc tuần."),
        ("3", "Sáng", "Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
        ("4", "Chiều", "Họp giao ban hiệu trưởng các trường THCS."),
    ],
}
CURRENT_WEEK = dt.date(2026, 11, 25).isocalendar()

# --- chrome -----------------------------------------------------------------------------------

L = {
    "vi": {
        "today": TODAY,
        "home": "Trang chủ",
        "about": "Giới thiệu",
        "about_general": "Giới thiệu chung",
        "leaders": "Lãnh đạo phòng",
        "news": "Tin tức",
        "docs": "Văn bản",
        "gallery": "Thư viện ảnh",
        "schedule": "Lịch công tác",
        "contact": "Liên hệ",
        "search_ph": "Tìm kiếm...",
        "posted": "Đăng ngày {date}",
        "in_cat": " trong {cat}",
        "author": "Tác giả:",
        "source": "Nguồn:",
        "tags": "Từ khóa:",
        "views": "Lượt xem:",
        "print": "In bài viết",
        "share": "Chia sẻ:",
        "related": "Tin cùng chuyên mục",
        "other": "Tin khác",
        "notices": "Thông báo",
        "latest": "Tin mới",
        "week_box": "Lịch công tác tuần",
        "week_link": "Xem lịch công tác tuần này",
        "links": "Liên kết website",
        "links_select": "-- Chọn liên kết --",
        "stats": "Thống kê truy cập",
        "online": "Đang online",
        "today_c": "Hôm nay",
        "total": "Tổng lượt truy cập",
        "latest_home": "Tin mới nhất",
        "featured": "Tin nổi bật",
        "all_news": "Xem tất cả tin tức",
        "empty": "Không có bài viết nào.",
        "address": "Địa chỉ",
        "phone": "Điện thoại",
        "resp": "Chịu trách nhiệm chính",
        "copyright": "Bản quyền",
        "design": "Thiết kế",
        "admin": "Quản trị",
        "prev_week": "Tuần trước",
        "next_week": "Tuần sau",
        "this_week": "Tuần này",
        "no_schedule": "Chưa có lịch công tác của tuần này.",
        "week_title": "Lịch công tác tuần {w} (từ {a} đến {b})",
        "days": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
        "day": "Ngày",
        "session": "Buổi",
        "work": "Nội dung công việc",
        "page": "Trang",
        "current": "trang hiện tại",
        "prev": "Trang trước",
        "next": "Trang sau",
        "pagination": "Phân trang",
        "tag_title": "Từ khóa: {tag}",
        "search_title": "Tìm kiếm",
        "search_found": "Tìm thấy {n} kết quả cho từ khóa “{q}”",
        "search_none": "Không tìm thấy kết quả nào cho từ khóa “{q}”.",
        "search_prompt": "Vui lòng nhập từ khóa để tìm kiếm.",
        "categories": "Chuyên mục",
        "n_posts": "{n} bài viết",
        "doc_no": "Số/Ký hiệu",
        "doc_date": "Ngày ban hành",
        "doc_issuer": "Cơ quan ban hành",
        "doc_type": "Loại văn bản",
        "doc_abstract": "Trích yếu",
        "doc_file": "Tệp đính kèm",
        "download": "Tải về",
        "albums": "Album ảnh",
        "photos": "{n} ảnh",
        "send": "Gửi liên hệ",
        "name": "Họ và tên",
        "email": "Email",
        "message": "Nội dung",
        "thanks": "Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.",
        "not_found": "Không tìm thấy trang",
        "not_found_text": "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.",
        "leaders_cols": ["Họ và tên", "Chức vụ", "Điện thoại", "Email"],
        "site_short": "Phòng GD&ĐT thành phố Tân Hưng",
    },
    "en": {
        "today": "Wednesday, 25/11/2026",
        "home": "Home",
        "about": "About",
        "about_general": "Overview",
        "leaders": "Leadership",
        "news": "News",
        "docs": "Documents",
        "gallery": "Gallery",
        "schedule": "Work schedule",
        "contact": "Contact",
        "search_ph": "Search...",
        "posted": "Posted on {date}",
        "in_cat": " in {cat}",
        "author": "Author:",
        "source": "Source:",
        "tags": "Tags:",
        "views": "Views:",
        "print": "Print",
        "share": "Share:",
        "related": "Related news",
        "other": "Other news",
        "notices": "Announcements",
        "latest": "Latest news",
        "week_box": "This week's schedule",
        "week_link": "See this week's schedule",
        "links": "Links",
        "links_select": "-- Select a link --",
        "stats": "Visitors",
        "online": "Online",
        "today_c": "Today",
        "total": "Total visits",
        "latest_home": "Latest news",
        "featured": "Featured",
        "all_news": "All news",
        "empty": "No posts found.",
        "address": "Address",
        "phone": "Phone",
        "resp": "Responsible",
        "copyright": "Copyright",
        "design": "Design",
        "admin": "Admin",
        "prev_week": "Previous week",
        "next_week": "Next week",
        "this_week": "This week",
        "no_schedule": "No schedule for this week yet.",
        "week_title": "Work schedule, week {w} ({a} - {b})",
        "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "day": "Day",
        "session": "Session",
        "work": "Work",
        "page": "Page",
        "current": "current page",
        "prev": "Previous page",
        "next": "Next page",
        "pagination": "Pagination links",
        "tag_title": "Tag: {tag}",
        "search_title": "Search",
        "search_found": "{n} results for “{q}”",
        "search_none": "No results for “{q}”.",
        "search_prompt": "Please enter a keyword.",
        "categories": "Categories",
        "n_posts": "{n} posts",
        "doc_no": "Number",
        "doc_date": "Date issued",
        "doc_issuer": "Issued by",
        "doc_type": "Type",
        "doc_abstract": "Abstract",
        "doc_file": "Attachment",
        "download": "Download",
        "albums": "Albums",
        "photos": "{n} photos",
        "send": "Send",
        "name": "Name",
        "email": "Email",
        "message": "Message",
        "thanks": "Thank you for your message.",
        "not_found": "Page not found",
        "not_found_text": "The page you requested does not exist.",
        "leaders_cols": ["Name", "Position", "Phone", "Email"],
        "site_short": "Tan Hung City Department of Education and Training",
    },
}

MONTHS_EN = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def long_date(iso: str, lang: str) -> str:
    """The date field's output format: "05 tháng 9 năm 2026" (``d \\t\\há\\n\\g n \\nă\\m Y``)."""
    d = _day(iso)
    if lang == "en":
        return f"{d.day:02d} {MONTHS_EN[d.month]} {d.year}"
    return f"{d.day:02d} tháng {d.month} năm {d.year}"


def short_date(iso: str) -> str:
    return _day(iso).strftime("%d/%m/%Y")


def truncate(value: str, limit: int = 150) -> str:
    """``$sanitizer->truncate($text, 150)``: cut at a word boundary, add an ellipsis."""
    if len(value) <= limit:
        return value
    cut = value[:limit]
    return cut[: cut.rfind(" ")].rstrip(",;:") + "…"


def thumb(story: Story, size: str = "400x260") -> str:
    """The card image: the images field's first image, else the body's first local image."""
    for img in story.images:
        if img.src.startswith("http"):
            continue
        base = re.sub(r"\.(600x0|800x0-is)(?=\.jpg$)", "", img.src)
        return base[: -len(".jpg")] + f".{size}.jpg"
    return "/site/templates/images/no-image.jpg"


def card_text(story: Story) -> str:
    return truncate(story.summary or story.paragraphs[0])


# --- rendering ---------------------------------------------------------------------------------


def nav_items(lang: str) -> str:
    t = L[lang]
    cats = "".join(
        f'<li><a href="/chuyen-muc/{slug}/">{esc(title)}</a></li>'
        for slug, (_id, title, _d) in CATEGORIES.items()
    )
    return (
        f'<li><a href="/">{t["home"]}</a></li>'
        f'<li><a href="/gioi-thieu/">{t["about"]}</a>'
        '<div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav">'
        f'<li><a href="/gioi-thieu/">{t["about_general"]}</a></li>'
        f'<li><a href="/gioi-thieu/lanh-dao-phong/">{t["leaders"]}</a></li></ul></div></li>'
        f'<li><a href="/tin-tuc/">{t["news"]}</a>'
        '<div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav">'
        f"{cats}</ul></div></li>"
        f'<li><a href="/van-ban/">{t["docs"]}</a></li>'
        f'<li><a href="/thu-vien-anh/">{t["gallery"]}</a></li>'
        f'<li><a href="/lich-cong-tac/">{t["schedule"]}</a></li>'
        f'<li><a href="/lien-he/">{t["contact"]}</a></li>'
    )


def sidebar(lang: str) -> str:
    t = L[lang]
    pinned = "".join(f'<li><a href="{story_url(s)}">{esc(s.title)}</a></li>' for s in PINNED)
    latest = "".join(
        f'<li><a href="{story_url(s)}">{esc(s.title)}</a> '
        f'<span class="uk-text-meta">({short_date(s.published_at)})</span></li>'
        for s in visible()[:5]
    )
    return f"""
<aside id="sidebar" class="uk-width-1-3@m">
 <div class="uk-card uk-card-default uk-card-small uk-margin sidebar-box thong-bao">
  <div class="uk-card-header"><h3 class="uk-card-title"><span uk-icon="bell"></span> {t["notices"]}</h3></div>
  <div class="uk-card-body"><ul class="uk-list uk-list-bullet">{pinned}</ul></div>
 </div>
 <div class="uk-card uk-card-default uk-card-small uk-margin sidebar-box tin-moi">
  <div class="uk-card-header"><h3 class="uk-card-title">{t["latest"]}</h3></div>
  <div class="uk-card-body"><ul class="uk-list uk-list-divider">{latest}</ul></div>
 </div>
 <div class="uk-card uk-card-default uk-card-small uk-margin sidebar-box">
  <div class="uk-card-header"><h3 class="uk-card-title">{t["week_box"]}</h3></div>
  <div class="uk-card-body"><a class="uk-button uk-button-primary uk-width-1-1" href="/lich-cong-tac/">{t["week_link"]}</a></div>
 </div>
 <div class="uk-card uk-card-default uk-card-small uk-margin sidebar-box lien-ket">
  <div class="uk-card-header"><h3 class="uk-card-title">{t["links"]}</h3></div>
  <div class="uk-card-body">
   <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img class="uk-margin-small-bottom" src="/site/assets/files/1022/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo"></a>
   <a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img class="uk-margin-small-bottom" src="/site/assets/files/1022/banner-csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành"></a>
   <a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/site/assets/files/1022/banner-dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia"></a>
   <select class="uk-select uk-margin-small-top" onchange="if(this.value) window.open(this.value)">
    <option value="">{t["links_select"]}</option>
    <option value="https://sogddt.donggiang.gov.vn">Sở GD&amp;ĐT tỉnh Đông Giang</option>
    <option value="https://tanhung.donggiang.gov.vn">Cổng TTĐT thành phố Tân Hưng</option>
    <option value="https://taphuan.csdl.edu.vn">Hệ thống tập huấn giáo viên</option>
   </select>
  </div>
 </div>
 <div class="uk-card uk-card-default uk-card-small uk-margin sidebar-box thong-ke">
  <div class="uk-card-header"><h3 class="uk-card-title">{t["stats"]}</h3></div>
  <div class="uk-card-body"><ul class="uk-list uk-text-small">
   <li><span uk-icon="users"></span> {t["online"]}: 14</li>
   <li><span uk-icon="calendar"></span> {t["today_c"]}: 386</li>
   <li><span uk-icon="world"></span> {t["total"]}: 1.284.517</li>
  </ul></div>
 </div>
</aside>"""


def layout(
    request: Request,
    lang: str,
    title: str,
    content: str,
    *,
    template: str,
    page_id: int,
    description: str = "",
    og_image: str = "",
    status: int = 200,
) -> Response:
    t = L[lang]
    base = base_url(request)
    head_title = f"{esc(title)} - {esc(t['site_short'])}" if title else esc(SITE_TITLE)
    og = f'<meta property="og:title" content="{esc(title or SITE_TITLE)}">'
    if description:
        og += f'\n<meta name="description" content="{esc(description)}">'
        og += f'\n<meta property="og:description" content="{esc(description)}">'
    if og_image:
        full = og_image if og_image.startswith("http") else base + og_image
        og += f'\n<meta property="og:image" content="{esc(full)}">'
    if template == "tin-tuc-chi-tiet":
        og += '\n<meta property="og:type" content="article">'
    nav = nav_items(lang)
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
{og}
<link rel="icon" href="/site/templates/images/favicon.png">
<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.pw.min.css">
<link rel="stylesheet" href="/site/templates/styles/main.css">
<script src="/site/templates/scripts/jquery.min.js"></script>
<script src="/site/templates/uikit/dist/js/uikit.min.js"></script>
<script src="/site/templates/uikit/dist/js/uikit-icons.min.js"></script>
</head>
<body id="html-body" class="template-{template} page-{page_id}">
<div class="top-bar uk-background-primary uk-light uk-text-small">
 <div class="uk-container uk-flex uk-flex-between uk-flex-middle">
  <span class="ngay-hien-tai"><span uk-icon="icon: clock; ratio: .8"></span> {t["today"]}</span>
  <span class="ngon-ngu"><a href="?lang=vi">Tiếng Việt</a> | <a href="?lang=en">English</a></span>
 </div>
</div>
<header id="masthead" class="uk-container uk-padding-small uk-flex uk-flex-between uk-flex-middle">
 <a href="/" class="logo uk-flex uk-flex-middle"><img src="/site/templates/images/logo-pgd.png" alt="Logo" width="90">
  <span class="site-name uk-margin-small-left">UBND THÀNH PHỐ TÂN HƯNG<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></span></a>
 <form class="uk-search uk-search-default uk-visible@m" action="/tim-kiem/" method="get">
  <span uk-search-icon></span><input class="uk-search-input" type="search" name="q" placeholder="{t["search_ph"]}">
 </form>
 <a class="uk-navbar-toggle uk-hidden@m" href="#offcanvas-nav" uk-toggle><span uk-navbar-toggle-icon></span></a>
</header>
<nav class="uk-navbar-container uk-visible@m" uk-navbar>
 <div class="uk-container"><div class="uk-navbar-left"><ul class="uk-navbar-nav">{nav}</ul></div></div>
</nav>
<div id="main" class="uk-container uk-margin">
 <div class="uk-grid-large" uk-grid>
  <div id="content" class="uk-width-expand@m">
{content}
  </div>
{sidebar(lang)}
 </div>
</div>
<footer class="uk-section uk-section-secondary uk-section-small uk-light">
 <div class="uk-container"><div class="uk-child-width-1-2@m" uk-grid>
  <div>
   <h4>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ TÂN HƯNG</h4>
   <p class="uk-text-small">{t["address"]}: Số 12 đường Trần Hưng Đạo, phường 1, thành phố Tân Hưng, tỉnh Đông Giang<br>
   {t["phone"]}: 0271.3 886 245 - Fax: 0271.3 886 250 - Email: pgddt@tanhung.edu.vn<br>
   {t["resp"]}: Bà Lê Thị Thu Hương - Trưởng phòng</p>
  </div>
  <div class="uk-text-right@m uk-text-small">
   <p>{t["copyright"]} © 2022 Phòng GD&amp;ĐT thành phố Tân Hưng.<br>
   {t["design"]}: <a href="https://webtanhung.vn" target="_blank">WebTanHung</a> | <a href="/processwire/">{t["admin"]}</a></p>
  </div>
 </div></div>
</footer>
<div id="offcanvas-nav" uk-offcanvas="overlay: true">
 <div class="uk-offcanvas-bar"><button class="uk-offcanvas-close" type="button" uk-close></button>
  <ul class="uk-nav uk-nav-default">{nav}</ul>
 </div>
</div>
</body>
</html>
"""
    return html(page, status=status)


def breadcrumb(items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{url}">{esc(label)}</a></li>' for url, label in items)
    return f'<ul class="uk-breadcrumb">{lis}</ul>'


def pager(base: str, current: int, total_items: int, lang: str, query: str = "") -> str:
    """MarkupPagerNav with the UIkit options of ``_uikit.php`` (labels "‹" "›"), prefix "trang"."""
    t = L[lang]
    pages = max(1, -(-total_items // PER_PAGE))
    if pages < 2:
        return ""
    suffix = f"?{query}" if query else ""

    def url(n: int) -> str:
        return (base if n == 1 else f"{base}trang{n}/") + suffix

    items = []
    beyond = current > pages
    if 1 < current <= pages:
        items.append(
            f"<li aria-label='{t['prev']}' class='MarkupPagerNavPrevious'>"
            f"<a href='{url(current - 1)}'><span>‹</span></a></li>"
        )
    for n in range(1, pages + 1):
        if n == current:
            items.append(
                f"<li aria-label='{t['page']} {n}, {t['current']}' class='uk-active' "
                f"aria-current='true'><span>{n}</span></li>"
            )
        else:
            cls = "MarkupPagerNavFirstNum" if n == 1 else ""
            items.append(
                f"<li aria-label='{t['page']} {n}' class='{cls}'><a href='{url(n)}'><span>{n}</span></a></li>"
            )
    if current < pages and not beyond:
        items.append(
            f"<li aria-label='{t['next']}' class='MarkupPagerNavNext'>"
            f"<a href='{url(current + 1)}'><span>›</span></a></li>"
        )
    return (
        f"<ul class='uk-pagination uk-flex-center uk-margin-medium-top' role='navigation' "
        f"aria-label='{t['pagination']}'>" + "".join(items) + "</ul>"
    )


def card(story: Story) -> str:
    url = story_url(story)
    return f"""
<div class="uk-card uk-card-default uk-grid-collapse uk-margin" uk-grid>
 <div class="uk-card-media-left uk-cover-container uk-width-1-3@s">
  <a href="{url}"><img src="{thumb(story)}" alt="{esc(story.title)}" uk-cover><canvas width="400" height="260"></canvas></a>
 </div>
 <div class="uk-width-expand@s"><div class="uk-card-body uk-padding-small">
  <h3 class="uk-card-title uk-margin-small"><a class="uk-link-heading" href="{url}">{esc(story.title)}</a></h3>
  <p class="uk-text-meta uk-margin-remove"><span uk-icon="icon: calendar; ratio: .8"></span> {short_date(story.published_at)}</p>
  <p class="uk-margin-small">{esc(card_text(story))}</p>
 </div></div>
</div>"""


def listing(stories: list[Story], pagenum: int, lang: str) -> str:
    chunk = stories[(pagenum - 1) * PER_PAGE : pagenum * PER_PAGE]
    if not chunk:
        return f'<div class="uk-alert uk-alert-warning"><p>{L[lang]["empty"]}</p></div>'
    return '<div class="danh-sach-tin">' + "".join(card(s) for s in chunk) + "</div>"


def _cell_row(texts: list[str], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in texts) + "</tr>"


def body_html(story: Story) -> str:
    """The CKEditor field "body": everything but the images field's grid."""
    nfd = story.opts.get("nfd", False)

    def tx(value: str) -> str:
        value = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
        return unicodedata.normalize("NFD", value) if nfd else value

    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gallery")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = [tx(c) for c in blocks[i].text.split(" | ")]
                if blocks[i].style == "th":
                    head = "<thead>" + _cell_row(cells, "th") + "</thead>"
                else:
                    rows.append("\t" + _cell_row(cells, "td"))
                i += 1
            out.append(
                '<table class="uk-table uk-table-divider uk-table-small uk-table-striped">'
                f"{head}<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        if isinstance(b, PH):
            out.append(f"<p>{b.markup}</p>")
        elif isinstance(b, P) and b.style == "h3":
            out.append(f"<h3>{tx(b.text)}</h3>")
        elif isinstance(b, P):
            out.append(f"<p>{tx(b.text)}</p>")
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
            img = f'<img alt="" src="{b.src}" width="800" />'
            if b.style == "fig-link":
                full = b.src.replace(".800x0-is", "")
                out.append(f'<figure class="align_center"><a href="{full}">{img}</a>{cap}</figure>')
            elif b.style == "old":
                out.append(
                    f'<p style="text-align:center;"><img alt="" class="align_center" src="{b.src}" width="700" /></p>'
                )
                out.append(f'<p style="text-align:center;"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<figure class="align_center">{img}{cap}</figure>')
        i += 1
    return "\n\n".join(out)


def gallery_html(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    figs = []
    for img in imgs:
        full = img.src.replace(".600x0", "")
        desc = esc(img.printed or "")
        cap = (
            f'<figcaption class="uk-text-small uk-text-muted uk-margin-small-top">{desc}</figcaption>'
            if img.printed
            else ""
        )
        figs.append(
            f'<div><figure class="uk-margin-remove"><a href="{full}" data-caption="{desc}">'
            f'<img class="uk-border-rounded" src="{img.src}" alt="{desc}" loading="lazy" width="600"></a>'
            f"{cap}</figure></div>"
        )
    return (
        '<div class="images uk-grid-small uk-child-width-1-2@s uk-margin" uk-grid '
        'uk-lightbox="animation: slide">\n' + "\n".join(figs) + "\n</div>"
    )


def render_article(request: Request, story: Story, lang: str) -> Response:
    t = L[lang]
    url = story_url(story)
    cat = CATEGORIES.get(story.cat)
    meta = t["posted"].format(date=long_date(story.published_at, lang))
    if cat:
        meta += t["in_cat"].format(cat=f'<a href="/chuyen-muc/{story.cat}/">{esc(cat[1])}</a>')
    lead = (
        f'<div class="uk-text-lead uk-margin">{esc(story.summary)}</div>' if story.summary else ""
    )
    extras = ""
    if story.opts.get("tac_gia"):
        extras += (
            f'<p class="tac-gia uk-text-right"><strong>{t["author"]} '
            f"{esc(story.opts['tac_gia'])}</strong></p>"
        )
    if story.opts.get("nguon"):
        name = esc(story.opts["nguon"])
        if story.opts.get("nguon_url"):
            name = f'<a href="{esc(story.opts["nguon_url"])}" target="_blank" rel="nofollow">{name}</a>'
        extras += f'<p class="nguon uk-text-right uk-text-italic">{t["source"]} {name}</p>'
    tags = story.opts.get("tags", [])
    if tags:
        links = " ".join(
            f'<a class="uk-label uk-label-success" href="/tin-tuc/?tag={tag}">{esc(TAGS[tag])}</a>'
            for tag in tags
        )
        extras += (
            f'<div class="tags uk-margin"><span uk-icon="tag"></span> {t["tags"]} {links}</div>'
        )
    abs_url = base_url(request) + url
    tools = (
        '<div class="cong-cu uk-flex uk-flex-between uk-text-small uk-text-muted uk-margin">'
        f'<span class="luot-xem"><span uk-icon="icon: eye; ratio: .8"></span> {t["views"]} {story.views()}</span>'
        f'<span><a href="javascript:window.print()"><span uk-icon="print"></span> {t["print"]}</a> | '
        f'{t["share"]} <a href="https://www.facebook.com/sharer/sharer.php?u={quote(abs_url, safe="")}" target="_blank">Facebook</a> '
        f'<a href="https://sp.zalo.me/share_inline?url={quote(abs_url, safe="")}" target="_blank">Zalo</a></span>'
        "</div>"
    )
    if cat:
        others = [s for s in visible() if s.cat == story.cat and s is not story][:5]
        rel_title = t["related"]
    else:
        others = [s for s in visible() if s is not story][:5]
        rel_title = t["other"]
    related = ""
    if others:
        lis = "".join(
            f'<li><a href="{story_url(s)}">{esc(s.title)}</a> '
            f'<span class="uk-text-meta">({short_date(s.published_at)})</span></li>'
            for s in others
        )
        related = (
            '<div class="tin-cung-chuyen-muc uk-margin-medium-top">'
            f'<h3 class="uk-heading-line"><span>{rel_title}</span></h3>'
            f'<ul class="uk-list uk-list-divider">{lis}</ul></div>'
        )
    content = f"""
{breadcrumb([("/", "Trang chủ"), ("/tin-tuc/", "Tin tức")])}
<article class="uk-article">
 <h1 class="uk-article-title">{esc(story.title)}</h1>
 <p class="uk-article-meta"><span uk-icon="icon: calendar; ratio: .8"></span> {meta}</p>
 {lead}
 <div class="body">
{body_html(story)}
 </div>
{gallery_html(story)}
{extras}
{tools}
</article>
{related}"""
    images = [i for i in story.images if not i.src.startswith("http")]
    og_image = re.sub(r"\.(600x0|800x0-is)(?=\.jpg$)", "", images[0].src) if images else ""
    return layout(
        request,
        lang,
        story.title,
        content,
        template="tin-tuc-chi-tiet",
        page_id=story.id,
        description=story.summary or "",
        og_image=og_image,
    )


def render_home(request: Request, lang: str) -> Response:
    t = L[lang]
    slides = "".join(
        f'<li><img src="{thumb(s, "1200x525")}" alt="" uk-cover>'
        '<div class="uk-overlay uk-overlay-primary uk-position-bottom uk-padding-small">'
        f'<h3 class="uk-margin-remove"><a href="{story_url(s)}">{esc(s.title)}</a></h3></div></li>'
        for s in visible()
        if s.opts.get("featured")
    )
    cards = "".join(
        f"""
<div><div class="uk-card uk-card-default uk-card-small">
 <div class="uk-card-media-top"><a href="{story_url(s)}"><img src="{thumb(s)}" alt=""></a></div>
 <div class="uk-card-body"><h3 class="uk-card-title uk-text-default"><a href="{story_url(s)}">{esc(s.title)}</a></h3>
 <p class="uk-text-meta">{short_date(s.published_at)}</p></div>
</div></div>"""
        for s in visible()[:6]
    )
    content = f"""
<h2 class="uk-heading-bullet">{t["featured"]}</h2>
<div class="uk-position-relative uk-visible-toggle uk-light" tabindex="-1" uk-slideshow="animation: push; ratio: 16:7; autoplay: true">
 <ul class="uk-slideshow-items">{slides}</ul>
 <a class="uk-position-center-left uk-position-small uk-hidden-hover" href="#" uk-slidenav-previous uk-slideshow-item="previous"></a>
 <a class="uk-position-center-right uk-position-small uk-hidden-hover" href="#" uk-slidenav-next uk-slideshow-item="next"></a>
</div>
<h2 class="uk-heading-bullet uk-margin-medium-top">{t["latest_home"]}</h2>
<div class="uk-child-width-1-2@s uk-grid-match uk-grid-small" uk-grid>{cards}</div>
<p class="uk-text-right"><a class="uk-button uk-button-text" href="/tin-tuc/">{t["all_news"]} ›</a></p>"""
    return layout(request, lang, "", content, template="home", page_id=1, description=SITE_TITLE)


def render_news(request: Request, lang: str, pagenum: int) -> Response:
    t = L[lang]
    tag = request.params.get("tag")
    stories = visible()
    heading = t["news"]
    query = ""
    if tag is not None:
        stories = [s for s in stories if tag in s.opts.get("tags", [])]
        heading = t["tag_title"].format(tag=TAGS.get(tag, tag))
        query = urlencode({"tag": tag})
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">{esc(heading)}</h1>\n'
        + listing(stories, pagenum, lang)
        + pager("/tin-tuc/", pagenum, len(stories), lang, query)
    )
    return layout(request, lang, heading, content, template="tin-tuc", page_id=1029)


def render_category(request: Request, lang: str, slug: str, pagenum: int) -> Response:
    page_id, title, desc = CATEGORIES[slug]
    stories = [s for s in visible() if s.cat == slug]
    content = (
        breadcrumb([("/", "Trang chủ"), ("/chuyen-muc/", "Chuyên mục")])
        + f'\n<h1 class="uk-article-title">{esc(title)}</h1>\n<p class="uk-text-meta">{esc(desc)}</p>\n'
        + listing(stories, pagenum, lang)
        + pager(f"/chuyen-muc/{slug}/", pagenum, len(stories), lang)
    )
    return layout(request, lang, title, content, template="chuyen-muc", page_id=page_id)


def render_categories(request: Request, lang: str) -> Response:
    t = L[lang]
    lis = "".join(
        f'<li><a href="/chuyen-muc/{slug}/">{esc(title)}</a> <span class="uk-badge">'
        f"{len([s for s in visible() if s.cat == slug])}</span></li>"
        for slug, (_id, title, _d) in CATEGORIES.items()
    )
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">Chuyên mục</h1>\n<ul class="uk-list uk-list-divider">{lis}</ul>'
    )
    return layout(request, lang, t["categories"], content, template="chuyen-muc-list", page_id=1028)


def _plain(story: Story) -> str:
    return unicodedata.normalize("NFC", " ".join([story.title, *story.paragraphs])).casefold()


def render_search(request: Request, lang: str, pagenum: int) -> Response:
    t = L[lang]
    q = (request.params.get("q") or "").strip()
    if not q:
        body = f"<p>{t['search_prompt']}</p>"
    else:
        needle = unicodedata.normalize("NFC", q).casefold()
        found = [s for s in visible() if needle in _plain(s)]
        if found:
            head = t["search_found"].format(n=len(found), q=esc(q))
            chunk = found[(pagenum - 1) * PER_PAGE : pagenum * PER_PAGE]
            items = "".join(
                f'<li><a href="{story_url(s)}">{esc(s.title)}</a>'
                f'<p class="uk-text-meta uk-margin-remove">{short_date(s.published_at)}</p>'
                f'<p class="uk-margin-small">{esc(card_text(s))}</p></li>'
                for s in chunk
            )
            body = (
                f"<h3>{head}</h3>"
                + (
                    f'<ul class="uk-list uk-list-divider">{items}</ul>'
                    if chunk
                    else f"<p>{t['empty']}</p>"
                )
                + pager("/tim-kiem/", pagenum, len(found), lang, urlencode({"q": q}))
            )
        else:
            body = f"<p>{t['search_none'].format(q=esc(q))}</p>"
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">{t["search_title"]}</h1>\n'
        + f'<form class="uk-search uk-search-default uk-width-1-1 uk-margin" action="/tim-kiem/" method="get">'
        f'<input class="uk-search-input" type="search" name="q" value="{esc(q)}"></form>\n' + body
    )
    return layout(request, lang, t["search_title"], content, template="search", page_id=1027)


def render_about(request: Request, lang: str) -> Response:
    parts = "\n".join(f"<{tag}>{esc(value)}</{tag}>" for tag, value in ABOUT_BODY)
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">Giới thiệu chung</h1>\n<div class="body">\n{parts}\n</div>'
    )
    return layout(request, lang, "Giới thiệu chung", content, template="basic-page", page_id=1015)


def render_leaders(request: Request, lang: str) -> Response:
    t = L[lang]
    head = "".join(f"<th>{c}</th>" for c in t["leaders_cols"])
    rows = "".join(
        f"<tr><td>{esc(n)}</td><td>{esc(r)}</td><td>{p}</td><td>{e}</td></tr>"
        for n, r, p, e in LEADERS
    )
    content = (
        breadcrumb([("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu chung")])
        + '\n<h1 class="uk-article-title">Lãnh đạo phòng</h1>\n<div class="body">'
        + f'<table class="uk-table uk-table-divider"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )
    return layout(request, lang, "Lãnh đạo phòng", content, template="basic-page", page_id=1016)


def render_contact(request: Request, lang: str) -> Response:
    t = L[lang]
    sent = (
        f'<div class="uk-alert-success" uk-alert><p>{t["thanks"]}</p></div>'
        if request.method == "POST"
        else ""
    )
    content = f"""
{breadcrumb([("/", "Trang chủ")])}
<h1 class="uk-article-title">Liên hệ</h1>
{sent}
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ TÂN HƯNG</strong><br>
Số 12 đường Trần Hưng Đạo, phường 1, thành phố Tân Hưng, tỉnh Đông Giang<br>
Điện thoại: 0271.3 886 245 - Email: pgddt@tanhung.edu.vn</p>
<form class="uk-form-stacked" method="post" action="./">
 <input type="hidden" name="TOKEN1832957425X1764058312" value="f3Xk9qLm2Wd8Yb7Rt0Vz">
 <div class="uk-margin"><label class="uk-form-label">{t["name"]}</label><input class="uk-input" name="ho_ten"></div>
 <div class="uk-margin"><label class="uk-form-label">{t["email"]}</label><input class="uk-input" type="email" name="email"></div>
 <div class="uk-margin"><label class="uk-form-label">{t["message"]}</label><textarea class="uk-textarea" rows="5" name="noi_dung"></textarea></div>
 <button class="uk-button uk-button-primary" type="submit">{t["send"]}</button>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3919" width="100%" height="300" style="border:0" loading="lazy"></iframe>"""
    return layout(request, lang, "Liên hệ", content, template="contact", page_id=1020)


def render_docs(request: Request, lang: str) -> Response:
    t = L[lang]
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="/van-ban/{d["slug"]}/">{esc(d["title"])}</a></td>'
        f'<td><a href="{d["file"]}"><span uk-icon="download"></span></a></td></tr>'
        for d in DOCS
    )
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">{t["docs"]}</h1>\n'
        + '<table class="uk-table uk-table-divider uk-table-hover uk-table-small">'
        + f"<thead><tr><th>{t['doc_no']}</th><th>{t['doc_date']}</th><th>{t['doc_abstract']}</th><th>{t['download']}</th></tr></thead>"
        + f"<tbody>{rows}</tbody></table>"
    )
    return layout(request, lang, t["docs"], content, template="van-ban-list", page_id=1065)


def render_doc(request: Request, lang: str, doc: dict) -> Response:
    t = L[lang]
    name = doc["file"].rsplit("/", 1)[1]
    content = f"""
{breadcrumb([("/", "Trang chủ"), ("/van-ban/", "Văn bản")])}
<h1 class="uk-article-title">{esc(doc["title"])}</h1>
<table class="uk-table uk-table-divider uk-table-small van-ban-chi-tiet">
 <tr><th class="uk-width-1-4">{t["doc_no"]}</th><td>{esc(doc["so"])}</td></tr>
 <tr><th>{t["doc_type"]}</th><td>{esc(doc["loai"])}</td></tr>
 <tr><th>{t["doc_date"]}</th><td>{doc["ngay"]}</td></tr>
 <tr><th>{t["doc_issuer"]}</th><td>{esc(doc["co_quan"])}</td></tr>
 <tr><th>{t["doc_abstract"]}</th><td>{esc(doc["title"])}</td></tr>
 <tr><th>{t["doc_file"]}</th><td><a href="{doc["file"]}" target="_blank"><span uk-icon="file-pdf"></span> {name}</a></td></tr>
</table>"""
    return layout(request, lang, doc["title"], content, template="van-ban", page_id=1066)


def render_albums(request: Request, lang: str) -> Response:
    t = L[lang]
    cards = "".join(
        f'<div><div class="uk-card uk-card-default uk-card-small"><div class="uk-card-media-top">'
        f'<a href="/thu-vien-anh/{a["slug"]}/"><img src="{F(a["id"], a["photos"][0][0][:-4] + ".400x260.jpg")}" alt=""></a></div>'
        f'<div class="uk-card-body"><h3 class="uk-card-title uk-text-default"><a href="/thu-vien-anh/{a["slug"]}/">{esc(a["title"])}</a></h3>'
        f'<p class="uk-text-meta">{t["photos"].format(n=len(a["photos"]))}</p></div></div></div>'
        for a in ALBUMS
    )
    content = (
        breadcrumb([("/", "Trang chủ")])
        + f'\n<h1 class="uk-article-title">{t["gallery"]}</h1>\n'
        + f'<div class="uk-child-width-1-2@s uk-grid-small" uk-grid>{cards}</div>'
    )
    return layout(request, lang, t["gallery"], content, template="album-list", page_id=1070)


def render_album(request: Request, lang: str, album: dict) -> Response:
    figs = "".join(
        f'<div><a href="{F(album["id"], name)}" data-caption="{esc(cap)}">'
        f'<img class="uk-border-rounded" src="{F(album["id"], name[:-4] + ".400x260.jpg")}" alt="{esc(cap)}"></a></div>'
        for name, cap in album["photos"]
    )
    content = (
        breadcrumb([("/", "Trang chủ"), ("/thu-vien-anh/", "Thư viện ảnh")])
        + f'\n<h1 class="uk-article-title">{esc(album["title"])}</h1>\n<p>{esc(album["desc"])}</p>\n'
        + f'<div class="uk-child-width-1-3@s uk-grid-small" uk-grid uk-lightbox="animation: fade">{figs}</div>'
    )
    return layout(request, lang, album["title"], content, template="album", page_id=album["id"])


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def render_schedule(request: Request, lang: str) -> Response:
    t = L[lang]
    year, week = CURRENT_WEEK[0], CURRENT_WEEK[1]
    m = _WEEK.match(request.params.get("tuan", ""))
    if m:
        try:
            dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            year, week = int(m.group(1)), int(m.group(2))
        except ValueError:
            pass
    monday = dt.date.fromisocalendar(year, week, 1)
    sunday = monday + dt.timedelta(days=6)
    key = f"{year}-W{week:02d}"
    prev_y, prev_w, _ = (monday - dt.timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + dt.timedelta(days=7)).isocalendar()
    entries = SCHEDULE.get(key, [])
    if entries:
        rows = "".join(
            f"<tr><td>{t['days'][int(d)]}<br>{(monday + dt.timedelta(days=int(d))).strftime('%d/%m/%Y')}</td>"
            f"<td>{s}</td><td>{esc(w)}</td></tr>"
            for d, s, w in entries
        )
        table = (
            '<table class="uk-table uk-table-divider uk-table-small lich-tuan">'
            f"<thead><tr><th>{t['day']}</th><th>{t['session']}</th><th>{t['work']}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        table = f'<div class="uk-alert"><p>{t["no_schedule"]}</p></div>'
    heading = t["week_title"].format(
        w=week, a=monday.strftime("%d/%m/%Y"), b=sunday.strftime("%d/%m/%Y")
    )
    content = f"""
{breadcrumb([("/", "Trang chủ")])}
<h1 class="uk-article-title">{t["schedule"]}</h1>
<h3>{heading}</h3>
<div class="uk-flex uk-flex-between uk-margin">
 <a class="uk-button uk-button-default uk-button-small" href="/lich-cong-tac/?tuan={prev_y}-W{prev_w:02d}">‹ {t["prev_week"]}</a>
 <a class="uk-button uk-button-default uk-button-small" href="/lich-cong-tac/">{t["this_week"]}</a>
 <a class="uk-button uk-button-default uk-button-small" href="/lich-cong-tac/?tuan={next_y}-W{next_w:02d}">{t["next_week"]} ›</a>
</div>
{table}"""
    return layout(request, lang, t["schedule"], content, template="lich-cong-tac", page_id=1075)


def render_404(request: Request, lang: str) -> Response:
    t = L[lang]
    content = f'<h1 class="uk-article-title">{t["not_found"]}</h1><p>{t["not_found_text"]}</p>'
    return layout(
        request, lang, t["not_found"], content, template="basic-page", page_id=27, status=404
    )


LOGIN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Login • ProcessWire • tanhung.edu.vn</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/wire/modules/AdminTheme/AdminThemeUikit/uikit/dist/css/uikit.pw.min.css">
</head><body class="ProcessWire-Page ProcessLogin AdminThemeUikit">
<div class="uk-container uk-container-small"><h1 class="uk-margin-remove-top">Login</h1>
<form id="ProcessLoginForm" class="InputfieldForm" method="post" action="./?login=1">
<input type="text" name="login_name" id="login_name" autocomplete="username">
<input type="password" name="login_pass" id="login_pass" autocomplete="current-password">
<input type="hidden" name="TOKEN1832957425X1764058312" value="Xc8vR1nPq4Zs">
<button type="submit" id="Inputfield_login_submit" name="login_submit" value="1">Login</button>
</form>
<p><a href="/"><i class="fa fa-home"></i> tanhung.edu.vn</a></p></div>
</body></html>"""


# --- routing ----------------------------------------------------------------------------------

_PAGE_NUM = re.compile(r"^trang(\d+)$")
PAGINATED = {"/tin-tuc/", "/tim-kiem/", *(f"/chuyen-muc/{slug}/" for slug in CATEGORIES)}


@dataclass
class Route:
    kind: str
    arg: object = None
    pagenum: int = 1
    extra: dict = field(default_factory=dict)


def resolve(path: str) -> Route | Response | None:
    """A slashed path to what ProcessWire would render there (None: 404)."""
    segments = [s for s in path.split("/") if s]
    pagenum = 1
    if segments and (m := _PAGE_NUM.match(segments[-1])):
        base = "/" + "/".join(segments[:-1]) + "/" if len(segments) > 1 else "/"
        if base not in PAGINATED:
            return None
        pagenum = int(m.group(1))
        if pagenum < 1 or pagenum > MAX_PAGE_NUM:
            return None
        if pagenum == 1:
            return Route("redirect", base)
        segments = segments[:-1]
    path = "/" + "/".join(segments) + ("/" if segments else "")
    fixed = {
        "/": "home",
        "/tin-tuc/": "news",
        "/chuyen-muc/": "categories",
        "/tim-kiem/": "search",
        "/gioi-thieu/": "about",
        "/gioi-thieu/lanh-dao-phong/": "leaders",
        "/lien-he/": "contact",
        "/van-ban/": "docs",
        "/thu-vien-anh/": "albums",
        "/lich-cong-tac/": "schedule",
    }
    if path in fixed:
        return Route(fixed[path], pagenum=pagenum)
    if len(segments) == 2:
        head, slug = segments
        if head == "tin-tuc" and slug in BY_SLUG:
            return Route("article", BY_SLUG[slug])
        if head == "chuyen-muc" and slug in CATEGORIES:
            return Route("category", slug, pagenum)
        if head == "van-ban":
            for doc in DOCS:
                if doc["slug"] == slug:
                    return Route("doc", doc)
        if head == "thu-vien-anh":
            for album in ALBUMS:
                if album["slug"] == slug:
                    return Route("album", album)
    return None


class ProcessWireSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lang = "en" if request.params.get("lang") == "en" else "vi"
        if path.startswith(("/site/", "/wire/")) or path == "/favicon.ico":
            if path.startswith("/site/assets/files/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/processwire", "/processwire/"):
            return redirect("/processwire/login/", 302)
        if path == "/processwire/login/":
            return html(LOGIN, headers={"Cache-Control": "no-store"})
        suffix = f"?{request.query}" if request.query else ""
        if not path.endswith("/"):
            # ProcessWire's slash rule: the page exists with a trailing slash -> 301 there
            if isinstance(resolve(path + "/"), Route):
                return redirect(path + "/" + suffix, 301)
            return render_404(request, lang)
        route = resolve(path)
        if route is None:
            return render_404(request, lang)
        if route.kind == "redirect":
            return redirect(str(route.arg) + suffix, 301)
        if route.kind == "home":
            return render_home(request, lang)
        if route.kind == "news":
            return render_news(request, lang, route.pagenum)
        if route.kind == "category":
            return render_category(request, lang, str(route.arg), route.pagenum)
        if route.kind == "categories":
            return render_categories(request, lang)
        if route.kind == "search":
            return render_search(request, lang, route.pagenum)
        if route.kind == "article":
            return render_article(request, route.arg, lang)  # type: ignore[arg-type]
        if route.kind == "about":
            return render_about(request, lang)
        if route.kind == "leaders":
            return render_leaders(request, lang)
        if route.kind == "contact":
            return render_contact(request, lang)
        if route.kind == "docs":
            return render_docs(request, lang)
        if route.kind == "doc":
            return render_doc(request, lang, route.arg)  # type: ignore[arg-type]
        if route.kind == "albums":
            return render_albums(request, lang)
        if route.kind == "album":
            return render_album(request, lang, route.arg)  # type: ignore[arg-type]
        if route.kind == "schedule":
            return render_schedule(request, lang)
        return render_404(request, lang)


def build_site() -> ProcessWireSite:
    return ProcessWireSite()
