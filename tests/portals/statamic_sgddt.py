"""Sở GD&ĐT Cao Bằng on Statamic 4 (Laravel, flat-file content, Antlers, Tailwind CSS, Alpine.js).

The platform imitated
---------------------
A provincial Department of Education site rebuilt in 2024 by a Hanoi web agency on Statamic 4:
content lives in Markdown/YAML files, templates are Antlers with Tailwind utility classes
everywhere (no semantic class names: ``mx-auto max-w-7xl px-4``, ``text-3xl font-bold
text-slate-900``, ``prose prose-slate max-w-none``, ``text-sm text-slate-500``), the menus are
Alpine.js components (``x-data``, ``x-show``, ``@click``) and the mobile menu is an off-canvas
panel that repeats the whole navigation. Assets are built by Vite (``/build/assets/…``). Images
are served by Statamic's Glide route with signed URLs: ``/img/asset/<base64 of the asset
path>?w=1200&fit=crop&s=<signature>``; a wrong or missing signature answers 403.

What the portal serves
----------------------
- ``/`` home: a featured entry, the four next news entries, the three notices, side boxes.
- Collection "tin-tuc" (news), route ``/tin-tuc/{year}/{slug}`` (the year of the entry's date,
  so the one 2025 entry lives under ``/tin-tuc/2025/…``); listing ``/tin-tuc`` paginated by
  Statamic's ``paginate="8"``: ``/tin-tuc?page=2`` (Laravel prints ``?page=1`` for the first
  page in the pager too). 10 entries: page 1 holds eight, page 2 two.
- Collection "thong-bao" (notices), route ``/thong-bao/{slug}``; listing ``/thong-bao`` (three
  entries, one page).
- Taxonomy "chuyen-muc" attached to both collections, term pages ``/chuyen-muc/<slug>``
  paginated the same way (8 per page). "Hoạt động ngành" holds nine entries (some entries carry
  two terms; the first one is the one the entry page names), so it has a ``?page=2``.
- Collection "van-ban" (documents): ``/van-ban`` and ``/van-ban/<slug>`` (a metadata table and a
  download card); collection "thu-vien-anh" (albums): ``/thu-vien-anh`` and
  ``/thu-vien-anh/<slug>`` (a photo grid). Pages ``/gioi-thieu``, ``/co-cau-to-chuc``,
  ``/lien-he`` (contact form posting to ``/!/forms/lien-he``).
- "Lưu trữ" ``/luu-tru?nam=2026&thang=11``: entries of one month, filtered by the query; every
  combination answers 200 (unknown or absurd values give an empty list), and every archive page
  links every month from 12/2026 back to 1/2015 (144 links, almost all empty).
- Search ``/tim-kiem?q=…&page=N`` (the header's GET form, and the footer's "Từ khóa" links).
- ``/robots.txt`` is Laravel's default (allow all). There is no sitemap.

Entry page
----------
Breadcrumb ``<ol>`` ("Trang chủ" › "Tin tức" or "Thông báo" › the entry's first term; a notice
without a term stops at "Thông báo"), ``<h1>``, a meta line ``<time datetime="2026-11-14">
14/11/2026</time> · <a>term</a>`` (a day only: the template never prints a time), the "sapo"
field as ``p.text-lg.font-medium``, then the Bard field "noi_dung" rendered set by set:

- text: tiptap's HTML (``p``, ``h2``, ``h3``, lists whose items wrap a ``<p>``, tables whose
  cells wrap a ``<p>``, empty ``<p></p>`` left by the editor, ``style="text-align: right"``);
- "anh": ``<figure>`` with a Glide ``<img>`` and a ``<figcaption>`` (omitted when the caption
  field is empty);
- "trich_dan": ``<blockquote>`` with the quote's paragraph(s) and a ``<cite>`` (the dash before
  the cite is drawn by CSS, ``before:content-['—']``);
- "tep_dinh_kem": a download card "Tải xuống: <file>.pdf (245 KB)";
- "video": a YouTube ``<iframe>`` in an ``aspect-video`` box.

Then "Người viết: …" (the author field, a free text field: editors type names, offices or their
login), "Nguồn: …" (the source field), share buttons, an "In bài" link to ``?in=1`` (the same
page with a print stylesheet and ``window.print()``), and "Tin cùng chuyên mục" (four cards of
the first term's other entries, Glide thumbnails). ``<link rel=canonical>`` (SEO Pro) is the
absolute permalink without query, on ``?in=1`` too.

How each gold article is reached
--------------------------------
The home page links the five newest news entries and all three notices; ``/tin-tuc`` and
``/tin-tuc?page=2`` link all ten news entries; ``/thong-bao`` the three notices; term pages
again; the side box "Tin mới" the five newest of both collections.

Traps
-----
- Glide URLs carry a signature: the image's address is the whole ``path?query``; the same asset
  at other sizes (``w=400&h=250`` thumbnails in listings and related cards) is a different,
  non-article image. The logo, banners and placeholders are plain ``/assets/…`` files.
- ``/luu-tru`` query combinations (144 month links on every archive page, all 200).
- Statamic action routes: ``/!/forms/lien-he`` (contact form action; GET answers Laravel's 405,
  POST redirects back to /lien-he) and ``/!/auth/login`` (the login form in the header's Alpine
  modal; GET 405, POST redirects back). ``/cp`` redirects to the control panel's login page.
- ``?page`` beyond the end (``/tin-tuc?page=3``, ``/chuyen-muc/…?page=9``) answers 200 with
  "Chưa có bài viết." and no pager; ``?page=0`` or ``?page=abc`` is page 1.
- ``/tim-kiem?q=…&page=…`` result pages (any query answers 200).
- "In bài" ``?in=1`` on every entry: the same article (listed in ``alt_paths``).
- A trailing slash (``/tin-tuc/``) answers 301 to the address without it (Laravel's .htaccess).
- Album and document pages have an ``<h1>`` and a date but are not articles.

Gold decisions (as a careful reader decides)
--------------------------------------------
- title: the ``<h1>`` (Antlers prints it raw: "GD&ĐT" with a bare ampersand).
- published_at: the ``<time>`` day, ``YYYY-MM-DD`` (no time is printed anywhere).
- summary: the sapo field; it is also the body's first paragraph. The 2-line notice "Lịch tiếp
  công dân tháng 12/2026" has no sapo: summary None.
- body: the sapo, then the Bard text sets: paragraphs, headings, list items, table rows (cells
  joined by " | "), the quote's paragraphs and its cite line as separate paragraphs. Not in the
  body: figcaptions, download cards, videos, empty paragraphs, the right-aligned "Ảnh: …" line
  an editor typed at the end of one entry, "Người viết:", "Nguồn:", share and related widgets.
- authors: the "Người viết:" field read as a reader does: "ThS. Đàm Thị Lan" -> "Đàm Thị Lan";
  "Nông Văn Dũng, Lục Thị Hằng" -> two names; offices as printed ("Văn phòng Sở", "Phòng KH-TC",
  "Phòng GDMN", "Phòng QLCL"); the login "bientap" credits nobody; no field -> [].
- photographers: "Ảnh: Triệu Văn Tâm" typed at the end of the Bard text of the culture-day entry;
  the caption suffix "(Ảnh: Đinh Hồng Quân)" in the Cốc Pàng entry (the caption keeps the
  suffix: it is the line printed under the photo).
- source: the "Nguồn:" field as printed ("Báo Cao Bằng", "Báo và Phát thanh, Truyền hình Cao
  Bằng": one source, its comma is part of the name); None when absent.
- images: the Bard "anh" sets in order, at their 1200-wide Glide address; caption = figcaption
  or None when the set has no caption.
- category: the breadcrumb's last item (the first term; "Thông báo" for the notice without one).

Text: the Cốc Pàng entry was pasted from a Mac (decomposed Unicode, NFD); tiptap escapes quotes
as ``&quot;``; a few no-break spaces; "&" in titles and text.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import unicodedata
from urllib.parse import quote_plus

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

NAME = "statamic_sgddt"
PLATFORM = "Statamic 4 (Laravel, Antlers, Tailwind CSS, Alpine.js), Glide images"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"
SITE_SHORT = "Sở GD&ĐT Cao Bằng"
PER_PAGE = 8
GLIDE_KEY = "base64:9bV3c1Qk0xZk2Lr8pT4u0nWq7yA6sD5fG3hJ2kL1mN0="
VITE_CSS = "/build/assets/site-4f8e2a1c.css"
VITE_JS = "/build/assets/site-9b1d7e03.js"


def glide(asset: str, **params: object) -> str:
    """A signed Glide URL for an asset of the "assets" container (the path Statamic prints)."""
    enc = base64.urlsafe_b64encode(f"assets/{asset}".encode()).decode().rstrip("=")
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/img/asset/{enc}?{query}&s={_signature(enc, dict(params))}"


def _signature(enc: str, params: dict) -> str:
    signed = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.md5(f"{GLIDE_KEY}:img/asset/{enc}?{signed}".encode()).hexdigest()


def G(asset: str) -> str:
    """The 1200-wide content image of a Bard "anh" set."""
    return glide(asset, w=1200, fit="crop")


TERMS = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "chuyen-doi-so": "Chuyển đổi số",
    "thi-tuyen-sinh": "Thi - Tuyển sinh",
    "to-chuc-can-bo": "Tổ chức cán bộ",
}
COLLECTIONS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}


# --- Bard blocks -----------------------------------------------------------------------------
# P styles: "" paragraph, "h2"/"h3" headings, "li"/"oli" list items (consecutive ones form one
# list), "th"/"tr" table rows with cells joined by " | " (consecutive rows form one table),
# "quote" a quote paragraph and "cite" its cite (consecutive ones form one blockquote set),
# "right" a right-aligned paragraph. Raw blocks carry sets that are no article text.


def attachment(file: str, size: str) -> Raw:
    return Raw(
        '<div class="not-prose my-6">'
        f'<a href="/assets/van-ban/{file}" download class="flex items-center gap-3 rounded-lg '
        "border border-slate-200 bg-slate-50 p-4 text-sm font-medium text-sky-800 "
        'hover:bg-sky-50">'
        '<svg class="h-6 w-6 shrink-0" fill="none" viewBox="0 0 24 24" stroke="currentColor">'
        '<path stroke-linecap="round" stroke-width="2" d="M12 4v12m0 0l-4-4m4 4l4-4M4 20h16"/>'
        f"</svg><span>Tải xuống: {esc(file)}</span>"
        f'<span class="ml-auto text-xs text-slate-500">({size})</span></a></div>'
    )


def video(youtube_id: str) -> Raw:
    return Raw(
        '<div class="not-prose my-6 aspect-video overflow-hidden rounded-lg">'
        f'<iframe class="h-full w-full" src="https://www.youtube.com/embed/{youtube_id}" '
        'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; '
        'clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen>'
        "</iframe></div>"
    )


EMPTY_P = Raw("<p></p>")


# --- the entries (what is printed, and beside it what a reader takes) ------------------------

T1 = Story(
    id=101,
    slug="tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    title="Cao Bằng tổng kết năm học 2025-2026, triển khai nhiệm vụ năm học 2026-2027",
    cat="hoat-dong-nganh",
    published_at="2026-08-22",
    summary=(
        "Sáng 21/8, Sở GD&ĐT tổ chức Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm "
        "vụ năm học 2026-2027. Hội nghị được kết nối trực tuyến tới 56 điểm cầu tại các xã, "
        "phường và các trường THPT trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự hội nghị có đồng chí Lê Hải Hòa, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, "
            "ngành liên quan; lãnh đạo Sở GD&ĐT, trưởng các phòng chuyên môn và hiệu trưởng các "
            "trường trực thuộc."
        ),
        Img(
            G("tin-tuc/2026/tong-ket-nam-hoc-hoi-nghi.jpg"),
            "Toàn cảnh Hội nghị tổng kết năm học 2025-2026 tại điểm cầu Sở GD&ĐT",
            "Toàn cảnh Hội nghị tổng kết năm học 2025-2026 tại điểm cầu Sở GD&ĐT",
        ),
        P("Kết quả nổi bật của năm học 2025-2026", "h2"),
        P(
            "Năm học 2025-2026 là năm học đầu tiên ngành giáo dục tỉnh vận hành theo mô hình "
            "chính quyền địa phương hai cấp. Toàn ngành đã chủ động rà soát, sắp xếp mạng lưới "
            "trường, lớp; bảo đảm không để học sinh nào phải nghỉ học vì thiếu trường, thiếu "
            "giáo viên."
        ),
        P("Quy mô trường, lớp, học sinh năm học 2025-2026:", ""),
        P("Cấp học | Số trường | Số lớp | Số học sinh", "th"),
        P("Mầm non | 198 | 1.862 | 38.420", "tr"),
        P("Tiểu học | 176 | 3.215 | 61.937", "tr"),
        P("THCS | 142 | 1.496 | 44.108", "tr"),
        P("THPT | 30 | 512 | 18.764", "tr"),
        EMPTY_P,
        P(
            "Chất lượng giáo dục toàn diện có chuyển biến. Tỷ lệ học sinh tốt nghiệp THPT đạt "
            "98,6%; tỉnh có 9 học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia, tăng 3 giải "
            "so với năm học trước."
        ),
        P("Một số hạn chế", "h3"),
        P("Cơ sở vật chất ở một số điểm trường lẻ vùng cao còn thiếu thốn, xuống cấp.", "li"),
        P("Tình trạng thừa, thiếu giáo viên cục bộ chưa được giải quyết triệt để.", "li"),
        P(
            "Tỷ lệ huy động trẻ 3-5 tuổi ra lớp ở một số xã biên giới còn thấp hơn bình quân "
            "chung của tỉnh.",
            "li",
        ),
        P("Nhiệm vụ trọng tâm năm học 2026-2027", "h2"),
        P(
            "Năm học 2026-2027, ngành tập trung thực hiện Chương trình giáo dục phổ thông 2018 "
            "bảo đảm chất lượng; đẩy mạnh chuyển đổi số, triển khai học bạ số ở tất cả các cấp "
            "học; tiếp tục củng cố, nâng cao chất lượng hệ thống trường phổ thông dân tộc nội "
            "trú, bán trú."
        ),
        P(
            "Nhà giáo phải là tấm gương sáng về đạo đức, tự học và sáng tạo; mỗi nhà trường "
            "phải thực sự là một môi trường học tập an toàn, thân thiện, hạnh phúc.",
            "quote",
        ),
        P("Giám đốc Sở GD&ĐT Hoàng Văn Thạch", "cite"),
        Img(
            G("tin-tuc/2026/tong-ket-nam-hoc-khen-thuong.jpg"),
            "Phó Chủ tịch UBND tỉnh Lê Hải Hòa trao Bằng khen cho các tập thể có thành tích "
            "xuất sắc trong năm học 2025-2026",
            "Phó Chủ tịch UBND tỉnh Lê Hải Hòa trao Bằng khen cho các tập thể có thành tích "
            "xuất sắc trong năm học 2025-2026",
        ),
        P(
            "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Hải Hòa ghi nhận những cố gắng của "
            "ngành và đề nghị Sở GD&ĐT chủ động tham mưu tỉnh bố trí nguồn lực xây dựng trường "
            "phổ thông nội trú liên cấp tại các xã biên giới theo chủ trương của Trung ương."
        ),
        P(
            "Dịp này, 24 tập thể và 57 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh vì "
            "có thành tích xuất sắc trong năm học 2025-2026."
        ),
    ],
    authors=["Văn phòng Sở"],
    opts={"coll": "tin-tuc", "terms": ["hoat-dong-nganh"], "nguoi_viet": "Văn phòng Sở"},
)

T2 = Story(
    id=102,
    slug="hon-150-nghin-hoc-sinh-cao-bang-buoc-vao-nam-hoc-moi",
    title="Hơn 150 nghìn học sinh Cao Bằng bước vào năm học mới 2026-2027",
    cat="hoat-dong-nganh",
    published_at="2026-09-05",
    summary=(
        "Sáng 5/9, cùng với học sinh cả nước, hơn 150 nghìn học sinh các cấp học trên địa "
        "bàn tỉnh Cao Bằng hân hoan dự lễ khai giảng năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại Trường THPT Chuyên Cao Bằng, đồng chí Bí thư Tỉnh ủy dự, đánh trống khai "
            "trường và tặng quà nhà trường. Năm học này, trường tuyển mới 315 học sinh lớp 10 ở "
            "10 lớp chuyên và 1 lớp không chuyên."
        ),
        Img(
            G("tin-tuc/2026/khai-giang-danh-trong.jpg"),
            "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới tại Trường THPT Chuyên "
            "Cao Bằng",
            "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới tại Trường THPT Chuyên "
            "Cao Bằng",
        ),
        P(
            "Cũng trong sáng nay, các đồng chí lãnh đạo tỉnh chia thành nhiều đoàn dự lễ khai "
            "giảng tại các trường ở xã Quảng Uyên, xã Trùng Khánh, xã Bảo Lạc và phường Thục "
            "Phán."
        ),
        Img(
            G("tin-tuc/2026/khai-giang-hoc-sinh-lop-1.jpg"),
            "Học sinh lớp 1 Trường Tiểu học Hợp Giang trong ngày khai trường",
            "Học sinh lớp 1 Trường Tiểu học Hợp Giang trong ngày khai trường",
        ),
        P(
            "Năm học 2026-2027, toàn tỉnh có 546 trường học với 152.310 học sinh; trong đó "
            "học sinh dân tộc thiểu số chiếm trên 94%. Ngành đã chuẩn bị đầy đủ sách giáo khoa, "
            "bàn ghế và bố trí đủ giáo viên đứng lớp ngay từ tuần đầu tiên."
        ),
        P(
            "Ở các điểm trường vùng cao, nhiều thầy cô đã lên lớp từ cuối tháng 8 để dọn dẹp, "
            "sửa sang phòng học và vận động học sinh ra lớp đầy đủ."
        ),
        Img(
            G("tin-tuc/2026/khai-giang-diem-truong-lung-pan.jpg"),
            "Lễ khai giảng giản dị tại điểm trường Lũng Pán",
            "Lễ khai giảng giản dị tại điểm trường Lũng Pán",
        ),
        video("k3Vt8xQm2Lw"),
        P(
            "Dịp này, các tổ chức, doanh nghiệp đã trao tặng 1.200 suất quà, 800 bộ sách giáo "
            "khoa cho học sinh có hoàn cảnh khó khăn."
        ),
    ],
    authors=["Hoàng Thị Mai"],
    opts={"coll": "tin-tuc", "terms": ["hoat-dong-nganh"], "nguoi_viet": "Hoàng Thị Mai"},
)

T3 = Story(
    id=103,
    slug="tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-nam-2026",
    title="Tập huấn chuyển đổi số trong quản lý giáo dục năm 2026",
    cat="chuyen-doi-so",
    published_at="2026-09-18",
    summary=(
        "Từ ngày 16 đến 18/9, Sở GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý nhà trường, "
        "học bạ số và hồ sơ điện tử cho hơn 600 cán bộ quản lý, giáo viên phụ trách công "
        "nghệ thông tin."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Các học viên được hướng dẫn quy trình ký số học bạ, cập nhật dữ liệu lên cơ sở "
            "dữ liệu ngành và kết nối với hệ thống định danh điện tử VNeID theo Đề án 06 của "
            "Chính phủ."
        ),
        Img(
            G("tin-tuc/2026/tap-huan-chuyen-doi-so.jpg"),
            "Học viên thực hành ký số học bạ trên máy tính",
            "Học viên thực hành ký số học bạ trên máy tính",
        ),
        P("Nội dung tập huấn gồm:"),
        P("Quản trị hệ thống và phân quyền người dùng trên phần mềm quản lý nhà trường;", "oli"),
        P("Lập, ký số và lưu trữ học bạ số cấp tiểu học, THCS, THPT;", "oli"),
        P("Bảo đảm an toàn thông tin, sao lưu dữ liệu định kỳ.", "oli"),
        P(
            "Chuyển đổi số không phải là việc của riêng bộ phận công nghệ thông tin, mà là "
            "việc của từng thầy cô, từng nhà trường.",
            "quote",
        ),
        P("Phó Giám đốc Sở Nông Thị Thúy", "cite"),
        P(
            "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra thực hành. Các "
            "trường phải hoàn thành việc lập học bạ số năm học 2026-2027 trước ngày 31/12/2026."
        ),
    ],
    authors=["Phòng KH-TC"],
    opts={
        "coll": "tin-tuc",
        "terms": ["chuyen-doi-so", "hoat-dong-nganh"],
        "nguoi_viet": "Phòng KH-TC",
    },
)

T4 = Story(
    id=104,
    slug="coc-pang-giu-lua-hoc-tieng-anh-noi-vung-cao",
    title="Cốc Pàng: giữ lửa học tiếng Anh nơi vùng cao",
    cat="giao-duc-dan-toc",
    published_at="2026-10-02",
    summary=(
        "Không có phòng học ngoại ngữ, đường truyền Internet chập chờn, nhưng thầy trò Trường "
        "PTDTBT TH&THCS Cốc Pàng vẫn kiên trì với những giờ học tiếng Anh trực tuyến cùng "
        "giáo viên ở Hà Nội."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi sáng thứ Bảy, phòng học nhỏ của Trường PTDTBT TH&THCS Cốc Pàng lại rộn ràng "
            'tiếng học sinh đọc theo cô giáo trên màn hình. Đây là mô hình "lớp học ghép nối" '
            "do nhà trường phối hợp với một nhóm giáo viên tình nguyện ở Hà Nội thực hiện từ "
            "năm học trước."
        ),
        Img(
            G("tin-tuc/2026/coc-pang-lop-tieng-anh.jpg"),
            "Học sinh Trường PTDTBT TH&THCS Cốc Pàng trong giờ học tiếng Anh trực tuyến (Ảnh: "
            "Đinh Hồng Quân)",
            "Học sinh Trường PTDTBT TH&THCS Cốc Pàng trong giờ học tiếng Anh trực tuyến (Ảnh: "
            "Đinh Hồng Quân)",
        ),
        P(
            "Thầy Hoàng Văn Khánh, Hiệu trưởng nhà trường cho biết, 100% học sinh của trường "
            'là người dân tộc Mông, Dao; nhiều em chỉ nói thạo tiếng Việt khi lên lớp 3. "Học '
            'thêm một ngoại ngữ là thử thách rất lớn, nhưng các em ham học lắm", thầy Khánh '
            "nói."
        ),
        P(
            "Sau một năm, tỷ lệ học sinh lớp 5 đạt yêu cầu môn tiếng Anh tăng từ 61% lên 83%. "
            "Năm học này, nhà trường mở rộng mô hình cho cả học sinh THCS."
        ),
        Img(
            G("tin-tuc/2026/coc-pang-giao-vien.jpg"),
            "Cô giáo Lục Thị Huyền hướng dẫn học sinh phát âm",
            "Cô giáo Lục Thị Huyền hướng dẫn học sinh phát âm",
        ),
        P(
            "Để duy trì lớp học, nhà trường đề nghị các cấp hỗ trợ thêm thiết bị thu phát "
            "sóng và một phòng học bộ môn ngoại ngữ đạt chuẩn."
        ),
    ],
    authors=["Nông Văn Dũng", "Lục Thị Hằng"],
    photographers=["Đinh Hồng Quân"],
    source="Báo Cao Bằng",
    opts={
        "coll": "tin-tuc",
        "terms": ["giao-duc-dan-toc"],
        "nguoi_viet": "Nông Văn Dũng, Lục Thị Hằng",
        "nguon": "Báo Cao Bằng",
        "nfd": True,
    },
)

T5 = Story(
    id=105,
    slug="be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi",
    title="Bế mạc Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XI",
    cat="hoat-dong-nganh",
    published_at="2025-12-30",
    summary=(
        "Sau 5 ngày tranh tài sôi nổi, chiều 29/12, Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ "
        "XI, năm 2025 đã bế mạc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội khỏe thu hút 1.350 vận động viên là học sinh của các trường trên địa bàn tỉnh "
            "tham gia tranh tài ở 9 môn: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, cờ "
            "vua, đá cầu, bóng bàn và võ cổ truyền."
        ),
        Img(
            G("tin-tuc/2025/hkpd-be-mac.jpg"),
            "Ban Tổ chức trao cờ cho các đơn vị dẫn đầu toàn đoàn",
            "Ban Tổ chức trao cờ cho các đơn vị dẫn đầu toàn đoàn",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 246 huy chương vàng, 246 huy chương bạc và 318 huy "
            "chương đồng cho các vận động viên. Cụm trường phường Thục Phán xếp thứ nhất toàn "
            "đoàn; cụm xã Trùng Khánh xếp thứ nhì; cụm xã Hòa An xếp thứ ba."
        ),
        P(
            "Qua Hội khỏe, Ban Tổ chức lựa chọn 120 vận động viên xuất sắc để thành lập đoàn "
            "thể thao học sinh tỉnh tham dự Hội khỏe Phù Đổng toàn quốc."
        ),
    ],
    source="Báo và Phát thanh, Truyền hình Cao Bằng",
    opts={
        "coll": "tin-tuc",
        "terms": ["hoat-dong-nganh"],
        "nguoi_viet": "bientap",
        "nguon": "Báo và Phát thanh, Truyền hình Cao Bằng",
    },
)

T6 = Story(
    id=106,
    slug="hoi-thi-giao-vien-day-gioi-cap-tinh-giao-duc-mam-non",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh giáo dục mầm non năm học 2026-2027",
    cat="hoat-dong-nganh",
    published_at="2026-10-20",
    summary=(
        "Ngày 19/10, tại Trường Mầm non Hoa Sen, Sở GD&ĐT khai mạc Hội thi giáo viên dạy "
        "giỏi cấp tỉnh giáo dục mầm non năm học 2026-2027 với sự tham gia của 112 giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững "
            "vàng, tạo điều kiện để giáo viên giao lưu, học hỏi kinh nghiệm tổ chức các hoạt "
            "động giáo dục lấy trẻ làm trung tâm."
        ),
        Img(G("tin-tuc/2026/gvdg-mam-non-khai-mac.jpg")),
        P(
            "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng chăm sóc, giáo "
            "dục trẻ và thực hành tổ chức 2 hoạt động giáo dục trên trẻ tại các lớp mẫu giáo "
            "của trường đăng cai."
        ),
        Img(
            G("tin-tuc/2026/gvdg-mam-non-tiet-day.jpg"),
            "Một tiết dạy của giáo viên dự thi tại lớp mẫu giáo 5 tuổi",
            "Một tiết dạy của giáo viên dự thi tại lớp mẫu giáo 5 tuổi",
        ),
        P("Hội thi diễn ra đến hết ngày 25/10/2026."),
    ],
    authors=["Phòng GDMN"],
    opts={"coll": "tin-tuc", "terms": ["hoat-dong-nganh"], "nguoi_viet": "Phòng GDMN"},
)

T7 = Story(
    id=107,
    slug="lam-viec-voi-ubnd-xa-bao-lam-ve-cong-tac-pho-cap-giao-duc",
    title="Sở GD&ĐT làm việc với UBND xã Bảo Lâm về công tác phổ cập giáo dục",
    cat="hoat-dong-nganh",
    published_at="2026-11-03",
    summary=(
        "Ngày 2/11, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở Đinh Văn Lợi làm trưởng "
        "đoàn đã làm việc với UBND xã Bảo Lâm về công tác phổ cập giáo dục, xóa mù chữ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo báo cáo, đến tháng 10/2026, xã Bảo Lâm duy trì đạt chuẩn phổ cập giáo dục "
            "mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 2 và xóa mù chữ mức độ 1."
        ),
        P("Đoàn công tác đề nghị xã tập trung:"),
        P("Rà soát, cập nhật số liệu phổ cập trên hệ thống phần mềm trước ngày 30/11;", "li"),
        P("Mở thêm 2 lớp xóa mù chữ tại các xóm Nà Pồng, Khuổi Khon;", "li"),
        P("Vận động học sinh bỏ học quay trở lại lớp.", "li"),
    ],
    authors=["Đàm Thị Lan"],
    opts={"coll": "tin-tuc", "terms": ["hoat-dong-nganh"], "nguoi_viet": "ThS. Đàm Thị Lan"},
)

T8 = Story(
    id=108,
    slug="ngay-hoi-van-hoa-cac-dan-toc-trong-truong-hoc-nam-2026",
    title="Rộn ràng Ngày hội văn hóa các dân tộc trong trường học năm 2026",
    cat="giao-duc-dan-toc",
    published_at="2026-11-10",
    summary=(
        "Ngày 8/11, Trường PT Dân tộc nội trú tỉnh tổ chức Ngày hội văn hóa các dân tộc "
        'trong trường học năm 2026 với chủ đề "Bản sắc - Hội nhập".'
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia ngày hội có 21 đội đến từ các trường phổ thông dân tộc nội trú, bán trú "
            "trong tỉnh. Các đội trình diễn trang phục truyền thống của dân tộc Tày, Nùng, "
            "Mông, Dao, Lô Lô, Sán Chỉ…"
        ),
        Img(
            G("tin-tuc/2026/ngay-hoi-van-hoa-trang-phuc.jpg"),
            "Học sinh trình diễn trang phục truyền thống dân tộc Lô Lô",
            "Học sinh trình diễn trang phục truyền thống dân tộc Lô Lô",
        ),
        P(
            "Bên cạnh phần thi trình diễn, các đội còn tham gia thi hát then, đàn tính, làm "
            "bánh khảo, bánh cuốn và các trò chơi dân gian như tung còn, đẩy gậy, kéo co."
        ),
        Img(
            G("tin-tuc/2026/ngay-hoi-van-hoa-hat-then.jpg"),
            "Tiết mục hát then, đàn tính của học sinh Trường PTDTNT THCS Hà Quảng",
            "Tiết mục hát then, đàn tính của học sinh Trường PTDTNT THCS Hà Quảng",
        ),
        Img(
            G("tin-tuc/2026/ngay-hoi-van-hoa-tung-con.jpg"),
            "Trò chơi tung còn thu hút đông đảo học sinh",
            "Trò chơi tung còn thu hút đông đảo học sinh",
        ),
        P(
            "Kết thúc ngày hội, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải "
            "Khuyến khích cho các đội."
        ),
        Raw('<p style="text-align: right"><strong>Ảnh: Triệu Văn Tâm</strong></p>'),
    ],
    authors=["Lý Thị Nguyệt"],
    photographers=["Triệu Văn Tâm"],
    opts={
        "coll": "tin-tuc",
        "terms": ["giao-duc-dan-toc", "hoat-dong-nganh"],
        "nguoi_viet": "Lý Thị Nguyệt",
    },
)

T9 = Story(
    id=109,
    slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-nganh",
    published_at="2026-11-19",
    summary=(
        "Chiều 18/11, Sở GD&ĐT tổ chức tọa đàm gặp mặt các thế hệ nhà giáo nhân kỷ niệm 44 "
        "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự tọa đàm có các nhà giáo lão thành, nguyên lãnh đạo Sở qua các thời kỳ cùng "
            "đại diện giáo viên tiêu biểu đang công tác tại các điểm trường vùng cao, biên giới."
        ),
        P(
            "Tại buổi tọa đàm, nhiều thầy cô đã chia sẻ những kỷ niệm về những năm tháng "
            '"cõng chữ lên non", vượt suối, băng rừng để đến với học trò.'
        ),
        P(
            "Ngày tôi mới lên Lũng Nặm dạy học, cả xã chỉ có một lớp ghép ba trình độ. Bây "
            "giờ các em đã có trường nội trú khang trang, có máy chiếu, có Internet.",
            "quote",
        ),
        P("Nhà giáo ưu tú Hà Văn Sinh, nguyên Hiệu trưởng Trường THCS Lũng Nặm", "cite"),
        Img(
            G("tin-tuc/2026/toa-dam-20-11.jpg"),
            "Lãnh đạo Sở GD&ĐT tặng hoa các nhà giáo lão thành",
            "Lãnh đạo Sở GD&ĐT tặng hoa các nhà giáo lão thành",
        ),
        P(
            "Dịp này, Sở GD&ĐT biểu dương 44 nhà giáo tiêu biểu có nhiều đóng góp cho sự "
            "nghiệp giáo dục vùng cao."
        ),
        video("p7Hn2cW9sQe"),
    ],
    authors=["Hà Thu Trang"],
    opts={"coll": "tin-tuc", "terms": ["hoat-dong-nganh"], "nguoi_viet": "Hà Thu Trang"},
)

T10 = Story(
    id=110,
    slug="to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title="Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
    cat="thi-tuyen-sinh",
    published_at="2026-11-24",
    summary=(
        "Sở GD&ĐT vừa ban hành kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
        "năm học 2026-2027. Kỳ thi diễn ra trong 2 ngày 9 và 10/12/2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi tổ chức cho 13 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch "
            "sử, Địa lí, Tiếng Anh, Tiếng Trung Quốc, Giáo dục kinh tế và pháp luật, Công nghệ, "
            "Khoa học máy tính."
        ),
        P("Lịch thi cụ thể như sau:"),
        P("Ngày | Buổi | Nội dung", "th"),
        P("08/12/2026 | Chiều | Họp Ban Chỉ đạo, làm thủ tục dự thi", "tr"),
        P("09/12/2026 | Sáng | Thi bài thi thứ nhất (180 phút)", "tr"),
        P("10/12/2026 | Sáng | Thi bài thi thứ hai (180 phút)", "tr"),
        P(
            "Thí sinh đạt giải được xem xét tuyển chọn vào đội tuyển dự thi chọn học sinh giỏi "
            "quốc gia năm 2027. Các trường gửi danh sách thí sinh về Sở\xa0GD&ĐT (qua Phòng "
            "QLCL) trước ngày 30/11/2026."
        ),
        attachment("ke-hoach-thi-hsg-cap-tinh-lop-12-nam-hoc-2026-2027.pdf", "245 KB"),
    ],
    authors=["Phòng QLCL"],
    opts={
        "coll": "tin-tuc",
        "terms": ["thi-tuyen-sinh", "hoat-dong-nganh"],
        "nguoi_viet": "Phòng QLCL",
    },
)

B1 = Story(
    id=201,
    slug="tuyen-dung-vien-chuc-cac-truong-ptdtnt-nam-2026",
    title="Thông báo tuyển dụng viên chức làm việc tại các trường PTDTNT năm 2026",
    cat="to-chuc-can-bo",
    published_at="2026-10-08",
    summary=(
        "Sở GD&ĐT Cao Bằng thông báo tuyển dụng viên chức giáo viên làm việc tại các trường "
        "phổ thông dân tộc nội trú trực thuộc Sở năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Chỉ tiêu tuyển dụng", "h3"),
        P("Vị trí việc làm | Chỉ tiêu | Trình độ chuẩn", "th"),
        P("Giáo viên THCS hạng III - Toán | 4 | Đại học sư phạm Toán", "tr"),
        P("Giáo viên THCS hạng III - Tiếng Anh | 3 | Đại học sư phạm Tiếng Anh", "tr"),
        P("Giáo viên THPT hạng III - Tin học | 2 | Đại học sư phạm Tin học", "tr"),
        P("2. Thời gian, địa điểm nhận phiếu đăng ký", "h3"),
        P(
            "Từ ngày 09/10/2026 đến hết ngày 07/11/2026 (trong giờ hành chính), tại Văn phòng "
            "Sở GD&ĐT, số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng."
        ),
        P("Chi tiết xem tại các tệp đính kèm."),
        attachment("thong-bao-tuyen-dung-vien-chuc-2026.pdf", "312 KB"),
        attachment("mau-phieu-dang-ky-du-tuyen.pdf", "96 KB"),
    ],
    authors=["Văn phòng Sở"],
    opts={"coll": "thong-bao", "terms": ["to-chuc-can-bo"], "nguoi_viet": "Văn phòng Sở"},
)

B2 = Story(
    id=202,
    slug="lich-tiep-cong-dan-thang-12-2026",
    title="Lịch tiếp công dân tháng 12/2026",
    cat="",
    published_at="2026-11-21",
    blocks=[
        P(
            "Giám đốc Sở GD&ĐT tiếp công dân định kỳ vào ngày 15/12/2026 tại Phòng tiếp công "
            "dân của Sở."
        ),
        P("Trường hợp thay đổi lịch, Văn phòng Sở sẽ thông báo trên Cổng thông tin điện tử."),
    ],
    opts={"coll": "thong-bao", "terms": []},
)

B3 = Story(
    id=203,
    slug="ket-qua-xet-tuyen-bo-sung-lop-10-truong-ptdtnt-tinh",
    title="Thông báo kết quả xét tuyển bổ sung lớp 10 Trường PT Dân tộc nội trú tỉnh",
    cat="thi-tuyen-sinh",
    published_at="2026-09-12",
    summary=(
        "Hội đồng tuyển sinh thông báo kết quả xét tuyển bổ sung vào lớp 10 Trường PT Dân tộc "
        "nội trú tỉnh năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Có 18 thí sinh trúng tuyển bổ sung (danh sách kèm theo). Thí sinh trúng tuyển "
            "nhập học tại trường từ ngày 14/9 đến ngày 16/9/2026; quá thời hạn trên không đến "
            "nhập học được coi như từ chối nhập học."
        ),
        attachment("danh-sach-trung-tuyen-bo-sung-lop-10-ptdtnt.pdf", "188 KB"),
    ],
    authors=["Phòng QLCL"],
    opts={"coll": "thong-bao", "terms": ["thi-tuyen-sinh"], "nguoi_viet": "Phòng QLCL"},
)

STORIES = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, B1, B2, B3]


# --- gold: paths and categories written by hand; the rest from each story's hand-written fields


def _gold(story: Story, path: str, category: str) -> dict:
    return gold_record(story, path, category, alt_paths=[path + "?in=1"])


GOLD = [
    _gold(
        T1,
        "/tin-tuc/2026/tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hoạt động ngành",
    ),
    _gold(
        T2, "/tin-tuc/2026/hon-150-nghin-hoc-sinh-cao-bang-buoc-vao-nam-hoc-moi", "Hoạt động ngành"
    ),
    _gold(
        T3, "/tin-tuc/2026/tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-nam-2026", "Chuyển đổi số"
    ),
    _gold(T4, "/tin-tuc/2026/coc-pang-giu-lua-hoc-tieng-anh-noi-vung-cao", "Giáo dục dân tộc"),
    _gold(T5, "/tin-tuc/2025/be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi", "Hoạt động ngành"),
    _gold(
        T6, "/tin-tuc/2026/hoi-thi-giao-vien-day-gioi-cap-tinh-giao-duc-mam-non", "Hoạt động ngành"
    ),
    _gold(
        T7,
        "/tin-tuc/2026/lam-viec-voi-ubnd-xa-bao-lam-ve-cong-tac-pho-cap-giao-duc",
        "Hoạt động ngành",
    ),
    _gold(
        T8,
        "/tin-tuc/2026/ngay-hoi-van-hoa-cac-dan-toc-trong-truong-hoc-nam-2026",
        "Giáo dục dân tộc",
    ),
    _gold(T9, "/tin-tuc/2026/toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Hoạt động ngành"),
    _gold(
        T10, "/tin-tuc/2026/to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12", "Thi - Tuyển sinh"
    ),
    _gold(B1, "/thong-bao/tuyen-dung-vien-chuc-cac-truong-ptdtnt-nam-2026", "Tổ chức cán bộ"),
    _gold(B2, "/thong-bao/lich-tiep-cong-dan-thang-12-2026", "Thông báo"),
    _gold(B3, "/thong-bao/ket-qua-xet-tuyen-bo-sung-lop-10-truong-ptdtnt-tinh", "Thi - Tuyển sinh"),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/1523-qd-sgddt",
    "/van-ban/2150-sgddt-gdpt",
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027",
    "/thu-vien-anh/ngay-hoi-van-hoa-cac-dan-toc-2026",
]


# --- non-article content -------------------------------------------------------------------

DOCS = [
    {
        "slug": "2150-sgddt-gdpt",
        "so": "2150/SGDĐT-GDPT",
        "ngay": "2026-09-03",
        "loai": "Công văn",
        "trich_yeu": "Hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2026-2027",
        "nguoi_ky": "Nông Thị Thúy",
        "file": "2150-sgddt-gdpt-huong-dan-nhiem-vu-gdpt.pdf",
        "size": "1,2 MB",
    },
    {
        "slug": "1523-qd-sgddt",
        "so": "1523/QĐ-SGDĐT",
        "ngay": "2026-08-12",
        "loai": "Quyết định",
        "trich_yeu": "Ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, "
        "giáo dục phổ thông và giáo dục thường xuyên",
        "nguoi_ky": "Hoàng Văn Thạch",
        "file": "1523-qd-sgddt-ke-hoach-thoi-gian-nam-hoc.pdf",
        "size": "410 KB",
    },
]

ALBUMS = [
    {
        "slug": "ngay-hoi-van-hoa-cac-dan-toc-2026",
        "title": "Ngày hội văn hóa các dân tộc trong trường học năm 2026",
        "date": "2026-11-10",
        "photos": [
            ("album/van-hoa-2026/01.jpg", "Màn chào hỏi của đội Trường PTDTNT THCS Bảo Lâm"),
            ("album/van-hoa-2026/02.jpg", "Gian hàng ẩm thực dân tộc Tày"),
            ("album/van-hoa-2026/03.jpg", "Thi đẩy gậy"),
            ("album/van-hoa-2026/04.jpg", "Các đội chụp ảnh lưu niệm"),
        ],
    },
    {
        "slug": "le-khai-giang-nam-hoc-2026-2027",
        "title": "Lễ khai giảng năm học 2026-2027",
        "date": "2026-09-05",
        "photos": [
            ("album/khai-giang-2026/01.jpg", "Trường THPT Chuyên Cao Bằng"),
            ("album/khai-giang-2026/02.jpg", "Trường Tiểu học Hợp Giang"),
            ("album/khai-giang-2026/03.jpg", "Điểm trường Lũng Pán"),
        ],
    },
]

LEADERS = [
    ("Hoàng Văn Thạch", "Giám đốc Sở", "0206 3852 235"),
    ("Nông Thị Thúy", "Phó Giám đốc Sở", "0206 3856 112"),
    ("Đinh Văn Lợi", "Phó Giám đốc Sở", "0206 3856 113"),
]
OFFICES = [
    "Văn phòng Sở",
    "Thanh tra Sở",
    "Phòng Kế hoạch - Tài chính (KH-TC)",
    "Phòng Giáo dục Mầm non (GDMN)",
    "Phòng Giáo dục phổ thông (GDPT)",
    "Phòng Quản lý chất lượng (QLCL)",
    "Phòng Tổ chức cán bộ (TCCB)",
]


# --- entry helpers ---------------------------------------------------------------------------


def entry_path(story: Story) -> str:
    """The collection route: /tin-tuc/{year}/{slug} or /thong-bao/{slug}."""
    if story.opts["coll"] == "tin-tuc":
        return f"/tin-tuc/{story.published_at[:4]}/{story.slug}"
    return f"/thong-bao/{story.slug}"


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.id), reverse=True)


ENTRIES = _newest(STORIES)
BY_PATH = {entry_path(s): s for s in STORIES}
NEWS = [s for s in ENTRIES if s.opts["coll"] == "tin-tuc"]
NOTICES = [s for s in ENTRIES if s.opts["coll"] == "thong-bao"]


def in_term(term: str) -> list[Story]:
    return [s for s in ENTRIES if term in s.opts["terms"]]


def _asset_of(src: str) -> str:
    enc = src.split("/")[3].split("?")[0]
    return base64.urlsafe_b64decode(enc + "=" * (-len(enc) % 4)).decode()[len("assets/") :]


def thumb(story: Story) -> str:
    """The listing thumbnail: the first "anh" set's asset at 400×250, or the placeholder."""
    if story.images:
        return glide(_asset_of(story.images[0].src), w=400, h=250, fit="crop")
    return "/assets/images/no-image.jpg"


