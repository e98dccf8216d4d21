"""Phòng Giáo dục và Đào tạo huyện Hải Hậu (Nam Định): Joomla 3.9, Protostar lightly restyled.

Platform
--------
Joomla 3.9.x with the stock Protostar template (blue header swapped for a banner, a date bar and a
footer added, a few layout overrides), vi-VN language pack, SEF URLs **without** URL rewriting,
so every page lives under ``/index.php/``. Core plugins on: Content - Page Break, Content - Email
Cloaking, Content - Vote (only where the category allows it), Content - Load Modules, Fields,
System - SEF. Pages are UTF-8.

URL scheme
----------
- ``/`` and ``/index.php``: home, the *featured* view (menu item 101, "Trang chủ").
- ``/index.php/<menu-alias>``: category blog views; page n is ``?start=<k>`` with k a multiple of
  the blog's limit (leading + intro + links); the "Bắt đầu" and "1" links of page 2+ point to
  ``?limitstart=0`` (Joomla 3 builds the first page's link that way).
    - ``/index.php/tin-tuc-su-kien`` "Tin tức - Sự kiện" (catid 8): 1 leading + 2 intro in two
      columns, 3 per page, pages ``?start=3`` and ``?start=6`` ("Trang 1 / 3").
    - ``/index.php/hoat-dong-chuyen-mon`` "Hoạt động chuyên môn" (catid 9): 1 leading + 1 intro +
      1 title in "items-more", 3 per page, page ``?start=3`` ("Trang 1 / 2").
    - ``/index.php/tin-tuc-su-kien/thong-bao`` "Thông báo" (catid 11): a child menu item of "Tin
      tức - Sự kiện" (its path is nested), one page, titles NOT linked ("Link titles: Hide").
    - ``/index.php/van-ban`` "Văn bản" (catid 12): a category *list* view (table).
- Articles: ``/index.php/<menu-alias>/<id>-<alias>``; print view
  ``/index.php/<menu-alias>/<id>-<alias>?tmpl=component&print=1``; e-mail form
  ``/index.php/component/mailto/?tmpl=component&link=<base64 of the absolute article URL>``.
- Router fallback form printed by the featured home view:
  ``/index.php/component/content/article/<id>-<alias>?catid=<c>&Itemid=101``.
- Page Break URLs of the one multi-page article: ``?showall=&limitstart=`` (page 1),
  ``?showall=&limitstart=1`` (page 2), ``?showall=1`` ("Tất cả các trang").
- Vote form action: ``/index.php/<menu-alias>/<id>-<alias>?hitcount=0`` (POST votes, GET shows the
  article again without counting a hit).
- Users: ``/index.php/component/users/?view=remind&Itemid=101`` and ``?view=reset&Itemid=101``.
- Intro/contact/album: ``/index.php/gioi-thieu``, ``/index.php/gioi-thieu/lien-he``,
  ``/index.php/thu-vien-anh``; documents ``/index.php/van-ban/<id>-<alias>``.
- Static: ``/images/…``, ``/templates/protostar/…``, ``/media/…`` (placeholder bytes, PDFs).

Page templates
--------------
Every page: ``<base href>`` of the current URL, a date bar "Thứ Bảy, 05/12/2026", a banner, the
``ul.nav.menu.nav-pills`` menu with ``ul.nav-child`` drop-downs, the Joomla breadcrumbs
(``ul.breadcrumb`` "Bạn đang ở: Trang chủ / …"), ``main#content.span9`` and ``div#aside.span3``
with modules ("Tin mới cập nhật" ``ul.latestnews``, "Đọc nhiều nhất" ``ul.mostread``, login
``form#login-form``, "Ai đang trực tuyến", a visitor counter, a links drop-down), and a footer.

Article page (``div.item-page``): ``div.page-header > h1`` = the *menu item's page heading* (the
category name), then ``div.page-header > h2[itemprop=headline]`` = the headline, the icons
drop-down (print, e-mail), the ``dl.article-info`` block, the "before display content" event
output (vote form, custom fields), the full-text image (``div.item-image``), then
``div[itemprop=articleBody]``, the "below" info block, the "after display content" fields and the
``ul.pager.pagenav`` (Trước / Tiếp theo) where the category shows it.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện: 131, 128, 125 on page 1 (131 and 125 also from the featured home page in the
  router's fallback form, 131/128 from "Tin mới" / "Đọc nhiều nhất"); 121 and 117 and 112 only on
  ``?start=3`` (121 is also listed by the "Các tin cùng chuyên mục" module inside 131's text);
  108 only on ``?start=6``. This category prints no Trước/Tiếp theo.
- Hoạt động chuyên môn: 129 (leading), 126 (intro), 122 (items-more link) on page 1; 115 only on
  ``?start=3`` and through "Tiếp theo" of 122 and the module inside 126's text.
- Thông báo: 130 through its "Đọc thêm" button (its title is not linked) and the home page; 127 is
  printed whole in the listing with no link at all: its own page is reached only by "Tiếp theo"
  on 130's page.

Traps
-----
1. Page Break (Joomla's "Ngắt trang" plugin) [not in the README]: 125 is split over two pages. Page
   1 (the canonical URL) carries a "Mục lục bài viết" table of contents, "Trang 1 / 2" and a
   "Trang sau" pager *inside* the articleBody; page 2 is ``?showall=&limitstart=1``, the whole
   text ``?showall=1``, and the TOC's own link to page 1 is ``?showall=&limitstart=``. Gold: one
   article at the canonical path whose body is BOTH parts (the part-2 heading typed by the editor
   is a paragraph); TOC, counter and pager are not text; the three variants and the print view
   (which prints both parts) are alt_paths.
2. Email Cloaking [not in the README]: an address in the text is printed as a span "Địa chỉ email
   này đang được bảo vệ khỏi chương trình thư rác, …" followed by a script that writes the
   address piecewise ('thcs.pgdhaihau' + '&#64;' + 'namdinh' + '&#46;' …). Gold: the paragraph
   reads as a browser shows it, with the plain address (130, 115); the notice and the script are
   no text.
3. Vote plugin between the info block and the text [not in the README]: Tin tức - Sự kiện prints a
   "Đánh giá của người dùng: 4 / 5" block with star images and a ``<select>`` "Vui lòng đánh giá"
   form posting to ``?hitcount=0``, which answers a GET with the same article. Gold: none of it is
   text; ``?hitcount=0`` is an alt_path of those seven articles.
4. Custom fields carry the byline and the source [not in the README]: "Hoạt động chuyên môn"
   prints a Fields block *before* the text ("Người viết: Đỗ Thị Thu Hường - Tổ chuyên môn THCS")
   and some news an "after display" field "Nguồn tin: …" after the text. Gold: authors = the
   person's name only (unit/post dropped); source = the field's value; the fields are no text.
   Meanwhile "Viết bởi" prints either a real person (created_by_alias: an author) or the CMS
   account ("Quản trị viên", "Super User", "admin": nobody; ``<meta name="author">`` repeats it).
5. Machine date in UTC with no offset [dates, with a twist]: a restyled info-block override
   prints ``<time datetime="2026-12-03 08:10:00">``, the raw database ``publish_up`` (UTC), while
   the visible line is local: "Được đăng: Thứ năm, 03 Tháng 12 2026 15:10". Gold: the visible
   local time with +07:00. For 117, published at local midnight, the attribute even names the
   previous day ("2026-11-01 17:00:00"); the printed "00:00" is a day without time: "2026-11-02".
   In "Hoạt động chuyên môn" a "Ngày tạo" (earlier) and "Cập nhật lần cuối" (later) follow below
   the text: the publication date is "Được đăng".
6. The page's H1 is not the headline [chrome]: article pages under a blog menu item print the menu
   item's page heading ("Tin tức - Sự kiện") as ``h1`` and the headline as ``h2``; ``<title>``
   appends " - Phòng GD&ĐT Hải Hậu"; blog "Đọc thêm: …" buttons truncate long titles with "...".
   Gold title = the ``h2[itemprop=headline]``.
7. Full-text image outside the text with its caption in ``title`` [captions]: 131, 125 and 129 put
   their first photo in ``div.item-image`` *before* ``div[itemprop=articleBody]``, as
   ``<img class="caption" title="…">`` (JCaption draws the line in the browser; no caption is in
   the markup's text). Gold: it is the article's first image, caption = the title attribute.
   The blog's intro thumbnail (``/images/…/thumbs/…``) is another file and not an article image.
   Inline ``img.caption`` in the text (125 part 2) follows the same rule.
8. Duplicate URLs from the router's fallback [duplicates]: the featured home page links 131, 129,
   130 and 125 as ``/index.php/component/content/article/<id>-<alias>?catid=<c>&Itemid=101``
   (breadcrumb "Trang chủ / <title>", no H1). Gold: canonical = the category-menu path; the
   fallback URL is an alt_path. Listings also answer at ``?limitstart=0`` (page 1 again).
9. A module loaded inside the text [boundaries]: ``{loadmodule mod_articles_category}`` renders
   "Các tin cùng chuyên mục" / "Bài viết cùng chuyên mục" (titles and dates) inside
   ``div[itemprop=articleBody]`` after the last paragraph (131, 126). Gold: not text.
10. An article with no link of its own [discovery]: 127's whole text is printed in the "Thông báo"
    blog with no title link and no "Đọc thêm"; only the "Tiếp theo" pager of 130 leads to its
    page. Gold: 127 at its own page; the listing is not an article.
11. Counters that change on every request [duplicates]: "Lượt xem" grows by one at each view of
    an article, so two fetches of one page are never byte-equal. Gold: nothing (hits are no field).

Gold decisions on ambiguous points
----------------------------------
- Bylines: "Tin, ảnh: Lê Thị Ngọc Ánh (THCS Hải Phương)" -> author and photographer, unit dropped;
  a right-aligned bold name closing the text is the author; "Ảnh: Hoàng Minh Tuấn" under a photo
  is a photographer, no caption. Names printed by "Viết bởi" that are people (aliases) are
  authors; the accounts "Quản trị viên", "Super User", "admin" are nobody.
- A closing "Theo Công an huyện Hải Hậu" line is the source (117), as is the "Nguồn tin:" field.
- Table rows inside the text (the exam schedule in 130, the prize table in 112) are paragraphs
  with cells joined by " | ", header row included.
- The fulltext image's caption is its ``title`` attribute; a caption printed in parentheses loses
  them.
- The intro/contact page (an article menu item without info block), the album and the two
  document entries of "Văn bản" (articles used as records: number, date, abstract, PDF) are
  NON_ARTICLES; listings, the e-mail form, the users' forms are neither.
- 125's body is the whole article across the page break; no summary anywhere except where the
  lead paragraph is bold (128, 112).
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_protostar_blog_pgd"
PLATFORM = "Joomla 3.9 (Protostar template, category blog views, SEF without URL rewriting)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Hải Hậu"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

#: menu route -> category blog settings (as the menu item's Blog Layout tab sets them)
CATS: dict[str, dict] = {
    "tin-tuc-su-kien": {
        "title": "Tin tức - Sự kiện", "catid": 8, "itemid": 103,
        "leading": 1, "intro": 2, "cols": 2, "links": 0,
        "pagenav": False, "link_titles": True, "vote": True, "info": "news",
    },
    "hoat-dong-chuyen-mon": {
        "title": "Hoạt động chuyên môn", "catid": 9, "itemid": 104,
        "leading": 1, "intro": 1, "cols": 1, "links": 1,
        "pagenav": True, "link_titles": True, "vote": False, "info": "split",
    },
    "tin-tuc-su-kien/thong-bao": {
        "title": "Thông báo", "catid": 11, "itemid": 107,
        "leading": 0, "intro": 5, "cols": 1, "links": 0,
        "pagenav": True, "link_titles": False, "vote": False, "info": "notice",
    },
}

NEWS, PRO, NOTICE = "tin-tuc-su-kien", "hoat-dong-chuyen-mon", "tin-tuc-su-kien/thong-bao"

_IMG = "/images/tin-tuc/2026"

# --- the articles ----------------------------------------------------------------------------
# opts: route, pub (printed "Được đăng"), utc (raw publish_up printed in datetime=), byline
# (printed after "Viết bởi"), created/modified (printed below the text), field_author /
# field_source (Fields plugin), thumb (blog intro image), featured, pagebreak (block index,
# title), related (ids listed by the module loaded inside the text).

STORIES: list[Story] = [
    Story(
        id=131,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-03T15:10:00+07:00",
        blocks=[
            Img(f"{_IMG}/12/tong-ket-gvdg-th-01.jpg",
                printed="Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải Nhất",
                caption="Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải Nhất",
                style="fulltext"),
            P("Chiều ngày 02/12/2026, tại Trường Tiểu học Thị trấn Yên Định, Phòng Giáo dục và Đào "
              "tạo huyện Hải Hậu tổ chức lễ tổng kết và trao giải Hội thi giáo viên dạy giỏi cấp "
              "huyện bậc Tiểu học năm học 2026 – 2027."),
            P("Tới dự có đồng chí Vũ Thị Minh Nguyệt, Phó Chủ tịch UBND huyện; đồng chí Đoàn Văn "
              "Tuấn, Trưởng phòng GD&ĐT; đại diện lãnh đạo các trường Tiểu học và 87 giáo viên "
              "tham gia hội thi."),
            P("Hội thi năm nay diễn ra trong hai tuần, từ ngày 16/11 đến ngày 28/11/2026, gồm hai "
              "phần: thi năng lực (trình bày biện pháp nâng cao chất lượng giảng dạy) và thực hành "
              "dạy 2 tiết trên lớp. Các tiết dạy được chấm tại 12 trường Tiểu học trên địa bàn "
              "huyện.", style="span"),
            P("Theo đánh giá của Ban giám khảo, phần lớn giáo viên đã vận dụng linh hoạt các phương "
              "pháp, kĩ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học và học liệu số; "
              "nhiều tiết dạy tổ chức tốt hoạt động trải nghiệm, giúp học sinh hứng thú và chủ "
              "động tiếp thu bài.", style="span"),
            P("Kết quả, có 71 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện, trong "
              "đó 9 giáo viên đạt giải Nhất, 18 giáo viên đạt giải Nhì và 24 giáo viên đạt giải "
              "Ba.", style="span"),
            P("Phát biểu tại buổi lễ, đồng chí Trưởng phòng GD&ĐT ghi nhận sự chuẩn bị công phu của "
              "các nhà trường, đồng thời đề nghị các giáo viên đạt giải tiếp tục làm nòng cốt trong "
              "sinh hoạt chuyên môn, lan tỏa kinh nghiệm tới đồng nghiệp.", style="span"),
        ],
        authors=["Nguyễn Thị Thanh Huyền"],
        opts={
            "route": NEWS, "pub": "Thứ năm, 03 Tháng 12 2026 15:10", "utc": "2026-12-03 08:10:00",
            "byline": "Nguyễn Thị Thanh Huyền", "thumb": f"{_IMG}/12/thumbs/tong-ket-gvdg-th.jpg",
            "featured": True, "related": [128, 125, 121],
        },
    ),
    Story(
        id=128,
        slug="nganh-giao-duc-hai-hau-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        title="Ngành Giáo dục Hải Hậu hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống "
              "bạo lực trên cơ sở giới năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-27T09:45:00+07:00",
        blocks=[
            P("Từ ngày 15/11 đến ngày 15/12/2026, các trường học trên địa bàn huyện Hải Hậu đồng "
              "loạt triển khai nhiều hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và "
              "phòng, chống bạo lực trên cơ sở giới với chủ đề “Chung tay chấm dứt bạo lực đối với "
              "phụ nữ và trẻ em gái”.", style="b"),
            Img(f"{_IMG}/11/dien-dan-tieng-noi-cua-em.jpg",
                printed="(Học sinh Trường THCS Hải Phương tham gia diễn đàn “Tiếng nói của em”)",
                caption="Học sinh Trường THCS Hải Phương tham gia diễn đàn “Tiếng nói của em”"),
            P("Thực hiện Kế hoạch số 215/KH-UBND của UBND huyện, Phòng GD&ĐT đã hướng dẫn các nhà "
              "trường lồng ghép nội dung bình đẳng giới vào tiết chào cờ, giờ sinh hoạt lớp và các "
              "hoạt động ngoại khóa. Các hoạt động chính gồm:"),
            P("Treo băng rôn, khẩu hiệu tuyên truyền tại cổng trường và khu vực sân trường;",
              style="li"),
            P("Tổ chức diễn đàn, sân khấu hóa các tình huống về phòng, chống xâm hại trẻ em;",
              style="li"),
            P("Phát động cuộc thi vẽ tranh “Em yêu bình đẳng” dành cho học sinh Tiểu học;",
              style="li"),
            P("Rà soát, hỗ trợ học sinh có hoàn cảnh khó khăn, có nguy cơ bỏ học.", style="li"),
            P("Tại Trường THCS Hải Phương, diễn đàn “Tiếng nói của em” thu hút hơn 400 học sinh tham "
              "gia. Các em mạnh dạn chia sẻ suy nghĩ về định kiến giới trong gia đình, về quyền "
              "được học tập, vui chơi và được bảo vệ."),
            P("Kết thúc Tháng hành động, Phòng GD&ĐT sẽ tổng hợp kết quả, biểu dương các đơn vị "
              "làm tốt và lựa chọn sản phẩm tiêu biểu tham gia triển lãm cấp tỉnh."),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Lê Thị Ngọc Ánh (THCS Hải Phương)'
                "</em></p>"),
        ],
        authors=["Lê Thị Ngọc Ánh"],
        photographers=["Lê Thị Ngọc Ánh"],
        summary="Từ ngày 15/11 đến ngày 15/12/2026, các trường học trên địa bàn huyện Hải Hậu đồng "
                "loạt triển khai nhiều hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và "
                "phòng, chống bạo lực trên cơ sở giới với chủ đề “Chung tay chấm dứt bạo lực đối "
                "với phụ nữ và trẻ em gái”.",
        opts={
            "route": NEWS, "pub": "Thứ sáu, 27 Tháng 11 2026 09:45", "utc": "2026-11-27 02:45:00",
            "byline": "Quản trị viên", "thumb": f"{_IMG}/11/thumbs/dien-dan-tieng-noi-cua-em.jpg",
        },
    ),
    Story(
        id=125,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-19T16:20:00+07:00",
        blocks=[
            Img(f"{_IMG}/11/ky-niem-20-11-hoi-truong.jpg",
                printed="Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                caption="Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                style="fulltext"),
            P("Sáng ngày 19/11/2026, tại Hội trường UBND huyện, Phòng Giáo dục và Đào tạo huyện Hải "
              "Hậu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà "
              "giáo tiêu biểu năm 2026."),
            P("Dự buổi lễ có các đồng chí trong Ban Thường vụ Huyện ủy, Thường trực HĐND, UBND "
              "huyện; lãnh đạo các phòng, ban, ngành, đoàn thể; các thế hệ nhà giáo đã nghỉ hưu cùng "
              "đại diện cán bộ quản lí, giáo viên của 96 trường học trong huyện."),
            P("Ôn lại truyền thống vẻ vang của ngành, báo cáo tại buổi lễ khẳng định: trong năm học "
              "vừa qua, ngành Giáo dục Hải Hậu tiếp tục giữ vững tốp đầu của tỉnh về chất lượng "
              "giáo dục toàn diện. Tỉ lệ trường đạt chuẩn quốc gia đạt 98,9%; kết quả thi tuyển sinh "
              "vào lớp 10 THPT xếp thứ 2/10 huyện, thành phố."),
            P("Đội ngũ nhà giáo không ngừng được chuẩn hóa, 100% giáo viên đạt chuẩn trình độ đào "
              "tạo theo Luật Giáo dục 2019, trong đó 78% trên chuẩn. Công tác chuyển đổi số, ứng "
              "dụng công nghệ thông tin trong quản lí và dạy học có nhiều chuyển biến rõ nét."),
            P("Tuyên dương 26 nhà giáo tiêu biểu", style="h3"),
            P("Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 26 nhà giáo có thành tích xuất "
              "sắc trong công tác giảng dạy, bồi dưỡng học sinh giỏi và phong trào thi đua “Đổi "
              "mới, sáng tạo trong dạy và học”."),
            Img(f"{_IMG}/11/ky-niem-20-11-tuyen-duong.jpg",
                printed="Đồng chí Chủ tịch UBND huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                caption="Đồng chí Chủ tịch UBND huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                style="jcap"),
            P("Thay mặt các nhà giáo được tuyên dương, cô giáo Trần Thị Mai Phương, Trường Tiểu học "
              "Hải Hà bày tỏ niềm tự hào và cam kết tiếp tục rèn luyện, học tập, giữ gìn phẩm chất "
              "đạo đức nhà giáo, xứng đáng với sự tin yêu của học sinh và cha mẹ học sinh."),
            P("Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Huyện ủy chúc mừng những thành "
              "tích ngành đã đạt được, đề nghị ngành Giáo dục tiếp tục thực hiện hiệu quả Nghị quyết "
              "số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo, quan tâm xây dựng đội "
              "ngũ, tăng cường kỉ cương, nền nếp trong các nhà trường."),
            Raw('<p style="text-align: right;"><strong>Phạm Văn Đức</strong></p>'),
        ],
        authors=["Phạm Văn Đức"],
        opts={
            "route": NEWS, "pub": "Thứ năm, 19 Tháng 11 2026 16:20", "utc": "2026-11-19 09:20:00",
            "byline": "Super User", "thumb": f"{_IMG}/11/thumbs/ky-niem-20-11.jpg",
            "featured": True, "pagebreak": (5, "Tuyên dương nhà giáo tiêu biểu"),
        },
    ),
    Story(
        id=121,
        slug="truong-thcs-hai-minh-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Hải Minh đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-10T10:05:00+07:00",
        blocks=[
            P("Ngày 09/11/2026, Trường THCS Hải Minh long trọng tổ chức lễ đón Bằng công nhận "
              "trường đạt chuẩn quốc gia mức độ 2 và khánh thành nhà lớp học 3 tầng 12 phòng.",
              style="div"),
            P("Công trình có tổng mức đầu tư gần 9,6 tỉ đồng từ nguồn ngân sách huyện và xã, được "
              "khởi công từ tháng 3/2026. Cùng với các phòng học bộ môn, thư viện và khu giáo dục "
              "thể chất, cơ sở vật chất của nhà trường đã đáp ứng đầy đủ yêu cầu của Chương trình "
              "giáo dục phổ thông 2018.", style="div"),
            P("Năm học 2025 – 2026, nhà trường có 486 học sinh với 14 lớp; tỉ lệ học sinh có kết "
              "quả học tập Tốt và Khá đạt 76,3%; 100% học sinh lớp 9 được công nhận tốt nghiệp THCS. "
              "Đội tuyển học sinh giỏi của trường đạt 21 giải cấp huyện, 4 giải cấp tỉnh.",
              style="div"),
            Img(f"{_IMG}/11/thcs-hai-minh-chuan-qg.jpg", printed="Ảnh: Hoàng Minh Tuấn",
                caption=None, style="credit"),
            P("Đây là kết quả của sự nỗ lực bền bỉ của tập thể cán bộ, giáo viên, nhân viên nhà "
              "trường cùng sự quan tâm của Đảng ủy, chính quyền và nhân dân địa phương.",
              style="div"),
            P("Thay mặt lãnh đạo huyện, đồng chí Phó Chủ tịch UBND huyện đề nghị nhà trường giữ "
              "vững các tiêu chuẩn đã đạt, sử dụng hiệu quả cơ sở vật chất mới và tiếp tục nâng cao "
              "chất lượng mũi nhọn.", style="div"),
        ],
        authors=["Trần Văn Khải"],
        photographers=["Hoàng Minh Tuấn"],
        source="Trang thông tin điện tử xã Hải Minh",
        opts={
            "route": NEWS, "pub": "Thứ ba, 10 Tháng 11 2026 10:05", "utc": "2026-11-10 03:05:00",
            "byline": "Trần Văn Khải", "field_source": "Trang thông tin điện tử xã Hải Minh",
            "thumb": f"{_IMG}/11/thumbs/thcs-hai-minh.jpg",
        },
    ),
    Story(
        id=117,
        slug="tap-huan-cong-tac-phong-chay-chua-chay-va-cuu-nan-cuu-ho-trong-truong-hoc-nam-2026",
        title="Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-02",
        blocks=[
            P("Trong hai ngày 31/10 và 01/11/2026, Phòng GD&ĐT phối hợp với Đội Cảnh sát PCCC và "
              "CNCH – Công an huyện Hải Hậu tổ chức tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu "
              "nạn, cứu hộ cho cán bộ, giáo viên, nhân viên các trường học.", style="indent"),
            Raw("<p>&nbsp;</p>"),
            P("Hơn 300 học viên là thành viên đội PCCC cơ sở của các nhà trường được phổ biến những "
              "quy định mới của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ; nguyên nhân, nguy cơ "
              "gây cháy, nổ trong trường học và cách xử lí khi xảy ra sự cố.", style="indent"),
            P("Phần thực hành, học viên được hướng dẫn sử dụng bình chữa cháy xách tay, kĩ năng "
              "thoát nạn trong môi trường nhiều khói,", style="indent"),
            P("sơ cứu người bị nạn và tổ chức phương án chữa cháy tại chỗ theo tình huống giả định "
              "cháy phòng thiết bị.", style="br"),
            Raw("<p>&nbsp;</p>"),
            P("Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận huấn "
              "luyện nghiệp vụ PCCC và CNCH.", style="indent"),
            Raw('<p style="text-align: right;"><em>Theo Công an huyện Hải Hậu</em></p>'),
        ],
        source="Công an huyện Hải Hậu",
        opts={
            "route": NEWS, "pub": "Thứ hai, 02 Tháng 11 2026 00:00", "utc": "2026-11-01 17:00:00",
            "byline": "admin", "thumb": f"{_IMG}/11/thumbs/tap-huan-pccc.jpg",
        },
    ),
    Story(
        id=112,
        slug="soi-noi-giao-luu-english-festival-cap-huyen-danh-cho-hoc-sinh-tieu-hoc",
        title="Sôi nổi giao lưu “English Festival” cấp huyện dành cho học sinh Tiểu học",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-24T14:30:00+07:00",
        blocks=[
            P("Ngày 23/10/2026, Phòng GD&ĐT Hải Hậu tổ chức giao lưu “English Festival” dành cho "
              "học sinh Tiểu học năm 2026 với sự tham gia của 35 đội đến từ các trường Tiểu học "
              "trong huyện.", style="b"),
            P("Mỗi đội gồm 4 học sinh lớp 4, lớp 5 tham gia ba phần thi: Giới thiệu (Hello), Tài "
              "năng (Talent show) và Rung chuông vàng (Golden bell). Toàn bộ phần thi được thực "
              "hiện bằng tiếng Anh."),
            Img(f"{_IMG}/10/english-festival-hai-xuan.jpg",
                printed="Tiết mục kể chuyện bằng tiếng Anh của đội Trường Tiểu học Hải Xuân",
                caption="Tiết mục kể chuyện bằng tiếng Anh của đội Trường Tiểu học Hải Xuân",
                style="table"),
            P("Nhiều tiết mục hát, kể chuyện, đóng kịch được các em dàn dựng công phu, thể hiện tự "
              "tin, phát âm chuẩn. Phần thi Rung chuông vàng diễn ra hấp dẫn với 60 câu hỏi về từ "
              "vựng, ngữ pháp và hiểu biết văn hóa các nước nói tiếng Anh."),
            P("Kết quả, Ban tổ chức trao các giải toàn đoàn như sau:"),
            P("Giải | Đơn vị", style="tr"),
            P("Giải Nhất | Trường Tiểu học Thị trấn Yên Định", style="tr"),
            P("Giải Nhì | Trường Tiểu học Hải Xuân; Trường Tiểu học Hải Bắc", style="tr"),
            P("Giải Ba | Trường Tiểu học Hải Phong; Trường Tiểu học Thị trấn Cồn; Trường Tiểu học "
              "Hải Tân", style="tr"),
            P("Giao lưu là sân chơi bổ ích, giúp học sinh rèn luyện kĩ năng giao tiếp và tạo động "
              "lực học tập môn Tiếng Anh theo định hướng của Đề án ngoại ngữ quốc gia."),
        ],
        authors=["Vũ Thị Lan Anh"],
        summary="Ngày 23/10/2026, Phòng GD&ĐT Hải Hậu tổ chức giao lưu “English Festival” dành cho "
                "học sinh Tiểu học năm 2026 với sự tham gia của 35 đội đến từ các trường Tiểu học "
                "trong huyện.",
        opts={
            "route": NEWS, "pub": "Thứ bảy, 24 Tháng 10 2026 14:30", "utc": "2026-10-24 07:30:00",
            "byline": "Vũ Thị Lan Anh", "thumb": f"{_IMG}/10/thumbs/english-festival.jpg",
        },
    ),
    Story(
        id=108,
        slug="khai-giang-lop-boi-duong-nhan-thuc-ve-dang-cho-quan-chung-uu-tu-khoi-truong-hoc",
        title="Khai giảng lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú khối trường học",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-15T08:00:00+07:00",
        blocks=[
            P("Ngày 14/10/2026, Trung tâm Chính trị huyện Hải Hậu phối hợp với Đảng ủy khối Giáo "
              "dục tổ chức khai giảng lớp bồi dưỡng nhận thức về Đảng cho 68 quần chúng ưu tú là "
              "giáo viên, nhân viên các trường học trên địa bàn huyện."),
            P("Trong thời gian 5 ngày, các học viên được nghiên cứu 6 chuyên đề cơ bản về chủ nghĩa "
              "Mác – Lênin, tư tưởng Hồ Chí Minh; lịch sử Đảng Cộng sản Việt Nam; mục tiêu, con "
              "đường đi lên chủ nghĩa xã hội ở Việt Nam; Điều lệ Đảng và nhiệm vụ của người đảng "
              "viên."),
            P("Phát biểu khai giảng, đồng chí Giám đốc Trung tâm Chính trị huyện đề nghị các học "
              "viên chấp hành nghiêm nội quy lớp học, tích cực nghiên cứu tài liệu, liên hệ thực "
              "tiễn công tác để không ngừng phấn đấu, sớm được đứng vào hàng ngũ của Đảng."),
            P("Cuối khóa học, học viên viết bài thu hoạch; những học viên đạt yêu cầu được cấp giấy "
              "chứng nhận, là một trong những điều kiện để chi bộ xem xét, đề nghị kết nạp Đảng."),
        ],
        source="Trung tâm Chính trị huyện Hải Hậu",
        opts={
            "route": NEWS, "pub": "Thứ năm, 15 Tháng 10 2026 08:00", "utc": "2026-10-15 01:00:00",
            "byline": "Super User", "field_source": "Trung tâm Chính trị huyện Hải Hậu",
        },
    ),
    Story(
        id=129,
        slug="chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-mon-ngu-van-thcs",
        title="Chuyên đề “Đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học” môn Ngữ văn "
              "cấp THCS",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-01T09:00:00+07:00",
        blocks=[
            Img(f"{_IMG}/12/chuyen-de-ngu-van-thcs-con.jpg",
                printed="Tiết dạy minh họa tại lớp 9A, Trường THCS Thị trấn Cồn",
                caption="Tiết dạy minh họa tại lớp 9A, Trường THCS Thị trấn Cồn",
                style="fulltext"),
            P("Ngày 28/11/2026, tại Trường THCS Thị trấn Cồn, Phòng GD&ĐT tổ chức chuyên đề “Đổi mới "
              "sinh hoạt chuyên môn theo hướng nghiên cứu bài học” môn Ngữ văn cấp THCS cho giáo "
              "viên cốt cán các trường trong huyện."),
            P("Chuyên đề gồm hai phần: dự tiết dạy minh họa văn bản “Lặng lẽ Sa Pa” tại lớp 9A do "
              "cô giáo Nguyễn Thị Thảo thực hiện, sau đó thảo luận, phân tích bài học theo các bước "
              "của quy trình nghiên cứu bài học."),
            P("Khác với cách dự giờ truyền thống, người dự tập trung quan sát hoạt động học của học "
              "sinh: học sinh học như thế nào, gặp khó khăn ở đâu, nguyên nhân vì sao và giáo viên "
              "cần điều chỉnh gì để mọi học sinh đều được tham gia."),
            P("Một số kết luận sau chuyên đề", style="h3"),
            P("Thiết kế nhiệm vụ học tập vừa sức, có tính mở, khuyến khích học sinh trình bày cảm "
              "nhận riêng;", style="li"),
            P("Tăng cường hoạt động nhóm nhỏ, không để học sinh đứng ngoài hoạt động;", style="li"),
            P("Coi trọng việc ghi chép, phân tích minh chứng từ sản phẩm của học sinh thay vì nhận "
              "xét chung chung.", style="li"),
            P("Các trường THCS tiếp tục triển khai chuyên đề ở cấp tổ, nhóm chuyên môn và báo cáo "
              "kết quả về Phòng GD&ĐT trước ngày 20/12/2026."),
        ],
        authors=["Đỗ Thị Thu Hường"],
        opts={
            "route": PRO, "pub": "Thứ ba, 01 Tháng 12 2026 09:00", "utc": "2026-12-01 02:00:00",
            "created": "Thứ bảy, 28 Tháng 11 2026 16:12",
            "modified": "Thứ sáu, 04 Tháng 12 2026 08:03",
            "field_author": "Đỗ Thị Thu Hường - Tổ chuyên môn THCS",
            "thumb": f"{_IMG}/12/thumbs/chuyen-de-ngu-van.jpg", "featured": True,
        },
    ),
    Story(
        id=126,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-toan-lop-9",
        title="Hội thảo nâng cao chất lượng dạy học môn Toán lớp 9 chuẩn bị cho kì thi tuyển sinh "
              "vào lớp 10",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-24T15:35:00+07:00",
        blocks=[
            P("Ngày 22/11/2026, Phòng GD&ĐT Hải Hậu tổ chức hội thảo “Nâng cao chất lượng dạy học "
              "môn Toán lớp 9” với sự tham gia của hơn 80 giáo viên dạy Toán lớp 9 các trường "
              "THCS."),
            P("Các tham luận tập trung vào giải pháp ôn tập theo chủ đề, phân loại học sinh để có "
              "cách hỗ trợ phù hợp, rèn kĩ năng trình bày lời giải và xây dựng ngân hàng đề kiểm "
              "tra theo định dạng đề thi mới của Sở GD&ĐT Nam Định."),
            P("Thầy Bùi Quang Vinh, Trường THCS Hải Hưng chia sẻ kinh nghiệm giao bài tập phân hóa "
              "qua hệ thống học trực tuyến; cô Lưu Thị Hạnh, Trường THCS Hải Anh giới thiệu cách "
              "hướng dẫn học sinh giải các bài toán thực tế gắn với đời sống."),
            P("Kết luận hội thảo, lãnh đạo Phòng GD&ĐT yêu cầu các nhà trường xây dựng kế hoạch ôn "
              "tập cụ thể đến từng tuần, tăng cường kiểm tra, đánh giá và phối hợp chặt chẽ với cha "
              "mẹ học sinh trong việc quản lí thời gian tự học của các em."),
        ],
        authors=["Bùi Quang Vinh"],
        opts={
            "route": PRO, "pub": "Thứ ba, 24 Tháng 11 2026 15:35", "utc": "2026-11-24 08:35:00",
            "created": "Thứ ba, 24 Tháng 11 2026 10:21",
            "modified": "Thứ ba, 24 Tháng 11 2026 15:52",
            "field_author": "Bùi Quang Vinh (Trường THCS Hải Hưng)",
            "thumb": f"{_IMG}/11/thumbs/hoi-thao-toan-9.jpg", "related": [129, 122, 115],
        },
    ),
    Story(
        id=122,
        slug="kiem-tra-viec-thuc-hien-chuong-trinh-giao-duc-pho-thong-2018-tai-cac-truong-tieu-hoc",
        title="Kiểm tra việc thực hiện Chương trình giáo dục phổ thông 2018 tại các trường Tiểu học",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-13T07:50:00+07:00",
        blocks=[
            P("Từ ngày 04/11 đến ngày 12/11/2026, đoàn kiểm tra của Phòng GD&ĐT đã kiểm tra việc "
              "thực hiện Chương trình giáo dục phổ thông 2018 tại 15 trường Tiểu học trên địa bàn "
              "huyện.", style="mso"),
            P("Nội dung kiểm tra gồm: việc xây dựng và thực hiện kế hoạch giáo dục nhà trường; tổ "
              "chức dạy học 2 buổi/ngày; sử dụng sách giáo khoa, thiết bị dạy học; đánh giá học sinh "
              "theo Thông tư 27/2020/TT-BGDĐT và công tác bồi dưỡng giáo viên.", style="mso"),
            Img(f"{_IMG}/11/kiem-tra-gdpt-2018-hai-duong.jpg",
                printed="Đoàn kiểm tra dự giờ lớp 3A, Trường Tiểu học Hải Đường",
                caption="Đoàn kiểm tra dự giờ lớp 3A, Trường Tiểu học Hải Đường", style="next"),
            P("Qua kiểm tra cho thấy, các nhà trường đã chủ động xây dựng kế hoạch giáo dục phù hợp "
              "với điều kiện thực tế; 100% lớp học được bố trí đủ giáo viên dạy các môn học bắt "
              "buộc, trong đó có Tiếng Anh, Tin học và Công nghệ. Nhiều trường đã tổ chức tốt các "
              "hoạt động trải nghiệm, giáo dục địa phương.", style="mso"),
            P("Bên cạnh đó, một số trường còn thiếu phòng học bộ môn Tin học, Tiếng Anh; việc ghi "
              "nhận xét trong sổ theo dõi chất lượng giáo dục ở một số lớp còn chung chung, chưa chỉ "
              "ra được sự tiến bộ của từng học sinh.", style="mso"),
            P("Đoàn kiểm tra đề nghị các trường khắc phục những tồn tại nêu trên, báo cáo kết quả "
              "khắc phục về Phòng GD&ĐT (bộ phận Tiểu học) trước ngày 15/12/2026.", style="mso"),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={
            "route": PRO, "pub": "Thứ sáu, 13 Tháng 11 2026 07:50", "utc": "2026-11-13 00:50:00",
            "created": "Thứ năm, 12 Tháng 11 2026 17:40",
            "modified": "Thứ hai, 30 Tháng 11 2026 14:05",
            "field_author": "Nguyễn Thị Bích Ngọc - Chuyên viên bộ phận Tiểu học",
            "thumb": f"{_IMG}/11/thumbs/kiem-tra-gdpt-2018.jpg",
        },
    ),
    Story(
        id=115,
        slug="tap-huan-su-dung-phan-mem-quan-li-truong-hoc-va-hoc-ba-so",
        title="Tập huấn sử dụng phần mềm quản lí trường học và học bạ số cho cán bộ, giáo viên cấp "
              "Tiểu học",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-29T10:40:00+07:00",
        blocks=[
            P("Nhằm triển khai học bạ số theo hướng dẫn của Bộ GD&ĐT, trong các ngày 26 và "
              "27/10/2026, Phòng GD&ĐT Hải Hậu tổ chức tập huấn sử dụng phần mềm quản lí trường học "
              "và học bạ số cho cán bộ quản lí, giáo viên phụ trách công nghệ thông tin các trường "
              "Tiểu học."),
            P("Tại lớp tập huấn, báo cáo viên hướng dẫn quy trình cập nhật hồ sơ học sinh, nhập điểm "
              "và nhận xét, kí số học bạ bằng chữ kí số của giáo viên chủ nhiệm và hiệu trưởng, kết "
              "xuất và lưu trữ hồ sơ theo quy định."),
            P("Học viên được thực hành trực tiếp trên máy tính với dữ liệu của chính nhà trường, qua "
              "đó kịp thời phát hiện và xử lí các lỗi thường gặp như sai mã định danh học sinh, "
              "thiếu thông tin hồ sơ, chứng thư số hết hạn."),
            P("Trong quá trình triển khai, nếu gặp vướng mắc, các đơn vị liên hệ bộ phận Công nghệ "
              "thông tin của Phòng qua hộp thư hotro.pgdhaihau@gmail.com để được hỗ trợ kịp thời.",
              style="cloak"),
            P("Phòng GD&ĐT yêu cầu các trường hoàn thành việc kí số học bạ năm học 2025 – 2026 trước "
              "ngày 30/12/2026."),
        ],
        authors=["Trịnh Văn Sơn"],
        opts={
            "route": PRO, "pub": "Thứ năm, 29 Tháng 10 2026 10:40", "utc": "2026-10-29 03:40:00",
            "created": "Thứ ba, 27 Tháng 10 2026 18:02",
            "modified": "Thứ năm, 29 Tháng 10 2026 10:44",
            "field_author": "Trịnh Văn Sơn - Chuyên viên Phòng GD&ĐT",
        },
    ),
    Story(
        id=130,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027",
        cat="Thông báo",
        published_at="2026-12-02T16:45:00+07:00",
        blocks=[
            P("Phòng Giáo dục và Đào tạo huyện Hải Hậu thông báo lịch thi chọn học sinh giỏi lớp 9 "
              "cấp huyện năm học 2026 – 2027 như sau:"),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", style="tr"),
            P("Thứ Tư, 16/12/2026 | Sáng | Ngữ văn; Lịch sử và Địa lí | 150 phút", style="tr"),
            P("Thứ Tư, 16/12/2026 | Chiều | Toán; Khoa học tự nhiên | 150 phút", style="tr"),
            P("Thứ Năm, 17/12/2026 | Sáng | Tiếng Anh; Tin học | 120 phút", style="tr"),
            P("Địa điểm thi: Trường THCS Thị trấn Yên Định. Thí sinh có mặt tại điểm thi lúc 6 giờ "
              "45 phút để làm thủ tục dự thi, mang theo thẻ học sinh hoặc thẻ căn cước."),
            P("Các trường THCS gửi danh sách thí sinh dự thi (theo mẫu) về Phòng GD&ĐT trước ngày "
              "09/12/2026."),
            P("Mọi vướng mắc xin liên hệ bộ phận THCS qua số điện thoại 0228.3877.216 hoặc địa chỉ "
              "thư điện tử thcs.pgdhaihau@namdinh.edu.vn.", style="cloak"),
        ],
        opts={
            "route": NOTICE, "pub": "Thứ tư, 02 Tháng 12 2026 16:45", "utc": "2026-12-02 09:45:00",
            "byline": "Quản trị viên", "featured": True,
        },
    ),
    Story(
        id=127,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-21-11-2026-de-phong-chong-bao-so-12",
        title="Thông báo cho học sinh nghỉ học ngày 21/11/2026 để phòng, chống bão số 12",
        cat="Thông báo",
        published_at="2026-11-20T10:00:00+07:00",
        blocks=[
            P("Thực hiện Công điện số 09/CĐ-UBND ngày 20/11/2026 của UBND huyện Hải Hậu về việc chủ "
              "động ứng phó với bão số 12, Phòng GD&ĐT thông báo:"),
            P("1. Học sinh các trường Mầm non, Tiểu học, THCS trên địa bàn huyện nghỉ học ngày thứ "
              "Bảy, 21/11/2026."),
            P("2. Các nhà trường chủ động kê kích, chằng chống phòng học, di chuyển thiết bị, hồ sơ "
              "lên nơi cao ráo; cắt tỉa cây xanh trong khuôn viên trường; phân công trực 24/24 giờ."),
            P("3. Tình hình thiệt hại (nếu có) báo cáo nhanh về Phòng GD&ĐT qua số điện thoại trực "
              "ban 0228.3877.216."),
        ],
        opts={
            "route": NOTICE, "pub": "Thứ sáu, 20 Tháng 11 2026 10:00", "utc": "2026-11-20 03:00:00",
            "byline": "Quản trị viên", "whole_in_blog": True,
        },
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _order(route: str) -> list[Story]:
    """A category's articles as its blog orders them: newest first."""
    return sorted((s for s in STORIES if s.opts["route"] == route), key=lambda s: s.opts["utc"],
                  reverse=True)


