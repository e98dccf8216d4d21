"""Phòng GD&ĐT huyện Yên Thế (Bắc Giang): a home-made PHP 5 site, table layout, no frames (2012).

Platform
--------
Written around 2012 by the district's IT teacher: one ``index.php`` that includes
``modules/<mod>/<act>.php`` after a ``switch ($_GET['act'])``; a 980-px table layout (banner
``<object>`` with a Flash banner, a horizontal ``<ul id="menungang">`` with drop-downs, left
column ``td.cot_trai``, centre ``td.cot_giua``, right column ``td.cot_phai``), FCKeditor 2.6 in
the admin (inline styles, ``<font>``, pasted Word markup), a visitor counter, a poll and a
"Liên kết website" ``<select>``. No CMS, no canonical, no Open Graph. PHP 5 sends no charset in
its ``Content-Type`` (``default_charset`` empty); the page says utf-8 in a meta tag, and the
include files were saved by Notepad with a BOM.

URL scheme
----------
- ``/`` (= ``/index.php``): home page.
- ``/index.php?mod=tintuc&act=danhsach&cat=<n>&p=<n>``: a category listing, 3 items a page.
  cat=1 "Tin tức - Sự kiện", cat=3 "Hoạt động chuyên môn", cat=5 "Thông báo".
- ``/index.php?mod=tintuc&act=chitiet&id=<n>``: an article (the gold path). The home page's
  "Tin mới cập nhật" box adds ``&amp;lang=vi`` (same article).
- ``/inbai.php?id=<n>``: the print view (opened by ``window.open`` only).
- ``/tintuc.php?id=<n>``: the URL of the 2008 framed site; answers 301 to the article.
- ``/index.php?mod=vanban&act=danhsach`` / ``&act=chitiet&id=<n>``: documents (văn bản).
- ``/index.php?mod=gioithieu``, ``mod=lienhe``, ``mod=thuvienanh[&act=xem&id=<n>]``,
  ``mod=thamdo`` (poll result), ``mod=timkiem`` (search).
- ``/thongke.php?id=<n>&kieu=tin``: the hit counter's 1x1 GIF.

Page templates
--------------
Every page: BOM, XHTML 1.0 Transitional doctype, ``<title>.::PHÒNG GD&ĐT YÊN THẾ::.</title>``
(the same on every page), banner with the site's name as the page's only ``<h1>``, a date bar
"Hôm nay: Thứ Bảy, 05/12/2026" with a ``<marquee>`` of new items, the menu, the left column
(category list, "Văn bản mới", links select, visitor counter), the right column ("Tin đọc nhiều",
poll, banners) and the footer. An article is a ``table.khung_mod`` with the breadcrumb in
``td.tieude_mod``; then a headline cell ``td.td_tde_ct`` (``<font color size=3><b>``), a meta
cell "Ngày đăng: dd/mm/YYYY hh:mm AM | Lượt xem | Người đăng: pgdyenthe", a tools cell (font size,
print, e-mail), optionally the lead ``td.tomtat_ct``, and the text cell ``td#noidung_ct``, which
also holds the hit counter image, an update line, back/top links, a star rating and a Facebook
like box. Below it: "Ý kiến bạn đọc" form and "Các tin mới đăng" (the 3 newest of the category).

How each gold article is reached
--------------------------------
Listings (3 a page, newest first):
- cat=1: p=1 1241, 1236, 1229; p=2 1217, 1203, 1196.
- cat=3: p=1 1239, 1224, 1210; p=2 1199.
- cat=5: p=1 1240, 1233, 1214 (p=2 is an empty page reached by the "Sau »" link).
The home page links 1241, 1240, 1239, 1236, 1233 (``&amp;lang=vi``) and 1229, 1224, 1214
(category boxes). "Các tin mới đăng" (the 3 newest of the category but the page's own) links
1217 and 1210, 1199 from article pages; 1210 also links 1199 by its old ``tintuc.php`` URL.
**1203 and 1196 are linked only from page 2 of the cat=1 listing.** The comment, poll and
contact forms are POST forms; the search form is GET (``mod=timkiem``).

Traps
-----
1. Headline not where a generic extractor looks: the only ``<h1>`` on every page is the office's
   name in the banner and ``<title>`` is the same site title everywhere; the headline is a
   ``<font><b>`` in a table cell. One headline (1239) holds a ``<br />`` the teacher typed into
   the title field to wrap it. Gold: the headline cell's text, the ``<br />`` read as a space
   ("… CẤP HUYỆN BẬC TIỂU HỌC …").
2. Twelve-hour clock: PHP ``date("d/m/Y h:i A")`` prints "04/12/2026 04:05 PM". Gold converts:
   "12:20 PM" is 12:20 (1236), "12:35 AM" is 00:35 of that day (1229), "07:55 PM" is 19:55.
   The "Cập nhật: … AM" line in the text cell (1240) and the header's today are not the date.
3. Word paste in the text (1217): a ``<style>`` block with "/* Style Definitions */" CSS, an
   ``<!--[if gte mso 9]><xml>`` comment, ``p.MsoNormal`` with ``<o:p>`` and empty ``<o:p>&nbsp;``
   spacer paragraphs. Gold: no CSS text, no empty paragraphs.
4. Double-escaped links: the "Tin đọc nhiều" box runs ``htmlspecialchars`` twice, so its hrefs
   are ``index.php?mod=tintuc&amp;amp;act=chitiet&amp;amp;id=1229``: the browser asks for
   ``?mod=tintuc&amp;act=…``, PHP sees no ``act`` and answers **200** with a page "Tin tức bạn yêu
   cầu không tồn tại hoặc đã bị xóa!" in the full chrome (soft 404). Gold: not an article, no
   record for these URLs.
5. Sapo printed twice (1236): the "tóm tắt" field is printed bold-italic in ``td.tomtat_ct``
   and the editor pasted the same sentence again as the text's first paragraph. Gold: summary
   is that sentence, and the body holds it once (as its first paragraph).
6. Image tables: FCKeditor's image-with-caption is a 2-row ``<table align="center">`` (image
   row, caption row) inside the text, next to real data tables (1214, 1240) whose rows are body
   paragraphs. Gold: an image table's caption row is the image's caption, not a body row.
7. Photographer credit glued to a caption (1229): "Lãnh đạo … nhà trường (Ảnh: Minh Đức)" ->
   caption without the credit, photographers ["Minh Đức"]; a second line "Ảnh: Minh Đức" alone
   -> caption None. The byline there is "CTV Thanh Nga" (CTV = cộng tác viên, a post, not a
   name) -> authors ["Thanh Nga"].
8. Signature table (1224): the text ends with a 2-cell table, left empty, right
   ``<b>Tổ chuyên môn THCS</b>`` centred: a unit signing. Gold: authors ["Tổ chuyên môn THCS"], the
   table is not a body row.
9. Widgets inside the text cell: the hit counter ``<img src="thongke.php?…">`` (1x1), the
   "Cập nhật" line, "[Quay lại] [Lên đầu trang]", the star rating with its ``sao.gif`` images and
   a Facebook like ``<iframe>`` all sit in ``td#noidung_ct`` after the text. Gold: none of them is
   body or image.
10. Listing links a crawler may not see: a listing's title link is
    ``href="javascript:void(0);" onclick="xemtin(1203)"``; only the thumbnail and "Chi tiết »"
    carry the real href. The pager prints query-only hrefs (``?mod=tintuc&amp;act=danhsach…``)
    and a "Sau »" link even on the last page, which leads to a 200 page "Chưa có tin trong chuyên
    mục này." (bounded: that page has no "Sau »"). Gold: only the 13 articles; empty pages and
    listings are no records.
11. Byte-order marks: each ``include``d PHP file starts with a UTF-8 BOM, so U+FEFF is printed
    before the doctype and again right before the module's output (before the breadcrumb
    table), while the HTTP header names no charset. Gold text has no U+FEFF.
12. One article, several URLs: ``&lang=vi`` (home box), ``inbai.php?id=`` (print popup),
    ``tintuc.php?id=1199`` (301 from the old framed site, linked in a "Xem thêm" line). Gold:
    the plain ``act=chitiet&id=`` path; the others are alt_paths.
13. Text written three ways by the editor: ``<p style="text-align: justify">`` (most),
    ``<font face="Arial" size="2">`` inside ``<div>``s (1196, 1224), and one ``<div>`` with
    paragraphs separated by ``<br /><br />`` (1203), where the last line is a bold name alone
    (the byline: authors ["Thân Văn Long"]). FCKeditor's entity option wrote 1196's Vietnamese as
    ``&agrave;``/``&#7897;`` references and 1214's as a mix (every second character).
14. An official notice (1233) with a letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and
    "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / (Đã ký) / Trần Đức Mạnh": the house's convention.
    Its meta line says "Ngày đăng: 26/11/2026 07:50 AM"; the gold date is the letterhead's day
    "2026-11-25"; authors ["Trần Đức Mạnh"].

Gold decisions on ambiguous points
----------------------------------
- Bylines: "Bài và ảnh: Phạm Thu Trang" -> author and photographer; "Hoàng Minh Đức - Phòng
  GD&ĐT" -> "Hoàng Minh Đức"; "ThS. Bùi Quang Huy" -> "Bùi Quang Huy"; "Nguyễn Thị Hoa - Trường TH
  Đồng Lạc" -> "Nguyễn Thị Hoa"; "Lương Thị Mai (Công đoàn ngành GD)" -> "Lương Thị Mai";
  "Tin: Lê Thị Phương - Ảnh: Nguyễn Văn Toàn" -> [Lê Thị Phương], [Nguyễn Văn Toàn]; "Người đăng:
  pgdyenthe" is the account -> nobody.
- 1217 closes with "Hà Linh" and "(Theo Báo Bắc Giang)": authors ["Hà Linh"], source "Báo Bắc
  Giang". 1236's "Theo báo cáo tại hội nghị, …" is a body sentence.
- "Xem thêm: <link>" (1210) and "File đính kèm:"/"Tải về:" lines (1214, 1240) are not body.
- Category: the breadcrumb's label ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo").
- Summary: 1241's bold first paragraph, 1236's tóm tắt; the others print no sapo (null).
- Image paths: 1239's images are written ``../upload/…`` by the editor (resolved to
  ``/upload/…``); listing thumbnails, ``new.gif``, stars and the counter GIF are not images.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_homemade_frameless_pgd"
PLATFORM = "Home-made PHP 5 site (index.php?mod=&act=, table layout, FCKeditor), 2012"
START_PATH = "/"

TODAY_BAR = "Thứ Bảy, 05/12/2026"
BOM = "\ufeff"
PER_PAGE = 3

CATS = {1: "Tin tức - Sự kiện", 3: "Hoạt động chuyên môn", 5: "Thông báo"}

# --- the articles --------------------------------------------------------------------------

_BYLINE_RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'

STORIES: list[Story] = [
    Story(
        id=1241,
        slug="khai-mac-hkpd",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="1",
        published_at="2026-12-04T16:05:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào "
            "tạo Yên Thế long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - "
            "2027 với sự tham gia của hơn 600 vận động viên đến từ 42 trường mầm non, tiểu học và "
            "trung học cơ sở trên địa bàn."
        ),
        blocks=[
            P(
                "Sáng ngày 04/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào "
                "tạo Yên Thế long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - "
                "2027 với sự tham gia của hơn 600 vận động viên đến từ 42 trường mầm non, tiểu học và "
                "trung học cơ sở trên địa bàn.",
                "bold",
            ),
            P(
                "Dự lễ khai mạc có đồng chí Nguyễn Thị Lan Anh, Phó Chủ tịch UBND huyện; đại diện lãnh "
                "đạo Huyện đoàn, Trung tâm Văn hóa - Thể thao huyện; lãnh đạo Phòng GD&ĐT cùng đông đảo "
                "cán bộ quản lý, giáo viên và học sinh các nhà trường."
            ),
            Img(
                "upload/tintuc/2026/12/hkpd-khai-mac-01.jpg",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "table",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT Nguyễn Văn Thắng nhấn mạnh: Hội khỏe "
                "Phù Đổng là ngày hội thể thao lớn nhất của học sinh phổ thông, là dịp để đánh giá kết "
                "quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, đồng thời tuyển "
                "chọn những vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            P(
                "Năm nay, Hội khỏe được tổ chức với 7 môn thi đấu gồm: điền kinh, bơi lội, bóng đá, "
                "cầu lông, bóng bàn, cờ vua và đá cầu. Các nội dung thi đấu diễn ra từ ngày 04/12 đến "
                "ngày 08/12/2026 tại Sân vận động huyện, Nhà thi đấu đa năng và Trường THCS Phồn Xương."
            ),
            Img(
                "upload/tintuc/2026/12/hkpd-khai-mac-02.jpg",
                "Màn đồng diễn thể dục của học sinh Trường TH Cầu Gồ",
                "Màn đồng diễn thể dục của học sinh Trường TH Cầu Gồ",
                "table",
            ),
            P(
                "Ngay sau lễ khai mạc, các vận động viên đã bước vào thi đấu nội dung chạy 60m và nhảy "
                "xa bậc tiểu học. Dù thời tiết se lạnh nhưng không khí trên các sân đấu luôn sôi nổi, "
                "các em thi đấu nhiệt tình, trung thực, đúng tinh thần fair-play."
            ),
            P(
                "Ban Tổ chức sẽ trao giải toàn đoàn và giải từng môn vào chiều ngày 08/12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Bài và ảnh: Phạm Thu Trang</strong>'
                "</em></p>"
            ),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={"posted": "04/12/2026 04:05 PM", "form": "p", "views": 168},
    ),
    Story(
        id=1240,
        slug="lich-kt-hk1",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="5",
        published_at="2026-12-03T08:30:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT Yên Thế thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với "
                "cấp THCS như sau:"
            ),
            P("Ngày | Buổi | Khối lớp | Môn kiểm tra | Thời gian làm bài", "row"),
            P("22/12/2026 | Sáng | 6, 7, 8, 9 | Ngữ văn | 90 phút", "row"),
            P("22/12/2026 | Chiều | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "row"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Toán | 90 phút", "row"),
            P("23/12/2026 | Chiều | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
            P(
                "Các môn học còn lại do các nhà trường chủ động xây dựng lịch kiểm tra, hoàn thành "
                "trước ngày 27/12/2026."
            ),
            P(
                "Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh do Phòng GD&ĐT ra đề; các trường nhận đề "
                "tại Phòng GD&ĐT vào 6 giờ 30 phút sáng mỗi ngày kiểm tra. Các trường tổ chức coi, chấm "
                "kiểm tra nghiêm túc, khách quan, đánh giá đúng chất lượng học sinh."
            ),
            Raw(
                '<p><img src="images/icon_file.gif" border="0" alt="" /> <b>File đính kèm:</b> '
                '<a href="upload/files/Lich_KT_CHKI_2026.doc">Lich_KT_CHKI_2026.doc</a> (48 KB)</p>'
            ),
        ],
        opts={
            "posted": "03/12/2026 08:30 AM",
            "form": "p",
            "updated": "04/12/2026 09:02 AM",
            "views": 402,
        },
    ),
    Story(
        id=1239,
        slug="gvdg-tieu-hoc",
        title="HỘI THI GIÁO VIÊN DẠY GIỎI CẤP HUYỆN BẬC TIỂU HỌC NĂM HỌC 2026 - 2027",
        cat="3",
        published_at="2026-12-02T10:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 23/11 đến ngày 01/12/2026, Phòng GD&ĐT Yên Thế tổ chức Hội thi giáo viên dạy "
                "giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027. Tham gia hội thi có 96 giáo viên đến "
                "từ 24 trường tiểu học trong huyện."
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành "
                "dạy hai tiết trên lớp (một tiết do giáo viên tự chọn, một tiết do Ban Tổ chức bốc "
                "thăm). Các tiết dạy được tổ chức tại 6 điểm trường: TH Cầu Gồ, TH Bố Hạ, TH Đồng Lạc, "
                "TH Tân Sỏi, TH Tam Tiến và TH Xuân Lương."
            ),
            Img(
                "../upload/tintuc/2026/12/gvdg-th-01.jpg",
                "Một tiết dạy môn Toán lớp 5 tại điểm thi Trường TH Cầu Gồ",
                "Một tiết dạy môn Toán lớp 5 tại điểm thi Trường TH Cầu Gồ",
                "table",
            ),
            P(
                "Qua theo dõi, Ban Giám khảo đánh giá các tiết dạy được chuẩn bị công phu, nhiều giáo "
                "viên ứng dụng hiệu quả công nghệ thông tin, sử dụng linh hoạt các kỹ thuật dạy học tích "
                "cực như khăn trải bàn, mảnh ghép, trạm học tập. Học sinh được hoạt động nhiều, mạnh "
                "dạn, tự tin."
            ),
            P(
                "Kết quả, có 71 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, đạt tỷ lệ 74%. "
                "Trường TH Bố Hạ và TH Cầu Gồ có 100% giáo viên dự thi đạt danh hiệu."
            ),
            Img(
                "../upload/tintuc/2026/12/gvdg-th-02.jpg",
                "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt giải",
                "Ban Tổ chức trao Giấy chứng nhận cho các giáo viên đạt giải",
                "table",
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để "
                "Phòng GD&ĐT lựa chọn giáo viên tiêu biểu tham gia Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Lê Thị Phương - Ảnh: Nguyễn Văn Toàn</em></p>'
            ),
        ],
        authors=["Lê Thị Phương"],
        photographers=["Nguyễn Văn Toàn"],
        opts={
            "posted": "02/12/2026 10:10 AM",
            "form": "p",
            "printed_title": "HỘI THI GIÁO VIÊN DẠY GIỎI CẤP HUYỆN<br />BẬC TIỂU HỌC NĂM HỌC 2026 - 2027",
            "views": 311,
        },
    ),
    Story(
        id=1236,
        slug="so-ket-thi-dua-20-11",
        title="Hội nghị sơ kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="1",
        published_at="2026-11-28T12:20:00+07:00",
        summary=(
            "Chiều 27/11/2026, Phòng GD&ĐT Yên Thế tổ chức hội nghị sơ kết đợt thi đua cao điểm chào "
            "mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), biểu dương 35 tập "
            "thể và 82 cá nhân có thành tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, đợt thi đua được triển khai từ ngày 05/10 đến ngày "
                "20/11/2026 với chủ đề \"Dạy tốt - học tốt - làm theo lời Bác\". 100% các nhà trường đã "
                "xây dựng kế hoạch, phát động thi đua tới từng tổ chuyên môn và từng cán bộ, giáo viên."
            ),
            P(
                "Trong đợt thi đua, toàn ngành đã có hơn 4.200 tiết dạy tốt, 650 giờ học tốt được đăng "
                "ký và thực hiện; 218 chuyên đề, hội giảng cấp trường được tổ chức. Nhiều nhà trường đã "
                "phát động phong trào \"Mỗi thầy cô một tấm gương đạo đức, tự học và sáng tạo\", thu hút "
                "đông đảo giáo viên tham gia."
            ),
            P(
                "Các hoạt động tri ân thầy cô giáo nhân ngày 20/11 được tổ chức trang trọng, ý nghĩa và "
                "tiết kiệm. Công đoàn ngành đã thăm hỏi, tặng quà 46 nhà giáo có hoàn cảnh khó khăn, nhà "
                "giáo lâm bệnh hiểm nghèo với tổng số tiền trên 50 triệu đồng."
            ),
            Img(
                "upload/tintuc/2026/11/so-ket-20-11.jpg",
                "Lãnh đạo Phòng GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Phòng GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "table",
            ),
            P(
                "Tại hội nghị, Phòng GD&ĐT đã khen thưởng 35 tập thể và 82 cá nhân có thành tích xuất "
                "sắc trong đợt thi đua. Đồng chí Trưởng phòng đề nghị các nhà trường tiếp tục duy trì khí "
                "thế thi đua, tập trung nâng cao chất lượng dạy học, chuẩn bị tốt cho kiểm tra cuối học "
                "kỳ I."
            ),
            Raw(_BYLINE_RIGHT.format("Hoàng Minh Đức - Phòng GD&amp;ĐT")),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"posted": "28/11/2026 12:20 PM", "form": "p", "sapo_again": True, "views": 957},
    ),
    Story(
        id=1233,
        slug="tb-gvcn-gioi",
        title=(
            "Thông báo về việc đăng ký dự thi giáo viên chủ nhiệm lớp giỏi cấp huyện năm học "
            "2026 - 2027"
        ),
        cat="5",
        published_at="2026-11-25",
        blocks=[
            Raw(
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                '<td width="40%" align="center" valign="top"><span style="font-size: 13px;">UBND '
                "HUYỆN YÊN THẾ</span><br /><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br />______<br />"
                "Số: 412/TB-PGDĐT</td>"
                '<td width="60%" align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>'
                "<br /><b>Độc lập - Tự do - Hạnh phúc</b><br />________________<br /><i>Yên Thế, ngày "
                "25 tháng 11 năm 2026</i></td></tr></table>"
                '<p style="text-align: center;"><b>THÔNG BÁO</b><br /><b>Về việc đăng ký dự thi giáo '
                "viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027</b></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 298/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT Yên Thế về tổ chức các "
                "hội thi năm học 2026 - 2027;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tới các trường tiểu học, trung học cơ sở trong "
                "huyện về việc đăng ký dự thi giáo viên chủ nhiệm lớp giỏi cấp huyện như sau:"
            ),
            P(
                "1. Đối tượng: Giáo viên đang trực tiếp làm công tác chủ nhiệm lớp, có ít nhất 03 năm "
                "làm công tác chủ nhiệm tính đến thời điểm đăng ký, đạt danh hiệu giáo viên chủ nhiệm "
                "lớp giỏi cấp trường năm học 2026 - 2027."
            ),
            P(
                "2. Số lượng: Mỗi trường đăng ký tối đa 02 giáo viên; trường có từ 25 lớp trở lên đăng "
                "ký tối đa 03 giáo viên."
            ),
            P(
                "3. Hồ sơ đăng ký gồm: Danh sách trích ngang giáo viên dự thi (theo mẫu); biện pháp giáo "
                "dục học sinh của giáo viên dự thi (02 bản in và 01 bản điện tử)."
            ),
            P(
                "4. Thời gian nộp hồ sơ: Trước ngày 10/12/2026, nộp tại bộ phận một cửa Phòng GD&ĐT, "
                "bản điện tử gửi qua hộp thư điện tử pgdyenthe@bacgiang.edu.vn."
            ),
            P(
                "Phòng GD&ĐT đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc, đúng thời "
                "gian quy định./."
            ),
            Raw(
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                '<td width="45%" valign="top"><b><i>Nơi nhận:</i></b><br />'
                '<span style="font-size: 11px;">- Các trường TH, THCS;<br />- Lãnh đạo phòng;<br />'
                "- Lưu: VT, CM.</span></td>"
                '<td width="55%" align="center" valign="top"><b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG '
                "PHÒNG</b><br /><br /><i>(Đã ký)</i><br /><br /><b>Trần Đức Mạnh</b></td>"
                "</tr></table>"
            ),
        ],
        authors=["Trần Đức Mạnh"],
        opts={"posted": "26/11/2026 07:50 AM", "form": "p", "views": 530},
    ),
    Story(
        id=1229,
        slug="thcs-bo-ha-chuan-qg",
        title="Trường THCS Bố Hạ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="1",
        published_at="2026-11-19T00:35:00+07:00",
        blocks=[
            P(
                "Sáng ngày 18/11/2026, Trường THCS Bố Hạ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Về dự buổi lễ có đồng chí Phó Bí thư Thường trực Huyện ủy; lãnh đạo UBND huyện, Phòng "
                "GD&ĐT, Đảng ủy, HĐND, UBND xã Bố Hạ cùng các thế hệ thầy cô giáo, cựu học sinh và đông "
                "đảo phụ huynh học sinh."
            ),
            P(
                "Trường THCS Bố Hạ được thành lập năm 1965. Năm học 2026 - 2027, nhà trường có 18 lớp "
                "với 712 học sinh, 38 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ "
                "đào tạo, trong đó 26 đồng chí có trình độ trên chuẩn. Những năm gần đây, chất lượng "
                "giáo dục toàn diện của nhà trường luôn đứng trong tốp đầu của huyện, nhiều năm liền có "
                "học sinh giỏi cấp tỉnh."
            ),
            Img(
                "upload/tintuc/2026/11/bo-ha-chuan-qg-01.jpg",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà "
                "trường (Ảnh: Minh Đức)",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà "
                "trường",
                "next",
            ),
            P(
                "Được sự quan tâm đầu tư của các cấp, ngành và sự đóng góp của phụ huynh, cơ sở vật chất "
                "của nhà trường ngày càng khang trang với 18 phòng học kiên cố, 8 phòng học bộ môn, thư "
                "viện đạt chuẩn và sân chơi, bãi tập rộng rãi."
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND huyện ghi nhận, biểu dương những kết quả nhà "
                "trường đã đạt được và đề nghị tập thể cán bộ, giáo viên tiếp tục giữ vững, phát huy các "
                "tiêu chuẩn trường chuẩn quốc gia, hướng tới xây dựng trường đạt chuẩn mức độ 3 trong "
                "giai đoạn tới."
            ),
            Img("upload/tintuc/2026/11/bo-ha-chuan-qg-02.jpg", "Ảnh: Minh Đức", None, "next"),
            Raw(_BYLINE_RIGHT.format("CTV Thanh Nga")),
        ],
        authors=["Thanh Nga"],
        photographers=["Minh Đức"],
        opts={"posted": "19/11/2026 12:35 AM", "form": "p", "views": 1288},
    ),
    Story(
        id=1224,
        slug="chuyen-de-ngu-van-7",
        title="Chuyên đề \"Dạy học đọc hiểu văn bản thơ\" môn Ngữ văn 7 tại Trường THCS Phồn Xương",
        cat="3",
        published_at="2026-11-14T14:45:00+07:00",
        blocks=[
            P(
                "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày "
                "13/11/2026, Phòng GD&ĐT Yên Thế tổ chức chuyên đề \"Dạy học đọc hiểu văn bản thơ\" môn "
                "Ngữ văn lớp 7 tại Trường THCS Phồn Xương."
            ),
            P(
                "Tham dự chuyên đề có lãnh đạo Phòng GD&ĐT, các đồng chí phó hiệu trưởng phụ trách "
                "chuyên môn và giáo viên dạy Ngữ văn 7 của 21 trường THCS trong huyện."
            ),
            P(
                "Tiết dạy minh họa bài \"Mẹ\" (Đỗ Trung Lai) do cô giáo Vũ Thị Ngọc Ánh thực hiện đã để "
                "lại nhiều ấn tượng. Giáo viên tổ chức cho học sinh đọc diễn cảm, thảo luận nhóm về các "
                "hình ảnh so sánh trong bài thơ và liên hệ tình cảm của bản thân với mẹ. Học sinh hứng "
                "thú, tích cực và trình bày ý kiến tự tin."
            ),
            Img(
                "upload/tintuc/2026/11/cd-ngu-van-7.jpg",
                "Cô giáo Vũ Thị Ngọc Ánh hướng dẫn học sinh thảo luận nhóm",
                "Cô giáo Vũ Thị Ngọc Ánh hướng dẫn học sinh thảo luận nhóm",
                "table",
            ),
            P(
                "Trong phần thảo luận, các đại biểu đã trao đổi về cách xây dựng hệ thống câu hỏi đọc "
                "hiểu theo các mức độ nhận biết, thông hiểu, vận dụng; cách giúp học sinh hình thành kỹ "
                "năng đọc văn bản thơ theo đặc trưng thể loại."
            ),
            P(
                "Kết thúc chuyên đề, đồng chí phụ trách chuyên môn THCS của Phòng GD&ĐT đánh giá cao sự "
                "chuẩn bị của Trường THCS Phồn Xương và đề nghị các trường tổ chức sinh hoạt tổ chuyên "
                "môn để triển khai, vận dụng kết quả chuyên đề vào thực tế giảng dạy."
            ),
            Raw(
                '<table width="100%" border="0" cellspacing="0" cellpadding="2"><tbody><tr>'
                '<td width="55%">&nbsp;</td><td align="center"><font face="Arial" size="2">'
                "<b>Tổ chuyên môn THCS</b></font></td></tr></tbody></table>"
            ),
        ],
        authors=["Tổ chuyên môn THCS"],
        opts={"posted": "14/11/2026 02:45 PM", "form": "font", "views": 874},
    ),
    Story(
        id=1217,
        slug="trao-qua-dong-vuong",
        title="Trao tặng 120 suất quà cho học sinh có hoàn cảnh khó khăn xã Đồng Vương",
        cat="1",
        published_at="2026-11-06T09:40:00+07:00",
        blocks=[
            P(
                "Ngày 05/11/2026, Phòng GD&ĐT huyện Yên Thế phối hợp với Hội Chữ thập đỏ huyện và Quỹ "
                "Vì trẻ em Bắc Giang trao tặng 120 suất quà cho học sinh có hoàn cảnh khó khăn tại các "
                "trường học trên địa bàn xã Đồng Vương."
            ),
            P(
                "Mỗi suất quà gồm 01 chiếc áo ấm, 01 bộ sách giáo khoa, 20 cuốn vở và đồ dùng học tập "
                "với tổng trị giá hơn 96 triệu đồng. Các suất quà được trao cho học sinh thuộc hộ nghèo, "
                "cận nghèo, học sinh mồ côi và học sinh khuyết tật của Trường MN, TH và THCS Đồng Vương."
            ),
            Img(
                "upload/tintuc/2026/11/trao-qua-dong-vuong.jpg",
                "Đại diện các đơn vị trao quà cho học sinh Trường TH Đồng Vương",
                "Đại diện các đơn vị trao quà cho học sinh Trường TH Đồng Vương",
                "word",
            ),
            P(
                "Đồng Vương là xã vùng cao của huyện Yên Thế, tỷ lệ hộ nghèo, cận nghèo còn cao, nhiều "
                "học sinh là con em đồng bào dân tộc thiểu số. Mùa đông năm nay được dự báo đến sớm và "
                "rét đậm, món quà thiết thực đã góp phần giúp các em có thêm điều kiện đến trường."
            ),
            P(
                "Dịp này, các nhà hảo tâm cũng trao tặng Trường TH Đồng Vương 02 bình nóng lạnh và 01 "
                "máy lọc nước phục vụ bán trú cho học sinh."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
                "Hà Linh<o:p></o:p></span></b></p>"
                '<p class="MsoNormal" align="right" style="text-align:right"><i><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
                "(Theo Báo Bắc Giang)<o:p></o:p></span></i></p>"
            ),
        ],
        authors=["Hà Linh"],
        source="Báo Bắc Giang",
        opts={"posted": "06/11/2026 09:40 AM", "form": "word", "views": 645},
    ),
    Story(
        id=1214,
        slug="kq-hsg-9",
        title="Thông báo kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-02T17:10:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo Yên Thế thông báo kết quả Kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "huyện năm học 2026 - 2027 được tổ chức ngày 25/10/2026 như sau:"
            ),
            P(
                "Tổng số học sinh dự thi: 486 em, ở 9 môn thi văn hóa. Số học sinh đạt giải: 198 em, "
                "trong đó: 14 giải Nhất, 41 giải Nhì, 63 giải Ba và 80 giải Khuyến khích."
            ),
            P("TT | Đơn vị | Số dự thi | Số giải | Tỷ lệ (%)", "row"),
            P("1 | THCS Bố Hạ | 58 | 31 | 53,4", "row"),
            P("2 | THCS Phồn Xương | 62 | 30 | 48,4", "row"),
            P("3 | THCS Tam Tiến | 40 | 17 | 42,5", "row"),
            P("4 | THCS Đồng Tâm | 35 | 13 | 37,1", "row"),
            P(
                "Danh sách học sinh đạt giải chi tiết có trong file đính kèm. Các đơn vị có ý kiến thắc "
                "mắc về kết quả thi gửi đơn phúc khảo về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước "
                "16 giờ 30 phút ngày 06/11/2026."
            ),
            P(
                "Phòng GD&ĐT đề nghị các nhà trường tiếp tục bồi dưỡng học sinh đạt giải để tham gia thi "
                "chọn đội tuyển dự thi cấp tỉnh."
            ),
            Raw(
                '<p><b>Tải về:</b> <a href="upload/files/KQ_HSG9_2026.xls">KQ_HSG9_2026.xls</a></p>'
            ),
        ],
        opts={"posted": "02/11/2026 05:10 PM", "form": "p", "entities": 2, "views": 1517},
    ),
    Story(
        id=1210,
        slug="tap-huan-ai",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên",
        cat="3",
        published_at="2026-10-30T19:55:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 29 và 30/10/2026, Phòng GD&ĐT Yên Thế tổ chức lớp tập huấn ứng dụng trí "
                "tuệ nhân tạo (AI) trong soạn giảng cho hơn 150 cán bộ quản lý, giáo viên cốt cán các "
                "trường tiểu học và trung học cơ sở."
            ),
            P("Nội dung tập huấn", "h"),
            P(
                "Các học viên được giới thiệu tổng quan về trí tuệ nhân tạo và những lưu ý khi sử dụng "
                "trong nhà trường, sau đó trực tiếp thực hành trên máy tính với các nội dung:"
            ),
            P("Sử dụng công cụ AI hỗ trợ xây dựng kế hoạch bài dạy, thiết kế phiếu học tập;", "li"),
            P("Tạo câu hỏi trắc nghiệm, đề kiểm tra theo ma trận và bản đặc tả;", "li"),
            P("Thiết kế hình ảnh, video minh họa phục vụ bài giảng;", "li"),
            P("Bảo mật thông tin cá nhân của học sinh khi sử dụng các công cụ trực tuyến.", "li"),
            Img(
                "upload/tintuc/2026/10/tap-huan-ai.jpg",
                "Giáo viên thực hành thiết kế bài giảng có sử dụng công cụ AI",
                "Giáo viên thực hành thiết kế bài giảng có sử dụng công cụ AI",
                "next",
            ),
            P("Yêu cầu sau tập huấn", "h"),
            P(
                "Phát biểu bế mạc lớp tập huấn, đồng chí Phó Trưởng phòng GD&ĐT đề nghị các học viên "
                "tiếp tục tự học, tự bồi dưỡng; tổ chức tập huấn lại tại đơn vị trước ngày 20/11/2026; "
                "đồng thời lưu ý giáo viên cần kiểm tra kỹ nội dung do AI tạo ra, không lạm dụng công cụ "
                "thay cho sự sáng tạo của người thầy."
            ),
            Raw(
                '<p><img src="images/arrow.gif" border="0" alt="" /> <i>Xem thêm: '
                '<a href="tintuc.php?id=1199">Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường '
                "Tiểu học số 2</a></i></p>"
            ),
            Raw(_BYLINE_RIGHT.format("ThS. Bùi Quang Huy")),
        ],
        authors=["Bùi Quang Huy"],
        opts={"posted": "30/10/2026 07:55 PM", "form": "p", "views": 733},
    ),
    Story(
        id=1203,
        slug="ngay-hoi-doc-sach",
        title="Liên đội Trường TH Tân Sỏi tổ chức Ngày hội đọc sách",
        cat="1",
        published_at="2026-10-22T15:15:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026, chiều ngày 21/10/2026, Liên đội Trường "
                "Tiểu học Tân Sỏi đã tổ chức Ngày hội đọc sách với chủ đề \"Sách - người bạn đồng hành\"."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động phong phú như: trưng bày, giới thiệu sách theo khối lớp; "
                "thi kể chuyện theo sách; vẽ tranh về nhân vật em yêu thích và trò chơi đố vui tìm hiểu "
                "kiến thức."
            ),
            Img(
                "upload/tintuc/2026/10/doc-sach-tan-soi.jpg",
                "Học sinh khối 4 giới thiệu gian trưng bày sách của lớp",
                "Học sinh khối 4 giới thiệu gian trưng bày sách của lớp",
                "br",
            ),
            P(
                "Đặc biệt, chương trình \"Đổi sách cũ - lấy sách mới\" thu hút đông đảo học sinh tham "
                "gia. Chỉ trong một buổi chiều, hơn 700 cuốn sách, truyện đã được các em trao đổi với "
                "nhau, nhiều em còn tự nguyện tặng sách cho thư viện xanh của nhà trường."
            ),
            P(
                "Kết thúc ngày hội, Liên đội đã khen thưởng 12 tập thể lớp và 25 cá nhân có thành tích "
                "xuất sắc trong phong trào đọc sách. Thông qua hoạt động này, nhà trường mong muốn khơi "
                "dậy niềm đam mê đọc sách, hình thành thói quen đọc cho học sinh ngay từ những năm đầu "
                "cấp."
            ),
            Raw('<div style="text-align: right;"><b>Thân Văn Long</b></div>'),
        ],
        authors=["Thân Văn Long"],
        opts={"posted": "22/10/2026 03:15 PM", "form": "br", "views": 290},
    ),
    Story(
        id=1199,
        slug="shcm-ncbh-cum-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Tiểu học số 2",
        cat="3",
        published_at="2026-10-16T11:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chỉ đạo chuyên môn năm học 2026 - 2027 của Phòng GD&ĐT, ngày "
                "15/10/2026, cụm trường Tiểu học số 2 gồm các trường: TH Đồng Lạc, TH Tân Sỏi, TH Đồng "
                "Kỳ và TH Hồng Kỳ đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại "
                "Trường TH Đồng Lạc."
            ),
            P(
                "Tiết dạy minh họa môn Tiếng Việt lớp 3, bài \"Ngày hội rừng xanh\" do cô giáo Trần Thị "
                "Thu Hà thực hiện. Tiết học được thiết kế theo hướng tăng cường hoạt động nhóm, giúp học "
                "sinh tự khám phá nội dung bài đọc và mạnh dạn chia sẻ ý kiến trước lớp."
            ),
            Img(
                "upload/tintuc/2026/10/ncbh-dong-lac.jpg",
                "Cô giáo Trần Thị Thu Hà và học sinh lớp 3A trong tiết dạy minh họa",
                "Cô giáo Trần Thị Thu Hà và học sinh lớp 3A trong tiết dạy minh họa",
                "next",
            ),
            P(
                "Sau tiết dạy, các thành viên dự giờ tập trung thảo luận, phân tích các hoạt động học "
                "của học sinh: học sinh học như thế nào, em nào gặp khó khăn, nguyên nhân vì sao và giáo "
                "viên cần điều chỉnh gì để mọi học sinh đều được tham gia. Không khí trao đổi cởi mở, "
                "thẳng thắn, không nặng về đánh giá, xếp loại giờ dạy."
            ),
            P(
                "Buổi sinh hoạt đã giúp đội ngũ giáo viên trong cụm có thêm kinh nghiệm tổ chức dạy học "
                "theo Chương trình giáo dục phổ thông 2018, đồng thời thống nhất một số giải pháp nâng "
                "cao chất lượng dạy đọc hiểu cho học sinh lớp 3."
            ),
            Raw(_BYLINE_RIGHT.format("Nguyễn Thị Hoa - Trường TH Đồng Lạc")),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"posted": "16/10/2026 11:30 AM", "form": "p", "views": 402},
    ),
    Story(
        id=1196,
        slug="bong-chuyen-hoi-nu",
        title="Công đoàn ngành Giáo dục Yên Thế tổ chức Giải bóng chuyền hơi nữ năm 2026",
        cat="1",
        published_at="2026-10-12T08:00:00+07:00",
        blocks=[
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), từ ngày 10 đến ngày 11/10/2026, Công đoàn ngành Giáo dục huyện Yên Thế tổ "
                "chức Giải bóng chuyền hơi nữ cán bộ, giáo viên, nhân viên năm 2026."
            ),
            P(
                "Tham gia giải có 24 đội bóng đến từ các công đoàn cơ sở trường học, được chia thành 6 "
                "bảng thi đấu vòng tròn tính điểm để chọn ra 8 đội vào vòng tứ kết. Các trận đấu diễn ra "
                "tại Nhà thi đấu đa năng huyện và sân trường THCS Phồn Xương."
            ),
            Img(
                "upload/tintuc/2026/10/bong-chuyen-hoi.jpg",
                "Trận chung kết giữa đội Công đoàn Trường TH Bố Hạ và đội Công đoàn Trường THCS Tam "
                "Tiến",
                "Trận chung kết giữa đội Công đoàn Trường TH Bố Hạ và đội Công đoàn Trường THCS Tam "
                "Tiến",
                "next",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, hấp dẫn, Ban Tổ chức đã trao giải Nhất cho đội Công đoàn "
                "Trường TH Bố Hạ; giải Nhì cho đội Công đoàn Trường THCS Tam Tiến; đồng giải Ba cho đội "
                "Công đoàn Trường MN Hoa Sen và đội Công đoàn Trường TH Đồng Lạc. Ngoài ra, Ban Tổ chức "
                "còn trao giải Phong cách cho đội Công đoàn Trường TH Xuân Lương."
            ),
            P(
                "Giải đấu là hoạt động thiết thực nhằm tăng cường rèn luyện sức khỏe, tạo sân chơi bổ "
                "ích, góp phần thắt chặt tình đoàn kết giữa các nữ cán bộ, giáo viên, nhân viên trong "
                "toàn ngành."
            ),
            Raw(
                '<div style="text-align: right;"><font face="Arial" size="2"><b>L&#432;&#417;ng '
                "Th&#7883; Mai</b> (C&ocirc;ng &#273;o&agrave;n ng&agrave;nh GD)</font></div>"
            ),
        ],
        authors=["Lương Thị Mai"],
        opts={"posted": "12/10/2026 08:00 AM", "form": "font", "entities": 1, "views": 356},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: the home page's "Tin mới cập nhật" box (links with &amp;lang=vi)
NEWEST_BOX = [1241, 1240, 1239, 1236, 1233]
#: the "Tin đọc nhiều" box (links double-escaped: soft 404s)
MOST_READ = [1229, 1236, 1224, 1241]
#: old URLs of the framed site that answer 301
OLD_URLS = {1199}


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == str(cat)), key=lambda s: s.id, reverse=True)


def _printed_title(story: Story) -> str:
    return story.opts.get("printed_title") or esc(story.title)


def _listing_title(story: Story) -> str:
    return story.opts.get("printed_title") or esc(story.title)


def _day(story: Story) -> str:
    return story.opts["posted"].split()[0]


# --- documents, album ----------------------------------------------------------------------

DOCS = {
    87: {
        "so": "415/PGDĐT-CM",
        "ngay": "01/12/2026",
        "loai": "Công văn",
        "coquan": "Phòng GD&ĐT Yên Thế",
        "trichyeu": "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "nguoiky": "Nguyễn Văn Thắng",
        "file": "upload/vanban/415-PGDDT-CM.pdf",
    },
    85: {
        "so": "402/KH-PGDĐT",
        "ngay": "18/11/2026",
        "loai": "Kế hoạch",
        "coquan": "Phòng GD&ĐT Yên Thế",
        "trichyeu": "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        "nguoiky": "Trần Đức Mạnh",
        "file": "upload/vanban/402-KH-PGDDT.pdf",
    },
    81: {
        "so": "2150/SGDĐT-GDTrH",
        "ngay": "06/11/2026",
        "loai": "Công văn",
        "coquan": "Sở GD&ĐT Bắc Giang",
        "trichyeu": "V/v hướng dẫn tổ chức dạy học môn Khoa học tự nhiên cấp THCS",
        "nguoiky": "Đặng Văn Hùng",
        "file": "upload/vanban/2150-SGDDT-GDTrH.pdf",
    },
}

ALBUMS = {
    12: ("Hình ảnh Lễ khai mạc Hội khỏe Phù Đổng cấp huyện 2026", 6),
    9: ("Hội thi giáo viên dạy giỏi bậc Tiểu học", 4),
}

# --- chrome --------------------------------------------------------------------------------

_HEAD = """{bom}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="phong giao duc yen the, pgd yen the, giao duc bac giang" />
<meta name="description" content="Website Phòng Giáo dục và Đào tạo huyện Yên Thế - tỉnh Bắc Giang" />
<title>.::PHÒNG GD&amp;ĐT YÊN THẾ::.</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<script type="text/javascript" src="js/function.js"></script>
<script type="text/javascript">
function xemtin(id){{ window.location = 'index.php?mod=tintuc&act=chitiet&id=' + id; }}
function inbai(id){{ window.open('inbai.php?id=' + id, 'inbai', 'width=720,height=600,scrollbars=yes'); return false; }}
function cochu(n){{ var o = document.getElementById('noidung_ct'); o.style.fontSize = (13 + n) + 'px'; }}
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E6EEF7">
<a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="khung" bgcolor="#FFFFFF">
<tr><td colspan="3" id="banner" height="150">
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="980" height="150">
<param name="movie" value="images/banner.swf" /><param name="wmode" value="transparent" />
<embed src="images/banner.swf" width="980" height="150" wmode="transparent" type="application/x-shockwave-flash"></embed>
</object>
</td></tr>
<tr><td colspan="3" class="tenpgd" bgcolor="#1F5FA8"><h1 style="margin:0;padding:4px 10px;font:bold 18px Arial;color:#FFFFFF">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ</h1></td></tr>
<tr><td colspan="3" class="thanhngay">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="230" class="ngay">&nbsp;Hôm nay: {today}</td>
<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td>
</tr></table>
</td></tr>
<tr><td colspan="3" class="menu">
<ul id="menungang">
<li><a href="index.php">Trang chủ</a></li>
<li><a href="index.php?mod=gioithieu">Giới thiệu</a>
  <ul><li><a href="index.php?mod=gioithieu">Giới thiệu chung</a></li>
  <li><a href="index.php?mod=gioithieu#lanhdao">Lãnh đạo phòng</a></li></ul></li>