def _bard_text(value: str, story: Story) -> str:
    """Text as tiptap-php prints it: htmlspecialchars with ENT_QUOTES (``&quot;``, ``&#039;``)."""
    if story.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    return _html.escape(value, quote=True).replace("&#x27;", "&#039;")


def _raw_field(value: str, story: Story) -> str:
    """A plain text field as Antlers prints it: raw, no escaping."""
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        [(name, f"/chuyen-muc/{slug}") for slug, name in TERMS.items() if slug != "to-chuc-can-bo"],
    ),
    ("Thông báo", "/thong-bao", [("Tổ chức cán bộ", "/chuyen-muc/to-chuc-can-bo")]),
    ("Văn bản", "/van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Lưu trữ", "/luu-tru?nam=2026&thang=11", []),
    ("Liên hệ", "/lien-he", []),
]
CSRF = "pX7rT2kq9LmV4sW1aB8nC3dE6fG0hJ5yU2iO9zQe"


def _desktop_nav() -> str:
    items = []
    for label, href, sub in MENU:
        if not sub:
            items.append(
                f'<li><a href="{esc(href)}" class="block px-3 py-3 text-sm font-semibold uppercase '
                f'text-white hover:bg-sky-700">{label}</a></li>'
            )
            continue
        links = "".join(
            f'<a href="{esc(h)}" class="block px-4 py-2 text-sm text-slate-700 hover:bg-sky-50">{t}</a>'
            for t, h in sub
        )
        items.append(
            '<li class="relative" x-data="{ open: false }" @mouseenter="open = true" '
            '@mouseleave="open = false">'
            f'<a href="{esc(href)}" class="flex items-center gap-1 px-3 py-3 text-sm font-semibold '
            f'uppercase text-white hover:bg-sky-700">{label}'
            '<svg class="h-3 w-3" viewBox="0 0 20 20" fill="currentColor"><path d="M5 7l5 5 5-5z"/>'
            "</svg></a>"
            '<div x-show="open" x-cloak x-transition class="absolute left-0 z-40 w-60 rounded-b-md '
            f'bg-white py-2 shadow-lg ring-1 ring-slate-200">{links}</div></li>'
        )
    return (
        '<nav class="hidden bg-sky-800 lg:block"><ul class="mx-auto flex max-w-7xl px-4">'
        + "".join(items)
        + "</ul></nav>"
    )