def art_path(story: Story) -> str:
    return f"/index.php/{story.opts['route']}/{story.id}-{story.slug}"


def comp_path(story: Story) -> str:
    catid = CATS[story.opts["route"]]["catid"]
    return f"/index.php/component/content/article/{story.id}-{story.slug}?catid={catid}&Itemid=101"


FEATURED = [BY_ID[131], BY_ID[129], BY_ID[130], BY_ID[125]]
LATEST = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)[:5]
MOST_READ = [BY_ID[131], BY_ID[129], BY_ID[125], BY_ID[128], BY_ID[126]]

# --- chrome ------------------------------------------------------------------------------------

_HITS_LOCK = threading.Lock()

_MENU = [
    # (item id, label, path, children)
    (101, "Trang chủ", "/index.php", []),
    (102, "Giới thiệu", "/index.php/gioi-thieu", [(108, "Liên hệ", "/index.php/gioi-thieu/lien-he")]),
    (103, "Tin tức - Sự kiện", "/index.php/tin-tuc-su-kien",
     [(107, "Thông báo", "/index.php/tin-tuc-su-kien/thong-bao")]),
    (104, "Hoạt động chuyên môn", "/index.php/hoat-dong-chuyen-mon", []),
    (105, "Văn bản", "/index.php/van-ban", []),
    (106, "Thư viện ảnh", "/index.php/thu-vien-anh", []),
]