<li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=1">Tin tức</a>
  <ul><li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=1">Tin tức - Sự kiện</a></li>
  <li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=3">Hoạt động chuyên môn</a></li></ul></li>
<li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=5">Thông báo</a></li>
<li><a href="index.php?mod=vanban&amp;act=danhsach">Văn bản</a></li>
<li><a href="index.php?mod=thuvienanh">Thư viện ảnh</a></li>
<li><a href="http://qlgd.bacgiang.edu.vn" target="_blank">Quản lý trường học</a></li>
<li><a href="index.php?mod=lienhe">Liên hệ</a></li>
</ul>
</td></tr>
<tr>
<td width="200" valign="top" class="cot_trai">
<div class="khoi_trai"><div class="tde_khoi">DANH MỤC</div>
<ul class="dm">
<li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=1">Tin tức - Sự kiện</a></li>
<li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=3">Hoạt động chuyên môn</a></li>
<li><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cat=5">Thông báo</a></li>
<li><a href="index.php?mod=vanban&amp;act=danhsach">Văn bản chỉ đạo</a></li>
</ul></div>
<div class="khoi_trai"><div class="tde_khoi">VĂN BẢN MỚI</div>
{vanban_moi}
</div>
<div class="khoi_trai"><div class="tde_khoi">TÌM KIẾM</div>
<form name="frmtk" method="get" action="index.php">
<input type="hidden" name="mod" value="timkiem" />
<input type="text" name="tukhoa" size="18" value="" /> <input type="submit" value="Tìm" />
</form></div>
<div class="khoi_trai"><div class="tde_khoi">LIÊN KẾT WEBSITE</div>
<select name="lienket" style="width:180px" onchange="if(this.value!='') window.open(this.value);">
<option value="">-- Chọn website --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://bacgiang.edu.vn">Sở GD&amp;ĐT Bắc Giang</option>
<option value="http://yenthe.bacgiang.gov.vn">Cổng TTĐT huyện Yên Thế</option>
<option value="http://violet.vn">Thư viện Violet</option>
</select></div>
<div class="khoi_trai"><div class="tde_khoi">THỐNG KÊ TRUY CẬP</div>
<table class="thongke" width="100%">
<tr><td><img src="images/online.gif" alt="" /> Đang online:</td><td align="right">17</td></tr>
<tr><td><img src="images/homnay.gif" alt="" /> Hôm nay:</td><td align="right">312</td></tr>
<tr><td><img src="images/homqua.gif" alt="" /> Hôm qua:</td><td align="right">498</td></tr>
<tr><td><img src="images/tong.gif" alt="" /> Tổng truy cập:</td><td align="right">1.046.213</td></tr>
</table>
<div align="center"><img src="images/counter/1.gif" alt="1" /><img src="images/counter/0.gif" alt="0" /><img src="images/counter/4.gif" alt="4" /><img src="images/counter/6.gif" alt="6" /><img src="images/counter/2.gif" alt="2" /><img src="images/counter/1.gif" alt="1" /><img src="images/counter/3.gif" alt="3" /></div>
</div>
</td>
<td width="560" valign="top" class="cot_giua">
"""

_FOOT = """</td>
<td width="220" valign="top" class="cot_phai">
<div class="khoi_phai"><div class="tde_khoi">TIN ĐỌC NHIỀU</div>
<ul class="docnhieu">
{most_read}
</ul></div>
<div class="khoi_phai"><div class="tde_khoi">THĂM DÒ Ý KIẾN</div>
<form name="frmthamdo" method="post" action="index.php?mod=thamdo&amp;act=ketqua">
<b>Bạn quan tâm nhất đến nội dung nào trên website?</b><br />
<input type="radio" name="ykien" value="1" /> Tin tức - Sự kiện<br />
<input type="radio" name="ykien" value="2" /> Văn bản chỉ đạo<br />
<input type="radio" name="ykien" value="3" /> Hoạt động chuyên môn<br />
<input type="radio" name="ykien" value="4" /> Thư viện ảnh<br />
<input type="submit" value="Bình chọn" /> <input type="button" value="Kết quả" onclick="window.open('index.php?mod=thamdo&amp;act=ketqua','kq','width=400,height=300')" />
</form></div>
<div class="khoi_phai" align="center">
<a href="http://www.moet.gov.vn" target="_blank"><img src="images/qc/bo-gddt.jpg" width="200" border="0" alt="Bộ GD&amp;ĐT" /></a><br />
<a href="http://bacgiang.edu.vn" target="_blank"><img src="images/qc/so-gddt-bg.jpg" width="200" border="0" alt="Sở GD&amp;ĐT Bắc Giang" /></a><br />
<a href="http://taphuan.csdl.edu.vn" target="_blank"><img src="images/qc/taphuan.gif" width="200" border="0" alt="Tập huấn" /></a>
</div>
</td></tr>
<tr><td colspan="3" class="chantrang" align="center">
<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ - TỈNH BẮC GIANG</b><br />
Địa chỉ: Thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang - Điện thoại: 0204.3876.215 - Fax: 0204.3876.216<br />
Email: pgdyenthe@bacgiang.edu.vn - Chịu trách nhiệm: Trưởng phòng Nguyễn Văn Thắng<br />
Bản quyền &copy; 2012 Phòng GD&amp;ĐT Yên Thế. Thiết kế: Tổ Tin học - PGD Yên Thế<br />
<span style="font-size:10px;color:#999">Thời gian tải trang: 0.0{ms} giây</span>
</td></tr>
</table>
</body>
</html>
"""


def _marquee() -> str:
    items = []
    for sid in NEWEST_BOX[:3]:
        s = BY_ID[sid]
        items.append(
            f'<img src="images/new.gif" alt="" /> <a href="index.php?mod=tintuc&amp;act=chitiet&amp;'
            f'id={s.id}" class="chaychu">{esc(s.title)}</a> &nbsp;&nbsp;&nbsp;'
        )
    return "".join(items)


def _vanban_moi() -> str:
    rows = []
    for did, d in sorted(DOCS.items(), reverse=True):
        rows.append(
            f'<div class="vb_moi"><img src="images/bullet.gif" alt="" /> '
            f'<a href="index.php?mod=vanban&amp;act=chitiet&amp;id={did}">{esc(d["so"])}</a>'
            f'<br /><span class="ngay_vb">({d["ngay"]})</span></div>'
        )
    return "\n".join(rows)


def _most_read() -> str:
    rows = []
    for sid in MOST_READ:
        s = BY_ID[sid]
        rows.append(
            f'<li><a href="index.php?mod=tintuc&amp;amp;act=chitiet&amp;amp;id={s.id}">'
            f"{esc(s.title)}</a> <span class=\"luot\">({s.opts['views']})</span></li>"
        )
    return "\n".join(rows)


def _page(center: str, ms: int = 213) -> Response:
    page = (
        _HEAD.format(bom=BOM, today=TODAY_BAR, marquee=_marquee(), vanban_moi=_vanban_moi())
        + BOM
        + center
        + _FOOT.format(most_read=_most_read(), ms=ms)
    )
    # PHP 5 with an empty default_charset: no charset in the header
    return html(page, charset=None, headers={"X-Powered-By": "PHP/5.2.17"})


def _crumb(*parts: tuple[str, str | None]) -> str:
    links = ['<img src="images/icon_mod.gif" alt="" align="absmiddle" /> <a href="index.php">Trang chủ</a>']
    for label, href in parts:
        links.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return " &raquo; ".join(links)


def _box(crumb: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung_mod">\n'
        f'<tr><td class="tieude_mod">{crumb}</td></tr>\n'
        f'<tr><td class="noidung_mod" valign="top">\n{inner}\n</td></tr>\n</table>\n'
    )


def _cat_href(cat: int) -> str:
    return f"index.php?mod=tintuc&amp;act=danhsach&amp;cat={cat}"


def _art_href(sid: int) -> str:
    return f"index.php?mod=tintuc&amp;act=chitiet&amp;id={sid}"


# --- article text --------------------------------------------------------------------------

_WORD_STYLE = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style type="text/css">
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:12.0pt;
	font-family:"Times New Roman","serif";}
table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;}
-->
</style>
"""

