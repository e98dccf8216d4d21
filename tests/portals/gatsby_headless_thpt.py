"""Fixture portal: Trường THPT Lê Thánh Tông (Vĩnh Long) as a Gatsby 5 site over headless WordPress.

Imitates a school site rebuilt in 2023 by a student-alumni team: WordPress stays as the editors'
back office (``cms.thptlethanhtong.edu.vn``, WPGraphQL + ACF), and Gatsby 5 with
gatsby-source-wordpress pre-renders every page to static HTML, served by a static host (Gatsby
Cloud / Netlify style). What it serves:

- Every page is React's server output: ``<div id="___gatsby"><div style="outline:none"
  tabindex="-1" id="gatsby-focus-wrapper">…</div><div id="gatsby-announcer" …></div></div>``,
  CSS-module class names (``post-module--title--3kPq2``, ``layout-module--main--1aB9x``; the
  slider from an npm package writes ``styles-module__slide___Xy7z``), the head's ``<link
  as="fetch" rel="preload" href="/page-data/<path>/page-data.json">``, ``/page-data/app-data.json``
  and one static-query JSON, webpack chunk scripts, the Partytown snippet of Gatsby's ``<Script
  strategy="off-main-thread">`` (``/~partytown/`` lib, ``/__third-party-proxy?url=`` forward).
- ``/page-data/<path>/page-data.json`` for each page: for a post ``result.data.wpPost`` with
  ``title`` (WordPress-rendered, entities such as ``&#8220;`` left in), ``date`` (site-local, no
  zone), ``dateGmt``, ``content`` (the very HTML the page prints), ``excerpt``, ``author.node.name``,
  ``categories.nodes``, ``featuredImage`` and ``acf.sapo``; listings carry ``allWpPost.nodes`` and the
  paginate ``pageContext``.
- Posts ``/bai-viet/<slug>/``; the slash-less address answers 301 to it (every page does, the query
  kept). Post page: ``<main>`` > ``<article>``: a breadcrumb "Trang chủ › Tin tức › <category>", the
  category chips, the h1 (the WordPress title through html-react-parser, so it reads right), a meta
  line ``<time datetime="<UTC ISO>.000Z">14 tháng 11, 2026</time> · Đăng bởi: <strong>…</strong> ·
  N phút đọc``, the featured image as gatsby-image (eager: ``src`` on the main ``<img
  data-main-image>``, a base64 blurred ``<img aria-hidden data-placeholder-image>``, an svg sizer,
  a ``<picture>`` with webp ``<source>``, a ``<noscript>`` copy) with the WordPress caption in a
  ``<figcaption>`` when the media item has one, the ACF "sapo" in its own lead block when filled in,
  then the WordPress content: Gutenberg blocks (``wp-block-image`` figures whose ``<img>`` the
  source plugin replaced by a *lazy* gatsby-image: ``data-src``/``data-srcset`` on the main image,
  the real ``src`` only in the ``<noscript>`` copy; ``wp-block-gallery``, ``wp-block-quote``,
  ``wp-block-table``, ``wp-block-list``, ``wp-block-heading``, a ``wp-block-embed`` YouTube iframe,
  a ``wp-block-file`` PDF with its ``<object>`` preview), written with wptexturize's references
  (``&#8220;``, ``&#8221;``, ``&#8211;``); bylines at the end of the content ("Tin: …", "Ảnh: …",
  a right-aligned bold name with the unit after a dash, "Nguồn: …"). Then tags, share buttons
  (Facebook/Zalo sharers, a print button), an aside "Tin mới" (dated) and "Thông báo", and a
  "Bài viết liên quan" row of three cards under the article. JSON-LD ``NewsArticle`` with
  ``datePublished`` in UTC. No ``rel=canonical`` (the starter's Seo component prints none).
- Header: top bar with today's date (the site is rebuilt nightly, so the build day: ``TODAY``),
  hotline, "Đăng nhập" to the WordPress admin (other host); a search form (``/tim-kiem/``, results
  drawn client-side); the menu. Footer: address, hotline, email, a visitor counter baked at build
  time ("Đang online", "Hôm nay", "Tổng lượt truy cập"), "© 2026".
- Listings: ``/tin-tuc/`` (all posts, 5 a page: ``/tin-tuc/2/``, ``/tin-tuc/3/``) and
  ``/chuyen-muc/<slug>/`` (4 a page; "Hoạt động Đoàn" has ``/chuyen-muc/hoat-dong-doan/2/``), pagers
  in gatsby-paginate style: "← Trang trước", the numbers (the current one a ``<span
  aria-current="page">``), "Trang sau →". Pages past the last, and ``/tin-tuc/1/``, are 404.
- Home: a hero slider (covers as CSS ``background-image``), "Tin mới" cards of the six newest with
  a "Chia sẻ" row whose "Liên kết" copy-link anchor is the post address plus
  ``?utm_source=trang-chu&utm_medium=chia-se&utm_campaign=tin-moi``, a "Thông báo" list, quick links.
- Non-articles: ``/gioi-thieu/``, ``/lien-he/`` (Netlify form, ``data-netlify``, honeypot, posting
  to ``/lien-he/cam-on/``), ``/thoi-khoa-bieu/`` (a timetable table), ``/thu-vien-anh/`` (albums of
  lazy gatsby-images with captions), ``/tim-kiem/``, ``/404/`` and ``/404.html`` (Gatsby's 404 page,
  status 200), listings and the home page. Any unknown address answers 404 with that page's HTML; the
  footer's "Tuyển sinh 2027" link is such a dead link.
- ``/robots.txt`` announces ``/sitemap-index.xml`` → ``/sitemap-0.xml`` (gatsby-plugin-sitemap: every
  page but the 404 ones); ``/rss.xml`` (gatsby-plugin-feed, ten newest) is announced in the head.

Traps: the page-data / app-data / static-query JSON files (the same posts again, as JSON); the
Partytown files (``/~partytown/partytown-sandbox-sw.html?<n>`` answers HTML for any query) and the
third-party proxy; the utm "Liên kết" addresses (the static host ignores any query, so they serve
the post itself with no canonical: listed as ``alt_paths``); the slash-less 301s (one post's content
links another post without the slash); the double-escaped head ``<title>`` of posts whose WordPress
title has quotes or dashes (``&amp;#8220;``: Gatsby's Head prints the raw title); the UTC machine
time, which for posts published before 07:00 local names the previous day; JSON-LD and RSS times in
UTC; one post whose WordPress content is decomposed Unicode (NFD, typed on a Mac), the rest NFC.

Gold (by hand). Articles are the 13 WordPress posts. published_at is the printed day
("10 tháng 11, 2026" → 2026-11-10), never the UTC ``datetime`` (2026-11-09T23:00:00.000Z) nor
JSON-LD/RSS/page-data: no time of day is printed, so every date is a day. authors: the signature
in the content when there is one ("Tin: Lê Minh Thư", "Bài: … – Ảnh: …", "Tin, ảnh: Ngọc Trâm",
the bold right-aligned "Lê Hoàng Yến – Chi đoàn 11A3" → "Lê Hoàng Yến"); otherwise the WordPress
author field: a person without the title ("Cô Nguyễn Thị Hằng" → "Nguyễn Thị Hằng", "Thầy Võ
Thành Nhân" → "Võ Thành Nhân", also when only an "Ảnh:" line signs the photos), the unit "Ban
Truyền thông" when nothing signs the text; "admin" credits nobody. "Ảnh: X" lines and a caption
ending "– Ảnh: Minh Khang" give photographers (the caption keeps its credit). "Nguồn: Báo Vĩnh
Long" is the source, the signature above it stays the author. summary: the ACF sapo block (printed
apart, and the body's first paragraph) or, in one post, a first content paragraph wholly in
``<strong>`` (summary and first paragraph); None elsewhere (the listing excerpt is no sapo).
images: the featured image first (a real ``<img>`` photo of the post; its figcaption is its caption,
"(…)" parentheses and a leading "Ảnh:" dropped), then the content images in order, each by its real
address (the ``data-src``/noscript ``src``, never the data: placeholder or svg sizer); gallery
photos have no caption. Body: content paragraphs, headings, list items, quote paragraphs, table rows
(cells joined by " | ", header row included) in order; not the bylines, captions, the file block
("Tải về"), the video, tags or share tools. category: the breadcrumb's (the first chip); post 1137
is filed under "Học tập" and "Thông báo" and its breadcrumb names "Học tập".
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "gatsby_headless_thpt"
PLATFORM = "gatsby"
START_PATH = "/"

SITE = "Trường THPT Lê Thánh Tông"
SITE_UPPER = "TRƯỜNG THPT LÊ THÁNH TÔNG"
OWNER = "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long"
ADDRESS = "Số 48 đường Trần Phú, phường Phước Hậu, tỉnh Vĩnh Long"
HOTLINE = "0270 3 836 291"
EMAIL = "thptlethanhtong@vinhlong.edu.vn"
CMS = "https://cms.thptlethanhtong.edu.vn"
PER_PAGE = 5
CAT_PER_PAGE = 4
FEED_SIZE = 10
UTM = "?utm_source=trang-chu&utm_medium=chia-se&utm_campaign=tin-moi"
BUILD_HASH = "b7d2e9c41a0f3e5d8c6a"
PARTYTOWN_SANDBOX = "/~partytown/partytown-sandbox-sw.html"

CATS: dict[str, str] = {
    "hoat-dong-doan": "Hoạt động Đoàn",
    "hoc-tap": "Học tập",
    "thong-bao": "Thông báo",
}

# --- hashed names ---------------------------------------------------------------------------

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _hash(seed: str, n: int = 5) -> str:
    return "".join(_B64[b % 64] for b in hashlib.md5(seed.encode()).digest()[:n])


def _hex(seed: str, n: int = 5) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def c(module: str, local: str) -> str:
    """A CSS-module class as Gatsby's css-loader names it: ``<file>-module--<local>--<hash>``."""
    return f"{module}-module--{local}--{_hash(module + ':' + local)}"


def sc(local: str) -> str:
    """The slider package's own CSS-module naming: ``styles-module__<local>___<hash>``."""
    return f"styles-module__{local}___{_hash('slider:' + local, 4)}"


