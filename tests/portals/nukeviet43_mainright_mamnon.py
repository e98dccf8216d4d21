"""Trường Mầm non Sơn Ca (thành phố Bảo Lộc, tỉnh Lâm Đồng): NukeViet 4.3, news module.

Platform
--------
NukeViet 4.3 (PHP CMS, ``<meta name="generator" content="NukeViet v4.3">``) with rewriting on
and the ``.html`` extension for articles, a kindergarten theme "mamnon-sonca" (bright colours, a
left and a right column of blocks, a marquee notice block, a photo slider). The news module is
the site's default module: ``/`` and ``/news/`` both print the news home in the
``viewcat_main_right`` view (one panel per category: the newest item with its picture and
hometext on the left, the next three titles on the right as ``a.show[data-rel=tooltip]`` links
whose ``data-content`` holds the hometext); the categories use ``viewcat_list_new`` (a numbered
list, newest first, 4 a page, the numbers run on across pages, "(dd/mm/YYYY HH:ii)" after each
title) with NukeViet's ``ul.pagination`` (``/news/<cat>/page-2``).

URL scheme
----------
- ``/`` and ``/news/``: news home (viewcat_main_right); not articles.
- ``/news/<cat>/``, ``/news/<cat>/page-2``: category listings (page 2 exists for
  ``hoat-dong-nha-truong`` and ``cham-soc-nuoi-duong``; ``page-1`` and ``page-3`` are 404).
- ``/news/<cat>/<alias>-<id>.html``: article (detail.tpl: ``div.news_column`` panels,
  ``h1.title[itemprop=headline]``, ``span.h5[itemprop=datePublished]`` "Thứ sáu - 04/12/2026
  16:20", ``div.hometext``, ``figure.article``, ``div#news-bodyhtml.bodytext``, then "Tác giả" /
  "Nguồn tin" lines, files, tags, rating, share, comments, "Những tin mới hơn").
  ``?download=1&id=0`` on an article URL is its attachment (a PDF); any other query string is
  answered 301 to the clean URL, as NukeViet's ``$base_url_rewrite`` check does.
- ``/news/print/<cat>/<alias>-<id>.html``: print view, linked only from an ``onclick``
  (``nv_open_browse``).
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html``: the un-rewritten form, served
  as the article with a canonical link (a hand-typed link in the notice block points there).
- ``/news/tag/<alias>``: tag listing; ``/news/rss/`` and ``/news/rss/<cat>/``: RSS 2.0;
  ``/news/search/?q=``: search (GET form in the header).
- ``/photos/`` (photo module: album list), ``/photos/hoat-dong-cua-be/<album-alias>-<id>``
  (album pages); ``/about/`` (page module, list) and ``/about/<alias>.html``; ``/contact/``.
- ``/uploads/news/YYYY_MM/*.jpg`` article photos, ``/assets/news/YYYY_MM/*.jpg`` NukeViet's
  thumbnails (listings only), ``/themes/mamnon-sonca/…`` theme files,
  ``/index.php?second=cronjobs&p=…`` the 1×1 cron image every NukeViet page prints.

How each gold article is reached
--------------------------------
Categories (menu "Tin tức" drop-down): Hoạt động nhà trường (6 articles: 4 on page 1, 2 only on
page 2), Chăm sóc - Nuôi dưỡng (5: 4 + 1 only on page 2), Góc phụ huynh (2 of its own, plus the
tea-hill trip filed there as a second category). The news home shows the 4 newest of each
category; the "Tin mới" block the 5 newest; "Xem nhiều" four page-1 articles; RSS the 8 newest.
The detail page prints only "Những tin mới hơn" (this theme drops "Những tin cũ hơn"), and the
three page-2 articles carry tags no other article has, so 97, 93 and 95 are reachable only via
``/news/<cat>/page-2``.

Traps
-----
1. JS breadcrumbs (not in the README's list): the visible ``ul.breadcrumbs`` is empty and is
   filled by script from ``ul.temp-breadcrumbs.hidden`` (schema.org BreadcrumbList); the
   category is only printed there (and in the ``article:section`` meta). Gold ``category`` =
   that list's last item: "Hoạt động nhà trường", "Chăm sóc - Nuôi dưỡng", "Góc phụ huynh".
2. One article in two categories (NukeViet's ``listcatid``; not in the README's list): the trip to
   the Tâm Châu tea hill (id 105) is listed in "Góc phụ huynh" under
   ``/news/goc-phu-huynh/…-105.html``; that URL answers 200 with the *secondary* category in its
   breadcrumbs and a canonical link to ``/news/hoat-dong-nha-truong/…-105.html``. Gold: one
   record, path = the main-category URL, the other in ``alt_paths``, category "Hoạt động nhà
   trường" (where the article is filed, as its canonical page prints it).
3. Sapo and lead photo outside the text container (not in the README's list): the hometext is
   ``div.hometext`` and the home image a ``figure.article`` (full width after the hometext, or a
   left thumbnail before it with a hidden ``#imgpreview`` modal repeating the same ``<img>``),
   both outside ``#news-bodyhtml``. Gold: hometext = ``summary`` and the body's first paragraph;
   the home image is the article's first image (once, though printed twice), its caption the
   ``figcaption`` (the ``alt`` is the title, not a caption); no figcaption -> caption None.
   Listing thumbnails (``/assets/news/…``) are never article images; 111 (the menu) prints no
   home image on its page although its listings show a thumbnail -> images [].
4. Sapo repeated at the top of the body (not in the README's list): for 109 the editor pasted
   the hometext again as the first ``<p>`` of ``#news-bodyhtml``. Gold: the sapo once, as the
   body's first paragraph.
5. Lazy-loaded photos (not in the README's list): 105's body images are
   ``<img class="lazy" src="/themes/mamnon-sonca/images/loading.gif" data-src="/uploads/…">``
   with no ``<noscript>``. Gold images: the ``data-src`` paths; the loading gif is no image. Their
   captions are printed in parentheses in a centred small italic line: parentheses taken off.
6. Malformed machine dates (not in the README's list): NukeViet prints
   ``article:published_time`` with ``date('Y-m-dTH:i:s')``, where PHP's ``T`` is the zone
   abbreviation: ``content="2026-12-04+0716:20:00"``; ``article:modified_time`` (same form) is a
   later edit. Gold ``published_at`` comes from the visible line "Thứ sáu - 04/12/2026 16:20"
   -> "2026-12-04T16:20:00+07:00"; dd/mm order throughout ("05/11/2026 07:45" is 5 November,
   "09/10/2026" is 9 October); "Thứ ba - 20/10/2026 00:00" is midnight -> "2026-10-20".
   Comment times, the "(04/12/2026)" after "Những tin mới hơn" titles and the header's "Thứ
   Bảy, 05/12/2026" are never the date.
7. The un-rewritten URL (duplicates): the marquee "Thông báo" block links
   ``/index.php?language=vi&nv=news&op=hoat-dong-nha-truong/…-101.html`` (typed before rewriting
   was turned on); it serves article 101 with a canonical link. The print view
   ``/news/print/…`` is the same article again. Both in ``alt_paths``.
8. Bylines as NukeViet prints them: "Tác giả: Nguyễn Thị Thu Hà - GV lớp Lá 2" (right-aligned
   ``p.h5``) -> ["Nguyễn Thị Thu Hà"] (post dropped); "Tác giả: Ban biên tập" -> []; "Tác giả:
   Tổ Nuôi dưỡng" (a unit) -> ["Tổ Nuôi dưỡng"]; a right-aligned "Tin, ảnh: Phạm Thị Mai Anh"
   typed at the end of the body -> authors and photographers; a bold right-aligned "Tổ Văn
   phòng" ending the body -> ["Tổ Văn phòng"]; "Nguồn tin: <a>Phòng GD&ĐT thành phố Bảo
   Lộc</a>" -> source "Phòng GD&ĐT thành phố Bảo Lộc"; "Theo Báo Sức khỏe & Đời sống" closing
   the body -> source "Báo Sức khỏe & Đời sống".
9. Captions in three editor styles: a centred ``<em>`` paragraph after the image (caption, not
   body), CKEditor's image2 ``figure.image > figcaption``, and a grey "Ảnh: Trần Minh Khoa" line
   (photographer, caption None).
10. Widgets around and in the text: "Tập tin đính kèm" panel (download link on the article's own
    URL with ``?download=1&id=0``, a PDF), "Từ khóa" tags, the star rating form, Facebook/Zalo
    share, reader comments with names and times, "Những tin mới hơn", and a "Xem thêm:" line
    inside ``#news-bodyhtml`` (103): none of it is body.
11. Text forms: 103 is pasted as decomposed Unicode (NFD) with some lines entity-encoded; 95 is
    a Word paste (``p.MsoNormal``, empty ``<o:p>&nbsp;</o:p>`` paragraphs) with four steps in one
    paragraph split by ``<br>`` (each "- " typed by the editor is kept); 111 has its weekly menu
    as a table (rows as paragraphs, cells joined by " | ", header row included); 106 has list
    items starting with a typed "👉 ".
12. An official notice (110): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer's table are not body; published_at = the letterhead's day "2026-11-30" (the page's
    line says 01/12/2026 08:10); author = the signer "Võ Thị Ngọc Lan".
13. Titles: the theme prints the school's name as an ``<h1>`` in the header of every page; the
    listings number their titles ("5. Công đoàn …") and the home's tooltips shorten none but
    the side blocks cut titles at 60 characters with "…". Gold title = ``h1[itemprop=headline]``.
14. Album pages (``/photos/…``) look like articles (title, date, text, photos) and the about
    pages print an update date: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- The home image printed on the article page is an article photo (first in ``images``), in both
  positions; a thumbnail that only listings show is not.
- The hometext printed in ``div.hometext`` is the sapo (``summary``) even when the body follows
  it without a visual break; empty hometext (95, 110) -> summary None.
- A sapo repeated verbatim as the body's first paragraph counts once.
- The secondary-category URL of 105 is a duplicate, not a second article; its category is the
  main one.
- In the notice 110 the date of the letterhead wins over the page's publication line (README).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet43_mainright_mamnon"
PLATFORM = "NukeViet 4.3 (news module, viewcat_main_right / viewcat_list_new, rewrite on)"
START_PATH = "/"

SITE = "Trường Mầm non Sơn Ca"
THEME = "/themes/mamnon-sonca"
TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    "hoat-dong-nha-truong": "Hoạt động nhà trường",
    "cham-soc-nuoi-duong": "Chăm sóc - Nuôi dưỡng",
    "goc-phu-huynh": "Góc phụ huynh",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# --- the articles --------------------------------------------------------------------------

S_A1 = Story(
    id=112,
    slug="hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
    title="Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Sáng ngày 04/12/2026, Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” cấp "
        "trường với sự tham gia của hơn 280 cháu thuộc 10 lớp mẫu giáo bé, nhỡ và lớn."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        Img(
            "/uploads/news/2026_12/hoi-thi-be-khoe-1.jpg",
            "Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng",
            "Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng",
            style="home-full",
        ),
        P(
            "Hội thi là hoạt động thường niên nhằm đánh giá kết quả thực hiện chương trình giáo "
            "dục phát triển thể chất, đồng thời tạo sân chơi bổ ích giúp trẻ mạnh dạn, tự tin, "
            "hứng thú tham gia vận động."
        ),
        P(
            "Đến dự và cổ vũ hội thi có bà Trương Thị Minh Nguyệt, Phó Trưởng phòng Giáo dục và "
            "Đào tạo thành phố Bảo Lộc, đại diện Ban đại diện cha mẹ học sinh cùng đông đảo phụ "
            "huynh các lớp."
        ),
        P(
            "Hội thi gồm ba phần: đồng diễn thể dục buổi sáng theo nhạc, vận động liên hoàn và "
            "phần thi “Bé khéo tay” với nội dung tự mặc áo, gấp khăn, cất dọn đồ chơi đúng nơi "
            "quy định."
        ),
        Img(
            "/uploads/news/2026_12/hoi-thi-be-khoe-2.jpg",
            "Phần thi vận động liên hoàn: bò chui qua cổng, bật qua vòng và ném bóng vào rổ",
            "Phần thi vận động liên hoàn: bò chui qua cổng, bật qua vòng và ném bóng vào rổ",
            style="em",
        ),
        P(
            "Ở phần thi vận động, các bé lần lượt vượt qua các chướng ngại vật như bò chui qua "
            "cổng, đi trên ván dốc, bật liên tục qua 5 vòng và ném bóng trúng đích. Nhiều bé lớp "
            "Lá thực hiện động tác dứt khoát, đúng kỹ thuật, nhận được những tràng pháo tay giòn "
            "giã từ các bạn nhỏ cổ vũ bên dưới."
        ),
        P(
            "Phần thi “Bé khéo tay” diễn ra sôi nổi với những đôi tay nhỏ xíu thoăn thoắt cài "
            "cúc áo, xếp dép lên kệ. Qua đó, các cô giáo đánh giá được mức độ hình thành kỹ năng "
            "tự phục vụ của trẻ theo từng độ tuổi."
        ),
        Img(
            "/uploads/news/2026_12/hoi-thi-be-khoe-3.jpg",
            "Bé Nguyễn Hoàng Gia Bảo (lớp Chồi 3) tự tin trong phần thi “Bé khéo tay”",
            "Bé Nguyễn Hoàng Gia Bảo (lớp Chồi 3) tự tin trong phần thi “Bé khéo tay”",
            style="em",
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất cho lớp Lá 1, 2 giải Nhì cho lớp Lá "
            "3 và lớp Chồi 2, 3 giải Ba cùng nhiều phần quà khuyến khích cho tất cả các lớp tham "
            "gia."
        ),
        P(
            "Phát biểu bế mạc, cô Võ Thị Ngọc Lan, Hiệu trưởng nhà trường, ghi nhận sự chuẩn bị "
            "chu đáo của giáo viên và mong muốn phụ huynh tiếp tục phối hợp cùng nhà trường rèn "
            "luyện thói quen vận động hằng ngày cho trẻ."
        ),
    ],
    opts={
        "time": "2026-12-04 16:20",
        "edited": "2026-12-05 08:02",
        "author_field": "Nguyễn Thị Thu Hà - GV lớp Lá 2",
        "tags": [("be-khoe-be-ngoan", "bé khỏe bé ngoan")],
        "comments": [
            ("Phụ huynh bé Bảo Ngọc", "04/12/2026 19:02",
             "Cảm ơn các cô đã tổ chức hội thi rất vui, con về nhà kể mãi không thôi!"),
            ("Mẹ Su Su lớp Chồi 2", "04/12/2026 21:15",
             "Các con dễ thương quá, chúc mừng lớp Lá 1 nhé."),
        ],
    },
)

_A2_SAPO = (
    "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Trường Mầm non "
    "Sơn Ca đã tổ chức nhiều hoạt động thiết thực, ý nghĩa trong suốt tháng 11."
)
S_A2 = Story(
    id=109,
    slug="soi-noi-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-28T09:05:00+07:00",
    summary=_A2_SAPO,
    sapo_outside=True,
    authors=[],
    blocks=[
        Img("/uploads/news/2026_11/mung-20-11-1.jpg", None, None, style="home-thumb"),
        Raw(f'<p style="text-align: justify;"><strong>{esc(_A2_SAPO)}</strong></p>'),
        P(
            "Ngay từ đầu tháng, Công đoàn nhà trường phát động đợt thi đua “Dạy tốt – Học tốt” "
            "với các tiết dạy tốt, hội giảng cấp trường và hội thi trang trí lớp học theo chủ đề "
            "“Mừng ngày hội cô giáo”."
        ),
        P(
            "Trong đợt thi đua, 18 giáo viên đăng ký tiết dạy tốt; qua dự giờ, Ban giám khảo "
            "đánh giá 12 tiết xếp loại tốt, 6 tiết xếp loại khá. Nhiều tiết dạy ứng dụng hiệu "
            "quả công nghệ thông tin và phương pháp giáo dục STEAM."
        ),
        Img(
            "/uploads/news/2026_11/mung-20-11-2.jpg",
            "Cô Lê Thị Hồng Nhung và các bé lớp Chồi 1 trong tiết hoạt động khám phá",
            "Cô Lê Thị Hồng Nhung và các bé lớp Chồi 1 trong tiết hoạt động khám phá",
            style="figure",
        ),
        P(
            "Sáng 18/11, nhà trường tổ chức buổi gặp mặt các thế hệ thầy cô đã nghỉ hưu. Các cô "
            "giáo về hưu xúc động ôn lại những kỷ niệm ngày đầu thành lập trường, khi cơ sở vật "
            "chất còn thiếu thốn, lớp học còn là những căn phòng mượn của hợp tác xã."
        ),
        P(
            "Các bé cũng tự tay làm những tấm thiệp, bông hoa bằng giấy màu để tặng cô. Nhiều "
            "lớp dàn dựng tiết mục văn nghệ, đọc thơ “Cô giáo như mẹ hiền”, mang lại không khí "
            "ấm áp, vui tươi."
        ),
        P(
            "Dịp này, nhà trường biểu dương 9 cá nhân đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường và 2 cá nhân đạt giải trong Hội thi giáo viên dạy giỏi cấp thành phố năm học "
            "2025 – 2026."
        ),
    ],
    opts={
        "time": "2026-11-28 09:05",
        "edited": "2026-11-28 10:41",
        "author_field": "Ban biên tập",
        "tags": [("ngay-nha-giao-viet-nam", "ngày nhà giáo Việt Nam"), ("thi-dua", "thi đua")],
    },
)

S_A3 = Story(
    id=105,
    slug="be-trai-nghiem-hai-che-tai-doi-che-tam-chau",
    title="Bé trải nghiệm hái chè tại đồi chè Tâm Châu",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-19T15:40:00+07:00",
    summary=(
        "Nhằm giúp trẻ gần gũi với thiên nhiên và tìm hiểu về cây chè – đặc sản của quê hương "
        "Bảo Lộc, sáng 19/11, Trường Mầm non Sơn Ca tổ chức cho các bé khối Lá đi trải nghiệm "
        "tại đồi chè Tâm Châu."
    ),
    sapo_outside=True,
    authors=["Phạm Thị Mai Anh"],
    photographers=["Phạm Thị Mai Anh"],
    blocks=[
        Img("/uploads/news/2026_11/trai-nghiem-doi-che.jpg", None, None, style="home-full"),
        P(
            "Tham gia chuyến đi có 96 cháu thuộc ba lớp Lá 1, Lá 2, Lá 3 cùng 9 giáo viên và hơn "
            "30 phụ huynh tình nguyện đi cùng, hỗ trợ các cô trong suốt hành trình."
        ),
        P(
            "Đến nơi, các bé được nghe cô hướng dẫn viên giới thiệu về quy trình trồng, chăm sóc "
            "và thu hái chè. Cô giải thích bằng những câu chuyện ngắn gọn, dễ hiểu: vì sao chỉ "
            "hái “một tôm hai lá”, lá chè sau khi hái được mang đi đâu."
        ),
        Img(
            "/uploads/news/2026_11/trai-nghiem-doi-che-2.jpg",
            "(Các bé lớp Lá 2 lắng nghe cô hướng dẫn viên giới thiệu về cây chè)",
            "Các bé lớp Lá 2 lắng nghe cô hướng dẫn viên giới thiệu về cây chè",
            style="paren",
        ),
        P(
            "Đội mũ nón, đeo giỏ nhỏ xinh, các bé hào hứng thử làm “người hái chè”. Những bàn "
            "tay bé xíu nâng niu từng búp chè non, vừa hái vừa ríu rít khoe với bạn thành quả "
            "của mình."
        ),
        Img(
            "/uploads/news/2026_11/trai-nghiem-doi-che-3.jpg",
            "(Bé hào hứng với giỏ chè đầu tiên tự tay thu hái)",
            "Bé hào hứng với giỏ chè đầu tiên tự tay thu hái",
            style="paren",
        ),
        P(
            "Sau đó, các bé tham quan xưởng chế biến, quan sát máy vò, máy sấy chè và được "
            "thưởng thức bánh quy trà xanh do xưởng chuẩn bị."
        ),
        P(
            "Chuyến trải nghiệm không chỉ mang lại cho trẻ niềm vui mà còn giúp trẻ hiểu thêm về "
            "công việc lao động của người dân địa phương, biết yêu quý và trân trọng sản phẩm "
            "của quê hương mình."
        ),
        Img("/uploads/news/2026_11/trai-nghiem-doi-che-4.jpg", None, None, style="plain"),
        Raw(
            '<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thị Mai Anh</strong></p>'
        ),
    ],
    opts={
        "time": "2026-11-19 15:40",
        "edited": "2026-11-20 07:15",
        "lazy": True,
        "extra_cats": ["goc-phu-huynh"],
        "tags": [("trai-nghiem", "trải nghiệm")],
    },
)

S_A4 = Story(
    id=101,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-05T07:45:00+07:00",
    summary=(
        "Chiều ngày 04/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội nghị viên chức, "
        "người lao động năm học 2026 – 2027 với sự tham dự của 46 cán bộ, giáo viên, nhân viên."
    ),
    sapo_outside=True,
    authors=["Tổ Văn phòng"],
    blocks=[
        Img(
            "/uploads/news/2026_11/hoi-nghi-vien-chuc.jpg",
            "Quang cảnh Hội nghị viên chức, người lao động",
            "Quang cảnh Hội nghị viên chức, người lao động",
            style="home-full",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết việc thực hiện nhiệm vụ năm học 2025 – 2026 và "
            "thông qua phương hướng, nhiệm vụ trọng tâm năm học 2026 – 2027. Năm học qua, nhà "
            "trường duy trì 100% trẻ được ăn bán trú, tỉ lệ chuyên cần đạt 96,8%; không có "
            "trường hợp ngộ độc thực phẩm hay tai nạn thương tích xảy ra."
        ),
        P("Năm học 2026 – 2027, nhà trường đặt ra một số chỉ tiêu chủ yếu:"),
        P("Huy động 100% trẻ 5 tuổi trên địa bàn ra lớp, duy trì sĩ số 412 cháu với 13 nhóm, lớp;", "li"),
        P("Tỉ lệ trẻ suy dinh dưỡng thể nhẹ cân và thấp còi giảm dưới 2%;", "li"),
        P("Phấn đấu 100% giáo viên đạt chuẩn nghề nghiệp, trong đó 70% đạt mức khá trở lên;", "li"),
        P("Giữ vững danh hiệu Tập thể lao động xuất sắc.", "li"),
        P(
            "Hội nghị cũng thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và Quy chế "
            "thi đua khen thưởng đã được sửa đổi, bổ sung. Các ý kiến đóng góp tập trung vào "
            "việc bổ sung đồ dùng cho các lớp nhà trẻ và cải tạo sân chơi phía sau khu hiệu bộ."
        ),
        P(
            "Cuối hội nghị, toàn thể cán bộ, viên chức ký kết giao ước thi đua và bầu Ban Thanh "
            "tra nhân dân nhiệm kỳ 2026 – 2027 gồm 3 thành viên."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
    ],
    opts={
        "time": "2026-11-05 07:45",
        "edited": "2026-11-06 16:30",
        "tags": [("hoi-nghi-vien-chuc", "hội nghị viên chức"), ("thi-dua", "thi đua")],
    },
)

S_A5 = Story(
    id=97,
    slug="cong-doan-truong-chao-mung-ngay-phu-nu-viet-nam-20-10",
    title="Công đoàn trường tổ chức chào mừng Ngày Phụ nữ Việt Nam 20/10",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-20",
    summary=(
        "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
        "20/10/2026), Công đoàn Trường Mầm non Sơn Ca tổ chức hội thi cắm hoa và giao lưu văn "
        "nghệ cho toàn thể nữ cán bộ, giáo viên, nhân viên."
    ),
    sapo_outside=True,
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Trần Minh Khoa"],
    blocks=[
        P(
            "Tham gia hội thi có 6 đội đến từ các tổ chuyên môn và tổ Văn phòng. Với chủ đề "
            "“Sắc màu phụ nữ Việt Nam”, mỗi đội có 30 phút để hoàn thiện tác phẩm từ những "
            "nguyên liệu quen thuộc như hoa cúc, hoa hồng, cẩm tú cầu – loài hoa đặc trưng của "
            "xứ lạnh Lâm Đồng."
        ),
        Img("/uploads/news/2026_10/cam-hoa-20-10.jpg", "Ảnh: Trần Minh Khoa", None, style="credit"),
        P(
            "Các tác phẩm được đánh giá dựa trên ý tưởng, bố cục, màu sắc và phần thuyết trình. "
            "Kết quả, tổ Mẫu giáo Lớn giành giải Nhất với tác phẩm “Mẹ hiền”, tổ Nhà trẻ giành "
            "giải Nhì, tổ Văn phòng và tổ Mẫu giáo Nhỡ đồng giải Ba."
        ),
        P(
            "Xen giữa phần thi là các tiết mục văn nghệ, trò chơi dân gian do các cô tự dàn "
            "dựng, tạo nên không khí vui tươi, gắn kết."
        ),
        P(
            "Dịp này, Ban Chấp hành Công đoàn đã trao tặng quà cho 4 đoàn viên có hoàn cảnh khó "
            "khăn với tổng trị giá 6 triệu đồng."
        ),
    ],
    opts={
        "time": "2026-10-20 00:00",
        "edited": "2026-10-21 09:12",
        "thumb": "/assets/news/2026_10/cam-hoa-20-10.jpg",
        "author_field": "Lê Thị Hồng Nhung",
        "tags": [("ngay-phu-nu-viet-nam", "ngày phụ nữ Việt Nam")],
    },
)

S_A6 = Story(
    id=93,
    slug="tuyen-truyen-an-toan-giao-thong-cho-tre-mam-non",
    title="Tuyên truyền an toàn giao thông cho trẻ mầm non",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-09T10:30:00+07:00",
    summary=(
        "Ngày 08/10/2026, Phòng Giáo dục và Đào tạo thành phố Bảo Lộc phối hợp với Đội Cảnh sát "
        "giao thông – Trật tự Công an thành phố tổ chức buổi tuyên truyền, giáo dục an toàn "
        "giao thông tại Trường Mầm non Sơn Ca."
    ),
    sapo_outside=True,
    authors=["Minh Tâm"],
    source="Phòng GD&ĐT thành phố Bảo Lộc",
    blocks=[
        Img("/uploads/news/2026_10/an-toan-giao-thong.jpg", None, None, style="home-full"),
        P(
            "Buổi tuyên truyền nằm trong chuỗi hoạt động hưởng ứng “Năm an toàn giao thông” và "
            "chương trình “Chung tay vì an toàn giao thông cho trẻ mầm non” được triển khai tại "
            "các trường mầm non trên địa bàn thành phố."
        ),
        P(
            "Thông qua hình ảnh trực quan, bài hát và trò chơi đóng vai, các chú cảnh sát giúp "
            "trẻ nhận biết đèn tín hiệu giao thông, vạch kẻ đường dành cho người đi bộ và một số "
            "biển báo thường gặp quanh trường học."
        ),
        P(
            "Các bé còn được hướng dẫn cách đội mũ bảo hiểm đúng cách, ngồi ngay ngắn sau xe "
            "máy, không đùa nghịch khi tham gia giao thông và luôn nắm tay người lớn khi đi qua "
            "đường."
        ),
        Img(
            "/uploads/news/2026_10/an-toan-giao-thong-2.jpg",
            "Chú cảnh sát giao thông hướng dẫn các bé đội mũ bảo hiểm đúng cách",
            "Chú cảnh sát giao thông hướng dẫn các bé đội mũ bảo hiểm đúng cách",
            style="em",
        ),
        P(
            "Dịp này, Đội Cảnh sát giao thông – Trật tự đã trao tặng nhà trường 150 mũ bảo hiểm "
            "đạt chuẩn dành cho trẻ em."
        ),
    ],
    opts={
        "time": "2026-10-09 10:30",
        "edited": "2026-10-09 10:30",
        "author_field": "Minh Tâm",
        "source_field": ("Phòng GD&ĐT thành phố Bảo Lộc", "https://pgdbaoloc.lamdong.edu.vn/"),
        "tags": [("an-toan-giao-thong", "an toàn giao thông")],
    },
)

S_B1 = Story(
    id=111,
    slug="thuc-don-thang-12-2026-cho-tre-nha-tre-va-mau-giao",
    title="Thực đơn tháng 12/2026 cho trẻ nhà trẻ và mẫu giáo",
    cat="cham-soc-nuoi-duong",
    published_at="2026-12-02T10:15:00+07:00",
    summary=(
        "Tổ Nuôi dưỡng Trường Mầm non Sơn Ca xin gửi đến quý phụ huynh thực đơn tháng 12/2026 "
        "dành cho trẻ nhà trẻ và mẫu giáo."
    ),
    sapo_outside=True,
    authors=["Tổ Nuôi dưỡng"],
    blocks=[
        P(
            "Thực đơn được xây dựng theo hướng dẫn của Bộ Giáo dục và Đào tạo, bảo đảm cân đối "
            "giữa các nhóm chất đạm, béo, bột đường, vitamin và khoáng chất; thay đổi món ăn "
            "theo tuần, phù hợp với khẩu vị của trẻ và mùa vụ rau củ tại địa phương."
        ),
        P(
            "Năng lượng trung bình mỗi ngày tại trường đạt khoảng 615 – 726 kcal đối với trẻ mẫu "
            "giáo và 600 – 651 kcal đối với trẻ nhà trẻ, chiếm 50 – 60% nhu cầu cả ngày."
        ),
        P("Thực đơn tuần 1 (từ 01/12 đến 04/12/2026)", "h3"),
        P("Thứ | Bữa sáng | Bữa trưa | Bữa xế", "th"),
        P("Thứ Hai | Phở bò | Cơm, thịt heo kho trứng cút, canh bí đỏ nấu tôm | Sữa chua, chuối", "tr"),
        P("Thứ Ba | Bánh canh cá lóc | Cơm, gà chiên mắm tỏi, canh cải ngọt thịt bằm | Chè đậu xanh phổ tai", "tr"),
        P("Thứ Tư | Cháo sườn bí đỏ | Cơm, cá basa sốt cà chua, canh rau ngót | Bánh flan, sữa tươi", "tr"),
        P("Thứ Năm | Bún mọc | Cơm, bò xào đậu que, canh khoai tây cà rốt | Thanh long", "tr"),
        P("Thứ Sáu | Mì Quảng gà | Cơm, tôm rim thịt, canh su su | Sữa đậu nành, bánh bông lan", "tr"),
        P(
            "Thực đơn các tuần tiếp theo được niêm yết tại bảng tin của nhà trường và các lớp. "
            "Quý phụ huynh có ý kiến đóng góp xin liên hệ trực tiếp với tổ Nuôi dưỡng hoặc qua "
            "số điện thoại 0263 3864 215."
        ),
    ],
    opts={
        "time": "2026-12-02 10:15",
        "edited": "2026-12-03 14:48",
        "thumb": "/assets/news/2026_12/thuc-don-thang-12.jpg",
        "author_field": "Tổ Nuôi dưỡng",
        "tags": [("thuc-don", "thực đơn"), ("dinh-duong", "dinh dưỡng")],
    },
)

S_B2 = Story(
    id=107,
    slug="kham-suc-khoe-dinh-ky-lan-1-cho-tre-nam-hoc-2026-2027",
    title="Khám sức khỏe định kỳ lần 1 cho trẻ năm học 2026 – 2027",
    cat="cham-soc-nuoi-duong",
    published_at="2026-11-24T14:00:00+07:00",
    summary=(
        "Từ ngày 17 đến 21/11/2026, Trường Mầm non Sơn Ca phối hợp với Trạm Y tế phường 1 tổ "
        "chức khám sức khỏe định kỳ lần 1 cho 412 trẻ đang theo học tại trường."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Kim Oanh"],
    blocks=[
        Img(
            "/uploads/news/2026_11/kham-suc-khoe-1.jpg",
            "Trẻ được khám sức khỏe tại phòng y tế nhà trường",
            "Trẻ được khám sức khỏe tại phòng y tế nhà trường",
            style="home-full",
        ),
        P(
            "Các bác sĩ tiến hành cân, đo chiều cao, khám tổng quát, khám răng miệng, tai mũi "
            "họng và mắt cho trẻ. Kết quả được ghi vào sổ theo dõi sức khỏe và biểu đồ tăng "
            "trưởng của từng cháu."
        ),
        Img(
            "/uploads/news/2026_11/kham-suc-khoe-2.jpg",
            "Bác sĩ Trạm Y tế phường 1 khám răng miệng cho các bé lớp Mầm 2",
            "Bác sĩ Trạm Y tế phường 1 khám răng miệng cho các bé lớp Mầm 2",
            style="figure",
        ),
        P(
            "Qua đợt khám, 96,4% trẻ có cân nặng và chiều cao phát triển bình thường; 11 trẻ suy "
            "dinh dưỡng thể nhẹ cân, 6 trẻ thấp còi và 9 trẻ thừa cân, béo phì. Tỉ lệ trẻ mắc "
            "bệnh răng miệng chiếm 18,2%, chủ yếu là sâu răng."
        ),
        P(
            "Căn cứ kết quả khám, nhà trường đã thông báo đến từng gia đình, đồng thời xây dựng "
            "chế độ ăn và vận động phù hợp cho các cháu suy dinh dưỡng, thừa cân."
        ),
        Img(
            "/uploads/news/2026_11/kham-suc-khoe-3.jpg",
            "Cân, đo và chấm biểu đồ tăng trưởng cho trẻ",
            "Cân, đo và chấm biểu đồ tăng trưởng cho trẻ",
            style="figure",
        ),
        P(
            "Nhân viên y tế trường cũng tư vấn cho phụ huynh cách chăm sóc răng miệng, hạn chế đồ "
            "ngọt và cho trẻ đi ngủ đúng giờ để trẻ phát triển khỏe mạnh."
        ),
    ],
    opts={
        "time": "2026-11-24 14:00",
        "edited": "2026-11-25 08:20",
        "author_field": "Nguyễn Thị Kim Oanh - Nhân viên y tế",
        "tags": [("y-te-hoc-duong", "y tế học đường")],
    },
)

S_B3 = Story(
    id=103,
    slug="phong-chong-benh-tay-chan-mieng-trong-truong-mam-non",
    title="Phòng, chống bệnh tay chân miệng trong trường mầm non",
    cat="cham-soc-nuoi-duong",
    published_at="2026-11-12T09:30:00+07:00",
    summary=(
        "Thời tiết mưa nhiều, độ ẩm cao là điều kiện thuận lợi để bệnh tay chân miệng lây lan. "
        "Để chủ động phòng bệnh cho trẻ, Trường Mầm non Sơn Ca đã triển khai nhiều biện pháp cụ "
        "thể."
    ),
    sapo_outside=True,
    source="Trung tâm Y tế thành phố Bảo Lộc",
    blocks=[
        Img(
            "/uploads/news/2026_11/rua-tay-xa-phong.jpg",
            "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng",
            "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng",
            style="home-thumb",
        ),
        P("1. Dấu hiệu nhận biết bệnh", "h3 nfd"),
        P(
            "Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi. Trẻ có thể sốt nhẹ, mệt mỏi, đau "
            "họng, biếng ăn; sau 1 – 2 ngày xuất hiện các vết loét trong miệng và nốt phỏng nước "
            "ở lòng bàn tay, lòng bàn chân, mông, đầu gối.",
            "nfd",
        ),
        P("2. Các biện pháp nhà trường đã triển khai", "h3 nfd"),
        P("Lau sàn nhà, tay nắm cửa, đồ chơi bằng dung dịch Cloramin B mỗi ngày;", "li ent"),
        P(
            "Hướng dẫn trẻ rửa tay bằng xà phòng dưới vòi nước sạch trước khi ăn, sau khi đi vệ "
            "sinh;",
            "li ent",
        ),
        P(
            "Kiểm tra sức khỏe trẻ hằng ngày vào giờ đón, phát hiện sớm trẻ có biểu hiện nghi "
            "ngờ;",
            "li nfd",
        ),
        P("Không cho trẻ dùng chung khăn, cốc, bình nước.", "li nfd"),
        P("3. Đề nghị đối với phụ huynh", "h3 nfd"),
        P(
            "Phụ huynh cần theo dõi sức khỏe của con, khi thấy trẻ có biểu hiện nghi ngờ mắc bệnh "
            "cần đưa trẻ đến cơ sở y tế để khám và điều trị kịp thời, đồng thời báo cho giáo "
            "viên chủ nhiệm và cho trẻ nghỉ học ở nhà ít nhất 10 ngày kể từ khi khởi phát.",
            "nfd",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/news/cham-soc-nuoi-duong/'
            'kham-suc-khoe-dinh-ky-lan-1-cho-tre-nam-hoc-2026-2027-107.html">'
            "Khám sức khỏe định kỳ lần 1 cho trẻ năm học 2026 – 2027</a></p>"
        ),
    ],
    opts={
        "time": "2026-11-12 09:30",
        "edited": "2026-11-12 11:02",
        "source_field": ("Trung tâm Y tế thành phố Bảo Lộc", None),
        "tags": [("y-te-hoc-duong", "y tế học đường")],
    },
)

S_B4 = Story(
    id=99,
    slug="tap-huan-ve-sinh-an-toan-thuc-pham-cho-nhan-vien-nuoi-duong",
    title="Tập huấn vệ sinh an toàn thực phẩm cho nhân viên nuôi dưỡng",
    cat="cham-soc-nuoi-duong",
    published_at="2026-10-27T15:10:00+07:00",
    summary=(
        "Ngày 26/10/2026, Trường Mầm non Sơn Ca tổ chức buổi tập huấn kiến thức vệ sinh an toàn "
        "thực phẩm cho 12 cô nuôi dưỡng và nhân viên phục vụ bán trú."
    ),
    sapo_outside=True,
    authors=["Trần Thị Bích Ngọc"],
    blocks=[
        Img(
            "/uploads/news/2026_10/tap-huan-attp-1.jpg",
            "Báo cáo viên Đinh Quang Huy trao đổi với các cô nuôi dưỡng",
            "Báo cáo viên Đinh Quang Huy trao đổi với các cô nuôi dưỡng",
            style="home-full",
        ),
        P(
            "Báo cáo viên là ông Đinh Quang Huy, cán bộ Phòng Y tế thành phố Bảo Lộc. Buổi tập "
            "huấn tập trung vào các nội dung: điều kiện bảo đảm an toàn thực phẩm trong bếp ăn "
            "tập thể, quy trình bếp một chiều, cách nhận biết thực phẩm tươi và thực phẩm ôi "
            "hỏng."
        ),
        P(
            "Ông Đinh Quang Huy nhấn mạnh việc thực hiện nghiêm quy định kiểm thực ba bước và lưu "
            "mẫu thức ăn 24 giờ; thực phẩm nhập vào bếp phải có nguồn gốc rõ ràng, được cung cấp "
            "bởi cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm."
        ),
        Img(
            "/uploads/news/2026_10/tap-huan-attp-2.jpg",
            "Các cô nuôi dưỡng thực hành quy trình sơ chế rau củ",
            "Các cô nuôi dưỡng thực hành quy trình sơ chế rau củ",
            style="em",
        ),
        P(
            "Sau phần lý thuyết, các cô thực hành sơ chế, chế biến và chia khẩu phần ăn theo "
            "đúng quy trình. Cuối buổi, 100% học viên làm bài kiểm tra và đạt yêu cầu."
        ),
        P(
            "Đây là hoạt động thường xuyên nhằm bảo đảm bữa ăn an toàn, đủ chất cho hơn 400 trẻ "
            "ăn bán trú tại trường mỗi ngày."
        ),
    ],
    opts={
        "time": "2026-10-27 15:10",
        "edited": "2026-10-28 07:55",
        "author_field": "Trần Thị Bích Ngọc",
        "tags": [("an-toan-thuc-pham", "an toàn thực phẩm"), ("dinh-duong", "dinh dưỡng")],
        "comments": [
            ("Nguyễn Văn Hậu", "27/10/2026 20:44",
             "Nhà trường quan tâm bữa ăn của các cháu như vậy phụ huynh rất yên tâm."),
            ("Bố bé Khôi lớp Mầm 3", "28/10/2026 06:10",
             "Mong nhà trường công khai thêm danh sách nhà cung cấp thực phẩm trên website."),
        ],
    },
)

S_B5 = Story(
    id=95,
    slug="ren-thoi-quen-tu-phuc-vu-cho-tre-trong-gio-an",
    title="Rèn thói quen tự phục vụ cho trẻ trong giờ ăn",
    cat="cham-soc-nuoi-duong",
    published_at="2026-10-14T08:45:00+07:00",
    authors=["Hoàng Thị Thanh Tâm"],
    blocks=[
        P(
            "Tự phục vụ là một trong những kỹ năng sống quan trọng đầu tiên mà trẻ mầm non cần "
            "được rèn luyện. Ở lứa tuổi mẫu giáo bé, giờ ăn là thời điểm thích hợp để cô giáo "
            "hình thành cho trẻ những thói quen tốt.",
            "mso",
        ),
        P(
            "Tại các lớp Mầm 1, Mầm 2 và Mầm 3, các cô hướng dẫn trẻ thực hiện lần lượt từng bước:",
            "mso",
        ),
        P("- Rửa tay sạch sẽ, tự kéo ghế ngồi vào bàn;", "mso"),
        P("- Tự xúc ăn, không làm rơi vãi cơm ra bàn;", "br"),
        P("- Ăn xong tự cất bát, thìa vào rổ và lau miệng;", "br"),
        P("- Xếp ghế gọn gàng, đi uống nước.", "br"),
        Img(
            "/uploads/news/2026_10/gio-an-mam-2.jpg",
            "Giờ ăn trưa của các bé lớp Mầm 2",
            "Giờ ăn trưa của các bé lớp Mầm 2",
            style="em",
        ),
        P(
            "Ban đầu, nhiều cháu còn lúng túng, làm đổ canh ra bàn hoặc mải chơi, ngậm cơm lâu. "
            "Các cô kiên trì động viên, khen ngợi kịp thời, tổ chức trò chơi “Ai nhanh nhất” để "
            "tạo hứng thú cho trẻ.",
            "mso",
        ),
        P(
            "Sau hơn một tháng thực hiện, đa số trẻ đã biết tự xúc ăn gọn gàng, ăn hết suất và "
            "biết giúp cô chia thìa, khăn cho các bạn.",
            "mso",
        ),
        P(
            "Nhà trường mong quý phụ huynh cùng phối hợp, để trẻ tự làm những việc vừa sức khi ở "
            "nhà, tránh làm thay hoặc đút cho trẻ ăn.",
            "mso",
        ),
    ],
    opts={
        "time": "2026-10-14 08:45",
        "edited": "2026-10-14 08:45",
        "thumb": "/assets/news/2026_10/gio-an-mam-2.jpg",
        "author_field": "Hoàng Thị Thanh Tâm - Tổ trưởng tổ Mẫu giáo Bé",
        "tags": [("ky-nang-tu-phuc-vu", "kỹ năng tự phục vụ")],
    },
)

_C1_HEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="text-align: center; width: 42%;">PHÒNG GD&amp;ĐT TP BẢO LỘC<br />\n'
    "<strong>TRƯỜNG MẦM NON SƠN CA</strong></td>\n"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n<tr>\n"
    '<td style="text-align: center;">Số: 86/TB-MNSC</td>\n'
    '<td style="text-align: center;"><em>Bảo Lộc, ngày 30 tháng 11 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
)
_C1_FOOT = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Phụ huynh học sinh;<br />\n- Website trường;<br />\n- Lưu: VT.</td>\n"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />\n'
    "<br />\n<em>(đã ký)</em><br />\n<br />\n<strong>Võ Thị Ngọc Lan</strong></td>\n"
    "</tr>\n</tbody>\n</table>"
)
S_C1 = Story(
    id=110,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="goc-phu-huynh",
    published_at="2026-11-30",
    authors=["Võ Thị Ngọc Lan"],
    blocks=[
        Raw(_C1_HEAD),
        P(
            "Căn cứ Công văn số 1985/UBND-VX ngày 25/11/2026 của Ủy ban nhân dân thành phố Bảo "
            "Lộc về việc nghỉ Tết Dương lịch năm 2027;"
        ),
        P(
            "Trường Mầm non Sơn Ca thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 "
            "như sau:"
        ),
        P(
            "1. Thời gian nghỉ: trẻ được nghỉ học 01 ngày vào Thứ Sáu, ngày 01/01/2027. Trẻ đi "
            "học lại bình thường từ Thứ Hai, ngày 04/01/2027."
        ),
        P(
            "2. Trong thời gian nghỉ, nhà trường phân công trực bảo vệ, trực lãnh đạo theo lịch; "
            "đề nghị phụ huynh quan tâm, chăm sóc và bảo đảm an toàn cho trẻ, không cho trẻ chơi "
            "gần ao hồ, sông suối và các khu vực nguy hiểm."
        ),
        P(
            "3. Các lớp tổ chức cho trẻ vệ sinh, sắp xếp đồ dùng cá nhân trước ngày nghỉ; bếp ăn "
            "không nhập thực phẩm cho ngày 01/01/2027."
        ),
        Raw(_C1_FOOT),
    ],
    opts={
        "time": "2026-12-01 08:10",
        "edited": "2026-12-01 08:10",
        "thumb": "/assets/news/2026_12/thong-bao.png",
        "files": [("86-TB-MNSC-nghi-tet-duong-lich-2027.pdf", "Thông báo số 86/TB-MNSC (bản PDF)")],
        "tags": [("thong-bao", "thông báo")],
    },
)

S_C2 = Story(
    id=106,
    slug="cha-me-can-lam-gi-khi-tre-bieng-an",
    title="Cha mẹ cần làm gì khi trẻ biếng ăn?",
    cat="goc-phu-huynh",
    published_at="2026-11-16T19:45:00+07:00",
    summary=(
        "Biếng ăn là nỗi lo thường gặp của nhiều gia đình có con nhỏ. Dưới đây là một số lời "
        "khuyên giúp cha mẹ cải thiện bữa ăn cho trẻ."
    ),
    sapo_outside=True,
    source="Báo Sức khỏe & Đời sống",
    blocks=[
        Img("/uploads/news/2026_11/tre-bieng-an.jpg", None, None, style="home-thumb"),
        P(
            "Trẻ biếng ăn có thể do nhiều nguyên nhân: trẻ đang mệt, mọc răng, mắc các bệnh về "
            "đường tiêu hóa, hoặc đơn giản là do thói quen ăn uống chưa hợp lý như ăn vặt nhiều, "
            "uống sữa sát bữa."
        ),
        P("Tạo không khí vui vẻ trong bữa ăn", "h3"),
        P(
            "Không nên ép, dọa nạt hay vừa cho trẻ ăn vừa xem điện thoại. Hãy để trẻ ngồi ăn cùng "
            "gia đình, khen ngợi khi trẻ ăn hết phần của mình."
        ),
        P("Thay đổi món ăn và cách chế biến", "h3"),
        P(
            "Cha mẹ nên thường xuyên thay đổi thực đơn, trang trí món ăn bắt mắt với nhiều màu sắc "
            "từ rau củ; chia nhỏ bữa ăn nếu trẻ ăn được ít."
        ),
        P("👉 Không cho trẻ ăn vặt, uống nước ngọt trong vòng 1 – 2 giờ trước bữa chính;", "li"),
        P("👉 Mỗi bữa ăn không nên kéo dài quá 30 phút;", "li"),
        P("👉 Cho trẻ vận động, chơi ngoài trời nhiều hơn để trẻ thấy đói.", "li"),
        P(
            "Nếu trẻ biếng ăn kéo dài, sụt cân, chậm tăng cân, cha mẹ nên đưa trẻ đi khám chuyên "
            "khoa dinh dưỡng để được tư vấn kịp thời."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Sức khỏe &amp; Đời sống</em></p>'),
    ],
    opts={
        "time": "2026-11-16 19:45",
        "edited": "2026-11-17 07:30",
        "tags": [("dinh-duong", "dinh dưỡng")],
    },
)

STORIES = [S_A1, S_B1, S_C1, S_A2, S_B2, S_A3, S_C2, S_B3, S_A4, S_B4, S_A5, S_B5, S_A6]
BY_ID = {s.id: s for s in STORIES}


def _time(s: Story) -> _dt.datetime:
    return _dt.datetime.strptime(s.opts["time"], "%Y-%m-%d %H:%M")


STORIES.sort(key=_time, reverse=True)


def art_path(s: Story, cat: str | None = None) -> str:
    return f"/news/{cat or s.cat}/{s.slug}-{s.id}.html"


def print_path(s: Story) -> str:
    return f"/news/print/{s.cat}/{s.slug}-{s.id}.html"


def raw_path(s: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}.html"


def home_img(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style.startswith("home")), None)


def thumb(s: Story) -> str:
    if "thumb" in s.opts:
        return s.opts["thumb"]
    h = home_img(s)
    if h:
        return h.src.replace("/uploads/news/", "/assets/news/")
    first = next((b for b in s.blocks if isinstance(b, Img)), None)
    return first.src.replace("/uploads/news/", "/assets/news/") if first else f"{THEME}/images/no_image.gif"


def cat_items(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat or cat in s.opts.get("extra_cats", [])]


def link_in(s: Story, cat: str) -> str:
    """A listing links an item under the category being listed (NukeViet's listcatid)."""
    return art_path(s, cat)


def publ(s: Story, fmt: str = "full") -> str:
    t = _time(s)
    if fmt == "day":
        return t.strftime("%d/%m/%Y")
    if fmt == "list":
        return t.strftime("%d/%m/%Y %H:%M")
    return f"{WEEKDAYS[t.weekday()]} - {t.strftime('%d/%m/%Y %H:%M')}"


def php_t(stamp: str) -> str:
    """``date('Y-m-dTH:i:s')`` as PHP prints it in Asia/Ho_Chi_Minh (T = "+07")."""
    t = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return t.strftime("%Y-%m-%d") + "+07" + t.strftime("%H:%M:%S")


def clean60(title: str) -> str:
    return title if len(title) <= 60 else title[:57].rsplit(" ", 1)[0] + "…"


# --- page chrome ---------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/about/", "Giới thiệu", [
        ("/about/gioi-thieu-chung.html", "Giới thiệu chung"),
        ("/about/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ("/about/co-so-vat-chat.html", "Cơ sở vật chất"),
    ]),
    ("/news/", "Tin tức", [(f"/news/{k}/", v) for k, v in CATS.items()]),
    ("/photos/", "Thư viện ảnh", []),
    ("/contact/", "Liên hệ", []),
]


