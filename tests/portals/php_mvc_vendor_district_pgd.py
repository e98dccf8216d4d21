"""Phòng Giáo dục và Đào tạo huyện Cư M'gar (Đắk Lắk) on a vendor's home-made PHP MVC (2016).

Platform
--------
A small Tây Nguyên software vendor sold the same PHP framework (front controller ``index.php``,
``application/controllers``, ``application/views``, friendly URLs rewritten by ``.htaccess``) to
many district education offices around 2016. Its theme: an XHTML 1.0 Transitional page with
``<base href="http://<host>/">`` and every internal link written relative to that base
(``tin-tuc/tin-hoat-dong/``, no leading slash), a top menu with drop-downs, a left menu tree
("DANH MỤC", ``ul#cay-menu`` with ``li.cap1``/``li.cap2``), portlets in the right column
(``div.khoi-phai``: marquee notices, most read, new documents, photo album, video, poll, links,
visitor counter) and the article view inside a "khung" (frame) of nested divs drawn with corner
images: ``div.khung > div.khung-tren + div.khung-giua > div.khung-giua-trai > div.khung-giua-phai
> div.khung-nd``. Images of the theme are lazy-loaded with jquery.lazyload (``data-original``).
The older ``?mod=news&id=<n>`` controller of the vendor's previous version is still installed.

URL scheme
----------
- ``/`` home; ``/tin-tuc/<cat>/`` listing, ``/tin-tuc/<cat>/trang-<n>/`` its page n (4 a page;
  ``/tin-tuc/<cat>`` without the slash 301s to it, ``trang-1/`` answers as page 1, unlinked);
- ``/tin-tuc/<cat>/<slug>-<id>.html`` an article. The router looks at the id only: any category
  segment and any slug serve the article (see traps);
- ``/?mod=news&id=<n>`` (also ``/index.php?mod=news&id=<n>``): old addresses. Ids the vendor's
  migration script mapped answer 301 to the new address; the rest still answer 200 from the old
  controller with its old table template;
- ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``, ``/van-ban/`` and
  ``/van-ban/<slug>-<id>.html``, ``/thu-vien-anh/`` and ``/thu-vien-anh/<slug>-<id>.html``,
  ``/video/`` and ``/video/<slug>-<id>.html``, ``/tim-kiem/?tukhoa=``; POST-only
  ``/binh-chon/`` (poll), ``/tin-tuc/binh-luan/`` (comments), ``/lien-he/`` (contact form);
- ``/upload/...`` editor images and files, ``/public/...`` theme files.

Page templates
--------------
- Home: slider "Tin nổi bật" (links through the virtual category ``tin-noi-bat``), "Tin mới
  cập nhật" (5 newest), one block per category (3 newest each + "Xem tiếp »").
- Listing: ``div.ds-tin`` of ``div.dstin_item`` (lazy thumbnail, ``a.tieude_ds``, day in
  brackets, teaser), pager ``div.phantrang`` ("« Đầu", numbers, "Trang sau »", "Cuối »|").
- Article: breadcrumb ``div.duongdan`` ("Trang chủ » Tin tức » <category>"), the khung with the
  category in its top bar, ``h1.tieude-ct``, date line ``div.ngaygio-ct`` ("Thứ Năm, 03/12/2026
  | 03:20 CH | Người đăng: pgd_cumgar | Lượt xem: 245"), tool bar (font size, print, e-mail,
  Facebook), an optional sapo ``div.tomtat-ct``, the text ``div.noidung-ct``, and (inside that
  same div, see traps) the "Tác giả" field, attachments, "Các tin mới hơn" and the comment form.

How each gold article is reached
--------------------------------
- Tin hoạt động (6): page 1 has 1287, 1281, 1276, 1270 (also on the home page); 1262 and 1255
  only on ``trang-2/`` (1262 is also in the "Các tin mới hơn" of 1255, itself page-2 only).
- Chuyên môn - Nghiệp vụ (5): page 1 has 1285, 1279, 1273, 1266; 1258 only on ``trang-2/``.
- Thông báo (2): 1289, 1283 on page 1, the home page, and (old addresses) the right column's
  marquee on every page.
"Các tin mới hơn" lists only newer articles of the same category, "Tin xem nhiều" only page-1
articles, so the page-2 ones are reachable from page 2 alone.

Traps
-----
1. ``<base href>`` with base-relative links. Every internal link (menus, pager, breadcrumbs,
   "Các tin mới hơn", attachments, marquee) is written ``tin-tuc/...`` or ``?mod=...`` without a
   leading slash and resolves against ``<base href="http://host/">``. Resolved against the page
   instead they give ``/tin-tuc/tin-hoat-dong/trang-2/tin-tuc/...`` which answers 404 (as do
   queries on the new routes). Gold: articles at the base-resolved paths; page-2 articles are
   reachable only by following the base-relative pager link.
2. ISO-8859-1 headers, UTF-8 bodies. The articles of "Chuyên môn - Nghiệp vụ" and "Thông báo"
   come from the vendor's older module that sends no Content-Type of its own: Apache's
   ``AddDefaultCharset`` answers ``text/html; charset=ISO-8859-1``. The bodies are UTF-8 and
   start with a UTF-8 BOM (the included ``header.php`` was saved by Notepad), and the ``<meta>``
   says utf-8; the old ``?mod=news`` page has the ISO header and the meta but no BOM. Gold: the
   text as UTF-8 ("Chuyên đề", not "ChuyÃªn Ä\x91á»\x81").
3. PHP notices printed in the article. ``display_errors`` is on: "Notice: Undefined index:
   anhdaidien in /var/www/pgdcumgar/public_html/application/views/tintuc/chitiet.php on line 48"
   (1276, 1258) and "Warning: getimagesize(...): failed to open stream" (1285) sit in the khung
   between the tool bar and the text. Gold: not body, not summary.
4. ``article:published_time`` is the render time. The theme's ``<meta property=
   "article:published_time">`` prints PHP's ``date('c')`` of the request (2026-12-05T09:12:47
   +07:00) on every article, and ``og:updated_time`` likewise. Gold: the date line's day and time.
5. Twelve-hour times in Vietnamese. The date line prints ``date('h:i A')`` with AM/PM replaced by
   SA/CH: "03:20 CH" -> 15:20, "12:30 CH" -> 12:30 (noon, 1283), "12:00 SA" -> midnight, i.e. the
   day alone (1262, "2026-10-30").
6. Double-escaped ``<title>`` and ``og:title``. The layout runs ``htmlspecialchars`` over a title
   the model had already escaped: the tab shows "Cư M&#039;gar: Khai mạc …" and "Phòng
   GD&amp;ĐT …"; the ``h1`` is escaped once. Gold titles: the ``h1`` ("Cư M'gar: Khai mạc Hội khỏe
   Phù Đổng cấp huyện lần thứ XII", "Phòng GD&ĐT gặp mặt …").
7. jquery.lazyload images. Content images are rewritten to ``<img class="lazy"
   src="public/images/grey.gif" data-original="/upload/news/...">``. The grey gif is a real 200
   image on the site. Gold image paths: the ``data-original`` ones, never grey.gif (the old
   ``?mod=news`` template prints the real ``src``).
8. One article, several addresses. The router reads only the id: the home slider links 1287 and
   1285 through the virtual category ``/tin-tuc/tin-noi-bat/…`` (the khung's top bar then says
   "Tin nổi bật" while the breadcrumb keeps the real category); "Các tin mới hơn" of 1276 and
   1270 links 1281 by the slug it had before its headline was edited; the marquee links
   ``/?mod=news&id=1289`` (200, old template) and ``/?mod=news&id=1283`` (301 to the new address).
   Every new-style page prints ``<link rel="canonical">`` with the current address. Gold: one
   record each, the 200 variants in ``alt_paths``; category from the breadcrumb.
9. CKEditor page break inside the text. 1281 has the editor's ``<div style="page-break-after:
   always"><span style="display: none;">&nbsp;</span></div>`` after its third paragraph; the
   text goes on after it. Gold: body includes the paragraphs after the break.
10. A plain-text article through ``nl2br``. 1279 was typed in the textarea of the mobile admin:
   its text is one ``div`` of lines separated by ``<br />\\r\\n`` (a blank line between sections)
   with raw unescaped ``&`` ("Phòng GD&ĐT"). Gold: every non-empty line is a paragraph; its
   author comes from the CMS "Tác giả:" field ("Tổ THCS").
11. Template chrome inside the text container. The khung's view forgets to close
   ``div.noidung-ct``: the "Tác giả" field, "File đính kèm", "Các tin mới hơn" and the comment form
   ("Ý kiến bạn đọc", with its own "Họ tên / Email / Nội dung" labels) are inside the text's
   div. Gold: none of it is body; "Tác giả: X" gives the author X.
12. Bylines of the Central Highlands. Ê Đê names with an apostrophe, typed both as ’ and as '
   (printed ``&#039;``): "H’Xíu Êban", "Y Khu Niê Kđăm"; the date line's "Người đăng: pgd_cumgar"
   is a CMS account (nobody); "BBT" signs 1283 (nobody); "ThS. Lê Văn Hùng - Phó Trưởng phòng
   GD&ĐT" -> "Lê Văn Hùng"; "Tin: Đỗ Minh Tâm - Ảnh: Hoàng Văn Lực" -> [Đỗ Minh Tâm], [Hoàng Văn
   Lực]; a photo line "Học sinh tranh tài ở môn đẩy gậy (Ảnh: H’Xíu Êban)" is a caption plus a
   photographer credit.
13. An official notice (1289) posted on 04/12 at 04:10 CH whose letterhead is dated "ngày 03
   tháng 12 năm 2026": gold date "2026-12-03" (the house's rule), signer "Nguyễn Văn Thắng" the
   author, letterhead/kind/subject/"Nơi nhận"/signature not body; its schedule table is body
   (rows, cells joined by " | ").

Gold decisions on ambiguous points
----------------------------------
- ``alt_paths`` lists the variants the site links (slider, stale slug, old address answering
  200). The router would serve any slug under any category; unlinked spellings (and
  ``/index.php?mod=news&id=1289``) are not listed.
- A redirecting old address (``/?mod=news&id=1283``) is not in ``alt_paths``: it serves nothing
  itself; a crawler following it lands on the gold path. The old address answering 200 is.
- A photo line "caption (Ảnh: X)": the caption is the text before the bracketed credit, X is a
  photographer. A line "Ảnh: X" alone: caption None, X a photographer.
- A closing source line in brackets "(Nguồn: X)": source X, brackets taken off.
- "Theo Báo Đắk Lắk điện tử" on its own closing line after the signature "Thanh Hương" (1270):
  source "Báo Đắk Lắk điện tử", author "Thanh Hương".
- The bold first paragraph inside the text (1281, 1273) is the sapo (summary = that paragraph);
  ``div.tomtat-ct`` outside the text is the sapo of the others that have one (body's first
  paragraph in the gold). Articles with neither have summary None.
- 1255's photo has no line under it: caption None. The plain-text article 1279 has no images.
- The "Tác giả:" field prints the author as the CMS stores it; a unit there ("Tổ THCS") is the
  author as printed.
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "php_mvc_vendor_district_pgd"
PLATFORM = "Vendor's home-made PHP MVC (2016): .htaccess friendly URLs, base href, khung frame, portlets"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Cư M'gar"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
RENDER_TIME = "2026-12-05T09:12:47+07:00"
PER_PAGE = 4
CMS_ACCOUNT = "pgd_cumgar"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon-nghiep-vu": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
}
#: the home slider's virtual category: the router serves any article under it
VIRTUAL_CATS = {"tin-noi-bat": "Tin nổi bật"}
#: categories served by the older module (no Content-Type of its own: Apache's ISO-8859-1)
ISO_CATS = {"chuyen-mon-nghiep-vu", "thong-bao"}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

_NOTICE = (
    "<br />\n<b>Notice</b>:  Undefined index: anhdaidien in "
    "<b>/var/www/pgdcumgar/public_html/application/views/tintuc/chitiet.php</b> on line <b>48</b><br />\n"
)
_WARNING = (
    "<br />\n<b>Warning</b>:  getimagesize(/var/www/pgdcumgar/public_html/upload/news/thumb/1285.jpg): "
    "failed to open stream: No such file or directory in "
    "<b>/var/www/pgdcumgar/public_html/application/views/tintuc/chitiet.php</b> on line <b>61</b><br />\n"
)
_PAGEBREAK = Raw(
    '<div style="page-break-after: always;"><span style="display: none;">&nbsp;</span></div>\n'
)


def php_esc(value: str) -> str:
    """PHP's htmlspecialchars(ENT_QUOTES): the apostrophe becomes &#039;."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
    )


