"""Trường THPT Phan Bội Châu (Phan Thiết, Bình Thuận): Joomla 3.9 with a SmartAddons (SJ) template.

Platform
--------
Joomla 3.9.28, com_content blog and article views, SEF URLs with URL rewriting and the ``.html``
suffix, the SmartAddons "SJ University" template on the YT framework (``#yt_wrapper``,
``#yt_header``, ``#meganavigator``, module chrome ``div.module``), SJ news modules on the home
page (SJ Extra Slider, SJ Mega News, SJ Responsive Listing), the Attachments extension, the core
"Content - Email Cloaking", "Content - Page Break" and "Content - Load Modules" plugins.

URL scheme
----------
- ``/`` home (SJ modules only, no com_content output of its own);
- ``/<menu-alias>.html`` category blog of a menu item; pages ``?start=<N>`` (N = multiples of the
  menu item's leading + intro + links count); the "Bắt đầu" / page-1 link of the pagination is
  ``?limitstart=0``, a duplicate of the plain listing;
- ``/<menu-alias>/<id>-<alias>.html`` article view under its menu item;
- ``/component/content/article/<id>-<alias>.html?catid=<c>&Itemid=<i>`` the same article as the
  SJ modules on the home page link it (their own Itemid), a duplicate;
- ``<article>?tmpl=component&print=1&layout=default`` the print view (nofollow icon), a duplicate;
- the page-break article: ``?showall=&limitstart=`` (page 1), ``?showall=&limitstart=1``
  (page 2), ``?showall=1&limitstart=`` (all pages);
- ``/gioi-thieu.html``, ``/doi-ngu-giao-vien.html`` (single-article menu items), ``/lien-he.html``
  (com_contact), ``/thu-vien-anh.html`` (SJ gallery), ``/van-ban.html`` (category list view, a
  table) and ``/van-ban/<id>-<alias>.html`` (document entries: an article holding an attachment).

Page templates
--------------
Every page: ``#yt_header`` with the logo inside ``<h1 class="logo">`` (the school's name), the
header clock "Thứ Bảy, 05/12/2026", the mega menu with drop-downs, ``#yt_breadcrumb``, the left
``#content_main`` with the component, the right ``#content_right`` (notices, most read, links
select, visitor counter), ``#yt_footer`` with address/phone/cloaked email.
Article view: menu page heading ``<div class="page-header"><h1>`` (the menu item's heading, e.g.
"Tin tức - Sự kiện") then ``<div class="page-header"><h2 itemprop="headline">`` the title; the
template's override of ``dl.article-info`` (created, published, modified, author, category,
hits); the print icon; the full-text image ``div.item-image``; ``div[itemprop=articleBody]``;
tags-less; the attachments table; the ``ul.pager.pagenav`` neighbours (Tin tức - Sự kiện only).
Blog view: ``div.blog`` with ``items-leading`` (1), ``items-row cols-2`` (intro items) and
``items-more`` (a title list), then ``div.pagination`` with "Trang 1 / 2".

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (limit 5: 1 leading, 2 intro, 2 links): 240, 236, 231 as blog items, 228 and
  224 only in the "Các bài viết khác" title list of page 1, 219 only on ``?start=5`` (and as the
  "Tiếp" neighbour of 224);
- Thông báo (limit 2, no neighbours): 238, 233 on page 1, 226 only on ``?start=2``;
- Đoàn thanh niên (234, 222) and Tổ chuyên môn (237, 229): one page each;
- the home page's SJ Extra Slider links 240, 236, 234, 237, 238, 231 by their
  ``/component/content/article/…`` URLs; SJ Mega News and the sidebar link the newest by SEF URL.

Traps
-----
1. Two ``<h1>``s before the title: the logo (school name) and the menu item's page heading
   (the category, "Tin tức - Sự kiện"); the headline is the ``<h2 itemprop="headline">``.
   Gold title: the h2.
2. The template's ``dl.article-info`` prints "Ngày tạo" (created, days earlier, the draft's date)
   BEFORE "Ngày đăng" (publish_up), then "Cập nhật lần cuối"; each a ``<time datetime>`` with
   +07:00. Gold published_at: the "Ngày đăng" time, never created/modified.
3. "Viết bởi Super User" (Joomla's default administrator account) on most articles -> nobody;
   but one article (240) has a created_by_alias "ThS. Lê Văn Tâm" in the same ``dd.createdby``
   and no byline in the text -> authors ["Lê Văn Tâm"].
4. Joomla's full-text image sits OUTSIDE ``itemprop="articleBody"`` (``div.pull-none.item-image``
   between the info block and the text), its caption only in the ``title`` attribute with
   ``class="caption"`` (caption.js draws it under the photo in a browser), its ``alt`` a file
   name. Gold: the article's first image, caption = the title attribute.
5. "Content - Page Break": article 228 is split over ``?showall=&limitstart=`` and
   ``?showall=&limitstart=1`` with a "Mục lục bài viết" index box, a "Trang 1 / 2" counter and
   the headline suffixed " - Trang 2" on page 2; ``?showall=1&limitstart=`` has all of it.
   Gold: one record at the plain URL, body = both pages, title without the suffix, the three
   query forms in alt_paths.
6. Two "next" links that mean different things: the neighbours ``ul.pager.pagenav`` prints
   ``rel="next"``/``rel="prev"`` ("Tiếp" / "Trước") to the next ARTICLE, while the page-break
   pager ("Trang sau") goes to the next PAGE of the same article. Gold: neighbours are separate
   records; only the page-break page belongs to 228.
7. Email cloaking: an address in the text is printed as ``<span id="cloak…">`` holding the
   plugin's notice plus a ``<script>`` that writes the address. Gold body keeps the sentence as
   printed without script: "… qua email: Địa chỉ email này đang được bảo vệ …"; the script's
   code is no text.
8. ``{loadposition tincungmuc}`` inside article 224: an SJ Responsive Listing ("Bài viết cùng
   chuyên mục", titles, dates, thumbnails) rendered INSIDE ``div[itemprop=articleBody]`` before
   the byline. Gold: not body, its thumbnails no images.
9. Duplicates: the SJ Extra Slider's ``/component/content/article/<id>-<alias>.html?catid=&Itemid=``
   links, the print view, the page-break query forms -> alt_paths; listing page 1 as
   ``?limitstart=0`` (a listing, no record).
10. Blog "links" section: 228 and 224 appear only as titles in ``ol.nav-tabs.nav-stacked`` under
    "Các bài viết khác" (no intro, no date); 219 and 226 only on ``?start=`` pages.
11. Intro texts in the listings and SJ modules are cut ("…") and carry cached resized
    thumbnails (``/cache/mod_sj_…/…_300x200.jpg``); the article's own images are different files.
12. Official notice 238: letterhead table, "Số: 312/TB-THPTPBC", "Phan Thiết, ngày 27 tháng 11
    năm 2026", kind and subject, "Nơi nhận", signer; ``dd.published`` says 28/11 09:05. Gold:
    published_at "2026-11-27", author = the signer, letterhead/closing not body; the exam
    table's rows are body paragraphs (cells joined by " | ").
13. Attachments extension table ("Tệp đính kèm:", file name, size, downloads) after the text of
    233: not body. The document entry /van-ban/… prints the same article markup: not an article.
14. Article 226 pasted from Word into ``<div>`` lines with ``<br />``: each line a paragraph.

Gold decisions on ambiguous points
----------------------------------
- The full-text image's caption is the ``title`` attribute (caption.js prints it for readers);
  an image whose only line is "Ảnh: X" has caption None and X is a photographer.
- The page-break article's gold body is the whole text (all pages) in order.
- The cloaked email's sentence keeps the plugin's notice as printed (no JavaScript).
- Bylines "Tin: X - Ảnh: Y", "Tin, ảnh: X", a right-aligned unit ("Tổ Văn phòng", "Tổ Toán - Tin")
  follow the house conventions; "Nguồn: Báo Bình Thuận" is a source.
- summary: the intro paragraph when the editor set it bold (``<p><strong>``); else null.
- category: the menu / breadcrumb label of the article's menu item.
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "joomla3_smartaddons_thpt"
PLATFORM = "Joomla 3.9 + SmartAddons SJ University template (YT framework), SJ news modules"
START_PATH = "/"

SITE = "Trường THPT Phan Bội Châu"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGEBREAK = "<!--pagebreak-->"
PRINT_Q = "tmpl=component&print=1&layout=default"

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# menu alias -> (label, catid, Itemid, leading, intro, links, neighbours)
CATS: dict[str, dict] = {
    "tin-tuc-su-kien": dict(label="Tin tức - Sự kiện", catid=8, itemid=102, leading=1, intro=2, links=2, nav=True),
    "thong-bao": dict(label="Thông báo", catid=9, itemid=103, leading=0, intro=2, links=0, nav=False),
    "doan-thanh-nien": dict(label="Đoàn thanh niên", catid=10, itemid=104, leading=1, intro=2, links=2, nav=False),
    "to-chuyen-mon": dict(label="Tổ chuyên môn", catid=11, itemid=105, leading=1, intro=2, links=2, nav=False),
}
HOME_ITEMID = 101


def _right(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text_)}</strong></p>')


STORIES: list[Story] = [
    Story(
        240,
        "hoc-sinh-truong-thpt-phan-boi-chau-dat-9-giai-cap-tinh-ky-thi-chon-hoc-sinh-gioi-lop-12",
        "Học sinh Trường THPT Phan Bội Châu đạt 9 giải cấp tỉnh kỳ thi chọn học sinh giỏi lớp 12",
        "tin-tuc-su-kien",
        "2026-12-02T16:20:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027 do Sở GD&ĐT Bình Thuận tổ "
              "chức đã diễn ra trong hai ngày 25 và 26/11/2026 với 1.126 thí sinh của 38 trường THPT "
              "trong tỉnh tham dự."),
            P("Trường THPT Phan Bội Châu có 24 học sinh dự thi ở 8 môn, kết quả đạt 9 giải gồm 1 giải "
              "Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích. Danh sách học sinh đạt giải như sau:"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "row"),
            P("1 | Nguyễn Hoàng Minh Thư | 12A1 | Hóa học | Nhất", "row"),
            P("2 | Trần Gia Huy | 12A2 | Toán | Nhì", "row"),
            P("3 | Lê Ngọc Bảo Trân | 12C1 | Ngữ văn | Nhì", "row"),
            P("4 | Phạm Đức Anh | 12A1 | Vật lí | Ba", "row"),
            P("Các giải còn lại thuộc các môn Sinh học, Tiếng Anh, Lịch sử và Tin học."),
            Img("/images/tintuc/2026/12/hsg-lop12-tuyen-duong.jpg",
                "Thầy Hiệu trưởng Nguyễn Đình Phúc chúc mừng các em học sinh đạt giải",
                "Thầy Hiệu trưởng Nguyễn Đình Phúc chúc mừng các em học sinh đạt giải", "em"),
            P("Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh và giáo viên bồi dưỡng "
              "vào buổi chào cờ sáng thứ Hai, ngày 07/12/2026."),
        ],
        authors=["Lê Văn Tâm"],
        opts=dict(created="2026-12-02T10:05:00", modified="2026-12-03T07:40:00",
                  createdby="ThS. Lê Văn Tâm", hits=412),
    ),
    Story(
        236,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tri-an-thay-co-giao",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tri ân thầy cô giáo",
        "tin-tuc-su-kien",
        "2026-11-20T10:30:00+07:00",
        [
            P("Sáng 20/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND "
              "thành phố Phan Thiết, Ban đại diện cha mẹ học sinh và các thế hệ thầy cô giáo nhà trường.",
              "bold"),
            P("Phát biểu tại buổi lễ, thầy Nguyễn Đình Phúc, Hiệu trưởng nhà trường ôn lại truyền "
              "thống vẻ vang của ngành Giáo dục và những thành tích nổi bật của nhà trường trong năm "
              "học 2025 - 2026."),
            Img("/images/tintuc/2026/11/ky-niem-20-11-1.jpg",
                "Các đại biểu và thầy cô giáo dự Lễ kỷ niệm",
                "Các đại biểu và thầy cô giáo dự Lễ kỷ niệm", "em"),
            P("Nhân dịp này, nhà trường trao giấy khen cho 15 giáo viên có thành tích xuất sắc trong "
              "phong trào thi đua “Dạy tốt - Học tốt” và tặng quà tri ân các thầy cô giáo đã nghỉ hưu."),
            Img("/images/tintuc/2026/11/ky-niem-20-11-2.jpg",
                "(Tiết mục văn nghệ chào mừng của học sinh lớp 11A3)",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A3", "em"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp dàn dựng."),
            _right("Tin, ảnh: Phạm Quốc Bảo"),
        ],
        authors=["Phạm Quốc Bảo"],
        photographers=["Phạm Quốc Bảo"],
        summary="Sáng 20/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND "
                "thành phố Phan Thiết, Ban đại diện cha mẹ học sinh và các thế hệ thầy cô giáo nhà trường.",
        opts=dict(created="2026-11-20T09:12:00", modified="2026-11-21T14:02:00", hits=655),
    ),
    Story(
        231,
        "khai-mac-hoi-thao-truyen-thong-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Khai mạc Hội thao truyền thống chào mừng ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-14T07:45:00+07:00",
        [
            Img("/images/tintuc/2026/11/hoi-thao-khai-mac.jpg",
                "Đồng chí Phó Hiệu trưởng Hồ Văn Sĩ đánh trống khai mạc Hội thao",
                "Đồng chí Phó Hiệu trưởng Hồ Văn Sĩ đánh trống khai mạc Hội thao", "full"),
            P("Chiều 13/11/2026, tại sân vận động nhà trường, Công đoàn phối hợp với Đoàn trường tổ "
              "chức khai mạc Hội thao truyền thống năm học 2026 - 2027.", "bold"),
            P("Hội thao gồm các môn bóng đá nam, bóng chuyền hơi nữ, kéo co và cờ tướng với hơn 400 "
              "vận động viên là cán bộ, giáo viên và học sinh của 36 lớp tham gia."),
            P("Các trận đấu diễn ra sôi nổi, đoàn kết và đúng tinh thần thể thao. Hội thao sẽ bế mạc "
              "vào ngày 19/11/2026."),
            Img("/images/tintuc/2026/11/hoi-thao-keo-co.jpg", "Ảnh: Trần Minh Khoa", None, "em"),
            _right("Tin: Nguyễn Thị Hồng Nhung - Ảnh: Trần Minh Khoa"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Trần Minh Khoa"],
        summary="Chiều 13/11/2026, tại sân vận động nhà trường, Công đoàn phối hợp với Đoàn trường tổ "
                "chức khai mạc Hội thao truyền thống năm học 2026 - 2027.",
        opts=dict(created="2026-11-11T16:40:00", modified="2026-11-15T08:20:00", hits=538),
    ),
    Story(
        228,
        "hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị cán bộ, viên chức và người lao động năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-10-24T08:00:00+07:00",
        [
            P("Sáng 23/10/2026, Trường THPT Phan Bội Châu tổ chức Hội nghị cán bộ, viên chức và người "
              "lao động năm học 2026 - 2027 với sự tham dự của 112 cán bộ, giáo viên, nhân viên."),
            P("I. ĐÁNH GIÁ KẾT QUẢ NĂM HỌC 2025 - 2026", "h3"),
            P("Năm học 2025 - 2026, tỉ lệ học sinh tốt nghiệp THPT đạt 99,6%; có 27 học sinh đạt giải "
              "học sinh giỏi cấp tỉnh; nhà trường được UBND tỉnh tặng Bằng khen."),
            P("Công tác đổi mới phương pháp dạy học, kiểm tra đánh giá theo Chương trình GDPT 2018 "
              "được triển khai đồng bộ ở cả ba khối lớp."),
            Raw(PAGEBREAK),
            P("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM HỌC 2026 - 2027", "h3"),
            P("Hội nghị thống nhất các chỉ tiêu: 100% giáo viên đạt chuẩn nghề nghiệp; tỉ lệ tốt "
              "nghiệp THPT từ 99% trở lên; tiếp tục xây dựng trường học an toàn, xanh - sạch - đẹp."),
            P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và ký kết "
              "giao ước thi đua giữa Hiệu trưởng và Chủ tịch Công đoàn."),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts=dict(created="2026-10-23T15:10:00", modified="2026-10-24T08:03:00", hits=301,
                  pagetitles=["Đánh giá năm học 2025 - 2026", "Phương hướng năm học 2026 - 2027"]),
    ),
    Story(
        224,
        "ngoai-khoa-giao-duc-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh-khoi-10",
        "Ngoại khóa giáo dục kỹ năng phòng chống đuối nước cho học sinh khối 10",
        "tin-tuc-su-kien",
        "2026-10-16T14:00:00+07:00",
        [
            P("Nhằm trang bị cho học sinh kiến thức và kỹ năng phòng, chống đuối nước, chiều "
              "15/10/2026, nhà trường phối hợp với Đội Cảnh sát PCCC và CNCH Công an thành phố Phan "
              "Thiết tổ chức buổi ngoại khóa cho gần 500 học sinh khối 10."),
            P("Các em được hướng dẫn cách nhận biết nguy cơ đuối nước tại bãi biển Đồi Dương, cách "
              "tự cứu khi bị chuột rút và kỹ thuật sơ cứu, hô hấp nhân tạo cho người bị đuối nước."),
            Img("/images/tintuc/2026/10/ngoai-khoa-duoi-nuoc.jpg",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "Học sinh thực hành sơ cứu người bị đuối nước", "em"),
            P("Theo kế hoạch, buổi ngoại khóa tiếp theo dành cho học sinh khối 11 sẽ diễn ra vào "
              "tháng 3/2027."),
            Raw("{loadposition}"),
            _right("Trần Thị Mai (Tổ Thể dục - QP)"),
        ],
        authors=["Trần Thị Mai"],
        opts=dict(created="2026-10-15T20:31:00", modified="2026-10-16T14:00:00", hits=244),
    ),
    Story(
        219,
        "truong-thpt-phan-boi-chau-tham-gia-ngay-hoi-huong-nghiep-nam-2026-tai-phan-thiet",
        "Trường THPT Phan Bội Châu tham gia Ngày hội hướng nghiệp năm 2026 tại Phan Thiết",
        "tin-tuc-su-kien",
        "2026-10-08T09:10:00+07:00",
        [
            P("Ngày 07/10/2026, hơn 300 học sinh lớp 12 của trường tham gia Ngày hội tư vấn tuyển "
              "sinh, hướng nghiệp năm 2026 do Tỉnh đoàn Bình Thuận phối hợp với Sở GD&ĐT tổ chức "
              "tại Trung tâm Hội nghị tỉnh.", "bold"),
            P("Tại ngày hội, đại diện 25 trường đại học, cao đẳng đã giới thiệu phương thức tuyển "
              "sinh năm 2027, các ngành nghề có nhu cầu nhân lực cao tại địa phương như du lịch, "
              "năng lượng tái tạo và công nghệ thông tin."),
            P("Nhiều học sinh đã mạnh dạn đặt câu hỏi về định hướng chọn tổ hợp môn xét tuyển, học "
              "bổng và ký túc xá."),
            _right("Ngọc Lân"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bình Thuận</em></p>'),
        ],
        authors=["Ngọc Lân"],
        source="Báo Bình Thuận",
        summary="Ngày 07/10/2026, hơn 300 học sinh lớp 12 của trường tham gia Ngày hội tư vấn tuyển "
                "sinh, hướng nghiệp năm 2026 do Tỉnh đoàn Bình Thuận phối hợp với Sở GD&ĐT tổ chức "
                "tại Trung tâm Hội nghị tỉnh.",
        opts=dict(created="2026-10-07T21:15:00", modified="2026-10-08T09:10:00", hits=190),
    ),
    Story(
        238,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-27",
        [
            Raw("{letterhead}"),
            P("Căn cứ Kế hoạch năm học 2026 - 2027 của Trường THPT Phan Bội Châu, nhà trường thông "
              "báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "row"),
            P("22/12/2026 | Sáng | 10, 11, 12 | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | 10, 11, 12 | Tiếng Anh | 60 phút", "row"),
            P("Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong tuần từ 14/12 đến "
              "19/12/2026."),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
              "phòng kiểm tra trước giờ làm bài 15 phút."),
            Raw("{closing}"),
        ],
        authors=["Nguyễn Đình Phúc"],
        opts=dict(created="2026-11-27T16:02:00", modified="2026-11-28T09:05:00",
                  published="2026-11-28T09:05:00", hits=1207,
                  number="312/TB-THPTPBC", place_date="Phan Thiết, ngày 27 tháng 11 năm 2026",
                  subject="Về việc lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    ),
    Story(
        233,
        "thong-bao-ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
        "Thông báo kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        "thong-bao",
        "2026-11-17T15:00:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường "
              "năm học 2026 - 2027 từ ngày 30/11 đến ngày 11/12/2026."),
            P("Đối tượng dự thi: giáo viên có từ 2 năm công tác trở lên, mỗi tổ chuyên môn đăng ký "
              "ít nhất 2 giáo viên."),
            P("Nội dung thi gồm trình bày biện pháp nâng cao chất lượng giảng dạy và dạy 2 tiết thực "
              "hành trên lớp."),
            P("Các tổ chuyên môn gửi danh sách đăng ký về Phó Hiệu trưởng chuyên môn trước ngày "
              "25/11/2026."),
            P("Mọi chi tiết xin liên hệ thầy Hồ Văn Sĩ, Phó Hiệu trưởng, qua email: Địa chỉ email này "
              "đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó.", "cloak"),
        ],
        opts=dict(created="2026-11-16T10:45:00", modified="2026-11-17T15:00:00", hits=486,
                  attachments=[("ke-hoach-hoi-thi-gvdg-2026-2027.pdf", "214 KB", 57)]),
    ),
    Story(
        226,
        "thong-bao-ve-viec-tham-gia-bao-hiem-y-te-hoc-sinh-nam-2027",
        "Thông báo về việc tham gia Bảo hiểm y tế học sinh năm 2027",
        "thong-bao",
        "2026-10-20T07:30:00+07:00",
        [
            P("Thực hiện Luật Bảo hiểm y tế, nhà trường thông báo đến cha mẹ học sinh về việc tham "
              "gia BHYT học sinh năm 2027 như sau:", "bold"),
            P("1. Mức đóng: 884.520 đồng/học sinh/12 tháng (đã trừ phần ngân sách nhà nước hỗ trợ "
              "30%).", "div"),
            P("2. Thời gian thu: từ ngày 20/10 đến ngày 20/11/2026.", "br"),
            P("3. Học sinh đã có thẻ BHYT theo hộ gia đình nộp bản photo thẻ cho giáo viên chủ nhiệm.",
              "br"),
            P("Mọi thắc mắc liên hệ bộ phận Y tế trường học, điện thoại 0252.3822.178.", "div"),
        ],
        summary="Thực hiện Luật Bảo hiểm y tế, nhà trường thông báo đến cha mẹ học sinh về việc tham "
                "gia BHYT học sinh năm 2027 như sau:",
        opts=dict(created="2026-10-19T17:20:00", modified="2026-10-20T07:30:00", hits=932),
    ),
    Story(
        234,
        "doan-truong-to-chuc-chuong-trinh-ao-am-mua-dong-nam-2026",
        "Đoàn trường tổ chức chương trình “Áo ấm mùa đông” năm 2026",
        "doan-thanh-nien",
        "2026-11-18T19:45:00+07:00",
        [
            P("Hưởng ứng phong trào “Tuổi trẻ Phan Bội Châu sống đẹp, sống có ích”, Đoàn trường đã phát động "
              "chương trình “Áo ấm mùa đông” năm 2026 trong toàn thể đoàn viên, thanh niên."),
            P("Sau hai tuần, các chi đoàn đã quyên góp được 1.250 áo ấm, 320 chăn mền và 18 triệu "
              "đồng tiền mặt."),
            Img("/images/doan/2026/ao-am-mua-dong.jpg",
                "(Đoàn viên chi đoàn 11A5 phân loại áo ấm trước khi trao tặng)",
                "Đoàn viên chi đoàn 11A5 phân loại áo ấm trước khi trao tặng", "em"),
            P("Toàn bộ số quà sẽ được trao tặng cho học sinh có hoàn cảnh khó khăn tại xã Phan Sơn, "
              "huyện Bắc Bình trong tháng 12/2026."),
            _right("Tin: Võ Thị Thanh Tâm - Ảnh: CLB Truyền thông PBC"),
        ],
        authors=["Võ Thị Thanh Tâm"],
        photographers=["CLB Truyền thông PBC"],
        opts=dict(created="2026-11-18T11:00:00", modified="2026-11-19T06:50:00", hits=377),
    ),
    Story(
        222,
        "chung-ket-hoi-thi-thanh-nien-voi-van-hoa-giao-thong-nam-2026",
        "Chung kết Hội thi “Thanh niên với văn hóa giao thông” năm 2026",
        "doan-thanh-nien",
        "2026-10-12T10:00:00+07:00",
        [
            P("Sáng 11/10/2026, Đoàn trường tổ chức vòng chung kết Hội thi “Thanh niên với văn hóa "
              "giao thông” với sự tham gia của 4 đội thi xuất sắc nhất."),
            Img("/images/doan/2026/chung-ket-attgt.jpg", "Ảnh: Trần Minh Khoa", None, "em"),
            P("Các đội tranh tài qua ba phần thi: chào hỏi, kiến thức pháp luật giao thông và xử lý "
              "tình huống. Kết quả, đội chi đoàn 10A2 giành giải Nhất."),
            P("Hội thi góp phần nâng cao ý thức chấp hành Luật Giao thông đường bộ của đoàn viên, "
              "thanh niên."),
            _right("Nguyễn Hoàng Phúc"),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Trần Minh Khoa"],
        opts=dict(created="2026-10-11T18:00:00", modified="2026-10-12T10:00:00", hits=268),
    ),
    Story(
        237,
        "to-toan-tin-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem",
        "Tổ Toán - Tin tổ chức chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm”",
        "to-chuyen-mon",
        "2026-11-24T13:30:00+07:00",
        [
            P("Ngày 21/11/2026, Tổ Toán - Tin tổ chức chuyên đề cấp trường “Dạy học phát triển năng "
              "lực qua hoạt động trải nghiệm” tại lớp 10A4."),
            P("Tiết dạy minh họa bài “Thống kê” do cô Phan Thị Ngọc Hân thực hiện, học sinh làm việc "
              "theo nhóm để thu thập và xử lý số liệu chiều cao của các bạn trong lớp."),
            P("Sau tiết dạy, các giáo viên dự giờ đã thảo luận và thống nhất:"),
            P("Tăng cường các nhiệm vụ gắn với thực tiễn địa phương;", "li"),
            P("Sử dụng phần mềm GeoGebra và bảng tính trong các tiết thực hành;", "li"),
            P("Đánh giá học sinh bằng bảng kiểm và phiếu tự đánh giá.", "li"),
            Img("/images/tochuyenmon/toan-tin-chuyen-de-2026.jpg",
                "Cô Phan Thị Ngọc Hân hướng dẫn học sinh hoạt động nhóm",
                "Cô Phan Thị Ngọc Hân hướng dẫn học sinh hoạt động nhóm", "em"),
            _right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts=dict(created="2026-11-22T08:30:00", modified="2026-11-24T13:30:00", hits=158),
    ),
    Story(
        229,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-khoi-11",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn khối 11",
        "to-chuyen-mon",
        "2026-10-27T16:15:00+07:00",
        [
            P("Chiều 26/10/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với "
              "tiết dạy minh họa văn bản “Chí Phèo” của nhà văn Nam Cao tại lớp 11C2.", "bold"),
            P("Thay vì nhận xét giáo viên, các thành viên trong tổ tập trung quan sát hoạt động học "
              "của từng nhóm học sinh để tìm nguyên nhân khó khăn và đề xuất điều chỉnh."),
            P("“Nghiên cứu bài học giúp chúng tôi nhìn rõ hơn cách học sinh tiếp nhận văn bản”, cô "
              "Đặng Thị Kim Oanh chia sẻ.", "quote"),
            P("Tổ sẽ tiếp tục nhân rộng mô hình ở các khối 10 và 12 trong học kỳ II."),
            _right("ThS. Đặng Thị Kim Oanh - Tổ trưởng Tổ Ngữ văn"),
        ],
        authors=["Đặng Thị Kim Oanh"],
        summary="Chiều 26/10/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với "
                "tiết dạy minh họa văn bản “Chí Phèo” của nhà văn Nam Cao tại lớp 11C2.",
        opts=dict(created="2026-10-26T19:40:00", modified="2026-10-27T16:15:00", hits=133),
    ),
]

BY_ID = {s.id: s for s in STORIES}
# the SJ Extra Slider on the home page links these through /component/content/article/…
SLIDER_IDS = [240, 236, 234, 237, 238, 231]
POPULAR_IDS = [238, 236, 231, 233, 240]


def _pub(story: Story) -> datetime:
    raw = story.opts.get("published") or story.published_at
    return datetime.fromisoformat(raw[:19] if "T" in raw else raw + "T00:00:00")


def _cat_stories(alias: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == alias), key=_pub, reverse=True)


def sef_path(story: Story) -> str:
    return f"/{story.cat}/{story.id}-{story.slug}.html"


def component_path(story: Story) -> str:
    return (f"/component/content/article/{story.id}-{story.slug}.html"
            f"?catid={CATS[story.cat]['catid']}&Itemid={HOME_ITEMID}")


def joomla_date(value: str) -> str:
    d = datetime.fromisoformat(value)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y} {d:%H:%M}"


def _iso(value: str) -> str:
    return datetime.fromisoformat(value).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/gioi-thieu.html", "Lịch sử nhà trường"),
                                         ("/doi-ngu-giao-vien.html", "Đội ngũ giáo viên")]),
    ("/tin-tuc-su-kien.html", "Tin tức - Sự kiện", []),
    ("/thong-bao.html", "Thông báo", []),
    ("#", "Hoạt động", [("/doan-thanh-nien.html", "Đoàn thanh niên"),
                        ("/to-chuyen-mon.html", "Tổ chuyên môn")]),
    ("/van-ban.html", "Văn bản", []),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu(active: str) -> str:
    out = ['<ul id="meganavigator" class="clearfix navi">']
    for i, (href, label, subs) in enumerate(MENU):
        cls = "level1" + (" active" if href == active else "") + (" havechild" if subs else "")
        out.append(f'<li class="{cls} item-{HOME_ITEMID + i}"><a class="{cls}" href="{href}">'
                   f'<span class="menu-title">{esc(label)}</span></a>')
        if subs:
            out.append('<div class="level2 menu-dropdown"><ul class="subnavi level2">')
            for shref, slabel in subs:
                out.append(f'<li><a class="level2" href="{shref}"><span class="menu-title">'
                           f'{esc(slabel)}</span></a></li>')
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _cloak(address: str, key: str) -> str:
    user, domain = address.split("@")
    domain_js = domain.replace(".", "' + '&#46;' + '")
    return (f'<span id="cloak{key}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, '
            f'bạn cần bật JavaScript để xem nó.</span><script type="text/javascript">'
            f"document.getElementById('cloak{key}').innerHTML = '';"
            f"var prefix = '&#109;a' + 'i&#108;' + '&#116;o';var path = 'hr' + 'ef' + '=';"
            f"var addy{key} = '{user}' + '&#64;';addy{key} = addy{key} + '{domain_js}';"
            f"document.getElementById('cloak{key}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
            f"addy{key} + '\\'>'+addy{key}+'<\\/a>';</script>")


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{sef_path(s)}">{esc(s.title)}</a></li>' for s in _cat_stories("thong-bao")[:2])
    popular = "".join(
        f'<li class="popular-item"><a href="{sef_path(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>' for i in POPULAR_IDS)
    return f"""