_WORD_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'


def _img_tag(img: Img, width: int = 500) -> str:
    return (
        f'<img src="{esc(img.src)}" width="{width}" height="{width * 2 // 3}" border="0" alt="" '
        'style="border: 1px solid #999999;" />'
    )


def _render_img(img: Img) -> str:
    printed = esc(img.printed) if img.printed else ""
    if img.style == "table":
        cap = (
            f'<tr><td style="text-align: center;"><span style="font-size: 11px;"><em>{printed}</em>'
            "</span></td></tr>"
            if printed
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody>'
            f"<tr><td>{_img_tag(img)}</td></tr>{cap}</tbody></table>"
        )
    if img.style == "word":
        cap = (
            f'<p class="MsoNormal" align="center" style="text-align:center"><i><span {_WORD_SPAN}>'
            f"{printed}<o:p></o:p></span></i></p>"
            if printed
            else ""
        )
        return f'<p class="MsoNormal" align="center" style="text-align:center">{_img_tag(img)}</p>{cap}'
    if img.style == "br":
        cap = f"<br /><i>{printed}</i>" if printed else ""
        return f'</div><div align="center">{_img_tag(img, 450)}{cap}</div><div style="text-align: justify;">'
    # "next": the image centred, the line in the next centred paragraph
    cap = f'<p style="text-align: center;"><em>{printed}</em></p>' if printed else ""
    return f'<p style="text-align: center;">{_img_tag(img)}</p>{cap}'