def right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>\n')


# --- the articles -----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1287,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Cư M'gar tổ chức hội nghị tổng "
            "kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027. Đến dự có "
            "đồng chí Trần Văn Minh, Phó Chủ tịch UBND huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 16/11 đến ngày 28/11/2026 với sự tham gia của 142 giáo "
                "viên đến từ 31 trường tiểu học trên địa bàn huyện. Mỗi giáo viên dự thi phải trải qua "
                "hai phần: trình bày biện pháp nâng cao chất lượng dạy học và thực hành dạy hai tiết "
                "trên lớp."
            ),
            Img(
                "/upload/news/2026/12/1287-tong-ket-hoi-thi.jpg",
                "Quang cảnh hội nghị tổng kết Hội thi",
                "Quang cảnh hội nghị tổng kết Hội thi",
                style="tbl",
            ),
            P(
                "Qua hội thi, Ban Tổ chức đánh giá phần lớn giáo viên có kiến thức chuyên môn vững "
                "vàng, vận dụng linh hoạt các phương pháp và kĩ thuật dạy học tích cực theo Chương "
                "trình giáo dục phổ thông 2018. Nhiều tiết dạy được thiết kế sáng tạo, khai thác hiệu "
                "quả thiết bị dạy học và học liệu số, tạo được hứng thú cho học sinh."
            ),
            P(
                "Bên cạnh đó, một số giáo viên còn lúng túng trong việc tổ chức hoạt động nhóm, phân "
                "bố thời gian chưa hợp lý; việc đánh giá học sinh trong giờ học ở một số tiết dạy còn "
                "mang tính hình thức."
            ),
            P(
                "Kết quả, có 118 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện, đạt "
                "tỉ lệ 83,1%. Trong đó, Trường TH Lê Lợi (thị trấn Quảng Phú), Trường TH Y Jút (xã Ea "
                "Pốk) và Trường TH Nguyễn Du (xã Ea Kpam) có 100% giáo viên dự thi đạt yêu cầu."
            ),
            Img(
                "/upload/news/2026/12/1287-trao-giay-chung-nhan.jpg",
                "Lãnh đạo UBND huyện trao giấy chứng nhận cho các giáo viên đạt giải",
                "Lãnh đạo UBND huyện trao giấy chứng nhận cho các giáo viên đạt giải",
            ),
            P(
                "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện ghi nhận nỗ lực của đội ngũ "
                "giáo viên và đề nghị các nhà trường tiếp tục phát huy kết quả hội thi, nhân rộng những "
                "tiết dạy hay trong sinh hoạt chuyên môn ở tổ, khối và cụm trường."
            ),
            P("Dịp này, UBND huyện đã tặng giấy khen cho 12 giáo viên có thành tích xuất sắc tại hội thi."),
            right("<strong>Tin, ảnh: Y Khu Niê Kđăm</strong>"),
        ],
        authors=["Y Khu Niê Kđăm"],
        photographers=["Y Khu Niê Kđăm"],
        opts={"posted": datetime(2026, 12, 3, 15, 20), "featured": True},
    ),
    Story(
        id=1281,
        slug="cu-mgar-khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii",
        title="Cư M'gar: Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII",
        cat="tin-hoat-dong",
        published_at="2026-11-28T08:05:00+07:00",
        summary=(
            "Sáng 28/11, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Phòng Văn hóa - Thông tin "
            "huyện Cư M'gar long trọng tổ chức lễ khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, "
            "năm học 2026 - 2027."
        ),
        blocks=[
            P(
                "Sáng 28/11, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Phòng Văn hóa - Thông tin "
                "huyện Cư M'gar long trọng tổ chức lễ khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, "
                "năm học 2026 - 2027.",
                style="lead",
            ),
            P(
                "Hội khỏe năm nay có hơn 1.100 vận động viên là học sinh đến từ 46 trường tiểu học, "
                "trung học cơ sở và trung học phổ thông trên địa bàn huyện tham gia tranh tài ở 8 môn: "
                "điền kinh, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, võ thuật cổ truyền và đẩy "
                "gậy."
            ),
            Img("/upload/news/2026/11/1281-le-khai-mac.jpg", "Ảnh: H’Xíu Êban", None),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT nhấn mạnh, Hội khỏe Phù Đổng là ngày "
                "hội thể thao lớn của học sinh, góp phần thúc đẩy phong trào rèn luyện thân thể theo "
                "gương Bác Hồ vĩ đại, đồng thời là dịp để phát hiện, bồi dưỡng các tài năng thể thao "
                "cho huyện."
            ),
            _PAGEBREAK,
            P(
                "Ngay sau lễ khai mạc, các vận động viên bước vào thi đấu môn điền kinh và đẩy gậy. Các "
                "môn còn lại sẽ diễn ra đến hết ngày 06/12/2026 tại Nhà thi đấu đa năng huyện và sân các "
                "trường THCS Phan Chu Trinh, THCS Nguyễn Trãi."
            ),
            Img(
                "/upload/news/2026/11/1281-day-gay.jpg",
                "Học sinh tranh tài ở môn đẩy gậy (Ảnh: H’Xíu Êban)",
                "Học sinh tranh tài ở môn đẩy gậy",
            ),
            P(
                "Kết quả Hội khỏe là căn cứ để Phòng GD&ĐT tuyển chọn đội tuyển tham dự Hội khỏe Phù "
                "Đổng tỉnh Đắk Lắk năm 2027."
            ),
            right("<em>H’Xíu Êban</em>"),
        ],
        authors=["H’Xíu Êban"],
        photographers=["H’Xíu Êban"],
        opts={
            "posted": datetime(2026, 11, 28, 8, 5),
            "old_slug": "hoi-khoe-phu-dong-cap-huyen-lan-thu-xii",
        },
    ),
    Story(
        id=1276,
        slug="phong-gd-dt-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Phòng GD&ĐT gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Phòng Giáo dục và Đào tạo huyện tổ chức buổi gặp mặt kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu "
            "biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi gặp mặt có đại diện lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam "
                "huyện; các thầy cô giáo nguyên là lãnh đạo Phòng GD&ĐT qua các thời kỳ; cán bộ quản lí "
                "và giáo viên tiêu biểu của các trường học trên địa bàn."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 96 đơn vị trường học với hơn 2.600 cán bộ, giáo "
                "viên, nhân viên. Tỉ lệ học sinh hoàn thành chương trình tiểu học đạt 99,6%, học sinh "
                "được công nhận tốt nghiệp THCS đạt 98,9%; 27 trường đạt chuẩn quốc gia, tăng 3 trường "
                "so với năm học trước."
            ),
            Img(
                "/upload/news/2026/11/1276-gap-mat.jpg",
                "Các đại biểu và thầy cô giáo tham dự buổi gặp mặt",
                "Các đại biểu và thầy cô giáo tham dự buổi gặp mặt",
                style="tbl",
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo”, đồng chí Bí thư Huyện ủy nhấn mạnh trong phát biểu chúc mừng.",
                style="q",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho 35 nhà giáo có thành tích xuất sắc "
                "trong công tác giảng dạy và giáo dục học sinh; Phòng GD&ĐT trao tặng 20 suất quà cho "
                "các thầy cô giáo đang công tác tại các buôn đặc biệt khó khăn."
            ),
            Img(
                "/upload/news/2026/11/1276-tang-giay-khen.jpg",
                "Lãnh đạo huyện tặng giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện tặng giấy khen cho các nhà giáo tiêu biểu",
            ),
            P(
                "Buổi gặp mặt diễn ra trong không khí ấm áp với các tiết mục văn nghệ do giáo viên "
                "Trường MN Hoa Hồng và Trường TH Lê Lợi biểu diễn."
            ),
            right("<strong>Bộ phận Tổng hợp</strong>"),
        ],
        authors=["Bộ phận Tổng hợp"],
        opts={"posted": datetime(2026, 11, 20, 10, 30), "notice": _NOTICE},
    ),
    Story(
        id=1270,
        slug="trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so-co-hoan-canh-kho-khan",
        title="Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        cat="tin-hoat-dong",
        published_at="2026-11-12T16:45:00+07:00",
        blocks=[
            P(
                "Chiều 12/11, Phòng GD&ĐT huyện Cư M'gar phối hợp với Quỹ Khuyến học tỉnh Đắk Lắk và "
                "Công ty Cổ phần Cà phê Ea Pốk tổ chức trao 120 suất học bổng cho học sinh dân tộc "
                "thiểu số có hoàn cảnh khó khăn, vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng một bộ sách giáo khoa, vở viết "
                "và đồ dùng học tập. Tổng giá trị các suất học bổng là 210 triệu đồng."
            ),
            Img(
                "/upload/news/2026/11/1270-trao-hoc-bong.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            ),
            P(
                "Các em nhận học bổng đang theo học tại 22 trường tiểu học và trung học cơ sở thuộc các "
                "xã Ea Kuếh, Ea Tar, Cư Dliê M'nông, Ea M'Droh và Ea H'đinh. Phần lớn các em là con em "
                "đồng bào Ê Đê, M'nông, Tày, Nùng, có bố mẹ làm nông, thu nhập bấp bênh."
            ),
            P(
                "Em H' Bích Niê, học sinh lớp 8A Trường THCS Phan Bội Châu (xã Ea Kuếh) xúc động chia "
                "sẻ: “Em sẽ dùng số tiền này để mua thêm sách tham khảo và cố gắng học thật giỏi để sau "
                "này trở thành cô giáo dạy ở buôn làng mình”."
            ),
            P(
                "Từ đầu năm học đến nay, toàn huyện đã vận động được hơn 1,2 tỷ đồng cùng nhiều hiện "
                "vật để hỗ trợ học sinh khó khăn, góp phần hạn chế tình trạng học sinh bỏ học giữa "
                "chừng."
            ),
            right("<strong>Thanh Hương</strong>"),
            right("<em>Theo Báo Đắk Lắk điện tử</em>"),
        ],
        authors=["Thanh Hương"],
        source="Báo Đắk Lắk điện tử",
        opts={"posted": datetime(2026, 11, 12, 16, 45)},
    ),
    Story(
        id=1262,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao-vien-phu-trach-cong-tac-doi",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên phụ trách công tác Đội",
        cat="tin-hoat-dong",
        published_at="2026-10-30",
        summary=(
            "Ngày 30/10/2026, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông "
            "huyện tổ chức lớp tập huấn kỹ năng phòng, chống đuối nước cho 78 giáo viên Tổng phụ "
            "trách Đội và giáo viên giáo dục thể chất."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các học viên được cung cấp kiến thức về nguyên nhân, các tình huống "
                "thường gặp dẫn đến đuối nước ở trẻ em; cách nhận biết khu vực nguy hiểm như ao hồ, hố "
                "khai thác đất, đập thủy lợi và các dòng suối trên địa bàn."
            ),
            P(
                "Phần thực hành được tổ chức tại bể bơi Trường THPT Cư M'gar. Giảng viên hướng dẫn các "
                "kỹ năng tự cứu khi bị chuột rút, cách sử dụng phao, sào, dây để cứu người đuối nước mà "
                "vẫn bảo đảm an toàn cho bản thân, cùng kỹ thuật sơ cứu, hô hấp nhân tạo."
            ),
            Img(
                "/upload/news/2026/10/1262-thuc-hanh-so-cuu.jpg",
                "Giáo viên thực hành kỹ năng sơ cứu người bị đuối nước",
                "Giáo viên thực hành kỹ năng sơ cứu người bị đuối nước",
            ),
            P(
                "Sau tập huấn, các giáo viên có trách nhiệm hướng dẫn lại cho học sinh thông qua các "
                "tiết sinh hoạt dưới cờ, hoạt động trải nghiệm và sinh hoạt Đội, góp phần giảm thiểu "
                "tai nạn thương tích trong mùa mưa."
            ),
            right("<strong>ThS. Lê Văn Hùng - Phó Trưởng phòng GD&amp;ĐT</strong>"),
        ],
        authors=["Lê Văn Hùng"],
        opts={"posted": datetime(2026, 10, 30, 0, 0)},
    ),
    Story(
        id=1255,
        slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-phong-giao-duc-va-dao-tao-nam-2026",
        title="Hội nghị cán bộ, công chức, viên chức Phòng Giáo dục và Đào tạo năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-16T14:10:00+07:00",
        blocks=[
            P(
                "Chiều ngày 16/10/2026, Phòng Giáo dục và Đào tạo huyện Cư M'gar tổ chức Hội nghị cán "
                "bộ, công chức, viên chức năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học "
                "2025 - 2026 và bàn giải pháp thực hiện nhiệm vụ năm học mới."
            ),
            Img("/upload/news/2026/10/1255-hoi-nghi-cbccvc.jpg", None, None, style="bare"),
            P("Hội nghị đã thông qua các văn bản quan trọng:"),
            P(
                "Báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027;",
                style="li",
            ),
            P("Quy chế chi tiêu nội bộ và quy chế quản lý, sử dụng tài sản công năm 2026;", style="li"),
            P(
                "Quy chế dân chủ ở cơ sở và quy chế phối hợp giữa Trưởng phòng với Ban Chấp hành Công "
                "đoàn cơ quan.",
                style="li",
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, tập trung vào việc bố trí giáo viên dạy các môn học "
                "mới, bảo đảm cơ sở vật chất cho lớp 1 và lớp 6, và việc chuyển đổi số trong quản lý hồ "
                "sơ chuyên môn."
            ),
            P(
                "Kết thúc hội nghị, 100% cán bộ, công chức, viên chức ký giao ước thi đua thực hiện "
                "thắng lợi nhiệm vụ năm học 2026 - 2027."
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"posted": datetime(2026, 10, 16, 14, 10), "tacgia": "Phạm Thị Lan"},
    ),
    Story(
        id=1285,
        slug="chuyen-de-day-hoc-mon-tieng-viet-lop-1-cho-hoc-sinh-dan-toc-thieu-so",
        title="Chuyên đề dạy học môn Tiếng Việt lớp 1 cho học sinh dân tộc thiểu số",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-12-01T09:15:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 1 cho học sinh người dân tộc thiểu "
            "số, ngày 01/12/2026, Phòng GD&ĐT tổ chức chuyên đề cấp huyện tại Trường TH Y Jút, xã Ea "
            "Pốk."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có hơn 90 cán bộ quản lí, tổ trưởng chuyên môn và giáo viên dạy lớp "
                "1 của các trường tiểu học có đông học sinh dân tộc thiểu số."
            ),
            P(
                "Tại chuyên đề, cô giáo H'Linh Mlô đã thực hiện tiết dạy minh họa bài 52 “ong, ông” theo "
                "sách Tiếng Việt 1 bộ Kết nối tri thức với cuộc sống. Tiết dạy được tổ chức nhẹ nhàng "
                "thông qua các trò chơi, hình ảnh gần gũi với đời sống buôn làng, giúp học sinh mạnh "
                "dạn giao tiếp bằng tiếng Việt."
            ),
            Img(
                "/upload/news/2026/12/1285-tiet-day-minh-hoa.jpg",
                "Cô giáo H'Linh Mlô trong tiết dạy minh họa",
                "Cô giáo H'Linh Mlô trong tiết dạy minh họa",
                style="tbl",
            ),
            P(
                "Trong phần thảo luận, các giáo viên chia sẻ nhiều kinh nghiệm như: tăng cường tiếng "
                "Việt cho trẻ ngay từ mẫu giáo, sử dụng song ngữ Ê Đê - Việt một cách hợp lí trong những "
                "tuần đầu, phối hợp với cha mẹ học sinh để tạo môi trường tiếng Việt tại gia đình."
            ),
            P(
                "Kết luận chuyên đề, lãnh đạo Phòng GD&ĐT đề nghị các trường tiếp tục đổi mới sinh hoạt "
                "chuyên môn theo nghiên cứu bài học, chú trọng phụ đạo học sinh chậm tiến bộ và thường "
                "xuyên trao đổi với phụ huynh về tình hình học tập của các em."
            ),
            right("<strong>Nguyễn Thị Thanh Hương (Trường TH Lê Lợi)</strong>"),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"posted": datetime(2026, 12, 1, 9, 15), "featured": True, "notice": _WARNING},
    ),
    Story(
        id=1279,
        slug="huong-dan-ra-de-va-to-chuc-kiem-tra-cuoi-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        title="Hướng dẫn ra đề và tổ chức kiểm tra cuối học kỳ I cấp THCS năm học 2026 - 2027",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-25T07:50:00+07:00",
        blocks=[
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh giá "
                "học sinh trung học cơ sở và trung học phổ thông; Phòng GD&ĐT hướng dẫn các trường THCS "
                "trên địa bàn huyện tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"
            ),
            P("1. Thời gian kiểm tra"),
            P(
                "- Từ ngày 21/12/2026 đến ngày 31/12/2026, các trường chủ động xây dựng lịch kiểm tra "
                "cụ thể.",
                style="cont",
            ),
            P(
                "- Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo lịch chung của Phòng GD&ĐT "
                "vào ngày 23 và 24/12/2026.",
                style="cont",
            ),
            P("2. Ra đề kiểm tra"),
            P(
                "- Đề kiểm tra được xây dựng theo ma trận và bản đặc tả, bảo đảm tỉ lệ giữa các mức độ "
                "nhận biết, thông hiểu, vận dụng theo hướng dẫn của Sở GD&ĐT.",
                style="cont",
            ),
            P(
                "- Môn Ngữ văn sử dụng ngữ liệu ngoài sách giáo khoa đối với phần đọc hiểu và viết.",
                style="cont",
            ),
            P("3. Tổ chức coi, chấm và báo cáo"),
            P(
                "- Các trường bố trí coi kiểm tra nghiêm túc, khách quan; chấm theo hướng dẫn chấm "
                "thống nhất trong tổ chuyên môn.",
                style="cont",
            ),
            P(
                "- Báo cáo kết quả kiểm tra về Phòng GD&ĐT (qua bộ phận THCS) trước ngày 08/01/2027.",
                style="cont",
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ đồng chí Trần Quốc "
                "Bảo, chuyên viên Phòng GD&ĐT, số điện thoại 0914.256.318 để được hướng dẫn."
            ),
        ],
        authors=["Tổ THCS"],
        opts={"posted": datetime(2026, 11, 25, 7, 50), "plain": True, "tacgia": "Tổ THCS"},
    ),
    Story(
        id=1273,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-quang-phu-ea-pok",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Quảng Phú - Ea Pốk",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-17T15:00:00+07:00",
        summary=(
            "Ngày 15/11/2026, Trường THCS Nguyễn Trãi (thị trấn Quảng Phú) đăng cai buổi sinh hoạt "
            "chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên cụm trường Quảng Phú - Ea Pốk."
        ),
        blocks=[
            P(
                "Ngày 15/11/2026, Trường THCS Nguyễn Trãi (thị trấn Quảng Phú) đăng cai buổi sinh hoạt "
                "chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên cụm trường Quảng Phú - Ea Pốk.",
                style="lead",
            ),
            P(
                "Buổi sinh hoạt có sự tham gia của 46 giáo viên dạy môn Khoa học tự nhiên đến từ 7 "
                "trường THCS trong cụm. Thầy giáo Phạm Ngọc Sơn thực hiện bài dạy “Tốc độ chuyển động” "
                "(Khoa học tự nhiên 7) với lớp 7A3."
            ),
            Img(
                "/upload/news/2026/11/1273-do-toc-do.jpg",
                "Học sinh lớp 7A3 thực hành đo tốc độ bằng đồng hồ bấm giây",
                "Học sinh lớp 7A3 thực hành đo tốc độ bằng đồng hồ bấm giây",
            ),
            P(
                "Khác với cách dự giờ truyền thống, người dự giờ tập trung quan sát hoạt động học của "
                "học sinh: em nào tích cực, em nào gặp khó khăn, nguyên nhân vì sao và giáo viên đã hỗ "
                "trợ như thế nào. Mỗi nhóm giáo viên dự giờ được phân công quan sát một nhóm học sinh "
                "cụ thể."
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã chỉ ra nhiều điểm sáng của bài dạy như khâu tổ "
                "chức thí nghiệm gọn, học sinh được tự thu thập số liệu. Đồng thời đề xuất điều chỉnh "
                "thời lượng phần luyện tập để học sinh có thời gian trình bày kết quả."
            ),
            P(
                "Theo kế hoạch, cụm trường sẽ luân phiên tổ chức sinh hoạt chuyên môn mỗi tháng một lần "
                "với các môn Ngữ văn, Toán và Tiếng Anh."
            ),
            right("<em>Tin: Đỗ Minh Tâm - Ảnh: Hoàng Văn Lực</em>"),
        ],
        authors=["Đỗ Minh Tâm"],
        photographers=["Hoàng Văn Lực"],
        opts={"posted": datetime(2026, 11, 17, 15, 0)},
    ),
    Story(
        id=1266,
        slug="hoi-thao-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Hội thảo ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-06T10:20:00+07:00",
        summary=(
            "Ngày 06/11/2026, Phòng GD&ĐT tổ chức hội thảo “Ứng dụng trí tuệ nhân tạo trong soạn "
            "giảng và đánh giá học sinh” cho gần 150 cán bộ quản lí và giáo viên cốt cán cấp THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội thảo, các báo cáo viên giới thiệu một số công cụ trí tuệ nhân tạo hỗ trợ giáo "
                "viên xây dựng kế hoạch bài dạy, thiết kế phiếu học tập, ngân hàng câu hỏi và nhận xét "
                "sản phẩm học tập của học sinh."
            ),
            P(
                "Thầy giáo Nguyễn Hữu Phước, Trường THCS Phan Chu Trinh, chia sẻ kinh nghiệm sử dụng "
                "trợ lý ảo để gợi ý tình huống thực tiễn cho bài dạy, song lưu ý giáo viên phải kiểm "
                "chứng kỹ nội dung, không sao chép nguyên văn."
            ),
            Img(
                "/upload/news/2026/11/1266-thuc-hanh-thiet-ke.jpg",
                "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của công cụ trí tuệ nhân tạo",
                "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của công cụ trí tuệ nhân tạo",
            ),
            P(
                "Các đại biểu cũng thảo luận về những rủi ro khi học sinh lạm dụng công cụ trí tuệ nhân "
                "tạo trong làm bài tập về nhà và đề xuất đổi mới hình thức kiểm tra, tăng cường đánh giá "
                "quá trình."
            ),
            P(
                "Phòng GD&ĐT yêu cầu các trường tổ chức bồi dưỡng lại cho giáo viên trong tháng 11, "
                "lồng ghép vào sinh hoạt tổ chuyên môn."
            ),
            right("<em>(Nguồn: Cổng Thông tin điện tử huyện Cư M&#039;gar)</em>"),
        ],
        source="Cổng Thông tin điện tử huyện Cư M'gar",
        opts={"posted": datetime(2026, 11, 6, 10, 20)},
    ),
    Story(
        id=1258,
        slug="boi-duong-giao-vien-cot-can-thuc-hien-chuong-trinh-giao-duc-pho-thong-2018",
        title="Bồi dưỡng giáo viên cốt cán thực hiện Chương trình giáo dục phổ thông 2018 năm học 2026 - 2027",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-10-22T08:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10/2026, Phòng GD&ĐT huyện Cư M'gar tổ chức lớp bồi dưỡng cho 112 "
                "giáo viên cốt cán cấp tiểu học và trung học cơ sở về thực hiện Chương trình giáo dục "
                "phổ thông 2018."
            ),
            P(
                "Nội dung bồi dưỡng tập trung vào xây dựng kế hoạch giáo dục nhà trường, kế hoạch dạy "
                "học môn học theo Công văn 5512/BGDĐT-GDTrH, kiểm tra đánh giá theo định hướng phát "
                "triển phẩm chất, năng lực và hỗ trợ đồng nghiệp qua hệ thống LMS."
            ),
            Img(
                "/upload/news/2026/10/1258-thao-luan-nhom.jpg",
                "Giáo viên cốt cán thảo luận nhóm tại lớp bồi dưỡng",
                "Giáo viên cốt cán thảo luận nhóm tại lớp bồi dưỡng",
                style="tbl",
            ),
            P(
                "Giáo viên cốt cán sau bồi dưỡng sẽ là lực lượng nòng cốt hỗ trợ đồng nghiệp tại trường "
                "và cụm trường, đặc biệt là giáo viên các trường vùng khó khăn."
            ),
            P("Cuối khóa, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận."),
            right("<strong>Trần Quốc Bảo - Chuyên viên Phòng GD&amp;ĐT</strong>"),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"posted": datetime(2026, 10, 22, 8, 40), "notice": _NOTICE},
    ),
    Story(
        id=1289,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
                '<tr><td style="text-align:center;width:40%">UBND HUYỆN CƯ M&#039;GAR<br />\n'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>\n"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>\n"
                '<tr><td style="text-align:center">Số: 618/TB-PGDĐT</td>\n'
                '<td style="text-align:center"><em>Cư M&#039;gar, ngày 03 tháng 12 năm 2026</em></td></tr>\n'
                "</tbody>\n</table>\n"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027"
                "</strong></p>\n"
            ),
            P(
                "Căn cứ Kế hoạch số 540/KH-PGDĐT ngày 15/10/2026 của Phòng Giáo dục và Đào tạo về tổ "
                "chức kỳ thi chọn học sinh giỏi các môn văn hóa cấp huyện lớp 9 năm học 2026 - 2027;"
            ),
            P("Phòng Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 như sau:"),
            P("1. Thời gian, địa điểm", style="h"),
            P("- Thời gian: Ngày 15/12/2026 (thứ Ba) và ngày 16/12/2026 (thứ Tư)."),
            P("- Địa điểm: Trường THCS Phan Chu Trinh, thị trấn Quảng Phú, huyện Cư M'gar."),
            P("2. Lịch thi cụ thể", style="h"),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", style="row"),
            P("15/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lí | 150 phút", style="row"),
            P("15/12/2026 | Chiều | Tiếng Anh | 150 phút", style="row"),
            P("16/12/2026 | Sáng | Toán, Khoa học tự nhiên | 150 phút", style="row"),
            P("3. Tổ chức thực hiện", style="h"),
            P(
                "Hiệu trưởng các trường THCS thông báo đến học sinh dự thi, giáo viên bồi dưỡng; yêu cầu "
                "học sinh có mặt tại điểm thi lúc 6 giờ 45 phút sáng ngày 15/12/2026 để làm thủ tục dự "
                "thi, mang theo thẻ học sinh hoặc giấy tờ tùy thân có ảnh."
            ),
            P("Nhận được Thông báo này, đề nghị các đơn vị triển khai thực hiện nghiêm túc./."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
                '<tr><td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />\n'
                "- Các trường THCS;<br />\n- Lãnh đạo Phòng;<br />\n- Lưu: VT, THCS.</td>\n"
                '<td style="text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />\n'
                "PHÓ TRƯỞNG PHÒNG</strong><br />\n<br />\n<em>(đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Văn Thắng</strong></td></tr>\n</tbody>\n</table>\n"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={
            "posted": datetime(2026, 12, 4, 16, 10),
            "old": 200,
            "files": [("618-TB-PGDDT.pdf", "upload/files/2026/12/618-tb-pgddt.pdf")],
        },
    ),
    Story(
        id=1283,
        slug="thong-bao-dieu-chinh-thoi-gian-hoc-tap-do-anh-huong-cua-mua-lon-lu-quet",
        title="Thông báo điều chỉnh thời gian học tập do ảnh hưởng của mưa lớn, lũ quét",
        cat="thong-bao",
        published_at="2026-11-29T12:30:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của hoàn lưu bão số 15 kết hợp không khí lạnh, từ đêm 28/11 đến nay trên "
                "địa bàn huyện có mưa to đến rất to, nhiều tuyến đường liên xã, liên thôn bị ngập sâu, "
                "chia cắt, nguy cơ lũ quét và sạt lở đất rất cao."
            ),
            Img(
                "/upload/news/2026/11/1283-duong-ngap.jpg",
                "Tuyến đường vào xã Ea Kuếh bị ngập sâu sáng 29/11",
                "Tuyến đường vào xã Ea Kuếh bị ngập sâu sáng 29/11",
            ),
            P("Để bảo đảm an toàn cho học sinh, giáo viên, Phòng GD&ĐT huyện Cư M'gar thông báo:"),
            P(
                "- Học sinh các trường mầm non, tiểu học, THCS trên địa bàn các xã Ea Kuếh, Ea Tar, Cư "
                "Dliê M'nông và Ea M'nang nghỉ học từ chiều ngày 29/11/2026 đến hết ngày 01/12/2026."
            ),
            P(
                "- Các trường còn lại, Hiệu trưởng căn cứ tình hình thực tế tại địa phương để quyết định "
                "cho học sinh nghỉ học, báo cáo về Phòng GD&ĐT và UBND xã trước khi thực hiện."
            ),
            P(
                "- Các trường tổ chức học bù, điều chỉnh kế hoạch dạy học bảo đảm hoàn thành chương "
                "trình theo quy định."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lí chặt chẽ con em, tuyệt đối không cho các em đến gần "
                "sông, suối, ao hồ, khu vực ngập nước trong những ngày nghỉ học."
            ),
            right("<strong>BBT</strong>"),
        ],
        opts={"posted": datetime(2026, 11, 29, 12, 30), "old": 301},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story, cat: str | None = None, slug: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{slug or story.slug}-{story.id}.html"


