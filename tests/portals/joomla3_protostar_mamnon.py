"""Trường Mầm non Sơn Ca (Tuy Hòa, Phú Yên) on Joomla 3.10 with the stock Protostar template.

Platform: Joomla! 3.10.x, template Protostar (positions banner, position-0 search, position-1 main
menu, position-2 breadcrumbs, position-7 right column, position-8 left column, footer), the
default vi-VN language pack, SEF URLs on and URL rewriting off, so every URL carries
``index.php``. Stock plugins on: Content - Page Break, Content - Email Cloaking, Content - Vote
(category "Hoạt động của bé" only), Content - Page Navigation (categories "Chuyên môn" and
"Góc phụ huynh" only), System - SEF (so editor paths come out as ``/images/…``). Custom fields
(J3.7+) on "Hoạt động của bé" with a "Người viết" field shown after the title.

URL scheme
- ``/`` and ``/index.php``: home, a com_content *featured* blog (3 featured articles).
- ``/index.php/<menu-alias>``: a category blog (``?start=N`` pages it) or, for "Góc phụ huynh"
  and "Văn bản", a category *list* (a table; its ``adminForm`` posts ``limit`` back to itself).
- ``/index.php/<menu-alias>/<id>-<alias>``: an article (the canonical form).
- ``…/<id>-<alias>?tmpl=component&print=1&layout=default``: the print view (print icon).
- ``…/<id>-<alias>?hitcount=0``: the Vote plugin's form action (GET serves the article).
- ``…/38-…?limitstart=1``, ``?showall=&limitstart=N``, ``?showall=1``: Page Break pages.
- ``/index.php?option=com_content&view=article&id=<N>:<alias>&catid=<C>&Itemid=<I>``: the
  non-SEF form, typed by hand into the left column's "Tin nổi bật" custom HTML module and into
  one article's text (the SEF plugin only makes such links absolute, it does not route them).
- ``/index.php/component/tags/tag/<id>-<alias>``: tag listings.
- ``/index.php/<menu-alias>?format=feed&type=rss``: the category feeds in the head.

Page templates: ``div.item-page[itemtype=Article]`` (page heading ``h1`` = the menu item's title,
article headline ``h2[itemprop=headline]``, ``dl.article-info`` with createdby / parent /
category / created / published / modified / hits, full-text image ``div.item-image`` *before*
``div[itemprop=articleBody]``, tags, vote form, ``ul.pager.pagenav``); ``div.blog`` /
``div.blog-featured`` with ``items-leading`` / ``items-row`` / ``items-more`` and Protostar's
``div.pagination`` (icon-only next/prev links); ``table.category`` lists.

How each gold article is reached
- "Tin tức" blog (leading 1 + intro 2 per page, 1 more link): 41, 40, 38 on page 1, 35 in the
  "Các bài viết khác" list and on page 2; **30 only on ``/index.php/tin-tuc?start=3``**.
- "Hoạt động của bé" blog (2 per page): 39, 36; **31 only on ``?start=2``**.
- "Chuyên môn" blog: 37, 32. "Góc phụ huynh" list: 34, 29. "Thông báo" blog: 33.
- Home: featured 41, 39, 37. Right column: "Tin mới" (5 newest), "Đọc nhiều" (4).

Traps
1. Page heading vs headline: an article page prints ``<h1>`` with the menu item's title ("Tin
   tức", "Hoạt động của bé") above the article's ``<h2 itemprop="headline">``; ``<title>`` adds
   " - Trường Mầm non Sơn Ca". Gold title = the h2 headline.
2. Three dates in ``dl.article-info``: "Ngày tạo" (``itemprop=dateCreated``, the draft's day,
   earlier), "Được đăng" (``datePublished``) and "Cập nhật lần cuối" (``dateModified``, later).
   The visible text prints the day only ("20 Tháng 11 2026"); the ``<time datetime>`` carries
   the time with offset. Gold = the datePublished stamp with its time.
3. A publish time of midnight (article 30: ``datetime="2026-10-15T00:00:00+07:00"``) is a day
   without a time: gold "2026-10-15".
4. "Viết bởi Super User" (``dd.createdby itemprop=author``) is the CMS account, not an author:
   gold nobody unless the text signs. Article 40 has a *created_by_alias*, so the same slot
   prints "Viết bởi Nguyễn Thị Thanh Tâm": that one is the author.
5. Custom field author: in "Hoạt động của bé" the writer is a J3 custom field printed before the
   text (``dl.fields-container`` > ``span.field-label`` "Người viết: " + ``span.field-value``),
   while createdby still says "Super User". Gold author = the field's value (39: a person, 36: a
   unit "Tổ Mẫu giáo Lớn").
6. Full-text image outside the text: the article's main photo is ``images.image_fulltext``,
   printed in ``div.pull-none.item-image`` *before* ``div[itemprop=articleBody]``; it is the
   article's first image. Its caption is only in the ``title`` attribute of
   ``<img class="caption">`` (media/system/js/caption.js draws it under the photo at load):
   gold caption = that title. The same holds for ``img.caption`` inside the text. The blog shows
   another picture (``image_intro``, a thumbnail) which is not on the article page.
7. Email Cloaking: an address in the text is replaced by a ``span#cloak<md5>`` holding the
   plugin's "Địa chỉ email này đang được bảo vệ…" notice and a script that writes the address in
   pieces (``'mnsonca.tuyhoa' + '&#64;' + …``). Gold = the paragraph as a browser shows it, with
   the address and without the notice (34; also the footer's address, which is chrome).
8. Page Break: article 38 is split by ``hr.system-pagebreak``; page 1 prints a "Mục lục bài
   viết" box (``div.article-index``, links ``?showall=&limitstart=N`` and "Tất cả các trang"
   ``?showall=1``), a "Trang 1 / 2" counter and a "Tiếp" link to ``?limitstart=1``. Gold: one
   article at the plain URL with the text of *all* pages (as ``?showall=1`` prints it); every
   page URL is an alt_path; the box, the counter and the page titles are not body.
9. Duplicates: print view (``?tmpl=component&print=1&layout=default``, rel=nofollow), the Vote
   form's ``?hitcount=0`` action, and the non-SEF ``index.php?option=com_content…`` links of
   the custom module (38, 36, 34) and of article 41's text: all alt_paths of the SEF URL. No
   page prints a canonical link (J3 core prints none).
10. The intro page ("Giới thiệu", a single-article menu item), the document entry ("Văn bản")
    and the video entry are com_content articles with the very same ``item-page`` markup,
    headline, createdby and hits: NON_ARTICLES.
11. Editor markup: article 40's text is ``<div style="text-align: justify;">`` blocks (no
    ``<p>``) with ``<br />`` splitting one block in two and ``<p>&nbsp;</p>`` spacers; a photo
    and its caption in a two-row TinyMCE table (the caption row is a caption, not a table row of
    text); 37 has a real table (rows are paragraphs, cells joined by " | ").
12. Bylines at the end of the text, right-aligned: "Tin: X – Ảnh: Y" (41), a post before the
    name "Y sĩ Trần Thị Ngọc Hân" (35), "ThS. Lê Thị Bích Ngọc, Phó Hiệu trưởng" (37), a unit
    "Công đoàn trường" (38); "Nguồn: …" (32) and "Theo …" (29) closing lines.
13. Blog chrome that reads like text: "Đọc thêm: <title>" buttons, the "Các bài viết khác" list,
    the category description, icon-only pagination links, "Trang 1 / 2" counters.
14. Article 33 is an official notice (letterhead table, "Số:", "Tuy Hòa, ngày 30 tháng 10 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG", "(Đã ký)", name) whose Joomla
    "Được đăng" day is the next day (31/10): gold date = the letterhead's day "2026-10-30",
    author = the signer.

Gold decisions on ambiguous points
- published_at is the ``<time itemprop="datePublished" datetime>`` stamp (with its time) even
  though the visible text prints the day only: it is Joomla's own print of publish_up; never
  dateCreated or dateModified, never the header's date.
- The bold first paragraph (``<p><strong>…</strong></p>``) is the sapo (41, 38, 35); the other
  articles have no sapo (summary null; meta description ignored).
- Captions drawn from ``img.caption[title]`` count as printed lines; an ``alt`` never does. A
  line "Ảnh: X" under a photo credits X (photographer) and is no caption.
- Category = the leaf category as breadcrumb and menu print it ("Hoạt động của bé", not the
  parent "Hoạt động", which is a menu heading).
- The non-SEF duplicate with another Itemid keeps the same category (breadcrumb differs only).
"""

from __future__ import annotations

import hashlib
import re

from crawler.demo.server import Request, Response, html

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_protostar_mamnon"
PLATFORM = "Joomla 3.10 (Protostar template, SEF on, rewrite off)"
START_PATH = "/"

SITE = "Trường Mầm non Sơn Ca"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
EMAIL = "mnsonca.tuyhoa@gmail.com"

# --- menu items and categories -----------------------------------------------------------------

