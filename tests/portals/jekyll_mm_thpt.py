"""Jekyll + Minimal Mistakes on GitHub Pages: the news site of an upper-secondary school.

Platform
--------
Trường THPT Nguyễn Chí Thanh (xã Ea Kar, tỉnh Đắk Lắk) moved its site from NukeViet to a
Jekyll repository served by GitHub Pages at the end of October 2026; two teachers of the Tin học
group keep it. Theme: Minimal Mistakes 4.x with ``locale: vi`` (its ``ui-text`` strings: "Cập
nhật:", "phút đọc", "Chủ đề:", "Nhãn:", "Chia sẻ", "Mục lục", "Trước"/"Sau"; the school renamed
``related_label`` to "Các tin khác"), ``date_format: "%d/%m/%Y - %H:%M"``, jekyll-paginate (5 a
page), jekyll-feed, jekyll-sitemap, jekyll-redirect-from, kramdown with GFM input (smart quotes
printed as ``&ldquo;`` entities, GFM heading ids, footnotes). ``site.url`` is the production
domain ``https://thptnguyenchithanh.edu.vn``: canonical, og:url, JSON-LD, feed, sitemap and the
redirect stubs print it, while every link in the pages is relative (``relative_url``).

URL scheme
----------
- ``/``, ``/page2/``, ``/page3/``: the paginated home (``layout: home``, "Bài viết mới"), with
  excerpts; ``/index.html`` and ``/pageN/index.html`` serve the same; ``/page2`` -> 301.
- posts: ``/tin-tuc/<yyyy>/<mm>/<dd>/<slug>/`` (``permalink: /tin-tuc/:year/:month/:day/:title/``);
  ``…/index.html`` serves the same page, the slash-less form answers 301 (GitHub Pages), and any
  query string is ignored by GitHub Pages (the same page answers).
- ``/categories/`` and ``/tags/``: the theme's taxonomy archives, one page each, every post of
  every category / tag listed in sections with ``id`` = Jekyll's ``slugify`` (Unicode kept:
  ``#thông-báo``).
- pages: ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``; a ``van_ban``
  collection (``/van-ban/`` + entries), a ``thu_vien`` collection (``/thu-vien/`` + album, video).
- jekyll-redirect-from stubs at the old NukeViet addresses (``/tin-tuc/<slug>-<id>.html``), 200
  pages "Redirecting…" with a meta refresh to the *production* host.
- ``/feed.xml`` (10 newest, full content), ``/sitemap.xml`` and ``/robots.txt`` (production URLs),
  ``/assets/js/lunr/lunr-store.js`` (the theme's search index), images, PDFs.

Templates
---------
Masthead (custom top bar with the build day "Thứ Bảy, 05/12/2026", a ``<marquee>`` notice, the
greedy nav with hand-made ``masthead__submenu`` drop-downs); left ``.sidebar`` = the author
profile h-card (the school, or the post's own author from ``_data/authors.yml``) plus
``page.sidebar`` blocks (Tin đọc nhiều, Liên kết, Thăm dò ý kiến, Thống kê truy cập); ``<article
class="page h-entry">`` with ``header > h1#page-title``, ``p.page__meta`` (date when
``show_date``, read time), ``section.page__content`` (TOC aside inside it when ``toc: true``),
footer ``page__taxonomy`` ("Nhãn:", "Chủ đề:") and ``p.page__date`` ("Cập nhật:"), share buttons,
then ``.page__related`` "Các tin khác" (4 newest other posts, grid with teasers and excerpts);
the school's ``single.html`` override dropped the theme's "Trước/Sau" post pagination.
Posts with ``header.image`` print the photo above ``#main`` in ``.page__hero`` with
``span.page__hero-caption``; posts with ``header.overlay_image`` print the title, the lead
(``p.page__lead`` = front-matter ``excerpt``) and the meta line in the hero, not in the article.

How each gold article is reached
--------------------------------
Home page 1 lists posts 1-5 (Dec 4 … Nov 20), ``/page2/`` posts 6-10, ``/page3/`` posts 11-13.
``/categories/`` lists the 11 categorized posts, ``/tags/`` the tagged ones. Posts 12 and 13
(imported from NukeViet, no ``categories`` in their front matter, no tags, older than the feed's
10, not in "Các tin khác") are reachable only through ``/page3/`` (their old addresses in the
sidebar are redirect stubs pointing at the production host). Post 11 is also linked, slash-less,
from post 10's "Xem thêm" line (301). Post 5 is linked from the sidebar with utm parameters.

Traps
-----
1. Breadcrumbs are built from the URL (the theme's ``breadcrumbs.html``): every post prints
   "Trang chủ / Tin tuc / 2026 / 11 / 20 / <title>", the crumbs linking to ``/categories/#tin-tuc``,
   ``/categories/#2026`` … -> gold ``category`` is the post's "Chủ đề:" category as the menu
   prints it, never "Tin tuc" or a year; posts without a category (12, 13) get the menu's
   "Tin tức" section that the ``/tin-tuc/`` prefix and the crumb name. On nested collection pages
   the crumbs link ``/anh`` and ``/video`` (404) and ``/thu-vien`` without its slash (301).
2. Jekyll split ``categories: Hoạt động Đoàn`` (a string, not a list) into three words: post 6
   prints "Chủ đề: Hoạt, Đoàn, động" (sorted) and sits in three one-word sections of
   ``/categories/`` -> gold category "Hoạt động Đoàn".
3. "Cập nhật:" dates: the article footer prints ``last_modified_at`` when set, else the post date,
   both under the label "Cập nhật:" and both with ``class="dt-published"``; posts 10 and 12 have
   ``show_date: false`` so the footer date is the only visible one -> gold ``published_at`` is the
   post date (header ``<time>``, ``article:published_time``, ``itemprop=datePublished``), never
   ``last_modified_at`` (post 4: footer 25/11, gold 21/11; post 10: footer 03/11, gold 28/10
   10:00 from the meta); the build time "Thứ Bảy, 05/12/2026" / "Cập nhật lần cuối: 05/12/2026
   06:58" in the top bar and footer is never a publication date.
4. ``date_format`` prints a time always: a date-only front matter prints "28/11/2026 - 00:00"
   (post 3) -> gold is the day alone "2026-11-28".
5. The TOC include (``toc: true``, post 7) prints ``aside.sidebar__right > nav.toc`` "Mục lục" with
   the headings as links *inside* ``section.page__content`` -> not body; the headings themselves
   (h2/h3 in the text) are paragraphs.
6. kramdown footnotes (post 7): bare ``<sup><a class="footnote">1</a></sup>`` calls and a
   ``div.footnotes`` with "↩" back-links -> the call numbers are not text, the notes are body
   paragraphs without the "↩"; post 13 (Word import) keeps a bracketed call "…suốt đời”.[1]" in
   its sentence and a "Chú thích:" heading with its note, all body.
7. Author profile sidebar: on posts with ``author:`` (4, 7) the h-card prints that person
   ("ThS. Trần Thị Minh Nguyệt", bio "Tổ trưởng Tổ Ngữ văn") and ``article:author`` is printed;
   elsewhere it prints the school ("THPT Nguyễn Chí Thanh", also ``<meta name="author">``) ->
   the post's own author is an author (degree dropped), the school's default profile is nobody.
8. Hero and overlay headers: post 5's lead photo is printed before ``#main`` (outside
   ``<article>``) with ``span.page__hero-caption`` -> it is the first gold image with that
   caption; post 8's title, lead and date are in ``div.page__hero--overlay`` and its ``<article>``
   has no ``<h1>`` -> the lead is the sapo (summary and first body paragraph), the overlay's CSS
   background is not an image of the article.
9. Captions in five forms: ``<figure><figcaption>``; an image and an ``<em>`` line in one
   kramdown ``<p>`` (post 3, 6); a separate centred ``<p><em>`` line (post 9); an MM gallery whose
   one ``figcaption`` serves three thumbnails (post 5); a figcaption that only credits "Ảnh: …"
   (post 11) -> caption None, the name is the photographer; "(…)" taken off (post 6).
10. Duplicates: ``/index.html`` variants, slash-less 301s, sidebar links with ``?utm_source=…``
    (GitHub Pages ignores the query), redirect-from stubs "Redirecting…" (200, meta refresh to the
    production host) -> one article each, the variants in ``alt_paths``, stubs are not articles.
11. Off-host absolute URLs: canonical/og:url/JSON-LD/feed/sitemap/stubs print
    ``https://thptnguyenchithanh.edu.vn`` -> ``canonical_path`` is the path; the imported post 13
    keeps its photo on the dead NukeViet host (gold image ``url``).
12. Official notice as a post (post 2): kramdown table letterhead, "THÔNG BÁO / Về việc …", a
    schedule table, a closing table "Nơi nhận | HIỆU TRƯỞNG … Phạm Ngọc Sơn", a "📎 Tệp đính
    kèm" line -> body is the text and the schedule rows, date the letterhead's "2026-11-30" (the
    post is dated 01/12 08:15), author the signer.
13. Word-imported HTML (posts 12, 13): ``mso-list:Ignore`` list markers (no text), a "- " the
    editor typed (text), ``&nbsp;`` runs, "Người đăng: quantri" (nobody), "Nguyễn Văn Bình - Tổ
    Sử - Địa - GDKT&PL" (name only).
14. Chrome that looks like content: "Các tin khác" grid with excerpts, home excerpts, the
    ``page__lead``, the poll form posting to Google Forms, the visitor counter, "Xem thêm:" and
    attachment lines, "Nguồn:" line (post 8), unit bylines right-aligned ("Đoàn trường", "Tổ Văn
    phòng"), "BBT" (nobody), a ``<br>`` verse inside a blockquote (two paragraphs).

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` takes the time from the post's ``<time datetime>`` / ``article:published_time``
  (the visible header line prints the same); a midnight time gives the day alone. With
  ``show_date: false`` the meta is the publication date even though the only visible date is the
  footer's "Cập nhật:" (equal to it on post 12, later on post 10).
- Category of an uncategorized post: "Tin tức" (the menu's news section; the breadcrumb prints
  "Tin tuc" for the same URL segment).
- A gallery's single figcaption is the caption of each of its photos; the gallery's ``<img>``
  thumbnails (``…-th.jpg``) are the gold image paths, not the ``<a href>`` full sizes.
- The sidebar h-card author counts only when the post names its own ``author`` (meta
  ``article:author`` present); when the text also signs (post 4) it is the same person, once.
- The redirect stubs are listed in ``alt_paths`` of their article (they stand for it) but are not
  articles themselves; they are not in NON_ARTICLES either.
- Post 8's "Hoàng Gia" (right-aligned name above "Nguồn: Báo Đắk Lắk điện tử") is the author;
  the source is "Báo Đắk Lắk điện tử".
- Post 13's note "Chú thích:" heading and "[1] …" entry are body; the byline after them is not.
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, collapse, esc, gold_record, static_file

NAME = "jekyll_mm_thpt"
PLATFORM = "Jekyll + Minimal Mistakes (GitHub Pages)"
START_PATH = "/"

PROD = "https://thptnguyenchithanh.edu.vn"
OLD_HOST = "http://thptnguyenchithanh.daklak.edu.vn"
SITE_TITLE = "Trường THPT Nguyễn Chí Thanh"
SITE_SUB = "Xã Ea Kar – Tỉnh Đắk Lắk"
BUILD_DAY = "Thứ Bảy, 05/12/2026"
BUILD_TIME = "05/12/2026 06:58"
PER_PAGE = 5

AUTHORS = {
    "thuha": {
        "name": "Nguyễn Thị Thu Hà",
        "bio": "Giáo viên Hóa học – Tổ Khoa học tự nhiên",
        "avatar": "/assets/images/authors/thu-ha.jpg",
        "email": "thuha.nct@gmail.com",
    },
    "minhnguyet": {
        "name": "ThS. Trần Thị Minh Nguyệt",
        "bio": "Tổ trưởng Tổ Ngữ văn",
        "avatar": "/assets/images/authors/minh-nguyet.jpg",
        "email": "minhnguyet.nguvan@gmail.com",
    },
}

# --- the stories ----------------------------------------------------------------------------


def _byline(text: str, tag: str = "strong") -> Raw:
    return Raw(f'<p class="text-right"><{tag}>{esc(text)}</{tag}></p>')


S1 = Story(
    id=1,
    slug="doan-truong-phat-dong-thi-dua-mung-dang-mung-xuan-2027",
    title="Đoàn trường phát động phong trào thi đua “Mừng Đảng, mừng Xuân Đinh Mùi 2027”",
    cat="Hoạt động Đoàn",
    published_at="2026-12-04T15:40:00+07:00",
    authors=["Đoàn trường"],
    blocks=[
        P("Chiều ngày 04/12/2026, Ban Chấp hành Đoàn trường THPT Nguyễn Chí Thanh tổ chức lễ phát động phong trào thi đua “Mừng Đảng, mừng Xuân Đinh Mùi 2027” đến toàn thể đoàn viên, thanh niên trong nhà trường."),
        P("Theo kế hoạch, đợt thi đua được triển khai từ ngày 05/12/2026 đến ngày 31/01/2027 với nhiều nội dung thiết thực, gắn với nhiệm vụ học tập và rèn luyện của học sinh trong học kỳ I."),
        P("Các nội dung thi đua chính", "h3"),
        P("Thi đua học tốt, giành nhiều điểm 9, điểm 10 chào mừng kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2027);", "li"),
        P("Thực hiện công trình măng non “Góc sân trường xanh – sạch – đẹp” tại các chi đoàn;", "li"),
        P("Tham gia Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh Đắk Lắk do Tỉnh đoàn phát động;", "li"),
        P("Quyên góp áo ấm, sách vở tặng học sinh có hoàn cảnh khó khăn đón Tết.", "li"),
        Img("/assets/images/2026/12/phat-dong-thi-dua-1.jpg", "Đồng chí Bí thư Đoàn trường phát động phong trào thi đua.", "Đồng chí Bí thư Đoàn trường phát động phong trào thi đua.", "figure"),
        P("Phát biểu tại buổi lễ, cô Phan Thị Kim Oanh, Bí thư Đoàn trường đề nghị các chi đoàn xây dựng kế hoạch cụ thể, phân công từng đoàn viên phụ trách, đồng thời báo cáo tiến độ về Ban Thường vụ Đoàn trường trước ngày 15 hằng tháng."),
        P("Kết thúc đợt thi đua, Đoàn trường sẽ tổng hợp, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong dịp sơ kết học kỳ I."),
        _byline("Đoàn trường"),
    ],
    opts={"dt": "2026-12-04T15:40:00+07:00", "cats": ["Hoạt động Đoàn"], "tags": ["Đoàn Thanh niên", "thi đua"], "teaser": "/assets/images/2026/12/phat-dong-thi-dua-1-th.jpg"},
)

_LETTERHEAD = (
    "<table>\n  <thead>\n    <tr>\n      <th style=\"text-align: center\">SỞ GD&amp;ĐT ĐẮK LẮK<br />"
    "<strong>TRƯỜNG THPT NGUYỄN CHÍ THANH</strong></th>\n      <th style=\"text-align: center\">"
    "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong>Độc lập – Tự do – Hạnh phúc"
    "</strong></th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td style=\"text-align: center\">"
    "Số: 118/TB-THPTNCT</td>\n      <td style=\"text-align: center\"><em>Ea Kar, ngày 30 tháng 11 năm 2026"
    "</em></td>\n    </tr>\n  </tbody>\n</table>\n\n"
    "<p class=\"text-center\"><strong>THÔNG BÁO</strong><br />\n<strong>Về việc tổ chức kiểm tra cuối "
    "học kỳ I năm học 2026 – 2027</strong></p>"
)
_CLOSING = (
    "<table class=\"nct-ky\">\n  <tbody>\n    <tr>\n      <td><strong><em>Nơi nhận:</em></strong><br />"
    "- Ban Giám hiệu;<br />- Các tổ chuyên môn;<br />- Giáo viên chủ nhiệm;<br />- Website trường;<br />"
    "- Lưu: VT.</td>\n      <td style=\"text-align: center\"><strong>HIỆU TRƯỞNG</strong><br /><br />"
    "<em>(Đã ký)</em><br /><br /><strong>Phạm Ngọc Sơn</strong></td>\n    </tr>\n  </tbody>\n</table>"
)

S2 = Story(
    id=2,
    slug="thong-bao-kiem-tra-cuoi-hoc-ky-i-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    authors=["Phạm Ngọc Sơn"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 87/KH-THPTNCT ngày 05/9/2026 của Trường THPT Nguyễn Chí Thanh về thực hiện nhiệm vụ năm học 2026 – 2027;"),
        P("Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
        P("1. Thời gian: từ ngày 14/12/2026 đến ngày 24/12/2026.", "numbold"),
        P("2. Hình thức: các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử kiểm tra tập trung theo đề chung của trường; các môn còn lại kiểm tra tại lớp theo kế hoạch của tổ chuyên môn.", "numbold"),
        P("3. Lịch kiểm tra tập trung:", "numbold"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
        P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("17/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("4. Tổ chức thực hiện: Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh.", "numbold"),
        P("Trong quá trình thực hiện, nếu có vướng mắc, các tổ chuyên môn báo cáo về Phó Hiệu trưởng phụ trách chuyên môn (thầy Đỗ Minh Khoa, điện thoại 0905 318 642) để được hướng dẫn."),
        Raw(_CLOSING),
        Raw('<p>📎 <strong>Tệp đính kèm:</strong> <a href="/assets/files/2026/TB-118-lich-kiem-tra-HKI.pdf">TB-118-lich-kiem-tra-HKI.pdf</a></p>'),
    ],
    opts={"dt": "2026-12-01T08:15:00+07:00", "cats": ["Thông báo"], "tags": ["kiểm tra", "học kỳ I"]},
)

S3 = Story(
    id=3,
    slug="9-giai-hoc-sinh-gioi-cap-tinh-lop-12",
    title="Học sinh nhà trường đạt 9 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="Thành tích",
    published_at="2026-11-28",
    summary="Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 – 2027 do Sở GD&ĐT Đắk Lắk tổ chức, đội tuyển của Trường THPT Nguyễn Chí Thanh đã xuất sắc giành 9 giải, trong đó có 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích.",
    blocks=[
        P("Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 – 2027 do Sở GD&ĐT Đắk Lắk tổ chức, đội tuyển của Trường THPT Nguyễn Chí Thanh đã xuất sắc giành 9 giải, trong đó có 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích.", "lead"),
        P("Kỳ thi diễn ra trong hai ngày 18 và 19/11/2026 với hơn 1.600 thí sinh đến từ các trường THPT trong toàn tỉnh tham dự ở 11 môn thi. Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất cấp tỉnh."),
        P("Danh sách học sinh đạt giải:"),
        P("TT | Họ và tên | Lớp | Môn thi | Giải", "th"),
        P("1 | H’Nhi Byă | 12A1 | Ngữ văn | Nhất", "tr"),
        P("2 | Nguyễn Hoàng Phúc | 12A2 | Toán | Nhì", "tr"),
        P("3 | Trần Ngọc Bảo Anh | 12A1 | Tiếng Anh | Nhì", "tr"),
        P("4 | Lê Quang Huy | 12A3 | Vật lí | Ba", "tr"),
        P("5 | Võ Thị Thanh Trúc | 12A2 | Hóa học | Ba", "tr"),
        P("6 | Y Phôn Mlô | 12A5 | Lịch sử | Ba", "tr"),
        P("7 | Đặng Minh Châu | 12A1 | Sinh học | Khuyến khích", "tr"),
        P("8 | Phạm Gia Bảo | 12A4 | Tin học | Khuyến khích", "tr"),
        P("9 | Hoàng Thị Mỹ Duyên | 12A6 | Địa lí | Khuyến khích", "tr"),
        Img("/assets/images/2026/11/hsg-tinh-2026.jpg", "Ban Giám hiệu chúc mừng các em học sinh đạt giải.", "Ban Giám hiệu chúc mừng các em học sinh đạt giải.", "inline-em"),
        P("Thay mặt Ban Giám hiệu, thầy Hiệu trưởng Phạm Ngọc Sơn biểu dương tinh thần nỗ lực của các em học sinh và sự tận tụy của đội ngũ giáo viên bồi dưỡng; đồng thời đề nghị các tổ chuyên môn tiếp tục rà soát, bồi dưỡng đội tuyển chuẩn bị cho Kỳ thi chọn học sinh giỏi quốc gia năm 2027."),
        _byline("BBT"),
    ],
    opts={"dt": "2026-11-28T00:00:00+07:00", "cats": ["Thành tích"], "tags": ["học sinh giỏi"], "teaser": "/assets/images/2026/11/hsg-tinh-2026-th.jpg"},
)

S4 = Story(
    id=4,
    slug="hoi-giang-chao-mung-20-11",
    title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11: Lan tỏa tinh thần đổi mới phương pháp dạy học",
    cat="Chuyên môn",
    published_at="2026-11-21T09:05:00+07:00",
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Lê Minh Tuấn"],
    blocks=[
        P("Từ ngày 26/10 đến 18/11/2026, Trường THPT Nguyễn Chí Thanh tổ chức Hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Hội giảng thu hút 38 giáo viên thuộc 7 tổ chuyên môn đăng ký tham gia với 38 tiết dạy."),
        P("Năm nay, Ban tổ chức khuyến khích giáo viên thiết kế bài dạy theo hướng tổ chức hoạt động học tập, ứng dụng công nghệ thông tin và khai thác các nền tảng học liệu số. Nhiều tiết dạy sử dụng phiếu học tập trực tuyến, mô phỏng thí nghiệm ảo, giúp học sinh chủ động khám phá kiến thức."),
        Img("/assets/images/2026/11/hoi-giang-toan-11a2.jpg", "Tiết dạy môn Toán của cô Lưu Thị Hằng tại lớp 11A2.", "Tiết dạy môn Toán của cô Lưu Thị Hằng tại lớp 11A2.", "figure"),
        P("Các tiết dạy được Ban giám khảo đánh giá theo tiêu chí của Công văn 5512/BGDĐT-GDTrH, chú trọng việc tổ chức hoạt động học cho học sinh, khả năng phân hóa đối tượng và hiệu quả sử dụng thiết bị dạy học."),
        Img("/assets/images/2026/11/hoi-giang-hoa-10a4.jpg", None, None, "bare"),
        P("Kết quả, Ban tổ chức đã xếp loại Giỏi 24 tiết, loại Khá 14 tiết; chọn 6 giáo viên tiêu biểu tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 – 2027."),
        _byline("Tin: Nguyễn Thị Thu Hà – Ảnh: Lê Minh Tuấn", "em"),
    ],
    opts={"dt": "2026-11-21T09:05:00+07:00", "modified": "2026-11-25T16:20:00+07:00", "cats": ["Chuyên môn"], "tags": ["hội giảng", "20-11"], "author": "thuha", "teaser": "/assets/images/2026/11/hoi-giang-toan-11a2-th.jpg"},
)

_GALLERY_CAP = "Học sinh các chi đoàn tặng hoa tri ân thầy cô giáo."
S5 = Story(
    id=5,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="Tin tức – Sự kiện",
    published_at="2026-11-20T10:30:00+07:00",
    authors=["Y Khuê Niê"],
    photographers=["Y Khuê Niê"],
    summary="Sáng 20/11, Trường THPT Nguyễn Chí Thanh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Kar, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo các thế hệ và hơn 1.400 học sinh nhà trường.",
    blocks=[
        Img("/assets/images/2026/11/le-20-11-hero.jpg", "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại sân trường", "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại sân trường", "hero"),
        P("Sáng 20/11, Trường THPT Nguyễn Chí Thanh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Kar, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo các thế hệ và hơn 1.400 học sinh nhà trường.", "lead"),
        P("Ôn lại truyền thống ngày 20/11, thầy Phạm Ngọc Sơn, Hiệu trưởng nhà trường khẳng định: trải qua 34 năm xây dựng và phát triển, tập thể sư phạm nhà trường luôn đoàn kết, vượt khó, không ngừng nâng cao chất lượng dạy và học. Năm học 2025 – 2026, tỉ lệ học sinh tốt nghiệp THPT đạt 99,6%; nhà trường có 27 học sinh đạt giải học sinh giỏi cấp tỉnh."),
        P("“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo.”", "quote"),
        P("Dịp này, nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 3 nhà giáo và khen thưởng 21 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."),
        Img("/assets/images/2026/11/le-20-11-2-th.jpg", _GALLERY_CAP, _GALLERY_CAP, "gallery:Tặng hoa tri ân"),
        Img("/assets/images/2026/11/le-20-11-3-th.jpg", _GALLERY_CAP, _GALLERY_CAP, "gallery:Học sinh lớp 10A1"),
        Img("/assets/images/2026/11/le-20-11-4-th.jpg", _GALLERY_CAP, _GALLERY_CAP, "gallery:Thầy cô nghỉ hưu"),
        P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các chi đoàn dàn dựng, gửi gắm lòng biết ơn sâu sắc tới các thầy cô giáo."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/thu-vien/anh/ky-niem-20-11-2026/">Album ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></p>'),
        _byline("Tin, ảnh: Y Khuê Niê"),
    ],
    opts={"dt": "2026-11-20T10:30:00+07:00", "cats": ["Tin tức – Sự kiện"], "tags": ["20-11", "Nhà giáo Việt Nam"], "teaser": "/assets/images/2026/11/le-20-11-hero-th.jpg"},
)

S6 = Story(
    id=6,
    slug="hoi-thao-chao-mung-20-11",
    title="🏆 Hội thao chào mừng 20/11: Sôi nổi giải bóng đá nam và kéo co",
    cat="Hoạt động Đoàn",
    published_at="2026-11-17T14:00:00+07:00",
    authors=["Hồ Sỹ Nguyên"],
    photographers=["Hồ Sỹ Nguyên"],
    blocks=[
        P("Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 09 đến 16/11/2026, Đoàn trường phối hợp với tổ Giáo dục thể chất – Quốc phòng tổ chức Hội thao học sinh với hai nội dung bóng đá nam và kéo co."),
        P("Giải bóng đá nam có 18 đội bóng của các chi đoàn tham gia, thi đấu theo thể thức loại trực tiếp. Các trận đấu diễn ra sôi nổi, kịch tính trong sự cổ vũ nhiệt tình của các bạn học sinh ⚽."),
        Img("/assets/images/2026/11/hoi-thao-bong-da.jpg", "Trận chung kết giữa hai đội 11A3 và 12A5.", "Trận chung kết giữa hai đội 11A3 và 12A5.", "inline-em"),
        P("Ở nội dung kéo co, các chi đoàn thể hiện tinh thần đoàn kết, sức mạnh tập thể. Nhiều trận đấu phải phân định thắng thua ở hiệp thứ ba."),
        Img("/assets/images/2026/11/hoi-thao-keo-co.jpg", "(Nội dung kéo co thu hút đông đảo học sinh cổ vũ)", "Nội dung kéo co thu hút đông đảo học sinh cổ vũ", "inline-em"),
        P("Kết quả chung cuộc:"),
        P("Bóng đá nam: Giải Nhất chi đoàn 12A5, giải Nhì chi đoàn 11A3, giải Ba chi đoàn 12A1 và 10A2;", "li"),
        P("Kéo co: Giải Nhất chi đoàn 11A6, giải Nhì chi đoàn 10A1, giải Ba chi đoàn 12A4.", "li"),
        _byline("Tin, ảnh: Hồ Sỹ Nguyên", "em"),
    ],
    # ``categories: Hoạt động Đoàn`` written as a string: Jekyll split it on spaces
    opts={"dt": "2026-11-17T14:00:00+07:00", "cats": ["Hoạt", "động", "Đoàn"], "tags": ["hội thao", "20-11"], "teaser": "/assets/images/2026/11/hoi-thao-bong-da-th.jpg"},
)

S7 = Story(
    id=7,
    slug="chuyen-de-doc-hieu-van-ban-nghi-luan",
    title="Chuyên đề: Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực học sinh",
    cat="Chuyên môn",
    published_at="2026-11-12T07:45:00+07:00",
    authors=["Trần Thị Minh Nguyệt"],
    blocks=[
        P("Chương trình giáo dục phổ thông 2018 môn Ngữ văn xác định mục tiêu hình thành và phát triển cho học sinh năng lực ngôn ngữ và năng lực văn học. Trong đó, đọc hiểu văn bản nghị luận là một yêu cầu xuyên suốt ở cả ba lớp 10, 11, 12.", "fn=1@năng lực văn học."),
        P("1. Thực trạng dạy học đọc hiểu văn bản nghị luận", "h2"),
        P("Qua dự giờ, thăm lớp trong năm học 2025 – 2026, tổ Ngữ văn nhận thấy nhiều tiết dạy vẫn nặng về giảng giải, giáo viên phân tích thay cho học sinh. Học sinh chủ yếu ghi chép, ít có cơ hội tự đặt câu hỏi, tranh luận hay đối chiếu quan điểm."),
        P("Kết quả khảo sát 212 học sinh khối 11 cho thấy chỉ 31,6% học sinh tự tin xác định được luận đề và hệ thống luận điểm của một văn bản nghị luận mới."),
        P("2. Một số biện pháp đề xuất", "h2"),
        P("2.1. Dạy học theo chu trình đọc ba bước", "h3"),
        P("Giáo viên hướng dẫn học sinh đọc lướt để nắm vấn đề, đọc kĩ để phân tích lập luận và đọc mở rộng để liên hệ, đánh giá. Mỗi bước gắn với một phiếu học tập cụ thể."),
        P("2.2. Sử dụng sơ đồ lập luận", "h3"),
        P("Học sinh được yêu cầu vẽ sơ đồ thể hiện mối quan hệ giữa luận đề, luận điểm, lí lẽ và bằng chứng. Sơ đồ giúp các em nhìn thấy “bộ khung” của văn bản, từ đó đánh giá được tính thuyết phục của lập luận.", "fn=2@của lập luận."),
        P("Chẳng hạn, khi dạy bài “Nam quốc sơn hà”, giáo viên cho học sinh đọc lại hai câu đầu trong bản dịch thơ:"),
        P("Sông núi nước Nam vua Nam ở", "quote-br1"),
        P("Rành rành định phận ở sách trời", "quote-br2"),
        P("và yêu cầu các em chỉ ra đâu là luận đề, đâu là căn cứ được tác giả sử dụng để khẳng định chủ quyền."),
        P("2.3. Tăng cường tranh luận có cấu trúc", "h3"),
        P("Giáo viên tổ chức cho học sinh tranh luận theo nhóm về một vấn đề gần gũi, ví dụ: “Học sinh THPT có nên sử dụng trí tuệ nhân tạo khi làm bài tập về nhà?”. Mỗi nhóm phải xây dựng ít nhất hai luận điểm kèm bằng chứng.", "fn=3@kèm bằng chứng."),
        P("3. Kết luận", "h2"),
        P("Áp dụng các biện pháp trên trong học kì II năm học 2025 – 2026 tại 6 lớp thực nghiệm, tỉ lệ học sinh xác định đúng luận đề và hệ thống luận điểm tăng lên 68,4%. Tổ Ngữ văn sẽ tiếp tục hoàn thiện và nhân rộng trong năm học này."),
        P("Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT.", "fnote"),
        P("Nguyễn Thị Hồng Nam (2021), Dạy học đọc hiểu văn bản theo đặc trưng thể loại, NXB Đại học Sư phạm.", "fnote"),
        P("Xem Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường.", "fnote"),
    ],
    opts={"dt": "2026-11-12T07:45:00+07:00", "cats": ["Chuyên môn"], "tags": ["Ngữ văn", "GDPT 2018"], "author": "minhnguyet", "toc": True},
)

S8 = Story(
    id=8,
    slug="truong-hoc-vung-kho-nang-cao-chat-luong",
    title="Ea Kar: Trường học vùng khó nỗ lực nâng cao chất lượng giáo dục",
    cat="Tin tức – Sự kiện",
    published_at="2026-11-06T16:10:00+07:00",
    authors=["Hoàng Gia"],
    source="Báo Đắk Lắk điện tử",
    summary="Dù có gần 40% học sinh là người đồng bào dân tộc thiểu số, nhiều năm qua Trường THPT Nguyễn Chí Thanh luôn nằm trong nhóm trường có tỉ lệ tốt nghiệp cao của tỉnh.",
    sapo_outside=True,
    blocks=[
        P("Những ngày đầu tháng 11, chúng tôi có dịp trở lại Trường THPT Nguyễn Chí Thanh (xã Ea Kar). Ngôi trường khang trang với 36 phòng học, khu thực hành và thư viện thân thiện là kết quả của nhiều năm đầu tư, xã hội hóa giáo dục."),
        P("Theo thầy Phạm Ngọc Sơn, Hiệu trưởng nhà trường, năm học 2026 – 2027, trường có 1.432 học sinh với 36 lớp, trong đó học sinh đồng bào dân tộc thiểu số chiếm 39,2%. Để giúp các em theo kịp chương trình, nhà trường duy trì các lớp phụ đạo miễn phí vào buổi chiều và phân công giáo viên kèm cặp từng nhóm học sinh."),
        Img("/assets/images/2026/11/phu-dao-buoi-chieu.jpg", "Một buổi phụ đạo miễn phí dành cho học sinh đồng bào dân tộc thiểu số.", "Một buổi phụ đạo miễn phí dành cho học sinh đồng bào dân tộc thiểu số.", "figure"),
        P("Em H’Linh Niê, học sinh lớp 12A6 chia sẻ: “Nhờ các buổi học thêm buổi chiều mà em tự tin hơn với môn Toán. Em mong muốn thi đỗ vào Trường Đại học Tây Nguyên để sau này về dạy học ở buôn làng.”"),
        P("Năm học 2025 – 2026, tỉ lệ tốt nghiệp THPT của nhà trường đạt 99,6%, trong đó học sinh đồng bào dân tộc thiểu số đạt 98,9%."),
        _byline("Hoàng Gia"),
        Raw('<p><em>Nguồn: <a href="https://baodaklak.vn/giao-duc/202611/ea-kar-truong-hoc-vung-kho-no-luc-nang-cao-chat-luong-giao-duc-8f3a2c1/">Báo Đắk Lắk điện tử</a></em></p>'),
    ],
    opts={"dt": "2026-11-06T16:10:00+07:00", "cats": ["Tin tức – Sự kiện"], "tags": ["dân tộc thiểu số"], "overlay": "/assets/images/2026/11/truong-nct-overlay.jpg", "teaser": "/assets/images/2026/11/truong-nct-overlay-th.jpg"},
)

S9 = Story(
    id=9,
    slug="tuyen-truyen-an-toan-giao-thong",
    title="Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh",
    cat="Hoạt động Đoàn",
    published_at="2026-11-02T09:30:00+07:00",
    authors=["Phan Thị Kim Oanh"],
    photographers=["Phan Thị Kim Oanh"],
    blocks=[
        P("Sáng 02/11/2026, Đoàn trường THPT Nguyễn Chí Thanh phối hợp với Phòng Cảnh sát giao thông – Công an tỉnh Đắk Lắk tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 1.400 học sinh toàn trường."),
        P("Tại buổi tuyên truyền, báo cáo viên đã thông tin tình hình tai nạn giao thông liên quan đến học sinh trên địa bàn tỉnh trong 10 tháng năm 2026; phổ biến các quy định của Luật Trật tự, an toàn giao thông đường bộ năm 2024, nhất là quy định về độ tuổi điều khiển xe mô tô, xe gắn máy và việc đội mũ bảo hiểm đúng quy cách."),
        Img("/assets/images/2026/11/tuyen-truyen-atgt.jpg", "Báo cáo viên Công an tỉnh tuyên truyền tại buổi chào cờ đầu tuần.", "Báo cáo viên Công an tỉnh tuyên truyền tại buổi chào cờ đầu tuần.", "center-em"),
        P("Cũng tại buổi lễ, 36 chi đoàn đã ký cam kết “Không vi phạm pháp luật về trật tự, an toàn giao thông”: không đi xe máy khi chưa có giấy phép lái xe, không lạng lách, đánh võng, không sử dụng rượu bia khi tham gia giao thông."),
        _byline("Tin, ảnh: Phan Thị Kim Oanh (Bí thư Đoàn trường)", "em"),
    ],
    opts={"dt": "2026-11-02T09:30:00+07:00", "cats": ["Hoạt động Đoàn"], "tags": ["an toàn giao thông", "Đoàn Thanh niên"], "teaser": "/assets/images/2026/11/tuyen-truyen-atgt-th.jpg"},
)

S10 = Story(
    id=10,
    slug="ke-hoach-cuoc-thi-khkt-cap-truong",
    title="Kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp trường dành cho học sinh năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-10-28T10:00:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        P("Thực hiện Kế hoạch số 1456/KH-SGDĐT của Sở Giáo dục và Đào tạo Đắk Lắk về tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 – 2027, Trường THPT Nguyễn Chí Thanh xây dựng kế hoạch tổ chức Cuộc thi cấp trường như sau:"),
        P("I. Mục đích, yêu cầu", "h3"),
        P("Khuyến khích học sinh nghiên cứu, sáng tạo khoa học, công nghệ, kỹ thuật và vận dụng kiến thức đã học vào giải quyết những vấn đề thực tiễn cuộc sống;", "li"),
        P("Góp phần đổi mới hình thức tổ chức dạy học, đổi mới kiểm tra đánh giá; tuyển chọn dự án xuất sắc tham dự cuộc thi cấp tỉnh.", "li"),
        P("II. Đối tượng, thời gian", "h3"),
        P("Học sinh các khối 10, 11, 12 đăng ký dự thi theo nhóm (không quá 2 học sinh) hoặc cá nhân, mỗi dự án có một giáo viên hướng dẫn."),
        P("Hạn nộp phiếu đăng ký: trước ngày 15/11/2026. Vòng chấm hồ sơ: từ 01/12 đến 05/12/2026. Vòng trưng bày và chấm chung khảo: ngày 12/12/2026 tại nhà đa năng."),
        P("III. Lĩnh vực dự thi", "h3"),
        P("Gồm 22 lĩnh vực theo quy định của Bộ GD&ĐT, trong đó khuyến khích các lĩnh vực: Kỹ thuật môi trường, Hệ thống nhúng, Khoa học thực vật, Khoa học xã hội và hành vi."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2026/10/19/tu-van-tuyen-sinh-huong-nghiep-khoi-12">Ngày hội tư vấn tuyển sinh, hướng nghiệp cho học sinh khối 12 năm 2026</a></p>'),
        Raw('<p><i class="fas fa-paperclip" aria-hidden="true"></i> Tải về: <a href="/assets/files/2026/KH-cuoc-thi-KHKT-cap-truong-2026-2027.pdf">Kế hoạch tổ chức Cuộc thi KHKT cấp trường (PDF, 312 KB)</a></p>'),
        _byline("Tổ Văn phòng"),
    ],
    opts={"dt": "2026-10-28T10:00:00+07:00", "modified": "2026-11-03T09:20:00+07:00", "show_date": False, "cats": ["Thông báo"], "tags": ["KHKT"]},
)

S11 = Story(
    id=11,
    slug="tu-van-tuyen-sinh-huong-nghiep-khoi-12",
    title="Ngày hội tư vấn tuyển sinh, hướng nghiệp cho học sinh khối 12 năm 2026",
    cat="Tin tức – Sự kiện",
    published_at="2026-10-19T16:45:00+07:00",
    authors=["Lê Thị Ngọc Ánh"],
    photographers=["Trần Quốc Việt"],
    blocks=[
        P("Chiều 19/10/2026, Trường THPT Nguyễn Chí Thanh phối hợp với Trường Đại học Tây Nguyên, Trường Đại học Quy Nhơn và Trường Cao đẳng Kỹ thuật Đắk Lắk tổ chức Ngày hội tư vấn tuyển sinh, hướng nghiệp cho hơn 480 học sinh khối 12."),
        P("Tại ngày hội, các chuyên gia tư vấn đã cung cấp thông tin về phương thức tuyển sinh đại học năm 2027, những điểm mới trong quy chế thi tốt nghiệp THPT, đồng thời giới thiệu nhu cầu nhân lực của các ngành nông nghiệp công nghệ cao, y dược, sư phạm và công nghệ thông tin tại khu vực Tây Nguyên."),
        Img("/assets/images/2026/10/tu-van-huong-nghiep.jpg", "Ảnh: Trần Quốc Việt", None, "figure"),
        P("Phần giao lưu, hỏi đáp diễn ra sôi nổi với hàng chục câu hỏi của học sinh về cách chọn ngành phù hợp với năng lực, cơ hội học bổng và việc làm sau khi ra trường."),
        P("Em Nguyễn Thị Khánh Linh, lớp 12A3 cho biết: “Ngày hội giúp em hiểu rõ hơn về ngành Điều dưỡng mà em đang quan tâm, đặc biệt là các tổ hợp môn xét tuyển và điểm chuẩn những năm gần đây.”"),
        _byline("Tin: Lê Thị Ngọc Ánh", "em"),
    ],
    opts={"dt": "2026-10-19T16:45:00+07:00", "cats": ["Tin tức – Sự kiện"], "tags": ["hướng nghiệp", "tuyển sinh"], "teaser": "/assets/images/2026/10/tu-van-huong-nghiep-th.jpg"},
)

_OLD12 = "/tin-tuc/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027-412.html"
_OLD13 = "/tin-tuc/huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-398.html"

S12 = Story(
    id=12,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="Tin tức",
    published_at="2026-10-15T14:00:00+07:00",
    blocks=[
        P("Chiều ngày 15/10/2026, Trường THPT Nguyễn Chí Thanh long trọng tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027. Tham dự hội nghị có 86 cán bộ, giáo viên, nhân viên nhà trường.", "old"),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học 2026 – 2027; báo cáo công khai tài chính và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở.", "old"),
        Img("/assets/images/imported/2026_10/hoi-nghi-vc-2026.jpg", "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027", "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027", "old"),
        P("Năm học 2026 – 2027, nhà trường phấn đấu: tỉ lệ học sinh có kết quả học tập từ Khá trở lên đạt 65%; tỉ lệ tốt nghiệp THPT đạt trên 99%; có từ 25 giải học sinh giỏi cấp tỉnh trở lên.", "old"),
        P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và biểu quyết thông qua Nghị quyết hội nghị với 100% đại biểu tán thành.", "old"),
        Raw('<p style="text-align: right;"><strong>Người đăng: quantri</strong></p>'),
    ],
    opts={"dt": "2026-10-15T14:00:00+07:00", "show_date": False, "cats": [], "tags": [], "redirect_from": [_OLD12], "imported": True},
)

S13 = Story(
    id=13,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="Tin tức",
    published_at="2026-10-08T07:00:00+07:00",
    authors=["Nguyễn Văn Bình"],
    blocks=[
        P("Thực hiện Kế hoạch của Sở GD&ĐT Đắk Lắk về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026, từ ngày 01 đến 07/10/2026, Trường THPT Nguyễn Chí Thanh đã triển khai nhiều hoạt động thiết thực với chủ đề “Chuyển đổi số và học tập suốt đời”.[1]", "mso"),
        P("Các hoạt động chính gồm:", "mso"),
        P("Tổ chức giới thiệu sách, báo theo chủ đề tại thư viện vào giờ ra chơi;", "msoli"),
        P("Phát động phong trào “Mỗi học sinh đọc một cuốn sách hay” đến các lớp;", "msoli"),
        P("Tổ chức chuyên đề “Khai thác học liệu số hiệu quả” cho giáo viên;", "msoli"),
        P("- Thi tìm hiểu về lịch sử địa phương qua ứng dụng trực tuyến.", "mso"),
        Img(OLD_HOST + "/uploads/news/2026_10/tuan-le-hoc-tap.jpg", "Học sinh đọc sách tại thư viện nhà trường trong giờ ra chơi", "Học sinh đọc sách tại thư viện nhà trường trong giờ ra chơi", "old"),
        P("Thông qua Tuần lễ, nhà trường mong muốn xây dựng thói quen tự học, học tập thường xuyên cho học sinh, góp phần xây dựng xã hội học tập trên địa bàn.", "mso"),
        P("Chú thích:", "mso-b"),
        P("[1] Tuần lễ hưởng ứng học tập suốt đời được tổ chức hằng năm từ ngày 01 đến 07/10 theo Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ.", "mso-small"),
        Raw('<p class="MsoNormal" style="text-align:right"><b><span style="font-size:13.0pt">Nguyễn Văn Bình - Tổ Sử - Địa - GDKT&amp;PL</span></b></p>'),
    ],
    opts={"dt": "2026-10-08T07:00:00+07:00", "cats": [], "tags": [], "redirect_from": [_OLD13], "imported": True},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]

# --- text as kramdown prints it ------------------------------------------------------------

_SMART = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "…": "&hellip;"}


def _kd(value: str) -> str:
    """Escaped text with kramdown's typographic entities (smart quotes, ellipsis)."""
    out = _html.escape(value, quote=False)
    for ch, ent in _SMART.items():
        out = out.replace(ch, ent)
    return out