def rel(path: str) -> str:
    """A link as the theme prints it: relative to ``<base href>``, no leading slash."""
    return path.lstrip("/")


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["posted"], reverse=True)


def newest() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)


def day(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def date_line(dt: datetime) -> str:
    """``date('l, d/m/Y | h:i A')`` with the vendor's Vietnamese weekday and SA/CH."""
    hour12 = dt.hour % 12 or 12
    suffix = "SA" if dt.hour < 12 else "CH"
    return f"{_WEEKDAYS[dt.weekday()]}, {day(dt)} | {hour12:02d}:{dt.minute:02d} {suffix}"


# --- rendering the text ------------------------------------------------------------------------


def lazy_img(src: str) -> str:
    return (
        f'<img class="lazy" src="public/images/grey.gif" data-original="{src}" alt="" '
        'style="width:500px" />'
    )


def render_blocks(story: Story, lazy: bool = True) -> str:
    if story.opts.get("plain"):
        return render_plain(story)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            tag = lazy_img(block.src) if lazy else f'<img src="{block.src}" alt="" style="width:500px" />'
            if block.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:500px">\n'
                    f"<tbody>\n<tr><td>{tag}</td></tr>\n"
                    f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
                    f"{php_esc(block.printed or '')}</em></span></td></tr>\n</tbody>\n</table>\n"
                )
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>\n')
                if block.printed:
                    out.append(f'<p style="text-align: center;"><em>{php_esc(block.printed)}</em></p>\n')
        elif block.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                group.append(blocks[i].text)
                i += 1
            if block.style == "li":
                items = "".join(f"\t<li>{php_esc(t)}</li>\n" for t in group)
                out.append(f"<ul>\n{items}</ul>\n")
            else:
                rows = []
                for n, t in enumerate(group):
                    cells = [php_esc(c) for c in t.split(" | ")]
                    if n == 0:
                        cells = [f"<strong>{c}</strong>" for c in cells]
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;'
                    f'width:100%">\n<tbody>\n{"".join(rows)}</tbody>\n</table>\n'
                )
            continue
        elif block.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{php_esc(block.text)}</strong></p>\n')
        elif block.style == "h":
            out.append(f"<p><strong>{php_esc(block.text)}</strong></p>\n")
        elif block.style == "q":
            out.append(f'<p style="margin-left: 40px;"><em>{php_esc(block.text)}</em></p>\n')
        else:
            out.append(f'<p style="text-align: justify;">{php_esc(block.text)}</p>\n')
        i += 1
    return "".join(out)