<div id="content_right" class="span3">
 <div class="module thongbao"><h3 class="modtitle">Thông báo mới</h3>
  <div class="modcontent clearfix"><marquee direction="up" scrollamount="2" onmouseover="this.stop()"
   onmouseout="this.start()"><ul class="tb-list">{notices}</ul></marquee></div></div>
 <div class="module _menu"><h3 class="modtitle">Đọc nhiều nhất</h3>
  <div class="modcontent clearfix"><ul class="mostread mod-list">{popular}</ul></div></div>
 <div class="module lienket"><h3 class="modtitle">Liên kết website</h3>
  <div class="modcontent clearfix"><select onchange="window.open(this.value)" class="inputbox">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://binhthuan.edu.vn">Sở GD&amp;ĐT Bình Thuận</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://thisinh.thitotnghiepthpt.edu.vn">Thi tốt nghiệp THPT</option>
  </select></div></div>
 <div class="module banner"><div class="modcontent"><a href="https://csdl.moet.gov.vn" target="_blank">
  <img src="/images/banners/csdl-nganh.png" alt="CSDL ngành" /></a></div></div>
 <div class="module vinaora"><h3 class="modtitle">Thống kê truy cập</h3>
  <div class="modcontent"><div class="vvisit_counter"><table cellpadding="0" cellspacing="0">
   <tr><td><img src="/modules/mod_vvisit_counter/images/vtoday.png" alt="" /> Hôm nay</td><td>318</td></tr>
   <tr><td><img src="/modules/mod_vvisit_counter/images/vyesterday.png" alt="" /> Hôm qua</td><td>745</td></tr>
   <tr><td><img src="/modules/mod_vvisit_counter/images/vall.png" alt="" /> Tổng truy cập</td><td>1.284.906</td></tr>
   <tr><td>Đang online</td><td>27</td></tr></table></div></div></div>