def _slugify(name: str) -> str:
    """Jekyll's ``slugify`` (default mode): Unicode letters kept, other runs to one dash."""
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-").replace("_", "-")


def _gfm_id(heading: str) -> str:
    """kramdown-parser-gfm's header id: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _nbsp(value: str, every: int = 5) -> str:
    """Escaped text with every n-th space typed as ``&nbsp;`` (CKEditor, Word)."""
    words = _html.escape(value, quote=False).split(" ")
    out = words[0]
    for i, w in enumerate(words[1:], 1):
        out += ("&nbsp;" if i % every == 0 else " ") + w
    return out


def _post_path(s: Story) -> str:
    dt = s.opts["dt"]
    return f"/tin-tuc/{dt[:4]}/{dt[5:7]}/{dt[8:10]}/{s.slug}/"


def _fmt(iso: str) -> str:
    """``date_format: "%d/%m/%Y - %H:%M"``."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} - {iso[11:16]}"


def _strip_tags(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _truncate(value: str, n: int = 160) -> str:
    return value if len(value) <= n else value[: n - 3] + "..."


def _excerpt(s: Story) -> str:
    """Jekyll's excerpt: front-matter ``excerpt`` or the first block of the source."""
    if s.sapo_outside and s.summary:
        return s.summary
    first = s.blocks[0]
    if isinstance(first, Raw):
        return _strip_tags(first.html.split("\n\n")[0])
    if isinstance(first, Img):
        first = next(b for b in s.blocks if isinstance(b, P))
    return first.text


def _read_time(s: Story) -> str:
    words = sum(len(p.split()) for p in s.paragraphs)
    minutes = words // 200
    return "nhỏ hơn 1 phút đọc" if minutes < 1 else f"{minutes} phút đọc"


# --- the article text --------------------------------------------------------------------


def _fn_call(n: int) -> str:
    return (
        f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote" '
        f'rel="footnote">{n}</a></sup>'
    )


_AC = ' class="align-center"'


def _img_tag(img: Img, alt: str = "", extra: str = "") -> str:
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}"{extra} />'


