"""Sở Giáo dục và Đào tạo tỉnh Hà Giang: NukeViet 4.3, news module + laws module (blind fixture).

Platform
--------
NukeViet 4.3 (CMS of VINADES, PHP), rewrite on, language in the path (``/vi/``). The vendor's
theme ("sgd-hagiang", a reskin of the default theme, 24-column bootstrap grid) has three
columns: a left menu tree (metisMenu) with the "Tin mới" block, the module in the middle, and
a right column with the "Thông báo" marquee (an admin's HTML block), "Văn bản mới" (laws
module), "Lịch công tác", links to other sites and the visitor counter. Modules side by side:

- ``news`` (the default module): home = "viewcat_main_right" boxes per category under a
  "Tin tiêu điểm" slider (block of the news group "Tin tiêu điểm"); categories use
  "viewcat_page_new" (first items as boxes with thumbnail + hometext, the rest as a link list),
  4 items a page, pagination ``<ul class="pagination">`` with "Trang trước / Trang sau" plus
  numbers; detail pages carry the module's furniture (hometext lead in bold beside the lead
  picture, print / save / e-mail tools, author and "Nguồn tin" lines, copyright note, tags,
  rating, "Chia sẻ" buttons, "Bình luận" form with readers' comments, "Tin liên quan" and
  "Tin cùng chuyên mục").
- ``laws`` (văn bản): a register of documents (number, date, signer, file), detail pages and a
  search form (GET ``/vi/laws/search/?q=…``).
- ``about`` (NukeViet's "page" module renamed): intro, organisation, weekly work calendar.
- ``contact``, ``rss`` (HTML list of feeds), ``seek`` (site search, reached by JS only).

URL scheme
----------
- ``/`` -> 302 ``/vi/`` (START_PATH); ``/vi`` -> 301 ``/vi/``; ``/vi/news/`` = the same main page.
- categories ``/vi/news/<cat-alias>/`` and ``/vi/news/<cat-alias>/page-<n>/`` (``page-1/`` -> 301
  to the category; a page past the end -> 404).
- articles ``/vi/news/<cat-alias>/<slug>-<id>.html``; a wrong category or slug with a known id
  -> 301 to the canonical URL (NukeViet checks the alias); print view
  ``/vi/news/print/<cat-alias>/<slug>-<id>.html`` (opened by JS), save-as-file
  ``/vi/news/savefile/<cat-alias>/<slug>-<id>.html`` (a plain link, served as an attachment),
  e-mail form ``/vi/news/sendmail/<cat-alias>/<slug>-<id>.html`` (JS only); attachments
  ``<article URL>?download=1&id=<n>``; non-rewritten form
  ``/index.php?language=vi&nv=news&op=<cat-alias>/<slug>-<id>`` serves the article too.
- tags ``/vi/news/tag/<alias>``; laws ``/vi/laws/``, ``/vi/laws/detail/<slug>-<id>.html``,
  ``/vi/laws/search/?q=…``; RSS ``/vi/rss/news/`` (HTML) and feeds ``/vi/news/rss/<cat-alias>/``.
- pages ``/vi/about/<alias>.html``; ``/vi/contact/``; images under ``/uploads/`` (full size) and
  ``/assets/news/`` (NukeViet's generated thumbnails).

How each gold article is reached
--------------------------------
Three categories, 4 items a listing page, newest first:

- "Tin tức - Sự kiện" (``tin-tuc-su-kien``): 1492, 1489, 1485, 1481 on page 1; 1476 and 1470
  only on ``page-2/``.
- "Thông báo" (``thong-bao``): 1490, 1483 (one page).
- "Hoạt động chuyên môn" (``hoat-dong-chuyen-mon``): 1491, 1488, 1484, 1479 on page 1; 1472
  only on ``page-2/`` (and through a stale link of 1476, see the traps).

The vendor set the number of "other" links under a category page to 0, so a listing page links
only its own 4 items. The home page shows the 3 newest of each category, the slider 4 featured ones, "Tin mới" the 5
newest; the feeds list the 4 newest of a category (the vendor's setting); "Tin liên quan" and
"Tin cùng chuyên mục" list only newer items (the vendor's "tin mới hơn" choice). So 1481 and
1479 need page 1 of their category, and 1476, 1470, 1472 need a page 2.

Traps
-----
1. Hidden breadcrumb (kind not in the README list: JS-moved markup). NukeViet 4's theme prints
   ``<ul class="breadcrumbs">`` empty and the trail in ``<ul class="temp-breadcrumbs hidden">``
   (schema.org BreadcrumbList) that JS moves at load; the trail is "Trang nhất > Tin tức >
   <category>", where "Tin tức" is the module, not the category. Gold ``category`` = the last
   crumb ("Tin tức - Sự kiện", "Thông báo", "Hoạt động chuyên môn").
2. Truncated titles in blocks (kind not listed). The slider, "Tin mới" and the home boxes' link
   lists cut titles at 60/70 characters with "..." (``nv_clean60``); the full title is in the
   ``title`` attribute and the detail page's ``<h1 class="title">``. Gold ``title`` = the h1.
3. Feed dates that lie (kind not listed). The feeds print ``pubDate`` in GMT with NukeViet's
   format ``gmdate('D, j M Y H:m:s')``: the "minutes" are the month ("08:12:00 GMT" for 15:20
   +07:00 in December). Gold ``published_at`` comes from the page ("Thứ sáu - 04/12/2026 15:20"
   -> "2026-12-04T15:20:00+07:00").
4. Hidden microdata that contradicts the page (kind not listed). Each detail page carries
   hidden ``itemprop`` spans: ``author`` is the site's name when the article's author field is
   empty (and the raw field otherwise: "Tin, ảnh: Vũ Hà"), ``dateModified`` is a later day.
   Gold authors come from the printed lines only (never the site's name); the date is the
   printed publication time, not ``dateModified`` nor the header's "Thứ Bảy, 05/12/2026".
5. Query variant of an article URL that is another resource (kind not listed):
   ``<article URL>?download=1&id=0`` (the "Tài liệu đính kèm" panel of 1490 and 1483) answers a
   PDF. Not an article, not an alt path.
6. Readers' comments, rating and copyright inside the article's column (chrome that looks like
   content): "Ý kiến bạn đọc" lists comments of full sentences, the rating line "Tổng số điểm
   của bài viết là: …", the alert "Ghi rõ nguồn …", the tags line. None of it is body.
7. Duplicates: ``/vi/news/savefile/…`` (a plain link under every article) serves the article as
   an attachment; ``/vi/news/print/…`` (JS) prints it again; the "Thông báo" marquee (an admin's
   hand-written HTML) links 1490 as ``/index.php?language=vi&nv=news&op=thong-bao/…-1490``. All
   in ``alt_paths``; the gold path is the rewritten URL (the page's canonical). 1476's "Xem
   thêm" links 1472 under its old category ``/vi/news/tin-tuc-su-kien/…-1472.html``, which
   answers 301 to the canonical URL (redirects are not alt paths).
8. Lead outside the text: the hometext (sapo) is in ``div.hometext`` (bold) beside the lead
   picture ``figure.article`` with ``figcaption``, both before ``#news-bodyhtml``. Gold: the
   hometext is ``summary`` and the body's first paragraph; the lead picture is the first image
   (its ``/uploads/news/…`` file, not the listing's ``/assets/news/…`` thumbnail). For 1485 the
   figcaption is "Ảnh: Minh Khánh" (caption None, photographer); for 1472 the figcaption is
   empty (caption None). 1489's thumbnail is not shown on its page (image position "none"): it
   is no gold image.
9. Bylines in every form the module and the editors produce: the "Tác giả:" field with
   "Tin, ảnh: Vũ Hà" (author and photographer), "Tin: Hà Phương - Ảnh: Quốc Việt", "Nông Thị
   Hậu - Phòng GD&ĐT huyện Yên Minh" (name only), "Văn phòng Sở" (a unit: as printed); bylines
   typed at the end of the text ("Phòng Tổ chức cán bộ" in bold, right-aligned; "Lù Thị Mai
   (Trường PTDTNT …)"; "ThS. Nguyễn Thị Lan Anh - Phòng GDTrH" -> "Nguyễn Thị Lan Anh");
   "Nguồn tin: Báo Hà Giang" (the field) and a closing "Nguồn: Cổng Thông tin điện tử tỉnh Hà
   Giang" line -> ``source``. 1472's "Theo kế hoạch của Sở …" is a sentence of the text.
10. An official notice (1490): letterhead table, "Số: 1985/TB-SGDĐT", "Hà Giang, ngày 02 tháng
   12 năm 2026", "THÔNG BÁO" + subject, schedule table, "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM
   ĐỐC / Nguyễn Mạnh Cường". Gold: date "2026-12-02" (the page prints "Thứ năm - 03/12/2026
   10:15"), author "Nguyễn Mạnh Cường", body = hometext, text paragraphs and table rows only.
11. Text as editors leave it: 1481 is stored with CKEditor's ``entities_latin`` (Latin-1 letters
   as named entities, ``&agrave;``, the other Vietnamese letters raw UTF-8); 1476 has paragraphs
   typed in decomposed Unicode ("Unicode tổ hợp"); 1484 is pasted from Word (``MsoNormal``,
   ``mso-list:Ignore`` bullets "·" that are no text). Gold text is NFC, without the bullets.
12. Two date formats and a midnight: detail pages print ``nv_date('l - d/m/Y H:i')`` ("Thứ sáu -
   04/12/2026 15:20"), listings ``d/m/Y h:i:s A`` ("04/12/2026 03:20:00 PM"). 1470 prints "Thứ tư
   - 28/10/2026 00:00" (listing "28/10/2026 12:00:00 AM"): a day without a time, "2026-10-28".
13. The laws register looks like news: the "Văn bản mới" block and ``/vi/laws/detail/…`` pages
   have a title, a date, a signer and "Trích yếu". They are NON_ARTICLES, as are the intro,
   organisation, weekly calendar and contact pages (the about pages look like news details).

Gold decisions on ambiguous points
----------------------------------
- The hometext is printed as its own bold element: it is the ``summary`` and the body's first
  paragraph. The lead picture is printed before it, so it is the first of ``images``.
- "Xem thêm: …" lines, "Chi tiết xem tại …" lines, attachment panels, a YouTube frame, and
  the "Tác giả / Nguồn tin" lines are not body.
- A ``<br />`` inside a paragraph (1491) splits it in two.
- Table rows in the text (1490's schedule, 1483's quota table) are paragraphs, cells joined by
  " | ", the header row included.
- The official notice's hometext is kept as the sapo (it is printed as the article's lead).
- ``category`` is the article's own category (the gold path's), as the last crumb prints it.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
import unicodedata
from html.entities import codepoint2name
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "nukeviet43_laws_news_sgddt"
PLATFORM = "NukeViet 4.3 (news + laws modules)"
START_PATH = "/vi/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
THEME = "/themes/sgd-hagiang"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
}
CAT_IDS = {"tin-tuc-su-kien": 1, "thong-bao": 4, "hoat-dong-chuyen-mon": 7}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# --- the articles -------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1492,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-tieu-hoc-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Sáng ngày 04/12, tại thành phố Hà Giang, Sở Giáo dục và Đào tạo tổ chức khai mạc Hội "
            "thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026 - 2027 với sự tham gia của "
            "186 giáo viên đến từ 11 huyện, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/khai-mac-hoi-thi-gvdg-th.jpg",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao cờ lưu niệm cho các đơn vị tham dự Hội thi",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao cờ lưu niệm cho các đơn vị tham dự Hội thi",
                style="lead",
            ),
            P(
                "Dự lễ khai mạc có đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo, Trưởng Ban tổ chức "
                "Hội thi; lãnh đạo các phòng chuyên môn thuộc Sở; đại diện lãnh đạo Phòng Giáo dục và "
                "Đào tạo các huyện, thành phố cùng đông đảo giáo viên dự thi."
            ),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "có nhiều sáng tạo trong đổi mới phương pháp dạy học theo Chương trình giáo dục phổ "
                "thông 2018; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, học hỏi, chia sẻ "
                "kinh nghiệm."
            ),
            P(
                "Theo Kế hoạch của Ban tổ chức, mỗi giáo viên dự thi phải trải qua hai nội dung: "
                "trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh và thực hành "
                "dạy 02 tiết trên lớp, trong đó có 01 tiết môn Tiếng Việt hoặc Toán. Các tiết dạy "
                "được tổ chức tại 06 trường tiểu học trên địa bàn thành phố Hà Giang."
            ),
            Img(
                "/uploads/news/2026_12/gvdg-th-tiet-day.jpg",
                "Giáo viên dự thi thực hiện tiết dạy tại Trường Tiểu học Nguyễn Trãi, thành phố Hà Giang",
                "Giáo viên dự thi thực hiện tiết dạy tại Trường Tiểu học Nguyễn Trãi, thành phố Hà Giang",
                style="figure",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở đề nghị Ban giám khảo làm việc khách "
                "quan, công tâm, đánh giá đúng năng lực của từng giáo viên; các thầy cô dự thi phát "
                "huy tinh thần học hỏi, mạnh dạn vận dụng các phương pháp, kỹ thuật dạy học tích "
                "cực, đặc biệt là ứng dụng công nghệ thông tin phù hợp với đối tượng học sinh vùng cao."
            ),
            P(
                "Hội thi diễn ra từ ngày 04/12 đến ngày 11/12/2026. Kết quả Hội thi là căn cứ để công "
                "nhận danh hiệu giáo viên dạy giỏi cấp tỉnh chu kỳ 2026 - 2028."
            ),
        ],
        authors=["Hoàng Thu Trang"],
        opts={
            "publtime": "2026-12-04 15:20",
            "author_field": "Hoàng Thu Trang",
            "thumb": "/assets/news/2026_12/khai-mac-hoi-thi-gvdg-th.jpg",
            "tags": ["giao-vien"],
            "comments": [
                (
                    "Lò Văn Thắng",
                    "04/12/2026 20:11",
                    "Chúc các thầy cô dự thi đạt kết quả cao! Mong Sở tiếp tục tổ chức nhiều hội thi "
                    "bổ ích để giáo viên vùng cao được học hỏi.",
                ),
                (
                    "Phụ huynh trường Tiểu học Minh Khai",
                    "05/12/2026 06:42",
                    "Tiết dạy của cô giáo trường Nguyễn Trãi rất sinh động, các con hào hứng lắm.",
                ),
            ],
            "featured": True,
            "rating": (23, 5),
        },
    ),
    Story(
        id=1489,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hsg-quoc-gia-thpt-nam-2027",
        title=(
            "Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi quốc gia "
            "THPT năm 2027"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T09:45:00+07:00",
        summary=(
            "Ngày 01/12/2026, Đoàn công tác của Bộ Giáo dục và Đào tạo do đồng chí Phó Cục trưởng "
            "Cục Quản lý chất lượng làm trưởng đoàn đã kiểm tra công tác chuẩn bị tổ chức Kỳ thi "
            "chọn học sinh giỏi quốc gia trung học phổ thông năm 2027 tại Hà Giang."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cùng đi với đoàn có lãnh đạo Sở Giáo dục và Đào tạo, đại diện Công an tỉnh, Sở "
                "Khoa học và Công nghệ và Bưu điện tỉnh."
            ),
            P(
                "Tại buổi làm việc, lãnh đạo Sở Giáo dục và Đào tạo đã báo cáo tóm tắt công tác chuẩn "
                "bị cho kỳ thi. Năm nay, Hà Giang có 62 thí sinh đăng ký dự thi ở 9 môn; điểm thi "
                "được đặt tại Trường THPT Chuyên Hà Giang với 5 phòng thi và 01 phòng dự phòng."
            ),
            Img(
                "/uploads/news/2026_12/kiem-tra-phong-thi-chuyen.jpg",
                "(Đoàn công tác kiểm tra hệ thống camera giám sát tại điểm thi Trường THPT Chuyên Hà Giang)",
                "Đoàn công tác kiểm tra hệ thống camera giám sát tại điểm thi Trường THPT Chuyên Hà Giang",
                style="pem",
            ),
            P(
                "Đoàn công tác đã trực tiếp kiểm tra cơ sở vật chất, hệ thống camera giám sát, khu "
                "vực bảo quản đề thi và phòng làm việc của Hội đồng thi. Qua kiểm tra, đoàn đánh giá "
                "cao sự chủ động của Sở trong việc chuẩn bị các điều kiện phục vụ kỳ thi."
            ),
            P(
                "Đồng chí Trưởng đoàn đề nghị Sở tiếp tục rà soát, hoàn thiện phương án bảo đảm an "
                "ninh, an toàn; quán triệt tới cán bộ, giáo viên làm nhiệm vụ coi thi thực hiện "
                "nghiêm quy chế, tuyệt đối không để xảy ra sai sót."
            ),
        ],
        authors=["Vũ Hà"],
        photographers=["Vũ Hà"],
        opts={
            "publtime": "2026-12-02 09:45",
            "author_field": "Tin, ảnh: Vũ Hà",
            "thumb": "/assets/news/2026_12/doan-kiem-tra-bo-gddt.jpg",
            "tags": ["hoc-sinh-gioi"],
            "featured": True,
            "rating": (9, 2),
        },
    ),
    Story(
        id=1485,
        slug="trao-tang-500-bo-ao-am-cho-hoc-sinh-vung-cao-huyen-meo-vac",
        title="Trao tặng 500 bộ áo ấm cho học sinh vùng cao huyện Mèo Vạc",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T16:10:00+07:00",
        summary=(
            "Trước thềm mùa đông, Sở Giáo dục và Đào tạo phối hợp với Quỹ Vì trẻ em vùng cao trao "
            "tặng 500 bộ áo ấm, 300 đôi ủng và nhiều đồ dùng học tập cho học sinh các trường bán "
            "trú trên địa bàn huyện Mèo Vạc."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/ao-am-meo-vac.jpg", "Ảnh: Minh Khánh", None, style="lead"),
            P(
                "Chương trình được tổ chức tại Trường PTDTBT Tiểu học Pải Lủng và Trường PTDTBT THCS "
                "Xín Cái, hai trong số những trường có tỷ lệ học sinh bán trú cao nhất huyện. Nhiệt "
                "độ tại đây những ngày cuối tháng 11 đã xuống dưới 8 độ C vào ban đêm."
            ),
            P(
                "Tổng giá trị quà tặng gần 350 triệu đồng, do các nhà hảo tâm trong và ngoài tỉnh "
                "đóng góp. Ngoài áo ấm và ủng, các em học sinh còn được nhận chăn, sách vở, bút và "
                "cặp sách."
            ),
            P(
                "Theo thống kê của ngành Giáo dục, toàn huyện Mèo Vạc hiện có hơn 4.800 học sinh ở "
                "bán trú tại trường, phần lớn là con em đồng bào Mông, Lô Lô, Dao. Việc chăm lo chỗ "
                "ăn, chỗ ở, đồ dùng giữ ấm cho các em trong mùa đông luôn được nhà trường và chính "
                "quyền địa phương quan tâm."
            ),
            P(
                "Thay mặt các nhà trường, cô giáo Thào Thị Dín, Hiệu trưởng Trường PTDTBT Tiểu học "
                "Pải Lủng bày tỏ sự cảm ơn và mong muốn chương trình tiếp tục được duy trì trong "
                "những năm tiếp theo."
            ),
        ],
        authors=["Minh Khánh"],
        photographers=["Minh Khánh"],
        source="Báo Hà Giang",
        opts={
            "publtime": "2026-11-27 16:10",
            "author_field": "Minh Khánh",
            "source_field": "Báo Hà Giang",
            "thumb": "/assets/news/2026_11/ao-am-meo-vac.jpg",
            "tags": ["dan-toc-thieu-so"],
            "comments": [
                (
                    "Giàng Seo Chu",
                    "28/11/2026 07:15",
                    "Cảm ơn các nhà hảo tâm. Mùa đông trên Mèo Vạc rất lạnh, các cháu cần thêm "
                    "chăn và tất ấm.",
                ),
            ],
            "rating": (14, 3),
        },
    ),
    Story(
        id=1481,
        slug="so-giao-duc-va-dao-tao-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "Sở Giáo dục và Đào tạo gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026)"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam, biểu dương các nhà giáo tiêu biểu và trao Bằng khen của Chủ tịch UBND tỉnh cho "
            "các tập thể, cá nhân có thành tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự có đồng chí Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo Ban Tuyên giáo và Dân "
                "vận Tỉnh ủy, Công đoàn ngành Giáo dục cùng các thế hệ nhà giáo đã nghỉ hưu."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 12.640 cán bộ quản lý, giáo viên, nhân viên công "
                "tác tại 612 cơ sở giáo dục. Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật "
                "Giáo dục năm 2019 đạt 91,7%, tăng 3,2% so với năm học trước."
            ),
            Img(
                "/uploads/news/2026_11/gap-mat-20-11-khen-thuong.jpg",
                "Phó Chủ tịch UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                style="pem",
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp "
                "của đội ngũ nhà giáo, đặc biệt là các thầy cô đang ngày đêm bám bản, bám trường ở "
                "những điểm trường khó khăn nhất. Đồng chí đề nghị ngành Giáo dục tiếp tục quan tâm "
                "đến đời sống, điều kiện làm việc của giáo viên vùng cao."
            ),
            P(
                "Nhân dịp này, 25 tập thể và 48 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh; "
                "15 nhà giáo được tôn vinh “Nhà giáo tiêu biểu vùng cao” năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức cán bộ</strong></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "publtime": "2026-11-20 16:45",
            "entities": True,
            "thumb": "/assets/news/2026_11/gap-mat-20-11-khen-thuong.jpg",
            "tags": ["giao-vien"],
            "rating": (31, 7),
        },
    ),
    Story(
        id=1476,
        slug="truong-ptdtnt-thcs-va-thpt-huyen-hoang-su-phi-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THCS và THPT huyện Hoàng Su Phì tổ chức Ngày hội văn hóa các dân tộc",
        cat="tin-tuc-su-kien",
        published_at="2026-11-13T14:05:00+07:00",
        summary=(
            "Hướng tới Ngày hội Đại đoàn kết toàn dân tộc 18/11, Trường PTDTNT THCS và THPT huyện "
            "Hoàng Su Phì tổ chức Ngày hội văn hóa các dân tộc năm 2026 với nhiều hoạt động sôi "
            "nổi, thu hút hơn 400 học sinh tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm các hoạt động: thi trình diễn trang phục truyền thống, thi nấu các món "
                "ăn dân tộc, thi các trò chơi dân gian như ném còn, đẩy gậy, kéo co, nhảy sạp; trưng "
                "bày các sản phẩm thổ cẩm do chính các em học sinh dệt và thêu.",
                "nfd",
            ),
            Img("/uploads/news/2026_11/ngay-hoi-van-hoa-hsp.jpg", "Ảnh: Lù Thị Mai", None, style="pem"),
            P(
                "Học sinh của trường thuộc 9 dân tộc khác nhau, trong đó đông nhất là dân tộc Nùng, "
                "Dao, La Chí và Mông. Mỗi lớp được giao chuẩn bị một gian trưng bày giới thiệu nét "
                "văn hóa đặc trưng của dân tộc mình.",
                "nfd",
            ),
            P(
                "Thầy giáo Vương Văn Luân, Hiệu trưởng nhà trường cho biết: Ngày hội là dịp để các "
                "em hiểu thêm về văn hóa của nhau, thêm tự hào và có ý thức giữ gìn bản sắc dân tộc; "
                "đồng thời rèn luyện kỹ năng làm việc nhóm, kỹ năng tổ chức sự kiện."
            ),
            P("Kết thúc Ngày hội, Ban tổ chức đã trao 12 giải cho các tập thể lớp có thành tích xuất sắc."),
            Raw(
                '<p style="text-align: right;"><em>Lù Thị Mai (Trường PTDTNT THCS và THPT Hoàng Su '
                "Phì)</em></p>"
            ),
            Raw(
                "<p><strong>Xem thêm:</strong> <a href=\"/vi/news/tin-tuc-su-kien/"
                'sinh-hoat-chuyen-mon-theo-cum-truong-chia-se-kinh-nghiem-day-hoc-stem-1472.html">'
                "Sinh hoạt chuyên môn theo cụm trường: chia sẻ kinh nghiệm dạy học STEM</a></p>"
            ),
        ],
        authors=["Lù Thị Mai"],
        photographers=["Lù Thị Mai"],
        opts={
            "publtime": "2026-11-13 14:05",
            "thumb": "/assets/news/2026_11/ngay-hoi-van-hoa-hsp.jpg",
            "rating": (5, 1),
        },
    ),
    Story(
        id=1470,
        slug="tap-huan-cong-tac-tu-van-tam-ly-hoc-duong-nam-2026",
        title="Tập huấn công tác tư vấn tâm lý học đường năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28",
        summary=(
            "Từ ngày 26 đến 27/10/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn công tác tư vấn tâm "
            "lý cho học sinh trong trường học cho hơn 150 cán bộ quản lý, giáo viên làm công tác tư "
            "vấn tại các trường THCS, THPT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn được thực hiện theo Thông tư số 31/2017/TT-BGDĐT của Bộ Giáo dục và "
                "Đào tạo hướng dẫn thực hiện công tác tư vấn tâm lý cho học sinh trong trường phổ "
                "thông. Giảng viên là các chuyên gia của Trường Đại học Sư phạm Hà Nội."
            ),
            P(
                "Các học viên được trang bị kiến thức về đặc điểm tâm lý lứa tuổi học sinh; kỹ năng "
                "lắng nghe, thấu hiểu và hỗ trợ học sinh khi gặp khó khăn trong học tập, các mối "
                "quan hệ; cách nhận diện sớm các biểu hiện trầm cảm, lo âu, nguy cơ tự gây hại và "
                "bạo lực học đường."
            ),
            P(
                "Bên cạnh phần lý thuyết, học viên được thực hành xử lý tình huống theo nhóm, đóng "
                "vai tư vấn viên và học sinh, qua đó rút ra những bài học kinh nghiệm thiết thực cho "
                "công việc tại đơn vị."
            ),
            P(
                "Kết thúc lớp tập huấn, Sở yêu cầu các nhà trường kiện toàn tổ tư vấn, bố trí phòng "
                "tư vấn tâm lý phù hợp và xây dựng kế hoạch tư vấn cụ thể ngay từ học kỳ I năm học "
                "2026 - 2027."
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Cổng Thông tin điện tử tỉnh Hà Giang</em></p>'
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/vi/laws/detail/'
                'ke-hoach-cong-tac-tu-van-tam-ly-hoc-sinh-nam-hoc-2026-2027-212.html">Kế hoạch số '
                "1703/KH-SGDĐT về công tác tư vấn tâm lý cho học sinh năm học 2026 - 2027</a></em></p>"
            ),
        ],
        source="Cổng Thông tin điện tử tỉnh Hà Giang",
        opts={"publtime": "2026-10-28 00:00", "rating": (0, 0)},
    ),
    Story(
        id=1490,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-02",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo lịch thi, địa điểm thi Kỳ thi chọn học sinh giỏi cấp "
            "tỉnh lớp 12 THPT năm học 2026 - 2027 tới các đơn vị trường học trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n'
                '<tr>\n<td style="text-align: center; width: 42%; vertical-align: top;">UBND TỈNH HÀ '
                "GIANG<br />\n<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n--------<br />\n"
                "Số: 1985/TB-SGDĐT</td>\n"
                '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
                "NGHĨA VIỆT NAM<br />\nĐộc lập - Tự do - Hạnh phúc</strong><br />\n---------------"
                "<br />\n<em>Hà Giang, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n<strong>Lịch thi '
                "chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1820/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về tổ "
                "chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027;"
            ),
            P("Sở Giáo dục và Đào tạo thông báo lịch thi cụ thể như sau:"),
            P("1. Thời gian, địa điểm thi", "b"),
            P("- Thời gian: Từ ngày 15/12/2026 đến ngày 17/12/2026."),
            P(
                "- Địa điểm: Trường THPT Chuyên Hà Giang, số 306 đường Nguyễn Trãi, phường Nguyễn "
                "Trãi, thành phố Hà Giang."
            ),
            P("2. Lịch thi cụ thể", "b"),
            P("Ngày | Buổi | Nội dung | Thời gian", "row"),
            P("15/12/2026 | Chiều | Thí sinh làm thủ tục dự thi, nghe phổ biến quy chế | 14h00", "row"),
            P("16/12/2026 | Sáng | Thi các môn: Toán, Vật lí, Lịch sử, Tin học | 07h30", "row"),
            P(
                "17/12/2026 | Sáng | Thi các môn: Ngữ văn, Hóa học, Sinh học, Địa lí, Tiếng Anh | 07h30",
                "row",
            ),
            P("3. Tổ chức thực hiện", "b"),
            P(
                "Các trường THPT, PTDTNT THCS và THPT có học sinh dự thi thông báo lịch thi tới thí "
                "sinh; cử giáo viên đưa, đón và quản lý học sinh trong thời gian dự thi; nhắc nhở thí "
                "sinh mang theo thẻ Căn cước hoặc thẻ học sinh có dán ảnh."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Phòng Quản lý chất lượng "
                "- Sở Giáo dục và Đào tạo, điện thoại 0219.3866.512 để được hướng dẫn."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n'
                '<tr>\n<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong>'
                "<br />\n- Như trên;<br />\n- Lãnh đạo Sở;<br />\n- Các phòng thuộc Sở;<br />\n"
                "- Cổng TTĐT Sở;<br />\n- Lưu: VT, QLCL.</td>\n"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />\n'
                "PHÓ GIÁM ĐỐC</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Mạnh Cường</strong></td>\n</tr>\n</tbody>\n</table>"
            ),
        ],
        authors=["Nguyễn Mạnh Cường"],
        opts={
            "publtime": "2026-12-03 10:15",
            "tags": ["hoc-sinh-gioi"],
            "files": [("1985-tb-sgddt-lich-thi-hsg-lop-12.pdf", "Thông báo số 1985/TB-SGDĐT (bản PDF)")],
            "featured": True,
            "rating": (0, 0),
        },
    ),
    Story(
        id=1483,
        slug="thong-bao-tiep-nhan-ho-so-dang-ky-du-tuyen-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tiếp nhận hồ sơ đăng ký dự tuyển viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-25T17:30:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đăng ký dự tuyển viên chức làm việc "
            "tại các đơn vị sự nghiệp công lập trực thuộc Sở năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Tổng chỉ tiêu tuyển dụng năm 2026 là 47 chỉ tiêu, cụ thể như sau:"),
            P("STT | Vị trí việc làm | Chỉ tiêu", "row"),
            P("1 | Giáo viên THPT hạng III | 29", "row"),
            P("2 | Giáo viên THCS hạng III (trường PTDTNT) | 12", "row"),
            P("3 | Nhân viên thư viện - thiết bị | 6", "row"),
            P("Điều kiện đăng ký dự tuyển:", "b"),
            P("Có quốc tịch Việt Nam và cư trú tại Việt Nam; đủ 18 tuổi trở lên;", "li"),
            P("Có Phiếu đăng ký dự tuyển; có lý lịch rõ ràng;", "li"),
            P("Có văn bằng, chứng chỉ đào tạo phù hợp với vị trí việc làm dự tuyển;", "li"),
            P("Đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "li"),
            P(
                "Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 26/11/2026 đến hết ngày 25/12/2026 "
                "(trong giờ hành chính các ngày làm việc). Địa điểm: Văn phòng Sở Giáo dục và Đào "
                "tạo, số 6 đường Nguyễn Trãi, thành phố Hà Giang."
            ),
            Raw(
                '<p><em>Chi tiết xem tại: <a href="/vi/laws/detail/'
                'ke-hoach-tuyen-dung-vien-chuc-giao-duc-nam-2026-218.html">Kế hoạch số '
                "2041/KH-SGDĐT ngày 20/11/2026</a></em></p>"
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "publtime": "2026-11-25 17:30",
            "author_field": "Văn phòng Sở",
            "files": [("mau-phieu-dang-ky-du-tuyen-2026.pdf", "Mẫu Phiếu đăng ký dự tuyển")],
            "rating": (4, 1),
        },
    ),
    Story(
        id=1491,
        slug="tap-huan-boi-duong-giao-vien-cot-can-mon-tin-hoc-thuc-hien-chuong-trinh-gdpt-2018",
        title="Tập huấn bồi dưỡng giáo viên cốt cán môn Tin học thực hiện Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T08:40:00+07:00",
        summary=(
            "Từ ngày 30/11 đến 02/12/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn bồi dưỡng "
            "giáo viên cốt cán môn Tin học cấp THCS và THPT nhằm nâng cao năng lực dạy học lập "
            "trình và khai thác tài nguyên số."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/tap-huan-tin-hoc-cot-can.jpg",
                "Giáo viên cốt cán thực hành lập trình Python tại phòng máy Trường THPT Chuyên Hà Giang",
                "Giáo viên cốt cán thực hành lập trình Python tại phòng máy Trường THPT Chuyên Hà Giang",
                style="lead",
            ),
            P(
                "Tham gia lớp tập huấn có 78 giáo viên cốt cán môn Tin học đến từ các trường THCS, "
                "THPT và trung tâm GDNN-GDTX trên toàn tỉnh."
            ),
            P(
                "Nội dung tập huấn tập trung vào các chủ đề: dạy học lập trình với ngôn ngữ Python; "
                "dạy học chủ đề “Máy tính và cộng đồng”, “Đạo đức, pháp luật và văn hóa trong môi "
                "trường số”; xây dựng ma trận, đặc tả đề kiểm tra theo định hướng phát triển năng lực."
            ),
            P(
                "Lớp tập huấn được tổ chức theo hình thức trực tiếp tại Trường THPT Chuyên Hà Giang.",
                "brnext",
            ),
            P("Kinh phí tập huấn do ngân sách sự nghiệp giáo dục năm 2026 chi trả."),
            P(
                "Các giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị và hỗ trợ "
                "đồng nghiệp qua hệ thống bồi dưỡng trực tuyến của Sở trước ngày 31/12/2026."
            ),
        ],
        authors=["Trần Đức Thịnh"],
        opts={
            "publtime": "2026-12-03 08:40",
            "author_field": "Trần Đức Thịnh",
            "thumb": "/assets/news/2026_12/tap-huan-tin-hoc-cot-can.jpg",
            "tags": ["giao-vien"],
            "featured": True,
            "rating": (12, 3),
        },
    ),
    Story(
        id=1488,
        slug="chuyen-de-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so-lop-1-tai-huyen-yen-minh",
        title="Chuyên đề “Dạy học Tiếng Việt cho học sinh dân tộc thiểu số lớp 1” tại huyện Yên Minh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-01T14:00:00+07:00",
        summary=(
            "Ngày 28/11/2026, Phòng Giáo dục Tiểu học, Sở Giáo dục và Đào tạo phối hợp với Phòng "
            "Giáo dục và Đào tạo huyện Yên Minh tổ chức chuyên đề “Dạy học Tiếng Việt cho học sinh "
            "dân tộc thiểu số lớp 1” tại Trường PTDTBT Tiểu học Thắng Mố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có hơn 60 cán bộ quản lý, giáo viên dạy lớp 1 của 20 trường tiểu "
                "học trên địa bàn huyện."
            ),
            Img(
                "/uploads/news/2026_12/chuyen-de-tieng-viet-lop1-a.jpg",
                "Tiết dạy minh họa của cô giáo Vàng Thị Dua, Trường PTDTBT Tiểu học Thắng Mố",
                "Tiết dạy minh họa của cô giáo Vàng Thị Dua, Trường PTDTBT Tiểu học Thắng Mố",
                style="figure",
            ),
            P(
                "Tại chuyên đề, các đại biểu dự 02 tiết dạy minh họa môn Tiếng Việt lớp 1, trong đó "
                "giáo viên sử dụng linh hoạt tranh ảnh, vật thật, trò chơi học tập và hỗ trợ một phần "
                "bằng tiếng mẹ đẻ của học sinh để giúp các em hiểu nghĩa từ ngữ."
            ),
            P(
                "Sau tiết dạy, các đại biểu tập trung thảo luận những khó khăn khi dạy học sinh chưa "
                "thạo tiếng Việt như: học sinh nhút nhát, ngại giao tiếp, khó phân biệt các âm, vần "
                "gần giống nhau; thời lượng luyện nói còn ít."
            ),
            Img(
                "/uploads/news/2026_12/chuyen-de-tieng-viet-lop1-b.jpg",
                "Ảnh: Nông Thị Hậu",
                None,
                style="figure",
            ),
            P(
                "Chuyên đề đã giúp giáo viên có thêm nhiều biện pháp hay, phù hợp với thực tế để nâng "
                "cao chất lượng dạy học Tiếng Việt cho học sinh dân tộc thiểu số, chuẩn bị tốt cho "
                "các em học tập ở các lớp trên."
            ),
        ],
        authors=["Nông Thị Hậu"],
        photographers=["Nông Thị Hậu"],
        opts={
            "publtime": "2026-12-01 14:00",
            "author_field": "Nông Thị Hậu - Phòng GD&ĐT huyện Yên Minh",
            "thumb": "/assets/news/2026_12/chuyen-de-tieng-viet-lop1-a.jpg",
            "tags": ["dan-toc-thieu-so"],
            "rating": (8, 2),
        },
    ),
    Story(
        id=1484,
        slug="hoi-thao-doi-moi-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-nang-luc-hoc-sinh-cap-thpt",
        title="Hội thảo đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực học sinh cấp THPT",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-26T09:00:00+07:00",
        summary=(
            "Ngày 25/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thảo đổi mới kiểm tra, đánh giá "
            "theo định hướng phát triển phẩm chất, năng lực học sinh cấp THPT với sự tham gia của "
            "lãnh đạo và tổ trưởng chuyên môn của 34 trường THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhằm đánh giá kết quả triển khai Thông tư số 22/2021/TT-BGDĐT quy định về "
                "đánh giá học sinh trung học sau 4 năm thực hiện, chia sẻ kinh nghiệm và thống nhất "
                "các giải pháp nâng cao chất lượng công tác kiểm tra, đánh giá.",
                "word",
            ),
            P("Tại hội thảo, các đại biểu đã nghe 06 tham luận tập trung vào các nội dung:", "word"),
            P(
                "Xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo định dạng đề thi tốt nghiệp "
                "THPT từ năm 2025;",
                "li-word",
            ),
            P(
                "Sử dụng đa dạng các hình thức đánh giá thường xuyên: hỏi đáp, viết, thuyết trình, "
                "thực hành, sản phẩm học tập;",
                "li-word",
            ),
            P(
                "Ứng dụng phần mềm và ngân hàng câu hỏi trực tuyến trong tổ chức kiểm tra.",
                "li-word",
            ),
            P(
                "Các ý kiến thảo luận đều thống nhất: đổi mới kiểm tra, đánh giá phải gắn liền với "
                "đổi mới phương pháp dạy học; đề kiểm tra cần tăng cường câu hỏi gắn với tình huống "
                "thực tiễn, hạn chế yêu cầu học thuộc lòng máy móc.",
                "word",
            ),
            P(
                "Phát biểu kết luận, lãnh đạo Sở đề nghị các nhà trường chỉ đạo tổ chuyên môn sinh "
                "hoạt theo nghiên cứu bài học, xây dựng ngân hàng câu hỏi dùng chung và thực hiện "
                "nghiêm túc, khách quan các bài kiểm tra định kỳ trong học kỳ I.",
                "word",
            ),
            Raw(
                '<p align="right" class="MsoNormal" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;line-height:115%">ThS. Nguyễn Thị Lan Anh - Phòng GDTrH'
                "</span></b></p>"
            ),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"publtime": "2026-11-26 09:00", "rating": (6, 2)},
    ),
    Story(
        id=1479,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026-tai-huyen-dong-van",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Đồng Văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T15:30:00+07:00",
        summary=(
            "Từ ngày 16 - 17/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra công "
            "nhận kết quả thực hiện phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Đồng Văn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra hồ sơ phổ cập tại Ban chỉ đạo huyện và trực tiếp kiểm tra xác suất "
                "tại 5 xã, thị trấn gồm: thị trấn Phó Bảng, các xã Lũng Cú, Ma Lé, Sủng Là và Phố Cáo."
            ),
            Img(
                "/uploads/news/2026_11/kiem-tra-pcgd-dong-van.jpg",
                "Đoàn kiểm tra rà soát hồ sơ phổ cập tại UBND xã Lũng Cú",
                "Đoàn kiểm tra rà soát hồ sơ phổ cập tại UBND xã Lũng Cú",
                style="pem",
            ),
            P(
                "Kết quả kiểm tra cho thấy, huyện Đồng Văn duy trì đạt chuẩn phổ cập giáo dục mầm non "
                "cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học mức độ 2; phổ cập giáo dục THCS mức độ "
                "1 và đạt chuẩn xóa mù chữ mức độ 1."
            ),
            P(
                "Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 99,6%; tỷ lệ thanh, thiếu niên từ 15 đến 18 tuổi tốt "
                "nghiệp THCS đạt 86,4%; tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 1 đạt 92,1%."
            ),
            P(
                "Bên cạnh kết quả đạt được, đoàn kiểm tra chỉ ra một số hạn chế như: hồ sơ điều tra ở "
                "một số thôn chưa cập nhật kịp thời biến động dân số; tỷ lệ học sinh bỏ học ở cấp "
                "THCS còn cao tại xã Sủng Là. Đoàn đề nghị huyện có giải pháp vận động học sinh ra "
                "lớp, nhất là sau các kỳ nghỉ Tết."
            ),
        ],
        authors=["Hà Phương"],
        photographers=["Quốc Việt"],
        opts={
            "publtime": "2026-11-18 15:30",
            "author_field": "Tin: Hà Phương - Ảnh: Quốc Việt",
            "thumb": "/assets/news/2026_11/kiem-tra-pcgd-dong-van.jpg",
            "rating": (3, 1),
        },
    ),
    Story(
        id=1472,
        slug="sinh-hoat-chuyen-mon-theo-cum-truong-chia-se-kinh-nghiem-day-hoc-stem",
        title="Sinh hoạt chuyên môn theo cụm trường: chia sẻ kinh nghiệm dạy học STEM",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-04T10:00:00+07:00",
        summary=(
            "Ngày 02/11/2026, cụm các trường THCS phía Tây tỉnh gồm các huyện Hoàng Su Phì, Xín "
            "Mần và Bắc Quang đã tổ chức sinh hoạt chuyên môn chuyên đề dạy học STEM tại Trường "
            "THCS Vĩnh Tuy."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/stem-vinh-tuy.jpg", "", None, style="lead"),
            P(
                "Theo kế hoạch của Sở Giáo dục và Đào tạo, mỗi học kỳ các cụm trường tổ chức ít nhất "
                "01 buổi sinh hoạt chuyên môn liên trường nhằm chia sẻ kinh nghiệm, tháo gỡ khó khăn "
                "trong thực hiện Chương trình GDPT 2018."
            ),
            P(
                "Tại buổi sinh hoạt, giáo viên Trường THCS Vĩnh Tuy thực hiện bài học STEM “Thiết kế "
                "hệ thống tưới nước tự động cho vườn rau” dành cho học sinh lớp 8. Học sinh làm việc "
                "theo nhóm, vận dụng kiến thức Khoa học tự nhiên, Công nghệ và Toán để thiết kế, lắp "
                "ráp và vận hành sản phẩm."
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
                'height="360" src="https://www.youtube.com/embed/Qm3vT8sLw2E" width="640"></iframe></p>'
            ),
            P(
                "Các đại biểu đánh giá cao ý tưởng của bài học, đồng thời góp ý về cách tổ chức để "
                "mọi học sinh đều được tham gia, cách đánh giá sản phẩm và quá trình làm việc nhóm "
                "của học sinh."
            ),
            P(
                "Dịp này, các trường trong cụm cũng chia sẻ kinh nghiệm huy động nguồn vật liệu tái "
                "chế, vật liệu sẵn có tại địa phương để tổ chức các hoạt động STEM với chi phí thấp, "
                "phù hợp điều kiện vùng khó khăn."
            ),
        ],
        opts={
            "publtime": "2026-11-04 10:00",
            "thumb": "/assets/news/2026_11/stem-vinh-tuy.jpg",
            "rating": (0, 0),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

TAGS = {
    "giao-vien": "giáo viên",
    "hoc-sinh-gioi": "học sinh giỏi",
    "dan-toc-thieu-so": "dân tộc thiểu số",
}


def _publ(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["publtime"], "%Y-%m-%d %H:%M")


def _by_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_publ, reverse=True)


def _newest(n: int | None = None) -> list[Story]:
    items = sorted(STORIES, key=_publ, reverse=True)
    return items[:n] if n else items


def _link(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def _print_link(story: Story, kind: str = "print") -> str:
    return f"/vi/news/{kind}/{story.cat}/{story.slug}-{story.id}.html"


def _marquee_link(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


# --- the laws register ----------------------------------------------------------------------

LAWS = [
    {
        "id": 221,
        "slug": "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "code": "1985/TB-SGDĐT",
        "title": "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        "publ": "02/12/2026",
        "start": "02/12/2026",
        "signer": "Nguyễn Mạnh Cường",
        "type": "Thông báo",
        "field": "Quản lý chất lượng",
        "file": "1985-tb-sgddt.pdf",
    },
    {
        "id": 218,
        "slug": "ke-hoach-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "code": "2041/KH-SGDĐT",
        "title": "Kế hoạch tuyển dụng viên chức giáo dục làm việc tại các đơn vị trực thuộc Sở năm 2026",
        "publ": "20/11/2026",
        "start": "20/11/2026",
        "signer": "Hoàng Văn Sơn",
        "type": "Kế hoạch",
        "field": "Tổ chức cán bộ",
        "file": "2041-kh-sgddt.pdf",
    },
    {
        "id": 212,
        "slug": "ke-hoach-cong-tac-tu-van-tam-ly-hoc-sinh-nam-hoc-2026-2027",
        "code": "1703/KH-SGDĐT",
        "title": "Kế hoạch thực hiện công tác tư vấn tâm lý cho học sinh năm học 2026 - 2027",
        "publ": "02/10/2026",
        "start": "02/10/2026",
        "signer": "Nguyễn Mạnh Cường",
        "type": "Kế hoạch",
        "field": "Giáo dục Trung học",
        "file": "1703-kh-sgddt.pdf",
    },
]


def _law_link(law: dict) -> str:
    return f"/vi/laws/detail/{law['slug']}-{law['id']}.html"


ABOUT = {
    "gioi-thieu-chung": "Giới thiệu chung",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "lich-cong-tac-tuan-50-nam-2026": "Lịch công tác tuần 50 (từ 07/12/2026 đến 13/12/2026)",
}


# --- text as the editors stored it -----------------------------------------------------------


def _t(value: str) -> str:
    """Escaped text (quotes kept as typed)."""
    return _html.escape(value, quote=False)


def _ck_entities(markup: str) -> str:
    """CKEditor 4's ``entities_latin``: Latin-1 letters as named entities, the rest raw UTF-8."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 160 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _vn_day(when: _dt.datetime) -> str:
    return _WEEKDAYS[when.weekday()]