def _menu() -> str:
    out = ['<ul class="nav navbar-nav menu">']
    for href, label, subs in MENU:
        if subs:
            out.append(
                f'<li class="dropdown"><a class="dropdown-toggle" href="{href}" title="{esc(label)}" '
                f'data-toggle="dropdown">{esc(label)} <strong class="caret">&nbsp;</strong></a>'
                '<ul class="dropdown-menu">'
            )
            for h2, l2 in subs:
                out.append(f'<li><a href="{h2}" title="{esc(l2)}">{esc(l2)}</a></li>')
            out.append("</ul></li>")
        else:
            icon = '<em class="fa fa-lg fa-home">&nbsp;</em>' if href == "/" else ""
            out.append(f'<li><a title="{esc(label)}" href="{href}">{icon}{esc(label)}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _crumbs(items: list[tuple[str, str]]) -> str:
    li = [
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a href="/" itemprop="item" title="Trang chủ"><span itemprop="name">Trang chủ</span></a>'
        '<i class="hidden" itemprop="position" content="1"></i></li>'
    ]
    for i, (href, label) in enumerate(items, start=2):
        li.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span class="txt" itemprop="name">'
            f'{esc(label)}</span></a><i class="hidden" itemprop="position" content="{i}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(li)
        + "</ul></div>"
    )