def _render_body(s: Story) -> str:
    """The ``section.page__content`` inner markup as kramdown (or the old editors) printed it."""
    out: list[str] = []
    notes: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "hero")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style.startswith("gallery:"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("gallery:"):
                    group.append(blocks[i])
                    i += 1
                i -= 1
                items = "".join(
                    f'\n    <a href="{esc(g.src.replace("-th.jpg", ".jpg"))}" title="{esc(g.style[8:])}">\n'
                    f'      <img src="{esc(g.src)}" alt="{esc(g.style[8:])}">\n    </a>'
                    for g in group
                )
                out.append(f'<figure class="third ">{items}\n  <figcaption>{_kd(group[0].printed or "")}\n</figcaption>\n</figure>')
            elif b.style == "figure":
                out.append(
                    f'<figure class="align-center">\n  <img src="{esc(b.src)}" alt="">\n'
                    f"  <figcaption>{_kd(b.printed or '')}</figcaption>\n</figure>"
                )
            elif b.style == "bare":
                alt = b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
                out.append(f"<p>{_img_tag(b, alt, _AC)}</p>")
            elif b.style == "inline-em":
                out.append(f"<p>{_img_tag(b, '', _AC)}\n<em>{_kd(b.printed or '')}</em></p>")
            elif b.style == "center-em":
                out.append(
                    f'<p class="text-center">{_img_tag(b)}</p>\n\n'
                    f'<p class="text-center"><em>{_kd(b.printed or "")}</em></p>'
                )
            elif b.style == "old" and b.src.startswith("http"):
                out.append(
                    '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">'
                    f'<img width="602" height="401" src="{esc(b.src)}" alt="{esc(b.src.rsplit("/", 1)[-1])}"></span></p>\n'
                    '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12.0pt">'
                    f"{_nbsp(b.printed or '', 4)}</span></i></p>"
                )
            elif b.style == "old":
                out.append(
                    f'<p style="text-align: center;"><img alt="{esc(b.printed or "")}" height="400" src="{esc(b.src)}" width="600" /></p>\n'
                    f'<p style="text-align: center;"><em>{_nbsp(b.printed or "", 6)}</em></p>'
                )
        elif isinstance(b, P):
            st = b.style
            if st in ("li", "msoli"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    group.append(blocks[i])
                    i += 1
                i -= 1
                if st == "li":
                    lis = "".join(f"\n  <li>{_kd(g.text)}</li>" for g in group)
                    out.append(f"<ul>{lis}\n</ul>")
                else:
                    for n, g in enumerate(group):
                        pos = "First" if n == 0 else ("Last" if n == len(group) - 1 else "Middle")
                        out.append(
                            f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:.5in;mso-add-space:auto;'
                            'text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1"><![if !supportLists]>'
                            '<span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:'
                            '&quot;Times New Roman&quot;"><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                            f'<span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">{_nbsp(g.text, 7)}<o:p></o:p></span></p>'
                        )
            elif st in ("th", "tr"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    rows.append(blocks[i])
                    i += 1
                i -= 1
                head = "".join(
                    "\n    <tr>" + "".join(f"\n      <th>{_kd(c)}</th>" for c in r.text.split(" | ")) + "\n    </tr>"
                    for r in rows if r.style == "th"
                )
                body = "".join(
                    "\n    <tr>" + "".join(f"\n      <td>{_kd(c)}</td>" for c in r.text.split(" | ")) + "\n    </tr>"
                    for r in rows if r.style == "tr"
                )
                out.append(f"<table>\n  <thead>{head}\n  </thead>\n  <tbody>{body}\n  </tbody>\n</table>")
            elif st in ("h2", "h3"):
                out.append(f'<{st} id="{esc(_gfm_id(b.text))}">{_kd(b.text)}</{st}>')
            elif st == "lead":
                out.append(f"<p><strong>{_kd(b.text)}</strong></p>")
            elif st == "numbold":
                head, sep, rest = b.text.partition(":")
                tail = f" {_kd(rest.strip())}" if rest.strip() else ""
                out.append(f"<p><strong>{_kd(head + sep)}</strong>{tail}</p>")
            elif st == "quote":
                out.append(f"<blockquote>\n  <p><em>{_kd(b.text)}</em></p>\n</blockquote>")
            elif st == "quote-br1":
                nxt = blocks[i + 1]
                assert isinstance(nxt, P) and nxt.style == "quote-br2"
                out.append(f"<blockquote>\n  <p>{_kd(b.text)}<br />\n{_kd(nxt.text)}</p>\n</blockquote>")
                i += 1
            elif st.startswith("fn="):
                n, anchor = st[3:].split("@", 1)
                txt = _kd(b.text)
                a = _kd(anchor)
                assert a in txt, (s.slug, anchor)
                out.append("<p>" + txt.replace(a, a + _fn_call(int(n)), 1) + "</p>")
            elif st == "fnote":
                notes.append(b.text)
            elif st == "old":
                out.append(f'<p style="text-align: justify;"><span style="font-size:14px;">{_nbsp(b.text, 6)}</span></p>')
            elif st in ("mso", "mso-b", "mso-small"):
                size = "12.0pt" if st == "mso-small" else "13.0pt"
                inner = f'<span style="font-size:{size};line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{_nbsp(b.text, 8)}<o:p></o:p></span>'
                if st == "mso-b":
                    inner = f"<b>{inner}</b>"
                out.append(f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%">{inner}</p>')
            else:
                out.append(f"<p>{_kd(b.text)}</p>")
        i += 1
    if notes:
        lis = "".join(
            f'\n    <li id="fn:{n}">\n      <p>{_kd(t)}&nbsp;<a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>'
            for n, t in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes" role="doc-endnotes">\n  <ol>{lis}\n  </ol>\n</div>')
    return "\n\n".join(out)


def _toc(s: Story) -> str:
    heads = [b for b in s.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items: list[str] = []
    open_sub = False
    for h in heads:
        link = f'<a href="#{esc(_gfm_id(h.text))}">{_kd(h.text)}</a>'
        if h.style == "h2":
            if open_sub:
                items.append("</ul></li>")
                open_sub = False
            elif items:
                items.append("</li>")
            items.append(f"<li>{link}")
        else:
            if not open_sub:
                items.append("<ul>")
                open_sub = True
            items.append(f"<li>{link}</li>")
    items.append("</ul></li>" if open_sub else "</li>")
    return (
        '<aside class="sidebar__right sticky">\n  <nav class="toc">\n    <header><h4 class="nav__title">'
        '<i class="fas fa-file-alt"></i> Mục lục</h4></header>\n    <ul class="toc__menu">'
        + "".join(items)
        + "</ul>\n\n  </nav>\n</aside>\n"
    )


# --- chrome ---------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử phát triển", "/gioi-thieu/#lịch-sử-phát-triển"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", "/", [("Tin tức – Sự kiện", "/categories/#tin-tức-sự-kiện"), ("Hoạt động Đoàn", "/categories/#hoạt-động-đoàn"), ("Thành tích", "/categories/#thành-tích")]),
    ("Thông báo", "/categories/#thông-báo", []),
    ("Chuyên môn", "/categories/#chuyên-môn", []),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện", "/thu-vien/", [("Thư viện ảnh", "/thu-vien/#anh"), ("Video", "/thu-vien/#video")]),
    ("Liên hệ", "/lien-he/", []),
]


def _head(title: str, path: str, desc: str, *, story: Story | None = None, author: str | None = None) -> str:
    full = f"{title} - {SITE_TITLE}" if path != "/" else SITE_TITLE
    meta_author = author or "THPT Nguyễn Chí Thanh"
    parts = [
        "<!doctype html>\n<!--\n  Minimal Mistakes Jekyll Theme 4.26.2 by Michael Rose\n  Copyright 2013-2024 Michael Rose - mademistakes.com | @mmistakes\n"
        "  Free for personal and commercial use under the MIT license\n  https://github.com/mmistakes/minimal-mistakes/blob/master/LICENSE\n-->\n"
        '<html lang="vi" class="no-js">\n  <head>\n    <meta charset="utf-8">\n\n',
        f"<!-- begin _includes/seo.html --><title>{esc(full)}</title>\n",
        f'<meta name="description" content="{esc(_truncate(desc))}">\n\n',
        f'<meta name="author" content="{esc(meta_author)}">\n',
    ]
    if story is not None and author:
        parts.append(f'  \n  <meta property="article:author" content="{esc(author)}">\n  \n')
    parts += [
        f'\n\n<meta property="og:type" content="{"article" if story else "website"}">\n',
        '<meta property="og:locale" content="vi_VN">\n',
        f'<meta property="og:site_name" content="{SITE_TITLE}">\n',
        f'<meta property="og:title" content="{esc(title)}">\n',
        f'<meta property="og:url" content="{PROD}{esc(path)}">\n\n\n',
        f'  <meta property="og:description" content="{esc(_truncate(desc))}">\n\n\n\n',
        f'  <meta property="og:image" content="{PROD}{esc((story.opts.get("teaser") if story else None) or "/assets/images/og-nct.jpg")}">\n\n',
    ]
    if story is not None:
        parts.append(f'\n\n  <meta property="article:published_time" content="{story.opts["dt"]}">\n')
        if story.opts.get("modified"):
            parts.append(f'  <meta property="article:modified_time" content="{story.opts["modified"]}">\n')
    parts += [
        f'\n\n\n\n\n  <link rel="canonical" href="{PROD}{esc(path)}">\n\n\n\n\n\n',
        '  <script type="application/ld+json">\n  {\n    "@context": "https://schema.org",\n'
        f'    \n      "@type": "Organization",\n      "url": "{PROD}/",\n      "logo": "{PROD}/assets/images/logo-nct.png"\n    \n  }}\n  </script>\n\n\n\n\n',
        '  <meta name="google-site-verification" content="q8Yx2kR0dPNm3vT1sJf7aWcL5hUeZ9bG4oXiKyM6nQA" />\n\n\n\n<!-- end _includes/seo.html -->\n\n\n\n',
        f'  <link href="/feed.xml" type="application/atom+xml" rel="alternate" title="{SITE_TITLE} Feed">\n',
        '<!-- https://t.co/dKP3o1e -->\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n\n<script>\n'
        "  document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';\n</script>\n\n"
        '<!-- For all browsers -->\n<link rel="stylesheet" href="/assets/css/main.css">\n'
        '<link rel="preload" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.5.1/css/all.min.css" as="style" onload="this.onload=null;this.rel=\'stylesheet\'">\n'
        '<noscript><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.5.1/css/all.min.css"></noscript>\n\n\n\n'
        '<!-- start custom head snippets -->\n<link rel="icon" type="image/png" href="/assets/images/favicon-32x32.png">\n'
        '<link rel="stylesheet" href="/assets/css/nct-custom.css">\n'
        "<style>.nct-topbar{background:#0d4a8a;color:#fff;font-size:.75em}.masthead__submenu{display:none}"
        ".masthead__menu-item--dd:hover .masthead__submenu{display:block}</style>\n<!-- end custom head snippets -->\n\n  </head>\n\n",
    ]
    return "".join(parts)


def _masthead() -> str:
    items = []
    for label, href, children in NAV:
        if children:
            sub = "".join(f'\n                <li><a href="{esc(h)}">{esc(lbl)}</a></li>' for lbl, h in children)
            items.append(
                f'<li class="masthead__menu-item masthead__menu-item--dd">\n              <a href="{esc(href)}">{esc(label)} '
                f'<i class="fas fa-caret-down" aria-hidden="true"></i></a>\n              <ul class="masthead__submenu">{sub}\n              </ul>\n            </li>'
            )
        else:
            items.append(f'<li class="masthead__menu-item">\n              <a href="{esc(href)}">{esc(label)}</a>\n            </li>')
    return (
        '    <nav class="skip-links">\n  <ul>\n    <li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>\n'
        '    <li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li>\n'
        '    <li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li>\n  </ul>\n</nav>\n\n'
        '    <!--[if lt IE 9]>\n<div class="notice--danger align-center" style="margin: 0;">You are using an <strong>outdated</strong> browser.</div>\n<![endif]-->\n\n'
        '<div class="nct-topbar">\n  <div class="nct-topbar__inner">\n'
        f'    <span class="nct-ngay"><i class="far fa-calendar-alt" aria-hidden="true"></i> {BUILD_DAY}</span>\n'
        '    <span class="nct-hotline"><i class="fas fa-phone" aria-hidden="true"></i> 0262 3625 118</span>\n'
        '    <div class="nct-tb"><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">📢 '
        f'<a href="{_post_path(S2)}">Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 (từ 14/12 đến 24/12/2026)</a>'
        " &nbsp;|&nbsp; Vòng trưng bày Cuộc thi KHKT cấp trường: ngày 12/12/2026 tại nhà đa năng</marquee></div>\n  </div>\n</div>\n\n"
        '<div class="masthead">\n  <div class="masthead__inner-wrap">\n    <div class="masthead__menu">\n      <nav id="site-nav" class="greedy-nav">\n'
        f'        <a class="site-logo" href="/"><img src="/assets/images/logo-nct.png" alt="{SITE_TITLE}"></a>\n'
        f'        <a class="site-title" href="/">\n          {SITE_TITLE}\n          <span class="site-subtitle">{SITE_SUB}</span>\n        </a>\n'
        '        <ul class="visible-links">' + "".join(items) + "</ul>\n"
        '        \n        <button class="search__toggle" type="button">\n          <span class="visually-hidden">Toggle search</span>\n'
        '          <i class="fas fa-search"></i>\n        </button>\n        \n'
        '        <button class="greedy-nav__toggle hidden" type="button">\n          <span class="visually-hidden">Toggle menu</span>\n'
        '          <div class="navicon"></div>\n        </button>\n        <ul class="hidden-links hidden"></ul>\n      </nav>\n    </div>\n  </div>\n</div>\n\n'
    )


def _breadcrumbs(path: str, title: str, is_post: bool) -> str:
    """The theme's breadcrumbs.html: crumbs are URL segments, not categories."""
    crumbs = path.strip("/").split("/")
    base, kind = ("/categories/", "#") if is_post else ("/", "")
    li = [
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">\n'
        '          <a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a>\n\n'
        '          <meta itemprop="position" content="1" />\n        </li>\n        <span class="sep">/</span>'
    ]
    for n, crumb in enumerate(crumbs[:-1], 2):
        label = crumb.replace("-", " ").capitalize()
        li.append(
            '\n      \n        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">\n'
            f'          <a href="{base}{kind}{esc(crumb.lower())}" itemprop="item"><span itemprop="name">{esc(label)}</span></a>\n'
            f'          <meta itemprop="position" content="{n}" />\n        </li>\n        <span class="sep">/</span>'
        )
    li.append(f'\n      \n        <li class="current">{_kd(title)}</li>\n      \n    ')
    return '<nav class="breadcrumbs">\n  <ol itemscope itemtype="https://schema.org/BreadcrumbList">\n    \n    \n    \n      \n        ' + "".join(li) + "\n  </ol>\n</nav>\n\n"


_DOCNHIEU = [
    (f"{_post_path(S5)}?utm_source=sidebar&utm_medium=docnhieu", S5.title),
    (_post_path(S3), S3.title),
    (_OLD12, S12.title),
    (_post_path(S7), S7.title),
    (_OLD13, S13.title),
]


def _sidebar(author_key: str | None) -> str:
    if author_key:
        a = AUTHORS[author_key]
        name, bio, avatar, email, home = a["name"], a["bio"], a["avatar"], a["email"], "/"
    else:
        name = "THPT Nguyễn Chí Thanh"
        bio = "Trang thông tin điện tử của Trường THPT Nguyễn Chí Thanh – nơi chia sẻ tin tức, hoạt động dạy và học của thầy và trò nhà trường."
        avatar, email, home = "/assets/images/avatar-nct.jpg", "c3nguyenchithanh.eakar@daklak.edu.vn", "/"
    docnhieu = "".join(f'\n    <li><a href="{esc(h)}">{_kd(t)}</a></li>' for h, t in _DOCNHIEU)
    return (
        '  <div class="sidebar sticky">\n  \n  \n\n<div itemscope itemtype="https://schema.org/Person" class="h-card">\n\n  \n'
        f'    <div class="author__avatar">\n      <a href="{home}">\n        <img src="{avatar}" alt="{esc(name)}" itemprop="image" class="u-photo">\n      </a>\n    </div>\n  \n\n'
        f'  <div class="author__content">\n    <h3 class="author__name p-name" itemprop="name">\n      <a class="u-url" rel="me" href="{home}" itemprop="url">{esc(name)}</a>\n    </h3>\n'
        f'    \n      <div class="author__bio p-note" itemprop="description">\n        <p>{_kd(bio)}</p>\n\n      </div>\n    \n  </div>\n\n'
        '  <div class="author__urls-wrapper">\n    <button class="btn btn--inverse">Theo dõi</button>\n    <ul class="author__urls social-icons">\n'
        '      \n        <li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place">\n'
        '          <i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i> <span itemprop="name" class="p-locality">Ea Kar, Đắk Lắk</span>\n        </li>\n      \n'
        f'        <li><a href="mailto:{email}" rel="me" class="u-email">\n            <meta itemprop="email" content="{email}" />\n'
        '            <i class="fas fa-fw fa-envelope-square" aria-hidden="true"></i><span class="label">Email</span>\n          </a></li>\n'
        '          <li>\n            <a href="https://www.facebook.com/thptnguyenchithanh.eakar" rel="nofollow noopener noreferrer me">\n'
        '              <i class="fab fa-fw fa-facebook-square" aria-hidden="true"></i><span class="label">Facebook</span>\n            </a>\n          </li>\n'
        '          <li>\n            <a href="https://www.youtube.com/@thptnguyenchithanheakar" rel="nofollow noopener noreferrer me">\n'
        '              <i class="fab fa-fw fa-youtube" aria-hidden="true"></i><span class="label">YouTube</span>\n            </a>\n          </li>\n'
        "    </ul>\n  </div>\n</div>\n\n  \n  \n"
        '    \n      <h3>Tin đọc nhiều</h3>\n    \n    \n      <ol class="nct-docnhieu">' + docnhieu + "\n</ol>\n\n    \n  \n"
        '    \n      <h3>Liên kết</h3>\n    \n    \n      <ul>\n  <li><a href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>\n'
        '  <li><a href="https://daklak.edu.vn/">Sở GD&amp;ĐT Đắk Lắk</a></li>\n  <li><a href="https://thisinh.thitotnghiepthpt.edu.vn/">Hệ thống thi tốt nghiệp THPT</a></li>\n'
        '  <li><a href="https://truonghocketnoi.edu.vn/">Trường học kết nối</a></li>\n</ul>\n\n    \n  \n'
        '    \n      <h3>Thăm dò ý kiến</h3>\n    \n    \n      <form class="nct-poll" action="https://docs.google.com/forms/d/e/1FAIpQLSd8kNctEaKar2026pHhs/formResponse" method="post" target="_blank">\n'
        '  <p>Quý phụ huynh đánh giá thế nào về trang thông tin của nhà trường?</p>\n'
        '  <label><input type="radio" name="entry.418273645" value="Rất hữu ích"> Rất hữu ích</label><br>\n'
        '  <label><input type="radio" name="entry.418273645" value="Hữu ích"> Hữu ích</label><br>\n'
        '  <label><input type="radio" name="entry.418273645" value="Cần cải thiện"> Cần cải thiện</label><br>\n'
        '  <button type="submit" class="btn btn--small btn--primary">Bình chọn</button>\n</form>\n\n    \n  \n'
        '    \n      <h3>Thống kê truy cập</h3>\n    \n    \n      <ul class="nct-counter">\n'
        '  <li>Đang online: <span id="nct-online">14</span></li>\n  <li>Hôm nay: <span id="nct-today">386</span></li>\n'
        '  <li>Tổng truy cập: <span id="nct-total">1.308.915</span></li>\n</ul>\n'
        '<script async src="https://counter.dev/script.js" data-id="5b7c9f1e-nct-eakar" data-utcoffset="7"></script>\n\n    \n  \n  </div>\n\n'
    )


def _footer() -> str:
    return (
        '    </div>\n\n    \n      <div class="search-content">\n        <div class="search-content__inner-wrap">'
        '<form class="search-content__form" onkeydown="return event.key != \'Enter\';" role="search">\n'
        '    <label class="sr-only" for="search">\n      Nhập từ khóa cần tìm...\n    </label>\n'
        '    <input type="search" id="search" class="search-input" tabindex="-1" placeholder="Nhập từ khóa cần tìm..." />\n  </form>\n'
        '  <div id="results" class="results"></div></div>\n\n      </div>\n    \n\n'
        '    <div id="footer" class="page__footer">\n      <footer>\n        \n'
        '<div class="nct-footer-info">\n  <p><strong>TRƯỜNG THPT NGUYỄN CHÍ THANH</strong></p>\n'
        "  <p>Địa chỉ: Số 125 đường Nguyễn Tất Thành, xã Ea Kar, tỉnh Đắk Lắk</p>\n"
        "  <p>Điện thoại: 0262 3625 118 – Email: c3nguyenchithanh.eakar@daklak.edu.vn</p>\n"
        "  <p>Chịu trách nhiệm nội dung: Thầy Phạm Ngọc Sơn – Hiệu trưởng</p>\n</div>\n"
        '        <div class="page__footer-follow">\n  <ul class="social-icons">\n    \n      <li><strong>Theo dõi:</strong></li>\n    \n\n'
        '    \n      \n        \n          <li><a href="https://www.facebook.com/thptnguyenchithanh.eakar" rel="nofollow noopener noreferrer">'
        '<i class="fab fa-fw fa-facebook-square" aria-hidden="true"></i> Facebook</a></li>\n        \n      \n    \n\n'
        '    \n      <li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li>\n    \n  </ul>\n</div>\n\n'
        f'<div class="page__footer-copyright">&copy; 2026 {SITE_TITLE}. Được hỗ trợ bởi <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; '
        '<a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.'
        f' <span class="nct-build">Cập nhật lần cuối: {BUILD_TIME}</span></div>\n\n      </footer>\n    </div>\n\n'
        '    \n  <script src="/assets/js/main.min.js"></script>\n\n\n\n\n<script src="/assets/js/lunr/lunr.min.js"></script>\n'
        '<script src="/assets/js/lunr/lunr-store.js"></script>\n<script src="/assets/js/lunr/lunr-vi.js"></script>\n\n\n\n\n\n\n'
        "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-7NCT2026EK\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n"
        "  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n  gtag('config', 'G-7NCT2026EK', { 'anonymize_ip': false});\n</script>\n\n\n\n\n\n"
        "  </body>\n</html>\n"
    )


def _page(title: str, path: str, desc: str, main: str, *, layout: str = "single", story: Story | None = None,
          author_key: str | None = None, hero: str = "", crumbs: bool = True) -> str:
    author = AUTHORS[author_key]["name"] if author_key else None
    out = _head(title, path, desc, story=story, author=author)
    out += f'  <body class="layout--{layout}{" wide" if layout == "categories" else ""}">\n'
    out += _masthead()
    out += '    <div class="initial-content">\n      \n' + hero
    if crumbs and path != "/":
        out += _breadcrumbs(path, title, story is not None)
    out += '\n\n<div id="main" role="main">\n  \n' + _sidebar(author_key) + main + "\n</div>\n"
    return out + _footer()


# --- listings -------------------------------------------------------------------------------


def _meta_line(s: Story) -> str:
    parts = []
    if s.opts.get("show_date", True):
        parts.append(
            '\n      <span class="page__meta-date">\n        <i class="far fa-calendar-alt" aria-hidden="true"></i>\n        \n'
            f'        <time datetime="{s.opts["dt"]}">{_fmt(s.opts["dt"])}</time>\n      </span>\n    '
        )
        parts.append('\n\n    \n      <span class="page__meta-sep"></span>\n    ')
    parts.append(
        '\n\n    \n      \n\n      <span class="page__meta-readtime">\n        <i class="far fa-clock" aria-hidden="true"></i>\n        \n'
        f"          {_read_time(s)}\n        \n      </span>\n    \n  "
    )
    return '<p class="page__meta">\n    ' + "".join(parts) + "</p>\n"


def _archive_item(s: Story, grid: bool = False) -> str:
    teaser = ""
    if grid:
        teaser = f'\n      <div class="archive__item-teaser">\n        <img src="{s.opts.get("teaser", "/assets/images/teaser-nct.jpg")}" alt="">\n      </div>\n    '
    return (
        f'<div class="{"grid" if grid else "list"}__item">\n  <article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">\n    {teaser}\n'
        f'    <h2 class="archive__item-title no_toc" itemprop="headline">\n      \n        <a href="{_post_path(s)}" rel="permalink">{_kd(s.title)}\n</a>\n      \n    </h2>\n    '
        + _meta_line(s)
        + f'    \n    <p class="archive__item-excerpt" itemprop="description">{_kd(_truncate(_excerpt(s)))}</p>\n  </article>\n</div>\n'
    )


def _pager(n: int, pages: int) -> str:
    def href(k: int) -> str:
        return "/" if k == 1 else f"/page{k}/"

    items = []
    if n == 1:
        items.append('<li><a href="#" class="disabled"><span aria-hidden="true">Trước</span></a></li>')
    else:
        items.append(f'<li><a href="{href(n - 1)}">Trước</a></li>')
    for k in range(1, pages + 1):
        if k == n:
            items.append(f'<li><a href="#" class="disabled current">{k}</a></li>')
        else:
            items.append(f'<li><a href="{href(k)}">{k}</a></li>')
    if n == pages:
        items.append('<li><a href="#" class="disabled"><span aria-hidden="true">Sau</span></a></li>')
    else:
        items.append(f'<li><a href="{href(n + 1)}">Sau</a></li>')
    return '\n<nav class="pagination">\n  \n  <ul>\n    ' + "\n    ".join(items) + "\n  </ul>\n</nav>\n\n"


def _home(n: int) -> str:
    pages = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    posts = STORIES[(n - 1) * PER_PAGE : n * PER_PAGE]
    path = "/" if n == 1 else f"/page{n}/"
    title = SITE_TITLE if n == 1 else f"{SITE_TITLE} - Trang {n}"
    main = (
        '\n\n<div class="archive">\n  \n  \n'
        '<h3 class="archive__subtitle">Bài viết mới</h3>\n\n\n  \n\n<div class="entries-list">\n  '
        + "".join(_archive_item(s) for s in posts)
        + "</div>\n\n" + _pager(n, pages) + "\n\n</div>\n"
    )
    return _page(title, path, "Trang thông tin điện tử Trường THPT Nguyễn Chí Thanh, xã Ea Kar, tỉnh Đắk Lắk.", main, layout="home", crumbs=False)


def _taxonomy(kind: str) -> str:
    groups: dict[str, list[Story]] = {}
    for s in STORIES:
        for name in s.opts["cats" if kind == "categories" else "tags"]:
            groups.setdefault(name, []).append(s)
    order = sorted(groups, key=lambda k: -len(groups[k]))
    heading = "Chuyên mục" if kind == "categories" else "Nhãn"
    index = "".join(
        f'\n    <li>\n      <a href="#{esc(_slugify(k))}">\n        <strong>{esc(k)}</strong> <span class="taxonomy__count">{len(groups[k])}</span>\n      </a>\n    </li>'
        for k in order
    )
    sections = "".join(
        f'\n  <section id="{esc(_slugify(k))}" class="taxonomy__section">\n    <h2 class="archive__subtitle">{esc(k)}</h2>\n'
        '    <div class="entries-list">' + "".join(_archive_item(s) for s in groups[k])
        + '</div>\n    <a href="#page-title" class="back-to-top">Về đầu trang &uarr;</a>\n  </section>\n'
        for k in order
    )
    main = (
        '\n  <div class="archive">\n    \n      <h1 id="page-title" class="page__title">' + heading + "</h1>\n    \n    \n"
        '<ul class="taxonomy__index">' + index + "\n</ul>\n\n" + sections + "\n  </div>\n"
    )
    path = f"/{kind}/"
    return _page(heading, path, f"{heading} bài viết – {SITE_TITLE}", main, layout=kind)


# --- the post page --------------------------------------------------------------------------


def _taxonomy_footer(s: Story) -> str:
    out = ""
    if s.opts["tags"]:
        links = '<span class="sep">, </span>\n    '.join(
            f'<a href="/tags/#{esc(_slugify(t))}" class="page__taxonomy-item p-category" rel="tag">{esc(t)}</a>'
            for t in sorted(s.opts["tags"], key=str.casefold)
        )
        out += (
            '\n\n  <p class="page__taxonomy">\n    <strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Nhãn: </strong>\n'
            f'    <span itemprop="keywords">\n    {links}\n    \n    </span>\n  </p>\n\n'
        )
    if s.opts["cats"]:
        # sort_natural folds ASCII only: "Hoạt" < "Đoàn" < "động"
        cats = sorted(s.opts["cats"], key=lambda c: c.encode("utf-8").lower())
        links = '<span class="sep">, </span>\n    '.join(
            f'<a href="/categories/#{esc(_slugify(c))}" class="page__taxonomy-item p-category" rel="tag">{esc(c)}</a>'
            for c in cats
        )
        out += (
            '\n\n  <p class="page__taxonomy">\n    <strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Chủ đề: </strong>\n'
            f'    <span itemprop="keywords">\n    {links}\n    \n    </span>\n  </p>\n\n'
        )
    mod = s.opts.get("modified")
    if mod:
        out += (
            '\n  <p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Cập nhật:</strong> '
            f'<time class="dt-published" datetime="{mod[:10]}">{_fmt(mod)}</time></p>\n'
        )
    else:
        out += (
            '\n  <p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Cập nhật:</strong> '
            f'<time class="dt-published" datetime="{s.opts["dt"]}">{_fmt(s.opts["dt"])}</time></p>\n'
        )
    return out


def _share(s: Story) -> str:
    u = quote(PROD + _post_path(s), safe="")
    t = quote(s.title, safe="")
    return (
        '\n  <section class="page__share">\n  \n    <h4 class="page__share-title">Chia sẻ</h4>\n  \n\n'
        f'  <a href="https://x.com/intent/post?text={t}%20{u}" class="btn btn--x" aria-label="Share on X" '
        "onclick=\"window.open(this.href, 'window', 'left=20,top=20,width=500,height=500,toolbar=1,resizable=0'); return false;\" "
        'title="Chia sẻ X">\n    <i class="fab fa-fw fa-x-twitter" aria-hidden="true"></i><span> X</span>\n  </a>\n\n'
        f'  <a href="https://www.facebook.com/sharer/sharer.php?u={u}" class="btn btn--facebook" aria-label="Share on Facebook" '
        "onclick=\"window.open(this.href, 'window', 'left=20,top=20,width=500,height=500,toolbar=1,resizable=0'); return false;\" "
        'title="Chia sẻ Facebook">\n    <i class="fab fa-fw fa-facebook" aria-hidden="true"></i><span> Facebook</span>\n  </a>\n\n'
        f'  <a href="https://sp.zalo.me/share_inline?u={u}" class="btn btn--zalo" title="Chia sẻ Zalo">'
        '<i class="fas fa-fw fa-comment-dots" aria-hidden="true"></i><span> Zalo</span></a>\n\n'
        '  <button type="button" class="btn btn--inverse nct-in-bai" onclick="window.print()"><i class="fas fa-print" aria-hidden="true"></i> In bài</button>\n'
        "</section>\n\n\n      \n    </div>\n\n    \n  </article>\n\n  \n  \n"
    )


def _related(s: Story) -> str:
    others = [o for o in STORIES if o is not s][:4]
    return (
        '    <div class="page__related">\n      \n      <h2 class="page__related-title">Các tin khác</h2>\n      <div class="grid__wrapper">\n        \n          '
        + "".join(_archive_item(o, grid=True) for o in others)
        + "\n      </div>\n    </div>\n  \n"
    )


def _post(s: Story) -> str:
    path = _post_path(s)
    hero = ""
    header = (
        '\n        <header>\n          <h1 id="page-title" class="page__title p-name" itemprop="headline">\n'
        f'            <a href="{PROD}{path}" class="u-url" itemprop="url">{_kd(s.title)}\n</a>\n          </h1>\n          '
        + _meta_line(s)
        + "\n        </header>\n      "
    )
    hero_img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "hero"), None)
    if hero_img is not None:
        hero = (
            '\n\n\n\n\n\n\n\n\n\n<div class="page__hero"\n  style=" "\n  \n>\n  \n'
            f'    <img src="{hero_img.src}" alt="{esc(s.title)}" class="page__hero-image">\n  \n  \n'
            f'    <span class="page__hero-caption">{_kd(hero_img.printed or "")}\n</span>\n  \n</div>\n\n\n\n'
        )
    if s.opts.get("overlay"):
        hero = (
            '\n\n\n\n\n\n\n\n\n\n<div class="page__hero--overlay"\n  style="background-color: #0d4a8a; background-image: linear-gradient(rgba(0, 0, 0, 0.5), rgba(0, 0, 0, 0.5)), '
            f"url('{s.opts['overlay']}');\"\n  \n>\n  \n    <div class=\"wrapper\">\n      <h1 id=\"page-title\" class=\"page__title\" itemprop=\"headline\">\n        \n"
            f"          {_kd(s.title)}\n        \n      </h1>\n      \n        <p class=\"page__lead\">{_kd(s.summary or '')}\n</p>\n      \n      "
            + _meta_line(s)
            + "      \n      \n    </div>\n  \n  \n</div>\n\n\n\n"
        )
        header = "\n      "
    meta = (
        f'\n    <meta itemprop="headline" content="{esc(s.title)}">\n    <meta itemprop="description" content="{esc(_truncate(_excerpt(s)))}">\n'
        f'    <meta itemprop="datePublished" content="{s.opts["dt"]}">\n'
    )
    if s.opts.get("modified"):
        meta += f'    <meta itemprop="dateModified" content="{s.opts["modified"]}">\n'
    content = _render_body(s)
    toc = _toc(s) if s.opts.get("toc") else ""
    main = (
        '  <article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">\n'
        + meta
        + '\n    <div class="page__inner-wrap">\n      \n' + header
        + '\n\n      <section class="page__content e-content" itemprop="text">\n        \n          '
        + toc
        + "        \n        " + content + "\n        \n      </section>\n\n"
        + '      <footer class="page__meta">\n        \n        ' + _taxonomy_footer(s) + "\n      </footer>\n\n      "
        + _share(s)
        + _related(s)
    )
    return _page(s.title, path, _excerpt(s), main, story=s, author_key=s.opts.get("author"), hero=hero)


# --- pages that are not articles ------------------------------------------------------------


def _plain(title: str, path: str, content: str, *, modified: str | None = None, desc: str = "") -> str:
    date = ""
    if modified:
        date = (
            '\n  <p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Cập nhật:</strong> '
            f'<time class="dt-published" datetime="{modified}">{modified[8:10]}/{modified[5:7]}/{modified[:4]} - 00:00</time></p>\n'
        )
    main = (
        '  <article class="page" itemscope itemtype="https://schema.org/CreativeWork">\n'
        f'    <meta itemprop="headline" content="{esc(title)}">\n    \n    \n    \n\n    <div class="page__inner-wrap">\n      \n'
        f'        <header>\n          <h1 id="page-title" class="page__title" itemprop="headline">\n            <a href="{PROD}{path}" itemprop="url">{_kd(title)}\n</a>\n          </h1>\n          \n\n        </header>\n      \n\n'
        f'      <section class="page__content" itemprop="text">\n        \n        {content}\n        \n      </section>\n\n'
        f'      <footer class="page__meta">\n        \n        \n        {date}\n      </footer>\n\n      \n\n      \n    </div>\n\n    \n  </article>\n\n  \n  \n'
    )
    return _page(title, path, desc or _strip_tags(content)[:160], main)


_INTRO = """<h2 id="lịch-sử-phát-triển">Lịch sử phát triển</h2>

<p>Trường THPT Nguyễn Chí Thanh được thành lập theo Quyết định số 1180/QĐ-UB ngày 12/8/1992 của UBND tỉnh Đắk Lắk trên cơ sở tách ra từ Trường THPT Ea Kar. Những năm đầu, trường chỉ có 6 lớp học với 280 học sinh và 14 giáo viên, cơ sở vật chất còn nhiều thiếu thốn.</p>

<p>Qua hơn 34 năm xây dựng và phát triển, nhà trường đã trở thành một trong những địa chỉ giáo dục tin cậy của nhân dân khu vực phía đông tỉnh Đắk Lắk. Trường đạt chuẩn quốc gia mức độ 1 năm 2018 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2023.</p>

<h2 id="quy-mô-trường-lớp">Quy mô trường lớp</h2>

<p>Năm học 2026 – 2027, nhà trường có 36 lớp với 1.432 học sinh, trong đó học sinh đồng bào dân tộc thiểu số chiếm 39,2%. Đội ngũ gồm 86 cán bộ, giáo viên, nhân viên; 31 giáo viên có trình độ thạc sĩ.</p>

<h2 id="thành-tích-nổi-bật">Thành tích nổi bật</h2>

<ul>
  <li>Huân chương Lao động hạng Ba (năm 2017);</li>
  <li>Cờ thi đua của UBND tỉnh Đắk Lắk các năm học 2021 – 2022, 2023 – 2024;</li>
  <li>Tập thể Lao động xuất sắc nhiều năm liền.</li>
</ul>

<p>Xem thêm: <a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức nhà trường</a></p>"""

_COCAU = """<h2 id="ban-giám-hiệu">Ban Giám hiệu</h2>

<table>
  <thead>
    <tr>
      <th>Họ và tên</th>
      <th>Chức vụ</th>
      <th>Điện thoại</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Phạm Ngọc Sơn</td>
      <td>Hiệu trưởng</td>
      <td>0913 455 208</td>
    </tr>
    <tr>
      <td>Đỗ Minh Khoa</td>
      <td>Phó Hiệu trưởng (chuyên môn)</td>
      <td>0905 318 642</td>
    </tr>
    <tr>
      <td>H’Yâo Êban</td>
      <td>Phó Hiệu trưởng (cơ sở vật chất)</td>
      <td>0982 617 330</td>
    </tr>
  </tbody>
</table>

<h2 id="các-tổ-chuyên-môn">Các tổ chuyên môn</h2>

<ul>
  <li>Tổ Toán – Tin: 14 giáo viên, tổ trưởng thầy Nguyễn Hữu Lộc;</li>
  <li>Tổ Ngữ văn: 11 giáo viên, tổ trưởng cô Trần Thị Minh Nguyệt;</li>
  <li>Tổ Khoa học tự nhiên: 16 giáo viên, tổ trưởng cô Lưu Thị Hằng;</li>
  <li>Tổ Sử – Địa – GDKT&amp;PL: 12 giáo viên, tổ trưởng thầy Nguyễn Văn Bình;</li>
  <li>Tổ Ngoại ngữ: 9 giáo viên; Tổ GDTC – Quốc phòng: 8 giáo viên; Tổ Văn phòng: 10 nhân viên.</li>
</ul>"""

_LIENHE = """<p><strong>TRƯỜNG THPT NGUYỄN CHÍ THANH</strong><br />
Địa chỉ: Số 125 đường Nguyễn Tất Thành, xã Ea Kar, tỉnh Đắk Lắk<br />
Điện thoại: 0262 3625 118 – Fax: 0262 3625 119<br />
Email: <a href="mailto:c3nguyenchithanh.eakar@daklak.edu.vn">c3nguyenchithanh.eakar@daklak.edu.vn</a></p>

<div class="responsive-video-container">
  <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3893.2!2d108.4715!3d12.8092!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zVEhQVCBOZ3V54buFbiBDaMOtIFRoYW5o!5e0!3m2!1svi!2s!4v1730000000000" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
</div>

<h2 id="gửi-ý-kiến">Gửi ý kiến</h2>

<form action="https://formspree.io/f/xnqkwzpd" method="POST" class="nct-lienhe">
  <label>Họ và tên <input type="text" name="ho_ten" required></label>
  <label>Email <input type="email" name="email"></label>
  <label>Nội dung <textarea name="noi_dung" rows="5"></textarea></label>
  <button type="submit" class="btn btn--primary">Gửi</button>
</form>"""

VANBAN = [
    ("kh-45-thi-dua-nam-hoc-2026-2027", "45/KH-THPTNCT", "2026-09-12", "Kế hoạch tổ chức phong trào thi đua năm học 2026 – 2027", "Kế hoạch", "/assets/files/2026/KH-45-thi-dua-2026-2027.pdf"),
    ("qd-112-thanh-lap-to-tu-van-tam-ly", "112/QĐ-THPTNCT", "2026-10-02", "Quyết định thành lập Tổ tư vấn tâm lý học đường năm học 2026 – 2027", "Quyết định", "/assets/files/2026/QD-112-to-tu-van-tam-ly.pdf"),
]


def _vanban_entry(slug: str, so: str, day: str, trich: str, loai: str, pdf: str) -> str:
    vn_day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    content = (
        '<table class="nct-vanban">\n  <tbody>\n'
        f"    <tr>\n      <td><strong>Số/Ký hiệu</strong></td>\n      <td>{esc(so)}</td>\n    </tr>\n"
        f"    <tr>\n      <td><strong>Loại văn bản</strong></td>\n      <td>{esc(loai)}</td>\n    </tr>\n"
        f"    <tr>\n      <td><strong>Ngày ban hành</strong></td>\n      <td>{vn_day}</td>\n    </tr>\n"
        "    <tr>\n      <td><strong>Cơ quan ban hành</strong></td>\n      <td>Trường THPT Nguyễn Chí Thanh</td>\n    </tr>\n"
        f"    <tr>\n      <td><strong>Trích yếu</strong></td>\n      <td>{_kd(trich)}</td>\n    </tr>\n"
        "    <tr>\n      <td><strong>Người ký</strong></td>\n      <td>Phạm Ngọc Sơn</td>\n    </tr>\n  </tbody>\n</table>\n\n"
        f'<p><a href="{pdf}" class="btn btn--primary"><i class="fas fa-download" aria-hidden="true"></i> Tải văn bản (PDF)</a></p>\n\n'
        f'<p><iframe src="{pdf}" width="100%" height="640" title="{esc(so)}"></iframe></p>'
    )
    return _plain(f"{loai} số {so}", f"/van-ban/{slug}/", content, desc=trich)


def _vanban_index() -> str:
    rows = "".join(
        f'\n    <tr>\n      <td>{esc(so)}</td>\n      <td>{day[8:10]}/{day[5:7]}/{day[:4]}</td>\n'
        f'      <td><a href="/van-ban/{slug}/">{_kd(trich)}</a></td>\n      <td><a href="{pdf}">PDF</a></td>\n    </tr>'
        for slug, so, day, trich, _loai, pdf in VANBAN
    )
    content = (
        "<p>Các văn bản do nhà trường ban hành được đăng tải công khai theo quy định tại Thông tư số 09/2024/TT-BGDĐT.</p>\n\n"
        "<table>\n  <thead>\n    <tr>\n      <th>Số/Ký hiệu</th>\n      <th>Ngày ban hành</th>\n      <th>Trích yếu</th>\n      <th>Tải về</th>\n    </tr>\n  </thead>\n"
        f"  <tbody>{rows}\n  </tbody>\n</table>"
    )
    return _plain("Văn bản", "/van-ban/", content)


_ALBUM = [
    ("/assets/images/albums/20-11-2026/01.jpg", "Văn nghệ chào mừng"),
    ("/assets/images/albums/20-11-2026/02.jpg", "Tặng hoa thầy cô"),
    ("/assets/images/albums/20-11-2026/03.jpg", "Thầy cô nghỉ hưu về dự lễ"),
    ("/assets/images/albums/20-11-2026/04.jpg", "Trao Kỷ niệm chương"),
    ("/assets/images/albums/20-11-2026/05.jpg", "Chụp ảnh lưu niệm"),
    ("/assets/images/albums/20-11-2026/06.jpg", "Học sinh khối 10"),
]


def _album() -> str:
    items = "".join(
        f'\n    <a href="{src}" title="{esc(t)}">\n      <img src="{src.replace(".jpg", "-th.jpg")}" alt="{esc(t)}">\n    </a>'
        for src, t in _ALBUM
    )
    content = (
        "<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026.</p>\n\n"
        f'<figure class="third ">{items}\n  <figcaption>Album ảnh Lễ kỷ niệm 20/11/2026\n</figcaption>\n</figure>\n\n'
        f'<p>Xem bài viết: <a href="{_post_path(S5)}">{_kd(S5.title)}</a></p>'
    )
    return _plain("Album ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "/thu-vien/anh/ky-niem-20-11-2026/", content)


def _video() -> str:
    content = (
        "<p>Video Lễ khai giảng năm học 2026 – 2027 của Trường THPT Nguyễn Chí Thanh (ngày 05/9/2026).</p>\n\n"
        '<!-- Courtesy of embedresponsively.com -->\n\n  <div class="responsive-video-container">\n'
        '    <iframe src="https://www.youtube-nocookie.com/embed/q3VnKx8EakA" frameborder="0" '
        'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen=""></iframe>\n  </div>\n\n'
        '<p><a href="https://www.youtube.com/watch?v=q3VnKx8EakA">Xem trên YouTube</a></p>'
    )
    return _plain("Video: Lễ khai giảng năm học 2026 – 2027", "/thu-vien/video/le-khai-giang-2026/", content)


def _thuvien() -> str:
    content = (
        '<h2 id="anh">Thư viện ảnh</h2>\n\n<div class="grid__wrapper">\n  <div class="grid__item">\n'
        '    <article class="archive__item">\n      <div class="archive__item-teaser"><img src="/assets/images/albums/20-11-2026/01-th.jpg" alt=""></div>\n'
        '      <h2 class="archive__item-title"><a href="/thu-vien/anh/ky-niem-20-11-2026/" rel="permalink">Album ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></h2>\n'
        "    </article>\n  </div>\n</div>\n\n"
        '<h2 id="video">Video</h2>\n\n<div class="grid__wrapper">\n  <div class="grid__item">\n'
        '    <article class="archive__item">\n      <div class="archive__item-teaser"><img src="/assets/images/video/khai-giang-2026-th.jpg" alt=""></div>\n'
        '      <h2 class="archive__item-title"><a href="/thu-vien/video/le-khai-giang-2026/" rel="permalink">Video: Lễ khai giảng năm học 2026 – 2027</a></h2>\n'
        "    </article>\n  </div>\n</div>"
    )
    return _plain("Thư viện", "/thu-vien/", content)


def _stub(target: str) -> str:
    """jekyll-redirect-from's page: absolute_url puts the production host in it."""
    url = PROD + target
    return (
        '<!DOCTYPE html>\n<html lang="en-US">\n  <meta charset="utf-8">\n  <title>Redirecting&hellip;</title>\n'
        f'  <link rel="canonical" href="{url}">\n  <script>location="{url}"</script>\n'
        f'  <meta http-equiv="refresh" content="0; url={url}">\n  <meta name="robots" content="noindex">\n'
        f'  <h1>Redirecting&hellip;</h1>\n  <a href="{url}">Click here if you are not redirected.</a>\n</html>\n'
    )


def _not_found() -> str:
    content = (
        "<p>Xin lỗi, trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ mới sau khi nhà trường "
        "chuyển đổi trang thông tin điện tử.</p>\n\n"
        '<p>Vui lòng quay về <a href="/">Trang chủ</a> hoặc dùng chức năng tìm kiếm.</p>'
    )
    return _plain("Không tìm thấy trang (404)", "/404.html", content)


# --- machine files --------------------------------------------------------------------------


def _feed() -> str:
    entries = []
    for s in STORIES[:10]:
        url = PROD + _post_path(s)
        upd = s.opts.get("modified") or s.opts["dt"]
        author = AUTHORS[s.opts["author"]]["name"] if s.opts.get("author") else "THPT Nguyễn Chí Thanh"
        cats = "".join(f'<category term="{esc(c)}" />' for c in s.opts["cats"] + s.opts["tags"])
        entries.append(
            f'<entry><title type="html">{esc(s.title)}</title><link href="{url}" rel="alternate" type="text/html" title="{esc(s.title)}" />'
            f"<published>{s.opts['dt']}</published><updated>{upd}</updated><id>{url}</id>"
            f'<content type="html" xml:base="{url}">{esc(_render_body(s))}</content><author><name>{esc(author)}</name></author>'
            f'{cats}<summary type="html">{esc(_truncate(_excerpt(s)))}</summary></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
        '<generator uri="https://jekyllrb.com/" version="3.10.0">Jekyll</generator>'
        f'<link href="{PROD}/feed.xml" rel="self" type="application/atom+xml" /><link href="{PROD}/" rel="alternate" type="text/html" hreflang="vi" />'
        f'<updated>2026-12-05T06:58:12+07:00</updated><id>{PROD}/feed.xml</id><title type="html">{SITE_TITLE}</title>'
        "<subtitle>Trang thông tin điện tử Trường THPT Nguyễn Chí Thanh, xã Ea Kar, tỉnh Đắk Lắk.</subtitle>"
        "<author><name>THPT Nguyễn Chí Thanh</name><email>c3nguyenchithanh.eakar@daklak.edu.vn</email></author>"
        + "".join(entries) + "</feed>\n"
    )


def _sitemap() -> str:
    urls = [(_post_path(s), (s.opts.get("modified") or s.opts["dt"])) for s in STORIES]
    urls += [(f"/van-ban/{v[0]}/", None) for v in VANBAN]
    urls += [("/thu-vien/anh/ky-niem-20-11-2026/", None), ("/thu-vien/video/le-khai-giang-2026/", None)]
    urls += [(p, None) for p in ("/categories/", "/gioi-thieu/co-cau-to-chuc/", "/gioi-thieu/", "/", "/lien-he/", "/tags/", "/thu-vien/", "/van-ban/", "/page2/", "/page3/")]
    urls += [(v[5], "2026-10-30T09:12:44+07:00") for v in VANBAN]
    body = "".join(
        f"<url>\n<loc>{PROD}{esc(p)}</loc>\n" + (f"<lastmod>{m}</lastmod>\n" if m else "") + "</url>\n" for p, m in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n"
    )


def _lunr_store() -> str:
    docs = [
        {
            "title": s.title,
            "excerpt": _truncate(" ".join(s.paragraphs), 300),
            "categories": s.opts["cats"],
            "tags": s.opts["tags"],
            "url": _post_path(s),
            "teaser": s.opts.get("teaser", "/assets/images/teaser-nct.jpg"),
        }
        for s in STORIES
    ]
    return "var store = " + json.dumps(docs, ensure_ascii=False, indent=1) + "\n"


# --- the site -------------------------------------------------------------------------------


@dataclass
class JekyllSite:
    """The built ``_site`` folder as GitHub Pages serves it: fixed files, the query ignored."""

    pages: dict[str, str]
    stubs: dict[str, str]
    files: dict[str, tuple[str, bytes]]
    not_found: str

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"<html><body><h1>405 Not Allowed</h1></body></html>", {"Content-Type": "text/html"})
        path = request.path
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        if path in self.pages:
            return html(self.pages[path], headers={"Cache-Control": "max-age=600", "Server": "GitHub.com"})
        if path in self.stubs:
            return html(self.stubs[path], headers={"Server": "GitHub.com"})
        if path in self.files:
            ctype, body = self.files[path]
            return Response(200, body, {"Content-Type": ctype, "Server": "GitHub.com"})
        if not path.endswith("/") and path + "/" in self.pages:
            host = request.headers.get("Host", "127.0.0.1")
            return redirect(f"http://{host}{path}/", 301)
        if path.startswith("/assets/") and (found := static_file(path)) is not None:
            return found
        return html(self.not_found, status=404, headers={"Server": "GitHub.com"})


def build_site() -> JekyllSite:
    pages: dict[str, str] = {"/": _home(1)}
    n_pages = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    for n in range(2, n_pages + 1):
        pages[f"/page{n}/"] = _home(n)
    for s in STORIES:
        pages[_post_path(s)] = _post(s)
    pages["/categories/"] = _taxonomy("categories")
    pages["/tags/"] = _taxonomy("tags")
    pages["/gioi-thieu/"] = _plain("Giới thiệu chung", "/gioi-thieu/", _INTRO, modified="2026-10-30")
    pages["/gioi-thieu/co-cau-to-chuc/"] = _plain("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/", _COCAU, modified="2026-10-30")
    pages["/lien-he/"] = _plain("Liên hệ", "/lien-he/", _LIENHE)
    pages["/van-ban/"] = _vanban_index()
    for v in VANBAN:
        pages[f"/van-ban/{v[0]}/"] = _vanban_entry(*v)
    pages["/thu-vien/"] = _thuvien()
    pages["/thu-vien/anh/ky-niem-20-11-2026/"] = _album()
    pages["/thu-vien/video/le-khai-giang-2026/"] = _video()
    stubs = {old: _stub(_post_path(s)) for s in STORIES for old in s.opts.get("redirect_from", [])}
    files = {
        "/feed.xml": ("application/xml", _feed().encode("utf-8")),
        "/sitemap.xml": ("application/xml", _sitemap().encode("utf-8")),
        "/robots.txt": ("text/plain; charset=utf-8", f"Sitemap: {PROD}/sitemap.xml\n".encode()),
        "/assets/js/lunr/lunr-store.js": ("application/javascript; charset=utf-8", _lunr_store().encode("utf-8")),
    }
    for s in STORIES:
        for b in s.blocks:
            if isinstance(b, Raw):
                for pdf in re.findall(r'href="(/assets/files/[^"]+\.pdf)"', b.html):
                    files[pdf] = ("application/pdf", PDF)
    for v in VANBAN:
        files[v[5]] = ("application/pdf", PDF)
    return JekyllSite(pages, stubs, files, _not_found())


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    path = _post_path(s)
    alts = [path + "index.html"]
    if s is S5:
        alts.append(f"{path}?utm_source=sidebar&utm_medium=docnhieu")
    if s is S11:
        alts.append(path.rstrip("/"))
    alts += s.opts.get("redirect_from", [])
    return alts


GOLD = [gold_record(s, _post_path(s), s.cat, canonical_path=_post_path(s), alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/kh-45-thi-dua-nam-hoc-2026-2027/",
    "/van-ban/qd-112-thanh-lap-to-tu-van-tam-ly/",
    "/thu-vien/anh/ky-niem-20-11-2026/",
    "/thu-vien/video/le-khai-giang-2026/",
]