def _menu(active: int) -> str:
    out = ['<ul class="nav menu nav-pills mod-list">']
    for item, label, href, children in _MENU:
        kids = [c[0] for c in children]
        cls = f"item-{item}" + (" default" if item == 101 else "")
        if item == active or active in kids:
            cls += " active" + (" current" if item == active else "")
        if children:
            cls += " deeper parent"
        out.append(f'<li class="{cls}"><a href="{href}" >{esc(label)}</a>')
        if children:
            out.append('<ul class="nav-child unstyled small">')
            for cid, clabel, chref in children:
                ccls = f"item-{cid}" + (" current active" if cid == active else "")
                out.append(f'<li class="{ccls}"><a href="{chref}" >{esc(clabel)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    """trail: (label, href or None for the last crumb) after "Trang chủ"."""
    items = [("Trang chủ", "/index.php"), *trail]
    out = ['<div aria-label="Breadcrumbs" role="navigation">',
           '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
           '<li>Bạn đang ở: &#160;</li>']
    for pos, (label, href) in enumerate(items, 1):
        last = pos == len(items)
        if href and not last:
            out.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">'
                f"{esc(label)}</span></a>"
                '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{pos}"></li>')
        else:
            out.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{pos}"></li>')
    out.append("</ul></div>")
    return "\n".join(out)