def media(name: str) -> str:
    """The address gatsby-plugin-sharp gives a WordPress upload: ``/static/<digest>/<size>/<name>``."""
    return f"/static/{hashlib.md5(name.encode()).hexdigest()}/{_hex('full' + name)}/{name}"


def file_url(name: str) -> str:
    """A non-image upload (PDF) as gatsby-source-filesystem publishes it: ``/static/<digest>/<name>``."""
    return f"/static/{hashlib.md5(name.encode()).hexdigest()}/{name}"


def _variant(name: str, width: int, ext: str) -> str:
    stem = name.rsplit(".", 1)[0]
    return f"/static/{hashlib.md5(name.encode()).hexdigest()}/{_hex(f'{width}{ext}{name}')}/{stem}.{ext}"


def _name(path: str) -> str:
    return path.rsplit("/", 1)[1]


# --- the posts --------------------------------------------------------------------------------

# Story.opts: at (local publication time as stored in WordPress), by (the WordPress author's
# display name as printed), cats (category slugs, breadcrumb first), tags, nfd (content typed
# decomposed), file (PDF block: href, link text).
# Img styles: featured (the post's featured image; printed caption or None), figure
# (wp-block-image, figcaption or none), gallery (photos of a wp-block-gallery, no captions).
# P styles: "" (<p>), strong (a <p> wholly bold), h2/h3, li (wp-block-list), quote, th/tr (rows of a
# wp-block-table, cells joined by " | ").
_F = "featured"
STORIES: list[Story] = [
    Story(
        id=1187,
        slug="hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-doan",
        published_at="2026-11-21",
        summary=(
            "Sáng 18/11/2026, Đoàn trường THPT Lê Thánh Tông tổ chức Hội thi “Rung chuông vàng”"
            " với chủ đề “Tri ân thầy cô” dành cho 100 thí sinh đại diện các chi đoàn khối 10 và 11."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                media("rung-chuong-vang-2026-1.jpg"),
                "Toàn cảnh sân thi đấu Hội thi “Rung chuông vàng” năm 2026",
                "Toàn cảnh sân thi đấu Hội thi “Rung chuông vàng” năm 2026",
                _F,
            ),
            P(
                "Các câu hỏi của hội thi xoay quanh kiến thức các môn học, lịch sử truyền thống nhà"
                " trường, truyền thống Ngày Nhà giáo Việt Nam và những hiểu biết về an toàn giao thông,"
                " kỹ năng sống. Sau 30 câu hỏi với nhiều tình huống hấp dẫn, gay cấn, các thí sinh lần"
                " lượt rời sàn thi đấu."
            ),
            Img(
                media("rung-chuong-vang-2026-2.jpg"),
                "Các thí sinh giơ bảng đáp án ở câu hỏi số 15",
                "Các thí sinh giơ bảng đáp án ở câu hỏi số 15",
                "figure",
            ),
            P(
                "Vượt qua 99 bạn, em Huỳnh Ngọc Bảo Trân (lớp 11A2) là thí sinh cuối cùng trụ lại sàn"
                " thi đấu và xuất sắc rung tiếng chuông vàng ở câu hỏi thứ 30. Em chia sẻ:"
            ),
            P(
                "Em rất bất ngờ và hạnh phúc. Phần thưởng này em xin dành tặng thầy cô – những người đã"
                " luôn kiên nhẫn đồng hành cùng chúng em.",
                "quote",
            ),
            P(
                "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho các"
                " thí sinh có thành tích cao. Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam, tạo sân chơi bổ ích giúp học sinh củng cố kiến thức, rèn luyện"
                " bản lĩnh."
            ),
            P("Một số hình ảnh tại hội thi:"),
            Img(media("rcv-2026-03.jpg"), None, None, "gallery"),
            Img(media("rcv-2026-04.jpg"), None, None, "gallery"),
            Img(media("rcv-2026-05.jpg"), None, None, "gallery"),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Lê Minh Thư</strong><br>'
                "<strong>Ảnh: Trần Gia Huy</strong></p>"
            ),
        ],
        authors=["Lê Minh Thư"],
        photographers=["Trần Gia Huy"],
        opts={
            "at": datetime(2026, 11, 21, 9, 15),
            "by": "Ban Truyền thông",
            "tags": ["Đoàn thanh niên", "Ngày Nhà giáo Việt Nam"],
        },
    ),
    Story(
        id=1183,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-19",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra cuối"
                " học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Lịch sử, Vật lí | 45 phút/môn", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra tại lớp theo thời khóa biểu, hoàn"
                " thành trước ngày 20/12/2026. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15"
                " phút, mang theo thẻ học sinh."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 19, 16, 40),
            "by": "admin",
            "tags": ["Kiểm tra"],
            "file": (file_url("ke-hoach-kiem-tra-cuoi-hk1-2026-2027.pdf"), "ke-hoach-kiem-tra-cuoi-hk1-2026-2027"),
        },
    ),
    Story(
        id=1180,
        slug="hoc-sinh-nha-truong-dat-14-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Học sinh nhà trường đạt 14 giải trong kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="hoc-tap",
        published_at="2026-11-14",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027, đội tuyển của Trường"
            " THPT Lê Thánh Tông đạt 14 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 3 giải"
            " Khuyến khích."
        ),
        blocks=[
            Img(
                media("hsg-cap-tinh-2026.jpg"),
                "(Thầy Hiệu trưởng Phạm Văn Lộc chúc mừng các em học sinh đạt giải)",
                "Thầy Hiệu trưởng Phạm Văn Lộc chúc mừng các em học sinh đạt giải",
                _F,
            ),
            P(
                "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027, đội tuyển của"
                " Trường THPT Lê Thánh Tông đạt 14 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba"
                " và 3 giải Khuyến khích.",
                "strong",
            ),
            P(
                "Kỳ thi diễn ra từ ngày 04 đến 06/11/2026 với hơn 900 thí sinh của 38 trường THPT trên"
                " địa bàn tỉnh tham dự. Nhà trường có 28 học sinh dự thi ở 9 môn, tỉ lệ đạt giải 50%,"
                " tăng 8% so với năm học trước."
            ),
            P("Các giải Nhất thuộc về các em:"),
            P("Nguyễn Hoàng Phúc (12A1) – môn Toán;", "li"),
            P("Trương Thị Kim Ngân (12A4) – môn Ngữ văn.", "li"),
            P(
                "Ngay sau khi có kết quả, nhà trường tổ chức tuyên dương, khen thưởng các em học sinh đạt"
                " giải và giáo viên bồi dưỡng. Đây là kết quả của quá trình ôn luyện nghiêm túc từ đầu"
                " năm học của thầy và trò."
            ),
            Img(media("hsg-cap-tinh-2026-doi-tuyen.jpg"), None, None, "figure"),
            Raw('<p class="has-text-align-right"><em>Ảnh: Gia Huy</em></p>'),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Gia Huy"],
        opts={
            "at": datetime(2026, 11, 14, 8, 30),
            "by": "Cô Nguyễn Thị Hằng",
            "tags": ["Học sinh giỏi"],
        },
    ),
    Story(
        id=1176,
        slug="chi-doan-11a3-mang-mua-dong-am-den-voi-hoc-sinh-xa-tan-quoi",
        title="Chi đoàn 11A3 mang “Mùa đông ấm” đến với học sinh xã Tân Quới",
        cat="hoat-dong-doan",
        published_at="2026-11-10",
        blocks=[
            Img(media("mua-dong-am-11a3.jpg"), None, None, _F),
            P(
                "Ngày 08/11/2026, Chi đoàn lớp 11A3 phối hợp với Đoàn xã Tân Quới tổ chức chương trình"
                " tình nguyện “Mùa đông ấm” tại Trường Tiểu học Tân Quới B."
            ),
            P(
                "Từ nguồn quỹ kế hoạch nhỏ và sự ủng hộ của cha mẹ học sinh, chi đoàn đã trao 60 phần"
                " quà gồm áo ấm, tập vở, bút viết và bánh sữa cho các em học sinh có hoàn cảnh khó khăn."
                " Các đoàn viên cũng tổ chức trò chơi dân gian, hướng dẫn các em kỹ năng rửa tay đúng"
                " cách và giữ gìn vệ sinh cá nhân."
            ),
            Img(
                media("mua-dong-am-trao-qua.jpg"),
                "Đoàn viên Chi đoàn 11A3 trao quà cho học sinh Trường Tiểu học Tân Quới B",
                "Đoàn viên Chi đoàn 11A3 trao quà cho học sinh Trường Tiểu học Tân Quới B",
                "figure",
            ),
            P(
                "Chương trình là hoạt động thiết thực của tuổi trẻ nhà trường hưởng ứng phong trào “Tuổi"
                " trẻ Vĩnh Long chung tay vì cộng đồng”, giúp đoàn viên rèn luyện kỹ năng và bồi đắp"
                " tinh thần sẻ chia."
            ),
            Raw('<p class="has-text-align-right"><strong>Lê Hoàng Yến – Chi đoàn 11A3</strong></p>'),
        ],
        authors=["Lê Hoàng Yến"],
        # published 06:00 local: the UTC datetime names 9 November
        opts={"at": datetime(2026, 11, 10, 6, 0), "by": "admin", "tags": ["Tình nguyện"]},
    ),
    Story(
        id=1171,
        slug="ngay-hoi-stem-sang-tao-cung-khoa-hoc-lan-thu-ii",
        title="Ngày hội STEM “Sáng tạo cùng khoa học” lần thứ II",
        cat="hoc-tap",
        published_at="2026-11-07",
        blocks=[
            Img(media("ngay-hoi-stem-2026.jpg"), None, None, _F),
            P(
                "Chiều 06/11/2026, nhà trường tổ chức Ngày hội STEM “Sáng tạo cùng khoa học” lần thứ II"
                " với 32 gian trưng bày sản phẩm của học sinh ba khối lớp."
            ),
            P("Nhiều sản phẩm ứng dụng thực tế", "h2"),
            P(
                "Các sản phẩm năm nay tập trung vào những vấn đề gần gũi với đời sống như tưới cây tự"
                " động, cảnh báo xâm nhập mặn, máy lọc nước mini, thùng rác phân loại thông minh. Nhiều"
                " nhóm đã biết tận dụng vật liệu tái chế để giảm chi phí chế tạo."
            ),
            Img(
                media("stem-xe-tu-hanh.jpg"),
                "Nhóm học sinh lớp 10A5 giới thiệu mô hình xe tự hành – Ảnh: Minh Khang",
                "Nhóm học sinh lớp 10A5 giới thiệu mô hình xe tự hành – Ảnh: Minh Khang",
                "figure",
            ),
            P(
                "Ban Giám khảo đã chọn 5 sản phẩm xuất sắc để tiếp tục hoàn thiện, tham gia Cuộc thi"
                " Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học."
            ),
            P("Mời quý thầy cô và các em xem lại video ngày hội:"),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube'
                ' wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                '<iframe title="Ngày hội STEM 2026 - THPT Lê Thánh Tông" width="800" height="450"'
                ' src="https://www.youtube.com/embed/q7Xn2LtT0aM?feature=oembed" frameborder="0"'
                ' allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope;'
                ' picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin"'
                " allowfullscreen></iframe></div></figure>"
            ),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Minh Khang"],
        opts={"at": datetime(2026, 11, 7, 14, 20), "by": "Ban Truyền thông", "tags": ["STEM"]},
    ),
    Story(
        id=1166,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-bong-da-nam",
        title="Thông báo tuyển chọn học sinh tham gia đội tuyển bóng đá nam",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Nhằm chuẩn bị lực lượng tham gia Giải bóng đá học sinh THPT tỉnh Vĩnh Long năm 2027,"
                " Đoàn trường phối hợp với tổ Thể dục – Quốc phòng thông báo tuyển chọn học sinh vào đội"
                " tuyển bóng đá nam của trường."
            ),
            P("Đối tượng: học sinh nam khối 10 và 11, có sức khỏe tốt, xếp loại rèn luyện Khá trở lên."),
            P(
                "Thời gian đăng ký: từ ngày 05/11 đến hết ngày 12/11/2026 tại phòng Đoàn trường hoặc qua"
                " giáo viên chủ nhiệm."
            ),
            P("Lịch tuyển chọn:"),
            P("Vòng 1 (kiểm tra thể lực): 16 giờ 30, thứ Sáu, ngày 13/11/2026;", "li"),
            P("Vòng 2 (thi đấu tập huấn): 16 giờ 30, thứ Hai, ngày 16/11/2026.", "li"),
            P(
                "Học sinh tham gia tuyển chọn mang theo trang phục thể thao, giày đá bóng và nước uống"
                " cá nhân."
            ),
        ],
        authors=["Võ Thành Nhân"],
        opts={"at": datetime(2026, 11, 5, 10, 0), "by": "Thầy Võ Thành Nhân", "tags": ["Thể thao"]},
    ),
    Story(
        id=1160,
        slug="dai-hoi-doan-truong-thpt-le-thanh-tong-nhiem-ky-2026-2027",
        title="Đại hội Đoàn trường THPT Lê Thánh Tông nhiệm kỳ 2026 – 2027",
        cat="hoat-dong-doan",
        published_at="2026-10-30",
        summary=(
            "Ngày 28/10/2026, Đoàn trường THPT Lê Thánh Tông long trọng tổ chức Đại hội đại biểu lần"
            " thứ XXIV, nhiệm kỳ 2026 – 2027 với sự tham dự của 150 đại biểu đại diện cho hơn 1.400"
            " đoàn viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                media("dai-hoi-doan-2026.jpg"),
                "Đoàn Chủ tịch điều hành Đại hội",
                "Đoàn Chủ tịch điều hành Đại hội",
                _F,
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 – 2026: 100% chi đoàn tổ"
                " chức sinh hoạt chủ điểm đúng định kỳ; kết nạp 126 đoàn viên mới; các phong trào “Thanh"
                " niên tình nguyện”, “Tuổi trẻ sáng tạo” được triển khai sâu rộng, thu hút đông đảo đoàn"
                " viên tham gia."
            ),
            P("Phương hướng nhiệm kỳ mới", "h3"),
            P(
                "Nhiệm kỳ 2026 – 2027, Đoàn trường đặt mục tiêu 100% đoàn viên được học tập, quán triệt"
                " nghị quyết; mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên; phấn"
                " đấu kết nạp 150 đoàn viên mới."
            ),
            Img(
                media("dai-hoi-doan-2026-bch.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "figure",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ mới gồm 15 đồng chí; đồng chí Võ"
                " Thành Nhân tiếp tục được tín nhiệm giữ chức Bí thư Đoàn trường."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Ngọc Trâm</strong></p>'),
        ],
        authors=["Ngọc Trâm"],
        photographers=["Ngọc Trâm"],
        opts={"at": datetime(2026, 10, 30, 17, 45), "by": "Ban Truyền thông", "tags": ["Đại hội Đoàn"]},
    ),
    Story(
        id=1154,
        slug="toa-dam-hoc-sinh-voi-van-hoa-doc",
        title="Tọa đàm “Học sinh với văn hóa đọc” tại thư viện nhà trường",
        cat="hoc-tap",
        published_at="2026-10-24",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc, tổ Ngữ văn phối hợp với thư viện nhà trường tổ chức"
                " buổi tọa đàm “Học sinh với văn hóa đọc” dành cho học sinh khối 10."
            ),
            P(
                "Tại buổi tọa đàm, các em được nghe chia sẻ về cách chọn sách phù hợp với lứa tuổi, cách"
                " ghi chép khi đọc và xây dựng thói quen đọc mỗi ngày 20 phút. Nhiều học sinh mạnh dạn"
                " giới thiệu cuốn sách mình yêu thích và những bài học rút ra từ trang sách."
            ),
            P("Đọc sách không chỉ để biết thêm, mà để hiểu mình và hiểu người hơn.", "quote"),
            P(
                "Dịp này, thư viện ra mắt “Góc sách lớp học” tại 12 lớp khối 10 với hơn 600 đầu sách do"
                " học sinh và cha mẹ học sinh đóng góp."
            ),
            Img(media("goc-sach-lop-hoc.jpg"), "Góc sách lớp học của lớp 10A2", "Góc sách lớp học của lớp 10A2", "figure"),
        ],
        authors=["Nguyễn Thị Hằng"],
        # published 05:45 local: the UTC datetime names 23 October
        opts={"at": datetime(2026, 10, 24, 5, 45), "by": "Cô Nguyễn Thị Hằng", "tags": ["Thư viện"]},
    ),
    Story(
        id=1149,
        slug="tuoi-tre-vinh-long-ra-quan-ngay-chu-nhat-xanh-dot-3-nam-2026",
        title="Tuổi trẻ Vĩnh Long ra quân “Ngày Chủ nhật xanh” đợt 3 năm 2026",
        cat="hoat-dong-doan",
        published_at="2026-10-18",
        blocks=[
            Img(
                media("chu-nhat-xanh-dot-3.jpg"),
                "Ảnh: Đoàn viên Trường THPT Lê Thánh Tông dọn vệ sinh tuyến đường Trần Phú",
                "Đoàn viên Trường THPT Lê Thánh Tông dọn vệ sinh tuyến đường Trần Phú",
                _F,
            ),
            P(
                "Sáng 18/10, Tỉnh đoàn Vĩnh Long đồng loạt ra quân “Ngày Chủ nhật xanh” đợt 3 năm 2026"
                " tại 98 điểm trên địa bàn tỉnh, thu hút hơn 5.000 đoàn viên, thanh niên tham gia."
            ),
            P(
                "Tại điểm ra quân phường Phước Hậu, hơn 200 đoàn viên của Trường THPT Lê Thánh Tông cùng"
                " đoàn viên phường đã thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh dọc"
                " tuyến đường Trần Phú và khu vực chợ phường."
            ),
            P(
                "Dịp này, Tỉnh đoàn phát động cuộc thi ảnh “Khoảnh khắc xanh” trên mạng xã hội, khuyến"
                " khích đoàn viên lan tỏa hình ảnh đẹp về hoạt động bảo vệ môi trường."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Minh Trí</strong></p>\n'
                '<p class="has-text-align-right"><em>Nguồn: Báo Vĩnh Long</em></p>'
            ),
        ],
        authors=["Minh Trí"],
        source="Báo Vĩnh Long",
        opts={"at": datetime(2026, 10, 18, 11, 0), "by": "Ban Truyền thông", "tags": ["Môi trường"]},
    ),
    Story(
        id=1143,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-13-10-2026",
        title="Thông báo cho học sinh nghỉ học ngày 13/10/2026 do mưa lớn kéo dài",
        cat="thong-bao",
        published_at="2026-10-12",
        blocks=[
            P(
                "Thực hiện Công văn số 2145/SGDĐT-VP ngày 12/10/2026 của Sở Giáo dục và Đào tạo về việc"
                " ứng phó với mưa lớn, triều cường, nhà trường thông báo cho toàn thể học sinh nghỉ học"
                " ngày thứ Ba, 13/10/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh qua nhóm Zalo của lớp;"
                " thời khóa biểu ngày 13/10 sẽ được bố trí dạy bù vào tuần sau. Cán bộ, giáo viên, nhân"
                " viên trực theo lịch phân công của Ban Giám hiệu."
            ),
        ],
        opts={"at": datetime(2026, 10, 12, 20, 10), "by": "admin", "tags": []},
    ),
    Story(
        id=1137,
        slug="ke-hoach-on-tap-thi-tot-nghiep-thpt-nam-2027",
        title="Kế hoạch ôn tập thi tốt nghiệp THPT năm 2027 cho học sinh khối 12",
        cat="hoc-tap",
        published_at="2026-10-06",
        blocks=[
            P(
                "Nhằm nâng cao chất lượng kỳ thi tốt nghiệp THPT năm 2027, nhà trường xây dựng kế hoạch"
                " ôn tập cho học sinh khối 12 theo từng giai đoạn như sau:"
            ),
            P("Giai đoạn | Thời gian | Nội dung", "th"),
            P("Giai đoạn 1 | 12/10/2026 – 16/01/2027 | Ôn tập kiến thức nền tảng lớp 10, 11", "tr"),
            P("Giai đoạn 2 | 01/02/2027 – 30/04/2027 | Ôn tập chuyên đề, luyện đề theo cấu trúc mới", "tr"),
            P("Giai đoạn 3 | 04/05/2027 – 31/05/2027 | Thi thử, phụ đạo học sinh còn yếu", "tr"),
            P(
                "Học sinh ôn tập vào buổi chiều thứ Ba, thứ Năm và sáng thứ Bảy hằng tuần. Giáo viên chủ"
                " nhiệm theo dõi chuyên cần, thông báo kịp thời cho cha mẹ học sinh các trường hợp vắng"
                " học không lý do. Xem thêm lịch kiểm tra cuối học kỳ I."
            ),
        ],
        authors=["Ban Truyền thông"],
        opts={
            "at": datetime(2026, 10, 6, 7, 30),
            "by": "Ban Truyền thông",
            "cats": ["hoc-tap", "thong-bao"],
            # gatsby-source-wordpress rewrote the editor's link to a relative one without the slash
            "link": ("lịch kiểm tra cuối học kỳ I", "/bai-viet/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"),
            "tags": ["Thi tốt nghiệp THPT"],
        },
    ),
    Story(
        id=1130,
        slug="le-ket-nap-doan-vien-moi-dot-1-nam-hoc-2026-2027",
        title="Lễ kết nạp đoàn viên mới đợt 1 năm học 2026 – 2027",
        cat="hoat-dong-doan",
        published_at="2026-09-26",
        blocks=[
            Img(media("ket-nap-doan-vien-dot-1.jpg"), None, None, _F),
            P(
                "Chiều 25/9/2026, Đoàn trường tổ chức lễ kết nạp đoàn viên mới đợt 1 năm học 2026 – 2027"
                " cho 48 học sinh ưu tú khối 10, lớp đoàn viên mang tên đồng chí Lê Văn Tám."
            ),
            Img(
                media("ket-nap-doan-vien-tuyen-the.jpg"),
                "Các đoàn viên mới tuyên thệ dưới cờ Đoàn",
                "Các đoàn viên mới tuyên thệ dưới cờ Đoàn",
                "figure",
            ),
            P(
                "Trước khi được kết nạp, các em đã hoàn thành lớp bồi dưỡng nhận thức về Đoàn, được các"
                " chi đoàn giới thiệu và xét duyệt đúng quy trình."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Bí thư Đoàn trường mong muốn các đoàn viên mới luôn gương"
                " mẫu trong học tập, rèn luyện, tích cực tham gia các hoạt động phong trào và xứng đáng"
                " với niềm tin của tổ chức Đoàn."
            ),
            Img(media("ket-nap-doan-vien-chup-anh.jpg"), None, None, "figure"),
            Raw('<p class="has-text-align-right"><em>Ảnh: Trần Gia Huy</em></p>'),
        ],
        authors=["Võ Thành Nhân"],
        photographers=["Trần Gia Huy"],
        opts={
            "at": datetime(2026, 9, 26, 15, 0),
            "by": "Thầy Võ Thành Nhân",
            "tags": ["Đoàn thanh niên"],
            "nfd": True,
        },
    ),
    Story(
        id=1124,
        slug="ngay-hoi-chao-tan-hoc-sinh-khoa-2026-2029",
        title="Ngày hội “Chào tân học sinh” khóa 2026 – 2029",
        cat="hoat-dong-doan",
        published_at="2026-09-05",
        summary=(
            "Ngày 04/9/2026, Đoàn trường tổ chức Ngày hội “Chào tân học sinh” khóa 2026 – 2029, chào"
            " đón hơn 480 học sinh lớp 10 bước vào môi trường học tập mới."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                media("chao-tan-hoc-sinh-2026.jpg"),
                "Tiết mục văn nghệ chào mừng của Câu lạc bộ Âm nhạc",
                "Tiết mục văn nghệ chào mừng của Câu lạc bộ Âm nhạc",
                _F,
            ),
            P(
                "Ngày hội gồm nhiều hoạt động sôi nổi như giới thiệu truyền thống nhà trường, ra mắt các"
                " câu lạc bộ học thuật, thể thao, nghệ thuật và chương trình trò chơi lớn “Hành trình Lê"
                " Thánh Tông”."
            ),
            P(
                "Tại gian trưng bày của 16 câu lạc bộ, tân học sinh được tìm hiểu hoạt động, đăng ký tham"
                " gia câu lạc bộ yêu thích. Câu lạc bộ Truyền thông, Câu lạc bộ Tiếng Anh và Câu lạc bộ"
                " Bóng rổ thu hút đông đảo học sinh đăng ký nhất."
            ),
            Img(media("chao-tan-hoc-sinh-clb-1.jpg"), None, None, "gallery"),
            Img(media("chao-tan-hoc-sinh-clb-2.jpg"), None, None, "gallery"),
            Raw('<p class="has-text-align-right"><strong>Bài: Lê Minh Thư – Ảnh: Trần Gia Huy</strong></p>'),
        ],
        authors=["Lê Minh Thư"],
        photographers=["Trần Gia Huy"],
        opts={"at": datetime(2026, 9, 5, 7, 0), "by": "Ban Truyền thông", "tags": ["Tân học sinh"]},
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}


