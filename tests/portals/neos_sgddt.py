"""Neos CMS 8 site of the Sở Giáo dục và Đào tạo tỉnh Vĩnh Long (blind fixture portal).

The platform imitated
---------------------
Neos 8.3 on the Flow framework, pages rendered by Fusion, built in 2022 by a Hanoi agency
(site package ``SGDDT.VinhLong``) and kept running after the 2025 province merger (Vĩnh Long,
Bến Tre and Trà Vinh became the new Vĩnh Long). News lists are Flowpack.Listable collections,
the SEO head comes from Neos.Seo (absolute rel=canonical, hreflang alternates, robots.txt and
XML sitemaps per language), the contact page is a Neos form, the cookie notice is Klaro. An nginx
rule in front of the site refuses the Neos backend (everything under ``/neos/``) to visitors
from outside the office network with a bare ``403 Forbidden`` page.

URL scheme (document nodes, the ``.html`` suffix Neos adds to every document URI)
----------------------------------------------------------------------------------
- ``/`` home: a "Tin nổi bật" slider of four shortcut nodes, the newest "Hoạt động ngành"
  and "Thông báo" items, side boxes.
- ``/tin-tuc.html``: news root, every article of both sub-pages, newest first.
- ``/tin-tuc/hoat-dong-nganh.html`` and ``/tin-tuc/thong-bao.html``: the two news pages, each
  listing its own articles.
- Articles are child documents of their list page:
  ``/tin-tuc/hoat-dong-nganh/<uriPathSegment>.html``, ``/tin-tuc/thong-bao/<segment>.html``.
- Pagination is Flowpack.Listable's paginator, 6 items a page, one bracketed query argument,
  percent-encoded in the links: ``?--flowpack-listable-paginator%5BcurrentPage%5D=2``. The
  paginator prints page numbers 1..n (the current one a ``<span>``, page 1 linked with
  ``currentPage=1``, which repeats the bare list page), then "›" (next) and "»" (last); from
  page 2 on "«" and "‹" come first; on the last page "›" and "»" are absent. A list of one page
  prints no paginator. A page number past the end answers 200 with an empty list (never linked).
  The raw bracket form (``[currentPage]``) is read the same way, as PHP would.
  Pages: ``/tin-tuc.html`` 13 items = 3 pages; ``hoat-dong-nganh`` 8 = 2 pages;
  ``thong-bao`` 5 = 1 page.
- ``/noi-bat/<segment>.html``: Neos *shortcut* nodes the editors made for the home slider; they
  answer ``301`` with ``Location`` the article's real URL. Their segment is the shortcut's own
  title slug: two repeat the article's segment, two are short ("hoi-thi-gvdg-thpt",
  "hoc-ba-so"). ``/noi-bat.html`` is itself a shortcut to ``/tin-tuc.html``.
- ``/neos/...``: backend. ``/neos/login`` (footer link "Quản trị") and
  ``/neos/preview?node=...`` (a preview link an editor pasted into one article) answer 403.
  robots.txt (Neos.Seo's default) disallows ``/neos/``.
- ``/en`` ...: the language dimension "en" (vi is the default, no prefix). Three articles have
  an English variant, ``/en/news/sector-activities/<english-segment>.html``; ``/en`` (English
  home) and ``/en/news.html``, ``/en/news/sector-activities.html`` list them. The language menu
  in the header links the EN variant where one exists (an unlinked "EN" elsewhere) and
  ``<link rel="alternate" hreflang>`` pairs the variants. English pages are NOT gold: they are
  translations, not Vietnamese articles; they are listed in NON_ARTICLES as real pages.
- ``/_Resources/Persistent/<sha1>/<file>``: uploaded assets. Images (``…-1024x683.jpg``,
  the Image node's resized copy) and PDFs (real ``application/pdf`` bodies) linked from
  AssetList nodes and the "Văn bản mới" box. ``/_Resources/Static/Packages/...``: theme files.
- ``/tim-kiem?search=<words>``: search results (Flowpack.SimpleSearch through an agency route),
  5 a page, with its own bracketed paginator
  ``&--flowpack-searchplugin-search%5BcurrentPage%5D=2``; reached from the header search form
  and from the "Từ khóa" tags under articles and the "Từ khóa nổi bật" side box.
- ``/lien-he.html``: contact page with a Neos form (POST, hidden ``__state`` and
  ``__trustedProperties`` fields) whose action is
  ``/lien-he.html?--neos-nodetypes-form%5B%40package%5D=neos.nodetypes.form&…%5B%40action%5D=submit…``:
  a POST answers a thank-you page; a GET of that address prints the contact page again
  (canonical ``/lien-he.html``), since Neos ignores arguments it has no plugin for.
- ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html``: static pages.
- ``/robots.txt``, ``/sitemap.xml`` (vi documents, no shortcuts, ``lastmod`` = last publication
  in the CMS: for four articles (H1, H4, H6, T3) a later edit, not the date printed on the
  page), ``/en/sitemap.xml``.
- Unknown query arguments on a document are ignored by Neos (same page, same canonical).

Article page
------------
``<main>`` → ``<article class="news-detail neos-contentcollection">``: a header with the kicker
``<span class="news-detail__kicker">`` (the list page's title), ``<h1 class="news-detail__title">``,
``<time class="news-detail__date" datetime="YYYY-MM-DD">DD.MM.YYYY</time>`` (day only), the
teaser ``<p class="news-detail__teaser">`` (every article has one), then the main content
collection: Neos.NodeTypes Text nodes (``<div class="neos-nodetypes-text"><div>…</div></div>``
holding CKEditor 5 HTML: ``<p>``, ``<ul>``/``<ol>``, tables wrapped in ``<figure class="table">``,
``&nbsp;`` here and there), Image nodes (``<div class="neos-nodetypes-image"><figure><img>
<figcaption>…</figcaption></figure></div>``, no figcaption when the caption is empty), Headline
nodes (``<div class="neos-nodetypes-headline"><h2>…</h2></div>``) between the texts of the two
long articles, one TwoColumn node (text left, image right), AssetList nodes
(``<ul class="neos-nodetypes-assetlist">`` of file-name links). Under the article: "Từ khóa"
tag links, share buttons (Facebook, Zalo, "In bài", "Sao chép liên kết"), and a
"Bài viết liên quan" grid of three other articles with thumbnails. Around it: the header (the
Sở's name, today's date "Thứ Năm, 03/12/2026", language menu, search box), the mega menu
(its "Tin tức" panel also shows the three newest articles with thumbnails), ``nav.breadcrumb``
(Trang chủ › Tin tức › <list page> › <title>), the side column ("Tin mới nhất", "Văn bản mới",
"Từ khóa nổi bật", "Liên kết website"), the footer (address, phone, "Chịu trách nhiệm chính",
visitor counter, agency credit) and Klaro's cookie notice ("Trang web sử dụng cookie…").

How each gold article is reached
--------------------------------
Every article is linked from ``/tin-tuc.html`` (pages 1–3) and from its own list page
(``hoat-dong-nganh`` pages 1–2, ``thong-bao``); the newest also from the home page, the mega
menu, "Tin mới nhất" and related grids. Four also through the home slider's 301 shortcuts
(H1, H2, H3, H4). The sitemap lists all thirteen.

Gold decisions (as a careful reader takes the page)
---------------------------------------------------
- title: the ``<h1>`` (the ``<title>`` adds " - Sở Giáo dục và Đào tạo tỉnh Vĩnh Long").
- published_at: the ``<time>`` of the page, a day without time ("2026-11-24"); the sitemap's
  ``lastmod`` is an edit time and the header clock is today: neither is the date.
- summary: the teaser; it is also the body's first paragraph.
- body: teaser, then every Text paragraph, list item, table row (cells joined by " | ") and
  Headline in page order; not captions, bylines, the source line, AssetList file names, tags,
  share buttons, related grid.
- category: the breadcrumb's list page, "Hoạt động ngành" or "Thông báo" (the kicker agrees).
- bylines, always the last paragraph of the last Text node:
  H1 ``<p><strong>Văn phòng Sở</strong></p>`` and H2 "Phòng Giáo dục Trung học", T3 "Phòng Quản
  lý chất lượng": an office alone signs the post → it is the author, as printed.
  H5 ``<p style="text-align:right"><em>Lê Thị Thu Hà</em></p>`` and H7 "Trần Minh Khoa": a
  person → author. H6 "Huỳnh Thanh Tâm - Võ Thị Mỹ Linh": two authors.
  H3 "Tin và ảnh: Nguyễn Văn Bình – Trường THPT Lưu Văn Liệt": Nguyễn Văn Bình is author and
  photographer; the school after the dash is his unit, not a name.
  H4 "Nguồn: Cổng TTĐT tỉnh" on its own line: source "Cổng TTĐT tỉnh", no author.
  H8, T1, T2, T4, T5: no byline, no author.
- images: the Image nodes' ``src`` (the resized ``-1024x…`` copy under ``/_Resources/Persistent``)
  in order, caption = the figcaption; an Image node without figcaption → caption None (H2's
  second photo, H6's only photo). Related-grid and list thumbnails, logo, icons are not images of
  the article.
- T2 "Thông báo tuyển dụng viên chức giáo dục năm 2026" is a notice of a teaser, one line of text
  and an AssetList of three PDFs: still an article (it has text); its body is the two lines.
- The English variants (H2, H3, H4 translated) are not gold; nor are the list pages, search
  results, the contact form's addresses, the static pages, shortcut 301s, PDFs.

Traps
-----
Bracketed paginator arguments (percent-encoded; ``currentPage=1`` repeats the list page; the
canonical of every paginated page is the bare list page); 301 shortcut nodes; 403 backend links
(login, preview); the /en/ dimension mirror with hreflang; persistent-resource PDFs (binary);
search results with their own bracketed paginator, reachable from tag links; the contact form's
``--neos-nodetypes-form[…]`` address; a sitemap whose ``lastmod`` is not the publication date;
one paragraph stored decomposed (NFD, pasted from a Mac) in H6, ``&nbsp;`` in CKEditor text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "neos_sgddt"
PLATFORM = "neos"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long"
#: the header clock: today, never a publication date
HEADER_DATE = "Thứ Năm, 03/12/2026"
PAGE_SIZE = 6
SEARCH_PAGE_SIZE = 5
PAGER_ARG = "--flowpack-listable-paginator[currentPage]"
SEARCH_PAGER_ARG = "--flowpack-searchplugin-search[currentPage]"
RES = "/_Resources/Persistent"
STATIC = "/_Resources/Static/Packages/SGDDT.VinhLong"

#: list pages: key -> (title, path, English title, English path)
CATS = {
    "hdn": ("Hoạt động ngành", "/tin-tuc/hoat-dong-nganh.html"),
    "tb": ("Thông báo", "/tin-tuc/thong-bao.html"),
}

#: a marker block: close the current Text node (the next paragraph opens a new one)
NEW_TEXT = Raw("")


def _assets(*files: str) -> Raw:
    """An AssetList node: file-name links to persistent resources."""
    items = "".join(f'<li><a href="{RES}/{h}/{name}">{esc(name)}</a></li>' for h, name in files)
    return Raw(f'<ul class="neos-nodetypes-assetlist">{items}</ul>')


def _office(name: str) -> Raw:
    return Raw(f"<p><strong>{esc(name)}</strong></p>")


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><em>{esc(line)}</em></p>')


PREVIEW_LINK = (
    "/neos/preview?node=%2Fsites%2Fsgddtvinhlong%2Fnode-5f3a2c1e9b7d%2Fnode-8e4b7a20c6f1"
    "%2Fnode-b93d51a7e024%40user-bientap%3Blanguage%3Dvi"
)


# --- the articles (H = Hoạt động ngành, T = Thông báo) ---------------------------------------

H1 = Story(
    id=101,
    slug="hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    title="Hội nghị tổng kết năm học 2025–2026 và triển khai nhiệm vụ năm học 2026–2027",
    cat="hdn",
    published_at="2026-09-05",
    summary=(
        "Sáng ngày 04/9/2026, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2025–2026 "
        "và triển khai nhiệm vụ năm học 2026–2027 với sự tham dự của hơn 400 đại biểu là cán bộ "
        "quản lý các phòng thuộc Sở, hiệu trưởng các trường THPT và giám đốc các trung tâm "
        "GDNN-GDTX trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự Hội nghị có ông Trần Quốc Tuấn, Phó Chủ tịch UBND tỉnh; đại diện Ban Tuyên "
            "giáo và Dân vận Tỉnh ủy, Ban Văn hóa – Xã hội HĐND tỉnh và lãnh đạo các sở, ngành liên "
            "quan. Ông Lê Văn Hòa, Giám đốc Sở GD&ĐT chủ trì Hội nghị."
        ),
        P("Kết quả nổi bật năm học 2025–2026", "h2"),
        P(
            "Năm học 2025–2026 là năm học đầu tiên ngành giáo dục tỉnh vận hành theo mô hình chính "
            "quyền địa phương hai cấp sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Toàn "
            "ngành đã ổn định mạng lưới trường lớp, bảo đảm không để học sinh nào bị gián đoạn việc "
            "học.",
            "new",
        ),
        P(
            "Quy mô học sinh các cấp học được duy trì ổn định; chất lượng giáo dục đại trà và mũi "
            "nhọn có nhiều chuyển biến tích cực. Một số kết quả chính như sau:",
            "nbsp",
        ),
        P("Chỉ tiêu | Năm học 2024–2025 | Năm học 2025–2026", "th"),
        P("Tỷ lệ tốt nghiệp THPT | 99,21% | 99,48%", "tr"),
        P("Học sinh giỏi quốc gia (giải) | 31 | 38", "tr"),
        P("Trường đạt chuẩn quốc gia | 612 | 647", "tr"),
        P("Tỷ lệ phòng học kiên cố | 86,4% | 89,1%", "tr"),
        Img(
            f"{RES}/1281030b3d08cddc811b587748353929258066dd/DSC_4127-1024x683.jpg",
            "Phó Chủ tịch UBND tỉnh Trần Quốc Tuấn phát biểu chỉ đạo tại Hội nghị",
            "Phó Chủ tịch UBND tỉnh Trần Quốc Tuấn phát biểu chỉ đạo tại Hội nghị",
        ),
        P("Nhiệm vụ trọng tâm năm học 2026–2027", "h2"),
        P(
            "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của toàn ngành và đề "
            "nghị Sở GD&ĐT tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:",
            "new",
        ),
        P(
            "Tiếp tục rà soát, sắp xếp mạng lưới trường, lớp phù hợp với đơn vị hành chính mới;",
            "li",
        ),
        P(
            "Đẩy mạnh chuyển đổi số, hoàn thiện cơ sở dữ liệu ngành kết nối với cơ sở dữ liệu quốc "
            "gia;",
            "li",
        ),
        P(
            "Nâng cao chất lượng dạy và học ngoại ngữ, từng bước đưa tiếng Anh trở thành ngôn ngữ "
            "thứ hai trong trường học;",
            "li",
        ),
        P(
            "Bảo đảm đủ giáo viên theo định mức, ưu tiên các môn học mới của Chương trình GDPT 2018.",
            "li",
        ),
        Img(
            f"{RES}/2edf899208910f291e2184f6f421a7c8469b870f/DSC_4188-1024x683.jpg",
            "Khen thưởng các tập thể có thành tích xuất sắc trong năm học 2025–2026",
            "Khen thưởng các tập thể có thành tích xuất sắc trong năm học 2025–2026",
        ),
        P(
            "Tại Hội nghị, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 25 tập thể và 48 cá nhân; Giám "
            "đốc Sở GD&ĐT tặng Giấy khen cho 112 tập thể và 365 cá nhân có thành tích xuất sắc "
            "trong năm học 2025–2026.",
            "new",
        ),
        _office("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
    opts={
        "shortcut": "/noi-bat/tong-ket-nam-hoc.html",
        "tags": ["tổng kết năm học", "nhiệm vụ năm học"],
        "lastmod": "2026-09-07T09:12:44+07:00",
    },
)

H2 = Story(
    id=102,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026–2027",
    cat="hdn",
    published_at="2026-11-24",
    summary=(
        "Chiều 23/11/2026, tại Trường THPT chuyên Nguyễn Bỉnh Khiêm, Sở GD&ĐT tổ chức khai mạc "
        "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026–2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi có 186 giáo viên đến từ 74 trường THPT và 9 trung tâm GDNN-GDTX tham gia, ở 14 "
            "môn học và hoạt động giáo dục. Mỗi giáo viên thực hiện hai tiết dạy thực hành trên lớp "
            "và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn."
        ),
        P(
            "Phát biểu khai mạc, ông Phan Thanh Sơn, Phó Giám đốc Sở GD&ĐT nhấn mạnh: Hội thi là dịp "
            "để giáo viên chia sẻ kinh nghiệm, đổi mới phương pháp dạy học theo định hướng phát "
            "triển phẩm chất, năng lực học sinh; đồng thời là cơ sở để phát hiện, bồi dưỡng đội ngũ "
            "giáo viên cốt cán của tỉnh."
        ),
        Img(
            f"{RES}/cc00441744d6473dcafbd36f20b960691f3fce8e/khai-mac-hoi-thi-gvdg-1024x683.jpg",
            "Ông Phan Thanh Sơn, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
            "Ông Phan Thanh Sơn, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
        ),
        P(
            "Hội thi diễn ra từ ngày 23/11 đến ngày 05/12/2026. Kết quả sẽ được công bố và trao giải "
            "tại lễ bế mạc dự kiến tổ chức vào ngày 08/12/2026."
        ),
        Img(f"{RES}/dd68384d928e1a04208c5a5694fe6929a5a31c08/IMG_20261123_152241-1024x768.jpg"),
        NEW_TEXT,
        _office("Phòng Giáo dục Trung học"),
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={
        "shortcut": "/noi-bat/hoi-thi-gvdg-thpt.html",
        "tags": ["giáo viên dạy giỏi", "THPT"],
        "en": {
            "slug": "opening-of-the-provincial-excellent-upper-secondary-teachers-contest-2026-2027",
            "title": "Opening of the provincial excellent upper secondary teachers contest 2026–2027",
            "teaser": (
                "On 23 November 2026 the Department of Education and Training opened the provincial "
                "contest for excellent upper secondary teachers at Nguyen Binh Khiem Gifted High "
                "School."
            ),
            "body": [
                "186 teachers from 74 upper secondary schools and 9 continuing education centres "
                "take part in 14 subjects. Each teacher gives two lessons in class and presents a "
                "method to improve teaching.",
                "The contest runs until 5 December 2026; the prizes will be awarded on 8 December.",
            ],
        },
    },
)

H3 = Story(
    id=103,
    slug="truong-thpt-luu-van-liet-to-chuc-ngay-hoi-stem-lan-thu-iii",
    title="Trường THPT Lưu Văn Liệt tổ chức Ngày hội STEM lần thứ III",
    cat="hdn",
    published_at="2026-11-18",
    summary=(
        "Ngày 16/11/2026, Trường THPT Lưu Văn Liệt tổ chức Ngày hội STEM lần thứ III với chủ đề "
        "“Sáng tạo vì môi trường xanh”, thu hút hơn 1.200 học sinh tham gia."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngày hội gồm 42 gian trưng bày sản phẩm STEM do các lớp thực hiện, từ mô hình lọc nước "
            "nhiễm mặn, hệ thống tưới cây tự động đến robot phân loại rác thải. Nhiều sản phẩm được "
            "làm từ vật liệu tái chế, chi phí thấp và có khả năng ứng dụng vào thực tiễn của địa "
            "phương."
        ),
        Img(
            f"{RES}/ac6fc412e7cabd64cbb94a37b83e44ee2be8aade/stem-luu-van-liet-01-1024x683.jpg",
            "Học sinh giới thiệu mô hình lọc nước nhiễm mặn với ban giám khảo",
            "Học sinh giới thiệu mô hình lọc nước nhiễm mặn với ban giám khảo",
        ),
        P(
            "Bên cạnh phần trưng bày, các đội còn tham gia thử thách “Cầu giấy chịu lực” và cuộc thi "
            "lập trình robot vượt địa hình. Các tiết mục văn nghệ, trò chơi dân gian do Đoàn trường "
            "tổ chức tạo nên không khí sôi nổi suốt ngày hội."
        ),
        Img(
            f"{RES}/9b2bb2dc152cf7488f7a6abff4e347c10b14214f/stem-luu-van-liet-02-1024x683.jpg",
            "Phần thi lập trình robot vượt địa hình",
            "Phần thi lập trình robot vượt địa hình",
        ),
        P(
            "Thầy Đỗ Minh Triết, Hiệu trưởng nhà trường cho biết: qua ba lần tổ chức, giáo dục STEM "
            "đã trở thành hoạt động thường xuyên của nhà trường, giúp học sinh vận dụng kiến thức "
            "liên môn để giải quyết các vấn đề thực tiễn."
        ),
        Img(
            f"{RES}/e27769142aacf6360f4e397249763f636ffe31ec/stem-luu-van-liet-03-1024x683.jpg",
            "Ban tổ chức trao giải cho các gian trưng bày xuất sắc",
            "Ban tổ chức trao giải cho các gian trưng bày xuất sắc",
        ),
        NEW_TEXT,
        _right("Tin và ảnh: Nguyễn Văn Bình – Trường THPT Lưu Văn Liệt"),
    ],
    authors=["Nguyễn Văn Bình"],
    photographers=["Nguyễn Văn Bình"],
    opts={
        "shortcut": "/noi-bat/truong-thpt-luu-van-liet-to-chuc-ngay-hoi-stem-lan-thu-iii.html",
        "tags": ["STEM", "THPT"],
        "en": {
            "slug": "luu-van-liet-high-school-holds-its-third-stem-day",
            "title": "Luu Van Liet High School holds its third STEM Day",
            "teaser": (
                "On 16 November 2026 Luu Van Liet High School held its third STEM Day, themed "
                "“Creativity for a green environment”, with more than 1,200 students."
            ),
            "body": [
                "Classes showed 42 booths of STEM products, from a model that filters salty water "
                "to a robot that sorts waste.",
                "Teams also competed in a paper bridge challenge and a robot programming contest.",
            ],
        },
    },
)

H4 = Story(
    id=104,
    slug="vinh-long-100-co-so-giao-duc-trien-khai-so-diem-dien-tu-hoc-ba-so",
    title="Vĩnh Long: 100% cơ sở giáo dục phổ thông triển khai sổ điểm điện tử, học bạ số",
    cat="hdn",
    published_at="2026-11-12",
    summary=(
        "Đến nay, 100% trường phổ thông trên địa bàn tỉnh Vĩnh Long đã triển khai sổ điểm điện tử "
        "và học bạ số, góp phần giảm tải thủ tục hành chính cho giáo viên và phụ huynh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo Sở GD&ĐT, việc triển khai học bạ số được thực hiện theo lộ trình từ năm học "
            "2024–2025, bắt đầu với cấp tiểu học và mở rộng đến cấp THPT trong năm học 2026–2027. "
            "Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, có giá trị pháp lý như "
            "học bạ giấy."
        ),
        P(
            "Bên cạnh đó, toàn ngành đã kết nối dữ liệu của hơn 520.000 học sinh với Cơ sở dữ liệu "
            "quốc gia về dân cư, phục vụ tuyển sinh đầu cấp trực tuyến và xét công nhận tốt nghiệp "
            "THPT.",
            "nbsp",
        ),
        Img(
            f"{RES}/ff4c5b23a299b0ad42de94591902b80e1949946c/so-diem-dien-tu-thcs-long-ho-1024x683.jpg",
            "Giáo viên Trường THCS Long Hồ nhập điểm trên hệ thống sổ điểm điện tử",
            "Giáo viên Trường THCS Long Hồ nhập điểm trên hệ thống sổ điểm điện tử",
        ),
        P(
            "Trong thời gian tới, ngành giáo dục tỉnh tiếp tục đầu tư hạ tầng mạng, bồi dưỡng kỹ "
            "năng số cho giáo viên và hoàn thiện hệ thống quản lý hồ sơ điện tử dùng chung cho các "
            "cơ sở giáo dục."
        ),
        Raw("<p><em>Nguồn: Cổng TTĐT tỉnh</em></p>"),
    ],
    source="Cổng TTĐT tỉnh",
    opts={
        "shortcut": "/noi-bat/hoc-ba-so.html",
        "tags": ["chuyển đổi số", "học bạ số"],
        "lastmod": "2026-11-13T08:05:19+07:00",
        "en": {
            "slug": "vinh-long-all-schools-use-electronic-grade-books-and-digital-transcripts",
            "title": "Vinh Long: all schools use electronic grade books and digital transcripts",
            "teaser": (
                "All general education schools in Vinh Long province now keep electronic grade "
                "books and digitally signed transcripts."
            ),
            "body": [
                "Data of more than 520,000 students are linked with the national population "
                "database for online enrolment and graduation.",
            ],
        },
    },
)

H5 = Story(
    id=105,
    slug="tap-huan-giao-vien-cot-can-mon-lich-su-cap-thpt-nam-2026",
    title="Tập huấn giáo viên cốt cán môn Lịch sử cấp THPT năm 2026",
    cat="hdn",
    published_at="2026-10-30",
    summary=(
        "Từ ngày 27 đến ngày 29/10/2026, Sở GD&ĐT tổ chức lớp tập huấn cho 95 giáo viên cốt cán "
        "môn Lịch sử cấp THPT về đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại lớp tập huấn, báo cáo viên là giảng viên Trường Đại học Sư phạm Thành phố Hồ Chí "
            "Minh đã hướng dẫn học viên xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo "
            "định hướng đánh giá năng lực; khai thác tư liệu lịch sử địa phương trong dạy học."
        ),
        P(
            "Học viên được thực hành thiết kế chủ đề dạy học “Vĩnh Long trong kháng chiến chống thực "
            "dân Pháp”, thảo luận nhóm và báo cáo sản phẩm. Sau tập huấn, giáo viên cốt cán có "
            "trách nhiệm tập huấn lại cho giáo viên bộ môn tại đơn vị."
        ),
        Img(
            f"{RES}/f0b997808453460da10342e86595af40f3916359/tap-huan-lich-su-2026-1024x683.jpg",
            "Giáo viên thảo luận nhóm, thiết kế chủ đề dạy học lịch sử địa phương",
            "Giáo viên thảo luận nhóm, thiết kế chủ đề dạy học lịch sử địa phương",
        ),
        P("Tài liệu tập huấn được đăng tải tại đây.", "link"),
        _right("Lê Thị Thu Hà"),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={"link": ("tại đây", PREVIEW_LINK)},
)

H6 = Story(
    id=106,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="hdn",
    published_at="2026-10-08",
    summary=(
        "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ "
        "đề “Học tập suốt đời – Nền tảng của xã hội học tập trong kỷ nguyên số”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tuần lễ diễn ra từ ngày 01 đến ngày 07/10/2026 tại tất cả các cơ sở giáo dục, trung tâm "
            "học tập cộng đồng trên địa bàn tỉnh. Các đơn vị tổ chức trưng bày sách, báo; phát động "
            "phong trào đọc sách trong học sinh và ra mắt tủ sách dùng chung tại các xã, phường."
        ),
        P(
            "Sở cũng đề nghị các trung tâm học tập cộng đồng mở các lớp bồi dưỡng kỹ năng số cơ bản "
            "cho người dân, đặc biệt là người cao tuổi và lao động nông thôn, giúp người dân sử dụng "
            "thành thạo các dịch vụ công trực tuyến.",
            "nfd",
        ),
        Img(
            f"{RES}/4936cab5dd8ced4b9e039a2a0321fdd455d4c79b/"
            "z5871203456712_8d4c2a1f9b7e6d3c5a0f2e1b4c7d9a8e-1024x768.jpg"
        ),
        NEW_TEXT,
        _right("Huỳnh Thanh Tâm - Võ Thị Mỹ Linh"),
    ],
    authors=["Huỳnh Thanh Tâm", "Võ Thị Mỹ Linh"],
    opts={"lastmod": "2026-10-09T14:27:03+07:00"},
)

H7 = Story(
    id=107,
    slug="so-gddt-lam-viec-voi-ubnd-xa-long-huu-ve-dau-tu-co-so-vat-chat-truong-hoc",
    title="Sở GD&ĐT làm việc với UBND xã Long Hữu về đầu tư cơ sở vật chất trường học",
    cat="hdn",
    published_at="2026-11-27",
    summary=(
        "Ngày 26/11/2026, đoàn công tác của Sở GD&ĐT do ông Lê Văn Hòa, Giám đốc Sở làm trưởng "
        "đoàn đã làm việc với UBND xã Long Hữu về tình hình đầu tư cơ sở vật chất các trường học "
        "trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo báo cáo của UBND xã, trên địa bàn hiện có 7 trường từ mầm non đến THCS với 3.450 "
            "học sinh. Sau khi sắp xếp đơn vị hành chính, một số điểm trường lẻ xuống cấp, thiếu "
            "phòng học bộ môn và nhà vệ sinh đạt chuẩn.",
            "col",
        ),
        P(
            "Đoàn đã khảo sát thực tế tại Trường Tiểu học Long Hữu A và Trường THCS Long Hữu, ghi "
            "nhận nhu cầu xây mới 12 phòng học và cải tạo bếp ăn bán trú.",
            "col",
        ),
        Img(
            f"{RES}/b9ff12703fc11fcc0a8400dcc7a583ff6563b659/khao-sat-th-long-huu-a-1024x683.jpg",
            "Đoàn công tác khảo sát điểm trường Tiểu học Long Hữu A",
            "Đoàn công tác khảo sát điểm trường Tiểu học Long Hữu A",
            style="col",
        ),
        P(
            "Kết luận buổi làm việc, Giám đốc Sở đề nghị UBND xã rà soát, lập danh mục công trình ưu "
            "tiên trình cấp có thẩm quyền bố trí vốn năm 2027; đồng thời chỉ đạo các trường bảo đảm "
            "an toàn cho học sinh trong mùa mưa bão."
        ),
        _right("Trần Minh Khoa"),
    ],
    authors=["Trần Minh Khoa"],
)

H8 = Story(
    id=108,
    slug="trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="hdn",
    published_at="2026-09-15",
    summary=(
        "Sáng 14/9/2026, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp "
        "sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi suất học bổng trị giá 2.000.000 đồng kèm theo bộ sách giáo khoa và đồ dùng học tập. "
            "Tổng kinh phí chương trình hơn 350 triệu đồng do các doanh nghiệp, nhà hảo tâm trong và "
            "ngoài tỉnh đóng góp."
        ),
        Img(
            f"{RES}/464c138d6788219640c89dfb1477aa4611beea9e/trao-hoc-bong-01-1024x683.jpg",
            "Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh",
            "Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh",
        ),
        P(
            "Em Thạch Thị Sóc Kha, học sinh lớp 11 Trường THPT Phạm Thái Bường chia sẻ: “Học bổng "
            "giúp em có thêm điều kiện mua sách vở, tiếp tục đến trường và thực hiện ước mơ trở "
            "thành giáo viên”."
        ),
        Img(
            f"{RES}/68d0410ec3e41530a53d92a14df4fea5e746f4c6/trao-hoc-bong-02-1024x683.jpg",
            "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
            "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
        ),
    ],
)

T1 = Story(
    id=201,
    slug="lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so-gddt",
    title="Lịch tiếp công dân tháng 12/2026 của Giám đốc Sở GD&ĐT",
    cat="tb",
    published_at="2026-11-30",
    summary=(
        "Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào ngày 15/12/2026 (thứ Ba) tại "
        "Phòng tiếp công dân của Sở, số 2 đường Hoàng Thái Hiếu, phường Thanh Đức."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00. Công dân đến liên hệ vui lòng mang "
            "theo giấy tờ tùy thân và các tài liệu liên quan."
        ),
    ],
)

T2 = Story(
    id=202,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
    cat="tb",
    published_at="2026-11-20",
    summary=(
        "Sở GD&ĐT thông báo tuyển dụng 214 chỉ tiêu viên chức giảng dạy tại các trường THPT và "
        "trung tâm GDNN-GDTX trực thuộc Sở năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 23/11/2026 đến hết ngày 22/12/2026 (trong "
            "giờ hành chính)."
        ),
        _assets(
            ("5ccf8ee2642e5f42bcea17c09cf6f56e29bedfc1", "thong-bao-tuyen-dung-vien-chuc-2026.pdf"),
            ("d1005a5f8543dca78c025e161307cc8f7159548c", "chi-tieu-tuyen-dung-theo-don-vi.pdf"),
            ("cd0aa8d440d871380b22522fc1c0ba310abe015b", "mau-phieu-dang-ky-du-tuyen.pdf"),
        ),
    ],
)

T3 = Story(
    id=203,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Thông báo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026–2027",
    cat="tb",
    published_at="2026-11-05",
    summary=(
        "Sở GD&ĐT thông báo kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm "
        "học 2026–2027 để các đơn vị chủ động chuẩn bị."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đối tượng dự thi là học sinh lớp 12 đang học tại các trường THPT, trung tâm GDNN-GDTX "
            "trên địa bàn tỉnh, có kết quả học tập năm học 2025–2026 đạt mức Tốt. Kỳ thi gồm 13 môn:"
        ),
        P("Ngữ văn, Lịch sử, Địa lí, Giáo dục kinh tế và pháp luật;", "li"),
        P("Toán, Vật lí, Hóa học, Sinh học, Tin học;", "li"),
        P("Tiếng Anh, Tiếng Pháp, Tiếng Trung Quốc và Tiếng Khmer.", "li"),
        P("Lịch thi cụ thể như sau:"),
        P("Ngày | Buổi | Nội dung", "th"),
        P("10/12/2026 | Chiều | Họp Ban chỉ đạo, phổ biến quy chế thi", "tr"),
        P("11/12/2026 | Sáng | Thi viết các môn (180 phút)", "tr"),
        P("12/12/2026 | Sáng | Thi thực hành môn Tin học và thi nói các môn ngoại ngữ", "tr"),
        P(
            "Các đơn vị gửi danh sách thí sinh dự thi về Phòng Quản lý chất lượng trước ngày "
            "25/11/2026 qua hệ thống quản lý văn bản và điều hành."
        ),
        _office("Phòng Quản lý chất lượng"),
        _assets(
            (
                "80977c2ced9d62ba69bde65faf8e9c88be5af162",
                "ke-hoach-thi-hsg-lop-12-nam-hoc-2026-2027.pdf",
            ),
        ),
    ],
    authors=["Phòng Quản lý chất lượng"],
    opts={"tags": ["học sinh giỏi", "THPT"], "lastmod": "2026-11-06T10:40:52+07:00"},
)

T4 = Story(
    id=204,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="tb",
    published_at="2026-12-01",
    summary=(
        "Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, người lao "
        "động và học sinh các cơ sở giáo dục trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Cán bộ, công chức, viên chức và người lao động được nghỉ 01 ngày vào thứ Sáu, ngày "
            "01/01/2027. Học sinh được nghỉ học từ ngày 01/01/2027 đến hết ngày 03/01/2027, đi học "
            "lại vào thứ Hai, ngày 04/01/2027."
        ),
        P(
            "Thủ trưởng các đơn vị phân công trực cơ quan, bảo đảm an toàn tài sản, phòng chống cháy "
            "nổ trong thời gian nghỉ Tết và báo cáo tình hình về Văn phòng Sở trước 10 giờ ngày "
            "04/01/2027.",
            "nbsp",
        ),
    ],
)

T5 = Story(
    id=205,
    slug="thong-bao-thay-doi-dia-chi-thu-dien-tu-cong-vu-cua-so-gddt",
    title="Thông báo thay đổi địa chỉ thư điện tử công vụ của Sở GD&ĐT",
    cat="tb",
    published_at="2026-10-20",
    summary=(
        "Kể từ ngày 01/11/2026, Sở GD&ĐT sử dụng hệ thống thư điện tử công vụ mới của tỉnh; địa chỉ "
        "thư điện tử của Sở và các phòng chuyên môn được thay đổi như sau:"
    ),
    sapo_outside=True,
    blocks=[
        P("Văn phòng Sở: vanphong.sgddt@vinhlong.gov.vn", "li"),
        P("Phòng Giáo dục Trung học: gdtrh.sgddt@vinhlong.gov.vn", "li"),
        P("Phòng Quản lý chất lượng: qlcl.sgddt@vinhlong.gov.vn", "li"),
        P(
            "Các địa chỉ thư điện tử cũ sẽ ngừng hoạt động từ ngày 01/12/2026. Đề nghị các đơn vị, cá "
            "nhân cập nhật để liên hệ công tác."
        ),
        _assets(("a1a2fd96b9785f8e3ac167156d790322939a964e", "danh-ba-thu-dien-tu-sgddt-2026.pdf")),
    ],
)

#: newest first, as the lists print them
STORIES: list[Story] = sorted(
    [H1, H2, H3, H4, H5, H6, H7, H8, T1, T2, T3, T4, T5],
    key=lambda s: s.published_at or "",
    reverse=True,
)


def article_path(story: Story) -> str:
    return f"/tin-tuc/{CATS[story.cat][1].rsplit('/', 1)[1][:-5]}/{story.slug}.html"


def en_path(story: Story) -> str:
    return f"/en/news/sector-activities/{story.opts['en']['slug']}.html"


# --- gold (paths and categories written out; fields from the stories' hand-written values) ----

_HDN = "/tin-tuc/hoat-dong-nganh/"
_TB = "/tin-tuc/thong-bao/"

GOLD = [
    gold_record(
        H1,
        _HDN + "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027.html",
        "Hoạt động ngành",
    ),
    gold_record(
        H2,
        _HDN + "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027.html",
        "Hoạt động ngành",
    ),
    gold_record(
        H3,
        _HDN + "truong-thpt-luu-van-liet-to-chuc-ngay-hoi-stem-lan-thu-iii.html",
        "Hoạt động ngành",
    ),
    gold_record(
        H4,
        _HDN + "vinh-long-100-co-so-giao-duc-trien-khai-so-diem-dien-tu-hoc-ba-so.html",
        "Hoạt động ngành",
    ),
    gold_record(
        H5,
        _HDN + "tap-huan-giao-vien-cot-can-mon-lich-su-cap-thpt-nam-2026.html",
        "Hoạt động ngành",
    ),
    gold_record(H6, _HDN + "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026.html", "Hoạt động ngành"),
    gold_record(
        H7,
        _HDN + "so-gddt-lam-viec-voi-ubnd-xa-long-huu-ve-dau-tu-co-so-vat-chat-truong-hoc.html",
        "Hoạt động ngành",
    ),
    gold_record(
        H8,
        _HDN + "trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan.html",
        "Hoạt động ngành",
    ),
    gold_record(
        T1, _TB + "lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so-gddt.html", "Thông báo"
    ),
    gold_record(T2, _TB + "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026.html", "Thông báo"),
    gold_record(
        T3,
        _TB + "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027.html",
        "Thông báo",
    ),
    gold_record(T4, _TB + "thong-bao-lich-nghi-tet-duong-lich-nam-2027.html", "Thông báo"),
    gold_record(
        T5, _TB + "thong-bao-thay-doi-dia-chi-thu-dien-tu-cong-vu-cua-so-gddt.html", "Thông báo"
    ),
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/tin-tuc.html",
    "/en/news/sector-activities/opening-of-the-provincial-excellent-upper-secondary-teachers-contest-2026-2027.html",
    "/en/news/sector-activities/luu-van-liet-high-school-holds-its-third-stem-day.html",
    "/en/news/sector-activities/vinh-long-all-schools-use-electronic-grade-books-and-digital-transcripts.html",
]

#: the "Văn bản mới" box: (title, resource hash, file name, date)
DOCUMENTS = [
    (
        "Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026–2027",
        "366572309f59b15a0dbafe30697bef4e8e31aed1",
        "2145-sgddt-gdtrh-huong-dan-kiem-tra-hoc-ky-i.pdf",
        "01.12.2026",
    ),
    (
        "Kế hoạch số 318/KH-SGDĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
        "60ef2528d1cd4d27b70873a46cbd2b0f4c5d763c",
        "318-kh-sgddt-hoi-thi-gvdg-thpt.pdf",
        "10.11.2026",
    ),
    (
        "Quyết định số 1520/QĐ-SGDĐT ban hành kế hoạch thời gian năm học 2026–2027",
        "a1a4e6d16335822f4321213f56020ca29d1e3573",
        "1520-qd-sgddt-ke-hoach-thoi-gian-nam-hoc.pdf",
        "20.08.2026",
    ),
    (
        "Công văn số 1987/SGDĐT-VP về việc thực hiện chế độ báo cáo định kỳ",
        "d840c0c929d7998f7998135d2a3e62c8c30de6f4",
        "1987-sgddt-vp-che-do-bao-cao.pdf",
        "12.08.2026",
    ),
]

#: "Từ khóa nổi bật"
HOT_TAGS = ["tuyển sinh", "THPT", "chuyển đổi số", "học sinh giỏi", "STEM"]


# --- small helpers -------------------------------------------------------------------------------


def _dots(iso: str) -> str:
    """Neos' date format on this site: 24.11.2026."""
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


