"""Trường Mầm non Hoa Sen (quận Ninh Kiều, TP. Cần Thơ): WordPress 6.4, Astra, Spectra, Yoast SEO.

Platform
--------
WordPress 6.4 with the Astra theme (single layout 1, blog layout 1), the Spectra (Ultimate
Addons for Gutenberg, ``uagb``) blocks inside the posts and on the home page, Yoast SEO for the
head (canonical, Open Graph, JSON-LD graph, breadcrumbs), WP Rocket's lazy loading (``data-lazy-src``
with a ``<noscript>`` copy), the "Sassy Social Share" plugin under the text, WP Statistics'
visitor counter in the sidebar. Every link is absolute (``http://<Host>/…``) as WordPress prints
it; ``wptexturize`` turns " - " and straight quotes in titles, category names and text into
``&#8211;`` / ``&#8220;`` / ``&#8221;``.

URL scheme
----------
- ``/`` home: a Spectra hero, three Spectra info boxes (the school's strengths), a Spectra Post
  Grid "Tin tức mới nhất" (the 6 newest posts, no pagination) and a Post Grid "Hoạt động của bé"
  (its 3 newest) with a "Xem tất cả" button to the category.
- ``/<post-slug>/`` posts (plain postname permalinks); ``/<post-slug>/?replytocom=<id>`` is the
  same post (the comment's "Trả lời" link, Yoast marks it noindex); ``/?p=<id>`` (Yoast's
  ``rel=shortlink``) answers 301 to the post; a slug without its slash answers 301.
- ``/category/<slug>/`` and ``/category/<slug>/page/<N>/`` archives, 3 posts a page, Astra's
  numbered pagination ("Trang sau →"); ``/page/1/`` answers 301 to the first page.
- ``/author/hoasen_admin/`` (+ ``/page/2/``): the CMS account's archive, 10 posts a page.
- ``/?s=…``: the search results page (the sidebar's GET form), no pagination.
- ``/<page-slug>/`` pages: giới thiệu, đội ngũ giáo viên, thực đơn tuần, thư viện ảnh, liên hệ.
- ``/wp-content/uploads/…`` images (tiny placeholders).

How each gold article is reached
--------------------------------
The 6 newest (412, 409, 406, 403, 400, 397) are on the home page's grid and in the sidebar's
"Bài viết mới"; 394, 391, 388, 382 are on page 1 of their category; 385, 376 (Hoạt động của bé)
and 379 (Tin tức – Sự kiện) only on page 2 of their category (and page 2 of the author archive).
Astra's "Bài viết liên quan" under a post shows the 3 newest others of its primary category; the
post navigation (previous/next) is switched off on this site.

Traps
-----
1. Astra prints the post date as ``<span class="posted-on"><span class="published">`` plus a
   CSS-hidden ``<span class="updated">`` (the modified day) in one element, no ``<time>``, no
   ``datetime``; the visible date is WordPress-vi's "F j, Y": "Tháng Mười Hai 1, 2026". Taking the
   element's text gives two dates glued together. Gold: the publication day and time.
2. The time of day is only in Yoast's ``article:published_time`` and the JSON-LD
   ``datePublished``, both in UTC ("2026-12-01T02:05:00+00:00"). Gold: local time
   ("2026-12-01T09:05:00+07:00"). Post 376 was scheduled at local midnight: Yoast prints
   "2026-10-07T17:00:00+00:00" (the day before); gold the day alone "2026-10-08".
3. Post 397 uses Astra's "last updated" display: the only visible date is "Cập nhật lần cuối:
   Tháng Mười Hai 4, 2026" (``span.updated`` with ``itemprop="dateModified"``). Gold: the
   publication time from Yoast, 2026-11-17T20:10:00+07:00.
4. The only ``<time datetime=…>`` elements of a single post are its comments' ("Tháng Mười Hai
   1, 2026 lúc 8:14 chiều"): never the publication date. Comment texts (``section.ast-comment-content``)
   are not body; their "Trả lời" links (``?replytocom=<id>``) serve the same post: alt_paths.
5. wptexturize: the h1 prints "Bé vui Ngày hội &#8220;Bé khỏe &#8211; Bé ngoan&#8221; năm 2026",
   while ``og:title``, ``<title>`` and the JSON-LD headline keep the editor's straight quotes and
   hyphen; post 400 has a custom Yoast SEO title ("Lễ kỷ niệm 20/11 năm 2026 | Mầm non Hoa Sen
   Cần Thơ") unlike its h1. Gold title: the h1 as printed (curly quotes, en dash).
6. Post 409 is filed under two categories: the entry meta lists them by name ("Hoạt động của bé,
   Tin tức – Sự kiện"), Yoast's primary category (breadcrumb, ``articleSection`` first) is "Tin tức
   – Sự kiện"; it is listed in both archives. Gold category: the breadcrumb's.
7. Spectra Image Gallery: each photo's grid ``<img>`` has an SVG ``data:`` placeholder as ``src``
   and the real file in ``data-lazy-src``, a ``<noscript>`` copy, a blurrer div, an overlay caption
   ``div.spectra-image-gallery__media-thumbnail-caption``; after the grid a hidden lightbox repeats
   every photo full size (with its caption again) and as a 150x150 thumbnail strip. ``alt`` is a
   file-like name, not the caption. Gold: each photo once, the grid's file (``-768x576``), the
   overlay caption (None where the grid prints none).
8. Spectra Info Box: an SVG icon, ``h4.uagb-ifb-title`` and ``p.uagb-ifb-desc`` (both body
   paragraphs), then a CTA button ("Xem sơ đồ lớp học") whose text is not body.
9. Spectra Advanced Heading: ``h2/h3.uagb-heading-text``, a separator div, then
   ``p.uagb-desc-text`` sub-heading: two body paragraphs (heading, then its sub-heading).
10. Spectra Table of Contents at the top of post 403: "Mục lục" and a list repeating the
    headings as ``#anchor`` links: not body (the headings themselves are, once, in place).
11. Astra's "Bài viết liên quan" right after the post's ``<article>`` prints each related post's
    excerpt in its own ``div.entry-content`` (``p.ast-related-post-excerpt entry-content``): not
    body, though it carries the same class as the post's text; the share plugin's
    "Chia sẻ bài viết:" container is appended *inside* the post's ``div.entry-content`` after the
    byline: not body.
12. Official notice (post 388) as a core table: letterhead rows, "THÔNG BÁO / Về việc …" and the
    closing "Nơi nhận" / "HIỆU TRƯỞNG" table are not body; the fee table's rows are (cells joined
    by " | "); date = the letterhead's day "2026-11-02" (the post went up 2026-11-03 08:00);
    author = the signer "Lê Thị Hồng".
13. Bylines as right-aligned paragraphs at the end: "Tin, ảnh: Cô Trần Thị Mỹ Linh" (teacher's
    "Cô" is a title: author and photographer "Trần Thị Mỹ Linh"), "Cô Lê Ngọc Hân – Tổ chuyên môn
    khối Lá" (-> "Lê Ngọc Hân"), "Tin: Cô Phạm Thị Kim Ngân &#8211; Ảnh: Huỳnh Văn Toàn" (the
    texturized dash between the two parts), "GV. Đoàn Thị Bích Tuyền" -> "Đoàn Thị Bích Tuyền",
    a unit "Tổ Văn phòng" and "BAN GIÁM HIỆU" signing alone. The meta's "hoasen_admin" (a CMS
    account, also Yoast's ``author``) is nobody.
14. Captions: core image ``figcaption.wp-element-caption``; "(Quang cảnh buổi tọa đàm)" loses its
    parentheses; "Ảnh: Nguyễn Hoàng Phúc" credits only (caption None, a photographer); a YouTube
    embed's figcaption ("Video: …") is no image's caption and not body; the core images link to
    the full-size file and carry a ``srcset``: gold is the printed ``src`` (``-1024x683``).
15. Post 400 lays an image and a paragraph side by side in a Spectra Container (``uagb-container``
    columns): page order, image first; a poem split by ``<br />`` gives one paragraph per line.
16. Post 376's title starts with an emoji typed as a character ("🌱 Bé hào hứng …"), kept.
17. "Xem thêm: <link>" lines (posts 397, 391) and "Theo …" / "Nguồn: …" closing lines are not
    body; the latter are the source.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the page prints the day visibly and the time in Yoast's meta and JSON-LD
  (UTC): the gold is that moment in +07:00 with the time ("…T09:05:00+07:00"); a local midnight
  is a day alone. The official notice takes its letterhead day.
- ``summary``: only post 409 prints a bold lead paragraph (its sapo); the others have none
  (Yoast's meta description alone is not a sapo).
- Category: Yoast's primary category as the breadcrumb prints it (with its en dash).
- Spectra advanced heading sub-headings and info box descriptions are text; info box CTA buttons,
  the TOC, the share box, the related posts and the comments are not.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from datetime import UTC, datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_astra_spectra_mamnon"
PLATFORM = "WordPress 6.4 + Astra + Spectra (UAGB) + Yoast SEO"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Hoa Sen"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
AUTHOR_PER_PAGE = 10

CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}
CAT_DESC = {
    "tin-tuc-su-kien": "Tin tức, sự kiện của Trường Mầm non Hoa Sen.",
    "hoat-dong-cua-be": "Những hoạt động học mà chơi, chơi mà học của các bé.",
    "goc-phu-huynh": "Kiến thức nuôi dạy trẻ dành cho cha mẹ.",
    "thong-bao": "Thông báo của nhà trường gửi quý phụ huynh.",
}

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _byline(inner: str) -> Raw:
    return Raw(f'<p class="has-text-align-right"><strong><em>{inner}</em></strong></p>')


def _right(inner: str) -> Raw:
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


# --- the 13 posts ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=412,
        slug="thong-bao-lich-hop-phu-huynh-hoc-sinh-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch họp phụ huynh học sinh cuối học kỳ I, năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-12-03T16:20:00+07:00",
        authors=["BAN GIÁM HIỆU"],
        blocks=[
            P("Nhằm thông tin đến quý phụ huynh kết quả nuôi dưỡng, chăm sóc và giáo dục trẻ trong "
              "học kỳ I, Trường Mầm non Hoa Sen tổ chức họp phụ huynh học sinh cuối học kỳ I, năm học "
              "2026-2027 như sau:"),
            P("Thời gian và địa điểm", "ifb-title"),
            P("Lúc 8 giờ 00, Chủ nhật ngày 13/12/2026 tại phòng học của từng lớp.",
              "ifb-desc|Xem sơ đồ lớp học|/lien-he/"),
            P("Nội dung buổi họp", "h3"),
            P("Giáo viên chủ nhiệm báo cáo tình hình học tập, sức khỏe và nề nếp của trẻ trong học kỳ I.", "li"),
            P("Thông qua kế hoạch tổ chức các hoạt động trải nghiệm học kỳ II.", "li"),
            P("Lấy ý kiến phụ huynh về chất lượng bữa ăn bán trú và công tác đưa đón trẻ.", "li"),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không thể "
              "tham dự, phụ huynh vui lòng báo trước cho giáo viên chủ nhiệm lớp."),
            _right("<strong>BAN GIÁM HIỆU</strong>"),
        ],
        opts={"wp_date": "2026-12-03T16:20:00+07:00", "modified": "2026-12-03T16:41:00+07:00"},
    ),
    Story(
        id=409,
        slug="be-vui-ngay-hoi-be-khoe-be-ngoan-nam-2026",
        title="Bé vui Ngày hội “Bé khỏe – Bé ngoan” năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T09:05:00+07:00",
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Trần Thị Mỹ Linh"],
        summary="Sáng ngày 28/11/2026, Trường Mầm non Hoa Sen tổ chức Ngày hội “Bé khỏe – Bé ngoan” "
        "với sự tham gia của hơn 320 bé thuộc 12 lớp Mầm, Chồi, Lá.",
        blocks=[
            P("Sáng ngày 28/11/2026, Trường Mầm non Hoa Sen tổ chức Ngày hội “Bé khỏe – Bé ngoan” "
              "với sự tham gia của hơn 320 bé thuộc 12 lớp Mầm, Chồi, Lá.", "lead"),
            P("Nhiều trò chơi vận động hấp dẫn", "adv:h2"),
            P("Bé rèn luyện sức bền, sự khéo léo và tinh thần đồng đội", "advdesc"),
            P("Các bé được tham gia những trò chơi quen thuộc như bật qua suối nhỏ, chuyền bóng qua đầu, "
              "kéo co và đua xe đạp ba bánh. Mỗi phần thi đều được giáo viên thiết kế phù hợp với lứa "
              "tuổi và đảm bảo an toàn cho trẻ."),
            Img("/wp-content/uploads/2026/12/ngay-hoi-be-khoe-01-768x576.jpg",
                "Bé lớp Lá 1 hào hứng với trò chơi kéo co", "Bé lớp Lá 1 hào hứng với trò chơi kéo co", "gal"),
            Img("/wp-content/uploads/2026/12/ngay-hoi-be-khoe-02-768x576.jpg",
                "Phần thi bật qua suối nhỏ của khối Chồi", "Phần thi bật qua suối nhỏ của khối Chồi", "gal"),
            Img("/wp-content/uploads/2026/12/ngay-hoi-be-khoe-03-768x576.jpg", None, None, "gal"),
            Img("/wp-content/uploads/2026/12/ngay-hoi-be-khoe-04-768x576.jpg",
                "Các bé nhận phần thưởng từ Ban Giám hiệu", "Các bé nhận phần thưởng từ Ban Giám hiệu", "gal"),
            P("Ngày hội còn có gian hàng “Bé tập làm người bán hàng” do phụ huynh các lớp cùng chuẩn bị, "
              "giúp trẻ làm quen với tiền, biết chờ đến lượt và nói lời cảm ơn."),
            P("Kết thúc ngày hội, Ban Giám hiệu nhà trường đã trao giấy khen cho 12 tập thể lớp và tặng "
              "quà cho tất cả các bé tham gia."),
            _byline("Tin, ảnh: Cô Trần Thị Mỹ Linh"),
        ],
        opts={
            "wp_date": "2026-12-01T09:05:00+07:00",
            "modified": "2026-12-02T10:12:00+07:00",
            "cats": ["hoat-dong-cua-be", "tin-tuc-su-kien"],
            "raw_title": 'Bé vui Ngày hội "Bé khỏe - Bé ngoan" năm 2026',
            "comments": [
                (57, "Phụ huynh bé Bảo Ngọc", "2026-12-01T20:14:00+07:00",
                 "Cảm ơn các cô đã tổ chức ngày hội thật vui, về nhà bé kể mãi không thôi ạ!"),
                (58, "Mẹ bé Gia Huy (Chồi 3)", "2026-12-02T07:31:00+07:00",
                 "Nhà trường cho phụ huynh xin thêm ảnh của lớp Chồi 3 với ạ."),
            ],
        },
    ),
    Story(
        id=406,
        slug="tiet-hoc-mau-be-lam-quen-voi-chu-cai-khoi-la",
        title="Tổ chức tiết học mẫu “Bé làm quen với chữ cái” cho khối Lá",
        cat="hoat-dong-cua-be",
        published_at="2026-11-26T10:30:00+07:00",
        authors=["Lê Ngọc Hân"],
        photographers=["Nguyễn Hoàng Phúc"],
        blocks=[
            P("Thực hiện kế hoạch chuyên môn tháng 11, ngày 25/11/2026, tổ chuyên môn khối Lá đã tổ chức "
              "tiết học mẫu “Bé làm quen với chữ cái e, ê” tại lớp Lá 3 để giáo viên toàn trường dự giờ, "
              "rút kinh nghiệm."),
            Img("/wp-content/uploads/2026/11/tiet-hoc-mau-chu-cai-1-1024x683.jpg",
                "Cô Hân hướng dẫn bé tìm chữ cái e trong từ “con mèo”",
                "Cô Hân hướng dẫn bé tìm chữ cái e trong từ “con mèo”", "core"),
            P("Tiết học được thiết kế theo hướng lấy trẻ làm trung tâm: bé được quan sát tranh, nghe phát "
              "âm, tìm chữ cái qua trò chơi “Về đúng nhà” và tạo hình chữ cái bằng hột hạt, dây len."),
            P("Ý kiến đóng góp sau tiết dạy", "h3"),
            P("Các giáo viên dự giờ đánh giá cao sự chuẩn bị đồ dùng trực quan sinh động, cách tổ chức "
              "chuyển tiếp giữa các hoạt động nhẹ nhàng và phù hợp với khả năng tập trung của trẻ 5 – 6 tuổi."),
            Img("/wp-content/uploads/2026/11/tiet-hoc-mau-chu-cai-2-1024x683.jpg",
                "Ảnh: Nguyễn Hoàng Phúc", None, "core"),
            P("Qua tiết học mẫu, tổ chuyên môn thống nhất nhân rộng cách tổ chức trò chơi học tập cho các "
              "lớp Lá còn lại trong học kỳ I."),
            _right("<em>Cô Lê Ngọc Hân &#8211; Tổ chuyên môn khối Lá</em>"),
        ],
        opts={"wp_date": "2026-11-26T10:30:00+07:00",
              "raw_title": 'Tổ chức tiết học mẫu "Bé làm quen với chữ cái" cho khối Lá'},
    ),
    Story(
        id=403,
        slug="thuc-don-dinh-duong-mua-dong-5-mon-chao-be-yeu-thich",
        title="Thực đơn dinh dưỡng mùa đông: 5 món cháo bé yêu thích",
        cat="goc-phu-huynh",
        published_at="2026-11-24T07:45:00+07:00",
        source="Viện Dinh dưỡng Quốc gia",
        blocks=[
            P("Thời tiết chuyển lạnh khiến nhiều bé biếng ăn. Dưới đây là 5 món cháo dễ nấu, giàu dinh "
              "dưỡng mà phụ huynh có thể tham khảo cho bữa sáng của con."),
            Raw("{toc}"),
            P("1. Cháo bí đỏ thịt bằm", "adv:h3"),
            P("Giàu vitamin A, tốt cho mắt", "advdesc"),
            P("Bí đỏ hấp chín, nghiền mịn rồi cho vào nồi cháo trắng cùng thịt heo nạc bằm. Nêm nhạt và "
              "thêm một thìa dầu ăn dành cho trẻ trước khi tắt bếp."),
            P("2. Cháo cá lóc rau đay", "adv:h3"),
            P("Bổ sung đạm dễ tiêu", "advdesc"),
            P("Cá lóc luộc chín, gỡ sạch xương, phi thơm với hành tím rồi cho vào cháo. Rau đay thái nhỏ "
              "cho vào sau cùng để giữ màu xanh."),
            P("3. Cháo tôm bông cải xanh", "adv:h3"),
            P("Tôm bóc vỏ, băm nhỏ; bông cải xanh luộc rồi xay nhuyễn. Món cháo có vị ngọt tự nhiên, "
              "nhiều canxi và chất xơ."),
            P("4. Cháo gà hạt sen", "adv:h3"),
            P("Giúp bé ngủ ngon", "advdesc"),
            P("Hạt sen hầm mềm cùng nước luộc gà, sau đó nấu với gạo tẻ và thịt gà xé nhỏ."),
            P("5. Cháo trứng gà cà rốt", "adv:h3"),
            P("Cà rốt luộc nghiền, khi cháo chín đập trứng gà vào khuấy đều. Chỉ nên cho bé ăn cháo trứng "
              "3 – 4 lần mỗi tuần."),
            _right("<em>Theo Viện Dinh dưỡng Quốc gia</em>"),
        ],
        opts={"wp_date": "2026-11-24T07:45:00+07:00"},
    ),
    Story(
        id=400,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T15:30:00+07:00",
        authors=["Nguyễn Thị Thanh Tâm"],
        photographers=["Nguyễn Thị Thanh Tâm"],
        blocks=[
            P("Sáng 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam. Đến dự có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Ninh Kiều, Ban đại "
              "diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            Raw("{container_open}{column_open}"),
            Img("/wp-content/uploads/2026/11/le-ky-niem-20-11-01-1024x683.jpg",
                "Cô Hiệu trưởng Lê Thị Hồng phát biểu tại buổi lễ",
                "Cô Hiệu trưởng Lê Thị Hồng phát biểu tại buổi lễ", "core"),
            Raw("{column_close}{column_open}"),
            P("Phát biểu tại buổi lễ, cô Lê Thị Hồng, Hiệu trưởng nhà trường, ôn lại truyền thống 44 năm "
              "của ngày 20/11 và ghi nhận những nỗ lực của tập thể sư phạm trong năm học vừa qua."),
            Raw("{column_close}{container_close}"),
            P("Mỗi cô giáo mầm non là một người mẹ thứ hai của trẻ. Sự kiên nhẫn và tình yêu thương của "
              "các cô chính là nền móng cho những bước đi đầu đời của các con.", "quote"),
            P("Dịp này, nhà trường đã khen thưởng 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường "
              "và 2 giáo viên đạt giải cấp quận."),
            P("Các bé lớp Lá 2 đã gửi tặng các cô bài thơ “Cô và mẹ”:"),
            P("Lúc con ở nhà", "br"),
            P("Mẹ cũng là cô giáo", "br"),
            P("Khi đến trường, cô giáo", "br"),
            P("Như mẹ hiền của em", "br"),
            Img("/wp-content/uploads/2026/11/le-ky-niem-20-11-02-1024x683.jpg",
                "Tiết mục văn nghệ chào mừng của các bé lớp Lá 2",
                "Tiết mục văn nghệ chào mừng của các bé lớp Lá 2", "core"),
            _byline("Bài, ảnh: Nguyễn Thị Thanh Tâm"),
        ],
        opts={
            "wp_date": "2026-11-20T15:30:00+07:00",
            "raw_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
            "seo_title": "Lễ kỷ niệm 20/11 năm 2026 | Mầm non Hoa Sen Cần Thơ",
        },
    ),
    Story(
        id=397,
        slug="phu-huynh-can-lam-gi-khi-tre-bi-sot-ho-luc-giao-mua",
        title="Phụ huynh cần làm gì khi trẻ bị sốt, ho lúc giao mùa?",
        cat="goc-phu-huynh",
        published_at="2026-11-17T20:10:00+07:00",
        source="Bệnh viện Nhi đồng thành phố Cần Thơ",
        blocks=[
            P("Thời điểm giao mùa, số trẻ mầm non bị sốt, ho, sổ mũi tăng rõ rệt. Phụ huynh cần bình tĩnh "
              "theo dõi và chăm sóc đúng cách để trẻ nhanh hồi phục."),
            P("Theo dõi nhiệt độ của trẻ", "h3"),
            P("Dùng nhiệt kế điện tử đo nhiệt độ ở nách hoặc ở tai. Khi trẻ sốt từ 38,5 độ C trở lên, phụ "
              "huynh có thể cho trẻ uống thuốc hạ sốt theo đúng liều lượng cân nặng."),
            P("Không tự ý dùng kháng sinh", "ifb-title"),
            P("Phần lớn các trường hợp ho, sốt lúc giao mùa do vi rút gây ra. Việc tự ý cho trẻ uống kháng "
              "sinh không giúp khỏi bệnh nhanh hơn mà còn gây kháng thuốc.",
              "ifb-desc|Hỏi ý kiến nhân viên y tế|/lien-he/"),
            P("Khi nào cần đưa trẻ đến cơ sở y tế?", "h3"),
            P("Trẻ sốt cao trên 39 độ C, dùng thuốc hạ sốt không đỡ.", "li"),
            P("Trẻ thở nhanh, rút lõm lồng ngực, bỏ ăn hoặc nôn nhiều.", "li"),
            P("Trẻ co giật, li bì, khó đánh thức.", "li"),
            P("Nhà trường đề nghị phụ huynh cho trẻ nghỉ ở nhà khi đang sốt và báo cho giáo viên chủ "
              "nhiệm để lớp theo dõi, phòng lây lan cho các bạn."),
            Raw('<p><strong>Xem thêm:</strong> <a href="{base}/thuc-don-dinh-duong-mua-dong-5-mon-chao-be-yeu-thich/">'
                "Thực đơn dinh dưỡng mùa đông: 5 món cháo bé yêu thích</a></p>"),
            _right("<em>Nguồn: Bệnh viện Nhi đồng thành phố Cần Thơ</em>"),
        ],
        opts={"wp_date": "2026-11-17T20:10:00+07:00", "modified": "2026-12-04T08:30:00+07:00",
              "last_updated": True},
    ),
    Story(
        id=394,
        slug="lop-choi-2-trai-nghiem-be-lam-banh-bong-lan",
        title="Lớp Chồi 2 trải nghiệm “Bé làm bánh bông lan”",
        cat="hoat-dong-cua-be",
        published_at="2026-11-13T11:00:00+07:00",
        authors=["Phạm Thị Kim Ngân"],
        photographers=["Huỳnh Văn Toàn"],
        blocks=[
            P("Trong tuần qua, các bé lớp Chồi 2 đã có buổi trải nghiệm thú vị khi lần đầu tiên tự tay làm "
              "bánh bông lan cùng cô giáo."),
            P("Từ những nguyên liệu quen thuộc như trứng gà, bột mì, sữa và đường, các bé được quan sát, "
              "đếm, đong và khuấy đều theo hướng dẫn của cô. Những chiếc bánh vàng ươm ra lò trong sự háo "
              "hức của cả lớp."),
            Img("/wp-content/uploads/2026/11/be-lam-banh-01-768x576.jpg",
                "Bé đập trứng vào tô", "Bé đập trứng vào tô", "gal"),
            Img("/wp-content/uploads/2026/11/be-lam-banh-02-768x576.jpg",
                "Cùng nhau khuấy bột", "Cùng nhau khuấy bột", "gal"),
            Img("/wp-content/uploads/2026/11/be-lam-banh-03-768x576.jpg",
                "Thành quả của lớp Chồi 2", "Thành quả của lớp Chồi 2", "gal"),
            P("Hoạt động giúp trẻ phát triển kỹ năng vận động tinh, làm quen với các khái niệm toán học "
              "đơn giản và biết chia sẻ thành quả với bạn bè."),
            _byline("Tin: Cô Phạm Thị Kim Ngân &#8211; Ảnh: Huỳnh Văn Toàn"),
        ],
        opts={"wp_date": "2026-11-13T11:00:00+07:00",
              "raw_title": 'Lớp Chồi 2 trải nghiệm "Bé làm bánh bông lan"'},
    ),
    Story(
        id=391,
        slug="truong-mam-non-hoa-sen-tham-gia-hoi-thi-be-voi-an-toan-giao-thong",
        title="Trường Mầm non Hoa Sen tham gia Hội thi “Bé với an toàn giao thông” quận Ninh Kiều",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09T16:45:00+07:00",
        blocks=[
            P("Ngày 07/11/2026, đội thi của Trường Mầm non Hoa Sen gồm 5 bé khối Lá đã tham gia Hội thi "
              "“Bé với an toàn giao thông” do Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức."),
            Img("/wp-content/uploads/2026/11/hoi-thi-atgt-1024x683.jpg",
                "Đội thi của trường trong phần chào hỏi", "Đội thi của trường trong phần chào hỏi", "core"),
            P("Hội thi gồm ba phần: chào hỏi, kiến thức và xử lý tình huống. Các bé tự tin giới thiệu về "
              "đội mình, trả lời nhanh các câu hỏi về biển báo giao thông và thực hành đội mũ bảo hiểm "
              "đúng cách."),
            P("Kết quả, đội thi của trường đạt giải Nhì toàn đoàn. Đây là phần thưởng xứng đáng cho sự "
              "chuẩn bị chu đáo của các cô giáo khối Lá trong suốt một tháng qua."),
            Raw('<p>Xem thêm: <a href="{base}/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/">Kỷ niệm 44 năm '
                "Ngày Nhà giáo Việt Nam 20/11/1982 &#8211; 20/11/2026</a></p>"),
        ],
        opts={"wp_date": "2026-11-09T16:45:00+07:00",
              "raw_title": 'Trường Mầm non Hoa Sen tham gia Hội thi "Bé với an toàn giao thông" quận Ninh Kiều'},
    ),
    Story(
        id=388,
        slug="thong-bao-thu-cac-khoan-phi-thang-11-2026",
        title="Thông báo thu các khoản phí tháng 11/2026",
        cat="thong-bao",
        published_at="2026-11-02",
        authors=["Lê Thị Hồng"],
        blocks=[
            Raw('<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody>'
                '<tr><td class="has-text-align-center" data-align="center"><strong>UBND QUẬN NINH KIỀU</strong>'
                "<br><strong>TRƯỜNG MẦM NON HOA SEN</strong></td>"
                '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</strong><br><strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td></tr>"
                '<tr><td class="has-text-align-center" data-align="center">Số: 45/TB-MNHS</td>'
                '<td class="has-text-align-center" data-align="center"><em>Ninh Kiều, ngày 02 tháng 11 năm '
                "2026</em></td></tr></tbody></table></figure>"),
            Raw('<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc thu các '
                "khoản phí tháng 11/2026</strong></p>"),
            P("Căn cứ Nghị quyết của Hội đồng nhân dân thành phố Cần Thơ về mức thu dịch vụ hỗ trợ hoạt "
              "động giáo dục trong trường mầm non công lập năm học 2026-2027;"),
            P("Trường Mầm non Hoa Sen thông báo đến quý phụ huynh các khoản thu tháng 11/2026 như sau:"),
            P("STT | Nội dung | Mức thu", "td"),
            P("1 | Tiền ăn bán trú (22 ngày) | 660.000 đồng", "td"),
            P("2 | Tiền chăm sóc bán trú | 200.000 đồng", "td"),
            P("3 | Nước uống | 15.000 đồng", "td"),
            P("Thời gian thu: từ ngày 05/11/2026 đến hết ngày 12/11/2026. Phụ huynh nộp tiền qua tài khoản "
              "của nhà trường hoặc nộp trực tiếp tại văn phòng."),
            Raw('<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr><td><em><strong>'
                "Nơi nhận:</strong></em><br>- Phụ huynh học sinh;<br>- Lưu: VT.</td>"
                '<td class="has-text-align-center" data-align="center"><strong>HIỆU TRƯỞNG</strong><br><br>'
                "<em>(đã ký)</em><br><br><strong>Lê Thị Hồng</strong></td></tr></tbody></table></figure>"),
        ],
        opts={"wp_date": "2026-11-03T08:00:00+07:00"},
    ),
    Story(
        id=385,
        slug="be-hoc-ky-nang-tu-mac-ao-cai-nut-ao",
        title="Bé học kỹ năng: Tự mặc áo, cài nút áo",
        cat="hoat-dong-cua-be",
        published_at="2026-11-04T09:20:00+07:00",
        authors=["Đoàn Thị Bích Tuyền"],
        blocks=[
            P("Kỹ năng tự phục vụ là một trong những nội dung quan trọng của chương trình giáo dục mầm non. "
              "Tháng 11 này, các lớp Mầm và Chồi tập trung rèn cho trẻ kỹ năng tự mặc áo và cài nút áo."),
            Raw('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                '<iframe title="Bé tập cài nút áo" width="800" height="450" '
                'src="https://www.youtube.com/embed/q3Xk7mNnB2c?feature=oembed" frameborder="0" '
                'allowfullscreen></iframe></div><figcaption class="wp-element-caption">Video: Cô Tuyền '
                "hướng dẫn bé cài nút áo</figcaption></figure>"),
            P("Các bước bé thực hiện", "h3"),
            P("Cầm hai vạt áo, tìm nút áo dưới cùng và khuy áo tương ứng.", "ol"),
            P("Dùng ngón cái và ngón trỏ đẩy nút áo qua khuy.", "ol"),
            P("Kéo nút áo ra phía bên kia và kiểm tra lại.", "ol"),
            P("Lần lượt cài các nút còn lại từ dưới lên trên.", "ol"),
            P("Phụ huynh nên cho trẻ thực hành thêm ở nhà bằng những chiếc áo có nút to, giúp trẻ tự tin "
              "và hình thành thói quen tự lập."),
            _right("<strong>GV. Đoàn Thị Bích Tuyền</strong>"),
        ],
        opts={"wp_date": "2026-11-04T09:20:00+07:00"},
    ),
    Story(
        id=382,
        slug="toa-dam-dong-hanh-cung-con-vao-lop-mot",
        title="Tọa đàm “Đồng hành cùng con vào lớp Một” cho phụ huynh khối Lá",
        cat="goc-phu-huynh",
        published_at="2026-10-28T19:00:00+07:00",
        authors=["Thanh Trúc"],
        blocks=[
            P("Tối 26/10/2026, Trường Mầm non Hoa Sen phối hợp với Trường Tiểu học Lê Quý Đôn tổ chức buổi "
              "tọa đàm “Đồng hành cùng con vào lớp Một” dành cho gần 150 phụ huynh có con học khối Lá."),
            P("Tại buổi tọa đàm, cô Nguyễn Thị Phương Thảo, giáo viên lớp Một nhiều năm kinh nghiệm, chia sẻ "
              "những thay đổi về môi trường học tập mà trẻ sẽ gặp phải khi bước vào trường tiểu học."),
            Img("/wp-content/uploads/2026/10/toa-dam-vao-lop-mot-1024x683.jpg",
                "(Quang cảnh buổi tọa đàm)", "Quang cảnh buổi tọa đàm", "core"),
            P("Điều quan trọng nhất không phải là cho con biết đọc, biết viết trước, mà là giúp con có tâm "
              "thế sẵn sàng, tự tin và thích đi học.", "quote"),
            P("Nhiều phụ huynh đã đặt câu hỏi về việc có nên cho trẻ học trước chương trình lớp Một và được "
              "các diễn giả giải đáp cụ thể."),
            _right("<strong>Thanh Trúc</strong>"),
        ],
        opts={
            "wp_date": "2026-10-28T19:00:00+07:00",
            "raw_title": 'Tọa đàm "Đồng hành cùng con vào lớp Một" cho phụ huynh khối Lá',
            "comments": [
                (49, "Ba bé Minh Khôi", "2026-10-29T06:52:00+07:00",
                 "Buổi tọa đàm rất bổ ích, mong nhà trường tổ chức thêm cho phụ huynh khối Chồi."),
            ],
        },
    ),
    Story(
        id=379,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị Viên chức, người lao động năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T14:00:00+07:00",
        authors=["Tổ Văn phòng"],
        blocks=[
            P("Chiều 15/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị Viên chức, người lao động năm học "
              "2026-2027 với sự tham dự của 42 cán bộ, giáo viên, nhân viên."),
            P("Thông qua các chỉ tiêu năm học mới", "adv:h2"),
            P("Phấn đấu 100% trẻ được an toàn tuyệt đối", "advdesc"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học 2026-2027 "
              "và dự thảo Quy chế chi tiêu nội bộ."),
            P("Các đại biểu thảo luận sôi nổi, đóng góp nhiều ý kiến thiết thực về công tác chăm sóc, nuôi "
              "dưỡng trẻ và cải thiện đời sống cán bộ, giáo viên."),
            Img("/wp-content/uploads/2026/10/hoi-nghi-vien-chuc-1024x683.jpg",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị", "core"),
            P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên và thống nhất ký "
              "kết giao ước thi đua năm học mới."),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        opts={"wp_date": "2026-10-16T14:00:00+07:00"},
    ),
    Story(
        id=376,
        slug="be-tham-quan-vuon-rau-sach-cua-truong",
        title="🌱 Bé hào hứng tham quan Vườn rau sạch của trường",
        cat="hoat-dong-cua-be",
        published_at="2026-10-08",
        blocks=[
            P("Nhằm giúp trẻ khám phá thiên nhiên và hiểu về nguồn gốc thực phẩm, các lớp khối Mầm đã được "
              "tham quan Vườn rau sạch của trường."),
            Img("/wp-content/uploads/2026/10/vuon-rau-01-768x576.jpg",
                "Bé tưới nước cho luống cải", "Bé tưới nước cho luống cải", "gal"),
            Img("/wp-content/uploads/2026/10/vuon-rau-02-768x576.jpg", None, None, "gal"),
            P("Các cô giới thiệu cho bé tên các loại rau như cải ngọt, rau muống, mồng tơi, cà chua và cách "
              "chăm sóc cây. Bé được tự tay tưới nước và nhổ cỏ cho luống rau."),
            P("Rau thu hoạch từ vườn sẽ được nhà bếp chế biến cho bữa trưa bán trú của các bé."),
        ],
        opts={"wp_date": "2026-10-08T00:00:00+07:00"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
DEFAULT_THUMB = "/wp-content/uploads/2026/08/hoa-sen-mac-dinh-1024x683.jpg"


def _cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _in_cat(slug: str) -> list[Story]:
    return [s for s in STORIES if slug in _cats_of(s)]


# --- text helpers ---------------------------------------------------------------------------

_TX = {"–": "&#8211;", "“": "&#8220;", "”": "&#8221;", "’": "&#8217;", "…": "&hellip;"}


def tx(value: str) -> str:
    """Escaped text as wptexturize prints it (dashes and quotes as numeric references)."""
    out = _html.escape(value, quote=False)
    for ch, ent in _TX.items():
        out = out.replace(ch, ent)
    return out


def att(value: str) -> str:
    return _html.escape(value, quote=True)


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def vi_date(value: str) -> str:
    d = _dt(value)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def utc(value: str) -> str:
    return _dt(value).astimezone(UTC).isoformat()


def _modified(story: Story) -> str:
    return story.opts.get("modified", story.opts["wp_date"])


def _uid(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8]


def _raw_title(story: Story) -> str:
    return story.opts.get("raw_title", story.title)


def _excerpt(story: Story, words: int = 30) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else DEFAULT_THUMB


def _sized(src: str, size: str) -> str:
    return re.sub(r"-\d+x\d+(\.jpg)$", rf"-{size}\1", src)


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)


def _anchor(text: str) -> str:
    s = text.lower()
    table = str.maketrans(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd",
    )
    return re.sub(r"[^a-z0-9]+", "-", s.translate(table)).strip("-")


# --- content blocks -------------------------------------------------------------------------

SVG_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 '
            '256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg>')
LAZY = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20768%20576'"
        "%3E%3C/svg%3E")


def _core_img(img: Img, base: str, n: int) -> str:
    src = base + img.src
    cap = f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="wp-block-image size-large"><a href="{base}{_full(img.src)}">'
        f'<img decoding="async" width="1024" height="683" src="{src}" alt="" class="wp-image-{n}" '
        f'srcset="{src} 1024w, {base}{_sized(img.src, "300x200")} 300w, {base}{_sized(img.src, "768x512")} 768w" '
        f'sizes="(max-width: 1024px) 100vw, 1024px" /></a>{cap}</figure>'
    )


def _gallery(imgs: list[Img], base: str, uid: str) -> str:
    grid = []
    slides = []
    thumbs = []
    for i, img in enumerate(imgs):
        alt = img.src.rsplit("/", 1)[1].rsplit("-", 1)[0]
        cap = ""
        if img.printed:
            cap = (
                '<div class="spectra-image-gallery__media-thumbnail-caption-wrapper '
                'spectra-image-gallery__media-thumbnail-caption-wrapper--overlay">'
                '<div class="spectra-image-gallery__media-thumbnail-caption '
                f'spectra-image-gallery__media-thumbnail-caption--overlay">{tx(img.printed)}</div></div>'
            )
        grid.append(
            f'<div class="spectra-image-gallery__media-wrapper" tabindex="0" role="button" data-spectra-gallery-image-id="{i}">'
            '<div class="spectra-image-gallery__media spectra-image-gallery__media--grid">'
            f'<img class="spectra-image-gallery__media-thumbnail spectra-image-gallery__media-thumbnail--grid" '
            f'src="{LAZY}" data-lazy-src="{base}{img.src}" alt="{att(alt)}" loading="lazy" />'
            f'<noscript><img class="spectra-image-gallery__media-thumbnail" src="{base}{img.src}" alt="{att(alt)}" /></noscript>'
            f'<div class="spectra-image-gallery__media-thumbnail-blurrer"></div>{cap}</div></div>'
        )
        lcap = (f'<div class="spectra-image-gallery__control-lightbox--caption">{tx(img.printed)}</div>'
                if img.printed else "")
        slides.append(f'<div class="swiper-slide"><img src="{base}{_full(img.src)}" alt="{att(alt)}" />{lcap}</div>')
        thumbs.append(f'<div class="swiper-slide"><img src="{base}{_sized(img.src, "150x150")}" alt="" /></div>')
    return (
        f'<div class="wp-block-uagb-image-gallery uagb-block-{uid}">'
        '<div class="spectra-image-gallery spectra-image-gallery__layout--grid '
        f'spectra-image-gallery__layout--grid-col-2 spectra-image-gallery__layout--grid-col-tab-2">{"".join(grid)}</div>'
        f'<div class="spectra-image-gallery__control-lightbox" role="dialog" aria-hidden="true" style="display:none">'
        f'<div class="swiper spectra-image-gallery__control-lightbox--main"><div class="swiper-wrapper">{"".join(slides)}</div></div>'
        f'<div class="swiper spectra-image-gallery__control-lightbox--thumbnails"><div class="swiper-wrapper">{"".join(thumbs)}</div></div>'
        '<button class="spectra-image-gallery__control-lightbox--close" aria-label="Đóng">&times;</button></div></div>'
    )


def _toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style.startswith("adv:")]
    items = "".join(
        f'<li class="uagb-toc__list"><a href="#{_anchor(h)}" class="uagb-toc-link__trigger">{tx(h)}</a></li>'
        for h in heads
    )
    return (
        f'<div class="wp-block-uagb-table-of-contents uagb-toc__align-left uagb-toc__columns-1 uagb-block-{_uid(story.id, "toc")}" '
        'data-scroll="1" data-offset="30" data-delay="800"><div class="uagb-toc__wrap">'
        '<div class="uagb-toc__title">Mục lục</div><div class="uagb-toc__list-wrap">'
        f'<ol class="uagb-toc__list">{items}</ol></div></div></div>'
    )


_GROUPS = {
    "li": ('<ul class="wp-block-list">', "</ul>", "<li>{}</li>"),
    "ol": ('<ol class="wp-block-list">', "</ol>", "<li>{}</li>"),
    "quote": ('<blockquote class="wp-block-quote">', "</blockquote>", "<p>{}</p>"),
}


def render_content(story: Story, base: str) -> str:
    blocks = story.blocks
    out: list[str] = []
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(
                b.html.replace("{base}", base)
                .replace("{toc}", _toc(story))
                .replace("{container_open}",
                         f'<div class="wp-block-uagb-container uagb-block-{_uid(story.id, "c")} uagb-layout-flex '
                         'uagb-is-root-container"><div class="uagb-container-inner-blob-wrap">')
                .replace("{container_close}", "</div></div>")
                .replace("{column_open}",
                         f'<div class="wp-block-uagb-container uagb-block-{_uid(story.id, i)}">')
                .replace("{column_close}", "</div>")
            )
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                j = i
                while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "gal":
                    j += 1
                out.append(_gallery(list(blocks[i:j]), base, _uid(story.id, "g", i)))
                i = j
                continue
            n += 1
            out.append(_core_img(b, base, story.id * 10 + n))
            i += 1
            continue
        style = b.style
        if style in _GROUPS or style in ("br", "td"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == style:
                j += 1
            texts = [blocks[k].text for k in range(i, j)]
            if style == "br":
                out.append("<p>" + "<br />\n".join(tx(t) for t in texts) + "</p>")
            elif style == "td":
                rows = []
                for k, t in enumerate(texts):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{tx(c)}</{tag}>" for c in t.split(" | ")) + "</tr>")
                out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                           f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table></figure>")
            else:
                open_, close, item = _GROUPS[style]
                out.append(open_ + "".join(item.format(tx(t)) for t in texts) + close)
            i = j
            continue
        if style.startswith("adv:"):
            tag = style.split(":")[1]
            desc = ""
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "advdesc":
                desc = f'<p class="uagb-desc-text">{tx(blocks[i + 1].text)}</p>'
                i += 1
            out.append(
                f'<div class="wp-block-uagb-advanced-heading uagb-block-{_uid(story.id, "h", i)}">'
                f'<{tag} class="uagb-heading-text" id="{_anchor(b.text)}">{tx(b.text)}</{tag}>'
                f'<div class="uagb-separator-wrap"><div class="uagb-separator"></div></div>{desc}</div>'
            )
            i += 1
            continue
        if style == "ifb-title":
            d = blocks[i + 1]
            assert isinstance(d, P) and d.style.startswith("ifb-desc")
            _, label, href = d.style.split("|")
            out.append(
                f'<div class="wp-block-uagb-info-box uagb-block-{_uid(story.id, "ifb", i)} uagb-infobox__content-wrap '
                'uagb-infobox-icon-left uagb-infobox-left uagb-infobox-image-valign-top">'
                f'<div class="uagb-ifb-content"><div class="uagb-ifb-left-title-image"><div class="uagb-ifb-icon-wrap">'
                f'{SVG_ICON}</div><div class="uagb-ifb-title-wrap"><h4 class="uagb-ifb-title">{tx(b.text)}</h4></div></div>'
                f'<p class="uagb-ifb-desc">{tx(d.text)}</p>'
                '<div class="uagb-ifb-button-wrapper wp-block-button">'
                f'<a href="{base}{href}" class="uagb-infobox-cta-link wp-block-button__link" target="_self" '
                f'rel="noopener noreferrer"><span class="uagb-inline-editing">{tx(label)}</span></a></div></div></div>'
            )
            i += 2
            continue
        if style in ("h2", "h3"):
            out.append(f'<{style} class="wp-block-heading">{tx(b.text)}</{style}>')
        elif style == "lead":
            out.append(f"<p><strong>{tx(b.text)}</strong></p>")
        else:
            out.append(f"<p>{tx(b.text)}</p>")
        i += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/doi-ngu-giao-vien/", "Đội ngũ giáo viên")]),
    ("/category/tin-tuc-su-kien/", CATS["tin-tuc-su-kien"], []),
    ("/category/hoat-dong-cua-be/", CATS["hoat-dong-cua-be"], []),
    ("/category/goc-phu-huynh/", CATS["goc-phu-huynh"], [("/thuc-don-tuan/", "Thực đơn tuần")]),
    ("/category/thong-bao/", CATS["thong-bao"], []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(base: str, current: str) -> str:
    items = []
    for k, (href, label, sub) in enumerate(MENU, start=1):
        cls = f"menu-item menu-item-type-custom menu-item-{100 + k}"
        if href == current:
            cls += " current-menu-item"
        subm = ""
        if sub:
            cls += " menu-item-has-children"
            subm = '<button class="ast-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Menu Toggle</span></button><ul class="sub-menu">' + "".join(
                f'<li class="menu-item"><a href="{base}{h}" class="menu-link">{tx(lb)}</a></li>' for h, lb in sub
            ) + "</ul>"
        items.append(f'<li id="menu-item-{100 + k}" class="{cls}"><a href="{base}{href}" class="menu-link">{tx(label)}</a>{subm}</li>')
    return (
        '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" '
        'id="primary-site-navigation-desktop" aria-label="Site Navigation"><div class="main-navigation ast-inline-flex">'
        f'<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">{"".join(items)}</ul></div></nav>'
    )


def _sidebar(base: str) -> str:
    latest = "".join(f'<li><a href="{base}/{s.slug}/">{tx(s.title)}</a></li>' for s in STORIES[:5])
    cats = "".join(
        f'<li class="cat-item"><a href="{base}/category/{slug}/">{tx(name)}</a> ({len(_in_cat(slug))})</li>'
        for slug, name in sorted(CATS.items(), key=lambda kv: kv[1])
    )
    return f"""<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Tìm kiếm" /></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{latest}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><nav aria-label="Chuyên mục"><ul>{cats}</ul></nav></aside>