def _para(story: Story, block: P, ent: int) -> str:
    form = story.opts.get("form", "p")
    t = text(block.text, entities=ent)
    if block.style == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if block.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if form == "font":
        return f'<div style="text-align: justify;"><font face="Arial" size="2">{t}</font></div>'
    if form == "word":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"<span {_WORD_SPAN}>{t}<o:p></o:p></span></p>\n"
            f'<p class="MsoNormal"><span {_WORD_SPAN}><o:p>&nbsp;</o:p></span></p>'
        )
    return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {t}</p>'


def render_body(story: Story) -> str:
    ent = story.opts.get("entities", 0)
    form = story.opts.get("form", "p")
    out: list[str] = []
    if form == "word":
        out.append(_WORD_STYLE)
    if story.opts.get("sapo_again") and story.summary:
        out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {text(story.summary)}</p>')
    if form == "br":
        # "Enter = <br />" mode: one div, paragraphs separated by a blank line
        out.append('<div style="text-align: justify; font-family: Arial; font-size: 13px;">')
        lines: list[str] = []
        for block in story.blocks:
            if isinstance(block, P):
                lines.append(text(block.text, entities=ent))
            elif isinstance(block, Img):
                out.append("<br /><br />".join(lines))
                lines = []
                out.append(_render_img(block))
            else:
                out.append("<br /><br />".join(lines))
                lines = []
                out.append("</div>" + block.html + "<div>")
        out.append("<br /><br />".join(lines))
        out.append("</div>")
        return "\n".join(out)
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("row", "li"):
            style = block.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                items = "".join(f"<li>{text(b.text, entities=ent)}</li>" for b in group)
                out.append(f'<ul style="text-align: justify;">{items}</ul>')
            else:
                rows = []
                for n, b in enumerate(group):
                    tag = "td"
                    cells = "".join(
                        f'<{tag} style="border: 1px solid #000;">'
                        + (f"<b>{text(c, entities=ent)}</b>" if n == 0 else text(c, entities=ent))
                        + f"</{tag}>"
                        for c in b.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
                    f'style="border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>'
                )
            continue
        if isinstance(block, P):
            out.append(_para(story, block, ent))
        elif isinstance(block, Img):
            out.append(_render_img(block))
        else:
            out.append(block.html)
        if form == "p" and i in (1, 4) and isinstance(block, P):
            out.append("<p>&nbsp;</p>")  # the editor's spacer paragraphs
        i += 1
    return "\n".join(out)