def article_path(s: Story) -> str:
    return f"/bai-viet/{s.slug}/"


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or cat in cats_of(s)]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def listing_path(base: str, page: int) -> str:
    return base if page == 1 else f"{base}{page}/"


HOME_CARDS = newest()[:6]

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[article_path(s) + UTM] if s in HOME_CARDS else (),
    )
    for s in newest()
]

STATIC_PAGES = ["/gioi-thieu/", "/lien-he/", "/thoi-khoa-bieu/", "/thu-vien-anh/", "/tim-kiem/"]

NON_ARTICLES: list[str] = [
    "/",
    *(listing_path("/tin-tuc/", n) for n in range(1, _pages(len(STORIES), PER_PAGE) + 1)),
    *(
        listing_path(f"/chuyen-muc/{c_}/", n)
        for c_ in CATS
        for n in range(1, _pages(len(newest(c_)), CAT_PER_PAGE) + 1)
    ),
    *STATIC_PAGES,
    "/404/",
    "/404.html",
]

# --- rendering helpers --------------------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;"}


def wp(value: str) -> str:
    """Text as WordPress stores it after wptexturize: escaped, curly quotes and dashes as references."""
    out = esc(value)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _local(s: Story) -> datetime:
    return s.opts["at"]


def _utc(s: Story) -> datetime:
    return _local(s) - timedelta(hours=7)