</div>"""


def page(title: str, content: str, *, active: str = "", crumbs: list[tuple[str, str]] | None = None,
         body_class: str = "com_content view-article", head: str = "", sidebar: bool = True) -> str:
    crumb_html = ""
    if crumbs is not None:
        items = ['<li class="active"><span class="divider">Bạn đang ở: </span></li>',
                 '<li><a href="/" class="pathway">Trang chủ</a><span class="divider"> / </span></li>']
        for i, (href, label) in enumerate(crumbs):
            if href and i < len(crumbs) - 1:
                items.append(f'<li><a href="{href}" class="pathway">{esc(label)}</a>'
                             '<span class="divider"> / </span></li>')
            else:
                items.append(f'<li class="active"><span>{esc(label)}</span></li>')
        crumb_html = (f'<div id="yt_breadcrumb" class="block"><div class="container"><ul itemscope '
                      f'itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
                      f'{"".join(items)}</ul></div></div>')
    main_span = "span9" if sidebar else "span12"
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}
<link href="/templates/sj_university/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/sj_university/asset/bootstrap/css/bootstrap.css" rel="stylesheet" type="text/css" />
<link href="/templates/sj_university/css/template-blue.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?8f6e2b1a" type="text/javascript"></script>
<script src="/media/system/js/caption.js?8f6e2b1a" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body id="bd" class="{body_class} no-layout no-task itemid-{HOME_ITEMID} ltr">
<div id="yt_wrapper" class="layout-wide">
<header id="yt_header" class="block"><div class="container"><div class="row">
 <div id="yt_logo" class="span6"><h1 class="logo"><a href="/" title="{SITE}">
  <img alt="{SITE}" src="/templates/sj_university/images/styling/blue/logo.png" />
  <span class="logo-text">{SITE}</span></a></h1></div>
 <div id="yt_date" class="span3"><span class="yt-date">{HEADER_DATE}</span></div>
 <div id="yt_search" class="span3"><form action="/component/search/" method="get" class="form-inline">
  <input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
  <input type="hidden" name="task" value="search" /><input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div>
</div></div></header>
<section id="yt_menuwrap" class="block"><div class="container"><div id="yt_mainmenu">{_menu(active)}</div></div></section>
{crumb_html}
<section id="content" class="block"><div class="container"><div class="row">
<div id="content_main" class="{main_span}"><div id="system-message-container"></div>
<div id="yt_component">{content}</div></div>
{_sidebar() if sidebar else ""}
</div></div></section>
<footer id="yt_footer" class="block"><div class="container"><div class="row">
 <div class="span8 custom"><p><strong>TRƯỜNG THPT PHAN BỘI CHÂU - PHAN THIẾT</strong></p>
 <p>Địa chỉ: 52 Trần Hưng Đạo, phường Đức Nghĩa, thành phố Phan Thiết, tỉnh Bình Thuận</p>
 <p>Điện thoại: 0252.3822.178 - Fax: 0252.3822.179 - Email: {_cloak("c3phanboichau@binhthuan.edu.vn", "f0a1c2")}</p></div>
 <div class="span4"><p class="copyright">Copyright © 2026 {SITE}. All Rights Reserved.</p>
 <p class="designby">Designed by <a href="https://www.smartaddons.com/" target="_blank">SmartAddons.Com</a></p>
 <p><a href="https://www.facebook.com/thptphanboichau.phanthiet" target="_blank">Facebook</a></p></div>
</div></div></footer>
<a id="yt-totop" class="backtotop" href="#"><i class="fa fa-angle-up"></i></a>
</div></body></html>"""