def _panel(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="panel panel-sonca {cls}"><div class="panel-heading"><span class="hd-icon">'
        f'<img src="{THEME}/images/ico-bee.png" alt="" /></span>{esc(title)}</div>'
        f'<div class="panel-body">{inner}</div></div>'
    )


def _left_blocks() -> str:
    about = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU[1][2])
    a4 = BY_ID[101]
    c1 = BY_ID[110]
    notice = (
        '<div class="marquee-tb"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
        'onmouseout="this.start()"><p><img src="/themes/mamnon-sonca/images/new.gif" alt="" /> '
        f'<a href="{esc(art_path(c1))}">{esc(c1.title)}</a></p>'
        '<p><img src="/themes/mamnon-sonca/images/new.gif" alt="" /> '
        f'<a href="{esc(raw_path(a4))}">Kết quả Hội nghị viên chức, người lao động năm học '
        "2026 - 2027</a></p>"
        "<p>Nhà trường nhận trẻ từ 18 tháng tuổi, liên hệ văn phòng: 0263 3864 215.</p>"
        "</marquee></div>"
    )
    photos = (
        '<div class="album-slider" id="slider-115">'
        '<a href="/photos/hoat-dong-cua-be/be-vui-hoi-trang-ram-8"><img src="/uploads/photos/'
        '2026_09/trung-thu-1.jpg" alt="Bé vui hội trăng rằm" width="220" /></a>'
        '<a href="/photos/hoat-dong-cua-be/ngay-hoi-dong-phuc-6"><img src="/uploads/photos/'
        '2026_09/dong-phuc-1.jpg" alt="Ngày hội đồng phục" width="220" /></a></div>'
    )
    return (
        _panel("Giới thiệu", f'<ul class="list-menu-left">{about}</ul>')
        + _panel("Thông báo", notice, "block-tb")
        + _panel("Hình ảnh hoạt động", photos)
    )