# menu alias -> (Itemid, menu title, category id, category title, parent title, layout)
MENUS = {
    "tin-tuc": (103, "Tin tức", 8, "Tin tức", None, "blog"),
    "hoat-dong-cua-be": (111, "Hoạt động của bé", 9, "Hoạt động của bé", "Hoạt động", "blog"),
    "chuyen-mon": (112, "Chuyên môn", 10, "Chuyên môn", "Hoạt động", "blog"),
    "goc-phu-huynh": (105, "Góc phụ huynh", 11, "Góc phụ huynh", None, "list"),
    "thong-bao": (106, "Thông báo", 12, "Thông báo", None, "blog"),
    "van-ban": (107, "Văn bản", 13, "Văn bản", None, "list"),
    "video-clip": (108, "Video clip", 14, "Video clip", None, "blog"),
}
# blog layout per menu: (leading + intro per page, number of "Các bài viết khác" links)
BLOG_PAGE = {"tin-tuc": (3, 1), "hoat-dong-cua-be": (2, 0), "chuyen-mon": (4, 0), "thong-bao": (4, 0),
             "video-clip": (4, 0)}
CAT_DESC = {
    "tin-tuc": "Tin tức, sự kiện của nhà trường và ngành Giáo dục thành phố Tuy Hòa.",
    "hoat-dong-cua-be": "Những hoạt động vui chơi, học tập và trải nghiệm của các bé.",
}

TAGS = {3: ("hoi-thi", "hội thi"), 4: ("trai-nghiem", "trải nghiệm")}


def _dt(stamp: str) -> str:
    return stamp if "T" in stamp else stamp + "T00:00:00+07:00"


