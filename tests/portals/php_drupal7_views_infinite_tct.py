"""Trường Chính trị tỉnh Bắc Giang: Drupal 7, Omega 3 subtheme, Panels nodes, Views Infinite Scroll.

Platform
--------
Drupal 7.x with a custom Omega 3 subtheme (``tct_omega``: zones/regions ``zone-user``,
``zone-branding``, ``zone-menu``, ``region-content``, ``region-sidebar-second``, grid-N classes),
Superfish main menu with a "nolink" parent (special_menu_items), Views pages with the Views
Infinite Scroll pager, node pages laid out by Panels (custom layout ``tct_baiviet``), the Print
module, Pathauto/Redirect, the RDF module's ``dc:created`` attributes, CKEditor (entities on),
IMCE uploads, the Insert View and Image Caption input filters, Views Slideshow on the front page,
Statistics ("Tin đọc nhiều"), Poll, a counter block.

URL scheme
----------
- ``/`` front page (a Panels page: slideshow + one Views block per category + sidebars).
- ``/tin-tuc/<term-alias>`` a category listing (Views page, 3 rows a page); ``?page=N``, 0-based,
  is the next batch the infinite-scroll JS would fetch; Drupal's pager clamps N past the end to
  the last page. "Tin tức" itself is a ``<span class="nolink">`` menu parent, no page.
- ``/tin-tuc/<term-alias>/<pathauto-alias>`` a "Tin tức" node (the gold path), also served at
  ``/node/<nid>`` (shortlink; no Global Redirect) and ``/print/<nid>`` (Print module).
  Pathauto cuts the whole alias at 100 characters on a word boundary (1303's alias ends
  "…cap-xa-dap-ung").
- ``/van-ban`` (document listing), ``/van-ban/<alias>`` document nodes, ``/thu-vien-anh`` and
  ``/thu-vien-anh/<alias>`` photo albums, ``/gioi-thieu/<alias>`` basic pages, ``/lien-he``
  a webform. ``/views/ajax`` answers JSON (what the infinite scroll would call by POST).
- Files: ``/sites/default/files/<folder>/<file>``; image-style derivatives
  ``/sites/default/files/styles/<style>/public/<folder>/<file>?itok=<8 chars>``; theme and
  module assets under ``/sites/all/…``, ``/misc/…``, ``/modules/…``.

Page templates
--------------
- Listing: ``h1#page-title`` with the term name, ``div.view.view-tin-tuc-theo-chuyen-muc`` with
  ``div.views-row`` rows (thumbnail, title link, ``dd/mm/YYYY`` date, trimmed sapo) and the
  ``<ul class="pager pager-load-more"><li class="pager-next"><a href="…?page=1">Xem thêm</a>``
  block that the theme's script hides.
- Node (Panels): ``h1#page-title`` prints the CATEGORY (the panel's title is the term); the
  headline is ``h2.tieude-tin`` inside ``div.panel-pane.pane-node-title``; then the submitted
  line (RDF span), an optional "Cập nhật lần cuối" pane, print/email tools, the lead image field
  (``field-name-field-anh-dai-dien``, its title printed under it in ``div.anh-dd-chuthich``), the
  sapo field (``field-name-field-tom-tat``), the body field, an optional attachments field, the
  author field (``field-name-field-tac-gia``, label "Tác giả:"), the source field
  (``field-name-field-nguon-tin``, label "Nguồn tin:"), the term field "Chuyên mục:", a Facebook
  comments box and the "Tin cùng chuyên mục" Views pane (3 newest others of the same term).
- Print: ``/print/<nid>``, Print module markup (``print-title``, ``print-content``,
  ``print-source_url``, footnoted link list), ``noindex, nofollow`` and a canonical to the alias.

How each gold article is reached
--------------------------------
Three categories (per page = 3):
- "Tin hoạt động" (/tin-tuc/tin-hoat-dong): nid 1312, 1305, 1298 on page 0 (front-page block too),
  1290, 1281, 1270 on ``?page=1``, 1262 on ``?page=2``. 1290 is also in the "Tin cùng chuyên mục"
  pane of the newer ones and in "Tin đọc nhiều"; 1281, 1270 and 1262 are reachable ONLY through
  ``?page=1`` / ``?page=2``.
- "Đào tạo - Bồi dưỡng" (/tin-tuc/dao-tao-boi-duong): 1309, 1301, 1288 on page 0, 1276 on
  ``?page=1`` (and in the related pane of the three others). 1276's alias still starts with
  ``/tin-tuc/tin-hoat-dong/`` (it was filed there first).
- "Nghiên cứu khoa học" (/tin-tuc/nghien-cuu-khoa-hoc): 1303, 1284 on page 0.
The slideshow links 1312, 1309 and 1305 as ``/node/<nid>``; 1303's body links ``/node/1284``;
1312's body links 1298's old alias, which 301s to the new one.

Traps
-----
1. Headline is not the h1 (not in the README's list): the Panels variant titles the page with
   the term, so every node page has ``<h1 id="page-title">Tin hoạt động</h1>`` (or another
   category) and the headline sits in ``h2.tieude-tin`` (also ``<title>`` before " | site",
   ``og:title``). Gold title = the h2 headline.
2. US-order dates on node pages (not in the README's list): the site never changed Drupal's
   "medium" format ``D, m/d/Y - H:i``, so the submitted line prints "T5, 12/03/2026 - 15:20" for
   3 December; the listings print ``d/m/Y`` ("03/12/2026") and the RDF span carries
   ``content="2026-12-03T15:20:00+07:00"``. Six gold articles have a day ≤ 12 where the two
   readings disagree. Gold = the real day and time with +07:00.
3. Midnight of an imported article: 1262 prints "T6, 10/09/2026 - 00:00" (content attr
   T00:00:00) -> gold "2026-10-09", the day alone (README convention).
4. Infinite-scroll pagination (not in the README's list): the only way past the first 3 rows of a
   listing is the ``pager-load-more`` "Xem thêm" link (hidden by script, present in the HTML),
   with 0-based ``?page=N``; Drupal clamps ``?page=9`` to the last page, so guessed pages only
   repeat it. Gold: 1281, 1270, 1262 found only on ``?page=1``/``?page=2``; listings are not
   articles.
5. Three URLs per article: the alias (gold ``path``), ``/node/<nid>`` (same page, linked from
   the slideshow and an editor's link, ``rel="shortlink"``) and ``/print/<nid>``; the canonical
   link is root-relative. Both others are in ``alt_paths``.
6. Category moved, alias kept (not in the README's list): 1276 lives at
   ``/tin-tuc/tin-hoat-dong/trao-bang-…`` but is filed under "Đào tạo - Bồi dưỡng" (breadcrumb,
   "Chuyên mục:" term, listing). Gold category "Đào tạo - Bồi dưỡng", the URL segment lies.
7. Retitled article (not in the README's list): 1298's old alias
   ``/tin-tuc/tin-hoat-dong/gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11`` (linked from 1312's
   "Xem thêm" line) answers 301 to the new alias (Redirect module). Gold path = the new alias.
8. Bylines in a text field: "ThS. Nguyễn Thị Hồng Nhung - Phòng Quản lý đào tạo" ->
   ["Nguyễn Thị Hồng Nhung"]; "TS. Vũ Đình Khải, Trưởng phòng Tổ chức - Hành chính" ->
   ["Vũ Đình Khải"]; "Tin, ảnh: Trần Minh Đức" -> authors and photographers ["Trần Minh Đức"];
   "Lê Văn Hùng, Đỗ Thu Trang" -> two authors; "Ban Biên tập" -> nobody; a unit alone ->
   the unit as printed; the submitted line's "Đăng bởi quantri"/"bientap01" are CMS accounts
   -> nobody. 1298 has an empty author field and a right-aligned bold name closing the body ->
   that name, not body.
9. Source: the field labelled "Nguồn tin:" (not "Nguồn:") -> its value; 1276 closes its body
   with a right-aligned italic "Theo Cổng Thông tin điện tử tỉnh Bắc Giang" -> source
   "Cổng Thông tin điện tử tỉnh Bắc Giang", not body; body sentences starting "Theo kế hoạch"
   are text.
10. Sapo twice (not in the README's list): the sapo is its own field (``field_tom_tat``, gold
    summary and first body paragraph); 1309's editor also pasted it bold as the body's first
    paragraph. Printed twice, read once: gold body has it once.
11. Lead image derivative: the image is ``…/styles/anh_bai_viet/public/…jpg?itok=…`` inside a
    colorbox ``<a>`` to the original; its caption is the image's title, printed under it.
    Gold image path = the ``src`` with its ``?itok=`` query; caption = the title line.
12. Caption only in a title attribute (not in the README's list): 1270's body images carry
    ``class="caption" title="…"`` (Image Caption filter, the caption drawn by script). Gold
    caption = the title text.
13. A view inside the body (not in the README's list): the Insert View filter expands
    ``[view:tin_lien_quan]`` into a Views block ("Tin liên quan" list) inside the body field's
    ``field-item`` (1305, 1303). Not body.
14. Attachments table after the body (``field-name-field-dinh-kem``, "Tệp đính kèm | Kích
    thước" rows) on 1290 and 1303: a file-attachment list, not body rows; the body of 1290 has a
    real results table whose rows ARE body paragraphs (cells joined by " | ").
15. Encodings: CKEditor's Latin-1 entities (``&agrave;``, ``&ecirc;`` mixed with raw UTF-8
    "ạ", "ư") in 1312, 1309, 1288; decomposed (NFD) text in 1281. Gold NFC text.
16. Word paste in 1270: ``MsoNormal`` paragraphs and ``mso-list:Ignore`` bullets (no text).
17. "Cập nhật lần cuối" pane (1305, 1290) in the same US format: not the publication date.
18. Image-with-caption tables (1309) and figure/figcaption (1290): the caption row is a caption.
    "Ảnh: X" alone under a photo (1298) -> caption None, X a photographer.
19. 1262 (imported from the old site) has no lead image, a ``<br />``-split paragraph (two
    gold paragraphs) and an old-path ``.JPG`` image.

Gold decisions on ambiguous points
----------------------------------
- The published time is the node's "created" (submitted line / RDF ``dc:created``), read in the
  site's real order (month first on node pages); "Cập nhật lần cuối" is never the date.
- The lead image counts as the article's first photo (it is printed first, under the tools).
- Thumbnails in listings, the slideshow and "Tin cùng chuyên mục", the print icon, banners:
  not images of the article.
- Where a photo line is only "Ảnh: X", X goes to photographers and the caption is None.
- 1309's duplicated bold sapo is one paragraph in the gold body (the summary), not two.
- "Xem thêm: <link>" lines inside bodies are not body.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
import unicodedata
from datetime import datetime
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "php_drupal7_views_infinite_tct"
PLATFORM = "Drupal 7 (Omega 3 subtheme, Panels, Views Infinite Scroll, Print, Pathauto)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bắc Giang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

#: term key -> (tid, alias, name)
CATS = {
    "hd": (3, "tin-hoat-dong", "Tin hoạt động"),
    "dt": (4, "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    "nc": (5, "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
}
_WEEKDAY = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
F = "/sites/default/files"


def _itok(path: str) -> str:
    return hashlib.md5(path.encode()).hexdigest()[:8].replace("a", "Q").replace("3", "_")


def styled(style: str, rel: str) -> str:
    """An image-style derivative URL as Drupal 7.20+ prints it."""
    return f"{F}/styles/{style}/public/{rel}?itok={_itok(style + rel)}"


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1312,
        slug="dang-bo-truong-chinh-tri-tinh-tong-ket-cong-tac-xay-dung-dang-nam-2026",
        title="Đảng bộ Trường Chính trị tỉnh tổng kết công tác xây dựng Đảng năm 2026",
        cat="hd",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Chiều 03/12, Đảng bộ Trường Chính trị tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác "
            "xây dựng Đảng năm 2026, triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Nguyễn Văn "
            "Thắng, Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/12/hoi-nghi-dang-bo-2026.jpg"),
                "Đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại hội nghị.",
                "Đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại hội nghị.",
                style="lead",
            ),
            P(
                "Năm 2026, Đảng ủy Nhà trường đã lãnh đạo các chi bộ thực hiện nghiêm túc các nghị quyết, "
                "chỉ thị của Trung ương, của Tỉnh ủy và Đảng ủy cấp trên. Công tác giáo dục chính trị, tư "
                "tưởng được quan tâm thường xuyên; 100% cán bộ, đảng viên tham gia học tập, quán triệt đầy "
                "đủ các chuyên đề theo kế hoạch."
            ),
            P("Nhiều chỉ tiêu vượt kế hoạch", "h3"),
            P(
                "Trong năm, Nhà trường đã mở 27 lớp đào tạo, bồi dưỡng với hơn 2.600 học viên; tổ chức "
                "thành công hội thảo khoa học cấp tỉnh và nghiệm thu 05 đề tài khoa học cấp cơ sở. Công "
                "tác kiểm tra, giám sát được thực hiện đúng quy định, không có đảng viên vi phạm phải xử "
                "lý kỷ luật."
            ),
            P(
                "Kết quả đánh giá, xếp loại chất lượng năm 2026, Đảng bộ có 04/04 chi bộ hoàn thành tốt "
                "nhiệm vụ, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ; 96,8% đảng viên hoàn thành "
                "tốt nhiệm vụ trở lên."
            ),
            Img(
                f"{F}/anh-bai-viet/2026-12/hoi-nghi-dang-bo-bieu-quyet.jpg",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
                style="center",
            ),
            P(
                "Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tiếp tục đổi mới "
                "nội dung, phương thức sinh hoạt; gắn việc thực hiện nhiệm vụ chính trị với nâng cao chất "
                "lượng giảng dạy, nghiên cứu khoa học, góp phần xây dựng Trường Chính trị tỉnh đạt chuẩn "
                "mức 1."
            ),
            P(
                "Dịp này, Đảng ủy Nhà trường đã khen thưởng 02 chi bộ và 07 đảng viên có thành tích xuất "
                "sắc trong thực hiện nhiệm vụ năm 2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/tin-hoat-dong/gap-mat-ky-niem-ngay-nha-'
                'giao-viet-nam-20-11">Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a></p>'
            ),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={
            "created": "2026-12-03 15:20",
            "user": "quantri",
            "tac_gia": "Tin, ảnh: Trần Minh Đức",
            "entities": True,
        },
    ),
    Story(
        id=1305,
        slug="truong-chinh-tri-tinh-bac-giang-lam-viec-voi-doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i",
        title="Trường Chính trị tỉnh Bắc Giang làm việc với Đoàn công tác Học viện Chính trị khu vực I",
        cat="hd",
        published_at="2026-12-01T09:15:00+07:00",
        summary=(
            "Sáng 01/12, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Đặng Quang Hòa, Phó Giám "
            "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Bắc Giang về công "
            "tác phối hợp mở lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/12/lam-viec-hvct-kv1.jpg"),
                "Quang cảnh buổi làm việc.",
                "Quang cảnh buổi làm việc.",
                style="lead",
            ),
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp tổ chức lớp "
                "Cao cấp lý luận chính trị khóa 2025 - 2026 tại tỉnh. Lớp học có 86 học viên là cán bộ "
                "lãnh đạo, quản lý cấp phòng, ban, ngành của tỉnh và các xã, phường; nền nếp học tập được "
                "duy trì nghiêm túc, tỷ lệ chuyên cần đạt trên 98%."
            ),
            P("Hai bên đã thống nhất một số nội dung phối hợp trong thời gian tới:"),
            P(
                "Khảo sát nhu cầu, xây dựng kế hoạch mở lớp Cao cấp lý luận chính trị hệ không tập trung "
                "năm 2027;",
                "li",
            ),
            P("Phối hợp bố trí giảng viên, cơ sở vật chất, quản lý học viên trong quá trình học tập;", "li"),
            P(
                "Trao đổi kinh nghiệm biên soạn đề cương bài giảng, tổ chức nghiên cứu thực tế cho học viên.",
                "li",
            ),
            P(
                "Phát biểu tại buổi làm việc, đồng chí Trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của "
                "Trường Chính trị tỉnh Bắc Giang; đề nghị Nhà trường tiếp tục phát huy vai trò đầu mối, "
                "phối hợp chặt chẽ với Học viện trong tổ chức các lớp học, bảo đảm chất lượng, đúng quy "
                "chế."
            ),
            Raw("[view:tin_lien_quan]"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "created": "2026-12-01 09:15",
            "updated": "2026-12-02 08:10",
            "user": "bientap01",
            "tac_gia": "ThS. Nguyễn Thị Hồng Nhung - Phòng Quản lý đào tạo",
        },
    ),
    Story(
        id=1298,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hd",
        published_at="2026-11-19T16:45:00+07:00",
        summary=(
            "Chiều 19/11, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. "
            "Tới dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo cùng "
            "các thế hệ nhà giáo của Trường qua các thời kỳ."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/gap-mat-20-11.jpg"),
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thế hệ nhà giáo.",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thế hệ nhà giáo.",
                style="lead",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành Giáo dục và của Nhà trường, đồng chí Hiệu trưởng "
                "khẳng định: trải qua hơn 75 năm xây dựng và phát triển, các thế hệ cán bộ, giảng viên "
                "Trường Chính trị tỉnh luôn giữ vững bản lĩnh chính trị, tận tụy với nghề, góp phần đào tạo "
                "hàng chục nghìn cán bộ cho hệ thống chính trị của tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, Nhà trường có 03 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
                "tỉnh, 01 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen. Đội ngũ giảng viên không ngừng "
                "được chuẩn hóa, 100% có trình độ thạc sĩ trở lên, 04 đồng chí có trình độ tiến sĩ."
            ),
            P(
                "Thay mặt các thế hệ nhà giáo, nhà giáo Đỗ Văn Bình, nguyên Phó Hiệu trưởng Nhà trường bày "
                "tỏ niềm tự hào và mong muốn lớp giảng viên trẻ tiếp tục học tập, rèn luyện, giữ gìn phẩm "
                "chất nhà giáo trong trường Đảng."
            ),
            Img(f"{F}/anh-bai-viet/2026-11/gap-mat-nha-giao-2.jpg", "Ảnh: Hoàng Thị Lan", None, style="credit"),
            P(
                "Nhân dịp này, Công đoàn Nhà trường đã tặng hoa, quà chúc mừng các nhà giáo nguyên là cán "
                "bộ, giảng viên của Trường và trao thưởng cho các tập thể, cá nhân đạt thành tích trong "
                "đợt thi đua chào mừng ngày 20/11."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Thị Lan</strong></p>'),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Hoàng Thị Lan"],
        opts={
            "created": "2026-11-19 16:45",
            "user": "quantri",
            "old_slug": "gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=1290,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="hd",
        published_at="2026-11-12T10:00:00+07:00",
        summary=(
            "Từ ngày 10 đến 12/11, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường "
            "năm 2026 với sự tham gia của 12 giảng viên thuộc 04 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/hoi-thi-gvdg-2026.jpg"),
                "Ban Giám khảo chấm bài giảng của các thí sinh.",
                "Ban Giám khảo chấm bài giảng của các thí sinh.",
                style="lead",
            ),
            P(
                "Hội thi nhằm đánh giá thực chất năng lực giảng dạy của đội ngũ giảng viên, khuyến khích "
                "đổi mới phương pháp, tăng cường ứng dụng công nghệ thông tin và liên hệ thực tiễn địa "
                "phương trong bài giảng lý luận chính trị."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút tại lớp Trung cấp lý luận chính trị - hành "
                "chính K79 đang học tập tại Trường. Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu, "
                "trưởng các khoa và giảng viên chính có nhiều kinh nghiệm."
            ),
            Img(
                f"{F}/anh-bai-viet/2026-11/gvdg-khoa-nha-nuoc-phap-luat.jpg",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại hội thi.",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại hội thi.",
                style="figure",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 03 giải Khuyến khích. "
                "Các giải cao gồm:"
            ),
            P("Giải | Họ và tên | Đơn vị", "th"),
            P("Nhất | Nguyễn Thị Thu Hà | Khoa Xây dựng Đảng", "row"),
            P("Nhất | Phạm Quang Huy | Khoa Lý luận cơ sở", "row"),
            P("Nhì | Vũ Thị Mai | Khoa Nhà nước và pháp luật", "row"),
            P(
                "Các giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham gia Hội thi giảng viên dạy "
                "giỏi các trường chính trị khu vực năm 2027."
            ),
        ],
        authors=["Lê Văn Hùng", "Đỗ Thu Trang"],
        opts={
            "created": "2026-11-12 10:00",
            "updated": "2026-11-13 07:55",
            "user": "bientap01",
            "tac_gia": "Lê Văn Hùng, Đỗ Thu Trang",
            "files": [("ket-qua-hoi-thi-gvdg-2026.pdf", "184.6 KB")],
        },
    ),
    Story(
        id=1281,
        slug="doan-thanh-nien-nha-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        title="Đoàn Thanh niên Nhà trường ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="hd",
        published_at="2026-11-05T08:40:00+07:00",
        summary=(
            "Sáng 01/11, Chi đoàn Trường Chính trị tỉnh phối hợp với Đoàn phường sở tại tổ chức ra quân "
            "hưởng ứng “Ngày Chủ nhật xanh”, thu hút hơn 60 đoàn viên, thanh niên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/chu-nhat-xanh.jpg"),
                "Đoàn viên thanh niên dọn vệ sinh khuôn viên ký túc xá học viên.",
                "Đoàn viên thanh niên dọn vệ sinh khuôn viên ký túc xá học viên.",
                style="lead",
            ),
            P(
                "Các đoàn viên đã thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh tại khuôn viên "
                "Nhà trường, khu ký túc xá học viên và tuyến đường dẫn vào Trường; trồng mới 40 cây hoa "
                "dọc lối đi nội bộ."
            ),
            P(
                "Đây là hoạt động thường xuyên nhằm nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan "
                "Xanh - Sạch - Đẹp, góp phần tạo môi trường học tập thuận lợi cho học viên các lớp đang "
                "học tập tại Trường."
            ),
            P(
                "Bí thư Chi đoàn cho biết, thời gian tới Chi đoàn sẽ duy trì hoạt động này vào sáng Chủ nhật "
                "đầu tiên của mỗi tháng, đồng thời vận động đoàn viên hạn chế sử dụng đồ nhựa dùng một lần "
                "trong cơ quan."
            ),
        ],
        authors=["Chi đoàn Trường Chính trị tỉnh"],
        opts={
            "created": "2026-11-05 08:40",
            "user": "bientap01",
            "tac_gia": "Chi đoàn Trường Chính trị tỉnh",
            "nfd": True,
        },
    ),
    Story(
        id=1270,
        slug="cong-doan-truong-giao-luu-bong-chuyen-hoi-nu-chao-mung-ngay-phu-nu-viet-nam-2010",
        title="Công đoàn Trường giao lưu bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="hd",
        published_at="2026-10-21T17:05:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), chiều 19/10, Công đoàn Trường Chính trị tỉnh tổ chức giao lưu bóng chuyền hơi "
            "nữ với Công đoàn Sở Tư pháp."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/10/bong-chuyen-hoi-nu.jpg"),
                "Hai đội chụp ảnh lưu niệm trước trận đấu.",
                "Hai đội chụp ảnh lưu niệm trước trận đấu.",
                style="lead",
            ),
            P(
                "Buổi giao lưu diễn ra trong không khí sôi nổi, đoàn kết. Các vận động viên đã thi đấu nhiệt "
                "tình, thể hiện tinh thần rèn luyện thể dục thể thao, nâng cao sức khỏe của nữ cán bộ, "
                "viên chức, người lao động hai đơn vị.",
                "mso",
            ),
            Img(
                f"{F}/anh-bai-viet/2026-10/bong-chuyen-hoi-tran-dau.jpg",
                "Một pha tranh bóng trên lưới.",
                "Một pha tranh bóng trên lưới.",
                style="title",
            ),
            P("Nhân dịp này, Ban Chấp hành Công đoàn Trường đã:", "mso"),
            P("Tặng hoa, quà chúc mừng toàn thể nữ cán bộ, viên chức, người lao động;", "msoli"),
            P("Biểu dương 05 chị đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2026.", "msoli"),
            Img(
                f"{F}/anh-bai-viet/2026-10/bong-chuyen-hoi-trao-qua.jpg",
                "Chủ tịch Công đoàn Trường trao quà cho các vận động viên.",
                "Chủ tịch Công đoàn Trường trao quà cho các vận động viên.",
                style="title",
            ),
        ],
        opts={
            "created": "2026-10-21 17:05",
            "user": "quantri",
            "tac_gia": "Ban Biên tập",
        },
    ),
    Story(
        id=1262,
        slug="truong-chinh-tri-tinh-dang-huong-tuong-niem-tai-khu-di-tich-lich-su-atk-ii",
        title="Trường Chính trị tỉnh dâng hương tưởng niệm tại Khu di tích lịch sử ATK II",
        cat="hd",
        published_at="2026-10-09",
        summary=(
            "Nhân dịp kỷ niệm 96 năm Ngày truyền thống công tác tuyên giáo của Đảng, đoàn cán bộ, giảng "
            "viên Trường Chính trị tỉnh đã về dâng hương tưởng niệm tại Khu di tích lịch sử ATK II, huyện "
            "Hiệp Hòa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Khu di tích, đoàn đã thành kính dâng hoa, dâng hương tưởng nhớ công lao to lớn của Chủ "
                "tịch Hồ Chí Minh và các đồng chí lãnh đạo tiền bối của Đảng đã từng hoạt động tại An toàn "
                "khu II trong những năm kháng chiến."
            ),
            P(
                "Đoàn được nghe thuyết minh về quá trình hình thành An toàn khu II và những sự kiện lịch sử "
                "quan trọng diễn ra tại đây giai đoạn 1943 - 1945.",
                "br",
            ),
            P(
                "Qua buổi về nguồn, mỗi cán bộ, giảng viên có thêm tư liệu thực tế sinh động phục vụ công "
                "tác giảng dạy các bài về lịch sử Đảng bộ tỉnh cho học viên.",
                "br_next",
            ),
            Img(f"{F}/old/Image/2026/10/dang-huong-atk2.JPG", None, None, style="bare"),
            P(
                "Theo kế hoạch, trong năm 2027, Nhà trường sẽ tổ chức 04 đợt nghiên cứu thực tế tại các di "
                "tích lịch sử cách mạng trên địa bàn tỉnh cho học viên các lớp trung cấp lý luận chính trị "
                "- hành chính."
            ),
        ],
        authors=["Ngọc Anh"],
        source="Báo Bắc Giang",
        opts={
            "created": "2026-10-09 00:00",
            "user": "quantri",
            "tac_gia": "Ngọc Anh",
            "nguon": "Báo Bắc Giang",
        },
    ),
    Story(
        id=1309,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-khoa-81",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 81",
        cat="dt",
        published_at="2026-12-02T08:00:00+07:00",
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành "
            "chính hệ không tập trung khóa 81 cho 95 học viên là cán bộ, công chức các cơ quan, đơn vị "
            "khối Đảng, Mặt trận và đoàn thể tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/12/khai-giang-k81.jpg"),
                "Đồng chí Phó Hiệu trưởng phụ trách đào tạo phát biểu khai giảng lớp học.",
                "Đồng chí Phó Hiệu trưởng phụ trách đào tạo phát biểu khai giảng lớp học.",
                style="lead",
            ),
            Raw("DUP_SAPO"),
            P(
                "Trong thời gian 08 tháng, học viên sẽ được nghiên cứu 4 phần học với 21 học phần theo "
                "chương trình của Học viện Chính trị quốc gia Hồ Chí Minh, gồm: Những vấn đề cơ bản về chủ "
                "nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Những vấn đề cơ bản về Đảng Cộng sản và lịch sử "
                "Đảng Cộng sản Việt Nam; Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật; "
                "Đường lối, chính sách của Đảng, Nhà nước Việt Nam về các lĩnh vực của đời sống xã hội."
            ),
            Img(
                f"{F}/anh-bai-viet/2026-12/hoc-vien-k81.jpg",
                "Học viên lớp K81 dự lễ khai giảng.",
                "Học viên lớp K81 dự lễ khai giảng.",
                style="table",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ mục tiêu, động "
                "cơ học tập đúng đắn; chấp hành nghiêm quy chế đào tạo, nội quy của Nhà trường; tích cực "
                "liên hệ thực tiễn cơ quan, đơn vị nơi công tác trong quá trình nghiên cứu."
            ),
            P(
                "Lớp học được tổ chức theo hình thức không tập trung, học viên học vào các ngày thứ Sáu, thứ "
                "Bảy hằng tuần tại cơ sở chính của Nhà trường."
            ),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={
            "created": "2026-12-02 08:00",
            "user": "bientap01",
            "tac_gia": "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
            "entities": True,
        },
    ),
    Story(
        id=1301,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dt",
        published_at="2026-11-24T14:00:00+07:00",
        summary=(
            "Chiều 24/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi "
            "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/be-giang-qpan-dt4.jpg"),
                "Trao giấy chứng nhận cho các học viên hoàn thành khóa bồi dưỡng.",
                "Trao giấy chứng nhận cho các học viên hoàn thành khóa bồi dưỡng.",
                style="lead",
            ),
            P(
                "Lớp học có 148 học viên là trưởng, phó các phòng, ban, ngành cấp tỉnh; cán bộ, công chức "
                "các xã, phường và chỉ huy trưởng ban chỉ huy quân sự cơ quan, tổ chức trên địa bàn tỉnh."
            ),
            P(
                "Qua 10 ngày học tập, học viên đã được bồi dưỡng 12 chuyên đề về quan điểm của Đảng, chính "
                "sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng nền quốc phòng toàn dân, thế "
                "trận an ninh nhân dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ."
            ),
            P(
                "Bảo vệ vững chắc Tổ quốc là nhiệm vụ trọng yếu, thường xuyên của cả hệ thống chính trị và "
                "toàn dân.",
                "quote",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 41,2% đạt loại giỏi, 55,4% đạt loại "
                "khá. Ban Tổ chức đã khen thưởng 08 học viên có thành tích cao trong học tập."
            ),
        ],
        authors=["Vũ Đình Khải"],
        opts={
            "created": "2026-11-24 14:00",
            "user": "quantri",
            "tac_gia": "TS. Vũ Đình Khải, Trưởng phòng Tổ chức - Hành chính",
        },
    ),
    Story(
        id=1288,
        slug="boi-duong-kien-thuc-dan-toc-cho-can-bo-cong-chuc-vien-chuc-nam-2026",
        title="Bồi dưỡng kiến thức dân tộc cho cán bộ, công chức, viên chức năm 2026",
        cat="dt",
        published_at="2026-11-10T07:30:00+07:00",
        summary=(
            "Ngày 09/11, tại Trường Chính trị tỉnh, Ban Dân tộc tỉnh phối hợp với Nhà trường khai giảng "
            "lớp bồi dưỡng kiến thức dân tộc cho cán bộ, công chức, viên chức nhóm đối tượng 3 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/boi-duong-kien-thuc-dan-toc.jpg"),
                "Các đại biểu dự lễ khai giảng lớp bồi dưỡng.",
                "Các đại biểu dự lễ khai giảng lớp bồi dưỡng.",
                style="lead",
            ),
            P(
                "Lớp bồi dưỡng có 120 học viên đến từ các sở, ban, ngành và các xã có đông đồng bào dân tộc "
                "thiểu số sinh sống như Sơn Động, Lục Ngạn, Lục Nam, Yên Thế."
            ),
            P(
                "Theo kế hoạch, học viên được nghiên cứu các chuyên đề về chủ trương, chính sách dân tộc của "
                "Đảng và Nhà nước; đặc điểm văn hóa, phong tục tập quán của các dân tộc thiểu số trên địa "
                "bàn tỉnh; kỹ năng vận động đồng bào và tiếng dân tộc thông dụng trong giao tiếp."
            ),
            Raw(
                '<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com'
                '/embed/Xq2bK7tT0aE" frameborder="0" allowfullscreen></iframe></p>'
            ),
            P(
                "Bên cạnh học tập trên lớp, học viên sẽ đi nghiên cứu thực tế tại xã Vân Sơn, nơi có đông "
                "đồng bào dân tộc Dao, Nùng, Sán Chí sinh sống, để trực tiếp tìm hiểu việc thực hiện chính "
                "sách dân tộc ở cơ sở."
            ),
        ],
        authors=["Lương Thị Nga"],
        opts={
            "created": "2026-11-10 07:30",
            "user": "bientap01",
            "tac_gia": "Lương Thị Nga",
            "entities": True,
        },
    ),
    Story(
        id=1276,
        slug="trao-bang-tot-nghiep-cho-112-hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k76",
        title="Trao bằng tốt nghiệp cho 112 học viên lớp Trung cấp lý luận chính trị - hành chính K76",
        cat="dt",
        published_at="2026-10-28T09:00:00+07:00",
        summary=(
            "Sáng 28/10, Trường Chính trị tỉnh tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 112 học "
            "viên lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung K76."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/10/trao-bang-k76.jpg"),
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên.",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên.",
                style="lead",
            ),
            P(
                "Sau 08 tháng học tập, các học viên đã hoàn thành chương trình đào tạo với 100% học viên tốt "
                "nghiệp; trong đó 18 học viên tốt nghiệp loại giỏi, 89 học viên loại khá và 05 học viên "
                "loại trung bình khá."
            ),
            P(
                "Trong quá trình học tập, các học viên đã chấp hành nghiêm túc quy chế đào tạo, tích cực "
                "tham gia các hoạt động phong trào do Nhà trường tổ chức. Lớp học được Nhà trường tặng Giấy "
                "khen tập thể lớp tiên tiến."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng mong muốn các học viên vận dụng sáng tạo những "
                "kiến thức đã học vào thực tiễn công tác, góp phần thực hiện thắng lợi nhiệm vụ chính trị "
                "của cơ quan, địa phương."
            ),
            Raw(
                '<p style="text-align: right;"><em>Theo Cổng Thông tin điện tử tỉnh Bắc Giang</em></p>'
            ),
        ],
        authors=["Minh Hương"],
        source="Cổng Thông tin điện tử tỉnh Bắc Giang",
        opts={
            "created": "2026-10-28 09:00",
            "user": "quantri",
            "tac_gia": "Minh Hương",
            "alias_cat": "hd",
        },
    ),
    Story(
        id=1303,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-can-bo-cap-xa-dap-ung",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã đáp ứng yêu cầu mô hình "
            "chính quyền địa phương hai cấp”"
        ),
        cat="nc",
        published_at="2026-11-27T10:20:00+07:00",
        summary=(
            "Ngày 26/11, Trường Chính trị tỉnh Bắc Giang tổ chức hội thảo khoa học cấp tỉnh “Nâng cao "
            "chất lượng bồi dưỡng cán bộ cấp xã đáp ứng yêu cầu mô hình chính quyền địa phương hai cấp”. "
            "Hội thảo nhận được 32 tham luận của các nhà khoa học, cán bộ quản lý và giảng viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/hoi-thao-can-bo-cap-xa.jpg"),
                "Toàn cảnh hội thảo.",
                "Toàn cảnh hội thảo.",
                style="lead",
            ),
            P(
                "Sau khi sắp xếp đơn vị hành chính và vận hành mô hình chính quyền địa phương hai cấp, đội "
                "ngũ cán bộ, công chức cấp xã của tỉnh có nhiều thay đổi về số lượng, cơ cấu và yêu cầu "
                "nhiệm vụ. Nhiều chức năng trước đây do cấp huyện đảm nhiệm nay được giao cho cấp xã, đòi "
                "hỏi cán bộ cơ sở phải có kiến thức, kỹ năng toàn diện hơn."
            ),
            P("Đổi mới nội dung, chương trình bồi dưỡng", "h3"),
            P(
                "Các tham luận tập trung phân tích thực trạng công tác bồi dưỡng cán bộ cấp xã thời gian "
                "qua; chỉ ra những hạn chế như nội dung chương trình còn nặng lý thuyết, chưa sát với vị "
                "trí việc làm, phương pháp bồi dưỡng chậm đổi mới, việc đánh giá kết quả sau bồi dưỡng chưa "
                "được quan tâm đúng mức."
            ),
            P(
                "Nhiều ý kiến đề xuất xây dựng chương trình bồi dưỡng theo vị trí việc làm, tăng thời lượng "
                "thực hành, tình huống; đưa nội dung chuyển đổi số, quản lý đô thị, quản lý đất đai vào "
                "chương trình cho cán bộ cấp xã."
            ),
            P("Nâng cao năng lực đội ngũ giảng viên", "h3"),
            P(
                "Các đại biểu cũng thống nhất cho rằng, giảng viên Trường Chính trị cần tăng cường đi thực "
                "tế cơ sở, nắm bắt những vấn đề mới phát sinh trong vận hành chính quyền địa phương hai cấp "
                "để đưa vào bài giảng; đồng thời mời cán bộ lãnh đạo, quản lý có kinh nghiệm tham gia báo "
                "cáo chuyên đề."
            ),
            Raw("[view:tin_lien_quan]"),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng tiếp thu các ý kiến, giao các khoa, phòng nghiên "
                "cứu, tổng hợp để tham mưu Tỉnh ủy điều chỉnh chương trình bồi dưỡng cán bộ cấp xã từ năm "
                "2027."
            ),
            Raw(
                '<p><em>Xem thêm:</em> <a href="/node/1284">Nghiệm thu 05 đề tài khoa học cấp cơ sở năm '
                "2026</a></p>"
            ),
        ],
        authors=["Phạm Thị Thanh Huyền"],
        opts={
            "created": "2026-11-27 10:20",
            "user": "bientap01",
            "tac_gia": "ThS. Phạm Thị Thanh Huyền - Khoa Xây dựng Đảng",
            "files": [
                ("ky-yeu-hoi-thao-can-bo-cap-xa-2026.pdf", "2.3 MB"),
                ("chuong-trinh-hoi-thao.docx", "38.1 KB"),
            ],
        },
    ),
    Story(
        id=1284,
        slug="nghiem-thu-05-de-tai-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu 05 đề tài khoa học cấp cơ sở năm 2026",
        cat="nc",
        published_at="2026-11-06T15:00:00+07:00",
        summary=(
            "Từ ngày 03 đến 05/11, Hội đồng khoa học Trường Chính trị tỉnh đã tổ chức nghiệm thu 05 đề "
            "tài khoa học cấp cơ sở năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("anh_bai_viet", "tin-tuc/2026/11/nghiem-thu-de-tai.jpg"),
                "Hội đồng khoa học nghiệm thu đề tài.",
                "Hội đồng khoa học nghiệm thu đề tài.",
                style="lead",
            ),
            P("Các đề tài được nghiệm thu gồm:"),
            P("Vận dụng phương pháp giảng dạy tích cực trong giảng dạy phần học Lịch sử Đảng;", "ol"),
            P("Nâng cao chất lượng sinh hoạt chi bộ nông thôn ở tỉnh Bắc Giang hiện nay;", "ol"),
            P("Giải pháp phát huy vai trò của Mặt trận Tổ quốc cấp xã trong giám sát xã hội;", "ol"),
            P("Ứng dụng bản đồ tư duy trong giảng dạy lý luận chính trị;", "ol"),
            P("Công tác dân vận của chính quyền cấp xã sau sắp xếp đơn vị hành chính.", "ol"),
            P(
                "Hội đồng đánh giá các đề tài đều có tính thực tiễn, bám sát nhiệm vụ chính trị của Nhà "
                "trường và của tỉnh. Kết quả, 02 đề tài xếp loại xuất sắc, 03 đề tài xếp loại khá."
            ),
            P(
                "Các đề tài sau nghiệm thu sẽ được lưu tại Thư viện Nhà trường, làm tài liệu tham khảo cho "
                "giảng viên và học viên."
            ),
        ],
        authors=["Nguyễn Đức Toàn"],
        opts={
            "created": "2026-11-06 15:00",
            "user": "quantri",
            "tac_gia": "TS. Nguyễn Đức Toàn",
        },
    ),
]

BY_NID = {s.id: s for s in STORIES}


def alias(story: Story) -> str:
    return f"/tin-tuc/{CATS[story.opts.get('alias_cat', story.cat)][1]}/{story.slug}"


def in_cat(cat: str) -> list[Story]:
    """Stories of a term, newest first (the view's sort: created DESC)."""
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["created"], reverse=True)