# --- pages ---------------------------------------------------------------------------------


def _blurb(story: Story, n: int = 180) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > n:
        lead = lead[:n].rsplit(" ", 1)[0] + "..."
    return esc(lead)


def _thumb(story: Story) -> str:
    return f"upload/tintuc/thumb/{story.id}.jpg"


def _article(story: Story) -> Response:
    cat = int(story.cat)
    crumb = _crumb((CATS[cat], _cat_href(cat)))
    tomtat = (
        f'<tr><td class="tomtat_ct"><b><i>{esc(story.summary)}</i></b></td></tr>'
        if story.sapo_outside and story.summary
        else ""
    )
    updated = (
        f'<div class="capnhat" style="font-size:11px;color:#666;">Cập nhật: {story.opts["updated"]}'
        "</div>"
        if story.opts.get("updated")
        else ""
    )
    others = [s for s in _cat_stories(cat) if s.id != story.id][:3]
    other_rows = "\n".join(
        f'<li><a href="{_art_href(s.id)}">{_listing_title(s)}</a> <span class="ngay_ds">'
        f"({_day(s)})</span></li>"
        for s in others
    )
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="td_tde_ct"><font color="#0033CC" size="3"><b>{_printed_title(story)}</b></font></td></tr>
<tr><td class="ngay_ct"><span style="color:#888;font-size:11px;">Ngày đăng: {story.opts["posted"]} &nbsp;|&nbsp; Lượt xem: {story.opts["views"]} &nbsp;|&nbsp; Người đăng: pgdyenthe</span></td></tr>
<tr><td class="cc_ct" align="right"><span style="font-size:11px;">Cỡ chữ: <a href="javascript:cochu(2)">A+</a> <a href="javascript:cochu(-2)">A-</a> &nbsp;|&nbsp; <a href="#" onclick="return inbai({story.id});"><img src="images/print.gif" border="0" alt="" /> In bài</a> &nbsp;|&nbsp; <a href="javascript:guimail({story.id})"><img src="images/email.gif" border="0" alt="" /> Gửi bài</a></span></td></tr>
{tomtat}
<tr><td id="noidung_ct" class="nd_ct" style="font-size:13px;">
{render_body(story)}
<img src="thongke.php?id={story.id}&amp;kieu=tin" width="1" height="1" border="0" alt="" />
{updated}
<div style="text-align:right;font-size:11px;">[<a href="javascript:history.back()">Quay lại</a>] [<a href="#top">Lên đầu trang</a>]</div>
<div class="danhgia">Đánh giá bài viết: <img src="images/sao.gif" alt="" /><img src="images/sao.gif" alt="" /><img src="images/sao.gif" alt="" /><img src="images/sao.gif" alt="" /><img src="images/sao_xam.gif" alt="" /> (12 lượt) <input type="button" value="Bình chọn" onclick="danhgia({story.id})" /></div>
<iframe src="http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fpgdyenthe.edu.vn%2Findex.php%3Fmod%3Dtintuc%26act%3Dchitiet%26id%3D{story.id}&amp;layout=button_count" scrolling="no" frameborder="0" style="border:none; width:120px; height:21px;"></iframe>
</td></tr>
</table>
<div class="ykien"><div class="tde_ykien">Ý KIẾN BẠN ĐỌC</div>
<form method="post" action="index.php?mod=tintuc&amp;act=gopy&amp;id={story.id}">
Họ tên: <input type="text" name="hoten" size="30" /><br />
Email: <input type="text" name="email" size="30" /><br />
Nội dung: <textarea name="noidung" rows="4" cols="50"></textarea><br />
Mã xác nhận: <img src="images/captcha.png" alt="" align="absmiddle" /> <input type="text" name="maxn" size="6" />
<input type="submit" value="Gửi ý kiến" />
</form></div>
<div class="tinkhac"><b>Các tin mới đăng:</b>
<ul>
{other_rows}
</ul></div>"""
    return _page(_box(crumb, inner), ms=150 + story.id % 90)


def _print_view(story: Story) -> Response:
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title></head>
<body onload="window.print()" style="font-family: Times New Roman; font-size: 14px;">
<div><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ</b><br />Website: pgdyenthe.edu.vn</div><hr />
<h3>{_printed_title(story)}</h3>
<div><i>Ngày đăng: {story.opts["posted"]}</i></div>
{"<p><b>" + esc(story.summary) + "</b></p>" if story.sapo_outside and story.summary else ""}
<div>{render_body(story)}</div>
<hr /><div align="center"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</body></html>"""
    return html(page, charset="utf-8")