# --- article rendering ----------------------------------------------------------------------


def _letterhead(story: Story) -> str:
    return f"""<table style="width: 100%; border: none;"><tbody><tr>
<td style="width: 40%; text-align: center;">SỞ GD&amp;ĐT BÌNH THUẬN<br /><strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong><br />Số: {esc(story.opts["number"])}</td>
<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><em>{esc(story.opts["place_date"])}</em></td>
</tr></tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>{esc(story.opts["subject"])}</strong></p>"""


def _closing() -> str:
    return """<table style="width: 100%; border: none;"><tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><em>(đã ký)</em><br /><br /><strong>Nguyễn Đình Phúc</strong></td>
</tr></tbody></table>"""


def _loadposition(story: Story) -> str:
    others = [s for s in _cat_stories(story.cat) if s.id != story.id and s.id != 219][:3]
    items = "".join(
        f'<div class="respl-item"><div class="item-inner"><div class="item-image"><a href="{sef_path(s)}">'
        f'<img src="/cache/mod_sj_responsive_listing/{s.id}_120x80.jpg" alt="{esc(s.title)}" /></a></div>'
        f'<div class="item-title"><a href="{sef_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></div>'
        f'<div class="item-date">{_pub(s):%d/%m/%Y}</div></div></div>' for s in others)
    return (f'<div class="moduletable"><h3>Bài viết cùng chuyên mục</h3>'
            f'<div id="sj_respl_1931" class="sj-responsive-listing">{items}</div></div>')


