"""Nuxt 3 (SSR) over Directus 10: the news site of a district education office (Phòng GD&ĐT).

Platform
--------
"Trang thông tin điện tử Phòng GD&ĐT huyện Phước Lâm", built in 2024 by a small local company
("Giải pháp số Thiên Ấn"): a Nuxt 3 front end rendered on the server (``<div id="__nuxt">``, Vue's
fragment comments ``<!--[-->``/``<!--]-->`` and ``<!--v-if-->``, scoped ``data-v-xxxxxxxx``
attributes, the ``__NUXT_DATA__`` devalue payload and ``window.__NUXT__.config``), reading a
Directus 10 instance published on the same host under ``/cms`` (assets ``/cms/assets/<uuid>``).
Pictures go through ``<NuxtImg>``/``<NuxtPicture>``: ``/_ipx/<modifiers>/cms/assets/<uuid>``
with the modifiers joined by ``&`` (printed ``&amp;`` in attributes). Articles are made of
Directus many-to-any *blocks* (``khoi``): rich text from the TinyMCE editor, a picture with a
caption field, a gallery, a quote, a table, an embed, attached files, an inline "related" card.

URL scheme
----------
- ``/`` home; ``/tin-tuc`` all news, ``/tin-tuc?page=N`` (5 a page);
- ``/tin-tuc/<slug>`` an article; the same Nuxt page also loads an article by its Directus id,
  ``/tin-tuc/<id>`` (the "Đọc nhiều" widget and the inline related card link that way);
- ``/danh-muc/<slug>`` a category (3 a page, ``?page=N``);
- ``/thong-bao`` the notices, ``/thong-bao/<id>`` a notice; the route takes ``parseInt`` of
  the parameter, so ``/thong-bao/41-to-chuc-…`` is the same notice;
- not articles: ``/gioi-thieu``, ``/lien-he``, ``/van-ban`` + ``/van-ban/<id>``,
  ``/thu-vien-anh`` + ``/thu-vien-anh/<slug>``, ``/video`` + ``/video/<id>``,
  ``/lich-cong-tac``, ``/tim-kiem?q=…|tag=…``;
- every route ignores query parameters it does not know (``?ref=hero`` …); an unknown path, slug
  or id is Nuxt's error page with status 404.

Page templates
--------------
layout (header with today's date, menu, search form; sidebar with notices, most-read, poll,
visitor counter, links; footer with the categories, address, copyright; a teleported modal);
home (hero, "Tin mới", tabbed "Hoạt động chuyên môn", "Công đoàn - Đoàn thể", documents,
album, video); listing cards; article (``article.ctn``: ``h1.ctn-td``, ``div.ctn-meta``,
``div.ctn-mota`` sapo, ``div.ctn-nd`` blocks, tags, share tools, "Các tin khác"); notice
(``article.tb-ct``, table of facts, rich text often pasted as an official document).

How each gold article is reached
--------------------------------
Menu "Tin tức" -> ``/tin-tuc`` (page 1: five newest), whose pager is made of ``<button>``s: pages
2 and 3 are reached only through ``<link rel="next">`` in the head. Categories are linked from
the footer, the breadcrumbs and the home sections; ``/danh-muc/tin-tuc-su-kien?page=2`` (pager
printed as relative ``href="?page=2"``) holds the oldest article, which is otherwise only on
``/tin-tuc?page=3``. The two notices are in the sidebar portlet of every page and on
``/thong-bao``. "Các tin khác" under an article lists only the *newer* items of its category,
so it never leads further back in time.

Traps
-----
1. Client-only navigation. The "Tin tức" drop-down is filled in the browser (SSR prints
   ``<!--v-if-->``), the home tabs "Tiểu học" and "THCS" are ``<button>``s whose panels are not
   rendered, the ``/tin-tuc`` pager is buttons with ``<link rel="prev|next">`` in the head, the
   category pager uses query-only relative hrefs. Gold: every article is still reachable
   (footer categories, rel=next, ``?page=2``); listings are not articles.
2. Duplicate routes with a lying canonical. ``/tin-tuc/<id>`` (most-read widget, inline related
   card), ``/tin-tuc/<slug>?ref=hero`` (home hero) and ``/thong-bao/41-<slug>`` (sidebar) serve
   the same article; ``<link rel="canonical">`` is built from ``route.path`` so on the id and
   slug-suffixed routes it names the duplicate itself (``og:url`` is right). Gold: one record,
   canonical = slug route (``/thong-bao/<id>`` for notices), the others in ``alt_paths``.
3. UTC in the markup. ``<time datetime>``, JSON-LD and the payload carry Directus' UTC
   (``2026-11-27T17:00:00.000Z``); the visible text is local. Two articles were published at
   local midnight ("00:00 | 28/11/2026"): the attribute's date part is the day before. Gold:
   local time with +07:00; midnight -> the day alone ("2026-11-28").
4. Dates that are not the publication date: "Cập nhật lần cuối: 09:12 | 04/12/2026" printed
   *before* the publication time, the header's today, the notice's "Ngày đăng" (posting) next to
   the letterhead's day of an official document. Gold: publication time; for the document
   notice the letterhead's day ("2026-11-30").
5. Titles in three versions: listing cards print Directus' short title (``tieu_de_ngan``),
   ``<title>``/``og:title`` the SEO title, the ``h1`` the headline (one with an emoji). Gold: the
   ``h1``.
6. Captions from Directus file titles. Gallery items print the file's ``title``, which Directus
   derives from the upload's name ("Img 20261128 083512"); one block picture prints only
   "Ảnh: Đức Nhân"; TinyMCE ``<figcaption>``; a centred italic line "(…)" under an inline
   picture. Gold: auto file-name titles and credit-only lines -> caption None (the credit gives
   the photographer); parentheses taken off.
7. Content-shaped blocks inside ``div.ctn-nd``: the inline "Có thể bạn quan tâm" card (title
   and an excerpt in ``<p>``), the attached-files block, a YouTube embed with a label line,
   "Xem thêm: <link>", bylines as right-aligned paragraphs. Gold: none of it is body.
8. Text as editors pasted it: one article is entirely NFD (decomposed, pasted from a Mac), one
   is Word HTML with ``mso-list:Ignore`` numbers and a ``<br>`` inside a paragraph, one has
   bracketed footnote calls plus a bare ``<sup>`` call. Gold: NFC text; Word's numbers are no
   text, "- " typed by hand is; ``<br>`` splits; "[1]" stays, the bare superscript does not.
9. Chrome and machine text that reads like content: the ``__NUXT_DATA__`` payload repeats every
   block's HTML (escaped) and the sidebar lists; a teleported "THÔNG BÁO" modal after the app;
   JSON-LD names the office as author. Gold: bylines printed on the page only; "Người đăng:
   bientap01" (CMS account) and "BBT" -> no author.

Gold decisions on ambiguous points
----------------------------------
- The sapo is the Directus field ``mo_ta`` printed as ``div.ctn-mota`` (two articles) or a bold
  first paragraph of the rich text (one article); elsewhere the meta description is a cut of
  the body and the summary is null.
- A block quote's text is a body paragraph; its decorative "“" (``aria-hidden``) is no text. A
  table's rows are paragraphs (header row too).
- The label under an embedded video ("Video: …") belongs to the embed, not the text.
- A closing right-aligned unit ("Tổ Mầm non", "Bộ phận Chuyên môn THCS") is the author as
  printed. "Tin, ảnh: X (Trường …)" -> X in authors and photographers.
- The notice pasted as an official document: letterhead table, "THÔNG BÁO", "Về việc …" and the
  "Nơi nhận"/signature table are not body; the signer's name is the author; the date is the
  letterhead's day. The plain notice keeps its posting time ("16:45 27/11/2026").
- Footnote list under "Tài liệu tham khảo" is body (heading included).
- Category = the breadcrumb's last item: "Tin tức - Sự kiện", "Giáo dục Mầm non", "Giáo dục
  Tiểu học", "Giáo dục THCS", "Công đoàn - Đoàn thể", "Thông báo".
- The cover image (``anh_dai_dien``) is printed only on listings and in ``og:image``: it is not
  an article image.
- Album, video, document and intro pages print dates and paragraphs but are not articles.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nuxt3_directus_pgd"
PLATFORM = "Nuxt 3 SSR + Directus 10 (NuxtImg/_ipx, block content)"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
ORG = "Phòng Giáo dục và Đào tạo huyện Phước Lâm"
ORG_SHORT = "Phòng GD&ĐT huyện Phước Lâm"
VN = timezone(timedelta(hours=7))
BLK = "\x00blk\x00"  # a Raw starting with this is a block of its own, outside the rich text

NEWS_PAGE = 5
CAT_PAGE = 3


def _uuid(seed: str) -> str:
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest(), version=4))


def ipx(seed: str, mods: str = "f_webp&q_80&w_800") -> str:
    """A <NuxtImg> path as printed (unescaped): modifiers joined by '&'."""
    return f"/_ipx/{mods}/cms/assets/{_uuid(seed)}"


def mce(seed: str) -> str:
    """An image the TinyMCE editor of Directus inserted into the rich text."""
    return f"/cms/assets/{_uuid(seed)}?width=1000&quality=80"


CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-tieu-hoc": "Giáo dục Tiểu học",
    "giao-duc-thcs": "Giáo dục THCS",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
}
TB_CAT = "Thông báo"


def right(inner: str) -> Raw:
    """A byline as editors type it: a right-aligned paragraph inside the rich text."""
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def files_block(items: list[tuple[str, str, str]]) -> Raw:
    rows = "".join(
        f'<li data-v-0c7d5e12><span class="i-pdf" data-v-0c7d5e12></span><a href="/cms/assets/{_uuid(seed)}/{esc(name)}?download" '
        f'target="_blank" rel="noopener" data-v-0c7d5e12>{esc(name)}</a> <span class="tep-kt" data-v-0c7d5e12>({size})</span></li>'
        for seed, name, size in items
    )
    return Raw(
        BLK + '<div class="khoi khoi--tep" data-v-0c7d5e12><p class="tep-nhan" data-v-0c7d5e12>'
        '<span class="i-kep" data-v-0c7d5e12></span> Tệp đính kèm</p>'
        f'<ul data-v-0c7d5e12><!--[-->{rows}<!--]--></ul></div>'
    )


def embed_block(video: str, label: str) -> Raw:
    return Raw(
        BLK + '<div class="khoi khoi--nhung" data-v-3b8e41d0><div class="nhung-16x9" data-v-3b8e41d0>'
        f'<iframe src="https://www.youtube.com/embed/{video}" title="YouTube video player" frameborder="0" '
        'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
        f'allowfullscreen loading="lazy" data-v-3b8e41d0></iframe></div><p class="nhung-mt" data-v-3b8e41d0>{esc(label)}</p></div>'
    )


# --- the articles -------------------------------------------------------------------------

S1 = Story(
    id=1057,
    slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    title="Bế mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sau gần hai tuần diễn ra sôi nổi, nghiêm túc, chiều ngày 02/12/2026, Phòng GD&ĐT huyện "
        "Phước Lâm tổ chức bế mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027 "
        "và trao giấy chứng nhận cho 47 giáo viên đạt danh hiệu."
    ),
    sapo_outside=True,
    authors=["Trần Thị Thu Hà"],
    photographers=["Trần Thị Thu Hà"],
    blocks=[
        P(
            "Hội thi năm nay thu hút 112 giáo viên đến từ 18 trường THCS và TH&THCS trên địa bàn huyện "
            "tham gia ở 9 môn học: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, "
            "Giáo dục công dân, Tin học, Công nghệ và Giáo dục thể chất. Mỗi giáo viên dự thi phải trải "
            "qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết "
            "trên lớp."
        ),
        Img(
            ipx("s1-a"),
            "Đồng chí Trần Văn Bình, Trưởng phòng GD&ĐT huyện phát biểu bế mạc Hội thi",
            "Đồng chí Trần Văn Bình, Trưởng phòng GD&ĐT huyện phát biểu bế mạc Hội thi",
            style="blk",
        ),
        P(
            "Phát biểu tại buổi bế mạc, đồng chí Trần Văn Bình, Trưởng phòng GD&ĐT huyện đánh giá cao "
            "tinh thần chuẩn bị chu đáo của các đơn vị và sự đầu tư công phu của giáo viên dự thi. "
            "Nhiều tiết dạy đã vận dụng linh hoạt các phương pháp dạy học tích cực, khai thác hiệu quả "
            "thiết bị dạy học số, tạo được hứng thú cho học sinh."
        ),
        P("Kết quả Hội thi", "h3"),
        P(
            "Ban Tổ chức đã công nhận 47 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, trong đó "
            "có 12 giáo viên xếp loại xuất sắc. Trường THCS Nguyễn Du và Trường THCS Lê Quý Đôn là hai "
            "đơn vị có nhiều giáo viên đạt danh hiệu nhất."
        ),
        Img(
            ipx("s1-b"),
            "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt danh hiệu GVDG cấp huyện",
            "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt danh hiệu GVDG cấp huyện",
            style="blk",
        ),
        P(
            "Thông qua Hội thi, các trường có thêm cơ hội giao lưu, học hỏi kinh nghiệm; đồng thời phát "
            "hiện, bồi dưỡng những giáo viên có năng lực để tham gia Hội thi giáo viên dạy giỏi cấp tỉnh "
            "dự kiến tổ chức vào tháng 3/2027."
        ),
        right("<strong>Tin, ảnh: Trần Thị Thu Hà</strong>"),
    ],
    opts={
        "utc": "2026-12-03T07:30:00.000Z",
        "updated": ("09:12 | 04/12/2026", "2026-12-04T02:12:41.000Z"),
        "short": "Bế mạc Hội thi GVDG cấp huyện bậc THCS",
        "seo": "Bế mạc Hội thi GVDG THCS cấp huyện 2026-2027",
        "tags": [("gvdg", "GVDG"), ("thcs", "THCS")],
        "cover": "s1-a",
    },
)

S2 = Story(
    id=1042,
    slug="soi-noi-ngay-hoi-stem-hoc-sinh-tieu-hoc-huyen-phuoc-lam-nam-2026",
    title="🎉 Sôi nổi Ngày hội STEM học sinh tiểu học huyện Phước Lâm năm 2026",
    cat="giao-duc-tieu-hoc",
    published_at="2026-11-28",
    authors=["Lê Minh Khoa"],
    photographers=["Nguyễn Văn Tú"],
    blocks=[
        P(
            "Sáng 28/11, tại Trường TH Phước Lâm số 1, Phòng GD&ĐT huyện Phước Lâm tổ chức Ngày hội STEM "
            "học sinh tiểu học năm 2026 với sự tham gia của gần 400 học sinh đến từ 21 trường tiểu học "
            "trên địa bàn."
        ),
        P(
            "Ngày hội gồm ba nội dung chính: trưng bày sản phẩm STEM, thi lắp ráp mô hình robot và trải "
            "nghiệm các trạm khoa học vui. Mỗi trường tham gia một gian trưng bày với tối thiểu 05 sản "
            "phẩm do học sinh thực hiện dưới sự hướng dẫn của giáo viên."
        ),
        P(
            "Nhiều sản phẩm được đánh giá cao về tính sáng tạo và khả năng ứng dụng như: mô hình tưới cây "
            "tự động, đèn giao thông thông minh, máy lọc nước mini từ vật liệu tái chế, xe chạy bằng năng "
            "lượng mặt trời… Các em tự tin thuyết trình, trả lời câu hỏi của Ban Giám khảo và khách tham quan."
        ),
        Img(ipx("s2-a", "s_600x400"), "Img 20261128 083512", None, style="gal"),
        Img(
            ipx("s2-b", "s_600x400"),
            "Học sinh Trường TH Phước Hòa giới thiệu mô hình tưới cây tự động",
            "Học sinh Trường TH Phước Hòa giới thiệu mô hình tưới cây tự động",
            style="gal",
        ),
        Img(ipx("s2-c", "s_600x400"), "Img 20261128 091047", None, style="gal"),
        Img(
            ipx("s2-d", "s_600x400"),
            "Phần thi lắp ráp robot của học sinh khối 5",
            "Phần thi lắp ráp robot của học sinh khối 5",
            style="gal",
        ),
        P(
            "Kết thúc Ngày hội, Ban Tổ chức đã trao 06 giải Nhất, 09 giải Nhì, 12 giải Ba và 15 giải "
            "Khuyến khích cho các tập thể và cá nhân có sản phẩm xuất sắc."
        ),
        right("<em>Tin: Lê Minh Khoa - Ảnh: Nguyễn Văn Tú</em>"),
    ],
    opts={
        "utc": "2026-11-27T17:00:00.000Z",
        "short": "Ngày hội STEM học sinh tiểu học năm 2026",
        "seo": "Ngày hội STEM học sinh tiểu học huyện Phước Lâm 2026",
        "tags": [("stem", "STEM")],
        "cover": "s2-b",
    },
)

S3 = Story(
    id=1024,
    slug="tap-huan-nang-cao-nang-luc-day-hoc-mon-tieng-anh-cap-thcs",
    title="Tập huấn nâng cao năng lực dạy học môn Tiếng Anh cấp THCS theo Chương trình GDPT 2018",
    cat="giao-duc-thcs",
    published_at="2026-11-12T16:05:00+07:00",
    authors=["Phạm Văn Lực"],
    blocks=[
        P(
            "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT huyện Phước Lâm phối hợp với Trung tâm Ngoại "
            "ngữ - Tin học tỉnh tổ chức lớp tập huấn nâng cao năng lực dạy học môn Tiếng Anh cho 46 giáo "
            "viên cấp THCS trên địa bàn huyện.",
            "msop",
        ),
        P("Nội dung tập huấn tập trung vào các vấn đề sau:", "msop"),
        P("Thiết kế kế hoạch bài dạy theo định hướng phát triển năng lực giao tiếp;", "mso"),
        P("Ứng dụng công cụ số trong dạy học kỹ năng nghe, nói;", "mso"),
        P(
            "Xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo Thông tư số 22/2021/TT-BGDĐT.",
            "mso",
        ),
        P(
            "Báo cáo viên của lớp tập huấn là ThS. Nguyễn Hoàng Yến, giảng viên Trường Đại học Phạm Văn Đồng.",
            "msop",
        ),
        P(
            "Lớp học được tổ chức kết hợp giữa hình thức trực tiếp và trực tuyến qua nền tảng Google Meet.",
            "br",
        ),
        Img(
            mce("s3-a"),
            "Giáo viên thực hành thiết kế hoạt động dạy kỹ năng nói theo nhóm",
            "Giáo viên thực hành thiết kế hoạt động dạy kỹ năng nói theo nhóm",
            style="mce-fig",
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi giáo viên hoàn thành một kế hoạch bài dạy minh họa, nộp về Phòng "
            "GD&ĐT trước ngày 25/11/2026 để đánh giá, chọn lọc sản phẩm tốt chia sẻ trên kho học liệu số "
            "của huyện.",
            "msop",
        ),
        P("Phòng GD&ĐT đề nghị:", "msop"),
        P(
            "- Hiệu trưởng các trường THCS tạo điều kiện để giáo viên vận dụng kết quả tập huấn vào thực "
            "tiễn giảng dạy;",
            "msop",
        ),
        P(
            "- Tổ chuyên môn tổ chức sinh hoạt chuyên đề nhân rộng nội dung tập huấn trong học kỳ I.",
            "msop",
        ),
    ],
    opts={
        "utc": "2026-11-12T09:05:00.000Z",
        "short": "Tập huấn dạy học Tiếng Anh cấp THCS",
        "seo": "Tập huấn Tiếng Anh THCS - Chương trình GDPT 2018",
        "author_meta": "ThS. Phạm Văn Lực - Phó Trưởng phòng",
        "tags": [("thcs", "THCS")],
        "cover": "s3-a",
    },
)

S4 = Story(
    id=1031,
    slug="long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Phước Lâm: Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T10:15:00+07:00",
    summary=(
        "Sáng 19/11/2026, UBND huyện Phước Lâm tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm 2026."
    ),
    source="Cổng Thông tin điện tử huyện Phước Lâm",
    blocks=[
        P(
            "Sáng 19/11/2026, UBND huyện Phước Lâm tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm 2026.",
            "bold",
        ),
        P(
            "Dự buổi lễ có đồng chí Võ Văn Hùng, Phó Chủ tịch UBND huyện; lãnh đạo các phòng, ban, ngành, "
            "đoàn thể của huyện; đại diện Ban giám hiệu và giáo viên tiêu biểu của các trường học trên địa bàn."
        ),
        P(
            "Năm học 2025 - 2026, ngành Giáo dục huyện tiếp tục đạt nhiều kết quả quan trọng: tỷ lệ huy "
            "động trẻ mẫu giáo ra lớp đạt 99,2%; 100% học sinh lớp 5 hoàn thành chương trình tiểu học; tỷ "
            "lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt 99,6%. Toàn huyện có thêm 04 trường được "
            "công nhận đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 41/52 trường."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những nỗ lực của "
            "đội ngũ nhà giáo và cán bộ quản lý giáo dục; đồng thời đề nghị ngành tiếp tục đẩy mạnh chuyển "
            "đổi số, đổi mới phương pháp dạy học, quan tâm hơn nữa đến giáo dục đạo đức, lối sống cho học sinh."
        ),
        P(
            "Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi ngày "
            "đến trường thực sự là một ngày vui đối với học sinh.",
            "quote",
        ),
        Img(
            ipx("s4-a"),
            "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
            style="blk",
        ),
        P(
            "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc trong sự "
            "nghiệp giáo dục năm 2026."
        ),
        right("<strong>BBT</strong>"),
        Raw("<p><em>Nguồn: Cổng Thông tin điện tử huyện Phước Lâm</em></p>"),
    ],
    opts={
        "utc": "2026-11-19T03:15:00.000Z",
        "short": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "seo": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026 tại Phước Lâm",
        "cover": "s4-a",
    },
)

S5 = Story(
    id=1039,
    slug="hoi-giang-giao-vien-mam-non-cap-cum-chu-de-be-voi-an-toan-giao-thong",
    title="Hội giảng giáo viên mầm non cấp cụm với chủ đề “Bé với an toàn giao thông”",
    cat="giao-duc-mam-non",
    published_at="2026-11-25T15:20:00+07:00",
    authors=["Tổ Mầm non"],
    blocks=[
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 24/11/2026, cụm chuyên môn số 2 gồm "
            "các trường Mầm non Hoa Sen, Mầm non Sơn Ca và Mầm non Phước Thạnh đã tổ chức hội giảng với "
            "chủ đề “Bé với an toàn giao thông”."
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, lồng ghép khéo léo nội dung giáo dục an toàn giao thông "
            "vào các hoạt động làm quen với toán, khám phá xã hội, âm nhạc và tạo hình. Trẻ được thực hành "
            "đi bộ qua đường đúng vạch, nhận biết đèn tín hiệu và một số biển báo giao thông quen thuộc."
        ),
        Img(
            mce("s5-a"),
            "(Cô giáo Nguyễn Thị Mỹ Linh, Trường Mầm non Hoa Sen tổ chức hoạt động cho trẻ 5 - 6 tuổi)",
            "Cô giáo Nguyễn Thị Mỹ Linh, Trường Mầm non Hoa Sen tổ chức hoạt động cho trẻ 5 - 6 tuổi",
            style="mce-p",
        ),
        P(
            "Sau mỗi tiết dạy, ban giám khảo và giáo viên dự giờ cùng trao đổi, góp ý thẳng thắn, chỉ ra "
            "những ưu điểm cần phát huy và những hạn chế cần khắc phục trong việc tổ chức hoạt động theo "
            "hướng lấy trẻ làm trung tâm."
        ),
        Img(
            mce("s5-b"),
            "(Trẻ thực hành đi bộ qua đường trên mô hình sa bàn giao thông)",
            "Trẻ thực hành đi bộ qua đường trên mô hình sa bàn giao thông",
            style="mce-p",
        ),
        P(
            "Hoạt động hội giảng góp phần nâng cao năng lực chuyên môn cho đội ngũ giáo viên, đồng thời "
            "hình thành cho trẻ những kỹ năng, thói quen tốt khi tham gia giao thông ngay từ lứa tuổi mầm non."
        ),
        right("<strong>Tổ Mầm non</strong>"),
    ],
    opts={
        "utc": "2026-11-25T08:20:00.000Z",
        "short": "Hội giảng mầm non cấp cụm: “Bé với an toàn giao thông”",
        "seo": "Hội giảng giáo viên mầm non cụm số 2 - an toàn giao thông",
        "nfd": True,
        "cover": "s5-a",
    },
)

S6 = Story(
    id=1028,
    slug="cong-doan-nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title=(
        "Công đoàn ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
        "với bạo lực trên cơ sở giới năm 2026"
    ),
    cat="cong-doan-doan-the",
    published_at="2026-11-16T09:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 86/KH-LĐLĐ của Liên đoàn Lao động huyện, Công đoàn ngành Giáo dục huyện "
            "Phước Lâm đã ban hành kế hoạch hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng "
            "phó với bạo lực trên cơ sở giới năm 2026 từ ngày 15/11 đến ngày 15/12/2026."
        ),
        P(
            "Theo kế hoạch, các công đoàn cơ sở trực thuộc tổ chức tuyên truyền bằng nhiều hình thức phù "
            "hợp như: lồng ghép trong sinh hoạt chuyên môn, sinh hoạt dưới cờ, treo băng rôn, khẩu hiệu và "
            "đăng tải tin bài trên trang thông tin điện tử của nhà trường."
        ),
        P("Một số hoạt động trọng tâm", "h3"),
        P("Thời gian | Hoạt động | Đơn vị thực hiện", "th"),
        P("15/11 - 20/11 | Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động | Các công đoàn cơ sở", "tr"),
        P(
            "21/11 - 30/11 | Tọa đàm “Chia sẻ công việc gia đình - Hạnh phúc nhân đôi” | Ban Nữ công Công "
            "đoàn ngành",
            "tr",
        ),
        P("01/12 - 15/12 | Chuyên đề phòng, chống xâm hại trẻ em | Các trường MN, TH, THCS", "tr"),
        P(
            "Công đoàn ngành đề nghị các công đoàn cơ sở báo cáo kết quả thực hiện về Ban Thường vụ Công "
            "đoàn ngành trước ngày 18/12/2026 để tổng hợp, báo cáo cấp trên."
        ),
        files_block([("s6-f", "KH-huong-ung-thang-hanh-dong-BDG-2026.pdf", "312 KB")]),
    ],
    opts={
        "utc": "2026-11-16T02:00:00.000Z",
        "short": "Hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        "seo": "Công đoàn ngành Giáo dục Phước Lâm - Tháng hành động vì bình đẳng giới 2026",
        "poster": "bientap01",
        "cover": "s6-cover",
    },
)

S7 = Story(
    id=1009,
    slug="kiem-tra-cong-tac-ban-tru-ve-sinh-an-toan-thuc-pham-tai-cac-truong-mam-non",
    title="Kiểm tra công tác bán trú, vệ sinh an toàn thực phẩm tại các trường mầm non",
    cat="giao-duc-mam-non",
    published_at="2026-10-22T08:45:00+07:00",
    authors=["Hồng Vân"],
    blocks=[
        P(
            "Từ ngày 15 đến ngày 21/10/2026, đoàn kiểm tra của Phòng GD&ĐT phối hợp với Trung tâm Y tế huyện "
            "đã tiến hành kiểm tra công tác tổ chức bán trú và bảo đảm vệ sinh an toàn thực phẩm tại 14 "
            "trường mầm non công lập và 03 cơ sở giáo dục mầm non độc lập trên địa bàn huyện."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ tiếp phẩm, sổ kiểm thực ba bước, việc lưu mẫu thức ăn, điều kiện bếp ăn "
            "một chiều, nguồn nước sinh hoạt và giấy chứng nhận đủ điều kiện an toàn thực phẩm của các nhà "
            "cung cấp."
        ),
        Img(
            ipx("s7-a"),
            "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Sơn Ca",
            "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Sơn Ca",
            style="blk",
        ),
        P(
            "Qua kiểm tra, các đơn vị cơ bản thực hiện tốt quy định; thực đơn được xây dựng theo tuần, bảo "
            "đảm cân đối dinh dưỡng. Tuy nhiên, một số trường còn chưa cập nhật kịp thời sổ kiểm thực, khu "
            "vực sơ chế chưa tách biệt rõ ràng."
        ),
        P(
            "Đoàn kiểm tra đề nghị các đơn vị khẩn trương khắc phục những tồn tại, báo cáo kết quả về Phòng "
            "GD&ĐT trước ngày 05/11/2026."
        ),
        right("<strong>Hồng Vân</strong>"),
    ],
    opts={
        "utc": "2026-10-22T01:45:00.000Z",
        "short": "Kiểm tra bán trú, VSATTP tại các trường mầm non",
        "seo": "Kiểm tra công tác bán trú trường mầm non huyện Phước Lâm",
        "cover": "s7-a",
    },
)

S8 = Story(
    id=1013,
    slug="chuyen-de-mot-so-kinh-nghiem-boi-duong-hoc-sinh-gioi-mon-ngu-van-lop-9",
    title="Chuyên đề: Một số kinh nghiệm bồi dưỡng học sinh giỏi môn Ngữ văn lớp 9",
    cat="giao-duc-thcs",
    published_at="2026-10-30",
    authors=["Nguyễn Thị Thanh Tâm"],
    blocks=[
        P(
            "Bồi dưỡng học sinh giỏi là một trong những nhiệm vụ trọng tâm của mỗi nhà trường, góp phần phát "
            "hiện và nuôi dưỡng nhân tài cho địa phương. Với môn Ngữ văn, đây là quá trình lâu dài, đòi hỏi "
            "sự kiên trì của cả thầy và trò."
        ),
        P("1. Chọn đúng đối tượng ngay từ đầu", "h3"),
        P(
            "Giáo viên cần phát hiện học sinh có năng khiếu từ lớp 7, lớp 8 qua các bài viết, khả năng cảm "
            "thụ và tư duy độc lập. Năng lực cảm thụ văn học của học sinh không thể hình thành trong một sớm "
            "một chiều mà phải được bồi đắp thường xuyên, liên tục.[1]"
        ),
        P("2. Xây dựng hệ thống chuyên đề khoa học", "h3"),
        P(
            "Hệ thống chuyên đề nên bao quát cả nghị luận xã hội và nghị luận văn học, bám sát tinh thần "
            "chuyển từ dạy học truyền thụ kiến thức sang phát triển năng lực người học mà Nghị quyết số "
            "29-NQ/TW Hội nghị Trung ương 8 khóa XI đã đề ra. Mỗi chuyên đề cần có phần lý thuyết ngắn "
            "gọn, hệ thống bài tập từ dễ đến khó và đề luyện tập có đáp án, biểu điểm cụ thể.",
            '<p style="text-align: justify;">Hệ thống chuyên đề nên bao quát cả nghị luận xã hội và nghị '
            "luận văn học, bám sát tinh thần chuyển từ dạy học truyền thụ kiến thức sang phát triển năng lực "
            "người học mà Nghị quyết số 29-NQ/TW Hội nghị Trung ương 8 khóa XI đã đề ra"
            '<sup><a href="#_ftn2" name="_ftnref2" title="">2</a></sup>. Mỗi chuyên đề cần có phần lý thuyết '
            "ngắn gọn, hệ thống bài tập từ dễ đến khó và đề luyện tập có đáp án, biểu điểm cụ thể.</p>",
        ),
        P("3. Rèn luyện kỹ năng viết thường xuyên", "h3"),
        P(
            "Mỗi tuần, học sinh hoàn thành ít nhất một bài viết hoàn chỉnh; giáo viên chấm, chữa chi tiết và "
            "yêu cầu học sinh viết lại những đoạn chưa đạt. Cách làm này giúp các em tiến bộ rõ rệt sau mỗi "
            "học kỳ.[3]"
        ),
        P(
            "Với những kinh nghiệm trên, năm học 2025 - 2026, đội tuyển Ngữ văn lớp 9 của trường đạt 01 giải "
            "Nhì, 02 giải Ba cấp tỉnh, góp phần vào thành tích chung của ngành Giáo dục huyện nhà."
        ),
        right("<strong>ThS. Nguyễn Thị Thanh Tâm</strong> – Giáo viên Trường THCS Nguyễn Du"),
        P("Tài liệu tham khảo", "bold"),
        P(
            "[1] Đỗ Ngọc Thống (chủ biên), Dạy học phát triển năng lực môn Ngữ văn trung học cơ sở, NXB Đại "
            "học Sư phạm, 2018."
        ),
        P(
            "[2] Ban Chấp hành Trung ương, Nghị quyết số 29-NQ/TW ngày 04/11/2013 về đổi mới căn bản, toàn "
            "diện giáo dục và đào tạo."
        ),
        P(
            "[3] Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT)."
        ),
    ],
    opts={
        "utc": "2026-10-29T17:00:00.000Z",
        "short": "Kinh nghiệm bồi dưỡng HSG Ngữ văn lớp 9",
        "seo": "Chuyên đề bồi dưỡng học sinh giỏi Ngữ văn 9",
        "tags": [("thcs", "THCS")],
        "cover": "s8-cover",
    },
)

S9 = Story(
    id=1004,
    slug="truong-th-phuoc-lam-so-1-to-chuc-hoat-dong-trai-nghiem-em-yeu-que-huong",
    title="Trường TH Phước Lâm số 1 tổ chức hoạt động trải nghiệm “Em yêu quê hương”",
    cat="giao-duc-tieu-hoc",
    published_at="2026-10-14T16:40:00+07:00",
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Lê Thị Hồng Nhung"],
    blocks=[
        P(
            "Nhằm giúp học sinh hiểu thêm về truyền thống lịch sử, văn hóa của quê hương, ngày 12/10/2026, "
            "Trường TH Phước Lâm số 1 tổ chức cho gần 300 học sinh khối 4 và khối 5 tham gia hoạt động trải "
            "nghiệm tại Khu di tích Đình làng Phước Lâm."
        ),
        P(
            "Tại đây, các em được nghe thuyết minh về lịch sử hình thành vùng đất, tham quan nhà trưng bày "
            "hiện vật và tham gia các trò chơi dân gian như kéo co, nhảy bao bố, bịt mắt đập niêu."
        ),
        Raw("\x00related\x00" + str(S2.id)),
        Img(
            ipx("s9-a"),
            "Học sinh khối 5 tham gia trò chơi kéo co",
            "Học sinh khối 5 tham gia trò chơi kéo co",
            style="blk",
        ),
        P(
            "Hoạt động trải nghiệm đã góp phần giáo dục tình yêu quê hương, đất nước, bồi dưỡng kỹ năng sống "
            "và tinh thần đoàn kết cho học sinh."
        ),
        Raw(
            f'<p><em>Xem thêm: <a href="/tin-tuc/{S2.slug}">Sôi nổi Ngày hội STEM học sinh tiểu học huyện '
            "Phước Lâm năm 2026</a></em></p>"
        ),
        right("<strong>Tin, ảnh: Lê Thị Hồng Nhung (Trường TH Phước Lâm số 1)</strong>"),
    ],
    opts={
        "utc": "2026-10-14T09:40:00.000Z",
        "short": "TH Phước Lâm số 1: trải nghiệm “Em yêu quê hương”",
        "seo": "Hoạt động trải nghiệm Em yêu quê hương - TH Phước Lâm số 1",
        "cover": "s9-a",
    },
)

S10 = Story(
    id=998,
    slug="doan-cong-tac-cua-so-gddt-lam-viec-ve-cong-tac-pho-cap-giao-duc-xoa-mu-chu",
    title=(
        "Đoàn công tác của Sở GD&ĐT làm việc với huyện Phước Lâm về công tác phổ cập giáo dục, xóa mù chữ"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-10-08T14:00:00+07:00",
    authors=["Đức Nhân"],
    blocks=[
        P(
            "Chiều 07/10/2026, Đoàn công tác của Sở GD&ĐT do đồng chí Phạm Thị Thanh Hương, Phó Giám đốc Sở "
            "làm trưởng đoàn đã có buổi làm việc với Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Phước Lâm."
        ),
        P(
            "Báo cáo với đoàn, lãnh đạo Phòng GD&ĐT cho biết năm 2026, huyện tiếp tục duy trì đạt chuẩn phổ "
            "cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS "
            "mức độ 2 và xóa mù chữ mức độ 2; 21/21 xã, thị trấn duy trì đạt chuẩn theo quy định."
        ),
        P(
            "Tuy nhiên, công tác phổ cập vẫn còn một số khó khăn như: tỷ lệ học sinh bỏ học ở các xã miền núi "
            "còn cao hơn mặt bằng chung; việc điều tra, cập nhật số liệu trên hệ thống thông tin quản lý phổ "
            "cập ở một số xã chưa kịp thời."
        ),
        Img(ipx("s10-a"), "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", style="blk"),
        P(
            "Phát biểu kết luận, đồng chí Phó Giám đốc Sở ghi nhận những kết quả huyện đạt được, đồng thời đề "
            "nghị huyện tăng cường các giải pháp duy trì sĩ số, nâng cao chất lượng phổ cập giáo dục, chuẩn bị "
            "tốt các điều kiện cho đợt kiểm tra công nhận của tỉnh vào cuối năm."
        ),
        right("<strong>Tin: Đức Nhân</strong>"),
    ],
    opts={
        "utc": "2026-10-08T07:00:00.000Z",
        "short": "Sở GD&ĐT làm việc về công tác phổ cập giáo dục",
        "seo": "Sở GD&ĐT kiểm tra công tác PCGD-XMC huyện Phước Lâm",
        "cover": "s10-a",
    },
)

S11 = Story(
    id=1019,
    slug="trien-khai-phan-mem-quan-ly-truong-hoc-va-hoc-ba-so-nam-hoc-2026-2027",
    title="Triển khai phần mềm quản lý trường học và học bạ số năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-05T07:45:00+07:00",
    summary=(
        "Nhằm đẩy mạnh chuyển đổi số trong quản lý giáo dục, Phòng GD&ĐT huyện Phước Lâm tổ chức hội nghị "
        "triển khai phần mềm quản lý trường học và học bạ số cho cán bộ quản lý, nhân viên phụ trách dữ "
        "liệu của 52 trường học trên địa bàn."
    ),
    sapo_outside=True,
    authors=["Minh Tâm"],
    photographers=["Đức Nhân"],
    blocks=[
        P(
            "Tại hội nghị, đại diện đơn vị cung cấp phần mềm đã hướng dẫn chi tiết quy trình cập nhật hồ sơ "
            "học sinh, nhập điểm, nhận xét, ký số và xuất học bạ số theo hướng dẫn của Bộ GD&ĐT."
        ),
        Img(ipx("s11-a"), "Ảnh: Đức Nhân", None, style="blk"),
        P(
            "Theo lộ trình, từ học kỳ I năm học 2026 - 2027, 100% trường tiểu học và THCS trên địa bàn huyện "
            "thực hiện học bạ số; các trường mầm non hoàn thành việc cập nhật dữ liệu trẻ trên phần mềm trước "
            "ngày 31/12/2026."
        ),
        P(
            "Phòng GD&ĐT yêu cầu thủ trưởng các đơn vị phân công cụ thể nhân sự phụ trách, bảo đảm dữ liệu "
            "được cập nhật đầy đủ, chính xác, kịp thời; tuyệt đối không để lộ, lọt thông tin cá nhân của học sinh."
        ),
        embed_block("Xk3v9PqL2aQ", "Video: Hướng dẫn ký số học bạ trên phần mềm quản lý trường học"),
        files_block([("s11-f", "Huong-dan-su-dung-hoc-ba-so.pdf", "2,4 MB")]),
    ],
    opts={
        "utc": "2026-11-05T00:45:00.000Z",
        "short": "Triển khai học bạ số năm học 2026 - 2027",
        "seo": "Triển khai phần mềm quản lý trường học, học bạ số",
        "author_meta": "Minh Tâm",
        "cover": "s11-a",
    },
)

# --- notices ---------------------------------------------------------------------------------

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN PHƯỚC LÂM<br>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
    "<u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 415/TB-PGDĐT</td>'
    '<td style="text-align: center;"><em>Phước Lâm, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;">&nbsp;</p>'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện<br>'
    "năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Như trên;<br>- Lãnh đạo Phòng;<br>- Lưu: VT, CM.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>KT. TRƯỞNG PHÒNG<br>'
    "PHÓ TRƯỞNG PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Kim Oanh</strong></p></td>"
    "</tr></tbody></table>"
)

TB41 = Story(
    id=41,
    slug="to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi",
    title=(
        "Thông báo về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027"
    ),
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Thị Kim Oanh"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ trưởng Bộ Giáo dục và Đào tạo ban "
            "hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo "
            "viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;"
        ),
        P(
            "Căn cứ Kế hoạch số 168/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Phước Lâm về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện năm "
            "học 2026 - 2027 như sau:"
        ),
        P(
            "1. Đối tượng: Giáo viên đang làm công tác chủ nhiệm lớp tại các trường tiểu học, THCS và "
            "TH&THCS trên địa bàn huyện, đã đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp trường."
        ),
        P("2. Thời gian: Từ ngày 11/01/2027 đến ngày 22/01/2027 (lịch thi cụ thể sẽ thông báo sau)."),
        P(
            "3. Hồ sơ đăng ký: Các đơn vị gửi danh sách giáo viên đăng ký dự thi (theo mẫu đính kèm) về "
            "Phòng GD&ĐT qua hệ thống quản lý văn bản và điều hành trước ngày 20/12/2026."
        ),
        P(
            "Nhận được Thông báo này, Phòng GD&ĐT đề nghị Hiệu trưởng các trường triển khai thực hiện "
            "nghiêm túc./."
        ),
        Raw(_SIGNATURE),
    ],
    opts={
        "utc": "2026-12-01T00:30:00.000Z",
        "shown": "07:30 01/12/2026",
        "so": "415/TB-PGDĐT",
        "files": [("tb41-f", "415-TB-PGDDT-Hoi-thi-GVCN-gioi.pdf", "186 KB")],
    },
)

TB39 = Story(
    id=39,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-cap-thcs",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
    cat="thong-bao",
    published_at="2026-11-27T16:45:00+07:00",
    authors=["Bộ phận Chuyên môn THCS"],
    blocks=[
        P(
            "Phòng GD&ĐT huyện Phước Lâm thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với "
            "các môn kiểm tra theo đề chung cấp THCS như sau:"
        ),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P(
            "Các trường tổ chức kiểm tra các môn học còn lại theo kế hoạch của đơn vị, hoàn thành trước ngày "
            "31/12/2026."
        ),
        P(
            "Đề kiểm tra các môn chung được gửi qua hệ thống thư điện tử công vụ của đơn vị vào 06 giờ 30 "
            "phút sáng ngày kiểm tra. Hiệu trưởng chịu trách nhiệm bảo mật đề kiểm tra theo quy định."
        ),
        right("<strong><em>Bộ phận Chuyên môn THCS</em></strong>"),
    ],
    opts={"utc": "2026-11-27T09:45:00.000Z", "shown": "16:45 27/11/2026"},
)

NEWS = sorted([S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11], key=lambda s: s.opts["utc"], reverse=True)
NOTICES = [TB41, TB39]
BY_SLUG = {s.slug: s for s in NEWS}
BY_ID = {s.id: s for s in NEWS}
TB_BY_ID = {s.id: s for s in NOTICES}
MOST_READ = [S11, S4, S3]  # linked by id

# --- text helpers ----------------------------------------------------------------------------


def nfd(story: Story, markup: str) -> str:
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def nfd_data(story: Story, value):
    """Directus stores what the editor pasted: every string field of an NFD story is NFD."""
    if not story.opts.get("nfd"):
        return value
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, dict):
        return {k: nfd_data(story, v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfd_data(story, v) for v in value]
    return value


def local(utc_iso: str) -> datetime:
    return datetime.fromisoformat(utc_iso.replace("Z", "+00:00")).astimezone(VN)


def shown_time(story: Story) -> str:
    return local(story.opts["utc"]).strftime("%H:%M | %d/%m/%Y")


def shown_day(story: Story) -> str:
    return local(story.opts["utc"]).strftime("%d/%m/%Y")


def body_texts(story: Story) -> list[str]:
    return [b.text for b in story.blocks if isinstance(b, P)]


def excerpt(story: Story, words: int = 32) -> str:
    if story.summary:
        return story.summary
    first = body_texts(story)[0].split()
    return " ".join(first[:words]) + ("…" if len(first) > words else "")


def dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def nuxt_data(data: dict, path: str) -> str:
    """The __NUXT_DATA__ payload: devalue's flat array of values referenced by index."""
    values: list = [None, None]

    def add(v) -> int:
        i = len(values)
        values.append(None)
        if isinstance(v, dict):
            values[i] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            values[i] = [add(x) for x in v]
        else:
            values[i] = v
        return i

    def reactive(v) -> int:
        i = len(values)
        values.append(None)
        values[i] = ["ShallowReactive", add(v)]
        return i

    values[0] = ["ShallowReactive", 1]
    root: dict = {}
    values[1] = root
    root["data"] = reactive(data)
    root["state"] = add({"$sdirectus-token": None, "$sclient-only": None})
    root["once"] = len(values)
    values.append(["Set"])
    root["_errors"] = reactive({k: None for k in data})
    root["serverRendered"] = add(True)
    root["path"] = add(path)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")