def _crop(value: str, limit: int = 150) -> str:
    """Fusion's String.cropAtWord(teaser, 150, '…')."""
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "…"


def _resized(src: str, size: str) -> str:
    """Another thumbnail of the same asset: Neos stores each resized copy under its own hash."""
    name = src.rsplit("/", 1)[1]
    base = re.sub(r"-\d+x\d+(\.\w+)$", "", name)
    digest = hashlib.sha1(f"{src}|{size}".encode()).hexdigest()
    return f"{RES}/{digest}/{base}-{size}.jpg"


def _thumb(story: Story, size: str = "400x267") -> str:
    if story.images:
        return _resized(story.images[0].src, size)
    return f"{STATIC}/Images/thumb-thong-bao.png"


def _pager_href(path: str, page: int, arg: str = PAGER_ARG, prefix: str = "") -> str:
    return f"{path}?{prefix}{quote(arg, safe='-')}={page}"


def _paginator(path: str, current: int, pages: int, arg: str = PAGER_ARG, prefix: str = "") -> str:
    """Flowpack.Listable's paginator: « ‹ 1 2 3 › »; first/previous only past page 1, next/last
    only before the last page; no paginator for a single page."""
    if pages <= 1:
        return ""

    def item(label: str, page: int, cls: str, rel: str = "") -> str:
        href = esc(_pager_href(path, page, arg, prefix))
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<li class="Paginator-item {cls}"><a href="{href}"{rel_attr}>{label}</a></li>'

    items = []
    if current > 1:
        items.append(item("«", 1, "Paginator-item--first"))
        items.append(item("‹", current - 1, "Paginator-item--previous", "prev"))
    for n in range(1, pages + 1):
        if n == current:
            items.append(
                f'<li class="Paginator-item Paginator-item--current"><span>{n}</span></li>'
            )
        else:
            items.append(item(str(n), n, ""))
    if current < pages:
        items.append(item("›", current + 1, "Paginator-item--next", "next"))
        items.append(item("»", pages, "Paginator-item--last"))
    return (
        '<nav class="Paginator" aria-label="Phân trang">\n<ul class="Paginator-list">\n'
        + "\n".join(items)
        + "\n</ul>\n</nav>"
    )