def _render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="5"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        if isinstance(b, P) and b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(lis) + "</ul>")
            continue
        if isinstance(b, P) and b.style == "div":
            lines = [esc(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;"><span style="font-size: 12pt; font-family: '
                       'times new roman, times;">' + "<br />\n".join(lines) + "</span></div>")
            continue
        i += 1
        if isinstance(b, P):
            if b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif b.style == "cloak":
                head = b.text.split("Địa chỉ email")[0]
                out.append(f'<p style="text-align: justify;">{esc(head)}{_cloak("hovansi@binhthuan.edu.vn", "3b9d61ac")}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "full":
                continue
            out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="{b.src.rsplit("/", 1)[1]}" '
                       f'width="600" height="400" /></p>')
            if b.printed:
                out.append(f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>'
                           f"{esc(b.printed)}</em></span></p>")
        elif isinstance(b, Raw):
            if b.html == "{letterhead}":
                out.append(_letterhead(story))
            elif b.html == "{closing}":
                out.append(_closing())
            elif b.html == "{loadposition}":
                out.append(_loadposition(story))
            elif b.html != PAGEBREAK:
                out.append(b.html)
    return "\n".join(out)


def _split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html == PAGEBREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _info_block(story: Story) -> str:
    cat = CATS[story.cat]
    pub = story.opts.get("published") or story.published_at[:19]
    by = story.opts.get("createdby", "Super User")
    return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="create"><i class="fa fa-calendar-o"></i> <time datetime="{_iso(story.opts['created'])}" itemprop="dateCreated">Ngày tạo: {joomla_date(story.opts['created'])}</time></dd>
<dd class="published"><i class="fa fa-clock-o"></i> <time datetime="{_iso(pub)}" itemprop="datePublished">Ngày đăng: {joomla_date(pub)}</time></dd>
<dd class="modified"><i class="fa fa-pencil"></i> <time datetime="{_iso(story.opts['modified'])}" itemprop="dateModified">Cập nhật lần cuối: {joomla_date(story.opts['modified'])}</time></dd>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(by)}</span></dd>
<dd class="category-name">Danh mục: <a href="/{story.cat}.html" itemprop="genre">{esc(cat['label'])}</a></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{story.opts['hits']}" />Lượt xem: {story.opts['hits']}</dd>
</dl>"""


def _full_image(story: Story) -> str:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "full":
            return (f'<div class="pull-none item-image"> <img class="caption" title="{esc(b.printed or "")}" '
                    f'src="{b.src}" alt="{b.src.rsplit("/", 1)[1]}" itemprop="image"/> </div>')
    return ""


def _attachments(story: Story) -> str:
    files = story.opts.get("attachments")
    if not files:
        return ""
    rows = "".join(
        f'<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/{story.id}/{n}">'
        f'<img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="/attachments/article/{story.id}/{n}" '
        f'type="application/pdf" target="_blank">{esc(n)}</a></td><td class="at_file_size">{size}</td>'
        f'<td class="at_downloads">{dl} lượt tải</td></tr>' for n, size, dl in files)
    return (f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{story.id}">'
            f'<table><caption>Tệp đính kèm:</caption><thead><tr><th class="at_filename">Tệp</th>'
            f'<th class="at_file_size">Dung lượng</th><th class="at_downloads">Lượt tải</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div></div>")


def _pagenav(story: Story) -> str:
    if not CATS[story.cat]["nav"]:
        return ""
    lst = _cat_stories(story.cat)
    i = lst.index(story)
    parts = ['<ul class="pager pagenav">']
    if i > 0:
        prev = lst[i - 1]
        parts.append(f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài trước: '
                     f'{esc(prev.title)}" href="{sef_path(prev)}" rel="prev"><span class="icon-chevron-left" '
                     f'aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>')
    if i < len(lst) - 1:
        nxt = lst[i + 1]
        parts.append(f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài tiếp theo: '
                     f'{esc(nxt.title)}" href="{sef_path(nxt)}" rel="next"><span aria-hidden="true">Tiếp</span> '
                     f'<span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
    parts.append("</ul>")
    return "".join(parts)


def _article_html(story: Story, *, pageno: int | None = None, showall: bool = False,
                  print_view: bool = False, heading: bool = True) -> tuple[str, str]:
    """(title for <title>, component markup)."""
    cat = CATS[story.cat]
    pages = _split_pages(story)
    multipage = len(pages) > 1
    title = story.title
    toc = ""
    pager = ""
    if multipage and not showall:
        pageno = pageno or 0
        blocks = pages[pageno]
        if pageno:
            title = f"{story.title} - Trang {pageno + 1}"
        base = sef_path(story)
        titles = story.opts["pagetitles"]
        links = "".join(
            f'<li class="{"active" if k == pageno else ""}"><a href="{base}?showall=&amp;limitstart={k or ""}" '
            f'class="toclink">{esc(t)}</a></li>' for k, t in enumerate(titles))
        toc = (f'<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">'
               f'{links}<li><a href="{base}?showall=1&amp;limitstart=" class="toclink">Tất cả các trang</a></li>'
               f"</ul></div>")
        counter = f'<div class="pagenavcounter">Trang {pageno + 1} / {len(pages)}</div>'
        nav = []
        if pageno > 0:
            nav.append(f'<li class="previous"><a href="{base}?showall=&amp;limitstart={pageno - 1 or ""}">'
                       f"&lt;&lt; Trang trước</a></li>")
        if pageno < len(pages) - 1:
            nav.append(f'<li class="next"><a href="{base}?showall=&amp;limitstart={pageno + 1}">'
                       f"Trang sau &gt;&gt;</a></li>")
        pager = counter + '<div class="pager"><ul>' + "".join(nav) + "</ul></div>"
    elif multipage:
        blocks = [b for p in pages for b in p]
        toc = ""
    else:
        blocks = list(story.blocks)
    body = _render_blocks(story, blocks)
    if print_view:
        icons = ('<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
                 '<span class="icon-print"></span> In</a></div>')
    else:
        icons = (f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#">'
                 f'<span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu">'
                 f'<li class="print-icon"><a href="{sef_path(story)}?{PRINT_Q.replace("&", "&amp;")}" '
                 f"title=\"In bài viết &lt; {esc(story.title)} &gt;\" onclick=\"window.open(this.href,'win2',"
                 f"'status=no,toolbar=no,scrollbars=yes');return false;\" rel=\"nofollow\">"
                 f'<span class="icon-print"></span> In</a></li></ul></div>')
    page_heading = (f'<div class="page-header"><h1> {esc(cat["label"])} </h1></div>' if heading and not print_view else "")
    markup = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
{page_heading}
{icons}
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
{_info_block(story)}
{toc}
{_full_image(story) if (not multipage or showall or not pageno) else ""}
<div itemprop="articleBody">
{body}
</div>
{pager}
{_attachments(story)}
{"" if print_view else _pagenav(story)}
</div>"""
    return title, markup


