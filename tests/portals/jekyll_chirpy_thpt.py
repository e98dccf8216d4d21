"""Trường THPT Phan Bội Châu (thành phố Vinh, Nghệ An): a Jekyll 4 site with the Chirpy theme.

Platform: Jekyll 4.3 + jekyll-theme-chirpy 7 (vi-VN locale, with the school's own wording:
"Đăng lúc", "Đã cập nhật", "Viết bởi", "phút đọc"), plugins jekyll-paginate, jekyll-archives,
jekyll-seo-tag, jekyll-sitemap, jekyll-feed, jekyll-redirect-from and Chirpy's PWA (service
worker, "new version" toast), built and copied to the school's own server (nginx).

URL scheme
- ``/`` home, five posts a page (jekyll-paginate), then ``/page2/``, ``/page3/``;
- ``/posts/<slug>/`` posts (``/posts/<slug>`` answers 301 to the slash form);
- ``/categories/`` and ``/categories/<cat>/``, ``/tags/`` and ``/tags/<tag>/`` where the slug is
  Jekyll's unicode slugify, printed percent-encoded (``/categories/tin-t%E1%BB%A9c/``);
- ``/archives/`` (every post by year and month), ``/about/`` (Giới thiệu), ``/lien-he/`` and
  ``/van-ban/`` (tabs the school added);
- ``/2026/11/12/ve-nguon-kim-lien.html``: a jekyll-redirect-from stub of a migrated post;
- ``/feed.xml`` (the 10 newest), ``/sitemap.xml``, ``/robots.txt``, ``/app.webmanifest``,
  ``/sw.min.js``, ``/assets/js/data/search.json``, ``/assets/js/data/swconf.js``.

Page templates
- home / page N: Chirpy's ``#post-list`` of ``article.card-wrapper`` cards, each ONE ``<a
  class="post-preview">`` around an ``<h1 class="card-title">``, an excerpt ``<p>``, a ``<time>``
  and the categories; a pinned post first on page 1; ``nav[aria-label="Page Navigation"]``.
- post: left ``#sidebar`` (avatar, nav, today's date, visitor counter, social), ``#topbar``
  (breadcrumb Trang chủ › title, search box), ``<article data-toc="true">`` with a ``<header>``
  (``h1[data-toc-skip]``, optional ``p.post-desc``, ``div.post-meta`` with two ``<time data-ts>``,
  the preview image, "Viết bởi" byline and reading time), ``div.content`` (kramdown HTML as
  Chirpy refactors it), ``div.post-tail-wrapper`` (categories, tags, license, share); right
  ``#panel-wrapper`` ("Cập nhật gần đây", "Thẻ thịnh hành", ``#toc-wrapper``); ``#tail-wrapper``
  ("Bài viết liên quan" cards, "Cũ hơn/Mới hơn" buttons, footer); PWA toast.
- category/tag page: a ``<ul>`` of every post in it with a ``<time>`` (DD/MM); archives: every
  post by year and month.

How each gold article is reached: all 13 from ``/``, ``/page2/``, ``/page3/`` (the pinned
08/10 post first, then newest first): the eight posts from 20/11 back to 15/10 are on pages 2-3
of the home only, though Chirpy's full lists (``/archives/``, the category and tag pages) and the
panel, related cards and "Cũ hơn/Mới hơn" buttons link them too.

Traps
1. Listing cards are whole anchors: each card is one ``<a class="post-preview">`` wrapping an
   ``<h1 class="card-title">``, an excerpt ``<p>`` and a ``<time>``; a listing page thus has
   five ``<h1>`` with a dated paragraph under each. Gold: listings (``/``, ``/page2/``,
   ``/page3/``, category/tag pages, archives) are no articles; a card's anchor text is no title.
2. Dates printed as a day in ``<time data-ts="<epoch>" data-df="DD/MM/YYYY">`` while the time is
   in ``article:published_time`` / JSON-LD (jekyll-seo-tag, +07:00). The epoch is UTC: the STEM
   day post (06:15 in Vinh) has an epoch whose UTC day is the day before. Gold: the local time
   with offset ("2026-11-02T06:15:00+07:00"), never the UTC day.
3. "Đã cập nhật <time>" printed right after "Đăng lúc <time>" (same markup), plus
   ``article:modified_time``, sitemap ``<lastmod>``, feed ``<updated>`` and the "Cập nhật gần
   đây" panel: gold is the "Đăng lúc" instant.
4. A front matter date without a time (``date: 2026-12-01``) gives seo-tag's
   "2026-12-01T00:00:00+07:00": a midnight, so the gold is the day alone "2026-12-01".
5. Captions as Chirpy writes them: the markdown ``_caption_`` under an image lands as an
   ``<em>`` in the same ``<p>`` as the popup ``<a><img></a>``. Gold: the ``<em>`` is the caption,
   not a paragraph; an ``<em>Ảnh: X</em>`` only credits X (photographer, caption None); an image
   with no ``<em>`` has caption None (its ``alt`` is no caption).
6. The preview image (front matter ``image:``) sits in the article's ``<header>``, before the
   text, with an LQIP ``data:`` URI in ``src``, the real path in ``data-src`` and a
   ``<figcaption>`` from its alt. Gold: it is the article's first image, path from ``data-src``,
   caption the figcaption.
7. kramdown's inline TOC (``* TOC {:toc}``) prints ``<ul id="markdown-toc">`` INSIDE
   ``div.content`` before the text: list items that are links to the headings. Gold: no body;
   the headings (each ``<h2 id><span>text</span><a class="anchor"><i class="fas
   fa-hashtag"></i></a></h2>``) are paragraphs, their text only.
8. kramdown footnotes: a bare ``<sup role="doc-noteref"><a class="footnote">1</a></sup>`` in the
   text and ``div.footnotes`` with the notes, each ending in a ``↩︎`` back-link. Gold: the call is
   no text ("…toàn tỉnh." not "…toàn tỉnh.1"), the notes are body paragraphs without the "↩︎".
9. Bylines: a post without ``author:`` prints "Viết bởi <em>thptpbc</em>" (site.social.name, the
   build's account) -> nobody; ``author: [a, b]`` prints "<em>A</em>, <em>B</em>" -> both names;
   authors.yml keeps a degree ("ThS. Trần Quốc Bảo" -> "Trần Quốc Bảo"); a closing
   ``{: .text-end}`` "Tin, ảnh: Lê Minh Tuấn" under the text -> author and photographer, no body.
10. Two-level categories (``categories: [Tin tức, Hoạt động Đoàn]``) printed comma-joined in the
    post tail and on the cards; the breadcrumb prints no category. Gold: the top level as
    printed ("Tin tức").
11. The pinned post (``pin: true``, 08/10/2026) is first on page 1 with "Đã ghim": the listing is
    not in date order, and the newest posts follow it.
12. jekyll-redirect-from: the old URL ``/2026/11/12/ve-nguon-kim-lien.html`` answers 200 with a
    "Redirecting…" stub (meta refresh, canonical to the post), linked from another post's text.
    Gold: an alt path of the Kim Liên post, no article of its own.
13. Category and tag URLs are unicode slugs percent-encoded (``/tags/h%E1%BB%8Dc-sinh-gi%E1%BB%8Fi/``);
    the server answers both that and the raw UTF-8 form.
14. Chrome that reads like text after the article: "Bài viết liên quan" cards (``<h4>``, a
    ``<time>``, an excerpt ``<p>``), "Cũ hơn / Mới hơn" buttons with the neighbours' titles in
    ``<p>``, the license line, the share bar, and the PWA toast "Đã có phiên bản mới…".
15. A Chirpy ``prompt-tip`` box closing a post holds only "Xem thêm: <link>" (no body); a
    ``prompt-info`` / ``prompt-warning`` box inside the text is a quote of the text (body).
16. Tables come wrapped in ``div.table-wrapper``: rows are paragraphs, cells joined " | ", the
    header row included.
17. An official notice typed as a post: letterhead table, "Số: …", "Vinh, ngày 25 tháng 11 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer. Gold: date the letterhead's day
    (2026-11-25, though the post is dated 26/11), signer the author, none of those lines body.

Gold decisions on ambiguous points
- published_at: the seo-tag/JSON-LD instant when it has a time other than midnight (the visible
  ``<time>`` prints the same day); the letterhead's day for the official notice.
- summary: the front matter ``description`` printed as ``p.post-desc`` under the title (it is
  also the body's first paragraph); posts without one have none (the meta description is the
  auto excerpt).
- category: the first (top-level) category of the post's ``categories``.
- A post's closing right-aligned unit line ("Tổ Văn phòng") is its author; the header's default
  "thptpbc" is ignored then.
- The heading label in the inline TOC and the reading time are no text.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "jekyll_chirpy_thpt"
PLATFORM = "Jekyll 4 + Chirpy 7 (jekyll-paginate, jekyll-archives, seo-tag, redirect-from, PWA)"
START_PATH = "/"

SITE_TITLE = "THPT Phan Bội Châu"
HANDLE = "thptpbc"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TZ = timezone(timedelta(hours=7))
PER_PAGE = 5
LQIP = "data:image/webp;base64,UklGRjIAAABXRUJQVlA4ICYAAACyAQCdASoEAAMAAUAmJaQAA3AA/v02aAA="


def _img(slug: str, n: int) -> str:
    return f"/assets/img/posts/2026/{slug}/anh-{n:02d}.jpg"


# --- the thirteen posts ----------------------------------------------------------------------

S_TAPHUAN = "tap-huan-chuyen-doi-so-cho-giao-vien"
S_TONGKET = "tong-ket-thi-dua-thang-11-2026"
S_LICHTHI = "lich-kiem-tra-cuoi-hoc-ky-1-nam-hoc-2026-2027"
S_HOPPH = "thong-bao-hop-cha-me-hoc-sinh-cuoi-hoc-ky-1"
S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_TIENGHAT = "hoi-thi-tieng-hat-tuoi-hoc-tro-2026"
S_KIMLIEN = "hoc-sinh-khoi-10-ve-nguon-tai-kim-lien"
S_CHUYENDE = "chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan"
S_STEM = "ngay-hoi-stem-2026"
S_HSG = "ket-qua-thi-hoc-sinh-gioi-tinh-lop-12"
S_GUONG = "guong-sang-nguyen-khanh-linh"
S_NGHI = "thong-bao-nghi-hoc-do-mua-lu"
S_TINHNGUYEN = "doan-truong-ra-quan-ho-tro-ba-con-vung-lu"

STUB_KIMLIEN = "/2026/11/12/ve-nguon-kim-lien.html"

AUTHORS_YML = {
    "hang_nt": ("Nguyễn Thị Hằng", "https://www.facebook.com/hang.nguyenthi.pbc"),
    "bao_tq": ("ThS. Trần Quốc Bảo", "https://www.facebook.com/tranquocbao.nv"),
    "anh_pd": ("Phạm Đức Anh", "https://github.com/phamducanh-pbc"),
    "mai_ht": ("Hồ Thị Mai", "https://www.facebook.com/hothimai.doan"),
    "doan": ("Đoàn trường THPT Phan Bội Châu", "https://www.facebook.com/doantruongpbc"),
}

STORIES: list[Story] = [
    Story(
        id=1,
        slug=S_TAPHUAN,
        title="Tập huấn chuyển đổi số cho giáo viên: khai thác học liệu số và hồ sơ điện tử",
        cat="Chuyên môn",
        published_at="2026-12-04T11:00:00+07:00",
        summary=(
            "Chiều 03/12, nhà trường tổ chức buổi tập huấn chuyển đổi số cho toàn thể giáo "
            "viên, tập trung vào kho học liệu số và sổ điểm, học bạ điện tử."
        ),
        sapo_outside=True,
        authors=["Phạm Đức Anh"],
        blocks=[
            P(
                "Buổi tập huấn do Tổ Tin học chủ trì, với sự tham gia của 86 cán bộ, giáo viên. "
                "Báo cáo viên là thầy Phạm Đức Anh, tổ trưởng Tổ Tin học."
            ),
            Img(_img(S_TAPHUAN, 1), "Giáo viên thực hành trên hệ thống học liệu số",
                "Giáo viên thực hành trên hệ thống học liệu số", "em"),
            P("Nội dung tập huấn gồm ba phần chính:"),
            P("Khai thác kho học liệu số dùng chung của ngành;", "li"),
            P("Cập nhật sổ điểm điện tử và ký số học bạ;", "li"),
            P("Bảo mật tài khoản và dữ liệu học sinh.", "li"),
            P(
                "Theo kế hoạch của nhà trường, đến hết học kỳ I, 100% giáo viên sử dụng thành "
                "thạo sổ điểm điện tử và ký số học bạ."
            ),
            Img(_img(S_TAPHUAN, 2)),
            P("Kết thúc buổi tập huấn, các tổ chuyên môn đăng ký lịch thực hành bổ sung."),
        ],
        opts={
            "date": "2026-12-04T11:00:00+07:00",
            "updated": "2026-12-04T21:40:00+07:00",
            "cats": ["Chuyên môn", "Tổ Tin học"],
            "tags": ["chuyển đổi số"],
            "author": ["anh_pd"],
        },
    ),
    Story(
        id=2,
        slug=S_TONGKET,
        title="Sơ kết thi đua tháng 11: Lớp 11A1 dẫn đầu toàn trường",
        cat="Thi đua - Khen thưởng",
        published_at="2026-12-03T15:30:00+07:00",
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Sáng thứ Hai 30/11, trong giờ chào cờ đầu tuần, thầy Phó Hiệu trưởng đã công bố "
                "kết quả thi đua tháng 11 của các chi đoàn."
            ),
            P("Kết quả xếp loại như sau:"),
            P("Khối 10: Lớp 10A2 xếp thứ nhất với 98,5 điểm.", "li"),
            P("Khối 11: Lớp 11A1 xếp thứ nhất với 99,2 điểm, dẫn đầu toàn trường.", "li"),
            P("Khối 12: Lớp 12A3 xếp thứ nhất với 97,8 điểm.", "li"),
            P("Ban Giám hiệu tặng cờ thi đua cho các lớp dẫn đầu mỗi khối."),
            P(
                "Nhà trường đề nghị các lớp tiếp tục duy trì nền nếp trong tháng 12, chuẩn bị tốt "
                "cho đợt kiểm tra cuối học kỳ I."
            ),
            Raw('<p class="text-end"><strong>Tổ Văn phòng</strong></p>'),
        ],
        opts={
            "date": "2026-12-03T15:30:00+07:00",
            "updated": "2026-12-04T08:05:00+07:00",
            "cats": ["Thi đua - Khen thưởng"],
            "tags": ["đoàn thanh niên"],
        },
    ),
    Story(
        id=3,
        slug=S_LICHTHI,
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với "
                "các khối lớp như sau:"
            ),
            P("Ngày | Buổi | Môn | Khối", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 10, 11, 12", "tr"),
            P("14/12/2026 | Chiều | Lịch sử | 10, 11, 12", "tr"),
            P("15/12/2026 | Sáng | Toán | 10, 11, 12", "tr"),
            P("16/12/2026 | Sáng | Tiếng Anh | 10, 11, 12", "tr"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ tính giờ làm bài 15 phút, mang theo thẻ "
                "học sinh.",
                "prompt-warning",
            ),
            P("Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong tuần 13 - 14."),
            Raw('<p class="text-end"><strong>Ban Giám hiệu</strong></p>'),
        ],
        opts={
            "date": "2026-12-01T00:00:00+07:00",
            "cats": ["Thông báo"],
            "tags": ["thông báo"],
        },
    ),
    Story(
        id=4,
        slug=S_HOPPH,
        title="Thông báo tổ chức họp cha mẹ học sinh cuối học kỳ I",
        cat="Thông báo",
        published_at="2026-11-25",
        authors=["Trần Văn Đức"],
        blocks=[
            Raw(
                '<table class="letterhead" style="width:100%;border:0"><tbody>'
                '<tr><td style="text-align:center">SỞ GD&amp;ĐT NGHỆ AN<br><strong>TRƯỜNG THPT '
                'PHAN BỘI CHÂU</strong></td><td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI '
                "CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td>"
                "</tr><tr><td style=\"text-align:center\">Số: 215/TB-THPTPBC</td>"
                '<td style="text-align:center"><em>Vinh, ngày 25 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tổ chức họp cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027"
                "</strong></p>"
            ),
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, Trường THPT Phan Bội Châu thông báo tổ "
                "chức họp cha mẹ học sinh cuối học kỳ I như sau:"
            ),
            P("1. Thời gian: 07 giờ 30 phút, Chủ nhật ngày 27/12/2026."),
            P("2. Địa điểm: tại phòng học của các lớp."),
            P(
                "3. Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện học kỳ I "
                "và trao đổi kế hoạch học kỳ II."
            ),
            P("Kính đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
            Raw(
                '<table class="ky-ten" style="width:100%;border:0"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br>- Cha mẹ học sinh;<br>- GVCN các lớp;"
                "<br>- Lưu: VT.</td>"
                '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br><em>(đã ký)</em>'
                "<br><strong>Trần Văn Đức</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "date": "2026-11-26T08:00:00+07:00",
            "cats": ["Thông báo"],
            "tags": ["thông báo"],
        },
    ),
    Story(
        id=5,
        slug=S_NHAGIAO,
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="Tin tức",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam, tri ân các thế hệ thầy cô giáo."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Hằng"],
        photographers=["Lê Minh Tuấn"],
        blocks=[
            Img(_img(S_NHAGIAO, 1), "Toàn cảnh buổi lễ tại sân trường",
                "Toàn cảnh buổi lễ tại sân trường", "preview"),
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT Nghệ An, Hội Cựu giáo chức thành "
                "phố Vinh, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ cựu học sinh."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Văn Đức ôn lại truyền thống hơn "
                "100 năm xây dựng và phát triển của nhà trường."
            ),
            P(
                "Dạy học không chỉ là truyền thụ kiến thức mà là thắp lên ngọn lửa khát vọng "
                "trong mỗi học trò.",
                "quote",
            ),
            Img(_img(S_NHAGIAO, 2), "Ảnh: Lê Minh Tuấn", None, "em"),
            P(
                "Dịp này, 12 thầy cô được nhận Bằng khen, Giấy khen của các cấp vì thành tích "
                "xuất sắc trong năm học 2025 - 2026."
            ),
            Img(_img(S_NHAGIAO, 3), "Học sinh tặng hoa tri ân thầy cô",
                "Học sinh tặng hoa tri ân thầy cô", "em"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng."),
        ],
        opts={
            "date": "2026-11-20T09:30:00+07:00",
            "updated": "2026-11-22T16:10:00+07:00",
            "cats": ["Tin tức", "Sự kiện"],
            "tags": ["20-11"],
            "author": ["hang_nt"],
        },
    ),
    Story(
        id=6,
        slug=S_TIENGHAT,
        title="Sôi nổi Hội thi “Tiếng hát tuổi học trò” năm 2026",
        cat="Tin tức",
        published_at="2026-11-16T19:30:00+07:00",
        authors=["Hồ Thị Mai", "Nguyễn Thị Hằng"],
        blocks=[
            P(
                "Tối 15/11, Đoàn trường tổ chức vòng chung kết Hội thi “Tiếng hát tuổi học trò” "
                "chào mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
            P(
                "Mười hai tiết mục xuất sắc nhất từ vòng sơ khảo đã tranh tài với nhiều thể loại: "
                "đơn ca, song ca, tốp ca và hát múa."
            ),
            Img(_img(S_TIENGHAT, 1), "Tiết mục tốp ca của chi đoàn 11A4",
                "Tiết mục tốp ca của chi đoàn 11A4", "em"),
            P("Kết quả, Ban giám khảo trao giải Nhất cho tiết mục “Người thầy” của chi đoàn 12A1."),
            P("Giải Nhì thuộc về chi đoàn 11A4, giải Ba thuộc về chi đoàn 10A2.", "br"),
            Img(_img(S_TIENGHAT, 2)),
            P("Hội thi là sân chơi bổ ích, góp phần xây dựng môi trường học đường thân thiện."),
        ],
        opts={
            "date": "2026-11-16T19:30:00+07:00",
            "cats": ["Tin tức", "Hoạt động Đoàn"],
            "tags": ["đoàn thanh niên", "20-11"],
            "author": ["mai_ht", "hang_nt"],
        },
    ),
    Story(
        id=7,
        slug=S_KIMLIEN,
        title="Học sinh khối 10 về nguồn tại Khu di tích Kim Liên",
        cat="Tin tức",
        published_at="2026-11-12T07:45:00+07:00",
        blocks=[
            P(
                "Ngày 11/11, hơn 500 học sinh khối 10 đã tham gia chuyến về nguồn tại Khu di "
                "tích Quốc gia đặc biệt Kim Liên, huyện Nam Đàn."
            ),
            Img(_img(S_KIMLIEN, 1), "Dâng hương tại Nhà thờ họ Hoàng Xuân",
                "Dâng hương tại Nhà thờ họ Hoàng Xuân", "em"),
            P(
                "Các em được nghe thuyết minh về thời niên thiếu của Chủ tịch Hồ Chí Minh tại "
                "làng Hoàng Trù và làng Sen."
            ),
            P(
                "Sau chuyến đi, mỗi lớp viết một bài thu hoạch và dựng một video ngắn giới thiệu "
                "về quê hương Bác."
            ),
            P("Chuyến đi để lại nhiều ấn tượng sâu sắc cho học sinh khối 10."),
            Raw('<p class="text-end"><em>Tin, ảnh: Lê Minh Tuấn</em></p>'),
            Raw(
                '<blockquote class="prompt-tip"><p>Xem thêm: <a href="/posts/'
                + S_TIENGHAT
                + '/">Sôi nổi Hội thi “Tiếng hát tuổi học trò” năm 2026</a></p></blockquote>'
            ),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Lê Minh Tuấn"],
        opts={
            "date": "2026-11-12T07:45:00+07:00",
            "cats": ["Tin tức", "Sự kiện"],
            "tags": ["ngoại khóa"],
        },
    ),
    Story(
        id=8,
        slug=S_CHUYENDE,
        title="Chuyên đề: Dạy học đọc hiểu văn bản nghị luận theo Chương trình 2018",
        cat="Chuyên môn",
        published_at="2026-11-05T20:10:00+07:00",
        authors=["Trần Quốc Bảo"],
        blocks=[
            P(
                "Ngày 04/11, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề về dạy học đọc hiểu văn bản "
                "nghị luận cho học sinh lớp 11."
            ),
            P("I. Mục đích", "h2"),
            P(
                "Chuyên đề giúp giáo viên thống nhất quy trình dạy đọc hiểu, chú trọng kỹ năng "
                "nhận diện luận đề, luận điểm và lí lẽ, bằng chứng."
            ),
            P("II. Nội dung", "h2"),
            P("1. Tiết dạy minh họa", "h3"),
            P(
                "Cô Nguyễn Thị Hằng dạy minh họa bài “Chiếu cầu hiền” của Ngô Thì Nhậm tại lớp "
                "11A3."
            ),
            P("Các bước dạy học được thực hiện như sau:"),
            P("Khởi động bằng câu hỏi tình huống;", "oli"),
            P("Hình thành kiến thức qua phiếu học tập;", "oli"),
            P("Luyện tập và vận dụng viết đoạn văn nghị luận.", "oli"),
            P("2. Thảo luận", "h3"),
            P(
                "Giáo viên trong tổ thống nhất tăng thời lượng cho hoạt động viết sau đọc.",
                "prompt-info",
            ),
            P("III. Kết luận", "h2"),
            P(
                "Tổ Ngữ văn sẽ nhân rộng mô hình ở các khối lớp trong học kỳ II năm học 2026 - "
                "2027."
            ),
        ],
        opts={
            "date": "2026-11-05T20:10:00+07:00",
            "cats": ["Chuyên môn", "Tổ Ngữ văn"],
            "tags": ["ngữ văn"],
            "author": ["bao_tq"],
            "toc": True,
        },
    ),
    Story(
        id=9,
        slug=S_STEM,
        title="Ngày hội STEM 2026: Học sinh trình diễn 40 sản phẩm sáng tạo",
        cat="Tin tức",
        published_at="2026-11-02T06:15:00+07:00",
        authors=["Lê Minh Tuấn"],
        photographers=["Lê Minh Tuấn"],
        blocks=[
            P(
                "Ngày 01/11, Ngày hội STEM năm 2026 của nhà trường đã thu hút hơn 1.200 học sinh "
                "tham gia với 40 sản phẩm sáng tạo."
            ),
            Img(_img(S_STEM, 1)),
            P(
                "Các sản phẩm nổi bật gồm hệ thống tưới cây tự động, máy lọc nước mini và mô hình "
                "cảnh báo ngập lụt cho vùng trũng (xem bài "
                "“Học sinh khối 10 về nguồn tại Khu di tích Kim Liên” về hoạt động ngoại khóa)."
            ),
            Img(_img(S_STEM, 2), "Mô hình cảnh báo ngập lụt của nhóm 11A2",
                "Mô hình cảnh báo ngập lụt của nhóm 11A2", "em"),
            P("Ban tổ chức trao 5 giải Nhất, 8 giải Nhì và 12 giải Ba."),
            Raw('<p class="text-end"><em>Tin, ảnh: Lê Minh Tuấn</em></p>'),
        ],
        opts={
            "date": "2026-11-02T06:15:00+07:00",
            "cats": ["Tin tức", "Sự kiện"],
            "tags": ["ngoại khóa", "chuyển đổi số"],
            "link_stub_in": "Học sinh khối 10 về nguồn tại Khu di tích Kim Liên",
        },
    ),
    Story(
        id=10,
        slug=S_HSG,
        title="Kết quả kỳ thi chọn học sinh giỏi tỉnh lớp 12: 38 giải",
        cat="Thi đua - Khen thưởng",
        published_at="2026-10-28T16:45:00+07:00",
        blocks=[
            P(
                "Tại kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027, đội tuyển nhà "
                "trường giành 38 giải, xếp thứ hai toàn tỉnh.",
                "fn:toàn tỉnh.:1",
            ),
            P("Môn | Nhất | Nhì | Ba | KK", "th"),
            P("Toán | 2 | 3 | 2 | 1", "tr"),
            P("Ngữ văn | 1 | 4 | 3 | 2", "tr"),
            P("Vật lí | 1 | 2 | 4 | 2", "tr"),
            P("Tiếng Anh | 3 | 2 | 3 | 2", "tr"),
            P(
                "Nhà trường biểu dương các em học sinh và thầy cô giáo bồi dưỡng đội tuyển.",
            ),
            P("Xếp hạng theo tổng điểm giải của Sở GD&ĐT Nghệ An.", "note"),
        ],
        source="Sở GD&ĐT Nghệ An",
        opts={
            "date": "2026-10-28T16:45:00+07:00",
            "updated": "2026-11-30T10:00:00+07:00",
            "cats": ["Thi đua - Khen thưởng"],
            "tags": ["học sinh giỏi"],
            "closing": '<p class="text-end"><em>Nguồn: Sở GD&amp;ĐT Nghệ An</em></p>',
        },
    ),
    Story(
        id=11,
        slug=S_GUONG,
        title="Nguyễn Khánh Linh - tấm gương vượt khó, học giỏi",
        cat="Gương sáng",
        published_at="2026-10-22T14:00:00+07:00",
        summary=(
            "Mồ côi cha từ nhỏ, em Nguyễn Khánh Linh, lớp 12A2, vẫn luôn đứng đầu lớp và vừa "
            "giành giải Nhất môn Ngữ văn cấp tỉnh."
        ),
        sapo_outside=True,
        authors=["Hồ Thị Mai"],
        blocks=[
            P(
                "Nhà Linh ở phường Hưng Dũng, mẹ em làm nghề bán rau ở chợ Vinh. Mỗi sáng, Linh "
                "dậy từ 4 giờ để phụ mẹ dọn hàng rồi mới đến trường."
            ),
            Img(_img(S_GUONG, 1), "Khánh Linh trong giờ tự học tại thư viện",
                "Khánh Linh trong giờ tự học tại thư viện", "em"),
            P("Chia sẻ về bí quyết học tập, Linh nói:"),
            P("Em chỉ cố gắng hiểu bài ngay trên lớp và đọc thêm mỗi tối một giờ.", "quote"),
            P("Linh mơ ước trở thành giáo viên dạy Ngữ văn để trở về giúp quê hương."),
        ],
        opts={
            "date": "2026-10-22T14:00:00+07:00",
            "cats": ["Gương sáng"],
            "tags": ["học sinh giỏi"],
            "author": ["mai_ht"],
        },
    ),
    Story(
        id=12,
        slug=S_NGHI,
        title="Thông báo cho học sinh nghỉ học do mưa lũ ngày 16 - 17/10",
        cat="Thông báo",
        published_at="2026-10-15T17:20:00+07:00",
        source="Sở GD&ĐT Nghệ An",
        blocks=[
            P(
                "Thực hiện Công văn hỏa tốc của Sở GD&ĐT Nghệ An về việc ứng phó với mưa lũ, nhà "
                "trường thông báo:"
            ),
            P("👉 Học sinh toàn trường nghỉ học hai ngày 16 và 17/10/2026."),
            P("👉 Giáo viên chủ nhiệm nắm tình hình học sinh vùng ngập và báo cáo về nhà trường."),
            P("Lịch học bù sẽ được thông báo sau."),
        ],
        opts={
            "date": "2026-10-15T17:20:00+07:00",
            "cats": ["Thông báo"],
            "tags": ["thông báo"],
            "closing": '<p class="text-end"><em>Nguồn: Sở GD&amp;ĐT Nghệ An</em></p>',
        },
    ),
    Story(
        id=13,
        slug=S_TINHNGUYEN,
        title="Đoàn trường ra quân hỗ trợ bà con vùng lũ",
        cat="Tin tức",
        published_at="2026-10-08T10:00:00+07:00",
        authors=["Đoàn trường THPT Phan Bội Châu"],
        blocks=[
            P(
                "Sáng 07/10, 150 đoàn viên thanh niên đã ra quân hỗ trợ bà con xã Hưng Lộc dọn "
                "dẹp nhà cửa, trường lớp sau đợt mưa lũ."
            ),
            Img(_img(S_TINHNGUYEN, 1), "Đoàn viên dọn bùn tại Trường Tiểu học Hưng Lộc",
                "Đoàn viên dọn bùn tại Trường Tiểu học Hưng Lộc", "em"),
            P(
                "Đoàn trường cũng trao 200 suất quà gồm sách vở, áo phao và nhu yếu phẩm cho học "
                "sinh vùng lũ."
            ),
            P("Mọi đóng góp xin gửi về Văn phòng Đoàn trường trước ngày 20/10.", "prompt-info"),
        ],
        opts={
            "date": "2026-10-08T10:00:00+07:00",
            "cats": ["Tin tức", "Hoạt động Đoàn"],
            "tags": ["đoàn thanh niên"],
            "author": ["doan"],
            "pin": True,
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


# --- small helpers ---------------------------------------------------------------------------


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _dmy(iso: str) -> str:
    return _dt(iso).strftime("%d/%m/%Y")


def _epoch(iso: str) -> int:
    return int(_dt(iso).timestamp())


def slugify(name: str) -> str:
    """Jekyll's default slugify: unicode letters kept, every other run to one hyphen."""
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-")