def _page_number(request: Request, arg: str) -> int:
    try:
        return max(1, int(request.params.get(arg, "1")))
    except ValueError:
        return 1


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    """nav.breadcrumb: linked items, the last one (the page itself) unlinked."""
    out = []
    for i, (label, href) in enumerate(items):
        if i:
            out.append('<li class="breadcrumb__sep" aria-hidden="true">›</li>')
        if href:
            out.append(f'<li class="breadcrumb__item"><a href="{href}">{esc(label)}</a></li>')
        else:
            out.append(
                f'<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">{esc(label)}</li>'
            )
    return (
        '<nav class="breadcrumb" aria-label="breadcrumb"><ol class="breadcrumb__list">'
        + "".join(out)
        + "</ol></nav>"
    )


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


# --- page chrome ---------------------------------------------------------------------------------

_NEOS_COMMENT = """<!--
This website is powered by Neos, the Open Source Content Application Platform licensed under the GNU/GPL.
Neos is based on Flow, a powerful PHP application framework licensed under the MIT license.

More information and contribution opportunities at https://www.neos.io
-->"""

_LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
    ("Cổng thông tin điện tử tỉnh Vĩnh Long", "https://vinhlong.gov.vn"),
    ("Cổng dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Hệ thống quản lý văn bản và điều hành", "https://vpdt.vinhlong.gov.vn"),
]