def _article_page(request: Request, story: Story, **kw) -> Response:
    title, markup = _article_html(story, **kw)
    cat = CATS[story.cat]
    first_p = next(b.text for b in story.blocks if isinstance(b, P))
    head = f'<meta name="description" content="{esc(first_p[:155])}" />\n<meta name="author" content="{esc(story.opts.get("createdby", "Super User"))}" />'
    if kw.get("print_view"):
        return html(f"""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>{esc(title)} - {SITE}</title>
<meta name="robots" content="noindex, nofollow" /></head><body class="contentpane modal">
<div id="system-message-container"></div>{markup}</body></html>""")
    return html(page(f"{title} - {SITE}", markup, active=f"/{story.cat}.html", head=head,
                     crumbs=[(f"/{story.cat}.html", cat["label"]), ("", story.title)]))


# --- listings --------------------------------------------------------------------------------


def _intro_text(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:32]) + ("..." if len(words) > 32 else "")


def _blog_item(story: Story) -> str:
    pub = story.opts.get("published") or story.published_at[:19]
    return f"""<div class="page-header"><h2 itemprop="name"><a href="{sef_path(story)}" itemprop="url">{esc(story.title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published"><i class="fa fa-clock-o"></i> <time datetime="{_iso(pub)}" itemprop="datePublished">Ngày đăng: {joomla_date(pub)}</time></dd>
<dd class="hits">Lượt xem: {story.opts['hits']}</dd></dl>
<div class="pull-left item-image"><a href="{sef_path(story)}"><img src="/images/thumbs/intro-{story.id}.jpg" alt="" itemprop="thumbnailUrl"/></a></div>
<p>{esc(_intro_text(story))}</p>
<p class="readmore"><a class="btn" href="{sef_path(story)}" itemprop="url" aria-label="Đọc thêm: {esc(story.title)}">
<span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm...</a></p>"""