# --- the layout ------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", None),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu#chuc-nang", "Chức năng, nhiệm vụ"), ("/gioi-thieu#co-cau", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", "client"),
    ("/thong-bao", "Thông báo", None),
    ("/van-ban", "Văn bản", None),
    (None, "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video")]),
    ("/lich-cong-tac", "Lịch công tác", None),
    ("/lien-he", "Liên hệ", None),
]


def nav_link(href: str, label: str, current: str, scope: str) -> str:
    active = ""
    if href == current:
        active = ' class="router-link-active router-link-exact-active" aria-current="page"'
    elif href != "/" and current.startswith(href.split("#")[0] + "/"):
        active = ' class="router-link-active"'
    return f'<a href="{href}"{active} {scope}>{esc(label)}</a>'


def header(current: str) -> str:
    v = "data-v-1f3a2b7c"
    items = []
    for href, label, sub in MENU:
        head = nav_link(href, label, current, v) if href else f'<span class="mn-t" {v}>{esc(label)}</span>'
        if sub == "client":
            items.append(
                f'<li class="mn-i co-con" {v}>{head}<span class="mn-mui" {v}>▾</span><!--v-if--></li>'
            )
        elif sub:
            subs = "".join(f'<li {v}>{nav_link(h, t, current, v)}</li>' for h, t in sub)
            items.append(
                f'<li class="mn-i co-con" {v}>{head}<span class="mn-mui" {v}>▾</span>'
                f'<ul class="mn-l2" {v}><!--[-->{subs}<!--]--></ul></li>'
            )
        else:
            items.append(f'<li class="mn-i" {v}>{head}</li>')
    return f"""<header class="hd" {v}>
<div class="hd-top" {v}><div class="ctnr" {v}><span class="hd-ngay" {v}><i class="i-lich" {v}></i> {TODAY}</span>
<div class="hd-lk" {v}><a href="https://phuoclam.quangngai.gov.vn" target="_blank" rel="noopener" {v}>Cổng TTĐT huyện</a> |
<a href="https://mail.quangngai.edu.vn" target="_blank" rel="noopener" {v}>Thư điện tử công vụ</a> |
<a href="https://qlvb.phuoclam.gov.vn" target="_blank" rel="noopener" {v}>Quản lý văn bản</a></div></div></div>
<div class="hd-bn" {v}><div class="ctnr" {v}><a href="/" class="hd-logo" {v}><img src="/_nuxt/logo-pgd.B1xk2y3Q.png" alt="Logo Phòng GD&amp;ĐT" width="86" height="86" {v}></a>
<div class="hd-ten" {v}><p class="hd-ten1" {v}>UBND HUYỆN PHƯỚC LÂM</p><p class="hd-ten2" {v}>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p>
<p class="hd-ten3" {v}>Trang thông tin điện tử</p></div></div></div>
<nav class="mn" {v}><div class="ctnr" {v}><button type="button" class="mn-btn" aria-label="Menu" {v}><span {v}></span></button>
<ul class="mn-l1" {v}><!--[-->{"".join(items)}<!--]--></ul>
<form class="hd-tk" action="/tim-kiem" method="get" {v}><input type="text" name="q" placeholder="Tìm kiếm..." autocomplete="off" {v}><button type="submit" aria-label="Tìm" {v}><i class="i-kinh" {v}></i></button></form>
</div></nav></header>"""