def utc_iso(s: Story) -> str:
    return _utc(s).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def vn_date(s: Story) -> str:
    d = _local(s)
    return f"{d.day} tháng {d.month}, {d.year}"


def short_date(s: Story) -> str:
    return f"{_local(s):%d/%m/%Y}"


_PLACEHOLDER = "/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/"


def gimg(path: str, alt: str, *, eager: bool = False, width: int = 1024, height: int = 683, inline: bool = False) -> str:
    """gatsby-plugin-image's server output for one picture (constrained layout, blurred placeholder)."""
    name = _name(path)
    widths = [w for w in (256, 512, 768, 1024) if w < width] + [width]
    srcset = ", ".join(f"{_variant(name, w, 'jpg') if w != width else path} {w}w" for w in widths)
    webp = ", ".join(f"{_variant(name, w, 'webp')} {w}w" for w in widths)
    sizes = f"(min-width: {width}px) {width}px, 100vw"
    blur = f"data:image/jpeg;base64,{_PLACEHOLDER}{_hex(name, 24)}AAAAAAAAAAAAAAAAAAAAAAAAAAA/8AAEQgADgAUAwEiAAIRAQMRAf/EABgAAQEBAQEAAAAAAAAAAAAAAAAEAwEF/8QAHhAAAgICAgMAAAAAAAAAAAAAAQIAAxEhEjFBUWH/2gAIAQEAAD8A1aO1kbZ//9k="
    sizer = (
        f"data:image/svg+xml;charset=utf-8,%3Csvg height='{height}' width='{width}'"
        " xmlns='http://www.w3.org/2000/svg' version='1.1'%3E%3C/svg%3E"
    )
    loading = "eager" if eager else "lazy"
    if eager:
        main_attrs = f'src="{path}" srcset="{srcset}"'
        source = f'<source type="image/webp" srcset="{webp}" sizes="{sizes}"/>'
    else:
        main_attrs = f'data-src="{path}" data-srcset="{srcset}"'
        source = f'<source type="image/webp" data-srcset="{webp}" sizes="{sizes}"/>'
    wrapper_cls = "gatsby-image-wrapper gatsby-image-wrapper-constrained" + (" inline-gatsby-image-wrapper" if inline else "")
    script = (
        '<script type="module">const t="undefined"!=typeof HTMLImageElement&&"loading"in HTMLImageElement.prototype;'
        'if(t){const t=document.querySelectorAll("img[data-main-image]");for(let e of t){e.dataset.src&&'
        '(e.setAttribute("src",e.dataset.src),e.removeAttribute("data-src")),e.dataset.srcset&&'
        '(e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset"))}}</script>'
    )
    return (
        f'<div data-gatsby-image-wrapper="" class="{wrapper_cls}">'
        f'<div style="max-width:{width}px;display:block"><img alt="" role="presentation" aria-hidden="true"'
        f' src="{sizer}" style="max-width:100%;display:block;position:static"/></div>'
        f'<img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;'
        f'object-fit:cover" decoding="async" src="{blur}" alt=""/>'
        f"<picture>{source}<img data-gatsby-image-ssr=\"\" data-main-image=\"\" style=\"opacity:0\""
        f' sizes="{sizes}" decoding="async" loading="{loading}" {main_attrs} alt="{esc(alt)}"/></picture>'
        f'<noscript><picture><source type="image/webp" srcSet="{webp}" sizes="{sizes}"/>'
        f'<img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async"'
        f' loading="{loading}" src="{path}" srcSet="{srcset}" alt="{esc(alt)}"/></picture></noscript>'
        f"{'' if eager else script}</div>"
    )


def _inline(text_: str, s: Story) -> str:
    """A paragraph's text; the story's ``link`` phrase becomes an anchor (content links)."""
    out = wp(text_)
    if "link" in s.opts:
        phrase, href = s.opts["link"]
        out = out.replace(wp(phrase), f'<a href="{href}">{wp(phrase)}</a>')
    return out