def _mobile_nav() -> str:
    items = []
    for label, href, sub in MENU:
        subs = "".join(
            f'<li><a href="{esc(h)}" class="block py-1.5 pl-4 text-sm text-slate-600">{t}</a></li>'
            for t, h in sub
        )
        items.append(
            f'<li class="border-b border-slate-100" x-data="{{ sub: false }}">'
            f'<div class="flex items-center justify-between"><a href="{esc(href)}" '
            f'class="block py-2.5 font-medium text-slate-800">{label}</a>'
            + (
                '<button type="button" @click="sub = !sub" class="p-2 text-slate-500">+</button></div>'
                f'<ul x-show="sub" x-cloak class="pb-2">{subs}</ul>'
                if sub
                else "</div>"
            )
            + "</li>"
        )
    return (
        '<div x-show="mobileNav" x-cloak x-transition.opacity class="fixed inset-0 z-50 '
        'bg-slate-900/60 lg:hidden" @click.self="mobileNav = false">'
        '<aside class="h-full w-80 max-w-[85%] overflow-y-auto bg-white p-5 shadow-xl">'
        '<div class="mb-4 flex items-center justify-between"><span class="font-bold text-sky-900">'
        'Danh mục</span><button type="button" @click="mobileNav = false" class="text-2xl '
        'text-slate-500" aria-label="Đóng">&times;</button></div>'
        f"<ul>{''.join(items)}</ul></aside></div>"
    )