def _lang_menu(vi_href: str | None, en_href: str | None, lang: str) -> str:
    def entry(code: str, href: str | None) -> str:
        state = "current" if code == lang else ("normal" if href else "absent")
        inner = (
            f'<a href="{href}" hreflang="{code}">{code.upper()}</a>'
            if href
            else f"<span>{code.upper()}</span>"
        )
        return f'<li class="language-menu__item {state}">{inner}</li>'

    return '<ul class="language-menu">' + entry("vi", vi_href) + entry("en", en_href) + "</ul>"


def _mega_menu() -> str:
    newest = "".join(
        f'<li class="mega-menu__news"><a href="{article_path(s)}"><img src="{_thumb(s, "160x107")}" alt="" '
        f'width="160" height="107" /><span>{esc(s.title)}</span></a></li>'
        for s in STORIES[:3]
    )
    return f"""<nav class="main-nav" aria-label="Menu chính">
<ul class="main-nav__list">
<li class="main-nav__item"><a href="/">Trang chủ</a></li>
<li class="main-nav__item main-nav__item--has-mega"><a href="/gioi-thieu.html">Giới thiệu</a>
<div class="mega-menu"><ul class="mega-menu__links">
<li><a href="/gioi-thieu.html">Giới thiệu chung</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>
</ul></div></li>
<li class="main-nav__item main-nav__item--has-mega"><a href="/tin-tuc.html">Tin tức</a>
<div class="mega-menu"><ul class="mega-menu__links">
<li><a href="/tin-tuc/hoat-dong-nganh.html">Hoạt động ngành</a></li>
<li><a href="/tin-tuc/thong-bao.html">Thông báo</a></li>
</ul>
<div class="mega-menu__latest"><p class="mega-menu__heading">Tin mới</p><ul>{newest}</ul></div>
</div></li>
<li class="main-nav__item"><a href="https://vbpl.vinhlong.gov.vn" target="_blank" rel="noopener">Văn bản</a></li>
<li class="main-nav__item"><a href="https://dichvucong.vinhlong.gov.vn" target="_blank" rel="noopener">Dịch vụ công</a></li>
<li class="main-nav__item"><a href="/lien-he.html">Liên hệ</a></li>
</ul>
</nav>"""


