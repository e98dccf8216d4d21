"""Phòng GD&ĐT huyện Cần Giuộc (Long An) on Joomla 3.10 with the JoomlArt "Purity III" template
(T3 framework), SEF URLs on, URL rewriting off (every URL keeps ``/index.php/``).

Platform
--------
Joomla 3 com_content with the vi-VN language pack; the template restyles Joomla's article view::

    <div class="item-page clearfix">
      [<div class="page-header"><h1>menu title</h1></div>]        (menu "show page heading")
      <article class="article" itemscope itemtype="http://schema.org/Article">
        <header class="article-header"><h1|h2 class="article-title" itemprop="headline">…</h1></header>
        <aside class="article-aside"><dl class="article-info muted"> "Chi tiết":
          <dd class="createdby">Viết bởi …</dd> <dd class="parent-category-name">Danh mục cha: …</dd>
          <dd class="category-name">Danh mục: …</dd> <dd class="published"><time datetime=…>…</time></dd>
        </dl> print / e-mail icons (btn-group dropdown) </aside>
        vote plugin (stars + "Bình chọn" form), full-text image (div.item-image)
        <section class="article-content" itemprop="articleBody"> TinyMCE HTML </section>
        <footer class="article-footer"> "Ngày tạo", "Cập nhật lần cuối", "Lượt xem" (split info block)
        attachments plugin table, <ul class="pager pagenav"> Trước / Tiếp
      </article></div>
    mod_related_items "Bài viết liên quan" below the component.

The category "Các trường trong huyện" uses a template override (alternative layout "school"):
``h2.contentheading`` title, a ``div.ja-meta`` line "Ngày đăng: 28/11/2026 - 10:40 | Lượt xem … |
Chuyên mục: …", a ``div.ja-tools`` row (In / Gửi email / Zalo / Facebook) and ``div.article-content``.

Dates: the vi-VN pack prints DATE_FORMAT_LC2 "l, d F Y H:i" ("Thứ năm, 19 Tháng 11 2026 16:45").
The "Văn bản - Thông báo" menu item uses DATE_FORMAT_LC4 ("30/11/2026", no time) while Joomla's
``<time datetime>`` still carries the full ISO time. Header clock: "Thứ Bảy, 05/12/2026".

URL scheme
----------
- ``/`` (= ``/index.php``): featured view (4 featured articles) + modules.
- ``/index.php/tin-tuc``: category blog of Tin tức *with subcategory content* (Tin tức, Hoạt động
  chuyên môn, Các trường trong huyện), 1 leading + 4 intro items in 2 columns = 5 a page,
  ``?start=5``; "Thêm bài viết..." links (2) under the items; "Danh mục con" list.
- ``/index.php/hoat-dong-chuyen-mon``: its own menu item (blog, 5 a page).
- ``/index.php/tin-tuc/cac-truong-trong-huyen``: no menu item of its own, so Joomla's router
  nests it under Tin tức; articles at ``/index.php/tin-tuc/cac-truong-trong-huyen/<id>-<alias>``.
- ``/index.php/van-ban-thong-bao``: category *list* layout (table Tiêu đề | Ngày đăng | Lượt xem,
  filter form, "Hiển thị #" select).
- Articles ``/index.php/<menu>/<id>-<alias>``; print view ``…?tmpl=component&print=1&layout=default``;
  vote form posts to ``…?hitcount=0`` (GET serves the article too).
- Non-SEF leftovers: the custom HTML module "Tiêu điểm" has links pasted from the old site,
  ``/index.php?option=com_content&view=article&id=147:<alias>&catid=8&Itemid=102``; the
  featured view links the featured school article as
  ``/index.php/component/content/article/10-cac-truong-trong-huyen/153-<alias>?Itemid=101``.
- ``/index.php/component/mailto/?tmpl=component&template=purity_iii&link=<sha1>``: e-mail form.
- ``/index.php/gioi-thieu`` (single-article menu item, info hidden), ``/index.php/lien-he``
  (com_contact), ``/index.php/thu-vien-anh`` (photo gallery page), ``?format=feed&type=rss``.
- No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
Tin tức blog, newest first: page 1 = ids 153 (leading), 152, 150, 148, 147; page 2 (``?start=5``)
= 144, 141, 135, 139, 131. 139 and 131 (Tin tức's oldest) are in no module and no other listing:
only Tin tức page 2 (and the pagenav chain of their category). Page 1's "Thêm bài viết..." links
reach 144 and 141. Hoạt động chuyên môn (150, 144, 135) also on its own blog; Văn bản (154, 149,
142) on the list table; the home shows 154, 153, 152, 150. "Tin mới" module: 5 newest.

Traps
-----
1. "Viết bởi Super User" (Joomla's default account) on 152, 131, 142, 144: a CMS login credits
   nobody. 152's real credit is the right-aligned "Tin, ảnh: Nguyễn Hoàng Phúc" (author and
   photographer); 144's is the bold signature "ThS. Lê Minh Trí" + <br> + "Phó Trưởng phòng
   GD&ĐT" -> "Lê Minh Trí" (degree and post dropped); 131 ends with "BBT" -> no author. Other
   accounts: "Quản trị" (nobody), "Trần Thị Ngọc Hân" (a person: author), created_by_alias
   "Phòng GD&ĐT Cần Giuộc" / "Tổ THCS" / "Tổ Văn phòng" (units, credited as printed).
2. Split info block: "Ngày đăng" above the text, "Ngày tạo" (earlier) and "Cập nhật lần cuối"
   (later) below it on the Tin tức and HĐCM articles. Gold = "Ngày đăng" with its printed time
   ("YYYY-MM-DDTHH:MM:00+07:00"); the creation and modification dates are not the publication.
3. Văn bản articles print "Ngày đăng: 30/11/2026" without a time, while ``<time datetime>`` holds
   "…T07:10:00+07:00": gold is the day only (the page prints no time). Their titles and texts
   are full of other dates ("từ 30/11 đến 05/12/2026"), and the header prints today.
4. Văn bản menu has "show page heading": the page's ``<h1>`` is "Văn bản - Thông báo" (the menu
   title); the headline is the ``<h2 class="article-title">``. Gold title = the h2, capitals kept
   ("THÔNG BÁO Lịch công tác tuần 49 …"). School articles have no h1 at all (h2.contentheading).
5. Category: HĐCM and school articles print "Danh mục cha: Tin tức" before "Danh mục: …" and their
   breadcrumb runs Trang chủ » Tin tức » <category> » title; gold = the subcategory (the last
   section), never "Tin tức". The featured ``component/content/article`` URL prints the same.
6. Article 131 has "show intro text = Hide": the blog listing prints an intro paragraph the
   article page does not; the ``<meta name="description">`` is that intro. Gold body = the text on
   the page only, summary None. Likewise the meta description of every article is not a sapo;
   summary only where the text opens with a bold lead paragraph (152, 144, 150).
7. JCaption: 152's first photo and 135's photo are ``<img class="caption" title="…">``; Joomla's
   caption.js (loaded in the head) draws the title as the caption line under the photo, so a
   reader sees it: gold caption = the title text. Other captions: centred italic line (152,
   150, 153), a plain paragraph right under the photo (141), a ``table.image`` copied from Báo
   Long An with ``td.image_desc`` (147), a full-text image (div.item-image) with no line (139).
8. Caption "Lãnh đạo huyện trao Bằng công nhận cho nhà trường (Ảnh: Thanh Tâm)" (148): the
   caption is the line as displayed (credit included) and Thanh Tâm is the photographer; the
   author is the bare right-aligned "Huỳnh Văn Lực".
9. Body boundaries: the vote widget ("Đánh giá của người dùng", "Bình chọn"), the attachments
   table ("Tệp đính kèm:"), the footer dates and hits, the pagenav ("Trước"/"Tiếp"), tags,
   related items and the school template's tool row are not text. A ``<br>``-separated list
   (149, 141) gives one paragraph per line; timetables (154) and results (144) one per row.
10. Duplicates: print view, ``?hitcount=0``, the non-SEF "Tiêu điểm" links (147, 148) and the
    featured ``component/content/article`` URL (153) serve the same article (alt_paths).
11. Sources: 147 "Theo Báo Long An" (italic, right) -> "Báo Long An", author "Minh Thư";
    142 "Nguồn: Sở GD&ĐT Long An". 153: "Tin: Võ Thị Thu Hà (Trường TH Long Hậu) - Ảnh: Liên
    đội TH Long Hậu" -> author Võ Thị Thu Hà (school in parentheses dropped), photographer the unit.
12. Reaching: page 2 of the Tin tức blog (``?start=5``) is the only listing of 139 and 131; the
    "Các trường" category has no menu item (only "Danh mục con" and the nested route).
13. Layout images (logo, banners, rating stars, the blog thumbnails under /images/thumbs/) are not
    article images; one photo in 147 is an absolute URL on baolongan.vn (gold ``url``).

Gold decisions
--------------
title: the headline element; published_at: "Ngày đăng" as printed; category: "Danh mục:" /
"Chuyên mục:" label = breadcrumb's last section; images: full-text image first, then photos in
text order.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_ja_pgd"
PLATFORM = "Joomla 3.10 + JoomlArt Purity III (T3), SEF URLs with /index.php/"
START_PATH = "/"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng GD&ĐT huyện Cần Giuộc"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cac-truong-trong-huyen": "Các trường trong huyện",
    "van-ban-thong-bao": "Văn bản - Thông báo",
}
CATID = {"tin-tuc": 8, "hoat-dong-chuyen-mon": 9, "cac-truong-trong-huyen": 10, "van-ban-thong-bao": 11}
#: the SEF route of each category (Các trường has no menu item: nested under Tin tức)
ROUTE = {
    "tin-tuc": "/index.php/tin-tuc",
    "hoat-dong-chuyen-mon": "/index.php/hoat-dong-chuyen-mon",
    "cac-truong-trong-huyen": "/index.php/tin-tuc/cac-truong-trong-huyen",
    "van-ban-thong-bao": "/index.php/van-ban-thong-bao",
}
PARENT = {"hoat-dong-chuyen-mon": "tin-tuc", "cac-truong-trong-huyen": "tin-tuc"}
ITEMID = {"tin-tuc": 102, "hoat-dong-chuyen-mon": 103, "cac-truong-trong-huyen": 102, "van-ban-thong-bao": 104}
PRINT_Q = "tmpl=component&print=1&layout=default"


def im(name: str) -> str:
    return f"/images/tintuc/2026/{name}"


# opts: time (publish clock), user (printed "Viết bởi"), created / modified ("YYYY-MM-DD HH:MM"),
# hits, featured, fullimg (full-text image), thumb, intro_hidden (intro text for the listing only),
# meta (meta description), vote
STORIES: list[Story] = [
    Story(
        152,
        "huyen-can-giuoc-tuyen-duong-120-nha-giao-tieu-bieu-nam-2026",
        "Huyện Cần Giuộc tuyên dương 120 nhà giáo tiêu biểu năm 2026",
        "tin-tuc",
        "2026-11-19T16:45:00+07:00",
        [
            P(
                "Chiều 18/11, Phòng GD&ĐT huyện Cần Giuộc tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam và tuyên dương 120 nhà giáo, cán bộ quản lý giáo dục tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Tham dự buổi họp mặt có ông Nguyễn Thanh Hải, Phó Chủ tịch UBND huyện; đại diện lãnh đạo "
                "các ban, ngành, đoàn thể huyện cùng hơn 250 cán bộ quản lý, giáo viên các trường mầm non, "
                "tiểu học và THCS trên địa bàn."
            ),
            Img(im("tuyen-duong-1.jpg"), "Quang cảnh buổi họp mặt tại Hội trường UBND huyện",
                "Quang cảnh buổi họp mặt tại Hội trường UBND huyện", "jcap"),
            P(
                "Báo cáo tại buổi họp mặt cho biết, năm học 2025-2026 toàn huyện có 99,6% học sinh tiểu "
                "học hoàn thành chương trình lớp học; tỷ lệ tốt nghiệp THCS đạt 99,8%; 57 học sinh đạt giải "
                "trong kỳ thi học sinh giỏi cấp tỉnh, tăng 12 giải so với năm học trước."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Thanh Hải ghi nhận sự tận tụy của đội ngũ nhà giáo, "
                "đồng thời đề nghị ngành giáo dục tiếp tục đổi mới phương pháp dạy học, chăm lo xây dựng "
                "trường chuẩn quốc gia và môi trường học đường an toàn, thân thiện."
            ),
            P("“Mỗi thầy cô hôm nay được tuyên dương là một tấm gương sáng để đồng nghiệp và học trò noi theo”, "
              "ông Hải nhấn mạnh.", "quote"),
            Img(im("tuyen-duong-2.jpg"), "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu", "em"),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 120 nhà giáo tiêu biểu; 15 tập thể và cá "
                "nhân được đề nghị Giám đốc Sở GD&ĐT tỉnh Long An tặng Bằng khen."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Hoàng Phúc</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Nguyễn Hoàng Phúc"],
        summary=(
            "Chiều 18/11, Phòng GD&ĐT huyện Cần Giuộc tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương 120 nhà giáo, cán bộ quản lý giáo dục tiêu biểu năm học 2025-2026."
        ),
        opts={"user": "Super User", "created": "2026-11-19 10:02", "modified": "2026-11-21 08:13",
              "hits": 1843, "featured": True, "vote": True},
    ),
    Story(
        147,
        "ra-quan-thang-hanh-dong-vi-an-toan-giao-thong-trong-truong-hoc",
        "Ra quân “Tháng hành động vì an toàn giao thông” trong trường học",
        "tin-tuc",
        "2026-11-05T08:30:00+07:00",
        [
            P(
                "Sáng 4/11, tại Trường THCS thị trấn Cần Giuộc, Phòng GD&ĐT phối hợp Công an huyện tổ "
                "chức lễ ra quân hưởng ứng “Tháng hành động vì an toàn giao thông” năm 2026 với sự tham "
                "gia của hơn 800 học sinh."
            ),
            Img("https://baolongan.vn/image/news/2026/20261104/atgt-can-giuoc.jpg",
                "Học sinh diễu hành tuyên truyền an toàn giao thông",
                "Học sinh diễu hành tuyên truyền an toàn giao thông", "tbl"),
            P(
                "Tại buổi lễ, đại diện Đội Cảnh sát giao thông – trật tự Công an huyện đã phổ biến các "
                "quy định về đội mũ bảo hiểm, không điều khiển xe máy khi chưa đủ tuổi và kỹ năng đi xe "
                "đạp an toàn trên các tuyến tỉnh lộ 835, 826."
            ),
            P(
                "Các em học sinh cũng được tham gia trò chơi “Rung chuông vàng” với chủ đề an toàn giao "
                "thông; 50 mũ bảo hiểm đạt chuẩn được trao tặng cho học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Theo kế hoạch, từ nay đến hết tháng 11, các trường trên địa bàn huyện sẽ tổ chức sinh "
                "hoạt dưới cờ, thi vẽ tranh và ký cam kết chấp hành luật giao thông với phụ huynh."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Thư</strong></p>'),
            Raw('<p style="text-align: right;"><em>(Theo Báo Long An)</em></p>'),
        ],
        authors=["Minh Thư"],
        source="Báo Long An",
        opts={"user": "Quản trị", "created": "2026-11-05 08:12", "modified": "2026-11-05 08:30",
              "hits": 612, "vote": True},
    ),
    Story(
        139,
        "can-giuoc-hon-28-000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        "Cần Giuộc: Hơn 28.000 học sinh bước vào năm học mới 2026-2027",
        "tin-tuc",
        "2026-09-05T10:15:00+07:00",
        [
            P(
                "Sáng 5/9, cùng với học sinh cả nước, hơn 28.000 học sinh mầm non, tiểu học và THCS huyện "
                "Cần Giuộc hân hoan dự lễ khai giảng năm học 2026-2027."
            ),
            P(
                "Năm học này, toàn huyện có 52 trường công lập và 9 cơ sở giáo dục mầm non ngoài công lập; "
                "tổng số học sinh tăng hơn 1.100 em so với năm học trước, tập trung ở các xã Long Hậu, "
                "Phước Lý và Long Thượng do tác động của các khu công nghiệp."
            ),
            Img(im("khai-giang-2.jpg"), "Học sinh Trường TH Thị trấn Cần Giuộc trong ngày khai giảng",
                "Học sinh Trường TH Thị trấn Cần Giuộc trong ngày khai giảng", "em"),
            P(
                "Để chuẩn bị cho năm học mới, ngành giáo dục huyện đã đưa vào sử dụng 36 phòng học mới, "
                "sửa chữa 18 nhà vệ sinh học sinh và bổ sung thiết bị dạy học lớp 6 đến lớp 9 theo Chương "
                "trình GDPT 2018."
            ),
            P(
                "Tại các điểm trường, lãnh đạo huyện đã đánh trống khai giảng, trao học bổng và tặng "
                "quà cho học sinh có hoàn cảnh khó khăn, học sinh vượt khó học giỏi."
            ),
        ],
        authors=["Phòng GD&ĐT Cần Giuộc"],
        opts={"user": "Phòng GD&ĐT Cần Giuộc", "created": "2026-09-05 09:40", "modified": "2026-09-06 07:55",
              "hits": 988, "fullimg": im("khai-giang-1.jpg"), "vote": True},
    ),
    Story(
        131,
        "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027",
        "tin-tuc",
        "2026-08-28T14:00:00+07:00",
        [
            P(
                "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm học 2025-2026: quy mô trường lớp "
                "ổn định, chất lượng giáo dục toàn diện được nâng lên, 38/52 trường đạt chuẩn quốc gia."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026-2027", "h3"),
            P("Tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp.", "li"),
            P("Đẩy mạnh chuyển đổi số, sử dụng học bạ số và sổ điểm điện tử ở 100% trường.", "li"),
            P("Phấn đấu có thêm 4 trường đạt chuẩn quốc gia trong năm học.", "li"),
            P(
                "Kết thúc hội nghị, Phòng GD&ĐT đã ký giao ước thi đua với hiệu trưởng các trường mầm non, "
                "tiểu học và THCS trong huyện."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"user": "Super User", "created": "2026-08-28 11:20", "modified": "2026-08-29 09:00",
              "hits": 402, "vote": True,
              "intro_hidden": (
                  "Chiều 27/8, Phòng GD&ĐT huyện Cần Giuộc tổ chức Hội nghị tổng kết năm học 2025-2026 "
                  "và triển khai nhiệm vụ năm học 2026-2027 cho cán bộ quản lý các trường."
              )},
    ),
    Story(
        150,
        "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-8",
        "Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương trình GDPT 2018”",
        "hoat-dong-chuyen-mon",
        "2026-11-14T09:20:00+07:00",
        [
            P(
                "Ngày 12/11/2026, tại Trường THCS Long Thượng, Phòng GD&ĐT tổ chức chuyên đề cấp huyện "
                "môn Ngữ văn lớp 8 cho hơn 70 giáo viên Ngữ văn các trường THCS trong huyện.",
                "lead",
            ),
            P(
                "Cô Phan Thị Kim Ngân, giáo viên Trường THCS Long Thượng, thực hiện tiết dạy minh họa bài "
                "“Thu điếu” (Nguyễn Khuyến) theo hướng tổ chức hoạt động nhóm và phiếu học tập."
            ),
            Img(im("chuyen-de-van-8.jpg"), "Tiết dạy minh họa của cô Phan Thị Kim Ngân",
                "Tiết dạy minh họa của cô Phan Thị Kim Ngân", "em"),
            P("Sau tiết dạy, các giáo viên thảo luận ba nội dung:"),
            P("Cách thiết kế nhiệm vụ đọc hiểu văn bản thơ theo đặc trưng thể loại.", "uli"),
            P("Sử dụng rubric đánh giá sản phẩm học tập của nhóm.", "uli"),
            P("Lồng ghép giáo dục địa phương Long An vào bài học.", "uli"),
            P(
                "Chuyên đề giúp giáo viên thống nhất cách tổ chức dạy học đọc hiểu và viết theo yêu cầu "
                "cần đạt của chương trình, làm cơ sở cho sinh hoạt tổ chuyên môn ở các trường."
            ),
        ],
        authors=["Trần Thị Ngọc Hân"],
        summary=(
            "Ngày 12/11/2026, tại Trường THCS Long Thượng, Phòng GD&ĐT tổ chức chuyên đề cấp huyện "
            "môn Ngữ văn lớp 8 cho hơn 70 giáo viên Ngữ văn các trường THCS trong huyện."
        ),
        opts={"user": "Trần Thị Ngọc Hân", "created": "2026-11-13 15:31", "modified": "2026-11-14 09:20",
              "hits": 1205, "featured": True, "vote": True},
    ),
    Story(
        144,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-10-24T15:05:00+07:00",
        [
            P(
                "Từ ngày 19 đến 23/10/2026, Phòng GD&ĐT Cần Giuộc tổ chức Hội thi Giáo viên dạy giỏi cấp "
                "huyện bậc Tiểu học với 64 giáo viên dự thi.",
                "lead",
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giáo dục và thực hiện hai tiết dạy "
                "thực hành (một tiết Tiếng Việt và một tiết môn tự chọn) tại các trường tiểu học Long Hậu, "
                "Phước Lại và Thị trấn Cần Giuộc."
            ),
            P("Kết quả theo môn:"),
            P("Môn | Số dự thi | Đạt | Tỷ lệ", "th"),
            P("Tiếng Việt | 28 | 25 | 89,3%", "td"),
            P("Toán | 20 | 18 | 90,0%", "td"),
            P("Tiếng Anh | 9 | 8 | 88,9%", "td"),
            P("Tin học | 7 | 7 | 100%", "td"),
            P(
                "Ban tổ chức đánh giá các tiết dạy đã vận dụng linh hoạt phương pháp dạy học tích cực, "
                "khai thác hiệu quả thiết bị dạy học số."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Lê Minh Trí</strong><br>'
                '<em>Phó Trưởng phòng GD&amp;ĐT</em></p>'),
        ],
        authors=["Lê Minh Trí"],
        summary=(
            "Từ ngày 19 đến 23/10/2026, Phòng GD&ĐT Cần Giuộc tổ chức Hội thi Giáo viên dạy giỏi cấp "
            "huyện bậc Tiểu học với 64 giáo viên dự thi."
        ),
        opts={"user": "Super User", "created": "2026-10-23 17:02", "modified": "2026-10-26 10:44",
              "hits": 1532, "vote": True},
    ),
    Story(
        135,
        "tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên THCS",
        "hoat-dong-chuyen-mon",
        "2026-09-19T08:00:00+07:00",
        [
            P(
                "Trong hai ngày 17 và 18/9/2026, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân "
                "tạo (AI) trong soạn giảng cho 120 cán bộ quản lý và giáo viên cốt cán bậc THCS."
            ),
            Img(im("tap-huan-ai.jpg"), "Học viên thực hành soạn bài với công cụ AI tại phòng máy",
                "Học viên thực hành soạn bài với công cụ AI tại phòng máy", "jcap"),
            P(
                "Báo cáo viên hướng dẫn cách viết câu lệnh để gợi ý hoạt động học tập, tạo câu hỏi trắc "
                "nghiệm theo ma trận đề và kiểm tra lại tính chính xác của nội dung do công cụ tạo ra."
            ),
            P(
                "Học viên cũng được lưu ý các nguyên tắc bảo vệ dữ liệu cá nhân của học sinh, không đưa "
                "thông tin học sinh lên các nền tảng trực tuyến khi chưa được phép."
            ),
        ],
        authors=["Tổ THCS"],
        opts={"user": "Tổ THCS", "created": "2026-09-18 16:40", "modified": "2026-09-19 08:00",
              "hits": 876, "vote": True},
    ),
    Story(
        153,
        "truong-th-long-hau-to-chuc-ngay-hoi-thieu-nhi-vui-khoe",
        "Trường TH Long Hậu tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn”",
        "cac-truong-trong-huyen",
        "2026-11-28T10:40:00+07:00",
        [
            P(
                "Sáng 27/11, Liên đội Trường TH Long Hậu tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước "
                "lên Đoàn” thu hút hơn 900 đội viên, nhi đồng tham gia."
            ),
            P(
                "Ngày hội gồm các trò chơi dân gian kéo co, nhảy bao bố, ô ăn quan; hội thi nghi thức Đội "
                "và gian hàng ẩm thực do các chi đội tự tay chuẩn bị."
            ),
            Img(im("long-hau-ngay-hoi-1.jpg"), "Các đội viên tham gia trò chơi kéo co",
                "Các đội viên tham gia trò chơi kéo co", "em"),
            P(
                "Toàn bộ số tiền thu được từ gian hàng ẩm thực, hơn 12 triệu đồng, được Liên đội dùng để "
                "mua áo ấm tặng học sinh có hoàn cảnh khó khăn dịp Tết Nguyên đán."
            ),
            Img(im("long-hau-ngay-hoi-2.jpg"), "Gian hàng ẩm thực của Chi đội 5A",
                "Gian hàng ẩm thực của Chi đội 5A", "em"),
            Raw('<p style="text-align: right;"><em>Tin: Võ Thị Thu Hà (Trường TH Long Hậu) - '
                'Ảnh: Liên đội TH Long Hậu</em></p>'),
        ],
        authors=["Võ Thị Thu Hà"],
        photographers=["Liên đội TH Long Hậu"],
        opts={"user": "Quản trị", "hits": 523, "featured": True},
    ),
    Story(
        148,
        "truong-thcs-phuoc-ly-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        "Trường THCS Phước Lý đón nhận Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        "cac-truong-trong-huyen",
        "2026-11-10T09:00:00+07:00",
        [
            P(
                "Sáng 9/11, Trường THCS Phước Lý long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt "
                "chuẩn quốc gia mức độ 2 và kỷ niệm 20 năm thành lập trường."
            ),
            P(
                "Sau 5 năm nỗ lực, nhà trường đã xây dựng thêm 8 phòng học bộ môn, thư viện đạt chuẩn mức "
                "độ 1 và sân thể thao đa năng; 100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục."
            ),
            Img(im("phuoc-ly-chuan-qg.jpg"), "Lãnh đạo huyện trao Bằng công nhận cho nhà trường (Ảnh: Thanh Tâm)",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường (Ảnh: Thanh Tâm)", "em"),
            P(
                "Phát biểu tại buổi lễ, thầy Đặng Quốc Việt, Hiệu trưởng, cho biết nhà trường sẽ tiếp tục "
                "duy trì các tiêu chuẩn và phấn đấu đạt kiểm định chất lượng giáo dục cấp độ 3."
            ),
            Raw('<p style="text-align: right;">Huỳnh Văn Lực</p>'),
        ],
        authors=["Huỳnh Văn Lực"],
        photographers=["Thanh Tâm"],
        opts={"user": "Quản trị", "hits": 1377},
    ),
    Story(
        141,
        "mam-non-tan-kim-goc-hoc-tap-xanh-tu-vat-lieu-tai-che",
        "Mầm non Tân Kim: Những góc học tập xanh từ vật liệu tái chế",
        "cac-truong-trong-huyen",
        "2026-10-15T14:30:00+07:00",
        [
            P(
                "Chai nhựa, lốp xe cũ, thùng giấy… qua bàn tay khéo léo của giáo viên Trường Mầm non Tân "
                "Kim đã trở thành những góc học tập xanh, sinh động cho trẻ."
            ),
            Img(im("tan-kim-goc-xanh.jpg"), "Góc thiên nhiên của lớp Chồi 2", "Góc thiên nhiên của lớp Chồi 2", "plain"),
            P("Các góc được nhà trường xây dựng trong năm học gồm:"),
            P("Góc thiên nhiên: trồng rau, hoa trong chậu làm từ chai nhựa.", "br"),
            P("Góc vận động: đường đi thăng bằng bằng lốp xe sơn màu.", "br"),
            P("Góc âm nhạc: nhạc cụ tự tạo từ lon, vỏ hộp.", "br"),
            P(
                "Cô Lê Thị Mỹ Dung, Hiệu trưởng nhà trường, chia sẻ: việc tận dụng vật liệu tái chế vừa tiết "
                "kiệm kinh phí vừa giáo dục trẻ ý thức bảo vệ môi trường ngay từ những việc nhỏ."
            ),
        ],
        opts={"user": "Quản trị", "hits": 744},
    ),
    Story(
        154,
        "thong-bao-lich-cong-tac-tuan-49",
        "THÔNG BÁO Lịch công tác tuần 49 (từ 30/11 đến 05/12/2026)",
        "van-ban-thong-bao",
        "2026-11-30",
        [
            P("Phòng GD&ĐT huyện Cần Giuộc thông báo lịch công tác của Lãnh đạo Phòng tuần 49 như sau:"),
            P("Thứ, ngày | Nội dung | Chủ trì | Địa điểm", "th"),
            P("Thứ Hai 30/11 | Họp giao ban Lãnh đạo Phòng | Trưởng phòng | Phòng họp PGD", "td"),
            P("Thứ Ba 01/12 | Kiểm tra công tác bán trú Trường MN Long Thượng | Phó Trưởng phòng | Trường MN Long Thượng", "td"),
            P("Thứ Tư 02/12 | Dự Hội nghị trực tuyến của Sở GD&ĐT | Trưởng phòng | Phòng họp trực tuyến", "td"),
            P("Thứ Sáu 04/12 | Duyệt kế hoạch kiểm tra cuối học kỳ I | Phó Trưởng phòng | Phòng họp PGD", "td"),
            P("Lịch công tác có thể thay đổi, các đơn vị theo dõi thông báo trên Trang thông tin điện tử của Phòng."),
        ],
        authors=["Tổ Văn phòng"],
        opts={"user": "Tổ Văn phòng", "time": "07:10", "hits": 265, "featured": True},
    ),
    Story(
        149,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-huyen-can-giuoc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục huyện Cần Giuộc năm 2026",
        "van-ban-thong-bao",
        "2026-11-12",
        [
            P(
                "Căn cứ Kế hoạch số 412/KH-UBND ngày 05/11/2026 của UBND huyện Cần Giuộc, Phòng GD&ĐT thông "
                "báo tuyển dụng 46 viên chức giáo dục năm 2026 như sau:"
            ),
            P("1. Giáo viên mầm non: 18 chỉ tiêu.", "br"),
            P("2. Giáo viên tiểu học (văn hóa): 15 chỉ tiêu.", "br"),
            P("3. Giáo viên THCS các môn Toán, Ngữ văn, Tiếng Anh, Tin học: 13 chỉ tiêu.", "br"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 16/11/2026 đến hết ngày 15/12/2026 (trong giờ hành chính) tại "
                "Bộ phận Tiếp nhận và trả kết quả UBND huyện."
            ),
            P("Chi tiết điều kiện, hồ sơ dự tuyển xem trong tệp đính kèm."),
        ],
        opts={"user": "Quản trị", "time": "15:48", "hits": 3120, "attach": True},
    ),
    Story(
        142,
        "huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-10-20",
        [
            P(
                "Thực hiện Công văn số 2205/SGDĐT-GDTrH ngày 15/10/2026 của Sở GD&ĐT Long An, Phòng GD&ĐT "
                "hướng dẫn các trường tổ chức kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra", "h3"),
            P(
                "Bậc THCS kiểm tra tập trung từ ngày 21 đến 26/12/2026; bậc Tiểu học từ ngày 28 đến "
                "31/12/2026. Các trường hoàn thành nhập điểm trước ngày 08/01/2027."
            ),
            P("2. Ra đề và coi, chấm kiểm tra", "h3"),
            P("Đề kiểm tra xây dựng theo ma trận và bản đặc tả, bảo đảm các mức độ nhận thức.", "li"),
            P("Tổ chức coi kiểm tra nghiêm túc, mỗi phòng không quá 24 học sinh.", "li"),
            P("Chấm chéo bài kiểm tra giữa các tổ chuyên môn.", "li"),
            # (the page printed no source line for the gold's source: added after the first crawl,
            # as the docstring's trap 11 describes it)
            Raw('<p style="text-align: right;"><strong>Nguồn: Sở GD&amp;ĐT Long An</strong></p>'),
        ],
        source="Sở GD&ĐT Long An",
        opts={"user": "Super User", "time": "10:05", "hits": 2411},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the two non-SEF links the custom module "Tiêu điểm" carries (pasted from the old site)
NONSEF = {
    147: "/index.php?option=com_content&view=article&id=147:ra-quan-thang-hanh-dong-vi-an-toan-giao-thong-"
         "trong-truong-hoc&catid=8&Itemid=102",
    148: "/index.php?option=com_content&view=article&id=148:truong-thcs-phuoc-ly-don-nhan-bang-cong-nhan-"
         "dat-chuan-quoc-gia-muc-do-2&catid=10&Itemid=102",
}
FEATURED_COMPONENT = (
    "/index.php/component/content/article/10-cac-truong-trong-huyen/153-truong-th-long-hau-to-chuc-"
    "ngay-hoi-thieu-nhi-vui-khoe?Itemid=101"
)


def art_path(s: Story) -> str:
    return f"{ROUTE[s.cat]}/{s.id}-{s.slug}"


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_tintuc_blog(s: Story) -> bool:
    return s.cat != "van-ban-thong-bao"


def _gold(s: Story) -> dict:
    path = art_path(s)
    alts = [f"{path}?{PRINT_Q}"]
    if s.opts.get("vote"):
        alts.append(f"{path}?hitcount=0")
    if s.id in NONSEF:
        alts.append(NONSEF[s.id])
    if s.id == 153:
        alts.append(FEATURED_COMPONENT)
    g = gold_record(s, path, CATEGORIES[s.cat], alt_paths=alts)
    if s.opts.get("fullimg"):
        g["images"].insert(0, {"path": s.opts["fullimg"], "caption": None})
    return g


GOLD = [_gold(s) for s in STORIES]


def mailto_link(s: Story) -> str:
    h = hashlib.sha1(art_path(s).encode()).hexdigest()
    return f"/index.php/component/mailto/?tmpl=component&template=purity_iii&link={h}"


NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    "/index.php/thu-vien-anh",
    "/index.php/tin-tuc?start=5",
    "/index.php/van-ban-thong-bao",
    mailto_link(STORIES[0]),
]

# --- dates ----------------------------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt_of(s: Story) -> _dt.datetime:
    if "T" in s.published_at:
        return _dt.datetime.fromisoformat(s.published_at)
    hh, mm = s.opts["time"].split(":")
    d = _dt.date.fromisoformat(s.published_at)
    return _dt.datetime(d.year, d.month, d.day, int(hh), int(mm), tzinfo=_dt.timezone(_dt.timedelta(hours=7)))


def lc2(d: _dt.datetime) -> str:
    """vi-VN DATE_FORMAT_LC2 "l, d F Y H:i"."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def lc2_str(value: str) -> str:
    return lc2(_dt.datetime.fromisoformat(value))