def _login_modal() -> str:
    return (
        '<div x-show="loginModal" x-cloak class="fixed inset-0 z-50 flex items-center '
        'justify-center bg-slate-900/60" @keydown.escape.window="loginModal = false">'
        '<div class="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl" @click.outside="loginModal = false">'
        '<h2 class="mb-4 text-lg font-bold text-slate-900">Đăng nhập hệ thống</h2>'
        '<form method="POST" action="/!/auth/login" class="space-y-3">'
        f'<input type="hidden" name="_token" value="{CSRF}">'
        '<input type="hidden" name="_redirect" value="/">'
        '<input type="email" name="email" placeholder="Email" required class="w-full rounded-md '
        'border-slate-300 text-sm">'
        '<input type="password" name="password" placeholder="Mật khẩu" required class="w-full '
        'rounded-md border-slate-300 text-sm">'
        '<button type="submit" class="w-full rounded-md bg-sky-700 py-2 text-sm font-semibold '
        'text-white hover:bg-sky-800">Đăng nhập</button></form></div></div>'
    )


def _header() -> str:
    return (
        '<div class="bg-sky-950 text-xs text-sky-100"><div class="mx-auto flex max-w-7xl '
        'items-center justify-between px-4 py-1.5">'
        f'<span class="flex items-center gap-1"><svg class="h-3.5 w-3.5" viewBox="0 0 20 20" '
        f'fill="currentColor"><circle cx="10" cy="10" r="8"/></svg>{TODAY}</span>'
        '<div class="hidden items-center gap-4 md:flex"><span>Đường dây nóng: 0206 3852 236'
        '</span><a href="mailto:sgddt@caobang.gov.vn" class="hover:text-white">'
        'sgddt@caobang.gov.vn</a><button type="button" @click="loginModal = true" '
        'class="hover:text-white">Đăng nhập</button></div></div></div>'
        '<header class="bg-white"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">'
        '<a href="/" class="flex items-center gap-3"><img src="/assets/images/logo-sgddt.png" '
        'alt="Logo Sở GD&amp;ĐT Cao Bằng" class="h-16 w-16"><div><p class="text-xs font-semibold '
        'uppercase tracking-wide text-slate-500">Ủy ban nhân dân tỉnh Cao Bằng</p>'
        '<p class="text-xl font-extrabold uppercase text-sky-900 md:text-2xl">Sở Giáo dục và '
        "Đào tạo</p></div></a>"
        '<form action="/tim-kiem" method="GET" class="ml-auto hidden md:block">'
        '<label class="relative block"><span class="sr-only">Tìm kiếm</span>'
        '<input type="search" name="q" placeholder="Tìm kiếm..." class="w-64 rounded-full '
        'border-slate-300 py-1.5 pl-4 pr-10 text-sm"></label></form>'
        '<button type="button" @click="mobileNav = true" class="ml-auto rounded p-2 text-sky-900 '
        'lg:hidden" aria-label="Mở menu"><svg class="h-7 w-7" fill="none" viewBox="0 0 24 24" '
        'stroke="currentColor"><path stroke-width="2" d="M4 6h16M4 12h16M4 18h16"/></svg>'
        "</button></div>" + _desktop_nav() + "</header>" + _mobile_nav() + _login_modal()
    )