def content_html(s: Story) -> str:
    """The post's WordPress content (Gutenberg blocks) as WPGraphQL returns it after the source plugin."""
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == _F)]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        group_style = getattr(b, "style", None)
        if isinstance(b, P) and group_style in ("li", "quote", "th", "tr"):
            run = []
            kinds = ("th", "tr") if group_style in ("th", "tr") else (group_style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                run.append(blocks[i])
                i += 1
            if group_style == "li":
                items = "".join(f"<li>{_inline(p.text, s)}</li>" for p in run)
                out.append(f'<ul class="wp-block-list">{items}</ul>')
            elif group_style == "quote":
                paras = "".join(f"<p>{_inline(p.text, s)}</p>" for p in run)
                out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">{paras}</blockquote>')
            else:
                head = [p for p in run if p.style == "th"]
                rows = [p for p in run if p.style == "tr"]
                thead = "".join(
                    "<thead><tr>" + "".join(f"<th>{wp(cell)}</th>" for cell in p.text.split(" | ")) + "</tr></thead>"
                    for p in head
                )
                tbody = "".join(
                    "<tr>" + "".join(f"<td>{wp(cell)}</td>" for cell in p.text.split(" | ")) + "</tr>" for p in rows
                )
                out.append(f'<figure class="wp-block-table is-style-stripes"><table>{thead}<tbody>{tbody}</tbody></table></figure>')
            continue
        if isinstance(b, Img) and b.style == "gallery":
            run = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                run.append(blocks[i])
                i += 1
            figs = "".join(
                f'<figure class="wp-block-image size-large">{gimg(im.src, "", inline=True)}</figure>' for im in run
            )
            out.append(
                f'<figure class="wp-block-gallery has-nested-images columns-{len(run)} is-cropped'
                f' wp-block-gallery-{s.id} is-layout-flex wp-block-gallery-is-layout-flex">{figs}</figure>'
            )
            continue
        i += 1
        if isinstance(b, P):
            if b.style in ("h2", "h3"):
                out.append(f'<{b.style} class="wp-block-heading">{wp(b.text)}</{b.style}>')
            elif b.style == "strong":
                out.append(f"<p><strong>{_inline(b.text, s)}</strong></p>")
            else:
                out.append(f"<p>{_inline(b.text, s)}</p>")
        elif isinstance(b, Img):
            cap = f'<figcaption class="wp-element-caption">{wp(b.printed)}</figcaption>' if b.printed else ""
            out.append(f'<figure class="wp-block-image size-large">{gimg(b.src, b.caption or "", inline=True)}{cap}</figure>')
        elif isinstance(b, Raw):
            out.append(b.html)
    if "file" in s.opts:
        href, label = s.opts["file"]
        fid = f"wp-block-file--media-{_hex(href, 8)}-{_hex(label, 4)}"
        out.append(
            f'<div class="wp-block-file"><object class="wp-block-file__embed" data="{href}" type="application/pdf"'
            f' style="width:100%;height:600px" aria-label="Nhúng của {esc(label)}."></object>'
            f'<a id="{fid}" href="{href}">{esc(label)}</a><a href="{href}" class="wp-block-file__button wp-element-button"'
            f' download aria-describedby="{fid}">Tải về</a></div>'
        )
    markup = "\n\n".join(out) + "\n"
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def featured(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == _F), None)


def excerpt(s: Story) -> str:
    """WordPress's automatic excerpt (first 30 words of the text, ``[…]``), as the cards print it."""
    first = s.summary or next(b for b in s.blocks if isinstance(b, P)).text
    words = first.split()
    return " ".join(words[:30]) + (" […]" if len(words) > 30 else "")


def _read_time(s: Story) -> int:
    return max(1, -(-sum(len(p.text.split()) for p in s.blocks if isinstance(p, P)) // 200))


# --- the page frame ------------------------------------------------------------------------------

_CSS = (
    ":root{--xanh:#0b4f9c;--do:#c62828}body{margin:0;font-family:'Be Vietnam Pro',Arial,sans-serif;color:#1f2933}"
    "a{color:var(--xanh);text-decoration:none}.gatsby-image-wrapper{position:relative;overflow:hidden}"
    ".gatsby-image-wrapper picture object,.gatsby-image-wrapper img{bottom:0;height:100%;left:0;margin:0;"
    "max-width:none;padding:0;position:absolute;right:0;top:0;width:100%;object-fit:cover}"
)
_CHUNKS = ("webpack-runtime-3c9a8e0f2b7d41e6a5c2", "framework-6a1f0e9b8d2c3457e1f0", "app-f2e4d6b8a0c1e3579b2d")
_TEMPLATES = {
    "post": "component---src-templates-bai-viet-js",
    "list": "component---src-templates-danh-sach-js",
    "home": "component---src-pages-index-js",
    "page": "component---src-templates-trang-js",
    "404": "component---src-pages-404-js",
}
STATIC_QUERY = "2841359383"
GA_ID = "G-7QX2LTT0PB"


def page_data_path(path: str) -> str:
    if path == "/":
        return "/page-data/index/page-data.json"
    return f"/page-data/{path.strip('/')}/page-data.json"


_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    ("/tin-tuc/", "Tin tức", [(f"/chuyen-muc/{k}/", v) for k, v in CATS.items()]),
    ("/thoi-khoa-bieu/", "Thời khóa biểu", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _nav(active: str) -> str:
    items = []
    for href, label, sub in _MENU:
        cur = ' aria-current="page" class="' + c("nav", "active") + '"' if href == active else ""
        drop = ""
        if sub:
            drop = f'<ul class="{c("nav", "dropdown")}">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub
            ) + "</ul>"
        items.append(f'<li class="{c("nav", "item")}"><a href="{href}"{cur}>{esc(label)}</a>{drop}</li>')
    return (
        f'<nav class="{c("nav", "nav")}" aria-label="Menu chính"><button class="{c("nav", "burger")}"'
        f' aria-label="Mở menu" type="button"><span></span><span></span><span></span></button>'
        f'<ul class="{c("nav", "list")}">{"".join(items)}</ul>'
        f'<a href="/tim-kiem/" class="{c("nav", "searchIcon")}" aria-label="Tìm kiếm"><svg viewBox="0 0 24 24" width="18"'
        ' height="18" aria-hidden="true"><path d="M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2z"/></svg></a></nav>'
    )


def _header(active: str) -> str:
    return (
        f'<div class="{c("layout", "topbar")}"><div class="{c("layout", "container")}">'
        f'<span class="{c("layout", "today")}">{TODAY}</span>'
        f'<span class="{c("layout", "hotline")}">Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></span>'
        f'<a class="{c("layout", "login")}" href="{CMS}/wp-admin/" rel="nofollow">Đăng nhập</a></div></div>'
        f'<header class="{c("layout", "header")}"><div class="{c("layout", "container")}">'
        f'<a href="/" class="{c("layout", "brand")}"><img src="/static/logo-le-thanh-tong-4f2a9c.png" alt="Logo {SITE}"'
        f' width="72" height="72"/><span><small>{OWNER.upper()}</small><strong>{SITE_UPPER}</strong>'
        f"<em>Kỷ cương – Chất lượng – Sáng tạo</em></span></a>"
        f'<form role="search" action="/tim-kiem/" method="get" class="{c("search", "form")}">'
        f'<label for="q" class="{c("search", "srOnly")}">Tìm kiếm</label><input id="q" name="q" type="search"'
        f' placeholder="Tìm kiếm bài viết…"/><button type="submit">Tìm</button></form></div></header>'
        f"{_nav(active)}"
    )


def _footer() -> str:
    return (
        f'<footer class="{c("layout", "footer")}"><div class="{c("layout", "container")}">'
        f'<div class="{c("layout", "footerCol")}"><h2>{SITE_UPPER}</h2><p>Địa chỉ: {esc(ADDRESS)}</p>'
        f'<p>Điện thoại: {HOTLINE} – Hotline tư vấn tuyển sinh: 0918 336 291</p><p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
        f"<p>Chịu trách nhiệm nội dung: Thầy Phạm Văn Lộc – Hiệu trưởng</p></div>"
        f'<div class="{c("layout", "footerCol")}"><h2>Liên kết nhanh</h2><ul>'
        '<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/thoi-khoa-bieu/">Thời khóa biểu</a></li>'
        '<li><a href="/tuyen-sinh-2027/">Tuyển sinh 2027</a></li><li><a href="https://vinhlong.edu.vn" rel="noopener">Sở GD&amp;ĐT Vĩnh Long</a></li>'
        '<li><a href="https://www.facebook.com/thptlethanhtong.vl" rel="noopener">Fanpage nhà trường</a></li></ul></div>'
        f'<div class="{c("counter", "box")}"><h2>Thống kê truy cập</h2><ul>'
        "<li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li><li>Tháng này: <b>9.385</b></li>"
        "<li>Tổng lượt truy cập: <b>1.204.567</b></li></ul></div></div>"
        f'<div class="{c("layout", "copyright")}">© 2026 {SITE}. Thiết kế và vận hành: CLB Tin học cựu học sinh LTT.'
        " Xây dựng với Gatsby &amp; WordPress.</div></footer>"
    )


def _partytown() -> str:
    return (
        '<script>partytown={debug:false,lib:"/~partytown/",forward:["gtag","dataLayer.push"],'
        'resolveUrl:function(e,t,r){return"script"===r&&e.hostname!==t.hostname?'
        'new URL("/__third-party-proxy?url="+encodeURIComponent(e.href),t):e}};'
        '/* Partytown 0.7.6 - MIT builder.io */!function(t,e,n,i,r,o,a,d,s,c,p,l){function u(){l||(l=1,'
        '"/"==(a=(o.lib||"/~partytown/")+(o.debug?"debug/":""))[0]&&(s=e.querySelectorAll(\'script[type="text/partytown"]\'),'
        'i!=t?i.dispatchEvent(new CustomEvent("pt1",{detail:t})):(d=setTimeout(f,1e4),e.addEventListener("pt0",w),'
        'r?h(1):n.serviceWorker?n.serviceWorker.register(a+(o.swPath||"partytown-sw.js"),{scope:a}).then(function(t){'
        't.active?h():t.installing&&t.installing.addEventListener("statechange",function(t){"activated"==t.target.state&&h()})},'
        'console.error):f())))}function h(t){c=e.createElement(t?"script":"iframe"),t||(c.setAttribute("style",'
        '"display:block;width:0;height:0;border:0;visibility:hidden"),c.setAttribute("aria-hidden",!0)),'
        'c.src=a+"partytown-"+(t?"atomics.js?v=0.7.6":"sandbox-sw.html?"+Date.now()),e.body.appendChild(c)}'
        'function f(t,n){for(w(),t=0;t<s.length;t++)(n=e.createElement("script")).innerHTML=s[t].innerHTML,'
        'e.head.appendChild(n)}function w(){clearTimeout(d)}o=t.partytown||{},i==t&&(o.forward||[]).map(function(e){'
        'p=t,e.split(".").map(function(e,n,i){p=p[i[n]]=n+1<i.length?"push"==i[n+1]?[]:p[i[n]]||{}:function(){'
        '(t._ptf=t._ptf||[]).push(i,arguments)}})}),"complete"==e.readyState?u():(t.addEventListener("DOMContentLoaded",u),'
        't.addEventListener("load",u))}(window,document,navigator,top,window.crossOriginIsolated);</script>'
        f'<script type="text/partytown" src="https://www.googletagmanager.com/gtag/js?id={GA_ID}"></script>'
        f'<script type="text/partytown">window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}'
        f'gtag("js",new Date());gtag("config","{GA_ID}",{{send_page_view:true}});</script>'
    )


def document(path: str, head_title: str, body: str, template: str, head_extra: str = "", description: str = "") -> str:
    """A whole pre-rendered page the way ``gatsby build`` writes it to public/<path>/index.html."""
    chunks = "".join(f'<link as="script" rel="preload" href="/{ch}.js"/>' for ch in (*_CHUNKS, f"{_TEMPLATES[template]}-{_hex(template, 20)}"))
    desc = description or f"Cổng thông tin điện tử {SITE}, {OWNER}"
    scripts = "".join(f'<script src="/{ch}.js" async=""></script>' for ch in (*_CHUNKS, f"{_TEMPLATES[template]}-{_hex(template, 20)}"))
    mapping = json.dumps({"app": ["/" + _CHUNKS[2] + ".js"], _TEMPLATES[template]: [f"/{_TEMPLATES[template]}-{_hex(template, 20)}.js"]})
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
        '<meta name="generator" content="Gatsby 5.13.7"/>'
        f'<style data-href="/styles.{_hex("css", 20)}.css" data-identity="gatsby-global-css">{_CSS}</style>'
        f"<title>{head_title}</title>"
        f'<meta name="description" content="{esc(desc)}"/><meta property="og:title" content="{head_title}"/>'
        f'<meta property="og:site_name" content="{SITE}"/><meta name="twitter:card" content="summary_large_image"/>'
        f'<link rel="icon" href="/favicon-32x32.png?v={_hex("icon", 32)}" type="image/png"/>'
        f'<link rel="manifest" href="/manifest.webmanifest" crossorigin="anonymous"/>'
        f'<link rel="alternate" type="application/rss+xml" title="Tin tức – {SITE}" href="/rss.xml"/>'
        f"{head_extra}{_partytown()}{chunks}"
        f'<link as="fetch" rel="preload" href="{page_data_path(path)}" crossOrigin="anonymous"/>'
        f'<link as="fetch" rel="preload" href="/page-data/sq/d/{STATIC_QUERY}.json" crossOrigin="anonymous"/>'
        '<link as="fetch" rel="preload" href="/page-data/app-data.json" crossOrigin="anonymous"/></head>'
        '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        f'<div class="{c("layout", "wrapper")}">{body}</div></div>'
        '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;'
        'clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
        f'<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";'
        f'window.___webpackCompilationHash="{BUILD_HASH}";/*]]>*/</script>'
        f'<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={json.dumps(mapping)};/*]]>*/</script>'
        f"{scripts}</body></html>"
    )


def _frame(active: str, main: str) -> str:
    return f'{_header(active)}<main class="{c("layout", "main")}">{main}</main>{_footer()}'


def _aside() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{wp(s.title)}</a><span class="{c("sidebar", "date")}">{short_date(s)}</span></li>'
        for s in newest()[:5]
    )
    notices = "".join(
        f'<li><a href="{article_path(s)}">{wp(s.title)}</a><time>{short_date(s)}</time></li>' for s in newest("thong-bao")[:4]
    )
    return (
        f'<aside class="{c("sidebar", "aside")}"><section class="{c("sidebar", "widget")}"><h2>Tin mới</h2>'
        f'<ul class="{c("sidebar", "list")}">{latest}</ul></section>'
        f'<section class="{c("sidebar", "widget")}"><h2>Thông báo</h2><ul class="{c("sidebar", "list")}">{notices}</ul>'
        f'<a href="/chuyen-muc/thong-bao/" class="{c("sidebar", "more")}">Xem tất cả thông báo →</a></section>'
        f'<section class="{c("sidebar", "banners")}"><a href="https://thitotnghiep.vinhlong.edu.vn" rel="noopener">'
        '<img src="/static/banner-thi-tot-nghiep-2027-9a1c.png" alt="Thi tốt nghiệp THPT 2027"/></a>'
        '<a href="https://csdl.vinhlong.edu.vn" rel="noopener"><img src="/static/banner-csdl-nganh-3e7b.png"'
        ' alt="Cơ sở dữ liệu ngành"/></a></section></aside>'
    )