# --- text rendering ---------------------------------------------------------------------------


def ck(value: str, story: Story | None = None) -> str:
    """Article text as the editor stored it: escaped; NFD or CKEditor's Latin-1 entities."""
    opts = story.opts if story else {}
    s = unicodedata.normalize("NFD", value) if opts.get("nfd") else value
    s = _html.escape(s, quote=False)
    if opts.get("entities"):
        out = []
        for ch in s:
            name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
            out.append(f"&{name};" if name else ch)
        s = "".join(out)
    return s


def _dt(created: str) -> datetime:
    return datetime.strptime(created, "%Y-%m-%d %H:%M")


def us_medium(created: str) -> str:
    """Drupal's untouched "medium" format, D, m/d/Y - H:i, with the vi weekday abbreviations."""
    d = _dt(created)
    return f"{_WEEKDAY[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def iso(created: str) -> str:
    return _dt(created).strftime("%Y-%m-%dT%H:%M:00+07:00")


def vn_day(created: str) -> str:
    return _dt(created).strftime("%d/%m/%Y")


def _img_tag(img: Img, extra: str = "") -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;"{extra} />'


def render_image(img: Img) -> str:
    line = esc(img.printed) if img.printed else ""
    if img.style == "center":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "credit":
        return f'<p style="text-align: center;">{_img_tag(img)}</p>\n<p style="text-align: right;"><em>{line}</em></p>'
    if img.style == "figure":
        return (
            f'<figure class="image"><img alt="{line}" height="427" src="{esc(img.src)}" width="640" />'
            f"<figcaption>{line}</figcaption></figure>"
        )
    if img.style == "title":
        return (
            f'<p style="text-align: center;"><img class="caption" alt="" title="{line}" '
            f'src="{esc(img.src)}" width="600" height="400" /></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 600px;">'
            f"<tbody><tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{line}</em></span>'
            "</td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;"><img src="{esc(img.src)}" width="500" height="333" /></p>'


_MSO_SPAN = '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'


def render_body(story: Story, related_html: str) -> str:
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            parts.append(render_image(b))
        elif isinstance(b, Raw):
            if b.html == "DUP_SAPO":
                parts.append(f"<p><strong>{ck(story.summary or '', story)}</strong></p>")
            elif b.html == "[view:tin_lien_quan]":
                parts.append(related_html)
            else:
                parts.append(b.html)
        elif b.style in ("li", "ol", "th", "row"):
            group = [b.style] if b.style not in ("th", "row") else ["th", "row"]
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in group:
                items.append(blocks[i])
                i += 1
            i -= 1
            if b.style in ("li", "ol"):
                tag = "ul" if b.style == "li" else "ol"
                lis = "".join(f"\n<li>{ck(p.text, story)}</li>" for p in items)
                parts.append(f"<{tag}>{lis}\n</{tag}>")
            else:
                rows = []
                for p in items:
                    cell = "th" if p.style == "th" else "td"
                    cells = "".join(f"<{cell}>{ck(c, story)}</{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                parts.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
        elif b.style == "h3":
            parts.append(f"<h3><strong>{ck(b.text, story)}</strong></h3>")
        elif b.style == "quote":
            parts.append(f"<blockquote><p><em>{ck(b.text, story)}</em></p></blockquote>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            parts.append(f"<p>{ck(b.text, story)}<br />\n{ck(nxt.text, story)}</p>")
            i += 1
        elif b.style == "mso":
            parts.append(
                f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in">{_MSO_SPAN}'
                f"{ck(b.text, story)}<o:p></o:p></span></p>"
            )
        elif b.style == "msoli":
            parts.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-indent:-.25in;'
                'mso-list:l0 level1 lfo1"><span style="font-family:Symbol"><span style="mso-list:Ignore">'
                '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span></span>{_MSO_SPAN}{ck(b.text, story)}<o:p></o:p></span></p>"
            )
        else:
            parts.append(f'<p style="text-align: justify;">{ck(b.text, story)}</p>')
        i += 1
    if story.id == 1312:
        parts.insert(3, "<!--break-->")
    if story.id == 1276:
        parts.insert(0, "<p>&nbsp;</p>")
    return "\n".join(parts)


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien",
        [
            ("Lịch sử hình thành và phát triển", "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
            ("Ban Giám hiệu", "/gioi-thieu/ban-giam-hieu"),
        ],
    ),
    ("Tin tức", None, [(name, f"/tin-tuc/{a}") for (_t, a, name) in CATS.values()]),
    ("Văn bản", "/van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu() -> str:
    lis = []
    for n, (label, href, kids) in enumerate(_MENU, 1):
        mlid = 218 + n * 7
        cls = f"{'first ' if n == 1 else ''}{'odd' if n % 2 else 'even'} sf-item-{n} sf-depth-1"
        cls += " menuparent" if kids else " sf-no-children"
        link = (
            f'<a href="{href}" class="sf-depth-1{" menuparent" if kids else ""}">{esc(label)}</a>'
            if href
            else f'<span title="" class="nolink sf-depth-1 menuparent" tabindex="0">{esc(label)}</span>'
        )
        sub = ""
        if kids:
            sub = '<ul class="sf-megamenu-column">' + "".join(
                f'<li id="menu-{mlid + k}-1" class="sf-depth-2 sf-no-children"><a href="{h}" '
                f'class="sf-depth-2">{esc(t)}</a></li>'
                for k, (t, h) in enumerate(kids, 1)
            ) + "</ul>"
        lis.append(f'<li id="menu-{mlid}-1" class="{cls}">{link}{sub}</li>')
    return (
        '<ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-default '
        'sf-total-items-6 sf-parent-items-2 sf-single-items-4">' + "".join(lis) + "</ul>"
    )


def _most_read() -> str:
    items = "".join(
        f'<li class="views-row"><a href="{alias(BY_NID[n])}">{esc(BY_NID[n].title)}</a> '
        f'<span class="luot-xem">({BY_NID[n].views()} lượt xem)</span></li>'
        for n in (1298, 1303, 1301, 1290, 1305)
    )
    return (
        '<div id="block-views-tin-doc-nhieu-block" class="block block-views block-tin-doc-nhieu-block '
        'odd"><div class="block-inner clearfix"><h2 class="block-title">Tin đọc nhiều</h2>'
        '<div class="content clearfix"><div class="view view-tin-doc-nhieu view-id-tin_doc_nhieu '
        f'view-display-id-block"><div class="view-content"><ol class="ds-doc-nhieu">{items}</ol>'
        "</div></div></div></div></div>"
    )


def _sidebar() -> str:
    return f"""<aside class="grid-3 region region-sidebar-second" id="region-sidebar-second">
<div class="region-inner region-sidebar-second-inner">
<div id="block-block-7" class="block block-block block-7 block-block-7 odd block-without-title">
<div class="block-inner clearfix"><div class="content clearfix">
<p><a href="http://bacgiang.gov.vn" target="_blank"><img src="{F}/banner/cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh" width="270" height="70" /></a></p>
<p><a href="http://hcma.vn" target="_blank"><img src="{F}/banner/hvctqg-hcm.jpg" alt="Học viện CTQG Hồ Chí Minh" width="270" height="70" /></a></p>
</div></div></div>
{_most_read()}
<div id="block-views-van-ban-moi-block" class="block block-views block-van-ban-moi-block even">
<div class="block-inner clearfix"><h2 class="block-title">Văn bản mới</h2><div class="content clearfix">
<div class="view view-van-ban-moi"><div class="view-content"><ul>
<li><a href="/van-ban/ke-hoach-mo-lop-trung-cap-llct-hc-nam-2027">Kế hoạch số 512/KH-TCT mở lớp Trung cấp LLCT - HC năm 2027</a></li>
</ul></div><div class="more-link"><a href="/van-ban">Xem tất cả</a></div></div></div></div></div>
<div id="block-poll-recent" class="block block-poll block-recent block-poll-recent odd">
<div class="block-inner clearfix"><h2 class="block-title">Thăm dò ý kiến</h2><div class="content clearfix">
<form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8"><div><div class="poll">
<div class="vote-form"><div class="choices"><div class="title">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</div>
<div class="form-item form-type-radios form-item-choice"><div id="edit-choice" class="form-radios">
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-1" name="choice" value="1" class="form-radio" /> <label class="option" for="edit-choice-1">Đẹp, dễ sử dụng </label></div>
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-2" name="choice" value="2" class="form-radio" /> <label class="option" for="edit-choice-2">Bình thường </label></div>
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-3" name="choice" value="3" class="form-radio" /> <label class="option" for="edit-choice-3">Khó sử dụng </label></div>
</div></div></div>
<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" /></div>
<input type="hidden" name="form_build_id" value="form-pY3s0_kq8D1u1vR2wHn5bXc0Lw7TzJmA4eQ9oF6gKxM" />
<input type="hidden" name="form_id" value="poll_view_voting" /></div></div></form></div></div></div>
<div id="block-block-9" class="block block-block block-9 even">
<div class="block-inner clearfix"><h2 class="block-title">Liên kết website</h2><div class="content clearfix">
<select name="lienket" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="http://tuyengiao.vn">Tạp chí Tuyên giáo</option>
<option value="http://baobacgiang.vn">Báo Bắc Giang</option>
<option value="http://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
</select></div></div></div>
<div id="block-counter-0" class="block block-counter block-0 odd">
<div class="block-inner clearfix"><h2 class="block-title">Thống kê truy cập</h2><div class="content clearfix">
<ul class="thong-ke"><li>Đang online: <strong>27</strong></li><li>Hôm nay: <strong>412</strong></li>
<li>Tổng truy cập: <strong>1.284.903</strong></li></ul></div></div></div>
</div></aside>"""


def page(
    request: Request,
    *,
    title: str,
    body: str,
    h1: str | None,
    body_class: str,
    head_extra: str = "",
    breadcrumb: list[tuple[str, str | None]] | None = None,
    description: str = "",
) -> Response:
    crumbs = ""
    if breadcrumb is not None:
        links = ['<a href="/">Trang chủ</a>'] + [
            f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="nolink">{esc(t)}</span>'
            for t, h in breadcrumb
        ]
        crumbs = (
            '<div id="zone-breadcrumb" class="zone zone-breadcrumb clearfix container-12">'
            '<div class="grid-12 region region-breadcrumb" id="region-breadcrumb"><div id="breadcrumb">'
            '<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">'
            + " » ".join(links)
            + "</div></div></div></div>"
        )
    heading = f'<h1 class="title" id="page-title">{esc(h1)}</h1>' if h1 else ""
    settings = json.dumps(
        {
            "basePath": "/",
            "pathPrefix": "",
            "ajaxPageState": {"theme": "tct_omega", "theme_token": "rV0y2Lq5m0n8bW3cTzGkHf1EwX7aS9dJpU4oYiC6"},
            "views_infinite_scroll": {"img_path": "/sites/all/modules/views_infinite_scroll/images/ajax-loader.gif"},
            "superfish": {"1": {"id": "1", "sf": {"delay": "400", "animation": {"opacity": "show"}}}},
            "colorbox": {"opacity": "0.85", "current": "{current} / {total}", "previous": "« Trước"},
        },
        ensure_ascii=True,
    ).replace("/", "\\/")
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/tct_omega/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1, user-scalable=no" />
{desc}<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}<title>{esc(title)}</title>
<style type="text/css" media="all">
@import url("/modules/system/system.base.css?p3k1zd");
@import url("/sites/all/modules/views/css/views.css?p3k1zd");
@import url("/sites/all/libraries/superfish/css/superfish.css?p3k1zd");
@import url("/sites/all/themes/tct_omega/css/global.css?p3k1zd");
</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?p3k1zd"></script>
<script type="text/javascript" src="/sites/all/modules/views_infinite_scroll/views_infinite_scroll.js?p3k1zd"></script>
<script type="text/javascript" src="/sites/all/themes/tct_omega/js/tct.js?p3k1zd"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>
<body class="html {body_class} not-logged-in">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a></div>
<div class="page clearfix" id="page">
<header id="section-header" class="section section-header">
<div id="zone-user-wrapper" class="zone-wrapper zone-user-wrapper clearfix">
<div id="zone-user" class="zone zone-user clearfix container-12">
<div class="grid-8 region region-user-first" id="region-user-first"><div class="region-inner">
<span class="ngay-hien-tai">{HEADER_TODAY}</span></div></div>
<div class="grid-4 region region-user-second" id="region-user-second"><div class="region-inner">
<form action="/" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">
<input title="Nhập từ khóa cần tìm." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
<input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" />
<input type="hidden" name="form_id" value="search_block_form" /></div></form></div></div>
</div></div>
<div id="zone-branding-wrapper" class="zone-wrapper zone-branding-wrapper clearfix">
<div id="zone-branding" class="zone zone-branding clearfix container-12">
<div class="grid-12 region region-branding" id="region-branding"><div class="region-inner region-branding-inner">
<div class="branding-data clearfix"><div class="logo-img"><a href="/" rel="home" title="{SITE}"><img src="/sites/default/files/logo-tct-bg.png" alt="{SITE}" id="logo" /></a></div>
<hgroup class="site-name-slogan"><h2 class="site-name"><a href="/" title="Trang chủ">{SITE}</a></h2>
<h6 class="site-slogan">Học - Học nữa - Học mãi</h6></hgroup></div></div></div>
</div></div>
<div id="zone-menu-wrapper" class="zone-wrapper zone-menu-wrapper clearfix">
<div id="zone-menu" class="zone zone-menu clearfix container-12">
<div class="grid-12 region region-menu" id="region-menu"><div class="region-inner region-menu-inner">
<nav class="navigation"><div id="block-superfish-1" class="block block-superfish block-1 block-superfish-1 odd block-without-title">
<div class="block-inner clearfix"><div class="content clearfix">{_menu()}</div></div></div></nav>
</div></div></div></div>
</header>
<section id="section-content" class="section section-content">
<div id="zone-content-wrapper" class="zone-wrapper zone-content-wrapper clearfix">
{crumbs}
<div id="zone-content" class="zone zone-content clearfix container-12">
<div class="grid-9 region region-content" id="region-content"><div class="region-inner region-content-inner">
<a id="main-content"></a>
{heading}
<div class="block block-system block-main block-system-main odd block-without-title" id="block-system-main">
<div class="block-inner clearfix"><div class="content clearfix">
{body}
</div></div></div>
</div></div>
{_sidebar()}
</div></div>
</section>
<footer id="section-footer" class="section section-footer">
<div id="zone-footer-wrapper" class="zone-wrapper zone-footer-wrapper clearfix">
<div id="zone-footer" class="zone zone-footer clearfix container-12">
<div class="grid-12 region region-footer-first" id="region-footer-first"><div class="region-inner">
<div id="block-block-2" class="block block-block block-2"><div class="content">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẮC GIANG</strong></p>
<p>Địa chỉ: Số 96 đường Hùng Vương, phường Ngô Quyền, thành phố Bắc Giang, tỉnh Bắc Giang</p>
<p>Điện thoại: 0204.3854.217 - Fax: 0204.3856.031 - Email: truongchinhtri@bacgiang.gov.vn</p>
<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bắc Giang cấp. Chịu trách nhiệm chính: Hiệu trưởng Nhà trường.</p>
<p>© 2014 - 2026 Bản quyền thuộc về Trường Chính trị tỉnh Bắc Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div></div></div></div></div>
</footer>
</div>
<script type="text/javascript">(function($){{$('.pager-load-more').hide();}})(jQuery);</script>
</body>
</html>"""
    return html(doc)


# --- pieces of the node page --------------------------------------------------------------------


def _field(name: str, ftype: str, items: str, label: str | None = None) -> str:
    css = name.replace("_", "-")
    lbl = f'<div class="field-label">{label}:&nbsp;</div>' if label else ""
    where = "inline clearfix" if label else "hidden"
    return (
        f'<div class="field field-name-{css} field-type-{ftype} field-label-{where}">{lbl}'
        f'<div class="field-items"><div class="field-item even">{items}</div></div></div>'
    )


def _pane(kind: str, content: str, title: str | None = None) -> str:
    t = f'<h2 class="pane-title">{esc(title)}</h2>\n' if title else ""
    return (
        f'<div class="panel-pane pane-{kind}">\n{t}<div class="pane-content">\n{content}\n</div>\n</div>\n'
        '<div class="panel-separator"></div>'
    )


def _thumb(story: Story, style: str = "thumbnail") -> str:
    lead = next((i for i in story.images if i.style == "lead"), None)
    if lead is None:
        return '<img typeof="foaf:Image" src="/sites/all/themes/tct_omega/images/no-image.png" width="100" height="67" alt="" />'
    rel = lead.src.split("/public/", 1)[1].split("?", 1)[0]
    return f'<img typeof="foaf:Image" src="{esc(styled(style, rel))}" width="100" height="67" alt="" />'


def related_view(story: Story, name: str = "tin_lien_quan") -> str:
    """A Views block: the 3 newest others of the same term (title + date)."""
    others = [s for s in in_cat(story.cat) if s.id != story.id][:3]
    rows = "".join(
        f'<li class="views-row views-row-{k}"><div class="views-field views-field-title"><span class="'
        f'field-content"><a href="{alias(s)}">{esc(s.title)}</a></span></div> <span class="views-field '
        f'views-field-created">({vn_day(s.opts["created"])})</span></li>'
        for k, s in enumerate(others, 1)
    )
    css = name.replace("_", "-")
    return (
        f'<div class="view view-{css} view-id-{name} view-display-id-block_1 view-dom-id-'
        f'{hashlib.md5(f"{name}{story.id}".encode()).hexdigest()}">'
        + ('<div class="view-header"><p><strong>Tin liên quan:</strong></p></div>' if name == "tin_lien_quan" else "")
        + f'<div class="view-content"><div class="item-list"><ul>{rows}</ul></div></div></div>'
    )


def _lead_field(story: Story) -> str:
    lead = next((i for i in story.images if i.style == "lead"), None)
    if lead is None:
        return ""
    original = F + "/" + lead.src.split("/public/", 1)[1].split("?", 1)[0]
    cap = esc(lead.printed or "")
    item = (
        f'<a href="{original}" title="{cap}" class="colorbox" rel="gallery-node-{story.id}">'
        f'<img typeof="foaf:Image" src="{esc(lead.src)}" width="600" height="400" alt="" title="{cap}" /></a>'
        f'<div class="anh-dd-chuthich">{cap}</div>'
    )
    return _pane("entity-field", _field("field_anh_dai_dien", "image", item))


def _files_field(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = []
    for k, (fname, size) in enumerate(files):
        mime = "application/pdf" if fname.endswith(".pdf") else "application/msword"
        icon = "application-pdf.png" if fname.endswith(".pdf") else "x-office-document.png"
        rows.append(
            f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td><span class="file"><img class="file-icon" '
            f'alt="" title="{mime}" src="/modules/file/icons/{icon}" /> <a href="{F}/tep-dinh-kem/{fname}" '
            f'type="{mime}; length=190000">{fname}</a></span></td><td>{size}</td></tr>'
        )
    table = (
        '<table class="sticky-enabled"><thead><tr><th>Tệp đính kèm</th><th>Kích thước</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _pane("entity-field", f'<div class="field field-name-field-dinh-kem field-type-file field-label-hidden">{table}</div>')


def node_page(request: Request, story: Story) -> Response:
    _tid, cat_alias, cat_name = CATS[story.cat]
    path = alias(story)
    created = story.opts["created"]
    user = story.opts["user"]
    uid = 1 if user == "quantri" else 7
    submitted = (
        f'<div class="ngay-dang"><span property="dc:date dc:created" content="{iso(created)}" '
        f'datatype="xsd:dateTime" rel="sioc:has_creator">Đăng bởi <span class="username" xml:lang="" '
        f'about="/user/{uid}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{user}</span> '
        f"lúc {us_medium(created)}</span></div>"
    )
    updated = ""
    if story.opts.get("updated"):
        updated = _pane("node-updated", f'<span class="cap-nhat">Cập nhật lần cuối: {us_medium(story.opts["updated"])}</span>')
    tools = (
        '<div class="print-link"><span class="print_html"><a href="/print/'
        f'{story.id}" title="Hiển thị phiên bản in của trang này." class="print-page" rel="nofollow">'
        '<img class="print-icon print-icon-margin" typeof="foaf:Image" src="/sites/all/modules/print/'
        'icons/print_icon.png" width="16" height="16" alt="Bản in" title="Bản in" />Bản in</a></span> '
        f'<span class="gui-email"><a href="mailto:?subject={esc(story.slug)}&amp;body=http://{esc(request.headers.get("Host", "127.0.0.1"))}{path}">'
        '<img src="/sites/all/themes/tct_omega/images/email.png" alt="Gửi email" /> Gửi email</a></span> '
        '<span class="co-chu">Cỡ chữ: <a href="javascript:void(0)" class="tang">A+</a> '
        '<a href="javascript:void(0)" class="giam">A-</a></span></div>'
    )
    sapo = _pane(
        "entity-field",
        _field("field_tom_tat", "text-long", f"<p><strong>{ck(story.summary or '', story)}</strong></p>"),
    )
    body = _pane(
        "entity-field",
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="'
        'field-items"><div class="field-item even" property="content:encoded">'
        + render_body(story, related_view(story))
        + "</div></div></div>",
    )
    author = ""
    if story.opts.get("tac_gia"):
        author = _pane("entity-field", _field("field_tac_gia", "text", esc(story.opts["tac_gia"]), "Tác giả"))
    source = ""
    if story.opts.get("nguon"):
        source = _pane("entity-field", _field("field_nguon_tin", "text", esc(story.opts["nguon"]), "Nguồn tin"))
    terms = _pane(
        "entity-field",
        _field(
            "field_chuyen_muc",
            "taxonomy-term-reference",
            f'<a href="/tin-tuc/{cat_alias}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" '
            f'datatype="">{esc(cat_name)}</a>',
            "Chuyên mục",
        ),
    )
    fb = _pane(
        "block-2",
        f'<div class="fb-comments" data-href="http://{esc(request.headers.get("Host", "127.0.0.1"))}{path}" '
        'data-width="100%" data-numposts="5"></div>',
        "Bình luận",
    )
    same_cat = _pane(
        "views-panes pane-tin-cung-chuyen-muc-panel-pane-1",
        related_view(story, "tin_cung_chuyen_muc")
        + f'<div class="more-link"><a href="/tin-tuc/{cat_alias}">Xem thêm »</a></div>',
        "Tin cùng chuyên mục",
    )
    content = f"""<div class="panel-display tct-baiviet clearfix" id="tct-bai-viet">
<div class="tct-baiviet-dau panel-panel">
{_pane("node-title", f'<h2 class="tieude-tin">{esc(story.title)}</h2>')}
{_pane("node-created", submitted)}
{updated}
{_pane("print-links", tools)}
</div>
<div class="tct-baiviet-noidung panel-panel"><div class="inside">
{_lead_field(story)}
{sapo}
{body}
{_files_field(story)}
{author}
{source}
{terms}
</div></div>
<div class="tct-baiviet-cuoi panel-panel"><div class="inside">
{fb}
{same_cat}
</div></div>
</div>"""
    host = request.headers.get("Host", "127.0.0.1")
    lead = next((i for i in story.images if i.style == "lead"), None)
    head = (
        f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{story.id}" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="http://{esc(host)}{path}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
    )
    if lead:
        head += f'<meta property="og:image" content="http://{esc(host)}{esc(lead.src)}" />\n'
    return page(
        request,
        title=f"{story.title} | {SITE}",
        body=content,
        h1=cat_name,
        body_class=f"not-front page-node page-node- page-node-{story.id} node-type-tin-tuc",
        head_extra=head,
        breadcrumb=[("Tin tức", None), (cat_name, f"/tin-tuc/{cat_alias}")],
        description=story.summary or "",
    )


def print_page(request: Request, story: Story) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    path = alias(story)
    body = render_body(story, "")
    links = re.findall(r'<a href="([^"]+)"', body)
    for n, href in enumerate(links, 1):
        body = body.replace(f'<a href="{href}">', f'<a href="{href}" class="print-link-{n}">', 1)
    pieces = body.split("</a>")
    body = "".join(
        piece + (f'</a> <span class="print-footnote">[{n}]</span>' if n < len(pieces) else "")
        for n, piece in enumerate(pieces, 1)
    )
    lead = next((i for i in story.images if i.style == "lead"), None)
    lead_html = f'<p><img src="{esc(lead.src)}" alt="" title="{esc(lead.printed or "")}" /></p>' if lead else ""
    notes = "".join(f"[{n}] http://{esc(host)}{esc(h)}<br />" for n, h in enumerate(links, 1))
    author = f"<p><strong>Tác giả:</strong> {esc(story.opts['tac_gia'])}</p>" if story.opts.get("tac_gia") else ""
    if story.opts.get("nguon"):
        author += f"<p><strong>Nguồn tin:</strong> {esc(story.opts['nguon'])}</p>"
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)} | {SITE}</title>
<meta name="robots" content="noindex, nofollow, noarchive" />
<link rel="canonical" href="{path}" />
<link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="/sites/default/files/logo-tct-bg.png" alt="" id="logo" /></div>
<div class="print-site_name">Xuất bản trên {SITE} (http://{esc(host)})</div>
<p />
<div class="print-breadcrumb"><a href="/">Trang chủ</a> &gt; Tin tức &gt; {esc(CATS[story.cat][2])}</div>
<hr class="print-hr" />
<div class="print-content">
<h1 class="print-title">{esc(story.title)}</h1>
<div class="print-submitted">Đăng bởi {story.opts["user"]}</div>
<div class="print-created">{us_medium(story.opts["created"])}</div>
{lead_html}
<p><strong>{ck(story.summary or "", story)}</strong></p>
{body}
{author}
</div>
<div class="print-footer"></div>
<hr class="print-hr" />
<div class="print-source_url"><strong>URL nguồn (lấy lúc 05/12/2026 - 10:22):</strong> <a href="http://{esc(host)}{path}">http://{esc(host)}{path}</a></div>
<div class="print-links"><p><strong>Liên kết:</strong><br />{notes}</p></div>
</body>
</html>"""
    return html(doc)


# --- listings and the front page ------------------------------------------------------------------


def _row(k: int, s: Story, total: int) -> str:
    pos = " views-row-first" if k == 1 else ""
    pos += " views-row-last" if k == total else ""
    teaser = s.summary or ""
    if len(teaser) > 160:
        teaser = teaser[:160].rsplit(" ", 1)[0] + "…"
    return f"""<div class="views-row views-row-{k} views-row-{"odd" if k % 2 else "even"}{pos}">
<div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{alias(s)}">{_thumb(s)}</a></div></div>
<div class="views-field views-field-title"><h3 class="field-content"><a href="{alias(s)}">{esc(s.title)}</a></h3></div>
<div class="views-field views-field-created"><span class="field-content ngay-tin">{vn_day(s.opts["created"])}</span></div>
<div class="views-field views-field-field-tom-tat"><div class="field-content">{esc(teaser)}</div></div>
</div>"""


def listing(request: Request, cat: str) -> Response:
    tid, cat_alias, cat_name = CATS[cat]
    items = in_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    raw = request.params.get("page", "0").split(",")[0]
    n = int(raw) if raw.isdigit() else 0
    n = max(0, min(n, pages - 1))
    chunk = items[n * PER_PAGE : (n + 1) * PER_PAGE]
    rows = "\n".join(_row(k, s, len(chunk)) for k, s in enumerate(chunk, 1))
    pager = ""
    if n + 1 < pages:
        pager = (
            '<div class="item-list"><ul class="pager pager-load-more"><li class="pager-next first last">'
            f'<a href="/tin-tuc/{cat_alias}?page={n + 1}">Xem thêm</a></li></ul></div>'
        )
    dom = hashlib.md5(f"{cat}{n}".encode()).hexdigest()
    body = f"""<div class="view view-tin-tuc-theo-chuyen-muc view-id-tin_tuc_theo_chuyen_muc view-display-id-page view-dom-id-{dom}">
<div class="view-content">
{rows}
</div>
{pager}
</div>
<script type="text/javascript">
jQuery.extend(Drupal.settings, {{"views":{{"ajax_path":"\\/views\\/ajax","ajaxViews":{{"views_dom_id:{dom}":{{"view_name":"tin_tuc_theo_chuyen_muc","view_display_id":"page","view_args":"{tid}","view_path":"taxonomy\\/term\\/{tid}","view_base_path":"taxonomy\\/term\\/%","view_dom_id":"{dom}","pager_element":0}}}}}}}});
</script>"""
    return page(
        request,
        title=f"{cat_name} | {SITE}",
        body=body,
        h1=cat_name,
        body_class="not-front page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-" + str(tid),
        head_extra=f'<link rel="canonical" href="/tin-tuc/{cat_alias}" />\n',
        breadcrumb=[("Tin tức", None)],
    )


def front(request: Request) -> Response:
    slides = []
    for k, nid in enumerate((1312, 1309, 1305), 1):
        s = BY_NID[nid]
        rel = next(i for i in s.images if i.style == "lead").src.split("/public/", 1)[1].split("?", 1)[0]
        slides.append(
            f'<div id="views_slideshow_cycle_div_slide_tin_noi_bat-block_{k - 1}" class="views-slideshow-cycle-'
            f'main-frame-row views_slideshow_cycle_slide views_slideshow_slide views-row-{k}">'
            f'<div class="views-field views-field-nothing"><span class="field-content"><a href="/node/{nid}">'
            f'<img src="{esc(styled("slide_640x360", rel))}" width="640" height="360" alt="" /></a>'
            f'<div class="slide-caption"><a href="/node/{nid}">{esc(s.title)}</a></div></span></div></div>'
        )
    blocks = []
    for key, (_tid, cat_alias, cat_name) in CATS.items():
        rows = "".join(
            f'<li class="views-row"><a href="{alias(s)}">{_thumb(s)}</a> <a href="{alias(s)}" class="tieu-de">'
            f'{esc(s.title)}</a> <span class="ngay">({vn_day(s.opts["created"])})</span></li>'
            for s in in_cat(key)[:3]
        )
        blocks.append(
            f'<div id="block-views-tin-trang-chu-block-{key}" class="block block-views khoi-tin-trang-chu">'
            f'<div class="block-inner clearfix"><h2 class="block-title"><a href="/tin-tuc/{cat_alias}">'
            f'{esc(cat_name)}</a></h2><div class="content clearfix"><div class="view view-tin-trang-chu">'
            f'<div class="view-content"><ul>{rows}</ul></div><div class="more-link"><a href="/tin-tuc/'
            f'{cat_alias}">Xem tất cả</a></div></div></div></div></div>'
        )
    body = f"""<div class="panel-display panel-trang-chu clearfix" id="trang-chu">
<div class="panel-pane pane-block pane-views-thong-bao-block"><div class="pane-content">
<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
<a href="/van-ban/ke-hoach-mo-lop-trung-cap-llct-hc-nam-2027">Thông báo: Kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027</a>
</marquee></div></div>
<div class="panel-pane pane-views-panes pane-tin-noi-bat-panel-pane-1"><div class="pane-content">
<div class="views_slideshow_cycle_main views_slideshow_main"><div id="views_slideshow_cycle_teaser_section_tin_noi_bat-block" class="views-slideshow-cycle-main-frame views_slideshow_cycle_teaser_section">
{"".join(slides)}
</div></div></div></div>
{"".join(blocks)}
<div class="panel-pane pane-block"><div class="pane-content"><h2 class="block-title"><a href="/thu-vien-anh">Thư viện ảnh</a></h2>
<a href="/thu-vien-anh/le-khai-giang-lop-trung-cap-k80"><img src="{esc(styled("thumbnail", "album/k80/k80-01.jpg"))}" alt="Lễ khai giảng lớp Trung cấp K80" /></a></div></div>
</div>"""
    return page(
        request,
        title=f"{SITE} | Cổng thông tin điện tử",
        body=body,
        h1=None,
        body_class="front",
        head_extra='<link rel="canonical" href="/" />\n<link rel="shortlink" href="/" />\n',
        description="Cổng thông tin điện tử Trường Chính trị tỉnh Bắc Giang",
    )


# --- pages that are not articles ---------------------------------------------------------------------

_BASIC = {
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien": (
        11,
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Bắc Giang tiền thân là Trường Đảng tỉnh Bắc Giang, được thành lập năm "
            "1949 trong những năm kháng chiến chống thực dân Pháp.",
            "Năm 1962, khi hợp nhất hai tỉnh Bắc Giang và Bắc Ninh thành tỉnh Hà Bắc, Trường được đổi tên "
            "thành Trường Đảng tỉnh Hà Bắc; năm 1997, tỉnh Bắc Giang được tái lập, Trường Chính trị tỉnh "
            "Bắc Giang được thành lập trên cơ sở sáp nhập Trường Đảng, Trường Hành chính và Trường Đoàn "
            "thể của tỉnh.",
            "Trải qua hơn 75 năm, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, được Đảng, "
            "Nhà nước tặng thưởng Huân chương Độc lập hạng Ba, Huân chương Lao động hạng Nhất.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        12,
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa "
            "Dân vận.",
        ],
    ),
    "/gioi-thieu/ban-giam-hieu": (
        13,
        "Ban Giám hiệu",
        [
            "TS. Nguyễn Văn Thắng - Hiệu trưởng.",
            "ThS. Trần Thị Bích Ngọc - Phó Hiệu trưởng.",
            "TS. Hoàng Văn Quý - Phó Hiệu trưởng.",
        ],
    ),
}