def dmy(d: _dt.datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# --- article text -----------------------------------------------------------------------------


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "uli", "br", "th", "td"):
            group = []
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            out.append(render_group(b.style, group))
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}&nbsp;</p>')
        i += 1
    return "\n".join(out)


def render_group(style: str, group: list[P]) -> str:
    if style in ("li", "uli"):
        tag = "ol" if style == "li" else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + f"</{tag}>"
    if style == "br":
        return '<p style="text-align: justify;">' + "<br />\n".join(esc(p.text) for p in group) + "</p>"
    rows = []
    for p in group:
        cell = "th" if p.style == "th" else "td"
        cells = "".join(f"<{cell} style=\"border: 1px solid #000;\">{esc(c)}</{cell}>" for c in p.text.split(" | "))
        rows.append(f"<tr>{cells}</tr>")
    return ('<table class="table table-bordered" style="width: 100%; border-collapse: collapse;"><tbody>'
            + "".join(rows) + "</tbody></table>")


def render_img(b: Img) -> str:
    if b.style == "jcap":
        # Joomla's caption.js turns the title into a caption line under the photo
        return (f'<p style="text-align: center;"><img class="caption" src="{b.src}" alt="{esc(b.printed)}" '
                f'title="{esc(b.printed)}" width="700" height="466" /></p>')
    if b.style == "tbl":
        return ('<table class="image" align="center" style="margin: auto;"><tbody><tr><td>'
                f'<img src="{b.src}" alt="{esc(b.printed)}" width="680" /></td></tr>'
                f'<tr><td class="image_desc"><p>{esc(b.printed)}</p></td></tr></tbody></table>')
    img = f'<p style="text-align: center;"><img src="{b.src}" alt="" width="700" height="466" /></p>'
    if b.style == "em":
        return img + f'\n<p style="text-align: center;"><em>{esc(b.printed)}</em></p>'
    if b.style == "plain":
        return img + f"\n<p>{esc(b.printed)}</p>"
    return img


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/index.php/gioi-thieu", "Giới thiệu", []),
    ("/index.php/tin-tuc", "Tin tức", [("/index.php/hoat-dong-chuyen-mon", "Hoạt động chuyên môn")]),
    ("/index.php/van-ban-thong-bao", "Văn bản - Thông báo", []),
    ("/index.php/thu-vien-anh", "Thư viện ảnh", []),
    ("/index.php/lien-he", "Liên hệ", []),
]