def _detail_time(story: Story) -> str:
    """``nv_date('l - d/m/Y H:i')`` as the detail page prints it."""
    when = _publ(story)
    return f"{_vn_day(when)} - {when:%d/%m/%Y %H:%M}"


def _list_time(story: Story) -> str:
    """``nv_date('d/m/Y h:i:s A')`` as the category listings print it."""
    return _publ(story).strftime("%d/%m/%Y %I:%M:%S %p")


def _iso(when: _dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _clean(title: str, limit: int = 60) -> str:
    """``nv_clean60``: cut at a word boundary before ``limit`` characters, then "..."."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,:-") + "..."


def _views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


# --- article body ------------------------------------------------------------------------------

_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:115%"><span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:'
    '&quot;Times New Roman&quot;,serif">{}</span><o:p></o:p></p>'
)
_WORD_LI = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:36.0pt;mso-add-space:auto;'
    'text-align:justify;text-indent:-18.0pt;line-height:115%;mso-list:l0 level1 lfo1">'
    "<!--[if !supportLists]--><span lang=\"VI\" style=\"font-size:14.0pt;line-height:115%;"
    'font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
    '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
    '<span lang="VI" style="font-size:14.0pt;line-height:115%">{text}</span><o:p></o:p></p>'
)


def _ptext(block: P) -> str:
    value = unicodedata.normalize("NFD", block.text) if block.style == "nfd" else block.text
    return _t(value)


def _img_html(img: Img) -> str:
    if img.style == "figure":
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f'<img alt="" height="533" src="{esc(img.src)}" width="800" />'
            f"<figcaption>{_t(img.printed or '')}</figcaption></figure>\n</div>"
        )
    line = (
        f'\n<p style="text-align: center;"><em>{_t(img.printed)}</em></p>' if img.printed else ""
    )
    return (
        f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" '
        f'style="width: 700px; height: 467px;" /></p>{line}'
    )


def _body_html(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("row", "li", "li-word"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                group.append(blocks[i])
                i += 1
            if block.style == "row":
                rows = []
                for n, row in enumerate(group):
                    cells = row.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align: center;"><strong>{_t(c)}</strong></td>' for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>"
                )
            elif block.style == "li":
                out.append("<ul>\n" + "\n".join(f"\t<li>{_t(b.text)}</li>" for b in group) + "\n</ul>")
            else:
                for n, b in enumerate(group):
                    pos = "First" if n == 0 else ("Last" if n == len(group) - 1 else "Middle")
                    out.append(_WORD_LI.format(pos=pos, text=_t(b.text)))
            continue
        if isinstance(block, P):
            if block.style == "brnext" and i + 1 < len(blocks):
                nxt = blocks[i + 1]
                out.append(f'<p style="text-align: justify;">{_ptext(block)}<br />\n{_ptext(nxt)}</p>')
                i += 2
                continue
            if block.style == "b":
                out.append(f"<p><strong>{_t(block.text)}</strong></p>")
            elif block.style == "word":
                out.append(_WORD_P.format(_t(block.text)))
            elif story.id == 1492:
                out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{_ptext(block)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{_ptext(block)}</p>')
        elif isinstance(block, Img):
            out.append(_img_html(block))
        else:
            out.append(block.html)
        i += 1
    markup = "\n".join(out)
    return _ck_entities(markup) if story.opts.get("entities") else markup


def _lead_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)


# --- chrome --------------------------------------------------------------------------------


def _crumbs(trail: list[tuple[str, str]]) -> str:
    items = []
    for n, (label, href) in enumerate([("Trang nhất", "/vi/"), *trail], start=1):
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
            f'{_t(label)}</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap">\n<div class="display">\n'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>\n<ul class="breadcrumbs list-none"></ul>\n'
        '</div>\n<ul class="subs-breadcrumbs"></ul>\n'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>"
    )


def _menu(active: str) -> str:
    def cls(key: str, extra: str = "") -> str:
        names = " ".join(n for n in (extra, "active" if key == active else "") if n)
        return f' class="{names}"' if names else ""

    news_sub = "\n".join(
        f'<li><a href="/vi/news/{alias}/" title="{esc(label)}">{_t(label)}</a></li>'
        for alias, label in CATS.items()
    )
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/vi/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li{cls("about", "dropdown")} role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li>
<li><a href="/vi/about/co-cau-to-chuc.html" title="Cơ cấu tổ chức">Cơ cấu tổ chức</a></li>
</ul></li>
<li{cls("news", "dropdown")} role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/news/" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
{news_sub}
</ul></li>
<li{cls("laws", "dropdown")} role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/laws/" title="Văn bản">Văn bản <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/vi/laws/" title="Văn bản mới ban hành">Văn bản mới ban hành</a></li>
<li><a href="/vi/laws/search/" title="Tra cứu văn bản">Tra cứu văn bản</a></li>
</ul></li>
<li{cls("lich")}><a href="/vi/about/lich-cong-tac-tuan-50-nam-2026.html" title="Lịch công tác">Lịch công tác</a></li>
<li><a href="https://dichvucong.hagiang.gov.vn/" title="Dịch vụ công" target="_blank">Dịch vụ công</a></li>
<li{cls("contact")}><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul>
</div></div></div></div></div>
</nav>"""


def _left(active_cat: str | None) -> str:
    tree = []
    for alias, label in CATS.items():
        cls = ' class="active"' if alias == active_cat else ""
        tree.append(
            f'<li{cls}><a title="{esc(label)}" href="/vi/news/{alias}/">{_t(label)}</a></li>'
        )
    newest = "\n".join(
        f'<li class="clearfix"><a href="{_link(s)}" title="{esc(s.title)}">'
        f"{_t(_clean(s.title))}</a></li>"
        for s in _newest(5)
    )
    return f"""<div class="col-sm-6 col-md-6">
<div class="clearfix panel metismenu">
<div class="panel-heading tieude-khoi">DANH MỤC</div>
<aside class="sidebar">
<nav class="sidebar-nav">
<ul id="menu_51">
<li><a title="Giới thiệu" href="/vi/about/gioi-thieu-chung.html">Giới thiệu</a><span class="fa arrow expand"></span>
<ul>
<li><a title="Giới thiệu chung" href="/vi/about/gioi-thieu-chung.html">Giới thiệu chung</a></li>
<li><a title="Cơ cấu tổ chức" href="/vi/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>
</ul></li>
<li><a title="Tin tức" href="/vi/news/">Tin tức</a><span class="fa arrow expand"></span>
<ul>
{chr(10).join(tree)}
</ul></li>
<li><a title="Văn bản chỉ đạo, điều hành" href="/vi/laws/">Văn bản chỉ đạo, điều hành</a></li>
<li><a title="Lịch công tác" href="/vi/about/lich-cong-tac-tuan-50-nam-2026.html">Lịch công tác</a></li>
<li><a title="Liên hệ" href="/vi/contact/">Liên hệ</a></li>
</ul>
</nav>
</aside>
</div>
<div class="panel panel-default">
<div class="panel-heading tieude-khoi">Tin mới</div>
<div class="panel-body">
<ul class="block_tophits list-none">
{newest}
</ul>
</div>
</div>
<div class="panel panel-default">
<div class="panel-body text-center">
<a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banner/cong-dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" width="230" /></a>
<a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" width="230" /></a>
</div>
</div>
</div>"""


def _right() -> str:
    b1, b2 = _by_cat("thong-bao")[:2]
    laws = "\n".join(
        f'<li><a href="{_law_link(law)}" title="{esc(law["title"])}"><strong>{_t(law["code"])}</strong></a>'
        f'<br /><span class="vbm-trichyeu">{_t(_clean(law["title"], 70))}</span>'
        f'<br /><span class="text-muted">Ngày ban hành: {law["publ"]}</span></li>'
        for law in LAWS
    )
    return f"""<div class="col-sm-6 col-md-6">
<div class="panel panel-primary">
<div class="panel-heading tieude-khoi">Thông báo</div>
<div class="panel-body">
<marquee direction="up" height="190" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="2">
<p><img alt="" src="/uploads/icon/new.gif" /> <a href="{esc(_marquee_link(b1))}">{_t(b1.title)}</a></p>
<p><img alt="" src="/uploads/icon/new.gif" /> <a href="{esc(_link(b2))}">{_t(b2.title)}</a></p>
<p>Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12/2026: ngày 15/12/2026 tại Trụ sở Sở Giáo dục và Đào tạo.</p>
</marquee>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading tieude-khoi">Văn bản mới</div>
<div class="panel-body">
<ul class="list-none vb-moi">
{laws}
</ul>
<p class="text-right"><a href="/vi/laws/">Xem tất cả &raquo;</a></p>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading tieude-khoi">Lịch công tác</div>
<div class="panel-body lct-block">
<p class="lct-ngay"><strong>Thứ Hai, 07/12/2026</strong></p>
<p>- 08h00: Giám đốc Sở dự Hội nghị Ban Chấp hành Đảng bộ tỉnh.</p>
<p>- 14h00: Phó Giám đốc Nguyễn Mạnh Cường làm việc với Phòng Quản lý chất lượng.</p>
<p class="lct-ngay"><strong>Thứ Ba, 08/12/2026</strong></p>
<p>- Cả ngày: Đoàn kiểm tra của Sở kiểm tra công tác bán trú tại huyện Quản Bạ.</p>
<p class="text-right"><a href="/vi/about/lich-cong-tac-tuan-50-nam-2026.html">Xem lịch cả tuần &raquo;</a></p>
</div>
</div>
<div class="panel panel-default">
<div class="panel-heading tieude-khoi">Thăm dò ý kiến</div>
<div class="panel-body">
<form action="#" method="get">
<p><strong>Bạn quan tâm đến thông tin nào trên Cổng thông tin điện tử của Sở?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="11"> Tin tức, sự kiện</label></div>
<div class="radio"><label><input type="radio" name="option" value="12"> Văn bản chỉ đạo, điều hành</label></div>
<div class="radio"><label><input type="radio" name="option" value="13"> Tuyển sinh, thi cử</label></div>
<div class="clearfix">
<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '3', '1', 'a1f0c3', '', '0');" />
<input class="btn btn-primary btn-sm" value="Kết quả" type="button" onclick="nv_sendvoting(this.form, '3', 0, 'a1f0c3', '', '0');" />
</div>
</form>
</div>
</div>
<div class="panel panel-default">
<div class="panel-heading tieude-khoi">Liên kết website</div>
<div class="panel-body">
<select class="form-control" onchange="if(this.value) window.open(this.value, '_blank');">
<option value="">--- Chọn liên kết ---</option>
<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
<option value="https://hagiang.gov.vn/">Cổng TTĐT tỉnh Hà Giang</option>
<option value="https://baohagiang.vn/">Báo Hà Giang</option>
</select>
</div>
</div>
<div class="panel panel-default">
<div class="panel-heading tieude-khoi">Thống kê truy cập</div>
<div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">2.145</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>58.310</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>4.318.226</span></li>
</ul>
</div>
</div>
</div>"""


def _page(
    request: Request,
    *,
    title: str,
    main: str,
    trail: list[tuple[str, str]],
    canonical: str,
    active: str = "",
    active_cat: str | None = None,
    head: str = "",
    home: bool = False,
    func: str = "main",
    module: str = "news",
    description: str = "",
) -> str:
    full_title = f"{title} - {SITE}" if title != SITE else SITE
    if home:
        logo_text = f"<h1>{_t(SITE)}</h1>\n<h2>Cổng thông tin điện tử</h2>"
    else:
        logo_text = (
            f'<span class="site_name">{_t(SITE)}</span>\n'
            '<span class="site_description">Cổng thông tin điện tử</span>'
        )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{_t(full_title)}</title>
<meta name="description" content="{esc(description or title)}">
<meta name="author" content="{esc(SITE)}">
<meta name="copyright" content="{esc(SITE)} [webmaster@sgddt.hagiang.gov.vn]">
<meta name="generator" content="NukeViet v4.3">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(full_title)}">
<meta property="og:description" content="{esc(description or title)}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:url" content="{esc(base_url(request) + canonical)}">
{head}<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{esc(base_url(request) + canonical)}">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1713">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1713">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css?t=1713">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1713">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1713">
<script src="/assets/js/jquery/jquery.min.js?t=1713"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hg9x2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js?t=1713"></script>
<script src="/assets/js/global.js?t=1713"></script>
<script src="{THEME}/js/main.js?t=1713"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE)}" href="/vi/"><img src="/uploads/logo-sgd-hagiang.png" width="92" height="92" alt="{esc(SITE)}" /></a>
{logo_text}
</div>
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="hdr-ngay"><em class="fa fa-calendar">&nbsp;</em>{HEADER_TODAY}</div>
<div class="hdr-banner"><img src="/uploads/banner/banner-top-2026.jpg" alt="Chào mừng năm học 2026 - 2027" width="780" height="110" /></div>
</div>
</div>
</div>
</header>
{_menu(active)}
<div class="container" id="body">
<nav class="third-nav">
<div class="row">
<div class="bg">
<div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
{_crumbs(trail)}
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6">
<div class="input-group">
<input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." />
<span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/vi/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
</div>
</div>
</div>
</div>
</div>
</nav>
<div class="row">
{_left(active_cat)}
<div class="col-sm-12 col-md-12">
{main}
</div>
{_right()}
</div>
</div>
<footer id="footer">
<div class="wraper">
<div class="container">
<div class="row">
<div class="col-xs-24 col-sm-24 col-md-14">
<div class="panel-body">
<h3 class="column-title">{_t(SITE)}</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{_t(SITE)}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 6 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02193866145"><span itemprop="telephone">0219.3866.145</span></a> - Fax: 0219.3866.140</span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:sgddt@hagiang.gov.vn"><span itemprop="email">sgddt@hagiang.gov.vn</span></a></span></li>
</ul>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-10">
<div class="panel-body">
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Giang.</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 05/3/2019.</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Hà Giang" khi phát hành lại thông tin từ website này.</p>
<div class="copyright">&copy; Bản quyền thuộc về {_t(SITE)} | <a href="https://nukeviet.vn" target="_blank">Powered by NukeViet CMS</a></div>
</div>
</div>
</div>
</div>
</div>
</footer>
</div>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="{THEME}/js/bootstrap.min.js?t=1713"></script>
</body>
</html>"""


# --- the news module -------------------------------------------------------------------------


def _tools(story: Story) -> str:
    title = esc(story.title).replace("'", "\\'")
    return (
        '<ul class="list-inline text-right">\n'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{_print_link(story, 'sendmail')}','{title}',650,500,"
        "'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>\n'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{_print_link(story)}','{title}',840,500,"
        "'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li>\n'
        f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{_print_link(story, "savefile")}">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li>\n</ul>'
    )


def _files_panel(story: Story, request: Request) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = []
    for n, (fname, label) in enumerate(files):
        viewer = quote(f"{base_url(request)}/uploads/news/2026_12/{fname}", safe="")
        rows.append(
            '<div class="list-group-item">\n'
            f'<span class="badge"><a role="button" data-toggle="collapse" href="#file-{story.id}-{n}" '
            'aria-expanded="false"><i class="fa fa-eye" data-rel="tooltip" data-content="Xem trước">'
            "</i></a></span>\n"
            f'<a href="{_link(story)}?download=1&amp;id={n}" title="Tải về: {esc(label)}">Tải về: '
            f"<strong>{_t(label)}</strong></a>\n"
            f'<div class="clearfix"></div>\n<div class="collapse" id="file-{story.id}-{n}">'
            f'<iframe height="600" scrolling="yes" src="https://docs.google.com/viewer?embedded=true&amp;url={viewer}" '
            'width="100%"></iframe></div>\n</div>'
        )
    return (
        '<div class="news-download-file">\n<div class="panel panel-default">\n'
        '<div class="panel-heading"><em class="fa fa-paperclip">&nbsp;</em> Tài liệu đính kèm</div>\n'
        '<div class="list-group">\n' + "\n".join(rows) + "\n</div>\n</div>\n</div>"
    )


def _related_li(story: Story) -> str:
    hometext = esc(story.summary or "")
    img = f' data-img="{story.opts["thumb"]}"' if story.opts.get("thumb") else ""
    return (
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{_link(story)}" '
        f'data-placement="bottom" data-content="{hometext}"{img} data-rel="tooltip" '
        f'title="{esc(story.title)}">{_t(story.title)}</a> <em>({_publ(story):%d/%m/%Y})</em></li>'
    )


def _others(story: Story) -> str:
    newer = [s for s in _by_cat(story.cat) if _publ(s) > _publ(story)][-4:]
    tags = set(story.opts.get("tags", []))
    related = [
        s
        for s in _newest()
        if s.id != story.id and _publ(s) > _publ(story) and tags & set(s.opts.get("tags", []))
    ][:3]
    parts = []
    if related:
        parts.append(
            '<p class="h3"><strong>Tin liên quan</strong></p>\n<div class="clearfix">\n<ul class="related list-items">\n'
            + "\n".join(_related_li(s) for s in related)
            + "\n</ul>\n</div>"
        )
    if newer:
        parts.append(
            '<p class="h3"><strong>Tin cùng chuyên mục</strong></p>\n<div class="clearfix">\n<ul class="related list-items">\n'
            + "\n".join(_related_li(s) for s in newer)
            + "\n</ul>\n</div>"
        )
    if not parts:
        return ""
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n'
        + "\n".join(parts)
        + "\n</div>\n</div>"
    )


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    listing = "\n".join(
        '<div class="media">\n<a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" width="40" alt="" /></a>\n'
        '<div class="media-body">\n'
        f'<div class="comment-header"><strong>{_t(name)}</strong> <em class="text-muted">{when}</em></div>\n'
        f'<div class="comment-content">{_t(said)}</div>\n'
        f'<div class="comment-footer"><a href="#" onclick="nv_commment_reply({story.id * 10 + n}, '
        f"'{esc(name)}');\">Trả lời</a> <a href=\"javascript:void(0);\" "
        f"onclick=\"nv_commment_like({story.id * 10 + n}, 1);\">Thích</a></div>\n"
        "</div>\n</div>"
        for n, (name, when, said) in enumerate(items)
    )
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="" data-area="8" data-id="{story.id}" data-allowed="4" data-checkss="{story.id:x}9e1c4b2d77a0">
<div class="row clearfix margin-bottom-lg">
<div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc ({len(items)})</p></div>
<div class="col-xs-12 text-right"><select class="form-control" id="sort" onchange="nv_comment_sort_change('news', 8, {story.id}, 4, this.value);"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div>
</div>
<div id="showcomment" class="margin-bottom-lg">
<div class="comment-list">
{listing}
</div>
</div>
<div id="formcomment" class="comment-form">
<form method="post" role="form" target="submitcommentarea" action="/index.php?language=vi&amp;nv=comment&amp;op=post" onsubmit="return nv_comment_submit(this);" autocomplete="off" novalidate>
<input type="hidden" name="module" value="news" /><input type="hidden" name="area" value="8" /><input type="hidden" name="id" value="{story.id}" />
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" value="" class="form-control" placeholder="Họ và tên" /></div><div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email" /></div></div></div>
<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" id="commentcontent" cols="20" rows="5" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group clearfix"><label class="control-label">Mã bảo mật</label> <img class="captchaImg display-inline-block" src="/assets/images/captcha-default.png" width="150" height="40" alt="Mã bảo mật" /> <input type="text" maxlength="6" value="" name="code" class="form-control display-inline-block" style="width:100px;" /></div>
<div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default" onclick="nv_comment_reset(this.form);" /> <input type="submit" value="Gửi bình luận" class="btn btn-primary" /></div>
</form>
<iframe class="hidden" id="submitcommentarea" name="submitcommentarea"></iframe>
</div>
</div>
</div>
</div>"""