def _right_blocks() -> str:
    newest = STORIES[:5]
    new_html = "".join(
        f'<li class="clearfix"><a href="{esc(art_path(s))}" title="{esc(s.title)}">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mr-1"/>'
        f"</a><a class=\"show\" href=\"{esc(art_path(s))}\" title=\"{esc(s.title)}\">{esc(clean60(s.title))}</a></li>"
        for s in newest
    )
    top = [BY_ID[i] for i in (109, 103, 106, 112)]
    top_html = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(art_path(s))}" title="{esc(s.title)}">'
        f"{esc(clean60(s.title))}</a> <span class=\"small\">({s.views()} lượt xem)</span></li>"
        for s in top
    )
    poll = (
        '<form action="" method="post"><p><strong>Bạn biết đến website của trường qua đâu?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="31" /> Giáo viên giới thiệu</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="32" /> Nhóm Zalo lớp</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="33" /> Tìm kiếm trên Google</label></div>'
        '<input class="btn btn-success btn-sm" type="button" value="Bình chọn" '
        "onclick=\"nv_sendvoting(this.form, '5', '1', 'c0a1e9', '', '0');\" />"
        '<input class="btn btn-primary btn-sm" type="button" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '5', 0, 'c0a1e9', '', '0');\" /></form>"
    )
    counter = (
        '<ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>412</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.854</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.284.557</span></li>'
        "</ul>"
    )
    links = (
        '<select class="form-control" onchange="if(this.value) window.open(this.value);">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.lamdong.gov.vn/">Sở GD&amp;ĐT Lâm Đồng</option>'
        '<option value="https://baoloc.lamdong.gov.vn/">UBND thành phố Bảo Lộc</option>'
        "</select>"
    )
    return (
        _panel("Tin mới", f'<ul class="block-news-new list-none">{new_html}</ul>')
        + _panel("Xem nhiều", f'<ul class="list-items">{top_html}</ul>')
        + _panel("Thăm dò ý kiến", poll)
        + _panel("Thống kê truy cập", counter)
        + _panel("Liên kết", links)
    )


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]],
    desc: str = "",
    canonical: str | None = None,
    head: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{esc(base + canonical)}" />' if canonical else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="mầm non, sơn ca, bảo lộc, lâm đồng" />