def _soft_404() -> Response:
    inner = (
        '<div class="thongbao_loi" style="padding:30px;text-align:center;color:#C00;">'
        "<b>Tin tức bạn yêu cầu không tồn tại hoặc đã bị xóa!</b><br /><br />"
        '<a href="index.php">&laquo; Về trang chủ</a></div>'
    )
    return _page(_box(_crumb(("Tin tức", None)), inner), ms=98)


def _listing(cat: int, p: int) -> Response:
    stories = _cat_stories(cat)
    pages = max(1, (len(stories) + PER_PAGE - 1) // PER_PAGE)
    chunk = stories[(p - 1) * PER_PAGE : p * PER_PAGE]
    items = []
    for s in chunk:
        new = ' <img src="images/new.gif" alt="" />' if s.id >= 1236 else ""
        items.append(
            f"""<table width="100%" border="0" cellspacing="0" cellpadding="3" class="tin_ds"><tr>
<td width="130" valign="top"><a href="{_art_href(s.id)}"><img src="{_thumb(s)}" width="120" height="90" border="0" class="anh_ds" alt="" /></a></td>
<td valign="top"><a href="javascript:void(0);" onclick="xemtin({s.id})" class="tde_ds"><b>{_listing_title(s)}</b></a>{new}<br />
<span class="ngay_ds">({_day(s)})</span>
<div class="tt_ds">{_blurb(s)}</div>
<div align="right"><a href="{_art_href(s.id)}" class="xemtiep">Chi tiết &raquo;</a></div></td>
</tr></table><div class="ngancach"></div>"""
        )
    if not chunk:
        items.append('<div style="padding:20px;">Chưa có tin trong chuyên mục này.</div>')
    pager = ""
    if chunk:
        base = f"?mod=tintuc&amp;act=danhsach&amp;cat={cat}&amp;p="
        links = []
        if p > 1:
            links.append(f'<a href="{base}{p - 1}">&laquo; Trước</a>')
        for n in range(1, pages + 1):
            links.append(f"<b>[{n}]</b>" if n == p else f'<a href="{base}{n}">{n}</a>')
        # the home-made pager prints "Sau" on the last page too
        links.append(f'<a href="{base}{p + 1}">Sau &raquo;</a>')
        pager = f'<div class="phantrang" align="center">Trang: {" ".join(links)}</div>'
    crumb = _crumb((CATS[cat], _cat_href(cat)))
    return _page(_box(crumb, "\n".join(items) + pager), ms=120 + cat * 7 + p)


def _home() -> Response:
    newest = "\n".join(
        f'<li><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={sid}&amp;lang=vi">'
        f"{_listing_title(BY_ID[sid])}</a> <span class=\"ngay_ds\">({_day(BY_ID[sid])})</span></li>"
        for sid in NEWEST_BOX
    )
    parts = [
        _box(
            '<img src="images/icon_mod.gif" alt="" align="absmiddle" /> TIN MỚI CẬP NHẬT',
            f'<ul class="tinmoi">\n{newest}\n</ul>',
        )
    ]
    for cat, count in ((1, 3), (3, 2), (5, 3)):
        stories = _cat_stories(cat)[:count]
        first, rest = stories[0], stories[1:]
        rows = "\n".join(
            f'<div class="tin_phu"><img src="images/bullet.gif" alt="" /> '
            f'<a href="{_art_href(s.id)}">{_listing_title(s)}</a> <span class="ngay_ds">({_day(s)})'
            "</span></div>"
            for s in rest
        )
        inner = f"""<table width="100%" cellpadding="3" cellspacing="0"><tr>
<td width="160" valign="top"><a href="{_art_href(first.id)}"><img src="{_thumb(first)}" width="150" height="110" border="0" alt="" /></a></td>
<td valign="top"><a href="{_art_href(first.id)}" class="tde_noibat"><b>{_listing_title(first)}</b></a><br />
<span class="ngay_ds">({_day(first)})</span><div class="tt_ds">{_blurb(first, 220)}</div></td></tr></table>
{rows}
<div align="right"><a href="{_cat_href(cat)}" class="xemtiep">Xem tiếp &raquo;</a></div>"""
        title = (
            '<img src="images/icon_mod.gif" alt="" align="absmiddle" /> '
            f'<a href="{_cat_href(cat)}">{esc(CATS[cat].upper())}</a>'
        )
        parts.append(_box(title, inner))
    return _page("\n".join(parts), ms=241)


def _gioithieu() -> Response:
    inner = """<div class="nd_gt" style="text-align: justify;">
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</b></p>
<p>Phòng Giáo dục và Đào tạo huyện Yên Thế là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Năm học 2026 - 2027, toàn huyện có 70 trường học, trong đó: 24 trường mầm non, 24 trường tiểu học, 21 trường trung học cơ sở và 01 trường TH&amp;THCS với trên 28.000 học sinh và 1.900 cán bộ, giáo viên, nhân viên.</p>
<p>Trụ sở: Thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang.</p>
<a name="lanhdao"></a><p><b>Lãnh đạo phòng</b></p>
<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">
<tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Điện thoại</b></td></tr>
<tr><td>Nguyễn Văn Thắng</td><td>Trưởng phòng</td><td>0204.3876.215</td></tr>
<tr><td>Trần Đức Mạnh</td><td>Phó Trưởng phòng</td><td>0204.3876.217</td></tr>
<tr><td>Ngô Thị Thanh Bình</td><td>Phó Trưởng phòng</td><td>0204.3876.218</td></tr>
</table></div>"""
    return _page(_box(_crumb(("Giới thiệu", None)), inner), ms=77)


def _lienhe() -> Response:
    inner = """<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</b><br />
Địa chỉ: Thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang<br />
Điện thoại: 0204.3876.215 - Fax: 0204.3876.216<br />
Email: pgdyenthe@bacgiang.edu.vn</p>
<form method="post" action="index.php?mod=lienhe&amp;act=gui">
<table cellpadding="3">
<tr><td>Họ tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form>"""
    return _page(_box(_crumb(("Liên hệ", None)), inner), ms=64)


def _vanban_list() -> Response:
    rows = "\n".join(
        f'<tr><td align="center">{i}</td><td><a href="index.php?mod=vanban&amp;act=chitiet&amp;id={did}">'
        f'{esc(d["so"])}</a></td><td align="center">{d["ngay"]}</td><td>{esc(d["trichyeu"])}</td>'
        f'<td align="center"><a href="{d["file"]}"><img src="images/pdf.gif" border="0" alt="Tải" /></a></td></tr>'
        for i, (did, d) in enumerate(sorted(DOCS.items(), reverse=True), start=1)
    )
    inner = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        '<tr bgcolor="#D9E5F3"><td><b>TT</b></td><td><b>Số/Ký hiệu</b></td><td><b>Ngày ban hành</b></td>'
        f"<td><b>Trích yếu</b></td><td><b>Tải về</b></td></tr>\n{rows}</table>"
    )
    return _page(_box(_crumb(("Văn bản", "index.php?mod=vanban&amp;act=danhsach")), inner), ms=88)