def _mini_list(stories: list[Story]) -> str:
    return "".join(
        f'<li class="py-2"><a href="{entry_path(s)}" class="text-sm font-medium leading-snug '
        f'text-slate-800 hover:text-sky-700">{s.title}</a><p class="mt-0.5 text-xs '
        f'text-slate-400">{_dmy(s.published_at)}</p></li>'
        for s in stories
    )


def _box(title: str, inner: str) -> str:
    return (
        '<section class="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">'
        f'<h2 class="mb-3 border-b-2 border-sky-700 pb-2 text-base font-bold uppercase '
        f'text-sky-900">{title}</h2>{inner}</section>'
    )


def _sidebar() -> str:
    docs = "".join(
        f'<li class="py-2"><a href="/van-ban/{d["slug"]}" class="text-sm text-slate-800 '
        f'hover:text-sky-700">{d["loai"]} số {d["so"]}</a><p class="text-xs text-slate-400">'
        f"{_dmy(d['ngay'])}</p></li>"
        for d in DOCS
    )
    links = [
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("https://caobang.gov.vn", "Cổng TTĐT tỉnh Cao Bằng"),
        ("https://thuvienhoclieu.moet.gov.vn", "Kho học liệu số"),
        ("https://csdl.moet.gov.vn", "CSDL ngành Giáo dục"),
    ]
    options = "".join(f'<option value="{u}">{t}</option>' for u, t in links)
    return (
        _box("Tin mới", f'<ul class="divide-y divide-slate-100">{_mini_list(ENTRIES[:5])}</ul>')
        + _box(
            "Văn bản mới",
            f'<ul class="divide-y divide-slate-100">{docs}</ul>'
            '<a href="/van-ban" class="mt-2 inline-block text-xs font-semibold text-sky-700">'
            "Xem tất cả »</a>",
        )
        + '<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" class="block">'
        '<img src="/assets/banners/dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia" '
        'class="w-full rounded-lg"></a>'
        '<a href="/luu-tru?nam=2026&amp;thang=11" class="block"><img '
        'src="/assets/banners/luu-tru.jpg" alt="Lưu trữ tin bài" class="w-full rounded-lg"></a>'
        + _box(
            "Liên kết website",
            '<select class="w-full rounded-md border-slate-300 text-sm" '
            "@change=\"if ($event.target.value) window.open($event.target.value, '_blank')\">"
            f'<option value="">-- Chọn liên kết --</option>{options}</select>',
        )
        + _box(
            "Thống kê truy cập",
            '<dl class="grid grid-cols-2 gap-y-1 text-sm text-slate-600">'
            '<dt>Đang truy cập:</dt><dd class="text-right font-semibold">42</dd>'
            '<dt>Hôm nay:</dt><dd class="text-right font-semibold">1.318</dd>'
            '<dt>Tháng này:</dt><dd class="text-right font-semibold">38.904</dd>'
            '<dt>Tổng lượt truy cập:</dt><dd class="text-right font-semibold">2.381.455</dd></dl>',
        )
    )