def render_plain(story: Story) -> str:
    """``nl2br($row['noidung'])`` of a text typed in a textarea: raw, lines and blank lines."""
    out: list[str] = []
    for n, block in enumerate(b for b in story.blocks if isinstance(b, P)):
        if n:
            out.append("<br />\r\n" if block.style == "cont" else "<br />\r\n<br />\r\n")
        out.append(block.text)
    return "".join(out)


# --- the chrome --------------------------------------------------------------------------------


def cat_link(cat: str, page: int = 1) -> str:
    return f"tin-tuc/{cat}/" + (f"trang-{page}/" if page > 1 else "")


def head_title(title: str) -> str:
    """The layout escapes a title the model had already escaped (trap 6)."""
    return php_esc(php_esc(title))


def left_menu() -> str:
    cats = "".join(
        f'<li class="cap2"><a href="{cat_link(c)}">{php_esc(n)}</a></li>\n' for c, n in CATS.items()
    )
    return f"""<div class="khoi-trai">
<div class="khoi-trai-td"><span>DANH MỤC</span></div>
<ul id="cay-menu">
<li class="cap1"><a href="gioi-thieu/">Giới thiệu</a>
<ul><li class="cap2"><a href="gioi-thieu/">Giới thiệu chung</a></li>
<li class="cap2"><a href="gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li></ul></li>
<li class="cap1"><a href="javascript:void(0);" class="mo-cay">Tin tức - Sự kiện</a>
<ul>
{cats}</ul></li>
<li class="cap1"><a href="van-ban/">Văn bản chỉ đạo</a></li>
<li class="cap1"><a href="thu-vien-anh/">Thư viện ảnh</a></li>
<li class="cap1"><a href="video/">Video clip</a></li>
<li class="cap1"><a href="lien-he/">Liên hệ - Góp ý</a></li>
</ul>
</div>
<div class="khoi-trai">
<div class="khoi-trai-td"><span>LIÊN KẾT</span></div>
<div class="lk-anh">
<a href="https://moet.gov.vn" target="_blank"><img src="public/images/lk_bogd.jpg" alt="Bộ GD&amp;ĐT" /></a>
<a href="https://daklak.edu.vn" target="_blank"><img src="public/images/lk_sogd.jpg" alt="Sở GD&amp;ĐT Đắk Lắk" /></a>
<a href="https://cumgar.daklak.gov.vn" target="_blank"><img src="public/images/lk_huyen.jpg" alt="Cổng TTĐT huyện" /></a>
</div>
</div>
"""