<aside id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>
<ul><li><label>Đang online:</label> 12</li><li><label>Hôm nay:</label> 318</li><li><label>Hôm qua:</label> 402</li><li><label>Tổng truy cập:</label> 254.871</li></ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết</h2><div class="textwidget custom-html-widget">
<ul><li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.cantho.gov.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Cần Thơ</a></li>
<li><a href="https://www.facebook.com/mamnonhoasen.ninhkieu" target="_blank" rel="noopener">Fanpage nhà trường</a></li></ul></div></aside>
</div></div>"""


def _page(request: Request, *, title_tag: str, head: str, body_class: str, main: str, current: str = "",
          sidebar: bool = True) -> Response:
    base = base_url(request)
    side = _sidebar(base) if sidebar else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title_tag}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="stylesheet" id="astra-theme-css-css" href="{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2" media="all" />
<link rel="stylesheet" id="uagb-block-css-css" href="{base}/wp-content/uploads/uag-plugin/assets/1000/uag-css-409.css?ver=1701745200" media="all" />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.4.2" />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="{body_class} ast-desktop ast-separate-container ast-right-sidebar astra-4.5.2 ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
<p><span style="color:#fff">{HEADER_TODAY}</span> | Hotline: <a href="tel:02923838456">0292 3 838 456</a> | Email: mnhoasen.ninhkieu@cantho.edu.vn</p></div></div></div>
</div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="{base}/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{base}/wp-content/uploads/2026/08/logo-mam-non-hoa-sen.png" class="custom-logo" alt="Trường Mầm non Hoa Sen" decoding="async" /></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{base}/" rel="home" itemprop="url">Trường Mầm non Hoa Sen</a></span>
<p class="site-description" itemprop="description">Quận Ninh Kiều &#8211; Thành phố Cần Thơ</p></div></div>
{_menu(base, current)}
</div></div></div>
</div>
</header>
<div id="content" class="site-content"><div class="ast-container">
{main}
{side}
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item"><section class="widget widget_block">
<h3 class="wp-block-heading">TRƯỜNG MẦM NON HOA SEN</h3>
<p>Địa chỉ: Số 25 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ<br>Điện thoại: 0292 3 838 456<br>Email: mnhoasen.ninhkieu@cantho.edu.vn</p>
</section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><p>Giờ đón trẻ: 6h45 &#8211; 7h45<br>Giờ trả trẻ: 16h30 &#8211; 17h15</p></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2026 Trường Mầm non Hoa Sen | Được tạo bởi <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div>
</footer>
</div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"}};</script>
<script src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.2" id="astra-theme-js-js"></script>
<script src="{base}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def _yoast_basic(base: str, url: str, title: str, desc: str, og_type: str = "website", robots: str = "") -> str:
    robots = robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return f"""<!-- This site is optimized with the Yoast SEO plugin v21.6 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{att(desc)}" />