def mainnav(active: str) -> str:
    items = []
    for href, label, subs in MENU:
        cls = "active" if href == active else ""
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="dropdown mega {cls}" data-level="1"><a class="dropdown-toggle" href="{href}" '
                f'data-toggle="dropdown">{esc(label)}<em class="caret"></em></a>'
                f'<div class="nav-child dropdown-menu mega-dropdown-menu"><div class="mega-dropdown-inner">'
                f'<ul class="mega-nav level1">{sub}</ul></div></div></li>'
            )
        else:
            items.append(f'<li class="{cls}" data-level="1"><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="nav navbar-nav level0">' + "".join(items) + "</ul>"


def breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<li class="active">Bạn đang ở: &#160;</li>']
    for href, label in trail:
        if href:
            parts.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                         f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}'
                         '</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" />'
                         "</span></li>")
        else:
            parts.append(f'<li class="active"><span itemprop="name">{esc(label)}</span></li>')
    return ('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            + "".join(parts) + "</ul>")


def sidebar() -> str:
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
                     f'<span itemprop="name">{esc(s.title)}</span></a></li>' for s in by_date(STORIES)[:5])
    popular = sorted([s for s in STORIES if s.id not in (139, 131)], key=lambda s: -s.opts["hits"])[:5]
    pop = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="hits">({s.opts["hits"]})</span></li>'
                  for s in popular)
    return f"""<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-4">
<div class="t3-module module_menu" id="Mod91"><div class="module-inner"><h3 class="module-title"><span>Tiêu điểm</span></h3>
<div class="module-ct"><div class="custom"><ul>
<li><a href="{esc(NONSEF[147])}">Ra quân “Tháng hành động vì an toàn giao thông”</a></li>
<li><a href="{esc(NONSEF[148])}">THCS Phước Lý đạt chuẩn quốc gia mức độ 2</a></li>
</ul></div></div></div></div>
<div class="t3-module module" id="Mod92"><div class="module-inner"><h3 class="module-title"><span>Tin mới</span></h3>
<div class="module-ct"><ul class="latestnews">{latest}</ul></div></div></div>
<div class="t3-module module" id="Mod93"><div class="module-inner"><h3 class="module-title"><span>Đọc nhiều nhất</span></h3>
<div class="module-ct"><ul class="mostread">{pop}</ul></div></div></div>
<div class="t3-module module" id="Mod94"><div class="module-inner"><h3 class="module-title"><span>Thăm dò ý kiến</span></h3>
<div class="module-ct"><form action="/index.php/component/poll/" method="post" name="form2">
<p>Bạn đánh giá thế nào về trang thông tin điện tử của Phòng?</p>
<label><input type="radio" name="voteid" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="voteid" value="2"> Hữu ích</label><br>
<label><input type="radio" name="voteid" value="3"> Cần cải thiện</label><br>
<input type="submit" class="btn btn-mini" value="Bình chọn"></form></div></div></div>
<div class="t3-module module" id="Mod95"><div class="module-inner"><h3 class="module-title"><span>Liên kết website</span></h3>
<div class="module-ct"><div class="bannergroup">
<div class="banneritem"><a href="https://longan.edu.vn" target="_blank"><img src="/images/banners/sgd-long-an.png" alt="Sở GD&amp;ĐT Long An" /></a></div>
<div class="banneritem"><a href="https://moet.gov.vn" target="_blank"><img src="/images/banners/bo-gddt.png" alt="Bộ GD&amp;ĐT" /></a></div>
<div class="banneritem"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banners/dvc.png" alt="Dịch vụ công" /></a></div>
</div></div></div></div>
<div class="t3-module module" id="Mod96"><div class="module-inner"><h3 class="module-title"><span>Thống kê truy cập</span></h3>
<div class="module-ct"><div class="vinaora_visitors_counter"><table>
<tr><td>Đang online</td><td>14</td></tr><tr><td>Hôm nay</td><td>386</td></tr>
<tr><td>Hôm qua</td><td>512</td></tr><tr><td>Tổng truy cập</td><td>1.482.907</td></tr></table></div></div></div></div>
</div>"""