def basic_page(request: Request, path: str) -> Response:
    nid, title, paras = _BASIC[path]
    body = (
        f'<div id="node-{nid}" class="node node-page node-full clearfix" about="{path}" typeof="foaf:Document">'
        '<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary '
        'field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div></div></div></div>"
    )
    return page(
        request,
        title=f"{title} | {SITE}",
        body=body,
        h1=title,
        body_class=f"not-front page-node page-node- page-node-{nid} node-type-page",
        head_extra=f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{nid}" />\n',
        breadcrumb=[("Giới thiệu", None)],
    )


def contact(request: Request) -> Response:
    body = """<div id="node-14" class="node node-webform node-full clearfix"><div class="content clearfix">
<p>Mọi thông tin xin gửi về Văn phòng Trường Chính trị tỉnh Bắc Giang. Điện thoại: 0204.3854.217.</p>
<form class="webform-client-form" enctype="multipart/form-data" action="/lien-he" method="post" id="webform-client-form-14" accept-charset="UTF-8"><div>
<div class="form-item webform-component webform-component-textfield" id="webform-component-ho-ten"><label for="edit-submitted-ho-ten">Họ và tên <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
<input type="text" id="edit-submitted-ho-ten" name="submitted[ho_ten]" value="" size="60" maxlength="128" class="form-text required" /></div>
<div class="form-item webform-component webform-component-email" id="webform-component-email"><label for="edit-submitted-email">Email</label>
<input class="email form-text form-email" type="email" id="edit-submitted-email" name="submitted[email]" size="60" /></div>
<div class="form-item webform-component webform-component-textarea" id="webform-component-noi-dung"><label for="edit-submitted-noi-dung">Nội dung</label>
<textarea id="edit-submitted-noi-dung" name="submitted[noi_dung]" cols="60" rows="5" class="form-textarea"></textarea></div>
<input type="hidden" name="form_id" value="webform_client_form_14" />
<div class="form-actions"><input class="webform-submit button-primary form-submit" type="submit" name="op" value="Gửi" /></div>
</div></form></div></div>"""
    return page(
        request,
        title=f"Liên hệ | {SITE}",
        body=body,
        h1="Liên hệ",
        body_class="not-front page-node page-node- page-node-14 node-type-webform",
        head_extra='<link rel="canonical" href="/lien-he" />\n<link rel="shortlink" href="/node/14" />\n',
        breadcrumb=[],
    )