<meta name="robots" content="{robots}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{att(title)}" />
<meta property="og:description" content="{att(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE_NAME}" />"""


# --- listings -------------------------------------------------------------------------------


def _meta_line(story: Story, base: str, *, with_updated: bool = True) -> str:
    cats = ", ".join(
        f'<a href="{base}/category/{c}/" rel="category tag">{tx(CATS[c])}</a>'
        for c in sorted(_cats_of(story), key=lambda c: CATS[c])
    )
    author = (f'<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" '
              f'itemprop="author"><a title="Xem tất cả bài viết của hoasen_admin" href="{base}/author/hoasen_admin/" '
              'rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">hoasen_admin</span></a></span>')
    if story.opts.get("last_updated"):
        posted = ('<span class="posted-on"><span class="last-updated-label">Cập nhật lần cuối: </span>'
                  f'<span class="updated" itemprop="dateModified">{vi_date(_modified(story))}</span></span>')
    else:
        upd = (f'<span class="updated" itemprop="dateModified"> {vi_date(_modified(story))}</span>'
               if with_updated else "")
        posted = (f'<span class="posted-on"><span class="published" itemprop="datePublished"> '
                  f'{vi_date(story.opts["wp_date"])} </span>{upd}</span>')
    return f'<span class="cat-links">{cats}</span> / Bởi {author} / {posted}'


def _archive_item(story: Story, base: str) -> str:
    url = f"{base}/{story.slug}/"
    return f"""<article class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry ast-grid-common-col ast-full-width ast-article-post" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">