def _blog(request: Request, alias: str, start: int) -> Response | None:
    cat = CATS[alias]
    stories = _cat_stories(alias)
    limit = cat["leading"] + cat["intro"] + cat["links"]
    if start % limit or (start >= len(stories) and start):
        return None
    chunk = stories[start:start + limit]
    lead = chunk[:cat["leading"]]
    intro = chunk[cat["leading"]:cat["leading"] + cat["intro"]]
    links = chunk[cat["leading"] + cat["intro"]:]
    out = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog">'
           f'<div class="page-header"><h1> {esc(cat["label"])} </h1></div>']
    if lead:
        out.append('<div class="items-leading clearfix">')
        for k, s in enumerate(lead):
            out.append(f'<div class="leading-{k} clearfix" itemprop="blogPost" itemscope '
                       f'itemtype="https://schema.org/BlogPosting">{_blog_item(s)}</div>')
        out.append("</div>")
    for r in range(0, len(intro), 2):
        out.append(f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">')
        for k, s in enumerate(intro[r:r + 2]):
            out.append(f'<div class="span6"><div class="item column-{k + 1}" itemprop="blogPost" itemscope '
                       f'itemtype="https://schema.org/BlogPosting">{_blog_item(s)}</div></div>')
        out.append("</div>")
    if links:
        lis = "".join(f'<li><a href="{sef_path(s)}">{esc(s.title)}</a></li>' for s in links)
        out.append(f'<div class="items-more"><h3>Các bài viết khác</h3><ol class="nav nav-tabs nav-stacked">'
                   f"{lis}</ol></div>")
    pages = (len(stories) + limit - 1) // limit
    if pages > 1:
        cur = start // limit
        base = f"/{alias}.html"

        def link(n: int) -> str:
            return f"{base}?limitstart=0" if n == 0 else f"{base}?start={n * limit}"
        li = []
        if cur == 0:
            li.append('<li class="pagination-start"><span class="pagenav">Bắt đầu</span></li>'
                      '<li class="pagination-prev"><span class="pagenav">Trước</span></li>')
        else:
            li.append(f'<li class="pagination-start"><a title="Bắt đầu" href="{link(0)}" class="hasTooltip pagenav">Bắt đầu</a></li>'
                      f'<li class="pagination-prev"><a title="Trước" href="{link(cur - 1)}" class="hasTooltip pagenav">Trước</a></li>')
        for n in range(pages):
            if n == cur:
                li.append(f'<li><span class="pagenav">{n + 1}</span></li>')
            else:
                li.append(f'<li><a href="{link(n)}" class="pagenav">{n + 1}</a></li>')
        if cur == pages - 1:
            li.append('<li class="pagination-next"><span class="pagenav">Tiếp</span></li>'
                      '<li class="pagination-end"><span class="pagenav">Cuối</span></li>')
        else:
            li.append(f'<li class="pagination-next"><a title="Tiếp" href="{link(cur + 1)}" class="hasTooltip pagenav">Tiếp</a></li>'
                      f'<li class="pagination-end"><a title="Cuối" href="{link(pages - 1)}" class="hasTooltip pagenav">Cuối</a></li>')
        out.append(f'<div class="pagination"><p class="counter pull-right"> Trang {cur + 1} / {pages} </p>'
                   f'<ul>{"".join(li)}</ul></div>')
    out.append("</div>")
    title = cat["label"] + (f" - Trang {start // limit + 1}" if start else "")
    return html(page(f"{title} - {SITE}", "\n".join(out), active=f"/{alias}.html",
                     body_class="com_content view-category layout-blog", crumbs=[("", cat["label"])]))


# --- home and other pages ---------------------------------------------------------------------


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item"><div class="item-wrap"><div class="item-image"><a href="{component_path(s)}" '
        f'title="{esc(s.title)}"><img src="/cache/mod_sj_news_extraslider/{s.id}_300x200.jpg" alt="{esc(s.title)}" /></a></div>'
        f'<div class="item-info"><div class="item-title"><a href="{component_path(s)}" title="{esc(s.title)}">'
        f'{esc(s.title[:60])}{"..." if len(s.title) > 60 else ""}</a></div>'
        f'<div class="item-content"><div class="item-description">{esc(_intro_text(s)[:140])}...</div>'
        f'<div class="item-readmore"><a href="{component_path(s)}">Xem chi tiết</a></div></div></div></div></div>'
        for s in (BY_ID[i] for i in SLIDER_IDS))
    blocks = []
    for alias, cat in CATS.items():
        lst = _cat_stories(alias)[:2]
        if alias == "thong-bao":
            lst = lst[:1]
        first, rest = lst[0], lst[1:]
        others = "".join(f'<li><a href="{sef_path(s)}">{esc(s.title)}</a> <span class="date">({_pub(s):%d/%m/%Y})</span></li>'
                         for s in rest)
        blocks.append(
            f'<div class="meganews-category span6"><div class="cat-title"><a href="/{alias}.html">{esc(cat["label"])}</a></div>'
            f'<div class="item-first"><a href="{sef_path(first)}"><img src="/cache/mod_sj_meganews/{first.id}_240x160.jpg" alt="" /></a>'
            f'<div class="item-title"><a href="{sef_path(first)}">{esc(first.title)}</a></div>'
            f'<div class="item-created">{_pub(first):%d/%m/%Y}</div><div class="item-desc">{esc(_intro_text(first))}</div></div>'
            f'<ul class="other-items">{others}</ul>'
            f'<div class="view-all"><a href="/{alias}.html">Xem tất cả</a></div></div>')
    content = f"""<div class="module sj-extraslider-wrap"><h3 class="modtitle">Tin nổi bật</h3>
<div id="sj_extraslider_1763" class="sj-extraslider button-type1 arrow-default"><div class="extraslider-inner">{slides}</div></div></div>
<div class="module sj-meganews-wrap"><div id="sj_meganews_1812" class="sj-meganews"><div class="row-fluid">{''.join(blocks)}</div></div></div>
<div class="module custom"><h3 class="modtitle">Video clip</h3><div class="modcontent">
<iframe width="560" height="315" src="https://www.youtube.com/embed/pbc2026clip" frameborder="0" allowfullscreen></iframe></div></div>"""
    return html(page(f"Trang chủ - {SITE}", content, active="/", body_class="com_content view-featured"))