def _card(s: Story, *, with_share: bool = False, base: str = "") -> str:
    feat = featured(s)
    if feat:
        thumb = f'<a href="{article_path(s)}" tabindex="-1" class="{c("card", "thumb")}">{gimg(_variant(_name(feat.src), 480, "jpg"), "", width=480, height=320)}</a>'
    else:
        thumb = f'<a href="{article_path(s)}" tabindex="-1" class="{c("card", "thumb")} {c("card", "noImage")}"><span>THÔNG BÁO</span></a>'
    share = ""
    if with_share:
        link = quote(f"{base}{article_path(s)}?utm_source=facebook&utm_medium=social", safe="")
        share = (
            f'<div class="{c("card", "share")}"><span>Chia sẻ:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={link}" target="_blank" rel="noopener noreferrer"'
            ' aria-label="Chia sẻ lên Facebook">Facebook</a>'
            f'<a href="https://sp.zalo.me/share_inline?url={link}" target="_blank" rel="noopener noreferrer"'
            ' aria-label="Chia sẻ qua Zalo">Zalo</a>'
            f'<a href="{article_path(s)}{UTM.replace("&", "&amp;")}" class="{c("card", "copy")}"'
            ' title="Sao chép liên kết">Liên kết</a></div>'
        )
    chip = CATS[cats_of(s)[0]]
    return (
        f'<div class="{c("card", "card")}">{thumb}<div class="{c("card", "body")}">'
        f'<span class="{c("card", "chip")}">{esc(chip)}</span>'
        f'<h3 class="{c("card", "title")}"><a href="{article_path(s)}">{wp(s.title)}</a></h3>'
        f'<p class="{c("card", "meta")}"><time dateTime="{utc_iso(s)}">{vn_date(s)}</time></p>'
        f'<div class="{c("card", "excerpt")}"><p>{wp(excerpt(s))}</p>\n</div>'
        f'<a href="{article_path(s)}" class="{c("card", "more")}">Đọc tiếp →</a>{share}</div></div>'
    )


# --- pages -----------------------------------------------------------------------------------------


def _json_ld(s: Story, base: str) -> str:
    feat = featured(s)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": utc_iso(s),
        "dateModified": utc_iso(s),
        "author": {"@type": "Person", "name": s.opts["by"]},
        "publisher": {"@type": "EducationalOrganization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-le-thanh-tong-4f2a9c.png"}},
        "url": f"{base}{article_path(s)}",
    }
    if feat:
        data["image"] = f"{base}{feat.src}"
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def related(s: Story) -> list[Story]:
    same = [o for o in newest(s.cat) if o is not s]
    others = [o for o in newest() if o is not s and o not in same]
    return (same + others)[:3]


def article_page(s: Story, base: str) -> str:
    path = article_path(s)
    primary = cats_of(s)[0]
    crumbs = (
        f'<nav aria-label="breadcrumb" class="{c("post", "crumbs")}"><ol><li><a href="/">Trang chủ</a></li>'
        f'<li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/chuyen-muc/{primary}/">{esc(CATS[primary])}</a></li></ol></nav>'
    )
    chips = "".join(f'<a href="/chuyen-muc/{k}/" class="{c("post", "chip")}">{esc(CATS[k])}</a>' for k in cats_of(s))
    meta = (
        f'<div class="{c("post", "meta")}"><time dateTime="{utc_iso(s)}">{vn_date(s)}</time>'
        f'<span class="{c("post", "dot")}">·</span><span>Đăng bởi: <strong>{esc(s.opts["by"])}</strong></span>'
        f'<span class="{c("post", "dot")}">·</span><span>{_read_time(s)} phút đọc</span></div>'
    )
    feat = featured(s)
    cover = ""
    if feat:
        cap = f'<figcaption class="{c("post", "coverCaption")}"><p>{wp(feat.printed)}</p>\n</figcaption>' if feat.printed else ""
        cover = f'<figure class="{c("post", "cover")}">{gimg(feat.src, feat.caption or "", eager=True, width=1200, height=800)}{cap}</figure>'
    lead = f'<div class="{c("post", "lead")}"><p>{wp(s.summary)}</p></div>' if s.summary and s.sapo_outside else ""
    tags = ""
    if s.opts.get("tags"):
        tags = f'<div class="{c("post", "tags")}"><span>Thẻ:</span>' + "".join(
            f'<span class="{c("post", "tag")}">#{esc(t)}</span>' for t in s.opts["tags"]
        ) + "</div>"
    link = quote(f"{base}{path}", safe="")
    tools = (
        f'<div class="{c("share", "bar")}"><span>Chia sẻ bài viết:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={link}" target="_blank" rel="noopener noreferrer">Facebook</a>'
        f'<a href="https://sp.zalo.me/share_inline?url={link}" target="_blank" rel="noopener noreferrer">Zalo</a>'
        f'<button type="button" class="{c("share", "copy")}">Sao chép liên kết</button>'
        f'<button type="button" class="{c("share", "print")}" onclick="window.print()">In bài viết</button></div>'
    )
    article = (
        f'<article class="{c("post", "post")}" itemScope="" itemType="http://schema.org/Article">{crumbs}'
        f'<header class="{c("post", "header")}"><div class="{c("post", "chips")}">{chips}</div>'
        f'<h1 class="{c("post", "title")}" itemProp="headline">{esc(s.title)}</h1>{meta}</header>{cover}{lead}'
        f'<section class="{c("post", "content")}" itemProp="articleBody">{content_html(s)}</section>'
        f'<footer class="{c("post", "footer")}">{tags}{tools}</footer></article>'
    )
    cards = "".join(_card(o) for o in related(s))
    main = (
        f'<div class="{c("layout", "container")} {c("layout", "twoCol")}">{article}{_aside()}</div>'
        f'<section class="{c("related", "section")}"><div class="{c("layout", "container")}"><h2>Bài viết liên quan</h2>'
        f'<div class="{c("related", "grid")}">{cards}</div></div></section>'
    )
    # Gatsby's Head prints the WordPress title as a string: its character references get escaped again
    head_title = f"{esc(s.title)} | {SITE}"
    for ch, ref in _TEXTURIZE.items():
        head_title = head_title.replace(ch, ref.replace("&", "&amp;"))
    extra = '<meta property="og:type" content="article"/>' + _json_ld(s, base)
    return document(path, head_title, _frame("/tin-tuc/", main), "post", extra, excerpt(s))