<div class="ast-blog-featured-section post-thumb ast-grid-common-col ast-float"><div class="post-thumb-img-content post-thumb"><a href="{url}"><img width="300" height="200" src="{base}{_sized(_thumb(story), '300x200')}" class="attachment-medium size-medium wp-post-image" alt="" decoding="async" /></a></div></div>
<header class="entry-header"><h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{url}" rel="bookmark">{tx(story.title)}</a></h2>
<div class="entry-meta ast-blog-single-element">{_meta_line(story, base)}</div></header>
<div class="ast-excerpt-container ast-blog-single-element"><p>{tx(_excerpt(story))}</p></div>
<p class="ast-blog-single-element ast-read-more-container read-more"><a class="" href="{url}"><span class="screen-reader-text">{tx(story.title)}</span>Đọc tiếp &raquo;</a></p>
</div></div></article>"""


def _pagination(prefix: str, page: int, pages: int, base: str) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{base}{prefix}" if n == 1 else f"{base}{prefix}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">&larr; Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">Trang sau &rarr;</a>')
    return ('<nav class="navigation pagination" aria-label="Các bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2>'
            f'<div class="ast-pagination"><div class="nav-links">{"".join(parts)}</div></div></nav>')


def _archive(request: Request, prefix: str, heading: str, desc: str, stories: list[Story], page: int,
             per_page: int, current: str, crumb: str) -> Response | None:
    pages = max(1, -(-len(stories) // per_page))
    if page < 1 or page > pages:
        return None
    base = base_url(request)
    chunk = stories[(page - 1) * per_page: page * per_page]
    url = f"{base}{prefix}" + (f"page/{page}/" if page > 1 else "")
    head = _yoast_basic(base, url, f"{heading} - {SITE_NAME}", desc, robots="noindex, follow" if prefix.startswith("/author") else "")
    if page < pages:
        head += f'\n<link rel="next" href="{base}{prefix}page/{page + 1}/" />'
    if page > 1:
        head += f'\n<link rel="prev" href="{base}{prefix}' + (f"page/{page - 1}/" if page > 2 else "") + '" />'
    items = "\n".join(_archive_item(s, base) for s in chunk)
    main = f"""<div id="primary" class="content-area primary ast-grid-3">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{crumb}</span></span></nav></div></div>