def _single(title: str, body: str, active: str) -> Response:
    markup = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<div itemprop="articleBody">{body}</div></div>"""
    return html(page(f"{title} - {SITE}", markup, active=active, crumbs=[("", title)]))


INTRO = _single("Lịch sử nhà trường", """
<p style="text-align: justify;"><strong>Trường THPT Phan Bội Châu được thành lập năm 1952, là một trong những trường trung học lâu đời nhất của tỉnh Bình Thuận.</strong></p>
<p style="text-align: justify;">Qua hơn 70 năm xây dựng và trưởng thành, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều người trở thành cán bộ lãnh đạo, nhà khoa học, doanh nhân.</p>
<p style="text-align: center;"><img src="/images/gioithieu/truong-pbc-toan-canh.jpg" alt="truong-pbc-toan-canh.jpg" /></p>
<p style="text-align: justify;">Năm học 2026 - 2027, trường có 36 lớp với 1.512 học sinh và 112 cán bộ, giáo viên, nhân viên.</p>""", "/gioi-thieu.html")

STAFF = _single("Đội ngũ giáo viên", """
<p>Ban Giám hiệu:</p>
<table class="table table-bordered"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th></tr>
<tr><td>Nguyễn Đình Phúc</td><td>Hiệu trưởng</td></tr><tr><td>Hồ Văn Sĩ</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>Lê Thị Bích Vân</td><td>Phó Hiệu trưởng</td></tr></tbody></table>
<p>Nhà trường có 9 tổ chuyên môn với 98 giáo viên, trong đó 31 thạc sĩ.</p>""", "/gioi-thieu.html")

CONTACT = html(page(f"Liên hệ - {SITE}", f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường THPT Phan Bội Châu</span></h2></div>
<dl class="contact-address dl-horizontal" itemprop="address">
<dd><span class="contact-street">52 Trần Hưng Đạo, phường Đức Nghĩa</span></dd><dd><span class="contact-suburb">TP. Phan Thiết</span></dd>
<dd><span class="contact-state">Bình Thuận</span></dd></dl>
<dl class="dl-horizontal"><dt>Email:</dt><dd><span class="contact-emailto">{_cloak("c3phanboichau@binhthuan.edu.vn", "c0ffee")}</span></dd>
<dt>Điện thoại:</dt><dd><span class="contact-telephone">0252.3822.178</span></dd></dl>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi Email</legend><input type="text" name="jform[contact_name]" /><input type="email" name="jform[contact_email]" />
<input type="text" name="jform[contact_emailmsg]" /><textarea name="jform[contact_message]"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /></fieldset></form>
</div>""", active="/lien-he.html", body_class="com_contact view-contact", crumbs=[("", "Liên hệ")]))

GALLERY = html(page(f"Thư viện ảnh - {SITE}", '<div class="page-header"><h2>Thư viện ảnh</h2></div><div class="sj-gallery">'
                    + "".join(f'<div class="gallery-item"><a href="/images/thuvien/2026/anh-{k}.jpg" class="sj-colorbox" '
                              f'rel="gallery"><img src="/images/thuvien/2026/thumbs/anh-{k}.jpg" alt="Ảnh hoạt động {k}" /></a>'
                              f'<span class="gallery-caption">Hoạt động ngoại khóa {k}</span></div>' for k in range(1, 9))
                    + "</div>", active="/thu-vien-anh.html", body_class="com_sjgallery", crumbs=[("", "Thư viện ảnh")]))

DOC_PATH = "/van-ban/215-ke-hoach-nam-hoc-2026-2027.html"
DOC_LIST = html(page(f"Văn bản - {SITE}", f"""<div class="category-list"><div class="page-header"><h1> Văn bản </h1></div>
<table class="category table table-striped table-bordered table-hover"><thead><tr><th id="categorylist_header_title">Tiêu đề</th>
<th id="categorylist_header_date">Ngày đăng</th><th>Lượt xem</th></tr></thead><tbody>
<tr class="cat-list-row0"><td headers="categorylist_header_title" class="list-title"><a href="{DOC_PATH}">Kế hoạch năm học 2026 - 2027</a></td>
<td class="list-date small">09-09-2026</td><td><span class="badge badge-info">Lượt xem: 802</span></td></tr></tbody></table></div>""",
    active="/van-ban.html", body_class="com_content view-category layout-default", crumbs=[("", "Văn bản")]))
DOC = html(page(f"Kế hoạch năm học 2026 - 2027 - {SITE}", """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Kế hoạch năm học 2026 - 2027</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published"><time datetime="2026-09-09T08:00:00+07:00" itemprop="datePublished">Ngày đăng: Thứ tư, 09 Tháng 9 2026 08:00</time></dd>
<dd class="createdby">Viết bởi <span itemprop="name">Super User</span></dd></dl>
<div itemprop="articleBody"><p>Số hiệu: 198/KH-THPTPBC. Ngày ban hành: 08/09/2026. Người ký: Nguyễn Đình Phúc.</p></div>
<div class="attachmentsContainer"><table><caption>Tệp đính kèm:</caption><tbody><tr><td><a href="/attachments/article/215/ke-hoach-nam-hoc-2026-2027.pdf">ke-hoach-nam-hoc-2026-2027.pdf</a></td><td>388 KB</td></tr></tbody></table></div>
</div>""", active="/van-ban.html", crumbs=[("/van-ban.html", "Văn bản"), ("", "Kế hoạch năm học 2026 - 2027")]))

NON_ARTICLES = ["/gioi-thieu.html", "/doi-ngu-giao-vien.html", "/lien-he.html", "/thu-vien-anh.html", DOC_PATH]

_ARTICLE_RE = re.compile(r"^/([a-z-]+)/(\d+)-([a-z0-9-]+)\.html$")
_COMPONENT_RE = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)\.html$")
_BLOG_RE = re.compile(r"^/([a-z-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if request.method == "POST" and path == "/lien-he.html":
            return CONTACT
        if path == "/" and not query:
            return _home(request)
        fixed = {"/gioi-thieu.html": INTRO, "/doi-ngu-giao-vien.html": STAFF, "/lien-he.html": CONTACT,
                 "/thu-vien-anh.html": GALLERY, "/van-ban.html": DOC_LIST, DOC_PATH: DOC}
        if path in fixed and not query:
            return fixed[path]
        if path.startswith(("/images/", "/cache/", "/templates/", "/media/", "/modules/", "/attachments/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        m = _ARTICLE_RE.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if not story or story.cat != m.group(1) or story.slug != m.group(3):
                return None
            if not query:
                return _article_page(request, story)
            if query == PRINT_Q:
                return _article_page(request, story, print_view=True, showall=True)
            if len(_split_pages(story)) > 1:
                if query == "showall=&limitstart=":
                    return _article_page(request, story, pageno=0)
                if query == "showall=&limitstart=1":
                    return _article_page(request, story, pageno=1)
                if query == "showall=1&limitstart=":
                    return _article_page(request, story, showall=True)
            return None
        m = _COMPONENT_RE.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            if not story or story.slug != m.group(2) or story.id not in SLIDER_IDS:
                return None
            if query != f"catid={CATS[story.cat]['catid']}&Itemid={HOME_ITEMID}":
                return None
            return _article_page(request, story, heading=False)
        m = _BLOG_RE.match(path)
        if m and m.group(1) in CATS:
            alias = m.group(1)
            if not query:
                return _blog(request, alias, 0)
            if query == "limitstart=0":
                return _blog(request, alias, 0)
            sm = re.fullmatch(r"start=(\d+)", query)
            if sm and int(sm.group(1)) > 0:
                return _blog(request, alias, int(sm.group(1)))
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    path = sef_path(story)
    alts = [f"{path}?{PRINT_Q}"]
    if story.id in SLIDER_IDS:
        alts.append(component_path(story))
    if len(_split_pages(story)) > 1:
        alts += [f"{path}?showall=&limitstart=", f"{path}?showall=&limitstart=1",
                 f"{path}?showall=1&limitstart="]
    return gold_record(story, path, CATS[story.cat]["label"], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