_POPULAR = [1276, 1270, 1273, 1266]


def right_column() -> str:
    marquee = "".join(
        f'<a href="?mod=news&amp;id={s.id}"><img src="public/images/icon_new.gif" alt="" /> '
        f"{php_esc(s.title)}</a><br />\n"
        for s in in_cat("thong-bao")
    )
    popular = "".join(
        f'<li><a href="{rel(article_path(BY_ID[i]))}">{php_esc(BY_ID[i].title)}</a></li>\n'
        for i in _POPULAR
    )
    docs = "".join(
        f'<li><a href="{rel(d["path"])}">{php_esc(d["so"])}: {php_esc(d["trich_yeu"])}</a></li>\n'
        for d in DOCS
    )
    return f"""<div class="khoi-phai">
<div class="khoi-phai-td">THÔNG BÁO</div>
<div class="khoi-phai-nd"><marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">
{marquee}</marquee></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">TIN XEM NHIỀU</div>
<div class="khoi-phai-nd"><ul class="ds-xemnhieu">
{popular}</ul></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">VĂN BẢN MỚI</div>
<div class="khoi-phai-nd"><ul class="ds-vanban">
{docs}</ul><a class="xemtiep" href="van-ban/">Xem tất cả »</a></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">THƯ VIỆN ẢNH</div>
<div class="khoi-phai-nd"><a href="{rel(ALBUM_PATH)}"><img class="lazy" src="public/images/grey.gif" data-original="/upload/album/9/thumb.jpg" alt="Hội khỏe Phù Đổng" /></a></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">VIDEO CLIP</div>
<div class="khoi-phai-nd"><a href="{rel(VIDEO_PATH)}"><img src="public/images/video_thumb.jpg" alt="" /><br />Lễ khai giảng năm học 2026 - 2027</a></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">THĂM DÒ Ý KIẾN</div>
<div class="khoi-phai-nd"><form method="post" action="binh-chon/" name="frmBinhChon">
<p>Bạn đánh giá thế nào về giao diện website mới?</p>
<input type="radio" name="traloi" value="1" /> Đẹp, dễ sử dụng<br />
<input type="radio" name="traloi" value="2" /> Bình thường<br />
<input type="radio" name="traloi" value="3" /> Cần cải tiến thêm<br />
<input type="hidden" name="idcauhoi" value="3" />
<input type="submit" value="Bình chọn" /> <input type="button" value="Xem kết quả" onclick="xemKetQua(3)" />
</form></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">LIÊN KẾT WEBSITE</div>
<div class="khoi-phai-nd"><select onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option>
</select></div>
</div>
<div class="khoi-phai">
<div class="khoi-phai-td">THỐNG KÊ TRUY CẬP</div>
<div class="khoi-phai-nd thongke">
<p>Đang online: <b>17</b></p>
<p>Hôm nay: <b>412</b></p>
<p>Tổng truy cập: <b>1.284.377</b></p>
</div>
</div>
"""