def _header(vi_href: str | None, en_href: str | None) -> str:
    return f"""<div class="topbar"><div class="container">
<span class="topbar__date">{HEADER_DATE}</span>
{_lang_menu(vi_href, en_href, "vi")}
</div></div>
<header class="site-header"><div class="container">
<a class="site-header__brand" href="/"><img src="{STATIC}/Images/logo-sgddt.png" alt="Logo" width="86" height="86" />
<span class="site-header__name"><span class="site-header__top">UBND TỈNH VĨNH LONG</span>
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></span></a>
<form class="site-search" action="/tim-kiem" method="get" role="search">
<input type="search" name="search" placeholder="Nhập từ khóa tìm kiếm…" aria-label="Tìm kiếm" />
<button type="submit">Tìm kiếm</button></form>
</div></header>
{_mega_menu()}"""


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="side-box__date">{_dots(s.published_at)}</span></li>'
        for s in STORIES[:5]
    )
    docs = "".join(
        f'<li><a href="{RES}/{h}/{name}" target="_blank">{esc(title)}</a> <span class="side-box__date">{day}</span></li>'
        for title, h, name, day in DOCUMENTS
    )
    tags = " ".join(
        f'<a class="tag" href="/tim-kiem?search={quote(t)}">{esc(t)}</a>' for t in HOT_TAGS
    )
    links = "".join(f'<option value="{href}">{esc(label)}</option>' for label, href in _LINKS)
    return f"""<aside class="sidebar">
<section class="side-box side-box--latest"><h2 class="side-box__title">Tin mới nhất</h2><ul>{newest}</ul></section>
<section class="side-box side-box--documents"><h2 class="side-box__title">Văn bản mới</h2><ul>{docs}</ul></section>
<section class="side-box side-box--tags"><h2 class="side-box__title">Từ khóa nổi bật</h2><div class="tags">{tags}</div></section>
<section class="side-box side-box--links"><h2 class="side-box__title">Liên kết website</h2>
<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></section>
</aside>"""