def _aside(current_path: str) -> str:
    latest = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>' for s in LATEST)
    popular = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>' for s in MOST_READ)
    token = hashlib.md5(current_path.encode()).hexdigest()
    ret = base64.b64encode(current_path.encode()).decode()
    return f"""<div id="aside" class="span3">
<!-- Begin Right Sidebar -->
<div class="well _menu-doc"><h3 class="page-header">Tin mới cập nhật</h3>
<ul class="latestnews mod-list">
{latest}
</ul></div>
<div class="well "><h3 class="page-header">Đọc nhiều nhất</h3>
<ul class="mostread mod-list">
{popular}
</ul></div>
<div class="well "><h3 class="page-header">Đăng nhập</h3>
<form action="{esc(current_path)}" method="post" id="login-form" class="form-inline">
<div class="userdata">
<div id="form-login-username" class="control-group"><div class="controls"><div class="input-prepend">
<span class="add-on"><span class="icon-user hasTooltip" title="Tên đăng nhập"></span>
<label for="modlgn-username" class="element-invisible">Tên đăng nhập</label></span>
<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Tên đăng nhập" />
</div></div></div>
<div id="form-login-password" class="control-group"><div class="controls"><div class="input-prepend">
<span class="add-on"><span class="icon-lock hasTooltip" title="Mật khẩu"></span>
<label for="modlgn-passwd" class="element-invisible">Mật khẩu</label></span>
<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Mật khẩu" />
</div></div></div>
<div id="form-login-remember" class="control-group checkbox">
<label for="modlgn-remember" class="control-label">Ghi nhớ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/>
</div>
<div id="form-login-submit" class="control-group"><div class="controls">
<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Đăng nhập</button>
</div></div>
<ul class="unstyled">
<li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">Quên tên đăng nhập?</a></li>
<li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">Quên mật khẩu?</a></li>
</ul>
<input type="hidden" name="option" value="com_users" />
<input type="hidden" name="task" value="user.login" />
<input type="hidden" name="return" value="{ret}" />
<input type="hidden" name="{token}" value="1" />
</div>
</form></div>
<div class="well "><h3 class="page-header">Liên kết website</h3>
<select class="lk-web" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</option>
<option value="https://haihau.namdinh.gov.vn">Cổng TTĐT huyện Hải Hậu</option>
</select></div>
<div class="well "><h3 class="page-header">Ai đang trực tuyến</h3>
<p>Hiện có 19&#160;khách và không có thành viên nào đang trực tuyến</p>
</div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3>
<div class="vcounter"><table>
<tr><td><img src="/media/mod_vvisit_counter/images/vtoday.png" alt="" /></td><td>Hôm nay</td><td>412</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vyesterday.png" alt="" /></td><td>Hôm qua</td><td>906</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vmonth.png" alt="" /></td><td>Tháng này</td><td>3.127</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vall.png" alt="" /></td><td>Tổng truy cập</td><td>1.284.557</td></tr>
</table>
<div class="vcounter-online">Đang online: 19</div></div>
</div>
<!-- End Right Sidebar -->
</div>"""