def layout(
    request: Request,
    *,
    title: str,
    crumbs: list[tuple[str, str | None]],
    center: str,
    extra_head: str = "",
    description: str = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cư M'gar, tỉnh Đắk Lắk",
) -> str:
    base = base_url(request)
    trail = ['<a href="./">Trang chủ</a>']
    for label, href in crumbs:
        trail.append(f'<a href="{href}">{php_esc(label)}</a>' if href else f"<span>{php_esc(label)}</span>")
    cats = "".join(f'<li><a href="{cat_link(c)}">{php_esc(n)}</a></li>' for c, n in CATS.items())
    full_title = f"{title} - {SITE_NAME}" if title else SITE_NAME
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base}/" />
<title>{head_title(full_title)}</title>
<meta name="description" content="{php_esc(description)}" />
<meta name="keywords" content="phong giao duc cu mgar, pgd cu mgar, giao duc dak lak" />
<meta name="generator" content="TNSoft CMS 2.1" />
{extra_head}<link rel="shortcut icon" href="public/images/favicon.ico" />
<link rel="stylesheet" type="text/css" href="public/css/style.css" />
<link rel="stylesheet" type="text/css" href="public/css/menu.css" />
<script type="text/javascript" src="public/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="public/js/jquery.lazyload.min.js"></script>
<script type="text/javascript">$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</head>
<body>
<div id="khungtong">
<div id="thanh-tren"><span class="ngay-ht">{HEADER_DAY}</span>
<span class="lk-tren"><a href="./">Trang chủ</a> | <a href="lien-he/">Liên hệ</a> | <a href="https://mail.daklak.edu.vn" target="_blank">Thư điện tử</a></span></div>
<div id="banner"><a href="./"><img src="public/images/banner_pgd.jpg" alt="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CƯ M&#039;GAR" /></a></div>
<div id="menu-ngang">
<ul class="mn1">
<li><a href="./">Trang chủ</a></li>
<li><a href="gioi-thieu/">Giới thiệu</a><ul class="mn2"><li><a href="gioi-thieu/">Giới thiệu chung</a></li><li><a href="gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="javascript:;">Tin tức</a><ul class="mn2">{cats}</ul></li>
<li><a href="van-ban/">Văn bản</a></li>
<li><a href="thu-vien-anh/">Thư viện ảnh</a></li>
<li><a href="video/">Video</a></li>
<li><a href="lien-he/">Liên hệ</a></li>
</ul>
<form id="frm-timkiem" method="get" action="tim-kiem/"><input type="text" name="tukhoa" value="" placeholder="Nhập từ khóa..." /><input type="submit" value="Tìm kiếm" /></form>
</div>
<div id="noidung-chinh">
<div id="cot-trai">
{left_menu()}</div>
<div id="cot-giua">
<div class="duongdan">{" &raquo; ".join(trail)}</div>
{center}
</div>
<div id="cot-phai">
{right_column()}</div>
<div class="clear"></div>
</div>
<div id="chantrang">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CƯ M&#039;GAR</strong></p>
<p>Địa chỉ: 80 Hùng Vương, thị trấn Quảng Phú, huyện Cư M&#039;gar, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262.3834.215 - Fax: 0262.3834.216 - Email: pgdcumgar@daklak.edu.vn</p>
<p>Chịu trách nhiệm chính: Trưởng phòng Võ Thị Kim Oanh</p>
<p class="banquyen">&copy; 2016 Bản quyền thuộc Phòng GD&amp;ĐT Cư M&#039;gar. Thiết kế bởi <a href="http://tnsoft.vn" target="_blank">TNSoft</a></p>
</div>
</div>
</body>
</html>
"""


def khung(heading: str, inner: str) -> str:
    """The frame of nested divs with corner images every module view sits in."""
    return f"""<div class="khung">