def cat_href(name: str) -> str:
    return "/categories/" + quote(slugify(name)) + "/"


def tag_href(name: str) -> str:
    return "/tags/" + quote(slugify(name)) + "/"


def post_href(story: Story) -> str:
    return f"/posts/{story.slug}/"


def by_date() -> list[Story]:
    return sorted(STORIES, key=lambda s: _dt(s.opts["date"]), reverse=True)


def home_order() -> list[Story]:
    pinned = [s for s in by_date() if s.opts.get("pin")]
    return pinned + [s for s in by_date() if not s.opts.get("pin")]


def all_categories() -> dict[str, list[str]]:
    """Top category -> its sub-categories, in order of first use."""
    out: dict[str, list[str]] = {}
    for s in by_date():
        top, *subs = s.opts["cats"]
        out.setdefault(top, [])
        for sub in subs:
            if sub not in out[top]:
                out[top].append(sub)
    return out


def all_tags() -> list[str]:
    seen: list[str] = []
    for s in by_date():
        for t in s.opts["tags"]:
            if t not in seen:
                seen.append(t)
    return seen


def excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = " ".join(p for p in story.paragraphs[:2])
    return first[:197].rsplit(" ", 1)[0] + "..." if len(first) > 200 else first


def words(story: Story) -> int:
    return sum(len(p.split()) for p in story.paragraphs)