def layout(request: Request, title: str, main: str, *, active: str = "/", trail=None, desc: str = "",
           head: str = "", cls: str = "view-article") -> str:
    base = base_url(request)
    crumbs = breadcrumb(trail) if trail else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" class="com_content {cls} j31 mm-hover">
<head>
<base href="{base}{request.path}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="giáo dục, Cần Giuộc, Long An, PGD" />
<meta name="description" content="{esc(desc or 'Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cần Giuộc')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/purity_iii/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/t3-assets/css/css-4a0c9.css?t=612" rel="stylesheet" type="text/css" />
{head}
<script src="/media/jui/js/jquery.min.js?3f6cd1c3" type="text/javascript"></script>
<script src="/media/system/js/caption.js?3f6cd1c3" type="text/javascript"></script>
<script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body>
<div class="t3-wrapper">
<header id="t3-header" class="container t3-header"><div class="row">
<div class="col-xs-12 col-sm-8 logo"><div class="logo-image logo-control">
<a href="/" title="{esc(SITE)}"><img class="logo-img" src="/images/logo/logo-pgd-cangiuoc.png" alt="{esc(SITE)}" />
<span>{esc(SITE)}</span></a><small class="site-slogan">Trang thông tin điện tử - Phòng Giáo dục và Đào tạo</small></div></div>
<div class="col-xs-12 col-sm-4"><div class="head-date"><i class="fa fa-calendar"></i> {HEADER_TODAY}</div>
<div class="head-search"><form action="/index.php/component/search/" method="post" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div>
</div></header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">
<div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu" data-responsive="true">{mainnav(active)}</div></div>
</div></nav>
<div class="wrap t3-navhelper"><div class="container">{crumbs}</div></div>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-8">
<div id="system-message-container"></div>
{main}
</div>
{sidebar()}
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><div class="t3-copyright">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẦN GIUỘC</strong><br />
Địa chỉ: Số 45 Nguyễn Thái Bình, thị trấn Cần Giuộc, huyện Cần Giuộc, tỉnh Long An<br />
Điện thoại: (0272) 3874 215 - Fax: (0272) 3874 216<br />
Chịu trách nhiệm nội dung: Trưởng phòng Phạm Văn Tuấn</p>
<p class="small">Thiết kế bởi <a href="https://www.joomlart.com" rel="nofollow">JoomlArt</a> - Vận hành trên Joomla!</p>
</div></div></footer>
</div>
</body>
</html>"""


# --- article pages --------------------------------------------------------------------------


def tools(s: Story) -> str:
    path = art_path(s)
    return f"""<div class="btn-group pull-right">