DOC_PATH = "/van-ban/ke-hoach-mo-lop-trung-cap-llct-hc-nam-2027"
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-lop-trung-cap-k80"


def doc_page(request: Request) -> Response:
    body = f"""<div id="node-1307" class="node node-van-ban node-full clearfix"><div class="content clearfix">
<table class="thong-tin-van-ban"><tbody>
<tr><td class="nhan">Số ký hiệu</td><td>512/KH-TCT</td></tr>
<tr><td class="nhan">Ngày ban hành</td><td>25/11/2026</td></tr>
<tr><td class="nhan">Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td class="nhan">Cơ quan ban hành</td><td>Trường Chính trị tỉnh Bắc Giang</td></tr>
<tr><td class="nhan">Trích yếu</td><td>Kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027</td></tr>
<tr><td class="nhan">Tệp đính kèm</td><td><span class="file"><img class="file-icon" alt="" src="/modules/file/icons/application-pdf.png" /> <a href="{F}/van-ban/512-kh-tct-2026.pdf" type="application/pdf; length=88412">512-kh-tct-2026.pdf</a></span></td></tr>
</tbody></table></div></div>"""
    return page(
        request,
        title=f"Kế hoạch mở lớp Trung cấp LLCT - HC năm 2027 | {SITE}",
        body=body,
        h1="Kế hoạch mở lớp Trung cấp LLCT - HC năm 2027",
        body_class="not-front page-node page-node- page-node-1307 node-type-van-ban",
        head_extra=f'<link rel="canonical" href="{DOC_PATH}" />\n<link rel="shortlink" href="/node/1307" />\n',
        breadcrumb=[("Văn bản", "/van-ban")],
    )