# --- chrome ----------------------------------------------------------------------------------

_NAV = [
    ("/", "fa-home", "TRANG CHỦ"),
    ("/categories/", "fa-stream", "DANH MỤC"),
    ("/tags/", "fa-tags", "THẺ"),
    ("/archives/", "fa-archive", "LƯU TRỮ"),
    ("/van-ban/", "fa-file-alt", "VĂN BẢN"),
    ("/about/", "fa-info-circle", "GIỚI THIỆU"),
    ("/lien-he/", "fa-phone", "LIÊN HỆ"),
]


def _time(iso: str, df: str = "DD/MM/YYYY", fmt: str = "%d/%m/%Y") -> str:
    return (
        f'<time data-ts="{_epoch(iso)}" data-df="{df}" data-bs-toggle="tooltip" '
        f'data-bs-placement="bottom">{_dt(iso).strftime(fmt)}</time>'
    )


def _sidebar(active: str) -> str:
    items = "".join(
        f'<li class="nav-item{" active" if href == active else ""}"><a href="{href}" '
        f'class="nav-link"><i class="fa-fw fas {icon}"></i><span>{esc(label)}</span></a></li>'
        for href, icon, label in _NAV
    )
    return f"""
<aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end">
  <header class="profile-wrapper">
    <a href="/" id="avatar" class="rounded-circle"><img src="/assets/img/avatar-pbc.png" width="112" height="112" alt="avatar" onerror="this.style.display='none'"></a>
    <a class="site-title d-block" href="/">{esc(SITE_TITLE)}</a>
    <p class="site-subtitle fst-italic mb-0">Trang thông tin của Trường THPT Phan Bội Châu - TP Vinh - Nghệ An</p>
  </header>
  <nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav">{items}</ul></nav>
  <div class="pbc-ngay text-muted small px-3">{TODAY_LINE}</div>
  <div class="pbc-thongke small text-muted px-3" id="bo-dem">
    <div>Đang online: <b>27</b></div><div>Hôm nay: <b>1.046</b></div><div>Tổng truy cập: <b>2.318.774</b></div>
  </div>
  <div class="sidebar-bottom d-flex flex-wrap align-items-center w-100">
    <button type="button" class="btn btn-link nav-link" aria-label="Switch Mode" id="mode-toggle"><i class="fas fa-adjust"></i></button>
    <span class="icon-border"></span>
    <a href="https://www.facebook.com/thptphanboichau.vinh" aria-label="facebook" target="_blank" rel="noopener noreferrer"><i class="fab fa-facebook"></i></a>
    <a href="javascript:location.href = 'mailto:' + ['c3phanboichau','nghean.edu.vn'].join('@')" aria-label="email"><i class="fas fa-envelope"></i></a>
    <a href="/feed.xml" aria-label="rss"><i class="fas fa-rss"></i></a>
  </div>
</aside>"""