def _page(req: Request, *, title: str, main: str, body_class: str, active: int,
          trail: list[tuple[str, str | None]], meta_author: str | None = None,
          description: str = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Hải Hậu, "
                             "tỉnh Nam Định") -> Response:
    base = base_url(req) + req.path
    author = f'\n<meta name="author" content="{esc(meta_author)}" />' if meta_author else ""
    crumbs = _breadcrumbs(trail) if trail else ""
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{esc(base)}" />
<meta name="keywords" content="phòng giáo dục hải hậu, pgd hải hậu, giáo dục nam định" />{author}
<meta name="description" content="{esc(description)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {esc(SITE_NAME)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?8a1f0c39e0f5a3d2b1c7" rel="stylesheet" />
<link href="/templates/protostar/css/custom-pgd.css?8a1f0c39e0f5a3d2b1c7" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8a1f0c39e0f5a3d2b1c7"></script>
<script src="/media/jui/js/jquery-noconflict.js?8a1f0c39e0f5a3d2b1c7"></script>
<script src="/media/system/js/caption.js?8a1f0c39e0f5a3d2b1c7"></script>
<script src="/media/jui/js/bootstrap.min.js?8a1f0c39e0f5a3d2b1c7"></script>
<script src="/templates/protostar/js/template.js?8a1f0c39e0f5a3d2b1c7"></script>
<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
</script>
<!--[if lt IE 9]><script src="/media/jui/js/html5.js?8a1f0c39e0f5a3d2b1c7"></script><![endif]-->
</head>
<body class="site {body_class} no-layout no-task itemid-{active}">
<div class="topbar-pgd"><div class="container"><span class="ngay-thang">{HEADER_DAY}</span>
<span class="hotline">Đường dây nóng: 0228.3877.216</span></div></div>
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<a class="brand pull-left" href="/">
<img src="/images/banner/banner-pgd-hai-hau-2026.png" alt="Phòng Giáo dục và Đào tạo huyện Hải Hậu" />
</a>
<div class="header-search pull-right">
<div class="search">
<form action="/index.php" method="post" class="form-inline" role="search">
<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" />
<input type="hidden" name="option" value="com_search" />
<input type="hidden" name="Itemid" value="101" />
</form>
</div>
</div>
</div>
</header>
<nav class="navigation" role="navigation">
<div class="navbar pull-left">
<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
<span class="element-invisible">Bật/tắt điều hướng</span>
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
</a>
</div>
<div class="nav-collapse">
{_menu(active)}
</div>
</nav>
<div class="moduletable">
{crumbs}
</div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<!-- Begin Content -->
<div id="system-message-container">
</div>
{main}
<!-- End Content -->
</main>
{_aside(req.target)}
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="container">
<hr />
<div class="custom-footer">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</strong></p>
<p>Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định</p>
<p>Điện thoại: 0228.3877.216 - Fax: 0228.3877.217 - Email: {_cloak("pgdhaihau@namdinh.edu.vn", "footer")}</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT Đoàn Văn Tuấn</p>
</div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
<p>&copy; 2026 Phòng GD&amp;ĐT Hải Hậu. Thiết kế trên nền Joomla!</p>
</div>
</footer>
<script src="/templates/protostar/js/backtop.js"></script>
</body>
</html>
"""
    return html(page)


# --- article text ------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CLOAK_NOTICE = ("Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt "
                 "JavaScript để xem nó.")


def _cloak(address: str, seed: str) -> str:
    """An address as Joomla 3's Content - Email Cloaking plugin prints it."""
    h = hashlib.md5(f"{seed}:{address}".encode()).hexdigest()
    local, domain = address.split("@")
    dom = " + '&#46;' + ".join(f"'{part}'" for part in domain.split("."))
    return (
        f'<span id="cloak{h}">{_CLOAK_NOTICE}</span><script type=\'text/javascript\'>\n'
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{local}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {dom};\n"
        f"\t\t\t\tvar addy_text{h} = '{local}' + '&#64;' + {dom};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n"
        "\t\t</script>"
    )


def _p_inner(block: P, seed: str) -> str:
    if block.style == "cloak":
        out, pos = [], 0
        for m in _EMAIL.finditer(block.text):
            out.append(esc(block.text[pos:m.start()]))
            out.append(_cloak(m.group(), seed))
            pos = m.end()
        out.append(esc(block.text[pos:]))
        return "".join(out)
    return esc(block.text)


def _img_tag(img: Img, extra: str = "") -> str:
    return (f'<img src="{img.src}" alt="" width="620" height="413"{extra} '
            'style="display: block; margin-left: auto; margin-right: auto;" />')


def _render_img(img: Img) -> str:
    if img.style == "jcap":
        return (f'<p style="text-align: center;"><img class="caption" src="{img.src}" alt="" '
                f'width="620" height="413" title="{esc(img.printed or "")}" /></p>')
    if img.style == "table":
        return ('<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0" '
                'cellpadding="3"><tbody>\n'
                f"<tr><td>{_img_tag(img)}</td></tr>\n"
                '<tr><td style="text-align: center; background-color: #f2f2f2;"><span '
                f'style="font-size: 10pt;"><em>{esc(img.printed or "")}</em></span></td></tr>\n'
                "</tbody></table>")
    if img.style == "credit":
        return (f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
                f'<p style="text-align: right;"><em><span style="font-size: 9pt;">'
                f"{esc(img.printed or '')}</span></em></p>")
    line = (f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
            if img.printed else "")
    return f'<p style="text-align: center;">{_img_tag(img)}</p>{line}'