<section class="ast-archive-description"><h1 class="page-title ast-archive-title">{heading}</h1><p>{tx(desc)}</p></section>
<main id="main" class="site-main"><div class="ast-row">
{items}
</div>
{_pagination(prefix, page, pages, base)}
</main></div>"""
    title = f"{heading} - Trang {page} / {pages} - {SITE_NAME}" if page > 1 else f"{heading} - {SITE_NAME}"
    return _page(request, title_tag=title, head=head, body_class="archive category paged", main=main,
                 current=current)


def _grid(stories: list[Story], base: str, uid: str) -> str:
    arts = []
    for s in stories:
        url = f"{base}/{s.slug}/"
        arts.append(f"""<article class="uagb-post__inner-wrap"><div class="uagb-post__image"><a href="{url}" target="_self" rel="bookmark noopener noreferrer" class="uagb-image-ratio-inherit"><img width="768" height="512" src="{base}{_sized(_thumb(s), '768x512')}" class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy" /></a></div>
<h4 class="uagb-post__text uagb-post__title"><a href="{url}" target="_self" rel="bookmark noopener noreferrer">{tx(s.title)}</a></h4>
<div class="uagb-post__text uagb-post-grid-byline"><time datetime="{s.opts['wp_date']}" class="uagb-post__date"><span class="dashicons-calendar dashicons"></span> {vi_date(s.opts['wp_date'])}</time></div>
<div class="uagb-post__text uagb-post__excerpt"><p>{tx(_excerpt(s, 22))}</p></div>
<div class="uagb-post__text uagb-post__cta wp-block-button"><a class="wp-block-button__link uagb-text-link" style="display:inline-block" href="{url}" target="_self" rel="bookmark noopener noreferrer">Xem thêm</a></div></article>""")
    return (f'<div class="wp-block-uagb-post-grid uagb-post-grid uagb-post__image-position-top uagb-post__image-enabled '
            f'uagb-block-{uid} uagb-post__items uagb-post__columns-3 is-grid uagb-post__columns-tablet-2" '
            f'data-total="1" style="">{"".join(arts)}</div>')


def home(request: Request) -> Response:
    base = base_url(request)
    features = [
        ("Môi trường an toàn", "Khuôn viên xanh, sân chơi rộng rãi, camera giám sát tất cả các lớp học."),
        ("Dinh dưỡng hợp lý", "Thực đơn được chuyên gia dinh dưỡng xây dựng, thay đổi theo tuần và theo mùa."),
        ("Đội ngũ tận tâm", "100% giáo viên đạt chuẩn, yêu trẻ và thường xuyên được bồi dưỡng chuyên môn."),
    ]
    boxes = "".join(
        f'<div class="wp-block-uagb-info-box uagb-block-{_uid("home", k)} uagb-infobox__content-wrap uagb-infobox-icon-above-title">'
        f'<div class="uagb-ifb-content"><div class="uagb-ifb-icon-wrap">{SVG_ICON}</div><div class="uagb-ifb-title-wrap">'
        f'<h3 class="uagb-ifb-title">{tx(t)}</h3></div><p class="uagb-ifb-desc">{tx(d)}</p></div></div>'
        for k, (t, d) in enumerate(features)
    )
    hd = _in_cat("hoat-dong-cua-be")[:3]
    main = f"""<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2 page type-page status-publish ast-article-single" id="post-2"><div class="entry-content clear" itemprop="text">