<a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="fa fa-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu">
<li class="print-icon"><a href="{path}?tmpl=component&amp;print=1&amp;layout=default" title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="fa fa-print"></span> In</a></li>
<li class="email-icon"><a href="{esc(mailto_link(s))}" title="Gửi liên kết này tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="fa fa-envelope"></span> E-mail</a></li>
</ul></div>"""


def vote(s: Story) -> str:
    stars = "".join('<img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" />' for _ in range(4))
    return f"""<div class="content_rating" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
<p class="unseen element-invisible">Đánh giá của người dùng: <span itemprop="ratingValue">4</span> / <span itemprop="bestRating">5</span>
<meta itemprop="ratingCount" content="{3 + s.id % 7}" /><meta itemprop="worstRating" content="0" /></p>
{stars}<img src="/media/system/images/rating_star_blank.png" alt="Sao không hoạt động" /></div>
<form method="post" action="{art_path(s)}?hitcount=0" class="form-inline">
<span class="content_vote"><label class="unseen element-invisible" for="content_vote_{s.id}">Vui lòng đánh giá</label>
<select id="content_vote_{s.id}" name="user_rating"><option value="1">Đánh giá 1</option><option value="2">Đánh giá 2</option>
<option value="3">Đánh giá 3</option><option value="4">Đánh giá 4</option><option value="5" selected="selected">Đánh giá 5</option></select>
&#160;<input class="btn btn-mini" type="submit" name="submit_vote" value="Bình chọn" />
<input type="hidden" name="task" value="article.vote" /><input type="hidden" name="hitcount" value="0" />
<input type="hidden" name="url" value="{art_path(s)}" /><input type="hidden" name="a1b2c3d4e5" value="1" /></span></form>"""


def pagenav(s: Story) -> str:
    same = by_date([x for x in STORIES if x.cat == s.cat])
    i = same.index(s)
    out = []
    if i > 0:
        p = same[i - 1]
        out.append(f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài trước: {esc(p.title)}" '
                   f'href="{art_path(p)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> '
                   '<span aria-hidden="true">Trước</span></a></li>')
    if i < len(same) - 1:
        n = same[i + 1]
        out.append(f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp theo: {esc(n.title)}" '
                   f'href="{art_path(n)}" rel="next"><span aria-hidden="true">Tiếp</span> '
                   '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
    return '<ul class="pager pagenav">' + "".join(out) + "</ul>"


def related(s: Story) -> str:
    rel = [x for x in by_date(STORIES) if x.cat == s.cat and x is not s][:3]
    items = "".join(f'<li><a href="{art_path(x)}">{esc(x.title)}</a></li>' for x in rel)
    return (f'<div class="moduletable related-items"><h3>Bài viết liên quan</h3>'
            f'<ul class="relateditems mod-list">{items}</ul></div>')


def attachments(s: Story) -> str:
    if not s.opts.get("attach"):
        return ""
    return ('<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_article_'
            f'{s.id}"><caption>Tệp đính kèm:</caption><thead><tr><th class="at_filename">Tệp</th>'
            '<th class="at_description">Mô tả</th><th class="at_file_size">Kích thước</th><th class="at_downloads">Lượt tải</th>'
            '</tr></thead><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/images/vanban/2026/'
            'tb-tuyen-dung-vc-2026.pdf"><img src="/components/com_attachments/media/icons/pdf.gif" alt="" /></a> '
            '<a href="/images/vanban/2026/tb-tuyen-dung-vc-2026.pdf">tb-tuyen-dung-vc-2026.pdf</a></td>'
            '<td class="at_description">Thông báo tuyển dụng kèm phụ lục</td><td class="at_file_size">245 Kb</td>'
            '<td class="at_downloads">87</td></tr></tbody></table></div>')


def full_image(s: Story) -> str:
    src = s.opts.get("fullimg")
    return (f'<div class="pull-none item-image"><img src="{src}" alt="" itemprop="image" /></div>' if src else "")


def info_above(s: Story) -> str:
    d = _dt_of(s)
    parts = ['<dt class="article-info-term">Chi tiết</dt>',
             f'<dd class="createdby hasTooltip" itemprop="author" itemscope itemtype="https://schema.org/Person" '
             f'title="Viết bởi "><i class="fa fa-user"></i> <span itemprop="name">{esc(s.opts["user"])}</span></dd>']
    if s.cat in PARENT:
        par = PARENT[s.cat]
        parts.append(f'<dd class="parent-category-name hasTooltip" title="Danh mục cha: "><i class="fa fa-folder"></i> '
                     f'<a href="{ROUTE[par]}"><span itemprop="genre">{esc(CATEGORIES[par])}</span></a></dd>')
    parts.append(f'<dd class="category-name hasTooltip" title="Danh mục: "><i class="fa fa-folder-open"></i> '
                 f'<a href="{ROUTE[s.cat]}"><span itemprop="genre">{esc(CATEGORIES[s.cat])}</span></a></dd>')
    shown = f"Ngày đăng: {dmy(d)}" if s.cat == "van-ban-thong-bao" else lc2(d)
    parts.append(f'<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> '
                 f'<time datetime="{d.isoformat()}" itemprop="datePublished">{shown}</time></dd>')
    if s.cat == "van-ban-thong-bao":
        parts.append(f'<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" '
                     f'content="UserPageVisits:{s.opts["hits"]}" />Lượt xem: {s.opts["hits"]}</dd>')
    return '<dl class="article-info muted">' + "\n".join(parts) + "</dl>"


def info_below(s: Story) -> str:
    if "created" not in s.opts:
        return ""
    c = _dt.datetime.fromisoformat(s.opts["created"] + ":00+07:00")
    m = _dt.datetime.fromisoformat(s.opts["modified"] + ":00+07:00")
    return f"""<footer class="article-footer clearfix"><dl class="article-info muted">