_FOOTER = f"""<footer class="site-footer"><div class="container">
<p class="site-footer__name">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG</p>
<p>Địa chỉ: Số 2 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long</p>
<p>Điện thoại: 0270 3822 160 – Fax: 0270 3823 773 – Email: sgddt@vinhlong.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Lê Văn Hòa – Giám đốc Sở</p>
<p>Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Vĩnh Long. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
<div class="visitor-counter"><span>Đang truy cập: 41</span> · <span>Hôm nay: 1.286</span> · <span>Tổng lượt truy cập: 2.418.903</span></div>
<p class="site-footer__credit">Thiết kế và phát triển: <a href="https://hanoiweb.vn" target="_blank" rel="noopener">Công ty CP Giải pháp số Hà Nội</a>
· <a href="/neos/login" rel="nofollow">Quản trị</a></p>
</div></footer>
<div id="klaro" class="klaro"><div class="cookie-notice" role="dialog" aria-live="polite"><div class="cn-body">
<p id="id-cookie-notice">Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Bạn có thể chấp nhận hoặc từ chối các cookie không bắt buộc.</p>
<div class="cn-ok"><button class="cm-btn cm-btn-success" type="button">Đồng ý</button>
<button class="cm-btn cm-btn-danger cn-decline" type="button">Từ chối</button></div>
</div></div></div>
<script src="{STATIC}/JavaScript/main.js?bust=8c41d2e7"></script>"""