def _vanban_entry(did: int) -> Response:
    d = DOCS[did]
    inner = f"""<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse" class="ct_vb">
<tr><td width="30%"><b>Số/Ký hiệu:</b></td><td>{esc(d["so"])}</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>{d["ngay"]}</td></tr>
<tr><td><b>Loại văn bản:</b></td><td>{esc(d["loai"])}</td></tr>
<tr><td><b>Cơ quan ban hành:</b></td><td>{esc(d["coquan"])}</td></tr>
<tr><td><b>Trích yếu:</b></td><td>{esc(d["trichyeu"])}</td></tr>
<tr><td><b>Người ký:</b></td><td>{esc(d["nguoiky"])}</td></tr>
<tr><td><b>File đính kèm:</b></td><td><a href="{d["file"]}"><img src="images/pdf.gif" border="0" alt="" /> Tải về</a></td></tr>
</table>
<div style="text-align:right">[<a href="javascript:history.back()">Quay lại</a>]</div>"""
    crumb = _crumb(("Văn bản", "index.php?mod=vanban&amp;act=danhsach"), (d["so"], None))
    return _page(_box(crumb, inner), ms=80 + did % 10)


def _album_list() -> Response:
    cells = "\n".join(
        f'<td align="center" width="50%"><a href="index.php?mod=thuvienanh&amp;act=xem&amp;id={aid}">'
        f'<img src="upload/album/{aid}/bia.jpg" width="200" height="150" border="0" alt="" /><br />'
        f"{esc(name)}</a> ({n} ảnh)</td>"
        for aid, (name, n) in sorted(ALBUMS.items(), reverse=True)
    )
    inner = f'<table width="100%" cellpadding="5"><tr>{cells}</tr></table>'
    return _page(_box(_crumb(("Thư viện ảnh", "index.php?mod=thuvienanh")), inner), ms=91)