def _topbar(crumbs: list[tuple[str | None, str]], title: str) -> str:
    spans = "".join(
        f'<span><a href="{href}">{esc(label)}</a></span>' if href else f"<span>{esc(label)}</span>"
        for href, label in crumbs
    )
    return f"""
<header id="topbar-wrapper" aria-label="Top Bar">
  <div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100">
    <nav id="breadcrumb" aria-label="Breadcrumb">{spans}</nav>
    <button type="button" id="sidebar-trigger" class="btn btn-link"><i class="fas fa-bars fa-fw"></i></button>
    <div id="topbar-title">{esc(title)}</div>
    <button type="button" id="search-trigger" class="btn btn-link"><i class="fas fa-search fa-fw"></i></button>
    <search id="search" class="align-items-center ms-3 ms-lg-0">
      <i class="fas fa-search fa-fw"></i>
      <input class="form-control" id="search-input" type="search" aria-label="search" autocomplete="off" placeholder="Tìm kiếm...">
    </search>
    <button type="button" class="btn btn-link text-decoration-none" id="search-cancel">Hủy</button>
  </div>
</header>"""


def _panel(extra: str = "") -> str:
    recent = sorted(STORIES, key=lambda s: _dt(s.opts.get("updated") or s.opts["date"]), reverse=True)
    lis = "".join(
        f'<li class="text-truncate lh-lg"><a href="{post_href(s)}">{esc(s.title)}</a></li>' for s in recent[:5]
    )
    tags = "".join(
        f'<a class="post-tag btn btn-outline-primary" href="{tag_href(t)}">{esc(t)}</a>' for t in all_tags()
    )
    return f"""
<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 text-muted">
  <div class="access">
    <section id="access-lastmod">
      <h2 class="panel-heading">Cập nhật gần đây</h2>
      <ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">{lis}</ul>
    </section>
    <section>
      <h2 class="panel-heading">Thẻ thịnh hành</h2>
      <div class="d-flex flex-wrap mt-3 mb-1 me-3">{tags}</div>
    </section>
  </div>
  {extra}
</aside>"""