def _page(
    request: Request,
    *,
    title: str,
    body: str,
    canonical: str,
    kind: str,
    description: str = "",
    en_href: str | None = None,
    noindex: bool = False,
    sidebar: bool = True,
) -> str:
    base = base_url(request)
    head = [f'<link rel="canonical" href="{base}{canonical}" />']
    if en_href:
        head.append(f'<link rel="alternate" hreflang="vi" href="{base}{canonical}" />')
        head.append(f'<link rel="alternate" hreflang="en" href="{base}{en_href}" />')
    if description:
        head.append(f'<meta name="description" content="{esc(description)}" />')
    if noindex:
        head.append('<meta name="robots" content="noindex,follow" />')
    full_title = f"{title} - {SITE}" if title != SITE else SITE
    side = _sidebar() if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
{_NEOS_COMMENT}
<head>
<meta charset="UTF-8" />
<title>{esc(full_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
{"".join(head)}
<meta property="og:type" content="website" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{base}{canonical}" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="{STATIC}/Styles/main.css?bust=3f9a1c2e" />
<link rel="icon" href="{STATIC}/Images/favicon.ico" />
<script defer src="/_Resources/Static/Packages/Sandstorm.CookiePunch/klaro/klaro-no-css.js"></script>
</head>
<body class="page page--{kind}">
<a class="skip-link" href="#main">Bỏ qua điều hướng</a>
{_header(canonical, en_href or ("/en" if canonical == "/" else None))}
<main id="main" class="page-main"><div class="container page-main__row">
<div class="page-main__content">
{body}
</div>
{side}
</div></main>
{_FOOTER}
</body>
</html>"""


# --- the main content collection -----------------------------------------------------------------


def _para(p: P, story: Story) -> str:
    styles = p.style.split()
    markup = text(p.text, nfd="nfd" in styles)
    if "nbsp" in styles:
        markup = markup.replace(", ", ",&nbsp;", 1)  # CKEditor keeps a typed double space as &nbsp;
    if "link" in styles:
        anchor, href = story.opts["link"]
        markup = markup.replace(anchor, f'<a href="{esc(href)}" target="_blank">{anchor}</a>', 1)
    return markup


def _text_node(items: list[tuple[str, str]]) -> str:
    """A Neos.NodeTypes:Text node; consecutive list items and table rows grouped as CKEditor 5 does."""
    out: list[str] = []
    i = 0
    while i < len(items):
        kind, markup = items[i]
        if kind in ("li", "ol", "th", "tr"):
            group = [kind] if kind in ("li", "ol") else ["th", "tr"]
            j = i
            while j < len(items) and items[j][0] in group:
                j += 1
            run = items[i:j]
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{m}</li>" for _, m in run) + "</ul>")
            elif kind == "ol":
                out.append("<ol>" + "".join(f"<li>{m}</li>" for _, m in run) + "</ol>")
            else:
                head = "".join(
                    "<thead><tr>"
                    + "".join(f"<th>{c}</th>" for c in m.split(" | "))
                    + "</tr></thead>"
                    for k, m in run
                    if k == "th"
                )
                rows = "".join(
                    "<tr>" + "".join(f"<td>{c}</td>" for c in m.split(" | ")) + "</tr>"
                    for k, m in run
                    if k == "tr"
                )
                out.append(
                    f'<figure class="table"><table>{head}<tbody>{rows}</tbody></table></figure>'
                )
            i = j
            continue
        out.append(markup if kind == "raw" else f"<p>{markup}</p>")
        i += 1
    return '<div class="neos-nodetypes-text"><div>' + "".join(out) + "</div></div>"


def _image_node(img: Img) -> str:
    size = re.search(r"-(\d+)x(\d+)\.\w+$", img.src)
    dims = f' width="{size.group(1)}" height="{size.group(2)}"' if size else ""
    alt = esc(img.printed or "")
    caption = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    return f'<div class="neos-nodetypes-image"><figure><img src="{img.src}" alt="{alt}" title=""{dims} />{caption}</figure></div>'


def _content(story: Story) -> str:
    """The article's content collection, node by node, from its blocks."""
    nodes: list[str] = []
    text_items: list[tuple[str, str]] = []
    column: list[str] = []

    def flush() -> None:
        if text_items:
            nodes.append(_text_node(text_items))
            text_items.clear()

    for block in story.blocks:
        if isinstance(block, P):
            styles = block.style.split()
            if "col" in styles:
                column.append(f"<p>{_para(block, story)}</p>")
                continue
            if "h2" in styles:
                flush()
                nodes.append(
                    f'<div class="neos-nodetypes-headline"><h2>{esc(block.text)}</h2></div>'
                )
                continue
            if "new" in styles:
                flush()
            kind = next((k for k in ("li", "ol", "th", "tr") if k in styles), "p")
            text_items.append((kind, _para(block, story)))
        elif isinstance(block, Img):
            flush()
            if block.style == "col":
                left = '<div class="neos-nodetypes-text"><div>' + "".join(column) + "</div></div>"
                nodes.append(
                    '<div class="neos-nodetypes-columnlayouts-twocolumn"><div class="container columns-2">'
                    f'<div class="column column--left"><div class="neos-contentcollection">{left}</div></div>'
                    f'<div class="column column--right"><div class="neos-contentcollection">{_image_node(block)}'
                    "</div></div></div></div>"
                )
                column.clear()
            else:
                nodes.append(_image_node(block))
        elif block is NEW_TEXT:
            flush()
        elif block.html.startswith('<ul class="neos-nodetypes-assetlist"'):
            flush()
            nodes.append(block.html)
        else:
            text_items.append(("raw", block.html))
    flush()
    return "\n".join(nodes)


def _related(story: Story) -> str:
    same = [s for s in STORIES if s.cat == story.cat and s is not story]
    at = STORIES.index(story)
    same.sort(key=lambda s: abs(STORIES.index(s) - at))
    cards = "".join(
        f'<div class="related-news__card"><a href="{article_path(s)}"><img src="{_thumb(s)}" alt="" width="400" '
        f'height="267" /></a><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<time datetime="{s.published_at}">{_dots(s.published_at)}</time></div>'
        for s in same[:3]
    )
    return (
        '<section class="related-news"><h2 class="related-news__title">Bài viết liên quan</h2>'
        f'<div class="related-news__grid">{cards}</div></section>'
    )


def _article_page(request: Request, story: Story) -> Response:
    path = article_path(story)
    cat_title, cat_path = CATS[story.cat]
    en = en_path(story) if "en" in story.opts else None
    tags = " ".join(
        f'<a href="/tim-kiem?search={quote(t)}">{esc(t)}</a>' for t in story.opts.get("tags", [])
    )
    share_url = quote(base_url(request) + path, safe="")
    body = f"""{_crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html"), (cat_title, cat_path), (story.title, None)])}
<article class="news-detail neos-contentcollection">
<header class="news-detail__header">
<span class="news-detail__kicker">{esc(cat_title)}</span>
<h1 class="news-detail__title">{esc(story.title)}</h1>
<time class="news-detail__date" datetime="{story.published_at}">{_dots(story.published_at)}</time>
<p class="news-detail__teaser">{esc(story.summary or "")}</p>
</header>
<div class="news-detail__body neos-contentcollection">
{_content(story)}
</div>
</article>
{f'<div class="news-detail__tags"><span>Từ khóa:</span> {tags}</div>' if tags else ""}
<div class="news-detail__share"><span>Chia sẻ:</span>
<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>
<a class="share share--zalo" href="https://sp.zalo.me/share_inline?u={share_url}" target="_blank" rel="noopener">Zalo</a>
<a class="share share--print" href="javascript:window.print()">In bài</a>
<button class="share share--copy" type="button" data-url="{base_url(request)}{path}">Sao chép liên kết</button></div>
{_related(story)}"""
    page = _page(
        request,
        title=story.title,
        body=body,
        canonical=path,
        kind="news",
        description=story.summary or "",
        en_href=en,
    )
    return html(page)


# --- lists, home, search -------------------------------------------------------------------------


def _list_item(story: Story, kicker: bool) -> str:
    href = article_path(story)
    kick = f'<span class="news-list__kicker">{esc(CATS[story.cat][0])}</span>' if kicker else ""
    return f"""<div class="news-list__item">
<a class="news-list__image" href="{href}"><img src="{_thumb(story)}" alt="{esc(story.title)}" width="400" height="267" /></a>
<div class="news-list__body">{kick}
<h3 class="news-list__title"><a href="{href}">{esc(story.title)}</a></h3>
<time class="news-list__date" datetime="{story.published_at}">{_dots(story.published_at)}</time>
<p class="news-list__teaser">{esc(_crop(story.summary or ""))}</p>
<a class="news-list__more" href="{href}">Xem thêm ›</a>
</div></div>"""


#: list pages: path -> (title, category key or None for the news root)
LISTS = {
    "/tin-tuc.html": ("Tin tức", None),
    "/tin-tuc/hoat-dong-nganh.html": ("Hoạt động ngành", "hdn"),
    "/tin-tuc/thong-bao.html": ("Thông báo", "tb"),
}


def _list_page(request: Request) -> Response:
    path = request.path
    title, key = LISTS[path]
    items = [s for s in STORIES if key is None or s.cat == key]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    current = _page_number(request, PAGER_ARG)
    chunk = items[(current - 1) * PAGE_SIZE : current * PAGE_SIZE]
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html" if key else None)]
    if key:
        crumbs.append((title, None))
    listing = "\n".join(_list_item(s, kicker=key is None) for s in chunk)
    if not chunk:
        listing = '<p class="news-list__empty">Không có bài viết nào.</p>'
    subnav = ""
    if key is None:
        subnav = (
            '<ul class="subpages"><li><a href="/tin-tuc/hoat-dong-nganh.html">Hoạt động ngành</a></li>'
            '<li><a href="/tin-tuc/thong-bao.html">Thông báo</a></li></ul>'
        )
    body = f"""{_crumbs(crumbs)}
<h1 class="page-title">{esc(title)}</h1>
{subnav}
<div class="news-list neos-contentcollection">
{listing}
</div>
{_paginator(path, current, pages) if current <= pages else ""}"""
    return html(_page(request, title=title, body=body, canonical=path, kind="list"))


def _home(request: Request) -> Response:
    featured = [H2, H3, H4, H1]  # the slider's shortcut nodes, in the editors' order
    slides = "\n".join(
        f"""<div class="hero-slider__item">
<a href="{s.opts["shortcut"]}"><img src="{_thumb(s, "800x450")}" alt="" width="800" height="450" /></a>
<div class="hero-slider__caption"><h3><a href="{s.opts["shortcut"]}">{esc(s.title)}</a></h3>
<p>{esc(_crop(s.summary or "", 120))}</p></div></div>"""
        for s in featured
    )

    def block(key: str, count: int) -> str:
        title, path = CATS[key]
        entries = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <time datetime="{s.published_at}">'
            f"{_dots(s.published_at)}</time></li>"
            for s in [s for s in STORIES if s.cat == key][:count]
        )
        return (
            f'<section class="home-block"><h2 class="home-block__title"><a href="{path}">{esc(title)}</a></h2>'
            f'<ul class="home-block__list">{entries}</ul><a class="home-block__more" href="{path}">Xem tất cả</a></section>'
        )

    body = f"""<h1 class="visually-hidden">{esc(SITE)}</h1>
<section class="hero-slider" aria-label="Tin nổi bật"><h2 class="hero-slider__title">Tin nổi bật</h2>
{slides}
</section>
{block("hdn", 4)}
{block("tb", 4)}
<section class="home-banners">
<a href="https://thi.moet.gov.vn" target="_blank" rel="noopener"><img src="{STATIC}/Images/banner-thi-tot-nghiep.png" alt="Thi tốt nghiệp THPT" /></a>
<a href="https://tuyensinh.vinhlong.edu.vn" target="_blank" rel="noopener"><img src="{STATIC}/Images/banner-tuyen-sinh.png" alt="Tuyển sinh đầu cấp" /></a>
</section>"""
    return html(_page(request, title=SITE, body=body, canonical="/", kind="home"))


def _search_page(request: Request) -> Response:
    term = (request.params.get("search") or "").strip()
    found = []
    if term:
        needle = _norm(term)
        for s in STORIES:
            hay = _norm(" ".join([s.title, s.summary or "", *s.opts.get("tags", [])]))
            if needle in hay:
                found.append(s)
    pages = max(1, -(-len(found) // SEARCH_PAGE_SIZE))
    current = _page_number(request, SEARCH_PAGER_ARG)
    chunk = found[(current - 1) * SEARCH_PAGE_SIZE : current * SEARCH_PAGE_SIZE]
    results = "\n".join(
        f'<li class="search-result"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f"<p>{esc(_crop(s.summary or ''))}</p></li>"
        for s in chunk
    )
    if term:
        summary = f'<p class="search-summary">Tìm thấy {len(found)} kết quả cho “{esc(term)}”.</p>'
    else:
        summary = '<p class="search-summary">Vui lòng nhập từ khóa để tìm kiếm.</p>'
    pager = ""
    if term and current <= pages:
        pager = _paginator("/tim-kiem", current, pages, SEARCH_PAGER_ARG, f"search={quote(term)}&")
    body = f"""{_crumbs([("Trang chủ", "/"), ("Tìm kiếm", None)])}
<h1 class="page-title">Tìm kiếm</h1>
<form class="search-form" action="/tim-kiem" method="get"><input type="search" name="search" value="{esc(term)}" />
<button type="submit">Tìm kiếm</button></form>
{summary}
<ol class="search-results">{results}</ol>
{pager}"""
    return html(
        _page(
            request, title="Tìm kiếm", body=body, canonical="/tim-kiem", kind="search", noindex=True
        )
    )


# --- static pages ---------------------------------------------------------------------------------

_INTRO = """<div class="neos-nodetypes-text"><div>
<p>Sở Giáo dục và Đào tạo tỉnh Vĩnh Long là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu,
giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục
thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế
và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của
Bộ Giáo dục và Đào tạo.</p>
</div></div>
<div class="neos-nodetypes-headline"><h2>Nhiệm vụ và quyền hạn</h2></div>
<div class="neos-nodetypes-text"><div><ul>
<li>Trình UBND tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục và đào tạo của tỉnh;</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục tại các cơ sở giáo dục;</li>
<li>Quản lý chất lượng giáo dục, tổ chức các kỳ thi theo quy định;</li>
<li>Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục theo phân cấp.</li>
</ul></div></div>"""

_STAFF = [
    ("Ông Lê Văn Hòa", "Giám đốc Sở", "0270 3822 160"),
    ("Ông Phan Thanh Sơn", "Phó Giám đốc Sở", "0270 3823 415"),
    ("Bà Nguyễn Thị Kim Ngân", "Phó Giám đốc Sở", "0270 3827 209"),
    ("Bà Trương Thị Hồng Nhung", "Phó Giám đốc Sở", "0270 3829 118"),
]
_UNITS = [
    "Văn phòng Sở",
    "Thanh tra Sở",
    "Phòng Tổ chức cán bộ",
    "Phòng Kế hoạch – Tài chính",
    "Phòng Giáo dục Mầm non – Tiểu học",
    "Phòng Giáo dục Trung học",
    "Phòng Giáo dục nghề nghiệp – Giáo dục thường xuyên",
    "Phòng Quản lý chất lượng",
]


def _org_chart() -> str:
    rows = "".join(
        f"<tr><td>{esc(n)}</td><td>{esc(r)}</td><td>{esc(t)}</td></tr>" for n, r, t in _STAFF
    )
    units = "".join(f"<li>{esc(u)}</li>" for u in _UNITS)
    return f"""<div class="neos-nodetypes-headline"><h2>Ban Giám đốc</h2></div>
<div class="neos-nodetypes-text"><div><figure class="table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th>
<th>Điện thoại</th></tr></thead><tbody>{rows}</tbody></table></figure></div></div>
<div class="neos-nodetypes-headline"><h2>Các phòng chuyên môn, nghiệp vụ</h2></div>
<div class="neos-nodetypes-text"><div><ul>{units}</ul></div></div>
<div class="neos-nodetypes-image"><figure><img src="{RES}/ee9652662806b75764500bee5001e6192ba3228e/so-do-to-chuc-sgddt-1200x800.png" alt="Sơ đồ tổ chức" width="1200" height="800" /></figure></div>"""


_FORM_NS = "--neos-nodetypes-form"
FORM_ACTION = "/lien-he.html?" + "&".join(
    f"{quote(f'{_FORM_NS}[@{k}]', safe='-')}={v}"
    for k, v in (
        ("package", "neos.nodetypes.form"),
        ("controller", "form"),
        ("action", "submit"),
        ("format", "html"),
    )
)


def _contact_form() -> str:
    def field(name: str, label: str, tag: str = "input") -> str:
        ident = f"contactForm-{name}"
        control = (
            f'<textarea id="{ident}" name="{_FORM_NS}[contactForm][{name}]" rows="6"></textarea>'
            if tag == "textarea"
            else f'<input id="{ident}" type="text" name="{_FORM_NS}[contactForm][{name}]" value="" />'
        )
        return f'<div class="form-group"><label for="{ident}">{label}</label>{control}</div>'

    state = (
        "TmVvcy5Gb3JtOmNvbnRhY3RGb3JtOnBhZ2UtMDphOjA6e30=" + hashlib.sha1(b"contact").hexdigest()
    )
    return f"""<form id="contactForm" class="neos-form" enctype="multipart/form-data" method="post" action="{esc(FORM_ACTION)}">
<div style="display: none">
<input type="hidden" name="{_FORM_NS}[contactForm][__state]" value="{state}" />
<input type="hidden" name="{_FORM_NS}[__trustedProperties]" value="a:1:{{s:11:&quot;contactForm&quot;;a:4:{{}}}}{hashlib.sha1(b"tp").hexdigest()}" />
<input type="hidden" name="{_FORM_NS}[__referrer][@package]" value="Neos.Neos" />
<input type="hidden" name="{_FORM_NS}[__referrer][@controller]" value="Frontend\\Node" />
<input type="hidden" name="{_FORM_NS}[__referrer][@action]" value="show" />
</div>
<fieldset><legend>Gửi ý kiến, câu hỏi</legend>
{field("name", "Họ và tên")}
{field("email", "Thư điện tử")}
{field("subject", "Tiêu đề")}
{field("message", "Nội dung", "textarea")}
</fieldset>
<div class="actions"><button type="submit" name="{_FORM_NS}[contactForm][__currentPage]" value="1">Gửi</button></div>
</form>"""


def _static_page(request: Request) -> Response:
    path = request.path
    if path == "/gioi-thieu.html":
        title, crumbs, content = "Giới thiệu", [("Trang chủ", "/"), ("Giới thiệu", None)], _INTRO
    elif path == "/gioi-thieu/co-cau-to-chuc.html":
        title = "Cơ cấu tổ chức"
        crumbs = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu.html"), (title, None)]
        content = _org_chart()
    else:
        title, crumbs = "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)]
        content = f"""<div class="neos-nodetypes-text"><div>
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG</strong></p>
<p>Địa chỉ: Số 2 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long</p>
<p>Điện thoại: 0270 3822 160 – Email: sgddt@vinhlong.gov.vn</p>
</div></div>
<div class="neos-nodetypes-html"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3925.2!2d105.97!3d10.25" width="100%" height="320" loading="lazy" title="Bản đồ"></iframe></div>
{_contact_form()}"""
    body = f"""{_crumbs(crumbs)}
<h1 class="page-title">{esc(title)}</h1>
<div class="page-content neos-contentcollection">
{content}
</div>"""
    return html(_page(request, title=title, body=body, canonical=path, kind="page"))


def _contact_sent(request: Request) -> Response:
    body = f"""{_crumbs([("Trang chủ", "/"), ("Liên hệ", None)])}
<h1 class="page-title">Liên hệ</h1>
<div class="neos-form-confirmation"><p>Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p></div>"""
    return html(_page(request, title="Liên hệ", body=body, canonical="/lien-he.html", kind="page"))


# --- the English dimension -------------------------------------------------------------------------

EN_STORIES = [s for s in STORIES if "en" in s.opts]
EN_SITE = "Department of Education and Training of Vinh Long Province"


def _en_page(
    request: Request, title: str, body: str, canonical: str, vi_href: str | None
) -> Response:
    base = base_url(request)
    alternates = ""
    if vi_href:
        alternates = (
            f'<link rel="alternate" hreflang="vi" href="{base}{vi_href}" />'
            f'<link rel="alternate" hreflang="en" href="{base}{canonical}" />'
        )
    page = f"""<!DOCTYPE html>
<html lang="en">
{_NEOS_COMMENT}
<head>
<meta charset="UTF-8" />
<title>{esc(title if title == EN_SITE else f"{title} - {EN_SITE}")}</title>
<link rel="canonical" href="{base}{canonical}" />{alternates}
<link rel="stylesheet" href="{STATIC}/Styles/main.css?bust=3f9a1c2e" />
</head>
<body class="page page--en">
<div class="topbar"><div class="container"><span class="topbar__date">Thursday, 03/12/2026</span>
{_lang_menu(vi_href, canonical, "en")}</div></div>
<header class="site-header"><div class="container"><a class="site-header__brand" href="/en">
<img src="{STATIC}/Images/logo-sgddt.png" alt="Logo" /><strong>{EN_SITE}</strong></a></div></header>
<nav class="main-nav"><ul class="main-nav__list"><li><a href="/en">Home</a></li><li><a href="/en/news.html">News</a></li></ul></nav>
<main id="main" class="page-main"><div class="container">
{body}
</div></main>
<footer class="site-footer"><div class="container"><p>Address: 2 Hoang Thai Hieu Street, Thanh Duc Ward, Vinh Long Province</p>
<p>Phone: 0270 3822 160 – Email: sgddt@vinhlong.gov.vn</p></div></footer>
</body>
</html>"""
    return html(page)


def _en_list(request: Request) -> Response:
    path = request.path
    title = {
        "/en": EN_SITE,
        "/en/news.html": "News",
        "/en/news/sector-activities.html": "Sector activities",
    }[path]
    items = "".join(
        f'<li><a href="{en_path(s)}">{esc(s.opts["en"]["title"])}</a> <time datetime="{s.published_at}">'
        f"{_dots(s.published_at)}</time></li>"
        for s in EN_STORIES
    )
    vi = {
        "/en": "/",
        "/en/news.html": "/tin-tuc.html",
        "/en/news/sector-activities.html": "/tin-tuc/hoat-dong-nganh.html",
    }
    body = f'<h1 class="page-title">{esc(title)}</h1><ul class="news-list">{items}</ul>'
    return _en_page(request, title, body, path, vi[path])


def _en_article(request: Request, story: Story) -> Response:
    en = story.opts["en"]
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in en["body"])
    crumbs = [
        ("Home", "/en"),
        ("News", "/en/news.html"),
        ("Sector activities", "/en/news/sector-activities.html"),
    ]
    body = f"""{_crumbs([*crumbs, (en["title"], None)])}
<article class="news-detail neos-contentcollection">
<header class="news-detail__header"><span class="news-detail__kicker">Sector activities</span>
<h1 class="news-detail__title">{esc(en["title"])}</h1>
<time class="news-detail__date" datetime="{story.published_at}">{_dots(story.published_at)}</time>
<p class="news-detail__teaser">{esc(en["teaser"])}</p></header>
<div class="news-detail__body neos-contentcollection"><div class="neos-nodetypes-text"><div>{paragraphs}</div></div></div>
</article>"""
    return _en_page(request, en["title"], body, en_path(story), article_path(story))


# --- robots, sitemaps, backend, resources ------------------------------------------------------------

_FORBIDDEN = (
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
    "<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

#: the vi documents the sitemap lists besides the articles: (path, lastmod)
_SITEMAP_PAGES = [
    ("/", "2026-12-01T16:20:11+07:00"),
    ("/gioi-thieu.html", "2025-08-14T09:31:02+07:00"),
    ("/gioi-thieu/co-cau-to-chuc.html", "2025-09-02T15:12:40+07:00"),
    ("/tin-tuc.html", "2022-10-18T10:05:37+07:00"),
    ("/tin-tuc/hoat-dong-nganh.html", "2022-10-18T10:06:02+07:00"),
    ("/tin-tuc/thong-bao.html", "2022-10-18T10:06:20+07:00"),
    ("/lien-he.html", "2025-08-14T09:40:55+07:00"),
]


def _robots(request: Request) -> Response:
    base = base_url(request)
    body = f"# robots.txt\nUser-agent: *\nDisallow: /neos/\n\nSitemap: {base}/sitemap.xml\nSitemap: {base}/en/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _sitemap(request: Request, english: bool) -> Response:
    base = base_url(request)
    if english:
        entries = [("/en", "2026-11-25T11:02:09+07:00")] + [
            (en_path(s), f"{s.published_at}T17:45:00+07:00") for s in EN_STORIES
        ]
    else:
        entries = list(_SITEMAP_PAGES) + [
            (
                article_path(s),
                s.opts.get("lastmod")
                or f"{s.published_at}T{8 + s.id % 9:02d}:{s.id % 60:02d}:00+07:00",
            )
            for s in STORIES
        ]
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


def _pdf_files() -> dict[str, str]:
    """Persistent-resource path -> file name, for every PDF the site links."""
    files = {f"{RES}/{h}/{name}": name for _t, h, name, _d in DOCUMENTS}
    for story in STORIES:
        for block in story.blocks:
            if isinstance(block, Raw):
                for href in re.findall(r'href="([^"]+\.pdf)"', block.html):
                    files[href] = href.rsplit("/", 1)[1]
    return files


class NeosSite:
    """The Neos site behind nginx: routes by document URI, shortcuts, dimensions, resources."""

    def __init__(self) -> None:
        self.articles = {article_path(s): s for s in STORIES}
        self.english = {en_path(s): s for s in EN_STORIES}
        self.shortcuts = {
            s.opts["shortcut"]: article_path(s) for s in STORIES if "shortcut" in s.opts
        }
        self.shortcuts["/noi-bat.html"] = "/tin-tuc.html"
        self.pdfs = _pdf_files()

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/neos" or path.startswith("/neos/"):
            return html(_FORBIDDEN, status=403, headers={"Server": "nginx"})
        if path.startswith("/_Resources/"):
            return self._resource(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return _robots(request)
        if path in ("/sitemap.xml", "/en/sitemap.xml"):
            return _sitemap(request, english=path.startswith("/en/"))
        if path in self.shortcuts:
            return redirect(base_url(request) + self.shortcuts[path], status=301)
        if request.method == "POST":
            return _contact_sent(request) if path == "/lien-he.html" else None
        if path == "/":
            return _home(request)
        if path in LISTS:
            return _list_page(request)
        if path in self.articles:
            return _article_page(request, self.articles[path])
        if path in ("/gioi-thieu.html", "/gioi-thieu/co-cau-to-chuc.html", "/lien-he.html"):
            return _static_page(request)
        if path == "/tim-kiem":
            return _search_page(request)
        if path in ("/en", "/en/news.html", "/en/news/sector-activities.html"):
            return _en_list(request)
        if path in self.english:
            return _en_article(request, self.english[path])
        return None

    def _resource(self, path: str) -> Response | None:
        if path in self.pdfs:
            name = self.pdfs[path]
            headers = {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'inline; filename="{name}"',
            }
            return Response(200, PDF, headers)
        if path.startswith(RES) and unquote(path).lower().endswith(".pdf"):
            return None
        return static_file(path)


def build_site() -> NeosSite:
    return NeosSite()