def _footer() -> str:
    keywords = ["tuyển sinh", "chuyển đổi số", "học sinh giỏi", "khai giảng"]
    kw = " ".join(
        f'<a href="/tim-kiem?q={quote_plus(k)}" class="rounded-full bg-sky-900 px-3 py-1 '
        f'text-xs hover:bg-sky-700">{k}</a>'
        for k in keywords
    )
    return (
        '<footer class="mt-12 bg-sky-950 text-sm text-sky-100"><div class="mx-auto grid '
        'max-w-7xl gap-8 px-4 py-10 md:grid-cols-3"><div class="md:col-span-2">'
        f'<p class="text-base font-bold uppercase text-white">{SITE}</p>'
        '<p class="mt-2">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cao Bằng</p>'
        "<p>Địa chỉ: Số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>"
        "<p>Điện thoại: 0206 3852 236 - Fax: 0206 3852 237 - Email: sgddt@caobang.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Hoàng Văn Thạch - Giám đốc Sở</p></div>"
        f'<div><p class="mb-2 font-semibold text-white">Từ khóa</p><div class="flex flex-wrap '
        f'gap-2">{kw}</div></div></div>'
        '<div class="border-t border-sky-900"><div class="mx-auto flex max-w-7xl flex-wrap '
        'justify-between gap-2 px-4 py-3 text-xs text-sky-300">'
        "<p>© 2024 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Cao Bằng. Ghi rõ nguồn khi phát "
        "hành lại thông tin từ website này.</p>"
        '<p>Thiết kế và phát triển: <a href="https://hathanhdigital.vn" target="_blank" '
        'rel="noopener" class="hover:text-white">Hà Thành Digital</a> · <a href="/cp" '
        'class="hover:text-white">Quản trị</a></p></div></div>'
        '<button type="button" x-data @click="window.scrollTo({ top: 0, behavior: \'smooth\' })" '
        'class="fixed bottom-6 right-6 rounded-full bg-sky-700 p-3 text-white shadow-lg" '
        'aria-label="Về đầu trang">↑</button></footer>'
    )