_FOOTER = """
<footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3">
  <p>© <time>2026</time> <a href="https://www.facebook.com/thptphanboichau.vinh">Trường THPT Phan Bội Châu</a>.
  <span data-bs-toggle="tooltip" data-bs-placement="top" title="Trừ khi có ghi chú khác, các bài viết trên trang được cấp phép theo giấy phép CC BY 4.0.">Một số quyền được bảo lưu.</span></p>
  <p>Địa chỉ: Số 48 đường Lê Hồng Phong, phường Hưng Bình, TP Vinh, Nghệ An · ĐT: 0238 3844 216 · Email: c3phanboichau@nghean.edu.vn</p>
  <p>Trang web này được tạo bởi <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a> với giao diện <a href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank" rel="noopener">Chirpy</a>.</p>
</footer>"""

_TOAST = """
<aside id="notification" class="toast" role="alert" aria-live="assertive" aria-atomic="true" data-bs-animation="true" data-bs-autohide="false">
  <div class="toast-header"><button type="button" class="btn-close ms-auto" data-bs-dismiss="toast" aria-label="Đóng"></button></div>
  <div class="toast-body text-center pt-0">
    <p class="px-2 mb-3">Đã có phiên bản mới của nội dung.</p>
    <button type="button" class="btn btn-primary" aria-label="Cập nhật">Cập nhật</button>
  </div>
</aside>
<script src="/assets/js/dist/post.min.js"></script>
<script>if ('serviceWorker' in navigator) { window.addEventListener('load', () => { navigator.serviceWorker.register('/sw.min.js'); }); }</script>"""


def _page(
    request: Request,
    *,
    title: str,
    path: str,
    main: str,
    crumbs: list[tuple[str | None, str]],
    topbar_title: str,
    active: str,
    head_extra: str = "",
    panel_extra: str = "",
    tail: str = "",
    description: str = "",
) -> Response:
    full_title = f"{title} | {SITE_TITLE}" if title != SITE_TITLE else SITE_TITLE
    doc = f"""<!doctype html>
<html lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#f7f7f7">
<meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<meta name="generator" content="Jekyll v4.3.4">
<meta property="og:title" content="{esc(title)}">
<meta property="og:locale" content="vi_VN">
<meta name="description" content="{esc(description)}">
<meta property="og:description" content="{esc(description)}">
<link rel="canonical" href="{base_url(request)}{path}">
<meta property="og:url" content="{base_url(request)}{path}">
<meta property="og:site_name" content="{esc(SITE_TITLE)}">
{head_extra}
<!-- End Jekyll SEO tag -->
<title>{esc(full_title)}</title>
<link rel="manifest" href="/app.webmanifest">
<link rel="apple-touch-icon" sizes="180x180" href="/assets/img/favicons/apple-touch-icon.png">
<link rel="icon" type="image/png" sizes="32x32" href="/assets/img/favicons/favicon-32x32.png">
<link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">
<link type="application/atom+xml" rel="alternate" href="/feed.xml" title="{esc(SITE_TITLE)}">
</head>
<body>
{_sidebar(active)}
<div id="main-wrapper" class="d-flex justify-content-center">
  <div class="container d-flex flex-column px-xxl-5">
    {_topbar(crumbs, topbar_title)}
    <div class="row flex-grow-1">
      <main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4">
      {main}
      </main>
      {_panel(panel_extra)}
    </div>
    <div class="row">
      <div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4">
        {tail}
        {_FOOTER}
      </div>
    </div>
    <div id="search-result-wrapper" class="d-flex justify-content-center d-none">
      <div class="col-11 content"><div id="search-hints"></div><div id="search-results" class="d-flex flex-wrap justify-content-center text-muted mt-3"></div></div>
    </div>
  </div>
  <aside aria-label="Scroll to Top"><button id="back-to-top" type="button" class="btn btn-lg btn-box-shadow"><i class="fas fa-angle-up"></i></button></aside>
</div>
<div id="mask" class="d-none position-fixed w-100 h-100 z-1"></div>
{_TOAST}
</body>
</html>"""
    return html(doc)


# --- the post body ---------------------------------------------------------------------------


def _anchor_id(text_: str) -> str:
    table = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return re.sub(r"[^a-z0-9]+", "-", text_.lower().translate(table)).strip("-")


def _heading(tag: str, text_: str) -> str:
    hid = _anchor_id(text_)
    return (
        f'<{tag} id="{hid}"><span class="me-2">{esc(text_)}</span><a href="#{hid}" '
        f'class="anchor text-muted"><i class="fas fa-hashtag"></i></a></{tag}>'
    )


def _img_tag(img: Img, story: Story) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return (
        f'<a href="{img.src}" class="popup img-link shimmer"><img src="{img.src}" alt="{alt}" '
        f'width="1200" height="800" loading="lazy"></a>'
    )


def _toc(story: Story) -> str:
    out = ['<ul id="markdown-toc">']
    open_sub = False
    for b in story.blocks:
        if not (isinstance(b, P) and b.style in ("h2", "h3")):
            continue
        hid = _anchor_id(b.text)
        li = f'<li><a href="#{hid}" id="markdown-toc-{hid}">{esc(b.text)}</a>'
        if b.style == "h2":
            if open_sub:
                out.append("</ul></li>")
                open_sub = False
            elif len(out) > 1:
                out.append("</li>")
            out.append(li)
        else:
            if not open_sub:
                out.append("<ul>")
                open_sub = True
            out.append(li + "</li>")
    out.append("</ul></li>" if open_sub else "</li>")
    out.append("</ul>")
    return "".join(out)