def sidebar() -> str:
    v = "data-v-9a41c7e3"
    tb = "".join(
        f'<li {v}><a href="{href}" {v}>{esc(s.title)}</a><span class="sb-ng" {v}>{s.opts["shown"].split()[-1]}</span></li>'
        for s, href in ((TB41, f"/thong-bao/{TB41.id}-{TB41.slug}"), (TB39, f"/thong-bao/{TB39.id}"))
    )
    mr = "".join(
        f'<li {v}><span class="sb-so" {v}>{i}</span><a href="/tin-tuc/{s.id}" {v}>{esc(nfd(s, s.opts["short"]))}</a>'
        f'<span class="sb-lx" {v}>{dots(s.views() + 1200)} lượt xem</span></li>'
        for i, s in enumerate(MOST_READ, 1)
    )
    return f"""<aside class="sb" {v}>
<div class="sb-k sb-tb" {v}><p class="sb-t" {v}><span {v}>THÔNG BÁO MỚI</span></p><ul {v}><!--[-->{tb}<!--]--></ul>
<a href="/thong-bao" class="sb-xt" {v}>Xem tất cả »</a></div>
<div class="sb-k" {v}><p class="sb-t" {v}><span {v}>ĐỌC NHIỀU</span></p><ol class="sb-dn" {v}><!--[-->{mr}<!--]--></ol></div>
<div class="sb-k sb-bn" {v}><!--[--><a href="https://moet.gov.vn" target="_blank" rel="noopener" {v}><img src="/_ipx/w_300/cms/assets/{_uuid('bn-moet')}" alt="Bộ Giáo dục và Đào tạo" width="300" height="80" loading="lazy" {v}></a>
<a href="https://quangngai.edu.vn" target="_blank" rel="noopener" {v}><img src="/_ipx/w_300/cms/assets/{_uuid('bn-sgd')}" alt="Sở Giáo dục và Đào tạo" width="300" height="80" loading="lazy" {v}></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener" {v}><img src="/_ipx/w_300/cms/assets/{_uuid('bn-csdl')}" alt="Cơ sở dữ liệu ngành" width="300" height="80" loading="lazy" {v}></a><!--]--></div>
<div class="sb-k sb-bc" {v}><p class="sb-t" {v}><span {v}>THĂM DÒ Ý KIẾN</span></p>
<p class="bc-q" {v}>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?</p><!--[-->
<label class="bc-lc" {v}><input type="radio" name="bc-17" value="61" {v}> Rất đẹp, dễ sử dụng</label>
<label class="bc-lc" {v}><input type="radio" name="bc-17" value="62" {v}> Bình thường</label>
<label class="bc-lc" {v}><input type="radio" name="bc-17" value="63" {v}> Khó tìm thông tin</label><!--]-->
<div class="bc-nut" {v}><button type="button" class="bc-gui" {v}>Bình chọn</button><button type="button" class="bc-kq" {v}>Xem kết quả</button></div></div>
<div class="sb-k sb-tk" {v}><p class="sb-t" {v}><span {v}>THỐNG KÊ TRUY CẬP</span></p><ul {v}>
<li {v}><i class="i-on" {v}></i> Đang online: <b {v}>27</b></li><li {v}><i class="i-nay" {v}></i> Hôm nay: <b {v}>1.204</b></li>
<li {v}><i class="i-tong" {v}></i> Tổng truy cập: <b {v}>2.318.447</b></li></ul></div>
</aside>"""