def _detail_main(story: Story, request: Request) -> str:
    when = _publ(story)
    modified = (when + _dt.timedelta(days=1)).replace(hour=8, minute=2)
    lead = _lead_img(story)
    figure = ""
    if lead:
        alt = lead.printed or story.title
        figure = (
            "<figure class=\"article left pointer\" onclick=\"modalShowByObj('#imgpreview', 'show');\">\n"
            '<div id="imgpreview" style="width:460px;">\n'
            f'<p class="text-center"><img alt="{esc(alt)}" src="{esc(lead.src)}" width="460" class="img-thumbnail" /></p>\n'
            f"<figcaption>{_t(lead.printed or '')}</figcaption>\n</div>\n</figure>\n"
        )
    byline = []
    if story.opts.get("author_field"):
        byline.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{_t(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        byline.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{_t(story.opts["source_field"])}</p>')
    byline_html = (
        '<div class="margin-bottom-lg">\n' + "\n".join(byline) + "\n</div>\n" if byline else ""
    )
    tags = story.opts.get("tags", [])
    tags_html = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{_t(TAGS[t])}</em></a>' for t in tags
        )
        tags_html = (
            '<div class="news_column panel panel-default">\n<div class="panel-body">\n<div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>\n</div>\n</div>\n'
        )
    points, votes = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{label}" />'
        for n, label in enumerate(
            ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], start=1
        )
    )
    schema_author = story.opts.get("author_field") or SITE
    hometext = _t(story.summary or "")
    if story.opts.get("entities"):
        hometext = _ck_entities(hometext)
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_t(story.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{_t(schema_author)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{_iso(when)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{_iso(modified)}</span>
<span class="hidden hide d-none" itemprop="description">{hometext}</span>
<span class="hidden hide d-none" itemprop="url">{esc(base_url(request) + _link(story))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{esc(base_url(request) + _link(story))}</span>
<span class="hidden hide d-none" itemprop="image">{esc(base_url(request) + (lead.src if lead else "/uploads/logo-sgd-hagiang.png"))}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{_t(SITE)}</span><span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{esc(base_url(request))}/uploads/logo-sgd-hagiang.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{_detail_time(story)}</span></div>
<div class="col-md-12">
{_tools(story)}
</div>
</div>
<div class="clearfix">
{figure}<div class="hometext m-bottom" itemprop="description" style="font-weight:bold">{hometext}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_body_html(story)}
</div>
{_files_panel(story, request)}
{byline_html}<div class="alert alert-info margin-bottom-lg"><em class="fa fa-info-circle">&nbsp;</em> Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Hà Giang" khi phát hành lại thông tin từ website này.</div>
</div>
</div>
{tags_html}<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<div style="padding: 5px;">{stars}</div>
<span class="hidden-xs">Click để đánh giá bài viết</span>
</div>
</form>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body" style="margin-bottom:0">
<div style="display:flex;align-items:flex-start;">
<div class="margin-right"><strong>Chia sẻ:</strong></div>
<div class="margin-right"><div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{esc(base_url(request) + _link(story))}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
<div class="margin-right"><div class="zalo-share-button" data-href="{esc(base_url(request) + _link(story))}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div></div>
<div><a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + _link(story), safe="")}" class="btn btn-primary btn-xs" target="_blank" rel="noopener"><em class="fa fa-facebook"></em> Facebook</a></div>
</div>
</div>
</div>
{_comments(story)}
{_others(story)}"""


def _detail(story: Story, request: Request) -> Response:
    cat = CATS[story.cat]
    when = _publ(story)
    head = (
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:image" content="{esc(base_url(request))}{esc((_lead_img(story) or Img("/uploads/logo-sgd-hagiang.png")).src)}">\n'
        f'<meta property="article:published_time" content="{_iso(when)}">\n'
        f'<meta property="article:modified_time" content="{_iso((when + _dt.timedelta(days=1)).replace(hour=8, minute=2))}">\n'
        f'<meta property="article:section" content="{esc(cat)}">\n'
        f'<link rel="alternate" href="/vi/news/rss/{story.cat}/" title="{esc(cat)}" type="application/rss+xml">\n'
    )
    page = _page(
        request,
        title=f"{story.title} - {cat}",
        main=_detail_main(story, request),
        trail=[("Tin tức", "/vi/news/"), (cat, f"/vi/news/{story.cat}/")],
        canonical=_link(story),
        active="news",
        active_cat=story.cat,
        head=head,
        func="detail",
        description=story.summary or "",
    )
    return html(page)


def _print_page(story: Story, request: Request, attachment: bool) -> Response:
    lead = _lead_img(story)
    img = ""
    if lead:
        img = (
            f'<div class="imghome text-center"><img alt="{esc(lead.printed or story.title)}" src="{esc(lead.src)}" '
            f'width="460" /><p><em>{_t(lead.printed or "")}</em></p></div>\n'
        )
    byline = ""
    if story.opts.get("author_field"):
        byline += f'<div id="author"><strong>Tác giả: </strong>{_t(story.opts["author_field"])}</div>\n'
    if story.opts.get("source_field"):
        byline += f'<div id="source"><strong>Nguồn tin: </strong>{_t(story.opts["source_field"])}</div>\n'
    url = base_url(request) + _link(story)
    hometext = _t(story.summary or "")
    if story.opts.get("entities"):
        hometext = _ck_entities(hometext)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_t(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{esc(url)}" />
<link rel="StyleSheet" href="/themes/default/css/news.print.css" type="text/css" />
</head>
<body>
<div id="print">
<div id="hd_print">
<h2 class="pull-left">{_t(SITE)}</h2>
<p class="pull-right"><a title="{esc(SITE)}" href="{esc(base_url(request))}/vi/">{esc(base_url(request))}</a></p>
</div>
<div class="clear"></div>
<hr />
<div id="content">
<h1>{_t(story.title)}</h1>
<ul class="list-inline">
<li>{_detail_time(story)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>
</ul>
<div class="clear"></div>
<div id="hometext"><strong>{hometext}</strong></div>
{img}<div class="clear"></div>
<div id="bodytext" class="clearfix">
{_body_html(story)}
</div>
{byline}</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{esc(url)}" title="{esc(story.title)}">{esc(url)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {_t(SITE)}</div>
<div id="contact"><a href="mailto:sgddt@hagiang.gov.vn">sgddt@hagiang.gov.vn</a></div>
</div>
</div>
</body>
</html>"""
    headers = {}
    if attachment:
        headers["Content-Disposition"] = f'attachment; filename="{story.slug}.html"'
    return html(page, headers=headers)


def _sendmail_page(story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow" /></head>
<body>
<div class="sendmail">
<form id="sendmailForm" action="{_print_link(story, 'sendmail')}" method="post" class="form-horizontal">
<p class="h3">Gửi bài viết qua email: <strong>{_t(story.title)}</strong></p>
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control" /></div>
<div class="form-group"><label>Email của bạn</label><input type="email" name="youremail" class="form-control" /></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="content" class="form-control" rows="5"></textarea></div>
<input type="submit" value="Gửi bài viết" class="btn btn-primary" />
</form>
</div>
</body></html>"""
    return html(page)


def _box(story: Story) -> str:
    thumb = story.opts.get("thumb")
    img = (
        f'<a href="{_link(story)}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{thumb}" '
        'width="183" class="img-thumbnail pull-left imghome" /></a>\n'
        if thumb
        else ""
    )
    cm = len(story.opts.get("comments", []))
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
{img}<h3><a href="{_link(story)}" title="{esc(story.title)}">{_t(story.title)}</a></h3>
<div class="text-muted">
<ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {_list_time(story)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Xem: {_views(story)}</li>
<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {cm}</li>
</ul>
</div>
<div class="text-justify">{_t(story.summary or "")}</div>
</div>
</div>"""


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}" title="Trang trước">Trang trước</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">Trang trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" href="{href(page + 1)}" title="Trang sau">Trang sau</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">Trang sau</a></li>')
    return '<div class="text-center">\n<ul class="pagination">\n' + "\n".join(items) + "\n</ul>\n</div>"


def _category(request: Request, cat: str, page: int) -> Response | None:
    items = _by_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/vi/news/{cat}/"
    here = base if page == 1 else f"{base}page-{page}/"
    label = CATS[cat]
    main = (
        f'<div class="page-title"><h2 class="cat-title"><a href="{base}" title="{esc(label)}">{_t(label)}</a></h2>'
        f'<a class="pull-right" href="/vi/news/rss/{cat}/" title="RSS"><em class="fa fa-rss"></em></a></div>\n'
        + "\n".join(_box(s) for s in chunk)
        + "\n"
        + _pagination(base, page, pages)
    )
    title = label if page == 1 else f"{label} - Trang {page}"
    head = f'<link rel="alternate" href="/vi/news/rss/{cat}/" title="{esc(label)}" type="application/rss+xml">\n'
    if page < pages:
        head += f'<link rel="next" href="{base}page-{page + 1}/">\n'
    if page > 1:
        head += f'<link rel="prev" href="{base if page == 2 else f"{base}page-{page - 1}/"}">\n'
    return html(
        _page(
            request,
            title=title,
            main=main,
            trail=[("Tin tức", "/vi/news/"), (label, base)],
            canonical=here,
            active="news",
            active_cat=cat,
            head=head,
            func="viewcat",
            description=f"{label} - {SITE}",
        )
    )


def _slider() -> str:
    featured = [s for s in _newest() if s.opts.get("featured")][:4]
    items = []
    for n, s in enumerate(featured):
        thumb = s.opts.get("thumb") or "/themes/sgd-hagiang/images/no-image-tdiem.jpg"
        items.append(
            f'<div class="item{" active" if n == 0 else ""}">\n'
            f'<a href="{_link(s)}" title="{esc(s.title)}"><img src="{thumb}" alt="{esc(s.title)}" width="500" height="300" /></a>\n'
            f'<div class="caption-tdiem"><a href="{_link(s)}" title="{esc(s.title)}">{_t(_clean(s.title))}</a>'
            f'<span class="time">{_publ(s):%d/%m/%Y}</span></div>\n</div>'
        )
    return (
        '<div class="panel panel-primary tin-tieu-diem">\n<div class="panel-heading tieude-khoi">Tin tiêu điểm</div>\n'
        '<div class="panel-body">\n<div id="hot-news" class="owl-carousel slide-tdiem">\n'
        + "\n".join(items)
        + "\n</div>\n</div>\n</div>"
    )


def _home(request: Request, home: bool) -> Response:
    boxes = []
    for cat, label in CATS.items():
        items = _by_cat(cat)[:3]
        first, rest = items[0], items[1:]
        thumb = first.opts.get("thumb")
        img = (
            f'<a href="{_link(first)}" title="{esc(first.title)}"><img src="{thumb}" alt="{esc(first.title)}" '
            'width="150" class="img-thumbnail pull-left imghome" /></a>\n'
            if thumb
            else ""
        )
        others = "\n".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="show" href="{_link(s)}" '
            f'title="{esc(s.title)}">{_t(_clean(s.title, 70))}</a></li>'
            for s in rest
        )
        boxes.append(
            f"""<div class="news_column panel panel-default">
<div class="panel-heading">
<h4><a title="{esc(label)}" href="/vi/news/{cat}/"><span>{_t(label)}</span></a></h4>
</div>
<div class="panel-body">
<div class="row">
<div class="col-md-14">
{img}<h3><a href="{_link(first)}" title="{esc(first.title)}">{_t(first.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {_list_time(first)}</p>
<p>{_t(first.summary or "")}</p>
</div>
<div class="col-md-10">
<ul class="related">
{others}
</ul>
</div>
</div>
</div>
</div>"""
        )
    head = "".join(
        f'<link rel="alternate" href="/vi/news/rss/{cat}/" title="{esc(label)}" type="application/rss+xml">\n'
        for cat, label in CATS.items()
    )
    return html(
        _page(
            request,
            title=SITE if home else "Tin tức",
            main=_slider() + "\n" + "\n".join(boxes),
            trail=[] if home else [("Tin tức", "/vi/news/")],
            canonical="/vi/" if home else "/vi/news/",
            active="" if home else "news",
            head=head,
            home=home,
            description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Giang",
        )
    )