def _pager(base: str, page: int, pages: int) -> str:
    if pages == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="{listing_path(base, page - 1)}" rel="prev" class="{c("pager", "prev")}">← Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="{c("pager", "current")}">{n}</span>')
        else:
            parts.append(f'<a href="{listing_path(base, n)}" class="{c("pager", "num")}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{listing_path(base, page + 1)}" rel="next" class="{c("pager", "next")}">Trang sau →</a>')
    return f'<nav class="{c("pager", "pager")}" aria-label="Phân trang">{"".join(parts)}</nav>'


def listing_page(base: str, page: int, cat: str | None) -> str | None:
    items = newest(cat)
    per = CAT_PER_PAGE if cat else PER_PAGE
    pages = _pages(len(items), per)
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * per : page * per]
    heading = CATS[cat] if cat else "Tin tức"
    crumbs = f'<nav aria-label="breadcrumb" class="{c("list", "crumbs")}"><ol><li><a href="/">Trang chủ</a></li>'
    if cat:
        crumbs += '<li><a href="/tin-tuc/">Tin tức</a></li>'
    crumbs += f'<li aria-current="page">{esc(heading)}</li></ol></nav>'
    suffix = f" – Trang {page}" if page > 1 else ""
    main = (
        f'<div class="{c("layout", "container")} {c("layout", "twoCol")}"><div>{crumbs}'
        f'<h1 class="{c("list", "heading")}">{esc(heading)}{suffix}</h1>'
        f'<div class="{c("list", "grid")}">{"".join(_card(s) for s in chunk)}</div>'
        f"{_pager(base, page, pages)}</div>{_aside()}</div>"
    )
    return document(listing_path(base, page), f"{esc(heading)}{suffix} | {SITE}", _frame("/tin-tuc/", main), "list")


def home_page(base: str) -> str:
    slides = "".join(
        f'<div class="{sc("slide")}" style="background-image:url({_variant(_name(featured(s).src), 1600, "jpg")})">'
        f'<div class="{sc("caption")}"><span>{esc(CATS[s.cat])}</span><h2><a href="{article_path(s)}">{wp(s.title)}</a></h2></div></div>'
        for s in [s for s in newest() if featured(s)][:3]
    )
    dots = "".join(f'<button type="button" class="{sc("dot")}" aria-label="Chuyển đến ảnh {i}"></button>' for i in (1, 2, 3))
    cards = "".join(_card(s, with_share=True, base=base) for s in HOME_CARDS)
    notices = "".join(
        f'<li><span class="{c("home", "noticeDate")}">{short_date(s)}</span><a href="{article_path(s)}">{wp(s.title)}</a></li>'
        for s in newest("thong-bao")
    )
    main = (
        f'<section class="{sc("slider")}" aria-roledescription="carousel"><div class="{sc("track")}">{slides}</div>'
        f'<div class="{sc("dots")}">{dots}</div></section>'
        f'<div class="{c("layout", "container")} {c("home", "grid")}"><section><div class="{c("home", "sectionHead")}">'
        f'<h2>Tin mới</h2><a href="/tin-tuc/">Xem tất cả →</a></div><div class="{c("home", "cards")}">{cards}</div></section>'
        f'<section class="{c("home", "notices")}"><h2>Thông báo</h2><ul>{notices}</ul>'
        f'<a href="/chuyen-muc/thong-bao/">Tất cả thông báo →</a></section></div>'
        f'<section class="{c("home", "quickLinks")}"><div class="{c("layout", "container")}">'
        '<a href="/thoi-khoa-bieu/">Thời khóa biểu</a><a href="/thu-vien-anh/">Thư viện ảnh</a>'
        '<a href="/chuyen-muc/hoat-dong-doan/">Hoạt động Đoàn</a><a href="/lien-he/">Góp ý – Liên hệ</a></div></section>'
    )
    return document("/", f"Trang chủ | {SITE}", _frame("/", main), "home")


GALLERY: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Hội thi “Rung chuông vàng” 2026",
        [("album-rcv-2026-01.jpg", "Lễ khai mạc hội thi"), ("album-rcv-2026-02.jpg", "Thí sinh tranh tài"), ("album-rcv-2026-03.jpg", "Trao giải cho thí sinh xuất sắc")],
    ),
    (
        "Ngày hội STEM lần thứ II",
        [("album-stem-2026-01.jpg", "Gian trưng bày khối 11"), ("album-stem-2026-02.jpg", "Mô hình tưới cây tự động")],
    ),
    (
        "Khai giảng năm học 2026 – 2027",
        [("album-khai-giang-01.jpg", "Lễ chào cờ"), ("album-khai-giang-02.jpg", "Thầy Hiệu trưởng đánh trống khai giảng"), ("album-khai-giang-03.jpg", "Học sinh lớp 10 nhận hoa")],
    ),
]

_TKB = [
    ("Tiết 1 (7h00 – 7h45)", "Chào cờ", "Toán", "Ngữ văn", "Vật lí", "Tiếng Anh", "Sinh hoạt lớp"),
    ("Tiết 2 (7h50 – 8h35)", "Toán", "Toán", "Ngữ văn", "Hóa học", "Tiếng Anh", "Lịch sử"),
    ("Tiết 3 (8h50 – 9h35)", "Ngữ văn", "Tiếng Anh", "Hóa học", "Toán", "Tin học", "Giáo dục thể chất"),
    ("Tiết 4 (9h40 – 10h25)", "Vật lí", "Lịch sử", "Toán", "Ngữ văn", "Vật lí", "Giáo dục thể chất"),
    ("Tiết 5 (10h30 – 11h15)", "Tiếng Anh", "Giáo dục quốc phòng", "Sinh học", "Địa lí", "Hóa học", "—"),
]


def static_page(path: str) -> str:
    title = ""
    if path == "/gioi-thieu/":
        title = "Giới thiệu"
        inner = (
            f"<p>{SITE} được thành lập năm 1976, là một trong những trường trung học phổ thông lâu đời của tỉnh"
            " Vĩnh Long. Trường đạt chuẩn quốc gia mức độ 2 năm 2021 và được tặng Huân chương Lao động hạng Nhì.</p>"
            "<p>Năm học 2026 – 2027, nhà trường có 38 lớp với 1.462 học sinh; 94 cán bộ, giáo viên, nhân viên, trong"
            " đó 32 thạc sĩ.</p>"
            f'<figure>{gimg(media("toan-canh-truong-ltt.jpg"), "Toàn cảnh nhà trường", width=1200, height=600)}'
            "<figcaption>Toàn cảnh Trường THPT Lê Thánh Tông</figcaption></figure>"
            "<h2>Sứ mệnh</h2><p>Xây dựng môi trường học tập kỷ cương, thân thiện, giúp mỗi học sinh phát triển toàn"
            " diện, tự tin bước vào đại học và cuộc sống.</p>"
            "<h2>Ban Giám hiệu</h2><ul><li>Thầy Phạm Văn Lộc – Hiệu trưởng</li><li>Cô Trần Thị Bích Vân – Phó Hiệu"
            " trưởng</li><li>Thầy Nguyễn Quốc Cường – Phó Hiệu trưởng</li></ul>"
        )
    elif path == "/lien-he/":
        title = "Liên hệ"
        inner = (
            f"<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại văn phòng: {HOTLINE}</p><p>Email: {EMAIL}</p>"
            '<form name="lien-he" method="POST" action="/lien-he/cam-on/" data-netlify="true"'
            ' data-netlify-honeypot="bot-field"><input type="hidden" name="form-name" value="lien-he"/>'
            '<p hidden=""><label>Không điền vào ô này: <input name="bot-field"/></label></p>'
            f'<label class="{c("form", "label")}">Họ và tên<input type="text" name="ho-ten" required=""/></label>'
            f'<label class="{c("form", "label")}">Email<input type="email" name="email" required=""/></label>'
            f'<label class="{c("form", "label")}">Nội dung<textarea name="noi-dung" rows="6" required=""></textarea></label>'
            '<button type="submit">Gửi liên hệ</button></form>'
            '<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3925.1!2d105.97!3d10.25"'
            ' width="100%" height="320" loading="lazy"></iframe>'
        )
    elif path == "/thoi-khoa-bieu/":
        title = "Thời khóa biểu"
        rows = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in _TKB)
        inner = (
            "<p>Thời khóa biểu buổi sáng lớp 12A1, học kỳ I năm học 2026 – 2027 (áp dụng từ ngày 02/11/2026).</p>"
            '<label>Chọn lớp: <select name="lop"><option>12A1</option><option>12A2</option><option>11A1</option>'
            "<option>10A1</option></select></label>"
            f'<table class="{c("tkb", "table")}"><thead><tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th>'
            f"<th>Thứ Năm</th><th>Thứ Sáu</th><th>Thứ Bảy</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<p><a href="{file_url("tkb-hk1-2026-2027-ap-dung-02-11.pdf")}">Tải thời khóa biểu toàn trường (PDF)</a></p>'
        )
    elif path == "/thu-vien-anh/":
        title = "Thư viện ảnh"
        albums = "".join(
            f'<section class="{c("gallery", "album")}"><h2>{esc(name)}</h2><div class="{c("gallery", "grid")}">'
            + "".join(
                f'<figure class="{c("gallery", "item")}">{gimg(media(f), cap, width=600, height=400)}<figcaption>{esc(cap)}</figcaption></figure>'
                for f, cap in photos
            )
            + "</div></section>"
            for name, photos in GALLERY
        )
        inner = f"<p>Hình ảnh hoạt động của thầy và trò {SITE}.</p>{albums}"
    elif path == "/tim-kiem/":
        title = "Tìm kiếm"
        inner = (
            f'<form action="/tim-kiem/" method="get" class="{c("search", "page")}"><input name="q" type="search"'
            ' placeholder="Nhập từ khóa…"/><button type="submit">Tìm</button></form>'
            f'<div class="{c("search", "results")}"><p>Nhập từ khóa để tìm bài viết.</p></div>'
            "<noscript><p>Trang tìm kiếm cần bật JavaScript.</p></noscript>"
        )
    elif path == "/lien-he/cam-on/":
        title = "Cảm ơn bạn"
        inner = '<p>Nhà trường đã nhận được liên hệ của bạn và sẽ phản hồi sớm nhất.</p><p><a href="/">Về trang chủ</a></p>'
    main = (
        f'<div class="{c("layout", "container")}"><nav aria-label="breadcrumb" class="{c("page", "crumbs")}"><ol>'
        f'<li><a href="/">Trang chủ</a></li><li aria-current="page">{esc(title)}</li></ol></nav>'
        f'<h1 class="{c("page", "title")}">{esc(title)}</h1><div class="{c("page", "content")}">{inner}</div></div>'
    )
    active = path if any(path == h for h, _, _ in _MENU) else ""
    return document(path, f"{esc(title)} | {SITE}", _frame(active, main), "page")