def _content(story: Story) -> tuple[str, str]:
    """The ``div.content`` markup and the header's preview image markup."""
    out: list[str] = []
    preview = ""
    if story.opts.get("toc"):
        out.append(_toc(story))
    blocks = story.blocks
    notes: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "preview":
                preview = (
                    f'<div class="mt-3 mb-3"><a href="{b.src}" class="popup img-link preview-img shimmer">'
                    f'<img src="{LQIP}" data-src="{b.src}" data-lqip="true" alt="{esc(b.printed or "")}" '
                    f'width="1200" height="630"></a><figcaption class="text-center pt-2 pb-2">'
                    f"{esc(b.printed or '')}</figcaption></div>"
                )
            elif b.style == "em":
                out.append(f"<p>{_img_tag(b, story)}\n<em>{esc(b.printed or '')}</em></p>")
            else:
                out.append(f"<p>{_img_tag(b, story)}</p>")
        else:
            st = b.style
            if st in ("li", "oli"):
                tag = "ul" if st == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    items.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append(f"<{tag}>{''.join(items)}</{tag}>")
                continue
            if st in ("th", "tr"):
                rows = []
                head = ""
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    if blocks[i].style == "th":
                        head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                    i += 1
                out.append(f'<div class="table-wrapper"><table>{head}<tbody>{"".join(rows)}</tbody></table></div>')
                continue
            if st in ("h2", "h3"):
                out.append(_heading(st, b.text))
            elif st == "quote":
                out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
            elif st.startswith("prompt-"):
                out.append(f'<blockquote class="{st}"><p>{esc(b.text)}</p></blockquote>')
            elif st == "br":
                prev = out.pop()
                out.append(prev[: -len("</p>")] + f"<br>\n{esc(b.text)}</p>")
            elif st.startswith("fn:"):
                _, after, num = st.split(":")
                body = esc(b.text)
                mark = esc(after)
                call = (
                    f'<sup id="fnref:{num}" role="doc-noteref"><a href="#fn:{num}" class="footnote" '
                    f'rel="footnote">{num}</a></sup>'
                )
                out.append("<p>" + body.replace(mark, mark + call, 1) + "</p>")
            elif st == "note":
                notes.append(b.text)
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if story.opts.get("closing"):
        out.append(story.opts["closing"])
    if notes:
        lis = "".join(
            f'<li id="fn:{n}" role="doc-endnote"><p>{esc(t)}&nbsp;<a href="#fnref:{n}" '
            f'class="reversefootnote" role="doc-backlink">&#8617;&#xfe0e;</a></p></li>'
            for n, t in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes" role="doc-endnotes"><ol>{lis}</ol></div>')
    return "\n".join(out), preview


def _post_page(request: Request, story: Story) -> Response:
    o = story.opts
    content, preview = _content(story)
    if o.get("link_stub_in"):
        label = esc(o["link_stub_in"])
        content = content.replace(
            f"“{label}”", f'“<a href="{STUB_KIMLIEN}">{label}</a>”', 1
        )
    names = [AUTHORS_YML[a] for a in o.get("author", [])] or [(HANDLE, "https://www.facebook.com/thptphanboichau.vinh")]
    byline = "</em>, <em>".join(f'<a href="{u}">{esc(n)}</a>' for n, u in names)
    updated = ""
    if o.get("updated"):
        updated = f"<span>Đã cập nhật {_time(o['updated'])}</span>"
    minutes = max(1, round(words(story) / 180))
    desc = f'<p class="post-desc fw-light mb-4">{esc(story.summary)}</p>' if story.sapo_outside else ""
    cats = ",\n".join(f'<a href="{cat_href(c)}">{esc(c)}</a>' for c in o["cats"])
    tags = "\n".join(
        f'<a href="{tag_href(t)}" class="post-tag no-text-decoration">{esc(t)}</a>' for t in o["tags"]
    )
    share_url = base_url(request) + post_href(story)
    article = f"""
<article class="px-1" data-toc="{str(bool(o.get('toc'))).lower()}">
  <header>
    <h1 data-toc-skip>{esc(story.title)}</h1>
    {desc}
    <div class="post-meta text-muted">
      <span>Đăng lúc {_time(o['date'])}</span>
      {updated}
      {preview}
      <div class="d-flex justify-content-between">
        <span>Viết bởi <em>{byline}</em></span>
        <div>
          <span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="{words(story)} từ"><em>{minutes} phút</em> đọc</span>
        </div>
      </div>
    </div>
  </header>
  <div id="toc-bar" class="d-flex align-items-center justify-content-between invisible">
    <span class="label text-truncate">{esc(story.title)}</span>
    <button type="button" class="toc-trigger btn me-1"><i class="fa-solid fa-list-ul fa-fw"></i></button>
  </div>
  <button id="toc-solo-trigger" type="button" class="toc-trigger btn btn-outline-secondary btn-sm"><span class="label ps-2 pe-1">Mục lục</span><i class="fa-solid fa-angle-right fa-fw"></i></button>
  <dialog id="toc-popup" class="p-0">
    <div class="header d-flex flex-row align-items-center justify-content-between">
      <div class="label text-truncate py-2 ms-4">{esc(story.title)}</div>
      <button type="button" class="btn me-1"><i class="fas fa-times"></i></button>
    </div>
    <div id="toc-popup-content" class="px-4 py-3 pb-4"></div>
  </dialog>
  <div class="content">
{content}
  </div>
  <div class="post-tail-wrapper text-muted">
    <div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i>
{cats}
    </div>
    <div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i>
{tags}
    </div>
    <div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2">
      <div class="license-wrapper">Bài viết này được tác giả cấp phép theo giấy phép <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</div>
      <div class="share-wrapper d-flex align-items-center">
        <span class="share-label text-muted">Chia sẻ</span>
        <span class="share-icons">
          <a href="https://www.facebook.com/sharer/sharer.php?u={quote(share_url, safe='')}" target="_blank" rel="noopener" aria-label="Facebook"><i class="fa-fw fab fa-facebook-square"></i></a>
          <a href="https://zalo.me/share?url={quote(share_url, safe='')}" target="_blank" rel="noopener" aria-label="Zalo"><i class="fa-fw fas fa-comment"></i></a>
          <button class="btn text-start" data-bs-toggle="tooltip" data-bs-placement="top" title="Sao chép đường dẫn" data-title-succeed="Đã sao chép đường dẫn thành công!"><i class="fa-fw fas fa-link pe-none fs-6"></i></button>
        </span>
      </div>
    </div>
  </div>
</article>"""
    order = by_date()
    idx = order.index(story)
    newer = order[idx - 1] if idx > 0 else None
    older = order[idx + 1] if idx + 1 < len(order) else None
    related = [s for s in order if s is not story and s.opts["cats"][0] == o["cats"][0]][:3]
    for s in order:
        if len(related) >= 3:
            break
        if s is not story and s not in related:
            related.append(s)
    cards = "".join(
        f"""<article class="col"><a href="{post_href(s)}" class="post-preview card h-100"><div class="card-body">
{_time(s.opts['date'])}<h4 class="pt-0 my-2">{esc(s.title)}</h4>
<div class="text-muted"><p>{esc(excerpt(s))}</p></div></div></a></article>"""
        for s in related
    )

    def nav_btn(s: Story | None, label: str) -> str:
        if s is None:
            return f'<div class="btn btn-outline-primary disabled" aria-label="{label}"><p>-</p></div>'
        return f'<a href="{post_href(s)}" class="btn btn-outline-primary" aria-label="{label}"><p>{esc(s.title)}</p></a>'

    tail = f"""
<aside id="related-posts" aria-labelledby="related-label">
  <h3 class="mb-4" id="related-label">Bài viết liên quan</h3>
  <nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">{cards}</nav>
</aside>
<nav class="post-navigation d-flex justify-content-between" aria-label="Điều hướng bài viết">
  {nav_btn(older, "Cũ hơn")}
  {nav_btn(newer, "Mới hơn")}
</nav>"""
    head = [
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{_dt(o["date"]).isoformat()}">',
    ]
    if o.get("updated"):
        head.append(f'<meta property="article:modified_time" content="{_dt(o["updated"]).isoformat()}">')
    first_img = story.images[0].src if story.images else "/assets/img/og-pbc.png"
    head.append(f'<meta property="og:image" content="{base_url(request)}{first_img}">')
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": story.title,
        "datePublished": _dt(o["date"]).isoformat(),
        "dateModified": _dt(o.get("updated") or o["date"]).isoformat(),
        "url": base_url(request) + post_href(story),
        "mainEntityOfPage": {"@type": "WebPage", "@id": base_url(request) + post_href(story)},
    }
    head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    toc_panel = """<section id="toc-wrapper" class="invisible position-sticky ps-0 pe-4 pb-4">
    <h2 class="panel-heading ps-3 pb-2 mb-0">Mục lục</h2><nav id="toc"></nav></section>""" if o.get("toc") else ""
    return _page(
        request,
        title=story.title,
        path=post_href(story),
        main=article,
        crumbs=[("/", "Trang chủ"), (None, story.title)],
        topbar_title="Bài viết",
        active="",
        head_extra="\n".join(head),
        panel_extra=toc_panel,
        tail=tail,
        description=excerpt(story),
    )