def _tag(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    items = [s for s in _newest() if alias in s.opts.get("tags", [])]
    main = (
        f'<div class="page-title"><h2>Từ khóa: <strong>{_t(TAGS[alias])}</strong></h2></div>\n'
        + "\n".join(_box(s) for s in items)
    )
    return html(
        _page(
            request,
            title=f"Từ khóa: {TAGS[alias]}",
            main=main,
            trail=[("Tin tức", "/vi/news/"), (TAGS[alias], f"/vi/news/tag/{alias}")],
            canonical=f"/vi/news/tag/{alias}",
            active="news",
            func="tag",
        )
    )


def _gmt_nukeviet(story: Story) -> str:
    """``gmdate('D, j M Y H:m:s')``: the minutes field prints the month."""
    utc = _publ(story) - _dt.timedelta(hours=7)
    return f"{utc:%a}, {utc.day} {utc:%b %Y %H}:{utc:%m}:00 GMT"


def _feed(request: Request, cat: str) -> Response:
    host = base_url(request)
    items = []
    for s in _by_cat(cat)[:PER_PAGE]:
        thumb = s.opts.get("thumb")
        img = f'<img src="{host}{thumb}" width="100" align="left" border="0" />' if thumb else ""
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{host}{_link(s)}</link>\n"
            f'<guid isPermaLink="false">news_{s.id}</guid>\n'
            f"<description><![CDATA[{img}{s.summary or ''}]]></description>\n"
            f"<pubDate>{_gmt_nukeviet(s)}</pubDate>\n</item>"
        )
    label = CATS[cat]
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>{esc(SITE)} - {esc(label)}</title>
<link>{host}/vi/news/{cat}/</link>
<atom:link href="{host}/vi/news/rss/{cat}/" rel="self" type="application/rss+xml" />
<description>{esc(label)} - Cổng thông tin điện tử {esc(SITE)}</description>
<language>vi</language>
<copyright>{esc(SITE)}</copyright>
<docs>{host}/vi/rss/news/</docs>
<generator>NukeViet v4.3</generator>
<image>
<url>{host}/uploads/logo-sgd-hagiang.png</url>
<title>{esc(SITE)}</title>
<link>{host}/vi/</link>
</image>
{chr(10).join(items)}
</channel>
</rss>"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _rss_index(request: Request) -> Response:
    rows = "\n".join(
        f'<li><em class="fa fa-rss">&nbsp;</em><a href="/vi/news/rss/{cat}/" title="{esc(label)}">{_t(label)}</a></li>'
        for cat, label in CATS.items()
    )
    main = f"""<div class="panel panel-default">
<div class="panel-body">
<h2>Kênh RSS</h2>
<p>RSS (Really Simple Syndication) là một định dạng dữ liệu dựa theo chuẩn XML, dùng để chia sẻ và phát tán nội dung Web. Bạn có thể dùng các phần mềm đọc RSS để nhận tin mới nhất từ website.</p>
<ul class="rss-list">
<li><strong>Tin tức</strong>
<ul>
{rows}
</ul></li>
</ul>
</div>
</div>"""
    return html(
        _page(
            request,
            title="RSS",
            main=main,
            trail=[("RSS", "/vi/rss/news/")],
            canonical="/vi/rss/news/",
            module="rss",
        )
    )