def _album(aid: int) -> Response:
    name, n = ALBUMS[aid]
    pics = "\n".join(
        f'<td align="center"><a href="upload/album/{aid}/anh{k}.jpg" target="_blank">'
        f'<img src="upload/album/{aid}/thumb_anh{k}.jpg" width="160" height="120" border="0" alt="" /></a></td>'
        + ("</tr><tr>" if k % 3 == 0 else "")
        for k in range(1, n + 1)
    )
    inner = f'<div class="tde_album"><b>{esc(name)}</b></div><table width="100%" cellpadding="4"><tr>{pics}</tr></table>'
    crumb = _crumb(("Thư viện ảnh", "index.php?mod=thuvienanh"), (name, None))
    return _page(_box(crumb, inner), ms=95)


def _thamdo() -> Response:
    inner = """<b>Bạn quan tâm nhất đến nội dung nào trên website?</b>
<table width="100%" cellpadding="3">
<tr><td>Tin tức - Sự kiện</td><td><img src="images/poll.gif" width="120" height="10" alt="" /> 46%</td></tr>
<tr><td>Văn bản chỉ đạo</td><td><img src="images/poll.gif" width="70" height="10" alt="" /> 27%</td></tr>
<tr><td>Hoạt động chuyên môn</td><td><img src="images/poll.gif" width="45" height="10" alt="" /> 18%</td></tr>
<tr><td>Thư viện ảnh</td><td><img src="images/poll.gif" width="22" height="10" alt="" /> 9%</td></tr>
</table>Tổng số phiếu: 1.284"""
    return _page(_box(_crumb(("Thăm dò ý kiến", None)), inner), ms=55)


def _timkiem(keyword: str) -> Response:
    inner = f"<p>Kết quả tìm kiếm cho từ khóa: <b>{esc(keyword)}</b></p><p>Không tìm thấy kết quả nào.</p>"
    return _page(_box(_crumb(("Tìm kiếm", None)), inner), ms=60)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default


_FILES = {
    ".pdf": ("application/pdf", PDF),
    ".doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56),
    ".xls": ("application/vnd.ms-excel", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56),
    ".swf": ("application/x-shockwave-flash", b"FWS\x0a" + b"\0" * 16),
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        q = request.params
        if path in ("/", "/index.php"):
            return self._index(request, q)
        if path == "/inbai.php":
            story = BY_ID.get(_int(q.get("id")))
            return _print_view(story) if story else html("<p>Không có bài viết.</p>", charset="utf-8")
        if path == "/tintuc.php":
            sid = _int(q.get("id"))
            if sid in BY_ID:
                return redirect(f"/index.php?mod=tintuc&act=chitiet&id={sid}", 301)
            return redirect("/index.php", 302)
        if path == "/thongke.php":
            return static_file("x.gif")
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")):
            for ext, (ctype, body) in _FILES.items():
                if path.lower().endswith(ext):
                    return Response(200, body, {"Content-Type": ctype})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        return None

    def _index(self, request: Request, q: dict[str, str]) -> Response | None:
        mod = q.get("mod", "")
        act = q.get("act", "")
        if not mod:
            return _home()
        if mod == "tintuc":
            if act == "danhsach":
                cat = _int(q.get("cat"))
                if cat not in CATS:
                    return _soft_404()
                return _listing(cat, max(1, _int(q.get("p"), 1)))
            if act == "chitiet":
                story = BY_ID.get(_int(q.get("id")))
                return _article(story) if story else _soft_404()
            if act == "gopy":
                return _page(_box(_crumb(("Góp ý", None)), "<p>Cảm ơn bạn đã gửi ý kiến! Ý kiến sẽ được "
                                   "hiển thị sau khi được kiểm duyệt.</p>"), ms=40)
            return _soft_404()
        if mod == "vanban":
            if act == "chitiet":
                did = _int(q.get("id"))
                return _vanban_entry(did) if did in DOCS else _soft_404()
            return _vanban_list()
        if mod == "gioithieu":
            return _gioithieu()
        if mod == "lienhe":
            return _lienhe()
        if mod == "thuvienanh":
            aid = _int(q.get("id"))
            if act == "xem":
                return _album(aid) if aid in ALBUMS else _soft_404()
            return _album_list()
        if mod == "thamdo":
            return _thamdo()
        if mod == "timkiem":
            return _timkiem(q.get("tukhoa", ""))
        return None


def build_site() -> Site:
    return Site()


def _art_path(sid: int) -> str:
    return f"/index.php?mod=tintuc&act=chitiet&id={sid}"


def _alt_paths(sid: int) -> list[str]:
    alts = [f"/inbai.php?id={sid}"]
    if sid in NEWEST_BOX:
        alts.append(f"/index.php?mod=tintuc&act=chitiet&id={sid}&lang=vi")
    if sid in OLD_URLS:
        alts.append(f"/tintuc.php?id={sid}")
    return alts


GOLD = [
    gold_record(
        s,
        _art_path(s.id),
        CATS[int(s.cat)],
        alt_paths=_alt_paths(s.id),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php?mod=gioithieu",
    "/index.php?mod=lienhe",
    "/index.php?mod=vanban&act=chitiet&id=87",
    "/index.php?mod=vanban&act=chitiet&id=85",
    "/index.php?mod=vanban&act=chitiet&id=81",
    "/index.php?mod=thuvienanh&act=xem&id=12",
]