# --- listings --------------------------------------------------------------------------------


def _card(s: Story) -> str:
    thumb = ""
    if s.images:
        thumb = (
            f'<div class="col-md-5"><img src="{s.images[0].src}" alt="Ảnh xem trước" width="1200" '
            f'height="630" loading="lazy"></div>'
        )
    pin = (
        '<div class="pin ms-1"><i class="fas fa-thumbtack fa-fw"></i><span>Đã ghim</span></div>'
        if s.opts.get("pin")
        else ""
    )
    cats = ", ".join(esc(c) for c in s.opts["cats"])
    return f"""
<article class="card-wrapper card">
  <a href="{post_href(s)}" class="post-preview row g-0 flex-md-row-reverse">
    {thumb}
    <div class="col-md-7">
      <div class="card-body d-flex flex-column">
        <h1 class="card-title my-2 mt-md-0">{esc(s.title)}</h1>
        <div class="card-text content mt-0 mb-3"><p>{esc(excerpt(s))}</p></div>
        <div class="post-meta flex-grow-1 d-flex align-items-end">
          <div class="me-auto">
            <i class="far fa-calendar fa-fw me-1"></i>{_time(s.opts['date'])}
            <i class="far fa-folder-open fa-fw me-1"></i><span class="categories">{cats}</span>
          </div>
          {pin}
        </div>
      </div>
    </div>
  </a>
</article>"""


def _home(request: Request, n: int) -> Response | None:
    posts = home_order()
    pages = (len(posts) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= n <= pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]

    def href(k: int) -> str:
        return "/" if k == 1 else f"/page{k}/"

    items = [
        f'<li class="page-item{" disabled" if n == 1 else ""}"><a class="page-link" href="{href(n - 1) if n > 1 else "#"}" aria-label="previous-page"><i class="fas fa-angle-left"></i></a></li>'
    ]
    for k in range(1, pages + 1):
        if k == n:
            items.append(f'<li class="page-item active"><a class="page-link" href="#">{k}</a></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>')
    items.append(
        f'<li class="page-item{" disabled" if n == pages else ""}"><a class="page-link" href="{href(n + 1) if n < pages else "#"}" aria-label="next-page"><i class="fas fa-angle-right"></i></a></li>'
    )
    main = f"""
<div id="post-list" class="flex-grow-1 px-xl-1">{''.join(_card(s) for s in chunk)}</div>
<nav aria-label="Page Navigation">
  <ul class="pagination align-items-center mt-4 mb-0">{''.join(items)}</ul>
  <div class="pagination-hint">{n} / {pages}</div>
</nav>"""
    return _page(
        request,
        title=SITE_TITLE,
        path=href(n),
        main=main,
        crumbs=[(None, "Trang chủ")],
        topbar_title="Trang chủ",
        active="/",
        description="Trang thông tin của Trường THPT Phan Bội Châu, thành phố Vinh, tỉnh Nghệ An",
    )


def _post_list(stories: list[Story], df: str = "DD/MM", fmt: str = "%d/%m") -> str:
    return "".join(
        f'<li class="d-flex justify-content-between px-md-3"><a href="{post_href(s)}">{esc(s.title)}</a>'
        f'<span class="dash flex-grow-1"></span>{_time(s.opts["date"], df, fmt)}</li>'
        for s in stories
    )


def _group_page(request: Request, kind: str, name: str) -> Response:
    if kind == "cat":
        stories = [s for s in by_date() if name in s.opts["cats"]]
        crumbs = [("/", "Trang chủ"), ("/categories/", "Danh mục"), (None, name)]
        path, icon, top = cat_href(name), "far fa-folder-open", "Danh mục"
    else:
        stories = [s for s in by_date() if name in s.opts["tags"]]
        crumbs = [("/", "Trang chủ"), ("/tags/", "Thẻ"), (None, name)]
        path, icon, top = tag_href(name), "fas fa-tag", "Thẻ"
    main = f"""
<div id="page-category">
  <h1 class="ps-lg-2"><i class="{icon} fa-fw text-muted"></i>{esc(name)}
  <span class="lead text-muted ps-2">{len(stories)}</span></h1>
  <ul class="content ps-0">{_post_list(stories)}</ul>
</div>"""
    return _page(request, title=name, path=path, main=main, crumbs=crumbs, topbar_title=top, active="")


def _categories(request: Request) -> Response:
    blocks = []
    for i, (top, subs) in enumerate(all_categories().items()):
        count = sum(1 for s in STORIES if s.opts["cats"][0] == top)
        sub_html = ""
        if subs:
            lis = "".join(
                f'<li class="list-group-item"><i class="far fa-folder fa-fw"></i>'
                f'<a href="{cat_href(sub)}" class="mx-2">{esc(sub)}</a>'
                f'<span class="text-muted small font-weight-light">'
                f'{sum(1 for s in STORIES if sub in s.opts["cats"])} bài viết</span></li>'
                for sub in subs
            )
            sub_html = f'<div id="l_{i}" class="collapse show"><ul class="list-group">{lis}</ul></div>'
        blocks.append(
            f'<div class="card categories"><div id="h_{i}" class="card-header d-flex justify-content-between hide-border-bottom">'
            f'<span class="ms-2"><i class="far fa-folder-open fa-fw"></i><a href="{cat_href(top)}" class="mx-2">{esc(top)}</a>'
            f'<span class="text-muted small font-weight-light">{len(subs)} danh mục con, {count} bài viết</span></span>'
            f'<a href="#l_{i}" data-bs-toggle="collapse" class="category-trigger hide-border-bottom"><i class="fas fa-fw fa-angle-down"></i></a></div>'
            f"{sub_html}</div>"
        )
    main = f'<article class="px-1"><h1 class="dynamic-title">Danh mục</h1><div class="content">{"".join(blocks)}</div></article>'
    return _page(request, title="Danh mục", path="/categories/", main=main,
                 crumbs=[("/", "Trang chủ"), (None, "Danh mục")], topbar_title="Danh mục", active="/categories/")


def _tags(request: Request) -> Response:
    items = "".join(
        f'<div><a class="tag" href="{tag_href(t)}">{esc(t)}<span class="text-muted">'
        f'{sum(1 for s in STORIES if t in s.opts["tags"])}</span></a></div>'
        for t in sorted(all_tags())
    )
    main = f'<article class="px-1"><h1 class="dynamic-title">Thẻ</h1><div class="content"><div id="tags" class="d-flex flex-wrap mx-xl-2">{items}</div></div></article>'
    return _page(request, title="Thẻ", path="/tags/", main=main,
                 crumbs=[("/", "Trang chủ"), (None, "Thẻ")], topbar_title="Thẻ", active="/tags/")


def _archives(request: Request) -> Response:
    out = ['<div id="archives" class="pl-xl-3"><time class="year lead d-block">2026</time><ul class="list-unstyled">']
    for s in by_date():
        d = _dt(s.opts["date"])
        out.append(
            f'<li><span class="date day" data-ts="{_epoch(s.opts["date"])}" data-df="DD">{d:%d}</span>'
            f'<span class="date month small text-muted ms-1" data-ts="{_epoch(s.opts["date"])}" data-df="[Th]M">Th{d.month}</span>'
            f'<a href="{post_href(s)}">{esc(s.title)}</a></li>'
        )
    out.append("</ul></div>")
    main = f'<article class="px-1"><h1 class="dynamic-title">Lưu trữ</h1><div class="content">{"".join(out)}</div></article>'
    return _page(request, title="Lưu trữ", path="/archives/", main=main,
                 crumbs=[("/", "Trang chủ"), (None, "Lưu trữ")], topbar_title="Lưu trữ", active="/archives/")