<dd class="create"><i class="fa fa-calendar-o"></i> <time datetime="{c.isoformat()}" itemprop="dateCreated">Ngày tạo: {lc2(c)}</time></dd>
<dd class="modified"><i class="fa fa-pencil"></i> <time datetime="{m.isoformat()}" itemprop="dateModified">Cập nhật lần cuối: {lc2(m)}</time></dd>
<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:{s.opts['hits']}" />Lượt xem: {s.opts['hits']}</dd>
</dl></footer>"""


def article_default(s: Story) -> str:
    heading = ""
    htag = "h1"
    if s.cat == "van-ban-thong-bao":
        heading = '<div class="page-header"><h1>Văn bản - Thông báo</h1></div>'
        htag = "h2"
    return f"""<div class="item-page clearfix">
{heading}
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="https://google.com/article"/>
<meta itemprop="inLanguage" content="vi-VN" />
<header class="article-header clearfix"><{htag} class="article-title" itemprop="headline">{esc(s.title)}</{htag}></header>
<aside class="article-aside clearfix">
{info_above(s)}
{tools(s)}
</aside>
{vote(s) if s.opts.get("vote") else ""}
{full_image(s)}
<section class="article-content clearfix" itemprop="articleBody">
{render_blocks(s)}
</section>
{info_below(s)}
{attachments(s)}
{pagenav(s)}
</article>
</div>
{related(s)}"""


def article_school(s: Story) -> str:
    """The "school" alternative layout of the Các trường category."""
    d = _dt_of(s)
    path = art_path(s)
    return f"""<div class="item-page item-page-school">