def not_found_page(path: str) -> str:
    main = (
        f'<div class="{c("layout", "container")} {c("notFound", "box")}"><h1>404: Không tìm thấy trang</h1>'
        "<p>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>"
        '<p><a href="/">← Về trang chủ</a> hoặc <a href="/tin-tuc/">xem tin tức mới nhất</a>.</p></div>'
    )
    return document(path, f"404: Không tìm thấy trang | {SITE}", _frame("", main), "404")


# --- JSON, feeds, sitemaps -------------------------------------------------------------------------


def _wp_node(s: Story) -> dict:
    feat = featured(s)
    return {
        "id": f"cG9zdDo{s.id}",
        "databaseId": s.id,
        "title": wp(s.title),
        "slug": s.slug,
        "uri": f"/{_local(s):%Y/%m/%d}/{s.slug}/",
        "date": f"{_local(s):%Y-%m-%dT%H:%M:%S}",
        "dateGmt": f"{_utc(s):%Y-%m-%dT%H:%M:%S}",
        "excerpt": f"<p>{wp(excerpt(s))}</p>\n",
        "author": {"node": {"name": s.opts["by"]}},
        "categories": {"nodes": [{"name": CATS[k], "slug": k, "uri": f"/chuyen-muc/{k}/"} for k in cats_of(s)]},
        "featuredImage": (
            {
                "node": {
                    "altText": feat.caption or "",
                    "caption": f"<p>{wp(feat.printed)}</p>\n" if feat.printed else None,
                    "localFile": {"childImageSharp": {"gatsbyImageData": {"layout": "constrained", "width": 1200, "height": 800, "images": {"fallback": {"src": feat.src}}}}},
                }
            }
            if feat
            else None
        ),
    }


def page_data(path: str, template: str, data: dict, context: dict | None = None) -> Response:
    payload = {
        "componentChunkName": _TEMPLATES[template],
        "path": path,
        "result": {"data": data, "pageContext": context or {}},
        "staticQueryHashes": [STATIC_QUERY, "3159585216"],
        "slicesMap": {},
    }
    return Response(200, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), {"Content-Type": "application/json", "Cache-Control": "public, max-age=0, must-revalidate"})


def _post_data(s: Story) -> Response:
    node = {**_wp_node(s), "content": content_html(s), "acf": {"sapo": s.summary if s.sapo_outside else None}}
    rel = {"nodes": [_wp_node(o) for o in related(s)]}
    return page_data(article_path(s), "post", {"wpPost": node, "related": rel}, {"id": node["id"], "slug": s.slug})


def _list_data(base: str, page: int, cat: str | None) -> Response:
    items = newest(cat)
    per = CAT_PER_PAGE if cat else PER_PAGE
    pages = _pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    context = {"limit": per, "skip": (page - 1) * per, "numPages": pages, "currentPage": page, "basePath": base}
    if cat:
        context["categorySlug"] = cat
    return page_data(listing_path(base, page), "list", {"allWpPost": {"nodes": [_wp_node(s) for s in chunk]}}, context)


def _rss(base: str) -> Response:
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{excerpt(s)}]]></description>"
        f"<link>{base}{article_path(s)}</link><guid isPermaLink=\"false\">{base}{article_path(s)}</guid>"
        f"<pubDate>{format_datetime(_utc(s).replace(tzinfo=UTC), usegmt=True)}</pubDate></item>"
        for s in newest()[:FEED_SIZE]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
        f"<channel><title><![CDATA[Tin tức – {SITE}]]></title><description><![CDATA[Tin tức, thông báo của {SITE}]]></description>"
        f"<link>{base}</link><generator>GatsbyJS</generator><lastBuildDate>Wed, 25 Nov 2026 19:02:11 GMT</lastBuildDate>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/xml"})


def all_pages() -> list[str]:
    return [
        "/",
        *(p for p in NON_ARTICLES if p not in ("/", "/404/", "/404.html")),
        "/lien-he/cam-on/",
        *(article_path(s) for s in newest()),
    ]


def _sitemap(base: str, which: str) -> Response:
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    if which == "index":
        body = head + (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-0.xml</loc></sitemap></sitemapindex>"
        )
    else:
        urls = "".join(f"<url><loc>{base}{p}</loc><changefreq>daily</changefreq><priority>0.7</priority></url>" for p in all_pages())
        body = (
            head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
            ' xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
            f' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">{urls}</urlset>'
        )
    return Response(200, body, {"Content-Type": "application/xml"})


_ROBOTS = "User-agent: *\nAllow: /\nDisallow: /page-data/\nDisallow: /~partytown/\nSitemap: {base}/sitemap-index.xml\nHost: {base}\n"

_JS = {"Content-Type": "application/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable"}


class GatsbyHeadlessSite:
    """A static host over Gatsby's ``public/`` folder: files, trailing-slash redirects, 404.html."""

    def __init__(self) -> None:
        self.lists: dict[str, tuple[str, int, str | None]] = {}
        for cat in (None, *CATS):
            base = f"/chuyen-muc/{cat}/" if cat else "/tin-tuc/"
            per = CAT_PER_PAGE if cat else PER_PAGE
            for n in range(1, _pages(len(newest(cat)), per) + 1):
                self.lists[listing_path(base, n)] = (base, n, cat)
        self.posts = {article_path(s): s for s in STORIES}
        self.statics = {*STATIC_PAGES, "/lien-he/cam-on/"}
        self.files = {s.opts["file"][0] for s in STORIES if "file" in s.opts} | {file_url("tkb-hk1-2026-2027-ap-dung-02-11.pdf")}

    def _page_paths(self) -> set[str]:
        return {"/", "/404/", "/404.html", *self.lists, *self.posts, *self.statics}

    def respond(self, request: Request) -> Response | None:
        path, base = request.path, base_url(request)
        if path in self.files:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".webp"):
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/webp"})
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap-index.xml":
            return _sitemap(base, "index")
        if path == "/sitemap-0.xml":
            return _sitemap(base, "0")
        if path == "/rss.xml":
            return _rss(base)
        if path == "/manifest.webmanifest":
            return Response(200, json.dumps({"name": SITE, "short_name": "THPT LTT", "start_url": "/", "display": "minimal-ui"}, ensure_ascii=False), {"Content-Type": "application/manifest+json"})
        if path.startswith("/page-data/"):
            return self._page_data(path, base)
        if path.startswith("/~partytown/"):
            if path == PARTYTOWN_SANDBOX:
                return html('<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/~partytown/partytown-sw.js"></script></head></html>')
            if path.endswith(".js"):
                return Response(200, "/* Partytown 0.7.6 - MIT builder.io */", _JS)
            return None
        if path == "/__third-party-proxy":
            return Response(200, "/* proxied third-party script */", _JS)
        if (found := static_file(path)) is not None:
            return found
        if path == "/lien-he/cam-on/" and request.method == "POST":
            return html(static_page(path))
        page = self._html(path, base)
        if page is not None:
            return html(page, headers={"Cache-Control": "public, max-age=0, must-revalidate"})
        if not path.endswith("/") and "." not in _name(path) and path + "/" in self._page_paths():
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return html(not_found_page(path), status=404)

    def _html(self, path: str, base: str) -> str | None:
        if path == "/":
            return home_page(base)
        if path in self.posts:
            return article_page(self.posts[path], base)
        if path in self.lists:
            lbase, n, cat = self.lists[path]
            return listing_page(lbase, n, cat)
        if path in self.statics:
            return static_page(path)
        if path in ("/404/", "/404.html"):
            return not_found_page(path)
        return None

    def _page_data(self, path: str, base: str) -> Response | None:
        if path == "/page-data/app-data.json":
            return Response(200, json.dumps({"webpackCompilationHash": BUILD_HASH}), {"Content-Type": "application/json"})
        if path.startswith("/page-data/sq/d/"):
            data = {"data": {"site": {"siteMetadata": {"title": SITE, "siteUrl": base, "description": f"Cổng thông tin điện tử {SITE}"}}, "wpMenu": {"menuItems": {"nodes": [{"label": t, "path": h} for h, t, _ in _MENU]}}}}
            return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})
        for page in self._page_paths():
            if page_data_path(page) != path:
                continue
            if page in self.posts:
                return _post_data(self.posts[page])
            if page in self.lists:
                return _list_data(*self.lists[page])
            if page == "/":
                return page_data("/", "home", {"allWpPost": {"nodes": [_wp_node(s) for s in HOME_CARDS]}})
            return page_data(page, "404" if page.startswith("/404") else "page", {})
        return None


def build_site() -> GatsbyHeadlessSite:
    """A fresh site object; pages render per request from the constant data above."""
    return GatsbyHeadlessSite()