<div class="wp-block-uagb-container uagb-block-{_uid('hero')} alignfull uagb-is-root-container"><div class="uagb-container-inner-blob-wrap">
<div class="wp-block-uagb-advanced-heading uagb-block-{_uid('hero', 'h')}"><h2 class="uagb-heading-text">Chào mừng bé đến với Trường Mầm non Hoa Sen</h2><p class="uagb-desc-text">Mỗi ngày đến trường là một ngày vui</p></div>
<div class="wp-block-uagb-buttons"><a class="uagb-buttons-repeater wp-block-button__link" href="{base}/gioi-thieu/">Tìm hiểu về trường</a></div>
</div></div>
<div class="wp-block-uagb-container uagb-block-{_uid('features')}">{boxes}</div>
<div class="wp-block-uagb-advanced-heading uagb-block-{_uid('news', 'h')}"><h2 class="uagb-heading-text">Tin tức mới nhất</h2></div>
{_grid(STORIES[:6], base, _uid('grid1'))}
<div class="wp-block-uagb-advanced-heading uagb-block-{_uid('hd', 'h')}"><h2 class="uagb-heading-text">Hoạt động của bé</h2></div>
{_grid(hd, base, _uid('grid2'))}
<div class="wp-block-uagb-buttons"><a class="uagb-buttons-repeater wp-block-button__link" href="{base}/category/hoat-dong-cua-be/">Xem tất cả</a></div>
</div></article></main></div>"""
    head = _yoast_basic(base, f"{base}/", f"{SITE_NAME} - Quận Ninh Kiều, Cần Thơ",
                        "Trường Mầm non Hoa Sen, quận Ninh Kiều, thành phố Cần Thơ: tin tức, hoạt động của bé, góc phụ huynh.")
    return _page(request, title_tag=f"{SITE_NAME} &#8211; Quận Ninh Kiều &#8211; Thành phố Cần Thơ", head=head,
                 body_class="home page-template-default page page-id-2", main=main, current="/", sidebar=False)


def search(request: Request) -> Response:
    base = base_url(request)
    q = request.params.get("s", "")
    hits = [s for s in STORIES if q.lower() in s.title.lower()][:10] if q else []
    items = "\n".join(_archive_item(s, base) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f"""<div id="primary" class="content-area primary"><section class="ast-archive-description"><h1 class="page-title ast-archive-title">Kết quả tìm kiếm cho: <span>{att(q)}</span></h1></section>