<div class="article-head">
<h2 class="contentheading" itemprop="headline">{esc(s.title)}</h2>
<div class="ja-meta"><span class="ja-date"><i class="fa fa-clock-o"></i> Ngày đăng: {dmy(d)} - {d:%H:%M}</span>
<span class="ja-hits"> | Lượt xem: {s.opts["hits"]}</span>
<span class="ja-cat"> | Chuyên mục: <a href="{ROUTE[s.cat]}">{esc(CATEGORIES[s.cat])}</a></span></div>
</div>
<div class="ja-tools"><a href="{path}?tmpl=component&amp;print=1&amp;layout=default" rel="nofollow">In bài</a> |
<a href="{esc(mailto_link(s))}" rel="nofollow">Gửi email</a> |
<a href="https://sp.zalo.me/share_inline?u={path}" target="_blank">Zalo</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u={path}" target="_blank">Facebook</a></div>
<div class="article-content" itemprop="articleBody">
{render_blocks(s)}
</div>
<div class="tags"><span class="tag-label">Từ khóa:</span> <span class="label label-info">{esc(CATEGORIES[s.cat])}</span></div>
{pagenav(s)}
</div>
{related(s)}"""


def meta_desc(s: Story) -> str:
    if s.opts.get("intro_hidden"):
        return s.opts["intro_hidden"]
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:160]


def article_trail(s: Story) -> list[tuple[str | None, str]]:
    trail: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if s.cat in PARENT:
        trail.append((ROUTE[PARENT[s.cat]], CATEGORIES[PARENT[s.cat]]))
    trail.append((ROUTE[s.cat], CATEGORIES[s.cat]))
    trail.append((None, s.title))
    return trail


def article_page(request: Request, s: Story) -> Response:
    body = article_school(s) if s.cat == "cac-truong-trong-huyen" else article_default(s)
    active = "/index.php/tin-tuc" if s.cat != "van-ban-thong-bao" else ROUTE[s.cat]
    return html(layout(request, f"{s.title} - {SITE}", body, active=active, trail=article_trail(s),
                       desc=meta_desc(s)))


def print_page(request: Request, s: Story) -> Response:
    body = article_school(s) if s.cat == "cac-truong-trong-huyen" else article_default(s)
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{esc(s.title)} - {esc(SITE)}</title>
<link href="/templates/purity_iii/css/print.css" rel="stylesheet" type="text/css" />
<script src="/media/system/js/caption.js" type="text/javascript"></script></head>
<body id="bd" class="contentpane modal">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="fa fa-print"></span> In</a></div>
{body}
</body></html>"""
    return html(page)


# --- listings -------------------------------------------------------------------------------


def thumb(s: Story) -> str:
    return f"/images/thumbs/{s.id}-{s.slug[:24]}.jpg"


def intro_text(s: Story) -> str:
    if s.opts.get("intro_hidden"):
        return s.opts["intro_hidden"]
    return next(b.text for b in s.blocks if isinstance(b, P))


def blog_item(s: Story, tag: str = "h2", path: str | None = None) -> str:
    href = path or art_path(s)
    d = _dt_of(s)
    date = f"Ngày đăng: {dmy(d)}" if s.cat == "van-ban-thong-bao" else lc2(d)
    return f"""<article class="item item-page">
<header class="article-header clearfix"><{tag} class="article-title" itemprop="headline"><a href="{esc(href)}" itemprop="url" title="{esc(s.title)}">{esc(s.title)}</a></{tag}></header>
<aside class="article-aside clearfix"><dl class="article-info muted">
<dd class="category-name"><i class="fa fa-folder-open"></i> <a href="{ROUTE[s.cat]}">{esc(CATEGORIES[s.cat])}</a></dd>
<dd class="published"><i class="fa fa-calendar"></i> <time datetime="{d.isoformat()}">{date}</time></dd></dl></aside>
<div class="pull-left item-image"><a href="{esc(href)}"><img src="{thumb(s)}" alt="" itemprop="thumbnailUrl" /></a></div>
<section class="article-intro clearfix" itemprop="articleBody"><p>{esc(intro_text(s))}</p></section>
<section class="readmore"><a class="btn btn-default" href="{esc(href)}" itemprop="url"><span>Đọc thêm: {esc(s.title)}</span></a></section>
</article>"""