def _seek(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    hits = [s for s in _newest() if q and q.lower() in s.title.lower()]
    rows = "\n".join(
        f'<li><a href="{_link(s)}">{_t(s.title)}</a><br /><span class="text-muted">{_t(s.summary or "")}</span></li>'
        for s in hits
    )
    main = (
        f'<div class="panel panel-default"><div class="panel-body"><h2>Kết quả tìm kiếm: {_t(q)}</h2>\n'
        f"<p>Tìm thấy {len(hits)} kết quả</p>\n<ul class=\"list-none\">\n{rows}\n</ul></div></div>"
    )
    return html(
        _page(
            request,
            title="Tìm kiếm",
            main=main,
            trail=[("Tìm kiếm", "/vi/seek/")],
            canonical="/vi/seek/",
            module="seek",
        )
    )


# --- the laws module ---------------------------------------------------------------------------

_LAW_TEXT = {
    221: [
        "Thông báo lịch thi, địa điểm thi Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
        "2026 - 2027 gửi các trường THPT, PTDTNT THCS và THPT trực thuộc.",
    ],
    218: [
        "Kế hoạch quy định chỉ tiêu, điều kiện, hồ sơ, hình thức và thời gian tuyển dụng viên chức "
        "giáo dục làm việc tại các đơn vị sự nghiệp công lập trực thuộc Sở năm 2026.",
        "Các đơn vị niêm yết công khai Kế hoạch tại trụ sở và trên trang thông tin điện tử của đơn vị.",
    ],
    212: [
        "Kế hoạch hướng dẫn các cơ sở giáo dục phổ thông kiện toàn tổ tư vấn tâm lý, bố trí phòng "
        "tư vấn và tổ chức các hoạt động tư vấn cho học sinh trong năm học 2026 - 2027.",
    ],
}


def _laws_form(q: str = "") -> str:
    return f"""<form action="/vi/laws/search/" method="get" class="form-inline laws-search margin-bottom-lg">
<div class="form-group"><input type="text" name="q" value="{esc(q)}" class="form-control" placeholder="Nhập số ký hiệu hoặc trích yếu" /></div>
<div class="form-group"><select name="type" class="form-control"><option value="0">-- Loại văn bản --</option><option value="1">Công văn</option><option value="2">Kế hoạch</option><option value="3">Quyết định</option><option value="4">Thông báo</option></select></div>
<div class="form-group"><select name="area" class="form-control"><option value="0">-- Lĩnh vực --</option><option value="1">Giáo dục Trung học</option><option value="2">Quản lý chất lượng</option><option value="3">Tổ chức cán bộ</option></select></div>
<div class="form-group"><input type="text" name="sfrom" class="form-control datepicker" placeholder="Từ ngày (dd/mm/yyyy)" /> <input type="text" name="sto" class="form-control datepicker" placeholder="Đến ngày (dd/mm/yyyy)" /></div>
<button type="submit" class="btn btn-primary"><em class="fa fa-search">&nbsp;</em>Tìm kiếm</button>
</form>"""


def _laws_table(laws: list[dict]) -> str:
    rows = "\n".join(
        f'<tr><td class="text-center">{n}</td><td class="text-nowrap"><a href="{_law_link(law)}">{_t(law["code"])}</a></td>'
        f'<td class="text-center">{law["publ"]}</td><td><a href="{_law_link(law)}" title="{esc(law["title"])}">{_t(law["title"])}</a></td>'
        f'<td class="text-center"><a href="/uploads/laws/{law["file"]}" title="Tải về"><em class="fa fa-download fa-lg"></em></a></td></tr>'
        for n, law in enumerate(laws, start=1)
    )
    return (
        '<table class="table table-striped table-bordered table-hover laws-list">\n<thead><tr>'
        '<th class="text-center">STT</th><th>Số/Ký hiệu</th><th class="text-center">Ngày ban hành</th>'
        '<th>Trích yếu</th><th class="text-center">Tải về</th></tr></thead>\n<tbody>\n'
        + rows
        + "\n</tbody>\n</table>"
    )


def _laws_main(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Văn bản chỉ đạo, điều hành</h2></div>\n'
        f'<div class="panel-body">\n{_laws_form()}\n{_laws_table(LAWS)}\n</div></div>'
    )
    return html(
        _page(
            request,
            title="Văn bản",
            main=main,
            trail=[("Văn bản", "/vi/laws/")],
            canonical="/vi/laws/",
            active="laws",
            module="laws",
        )
    )


def _laws_search(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    hits = [
        law
        for law in LAWS
        if not q or q.lower() in law["title"].lower() or q.lower() in law["code"].lower()
    ]
    main = (
        '<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Tra cứu văn bản</h2></div>\n'
        f'<div class="panel-body">\n{_laws_form(q)}\n'
        f'<p class="text-muted">Tìm thấy {len(hits)} văn bản</p>\n{_laws_table(hits)}\n</div></div>'
    )
    return html(
        _page(
            request,
            title="Tra cứu văn bản",
            main=main,
            trail=[("Văn bản", "/vi/laws/"), ("Tra cứu văn bản", "/vi/laws/search/")],
            canonical="/vi/laws/search/",
            active="laws",
            module="laws",
            func="search",
        )
    )


def _law_detail(request: Request, law: dict) -> Response:
    fields = [
        ("Số/Ký hiệu", _t(law["code"])),
        ("Ngày ban hành", law["publ"]),
        ("Ngày có hiệu lực", law["start"]),
        ("Loại văn bản", _t(law["type"])),
        ("Lĩnh vực", _t(law["field"])),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", _t(law["signer"])),
        ("Trích yếu", _t(law["title"])),
        (
            "Tệp đính kèm",
            f'<a href="/uploads/laws/{law["file"]}"><em class="fa fa-file-pdf-o">&nbsp;</em>{law["file"]}</a>',
        ),
    ]
    rows = "\n".join(
        f'<tr><td class="text-nowrap" style="width:180px"><strong>{k}</strong></td><td>{v}</td></tr>'
        for k, v in fields
    )
    text = "\n".join(f"<p>{_t(p)}</p>" for p in _LAW_TEXT[law["id"]])
    others = "\n".join(
        f'<li><a href="{_law_link(o)}" title="{esc(o["title"])}">{_t(o["code"])} - {_t(o["title"])}</a></li>'
        for o in LAWS
        if o["id"] != law["id"]
    )
    main = f"""<div class="panel panel-default laws-detail">
<div class="panel-body">
<h1 class="laws-title">{_t(law["title"])}</h1>
<table class="table table-bordered">
<tbody>
{rows}
</tbody>
</table>
<p class="h4"><strong>Nội dung</strong></p>
<div class="laws-bodytext">
{text}
</div>
<p class="h4"><strong>Văn bản khác</strong></p>
<ul class="list-none">
{others}
</ul>
</div>
</div>"""
    return html(
        _page(
            request,
            title=law["title"],
            main=main,
            trail=[("Văn bản", "/vi/laws/"), (law["code"], _law_link(law))],
            canonical=_law_link(law),
            active="laws",
            module="laws",
            func="detail",
            description=law["title"],
        )
    )


# --- about (page module), contact ----------------------------------------------------------------

_ABOUT_BODY = {
    "gioi-thieu-chung": """<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, toàn tỉnh có 612 cơ sở giáo dục với hơn 230.000 học sinh, trẻ em; trong đó có 211 trường phổ thông dân tộc bán trú và 12 trường phổ thông dân tộc nội trú.</p>""",
    "co-cau-to-chuc": """<p><strong>1. Lãnh đạo Sở</strong></p>
<p>- Giám đốc: Ông Hoàng Văn Sơn</p>
<p>- Phó Giám đốc: Ông Nguyễn Mạnh Cường</p>
<p>- Phó Giám đốc: Bà Lương Thị Hồng Nhung</p>
<p><strong>2. Các phòng chuyên môn, nghiệp vụ</strong></p>
<p>Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học (GDTrH); Phòng Giáo dục thường xuyên - Chuyên nghiệp; Phòng Quản lý chất lượng.</p>""",
    "lich-cong-tac-tuan-50-nam-2026": """<table border="1" cellpadding="4" cellspacing="0" style="width:100%;">
<tbody>
<tr><td style="text-align: center;"><strong>Thứ, ngày</strong></td><td style="text-align: center;"><strong>Nội dung công việc</strong></td><td style="text-align: center;"><strong>Lãnh đạo chủ trì</strong></td><td style="text-align: center;"><strong>Địa điểm</strong></td></tr>
<tr><td>Thứ Hai, 07/12/2026</td><td>08h00: Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh</td><td>Giám đốc Sở</td><td>Hội trường Tỉnh ủy</td></tr>
<tr><td>Thứ Ba, 08/12/2026</td><td>Cả ngày: Kiểm tra công tác bán trú tại huyện Quản Bạ</td><td>Phó Giám đốc Lương Thị Hồng Nhung</td><td>Huyện Quản Bạ</td></tr>
<tr><td>Thứ Tư, 09/12/2026</td><td>14h00: Họp giao ban lãnh đạo Sở</td><td>Giám đốc Sở</td><td>Phòng họp số 1</td></tr>
<tr><td>Thứ Năm, 10/12/2026</td><td>08h00: Duyệt đề thi chọn học sinh giỏi cấp tỉnh</td><td>Phó Giám đốc Nguyễn Mạnh Cường</td><td>Sở GD&amp;ĐT</td></tr>
<tr><td>Thứ Sáu, 11/12/2026</td><td>08h00: Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học</td><td>Phó Giám đốc Lương Thị Hồng Nhung</td><td>Trường Tiểu học Nguyễn Trãi</td></tr>
</tbody>
</table>
<p><em>Lịch công tác có thể thay đổi, Văn phòng Sở sẽ thông báo cụ thể.</em></p>""",
}


def _about(request: Request, alias: str) -> Response:
    title = ABOUT[alias]
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_t(title)}</h1>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{_t(SITE)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">2026-12-04T16:30:00+07:00</span>
<div class="margin-bottom-lg">
<div class="pull-right"><div class="fb-like" data-href="{esc(base_url(request))}/vi/about/{alias}.html" data-layout="button_count" data-action="like" data-share="true"></div></div>
<div class="clearfix"></div>
</div>
<hr />
<div class="clearfix">
<div class="bodytext" itemprop="articleBody">
{_ABOUT_BODY[alias]}
</div>
</div>
</div>
</div>
<div class="page panel panel-default">
<div class="panel-body">
<p class="h4"><strong>Xem thêm</strong></p>
<ul class="list-none">
{"".join(f'<li><a href="/vi/about/{a}.html">{_t(t)}</a></li>' for a, t in ABOUT.items() if a != alias)}
</ul>
</div>
</div>"""
    return html(
        _page(
            request,
            title=title,
            main=main,
            trail=[("Giới thiệu", "/vi/about/gioi-thieu-chung.html"), (title, f"/vi/about/{alias}.html")],
            canonical=f"/vi/about/{alias}.html",
            active="lich" if alias.startswith("lich") else "about",
            module="about",
        )
    )


def _contact(request: Request) -> Response:
    main = f"""<div class="panel panel-default">
<div class="panel-body">
<h2>Liên hệ</h2>
<div class="contact-info">
<p><strong>{_t(SITE)}</strong></p>
<p>Địa chỉ: Số 6 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
<p>Văn phòng Sở: 0219.3866.145 - Phòng Quản lý chất lượng: 0219.3866.512</p>
<p>Email: <a href="mailto:sgddt@hagiang.gov.vn">sgddt@hagiang.gov.vn</a></p>
</div>
<form method="post" action="/vi/contact/" class="form-horizontal">
<div class="form-group"><label>Bộ phận cần liên hệ</label><select name="fpart" class="form-control"><option value="1">Văn phòng Sở</option><option value="2">Phòng Tổ chức cán bộ</option><option value="3">Phòng Quản lý chất lượng</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
<input type="submit" value="Gửi thư" class="btn btn-primary" />
</form>
</div>
</div>"""
    return html(
        _page(
            request,
            title="Liên hệ",
            main=main,
            trail=[("Liên hệ", "/vi/contact/")],
            canonical="/vi/contact/",
            active="contact",
            module="contact",
        )
    )


# --- routing ---------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/vi/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL_RE = re.compile(r"^/vi/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_LAW_RE = re.compile(r"^/vi/laws/detail/([a-z0-9-]+)-(\d+)\.html$")
_ABOUT_RE = re.compile(r"^/vi/about/([a-z0-9-]+)\.html$")

_ROBOTS = (
    "User-agent: *\nDisallow: /admin/\nDisallow: /data/\nDisallow: /includes/\n"
    "Disallow: /install/\nDisallow: /modules/\nDisallow: /vendor/\n"
)


def _download(story: Story, params: dict[str, str]) -> Response | None:
    files = story.opts.get("files", [])
    try:
        n = int(params.get("id", ""))
    except ValueError:
        return None
    if not 0 <= n < len(files):
        return None
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{files[n][0]}"'},
    )


class NukeVietSite:
    """The Sở's portal: routes the rewritten NukeViet URLs (and index.php's query form)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD", "POST"):
            return None
        if path == "/":
            return redirect("/vi/", 302)
        if path == "/vi":
            return redirect("/vi/", 301)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/index.php":
            return self._index_php(request)
        lower = path.lower()
        if lower.endswith(".pdf") and (lower.startswith("/uploads/laws/") or lower.startswith("/uploads/news/")):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.startswith(("/uploads/", "/assets/", "/themes/")) or lower == "/favicon.ico":
            return static_file(path)
        if path == "/vi/":
            return _home(request, home=True)
        if path == "/vi/news/":
            return _home(request, home=False)
        if m := _TOOL_RE.match(path):
            kind, cat, slug, sid = m.groups()
            story = BY_ID.get(int(sid))
            if story is None or story.cat != cat or story.slug != slug:
                return None
            if kind == "sendmail":
                return _sendmail_page(story)
            return _print_page(story, request, attachment=kind == "savefile")
        if m := re.match(r"^/vi/news/rss/([a-z0-9-]+)/$", path):
            return _feed(request, m.group(1)) if m.group(1) in CATS else None
        if m := re.match(r"^/vi/news/tag/([a-z0-9-]+)$", path):
            return _tag(request, m.group(1))
        if m := _ARTICLE_RE.match(path):
            cat, slug, sid = m.groups()
            story = BY_ID.get(int(sid))
            if story is None or cat not in CATS:
                return None
            if cat != story.cat or slug != story.slug:
                return redirect(_link(story), 301)
            if "download" in request.params:
                return _download(story, request.params)
            return _detail(story, request)
        if m := _CAT_RE.match(path):
            cat, page = m.group(1), m.group(2)
            if cat not in CATS:
                return None
            if page == "1":
                return redirect(f"/vi/news/{cat}/", 301)
            return _category(request, cat, int(page or 1))
        if path == "/vi/laws/":
            return _laws_main(request)
        if path == "/vi/laws/search/":
            return _laws_search(request)
        if m := _LAW_RE.match(path):
            law = next((x for x in LAWS if x["id"] == int(m.group(2))), None)
            if law is None:
                return None
            if law["slug"] != m.group(1):
                return redirect(_law_link(law), 301)
            return _law_detail(request, law)
        if m := _ABOUT_RE.match(path):
            return _about(request, m.group(1)) if m.group(1) in ABOUT else None
        if path == "/vi/contact/":
            return _contact(request)
        if path == "/vi/rss/news/":
            return _rss_index(request)
        if path == "/vi/seek/":
            return _seek(request)
        return None

    def _index_php(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if params.get("language", "vi") != "vi" or params.get("nv") != "news":
            return None
        op = params.get("op", "")
        if not op:
            return _home(request, home=False)
        m = re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$", op)
        if not m:
            return None
        story = BY_ID.get(int(m.group(3)))
        if story is None or story.cat != m.group(1) or story.slug != m.group(2):
            return None
        return _detail(story, request)


def build_site() -> NukeVietSite:
    return NukeVietSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [_print_link(story), _print_link(story, "savefile")]
    if story.id == 1490:
        alts.insert(0, _marquee_link(story))
    return gold_record(story, _link(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

#: articles listed only on a page 2 of their category
PAGE2_ONLY = [_link(BY_ID[i]) for i in (1476, 1470, 1472)]

NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/co-cau-to-chuc.html",
    "/vi/about/lich-cong-tac-tuan-50-nam-2026.html",
    "/vi/contact/",
    *(_law_link(law) for law in LAWS),
]