def _render_blocks(blocks: list, seed: str) -> str:
    """Article text as TinyMCE / Word left it, from the story's blocks (fulltext image excluded)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style != "fulltext":
                out.append(_render_img(b))
            i += 1
            continue
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_p_inner(blocks[i], seed)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">\n' + "\n".join(items) + "\n</ul>")
            continue
        if b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append("<tr>" + "".join(
                        f'<td style="text-align: center; background-color: #dbe5f1;"><strong>'
                        f"{esc(c)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append('<table class="table table-bordered" style="width: 100%;" border="1" '
                       'cellspacing="0" cellpadding="4">\n<tbody>\n' + "\n".join(rows)
                       + "\n</tbody>\n</table>")
            continue
        # a paragraph, possibly continued by <br /> lines
        inner = _p_inner(b, seed)
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
            inner += "<br />\n" + _p_inner(blocks[j], seed)
            j += 1
        style = b.style
        if style == "span":
            out.append('<p style="text-align: justify;"><span style="font-family: \'times new '
                       f'roman\', times; font-size: 14pt;">{inner}</span></p>')
        elif style == "mso":
            out.append('<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; '
                       'text-indent: 36.0pt; line-height: 150%;"><span lang="VI" style="font-size: '
                       f'14.0pt; line-height: 150%;">{inner}<o:p></o:p></span></p>')
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{inner}</div>')
        elif style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif style == "h3":
            out.append(f'<h3 style="text-align: justify;"><span style="color: #003366;">{inner}'
                       "</span></h3>")
        elif style == "indent":
            out.append(f'<p style="text-indent: 1cm; text-align: justify;">&nbsp; {inner}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        i = j
    return "\n".join(out)


def _related_module(story: Story) -> str:
    """{loadmodule mod_articles_category} output, left by the editor inside the text."""
    heading = ("Các tin cùng chuyên mục" if story.opts["route"] == NEWS
               else "Bài viết cùng chuyên mục")
    items = []
    for rid in story.opts.get("related", []):
        r = BY_ID[rid]
        day = r.opts["pub"].split(", ")[1]
        d, _, m, y = day.split()[:4]
        items.append(f'<li>\n<a class="mod-articles-category-title " href="{art_path(r)}">'
                     f'{esc(r.title)}</a>\n<span class="mod-articles-category-date">'
                     f"{d}-{m}-{y}</span>\n</li>")
    return ('<div class="moduletable tincungmuc">\n'
            f'<h3>{heading}</h3>\n<ul class="category-module mod-list">\n'
            + "\n".join(items) + "\n</ul>\n</div>")


# --- article page ------------------------------------------------------------------------------


def _date_dd(label: str, cls: str, printed: str, utc: str | None, prop: str) -> str:
    attr = f' datetime="{utc}"' if utc else ""
    return (f'<dd class="{cls}">\n<span class="icon-calendar" aria-hidden="true"></span>\n'
            f'<time{attr} itemprop="{prop}">\n{label}: {printed}</time>\n</dd>')


def _hits_dd(hits: int) -> str:
    return ('<dd class="hits">\n<span class="icon-eye-open" aria-hidden="true"></span>\n'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />\n'
            f"Lượt xem: {hits}</dd>")


def _info_above(story: Story, hits: int, *, in_blog: bool = False) -> str:
    o = story.opts
    cat = CATS[o["route"]]
    kind = cat["info"]
    parts = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
    published = _date_dd("Được đăng", "published", o["pub"], o["utc"], "datePublished")
    category = (f'<dd class="category-name">Danh mục: <a href="/index.php/{o["route"]}" '
                f'itemprop="genre">{esc(cat["title"])}</a></dd>')
    byline = ""
    if o.get("byline"):
        byline = ('<dd class="createdby" itemprop="author" itemscope '
                  'itemtype="https://schema.org/Person">\nViết bởi <span itemprop="name">'
                  f'{esc(o["byline"])}</span></dd>')
    if kind == "news":
        parts += [published, byline, category, _hits_dd(hits)]
    elif kind == "split":
        parts += [category, published]
    else:
        parts += [published, byline] + ([] if in_blog else [_hits_dd(hits)])
    parts.append("</dl>")
    return "\n".join(p for p in parts if p)


def _info_below(story: Story, hits: int) -> str:
    o = story.opts
    if CATS[o["route"]]["info"] != "split":
        return ""
    return "\n".join([
        '<dl class="article-info muted">',
        _date_dd("Ngày tạo", "create", o["created"], None, "dateCreated"),
        _date_dd("Cập nhật lần cuối", "modified", o["modified"], None, "dateModified"),
        _hits_dd(hits),
        "</dl>",
    ])


def _vote(story: Story, req: Request) -> str:
    action = f"{art_path(story)}?hitcount=0"
    rating = 3 + story.id % 3
    stars = "".join('<img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" />'
                    for _ in range(rating))
    stars += "".join('<img src="/media/system/images/rating_star_blank.png" alt="Sao không hoạt '
                     'động" />' for _ in range(5 - rating))
    opts = "".join(f'<option value="{n}"{" selected" if n == 5 else ""}>Bình chọn {n}</option>'
                   for n in range(1, 6))
    token = hashlib.md5(f"vote{story.id}".encode()).hexdigest()
    return f"""<div class="content_rating" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
<p class="unseen element-invisible">Đánh giá của người dùng: <span itemprop="ratingValue">{rating}</span>&#160;/&#160;<span itemprop="bestRating">5</span><br />
<span itemprop="ratingCount">{7 + story.id % 11}</span> Bình chọn</p>
{stars}
</div>
<form method="post" action="{action}" class="form-inline">
<span class="content_vote">
<label class="unseen element-invisible" for="content_vote_{story.id}">Vui lòng đánh giá</label>
<select id="content_vote_{story.id}" name="user_rating">{opts}</select>
&#160;<input class="btn btn-mini" type="submit" name="submit_vote" value="Đánh giá" />
<input type="hidden" name="task" value="article.vote" />
<input type="hidden" name="hitcount" value="0" />
<input type="hidden" name="url" value="{esc(base_url(req) + action)}" />
<input type="hidden" name="{token}" value="1" />
</span>
</form>"""


def _fields(label: str, value: str, cls: str) -> str:
    return (f'<dl class="fields-container">\n<dd class="field-entry {cls}">\n'
            f'<span class="field-label ">{esc(label)}: </span>\n'
            f'<span class="field-value ">{esc(value)}</span>\n</dd></dl>')


def _pagenav(story: Story) -> str:
    order = _order(story.opts["route"])
    k = order.index(story)
    out = ['<ul class="pager pagenav">']
    if k > 0:
        prev = order[k - 1]
        out.append(f'<li class="previous">\n<a class="hasTooltip" title="{esc(prev.title)}" '
                   f'aria-label="Bài trước: {esc(prev.title)}" href="{art_path(prev)}" rel="prev">'
                   '\n<span class="icon-chevron-left" aria-hidden="true"></span> '
                   '<span aria-hidden="true">Trước</span></a>\n</li>')
    if k + 1 < len(order):
        nxt = order[k + 1]
        out.append(f'<li class="next">\n<a class="hasTooltip" title="{esc(nxt.title)}" '
                   f'aria-label="Bài tiếp theo: {esc(nxt.title)}" href="{art_path(nxt)}" '
                   'rel="next">\n<span aria-hidden="true">Tiếp theo</span> '
                   '<span class="icon-chevron-right" aria-hidden="true"></span></a>\n</li>')
    out.append("</ul>")
    return "\n".join(out)


def _toc(story: Story, page: int | None) -> str:
    """Page Break's "Mục lục bài viết" (page None: the showall view)."""
    base = art_path(story)
    title2 = story.opts["pagebreak"][1]
    rows = [(f"{base}?showall=&amp;limitstart=", story.title, page == 0),
            (f"{base}?showall=&amp;limitstart=1", title2, page == 1),
            (f"{base}?showall=1", "Tất cả các trang", page is None)]
    lis = "\n".join(
        f'<li class="{"toclink active" if on else ""}"><a href="{href}" class="toclink'
        f'{" active" if on else ""}">{esc(label)}</a></li>' for href, label, on in rows)
    return ('<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
            f'<ul class="nav nav-tabs nav-stacked">\n{lis}\n</ul>\n</div>')


def _article_text(story: Story, view: str, page: int | None) -> str:
    """The articleBody's content for a view: "full", "print" or a page of the page break."""
    seed = str(story.id)
    pb = story.opts.get("pagebreak")
    if not pb:
        text = _render_blocks(story.blocks, seed)
    elif view == "print":
        text = (_render_blocks(story.blocks[:pb[0]], seed) + "\n<br />\n"
                + _render_blocks(story.blocks[pb[0]:], seed))
    elif page is None:  # showall
        text = (_toc(story, None) + "\n" + _render_blocks(story.blocks[:pb[0]], seed)
                + "\n<br />\n" + _render_blocks(story.blocks[pb[0]:], seed))
    else:
        part = story.blocks[:pb[0]] if page == 0 else story.blocks[pb[0]:]
        base = art_path(story)
        if page == 0:
            pager = ('<ul class="pager">\n<li class="next"><a href="'
                     f'{base}?showall=&amp;limitstart=1">Trang sau <span class="icon-chevron-right">'
                     "</span></a></li>\n</ul>")
        else:
            pager = ('<ul class="pager">\n<li class="previous"><a href="'
                     f'{base}?showall=&amp;limitstart="><span class="icon-chevron-left"></span> '
                     "Trang trước</a></li>\n</ul>")
        text = (_toc(story, page) + f'\n<div class="pagenavcounter">Trang {page + 1} / 2</div>\n'
                + _render_blocks(part, seed) + "\n" + pager)
    if story.opts.get("related") and view != "print":
        text += "\n" + _related_module(story)
    return text