def footer() -> str:
    v = "data-v-4c2d90b8"
    cats = "".join(f'<li {v}><a href="/danh-muc/{slug}" {v}>{esc(name)}</a></li>' for slug, name in CATS.items())
    return f"""<footer class="ft" {v}><div class="ctnr ft-h" {v}>
<div class="ft-c1" {v}><p class="ft-ten" {v}>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN PHƯỚC LÂM</p>
<p {v}><i class="i-dc" {v}></i> Địa chỉ: Số 12 đường Phạm Văn Đồng, thị trấn Phước Lâm, huyện Phước Lâm, tỉnh Quảng Ngãi</p>
<p {v}><i class="i-dt" {v}></i> Điện thoại: 0255.3861.247 - Fax: 0255.3861.248</p>
<p {v}><i class="i-em" {v}></i> Email: pgdphuoclam@quangngai.edu.vn</p>
<p {v}>Chịu trách nhiệm nội dung: Ông Trần Văn Bình - Trưởng phòng</p></div>
<div class="ft-c2" {v}><p class="ft-t" {v}>CHUYÊN MỤC</p><ul {v}><!--[-->{cats}<!--]--></ul></div>
<div class="ft-c3" {v}><p class="ft-t" {v}>KẾT NỐI</p><a href="https://www.facebook.com/pgdphuoclam" target="_blank" rel="noopener" {v}>Facebook</a>
<a href="https://www.youtube.com/@pgdphuoclam" target="_blank" rel="noopener" {v}>YouTube</a>
<a href="https://zalo.me/pgdphuoclam" target="_blank" rel="noopener" {v}>Zalo OA</a></div></div>
<div class="ft-bq" {v}><div class="ctnr" {v}>© 2024 Bản quyền thuộc Phòng GD&amp;ĐT huyện Phước Lâm. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
<span class="ft-tk" {v}>Thiết kế bởi <a href="https://thienan.vn" target="_blank" rel="noopener" {v}>Giải pháp số Thiên Ấn</a></span></div></div></footer>"""