# --- the articles --------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        41, "truong-mam-non-son-ca-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
        "tin-tuc", "2026-12-03T15:40:00+07:00",
        [
            Img("/images/tintuc/2026/12/hoi-thi-be-khoe-01.jpg",
                "Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng",
                "Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng", "fulltext"),
            P("Sáng ngày 02/12/2026, Trường Mầm non Sơn Ca, thành phố Tuy Hòa long trọng tổ chức Hội thi "
              "“Bé khỏe – Bé ngoan” dành cho trẻ mẫu giáo 4 – 5 tuổi và 5 – 6 tuổi.", "bold"),
            P("Tham gia hội thi có 12 đội đến từ các lớp Chồi và lớp Lá của nhà trường với hơn 300 cháu. "
              "Các bé lần lượt trải qua ba phần thi: đồng diễn thể dục, vận động “Bé khéo tay” và giao lưu "
              "năng khiếu."),
            Img("/images/tintuc/2026/12/hoi-thi-be-khoe-02.jpg",
                "Phần thi vận động “Vượt chướng ngại vật” của các bé lớp Chồi 2",
                "Phần thi vận động “Vượt chướng ngại vật” của các bé lớp Chồi 2", "title"),
            P("Phát biểu khai mạc, cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường cho biết hội thi nhằm "
              "đánh giá kết quả thực hiện chuyên đề giáo dục phát triển vận động, đồng thời tạo sân chơi "
              "bổ ích để các bé mạnh dạn, tự tin trước đông người.", "link41"),
            Img("/images/tintuc/2026/12/hoi-thi-be-khoe-03.jpg", "(Phần thi “Bé khéo tay”)",
                "Phần thi “Bé khéo tay”", "next"),
            P("Kết quả, Ban tổ chức đã trao 1 giải Nhất cho lớp Lá 1, 2 giải Nhì cho lớp Lá 3 và lớp Chồi 2, "
              "3 giải Ba và 6 giải Khuyến khích cho các đội còn lại."),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Mỹ Duyên – Ảnh: Trần Quốc Bảo</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Duyên"], photographers=["Trần Quốc Bảo"],
        summary="Sáng ngày 02/12/2026, Trường Mầm non Sơn Ca, thành phố Tuy Hòa long trọng tổ chức Hội thi "
                "“Bé khỏe – Bé ngoan” dành cho trẻ mẫu giáo 4 – 5 tuổi và 5 – 6 tuổi.",
        opts={"created": "2026-12-03T10:12:05+07:00", "modified": "2026-12-04T08:01:44+07:00",
              "tags": [3], "featured": True, "hits": 412, "thumb": "/images/tintuc/2026/12/thumb-hoi-thi.jpg"},
    ),
    Story(
        40, "hoi-nghi-ban-dai-dien-cha-me-tre-em-nam-hoc-2026-2027",
        "Hội nghị Ban đại diện cha mẹ trẻ em năm học 2026 – 2027",
        "tin-tuc", "2026-11-28T09:05:00+07:00",
        [
            P("Chiều ngày 27/11/2026, Trường Mầm non Sơn Ca tổ chức Hội nghị Ban đại diện cha mẹ trẻ em "
              "năm học 2026 – 2027 với sự tham dự của 36 phụ huynh đại diện cho 18 nhóm, lớp.", "div"),
            P("Tại hội nghị, Ban giám hiệu đã thông qua kết quả thực hiện nhiệm vụ tháng 9, tháng 10 và "
              "kế hoạch chăm sóc, giáo dục trẻ trong học kỳ I.", "br1"),
            P("Các khoản thu, chi đầu năm được công khai đầy đủ, đúng quy định.", "br2"),
            Img("/images/tintuc/2026/11/hoi-nghi-cmht.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "table"),
            P("Hội nghị đã bầu Ban đại diện cha mẹ trẻ em nhà trường gồm 7 thành viên, ông Trần Văn Hùng, "
              "phụ huynh lớp Lá 2, được tín nhiệm bầu làm Trưởng ban.", "div"),
            P("Các ý kiến đóng góp của phụ huynh về giờ đón trả trẻ, thực đơn bán trú và công tác phòng "
              "chống dịch bệnh mùa mưa đã được nhà trường tiếp thu, giải trình cụ thể.", "div"),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        opts={"created": "2026-11-27T20:31:10+07:00", "alias_author": "Nguyễn Thị Thanh Tâm", "hits": 265,
              "thumb": "/images/tintuc/2026/11/thumb-hoi-nghi.jpg"},
    ),
    Story(
        38, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        "tin-tuc", "2026-11-20T16:20:00+07:00",
        [
            P("Hòa chung không khí tri ân thầy cô trong cả nước, sáng 20/11/2026, Trường Mầm non Sơn Ca tổ "
              "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.", "bold"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Tuy Hòa, UBND phường "
              "9, Ban đại diện cha mẹ trẻ em cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            Img("/images/tintuc/2026/11/20-11-le-ky-niem.jpg", "Văn nghệ chào mừng của các bé lớp Lá 3",
                "Văn nghệ chào mừng của các bé lớp Lá 3", "title"),
            P("Tại buổi lễ, nhà trường ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam và khen "
              "thưởng 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."),
            Raw('<hr class="system-pagebreak" title="Các hoạt động chào mừng" alt="Các hoạt động chào mừng" />'),
            P("Trong tháng 11, Công đoàn trường đã phát động nhiều hoạt động thi đua chào mừng:"),
            P("Hội thi “Cô giáo khéo tay” với 12 sản phẩm đồ dùng dạy học tự làm;", "li"),
            P("Thao giảng 18 tiết dạy tốt ở tất cả các khối lớp;", "li"),
            P("Giải bóng chuyền hơi nữ giao lưu với Trường Mầm non Hoa Mai.", "li"),
            P("Qua các hoạt động, tập thể sư phạm nhà trường càng thêm đoàn kết, quyết tâm hoàn thành xuất "
              "sắc nhiệm vụ năm học 2026 – 2027."),
            Raw('<p style="text-align: right;"><strong><em>Công đoàn trường</em></strong></p>'),
        ],
        authors=["Công đoàn trường"],
        summary="Hòa chung không khí tri ân thầy cô trong cả nước, sáng 20/11/2026, Trường Mầm non Sơn Ca tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        opts={"created": "2026-11-19T21:00:00+07:00", "hits": 733, "nonsef": True,
              "thumb": "/images/tintuc/2026/11/thumb-20-11.jpg"},
    ),
    Story(
        35, "don-doan-kiem-tra-cong-tac-y-te-truong-hoc",
        "Đón đoàn kiểm tra công tác y tế trường học học kỳ I",
        "tin-tuc", "2026-11-10T10:30:00+07:00",
        [
            P("Ngày 09/11/2026, đoàn kiểm tra liên ngành Y tế – Giáo dục thành phố Tuy Hòa đã đến kiểm tra "
              "công tác y tế trường học tại Trường Mầm non Sơn Ca.", "bold"),
            P("Đoàn đã kiểm tra hồ sơ sức khỏe của trẻ, tủ thuốc, phòng y tế, bếp ăn bán trú và quy trình "
              "lưu mẫu thức ăn hằng ngày của nhà trường."),
            Img("/images/tintuc/2026/11/kiem-tra-y-te.jpg", None, None, "bare"),
            P("Kết thúc buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đồng thời lưu ý "
              "tăng cường vệ sinh môi trường, phòng chống sốt xuất huyết trong mùa mưa."),
            Raw('<p style="text-align: right;"><em>Y sĩ Trần Thị Ngọc Hân</em></p>'),
        ],
        authors=["Trần Thị Ngọc Hân"],
        summary="Ngày 09/11/2026, đoàn kiểm tra liên ngành Y tế – Giáo dục thành phố Tuy Hòa đã đến kiểm tra "
                "công tác y tế trường học tại Trường Mầm non Sơn Ca.",
        opts={"created": "2026-11-10T09:02:00+07:00", "tags": [3], "hits": 188},
    ),
    Story(
        30, "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc", "2026-10-15",
        [
            P("Thực hiện kế hoạch của Phòng Giáo dục và Đào tạo thành phố Tuy Hòa, Trường Mầm non Sơn Ca "
              "tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026."),
            P("Nhà trường trưng bày góc sách cho bé và phụ huynh tại sảnh chính, tổ chức giờ đọc truyện "
              "cùng bé mỗi sáng thứ Sáu và phát động phong trào “Mỗi giáo viên đọc một cuốn sách hay”."),
            Img("/images/tintuc/2026/10/goc-sach.jpg", None, None, "bare"),
            P("Theo kế hoạch, các hoạt động sẽ được duy trì thường xuyên trong suốt năm học."),
        ],
        opts={"created": "2026-10-14T16:45:00+07:00", "modified": "2026-12-02T10:00:00+07:00", "hits": 97},
    ),
    Story(
        39, "be-lop-mam-trai-nghiem-lam-banh-quy",
        "Bé lớp Mầm trải nghiệm “Bé làm bánh quy”",
        "hoat-dong-cua-be", "2026-11-26T14:10:00+07:00",
        [
            P("Nhằm giúp trẻ làm quen với công việc nội trợ và phát triển vận động tinh, chiều 25/11, các bé "
              "lớp Mầm 1 và Mầm 2 đã tham gia hoạt động trải nghiệm “Bé làm bánh quy”."),
            Img("/images/hoatdong/2026/11/lam-banh-01.jpg", "Cô hướng dẫn các bé nhào bột",
                "Cô hướng dẫn các bé nhào bột", "title"),
            P("Dưới sự hướng dẫn của cô, các bé được nhào bột, dùng khuôn cắt bánh thành hình ngôi sao, "
              "trái tim và xếp bánh vào khay."),
            Img("/images/hoatdong/2026/11/lam-banh-02.jpg", "Những chiếc bánh đầu tiên của bé",
                "Những chiếc bánh đầu tiên của bé", "title"),
            P("Sau giờ hoạt động, cả lớp cùng thưởng thức thành quả và mang một phần bánh về tặng bố mẹ."),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        opts={"created": "2026-11-26T11:20:00+07:00", "field_author": "Phạm Thị Hồng Nhung", "tags": [4],
              "featured": True, "hits": 356, "thumb": "/images/hoatdong/2026/11/thumb-lam-banh.jpg"},
    ),
    Story(
        36, "tham-quan-trai-nghiem-vuon-rau-sach-phu-lam",
        "Chuyến tham quan trải nghiệm tại vườn rau sạch phường Phú Lâm",
        "hoat-dong-cua-be", "2026-11-14T08:45:00+07:00",
        [
            P("Sáng ngày 13/11/2026, gần 120 bé khối Lá đã có chuyến tham quan trải nghiệm tại hợp tác xã "
              "rau sạch phường Phú Lâm, thành phố Tuy Hòa."),
            P("Tại đây, các bé được nghe cô chú nông dân giới thiệu về các loại rau, tự tay tưới nước, nhổ "
              "cỏ và hái rau cải bỏ vào giỏ."),
            Img("/images/hoatdong/2026/11/vuon-rau.jpg", "Ảnh: Võ Minh Trí", None, "next"),
            P("Chuyến đi giúp các bé biết thêm về nguồn gốc thực phẩm hằng ngày và yêu quý người lao động."),
        ],
        authors=["Tổ Mẫu giáo Lớn"], photographers=["Võ Minh Trí"],
        opts={"created": "2026-11-13T19:00:00+07:00", "field_author": "Tổ Mẫu giáo Lớn", "tags": [4],
              "hits": 301, "nonsef": True},
    ),
    Story(
        31, "be-lop-choi-1-choi-tro-choi-dan-gian",
        "Bé lớp Chồi 1 vui chơi với trò chơi dân gian",
        "hoat-dong-cua-be", "2026-10-22T09:00:00+07:00",
        [
            P("Trò chơi dân gian là hoạt động quen thuộc, giúp trẻ rèn luyện thể lực và kỹ năng phối hợp "
              "cùng bạn bè."),
            P("Trong giờ hoạt động ngoài trời tuần này, các bé lớp Chồi 1 đã cùng cô chơi các trò:"),
            P("Kéo co;", "li"),
            P("Rồng rắn lên mây;", "li"),
            P("Mèo đuổi chuột;", "li"),
            P("Nhảy bao bố.", "li"),
            P("Các bé hào hứng tham gia, nhiều bé đã thuộc lời đồng dao và tự tổ chức trò chơi trong giờ "
              "chơi tự do."),
        ],
        opts={"created": "2026-10-21T15:00:00+07:00", "hits": 142},
    ),
    Story(
        37, "sinh-hoat-chuyen-mon-cum-xay-dung-moi-truong-lay-tre-lam-trung-tam",
        "Sinh hoạt chuyên môn cụm: Chuyên đề “Xây dựng môi trường lấy trẻ làm trung tâm”",
        "chuyen-mon", "2026-11-24T17:05:00+07:00",
        [
            P("Ngày 23/11/2026, Trường Mầm non Sơn Ca đăng cai sinh hoạt chuyên môn cụm số 2 với chuyên đề "
              "“Xây dựng môi trường lấy trẻ làm trung tâm”."),
            P("Tham dự có 42 cán bộ quản lý, giáo viên của 6 trường mầm non trong cụm. Chương trình gồm:"),
            P("Thời gian | Nội dung | Người thực hiện", "row"),
            P("7h30 – 8h15 | Dự hoạt động góc lớp Lá 2 | Cô Huỳnh Thị Mai", "row"),
            P("8h30 – 9h15 | Tham quan môi trường ngoài lớp học | Tổ Mẫu giáo Lớn", "row"),
            P("9h30 – 11h00 | Thảo luận, rút kinh nghiệm | Các trường trong cụm", "row"),
            P("Các ý kiến thảo luận thống nhất cần tăng cường học liệu mở từ nguyên vật liệu địa phương, "
              "để trẻ tự chọn góc chơi theo hứng thú."),
            Raw('<p style="text-align: right;"><strong>ThS. Lê Thị Bích Ngọc, Phó Hiệu trưởng</strong></p>'),
        ],
        authors=["Lê Thị Bích Ngọc"],
        opts={"created": "2026-11-24T08:15:00+07:00", "featured": True, "hits": 221,
              "thumb": "/images/chuyenmon/thumb-chuyen-de.jpg"},
    ),
    Story(
        32, "mot-so-luu-y-khi-to-chuc-an-ngu-cho-tre-nha-tre",
        "Một số lưu ý khi tổ chức hoạt động ăn, ngủ cho trẻ nhà trẻ",
        "chuyen-mon", "2026-10-29T10:20:00+07:00",
        [
            P("Tổ chức tốt hoạt động ăn, ngủ giúp trẻ nhà trẻ phát triển khỏe mạnh và hình thành thói quen "
              "nề nếp ngay từ những năm đầu đời."),
            P("Giáo viên cần chuẩn bị phòng ăn thoáng mát, bàn ghế vừa tầm, không ép trẻ ăn và động viên trẻ "
              "ăn hết suất."),
            P("Trước giờ ngủ, phòng cần được kéo rèm, giảm ánh sáng; giáo viên trực trưa không được rời vị "
              "trí và thường xuyên quan sát tư thế ngủ của trẻ."),
            Raw('<p style="text-align: right;"><em>Nguồn: Vụ Giáo dục Mầm non – Bộ GDĐT</em></p>'),
        ],
        source="Vụ Giáo dục Mầm non – Bộ GDĐT",
        opts={"created": "2026-10-29T09:00:00+07:00", "hits": 174},
    ),
    Story(
        34, "huong-dan-phu-huynh-dang-ky-ngay-hoi-gia-dinh",
        "Hướng dẫn phụ huynh đăng ký tham gia Ngày hội gia đình",
        "goc-phu-huynh", "2026-11-18T11:00:00+07:00",
        [
            P("Nhân dịp kỷ niệm Ngày Gia đình Việt Nam, nhà trường tổ chức “Ngày hội gia đình” vào sáng Chủ "
              "nhật 13/12/2026 tại sân trường."),
            P("Mỗi lớp đăng ký tối đa 5 gia đình tham gia các phần thi: gói bánh, trang trí góc ảnh gia đình "
              "và văn nghệ."),
            P(f"Phụ huynh đăng ký với giáo viên chủ nhiệm hoặc gửi thư về địa chỉ {EMAIL} trước ngày "
              "08/12/2026.", "cloak"),
            P("Mọi thắc mắc xin liên hệ văn phòng nhà trường, điện thoại 0257 3 823 456."),
        ],
        opts={"created": "2026-11-17T16:00:00+07:00", "hits": 205, "nonsef": True},
    ),
    Story(
        29, "che-do-dinh-duong-hop-ly-cho-tre-mua-mua-lu",
        "Chế độ dinh dưỡng hợp lý cho trẻ trong mùa mưa lũ",
        "goc-phu-huynh", "2026-10-08T07:30:00+07:00",
        [
            P("Mùa mưa lũ ở miền Trung thường kéo dài, thời tiết ẩm thấp khiến trẻ dễ mắc các bệnh đường "
              "hô hấp và tiêu hóa."),
            P("Những điều cha mẹ cần lưu ý", "h3"),
            P("Cho trẻ ăn chín, uống sôi, rửa tay bằng xà phòng trước khi ăn;", "li"),
            P("Bổ sung rau xanh, trái cây giàu vitamin C như cam, ổi, bưởi;", "li"),
            P("Không cho trẻ ăn thức ăn để qua đêm hoặc thực phẩm không rõ nguồn gốc.", "li"),
            P("Khi trẻ có dấu hiệu sốt cao, tiêu chảy, cha mẹ cần đưa trẻ đến cơ sở y tế gần nhất."),
            Raw('<p style="text-align: right;"><strong>Theo Viện Dinh dưỡng Quốc gia</strong></p>'),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={"created": "2026-10-08T07:10:00+07:00", "hits": 301},
    ),
    Story(
        33, "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre",
        "Thông báo tuyển sinh bổ sung trẻ nhà trẻ 24 – 36 tháng tuổi",
        "thong-bao", "2026-10-30",
        [
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 45%; text-align: center;">UBND THÀNH PHỐ TUY HÒA<br /><strong>TRƯỜNG MẦM NON'
                ' SƠN CA</strong><br />Số: 45/TB-MNSC</td>'
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                '<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><em>Tuy Hòa, ngày 30 tháng 10 năm'
                ' 2026</em></td></tr></tbody></table>'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tuyển sinh bổ'
                ' sung trẻ nhà trẻ 24 – 36 tháng tuổi năm học 2026 – 2027</strong></p>'
            ),
            P("Căn cứ kế hoạch tuyển sinh năm học 2026 – 2027 đã được UBND thành phố Tuy Hòa phê duyệt, "
              "Trường Mầm non Sơn Ca thông báo tuyển sinh bổ sung như sau:"),
            P("1. Đối tượng: trẻ sinh từ tháng 11/2023 đến tháng 10/2024 có hộ khẩu hoặc tạm trú tại phường 9."),
            P("2. Chỉ tiêu: 15 trẻ cho nhóm trẻ 24 – 36 tháng tuổi."),
            P("3. Thời gian nhận hồ sơ: từ ngày 02/11/2026 đến hết ngày 13/11/2026 tại văn phòng nhà trường."),
            P("Nhà trường thông báo để cha mẹ trẻ được biết và đăng ký đúng thời hạn."),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;"><strong><em>Nơi nhận:'
                '</em></strong><br />- PGD&amp;ĐT (b/c);<br />- Website trường;<br />- Lưu: VT.</td>'
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br />'
                '<strong>Nguyễn Thị Kim Oanh</strong></td></tr></tbody></table>'
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        opts={"published_shown": "2026-10-31T07:45:00+07:00", "created": "2026-10-30T16:30:00+07:00",
              "hits": 540},
    ),
]
BY_ID = {s.id: s for s in STORIES}

# newest first within each menu
ORDER = {m: sorted([s for s in STORIES if s.cat == m], key=lambda s: _dt(s.published_at), reverse=True)
         for m in MENUS}
LATEST = [41, 40, 39, 37, 38]
POPULAR = [38, 33, 41, 36]
NONSEF_MODULE = [38, 36, 34]  # the "Tin nổi bật" custom HTML module


def _shown_pub(s: Story) -> str:
    return s.opts.get("published_shown") or _dt(s.published_at)


# --- non-articles (com_content items too, except contact and gallery) ----------------------------

PAGES = {
    "/index.php/gioi-thieu": ("Giới thiệu chung", [
        "Trường Mầm non Sơn Ca được thành lập năm 1998, tọa lạc tại số 12 đường Lê Thánh Tôn, phường 9, "
        "thành phố Tuy Hòa, tỉnh Phú Yên.",
        "Năm học 2026 – 2027, nhà trường có 18 nhóm, lớp với 540 trẻ, 52 cán bộ, giáo viên, nhân viên. "
        "Trường đạt chuẩn Quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 3.",
    ]),
    "/index.php/gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Hiệu trưởng: Nguyễn Thị Kim Oanh.",
        "Phó Hiệu trưởng: Lê Thị Bích Ngọc, Đặng Thị Thu Hương.",
        "Tổ chuyên môn: Tổ Nhà trẻ, Tổ Mẫu giáo Bé, Tổ Mẫu giáo Nhỡ, Tổ Mẫu giáo Lớn, Tổ Văn phòng.",
    ]),
}
DOC = (28, "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027")
VIDEO = (27, "video-be-mua-chao-mung-ngay-nha-giao-viet-nam", "Video: Bé múa chào mừng Ngày Nhà giáo Việt Nam")
ALBUM = "/index.php/thu-vien-anh/category/2-le-khai-giang-nam-hoc-2026-2027"