def doc_list(request: Request) -> Response:
    body = f"""<div class="view view-van-ban view-id-van_ban view-display-id-page"><div class="view-content">
<table class="views-table cols-3"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr class="odd views-row-first views-row-last"><td>512/KH-TCT</td><td>25/11/2026</td>
<td><a href="{DOC_PATH}">Kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027</a></td></tr></tbody></table>
</div></div>"""
    return page(
        request,
        title=f"Văn bản | {SITE}",
        body=body,
        h1="Văn bản",
        body_class="not-front page-van-ban",
        breadcrumb=[],
    )


def album_page(request: Request) -> Response:
    imgs = "".join(
        f'<a href="{F}/album/k80/k80-0{k}.jpg" class="colorbox" rel="gallery-1296"><img src="'
        f'{esc(styled("thumbnail", f"album/k80/k80-0{k}.jpg"))}" width="100" height="67" alt="" /></a>'
        for k in range(1, 7)
    )
    body = (
        '<div id="node-1296" class="node node-album node-full clearfix"><div class="content clearfix">'
        f'<div class="field field-name-field-anh-album field-type-image">{imgs}</div></div></div>'
    )
    return page(
        request,
        title=f"Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính K80 | {SITE}",
        body=body,
        h1="Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính K80",
        body_class="not-front page-node page-node- page-node-1296 node-type-album",
        head_extra=f'<link rel="canonical" href="{ALBUM_PATH}" />\n<link rel="shortlink" href="/node/1296" />\n',
        breadcrumb=[("Thư viện ảnh", "/thu-vien-anh")],
    )