MODAL = (
    '<div class="md-tb" style="display:none;" data-v-e0a7b311><div class="md-nd" data-v-e0a7b311>'
    '<p class="md-t" data-v-e0a7b311>THÔNG BÁO</p><p data-v-e0a7b311>Trang thông tin điện tử Phòng GD&amp;ĐT '
    "huyện Phước Lâm đang vận hành thử nghiệm phiên bản mới. Mọi ý kiến góp ý xin gửi về địa chỉ "
    "pgdphuoclam@quangngai.edu.vn.</p><button type=\"button\" class=\"md-dong\" data-v-e0a7b311>Đóng</button></div></div>"
)


def page(
    request: Request,
    *,
    title: str,
    main: str,
    data: dict,
    head: str = "",
    description: str = "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Phước Lâm, tỉnh Quảng Ngãi.",
    with_sidebar: bool = True,
    status: int = 200,
) -> Response:
    v = "data-v-1f3a2b7c"
    side = sidebar() if with_sidebar else ""
    cols = (
        f'<div class="row" {v}><div class="col-8" {v}>{main}</div><div class="col-4" {v}>{side}</div></div>'
        if with_sidebar
        else main
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/_nuxt/entry.C7aQ1mZx.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/default.Bq4Hn2Lw.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/D9xk2LpQ.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BfT7c1aZ.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/CzP0e8Kd.js">
<link rel="icon" type="image/x-icon" href="/favicon.ico">
<meta name="description" content="{esc(description)}">
{head}
<script type="module" src="/_nuxt/D9xk2LpQ.js" crossorigin></script></head>
<body><div id="__nuxt"><!--[--><div class="lay" {v}>{header(request.path)}
<main class="ctnr bd" {v}>{cols}</main>
{footer()}</div><!--]--></div><div id="teleports">{MODAL}</div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{nuxt_data(data, request.target)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{directusUrl:"/cms",siteUrl:"https://pgdphuoclam.edu.vn",gtagId:"G-8QK2X1LMZ4"}},app:{{baseURL:"/",buildId:"b3f1c2e4-8a7d-4c55-9e0b-2f6d1a7c9e31",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>"""
    return html(doc, status=status, headers={"x-powered-by": "Nuxt", "Cache-Control": "s-maxage=60"})


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    v = "data-v-5d0f6a22"
    lis = []
    for href, label in items:
        if href:
            lis.append(f'<li {v}><a href="{href}" {v}>{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="brc-ht" {v}><span {v}>{esc(label)}</span></li>')
    return f'<nav class="brc" aria-label="breadcrumb" {v}><ol {v}><!--[-->{"".join(lis)}<!--]--></ol></nav>'


# --- blocks ----------------------------------------------------------------------------------


def _rich(p: P) -> str:
    t = esc(p.text)
    if p.style.startswith("<"):
        return p.style
    return {
        "": f"<p>{t}</p>",
        "bold": f"<p><strong>{t}</strong></p>",
        "h3": f"<h3>{t}</h3>",
        "h2": f"<h2>{t}</h2>",
    }[p.style]


def _mso_p(text: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:130%">'
        f'<span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:\'Times New Roman\',serif">{esc(text)}</span></p>'
    )


def _mso_li(n: int, text: str, pos: str) -> str:
    return (
        f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;mso-add-space:auto;text-align:justify;'
        'text-indent:-18.0pt;line-height:130%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
        "<span lang=\"VI\" style=\"font-size:14.0pt;line-height:130%;font-family:'Times New Roman',serif;"
        f"mso-fareast-font-family:'Times New Roman'\"><span style=\"mso-list:Ignore\">{n}.<span "
        "style=\"font:7.0pt 'Times New Roman'\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        f'<!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:\'Times New Roman\',serif">{esc(text)}</span></p>'
    )


def _picture(src: str, alt: str, w: int, h: int, scope: str) -> str:
    webp2x = src.replace("w_800", "w_1600")
    return (
        f'<picture {scope}><source type="image/webp" srcset="{esc(src)} 1x, {esc(webp2x)} 2x" {scope}>'
        f'<img src="{esc(src)}" alt="{esc(alt)}" width="{w}" height="{h}" loading="lazy" decoding="async" {scope}></picture>'
    )


def related_card(story: Story) -> str:
    v = "data-v-5e1c0a77"
    return (
        f'<aside class="khoi khoi--lienquan" {v}><p class="lq-nhan" {v}>Có thể bạn quan tâm</p>'
        f'<a href="/tin-tuc/{story.id}" class="lq-the" {v}><img src="/_ipx/s_160x100/cms/assets/{_uuid(story.opts["cover"])}" '
        f'alt="" width="160" height="100" loading="lazy" {v}><div class="lq-chu" {v}><p class="lq-td" {v}>{esc(story.title)}</p>'
        f'<p class="lq-mt" {v}>{esc(excerpt(story, 24))}</p></div></a></aside>'
    )


def download_name(title: str | None, n: int) -> str:
    """The upload's file name, from which Directus made the title ("IMG_20261128_083512.jpg")."""
    if title and title.startswith("Img "):
        return "IMG_" + title[4:].replace(" ", "_") + ".jpg"
    return f"anh-{n:02d}.jpg"


def render_blocks(story: Story) -> tuple[str, list[dict]]:
    """The blocks of ``story`` as the Vue components print them, and their payload items."""
    out: list[str] = []
    payload: list[dict] = []
    rich: list[str] = []
    counter = {"n": 0}
    kid = story.id * 10

    def block_id() -> int:
        counter["n"] += 1
        return kid + counter["n"]

    def flush() -> None:
        if not rich:
            return
        inner = "".join(rich)
        rich.clear()
        bid = block_id()
        out.append(
            f'<div class="khoi khoi--vb" id="khoi-{bid}" data-v-8f2a6b19><div class="vb-nd" data-v-8f2a6b19>{inner}</div></div>'
        )
        payload.append({"id": bid, "collection": "khoi_van_ban", "item": {"noi_dung": inner}})

    blocks = story.blocks
    i = 0
    mso_n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style in ("th", "tr"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    tag = "th" if blocks[i].style == "th" else "td"
                    rows.append(
                        "<tr>" + "".join(f'<{tag} style="border: 1px solid #999; padding: 4px;">{esc(c)}</{tag}>' for c in cells) + "</tr>"
                    )
                    i += 1
                rich.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>' + "".join(rows) + "</tbody></table>"
                )
                continue
            if b.style == "quote":
                flush()
                bid = block_id()
                out.append(
                    f'<blockquote class="khoi khoi--td" id="khoi-{bid}" data-v-2a7c9e05><span class="td-ngoac" aria-hidden="true" data-v-2a7c9e05>“</span>'
                    f'<p data-v-2a7c9e05>{esc(b.text)}</p></blockquote>'
                )
                payload.append({"id": bid, "collection": "khoi_trich_dan", "item": {"noi_dung": b.text}})
                i += 1
                continue
            if b.style == "mso":
                mso_n += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                pos = "First" if mso_n == 1 else ("Last" if not (isinstance(nxt, P) and nxt.style == "mso") else "Middle")
                rich.append(_mso_li(mso_n, b.text, pos))
                i += 1
                continue
            # a paragraph, with the following "br" continuations joined by <br>
            conts = []
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                conts.append(blocks[j].text)
                j += 1
            if b.style == "msop":
                if conts:
                    joined = esc(b.text) + "".join("<br>\n" + esc(c) for c in conts)
                    rich.append(
                        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:130%">'
                        f'<span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:\'Times New Roman\',serif">{joined}</span></p>'
                    )
                else:
                    rich.append(_mso_p(b.text))
            else:
                markup = _rich(b)
                for c in conts:
                    markup = markup[: markup.rindex("</")] + "<br>" + esc(c) + markup[markup.rindex("</") :]
                rich.append(markup)
            i = j
            continue
        if isinstance(b, Img):
            if b.style == "blk":
                flush()
                bid = block_id()
                cap = f'<figcaption class="ka-cap" data-v-6b0d3f48>{esc(b.printed)}</figcaption>' if b.printed else "<!--v-if-->"
                out.append(
                    f'<figure class="khoi khoi--anh" id="khoi-{bid}" data-v-6b0d3f48>'
                    f'{_picture(b.src, b.caption or story.title, 800, 533, "data-v-6b0d3f48")}{cap}</figure>'
                )
                payload.append(
                    {"id": bid, "collection": "khoi_hinh_anh", "item": {"anh": b.src.rsplit("/", 1)[1], "chu_thich": b.printed}}
                )
                i += 1
                continue
            if b.style == "gal":
                flush()
                bid = block_id()
                items = []
                files = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    g = blocks[i]
                    fid = g.src.rsplit("/", 1)[1]
                    fname = download_name(g.printed, len(files) + 1)
                    files.append({"directus_files_id": {"id": fid, "title": g.printed, "filename_download": fname}})
                    items.append(
                        f'<div class="ab-o" data-v-71c3e2a9><a href="/cms/assets/{fid}/{fname}" class="ab-lb" data-fancybox="khoi-{bid}" data-v-71c3e2a9>'
                        f'<img src="{esc(g.src)}" alt="{esc(g.printed or "")}" width="600" height="400" loading="lazy" data-v-71c3e2a9></a>'
                        f'<span class="ab-tt" data-v-71c3e2a9>{esc(g.printed or "")}</span></div>'
                    )
                    i += 1
                out.append(
                    f'<div class="khoi khoi--album" id="khoi-{bid}" data-v-71c3e2a9><div class="ab-luoi" data-v-71c3e2a9><!--[-->'
                    + "".join(items)
                    + "<!--]--></div></div>"
                )
                payload.append({"id": bid, "collection": "khoi_album", "item": {"anh": files}})
                continue
            if b.style == "mce-fig":
                rich.append(
                    f'<figure class="image"><img src="{esc(b.src)}" alt="" width="1000" height="667">'
                    f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "mce-p":
                rich.append(
                    f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="" width="900" height="600"></p>'
                    f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>'
                )
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html.startswith("\x00related\x00"):
                flush()
                target = BY_ID[int(b.html.rsplit("\x00", 1)[1])]
                bid = block_id()
                out.append(related_card(target).replace('class="khoi khoi--lienquan"', f'class="khoi khoi--lienquan" id="khoi-{bid}"', 1))
                payload.append({"id": bid, "collection": "khoi_lien_quan", "item": {"bai_viet": target.id}})
            elif b.html.startswith(BLK):
                flush()
                bid = block_id()
                out.append(b.html[len(BLK) :])
                payload.append({"id": bid, "collection": "khoi_khac", "item": None})
            else:
                rich.append(b.html)
            i += 1
            continue
        i += 1
    flush()
    return nfd(story, "\n".join(out)), payload


# --- pages -----------------------------------------------------------------------------------


def card(story: Story, scope: str = "data-v-8c2e0d51", href: str | None = None) -> str:
    v = scope
    href = href or f"/tin-tuc/{story.slug}"
    cat = CATS[story.cat]
    return nfd(
        story,
        f'<div class="tt-o" {v}><a href="{href}" class="tt-anh" {v}><img src="/_ipx/s_360x240/cms/assets/{_uuid(story.opts["cover"])}" '
        f'alt="{esc(story.opts["short"])}" width="360" height="240" loading="lazy" {v}></a>'
        f'<div class="tt-chu" {v}><span class="tt-dm" {v}>{esc(cat)}</span><h3 class="tt-td" {v}><a href="{href}" {v}>{esc(story.opts["short"])}</a></h3>'
        f'<div class="tt-ng" {v}><i class="i-lich" {v}></i> {shown_day(story)}</div>'
        f'<p class="tt-mt" {v}>{esc(excerpt(story))}</p></div></div>',
    )


def card_data(story: Story) -> dict:
    return nfd_data(story, {
        "id": story.id,
        "slug": story.slug,
        "tieu_de_ngan": story.opts["short"],
        "ngay_dang": story.opts["utc"],
        "anh_dai_dien": _uuid(story.opts["cover"]),
        "danh_muc": {"slug": story.cat, "ten": CATS[story.cat]},
    })


def home(request: Request) -> Response:
    v = "data-v-0b6e2f93"
    hero = NEWS[0]
    newest = NEWS[1:5]
    mn = [s for s in NEWS if s.cat == "giao-duc-mam-non"][:3]
    cd = [s for s in NEWS if s.cat == "cong-doan-doan-the"][:3]
    new_list = "".join(
        nfd(s, f'<li {v}><a href="/tin-tuc/{s.slug}" {v}>{esc(s.opts["short"])}</a><span class="tm-ng" {v}>{shown_day(s)}</span></li>')
        for s in newest
    )
    main = f"""<section class="tc-nb" {v}><div class="nb-lon" {v}>
<a href="/tin-tuc/{hero.slug}?ref=hero" class="nb-anh" {v}><img src="/_ipx/s_760x460/cms/assets/{_uuid(hero.opts['cover'])}" alt="{esc(hero.opts['short'])}" width="760" height="460" {v}></a>
<h2 class="nb-td" {v}><a href="/tin-tuc/{hero.slug}?ref=hero" {v}>{esc(hero.opts['short'])}</a></h2>
<p class="nb-mt" {v}>{esc(excerpt(hero))}</p></div>
<div class="nb-ds" {v}><p class="kh-t" {v}><a href="/tin-tuc" {v}>TIN MỚI</a></p><ul {v}><!--[-->{new_list}<!--]--></ul></div></section>
<section class="tc-cm" {v}><div class="kh-t kh-tab" {v}><span class="kh-tt" {v}>HOẠT ĐỘNG CHUYÊN MÔN</span>
<div class="tab-nut" role="tablist" {v}><!--[--><button type="button" class="tab-on" role="tab" aria-selected="true" {v}>Mầm non</button><button type="button" role="tab" aria-selected="false" {v}>Tiểu học</button><button type="button" role="tab" aria-selected="false" {v}>THCS</button><!--]--></div>
<a href="/danh-muc/giao-duc-mam-non" class="kh-xt" {v}>Xem tất cả</a></div>
<div class="tab-nd" role="tabpanel" {v}><!--[-->{"".join(card(s) for s in mn)}<!--]--></div><!--v-if--><!--v-if--></section>
<section class="tc-cm" {v}><div class="kh-t" {v}><a href="/danh-muc/cong-doan-doan-the" class="kh-tt" {v}>CÔNG ĐOÀN - ĐOÀN THỂ</a></div>
<div class="tab-nd" {v}><!--[-->{"".join(card(s) for s in cd)}<!--]--></div></section>
<section class="tc-vb" {v}><div class="kh-t" {v}><a href="/van-ban" class="kh-tt" {v}>VĂN BẢN MỚI</a></div><ul {v}><!--[-->
{"".join(f'<li {v}><a href="/van-ban/{d["id"]}" {v}>{esc(d["so"])} - {esc(d["trich_yeu"])}</a></li>' for d in DOCS)}<!--]--></ul></section>
<section class="tc-tv" {v}><div class="kh-t" {v}><a href="/thu-vien-anh" class="kh-tt" {v}>THƯ VIỆN ẢNH</a> | <a href="/video" class="kh-tt" {v}>VIDEO</a></div>
<a href="/thu-vien-anh/{ALBUM['slug']}" class="tv-o" {v}><img src="/_ipx/s_360x240/cms/assets/{_uuid('s2-b')}" alt="" width="360" height="240" loading="lazy" {v}><span {v}>{esc(ALBUM['title'])}</span></a>
<a href="/video/{VIDEO['id']}" class="tv-o tv-vd" {v}><img src="/_ipx/s_360x240/cms/assets/{_uuid('vd-18')}" alt="" width="360" height="240" loading="lazy" {v}><span {v}>{esc(VIDEO['title'])}</span></a></section>"""
    data = {
        "trang-chu-noi-bat": [card_data(s) for s in NEWS[:5]],
        "trang-chu-mam-non": [card_data(s) for s in mn],
        "trang-chu-cong-doan": [card_data(s) for s in cd],
        "sidebar-doc-nhieu": [{"id": s.id, "tieu_de_ngan": s.opts["short"]} for s in MOST_READ],
    }
    return page(request, title=f"Trang chủ - {ORG_SHORT}", main=main, data=data)


def pager_buttons(current: int, last: int) -> str:
    v = "data-v-3e77a1c4"
    btns = "".join(
        f'<button type="button" class="pg-so{" pg-on" if n == current else ""}" {v}>{n}</button>' for n in range(1, last + 1)
    )
    prev = f'<button type="button" class="pg-lui"{" disabled" if current == 1 else ""} {v}>‹</button>'
    nxt = f'<button type="button" class="pg-tien"{" disabled" if current == last else ""} {v}>›</button>'
    return f'<div class="pg" {v}>{prev}<!--[-->{btns}<!--]-->{nxt}</div>'


def pager_links(current: int, last: int) -> str:
    v = "data-v-3e77a1c4"
    parts = []
    if current > 1:
        parts.append(f'<a href="?page={current - 1}" class="pg-lui" {v}>« Trước</a>')
    for n in range(1, last + 1):
        parts.append(
            f'<span class="pg-so pg-on" {v}>{n}</span>' if n == current else f'<a href="?page={n}" class="pg-so" {v}>{n}</a>'
        )
    if current < last:
        parts.append(f'<a href="?page={current + 1}" class="pg-tien" {v}>Sau »</a>')
    return f'<nav class="pg" {v}><!--[-->{"".join(parts)}<!--]--></nav>'


def page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def news_list(request: Request) -> Response:
    v = "data-v-8c2e0d51"
    n = page_number(request)
    last = (len(NEWS) + NEWS_PAGE - 1) // NEWS_PAGE
    items = NEWS[(n - 1) * NEWS_PAGE : n * NEWS_PAGE]
    base = base_url(request)
    head = [f'<link rel="canonical" href="{base}/tin-tuc{"?page=" + str(n) if n > 1 else ""}">']
    if n > 1:
        head.append(f'<link rel="prev" href="{base}/tin-tuc{"?page=" + str(n - 1) if n > 2 else ""}">')
    if n < last:
        head.append(f'<link rel="next" href="{base}/tin-tuc?page={n + 1}">')
    body = "".join(card(s) for s in items) if items else f'<p class="ds-rong" {v}>Không có bài viết nào.</p>'
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Tin tức")])
        + f'<h1 class="ds-t" {v}>Tin tức</h1><div class="ds" {v}><!--[-->{body}<!--]--></div>'
        + (pager_buttons(n, last) if items else "")
    )
    title = "Tin tức" + (f" - Trang {n}" if n > 1 else "")
    return page(request, title=f"{title} - {ORG_SHORT}", main=main, head="\n".join(head),
                data={f"tin-tuc-{n}": [card_data(s) for s in items], "tong": len(NEWS)})


def category(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    v = "data-v-8c2e0d51"
    name = CATS[slug]
    stories = [s for s in NEWS if s.cat == slug]
    n = page_number(request)
    last = max(1, (len(stories) + CAT_PAGE - 1) // CAT_PAGE)
    items = stories[(n - 1) * CAT_PAGE : n * CAT_PAGE]
    body = "".join(card(s) for s in items) if items else f'<p class="ds-rong" {v}>Không có bài viết nào.</p>'
    main = (
        breadcrumb([("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, name)])
        + f'<h1 class="ds-t" {v}>{esc(name)}</h1><div class="ds" {v}><!--[-->{body}<!--]--></div>'
        + (pager_links(n, last) if last > 1 and items else "")
    )
    return page(
        request,
        title=f"{name} - {ORG_SHORT}",
        main=main,
        head=f'<link rel="canonical" href="{base_url(request)}/danh-muc/{slug}">',
        data={f"danh-muc-{slug}-{n}": [card_data(s) for s in items]},
    )


def share_tools(url: str, scope: str) -> str:
    v = scope
    return (
        f'<div class="ctn-cc" {v}><button type="button" class="cc-co" {v}>A-</button><button type="button" class="cc-co" {v}>A+</button>'
        f'<button type="button" class="cc-in" onclick="window.print()" {v}><i class="i-in" {v}></i> In bài</button>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="noopener" class="cc-fb" {v}>Chia sẻ</a>'
        f'<a href="https://zalo.me/share?u={quote(url, safe="")}" target="_blank" rel="noopener" class="cc-zl" {v}>Zalo</a>'
        f'<button type="button" class="cc-cp" {v}>Sao chép liên kết</button></div>'
    )


def jsonld(story: Story, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.opts.get("seo", story.title),
        "datePublished": story.opts["utc"],
        "author": {"@type": "Organization", "name": ORG},
        "publisher": {"@type": "Organization", "name": ORG, "logo": {"@type": "ImageObject", "url": "/_nuxt/logo-pgd.B1xk2y3Q.png"}},
        "mainEntityOfPage": url,
    }
    if "updated" in story.opts:
        data["dateModified"] = story.opts["updated"][1]
    data = nfd_data(story, data)
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False).replace("<", "\\u003C") + "</script>"


def article(request: Request, story: Story) -> Response:
    v = "data-v-6d0e9a41"
    base = base_url(request)
    og_url = f"{base}/tin-tuc/{story.slug}"
    cat = CATS[story.cat]
    content, blocks = render_blocks(story)
    meta = []
    if "updated" in story.opts:
        meta.append(f'<span class="ctn-cn" {v}>Cập nhật lần cuối: {story.opts["updated"][0]}</span>')
    meta.append(
        f'<span class="ctn-ng" {v}><i class="i-dh" {v}></i> <time datetime="{story.opts["utc"]}" {v}>{shown_time(story)}</time></span>'
    )
    meta.append(f'<span class="ctn-lx" {v}><i class="i-mat" {v}></i> {dots(story.views())} lượt xem</span>')
    if "author_meta" in story.opts:
        meta.append(f'<span class="ctn-tg" {v}>Tác giả: {esc(story.opts["author_meta"])}</span>')
    if "poster" in story.opts:
        meta.append(f'<span class="ctn-ndg" {v}>Người đăng: {esc(story.opts["poster"])}</span>')
    sapo = (
        f'<div class="ctn-mota" {v}>{nfd(story, esc(story.summary))}</div>' if story.sapo_outside else "<!--v-if-->"
    )
    tags = story.opts.get("tags")
    tag_html = (
        f'<div class="ctn-tag" {v}><span {v}>Từ khóa:</span><!--[-->'
        + "".join(f'<a href="/tim-kiem?tag={t}" {v}>#{esc(label)}</a>' for t, label in tags)
        + "<!--]--></div>"
        if tags
        else "<!--v-if-->"
    )
    # the widget asks Directus for the newer items of the category (ngay_dang _gt), newest last
    others = [s for s in NEWS if s.cat == story.cat and s.opts["utc"] > story.opts["utc"]][-4:]
    other_html = "".join(
        nfd(s, f'<li {v}><a href="/tin-tuc/{s.slug}" {v}>{esc(s.title)}</a> <span class="tk-ng" {v}>({shown_day(s)})</span></li>')
        for s in others
    )
    title_markup = nfd(story, esc(story.title))
    main = (
        breadcrumb([("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (f"/danh-muc/{story.cat}", cat)])
        + f'<article class="ctn" id="bv-{story.id}" {v}><h1 class="ctn-td" {v}>{title_markup}</h1>'
        + f'<div class="ctn-meta" {v}>{" ".join(meta)}</div>'
        + share_tools(og_url, v)
        + sapo
        + f'<div class="ctn-nd" {v}><!--[-->{content}<!--]--></div>'
        + tag_html
        + share_tools(og_url, v)
        + "</article>"
        + (
            f'<section class="tlq" {v}><h2 class="tlq-t" {v}>Các tin khác</h2><ul {v}><!--[-->{other_html}<!--]--></ul></section>'
            if others
            else "<!--v-if-->"
        )
    )
    description = story.summary or excerpt(story, 30)
    head = "\n".join(
        [
            f'<link rel="canonical" href="{base}{request.path}">',
            f'<meta property="og:title" content="{esc(nfd(story, story.opts["seo"]))}">',
            f'<meta property="og:description" content="{esc(nfd(story, description))}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{og_url}">',
            f'<meta property="og:image" content="{base}/_ipx/s_1200x630/cms/assets/{_uuid(story.opts["cover"])}">',
            f'<meta property="article:published_time" content="{story.opts["utc"]}">',
            jsonld(story, og_url),
        ]
    )
    data = {
        f"bai-viet-{request.path.rsplit('/', 1)[1]}": nfd_data(story, {
            "id": story.id,
            "status": "published",
            "tieu_de": story.title,
            "tieu_de_ngan": story.opts["short"],
            "tieu_de_seo": story.opts["seo"],
            "slug": story.slug,
            "ngay_dang": story.opts["utc"],
            "date_updated": story.opts.get("updated", (None, None))[1],
            "mo_ta": story.summary if story.sapo_outside else None,
            "tac_gia": story.opts.get("author_meta"),
            "luot_xem": story.views(),
            "danh_muc": {"id": list(CATS).index(story.cat) + 3, "ten": cat, "slug": story.cat},
            "anh_dai_dien": _uuid(story.opts["cover"]),
            "khoi": blocks,
            "user_created": {"first_name": story.opts.get("poster", "quantri")},
        }),
        f"tin-khac-{story.cat}": [card_data(s) for s in others],
    }
    return page(
        request,
        title=f"{nfd(story, story.opts['seo'])} - {ORG_SHORT}",
        main=main,
        head=head,
        data=data,
        description=nfd(story, description),
    )


def notices_list(request: Request) -> Response:
    v = "data-v-a3d51f60"
    rows = "".join(
        f'<tr {v}><td class="tb-stt" {v}>{i}</td><td {v}><a href="/thong-bao/{s.id}" {v}>{esc(s.title)}</a></td>'
        f'<td class="tb-ng" {v}>{s.opts["shown"].split()[-1]}</td></tr>'
        for i, s in enumerate(NOTICES, 1)
    )
    main = (
        breadcrumb([("/", "Trang chủ"), (None, TB_CAT)])
        + f'<h1 class="ds-t" {v}>Thông báo</h1><table class="tb-bang" {v}><thead {v}><tr {v}><th {v}>STT</th><th {v}>Tiêu đề</th><th {v}>Ngày đăng</th></tr></thead>'
        + f"<tbody {v}><!--[-->{rows}<!--]--></tbody></table>"
    )
    return page(request, title=f"Thông báo - {ORG_SHORT}", main=main,
                data={"thong-bao": [{"id": s.id, "tieu_de": s.title, "ngay_dang": s.opts["utc"]} for s in NOTICES]})


def notice(request: Request, story: Story) -> Response:
    v = "data-v-a3d51f60"
    base = base_url(request)
    content, blocks = render_blocks(story)
    facts = []
    if "so" in story.opts:
        facts.append(f'<li {v}><span class="tb-nh" {v}>Số/Ký hiệu:</span> {esc(story.opts["so"])}</li>')
    facts.append(
        f'<li {v}><span class="tb-nh" {v}>Ngày đăng:</span> <time datetime="{story.opts["utc"]}" {v}>{story.opts["shown"]}</time></li>'
    )
    facts.append(f'<li {v}><span class="tb-nh" {v}>Lượt xem:</span> {story.views()}</li>')
    files = story.opts.get("files")
    file_html = files_block(files).html[len(BLK) :] if files else "<!--v-if-->"
    others = [s for s in NOTICES if s is not story]
    main = (
        breadcrumb([("/", "Trang chủ"), ("/thong-bao", TB_CAT)])
        + f'<article class="tb-ct" id="tb-{story.id}" {v}><h1 class="tb-td" {v}>{esc(story.title)}</h1>'
        + f'<ul class="tb-tt" {v}>{"".join(facts)}</ul>'
        + f'<div class="tb-nd" {v}><!--[-->{content}<!--]--></div>{file_html}'
        + share_tools(f"{base}/thong-bao/{story.id}", v)
        + "</article>"
        + f'<section class="tlq" {v}><h2 class="tlq-t" {v}>Thông báo khác</h2><ul {v}><!--[-->'
        + "".join(f'<li {v}><a href="/thong-bao/{s.id}" {v}>{esc(s.title)}</a></li>' for s in others)
        + "<!--]--></ul></section>"
    )
    head = "\n".join(
        [
            f'<link rel="canonical" href="{base}{request.path}">',
            f'<meta property="og:title" content="{esc(story.title)}">',
            f'<meta property="og:url" content="{base}/thong-bao/{story.id}">',
            '<meta property="og:type" content="article">',
        ]
    )
    data = {
        f"thong-bao-{request.path.rsplit('/', 1)[1]}": {
            "id": story.id,
            "tieu_de": story.title,
            "so_ky_hieu": story.opts.get("so"),
            "ngay_dang": story.opts["utc"],
            "khoi": blocks,
        }
    }
    return page(request, title=f"{story.title} - {ORG_SHORT}", main=main, head=head, data=data,
                description=body_texts(story)[0][:155])


# --- the pages that are not articles ---------------------------------------------------------

DOCS = [
    {
        "id": 131,
        "so": "402/PGDĐT-CM",
        "trich_yeu": "Về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "ngay": "20/11/2026",
        "loai": "Công văn",
        "nguoi_ky": "Nguyễn Thị Kim Oanh",
        "file": ("vb-131", "402-PGDDT-CM-huong-dan-KTCK-I.pdf"),
    },
    {
        "id": 128,
        "so": "168/KH-PGDĐT",
        "trich_yeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "nguoi_ky": "Trần Văn Bình",
        "file": ("vb-128", "168-KH-PGDDT-nhiem-vu-nam-hoc-2026-2027.pdf"),
    },
]
DOCS_BY_ID = {d["id"]: d for d in DOCS}

ALBUM = {
    "slug": "ngay-hoi-stem-tieu-hoc-2026",
    "title": "Ngày hội STEM học sinh tiểu học năm 2026",
    "ngay": "28/11/2026",
    "photos": [
        ("al-1", "Khai mạc Ngày hội STEM"),
        ("s2-b", "Học sinh giới thiệu mô hình tưới cây tự động"),
        ("al-3", "Gian trưng bày của Trường TH Phước Sơn"),
        ("s2-d", "Phần thi lắp ráp robot"),
        ("al-5", "Trao giải cho các đội đạt giải Nhất"),
    ],
}

VIDEO = {
    "id": 18,
    "title": "Phóng sự: Ngành Giáo dục Phước Lâm chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "ngay": "21/11/2026",
    "youtube": "pL7mQ2xV0cE",
}


def docs_list(request: Request) -> Response:
    v = "data-v-c81f0e2d"
    rows = "".join(
        f'<tr {v}><td {v}>{esc(d["so"])}</td><td {v}>{d["ngay"]}</td><td {v}><a href="/van-ban/{d["id"]}" {v}>{esc(d["trich_yeu"])}</a></td></tr>'
        for d in DOCS
    )
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Văn bản")])
        + f'<h1 class="ds-t" {v}>Văn bản</h1><table class="vb-bang" {v}><thead {v}><tr {v}><th {v}>Số/Ký hiệu</th><th {v}>Ngày ban hành</th>'
        + f"<th {v}>Trích yếu</th></tr></thead><tbody {v}><!--[-->{rows}<!--]--></tbody></table>"
    )
    return page(request, title=f"Văn bản - {ORG_SHORT}", main=main, data={"van-ban": [dict(d, file=None) for d in DOCS]})


def doc_page(request: Request, d: dict) -> Response:
    v = "data-v-c81f0e2d"
    seed, fname = d["file"]
    rows = [
        ("Số/Ký hiệu", esc(d["so"])),
        ("Loại văn bản", d["loai"]),
        ("Ngày ban hành", d["ngay"]),
        ("Cơ quan ban hành", ORG),
        ("Người ký", esc(d["nguoi_ky"])),
        ("Trích yếu", esc(d["trich_yeu"])),
        ("Tệp đính kèm", f'<a href="/cms/assets/{_uuid(seed)}/{fname}?download" target="_blank" {v}>{fname}</a>'),
    ]
    table = "".join(f'<tr {v}><th {v}>{k}</th><td {v}>{val}</td></tr>' for k, val in rows)
    main = (
        breadcrumb([("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, d["so"])])
        + f'<h1 class="vb-td" {v}>{esc(d["loai"])} số {esc(d["so"])}</h1><table class="vb-ct" {v}><tbody {v}>{table}</tbody></table>'
        + f'<iframe class="vb-xem" src="/cms/assets/{_uuid(seed)}/{fname}" width="100%" height="800" {v}></iframe>'
    )
    return page(request, title=f"{d['so']} - {ORG_SHORT}", main=main, data={f"van-ban-{d['id']}": dict(d, file=_uuid(seed))})


def album_list(request: Request) -> Response:
    v = "data-v-71c3e2a9"
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Thư viện ảnh")])
        + f'<h1 class="ds-t" {v}>Thư viện ảnh</h1><div class="ab-ds" {v}><a href="/thu-vien-anh/{ALBUM["slug"]}" class="ab-the" {v}>'
        + f'<img src="/_ipx/s_360x240/cms/assets/{_uuid("s2-b")}" alt="" width="360" height="240" loading="lazy" {v}>'
        + f'<span {v}>{esc(ALBUM["title"])}</span><small {v}>{ALBUM["ngay"]}</small></a></div>'
    )
    return page(request, title=f"Thư viện ảnh - {ORG_SHORT}", main=main, data={"albums": [{"slug": ALBUM["slug"]}]})


def album_page(request: Request) -> Response:
    v = "data-v-71c3e2a9"
    photos = "".join(
        f'<div class="ab-o" {v}><a href="/cms/assets/{_uuid(seed)}/{download_name(None, n)}" class="ab-lb" data-fancybox="album" {v}>'
        f'<img src="/_ipx/s_600x400/cms/assets/{_uuid(seed)}" alt="{esc(cap)}" width="600" height="400" loading="lazy" {v}></a>'
        f'<span class="ab-tt" {v}>{esc(cap)}</span></div>'
        for n, (seed, cap) in enumerate(ALBUM["photos"], 1)
    )
    main = (
        breadcrumb([("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, ALBUM["title"])])
        + f'<h1 class="ab-t" {v}>{esc(ALBUM["title"])}</h1><p class="ab-ng" {v}><i class="i-lich" {v}></i> {ALBUM["ngay"]} · {len(ALBUM["photos"])} ảnh</p>'
        + f'<p class="ab-mt" {v}>Một số hình ảnh tại Ngày hội STEM học sinh tiểu học huyện Phước Lâm năm 2026 được tổ chức tại Trường TH Phước Lâm số 1.</p>'
        + f'<div class="ab-luoi" {v}><!--[-->{photos}<!--]--></div>'
        + f'<p class="ab-lk" {v}>Bài viết: <a href="/tin-tuc/{S2.slug}" {v}>{esc(S2.opts["short"])}</a></p>'
    )
    return page(request, title=f"{ALBUM['title']} - Thư viện ảnh", main=main, data={f"album-{ALBUM['slug']}": {"anh": [_uuid(s) for s, _ in ALBUM["photos"]]}})


def video_list(request: Request) -> Response:
    v = "data-v-3b8e41d0"
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Video")])
        + f'<h1 class="ds-t" {v}>Video</h1><div class="vd-ds" {v}><a href="/video/{VIDEO["id"]}" class="vd-the" {v}>'
        + f'<img src="/_ipx/s_360x240/cms/assets/{_uuid("vd-18")}" alt="" width="360" height="240" loading="lazy" {v}><span {v}>{esc(VIDEO["title"])}</span></a></div>'
    )
    return page(request, title=f"Video - {ORG_SHORT}", main=main, data={"videos": [{"id": VIDEO["id"]}]})


def video_page(request: Request) -> Response:
    v = "data-v-3b8e41d0"
    main = (
        breadcrumb([("/", "Trang chủ"), ("/video", "Video"), (None, VIDEO["title"])])
        + f'<h1 class="vd-t" {v}>{esc(VIDEO["title"])}</h1><p class="vd-ng" {v}><i class="i-lich" {v}></i> {VIDEO["ngay"]}</p>'
        + f'<div class="nhung-16x9" {v}><iframe src="https://www.youtube.com/embed/{VIDEO["youtube"]}" title="YouTube video player" frameborder="0" allowfullscreen {v}></iframe></div>'
        + f'<p class="vd-mt" {v}>Phóng sự của Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Phước Lâm ghi lại không khí thi đua '
        + "dạy tốt, học tốt của thầy và trò các trường học trong huyện hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>"
    )
    return page(request, title=f"{VIDEO['title']} - Video", main=main, data={f"video-{VIDEO['id']}": VIDEO})


CALENDAR = [
    ("Thứ Hai, 30/11", "07h30: Trưởng phòng dự họp giao ban UBND huyện (tại Hội trường UBND huyện).", "14h00: Phó Trưởng phòng Nguyễn Thị Kim Oanh làm việc với Trường TH Phước Hòa."),
    ("Thứ Ba, 01/12", "08h00: Lãnh đạo Phòng kiểm tra công tác chuyên môn tại Trường THCS Lê Quý Đôn.", "Chiều: Làm việc tại cơ quan."),
    ("Thứ Tư, 02/12", "07h30: Dự lễ bế mạc Hội thi GVDG cấp huyện bậc THCS (tại Trường THCS Nguyễn Du).", "14h00: Bế mạc Hội thi, trao giấy chứng nhận."),
    ("Thứ Năm, 03/12", "08h00: Họp Hội đồng thi đua - khen thưởng ngành (tại Phòng họp số 2).", "Chiều: Làm việc tại cơ quan."),
    ("Thứ Sáu, 04/12", "07h30: Phó Trưởng phòng Phạm Văn Lực dự sinh hoạt chuyên môn cụm THCS số 1.", "15h30: Giao ban lãnh đạo Phòng."),
    ("Thứ Bảy, 05/12", "Trực cơ quan: Đ/c Lê Văn Sơn - Chuyên viên.", ""),
]


def calendar_page(request: Request) -> Response:
    v = "data-v-d7e92b14"
    rows = "".join(
        f'<tr {v}><th {v}>{day}</th><td {v}>{esc(am)}</td><td {v}>{esc(pm)}</td></tr>' for day, am, pm in CALENDAR
    )
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Lịch công tác")])
        + f'<h1 class="ds-t" {v}>Lịch công tác tuần 49</h1><p class="lct-tg" {v}>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</p>'
        + f'<div class="lct-nut" {v}><button type="button" {v}>« Tuần trước</button><button type="button" {v}>Tuần sau »</button></div>'
        + f'<table class="lct" {v}><thead {v}><tr {v}><th {v}>Ngày</th><th {v}>Buổi sáng</th><th {v}>Buổi chiều</th></tr></thead>'
        + f"<tbody {v}><!--[-->{rows}<!--]--></tbody></table>"
    )
    return page(request, title=f"Lịch công tác - {ORG_SHORT}", main=main, data={"lich-tuan-49": {"tuan": 49, "nam": 2026}})


def intro_page(request: Request) -> Response:
    v = "data-v-8f2a6b19"
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Giới thiệu")])
        + f'<article class="gt" {v}><h1 class="ds-t" {v}>Giới thiệu Phòng Giáo dục và Đào tạo huyện Phước Lâm</h1>'
        + f'<div class="khoi khoi--vb" {v}><div class="vb-nd" {v}><h2 id="chuc-nang">Chức năng, nhiệm vụ</h2>'
        + "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, "
        + "giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        + "<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân "
        + "huyện; đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.</p>"
        + '<h2 id="co-cau">Cơ cấu tổ chức</h2><table style="width: 100%;" border="1"><tbody>'
        + "<tr><td>Trưởng phòng</td><td>Ông Trần Văn Bình</td><td>0255.3861.247</td></tr>"
        + "<tr><td>Phó Trưởng phòng</td><td>Bà Nguyễn Thị Kim Oanh</td><td>0255.3861.249</td></tr>"
        + "<tr><td>Phó Trưởng phòng</td><td>Ông Phạm Văn Lực</td><td>0255.3861.250</td></tr>"
        + "</tbody></table><p>Các bộ phận: Bộ phận Văn phòng - Tổ chức; Bộ phận Chuyên môn Mầm non; Bộ phận Chuyên môn Tiểu học; "
        + "Bộ phận Chuyên môn THCS; Bộ phận Kế hoạch - Tài chính.</p></div></div></article>"
    )
    return page(request, title=f"Giới thiệu - {ORG_SHORT}", main=main, data={"trang-gioi-thieu": {"slug": "gioi-thieu"}})


def contact_page(request: Request) -> Response:
    v = "data-v-f1b8c6d2"
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Liên hệ")])
        + f'<h1 class="ds-t" {v}>Liên hệ</h1><div class="lh-tt" {v}><p {v}><b {v}>{ORG.upper()}</b></p>'
        + f'<p {v}>Địa chỉ: Số 12 đường Phạm Văn Đồng, thị trấn Phước Lâm, huyện Phước Lâm, tỉnh Quảng Ngãi</p>'
        + f'<p {v}>Điện thoại: 0255.3861.247 - Email: pgdphuoclam@quangngai.edu.vn</p></div>'
        + f'<form class="lh-f" {v}><input name="ho_ten" placeholder="Họ và tên (*)" {v}><input name="email" type="email" placeholder="Email (*)" {v}>'
        + f'<input name="tieu_de" placeholder="Tiêu đề" {v}><textarea name="noi_dung" rows="6" placeholder="Nội dung (*)" {v}></textarea>'
        + f'<button type="submit" {v}>Gửi liên hệ</button></form>'
        + f'<iframe class="lh-bd" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3866.2!2d108.79!3d15.12" width="100%" height="360" loading="lazy" {v}></iframe>'
    )
    return page(request, title=f"Liên hệ - {ORG_SHORT}", main=main, data={"lien-he": {"ok": True}})


def search_page(request: Request) -> Response:
    v = "data-v-8c2e0d51"
    params = request.params
    tag = params.get("tag", "").strip()
    q = params.get("q", "").strip()
    if tag:
        found = [s for s in NEWS if any(t == tag for t, _ in s.opts.get("tags", []))]
        heading = f"Từ khóa: #{tag}"
    elif q:
        needle = unicodedata.normalize("NFC", q).lower()
        found = [s for s in NEWS if needle in s.title.lower()]
        heading = f"Kết quả tìm kiếm: “{q}”"
    else:
        found = []
        heading = "Tìm kiếm"
    body = "".join(card(s) for s in found) if found else f'<p class="ds-rong" {v}>Không tìm thấy kết quả phù hợp.</p>'
    main = (
        breadcrumb([("/", "Trang chủ"), (None, "Tìm kiếm")])
        + f'<h1 class="ds-t" {v}>{esc(heading)}</h1><p class="tk-sl" {v}>Tìm thấy {len(found)} kết quả</p><div class="ds" {v}><!--[-->{body}<!--]--></div>'
    )
    return page(request, title=f"Tìm kiếm - {ORG_SHORT}", main=main, head='<meta name="robots" content="noindex">',
                data={"tim-kiem": [card_data(s) for s in found]})


def error_404(request: Request) -> Response:
    main = (
        '<div class="loi" data-v-7700aa01><p class="loi-ma" data-v-7700aa01>404</p>'
        '<h1 data-v-7700aa01>Không tìm thấy trang</h1><p data-v-7700aa01>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>'
        '<a href="/" data-v-7700aa01>Về trang chủ</a></div>'
    )
    return page(request, title=f"404 - {ORG_SHORT}", main=main, data={}, with_sidebar=False, status=404)


# --- the site --------------------------------------------------------------------------------

_NOTICE_ROUTE = re.compile(r"^/thong-bao/(\d+)(?:-[a-z0-9-]*)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/_ipx/", "/cms/assets/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/webp", "Cache-Control": "max-age=31536000"})
        if path.startswith("/_nuxt/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /cms/admin\n", {"Content-Type": "text/plain"})
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed", {"Content-Type": "text/plain"})
        if path.endswith("/") and path != "/":
            path = path.rstrip("/")
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return news_list(request)
        if path.startswith("/tin-tuc/"):
            key = path[len("/tin-tuc/") :]
            story = BY_ID.get(int(key)) if key.isdigit() else BY_SLUG.get(key)
            return article(request, story) if story else error_404(request)
        if path.startswith("/danh-muc/"):
            return category(request, path[len("/danh-muc/") :]) or error_404(request)
        if path == "/thong-bao":
            return notices_list(request)
        if m := _NOTICE_ROUTE.match(path):
            story = TB_BY_ID.get(int(m.group(1)))
            return notice(request, story) if story else error_404(request)
        if path == "/van-ban":
            return docs_list(request)
        if path.startswith("/van-ban/"):
            key = path[len("/van-ban/") :]
            d = DOCS_BY_ID.get(int(key)) if key.isdigit() else None
            return doc_page(request, d) if d else error_404(request)
        if path == "/thu-vien-anh":
            return album_list(request)
        if path == f"/thu-vien-anh/{ALBUM['slug']}":
            return album_page(request)
        if path == "/video":
            return video_list(request)
        if path == f"/video/{VIDEO['id']}":
            return video_page(request)
        if path == "/lich-cong-tac":
            return calendar_page(request)
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        return error_404(request)


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _news_gold(story: Story, alt: list[str] | None = None) -> dict:
    return gold_record(story, f"/tin-tuc/{story.slug}", CATS[story.cat], alt_paths=alt or [])


GOLD = [
    _news_gold(S1, [f"/tin-tuc/{S1.slug}?ref=hero"]),
    _news_gold(S2, [f"/tin-tuc/{S2.id}"]),
    _news_gold(S3, [f"/tin-tuc/{S3.id}"]),
    _news_gold(S4, [f"/tin-tuc/{S4.id}"]),
    _news_gold(S5),
    _news_gold(S6),
    _news_gold(S7),
    _news_gold(S8),
    _news_gold(S9),
    _news_gold(S10),
    _news_gold(S11, [f"/tin-tuc/{S11.id}"]),
    gold_record(TB41, f"/thong-bao/{TB41.id}", TB_CAT, alt_paths=[f"/thong-bao/{TB41.id}-{TB41.slug}"]),
    gold_record(TB39, f"/thong-bao/{TB39.id}", TB_CAT),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/128",
    "/van-ban/131",
    f"/thu-vien-anh/{ALBUM['slug']}",
    f"/video/{VIDEO['id']}",
    "/lich-cong-tac",
]