def art_path(s: Story) -> str:
    return f"/index.php/{s.cat}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    itemid = MENUS[s.cat][0]
    return f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}&catid={MENUS[s.cat][2]}&Itemid={itemid}"


PRINT_Q = "tmpl=component&print=1&layout=default"
PB_QUERIES = ["limitstart=1", "showall=&limitstart=0", "showall=&limitstart=1", "showall=1"]


def _vote_on(s: Story) -> bool:
    return s.cat == "hoat-dong-cua-be"


def _pages_of(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _pb_titles(s: Story) -> list[str]:
    titles = [s.title]
    for b in s.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            titles.append(re.search(r'title="([^"]*)"', b.html).group(1))
    return titles


# --- markup helpers ------------------------------------------------------------------------------

_MONTHS = {i: f"Tháng {i}" for i in range(1, 13)}


def _lc3(stamp: str) -> str:
    """DATE_FORMAT_LC3 of the vi-VN pack: "20 Tháng 11 2026"."""
    y, m, d = int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    return f"{d:02d} {_MONTHS[m]} {y}"


def _cloak(address: str, seed: str) -> str:
    cid = hashlib.md5((address + seed).encode()).hexdigest()
    user, domain = address.split("@")
    dparts = domain.split(".")
    dom_js = " + '&#46;' + ".join(f"'{p}'" for p in dparts)
    return (
        f'<span id="cloak{cid}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích '
        f"hoạt JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{cid}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid} = addy{cid} + {dom_js};\n"
        f"\t\t\t\tvar addy_text{cid} = '{user}' + '&#64;' + {dom_js};"
        f"document.getElementById('cloak{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{cid} "
        f"+ '\\'>'+addy_text{cid}+'<\\/a>';\n\t\t</script>"
    )


def _img_tag(img: Img, with_title: bool) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if with_title and img.printed:
        return f'<img class="caption" title="{esc(img.printed)}" src="{img.src}" alt="{alt}" width="600" height="400" />'
    return f'<img src="{img.src}" alt="{alt}" width="600" height="400" />'


def _render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fulltext":
                pass
            elif b.style == "title":
                out.append(f'<p style="text-align: center;">{_img_tag(b, True)}</p>')
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{_img_tag(b, False)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.style == "table":
                out.append(
                    '<table class="tplCaption" style="margin-left: auto; margin-right: auto;" border="0" '
                    'cellspacing="0" cellpadding="3"><tbody><tr><td>' + _img_tag(b, False) + '</td></tr>'
                    '<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                    + esc(b.printed) + '</em></span></td></tr></tbody></table>'
                )
            else:
                out.append(f"<p>{_img_tag(b, False)}</p>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>'
                                                 for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append('<table class="table table-bordered" style="width: 100%;" border="1"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "div":
            out.append(f'<div style="text-align: justify;"><span style="font-size: 12pt;">{esc(b.text)}</span></div>')
            out.append("<p>&nbsp;</p>")
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<div style="text-align: justify;"><span style="font-size: 12pt;">{esc(b.text)}<br />'
                       f"{esc(nxt.text)}</span></div>")
            i += 2
            continue
        elif b.style == "cloak":
            before, after = b.text.split(EMAIL)
            out.append(f"<p>{esc(before)}{_cloak(EMAIL, str(s.id))}{esc(after)}</p>")
        elif b.style == "link41":
            # the editor pasted a hand-typed non-SEF link into the sentence
            t = esc(b.text).replace(
                "chuyên đề giáo dục phát triển vận động",
                f'<a href="{esc(nonsef_path(BY_ID[37]))}">chuyên đề giáo dục phát triển vận động</a>',
            )
            out.append(f'<p style="text-align: justify;">{t}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _time(kind: str, label: str, stamp: str) -> str:
    return (f'<dd class="{kind}"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{stamp}" itemprop="date{label[0]}">{label[1]}: {_lc3(stamp)}</time></dd>')


def _info_block(s: Story, in_blog: bool = False) -> str:
    _itemid, _mt, _catid, ctitle, parent, _l = MENUS[s.cat]
    who = s.opts.get("alias_author") or "Super User"
    parts = [
        '<dl class="article-info muted">',
        '<dt class="article-info-term">Chi tiết</dt>',
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'Viết bởi <span itemprop="name">{esc(who)}</span></dd>',
    ]
    if parent:
        parts.append(f'<dd class="parent-category-name">Danh mục cha: <span>{esc(parent)}</span></dd>')
    parts.append(f'<dd class="category-name">Danh mục: <a href="/index.php/{s.cat}" itemprop="genre">'
                 f"{esc(ctitle)}</a></dd>")
    parts.append(_time("published", ("Published", "Được đăng"), _shown_pub(s)))
    if not in_blog:
        if s.opts.get("created"):
            parts.append(_time("create", ("Created", "Ngày tạo"), s.opts["created"]))
        if s.opts.get("modified"):
            parts.append(_time("modified", ("Modified", "Cập nhật lần cuối"), s.opts["modified"]))
        hits = s.opts.get("hits", s.views())
        parts.append(f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
                     f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd>')
    parts.append("</dl>")
    return "\n".join(parts)


def _menu_html(active: str) -> str:
    def li(item: int, href: str, label: str, alias: str, children: str = "") -> str:
        cls = f"item-{item}"
        if alias == active:
            cls += " current active"
        if children:
            cls += " deeper parent"
        return f'<li class="{cls}"><a href="{href}" >{label}</a>{children}</li>'

    sub_gt = ('<ul class="nav-child unstyled small">'
              + li(110, "/index.php/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", "co-cau") + "</ul>")
    sub_hd = ('<ul class="nav-child unstyled small">'
              + li(111, "/index.php/hoat-dong-cua-be", "Hoạt động của bé", "hoat-dong-cua-be")
              + li(112, "/index.php/chuyen-mon", "Chuyên môn", "chuyen-mon") + "</ul>")
    sub_tv = ('<ul class="nav-child unstyled small">'
              + li(113, "/index.php/thu-vien-anh", "Thư viện ảnh", "thu-vien-anh")
              + li(108, "/index.php/video-clip", "Video clip", "video-clip") + "</ul>")
    heading = ('<li class="item-104 deeper parent"><span class="nav-header ">Hoạt động</span>' + sub_hd + "</li>")
    return (
        '<ul class="nav menu nav-pills mod-list">'
        + li(101, "/index.php", "Trang chủ", "home")
        + li(102, "/index.php/gioi-thieu", "Giới thiệu", "gioi-thieu", sub_gt)
        + li(103, "/index.php/tin-tuc", "Tin tức", "tin-tuc")
        + heading
        + li(105, "/index.php/goc-phu-huynh", "Góc phụ huynh", "goc-phu-huynh")
        + li(106, "/index.php/thong-bao", "Thông báo", "thong-bao")
        + li(107, "/index.php/van-ban", "Văn bản", "van-ban")
        + '<li class="item-109 deeper parent"><a href="#" >Thư viện</a>' + sub_tv + "</li>"
        + li(114, "/index.php/lien-he", "Liên hệ", "lien-he")
        + "</ul>"
    )


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active"><span class="divider icon-location"></span></li>']
    for pos, (label, href) in enumerate(trail, 1):
        if href:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
        else:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{pos}"></li>'
            )
    return ('<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation">'
            '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            + "".join(items) + "</ul></div></div>")


def _left_column() -> str:
    nonsef = "".join(
        f'<li><a href="{esc(nonsef_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in NONSEF_MODULE
    )
    return (
        '<div class="well _menu"><h3 class="page-header">Danh mục</h3>'
        '<ul class="nav menu mod-list">'
        '<li class="item-103"><a href="/index.php/tin-tuc" >Tin tức</a></li>'
        '<li class="item-111"><a href="/index.php/hoat-dong-cua-be" >Hoạt động của bé</a></li>'
        '<li class="item-112"><a href="/index.php/chuyen-mon" >Chuyên môn</a></li>'
        '<li class="item-105"><a href="/index.php/goc-phu-huynh" >Góc phụ huynh</a></li>'
        '<li class="item-106"><a href="/index.php/thong-bao" >Thông báo</a></li>'
        "</ul></div>"
        '<div class="well tinnoibat"><h3 class="page-header">Tin nổi bật</h3>'
        '<div class="custom tinnoibat"><ul style="list-style-type: square;">' + nonsef + "</ul></div></div>"
        '<div class="well "><h3 class="page-header">Liên kết website</h3><div class="custom">'
        '<p><a href="http://tuyhoa.phuyen.edu.vn" target="_blank" rel="noopener">Phòng GD&amp;ĐT Tuy Hòa</a></p>'
        '<p><a href="http://phuyen.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Phú Yên</a></p>'
        '<p><a href="https://www.facebook.com/mnsonca.tuyhoa" target="_blank" rel="noopener">'
        '<img src="/images/banners/facebook.png" alt="Facebook" /></a></p></div></div>'
    )


def _right_column(related: list[int] | None = None) -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>' for i in LATEST
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>' for i in POPULAR
    )
    rel = ""
    if related:
        rel = ('<div class="well "><h3 class="page-header">Bài viết liên quan</h3><ul class="relateditems mod-list">'
               + "".join(f'<li><a href="{art_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in related)
               + "</ul></div>")
    return (
        rel
        + '<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">'
        + latest + "</ul></div>"
        '<div class="well "><h3 class="page-header">Đọc nhiều nhất</h3><ul class="mostread mod-list">'
        + popular + "</ul></div>"
        '<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcounter">'
        '<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vfleft">'
        '<tr><td>Đang online</td><td>14</td></tr><tr><td>Hôm nay</td><td>236</td></tr>'
        '<tr><td>Hôm qua</td><td>412</td></tr><tr><td>Tổng truy cập</td><td>318.642</td></tr></table>'
        "</div></div>"
    )


def _page(title: str, body_class: str, active: str, trail: list, main: str, base: str,
          related: list[int] | None = None, description: str = "", feed: str | None = None) -> str:
    feed_link = (f'<link href="{feed}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" '
                 f'title="RSS 2.0" />') if feed else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />
\t<meta charset="utf-8" />
\t<base href="{esc(base)}" />
\t<meta name="keywords" content="mầm non sơn ca, tuy hòa, phú yên" />
\t<meta name="description" content="{esc(description or 'Website Trường Mầm non Sơn Ca - thành phố Tuy Hòa')}" />
\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{esc(title)}</title>
\t{feed_link}
\t<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="/templates/protostar/css/template.css?5c1a0e3f1e6a7d2b" rel="stylesheet" />
\t<script src="/media/jui/js/jquery.min.js?5c1a0e3f1e6a7d2b"></script>
\t<script src="/media/system/js/caption.js?5c1a0e3f1e6a7d2b"></script>
\t<script src="/media/jui/js/bootstrap.min.js?5c1a0e3f1e6a7d2b"></script>
\t<script src="/templates/protostar/js/template.js?5c1a0e3f1e6a7d2b"></script>
\t<script>
jQuery(window).on('load',  function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
\t</script>
</head>
<body class="site {body_class} fluid">
\t<div class="body" id="top">
\t\t<div class="container-fluid">
\t\t\t<header class="header" role="banner">
\t\t\t\t<div class="header-inner clearfix">
\t\t\t\t\t<a class="brand pull-left" href="/">
\t\t\t\t\t\t<img src="/images/logo-son-ca.png" alt="{SITE}" />
\t\t\t\t\t\t<div class="site-description">Thành phố Tuy Hòa - Tỉnh Phú Yên</div>
\t\t\t\t\t</a>
\t\t\t\t\t<div class="header-search pull-right">
\t\t\t\t\t\t<div class="custom ngayhientai"><p><span style="color: #ffffff;">{HEADER_DATE}</span></p></div>
\t\t\t\t\t\t<div class="search mod_search93">
\t<form action="/index.php" method="post" class="form-inline" role="search">
\t\t<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label>
\t\t<input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
\t\t<input type="hidden" name="task" value="search" />
\t\t<input type="hidden" name="option" value="com_search" />
\t\t<input type="hidden" name="Itemid" value="101" />
\t</form>
</div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</header>
\t\t\t<nav class="navigation" role="navigation">
\t\t\t\t<div class="navbar pull-left">
\t\t\t\t\t<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
\t\t\t\t\t\t<span class="element-invisible">Bật/tắt điều hướng</span>
\t\t\t\t\t\t<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
\t\t\t\t\t</a>
\t\t\t\t</div>
\t\t\t\t<div class="nav-collapse">
{_menu_html(active)}
\t\t\t\t</div>
\t\t\t</nav>
{_breadcrumbs(trail)}
\t\t\t<div class="row-fluid">
\t\t\t\t<div id="sidebar" class="span3">
\t\t\t\t\t<div class="sidebar-nav">
{_left_column()}
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t\t<main id="content" role="main" class="span6">
\t\t\t\t\t<div id="system-message-container">
\t</div>
{main}
\t\t\t\t</main>
\t\t\t\t<div id="aside" class="span3">
{_right_column(related)}
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>
\t<footer class="footer" role="contentinfo">
\t\t<div class="container-fluid">
\t\t\t<hr />
\t\t\t<div class="custom footer-info"><p><strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Địa chỉ: 12 Lê Thánh Tôn, phường 9, thành phố Tuy Hòa, tỉnh Phú Yên<br />Điện thoại: 0257 3 823 456 - Email: {_cloak(EMAIL, 'footer')}</p></div>
\t\t\t<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
\t\t\t<p>&copy; 2026 {SITE}</p>
\t\t</div>
\t</footer>
</body>
</html>
"""


# --- pages ---------------------------------------------------------------------------------------


def _home_trail() -> tuple[str, str]:
    return ("Trang chủ", "/index.php")


def _cat_trail(menu: str) -> list:
    _itemid, mtitle, _c, _t, parent, _l = MENUS[menu]
    trail = [_home_trail()]
    if parent:
        trail.append((parent, None))
    return [*trail, (mtitle, f"/index.php/{menu}")]


def _pagebreak_nav(s: Story, page: int, showall: bool) -> str:
    titles = _pb_titles(s)
    base = art_path(s)
    lis = []
    for n, t in enumerate(titles):
        active = (not showall and n == page)
        lis.append(f'<li class="{"active" if active else ""}"><a href="{base}?showall=&amp;limitstart={n}" '
                   f'class="toclink{" active" if active else ""}">{esc(t)}</a></li>')
    act = ' class="active"' if showall else ""
    lis.append(f'<li{act}><a href="{base}?showall=1" '
               f'class="toclink{" active" if showall else ""}">Tất cả các trang</a></li>')
    return ('<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
            '<ul class="nav nav-tabs nav-stacked">' + "".join(lis) + "</ul>\n</div>")


def _pagebreak_pager(s: Story, page: int, total: int) -> str:
    base = art_path(s)
    prev = (f'<li class="previous"><a href="{base}' + ("" if page == 1 else f"?limitstart={page - 1}")
            + '"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a></li>') if page > 0 else \
        '<li class="previous disabled"><a>Trước</a></li>'
    nxt = (f'<li class="next"><a href="{base}?limitstart={page + 1}">Tiếp '
           f'<span class="icon-chevron-right" aria-hidden="true"></span></a></li>') if page < total - 1 else \
        '<li class="next disabled"><a>Tiếp</a></li>'
    return f'<div class="pager"><ul>{prev}{nxt}</ul></div>'


def _item_nav(s: Story) -> str:
    """Content - Page Navigation, on in "Chuyên môn" and "Góc phụ huynh" only."""
    if s.cat not in ("chuyen-mon", "goc-phu-huynh"):
        return ""
    items = ORDER[s.cat]
    k = items.index(s)
    lis = []
    if k > 0:
        o = items[k - 1]
        lis.append(f'<li class="previous"><a class="hasTooltip" title="{esc(o.title)}" aria-label="Bài trước: '
                   f'{esc(o.title)}" href="{art_path(o)}" rel="prev"><span class="icon-chevron-left" '
                   f'aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>')
    if k < len(items) - 1:
        o = items[k + 1]
        lis.append(f'<li class="next"><a class="hasTooltip" title="{esc(o.title)}" aria-label="Bài tiếp: '
                   f'{esc(o.title)}" href="{art_path(o)}" rel="next"><span aria-hidden="true">Tiếp</span> '
                   f'<span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
    return '<ul class="pager pagenav">' + "".join(lis) + "</ul>"


def _vote(s: Story) -> str:
    if not _vote_on(s):
        return ""
    stars = "".join(f'<option value="{n}">Đánh giá {n}</option>' for n in range(1, 6))
    return (
        '<div class="content_rating" role="img" aria-label="Đánh giá: 4 / 5">'
        '<p class="unseen element-invisible" itemprop="aggregateRating" itemscope '
        'itemtype="https://schema.org/AggregateRating">Đánh giá người dùng:&#160;<span itemprop="ratingValue">4'
        '</span>&#160;/&#160;<span itemprop="bestRating">5</span></p></div>'
        f'<form method="post" action="{art_path(s)}?hitcount=0" class="form-inline">'
        f'<span class="content_vote"><label class="unseen element-invisible" for="content_vote_{s.id}">Vui lòng '
        f'đánh giá</label><select id="content_vote_{s.id}" name="user_rating">{stars}</select>&#160;'
        '<input class="btn btn-mini" type="submit" name="submit_vote" value="Bình chọn" />'
        '<input type="hidden" name="task" value="article.vote" /><input type="hidden" name="hitcount" value="0" />'
        f'<input type="hidden" name="url" value="{art_path(s)}" />'
        '<input type="hidden" name="7c2f0f3be3a4b1e9d8a6c5b4a3f2e1d0" value="1" /></span></form>'
    )


def _tags(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    lis = "".join(
        f'<li class="tag-{t} tag-list{n}" itemprop="keywords"><a href="/index.php/component/tags/tag/{t}-'
        f'{TAGS[t][0]}" class="label label-info">{esc(TAGS[t][1])}</a></li>'
        for n, t in enumerate(s.opts["tags"])
    )
    return f'<ul class="tags inline">{lis}</ul>'


def _fulltext_img(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            tag = _img_tag(b, True).replace(" />", ' itemprop="image"/>')
            return f'<div class="pull-none item-image"> {tag} </div>'
    return ""


def _print_icon(s: Story) -> str:
    return (
        '<div class="icons"><div class="btn-group pull-right">'
        f'<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ '
        'người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">'
        '<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
        f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}">'
        f'<li class="print-icon"><a href="{art_path(s)}?tmpl=component&amp;print=1&amp;layout=default" '
        f'title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,'
        'toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,'
        'location=no\'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a>'
        "</li></ul></div></div>"
    )


def _fields(s: Story) -> str:
    if not s.opts.get("field_author"):
        return ""
    return ('<dl class="fields-container"><dd class="field-entry nguoi-viet">'
            '<span class="field-label ">Người viết: </span>'
            f'<span class="field-value ">{esc(s.opts["field_author"])}</span></dd></dl>')


def _article_main(s: Story, page: int | None, showall: bool, printing: bool = False) -> str:
    pages = _pages_of(s)
    blocks = [b for p in pages for b in p] if showall or len(pages) == 1 else pages[page or 0]
    _itemid, mtitle, *_ = MENUS[s.cat]
    heading = "" if printing else f'<div class="page-header">\n\t\t<h1> {esc(mtitle)} </h1>\n\t</div>'
    pb_box = ""
    pb_pager = ""
    if len(pages) > 1 and not printing:
        pb_box = _pagebreak_nav(s, page or 0, showall)
        if not showall:
            pb_box += f'<div class="pagenavcounter">Trang {(page or 0) + 1} / {len(pages)}</div>'
            pb_pager = _pagebreak_pager(s, page or 0, len(pages))
    tools = ('<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
             '<span class="icon-print" aria-hidden="true"></span>In</a></div>') if printing else _print_icon(s)
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
\t<meta itemprop="inLanguage" content="vi-VN" />
\t{heading}
\t<div class="page-header">
\t\t<h2 itemprop="headline">
\t\t\t{esc(s.title)}
\t\t</h2>
\t</div>
{tools}
{_info_block(s)}
{_fields(s)}
{'' if printing else _vote(s)}
{_fulltext_img(s)}
\t<div itemprop="articleBody">
{pb_box}
{_render_blocks(s, blocks)}
{pb_pager}
\t</div>
{'' if printing else _tags(s)}
{'' if printing else _item_nav(s)}
</div>"""


def _related(s: Story) -> list[int]:
    hidden = {30, 31}  # meta keywords of their own: the related module never lists them
    return [o.id for o in ORDER[s.cat] if o.id != s.id and o.id not in hidden][:3]


def article_page(request: Request, s: Story, page: int | None = None, showall: bool = False,
                 itemid: int | None = None) -> str:
    main = _article_main(s, page, showall)
    trail = [*_cat_trail(s.cat), (s.title, None)]
    if itemid == 101:
        trail = [_home_trail(), (MENUS[s.cat][3], f"/index.php/{s.cat}"), (s.title, None)]
    first = next((b.text for b in s.blocks if isinstance(b, P)), "")
    return _page(f"{s.title} - {SITE}", f"com_content view-article no-layout no-task itemid-{MENUS[s.cat][0]}",
                 s.cat, trail, main, base_url(request) + request.target,
                 related=_related(s), description=first[:150])


def print_page(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
\t<meta charset="utf-8" />
\t<meta name="robots" content="noindex, nofollow" />
\t<title>{esc(s.title)} - {SITE}</title>
\t<link href="/templates/protostar/css/template.css?5c1a0e3f1e6a7d2b" rel="stylesheet" />
\t<script src="/media/system/js/caption.js?5c1a0e3f1e6a7d2b"></script>
</head>
<body class="contentpane modal">
\t<div id="system-message-container">
\t</div>
{_article_main(s, None, True, printing=True)}
</body>
</html>
"""


def _blog_item(s: Story, cls: str) -> str:
    thumb = s.opts.get("thumb")
    img = (f'<div class="pull-left item-image"> <a href="{art_path(s)}"><img src="{thumb}" alt="" '
           f'itemprop="thumbnailUrl"/></a></div>') if thumb else ""
    intro = next(b for b in s.blocks if isinstance(b, P))
    intro_html = (f"<p><strong>{esc(intro.text)}</strong></p>" if intro.style == "bold"
                  else f'<p style="text-align: justify;">{esc(intro.text)}</p>')
    if s.id == 33:
        intro_html = '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    short = s.title if len(s.title) <= 50 else s.title[:50].rsplit(" ", 1)[0] + "..."
    return f"""<div class="{cls} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{img}
\t<div class="page-header">
\t\t<h2 itemprop="name">
\t\t\t<a href="{art_path(s)}" itemprop="url">
\t\t\t\t{esc(s.title)}</a>
\t\t</h2>
\t</div>
{_info_block(s, in_blog=True)}
{intro_html}
\t<p class="readmore">
\t\t<a class="btn" href="{art_path(s)}" itemprop="url" aria-label="Đọc thêm:  {esc(s.title)}">
\t\t\t<span class="icon-chevron-right" aria-hidden="true"></span>
\t\t\tĐọc thêm: {esc(short)}\t\t</a>
\t</p>
</div>"""


def _pagination(menu: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per
    base = f"/index.php/{menu}"

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * per}"

    lis = []
    if cur == 0:
        lis.append('<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>')
        lis.append('<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>')
    else:
        lis.append(f'<li><a title="Đầu" href="{href(0)}" class="hasTooltip pagenav" aria-label="Tới trang đầu">'
                   '<span class="icon-first" aria-hidden="true"></span></a></li>')
        lis.append(f'<li><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav" aria-label="Tới trang '
                   'trước"><span class="icon-previous" aria-hidden="true"></span></a></li>')
    for n in range(pages):
        if n == cur:
            lis.append(f'<li class="active hidden-phone"><a>{n + 1}</a></li>')
        else:
            lis.append(f'<li class="hidden-phone"><a title="{n + 1}" href="{href(n)}" class="pagenav">{n + 1}</a></li>')
    if cur == pages - 1:
        lis.append('<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>')
        lis.append('<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>')
    else:
        lis.append(f'<li><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav" aria-label="Tới trang '
                   'tiếp"><span class="icon-next" aria-hidden="true"></span></a></li>')
        lis.append(f'<li><a title="Cuối" href="{href(pages - 1)}" class="hasTooltip pagenav" aria-label="Tới trang '
                   'cuối"><span class="icon-last" aria-hidden="true"></span></a></li>')
    return (f'<div class="pagination">\n<p class="counter pull-right"> Trang {cur + 1} / {pages} </p>\n'
            f'<ul class="pagination-list">{"".join(lis)}</ul></div>')


def _items_html(items: list[Story]) -> str:
    out = []
    if items:
        out.append('<div class="items-leading clearfix">' + _blog_item(items[0], "leading-0") + "</div>")
    rest = items[1:]
    for r in range(0, len(rest), 2):
        cols = "".join(
            f'<div class="span6">{_blog_item(s, f"item column-{c + 1}")}</div>' for c, s in enumerate(rest[r:r + 2])
        )
        out.append(f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}</div>')
    return "\n".join(out)


def blog_page(request: Request, menu: str, start: int) -> str | None:
    items = ORDER[menu]
    if menu == "video-clip":
        items = []
    per, nlinks = BLOG_PAGE[menu]
    total = len(items) if menu != "video-clip" else 1
    if start % per or (start and start >= total):
        return None
    shown = items[start:start + per]
    more = items[start + per:start + per + nlinks]
    _itemid, mtitle, *_ = MENUS[menu]
    desc = CAT_DESC.get(menu)
    parts = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">',
             f'<div class="page-header">\n\t\t<h1> {esc(mtitle)} </h1>\n\t</div>']
    if desc:
        parts.append(f'<div class="category-desc clearfix">\n<p>{esc(desc)}</p>\n</div>')
    if menu == "video-clip":
        vid, valias, vtitle = VIDEO
        parts.append(
            '<div class="items-leading clearfix"><div class="leading-0 clearfix" itemprop="blogPost" itemscope '
            'itemtype="https://schema.org/BlogPosting"><div class="page-header"><h2 itemprop="name">'
            f'<a href="/index.php/video-clip/{vid}-{valias}" itemprop="url">{esc(vtitle)}</a></h2></div></div></div>'
        )
    else:
        parts.append(_items_html(shown))
    if more:
        parts.append('<div class="items-more">\n<h3>Các bài viết khác...</h3>\n<ol class="nav nav-tabs nav-stacked">'
                     + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in more)
                     + "</ol>\n</div>")
    parts.append(_pagination(menu, start, per, total))
    parts.append("</div>")
    trail = _cat_trail(menu)
    trail[-1] = (trail[-1][0], None)
    title = f"{mtitle} - {SITE}" if not start else f"{mtitle} - Trang {start // per + 1} - {SITE}"
    return _page(title, f"com_content view-category layout-blog no-task itemid-{MENUS[menu][0]}", menu, trail,
                 "\n".join(parts), base_url(request) + request.target,
                 feed=f"/index.php/{menu}")


def list_page(request: Request, menu: str) -> str:
    _itemid, mtitle, *_ = MENUS[menu]
    if menu == "van-ban":
        did, dalias, dtitle = DOC
        rows = [(f"/index.php/van-ban/{did}-{dalias}", dtitle, "2026-10-05T08:00:00+07:00", 96)]
    else:
        rows = [(art_path(s), s.title, _dt(s.published_at), s.opts.get("hits", 0)) for s in ORDER[menu]]
    trs = "".join(
        f'<tr class="cat-list-row{n % 2}" ><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{href}">{esc(t)}</a></td><td headers="categorylist_header_date" class="list-date small">'
        f'{d[8:10]}-{d[5:7]}-{d[:4]}</td><td headers="categorylist_header_hits" class="list-hits">'
        f'<span class="badge badge-info">Lượt xem: {h}</span></td></tr>'
        for n, (href, t, d, h) in enumerate(rows)
    )
    sel = ' selected="selected"'
    opts = "".join(f'<option value="{v}"{sel if v == 10 else ""}>{v or "Tất cả"}</option>'
                   for v in (5, 10, 15, 20, 25, 30, 50, 100, 0))
    main = f"""<div class="category-list">
<div>
\t<div class="content-category">
\t\t<h2> {esc(mtitle)} </h2>
<form action="/index.php/{menu}" method="post" name="adminForm" id="adminForm" class="form-inline">
\t<fieldset class="filters btn-toolbar clearfix">
\t\t<legend class="hide">Bộ lọc</legend>
\t\t<div class="btn-group pull-right">
\t\t\t<label for="limit" class="element-invisible">Hiển thị #</label>
\t\t\t<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{opts}</select>
\t\t</div>
\t\t<input type="hidden" name="filter_order" value="" />
\t\t<input type="hidden" name="filter_order_Dir" value="" />
\t\t<input type="hidden" name="limitstart" value="" />
\t\t<input type="hidden" name="task" value="" />
\t</fieldset>
\t<table class="category table table-striped table-bordered table-hover">
\t\t<thead><tr>
\t\t<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>
\t\t<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-placement="top">Ngày đăng</a></th>
\t\t<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-placement="top">Lượt xem</a></th>
\t\t</tr></thead>
\t\t<tbody>{trs}</tbody>
\t</table>
</form>
\t</div>
</div>
</div>"""
    trail = _cat_trail(menu)
    trail[-1] = (trail[-1][0], None)
    return _page(f"{mtitle} - {SITE}", f"com_content view-category no-layout no-task itemid-{MENUS[menu][0]}",
                 menu, trail, main, base_url(request) + request.target)


def home_page(request: Request) -> str:
    featured = [BY_ID[41], BY_ID[39], BY_ID[37]]
    main = ('<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n'
            + _items_html(featured) + "\n</div>")
    return _page(f"Trang chủ - {SITE}", "com_content view-featured no-layout no-task itemid-101", "home",
                 [_home_trail()], main, base_url(request) + request.target, description="Website Trường Mầm non Sơn Ca")


def _simple_item(request: Request, title: str, menu_title: str, paras: list[str], trail: list, active: str,
                 extra: str = "", show_date: str | None = None, hits: int = 120) -> str:
    date = ""
    if show_date:
        date = (f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
                f'<time datetime="{show_date}" itemprop="datePublished">Được đăng: {_lc3(show_date)}</time></dd>')
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
\t<meta itemprop="inLanguage" content="vi-VN" />
\t<div class="page-header">\n\t\t<h1> {esc(menu_title)} </h1>\n\t</div>
\t<div class="page-header">
\t\t<h2 itemprop="headline">
\t\t\t{esc(title)}
\t\t</h2>
\t</div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>
{date}
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd>
</dl>
\t<div itemprop="articleBody">
{body}
{extra}
\t</div>
</div>"""
    return _page(f"{title} - {SITE}", "com_content view-article no-layout no-task", active, trail, main, base_url(request) + request.target)


def nonarticle(request: Request, path: str) -> str | None:
    if path in PAGES:
        title, paras = PAGES[path]
        trail = [_home_trail(), ("Giới thiệu", "/index.php/gioi-thieu" if path != "/index.php/gioi-thieu" else None)]
        if path != "/index.php/gioi-thieu":
            trail.append((title, None))
        return _simple_item(request, title, "Giới thiệu" if path.endswith("gioi-thieu") else title, paras, trail,
                            "gioi-thieu", hits=2310)
    did, dalias, dtitle = DOC
    if path == f"/index.php/van-ban/{did}-{dalias}":
        extra = ('<p><img src="/media/media/images/mime-icon-16/pdf.png" alt="" /> <a href="/images/vanban/'
                 'kh-nhiem-vu-nam-hoc-2026-2027.pdf" target="_blank">Tải về: KH-nhiem-vu-nam-hoc-2026-2027.pdf</a>'
                 " (312 KB)</p>")
        return _simple_item(request, dtitle, "Văn bản",
                            ["Kế hoạch số 12/KH-MNSC ngày 05/10/2026 của Trường Mầm non Sơn Ca về thực hiện nhiệm "
                             "vụ năm học 2026 – 2027. Xem chi tiết trong tệp đính kèm."],
                            [_home_trail(), ("Văn bản", "/index.php/van-ban"), (dtitle, None)], "van-ban", extra,
                            show_date="2026-10-05T08:00:00+07:00", hits=96)
    vid, valias, vtitle = VIDEO
    if path == f"/index.php/video-clip/{vid}-{valias}":
        extra = ('<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/Xy12ab34Cd5" width="560" '
                 'height="315" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>')
        return _simple_item(request, vtitle, "Video clip", [], [_home_trail(), ("Thư viện", None),
                            ("Video clip", "/index.php/video-clip"), (vtitle, None)], "video-clip", extra,
                            show_date="2026-11-21T09:00:00+07:00", hits=310)
    if path == "/index.php/lien-he":
        main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
\t<div class="page-header"><h2><span class="contact-name" itemprop="name">{SITE}</span></h2></div>
\t<h3>Thông tin liên hệ</h3>
\t<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
\t\t<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
\t\t<dd><span class="contact-street" itemprop="streetAddress">12 Lê Thánh Tôn, phường 9</span></dd>
\t\t<dd><span class="contact-suburb" itemprop="addressLocality">Tuy Hòa, Phú Yên</span></dd>
\t\t<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
\t\t<dd><span class="contact-telephone" itemprop="telephone">0257 3 823 456</span></dd>
\t</dl>
\t<h3>Mẫu liên hệ</h3>
\t<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
\t\t<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" />
\t\t<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="validate-email required" />
\t\t<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
\t\t<button class="btn btn-primary validate" type="submit">Gửi Email</button>
\t\t<input type="hidden" name="option" value="com_contact" />
\t\t<input type="hidden" name="task" value="contact.submit" />
\t</form>
</div>"""
        return _page(f"Liên hệ - {SITE}", "com_contact view-contact no-layout no-task itemid-114", "lien-he",
                     [_home_trail(), ("Liên hệ", None)], main, base_url(request) + request.target)
    if path == "/index.php/thu-vien-anh":
        main = ('<div id="phocagallery" class="pg-categories-view"><div class="page-header"><h1> Thư viện ảnh </h1>'
                '</div><div class="pg-categories-items-box"><div class="pg-category-box">'
                f'<div class="pg-category-box-image"><a href="{ALBUM}"><img src="/images/phocagallery/khai-giang/'
                'thumbs/phoca_thumb_m_01.jpg" alt="Lễ khai giảng" /></a></div>'
                f'<div class="pg-category-box-title"><a href="{ALBUM}">Lễ khai giảng năm học 2026 – 2027</a> '
                '<span class="small">(8)</span></div></div></div></div>')
        return _page(f"Thư viện ảnh - {SITE}", "com_phocagallery view-categories no-layout no-task itemid-113",
                     "thu-vien-anh", [_home_trail(), ("Thư viện", None), ("Thư viện ảnh", None)], main, base_url(request) + request.target)
    if path == ALBUM:
        imgs = "".join(
            f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a class="pg-modal-button" '
            f'href="/images/phocagallery/khai-giang/khai-giang-{n:02d}.jpg"><img src="/images/phocagallery/khai-giang/'
            f'thumbs/phoca_thumb_m_{n:02d}.jpg" alt="khai-giang-{n:02d}" /></a></div>'
            f'<div class="pg-cv-name">khai-giang-{n:02d}</div></div>' for n in range(1, 9)
        )
        main = ('<div id="phocagallery" class="pg-category-view"><div class="page-header"><h1> Lễ khai giảng năm học '
                f'2026 – 2027 </h1></div><div id="pg-icons"></div><div class="pg-category-items-box">{imgs}</div></div>')
        return _page(f"Lễ khai giảng năm học 2026 – 2027 - {SITE}", "com_phocagallery view-category itemid-113",
                     "thu-vien-anh", [_home_trail(), ("Thư viện ảnh", "/index.php/thu-vien-anh"),
                                      ("Lễ khai giảng năm học 2026 – 2027", None)], main, base_url(request) + request.target)
    return None


def tag_page(request: Request, tid: int) -> str:
    alias, label = TAGS[tid]
    items = [s for s in STORIES if tid in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="cat-list-row{n % 2} clearfix" ><h3><a href="{art_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body"></span></li>' for n, s in enumerate(items)
    )
    main = (f'<div class="tag-category"><h2> {esc(label)} </h2><form action="/index.php/component/tags/tag/{tid}-'
            f'{alias}" method="post" name="adminForm" id="adminForm" class="form-inline">'
            f'<ul class="category list-striped">{lis}</ul></form></div>')
    return _page(f"{label} - {SITE}", "com_tags view-tag no-layout no-task", "", [_home_trail(), (label, None)],
                 main, base_url(request) + request.target)


def feed(request: Request, menu: str) -> Response:
    host = "http://" + request.headers.get("Host", "127.0.0.1")
    per, _ = BLOG_PAGE.get(menu, (4, 0))
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{host}{art_path(s)}</link><guid isPermaLink=\"true\">"
        f"{host}{art_path(s)}</guid><author>Super User</author><category>{esc(MENUS[menu][3])}</category></item>"
        for s in ORDER[menu][:per]
    )
    body = (f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
            f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{esc(MENUS[menu][1])}'
            f"</title><link>{host}/index.php/{menu}</link>{items}</channel></rss>")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------------

_ART = re.compile(r"^/index\.php/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_TAG = re.compile(r"^/index\.php/component/tags/tag/(\d+)-([a-z-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query, params = request.path, request.query, request.params
        if not path.startswith("/index.php"):
            if path == "/" and not query:
                return html(home_page(request))
            return static_file(path)
        if path == "/index.php":
            if request.method == "POST" and request.form.get("option") == "com_search":
                return html(_page(f"Tìm kiếm - {SITE}", "com_search view-search", "", [_home_trail(),
                            ("Tìm kiếm", None)], '<div class="search"><h1>Tìm kiếm</h1><p>Không tìm thấy kết quả '
                            "nào.</p></div>", base_url(request) + request.target))
            if not query:
                return html(home_page(request))
            if params.get("option") == "com_content" and params.get("view") == "article":
                raw = params.get("id", "")
                sid, _, alias = raw.partition(":")
                s = BY_ID.get(int(sid)) if sid.isdigit() else None
                if s is None or alias != s.slug or params.get("catid") != str(MENUS[s.cat][2]):
                    return None
                if params.get("Itemid") != str(MENUS[s.cat][0]):
                    return None
                return html(article_page(request, s, itemid=int(params["Itemid"])))
            return None
        sub = path[len("/index.php"):].rstrip("/")
        menu = sub.strip("/")
        if menu in MENUS and "/" not in menu:
            if params.get("format") == "feed" and params.get("type") == "rss" and len(params) == 2:
                return feed(request, menu) if MENUS[menu][5] == "blog" else None
            if MENUS[menu][5] == "list":
                if query:
                    return None
                return html(list_page(request, menu))
            if query and set(params) != {"start"}:
                return None
            start = params.get("start", "0")
            if not start.isdigit() or (query and start == "0"):
                return None
            page = blog_page(request, menu, int(start))
            return html(page) if page else None
        m = _ART.match(path)
        if m and m.group(1) in MENUS:
            s = BY_ID.get(int(m.group(2)))
            if s is not None and s.cat == m.group(1) and s.slug == m.group(3):
                return self._article(request, s)
        m = _TAG.match(path)
        if m and int(m.group(1)) in TAGS and TAGS[int(m.group(1))][0] == m.group(2) and not query:
            return html(tag_page(request, int(m.group(1))))
        if query:
            return None
        page = nonarticle(request, path)
        return html(page) if page else None

    def _article(self, request: Request, s: Story) -> Response | None:
        q = request.query
        if not q:
            return html(article_page(request, s, page=0))
        if q == PRINT_Q:
            return html(print_page(s))
        if q == "hitcount=0" and _vote_on(s):
            return html(article_page(request, s, page=0))
        npages = len(_pages_of(s))
        if npages > 1:
            if q == "showall=1":
                return html(article_page(request, s, showall=True))
            m = re.fullmatch(r"(?:showall=&)?limitstart=(\d+)", q)
            if m and int(m.group(1)) < npages:
                return html(article_page(request, s, page=int(m.group(1))))
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    base = art_path(s)
    alts = [f"{base}?{PRINT_Q}"]
    if _vote_on(s):
        alts.append(f"{base}?hitcount=0")
    if len(_pages_of(s)) > 1:
        alts += [f"{base}?{q}" for q in PB_QUERIES]
    if s.opts.get("nonsef") or s.id == 37:
        alts.append(nonsef_path(s))
    return alts


GOLD = [gold_record(s, art_path(s), MENUS[s.cat][3], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/lien-he",
    ALBUM,
    f"/index.php/van-ban/{DOC[0]}-{DOC[1]}",
    f"/index.php/video-clip/{VIDEO[0]}-{VIDEO[1]}",
]