def pagination(route: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return route if n == 1 else f"{route}?start={(n - 1) * PER_PAGE}"

    def li(label: str, n: int | None, active: bool = False) -> str:
        if n is None:
            return f'<li class="disabled"><a>{label}</a></li>'
        if active:
            return f'<li class="active"><a>{label}</a></li>'
        return f'<li><a title="{label}" href="{href(n)}" class="pagenav">{label}</a></li>'

    items = [li("Đầu", 1 if page > 1 else None), li("Trước", page - 1 if page > 1 else None)]
    items += [li(str(n), n, n == page) for n in range(1, pages + 1)]
    items += [li("Tiếp", page + 1 if page < pages else None), li("Cuối", pages if page < pages else None)]
    return (f'<div class="pagination-wrap"><p class="counter pull-right">Trang {page} của {pages}</p>'
            f'<ul class="pagination">{"".join(items)}</ul></div>')


def start_page(request: Request) -> int | None:
    raw = request.params.get("start", "0")
    if set(request.params) - {"start"} or not raw.isdigit() or int(raw) % PER_PAGE:
        return None
    return int(raw) // PER_PAGE + 1


def blog(request: Request, key: str) -> Response | None:
    page = start_page(request)
    if key == "tin-tuc":
        items = by_date([s for s in STORIES if in_tintuc_blog(s)])
    else:
        items = by_date([s for s in STORIES if s.cat == key])
    pages = max(1, -(-len(items) // PER_PAGE))
    if page is None or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    leading = f'<div class="items-leading clearfix"><div class="leading leading-0 clearfix">{blog_item(chunk[0])}</div></div>'
    rows = []
    for r in range(0, len(chunk) - 1, 2):
        cols = "".join(f'<div class="col-sm-6 item column-{j + 1}">{blog_item(s, "h3")}</div>'
                       for j, s in enumerate(chunk[1 + r: 3 + r]))
        rows.append(f'<div class="items-row cols-2 row-{r // 2} row">{cols}</div>')
    more = items[page * PER_PAGE: page * PER_PAGE + 2]
    more_html = ('<div class="items-more"><h3>Thêm bài viết...</h3><ol class="nav nav-tabs nav-stacked">'
                 + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in more)
                 + "</ol></div>") if more else ""
    children = ""
    if key == "tin-tuc":
        children = ('<div class="cat-children"><h3>Danh mục con</h3>'
                    f'<div class="first"><h3 class="page-header item-title"><a href="{ROUTE["hoat-dong-chuyen-mon"]}">Hoạt động chuyên môn</a></h3></div>'
                    f'<div class="last"><h3 class="page-header item-title"><a href="{ROUTE["cac-truong-trong-huyen"]}">Các trường trong huyện</a></h3></div></div>')
    main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header clearfix"><h1 class="page-title">{esc(CATEGORIES[key])}</h1></div>
{leading}
{"".join(rows)}
{more_html}
{children}
{pagination(ROUTE[key], page, pages)}
</div>"""
    trail = [("/", "Trang chủ")]
    if key in PARENT:
        trail.append((ROUTE[PARENT[key]], CATEGORIES[PARENT[key]]))
    trail.append((None, CATEGORIES[key]))
    head = f'<link href="{ROUTE[key]}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
    return html(layout(request, f"{CATEGORIES[key]} - {SITE}", main, active=ROUTE.get(PARENT.get(key, key)),
                       trail=trail, head=head, cls="view-category layout-blog"))


def vanban_list(request: Request) -> Response | None:
    if request.query:
        return None
    rows = []
    for i, s in enumerate(by_date([s for s in STORIES if s.cat == "van-ban-thong-bao"])):
        rows.append(f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" class="list-title">'
                    f'<a href="{art_path(s)}">{esc(s.title)}</a></td>'
                    f'<td headers="categorylist_header_date" class="list-date small">{dmy(_dt_of(s), "-")}</td>'
                    f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">'
                    f'Lượt xem: {s.opts["hits"]}</span></td></tr>')
    main = f"""<div class="category-list"><div class="page-header"><h1>Văn bản - Thông báo</h1></div>
<form action="/index.php/van-ban-thong-bao" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" placeholder="Lọc nội dung" /></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
<option value="5">5</option><option value="10">10</option><option value="20" selected="selected">20</option><option value="0">Tất cả</option></select></div>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>
<table class="category table table-striped table-bordered table-hover"><thead><tr>
<th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày đăng</th>
<th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead><tbody>{"".join(rows)}</tbody></table></form></div>"""
    return html(layout(request, f"Văn bản - Thông báo - {SITE}", main, active=ROUTE["van-ban-thong-bao"],
                       trail=[("/", "Trang chủ"), (None, "Văn bản - Thông báo")], cls="view-category layout-list"))


def home(request: Request) -> Response | None:
    if request.query:
        return None
    feats = by_date([s for s in STORIES if s.opts.get("featured")])
    items = "".join(
        f'<div class="items-row cols-1 row-{i} row"><div class="item column-1">'
        f'{blog_item(s, "h2", FEATURED_COMPONENT if s.id == 153 else None)}</div></div>'
        for i, s in enumerate(feats))
    main = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="items-leading">{items}</div></div>"""
    return html(layout(request, f"Trang chủ - {SITE}", main, cls="view-featured"))


# --- other pages ------------------------------------------------------------------------------


def gioi_thieu(request: Request) -> Response:
    main = """<div class="item-page clearfix"><article class="article" itemscope itemtype="http://schema.org/Article">
<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">Giới thiệu chung</h1></header>
<section class="article-content clearfix" itemprop="articleBody">
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Cần Giuộc là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>
<p style="text-align: justify;">Toàn huyện hiện có 52 trường công lập với hơn 28.000 học sinh và 1.620 cán bộ, giáo viên, nhân viên.</p>
<h3>Lãnh đạo Phòng</h3><ul><li>Trưởng phòng: Phạm Văn Tuấn</li><li>Phó Trưởng phòng: Lê Minh Trí</li><li>Phó Trưởng phòng: Nguyễn Thị Bích Liên</li></ul>
</section></article></div>"""
    return html(layout(request, f"Giới thiệu - {SITE}", main, active="/index.php/gioi-thieu",
                       trail=[("/", "Trang chủ"), (None, "Giới thiệu")]))


def lien_he(request: Request) -> Response:
    main = """<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Cần Giuộc</span></h2></div>
<h3>Thông tin liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 45 Nguyễn Thái Bình, thị trấn Cần Giuộc</span></dd>
<dt>Điện thoại: </dt><dd><span class="contact-telephone" itemprop="telephone">(0272) 3874 215</span></dd>
<dt>Email: </dt><dd><span id="cloak8f3a2">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó.</span></dd></dl>
<h3>Mẫu liên hệ</h3>
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Những trường có đánh dấu * là bắt buộc.</legend>
<label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required />
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /></fieldset></form></div>"""
    return html(layout(request, f"Liên hệ - {SITE}", main, active="/index.php/lien-he",
                       trail=[("/", "Trang chủ"), (None, "Liên hệ")], cls="view-contact"))


def thu_vien_anh(request: Request) -> Response:
    albums = [("le-khai-giang-2026", "Lễ khai giảng năm học 2026-2027", 24),
              ("hoi-thi-gvdg-tieu-hoc", "Hội thi GVDG bậc Tiểu học", 18),
              ("ngay-nha-giao-20-11", "Họp mặt 20/11/2026", 31)]
    cells = "".join(f'<div class="col-sm-4 ja-album"><a href="/images/thuvien/{k}/01.jpg" class="modal" rel="gallery">'
                    f'<img src="/images/thuvien/{k}/thumb.jpg" alt="{esc(t)}" /></a><h4>{esc(t)}</h4>'
                    f'<span class="count">{n} ảnh</span></div>' for k, t, n in albums)
    main = (f'<div class="item-page"><div class="page-header"><h1>Thư viện ảnh</h1></div><div class="row ja-gallery">'
            f"{cells}</div></div>")
    return html(layout(request, f"Thư viện ảnh - {SITE}", main, active="/index.php/thu-vien-anh",
                       trail=[("/", "Trang chủ"), (None, "Thư viện ảnh")]))


def mailto(request: Request) -> Response | None:
    p = request.params
    if p.get("tmpl") != "component" or p.get("template") != "purity_iii":
        return None
    if p.get("link") not in {hashlib.sha1(art_path(s).encode()).hexdigest() for s in STORIES}:
        return None
    page = """<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi liên kết này tới bạn bè</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php/component/mailto/" id="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value="" /></div>
<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button>
<button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" /></form></div></body></html>"""
    return html(page)


def rss(request: Request, key: str) -> Response:
    base = base_url(request)
    stories = by_date([s for s in STORIES if (in_tintuc_blog(s) if key == "tin-tuc" else s.cat == key)])[:10]
    items = "".join(f"<item><title>{esc(s.title)}</title><link>{base}{art_path(s)}</link>"
                    f"<guid isPermaLink=\"true\">{base}{art_path(s)}</guid><description>{esc(intro_text(s))}</description>"
                    f"<category>{esc(CATEGORIES[s.cat])}</category></item>\n" for s in stories)
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>{esc(CATEGORIES[key])}</title><link>{base}{ROUTE[key]}</link>"
            f"<generator>Joomla! - Open Source Content Management</generator><language>vi-vn</language>\n{items}"
            "</channel></rss>\n")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing ----------------------------------------------------------------------------------

_ART = re.compile(r"(/index\.php/[a-z0-9/-]+?)/(\d+)-([a-z0-9-]+)")


def article_by_route(request: Request) -> Response | None:
    m = _ART.fullmatch(request.path)
    if not m:
        return None
    s = BY_ID.get(int(m.group(2)))
    if s is None or m.group(3) != s.slug:
        return None
    if m.group(1) == "/index.php/component/content/article/10-cac-truong-trong-huyen":
        return article_page(request, s) if s.id == 153 and request.query == "Itemid=101" else None
    if m.group(1) != ROUTE[s.cat]:
        return None
    if not request.query or (request.query == "hitcount=0" and s.opts.get("vote")):
        return article_page(request, s)
    if request.query == PRINT_Q:
        return print_page(request, s)
    return None


def non_sef(request: Request) -> Response | None:
    p = request.params
    if p.get("option") != "com_content" or p.get("view") != "article":
        return None
    ident = p.get("id", "").split(":")[0]
    s = BY_ID.get(int(ident)) if ident.isdigit() else None
    if s is None or p.get("catid") != str(CATID[s.cat]):
        return None
    return article_page(request, s)


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/images/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/media/", "/templates/", "/t3-assets/", "/plugins/", "/components/")):
            return static_file(path)
        if path == "/" or path == "/index.php":
            return non_sef(request) if request.query else home(request)
        if path == "/index.php/component/mailto/":
            return mailto(request)
        statics = {"/index.php/gioi-thieu": gioi_thieu, "/index.php/lien-he": lien_he,
                   "/index.php/thu-vien-anh": thu_vien_anh}
        if path in statics:
            return None if request.query else statics[path](request)
        for key, route in ROUTE.items():
            if path == route:
                if request.query == "format=feed&type=rss":
                    return rss(request, key)
                return vanban_list(request) if key == "van-ban-thong-bao" else blog(request, key)
        return article_by_route(request)


def build_site() -> JoomlaSite:
    return JoomlaSite()