<main id="main" class="site-main"><div class="ast-row">{items}</div></main></div>"""
    head = '<meta name="robots" content="noindex, follow" />'
    return _page(request, title_tag=f"Bạn đã tìm kiếm {att(q)} - {SITE_NAME}", head=head, body_class="search search-results",
                 main=main)


# --- single post ----------------------------------------------------------------------------


def _schema(story: Story, base: str, url: str) -> str:
    cat = CATS[story.cat]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "hoasen_admin", "@id": f"{base}/#/schema/person/5d1c0e"},
                "headline": _raw_title(story),
                "datePublished": utc(story.opts["wp_date"]),
                "dateModified": utc(_modified(story)),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": base + _thumb(story),
                "articleSection": [cat] + [CATS[c] for c in _cats_of(story) if c != story.cat],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": cat, "item": f"{base}/category/{story.cat}/"},
                    {"@type": "ListItem", "position": 3, "name": _raw_title(story)},
                ],
            },
            {"@type": "Person", "@id": f"{base}/#/schema/person/5d1c0e", "name": "hoasen_admin",
             "url": f"{base}/author/hoasen_admin/"},
        ],
    }
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _comments(story: Story, base: str, url: str) -> str:
    comments = story.opts.get("comments", [])
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{base}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{story.id}" /></p></form></div>"""
    if not comments:
        return f'<div id="comments" class="comments-area comment-form-position-below">{form}</div>'
    items = []
    for cid, name, when, text in comments:
        d = _dt(when)
        hour = d.hour % 12 or 12
        ampm = "sáng" if d.hour < 12 else "chiều"
        items.append(f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.com/avatar/{_uid(name)}?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async" /></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{tx(name)}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-{cid}"><time datetime="{when}">{vi_date(when)} lúc {hour}:{d.minute:02d} {ampm}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>{tx(text)}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label="Trả lời {att(name)}">Trả lời</a></span></div></section></article></li>""")
    title = f"{len(comments)} bình luận về &ldquo;{tx(story.title)}&rdquo;"
    return (f'<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">'
            f'<h3 class="comments-title">{title}</h3></div><ol class="ast-comment-list">{"".join(items)}</ol>{form}</div>')


def _related(story: Story, base: str) -> str:
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:3]
    if not others:
        return ""
    items = []
    for s in others:
        url = f"{base}/{s.slug}/"
        items.append(f"""<article class="ast-related-post post-{s.id} post type-post status-publish"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content">
<div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb"><a href="{url}"><img width="300" height="200" src="{base}{_sized(_thumb(s), '300x200')}" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" /></a></div></div>
<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="{url}" target="_self" rel="bookmark noopener noreferrer">{tx(s.title)}</a></h3>
<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published" itemprop="datePublished"> {vi_date(s.opts['wp_date'])} </span></span></div></header>
<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{tx(_excerpt(s, 20))}</p></div>
</div></div></article>""")
    return (f'<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section">'
            f'<h2 class="ast-related-posts-title">Bài viết liên quan</h2></div><div class="ast-related-posts-wrapper">{"".join(items)}</div></div>')


def _share(url: str) -> str:
    u = quote(url, safe="")
    return (f'<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="{url}">'
            '<div class="heateor_sss_sharing_title" style="font-weight:bold">Chia sẻ bài viết:</div><div class="heateor_sss_sharing_ul">'
            f'<a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg">{SVG_ICON}</span></a>'
            f'<a aria-label="Zalo" class="heateor_sss_button_zalo" href="https://sp.zalo.me/share_inline?d={u}" title="Zalo" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg">{SVG_ICON}</span></a>'
            f'<a aria-label="Print" class="heateor_sss_button_print" href="#" title="In bài" onclick="event.preventDefault();window.print()"><span class="heateor_sss_svg">{SVG_ICON}</span></a>'
            '</div><div class="heateorSssClear"></div></div>')


def single(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = f"{base}/{story.slug}/"
    cat = story.cat
    seo_title = story.opts.get("seo_title", f"{_raw_title(story)} - {SITE_NAME}")
    desc = _excerpt(story, 28)
    robots = "noindex, follow" if "replytocom" in request.params else ""
    head = _yoast_basic(base, url, seo_title, desc, og_type="article", robots=robots)
    head += f"""
<meta property="article:publisher" content="https://www.facebook.com/mamnonhoasen.ninhkieu" />
<meta property="article:published_time" content="{utc(story.opts['wp_date'])}" />
<meta property="article:modified_time" content="{utc(_modified(story))}" />
<meta property="og:image" content="{base}{_thumb(story)}" />
<meta property="og:image:width" content="1024" /><meta property="og:image:height" content="683" />
<meta name="author" content="hoasen_admin" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="hoasen_admin" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="{2 + len(story.blocks) // 6} phút" />
{_schema(story, base, url)}
<!-- / Yoast SEO plugin. -->
<link rel="shortlink" href="{base}/?p={story.id}" />"""
    cat_classes = " ".join(f"category-{c}" for c in _cats_of(story))
    main = f"""<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> &raquo; <span><a href="{base}/category/{cat}/">{tx(CATS[cat])}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{tx(story.title)}</span></span></nav></div></div>
<main id="main" class="site-main">
<article class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry {cat_classes} ast-article-single" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box">
<header class="entry-header ast-no-thumbnail">
<h1 class="entry-title" itemprop="headline">{tx(story.title)}</h1>
<div class="entry-meta">{_meta_line(story, base)}</div>
</header>
<div class="entry-content clear" ast-blocks-layout="true" itemprop="text">
{render_content(story, base)}
{_share(url)}
</div>
</div>
</article>
{_related(story, base)}
{_comments(story, base, url)}
</main></div>"""
    return _page(request, title_tag=att(seo_title), head=head,
                 body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
                 main=main, current=f"/category/{cat}/")


# --- pages (not articles) -------------------------------------------------------------------

PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (11, "Giới thiệu chung", """<p>Trường Mầm non Hoa Sen được thành lập năm 1998, tọa lạc tại số 25 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ.</p>
<div class="wp-block-uagb-info-box uagb-block-a1b2c3d4"><div class="uagb-ifb-content"><h4 class="uagb-ifb-title">Sứ mệnh</h4><p class="uagb-ifb-desc">Chăm sóc, nuôi dưỡng và giáo dục trẻ phát triển toàn diện về thể chất, tình cảm, trí tuệ và thẩm mỹ.</p></div></div>
<p>Hiện nay trường có 12 nhóm, lớp với 330 trẻ từ 18 tháng đến 6 tuổi; 42 cán bộ, giáo viên, nhân viên.</p>
<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"""),
    "doi-ngu-giao-vien": (13, "Đội ngũ giáo viên", """<div class="wp-block-uagb-team uagb-block-e5f6a7b8"><div class="uagb-team__wrap"><img src="{base}/wp-content/uploads/2026/08/co-le-thi-hong.jpg" alt="" class="uagb-team__image-crop-circle" /><div class="uagb-team__content"><h3 class="uagb-team__title">Lê Thị Hồng</h3><span class="uagb-team__prefix">Hiệu trưởng</span></div></div></div>
<div class="wp-block-uagb-team uagb-block-c9d0e1f2"><div class="uagb-team__wrap"><img src="{base}/wp-content/uploads/2026/08/co-vo-ngoc-anh.jpg" alt="" class="uagb-team__image-crop-circle" /><div class="uagb-team__content"><h3 class="uagb-team__title">Võ Ngọc Ánh</h3><span class="uagb-team__prefix">Phó Hiệu trưởng</span></div></div></div>
<figure class="wp-block-table"><table><thead><tr><th>Tổ chuyên môn</th><th>Tổ trưởng</th><th>Số giáo viên</th></tr></thead><tbody><tr><td>Khối Nhà trẻ</td><td>Nguyễn Thị Bé Ba</td><td>6</td></tr><tr><td>Khối Mầm</td><td>Đoàn Thị Bích Tuyền</td><td>6</td></tr><tr><td>Khối Chồi</td><td>Phạm Thị Kim Ngân</td><td>6</td></tr><tr><td>Khối Lá</td><td>Lê Ngọc Hân</td><td>8</td></tr></tbody></table></figure>"""),
    "thuc-don-tuan": (15, "Thực đơn tuần", """<p>Thực đơn tuần 14 (từ 30/11/2026 đến 05/12/2026)</p>
<figure class="wp-block-table"><table><thead><tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa xế</th></tr></thead><tbody>
<tr><td>Thứ Hai</td><td>Bún bò</td><td>Cơm, cá basa sốt cà, canh bí đỏ</td><td>Sữa chua</td></tr>
<tr><td>Thứ Ba</td><td>Cháo gà hạt sen</td><td>Cơm, thịt kho trứng, canh cải</td><td>Chuối</td></tr>
<tr><td>Thứ Tư</td><td>Hủ tiếu</td><td>Cơm, tôm rim, canh rau ngót</td><td>Bánh flan</td></tr>
<tr><td>Thứ Năm</td><td>Bánh canh</td><td>Cơm, gà xào nấm, canh khoai mỡ</td><td>Sữa tươi</td></tr>
<tr><td>Thứ Sáu</td><td>Nui xào bò</td><td>Cơm, cá lóc kho, canh chua</td><td>Dưa hấu</td></tr>
</tbody></table></figure>"""),
    "thu-vien-anh": (17, "Thư viện ảnh", """<p>Một số hình ảnh hoạt động của các bé trong năm học 2026-2027.</p>
<div class="wp-block-uagb-image-gallery uagb-block-0a1b2c3d"><div class="spectra-image-gallery spectra-image-gallery__layout--masonry">
<div class="spectra-image-gallery__media-wrapper"><div class="spectra-image-gallery__media"><img class="spectra-image-gallery__media-thumbnail" src="{base}/wp-content/uploads/2026/09/khai-giang-01-768x576.jpg" alt="" /><div class="spectra-image-gallery__media-thumbnail-caption">Lễ khai giảng năm học mới</div></div></div>
<div class="spectra-image-gallery__media-wrapper"><div class="spectra-image-gallery__media"><img class="spectra-image-gallery__media-thumbnail" src="{base}/wp-content/uploads/2026/09/trung-thu-01-768x576.jpg" alt="" /><div class="spectra-image-gallery__media-thumbnail-caption">Đêm hội Trăng rằm</div></div></div>
<div class="spectra-image-gallery__media-wrapper"><div class="spectra-image-gallery__media"><img class="spectra-image-gallery__media-thumbnail" src="{base}/wp-content/uploads/2026/12/ngay-hoi-be-khoe-01-768x576.jpg" alt="" /><div class="spectra-image-gallery__media-thumbnail-caption">Ngày hội Bé khỏe &#8211; Bé ngoan</div></div></div>
</div></div>"""),
    "lien-he": (19, "Liên hệ", """<p>TRƯỜNG MẦM NON HOA SEN</p>
<p>Địa chỉ: Số 25 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ</p>
<p>Điện thoại: 0292 3 838 456 &#8211; Email: mnhoasen.ninhkieu@cantho.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f120-p19-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p19-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ tên phụ huynh<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>"""),
}


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    pid, title, body = PAGES[slug]
    url = f"{base}/{slug}/"
    head = _yoast_basic(base, url, f"{title} - {SITE_NAME}", f"{title} - {SITE_NAME}")
    main = f"""<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{tx(title)}</span></span></nav></div></div>
<main id="main" class="site-main"><article class="post-{pid} page type-page status-publish ast-article-single" id="post-{pid}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">{tx(title)}</h1></header>
<div class="entry-content clear" itemprop="text">{body.replace("{base}", base)}</div></article></main></div>"""
    return _page(request, title_tag=f"{tx(title)} - {SITE_NAME}", head=head,
                 body_class=f"page-template-default page page-id-{pid}", main=main, current=f"/{slug}/")