def _tab(request: Request, path: str, title: str, content: str) -> Response:
    main = f'<article class="px-1"><h1 class="dynamic-title">{esc(title)}</h1><div class="content">{content}</div></article>'
    return _page(request, title=title, path=path, main=main, crumbs=[("/", "Trang chủ"), (None, title)],
                 topbar_title=title, active=path, description=title)


ABOUT = f"""
<p>Trường THPT Phan Bội Châu được thành lập năm 1920, tiền thân là Trường Quốc học Vinh, là một trong những ngôi trường có bề dày truyền thống bậc nhất xứ Nghệ.</p>
<h2 id="lich-su"><span class="me-2">Lịch sử</span><a href="#lich-su" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>
<p>Qua hơn một thế kỷ, nhà trường đã đào tạo nhiều thế hệ học sinh trở thành cán bộ, nhà khoa học, văn nghệ sĩ. Năm 2020, trường vinh dự đón nhận Huân chương Độc lập hạng Nhất.</p>
<p><a href="/assets/img/gioi-thieu/toan-canh.jpg" class="popup img-link shimmer"><img src="/assets/img/gioi-thieu/toan-canh.jpg" alt="Toàn cảnh nhà trường" loading="lazy"></a>
<em>Toàn cảnh Trường THPT Phan Bội Châu</em></p>
<h2 id="quy-mo"><span class="me-2">Quy mô</span><a href="#quy-mo" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>
<p>Năm học 2026 - 2027, trường có 42 lớp với 1.812 học sinh, 118 cán bộ, giáo viên, nhân viên.</p>
<p>Trang web cũ của trường (trước năm 2025) đã được chuyển sang trang này; một số bài viết cũ vẫn giữ đường dẫn như <a href="{STUB_KIMLIEN}">{STUB_KIMLIEN}</a>.</p>"""

CONTACT = """
<p><strong>Trường THPT Phan Bội Châu</strong></p>
<ul><li>Địa chỉ: Số 48 đường Lê Hồng Phong, phường Hưng Bình, TP Vinh, Nghệ An</li>
<li>Điện thoại: 0238 3844 216</li><li>Email: c3phanboichau@nghean.edu.vn</li>
<li>Fanpage: <a href="https://www.facebook.com/thptphanboichau.vinh">facebook.com/thptphanboichau.vinh</a></li></ul>
<p>Giờ làm việc của Văn phòng: sáng 7h00 - 11h30, chiều 13h30 - 17h00 các ngày từ thứ Hai đến thứ Bảy.</p>"""

VANBAN = """
<p>Các văn bản, kế hoạch của nhà trường năm học 2026 - 2027:</p>
<div class="table-wrapper"><table><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>
<tr><td>215/TB-THPTPBC</td><td>25/11/2026</td><td>Thông báo họp cha mẹ học sinh cuối học kỳ I</td><td><a href="/assets/files/215-TB-THPTPBC.pdf">Tải về</a></td></tr>
<tr><td>178/KH-THPTPBC</td><td>05/09/2026</td><td>Kế hoạch năm học 2026 - 2027</td><td><a href="/assets/files/178-KH-THPTPBC.pdf">Tải về</a></td></tr>
<tr><td>190/QĐ-THPTPBC</td><td>20/09/2026</td><td>Quyết định thành lập các tổ chuyên môn</td><td><a href="/assets/files/190-QD-THPTPBC.pdf">Tải về</a></td></tr>
</tbody></table></div>"""


# --- non-HTML files --------------------------------------------------------------------------


def _redirect_stub(request: Request, target: str) -> Response:
    url = base_url(request) + target
    return html(
        f"""<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{url}">
  <script>location="{target}"</script>
  <meta http-equiv="refresh" content="0; url={target}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{target}">Click here if you are not redirected.</a>
</html>"""
    )


def _feed(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"""<entry><title type="html">{esc(s.title)}</title><link href="{base}{post_href(s)}" rel="alternate" type="text/html" title="{esc(s.title)}"/>
<published>{_dt(s.opts['date']).isoformat()}</published><updated>{_dt(s.opts.get('updated') or s.opts['date']).isoformat()}</updated>
<id>{base}{post_href(s)}</id><summary type="html">{esc(excerpt(s))}</summary></entry>"""
        for s in by_date()[:10]
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<id>{base}/</id><title>{esc(SITE_TITLE)}</title><updated>2026-12-04T21:40:00+07:00</updated>
<link href="{base}/feed.xml" rel="self"/>{entries}</feed>"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{post_href(s)}</loc><lastmod>{_dt(s.opts.get('updated') or s.opts['date']).isoformat()}</lastmod></url>"
        for s in by_date()
    )
    urls += "".join(f"<url><loc>{base}{p}</loc></url>" for p in ("/about/", "/lien-he/", "/van-ban/", "/archives/", "/categories/", "/tags/", "/"))
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "application/xml"})


def _search_json() -> Response:
    data = [
        {
            "title": s.title,
            "url": post_href(s),
            "categories": ", ".join(s.opts["cats"]),
            "tags": ", ".join(s.opts["tags"]),
            "date": _dt(s.opts["date"]).strftime("%Y-%m-%d %H:%M:%S %z"),
            "snippet": excerpt(s)[:120],
        }
        for s in by_date()
    ]
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


_MANIFEST = json.dumps(
    {
        "name": SITE_TITLE,
        "short_name": "PBC Vinh",
        "start_url": "/index.html",
        "display": "fullscreen",
        "icons": [{"src": "/assets/img/favicons/android-chrome-192x192.png", "sizes": "192x192"}],
    },
    ensure_ascii=False,
)

_SWCONF = (
    "const swconf = {\n  purge: false,\n  interceptor: { paths: [], urls: [] },\n"
    "  resources: ['/', '/assets/css/jekyll-theme-chirpy.css', '/assets/img/avatar-pbc.png', "
    "'/about/', '/categories/', '/tags/', '/archives/'],\n};\n"
)


# --- the site --------------------------------------------------------------------------------


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            # a raw UTF-8 request line arrives as latin-1 text
            path = path.encode("latin-1").decode("utf-8")
        if request.method not in ("GET", "HEAD"):
            return None
        if path in ("/", "/index.html"):
            return _home(request, 1)
        m = re.fullmatch(r"/page(\d+)/(?:index\.html)?", path)
        if m:
            return _home(request, int(m.group(1))) if int(m.group(1)) > 1 else None
        m = re.fullmatch(r"/posts/([a-z0-9-]+)(/?)", path)
        if m and m.group(1) in BY_SLUG:
            if not m.group(2):
                return redirect(f"/posts/{m.group(1)}/", 301)
            return _post_page(request, BY_SLUG[m.group(1)])
        if path == STUB_KIMLIEN:
            return _redirect_stub(request, post_href(BY_SLUG[S_KIMLIEN]))
        if path == "/categories/":
            return _categories(request)
        if path == "/tags/":
            return _tags(request)
        if path == "/archives/":
            return _archives(request)
        if path == "/about/":
            return _tab(request, path, "Giới thiệu", ABOUT)
        if path == "/lien-he/":
            return _tab(request, path, "Liên hệ", CONTACT)
        if path == "/van-ban/":
            return _tab(request, path, "Văn bản", VANBAN)
        m = re.fullmatch(r"/categories/([^/]+)/", path)
        if m:
            for top, subs in all_categories().items():
                for name in [top, *subs]:
                    if slugify(name) == m.group(1):
                        return _group_page(request, "cat", name)
            return None
        m = re.fullmatch(r"/tags/([^/]+)/", path)
        if m:
            for name in all_tags():
                if slugify(name) == m.group(1):
                    return _group_page(request, "tag", name)
            return None
        if path == "/feed.xml":
            return _feed(request)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nDisallow:\n\nSitemap: {base_url(request)}/sitemap.xml\n",
                            {"Content-Type": "text/plain"})
        if path == "/assets/js/data/search.json":
            return _search_json()
        if path == "/assets/js/data/swconf.js":
            return Response(200, _SWCONF, {"Content-Type": "application/javascript"})
        if path == "/app.webmanifest":
            return Response(200, _MANIFEST, {"Content-Type": "application/manifest+json"})
        if path == "/sw.min.js":
            return Response(200, "importScripts('/assets/js/data/swconf.js');/* chirpy sw */",
                            {"Content-Type": "application/javascript"})
        if path.startswith("/assets/files/") and path.endswith(".pdf"):
            from tests.portals._common import PDF

            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/assets/"):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alt = [STUB_KIMLIEN] if story.slug == S_KIMLIEN else []
    return gold_record(story, post_href(story), story.cat, alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/about/", "/lien-he/", "/van-ban/", "/archives/", "/categories/", "/tags/"]