def album_list(request: Request) -> Response:
    body = (
        '<div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page"><div class="view-content">'
        f'<div class="views-row views-row-1"><a href="{ALBUM_PATH}"><img src="'
        f'{esc(styled("thumbnail", "album/k80/k80-01.jpg"))}" alt="" /></a> <a href="{ALBUM_PATH}">Lễ khai giảng '
        "lớp Trung cấp lý luận chính trị - hành chính K80</a></div></div></div>"
    )
    return page(
        request,
        title=f"Thư viện ảnh | {SITE}",
        body=body,
        h1="Thư viện ảnh",
        body_class="not-front page-thu-vien-anh",
        breadcrumb=[],
    )


# --- the site ----------------------------------------------------------------------------------------------


class Drupal7Site:
    def __init__(self) -> None:
        self.by_alias = {alias(s): s for s in STORIES}
        self.old_alias = {
            f"/tin-tuc/{CATS[s.cat][1]}/{s.opts['old_slug']}": alias(s) for s in STORIES if s.opts.get("old_slug")
        }
        self.cat_by_alias = {f"/tin-tuc/{a}": key for key, (_t, a, _n) in CATS.items()}
        self.pages = {
            "/lien-he": contact,
            DOC_PATH: doc_page,
            "/van-ban": doc_list,
            ALBUM_PATH: album_page,
            "/thu-vien-anh": album_list,
        }
        self.node_aliases = {11: "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien", 12: "/gioi-thieu/co-cau-to-chuc",
                             13: "/gioi-thieu/ban-giam-hieu", 14: "/lien-he", 1307: DOC_PATH, 1296: ALBUM_PATH}

    def _route(self, request: Request, path: str) -> Response | None:
        if path in ("/", "/node", "/trang-chu"):
            return front(request) if path == "/" else redirect("/", 301)
        if path in self.by_alias:
            return node_page(request, self.by_alias[path])
        if path in self.old_alias:
            return redirect(self.old_alias[path], 301)
        if path in self.cat_by_alias:
            return listing(request, self.cat_by_alias[path])
        if path in _BASIC:
            return basic_page(request, path)
        if path in self.pages:
            return self.pages[path](request)
        m = re.fullmatch(r"/(node|print)/(\d+)", path)
        if m:
            nid = int(m.group(2))
            if nid in BY_NID:
                story = BY_NID[nid]
                return node_page(request, story) if m.group(1) == "node" else print_page(request, story)
            if m.group(1) == "node" and nid in self.node_aliases:
                return self._route(request, self.node_aliases[nid])
            return None
        m = re.fullmatch(r"/taxonomy/term/(\d+)", path)
        if m:
            for key, (tid, _a, _n) in CATS.items():
                if int(m.group(1)) == tid:
                    return listing(request, key)
            return None
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/views/ajax":
            payload = [{"command": "settings", "settings": {"basePath": "/"}, "merge": True}]
            return Response(200, json.dumps(payload), {"Content-Type": "application/json"})
        if path.startswith(("/sites/", "/misc/", "/modules/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.lower().endswith(".docx"):
                return Response(200, b"PK\x03\x04", {"Content-Type": "application/msword"})
            return static_file(path)
        return self._route(request, path)


def build_site() -> Drupal7Site:
    return Drupal7Site()


# --- gold -------------------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        alias(s),
        CATS[s.cat][2],
        canonical_path=alias(s),
        alt_paths=[f"/node/{s.id}", f"/print/{s.id}"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/ban-giam-hieu",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
]