<meta name="news_keywords" content="mầm non, sơn ca, bảo lộc" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [mnsonca.baoloc@lamdong.edu.vn]" />
<meta name="generator" content="NukeViet v4.3" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{SITE}" />
{head}
{canon}
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<link rel="shortcut icon" href="/favicon.ico">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{SITE}" href="/"><img src="{THEME}/images/logo-sonca.png" width="120" height="110" alt="{SITE}" /></a>
<h1 class="logo-sn">{SITE}</h1>
<h2 class="slogan-sn">Vui chơi mà học – Học mà vui chơi</h2>
</div>
<div class="col-xs-24 col-sm-24 col-md-16 header-right">
<div class="today"><em class="fa fa-calendar">&nbsp;</em>{TODAY}</div>
<div class="headerSearch">
<form action="/news/search/" method="get" class="input-group">
<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..." />
<span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span>
</form>
</div>
<div class="hotline"><em class="fa fa-phone"></em> Hotline: 0263 3864 215</div>
</div>
</div>
</div>
</header>
<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
{_menu()}
</div></div></div>
</nav>
<div class="marquee-top"><marquee scrollamount="3">🌈 Chào mừng các bé đến với Trường Mầm non Sơn Ca – Thành phố Bảo Lộc! 🌼</marquee></div>
<section>
<div class="container" id="body">
<nav class="third-nav">
<div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
{_crumbs(crumbs)}
</div>
</div></div></div>
</nav>
<div class="row">
<div class="col-sm-6 col-md-6 col-left">
{_left_blocks()}
</div>
<div class="col-sm-12 col-md-12 col-main">
{main}
</div>
<div class="col-sm-6 col-md-6 col-right">
{_right_blocks()}
</div>
</div>
</div>
</section>
<footer id="footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body">
<h3 class="ft-title">{SITE.upper()}</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{SITE}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 25 đường Lê Thị Pha, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02633864215"><span itemprop="telephone">0263 3864 215</span></a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:mnsonca.baoloc@lamdong.edu.vn"><span itemprop="email">mnsonca.baoloc@lamdong.edu.vn</span></a></span></li>
</ul>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body">
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Võ Thị Ngọc Lan</p>
<p>&copy; Bản quyền thuộc về {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<div class="socialList"><a href="https://www.facebook.com/mamnonsoncabaoloc" target="_blank" rel="noopener"><em class="fa fa-facebook"></em></a> <a href="https://www.youtube.com/@mamnonsoncabaoloc" target="_blank" rel="noopener"><em class="fa fa-youtube"></em></a></div>
</div>
</div>
</div></div></div>
<div class="copyright">Powered by <a href="https://nukeviet.vn/" target="_blank" rel="noopener">NukeViet</a> | Thiết kế web: VINADES.,JSC</div>
</footer>
</div>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=Zc8a1Bqx" width="1" height="1" /></div>
<a href="#" class="bttop"><em class="fa fa-chevron-up"></em></a>
<script src="{THEME}/js/bootstrap.min.js"></script>
<script src="{THEME}/js/jquery.lazy.min.js"></script>
<script>$(function(){{$("img.lazy").Lazy();}});</script>
</body>
</html>"""
    return html(page, headers={"X-Powered-By": "PHP/7.2.34", "Server": "Apache"})


# --- the article body ----------------------------------------------------------------------


def _ptext(p: P) -> str:
    if "nfd" in p.style:
        return text(p.text, nfd=True)
    if "ent" in p.style:
        return text(p.text, entities=2)
    return text(p.text)


def _img(src: str, lazy: bool, alt: str = "") -> str:
    if lazy:
        return (
            f'<img class="lazy" alt="{esc(alt)}" src="{THEME}/images/loading.gif" '
            f'data-src="{src}" width="600" height="400" />'
        )
    return f'<img alt="{esc(alt)}" height="400" src="{src}" width="600" />'


_MSO_TAIL = "<o:p></o:p></span></p>"
#: a Word paste leaves an empty paragraph after each one
_EMPTY_OP = '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def render_body(s: Story) -> str:
    lazy = bool(s.opts.get("lazy"))
    chunks: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            chunks.append(b.html)
        elif isinstance(b, Img):
            if b.style.startswith("home"):
                pass
            elif b.style == "figure":
                chunks.append(
                    '<figure class="image" style="display:inline-block">'
                    f"{_img(b.src, lazy)}<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            else:
                chunks.append(f'<p style="text-align: center;">{_img(b.src, lazy, s.slug)}</p>')
                if b.style == "em":
                    chunks.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
                elif b.style == "paren":
                    chunks.append(
                        '<p style="text-align: center;"><span style="font-size:12px;"><em>'
                        f"{esc(b.printed or '')}</em></span></p>"
                    )
                elif b.style == "credit":
                    chunks.append(
                        '<p style="text-align: center;"><span style="color:#808080;"><em>'
                        f"{esc(b.printed or '')}</em></span></p>"
                    )
        elif "li" in b.style.split():
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and "li" in blocks[i].style.split():
                items.append(f"<li>{_ptext(blocks[i])}</li>")
                i += 1
            chunks.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            chunks.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%;" class="table">'
                f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table>"
            )
            continue
        elif b.style == "br":
            last = chunks[-1]
            trail = ""
            if last.endswith(_EMPTY_OP):
                last, trail = last[: -len(_EMPTY_OP)], _EMPTY_OP
            if last.endswith(_MSO_TAIL):
                head, close = last[: -len(_MSO_TAIL)], _MSO_TAIL
            else:
                head, close = last[: last.rfind("</")], last[last.rfind("</") :]
            chunks[-1] = f"{head}<br />\n{_ptext(b)}{close}{trail}"
        elif b.style == "mso":
            chunks.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:'
                '120%"><span style="font-size:13.0pt;line-height:120%;font-family:&quot;Times New '
                f'Roman&quot;,serif">{_ptext(b)}{_MSO_TAIL}{_EMPTY_OP}'
            )
        elif b.style.startswith("h3"):
            chunks.append(f'<h3 style="font-size:15px;color:#e4007f;">{_ptext(b)}</h3>')
        else:
            chunks.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(chunks)


def _home_figure(s: Story) -> tuple[str, str]:
    """(before hometext, after hometext) markup of the home image."""
    h = home_img(s)
    if not h:
        return "", ""
    if h.style == "home-thumb":
        cap = f"<figcaption>{esc(h.printed)}</figcaption>" if h.printed else ""
        fig = (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div style="width:160px;"><p class="text-center"><img alt="{esc(s.title)}" '
            f'src="{h.src}" width="160" class="img-thumbnail"/></p>{cap}</div></figure>'
            '<div id="imgpreview" class="hidden"><p class="text-center">'
            f'<img src="{h.src}" alt="{esc(s.title)}" class="img-thumbnail"/></p>{cap}</div>'
        )
        return fig, ""
    if h.printed:
        fig = (
            f'<figure class="article center"><img alt="{esc(s.title)}" src="{h.src}" width="600" '
            f'class="img-thumbnail"/><figcaption>{esc(h.printed)}</figcaption></figure>'
        )
    else:
        fig = (
            f'<figure class="article center noncaption"><img alt="{esc(s.title)}" src="{h.src}" '
            'width="600" class="img-thumbnail"/></figure>'
        )
    return "", fig


def _hometext(s: Story) -> str:
    return s.summary if (s.summary and s.sapo_outside) else ""


def _article_head(request: Request, s: Story, canon: str) -> str:
    base = base_url(request)
    h = home_img(s)
    img = h.src if h else thumb(s)
    tags = "".join(f'<meta property="article:tag" content="{esc(n)}" />' for _a, n in s.opts.get("tags", []))
    return (
        '<meta property="og:type" content="article" />'
        f'<meta property="og:title" content="{esc(s.title)}" />'
        f'<meta property="og:description" content="{esc(_hometext(s) or s.title)}" />'
        f'<meta property="og:image" content="{base}{img}" />'
        f'<meta property="og:url" content="{base}{canon}" />'
        f'<meta property="article:published_time" content="{php_t(s.opts["time"])}" />'
        f'<meta property="article:modified_time" content="{php_t(s.opts["edited"])}" />'
        f'<meta property="article:section" content="{esc(CATS[s.cat])}" />'
        + tags
    )


def detail_page(request: Request, s: Story, cat: str) -> Response:
    canon = art_path(s)
    url = art_path(s, cat)
    before, after = _home_figure(s)
    hometext = _hometext(s)
    home_block = ""
    if before or after or hometext:
        ht = f'<div class="hometext m-bottom" itemprop="description">{esc(hometext)}</div>' if hometext else ""
        home_block = f'<div class="clearfix">{before}{ht}{after}</div>'
    byline = ""
    if s.opts.get("author_field"):
        byline += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(s.opts["author_field"])}</p>'
    if s.opts.get("source_field"):
        name, href = s.opts["source_field"]
        shown = f'<a title="{esc(name)}" rel="nofollow" href="{esc(href)}">{esc(name)}</a>' if href else esc(name)
        byline += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>'
    byline = f'<div class="margin-bottom-lg">{byline}</div>' if byline else ""
    files = ""
    if s.opts.get("files"):
        rows = "".join(
            f'<li><em class="fa fa-file-pdf-o">&nbsp;</em><a href="{url}?download=1&amp;id={k}" '
            f'title="{esc(label)}">{esc(fname)}</a> <a class="btn btn-xs btn-default" href="#" '
            f"onclick=\"nv_open_browse('{url}?download=1&amp;id={k}&amp;preview=1');return false;\">"
            "Xem trước</a></li>"
            for k, (fname, label) in enumerate(s.opts["files"])
        )
        files = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<p class="h3"><em class="fa fa-download">&nbsp;</em><strong>Tập tin đính kèm</strong></p>'
            f'<ul class="list-none download-list">{rows}</ul></div></div>'
        )
    tags = ""
    if s.opts.get("tags"):
        tl = ", ".join(
            f'<a title="{esc(n)}" href="/news/tag/{a}"><em>{esc(n)}</em></a>' for a, n in s.opts["tags"]
        )
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tl}</div></div></div>'
        )
    votes = 3 + s.id % 7
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        '<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: '
        f"{votes * 5 - 2} trong {votes} đánh giá</p>"
        '<span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Xếp hạng: '
        '<span class="hidden d-inline-block" itemprop="rating">4.7</span> - '
        f'<span itemprop="votes">{votes}</span> phiếu bầu</span>'
        '<div style="padding: 5px;">'
        + "".join(
            f'<input class="hover-star" type="radio" value="{k}" title="{t}" />'
            for k, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
        )
        + '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>'
        "</div></form></div></div>"
    )
    share = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">'
        f'<div class="fb-like" data-href="{base_url(request)}{canon}" data-layout="button_count" '
        'data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>'
        f'<div class="zalo-share-button" data-href="{base_url(request)}{canon}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div></div></div></div>'
    )
    comments = ""
    cl = s.opts.get("comments", [])
    items = "".join(
        '<div class="comment-box"><div class="media"><a class="pull-left" href="javascript:void(0);">'
        '<img class="media-object bg-gainsboro" src="/assets/images/user-icon.png" alt="" width="40"/></a>'
        f'<div class="media-body" id="cid_{500 + k}"><div class="media-heading"><strong>{esc(name)}</strong> '
        f'<span class="small text-muted"><em class="fa fa-clock-o"></em> {when}</span></div>'
        f'<p class="comment-text">{esc(body)}</p><a href="#" class="small" '
        f"onclick=\"nv_commment_feedback({500 + k}, '{esc(name)}');return false;\">Trả lời</a>"
        "</div></div></div>"
        for k, (name, when, body) in enumerate(cl)
    )
    comments = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="{s.id}">'
        '<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left">'
        f'<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc ({len(cl)})</p></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg">{items}</div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" '
        'action="/comment/post/" onsubmit="return nv_commment_check(this);">'
        '<input type="text" name="name" class="form-control" placeholder="Họ tên"/>'
        '<input type="email" name="email" class="form-control" placeholder="Email"/>'
        '<textarea class="form-control" name="content" rows="5" placeholder="Nội dung bình luận"></textarea>'
        '<label>Mã bảo mật</label><img class="captchaImg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha&amp;t=1733390000" width="150" height="40" />'
        '<input type="submit" value="Gửi bình luận" class="btn btn-primary"/></form></div>'
        "</div></div></div>"
    )
    newer = [o for o in STORIES if o.cat == s.cat and _time(o) > _time(s)][-5:]
    newer_html = ""
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(o)}" title="{esc(o.title)}">'
            f"{esc(o.title)}</a><em> ({publ(o, 'day')})</em></li>"
            for o in newer
        )
        newer_html = (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            '<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix">'
            f'<ul class="related list-items">{lis}</ul></div></div></div>'
        )
    tools = (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/sendmail/{s.cat}/{s.slug}-{s.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-lg fa-envelope">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(s)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-lg fa-print">&nbsp;</em></a></li></ul>'
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(s.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5 clearfix" itemprop="datePublished">{publ(s)}</span></div>
<div class="col-md-12">{tools}</div>
</div>
{home_block}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
</div>
{byline}
</div>
</div>
{files}
{tags}
{rating}
{share}
{comments}
{newer_html}"""
    return layout(
        request,
        title=f"{s.title} - {CATS[cat]} - {SITE}",
        main=main,
        crumbs=[("/news/", "Tin tức"), (f"/news/{cat}/", CATS[cat])],
        desc=hometext or s.title,
        canonical=canon,
        head=_article_head(request, s, canon),
    )


def print_page(request: Request, s: Story) -> Response:
    before, after = _home_figure(s)
    ht = f'<div class="hometext"><strong>{esc(_hometext(s))}</strong></div>' if _hometext(s) else ""
    author = f'<p class="text-right"><strong>Tác giả: </strong>{esc(s.opts["author_field"])}</p>' if s.opts.get("author_field") else ""
    if s.opts.get("source_field"):
        author += f'<p class="text-right"><strong>Nguồn tin: </strong>{esc(s.opts["source_field"][0])}</p>'
    base = base_url(request)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{art_path(s)}" />
<link rel="StyleSheet" href="/themes/default/css/news.print.css" /></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE}</h2><p class="pull-right"><a title="{SITE}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(s.title)}</h1>
<ul class="info list-none"><li>{publ(s)}</li></ul>
<div class="clear"></div>
{before}{ht}{after}
<div id="bodytext" class="clearfix">{render_body(s)}</div>
{author}
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bài viết: </strong><a href="{base}{art_path(s)}" title="{esc(s.title)}">{base}{art_path(s)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {SITE}</div>
<div id="contact"><a href="mailto:mnsonca.baoloc@lamdong.edu.vn">mnsonca.baoloc@lamdong.edu.vn</a></div>
<div class="clear"></div>
<div id="print_btn"><a href="javascript:;" onclick="window.print()" title="In ra">In ra</a> | <a href="javascript:;" onclick="window.close()" title="Đóng cửa sổ này">Đóng cửa sổ này</a></div>
</div></div></body></html>"""
    return html(page)


# --- listings ------------------------------------------------------------------------------


def _main_right_panel(cat: str) -> str:
    items = cat_items(cat)[:4]
    first, others = items[0], items[1:]
    ht = _hometext(first)
    left = (
        f'<a href="{link_in(first, cat)}" title="{esc(first.title)}"><img alt="{esc(first.title)}" '
        f'src="{thumb(first)}" width="120" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{link_in(first, cat)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
        + (f"<p>{esc(ht)}</p>" if ht else "")
    )
    right = "".join(
        f'<li class="icon_list"><a class="show" href="{link_in(o, cat)}" data-content="{esc(_hometext(o))}" '
        f'data-img="{thumb(o)}" data-rel="tooltip" data-placement="bottom" title="{esc(o.title)}">'
        f"{esc(o.title)}</a></li>"
        for o in others
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-heading">'
        f'<h4><a title="{esc(CATS[cat])}" href="/news/{cat}/"><span>{esc(CATS[cat])}</span></a></h4>'
        f'<a class="pull-right more" href="/news/rss/{cat}/" title="RSS"><em class="fa fa-rss"></em></a></div>'
        '<div class="panel-body"><div class="row">'
        f'<div class="col-md-12">{left}</div>'
        f'<div class="col-md-12"><ul class="related">{right}</ul></div>'
        "</div></div></div>"
    )


def home_page(request: Request, at_news: bool) -> Response:
    slides = "".join(
        f'<div class="item{" active" if k == 0 else ""}"><a href="{art_path(s)}"><img src="{home_img(s).src}" '
        f'alt="{esc(s.title)}" width="700" height="320" /></a><div class="carousel-caption">'
        f'<a href="{art_path(s)}">{esc(clean60(s.title))}</a></div></div>'
        for k, s in enumerate([BY_ID[112], BY_ID[107]])
    )
    main = (
        f'<div id="hotnews" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
        + "".join(_main_right_panel(c) for c in CATS)
    )
    crumbs = [("/news/", "Tin tức")] if at_news else []
    return layout(
        request,
        title=f"Tin tức - {SITE}" if at_news else SITE,
        main=main,
        crumbs=crumbs,
        desc="Trang thông tin điện tử Trường Mầm non Sơn Ca, thành phố Bảo Lộc, tỉnh Lâm Đồng",
        canonical="/news/" if at_news else "/",
    )


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    out = ['<div class="text-center"><ul class="pagination">']
    if page > 1:
        out.append(f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def category_page(request: Request, cat: str, page: int) -> Response | None:
    items = cat_items(cat)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    lis = "".join(
        f'<li><span class="num">{(page - 1) * PER_PAGE + k}.</span> <a href="{link_in(s, cat)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a> <span class="text-muted">({publ(s, "list")})</span>'
        + ('<img src="/themes/default/images/news/new.gif" alt="Mới" class="icon_new" />' if _time(s) > _dt.datetime(2026, 12, 1) else "")
        + "</li>"
        for k, s in enumerate(chunk, start=1)
    )
    base = f"/news/{cat}/"
    main = (
        '<div class="news_column panel panel-default"><div class="panel-heading">'
        f'<h1 class="h4 cat-title"><a href="{base}">{esc(CATS[cat])}</a></h1></div><div class="panel-body">'
        f'<ul class="viewcat_list list-items">{lis}</ul></div></div>'
        + _pagination(base, page, pages)
    )
    title = f"{CATS[cat]} - {SITE}" if page == 1 else f"{CATS[cat]} - Trang {page} - {SITE}"
    return layout(
        request,
        title=title,
        main=main,
        crumbs=[("/news/", "Tin tức"), (base, CATS[cat])],
        desc=f"{CATS[cat]} - {SITE}",
        canonical=base if page == 1 else f"{base}page-{page}",
    )


def _all_tags() -> dict[str, str]:
    tags: dict[str, str] = {}
    for s in STORIES:
        for a, n in s.opts.get("tags", []):
            tags.setdefault(a, n)
    return tags


def tag_page(request: Request, alias: str) -> Response | None:
    name = _all_tags().get(alias)
    if not name:
        return None
    items = [s for s in STORIES if alias in [a for a, _ in s.opts.get("tags", [])]]
    body = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body">'
        f'<a href="{art_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="100" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{publ(s, "list")}</div>'
        f"<p>{esc(_hometext(s))}</p></div></div>"
        for s in items
    )
    main = f'<div class="page-header"><h1 class="h3">Từ khóa: {esc(name)}</h1></div>{body}'
    return layout(
        request,
        title=f"{name} - Tin tức - {SITE}",
        main=main,
        crumbs=[("/news/", "Tin tức"), (f"/news/tag/{alias}", name)],
        canonical=f"/news/tag/{alias}",
    )


def rss(request: Request, cat: str | None) -> Response | None:
    if cat is not None and cat not in CATS:
        return None
    base = base_url(request)
    items = cat_items(cat)[:4] if cat else STORIES[:8]
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{esc(CATS[cat] if cat else 'Tin tức')} - {SITE}</title>",
        f"<link>{base}/news/{cat + '/' if cat else ''}</link>",
        f"<description>{SITE}</description>",
        "<language>vi</language>",
        "<generator>NukeViet v4.3</generator>",
    ]
    for s in items:
        t = _time(s)
        link = base + art_path(s)
        out.append(
            f"<item><title>{esc(s.title)}</title><link>{link}</link><guid isPermaLink=\"false\">news_{s.id}</guid>"
            f"<description><![CDATA[<img src=\"{base}{thumb(s)}\" width=\"100\" align=\"left\" border=\"0\">{esc(_hometext(s))}]]></description>"
            f"<pubDate>{t.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
        )
    out += ["</channel>", "</rss>"]
    return Response(200, "\n".join(out), {"Content-Type": "application/rss+xml; charset=utf-8"})


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if len(q) >= 3:
        found = [s for s in STORIES if q.lower() in s.title.lower()]
        res = "".join(
            f'<div class="result"><h3><a href="{art_path(s)}">{esc(s.title)}</a></h3>'
            f'<p class="text-muted">{publ(s, "list")} - {esc(CATS[s.cat])}</p></div>'
            for s in found
        ) or '<div class="alert alert-info">Không có kết quả nào phù hợp với từ khóa của bạn.</div>'
        info = f"<p>Kết quả tìm kiếm cho từ khóa <strong>{esc(q)}</strong>: {len(found)} bài viết</p>{res}"
    elif q:
        info = '<div class="alert alert-warning">Từ khóa tìm kiếm phải có ít nhất 3 ký tự.</div>'
    else:
        info = ""
    form = (
        '<form action="/news/search/" method="get" class="form-horizontal">'
        f'<input type="text" name="q" value="{esc(q)}" class="form-control" />'
        '<select name="choose" class="form-control"><option value="0">Tất cả</option>'
        '<option value="1">Tiêu đề</option><option value="2">Tác giả</option></select>'
        '<input type="submit" class="btn btn-primary" value="Tìm kiếm" /></form>'
    )
    return layout(
        request,
        title=f"Tìm kiếm - Tin tức - {SITE}",
        main=f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="h3">Tìm kiếm</h1>{form}{info}</div></div>',
        crumbs=[("/news/", "Tin tức"), ("/news/search/", "Tìm kiếm")],
        canonical="/news/search/",
    )


# --- the other modules (not articles) ------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "12/09/2026 08:30",
        [
            "Trường Mầm non Sơn Ca được thành lập năm 1982, tiền thân là nhà trẻ của Hợp tác xã "
            "nông nghiệp Lộc Sơn. Năm 2004, trường được công nhận đạt chuẩn quốc gia mức độ 1 và "
            "năm 2019 được công nhận lại đạt chuẩn quốc gia mức độ 2.",
            "Năm học 2026 – 2027, trường có 13 nhóm, lớp với 412 trẻ, 46 cán bộ, giáo viên, nhân "
            "viên; 100% giáo viên đạt trình độ chuẩn trở lên.",
            "Với phương châm “Vui chơi mà học – Học mà vui chơi”, nhà trường luôn chú trọng xây "
            "dựng môi trường giáo dục lấy trẻ làm trung tâm, an toàn, thân thiện và gần gũi với "
            "thiên nhiên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "15/09/2026 10:00",
        [
            "Hiệu trưởng: cô Võ Thị Ngọc Lan.",
            "Phó Hiệu trưởng phụ trách chuyên môn: cô Đặng Thị Thanh Hương.",
            "Phó Hiệu trưởng phụ trách nuôi dưỡng: cô Nguyễn Thị Phương Dung.",
            "Các tổ: tổ Nhà trẻ, tổ Mẫu giáo Bé, tổ Mẫu giáo Nhỡ, tổ Mẫu giáo Lớn, tổ Nuôi dưỡng và "
            "tổ Văn phòng.",
        ],
    ),
    "co-so-vat-chat": (
        "Cơ sở vật chất",
        "20/09/2026 14:15",
        [
            "Trường có khuôn viên rộng 4.200 m², gồm 13 phòng học, phòng giáo dục thể chất, phòng "
            "âm nhạc, thư viện thân thiện và khu bếp ăn một chiều đạt chuẩn.",
            "Sân chơi ngoài trời được bố trí khu vận động, khu cát nước và vườn rau của bé, nơi trẻ "
            "tự tay gieo hạt, tưới cây và thu hoạch rau sạch cho bữa ăn bán trú.",
        ],
    ),
}

ALBUMS = {
    8: (
        "be-vui-hoi-trang-ram",
        "Bé vui hội trăng rằm",
        "25/09/2026",
        "Đêm hội Trung thu năm 2026 với chương trình văn nghệ, rước đèn và phá cỗ của các bé.",
        ["trung-thu-1", "trung-thu-2", "trung-thu-3", "trung-thu-4"],
    ),
    6: (
        "ngay-hoi-dong-phuc",
        "Ngày hội đồng phục",
        "08/09/2026",
        "Các bé rạng rỡ trong bộ đồng phục mới ngày khai giảng năm học 2026 – 2027.",
        ["dong-phuc-1", "dong-phuc-2", "dong-phuc-3"],
    ),
}


def about_page(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        lis = "".join(
            f'<li><h3><a href="/about/{a}.html" title="{esc(t)}">{esc(t)}</a></h3></li>'
            for a, (t, _d, _p) in ABOUT.items()
        )
        return layout(
            request,
            title=f"Giới thiệu - {SITE}",
            main=f'<div class="page panel panel-default"><div class="panel-body"><ul class="list-none">{lis}</ul></div></div>',
            crumbs=[("/about/", "Giới thiệu")],
            canonical="/about/",
        )
    if alias not in ABOUT:
        return None
    title, upd, paras = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    others = "".join(
        f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _d, _p) in ABOUT.items() if a != alias
    )
    main = (
        '<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>'
        f'<div class="panel-body"><h1 class="title margin-bottom-lg" itemprop="name">{esc(title)}</h1>'
        f'<div class="text-muted small"><em class="fa fa-clock-o"></em> Cập nhật lần cuối: {upd}</div>'
        f'<div class="clearfix">{body}</div></div></div>'
        f'<div class="page panel panel-default"><div class="panel-body"><ul class="related">{others}</ul></div></div>'
    )
    return layout(
        request,
        title=f"{title} - Giới thiệu - {SITE}",
        main=main,
        crumbs=[("/about/", "Giới thiệu"), (f"/about/{alias}.html", title)],
        desc=paras[0][:150],
        canonical=f"/about/{alias}.html",
    )


def photos_page(request: Request, album_id: int | None) -> Response | None:
    if album_id is None:
        cards = "".join(
            f'<div class="col-xs-12 album-item"><a href="/photos/hoat-dong-cua-be/{a}-{i}" title="{esc(t)}">'
            f'<img src="/uploads/photos/2026_09/{imgs[0]}.jpg" alt="{esc(t)}" class="img-thumbnail" width="200" /></a>'
            f'<h3><a href="/photos/hoat-dong-cua-be/{a}-{i}">{esc(t)}</a></h3><span class="small">{len(imgs)} ảnh</span></div>'
            for i, (a, t, _d, _x, imgs) in ALBUMS.items()
        )
        return layout(
            request,
            title=f"Thư viện ảnh - {SITE}",
            main=f'<div class="panel panel-default"><div class="panel-heading"><h1 class="h4">Hoạt động của bé</h1></div><div class="panel-body row">{cards}</div></div>',
            crumbs=[("/photos/", "Thư viện ảnh")],
            canonical="/photos/",
        )
    if album_id not in ALBUMS:
        return None
    alias, title, day, desc, imgs = ALBUMS[album_id]
    grid = "".join(
        f'<div class="col-xs-8"><a href="/uploads/photos/2026_09/{n}.jpg" data-fancybox="gallery" '
        f'data-caption="{esc(title)}"><img src="/uploads/photos/2026_09/{n}.jpg" alt="{esc(title)}" '
        'class="img-thumbnail" width="180" /></a></div>'
        for n in imgs
    )
    main = (
        '<div class="panel panel-default viewalbum"><div class="panel-body">'
        f'<h1 class="title">{esc(title)}</h1>'
        f'<p class="text-muted"><em class="fa fa-calendar"></em> Ngày đăng: {day} &nbsp; '
        f'<em class="fa fa-eye"></em> Lượt xem: {210 + album_id * 13}</p>'
        f'<div class="album-desc"><p>{esc(desc)}</p></div><div class="row">{grid}</div></div></div>'
    )
    return layout(
        request,
        title=f"{title} - Thư viện ảnh - {SITE}",
        main=main,
        crumbs=[("/photos/", "Thư viện ảnh"), (f"/photos/hoat-dong-cua-be/{alias}-{album_id}", title)],
        desc=desc,
        canonical=f"/photos/hoat-dong-cua-be/{alias}-{album_id}",
    )


def contact_page(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Liên hệ</h1>'
        f"<p><strong>{SITE}</strong></p>"
        "<p>Địa chỉ: Số 25 đường Lê Thị Pha, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3864 215 – Email: mnsonca.baoloc@lamdong.edu.vn</p>"
        '<form action="/contact/" method="post" class="form-horizontal">'
        '<select name="fpart" class="form-control"><option value="1">Ban giám hiệu</option>'
        '<option value="2">Văn phòng</option><option value="3">Tổ Nuôi dưỡng</option></select>'
        '<input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề" />'
        '<input type="text" name="fname" class="form-control" placeholder="Họ và tên" />'
        '<input type="email" name="femail" class="form-control" placeholder="Email" />'
        '<textarea name="fcon" class="form-control" rows="5" placeholder="Nội dung"></textarea>'
        '<input type="submit" class="btn btn-primary" value="Gửi" /></form></div></div>'
    )
    return layout(request, title=f"Liên hệ - {SITE}", main=main, crumbs=[("/contact/", "Liên hệ")], canonical="/contact/")


# --- routing -------------------------------------------------------------------------------

_ART = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_STATIC_DIRS = ("/themes/", "/assets/", "/uploads/", "/favicon.ico")


def _story_for(cat: str, slug: str, sid: str, allow_extra: bool = True) -> Story | None:
    s = BY_ID.get(int(sid))
    if not s or s.slug != slug:
        return None
    if cat == s.cat or (allow_extra and cat in s.opts.get("extra_cats", [])):
        return s
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_DIRS):
            return static_file(path)
        if path == "/":
            return home_page(request, False) if not request.query else redirect("/", 301)
        if path == "/index.php":
            params = request.params
            if params.get("second") == "cronjobs":
                return static_file("/cron.gif")
            if params.get("scaptcha"):
                return static_file("/captcha.png")
            op = params.get("op", "")
            m = re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$", op)
            if params.get("nv") == "news" and m:
                s = _story_for(*m.groups(), allow_extra=False)
                if s:
                    return detail_page(request, s, s.cat)
            return None
        if path == "/news/":
            return home_page(request, True)
        if path in ("/news/rss/",):
            return rss(request, None)
        m = re.match(r"^/news/rss/([a-z0-9-]+)/$", path)
        if m:
            return rss(request, m.group(1))
        if path == "/news/search/":
            return search_page(request)
        m = re.match(r"^/news/tag/([a-z0-9-]+)$", path)
        if m:
            return tag_page(request, m.group(1))
        m = _PRINT.match(path)
        if m:
            s = _story_for(*m.groups(), allow_extra=False)
            return print_page(request, s) if s else None
        m = _ART.match(path)
        if m:
            s = _story_for(*m.groups())
            if not s:
                return None
            if request.query:
                params = parse_qs(request.query)
                if params.get("download") == ["1"] and s.opts.get("files"):
                    k = int((params.get("id") or ["0"])[0] or 0)
                    if 0 <= k < len(s.opts["files"]):
                        fname = s.opts["files"][k][0]
                        return Response(
                            200,
                            PDF,
                            {
                                "Content-Type": "application/pdf",
                                "Content-Disposition": f"attachment; filename=\"{quote(fname)}\"",
                            },
                        )
                    return None
                return redirect(path, 301)
            return detail_page(request, s, m.group(1))
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            page = int(m.group(2)) if m.group(2) else 1
            if m.group(2) == "1":
                return None
            return category_page(request, m.group(1), page)
        if path == "/about/":
            return about_page(request, None)
        m = re.match(r"^/about/([a-z0-9-]+)\.html$", path)
        if m:
            return about_page(request, m.group(1))
        if path == "/photos/":
            return photos_page(request, None)
        m = re.match(r"^/photos/hoat-dong-cua-be/([a-z0-9-]+)-(\d+)$", path)
        if m:
            aid = int(m.group(2))
            if aid in ALBUMS and ALBUMS[aid][0] == m.group(1):
                return photos_page(request, aid)
            return None
        if path == "/contact/":
            return contact_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [print_path(s)]
    alts += [art_path(s, c) for c in s.opts.get("extra_cats", [])]
    if s.id == 101:
        alts.append(raw_path(s))
    return gold_record(s, art_path(s), CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/about/co-so-vat-chat.html",
    "/photos/hoat-dong-cua-be/be-vui-hoi-trang-ram-8",
    "/photos/hoat-dong-cua-be/ngay-hoi-dong-phuc-6",
    "/contact/",
]