# --- routing --------------------------------------------------------------------------------

_CAT_RE = re.compile(r"^/category/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_AUTHOR_RE = re.compile(r"^/author/hoasen_admin/(?:page/(\d+)/)?$")


class WpAstraSite:
    """The school's WordPress, routed as its rewrite rules would."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        base = base_url(request)
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{base}/{story.slug}/", 301) if story else None
            if "s" in params:
                return search(request)
            return home(request)
        m = _CAT_RE.match(path)
        if m:
            slug, page = m.group(1), m.group(2)
            if slug not in CATS:
                return None
            if page == "1":
                return redirect(f"{base}/category/{slug}/", 301)
            name = tx(CATS[slug])
            return _archive(request, f"/category/{slug}/", name, CAT_DESC[slug], _in_cat(slug),
                            int(page or 1), PER_PAGE, f"/category/{slug}/", name)
        m = _AUTHOR_RE.match(path)
        if m:
            if m.group(1) == "1":
                return redirect(f"{base}/author/hoasen_admin/", 301)
            return _archive(request, "/author/hoasen_admin/", "Tác giả: hoasen_admin",
                            "Các bài viết của hoasen_admin.", STORIES, int(m.group(1) or 1),
                            AUTHOR_PER_PAGE, "", "Lưu trữ cho hoasen_admin")
        m = re.match(r"^/([a-z0-9-]+)(/?)$", path)
        if m:
            slug, slash = m.groups()
            if slug in BY_SLUG or slug in PAGES:
                if not slash:
                    return redirect(f"{base}/{slug}/", 301)
                if slug in BY_SLUG:
                    return single(request, BY_SLUG[slug])
                return static_page(request, slug)
        return None


def build_site() -> WpAstraSite:
    return WpAstraSite()


def _alt(story: Story) -> list[str]:
    return [f"/{story.slug}/?replytocom={c[0]}" for c in story.opts.get("comments", [])]


GOLD = [
    gold_record(s, f"/{s.slug}/", CATS[s.cat], alt_paths=_alt(s))
    for s in STORIES
]

NON_ARTICLES = [f"/{slug}/" for slug in PAGES]