def page(
    request: Request,
    title: str,
    main: str,
    *,
    description: str = "",
    canonical: str | None = None,
    og_image: str | None = None,
    og_type: str = "website",
    extra_head: str = "",
    body_attrs: str = "",
    sidebar: bool = True,
) -> str:
    base = base_url(request)
    canon = base + (canonical if canonical is not None else request.target)
    og = f'<meta property="og:image" content="{esc(base + og_image)}">' if og_image else ""
    desc = esc(description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cao Bằng")
    content = (
        '<div class="grid gap-8 lg:grid-cols-3"><div class="lg:col-span-2">'
        f'{main}</div><aside class="space-y-6">{_sidebar()}</aside></div>'
        if sidebar
        else main
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi" class="scroll-smooth">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="csrf-token" content="{CSRF}">\n'
        f"<title>{esc(title)} | {esc(SITE_SHORT)}</title>\n"
        f'<meta name="description" content="{desc}">\n'
        f'<link rel="canonical" href="{esc(canon)}">\n'
        f'<meta property="og:type" content="{og_type}">\n'
        f'<meta property="og:title" content="{esc(title)}">\n'
        f'<meta property="og:description" content="{desc}">\n'
        f'<meta property="og:url" content="{esc(canon)}">\n'
        f'<meta property="og:site_name" content="{esc(SITE_SHORT)}">\n{og}\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">\n'
        f'<link rel="preload" as="style" href="{VITE_CSS}">\n'
        f'<link rel="stylesheet" href="{VITE_CSS}">\n'
        f'<script type="module" src="{VITE_JS}"></script>\n'
        "<style>[x-cloak]{display:none!important}</style>\n"
        f"{extra_head}</head>\n"
        '<body class="bg-slate-50 font-sans text-slate-800 antialiased" '
        f'x-data="{{ mobileNav: false, loginModal: false }}"{body_attrs}>\n'
        f"{_header()}\n"
        f'<main id="main" class="mx-auto max-w-7xl px-4 py-8">\n{content}\n</main>\n'
        f"{_footer()}\n"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-8QX2CBG0DT"></script>\n'
        "</body>\n</html>\n"
    )


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for i, (label, href) in enumerate(items):
        if i:
            parts.append('<li aria-hidden="true" class="text-slate-300">/</li>')
        if href:
            parts.append(f'<li><a href="{esc(href)}" class="hover:text-sky-700">{label}</a></li>')
        else:
            parts.append(f'<li class="text-slate-700" aria-current="page">{label}</li>')
    return (
        '<nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500">'
        f'<ol class="flex flex-wrap items-center gap-1.5">{"".join(parts)}</ol></nav>'
    )


def _card(story: Story, *, excerpt: bool = True) -> str:
    path = entry_path(story)
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    short = lead if len(lead) <= 160 else lead[:157].rsplit(" ", 1)[0] + "..."
    short = _raw_field(short, story)
    ex = f'<p class="mt-1 line-clamp-2 text-sm text-slate-600">{short}</p>' if excerpt else ""
    return (
        '<article class="flex gap-4 border-b border-slate-100 py-4 last:border-0">'
        f'<a href="{path}" class="shrink-0"><img src="{esc(thumb(story))}" alt="" '
        'class="h-24 w-36 rounded-md object-cover" loading="lazy" width="400" height="250"></a>'
        '<div class="min-w-0"><h3 class="text-base font-semibold leading-snug text-slate-900">'
        f'<a href="{path}" class="hover:text-sky-700">{story.title}</a></h3>'
        '<p class="mt-1 text-xs text-slate-500">'
        f'<time datetime="{story.published_at}">{_dmy(story.published_at)}</time></p>'
        f"{ex}</div></article>"
    )


def _pager(base: str, page_no: int, total: int, extra: str = "") -> str:
    """Laravel's Tailwind pagination view (Vietnamese lang files), as {{ paginate }} prints it."""
    last = (total + PER_PAGE - 1) // PER_PAGE
    if last <= 1:
        return ""

    def url(n: int) -> str:
        return esc(f"{base}?{extra}page={n}")

    cls = "relative inline-flex items-center border border-slate-300 px-4 py-2 text-sm font-medium"
    prev = (
        f'<span aria-disabled="true" class="{cls} cursor-default bg-white text-slate-400">« Trước</span>'
        if page_no <= 1
        else f'<a href="{url(page_no - 1)}" rel="prev" class="{cls} bg-white text-slate-700 hover:text-slate-500">« Trước</a>'
    )
    nxt = (
        f'<span aria-disabled="true" class="{cls} cursor-default bg-white text-slate-400">Sau »</span>'
        if page_no >= last
        else f'<a href="{url(page_no + 1)}" rel="next" class="{cls} bg-white text-slate-700 hover:text-slate-500">Sau »</a>'
    )
    numbers = "".join(
        f'<span aria-current="page"><span class="{cls} cursor-default bg-sky-700 text-white">{n}</span></span>'
        if n == page_no
        else f'<a href="{url(n)}" class="{cls} bg-white text-slate-700 hover:bg-slate-50" '
        f'aria-label="Đến trang {n}">{n}</a>'
        for n in range(1, last + 1)
    )
    first = (page_no - 1) * PER_PAGE + 1
    upto = min(page_no * PER_PAGE, total)
    return (
        '<nav role="navigation" aria-label="Pagination Navigation" class="mt-8 flex items-center '
        'justify-between"><div class="flex flex-1 justify-between sm:hidden">'
        f"{prev}{nxt}</div>"
        '<div class="hidden sm:flex sm:flex-1 sm:items-center sm:justify-between">'
        f'<p class="text-sm leading-5 text-slate-700">Hiển thị <span class="font-medium">{first}'
        f'</span> đến <span class="font-medium">{upto}</span> trong <span class="font-medium">'
        f"{total}</span> kết quả</p>"
        f'<span class="relative z-0 inline-flex rounded-md shadow-sm">{prev}{numbers}{nxt}</span>'
        "</div></nav>"
    )


def _page_no(request: Request) -> int:
    """Laravel's paginator: a missing, non-numeric or < 1 page is page 1."""
    try:
        n = int(request.params.get("page", "1"))
    except ValueError:
        return 1
    return n if n >= 1 else 1


def _listing(
    request: Request,
    title: str,
    crumbs,
    stories: list[Story],
    base: str,
    extra: str = "",
    intro: str = "",
) -> str:
    n = _page_no(request)
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    if chunk:
        items = "".join(_card(s) for s in chunk) + _pager(base, n, len(stories), extra)
    else:
        items = '<p class="py-10 text-center text-slate-500">Chưa có bài viết.</p>'
    head = f"{title} - Trang {n}" if n > 1 else title
    main = (
        '<div class="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">'
        + _breadcrumb(crumbs)
        + f'<h1 class="mb-2 text-2xl font-bold text-slate-900">{title}</h1>{intro}'
        + f"<div>{items}</div></div>"
    )
    return page(request, head, main)


# --- entry page ------------------------------------------------------------------------------

_LIST_TAGS = {"li": "ul", "oli": "ol"}


def _render_bard(story: Story) -> str:
    """The Bard field "noi_dung", set by set, as the entry template prints it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
            i += 1
            continue
        if isinstance(block, Img):
            cap = (
                '<figcaption class="mt-2 text-center text-sm italic text-slate-500">'
                f"{esc(block.printed)}</figcaption>"
                if block.printed
                else ""
            )
            out.append(
                '<figure class="my-6">'
                f'<img src="{esc(block.src)}" alt="{esc(block.printed or "")}" '
                'class="w-full rounded-lg" loading="lazy" width="1200" height="800">'
                f"{cap}</figure>"
            )
            i += 1
            continue
        style = block.style
        if style in _LIST_TAGS:
            tag = _LIST_TAGS[style]
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li><p>{_bard_text(blocks[i].text, story)}</p></li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f'<{cell} colspan="1" rowspan="1"><p>{_bard_text(c, story)}</p></{cell}>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f"<table><tbody>{''.join(rows)}</tbody></table>")
            continue
        if style in ("quote", "cite"):
            parts = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and blocks[i].style in ("quote", "cite")
            ):
                t = _bard_text(blocks[i].text, story)
                if blocks[i].style == "quote":
                    parts.append(f"<p>{t}</p>")
                else:
                    parts.append(
                        '<cite class="mt-2 block text-sm font-semibold not-italic text-slate-600 '
                        f"before:content-['—_']\">{t}</cite>"
                    )
                i += 1
            out.append(
                '<blockquote class="my-6 border-l-4 border-sky-600 bg-sky-50 px-5 py-4 italic">'
                f"{''.join(parts)}</blockquote>"
            )
            continue
        tag = style if style in ("h2", "h3") else "p"
        out.append(f"<{tag}>{_bard_text(block.text, story)}</{tag}>")
        i += 1
    return "\n".join(out)


def _related(story: Story) -> tuple[str, list[Story]]:
    terms = story.opts["terms"]
    if terms:
        pool = in_term(terms[0])
        heading = "Tin cùng chuyên mục"
    else:
        pool = NOTICES
        heading = "Thông báo khác"
    return heading, [s for s in pool if s is not story][:4]


def entry_page(request: Request, story: Story) -> Response:
    path = entry_path(story)
    coll = story.opts["coll"]
    terms = story.opts["terms"]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), (COLLECTIONS[coll], f"/{coll}")]
    meta = f'<time datetime="{story.published_at}">{_dmy(story.published_at)}</time>'
    if terms:
        crumbs.append((TERMS[terms[0]], f"/chuyen-muc/{terms[0]}"))
        meta += (
            '<span aria-hidden="true">·</span>'
            f'<a href="/chuyen-muc/{terms[0]}" class="font-medium text-sky-700 hover:underline">'
            f"{TERMS[terms[0]]}</a>"
        )
    sapo = (
        f'<p class="mt-6 text-lg font-medium leading-relaxed text-slate-700">'
        f"{_raw_field(story.summary, story)}</p>"
        if story.summary
        else ""
    )
    foot = ""
    if story.opts.get("nguoi_viet"):
        foot += (
            '<p class="text-right font-semibold text-slate-700">Người viết: '
            f"{story.opts['nguoi_viet']}</p>"
        )
    if story.opts.get("nguon"):
        foot += f'<p class="text-right italic text-slate-500">Nguồn: {story.opts["nguon"]}</p>'
    if foot:
        foot = f'<div class="mt-8 space-y-1 border-t border-slate-200 pt-4 text-sm">{foot}</div>'
    absolute = base_url(request) + path
    share = (
        '<div class="mt-6 flex flex-wrap items-center gap-2 text-sm" x-data="{ copied: false }">'
        '<span class="text-slate-500">Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(absolute)}" '
        'target="_blank" rel="noopener" class="rounded bg-[#1877f2] px-3 py-1 text-white">'
        "Facebook</a>"
        f'<a href="https://sp.zalo.me/share_inline?url={quote_plus(absolute)}" target="_blank" '
        'rel="noopener" class="rounded bg-[#0068ff] px-3 py-1 text-white">Zalo</a>'
        '<button type="button" class="rounded bg-slate-200 px-3 py-1 text-slate-700" '
        '@click="navigator.clipboard.writeText(window.location.href); copied = true">'
        'Sao chép liên kết</button><span x-show="copied" x-cloak class="text-emerald-600">'
        "Đã sao chép!</span>"
        '<a href="?in=1" target="_blank" class="ml-auto inline-flex items-center gap-1 '
        'text-slate-600 hover:text-sky-700"><svg class="h-4 w-4" fill="none" viewBox="0 0 24 24" '
        'stroke="currentColor"><path stroke-width="2" d="M6 9V2h12v7M6 18H4V11h16v7h-2M6 14h12v8H6z"/>'
        "</svg>In bài</a></div>"
    )
    heading, related = _related(story)
    cards = "".join(
        f'<article class="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">'
        f'<a href="{entry_path(r)}"><img src="{esc(thumb(r))}" alt="" class="aspect-[8/5] w-full '
        'object-cover" loading="lazy"></a><div class="p-3"><h3 class="text-sm font-semibold '
        f'leading-snug text-slate-900"><a href="{entry_path(r)}" class="hover:text-sky-700">'
        f'{r.title}</a></h3><p class="mt-1 text-xs text-slate-500">{_dmy(r.published_at)}</p>'
        "</div></article>"
        for r in related
    )
    related_html = (
        f'<section class="mt-10"><h2 class="mb-4 border-l-4 border-sky-700 pl-3 text-xl font-bold '
        f'text-slate-900">{heading}</h2><div class="grid gap-5 sm:grid-cols-2">{cards}</div>'
        "</section>"
        if related
        else ""
    )
    main = (
        '<article class="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 md:p-8">'
        + _breadcrumb(crumbs)
        + f'<h1 class="text-3xl font-bold leading-tight text-slate-900">{story.title}</h1>'
        + '<div class="mt-3 flex flex-wrap items-center gap-x-2 text-sm text-slate-500">'
        + f"{meta}</div>{sapo}"
        + '<div class="prose prose-slate mt-6 max-w-none prose-img:rounded-lg">'
        + f"\n{_render_bard(story)}\n</div>{foot}{share}</article>{related_html}"
    )
    printing = request.params.get("in") == "1"
    extra = (
        '<link rel="stylesheet" href="/build/assets/print-2c7d0b5e.css" media="all">\n'
        if printing
        else ""
    )
    og_image = (
        glide(_asset_of(story.images[0].src), w=1200, h=630, fit="crop") if story.images else None
    )
    body = page(
        request,
        story.title,
        main,
        description=story.summary or "",
        canonical=path,
        og_image=og_image,
        og_type="article",
        extra_head=extra,
        body_attrs=' x-init="window.print()"' if printing else "",
    )
    return html(body)


# --- listings, archive, search ---------------------------------------------------------------


def home_page(request: Request) -> Response:
    top, *rest = NEWS[:5]
    hero = "/assets/images/no-image.jpg"
    if top.images:
        hero = glide(_asset_of(top.images[0].src), w=800, h=450, fit="crop")
    feature = (
        '<article class="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">'
        f'<a href="{entry_path(top)}"><img src="{esc(hero)}" '
        'alt="" class="aspect-video w-full object-cover"></a><div class="p-5">'
        f'<h2 class="text-2xl font-bold leading-tight text-slate-900"><a href="{entry_path(top)}" '
        f'class="hover:text-sky-700">{top.title}</a></h2><p class="mt-2 text-sm text-slate-500">'
        f'<time datetime="{top.published_at}">{_dmy(top.published_at)}</time></p>'
        f'<p class="mt-2 text-slate-600">{_raw_field(top.summary or "", top)}</p></div></article>'
    )
    grid = "".join(_card(s, excerpt=False) for s in rest)
    notices = "".join(
        f'<li class="flex gap-3 py-3"><span class="shrink-0 rounded bg-amber-100 px-2 py-0.5 '
        f'text-xs font-semibold text-amber-800">{_dmy(s.published_at)}</span>'
        f'<a href="{entry_path(s)}" class="text-sm font-medium text-slate-800 hover:text-sky-700">'
        f"{s.title}</a></li>"
        for s in NOTICES[:5]
    )
    albums = "".join(
        f'<a href="/thu-vien-anh/{a["slug"]}" class="group block overflow-hidden rounded-lg">'
        f'<img src="{esc(glide(a["photos"][0][0], w=400, h=250, fit="crop"))}" alt="" '
        'class="aspect-[8/5] w-full object-cover transition group-hover:scale-105">'
        f'<p class="mt-1 text-sm font-medium text-slate-800">{a["title"]}</p></a>'
        for a in ALBUMS
    )
    section = (
        '<section class="mt-8 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">'
        '<div class="mb-3 flex items-center justify-between border-b-2 border-sky-700 pb-2">'
        '<h2 class="text-lg font-bold uppercase text-sky-900">{0}</h2><a href="{1}" '
        'class="text-xs font-semibold text-sky-700">Xem thêm »</a></div>{2}</section>'
    )
    main = (
        feature
        + section.format("Tin tức - Sự kiện", "/tin-tuc", f"<div>{grid}</div>")
        + section.format(
            "Thông báo", "/thong-bao", f'<ul class="divide-y divide-slate-100">{notices}</ul>'
        )
        + section.format(
            "Thư viện ảnh", "/thu-vien-anh", f'<div class="grid grid-cols-2 gap-4">{albums}</div>'
        )
    )
    return html(page(request, "Trang chủ", main, canonical="/"))


def collection_listing(request: Request, coll: str) -> Response:
    stories = NEWS if coll == "tin-tuc" else NOTICES
    name = COLLECTIONS[coll]
    body = _listing(request, name, [("Trang chủ", "/"), (name, None)], stories, f"/{coll}")
    return html(body)


def term_listing(request: Request, term: str) -> Response:
    name = TERMS[term]
    crumbs = [("Trang chủ", "/"), ("Chuyên mục", None), (name, None)]
    return html(_listing(request, name, crumbs, in_term(term), f"/chuyen-muc/{term}"))


def archive_page(request: Request) -> Response:
    """/luu-tru?nam=&thang=: any combination answers 200; most months are empty."""
    params = request.params
    nam, thang = params.get("nam", ""), params.get("thang", "")
    stories: list[Story] = []
    if nam or thang:
        heading = f"Lưu trữ tháng {esc(thang)}/{esc(nam)}"
        try:
            prefix = f"{int(nam):04d}-{int(thang):02d}-"
            stories = [s for s in ENTRIES if s.published_at.startswith(prefix)]
        except ValueError:
            stories = []
    else:
        heading = "Lưu trữ tin bài"
    if stories:
        items = "".join(_card(s) for s in stories)
    elif nam or thang:
        items = (
            '<p class="py-8 text-center text-slate-500">Không có bài viết nào trong tháng này.</p>'
        )
    else:
        items = '<p class="py-4 text-slate-600">Chọn năm và tháng để xem các tin bài đã đăng.</p>'
    years = []
    for year in range(2026, 2014, -1):
        months = "".join(
            f'<a href="/luu-tru?nam={year}&amp;thang={m}" class="rounded border border-slate-200 '
            f'px-2 py-1 text-center text-xs hover:bg-sky-50">Tháng {m}</a>'
            for m in range(12, 0, -1)
        )
        years.append(
            f'<div x-data="{{ open: {"true" if year == 2026 else "false"} }}" class="border-b '
            f'border-slate-100 py-2"><button type="button" @click="open = !open" class="w-full '
            f'text-left font-semibold text-slate-800">Năm {year}</button>'
            f'<div x-show="open" class="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-6">{months}</div></div>'
        )
    main = (
        '<div class="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">'
        + _breadcrumb([("Trang chủ", "/"), ("Lưu trữ", None)])
        + f'<h1 class="mb-4 text-2xl font-bold text-slate-900">{heading}</h1>'
        + f"<div>{items}</div>"
        + '<h2 class="mb-2 mt-8 text-lg font-bold text-slate-900">Xem theo tháng</h2>'
        + "".join(years)
        + "</div>"
    )
    return html(page(request, heading, main))


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    return "".join(c for c in value if not unicodedata.combining(c))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in ENTRIES if q and _fold(q) in _fold(s.title + " " + (s.summary or ""))]
    n = _page_no(request)
    chunk = hits[(n - 1) * PER_PAGE : n * PER_PAGE]
    if not q:
        items = '<p class="py-6 text-slate-500">Nhập từ khóa để tìm kiếm.</p>'
    elif chunk:
        items = "".join(_card(s) for s in chunk) + _pager(
            "/tim-kiem", n, len(hits), f"q={quote_plus(q)}&"
        )
    else:
        items = '<p class="py-6 text-slate-500">Không tìm thấy kết quả phù hợp.</p>'
    main = (
        '<div class="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">'
        + _breadcrumb([("Trang chủ", "/"), ("Tìm kiếm", None)])
        + '<h1 class="mb-4 text-2xl font-bold text-slate-900">Tìm kiếm</h1>'
        + '<form action="/tim-kiem" method="GET" class="mb-4 flex gap-2">'
        + f'<input type="search" name="q" value="{esc(q)}" class="flex-1 rounded-md border-slate-300">'
        + '<button class="rounded-md bg-sky-700 px-4 text-white">Tìm</button></form>'
        + (
            f'<p class="text-sm text-slate-500">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>'
            if q
            else ""
        )
        + f"<div>{items}</div></div>"
    )
    return html(page(request, f"Tìm kiếm: {q}" if q else "Tìm kiếm", main))


# --- pages, documents, albums ----------------------------------------------------------------


def _plain(request: Request, title: str, inner: str, crumbs=None) -> Response:
    main = (
        '<div class="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 md:p-8">'
        + _breadcrumb(crumbs or [("Trang chủ", "/"), (title, None)])
        + f'<h1 class="mb-6 text-3xl font-bold text-slate-900">{title}</h1>{inner}</div>'
    )
    return html(page(request, title, main))


def about_page(request: Request) -> Response:
    inner = (
        '<div class="prose prose-slate max-w-none">'
        "<p>Sở Giáo dục và Đào tạo tỉnh Cao Bằng là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà "
        "nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<h2>Nhiệm vụ và quyền hạn</h2><ul>"
        "<li><p>Trình Ủy ban nhân dân tỉnh các dự thảo quyết định, kế hoạch phát triển giáo "
        "dục và đào tạo của tỉnh;</p></li>"
        "<li><p>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục;</p></li>"
        "<li><p>Tổ chức các kỳ thi, xét tuyển theo phân cấp của Bộ Giáo dục và Đào tạo.</p></li>"
        "</ul><p>Trụ sở: Số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng.</p></div>"
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", None), ("Giới thiệu chung", None)]
    return _plain(request, "Giới thiệu chung", inner, crumbs)


def structure_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b border-slate-100"><td class="py-2 font-medium">{n}</td>'
        f'<td class="py-2">{r}</td><td class="py-2 text-slate-500">{t}</td></tr>'
        for n, r, t in LEADERS
    )
    offices = "".join(f"<li>{o}</li>" for o in OFFICES)
    inner = (
        '<h2 class="mb-2 text-lg font-bold">Lãnh đạo Sở</h2>'
        '<table class="w-full text-left text-sm"><thead><tr class="border-b-2 border-slate-200">'
        "<th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        '<h2 class="mb-2 mt-8 text-lg font-bold">Các phòng chuyên môn</h2>'
        f'<ul class="list-disc pl-6 text-sm">{offices}</ul>'
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)]
    return _plain(request, "Cơ cấu tổ chức", inner, crumbs)


def contact_page(request: Request) -> Response:
    done = request.params.get("success") == "1"
    inner = (
        '<div class="grid gap-8 md:grid-cols-2"><div class="space-y-2 text-sm text-slate-700">'
        f'<p class="font-semibold">{SITE}</p>'
        "<p>Địa chỉ: Số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>"
        "<p>Điện thoại: 0206 3852 236</p><p>Email: sgddt@caobang.gov.vn</p></div>"
        + (
            '<p class="rounded bg-emerald-50 p-4 text-emerald-700">Cảm ơn bạn đã gửi liên hệ!</p>'
            if done
            else ""
        )
        + '<form method="POST" action="/!/forms/lien-he" class="space-y-3" '
        'x-data="{ sending: false }" @submit="sending = true">'
        f'<input type="hidden" name="_token" value="{CSRF}">'
        '<input type="text" name="winnie" class="hidden">'
        '<input type="text" name="ho_ten" placeholder="Họ và tên" required class="w-full rounded-md border-slate-300">'
        '<input type="email" name="email" placeholder="Email" required class="w-full rounded-md border-slate-300">'
        '<textarea name="noi_dung" rows="5" placeholder="Nội dung" class="w-full rounded-md border-slate-300"></textarea>'
        '<button type="submit" :disabled="sending" class="rounded-md bg-sky-700 px-5 py-2 text-white">'
        "Gửi liên hệ</button></form></div>"
    )
    return _plain(request, "Liên hệ", inner)


def docs_listing(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b border-slate-100"><td class="py-2 pr-3 font-medium">'
        f'<a href="/van-ban/{d["slug"]}" class="text-sky-700 hover:underline">{d["so"]}</a></td>'
        f'<td class="py-2 pr-3">{_dmy(d["ngay"])}</td><td class="py-2">{d["trich_yeu"]}</td></tr>'
        for d in DOCS
    )
    inner = (
        '<table class="w-full text-left text-sm"><thead><tr class="border-b-2 border-slate-200">'
        f"<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}"
        "</tbody></table>"
    )
    return _plain(request, "Văn bản", inner)


def doc_page(request: Request, doc: dict) -> Response:
    fields = [
        ("Số ký hiệu", doc["so"]),
        ("Loại văn bản", doc["loai"]),
        ("Ngày ban hành", _dmy(doc["ngay"])),
        ("Cơ quan ban hành", SITE),
        ("Người ký", doc["nguoi_ky"]),
        ("Trích yếu", doc["trich_yeu"]),
    ]
    rows = "".join(
        f'<tr class="border-b border-slate-100"><th class="w-40 py-2 pr-4 align-top font-medium '
        f'text-slate-500">{k}</th><td class="py-2">{v}</td></tr>'
        for k, v in fields
    )
    inner = (
        f'<table class="w-full text-left text-sm"><tbody>{rows}</tbody></table>'
        + attachment(doc["file"], doc["size"]).html
    )
    title = f"{doc['loai']} số {doc['so']}"
    crumbs = [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (doc["so"], None)]
    return _plain(request, title, inner, crumbs)


def albums_listing(request: Request) -> Response:
    cards = "".join(
        f'<a href="/thu-vien-anh/{a["slug"]}" class="block overflow-hidden rounded-lg ring-1 '
        f'ring-slate-200"><img src="{esc(glide(a["photos"][0][0], w=400, h=250, fit="crop"))}" '
        'alt="" class="aspect-[8/5] w-full object-cover"><div class="p-3">'
        f'<p class="font-semibold text-slate-900">{a["title"]}</p><p class="text-xs '
        f'text-slate-500">{len(a["photos"])} ảnh · {_dmy(a["date"])}</p></div></a>'
        for a in ALBUMS
    )
    return _plain(request, "Thư viện ảnh", f'<div class="grid gap-5 sm:grid-cols-2">{cards}</div>')


def album_page(request: Request, album: dict) -> Response:
    photos = "".join(
        '<figure class="cursor-zoom-in" '
        f"@click=\"lightbox = '{esc(glide(asset, w=1600))}'\">"
        f'<img src="{esc(glide(asset, w=600, h=400, fit="crop"))}" alt="{esc(cap)}" '
        'class="aspect-[3/2] w-full rounded-md object-cover" loading="lazy">'
        f'<figcaption class="mt-1 text-xs text-slate-500">{cap}</figcaption></figure>'
        for asset, cap in album["photos"]
    )
    inner = (
        f'<p class="-mt-4 mb-4 text-sm text-slate-500"><time datetime="{album["date"]}">'
        f"{_dmy(album['date'])}</time> · {len(album['photos'])} ảnh</p>"
        '<div x-data="{ lightbox: null }"><div class="grid grid-cols-2 gap-4 md:grid-cols-3">'
        f"{photos}</div>"
        '<div x-show="lightbox" x-cloak class="fixed inset-0 z-50 flex items-center justify-center '
        'bg-black/80" @click="lightbox = null"><img :src="lightbox" alt="" class="max-h-[90vh]">'
        "</div></div>"
    )
    crumbs = [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (album["title"], None)]
    return _plain(request, album["title"], inner, crumbs)


# --- Laravel/Statamic routes -----------------------------------------------------------------


def _laravel_error(status: int, message: str) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f'<title>{message}</title></head><body class="antialiased">'
        '<div class="relative flex min-h-screen items-center justify-center bg-gray-100">'
        f'<div class="px-4 text-lg text-gray-500">{status}</div>'
        f'<div class="ml-4 text-lg uppercase tracking-wider text-gray-500">{message}</div>'
        "</div></body></html>"
    )
    return html(body, status=status)


def action_route(request: Request) -> Response | None:
    """Statamic's /!/ action routes: POST only; GET is Laravel's 405."""
    known = {"/!/forms/lien-he": "/lien-he?success=1", "/!/auth/login": "/"}
    if request.path not in known:
        return None
    if request.method != "POST":
        return _laravel_error(405, "Method Not Allowed")
    if request.form.get("_token") != CSRF:
        return _laravel_error(419, "Page Expired")
    return redirect(known[request.path])


def glide_image(request: Request) -> Response | None:
    enc = request.path[len("/img/asset/") :].strip("/")
    try:
        asset = base64.urlsafe_b64decode(enc + "=" * (-len(enc) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    if not asset.startswith("assets/") or "/" in enc:
        return None
    params = dict(request.params)
    sig = params.pop("s", "")
    if sig != _signature(enc, params):
        return Response(403, b"Signature is not valid.", {"Content-Type": "text/plain"})
    jpeg = static_file("x.jpg")
    return Response(
        200, jpeg.body, {"Content-Type": "image/jpeg", "Cache-Control": "public, max-age=31536000"}
    )


def cp_login(request: Request) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập ‹ Statamic'
        '</title><meta name="robots" content="noindex,nofollow"></head><body class="outside">'
        '<div class="auth-card"><form method="POST" action="/cp/auth/login">'
        f'<input type="hidden" name="_token" value="{CSRF}"><label>Email</label>'
        '<input type="text" name="email"><label>Mật khẩu</label><input type="password" '
        'name="password"><button type="submit">Đăng nhập</button></form>'
        '<a href="/cp/auth/password/reset">Quên mật khẩu?</a></div></body></html>'
    )
    return html(body)


ATTACHMENTS = {
    "ke-hoach-thi-hsg-cap-tinh-lop-12-nam-hoc-2026-2027.pdf",
    "thong-bao-tuyen-dung-vien-chuc-2026.pdf",
    "mau-phieu-dang-ky-du-tuyen.pdf",
    "danh-sach-trung-tuyen-bo-sung-lop-10-ptdtnt.pdf",
    *(d["file"] for d in DOCS),
}


class StatamicSite:
    """The portal: Laravel's router in front of Statamic's content routes."""

    def __init__(self) -> None:
        self.pages = {
            "/": home_page,
            "/tin-tuc": lambda r: collection_listing(r, "tin-tuc"),
            "/thong-bao": lambda r: collection_listing(r, "thong-bao"),
            "/luu-tru": archive_page,
            "/tim-kiem": search_page,
            "/gioi-thieu": about_page,
            "/co-cau-to-chuc": structure_page,
            "/lien-he": contact_page,
            "/van-ban": docs_listing,
            "/thu-vien-anh": albums_listing,
            "/cp/auth/login": cp_login,
        }
        for term in TERMS:
            self.pages[f"/chuyen-muc/{term}"] = lambda r, t=term: term_listing(r, t)
        for doc in DOCS:
            self.pages[f"/van-ban/{doc['slug']}"] = lambda r, d=doc: doc_page(r, d)
        for album in ALBUMS:
            self.pages[f"/thu-vien-anh/{album['slug']}"] = lambda r, a=album: album_page(r, a)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/!/"):
            return action_route(request)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path.startswith("/img/asset/"):
            return glide_image(request)
        if path.startswith("/assets/van-ban/"):
            name = path.rsplit("/", 1)[-1]
            if name in ATTACHMENTS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/assets/", "/build/")) or path == "/favicon.ico":
            return static_file(path)
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if path == "/cp":
            return redirect("/cp/auth/login")
        if request.method == "POST":
            return _laravel_error(405, "Method Not Allowed")
        story = BY_PATH.get(path)
        if story is not None:
            return entry_page(request, story)
        handler = self.pages.get(path)
        return handler(request) if handler else None


def build_site() -> StatamicSite:
    return StatamicSite()