<div class="khung-tren"><div class="khung-tren-trai"></div><div class="khung-tren-phai"></div><span class="khung-td">{php_esc(heading)}</span></div>
<div class="khung-giua"><div class="khung-giua-trai"><div class="khung-giua-phai"><div class="khung-nd">
{inner}
</div></div></div></div>
<div class="khung-duoi"><div class="khung-duoi-trai"></div><div class="khung-duoi-phai"></div></div>
</div>
"""


# --- pages -------------------------------------------------------------------------------------


def iso_response(body: str, bom: bool = True) -> Response:
    """What the older module sends: no Content-Type of its own, Apache's ISO-8859-1 (trap 2)."""
    payload = (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")
    return Response(
        200,
        payload,
        {"Content-Type": "text/html; charset=ISO-8859-1", "X-Powered-By": "PHP/5.4.45"},
    )


def utf8_response(body: str) -> Response:
    return html(body, headers={"X-Powered-By": "PHP/5.4.45"})


def article_page(request: Request, story: Story, url_cat: str) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    cat_name = CATS[story.cat]
    frame_heading = VIRTUAL_CATS.get(url_cat) or CATS.get(url_cat) or cat_name
    posted = story.opts["posted"]
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat-ct"><strong>{php_esc(story.summary)}</strong></div>\n'
    tacgia = ""
    if story.opts.get("tacgia"):
        tacgia = (
            '<div class="tacgia-ct" style="text-align:right;font-weight:bold;">Tác giả: '
            f"{php_esc(story.opts['tacgia'])}</div>\n"
        )
    files = ""
    if story.opts.get("files"):
        links = ", ".join(
            f'<a href="{href}"><img src="public/images/icon_pdf.gif" alt="" /> {php_esc(name)}</a>'
            for name, href in story.opts["files"]
        )
        files = f'<div class="dinhkem-ct"><b>File đính kèm:</b> {links}</div>\n'
    newer = [s for s in in_cat(story.cat) if s.opts["posted"] > posted][-5:]
    newer_html = ""
    if newer:
        items = "".join(
            f'<li><a href="{rel(article_path(s, slug=s.opts.get("old_slug")))}">{php_esc(s.title)}</a> '
            f'<span class="ngay-ds">({day(s.opts["posted"])})</span></li>\n'
            for s in newer
        )
        newer_html = (
            f'<div class="tinkhac-ct"><div class="tinkhac-td">Các tin mới hơn</div>\n<ul>\n{items}</ul></div>\n'
        )
    text_markup = render_blocks(story)
    if story.opts.get("plain"):
        text_markup = f'<div class="nd-text">{text_markup}</div>\n'
    share = f"https://www.facebook.com/sharer/sharer.php?u={canonical}"
    inner = f"""<h1 class="tieude-ct">{php_esc(story.title)}</h1>
<div class="ngaygio-ct"><span class="ngay">{date_line(posted)}</span> | <span class="nguoidang">Người đăng: {CMS_ACCOUNT}</span> | <span class="luotxem">Lượt xem: {story.views()}</span></div>
<div class="congcu-ct">Cỡ chữ: <a href="javascript:coChu(-1);">A-</a> <a href="javascript:coChu(0);">A</a> <a href="javascript:coChu(1);">A+</a> | <a href="javascript:window.print();"><img src="public/images/icon_print.gif" alt="" /> In bài</a> | <a href="mailto:?subject={php_esc(story.title)}&amp;body={canonical}"><img src="public/images/icon_email.gif" alt="" /> Gửi email</a> | <a href="{share}" target="_blank"><img src="public/images/icon_fb.gif" alt="Chia sẻ Facebook" /></a></div>
{story.opts.get("notice", "")}{sapo}<div class="noidung-ct" id="nd_{story.id}">
{text_markup}{tacgia}{files}{newer_html}<div class="ykien-ct">
<div class="ykien-td">Ý kiến bạn đọc</div>
<form method="post" action="tin-tuc/binh-luan/">
<input type="hidden" name="idtin" value="{story.id}" />
<p><label>Họ tên:</label> <input type="text" name="hoten" /></p>
<p><label>Email:</label> <input type="text" name="email" /></p>
<p><label>Nội dung:</label> <textarea name="noidung" rows="4" cols="50"></textarea></p>
<p><input type="submit" value="Gửi ý kiến" /></p>
</form>
</div>
</div>
"""
    og_image = ""
    if story.images:
        og_image = f'<meta property="og:image" content="{base}{story.images[0].src}" />\n'
    extra = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{head_title(story.title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f"{og_image}"
        f'<meta property="article:published_time" content="{RENDER_TIME}" />\n'
        f'<meta property="og:updated_time" content="{RENDER_TIME}" />\n'
    )
    page = layout(
        request,
        title=story.title,
        crumbs=[("Tin tức", None), (cat_name, cat_link(story.cat))],
        center=khung(frame_heading, inner),
        extra_head=extra,
        description=story.summary or story.title,
    )
    if story.cat in ISO_CATS:
        return iso_response(page)
    return utf8_response(page)


def legacy_page(story: Story) -> Response:
    """The previous version's ``?mod=news`` controller: table template, real image sources."""
    posted = story.opts["posted"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{php_esc(story.title)}</title>
<link rel="stylesheet" type="text/css" href="/style_cu.css">
</head>
<body bgcolor="#ffffff">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner_cu.jpg" width="760" height="120"></td></tr>
<tr><td class="menu_cu"><a href="/">Trang chủ</a></td></tr>
<tr><td class="tieude_tin">{php_esc(story.title)}</td></tr>
<tr><td class="ngay_tin">({day(posted)})</td></tr>
<tr><td class="noidung_tin">
{render_blocks(story, lazy=False)}</td></tr>
<tr><td align="right"><a href="javascript:history.back()">« Quay lại</a></td></tr>
<tr><td class="chan_cu">Phòng Giáo dục và Đào tạo huyện Cư M&#039;gar</td></tr>
</table>
</body>
</html>
"""
    return iso_response(page, bom=False)


def listing_item(story: Story) -> str:
    teaser = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(teaser) > 180:
        teaser = teaser[:180].rsplit(" ", 1)[0] + "..."
    href = rel(article_path(story))
    return f"""<div class="dstin_item">
<a href="{href}" class="anh_ds"><img class="lazy" src="public/images/grey.gif" data-original="/upload/news/thumb/{story.id}.jpg" alt="" width="140" height="95" /></a>
<a href="{href}" class="tieude_ds">{php_esc(story.title)}</a> <span class="ngay-ds">({day(story.opts["posted"])})</span>
<p class="mota_ds">{php_esc(teaser)}</p>
<div class="clear"></div>
</div>
"""


def listing_page(request: Request, cat: str, page: int) -> Response | None:
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager: list[str] = []
    if pages > 1:
        if page > 1:
            pager.append(f'<a href="{cat_link(cat)}">« Đầu</a>')
            pager.append(f'<a href="{cat_link(cat, page - 1)}">‹ Trang trước</a>')
        for n in range(1, pages + 1):
            pager.append(f'<span class="hientai">{n}</span>' if n == page else f'<a href="{cat_link(cat, n)}">{n}</a>')
        if page < pages:
            pager.append(f'<a href="{cat_link(cat, page + 1)}">Trang sau ›</a>')
            pager.append(f'<a href="{cat_link(cat, pages)}">Cuối »|</a>')
    inner = (
        '<div class="ds-tin">\n'
        + "".join(listing_item(s) for s in chunk)
        + "</div>\n"
        + (f'<div class="phantrang">Trang {page}/{pages}: {" ".join(pager)}</div>\n' if pager else "")
    )
    body = layout(
        request,
        title=CATS[cat] + (f" - Trang {page}" if page > 1 else ""),
        crumbs=[("Tin tức", None), (CATS[cat], None)],
        center=khung(CATS[cat], inner),
    )
    return utf8_response(body)


def home_page(request: Request) -> Response:
    slider = "".join(
        f'<li><a href="{rel(article_path(s, cat="tin-noi-bat"))}"><img class="lazy" src="public/images/grey.gif" '
        f'data-original="/upload/news/slide/{s.id}.jpg" alt="" width="420" height="280" />'
        f'<span class="td-slide">{php_esc(s.title)}</span></a></li>\n'
        for s in STORIES
        if s.opts.get("featured")
    )
    latest = "".join(
        f'<li><a href="{rel(article_path(s))}">{php_esc(s.title)}</a> <span class="ngay-ds">'
        f'({day(s.opts["posted"])})</span></li>\n'
        for s in newest()[:5]
    )
    blocks = []
    for cat, name in CATS.items():
        items = "".join(
            f'<li><a href="{rel(article_path(s))}">{php_esc(s.title)}</a></li>\n' for s in in_cat(cat)[:3]
        )
        blocks.append(
            f'<div class="khoi-cm"><div class="khoi-cm-td"><a href="{cat_link(cat)}">{php_esc(name)}</a></div>\n'
            f'<ul>\n{items}</ul><a class="xemtiep" href="{cat_link(cat)}">Xem tiếp »</a></div>\n'
        )
    center = (
        khung("Tin nổi bật", f'<ul id="slider-tin">\n{slider}</ul>')
        + khung("Tin mới cập nhật", f'<ul class="ds-moi">\n{latest}</ul>')
        + "".join(blocks)
    )
    return utf8_response(layout(request, title="", crumbs=[], center=center))


# --- pages that are not articles -----------------------------------------------------------------

DOCS = [
    {
        "id": 45,
        "path": "/van-ban/ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-45.html",
        "so": "540/KH-PGDĐT",
        "ngay": "15/10/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        "nguoi_ky": "Nguyễn Văn Thắng",
        "file": "upload/files/2026/10/540-kh-pgddt.pdf",
    },
    {
        "id": 44,
        "path": "/van-ban/huong-dan-thuc-hien-nhiem-vu-nam-hoc-2026-2027-cap-tieu-hoc-44.html",
        "so": "512/PGDĐT-TH",
        "ngay": "25/09/2026",
        "loai": "Công văn",
        "trich_yeu": "Hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 cấp Tiểu học",
        "nguoi_ky": "Võ Thị Kim Oanh",
        "file": "upload/files/2026/09/512-pgddt-th.pdf",
    },
]
ALBUM_PATH = "/thu-vien-anh/hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-9.html"
VIDEO_PATH = "/video/le-khai-giang-nam-hoc-2026-2027-4.html"
INTRO_PATH = "/gioi-thieu/"
ORG_PATH = "/gioi-thieu/co-cau-to-chuc/"
CONTACT_PATH = "/lien-he/"


def intro_page(request: Request) -> Response:
    inner = """<h1 class="tieude-ct">Giới thiệu chung</h1>
<div class="noidung-ct">
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Cư M&#039;gar là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;">Toàn huyện hiện có 96 đơn vị trường học gồm 30 trường mầm non, 38 trường tiểu học, 24 trường trung học cơ sở và 4 trường tiểu học và trung học cơ sở, với trên 42.000 học sinh, trong đó học sinh dân tộc thiểu số chiếm gần 45%.</p>
<p style="text-align: justify;">Trụ sở: 80 Hùng Vương, thị trấn Quảng Phú, huyện Cư M&#039;gar, tỉnh Đắk Lắk.</p>
</div>
"""
    return utf8_response(
        layout(request, title="Giới thiệu chung", crumbs=[("Giới thiệu", None)], center=khung("Giới thiệu", inner))
    )


def org_page(request: Request) -> Response:
    rows = [
        ("Võ Thị Kim Oanh", "Trưởng phòng", "Phụ trách chung; công tác tổ chức cán bộ, tài chính"),
        ("Nguyễn Văn Thắng", "Phó Trưởng phòng", "Phụ trách cấp THCS, công tác khảo thí"),
        ("Lê Văn Hùng", "Phó Trưởng phòng", "Phụ trách cấp Mầm non, Tiểu học, công tác Đội"),
        ("Trần Quốc Bảo", "Chuyên viên", "Chuyên môn THCS"),
        ("Phạm Thị Lan", "Chuyên viên", "Văn phòng, thi đua - khen thưởng"),
    ]
    trs = "".join(
        f"<tr><td>{n}</td><td>{php_esc(a)}</td><td>{php_esc(b)}</td><td>{php_esc(c)}</td></tr>\n"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    inner = f"""<h1 class="tieude-ct">Cơ cấu tổ chức</h1>
<table class="bang-cc" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Nhiệm vụ được phân công</th></tr>
{trs}</table>
"""
    return utf8_response(
        layout(
            request,
            title="Cơ cấu tổ chức",
            crumbs=[("Giới thiệu", "gioi-thieu/"), ("Cơ cấu tổ chức", None)],
            center=khung("Giới thiệu", inner),
        )
    )


def contact_page(request: Request) -> Response:
    done = ""
    if request.method == "POST":
        done = '<p class="thongbao-ok">Cảm ơn bạn đã gửi góp ý. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>\n'
    inner = f"""<h1 class="tieude-ct">Liên hệ - Góp ý</h1>
{done}<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CƯ M&#039;GAR</strong><br />
Địa chỉ: 80 Hùng Vương, thị trấn Quảng Phú, huyện Cư M&#039;gar, tỉnh Đắk Lắk<br />
Điện thoại: 0262.3834.215 - Email: pgdcumgar@daklak.edu.vn</p>
<form method="post" action="lien-he/" name="frmLienHe">
<p><label>Họ và tên (*):</label> <input type="text" name="hoten" /></p>
<p><label>Email (*):</label> <input type="text" name="email" /></p>
<p><label>Tiêu đề:</label> <input type="text" name="tieude" /></p>
<p><label>Nội dung (*):</label> <textarea name="noidung" rows="6" cols="60"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></p>
</form>
"""
    return utf8_response(layout(request, title="Liên hệ", crumbs=[("Liên hệ", None)], center=khung("Liên hệ", inner)))


def doc_list_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{php_esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="{rel(d["path"])}">'
        f'{php_esc(d["trich_yeu"])}</a></td><td><a href="{d["file"]}">Tải về</a></td></tr>\n'
        for d in DOCS
    )
    inner = f"""<table class="bang-vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>
{rows}</table>
"""
    return utf8_response(
        layout(request, title="Văn bản chỉ đạo", crumbs=[("Văn bản", None)], center=khung("Văn bản chỉ đạo", inner))
    )


def doc_page(request: Request, doc: dict) -> Response:
    inner = f"""<h1 class="tieude-ct">{php_esc(doc["trich_yeu"])}</h1>
<table class="ct-vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>{php_esc(doc["so"])}</td></tr>
<tr><td>Loại văn bản</td><td>{php_esc(doc["loai"])}</td></tr>
<tr><td>Ngày ban hành</td><td>{doc["ngay"]}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Phòng GD&amp;ĐT huyện Cư M&#039;gar</td></tr>
<tr><td>Người ký</td><td>{php_esc(doc["nguoi_ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{php_esc(doc["trich_yeu"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="{doc["file"]}"><img src="public/images/icon_pdf.gif" alt="" /> Tải về</a></td></tr>
</table>
"""
    return utf8_response(
        layout(
            request,
            title=doc["trich_yeu"],
            crumbs=[("Văn bản", "van-ban/"), (doc["so"], None)],
            center=khung("Văn bản chỉ đạo", inner),
        )
    )


def album_list_page(request: Request) -> Response:
    inner = f"""<div class="ds-album"><div class="album_item"><a href="{rel(ALBUM_PATH)}"><img class="lazy" src="public/images/grey.gif" data-original="/upload/album/9/thumb.jpg" alt="" /></a>
<a href="{rel(ALBUM_PATH)}" class="td-album">Hội khỏe Phù Đổng cấp huyện lần thứ XII</a> <span>(12 ảnh)</span></div></div>
"""
    return utf8_response(
        layout(request, title="Thư viện ảnh", crumbs=[("Thư viện ảnh", None)], center=khung("Thư viện ảnh", inner))
    )


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<a href="/upload/album/9/{n:02d}.jpg" rel="lightbox[album9]"><img src="/upload/album/9/thumb_{n:02d}.jpg" alt="" /></a>\n'
        for n in range(1, 13)
    )
    inner = f"""<h1 class="tieude-ct">Hội khỏe Phù Đổng cấp huyện lần thứ XII</h1>
<div class="album-ct">
{photos}</div>
"""
    return utf8_response(
        layout(
            request,
            title="Hội khỏe Phù Đổng cấp huyện lần thứ XII",
            crumbs=[("Thư viện ảnh", "thu-vien-anh/"), ("Hội khỏe Phù Đổng", None)],
            center=khung("Thư viện ảnh", inner),
        )
    )


def video_list_page(request: Request) -> Response:
    inner = f"""<div class="ds-video"><a href="{rel(VIDEO_PATH)}"><img src="public/images/video_thumb.jpg" alt="" /></a>
<a href="{rel(VIDEO_PATH)}">Lễ khai giảng năm học 2026 - 2027</a></div>
"""
    return utf8_response(layout(request, title="Video", crumbs=[("Video", None)], center=khung("Video clip", inner)))


def video_page(request: Request) -> Response:
    inner = """<h1 class="tieude-ct">Lễ khai giảng năm học 2026 - 2027</h1>
<div class="video-ct"><iframe width="560" height="315" src="https://www.youtube.com/embed/pgdCuMgar2026" frameborder="0" allowfullscreen></iframe></div>
<p>Video: Tổ Truyền thông Phòng GD&amp;ĐT</p>
"""
    return utf8_response(
        layout(
            request,
            title="Lễ khai giảng năm học 2026 - 2027",
            crumbs=[("Video", "video/"), ("Lễ khai giảng", None)],
            center=khung("Video clip", inner),
        )
    )


def search_page(request: Request) -> Response:
    word = request.params.get("tukhoa", "")
    found = [s for s in newest() if word and word.lower() in s.title.lower()]
    items = "".join(listing_item(s) for s in found[:PER_PAGE]) or "<p>Không tìm thấy kết quả phù hợp.</p>\n"
    inner = f'<p>Kết quả tìm kiếm cho: <b>{php_esc(word)}</b></p>\n<div class="ds-tin">\n{items}</div>\n'
    return utf8_response(layout(request, title="Tìm kiếm", crumbs=[("Tìm kiếm", None)], center=khung("Tìm kiếm", inner)))


def simple_message(request: Request, heading: str, message: str) -> Response:
    inner = f"<p>{php_esc(message)}</p>\n"
    return utf8_response(layout(request, title=heading, crumbs=[(heading, None)], center=khung(heading, inner)))


# --- the router --------------------------------------------------------------------------------

_LISTING = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:trang-(\d+)/)?$")
_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_NO_SLASH = re.compile(r"^/(tin-tuc/[a-z0-9-]+|gioi-thieu|lien-he|van-ban|thu-vien-anh|video|tim-kiem)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/public/", "/images/")) or path in ("/favicon.ico", "/style_cu.css"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /admin/\n", {"Content-Type": "text/plain"})
        if path in ("/", "/index.php"):
            return self.root(request)
        if m := _NO_SLASH.match(path):
            if m.group(1).removeprefix("tin-tuc/") in CATS or not m.group(1).startswith("tin-tuc/"):
                return redirect(base_url(request) + path + "/", 301)
            return None
        if path == "/tim-kiem/":
            return search_page(request)
        if path == "/binh-chon/" and request.method == "POST":
            return simple_message(request, "Bình chọn", "Cảm ơn bạn đã tham gia bình chọn.")
        if path == "/tin-tuc/binh-luan/" and request.method == "POST":
            return simple_message(request, "Ý kiến bạn đọc", "Ý kiến của bạn đã được gửi và đang chờ duyệt.")
        if path == CONTACT_PATH:
            return contact_page(request)
        if request.query:
            return None
        if m := _LISTING.match(path):
            cat, page = m.group(1), int(m.group(2) or 1)
            return listing_page(request, cat, page) if cat in CATS else None
        if m := _ARTICLE.match(path):
            cat, story = m.group(1), BY_ID.get(int(m.group(3)))
            if story is None or (cat not in CATS and cat not in VIRTUAL_CATS):
                return None
            return article_page(request, story, cat)
        simple = {
            INTRO_PATH: intro_page,
            ORG_PATH: org_page,
            "/van-ban/": doc_list_page,
            "/thu-vien-anh/": album_list_page,
            ALBUM_PATH: album_page,
            "/video/": video_list_page,
            VIDEO_PATH: video_page,
        }
        if path in simple:
            return simple[path](request)
        for doc in DOCS:
            if path == doc["path"]:
                return doc_page(request, doc)
        return None

    def root(self, request: Request) -> Response | None:
        if not request.query:
            return home_page(request) if request.path == "/" else None
        params = request.params
        if params.get("mod") != "news" or not params.get("id", "").isdigit() or len(params) != 2:
            return None
        story = BY_ID.get(int(params["id"]))
        if story is None:
            return None
        if story.opts.get("old") == 200:
            return legacy_page(story)
        return redirect(base_url(request) + article_path(story), 301)


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("featured"):
        alts.append(article_path(story, cat="tin-noi-bat"))
    if story.opts.get("old_slug"):
        alts.append(article_path(story, slug=story.opts["old_slug"]))
    if story.opts.get("old") == 200:
        alts.append(f"/?mod=news&id={story.id}")
    return alts


GOLD = [
    gold_record(story, article_path(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in STORIES
]

NON_ARTICLES = [
    INTRO_PATH,
    ORG_PATH,
    CONTACT_PATH,
    DOCS[0]["path"],
    DOCS[1]["path"],
    ALBUM_PATH,
    VIDEO_PATH,
]