def _fulltext_image(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"), None)
    if img is None:
        return ""
    return ('<div class="pull-none item-image"> <img\n class="caption" '
            f'title="{esc(img.printed or "")}" src="{img.src}" alt="{esc(story.title)}" '
            'itemprop="image"/> </div>')


def _icons(story: Story, req: Request) -> str:
    link = base64.b64encode((base_url(req) + art_path(story)).encode()).decode()
    mailto = f"/index.php/component/mailto/?tmpl=component&amp;link={quote(link, safe='')}"
    return f"""<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
<span class="icon-cog" aria-hidden="true"></span>
<span class="caret" aria-hidden="true"></span>
</button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">
<li class="print-icon"> <a href="{art_path(story)}?tmpl=component&amp;print=1" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>
In</a> </li>
<li class="email-icon"> <a href="{mailto}" title="Gửi email liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>
Email</a> </li>
</ul>
</div>
</div>"""


def _article_main(story: Story, req: Request, view: str, page: int | None, hits: int) -> str:
    o = story.opts
    cat = CATS[o["route"]]
    heading = ""
    if view == "main":
        heading = f'<div class="page-header">\n<h1> {esc(cat["title"])} </h1>\n</div>\n'
    before = []
    if cat["vote"] and view != "print":
        before.append(_vote(story, req))
    if o.get("field_author"):
        before.append(_fields("Người viết", o["field_author"], "nguoi-viet"))
    after = []
    if o.get("field_source"):
        after.append(_fields("Nguồn tin", o["field_source"], "nguon-tin"))
    tools = (_icons(story, req) if view != "print" else
             '<div id="pop-print" class="btn hidden-print">\n<a href="#" onclick="window.print();'
             'return false;">\n<span class="icon-print" aria-hidden="true"></span>\nIn</a>\n</div>')
    nav = _pagenav(story) if cat["pagenav"] and view != "print" else ""
    return f"""{heading}<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header">
<h2 itemprop="headline">
{esc(story.title)}</h2>
</div>
{tools}
{_info_above(story, hits)}
{chr(10).join(before)}
{_fulltext_image(story)}
<div itemprop="articleBody">
{_article_text(story, view, page)}
</div>
{_info_below(story, hits)}
{chr(10).join(after)}
{nav}
</div>"""


class JoomlaSite:
    """Routes a request like Joomla's SEF router with "Use URL Rewriting: No"."""

    def __init__(self) -> None:
        self.hits = {s.id: s.views() for s in STORIES}

    def _hit(self, story: Story, count: bool) -> int:
        with _HITS_LOCK:
            if count:
                self.hits[story.id] += 1
            return self.hits[story.id]

    # -- articles
    def article(self, req: Request, story: Story, view: str, page: int | None = None,
                count: bool = True) -> Response:
        hits = self._hit(story, count)
        cat = CATS[story.opts["route"]]
        if view == "print":
            return _print_page(req, story, _article_main(story, req, "print", None, hits))
        if view == "comp":
            trail = [(story.title, None)]
            active = 101
        else:
            trail = []
            if story.opts["route"] == NOTICE:
                trail.append((CATS[NEWS]["title"], f"/index.php/{NEWS}"))
            trail += [(cat["title"], f"/index.php/{story.opts['route']}"), (story.title, None)]
            active = cat["itemid"]
        title = story.title
        if page == 1:
            title += f" - {story.opts['pagebreak'][1]}"
        return _page(req, title=title, main=_article_main(story, req, view, page, hits),
                     body_class="com_content view-article", active=active, trail=trail,
                     meta_author=story.opts.get("byline") or "Quản trị viên")

    def respond(self, req: Request) -> Response | None:
        path, params = req.path, req.params
        if path.startswith(("/images/", "/templates/", "/media/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php") and not req.query:
            return _home(req)
        if path.startswith("/index.php/"):
            return self._route(req, path[len("/index.php/"):], params)
        return None

    def _route(self, req: Request, route: str, params: dict[str, str]) -> Response | None:
        if route in CATS:
            return _blog(req, route, params)
        if route == "component/mailto/":
            return _mailto(req, params)
        if route == "component/users/":
            return _users(req, params)
        if route in _STATIC_PAGES and not req.query:
            return _STATIC_PAGES[route](req)
        if route == "van-ban":
            return _doc_list(req) if not req.query else None
        m = re.fullmatch(r"component/content/article/(\d+)-([a-z0-9-]+)", route)
        if m:
            story = BY_ID.get(int(m.group(1)))
            if (story in FEATURED and story.slug == m.group(2)
                    and params == {"catid": str(CATS[story.opts["route"]]["catid"]),
                                   "Itemid": "101"}):
                return self.article(req, story, "comp")
            return None
        m = re.fullmatch(r"(.+)/(\d+)-([a-z0-9-]+)", route)
        if not m:
            return None
        if m.group(1) == "van-ban":
            doc = _DOCS.get(int(m.group(2)))
            if doc and doc["slug"] == m.group(3) and not req.query:
                return _doc_page(req, doc)
            return None
        story = BY_ID.get(int(m.group(2)))
        if story is None or story.opts["route"] != m.group(1) or story.slug != m.group(3):
            return None
        if req.method == "POST":
            if params == {"hitcount": "0"} and CATS[story.opts["route"]]["vote"]:
                return redirect(art_path(story), 303)
            return None
        if not params:
            return self.article(req, story, "main", 0 if story.opts.get("pagebreak") else None)
        if params == {"tmpl": "component", "print": "1"}:
            return self.article(req, story, "print")
        if params == {"hitcount": "0"} and CATS[story.opts["route"]]["vote"]:
            return self.article(req, story, "main", 0 if story.opts.get("pagebreak") else None,
                                count=False)
        if story.opts.get("pagebreak"):
            if params == {"showall": "", "limitstart": ""}:
                return self.article(req, story, "main", 0)
            if params == {"showall": "", "limitstart": "1"}:
                return self.article(req, story, "main", 1)
            if params == {"showall": "1"}:
                return self.article(req, story, "main", None)
        return None


def _print_page(req: Request, story: Story, main: str) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="{esc(base_url(req) + req.path)}" />
<meta name="robots" content="noindex, nofollow" />
<meta name="author" content="{esc(story.opts.get("byline") or "Quản trị viên")}" />
<title>{esc(story.title)} - {esc(SITE_NAME)}</title>
<link href="/templates/protostar/css/template.css?8a1f0c39e0f5a3d2b1c7" rel="stylesheet" />
<script src="/media/system/js/caption.js?8a1f0c39e0f5a3d2b1c7"></script>
<script>jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="contentpane modal">
<div id="system-message-container">
</div>
{main}
</body>
</html>
"""
    return html(page)


# --- listings ----------------------------------------------------------------------------------


def _truncate(title: str, limit: int = 50) -> str:
    """HTMLHelper string.truncate as the readmore button uses it (readmore_limit = 50)."""
    if len(title) <= limit:
        return title
    cut = title[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut) + "..."


def _intro_html(story: Story) -> str:
    if story.opts.get("whole_in_blog"):
        return _render_blocks(story.blocks, str(story.id))
    first = next(b for b in story.blocks if isinstance(b, P))
    return _render_blocks([first], str(story.id))


def _blog_item(story: Story, href: str, link_title: bool) -> str:
    title = (f'<a href="{href}" itemprop="url">\n{esc(story.title)}</a>' if link_title
             else esc(story.title))
    thumb = ""
    if story.opts.get("thumb"):
        thumb = (f'<div class="pull-left item-image">\n<a href="{href}"><img\n '
                 f'src="{story.opts["thumb"]}" alt="" itemprop="thumbnailUrl"/></a>\n</div>')
    more = ""
    if not story.opts.get("whole_in_blog"):
        more = (f'<p class="readmore">\n<a class="btn" href="{href}" itemprop="url" '
                f'aria-label="Đọc thêm:  {esc(story.title)}">\n<span class="icon-chevron-right" '
                f'aria-hidden="true"></span>\nĐọc thêm: {esc(_truncate(story.title))}</a>\n</p>')
    return f"""<div class="page-header">
<h2 itemprop="name">
{title}
</h2>
</div>
{_info_above(story, story.views(), in_blog=True)}
{thumb}
{_intro_html(story)}
{more}"""


def _items(stories: list[Story], leading: int, cols: int, href) -> str:
    out = []
    lead, rest = stories[:leading], stories[leading:]
    if lead:
        out.append('<div class="items-leading clearfix">')
        for n, s in enumerate(lead):
            out.append(f'<div class="leading-{n}" itemprop="blogPost" itemscope '
                       'itemtype="https://schema.org/BlogPosting">\n'
                       f"{_blog_item(s, href(s), True)}\n</div>")
        out.append("</div><!-- end items-leading -->")
    for row in range(0, len(rest), cols):
        out.append(f'<div class="items-row cols-{cols} row-{row // cols} row-fluid clearfix">')
        for c, s in enumerate(rest[row:row + cols]):
            span = 12 // cols
            link = href(s) is not None
            out.append(f'<div class="span{span}">\n<div class="item column-{c + 1}" '
                       'itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
                       f"{_blog_item(s, href(s) or '', link)}\n</div>\n</div>")
        out.append("</div>")
    return "\n".join(out)


def _home(req: Request) -> Response:
    main = ('<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n'
            '<div class="page-header">\n<h1>Tin nổi bật</h1>\n</div>\n'
            + _items(FEATURED, 1, 3, comp_path) + "\n</div>")
    return _page(req, title="Trang chủ", main=main, body_class="com_content view-featured",
                 active=101, trail=[])


def _pagination(route: str, page: int, pages: int, limit: int) -> str:
    def link(k: int) -> str:
        return f"/index.php/{route}?limitstart=0" if k == 0 else f"/index.php/{route}?start={k * limit}"

    def li(label: str, k: int | None, cls: str = "") -> str:
        if k is None:
            return f'<li class="disabled{cls}"><a>{label}</a></li>'
        return f'<li class="{cls.strip()}"><a title="{label}" href="{link(k)}" class="pagenav">{label}</a></li>'

    items = [li("Bắt đầu", 0 if page > 0 else None), li("Lùi", page - 1 if page > 0 else None)]
    for k in range(pages):
        if k == page:
            items.append(f'<li class="active hidden-phone"><a>{k + 1}</a></li>')
        else:
            items.append(li(str(k + 1), k, " hidden-phone"))
    items += [li("Tiếp theo", page + 1 if page + 1 < pages else None),
              li("Cuối", pages - 1 if page + 1 < pages else None)]
    return ('<div class="pagination">\n<p class="counter pull-right">\n'
            f"Trang {page + 1} / {pages}</p>\n"
            '<nav role="navigation" aria-label="Phân trang">\n<ul class="pagination-list">\n'
            + "\n".join(items) + "\n</ul>\n</nav>\n</div>")


def _blog(req: Request, route: str, params: dict[str, str]) -> Response | None:
    cat = CATS[route]
    order = _order(route)
    limit = cat["leading"] + cat["intro"] + cat["links"]
    pages = -(-len(order) // limit)
    if not params or params == {"limitstart": "0"}:
        page = 0
    elif len(params) == 1 and "start" in params and params["start"] in {
            str(k * limit) for k in range(1, pages)}:
        page = int(params["start"]) // limit
    else:
        return None
    chunk = order[page * limit:(page + 1) * limit]
    shown, links = chunk[:cat["leading"] + cat["intro"]], chunk[cat["leading"] + cat["intro"]:]

    def href(s: Story) -> str | None:
        return art_path(s) if not s.opts.get("whole_in_blog") else None

    body = _items(shown, cat["leading"], cat["cols"], href)
    if not cat["link_titles"]:
        body = re.sub(r'<h2 itemprop="name">\n<a href="[^"]*" itemprop="url">\n(.*?)</a>',
                      r'<h2 itemprop="name">\n\1', body)
    more = ""
    if links:
        lis = "\n".join(f'<li>\n<a href="{art_path(s)}">\n{esc(s.title)}</a>\n</li>' for s in links)
        more = ('<div class="items-more">\n<h3 class="tin-khac">Các bài viết khác</h3>\n'
                f'<ol class="nav nav-tabs nav-stacked">\n{lis}\n</ol>\n</div>')
    pager = _pagination(route, page, pages, limit) if pages > 1 else ""
    main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header">
<h1> {esc(cat["title"])} </h1>
</div>
{body}
{more}
{pager}
</div>"""
    trail = ([(CATS[NEWS]["title"], f"/index.php/{NEWS}")] if route == NOTICE else [])
    trail.append((cat["title"], None))
    title = cat["title"] + (f" - Trang {page + 1}" if page else "")
    return _page(req, title=title, main=main, body_class="com_content view-category layout-blog",
                 active=cat["itemid"], trail=trail)


# --- pages that are not articles ---------------------------------------------------------------

_DOCS: dict[int, dict] = {
    133: {
        "slug": "cong-van-so-1254-pgddt-thcs-huong-dan-thi-chon-hoc-sinh-gioi-lop-9",
        "title": "Công văn số 1254/PGDĐT-THCS về việc hướng dẫn tổ chức thi chọn học sinh giỏi "
                 "lớp 9 cấp huyện năm học 2026 – 2027",
        "number": "1254/PGDĐT-THCS", "date": "25/11/2026", "kind": "Công văn",
        "signer": "Đoàn Văn Tuấn", "pub": "Thứ sáu, 27 Tháng 11 2026 08:12",
        "utc": "2026-11-27 01:12:00",
        "abstract": "Hướng dẫn tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027",
        "file": "/images/van-ban/2026/11/cv-1254-pgddt-thcs.pdf",
    },
    124: {
        "slug": "ke-hoach-so-86-kh-pgddt-thuc-hien-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
        "title": "Kế hoạch số 86/KH-PGDĐT thực hiện nhiệm vụ chuyển đổi số ngành Giáo dục năm học "
                 "2026 – 2027",
        "number": "86/KH-PGDĐT", "date": "16/11/2026", "kind": "Kế hoạch",
        "signer": "Phạm Thị Thu Hà", "pub": "Thứ ba, 17 Tháng 11 2026 14:30",
        "utc": "2026-11-17 07:30:00",
        "abstract": "Kế hoạch thực hiện nhiệm vụ chuyển đổi số, ứng dụng công nghệ thông tin "
                    "trong ngành Giáo dục huyện Hải Hậu năm học 2026 – 2027",
        "file": "/images/van-ban/2026/11/kh-86-pgddt-cds.pdf",
    },
}


def _doc_path(doc_id: int) -> str:
    return f"/index.php/van-ban/{doc_id}-{_DOCS[doc_id]['slug']}"


def _doc_list(req: Request) -> Response:
    rows = []
    for n, (doc_id, d) in enumerate(sorted(_DOCS.items(), key=lambda kv: kv[1]["utc"],
                                           reverse=True)):
        day = d["pub"].split(", ")[1].split()
        rows.append(f"""<tr class="cat-list-row{n % 2}" >
<td headers="categorylist_header_title" class="list-title">
<a href="{_doc_path(doc_id)}">
{esc(d["title"])}</a>
</td>
<td headers="categorylist_header_date" class="list-date small">
{day[0]}-{day[2]}-{day[3]}</td>
<td headers="categorylist_header_hits" class="list-hits">
<span class="badge badge-info">Lượt xem: {40 + doc_id % 37}</span>
</td>
</tr>""")
    main = f"""<div class="category-list">
<div>
<div class="content-category">
<div class="page-header"><h1> Văn bản </h1></div>
<form action="/index.php/van-ban" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix">
<legend class="hide">Bộ lọc</legend>
<div class="btn-group">
<label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Lọc nội dung" placeholder="Lọc tiêu đề" />
</div>
<div class="btn-group pull-right">
<label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
<option value="5">5</option><option value="10">10</option><option value="20" selected="selected">20</option>
</select>
</div>
</fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr>
<th scope="col" id="categorylist_header_title">Tiêu đề</th>
<th scope="col" id="categorylist_header_date">Ngày đăng</th>
<th scope="col" id="categorylist_header_hits">Lượt xem</th>
</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</form>
</div>
</div>
</div>"""
    return _page(req, title="Văn bản", main=main, body_class="com_content view-category",
                 active=105, trail=[("Văn bản", None)])


def _doc_page(req: Request, d: dict) -> Response:
    rows = [("Số/Ký hiệu", esc(d["number"])), ("Ngày ban hành", d["date"]),
            ("Loại văn bản", d["kind"]), ("Cơ quan ban hành", "Phòng GD&amp;ĐT Hải Hậu"),
            ("Người ký", esc(d["signer"])), ("Trích yếu", esc(d["abstract"])),
            ("Tệp đính kèm", f'<a href="{d["file"]}" target="_blank"><img src="/images/icons/'
                             f'pdf.png" alt="" /> {d["file"].rsplit("/", 1)[1]}</a>')]
    table = "\n".join(f'<tr><td style="width: 25%;"><strong>{k}</strong></td><td>{v}</td></tr>'
                      for k, v in rows)
    main = f"""<div class="page-header">
<h1> Văn bản </h1>
</div>
<div class="item-page vanban" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header">
<h2 itemprop="headline">
{esc(d["title"])}</h2>
</div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
{_date_dd("Được đăng", "published", d["pub"], d["utc"], "datePublished")}
</dl>
<div itemprop="articleBody">
<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4">
<tbody>
{table}
</tbody>
</table>
</div>
</div>"""
    return _page(req, title=d["title"], main=main, body_class="com_content view-article",
                 active=105, trail=[("Văn bản", "/index.php/van-ban"), (d["title"], None)])


def _intro(req: Request) -> Response:
    paras = [
        "Phòng Giáo dục và Đào tạo huyện Hải Hậu là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lí nhà nước về giáo dục và đào "
        "tạo trên địa bàn huyện.",
        "Toàn huyện hiện có 35 trường Mầm non, 35 trường Tiểu học và 35 trường THCS với hơn 52.000 "
        "học sinh và gần 3.000 cán bộ, giáo viên, nhân viên.",
    ]
    leaders = [("Trưởng phòng", "Đoàn Văn Tuấn"), ("Phó Trưởng phòng", "Phạm Thị Thu Hà"),
               ("Phó Trưởng phòng", "Nguyễn Đức Thịnh")]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    body += ('\n<h3>Lãnh đạo Phòng</h3>\n<table class="table table-bordered"><tbody>\n'
             + "\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in leaders)
             + "\n</tbody></table>")
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header">
<h2 itemprop="headline">
Giới thiệu chung về Phòng Giáo dục và Đào tạo huyện Hải Hậu</h2>
</div>
<div itemprop="articleBody">
{body}
</div>
</div>"""
    return _page(req, title="Giới thiệu", main=main, body_class="com_content view-article",
                 active=102, trail=[("Giới thiệu", None)])


def _contact(req: Request) -> Response:
    main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header">
<h2><span class="contact-name" itemprop="name">Văn phòng Phòng GD&amp;ĐT Hải Hậu</span></h2>
</div>
<h3>Liên hệ</h3>
<div class="contact-miscinfo">
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Khu 4, thị trấn Yên Định<br /></span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Hải Hậu, tỉnh Nam Định<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0228.3877.216</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
<dd><span class="contact-emailto">{_cloak("pgdhaihau@namdinh.edu.vn", "contact")}</span></dd>
</dl>
</div>
<h3>Mẫu liên hệ</h3>
<div class="contact-form">
<form id="contact-form" action="/index.php/gioi-thieu/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset>
<legend>Gửi email. Các mục có dấu hoa thị (*) là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Tên<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">Email<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Nội dung<span class="star">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls">
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" />
<input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="id" value="1:van-phong-phong-gd-dt-hai-hau" />
</div></div>
</form>
</div>
</div>"""
    return _page(req, title="Liên hệ", main=main, body_class="com_contact view-contact",
                 active=108, trail=[("Giới thiệu", "/index.php/gioi-thieu"), ("Liên hệ", None)])


_ALBUM = [
    ("le-khai-giang-2026-2027", "Lễ khai giảng năm học 2026 – 2027"),
    ("hoi-thi-gvdg-tieu-hoc", "Hội thi giáo viên dạy giỏi bậc Tiểu học"),
    ("ky-niem-20-11-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    ("english-festival-2026", "English Festival 2026"),
]


def _album(req: Request) -> Response:
    cells = "\n".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><div class="pg-box2">'
        f'<div class="pg-box3"><a href="/images/phocagallery/{slug}/anh-01.jpg" '
        f'class="pg-modal-button"><img src="/images/phocagallery/{slug}/thumbs/'
        f'phoca_thumb_m_anh-01.jpg" alt="{esc(label)}" class="pg-image" /></a></div></div></div>'
        f'<div class="pg-box-img-bottom"><div class="pg-cv-name">{esc(label)}</div>'
        f'<div class="pg-cv-count">12 ảnh</div></div></div>' for slug, label in _ALBUM)
    main = f"""<div id="phocagallery" class="pg-categories-view pg-csv">
<div class="page-header"><h1>Thư viện ảnh</h1></div>
<div id="pg-icons"></div>
<div class="pg-categories-items-box">
{cells}
</div>
<div class="ph-cb"></div>
<div style="text-align: right; color: #ccc; font-size: 10px;">Powered by Phoca Gallery</div>
</div>"""
    return _page(req, title="Thư viện ảnh", main=main,
                 body_class="com_phocagallery view-categories", active=106,
                 trail=[("Thư viện ảnh", None)])


_STATIC_PAGES = {"gioi-thieu": _intro, "gioi-thieu/lien-he": _contact, "thu-vien-anh": _album}


def _mailto(req: Request, params: dict[str, str]) -> Response | None:
    if set(params) != {"tmpl", "link"} or params["tmpl"] != "component":
        return None
    try:
        target = base64.b64decode(params["link"], validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    if not target.startswith("http"):
        return None
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(SITE_NAME)}</title>
<link href="/templates/protostar/css/template.css?8a1f0c39e0f5a3d2b1c7" rel="stylesheet" />
<script src="/media/system/js/core.js?8a1f0c39e0f5a3d2b1c7"></script>
</head>
<body class="contentpane modal">
<div id="mailto-window">
<h2>Gửi liên kết này cho bạn bè.</h2>
<div class="mailto-close">
<a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ </span></a>
</div>
<form action="/index.php" id="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Email tới</label>
<input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value="" /></div>
<div class="formelm"><label for="sender_field">Người gửi</label>
<input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn</label>
<input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Tiêu đề</label>
<input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button>
<button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" />
<input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" />
<input type="hidden" name="tmpl" value="component" />
<input type="hidden" name="link" value="{esc(params["link"])}" />
<input type="hidden" name="{hashlib.md5(target.encode()).hexdigest()}" value="1" />
</form>
</div>
</body>
</html>
"""
    return html(page)


def _users(req: Request, params: dict[str, str]) -> Response | None:
    forms = {
        "remind": ("Quên tên đăng nhập", "Vui lòng nhập địa chỉ email gắn với tài khoản. Tên "
                   "đăng nhập sẽ được gửi tới địa chỉ email này.", "remind.remind"),
        "reset": ("Quên mật khẩu", "Vui lòng nhập địa chỉ email gắn với tài khoản. Một mã xác "
                  "nhận sẽ được gửi tới bạn để đặt lại mật khẩu.", "reset.request"),
    }
    if params.get("Itemid") != "101" or set(params) != {"view", "Itemid"} \
            or params["view"] not in forms:
        return None
    heading, note, task = forms[params["view"]]
    main = f"""<div class="{params["view"]}">
<form id="user-registration" action="/index.php/component/users/?task={task}&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
<fieldset>
<p>{note}</p>
<div class="control-group"><div class="control-label"><label id="jform_email-lbl" for="jform_email" class="required">Địa chỉ email<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[email]" id="jform_email" value="" class="validate-username required" size="30" required aria-required="true" /></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary validate">Gửi</button></div></div>
</form>
</div>"""
    return _page(req, title=heading, main=main, body_class="com_users view-" + params["view"],
                 active=101, trail=[(heading, None)])


def build_site() -> JoomlaSite:
    return JoomlaSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = art_path(story)
    alts = [f"{path}?tmpl=component&print=1"]
    if CATS[story.opts["route"]]["vote"]:
        alts.append(f"{path}?hitcount=0")
    if story in FEATURED:
        alts.append(comp_path(story))
    if story.opts.get("pagebreak"):
        alts += [f"{path}?showall=&limitstart=", f"{path}?showall=&limitstart=1",
                 f"{path}?showall=1"]
    return gold_record(story, path, story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/lien-he",
    "/index.php/thu-vien-anh",
    _doc_path(133),
    _doc_path(124),
]
